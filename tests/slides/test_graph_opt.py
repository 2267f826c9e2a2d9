"""Graph-optimization examples: each slide's claim against hand-derived counts."""
from __future__ import annotations

import functools
import math

import pytest

pytest.importorskip("torch")

from paddlecamp.slides.examples import graph_opt  # noqa: E402
from paddlecamp.slides.examples.result import ExampleResult  # noqa: E402

F32 = 4
EXPECTED = {"constant_folding", "cse", "layout", "algebraic"}


@functools.lru_cache(maxsize=None)
def run(name: str) -> ExampleResult:
    """One smoke run per example per process; its slide record checked, its code run as shown."""
    r = graph_opt.EXAMPLES[name](smoke=True)
    assert r.layout_problems() == [] and r.key == f"graph_opt.{name}" and r.category == "graph"
    exec(compile(r.code, r.key, "exec"), {})
    return r


def test_examples_are_registered():
    assert set(graph_opt.EXAMPLES) == EXPECTED


def test_constant_folding_leaves_matmul_and_relu():
    got = run("constant_folding").metrics
    # t, mul, add (weight), ones, triu (mask), mul, mm, relu
    assert got["eager_ops"] == 8
    # symbolic_trace already evaluated ones().triu() (no proxy in it) into a tensor constant
    assert got["fx_ops"] == 6 and got["fx_const_ops"] == 4
    assert got["fx_folded_ops"] == 2 and got["folded_same"] == 1
    default = set(got["inductor_const_ops"].split())
    frozen = set(got["freezing_const_ops"].split())
    # by default the whole constant subgraph runs on every call (fused into one kernel)
    assert {"t", "mul", "add", "ones", "triu"} <= default
    # freezing folds the parameter transform but still rebuilds the mask each call
    assert "t" not in frozen and "add" not in frozen
    assert {"ones", "triu"} <= frozen
    assert got["paddle_same"] == 1


def test_cse_halves_the_duplicate_and_must_not_merge_randomness():
    got = run("cse").metrics
    # each copy is mul, sin, add; plus the final mul
    assert (got["fx_ops_before"], got["fx_ops_after"]) == (2 * 3 + 1, 3 + 1)
    assert got["cse_same"] == 1
    assert got["source_sins"] == 2
    assert got["inductor_kernel_sins"] == got["dedup_kernel_sins"] == 1
    # CSEPass treats torch.rand_like as pure: one draw minus itself is exactly zero
    assert (got["noise_rand_before"], got["noise_rand_after_cse"]) == (2, 1)
    assert got["noise_cse_max_abs"] == 0.0
    assert got["noise_eager_max_abs"] > 0.5
    assert got["inductor_noise_rands"] == 2
    assert got["paddle_same"] == 1


def test_cancelling_transposes_cost_eager_two_copies():
    n = 4 * 32 * 64
    got = run("layout").metrics
    assert got["elements"] == n
    # contiguous, mul, contiguous, add: each reads and writes n floats
    assert (got["eager_copies"], got["eager_writers"]) == (2, 4)
    assert got["eager_bytes"] == 4 * 2 * n * F32
    assert (got["inductor_launches"], got["inductor_allocations"], got["inductor_copy_kernels"]) == (1, 1, 0)
    assert got["inductor_bytes"] == 2 * n * F32
    assert got["conv_same"] == 1  # the timings are metrics only: never asserted


def test_inductor_keeps_the_identities_that_are_not_ieee_identities():
    got = run("algebraic").metrics
    assert got["kept_mul_by_one"] == 1 and got["kept_add_zero"] == 1
    assert got["kept_exp_log"] == 1 and got["kept_sub_self"] == 1
    assert got["removed_transpose_pair"] == 1
    assert got["neg_zero_sign_after"] == 1.0          # -0.0 * 1 + 0 is +0.0
    assert got["log_exp_100"] == math.inf             # exp(100) overflows fp32
    assert math.isnan(got["inf_minus_inf"])
