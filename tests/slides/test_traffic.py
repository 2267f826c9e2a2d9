"""The traffic model and the readers of Inductor's generated code, on hand-counted cases."""
from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from paddlecamp.slides.examples.traffic import (  # noqa: E402
    Traffic,
    capture_graph,
    compute_nodes,
    eager_kernels,
    fuse_between,
    graph_traffic,
    kernel_source,
    loads_of,
    one_kernel,
    read_generated_code,
    split_reduction_partials,
)

F = torch.nn.functional
R, C = 8, 32           # rows, columns
N = R * C              # elements
FP32 = 4


def chain4(x):
    return ((x + 1) * 2).relu().neg()


def test_chain_of_k_elementwise_ops_moves_k_reads_and_k_writes_unfused_and_one_each_fused():
    x = torch.randn(R, C)
    gm = capture_graph(chain4, x)
    k = 4
    assert graph_traffic(gm) == Traffic(read_bytes=k * N * FP32, written_bytes=k * N * FP32, kernels=k)
    assert graph_traffic(gm, one_kernel(gm)) == Traffic(read_bytes=N * FP32, written_bytes=N * FP32, kernels=1)


def test_a_kernel_reads_each_input_once_and_broadcast_operands_at_their_own_size():
    def f(x, w):
        return x * x + w          # mul reads x once; add reads x*x and w (C elements)

    x, w = torch.randn(R, C), torch.randn(C)
    gm = capture_graph(f, x, w)
    eager = graph_traffic(gm)
    assert eager.read_bytes == (N + (N + C)) * FP32
    assert eager.written_bytes == 2 * N * FP32
    fused = graph_traffic(gm, one_kernel(gm))
    assert (fused.read_bytes, fused.written_bytes) == ((N + C) * FP32, N * FP32)


def test_views_move_no_bytes_and_are_not_kernels():
    def f(x):
        return (x.t() * 2).sum(0)  # transpose is a view; sum over dim 0 of a C x R tensor -> R

    x = torch.randn(R, C)
    gm = capture_graph(f, x)
    assert len(compute_nodes(gm)) == 2
    eager = graph_traffic(gm)
    assert eager.read_bytes == (N + N) * FP32
    assert eager.written_bytes == (N + R) * FP32
    assert eager.kernels == 2


def test_an_intermediate_that_is_also_returned_is_written_even_when_fused():
    def f(x):
        y = x * 2
        return y, y + 1

    gm = capture_graph(f, torch.randn(R, C))
    assert graph_traffic(gm, one_kernel(gm)).written_bytes == 2 * N * FP32


def test_gemm_anchors_stay_alone_and_the_epilogue_between_is_one_kernel():
    m, k, n = 4, 8, 16

    def f(x, w):
        return torch.relu(x @ w) + 1

    x, w = torch.randn(m, k), torch.randn(k, n)
    gm = capture_graph(f, x, w)
    groups = fuse_between(gm, lambda node: node.target is __import__("operator").matmul)
    assert [len(g) for g in groups] == [1, 2]
    traffic = graph_traffic(gm, groups)
    assert traffic.read_bytes == (m * k + k * n + m * n) * FP32
    assert traffic.written_bytes == (m * n + m * n) * FP32


def test_a_schedule_that_leaves_out_a_node_is_rejected():
    gm = capture_graph(chain4, torch.randn(R, C))
    nodes = compute_nodes(gm)
    with pytest.raises(ValueError, match="exactly once"):
        graph_traffic(gm, [nodes[:2]])


def test_eager_kernels_skips_views_and_counts_copies():
    x = torch.randn(R, C)
    assert eager_kernels(chain4, x) == ["aten.add.Tensor", "aten.mul.Tensor", "aten.relu.default",
                                        "aten.neg.default"]
    assert eager_kernels(lambda t: t.view(-1), x) == []
    assert len(eager_kernels(lambda t: t.t().contiguous(), x)) == 1
    w, b = torch.randn(C, C), torch.randn(C)
    assert eager_kernels(lambda t: F.linear(t, w, b), x) == ["aten.addmm.default"]


# A hand-written stand-in for Inductor's wrapper: two passes over in_ptr0, one over a local buffer.
GENERATED = """\
cpp_fused_amax_exp_0 = async_compile.cpp_pybinding(['const float*', 'float*'], r'''
extern "C" void kernel(const float* in_ptr0, float* out_ptr0)
{
    for(int64_t x1=0; x1<128; x1+=16)
    {
        auto tmp0 = at::vec::Vectorized<float>::loadu(in_ptr0 + x1, 16);
    }
    for(int64_t x1=0; x1<128; x1+=16)
    {
        auto tmp0 = at::vec::Vectorized<float>::loadu(in_ptr0 + x1, 16);
        tmp0.store(local_buffer_data_0 + x1);
    }
    for(int64_t x1=0; x1<128; x1+=1)
    {
        auto tmp0 = local_buffer_data_0[x1];
        auto tmp1 = in_ptr1[x1];
    }
}
''')

class Runner:
    def call(self, args):
        arg0_1, arg1_1 = args
        buf0 = empty_strided_cpu((64, 64), (64, 1), torch.float32)
        extern_kernels.addmm(arg1_1, arg0_1, arg0_1, alpha=1, beta=1, out=buf0)
        buf1 = empty_strided_cpu((2, 64, 1), (64, 1, 1), torch.float16)
        cpp_fused_amax_exp_0(buf0, buf1)
        buf2 = torch.ops.mkl._mkl_linear.default(buf1, arg0_1, None, 64)
        return (buf2, )

runner = Runner(partitions=[])
"""


def test_read_generated_code_lists_launches_in_order_and_sizes_buffers():
    run = read_generated_code(GENERATED)
    assert run.launches == ["extern_kernels.addmm", "cpp_fused_amax_exp_0", "torch.ops.mkl._mkl_linear.default"]
    assert run.fused_kernels == ["cpp_fused_amax_exp_0"]
    assert run.extern_calls == ["extern_kernels.addmm", "torch.ops.mkl._mkl_linear.default"]
    assert run.buffers == [((64, 64), "float32"), ((2, 64, 1), "float16")]
    assert run.buffer_bytes() == [64 * 64 * 4, 2 * 64 * 2]


def test_loads_of_counts_the_passes_over_one_input():
    src = kernel_source(GENERATED, "cpp_fused_amax_exp_0")
    assert loads_of(src, "in_ptr0") == 2
    assert loads_of(src, "in_ptr1") == 1
    assert loads_of(src, "local_buffer_data_0") == 1
    with pytest.raises(ValueError, match="not found"):
        kernel_source(GENERATED, "cpp_fused_missing_1")


def test_split_reduction_partials_reads_the_per_thread_accumulator_array():
    split = """
    {
        float tmp_acc0_arr[4];
        for (int i = 0; i < 4; i++) { tmp_acc0_arr[i] = 0; }
        #pragma omp parallel num_threads(4)
        { int tid = omp_get_thread_num(); tmp_acc0_arr[tid] += in_ptr0[tid]; }
    }
    """
    assert split_reduction_partials(split) == 4
    assert split_reduction_partials(kernel_source(GENERATED, "cpp_fused_amax_exp_0")) == 0
