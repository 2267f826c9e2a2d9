"""The fast FP8 forward with Hopper's bulk tensor copies (TMA), optional warp specialization and
optional persistent scheduling.

Same arithmetic as :func:`paddlecamp.kernels.attention.fwd.attention_fwd_fast` (the tile step
``_fast_step`` and the epilogue ``_fast_finish`` are shared), different memory path:

* Q, K and V tiles come in through tensor descriptors (``TensorDescriptor``: on sm_90 the TMA
  engine copies a whole [rows, D] box into shared memory, no address arithmetic per thread);
* V is read from a ``[B, H, D, M]`` copy, so that the P·V product's B operand is K-major, the
  layout Hopper's fp8 WGMMA takes without a transpose in shared memory;
* ``WARP_SPEC=True`` asks Triton to warp-specialize the key loop (``tl.range(...,
  warp_specialize=True)``: producer warps issue the copies, consumer warps the MMAs);
* ``PERSISTENT=True`` launches one program per SM (``num_programs``) that walks the
  (query block, head) tiles, longest causal rows first;
* ``KS_TILE=True`` reads one K scale per key tile instead of one per key, for K scales that are
  constant over each tile (a recipe with K scaled per block of keys, the block a multiple of the
  tile): the scale then joins the per-row Q scale, and the multiply per score that applies the
  K scales goes away. The values are the same as with per-key scales, so the emulator's
  semantics hold; :func:`tile_constant` checks the condition.

The descriptors address each tensor as a 2-D [B*H*N, D] (or [B*H*D, M]) array, so a box must not
straddle two heads: the sequence lengths must be multiples of the tiles, and the query and key
lengths equal (self-attention). :func:`supports` says whether a shape qualifies; the dispatcher
falls back to the pointer kernel otherwise.
"""
from __future__ import annotations

import math

import torch
import triton
import triton.language as tl

from .fwd import _fast_finish, _fast_step, _key_range, _mask_scores, _store_out


def supports(q: torch.Tensor, k: torch.Tensor, block_m: int, block_n: int) -> bool:
    """Whether :func:`attention_fwd_tma` takes these operands with these tiles."""
    n, m, d = q.shape[2], k.shape[2], q.shape[3]
    return (n == m and n % block_m == 0 and n % block_n == 0 and d in (64, 128)
            and q.dtype == torch.float8_e4m3fn)


@triton.jit
def _tma_loop(acc, l_i, m_i, q, qs2, desc_k, desc_v, KS_base, offs_m, row0, vrow0, lo, hi,
              N_CTX, log2_p_scale, MASK: tl.constexpr, BLOCK_N: tl.constexpr,
              HW_CAST: tl.constexpr, WARP_SPEC: tl.constexpr, KS_TILE: tl.constexpr):
    for start_n in tl.range(lo, hi, BLOCK_N, warp_specialize=WARP_SPEC):
        start_n = tl.multiple_of(start_n, BLOCK_N)
        k = desc_k.load([row0 + start_n, 0])
        if KS_TILE:
            t = tl.dot(q, k.T)
            row_scale = qs2 * tl.load(KS_base + start_n)
        else:
            t = tl.dot(q, k.T) * tl.load(KS_base + start_n + tl.arange(0, BLOCK_N))[None, :]
            row_scale = qs2
        if MASK:
            t = _mask_scores(t, offs_m, start_n + tl.arange(0, BLOCK_N), N_CTX, N_CTX, True)
        vt = desc_v.load([vrow0, start_n])
        acc, l_i, m_i = _fast_step(acc, l_i, m_i, t, row_scale, vt.T, log2_p_scale, MASK,
                                   HW_CAST, False)
    return acc, l_i, m_i


@triton.jit
def _tma_block(desc_q, desc_k, desc_v, QS, KS, VS, Out, LSE, qk_scale2, log2_p_scale,
               stride_oz, stride_oh, stride_om, stride_od, start_m, off_hz, H, N_CTX,
               HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
               CAUSAL: tl.constexpr, HW_CAST: tl.constexpr, WARP_SPEC: tl.constexpr,
               KS_TILE: tl.constexpr):
    off_z = off_hz // H
    off_h = off_hz % H
    row0 = off_hz * N_CTX
    offs_m = start_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_d = tl.arange(0, HEAD_DIM)
    q = desc_q.load([row0 + start_m * BLOCK_M, 0])
    qs2 = tl.load(QS + off_hz.to(tl.int64) * N_CTX + offs_m) * qk_scale2
    KS_base = KS + off_hz.to(tl.int64) * N_CTX
    m_i = tl.zeros([BLOCK_M], dtype=tl.float32) - float("inf")
    l_i = tl.zeros([BLOCK_M], dtype=tl.float32)
    acc = tl.zeros([BLOCK_M, HEAD_DIM], dtype=tl.float32)
    unmasked_end, hi = _key_range(start_m, N_CTX, N_CTX, BLOCK_M, BLOCK_N, CAUSAL)
    vrow0 = off_hz * HEAD_DIM
    acc, l_i, m_i = _tma_loop(acc, l_i, m_i, q, qs2, desc_k, desc_v, KS_base, offs_m, row0, vrow0,
                              0, unmasked_end, N_CTX, log2_p_scale, False, BLOCK_N, HW_CAST,
                              WARP_SPEC, KS_TILE)
    if CAUSAL:
        acc, l_i, m_i = _tma_loop(acc, l_i, m_i, q, qs2, desc_k, desc_v, KS_base, offs_m, row0,
                                  vrow0, unmasked_end, hi, N_CTX, log2_p_scale, True, BLOCK_N,
                                  HW_CAST, False, KS_TILE)
    out, lse = _fast_finish(acc, l_i, m_i, VS, off_hz, offs_d, log2_p_scale, HEAD_DIM)
    _store_out(Out, LSE, out, lse, l_i, off_z, off_h, off_hz, offs_m, offs_d, offs_m < N_CTX,
               stride_oz, stride_oh, stride_om, stride_od, N_CTX)


@triton.jit
def _attn_fwd_tma(desc_q, desc_k, desc_v, QS, KS, VS, Out, LSE, qk_scale2, log2_p_scale,
                  stride_oz, stride_oh, stride_om, stride_od, H, BH, N_CTX,
                  HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
                  CAUSAL: tl.constexpr, HW_CAST: tl.constexpr, WARP_SPEC: tl.constexpr,
                  PERSISTENT: tl.constexpr, KS_TILE: tl.constexpr):
    if PERSISTENT:
        n_m = N_CTX // BLOCK_M
        for tile in range(tl.program_id(0), n_m * BH, tl.num_programs(0)):
            off_hz = tile % BH
            start_m = n_m - 1 - tile // BH  # the longest causal rows first
            _tma_block(desc_q, desc_k, desc_v, QS, KS, VS, Out, LSE, qk_scale2, log2_p_scale,
                       stride_oz, stride_oh, stride_om, stride_od, start_m, off_hz, H, N_CTX,
                       HEAD_DIM, BLOCK_M, BLOCK_N, CAUSAL, HW_CAST, WARP_SPEC, KS_TILE)
    else:
        _tma_block(desc_q, desc_k, desc_v, QS, KS, VS, Out, LSE, qk_scale2, log2_p_scale,
                   stride_oz, stride_oh, stride_om, stride_od, tl.program_id(0), tl.program_id(1),
                   H, N_CTX, HEAD_DIM, BLOCK_M, BLOCK_N, CAUSAL, HW_CAST, WARP_SPEC, KS_TILE)


def tile_constant(k_scale: torch.Tensor, block_n: int) -> bool:
    """Whether the per-key scales ``k_scale`` [B, H, M] are constant over each ``block_n`` keys
    (then ``k_tile_scale=True`` gives the same result with one scale per tile)."""
    B, H, M = k_scale.shape
    if M % block_n:
        return False
    tiles = k_scale.reshape(B, H, M // block_n, block_n)
    return bool((tiles == tiles[..., :1]).all())


def v_major(v: torch.Tensor) -> torch.Tensor:
    """V [B, H, M, D] as the contiguous [B, H, D, M] copy the TMA kernel reads (no copy when
    ``v`` is already that K-major strided view)."""
    return v.transpose(2, 3).contiguous()


def attention_fwd_tma(q: torch.Tensor, k: torch.Tensor, vt: torch.Tensor,
                      q_scale: torch.Tensor, k_scale: torch.Tensor, v_scale: torch.Tensor,
                      *, causal: bool, sm_scale: float, p_scale: float, block_n: int = 128,
                      block_m: int = 128, num_warps: int = 8, num_stages: int = 3,
                      out_dtype: torch.dtype = torch.float32, warp_specialize: bool = False,
                      persistent: bool = False, k_tile_scale: bool = False,
                      maxnreg: int | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """The fast forward through tensor descriptors: ``(o, lse)``.

    q, k: contiguous e4m3 [B, H, N, D]; ``vt``: contiguous e4m3 [B, H, D, N] (:func:`v_major`);
    scales as for :func:`~paddlecamp.kernels.attention.fwd.attention_fwd_fast`. Raises
    ValueError naming the operand when :func:`supports` is false or a layout is wrong.
    ``k_tile_scale=True`` reads ``k_scale`` once per key tile; the caller guarantees
    :func:`tile_constant` (the kernel does not check it). ``maxnreg`` caps the registers per
    thread (a GPU compile option: more programs per SM where the cap causes no spills).
    """
    from triton.tools.tensor_descriptor import TensorDescriptor

    B, H, N, D = q.shape
    if not supports(q, k, block_m, block_n):
        raise ValueError(f"the TMA forward needs e4m3 q and k of equal length, a multiple of the "
                         f"tiles ({block_m}, {block_n}), and D 64 or 128; got q {tuple(q.shape)} "
                         f"{q.dtype}, k {tuple(k.shape)}")
    for name, t, shape in (("q", q, (B, H, N, D)), ("k", k, (B, H, N, D)), ("vt", vt, (B, H, D, N))):
        if tuple(t.shape) != shape or not t.is_contiguous() or t.dtype != torch.float8_e4m3fn:
            raise ValueError(f"the TMA forward needs {name} as a contiguous e4m3 {shape} tensor; "
                             f"got {tuple(t.shape)} {t.dtype} contiguous={t.is_contiguous()}")
    desc_q = TensorDescriptor(q.view(B * H * N, D), shape=[B * H * N, D], strides=[D, 1],
                              block_shape=[block_m, D])
    desc_k = TensorDescriptor(k.view(B * H * N, D), shape=[B * H * N, D], strides=[D, 1],
                              block_shape=[block_n, D])
    desc_v = TensorDescriptor(vt.view(B * H * D, N), shape=[B * H * D, N], strides=[N, 1],
                              block_shape=[D, block_n])
    o = torch.empty((B, H, N, D), device=q.device, dtype=out_dtype)
    lse = torch.empty((B, H, N), device=q.device, dtype=torch.float32)
    if persistent:
        sms = torch.cuda.get_device_properties(q.device).multi_processor_count if q.is_cuda else 4
        grid: tuple[int, ...] = (min(sms, (N // block_m) * B * H),)
    else:
        grid = (N // block_m, B * H)
    _attn_fwd_tma[grid](
        desc_q, desc_k, desc_v, q_scale, k_scale, v_scale, o, lse,
        float(sm_scale) * 1.4426950408889634, math.log2(float(p_scale)),
        *o.stride(), H, B * H, N,
        HEAD_DIM=D, BLOCK_M=block_m, BLOCK_N=block_n, CAUSAL=causal, HW_CAST=q.is_cuda,
        WARP_SPEC=warp_specialize, PERSISTENT=persistent, KS_TILE=k_tile_scale,
        num_warps=num_warps, num_stages=num_stages,
        **({"maxnreg": maxnreg} if maxnreg and q.is_cuda else {}),
    )
    return o, lse
