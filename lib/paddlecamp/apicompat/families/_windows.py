"""torch.signal.windows on paddle: the same formulas as torch (a ``linspace`` in the
requested dtype, then the window's elementwise function), with torch's keyword-only
``sym``, ``dtype``, ``layout``, ``device`` and ``requires_grad`` arguments.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import paddle


def _dtype(dtype: Any) -> Any:
    """The requested dtype, or paddle's default floating dtype."""
    return paddle.get_default_dtype() if dtype is None else dtype


def _checks(name: str, M: int, dtype: Any) -> None:
    """torch's ``_window_function_checks``."""
    if M < 0:
        raise ValueError(f"{name} requires non-negative window length, got M={M}")
    if not paddle.is_floating_point(paddle.zeros([1], dtype=dtype)):
        raise ValueError(f"{name} expects floating point dtypes, got {dtype}")


def _done(t: paddle.Tensor, requires_grad: bool) -> paddle.Tensor:
    """Apply torch's ``requires_grad=`` to the result."""
    t.stop_gradient = not requires_grad
    return t


def _trivial(M: int, dtype: Any, requires_grad: bool) -> paddle.Tensor | None:
    """The empty (M == 0) and single-point (M == 1) windows, else None."""
    if M == 0:
        return _done(paddle.empty([0], dtype=dtype), requires_grad)
    if M == 1:
        return _done(paddle.ones([1], dtype=dtype), requires_grad)
    return None


def _lin(start: float, end: float, M: int, dtype: Any) -> paddle.Tensor:
    """``linspace`` in the window's dtype."""
    return paddle.linspace(start, end, M, dtype=dtype)


def _fn(f, x: paddle.Tensor) -> paddle.Tensor:
    """``f(x)`` evaluated in float64 and rounded to x's dtype (paddle's float32 sin/cos/exp can be an ulp
    off where torch's are correctly rounded, e.g. cos(2*pi) = 0.99999994)."""
    if x.dtype == paddle.float64:
        return f(x)
    return f(x.astype("float64")).astype(x.dtype)


def exponential(M: int, *, center: float | None = None, tau: float = 1.0, sym: bool = True, dtype: Any = None,
                layout: Any = None, device: Any = None, requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.exponential."""
    dtype = _dtype(dtype)
    _checks("exponential", M, dtype)
    if tau <= 0:
        raise ValueError(f"Tau must be positive, got: {tau} instead.")
    if sym and center is not None:
        raise ValueError("Center must be None for symmetric windows")
    if M == 0:
        return _done(paddle.empty([0], dtype=dtype), requires_grad)
    if center is None:
        center = (M if not sym and M > 1 else M - 1) / 2.0
    if M == 1:
        return _done(paddle.ones([1], dtype=dtype), requires_grad)
    start, constant = -center, 1 / tau
    k = _lin(start * constant, (start + (M - 1)) * constant, M, dtype)
    return _done(_fn(paddle.exp, -paddle.abs(k)), requires_grad)


def cosine(M: int, *, sym: bool = True, dtype: Any = None, layout: Any = None, device: Any = None,
           requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.cosine."""
    dtype = _dtype(dtype)
    _checks("cosine", M, dtype)
    t = _trivial(M, dtype, requires_grad)
    if t is not None:
        return t
    start, constant = 0.5, math.pi / (M + 1 if not sym and M > 1 else M)
    k = _lin(start * constant, (start + (M - 1)) * constant, M, dtype)
    return _done(_fn(paddle.sin, k), requires_grad)


def gaussian(M: int, *, std: float = 1.0, sym: bool = True, dtype: Any = None, layout: Any = None,
             device: Any = None, requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.gaussian."""
    dtype = _dtype(dtype)
    _checks("gaussian", M, dtype)
    if std <= 0:
        raise ValueError(f"Standard deviation must be positive, got: {std} instead.")
    t = _trivial(M, dtype, requires_grad)
    if t is not None:
        return t
    start = -(M if not sym and M > 1 else M - 1) / 2.0
    constant = 1 / (std * math.sqrt(2))
    k = _lin(start * constant, (start + (M - 1)) * constant, M, dtype)
    return _done(_fn(paddle.exp, -(k ** 2)), requires_grad)


def kaiser(M: int, *, beta: float = 12.0, sym: bool = True, dtype: Any = None, layout: Any = None,
           device: Any = None, requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.kaiser."""
    dtype = _dtype(dtype)
    _checks("kaiser", M, dtype)
    if beta < 0:
        raise ValueError(f"beta must be non-negative, got: {beta} instead.")
    t = _trivial(M, dtype, requires_grad)
    if t is not None:
        return t
    b = paddle.to_tensor(beta, dtype=dtype)
    start = -b
    constant = 2.0 * b / (M if not sym else M - 1)
    end = paddle.minimum(b, start + (M - 1) * constant)
    k = paddle.linspace(start, end, M, dtype=dtype)
    return _done(_fn(paddle.i0, paddle.sqrt(b * b - paddle.pow(k, 2))) / _fn(paddle.i0, b), requires_grad)


def bartlett(M: int, *, sym: bool = True, dtype: Any = None, layout: Any = None, device: Any = None,
             requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.bartlett."""
    dtype = _dtype(dtype)
    _checks("bartlett", M, dtype)
    t = _trivial(M, dtype, requires_grad)
    if t is not None:
        return t
    start, constant = -1, 2 / (M if not sym else M - 1)
    k = _lin(start, start + (M - 1) * constant, M, dtype)
    return _done(1 - paddle.abs(k), requires_grad)


def general_cosine(M: int, *, a: Iterable[float], sym: bool = True, dtype: Any = None, layout: Any = None,
                   device: Any = None, requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.general_cosine: sum_i (-1)^i a_i cos(i k)."""
    dtype = _dtype(dtype)
    _checks("general_cosine", M, dtype)
    if a is None:
        raise TypeError("Coefficients must be a list/tuple")
    t = _trivial(M, dtype, requires_grad)
    if t is not None:
        return t
    if not isinstance(a, Iterable):
        raise TypeError("Coefficients must be a list/tuple")
    if not a:
        raise ValueError("Coefficients cannot be empty")
    constant = 2 * math.pi / (M if not sym else M - 1)
    k = _lin(0, (M - 1) * constant, M, dtype)
    a_i = paddle.to_tensor([(-1) ** i * w for i, w in enumerate(a)], dtype=dtype)
    i = paddle.arange(a_i.shape[0], dtype=dtype)
    return _done((a_i.unsqueeze(-1) * _fn(paddle.cos, i.unsqueeze(-1) * k)).sum(0), requires_grad)


def general_hamming(M: int, *, alpha: float = 0.54, sym: bool = True, dtype: Any = None, layout: Any = None,
                    device: Any = None, requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.general_hamming."""
    return general_cosine(M, a=[alpha, 1.0 - alpha], sym=sym, dtype=dtype, layout=layout, device=device,
                          requires_grad=requires_grad)


def hamming(M: int, *, sym: bool = True, dtype: Any = None, layout: Any = None, device: Any = None,
            requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.hamming."""
    return general_hamming(M, sym=sym, dtype=dtype, layout=layout, device=device, requires_grad=requires_grad)


def hann(M: int, *, sym: bool = True, dtype: Any = None, layout: Any = None, device: Any = None,
         requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.hann."""
    return general_hamming(M, alpha=0.5, sym=sym, dtype=dtype, layout=layout, device=device,
                           requires_grad=requires_grad)


def blackman(M: int, *, sym: bool = True, dtype: Any = None, layout: Any = None, device: Any = None,
             requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.blackman."""
    return general_cosine(M, a=[0.42, 0.5, 0.08], sym=sym, dtype=dtype, layout=layout, device=device,
                          requires_grad=requires_grad)


def nuttall(M: int, *, sym: bool = True, dtype: Any = None, layout: Any = None, device: Any = None,
            requires_grad: bool = False) -> paddle.Tensor:
    """torch.signal.windows.nuttall."""
    return general_cosine(M, a=[0.3635819, 0.4891775, 0.1365995, 0.0106411], sym=sym, dtype=dtype, layout=layout,
                          device=device, requires_grad=requires_grad)


WINDOWS = {f.__name__: f for f in (bartlett, blackman, cosine, exponential, gaussian, general_cosine,
                                   general_hamming, hamming, hann, kaiser, nuttall)}
