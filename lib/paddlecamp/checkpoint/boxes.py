"""Box arithmetic: a shard is a box ``(offsets, lengths)`` of a global tensor.

Everything here is pure integer math on tuples, no tensors and no I/O, so that the
planners built on it can be inspected and tested on their own.

A flat range of a row-major tensor (ZeRO-style sharding) is not a box, but it is a
short sequence of boxes, each contiguous in memory: :func:`flat_to_boxes` gives them,
so the planners only ever see boxes.
"""
from __future__ import annotations

import math
from typing import Iterator, Sequence

Box = tuple[tuple[int, ...], tuple[int, ...]]  # (offsets, lengths)


def volume(lengths: Sequence[int]) -> int:
    """Number of elements in a box with these lengths."""
    return math.prod(lengths)


def intersect(a_off: Sequence[int], a_len: Sequence[int],
              b_off: Sequence[int], b_len: Sequence[int]) -> Box | None:
    """The overlap of two boxes of the same rank, or ``None`` when they do not overlap."""
    offs, lens = [], []
    for ao, al, bo, bl in zip(a_off, a_len, b_off, b_len):
        lo, hi = max(ao, bo), min(ao + al, bo + bl)
        if hi <= lo:
            return None
        offs.append(lo)
        lens.append(hi - lo)
    return tuple(offs), tuple(lens)


def row_major_strides(shape: Sequence[int]) -> tuple[int, ...]:
    """Element strides of a C-contiguous array of ``shape``."""
    strides, acc = [], 1
    for n in reversed(shape):
        strides.append(acc)
        acc *= n
    return tuple(reversed(strides))


def contiguous_span(shape: Sequence[int], offsets: Sequence[int], lengths: Sequence[int]) -> tuple[int, int]:
    """The smallest element range ``[start, stop)`` of a C-contiguous ``shape`` array that holds the box."""
    st = row_major_strides(shape)
    start = sum(o * s for o, s in zip(offsets, st))
    last = sum((o + n - 1) * s for o, n, s in zip(offsets, lengths, st))
    return start, last + 1


def is_contiguous_box(shape: Sequence[int], offsets: Sequence[int], lengths: Sequence[int]) -> bool:
    """True when the box occupies one contiguous run of a C-contiguous ``shape`` array."""
    if volume(lengths) == 0:
        return True
    # After the first axis with length > 1, every later axis must be full.
    seen = False
    for n, full in zip(lengths, shape):
        if seen and n != full:
            return False
        if n > 1:
            seen = True
    return True


def flat_to_boxes(shape: Sequence[int], start: int, stop: int) -> list[tuple[Box, int]]:
    """Split the flat element range ``[start, stop)`` of a row-major ``shape`` into boxes.

    Returns ``[(box, flat_start_of_box), ...]`` in order; each box is contiguous in
    row-major order, and there are at most ``2 * ndim - 1`` of them.
    """
    shape = tuple(int(n) for n in shape)
    total = volume(shape)
    if not 0 <= start <= stop <= total:
        raise ValueError(f"flat range [{start}, {stop}) is outside a tensor of {total} elements {shape}")
    if not shape:
        return [(((), ()), 0)] if stop > start else []
    out: list[tuple[Box, int]] = []
    strides = row_major_strides(shape)

    def emit(pos: int, end: int) -> None:
        # Largest aligned block starting at ``pos`` that fits before ``end``.
        while pos < end:
            for axis in range(len(shape)):
                s = strides[axis]
                if pos % s == 0:
                    idx = (pos // s) % shape[axis]
                    n = min(shape[axis] - idx, (end - pos) // s)
                    if n >= 1:
                        offs = tuple((pos // strides[a]) % shape[a] if a <= axis else 0 for a in range(len(shape)))
                        lens = tuple(1 if a < axis else (n if a == axis else shape[a]) for a in range(len(shape)))
                        out.append(((offs, lens), pos))
                        pos += n * s
                        break
            else:  # pragma: no cover - the last axis has stride 1, so the loop always breaks
                raise AssertionError("flat_to_boxes made no progress")

    emit(start, stop)
    return out


def uncovered(offsets: Sequence[int], lengths: Sequence[int], pieces: Sequence[Box], limit: int = 3) -> list[Box]:
    """Parts of the box ``(offsets, lengths)`` that no piece covers (up to ``limit`` of them).

    The box is cut into a grid along every piece boundary, and grid cells that no piece
    covers are reported, merged along the last axis.
    """
    nd = len(offsets)
    if nd == 0:
        return [] if pieces else [((), ())]
    cuts: list[list[int]] = []
    for a in range(nd):
        lo, hi = offsets[a], offsets[a] + lengths[a]
        pts = {lo, hi}
        for po, pl in pieces:
            for p in (po[a], po[a] + pl[a]):
                if lo < p < hi:
                    pts.add(p)
        cuts.append(sorted(pts))
    if math.prod(len(c) - 1 for c in cuts) > 200_000:  # too fine a grid: report the whole box
        return [(tuple(offsets), tuple(lengths))]
    holes: list[Box] = []

    def cells(axis: int, prefix: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
        if axis == nd:
            yield prefix
            return
        c = cuts[axis]
        for i in range(len(c) - 1):
            yield from cells(axis + 1, prefix + [(c[i], c[i + 1] - c[i])])

    for cell in cells(0, []):
        co = tuple(x for x, _ in cell)
        cl = tuple(n for _, n in cell)
        if any(intersect(co, cl, po, pl) is not None for po, pl in pieces):
            continue
        if holes and holes[-1][0][:-1] == co[:-1] and holes[-1][1][:-1] == cl[:-1] \
                and holes[-1][0][-1] + holes[-1][1][-1] == co[-1]:
            ho, hl = holes[-1]
            holes[-1] = (ho, hl[:-1] + (hl[-1] + cl[-1],))
            continue
        if len(holes) >= limit:
            break
        holes.append((co, cl))
    return holes


def fmt_box(offsets: Sequence[int], lengths: Sequence[int]) -> str:
    """``[0:4, 8:16]`` style text for a box."""
    return "[" + ", ".join(f"{o}:{o + n}" for o, n in zip(offsets, lengths)) + "]"


def even_split(n: int, parts: int, index: int) -> tuple[int, int]:
    """(offset, length) of part ``index`` when ``n`` is split into ``parts`` nearly equal parts.

    The first ``n % parts`` parts get one extra element (the uneven splits the issue asks for).
    """
    if not 0 <= index < parts:
        raise ValueError(f"part {index} of {parts}")
    base, extra = divmod(n, parts)
    off = index * base + min(index, extra)
    return off, base + (1 if index < extra else 0)
