"""``save`` and ``load``: the public entry points of the checkpoint track.

Layout of a checkpoint directory ``PATH``::

    PATH/.metadata.json            commit record: written last, by an atomic rename
    PATH/data-<save_id>/rank00000.safetensors   one data file per rank (safetensors layout)
    PATH/data-<save_id>/rank00000.json          that rank's piece of metadata (atomic)

Without a process group, ranks coordinate only through the file system: each rank
writes its data file and then its metadata piece; the rank that finds all
``world_size`` pieces present writes the commit record. Until then ``load`` fails and
says which ranks are missing. A new save goes to a new ``data-<save_id>`` directory, so
a crash at any moment leaves the previous commit record and the data it names intact.
"""
from __future__ import annotations

import os
import re
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np

from . import values as V
from .entries import DTYPES, as_array, entry_data, is_entry, spec_of
from .flatten import flatten, rebuild
from .plan import (CheckpointError, FileInfo, LoadPlan, SavedIndex, SavedPiece, SavePlan, TensorMeta, plan_load,
                   plan_save)
from .reader import Destinations, execute
from .storage import BLOCK, read_json, safe_join, safetensors_header, write_data_file, write_json_atomic

FORMAT = "paddlecamp-ckpt"
VERSION = 1
COMMIT = ".metadata.json"
_SAVE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass
class SaveResult:
    """What one rank's save did."""
    path: str
    rank: int
    save_id: str
    bytes_written: int
    seconds: float
    committed: bool
    blocking_seconds: float = 0.0
    plan: SavePlan | None = None

    @property
    def gbps(self) -> float:
        return self.bytes_written / self.seconds / 1e9 if self.seconds else 0.0


def _rank_name(rank: int) -> str:
    return f"rank{rank:05d}"


def _piece_name(key: str, item) -> str:
    if item.kind == "flat":
        return f"{key}@flat:{item.flat_offset}"
    if item.kind == "shard":
        return f"{key}@" + ",".join(str(o) for o in item.boxes[0][0][0])
    return key


def _group_info(group) -> tuple[int, int]:
    import torch.distributed as dist
    return dist.get_rank(group), dist.get_world_size(group)


def _committed(path: Path, field: str) -> Any:
    """A field of the commit record in ``path``, or None when there is none (or it is unreadable)."""
    commit = Path(path) / COMMIT
    if not commit.exists():
        return None
    try:
        return read_json(commit, "commit record").get(field)
    except CheckpointError:
        return None


def _resolve_save_id(path: Path, save_id: str | None, group, rank: int) -> str:
    if group is not None and save_id is None:
        import uuid
        import torch.distributed as dist
        box = [uuid.uuid4().hex[:16] if rank == 0 else None]
        dist.broadcast_object_list(box, src=0, group=group)
        save_id = box[0]
    if save_id is None:
        save_id = "0"
    save_id = str(save_id)
    if not _SAVE_ID.match(save_id):
        raise ValueError(f"save_id {save_id!r}: use 1-64 letters, digits, '_' or '-'")
    if _committed(path, "save_id") == save_id:
        raise CheckpointError(f"{path}: already holds the committed save {save_id!r}; pass a new save_id "
                              "(for example the step) so that the new save cannot damage it")
    return save_id


def _snapshot(arrays: list[np.ndarray], pool: "_Pool") -> list[np.ndarray]:
    out = []
    for a in arrays:
        buf = pool.take(a.nbytes)
        dst = buf[: a.nbytes].view(a.dtype).reshape(a.shape) if a.nbytes else np.empty(a.shape, a.dtype)
        np.copyto(dst, a)
        out.append(dst)
    return out


class _Pool:
    """Host buffers reused across async saves: fresh memory costs ~10x more to write the first time."""

    def __init__(self) -> None:
        self.bufs: list[np.ndarray] = []
        self.free: list[np.ndarray] = []
        self.lock = threading.Lock()

    def take(self, n: int) -> np.ndarray:
        with self.lock:  # the smallest free buffer that fits, so a small tensor never takes a large one
            fits = [(b.nbytes, i) for i, b in enumerate(self.free) if b.nbytes >= n]
            if fits:
                return self.free.pop(min(fits)[1])
        b = np.empty(max(n, 1), np.uint8)
        b[::4096] = 0  # touch every page now, not during the copy
        return b

    def give_back(self, bufs: list[np.ndarray]) -> None:
        with self.lock:
            self.free.extend(b.base if b.base is not None and b.base.ndim == 1 else b for b in bufs)


_POOL = _Pool()


class AsyncSave:
    """A save writing in the background. ``blocking_seconds`` is what the caller waited."""

    def __init__(self, run: Callable[[], SaveResult], blocking: float, bufs: list[np.ndarray],
                 staged: threading.Event | None = None):
        self.blocking_seconds = blocking
        self._result: SaveResult | None = None
        self._error: BaseException | None = None
        self._bufs = bufs
        self._staged = staged or threading.Event()

        def target() -> None:
            try:
                self._result = run()
            except BaseException as e:  # re-raised by result()
                self._error = e
            finally:
                self._staged.set()
                _POOL.give_back(self._bufs)

        self._thread = threading.Thread(target=target, name="paddlecamp-async-save", daemon=False)
        self._thread.start()

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait_staged(self, timeout: float | None = None) -> float:
        """Wait until the tensors have been copied (``stage="background"``); returns the seconds waited.

        After this the caller may change the saved tensors; with ``stage="now"`` it returns at once.
        """
        t0 = time.perf_counter()
        if not self._staged.wait(timeout):
            raise TimeoutError("async save still copying the tensors")
        return time.perf_counter() - t0

    def result(self, timeout: float | None = None) -> SaveResult:
        """Wait for the background write; raises what it raised."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("async save still running")
        if self._error is not None:
            raise self._error
        assert self._result is not None
        self._result.blocking_seconds = self.blocking_seconds
        return self._result


def save(state: Mapping[str, Any], path: str | os.PathLike, *, rank: int = 0, world_size: int = 1,
         group=None, async_: bool = False, save_id: str | None = None,
         stage: str = "now") -> SaveResult | AsyncSave:
    """Save this rank's part of a (nested) state dict.

    Entries are :class:`Shard`, :class:`FlatShard`, :class:`Replicated` or bare tensors
    (replicated on all ranks); anything else is saved as JSON per rank. With
    ``async_=True`` the tensors are first copied to reused host buffers and the call
    returns an :class:`AsyncSave` while the write goes on in a thread. With
    ``stage="background"`` the copy is made on that thread too and the call returns after
    planning: the caller must call :meth:`AsyncSave.wait_staged` before it changes any
    saved tensor (for example just before ``optimizer.step()``), so that the copy overlaps
    the forward and backward passes.
    """
    if stage not in ("now", "background"):
        raise ValueError(f"stage={stage!r}: use 'now' or 'background'")
    t0 = time.perf_counter()
    path = Path(path)
    if group is not None:
        rank, world_size = _group_info(group)
    flat = flatten(state)
    specs, arrays, vals = [], {}, {}
    for key, entry in flat.items():
        if is_entry(entry):
            spec = spec_of(key, entry, world_size, rank)
            arr, _ = as_array(entry_data(entry))
            specs.append(spec)
            arrays[key] = arr.reshape(-1) if spec.kind == "flat" else arr
        else:
            vals[key] = V.encode(entry, key)
    plan = plan_save(specs, rank, world_size)
    path.mkdir(parents=True, exist_ok=True)
    save_id = _resolve_save_id(path, save_id, group, rank)
    gen = path / f"data-{save_id}"
    gen.mkdir(exist_ok=True)
    stale = gen / f"{_rank_name(rank)}.json"
    if stale.exists():  # a crashed earlier attempt with the same save_id: this rank starts over
        stale.unlink()
    todo = [arrays[i.key] for i in plan.items]
    blocking = 0.0
    bufs: list[np.ndarray] = []
    staged = threading.Event()
    if async_ and stage == "now":
        todo = _snapshot(todo, _POOL)
        bufs.extend(todo)
        staged.set()
    blocking = time.perf_counter() - t0 if async_ else 0.0

    def run() -> SaveResult:
        arrays = todo
        if async_ and stage == "background":
            arrays = _snapshot(todo, _POOL)
            bufs.extend(arrays)
            staged.set()
        return _write_rank(path, gen, save_id, plan, arrays, vals, t0)

    if async_:
        return AsyncSave(run, blocking, bufs, staged)
    res = run()
    if group is not None:
        import torch.distributed as dist
        dist.barrier(group=group)
        res.committed = (path / COMMIT).exists()
    return res


def _write_rank(path: Path, gen: Path, save_id: str, plan: SavePlan, arrays: list[np.ndarray],
                vals: dict, t0: float) -> SaveResult:
    rank, world_size = plan.rank, plan.world_size
    entries, pieces, pos = [], [], 0
    for item in plan.items:
        name = _piece_name(item.key, item)
        entries.append((name, item.dtype, item.local_shape, item.nbytes))
        pieces.append((item, name, pos))
        pos += item.nbytes
    header = safetensors_header(entries, {"format": FORMAT, "rank": str(rank), "world_size": str(world_size),
                                          "save_id": save_id})
    fname = f"{_rank_name(rank)}.safetensors"
    size, crcs = write_data_file(gen / fname, header, (memoryview(a).cast("B") if a.nbytes else memoryview(b"")
                                                       for a in arrays))
    meta = {
        "format": FORMAT, "version": VERSION, "save_id": save_id, "rank": rank, "world_size": world_size,
        "file": f"{gen.name}/{fname}", "size": size, "block": BLOCK, "crcs": crcs,
        "tensors": [{"key": it.key, "dtype": it.dtype, "global_shape": list(it.global_shape), "kind": it.kind,
                     "local_shape": list(it.local_shape), "name": name, "data_offset": len(header) + p,
                     "boxes": [[list(o), list(n), s] for (o, n), s in it.boxes]}
                    for it, name, p in pieces],
        "delegated": [[k, w] for k, w in plan.delegated],
        "values": vals,
    }
    write_json_atomic(gen / f"{_rank_name(rank)}.json", meta)
    committed = try_commit(path, gen, save_id, world_size)
    return SaveResult(str(path), rank, save_id, size, time.perf_counter() - t0, committed, plan=plan)


def try_commit(path: Path, gen: Path, save_id: str, world_size: int) -> bool:
    """Write the commit record if every rank's metadata piece of this save is present."""
    metas = []
    for r in range(world_size):
        p = gen / f"{_rank_name(r)}.json"
        if not p.exists():
            return False
        m = read_json(p, "rank metadata")
        if m.get("save_id") != save_id:
            return False
        metas.append(m)
    written = {(t["key"], m["rank"]) for m in metas for t in m["tensors"]}
    missing = []
    for m in metas:
        for key, writer in m["delegated"]:
            if (key, writer) not in written:
                missing.append(f"{key} (left to rank {writer} by rank {m['rank']})")
    if missing:
        raise CheckpointError(f"{path}: cannot commit save {save_id!r}: replicated pieces nobody wrote: "
                              + ", ".join(missing[:10]) + " (do all holders list the same replicated tensors?)")
    old_gen = _committed(path, "dir")
    commit = path / COMMIT
    record = {"format": FORMAT, "version": VERSION, "save_id": save_id, "world_size": world_size,
              "dir": gen.name, "ranks": metas}
    write_json_atomic(commit, record, tag=f"-{metas[0]['rank']}-{threading.get_ident()}")
    if old_gen and old_gen != gen.name:
        try:
            shutil.rmtree(safe_join(path, old_gen), ignore_errors=True)
        except CheckpointError:
            pass
    return True


# ----------------------------------------------------------------------------- reading
def pending_status(path: Path) -> str:
    """Why ``path`` has no commit record: which save directories exist and which ranks finished."""
    gens = sorted(p for p in path.glob("data-*") if p.is_dir()) if path.is_dir() else []
    if not gens:
        return "no checkpoint here (no commit record and no save in progress)"
    parts = []
    for g in gens:
        done = sorted(int(p.stem[4:]) for p in g.glob("rank*.json") if p.stem[4:].isdigit())
        ws = None
        if done:
            try:
                ws = read_json(g / f"{_rank_name(done[0])}.json", "rank metadata").get("world_size")
            except CheckpointError:
                pass
        if ws:
            miss = [r for r in range(ws) if r not in done]
            parts.append(f"save {g.name[5:]!r}: {len(done)} of {ws} ranks finished (missing ranks "
                         f"{', '.join(map(str, miss[:16]))}{'...' if len(miss) > 16 else ''})")
        else:
            parts.append(f"save {g.name[5:]!r}: no rank has finished")
    return "not committed: " + "; ".join(parts)


def read_own_index(path: Path) -> SavedIndex:
    """The :class:`SavedIndex` of a checkpoint written by :func:`save`."""
    commit = path / COMMIT
    if not commit.exists():
        raise CheckpointError(f"{path}: {pending_status(path)}")
    rec = read_json(commit, "commit record")
    if rec.get("format") != FORMAT:
        raise CheckpointError(f"{commit}: not a {FORMAT} commit record")
    if rec.get("version", 0) > VERSION:
        raise CheckpointError(f"{commit}: format version {rec.get('version')} is newer than this reader ({VERSION})")
    tensors: dict[str, TensorMeta] = {}
    files: dict[str, FileInfo] = {}
    values: dict[str, list] = {}
    ws = int(rec["world_size"])
    for m in rec["ranks"]:
        fname = m["file"]
        safe_join(path, fname)
        files[fname] = FileInfo(fname, int(m["size"]), int(m["block"]), tuple(m["crcs"]))
        for t in m["tensors"]:
            key, dtype, g = t["key"], t["dtype"], tuple(t["global_shape"])
            if dtype not in DTYPES:
                raise CheckpointError(f"{commit}: tensor {key}: unknown dtype {dtype!r}")
            meta = tensors.setdefault(key, TensorMeta(key, dtype, g))
            if meta.global_shape != g or meta.dtype != dtype:
                raise CheckpointError(f"{commit}: tensor {key}: ranks disagree on shape/dtype "
                                      f"({meta.global_shape} {meta.dtype} vs {g} {dtype})")
            item = DTYPES[dtype].itemsize
            for off, ln, start in t["boxes"]:
                meta.pieces.append(SavedPiece(key, g, tuple(off), tuple(ln), dtype, fname,
                                              int(t["data_offset"]) + int(start) * item, tuple(ln),
                                              source_key=t["name"]))
        for k, v in m.get("values", {}).items():
            values.setdefault(k, [None] * ws)[m["rank"]] = v
    return SavedIndex(str(path), tensors, files, values, ws, FORMAT)


# readers for other writers' formats register here: name -> (detect(path), read(path))
READERS: dict[str, tuple[Callable[[Path], bool], Callable[[Path], SavedIndex]]] = {}


def open_index(path: str | os.PathLike) -> SavedIndex:
    """Read what a checkpoint holds: ours, or any format with a registered reader."""
    p = Path(path)
    if not p.exists():
        raise CheckpointError(f"{p}: no such checkpoint")
    if (p / COMMIT).exists() or any(p.glob("data-*")):
        return read_own_index(p)
    _load_readers()
    for name, (detect, read) in READERS.items():
        if detect(p):
            return read(p)
    raise CheckpointError(f"{p}: {pending_status(p)}")


def _load_readers() -> None:
    try:
        from . import interop  # noqa: F401  (registers the readers of other formats)
    except ImportError:
        pass


def _value_for(key: str, saved: list, rank: int) -> Any:
    if rank < len(saved) and saved[rank] is not None:
        return V.decode(saved[rank])
    present = [v for v in saved if v is not None]
    if present and all(v == present[0] for v in present):
        return V.decode(present[0])
    raise CheckpointError(f"{key}: saved per rank by {len(saved)} ranks with different values; "
                          f"rank {rank} has no counterpart (drop it from the template or set it yourself)")


def _dest_for(key: str, entry: Any, world_size: int, rank: int):
    spec = spec_of(key, entry, world_size, rank)
    data = entry_data(entry)
    arr, _ = as_array(data)
    same = arr.flags.writeable and _shares(data, arr)
    if not same:
        arr = np.empty(arr.shape, arr.dtype)
    if spec.kind == "flat":
        arr = arr.reshape(-1)
    return spec, data, arr, same


def _shares(data: Any, arr: np.ndarray) -> bool:
    if isinstance(data, np.ndarray):
        return np.shares_memory(data, arr)
    if type(data).__module__.startswith("torch"):
        return data.device.type == "cpu" and data.is_contiguous() and data.data_ptr() == arr.ctypes.data
    try:  # paddle: a CPU tensor viewed through dlpack shares its memory
        return bool(data.place.is_cpu_place()) and data.data_ptr() == arr.ctypes.data
    except Exception:
        return False


def _write_back(data: Any, arr: np.ndarray, dtype: str) -> Any:
    if isinstance(data, np.ndarray):
        data[...] = arr.reshape(data.shape)
        return data
    if type(data).__module__.startswith("torch"):
        import torch
        src = V.to_kind(np.ascontiguousarray(arr.reshape(tuple(data.shape))), dtype, "torch")
        with torch.no_grad():
            data.copy_(src)
        return data
    t = V.to_kind(np.ascontiguousarray(arr.reshape(tuple(data.shape))), dtype, "paddle")
    data.set_value(t)
    return data


def _index(path: str | os.PathLike, rules: Any) -> SavedIndex:
    """What the checkpoint holds, seen through ``rules`` when given."""
    index = open_index(path)
    if rules is not None:
        from .rules import apply_rules
        index = apply_rules(index, rules)
    return index


def plan_for(path: str | os.PathLike, template: Mapping[str, Any], *, rank: int = 0, world_size: int = 1,
             rules: Any = None) -> tuple[SavedIndex, LoadPlan]:
    """The index and the :class:`LoadPlan` ``load`` would use; reads metadata only."""
    index = _index(path, rules)
    specs = [spec_of(k, e, world_size, rank) for k, e in flatten(template).items() if is_entry(e)]
    return index, plan_load(index, specs, rank)


def load(path: str | os.PathLike, template: Mapping[str, Any], *, rank: int = 0, world_size: int = 1,
         group=None, rules: Any = None, verify: bool = True, progress: bool = False) -> dict:
    """Fill ``template`` (the layout wanted now) from the checkpoint at ``path``.

    The template has the same kinds of entries as a saved state: its tensors are the
    destinations (filled in place when possible) and say which box each rank wants.
    Keys in the checkpoint that the template does not name are skipped (partial load).
    ``rules`` (see :mod:`paddlecamp.checkpoint.rules`) rename, split, fuse, transpose or
    cast saved tensors on the way. Returns the template's structure with loaded values.
    """
    if group is not None:
        rank, world_size = _group_info(group)
    index = _index(path, rules)
    flat = flatten(template)
    dest = Destinations()
    specs, finish = [], {}
    for key, entry in flat.items():
        if is_entry(entry):
            spec, data, arr, same = _dest_for(key, entry, world_size, rank)
            specs.append(spec)
            dest.add(key, arr, spec.boxes, spec.dtype)
            finish[key] = (data, arr, same, spec.dtype)
    plan = plan_load(index, specs, rank)
    bar = None
    if progress:
        from tqdm.auto import tqdm
        bar = tqdm(total=plan.nbytes, unit="B", unit_scale=True, desc=f"load rank {rank}")
    try:
        execute(plan, index, dest, verify=verify, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    out_tensors = {}
    for key, (data, arr, same, dtype) in finish.items():
        out_tensors[key] = data if same else _write_back(data, arr, dtype)

    def leaf(key: str, t: Any) -> Any:
        if key in out_tensors:
            return out_tensors[key]
        if key not in index.values:
            raise CheckpointError(f"{path}: {key}: not in the checkpoint (non-tensor value)")
        return _value_for(key, index.values[key], rank)

    result = rebuild(template, leaf)
    if group is not None:
        import torch.distributed as dist
        dist.barrier(group=group)
    return result


# ----------------------------------------------------------------------------- leftovers
@dataclass
class Leftover:
    """A save directory that no commit record names: a crashed save, or one still running."""
    path: str
    files: int
    bytes: int
    age_seconds: float


def leftover_saves(path: str | os.PathLike) -> list[Leftover]:
    """Save directories under ``path`` other than the committed one, with their size and age.

    A commit removes the save it replaces, but not a save that crashed: its files stay
    until :func:`collect_garbage` (``paddlecamp ckpt gc``) removes them.
    """
    p = Path(path)
    current = _committed(p, "dir")
    now = time.time()
    out = []
    for g in sorted(p.glob("data-*")):
        if not g.is_dir() or g.name == current:
            continue
        files = [f for f in g.rglob("*") if f.is_file()]
        newest = max((f.stat().st_mtime for f in files), default=g.stat().st_mtime)
        out.append(Leftover(str(g), len(files), sum(f.stat().st_size for f in files), now - newest))
    return out


def collect_garbage(path: str | os.PathLike, older_than: float = 3600.0, dry_run: bool = False) -> list[Leftover]:
    """Remove leftover save directories untouched for ``older_than`` seconds; returns what was (or would be) removed.

    The age guard keeps a save that is still being written (by a slow rank, or an async
    save) from being removed under it.
    """
    gone = [lo for lo in leftover_saves(path) if lo.age_seconds >= older_than]
    if not dry_run:
        for lo in gone:
            shutil.rmtree(lo.path, ignore_errors=True)
    return gone
