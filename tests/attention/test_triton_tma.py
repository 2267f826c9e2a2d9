"""The TMA forward (``attention_prepared(..., fast=True, tma=True)``) against the emulator and
against the pointer fast path it shares its arithmetic with.

In the interpreter the tensor descriptors are plain box loads, so the TMA kernel must give the
pointer fast kernel's output bit for bit (same tile step, same order), and both must stay within
the fast path's allowance of the emulator. On a GPU the copies go through the TMA engine and the
loop may be warp-specialized or persistent; the outputs then still follow the emulator within the
fast path's GPU bounds.
"""
from __future__ import annotations

import math

import pytest
import torch

from paddlecamp.attention import emulate
from paddlecamp.attention.quant import prepare
from paddlecamp.attention.triton_backend import attention_prepared
from paddlecamp.kernels.attention.fwd_tma import attention_fwd_tma, supports

from .test_triton_fast import DEVICE, _assert_close_to_emulator, _qkv


@pytest.mark.parametrize("causal,n,d,block_m,block_n,persistent", [
    (False, 128, 64, 64, 32, False),
    (True, 128, 64, 64, 32, False),
    (True, 192, 128, 64, 64, True),
    (False, 128, 64, 32, 64, True),
])
def test_tma_forward_matches_pointer_kernel_and_emulator(causal, n, d, block_m, block_n, persistent):
    q, k, v = _qkv(2, 2, n, n, d, seed=n + d + causal)
    prep = prepare(q, k, v, "fp8")
    sm = 1 / math.sqrt(d)
    kw = dict(block_m=block_m, num_warps=4, num_stages=1)
    o, lse = attention_prepared(prep, causal, sm, block_n, fast=True, tma=True,
                                persistent=persistent, **kw)
    po, plse = attention_prepared(prep, causal, sm, block_n, fast=True, **kw)
    ro, rlse = emulate.attention_prepared(prep, causal, sm, block_n)
    _assert_close_to_emulator(o, ro)
    assert torch.equal(torch.isfinite(lse), torch.isfinite(rlse))
    if DEVICE == "cpu":
        assert torch.equal(o, po) and torch.equal(lse, plse)
    else:
        assert (o - po).abs().max().item() <= 5e-2


def test_tma_forward_refuses_shapes_it_cannot_tile():
    q, k, v = _qkv(1, 1, 100, 100, 64)
    prep = prepare(q, k, v, "fp8")
    assert not supports(prep.q, prep.k, 64, 64)
    with pytest.raises(ValueError, match=r"multiple of the tiles \(64, 64\).*\(1, 1, 100, 64\)"):
        attention_prepared(prep, False, 0.125, 64, fast=True, tma=True, block_m=64)
    q2, k2, v2 = _qkv(1, 1, 128, 64, 64)
    prep2 = prepare(q2, k2, v2, "fp8")
    assert not supports(prep2.q, prep2.k, 64, 64)  # cross-attention: other lengths
    prep3 = prepare(*_qkv(1, 1, 128, 128, 64), "fp8")
    with pytest.raises(ValueError, match="vt as a contiguous e4m3"):
        attention_fwd_tma(prep3.q, prep3.k, prep3.v, prep3.q_scale, prep3.k_scale, prep3.v_scale,
                          causal=False, sm_scale=0.125, p_scale=448.0, block_m=64, block_n=64)


def _block_k(prep, block: int):
    """``prep`` with K re-quantized to one e4m3 scale per ``block`` keys (a per-block K recipe)."""
    from paddlecamp.attention.formats import to_storage
    from paddlecamp.attention.quant import Prepared, quantize_tokens

    k = prep.k.float() * prep.k_scale[..., None]
    grid, scale = quantize_tokens(k, "e4m3", "block", block=block)
    return Prepared(**{**prep.__dict__, "k": to_storage(grid, "e4m3"), "k_scale": scale})


@pytest.mark.parametrize("causal,block_n", [(False, 64), (True, 32)])
def test_tma_forward_reads_block_constant_k_scales_once_per_tile(causal, block_n):
    from paddlecamp.kernels.attention.fwd_tma import tile_constant

    q, k, v = _qkv(1, 2, 128, 128, 64, seed=7)
    # K with a large spread of token norms, so that per-key and per-block scales differ.
    k = k * torch.linspace(0.1, 4.0, 128, device=k.device)[:, None]
    prep = _block_k(prepare(q, k, v, "fp8"), 64)
    assert tile_constant(prep.k_scale, block_n) and not tile_constant(prep.k_scale, 128)
    sm = 0.125
    o, lse = attention_prepared(prep, causal, sm, block_n, fast=True, tma=True, block_m=64,
                                num_warps=4, num_stages=1)
    ro, rlse = emulate.attention_prepared(prep, causal, sm, block_n)
    _assert_close_to_emulator(o, ro)
    finite = torch.isfinite(rlse)
    # On a GPU Hopper's fast fp8 accumulation in Q·K errs in proportion to the scores: the H200
    # (2026-12-04) gave 1.6e-3 at lse ~ 10 here, 1.6e-4 relative.
    tol = 1e-3 if DEVICE == "cpu" else 5e-4 * rlse[finite].abs().clamp_min(1.0)
    assert ((lse[finite] - rlse[finite]).abs() <= tol).all()
    # Reading one scale per tile where the scales are not tile-constant would be wrong: the
    # per-token recipe's K through the same kernel flag differs from its emulator.
    per_token = prepare(q, k, v, "fp8")
    from paddlecamp.kernels.attention.fwd_tma import attention_fwd_tma, v_major

    wrong, _ = attention_fwd_tma(per_token.q, per_token.k, v_major(per_token.v), per_token.q_scale,
                                 per_token.k_scale, per_token.v_scale, causal=causal, sm_scale=sm,
                                 p_scale=448.0, block_m=64, block_n=block_n, num_warps=4,
                                 num_stages=1, k_tile_scale=True)
    right, _ = emulate.attention_prepared(per_token, causal, sm, block_n)
    assert (wrong - right).abs().max().item() > 0.05


def test_fast_backend_follows_the_exact_triton_backend_forward_and_backward():
    # attention(..., backend="triton-fast"): the fast forward (through TMA when the lengths are
    # a multiple of the tiles: N = 128 here; the pointer fast kernel at N = 96) and the fast FP8
    # backward (N = 128; the exact backward at N = 96), against backend="triton".
    from paddlecamp.attention.api import attention
    from paddlecamp.attention.sdpa import scaled_dot_product_attention

    for n, causal in ((128, True), (96, False)):
        g = torch.Generator().manual_seed(n)
        q, k, v = (torch.randn(1, 2, n, 64, generator=g).to(DEVICE) for _ in range(3))
        outs = {}
        for be in ("triton", "triton-fast"):
            ins = [t.clone().requires_grad_() for t in (q, k, v)]
            o = attention(*ins, recipe="fp8-train", causal=causal, backend=be)
            o.backward(torch.ones_like(o))
            outs[be] = (o.detach(), [t.grad for t in ins])
        (o1, g1), (o2, g2) = outs["triton"], outs["triton-fast"]
        assert (o1 - o2).abs().max().item() <= 0.05 and not torch.equal(o1, torch.zeros_like(o1))
        for a, b in zip(g1, g2):
            assert (a - b).norm() <= 0.02 * a.norm()
    o = scaled_dot_product_attention(q, k, v, is_causal=True, recipe="fp8", backend="triton-fast")
    assert o.shape == q.shape
    with pytest.raises(ValueError, match="triton-fast.*recipe 'int8' is not"):
        attention(q, k, v, recipe="int8", backend="triton-fast")
