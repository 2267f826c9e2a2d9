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
        tn, pn = t.detach().cpu().resolve_conj().numpy(), p.numpy()
        assert list(tn.shape) == list(pn.shape)
        if dtype:
            assert str(tn.dtype) == str(pn.dtype), (tn.dtype, pn.dtype)
        as_num = np.complex128 if np.iscomplexobj(tn) else np.float64
        np.testing.assert_allclose(pn.astype(as_num), tn.astype(as_num), rtol=1e-5, atol=1e-6)
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


# --------------------------------------------------------------------------- helpers

A = np.array([[4.0, 2.0, 1.0], [3.0, 4.0, 7.0]], dtype="float32")
B = np.array([[0.5, 2.0, 3.0], [0.0, 4.0, 1.0]], dtype="float32")


def both(fn, *arrays):
    """``fn`` on torch tensors and, under enable(), on paddle tensors made from the same arrays."""
    t = fn(torch, *[torch.tensor(a) for a in arrays])
    with apicompat.enable():
        p = fn(paddle, *[paddle.to_tensor(a) for a in arrays])
    return t, p


# --------------------------------------------------------------------------- in-place comparisons

@pytest.mark.parametrize("name", ["ge_", "le_", "eq_", "ne_", "gt_", "lt_", "greater_", "less_", "less_equal_",
                                  "not_equal_"])
def test_compare_inplace_keeps_dtype(name):
    def run(m, x, y):
        getattr(x, name)(other=y)
        z = x.clone()
        getattr(z, name)(2)
        return x, z
    same(*both(run, np.array([[1, 2], [3, 4]]), np.array([[1, 1], [4, 4]])))


def test_compare_inplace_paddle_form_unchanged():
    x = paddle.to_tensor([[1, 2], [3, 4]])
    y = paddle.to_tensor([[2, 2], [2, 2]])
    a = x.clone()
    a.less_(y)
    with apicompat.enable():
        b = x.clone()
        b.less_(y)
    assert a.dtype == b.dtype == paddle.bool and (a.numpy() == b.numpy()).all()
    assert not hasattr(paddle.Tensor, "ge_")


# --------------------------------------------------------------------------- new methods

@pytest.mark.parametrize("call", [
    lambda m, x, y: x.addcmul(x, y, value=2), lambda m, x, y: x.addcdiv(x, y + 1, value=0.5),
    lambda m, x, y: x.clone().addcmul_(x, y), lambda m, x, y: y.xlogy(x), lambda m, x, y: x.float_power(2),
    lambda m, x, y: x.logaddexp2(y), lambda m, x, y: x.erfc(), lambda m, x, y: (x / 8).arccos(),
    lambda m, x, y: x.fix(), lambda m, x, y: x.movedim(1, 0), lambda m, x, y: x[0].vdot(y[0]),
    lambda m, x, y: x.aminmax(dim=-1, keepdim=True), lambda m, x, y: x.aminmax(),
    lambda m, x, y: x.reshape_as(y.reshape([3, 2])), lambda m, x, y: x.H, lambda m, x, y: x.mH,
    lambda m, x, y: x.narrow_copy(1, 1, 2), lambda m, x, y: x.clone().sign_(), lambda m, x, y: x.clone().negative_(),
    lambda m, x, y: x.pinverse(), lambda m, x, y: x[:, :2].det(), lambda m, x, y: x[:, :2].logdet(),
    lambda m, x, y: x.hardshrink(2.5), lambda m, x, y: x[0].ger(y[0]), lambda m, x, y: x.fliplr(),
    lambda m, x, y: x.flipud(), lambda m, x, y: x.new_tensor([1, 2]), lambda m, x, y: x.nelement(),
    lambda m, x, y: x.nbytes, lambda m, x, y: x.is_signed(), lambda m, x, y: x.dim_order(),
    lambda m, x, y: x[:, :2].triangular_solve(y[:, :2].triu() + 1), lambda m, x, y: x.svd()[1],
    lambda m, x, y: x[:, :2].addbmm(x.unsqueeze(0), y.T.unsqueeze(0), beta=3),
    lambda m, x, y: m.tensor(5.0).mH, lambda m, x, y: m.tensor(1 + 2j).H, lambda m, x, y: x.igammac(other=y + 1),
    lambda m, x, y: m.tensor([[1 + 2j, 3 - 1j], [2j, 4.0]]).logdet(),
])
def test_new_methods_match_torch(call):
    same(*both(call, A, B))


def test_new_methods_are_removed_after():
    with apicompat.enable():
        assert hasattr(paddle.Tensor, "addcmul_") and hasattr(paddle.Tensor, "mH")
    for n in ("addcmul_", "aminmax", "reshape_as", "mH", "H", "xlogy", "arccos", "ge_"):
        assert not hasattr(paddle.Tensor, n), n


# --------------------------------------------------------------------------- torch keywords and forms

@pytest.mark.parametrize("call", [
    lambda m, x, y: x.hypot(other=y), lambda m, x, y: x.nanquantile(0.5, dim=1, interpolation="lower"),
    lambda m, x, y: x.std(dim=1, correction=0, keepdim=True), lambda m, x, y: x.cov(correction=0),
    lambda m, x, y: x.flip(dims=(0, 1)), lambda m, x, y: x[0].diag(diagonal=1), lambda m, x, y: x.clone().cumsum_(dim=1),
    lambda m, x, y: x.max(dim=1, keepdim=True), lambda m, x, y: x.min(y), lambda m, x, y: x.unique(dim=1),
    lambda m, x, y: x.where(x > 2, y), lambda m, x, y: x.where(condition=x > 2, other=y),
    lambda m, x, y: m.zeros([8, 8]).slice_scatter(m.ones([8, 2]), dim=1, start=2, end=6, step=2),
    lambda m, x, y: x.histogram(bins=4, range=(0.0, 8.0)), lambda m, x, y: x.clone().transpose_(0, 1),
    lambda m, x, y: x.clone().transpose_(dim1=0, dim0=1), lambda m, x, y: x.qr(some=False),
    lambda m, x, y: x.cummax(0).values, lambda m, x, y: x.mode(1).indices,
    lambda m, x, y: x.reshape([6]).stft(n_fft=4, return_complex=False, center=False),
    lambda m, x, y: x.tile(2, 1), lambda m, x, y: x.new_zeros((2, 3), dtype=m.float64, layout=getattr(m, "strided", None)),
    lambda m, x, y: m.tensor([4, 0, 1, 5], dtype=m.int8).logical_and_(other=m.tensor([1, 1, 0, 5], dtype=m.int8)),
])
def test_torch_forms_match_torch(call):
    same(*both(call, A, B))


def test_resize_varargs():
    t, p = both(lambda m, x: x.clone().resize_(3, 2), A)
    assert list(t.shape) == list(p.shape) == [3, 2]


@pytest.mark.parametrize("call", [
    lambda x, y: x.max(1), lambda x, y: x.unique(), lambda x, y: (x > 2).where(x, y), lambda x, y: x.std(1),
    lambda x, y: x.histogram(4), lambda x, y: x.hypot(y), lambda x, y: x.cummax(0),
    lambda x, y: x.slice_scatter(y[:, :1], [1], [0], [1], [1]), lambda x, y: x.clone().transpose_([1, 0]),
    lambda x, y: x.tile([2, 1]), lambda x, y: x.tile(2), lambda x, y: (x > 2).logical_and_(y > 1), lambda x, y: x.where(),
])
def test_paddle_forms_unchanged(call):
    x, y = paddle.to_tensor(A), paddle.to_tensor(B)
    before = call(x, y)
    with apicompat.enable():
        during = call(x, y)
    flat = lambda r: [r] if isinstance(r, paddle.Tensor) else list(r)  # noqa: E731
    for a, b in zip(flat(before), flat(during)):
        assert a.dtype == b.dtype and list(a.shape) == list(b.shape) and np.array_equal(a.numpy(), b.numpy())


# --------------------------------------------------------------------------- index_copy / index_fill, torch.torch

def test_index_copy_and_fill_match_torch():
    idx = np.array([0, 2])

    def run(m, x, t):
        i = m.tensor(idx)
        a = x.clone()
        a.index_copy_(1, i, t[:, :2])
        b = x.clone()
        b.index_fill_(1, i, -1.0)
        return a, x.index_copy(0, i[:1], t[:1]), b, x.index_fill(dim=0, index=i[:1], value=2.0)
    same(*both(run, A, B))


def test_index_fill_paddle_order_unchanged():
    x = paddle.to_tensor(A)
    before = x.index_fill(paddle.to_tensor([1]), 0, 2.0)
    with apicompat.enable():
        during = x.index_fill(paddle.to_tensor([1]), 0, 2.0)
    assert np.array_equal(before.numpy(), during.numpy())
    assert not hasattr(paddle.Tensor, "index_copy_")


def test_torch_torch_alias():
    with apicompat.enable():
        same(torch.torch.Tensor([1, 2, 3]), paddle.torch.Tensor([1, 2, 3]))
        same(torch.tensor([1.5, 2.5]).to(torch.torch.int32), paddle.tensor([1.5, 2.5]).to(paddle.torch.int32))
    assert not hasattr(paddle, "torch")


@pytest.mark.parametrize("call", [
    lambda m, x, y: x[:, :2].sum(1).addmv(x[:, :2], y[0, :2], beta=2), lambda m, x, y: x.exp2(),
    lambda m, x, y: x.fmod(y - 1), lambda m, x, y: m.tensor([-7, 7, 5]).fmod(m.tensor([2, -2, 3])),
    lambda m, x, y: x.histc(4, 0, 4), lambda m, x, y: x.clone().clamp_max_(1.0), lambda m, x, y: x.select(1, -1),
    lambda m, x, y: x.clone().swapaxes_(0, 1), lambda m, x, y: x.sum_to_size(1, 3), lambda m, x, y: x.unsafe_split(2, 1),
    lambda m, x, y: x.clone().put_(m.tensor([1, -1, 1]), m.tensor([9.0, 8, 7]), accumulate=True),
    lambda m, x, y: (x - 3).relu(), lambda m, x, y: x.clone().erf_(), lambda m, x, y: x.is_same_size(y),
])
def test_more_methods_match_torch(call):
    same(*both(call, A, B))


@pytest.mark.parametrize("call", [
    lambda m, x, y: x.mul(0.5), lambda m, x, y: x.clone().mul_(2), lambda m, x, y: x.div(2, rounding_mode="floor"),
    lambda m, x, y: x.clone().div_(0.5), lambda m, x, y: m.tensor([1, 2, 3]).true_divide(2),
    lambda m, x, y: x.clone().abs().pow_(y), lambda m, x, y: x.log_softmax(dim=1), lambda m, x, y: x.sort(dim=1),
    lambda m, x, y: x.nanmedian(dim=1), lambda m, x, y: x.split(2, dim=1), lambda m, x, y: x.chunk(2, dim=1),
    lambda m, x, y: x.logcumsumexp(dim=1), lambda m, x, y: x.clone().masked_scatter_(mask=x > 0, source=y),
    lambda m, x, y: x.clone().swapdims_(dim1=1, dim0=0), lambda m, x, y: x.clone().heaviside_(values=y),
    lambda m, x, y: x.ne(2), lambda m, x, y: x.gt(0), lambda m, x, y: x.less_equal(other=y),
])
def test_scalar_and_dim_forms_match_torch(call):
    same(*both(call, A, B))


@pytest.mark.parametrize("call", [
    lambda x, y: x.split(3, 1), lambda x, y: x.chunk(3, 1), lambda x, y: x.sort(1), lambda x, y: x.mul(y),
    lambda x, y: x.clone().pow_(2), lambda x, y: x.nanmedian(1), lambda x, y: x.gt(y), lambda x, y: x.ne(y),
])
def test_paddle_forms_unchanged_more(call):
    test_paddle_forms_unchanged(call)


def test_sparse_mask_and_to_sparse_coo():
    d = np.array([[1, 2, 3], [4, 5, 6]])
    i = np.array([[0, 1], [1, 2]])
    t = torch.tensor(d).sparse_mask(torch.sparse_coo_tensor(torch.tensor(i), torch.tensor([0, 0]), (2, 3)))
    with apicompat.enable():
        mask = paddle.sparse.sparse_coo_tensor(paddle.to_tensor(i), paddle.to_tensor([0, 0]), [2, 3])
        p = paddle.to_tensor(d).sparse_mask(mask)
        same(torch.tensor(A).to_sparse_coo().to_dense(), paddle.to_tensor(A).to_sparse_coo().to_dense())
    same(t.to_dense(), p.to_dense())
    assert not hasattr(paddle.Tensor, "sparse_mask")
