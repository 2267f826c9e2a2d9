"""FlashAttention-2 backward on dequantized 8-bit (or fp32/fp16/bf16) Q, K, V.

The gradient is that of exact softmax attention at the dequantized inputs (a straight-through
estimator for every quantizer of the forward pass): P is recomputed in fp32 as
``exp(S - lse)`` from the forward's log-sum-exp, and never quantized here.

Three kernels, as in FlashAttention-2 (Dao, 2023) and Triton's fused-attention tutorial:

1. ``_bwd_preprocess``: ``D_i = rowsum(dO_i * O_i)``, the softmax-backward correction term.
2. ``_bwd_dkdv``: one program per KEY block; it walks the query blocks that can see those keys
   and accumulates ``dV += P^T dO`` and ``dK += dS^T Q`` with ``dS = P * (dP - D)``,
   ``dP = dO V^T``. No two programs write the same rows, so no atomics.
3. ``_bwd_dq``: one program per QUERY block; it walks the key blocks and accumulates
   ``dQ += dS K``. Recomputing P once more costs FLOPs but keeps every write exclusive.

Operands are loaded in their stored type, upcast to fp32 and multiplied by their scales
(dequantized) inside the kernel. ``DOT`` picks the matrix-product precision: 0 = fp32 with
``input_precision="ieee"`` (what the tests compare against the emulator, on CPU and GPU),
1 = bf16 inputs with fp32 accumulation (the fast GPU setting the benchmark reports as such).

``FP8_DOTS`` (recipes with ``bwd_fp8_dots``): ``dV = Pᵀ·dO``, ``dK = dSᵀ·Q`` and ``dQ = dS·K``
are fp8 ``tl.dot``s with fp32 accumulation instead. Q, K and dO enter as their stored grids
(Q, K from the forward; dO rounded per token beforehand); the operand computed here (P with
dO's per-token scale folded in, dS with Q's or K's) is rounded onto its grid by the exact helper
with one scale per output row and tile (``_quantize_rows``), and the scales multiply the fp32
product, outside the dot. The key tile and, for dK/dV, the query tile are the recipe's
``block_n``. ``dP = dO·Vᵀ`` and the scores stay fp32. On Hopper the fp8 dots promote to fp32
after every MMA (``max_num_imprecise_acc=0``), as the forward's exact path does.
"""
from __future__ import annotations

import torch
import triton
import triton.language as tl

from .rounding import FORMAT_MAX, format_code, round_to_grid


@triton.jit
def _dot(a, b, DOT: tl.constexpr):
    if DOT == 0:
        return tl.dot(a, b, input_precision="ieee")
    else:
        return tl.dot(a.to(tl.bfloat16), b.to(tl.bfloat16))


@triton.jit
def _round_ds(ds, AXIS: tl.constexpr, DS_FORMAT: tl.constexpr, DS_MAX: tl.constexpr):
    """dS rounded onto its 8-bit grid with one scale per query (``AXIS`` is the key axis of
    this tile): scale = max|dS| over the tile's keys / format max, as the emulator does.
    Divisions are IEEE round-to-nearest (``div_rn``) so that GPU and emulator agree."""
    amax = tl.max(tl.abs(ds), AXIS)
    scale = tl.where(amax > 0, tl.math.div_rn(amax, tl.zeros_like(amax) + DS_MAX), 1.0)
    scale = tl.expand_dims(scale, AXIS)
    return round_to_grid(tl.math.div_rn(ds, scale + tl.zeros_like(ds)), DS_FORMAT) * scale


@triton.jit
def _to_fp8(x, FORMAT: tl.constexpr):
    # On the grid already (round_to_grid), the cast only copies the value; otherwise (the fast
    # backward on a GPU) it is the hardware's round-to-nearest-even with satfinite.
    if FORMAT == 1:
        return x.to(tl.float8e4nv)
    else:
        return x.to(tl.float8e5)


@triton.jit
def _quantize_rows(x, FORMAT: tl.constexpr, FMAX: tl.constexpr):
    """One scale per row of the tile ``x`` (max|x| over the row / format max, 1 for a zero row):
    returns the rows' fp8 grid values and the fp32 scales, as the emulator's tile quantizers."""
    amax = tl.max(tl.abs(x), 1)
    scale = tl.where(amax > 0, tl.math.div_rn(amax, tl.zeros_like(amax) + FMAX), 1.0)
    grid = round_to_grid(tl.math.div_rn(x, scale[:, None] + tl.zeros_like(x)), FORMAT)
    return _to_fp8(grid, FORMAT), scale


@triton.jit
def _fp8_dot(a, b, FAST_ACC: tl.constexpr):
    if FAST_ACC:
        return tl.dot(a, b)
    else:
        return tl.dot(a, b, max_num_imprecise_acc=0)


@triton.jit
def _bwd_preprocess(O, DO, Delta, n_rows, HEAD_DIM: tl.constexpr, BLOCK: tl.constexpr):
    offs_m = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    offs_d = tl.arange(0, HEAD_DIM)
    ok = offs_m < n_rows
    ptrs = offs_m.to(tl.int64)[:, None] * HEAD_DIM + offs_d[None, :]
    o = tl.load(O + ptrs, mask=ok[:, None], other=0.0).to(tl.float32)
    do = tl.load(DO + ptrs, mask=ok[:, None], other=0.0).to(tl.float32)
    tl.store(Delta + offs_m, tl.sum(o * do, axis=1), mask=ok)


@triton.jit
def _load_rows(base, offs, offs_d, n, HEAD_DIM: tl.constexpr):
    # [rows, HEAD_DIM] tile of a contiguous [n, HEAD_DIM] matrix, upcast to fp32, zero padded.
    return tl.load(base + offs[:, None] * HEAD_DIM + offs_d[None, :],
                   mask=(offs < n)[:, None], other=0.0).to(tl.float32)


@triton.jit
def _load_raw(base, offs, offs_d, n, HEAD_DIM: tl.constexpr):
    # [rows, HEAD_DIM] tile in its stored type (the fp8 dots' operands), zero padded.
    return tl.load(base + offs[:, None] * HEAD_DIM + offs_d[None, :], mask=(offs < n)[:, None],
                   other=0.0)


@triton.jit
def _bwd_dkdv(Q, K, V, QS, KS, VS, DO, DOQ, DOS, LSE, Delta, DK, DV, sm_scale,
              N_CTX_Q, N_CTX_K, HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr,
              BLOCK_N: tl.constexpr, CAUSAL: tl.constexpr, DOT: tl.constexpr,
              DS_FORMAT: tl.constexpr, DS_MAX: tl.constexpr, FP8_DOTS: tl.constexpr,
              DO_FMT: tl.constexpr, DO_MAX: tl.constexpr, FAST_ACC: tl.constexpr):
    start_n = tl.program_id(0) * BLOCK_N
    bh = tl.program_id(1).to(tl.int64)
    offs_n = start_n + tl.arange(0, BLOCK_N)
    offs_d = tl.arange(0, HEAD_DIM)
    q_base = Q + bh * N_CTX_Q * HEAD_DIM
    do_base = DO + bh * N_CTX_Q * HEAD_DIM
    kv_off = bh * N_CTX_K * HEAD_DIM
    v_scale = tl.load(VS + bh * HEAD_DIM + offs_d)
    k_scale = tl.load(KS + bh * N_CTX_K + offs_n, mask=offs_n < N_CTX_K, other=0.0)
    k = _load_rows(K + kv_off, offs_n, offs_d, N_CTX_K, HEAD_DIM) * k_scale[:, None]
    v = _load_rows(V + kv_off, offs_n, offs_d, N_CTX_K, HEAD_DIM) * v_scale[None, :]
    dk = tl.zeros([BLOCK_N, HEAD_DIM], dtype=tl.float32)
    dv = tl.zeros([BLOCK_N, HEAD_DIM], dtype=tl.float32)
    qk_scale = sm_scale * 1.4426950408889634
    lo = 0
    if CAUSAL:
        # Query i sees key j iff j <= i + (M - N): the first query block that sees this key block.
        lo = (tl.maximum(start_n - (N_CTX_K - N_CTX_Q), 0) // BLOCK_M) * BLOCK_M
    for start_m in range(lo, N_CTX_Q, BLOCK_M):
        offs_m = start_m + tl.arange(0, BLOCK_M)
        row_ok = offs_m < N_CTX_Q
        q_scale = tl.load(QS + bh * N_CTX_Q + offs_m, mask=row_ok, other=0.0)
        if FP8_DOTS:
            q8 = _load_raw(q_base, offs_m, offs_d, N_CTX_Q, HEAD_DIM)
            q = q8.to(tl.float32) * q_scale[:, None]
        else:
            q = _load_rows(q_base, offs_m, offs_d, N_CTX_Q, HEAD_DIM) * q_scale[:, None]
        do = _load_rows(do_base, offs_m, offs_d, N_CTX_Q, HEAD_DIM)
        lse = tl.load(LSE + bh * N_CTX_Q + offs_m, mask=row_ok, other=float("inf"))
        # Rows that saw no key (lse = -inf) get P = 0 instead of exp(+inf).
        lse2 = tl.where(lse == float("-inf"), float("inf"), lse * 1.4426950408889634)
        delta = tl.load(Delta + bh * N_CTX_Q + offs_m, mask=row_ok, other=0.0)
        qkT = _dot(k, tl.trans(q), DOT) * qk_scale
        pT = tl.math.exp2(qkT - lse2[None, :])
        keep = (offs_n[:, None] < N_CTX_K) & row_ok[None, :]
        if CAUSAL:
            keep = keep & (offs_n[:, None] <= offs_m[None, :] + (N_CTX_K - N_CTX_Q))
        pT = tl.where(keep, pT, 0.0)
        dpT = _dot(v, tl.trans(do), DOT)
        dsT = pT * (dpT - delta[None, :])
        if FP8_DOTS:
            do8 = _load_raw(DOQ + bh * N_CTX_Q * HEAD_DIM, offs_m, offs_d, N_CTX_Q, HEAD_DIM)
            do_s = tl.load(DOS + bh * N_CTX_Q + offs_m, mask=row_ok, other=0.0)
            # dV: P with dO's per-token scale folded in, one scale per key of this query tile.
            a8, a_s = _quantize_rows(pT * do_s[None, :], DO_FMT, DO_MAX)
            dv += _fp8_dot(a8, do8, FAST_ACC) * a_s[:, None]
            # dK: dS with Q's per-token scale folded in, likewise.
            b8, b_s = _quantize_rows(dsT * q_scale[None, :], DS_FORMAT, DS_MAX)
            dk += _fp8_dot(b8, q8, FAST_ACC) * b_s[:, None]
        else:
            dv += _dot(pT, do, DOT)
            if DS_FORMAT != 0:
                dsT = _round_ds(dsT, 0, DS_FORMAT, DS_MAX)  # this program's keys are one dS tile
            dk += _dot(dsT, q, DOT)
    dk *= sm_scale
    out = offs_n[:, None] * HEAD_DIM + offs_d[None, :]
    tl.store(DK + kv_off + out, dk, mask=(offs_n < N_CTX_K)[:, None])
    tl.store(DV + kv_off + out, dv, mask=(offs_n < N_CTX_K)[:, None])


@triton.jit
def _bwd_dq(Q, K, V, QS, KS, VS, DO, LSE, Delta, DQ, sm_scale,
            N_CTX_Q, N_CTX_K, HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr,
            BLOCK_N: tl.constexpr, CAUSAL: tl.constexpr, DOT: tl.constexpr,
            DS_FORMAT: tl.constexpr, DS_MAX: tl.constexpr, FP8_DOTS: tl.constexpr,
            FAST_ACC: tl.constexpr):
    start_m = tl.program_id(0) * BLOCK_M
    bh = tl.program_id(1).to(tl.int64)
    offs_m = start_m + tl.arange(0, BLOCK_M)
    offs_d = tl.arange(0, HEAD_DIM)
    row_ok = offs_m < N_CTX_Q
    q_off = bh * N_CTX_Q * HEAD_DIM
    kv_off = bh * N_CTX_K * HEAD_DIM
    q_scale = tl.load(QS + bh * N_CTX_Q + offs_m, mask=row_ok, other=0.0)
    q = _load_rows(Q + q_off, offs_m, offs_d, N_CTX_Q, HEAD_DIM) * q_scale[:, None]
    do = _load_rows(DO + q_off, offs_m, offs_d, N_CTX_Q, HEAD_DIM)
    lse = tl.load(LSE + bh * N_CTX_Q + offs_m, mask=row_ok, other=float("inf"))
    lse2 = tl.where(lse == float("-inf"), float("inf"), lse * 1.4426950408889634)
    delta = tl.load(Delta + bh * N_CTX_Q + offs_m, mask=row_ok, other=0.0)
    v_scale = tl.load(VS + bh * HEAD_DIM + offs_d)
    dq = tl.zeros([BLOCK_M, HEAD_DIM], dtype=tl.float32)
    qk_scale = sm_scale * 1.4426950408889634
    hi = N_CTX_K
    if CAUSAL:
        hi = tl.minimum(tl.maximum(start_m + BLOCK_M + (N_CTX_K - N_CTX_Q), 0), N_CTX_K)
    for start_n in range(0, hi, BLOCK_N):
        offs_n = start_n + tl.arange(0, BLOCK_N)
        k_scale = tl.load(KS + bh * N_CTX_K + offs_n, mask=offs_n < N_CTX_K, other=0.0)
        if FP8_DOTS:
            k8 = _load_raw(K + kv_off, offs_n, offs_d, N_CTX_K, HEAD_DIM)
            k = k8.to(tl.float32) * k_scale[:, None]
        else:
            k = _load_rows(K + kv_off, offs_n, offs_d, N_CTX_K, HEAD_DIM) * k_scale[:, None]
        v = _load_rows(V + kv_off, offs_n, offs_d, N_CTX_K, HEAD_DIM) * v_scale[None, :]
        qk = _dot(q, tl.trans(k), DOT) * qk_scale
        p = tl.math.exp2(qk - lse2[:, None])
        keep = (offs_n[None, :] < N_CTX_K) & row_ok[:, None]
        if CAUSAL:
            keep = keep & (offs_n[None, :] <= offs_m[:, None] + (N_CTX_K - N_CTX_Q))
        p = tl.where(keep, p, 0.0)
        dp = _dot(do, tl.trans(v), DOT)
        ds = p * (dp - delta[:, None])
        if FP8_DOTS:
            # dS with K's per-token scale folded in, one scale per query row of this key tile.
            c8, c_s = _quantize_rows(ds * k_scale[None, :], DS_FORMAT, DS_MAX)
            dq += _fp8_dot(c8, k8, FAST_ACC) * c_s[:, None]
        else:
            if DS_FORMAT != 0:
                ds = _round_ds(ds, 1, DS_FORMAT, DS_MAX)
            dq += _dot(ds, k, DOT)
    dq *= sm_scale
    tl.store(DQ + q_off + offs_m[:, None] * HEAD_DIM + offs_d[None, :], dq, mask=row_ok[:, None])


def attention_bwd(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                  q_scale: torch.Tensor, k_scale: torch.Tensor, v_scale: torch.Tensor,
                  o: torch.Tensor, lse: torch.Tensor, do: torch.Tensor, *, causal: bool,
                  sm_scale: float, dot: int = 0, block_m: int | None = None,
                  block_n: int | None = None, num_warps: int | None = None,
                  num_stages: int | None = None, ds_format: str | None = None,
                  fp8_dots: bool = False, do_grid: torch.Tensor | None = None,
                  do_scale: torch.Tensor | None = None, do_format: str | None = None,
                  fast_acc: bool = False,
                  ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Launch the three backward kernels on contiguous, validated tensors; returns fp32 grads.

    q: [B, H, N, D], k, v: [B, H, M, D] in their stored types; scales as in the forward;
    o and do: [B, H, N, D] (do already dequantized if the recipe quantizes it); lse: [B, H, N].
    ``ds_format`` ("e4m3", "e5m2" or "int8") rounds dS with one scale per query row and key
    tile of ``block_n`` keys (the tile is then part of the semantics, like the forward's).

    ``fp8_dots=True``: dV, dK, dQ as fp8 dots (module notes). Then q and k are fp8 grids in
    ``ds_format``, ``do_grid`` is dO's fp8 grid in ``do_format`` with per-token ``do_scale``
    ([B, H, N] float32; ``do`` is still the dequantized dO, for dP and δ), and ``block_m`` and
    ``block_n`` must be equal (the recipe's tile). ``fast_acc`` lets Hopper's fp8 accumulator
    run over a whole tile (not what the emulator computes).
    """
    B, H, N, D = q.shape
    M = k.shape[2]
    on_gpu = q.is_cuda
    bm = block_m or (64 if on_gpu else 32)
    bn = block_n or (64 if on_gpu else 32)
    if num_warps is None:
        num_warps = 4 if (not on_gpu or D <= 64) else 8
    if num_stages is None:
        num_stages = 2 if on_gpu else 1
    delta = torch.empty((B, H, N), device=q.device, dtype=torch.float32)
    pre_block = 64
    _bwd_preprocess[(triton.cdiv(B * H * N, pre_block),)](o, do, delta, B * H * N,
                                                          HEAD_DIM=D, BLOCK=pre_block)
    dq = torch.empty((B, H, N, D), device=q.device, dtype=torch.float32)
    dk = torch.empty((B, H, M, D), device=q.device, dtype=torch.float32)
    dv = torch.empty((B, H, M, D), device=q.device, dtype=torch.float32)
    if ds_format not in (None, "e4m3", "e5m2", "int8"):
        raise ValueError(f"ds_format must be None, e4m3, e5m2 or int8, got {ds_format!r}")
    if fp8_dots:
        fp8 = {"e4m3": torch.float8_e4m3fn, "e5m2": torch.float8_e5m2}
        if ds_format not in fp8 or do_format not in fp8:
            raise ValueError(f"fp8_dots needs e4m3/e5m2 ds_format and do_format, got "
                             f"{ds_format!r} and {do_format!r}")
        for name, t, want in (("q", q, fp8[ds_format]), ("k", k, fp8[ds_format]),
                              ("do_grid", do_grid, fp8[do_format])):
            if not isinstance(t, torch.Tensor) or t.dtype != want:
                raise ValueError(f"fp8_dots: {name} must be {want} (the dot's format), got "
                                 f"{getattr(t, 'dtype', type(t).__name__)}")
        if do_scale is None or tuple(do_scale.shape) != (B, H, N) or do_scale.dtype != torch.float32:
            raise ValueError(f"fp8_dots: do_scale must be float32 of shape {[B, H, N]}")
        if bm != bn:
            raise ValueError(f"fp8_dots: block_m ({bm}) must equal block_n ({bn}), the recipe's "
                             "tile of the dK/dV scales")
    else:
        do_grid, do_scale = do, delta   # unused placeholders
    common = dict(HEAD_DIM=D, CAUSAL=causal, DOT=dot, num_warps=num_warps, num_stages=num_stages,
                  DS_FORMAT=format_code(ds_format), DS_MAX=FORMAT_MAX.get(ds_format, 1.0),
                  FP8_DOTS=fp8_dots, FAST_ACC=fast_acc)
    _bwd_dkdv[(triton.cdiv(M, bn), B * H)](q, k, v, q_scale, k_scale, v_scale, do, do_grid,
                                           do_scale, lse, delta, dk, dv, sm_scale, N, M,
                                           BLOCK_M=bm, BLOCK_N=bn,
                                           DO_FMT=format_code(do_format) if fp8_dots else 0,
                                           DO_MAX=FORMAT_MAX.get(do_format, 1.0), **common)
    _bwd_dq[(triton.cdiv(N, bm), B * H)](q, k, v, q_scale, k_scale, v_scale, do, lse, delta,
                                         dq, sm_scale, N, M, BLOCK_M=bm, BLOCK_N=bn, **common)
    return dq, dk, dv
