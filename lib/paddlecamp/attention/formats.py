"""Exact rounding onto low-precision number grids: e4m3, e5m2, e2m1, int8, uint8, fp16, bf16.

Every quantizer in this package goes through :func:`round_to_format`, which returns float
tensors whose values lie exactly on the target grid. Floating-point formats use
round-to-nearest-even with *satfinite* (values beyond the largest finite number clamp to it,
as the GPU's ``cvt.rn.satfinite`` does); integer formats use round-half-even then clamp.
The arithmetic is exact: dividing by a power of two and ``torch.round`` (half to even) never
round twice, so the result equals a hardware cast bit for bit (the tests compare against
``torch.float8_e4m3fn`` / ``torch.float8_e5m2`` casts over every boundary and midpoint).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class NumberFormat:
    """A number grid. Floats: ``mantissa_bits`` explicit bits, smallest normal ``2**min_exp``."""

    name: str
    kind: str               # "float" or "int"
    max: float              # largest finite magnitude (satfinite clamp)
    mantissa_bits: int = 0
    min_exp: int = 0        # exponent of the smallest normal number
    min_value: float = 0.0  # integers: the smallest value (clamp)
    bits: int = 8

    @property
    def smallest_subnormal(self) -> float:
        """The smallest positive value (floats: the subnormal quantum; ints: 1)."""
        if self.kind == "int":
            return 1.0
        return 2.0 ** (self.min_exp - self.mantissa_bits)


#: The formats this package rounds onto. e4m3 is the OCP ``E4M3FN`` variant (no inf, max 448).
FORMATS: dict[str, NumberFormat] = {
    "e4m3": NumberFormat("e4m3", "float", 448.0, mantissa_bits=3, min_exp=-6),
    "e5m2": NumberFormat("e5m2", "float", 57344.0, mantissa_bits=2, min_exp=-14),
    "e2m1": NumberFormat("e2m1", "float", 6.0, mantissa_bits=1, min_exp=0, bits=4),
    "fp16": NumberFormat("fp16", "float", 65504.0, mantissa_bits=10, min_exp=-14, bits=16),
    "bf16": NumberFormat("bf16", "float", 3.3895313892515355e38, mantissa_bits=7, min_exp=-126,
                         bits=16),
    # Symmetric int8: -128 is never produced so that x and -x quantize symmetrically.
    "int8": NumberFormat("int8", "int", 127.0, min_value=-127.0),
    "uint8": NumberFormat("uint8", "int", 255.0, min_value=0.0),
}

#: torch storage dtype for each 8-bit format (what a kernel loads).
STORAGE_DTYPES: dict[str, torch.dtype] = {
    "e4m3": torch.float8_e4m3fn,
    "e5m2": torch.float8_e5m2,
    "int8": torch.int8,
    "uint8": torch.uint8,
    "fp16": torch.float16,
    "bf16": torch.bfloat16,
}


def get_format(name: str) -> NumberFormat:
    """Look up a format by name; the error lists the known names."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown number format {name!r}; known: {', '.join(FORMATS)}") from None


def round_to_format(x: torch.Tensor, fmt: str | NumberFormat) -> torch.Tensor:
    """Round ``x`` (float32 or float64) onto the grid of ``fmt``; returns the same dtype.

    Floats: round to nearest, ties to even, then satfinite clamp to ``±fmt.max``.
    Integers: round half to even, then clamp to ``[fmt.min_value, fmt.max]``.
    NaN stays NaN (callers reject non-finite inputs before quantizing).
    """
    f = get_format(fmt) if isinstance(fmt, str) else fmt
    if not x.is_floating_point():
        raise TypeError(f"round_to_format expects a float tensor, got {x.dtype}")
    if x.dtype not in (torch.float32, torch.float64):
        x = x.float()
    if f.kind == "int":
        return torch.round(x).clamp_(f.min_value, f.max)
    # Exponent of each value, floored at the smallest normal exponent: below it the grid is
    # uniform (subnormals) with quantum 2**(min_exp - mantissa_bits).
    _, e = torch.frexp(x)                      # x = m * 2**e with 0.5 <= |m| < 1
    e = torch.clamp(e - 1, min=f.min_exp)      # floor(log2|x|), floored at min_exp
    quantum = torch.ldexp(torch.ones_like(x), (e - f.mantissa_bits).to(torch.int32))
    # x / quantum is exact (power of two) and below 2**(mantissa_bits+2), so round() is the only
    # rounding step; a carry to the next binade (e.g. 1.96875 -> 2.0 in e4m3) lands on the grid.
    y = torch.round(x / quantum) * quantum
    return y.clamp_(-f.max, f.max)


def to_storage(grid_values: torch.Tensor, fmt: str) -> torch.Tensor:
    """Store grid values in the torch dtype a kernel consumes (exact: values are on the grid).

    e2m1 has no CPU compute dtype in torch, so it stays float32 (values exactly representable).
    """
    dtype = STORAGE_DTYPES.get(fmt)
    if dtype is None:
        return grid_values.float()
    return grid_values.to(dtype)


def representable_values(fmt: str, *, nonnegative: bool = False) -> torch.Tensor:
    """All finite values of a float format (or all integers of an int format), sorted, float64."""
    f = get_format(fmt)
    if f.kind == "int":
        vals = torch.arange(int(f.min_value), int(f.max) + 1, dtype=torch.float64)
    else:
        if f.bits > 8:
            raise ValueError(f"enumerating {fmt} is not supported (16-bit formats are too large)")
        pos = [0.0]
        step = 2.0 ** (f.min_exp - f.mantissa_bits)
        # Subnormals, then each binade until max.
        pos += [i * step for i in range(1, 2 ** f.mantissa_bits)]
        e = f.min_exp
        while True:
            for m in range(2 ** f.mantissa_bits):
                v = (1.0 + m / 2 ** f.mantissa_bits) * 2.0 ** e
                if v > f.max:
                    break
                pos.append(v)
            else:
                e += 1
                continue
            break
        p = torch.tensor(pos, dtype=torch.float64)
        vals = torch.cat([-p.flip(0)[:-1], p])
    if nonnegative:
        vals = vals[vals >= 0]
    return vals
