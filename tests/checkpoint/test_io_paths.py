"""The fast paths of the data-file writer and the reader, forced on with small sizes.

Real checkpoints only take these paths above tens of MiB (8 MiB write chunks with
write-behind and a crc thread; 32 MiB read pieces, two reader threads, row bands for
sliced reads), so the tests shrink the sizes and compare against the plain paths.
"""
from __future__ import annotations

import os

import crc32c
import numpy as np
import pytest

from paddlecamp.checkpoint import CheckpointError, FlatShard, Shard, load, open_index, plan_for, save
from paddlecamp.checkpoint import reader as R
from paddlecamp.checkpoint import storage as S
from paddlecamp.checkpoint.entries import spec_of


def _state(seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    return {"w": rng.standard_normal((300, 700)).astype(np.float32),  # 840 KB
            "e": rng.integers(0, 2**16, (1000, 129), dtype=np.uint16),
            "b": rng.standard_normal(333).astype(np.float64),
            "s": np.arange(5, dtype=np.int32)}


def _save_rows(path, full: dict, world: int) -> None:
    for r in range(world):
        part = {}
        for k, a in full.items():
            lo, hi = a.shape[0] * r // world, a.shape[0] * (r + 1) // world
            part[k] = Shard(a[lo:hi], a.shape, (lo,) + (0,) * (a.ndim - 1))
        save(part, path, rank=r, world_size=world, save_id="1")


def _template(full: dict, rank: int, world: int, layout: str) -> dict:
    out = {}
    for k, a in full.items():
        ax = 1 if layout == "cols" and a.ndim == 2 else 0
        if layout == "flat":
            n = a.size
            lo, hi = n * rank // world, n * (rank + 1) // world
            out[k] = FlatShard(np.zeros(hi - lo, a.dtype), a.shape, lo)
            continue
        n = a.shape[ax]
        lo, hi = n * rank // world, n * (rank + 1) // world
        shape = tuple(hi - lo if i == ax else m for i, m in enumerate(a.shape))
        out[k] = Shard(np.zeros(shape, a.dtype), a.shape, tuple(lo if i == ax else 0 for i in range(a.ndim)))
    return out


def _expected(full: dict, rank: int, world: int, layout: str) -> dict:
    out = {}
    for k, a in full.items():
        if layout == "flat":
            n = a.size
            out[k] = a.reshape(-1)[n * rank // world:n * (rank + 1) // world]
            continue
        ax = 1 if layout == "cols" and a.ndim == 2 else 0
        n = a.shape[ax]
        out[k] = np.take(a, np.arange(n * rank // world, n * (rank + 1) // world), axis=ax)
    return out


@pytest.mark.parametrize("threads", [1, 3])
@pytest.mark.parametrize("layout", ["rows", "cols", "flat"])
def test_small_read_pieces_and_threads_load_bit_exact(tmp_path, monkeypatch, threads, layout):
    full = _state()
    _save_rows(tmp_path, full, 2)
    monkeypatch.setattr(R, "READ_CHUNK", 48 << 10)  # cut reads into many pieces and row bands
    monkeypatch.setattr(R, "READ_THREADS", threads)
    for rank in range(3):
        out = load(tmp_path, _template(full, rank, 3, layout), rank=rank, world_size=3)
        want = _expected(full, rank, 3, layout)
        for k in full:
            assert out[k].tobytes() == want[k].tobytes(), (layout, rank, k)


def test_progress_adds_up_to_the_plan(tmp_path, monkeypatch):
    full = _state(1)
    _save_rows(tmp_path, full, 2)
    monkeypatch.setattr(R, "READ_CHUNK", 40 << 10)
    tmpl = _template(full, 1, 3, "cols")
    index, plan = plan_for(tmp_path, tmpl, rank=1, world_size=3)
    dest = R.Destinations()
    for k, e in tmpl.items():
        spec = spec_of(k, e, 3, 1)
        dest.add(k, e.local_tensor, spec.boxes, spec.dtype)
    seen = []
    total = R.execute(plan, index, dest, progress=seen.append)
    assert sum(seen) == total == plan.nbytes and len(seen) > 1


def test_damage_found_by_a_reader_thread_is_raised_and_files_closed(tmp_path, monkeypatch, flip_byte):
    full = _state(2)
    _save_rows(tmp_path, full, 1)
    idx = open_index(tmp_path)
    piece = idx.tensors["e"].pieces[0]
    path = tmp_path / piece.file
    flip_byte(path, piece.byte_offset + 1000, 1)
    monkeypatch.setattr(R, "READ_CHUNK", 32 << 10)
    monkeypatch.setattr(R, "READ_THREADS", 3)
    fds = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None
    with pytest.raises(CheckpointError, match=r"checksum mismatch.*damaged block holds tensors? (\w+, )*e\b"):
        load(tmp_path, {k: np.zeros_like(a) for k, a in full.items()})
    if fds is not None:
        assert len(os.listdir("/proc/self/fd")) == fds


@pytest.mark.parametrize("sync_file_range", [True, False])
def test_write_behind_and_crc_thread_write_the_same_bytes(tmp_path, monkeypatch, sync_file_range):
    monkeypatch.setattr(S, "_WRITE_CHUNK", 64 << 10)
    monkeypatch.setattr(S, "WRITE_BEHIND", 256 << 10)
    if not sync_file_range:
        monkeypatch.setattr(S, "_SYNC_FILE_RANGE", None)
    rng = np.random.default_rng(3)
    bufs = [rng.integers(0, 256, n, dtype=np.uint8) for n in (1, 70_000, 0, 3 << 20, 5, 1 << 20)]
    header = b"h" * 24
    size, crcs = S.write_data_file(tmp_path / "f.bin", header, (memoryview(b) for b in bufs), block=1 << 20)
    data = (tmp_path / "f.bin").read_bytes()
    assert data == header + b"".join(b.tobytes() for b in bufs) and size == len(data)
    assert crcs == [crc32c.crc32c(data[i:i + (1 << 20)]) for i in range(0, len(data), 1 << 20)]
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_a_failing_buffer_leaves_no_file_and_no_thread(tmp_path, monkeypatch):
    import threading
    monkeypatch.setattr(S, "_WRITE_CHUNK", 64 << 10)

    def bufs():
        yield memoryview(np.ones(1 << 20, np.uint8))
        raise RuntimeError("source failed")

    before = threading.active_count()
    with pytest.raises(RuntimeError, match="source failed"):
        S.write_data_file(tmp_path / "f.bin", b"x" * 8, bufs())
    assert list(tmp_path.iterdir()) == [] and threading.active_count() == before
