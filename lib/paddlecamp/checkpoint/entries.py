"""What a state entry is: a full (replicated) tensor, a box of a global tensor, or a flat range.

Tensors may be torch, paddle or numpy; :func:`as_array` views each as a numpy array
without copying (through the buffer protocol or dlpack), with a safetensors dtype
name, so bfloat16 and float8 travel as their raw bits.

Anything that is not a tensor (step counters, RNG states, the data-loader position,
config) is kept as JSON by :mod:`paddlecamp.checkpoint.values`, never pickled.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

# safetensors dtype name -> numpy dtype that holds the same bytes
DTYPES: dict[str, np.dtype] = {
    "F64": np.dtype("<f8"), "F32": np.dtype("<f4"), "F16": np.dtype("<f2"),
    "BF16": np.dtype("<u2"), "F8_E4M3": np.dtype("u1"), "F8_E5M2": np.dtype("u1"),
    "I64": np.dtype("<i8"), "I32": np.dtype("<i4"), "I16": np.dtype("<i2"), "I8": np.dtype("i1"),
    "U64": np.dtype("<u8"), "U32": np.dtype("<u4"), "U16": np.dtype("<u2"), "U8": np.dtype("u1"),
    "BOOL": np.dtype("?"), "C64": np.dtype("<c8"),
}
_NUMPY_TO_ST = {np.dtype("<f8"): "F64", np.dtype("<f4"): "F32", np.dtype("<f2"): "F16",
                np.dtype("<i8"): "I64", np.dtype("<i4"): "I32", np.dtype("<i2"): "I16", np.dtype("i1"): "I8",
                np.dtype("<u8"): "U64", np.dtype("<u4"): "U32", np.dtype("<u2"): "U16", np.dtype("u1"): "U8",
                np.dtype("?"): "BOOL", np.dtype("<c8"): "C64"}
_TORCH_NAMES = {"float64": "F64", "float32": "F32", "float16": "F16", "bfloat16": "BF16",
                "float8_e4m3fn": "F8_E4M3", "float8_e5m2": "F8_E5M2", "int64": "I64", "int32": "I32",
                "int16": "I16", "int8": "I8", "uint8": "U8", "uint16": "U16", "uint32": "U32",
                "uint64": "U64", "bool": "BOOL", "complex64": "C64"}
TORCH_DTYPES = {v: k for k, v in _TORCH_NAMES.items()}
_PADDLE_NAMES = {"paddle.float64": "F64", "paddle.float32": "F32", "paddle.float16": "F16",
                 "paddle.bfloat16": "BF16", "paddle.float8_e4m3fn": "F8_E4M3", "paddle.float8_e5m2": "F8_E5M2",
                 "paddle.int64": "I64", "paddle.int32": "I32", "paddle.int16": "I16", "paddle.int8": "I8",
                 "paddle.uint8": "U8", "paddle.bool": "BOOL", "paddle.complex64": "C64"}


def dtype_name(dtype: Any) -> str:
    """The safetensors name of a numpy, torch or paddle dtype (or of such a name)."""
    if isinstance(dtype, str) and dtype in DTYPES:
        return dtype
    s = str(dtype)
    if s.startswith("torch."):
        name = _TORCH_NAMES.get(s[6:])
    elif s.startswith("paddle."):
        name = _PADDLE_NAMES.get(s)
    else:
        name = _TORCH_NAMES.get(s) or _NUMPY_TO_ST.get(np.dtype(dtype).newbyteorder("<")
                                                       if np.dtype(dtype).byteorder == ">" else np.dtype(dtype))
    if name is None:
        raise TypeError(f"unsupported tensor dtype {s}")
    return name


def is_tensor(x: Any) -> bool:
    """True for numpy arrays, torch tensors and paddle tensors."""
    if isinstance(x, np.ndarray):
        return True
    mod = type(x).__module__
    return (mod.startswith("torch") and hasattr(x, "dtype") and hasattr(x, "shape")) or \
        (mod.startswith("paddle") and hasattr(x, "place"))


def as_array(x: Any) -> tuple[np.ndarray, str]:
    """A C-contiguous numpy view of a tensor's bytes and its safetensors dtype name.

    torch and paddle CPU tensors are viewed without a copy; a non-contiguous tensor or
    one on an accelerator is copied (that copy is the only one made).
    """
    if isinstance(x, np.ndarray):
        arr = np.ascontiguousarray(x)
        return arr, dtype_name(arr.dtype)
    mod = type(x).__module__
    if mod.startswith("torch"):
        import torch
        name = dtype_name(x.dtype)
        t = x.detach()
        if t.device.type != "cpu":
            t = t.cpu()
        t = t.contiguous()
        if name in ("BF16", "F8_E4M3", "F8_E5M2"):
            t = t.view(torch.int16 if name == "BF16" else torch.uint8)
        arr = t.numpy()
        return arr.view(DTYPES[name]) if arr.dtype != DTYPES[name] else arr, name
    if mod.startswith("paddle"):
        name = dtype_name(x.dtype)
        if name in ("BF16", "F8_E4M3", "F8_E5M2"):
            import paddle
            x = x.view(paddle.uint16 if name == "BF16" else paddle.uint8) if hasattr(x, "view") else x
        try:
            arr = np.from_dlpack(x)
        except Exception:  # older paddle, or a place numpy cannot read
            arr = np.asarray(x.numpy())
        arr = np.ascontiguousarray(arr)
        return arr.view(DTYPES[name]) if arr.dtype != DTYPES[name] else arr, name
    raise TypeError(f"not a tensor: {type(x).__name__}")


def _check_shape(name: str, shape: Sequence[int]) -> tuple[int, ...]:
    out = tuple(int(n) for n in shape)
    if any(n < 0 for n in out):
        raise ValueError(f"{name}: negative size in {out}")
    return out


@dataclass(frozen=True)
class Replicated:
    """A whole tensor that every rank in ``ranks`` holds identically (default: all ranks).

    It is written once across those ranks; the writer is chosen to balance bytes.
    """
    tensor: Any
    ranks: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Shard:
    """The box of a global tensor held by this rank: ``local_tensor`` sits at ``global_offset``.

    ``replicas`` lists every rank holding the identical box (data parallel copies of a
    tensor-parallel shard); it is then written once among them.
    """
    local_tensor: Any
    global_shape: tuple[int, ...]
    global_offset: tuple[int, ...]
    replicas: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "global_shape", _check_shape("global_shape", self.global_shape))
        object.__setattr__(self, "global_offset", _check_shape("global_offset", self.global_offset))


@dataclass(frozen=True)
class FlatShard:
    """Elements ``[flat_offset, flat_offset + local_tensor.size)`` of the flattened global tensor.

    This is how ZeRO-style optimizers shard: parameters are flattened and cut by element
    count, ignoring rows. With ``box=(offsets, shape)`` the range is of that box of the
    global tensor instead (ZeRO inside a tensor-parallel shard).
    """
    local_tensor: Any
    global_shape: tuple[int, ...]
    flat_offset: int
    replicas: tuple[int, ...] | None = None
    box: tuple[tuple[int, ...], tuple[int, ...]] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "global_shape", _check_shape("global_shape", self.global_shape))
        if self.box is not None:
            off, shp = (_check_shape("box offsets", self.box[0]), _check_shape("box shape", self.box[1]))
            object.__setattr__(self, "box", (off, shp))


@dataclass(frozen=True)
class TensorSpec:
    """A tensor entry reduced to what the planners need: no data, only layout.

    ``boxes`` are ``((offsets, lengths), element_offset_in_local)`` pairs; a replicated
    tensor is one box covering everything, a flat shard is up to ``2*ndim-1`` boxes.
    """
    key: str
    dtype: str
    global_shape: tuple[int, ...]
    boxes: tuple[tuple[tuple[tuple[int, ...], tuple[int, ...]], int], ...]
    local_shape: tuple[int, ...]
    kind: str  # "full" | "shard" | "flat"
    holders: tuple[int, ...] | None = None  # ranks that hold the identical piece, None = only me
    flat_offset: int | None = None
    nbytes: int = field(default=0)


def is_entry(x: Any) -> bool:
    """True for a tensor entry: a wrapper (:class:`Shard`, :class:`FlatShard`, :class:`Replicated`) or a bare tensor."""
    return isinstance(x, (Shard, FlatShard, Replicated)) or is_tensor(x)


def entry_data(entry: Any) -> Any:
    """The tensor an entry holds (the bare tensor itself, or the wrapper's local tensor)."""
    if isinstance(entry, Replicated):
        return entry.tensor
    return entry.local_tensor if isinstance(entry, (Shard, FlatShard)) else entry


def spec_of(key: str, entry: Any, world_size: int, rank: int) -> TensorSpec:
    """Describe a state entry (a wrapper or a bare tensor, which means replicated)."""
    from .boxes import flat_to_boxes, volume
    data = entry_data(entry)
    if not isinstance(entry, (Shard, FlatShard, Replicated)):
        entry = Replicated(entry)
    shape = tuple(int(n) for n in data.shape)
    name = dtype_name(data.dtype)
    itemsize = DTYPES[name].itemsize
    if isinstance(entry, Replicated):
        holders = tuple(range(world_size)) if entry.ranks is None else tuple(sorted(entry.ranks))
        if rank not in holders:
            raise ValueError(f"{key}: Replicated.ranks {holders} does not include this rank {rank}")
        return TensorSpec(key, name, shape, (((tuple(0 for _ in shape), shape), 0),), shape, "full",
                          holders if len(holders) > 1 else None, None, volume(shape) * itemsize)
    if isinstance(entry, Shard):
        g = entry.global_shape
        if len(g) != len(shape) or len(entry.global_offset) != len(shape):
            raise ValueError(f"{key}: local shape {shape}, global_shape {g} and global_offset "
                             f"{entry.global_offset} must have the same number of dimensions")
        for a, (o, n, G) in enumerate(zip(entry.global_offset, shape, g)):
            if o + n > G:
                raise ValueError(f"{key}: shard [{o}:{o + n}] on axis {a} exceeds global size {G}")
        holders = tuple(sorted(entry.replicas)) if entry.replicas else None
        return TensorSpec(key, name, g, (((entry.global_offset, shape), 0),), shape, "shard",
                          holders if holders and len(holders) > 1 else None, None, volume(shape) * itemsize)
    n = volume(shape)
    g = entry.global_shape
    boff, bshape = entry.box if entry.box is not None else ((0,) * len(g), g)
    if len(boff) != len(g) or any(o + b > G for o, b, G in zip(boff, bshape, g)):
        raise ValueError(f"{key}: box {entry.box} does not fit global shape {g}")
    if entry.flat_offset < 0 or entry.flat_offset + n > volume(bshape):
        raise ValueError(f"{key}: flat range [{entry.flat_offset}:{entry.flat_offset + n}] is outside "
                         f"the {volume(bshape)} elements of {'box ' + str(entry.box) if entry.box else 'global shape'}"
                         f"{'' if entry.box else ' ' + str(g)}")
    boxes = tuple(((tuple(a + b for a, b in zip(o, boff)), ln), start - entry.flat_offset)
                  for (o, ln), start in flat_to_boxes(bshape, entry.flat_offset, entry.flat_offset + n))
    holders = tuple(sorted(entry.replicas)) if entry.replicas else None
    return TensorSpec(key, name, g, boxes, (n,), "flat", holders if holders and len(holders) > 1 else None,
                      entry.flat_offset, n * itemsize)
