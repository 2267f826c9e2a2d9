"""Carry out a :class:`LoadPlan`: read each byte range once, verify it, put it in place.

Reads that can go straight into the destination tensor (both sides contiguous, same
dtype, no transpose) do, with ``preadv``; only the partial crc blocks at their ends pass
through a reused scratch buffer. Everything else is read into the scratch buffer and
copied (sliced, transposed, cast) into place, a band of rows at a time. Reads are cut
into ``READ_CHUNK`` pieces that two threads run in file order, so one verifies and
copies while the other waits for the disk.
"""
from __future__ import annotations

import os
import threading
from dataclasses import replace
from typing import Callable

import numpy as np

from .boxes import contiguous_span, row_major_strides, volume
from .entries import DTYPES
from .plan import CheckpointError, LoadPlan, ReadItem, SavedIndex, SavedPiece, name_tensors, tensors_in_range
from .storage import ChecksumError, read_verified, safe_join

# encoding name -> function(piece, blob bytes) -> the whole stored array (numpy, stored dtype)
DECODERS: dict[str, Callable[[SavedPiece, memoryview], np.ndarray]] = {}


def cast_array(arr: np.ndarray, src: str, dst: str) -> np.ndarray:
    """Convert an array holding ``src``-typed bytes into ``dst``-typed bytes (bf16 via its bits)."""
    if src == dst:
        return arr
    if src == "BF16":
        arr = (arr.astype(np.uint32) << 16).view(np.float32)
    elif src in ("F8_E4M3", "F8_E5M2"):
        import torch
        t = torch.from_numpy(np.ascontiguousarray(arr)).view(torch.float8_e4m3fn if src == "F8_E4M3" else torch.float8_e5m2)
        arr = t.float().numpy()
    if dst == "BF16":
        f = np.ascontiguousarray(arr, dtype=np.float32).view(np.uint32)
        rounded = f + (np.uint32(0x7FFF) + ((f >> 16) & 1))  # round to nearest even
        nan = np.isnan(f.view(np.float32))
        out = (rounded >> 16).astype(np.uint16)
        out[nan] = 0x7FC0
        return out
    if dst in ("F8_E4M3", "F8_E5M2"):
        import torch
        t = torch.from_numpy(np.ascontiguousarray(arr, dtype=np.float32))
        return t.to(torch.float8_e4m3fn if dst == "F8_E4M3" else torch.float8_e5m2).view(torch.uint8).numpy()
    return arr.astype(DTYPES[dst])


def _window_view(flat: np.ndarray, piece: SavedPiece, item: ReadItem) -> np.ndarray:
    """The logical box of ``item`` as a view of ``flat``, which starts at the window's first element."""
    woff, wlen = piece.stored_window(item.offsets, item.lengths)
    itemsize = flat.dtype.itemsize
    strides = tuple(s * itemsize for s in row_major_strides(piece.stored_shape))
    need = contiguous_span(piece.stored_shape, woff, wlen)
    view = np.lib.stride_tricks.as_strided(flat[: need[1] - need[0]], shape=wlen, strides=strides, writeable=False)
    if piece.perm is not None:
        view = view.transpose(piece.perm)
    return view


class Destinations:
    """This rank's destination arrays: per key, the local array and its boxes."""

    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}
        self.boxes: dict[str, tuple] = {}
        self.dtypes: dict[str, str] = {}

    def add(self, key: str, arr: np.ndarray, boxes: tuple, dtype: str) -> None:
        self.arrays[key], self.boxes[key], self.dtypes[key] = arr, boxes, dtype

    def region(self, item: ReadItem) -> np.ndarray:
        (doff, dlen), start = self.boxes[item.key][item.dst_index]
        flat = self.arrays[item.key].reshape(-1)
        box = flat[start:start + volume(dlen)].reshape(dlen)
        return box[tuple(slice(r, r + n) for r, n in zip(item.dst_rel, item.lengths)) + (Ellipsis,)]


#: Reads are cut into pieces of about this size (at crc-block boundaries), so that a
#: reader thread verifies one piece while another waits for the disk, and a single read
#: stays far below the kernel's 2 GiB limit per call.
READ_CHUNK = 32 << 20
#: Reader threads; ``preadv``, crc32c and numpy copies all release the GIL.
READ_THREADS = 2


class _Task:
    """One unit of work for a reader thread: reads (and copies) of about ``READ_CHUNK`` bytes."""
    __slots__ = ("parts", "nbytes", "credit")

    def __init__(self) -> None:
        self.parts: list[tuple] = []
        self.nbytes = 0  # bytes this task reads
        self.credit = 0  # bytes of the plan's items it completes (for progress)


def _split_rows(it: ReadItem, chunk: int) -> list[ReadItem]:
    """Cut a raw, untransposed read along its first axis into reads of about ``chunk`` bytes."""
    piece = it.piece
    if piece.encoding != "raw" or piece.perm is not None or not it.lengths or it.lengths[0] <= 1 \
            or it.byte_stop - it.byte_start <= chunk:
        return [it]
    item = DTYPES[piece.dtype].itemsize
    row = volume(piece.stored_shape[1:]) * item
    step = max(1, chunk // max(row, 1))
    out = []
    for r in range(0, it.lengths[0], step):
        n = min(step, it.lengths[0] - r)
        offs = (it.offsets[0] + r,) + tuple(it.offsets[1:])
        lens = (n,) + tuple(it.lengths[1:])
        woff, wlen = piece.stored_window(offs, lens)
        s, e = contiguous_span(piece.stored_shape, woff, wlen)
        out.append(replace(it, offsets=offs, lengths=lens, dst_rel=(it.dst_rel[0] + r,) + tuple(it.dst_rel[1:]),
                           byte_start=piece.byte_offset + s * item, byte_stop=piece.byte_offset + e * item))
    return out


def execute(plan: LoadPlan, index: SavedIndex, dest: Destinations, verify: bool = True,
            progress: Callable[[int], None] | None = None, threads: int | None = None) -> int:
    """Run every read of ``plan`` into ``dest``; returns the bytes read from disk.

    Large reads are cut into ``READ_CHUNK`` pieces and run by ``threads`` (default
    ``READ_THREADS``) reader threads in file order; the first error stops the rest.
    """
    by_file: dict[str, list[ReadItem]] = {}
    for it in plan.items:
        by_file.setdefault(it.piece.file, []).append(it)
    fds: dict[str, tuple[int, str, int, set]] = {}  # file -> (fd, path, size, verified blocks)
    tasks: list[_Task] = []
    total = 0
    try:
        for fname, items in by_file.items():
            info = index.files.get(fname)
            path = safe_join(index.root, fname)
            try:
                fd = os.open(path, os.O_RDONLY)
            except FileNotFoundError:
                raise CheckpointError(f"{path}: missing data file (holds {items[0].key})") from None
            size = os.fstat(fd).st_size
            fds[fname] = (fd, str(path), size, set())
            if info is not None and info.size != size:
                held = (f"bytes [{size}, {info.size}) held {_holders(index, fname, size, info.size)}"
                        if size < info.size else f"holds {items[0].key}")
                raise CheckpointError(f"{path}: size {size} but the metadata recorded {info.size} "
                                      f"(truncated or replaced; {held})")
            crcs = info.crcs if (verify and info is not None) else None
            block = info.block if info is not None else 0
            cur = _Task()
            for it in items:
                what = f"tensor {it.key} {_fmt(it)}"
                if it.direct:
                    # byte ranges cut at multiples of READ_CHUNK (a multiple of the crc block)
                    a, b, parts = it.byte_start, it.byte_stop, []
                    while a < b:
                        e = min(b, (a // READ_CHUNK + 1) * READ_CHUNK)
                        parts.append((a, e))
                        a = e
                    for a, e in parts or [(a, b)]:
                        cur.parts.append(("direct", fname, it, a, e, crcs, block, what))
                        cur.nbytes += e - a
                        cur.credit += e - a
                        if cur.nbytes >= READ_CHUNK:
                            tasks.append(cur)
                            cur = _Task()
                else:
                    subs = _split_rows(it, READ_CHUNK) if it.piece.encoding == "raw" else [it]
                    for j, sub in enumerate(subs):
                        cur.parts.append(("copy", fname, sub, sub.byte_start, sub.byte_stop, crcs, block, what))
                        cur.nbytes += sub.byte_stop - sub.byte_start
                        if j == len(subs) - 1:
                            cur.credit += it.byte_stop - it.byte_start
                        if cur.nbytes >= READ_CHUNK:
                            tasks.append(cur)
                            cur = _Task()
                total += it.byte_stop - it.byte_start
            if cur.parts:
                tasks.append(cur)
        n = READ_THREADS if threads is None else threads
        if n <= 1 or len(tasks) <= 1:
            scratch, decoded = bytearray(), {}
            try:
                for t in tasks:
                    _run_task(t, fds, dest, scratch, decoded)
                    if progress:
                        progress(t.credit)
            except ChecksumError as e:
                raise _with_holders(e, index, fds) from None
        else:
            from concurrent.futures import ThreadPoolExecutor
            local = threading.local()

            def work(t: _Task) -> int:
                if not hasattr(local, "scratch"):
                    local.scratch, local.decoded = bytearray(), {}
                _run_task(t, fds, dest, local.scratch, local.decoded)
                return t.credit

            pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="paddlecamp-read")
            try:
                futures = [pool.submit(work, t) for t in tasks]
                for f in futures:
                    try:
                        done = f.result()
                    except ChecksumError as e:
                        raise _with_holders(e, index, fds) from None
                    if progress:
                        progress(done)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
    finally:
        for fd, *_ in fds.values():
            os.close(fd)
    return total


def _holders(index: SavedIndex, fname: str | None, start: int, stop: int) -> str:
    """The tensors with a piece in ``fname`` whose bytes overlap ``[start, stop)``, for messages."""
    return name_tensors(tensors_in_range(index, fname, start, stop))


def _with_holders(e: ChecksumError, index: SavedIndex, fds: dict) -> CheckpointError:
    """The checksum error, naming every tensor with bytes in the damaged block (a block holds many)."""
    fname = next((f for f, (_, p, *_) in fds.items() if p == e.file), None)
    return CheckpointError(f"{e}; the damaged block holds {_holders(index, fname, e.start, e.stop)}")


def _run_task(task: _Task, fds: dict, dest: Destinations, scratch: bytearray, decoded: dict | None = None) -> None:
    """Run one task's reads. ``decoded`` keeps the last decoded (non-raw) chunk, so reads of
    several boxes of one DCP chunk (a flat destination spans several) decode it once."""
    decoded = {} if decoded is None else decoded
    for kind, fname, it, a, e, crcs, block, what in task.parts:
        fd, path, size, verified = fds[fname]
        piece = it.piece
        if kind == "direct":
            mv = memoryview(dest.region(it)).cast("B")
            read_verified(fd, path, a, e, mv[a - it.byte_start:e - it.byte_start], scratch, block, crcs, size, what,
                          verified)
            del mv
        elif piece.encoding == "raw":
            raw = read_verified(fd, path, it.byte_start, it.byte_stop, None, scratch, block, crcs, size, what,
                                verified)
            flat = np.frombuffer(raw, dtype=DTYPES[piece.dtype])
            src = _window_view(flat, piece, it)
            dest.region(it)[...] = cast_array(src, piece.dtype, dest.dtypes[it.key])
            del raw, flat, src  # views of scratch: released before it may grow
        else:
            decoder = DECODERS.get(piece.encoding)
            if decoder is None:
                raise CheckpointError(f"{path}: no decoder for encoding {piece.encoding!r} ({what})")
            ckey = (path, piece.byte_offset, piece.blob_nbytes)
            whole = decoded.get(ckey)
            if whole is None:
                blob = read_verified(fd, path, it.byte_start, it.byte_stop, None, scratch, 0, None, size, what)
                whole = np.ascontiguousarray(decoder(piece, blob))
                del blob
                if len(scratch) and np.may_share_memory(whole, np.frombuffer(scratch, np.uint8)):
                    whole = whole.copy()  # kept across reads: must not be a view of the scratch buffer
                if whole.size != volume(piece.stored_shape):
                    raise CheckpointError(f"{path}: {what}: decoded {whole.size} elements, "
                                          f"expected shape {piece.stored_shape}")
                decoded.clear()
                decoded[ckey] = whole
            woff, _ = piece.stored_window(it.offsets, it.lengths)
            s, _e = contiguous_span(piece.stored_shape, woff, it.lengths if piece.perm is None else
                                    piece.stored_window(it.offsets, it.lengths)[1])
            src = _window_view(whole.reshape(-1)[s:], piece, it)
            dest.region(it)[...] = cast_array(src, piece.dtype, dest.dtypes[it.key])


def _fmt(it: ReadItem) -> str:
    from .boxes import fmt_box
    return fmt_box(it.offsets, it.lengths)


