"""Triton kernels and C++ sources shipped with paddlecamp (importable as ``paddlecamp.kernels``).

Triton kernels live in per-track subpackages (for example ``paddlecamp.kernels.attention``);
C++ sources live under ``cpp/`` and are package data. Importing this package imports nothing
heavy.
"""
from __future__ import annotations

from pathlib import Path

KERNELS_DIR = Path(__file__).resolve().parent


def cpp_source(*parts: str) -> Path:
    """Path of a C++ source shipped under ``kernels/cpp``."""
    path = KERNELS_DIR.joinpath("cpp", *parts)
    if not path.exists():
        raise FileNotFoundError(f"no C++ source {path.relative_to(KERNELS_DIR)} in paddlecamp.kernels")
    return path
