"""Dataflow examples: each slide's claim against numbers derived by hand for its sizes."""
from __future__ import annotations

import functools
import pytest

pytest.importorskip("torch")

from paddlecamp.slides.examples import dataflow  # noqa: E402
from paddlecamp.slides.examples.result import ExampleResult  # noqa: E402

F32 = 4
EXPECTED = {"schedule_order", "recompute", "parallel_branches"}


@functools.lru_cache(maxsize=None)
def run(name: str) -> ExampleResult:
    """One smoke run per example per process; its slide record checked, its code run as shown."""
    r = dataflow.EXAMPLES[name](smoke=True)
    assert r.layout_problems() == [] and r.key == f"dataflow.{name}" and r.category == "dataflow"
    exec(compile(r.code, r.key, "exec"), {})
    return r


def test_examples_are_registered():
    assert set(dataflow.EXAMPLES) == EXPECTED


def test_depth_first_order_keeps_one_branch_alive():
    m, k, n = 64, 16, 256
    assert dataflow.schedule_sizes(True) == (m, k, n)
    got = run("schedule_order").metrics
    # written order: all four [m, n] products alive when the first sum runs (+ its scalar)
    assert got["peak_written_bytes"] == (4 * m * n + 1) * F32
    # depth first: one product plus the running scalar and the new sum
    assert got["peak_depth_first_bytes"] == (m * n + 2) * F32
    # the allocator, not the model, agrees (a few bytes of slack for scalar temporaries)
    for label in ("written", "depth_first"):
        model = got[f"peak_{label}_bytes"]
        assert model <= got[f"peak_{label}_measured_bytes"] <= model + 64
    # inductor schedules depth first on its own and reuses the product buffer
    assert got["inductor_depth_first"] == 1
    assert got["inductor_reuses"] >= 3
    assert got["inductor_peak_bytes"] <= m * n * F32 + 64
    assert got["paddle_same"] == 1


def test_checkpoint_saves_only_the_input_and_reruns_the_forward():
    n, layers = 1 << 12, 4
    assert dataflow.recompute_size(True) == n and dataflow.RECOMPUTE_LAYERS == layers
    got = run("recompute").metrics
    # sin saves its input: x, h1, h2, h3
    assert (got["eager_saved"], got["eager_saved_bytes"]) == (layers, layers * n * F32)
    assert (got["checkpoint_saved"], got["checkpoint_saved_bytes"]) == (1, n * F32)
    # early stop: the last layer's output is not needed by backward, so layers - 1 sins re-run
    assert got["checkpoint_recomputed_ops"] == layers - 1
    assert got["checkpoint_backward_ops"] - got["eager_backward_ops"] == layers - 1
    assert got["eager_recomputed_ops"] == 0
    assert (got["aot_default_saved"], got["aot_default_recomputed_ops"]) == (layers, 0)
    assert (got["aot_mincut_saved"], got["aot_mincut_saved_bytes"]) == (1, n * F32)
    assert got["aot_mincut_recomputed_ops"] == layers - 1


def test_branches_work_and_span():
    got = run("parallel_branches").metrics
    # 4 x (matmul, relu) + 3 adds; span: matmul, relu, then 3 chained adds or 2 tree levels
    assert got["ops"] == got["tree_ops"] == 4 * 2 + 3
    assert got["span_chain"] == 2 + 3
    assert got["span_tree"] == 2 + 2
    assert got["tree_same_result"] == 1
    # on CPU the wrapper is straight-line: four library matmuls, relus and adds fused into one kernel
    assert got["inductor_extern_calls"] == 4
    assert got["inductor_kernels"] == 1
    assert got["paddle_same"] == 1


def test_critical_path_of_a_chain_and_a_fork():
    import torch
    import torch.fx

    def chain(x):
        return x.sin().cos().exp()

    def fork(x):
        return x.sin() + x.cos()

    assert dataflow.critical_path(torch.fx.symbolic_trace(chain)) == (3, 3)
    assert dataflow.critical_path(torch.fx.symbolic_trace(fork)) == (3, 2)
