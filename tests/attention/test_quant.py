"""Recipes, scales and Prepared: grids, scale granularities, FP4 microscaling."""
from __future__ import annotations

import pytest
import torch

from paddlecamp.attention.formats import representable_values
from paddlecamp.attention.quant import prepare, quantize_channels, quantize_tokens
from paddlecamp.attention.recipes import RECIPES, get_recipe

REQUIRED = ["fp32", "fp16", "fp8-tensor", "fp8-fa3", "fp8", "int8", "fp4"]


def test_required_recipes_exist_and_unknown_lists_them():
    for name in REQUIRED:
        assert get_recipe(name).name == name
    with pytest.raises(ValueError) as e:
        get_recipe("fp7")
    for name in REQUIRED:
        assert name in str(e.value)


def test_per_token_int8_maps_row_amax_to_127_and_error_is_half_a_step():
    x = torch.randn(2, 3, 40, 16) * torch.linspace(0.1, 10, 40)[:, None]
    g, s = quantize_tokens(x, "int8", "token")
    assert torch.equal(g.abs().amax(-1), torch.full((2, 3, 40), 127.0))
    assert torch.allclose(s, x.abs().amax(-1) / 127)
    assert ((g * s[..., None] - x).abs() <= s[..., None] / 2 * (1 + 1e-5)).all()


def test_block_scales_repeat_over_rows_and_tensor_scale_is_global():
    x = torch.randn(1, 2, 100, 8)
    _, s = quantize_tokens(x, "e4m3", "block", block=32)
    for b0 in range(0, 100, 32):
        blk = x[..., b0:b0 + 32, :]
        assert torch.allclose(s[..., b0:b0 + 32], (blk.abs().amax((-1, -2)) / 448)[..., None].expand(-1, -1, blk.shape[-2]))
    _, st = quantize_tokens(x, "e4m3", "tensor")
    assert torch.allclose(st, torch.full_like(st, x.abs().max().item() / 448))


def test_per_channel_v_scales():
    v = torch.randn(1, 1, 50, 8) * torch.arange(1, 9)
    g, s = quantize_channels(v, "int8", "channel")
    assert s.shape == (1, 1, 8)
    assert torch.allclose(s, v.abs().amax(-2) / 127)
    assert torch.equal(g.abs().amax(-2), torch.full((1, 1, 8), 127.0))


def test_mxfp4_groups_have_power_of_two_scales_and_e2m1_values():
    x = torch.randn(1, 1, 4, 64) * 3
    g, ts = quantize_tokens(x, "e2m1", "mxfp4")
    assert torch.equal(ts, torch.ones_like(ts))
    grid = set(representable_values("e2m1").tolist())
    groups_x = x.reshape(-1, 32)
    for gx, gq in zip(groups_x, g.reshape(-1, 32)):
        scale = 2.0 ** (torch.floor(torch.log2(gx.abs().max())).item() - 2)
        assert set((gq / scale).tolist()) <= grid


def test_nvfp4_groups_of_16_with_e4m3_scales():
    x = torch.randn(1, 1, 3, 32)
    g, ts = quantize_tokens(x, "e2m1", "nvfp4")
    grid = set(representable_values("e2m1").tolist())
    e4m3 = set(representable_values("e4m3").tolist())
    glob = ts.flatten()[0].item()
    assert torch.allclose(ts, torch.full_like(ts, x.abs().max().item() / (6 * 448)))
    for gx, gq in zip(x.reshape(-1, 16), g.reshape(-1, 16)):
        # The group scale is amax/6 rounded onto e4m3 (in units of the tensor scale).
        sc = torch.tensor(gx.abs().max().item() / 6 / glob).to(torch.float8_e4m3fn).float().item()
        assert sc in e4m3
        assert set((gq / sc).tolist()) <= grid
    assert (g - x / glob).abs().max() / (x / glob).abs().max() < 0.25


@pytest.mark.parametrize("name,qdtype,pfmt", [
    ("fp32", torch.float32, None), ("fp16", torch.float16, None),
    ("fp8-tensor", torch.float8_e4m3fn, "e4m3"), ("fp8", torch.float8_e4m3fn, "e4m3"),
    ("int8", torch.int8, "uint8"), ("fp4", torch.float32, "e4m3")])
def test_prepare_storage_and_shapes(name, qdtype, pfmt):
    q, k, v = torch.randn(2, 3, 20, 64), torch.randn(2, 3, 30, 64), torch.randn(2, 3, 30, 64)
    p = prepare(q, k, v, name)
    assert p.q.dtype == qdtype and p.k.dtype == qdtype
    assert p.q_scale.shape == (2, 3, 20) and p.k_scale.shape == (2, 3, 30) and p.v_scale.shape == (2, 3, 64)
    assert p.p_format == pfmt
    assert all(t.is_contiguous() for t in (p.q, p.k, p.v, p.q_scale, p.k_scale, p.v_scale))


def test_prepare_rotation_and_smoothing_preserve_scores_up_to_a_row_constant():
    torch.manual_seed(0)
    q, k, v = torch.randn(1, 1, 8, 64), torch.randn(1, 1, 9, 64) + 3.0, torch.randn(1, 1, 9, 64)
    p = prepare(q, k, v, get_recipe("fp8").only(name="transforms-only"))
    qd, kd, _ = p.dequantized()
    s_new, s_old = qd @ kd.transpose(-1, -2), q @ k.transpose(-1, -2)
    diff = s_new - s_old
    assert torch.allclose(diff, diff[..., :1].expand_as(diff), atol=1e-4)


_TORCH_8BIT = {"e4m3": torch.float8_e4m3fn, "e5m2": torch.float8_e5m2}


def _torch_grid(x: torch.Tensor, fmt: str) -> torch.Tensor:
    """Independent rounding: torch's own casts (RNE) with an explicit satfinite clamp."""
    if fmt in _TORCH_8BIT:
        vmax = torch.finfo(_TORCH_8BIT[fmt]).max
        return x.clamp(-vmax, vmax).to(_TORCH_8BIT[fmt]).float()
    if fmt == "int8":
        return torch.round(x).clamp(-127, 127)
    return x.to({"fp16": torch.float16, "bf16": torch.bfloat16}[fmt]).float()


@pytest.mark.parametrize("name", [n for n, r in RECIPES.items() if r.q_format != "e2m1"])
def test_every_recipe_stores_q_k_v_as_torch_casts_of_the_scaled_inputs(name):
    # What the kernel loads must be exactly torch's cast of (preprocessed input / scale), and the
    # dequantized operands must stay within half a grid step (relative) of the inputs.
    from paddlecamp.attention.quant import preprocess

    r = get_recipe(name)
    g = torch.Generator().manual_seed(3)
    q, k, v = (torch.randn(2, 2, n, 32, generator=g) * 3 for n in (24, 40, 40))
    p = prepare(q, k, v, r)
    qp, kp, vp, _, _ = preprocess(q, k, v, r)
    for op, x, stored, scale in (("q", qp, p.q, p.q_scale[..., None]),
                                 ("k", kp, p.k, p.k_scale[..., None]),
                                 ("v", vp, p.v, p.v_scale[..., None, :])):
        fmt = getattr(r, f"{op}_format")
        if fmt is None:
            assert torch.equal(stored, x), op
            continue
        if op == "v" and r.v_granularity == "block":
            continue  # block scales are folded into float32 values (tested below)
        want = _torch_grid(x / scale, fmt)
        assert torch.equal(stored.float(), want), (name, op)
        rel = {"e4m3": 2 ** -4, "e5m2": 2 ** -3, "fp16": 2 ** -11, "bf16": 2 ** -8}.get(fmt)
        err = (stored.float() * scale - x).abs()
        if rel is None:                                    # int8: half a step of each scale
            assert (err <= scale / 2 * (1 + 1e-6) + 1e-7).all(), (name, op)
        else:                                              # normal range: half an ulp, relative
            tiny = scale * 2.0 ** {"e4m3": -6, "e5m2": -14, "fp16": -14, "bf16": -126}[fmt]
            normal = x.abs() >= tiny
            assert (err[normal] <= x.abs()[normal] * rel * (1 + 1e-6)).all(), (name, op)


def test_per_block_v_folds_a_torch_cast_times_the_block_scale():
    r = get_recipe("fp8-fa3")
    v = torch.randn(1, 1, 100, 16, generator=torch.Generator().manual_seed(4))
    p = prepare(v[..., :10, :], v, v, r)
    assert torch.equal(p.v_scale, torch.ones_like(p.v_scale))
    for b0 in range(0, 100, r.scale_block):
        blk = v[..., b0:b0 + r.scale_block, :]
        s = blk.abs().max() / 448
        assert torch.equal(p.v[..., b0:b0 + r.scale_block, :], (blk / s).to(torch.float8_e4m3fn).float() * s)


def test_tensor_granularity_shares_one_scale_over_all_batches_and_heads():
    # The documented meaning of "tensor": one scale for the whole call, not one per head.
    x = torch.randn(2, 3, 16, 32, generator=torch.Generator().manual_seed(5))
    x[1, 2] *= 100.0                                     # one loud head
    _, s = quantize_tokens(x, "e4m3", "tensor")
    assert torch.equal(s, torch.full_like(s, x.abs().max().item() / 448))
    quiet = x[0, 0].abs().max().item() / 448
    assert s[0, 0, 0].item() > 50 * quiet                # the loud head sets the quiet head's scale
    p = prepare(x, x, x, "fp8-tensor")
    assert p.q_scale.unique().numel() == 1 and p.v_scale.unique().numel() == 1
