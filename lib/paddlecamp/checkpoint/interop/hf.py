"""Hugging Face safetensors checkpoints: read them as a :class:`SavedIndex`, write them in HF's layout.

What ``save_pretrained`` writes (and what torch DCP's ``HuggingFaceStorageWriter`` writes)::

    DIR/model.safetensors                          one file, or
    DIR/model-00001-of-00003.safetensors ...       shards, plus
    DIR/model.safetensors.index.json               {"metadata": {"total_size": N}, "weight_map": {key: file}}

A safetensors file is an 8-byte little-endian header length, a JSON header
(``{key: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}``) and
the raw bytes, so each tensor is one ``raw`` :class:`SavedPiece` covering the whole
tensor, read straight into its destination. The header is parsed here (no pickle, no
library call). DCP's sharded HF writer stores boxes of a tensor under the same key in
several files and records their offsets in ``__metadata__["DCP_SHARDING_INFO"]``; such a
key becomes several pieces of one tensor.

Safetensors files carry no checksums, so :class:`FileInfo` has no crcs: a flipped byte in
the data cannot be detected, only a wrong size or a broken header.
"""
from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any, Iterable, Mapping

import numpy as np

from ..boxes import volume
from ..entries import DTYPES, as_array
from ..plan import CheckpointError, FileInfo, SavedIndex, SavedPiece, TensorMeta

FORMAT = "hf-safetensors"
INDEX_SUFFIX = ".safetensors.index.json"
DCP_SHARDING_KEY = "DCP_SHARDING_INFO"
_MAX_HEADER = 100 << 20  # safetensors' own limit


# ----------------------------------------------------------------------------- header
def read_header(path: str | os.PathLike) -> tuple[int, dict[str, dict], dict[str, str], int]:
    """Parse a safetensors file's header: ``(data_start, entries, metadata, file_size)``.

    ``data_start`` is ``8 + header length``; each entry's ``data_offsets`` are relative to
    it. The entries are checked against the file: known dtype, offsets inside the file,
    and ``end - begin`` equal to the shape's byte count. Errors name the file and tensor.
    """
    path = Path(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(8)
            if len(head) < 8:
                raise CheckpointError(f"{path}: not a safetensors file ({size} bytes, too short for a header)")
            (n,) = struct.unpack("<Q", head)
            if n > _MAX_HEADER or 8 + n > size:
                raise CheckpointError(f"{path}: not a safetensors file or truncated (header length {n}, "
                                      f"file size {size})")
            raw = f.read(n)
    except OSError as e:
        raise CheckpointError(f"{path}: cannot read: {e}") from None
    try:
        hdr = json.loads(raw)
    except ValueError as e:
        raise CheckpointError(f"{path}: broken safetensors header: {e}") from None
    if not isinstance(hdr, dict):
        raise CheckpointError(f"{path}: broken safetensors header (not a JSON object)")
    meta = hdr.pop("__metadata__", None) or {}
    start = 8 + n
    for key, e in hdr.items():
        try:
            dtype, shape, (b, end) = e["dtype"], tuple(int(x) for x in e["shape"]), e["data_offsets"]
        except (KeyError, TypeError, ValueError):
            raise CheckpointError(f"{path}: tensor {key}: malformed header entry {e!r}") from None
        if dtype not in DTYPES:
            raise CheckpointError(f"{path}: tensor {key}: unsupported dtype {dtype!r} "
                                  f"(known: {', '.join(DTYPES)})")
        if any(x < 0 for x in shape) or not 0 <= b <= end:
            raise CheckpointError(f"{path}: tensor {key}: bad shape {shape} or offsets [{b}, {end})")
        if end - b != volume(shape) * DTYPES[dtype].itemsize:
            raise CheckpointError(f"{path}: tensor {key}: {end - b} bytes for {dtype} {list(shape)} "
                                  f"(expected {volume(shape) * DTYPES[dtype].itemsize})")
        e["shape"] = shape
    return start, hdr, {str(k): str(v) for k, v in meta.items()} if isinstance(meta, dict) else {}, size


def is_safetensors(path: str | os.PathLike) -> bool:
    """True when ``path`` starts like a safetensors file (plausible length, then ``{``)."""
    try:
        with open(path, "rb") as f:
            head = f.read(9)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return False
    if len(head) < 9:
        return False
    (n,) = struct.unpack("<Q", head[:8])
    return n <= _MAX_HEADER and 8 + n <= size and head[8:9] == b"{"


def file_info(name: str, expected: int, actual: int) -> FileInfo:
    """A :class:`FileInfo` whose size is what the metadata implies.

    A file shorter than the metadata implies keeps the implied size (so the reader reports
    it as truncated); a longer one keeps its own size (writers may pad).
    """
    return FileInfo(name, actual if actual >= expected else expected)


def pieces_of_file(root: Path, name: str, keys: Iterable[str] | None = None,
                   sharding: bool = True) -> tuple[list[SavedPiece], FileInfo, dict[str, str]]:
    """One raw :class:`SavedPiece` per tensor in the safetensors file ``root/name``.

    ``keys`` limits which tensors are taken (those of an index's weight map); with
    ``sharding``, DCP's ``DCP_SHARDING_INFO`` offsets place each stored box in its tensor
    (the global shape is then the bounding box of all pieces, fixed by the caller).
    """
    from ..storage import safe_join
    path = safe_join(root, name)
    if not path.is_file():
        raise CheckpointError(f"{path}: missing safetensors file" +
                              (f" (named in {root})" if keys is not None else ""))
    start, hdr, meta, size = read_header(path)
    offsets: dict[str, Any] = {}
    if sharding and DCP_SHARDING_KEY in meta:
        try:
            offsets = {k: tuple(int(x) for x in v["saved_offsets"])
                       for k, v in json.loads(meta[DCP_SHARDING_KEY]).items()}
        except (ValueError, KeyError, TypeError) as e:
            raise CheckpointError(f"{path}: unreadable {DCP_SHARDING_KEY} metadata: {e}") from None
    wanted = None if keys is None else set(keys)
    pieces, end = [], start
    for key, e in hdr.items():
        b, stop = e["data_offsets"]
        end = max(end, start + stop)
        if wanted is not None and key not in wanted:
            continue
        shape = e["shape"]
        off = offsets.get(key, (0,) * len(shape))
        if len(off) != len(shape):
            raise CheckpointError(f"{path}: tensor {key}: saved_offsets {off} do not match shape {shape}")
        g = tuple(o + n for o, n in zip(off, shape))
        pieces.append(SavedPiece(key, g, off, shape, e["dtype"], name, start + b, shape, source_key=key))
    if wanted is not None:
        missing = sorted(wanted - set(hdr))
        if missing:
            raise CheckpointError(f"{path}: the index names {', '.join(missing[:5])}"
                                  f"{' ...' if len(missing) > 5 else ''} in this file, but it does not hold them")
    return pieces, file_info(name, end, size), meta


def index_from_pieces(root: Path, pieces: list[SavedPiece], files: dict[str, FileInfo], fmt: str,
                      shapes: Mapping[str, tuple[int, ...]] | None = None) -> SavedIndex:
    """Group pieces into tensors; a tensor's global shape is ``shapes[key]`` or its pieces' bounding box."""
    by_key: dict[str, list[SavedPiece]] = {}
    for p in pieces:
        by_key.setdefault(p.key, []).append(p)
    tensors: dict[str, TensorMeta] = {}
    for key, ps in by_key.items():
        dts = {p.dtype for p in ps}
        if len(dts) > 1:
            raise CheckpointError(f"{root}: tensor {key}: pieces disagree on dtype ({', '.join(sorted(dts))}; "
                                  f"files {', '.join(sorted({p.file for p in ps}))})")
        nd = {len(p.offsets) for p in ps}
        if len(nd) > 1:
            raise CheckpointError(f"{root}: tensor {key}: pieces disagree on the number of dimensions")
        if shapes and key in shapes:
            g = tuple(shapes[key])
        else:
            g = tuple(max(p.offsets[a] + p.lengths[a] for p in ps) for a in range(nd.pop()))
        ps = [SavedPiece(p.key, g, p.offsets, p.lengths, p.dtype, p.file, p.byte_offset, p.stored_shape,
                         source_key=p.source_key) for p in ps]
        tensors[key] = TensorMeta(key, ps[0].dtype, g, ps)
    return SavedIndex(str(root), tensors, files, {}, 1, fmt)


# ----------------------------------------------------------------------------- reader
def _index_files(p: Path) -> list[Path]:
    return sorted(x for x in p.glob("*" + INDEX_SUFFIX) if x.is_file())


def detect(p: Path) -> bool:
    """A ``*.safetensors`` file, or a directory with an HF index or ``*.safetensors`` files."""
    if p.is_file():
        return p.name.endswith(".safetensors") or p.name.endswith(INDEX_SUFFIX)
    return p.is_dir() and (bool(_index_files(p)) or any(x.is_file() for x in p.glob("*.safetensors")))


def read_index(p: Path) -> SavedIndex:
    """The :class:`SavedIndex` of a safetensors file, an HF checkpoint directory, or DCP's HF output."""
    p = Path(p)
    if p.is_file():
        if p.name.endswith(INDEX_SUFFIX):
            return _read_with_index(p.parent, [p])
        pieces, info, _ = pieces_of_file(p.parent, p.name)
        return index_from_pieces(p.parent, pieces, {p.name: info}, FORMAT)
    idx = _index_files(p)
    if idx:
        return _read_with_index(p, idx)
    names = sorted(x.name for x in p.glob("*.safetensors") if x.is_file())
    if not names:
        raise CheckpointError(f"{p}: no *.safetensors files and no {INDEX_SUFFIX[1:]}")
    pieces, files = [], {}
    for name in names:
        ps, info, _ = pieces_of_file(p, name)
        pieces += ps
        files[name] = info
    _check_unique(p, pieces)
    return index_from_pieces(p, pieces, files, FORMAT)


def _check_unique(root: Path, pieces: list[SavedPiece]) -> None:
    """Two files holding the same box of a key (e.g. a stale shard beside a new one) is ambiguous."""
    seen: dict[tuple, str] = {}
    for pc in pieces:
        k = (pc.key, pc.offsets, pc.lengths)
        if k in seen and seen[k] != pc.file:
            raise CheckpointError(f"{root}: tensor {pc.key} is stored in both {seen[k]} and {pc.file} "
                                  "(a leftover file from another save?)")
        seen[k] = pc.file


def _read_with_index(root: Path, index_files: list[Path]) -> SavedIndex:
    weight_map: dict[str, str] = {}
    for ip in index_files:
        try:
            data = json.loads(ip.read_bytes())
            wm = data["weight_map"]
            if not isinstance(wm, dict):
                raise TypeError("weight_map is not an object")
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise CheckpointError(f"{ip}: unreadable index: {e}") from None
        for k, f in wm.items():
            if k in weight_map and weight_map[k] != f:
                raise CheckpointError(f"{ip}: tensor {k} is mapped to {f} here and to {weight_map[k]} "
                                      "in another index file")
            weight_map[str(k)] = str(f)
    by_file: dict[str, list[str]] = {}
    for k, f in weight_map.items():
        by_file.setdefault(f, []).append(k)
    pieces, files = [], {}
    for name, keys in sorted(by_file.items()):
        ps, info, _ = pieces_of_file(root, name, keys)
        pieces += ps
        files[name] = info
    return index_from_pieces(root, pieces, files, FORMAT)


# ----------------------------------------------------------------------------- writer
def shard_names(n: int, prefix: str = "model") -> list[str]:
    """HF's file names for ``n`` shards (``model.safetensors`` when there is one)."""
    if n == 1:
        return [f"{prefix}.safetensors"]
    return [f"{prefix}-{i:05d}-of-{n:05d}.safetensors" for i in range(1, n + 1)]


def plan_shards(sizes: Iterable[tuple[str, int]], max_shard_bytes: int) -> list[list[str]]:
    """Cut ``(key, nbytes)`` pairs in order into shards of at most ``max_shard_bytes`` (HF's rule:
    a tensor larger than the limit gets a shard of its own)."""
    shards: list[list[str]] = [[]]
    cur = 0
    for key, n in sizes:
        if shards[-1] and cur + n > max_shard_bytes:
            shards.append([])
            cur = 0
        shards[-1].append(key)
        cur += n
    return shards if shards[0] else []


def write_file(path: Path, arrays: Mapping[str, tuple[np.ndarray, str]],
               metadata: Mapping[str, str] | None = None) -> int:
    """Write one safetensors file (atomically: temporary name, fdatasync, rename); returns its size."""
    from ..storage import safetensors_header, write_data_file
    entries = [(k, name, tuple(a.shape), a.nbytes) for k, (a, name) in arrays.items()]
    header = safetensors_header(entries, dict(metadata or {"format": "pt"}))
    size, _ = write_data_file(path, header, (memoryview(np.ascontiguousarray(a)).cast("B") if a.nbytes
                                             else memoryview(b"") for a, _ in arrays.values()))
    return size


def write_index(path: Path, weight_map: Mapping[str, str], total_size: int, prefix: str = "model") -> Path:
    """Write ``{prefix}.safetensors.index.json`` atomically."""
    from ..storage import fsync_dir
    out = path / f"{prefix}{INDEX_SUFFIX}"
    tmp = path / f".{out.name}.tmp-{os.getpid()}"
    data = json.dumps({"metadata": {"total_size": int(total_size)},
                       "weight_map": dict(sorted(weight_map.items()))}, indent=2).encode()
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, out)
    fsync_dir(path)
    return out


def save_hf(tensors: Mapping[str, Any], path: str | os.PathLike, max_shard_bytes: int = 5 << 30,
            prefix: str = "model") -> list[str]:
    """Write numpy/torch/paddle tensors as an HF safetensors checkpoint; returns the file names.

    One ``model.safetensors`` when everything fits in ``max_shard_bytes``, otherwise
    ``model-0000i-of-0000n.safetensors`` files and ``model.safetensors.index.json``
    (written last). Each file is written under a temporary name and renamed.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    arrays = {k: as_array(v) for k, v in tensors.items()}
    shards = plan_shards(((k, a.nbytes) for k, (a, _) in arrays.items()), max_shard_bytes)
    names = shard_names(max(len(shards), 1), prefix)
    if not shards:
        write_file(path / names[0], {})
        return names
    weight_map = {}
    for keys, name in zip(shards, names):
        write_file(path / name, {k: arrays[k] for k in keys})
        weight_map.update({k: name for k in keys})
    if len(names) > 1:
        write_index(path, weight_map, sum(a.nbytes for a, _ in arrays.values()), prefix)
        names.append(f"{prefix}{INDEX_SUFFIX}")
    return names
