"""Triton kernels vs the emulator (the semantics oracle) and vs an fp64 reference.

On a machine without an NVIDIA GPU the root conftest sets TRITON_INTERPRET=1, so these run the
kernels on CPU tensors in Triton's interpreter; on a GPU the same tests run on CUDA tensors.
Shapes stay small (N <= 256) because the interpreter is slow; larger ones are marked slow.
"""
from __future__ import annotations

import dataclasses
import math
import os

import pytest
import torch
import triton
import triton.language as tl

from paddlecamp.attention import emulate
from paddlecamp.attention.quant import Prepared, prepare
from paddlecamp.attention.recipes import get_recipe
from paddlecamp.attention.triton_backend import (attention_prepared, attention_prepared_backward,
                                                 flash_attention)
from paddlecamp.kernels.attention.rounding import round_to_grid

DEVICE = "cuda" if torch.cuda.is_available() and not os.environ.get("TRITON_INTERPRET") else "cpu"
TOL = 1e-3


def _qkv(b, h, n, m, d, seed=0, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed)
    return tuple(torch.randn(b, h, x, d, generator=g).to(DEVICE, dtype) for x in (n, m, m))


def _max_diff(a: torch.Tensor, b: torch.Tensor) -> float:
    return (a.float() - b.float()).abs().max().item()


def _assert_forward_matches(o: torch.Tensor, ref: torch.Tensor) -> None:
    """Kernel output vs the emulator's.

    On CPU the kernel evaluates the scores in the emulator's order with the same exp, and the
    outputs agree to ~1e-6: max abs diff <= 1e-3, strictly. On a GPU, exp2 is the hardware's
    approximation, so a P value within an ulp of a rounding midpoint occasionally lands one
    grid step away from the emulator's (a "P flip", up to 1/16 of that P): there we require
    max abs diff <= 1e-3 on at least 99% of rows and no row off by more than 0.05.
    """
    d = (o.float() - ref.float()).abs()
    if DEVICE == "cpu":
        assert d.max().item() <= TOL
    else:
        rows = d.amax(-1)
        assert (rows > TOL).float().mean().item() <= 0.01
        assert d.max().item() <= 0.05


# --- exact rounding helper -------------------------------------------------------------------

@triton.jit
def _round_kernel(X, Y, n, FORMAT: tl.constexpr, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(X + offs, mask=offs < n)
    tl.store(Y + offs, round_to_grid(x, FORMAT), mask=offs < n)


def _round(x: torch.Tensor, code: int) -> torch.Tensor:
    y = torch.empty_like(x)
    _round_kernel[(triton.cdiv(x.numel(), 4096),)](x, y, x.numel(), FORMAT=code, BLOCK=4096)
    return y


@pytest.mark.parametrize("code,dtype,vmax", [(1, torch.float8_e4m3fn, 448.0),
                                              (2, torch.float8_e5m2, 57344.0)])
def test_round_to_grid_matches_torch_float8_cast_on_every_boundary(code, dtype, vmax):
    grid = torch.arange(256, dtype=torch.uint8).view(dtype).float()
    grid = grid[torch.isfinite(grid)].unique()
    mids = (grid[1:] + grid[:-1]) / 2
    up, down = torch.tensor(1e30), torch.tensor(-1e30)
    g = torch.Generator().manual_seed(1)
    x = torch.cat([grid, mids, torch.nextafter(mids, up), torch.nextafter(mids, down),
                   torch.randn(20000, generator=g) * 100, torch.rand(20000, generator=g) * 1e-3,
                   torch.tensor([vmax * 1.03, vmax * 1.2, -vmax * 5, 1e20, 1e-30])])
    expected = x.clamp(-vmax, vmax).to(dtype).float()  # torch's cast is RNE; clamp = satfinite
    got = _round(x.to(DEVICE), code).cpu()
    bad = got != expected
    assert not bad.any(), f"{int(bad.sum())} mismatches, e.g. {x[bad][:5].tolist()} -> {got[bad][:5].tolist()}"


def test_round_to_grid_int8_and_uint8_round_half_even_then_clamp():
    x = torch.cat([torch.arange(-600, 600) * 0.5, torch.tensor([1e9, -1e9, 126.5, 127.5, 254.5])])
    got8 = _round(x.to(DEVICE), 3).cpu()
    assert torch.equal(got8, torch.round(x).clamp(-127, 127))
    gotu = _round(x.to(DEVICE), 4).cpu()
    assert torch.equal(gotu, torch.round(x).clamp(0, 255))
    assert got8[x == 2.5].item() == 2.0 and got8[x == 3.5].item() == 4.0  # ties to even


# --- forward: kernel vs emulator on prepared operands -------------------------------------------

FWD_CASES = [
    # recipe, causal, N, M, D, block_n
    ("fp32", False, 100, 100, 64, 64),
    ("fp16", True, 77, 77, 64, 64),
    ("fp8", False, 130, 130, 64, 64),
    ("fp8", True, 130, 70, 128, 32),
    ("fp8", True, 50, 200, 64, 64),
    ("fp8-e5m2", True, 96, 96, 128, 64),
    ("int8", False, 100, 90, 64, 32),
    ("int8", True, 128, 128, 128, 64),
    ("int8", True, 70, 150, 64, 64),
    ("int8-running", True, 100, 100, 64, 32),
    ("fp8-tensor", True, 64, 64, 64, 64),
    ("fp8-fa3", False, 100, 100, 64, 64),
    ("fp4", True, 80, 80, 64, 64),
    ("fp4-mx", False, 100, 130, 128, 32),
]


@pytest.mark.parametrize("recipe,causal,n,m,d,block_n", FWD_CASES)
def test_forward_matches_emulator(recipe, causal, n, m, d, block_n):
    q, k, v = _qkv(1, 2, n, m, d, seed=n + m + d)
    prep = prepare(q, k, v, recipe)
    sm = 1 / math.sqrt(d)
    o, lse = attention_prepared(prep, causal, sm, block_n)
    ro, rlse = emulate.attention_prepared(prep, causal, sm, block_n)
    assert o.shape == ro.shape and o.dtype == torch.float32
    _assert_forward_matches(o, ro)
    finite = torch.isfinite(rlse)
    assert torch.equal(finite, torch.isfinite(lse))
    assert _max_diff(lse[finite], rlse[finite]) <= TOL


def test_forward_p_quantization_is_visible_and_reproduced():
    # Guard against a test that cannot fail: the quantized-P output must differ from the exact
    # one by far more than the tolerance, and the kernel must follow the quantized one.
    q, k, v = _qkv(1, 2, 96, 96, 64, seed=3)
    prep = prepare(q, k, v, "fp8")
    exact = Prepared(**{**prep.__dict__, "p_format": None, "p_scale": 1.0})
    o, _ = attention_prepared(prep, False, 0.125, 64)
    ro, _ = emulate.attention_prepared(prep, False, 0.125, 64)
    eo, _ = emulate.attention_prepared(exact, False, 0.125, 64)
    assert (ro - eo).abs().mean() > 20 * (o - ro).abs().mean()


def test_forward_per_tile_p_scale_is_what_the_kernel_computes():
    # Causal rows see tiles whose maxima sit far below the running max: there the per-tile
    # scale changes P_q a lot, and the kernel must follow the tile-scaled emulator, not the other.
    q, k, v = _qkv(1, 2, 192, 192, 64, seed=11)
    q = q * 3.0  # peaky softmax: later tiles are small relative to the running max
    tiled = prepare(q, k, v, "int8")
    running = Prepared(**{**tiled.__dict__, "p_tile_scale": False})
    o, lse = attention_prepared(tiled, True, 0.125, 32)
    ro_t, rlse = emulate.attention_prepared(tiled, True, 0.125, 32)
    ro_r, _ = emulate.attention_prepared(running, True, 0.125, 32)
    _assert_forward_matches(o, ro_t)
    assert _max_diff(lse, rlse) <= TOL
    assert (ro_t - ro_r).abs().mean() > 20 * (o - ro_t).abs().mean()


@pytest.mark.parametrize("recipe", ["fp4", "fp4-mx"])
def test_forward_reads_packed_fp4_codes_not_the_float_copy(recipe):
    q, k, v = _qkv(1, 2, 70, 90, 64, seed=21)
    prep = prepare(q, k, v, recipe)
    assert prep.q_fp4 is not None and prep.q_fp4.codes.dtype == torch.uint8
    # Wreck the float copies of Q and K: the kernel must not notice, the emulator must.
    wrecked = Prepared(**{**prep.__dict__, "q": torch.zeros_like(prep.q), "k": torch.ones_like(prep.k)})
    o, lse = attention_prepared(wrecked, True, 0.125, 32)
    ro, rlse = emulate.attention_prepared(prep, True, 0.125, 32)
    _assert_forward_matches(o, ro)
    assert _max_diff(lse, rlse) <= TOL
    wo, _ = emulate.attention_prepared(wrecked, True, 0.125, 32)
    assert _max_diff(wo, ro) > 0.1
    # Without packed codes the kernel reads the float copy (and follows the wreck).
    plain = Prepared(**{**wrecked.__dict__, "q_fp4": None, "k_fp4": None})
    po, _ = attention_prepared(plain, True, 0.125, 32)
    assert _max_diff(po, wo) <= TOL


def test_forward_uint8_p_and_unit_p_scale():
    q, k, v = _qkv(1, 1, 70, 70, 64, seed=5)
    prep = prepare(q, k, v, "int8")
    for p_format, p_scale in (("uint8", 255.0), ("e4m3", 1.0)):
        p2 = Prepared(**{**prep.__dict__, "p_format": p_format, "p_scale": p_scale})
        o, _ = attention_prepared(p2, True, 0.125, 32)
        ro, _ = emulate.attention_prepared(p2, True, 0.125, 32)
        _assert_forward_matches(o, ro)


# --- unquantized: vs an fp64 reference, forward and gradients -----------------------------------

@pytest.mark.parametrize("causal,n,m,d", [(False, 100, 100, 64), (True, 70, 130, 64), (True, 130, 90, 128)])
def test_flash_attention_fp32_matches_fp64_reference(causal, n, m, d):
    q, k, v = (t.requires_grad_() for t in _qkv(1, 2, n, m, d, seed=7))
    o = flash_attention(q, k, v, causal)
    do = torch.randn_like(o)
    o.backward(do)
    qd, kd, vd = (t.detach().double().requires_grad_() for t in (q, k, v))
    s = qd @ kd.transpose(-1, -2) / math.sqrt(d)
    if causal:
        rows, cols = torch.arange(n, device=DEVICE)[:, None], torch.arange(m, device=DEVICE)[None, :]
        s = s.masked_fill(cols > rows + (m - n), float("-inf"))
    # Causal rows with no visible key (N > M) have output 0 and no gradient.
    ref = torch.softmax(s, -1).nan_to_num(0.0) @ vd
    ref.backward(do.double())
    assert _max_diff(o, ref) <= TOL
    for got, want in ((q.grad, qd.grad), (k.grad, kd.grad), (v.grad, vd.grad)):
        assert _max_diff(got, want) <= TOL


# --- backward: kernel vs emulator -----------------------------------------------------------

BWD_CASES = [
    ("fp32", False, 100, 100, 64),
    ("fp8", True, 130, 100, 64),
    ("int8", False, 96, 96, 128),
    ("fp8-e5m2", True, 64, 64, 128),
]


@pytest.mark.parametrize("recipe,causal,n,m,d", BWD_CASES)
def test_backward_matches_emulator(recipe, causal, n, m, d):
    q, k, v = _qkv(1, 2, n, m, d, seed=11 + n)
    prep = prepare(q, k, v, recipe)
    sm = 1 / math.sqrt(d)
    o, lse = attention_prepared(prep, causal, sm, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(2)).to(DEVICE)
    got = attention_prepared_backward(prep, o, lse, do, causal, sm)
    want = emulate.attention_prepared_backward(prep, o, lse, do, causal, sm)
    for name, g, w in zip(("dq", "dk", "dv"), got, want):
        assert g.shape == w.shape, name
        assert _max_diff(g, w) <= TOL, name


def test_backward_quantizes_do_when_the_recipe_says_so():
    q, k, v = _qkv(1, 1, 64, 64, 64, seed=4)
    prep = prepare(q, k, v, "fp8")
    assert prep.do_format == "e4m3"
    o, lse = attention_prepared(prep, False, 0.125, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(9)).to(DEVICE)
    got = attention_prepared_backward(prep, o, lse, do, False, 0.125)
    no_q = Prepared(**{**prep.__dict__, "do_format": None})
    plain = attention_prepared_backward(no_q, o, lse, do, False, 0.125)
    want = emulate.attention_prepared_backward(prep, o, lse, do, False, 0.125)
    assert _max_diff(got[2], want[2]) <= TOL
    assert _max_diff(got[2], plain[2]) > 10 * _max_diff(got[2], want[2])


def test_backward_quantizes_ds_per_row_and_key_tile_when_the_recipe_says_so():
    q, k, v = _qkv(1, 2, 90, 130, 64, seed=8)
    # The dequantizing backward (fp8-train's 8-bit dots switched off): dS rounded in place.
    prep = prepare(q, k, v, dataclasses.replace(get_recipe("fp8-train"), bwd_fp8_dots=False))
    assert prep.ds_format == "e4m3" and prep.ds_block == 64 and not prep.bwd_fp8_dots
    o, lse = attention_prepared(prep, True, 0.125, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(3)).to(DEVICE)
    got = attention_prepared_backward(prep, o, lse, do, True, 0.125)
    want = emulate.attention_prepared_backward(prep, o, lse, do, True, 0.125)
    no_ds = Prepared(**{**prep.__dict__, "ds_format": None})
    plain = emulate.attention_prepared_backward(no_ds, o, lse, do, True, 0.125)
    # dP = dO·Vᵀ and δ are sums whose order differs between kernel and emulator, so a dS value
    # within an ulp of a rounding midpoint can land one grid step apart (a "dS flip", like the
    # forward's P flips on a GPU): at most 1% of rows beyond 1e-3, none beyond 0.02.
    for g, w, p in zip(got[:2], want[:2], plain[:2]):          # dq and dk see dS; dv does not
        rows = (g - w).abs().amax(-1)
        assert (rows > TOL).float().mean().item() <= 0.01 and rows.max().item() <= 0.02
        assert (w - p).abs().mean() > 10 * (g - w).abs().mean()
    assert _max_diff(got[2], plain[2]) <= TOL
    with pytest.raises(ValueError, match="dS tile"):
        attention_prepared_backward(prep, o, lse, do, True, 0.125, block_n=32)


FP8_DOT_CASES = [("fp8-train", False, 100, 100, 64), ("fp8-train", True, 130, 90, 64),
                 ("fp8-train-e5m2", True, 64, 128, 128)]


@pytest.mark.parametrize("recipe,causal,n,m,d", FP8_DOT_CASES)
def test_fp8_dot_backward_matches_the_emulator(recipe, causal, n, m, d):
    q, k, v = _qkv(1, 2, n, m, d, seed=n + m)
    prep = prepare(q, k, v, recipe)
    assert prep.bwd_fp8_dots and prep.q.dtype in (torch.float8_e4m3fn, torch.float8_e5m2)
    sm = 1 / math.sqrt(d)
    o, lse = attention_prepared(prep, causal, sm, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(5)).to(DEVICE)
    got = attention_prepared_backward(prep, o, lse, do, causal, sm)
    want = emulate.attention_prepared_backward(prep, o, lse, do, causal, sm)
    old = emulate.attention_prepared_backward(Prepared(**{**prep.__dict__, "bwd_fp8_dots": False}),
                                              o, lse, do, causal, sm)
    for name, g, w, x in zip(("dq", "dk", "dv"), got, want, old):
        diff = (g - w).abs()
        if DEVICE == "cpu":
            # Not bitwise: the kernel sums each tile's fp8 products (and dP, δ) in fp32 in its
            # own order, the emulator multiplies dequantized operands. Measured <= 1.1e-6 of
            # max|grad|; a P or dS value within an ulp of a rounding midpoint could round the
            # other way (none at these seeds).
            assert diff.max().item() <= 1e-5 * w.abs().max().item(), name
        else:
            rows = diff.amax(-1)
            assert (rows > TOL).float().mean().item() <= 0.01 and rows.max().item() <= 0.05, name
        # ... and it is the 8-bit-dot semantics, not the dequantizing backward's.
        assert (w - x).abs().mean() > 30 * diff.mean(), name


def test_fp8_dot_backward_refuses_other_tiles():
    q, k, v = _qkv(1, 1, 64, 64, 64, seed=2)
    prep = prepare(q, k, v, "fp8-train")
    o, lse = attention_prepared(prep, False, 0.125, 64)
    with pytest.raises(ValueError, match="recipe's \\(64\\)"):
        attention_prepared_backward(prep, o, lse, torch.ones_like(o), False, 0.125, block_m=32)


def test_api_triton_backend_matches_emulate_with_autograd():
    from paddlecamp.attention.api import attention

    q, k, v = _qkv(1, 2, 80, 80, 64, seed=21)
    grads = {}
    outs = {}
    for backend in ("emulate", "triton"):
        qq, kk, vv = (t.clone().requires_grad_() for t in (q, k, v))
        o = attention(qq, kk, vv, recipe="int8", causal=True, backend=backend)
        o.backward(torch.ones_like(o))
        outs[backend], grads[backend] = o, (qq.grad, kk.grad, vv.grad)
    _assert_forward_matches(outs["triton"], outs["emulate"])
    for g, w in zip(grads["triton"], grads["emulate"]):
        assert _max_diff(g, w) <= TOL


# --- bad input ------------------------------------------------------------------------------

def _prep(**over):
    q, k, v = _qkv(1, 1, 32, 32, 64)
    p = prepare(q, k, v, "fp8")
    return Prepared(**{**p.__dict__, **over})


def test_bad_head_dim_is_refused():
    q, k, v = _qkv(1, 1, 16, 16, 32)
    with pytest.raises(ValueError, match="head dim D=32"):
        attention_prepared(prepare(q, k, v, "fp8"), False, 0.1, 64)
    with pytest.raises(ValueError, match="head dim D=32"):
        flash_attention(q, k, v)


def test_empty_sequence_is_refused():
    q, k, v = _qkv(1, 1, 0, 16, 64)
    with pytest.raises(ValueError, match="N == 0"):
        flash_attention(q, k, v)


def test_mismatched_dtypes_shapes_devices_are_refused():
    p = _prep()
    with pytest.raises(ValueError, match="k has dtype"):
        attention_prepared(Prepared(**{**p.__dict__, "k": p.k.float()}), False, 0.1, 64)
    with pytest.raises(ValueError, match="v has shape"):
        attention_prepared(Prepared(**{**p.__dict__, "v": p.v[:, :, :16].contiguous()}), False, 0.1, 64)
    with pytest.raises(ValueError, match="q_scale has shape"):
        attention_prepared(Prepared(**{**p.__dict__, "q_scale": p.q_scale[..., :5].contiguous()}), False, 0.1, 64)
    meta = p.k.to("meta")
    with pytest.raises(ValueError, match="k is on meta"):
        attention_prepared(Prepared(**{**p.__dict__, "k": meta}), False, 0.1, 64)


def test_non_contiguous_and_non_finite_inputs_are_refused():
    p = _prep()
    with pytest.raises(ValueError, match="q is not contiguous"):
        attention_prepared(Prepared(**{**p.__dict__, "q": p.q.transpose(-1, -2).contiguous().transpose(-1, -2)}),
                           False, 0.1, 64)
    bad = p.v_scale.clone()
    bad[0, 0, 3] = float("nan")
    with pytest.raises(ValueError, match="v_scale contains NaN or Inf"):
        attention_prepared(Prepared(**{**p.__dict__, "v_scale": bad}), False, 0.1, 64)
    q, k, v = _qkv(1, 1, 16, 16, 64)
    k[0, 0, 1, 2] = float("inf")
    with pytest.raises(ValueError, match="k contains NaN or Inf"):
        flash_attention(q, k, v)


def test_q_smoothing_bias_is_refused():
    p = _prep(s_bias=torch.zeros(1, 1, 32, device=DEVICE))
    with pytest.raises(ValueError, match="s_bias"):
        attention_prepared(p, False, 0.1, 64)


# --- larger shapes ---------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("recipe,causal", [("fp8", True), ("int8", False), ("fp8-e5m2", False),
                                           ("fp8-train", True)])
def test_forward_and_backward_match_emulator_large(recipe, causal):
    q, k, v = _qkv(2, 2, 384, 448, 128, seed=31)
    prep = prepare(q, k, v, recipe)
    o, lse = attention_prepared(prep, causal, 128 ** -0.5, 64)
    ro, rlse = emulate.attention_prepared(prep, causal, 128 ** -0.5, 64)
    _assert_forward_matches(o, ro)
    do = torch.randn_like(o)
    for g, w in zip(attention_prepared_backward(prep, o, lse, do, causal, 128 ** -0.5),
                    emulate.attention_prepared_backward(prep, o, lse, do, causal, 128 ** -0.5)):
        if prep.bwd_fp8_dots:
            # The kernel's fp32 P and dS differ from the emulator's in the last bits (summation
            # order), so a value at a rounding midpoint of the 8-bit dots' operands can land one
            # grid step away ("flips"): at most 1% of rows beyond TOL, none beyond 0.02.
            rows = (g - w).abs().amax(-1)
            assert (rows > TOL).float().mean().item() <= 0.01 and rows.max().item() <= 0.02
        else:
            assert _max_diff(g, w) <= TOL


@pytest.mark.skipif(DEVICE != "cuda", reason="bf16 tl.dot is broken in the Triton interpreter")
@pytest.mark.parametrize("causal", [False, True])
def test_flash_attention_bf16_close_to_sdpa_on_gpu(causal):
    q, k, v = (t.requires_grad_() for t in _qkv(2, 4, 1000, 1000, 128, seed=5, dtype=torch.bfloat16))
    o = flash_attention(q, k, v, causal)
    ref = torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=causal)
    assert _max_diff(o, ref) <= 2e-2
    do = torch.randn_like(o)
    got = torch.autograd.grad(o, (q, k, v), do)
    want = torch.autograd.grad(ref, (q, k, v), do)
    for g, w in zip(got, want):
        assert _max_diff(g, w) <= 5e-2
