"""Random-sign fast Walsh–Hadamard rotation: orthonormal, self-inverse, Q·Kᵀ-preserving."""
from __future__ import annotations

import math

import pytest
import torch

from paddlecamp.attention.hadamard import HadamardRotation, fwht


def _sylvester(d: int) -> torch.Tensor:
    h = torch.ones(1, 1, dtype=torch.float64)
    while h.shape[0] < d:
        h = torch.cat([torch.cat([h, h], 1), torch.cat([h, -h], 1)], 0)
    return h


@pytest.mark.parametrize("d", [1, 2, 8, 64, 128])
def test_fwht_equals_dense_sylvester_product(d):
    x = torch.randn(5, d, dtype=torch.float64)
    assert torch.allclose(fwht(x), x @ _sylvester(d) / math.sqrt(d), atol=1e-12)


def test_rotation_is_orthonormal_and_inverse_undoes_it():
    r = HadamardRotation(64, seed=3)
    m = r.matrix()
    assert torch.allclose(m @ m.T, torch.eye(64, dtype=torch.float64), atol=1e-12)
    assert set(r.signs.tolist()) == {-1.0, 1.0}
    x = torch.randn(3, 7, 64, dtype=torch.float64)
    assert torch.allclose(r.inverse(r.forward(x)), x, atol=1e-12)
    q, k = torch.randn(10, 64, dtype=torch.float64), torch.randn(12, 64, dtype=torch.float64)
    assert torch.allclose(r.forward(q) @ r.forward(k).T, q @ k.T, atol=1e-10)


def test_rotation_spreads_an_outlier():
    x = torch.zeros(1, 128)
    x[0, 5] = 100.0
    y = HadamardRotation(128).forward(x)
    assert torch.allclose(y.abs(), torch.full_like(y, 100 / math.sqrt(128)))


def test_non_power_of_two_is_refused():
    with pytest.raises(ValueError, match="power-of-two"):
        HadamardRotation(96)
    with pytest.raises(ValueError, match="power-of-two"):
        fwht(torch.zeros(2, 6))
