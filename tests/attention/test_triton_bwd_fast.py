"""The fast FP8-dot backward (``attention_prepared_backward(..., fast=True)``) against the
emulator's FP8-dot backward, an independent PyTorch computation of the same recipe.

In the interpreter the kernel differs from the emulator in the order of its fp32 sums (scores
as an fp8 dot of the grids, dP, δ), in ``exp2`` for ``exp`` and in its quantizers, which multiply
by ``format max / row max`` instead of dividing by the scale: a P or dS value within an ulp of a
rounding midpoint may land one grid step away (a "flip"), which moves one gradient row by at
most one grid step of one term. On a GPU dP is a fp16 dot and the fp8 dots accumulate fast.
"""
from __future__ import annotations

import math
import os

import pytest
import torch

from paddlecamp.attention import emulate
from paddlecamp.attention.quant import Prepared, prepare
from paddlecamp.attention.triton_backend import attention_prepared, attention_prepared_backward
from paddlecamp.kernels.attention.bwd_fast import attention_bwd_fast, supports

DEVICE = "cuda" if torch.cuda.is_available() and not os.environ.get("TRITON_INTERPRET") else "cpu"

#: On a GPU: bounds on each gradient's RMS difference to the emulator relative to its RMS, and
#: on the fraction of the FP8-dot semantics' own distance to the dequantizing backward.
GPU_REL_RMSE = 0.03


def _case(recipe, n, m, d, seed):
    g = torch.Generator().manual_seed(seed)
    q, k, v = (torch.randn(1, 2, x, d, generator=g).to(DEVICE) for x in (n, m, m))
    prep = prepare(q, k, v, recipe)
    sm = 1 / math.sqrt(d)
    return prep, sm


def _rel_rmse(a: torch.Tensor, b: torch.Tensor) -> float:
    return ((a - b).pow(2).mean().sqrt() / b.pow(2).mean().sqrt()).item()


CASES = [("fp8-train", False, 128, 128, 64, {}),
         ("fp8-train", True, 256, 256, 128, {}),
         ("fp8-train", True, 128, 256, 64, {}),                  # keys ahead of queries
         ("fp8-train", True, 256, 256, 64, dict(block_m=128, block_n=128)),  # blocks of 2 tiles
         ("fp8-train-e5m2", True, 128, 128, 128, {})]


@pytest.mark.parametrize("recipe,causal,n,m,d,blocks", CASES)
def test_fast_fp8_backward_matches_the_emulator(recipe, causal, n, m, d, blocks):
    prep, sm = _case(recipe, n, m, d, seed=n + m + d)
    assert prep.bwd_fp8_dots
    o, lse = attention_prepared(prep, causal, sm, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(7)).to(DEVICE)
    if blocks:
        from paddlecamp.attention.emulate import quantize_rows_grid
        from paddlecamp.attention.formats import to_storage

        grid, scale = quantize_rows_grid(do.float(), prep.do_format)
        got = attention_bwd_fast(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale,
                                 o, lse, (grid * scale).contiguous(),
                                 to_storage(grid, prep.do_format).contiguous(),
                                 scale.squeeze(-1).contiguous(), causal=causal, sm_scale=sm,
                                 ds_format=prep.ds_format, do_format=prep.do_format, **blocks)
    else:
        got = attention_prepared_backward(prep, o, lse, do, causal, sm, fast=True)
    want = emulate.attention_prepared_backward(prep, o, lse, do, causal, sm)
    old = emulate.attention_prepared_backward(Prepared(**{**prep.__dict__, "bwd_fp8_dots": False}),
                                              o, lse, do, causal, sm)
    for name, g, w, x in zip(("dq", "dk", "dv"), got, want, old):
        diff = (g - w).abs()
        top = w.abs().max().item()
        if DEVICE == "cpu":
            rows = diff.amax(-1)
            # flips: at most 2% of rows beyond 1e-5 of max|grad|, none beyond 1/8 of it
            assert (rows > 1e-5 * top).float().mean().item() <= 0.02, name
            assert rows.max().item() <= 0.125 * top, name
            assert (w - x).abs().mean() > 30 * diff.mean(), name
        else:
            assert _rel_rmse(g, w) <= GPU_REL_RMSE, name
            assert (w - x).abs().mean() > 5 * diff.mean(), name


def test_fast_fp8_backward_sees_the_causal_mask():
    # Against the non-causal gradient: masking the tiles on the diagonal must change dK and dQ.
    prep, sm = _case("fp8-train", 128, 128, 64, seed=3)
    do = torch.randn(1, 2, 128, 64, generator=torch.Generator().manual_seed(2)).to(DEVICE)
    grads = []
    for causal in (True, False):
        o, lse = attention_prepared(prep, causal, sm, 64)
        got = attention_prepared_backward(prep, o, lse, do, causal, sm, fast=True)
        want = emulate.attention_prepared_backward(prep, o, lse, do, causal, sm)
        assert _rel_rmse(got[1], want[1]) < 0.03
        grads.append(got)
    # the last key is seen by the last query only under the mask: its dK row differs
    assert (grads[0][1][..., -1, :] - grads[1][1][..., -1, :]).abs().max() > 1e-3


def test_fast_fp8_backward_refuses_what_it_does_not_take():
    prep, sm = _case("fp8-train", 96, 96, 64, seed=1)
    o, lse = attention_prepared(prep, False, sm, 64)
    assert not supports(96, 96, DEVICE == "cuda")
    with pytest.raises(ValueError, match="multiple of"):
        attention_prepared_backward(prep, o, lse, torch.ones_like(o), False, sm, fast=True)
    plain, _ = _case("fp8", 128, 128, 64, seed=1)
    o, lse = attention_prepared(plain, False, sm, 64)
    with pytest.raises(ValueError, match="fp8-train"):
        attention_prepared_backward(plain, o, lse, torch.ones_like(o), False, sm, fast=True)


def test_fast_fp8_backward_rescales_without_overflow_across_tile_magnitudes():
    # dO 1e6 on the first query tile and 1e-28 on the second: each key's dV and dK accumulator
    # is carried in units of the last tile's row scale (about 1e-33 here), which without the
    # scale floor overflows fp32 (1e6 / 1e-33); the result must stay finite and match the
    # emulator, whose sums run in plain fp32.
    prep, sm = _case("fp8-train", 128, 128, 64, seed=11)
    o, lse = attention_prepared(prep, False, sm, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(5)).to(DEVICE)
    do[..., :64, :] *= 1e6
    do[..., 64:, :] *= 1e-28
    got = attention_prepared_backward(prep, o, lse, do, False, sm, fast=True)
    want = emulate.attention_prepared_backward(prep, o, lse, do, False, sm)
    for name, g, w in zip(("dq", "dk", "dv"), got, want):
        assert torch.isfinite(g).all(), name
        assert _rel_rmse(g, w) < 0.03, name


def test_fast_fp8_backward_takes_scales_that_start_off_a_16_byte_boundary():
    # Tensor descriptors need a 16-byte aligned base: a scale vector viewed one element into a
    # larger buffer is copied first, and the gradients are those of the aligned call.
    from paddlecamp.attention.emulate import quantize_rows_grid
    from paddlecamp.attention.formats import to_storage

    prep, sm = _case("fp8-train", 128, 128, 64, seed=4)
    o, lse = attention_prepared(prep, False, sm, 64)
    do = torch.randn(o.shape, generator=torch.Generator().manual_seed(3)).to(DEVICE)
    grid, scale = quantize_rows_grid(do.float(), prep.do_format)
    args = (o, lse, (grid * scale).contiguous(), to_storage(grid, prep.do_format).contiguous())
    kw = dict(causal=False, sm_scale=sm, ds_format=prep.ds_format, do_format=prep.do_format)
    dos = scale.squeeze(-1).contiguous()
    off = torch.empty(dos.numel() + 1, dtype=dos.dtype, device=dos.device)[1:].view_as(dos)
    off.copy_(dos)
    assert off.data_ptr() % 16 != 0
    want = attention_bwd_fast(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale,
                              *args, dos, **kw)
    got = attention_bwd_fast(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale,
                             *args, off, **kw)
    for g, w in zip(got, want):
        assert torch.equal(g, w)
