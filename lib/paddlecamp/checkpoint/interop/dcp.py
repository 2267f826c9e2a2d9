"""torch.distributed.checkpoint (DCP) directories as a :class:`SavedIndex`, and writing them.

What DCP's ``FileSystemWriter`` writes (torch 2.x, checked against 2.13)::

    DIR/.metadata             pickled ``Metadata``: per key a TensorStorageMetadata (dtype, global
                              size, chunks = boxes) or BytesStorageMetadata; storage_data maps
                              each (key, chunk offsets) to (relative_path, offset, length)
    DIR/__0_0.distcp ...      each chunk is a separate ``torch.save`` blob at its offset;
                              non-tensor values are ``torch.save`` blobs too

So a DCP chunk is a :class:`SavedPiece` with ``encoding="torch"``: the reader reads its
``length`` bytes and the decoder registered here runs ``torch.load(weights_only=True)``
on them. Without a coordinator (``use_collectives=False``) each rank writes
``__<rank>.metadata`` instead; those are merged. A writer configured with
``serialization_format=SAFETENSORS`` puts a safetensors file at the end of each data
file instead of blobs; its header then gives plain ``raw`` pieces.

``.metadata`` is a pickle. It is unpickled with an allow-list (DCP's metadata classes,
``torch.Size``, dtypes, paths): anything else in it is refused, so opening a checkpoint
someone sent you does not run their code. Non-tensor values are read with
``torch.load(weights_only=True)``; a value that needs more than that is skipped with a
warning (torch itself would unpickle it without limits).
"""
from __future__ import annotations

import io
import os
import pickle
import re
import warnings
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from .. import values as V
from ..entries import as_array, dtype_name
from ..plan import CheckpointError, FileInfo, SavedIndex, SavedPiece, TensorMeta
from ..reader import DECODERS
from .hf import file_info, is_safetensors, read_header

FORMAT = "torch-dcp"
METADATA = ".metadata"

_ALLOWED = {
    "torch.distributed.checkpoint.metadata": {"Metadata", "MetadataIndex", "StorageMeta", "TensorProperties",
                                              "TensorStorageMetadata", "ChunkStorageMetadata",
                                              "BytesStorageMetadata", "_MEM_FORMAT_ENCODING"},
    "torch.distributed.checkpoint.filesystem": {"_StorageInfo"},
    "torch.serialization": {"_get_layout"},
    "torch": {"Size"},
    "pathlib": {"Path", "PosixPath", "PurePosixPath", "WindowsPath", "PureWindowsPath"},
    "collections": {"OrderedDict"},
    "builtins": {"set", "frozenset", "slice"},
}


class _MetadataUnpickler(pickle.Unpickler):
    """Unpickles DCP metadata and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        import torch
        if name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        if module == "torch" and isinstance(getattr(torch, name, None), (torch.dtype, torch.memory_format,
                                                                        torch.layout)):
            return getattr(torch, name)
        raise CheckpointError(f"refusing to unpickle {module}.{name} from DCP metadata "
                              "(only DCP's own metadata classes are allowed)")


def _metadata_files(p: Path) -> list[Path]:
    if (p / METADATA).is_file():
        return [p / METADATA]
    return sorted(x for x in p.glob("__*" + METADATA) if x.name[2:-len(METADATA)].isdigit())


def _is_pickle(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(1) == b"\x80"
    except OSError:
        return False


def detect(p: Path) -> bool:
    """A directory with a pickled ``.metadata`` (or per-rank ``__N.metadata``) file."""
    if not p.is_dir():
        return False
    files = _metadata_files(p)
    return bool(files) and _is_pickle(files[0])


def read_metadata(path: Path) -> Any:
    """DCP's ``Metadata`` object from one metadata file, through the allow-list unpickler."""
    try:
        import torch.distributed.checkpoint as _dcp  # the classes the allow-list names
        del _dcp
    except ImportError as e:  # pragma: no cover - torch without distributed
        raise CheckpointError(f"{path}: reading torch DCP metadata needs torch.distributed: {e}") from None
    try:
        with open(path, "rb") as f:
            md = _MetadataUnpickler(f).load()
    except CheckpointError as e:
        raise CheckpointError(f"{path}: {e}") from None
    except Exception as e:  # truncated or foreign pickle
        raise CheckpointError(f"{path}: unreadable DCP metadata: {type(e).__name__}: {e}") from None
    if not hasattr(md, "state_dict_metadata"):
        raise CheckpointError(f"{path}: not DCP metadata (a {type(md).__name__})")
    return md


def decode_torch(piece: SavedPiece, blob: memoryview) -> np.ndarray:
    """Decoder for ``encoding="torch"``: one chunk saved with ``torch.save``."""
    import torch
    try:
        t = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=True)
    except Exception as e:
        raise CheckpointError(f"{piece.file}: tensor {piece.key} at byte {piece.byte_offset}: "
                              f"cannot decode the torch.save blob: {type(e).__name__}: {e}") from None
    if not isinstance(t, torch.Tensor):
        raise CheckpointError(f"{piece.file}: tensor {piece.key}: the blob holds a {type(t).__name__}, not a tensor")
    if tuple(t.shape) != tuple(piece.stored_shape):
        raise CheckpointError(f"{piece.file}: tensor {piece.key}: blob has shape {tuple(t.shape)}, "
                              f"metadata says {tuple(piece.stored_shape)}")
    arr, name = as_array(t)
    if name != piece.dtype:
        raise CheckpointError(f"{piece.file}: tensor {piece.key}: blob has dtype {name}, metadata says {piece.dtype}")
    return arr


DECODERS.setdefault("torch", decode_torch)


def _read_blob(root: Path, rel: str, offset: int, length: int) -> bytes:
    from ..storage import safe_join
    path = safe_join(root, rel)
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            data = f.read(length)
    except OSError as e:
        raise CheckpointError(f"{path}: cannot read: {e}") from None
    if len(data) != length:
        raise CheckpointError(f"{path}: truncated: needs bytes [{offset}, {offset + length}), has {len(data)} there")
    return data


def decode_value(blob: bytes, where: str) -> Any:
    """A non-tensor value saved by DCP (``torch.save``), loaded with ``weights_only=True``."""
    import torch
    obj = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=True)
    return obj


def group_values(raw: Mapping[str, Any], tensor_keys, paths: Mapping[str, tuple]) -> dict[str, Any]:
    """Regroup DCP's per-leaf values the way :func:`paddlecamp.checkpoint.flatten.flatten` keys them.

    DCP splits every dict down to its leaves (``cfg.lr``, ``cfg.name``); this project keeps
    a dict that holds no tensor as one value (``cfg``), so a template written for either
    finds its keys. ``paths`` is DCP's ``planner_data`` (flat key -> path in the state).
    """
    def path_of(k: str) -> tuple[str, ...]:
        return tuple(str(x) for x in paths.get(k, (k,)))

    with_tensors = {path_of(k)[:i] for k in tensor_keys for i in range(1, len(path_of(k)) + 1)}
    out: dict[str, Any] = {}
    for key, obj in raw.items():
        path = path_of(key)
        i = next((i for i in range(1, len(path) + 1) if path[:i] not in with_tensors), len(path))
        head, rest = ".".join(path[:i]), path[i:]
        if not rest:
            out[head] = obj
            continue
        node = out.setdefault(head, {})
        if not isinstance(node, dict):
            out[key] = obj
            continue
        for part in rest[:-1]:
            node = node.setdefault(part, {})
        node[rest[-1]] = obj
    return out


def read_index(p: Path) -> SavedIndex:
    """The :class:`SavedIndex` of a DCP checkpoint directory."""
    from ..storage import safe_join
    p = Path(p)
    files = _metadata_files(p)
    if not files:
        raise CheckpointError(f"{p}: no DCP {METADATA} file")
    tensors: dict[str, TensorMeta] = {}
    storage: dict[tuple, Any] = {}
    byte_infos: dict[int, dict[str, Any]] = {}  # metadata rank -> value key -> storage info
    paths: dict[str, tuple] = {}
    for mf in files:
        md = read_metadata(mf)
        mrank = 0 if mf.name == METADATA else int(mf.name[2:-len(METADATA)])
        pd = getattr(md, "planner_data", None)
        if isinstance(pd, dict):
            paths.update({k: tuple(v) for k, v in pd.items() if isinstance(v, (tuple, list))})
        for key, sm in md.state_dict_metadata.items():
            if type(sm).__name__ == "BytesStorageMetadata":
                info = next((i for x, i in (md.storage_data or {}).items() if x.fqn == key and x.offset is None),
                            None)
                byte_infos.setdefault(mrank, {})[key] = info
                continue
            try:
                dt = dtype_name(sm.properties.dtype)
            except TypeError as e:
                raise CheckpointError(f"{mf}: tensor {key}: {e}") from None
            g = tuple(int(n) for n in sm.size)
            meta = tensors.setdefault(key, TensorMeta(key, dt, g))
            if meta.global_shape != g or meta.dtype != dt:
                raise CheckpointError(f"{p}: tensor {key}: metadata files disagree on shape/dtype")
            have = {(pc.offsets, pc.lengths) for pc in meta.pieces}
            for ch in sm.chunks:
                if (tuple(int(x) for x in ch.offsets), tuple(int(x) for x in ch.sizes)) in have:
                    continue  # per-rank metadata files list a replicated chunk once per rank
                meta.pieces.append(SavedPiece(key, g, tuple(int(x) for x in ch.offsets),
                                              tuple(int(x) for x in ch.sizes), dt, "", 0,
                                              tuple(int(x) for x in ch.sizes), encoding="torch"))
        for idx, info in (md.storage_data or {}).items():
            off = None if idx.offset is None else tuple(int(x) for x in idx.offset)
            storage[(idx.fqn, off)] = info
    # data files that hold a safetensors file (serialization_format=SAFETENSORS) instead of blobs
    rels = sorted({str(i.relative_path) for i in storage.values()})
    st_files: dict[str, tuple[int, dict, dict, int]] = {}
    for rel in rels:
        path = safe_join(p, rel)
        if path.is_file() and is_safetensors(path):
            st_files[rel] = read_header(path)
    ends: dict[str, int] = {}
    for meta in tensors.values():
        new = []
        for pc in meta.pieces:
            info = storage.get((meta.key, pc.offsets))
            if info is None:
                raise CheckpointError(f"{p}: tensor {meta.key}: no storage entry for the chunk at {pc.offsets}")
            if getattr(info, "transform_descriptors", None):
                raise CheckpointError(f"{p}: tensor {meta.key}: stored with DCP extensions "
                                      f"{list(info.transform_descriptors)} (compression?), which this reader "
                                      "does not undo; load it with torch.distributed.checkpoint")
            rel = str(info.relative_path)
            safe_join(p, rel)
            if rel in st_files:
                start, hdr, _, _ = st_files[rel]
                e = hdr.get(meta.key)
                if e is None or tuple(e["shape"]) != pc.lengths:
                    raise CheckpointError(f"{p / rel}: tensor {meta.key}: not in the safetensors header with "
                                          f"shape {pc.lengths}")
                b, end = e["data_offsets"]
                new.append(SavedPiece(meta.key, pc.global_shape, pc.offsets, pc.lengths, e["dtype"], rel,
                                      start + b, pc.lengths, source_key=meta.key))
                ends[rel] = max(ends.get(rel, 0), start + end)
            else:
                new.append(SavedPiece(meta.key, pc.global_shape, pc.offsets, pc.lengths, pc.dtype, rel,
                                      int(info.offset), pc.lengths, encoding="torch", blob_nbytes=int(info.length),
                                      source_key=meta.key))
                ends[rel] = max(ends.get(rel, 0), int(info.offset) + int(info.length))
        meta.pieces = new
    per_rank: dict[int, dict[str, Any]] = {}
    for mrank, infos in sorted(byte_infos.items()):
        raw_values = per_rank.setdefault(mrank, {})
        for key, info in infos.items():
            if info is None:
                warnings.warn(f"{p}: value {key}: no storage entry; skipped")
                continue
            rel = str(info.relative_path)
            ends[rel] = max(ends.get(rel, 0), int(info.offset) + int(info.length))
            if getattr(info, "transform_descriptors", None):
                warnings.warn(f"{p}: value {key}: stored with DCP extensions; skipped")
                continue
            blob = _read_blob(p, rel, int(info.offset), int(info.length))
            try:
                obj = decode_value(blob, key)
                V.encode(obj, key)
                raw_values[key] = obj
            except Exception as e:  # weights_only refused it, or it is not JSON-able
                warnings.warn(f"{p}: value {key}: skipped ({type(e).__name__}: {str(e).splitlines()[0][:200]})")
    # one list entry per rank that wrote metadata (one entry for a coordinated save)
    nvals = max(per_rank, default=0) + 1
    values: dict[str, list] = {}
    for mrank, raw_values in per_rank.items():
        for k, v in group_values(raw_values, tensors, paths).items():
            values.setdefault(k, [None] * nvals)[mrank] = V.encode(v, k)
    finfo: dict[str, FileInfo] = {}
    for rel, end in ends.items():
        path = safe_join(p, rel)
        actual = path.stat().st_size if path.exists() else 0
        finfo[rel] = file_info(rel, end, actual)
    ranks = {m.group(1) for m in (re.match(r"^__(\d+)_\d+\.distcp$", r) for r in finfo) if m}
    return SavedIndex(str(p), tensors, finfo, values, max(len(ranks), 1), FORMAT)


def save_dcp(state_dict: Mapping[str, Any], path: str | os.PathLike) -> None:
    """Write ``state_dict`` with torch DCP itself (one process, no process group).

    Tensors may be numpy (safetensors dtype bits are kept: pass torch tensors for
    bfloat16/float8), torch or paddle; other values go through DCP's own ``torch.save``.
    """
    import torch
    import torch.distributed.checkpoint as dcp
    from ..entries import is_tensor
    out: dict[str, Any] = {}
    for k, v in state_dict.items():
        if is_tensor(v) and not isinstance(v, torch.Tensor):
            arr, name = as_array(v)
            v = V.to_kind(np.ascontiguousarray(arr), name, "torch")
        out[k] = v
    Path(path).mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "torch.distributed is disabled ... no_dist" notices
        dcp.save(out, storage_writer=dcp.FileSystemWriter(str(path)), no_dist=True)
