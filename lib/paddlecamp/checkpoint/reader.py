"""Carry out a :class:`LoadPlan`: read each byte range once, verify it, put it in place.

Reads that can go straight into the destination tensor (both sides contiguous, same
dtype, no transpose) do, with ``preadv``; only the partial crc blocks at their ends pass
through a reused scratch buffer. Everything else is read into the scratch buffer and
copied (sliced, transposed, cast) into place.
"""
from __future__ import annotations

import os
from typing import Callable

import numpy as np

from .boxes import contiguous_span, row_major_strides, volume
from .entries import DTYPES
from .plan import CheckpointError, LoadPlan, ReadItem, SavedIndex, SavedPiece
from .storage import read_verified, safe_join

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


def execute(plan: LoadPlan, index: SavedIndex, dest: Destinations, verify: bool = True,
            progress: Callable[[int], None] | None = None) -> int:
    """Run every read of ``plan`` into ``dest``; returns the bytes read from disk."""
    scratch = bytearray()
    total = 0
    by_file: dict[str, list[ReadItem]] = {}
    for it in plan.items:
        by_file.setdefault(it.piece.file, []).append(it)
    for fname, items in by_file.items():
        info = index.files.get(fname)
        path = safe_join(index.root, fname)
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            raise CheckpointError(f"{path}: missing data file (holds {items[0].key})") from None
        try:
            size = os.fstat(fd).st_size
            if info is not None and info.size != size:
                raise CheckpointError(f"{path}: size {size} but the metadata recorded {info.size} "
                                      f"(truncated or replaced; holds {items[0].key})")
            crcs = info.crcs if (verify and info is not None) else None
            block = info.block if info is not None else 0
            for it in items:
                what = f"tensor {it.key} {_fmt(it)}"
                piece = it.piece
                if it.direct:
                    target = dest.region(it)
                    mv = memoryview(target).cast("B")
                    read_verified(fd, str(path), it.byte_start, it.byte_stop, mv, scratch, block, crcs, size, what)
                elif piece.encoding == "raw":
                    raw = read_verified(fd, str(path), it.byte_start, it.byte_stop, None, scratch, block, crcs,
                                        size, what)
                    flat = np.frombuffer(raw, dtype=DTYPES[piece.dtype])
                    src = _window_view(flat, piece, it)
                    dest.region(it)[...] = cast_array(src, piece.dtype, dest.dtypes[it.key])
                    del raw, flat, src  # views of scratch: released before it may grow
                else:
                    decoder = DECODERS.get(piece.encoding)
                    if decoder is None:
                        raise CheckpointError(f"{path}: no decoder for encoding {piece.encoding!r} ({what})")
                    blob = read_verified(fd, str(path), it.byte_start, it.byte_stop, None, scratch, 0, None, size, what)
                    whole = np.ascontiguousarray(decoder(piece, blob))
                    if whole.size != volume(piece.stored_shape):
                        raise CheckpointError(f"{path}: {what}: decoded {whole.size} elements, "
                                              f"expected shape {piece.stored_shape}")
                    woff, _ = piece.stored_window(it.offsets, it.lengths)
                    s, _e = contiguous_span(piece.stored_shape, woff, it.lengths if piece.perm is None else
                                            piece.stored_window(it.offsets, it.lengths)[1])
                    del blob
                    src = _window_view(whole.reshape(-1)[s:], piece, it)
                    dest.region(it)[...] = cast_array(src, piece.dtype, dest.dtypes[it.key])
                total += it.byte_stop - it.byte_start
                if progress:
                    progress(it.byte_stop - it.byte_start)
        finally:
            os.close(fd)
    return total


def _fmt(it: ReadItem) -> str:
    from .boxes import fmt_box
    return fmt_box(it.offsets, it.lengths)


