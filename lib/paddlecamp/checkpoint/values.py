"""Non-tensor state as JSON, never pickle: step counters, RNG states, data-loader positions, config.

Tuples, bytes, non-finite floats, non-string dict keys and small numpy arrays (for example
``numpy.random.get_state()``) are tagged so that they come back as the same types.
Anything else is refused with the path of the offending value.
"""
from __future__ import annotations

import base64
import math
from typing import Any

import numpy as np


def encode(value: Any, where: str = "value") -> Any:
    """A JSON-serializable form of ``value`` that :func:`decode` turns back into it."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"__float__": repr(value)}
    if isinstance(value, (bytes, bytearray)):
        return {"__bytes__": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, tuple):
        return {"__tuple__": [encode(v, f"{where}[{i}]") for i, v in enumerate(value)]}
    if isinstance(value, list):
        return [encode(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("__") for k in value):
            return {k: encode(v, f"{where}.{k}") for k, v in value.items()}
        return {"__dict__": [[encode(k, f"{where}<key>"), encode(v, f"{where}[{k!r}]")] for k, v in value.items()]}
    if isinstance(value, np.generic):
        return {"__scalar__": [value.dtype.str, base64.b64encode(value.tobytes()).decode("ascii")]}
    from .entries import as_array, is_tensor
    if is_tensor(value):
        arr, name = as_array(value)
        kind = "numpy" if isinstance(value, np.ndarray) else type(value).__module__.split(".")[0]
        return {"__array__": [kind, name, list(arr.shape), base64.b64encode(arr.tobytes()).decode("ascii")]}
    raise TypeError(f"{where}: cannot save a {type(value).__name__} without pickle; "
                    "use numbers, strings, lists, dicts, bytes or tensors")


def decode(obj: Any) -> Any:
    """Inverse of :func:`encode`."""
    if isinstance(obj, list):
        return [decode(v) for v in obj]
    if not isinstance(obj, dict):
        return obj
    if len(obj) == 1:
        (tag, payload), = obj.items()
        if tag == "__float__":
            return float(payload)
        if tag == "__bytes__":
            return base64.b64decode(payload)
        if tag == "__tuple__":
            return tuple(decode(v) for v in payload)
        if tag == "__dict__":
            return {_hashable(decode(k)): decode(v) for k, v in payload}
        if tag == "__scalar__":
            return np.frombuffer(base64.b64decode(payload[1]), dtype=np.dtype(payload[0]))[0]
        if tag == "__array__":
            from .entries import DTYPES
            kind, name, shape, data = payload
            arr = np.frombuffer(base64.b64decode(data), dtype=DTYPES[name]).reshape(shape).copy()
            return to_kind(arr, name, kind)
    return {k: decode(v) for k, v in obj.items()}


def _hashable(k: Any) -> Any:
    return tuple(_hashable(x) for x in k) if isinstance(k, list) else k


def to_kind(arr: np.ndarray, name: str, kind: str) -> Any:
    """Turn a numpy array holding ``name``-typed bytes into a numpy, torch or paddle tensor."""
    if kind == "torch":
        import torch
        from .entries import TORCH_DTYPES
        t = torch.from_numpy(arr)
        target = getattr(torch, TORCH_DTYPES[name])
        return t.view(target) if t.dtype != target else t
    if kind == "paddle":
        import paddle
        t = paddle.to_tensor(arr)
        if name == "BF16":
            t = t.view(paddle.bfloat16)
        return t
    return arr
