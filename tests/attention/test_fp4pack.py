"""Packed FP4 storage: exact round trip, the nibble layout, and clear errors."""
from __future__ import annotations

import pytest
import torch

from paddlecamp.attention import fp4pack
from paddlecamp.attention.quant import prepare


def test_e2m1_codes_follow_the_ocp_bit_layout():
    vals = torch.tensor([0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.5, -6.0, -0.0])
    codes = fp4pack.encode_e2m1(vals)
    assert codes.tolist() == [0, 1, 2, 3, 4, 5, 6, 7, 9, 15, 0]
    assert torch.equal(fp4pack.decode_e2m1(torch.arange(16, dtype=torch.uint8))[:8],
                       torch.tensor(fp4pack.E2M1_VALUES))
    # Sign bit with a zero magnitude decodes to a (negative) zero.
    assert fp4pack.decode_e2m1(torch.tensor([8], dtype=torch.uint8)).item() == 0.0


@pytest.mark.parametrize("recipe,kind,scale_dtype,bytes_per_elem",
                         [("fp4", "nvfp4", torch.float8_e4m3fn, 0.5625),
                          ("fp4-mx", "mxfp4", torch.uint8, 0.53125)])
def test_prepared_fp4_operands_unpack_exactly_to_the_emulators_values(recipe, kind, scale_dtype,
                                                                      bytes_per_elem):
    g = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(2, 3, n, 64, generator=g) * 3 for n in (40, 56, 56))
    prep = prepare(q, k, v, recipe)
    for packed, values in ((prep.q_fp4, prep.q), (prep.k_fp4, prep.k)):
        assert packed.kind == kind and packed.scales.dtype == scale_dtype
        assert packed.codes.shape == (*values.shape[:-1], 32)
        assert torch.equal(fp4pack.unpack(packed), values)
        assert packed.nbytes() == pytest.approx(values.numel() * bytes_per_elem)


def test_split_half_layout_low_nibble_first_half_high_nibble_second():
    vals = torch.zeros(1, 32)
    vals[0, 3], vals[0, 16 + 3] = 1.0, -6.0     # byte 3: low = 1.0 (code 2), high = -6 (code 15)
    t = fp4pack.pack(vals, torch.ones(1, 2), "nvfp4")
    assert t.codes[0, 3].item() == (15 << 4) | 2
    assert torch.equal(fp4pack.unpack(t), vals)


def test_bad_values_and_scales_are_named():
    with pytest.raises(ValueError, match=r"q: value 0.75 at index \[0, 1\] is not on the e2m1 grid"):
        fp4pack.pack(torch.tensor([[0.5, 0.75] + [0.0] * 30]), torch.ones(1, 2), "nvfp4", name="q")
    with pytest.raises(ValueError, match="k: MXFP4 group scales must be powers of two"):
        fp4pack.pack(torch.zeros(1, 32), torch.tensor([[3.0]]), "mxfp4", name="k")
    with pytest.raises(ValueError, match="NVFP4 group scales must be e4m3"):
        fp4pack.pack(torch.zeros(1, 32), torch.tensor([[1.0, 0.3]]), "nvfp4")
    with pytest.raises(ValueError, match="multiple of the mxfp4 group"):
        fp4pack.pack(torch.zeros(1, 48), torch.ones(1, 1), "mxfp4")
    with pytest.raises(ValueError, match="unknown FP4 kind"):
        fp4pack.pack(torch.zeros(1, 32), torch.ones(1, 2), "fp4")
