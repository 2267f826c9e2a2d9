"""Exact round-to-nearest-even onto the 8-bit grids, inside Triton kernels.

Why a helper instead of ``x.to(tl.float8e4nv)``: in the Triton interpreter (CPU,
``TRITON_INTERPRET=1``) the fp32 -> fp8 cast gets ties, power-of-two carries, subnormals and
saturation wrong. Every fp32 value that is meant to land on an 8-bit grid is therefore first
rounded here, with arithmetic that is exact in fp32; a later cast then only has to copy a value
that is already representable, which the interpreter and the GPU both do exactly.

The method is the one a textbook uses for floating-point rounding:

* read the binade ``e = floor(log2|x|)`` from the exponent bits (no ``log2``: it is not exact),
  clamped to the format's smallest normal exponent so that subnormals share one quantum;
* the grid spacing in that binade is ``quantum = 2**(e - mantissa_bits)``, built from bits;
* ``|x| / quantum`` is exact (a power-of-two scale) and lies in ``[0, 2**(mantissa_bits+1)]``;
  rounding it to an integer with ties to even uses the classic ``(y + 2**23) - 2**23`` trick,
  exact for ``0 <= y < 2**22``;
* multiply back (exact), then saturate to the largest finite value ("satfinite").

A carry out of the binade (1.1111 -> 10.000) needs no special case: the integer becomes
``2**(mantissa_bits+1)`` and the product is the next power of two, which is on the grid.

Format codes (a ``tl.constexpr``): 0 = none, 1 = e4m3 (``float8_e4m3fn``), 2 = e5m2,
3 = int8 (round half to even, then clamp to [-127, 127]), 4 = uint8 (clamp to [0, 255]; for P,
which is never negative).
"""
from __future__ import annotations

import triton
import triton.language as tl

FORMAT_NONE = 0
FORMAT_E4M3 = 1
FORMAT_E5M2 = 2
FORMAT_INT8 = 3
FORMAT_UINT8 = 4

FORMAT_CODES = {None: FORMAT_NONE, "e4m3": FORMAT_E4M3, "e5m2": FORMAT_E5M2, "int8": FORMAT_INT8,
                "uint8": FORMAT_UINT8}
#: Largest finite value of each format (the P scale the contract uses).
FORMAT_MAX = {"e4m3": 448.0, "e5m2": 57344.0, "int8": 127.0, "uint8": 255.0}


def format_code(name: str | None) -> int:
    """The constexpr code of a format name (``None``, "e4m3", "e5m2" or "int8")."""
    if name not in FORMAT_CODES:
        raise ValueError(f"unknown 8-bit format {name!r}; known: {sorted(k for k in FORMAT_CODES if k)} or None")
    return FORMAT_CODES[name]


@triton.jit
def _rint_nonneg(y):
    # Round-half-even of 0 <= y < 2**22: adding 2**23 leaves no fraction bits, and the fp32 adder
    # rounds to nearest even. Without fast-math this pair of additions is not folded away.
    return (y + 8388608.0) - 8388608.0


@triton.jit
def round_to_grid(x, FORMAT: tl.constexpr):
    """Round fp32 ``x`` onto the grid of ``FORMAT`` (RNE, satfinite); returns fp32 grid values."""
    if FORMAT == 0:
        return x
    a = tl.abs(x)
    if FORMAT == 3 or FORMAT == 4:
        r = tl.minimum(_rint_nonneg(tl.minimum(a, 4194304.0)), 127.0 if FORMAT == 3 else 255.0)
        if FORMAT == 4:
            return tl.where(x < 0, 0.0, r)
    else:
        MANT: tl.constexpr = 3 if FORMAT == 1 else 2
        EMIN: tl.constexpr = -6 if FORMAT == 1 else -14
        VMAX: tl.constexpr = 448.0 if FORMAT == 1 else 57344.0
        bits = a.to(tl.int32, bitcast=True)
        e = ((bits >> 23) & 0xFF) - 127
        e = tl.maximum(e, EMIN)
        # Cap the binade so that the quantum's bit pattern stays a finite power of two; anything
        # that large saturates anyway.
        e = tl.minimum(e, 100)
        quantum = ((e - MANT + 127) << 23).to(tl.float32, bitcast=True)
        inv_quantum = ((127 - (e - MANT)) << 23).to(tl.float32, bitcast=True)
        r = tl.minimum(_rint_nonneg(a * inv_quantum) * quantum, VMAX)
    return tl.where(x < 0, -r, r)
