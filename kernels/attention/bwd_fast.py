"""The fast FP8-dot backward: the ``fp8-train`` recipes' gradients at GPU speed.

Same products and scales as the exact FP8-dot backward (:mod:`.bwd`, ``FP8_DOTS``) and the
emulator's ``attention_prepared_backward_fp8_dots``:

* ``dV = Pᵀ·dO``: ``P·diag(s_dO)`` rounded to dO's format with one scale per key and query tile,
  times dO's fp8 grid;
* ``dK = dSᵀ·Q``: ``dS·diag(s_Q)`` rounded per key and query tile, times Q's fp8 grid;
* ``dQ = dS·K``: ``dS·diag(s_K)`` rounded per query and key tile, times K's fp8 grid;

every scale outside the fp8 ``tl.dot``, fp32 accumulation. What makes it fast, and not
bit-matched to the emulator:

* the scores ``Q·Kᵀ`` are an fp8 dot of the stored grids (the exact path multiplies dequantized
  fp32 operands), with the per-token scales and ``sm_scale·log2(e)`` applied after it;
* ``dP = dO·Vᵀ`` is an fp16 dot: V's e4m3/e5m2 grid (exact in fp16) against dO's grid times V's
  per-channel scale over its largest power of two, rounded once to fp16 (11 significant bits);
  dO's per-token scale and that power of two multiply the fp32 result (the exact path: fp32).
  The difference ``dP - δ`` cancels, so dP's rounding shows in dS; a first version with dO and
  V dequantized to bf16 (8 bits each) measured 1/3 of the FP8-dot semantics' own distance to
  the dequantizing backward in dK on an H200;
* the quantizers multiply by ``format max / row max`` and cast with the hardware conversion
  (round-to-nearest-even, satfinite) instead of an IEEE division and the rounding helper: a value
  within an ulp of a rounding midpoint may land one grid step away;
* Hopper's fast fp8 accumulation (``FAST_ACC``), which now also adds each tile's product into
  the running dK, dV or dQ (below) at the MMA's own accumulation precision, not in a separate
  fp32 add;
* causal masks only on the tiles that straddle the diagonal;
* dK, dV and dQ are kept in units of the last tile's row scale, so that each fp8 dot
  accumulates into them in place (``_acc_rows``; the row scales are floored at
  :data:`SCALE_FLOOR`), and every tile and per-token scale comes in through a tensor
  descriptor (TMA on Hopper): at 128 keys, 8 warps and 3 stages the dK/dV program needs 16
  bytes of spill per thread instead of 388 (``paddlecamp attention resources``).

The tiles that carry scales are the recipe's (``TILE``): the dK/dV kernel walks query tiles of
``TILE`` rows and owns ``BLOCK_N`` keys (any multiple of ``TILE``; scales are per key row anyway),
the dQ kernel walks key tiles of ``TILE`` keys and owns ``BLOCK_M`` queries. The 8-bit MMA
reads both operands K-major, so the dots whose reduction runs over tokens (dV over queries, dK
over queries, dQ over keys) read transposed copies ``[D, tokens]`` of dO's grid, Q and K.
Lengths must be multiples of the tiles. Under the interpreter (``HW_CAST=False``) the casts go
through the exact rounding helper and dP is an fp32 dot (the interpreter's bf16 dot is not a
bf16 product).
"""
from __future__ import annotations

import torch
import triton
import triton.language as tl
from triton.tools.tensor_descriptor import TensorDescriptor

from .bwd import _bwd_preprocess, _fp8_dot, _to_fp8
from .rounding import FORMAT_MAX, format_code, round_to_grid

#: The least row scale the fast backward's quantizers use (2^-100): its accumulators are kept in
#: units of the last tile's row scale, so a smaller one could overflow them; values under
#: 2^-100 · format max (far below any gradient) lose their bits instead.
SCALE_FLOOR: tl.constexpr = tl.constexpr(2.0 ** -100)


@triton.jit
def _q8_rows(x, FORMAT: tl.constexpr, FMAX: tl.constexpr, HW_CAST: tl.constexpr):
    """Rows of ``x`` onto the fp8 grid with one scale per row (row max / format max, at least
    :data:`SCALE_FLOOR`): returns the fp8 tile and the scales (1 for a zero row)."""
    amax = tl.max(tl.abs(x), 1)
    amax = tl.where(amax > 0, tl.maximum(amax, SCALE_FLOOR * FMAX), FMAX)
    y = x * (FMAX / amax)[:, None]   # a zero row stays zero
    if not HW_CAST:
        y = round_to_grid(y, FORMAT)
    return _to_fp8(y, FORMAT), amax / FMAX


@triton.jit
def _acc_rows(acc, carry, a8, b, a_scale, FAST_ACC: tl.constexpr):
    """``acc·carry + a_scale·(a8·b)`` (row scales) kept as the accumulator in units of
    ``a_scale``: ``acc`` is rescaled in place and the fp8 dot accumulates into it, so no second
    [rows, D] fp32 tile is live. Returns the new accumulator and its carry (``a_scale``)."""
    acc = acc * (carry / a_scale)[:, None]
    if FAST_ACC:
        acc = tl.dot(a8, b, acc)
    else:
        acc = tl.dot(a8, b, acc, max_num_imprecise_acc=0)
    return acc, a_scale


@triton.jit
def _dkdv_tile(dk, dv, ck, cv, k8, vg, ks2, start_n, start_m, bh, desc_q, desc_qt, desc_dov,
               desc_dot8, desc_qs, desc_dos, desc_dps, desc_lse, desc_delta, N_CTX, off,
               HEAD_DIM: tl.constexpr, TILE: tl.constexpr, BLOCK_N: tl.constexpr,
               MASK: tl.constexpr, DS_FMT: tl.constexpr, DS_MAX: tl.constexpr,
               DO_FMT: tl.constexpr, DO_MAX: tl.constexpr, HW_CAST: tl.constexpr,
               FAST_ACC: tl.constexpr):
    offs_m = start_m + tl.arange(0, TILE)
    row0 = bh * N_CTX + start_m
    q8 = desc_q.load([row0, 0])
    qs = desc_qs.load([row0])
    lse2 = desc_lse.load([row0])
    delta = desc_delta.load([row0])
    # Sᵀ = K·Qᵀ on the grids, scales after the dot; Pᵀ from the forward's log-sum-exp.
    st = _fp8_dot(k8, tl.trans(q8), FAST_ACC)
    pt = tl.math.exp2(st * ks2[:, None] * qs[None, :] - lse2[None, :])
    if MASK:
        offs_n = start_n + tl.arange(0, BLOCK_N)
        pt = tl.where(offs_n[:, None] <= offs_m[None, :] + off, pt, 0.0)
    # Transposed tiles [D, TILE] of dO's and Q's grids: K-major operands of the 8-bit MMA.
    a8, a_s = _q8_rows(pt * desc_dos.load([row0])[None, :], DO_FMT, DO_MAX, HW_CAST)
    dv, cv = _acc_rows(dv, cv, a8, tl.trans(desc_dot8.load([bh * HEAD_DIM, start_m])), a_s,
                       FAST_ACC)
    dpt = tl.dot(vg, tl.trans(desc_dov.load([row0, 0]))) * desc_dps.load([row0])[None, :]
    dst = pt * (dpt - delta[None, :])
    b8, b_s = _q8_rows(dst * qs[None, :], DS_FMT, DS_MAX, HW_CAST)
    dk, ck = _acc_rows(dk, ck, b8, tl.trans(desc_qt.load([bh * HEAD_DIM, start_m])), b_s,
                       FAST_ACC)
    return dk, dv, ck, cv


@triton.jit
def _bwd_dkdv_fast(desc_q, desc_qt, desc_k, desc_vg, desc_qs, KS, desc_dov, desc_dot8, desc_dos,
                   desc_dps, desc_lse, desc_delta, DK, DV, sm_scale, qk_scale, N_CTX, M_CTX,
                   HEAD_DIM: tl.constexpr, TILE: tl.constexpr, BLOCK_N: tl.constexpr,
                   CAUSAL: tl.constexpr, DS_FMT: tl.constexpr, DS_MAX: tl.constexpr,
                   DO_FMT: tl.constexpr, DO_MAX: tl.constexpr, HW_CAST: tl.constexpr,
                   FAST_ACC: tl.constexpr):
    start_n = tl.program_id(0) * BLOCK_N
    bh = tl.program_id(1)
    offs_n = start_n + tl.arange(0, BLOCK_N)
    k8 = desc_k.load([bh * M_CTX + start_n, 0])
    vg = desc_vg.load([bh * M_CTX + start_n, 0])
    ks2 = tl.load(KS + bh.to(tl.int64) * M_CTX + offs_n) * qk_scale
    dk = tl.zeros([BLOCK_N, HEAD_DIM], dtype=tl.float32)
    dv = tl.zeros([BLOCK_N, HEAD_DIM], dtype=tl.float32)
    ck = tl.full([BLOCK_N], 1.0, tl.float32)   # the accumulators' row units (_acc_rows)
    cv = tl.full([BLOCK_N], 1.0, tl.float32)
    off = M_CTX - N_CTX   # query i sees key j iff j <= i + off
    lo = 0
    mid = 0
    if CAUSAL:
        lo = (tl.maximum(start_n - off, 0) // TILE) * TILE
        # From mid on, every query of the tile sees every key of this block.
        mid = tl.minimum(tl.maximum(tl.cdiv(start_n + BLOCK_N - 1 - off, TILE) * TILE, lo), N_CTX)
        for start_m in range(lo, mid, TILE):
            dk, dv, ck, cv = _dkdv_tile(dk, dv, ck, cv, k8, vg, ks2, start_n, start_m, bh, desc_q,
                                        desc_qt, desc_dov, desc_dot8, desc_qs, desc_dos, desc_dps,
                                        desc_lse, desc_delta, N_CTX, off, HEAD_DIM, TILE, BLOCK_N,
                                        True, DS_FMT, DS_MAX, DO_FMT, DO_MAX, HW_CAST, FAST_ACC)
    for start_m in range(mid, N_CTX, TILE):
        dk, dv, ck, cv = _dkdv_tile(dk, dv, ck, cv, k8, vg, ks2, start_n, start_m, bh, desc_q,
                                    desc_qt, desc_dov, desc_dot8, desc_qs, desc_dos, desc_dps,
                                    desc_lse, desc_delta, N_CTX, off, HEAD_DIM, TILE, BLOCK_N,
                                    False, DS_FMT, DS_MAX, DO_FMT, DO_MAX, HW_CAST, FAST_ACC)
    kv = (bh.to(tl.int64) * M_CTX + offs_n)[:, None] * HEAD_DIM + tl.arange(0, HEAD_DIM)[None, :]
    tl.store(DK + kv, dk * (ck * sm_scale)[:, None])
    tl.store(DV + kv, dv * cv[:, None])


@triton.jit
def _dq_tile(dq, cq, q8, qs2, dov, dps, lse2, delta, start_m, start_n, bh, desc_k, desc_kt,
             desc_vg, desc_ks, M_CTX, off, HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr,
             TILE: tl.constexpr, MASK: tl.constexpr, DS_FMT: tl.constexpr,
             DS_MAX: tl.constexpr, HW_CAST: tl.constexpr, FAST_ACC: tl.constexpr):
    offs_n = start_n + tl.arange(0, TILE)
    k8 = desc_k.load([bh * M_CTX + start_n, 0])
    ks = desc_ks.load([bh * M_CTX + start_n])
    s = _fp8_dot(q8, tl.trans(k8), FAST_ACC)
    p = tl.math.exp2(s * qs2[:, None] * ks[None, :] - lse2[:, None])
    if MASK:
        offs_m = start_m + tl.arange(0, BLOCK_M)
        p = tl.where(offs_n[None, :] <= offs_m[:, None] + off, p, 0.0)
    dp = tl.dot(dov, tl.trans(desc_vg.load([bh * M_CTX + start_n, 0]))) * dps[:, None]
    ds = p * (dp - delta[:, None])
    c8, c_s = _q8_rows(ds * ks[None, :], DS_FMT, DS_MAX, HW_CAST)
    return _acc_rows(dq, cq, c8, tl.trans(desc_kt.load([bh * HEAD_DIM, start_n])), c_s, FAST_ACC)


@triton.jit
def _bwd_dq_fast(desc_q, desc_k, desc_kt, desc_vg, QS, desc_ks, desc_dov, DPS, LSE, Delta, DQ,
                 sm_scale, qk_scale, N_CTX, M_CTX, HEAD_DIM: tl.constexpr,
                 BLOCK_M: tl.constexpr, TILE: tl.constexpr, CAUSAL: tl.constexpr,
                 DS_FMT: tl.constexpr, DS_MAX: tl.constexpr, HW_CAST: tl.constexpr,
                 FAST_ACC: tl.constexpr):
    start_m = tl.program_id(0) * BLOCK_M
    bh = tl.program_id(1)
    rows = bh.to(tl.int64) * N_CTX + start_m + tl.arange(0, BLOCK_M)
    q8 = desc_q.load([bh * N_CTX + start_m, 0])
    dov = desc_dov.load([bh * N_CTX + start_m, 0])
    qs2 = tl.load(QS + rows) * qk_scale
    dps = tl.load(DPS + rows)
    lse2 = tl.load(LSE + rows)
    delta = tl.load(Delta + rows)
    dq = tl.zeros([BLOCK_M, HEAD_DIM], dtype=tl.float32)
    cq = tl.full([BLOCK_M], 1.0, tl.float32)
    off = M_CTX - N_CTX
    hi = M_CTX
    mid = M_CTX
    if CAUSAL:
        hi = tl.minimum(tl.maximum(start_m + BLOCK_M + off, 0), M_CTX)
        # Below mid every key of the tile is seen by every query of this block.
        mid = tl.minimum(tl.maximum(((start_m + off + 1) // TILE) * TILE, 0), hi)
    for start_n in range(0, mid, TILE):
        dq, cq = _dq_tile(dq, cq, q8, qs2, dov, dps, lse2, delta, start_m, start_n, bh, desc_k,
                          desc_kt, desc_vg, desc_ks, M_CTX, off, HEAD_DIM, BLOCK_M, TILE, False,
                          DS_FMT, DS_MAX, HW_CAST, FAST_ACC)
    if CAUSAL:
        for start_n in range(mid, hi, TILE):
            dq, cq = _dq_tile(dq, cq, q8, qs2, dov, dps, lse2, delta, start_m, start_n, bh,
                              desc_k, desc_kt, desc_vg, desc_ks, M_CTX, off, HEAD_DIM, BLOCK_M,
                              TILE, True, DS_FMT, DS_MAX, HW_CAST, FAST_ACC)
    qd = rows[:, None] * HEAD_DIM + tl.arange(0, HEAD_DIM)[None, :]
    tl.store(DQ + qd, dq * (cq * sm_scale)[:, None])


def supports(n: int, m: int, on_gpu: bool, tile: int = 64) -> bool:
    """Whether :func:`attention_bwd_fast` takes N queries and M keys with its default blocks."""
    block = 128 if on_gpu else tile
    return n % block == 0 and m % block == 0


def attention_bwd_fast(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                       q_scale: torch.Tensor, k_scale: torch.Tensor, v_scale: torch.Tensor,
                       o: torch.Tensor, lse: torch.Tensor, do: torch.Tensor,
                       do_grid: torch.Tensor, do_scale: torch.Tensor, *, causal: bool,
                       sm_scale: float, ds_format: str, do_format: str, tile: int = 64,
                       block_m: int | None = None, block_n: int | None = None,
                       num_warps: int | None = None, num_stages: int | None = None,
                       fast_acc: bool | None = None,
                       ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Gradients ``(dq, dk, dv)`` (float32) of the FP8-dot backward, fast path (module notes).

    q, k: [B, H, N, D] / [B, H, M, D] fp8 grids in ``ds_format`` with per-token float32 scales
    ([B, H, N] / [B, H, M]); v: [B, H, M, D] in any stored type with per-channel ``v_scale``
    [B, H, D]; o, do: [B, H, N, D] (do dequantized); ``do_grid`` dO's fp8 grid in ``do_format``
    with per-token ``do_scale`` [B, H, N]; lse: [B, H, N] natural log. v must be an fp8 grid
    (exact in fp16, dP's operand type). ``tile`` is the recipe's
    tile (the one the quantizers' scales cover); ``block_n`` (keys per dK/dV program) and
    ``block_m`` (queries per dQ program) are multiples of it, and N and M multiples of all three.
    ``fast_acc`` defaults to True on a GPU.
    """
    B, H, N, D = q.shape
    M = k.shape[2]
    on_gpu = q.is_cuda
    bn = block_n or (128 if on_gpu else tile)
    bm = block_m or (128 if on_gpu else tile)
    for name, size in (("block_n", bn), ("block_m", bm)):
        if size % tile:
            raise ValueError(f"{name}={size} is not a multiple of the recipe's tile ({tile})")
    for name, length in (("N", N), ("M", M)):
        if length % max(bn, bm):
            raise ValueError(f"the fast FP8 backward needs {name}={length} to be a multiple of "
                             f"{max(bn, bm)} (its blocks); use the exact kernel (fast=False)")
    if ds_format not in ("e4m3", "e5m2") or do_format not in ("e4m3", "e5m2"):
        raise ValueError(f"ds_format and do_format must be e4m3 or e5m2, got {ds_format!r} and "
                         f"{do_format!r}")
    if v.dtype not in (torch.float8_e4m3fn, torch.float8_e5m2):
        raise ValueError(f"v must be an e4m3 or e5m2 grid for the fast FP8 backward, got {v.dtype}")
    fast_acc = on_gpu if fast_acc is None else fast_acc
    if num_warps is None:
        num_warps = 8 if on_gpu else 4
    if num_stages is None:   # 128 x 128 blocks on 8 warps with 3 stages won the H200 sweep
        num_stages = 3 if on_gpu else 1
    delta = torch.empty((B, H, N), device=q.device, dtype=torch.float32)
    _bwd_preprocess[(triton.cdiv(B * H * N, 64),)](o, do, delta, B * H * N, HEAD_DIM=D, BLOCK=64)
    # Operand layouts (memory passes, a few percent of the kernels' time at N = 8k). dP's
    # operands: V's grid and dO's grid times V's per-channel scale over its largest power of two.
    dp_type = torch.float16 if on_gpu else torch.float32
    top = torch.exp2(torch.ceil(torch.log2(v_scale.amax(-1, keepdim=True).clamp_min(2.0 ** -126))))
    vg = v.to(dp_type).contiguous()
    dov = (do_grid.float() * (v_scale / top)[:, :, None, :]).to(dp_type).contiguous()
    dps = (do_scale * top).contiguous()
    qt = q.transpose(-1, -2).contiguous()
    kt = k.transpose(-1, -2).contiguous()
    dot8 = do_grid.transpose(-1, -2).contiguous()
    lse2 = torch.where(torch.isneginf(lse), torch.inf, lse * 1.4426950408889634).contiguous()
    dq = torch.empty((B, H, N, D), device=q.device, dtype=torch.float32)
    dk = torch.empty((B, H, M, D), device=q.device, dtype=torch.float32)
    dv = torch.empty((B, H, M, D), device=q.device, dtype=torch.float32)
    qk_scale = sm_scale * 1.4426950408889634
    common = dict(HEAD_DIM=D, TILE=tile, CAUSAL=causal, DS_FMT=format_code(ds_format),
                  DS_MAX=FORMAT_MAX[ds_format], HW_CAST=on_gpu, FAST_ACC=fast_acc,
                  num_warps=num_warps, num_stages=num_stages)

    def desc(t: torch.Tensor, block: list[int]) -> TensorDescriptor:
        """``t`` as one 2-D array [rows, last dim] (a vector for a 1-D ``block``), copied in
        ``block`` boxes; the TMA engine wants a 16-byte aligned base, so a view off it is copied."""
        flat = t.contiguous().view(-1) if len(block) == 1 else t.contiguous().view(-1, t.shape[-1])
        if flat.data_ptr() % 16:
            flat = flat.clone()
        return TensorDescriptor(flat, shape=list(flat.shape), strides=list(flat.stride()),
                                block_shape=block)

    _bwd_dkdv_fast[(M // bn, B * H)](desc(q, [tile, D]), desc(qt, [D, tile]), desc(k, [bn, D]),
                                     desc(vg, [bn, D]), desc(q_scale, [tile]), k_scale,
                                     desc(dov, [tile, D]), desc(dot8, [D, tile]),
                                     desc(do_scale, [tile]), desc(dps, [tile]), desc(lse2, [tile]),
                                     desc(delta, [tile]), dk, dv, sm_scale, qk_scale, N, M,
                                     BLOCK_N=bn, DO_FMT=format_code(do_format),
                                     DO_MAX=FORMAT_MAX[do_format], **common)
    _bwd_dq_fast[(N // bm, B * H)](desc(q, [bm, D]), desc(k, [tile, D]), desc(kt, [D, tile]),
                                   desc(vg, [tile, D]), q_scale, desc(k_scale, [tile]),
                                   desc(dov, [bm, D]), dps, lse2, delta, dq, sm_scale, qk_scale,
                                   N, M, BLOCK_M=bm, **common)
    return dq, dk, dv
