"""The ``tensor`` family: torch calls compared with the same calls on paddle under enable()."""
from __future__ import annotations

import numpy as np
import pytest

paddle = pytest.importorskip("paddle")
torch = pytest.importorskip("torch")

from paddlecamp import apicompat  # noqa: E402


def same(t, p, dtype: bool = True) -> None:
    """torch result ``t`` and paddle result ``p``: equal values, shapes and (optionally) dtypes."""
    if isinstance(t, (tuple, list)):
        assert isinstance(p, (tuple, list)) and len(t) == len(p)
        for a, b in zip(t, p):
            same(a, b, dtype)
        return
    if isinstance(t, torch.Tensor):
        tn, pn = t.detach().cpu().numpy(), p.numpy()
        assert list(tn.shape) == list(pn.shape)
        if dtype:
            assert str(tn.dtype) == str(pn.dtype), (tn.dtype, pn.dtype)
        np.testing.assert_allclose(pn.astype(np.float64), tn.astype(np.float64), rtol=1e-5, atol=1e-6)
        return
    assert t == p


# --------------------------------------------------------------------------- x.type

def test_type_converts_like_torch():
    a = [[1.5, -2.0], [3.0, 4.0]]
    with apicompat.enable():
        for td, pd in ((torch.float64, paddle.float64), (torch.int8, paddle.int8), (torch.bool, paddle.bool)):
            same(torch.tensor(a).type(td), paddle.tensor(a).type(pd))
            same(torch.tensor(a).type(dtype=td, non_blocking=True), paddle.tensor(a).type(dtype=pd, non_blocking=True))
        same(torch.tensor(a).type(torch.LongTensor), paddle.tensor(a).type(paddle.LongTensor))
        same(torch.tensor(a).type("torch.IntTensor"), paddle.tensor(a).type("torch.IntTensor"))
        assert torch.tensor(a).type() == paddle.tensor(a).type() == "torch.FloatTensor"
        assert torch.tensor([1]).type() == paddle.tensor([1]).type() == "torch.LongTensor"
        x = paddle.tensor(a)
        assert x.type(paddle.float32) is x  # torch: no copy when the type is already right


def test_type_stays_paddles_vartype():
    VarType = paddle.base.core.VarDesc.VarType
    x = paddle.ones([2])
    before = x.type
    with apicompat.enable():
        t = x.type
        assert t == VarType.DENSE_TENSOR and VarType.DENSE_TENSOR == t and t != VarType.SELECTED_ROWS
        assert hash(t) == hash(before) and repr(t) == repr(before) and isinstance(t, VarType)
        assert {before: 1}[t] == 1 and int(t) == int(before)
    after = x.type
    assert not callable(after) and after == before and type(after) is VarType
