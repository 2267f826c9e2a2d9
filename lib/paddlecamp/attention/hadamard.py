"""Random-sign fast Walsh–Hadamard rotation along the head dimension (incoherent processing).

``R = diag(s) · H / sqrt(D)`` with random signs ``s`` is orthonormal, so rotating both Q and K
by it leaves ``Q·Kᵀ`` unchanged while spreading an outlier in one channel over all ``D``
channels; rotating V gives ``O = P·(V·R)·Rᵀ``. The transform costs ``D log2 D`` adds per row
and is differentiable (plain tensor ops), so autograd chains gradients through it.
"""
from __future__ import annotations

import math

import torch


def is_power_of_two(n: int) -> bool:
    """True for 1, 2, 4, 8, ..."""
    return n > 0 and (n & (n - 1)) == 0


def fwht(x: torch.Tensor) -> torch.Tensor:
    """Orthonormal fast Walsh–Hadamard transform along the last dim (Sylvester order).

    Equals ``x @ H / sqrt(D)`` with ``H`` the Sylvester Hadamard matrix; it is its own inverse.
    """
    d = x.shape[-1]
    if not is_power_of_two(d):
        raise ValueError(f"the Hadamard transform needs a power-of-two size, got {d}")
    lead = x.shape[:-1]
    y = x.reshape(-1, d)
    h = 1
    while h < d:
        # Butterflies on pairs (a, b) that are h apart: (a + b, a - b).
        y = y.reshape(-1, d // (2 * h), 2, h)
        a, b = y[:, :, 0, :], y[:, :, 1, :]
        y = torch.stack((a + b, a - b), dim=2)
        h *= 2
    return (y.reshape(*lead, d)) / math.sqrt(d)


def random_signs(d: int, seed: int = 0) -> torch.Tensor:
    """A reproducible vector of ±1 (float32) of length ``d``."""
    g = torch.Generator().manual_seed(seed)
    return torch.randint(0, 2, (d,), generator=g).float().mul_(2).sub_(1)


class HadamardRotation:
    """The orthonormal rotation ``x ↦ fwht(x * s)`` and its inverse ``y ↦ fwht(y) * s``."""

    def __init__(self, d: int, seed: int = 0) -> None:
        if not is_power_of_two(d):
            raise ValueError(f"the Hadamard rotation needs a power-of-two head dim, got {d}")
        self.d = d
        self.signs = random_signs(d, seed)

    def _s(self, x: torch.Tensor) -> torch.Tensor:
        return self.signs.to(device=x.device, dtype=x.dtype)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Rotate rows of ``x`` (last dim ``d``): ``x @ R``."""
        return fwht(x * self._s(x))

    def inverse(self, y: torch.Tensor) -> torch.Tensor:
        """Undo :meth:`forward`: ``y @ Rᵀ``."""
        return fwht(y) * self._s(y)

    def matrix(self, dtype: torch.dtype = torch.float64) -> torch.Tensor:
        """The dense ``D×D`` matrix ``R`` (for tests and plots)."""
        return self.forward(torch.eye(self.d, dtype=dtype))
