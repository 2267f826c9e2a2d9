"""The semantics oracle: tiled FlashAttention over a :class:`Prepared`, in plain PyTorch.

The forward loops over key tiles of ``block_n`` exactly as the kernel does (online softmax with
running max ``m_i``, unquantized row sum ``l_i``, P rounded onto its grid before ``P·V``), so the
Triton kernel can be compared against it value for value. The backward is straight-through:
exact softmax-attention gradients at the dequantized ``q, k, v`` with P recomputed from ``lse``
(optionally with dO quantized per token, and dS per query row and key tile). Recipes with
``bwd_fp8_dots`` run dV, dK and dQ as 8-bit products with the scales outside the dot
(:func:`attention_prepared_backward_fp8_dots`; the semantics are spelled out in
:mod:`paddlecamp.attention.recipes`).
"""
from __future__ import annotations

import torch

from paddlecamp.attention.formats import get_format, round_to_format
from paddlecamp.attention.quant import Prepared


def _mask(n: int, m: int, cols: torch.Tensor, causal: bool, device) -> torch.Tensor | None:
    """True where a score is masked: beyond M, and (causal) key > query + (M - N)."""
    if not causal:
        return None
    rows = torch.arange(n, device=device)[:, None]
    return cols[None, :] > rows + (m - n)


def attention_prepared(prep: Prepared, causal: bool, sm_scale: float, block_n: int = 64
                       ) -> tuple[torch.Tensor, torch.Tensor]:
    """Forward: returns ``(o, lse)`` with ``o`` float32 ``[B, H, N, D]`` and ``lse`` ``[B, H, N]``.

    Rows whose keys are all masked (causal with M < N) get ``o = 0`` and ``lse = -inf``.
    """
    q = prep.q.float()
    k = prep.k.float()
    v = prep.v.float()
    qs = prep.q_scale[..., None]                   # [B, H, N, 1]
    n, m = q.shape[-2], k.shape[-2]
    lead = q.shape[:-2]
    dev = q.device
    m_i = torch.full((*lead, n, 1), float("-inf"), device=dev)
    l_i = torch.zeros((*lead, n, 1), device=dev)
    acc = torch.zeros((*lead, n, v.shape[-1]), device=dev)
    for start in range(0, m, block_n):
        end = min(start + block_n, m)
        kj, vj = k[..., start:end, :], v[..., start:end, :]
        s = q @ kj.transpose(-1, -2)                        # exact-ish fp32 from grid values
        s = s * qs * prep.k_scale[..., None, start:end] * sm_scale
        if prep.s_bias is not None:
            s = s + prep.s_bias[..., None, start:end] * sm_scale
        cols = torch.arange(start, end, device=dev)
        mask = _mask(n, m, cols, causal, dev)
        if mask is not None:
            s = s.masked_fill(mask, float("-inf"))
        m_new = torch.maximum(m_i, s.amax(-1, keepdim=True))
        # A row with everything masked so far keeps m = -inf; use 0 so exp() gives 0, not NaN.
        m_safe = torch.where(torch.isinf(m_new), torch.zeros_like(m_new), m_new)
        alpha = torch.exp(m_i - m_safe)
        if prep.p_tile_scale and prep.p_format is not None:
            # Per-tile P scale: P relative to this tile's row max so P_q uses the whole grid;
            # the tile's sum and product are scaled back by beta = exp(m_tile - m_new) <= 1.
            m_t = s.amax(-1, keepdim=True)
            m_t = torch.where(torch.isinf(m_t), m_safe, m_t)
            beta = torch.exp(m_t - m_safe)
            p = torch.exp(s - m_t)
            l_i = l_i * alpha + p.sum(-1, keepdim=True) * beta
            pq = round_to_format(p * prep.p_scale, prep.p_format)
            acc = acc * alpha + (pq @ vj) * beta
        else:
            p = torch.exp(s - m_safe)
            l_i = l_i * alpha + p.sum(-1, keepdim=True)
            if prep.p_format is not None:
                p = round_to_format(p * prep.p_scale, prep.p_format)
            acc = acc * alpha + p @ vj
        m_i = m_new
    denom = l_i * prep.p_scale
    o = torch.where(l_i > 0, acc / torch.where(l_i > 0, denom, torch.ones_like(denom)),
                    torch.zeros_like(acc))
    o = o * prep.v_scale[..., None, :]
    lse = (m_i + torch.log(l_i)).squeeze(-1)
    return o, lse


def quantize_rows_grid(x: torch.Tensor, fmt: str) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-row (token) quantization: ``(grid, scale)`` with ``scale = rowmax|x| / format max``
    (``[..., N, 1]``; 1 for an all-zero row) and ``grid * scale`` the dequantized rows."""
    f = get_format(fmt)
    amax = x.abs().amax(-1, keepdim=True)
    scale = torch.where(amax > 0, amax / f.max, torch.ones_like(amax))
    return round_to_format(x / scale, f), scale


def quantize_rows(x: torch.Tensor, fmt: str) -> torch.Tensor:
    """Per-row (token) quantize-dequantize: scale = rowmax|x| / format max."""
    grid, scale = quantize_rows_grid(x, fmt)
    return grid * scale


def quantize_row_tiles(x: torch.Tensor, fmt: str, block: int) -> torch.Tensor:
    """Quantize-dequantize ``[..., N, M]`` with one scale per row and tile of ``block`` columns
    (scale = max|x| over the row's tile / format max): how the backward rounds dS."""
    f = get_format(fmt)
    m = x.shape[-1]
    pad = (-m) % block
    xp = torch.nn.functional.pad(x, (0, pad)) if pad else x
    t = xp.reshape(*xp.shape[:-1], -1, block)
    amax = t.abs().amax(-1, keepdim=True)
    scale = torch.where(amax > 0, amax / f.max, torch.ones_like(amax))
    return (round_to_format(t / scale, f) * scale).reshape(xp.shape)[..., :m]


def quantize_col_tiles(x: torch.Tensor, fmt: str, block: int) -> torch.Tensor:
    """Quantize-dequantize ``[..., N, M]`` with one scale per column and tile of ``block`` rows
    (tiles start at row 0): :func:`quantize_row_tiles` along the other axis."""
    return quantize_row_tiles(x.transpose(-1, -2), fmt, block).transpose(-1, -2)


def _probabilities(prep: Prepared, q: torch.Tensor, k: torch.Tensor, lse: torch.Tensor, causal: bool,
                   sm_scale: float) -> torch.Tensor:
    """P recomputed from the forward's log-sum-exp (rows with no visible key give zeros)."""
    n, m = q.shape[-2], k.shape[-2]
    s = (q @ k.transpose(-1, -2)) * sm_scale
    if prep.s_bias is not None:
        s = s + prep.s_bias[..., None, :] * sm_scale
    mask = _mask(n, m, torch.arange(m, device=q.device), causal, q.device)
    if mask is not None:
        s = s.masked_fill(mask, float("-inf"))
    lse_safe = torch.where(torch.isinf(lse), torch.zeros_like(lse), lse)
    p = torch.exp(s - lse_safe[..., None])
    return torch.where(torch.isinf(lse)[..., None], torch.zeros_like(p), p)


def attention_prepared_backward_fp8_dots(prep: Prepared, o: torch.Tensor, lse: torch.Tensor,
                                         do: torch.Tensor, causal: bool, sm_scale: float
                                         ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The 8-bit-dot backward (``bwd_fp8_dots``): ``(dq, dk, dv)``, float32.

    With ``T = prep.ds_block`` (the key tile of the forward) and grids ``Q_g, K_g`` stored by
    the forward, ``dO = dO_g · diag(s_dO)`` rounded per token:

    * ``dV = Σ_tiles [round(P·diag(s_dO)) per key and T-query tile]ᵀ · dO_g``,
    * ``dK = sm_scale · Σ_tiles [round(diag(s_Q)·dS) per key and T-query tile]ᵀ · Q_g``,
    * ``dQ = sm_scale · Σ_tiles [round(dS·diag(s_K)) per query and T-key tile] · K_g``,

    where a rounded operand is its grid times its scale, so each tile's 8-bit product is scaled
    once, outside the dot. P, dP = dO·Vᵀ and dS = P∘(dP − δ) are fp32, as in the plain backward.
    The kernel sums each tile's products in another order (fp32), and a P or dS value within an
    ulp of a rounding midpoint can round the other way there.
    """
    q, k, v = prep.dequantized()
    qg, kg = prep.q.float(), prep.k.float()
    dog, sdo = quantize_rows_grid(do.float(), prep.do_format)
    do_deq = dog * sdo
    p = _probabilities(prep, q, k, lse, causal, sm_scale)
    dp = do_deq @ v.transpose(-1, -2)
    delta = (do_deq * o.float()).sum(-1, keepdim=True)
    ds = p * (dp - delta)
    t = prep.ds_block
    a = quantize_col_tiles(p * sdo, prep.do_format, t)
    dv = a.transpose(-1, -2) @ dog
    b = quantize_col_tiles(ds * prep.q_scale[..., None], prep.ds_format, t)
    dk = (b.transpose(-1, -2) @ qg) * sm_scale
    c = quantize_row_tiles(ds * prep.k_scale[..., None, :], prep.ds_format, t)
    dq = (c @ kg) * sm_scale
    return dq, dk, dv


def attention_prepared_backward(prep: Prepared, o: torch.Tensor, lse: torch.Tensor,
                                do: torch.Tensor, causal: bool, sm_scale: float
                                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Straight-through backward: ``(dq, dk, dv)`` w.r.t. the dequantized q, k, v (float32).

    Recipes with ``bwd_fp8_dots`` go to :func:`attention_prepared_backward_fp8_dots`.
    """
    if prep.bwd_fp8_dots:
        return attention_prepared_backward_fp8_dots(prep, o, lse, do, causal, sm_scale)
    q, k, v = prep.dequantized()
    do = do.float()
    if prep.do_format is not None:
        do = quantize_rows(do, prep.do_format)
    p = _probabilities(prep, q, k, lse, causal, sm_scale)
    dv = p.transpose(-1, -2) @ do
    dp = do @ v.transpose(-1, -2)
    delta = (do * o.float()).sum(-1, keepdim=True)
    ds = p * (dp - delta)
    if prep.ds_format is not None:
        ds = quantize_row_tiles(ds, prep.ds_format, prep.ds_block)
    dq = (ds @ k) * sm_scale
    dk = (ds.transpose(-1, -2) @ q) * sm_scale
    return dq, dk, dv


def attention_prepared_bias_grad(prep: Prepared, o: torch.Tensor, lse: torch.Tensor,
                                 do: torch.Tensor, causal: bool, sm_scale: float) -> torch.Tensor:
    """Gradient w.r.t. ``s_bias`` (Q-smoothing): ``sm_scale · Σ_i dS_ij``."""
    q, k, v = prep.dequantized()
    do = do.float()
    if prep.do_format is not None:
        do = quantize_rows(do, prep.do_format)
    n, m = q.shape[-2], k.shape[-2]
    s = (q @ k.transpose(-1, -2)) * sm_scale + prep.s_bias[..., None, :] * sm_scale
    mask = _mask(n, m, torch.arange(m, device=q.device), causal, q.device)
    if mask is not None:
        s = s.masked_fill(mask, float("-inf"))
    lse_safe = torch.where(torch.isinf(lse), torch.zeros_like(lse), lse)
    p = torch.exp(s - lse_safe[..., None])
    dp = do @ v.transpose(-1, -2)
    delta = (do * o.float()).sum(-1, keepdim=True)
    ds = p * (dp - delta)
    if prep.ds_format is not None:
        ds = quantize_row_tiles(ds, prep.ds_format, prep.ds_block)
    return ds.sum(-2) * sm_scale


def reference_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, causal: bool = False,
                        sm_scale: float | None = None, dtype: torch.dtype = torch.float64
                        ) -> torch.Tensor:
    """Plain softmax attention in ``dtype`` (fp64 by default): the accuracy reference."""
    q, k, v = q.to(dtype), k.to(dtype), v.to(dtype)
    n, m, d = q.shape[-2], k.shape[-2], q.shape[-1]
    scale = d ** -0.5 if sm_scale is None else sm_scale
    s = (q @ k.transpose(-1, -2)) * scale
    mask = _mask(n, m, torch.arange(m, device=q.device), causal, q.device)
    if mask is not None:
        s = s.masked_fill(mask, float("-inf"))
    return torch.softmax(s, dim=-1) @ v
