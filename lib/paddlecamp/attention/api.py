"""``attention(q, k, v, *, recipe, causal, backend)``: quantized attention with autograd.

Pipeline: validate → recipe preprocessing in PyTorch with autograd (pad, Hadamard, smoothing) →
quantize into a :class:`~paddlecamp.attention.quant.Prepared` → kernel forward (emulator or
Triton) inside a ``torch.autograd.Function`` whose backward is straight-through (exact attention
gradients at the dequantized operands) → undo V's rotation. Gradients reach the caller's q, k, v
by autograd through the preprocessing.

Input handling (documented behaviour, tested):

* q ``[B, H, N, D]``, k and v ``[B, H, M, D]``; float32, float16 or bfloat16, all the same dtype
  and device; N, M, D > 0. Otherwise ``ValueError`` naming the tensor.
* Non-contiguous tensors are accepted: they are made contiguous (a copy), never rejected.
* NaN or Inf anywhere in q, k or v: ``ValueError`` naming the tensor (checked with
  ``torch.isfinite``; quantizing a NaN would silently poison a whole scale group).
* The emulator supports any head dim (recipes with a Hadamard rotation zero-pad D to a power of
  two internally); the Triton backends support D in {64, 128}.
* ``backend="triton-fast"`` runs the forward on the GPU fast path
  (``attention_prepared(..., fast=True)``, through tensor descriptors when the shapes allow):
  not bit-matched to the emulator (on an H200 its distance to the emulator was a tenth of the
  recipe's own error), e4m3 recipes without a per-tile P scale only (``fp8``, ``fp8-train``);
  the backward is the fast FP8 backward for the ``fp8-train`` recipes when the lengths are
  multiples of its blocks (128 on a GPU), else the exact Triton backward at the same operands.
* The output has q's dtype; computation is float32.
"""
from __future__ import annotations

import importlib

import torch

from paddlecamp.attention import emulate
from paddlecamp.attention.quant import Prepared, preprocess, quantize_operands
from paddlecamp.attention.recipes import Recipe, get_recipe

#: ``triton-fast``: the GPU fast forward (hardware P cast, fast fp8 accumulation; through TMA
#: when the shapes allow) for recipes with e4m3 Q, K, V and P; the fast FP8 backward for
#: ``fp8-train`` when the shapes allow, else the exact Triton backward.
BACKENDS = ("emulate", "triton", "triton-fast")
TRITON_HEAD_DIMS = (64, 128)
_DTYPES = (torch.float32, torch.float16, torch.bfloat16)


def _validate(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> None:
    for name, t in (("q", q), ("k", k), ("v", v)):
        if not isinstance(t, torch.Tensor):
            raise ValueError(f"{name} must be a torch.Tensor, got {type(t).__name__}")
        if t.dim() != 4:
            raise ValueError(f"{name} must have shape [B, H, N, D], got {tuple(t.shape)}")
        if t.dtype not in _DTYPES:
            raise ValueError(f"{name} has dtype {t.dtype}; supported: float32, float16, bfloat16")
    for name, t in (("k", k), ("v", v)):
        if t.dtype != q.dtype:
            raise ValueError(f"{name} has dtype {t.dtype} but q has {q.dtype}")
        if t.device != q.device:
            raise ValueError(f"{name} is on {t.device} but q is on {q.device}")
    b, h, n, d = q.shape
    if n == 0:
        raise ValueError("q has N == 0 query tokens")
    if k.shape[-2] == 0:
        raise ValueError("k has M == 0 key tokens")
    if d == 0:
        raise ValueError("head dim D == 0")
    if k.shape[:2] != (b, h) or k.shape[-1] != d:
        raise ValueError(f"k has shape {tuple(k.shape)}, expected [{b}, {h}, M, {d}] to match q")
    if v.shape != k.shape:
        raise ValueError(f"v has shape {tuple(v.shape)} but k has {tuple(k.shape)}")
    for name, t in (("q", q), ("k", k), ("v", v)):
        if not bool(torch.isfinite(t).all()):
            raise ValueError(f"{name} contains NaN or Inf")


def _triton_module():
    try:
        return importlib.import_module("paddlecamp.attention.triton_backend")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("paddlecamp.attention.triton_backend"):
            raise RuntimeError("backend='triton' needs paddlecamp.attention.triton_backend, "
                               "which is not available in this installation") from exc
        raise


def _forward(prep: Prepared, causal: bool, sm_scale: float, block_n: int, backend: str
             ) -> tuple[torch.Tensor, torch.Tensor]:
    if backend == "emulate":
        return emulate.attention_prepared(prep, causal, sm_scale, block_n)
    if backend == "triton-fast":
        from paddlecamp.kernels.attention.fwd_tma import supports

        tb = _triton_module()
        bm = tb.TMA_BLOCK_M if prep.q.is_cuda else 64
        return tb.attention_prepared(prep, causal, sm_scale, block_n, fast=True,
                                     tma=supports(prep.q, prep.k, bm, block_n), block_m=bm)
    out = _triton_module().attention_prepared(prep, causal, sm_scale, block_n)
    if isinstance(out, tuple):
        return out[0], out[1]
    # A backend that returns only O: recover lse from the emulator's definition.
    _, lse = emulate.attention_prepared(prep, causal, sm_scale, block_n)
    return out, lse


def _backward(prep, o, lse, do, causal, sm_scale, backend):
    if backend == "emulate":
        return emulate.attention_prepared_backward(prep, o, lse, do, causal, sm_scale)
    fast = False
    if backend == "triton-fast" and prep.bwd_fp8_dots:
        from paddlecamp.kernels.attention.bwd_fast import supports

        fast = supports(prep.q.shape[2], prep.k.shape[2], prep.q.is_cuda, prep.ds_block)
    return _triton_module().attention_prepared_backward(prep, o, lse, do, causal, sm_scale,
                                                         fast=fast)


class _QuantizedAttention(torch.autograd.Function):
    """Quantize + attention forward; straight-through backward (see module docstring)."""

    @staticmethod
    def forward(ctx, q, k, v, s_bias, recipe: Recipe, causal: bool, sm_scale: float, backend: str):
        prep = quantize_operands(q.detach(), k.detach(), v.detach(), recipe,
                                 s_bias=None if s_bias is None else s_bias.detach())
        o, lse = _forward(prep, causal, sm_scale, recipe.block_n, backend)
        ctx.prep, ctx.causal, ctx.sm_scale, ctx.backend = prep, causal, sm_scale, backend
        ctx.save_for_backward(o, lse)
        ctx.has_bias = s_bias is not None
        return o

    @staticmethod
    def backward(ctx, do):
        o, lse = ctx.saved_tensors
        prep = ctx.prep
        dq, dk, dv = _backward(prep, o, lse, do.contiguous(), ctx.causal, ctx.sm_scale, ctx.backend)
        dbias = None
        if ctx.has_bias:
            dbias = emulate.attention_prepared_bias_grad(prep, o, lse, do, ctx.causal, ctx.sm_scale)
        return dq, dk, dv, dbias, None, None, None, None


def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, recipe: "str | Recipe" = "fp8",
              causal: bool = False, backend: str = "emulate", sm_scale: float | None = None
              ) -> torch.Tensor:
    """Softmax attention ``softmax(q kᵀ · sm_scale) v`` computed the way ``recipe`` says.

    ``sm_scale`` defaults to ``1/sqrt(D)``. Causal masking hides key ``j`` from query ``i`` when
    ``j > i + (M - N)`` (queries aligned to the end of the keys). Differentiable w.r.t. q, k, v.
    """
    r = get_recipe(recipe)
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; known: {', '.join(BACKENDS)}")
    _validate(q, k, v)
    d = q.shape[-1]
    if backend in ("triton", "triton-fast"):
        if d not in TRITON_HEAD_DIMS:
            raise ValueError(f"backend={backend!r} supports head dim D in {TRITON_HEAD_DIMS}, got {d}")
        if not r.kernel_compatible:
            raise ValueError(f"recipe {r.name!r} uses Q-smoothing (a per-key bias term), which "
                             "the Triton kernel does not implement; use backend='emulate'")
    if backend == "triton-fast" and not r.fast_compatible:
        raise ValueError(f"backend='triton-fast' needs e4m3 Q, K, V and P without a per-tile P "
                         f"scale (recipes fp8, fp8-train); recipe {r.name!r} is not; use "
                         "backend='triton'")
    scale = d ** -0.5 if sm_scale is None else float(sm_scale)
    out_dtype = q.dtype
    q, k, v = q.contiguous(), k.contiguous(), v.contiguous()
    qp, kp, vp, s_bias, t = preprocess(q, k, v, r)
    o = _QuantizedAttention.apply(qp.contiguous(), kp.contiguous(), vp.contiguous(), s_bias, r,
                                  causal, scale, backend)
    return t.finish_output(o).to(out_dtype)
