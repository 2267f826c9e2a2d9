"""Small in-process measurements for chapter 05-checkpoint/06: save and load against the disk's limit.

Every writer is timed until its bytes are durable (``fsync``): our :func:`save` does
``fdatasync`` itself, and for ``safetensors``, ``torch.save`` and torch DCP the files are
synced inside the timed region, so all compete on the same terms as the ``dd``-like
limit (:func:`write_limit`: one buffer, ``write`` + ``fdatasync``). Loads read from the
page cache (the files were just written), so the read limit is a plain ``preadv`` of the
same bytes (:func:`read_limit`). Medians of ``repeats`` runs.
"""
from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from .storage import fsync_dir

CHUNK = 64 << 20


def fsync_tree(path: str | os.PathLike) -> None:
    """fsync every file under ``path`` (or ``path`` itself) and the directories holding them."""
    p = Path(path)
    files = [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file()]
    dirs = {f.parent for f in files} | ({p} if p.is_dir() else set())
    for f in [*files, *dirs]:
        fsync_dir(f)  # opens read-only and fsyncs: works for files and directories


def _median_run(fn: Callable[[int], Any], repeats: int) -> list[float]:
    times = []
    for i in range(repeats):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return times


def write_limit(directory: str | os.PathLike, nbytes: int, repeats: int = 3) -> dict[str, Any]:
    """What ``dd if=/dev/zero of=F bs=64M conv=fdatasync`` measures, in Python: the disk's write limit."""
    buf = np.ones(int(nbytes), np.uint8)
    mv = memoryview(buf)
    path = Path(directory) / "dd-limit.bin"

    def once(_i: int) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            for s in range(0, len(mv), CHUNK):
                part, done = mv[s:s + CHUNK], 0
                while done < len(part):
                    done += os.write(fd, part[done:])
            os.fdatasync(fd)
        finally:
            os.close(fd)

    times = _median_run(once, repeats)
    path.unlink(missing_ok=True)
    sec = statistics.median(times)
    return {"name": "dd-like write + fdatasync", "seconds": sec, "bytes": int(nbytes), "gbps": nbytes / sec / 1e9,
            "runs": times}


def read_limit(files: Sequence[str | os.PathLike], repeats: int = 3) -> dict[str, Any]:
    """Time to ``preadv`` every byte of ``files`` into one buffer (from the page cache when they are warm)."""
    sizes = [os.path.getsize(f) for f in files]
    buf = np.empty(max(sizes, default=0) or 1, np.uint8)
    mv = memoryview(buf)

    def once(_i: int) -> None:
        for f, n in zip(files, sizes):
            fd = os.open(f, os.O_RDONLY)
            try:
                got = 0
                while got < n:
                    got += os.preadv(fd, [mv[got:n]], got)
            finally:
                os.close(fd)

    times = _median_run(once, repeats)
    sec = statistics.median(times)
    total = sum(sizes)
    return {"name": "read every byte (preadv)", "seconds": sec, "bytes": total, "gbps": total / sec / 1e9,
            "runs": times}


# ----------------------------------------------------------------------------- writers
def _ours(state: Mapping[str, Any], d: Path, i: int) -> None:
    from .api import save
    save(dict(state), d, save_id=f"s{i}")


def _safetensors(state: Mapping[str, Any], d: Path, i: int) -> None:
    from safetensors.torch import save_file
    d.mkdir(parents=True, exist_ok=True)
    f = d / "model.safetensors"
    save_file(dict(state), str(f))
    fsync_tree(d)


def _torch_save(state: Mapping[str, Any], d: Path, i: int) -> None:
    import torch
    d.mkdir(parents=True, exist_ok=True)
    torch.save(dict(state), d / "model.pt")
    fsync_tree(d)


def _dcp(state: Mapping[str, Any], d: Path, i: int) -> None:
    import warnings

    import torch.distributed.checkpoint as dcp
    d.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dcp.save(dict(state), storage_writer=dcp.FileSystemWriter(str(d)), no_dist=True)
    fsync_tree(d)


#: name -> writer(state, directory, run index); each leaves its bytes durable before returning.
WRITERS: dict[str, Callable[[Mapping[str, Any], Path, int], None]] = {
    "paddlecamp save": _ours,
    "safetensors save_file": _safetensors,
    "torch.save": _torch_save,
    "torch DCP save": _dcp,
}


def tensor_bytes(state: Mapping[str, Any]) -> int:
    """Bytes of the tensors in a flat state."""
    from .entries import as_array, is_tensor
    return sum(int(as_array(v)[0].nbytes) for v in state.values() if is_tensor(v))


def compare_saves(state: Mapping[str, Any], directory: str | os.PathLike, repeats: int = 3,
                  writers: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Time each writer of :data:`WRITERS` on the flat tensor ``state``; one row per writer.

    Each run writes into a fresh folder that is removed before the next one (outside
    the timed region), so every writer meets the same, empty file system.
    """
    root = Path(directory)
    nbytes = tensor_bytes(state)
    rows = []
    for name in writers or list(WRITERS):
        fn = WRITERS[name]
        times = []
        for i in range(repeats):
            d = Path(tempfile.mkdtemp(prefix="w-", dir=root))
            t0 = time.perf_counter()
            fn(state, d, i)
            times.append(time.perf_counter() - t0)
            on_disk = sum(f.stat().st_size for f in d.rglob("*") if f.is_file())
            shutil.rmtree(d)
        sec = statistics.median(times)
        rows.append({"name": name, "seconds": sec, "bytes": nbytes, "bytes_on_disk": on_disk,
                     "gbps": nbytes / sec / 1e9, "runs": times})
    return rows


# ----------------------------------------------------------------------------- a resharding load
def row_shards(full: Mapping[str, Any], world: int, rank: int) -> dict[str, Any]:
    """Rank ``rank``'s row block of every tensor in ``full`` (uneven splits allowed), as :class:`Shard` entries."""
    from .boxes import even_split
    from .entries import Shard

    out = {}
    for k, v in full.items():
        o, n = even_split(int(v.shape[0]), world, rank)
        out[k] = Shard(v[o:o + n], tuple(v.shape), (o,) + (0,) * (v.ndim - 1))
    return out


def reshard_load(full: Mapping[str, Any], directory: str | os.PathLike, src: int = 2, dst: int = 3,
                 repeats: int = 3, verify: bool = True) -> dict[str, Any]:
    """Save ``full`` as ``src`` row-sharded ranks, then time ``dst`` ranks loading their row blocks.

    The ``dst`` loads run one after another in this process (as one host with ``dst``
    ranks would, without the overlap); ``seconds`` is their sum, and every loaded block is
    checked against ``full``. ``verify=False`` skips the crc32c checks. Also times
    :func:`read_limit` on the saved files.
    """
    import torch

    from .api import load, open_index, save
    from .entries import Shard

    path = Path(tempfile.mkdtemp(prefix=f"reshard-{src}-{dst}-", dir=directory))
    for r in range(src):
        save(row_shards(full, src, r), path, rank=r, world_size=src, save_id="1")
    templates = []
    for r in range(dst):
        want = row_shards(full, dst, r)
        templates.append({k: Shard(torch.empty_like(s.local_tensor), s.global_shape, s.global_offset)
                          for k, s in want.items()})

    def once(_i: int) -> None:
        for r, t in enumerate(templates):
            load(path, t, rank=r, world_size=dst, verify=verify)

    times = _median_run(once, repeats)
    for r, t in enumerate(templates):
        for k, s in row_shards(full, dst, r).items():
            if not torch.equal(t[k].local_tensor, s.local_tensor):
                raise AssertionError(f"{k}: rank {r} of {dst} loaded wrong values")
    from .api import plan_for
    index = open_index(path)
    hashed = sum(verified_bytes(plan_for(path, t, rank=r, world_size=dst)[1], index) for r, t in enumerate(templates))
    files = [str(path / f) for f in index.files]
    limit = read_limit(files, repeats)
    sec = statistics.median(times)
    nbytes = tensor_bytes(full)
    return {"name": f"paddlecamp load {src}->{dst}" + ("" if verify else " (verify=False)"), "seconds": sec, "bytes": nbytes, "gbps": nbytes / sec / 1e9,
            "runs": times, "limit": limit, "path": str(path), "hashed_bytes": hashed if verify else 0}


def verified_bytes(plan, index) -> int:
    """Bytes a verifying load hashes for ``plan``: every crc block its reads touch, once per load.

    The reader remembers which blocks of each file it has verified, so small tensors
    sharing a block cost one hash of that block; this is the work ``load(..., verify=True)``
    adds to the bytes it needs.
    """
    blocks: set[tuple[str, int]] = set()
    total = 0
    for it in plan.items:
        info = index.files.get(it.piece.file)
        if info is None or not info.crcs or not info.block:
            continue
        for bi in range(it.byte_start // info.block, -(-it.byte_stop // info.block)):
            if (it.piece.file, bi) not in blocks:
                blocks.add((it.piece.file, bi))
                total += min(info.block, info.size - bi * info.block)
    return total
