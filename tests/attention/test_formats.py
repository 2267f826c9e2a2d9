"""Rounding onto e4m3/e5m2/e2m1/int8 grids: bit-exact against torch's float8 casts."""
from __future__ import annotations

import pytest
import torch

from paddlecamp.attention.formats import get_format, representable_values, round_to_format

TORCH_DTYPES = {"e4m3": torch.float8_e4m3fn, "e5m2": torch.float8_e5m2}


def _torch_grid(dtype: torch.dtype) -> torch.Tensor:
    """Every finite value of a torch float8 dtype, from all 256 bit patterns."""
    vals = torch.arange(256, dtype=torch.int32).to(torch.uint8).view(dtype).float()
    return torch.unique(vals[torch.isfinite(vals)].abs()).double()


@pytest.mark.parametrize("fmt", ["e4m3", "e5m2"])
def test_representable_values_match_torch_bit_patterns(fmt):
    ours = representable_values(fmt, nonnegative=True)
    assert torch.equal(ours, _torch_grid(TORCH_DTYPES[fmt]))


@pytest.mark.parametrize("fmt", ["e4m3", "e5m2"])
def test_round_matches_torch_cast_at_every_boundary_and_midpoint(fmt):
    grid = _torch_grid(TORCH_DTYPES[fmt]).float()
    mids = (grid[1:] + grid[:-1]) / 2               # exact in fp32: ties
    probes = torch.cat([grid, mids,
                        torch.nextafter(mids, torch.full_like(mids, 1e9)),
                        torch.nextafter(mids, torch.zeros_like(mids)),
                        torch.nextafter(grid, torch.full_like(grid, 1e9)),
                        torch.nextafter(grid, torch.zeros_like(grid))])
    probes = torch.cat([probes, -probes])
    fmax = get_format(fmt).max
    want = probes.clamp(-fmax, fmax).to(TORCH_DTYPES[fmt]).float()
    got = round_to_format(probes, fmt)
    assert torch.equal(got, want)
    # And random values over the whole range, subnormals included.
    x = torch.randn(200_000, generator=torch.Generator().manual_seed(0)) * torch.logspace(-6, 5, 200_000)
    assert torch.equal(round_to_format(x, fmt), x.clamp(-fmax, fmax).to(TORCH_DTYPES[fmt]).float())


def test_e4m3_hand_cases_ties_subnormals_saturation():
    x = torch.tensor([1.0625, 1.1875, 2 ** -10, 3 * 2 ** -10, 2 ** -11, 1.96875, 449.0, 464.0,
                      470.0, 1e6, -1e6, 0.0])
    want = torch.tensor([1.0, 1.25, 0.0, 2 ** -8, 0.0, 2.0, 448.0, 448.0, 448.0, 448.0, -448.0, 0.0])
    assert torch.equal(round_to_format(x, "e4m3"), want)


def test_e5m2_saturates_instead_of_inf():
    x = torch.tensor([57344.0, 61440.0, 1e9, -1e9])
    assert torch.equal(round_to_format(x, "e5m2"), torch.tensor([57344.0] * 3 + [-57344.0]))


E2M1_GRID = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0]
E2M1_EVEN = {0.0, 1.0, 2.0, 4.0}   # values whose mantissa bit is 0


def test_e2m1_grid_is_the_hand_listed_one():
    assert representable_values("e2m1", nonnegative=True).tolist() == E2M1_GRID


def test_e2m1_rounds_to_nearest_even_with_saturation():
    x = torch.tensor([0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 5.0, 7.0, 100.0, 0.3, 2.6, 4.9, 5.1])
    want = torch.tensor([0.0, 1.0, 1.0, 2.0, 2.0, 4.0, 4.0, 6.0, 6.0, 0.5, 3.0, 4.0, 6.0])
    assert torch.equal(round_to_format(x, "e2m1"), want)
    assert torch.equal(round_to_format(-x, "e2m1"), -want)
    # Brute force against the list: nearest value, ties to the even one.
    xs = torch.linspace(0, 8, 4097)
    got = round_to_format(xs, "e2m1").tolist()
    for xv, g in zip(xs.tolist(), got):
        xv = min(xv, 6.0)
        d = [abs(xv - v) for v in E2M1_GRID]
        best = min(d)
        cands = [v for v, dd in zip(E2M1_GRID, d) if dd == best]
        want_v = cands[0] if len(cands) == 1 else next(v for v in cands if v in E2M1_EVEN)
        assert g == want_v, (xv, g, want_v)


def test_int8_round_half_even_then_clamp():
    x = torch.tensor([2.5, -2.5, 3.5, 0.5, 126.6, 200.0, -200.0])
    assert torch.equal(round_to_format(x, "int8"), torch.tensor([2.0, -2.0, 4.0, 0.0, 127.0, 127.0, -127.0]))
    assert torch.equal(round_to_format(torch.tensor([-3.0, 254.5, 300.0]), "uint8"),
                       torch.tensor([0.0, 254.0, 255.0]))


def test_unknown_format_lists_known_names():
    with pytest.raises(ValueError, match="e4m3"):
        round_to_format(torch.ones(2), "e3m4")
