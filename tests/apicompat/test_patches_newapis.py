"""The ``newapis`` family: torch.utils.data, torch.signal.windows, torch.distributions'
torch-style classes, torch.nn.utils.rnn and torch.sparse_coo_tensor under paddle, each
compared with torch, plus checks that paddle's own calls are unchanged and that the names go
away after ``enable()``'s block."""
from __future__ import annotations

import sys

import numpy as np
import paddle
import pytest
import torch

import paddlecamp.apicompat as ac


def np_of(t):
    """numpy value of a torch or paddle tensor."""
    if isinstance(t, torch.Tensor):
        return t.detach().cpu().numpy()
    return t.numpy()


def same(a, b, rtol=1e-6, atol=1e-7):
    """torch result a and paddle result b agree in shape, dtype name and values."""
    na, nb = np_of(a), np_of(b)
    assert na.shape == nb.shape
    assert str(a.dtype).replace("torch.", "") == str(b.dtype).replace("paddle.", "")
    np.testing.assert_allclose(na, nb, rtol=rtol, atol=atol)


# ----------------------------------------------------------------------------- utils.data

def test_utils_data_default_collate_matches_torch():
    from torch.utils.data import default_collate as tcol
    with ac.enable():
        from paddle.utils.data._utils.collate import default_collate as pcol
        same(tcol([0, 1, 2, 3]), pcol([0, 1, 2, 3]))
        same(tcol([0.5, 1.5]), pcol([0.5, 1.5]))
        assert pcol(["a", "b"]) == tcol(["a", "b"])
        t = tcol([(torch.tensor([1, 2]), 3), (torch.tensor([3, 4]), 5)])
        p = pcol([(paddle.to_tensor([1, 2]), 3), (paddle.to_tensor([3, 4]), 5)])
        assert isinstance(p, list) and len(p) == 2
        same(t[0], p[0])
        same(t[1], p[1])
        d = pcol([{"A": 0, "B": 1}, {"A": 100, "B": 100}])
        same(tcol([{"A": 0, "B": 1}, {"A": 100, "B": 100}])["A"], d["A"])
    assert "paddle.utils.data" not in sys.modules and not hasattr(paddle.utils, "data")


def test_utils_data_loader_sampler_and_tensor_dataset():
    x = np.arange(12, dtype="float32").reshape(6, 2)
    y = np.arange(6)
    tds = torch.utils.data.TensorDataset(torch.tensor(x), torch.tensor(y))
    tl = list(torch.utils.data.DataLoader(tds, 4, sampler=torch.utils.data.SequentialSampler(tds)))
    with ac.enable():
        pds = paddle.utils.data.TensorDataset(paddle.to_tensor(x), paddle.to_tensor(y))
        assert len(pds) == 6
        pl = list(paddle.utils.data.DataLoader(pds, 4, sampler=paddle.utils.data.SequentialSampler(pds)))
        assert len(pl) == len(tl) == 2
        for tb, pb in zip(tl, pl):
            same(tb[0], pb[0])
            same(tb[1], pb[1])
        s = paddle.utils.data.RandomSampler(list(range(5)), num_samples=12)
        got = list(s)
        assert len(got) == 12 and sorted(got[:5]) == [0, 1, 2, 3, 4]
        bs = list(paddle.utils.data.BatchSampler(paddle.utils.data.SequentialSampler(range(5)), 2, False))
        assert bs == list(torch.utils.data.BatchSampler(torch.utils.data.SequentialSampler(range(5)), 2, False))
        parts = paddle.utils.data.random_split(list(range(10)), [0.3, 0.7])
        assert [len(q) for q in parts] == [3, 7]


def test_paddle_io_native_unchanged():
    x = paddle.arange(6).reshape([3, 2])
    before = [b[0].numpy() for b in paddle.io.DataLoader(paddle.io.TensorDataset([x]), batch_size=2)]
    with ac.enable():
        after = [b[0].numpy() for b in paddle.io.DataLoader(paddle.io.TensorDataset([x]), batch_size=2)]
        assert paddle.io.DataLoader is not paddle.utils.data.DataLoader
    for a, b in zip(before, after):
        np.testing.assert_array_equal(a, b)
