"""The Triton backend of :func:`paddlecamp.attention.api.attention`: checked entry points.

Three functions:

* :func:`attention_prepared` runs the forward kernel on a :class:`~paddlecamp.attention.quant.Prepared`
  (8-bit or float Q/K/V plus per-token Q/K scales and per-channel V scale) with exactly the
  tiled semantics of the emulator; returns ``(o, lse)``.
* :func:`attention_prepared_backward` returns ``(dq, dk, dv)``, the gradients of exact softmax
  attention at the DEQUANTIZED q, k, v (straight-through for every quantizer). If the recipe
  quantizes dO (``prep.do_format``), dO is first rounded per token (scale = rowmax|dO| /
  format max) onto the grid here, in PyTorch (the emulator's ``quantize_rows``), and its
  dequantized value is used.
* :func:`flash_attention` is plain FlashAttention for fp32/fp16/bf16 tensors, with autograd.

Deviations from / additions to the contract shared with the emulator (documented here, as
agreed):

* ``attention_prepared`` returns ``(o, lse)`` (the contract said ``o`` alone; the backward
  needs the forward's log-sum-exp and the API accepts both); ``return_lse=False`` gives ``o``.
* The softmax-backward term is ``D_i = rowsum(dO_i * o_i)`` with the ``o`` passed to the
  backward (FlashAttention-2). Passing the forward's output makes the gradient exactly that
  of straight-through autograd through the quantized forward (where ``o`` contains P's
  rounding); with ``p_format=None`` it is the exact-attention gradient.
* ``p_format`` also accepts "uint8" (P in [0, 255]), which the recipes allow.
* Non-contiguous tensors are refused with a ValueError naming the tensor (the API makes them
  contiguous before calling); NaN/Inf in q, k, v, scales or dO raise a ValueError naming the
  tensor (``check_finite=False`` skips the check, which costs a device synchronization).
* Head dims 64 and 128 only; Q-smoothing's ``s_bias`` is not supported (ValueError).
* Per-tile P scale (``prep.p_tile_scale``, the ``int8`` recipe) runs in the exact kernel.
* ``prep.ds_format`` without ``bwd_fp8_dots``: both backward kernels round dS per query row
  and key tile of ``prep.ds_block`` keys, which then is the backward's key block.
* ``prep.bwd_fp8_dots`` (the ``fp8-train`` recipes): dV, dK and dQ are fp8 dots with fp32
  accumulation and the scales outside the dot (:mod:`paddlecamp.kernels.attention.bwd`); dO is
  rounded per token here and passed as its fp8 grid plus scales; both tiles are
  ``prep.ds_block``.
* FP4 recipes: the forward kernel reads ``prep.q_fp4``/``prep.k_fp4`` (packed e2m1 codes and
  e4m3/e8m0 group scales, 4.5 or 4.25 bits per element) and decodes them in registers; the
  backward reads the float32 values ``prep.q``/``prep.k`` (it dequantizes every operand anyway).
* ``attention_prepared(..., fast=True)`` runs the GPU fast path (hardware P cast, Hopper's fast
  fp8 accumulation, scales folded into one FMA per score): e4m3 Q, K, V and P only, positive
  Q scales; on a GPU it is NOT bit-matched to the emulator (the tests give its measured
  distance). ``two_level=True`` adds each key tile's ``P @ V`` to the output in fp32.
  ``tma=True`` reads the tiles through tensor descriptors (Hopper's TMA engine;
  :mod:`paddlecamp.kernels.attention.fwd_tma`): self-attention with lengths a multiple of the
  tiles; K scales constant over each key tile are read once per tile. On an H200 it ran at
  1.10-1.17x torch's bf16 SDPA at D=128, N=8k (data/results/attention-bench-h200-2026-12-04.json).
"""
from __future__ import annotations

import math

import torch

from paddlecamp.attention.emulate import quantize_rows, quantize_rows_grid
from paddlecamp.attention.formats import to_storage
from paddlecamp.kernels.attention.bwd import attention_bwd
from paddlecamp.kernels.attention.fwd import attention_fwd, attention_fwd_fast
from paddlecamp.kernels.attention.rounding import format_code

#: Head dimensions the kernels are compiled for.
SUPPORTED_HEAD_DIMS = (64, 128)
_STORAGE = (torch.float32, torch.float16, torch.bfloat16, torch.float8_e4m3fn,
            torch.float8_e5m2, torch.int8)


def _check_tensor(name: str, t: torch.Tensor, ndim: int, device: torch.device,
                  check_finite: bool) -> None:
    if not isinstance(t, torch.Tensor):
        raise ValueError(f"{name} must be a torch.Tensor, got {type(t).__name__}")
    if t.dim() != ndim:
        raise ValueError(f"{name} must have {ndim} dims, got shape {tuple(t.shape)}")
    if t.device != device:
        raise ValueError(f"{name} is on {t.device} but q is on {device}")
    if not t.is_contiguous():
        raise ValueError(f"{name} is not contiguous (stride {t.stride()}); call .contiguous() first")
    if check_finite and t.numel() and not bool(torch.isfinite(t.float()).all()):
        raise ValueError(f"{name} contains NaN or Inf")


def _check_operands(q, k, v, q_scale, k_scale, v_scale, check_finite: bool) -> None:
    device = q.device
    for name, t in (("q", q), ("k", k), ("v", v)):
        _check_tensor(name, t, 4, device, check_finite)
        if t.dtype not in _STORAGE:
            raise ValueError(f"{name} has dtype {t.dtype}; supported: {[str(d) for d in _STORAGE]}")
    B, H, N, D = q.shape
    if N == 0:
        raise ValueError("q has no tokens (N == 0)")
    if k.shape[2] == 0:
        raise ValueError("k has no tokens (M == 0)")
    if D not in SUPPORTED_HEAD_DIMS:
        raise ValueError(f"head dim D={D} is not supported by the Triton kernel; use one of "
                         f"{SUPPORTED_HEAD_DIMS} (the emulator takes any D)")
    if k.shape[:2] != (B, H) or k.shape[3] != D:
        raise ValueError(f"k has shape {tuple(k.shape)}, expected [{B}, {H}, M, {D}] to match q")
    if v.shape != k.shape:
        raise ValueError(f"v has shape {tuple(v.shape)}, expected {tuple(k.shape)} (same as k)")
    if k.dtype != q.dtype:
        raise ValueError(f"k has dtype {k.dtype} but q has {q.dtype}; Q and K must share a format")
    M = k.shape[2]
    for name, t, shape in (("q_scale", q_scale, (B, H, N)), ("k_scale", k_scale, (B, H, M)),
                           ("v_scale", v_scale, (B, H, D))):
        _check_tensor(name, t, 3, device, check_finite)
        if tuple(t.shape) != shape:
            raise ValueError(f"{name} has shape {tuple(t.shape)}, expected {list(shape)}")
        if t.dtype != torch.float32:
            raise ValueError(f"{name} must be float32, got {t.dtype}")


def _v_layout(v: torch.Tensor) -> torch.Tensor:
    # The GPU's 8-bit MMA reads both operands K-major; for P @ V that is V stored [D, M]. Same
    # values, another memory order: a transposed copy viewed back as [B, H, M, D].
    if v.is_cuda and v.dtype in (torch.float8_e4m3fn, torch.float8_e5m2, torch.int8):
        return v.transpose(-1, -2).contiguous().transpose(-1, -2)
    return v


#: Query rows per program of the TMA forward on a GPU: one warpgroup on 64 rows beat two on 128
#: by about 20% on an H200 (data/results/attention-bench-h200-2026-12-04.json).
TMA_BLOCK_M = 64


def attention_prepared(prep, causal: bool = False, sm_scale: float | None = None,
                       block_n: int = 64, *, return_lse: bool = True,
                       check_finite: bool = True, block_m: int | None = None,
                       num_warps: int | None = None, num_stages: int | None = None,
                       out_dtype: torch.dtype = torch.float32, fast: bool = False,
                       two_level: bool = False, tma: bool = False,
                       warp_specialize: bool = False, persistent: bool = False):
    """Forward attention on prepared (quantized) operands: ``(o, lse)``.

    ``o`` is float32 ``[B, H, N, D]`` (or ``out_dtype``), ``lse`` float32 ``[B, H, N]``
    (natural log; ``-inf`` for a causal row that sees no key, whose ``o`` is 0).
    ``sm_scale`` defaults to ``1/sqrt(D)``. ``block_n`` is the key tile (the recipe's), part of
    the semantics. ``return_lse=False`` returns ``o`` alone. ``fast=True``: the GPU fast path
    (e4m3 only; see the module notes); ``two_level`` only applies to it. ``tma=True`` (with
    ``fast=True``) reads the tiles through tensor descriptors (Hopper's TMA; self-attention with
    lengths a multiple of the tiles, see ``kernels/attention/fwd_tma.py``), optionally with a
    warp-specialized key loop and persistent scheduling; K scales constant over each key tile
    (a recipe with K scaled per block) are then read once per tile.
    """
    if prep.s_bias is not None:
        raise ValueError("the Triton kernel has no score bias (s_bias): Q-smoothing recipes run "
                         "on the emulator only")
    _check_operands(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale, check_finite)
    if block_n not in (16, 32, 64, 128):
        raise ValueError(f"block_n={block_n} is not supported; use 16, 32, 64 or 128")
    D = prep.q.shape[-1]
    if sm_scale is None:
        sm_scale = 1.0 / math.sqrt(D)
    p_code = format_code(prep.p_format)
    p_scale = float(prep.p_scale) if prep.p_format else 1.0
    if not (p_scale > 0 and math.isfinite(p_scale)):
        raise ValueError(f"p_scale must be a positive finite number, got {prep.p_scale}")
    if fast:
        fmts = {prep.q.dtype, prep.k.dtype, prep.v.dtype}
        if fmts != {torch.float8_e4m3fn} or prep.p_format != "e4m3":
            raise ValueError("fast=True needs e4m3 Q, K, V and P (a recipe like 'fp8'); got "
                             f"{sorted(str(d) for d in fmts)} and P format {prep.p_format!r}")
        if prep.p_tile_scale:
            raise ValueError("fast=True has no per-tile P scale; use the exact kernel (fast=False)")
        if check_finite and not bool((prep.q_scale > 0).all()):
            raise ValueError("fast=True needs positive q_scale (the row maximum is taken before it)")
        if tma:
            if two_level:
                raise ValueError("tma=True has no two-level accumulation; use two_level=False")
            from paddlecamp.kernels.attention.fwd_tma import (attention_fwd_tma, tile_constant,
                                                              v_major)

            bm = block_m or (TMA_BLOCK_M if prep.q.is_cuda else 64)
            o, lse = attention_fwd_tma(prep.q.contiguous(), prep.k.contiguous(), v_major(prep.v),
                                       prep.q_scale, prep.k_scale, prep.v_scale, causal=causal,
                                       sm_scale=float(sm_scale), p_scale=p_scale, block_n=block_n,
                                       block_m=bm, num_warps=num_warps or (8 if bm >= 128 else 4),
                                       num_stages=num_stages or (3 if prep.q.is_cuda else 1),
                                       out_dtype=out_dtype, warp_specialize=warp_specialize,
                                       persistent=persistent,
                                       k_tile_scale=tile_constant(prep.k_scale, block_n))
            return (o, lse) if return_lse else o
        o, lse = attention_fwd_fast(prep.q, prep.k, _v_layout(prep.v), prep.q_scale, prep.k_scale,
                                    prep.v_scale, causal=causal, sm_scale=float(sm_scale),
                                    p_scale=p_scale, block_n=block_n, block_m=block_m,
                                    num_warps=num_warps, num_stages=num_stages,
                                    out_dtype=out_dtype, two_level=two_level)
        return (o, lse) if return_lse else o
    o, lse = attention_fwd(prep.q, prep.k, _v_layout(prep.v), prep.q_scale, prep.k_scale,
                           prep.v_scale, causal=causal, sm_scale=float(sm_scale),
                           p_format=p_code, p_scale=p_scale, block_n=block_n, block_m=block_m,
                           num_warps=num_warps, num_stages=num_stages, out_dtype=out_dtype,
                           p_tile=prep.p_tile_scale, **packed_fp4_operands(prep))
    return (o, lse) if return_lse else o


def packed_fp4_operands(prep) -> dict:
    """``{"q_fp4": ..., "k_fp4": ...}`` for :func:`attention_fwd` when the prepared recipe has
    packed FP4 Q/K (checked against q/k's shapes), else ``{}``."""
    q4, k4 = prep.q_fp4, prep.k_fp4
    if q4 is None and k4 is None:
        return {}
    if q4 is None or k4 is None:
        raise ValueError("packed FP4 operands come in pairs: q_fp4 and k_fp4 are both needed")
    for name, packed, ref in (("q_fp4", q4, prep.q), ("k_fp4", k4, prep.k)):
        lead, d = tuple(ref.shape[:-1]), ref.shape[-1]
        if packed.codes.dtype != torch.uint8 or tuple(packed.codes.shape) != (*lead, d // 2):
            raise ValueError(f"{name}.codes must be uint8 of shape {[*lead, d // 2]}, got "
                             f"{packed.codes.dtype} {tuple(packed.codes.shape)}")
        if tuple(packed.scales.shape) != (*lead, d // packed.group):
            raise ValueError(f"{name}.scales must have shape {[*lead, d // packed.group]}, got "
                             f"{tuple(packed.scales.shape)}")
        if packed.codes.device != ref.device or packed.scales.device != ref.device:
            raise ValueError(f"{name} is not on {ref.device}")
        if not (packed.codes.is_contiguous() and packed.scales.is_contiguous()):
            raise ValueError(f"{name} is not contiguous")
    return {"q_fp4": q4, "k_fp4": k4}


def attention_prepared_backward(prep, o: torch.Tensor, lse: torch.Tensor, do: torch.Tensor,
                                causal: bool = False, sm_scale: float | None = None, *,
                                precision: str = "ieee", check_finite: bool = True,
                                block_m: int | None = None, block_n: int | None = None,
                                fast_acc: bool = False, fast: bool = False,
                                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Gradients ``(dq, dk, dv)`` (float32) w.r.t. the dequantized q, k, v.

    Recipes with ``bwd_fp8_dots`` run dV, dK and dQ as fp8 dots (the emulator's
    :func:`~paddlecamp.attention.emulate.attention_prepared_backward_fp8_dots`); their tiles are
    the recipe's ``block_n`` and ``precision`` then only applies to dP and the scores;
    ``fast_acc=True`` lets Hopper's fp8 accumulator run over a whole tile (benchmark only).
    ``fast=True`` runs them on the fast FP8 backward (:mod:`paddlecamp.kernels.attention.bwd_fast`:
    fp8 scores, fp16 dP, hardware casts, fast accumulation; lengths multiples of its blocks, 128
    on a GPU); not bit-matched to the emulator (the tests give the bound).

    ``precision="ieee"`` runs every product in fp32 (matches the emulator to ~1e-6);
    ``"bf16"`` feeds bf16 to the tensor cores with fp32 accumulation (faster on a GPU, about
    3 significant digits). The tile sizes of the backward do not change its result beyond
    fp32 summation order.
    """
    _check_operands(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale, check_finite)
    B, H, N, D = prep.q.shape
    for name, t in (("o", o), ("do", do)):
        _check_tensor(name, t, 4, prep.q.device, check_finite and name == "do")
        if tuple(t.shape) != (B, H, N, D):
            raise ValueError(f"{name} has shape {tuple(t.shape)}, expected {[B, H, N, D]}")
    _check_tensor("lse", lse, 3, prep.q.device, False)
    if tuple(lse.shape) != (B, H, N):
        raise ValueError(f"lse has shape {tuple(lse.shape)}, expected {[B, H, N]}")
    if precision not in ("ieee", "bf16"):
        raise ValueError(f"precision must be 'ieee' or 'bf16', got {precision!r}")
    if sm_scale is None:
        sm_scale = 1.0 / math.sqrt(D)
    if getattr(prep, "bwd_fp8_dots", False):
        # dO rounded per token (the emulator's quantizer); its grid feeds the dV dot.
        grid, scale = quantize_rows_grid(do.float(), prep.do_format)
        if block_n not in (None, prep.ds_block) or block_m not in (None, prep.ds_block):
            raise ValueError(f"block_m={block_m}, block_n={block_n}: the 8-bit backward's tiles "
                             f"are the recipe's ({prep.ds_block})")
        ops = (prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale,
               o.float().contiguous(), lse.float().contiguous(), (grid * scale).contiguous())
        do8, do_s = to_storage(grid, prep.do_format).contiguous(), scale.squeeze(-1).contiguous()
        if fast:
            from paddlecamp.kernels.attention.bwd_fast import attention_bwd_fast

            return attention_bwd_fast(*ops, do8, do_s, causal=causal, sm_scale=float(sm_scale),
                                      ds_format=prep.ds_format, do_format=prep.do_format,
                                      tile=prep.ds_block)
        return attention_bwd(*ops, causal=causal, sm_scale=float(sm_scale),
                             dot=0 if precision == "ieee" else 1, block_m=prep.ds_block,
                             block_n=prep.ds_block, ds_format=prep.ds_format, fp8_dots=True,
                             do_grid=do8, do_scale=do_s, do_format=prep.do_format,
                             fast_acc=fast_acc)
    if fast:
        raise ValueError("fast=True is the FP8-dot backward of the fp8-train recipes "
                         "(bwd_fp8_dots); this recipe runs the exact backward (fast=False)")
    do_deq = do.float() if prep.do_format is None else quantize_rows(do.float(), prep.do_format)
    ds_format = prep.ds_format
    if ds_format is not None:
        # dS scales are per key tile of the recipe's block: the backward's key block is that tile.
        if block_n not in (None, prep.ds_block):
            raise ValueError(f"block_n={block_n} differs from the recipe's dS tile ({prep.ds_block})")
        block_n = prep.ds_block
    return attention_bwd(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale,
                         o.float().contiguous(), lse.float().contiguous(), do_deq,
                         causal=causal, sm_scale=float(sm_scale),
                         dot=0 if precision == "ieee" else 1, block_m=block_m, block_n=block_n,
                         ds_format=ds_format)


class _Unquantized:
    """A Prepared-like view of plain float tensors: unit scales, no P or dO quantization."""

    def __init__(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> None:
        self.q, self.k, self.v = q, k, v
        B, H, N, D = q.shape
        ones = lambda *s: torch.ones(s, device=q.device, dtype=torch.float32)  # noqa: E731
        self.q_scale, self.k_scale, self.v_scale = ones(B, H, N), ones(B, H, k.shape[2]), ones(B, H, D)
        self.p_format, self.p_scale, self.do_format, self.s_bias = None, 1.0, None, None
        self.p_tile_scale, self.ds_format, self.q_fp4, self.k_fp4 = False, None, None, None
        self.bwd_fp8_dots = False


class _FlashAttention(torch.autograd.Function):
    @staticmethod
    def forward(ctx, q, k, v, causal, sm_scale, block_n):
        prep = _Unquantized(q, k, v)
        o, lse = attention_prepared(prep, causal, sm_scale, block_n, return_lse=True,
                                    check_finite=False, out_dtype=q.dtype)
        ctx.save_for_backward(q, k, v, o, lse)
        ctx.causal, ctx.sm_scale = causal, sm_scale
        return o

    @staticmethod
    def backward(ctx, do):
        q, k, v, o, lse = ctx.saved_tensors
        prep = _Unquantized(q, k, v)
        precision = "ieee" if q.dtype == torch.float32 else "bf16"
        dq, dk, dv = attention_prepared_backward(prep, o, lse, do.contiguous(), ctx.causal,
                                                 ctx.sm_scale, precision=precision,
                                                 check_finite=False)
        return dq.to(q.dtype), dk.to(k.dtype), dv.to(v.dtype), None, None, None


def flash_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = False,
                    sm_scale: float | None = None, *, block_n: int = 64) -> torch.Tensor:
    """FlashAttention on fp32/fp16/bf16 ``[B, H, N, D]`` tensors (D in {64, 128}), with autograd.

    The output has q's dtype. Inputs must be contiguous and finite (ValueError otherwise).
    """
    for name, t in (("q", q), ("k", k), ("v", v)):
        if not isinstance(t, torch.Tensor) or t.dtype not in (torch.float32, torch.float16, torch.bfloat16):
            raise ValueError(f"{name} must be a float32/float16/bfloat16 tensor")
    if v.dtype != q.dtype:
        raise ValueError(f"v has dtype {v.dtype} but q has {q.dtype}")
    for name, t in (("q", q), ("k", k)):
        if t.dim() != 4:
            raise ValueError(f"{name} must have 4 dims [B, H, N, D], got shape {tuple(t.shape)}")
    _check_operands(q, k, v, *_scales_for(q, k), check_finite=True)
    if sm_scale is None:
        sm_scale = 1.0 / math.sqrt(q.shape[-1])
    return _FlashAttention.apply(q, k, v, causal, float(sm_scale), block_n)


def _scales_for(q: torch.Tensor, k: torch.Tensor):
    p = _Unquantized(q, k, k)
    return p.q_scale, p.k_scale, p.v_scale
