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
