"""Drop-in scaled-dot-product attention for real models: a torch function and a Paddle one.

* :func:`scaled_dot_product_attention` takes ``torch.nn.functional.scaled_dot_product_attention``'s
  arguments and layout (``[B, H, N, D]`` or ``[H, N, D]``) and runs them through a quantization
  recipe (:func:`paddlecamp.attention.api.attention`).
* :func:`paddle_sdpa` takes ``paddle.nn.functional.scaled_dot_product_attention``'s (Paddle
  3.3.1: ``[batch, seq, heads, dim]`` or ``[seq, heads, dim]``). Tensors cross to torch and back
  through DLPack, which shares memory (no copies); a ``paddle.autograd.PyLayer`` calls the torch
  implementation in its forward and torch's autograd in its backward, so gradients reach the
  Paddle tensors.

Semantics shared by both (those of torch and Paddle):

* ``is_causal``: query ``i`` sees key ``j`` iff ``j <= i`` (the mask is aligned to the top-left
  corner, ``tril`` of the ``N × M`` matrix). With ``N <= M`` the keys beyond ``N`` are unseen; with
  ``N > M`` queries ``i >= M`` see every key. (:func:`~paddlecamp.attention.api.attention` aligns
  to the bottom-right instead; the wrappers translate.)
* ``scale`` defaults to ``1/sqrt(D)``. Grouped-query attention: with ``enable_gqa`` the key and
  value heads ``H_kv`` must divide the query heads ``H``; key/value head ``h // (H / H_kv)``
  serves query head ``h`` (``repeat_interleave``, as torch does).
* Unsupported: ``attn_mask`` (any), ``dropout_p > 0`` while training, a value head dim different
  from the query's. Each raises ``ValueError`` naming the argument.
* ``backend``: ``"auto"`` runs the Triton kernels on a CUDA tensor with D in {64, 128} and the
  PyTorch emulator otherwise; ``"emulate"`` and ``"triton"`` force one; ``"triton-fast"`` runs
  the GPU fast forward (not bit-matched to the emulator; e4m3 recipes such as ``fp8``, see
  :func:`paddlecamp.attention.api.attention`).
"""
from __future__ import annotations

import math

import torch

from paddlecamp.attention.api import TRITON_HEAD_DIMS, attention
from paddlecamp.attention.recipes import Recipe, get_recipe

SDPA_BACKENDS = ("auto", "emulate", "triton", "triton-fast")


def _pick_backend(backend: str, q: torch.Tensor, recipe: Recipe) -> str:
    if backend not in SDPA_BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(SDPA_BACKENDS)}, got {backend!r}")
    if backend != "auto":
        return backend
    if q.is_cuda and q.shape[-1] in TRITON_HEAD_DIMS and recipe.kernel_compatible:
        return "triton"
    return "emulate"


def _check(query, key, value, attn_mask, dropout_p, training: bool) -> None:
    if attn_mask is not None:
        raise ValueError("attn_mask is not supported by the quantized attention (only is_causal "
                         "masking is); pass attn_mask=None")
    if dropout_p is None or not isinstance(dropout_p, (int, float)) or dropout_p < 0 or dropout_p >= 1:
        raise ValueError(f"dropout_p must be a number in [0, 1), got {dropout_p!r}")
    if dropout_p > 0 and training:
        raise ValueError(f"dropout_p={dropout_p} is not supported (no attention dropout in the "
                         "quantized kernels); pass dropout_p=0.0")
    for name, t in (("query", query), ("key", key), ("value", value)):
        if not isinstance(t, torch.Tensor):
            raise ValueError(f"{name} must be a torch.Tensor, got {type(t).__name__}")
        if t.dim() not in (3, 4):
            raise ValueError(f"{name} must have 3 or 4 dims ([B, H, N, D] or [H, N, D]), got "
                             f"shape {tuple(t.shape)}")
    if not (query.dim() == key.dim() == value.dim()):
        raise ValueError(f"query, key and value must have the same number of dims, got "
                         f"{query.dim()}, {key.dim()} and {value.dim()}")
    if value.shape[-1] != query.shape[-1]:
        raise ValueError(f"value has head dim {value.shape[-1]} but query has {query.shape[-1]}; "
                         "a different value head dim is not supported")


def scaled_dot_product_attention(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                                 attn_mask: torch.Tensor | None = None, dropout_p: float = 0.0,
                                 is_causal: bool = False, scale: float | None = None,
                                 enable_gqa: bool = False, *, recipe: "str | Recipe" = "fp8",
                                 backend: str = "auto") -> torch.Tensor:
    """``torch.nn.functional.scaled_dot_product_attention`` computed the way ``recipe`` says.

    ``query`` ``[B, H, N, D]`` (or ``[H, N, D]``), ``key``/``value`` ``[B, H_kv, M, D]``;
    returns ``[B, H, N, D]`` in query's dtype, differentiable w.r.t. all three. See the module
    notes for causal alignment, GQA and what raises.
    """
    _check(query, key, value, attn_mask, dropout_p, training=True)
    r = get_recipe(recipe)
    squeeze = query.dim() == 3
    if squeeze:
        query, key, value = query.unsqueeze(0), key.unsqueeze(0), value.unsqueeze(0)
    h, hk = query.shape[1], key.shape[1]
    if value.shape[1] != hk:
        raise ValueError(f"key has {hk} heads but value has {value.shape[1]}")
    if hk != h:
        if not enable_gqa:
            raise ValueError(f"key/value have {hk} heads but query has {h}; pass enable_gqa=True "
                             "for grouped-query attention")
        if h % hk:
            raise ValueError(f"enable_gqa: query heads ({h}) must be a multiple of key/value "
                             f"heads ({hk})")
        key = key.repeat_interleave(h // hk, dim=1)
        value = value.repeat_interleave(h // hk, dim=1)
    if scale is not None and not (isinstance(scale, (int, float)) and math.isfinite(scale) and scale > 0):
        raise ValueError(f"scale must be a positive finite number or None, got {scale!r}")
    be = _pick_backend(backend, query, r)
    n, m = query.shape[-2], key.shape[-2]

    def run(q, k, v, causal):
        return attention(q, k, v, recipe=r, causal=causal, backend=be, sm_scale=scale)

    if not is_causal or n == m:
        out = run(query, key, value, bool(is_causal))
    elif n < m:
        # Top-left alignment: keys beyond N are never seen; on the first N keys the mask is
        # the square one, which is also attention()'s bottom-right mask.
        out = run(query, key[..., :n, :], value[..., :n, :], True)
    else:
        # Queries 0..M-1 see a square causal mask; queries M.. see every key.
        out = torch.cat([run(query[..., :m, :], key, value, True),
                         run(query[..., m:, :], key, value, False)], dim=-2)
    return out.squeeze(0) if squeeze else out


# -- Paddle -------------------------------------------------------------------------------------

def _to_torch(t):
    """A paddle Tensor as a torch tensor over the same memory (DLPack). Paddle refuses to export
    a tensor that records gradients; ``detach()`` gives a view of the same storage."""
    return torch.from_dlpack(t if t.stop_gradient else t.detach())


def _to_paddle(t: torch.Tensor):
    import paddle

    return paddle.from_dlpack(t.detach())


_PYLAYER = None


def _pylayer():
    """The PyLayer class (built on first use, so that importing this module needs no paddle)."""
    global _PYLAYER
    if _PYLAYER is None:
        import paddle

        class _TorchAttention(paddle.autograd.PyLayer):
            @staticmethod
            def forward(ctx, query, key, value, is_causal, scale, enable_gqa, recipe, backend):
                xs = [_to_torch(t).detach().requires_grad_() for t in (query, key, value)]
                # Paddle's [batch, seq, heads, dim] is torch's [B, H, N, D] transposed (a view).
                with torch.enable_grad():
                    out = scaled_dot_product_attention(
                        *(x.transpose(-2, -3) for x in xs), is_causal=is_causal, scale=scale,
                        enable_gqa=enable_gqa, recipe=recipe, backend=backend).transpose(-2, -3)
                    out = out.contiguous()
                ctx.torch_io = (xs, out)
                return _to_paddle(out)

            @staticmethod
            def backward(ctx, grad_out):
                xs, out = ctx.torch_io
                grads = torch.autograd.grad(out, xs, _to_torch(grad_out))
                ctx.torch_io = None
                return tuple(_to_paddle(g.contiguous()) for g in grads)

        _PYLAYER = _TorchAttention
    return _PYLAYER


def paddle_sdpa(query, key, value, attn_mask=None, dropout_p: float = 0.0,
                is_causal: bool = False, training: bool = True, backend: str | None = None,
                scale: float | None = None, enable_gqa: bool = True, name: str | None = None, *,
                recipe: "str | Recipe" = "fp8"):
    """``paddle.nn.functional.scaled_dot_product_attention`` (Paddle 3.3.1's signature and
    ``[batch, seq, heads, dim]`` layout) computed by this package's torch implementation.

    ``backend``: ``None`` or ``"auto"`` (Triton on CUDA, the emulator on CPU), ``"emulate"`` or
    ``"triton"``; Paddle's ``"p2p"`` is not supported. ``dropout_p`` must be 0 while
    ``training`` (dropout is off when not training, as in Paddle). ``enable_gqa`` defaults to
    True, as Paddle's does. ``name`` is accepted and ignored, as Paddle's static-graph name.
    Float32, float16 and bfloat16 Paddle tensors on CPU or GPU; the result is a Paddle tensor
    with gradients flowing back to ``query``, ``key`` and ``value``.
    """
    import paddle

    for arg, t in (("query", query), ("key", key), ("value", value)):
        if not isinstance(t, paddle.Tensor):
            raise ValueError(f"{arg} must be a paddle.Tensor, got {type(t).__name__}")
    if backend is None:
        backend = "auto"
    if backend not in SDPA_BACKENDS:
        raise ValueError(f"backend must be None, 'auto', 'emulate' or 'triton', got {backend!r}")
    if attn_mask is not None:
        raise ValueError("attn_mask is not supported by the quantized attention (only is_causal "
                         "masking is); pass attn_mask=None")
    if not isinstance(dropout_p, (int, float)) or not 0 <= dropout_p < 1:
        raise ValueError(f"dropout_p must be a number in [0, 1), got {dropout_p!r}")
    if dropout_p > 0 and training:
        raise ValueError(f"dropout_p={dropout_p} is not supported (no attention dropout in the "
                         "quantized kernels); pass dropout_p=0.0")
    get_recipe(recipe)   # unknown names fail here, before any tensor crosses over
    for arg, t in (("query", query), ("key", key), ("value", value)):
        if t.ndim not in (3, 4):
            raise ValueError(f"{arg} must have 3 or 4 dims ([batch, seq, heads, dim] or "
                             f"[seq, heads, dim]), got shape {list(t.shape)}")
    return _pylayer().apply(query, key, value, bool(is_causal), scale, bool(enable_gqa),
                            recipe, backend)
