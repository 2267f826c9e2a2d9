"""Plans are data: which bytes go where, decided before any file is touched.

``plan_save`` turns this rank's tensor specs into a :class:`SavePlan` (what this rank
writes, and which replicated pieces another rank writes instead). ``plan_load`` turns a
:class:`SavedIndex` (what a checkpoint holds, whatever wrote it) and this rank's wanted
layout into a :class:`LoadPlan` of :class:`ReadItem` byte ranges. Neither does I/O, so
both are tested and drawn on their own (chapter 05-checkpoint/04).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .boxes import contiguous_span, fmt_box, intersect, is_contiguous_box, uncovered, volume
from .entries import DTYPES, TensorSpec


class CheckpointError(Exception):
    """A checkpoint cannot be read or written as asked; the message names the file and tensor."""


# ----------------------------------------------------------------------------- save side
@dataclass(frozen=True)
class WriteItem:
    """One tensor piece this rank writes: the whole local array of ``key``."""
    key: str
    dtype: str
    global_shape: tuple[int, ...]
    kind: str  # "full" | "shard" | "flat"
    local_shape: tuple[int, ...]
    boxes: tuple  # ((offsets, lengths), element offset in the local array) pairs
    nbytes: int
    flat_offset: int | None = None


@dataclass(frozen=True)
class SavePlan:
    """What ``rank`` writes, and the replicated pieces it leaves to another rank."""
    rank: int
    world_size: int
    items: tuple[WriteItem, ...]
    delegated: tuple[tuple[str, int], ...] = ()  # (key, writer rank)

    @property
    def nbytes(self) -> int:
        return sum(i.nbytes for i in self.items)


def replica_writers(specs: Iterable[TensorSpec]) -> dict[tuple[str, tuple], int]:
    """Choose one writer per replicated piece, balancing bytes inside each replica group.

    Pieces are grouped by the ranks that hold them; every holder of a group sees the
    same pieces (that is what a replica is), so each computes the same assignment
    without talking to the others: largest first, to the least loaded holder.
    """
    groups: dict[tuple[int, ...], list[TensorSpec]] = {}
    for s in specs:
        if s.holders:
            groups.setdefault(s.holders, []).append(s)
    out: dict[tuple[str, tuple], int] = {}
    for holders, members in groups.items():
        load = {r: 0 for r in holders}
        for s in sorted(members, key=lambda s: (-s.nbytes, s.key)):
            r = min(holders, key=lambda r: (load[r], r))
            load[r] += s.nbytes
            out[(s.key, s.boxes[0][0])] = r
    return out


def plan_save(specs: Sequence[TensorSpec], rank: int, world_size: int) -> SavePlan:
    """The :class:`SavePlan` of ``rank`` for its tensor specs."""
    if not 0 <= rank < world_size:
        raise ValueError(f"rank {rank} is outside world_size {world_size}")
    writers = replica_writers(specs)
    items, delegated = [], []
    for s in specs:
        w = writers.get((s.key, s.boxes[0][0]), rank)
        if w != rank:
            delegated.append((s.key, w))
            continue
        items.append(WriteItem(s.key, s.dtype, s.global_shape, s.kind, s.local_shape, s.boxes, s.nbytes,
                               s.flat_offset))
    return SavePlan(rank, world_size, tuple(items), tuple(delegated))


# ----------------------------------------------------------------------------- load side
@dataclass(frozen=True)
class SavedPiece:
    """A box of a saved tensor and where its bytes are.

    The bytes at ``byte_offset`` of ``file`` are a C-contiguous array of ``stored_shape``
    and ``dtype``. The piece is ``window`` of that array (offsets in stored axes; ``None``
    means all of it), transposed by ``perm`` (logical axis i is stored axis ``perm[i]``),
    and sits at ``offsets`` in the logical global tensor. ``encoding`` "raw" means plain
    bytes; other encodings (torch DCP's per-chunk ``torch.save`` blobs) are decoded by
    a registered decoder, reading ``blob_nbytes`` bytes.
    """
    key: str
    global_shape: tuple[int, ...]
    offsets: tuple[int, ...]
    lengths: tuple[int, ...]
    dtype: str
    file: str
    byte_offset: int
    stored_shape: tuple[int, ...]
    window: tuple[int, ...] | None = None
    perm: tuple[int, ...] | None = None
    encoding: str = "raw"
    blob_nbytes: int = 0
    source_key: str | None = None

    def stored_window(self, offsets: Sequence[int], lengths: Sequence[int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The part of the stored array that holds the global box ``(offsets, lengths)`` of this piece."""
        rel = [o - po for o, po in zip(offsets, self.offsets)]
        lens = list(lengths)
        nd = len(self.stored_shape)
        if self.perm is not None:  # logical axis i is stored axis perm[i]
            srel, slen = [0] * nd, [0] * nd
            for i, a in enumerate(self.perm):
                srel[a], slen[a] = rel[i], lens[i]
            rel, lens = srel, slen
        base = self.window or (0,) * nd
        return tuple(b + r for b, r in zip(base, rel)), tuple(lens)


@dataclass(frozen=True)
class FileInfo:
    """A data file of a checkpoint: its size and, when known, crc32c of each ``block`` bytes."""
    name: str
    size: int
    block: int = 0
    crcs: tuple[int, ...] | None = None


@dataclass
class TensorMeta:
    """One saved tensor: its logical dtype and shape, and its pieces."""
    key: str
    dtype: str
    global_shape: tuple[int, ...]
    pieces: list[SavedPiece] = field(default_factory=list)

    @property
    def nbytes(self) -> int:
        return volume(self.global_shape) * DTYPES[self.dtype].itemsize


@dataclass
class SavedIndex:
    """What a checkpoint holds, independent of who wrote it (ours, torch DCP, HF, Paddle)."""
    root: str
    tensors: dict[str, TensorMeta]
    files: dict[str, FileInfo] = field(default_factory=dict)
    values: dict[str, list] = field(default_factory=dict)  # key -> per-rank encoded values
    world_size: int = 1
    format: str = "paddlecamp"


def tensors_in_range(index: SavedIndex, fname: str | None, start: int, stop: int) -> list[str]:
    """Tensor keys with a piece in ``fname`` whose bytes overlap ``[start, stop)`` (sorted)."""
    out = []
    for key, m in index.tensors.items():
        for p in m.pieces:
            if p.file != fname:
                continue
            n = p.blob_nbytes if p.encoding != "raw" else volume(p.stored_shape) * DTYPES[p.dtype].itemsize
            if p.byte_offset < stop and p.byte_offset + n > start:
                out.append(key)
                break
    return sorted(out)


def name_tensors(keys: Sequence[str], limit: int = 10) -> str:
    """``tensor a`` / ``tensors a, b and 3 more`` for messages."""
    if not keys:
        return "no tensor (header or padding)"
    more = f" and {len(keys) - limit} more" if len(keys) > limit else ""
    return ("tensor " if len(keys) == 1 else "tensors ") + ", ".join(keys[:limit]) + more


@dataclass(frozen=True)
class ReadItem:
    """Copy the global box ``(offsets, lengths)`` of ``key`` from ``piece`` into the destination.

    ``dst_box`` indexes the destination box ``dst_index`` of this rank's entry (relative
    offsets inside it). ``byte_start``/``byte_stop`` is the file range that holds the
    data; ``direct`` means it can be read straight into the destination memory.
    """
    key: str
    offsets: tuple[int, ...]
    lengths: tuple[int, ...]
    piece: SavedPiece
    dst_index: int
    dst_rel: tuple[int, ...]
    byte_start: int
    byte_stop: int
    direct: bool

    @property
    def nbytes(self) -> int:
        return volume(self.lengths) * DTYPES[self.piece.dtype].itemsize


@dataclass(frozen=True)
class LoadPlan:
    """Every read this rank makes, grouped by nothing and sorted by file and offset."""
    rank: int
    items: tuple[ReadItem, ...]

    @property
    def nbytes(self) -> int:
        return sum(i.byte_stop - i.byte_start for i in self.items)

    def files(self) -> list[str]:
        return sorted({i.piece.file for i in self.items})


def _piece_range(piece: SavedPiece, offsets, lengths) -> tuple[int, int, bool]:
    if piece.encoding != "raw":
        return piece.byte_offset, piece.byte_offset + piece.blob_nbytes, False
    woff, wlen = piece.stored_window(offsets, lengths)
    item = DTYPES[piece.dtype].itemsize
    s, e = contiguous_span(piece.stored_shape, woff, wlen)
    contiguous = is_contiguous_box(piece.stored_shape, woff, wlen)
    return piece.byte_offset + s * item, piece.byte_offset + e * item, contiguous


#: A strided read whose span exceeds the bytes it needs by more than this factor is cut
#: into narrower reads, provided each contiguous run is at least ``MIN_RUN`` bytes (for
#: smaller runs one sequential read of the span is cheaper than many small ones).
MAX_SPAN_RATIO = 1.5
MIN_RUN = 128 << 10


def _run_bytes(stored_shape: Sequence[int], wlen: Sequence[int], itemsize: int) -> int:
    run = 1
    for a in range(len(wlen) - 1, -1, -1):
        run *= wlen[a]
        if wlen[a] != stored_shape[a]:
            break
    return run * itemsize


def narrow_reads(piece: SavedPiece, offsets: tuple[int, ...], lengths: tuple[int, ...]) -> list[tuple[tuple, tuple]]:
    """Cut the box ``(offsets, lengths)`` of ``piece`` so that no read spans far more bytes than it needs.

    A column slice of a row-major piece is one span covering whole rows; when its rows
    are long enough, reading each band of rows separately reads only the needed bytes.
    """
    if piece.encoding != "raw" or not lengths:
        return [(offsets, lengths)]
    item = DTYPES[piece.dtype].itemsize
    woff, wlen = piece.stored_window(offsets, lengths)
    s, e = contiguous_span(piece.stored_shape, woff, wlen)
    need = volume(lengths)
    if (e - s) <= MAX_SPAN_RATIO * need or _run_bytes(piece.stored_shape, wlen, item) < MIN_RUN:
        return [(offsets, lengths)]
    # split along the logical axis that is outermost in storage and longer than 1
    perm = piece.perm or tuple(range(len(lengths)))
    axis = min((i for i in range(len(lengths)) if lengths[i] > 1), key=lambda i: perm[i], default=None)
    if axis is None:
        return [(offsets, lengths)]
    out = []
    for k in range(lengths[axis]):
        o = tuple(x + k if i == axis else x for i, x in enumerate(offsets))
        n = tuple(1 if i == axis else x for i, x in enumerate(lengths))
        out.extend(narrow_reads(piece, o, n))
    return out


def plan_load(index: SavedIndex, wanted: Sequence[TensorSpec], rank: int = 0,
              strict_dtype: bool = True) -> LoadPlan:
    """Match each wanted box against the saved pieces; errors name the tensor and the missing region."""
    items: list[ReadItem] = []
    problems: list[str] = []
    for spec in wanted:
        meta = index.tensors.get(spec.key)
        if meta is None:
            near = [k for k in index.tensors if k.rsplit(".", 1)[-1] == spec.key.rsplit(".", 1)[-1]][:3]
            problems.append(f"{spec.key}: not in the checkpoint" + (f" (similar: {', '.join(near)})" if near else ""))
            continue
        if tuple(meta.global_shape) != tuple(spec.global_shape):
            problems.append(f"{spec.key}: global shape {tuple(spec.global_shape)} wanted, "
                            f"{tuple(meta.global_shape)} saved")
            continue
        if strict_dtype and meta.dtype != spec.dtype:
            problems.append(f"{spec.key}: dtype {spec.dtype} wanted, {meta.dtype} saved "
                            "(add a cast rule to convert)")
            continue
        for di, ((doff, dlen), _start) in enumerate(spec.boxes):
            if volume(dlen) == 0:
                continue
            covered = []
            for piece in meta.pieces:
                ov = intersect(doff, dlen, piece.offsets, piece.lengths)
                if ov is None:
                    continue
                covered.append(ov)
                for o, n in narrow_reads(piece, *ov):
                    b0, b1, src_contig = _piece_range(piece, o, n)
                    rel = tuple(x - y for x, y in zip(o, doff))
                    direct = (src_contig and piece.perm is None and piece.encoding == "raw"
                              and piece.dtype == spec.dtype and is_contiguous_box(dlen, rel, n))
                    items.append(ReadItem(spec.key, o, n, piece, di, rel, b0, b1, direct))
            got = sum(volume(n) for _, n in covered)
            if got < volume(dlen):
                holes = uncovered(doff, dlen, covered)
                problems.append(f"{spec.key}: no saved data for {', '.join(fmt_box(*h) for h in holes)} "
                                f"of global shape {tuple(meta.global_shape)}")
    if problems:
        head = f"cannot load {index.root}: " if index.root else "cannot load: "
        raise CheckpointError(head + "; ".join(problems[:20]) +
                              (f"; and {len(problems) - 20} more" if len(problems) > 20 else ""))
    items.sort(key=lambda i: (i.piece.file, i.byte_start))
    return LoadPlan(rank, tuple(items))


def describe(plan: LoadPlan) -> list[dict]:
    """Rows for a table or a plot: one per read."""
    return [{"key": i.key, "box": fmt_box(i.offsets, i.lengths), "file": i.piece.file,
             "bytes": i.byte_stop - i.byte_start, "direct": i.direct} for i in plan.items]


