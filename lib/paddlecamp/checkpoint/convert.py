"""Whole-checkpoint operations on any format :func:`open_index` reads: describe, verify, convert.

- :func:`describe` summarizes an index: per tensor its dtype, global shape, pieces, bytes,
  copies (pieces holding the same box) and completeness (the fraction of the global
  tensor some piece covers), plus files and non-tensor values.
- :func:`verify` reads every byte of every data file: crc32c blocks for this project's
  format; for formats without checksums (torch DCP, HF safetensors, Paddle) sizes, byte
  ranges and that every encoded piece decodes.
- :func:`convert` reads a checkpoint whole (each tensor in full, through the same
  planner and reader as :func:`load`) and writes it as HF safetensors, torch DCP, or
  this project's format with one rank.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from .boxes import volume
from .entries import DTYPES, TensorSpec
from .plan import CheckpointError, SavedIndex, TensorMeta, name_tensors, plan_load, tensors_in_range
from .reader import DECODERS, Destinations, execute


# ----------------------------------------------------------------------------- describe
def coverage(meta: TensorMeta) -> tuple[int, int, int]:
    """``(covered elements, total elements, copies)`` of a saved tensor.

    ``copies`` is the largest number of pieces that hold the same box (replicas saved
    more than once). Overlapping pieces are counted once: the global tensor is cut into
    a grid along every piece boundary and the covered cells are summed.
    """
    g = tuple(meta.global_shape)
    total = volume(g)
    counts: dict[tuple, int] = {}
    for p in meta.pieces:
        k = (tuple(p.offsets), tuple(p.lengths))
        counts[k] = counts.get(k, 0) + 1
    copies = max(counts.values(), default=0)
    boxes = [b for b in counts if volume(b[1]) > 0]
    if not g:
        return (1 if counts else 0), 1, copies
    if not boxes:
        return 0, total, copies
    cuts = []
    for a, n in enumerate(g):
        pts = {0, n}
        for o, ln in boxes:
            pts.add(min(max(o[a], 0), n))
            pts.add(min(max(o[a] + ln[a], 0), n))
        cuts.append(np.array(sorted(pts), dtype=np.int64))
    cells = 1
    for c in cuts:
        cells *= max(len(c) - 1, 1)
    if cells > 2_000_000:  # a pathological grid: assume distinct boxes do not overlap
        return min(total, sum(volume(b[1]) for b in boxes)), total, copies
    grid = np.zeros([max(len(c) - 1, 1) for c in cuts], dtype=bool)
    for o, ln in boxes:
        sl = tuple(slice(int(np.searchsorted(c, min(max(oo, 0), n))), int(np.searchsorted(c, min(oo + ll, n))))
                   for c, oo, ll, n in zip(cuts, o, ln, g))
        grid[sl] = True
    sizes = [np.diff(c) if len(c) > 1 else np.array([0]) for c in cuts]
    cell_vol = sizes[0]
    for s in sizes[1:]:
        cell_vol = np.multiply.outer(cell_vol, s)
    return int(cell_vol[grid].sum()), total, copies


def describe(index: SavedIndex) -> dict:
    """A JSON-able summary of ``index`` (what ``paddlecamp ckpt inspect --json`` prints)."""
    rows = []
    for key in sorted(index.tensors):
        m = index.tensors[key]
        cov, total, copies = coverage(m)
        rows.append({"key": key, "dtype": m.dtype, "shape": list(m.global_shape), "pieces": len(m.pieces),
                     "bytes": m.nbytes, "copies": copies, "covered": cov, "elements": total,
                     "complete": (cov / total) if total else 1.0,
                     "files": sorted({p.file for p in m.pieces}),
                     "encoding": sorted({p.encoding for p in m.pieces})})
    files = [{"name": f.name, "size": f.size, "crc_blocks": len(f.crcs) if f.crcs else 0,
              "block": f.block if f.crcs else 0} for f in sorted(index.files.values(), key=lambda f: f.name)]
    return {"format": index.format, "root": index.root, "world_size": index.world_size,
            "tensors": rows, "files": files, "values": index.values,
            "total_bytes": sum(r["bytes"] for r in rows),
            "incomplete": [r["key"] for r in rows if r["covered"] < r["elements"]]}


# ----------------------------------------------------------------------------- verify
@dataclass
class VerifyReport:
    """What :func:`verify` checked and what it found."""
    root: str
    format: str
    files: int = 0
    bytes_read: int = 0
    crc_blocks: int = 0
    pieces: int = 0
    decoded: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _holders(index: SavedIndex, fname: str, start: int, stop: int) -> list[str]:
    return tensors_in_range(index, fname, start, stop)


def _names(keys: list[str]) -> str:
    return name_tensors(keys, limit=5)


def verify(path: str | os.PathLike, progress: Callable[[int], None] | None = None,
           chunk: int = 16 << 20) -> VerifyReport:
    """Read every byte of every data file of the checkpoint at ``path`` and check it.

    Problems name the file and the tensor(s) whose bytes are affected; the report's
    ``problems`` is empty when everything checked out.
    """
    from .api import open_index
    from .storage import crc, safe_join
    try:
        index = open_index(path)
    except CheckpointError as e:
        return VerifyReport(str(path), "?", problems=[str(e)])
    rep = VerifyReport(index.root, index.format)
    sizes: dict[str, int] = {}
    for fname, info in sorted(index.files.items()):
        fpath = safe_join(index.root, fname)
        rep.files += 1
        try:
            size = fpath.stat().st_size
        except FileNotFoundError:
            rep.problems.append(f"{fpath}: missing data file (holds {_names(_holders(index, fname, 0, 1 << 62))})")
            continue
        sizes[fname] = size
        if size != info.size:
            what = "truncated" if size < info.size else "longer than recorded"
            rep.problems.append(f"{fpath}: {what}: {size} bytes, the metadata says {info.size} "
                                f"(holds {_names(_holders(index, fname, min(size, info.size), 1 << 62))})")
        block = info.block if info.crcs else chunk
        try:
            with open(fpath, "rb", buffering=0) as f:
                bi, pos = 0, 0
                buf = bytearray(block)
                mv = memoryview(buf)
                while True:
                    n = f.readinto(mv)
                    if not n:
                        break
                    if info.crcs:
                        if bi >= len(info.crcs):
                            break  # the size problem is reported above
                        rep.crc_blocks += 1
                        if crc(mv[:n]) != info.crcs[bi]:
                            held = _names(_holders(index, fname, pos, pos + n))
                            rep.problems.append(f"{fpath}: checksum mismatch in bytes [{pos}, {pos + n}) holding "
                                                f"{held}: the file is corrupted")
                    bi += 1
                    pos += n
                    rep.bytes_read += n
                    if progress:
                        progress(n)
        except OSError as e:
            rep.problems.append(f"{fpath}: read error: {e}")
    for key in sorted(index.tensors):
        m = index.tensors[key]
        for p in m.pieces:
            rep.pieces += 1
            size = sizes.get(p.file)
            if size is None:
                continue
            fpath = safe_join(index.root, p.file)
            n = p.blob_nbytes if p.encoding != "raw" else volume(p.stored_shape) * DTYPES[p.dtype].itemsize
            if p.byte_offset + n > size:
                rep.problems.append(f"{fpath}: truncated: tensor {key} needs bytes [{p.byte_offset}, "
                                    f"{p.byte_offset + n}) but the file has {size}")
                continue
            if p.encoding == "raw":
                continue
            dec = DECODERS.get(p.encoding)
            if dec is None:
                rep.problems.append(f"{fpath}: tensor {key}: no decoder for encoding {p.encoding!r}")
                continue
            try:
                with open(fpath, "rb") as f:
                    f.seek(p.byte_offset)
                    blob = f.read(n)
                arr = dec(p, memoryview(blob))
                if arr.size != volume(p.stored_shape):
                    raise CheckpointError(f"decoded {arr.size} elements, expected shape {p.stored_shape}")
                rep.decoded += 1
            except Exception as e:
                msg = str(e)
                rep.problems.append(msg if str(fpath) in msg or p.file in msg and key in msg
                                    else f"{fpath}: tensor {key}: {msg}")
    return rep


# ----------------------------------------------------------------------------- convert
def parse_size(text: str | int) -> int:
    """``"100KB"`` -> 100000, ``"5GiB"`` -> 5 * 2**30, ``"1000"`` -> 1000 (HF's convention)."""
    if isinstance(text, int):
        return text
    s = str(text).strip().upper().replace(" ", "")
    units = {"KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "TIB": 1 << 40,
             "KB": 10 ** 3, "MB": 10 ** 6, "GB": 10 ** 9, "TB": 10 ** 12, "B": 1}
    for u, mult in units.items():
        if s.endswith(u):
            num = s[:-len(u)]
            break
    else:
        num, mult = s, 1
    try:
        value = float(num)
    except ValueError:
        raise ValueError(f"not a size: {text!r} (use e.g. 500MB, 5GB, 2GiB)") from None
    if value <= 0:
        raise ValueError(f"size must be positive: {text!r}")
    return int(value * mult)


def full_spec(meta: TensorMeta) -> TensorSpec:
    """A :class:`TensorSpec` asking for the whole tensor (one rank, no replicas)."""
    g = tuple(meta.global_shape)
    return TensorSpec(meta.key, meta.dtype, g, (((tuple(0 for _ in g), g), 0),), g, "full", None, None, meta.nbytes)


def read_full(index: SavedIndex, keys: Iterable[str], progress: Callable[[int], None] | None = None,
              verify: bool = True) -> dict[str, np.ndarray]:
    """Each tensor of ``keys`` whole, as a numpy array holding its dtype's bytes (bf16 as uint16)."""
    keys = list(keys)
    dest = Destinations()
    specs = []
    for k in keys:
        meta = index.tensors[k]
        spec = full_spec(meta)
        arr = np.empty(meta.global_shape, DTYPES[meta.dtype])
        dest.add(k, arr, spec.boxes, meta.dtype)
        specs.append(spec)
    plan = plan_load(index, specs)
    execute(plan, index, dest, verify=verify, progress=progress)
    return {k: dest.arrays[k] for k in keys}


def _nest(flat: dict[str, Any]) -> dict:
    """``{"a.b": x}`` -> ``{"a": {"b": x}}``; refuses a key that is both a leaf and a prefix."""
    out: dict = {}
    for key in sorted(flat, key=lambda k: k.count(".")):
        parts = key.split(".")
        node = out
        for i, part in enumerate(parts[:-1]):
            nxt = node.setdefault(part, {})
            if not isinstance(nxt, dict):
                raise CheckpointError(f"cannot nest {key}: {'.'.join(parts[:i + 1])} is itself an entry")
            node = nxt
        if parts[-1] in node:
            raise CheckpointError(f"cannot nest {key}: it is also a prefix of other entries")
        node[parts[-1]] = flat[key]
    return out


def _first_value(saved: list) -> Any:
    from . import values as V
    present = [v for v in saved if v is not None]
    return V.decode(present[0]) if present else None


def _torchish(arr: np.ndarray, dtype: str) -> Any:
    """bfloat16/float8 need a torch tensor to keep their dtype name; others stay numpy."""
    if dtype in ("BF16", "F8_E4M3", "F8_E5M2"):
        from .values import to_kind
        return to_kind(np.ascontiguousarray(arr), dtype, "torch")
    return arr


@dataclass
class ConvertResult:
    """What :func:`convert` wrote."""
    src_format: str
    dst: str
    to: str
    tensors: int
    bytes: int
    files: list[str]
    values_written: list[str]
    values_dropped: list[str]


def _check_dst(src: Path, dst: Path) -> None:
    s, d = src.resolve(), dst.resolve()
    if s == d or s in d.parents or d in s.parents:
        raise CheckpointError(f"{dst}: the destination must not be the source or contain it or be inside it")
    if dst.exists() and (not dst.is_dir() or any(dst.iterdir())):
        raise CheckpointError(f"{dst}: exists and is not an empty directory; choose a new one")


def convert(src: str | os.PathLike, dst: str | os.PathLike, to: str, *, rules: Any = None,
            max_shard_bytes: int = 5 * 10 ** 9, progress: Callable[[int], None] | None = None,
            total_callback: Callable[[int], None] | None = None) -> ConvertResult:
    """Read the checkpoint at ``src`` (any format) whole and write it to ``dst`` as ``to``.

    ``to`` is ``"hf"`` (safetensors shards + index; non-tensor values are dropped, HF has
    no place for them), ``"dcp"`` (torch.distributed.checkpoint, written by torch) or
    ``"full"`` (this project's format, one rank, every tensor whole). ``rules`` are passed
    to :func:`paddlecamp.checkpoint.rules.apply_rules` first. HF output is written
    shard by shard, so memory holds one shard at a time; the others hold everything.
    ``total_callback`` is told the number of bytes that will be read, before reading.
    """
    from .api import open_index
    if to not in ("hf", "dcp", "full"):
        raise ValueError(f"unknown target format {to!r} (hf, dcp or full)")
    src, dst = Path(src), Path(dst)
    index = open_index(src)
    if rules is not None:
        from .rules import apply_rules
        index = apply_rules(index, rules)
    _check_dst(src, dst)
    keys = sorted(index.tensors)
    specs = {k: full_spec(index.tensors[k]) for k in keys}
    plan_load(index, list(specs.values()))  # fail on missing regions before writing anything
    total = sum(index.tensors[k].nbytes for k in keys)
    if total_callback:
        total_callback(total)
    created = not dst.exists()  # otherwise it is an empty directory (checked above)
    dst.mkdir(parents=True, exist_ok=True)
    try:
        if to == "hf":
            from .interop.hf import INDEX_SUFFIX, plan_shards, shard_names, write_file, write_index
            shards = plan_shards(((k, index.tensors[k].nbytes) for k in keys), max_shard_bytes)
            names = shard_names(max(len(shards), 1))
            weight_map = {}
            for group, name in zip(shards, names):
                arrays = read_full(index, group, progress)
                write_file(dst / name, {k: (arrays[k], index.tensors[k].dtype) for k in group})
                weight_map.update({k: name for k in group})
                del arrays
            if not shards:
                write_file(dst / names[0], {})
            if len(names) > 1:
                write_index(dst, weight_map, total)
                names.append(f"model{INDEX_SUFFIX}")
            return ConvertResult(index.format, str(dst), to, len(keys), total, names, [], sorted(index.values))
        arrays = read_full(index, keys, progress)
        tensors = {k: _torchish(a, index.tensors[k].dtype) for k, a in arrays.items()}
        vals = {k: _first_value(v) for k, v in index.values.items()}
        if to == "dcp":
            from .interop.dcp import save_dcp
            save_dcp({**tensors, **vals}, dst)
        else:
            from .api import save
            save(_nest({**tensors, **vals}), dst, save_id="0")
        files = sorted(p.relative_to(dst).as_posix() for p in dst.rglob("*") if p.is_file())
        return ConvertResult(index.format, str(dst), to, len(keys), total, files, sorted(vals), [])
    except BaseException:  # leave nothing half-written behind
        if created:
            shutil.rmtree(dst, ignore_errors=True)
        else:
            for child in dst.iterdir():
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
        raise
