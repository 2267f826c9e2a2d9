"""Paddle's ``paddle.distributed.flex_checkpoint`` (``save_state_dict``) as a :class:`SavedIndex`.

What Paddle 3.3.1's ``save_state_dict(state, DIR)`` writes, one process or many
(checked with 1 process and with 2 processes under ``paddle.distributed.launch`` on CPU)::

    DIR/<id>.metadata          paddle.save (pickle protocol 4) of a ``Metadata`` dataclass:
                               state_dict_metadata {key: [LocalTensorMetadata(global_offset,
                               local_shape, dtype, global_shape, is_flattened, flattened_range)]}
                               storage_metadata {LocalTensorIndex(key, global_offset, ...): file}
    DIR/<rank>_<id>.distcp     paddle.save of {key: numpy array, ...} (pickle protocol 4), or
    DIR/<rank>_<id>.safetensors  with ``safetensors=True``

Replicated tensors are written once (by the least loaded holder). bfloat16 is stored as a
``uint16`` numpy array; the metadata keeps the logical dtype. A flattened shard
(``ShardedWeight(is_flattened=True)``, sharding stage 2/3) holds the elements
``flattened_range`` of its ``local_shape`` box in row-major order.

Both pickles are read without executing them. The metadata is unpickled with an
allow-list whose only classes are stand-ins for Paddle's three metadata dataclasses (no
Paddle import). The data files are walked with CPython's pure-Python unpickler, in which
the numpy array constructors are stand-ins and every ``bytes`` payload is skipped and
recorded as ``(file offset, length)`` instead of read: a numpy array inside a protocol-4
pickle is a plain C-contiguous byte run, so each array becomes a ``raw`` piece that is
read straight into its destination like any safetensors tensor, and opening the
checkpoint reads only the pickle opcodes. Anything else in the pickles (object arrays,
other classes) is refused with the file and key named.
"""
from __future__ import annotations

import os
import pickle
import re
import struct
from pathlib import Path
from typing import Any

import numpy as np

from ..boxes import flat_to_boxes, volume
from ..entries import DTYPES, dtype_name
from ..plan import CheckpointError, FileInfo, SavedIndex, SavedPiece, TensorMeta
from .hf import file_info, read_header

FORMAT = "paddle-flex"
_META = re.compile(r"^(\d+)\.metadata$")
_MAX_BYTES_SKIP = 1 << 40


# ----------------------------------------------------------------------------- stand-ins
class _Record:
    """Stand-in for Paddle's metadata dataclasses: pickle's BUILD fills ``__dict__``."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__dict__})"


class Metadata(_Record):
    pass


class LocalTensorMetadata(_Record):
    pass


class LocalTensorIndex(_Record):
    pass


_META_CLASSES = {"Metadata": Metadata, "LocalTensorMetadata": LocalTensorMetadata,
                 "LocalTensorIndex": LocalTensorIndex}
_META_MODULES = {"paddle.distributed.flex_checkpoint.dcp.metadata", "paddle.distributed.checkpoint.metadata"}


class _MetaUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module in _META_MODULES and name in _META_CLASSES:
            return _META_CLASSES[name]
        if module == "builtins" and name in ("set", "frozenset", "slice"):
            import builtins
            return getattr(builtins, name)
        raise CheckpointError(f"refusing to unpickle {module}.{name} (not Paddle checkpoint metadata)")


class _Blob:
    """A bytes payload left on disk: ``nbytes`` at file offset ``offset``."""

    __slots__ = ("offset", "nbytes")

    def __init__(self, offset: int, nbytes: int):
        self.offset, self.nbytes = offset, nbytes


class _ArrayStub:
    """What ``numpy._core.multiarray._reconstruct`` + BUILD would make, without the data."""

    def __init__(self, *args: Any):
        self.shape: tuple[int, ...] | None = None
        self.dtype: np.dtype | None = None
        self.fortran = False
        self.blob: _Blob | None = None

    def __setstate__(self, state: Any) -> None:
        try:
            _version, shape, dtype, fortran, raw = state
        except (TypeError, ValueError):
            raise CheckpointError("unexpected numpy array state in the pickle") from None
        if not isinstance(raw, _Blob) or not isinstance(dtype, np.dtype) or dtype.hasobject:
            raise CheckpointError("a numpy array whose data is not a plain byte run (object array?)")
        self.shape, self.dtype, self.fortran, self.blob = tuple(int(n) for n in shape), dtype, bool(fortran), raw


def _reconstruct(cls: Any, shape: Any, typecode: Any) -> _ArrayStub:
    return _ArrayStub()


class _NdarrayMarker:
    pass


class _Tracked:
    """A read-only file that counts its position and can skip forward."""

    def __init__(self, f, size: int):
        self.f, self.pos, self.size = f, 0, size

    def read(self, n: int = -1) -> bytes:
        data = self.f.read(n)
        self.pos += len(data)
        return data

    def readline(self) -> bytes:
        data = self.f.readline()
        self.pos += len(data)
        return data

    def readinto(self, buf) -> int:
        n = self.f.readinto(buf)
        self.pos += n
        return n

    def skip(self, n: int) -> None:
        if self.pos + n > self.size:
            raise CheckpointError(f"truncated: a {n}-byte payload at byte {self.pos} runs past the end "
                                  f"({self.size} bytes)")
        self.f.seek(n, 1)
        self.pos += n


_PyUnpickler = getattr(pickle, "_Unpickler", None)


class _DataUnpickler(_PyUnpickler):  # type: ignore[misc, valid-type]
    """The pure-Python unpickler, with numpy stand-ins and ``bytes`` payloads skipped (offsets kept)."""

    dispatch = dict(_PyUnpickler.dispatch) if _PyUnpickler is not None else {}

    def __init__(self, tracked: _Tracked):
        super().__init__(tracked)
        self._tracked = tracked
        self._frame_start = 0
        self._frame_len = 0

    def find_class(self, module: str, name: str) -> Any:
        if module in ("numpy._core.multiarray", "numpy.core.multiarray") and name == "_reconstruct":
            return _reconstruct
        if module == "numpy" and name == "ndarray":
            return _NdarrayMarker
        if module == "numpy" and name == "dtype":
            return np.dtype
        raise CheckpointError(f"refusing to unpickle {module}.{name} (only numpy arrays are expected)")

    def _load_frame(self) -> None:
        (size,) = struct.unpack("<Q", self.read(8))
        self._unframer.load_frame(size)
        self._frame_start, self._frame_len = self._tracked.pos - size, size

    def _skip_bytes(self, n: int) -> None:
        if n > _MAX_BYTES_SKIP:
            raise CheckpointError(f"implausible payload of {n} bytes")
        cf = self._unframer.current_frame
        if cf is not None and cf.tell() < self._frame_len:
            pos = self._frame_start + cf.tell()
            if cf.tell() + n > self._frame_len:
                raise CheckpointError("a payload crosses the end of its pickle frame")
            cf.seek(n, 1)
        else:
            pos = self._tracked.pos
            self._tracked.skip(n)
        self.append(_Blob(pos, n))

    def _short_binbytes(self) -> None:
        self._skip_bytes(self.read(1)[0])

    def _binbytes(self) -> None:
        self._skip_bytes(struct.unpack("<I", self.read(4))[0])

    def _binbytes8(self) -> None:
        self._skip_bytes(struct.unpack("<Q", self.read(8))[0])

    if _PyUnpickler is not None:
        dispatch[pickle.FRAME[0]] = _load_frame
        dispatch[pickle.SHORT_BINBYTES[0]] = _short_binbytes
        dispatch[pickle.BINBYTES[0]] = _binbytes
        dispatch[pickle.BINBYTES8[0]] = _binbytes8
        dispatch[pickle.BYTEARRAY8[0]] = _binbytes8


def scan_pickle_arrays(path: Path) -> tuple[dict[str, _ArrayStub], int]:
    """``{key: array stub}`` of a ``paddle.save``'d dict of numpy arrays, and the pickle's end."""
    if _PyUnpickler is None:  # pragma: no cover - every CPython has it
        raise CheckpointError(f"{path}: needs the pure-Python pickle._Unpickler to scan without loading")
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(2)
            if len(head) < 2 or head[0] != 0x80 or head[1] < 3:
                raise CheckpointError(f"{path}: not a pickle of protocol 3 or newer (protocol 2 stores "
                                      "bytes as text; re-save with protocol 4)")
            f.seek(0)
            tracked = _Tracked(f, size)
            obj = _DataUnpickler(tracked).load()
            end = tracked.pos
    except CheckpointError as e:
        msg = str(e)
        raise CheckpointError(msg if msg.startswith(str(path)) else f"{path}: {msg}") from None
    except Exception as e:
        raise CheckpointError(f"{path}: unreadable pickle: {type(e).__name__}: {e}") from None
    if not isinstance(obj, dict):
        raise CheckpointError(f"{path}: holds a {type(obj).__name__}, not a dict of arrays")
    arrays = {str(k): v for k, v in obj.items() if isinstance(v, _ArrayStub)}
    return arrays, end


# ----------------------------------------------------------------------------- reader
def _meta_files(p: Path) -> list[tuple[int, Path]]:
    out = []
    for x in p.iterdir() if p.is_dir() else ():
        m = _META.match(x.name)
        if m and x.is_file():
            out.append((int(m.group(1)), x))
    return sorted(out)


def detect(p: Path) -> bool:
    """A directory with ``<id>.metadata`` pickles (and ``<rank>_<id>.distcp``/``.safetensors`` files)."""
    files = _meta_files(p)
    if not files:
        return False
    try:
        with open(files[-1][1], "rb") as f:
            return f.read(1) == b"\x80"
    except OSError:
        return False


def read_metadata(path: Path) -> Metadata:
    """Paddle's ``Metadata`` (as a stand-in object), unpickled with the allow-list."""
    try:
        with open(path, "rb") as f:
            md = _MetaUnpickler(f).load()
    except CheckpointError as e:
        raise CheckpointError(f"{path}: {e}") from None
    except Exception as e:
        raise CheckpointError(f"{path}: unreadable Paddle checkpoint metadata: {type(e).__name__}: {e}") from None
    if not isinstance(md, Metadata) or not isinstance(getattr(md, "storage_metadata", None), dict):
        raise CheckpointError(f"{path}: not flex_checkpoint metadata")
    return md


def _dtype(name: str, where: str) -> str:
    try:
        return dtype_name(f"paddle.{name}") if not str(name).startswith("paddle.") else dtype_name(name)
    except TypeError:
        try:
            return dtype_name(np.dtype(name))
        except TypeError:
            raise CheckpointError(f"{where}: unsupported dtype {name!r}") from None


def read_index(p: Path, unique_id: int | None = None) -> SavedIndex:
    """The :class:`SavedIndex` of a flex_checkpoint directory (the newest save unless ``unique_id``)."""
    from ..storage import safe_join
    p = Path(p)
    metas = _meta_files(p)
    if not metas:
        raise CheckpointError(f"{p}: no <id>.metadata file of paddle flex_checkpoint")
    if unique_id is None:
        uid, mpath = metas[-1]
    else:
        found = [m for m in metas if m[0] == unique_id]
        if not found:
            raise CheckpointError(f"{p}: no save with id {unique_id} (have {', '.join(str(i) for i, _ in metas)})")
        uid, mpath = found[0]
    md = read_metadata(mpath)
    sdm = getattr(md, "state_dict_metadata", None) or {}
    # logical dtype and global shape per key; local tensor metadata per (key, offset, flat range)
    infos: dict[str, list] = {k: list(v) for k, v in sdm.items()}
    file_cache: dict[str, Any] = {}
    ends: dict[str, int] = {}
    tensors: dict[str, TensorMeta] = {}

    def stored(fname: str, key: str) -> tuple[str, int, tuple[int, ...], bool]:
        """(stored dtype name, byte offset, shape, fortran) of ``key`` in data file ``fname``."""
        path = safe_join(p, fname)
        if not path.is_file():
            raise CheckpointError(f"{path}: missing data file (holds {key})")
        if fname not in file_cache:
            if fname.endswith(".safetensors"):
                start, hdr, _, size = read_header(path)
                file_cache[fname] = ("st", start, hdr, size)
                ends[fname] = max([start] + [start + e["data_offsets"][1] for e in hdr.values()])
            else:
                arrays, end = scan_pickle_arrays(path)
                file_cache[fname] = ("pkl", arrays, path.stat().st_size)
                ends[fname] = end
        c = file_cache[fname]
        if c[0] == "st":
            e = c[2].get(key)
            if e is None:
                raise CheckpointError(f"{path}: tensor {key}: not in this file")
            return e["dtype"], c[1] + e["data_offsets"][0], tuple(e["shape"]), False
        a = c[1].get(key)
        if a is None:
            raise CheckpointError(f"{path}: tensor {key}: not in this file")
        try:
            name = dtype_name(a.dtype)
        except TypeError:
            raise CheckpointError(f"{path}: tensor {key}: unsupported numpy dtype {a.dtype}") from None
        return name, a.blob.offset, a.shape, a.fortran

    for lti, fname in md.storage_metadata.items():
        key = str(lti.tensor_key)
        fname = str(fname)
        goff = tuple(int(x) for x in lti.global_offset)
        flat = tuple(int(x) for x in lti.flattened_range) if getattr(lti, "flattened_range", None) else None
        ltm = None
        for m in infos.get(key, ()):
            mr = tuple(m.flattened_range) if getattr(m, "flattened_range", None) else None
            if tuple(m.global_offset) == goff and mr == flat and (
                    getattr(lti, "local_shape", None) is None or tuple(m.local_shape) == tuple(lti.local_shape)):
                ltm = m
                break
        if ltm is None:
            raise CheckpointError(f"{mpath}: tensor {key}: no state_dict_metadata for the piece at {goff}")
        where = f"{safe_join(p, fname)}: tensor {key}"
        logical = _dtype(ltm.dtype, where)
        local_shape = tuple(int(x) for x in ltm.local_shape)
        g = tuple(int(x) for x in ltm.global_shape) if getattr(ltm, "global_shape", None) is not None else None
        sdt, off, sshape, fortran = stored(fname, key)
        if sdt != logical and not (logical in ("BF16", "F8_E4M3", "F8_E5M2")
                                   and DTYPES[sdt].itemsize == DTYPES[logical].itemsize):
            raise CheckpointError(f"{where}: stored as {sdt}, metadata says {logical}")
        meta = tensors.get(key)
        if meta is None:
            meta = tensors[key] = TensorMeta(key, logical, g or local_shape)
        nd = len(local_shape)
        if flat is None:
            if volume(sshape) != volume(local_shape):
                raise CheckpointError(f"{where}: stored shape {sshape}, metadata says {local_shape}")
            if fortran and nd > 1:
                st_shape = tuple(reversed(local_shape))
                perm = tuple(range(nd - 1, -1, -1))
            else:
                st_shape, perm = local_shape, None
            meta.pieces.append(SavedPiece(key, meta.global_shape, goff, local_shape, logical, fname, off,
                                          st_shape, perm=perm, source_key=key))
        else:
            a, b = flat
            if volume(sshape) != b - a:
                raise CheckpointError(f"{where}: stored {volume(sshape)} elements for flat range [{a}, {b})")
            item = DTYPES[logical].itemsize
            for (bo, bl), start in flat_to_boxes(local_shape, a, b):
                meta.pieces.append(SavedPiece(key, meta.global_shape, tuple(x + y for x, y in zip(goff, bo)), bl,
                                              logical, fname, off + (start - a) * item, bl, source_key=key))
    # keys without a global shape in the metadata: the bounding box of their pieces
    for meta in tensors.values():
        if meta.pieces and any(len(pc.offsets) != len(meta.global_shape) for pc in meta.pieces):
            raise CheckpointError(f"{mpath}: tensor {meta.key}: pieces disagree on dimensions")
        bbox = tuple(max(pc.offsets[i] + pc.lengths[i] for pc in meta.pieces) for i in range(len(meta.global_shape))) \
            if meta.pieces else meta.global_shape
        if any(b > g for b, g in zip(bbox, meta.global_shape)):
            meta.global_shape = bbox
        meta.pieces = [SavedPiece(pc.key, meta.global_shape, pc.offsets, pc.lengths, pc.dtype, pc.file,
                                  pc.byte_offset, pc.stored_shape, pc.window, pc.perm, source_key=pc.source_key)
                       for pc in meta.pieces]
    files: dict[str, FileInfo] = {}
    for fname, end in ends.items():
        actual = safe_join(p, fname).stat().st_size
        files[fname] = file_info(fname, end, actual)
    ranks = {int(f.split("_", 1)[0]) for f in files if f.split("_", 1)[0].isdigit()}
    return SavedIndex(str(p), tensors, files, {}, max(len(ranks), 1), FORMAT)
