"""Memory examples and the liveness tools: claims against hand-derived sizes."""
from __future__ import annotations

import functools
import pytest

pytest.importorskip("torch")

from paddlecamp.slides.examples import liveness, memory  # noqa: E402
from paddlecamp.slides.examples.liveness import Lifetime  # noqa: E402
from paddlecamp.slides.examples.result import ExampleResult  # noqa: E402

F32 = 4
EXPECTED = {"buffer_reuse", "inplace", "remat_peak", "transformer_peak"}


@functools.lru_cache(maxsize=None)
def run(name: str) -> ExampleResult:
    """One smoke run per example per process; its slide record checked, its code run as shown."""
    r = memory.EXAMPLES[name](smoke=True)
    assert r.layout_problems() == [] and r.key == f"memory.{name}" and r.category == "memory"
    exec(compile(r.code, r.key, "exec"), {})
    return r


def test_examples_are_registered():
    assert set(memory.EXAMPLES) == EXPECTED


def test_mlp_intermediates_fit_in_two_buffers():
    m = 32
    assert memory.reuse_rows(True) == m
    got = run("buffer_reuse").metrics
    # mm and relu outputs of widths 256, 64, 256 plus the [m, 64] result
    assert got["intermediates"] == 7
    assert got["naive_bytes"] == m * (4 * 256 + 3 * 64) * F32
    # at most a [m, 256] tensor and its relu are alive together
    assert got["peak_bytes"] == 2 * m * 256 * F32
    assert (got["reuse_buffers"], got["reuse_bytes"]) == (2, 2 * m * 256 * F32)
    assert got["arena_bytes"] == got["peak_bytes"]
    assert got["peak_bytes"] <= got["peak_measured_bytes"] <= got["peak_bytes"] + 64
    # inductor: relu in place on the mm output, so even fewer bytes than out-of-place reuse
    assert got["inductor_inplace_launches"] == 3
    assert got["inductor_allocations"] < got["intermediates"]
    assert got["inductor_peak_bytes"] < got["peak_bytes"]
    assert got["paddle_same"] == 1


def test_inplace_allocates_one_tensor_instead_of_three():
    n = 1 << 14
    assert memory.inplace_size(True) == n
    got = run("inplace").metrics
    assert 3 * n * F32 <= got["out_of_place_bytes"] <= 3 * n * F32 + 256
    assert n * F32 <= got["in_place_bytes"] <= n * F32 + 256
    assert got["same_result"] == 1
    assert got["autograd_error"] == 1 and "inplace" in got["autograd_error_text"]
    assert got["view_changed"] == 1
    assert (got["inductor_allocations"], got["inductor_allocated_bytes"]) == (1, n * F32)
    assert got["paddle_inplace_error"] == 1


def test_recomputing_exp_lowers_the_peak_by_one_tensor():
    n = 1 << 14
    assert memory.remat_size(True) == n
    got = run("remat_peak").metrics
    # keep: e, s, sin, cos and their product alive together; remat: e is gone there
    assert got["keep_peak_bytes"] == (4 * n + 1) * F32
    assert got["remat_peak_bytes"] == (3 * n + 1) * F32
    assert (got["keep_ops"], got["remat_ops"]) == (8, 9)
    for label in ("keep", "remat"):
        model = got[f"{label}_peak_bytes"]
        assert model <= got[f"{label}_peak_measured_bytes"] <= model + 64
    assert got["same_result"] == 1
    assert got["inductor_kernels"] == 1 and got["inductor_peak_bytes"] < n * F32


def test_transformer_peak_model_matches_the_allocator():
    b, s, d, heads = 2, 64, 64, 4
    assert memory.transformer_sizes(True) == (b, s, d)
    got = run("transformer_peak").metrics
    scores = b * heads * s * s * F32
    assert got["score_matrix_bytes"] == scores
    # scaled scores and their softmax are alive together
    assert got["peak_bytes"] >= 2 * scores
    assert abs(got["peak_measured_bytes"] - got["peak_bytes"]) <= 0.01 * got["peak_measured_bytes"]
    assert got["peak_bytes"] < got["sum_intermediates_bytes"] / 2
    # inductor pattern-matches matmul-softmax-matmul into CPU flash attention: no S x S scores
    assert got["inductor_fused_attention"] == 1
    assert got["inductor_peak_bytes"] < got["peak_bytes"]


def test_lifetimes_views_and_inputs():
    import torch
    import torch.fx

    def f(x):
        a = x.exp()          # step 0
        v = a.view(-1)       # step 1: a view of a, no new bytes
        b = v.sin()          # step 2
        return b.sum()       # step 3

    gm = torch.fx.symbolic_trace(f)
    x = torch.randn(8, 4)
    lts = liveness.buffer_lifetimes(gm, liveness.storage_map(gm, x))
    by_name = {lt.name: lt for lt in lts}
    assert set(by_name) == {"x", "exp", "sin", "sum_1"}
    assert (by_name["exp"].start, by_name["exp"].end, by_name["exp"].nbytes) == (0, 2, 32 * F32)
    assert (by_name["x"].start, by_name["x"].end, by_name["x"].is_input) == (0, 3, True)
    assert (by_name["sum_1"].start, by_name["sum_1"].end) == (3, 3)
    assert liveness.peak_live_bytes(lts) == 3 * 32 * F32  # x, exp, sin at step 2
    with pytest.raises(ValueError, match="before its operand"):
        liveness.buffer_lifetimes(gm, liveness.storage_map(gm, x), ["sin", "exp", "view", "sum_1"])


def test_greedy_allocators_on_hand_made_lifetimes():
    lts = [Lifetime("a", 100, 0, 1), Lifetime("b", 50, 1, 2), Lifetime("c", 100, 2, 3), Lifetime("d", 30, 3, 4)]
    assert liveness.peak_live_bytes(lts) == 150
    shared = liveness.shared_buffers_greedy_by_size(lts)
    # a and c never overlap: one 100-byte buffer; b overlaps both; d fits b's buffer after step 2
    assert shared.sizes == (100, 50)
    assert shared.assignment == (0, 1, 0, 1)
    arena, offsets = liveness.arena_greedy_by_size(lts)
    assert arena == 150 and offsets[0] == offsets[2] == 0
    for i, j in ((0, 1), (1, 2), (2, 3)):
        lo, hi = sorted((i, j), key=lambda k: offsets[k])
        assert offsets[lo] + lts[lo].nbytes <= offsets[hi]


def test_wrapper_stats_on_a_handwritten_wrapper():
    code = '''
cpp_fused_relu_0 = async_compile.cpp_pybinding(['float*'], r\'\'\'
extern "C"  void  kernel(float* in_out_ptr0)
{}
\'\'\')
def call(self, args):
        arg0_1, arg1_1 = args
        buf0 = empty_strided_cpu((8, 16), (16, 1), torch.float32)
        extern_kernels.mm(arg0_1, arg1_1, out=buf0)
        buf1 = buf0; del buf0  # reuse
        cpp_fused_relu_0(buf1)
        buf2 = empty_strided_cpu((4, ), (1, ), torch.int64)
        del buf1
        buf3 = empty_strided_cpu((16, 8), (1, 16), torch.float32)
        return (buf2, buf3)
runner = Runner(partitions=[])
'''
    st = liveness.wrapper_allocation_stats(code)
    assert (st.allocations, st.reuses, st.kernels, st.extern_calls, st.inplace_launches) == (3, 1, 1, 1, 1)
    assert st.allocated_bytes == 128 * 4 + 4 * 8 + 128 * 4
    assert st.peak_bytes == 128 * 4 + 4 * 8  # buf1 freed before buf3 is allocated


def test_wrapper_stats_size_fallback_outputs_from_their_asserts():
    code = '''
def call(self, args):
        buf0 = empty_strided_cpu((4, 4), (4, 1), torch.float32)
        buf1 = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu.default(buf0, buf0, buf0)
        del buf0
        buf2 = buf1[0]
        assert_size_stride(buf2, (2, 8), (8, 1), 'torch.ops.aten.x')
        del buf1
        buf3 = empty_strided_cpu((2, 8), (8, 1), torch.float32)
        return (buf3, )
'''
    st = liveness.wrapper_allocation_stats(code)
    assert (st.allocations, st.extern_calls) == (2, 1)
    # buf0 freed before the fallback's output is sized; then buf2 and buf3 together
    assert st.peak_bytes == 16 * 4 + 16 * 4
