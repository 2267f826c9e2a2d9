"""Microscaled FP4 (e2m1) with arbitrary group sizes: the knob behind MXFP4 and NVFP4.

MXFP4 (OCP): 32 elements share a power-of-two (e8m0) scale ``2**(floor(log2 amax) - 2)``; an
element above ``6 × scale`` saturates. NVFP4: 16 elements share an e4m3 scale ``amax / 6``
(rounded onto e4m3) under one fp32 scale per tensor. :func:`group_quantize` does either for any
group size so the chapter can sweep it; for 32/e8m0 and 16/e4m3 it equals the recipes' own
quantizers (tested).
"""
from __future__ import annotations

import torch

from paddlecamp.attention.formats import round_to_format
from paddlecamp.attention.hadamard import HadamardRotation

SCALE_KINDS = ("e8m0", "e4m3")


def group_quantize(x: torch.Tensor, group: int, scale_kind: str = "e8m0"
                   ) -> tuple[torch.Tensor, torch.Tensor]:
    """Quantize-dequantize ``x`` (last dim a multiple of ``group``) to e2m1 with group scales.

    Returns ``(dequantized, scales)`` with ``scales`` of shape ``[..., D // group]`` (the
    effective multiplier of each group, tensor scale included).
    """
    if scale_kind not in SCALE_KINDS:
        raise ValueError(f"scale_kind must be one of {SCALE_KINDS}, got {scale_kind!r}")
    d = x.shape[-1]
    if group <= 0 or d % group:
        raise ValueError(f"group size {group} must divide the last dim {d}")
    x = x.float()
    g = x.reshape(*x.shape[:-1], d // group, group)
    amax = g.abs().amax(-1, keepdim=True)
    if scale_kind == "e8m0":
        _, e = torch.frexp(amax)
        scale = torch.ldexp(torch.ones_like(amax), (e - 3).to(torch.int32))
        scale = torch.where(amax > 0, scale, torch.ones_like(scale))
    else:
        tmax = x.abs().amax()
        glob = tmax / (6.0 * 448.0) if tmax > 0 else torch.tensor(1.0)
        scale = round_to_format(amax / 6.0 / glob, "e4m3")
        scale = torch.where(scale > 0, scale, torch.ones_like(scale)) * glob
    deq = round_to_format(g / scale, "e2m1") * scale
    return deq.reshape(x.shape), scale.squeeze(-1)


def group_size_sweep(x: torch.Tensor, groups: tuple[int, ...] = (8, 16, 32, 64, 128),
                     *, hadamard: bool = False) -> list[dict]:
    """RMSE (relative to x's RMS) of FP4 quantization for each group size and scale kind.

    With ``hadamard=True`` the rows are rotated first (error measured in the rotated space,
    which is the same as in the original one: the rotation is orthonormal).
    """
    if hadamard:
        x = HadamardRotation(x.shape[-1]).forward(x.float())
    rms = x.float().pow(2).mean().sqrt()
    rows = []
    for grp in groups:
        for kind in SCALE_KINDS:
            deq, _ = group_quantize(x, grp, kind)
            err = (deq - x).pow(2).mean().sqrt() / rms
            rows.append({"group": grp, "scale": kind, "hadamard": hadamard,
                         "relative_rmse": err.item(), "bits_per_element": 4 + 8 / grp})
    return rows
