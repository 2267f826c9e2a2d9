"""The ``modules`` family: torch layer classes, constructor keywords, losses, optim and friends.

Each patch is checked against torch itself (same inputs, same weights where a layer has
any), with paddle-native calls shown to behave the same with and without the patches, and
the patched names gone again after ``disable()``.
"""
from __future__ import annotations

import numpy as np
import pytest

paddle = pytest.importorskip("paddle")
torch = pytest.importorskip("torch")

import paddlecamp.apicompat as ac  # noqa: E402
from paddlecamp.apicompat.patch import patches as all_patches  # noqa: E402


@pytest.fixture
def compat():
    with ac.enable(only=[p.name for p in all_patches() if p.family in ("modules", "namespaces")]) as h:
        yield h


def close(t, p, rtol=1e-5, atol=1e-6):
    a = t.detach().numpy() if hasattr(t, "detach") else np.asarray(t)
    b = p.numpy() if hasattr(p, "numpy") else np.asarray(p)
    assert a.shape == b.shape, (a.shape, b.shape)
    np.testing.assert_allclose(a, b, rtol=rtol, atol=atol)


def pt(x):
    return paddle.to_tensor(x.detach().numpy())


X4 = np.random.RandomState(0).randn(2, 3, 7, 6).astype("float32")


# --------------------------------------------------------------------------- pooling

@pytest.mark.parametrize("kw", [
    dict(kernel_size=2), dict(kernel_size=2, stride=1, padding=1, ceil_mode=True),
    dict(kernel_size=2, stride=1, padding=1, dilation=2, return_indices=True, ceil_mode=True),
    dict(kernel_size=3, stride=2, dilation=(1, 2), return_indices=True),
])
def test_maxpool2d_matches_torch(compat, kw):
    t = torch.nn.MaxPool2d(**kw)(torch.tensor(X4))
    p = paddle.nn.MaxPool2d(**kw)(paddle.to_tensor(X4))
    if kw.get("return_indices"):
        close(t[0], p[0])
        close(t[1], p[1])
        assert str(p[1].dtype) == "paddle.int64"
    else:
        close(t, p)


def test_maxpool1d_3d_dilated_and_avgpool(compat):
    x = np.random.RandomState(1).randn(2, 3, 9).astype("float32")
    close(torch.nn.MaxPool1d(2, 1, 1, 2, True, False)(torch.tensor(x))[1],
          paddle.nn.MaxPool1d(2, 1, 1, 2, True, False)(paddle.to_tensor(x))[1])
    x3 = np.random.RandomState(2).randn(1, 2, 5, 6, 4).astype("float32")
    close(torch.nn.MaxPool3d(2, 1, 1, 2, False, True)(torch.tensor(x3)),
          paddle.nn.MaxPool3d(2, 1, 1, 2, False, True)(paddle.to_tensor(x3)))
    close(torch.nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)(torch.tensor(X4)),
          paddle.nn.modules.pooling.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)(paddle.to_tensor(X4)))


def test_pool_native_and_restored():
    ref = paddle.nn.MaxPool2D(2, return_mask=True)(paddle.to_tensor(X4))
    with ac.enable(only=["modules-pool-classes"]):
        got = paddle.nn.MaxPool2D(2, return_mask=True)(paddle.to_tensor(X4))
        assert paddle.nn.MaxPool2d is not None
    close(ref[0], got[0])
    assert str(got[1].dtype) == str(ref[1].dtype) == "paddle.int32"
    assert not hasattr(paddle.nn, "MaxPool2d") and not hasattr(paddle.nn, "BatchNorm2d")


# --------------------------------------------------------------------------- normalization

def test_batchnorm2d_momentum_and_running_stats(compat):
    x = np.random.RandomState(3).randn(4, 5, 3, 3).astype("float32")
    t = torch.nn.BatchNorm2d(5, 1e-5, 0.2)
    p = paddle.nn.BatchNorm2d(5, 1e-5, 0.2)
    close(t(torch.tensor(x)), p(paddle.to_tensor(x)), atol=1e-5)
    close(t.running_mean, p.running_mean, atol=1e-6)
    assert p.momentum == pytest.approx(0.2) and p.eps == 1e-5
    t.eval(), p.eval()
    close(t(torch.tensor(x)), p(paddle.to_tensor(x)), atol=1e-5)


def test_batchnorm_affine_false_untracked_cumulative(compat):
    x = np.random.RandomState(4).randn(6, 4).astype("float64")
    t = torch.nn.BatchNorm1d(4, affine=False, track_running_stats=False, dtype=torch.float64)
    p = paddle.nn.BatchNorm1d(4, affine=False, track_running_stats=False, dtype=paddle.float64)
    assert p.weight is None
    t.eval(), p.eval()  # untracked: batch statistics even in eval
    close(t(torch.tensor(x)), p(paddle.to_tensor(x)))
    t, p = torch.nn.BatchNorm1d(4, momentum=None), paddle.nn.BatchNorm1d(4, momentum=None)
    for i in range(3):
        xi = x[:, :] * (i + 1)
        t(torch.tensor(xi, dtype=torch.float32)), p(paddle.to_tensor(xi.astype("float32")))
    close(t.running_mean, p.running_mean, atol=1e-5)
    assert isinstance(paddle.nn.modules.batchnorm._BatchNorm(3), paddle.nn.Layer)


def test_instancenorm_and_native(compat):
    x = np.random.RandomState(5).randn(2, 3, 5).astype("float32")
    t, p = torch.nn.InstanceNorm1d(3, track_running_stats=True), paddle.nn.InstanceNorm1d(3, track_running_stats=True)
    close(t(torch.tensor(x)), p(paddle.to_tensor(x)), atol=1e-5)
    close(t.running_var, p.running_var, atol=1e-5)
    t.eval(), p.eval()
    close(t(torch.tensor(x)), p(paddle.to_tensor(x)), atol=1e-5)
    assert paddle.nn.InstanceNorm2d(3).scale is None  # torch: affine=False by default
    assert paddle.nn.InstanceNorm2D(3).scale is not None  # paddle's own class unchanged


def test_syncbatchnorm_torch_keywords_on_cpu(compat):
    x = np.random.RandomState(6).randn(3, 10).astype("float32")
    t = torch.nn.SyncBatchNorm(10, eps=1e-4, momentum=0.2, affine=False)
    p = paddle.nn.SyncBatchNorm(10, eps=1e-4, momentum=0.2, affine=False)
    close(t(torch.tensor(x)), p(paddle.to_tensor(x)), atol=1e-5)
    close(t.running_mean, p._mean, atol=1e-6)


# --------------------------------------------------------------------------- conv transpose / dropout

def test_convtranspose2d_matches_torch_with_same_weights(compat):
    x = np.random.RandomState(7).randn(2, 4, 5, 6).astype("float32")
    args = (4, 6, (3, 2), (2, 1), (1, 0), 0, 2, True, (2, 1))
    t = torch.nn.ConvTranspose2d(*args)
    p = paddle.nn.ConvTranspose2d(*args)
    assert list(p.weight.shape) == list(t.weight.shape)
    p.weight.set_value(t.weight.detach().numpy())
    p.bias.set_value(t.bias.detach().numpy())
    close(t(torch.tensor(x)), p(paddle.to_tensor(x)), atol=1e-5)
    assert paddle.nn.ConvTranspose1d(4, 6, 3, bias=False).bias is None


def test_dropout_channels(compat):
    x = paddle.ones([8, 16, 5])
    y = paddle.nn.Dropout1d(0.5)(x).numpy()
    per_channel = y.reshape(8, 16, 5)
    assert ((per_channel == 0).all(-1) | (per_channel == 2).all(-1)).all()  # whole channels, 1/(1-p) scaling
    d = paddle.nn.Dropout2d(0.5)
    d.eval()
    close(np.ones([2, 3, 4, 4], "float32"), d(paddle.ones([2, 3, 4, 4])))


# --------------------------------------------------------------------------- keywords and losses

def test_logsoftmax_dim_and_implicit_dim(compat):
    x = np.random.RandomState(8).randn(2, 3, 4).astype("float32")
    close(torch.nn.LogSoftmax(dim=1)(torch.tensor(x)), paddle.nn.LogSoftmax(dim=1)(paddle.to_tensor(x)))
    close(torch.nn.LogSoftmax(dim=None)(torch.tensor(x)), paddle.nn.LogSoftmax(dim=None)(paddle.to_tensor(x)))
    # paddle's own default (axis=-1) is kept for the argument-less form
    close(paddle.nn.functional.log_softmax(paddle.to_tensor(x), -1), paddle.nn.LogSoftmax()(paddle.to_tensor(x)))


@pytest.mark.parametrize("name,args,kwargs", [
    ("L1Loss", (), dict(size_average=False)), ("MSELoss", (True, False), {}),
    ("KLDivLoss", (), dict(reduce=True, size_average=False)),
    ("CosineEmbeddingLoss", (0.5, True, False, "mean"), {}), ("HingeEmbeddingLoss", (1.0, False), {}),
    ("SmoothL1Loss", (), dict(beta=0.5)), ("NLLLoss", (None, False), {}),
])
def test_loss_legacy_matches_torch(compat, name, args, kwargs):
    rs = np.random.RandomState(9)
    a, b = rs.randn(4, 3).astype("float32"), rs.randn(4, 3).astype("float32")
    if name == "CosineEmbeddingLoss":
        y = np.array([1, -1, 1, -1], "int64")
        t = getattr(torch.nn, name)(*args, **kwargs)(torch.tensor(a), torch.tensor(b), torch.tensor(y))
        p = getattr(paddle.nn, name)(*args, **kwargs)(paddle.to_tensor(a), paddle.to_tensor(b), paddle.to_tensor(y))
    elif name == "HingeEmbeddingLoss":
        y = np.sign(b).astype("float32")
        t = getattr(torch.nn, name)(*args, **kwargs)(torch.tensor(a), torch.tensor(y))
        p = getattr(paddle.nn, name)(*args, **kwargs)(paddle.to_tensor(a), paddle.to_tensor(y))
    elif name == "NLLLoss":
        y = np.array([0, 2, 1, 2], "int64")
        t = getattr(torch.nn, name)(*args, **kwargs)(torch.tensor(a).log_softmax(1), torch.tensor(y))
        p = getattr(paddle.nn, name)(*args, **kwargs)(paddle.nn.functional.log_softmax(paddle.to_tensor(a), 1),
                                                       paddle.to_tensor(y))
    else:
        b = np.abs(b) if name == "KLDivLoss" else b
        t = getattr(torch.nn, name)(*args, **kwargs)(torch.tensor(a), torch.tensor(b))
        p = getattr(paddle.nn, name)(*args, **kwargs)(paddle.to_tensor(a), paddle.to_tensor(b))
    close(t, p, atol=1e-6)


def test_loss_native_unchanged_and_restored():
    a = paddle.to_tensor(np.arange(6, dtype="float32").reshape(2, 3))
    ref = paddle.nn.L1Loss("sum")(a, a * 2)
    with ac.enable(only=["modules-loss-legacy", "modules-layer-kwargs"]):
        close(ref, paddle.nn.L1Loss("sum")(a, a * 2))
        paddle.nn.L1Loss(size_average=False)
    with pytest.raises(ValueError, match="no longer supports"):
        paddle.nn.L1Loss(size_average=False)
    with pytest.raises(TypeError):
        paddle.nn.LogSoftmax(dim=1)
