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


def test_utils_data_dataset_add_stack_and_distributed_sampler():
    with ac.enable():
        P, T = paddle.utils.data, torch.utils.data
        pd_ = P.TensorDataset(paddle.arange(4))
        c = pd_ + pd_
        assert isinstance(c, paddle.io.ConcatDataset) and len(c) == 8 and int(c[5][0]) == 1
        s = P.StackDataset(a=pd_, b=pd_)
        assert set(s[1]) == {"a", "b"} and len(s) == 4
        for kw in ({"shuffle": False}, {"shuffle": False, "drop_last": True}):
            assert list(P.DistributedSampler(range(10), 3, 1, **kw)) == list(T.DistributedSampler(range(10), 3, 1, **kw))
        assert len(P.DistributedSampler(range(10), 3, 2)) == len(T.DistributedSampler(range(10), 3, 2))
    assert not hasattr(paddle.io.Dataset, "__add__")


def _plain(x):
    """Nested torch/paddle batch -> nested lists/dicts of (dtype, values)."""
    if isinstance(x, (torch.Tensor, paddle.Tensor)):
        return (str(x.dtype).split(".")[-1], x.numpy().tolist())
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    return x


@pytest.mark.parametrize("kw", [{"batch_size": 2}, {"batch_size": None}, {"batch_size": 2, "drop_last": True}])
def test_utils_data_loader_dict_samples_match_torch(kw):
    samples = [{"a": np.ones(2, dtype="float32") * i, "b": i, "s": f"x{i}"} for i in range(5)]
    tl = [_plain(b) for b in torch.utils.data.DataLoader(samples, **kw)]
    with ac.enable():
        pl = [_plain(b) for b in paddle.utils.data.DataLoader(samples, **kw)]
    assert pl == tl


def test_paddle_io_native_unchanged():
    x = paddle.arange(6).reshape([3, 2])
    before = [b[0].numpy() for b in paddle.io.DataLoader(paddle.io.TensorDataset([x]), batch_size=2)]
    with ac.enable():
        after = [b[0].numpy() for b in paddle.io.DataLoader(paddle.io.TensorDataset([x]), batch_size=2)]
        assert paddle.io.DataLoader is not paddle.utils.data.DataLoader
    for a, b in zip(before, after):
        np.testing.assert_array_equal(a, b)


# ----------------------------------------------------------------------------- signal.windows

@pytest.mark.parametrize("name,kw", [("hamming", {}), ("general_hamming", {"alpha": 0.8}), ("cosine", {}),
                                     ("gaussian", {"std": 0.6}), ("bartlett", {}), ("exponential", {"tau": 2.0}),
                                     ("general_cosine", {"a": [0.46, 0.23, 0.31]}), ("kaiser", {"beta": 3.0})])
def test_signal_windows_match_torch(name, kw):
    with ac.enable():
        for M in (0, 1, 6, 9):
            for sym in (True, False):
                t = getattr(torch.signal.windows, name)(M, sym=sym, dtype=torch.float64, **kw)
                p = getattr(paddle.signal.windows, name)(M, sym=sym, dtype=paddle.float64, **kw)
                same(t, p, rtol=1e-6, atol=1e-12)
        t = getattr(torch.signal.windows, name)(7, requires_grad=True, **kw)
        p = getattr(paddle.signal.windows, name)(7, requires_grad=True, **kw)
        assert p.dtype == paddle.float32 and not p.stop_gradient and t.requires_grad
        same(t.detach(), p.detach(), rtol=1e-5, atol=1e-6)
    assert not hasattr(paddle.signal, "windows") and "paddle.signal.windows" not in sys.modules


def test_paddle_signal_native_unchanged():
    x = paddle.sin(paddle.linspace(0, 20, 64))
    before = paddle.signal.stft(x, n_fft=16).numpy()
    with ac.enable():
        after = paddle.signal.stft(x, n_fft=16).numpy()
    np.testing.assert_allclose(before, after)


# ----------------------------------------------------------------------------- distributions

def test_distributions_torch_signatures_match_torch():
    with ac.enable():
        pn = paddle.distributions.normal.Normal(paddle.to_tensor([0.5]), paddle.to_tensor([2.0]), False)
        tn = torch.distributions.normal.Normal(torch.tensor([0.5]), torch.tensor([2.0]), False)
        v = [0.1, 1.0, -3.0]
        same(tn.log_prob(torch.tensor(v)), pn.log_prob(paddle.to_tensor(v)), rtol=1e-5)
        assert pn.sample(sample_shape=[2, 3]).shape == list(tn.sample(sample_shape=[2, 3]).shape)
        assert pn.rsample(sample_shape=paddle.Size([4])).shape == [4, 1]
        assert isinstance(pn, paddle.distribution.Normal) and isinstance(pn, paddle.distributions.Distribution)
        pb = paddle.distributions.Bernoulli(logits=paddle.to_tensor([0.3]), validate_args=False)
        tb = torch.distributions.Bernoulli(logits=torch.tensor([0.3]), validate_args=False)
        same(tb.probs, pb.probs, rtol=1e-6)
        pm = paddle.distributions.Multinomial(10, logits=paddle.to_tensor([0.1, 0.2, 0.7]))
        tm = torch.distributions.Multinomial(10, logits=torch.tensor([0.1, 0.2, 0.7]))
        same(tm.probs, pm.probs, rtol=1e-6)
        ps = paddle.distributions.studentT.StudentT(paddle.to_tensor([3.0]), validate_args=None)
        ts = torch.distributions.studentT.StudentT(torch.tensor([3.0]), validate_args=None)
        same(ts.log_prob(torch.tensor([0.7])), ps.log_prob(paddle.to_tensor([0.7])), rtol=1e-5)
        L = np.tril(np.ones((3, 3), dtype="float32"))
        pd_ = paddle.distributions.MultivariateNormal(paddle.zeros([3]), scale_tril=paddle.to_tensor(L))
        td = torch.distributions.MultivariateNormal(torch.zeros(3), scale_tril=torch.tensor(L))
        same(td.covariance_matrix, pd_.covariance_matrix, rtol=1e-6)
    assert "paddle.distributions.studentT" not in sys.modules


def test_distributions_transforms_match_torch():
    x = [0.2, -0.4, 0.9]
    with ac.enable():
        T, PT = torch.distributions.transforms, paddle.distributions.transforms
        pc = PT.ComposeTransform([PT.ExpTransform(cache_size=1), PT.AffineTransform(0.0, 2.0)], cache_size=0)
        tc = T.ComposeTransform([T.ExpTransform(cache_size=1), T.AffineTransform(0.0, 2.0)], cache_size=0)
        same(tc(torch.tensor(x)), pc(paddle.to_tensor(x)))
        assert repr(pc) == repr(tc)
        pa = PT.AffineTransform(paddle.to_tensor(1.0), paddle.to_tensor(2.0), 1, 0)
        ta = T.AffineTransform(torch.tensor(1.0), torch.tensor(2.0), 1, 0)
        y = ta(torch.tensor(x))
        same(ta.log_abs_det_jacobian(torch.tensor(x), y), pa.log_abs_det_jacobian(paddle.to_tensor(x), None))
        same(T.TanhTransform(0).inv(torch.tensor(x)), PT.TanhTransform(0).inv(paddle.to_tensor(x)), rtol=1e-5)
        same(T.PowerTransform(exponent=torch.tensor(2.0), cache_size=1)(torch.tensor(x)),
             PT.PowerTransform(exponent=paddle.to_tensor(2.0), cache_size=1)(paddle.to_tensor(x)))
        ps = PT.StackTransform([PT.ExpTransform(), PT.TanhTransform()], dim=1)
        ts = T.StackTransform([T.ExpTransform(), T.TanhTransform()], dim=1)
        same(ts(torch.ones(3, 2)), ps(paddle.ones([3, 2])), rtol=1e-6)


def test_distributions_derived_members_match_torch():
    x = [0.1, 0.5, 0.9]
    with ac.enable():
        P, T = paddle.distributions, torch.distributions
        checks = [("Normal", ([0.3], [1.5]), ["cdf", "icdf", "stddev", "mode", "perplexity"]),
                  ("Uniform", ([0.0], [2.0]), ["cdf", "icdf", "stddev", "mean", "variance"]),
                  ("Cauchy", ([0.0], [1.0]), ["icdf"]),
                  ("LogNormal", ([0.2], [0.5]), ["cdf", "icdf", "mode"]),
                  ("Geometric", ([0.3],), ["logits"]), ("Binomial", (5, [0.3]), ["logits"]),
                  ("Multinomial", (5, [0.3, 0.7]), ["logits"]),
                  ("Beta", ([2.0], [3.0]), ["concentration1", "concentration0", "stddev"]),
                  ("Laplace", ([0.0], [2.0]), ["stddev", "variance"]), ("Gamma", ([2.0], [3.0]), ["cdf"]),
                  ("Chi2", ([3.0],), ["cdf"]), ("Geometric", ([0.3],), ["log_prob"]),
                  ("Cauchy", ([0.0], [1.0]), ["mean", "variance"])]
        for name, args, members in checks:
            t = getattr(T, name)(*[torch.tensor(a) if isinstance(a, list) else a for a in args])
            p = getattr(P, name)(*[paddle.to_tensor(a) if isinstance(a, list) else a for a in args])
            assert t.has_rsample == p.has_rsample, name
            for m in members:
                tv, pv = getattr(t, m), getattr(p, m)
                if m in ("cdf", "icdf", "log_prob"):
                    v = x if m != "log_prob" else [1.0, 2.0, 0.0]
                    tv, pv = tv(torch.tensor(v)), pv(paddle.to_tensor(v))
                elif callable(tv):
                    tv, pv = tv(), pv()
                same(tv, pv, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("kw", [{"probs": [0.2, 0.3, 0.5]}, {"logits": [[0.1, 1.2, -0.3], [0.5, 0.5, 2.0]]},
                                {"probs": [[1.0, 2.0, 3.0], [0.0, 1.0, 1.0]]}])
def test_distributions_categorical_matches_torch(kw):
    with ac.enable():
        t = torch.distributions.Categorical(**{k: torch.tensor(v) for k, v in kw.items()})
        p = paddle.distributions.Categorical(**{k: paddle.to_tensor(v) for k, v in kw.items()})
        for m in ("probs", "logits", "mode"):
            same(getattr(t, m), getattr(p, m), rtol=1e-5, atol=1e-6)
        same(t.entropy(), p.entropy(), rtol=1e-5, atol=1e-6)
        same(t.log_prob(torch.tensor([[0], [2]])), p.log_prob(paddle.to_tensor([[0], [2]])), rtol=1e-5, atol=1e-6)
        same(t.enumerate_support(), p.enumerate_support())
        same(torch.distributions.kl_divergence(t, t), paddle.distributions.kl_divergence(p, p), atol=1e-6)
        s = p.sample([4])
        assert s.shape == list(t.sample([4]).shape) and s.dtype == paddle.int64


@pytest.mark.parametrize("name,a,b", [("Normal", ([0.3], [1.5]), ([0.0], [1.0])),
                                      ("Uniform", ([0.0, 0.0], [2.0, 2.0]), ([-1.0, 0.5], [3.0, 3.0])),
                                      ("Geometric", ([0.3],), ([0.5],)), ("Laplace", ([0.0], [1.0]), ([1.0], [2.0]))])
def test_distributions_kl_divergence_matches_torch(name, a, b):
    with ac.enable():
        tv = torch.distributions.kl_divergence(getattr(torch.distributions, name)(*map(torch.tensor, a)),
                                               getattr(torch.distributions, name)(*map(torch.tensor, b)))
        pv = paddle.distributions.kl.kl_divergence(getattr(paddle.distributions, name)(*map(paddle.to_tensor, a)),
                                                   getattr(paddle.distributions, name)(*map(paddle.to_tensor, b)))
        same(tv, pv, rtol=1e-6)


@pytest.mark.parametrize("name,args", [("Normal", (0.0, 1.0)), ("Exponential", (2.0,)), ("Poisson", (2.0,)),
                                       ("ContinuousBernoulli", (0.3,)), ("Gamma", (2.0, 3.0)), ("Bernoulli", (0.3,))])
def test_distributions_python_number_parameters_match_torch(name, args):
    with ac.enable():
        t, p = getattr(torch.distributions, name)(*args), getattr(paddle.distributions, name)(*args)
        assert p.sample().shape == list(t.sample().shape)
        assert p.sample((2, 3)).shape == list(t.sample((2, 3)).shape)
        same(t.log_prob(torch.tensor(1.0)), p.log_prob(paddle.to_tensor(1.0)), rtol=1e-5)


@pytest.mark.parametrize("name,args", [("Normal", ([0.3], [1.5])), ("Uniform", ([0.0], [2.0])), ("Poisson", ([2.0],)),
                                       ("Dirichlet", ([[0.3, 0.5, 1.2]],)), ("StudentT", ([3.0], [0.0], [1.0]))])
def test_distributions_expand_matches_torch(name, args):
    with ac.enable():
        t = getattr(torch.distributions, name)(*map(torch.tensor, args)).expand([4, 1])
        p = getattr(paddle.distributions, name)(*map(paddle.to_tensor, args)).expand([4, 1])
        assert type(p).__name__ == name and tuple(p.batch_shape) == tuple(t.batch_shape)
        assert p.sample().shape == list(t.sample().shape)
        same(t.mean, p.mean)


def test_distribution_base_subclass_sample_uses_rsample():
    with ac.enable():
        class Const(paddle.distributions.Distribution):
            def __init__(self):
                super().__init__(batch_shape=paddle.Size([]), event_shape=paddle.Size([]), validate_args=False)

            def rsample(self, sample_shape=()):
                return paddle.full(list(sample_shape), 3.0)
        s = Const().sample([2])
        assert s.shape == [2] and float(s[0]) == 3.0


def test_paddle_distribution_native_unchanged():
    d = paddle.distribution.Normal(paddle.to_tensor([0.0]), paddle.to_tensor([1.0]))
    before = d.log_prob(paddle.to_tensor([0.3])).numpy()
    with ac.enable():
        d2 = paddle.distribution.Normal(paddle.to_tensor([0.0]), paddle.to_tensor([1.0]))
        assert type(d2) is paddle.distribution.Normal
        assert d2.sample([2], 0).shape == [2, 1]  # paddle's (shape, seed) form still works
        np.testing.assert_allclose(before, d2.log_prob(paddle.to_tensor([0.3])).numpy())


# ----------------------------------------------------------------------------- nn.utils.rnn

@pytest.mark.parametrize("batch_first", [False, True])
@pytest.mark.parametrize("lens,enforce_sorted", [([5, 3, 2], True), ([2, 5, 3], False)])
def test_rnn_pack_pad_round_trip_matches_torch(batch_first, lens, enforce_sorted):
    x = np.random.RandomState(0).randn(3, 5, 2).astype("float32")
    if not batch_first:
        x = x.transpose(1, 0, 2).copy()
    with ac.enable():
        R, TR = paddle.nn.utils.rnn, torch.nn.utils.rnn
        xt = torch.tensor(x, requires_grad=True)
        xp = paddle.to_tensor(x, stop_gradient=False)
        pt = TR.pack_padded_sequence(xt, torch.tensor(lens), batch_first=batch_first, enforce_sorted=enforce_sorted)
        pp = R.pack_padded_sequence(xp, paddle.to_tensor(lens), batch_first=batch_first,
                                    enforce_sorted=enforce_sorted)
        assert isinstance(pp, tuple) and len(pp) == 4
        for u, v in zip(pt, pp):
            assert (u is None) == (v is None)
            if u is not None:
                same(u.detach(), v.detach())
        ot, lt = TR.pad_packed_sequence(pt, batch_first=batch_first, padding_value=-1.0, total_length=6)
        op, lp = R.pad_packed_sequence(pp, batch_first=batch_first, padding_value=-1.0, total_length=6)
        same(ot.detach(), op.detach())
        same(lt, lp)
        (ot * ot).sum().backward()
        (op * op).sum().backward()
        np.testing.assert_allclose(xt.grad.numpy(), xp.grad.numpy(), rtol=1e-6)
    assert "paddle.nn.utils.rnn" not in sys.modules and not hasattr(paddle.nn.utils, "rnn")


def test_rnn_pad_sequence_and_packed_sequence_match_torch():
    seqs = [[1.0, 2.0, 3.0], [4.0, 5.0], [6.0]]
    with ac.enable():
        R, TR = paddle.nn.utils.rnn, torch.nn.utils.rnn
        for kw in ({}, {"batch_first": True}, {"padding_value": -1.0, "padding_side": "left"}):
            same(TR.pad_sequence([torch.tensor(s) for s in seqs], **kw),
                 R.pad_sequence([paddle.to_tensor(s) for s in seqs], **kw))
        t = TR.PackedSequence(torch.tensor([1.0, 2.0, 3.0, 4.0]), torch.tensor([2, 2]), torch.tensor([1, 0]))
        p = R.PackedSequence(paddle.to_tensor([1.0, 2.0, 3.0, 4.0]), paddle.to_tensor([2, 2]), paddle.to_tensor([1, 0]))
        same(t.unsorted_indices, p.unsorted_indices)
        same(t.double().data, p.double().data)
        assert p.is_cuda is False
        un = R.unpack_sequence(R.pack_sequence([paddle.to_tensor(s) for s in seqs]))
        assert [u.numpy().tolist() for u in un] == seqs


def test_paddle_nn_utils_native_unchanged():
    with ac.enable():
        lin = paddle.nn.Linear(2, 2)
        v = paddle.nn.utils.parameters_to_vector(lin.parameters())
        assert v.shape == [6]


def test_signal_windows_float32_rounding_matches_torch():
    """cos(2*pi) in float32 is 1.0 in torch; the window's end points must be exactly 0 as torch's."""
    with ac.enable():
        for name in ("hann", "blackman", "nuttall", "cosine", "gaussian"):
            for M in (5, 10):
                t = getattr(torch.signal.windows, name)(M, sym=True)
                p = getattr(paddle.signal.windows, name)(M, sym=True)
                same(t, p, rtol=1e-6, atol=0)


# ----------------------------------------------------------------------------- utils.checkpoint, set_module

def test_utils_checkpoint_matches_torch_values_and_grads():
    x0 = np.random.RandomState(1).randn(4, 3).astype("float32")

    def f(x, y):
        return (x * x + y) * 2
    xt, yt = torch.tensor(x0, requires_grad=True), torch.tensor(x0 + 1, requires_grad=True)
    rt = torch.utils.checkpoint.checkpoint(f, xt, yt, use_reentrant=False)
    rt.sum().backward()
    with ac.enable():
        from paddle.utils.checkpoint import checkpoint
        for reentrant in (True, False):
            xp = paddle.to_tensor(x0, stop_gradient=False)
            yp = paddle.to_tensor(x0 + 1, stop_gradient=False)
            rp = checkpoint(f, xp, yp, use_reentrant=reentrant, preserve_rng_state=False)
            rp.sum().backward()
            same(rt.detach(), rp.detach())
            same(xt.grad, xp.grad)
        with pytest.raises(ValueError):
            checkpoint(f, xp, y=yp, use_reentrant=True)
    assert not hasattr(paddle.utils, "checkpoint")


def test_utils_set_module():
    class C:
        pass
    with ac.enable():
        paddle.utils.set_module(C, mod="MyMod")
        assert C.__module__ == "MyMod"
        with pytest.raises(TypeError):
            paddle.utils.set_module(C, 3)
    assert not hasattr(paddle.utils, "set_module")



@pytest.mark.parametrize("batch", [[4, 1], [3], []])
def test_distributions_beta_sample_shape_matches_torch(batch):
    with ac.enable():
        t = torch.distributions.Beta(torch.ones(batch) * 2, torch.ones(batch) * 3)
        p = paddle.distributions.Beta(paddle.ones(batch) * 2, paddle.ones(batch) * 3)
        for shape in ((), (1,), (2, 5)):
            s = p.sample(shape)
            assert s.shape == list(t.sample(shape).shape)
            assert float(s.min()) >= 0.0 and float(s.max()) <= 1.0
