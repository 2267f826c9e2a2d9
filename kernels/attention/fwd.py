"""FlashAttention forward for 8-bit (fp8 e4m3/e5m2, int8) or fp32/fp16/bf16 Q, K, V.

One query block per program; the program walks the key tiles in increasing order and keeps the
online-softmax state of FlashAttention (Dao et al.) in registers:

* ``m_i``: running row maximum of the scores (on the GPU in log2 units: log2(e) is folded into
  the scale so that the kernel calls ``exp2``, one instruction);
* ``l_i``: running row sum of ``P = exp(S - m_i)``, always of the UNQUANTIZED fp32 P;
* ``acc``: running ``P_q @ V`` with fp32 accumulation, where ``P_q`` is P scaled by
  ``p_scale`` and rounded onto the 8-bit grid (``round_to_grid``, exact on CPU and GPU).

Per tile:  ``S = (q @ k^T) * q_scale_i * k_scale_j * sm_scale``  (the dot runs on the stored grid
values, exactly, with fp32/int32 accumulation), then ``m_new = max(m_i, rowmax S)``,
``alpha = exp(m_i - m_new)``, ``P = exp(S - m_new)``, ``l_i = l_i * alpha + rowsum P``,
``acc = acc * alpha + P_q @ v``. At the end ``O = acc / (l_i * p_scale) * v_scale`` and
``lse = m_i + log(l_i)`` (natural log, what the backward pass needs).

Per-tile P scale (``P_TILE``, the ``int8`` recipe): P of a tile is taken relative to that
tile's own row maximum ``m_t`` instead of the running one, so every tile fills the 8-bit grid:
``P_q = round(exp(S - m_t) * p_scale)``, ``beta = exp(m_t - m_new)``,
``l_i = l_i * alpha + beta * rowsum exp(S - m_t)``, ``acc = acc * alpha + beta * (P_q @ v)``.
One extra row max, one exp per row and one multiply per output element per tile.

The key tile size ``BLOCK_N`` is part of the semantics, not only a speed knob: P is rounded
relative to the running maximum at the time its tile is processed, so the kernel and the
PyTorch emulator must use the same tile (the recipe's ``block_n``).

The GPU path (``EXACT_EXP=False``) folds ``sm_scale * log2(e)`` into the query scale and uses
``exp2``; the CPU interpreter path (``EXACT_EXP=True``) evaluates ``S`` in the emulator's order
and calls ``exp``, so that rounding P lands on the same grid point as the emulator's almost
always. Either way a P value within an ulp or two of a rounding midpoint can land one grid step
apart (a "P flip"): rare, and the tests say how they allow for it.

Masking: keys beyond ``M`` and, when causal, key ``j > i + (M - N)`` (bottom-right aligned, as
FlashAttention-2 does for N != M). Tiles that no row of the block masks run without masks (the
common case); the remaining tiles run the masked variant.

fp8 dots on Hopper: the tensor core's fp8 accumulator keeps fewer than fp32's 24 mantissa
bits, and Triton by default lets it run over the whole reduction. The kernel passes
``max_num_imprecise_acc=0`` (promote to fp32 after each MMA instruction), which is what makes
the GPU agree with the exact emulator; ``FAST_ACC`` (``fast_acc=True``) restores the default.

Dot precision by operand type (all exact products, fp32 or int32 accumulation):
q/k fp8 -> fp8 dot; int8 -> int8 dot; fp16/bf16 -> that dot; fp32 -> fp32 dot with
``input_precision="ieee"`` (no TF32 on the GPU, so that CPU and GPU agree). For ``P_q @ V``:
fp8 P with fp8 V of the same format uses the fp8 dot; int8 or uint8 P with int8 V uses the
int8 dot (uint8 as ``(P - 128) @ V + 128 * colsum(V)``, exact in int32); other mixes go through fp16 or bf16 (every e4m3, e5m2, int8 and uint8 value is exact in both).
"""
from __future__ import annotations

import math

import torch
import triton
import triton.language as tl

from .rounding import round_to_grid


@triton.jit
def _pv_dot(p, v, acc, P_FORMAT: tl.constexpr, V_KIND: tl.constexpr, FAST_ACC: tl.constexpr):
    """acc += P @ V with the exact dot that the two operand types allow.

    V_KIND: 0 fp32, 1 fp16, 2 bf16, 3 e4m3, 4 e5m2, 5 int8.
    """
    if P_FORMAT == 0:
        if V_KIND == 0:
            acc = tl.dot(p, v, acc, input_precision="ieee")
        elif V_KIND == 1 or V_KIND == 2:
            acc = tl.dot(p.to(v.dtype), v, acc)
        else:
            acc = tl.dot(p, v.to(tl.float32), acc, input_precision="ieee")
    elif P_FORMAT == 3 and V_KIND == 5:
        acc += tl.dot(p.to(tl.int8), v, out_dtype=tl.int32).to(tl.float32)
    elif P_FORMAT == 4 and V_KIND == 5:
        # uint8 P on the int8 MMA: P·V = (P - 128)·V + 128·colsum(V), all exact in int32.
        pv = tl.dot((p - 128.0).to(tl.int8), v, out_dtype=tl.int32)
        pv += 128 * tl.sum(v.to(tl.int32), 0)[None, :]
        acc += pv.to(tl.float32)
    elif (P_FORMAT == 1 and V_KIND == 3) or (P_FORMAT == 2 and V_KIND == 4):
        # p is already on v's grid, so the cast only copies bits (exact in the interpreter too).
        if FAST_ACC:
            acc = tl.dot(p.to(v.dtype), v, acc)
        else:
            acc = tl.dot(p.to(v.dtype), v, acc, max_num_imprecise_acc=0)
    elif V_KIND == 0:
        acc = tl.dot(p, v, acc, input_precision="ieee")
    elif V_KIND == 2:
        # Every e4m3/e5m2/int8/uint8 value has at most 8 significant bits: exact in bf16.
        acc = tl.dot(p.to(tl.bfloat16), v, acc)
    else:
        acc = tl.dot(p.to(tl.float16), v.to(tl.float16), acc)
    return acc


@triton.jit
def _exp(x, EXACT_EXP: tl.constexpr):
    """exp(x) on the interpreter path; 2**x (x in log2 units) on the GPU path."""
    if EXACT_EXP:
        return tl.exp(x)
    return tl.math.exp2(x)


@triton.jit
def _key_range(start_m, N_CTX_Q, N_CTX_K, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
               CAUSAL: tl.constexpr):
    """``(unmasked_end, hi)``: a query block visits keys [0, hi); the whole tiles below
    ``unmasked_end`` are masked for none of its rows (they run without masks)."""
    full_tiles_end = (N_CTX_K // BLOCK_N) * BLOCK_N
    if CAUSAL:
        first_row_limit = start_m * BLOCK_M + (N_CTX_K - N_CTX_Q) + 1  # keys < this: visible to all rows
        last_row_limit = (start_m + 1) * BLOCK_M + (N_CTX_K - N_CTX_Q)  # keys < this: visible to some row
        hi = tl.minimum(tl.maximum(last_row_limit, 0), N_CTX_K)
        unmasked_end = tl.minimum((tl.maximum(first_row_limit, 0) // BLOCK_N) * BLOCK_N, full_tiles_end)
    else:
        hi = N_CTX_K
        unmasked_end = full_tiles_end
    return unmasked_end, hi


@triton.jit
def _mask_scores(s, offs_m, offs_n, N_CTX_Q, N_CTX_K, CAUSAL: tl.constexpr):
    """-inf for keys beyond M and, when causal, key j > i + (M - N)."""
    keep = offs_n[None, :] < N_CTX_K
    if CAUSAL:
        keep = keep & (offs_n[None, :] <= offs_m[:, None] + (N_CTX_K - N_CTX_Q))
    return tl.where(keep, s, float("-inf"))


@triton.jit
def _store_out(Out, LSE, out, lse, l_i, off_z, off_h, off_hz, offs_m, offs_d, row_ok,
               stride_oz, stride_oh, stride_om, stride_od, N_CTX_Q):
    """Write O and lse; a causal row that saw no key (l = 0) gets lse = -inf."""
    lse = tl.where(l_i == 0.0, float("-inf"), lse)
    tl.store(LSE + off_hz.to(tl.int64) * N_CTX_Q + offs_m, lse, mask=row_ok)
    o_base = Out + off_z.to(tl.int64) * stride_oz + off_h.to(tl.int64) * stride_oh
    tl.store(o_base + offs_m[:, None] * stride_om + offs_d[None, :] * stride_od,
             out.to(Out.dtype.element_ty), mask=row_ok[:, None])


@triton.jit
def _e2m1(c):
    """float32 value of 4-bit e2m1 codes (int32 0..15; OCP layout s|ee|m)."""
    e = (c >> 1) & 3
    m = (c & 1).to(tl.float32)
    mag = tl.where(e == 0, 0.5 * m, (2.0 + m) * tl.where(e == 1, 0.5, tl.where(e == 2, 1.0, 2.0)))
    return tl.where((c & 8) != 0, -mag, mag)


@triton.jit
def _fp4_halves(codes, scale_lo, scale_hi, QK_FP4: tl.constexpr, F32: tl.constexpr):
    """Both halves of packed e2m1 codes times their group scales, as bf16 (exact: an e2m1 value
    has 2 significant bits, an e4m3 or e8m0 scale at most 4, bf16 holds 8 and fp32's range).

    QK_FP4: 1 NVFP4 (e4m3 scales), 2 MXFP4 (e8m0 scales: 2 ** (e - 127), built from bits).
    ``F32=True`` keeps fp32 instead (the interpreter: its bf16 ``tl.dot`` multiplies the raw
    uint16 storage bits, so on CPU the dot runs in fp32 on the same exact values).
    """
    c = codes.to(tl.int32)
    if QK_FP4 == 1:
        s_lo = scale_lo.to(tl.float32)
        s_hi = scale_hi.to(tl.float32)
    else:
        s_lo = (scale_lo.to(tl.int32) << 23).to(tl.float32, bitcast=True)
        s_hi = (scale_hi.to(tl.int32) << 23).to(tl.float32, bitcast=True)
    lo = _e2m1(c & 15) * s_lo
    hi = _e2m1(c >> 4) * s_hi
    if F32:
        return lo, hi
    return lo.to(tl.bfloat16), hi.to(tl.bfloat16)


@triton.jit
def _attn_fwd_inner(acc, l_i, m_i, q, q_hi, q_scale2, sm_scale,
                    K_base, V_base, KS_base, KG_base, stride_kn, stride_kd, stride_vn, stride_vd,
                    offs_m, offs_d, lo, hi, N_CTX_Q, N_CTX_K,
                    MASK: tl.constexpr, CAUSAL: tl.constexpr,
                    BLOCK_N: tl.constexpr, P_FORMAT: tl.constexpr, P_SCALE: tl.constexpr,
                    QK_INT: tl.constexpr, QK_IEEE: tl.constexpr, V_KIND: tl.constexpr,
                    EXACT_EXP: tl.constexpr, FAST_ACC: tl.constexpr, P_TILE: tl.constexpr,
                    QK_FP4: tl.constexpr, FP4_GROUP: tl.constexpr, HEAD_DIM: tl.constexpr):
    offs_n0 = tl.arange(0, BLOCK_N)
    for start_n in range(lo, hi, BLOCK_N):
        start_n = tl.multiple_of(start_n, BLOCK_N)
        offs_n = start_n + offs_n0
        v_ptrs = V_base + offs_n[:, None] * stride_vn + offs_d[None, :] * stride_vd
        if MASK:
            v = tl.load(v_ptrs, mask=offs_n[:, None] < N_CTX_K, other=0.0)
            k_scale = tl.load(KS_base + offs_n, mask=offs_n < N_CTX_K, other=0.0)
        else:
            v = tl.load(v_ptrs)
            k_scale = tl.load(KS_base + offs_n)
        if QK_FP4 != 0:
            # Packed e2m1 K, [D/2, BLOCK_N] bytes: low nibbles are channels [0, D/2), high
            # nibbles [D/2, D); each half is decoded with its group scales.
            HALF: tl.constexpr = HEAD_DIM // 2
            NG: tl.constexpr = HEAD_DIM // FP4_GROUP
            offs_h = tl.arange(0, HALF)
            c_ptrs = K_base + offs_n[None, :] * stride_kn + offs_h[:, None] * stride_kd
            g_lo = KG_base + offs_n[None, :] * NG + (offs_h // FP4_GROUP)[:, None]
            g_hi = KG_base + offs_n[None, :] * NG + ((offs_h + HALF) // FP4_GROUP)[:, None]
            if MASK:
                key_ok = offs_n[None, :] < N_CTX_K
                kc = tl.load(c_ptrs, mask=key_ok, other=0)
                ks_lo = tl.load(g_lo, mask=key_ok, other=0.0)
                ks_hi = tl.load(g_hi, mask=key_ok, other=0.0)
            else:
                kc = tl.load(c_ptrs)
                ks_lo = tl.load(g_lo)
                ks_hi = tl.load(g_hi)
            k_lo, k_hi = _fp4_halves(kc, ks_lo, ks_hi, QK_FP4, EXACT_EXP)
        else:
            k_ptrs = K_base + offs_n[None, :] * stride_kn + offs_d[:, None] * stride_kd
            if MASK:
                kt = tl.load(k_ptrs, mask=offs_n[None, :] < N_CTX_K, other=0.0)
            else:
                kt = tl.load(k_ptrs)
        # -- S = q k^T on the stored grid values, exact; scales applied in fp32 afterwards --
        if QK_FP4 != 0:
            # Products of exact values with fp32 accumulation (bf16 tensor cores on the GPU,
            # fp32 in the interpreter); a dot's sum ignores term order, so halves just add.
            if EXACT_EXP:
                qk = tl.dot(q, k_lo, input_precision="ieee") + tl.dot(q_hi, k_hi, input_precision="ieee")
            else:
                qk = tl.dot(q, k_lo) + tl.dot(q_hi, k_hi)
        elif QK_INT:
            qk = tl.dot(q, kt, out_dtype=tl.int32).to(tl.float32)
        elif QK_IEEE:
            qk = tl.dot(q, kt, input_precision="ieee")
        elif FAST_ACC:
            qk = tl.dot(q, kt)
        else:
            qk = tl.dot(q, kt, max_num_imprecise_acc=0)
        if EXACT_EXP:
            qk = qk * q_scale2[:, None] * k_scale[None, :] * sm_scale
        else:
            qk = qk * q_scale2[:, None] * k_scale[None, :]  # log2 units: log2(e) * sm_scale folded in
        if MASK:
            qk = _mask_scores(qk, offs_m, offs_n, N_CTX_Q, N_CTX_K, CAUSAL)
        # -- online softmax --
        m_new = tl.maximum(m_i, tl.max(qk, 1))
        # A row with every key masked so far keeps m = -inf; subtracting 0 instead avoids NaN.
        m_sub = tl.where(m_new == float("-inf"), 0.0, m_new)
        alpha = _exp(m_i - m_sub, EXACT_EXP)
        acc = acc * alpha[:, None]
        if P_TILE:
            # P of this tile relative to the tile's own row max, so the 8-bit grid is filled;
            # the tile's product is scaled back by beta = exp(m_tile - m_new) <= 1.
            m_t = tl.max(qk, 1)
            m_t = tl.where(m_t == float("-inf"), m_sub, m_t)
            beta = _exp(m_t - m_sub, EXACT_EXP)
            p = _exp(qk - m_t[:, None], EXACT_EXP)
            l_i = l_i * alpha + tl.sum(p, 1) * beta
            p = round_to_grid(p * P_SCALE, P_FORMAT)
            tile = _pv_dot(p, v, tl.zeros_like(acc), P_FORMAT, V_KIND, FAST_ACC)
            acc += tile * beta[:, None]
        else:
            p = _exp(qk - m_sub[:, None], EXACT_EXP)
            l_i = l_i * alpha + tl.sum(p, 1)
            if P_FORMAT != 0:
                p = round_to_grid(p * P_SCALE, P_FORMAT)
            acc = _pv_dot(p, v, acc, P_FORMAT, V_KIND, FAST_ACC)
        m_i = m_new
    return acc, l_i, m_i


@triton.jit
def _attn_fwd(Q, K, V, QS, KS, VS, QG, KG, Out, LSE, sm_scale,
              stride_qz, stride_qh, stride_qm, stride_qd,
              stride_kz, stride_kh, stride_kn, stride_kd,
              stride_vz, stride_vh, stride_vn, stride_vd,
              stride_oz, stride_oh, stride_om, stride_od,
              H, N_CTX_Q, N_CTX_K,
              HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
              CAUSAL: tl.constexpr, P_FORMAT: tl.constexpr, P_SCALE: tl.constexpr,
              QK_INT: tl.constexpr, QK_IEEE: tl.constexpr, V_KIND: tl.constexpr,
              EXACT_EXP: tl.constexpr, FAST_ACC: tl.constexpr, P_TILE: tl.constexpr,
              QK_FP4: tl.constexpr, FP4_GROUP: tl.constexpr):
    start_m = tl.program_id(0)
    off_hz = tl.program_id(1)
    off_z = off_hz // H
    off_h = off_hz % H
    offs_m = start_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_d = tl.arange(0, HEAD_DIM)
    q_base = Q + off_z.to(tl.int64) * stride_qz + off_h.to(tl.int64) * stride_qh
    K_base = K + off_z.to(tl.int64) * stride_kz + off_h.to(tl.int64) * stride_kh
    V_base = V + off_z.to(tl.int64) * stride_vz + off_h.to(tl.int64) * stride_vh
    row_ok = offs_m < N_CTX_Q
    KG_base = KG
    if QK_FP4 != 0:
        # Packed e2m1 Q [BLOCK_M, D/2] bytes and its group scales [B*H, N, D/FP4_GROUP].
        HALF: tl.constexpr = HEAD_DIM // 2
        NG: tl.constexpr = HEAD_DIM // FP4_GROUP
        offs_h = tl.arange(0, HALF)
        qc = tl.load(q_base + offs_m[:, None] * stride_qm + offs_h[None, :] * stride_qd,
                     mask=row_ok[:, None], other=0)
        qg_base = QG + off_hz.to(tl.int64) * N_CTX_Q * NG + offs_m[:, None] * NG
        qs_lo = tl.load(qg_base + (offs_h // FP4_GROUP)[None, :], mask=row_ok[:, None], other=0.0)
        qs_hi = tl.load(qg_base + ((offs_h + HALF) // FP4_GROUP)[None, :], mask=row_ok[:, None],
                        other=0.0)
        q, q_hi = _fp4_halves(qc, qs_lo, qs_hi, QK_FP4, EXACT_EXP)
        KG_base = KG + off_hz.to(tl.int64) * N_CTX_K * NG
    else:
        q = tl.load(q_base + offs_m[:, None] * stride_qm + offs_d[None, :] * stride_qd,
                    mask=row_ok[:, None], other=0.0)
        q_hi = q
    # Per-token scales are contiguous [B*H, N]; fold sm_scale * log2(e) into the query's.
    q_scale2 = tl.load(QS + off_hz.to(tl.int64) * N_CTX_Q + offs_m, mask=row_ok, other=0.0)
    if not EXACT_EXP:
        q_scale2 = q_scale2 * (sm_scale * 1.4426950408889634)
    KS_base = KS + off_hz.to(tl.int64) * N_CTX_K

    m_i = tl.zeros([BLOCK_M], dtype=tl.float32) - float("inf")
    l_i = tl.zeros([BLOCK_M], dtype=tl.float32)
    acc = tl.zeros([BLOCK_M, HEAD_DIM], dtype=tl.float32)

    unmasked_end, hi = _key_range(start_m, N_CTX_Q, N_CTX_K, BLOCK_M, BLOCK_N, CAUSAL)
    acc, l_i, m_i = _attn_fwd_inner(acc, l_i, m_i, q, q_hi, q_scale2, sm_scale, K_base, V_base,
                                    KS_base, KG_base,
                                    stride_kn, stride_kd, stride_vn, stride_vd,
                                    offs_m, offs_d, 0, unmasked_end, N_CTX_Q, N_CTX_K,
                                    False, CAUSAL, BLOCK_N, P_FORMAT, P_SCALE, QK_INT, QK_IEEE, V_KIND,
                                    EXACT_EXP, FAST_ACC, P_TILE, QK_FP4, FP4_GROUP, HEAD_DIM)
    acc, l_i, m_i = _attn_fwd_inner(acc, l_i, m_i, q, q_hi, q_scale2, sm_scale, K_base, V_base,
                                    KS_base, KG_base,
                                    stride_kn, stride_kd, stride_vn, stride_vd,
                                    offs_m, offs_d, unmasked_end, hi, N_CTX_Q, N_CTX_K,
                                    True, CAUSAL, BLOCK_N, P_FORMAT, P_SCALE, QK_INT, QK_IEEE, V_KIND,
                                    EXACT_EXP, FAST_ACC, P_TILE, QK_FP4, FP4_GROUP, HEAD_DIM)
    # -- epilogue: O = acc / (l * p_scale) * v_scale ; lse = m + log(l) in natural-log units --
    v_scale = tl.load(VS + off_hz.to(tl.int64) * HEAD_DIM + offs_d)
    l_safe = tl.where(l_i == 0.0, 1.0, l_i)  # causal rows with no visible key (only when N > M)
    out = acc / (l_safe * P_SCALE)[:, None] * v_scale[None, :]
    if EXACT_EXP:
        lse = m_i + tl.log(l_safe)
    else:
        lse = (m_i + tl.math.log2(l_safe)) * 0.6931471805599453
    _store_out(Out, LSE, out, lse, l_i, off_z, off_h, off_hz, offs_m, offs_d, row_ok,
               stride_oz, stride_oh, stride_om, stride_od, N_CTX_Q)


# --- the GPU fast path --------------------------------------------------------------------------
#
# ``attention_fwd_fast``: the same online softmax on e4m3 Q, K, V and P, with what makes the GPU
# fast and none of what makes it bit-exact:
#
# * P is cast with the hardware conversion (``cvt.rn.satfinite.e4m3x2.f32``: round-to-nearest-
#   even with satfinite, the same grid point as ``round_to_grid``). Only the interpreter's cast is
#   wrong, so under ``TRITON_INTERPRET`` (``HW_CAST=False``) P still goes through the helper.
# * both fp8 dots use Hopper's fast fp8 accumulation (Triton's default on sm_90);
#   ``TWO_LEVEL=True`` keeps the fast accumulator within one key tile only and adds each tile's
#   ``P_q @ V`` into the fp32 output accumulator with an ordinary fp32 add (SageAttention 2's
#   two-level accumulation; one extra [BLOCK_M, D] add per tile).
# * scales: ``sm_scale * log2(e)`` is folded into the per-token Q scale (``exp2``); the per-token
#   Q scale is applied after the row maximum, fused with the subtraction of the maximum into one
#   FMA per score; ``log2(p_scale)`` is folded into that maximum, so P comes out of ``exp2``
#   already scaled for the cast and ``l_i`` sums the scaled P (the scale cancels in ``acc / l``).
#   Per score: one multiply (K scale), one max, one FMA, ``exp2``, one add, half a cvt.
# * ``WARP_SPEC=True`` asks Triton to warp-specialize the key loop (``tl.range(...,
#   warp_specialize=True)``; an experiment on Hopper, off by default).
#
# Requires positive Q scales (they are ``amax / 448``; an all-zero row has a tiny positive one).


@triton.jit
def _fast_tile(acc, l_i, m_i, q, qs2, K_base, V_base, KS_base, stride_kn, stride_kd, stride_vn,
               stride_vd, offs_m, offs_d, start_n, N_CTX_Q, N_CTX_K, log2_p_scale,
               MASK: tl.constexpr, CAUSAL: tl.constexpr, BLOCK_N: tl.constexpr,
               HW_CAST: tl.constexpr, TWO_LEVEL: tl.constexpr):
    offs_n = start_n + tl.arange(0, BLOCK_N)
    k_ptrs = K_base + offs_n[None, :] * stride_kn + offs_d[:, None] * stride_kd
    v_ptrs = V_base + offs_n[:, None] * stride_vn + offs_d[None, :] * stride_vd
    if MASK:
        kt = tl.load(k_ptrs, mask=offs_n[None, :] < N_CTX_K, other=0.0)
        k_scale = tl.load(KS_base + offs_n, mask=offs_n < N_CTX_K, other=0.0)
    else:
        kt = tl.load(k_ptrs)
        k_scale = tl.load(KS_base + offs_n)
    t = tl.dot(q, kt) * k_scale[None, :]          # S / (q_scale * sm_scale * log2 e)
    if MASK:
        t = _mask_scores(t, offs_m, offs_n, N_CTX_Q, N_CTX_K, CAUSAL)
        v = tl.load(v_ptrs, mask=offs_n[:, None] < N_CTX_K, other=0.0)
    else:
        v = tl.load(v_ptrs)
    return _fast_step(acc, l_i, m_i, t, qs2, v, log2_p_scale, MASK, HW_CAST, TWO_LEVEL)


@triton.jit
def _fast_step(acc, l_i, m_i, t, qs2, v, log2_p_scale, MASK: tl.constexpr, HW_CAST: tl.constexpr,
               TWO_LEVEL: tl.constexpr):
    """One key tile of the fast online softmax: ``t`` = (Q·Kᵀ) times the K scales (masked
    scores -inf), ``v`` the tile's e4m3 V [BLOCK_N, D]; returns the new ``(acc, l_i, m_i)``."""
    m_new = tl.maximum(m_i, tl.max(t, 1) * qs2)  # qs2 > 0, so max(t) * qs2 = max(t * qs2)
    if MASK:
        # A row with every key masked so far keeps m = -inf; subtracting 0 instead avoids NaN.
        m_safe = tl.where(m_new == float("-inf"), 0.0, m_new)
    else:
        m_safe = m_new
    alpha = tl.math.exp2(m_i - m_safe)
    # p = p_scale * exp(S - m): one FMA and one exp2 per score.
    p = tl.math.exp2(t * qs2[:, None] - (m_safe - log2_p_scale)[:, None])
    l_i = l_i * alpha + tl.sum(p, 1)
    if HW_CAST:
        p8 = p.to(tl.float8e4nv)
    else:
        p8 = round_to_grid(p, 1).to(tl.float8e4nv)
    acc = acc * alpha[:, None]
    if TWO_LEVEL:
        acc += tl.dot(p8, v)
    else:
        acc = tl.dot(p8, v, acc)
    return acc, l_i, m_new


@triton.jit
def _fast_finish(acc, l_i, m_i, VS, off_hz, offs_d, log2_p_scale, HEAD_DIM: tl.constexpr):
    """Epilogue of the fast forward: ``(O, lse)``. ``l_i`` already carries p_scale, so
    O = acc / l * v_scale; lse in natural-log units."""
    v_scale = tl.load(VS + off_hz.to(tl.int64) * HEAD_DIM + offs_d)
    l_safe = tl.where(l_i == 0.0, 1.0, l_i)
    out = acc * (1.0 / l_safe)[:, None] * v_scale[None, :]
    lse = (m_i + tl.math.log2(l_safe) - log2_p_scale) * 0.6931471805599453
    return out, lse


@triton.jit
def _fast_loop(acc, l_i, m_i, q, qs2, K_base, V_base, KS_base, stride_kn, stride_kd, stride_vn,
               stride_vd, offs_m, offs_d, lo, hi, N_CTX_Q, N_CTX_K, log2_p_scale,
               MASK: tl.constexpr, CAUSAL: tl.constexpr, BLOCK_N: tl.constexpr,
               HW_CAST: tl.constexpr, TWO_LEVEL: tl.constexpr, WARP_SPEC: tl.constexpr):
    if WARP_SPEC:
        for start_n in tl.range(lo, hi, BLOCK_N, warp_specialize=True):
            start_n = tl.multiple_of(start_n, BLOCK_N)
            acc, l_i, m_i = _fast_tile(acc, l_i, m_i, q, qs2, K_base, V_base, KS_base, stride_kn,
                                       stride_kd, stride_vn, stride_vd, offs_m, offs_d, start_n,
                                       N_CTX_Q, N_CTX_K, log2_p_scale, MASK, CAUSAL, BLOCK_N,
                                       HW_CAST, TWO_LEVEL)
    else:
        for start_n in range(lo, hi, BLOCK_N):
            start_n = tl.multiple_of(start_n, BLOCK_N)
            acc, l_i, m_i = _fast_tile(acc, l_i, m_i, q, qs2, K_base, V_base, KS_base, stride_kn,
                                       stride_kd, stride_vn, stride_vd, offs_m, offs_d, start_n,
                                       N_CTX_Q, N_CTX_K, log2_p_scale, MASK, CAUSAL, BLOCK_N,
                                       HW_CAST, TWO_LEVEL)
    return acc, l_i, m_i


@triton.jit
def _attn_fwd_fast(Q, K, V, QS, KS, VS, Out, LSE, qk_scale2, log2_p_scale,
                   stride_qz, stride_qh, stride_qm, stride_qd,
                   stride_kz, stride_kh, stride_kn, stride_kd,
                   stride_vz, stride_vh, stride_vn, stride_vd,
                   stride_oz, stride_oh, stride_om, stride_od,
                   H, N_CTX_Q, N_CTX_K,
                   HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
                   CAUSAL: tl.constexpr, HW_CAST: tl.constexpr, TWO_LEVEL: tl.constexpr,
                   WARP_SPEC: tl.constexpr):
    start_m = tl.program_id(0)
    off_hz = tl.program_id(1)
    off_z = off_hz // H
    off_h = off_hz % H
    offs_m = start_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_d = tl.arange(0, HEAD_DIM)
    q_base = Q + off_z.to(tl.int64) * stride_qz + off_h.to(tl.int64) * stride_qh
    K_base = K + off_z.to(tl.int64) * stride_kz + off_h.to(tl.int64) * stride_kh
    V_base = V + off_z.to(tl.int64) * stride_vz + off_h.to(tl.int64) * stride_vh
    row_ok = offs_m < N_CTX_Q
    q = tl.load(q_base + offs_m[:, None] * stride_qm + offs_d[None, :] * stride_qd,
                mask=row_ok[:, None], other=0.0)
    # Per-token Q scale with sm_scale * log2(e) folded in, once per query block.
    qs2 = tl.load(QS + off_hz.to(tl.int64) * N_CTX_Q + offs_m, mask=row_ok, other=1.0) * qk_scale2
    KS_base = KS + off_hz.to(tl.int64) * N_CTX_K

    m_i = tl.zeros([BLOCK_M], dtype=tl.float32) - float("inf")
    l_i = tl.zeros([BLOCK_M], dtype=tl.float32)
    acc = tl.zeros([BLOCK_M, HEAD_DIM], dtype=tl.float32)

    unmasked_end, hi = _key_range(start_m, N_CTX_Q, N_CTX_K, BLOCK_M, BLOCK_N, CAUSAL)
    acc, l_i, m_i = _fast_loop(acc, l_i, m_i, q, qs2, K_base, V_base, KS_base,
                               stride_kn, stride_kd, stride_vn, stride_vd, offs_m, offs_d,
                               0, unmasked_end, N_CTX_Q, N_CTX_K, log2_p_scale,
                               False, CAUSAL, BLOCK_N, HW_CAST, TWO_LEVEL, WARP_SPEC)
    acc, l_i, m_i = _fast_loop(acc, l_i, m_i, q, qs2, K_base, V_base, KS_base,
                               stride_kn, stride_kd, stride_vn, stride_vd, offs_m, offs_d,
                               unmasked_end, hi, N_CTX_Q, N_CTX_K, log2_p_scale,
                               True, CAUSAL, BLOCK_N, HW_CAST, TWO_LEVEL, False)
    out, lse = _fast_finish(acc, l_i, m_i, VS, off_hz, offs_d, log2_p_scale, HEAD_DIM)
    _store_out(Out, LSE, out, lse, l_i, off_z, off_h, off_hz, offs_m, offs_d, row_ok,
               stride_oz, stride_oh, stride_om, stride_od, N_CTX_Q)


def attention_fwd_fast(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                       q_scale: torch.Tensor, k_scale: torch.Tensor, v_scale: torch.Tensor,
                       *, causal: bool, sm_scale: float, p_scale: float, block_n: int = 128,
                       block_m: int | None = None, num_warps: int | None = None,
                       num_stages: int | None = None, out_dtype: torch.dtype = torch.float32,
                       two_level: bool = False, warp_specialize: bool = False,
                       ) -> tuple[torch.Tensor, torch.Tensor]:
    """Launch the fast forward (e4m3 Q, K, V, P) on already validated tensors: ``(o, lse)``.

    Same operands and layout as :func:`attention_fwd` (V may be the K-major strided view), e4m3
    only, positive per-token Q scales. Not bit-matched to the emulator on a GPU: fast fp8
    accumulation and ``exp2`` (see the comment above ``_fast_tile``). Under the interpreter P
    goes through the exact rounding helper, so there only ``exp2`` differs from the emulator.
    """
    for name, t in (("q", q), ("k", k), ("v", v)):
        if t.dtype != torch.float8_e4m3fn:
            raise ValueError(f"the fast forward takes e4m3 operands; {name} is {t.dtype}")
    B, H, N, D = q.shape
    M = k.shape[2]
    on_gpu = q.is_cuda
    if block_m is None:
        block_m = 128 if on_gpu else 64
    if num_warps is None:
        num_warps = 8 if (on_gpu and block_m >= 128) else 4
    if num_stages is None:
        num_stages = 3 if on_gpu else 1
    o = torch.empty((B, H, N, D), device=q.device, dtype=out_dtype)
    lse = torch.empty((B, H, N), device=q.device, dtype=torch.float32)
    grid = (triton.cdiv(N, block_m), B * H)
    _attn_fwd_fast[grid](
        q, k, v, q_scale, k_scale, v_scale, o, lse,
        float(sm_scale) * 1.4426950408889634, math.log2(float(p_scale)),
        *q.stride(), *k.stride(), *v.stride(), *o.stride(),
        H, N, M,
        HEAD_DIM=D, BLOCK_M=block_m, BLOCK_N=block_n, CAUSAL=causal, HW_CAST=on_gpu,
        TWO_LEVEL=two_level, WARP_SPEC=warp_specialize and not causal,
        num_warps=num_warps, num_stages=num_stages,
    )
    return o, lse


_V_KIND = {torch.float32: 0, torch.float16: 1, torch.bfloat16: 2,
           torch.float8_e4m3fn: 3, torch.float8_e5m2: 4, torch.int8: 5}


def attention_fwd(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                  q_scale: torch.Tensor, k_scale: torch.Tensor, v_scale: torch.Tensor,
                  *, causal: bool, sm_scale: float, p_format: int, p_scale: float,
                  block_n: int, block_m: int | None = None, num_warps: int | None = None,
                  num_stages: int | None = None, out_dtype: torch.dtype = torch.float32,
                  exact_exp: bool | None = None, fast_acc: bool = False,
                  p_tile: bool = False, q_fp4=None, k_fp4=None) -> tuple[torch.Tensor, torch.Tensor]:
    """Launch the forward kernel on already validated tensors; returns ``(o, lse)``.

    q: [B, H, N, D], k and v: [B, H, M, D] (v may be a strided view, e.g. stored [B, H, D, M]
    so that fp8 V is K-major for the GPU's fp8 MMA); scales contiguous float32 [B, H, N],
    [B, H, M], [B, H, D]. ``p_format`` is a code from ``rounding`` (0 for no P quantization).
    ``fast_acc=True`` lets Hopper's fp8 MMA keep its reduced-precision internal accumulator
    across a whole tile (faster, not exact); the default promotes to fp32 after every MMA.
    ``p_tile`` scales P per key tile by the tile's row max (see the module notes).
    ``q_fp4``/``k_fp4`` (both or neither; ``paddlecamp.attention.fp4pack.Fp4Tensor``): the
    kernel reads Q and K as packed e2m1 codes with their group scales instead of ``q``/``k``
    (which then only give the shapes); ``q_scale``/``k_scale`` carry the per-tensor scale.
    """
    B, H, N, D = q.shape
    M = k.shape[2]
    on_gpu = q.is_cuda
    # fp32 tiles are 4x the bytes of fp8 ones: smaller query blocks and fewer stages keep the
    # GPU's shared memory within bounds.
    wide = torch.float32 in (q.dtype, v.dtype)
    if block_m is None:
        block_m = 128 if (on_gpu and not wide) else 64
    if num_warps is None:
        num_warps = 8 if (on_gpu and block_m >= 128) else 4
    if num_stages is None:
        num_stages = (2 if wide else 3) if on_gpu else 1
    o = torch.empty((B, H, N, D), device=q.device, dtype=out_dtype)
    lse = torch.empty((B, H, N), device=q.device, dtype=torch.float32)
    if exact_exp is None:
        exact_exp = not on_gpu
    qk_fp4, fp4_group, q_arg, k_arg, qg, kg = 0, 16, q, k, q_scale, k_scale
    if (q_fp4 is None) != (k_fp4 is None):
        raise ValueError("q_fp4 and k_fp4 go together")
    if q_fp4 is not None:
        if q_fp4.kind != k_fp4.kind:
            raise ValueError(f"q is {q_fp4.kind} but k is {k_fp4.kind}")
        qk_fp4 = {"nvfp4": 1, "mxfp4": 2}[q_fp4.kind]
        fp4_group = q_fp4.group
        q_arg, k_arg, qg, kg = q_fp4.codes, k_fp4.codes, q_fp4.scales, k_fp4.scales
    qk_int = q_arg.dtype == torch.int8
    qk_ieee = q_arg.dtype == torch.float32
    grid = (triton.cdiv(N, block_m), B * H)
    _attn_fwd[grid](
        q_arg, k_arg, v, q_scale, k_scale, v_scale, qg, kg, o, lse, float(sm_scale),
        *q_arg.stride(), *k_arg.stride(), *v.stride(), *o.stride(),
        H, N, M,
        HEAD_DIM=D, BLOCK_M=block_m, BLOCK_N=block_n, CAUSAL=causal,
        P_FORMAT=p_format, P_SCALE=float(p_scale), QK_INT=qk_int, QK_IEEE=qk_ieee,
        V_KIND=_V_KIND[v.dtype], EXACT_EXP=exact_exp, FAST_ACC=fast_acc,
        P_TILE=p_tile and p_format != 0, QK_FP4=qk_fp4, FP4_GROUP=fp4_group,
        num_warps=num_warps, num_stages=num_stages,
    )
    return o, lse
