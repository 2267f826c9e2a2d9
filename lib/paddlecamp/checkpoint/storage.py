"""Bytes on disk: safetensors-compatible data files, per-block crc32c, atomic small files.

A data file is a valid safetensors file (8-byte header length, JSON header, raw data,
no pickle), so ``safetensors.safe_open`` and ``mmap`` read it. Its crc32c is kept per
``BLOCK`` bytes of the whole file, so a reader that wants only a byte range verifies only
the blocks it touches. Writes stream from the tensors' memory with the crc computed on a
second thread and the written pages flushed behind the writer (:class:`_WriteBehind`).
"""
from __future__ import annotations

import json
import os
import re
import struct
from pathlib import Path
from typing import Iterable, Sequence

import crc32c as _crc

from .plan import CheckpointError

BLOCK = 4 << 20
_WRITE_CHUNK = 8 << 20
#: bytes of a file being written that may sit in the page cache (see :class:`_WriteBehind`)
WRITE_BEHIND = 32 << 20
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$")


class ChecksumError(CheckpointError):
    """A crc block of ``file`` does not match: bytes ``[start, stop)`` are damaged."""

    def __init__(self, message: str, file: str, start: int, stop: int):
        super().__init__(message)
        self.file, self.start, self.stop = file, start, stop


def crc(data, value: int = 0) -> int:
    """crc32c of a bytes-like object (the GIL is released for large buffers)."""
    return _crc.crc32c(data, value=value)


def safe_join(root: str | os.PathLike, name: str) -> Path:
    """``root/name`` for a file name read from metadata, refusing anything that leaves ``root``."""
    if not isinstance(name, str) or not _SAFE_NAME.match(name) or any(p in ("..", ".") for p in name.split("/")):
        raise CheckpointError(f"{root}: refusing file name {name!r} from metadata (not a plain relative name)")
    base = Path(root).resolve()
    p = (base / name).resolve()
    if base != p and base not in p.parents:
        raise CheckpointError(f"{root}: refusing file name {name!r} from metadata (leaves the checkpoint)")
    return p


def fsync_dir(path: str | os.PathLike) -> None:
    """Make a rename or a new file in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_atomic(path: Path, obj, tag: str = "") -> None:
    """Write JSON to a temporary file, fsync it, rename it over ``path`` and fsync the directory."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}{tag}")
    data = json.dumps(obj, separators=(",", ":")).encode()
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def read_json(path: Path, what: str) -> dict:
    """Read a JSON file, naming it in any error."""
    try:
        with open(path, "rb") as f:
            return json.loads(f.read())
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as e:
        raise CheckpointError(f"{path}: unreadable {what}: {e}") from None


def safetensors_header(entries: Sequence[tuple[str, str, Sequence[int], int]], metadata: dict[str, str]) -> bytes:
    """The header bytes (length prefix included) for ``(name, dtype, shape, nbytes)`` entries in order."""
    hdr: dict = {"__metadata__": metadata} if metadata else {}
    pos = 0
    for name, dtype, shape, nbytes in entries:
        hdr[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [pos, pos + nbytes]}
        pos += nbytes
    raw = json.dumps(hdr, separators=(",", ":")).encode()
    raw += b" " * (-len(raw) % 8)
    return struct.pack("<Q", len(raw)) + raw


class BlockCrc:
    """crc32c of consecutive ``block``-byte blocks of a stream fed in arbitrary pieces."""

    def __init__(self, block: int = BLOCK):
        self.block, self.crcs, self._cur, self._fill = block, [], 0, 0

    def update(self, data: memoryview) -> None:
        data = data.cast("B") if data.ndim != 1 or data.format != "B" else data
        pos, n = 0, len(data)
        while pos < n:
            take = min(n - pos, self.block - self._fill)
            self._cur = crc(data[pos:pos + take], self._cur)
            self._fill += take
            pos += take
            if self._fill == self.block:
                self.crcs.append(self._cur)
                self._cur, self._fill = 0, 0

    def finish(self) -> list[int]:
        if self._fill:
            self.crcs.append(self._cur)
            self._cur, self._fill = 0, 0
        return self.crcs


class _CrcFeeder:
    """A :class:`BlockCrc` fed in order by one background thread once there is enough to do.

    crc32c releases the GIL, so checksumming one chunk overlaps writing the next.
    Small files never start the thread.
    """

    def __init__(self, block: int):
        self.bc = BlockCrc(block)
        self.batch: list[memoryview] = []
        self.batch_bytes = 0
        self.pool = None
        self.fut = None

    def add(self, mv: memoryview) -> None:
        self.batch.append(mv)
        self.batch_bytes += len(mv)
        if self.batch_bytes >= _WRITE_CHUNK:
            self._submit()

    def _submit(self) -> None:
        if self.pool is None:
            from concurrent.futures import ThreadPoolExecutor
            self.pool = ThreadPoolExecutor(1, thread_name_prefix="paddlecamp-crc")
        if self.fut is not None:
            self.fut.result()
        batch, self.batch, self.batch_bytes = self.batch, [], 0
        self.fut = self.pool.submit(self._run, batch)

    def _run(self, batch: list[memoryview]) -> None:
        for mv in batch:
            self.bc.update(mv)

    def finish(self) -> list[int]:
        if self.fut is not None:
            self.fut.result()
        self._run(self.batch)
        self.batch = []
        self.close()
        return self.bc.finish()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None


def _libc_sync_file_range():
    try:
        import ctypes
        fn = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError, ImportError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_SYNC_FILE_RANGE = _libc_sync_file_range() if os.name == "posix" else None
_SFR_WAIT_BEFORE, _SFR_WRITE, _SFR_WAIT_AFTER = 1, 2, 4
_FADVISE = getattr(os, "posix_fadvise", None)


class _WriteBehind:
    """Keep at most ``WRITE_BEHIND`` bytes of a file being written in the page cache.

    Every ``_WRITE_CHUNK`` written starts its writeback; once more than ``WRITE_BEHIND``
    bytes are in flight the oldest are waited for and dropped from the cache. The disk
    then writes while we copy the next chunk (instead of everything at ``fdatasync``), and
    the page cache reuses a few warm pages instead of taking fresh memory for the whole
    file, which costs as much as the disk write itself on some machines (VMs whose
    freed memory goes back to the host). Without ``sync_file_range`` (not Linux) it
    falls back to ``posix_fadvise(DONTNEED)`` or does nothing.
    """

    def __init__(self, fd: int):
        self.fd, self.started, self.flight = fd, 0, []

    def wrote(self, size: int) -> None:
        if size - self.started < _WRITE_CHUNK:
            return
        a, n = self.started, size - self.started
        self.started = size
        try:
            if _SYNC_FILE_RANGE is not None:
                _SYNC_FILE_RANGE(self.fd, a, n, _SFR_WRITE)
            elif _FADVISE is not None:
                _FADVISE(self.fd, a, n, os.POSIX_FADV_DONTNEED)  # starts writeback of dirty pages
            self.flight.append((a, n))
            while self.flight and size - self.flight[0][0] > WRITE_BEHIND:
                a, n = self.flight.pop(0)
                if _SYNC_FILE_RANGE is not None:
                    _SYNC_FILE_RANGE(self.fd, a, n, _SFR_WAIT_BEFORE | _SFR_WRITE | _SFR_WAIT_AFTER)
                if _FADVISE is not None:
                    _FADVISE(self.fd, a, n, os.POSIX_FADV_DONTNEED)
        except OSError:  # advice only: a file system that refuses it is written the plain way
            self.flight.clear()

    def done(self) -> None:
        """After ``fdatasync``: drop the rest of the file from the cache."""
        if _FADVISE is not None:
            try:
                _FADVISE(self.fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass


def write_data_file(path: Path, header: bytes, buffers: Iterable[memoryview], block: int = BLOCK) -> tuple[int, list[int]]:
    """Write ``header`` then each buffer to ``path`` (through a temporary name), fdatasync, rename.

    Returns the file size and its block crcs. Buffers are written straight from the
    tensors' memory in ``_WRITE_CHUNK`` pieces; no copy is made. A background thread
    computes the crcs while the writes go on, and the written pages are flushed behind
    the writer and dropped from the page cache (:class:`_WriteBehind`).
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    feeder = _CrcFeeder(block)
    size = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    wb = _WriteBehind(fd)
    try:
        for buf in ([memoryview(header)], buffers):
            for mv in buf:
                mv = mv.cast("B") if (mv.ndim != 1 or mv.format != "B") else mv
                for s in range(0, len(mv), _WRITE_CHUNK):
                    part = mv[s:s + _WRITE_CHUNK]
                    feeder.add(part)
                    done = 0
                    while done < len(part):
                        done += os.write(fd, part[done:])
                    size += len(part)
                    wb.wrote(size)
        crcs = feeder.finish()
        os.fdatasync(fd)
        wb.done()
    except BaseException:
        feeder.close()
        os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    os.close(fd)
    os.replace(tmp, path)
    return size, crcs


def read_verified(fd: int, fname: str, start: int, stop: int, dest: memoryview | None,
                  scratch: bytearray, block: int, crcs: Sequence[int] | None, file_size: int,
                  what: str, verified: set | None = None) -> memoryview:
    """Read bytes ``[start, stop)`` of an open file, checking the crc of every block they touch.

    With ``dest`` (a writable byte view of exactly ``stop - start`` bytes) the range goes
    straight into it and only the partial blocks at the ends go through ``scratch``;
    otherwise the range is returned as a view of ``scratch``. ``what`` names the tensor.
    ``verified`` (optional) is the set of this file's block numbers already checked: a
    read inside such blocks reads only its own bytes and hashes nothing, and the blocks
    this read checks are added to it, so small tensors sharing a block hash it once.
    """
    if stop > file_size:
        raise CheckpointError(f"{fname}: truncated: {what} needs bytes [{start}, {stop}) but the file has {file_size}")
    if crcs and verified is not None and stop > start and \
            all(i in verified for i in range(start // block, (stop - 1) // block + 1)):
        crcs = None  # every block it touches was checked by an earlier read of this load
    if not crcs:
        a, b = start, stop
    else:
        a = (start // block) * block
        b = min(file_size, -(-stop // block) * block)
    need_scratch = (start - a) + (b - stop) + (0 if dest is not None else stop - start)
    if len(scratch) < need_scratch:
        scratch.extend(bytes(need_scratch - len(scratch)))
    sv = memoryview(scratch)
    if dest is not None:
        head, tail = sv[:start - a], sv[start - a:start - a + b - stop]
        segs = [head, dest, tail]
    else:
        segs = [sv[:b - a]]
    got = os.preadv(fd, [s for s in segs if len(s)], a)
    if got != b - a:
        raise CheckpointError(f"{fname}: short read at {a} ({got} of {b - a} bytes) for {what}")
    if crcs:
        pos, bi, cur, filled = a, a // block, 0, 0
        for s in segs:
            off = 0
            while off < len(s):
                take = min(len(s) - off, block - filled, b - pos)
                cur = crc(s[off:off + take], cur)
                off += take
                filled += take
                pos += take
                if filled == block or pos == b:
                    if bi >= len(crcs) or crcs[bi] != cur:
                        raise ChecksumError(f"{fname}: checksum mismatch in bytes [{bi * block}, {bi * block + filled})"
                                            f" read for {what}: the file is corrupted", fname, bi * block,
                                            bi * block + filled)
                    if verified is not None:
                        verified.add(bi)
                    bi, cur, filled = bi + 1, 0, 0
    if dest is not None:
        return dest
    return sv[start - a:stop - a]
