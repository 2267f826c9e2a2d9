"""attention(): exactness of the fp32 path, the emulator's semantics, autograd, bad input."""
from __future__ import annotations

import dataclasses

import pytest
import torch

from paddlecamp.attention.api import attention
from paddlecamp.attention.emulate import attention_prepared, reference_attention
from paddlecamp.attention.quant import prepare
from paddlecamp.attention.recipes import get_recipe


def _qkv(n=40, m=56, d=32, b=2, h=2, seed=0, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(b, h, x, d, generator=g).to(dtype) for x in (n, m, m)]


@pytest.mark.parametrize("causal", [False, True])
@pytest.mark.parametrize("n,m", [(40, 56), (56, 56), (1, 7)])
def test_fp32_recipe_equals_fp64_softmax_attention(causal, n, m):
    q, k, v = _qkv(n, m)
    out = attention(q, k, v, recipe="fp32", causal=causal)
    # Independent reference: explicit mask built from the documented rule.
    s = (q.double() @ k.double().transpose(-1, -2)) / 32 ** 0.5
    if causal:
        i = torch.arange(n)[:, None]
        j = torch.arange(m)[None, :]
        s = s.masked_fill(j > i + (m - n), float("-inf"))
    ref = torch.softmax(s, -1) @ v.double()
    assert (out.double() - ref).abs().max() < 1e-5


def test_emulator_single_tile_matches_direct_formula_with_torch_casts():
    q, k, v = _qkv(16, 24, 16, b=1, h=1)
    p = prepare(q, k, v, "fp8-tensor")
    o, lse = attention_prepared(p, False, 0.25, block_n=64)
    # Direct (non-tiled) formula, rounding P with torch's own float8 cast.
    qd, kd = p.q.float() * p.q_scale[..., None], p.k.float() * p.k_scale[..., None]
    s = (qd @ kd.transpose(-1, -2)) * 0.25
    m = s.amax(-1, keepdim=True)
    pe = torch.exp(s - m)
    pq = pe.to(torch.float8_e4m3fn).float()          # p_scale = 1 for fp8-tensor
    want = (pq @ p.v.float()) / pe.sum(-1, keepdim=True) * p.v_scale[..., None, :]
    assert torch.allclose(o, want, atol=1e-6)
    assert torch.allclose(lse, (m + pe.sum(-1, keepdim=True).log()).squeeze(-1), atol=1e-6)


def test_tiling_changes_quantized_p_but_not_the_exact_path():
    q, k, v = _qkv(32, 100, 16)
    p = prepare(q, k, v, "fp32")
    a, la = attention_prepared(p, True, 0.25, 16)
    b, lb = attention_prepared(p, True, 0.25, 128)
    assert torch.allclose(a, b, atol=1e-6) and torch.allclose(la, lb, atol=1e-5)


def test_straight_through_gradients_are_exact_attention_grads_at_dequantized_inputs():
    q, k, v = _qkv(24, 40, 16)
    r = dataclasses.replace(get_recipe("fp8-tensor"), name="fp8-tensor-exact-p", p_format=None)
    qs, ks, vs = (t.clone().requires_grad_() for t in (q, k, v))
    o = attention(qs, ks, vs, recipe=r, causal=True)
    do = torch.randn_like(o)
    o.backward(do)
    p = prepare(q, k, v, r)
    qd, kd, vd = (t.double().requires_grad_() for t in p.dequantized())
    ref = reference_attention(qd, kd, vd, causal=True)
    ref.backward(do.double())
    for got, want in ((qs.grad, qd.grad), (ks.grad, kd.grad), (vs.grad, vd.grad)):
        assert (got.double() - want).abs().max() < 1e-5


@pytest.mark.parametrize("recipe", ["fp8", "int8", "fp4"])
def test_quantized_gradients_flow_through_rotation_and_stay_close(recipe):
    q, k, v = _qkv(32, 32, 64, b=1, h=2)
    ins = [t.clone().requires_grad_() for t in (q, k, v)]
    refs = [t.clone().double().requires_grad_() for t in (q, k, v)]
    do = torch.randn(1, 2, 32, 64)
    attention(*ins, recipe=recipe, causal=True).backward(do)
    reference_attention(*refs, causal=True).backward(do.double())
    tol = {"fp8": 0.15, "int8": 0.05, "fp4": 0.5}[recipe]
    for a, b in zip(ins, refs):
        rel = (a.grad.double() - b.grad).norm() / b.grad.norm()
        assert rel < tol, rel


def test_do_quantization_changes_gradients_only_slightly():
    q, k, v = _qkv(16, 16, 32, b=1, h=1)
    r = get_recipe("fp8")
    grads = {}
    for name, rec in (("q", r), ("exact", dataclasses.replace(r, name="fp8-no-do", do_format=None))):
        vs = v.clone().requires_grad_()
        attention(q, k, vs, recipe=rec).backward(torch.randn(1, 1, 16, 32, generator=torch.Generator().manual_seed(1)))
        grads[name] = vs.grad
    diff = (grads["q"] - grads["exact"]).norm() / grads["exact"].norm()
    assert 0 < diff < 0.1


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_half_inputs_return_their_dtype(dtype):
    q, k, v = _qkv(8, 8, 16, dtype=dtype)
    out = attention(q, k, v, recipe="fp8")
    assert out.dtype == dtype and torch.isfinite(out.float()).all()


def test_non_contiguous_inputs_are_made_contiguous():
    q, k, v = _qkv(8, 8, 16)
    qt = q.transpose(1, 2).contiguous().transpose(1, 2)
    assert not qt.is_contiguous()
    assert torch.equal(attention(qt, k, v, recipe="int8"), attention(q, k, v, recipe="int8"))


def test_q_smoothing_recipe_is_softmax_invariant_in_exact_arithmetic():
    q, k, v = _qkv(16, 16, 32)
    q = q + 2.0
    r = dataclasses.replace(get_recipe("fp32"), name="fp32-smooth-q", smooth_q=True, smooth_k=True)
    qs = q.clone().requires_grad_()
    out = attention(qs, k, v, recipe=r)
    assert (out.double() - reference_attention(q, k, v)).abs().max() < 1e-5
    out.sum().backward()
    qr = q.clone().double().requires_grad_()
    reference_attention(qr, k, v).sum().backward()
    assert (qs.grad.double() - qr.grad).abs().max() < 1e-5
    with pytest.raises(ValueError, match="emulate"):
        attention(*_qkv(16, 16, 64), recipe=r, backend="triton")


def test_bad_inputs_raise_clear_errors():
    q, k, v = _qkv(8, 8, 16)
    with pytest.raises(ValueError, match="v has shape"):
        attention(q, k, v[..., :4, :])
    with pytest.raises(ValueError, match="k has dtype"):
        attention(q, k.half(), v)
    with pytest.raises(ValueError, match="N == 0"):
        attention(q[..., :0, :], k, v)
    with pytest.raises(ValueError, match="must have shape"):
        attention(q[0], k, v)
    with pytest.raises(ValueError, match="dtype torch.int64"):
        attention(q.long(), k.long(), v.long())
    for name in ("q", "k", "v"):
        bad = {"q": q.clone(), "k": k.clone(), "v": v.clone()}
        bad[name][0, 0, 0, 0] = float("nan") if name != "k" else float("inf")
        with pytest.raises(ValueError, match=f"{name} contains NaN or Inf"):
            attention(bad["q"], bad["k"], bad["v"])
    with pytest.raises(ValueError, match="known recipes: fp32"):
        attention(q, k, v, recipe="fp9")
    with pytest.raises(ValueError, match="unknown backend"):
        attention(q, k, v, backend="cuda")
    with pytest.raises(ValueError, match="head dim"):
        attention(*_qkv(8, 8, 48), backend="triton")


def test_per_tile_p_scale_is_a_no_op_with_one_tile_and_reduces_p_error_with_many():
    from paddlecamp.attention.accuracy import AccuracyConfig, error_metrics, make_data

    q, k, v = _qkv(16, 40, 32, b=1, h=1)
    tile, base = get_recipe("int8"), get_recipe("int8-running")
    assert tile.p_tile_scale and not base.p_tile_scale
    one = dataclasses.replace(base, name="one-tile", block_n=64)
    one_t = dataclasses.replace(tile, name="one-tile-t", block_n=64)
    assert torch.allclose(attention(q, k, v, recipe=one), attention(q, k, v, recipe=one_t), atol=1e-6)
    q, k, v = make_data(AccuracyConfig(heads=1, n=512, dim=64, seed=3))
    ref = reference_attention(q, k, v)
    e_base = error_metrics(attention(q, k, v, recipe=base.only("p")), ref)["rmse"]
    e_tile = error_metrics(attention(q, k, v, recipe=tile.only("p")), ref)["rmse"]
    assert e_tile < 0.6 * e_base


def test_ds_row_tile_quantizer_puts_each_tile_row_on_its_own_scaled_grid():
    from paddlecamp.attention.emulate import quantize_row_tiles
    from paddlecamp.attention.formats import round_to_format

    g = torch.Generator().manual_seed(0)
    x = torch.randn(3, 100, generator=g) * torch.logspace(-4, 1, 100)   # tiles of very different size
    x[1, 64:] = 0.0                                                      # an all-zero tile
    y = quantize_row_tiles(x, "e5m2", 64)
    for lo, hi in ((0, 64), (64, 100)):
        amax = x[:, lo:hi].abs().amax(-1, keepdim=True)
        scale = torch.where(amax > 0, amax / 57344.0, torch.ones_like(amax))
        assert torch.equal(y[:, lo:hi], round_to_format(x[:, lo:hi] / scale, "e5m2") * scale)
    assert torch.equal(y[1, 64:], torch.zeros(36))
    # Per-tile scales keep small tiles accurate; one scale per row would flush them.
    rel = ((y - x).abs() / x.abs().clamp_min(1e-30))[:, 64:]
    assert rel.max() < 0.13


def test_ds_quantization_changes_dq_dk_slightly_and_leaves_dv_alone():
    base = get_recipe("fp8")
    # The dequantizing backward with dS rounded per row and key tile (fp8-train before its
    # backward products became 8-bit dots).
    train = dataclasses.replace(get_recipe("fp8-train"), bwd_fp8_dots=False)
    assert train.ds_format == "e4m3" and base.ds_format is None
    q, k, v = _qkv(64, 64, 64, b=1, h=2)
    grads = {}
    for r in (base, train):
        ins = [t.clone().requires_grad_() for t in (q, k, v)]
        attention(*ins, recipe=r, causal=True).sum().backward()
        grads[r.name] = [t.grad for t in ins]
    for i, name in enumerate(("dq", "dk")):
        a, b = grads["fp8"][i], grads["fp8-train"][i]
        rel = ((a - b).norm() / a.norm()).item()
        assert 1e-4 < rel < 0.1, name
    assert torch.equal(grads["fp8"][2], grads["fp8-train"][2])
    with pytest.raises(ValueError, match="uint8 cannot hold"):
        dataclasses.replace(base, name="bad", ds_format="uint8")


def test_fp8_dot_backward_semantics_from_torch_casts_tile_by_tile():
    # The emulator's 8-bit-dot backward against an explicit loop over 64-wide tiles, rounding
    # with torch's own e4m3 cast and applying every scale to the product of the tile's grids.
    from paddlecamp.attention.emulate import attention_prepared_backward_fp8_dots

    q, k, v = _qkv(100, 130, 32, b=1, h=1, seed=6)
    p = prepare(q, k, v, "fp8-train")
    sm = 32 ** -0.5
    o, lse = attention_prepared(p, False, sm, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(1))
    dq, dk, dv = attention_prepared_backward_fp8_dots(p, o, lse, do, False, sm)

    def cast(x, scale):                     # onto e4m3 with RNE and satfinite, torch's cast
        return (x / scale).clamp(-448, 448).to(torch.float8_e4m3fn).double()

    d64 = lambda t: t[0, 0].double()        # noqa: E731
    qg, kg, qs, ks = d64(p.q.float()), d64(p.k.float()), d64(p.q_scale[..., None]), d64(p.k_scale[..., None])
    sdo = do[0, 0].abs().amax(-1, keepdim=True) / 448
    dog = cast(do[0, 0], sdo)
    prob = torch.softmax((qg * qs) @ (kg * ks).T * sm, -1)
    dp = (dog * sdo.double()) @ (d64(p.v.float()) * d64(p.v_scale[:, :, None, :])).T
    ds = prob * (dp - (dog * sdo.double() * d64(o)).sum(-1, keepdim=True))
    want_dv, want_dk, want_dq = torch.zeros(130, 32).double(), torch.zeros(130, 32).double(), torch.zeros(100, 32).double()
    for i0 in range(0, 100, 64):            # query tiles: dV and dK, one scale per key
        rows = slice(i0, i0 + 64)
        a = (prob[rows] * sdo[rows].double()).T.float()
        sa = a.abs().amax(-1, keepdim=True) / 448
        want_dv += sa.double() * (cast(a, sa) @ dog[rows])
        b = (ds[rows] * qs[rows]).T.float()
        sb = b.abs().amax(-1, keepdim=True) / 448
        want_dk += sb.double() * (cast(b, sb) @ qg[rows]) * sm
    for j0 in range(0, 130, 64):            # key tiles: dQ, one scale per query
        cols = slice(j0, j0 + 64)
        c = (ds[:, cols] * ks[cols].T).float()
        sc = c.abs().amax(-1, keepdim=True) / 448
        want_dq += sc.double() * (cast(c, sc) @ kg[cols]) * sm
    for got, want in ((dq, want_dq), (dk, want_dk), (dv, want_dv)):
        # fp64 vs fp32 P and dS may round a midpoint value differently: allow a few elements.
        bad = (got[0, 0].double() - want).abs() > 1e-5 * want.abs().max()
        assert bad.float().mean().item() < 0.01
