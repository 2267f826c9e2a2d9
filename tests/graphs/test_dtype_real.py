"""dtype generalization rules found on published GraphNet samples (fixtures: MIT, GraphNet 1dcbd66).

Each rule has a minimal graph that failed (or was inconclusive) without it and a published
sample that exercises it: float32 sentinels saturated to the target's extremes, zero-std
inputs drawn non-constant, batch-norm variances drawn non-negative, autocast's fp32 ops.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch

from paddlecamp.graphs.dtype import (
    INCONCLUSIVE, ROUNDED_STD, generalize_graph, generalize_sample, saturate_sentinel,
    smallest_passing_t, validation_inputs,
)
from paddlecamp.graphs.parse import parse_model, to_module
from paddlecamp.graphs.roundtrip import make_inputs
from paddlecamp.graphs.sample import TensorMeta, read_sample, write_sample

TORCH = Path(__file__).parent / "fixtures" / "graphnet" / "torch"
F32_MIN = -3.4028234663852886e38  # what a trace writes for torch.finfo(torch.float32).min


def _sample(tmp_path: Path, body: str, args: str, weights: list[TensorMeta], inputs: list[TensorMeta]) -> Path:
    src = (f"import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, {args}):\n"
           + "".join(f"        {line}\n" for line in body.strip().splitlines()))
    write_sample(tmp_path / "s", src, weights, inputs)
    return tmp_path / "s"


def test_saturate_sentinel_maps_float32_extremes_only():
    assert saturate_sentinel(F32_MIN, "float16") == -65504.0
    assert saturate_sentinel(-F32_MIN, "float16") == 65504.0
    assert saturate_sentinel(F32_MIN, "bfloat16") == -float(torch.finfo(torch.bfloat16).max)
    # Ordinary constants, infinities and non-floats are left alone (1e5 is arithmetic, not a sentinel).
    for v in (1e5, -1e9, 0.5, -math.inf, math.inf, 3, None):
        assert saturate_sentinel(v, "float16") is v


@pytest.mark.parametrize("target", ["float16", "bfloat16"])
def test_mask_filled_with_float32_min_generalizes(tmp_path, target):
    """DeBERTa/DistilBERT masks: masked_fill(scores, finfo(float32).min) before softmax."""
    body = """
s = torch.matmul(L_q_, L_k_.transpose(-1, -2))
m = s.masked_fill(L_mask_, -3.4028234663852886e38)
p = torch.nn.functional.softmax(m, dim=-1)
return (torch.matmul(p, L_k_),)
"""
    s = _sample(tmp_path, body, "L_q_ : torch.Tensor, L_k_ : torch.Tensor, L_mask_ : torch.Tensor",
                [TensorMeta("L_k_", [2, 5, 8], mean=0.0, std=1.0)],
                [TensorMeta("L_q_", [2, 5, 8], mean=0.0, std=1.0),
                 TensorMeta("L_mask_", [2, 5, 5], dtype="torch.bool")])
    # Without the rule torch refuses the constant in the low dtype (what the old pass hit):
    with pytest.raises(RuntimeError, match="overflow"):
        torch.zeros(2, dtype=getattr(torch, target)).masked_fill(torch.tensor([True, False]), F32_MIN)
    r = generalize_sample(s, target, tmp_path / "out")
    assert r.ok and r.min_t is not None and r.min_t <= 1, r
    text = read_sample(tmp_path / "out").model_source
    assert "3.4028234663852886e+38" not in text and "3.4028234663852886e38" not in text
    assert repr(-float(torch.finfo(getattr(torch, target)).max)) in text


def test_explicit_float32_factory_keeps_its_constant():
    g = parse_model("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_x_ : torch.Tensor):\n"
                    "        c = torch.full((4,), fill_value=-3.4028234663852886e38, dtype=torch.float32)\n"
                    "        y = torch.matmul(L_x_, L_x_)\n        return (y + c.max(),)\n")
    low, _ = generalize_graph(g, [torch.randn(4, 4)], "float16")
    full = next(n for n in low.nodes if n.target is torch.full)
    assert full.kwargs["fill_value"] == F32_MIN


def test_published_mask_sample_saturates_and_passes(tmp_path):
    """distilbert-base-uncased (published) masks attention scores with float32's min."""
    src = TORCH / "transformers-auto-model" / "distilbert-base-uncased"
    assert "masked_fill(to_1, -3.4028234663852886e38)" in (src / "model.py").read_text()
    r = generalize_sample(src, "float16", tmp_path / "out")
    assert r.ok, r
    assert "masked_fill(to_1, -65504.0)" in (tmp_path / "out" / "model.py").read_text()


def test_zero_std_input_is_drawn_non_constant(tmp_path):
    """A cls token recorded as mean 0.000, std 0.000 zeroed the only path to the output."""
    body = """
cls = L_cls_.expand(2, 1, 8)
h = torch.cat([cls, L_x_], 1)
y = torch.nn.functional.layer_norm(h, (8,))
return (torch.nn.functional.linear(y[:, 0], L_w_),)
"""
    metas = [TensorMeta("L_cls_", [1, 1, 8], mean=0.0, std=0.0), TensorMeta("L_w_", [3, 8], mean=0.0, std=0.5),
             TensorMeta("L_x_", [2, 4, 8], mean=0.0, std=1.0)]
    s = _sample(tmp_path, body, "L_cls_ : torch.Tensor, L_w_ : torch.Tensor, L_x_ : torch.Tensor",
                metas[:2], metas[2:])
    g = parse_model((s / "model.py").read_text())
    by_name = {m.name: m for m in metas}
    # The statistics as recorded make the fp32 reference constant: nothing to compare.
    old = make_inputs(g, by_name, 0)
    ref = to_module(g)(*old)
    assert smallest_passing_t(ref, tuple(x.half() for x in ref), "float16")[1] == INCONCLUSIVE
    new = validation_inputs(g, by_name, 0)
    cls = new[0]
    assert float(cls.std()) > 0 and float(cls.abs().max()) < 10 * ROUNDED_STD
    for t in ("float16", "bfloat16"):
        r = generalize_sample(s, t)
        assert r.ok and r.reason is None, r


def test_rule_keeps_scalars_and_stored_data():
    g = parse_model("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_a_ : torch.Tensor, L_b_ : torch.Tensor):\n"
                    "        return (L_a_ * L_b_,)\n")
    metas = {"L_a_": TensorMeta("L_a_", [], mean=0.25, std=0.0),
             "L_b_": TensorMeta("L_b_", [2], mean=0.5, std=0.0, data=[0.5, 0.5])}
    a, b = validation_inputs(g, metas, 0)
    assert float(a) == 0.25  # one element: GraphNet records std 0 by definition, the mean is the value
    assert b.tolist() == [0.5, 0.5]  # stored data is used as is


@pytest.mark.parametrize("call", [
    "torch.nn.functional.batch_norm(L_x_, L_m_, L_v_, None, None, False, 0.1, 1e-05)",
    "torch.batch_norm(L_x_, None, None, L_m_, L_v_, False, 0.1, 1e-05, False)",
])
def test_batch_norm_variance_drawn_non_negative(call):
    g = parse_model("import torch\n\nclass GraphModule(torch.nn.Module):\n"
                    "    def forward(self, L_x_ : torch.Tensor, L_m_ : torch.Tensor, L_v_ : torch.Tensor):\n"
                    f"        return ({call},)\n")
    metas = {"L_x_": TensorMeta("L_x_", [4, 64], mean=0.0, std=1.0),
             "L_m_": TensorMeta("L_m_", [64], mean=0.0, std=1.0),
             "L_v_": TensorMeta("L_v_", [64], mean=0.1, std=1.0)}
    x, m, v = validation_inputs(g, metas, 0)
    assert (v >= 0).all() and (m < 0).any()  # only the variance is folded
    assert (make_inputs(g, metas, 0)[2] < 0).any()  # the plain draw would give NaN outputs
    assert torch.isfinite(to_module(g)(x, m, v)[0]).all()


def test_published_sample_with_negative_variance_draw_is_conclusive():
    """mmpose SimpleBaseline3D: drawn at the recorded std, a running_var of mean 3.1, std 4.4
    has negative entries and every output is NaN (inconclusive); as GraphNet replays it, it runs."""
    src = TORCH / "mmpose" / "SimpleBaseline3D"
    s = read_sample(src)
    g = parse_model(s.model_source)
    ref = to_module(g)(*make_inputs(g, s.all_meta(), 0))
    assert torch.isnan(ref[0]).all()
    r = generalize_sample(src, "bfloat16")
    assert r.ok and r.reason is None and r.min_t is not None, r
    assert 0 < r.ref_max_abs < 100


def test_inputs_drawn_as_graphnet_replays_a_meta():
    """graph_net/torch/utils.py replay_tensor: N(mean, (0.2 std)^2), std 0.1 if unknown, [-100, 100]."""
    g = parse_model("import torch\n\nclass GraphModule(torch.nn.Module):\n"
                    "    def forward(self, L_a_ : torch.Tensor, L_b_ : torch.Tensor, L_c_ : torch.Tensor):\n"
                    "        return (L_a_ + L_b_ + L_c_,)\n")
    metas = {"L_a_": TensorMeta("L_a_", [100000], mean=1.0, std=2.0),
             "L_b_": TensorMeta("L_b_", [100000], mean=None, std=None),
             "L_c_": TensorMeta("L_c_", [100000], mean=150.0, std=100.0,
                                extra={"min_val": 120.0})}
    a, b, c = validation_inputs(g, metas, 0)
    assert abs(float(a.std()) - 0.4) < 0.01 and abs(float(a.mean()) - 1.0) < 0.01
    assert abs(float(b.std()) - 0.02) < 0.001 and abs(float(b.mean())) < 0.001
    assert float(c.min()) >= 100.0 and float(c.max()) == 100.0  # min_val, then GraphNet's clip


def test_autocast_fp32_ops_run_in_fp32():
    """fft and cdist have no CPU float16 kernel; autocast runs them (and fft/linalg) in fp32."""
    g = parse_model("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_x_ : torch.Tensor, L_w_ : torch.Tensor):\n"
                    "        y = torch.matmul(L_x_, L_w_)\n        f = torch.fft.rfft(y)\n"
                    "        d = torch.cdist(y, y)\n        return (f.abs(), d, torch.log1p(y.abs()))\n")
    x, w = torch.randn(2, 8, 8), torch.randn(8, 8)
    low, _ = generalize_graph(g, [x, w], "float16")
    ref = to_module(g)(x, w)
    out = to_module(low)(x.half(), w.half())
    assert [o.dtype for o in out] == [torch.float32] * 3
    t, reason, _, _ = smallest_passing_t(ref, out, "float16")
    assert reason is None and t <= 1


def test_nan_std_of_one_element_reads_as_its_mean():
    """torch.std of one element is NaN; older extractors wrote it (prelu weights, alphas)."""
    g = parse_model("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_a_ : torch.Tensor, L_b_ : torch.Tensor):\n"
                    "        return (L_a_ * L_b_,)\n")
    metas = {"L_a_": TensorMeta("L_a_", [1], mean=-0.316, std=math.nan),
             "L_b_": TensorMeta("L_b_", [64], mean=0.0, std=math.nan)}
    a, b = validation_inputs(g, metas, 0)
    assert a.tolist() == [pytest.approx(-0.316)]
    assert torch.isfinite(b).all() and float(b.std()) > 0  # unknown std: GraphNet's default 0.1 * 0.2
    assert not torch.isfinite(make_inputs(g, metas, 0)[0]).all()  # the plain draw gives NaN


def test_one_element_outputs_that_depend_on_inputs_are_compared(tmp_path):
    """Scalar outputs always look constant; a second input draw shows they are not."""
    body = """
y = torch.matmul(L_x_, L_w_)
return (y.mean().reshape(1), torch.sigmoid(y.sum()).reshape(1))
"""
    s = _sample(tmp_path, body, "L_x_ : torch.Tensor, L_w_ : torch.Tensor",
                [TensorMeta("L_w_", [8, 8], mean=0.0, std=1.0)], [TensorMeta("L_x_", [4, 8], mean=0.5, std=1.0)])
    r = generalize_sample(s, "float16")
    assert r.ok and r.reason is None and r.min_t is not None, r
    # A path the inputs really zero stays inconclusive: the output does not change with them.
    body0 = """
y = torch.matmul(L_x_, L_w_) * 0.0
return (y.sum().reshape(1),)
"""
    s0 = _sample(tmp_path / "zero", body0, "L_x_ : torch.Tensor, L_w_ : torch.Tensor",
                 [TensorMeta("L_w_", [8, 8], mean=0.0, std=1.0)], [TensorMeta("L_x_", [4, 8], mean=0.5, std=1.0)])
    assert generalize_sample(s0, "float16").reason == INCONCLUSIVE


def test_published_scalar_output_sample_is_conclusive():
    """torchaudio squim_objective returns three one-element scores (and NaN stds in its meta)."""
    r = generalize_sample(TORCH / "torchaudio" / "squim_objective", "bfloat16")
    assert r.ok and r.reason is None, r


@pytest.mark.parametrize("target", ["float16", "bfloat16"])
def test_native_multi_head_attention_is_matmul_like(tmp_path, target):
    """torchvision ViT: _native_multi_head_attention after an fp32 layer_norm (autocast: low precision)."""
    body = """
x = torch.nn.functional.layer_norm(L_x_, (8,), None, None, 1e-06)
a = torch._native_multi_head_attention(x, x, x, 8, 2, L_w_, L_b_, L_ow_, L_ob_, None, False, True, None)
return (a[0],)
"""
    ws = [TensorMeta("L_w_", [24, 8], mean=0.0, std=0.5), TensorMeta("L_b_", [24], mean=0.0, std=0.1),
          TensorMeta("L_ow_", [8, 8], mean=0.0, std=0.5), TensorMeta("L_ob_", [8], mean=0.0, std=0.1)]
    s = _sample(tmp_path, body, "L_x_ : torch.Tensor, L_w_ : torch.Tensor, L_b_ : torch.Tensor, "
                "L_ow_ : torch.Tensor, L_ob_ : torch.Tensor", ws, [TensorMeta("L_x_", [2, 5, 8], mean=0.0, std=1.0)])
    r = generalize_sample(s, target)
    assert r.ok and r.reason is None, r


def test_fill_values_beyond_the_target_range_saturate(tmp_path):
    """grounding-dino masks with masked_fill(-1e6): float16 refuses it, bfloat16 holds it."""
    from paddlecamp.graphs.dtype import saturate_fill

    assert saturate_fill(-1e6, "float16") == -65504.0 and saturate_fill(-1e6, "bfloat16") == -1e6
    assert saturate_fill(-math.inf, "float16") == -math.inf
    body = """
s = torch.matmul(L_q_, L_k_.transpose(-1, -2))
m = s.masked_fill(L_mask_, -1e6)
w = torch.where(L_mask_, -1e6, s)
p = torch.nn.functional.softmax(m, dim=-1) + torch.nn.functional.softmax(w, dim=-1)
return (torch.matmul(p, L_k_), s.clamp(min=-1e6))
"""
    s = _sample(tmp_path, body, "L_q_ : torch.Tensor, L_k_ : torch.Tensor, L_mask_ : torch.Tensor",
                [TensorMeta("L_k_", [2, 5, 8], mean=0.0, std=1.0)],
                [TensorMeta("L_q_", [2, 5, 8], mean=0.0, std=1.0),
                 TensorMeta("L_mask_", [2, 5, 5], dtype="torch.bool")])
    r = generalize_sample(s, "float16", tmp_path / "out")
    assert r.ok and r.reason is None, r
    text = (tmp_path / "out" / "model.py").read_text()
    assert "-1000000.0" not in text and text.count("-65504.0") == 3
    r = generalize_sample(s, "bfloat16", tmp_path / "out_bf16")
    assert r.ok and "-1000000.0" in (tmp_path / "out_bf16" / "model.py").read_text()


def test_fp32_accumulation_matches_cpu_float16_kernels():
    """The fast path for float16 convolutions/matmuls on CPU agrees with the native kernels
    to one fp16 rounding step, and leaves fp32 and bfloat16 calls alone."""
    from paddlecamp.graphs.dtype import Fp32AccumulateOnCpu

    g = torch.Generator().manual_seed(0)
    x = torch.randn(1, 16, 12, 12, generator=g).half()
    w = (torch.randn(16, 16, 3, 3, generator=g) * 0.1).half()
    a = torch.randn(8, 32, generator=g).half()
    b = torch.randn(32, 32, generator=g).half()
    native = (torch.conv2d(x, w, None, 1, 1), torch.nn.functional.linear(a, b), a @ b)
    with Fp32AccumulateOnCpu():
        fast = (torch.conv2d(x, w, None, 1, 1), torch.nn.functional.linear(a, b), a @ b)
        kept = torch.mm(a.float(), b.float()), torch.mm(a.bfloat16(), b.bfloat16())
    for n, f in zip(native, fast):
        assert f.dtype == torch.float16
        ulp = torch.finfo(torch.float16).eps * n.float().abs().clamp_min(2 ** -14)
        assert ((n.float() - f.float()).abs() <= ulp).all()
    assert kept[0].dtype == torch.float32 and kept[1].dtype == torch.bfloat16
