"""torch free functions under the prefix swap: ``torch.*``, ``torch.nn.functional.*``,
``torch.linalg.*``, ``torch.special.*``, ``torch.fft.*``, ``torch.nn.init.*`` and torch's
layout / memory-format constants.

Three kinds of gap are closed here:

* torch keyword names and torch-only keywords (``input=``, ``other=``, ``dim=``, ``out=``,
  ``layout=``, ``requires_grad=``, ``size_average=``/``reduce=`` ...) on functions paddle has:
  :func:`torch_kwargs` wraps the paddle function and acts only when such a keyword is present,
  so every call paddle accepts today behaves exactly as before;
* functions paddle lacks under torch's name, built from paddle's own operations;
* torch return types (``(values, indices)`` named tuples) through ``paddle.compat``'s
  torch-semantics versions, switched to only on an unambiguous torch form (``dim=``).
"""
from __future__ import annotations

import functools
import inspect
import math
import os
import threading
from typing import Any, Callable, NamedTuple

from ..patch import Patcher, patch

_MISSING = object()


# --------------------------------------------------------------------------- torch constants

class TorchLayout:
    """A torch layout constant (``torch.strided``, ``torch.sparse_coo``...)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"paddle.{self.name}"


class MemoryFormat:
    """A torch memory-format constant (``torch.contiguous_format``...)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"paddle.{self.name}"


strided = TorchLayout("strided")
sparse_coo = TorchLayout("sparse_coo")
sparse_csr = TorchLayout("sparse_csr")
contiguous_format = MemoryFormat("contiguous_format")
preserve_format = MemoryFormat("preserve_format")
channels_last = MemoryFormat("channels_last")
channels_last_3d = MemoryFormat("channels_last_3d")

# dense paddle tensors are always strided and contiguous: these values change nothing
_DENSE_LAYOUTS = (None, strided)
_DENSE_FORMATS = (None, contiguous_format, preserve_format)


# --------------------------------------------------------------------------- torch keywords

# torch keyword -> the paddle parameter names it may stand for (the first one the function has)
TORCH_KW: dict[str, tuple[str, ...]] = {
    "input": ("x", "input"), "other": ("y",), "dim": ("axis", "axes"), "size": ("shape", "out_shape"),
    "target": ("label",), "dims": ("axis", "axes"), "tensors": ("x",), "A": ("x",), "B": ("y",),
    "x1": ("x",), "x2": ("y",), "kernel_size": ("kernel_sizes",), "stride": ("strides",),
    "padding": ("paddings",), "dilation": ("dilations",), "min_val": ("min",), "max_val": ("max",),
    "tau": ("temperature",), "logits": ("x",), "return_indices": ("return_mask",), "end": ("stop", "y"),
    "steps": ("num",), "input1": ("x1", "input"), "input2": ("x2", "other"), "anchor": ("input",),
    "indices": ("num_or_indices",), "sections": ("num_or_indices",), "vec": ("y",), "mat2": ("y",),
    "exponent": ("y",), "batch1": ("x",), "batch2": ("y",), "mat1": ("x",),
    "dim0": ("axis0",), "dim1": ("axis1",), "dim2": ("axis2",), "b": ("y",), "a": ("x",),
    "train": ("training",), "storage_offset": ("offset",), "eps": ("epsilon",),
    "var": ("variance",), "range": ("ranges",), "ord": ("p",), "weight": ("weights",),
    "diagonal": ("offset",), "src": ("values",), "unpack_data": ("unpack_ludata",), "LU_data": ("x",), "LU_pivots": ("y",),
}
_INVERTED = {"count_include_pad": "exclusive"}  # torch flag -> paddle flag of the opposite meaning
_IGNORABLE: dict[str, tuple] = {     # torch keywords whose value here changes nothing
    "layout": _DENSE_LAYOUTS, "memory_format": _DENSE_FORMATS, "pin_memory": (False, None),
    "generator": (None,), "sparse_grad": (False,), "driver": (None,), "check_errors": (False,),
}
_DEFAULT_DILATION = (1, (1,), (1, 1), (1, 1, 1), [1], [1, 1], [1, 1, 1])


def legacy_reduction(size_average: Any, reduce: Any) -> str:
    """torch's ``_Reduction.legacy_get_string``: the old size_average/reduce flags as a reduction."""
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    if not reduce:
        return "none"
    return "mean" if size_average else "sum"


def _params(fn: Callable) -> tuple[list[str], bool]:
    """(parameter names, takes **kwargs) of ``fn`` (following ``__wrapped__``)."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return [], True
    names = [n for n, p in sig.parameters.items() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    var_kw = any(p.kind == p.VAR_KEYWORD for p in sig.parameters.values())
    code = getattr(fn, "__code__", None)
    if code is not None and code.co_flags & inspect.CO_VARKEYWORDS and not hasattr(fn, "__wrapped__"):
        var_kw = True  # a dispatcher showing a narrower __signature__ (paddle.gather): it reads **kwargs itself
    return names, var_kw


def _decorator_aliases(fn: Callable, params: set[str]) -> set[str]:
    """Keyword names paddle's own alias decorators already accept for ``fn`` (read from their closures)."""
    found: set[str] = set()
    seen = 0
    while fn is not None and seen < 8:
        seen += 1
        for cell in getattr(fn, "__closure__", None) or ():
            try:
                v = cell.cell_contents
            except ValueError:
                continue
            mapping = getattr(v, "alias_mapping", None)
            if isinstance(mapping, dict):
                found.update(k for k in mapping if isinstance(k, str))
            elif isinstance(v, (list, tuple)) and len(v) >= 2 and all(isinstance(x, str) for x in v) and v[0] in params:
                found.update(v)
            elif isinstance(v, dict) and all(isinstance(k, str) for k in v):
                for k, al in v.items():
                    if k in params and isinstance(al, (list, tuple, set)):
                        found.update(a for a in al if isinstance(a, str))
        fn = getattr(fn, "__wrapped__", None)
    return found


def write_out(result: Any, out: Any) -> Any:
    """torch's ``out=``: the result copied into the given tensor(s), which are returned."""
    import paddle
    if isinstance(out, (tuple, list)):
        res = list(result)
        for r, o in zip(res, out):
            paddle.assign(r.astype(o.dtype) if r.dtype != o.dtype else r, o)
        return type(result)(*out) if hasattr(result, "_fields") else tuple(out)
    paddle.assign(result.astype(out.dtype) if result.dtype != out.dtype else result, out)
    return out


def torch_kwargs(fn: Callable, rename: dict[str, str] | None = None, inplace_fn: Callable | None = None) -> Callable:
    """``fn`` that also takes torch's keyword names and torch-only keywords.

    Acts only when a keyword ``fn`` does not take is passed (so paddle calls are unchanged):
    torch names are renamed (``rename`` first, then :data:`TORCH_KW`), ``out=`` receives the
    result, ``requires_grad=``/``device=`` apply to it, ``inplace=True`` writes it into the
    input, ``size_average=``/``reduce=`` become ``reduction=``, and keywords whose value
    changes nothing for a dense paddle tensor (``layout=torch.strided``...) are dropped.
    """
    names, var_kw = _params(fn)
    params = set(names) | _decorator_aliases(fn, set(names))
    rename = dict(rename or {})
    dtype_at = names.index("dtype") if "dtype" in names else -1
    keepdim_at = names.index("keepdim") if "keepdim" in names and 0 <= dtype_at < names.index("keepdim") else None

    def target(k: str) -> str | None:
        if k in rename:
            return rename[k]
        for cand in TORCH_KW.get(k, ()):
            if cand in params and cand != k:
                return cand
        return None

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if keepdim_at is not None and len(args) > dtype_at and isinstance(args[dtype_at], bool) \
                and "keepdim" not in kwargs:  # torch's (input, dim, keepdim): a bool is no dtype
            kwargs["keepdim"] = args[dtype_at]
            args = args[:dtype_at] + tuple(args[dtype_at + 1:])
        if all(k in params for k in kwargs) and not any(k in rename for k in kwargs):
            return fn(*args, **kwargs)
        if var_kw:  # fn takes **kwargs: only drop what changes nothing
            for k in [k for k in kwargs if k not in params and k in _IGNORABLE]:
                if any(kwargs[k] is d or (d is not None and kwargs[k] == d) for d in _IGNORABLE[k]):
                    kwargs.pop(k)
            return fn(*args, **kwargs)
        out = requires_grad = device = _MISSING
        cast = None
        inplace = False
        legacy: dict[str, Any] = {}
        for k in list(kwargs):
            if k in rename or k not in params:
                t = target(k)
                if t is not None and t not in kwargs:
                    kwargs[t] = kwargs.pop(k)
                    continue
            if k in params:
                continue
            v = kwargs[k]
            if k in _INVERTED and _INVERTED[k] in params and _INVERTED[k] not in kwargs:
                kwargs[_INVERTED[k]] = not kwargs.pop(k)
            elif k == "out":
                out = kwargs.pop(k)
            elif k == "requires_grad":
                requires_grad = kwargs.pop(k)
            elif k == "device":
                device = kwargs.pop(k)
            elif k == "dtype" and v is not None and names:
                cast = kwargs.pop(k)  # torch reductions cast the input to dtype first
            elif k == "inplace":
                inplace = bool(kwargs.pop(k))
            elif k in ("size_average", "reduce") and "reduction" in params:
                legacy[k] = kwargs.pop(k)
            elif k == "_stacklevel":
                kwargs.pop(k)
            elif k == "dilation" and v in _DEFAULT_DILATION:
                kwargs.pop(k)
            elif k in _IGNORABLE and any(v is d or (d is not None and v == d) for d in _IGNORABLE[k]):
                kwargs.pop(k)
            # anything else goes to fn, which accepts or refuses it as before
        if cast is not None:
            if args and _is_tensor(args[0]):
                args = (args[0].astype(cast),) + tuple(args[1:])
            elif _is_tensor(kwargs.get(names[0])):
                kwargs[names[0]] = kwargs[names[0]].astype(cast)
        if legacy and ("size_average" in legacy and legacy["size_average"] is not None
                       or "reduce" in legacy and legacy["reduce"] is not None):
            kwargs["reduction"] = legacy_reduction(legacy.get("size_average"), legacy.get("reduce"))
        if inplace and inplace_fn is not None:
            result = inplace_fn(*args, **kwargs)
        else:
            result = fn(*args, **kwargs)
            if inplace:
                first = args[0] if args else kwargs.get(names[0])
                result = write_out(result, first)
        if device is not _MISSING and device is not None:
            result = result.to(device)
        if requires_grad is not _MISSING:
            result.stop_gradient = not requires_grad
        if out is not _MISSING and out is not None:
            result = write_out(result, out)
        return result

    wrapper.__paddlecamp_torch_kwargs__ = True  # type: ignore[attr-defined]
    return wrapper


def _wrap_kw(p: Patcher, owner: Any, name: str, **kw: Any) -> None:
    """``owner.name`` replaced by :func:`torch_kwargs` of itself."""
    p.wrap(owner, name, lambda f: torch_kwargs(f, **kw))


def _tensor(v: Any, like: Any = None) -> Any:
    """``v`` as a paddle Tensor (scalars take ``like``'s dtype when it is floating)."""
    import paddle
    if isinstance(v, paddle.Tensor):
        return v
    if like is not None and (like.is_floating_point() or not isinstance(v, float)):
        return paddle.to_tensor(v, dtype=like.dtype)
    return paddle.to_tensor(v)


# --------------------------------------------------------------------------- constants

@patch("functions-layout-constants", ["torch.strided", "torch.sparse_coo", "torch.sparse_csr",
                                      "torch.contiguous_format", "torch.preserve_format", "torch.channels_last",
                                      "torch.channels_last_3d"],
       "paddle.strided, paddle.*_format", "constant",
       "torch's layout and memory-format constants are missing (paddle.strided: 51 dev cases, "
       "paddle.preserve_format: 10, contiguous_format: 2); factory functions take them as layout=/memory_format=")
def layout_constants(p: Patcher) -> None:
    import paddle
    for c in (strided, sparse_coo, sparse_csr, contiguous_format, preserve_format, channels_last, channels_last_3d):
        p.add(paddle, c.name, c)


FACTORIES = ("zeros", "ones", "empty", "full", "rand", "randn", "randint", "randperm", "arange", "linspace", "logspace",
             "eye", "zeros_like", "ones_like", "empty_like", "full_like", "rand_like", "randn_like", "randint_like",
             "normal", "bernoulli", "poisson", "multinomial", "tril_indices", "triu_indices",
             "hann_window", "hamming_window", "blackman_window", "bartlett_window", "kaiser_window", "empty_strided",
             "complex", "polar", "heaviside", "range")


@patch("functions-factory-kwargs", [f"torch.{n}" for n in FACTORIES], "paddle.<factory>", "signature",
       "torch factory functions take layout=, memory_format=, pin_memory=, generator=, requires_grad=, out=, "
       "size= (randint: 10 dev cases on size=; layout=torch.strided in ~50)")
def factory_kwargs(p: Patcher) -> None:
    import paddle
    for n in FACTORIES:
        if hasattr(paddle, n) and callable(getattr(paddle, n)):
            _wrap_kw(p, paddle, n)


# --------------------------------------------------------------------------- torch keyword names

KW_TOP = ("abs", "abs_", "acos_", "acosh_", "angle", "as_strided", "asin_", "asinh", "asinh_", "atan", "atan2", "atanh_",
          "baddbmm", "bincount", "bitwise_and", "bitwise_left_shift", "bitwise_not", "bitwise_right_shift",
          "bitwise_xor", "bitwise_or", "cholesky", "clone", "conj", "copysign", "cos_", "cosh_", "count_nonzero",
          "cross", "diag", "diagflat", "diagonal_scatter", "digamma", "erf", "erfinv", "flip", "fmax", "fmin", "gcd",
          "lcm", "hstack", "vstack", "row_stack", "column_stack", "dstack", "hypot", "i0", "imag", "real", "index_fill",
          "inner", "inverse", "isneginf", "isposinf", "isreal", "kron", "kthvalue", "lerp", "lgamma", "logaddexp",
          "logit", "masked_fill", "mm", "mv", "nan_to_num", "nanmean", "nanquantile", "nansum", "neg", "nextafter",
          "pdist", "reciprocal", "rot90", "sgn", "signbit", "square", "square_", "tan", "tan_", "take", "tensordot",
          "trunc", "std", "var", "hsplit", "vsplit", "dsplit", "moveaxis", "cdist", "histogramdd", "sin", "cos",
          "exp", "log", "sqrt", "rsqrt", "sigmoid", "tanh", "floor", "ceil", "round", "sign", "log2", "log10", "log1p",
          "expm1", "cosh", "sinh", "acos", "asin", "atanh", "acosh", "frac", "deg2rad", "rad2deg", "matmul", "bmm",
          "dot", "outer", "ldexp", "fmod_", "remainder", "floor_divide", "trace", "tril", "triu", "diagonal",
          "cumsum", "cumprod", "logcumsumexp", "cummax", "cummin", "quantile", "mean", "sum", "prod", "amax", "amin",
          "argmax", "argmin", "all", "any", "logsumexp", "norm", "dist", "flatten", "squeeze", "unsqueeze", "roll",
          "repeat_interleave", "gather", "take_along_dim", "index_select", "masked_select", "where", "nonzero",
          "isclose", "allclose", "isnan", "isinf", "isfinite", "clip", "clamp", "searchsorted", "bucketize",
          "histc", "heaviside", "gammaln", "polygamma", "multigammaln", "i0e", "i1", "i1e", "igammac", "trapezoid",
          "cumulative_trapezoid", "vander", "renorm", "narrow", "diff", "atleast_1d", "atleast_2d", "atleast_3d",
          "logical_and", "logical_or", "logical_xor", "logical_not", "positive", "negative", "multiply", "divide",
          "add", "subtract", "pow", "maximum", "minimum", "fix", "stack", "concat", "cat", "chunk", "tile", "t",
          "unbind", "mode", "argsort", "topk", "msort", "ravel", "flipud", "fliplr", "block_diag", "cartesian_prod",
          "combinations", "tril_indices", "triu_indices", "einsum", "addmm", "cov", "corrcoef", "erfc", "sinc",
          "lu_unpack", "select_scatter", "slice_scatter", "index_add", "index_put", "scatter_add", "scatter_reduce",
          "put_along_axis", "take_along_axis", "unflatten", "view_as_real", "view_as_complex", "crop", "signbit")
KW_LINALG = ("matrix_rank", "cross", "qr", "eigh", "cond", "eig", "eigvals", "eigvalsh", "matrix_norm", "vector_norm",
             "norm", "svdvals", "svd", "vecdot", "lstsq", "inv", "det", "slogdet", "solve", "cholesky", "pinv",
             "matrix_power", "multi_dot", "matrix_exp", "householder_product", "lu_solve", "cholesky_solve",
             "triangular_solve", "diagonal", "matmul")
KW_FUNCTIONAL = ("relu", "relu6", "hardtanh", "mish", "leaky_relu", "hardswish", "celu", "elu", "selu", "gelu", "silu",
                 "softplus", "softsign", "softshrink", "hardshrink", "tanhshrink", "hardsigmoid", "sigmoid", "glu",
                 "logsigmoid", "alpha_dropout", "dropout", "dropout2d", "dropout3d", "feature_alpha_dropout",
                 "instance_norm", "batch_norm", "layer_norm", "group_norm", "local_response_norm", "normalize",
                 "pixel_shuffle", "pixel_unshuffle", "channel_shuffle", "prelu", "unfold", "fold", "pdist",
                 "l1_loss", "mse_loss", "nll_loss", "poisson_nll_loss", "gaussian_nll_loss", "kl_div",
                 "smooth_l1_loss", "hinge_embedding_loss", "cosine_embedding_loss", "margin_ranking_loss",
                 "multi_margin_loss", "soft_margin_loss", "triplet_margin_loss", "triplet_margin_with_distance_loss",
                 "binary_cross_entropy", "binary_cross_entropy_with_logits", "cross_entropy", "ctc_loss",
                 "avg_pool1d", "avg_pool2d", "avg_pool3d", "max_pool1d", "max_pool2d", "max_pool3d",
                 "max_unpool1d", "max_unpool2d", "max_unpool3d", "adaptive_avg_pool1d", "adaptive_avg_pool2d",
                 "adaptive_avg_pool3d", "adaptive_max_pool1d", "adaptive_max_pool2d", "adaptive_max_pool3d",
                 "lp_pool1d", "lp_pool2d", "fractional_max_pool2d", "fractional_max_pool3d", "gumbel_softmax",
                 "log_softmax", "softmax", "affine_grid", "grid_sample", "interpolate", "upsample", "one_hot",
                 "embedding", "linear", "bilinear", "conv1d", "conv2d", "conv3d", "cosine_similarity",
                 "pairwise_distance", "elu_", "relu_", "leaky_relu_", "hardtanh_", "rrelu", "threshold",
                 "tanh", "sigmoid")
KW_FFT = ("fft", "fft2", "fftn", "ifft", "ifft2", "ifftn", "rfft", "rfft2", "rfftn", "irfft", "irfft2", "irfftn",
          "hfft", "hfft2", "hfftn", "ihfft", "ihfft2", "ihfftn", "fftfreq", "rfftfreq", "fftshift", "ifftshift")
KW_INIT = ("normal_", "trunc_normal_", "xavier_normal_", "xavier_uniform_", "kaiming_normal_", "kaiming_uniform_",
           "orthogonal_", "uniform_", "constant_", "ones_", "zeros_", "eye_", "dirac_")
KW_SPECIAL_RENAME: dict[str, dict[str, str]] = {
    # torch's name for a parameter that paddle calls something TORCH_KW does not guess
    "cdist": {"x1": "x", "x2": "y"}, "tensordot": {"a": "x", "b": "y", "dims": "axes"},
    "lerp": {"end": "y"}, "hsplit": {"indices": "num_or_indices", "sections": "num_or_indices"},
    "vsplit": {"indices": "num_or_indices", "sections": "num_or_indices"},
    "dsplit": {"indices": "num_or_indices", "sections": "num_or_indices"},
    "nanquantile": {"dim": "axis"}, "kthvalue": {"dim": "axis"}, "count_nonzero": {"dim": "axis"},
    "diagonal_scatter": {"src": "y", "dim1": "axis1", "dim2": "axis2"},
}


def _inplace_of(owner: Any, name: str) -> Callable | None:
    """The ``name_`` in-place variant paddle has, if any (for torch's ``inplace=True``)."""
    return getattr(owner, name + "_", None) if not name.endswith("_") else None


@patch("functions-torch-kwargs", [f"torch.{n}" for n in KW_TOP] + [f"torch.linalg.{n}" for n in KW_LINALG]
       + [f"torch.nn.functional.{n}" for n in KW_FUNCTIONAL] + [f"torch.nn.init.{n}" for n in KW_INIT]
       + [f"torch.fft.{n}" for n in KW_FFT],
       "paddle.*, paddle.linalg.*, paddle.nn.functional.*, paddle.nn.init.*, paddle.fft.*", "argument alias",
       "torch keyword names and torch-only keywords refused by paddle functions on the dev split: input= (260 "
       "cases), out= (112), dim= (72), inplace= (24), target= (24), other= (19), size_average=/reduce= (28), "
       "generator= (10), tensors= ...")
def torch_keyword_names(p: Patcher) -> None:
    import paddle
    import paddle.nn.functional as F
    for owner, names in ((paddle, KW_TOP), (paddle.linalg, KW_LINALG), (F, KW_FUNCTIONAL), (paddle.nn.init, KW_INIT),
                         (paddle.fft, KW_FFT)):
        for n in names:
            f = owner.__dict__.get(n) if hasattr(owner, "__dict__") else None
            if f is None or not callable(f) or isinstance(f, type) or getattr(f, "__paddlecamp_torch_kwargs__", False):
                continue
            inplace = _inplace_of(owner, n) if owner is F else None
            _wrap_kw(p, owner, n, rename=KW_SPECIAL_RENAME.get(n), inplace_fn=inplace)


# --------------------------------------------------------------------------- torch return types (paddle.compat)

def _is_tensor(v: Any) -> bool:
    """Whether ``v`` is a paddle Tensor."""
    import paddle
    return isinstance(v, paddle.Tensor)


def _not_an_axis(v: Any) -> bool:
    """A positional Tensor that paddle cannot take as an axis: torch's ``other`` (elementwise form)."""
    import paddle
    return _is_tensor(v) and (v.ndim >= 2 or not (v.dtype in (paddle.int32, paddle.int64)))


class _CompatDepth(threading.local):
    """How deep this thread is inside a paddle.compat function called through :func:`_compat_switch`."""
    depth = 0


_IN_COMPAT = _CompatDepth()


def _compat_switch(native: Callable, compat: Callable, torch_kw: tuple[str, ...],
                   positional_torch: Callable[[tuple], bool] | None = None) -> Callable:
    """``native`` unless a torch-only keyword (or positional form) is present, then ``compat``.

    paddle.compat's functions call paddle's own (``paddle.median`` inside ``compat.median``):
    those inner calls, made while ``compat`` runs, go to ``native``.
    """

    @functools.wraps(native)
    def switch(*args: Any, **kwargs: Any) -> Any:
        if not _IN_COMPAT.depth and (any(k in kwargs for k in torch_kw)
                                     or (positional_torch is not None and positional_torch(args))):
            _IN_COMPAT.depth += 1
            try:
                return compat(*args, **kwargs)
            finally:
                _IN_COMPAT.depth -= 1
        return native(*args, **kwargs)
    return switch


@patch("functions-max-min-return-types", ["torch.max", "torch.min"], "paddle.max, paddle.min", "return type",
       "torch.max/min(x, dim=...) return (values, indices) and max/min(x, other) is elementwise; paddle refuses "
       "dim=/input=/other=/out= (dev: max 17, min 16 failing); paddle.compat.max/min have torch semantics")
def max_min(p: Patcher) -> None:
    import paddle
    for n in ("max", "min"):
        p.wrap(paddle, n, lambda f, n=n: _compat_switch(
            f, getattr(paddle.compat, n), ("dim", "input", "other", "out"),
            lambda a: len(a) >= 2 and _not_an_axis(a[1])))


@patch("functions-sort-median-return-types", ["torch.sort", "torch.median", "torch.nanmedian"],
       "paddle.sort, paddle.median, paddle.nanmedian", "return type",
       "torch.sort/median(x, dim=...) return (values, indices); paddle refuses dim=/input=/out= or returns values "
       "only (dev: sort 11, median 7 failing); paddle.compat.sort/median have torch semantics")
def sort_median(p: Patcher) -> None:
    import paddle
    p.wrap(paddle, "sort", lambda f: _compat_switch(f, paddle.compat.sort, ("dim", "input", "out")))
    for n in ("median", "nanmedian"):  # paddle.median takes out= itself: only dim=/input= are torch's
        p.wrap(paddle, n, lambda f, n=n: _compat_switch(f, getattr(paddle.compat, n), ("dim", "input")))


@patch("functions-unique-kwargs", "torch.unique", "paddle.unique", "argument alias",
       "torch.unique(input=..., dim=...) is refused by paddle.unique (dev: 14 failing); paddle.compat.unique has "
       "torch's signature and outputs")
def unique(p: Patcher) -> None:
    import paddle
    p.wrap(paddle, "unique", lambda f: _compat_switch(f, paddle.compat.unique, ("input", "dim")))


@patch("functions-split-kwargs", "torch.split", "paddle.split", "signature",
       "torch.split(tensor, split_size_or_sections, dim=...) is refused by paddle.split (dev: 25 failing); an int is "
       "a chunk size in torch and a chunk count in paddle, so paddle.compat.split is used only on torch keywords")
def split(p: Patcher) -> None:
    import paddle
    p.wrap(paddle, "split", lambda f: _compat_switch(
        f, paddle.compat.split, ("dim", "tensor", "split_size_or_sections")))


@patch("functions-equal-bool", "torch.equal", "paddle.equal", "return type",
       "torch.equal(input=, other=) compares whole tensors and returns a bool; paddle.equal is elementwise "
       "(torch.eq); switched to paddle.compat.equal only on torch's keywords (dev: 2 cases)")
def equal(p: Patcher) -> None:
    import paddle
    p.wrap(paddle, "equal", lambda f: _compat_switch(f, paddle.compat.equal, ("input", "other")))


@patch("functions-randint-size", "torch.randint", "paddle.randint", "signature",
       "torch.randint(high, size) / randint(low, high, size=...): paddle refuses size= and a shape as 2nd "
       "positional (dev: 12 cases)")
def randint(p: Patcher) -> None:
    import paddle

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def randint(*args: Any, **kwargs: Any) -> Any:
            if len(args) == 2 and isinstance(args[1], (tuple, list)) and "high" not in kwargs:
                args = (0, args[0], args[1])   # torch randint(high, size): [0, high)
            return f(*args, **kwargs)
        return randint
    p.wrap(paddle, "randint", wrap)


# --------------------------------------------------------------------------- nn.functional additions

def _conv_transpose(paddle_fn: Callable) -> Callable:
    """torch's ``conv_transpose{1,2,3}d`` (groups before dilation) on paddle's ``conv{1,2,3}d_transpose``."""

    def conv_transpose(input: Any, weight: Any, bias: Any = None, stride: Any = 1, padding: Any = 0,
                       output_padding: Any = 0, groups: int = 1, dilation: Any = 1) -> Any:
        return paddle_fn(input, weight, bias=bias, stride=stride, padding=padding, output_padding=output_padding,
                         groups=groups, dilation=dilation)
    conv_transpose.__name__ = paddle_fn.__name__.replace("_transpose", "").replace("conv", "conv_transpose")
    return conv_transpose


@patch("functions-conv-transpose", ["torch.nn.functional.conv_transpose1d", "torch.nn.functional.conv_transpose2d",
                                    "torch.nn.functional.conv_transpose3d", "torch.conv_transpose1d",
                                    "torch.conv_transpose2d", "torch.conv_transpose3d"],
       "paddle.nn.functional.conv_transpose{1,2,3}d", "new API",
       "torch's conv_transpose{1,2,3}d is paddle's conv{1,2,3}d_transpose with groups and dilation swapped in "
       "position (dev: 101 cases fail on the missing name)")
def conv_transpose(p: Patcher) -> None:
    import paddle
    import paddle.nn.functional as F
    for d in (1, 2, 3):
        fn = _conv_transpose(getattr(F, f"conv{d}d_transpose"))
        p.add(F, f"conv_transpose{d}d", fn)
        p.add(paddle, f"conv_transpose{d}d", fn)


def _max_pool(d: int) -> Callable:
    """torch's top-level ``max_pool{d}d`` (no indices) on paddle's functional one."""
    import paddle.nn.functional as F
    pool = getattr(F, f"max_pool{d}d")

    def max_pool(input: Any, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1,
                 ceil_mode: bool = False) -> Any:
        if dilation not in _DEFAULT_DILATION:
            raise NotImplementedError(f"max_pool{d}d: paddle has no dilated max pooling (dilation={dilation})")
        return pool(input, kernel_size, stride=stride if stride not in ((), []) else None, padding=padding,
                    ceil_mode=ceil_mode)
    max_pool.__name__ = f"max_pool{d}d"
    return max_pool


@patch("functions-max-pool-toplevel", ["torch.max_pool1d", "torch.max_pool2d", "torch.max_pool3d"],
       "paddle.max_pool{1,2,3}d", "new API",
       "torch.max_pool{1,2,3}d are missing at paddle's top level (dev: 24 cases)")
def max_pool_top(p: Patcher) -> None:
    import paddle
    for d in (1, 2, 3):
        p.add(paddle, f"max_pool{d}d", _max_pool(d))


def _softmax_dtype(x: Any, dtype: Any) -> Any:
    """``x`` cast to ``dtype`` first, as torch's softmax-family ``dtype=`` does."""
    return x if dtype is None else x.astype(dtype)


def _implicit_dim(input: Any) -> int:
    """torch's ``_get_softmax_dim`` for a softmax-family call without dim (deprecated torch form)."""
    return 0 if input.ndim in (0, 1, 3) else 1


def log_softmax(input: Any, dim: int | None = None, _stacklevel: int = 3, dtype: Any = None) -> Any:
    """torch.special.log_softmax / torch's F.log_softmax with an explicit dim."""
    import paddle.nn.functional as F
    return F.log_softmax(_softmax_dtype(input, dtype), axis=_implicit_dim(input) if dim is None else dim)


def softmin(input: Any, dim: int | None = None, _stacklevel: int = 3, dtype: Any = None) -> Any:
    """torch's F.softmin: softmax of the negated input."""
    import paddle.nn.functional as F
    return F.softmax(-_softmax_dtype(input, dtype), axis=_implicit_dim(input) if dim is None else dim)


@patch("functions-log-softmax", ["torch.nn.functional.log_softmax", "torch.special.log_softmax",
                                 "torch.nn.functional.softmin", "torch.special.softmax"],
       "paddle.nn.functional.log_softmax, paddle.special.log_softmax, paddle.nn.functional.softmin", "signature",
       "F.log_softmax(x, dim=, _stacklevel=) refused (dev: 13), special.log_softmax missing (13), F.softmin missing (7)")
def log_softmax_patch(p: Patcher) -> None:
    import paddle
    import paddle.nn.functional as F

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def log_softmax_(*args: Any, **kwargs: Any) -> Any:
            if any(k in kwargs for k in ("dim", "input", "_stacklevel")) or (len(args) >= 3 and isinstance(args[2], int)):
                return log_softmax(*args, **kwargs)
            return f(*args, **kwargs)
        return log_softmax_
    p.wrap(F, "log_softmax", wrap)
    p.add(paddle.special, "log_softmax", log_softmax)
    p.add(F, "softmin", softmin)


def huber_loss(input: Any, target: Any, reduction: str = "mean", delta: float = 1.0, weight: Any = None) -> Any:
    """torch's F.huber_loss: paddle's smooth_l1_loss with is_huber."""
    import paddle.nn.functional as F
    if weight is not None:
        loss = F.smooth_l1_loss(input, target, reduction="none", delta=delta, is_huber=True) * weight
        return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]
    return F.smooth_l1_loss(input, target, reduction=reduction, delta=delta, is_huber=True)


def smooth_l1_loss(input: Any, target: Any, size_average: Any = None, reduce: Any = None, reduction: str = "mean",
                   beta: float = 1.0) -> Any:
    """torch's F.smooth_l1_loss: huber loss divided by beta (paddle's is_huber=False)."""
    import paddle.nn.functional as F
    if size_average is not None or reduce is not None:
        reduction = legacy_reduction(size_average, reduce)
    if beta == 0:
        return F.l1_loss(input, target, reduction=reduction)
    return F.smooth_l1_loss(input, target, reduction=reduction, delta=beta, is_huber=False)


@patch("functions-losses", ["torch.nn.functional.huber_loss", "torch.nn.functional.smooth_l1_loss",
                            "torch.nn.functional.multilabel_soft_margin_loss",
                            "torch.nn.functional.multilabel_margin_loss"],
       "paddle.nn.functional.huber_loss, smooth_l1_loss, multilabel_*", "new API",
       "F.huber_loss missing (dev: 10), F.smooth_l1_loss(beta=) refused (13), multilabel_soft_margin_loss (10) and "
       "multilabel_margin_loss (7) are paddle's multi_label_* under torch's names and keywords")
def losses(p: Patcher) -> None:
    import paddle.nn.functional as F

    def wrap_smooth(f: Callable) -> Callable:
        @functools.wraps(f)
        def smooth(*args: Any, **kwargs: Any) -> Any:
            if any(k in kwargs for k in ("beta", "target", "size_average", "reduce")):
                return smooth_l1_loss(*args, **kwargs)
            return f(*args, **kwargs)
        return smooth
    p.add(F, "huber_loss", huber_loss)
    p.wrap(F, "smooth_l1_loss", wrap_smooth)

    def mlsm(input: Any, target: Any, weight: Any = None, size_average: Any = None, reduce: Any = None,
             reduction: str = "mean") -> Any:
        if size_average is not None or reduce is not None:
            reduction = legacy_reduction(size_average, reduce)
        return F.multi_label_soft_margin_loss(input, target, weight=weight, reduction=reduction)

    def mlm(input: Any, target: Any, size_average: Any = None, reduce: Any = None, reduction: str = "mean") -> Any:
        if size_average is not None or reduce is not None:
            reduction = legacy_reduction(size_average, reduce)
        return F.multi_label_margin_loss(input, target, reduction=reduction)
    mlsm.__name__, mlm.__name__ = "multilabel_soft_margin_loss", "multilabel_margin_loss"
    p.add(F, "multilabel_soft_margin_loss", mlsm)
    p.add(F, "multilabel_margin_loss", mlm)


def threshold(input: Any, threshold: float, value: float, inplace: bool = False) -> Any:
    """torch's threshold: ``input`` where it is above ``threshold``, else ``value``."""
    import paddle
    res = paddle.where(input > threshold, input, paddle.full_like(input, value))
    return write_out(res, input) if inplace else res


def threshold_(input: Any, threshold: float, value: float) -> Any:
    """torch's in-place threshold_."""
    return globals()["threshold"](input, threshold, value, inplace=True)


def _rrelu(training_default: bool) -> Callable:
    """torch's rrelu (training defaults to False) on paddle's F.rrelu."""

    def rrelu(input: Any, lower: float = 1.0 / 8, upper: float = 1.0 / 3, training: bool = training_default,
              inplace: bool = False) -> Any:
        import paddle.nn.functional as F
        res = F.rrelu(input, lower, upper, training=training)
        return write_out(res, input) if inplace else res
    return rrelu


def _rrelu_(input: Any, lower: float = 1.0 / 8, upper: float = 1.0 / 3, training: bool = False) -> Any:
    """torch's in-place rrelu_."""
    return _rrelu(False)(input, lower, upper, training, inplace=True)


def upsample_bilinear(input: Any, size: Any = None, scale_factor: Any = None) -> Any:
    """torch's F.upsample_bilinear: bilinear interpolation with align_corners=True."""
    import paddle.nn.functional as F
    return F.interpolate(input, size=size, scale_factor=scale_factor, mode="bilinear", align_corners=True)


def upsample_nearest(input: Any, size: Any = None, scale_factor: Any = None) -> Any:
    """torch's F.upsample_nearest."""
    import paddle.nn.functional as F
    return F.interpolate(input, size=size, scale_factor=scale_factor, mode="nearest")


@patch("functions-activations", ["torch.nn.functional.threshold", "torch.nn.functional.threshold_", "torch.threshold",
                                 "torch.threshold_", "torch.rrelu", "torch.rrelu_", "torch.nn.functional.rrelu",
                                 "torch.nn.functional.rrelu_", "torch.relu", "torch.celu", "torch.prelu",
                                 "torch.nn.functional.upsample_bilinear", "torch.nn.functional.upsample_nearest",
                                 "torch.alpha_dropout", "torch.channel_shuffle", "torch.pixel_unshuffle",
                                 "torch.selu", "torch.cosine_similarity", "torch.pixel_shuffle"],
       "paddle.nn.functional.*, paddle.*", "new API",
       "activations missing under torch's names (dev: rrelu 11, rrelu_ 14, threshold(_) 17, relu 5, celu 6, "
       "upsample_* 12, cosine_similarity 8 ...)")
def activations(p: Patcher) -> None:
    import paddle
    import paddle.nn.functional as F
    p.add(F, "threshold", threshold)
    p.add(F, "threshold_", threshold_)
    p.add(paddle, "threshold", threshold)
    p.add(paddle, "threshold_", threshold_)
    p.add(paddle, "rrelu", _rrelu(False))
    p.add(paddle, "rrelu_", _rrelu_)
    p.add(F, "rrelu_", _rrelu_)
    p.wrap(F, "rrelu", lambda f: torch_kwargs(f))
    p.add(F, "upsample_bilinear", upsample_bilinear)
    p.add(F, "upsample_nearest", upsample_nearest)
    for n in ("relu", "celu", "prelu", "alpha_dropout", "channel_shuffle", "pixel_unshuffle", "selu",
              "cosine_similarity", "pixel_shuffle"):
        if not hasattr(paddle, n):
            p.add(paddle, n, torch_kwargs(getattr(F, n)))


# --------------------------------------------------------------------------- torch.* functions paddle lacks

class aminmax_result(NamedTuple):
    """torch.return_types.aminmax."""
    min: Any
    max: Any


class std_mean_result(NamedTuple):
    """The (std, mean) pair torch.std_mean returns."""
    std: Any
    mean: Any


def aminmax(input: Any, *, dim: int | None = None, keepdim: bool = False, out: Any = None) -> aminmax_result:
    """torch.aminmax: (min, max) over ``dim`` (all elements when None)."""
    import paddle
    res = aminmax_result(paddle.amin(input, axis=dim, keepdim=keepdim), paddle.amax(input, axis=dim, keepdim=keepdim))
    return write_out(res, out) if out is not None else res


def _var(input: Any, dim: Any, correction: float, keepdim: bool) -> tuple[Any, Any]:
    """(variance with ``correction``, mean) over ``dim`` (all elements when None)."""
    import paddle
    mean = paddle.mean(input, axis=dim, keepdim=True)
    n = input.numel() if dim is None else math.prod(
        input.shape[d] for d in ((dim,) if isinstance(dim, int) else dim))
    var = paddle.sum((input - mean) ** 2, axis=dim, keepdim=keepdim) / max(int(n) - correction, 0)
    return var, (mean if keepdim else paddle.mean(input, axis=dim, keepdim=False))


def _correction(unbiased: Any, correction: Any) -> float:
    """torch's ``unbiased``/``correction`` pair as one correction value."""
    if correction is not None:
        return float(correction)
    return 1.0 if unbiased in (None, True) else 0.0


def var_mean(input: Any, dim: Any = None, unbiased: Any = None, keepdim: bool = False, *, correction: Any = None,
             out: Any = None) -> tuple[Any, Any]:
    """torch.var_mean: (variance, mean)."""
    if isinstance(dim, bool):  # var_mean(input, unbiased)
        dim, unbiased = None, dim
    return _var(input, dim, _correction(unbiased, correction), keepdim)


def std_mean(input: Any, dim: Any = None, unbiased: Any = None, keepdim: bool = False, *, correction: Any = None,
             out: Any = None) -> tuple[Any, Any]:
    """torch.std_mean: (standard deviation, mean)."""
    import paddle
    var, mean = var_mean(input, dim, unbiased, keepdim, correction=correction)
    return paddle.sqrt(var), mean


def fmod(input: Any, other: Any, *, out: Any = None) -> Any:
    """torch.fmod: C remainder (the sign of the dividend), unlike paddle.mod's floor remainder."""
    import paddle
    input, other = _promote(input, _tensor(other, input))
    if input.is_floating_point() or other.is_floating_point():
        res = input - paddle.trunc(input / other) * other
    else:
        res = paddle.sign(input) * paddle.mod(paddle.abs(input), paddle.abs(other))
    return write_out(res, out) if out is not None else res


def movedim(input: Any, source: Any, destination: Any) -> Any:
    """torch.movedim: paddle.moveaxis."""
    import paddle
    return paddle.moveaxis(input, source, destination)


def narrow_copy(input: Any, dim: int, start: Any, length: int, *, out: Any = None) -> Any:
    """torch.narrow_copy: a copy of paddle.narrow's slice."""
    import paddle
    if _is_tensor(start):
        start = int(start.item())
    res = paddle.narrow(input, dim, start, length).clone()
    return write_out(res, out) if out is not None else res


def expand_copy(input: Any, *size: Any, out: Any = None, **kw: Any) -> Any:
    """torch.expand_copy: a copy of the expanded tensor."""
    import paddle
    if "size" in kw:
        size = kw.pop("size")
    elif len(size) == 1 and isinstance(size[0], (list, tuple)):
        size = size[0]
    if kw:
        raise TypeError(f"expand_copy() got unexpected keyword arguments {sorted(kw)}")
    res = paddle.expand(input, list(size)).clone()
    return write_out(res, out) if out is not None else res


def index_copy(input: Any, dim: int, index: Any, source: Any, *, out: Any = None) -> Any:
    """torch.index_copy: ``input`` with the slices ``index`` along ``dim`` replaced by ``source``."""
    import paddle
    x = paddle.moveaxis(input, dim, 0) if dim != 0 else input
    s = paddle.moveaxis(source, dim, 0) if dim != 0 else source
    res = paddle.scatter(x, index, s, overwrite=True)
    res = paddle.moveaxis(res, 0, dim) if dim != 0 else res
    return write_out(res, out) if out is not None else res


def is_nonzero(input: Any) -> bool:
    """torch.is_nonzero: the truth of a one-element tensor."""
    if input.numel() != 1:
        raise RuntimeError(f"Boolean value of Tensor with {'no values' if input.numel() == 0 else 'more than one value'}"
                           " is ambiguous")
    return bool(input.item())


def addcdiv(input: Any, tensor1: Any, tensor2: Any, *, value: float = 1, out: Any = None) -> Any:
    """torch.addcdiv: input + value * tensor1 / tensor2."""
    res = input + value * (tensor1 / tensor2)
    return write_out(res, out) if out is not None else res


def addcmul(input: Any, tensor1: Any, tensor2: Any, *, value: float = 1, out: Any = None) -> Any:
    """torch.addcmul: input + value * tensor1 * tensor2."""
    res = input + value * (tensor1 * tensor2)
    return write_out(res, out) if out is not None else res


def addbmm(input: Any, batch1: Any, batch2: Any, *, beta: float = 1, alpha: float = 1, out: Any = None) -> Any:
    """torch.addbmm: beta * input + alpha * (sum over the batch of batch1 @ batch2)."""
    import paddle
    res = beta * input + alpha * paddle.sum(paddle.bmm(batch1, batch2), axis=0)
    return write_out(res, out) if out is not None else res


def addr(input: Any, vec1: Any, vec2: Any, *, beta: float = 1, alpha: float = 1, out: Any = None) -> Any:
    """torch.addr: beta * input + alpha * outer(vec1, vec2)."""
    import paddle
    res = beta * input + alpha * paddle.outer(vec1, vec2)
    return write_out(res, out) if out is not None else res


def clamp_min(input: Any, min: Any, *, out: Any = None) -> Any:
    """torch.clamp_min."""
    import paddle
    res = paddle.clip(input, min=min)
    return write_out(res, out) if out is not None else res


def clamp_max(input: Any, max: Any, *, out: Any = None) -> Any:
    """torch.clamp_max."""
    import paddle
    res = paddle.clip(input, max=max)
    return write_out(res, out) if out is not None else res


def clamp_(input: Any, min: Any = None, max: Any = None) -> Any:
    """torch.clamp_: in-place clip."""
    return input.clip_(min=min, max=max)


def _promote(a: Any, b: Any) -> tuple[Any, Any]:
    """``a`` and ``b`` with an integer one cast to the other's floating dtype (torch's promotion)."""
    if a.is_floating_point() and not b.is_floating_point():
        return a, b.astype(a.dtype)
    if b.is_floating_point() and not a.is_floating_point():
        return a.astype(b.dtype), b
    return a, b


def _float_of(x: Any) -> Any:
    """``x`` as a floating tensor (the default dtype for integers), as torch's float ops promote."""
    import paddle
    return x if x.is_floating_point() or x.is_complex() else x.astype(paddle.get_default_dtype())


def exp2(input: Any, *, out: Any = None) -> Any:
    """torch.exp2: 2 ** input."""
    import paddle
    x = _float_of(input)
    res = paddle.pow(paddle.full_like(x, 2.0), x)
    return write_out(res, out) if out is not None else res


def float_power(input: Any, exponent: Any, *, out: Any = None) -> Any:
    """torch.float_power: the power in double precision."""
    import paddle
    x = input.astype(paddle.float64) if _is_tensor(input) else paddle.to_tensor(input, dtype=paddle.float64)
    e = exponent.astype(paddle.float64) if _is_tensor(exponent) else float(exponent)
    res = paddle.pow(x, e)
    return write_out(res, out) if out is not None else res


def logaddexp2(input: Any, other: Any, *, out: Any = None) -> Any:
    """torch.logaddexp2: log2(2**input + 2**other), computed stably."""
    import paddle
    input, other = _promote(_tensor(input), _tensor(other, input))
    m = paddle.maximum(input, other)
    res = m + paddle.log2(1 + paddle.pow(paddle.full_like(m, 2.0), -paddle.abs(input - other)))
    return write_out(res, out) if out is not None else res


def xlogy(input: Any, other: Any, *, out: Any = None) -> Any:
    """torch.xlogy: input * log(other), 0 where input is 0 (unless other is nan)."""
    import paddle
    if not _is_tensor(input):
        input = _tensor(input, other if _is_tensor(other) else None)
    x, y = _float_of(input), _float_of(_tensor(other, input))
    res = paddle.where((x == 0) & ~paddle.isnan(y), paddle.zeros_like(x * y), x * paddle.log(y))
    return write_out(res, out) if out is not None else res


def erfc(input: Any, *, out: Any = None) -> Any:
    """torch.erfc: 1 - erf(input)."""
    import paddle
    res = 1 - paddle.erf(input)
    return write_out(res, out) if out is not None else res


def vdot(input: Any, other: Any, *, out: Any = None) -> Any:
    """torch.vdot: the dot product of conj(input) and other (1-D)."""
    import paddle
    res = paddle.sum(paddle.conj(input) * other)
    return write_out(res, out) if out is not None else res


def scalar_tensor(s: Any, *, dtype: Any = None, layout: Any = None, device: Any = None, requires_grad: bool = False,
                  pin_memory: bool = False) -> Any:
    """torch.scalar_tensor: a 0-d tensor (default float dtype)."""
    import paddle
    res = paddle.to_tensor(s, dtype=dtype or paddle.get_default_dtype())
    if device is not None:
        res = res.to(device)
    res.stop_gradient = not requires_grad
    return res


def _assert(condition: Any, message: str) -> None:
    """torch._assert: ``assert condition, message`` (symbolically traceable in torch)."""
    assert condition, message


class inference_mode:
    """torch.inference_mode: no gradients recorded inside, recorded again under inference_mode(False)
    (a context manager and a decorator)."""

    def __init__(self, mode: Any = True) -> None:
        self._fn = mode if callable(mode) else None
        self.mode = True if callable(mode) else bool(mode)
        self._ctx: Any = None
        if self._fn is not None:
            functools.update_wrapper(self, self._fn)

    def __enter__(self) -> "inference_mode":
        import paddle
        self._ctx = paddle.no_grad() if self.mode else paddle.enable_grad()  # torch: grad mode = not mode
        self._ctx.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._ctx.__exit__(*exc)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._fn is not None:   # @inference_mode without parentheses
            with inference_mode(True):
                return self._fn(*args, **kwargs)
        fn = args[0]

        @functools.wraps(fn)
        def run(*a: Any, **k: Any) -> Any:
            with inference_mode(self.mode):
                return fn(*a, **k)
        return run


def initial_seed() -> int:
    """torch.initial_seed: the initial seed of the default CPU generator."""
    import paddle
    return int(paddle.base.core.default_cpu_generator().initial_seed())


def detach(input: Any) -> Any:
    """torch.detach: the tensor cut from the autograd graph."""
    return input.detach()


def select(input: Any, dim: int, index: int) -> Any:
    """torch.select: the slice at ``index`` along ``dim`` (that dimension removed)."""
    dim = dim + input.ndim if dim < 0 else dim
    return input[(slice(None),) * dim + (index,)]


def fliplr(input: Any) -> Any:
    """torch.fliplr."""
    import paddle
    return paddle.flip(input, axis=[1])


def flipud(input: Any) -> Any:
    """torch.flipud."""
    import paddle
    return paddle.flip(input, axis=[0])


def chain_matmul(*matrices: Any, out: Any = None) -> Any:
    """torch.chain_matmul: paddle.linalg.multi_dot."""
    import paddle
    res = matrices[0] if len(matrices) == 1 else paddle.linalg.multi_dot(list(matrices))
    return write_out(res, out) if out is not None else res


def trapz(y: Any, x: Any = None, *, dx: Any = None, dim: int = -1) -> Any:
    """torch.trapz: paddle.trapezoid."""
    import paddle
    if x is not None and not _is_tensor(x):  # trapz(y, dx, dim=) scalar spacing form
        return paddle.trapezoid(y, dx=x, axis=dim)
    return paddle.trapezoid(y, x=x, dx=dx, axis=dim)


def conj_physical(input: Any, *, out: Any = None) -> Any:
    """torch.conj_physical: paddle.conj."""
    import paddle
    res = paddle.conj(input)
    return write_out(res, out) if out is not None else res


MISSING_TOP: dict[str, Callable] = {
    "aminmax": aminmax, "std_mean": std_mean, "var_mean": var_mean, "fmod": fmod, "movedim": movedim,
    "narrow_copy": narrow_copy, "expand_copy": expand_copy, "index_copy": index_copy, "is_nonzero": is_nonzero,
    "addcdiv": addcdiv, "addcmul": addcmul, "addbmm": addbmm, "addr": addr, "clamp_min": clamp_min,
    "clamp_max": clamp_max, "clamp_": clamp_, "exp2": exp2, "float_power": float_power, "logaddexp2": logaddexp2,
    "xlogy": xlogy, "erfc": erfc, "vdot": vdot, "scalar_tensor": scalar_tensor, "_assert": _assert,
    "inference_mode": inference_mode, "select": select, "fliplr": fliplr, "flipud": flipud,
    "chain_matmul": chain_matmul, "trapz": trapz, "conj_physical": conj_physical, "detach": detach,
    "initial_seed": initial_seed,
}


@patch("functions-missing", [f"torch.{n}" for n in MISSING_TOP], "paddle.<name>", "new API",
       "torch functions paddle lacks, built from paddle operations (dev cases failing on the missing name: "
       "expand_copy 16, aminmax 15, _assert 12, movedim 12, inference_mode 11, fmod 10, narrow_copy 9, std_mean 9, "
       "var_mean 9, index_copy 8, is_nonzero 8, addcdiv/addcmul 14, clamp_* 19, exp2 7, float_power 7, "
       "logaddexp2 7, scalar_tensor 7, xlogy 7, addbmm/addr 12, erfc 6, vdot 5 ...)")
def missing(p: Patcher) -> None:
    import paddle
    for n, fn in MISSING_TOP.items():
        if not hasattr(paddle, n):
            p.add(paddle, n, torch_kwargs(fn) if isinstance(fn, type(missing)) else fn)



ALIASES = {"arctanh": "atanh", "arccos": "acos", "arccosh": "acosh", "arcsin": "asin", "arcsinh": "asinh",
           "arctan": "atan", "arctan2": "atan2", "absolute": "abs", "negative": "neg", "true_divide": "divide",
           "igamma": "gammainc", "igammac": "gammaincc"}


@patch("functions-aliases", [f"torch.{n}" for n in ALIASES], "paddle.<numpy-style name>", "new API",
       "torch's numpy-style aliases are missing (dev: arctanh 6, arccos/arccosh/arcsin/arcsinh/arctan2/absolute "
       "5 each, igamma 4)")
def aliases(p: Patcher) -> None:
    import paddle
    for n, target in ALIASES.items():
        if not hasattr(paddle, n) and hasattr(paddle, target):
            p.add(paddle, n, torch_kwargs(getattr(paddle, target)))


class svd_result(NamedTuple):
    """torch.return_types.svd: U, S and V (not V^H)."""
    U: Any
    S: Any
    V: Any


def svd(input: Any, some: bool = True, compute_uv: bool = True, *, out: Any = None) -> svd_result:
    """torch.svd: (U, S, V) with V = Vh^H; zero U and V when compute_uv is False."""
    import paddle
    u, s, vh = paddle.linalg.svd(input, full_matrices=not some)
    v = paddle.conj(vh.transpose(list(range(vh.ndim - 2)) + [vh.ndim - 1, vh.ndim - 2]))
    if not compute_uv:
        u, v = paddle.zeros_like(u), paddle.zeros_like(v)
    res = svd_result(u, s, v)
    return write_out(res, out) if out is not None else res


def cholesky_solve(input: Any, input2: Any, upper: bool = False, *, out: Any = None) -> Any:
    """torch.cholesky_solve(B, L): paddle.linalg.cholesky_solve(B, L)."""
    import paddle
    res = paddle.linalg.cholesky_solve(input, input2, upper=upper)
    return write_out(res, out) if out is not None else res


def logdet(input: Any) -> Any:
    """torch.logdet: log of the determinant (nan for a negative one)."""
    import paddle
    sign, logabs = paddle.compat.slogdet(input)
    return paddle.where(sign < 0, paddle.full_like(logabs, float("nan")), logabs + paddle.log(sign.astype(logabs.dtype)))


def cov(input: Any, *, correction: int = 1, fweights: Any = None, aweights: Any = None) -> Any:
    """torch.cov: paddle.linalg.cov (correction 0 or 1)."""
    import paddle
    if correction not in (0, 1):
        raise NotImplementedError(f"cov: paddle supports correction 0 or 1, not {correction}")
    return paddle.linalg.cov(input, rowvar=True, ddof=bool(correction), fweights=fweights, aweights=aweights)


class lu_factor_result(NamedTuple):
    """torch.return_types.linalg_lu_factor."""
    LU: Any
    pivots: Any


class lu_factor_ex_result(NamedTuple):
    """torch.return_types.linalg_lu_factor_ex."""
    LU: Any
    pivots: Any
    info: Any


def lu_factor(A: Any, *, pivot: bool = True, out: Any = None) -> lu_factor_result:
    """torch.linalg.lu_factor: paddle.linalg.lu."""
    import paddle
    res = lu_factor_result(*paddle.linalg.lu(A, pivot=pivot))
    return write_out(res, out) if out is not None else res


def lu_factor_ex(A: Any, *, pivot: bool = True, check_errors: bool = False, out: Any = None) -> lu_factor_ex_result:
    """torch.linalg.lu_factor_ex: paddle.linalg.lu with its infos."""
    import paddle
    lu, piv, info = paddle.linalg.lu(A, pivot=pivot, get_infos=True)
    if check_errors and bool((info != 0).any()):
        raise RuntimeError("linalg.lu_factor_ex: the factorization failed (singular input)")
    res = lu_factor_ex_result(lu, piv, info)
    return write_out(res, out) if out is not None else res


def lu(A: Any, pivot: bool = True, get_infos: bool = False, out: Any = None) -> tuple:
    """torch.lu: (LU, pivots[, infos]) from paddle.linalg.lu."""
    import paddle
    res = tuple(paddle.linalg.lu(A, pivot=pivot, get_infos=get_infos))
    return write_out(res, out) if out is not None else res


class inv_ex_result(NamedTuple):
    """torch.return_types.linalg_inv_ex."""
    inverse: Any
    info: Any


def inv_ex(A: Any, *, check_errors: bool = False, out: Any = None) -> inv_ex_result:
    """torch.linalg.inv_ex: the inverse and a zero info (paddle raises on a singular input)."""
    import paddle
    inverse = paddle.linalg.inv(A)
    res = inv_ex_result(inverse, paddle.zeros(A.shape[:-2], dtype=paddle.int32))
    return write_out(res, out) if out is not None else res


LINALG_TOP = ("det", "slogdet", "matrix_power", "cholesky_inverse", "lu_unpack", "svd_lowrank", "pca_lowrank",
              "corrcoef", "cholesky")


@patch("functions-linalg-toplevel", ["torch.svd", "torch.cholesky_solve", "torch.logdet", "torch.cov", "torch.lu"]
       + [f"torch.{n}" for n in LINALG_TOP], "paddle.<linalg name>", "new API",
       "torch keeps linalg functions at the top level; paddle 3.3 has them in paddle.linalg only (dev: lu 15, "
       "svd_lowrank 7, cholesky_inverse 7, lu_unpack 7, matrix_power 7, cov 7, cholesky_solve 6, det 5, "
       "slogdet 5, svd 5, pca_lowrank 5, logdet 3)")
def linalg_top(p: Patcher) -> None:
    import paddle
    for n in LINALG_TOP:
        if not hasattr(paddle, n) and hasattr(paddle.linalg, n):
            src = paddle.compat.slogdet if n == "slogdet" else getattr(paddle.linalg, n)
            p.add(paddle, n, torch_kwargs(src))
    for n, fn in (("svd", svd), ("cholesky_solve", cholesky_solve), ("logdet", logdet), ("cov", cov), ("lu", lu)):
        if not hasattr(paddle, n):
            p.add(paddle, n, torch_kwargs(fn))


@patch("functions-linalg-missing", ["torch.linalg.lu_factor", "torch.linalg.lu_factor_ex", "torch.linalg.inv_ex"],
       "paddle.linalg.lu_factor, lu_factor_ex, inv_ex", "new API",
       "torch.linalg.lu_factor(_ex) and inv_ex are missing (dev: lu_factor 8 via lu_solve, lu_factor_ex 6, inv_ex 5)")
def linalg_missing(p: Patcher) -> None:
    import paddle
    for n, fn in (("lu_factor", lu_factor), ("lu_factor_ex", lu_factor_ex), ("inv_ex", inv_ex)):
        p.add(paddle.linalg, n, torch_kwargs(fn))


# --------------------------------------------------------------------------- torch.special

def polygamma(n: int, input: Any, *, out: Any = None) -> Any:
    """torch.special.polygamma(n, input): paddle.polygamma(x, n)."""
    import paddle
    res = paddle.polygamma(input, n)
    return write_out(res, out) if out is not None else res


def ndtri(input: Any, *, out: Any = None) -> Any:
    """torch.special.ndtri: the inverse of the standard normal CDF, sqrt(2) * erfinv(2p - 1)."""
    import paddle
    res = math.sqrt(2.0) * paddle.erfinv(2 * input - 1)
    return write_out(res, out) if out is not None else res


def ndtr(input: Any, *, out: Any = None) -> Any:
    """torch.special.ndtr: the standard normal CDF."""
    import paddle
    res = 0.5 * (1 + paddle.erf(input / math.sqrt(2.0)))
    return write_out(res, out) if out is not None else res


def xlog1py(input: Any, other: Any, *, out: Any = None) -> Any:
    """torch.special.xlog1py: input * log1p(other), 0 where input is 0 (unless other is nan)."""
    import paddle
    if not _is_tensor(input):
        input = _tensor(input, other if _is_tensor(other) else None)
    x, y = _float_of(input), _float_of(_tensor(other, input))
    res = paddle.where((x == 0) & ~paddle.isnan(y), paddle.zeros_like(x * y), x * paddle.log1p(y))
    return write_out(res, out) if out is not None else res


def entr(input: Any, *, out: Any = None) -> Any:
    """torch.special.entr: -x log x (0 at 0, -inf below 0)."""
    import paddle
    x = _float_of(input)
    res = paddle.where(x > 0, -x * paddle.log(x), paddle.where(x == 0, paddle.zeros_like(x),
                                                                paddle.full_like(x, float("-inf"))))
    res = paddle.where(paddle.isnan(x), x, res)
    return write_out(res, out) if out is not None else res


SPECIAL_FROM_PADDLE = ("digamma", "erfinv", "gammaln", "i0", "i0e", "i1", "i1e", "log1p", "multigammaln", "round",
                       "erf", "sinc", "logit", "gammainc", "gammaincc", "expm1", "exp2", "erfc", "xlogy", "logsumexp",
                       "softmax")


@patch("functions-special", [f"torch.special.{n}" for n in SPECIAL_FROM_PADDLE]
       + ["torch.special.psi", "torch.special.polygamma", "torch.special.ndtri", "torch.special.ndtr",
          "torch.special.xlog1py", "torch.special.entr", "torch.special.expit"],
       "paddle.special.*", "new API",
       "paddle.special has only expm1/logsumexp/softmax; torch.special's functions exist in paddle under the top "
       "level (dev: 5 cases each for digamma, erfinv, gammaln, i0, i0e, i1e, log1p, multigammaln, ndtri, "
       "polygamma, psi, xlogy; round 7, gammainc(c) 8)")
def special(p: Patcher) -> None:
    import paddle
    import paddle.nn.functional as F
    extra = {"psi": paddle.digamma, "polygamma": polygamma, "ndtri": ndtri, "ndtr": ndtr, "xlog1py": xlog1py,
             "entr": entr, "expit": F.sigmoid}
    for n in SPECIAL_FROM_PADDLE:
        if not hasattr(paddle.special, n) and hasattr(paddle, n):
            p.add(paddle.special, n, torch_kwargs(getattr(paddle, n)))
    for n, fn in extra.items():
        if not hasattr(paddle.special, n):
            p.add(paddle.special, n, torch_kwargs(fn))


# --------------------------------------------------------------------------- torch call forms paddle refuses

@patch("functions-varargs-tensors", ["torch.block_diag", "torch.broadcast_tensors"],
       "paddle.block_diag, paddle.broadcast_tensors", "signature",
       "torch.block_diag(*tensors) and broadcast_tensors(*tensors) take tensors as separate arguments, paddle a "
       "list (dev: block_diag 7, broadcast_tensors 6); switched on a 2nd positional Tensor (paddle's is a name)")
def varargs_tensors(p: Patcher) -> None:
    import paddle

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def varargs(*args: Any, **kwargs: Any) -> Any:
            if len(args) >= 2 and all(_is_tensor(a) for a in args) and not kwargs:
                return f(list(args))
            return f(*args, **kwargs)
        return varargs
    for n in ("block_diag", "broadcast_tensors"):
        p.wrap(paddle, n, wrap)


@patch("functions-lu-solve-order", "torch.linalg.lu_solve", "paddle.linalg.lu_solve", "signature",
       "torch.linalg.lu_solve(LU, pivots, B, left=, adjoint=) puts B last, paddle's lu_solve(b, lu, pivots) first "
       "(dev: 8 cases); switched when the 2nd argument is integer pivots (paddle's 2nd is the float LU)")
def lu_solve(p: Patcher) -> None:
    import paddle

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def lu_solve_(*args: Any, **kwargs: Any) -> Any:
            torch_form = ("LU" in kwargs or "left" in kwargs or "adjoint" in kwargs
                          or (len(args) >= 2 and _is_tensor(args[1]) and not args[1].is_floating_point()
                              and not args[1].is_complex()))
            if not torch_form:
                return f(*args, **kwargs)
            names = ("LU", "pivots", "B")
            kw = dict(zip(names, args))
            kw.update(kwargs)
            out = kw.pop("out", None)
            left, adjoint = kw.pop("left", True), kw.pop("adjoint", False)
            LU, piv, B = kw.pop("LU"), kw.pop("pivots"), kw.pop("B")
            if kw:
                raise TypeError(f"lu_solve() got unexpected keyword arguments {sorted(kw)}")
            if left:
                res = f(B, LU, piv, trans="C" if adjoint else "N")
            else:  # X A = B  <=>  A^H X^H = B^H
                bt = paddle.conj(B.transpose(list(range(B.ndim - 2)) + [B.ndim - 1, B.ndim - 2]))
                xt = f(bt, LU, piv, trans="N" if adjoint else "C")
                res = paddle.conj(xt.transpose(list(range(xt.ndim - 2)) + [xt.ndim - 1, xt.ndim - 2]))
            return write_out(res, out) if out is not None else res
        return lu_solve_
    p.wrap(paddle.linalg, "lu_solve", wrap)


def _sparse_factory(fn: Callable, n_index: int) -> Callable:
    """torch.sparse_{coo,csr}_tensor on paddle.sparse's (size=, device=, requires_grad=, check_invariants=)."""

    def factory(*args: Any, size: Any = None, dtype: Any = None, device: Any = None, requires_grad: bool = False,
                check_invariants: Any = None, pin_memory: bool = False, layout: Any = None, **kw: Any) -> Any:
        if "shape" in kw:
            size = kw.pop("shape")
        for torch_name in ("indices", "crow_indices", "col_indices", "values"):
            if torch_name in kw:  # keyword arguments in torch's order
                names = ("indices", "values") if n_index == 1 else ("crow_indices", "col_indices", "values")
                args = tuple(args) + tuple(kw.pop(n) for n in names[len(args):])
                break
        if len(args) > n_index + 1:
            args, size = args[:n_index + 1], args[n_index + 1]
        res = fn(*args, shape=size, dtype=dtype, stop_gradient=not requires_grad, **kw)
        return res
    factory.__name__ = fn.__name__
    return factory


@patch("functions-sparse-factories", ["torch.sparse_coo_tensor", "torch.sparse_csr_tensor"],
       "paddle.sparse_coo_tensor, paddle.sparse_csr_tensor", "new API",
       "torch.sparse_coo_tensor/sparse_csr_tensor are paddle.sparse's, at the top level with size= (dev: 12 cases)")
def sparse_factories(p: Patcher) -> None:
    import paddle
    p.add(paddle, "sparse_coo_tensor", _sparse_factory(paddle.sparse.sparse_coo_tensor, 1))
    p.add(paddle, "sparse_csr_tensor", _sparse_factory(paddle.sparse.sparse_csr_tensor, 2))


def _dtype_kind(dt: Any) -> int:
    """0 bool, 1 integer, 2 floating, 3 complex (torch's casting categories)."""
    import paddle
    if dt == paddle.bool:
        return 0
    if dt in (paddle.complex64, paddle.complex128):
        return 3
    if dt in (paddle.float16, paddle.bfloat16, paddle.float32, paddle.float64):
        return 2
    return 1


def can_cast(from_: Any, to: Any) -> bool:
    """torch.can_cast: casting allowed under torch's same-kind rule (never to a lower category)."""
    return _dtype_kind(from_) <= _dtype_kind(to)


@patch("functions-can-cast", "torch.can_cast", "paddle.can_cast", "new API",
       "torch.can_cast is missing (dev: 5 cases)")
def can_cast_patch(p: Patcher) -> None:
    import paddle
    p.add(paddle, "can_cast", can_cast)


def stft(input: Any, n_fft: int, hop_length: Any = None, win_length: Any = None, window: Any = None,
         center: bool = True, pad_mode: str = "reflect", normalized: bool = False, onesided: Any = None,
         return_complex: Any = None) -> Any:
    """torch.stft on paddle.signal.stft (return_complex=False gives torch's real view)."""
    import paddle
    res = paddle.signal.stft(input, n_fft, hop_length=hop_length, win_length=win_length, window=window,
                             center=center, pad_mode=pad_mode, normalized=normalized, onesided=onesided)
    if return_complex is False:
        res = paddle.as_real(res)
    return res


def istft(input: Any, n_fft: int, hop_length: Any = None, win_length: Any = None, window: Any = None,
          center: bool = True, normalized: bool = False, onesided: Any = None, length: Any = None,
          return_complex: bool = False) -> Any:
    """torch.istft on paddle.signal.istft."""
    import paddle
    if onesided is None:  # torch: one-sided unless the input holds all n_fft frequencies
        onesided = input.shape[-2] != n_fft
    return paddle.signal.istft(input, n_fft, hop_length=hop_length, win_length=win_length, window=window,
                               center=center, normalized=normalized, onesided=onesided, length=length,
                               return_complex=return_complex)


@patch("functions-stft", ["torch.stft", "torch.istft"], "paddle.stft, paddle.istft", "new API",
       "torch.stft/istft are paddle.signal's, at the top level (dev: stft 6, istft 7)")
def stft_patch(p: Patcher) -> None:
    import paddle
    p.add(paddle, "stft", torch_kwargs(stft))
    p.add(paddle, "istft", torch_kwargs(istft))


@patch("functions-gumbel-softmax", "torch.nn.functional.gumbel_softmax", "paddle.nn.functional.gumbel_softmax",
       "signature", "F.gumbel_softmax(logits, tau, hard, eps, dim): torch's 4th positional is eps, paddle's the "
       "axis; tau=/dim=/logits= refused (dev: 9 cases)")
def gumbel(p: Patcher) -> None:
    import paddle.nn.functional as F

    def wrap(f: Callable) -> Callable:
        kw_f = torch_kwargs(f)

        @functools.wraps(f)
        def gumbel_softmax(*args: Any, **kwargs: Any) -> Any:
            if len(args) >= 4 and isinstance(args[3], float) or "eps" in kwargs:  # torch: eps (unused there too)
                args = args[:3] + args[4:]
                kwargs.pop("eps", None)
                if len(args) >= 4:
                    kwargs["axis"], args = args[3], args[:3]
            return kw_f(*args, **kwargs)
        return gumbel_softmax
    p.wrap(F, "gumbel_softmax", wrap)


def _iinfo_wrap(f: Callable) -> Callable:
    """paddle.iinfo/finfo that also take torch's ``type=`` keyword."""

    @functools.wraps(f)
    def info(*args: Any, **kwargs: Any) -> Any:
        if "type" in kwargs:
            args, kwargs = (kwargs.pop("type"),) + args, kwargs
        return f(*args, **kwargs)
    return info


@patch("functions-iinfo-type", ["torch.iinfo", "torch.finfo"], "paddle.iinfo, paddle.finfo", "argument alias",
       "torch.iinfo(type=...) is refused (dev: 4 cases)")
def iinfo(p: Patcher) -> None:
    import paddle
    p.wrap(paddle, "iinfo", _iinfo_wrap)
    p.wrap(paddle, "finfo", _iinfo_wrap)


def sparse_(tensor: Any, sparsity: float, std: float = 0.01, generator: Any = None) -> Any:
    """torch.nn.init.sparse_: N(0, std) entries with ceil(sparsity * rows) zeros in each column."""
    import paddle
    if tensor.ndim != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    rows, cols = tensor.shape
    num_zeros = int(math.ceil(sparsity * rows))
    with paddle.no_grad():
        vals = paddle.normal(0.0, std, shape=[rows, cols]).astype(tensor.dtype)
        if num_zeros:
            order = paddle.argsort(paddle.rand([rows, cols]), axis=0)[:num_zeros]
            mask = paddle.ones([rows, cols], dtype=tensor.dtype)
            mask = paddle.put_along_axis(mask, order, paddle.zeros([num_zeros, cols], dtype=tensor.dtype), 0)
            vals = vals * mask
        paddle.assign(vals, tensor)
    return tensor


@patch("functions-init-sparse", "torch.nn.init.sparse_", "paddle.nn.init.sparse_", "new API",
       "torch.nn.init.sparse_ is missing (dev: 5 cases)")
def init_sparse(p: Patcher) -> None:
    import paddle
    p.add(paddle.nn.init, "sparse_", sparse_)


LEGACY_LOSSES: dict[str, tuple[str, ...]] = {
    # torch's positional parameters, with the deprecated size_average/reduce among them
    "kl_div": ("input", "target", "size_average", "reduce", "reduction", "log_target"),
    "l1_loss": ("input", "target", "size_average", "reduce", "reduction"),
    "mse_loss": ("input", "target", "size_average", "reduce", "reduction"),
    "soft_margin_loss": ("input", "target", "size_average", "reduce", "reduction"),
    "smooth_l1_loss": ("input", "target", "size_average", "reduce", "reduction", "beta"),
    "hinge_embedding_loss": ("input", "target", "margin", "size_average", "reduce", "reduction"),
    "margin_ranking_loss": ("input1", "input2", "target", "margin", "size_average", "reduce", "reduction"),
    "cosine_embedding_loss": ("input1", "input2", "target", "margin", "size_average", "reduce", "reduction"),
    "triplet_margin_loss": ("anchor", "positive", "negative", "margin", "p", "eps", "swap", "size_average",
                            "reduce", "reduction"),
    "multi_margin_loss": ("input", "target", "p", "margin", "weight", "size_average", "reduce", "reduction"),
    "poisson_nll_loss": ("input", "target", "log_input", "full", "size_average", "eps", "reduce", "reduction"),
    "nll_loss": ("input", "target", "weight", "size_average", "ignore_index", "reduce", "reduction"),
}


@patch("functions-loss-legacy-positional", [f"torch.nn.functional.{n}" for n in LEGACY_LOSSES],
       "paddle.nn.functional.<loss>", "signature",
       "torch losses take the deprecated size_average/reduce flags positionally before reduction, where paddle's "
       "reduction string goes (dev: kl_div 5 cases); switched only on a bool/None where paddle has its reduction "
       "string (or a bool where it has name, or past its parameters): paddle's own kl_div(x, y, 'mean', False) "
       "keeps its meaning")
def loss_legacy_positional(p: Patcher) -> None:
    import paddle.nn.functional as F

    def wrap(f: Callable, names: tuple[str, ...]) -> Callable:
        flags = [i for i, n in enumerate(names) if n in ("size_average", "reduce")]
        kw_f = torch_kwargs(f)
        own = [n for n in _params(f)[0]]

        def torch_flag(i: int, v: Any) -> bool:
            """A flag value where paddle could not take it: its reduction string, its name, or past its end."""
            if i >= len(own):
                return v is None or isinstance(v, bool)
            return (own[i] == "reduction" and (v is None or isinstance(v, bool))) or \
                (own[i] == "name" and isinstance(v, bool))

        @functools.wraps(f)
        def loss(*args: Any, **kwargs: Any) -> Any:
            if len(args) > len(own) or any(i < len(args) and torch_flag(i, args[i]) for i in flags):
                kwargs.update(zip(names, args))
                return F.smooth_l1_loss(**kwargs) if names[-1] == "beta" else kw_f(**kwargs)
            return f(*args, **kwargs)
        return loss
    for n, names in LEGACY_LOSSES.items():
        p.wrap(F, n, lambda f, names=names: wrap(f, names))


FOREACH_UNARY = ("abs", "acos", "asin", "atan", "ceil", "cos", "cosh", "erf", "erfc", "exp", "expm1", "floor", "frac",
                 "lgamma", "log", "log10", "log1p", "log2", "neg", "reciprocal", "round", "sigmoid", "sign", "sin",
                 "sinh", "sqrt", "tan", "tanh", "trunc")


def _unary(name: str) -> Callable:
    """paddle's out-of-place unary op ``name`` (torch's name where paddle's differs)."""
    import paddle
    return getattr(paddle, name)


def _foreach(name: str) -> Callable:
    """torch._foreach_<name>(self): the op applied to each tensor of a list."""

    def foreach(self: Any) -> list:
        op = _unary(name)
        return [op(t) for t in self]
    foreach.__name__ = f"_foreach_{name}"
    return foreach


def _foreach_inplace(name: str) -> Callable:
    """torch._foreach_<name>_(self): the op applied in place to each tensor of a list (which is returned)."""

    def foreach_(self: Any) -> Any:
        import paddle
        op = _unary(name)
        for t in self:
            paddle.assign(op(t), t)
        return self
    foreach_.__name__ = f"_foreach_{name}_"
    return foreach_


def _foreach_zero_(self: Any) -> Any:
    """torch._foreach_zero_: each tensor of the list set to zero (the list is returned)."""
    for t in self:
        t.zero_()
    return self


INPLACE_TOP = ("ceil", "floor", "exp", "reciprocal", "sqrt", "rsqrt", "round", "trunc", "frac", "sigmoid", "tanh",
               "abs", "neg", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "square", "sign", "erf", "erfinv",
               "digamma", "lgamma", "expm1", "atan", "asin", "acos", "sinh", "cosh", "asinh", "acosh", "atanh", "i0",
               "fix", "relu", "zero")


@patch("functions-foreach", [f"torch._foreach_{n}" for n in FOREACH_UNARY]
       + [f"torch._foreach_{n}_" for n in FOREACH_UNARY] + ["torch._foreach_zero_"]
       + [f"torch.{n}_" for n in INPLACE_TOP], "paddle._foreach_*, paddle.<op>_", "new API",
       "torch's _foreach_<op>(_) list ops are missing (dev: 3 cases each, ~135 in all) and so are top-level "
       "in-place ops that paddle has only as Tensor methods (ceil_/floor_/exp_/reciprocal_: 4 each)")
def foreach(p: Patcher) -> None:
    import paddle
    for n in FOREACH_UNARY:
        if hasattr(paddle, n):
            p.add(paddle, f"_foreach_{n}", _foreach(n))
            p.add(paddle, f"_foreach_{n}_", _foreach_inplace(n))
    p.add(paddle, "_foreach_zero_", _foreach_zero_)
    for n in INPLACE_TOP:
        method = getattr(paddle.Tensor, n + "_", None)
        if not hasattr(paddle, n + "_") and method is not None:
            def inplace(input: Any, *args: Any, _m=n + "_", **kwargs: Any) -> Any:
                return getattr(input, _m)(*args, **kwargs)
            inplace.__name__ = n + "_"
            p.add(paddle, n + "_", torch_kwargs(inplace))


def _max_pool_torch_positional(d: int) -> Callable[[Callable], Callable]:
    """F.max_pool{d}d taking torch's positional order (..., padding, dilation, ceil_mode, return_indices)."""
    names = ("input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices")

    def wrap(f: Callable) -> Callable:
        kw_f = torch_kwargs(f)

        @functools.wraps(f)
        def max_pool(*args: Any, **kwargs: Any) -> Any:
            torch_form = (len(args) >= 5 and not isinstance(args[4], bool)) or \
                         (len(args) >= 7 and isinstance(args[6], bool)) or \
                         any(k in kwargs for k in ("input", "dilation", "return_indices"))
            if not torch_form:
                return f(*args, **kwargs)
            kwargs.update(zip(names, args))
            res = kw_f(**kwargs)
            if kwargs.get("return_indices"):  # torch's indices are int64 (paddle's mask int32)
                import paddle
                res = (res[0], res[1].astype(paddle.int64))
            return res
        return max_pool
    return wrap


@patch("functions-max-pool-positional", ["torch.nn.functional.max_pool1d", "torch.nn.functional.max_pool2d",
                                         "torch.nn.functional.max_pool3d"],
       "paddle.nn.functional.max_pool{1,2,3}d", "signature",
       "torch's F.max_poolNd(input, k, stride, padding, dilation, ceil_mode, return_indices) puts dilation where "
       "paddle has return_mask and return_indices where paddle has data_format (dev: 4 cases); switched on an "
       "int 5th or a bool 7th positional or torch's keywords; torch's indices are int64")
def max_pool_positional(p: Patcher) -> None:
    import paddle.nn.functional as F
    for d in (1, 2, 3):
        p.wrap(F, f"max_pool{d}d", _max_pool_torch_positional(d))


@patch("functions-index-fill-order", "torch.index_fill", "paddle.index_fill", "signature",
       "torch.index_fill(input, dim, index, value) vs paddle.index_fill(x, index, axis, value) (dev: 7 cases); "
       "switched on an int 2nd positional (paddle's is the index Tensor)")
def index_fill(p: Patcher) -> None:
    import paddle

    def wrap(f: Callable) -> Callable:
        kw_f = torch_kwargs(f)

        @functools.wraps(f)
        def index_fill_(*args: Any, **kwargs: Any) -> Any:
            if len(args) >= 3 and isinstance(args[1], int) and _is_tensor(args[2]):
                args = (args[0], args[2], args[1]) + tuple(args[3:])
            elif len(args) == 2 and isinstance(args[1], int) and "index" in kwargs:
                args, kwargs = (args[0],), {**kwargs, "axis": args[1]}
            elif "dim" in kwargs or "input" in kwargs:
                kwargs = {{"dim": "axis", "input": "x"}.get(k, k): v for k, v in kwargs.items()}
            if len(args) >= 4 and _is_tensor(args[3]):  # torch's value may be a 0-d tensor
                args = args[:3] + (args[3].item(),) + tuple(args[4:])
            return kw_f(*args, **kwargs)
        return index_fill_
    p.wrap(paddle, "index_fill", wrap)


class _Reduction:
    """torch.nn.functional._Reduction: reduction names as torch's enum values."""

    @staticmethod
    def get_enum(reduction: str) -> int:
        """'none' 0, 'mean' (or 'elementwise_mean') 1, 'sum' 2."""
        table = {"none": 0, "mean": 1, "elementwise_mean": 1, "sum": 2}
        if reduction not in table:
            raise ValueError(f"{reduction} is not a valid value for reduction")
        return table[reduction]

    @staticmethod
    def legacy_get_string(size_average: Any, reduce: Any, emit_warning: bool = True) -> str:
        """The reduction the deprecated size_average/reduce flags stand for."""
        return legacy_reduction(size_average, reduce)

    @staticmethod
    def legacy_get_enum(size_average: Any, reduce: Any, emit_warning: bool = True) -> int:
        """The enum value of :meth:`legacy_get_string`."""
        return _Reduction.get_enum(legacy_reduction(size_average, reduce))


def _erfcx_cf(x: Any, terms: int = 60) -> Any:
    """erfcx for x >= 2 by the continued fraction of erfc, evaluated from the bottom."""
    import paddle
    t = paddle.zeros_like(x)
    for k in range(terms, 0, -1):
        t = (k / 2.0) / (x + t)
    return 1.0 / (math.sqrt(math.pi) * (x + t))


def erfcx(input: Any, *, out: Any = None) -> Any:
    """torch.special.erfcx: exp(x**2) * erfc(x), without the overflow of the direct form for large x."""
    import paddle
    x = _float_of(input).astype(paddle.float64)
    direct = paddle.exp(x * x) * (1 - paddle.erf(x))
    res = paddle.where(x >= 2, _erfcx_cf(paddle.where(x >= 2, x, paddle.full_like(x, 2.0))), direct)
    res = res.astype(_float_of(input).dtype)
    return write_out(res, out) if out is not None else res


def orgqr(input: Any, tau: Any, *, out: Any = None) -> Any:
    """torch.orgqr: paddle.linalg.householder_product."""
    import paddle
    res = paddle.linalg.householder_product(input, tau)
    return write_out(res, out) if out is not None else res


_PRINT_PROFILES = {"default": dict(precision=4, threshold=1000, edgeitems=3, linewidth=80),
                   "short": dict(precision=2, threshold=1000, edgeitems=2, linewidth=80),
                   "full": dict(precision=4, threshold=2 ** 62, edgeitems=3, linewidth=80)}


@patch("functions-misc-torch", ["torch.nn.functional._Reduction", "torch.special.erfcx", "torch.orgqr",
                                "torch.set_printoptions"],
       "paddle.nn.functional._Reduction, paddle.special.erfcx, paddle.orgqr, paddle.set_printoptions", "new API",
       "F._Reduction missing (dev: 4), special.erfcx (5), orgqr (5: paddle's householder_product), "
       "set_printoptions(profile=) refused (4)")
def misc(p: Patcher) -> None:
    import paddle
    import paddle.nn.functional as F
    p.add(F, "_Reduction", _Reduction)
    p.add(paddle.special, "erfcx", torch_kwargs(erfcx))
    p.add(paddle, "orgqr", torch_kwargs(orgqr))

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def set_printoptions(*args: Any, **kwargs: Any) -> Any:
            if "profile" in kwargs:
                prof = kwargs.pop("profile")
                if prof is not None:
                    kwargs = {**_PRINT_PROFILES[prof], **kwargs}
            return f(*args, **kwargs)
        return set_printoptions
    p.wrap(paddle, "set_printoptions", wrap)


def _to_device(obj: Any, device: Any) -> Any:
    """Every tensor in a nested dict/list/tuple moved to ``device`` (torch.load's map_location)."""
    if _is_tensor(obj):
        return obj.to(device)
    if isinstance(obj, dict):
        return type(obj)((k, _to_device(v, device)) for k, v in obj.items())
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return type(obj)(_to_device(v, device) for v in obj)
    return obj


@patch("functions-save-load-kwargs", ["torch.save", "torch.load"], "paddle.save, paddle.load", "signature",
       "torch.save(_use_new_zipfile_serialization=, pickle_module=, pickle_protocol=) and torch.load(f, "
       "map_location, pickle_module, weights_only=, mmap=) and path objects are refused by paddle (dev: 9 cases)")
def save_load(p: Patcher) -> None:
    import pickle

    import paddle

    def wrap_save(f: Callable) -> Callable:
        @functools.wraps(f)
        def save(obj: Any, path: Any, *args: Any, **kwargs: Any) -> Any:
            path = os.fspath(path) if isinstance(path, os.PathLike) else path
            kwargs.pop("_use_new_zipfile_serialization", None)   # a container detail of torch's files
            if args and args[0] is pickle:                       # torch: save(obj, f, pickle_module, protocol)
                args = args[1:]
            if kwargs.get("pickle_module", pickle) is pickle:
                kwargs.pop("pickle_module", None)
            if "pickle_protocol" in kwargs:
                kwargs["protocol"] = kwargs.pop("pickle_protocol")
            return f(obj, path, *args, **kwargs)
        return save

    def wrap_load(f: Callable) -> Callable:
        @functools.wraps(f)
        def load(path: Any, *args: Any, **kwargs: Any) -> Any:
            path = os.fspath(path) if isinstance(path, os.PathLike) else path
            names = ("map_location", "pickle_module")
            kwargs.update(zip(names, args))
            map_location = kwargs.pop("map_location", None)
            if kwargs.get("pickle_module", pickle) is pickle:
                kwargs.pop("pickle_module", None)
            kwargs.pop("weights_only", None)     # a restriction on what may be unpickled, not on the result
            if kwargs.get("mmap") in (None, False):
                kwargs.pop("mmap", None)
            res = f(path, **kwargs)
            if map_location is not None and not callable(map_location) and not isinstance(map_location, dict):
                res = _to_device(res, str(map_location))
            return res
        return load
    p.wrap(paddle, "save", wrap_save)
    p.wrap(paddle, "load", wrap_load)


def _tuple(v: Any, d: int) -> tuple:
    """An int or sequence as a d-tuple."""
    return tuple(v) if isinstance(v, (list, tuple)) else (v,) * d


def dilated_max_pool(input: Any, d: int, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1,
                     ceil_mode: bool = False, return_indices: bool = False) -> Any:
    """torch's max_pool{d}d with dilation (paddle's pools have none): the max over dilated windows, and
    the flat index of each maximum within its input plane (torch's indices)."""
    import itertools

    import paddle
    k, p, dl = _tuple(kernel_size, d), _tuple(padding, d), _tuple(dilation, d)
    s = _tuple(stride, d) if stride not in (None, (), []) else k
    spatial = input.shape[-d:]
    outs = []
    for L, ki, si, pi, di in zip(spatial, k, s, p, dl):
        span = (L + 2 * pi - di * (ki - 1) - 1)
        o = (-(-span // si) if ceil_mode else span // si) + 1
        if ceil_mode and (o - 1) * si >= L + pi:
            o -= 1
        outs.append(o)
    # pad with -inf on the left by p, on the right enough for every window
    right = [max(0, (o - 1) * si + di * (ki - 1) + 1 - L - pi) for o, L, ki, si, pi, di in zip(outs, spatial, k, s, p, dl)]
    pad = []
    for pi, ri in zip(reversed(p), reversed(right)):
        pad += [pi, ri]
    lead = input.shape[:-d]
    x = input.reshape([-1, 1] + list(spatial))
    x = paddle.nn.functional.pad(x, pad, value=float("-inf"), data_format=("NCL", "NCHW", "NCDHW")[d - 1])
    coords = [paddle.arange(o) * si - pi for o, si, pi in zip(outs, s, p)]
    vals, flats = [], []
    for off in itertools.product(*[range(ki) for ki in k]):
        sl = [slice(None), slice(None)] + [slice(oi * di, oi * di + (o - 1) * si + 1, si)
                                           for oi, di, o, si in zip(off, dl, outs, s)]
        vals.append(x[tuple(sl)])
        flat = paddle.zeros([1] * d, dtype=paddle.int64)
        for axis, (c, oi, di, L) in enumerate(zip(coords, off, dl, spatial)):
            shape = [1] * d
            shape[axis] = -1
            flat = flat * L + (c + oi * di).reshape(shape)
        flats.append(paddle.expand(flat, outs))
    stacked = paddle.stack(vals, axis=0)
    arg = paddle.argmax(stacked, axis=0, keepdim=True)
    out = paddle.take_along_axis(stacked, arg, axis=0)[0].reshape(list(lead) + outs)
    if not return_indices:
        return out
    idx = paddle.stack(flats, axis=0).unsqueeze(1).unsqueeze(1)
    idx = paddle.take_along_axis(paddle.expand(idx, stacked.shape), arg, axis=0)[0].reshape(list(lead) + outs)
    return out, idx


@patch("functions-dilated-max-pool", ["torch.nn.functional.max_pool1d", "torch.nn.functional.max_pool2d",
                                      "torch.nn.functional.max_pool3d", "torch.max_pool1d", "torch.max_pool2d",
                                      "torch.max_pool3d"],
       "paddle.nn.functional.max_pool{1,2,3}d", "signature",
       "torch's max pooling takes dilation=, paddle's does not (dev: 6 cases with dilation 2); the dilated "
       "windows are pooled from paddle slices when dilation is not 1")
def dilated(p: Patcher) -> None:
    import paddle
    import paddle.nn.functional as F
    names = ("input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices")

    def wrap(f: Callable, d: int) -> Callable:
        @functools.wraps(f)
        def max_pool(*args: Any, **kwargs: Any) -> Any:
            kw = dict(zip(names, args))
            if len(args) >= 5 and not isinstance(args[4], bool) or "dilation" in kwargs:
                kw.update(kwargs)
                if "x" in kw:
                    kw["input"] = kw.pop("x")
                if kw.get("dilation", 1) not in _DEFAULT_DILATION and set(kw) <= set(names):
                    return dilated_max_pool(kw.pop("input"), d, **kw)
            return f(*args, **kwargs)
        return max_pool
    for d in (1, 2, 3):
        p.wrap(F, f"max_pool{d}d", lambda f, d=d: wrap(f, d))
        if hasattr(paddle, f"max_pool{d}d"):
            p.wrap(paddle, f"max_pool{d}d", lambda f, d=d: wrap(f, d))


BITWISE = ("bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "bitwise_left_shift", "bitwise_right_shift")


@patch("functions-bitwise-out", [f"torch.{n}" for n in BITWISE], "paddle.bitwise_*", "signature",
       "paddle's bitwise ops take out= but leave it unwritten in dynamic mode (dev: 12 cases compare out); the "
       "result is written into out, as the parameter documents")
def bitwise_out(p: Patcher) -> None:
    import paddle

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def bitwise(*args: Any, **kwargs: Any) -> Any:
            out = kwargs.pop("out", None)
            res = f(*args, **kwargs)
            return res if out is None else write_out(res, out)
        return bitwise
    for n in BITWISE:
        p.wrap(paddle, n, wrap)


@patch("functions-positional-tails", ["torch.nn.functional.dropout2d", "torch.nn.functional.dropout3d",
                                      "torch.nn.functional.max_unpool1d", "torch.nn.functional.max_unpool2d",
                                      "torch.nn.functional.max_unpool3d"],
       "paddle.nn.functional.dropout*, max_unpool*", "signature",
       "torch's positional tails differ: dropoutNd(input, p, training, inplace) where paddle has data_format 4th, "
       "max_unpoolNd(input, indices, k, stride, padding, output_size) where paddle has data_format 6th (dev: 4 "
       "cases); switched on a bool 4th / a non-string 6th positional")
def positional_tails(p: Patcher) -> None:
    import paddle.nn.functional as F

    def wrap_dropout(f: Callable) -> Callable:
        kw_f = torch_kwargs(f)

        @functools.wraps(f)
        def dropout(*args: Any, **kwargs: Any) -> Any:
            if len(args) >= 4 and isinstance(args[3], bool):
                kwargs.update(zip(("input", "p", "training", "inplace"), args))
                return kw_f(**kwargs)
            return f(*args, **kwargs)
        return dropout

    def wrap_unpool(f: Callable) -> Callable:
        kw_f = torch_kwargs(f)

        @functools.wraps(f)
        def max_unpool(*args: Any, **kwargs: Any) -> Any:
            if len(args) >= 6 and not isinstance(args[5], str):
                kwargs.update(zip(("input", "indices", "kernel_size", "stride", "padding", "output_size"), args))
                return kw_f(**kwargs)
            return f(*args, **kwargs)
        return max_unpool
    for n in ("dropout2d", "dropout3d"):
        p.wrap(F, n, wrap_dropout)
    for d in (1, 2, 3):
        p.wrap(F, f"max_unpool{d}d", wrap_unpool)


@patch("functions-std-var-correction", ["torch.std", "torch.var"], "paddle.std, paddle.var", "signature",
       "torch.std/var(..., correction=N) (the divisor N - correction) is refused by paddle, which has only the "
       "unbiased flag (dev: 2 cases)")
def std_var_correction(p: Patcher) -> None:
    import paddle

    def wrap(f: Callable, sqrt: bool) -> Callable:
        @functools.wraps(f)
        def std_var(*args: Any, **kwargs: Any) -> Any:
            if "correction" not in kwargs:
                return f(*args, **kwargs)
            kw = dict(zip(("input", "dim"), args))
            kw.update(kwargs)
            x = kw.pop("input", kw.pop("x", None))
            dim = kw.pop("dim", kw.pop("axis", None))
            out = kw.pop("out", None)
            corr, keepdim = kw.pop("correction"), kw.pop("keepdim", False)
            if kw:
                raise TypeError(f"{f.__name__}() got unexpected keyword arguments {sorted(kw)}")
            res = _var(x, dim, 1.0 if corr is None else float(corr), keepdim)[0]
            res = paddle.sqrt(res) if sqrt else res
            return write_out(res, out) if out is not None else res
        return std_var
    p.wrap(paddle, "std", lambda f: wrap(f, True))
    p.wrap(paddle, "var", lambda f: wrap(f, False))


# torch functions whose second operand may be a Python number (torch wraps it as a 0-d tensor)
SCALAR_OTHER = ("add", "subtract", "sub", "multiply", "mul", "divide", "div", "true_divide", "greater_than", "gt",
                "greater_equal", "ge", "less_than", "lt", "less_equal", "le", "not_equal", "ne", "greater", "less",
                "bitwise_and", "bitwise_or", "bitwise_xor")


def _scalar_operand(x: Any, value: Any) -> tuple[Any, Any]:
    """``(x, value)`` with the Python number ``value`` as a 0-d tensor, both in the dtype torch's
    promotion gives a tensor and a wrapped number: a float number lifts an integer or bool tensor to
    the default float dtype, an int lifts a bool tensor to int64, otherwise the tensor's dtype."""
    import paddle
    dtype = x.dtype
    if isinstance(value, float) and not (x.is_floating_point() or x.is_complex()):
        dtype = paddle.get_default_dtype()
    elif isinstance(value, int) and not isinstance(value, bool) and x.dtype == paddle.bool:
        dtype = paddle.int64
    if dtype != x.dtype:
        x = x.astype(dtype)
    return x, paddle.full([], value, dtype=dtype)


@patch("functions-scalar-other", [f"torch.{n}" for n in SCALAR_OTHER] + [f"torch.Tensor.{n}" for n in
                                                                          ("add", "sub", "subtract")],
       "paddle.add, paddle.multiply, paddle.greater_than, ...", "signature",
       "torch.mul(x, 0.5), torch.div(x, 2), torch.gt(x, 1.5): torch takes a Python number as the second operand, "
       "paddle's functions (and the add/subtract methods) raise 'argument y must be Tensor' (own corpus: 4 "
       "snippets; everyday torch code)")
def scalar_other(p: Patcher) -> None:
    import paddle

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def with_number(*args: Any, **kwargs: Any) -> Any:
            if len(args) >= 2 and isinstance(args[0], paddle.Tensor) and _is_number(args[1]):
                x, y = _scalar_operand(args[0], args[1])
                return f(x, y, *args[2:], **kwargs)
            for key in ("y", "other"):
                if key in kwargs and _is_number(kwargs[key]):
                    x = args[0] if args else kwargs.get("x", kwargs.get("input"))
                    if isinstance(x, paddle.Tensor):
                        x, kwargs[key] = _scalar_operand(x, kwargs[key])
                        if args:
                            args = (x, *args[1:])
                        else:
                            kwargs["x" if "x" in kwargs else "input"] = x
            return f(*args, **kwargs)
        return with_number

    for n in SCALAR_OTHER:
        if hasattr(paddle, n):
            p.wrap(paddle, n, wrap)
    for n in ("add", "sub", "subtract"):
        if hasattr(paddle.Tensor, n):
            p.wrap(paddle.Tensor, n, wrap)


def _is_number(v: Any) -> bool:
    """A Python (or numpy) real number, not a tensor."""
    import numbers
    return isinstance(v, numbers.Number) and not isinstance(v, complex) and not hasattr(v, "shape")


@patch("functions-linalg-triangular-lstsq", ["torch.linalg.solve_triangular", "torch.linalg.lstsq"],
       "paddle.linalg.solve_triangular, paddle.linalg.lstsq", "return type",
       "torch.linalg.solve_triangular(A, B, *, upper, left=True, unitriangular=False) is missing (paddle has "
       "triangular_solve for the left system only); torch.linalg.lstsq returns a named tuple (solution, residuals, "
       "rank, singular_values), paddle a plain tuple, so .solution fails (own corpus: 2 snippets)")
def linalg_triangular_lstsq(p: Patcher) -> None:
    import paddle
    from collections import namedtuple
    lstsq_result = namedtuple("lstsq", ("solution", "residuals", "rank", "singular_values"))

    def solve_triangular(A: Any, B: Any, *, upper: bool, left: bool = True, unitriangular: bool = False,
                         out: Any = None) -> Any:
        """torch's solve_triangular: AX = B (left) or XA = B, i.e. Aᵀ Xᵀ = Bᵀ."""
        if left:
            res = paddle.linalg.triangular_solve(A, B, upper=upper, unitriangular=unitriangular)
        else:
            bt = B.transpose([*range(B.ndim - 2), B.ndim - 1, B.ndim - 2])
            res = paddle.linalg.triangular_solve(A, bt, upper=upper, transpose=True, unitriangular=unitriangular)
            res = res.transpose([*range(res.ndim - 2), res.ndim - 1, res.ndim - 2])
        return write_out(res, out) if out is not None else res

    p.add(paddle.linalg, "solve_triangular", solve_triangular)
    p.wrap(paddle.linalg, "lstsq", lambda f: functools.wraps(f)(lambda *a, **k: lstsq_result(*f(*a, **k))))


@patch("functions-interpolate-3d-nearest", ["torch.nn.functional.interpolate", "torch.nn.Upsample",
                                            "torch.nn.functional.upsample_nearest"],
       "paddle.nn.functional.interpolate", "signature",
       "torch interpolates a 3-D (N, C, L) input with mode='nearest'; paddle raises \"'NEAREST' only support 4-D "
       "or 5-D tensor\" (own corpus: 1 snippet); the same rows on a (N, C, 1, L) view give torch's result")
def interpolate_3d_nearest(p: Patcher) -> None:
    import paddle

    names = ("x", "size", "scale_factor", "mode")

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def interpolate(*args: Any, **kwargs: Any) -> Any:
            # every call form passes through untouched unless it is a 3-D input with mode 'nearest'
            bound = dict(zip(names, args))
            bound.update({k: v for k, v in kwargs.items() if k in names})
            x = bound.get("x", kwargs.get("input"))
            if not (isinstance(x, paddle.Tensor) and x.ndim == 3 and bound.get("mode", "nearest") == "nearest"
                    and kwargs.get("data_format") in (None, "NCW")):
                return f(*args, **kwargs)
            lift = (lambda v: None if v is None else [1, *(v if isinstance(v, (list, tuple)) else [v])])
            rest = {k: v for k, v in kwargs.items() if k not in (*names, "input", "data_format")}
            out = f(x.unsqueeze(2), lift(bound.get("size")), lift(bound.get("scale_factor")), "nearest",
                    *args[4:], data_format="NCHW", **rest)
            return out.squeeze(2)
        return interpolate

    p.wrap(paddle.nn.functional, "interpolate", wrap)


@patch("functions-histc-log-softmax", ["torch.histc", "torch.log_softmax"], "paddle.histc, paddle.log_softmax",
       "new API",
       "torch.histc and the top-level torch.log_softmax are missing; paddle has histogram (int64 counts) and "
       "nn.functional.log_softmax (own corpus: 2 snippets)")
def histc_log_softmax(p: Patcher) -> None:
    import paddle

    def histc(input: Any, bins: int = 100, min: float = 0, max: float = 0, *, out: Any = None) -> Any:
        """torch's ``histc``: counts of ``bins`` equal bins over [min, max] (the data's range when both
        are 0), in the input's dtype."""
        res = paddle.histogram(input, bins=bins, min=min, max=max).astype(input.dtype)
        return write_out(res, out) if out is not None else res

    def log_softmax(input: Any, dim: int | None = None, dtype: Any = None, *, out: Any = None) -> Any:
        """torch's ``log_softmax`` (also ``torch.nn.functional.log_softmax``)."""
        if dim is None:
            dim = 0 if input.ndim in (0, 1, 3) else 1  # torch's legacy implicit dim
        res = paddle.nn.functional.log_softmax(input, axis=dim, dtype=dtype)
        return write_out(res, out) if out is not None else res

    p.add(paddle, "histc", histc)
    p.add(paddle, "log_softmax", log_softmax)
