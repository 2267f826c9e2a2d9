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


# --------------------------------------------------------------------------- Linear / recurrent layers

def test_linear_torch_keywords(compat):
    m = paddle.nn.Linear(10, 20, bias=False, dtype=paddle.float64)
    assert m.bias is None and m.weight.dtype == paddle.float64
    assert float(m.weight.abs().max()) <= 1 / np.sqrt(10)  # torch's U(-1/sqrt(in), 1/sqrt(in))
    x = np.random.RandomState(10).randn(3, 10)
    w = m.weight.numpy()
    close(x @ w, m(paddle.to_tensor(x)))
    native = paddle.nn.Linear(10, 20, bias_attr=False)  # paddle's own keywords unchanged
    assert native.bias is None and list(native.weight.shape) == [10, 20]


def _copy_rnn(t, p):
    for (n, tp), (_, pp) in zip(t.named_parameters(), p.named_parameters()):
        assert list(tp.shape) == list(pp.shape), n
        pp.set_value(tp.detach().numpy())


@pytest.mark.parametrize("kind", ["LSTM", "GRU", "RNN"])
def test_rnn_torch_form_matches_torch(compat, kind):
    kw = dict(input_size=4, hidden_size=5, num_layers=2, bidirectional=True)
    t, p = getattr(torch.nn, kind)(**kw), getattr(paddle.nn, kind)(**kw)
    _copy_rnn(t, p)
    x = np.random.RandomState(11).randn(6, 3, 4).astype("float32")  # torch default: time-major
    to, po = t(torch.tensor(x)), p(paddle.to_tensor(x))
    close(to[0], po[0], atol=1e-5)
    close(to[1][0] if kind == "LSTM" else to[1], po[1][0] if kind == "LSTM" else po[1], atol=1e-5)


def test_rnn_bias_false_and_cells(compat):
    t, p = torch.nn.GRU(3, 4, bias=False, batch_first=True), paddle.nn.GRU(3, 4, bias=False, batch_first=True)
    for (n, tp) in t.named_parameters():
        dict(p.named_parameters())[n].set_value(tp.detach().numpy())
    x = np.random.RandomState(12).randn(2, 5, 3).astype("float32")
    close(t(torch.tensor(x))[0], p(paddle.to_tensor(x))[0], atol=1e-5)
    tc, pc = torch.nn.RNNCell(3, 4, bias=False), paddle.nn.RNNCell(3, 4, bias=False)
    pc.weight_ih.set_value(tc.weight_ih.detach().numpy())
    pc.weight_hh.set_value(tc.weight_hh.detach().numpy())
    close(tc(torch.tensor(x[:, 0])), pc(paddle.to_tensor(x[:, 0])), atol=1e-6)
    lc = paddle.nn.LSTMCell(3, 4, bias=True)
    h, c = lc(paddle.to_tensor(x[:, 0]))
    assert list(h.shape) == list(c.shape) == [2, 4]
    native = paddle.nn.LSTMCell(3, 4)(paddle.to_tensor(x[:, 0]))  # paddle's (h, (h, c)) kept
    assert isinstance(native[1], (tuple, list)) and len(native[1]) == 2
    m = paddle.nn.RNNBase("LSTM", 16, 32, bias=False)
    assert (m.input_size, m.hidden_size, m.num_layers) == (16, 32, 1)


def test_rnn_native_and_restored():
    cell = paddle.nn.SimpleRNNCell(3, 4)
    with ac.enable(only=["modules-rnn"]):
        r = paddle.nn.RNN(cell)  # paddle's cell wrapper still works
        assert isinstance(r, paddle.nn.RNN)
        assert isinstance(paddle.nn.RNN(3, 4), paddle.nn.SimpleRNN)
    assert not hasattr(paddle.nn, "RNNCell")
    assert isinstance(paddle.nn.RNN(cell), paddle.nn.RNN)
    with pytest.raises(TypeError):
        paddle.nn.LSTM(3, 4, batch_first=True)


# --------------------------------------------------------------------------- namespaces

def test_namespaces_and_restored(compat):
    assert paddle.nn.modules.utils._pair(3) == torch.nn.modules.utils._pair(3)
    assert paddle.nn.modules.utils._ntuple(3)([1, 2, 3]) == (1, 2, 3)
    assert paddle.backends.cudnn.enabled is True and paddle.backends.cuda.matmul.allow_tf32 is False
    paddle.backends.cudnn.deterministic = True
    assert paddle.backends.cudnn.deterministic is True
    paddle.backends.cudnn.deterministic = False
    paddle.cpu.set_device("cpu")
    assert paddle.cpu.current_device() == torch.cpu.current_device()
    x = paddle.to_tensor([1.0, 2.0])
    v = paddle.autograd.Variable(x, requires_grad=True)
    assert v.stop_gradient is False and x.stop_gradient is True
    paddle.autograd.grad_mode.set_grad_enabled(False)
    assert not paddle.is_grad_enabled()
    paddle.autograd.grad_mode.set_grad_enabled(True)
    paddle.testing.assert_close(x, x)
    with pytest.raises(AssertionError):
        paddle.testing.assert_close(x, x + 1e-3)
    with pytest.raises(AssertionError):
        paddle.testing.assert_close(x, x.astype("float64"))


def test_namespaces_gone_after_disable():
    with ac.enable(only=["modules-backends", "modules-cpu", "modules-testing", "modules-optim",
                         "modules-autograd-namespaces"]):
        assert paddle.optim.SGD and paddle.testing.assert_close
    for name in ("backends", "cpu", "testing", "optim"):
        assert not hasattr(paddle, name), name
    assert not hasattr(paddle.autograd, "Variable") and not hasattr(paddle.autograd, "functional")


def test_autograd_functional_matches_torch(compat):
    def tf(x):
        return torch.sum(x * x * x)

    def pf(x):
        return paddle.sum(x * x * x)
    x = np.random.RandomState(13).rand(2, 2).astype("float32")
    close(torch.autograd.functional.hessian(tf, torch.tensor(x)),
          paddle.autograd.functional.hessian(pf, paddle.to_tensor(x)), atol=1e-5)
    v = np.ones([2, 2], "float32")
    tj = torch.autograd.functional.jvp(tf, torch.tensor(x), torch.tensor(v))
    pj = paddle.autograd.functional.jvp(pf, paddle.to_tensor(x), paddle.to_tensor(v))
    close(tj[0], pj[0], atol=1e-5)
    close(tj[1], pj[1], atol=1e-5)


def test_function_ctx_saved_tensors(compat):
    class Twice(paddle.autograd.Function):
        @staticmethod
        @paddle.autograd.function.once_differentiable
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * 2

        @staticmethod
        def backward(ctx, g):
            x, = ctx.saved_tensors
            return g * x
    x = paddle.to_tensor([1.0, 3.0], stop_gradient=False)
    Twice.apply(x).sum().backward()
    close(np.array([1.0, 3.0], "float32"), x.grad)


def test_gradscaler_disabled_without_gpu(compat):
    s = paddle.cuda.amp.GradScaler(init_scale=1024, growth_factor=3.0)
    ts = torch.cuda.amp.GradScaler(init_scale=1024, growth_factor=3.0)
    loss = paddle.to_tensor(2.0)
    assert s.is_enabled() == ts.is_enabled()
    close(ts.scale(torch.tensor(2.0)), s.scale(loss))
    assert s.get_growth_factor() == 3.0


# --------------------------------------------------------------------------- optim

def test_sgd_momentum_weight_decay_matches_torch(compat):
    w0 = np.random.RandomState(14).randn(3).astype("float32")
    tw = torch.tensor(w0, requires_grad=True)
    pw = paddle.create_parameter([3], "float32", default_initializer=paddle.nn.initializer.Assign(w0))
    to = torch.optim.SGD([tw], lr=0.1, momentum=0.9, weight_decay=0.01, nesterov=True)
    po = paddle.optim.SGD([pw], lr=0.1, momentum=0.9, weight_decay=0.01, nesterov=True)
    for _ in range(3):
        to.zero_grad(), po.zero_grad()
        (tw * tw * torch.arange(3.0)).sum().backward()
        (pw * pw * paddle.arange(3, dtype="float32")).sum().backward()
        to.step(), po.step()
    close(tw, pw, atol=1e-6)
    assert po.param_groups[0]["lr"] == pytest.approx(0.1)


def test_adam_matches_torch_and_optimizer_base(compat):
    w0 = np.random.RandomState(15).randn(4).astype("float32")
    tw = torch.tensor(w0, requires_grad=True)
    pw = paddle.create_parameter([4], "float32", default_initializer=paddle.nn.initializer.Assign(w0))
    to, po = torch.optim.Adam([tw], lr=0.05, betas=(0.8, 0.99)), paddle.optim.Adam([pw], lr=0.05, betas=(0.8, 0.99))
    for _ in range(3):
        to.zero_grad(), po.zero_grad()
        (tw ** 3).sum().backward()
        (pw ** 3).sum().backward()
        to.step(), po.step()
    close(tw, pw, atol=1e-5)
    theta_t, theta_p = torch.tensor([1.0, 1.0], requires_grad=True), paddle.to_tensor([1.0, 1.0], stop_gradient=False)
    tb = torch.optim.Optimizer([theta_t], defaults={"learning_rate": 1.0})
    pb = paddle.optim.Optimizer([theta_p], defaults={"learning_rate": 1.0})
    assert repr(tb) == repr(pb) and tb.state_dict() == pb.state_dict()


def _train(lib, make_opt, make_sched=None, steps=5):
    """A few steps of a weighted quadratic under ``lib``'s optimizer (and scheduler); the weights and
    the learning rate seen after every step."""
    w0 = np.array([1.0, -2.0, 0.5], "float32")
    if lib is torch:
        w = torch.nn.Parameter(torch.tensor(w0))
    else:
        w = paddle.create_parameter([3], "float32", default_initializer=paddle.nn.initializer.Assign(w0))
    opt = make_opt(lib, w)
    sched = make_sched(lib, opt) if make_sched else None
    lrs = []
    for _ in range(steps):
        opt.zero_grad()
        ((w - 0.3) ** 2 * lib.tensor([1.0, 2.0, 3.0])).sum().backward()
        opt.step()
        if sched is not None:
            sched.step()
        lrs.append(float(opt.param_groups[0]["lr"]))
    return w, lrs


@pytest.mark.parametrize("make_opt", [
    lambda L, w: L.optim.RMSprop([w], lr=0.01),
    lambda L, w: L.optim.RMSprop([w], 0.01, 0.9, 1e-6, 0.1, 0.9, True),
    lambda L, w: L.optim.Adagrad([w], lr=0.5, lr_decay=0.1, initial_accumulator_value=0.1),
    lambda L, w: L.optim.Adadelta(params=[w], weight_decay=0.01),
    lambda L, w: L.optim.Adamax([w], lr=0.1, betas=(0.5, 0.99), maximize=True),
    lambda L, w: L.optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.5),
    lambda L, w: L.optim.SGD([{"params": [w], "lr": 0.2}], lr=0.1, momentum=0.5, nesterov=True),
    lambda L, w: L.optim.NAdam([w], lr=0.1, weight_decay=0.1, decoupled_weight_decay=True),
    lambda L, w: L.optim.RAdam([w], lr=0.1, weight_decay=0.01),
    lambda L, w: L.optim.Rprop([w], lr=0.1, etas=(0.4, 1.3)),
    lambda L, w: L.optim.ASGD([w], lr=0.1, lambd=0.01, t0=2),
], ids=["rmsprop", "rmsprop-centered-momentum", "adagrad-lr_decay", "adadelta", "adamax-maximize",
        "sgd-dampening", "sgd-group-options", "nadam-decoupled", "radam", "rprop", "asgd-averaging"])
def test_rule_optimizers_match_torch(compat, make_opt):
    tw, _ = _train(torch, make_opt)
    pw, _ = _train(paddle, make_opt)
    close(tw, pw, rtol=1e-6, atol=1e-6)
    assert not np.allclose(pw.numpy(), [1.0, -2.0, 0.5])  # it trained


def test_rmsprop_is_not_paddles_rule(compat):
    # paddle's RMSProp puts eps inside the square root: with a tiny gradient the two rules part
    w0 = np.array([1e-6], "float32")
    tw = torch.nn.Parameter(torch.tensor(w0))
    pw = paddle.create_parameter([1], "float32", default_initializer=paddle.nn.initializer.Assign(w0))
    native = paddle.create_parameter([1], "float32", default_initializer=paddle.nn.initializer.Assign(w0))
    opts = [torch.optim.RMSprop([tw], lr=0.1, eps=1e-3), paddle.optim.RMSprop([pw], lr=0.1, eps=1e-3),
            paddle.optimizer.RMSProp(learning_rate=0.1, rho=0.99, epsilon=1e-3, parameters=[native])]
    for w, o in zip((tw, pw, native), opts):
        (w * w).sum().backward()
        o.step()
    close(tw, pw, rtol=1e-6, atol=0)
    assert abs(float(native.numpy()[0]) - float(tw.detach()[0])) > 1e-8


def test_sgd_routes_only_what_momentum_lacks(compat):
    w = paddle.create_parameter([1], "float32")
    assert isinstance(paddle.optim.SGD([w], lr=0.1, momentum=0.9), paddle.optimizer.Momentum)
    assert not isinstance(paddle.optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.1), paddle.optimizer.Momentum)
    assert isinstance(paddle.optim.RMSprop([w]), paddle.optim.Optimizer)


@pytest.mark.parametrize("make_sched", [
    lambda L, o: L.optim.lr_scheduler.StepLR(o, 2, 0.5),
    lambda L, o: L.optim.lr_scheduler.MultiStepLR(o, milestones=[1, 3, 3], gamma=0.5),
    lambda L, o: L.optim.lr_scheduler.ConstantLR(o, 0.05, 3),
    lambda L, o: L.optim.lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=3),
    lambda L, o: L.optim.lr_scheduler.ExponentialLR(o, gamma=0.7),
    lambda L, o: L.optim.lr_scheduler.CosineAnnealingLR(o, T_max=3, eta_min=0.01),
    lambda L, o: L.optim.lr_scheduler.LambdaLR(o, lr_lambda=lambda e: 0.9 ** e),
    lambda L, o: L.optim.lr_scheduler.MultiplicativeLR(o, lambda e: 0.8),
    lambda L, o: L.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=2, T_mult=2, eta_min=0.01),
    lambda L, o: L.optim.lr_scheduler.OneCycleLR(o, max_lr=0.5, total_steps=10, three_phase=True),
], ids=["step", "multistep", "constant", "linear", "exponential", "cosine", "lambda", "multiplicative",
        "warm-restarts", "one-cycle"])
@pytest.mark.parametrize("opt", ["SGD", "RMSprop"])
def test_schedulers_match_torch(compat, make_sched, opt):
    def make_opt(L, w):
        return getattr(L.optim, opt)([w], lr=0.1)
    tw, tl = _train(torch, make_opt, make_sched, steps=8)
    pw, pl = _train(paddle, make_opt, make_sched, steps=8)
    np.testing.assert_allclose(pl, tl, rtol=1e-12)
    assert len(set(tl)) > 1  # the schedule moved
    close(tw, pw, rtol=1e-5, atol=1e-5)


def test_one_cycle_moves_adams_beta1_like_torch(compat):
    # torch corrects the bias with the current beta1; paddle's Adam keeps running products of past
    # betas, which the compat layer re-bases once a scheduler moves them
    def make_sched(L, o):
        return L.optim.lr_scheduler.OneCycleLR(o, max_lr=0.5, total_steps=10)
    tw, _ = _train(torch, lambda L, w: L.optim.Adam([w], lr=0.1), make_sched, steps=9)
    pw, _ = _train(paddle, lambda L, w: L.optim.Adam([w], lr=0.1), make_sched, steps=9)
    close(tw, pw, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("kw", [{}, {"line_search_fn": "strong_wolfe", "history_size": 5}])
def test_lbfgs_with_closure_matches_torch(compat, kw):
    def run(L):
        w0 = np.array([1.5, -2.0], "float32")
        if L is torch:
            w = torch.nn.Parameter(torch.tensor(w0))
        else:
            w = paddle.create_parameter([2], "float32", default_initializer=paddle.nn.initializer.Assign(w0))
        opt = L.optim.LBFGS([w], **kw)

        def closure():
            opt.zero_grad()
            loss = ((w - 0.3) ** 4).sum() + (w[0] * w[1]) ** 2
            loss.backward()
            return loss
        for _ in range(3):
            opt.step(closure)
        return w
    close(run(torch), run(paddle), rtol=1e-4, atol=1e-5)


def test_chained_schedulers_compose_like_torch(compat):
    def chain(L, o):
        a = L.optim.lr_scheduler.ConstantLR(o, factor=0.5, total_iters=2)
        b = L.optim.lr_scheduler.ExponentialLR(o, gamma=0.9)

        class Both:
            def step(self):
                a.step(), b.step()
        return Both()
    _, tl = _train(torch, lambda L, w: L.optim.SGD([w], lr=1.0), chain, steps=4)
    _, pl = _train(paddle, lambda L, w: L.optim.SGD([w], lr=1.0), chain, steps=4)
    np.testing.assert_allclose(pl, tl, rtol=1e-12)


def test_reduce_on_plateau_and_resume_errors(compat):
    def lrs(L):
        w = torch.nn.Parameter(torch.ones(1)) if L is torch else paddle.create_parameter([1], "float32")
        o = L.optim.SGD([w], lr=1.0)
        s = L.optim.lr_scheduler.ReduceLROnPlateau(o, patience=1, factor=0.5, cooldown=1)
        out = []
        for m in [3, 2, 2, 2, 2, 2, 1, 1, 1]:
            s.step(m)
            out.append(o.param_groups[0]["lr"])
        return out
    assert lrs(paddle) == lrs(torch) and lrs(torch)[-1] < 1.0
    w = paddle.create_parameter([1], "float32")
    with pytest.raises(KeyError, match="initial_lr"):
        paddle.optim.lr_scheduler.StepLR(paddle.optim.SGD([w], lr=0.1), 2, last_epoch=3)


def test_paddle_schedulers_still_reachable(compat):
    # names torch does not have fall through to paddle.optimizer.lr, unchanged
    assert paddle.optim.lr_scheduler.StepDecay is paddle.optimizer.lr.StepDecay
    assert "StepLR" not in dir(paddle.optimizer.lr)


def test_embedding_from_pretrained_matches_torch():
    W = np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]], "float32")
    with ac.enable(only=["modules-embedding-from-pretrained"]):
        emb = paddle.nn.Embedding.from_pretrained(paddle.to_tensor(W))
        free = paddle.nn.Embedding.from_pretrained(paddle.to_tensor(W), freeze=False, padding_idx=1)
    t = torch.nn.Embedding.from_pretrained(torch.tensor(W))
    close(t(torch.tensor([2, 0])), emb(paddle.to_tensor([2, 0])))
    assert emb.weight.stop_gradient and not free.weight.stop_gradient and free._padding_idx == 1
    assert not hasattr(paddle.nn.Embedding, "from_pretrained")


# --------------------------------------------------------------------------- inplace, device/dtype, small layers

def test_inplace_activation(compat):
    x = np.array([-1.0, 0.5, 2.0], "float32")
    px = paddle.to_tensor(x)
    out = paddle.nn.ELU(alpha=0.5, inplace=True)(px)
    close(torch.nn.ELU(alpha=0.5)(torch.tensor(x)), px)  # written into the input, as torch does
    assert out is px
    close(torch.nn.LeakyReLU(0.2, False)(torch.tensor(x)), paddle.nn.LeakyReLU(0.2, False)(paddle.to_tensor(x)))
    px2 = paddle.to_tensor(x)
    paddle.nn.ELU(0.5)(px2)  # paddle's own call leaves its input alone
    close(x, px2)


def test_threshold_softmin_unfold_prelu(compat):
    x = np.random.RandomState(16).randn(2, 3, 4, 4).astype("float32")
    close(torch.nn.Threshold(0.1, 20.0)(torch.tensor(x)), paddle.nn.Threshold(0.1, 20.0)(paddle.to_tensor(x)))
    close(torch.nn.Softmin(dim=1)(torch.tensor(x)), paddle.nn.Softmin(dim=1)(paddle.to_tensor(x)))
    kw = dict(kernel_size=(2, 3), dilation=1, padding=1, stride=2)
    close(torch.nn.Unfold(**kw)(torch.tensor(x)), paddle.nn.Unfold(**kw)(paddle.to_tensor(x)))
    m = paddle.nn.PReLU(num_parameters=3, init=0.1, dtype=paddle.float64)
    assert m.weight.dtype == paddle.float64
    close(torch.nn.PReLU(3, 0.1, dtype=torch.float64)(torch.tensor(x, dtype=torch.float64)),
          m(paddle.to_tensor(x, dtype="float64")))


def test_module_to_dtype_and_tensor(compat):
    m = paddle.nn.Linear(2, 3)
    m.to(paddle.float64)
    assert m.weight.dtype == paddle.float64
    m.to(paddle.to_tensor([1.0], dtype="float32"))
    assert m.weight.dtype == paddle.float32
    m.to("cpu")  # paddle's own call
    assert m.weight.place.is_cpu_place()


def test_transformer_layer_time_major_and_bool_mask(compat):
    layer = paddle.nn.TransformerEncoderLayer(d_model=8, nhead=2, dropout=0.0)
    layer.eval()
    x = paddle.randn([5, 3, 8])
    causal = paddle.triu(paddle.ones([5, 5]), 1).astype("bool")  # torch: True = masked
    y = layer(x, src_mask=causal)
    # the same layer through paddle's own call: batch-major input, True = attend
    ref = paddle.nn.TransformerEncoderLayer.forward.__wrapped__(layer, x.transpose([1, 0, 2]), ~causal)
    close(ref.transpose([1, 0, 2]), y, atol=1e-6)
    enc = paddle.nn.TransformerEncoder(layer, 2)
    assert list(enc(x, mask=causal).shape) == [5, 3, 8]
    assert list(paddle.nn.TransformerEncoderLayer(8, 2, 16)(paddle.randn([3, 5, 8])).shape) == [3, 5, 8]


# --------------------------------------------------------------------------- nn.utils, ParameterDict, cuda

def test_weight_norm_torch_dim_on_linear(compat):
    m = paddle.nn.utils.parametrizations.weight_norm(paddle.nn.Linear(4, 3), dim=0)  # torch dim 0 = outputs
    assert list(m.weight_g.shape) in ([3], [1, 3])
    tm = torch.nn.Linear(4, 3)
    pm = paddle.nn.Linear(4, 3)
    pm.weight.set_value(tm.weight.detach().numpy().T)
    pm.bias.set_value(tm.bias.detach().numpy())
    tm = torch.nn.utils.weight_norm(tm)
    pm = paddle.nn.utils.weight_norm(module=pm)
    x = np.random.RandomState(17).randn(2, 4).astype("float32")
    close(tm(torch.tensor(x)), pm(paddle.to_tensor(x)), atol=1e-6)


def test_parameterdict_and_cuda_extras(compat):
    d = paddle.nn.ParameterDict({"a": paddle.create_parameter([1], "float32"),
                                 "b": paddle.create_parameter([2], "float32")})
    assert list(d.keys()) == ["a", "b"] and len(list(d.values())) == 2
    assert d.pop("a").shape == [1] and list(d.keys()) == ["b"]
    assert issubclass(paddle.cuda.OutOfMemoryError, RuntimeError)
    assert paddle.cuda.get_rng_state_all() == [] or len(paddle.cuda.get_rng_state_all()) > 0
    g = paddle.nn.GroupNorm(2, 4, 1e-5, False)
    assert g.weight is None


NATIVE = [
    lambda: paddle.nn.Linear(4, 3), lambda: paddle.nn.LSTM(4, 5, 2), lambda: paddle.nn.GRU(4, 5, direction="bidirect"),
    lambda: paddle.nn.SimpleRNN(4, 5, time_major=True), lambda: paddle.nn.LSTMCell(4, 5),
    lambda: paddle.nn.GRUCell(4, 5), lambda: paddle.nn.LogSoftmax(1), lambda: paddle.nn.Softmax(),
    lambda: paddle.nn.L1Loss("sum"), lambda: paddle.nn.ELU(0.5), lambda: paddle.nn.PReLU(1, 0.3),
    lambda: paddle.nn.TransformerEncoderLayer(4, 2, 8, 0.0), lambda: paddle.nn.BatchNorm1D(3, 0.8),
    lambda: paddle.nn.SyncBatchNorm(4), lambda: paddle.nn.Unfold([2, 1]),
]


def _native_outputs():
    outs = []
    x = paddle.to_tensor(np.random.RandomState(18).randn(2, 3, 4).astype("float32"))
    for make in NATIVE:
        paddle.seed(0)
        m = make()
        if isinstance(m, (paddle.nn.L1Loss,)):
            o = m(x, x * 2)
        elif isinstance(m, (paddle.nn.LSTMCell, paddle.nn.GRUCell)):
            o = m(x[:, 0])
        elif isinstance(m, paddle.nn.Unfold):
            o = m(x.unsqueeze(0))
        elif isinstance(m, paddle.nn.SyncBatchNorm):
            o = None  # no CPU kernel in paddle: nothing to compare natively
        else:
            o = m(x)
        outs.append([t.numpy() for t in paddle.utils.flatten(o)] if o is not None else [])
    return outs


def test_native_layer_calls_unchanged():
    ref = _native_outputs()
    with ac.enable(only=[p.name for p in all_patches() if p.family == "modules"]):
        got = _native_outputs()
    for a, b in zip(ref, got):
        assert len(a) == len(b)
        for u, v in zip(a, b):
            np.testing.assert_array_equal(u, v)


def test_cuda_memory_counters_without_cuda(compat):
    if paddle.is_compiled_with_cuda():
        pytest.skip("paddle's own counters apply with CUDA")
    assert paddle.cuda.empty_cache() is None and torch.cuda.empty_cache() is None
    assert paddle.cuda.max_memory_allocated() == torch.cuda.max_memory_allocated() == 0


def test_transformer_torch_form_time_major(compat):
    m = paddle.nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16,
                              dropout=0.0, norm_first=True)
    m.eval()
    src, tgt = paddle.randn([5, 3, 8]), paddle.randn([4, 3, 8])  # torch: [S, N, E]
    out = m(src, tgt)
    assert list(out.shape) == [4, 3, 8]
    ref = paddle.nn.Transformer.forward.__wrapped__(m, src.transpose([1, 0, 2]), tgt.transpose([1, 0, 2]))
    close(ref.transpose([1, 0, 2]), out, atol=1e-6)


def test_more_layers_match_torch(compat):
    x = np.random.RandomState(19).randn(2, 3, 4, 5, 6).astype("float32")
    close(torch.nn.LPPool3d(2, 2)(torch.tensor(x)), paddle.nn.LPPool3d(2, 2)(paddle.to_tensor(x)), atol=1e-5)
    close(torch.nn.RMSNorm([5, 6])(torch.tensor(x)), paddle.nn.RMSNorm([5, 6])(paddle.to_tensor(x)), atol=1e-5)
    o, i = paddle.nn.FractionalMaxPool2d(2, output_ratio=0.5, return_indices=True)(paddle.to_tensor(x[:, :, 0]))
    assert list(o.shape) == [2, 3, 2, 3] and i.dtype == paddle.int64
