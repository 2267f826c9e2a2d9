"""Triton kernels and C++ sources shipped with paddlecamp (importable as ``paddlecamp.kernels``).

Triton kernels live in per-track subpackages (for example ``paddlecamp.kernels.attention``);
C++ sources live under ``cpp/`` and are package data. Importing this package imports nothing
heavy.
"""
from __future__ import annotations

from pathlib import Path

KERNELS_DIR = Path(__file__).resolve().parent

