"""FP8/INT8/FP4 attention: number formats, quantization recipes, an exact emulator with autograd,
accuracy and convergence studies (Track 7).

Entry point: :func:`paddlecamp.attention.api.attention`. The Triton kernels live in
``paddlecamp.kernels.attention`` and are reached with ``backend="triton"``.
"""
from __future__ import annotations

from paddlecamp.attention.recipes import RECIPES, Recipe, get_recipe

__all__ = ["RECIPES", "Recipe", "get_recipe", "attention"]


def __getattr__(name: str):
    # Lazy so that importing the package for its recipes does not build the autograd machinery.
    if name == "attention":
        from paddlecamp.attention.api import attention

        return attention
    raise AttributeError(name)
