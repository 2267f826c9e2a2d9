"""The ``functions`` family: torch free functions under the prefix swap, compared with torch."""
from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
paddle = pytest.importorskip("paddle")

import paddlecamp.apicompat as compat  # noqa: E402
from paddlecamp.apicompat.patch import patches  # noqa: E402

F = paddle.nn.functional
TF = torch.nn.functional


def np_of(x):
    """A torch or paddle tensor (or a tuple of them) as numpy."""
    if isinstance(x, (tuple, list)):
        return [np_of(v) for v in x]
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy()
    if isinstance(x, paddle.Tensor):
        return x.numpy()
    return np.asarray(x)


def same(t, p, rtol=1e-5, atol=1e-6, dtype=True):
    """torch result ``t`` and paddle result ``p``: same structure, shapes, values (and dtypes)."""
    if isinstance(t, (tuple, list)):
        assert isinstance(p, (tuple, list)), f"paddle gave {type(p)}, torch a tuple"
        assert len(t) == len(p)
        for a, b in zip(t, p):
            same(a, b, rtol, atol, dtype)
        return
    a, b = np_of(t), np_of(p)
    assert a.shape == b.shape, (a.shape, b.shape)
    if dtype:
        assert a.dtype == b.dtype, (a.dtype, b.dtype)
    np.testing.assert_allclose(a, b, rtol=rtol, atol=atol)


def pair(arr):
    """The same array as a torch and a paddle tensor."""
    return torch.tensor(arr), paddle.to_tensor(arr)


RNG = np.random.default_rng(0)
X34 = RNG.standard_normal((3, 4)).astype("float32")


def test_family_registered_and_installs():
    names = [p.name for p in patches() if p.family == "functions"]
    assert len(names) >= 15
    with compat.enable() as h:
        assert not {n: e for n, e in h.failed.items() if n in names}


# --------------------------------------------------------------------------- constants and factories

def test_layout_constants_and_factory_keywords():
    assert not hasattr(paddle, "strided")
    with compat.enable():
        r = paddle.zeros([2, 3], dtype=paddle.float32, layout=paddle.strided, requires_grad=True)
        assert r.shape == [2, 3] and r.stop_gradient is False
        e = paddle.empty([2], memory_format=paddle.contiguous_format)
        assert e.shape == [2]
        with pytest.raises(TypeError):
            paddle.zeros([2], layout=paddle.sparse_coo)  # a real layout change is not silently dropped
        ri = paddle.randint(10, (2, 2))
        assert ri.shape == [2, 2] and int(ri.max()) < 10
        ri = paddle.randint(3, 10, size=(4,))
        assert ri.shape == [4] and int(ri.min()) >= 3
    assert not hasattr(paddle, "strided") and not hasattr(paddle, "preserve_format")


def test_factory_native_unchanged():
    a = paddle.randint(0, 5, [3]).shape
    with compat.enable():
        assert paddle.randint(0, 5, [3]).shape == a
        assert paddle.zeros([2], "int32").dtype == paddle.int32


# --------------------------------------------------------------------------- torch keyword names

def test_torch_keywords_and_out():
    tx, px = pair(X34)
    ty, py = pair(X34[::-1].copy())
    with compat.enable():
        same(torch.atan2(input=tx, other=ty), paddle.atan2(input=px, other=py))
        out_t, out_p = torch.empty(3, 4), paddle.empty([3, 4])
        r = paddle.hypot(px, py, out=out_p)
        torch.hypot(tx, ty, out=out_t)
        assert r is out_p
        same(out_t, out_p)
        same(torch.std(tx, dim=1, unbiased=False, keepdim=True), paddle.std(px, dim=1, unbiased=False, keepdim=True))
        same(TF.relu(input=tx), F.relu(input=px))
        same(TF.l1_loss(tx, ty, reduction="sum"), F.l1_loss(px, py, reduction="sum"))
        same(TF.l1_loss(tx, ty, size_average=False), F.l1_loss(px, py, size_average=False))


def test_inplace_keyword_writes_the_input():
    tx, px = pair(X34)
    with compat.enable():
        rt, rp = TF.relu(tx, inplace=True), F.relu(px, inplace=True)
    same(rt, rp)
    same(tx, px)  # the input itself changed
    assert float(px.min()) >= 0


def test_torch_keywords_native_unchanged():
    _, px = pair(X34)
    before = paddle.std(px, 1).numpy()
    with compat.enable():
        np.testing.assert_allclose(paddle.std(px, 1).numpy(), before)
        np.testing.assert_allclose(paddle.atan2(px, px).numpy(), np.arctan2(X34, X34), rtol=1e-6)
        with pytest.raises(TypeError):
            paddle.atan2(px, px, bogus=1)
    assert not getattr(paddle.atan2, "__paddlecamp_torch_kwargs__", False)


# --------------------------------------------------------------------------- return types

def test_max_min_sort_return_types():
    tx, px = pair(X34)
    with compat.enable():
        rt, rp = torch.max(tx, dim=1), paddle.max(px, dim=1)
        same(rt.values, rp.values)
        same(rt.indices, rp.indices)
        same(torch.min(input=tx, dim=0, keepdim=True), paddle.min(input=px, dim=0, keepdim=True))
        same(torch.max(tx, torch.zeros(3, 4)), paddle.max(px, paddle.zeros([3, 4])))
        same(torch.sort(tx, dim=1, descending=True), paddle.sort(px, dim=1, descending=True))
        # paddle's own forms keep paddle's meaning
        same(torch.amax(tx, 1), paddle.max(px, 1))
        same(torch.sort(tx, 1).values, paddle.sort(px, 1))


def test_split_unique_equal():
    ta, pa = pair(np.arange(10).reshape(5, 2).astype("float32"))
    with compat.enable():
        same(torch.split(ta, 2, dim=0), paddle.split(pa, split_size_or_sections=2, dim=0))
        assert len(paddle.split(pa, 5, 0)) == 5           # paddle: 5 chunks
        assert len(paddle.split(pa, 5, dim=0)) == 1       # torch: chunks of 5
        tu, pu = pair(np.array([[1, 2], [1, 2], [3, 4]]))
        same(torch.unique(tu, dim=0, return_counts=True), paddle.unique(input=pu, dim=0, return_counts=True))
        assert paddle.equal(input=pa, other=pa) is True
        assert isinstance(paddle.equal(pa, pa), paddle.Tensor)


# --------------------------------------------------------------------------- nn.functional

@pytest.mark.parametrize("d", [1, 2, 3])
def test_conv_transpose(d):
    shape = (2, 4) + (5,) * d
    x = RNG.standard_normal(shape).astype("float32")
    w = RNG.standard_normal((4, 2) + (3,) * d).astype("float32")
    b = RNG.standard_normal(4).astype("float32")
    (tx, px), (tw, pw), (tb, pb) = pair(x), pair(w), pair(b)
    tf, pf = getattr(TF, f"conv_transpose{d}d"), None
    with compat.enable():
        pf = getattr(F, f"conv_transpose{d}d")
        # positional: bias, stride, padding, output_padding, groups, dilation (torch's order)
        same(tf(tx, tw, tb, 2, 1, 1, 2, 1), pf(px, pw, pb, 2, 1, 1, 2, 1), rtol=1e-4, atol=1e-4)
        same(tf(input=tx, weight=tw, stride=2, dilation=2), pf(input=px, weight=pw, stride=2, dilation=2),
             rtol=1e-4, atol=1e-4)
    assert not hasattr(F, f"conv_transpose{d}d")


def test_log_softmax_softmin_special():
    tx, px = pair(X34)
    t3, p3 = pair(RNG.standard_normal((2, 3, 4)).astype("float32"))
    with compat.enable():
        same(TF.log_softmax(tx, dim=0), F.log_softmax(px, dim=0))
        same(TF.log_softmax(t3, _stacklevel=3), F.log_softmax(p3, _stacklevel=3))   # torch's implicit dim 0
        same(TF.softmin(tx, dim=1), F.softmin(px, dim=1))
        same(torch.special.log_softmax(tx, 1), paddle.special.log_softmax(px, 1))
        same(torch.special.polygamma(1, tx.abs() + 1), paddle.special.polygamma(1, px.abs() + 1), rtol=1e-4)
        same(torch.special.ndtri(torch.sigmoid(tx)), paddle.special.ndtri(F.sigmoid(px)), rtol=1e-4, atol=1e-5)
        same(torch.special.xlogy(tx.abs(), tx.abs()), paddle.special.xlogy(px.abs(), px.abs()))
        # paddle's own call: axis=-1 default unchanged
        np.testing.assert_allclose(F.log_softmax(px).numpy(), TF.log_softmax(tx, -1).numpy(), rtol=1e-5, atol=1e-6)
    assert not hasattr(paddle.special, "log_softmax")


def test_losses():
    tx, px = pair(X34)
    ty, py = pair(X34 * 0.5 + 0.3)
    with compat.enable():
        same(TF.huber_loss(tx, ty, delta=0.5), F.huber_loss(px, py, delta=0.5))
        same(TF.smooth_l1_loss(tx, ty, beta=0.2), F.smooth_l1_loss(px, py, beta=0.2))
        lbl_t, lbl_p = pair((X34 > 0).astype("float32"))
        same(TF.multilabel_soft_margin_loss(tx, lbl_t), F.multilabel_soft_margin_loss(px, lbl_p))
    # paddle's smooth_l1_loss(delta=) unchanged
    ref = F.smooth_l1_loss(px, py, delta=0.5).numpy()
    with compat.enable():
        np.testing.assert_allclose(F.smooth_l1_loss(px, py, delta=0.5).numpy(), ref)


def test_threshold_rrelu_maxpool():
    tx, px = pair(X34)
    t4, p4 = pair(RNG.standard_normal((1, 2, 6, 6)).astype("float32"))
    with compat.enable():
        same(TF.threshold(tx, 0.1, 20.0), F.threshold(px, 0.1, 20.0))
        same(torch.rrelu(tx), paddle.rrelu(px))   # training=False by default: deterministic
        same(torch.max_pool2d(t4, 3, stride=(2, 1), padding=1), paddle.max_pool2d(p4, 3, stride=(2, 1), padding=1))


# --------------------------------------------------------------------------- missing torch functions

def test_missing_functions():
    tx, px = pair(X34)
    ty, py = pair(np.abs(X34[::-1]).copy() + 0.5)
    with compat.enable():
        same(torch.aminmax(tx, dim=1), paddle.aminmax(px, dim=1))
        same(torch.std_mean(tx, dim=1), paddle.std_mean(px, dim=1), rtol=1e-5)
        same(torch.var_mean(tx, 1, True, False), paddle.var_mean(px, 1, True, False), rtol=1e-5)
        same(torch.var_mean(tx, correction=0), paddle.var_mean(px, correction=0), rtol=1e-5)
        same(torch.fmod(tx * 5, 1.5), paddle.fmod(px * 5, 1.5), rtol=1e-5, atol=1e-5)
        ti, pi = pair(np.array([-7, 5, -3, 8]))
        same(torch.fmod(ti, 3), paddle.fmod(pi, 3))
        same(torch.movedim(tx, 1, 0), paddle.movedim(px, 1, 0))
        same(torch.narrow_copy(tx, 1, 1, 2), paddle.narrow_copy(px, 1, 1, 2))
        same(torch.expand_copy(tx[:1], (3, -1)), paddle.expand_copy(px[:1], (3, -1)))
        idx_t, idx_p = pair(np.array([2, 0]))
        same(torch.index_copy(tx, 1, idx_t, tx[:, :2] * 0), paddle.index_copy(px, 1, idx_p, px[:, :2] * 0))
        assert paddle.is_nonzero(paddle.to_tensor([0.0])) is False
        same(torch.addcdiv(tx, tx, ty, value=2), paddle.addcdiv(px, px, py, value=2))
        same(torch.addcmul(tx, tx, ty, value=2), paddle.addcmul(px, px, py, value=2))
        same(torch.clamp_max(tx, 0.1), paddle.clamp_max(px, 0.1))
        same(torch.exp2(tx), paddle.exp2(px), rtol=1e-5)
        same(torch.float_power(tx, 2), paddle.float_power(px, 2))
        same(torch.logaddexp2(tx, ty), paddle.logaddexp2(px, py), rtol=1e-5)
        same(torch.xlogy(tx, ty), paddle.xlogy(px, py), rtol=1e-5)
        same(torch.erfc(tx), paddle.erfc(px), rtol=1e-5, atol=1e-6)
        same(torch.arctanh(tx.clamp(-0.9, 0.9)), paddle.arctanh(px.clip(-0.9, 0.9)))
        same(torch.scalar_tensor(1), paddle.scalar_tensor(1))
        paddle._assert(True, "fine")
        with pytest.raises(AssertionError):
            paddle._assert(False, "boom")
        w = paddle.to_tensor([1.0], stop_gradient=False)
        with paddle.inference_mode():
            assert (w * 2).stop_gradient
        assert not (w * 2).stop_gradient
    for n in ("aminmax", "fmod", "_assert", "inference_mode", "arctanh", "expand_copy"):
        assert not hasattr(paddle, n), n


def test_linalg_toplevel():
    a = RNG.standard_normal((4, 4)).astype("float64")
    ta, pa = pair(a @ a.T + 4 * np.eye(4))
    with compat.enable():
        same(torch.det(ta), paddle.det(pa), rtol=1e-6)
        ut, st, vt = torch.svd(ta)
        up, sp, vp = paddle.svd(pa)
        same(st, sp, rtol=1e-6)
        np.testing.assert_allclose((up * sp.unsqueeze(0)) @ vp.T, ta.numpy(), rtol=1e-6, atol=1e-8)
        same(torch.linalg.lu_factor(ta), paddle.linalg.lu_factor(pa), dtype=False)
        same(torch.linalg.inv_ex(ta), paddle.linalg.inv_ex(pa))
        lt = torch.linalg.cholesky(ta)
        lp = paddle.linalg.cholesky(pa)
        same(torch.cholesky_solve(ta, lt), paddle.cholesky_solve(pa, lp), rtol=1e-6)
    assert not hasattr(paddle, "det") and not hasattr(paddle.linalg, "lu_factor")


def test_decorated_paddle_aliases_still_accepted():
    x = paddle.to_tensor([2.0, 3.0])
    y = paddle.to_tensor([2.0, 1.0])
    with compat.enable():
        assert float(paddle.dot(input=x, tensor=y)) == 7.0
        out = paddle.empty([])
        paddle.dot(out=out, tensor=y, input=x)
        assert float(out) == 7.0
        same(torch.bucketize(torch.tensor([2.0, 3.0]), torch.tensor([1.0, 2.5]), right=True),
             paddle.bucketize(input=x, boundaries=paddle.to_tensor([1.0, 2.5]), right=True))


def test_foreach_and_toplevel_inplace():
    ts = [torch.tensor([-1.5, 2.2]), torch.tensor([0.3])]
    ps = [paddle.to_tensor([-1.5, 2.2]), paddle.to_tensor([0.3])]
    with compat.enable():
        same(torch._foreach_abs(ts), paddle._foreach_abs(ps))
        rt, rp = torch._foreach_neg_(ts), paddle._foreach_neg_(ps)
        same(rt, rp)
        same(ts, ps)
        x = paddle.to_tensor([1.5, -2.2])
        assert paddle.ceil_(input=x) is x
        same(torch.tensor([2.0, -2.0]), x)
        c = paddle.to_tensor([1.5, -2.2])
        paddle.clamp_(c, -1.0, 1.0)
        same(torch.tensor([1.0, -1.0]), c)
    assert not hasattr(paddle, "_foreach_abs") and not hasattr(paddle, "ceil_")


def test_varargs_lu_solve_can_cast_losses():
    a = RNG.standard_normal((3, 3)).astype("float64") + 3 * np.eye(3)
    b = RNG.standard_normal((3, 2)).astype("float64")
    (ta, pa), (tb, pb) = pair(a), pair(b)
    with compat.enable():
        same(torch.block_diag(ta, tb), paddle.block_diag(pa, pb))
        same(torch.broadcast_tensors(ta[:1], ta), paddle.broadcast_tensors(pa[:1], pa))
        lut, pivt = torch.linalg.lu_factor(ta)
        lup, pivp = paddle.linalg.lu_factor(pa)
        same(torch.linalg.lu_solve(lut, pivt, tb), paddle.linalg.lu_solve(lup, pivp, pb), rtol=1e-6)
        same(torch.linalg.lu_solve(lut, pivt, tb.T, left=False), paddle.linalg.lu_solve(lup, pivp, pb.T, left=False),
             rtol=1e-6)
        same(paddle.linalg.lu_solve(pb, lup, pivp), torch.linalg.lu_solve(lut, pivt, tb), rtol=1e-6)  # paddle order
        assert paddle.can_cast(paddle.float64, paddle.float32) is torch.can_cast(torch.float64, torch.float32)
        assert paddle.can_cast(paddle.float32, paddle.int32) is torch.can_cast(torch.float32, torch.int32)
        tx, px = pair(np.log(np.abs(a) + 0.1))
        ty, py = pair(np.abs(b[:, :1].repeat(3, 1)))
        same(TF.kl_div(tx, ty, False, True, "sum"), F.kl_div(px, py, False, True, "sum"))
        same(TF.kl_div(tx, ty, reduction="sum"), F.kl_div(px, py, "sum"))


def test_save_load_torch_keywords(tmp_path):
    import pickle
    x = paddle.to_tensor([1.0, 2.0])
    path = tmp_path / "t.pt"
    with compat.enable():
        paddle.save({"w": x}, path, _use_new_zipfile_serialization=True)
        got = paddle.load(path, map_location=paddle.device("cpu"), pickle_module=pickle, weights_only=False)
        same(torch.tensor([1.0, 2.0]), got["w"])
        got = paddle.load(str(path), "cpu", pickle)
        same(torch.tensor([1.0, 2.0]), got["w"])
    with pytest.raises(ValueError):
        paddle.load(str(path), weights_only=False)   # paddle alone refuses it


def test_positional_torch_forms_and_misc():
    t4, p4 = pair(RNG.standard_normal((1, 2, 6, 6)).astype("float32"))
    tx, px = pair(X34)
    idx_t, idx_p = pair(np.array([0, 2]))
    with compat.enable():
        same(TF.max_pool2d(t4, 2, 2, 1, 1, False, True), F.max_pool2d(p4, 2, 2, 1, 1, False, True))
        same(torch.index_fill(tx, 1, idx_t, -2.0), paddle.index_fill(px, 1, idx_p, -2.0))
        same(torch.index_fill(tx, 1, idx_t, -2.0), paddle.index_fill(px, idx_p, 1, -2.0))   # paddle's order
        assert F._Reduction.get_enum("sum") == TF._Reduction.get_enum("sum") == 2
        v = np.array([-3.0, 0.5, 2.0, 7.5, 40.0], dtype="float32")
        same(torch.special.erfcx(torch.tensor(v)), paddle.special.erfcx(paddle.to_tensor(v)), rtol=1e-5)
        ti, pi = pair(np.array([[1, 2], [3, 4]]))
        ii_t, ii_p = pair(np.array([[0, 0], [1, 0]]))
        same(torch.gather(ti, 1, ii_t), paddle.gather(ti.numpy() * 0 + pi, dim=1, index=ii_p, sparse_grad=False))
        tm, pm = pair(np.array([[1.0, 5.0, 2.0], [4.0, 3.0, 6.0]], dtype="float32"))
        same(torch.median(tm, dim=1), paddle.median(pm, dim=1))
        same(torch.median(tm), paddle.median(pm, mode="min"))
    assert not hasattr(F, "_Reduction")


@pytest.mark.parametrize("d", [1, 2, 3])
def test_dilated_max_pool(d):
    a = RNG.standard_normal((1, 2) + (7,) * d).astype("float32")
    ta, pa = pair(a)
    kw = dict(kernel_size=2, stride=2, padding=1, dilation=2, ceil_mode=True)
    with compat.enable():
        same(getattr(TF, f"max_pool{d}d")(ta, return_indices=True, **kw),
             getattr(F, f"max_pool{d}d")(pa, return_indices=True, **kw))
        same(getattr(TF, f"max_pool{d}d")(ta, 3, 1, 1, 2), getattr(F, f"max_pool{d}d")(pa, 3, 1, 1, 2))
    with pytest.raises(TypeError):
        getattr(F, f"max_pool{d}d")(pa, dilation=2, **{k: v for k, v in kw.items() if k != "dilation"})


def test_reduction_dtype_and_positional_keepdim():
    a = np.array([[1.0, np.nan, 2.0], [3.0, 4.0, np.nan]], dtype="float32")
    ta, pa = pair(a)
    with compat.enable():
        same(torch.nansum(ta, 1, True, dtype=torch.float64), paddle.nansum(pa, 1, True, dtype=paddle.float64))
        same(torch.nanmean(input=ta, dim=1, dtype=torch.float64), paddle.nanmean(dtype=paddle.float64, input=pa, dim=1))
        same(torch.sum(ta.nan_to_num(), 0, True), paddle.sum(pa.nan_to_num(), 0, True))
        # paddle's positional dtype unchanged
        assert paddle.sum(pa.nan_to_num(), 0, "float64").dtype == paddle.float64
        same(torch.fft.rfftfreq(5, 2, dtype=torch.float32, layout=torch.strided),
             paddle.fft.rfftfreq(5, 2, dtype=paddle.float32, layout=paddle.strided))


def test_inference_mode_nesting_and_lu_unpack():
    w = paddle.ones([3])
    w.stop_gradient = False
    with compat.enable():
        with paddle.inference_mode(True):
            a = w * 10
            with paddle.inference_mode(False):
                b = w * 20
            c = w * 30
        assert (a.stop_gradient, b.stop_gradient, c.stop_gradient) == (True, False, True)
        m = RNG.standard_normal((3, 3)).astype("float64")
        tm, pm = pair(m)
        lut, pivt = torch.linalg.lu_factor(tm)
        lup, pivp = paddle.linalg.lu_factor(pm)
        same(torch.lu_unpack(LU_data=lut, LU_pivots=pivt), paddle.lu_unpack(LU_data=lup, LU_pivots=pivp))
        same(torch.logaddexp2(torch.tensor([1.0]), torch.tensor([2])),
             paddle.logaddexp2(paddle.to_tensor([1.0]), paddle.to_tensor([2])))


def test_bitwise_out_and_affine_grid():
    a, b = np.array([True, False, True]), np.array([False, True, True])
    (ta, pa), (tb, pb) = pair(a), pair(b)
    to, po = pair(np.array([True, False, False]))
    with compat.enable():
        rt, rp = torch.bitwise_and(ta, tb, out=to), paddle.bitwise_and(pa, pb, out=po)
        same(rt, rp)
        same(to, po)
        th, ph = pair(RNG.standard_normal((1, 2, 3)).astype("float32"))
        same(TF.affine_grid(th, size=[1, 2, 3, 3], align_corners=False),
             F.affine_grid(theta=ph, size=[1, 2, 3, 3], align_corners=False), rtol=1e-5, atol=1e-6)
    assert bool(paddle.bitwise_and(pa, pb).numpy()[2])


def test_sparse_stft_iinfo_init_misc():
    i = np.array([[0, 1, 1], [2, 0, 2]])
    v = np.array([3.0, 4.0, 5.0], dtype="float32")
    with compat.enable():
        st = torch.sparse_coo_tensor(torch.tensor(i), torch.tensor(v), [2, 4])
        sp = paddle.sparse_coo_tensor(indices=paddle.to_tensor(i), values=paddle.to_tensor(v), size=[2, 4])
        same(st.to_dense(), sp.to_dense())
        sig = RNG.standard_normal(32).astype("float32")
        win_t = torch.hann_window(8)
        win_p = paddle.to_tensor(win_t.numpy())
        same(torch.stft(torch.tensor(sig), 8, window=win_t, return_complex=True),
             paddle.stft(paddle.to_tensor(sig), 8, window=win_p, return_complex=True), rtol=1e-4, atol=1e-5)
        assert paddle.iinfo(type=paddle.int32).bits == torch.iinfo(type=torch.int32).bits == 32
        w = paddle.empty([10, 4])
        paddle.nn.init.sparse_(w, 0.3, std=0.05)
        assert ((w.numpy() == 0).sum(axis=0) >= 3).all()
        x = paddle.to_tensor(X34)
        g = F.gumbel_softmax(x, 2.0, True, 1e-4, 0)
        assert g.shape == [3, 4] and np.allclose(g.numpy().sum(0), 1.0)
        a43 = np.ascontiguousarray(X34.T)
        same(torch.linalg.householder_product(torch.tensor(a43), torch.tensor(X34[0, :3])),
             paddle.orgqr(paddle.to_tensor(a43), paddle.to_tensor(X34[0, :3])), rtol=1e-5, atol=1e-6)
    assert not hasattr(paddle, "sparse_coo_tensor") and not hasattr(paddle.nn.init, "sparse_")


def test_positional_tails():
    x = paddle.ones([2, 3, 4, 4])
    with compat.enable():
        r = F.dropout2d(x, 0.5, False, False)
        assert np.allclose(r.numpy(), 1.0)
        t4, p4 = pair(RNG.standard_normal((1, 1, 4, 4)).astype("float32"))
        ot, it = TF.max_pool2d(t4, 2, return_indices=True)
        op, ip = F.max_pool2d(p4, 2, return_indices=True)
        same(TF.max_unpool2d(ot, it, 2, None, 0, None), F.max_unpool2d(op, ip, 2, None, 0, None))


def test_std_var_correction_and_select_scatter():
    tx, px = pair(X34)
    with compat.enable():
        same(torch.std(input=tx, dim=1, correction=2, keepdim=True), paddle.std(input=px, dim=1, correction=2,
                                                                              keepdim=True), rtol=1e-5)
        same(torch.var(tx, 0, correction=0), paddle.var(px, 0, correction=0), rtol=1e-5)
        same(torch.select_scatter(tx, torch.zeros(3), 1, 2), paddle.select_scatter(input=px, src=paddle.zeros([3]),
                                                                                   dim=1, index=2))
    np.testing.assert_allclose(paddle.std(px, 1).numpy(), np.std(X34, 1, ddof=1), rtol=1e-5)


def test_paddle_positional_loss_unchanged():
    a = np.log(np.abs(X34) + 0.1).astype("float32")
    b = np.abs(X34[::-1]).copy()
    pa, pb = paddle.to_tensor(a), paddle.to_tensor(b)
    ref = F.kl_div(pa, pb, "none", False).numpy()          # paddle's (input, label, reduction, log_target)
    ref_layer = paddle.nn.KLDivLoss(reduction="mean")(pa, pb).numpy()
    with compat.enable():
        np.testing.assert_allclose(F.kl_div(pa, pb, "none", False).numpy(), ref)
        np.testing.assert_allclose(paddle.nn.KLDivLoss(reduction="mean")(pa, pb).numpy(), ref_layer)


# --------------------------------------------------------------------------- a Python number as the second operand

@pytest.mark.parametrize("name,x,number", [
    ("mul", [1.0, 2.0, 3.0], 0.5), ("mul", [1, 2, 3], 0.5), ("div", [1, 4, 7], 2), ("add", [1, 2], 2),
    ("add", [True, False], 1), ("sub", [1.5, 2.5], 1), ("gt", [1, 2, 3], 1.5), ("ne", [1, 2], 2),
    ("bitwise_and", [5, 6], 3), ("true_divide", [3, 4], 2),
])
def test_number_as_second_operand_matches_torch(name, x, number):
    t, px = getattr(torch, name)(torch.tensor(x), number), paddle.to_tensor(x)
    with compat.enable(only=["functions-scalar-other"]):
        p = getattr(paddle, name)(px, number)
    same(t, p)


def test_number_operand_keywords_methods_and_native():
    px = paddle.to_tensor([1, 2])
    with compat.enable(only=["functions-scalar-other"]):
        same(torch.add(torch.tensor([1, 2]), 2, alpha=3), paddle.add(px, 2, alpha=3))
        same(torch.tensor([1, 2]).add(other=2), px.add(other=2))
        same(torch.tensor([1, 2]).sub(1.5), px.sub(1.5))
        native = paddle.add(px, paddle.to_tensor([3, 4]))        # paddle's own call: unchanged
        same(torch.tensor([4, 6]), native)
    with pytest.raises(ValueError, match="must be Tensor"):     # restored afterwards
        paddle.add(px, 2)


# --------------------------------------------------------------------------- solve_triangular, lstsq's named result, 3-D nearest

@pytest.mark.parametrize("kw", [dict(upper=True), dict(upper=False), dict(upper=True, left=False),
                                dict(upper=False, left=False, unitriangular=True)])
def test_solve_triangular_matches_torch(kw):
    U = np.array([[2.0, 1.0, -1.0], [0.0, 4.0, 0.5], [0.0, 0.0, 3.0]], "float32")
    A = U if kw["upper"] else U.T.copy()
    B = RNG.standard_normal((3, 3)).astype("float32")
    with compat.enable(only=["functions-linalg-triangular-lstsq"]):
        p = paddle.linalg.solve_triangular(paddle.to_tensor(A), paddle.to_tensor(B), **kw)
    same(torch.linalg.solve_triangular(torch.tensor(A), torch.tensor(B), **kw), p, rtol=1e-5, atol=1e-5)
    assert not hasattr(paddle.linalg, "solve_triangular")


def test_lstsq_named_result_still_a_tuple():
    A = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]], "float32")
    b = np.array([[1.0], [2.0], [2.0]], "float32")
    with compat.enable(only=["functions-linalg-triangular-lstsq"]):
        r = paddle.linalg.lstsq(paddle.to_tensor(A), paddle.to_tensor(b))
        solution, *_ = r                                           # paddle's own unpacking still works
    same(torch.linalg.lstsq(torch.tensor(A), torch.tensor(b)).solution, r.solution, rtol=1e-4, atol=1e-5)
    assert isinstance(r, tuple) and len(r) == 4 and solution is r.solution


@pytest.mark.parametrize("kw", [dict(scale_factor=2), dict(size=5), dict(scale_factor=1.5)])
def test_nearest_interpolation_of_3d_input(kw):
    x = np.arange(12, dtype="float32").reshape(2, 2, 3)
    with compat.enable(only=["functions-interpolate-3d-nearest"]):
        p = paddle.nn.Upsample(mode="nearest", **kw)(paddle.to_tensor(x))
        lin = F.interpolate(paddle.to_tensor(x), scale_factor=2, mode="linear", data_format="NCW")  # untouched path
    same(torch.nn.Upsample(mode="nearest", **kw)(torch.tensor(x)), p)
    same(TF.interpolate(torch.tensor(x), scale_factor=2, mode="linear"), lin)
    x4 = RNG.standard_normal((1, 2, 3, 4)).astype("float32")
    with compat.enable():  # with the torch-keyword patches: input=, every form, 3-D and 4-D
        forms = [F.interpolate(input=paddle.to_tensor(x), scale_factor=2),
                 F.interpolate(paddle.to_tensor(x), None, 2, "nearest"),
                 F.interpolate(input=paddle.to_tensor(x4), size=[6, 8], mode="bilinear", align_corners=False)]
    same(TF.interpolate(input=torch.tensor(x), scale_factor=2), forms[0])
    same(TF.interpolate(torch.tensor(x), None, 2, "nearest"), forms[1])
    same(TF.interpolate(input=torch.tensor(x4), size=[6, 8], mode="bilinear", align_corners=False), forms[2])
    with pytest.raises(ValueError, match="NEAREST"):
        F.interpolate(paddle.to_tensor(x), scale_factor=2)


def test_histc_and_log_softmax_match_torch():
    x = np.array([0.5, 1.0, 1.2, 2.9, 3.0, -1.0, 4.5], "float32")
    with compat.enable(only=["functions-histc-log-softmax"]):
        h = paddle.histc(paddle.to_tensor(x), bins=4, min=0, max=4)
        h_auto = paddle.histc(paddle.to_tensor(x), bins=3)
        ls = paddle.log_softmax(paddle.to_tensor(X34), 1)
        ls64 = paddle.log_softmax(paddle.to_tensor(X34), dim=0, dtype=paddle.float64)
    same(torch.histc(torch.tensor(x), bins=4, min=0, max=4), h)
    same(torch.histc(torch.tensor(x), bins=3), h_auto)
    same(torch.log_softmax(torch.tensor(X34), 1), ls)
    same(torch.log_softmax(torch.tensor(X34), dim=0, dtype=torch.float64), ls64)
    assert not hasattr(paddle, "histc") and not hasattr(paddle, "log_softmax")
