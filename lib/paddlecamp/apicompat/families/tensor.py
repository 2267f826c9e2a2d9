"""``paddle.Tensor`` methods and attributes that torch code calls under the prefix swap.

Each patch adds a method paddle's Tensor lacks (``x.reshape_as(y)``, ``x.aminmax()``), or
wraps one it has so that it also accepts torch's keyword names or torch-only forms
(``x.nanquantile(q, dim=1)``) while every call paddle accepts today keeps its result.

The biggest gap is ``x.type``: paddle's ``Tensor.type`` is an attribute (the tensor's
``VarType``, ``DENSE_TENSOR``), torch's is a method (``x.type(torch.float64)`` converts,
``x.type()`` names the tensor type). The patch makes the attribute a ``VarType`` value that is
also callable: it still equals, hashes and prints as paddle's value.
"""
from __future__ import annotations

from typing import Any, Callable

from ..patch import Patcher, alias_kwargs, patch

# torch's tensor type names (``x.type()``) by paddle dtype name
TYPE_NAMES = {"float32": "FloatTensor", "float64": "DoubleTensor", "float16": "HalfTensor",
              "bfloat16": "BFloat16Tensor", "uint8": "ByteTensor", "int8": "CharTensor", "int16": "ShortTensor",
              "int32": "IntTensor", "int64": "LongTensor", "bool": "BoolTensor",
              "complex64": "ComplexFloatTensor", "complex128": "ComplexDoubleTensor"}
_DTYPE_OF_NAME = {v: k for k, v in TYPE_NAMES.items()}


def _paddle():
    """paddle, imported on first use (patches are registered before paddle is imported)."""
    import paddle
    return paddle


def _dtype_name(dtype: Any) -> str:
    """``paddle.float32`` / ``"float32"`` / a VarType -> ``"float32"``."""
    from paddle.base.data_feeder import convert_dtype
    return convert_dtype(dtype)


def _add_method(p: Patcher, name: str, fn: Callable, doc: str = "") -> None:
    """Add ``paddle.Tensor.<name>`` (a name paddle lacks)."""
    fn.__name__ = name
    fn.__qualname__ = f"Tensor.{name}"
    if doc:
        fn.__doc__ = doc
    p.add(_paddle().Tensor, name, fn)


def _kw_method(p: Patcher, name: str, mapping: dict[str, list[str]]) -> None:
    """``paddle.Tensor.<name>`` also accepts torch's keyword names (paddle's own alias decorator)."""
    p.wrap(_paddle().Tensor, name, alias_kwargs(mapping))


# --------------------------------------------------------------------------- x.type

def _tensor_type_factories() -> dict[Any, str]:
    """paddle's torch-style tensor type constructors (``paddle.FloatTensor`` ...) -> dtype name."""
    paddle = _paddle()
    out: dict[Any, str] = {}
    for mod in (paddle, getattr(paddle, "cuda", None)):
        for dname, tname in TYPE_NAMES.items():
            f = getattr(mod, tname, None) if mod is not None else None
            if f is not None:
                out[f] = dname
    return out


def _make_vartype_class():
    """A subclass of paddle's ``VarType`` whose values are callable like torch's ``Tensor.type``."""
    paddle = _paddle()
    base = paddle.base.core.VarDesc.VarType
    factories = _tensor_type_factories()

    def type_string(x) -> str:
        """torch's ``x.type()``: ``"torch.FloatTensor"`` (``"torch.cuda.FloatTensor"`` on a GPU)."""
        name = TYPE_NAMES.get(_dtype_name(x.dtype), str(x.dtype))
        return f"torch.cuda.{name}" if x.place.is_gpu_place() else f"torch.{name}"

    def target_dtype(dtype: Any) -> Any:
        """A dtype, tensor type constructor or tensor type name -> what ``astype`` takes."""
        if isinstance(dtype, type) and dtype in factories:
            return factories[dtype]
        if isinstance(dtype, str):
            leaf = dtype.rsplit(".", 1)[-1]
            if leaf in _DTYPE_OF_NAME:
                return _DTYPE_OF_NAME[leaf]
        return dtype

    class VarType(base):  # named like paddle's so that repr() reads the same
        """paddle's ``VarType`` of a tensor, callable as torch's ``Tensor.type(dtype=None, non_blocking=False)``."""

        def __call__(self, dtype: Any = None, non_blocking: bool = False, **kwargs: Any):
            x = self.__dict__["_tensor"]
            if dtype is None:
                return type_string(x)
            want = target_dtype(dtype)
            if _dtype_name(want) == _dtype_name(x.dtype):
                return x  # torch: already of the right type -> the tensor itself
            return x.astype(want)

    VarType.__qualname__ = base.__qualname__
    VarType.__module__ = base.__module__
    return VarType


@patch("tensor-type-callable", ["torch.Tensor.type"], "paddle.Tensor.type", "tensor method",
       "x.type(torch.float64) fails with \"'VarType' object is not callable\": paddle's Tensor.type is an "
       "attribute (214 dev cases: Tensor.type, and every test building its input with .type(dtype): "
       "CosineEmbeddingLoss, TripletMarginLoss, scatter, fft.ihfft2 ...)")
def type_callable(p: Patcher) -> None:
    paddle = _paddle()
    desc = paddle.Tensor.__dict__["type"]
    get = desc.__get__
    VarType = _make_vartype_class()

    def _type(self):
        """The tensor's VarType (paddle), callable torch-style: ``x.type(dtype)``, ``x.type()``."""
        v = VarType(int(get(self, type(self))))
        v.__dict__["_tensor"] = self
        return v
    p.set(paddle.Tensor, "type", property(_type, doc=desc.__doc__))


# --------------------------------------------------------------------------- helpers for the rest

_MISSING = object()


def _params(fn: Callable) -> set[str]:
    """The parameter names ``fn`` takes (empty when it has no signature)."""
    import inspect
    try:
        return set(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return set()


def torch_kw(fn: Callable, rename: dict[str, str], drop: dict[str, tuple] | None = None,
             convert: dict[str, Callable[[Any], Any]] | None = None) -> Callable:
    """``fn`` that also takes torch's keyword names: acts only when a keyword ``fn`` lacks is passed.

    ``rename`` maps a torch keyword to paddle's; ``drop`` lists torch keywords whose listed
    values change nothing here (``generator=None``); ``convert`` turns a renamed value into
    paddle's form (``correction=0`` -> ``ddof=False``).
    """
    import functools
    params = _params(fn)
    drop = dict(drop or {})
    convert = dict(convert or {})

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if all(k in params for k in kwargs):
            return fn(*args, **kwargs)
        for k in list(kwargs):
            if k in params:
                continue
            if k in rename and rename[k] not in kwargs:
                v = kwargs.pop(k)
                kwargs[rename[k]] = convert[k](v) if k in convert else v
            elif k in drop and any(kwargs[k] is d or kwargs[k] == d for d in drop[k]):
                kwargs.pop(k)
        return fn(*args, **kwargs)
    return wrapper


def _assign_into(x: Any, result: Any) -> Any:
    """torch's in-place contract: ``result`` written into ``x`` (``x``'s dtype kept); returns ``x``."""
    paddle = _paddle()
    if result.dtype != x.dtype:
        result = result.astype(x.dtype)
    if list(result.shape) != list(x.shape):
        raise RuntimeError(f"output with shape {list(x.shape)} doesn't match the broadcast shape {list(result.shape)}")
    paddle.assign(result, output=x)
    return x


def _inplace(fn: Callable) -> Callable:
    """The in-place variant of the out-of-place method ``fn``."""
    def method(self, *args: Any, **kwargs: Any) -> Any:
        return _assign_into(self, fn(self, *args, **kwargs))
    return method


def _as_tensor(v: Any, like: Any) -> Any:
    """``v`` as a tensor next to ``like`` (Python scalars follow torch's promotion with a tensor)."""
    paddle = _paddle()
    if isinstance(v, paddle.Tensor):
        return v
    if isinstance(v, bool) or (isinstance(v, int) and not like.is_floating_point()):
        return paddle.to_tensor(v, dtype=like.dtype)
    if isinstance(v, (int, float)) and like.is_floating_point():
        return paddle.to_tensor(v, dtype=like.dtype)
    return paddle.to_tensor(v, dtype=paddle.get_default_dtype() if isinstance(v, float) else None)


def _float_pair(x: Any, y: Any) -> tuple[Any, Any]:
    """``x``, ``y`` promoted to one floating dtype (integers become the default float)."""
    paddle = _paddle()
    y = _as_tensor(y, x)
    if not x.is_floating_point() and not x.is_complex():
        x = x.astype(y.dtype if y.is_floating_point() else paddle.get_default_dtype())
    if y.dtype != x.dtype:
        if y.is_floating_point() and not x.is_complex() and _dtype_name(y.dtype) == "float64":
            x = x.astype(y.dtype)
        else:
            y = y.astype(x.dtype)
    return x, y


# --------------------------------------------------------------------------- in-place comparisons

_LOGICAL = {"logical_and_": "logical_and", "logical_or_": "logical_or", "logical_xor_": "logical_xor"}
_COMPARE = {"eq_": "__eq__", "ne_": "__ne__", "gt_": "__gt__", "lt_": "__lt__", "ge_": "__ge__", "le_": "__le__",
            "greater_": "__gt__", "greater_equal_": "__ge__", "greater_than_": "__gt__", "less_": "__lt__",
            "less_equal_": "__le__", "less_than_": "__lt__", "not_equal_": "__ne__", "equal_": "__eq__"}


def _compare_inplace(op: str) -> Callable:
    """torch's ``x.ge_(other)``: ``x`` becomes ``x >= other`` in ``x``'s own dtype."""
    def method(self, other: Any = _MISSING, **kwargs: Any) -> Any:
        if other is _MISSING:
            other = kwargs.pop("other")
        if kwargs:
            raise TypeError(f"unexpected keyword arguments {sorted(kwargs)}")
        if op in _LOGICAL.values():
            return _assign_into(self, getattr(_paddle(), op)(self, _as_tensor(other, self)))
        return _assign_into(self, getattr(self, op)(other))
    return method


@patch("tensor-compare-inplace", [f"torch.Tensor.{n}" for n in list(_COMPARE) + list(_LOGICAL)
                                  if n not in ("greater_than_", "less_than_", "equal_")],
       "paddle.Tensor.eq_/ne_/gt_/lt_/ge_/le_/greater_ (new); less_/less_equal_/not_equal_/... (other=, scalars)",
       "tensor method",
       "in-place comparisons: ge_/le_ missing (24 dev cases); less_/less_equal_/not_equal_/logical_and_/logical_xor_ "
       "refuse other= and Python scalars (27). torch keeps the tensor's dtype; paddle's own tensor-argument form "
       "(result bool) is left as is")
def compare_inplace(p: Patcher) -> None:
    paddle = _paddle()
    for name, op in list(_COMPARE.items()) + list(_LOGICAL.items()):
        torch_form = _compare_inplace(op)
        orig = getattr(paddle.Tensor, name, None)
        if orig is None:
            _add_method(p, name, torch_form, f"torch's in-place ``{name}``: self = (self {op} other) in self's dtype")
            continue

        def wrapper(orig: Callable, torch_form: Callable = torch_form) -> Callable:
            def method(self, *args: Any, **kwargs: Any) -> Any:
                if "other" in kwargs or (args and not isinstance(args[0], paddle.Tensor)):
                    return torch_form(self, *args, **kwargs)  # a form paddle refuses: torch's meaning
                return orig(self, *args, **kwargs)
            return method
        p.wrap(paddle.Tensor, name, wrapper)


# --------------------------------------------------------------------------- missing methods: arithmetic

def _addcmul(self, tensor1: Any, tensor2: Any, *, value: Any = 1) -> Any:
    """torch's ``addcmul``: self + value * tensor1 * tensor2."""
    return self + value * (tensor1 * tensor2)


def _addcdiv(self, tensor1: Any, tensor2: Any, *, value: Any = 1) -> Any:
    """torch's ``addcdiv``: self + value * tensor1 / tensor2."""
    return self + value * (tensor1 / tensor2)


def _addbmm(self, batch1: Any, batch2: Any, *, beta: Any = 1, alpha: Any = 1) -> Any:
    """torch's ``addbmm``: beta * self + alpha * sum_b(batch1[b] @ batch2[b])."""
    paddle = _paddle()
    prod = paddle.bmm(batch1, batch2).sum(axis=0)
    return (self if beta == 1 else beta * self) + (prod if alpha == 1 else alpha * prod)


def _addr(self, vec1: Any, vec2: Any, *, beta: Any = 1, alpha: Any = 1) -> Any:
    """torch's ``addr``: beta * self + alpha * outer(vec1, vec2)."""
    paddle = _paddle()
    prod = paddle.outer(vec1, vec2)
    return (self if beta == 1 else beta * self) + (prod if alpha == 1 else alpha * prod)


def _xlogy(self, other: Any) -> Any:
    """torch's ``xlogy``: self * log(other), 0 where self == 0 (unless other is nan)."""
    paddle = _paddle()
    x, y = _float_pair(self, other)
    res = x * paddle.log(y)
    zero = (x == 0) & ~paddle.isnan(y)
    return paddle.where(zero, paddle.zeros_like(res), res)


def _float_power(self, exponent: Any) -> Any:
    """torch's ``float_power``: the power computed in double precision."""
    paddle = _paddle()
    dt = "complex128" if self.is_complex() or (isinstance(exponent, paddle.Tensor) and exponent.is_complex()) \
        else "float64"
    base = self.astype(dt)
    exp = exponent.astype(dt) if isinstance(exponent, paddle.Tensor) else exponent
    return paddle.pow(base, exp)


def _float_power_(self, exponent: Any) -> Any:
    """torch's ``float_power_``: in place, only on a double (or complex double) tensor."""
    if _dtype_name(self.dtype) not in ("float64", "complex128"):
        raise RuntimeError(f"the base given to float_power_ has dtype {self.dtype} but the operation's "
                           "result requires dtype float64")
    return _assign_into(self, _float_power(self, exponent))


def _logaddexp2(self, other: Any) -> Any:
    """torch's ``logaddexp2``: log2(2**self + 2**other), computed stably."""
    paddle = _paddle()
    x, y = _float_pair(self, other)
    m = paddle.maximum(x, y)
    m = paddle.where(paddle.isinf(m), paddle.zeros_like(m), m)
    return m + paddle.log2(paddle.pow(paddle.to_tensor(2.0, dtype=x.dtype), x - m)
                           + paddle.pow(paddle.to_tensor(2.0, dtype=x.dtype), y - m))


def _erfc(self) -> Any:
    """torch's ``erfc``: 1 - erf(x), through the regularized upper incomplete gamma (no cancellation)."""
    paddle = _paddle()
    x = self if self.is_floating_point() else self.astype(paddle.get_default_dtype())
    half = paddle.full_like(x, 0.5)
    q = paddle.gammaincc(half, x * x)
    return paddle.where(x >= 0, q, 2 - q)


def _vdot(self, other: Any) -> Any:
    """torch's ``vdot``: sum(conj(self) * other) of two 1-D tensors."""
    return (self.conj() * other).sum()


def _true_divide(self, other: Any) -> Any:
    """self / other (true division)."""
    return _paddle().divide(*_float_pair(self, other))


ARITH = {
    "addcmul": _addcmul, "addcmul_": _inplace(_addcmul), "addcdiv": _addcdiv, "addcdiv_": _inplace(_addcdiv),
    "addbmm": _addbmm, "addbmm_": _inplace(_addbmm), "addr": _addr, "addr_": _inplace(_addr),
    "xlogy": _xlogy, "xlogy_": _inplace(_xlogy), "float_power": _float_power, "float_power_": _float_power_,
    "logaddexp2": _logaddexp2, "erfc": _erfc, "erfc_": _inplace(_erfc), "vdot": _vdot,
    "true_divide_": _inplace(_true_divide),
}


@patch("tensor-arith-methods", [f"torch.Tensor.{n}" for n in ARITH], "paddle.Tensor.<name>", "tensor method",
       "torch Tensor arithmetic methods paddle lacks: addcmul/addcdiv (+_: 24 dev cases), addbmm(_) (10), addr_ (5), "
       "xlogy(_) (9), float_power(_) (8), erfc(_) (6), logaddexp2 (4), vdot (4), true_divide_ (3)")
def arith_methods(p: Patcher) -> None:
    for name, fn in ARITH.items():
        _add_method(p, name, fn, fn.__doc__ or f"torch's in-place ``{name}``")


# --------------------------------------------------------------------------- missing methods: aliases

def _alias(target: str) -> Callable:
    """A method that calls paddle's ``target`` (``"paddle.linalg.det"`` or a Tensor method name)."""
    def method(self, *args: Any, **kwargs: Any) -> Any:
        if target.startswith("paddle."):
            from ..patch import resolve
            return resolve(target)(self, *args, **kwargs)
        return getattr(self, target)(*args, **kwargs)
    method.__doc__ = f"torch's name for ``{target}``"
    return method


ALIASES = {
    "absolute": "abs", "absolute_": "abs_", "arccos": "acos", "arccos_": "acos_", "arcsin": "asin", "arcsin_": "asin_",
    "arctan": "atan", "arctan_": "atan_", "arccosh": "acosh", "arccosh_": "acosh_", "arcsinh": "asinh",
    "arcsinh_": "asinh_", "arctanh": "atanh", "arctanh_": "atanh_", "arctan2": "atan2",
    "fix": "trunc", "fix_": "trunc_", "positive": "paddle.positive", "expm1_": "paddle.expm1_",
    "det": "paddle.linalg.det", "matrix_exp": "paddle.linalg.matrix_exp", "conj_physical": "conj",
    "movedim": "paddle.moveaxis", "igammac": "paddle.gammaincc", "igammac_": "paddle.gammaincc_",
    "igamma": "paddle.gammainc", "igamma_": "paddle.gammainc_", "mvlgamma": "paddle.multigammaln",
    "mvlgamma_": "paddle.multigammaln_", "orgqr": "paddle.linalg.householder_product",
}
# torch keyword -> paddle keyword of the aliased function
_ALIAS_KW = {"orgqr": {"input2": "tau"}, "igammac": {"other": "y"}, "igammac_": {"other": "y"},
             "igamma": {"other": "y"}, "igamma_": {"other": "y"}}


def _torch_kw_alias(fn: Callable, mapping: dict[str, str]) -> Callable:
    """An alias method whose torch keywords are renamed to the aliased paddle function's."""
    def method(self, *args: Any, **kwargs: Any) -> Any:
        for k, v in mapping.items():
            if k in kwargs:
                kwargs[v] = kwargs.pop(k)
        return fn(self, *args, **kwargs)
    return method


@patch("tensor-alias-methods", [f"torch.Tensor.{n}" for n in ALIASES], "paddle.Tensor.<name>", "tensor method",
       "torch Tensor methods paddle has under another name: arccos/arcsin/arctan/... (+_: 14 dev cases), fix(_) (8), "
       "movedim (6), det (5), absolute (4), positive (4), expm1_ (4), igammac(_) (4), mvlgamma(_) (4), orgqr (2)")
def alias_methods(p: Patcher) -> None:
    from ..patch import resolve
    paddle = _paddle()
    for name, target in ALIASES.items():
        if target.startswith("paddle."):
            try:
                resolve(target)
            except AttributeError:
                continue
        elif not hasattr(paddle.Tensor, target):
            continue
        fn = _alias(target)
        if name in _ALIAS_KW:
            fn = _torch_kw_alias(fn, _ALIAS_KW[name])
        _add_method(p, name, fn, f"torch's name for ``{target}``")


# --------------------------------------------------------------------------- missing methods: shape, linalg, info

def _named(name: str, fields: tuple[str, ...]):
    """A torch-style return type (``torch.return_types.<name>``): a named tuple."""
    from collections import namedtuple
    return namedtuple(name, fields)


_AMINMAX = _named("aminmax", ("min", "max"))
_TRIANGULAR = _named("triangular_solve", ("solution", "cloned_coefficient"))
_SVD = _named("svd", ("U", "S", "V"))


def _aminmax(self, *, dim: int | None = None, keepdim: bool = False) -> Any:
    """torch's ``aminmax``: (min, max) over ``dim`` (all elements when None)."""
    return _AMINMAX(self.amin(axis=dim, keepdim=keepdim), self.amax(axis=dim, keepdim=keepdim))


def _reshape_as(self, other: Any) -> Any:
    """torch's ``reshape_as``: self reshaped to other's shape."""
    return self.reshape(list(other.shape))


def _new_tensor(self, data: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False,
                layout: Any = None, pin_memory: bool = False) -> Any:
    """torch's ``new_tensor``: a new tensor (a copy of ``data``) with self's dtype and place by default."""
    paddle = _paddle()
    if isinstance(data, paddle.Tensor):
        data = data.detach().clone()
    out = paddle.to_tensor(data, dtype=dtype if dtype is not None else self.dtype,
                           place=device if device is not None else self.place)
    out.stop_gradient = not requires_grad
    return out


def _narrow_copy(self, dim: int, start: Any, length: int) -> Any:
    """torch's ``narrow_copy``: a copy of ``length`` elements from ``start`` along ``dim``."""
    paddle = _paddle()
    if isinstance(start, paddle.Tensor):
        start = int(start.item())
    return paddle.narrow(self, dim, start, length).clone()


def _resize_as_(self, the_template: Any, memory_format: Any = None) -> Any:
    """torch's ``resize_as_``: self resized (in place) to the template's shape."""
    return self.resize_(list(the_template.shape))


def _scatter_reduce_(self, dim: int, index: Any, src: Any, reduce: str, *, include_self: bool = True) -> Any:
    """torch's ``scatter_reduce_``: paddle.scatter_reduce written into self."""
    return _assign_into(self, _paddle().scatter_reduce(self, dim, index, src, reduce, include_self=include_self))


def _sign_(self) -> Any:
    """torch's ``sign_``."""
    return _assign_into(self, _paddle().sign(self))


def _negative_(self) -> Any:
    """torch's ``negative_`` (``neg_``)."""
    return _assign_into(self, -self)


def _triangular_solve(self, A: Any, upper: bool = True, transpose: bool = False, unitriangular: bool = False) -> Any:
    """torch's ``b.triangular_solve(A)``: (solution of A X = b, a copy of A)."""
    sol = _paddle().linalg.triangular_solve(A, self, upper=upper, transpose=transpose, unitriangular=unitriangular)
    return _TRIANGULAR(sol, A.clone())


def _lu_solve(self, LU_data: Any, LU_pivots: Any) -> Any:
    """torch's ``b.lu_solve(LU_data, LU_pivots)``: the solution of A X = b from A's LU factorization."""
    return _paddle().linalg.lu_solve(self, LU_data, LU_pivots)


def _pinverse(self, rcond: float = 1e-15) -> Any:
    """torch's ``pinverse``: the pseudo-inverse."""
    return _paddle().linalg.pinv(self, rcond=rcond)


def _mH(self) -> Any:
    """torch's ``mH`` / ``adjoint()``: the last two dimensions swapped and conjugated."""
    if self.ndim == 0:  # torch (deprecated): the conjugate
        return self.conj() if self.is_complex() else self
    if self.ndim == 1:
        raise RuntimeError("tensor.mH is only supported on matrices or batches of matrices. Got 1-D tensor.")
    perm = list(range(self.ndim))
    perm[-1], perm[-2] = perm[-2], perm[-1]
    out = self.transpose(perm)
    return out.conj() if self.is_complex() else out


def _H(self) -> Any:
    """torch's ``H``: the conjugate transpose of a matrix (2-D tensor)."""
    if self.ndim not in (0, 2):
        raise RuntimeError(f"tensor.H is only supported on matrices (2-D tensors). Got {self.ndim}-D tensor.")
    return _mH(self)


def _svd(self, some: bool = True, compute_uv: bool = True) -> Any:
    """torch's ``svd``: (U, S, V) with V (not V^H); ``some`` gives the reduced decomposition."""
    paddle = _paddle()
    u, s, vh = paddle.linalg.svd(self, full_matrices=not some)
    v = _mH(vh)
    if not compute_uv:
        u, v = paddle.zeros_like(u), paddle.zeros_like(v)
    return _SVD(u, s, v)


def _logdet(self) -> Any:
    """torch's ``logdet``: log of the determinant (nan when negative, -inf when zero)."""
    paddle = _paddle()
    if self.is_complex():  # log of a complex determinant: log|det| + i arg(det)
        return paddle.log(paddle.linalg.det(self))
    sign, logabs = paddle.linalg.slogdet(self)
    nan = paddle.full_like(logabs, float("nan"))
    ninf = paddle.full_like(logabs, float("-inf"))
    return paddle.where(sign < 0, nan, paddle.where(sign == 0, ninf, logabs))


def _hardshrink(self, lambd: float = 0.5) -> Any:
    """torch's ``hardshrink``."""
    return _paddle().nn.functional.hardshrink(self, threshold=lambd)


def _ger(self, vec2: Any) -> Any:
    """torch's ``ger``: the outer product."""
    return _paddle().outer(self, vec2)


def _is_inference(self) -> bool:
    """torch's ``is_inference``: paddle has no inference-mode tensors, so False."""
    return False


def _is_signed(self) -> bool:
    """torch's ``is_signed``: False for unsigned integers and bool."""
    return _dtype_name(self.dtype) not in ("uint8", "bool", "uint16", "uint32", "uint64")


def _nelement(self) -> int:
    """torch's ``nelement`` (``numel`` as an int)."""
    import math
    return math.prod(self.shape)


def _nbytes(self) -> int:
    """torch's ``nbytes``: the number of bytes of the elements."""
    return _nelement(self) * self.element_size()


def _dim_order(self) -> tuple[int, ...]:
    """torch's ``dim_order``: the dimensions from the outermost to the innermost in memory."""
    strides = list(self.strides) if self.ndim else []
    return tuple(sorted(range(self.ndim), key=lambda d: -strides[d]))


def _fliplr(self) -> Any:
    """torch's ``fliplr``: flipped along dimension 1."""
    return self.flip([1])


def _flipud(self) -> Any:
    """torch's ``flipud``: flipped along dimension 0."""
    return self.flip([0])


def _is_pinned(self) -> bool:
    """torch's ``is_pinned``: whether the tensor is in pinned (page-locked) host memory."""
    return bool(self.place.is_cuda_pinned_place())


METHODS = {
    "aminmax": _aminmax, "reshape_as": _reshape_as, "new_tensor": _new_tensor, "narrow_copy": _narrow_copy,
    "resize_as_": _resize_as_, "scatter_reduce_": _scatter_reduce_, "sign_": _sign_, "negative_": _negative_,
    "triangular_solve": _triangular_solve, "lu_solve": _lu_solve, "pinverse": _pinverse, "svd": _svd,
    "logdet": _logdet, "hardshrink": _hardshrink, "ger": _ger, "is_inference": _is_inference,
    "is_signed": _is_signed, "nelement": _nelement, "dim_order": _dim_order, "fliplr": _fliplr, "flipud": _flipud,
    "is_pinned": _is_pinned, "adjoint": _mH,
}
PROPERTIES = {"H": _H, "mH": _mH, "nbytes": _nbytes}


@patch("tensor-methods", [f"torch.Tensor.{n}" for n in list(METHODS) + list(PROPERTIES)], "paddle.Tensor.<name>",
       "tensor method",
       "torch Tensor methods and attributes paddle lacks: aminmax (9 dev cases), reshape_as (8), new_tensor (8), "
       "H/mH (8), narrow_copy (6), resize_as_ (6), scatter_reduce_ (6), sign_ (5), triangular_solve (5), "
       "lu_solve (4), pinverse (4), svd (4), logdet, hardshrink, ger, negative_, nbytes, dim_order (3 each), ...")
def methods(p: Patcher) -> None:
    paddle = _paddle()
    for name, fn in METHODS.items():
        _add_method(p, name, fn, fn.__doc__ or "")
    for name, fn in PROPERTIES.items():
        p.add(paddle.Tensor, name, property(fn, doc=fn.__doc__))


# --------------------------------------------------------------------------- torch keyword names on methods

_GEN = {"generator": (None,)}
KW_METHODS: dict[str, dict[str, str]] = {
    "addmm_": {"mat1": "x", "mat2": "y"}, "addmm": {"mat1": "x", "mat2": "y"},
    "as_strided": {"size": "shape", "storage_offset": "offset"},
    "cauchy_": {"median": "loc", "sigma": "scale"}, "cholesky_solve": {"input2": "y"},
    "count_nonzero": {"dim": "axis"}, "cumsum_": {"dim": "axis"}, "cumsum": {"dim": "axis"},
    "kthvalue": {"dim": "axis"}, "nanquantile": {"dim": "axis"},
    "quantile": {"dim": "axis"}, "nansum": {"dim": "axis"}, "squeeze_": {"dim": "axis"},
    "unsqueeze_": {"dim": "axis"}, "mode": {"dim": "axis"}, "cummax": {"dim": "axis"}, "cummin": {"dim": "axis"},
    "diag": {"diagonal": "offset"}, "diagonal_scatter": {"src": "y", "dim1": "axis1", "dim2": "axis2"},
    "exponential_": {"lambd": "lam"}, "geometric_": {"p": "probs"}, "multinomial": {},
    "flip": {"dims": "axis"}, "rot90": {"dims": "axes"},
    "hsplit": {"indices": "num_or_indices", "sections": "num_or_indices"},
    "vsplit": {"indices": "num_or_indices", "sections": "num_or_indices"},
    "dsplit": {"indices": "num_or_indices", "sections": "num_or_indices"},
    "lerp": {"end": "y"}, "lerp_": {"end": "y"}, "ormqr": {"input2": "tau", "input3": "y"},
    "renorm": {"dim": "axis", "maxnorm": "max_norm"}, "renorm_": {"dim": "axis", "maxnorm": "max_norm"},
    "backward": {"gradient": "grad_tensor"}, "heaviside": {"values": "y"},
    "std": {"dim": "axis", "correction": "unbiased"}, "var": {"dim": "axis", "correction": "unbiased"},
    "cov": {"correction": "ddof"},
}
# methods whose second operand torch calls ``other`` (paddle: ``y``)
OTHER_Y = ("atan2", "bitwise_left_shift", "bitwise_left_shift_", "bitwise_right_shift", "bitwise_right_shift_",
           "bitwise_xor", "bitwise_xor_", "bitwise_and", "bitwise_and_", "bitwise_or", "bitwise_or_", "copysign",
           "copysign_", "fmax", "fmin", "hypot", "hypot_", "kron", "ldexp", "ldexp_", "nextafter", "dist",
           "floor_divide", "floor_divide_", "remainder", "remainder_", "fmod", "fmod_", "logical_and",
           "logical_or", "logical_xor", "gcd", "gcd_", "lcm", "lcm_",
           "maximum", "minimum", "logaddexp", "inner", "outer", "cross", "mm", "dot", "matmul", "bmm", "mv",
           "true_divide", "equal", "allclose", "isclose", "gammaincc", "gammaincc_", "polar")


@patch("tensor-torch-kwargs", [f"torch.Tensor.{n}" for n in list(KW_METHODS) + list(OTHER_Y)],
       "paddle.Tensor.<method>", "argument alias",
       "Tensor methods refuse torch's keyword names: median=/sigma= (cauchy_: 13 dev cases), dim= (nanquantile 10, "
       "cumsum_/nansum/kthvalue/mode/count_nonzero/squeeze_/unsqueeze_ ~20), other= (hypot, bitwise_*, logical_*_, "
       "kron, ldexp ... ~30), correction= (cov/std 9), src=/dim1= (diagonal_scatter 5), dims= (flip/rot90 7), "
       "generator= (exponential_/geometric_/multinomial 10), input2= (ormqr/cholesky_solve 6), ...")
def tensor_torch_kwargs(p: Patcher) -> None:
    paddle = _paddle()
    for name, mapping in list(KW_METHODS.items()) + [(n, {"other": "y"}) for n in OTHER_Y]:
        fn = getattr(paddle.Tensor, name, None)
        if fn is None or not callable(fn):
            continue
        params = _params(fn)
        mapping = {k: v for k, v in mapping.items() if v in params and k not in params}
        conv = {"correction": _correction_flag} if "correction" in mapping else {}
        p.set(paddle.Tensor, name, torch_kw(fn, mapping, drop=_GEN, convert=conv))


def _correction_flag(c: Any) -> bool:
    """torch's ``correction`` (0 or 1) as paddle's ``unbiased``/``ddof`` flag."""
    if c not in (0, 1):
        raise ValueError(f"correction={c} is not supported here (only 0 or 1)")
    return bool(c)


# --------------------------------------------------------------------------- torch-only forms of methods paddle has

def _switch(p: Patcher, name: str, is_torch: Callable[..., bool], torch_form: Callable) -> None:
    """``paddle.Tensor.<name>`` runs ``torch_form`` when ``is_torch(self, *args, **kwargs)``, else paddle's own."""
    def wrapper(f: Callable) -> Callable:
        def method(self, *args: Any, **kwargs: Any) -> Any:
            if is_torch(self, *args, **kwargs):
                return torch_form(self, *args, **kwargs)
            return f(self, *args, **kwargs)
        return method
    p.wrap(_paddle().Tensor, name, wrapper)


def _minmax(which: str) -> Callable:
    """torch's ``x.max(dim=...)`` / ``x.max(other)`` through ``paddle.compat.max``."""
    def form(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(_paddle().compat, which)(self, *args, **kwargs)
    return form


def _minmax_is_torch(self, *args: Any, **kwargs: Any) -> bool:
    """``dim=`` / ``other=``, or a tensor as the first argument: torch's forms (paddle refuses them)."""
    paddle = _paddle()
    return "dim" in kwargs or "other" in kwargs or bool(args and isinstance(args[0], paddle.Tensor))


@patch("tensor-max-min-dim", ["torch.Tensor.max", "torch.Tensor.min"], "paddle.Tensor.max/min", "return type",
       "x.max(dim=1) / x.max(other) (torch: (values, indices) / elementwise maximum) are refused by paddle "
       "(10 dev cases); positional x.max(1) keeps paddle's meaning (values only)")
def max_min_dim(p: Patcher) -> None:
    for which in ("max", "min"):
        _switch(p, which, _minmax_is_torch, _minmax(which))


def _unique_torch(self, *args: Any, **kwargs: Any) -> Any:
    """torch's ``unique(sorted, return_inverse, return_counts, dim)`` through ``paddle.compat.unique``."""
    return _paddle().compat.unique(self, *args, **kwargs)


@patch("tensor-unique-dim", ["torch.Tensor.unique"], "paddle.Tensor.unique", "signature",
       "x.unique(dim=0) / sorted= are refused by paddle (8 dev cases); calls with those torch keywords run "
       "paddle.compat.unique (torch's parameter order)")
def unique_dim(p: Patcher) -> None:
    _switch(p, "unique", lambda self, *a, **k: "dim" in k or "sorted" in k, _unique_torch)


def _where_torch(self, condition: Any = _MISSING, other: Any = _MISSING, **kwargs: Any) -> Any:
    """torch's ``x.where(condition, other)``: elements of x where condition, else other."""
    if condition is _MISSING:
        condition = kwargs.pop("condition")
    if other is _MISSING:
        other = kwargs.pop("other", kwargs.pop("y", _MISSING))
    return _paddle().where(condition, self, other)


@patch("tensor-where-self", ["torch.Tensor.where"], "paddle.Tensor.where", "signature",
       "torch's x.where(condition, y) takes self as the values (paddle: self is the condition): arguments with a "
       "non-bool self, or condition=/other= keywords, are refused by paddle (5 dev cases) and now mean torch's form")
def where_self(p: Patcher) -> None:
    paddle = _paddle()

    def is_torch(self, *args: Any, **kwargs: Any) -> bool:
        return "other" in kwargs or "condition" in kwargs or bool(args and self.dtype != paddle.bool)
    _switch(p, "where", is_torch, _where_torch)


_SLICE_TORCH_KW = ("src", "dim", "start", "end", "step")


def _slice_scatter_torch(self, src: Any = _MISSING, dim: int = 0, start: Any = None, end: Any = None,
                         step: int = 1) -> Any:
    """torch's ``slice_scatter(src, dim=0, start=None, end=None, step=1)`` through paddle's."""
    n = self.shape[dim]
    start = 0 if start is None else start
    end = n if end is None else min(end, n)
    return _paddle().slice_scatter(self, src, axes=[dim], starts=[start], ends=[end], strides=[step])


@patch("tensor-slice-scatter", ["torch.Tensor.slice_scatter"], "paddle.Tensor.slice_scatter", "signature",
       "torch's slice_scatter(src, dim=0, start=None, end=None, step=1) vs paddle's (value, axes, starts, ends, "
       "strides): the torch forms (src=/dim=/start=/end=/step=, or fewer than paddle's 5 arguments) fail (11 dev cases)")
def slice_scatter(p: Patcher) -> None:
    def is_torch(self, *args: Any, **kwargs: Any) -> bool:
        return any(k in kwargs for k in _SLICE_TORCH_KW) or (not kwargs and len(args) < 4)
    _switch(p, "slice_scatter", is_torch, _slice_scatter_torch)


_HIST = _named("histogram", ("hist", "bin_edges"))


def _histogram_torch(self, bins: int = 100, *, range: Any = None, weight: Any = None, density: bool = False) -> Any:
    """torch's ``histogram(bins, range=, weight=, density=)``: (hist, bin_edges) in self's dtype."""
    paddle = _paddle()
    if range is None:
        lo, hi = float(self.min()), float(self.max())
    else:
        lo, hi = float(range[0]), float(range[1])
    hist = paddle.histogram(self, bins=bins, min=lo, max=hi, weight=weight, density=density).astype(self.dtype)
    edges = paddle.linspace(lo, hi, bins + 1, dtype=self.dtype)
    return _HIST(hist, edges)


@patch("tensor-histogram-range", ["torch.Tensor.histogram"], "paddle.Tensor.histogram", "return type",
       "x.histogram(bins, range=(lo, hi)) is refused by paddle (9 dev cases); with range= it returns torch's "
       "(hist, bin_edges); paddle's own calls still return the counts only")
def histogram_range(p: Patcher) -> None:
    _switch(p, "histogram", lambda self, *a, **k: "range" in k, _histogram_torch)


def _transpose_torch(orig: Callable) -> Callable:
    """torch's ``transpose_(dim0, dim1)``: the two dimensions swapped, in place (paddle's with a perm)."""
    def form(self, dim0: Any = _MISSING, dim1: Any = _MISSING, **kwargs: Any) -> Any:
        dim0 = kwargs.pop("dim0") if dim0 is _MISSING else dim0
        dim1 = kwargs.pop("dim1") if dim1 is _MISSING else dim1
        perm = list(range(self.ndim))
        perm[dim0], perm[dim1] = perm[dim1], perm[dim0]
        return orig(self, perm)
    return form


@patch("tensor-transpose-dims", ["torch.Tensor.transpose_"], "paddle.Tensor.transpose_", "signature",
       "torch's transpose_(dim0, dim1) swaps two dimensions; paddle's takes a perm list and silently ignores "
       "two ints (7 dev cases: dim0=/dim1= refused, transpose_(0, 1) a no-op)")
def transpose_dims(p: Patcher) -> None:
    paddle = _paddle()

    def is_torch(self, *args: Any, **kwargs: Any) -> bool:
        return "dim0" in kwargs or "dim1" in kwargs or (len(args) == 2 and all(isinstance(a, int) for a in args))
    _switch(p, "transpose_", is_torch, _transpose_torch(paddle.Tensor.transpose_))


_QR = _named("qr", ("Q", "R"))


def _qr_torch(self, some: bool = True) -> Any:
    """torch's ``qr(some=True)``: (Q, R), reduced when ``some``."""
    q, r = _paddle().linalg.qr(self, mode="reduced" if some else "complete")
    return _QR(q, r)


@patch("tensor-qr-some", ["torch.Tensor.qr"], "paddle.Tensor.qr", "signature",
       "torch's qr(some=True) (keyword or a bool) is refused by paddle, which takes mode='reduced' (3 dev cases)")
def qr_some(p: Patcher) -> None:
    _switch(p, "qr", lambda self, *a, **k: "some" in k or bool(a and isinstance(a[0], bool)), _qr_torch)


def _stft_torch(orig: Callable) -> Callable:
    """torch's ``stft(..., return_complex=)``: paddle's (complex) result, as real pairs when False."""
    def form(self, *args: Any, return_complex: Any = None, **kwargs: Any) -> Any:
        out = orig(self, *args, **kwargs)
        return out if return_complex or return_complex is None else _paddle().as_real(out)
    return form


@patch("tensor-stft-return-complex", ["torch.Tensor.stft"], "paddle.Tensor.stft", "signature",
       "x.stft(n_fft, return_complex=...) is refused by paddle, whose result is always complex (6 dev cases)")
def stft_return_complex(p: Patcher) -> None:
    paddle = _paddle()
    _switch(p, "stft", lambda self, *a, **k: "return_complex" in k, _stft_torch(paddle.Tensor.stft))


def _resize_torch(orig: Callable) -> Callable:
    """torch's ``resize_(*sizes)``: the sizes as separate ints."""
    def form(self, *sizes: Any, **kwargs: Any) -> Any:
        kwargs.pop("memory_format", None)
        return orig(self, list(sizes), **kwargs)
    return form


@patch("tensor-resize-varargs", ["torch.Tensor.resize_"], "paddle.Tensor.resize_", "signature",
       "x.resize_(2, 3) (sizes as separate ints) is refused by paddle, which takes a list (5 dev cases)")
def resize_varargs(p: Patcher) -> None:
    paddle = _paddle()
    _switch(p, "resize_", lambda self, *a, **k: bool(a and isinstance(a[0], int)), _resize_torch(paddle.Tensor.resize_))


_VALUES_INDICES = {n: _named(n, ("values", "indices")) for n in ("cummax", "cummin", "mode", "kthvalue")}


@patch("tensor-values-indices", [f"torch.Tensor.{n}" for n in _VALUES_INDICES], "paddle.Tensor.cummax/cummin/mode/kthvalue",
       "return type",
       "torch returns a (values, indices) named tuple; paddle a plain tuple, so result.values fails (2 dev cases); "
       "the same two tensors, now also reachable by name")
def values_indices(p: Patcher) -> None:
    paddle = _paddle()
    for name, nt in _VALUES_INDICES.items():
        if not hasattr(paddle.Tensor, name):
            continue

        def wrapper(f: Callable, nt: Any = nt) -> Callable:
            def method(self, *args: Any, **kwargs: Any) -> Any:
                out = f(self, *args, **kwargs)
                return nt(*out) if isinstance(out, tuple) and len(out) == 2 else out
            return method
        p.wrap(paddle.Tensor, name, wrapper)


def _dense_default(v: Any) -> bool:
    """A torch layout / memory format / pin_memory value that changes nothing for a dense paddle tensor."""
    return v is None or v is False or getattr(v, "name", None) in ("strided", "contiguous_format", "preserve_format")


_DENSE_KW = ("layout", "memory_format", "pin_memory")


def _drop_dense_kw(f: Callable) -> Callable:
    """``f`` that also takes torch's ``layout=``/``memory_format=``/``pin_memory=`` when they change nothing."""
    params = _params(f)

    def method(self, *args: Any, **kwargs: Any) -> Any:
        for k in _DENSE_KW:
            if k in kwargs and k not in params and _dense_default(kwargs[k]):
                kwargs.pop(k)
        return f(self, *args, **kwargs)
    return method


@patch("tensor-dense-layout-kwargs", ["torch.Tensor.new_empty", "torch.Tensor.new_full", "torch.Tensor.new_zeros",
                                      "torch.Tensor.new_ones", "torch.Tensor.cpu", "torch.Tensor.cuda",
                                      "torch.Tensor.clone", "torch.Tensor.contiguous"],
       "paddle.Tensor.new_*/cpu/cuda/clone/contiguous", "signature",
       "layout=torch.strided, pin_memory=False, memory_format=torch.preserve_format are refused by paddle's "
       "Tensor.new_empty/new_full/new_zeros/cpu (10 dev cases); for a dense paddle tensor they change nothing")
def dense_layout_kwargs(p: Patcher) -> None:
    paddle = _paddle()
    for name in ("new_empty", "new_full", "new_zeros", "new_ones", "cpu", "cuda", "clone", "contiguous"):
        if hasattr(paddle.Tensor, name):
            p.wrap(paddle.Tensor, name, _drop_dense_kw)


def _tile_torch(orig: Callable) -> Callable:
    """torch's ``tile(*dims)``: the repetitions as separate ints."""
    def form(self, *dims: Any) -> Any:
        return orig(self, list(dims))
    return form


@patch("tensor-tile-varargs", ["torch.Tensor.tile"], "paddle.Tensor.tile", "signature",
       "x.tile(2, 1) (repetitions as separate ints): paddle takes the second int as its name argument and "
       "tiles by 2 only (3 dev mismatches); paddle's name must be a string, so two or more ints mean torch's form")
def tile_varargs(p: Patcher) -> None:
    paddle = _paddle()
    _switch(p, "tile", lambda self, *a, **k: len(a) >= 2 and not k and all(isinstance(d, int) for d in a),
            _tile_torch(paddle.Tensor.tile))


@patch("tensor-torch-torch", ["torch.torch.Tensor", "torch.torch.int32"], "paddle.torch", "module alias",
       "torch.torch is torch itself (torch.torch.Tensor(...), x.to(torch.torch.int32): 7 dev cases fail on the "
       "missing paddle.torch)")
def torch_torch(p: Patcher) -> None:
    paddle = _paddle()
    p.add(paddle, "torch", paddle)


def _index_copy(self, dim: int, index: Any, source: Any) -> Any:
    """torch's ``index_copy``: a copy of self with ``source``'s slices put at ``index`` along ``dim``."""
    paddle = _paddle()
    dim = dim % self.ndim if self.ndim else 0
    if self.ndim == 0:
        return source.reshape([]).astype(self.dtype).clone()
    x = paddle.moveaxis(self, dim, 0) if dim else self
    src = paddle.moveaxis(source, dim, 0) if dim and source.ndim == self.ndim else source
    out = paddle.scatter(x, index.reshape([-1]), src.astype(self.dtype), overwrite=True)
    return paddle.moveaxis(out, 0, dim) if dim else out


def _index_fill_torch(orig: Callable) -> Callable:
    """torch's ``index_fill(dim, index, value)`` through paddle's ``(index, axis, value)``."""
    def form(self, dim: Any = _MISSING, index: Any = _MISSING, value: Any = _MISSING, **kwargs: Any) -> Any:
        dim = kwargs.pop("dim") if dim is _MISSING else dim
        index = kwargs.pop("index") if index is _MISSING else index
        value = kwargs.pop("value") if value is _MISSING else value
        if isinstance(value, _paddle().Tensor):
            value = value.item()
        return orig(self, index, dim, value, **kwargs)
    return form


@patch("tensor-index-copy-fill", ["torch.Tensor.index_copy", "torch.Tensor.index_copy_", "torch.Tensor.index_fill",
                                  "torch.Tensor.index_fill_"],
       "paddle.Tensor.index_copy(_) (new), paddle.Tensor.index_fill(_)", "tensor method",
       "x.index_copy_(dim, index, source) is missing, and torch's x.index_fill_(dim, index, value) (an int "
       "first) is refused by paddle's index_fill_(index, axis, value); paddle's own order keeps its meaning")
def index_copy_fill(p: Patcher) -> None:
    paddle = _paddle()
    _add_method(p, "index_copy", _index_copy, _index_copy.__doc__ or "")
    _add_method(p, "index_copy_", _inplace(_index_copy), "torch's in-place ``index_copy_``")

    def is_torch(self, *args: Any, **kwargs: Any) -> bool:
        return "dim" in kwargs or bool(args and isinstance(args[0], int) and not isinstance(args[0], bool))
    for name in ("index_fill", "index_fill_"):
        if hasattr(paddle.Tensor, name):
            _switch(p, name, is_torch, _index_fill_torch(getattr(paddle.Tensor, name)))


# --------------------------------------------------------------------------- more torch Tensor methods paddle lacks

def _addmv(self, mat: Any, vec: Any, *, beta: Any = 1, alpha: Any = 1) -> Any:
    """torch's ``addmv``: beta * self + alpha * (mat @ vec)."""
    prod = _paddle().mv(mat, vec)
    return (self if beta == 1 else beta * self) + (prod if alpha == 1 else alpha * prod)


def _exp2(self) -> Any:
    """torch's ``exp2``: 2 ** self (integers give the default float)."""
    paddle = _paddle()
    x = self if self.is_floating_point() or self.is_complex() else self.astype(paddle.get_default_dtype())
    return paddle.pow(paddle.full_like(x, 2.0), x)


def _fmod(self, other: Any) -> Any:
    """torch's ``fmod``: the C remainder, with the sign of the dividend."""
    paddle = _paddle()
    y = _as_tensor(other, self)
    r = paddle.remainder(self, y)
    fix = (r != 0) & ((r < 0) != (self < 0))
    return paddle.where(fix, r - y, r)


def _histc(self, bins: int = 100, min: float = 0, max: float = 0) -> Any:  # noqa: A002  (torch's names)
    """torch's ``histc``: the counts in self's dtype (min == max: the data's range)."""
    return _paddle().histogram(self, bins=bins, min=min, max=max).astype(self.dtype)


def _clamp_min(self, min: Any) -> Any:  # noqa: A002
    """torch's ``clamp_min``."""
    return self.clip(min=min)


def _clamp_max(self, max: Any) -> Any:  # noqa: A002
    """torch's ``clamp_max``."""
    return self.clip(max=max)


def _is_nonzero(self) -> bool:
    """torch's ``is_nonzero``: the truth of a one-element tensor."""
    if _nelement(self) != 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
    return bool(self.reshape([]).item() != 0)


def _is_same_size(self, other: Any) -> bool:
    """torch's ``is_same_size``."""
    return list(self.shape) == list(other.shape)


def _select(self, dim: int, index: int) -> Any:
    """torch's ``select``: the slice at ``index`` along ``dim`` (that dimension removed)."""
    dim = dim % self.ndim
    return self[(slice(None),) * dim + (index,)]


_Y = {"other": "y"}


def _swap_(self, axis0: int, axis1: int) -> Any:
    """Two dimensions swapped in place."""
    perm = list(range(self.ndim))
    perm[axis0], perm[axis1] = perm[axis1], perm[axis0]
    return self.transpose_(perm)  # paddle's form (a perm list)


def _swapaxes_(self, axis0: int, axis1: int) -> Any:
    """torch's ``swapaxes_``: two dimensions swapped in place."""
    return _swap_(self, axis0, axis1)


def _swapdims_(self, dim0: int, dim1: int) -> Any:
    """torch's ``swapdims_``: two dimensions swapped in place."""
    return _swap_(self, dim0, dim1)


def _sum_to_size(self, *size: Any) -> Any:
    """torch's ``sum_to_size``: summed down to a shape self broadcasts from."""
    if len(size) == 1 and isinstance(size[0], (list, tuple)):
        size = tuple(size[0])
    lead = self.ndim - len(size)
    out = self.sum(axis=list(range(lead))) if lead > 0 else self
    axes = [i for i, s in enumerate(size) if s == 1 and out.shape[i] != 1]
    return out.sum(axis=axes, keepdim=True) if axes else out


def _unsafe_split(self, split_size: Any, dim: int = 0) -> Any:
    """torch's ``unsafe_split``: ``split`` with torch's meaning (an int is a chunk size)."""
    return tuple(_paddle().compat.split(self, split_size, dim))


def _unsafe_chunk(self, chunks: int, dim: int = 0) -> Any:
    """torch's ``unsafe_chunk``: ``chunk``."""
    return tuple(self.chunk(chunks, axis=dim))


def _put(self, index: Any, source: Any, accumulate: bool = False) -> Any:
    """torch's ``put``: source written (or added) at flat indices of a copy of self."""
    paddle = _paddle()
    flat, idx, src = self.flatten(), index.flatten(), source.flatten().astype(self.dtype)
    idx = paddle.where(idx < 0, idx + flat.shape[0], idx)
    if accumulate:
        out = paddle.put_along_axis(flat, idx, src, axis=0, reduce="add")
    else:
        out = paddle.scatter(flat, idx, src, overwrite=True)
    return out.reshape(list(self.shape))


def _relu(self) -> Any:
    """torch's ``relu``."""
    return _paddle().nn.functional.relu(self)


def _prelu(self, weight: Any) -> Any:
    """torch's ``prelu``."""
    return _paddle().nn.functional.prelu(self, weight)


def _bernoulli(self, p: Any = None, *, generator: Any = None) -> Any:
    """torch's ``bernoulli``: 0/1 draws with self's values (or ``p``) as the probabilities."""
    paddle = _paddle()
    probs = self if p is None else paddle.full_like(self, p) if not isinstance(p, paddle.Tensor) else p
    return paddle.bernoulli(probs.astype(self.dtype) if self.is_floating_point() else probs.astype("float32"))


def _same(self) -> Any:
    """torch's ``resolve_conj`` / ``resolve_neg``: paddle has no lazy conjugate/negative bits."""
    return self


def _false(self) -> bool:
    """torch's ``is_conj`` / ``is_neg``: paddle has no lazy conjugate/negative bits."""
    return False


def _fn_inplace(target: str, rename: dict[str, str] | None = None) -> Callable:
    """The in-place method of paddle function ``target`` (result written into self); ``rename``:
    torch keyword -> the paddle function's."""
    def method(self, *args: Any, **kwargs: Any) -> Any:
        from ..patch import resolve
        for k, v in (rename or {}).items():
            if k in kwargs:
                kwargs[v] = kwargs.pop(k)
        return _assign_into(self, resolve(target)(self, *args, **kwargs))
    return method


MORE = {
    "addmv": _addmv, "addmv_": _inplace(_addmv), "exp2": _exp2, "exp2_": _inplace(_exp2), "fmod": _fmod,
    "fmod_": _inplace(_fmod), "histc": _histc, "clamp_min": _clamp_min, "clamp_min_": _inplace(_clamp_min),
    "clamp_max": _clamp_max, "clamp_max_": _inplace(_clamp_max), "is_nonzero": _is_nonzero,
    "is_same_size": _is_same_size, "select": _select, "swapaxes_": _swapaxes_, "swapdims_": _swapdims_,
    "sum_to_size": _sum_to_size, "unsafe_split": _unsafe_split, "unsafe_chunk": _unsafe_chunk, "put": _put,
    "put_": _inplace(_put), "relu": _relu, "relu_": _fn_inplace("paddle.nn.functional.relu"), "prelu": _prelu,
    "bernoulli": _bernoulli, "resolve_conj": _same, "resolve_neg": _same, "is_conj": _false, "is_neg": _false,
    "atan2_": _fn_inplace("paddle.atan2", _Y), "arctan2_": _fn_inplace("paddle.atan2", _Y),
    "erf_": _fn_inplace("paddle.erf"), "deg2rad_": _fn_inplace("paddle.deg2rad"),
    "rad2deg_": _fn_inplace("paddle.rad2deg"), "sgn_": _fn_inplace("paddle.sgn"),
    "heaviside_": _fn_inplace("paddle.heaviside", {"values": "y"}),
    "nextafter_": _fn_inplace("paddle.nextafter", _Y),
    "conj_physical_": _fn_inplace("paddle.conj"), "retain_grad": lambda self: self.retain_grads(),
}


@patch("tensor-more-methods", [f"torch.Tensor.{n}" for n in MORE] + ["torch.Tensor.is_cpu"], "paddle.Tensor.<name>",
       "tensor method",
       "further torch Tensor methods paddle lacks (found by comparing dir(torch.Tensor) with paddle.Tensor): "
       "addmv(_), exp2(_), fmod(_), histc, clamp_min/clamp_max(_), select, swapaxes_, sum_to_size, put(_), relu(_), "
       "bernoulli, in-place erf_/deg2rad_/heaviside_/..., is_nonzero/is_same_size/is_cpu")
def more_methods(p: Patcher) -> None:
    paddle = _paddle()
    for name, fn in MORE.items():
        if hasattr(paddle.Tensor, name):
            continue
        _add_method(p, name, fn, fn.__doc__ or f"torch's ``{name}``")
    if not hasattr(paddle.Tensor, "is_cpu"):
        p.add(paddle.Tensor, "is_cpu", property(lambda self: bool(self.place.is_cpu_place()),
                                                doc="torch's ``is_cpu``: whether the tensor is in host memory"))


# --------------------------------------------------------------------------- Python scalars as the other operand

_SCALAR_OPS = {"mul": "__mul__", "multiply": "__mul__", "div": "__truediv__", "divide": "__truediv__",
               "true_divide": "__truediv__", "mul_": "__mul__", "multiply_": "__mul__", "div_": "__truediv__",
               "divide_": "__truediv__", "ne": "__ne__", "not_equal": "__ne__", "gt": "__gt__", "greater": "__gt__",
               "greater_than": "__gt__", "ge": "__ge__", "greater_equal": "__ge__", "lt": "__lt__",
               "less": "__lt__", "less_than": "__lt__", "le": "__le__", "less_equal": "__le__"}


def _scalar_form(name: str, op: str, orig: Callable) -> Callable:
    """torch's ``x.mul(0.5)``: a Python number as the other operand (paddle's method wants a tensor)."""
    def form(self, other: Any = _MISSING, *args: Any, **kwargs: Any) -> Any:
        if other is _MISSING:
            other = kwargs.pop("other", kwargs.pop("y", _MISSING))
        rounding = kwargs.pop("rounding_mode", None)
        if rounding is not None:
            result = orig(self, _as_tensor(other, self), rounding_mode=rounding)
            return result if not name.endswith("_") else _assign_into(self, result)
        result = getattr(self, op)(other)
        return _assign_into(self, result) if name.endswith("_") else result
    return form


@patch("tensor-scalar-operand", [f"torch.Tensor.{n}" for n in _SCALAR_OPS] + ["torch.Tensor.pow_"],
       "paddle.Tensor.mul/div/multiply/divide/true_divide(_), pow_", "signature",
       "x.mul(0.5), x.div_(2), x.true_divide(0.5), x.ne(2), x.gt(0) (a Python number) are refused by paddle's "
       "methods, and x.pow_(tensor) too (paddle: scalar exponents only); found by the differential runs (dev: 11 "
       "calls) and the project's corpus")
def scalar_operand(p: Patcher) -> None:
    paddle = _paddle()
    for name, op in _SCALAR_OPS.items():
        orig = getattr(paddle.Tensor, name, None)
        if orig is None:
            continue

        def is_torch(self, *args: Any, **kwargs: Any) -> bool:
            other = args[0] if args else kwargs.get("other", kwargs.get("y"))
            return "other" in kwargs or (other is not None and not isinstance(other, paddle.Tensor))
        _switch(p, name, is_torch, _scalar_form(name, op, orig))

    def pow_torch(self, exponent: Any = _MISSING, **kwargs: Any) -> Any:
        exponent = kwargs.pop("exponent") if exponent is _MISSING else exponent
        return _assign_into(self, paddle.pow(self, exponent))
    _switch(p, "pow_", lambda self, *a, **k: "exponent" in k or bool(a and isinstance(a[0], paddle.Tensor)),
            pow_torch)


# --------------------------------------------------------------------------- dim= forms with torch return types

def _log_softmax(self, dim: Any = None, dtype: Any = None) -> Any:
    """torch's ``log_softmax(dim, dtype=None)``."""
    return _paddle().nn.functional.log_softmax(self, axis=-1 if dim is None else dim, dtype=dtype)


def _compat(which: str) -> Callable:
    """``paddle.compat.<which>`` (torch's signature and (values, indices) results) as a method."""
    def form(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(_paddle().compat, which)(self, *args, **kwargs)
    return form


def _split_torch(self, *args: Any, **kwargs: Any) -> Any:
    """torch's ``Tensor.split(split_size, dim=0)`` (an int is a piece size) through ``paddle.compat.split``."""
    if "split_size" in kwargs:
        kwargs["split_size_or_sections"] = kwargs.pop("split_size")
    return _paddle().compat.split(self, *args, **kwargs)


def _chunk_torch(orig: Callable) -> Callable:
    """torch's ``chunk``: pieces of ceil(n / chunks) when n does not divide (paddle refuses that)."""
    def form(self, chunks: int, dim: int = 0, **kwargs: Any) -> Any:
        dim = kwargs.pop("axis", dim)
        n = self.shape[dim]
        size = -(-n // chunks)
        return tuple(_paddle().compat.split(self, size, dim))
    return form


@patch("tensor-dim-forms", ["torch.Tensor.log_softmax", "torch.Tensor.sort", "torch.Tensor.split",
                            "torch.Tensor.chunk", "torch.Tensor.nanmedian", "torch.Tensor.logcumsumexp",
                            "torch.Tensor.nanmean", "torch.Tensor.masked_scatter_"],
       "paddle.Tensor.log_softmax (new), sort/split/nanmedian (dim=), chunk (uneven), logcumsumexp/nanmean",
       "signature",
       "torch forms paddle's Tensor refuses (differential runs, dev): log_softmax missing; sort(dim=) and "
       "nanmedian(dim=) (torch: (values, indices)) and split(split_size=/dim=) through paddle.compat; "
       "chunk of an uneven size; dim= on logcumsumexp/nanmean; masked_scatter_(source=)")
def dim_forms(p: Patcher) -> None:
    paddle = _paddle()
    _add_method(p, "log_softmax", _log_softmax, _log_softmax.__doc__ or "")
    _switch(p, "sort", lambda self, *a, **k: "dim" in k, _compat("sort"))
    _switch(p, "nanmedian", lambda self, *a, **k: "dim" in k, _compat("nanmedian"))
    _switch(p, "split", lambda self, *a, **k: "dim" in k or "split_size" in k or "split_size_or_sections" in k,
            _split_torch)

    def uneven(self, *args: Any, **kwargs: Any) -> bool:
        chunks = args[0] if args else kwargs.get("chunks")
        dim = args[1] if len(args) > 1 else kwargs.get("dim", kwargs.get("axis", 0))
        return (isinstance(chunks, int) and isinstance(dim, int) and self.ndim > 0
                and self.shape[dim] % chunks != 0) or "dim" in kwargs
    _switch(p, "chunk", uneven, _chunk_torch(paddle.Tensor.chunk))
    for name in ("logcumsumexp", "nanmean"):
        p.set(paddle.Tensor, name, torch_kw(getattr(paddle.Tensor, name), {"dim": "axis"}))
    p.set(paddle.Tensor, "masked_scatter_", torch_kw(paddle.Tensor.masked_scatter_, {"source": "value"}))


def _sparse_mask(self, mask: Any) -> Any:
    """torch's ``sparse_mask``: a sparse tensor with mask's indices and self's values there."""
    return _paddle().sparse.mask_as(self, mask)


@patch("tensor-sparse", ["torch.Tensor.sparse_mask", "torch.Tensor.to_sparse_coo"],
       "paddle.Tensor.sparse_mask (new), paddle.Tensor.to_sparse_coo", "tensor method",
       "dense.sparse_mask(mask) is missing (paddle.sparse.mask_as: 4 dev cases) and to_sparse_coo() needs "
       "sparse_dim, which torch defaults to all dimensions (2)")
def sparse(p: Patcher) -> None:
    paddle = _paddle()
    _add_method(p, "sparse_mask", _sparse_mask, _sparse_mask.__doc__ or "")

    def to_sparse_coo(f: Callable) -> Callable:
        def method(self, *args: Any, **kwargs: Any) -> Any:
            if not args and "sparse_dim" not in kwargs:
                return f(self, self.ndim, **kwargs)  # torch: every dimension sparse
            return f(self, *args, **kwargs)
        return method
    p.wrap(paddle.Tensor, "to_sparse_coo", to_sparse_coo)
