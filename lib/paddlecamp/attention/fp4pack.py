"""FP4 (e2m1) storage: two 4-bit codes per byte plus group scales, what the kernel reads.

A microscaled FP4 tensor ``x`` of shape ``[..., D]`` is stored as

* ``codes``: uint8 ``[..., D // 2]``. Byte ``j`` holds element ``j`` in its low nibble and
  element ``j + D // 2`` in its high nibble ("split halves"). A dot product over D does not care
  about the order of its terms, so the kernel multiplies the low halves of Q and K and the high
  halves separately and adds the two: no interleaving of nibbles in registers.
* ``scales``: one per group of ``group`` elements along D, ``[..., D // group]``: e4m3
  (``torch.float8_e4m3fn``) for NVFP4 (16 elements), e8m0 for MXFP4 (32 elements; uint8 holding
  the biased exponent, scale = ``2 ** (e - 127)``).

The e2m1 code is the OCP layout ``s eem``: magnitudes 0, 0.5, 1, 1.5, 2, 3, 4, 6 for codes 0..7,
bit 3 the sign. Any per-tensor scale (NVFP4's fp32 second level) stays outside, in the per-token
``q_scale``/``k_scale`` of :class:`~paddlecamp.attention.quant.Prepared`.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

#: e2m1 magnitudes in code order (codes 0..7; code | 8 is the negative).
E2M1_VALUES = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)
#: Elements per scale and the scale's storage, per FP4 granularity.
FP4_KINDS = {"nvfp4": (16, "e4m3"), "mxfp4": (32, "e8m0")}


@dataclass
class Fp4Tensor:
    """Packed e2m1 values with group scales (see the module notes for the layout)."""

    codes: torch.Tensor    # uint8 [..., D // 2]
    scales: torch.Tensor   # float8_e4m3fn (nvfp4) or uint8 e8m0 (mxfp4), [..., D // group]
    kind: str              # "nvfp4" or "mxfp4"

    @property
    def group(self) -> int:
        return FP4_KINDS[self.kind][0]

    def nbytes(self) -> int:
        """Bytes of codes and scales together."""
        return self.codes.numel() * self.codes.element_size() + \
            self.scales.numel() * self.scales.element_size()


def encode_e2m1(values: torch.Tensor, *, name: str = "x") -> torch.Tensor:
    """4-bit codes (uint8 0..15) of values that lie exactly on the e2m1 grid."""
    grid = torch.tensor(E2M1_VALUES, dtype=torch.float32, device=values.device)
    mag = values.abs().float()
    idx = torch.searchsorted(grid, mag).clamp(max=7)
    bad = grid[idx] != mag
    if bool(bad.any()):
        where = tuple(int(i) for i in bad.nonzero()[0].tolist())
        raise ValueError(f"{name}: value {values[where].item()!r} at index {list(where)} is not on "
                         f"the e2m1 grid {E2M1_VALUES}")
    sign = (torch.signbit(values) & (mag > 0)).to(torch.uint8) << 3
    return idx.to(torch.uint8) | sign


def decode_e2m1(codes: torch.Tensor) -> torch.Tensor:
    """float32 values of 4-bit e2m1 codes."""
    grid = torch.tensor(E2M1_VALUES, dtype=torch.float32, device=codes.device)
    c = codes.to(torch.int64)
    mag = grid[c & 7]
    return torch.where((c & 8) != 0, -mag, mag)


def _encode_scales(scales: torch.Tensor, kind: str, name: str) -> torch.Tensor:
    if kind == "nvfp4":
        s8 = scales.to(torch.float8_e4m3fn)
        if not torch.equal(s8.float(), scales.float()):
            raise ValueError(f"{name}: NVFP4 group scales must be e4m3 values")
        return s8
    mant, exp = torch.frexp(scales.float())
    biased = exp.to(torch.int64) - 1 + 127
    if not bool((mant == 0.5).all()) or bool(((biased < 1) | (biased > 254)).any()):
        raise ValueError(f"{name}: MXFP4 group scales must be powers of two in [2^-126, 2^127]")
    return biased.to(torch.uint8)


def _decode_scales(scales: torch.Tensor, kind: str) -> torch.Tensor:
    if kind == "nvfp4":
        return scales.float()
    return torch.ldexp(torch.ones_like(scales, dtype=torch.float32),
                       scales.to(torch.int32) - 127)


def pack(e2m1_values: torch.Tensor, group_scales: torch.Tensor, kind: str, *,
         name: str = "x") -> Fp4Tensor:
    """Pack e2m1 grid values ``[..., D]`` and their group scales ``[..., D // group]``."""
    if kind not in FP4_KINDS:
        raise ValueError(f"unknown FP4 kind {kind!r}; known: {', '.join(FP4_KINDS)}")
    group = FP4_KINDS[kind][0]
    d = e2m1_values.shape[-1]
    if d % group or d % 2:
        raise ValueError(f"{name}: head dim {d} must be a multiple of the {kind} group ({group})")
    if tuple(group_scales.shape) != (*e2m1_values.shape[:-1], d // group):
        raise ValueError(f"{name}: group scales have shape {tuple(group_scales.shape)}, expected "
                         f"{[*e2m1_values.shape[:-1], d // group]}")
    codes = encode_e2m1(e2m1_values, name=name)
    half = d // 2
    packed = codes[..., :half] | (codes[..., half:] << 4)
    return Fp4Tensor(packed.contiguous(), _encode_scales(group_scales, kind, name).contiguous(), kind)


def unpack(t: Fp4Tensor) -> torch.Tensor:
    """float32 ``e2m1 value × group scale`` of a packed tensor, ``[..., D]``."""
    lo = decode_e2m1(t.codes & 15)
    hi = decode_e2m1(t.codes >> 4)
    vals = torch.cat([lo, hi], dim=-1)
    scales = _decode_scales(t.scales, t.kind).repeat_interleave(t.group, dim=-1)
    return vals * scales
