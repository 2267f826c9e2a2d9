"""FP8/INT8/FP4 attention: number formats, quantization recipes, an exact emulator with autograd,
accuracy and convergence studies (Track 7).

Entry points: :func:`paddlecamp.attention.api.attention`, and the drop-ins for real models
:func:`scaled_dot_product_attention` (torch's convention) and :func:`paddle_sdpa` (Paddle's), in
:mod:`paddlecamp.attention.sdpa`. The Triton kernels live in ``paddlecamp.kernels.attention`` and
are reached with ``backend="triton"``.
"""
from __future__ import annotations

from paddlecamp.attention.recipes import RECIPES, Recipe, get_recipe

__all__ = ["RECIPES", "Recipe", "get_recipe", "attention", "scaled_dot_product_attention",
           "paddle_sdpa"]


def __getattr__(name: str):
    # Lazy so that importing the package for its recipes does not build the autograd machinery.
    if name == "attention":
        from paddlecamp.attention.api import attention

        return attention
    if name in ("scaled_dot_product_attention", "paddle_sdpa"):
        from paddlecamp.attention import sdpa

        return getattr(sdpa, name)
    raise AttributeError(name)
