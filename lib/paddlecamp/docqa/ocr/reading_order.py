"""Reading order of a page's lines: columns read one after the other, tables row by row.

A recursive XY-cut on the line boxes. At each level the lines are cut into horizontal
*bands* wherever no line spans the vertical gap between them. Runs of consecutive bands
that share an empty vertical strip (a *gutter*) and whose parts on either side look like
columns of running text are read part by part, left to right, each part ordered again the
same way; every other band is read as visual rows, top to bottom, left to right (the order
``ocr.layout.group_rows`` gives, kept for single-column pages).

Columns of text are told from tables and key-value grids, which share gutters too, by their
shape: each part holds several lines, is wide (at least ``MIN_COLUMN_WIDTH`` line heights),
its lines fill most of its width, and most of its lines are not ``label: value`` pairs.
Tables already found on the page (``Table.line_orders``) are kept whole, as one block that
no cut goes through, read row by row (cell by cell for tables with cells, a cell spanning
rows in its first row).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Sequence

from paddlecamp.docqa.records import BBox, Line, Table, union_bbox

#: A gutter between columns is at least this many line heights wide.
MIN_GUTTER = 1.5
#: A column of text is at least this many line heights wide.
MIN_COLUMN_WIDTH = 8.0
#: The median line of a text column covers at least this share of the column's width.
MIN_FILL = 0.5
#: A text column holds at least this many lines.
MIN_COLUMN_LINES = 2
#: Lines overlapping vertically by less than this many line heights still leave a band gap.
BAND_TOLERANCE = 0.2

_KV = re.compile(r"^[^:：]{1,40}[:：]\s*\S")


@dataclass
class _Block:
    """One line, or a whole table (its lines in their own order), placed as one box."""

    members: list[int]
    bbox: BBox
    text: str = ""
    atomic: bool = False
    heights: list[float] = field(default_factory=list)


def _height(b: BBox) -> float:
    return max(1e-6, b[3] - b[1])


def visual_rows(items: list) -> list[list]:
    """Items with a ``bbox`` grouped into visual rows (vertical overlap over half the smaller
    height), top to bottom, each row sorted left to right."""
    rows: list[list] = []
    for it in sorted(items, key=lambda b: (b.bbox[1] + b.bbox[3]) / 2):
        for row in rows:
            ref = union_bbox([b.bbox for b in row])
            inter = min(ref[3], it.bbox[3]) - max(ref[1], it.bbox[1])
            if inter / max(1e-6, min(_height(ref), _height(it.bbox))) > 0.5:
                row.append(it)
                break
        else:
            rows.append([it])
    for row in rows:
        row.sort(key=lambda b: b.bbox[0])
    rows.sort(key=lambda r: min(b.bbox[1] for b in r))
    return rows


def _rows(blocks: list[_Block]) -> list[_Block]:
    """Blocks in visual-row order: top to bottom, left to right within a row."""
    return [b for row in visual_rows(blocks) for b in row]


def _bands(blocks: list[_Block], tol: float) -> list[list[_Block]]:
    """Blocks cut into horizontal bands at every vertical gap no block spans."""
    bands: list[list[_Block]] = []
    bottom = float("-inf")
    for blk in sorted(blocks, key=lambda b: b.bbox[1]):
        if bands and blk.bbox[1] < bottom - tol:
            bands[-1].append(blk)
            bottom = max(bottom, blk.bbox[3])
        else:
            bands.append([blk])
            bottom = blk.bbox[3]
    return bands


def gutters(boxes: Sequence[BBox], min_width: float) -> list[tuple[float, float]]:
    """Empty vertical strips at least ``min_width`` wide between the boxes' horizontal extents,
    left to right (the page margins outside all boxes are not gutters)."""
    spans = sorted((b[0], b[2]) for b in boxes)
    out: list[tuple[float, float]] = []
    if not spans:
        return out
    right = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right >= min_width:
            out.append((right, x0))
        right = max(right, x1)
    return out


def split_at(boxes: Sequence[BBox], cuts: Sequence[tuple[float, float]]) -> list[list[int]]:
    """Indices of ``boxes`` in each part between the gutters ``cuts`` (left to right)."""
    parts: list[list[int]] = [[] for _ in range(len(cuts) + 1)]
    for i, b in enumerate(boxes):
        cx = (b[0] + b[2]) / 2
        parts[sum(cx > g[0] for g in cuts)].append(i)
    return parts


def is_key_value(text: str) -> bool:
    """A ``label: value`` line (a form field), not a sentence that runs on to the next line."""
    text = text.strip()
    return bool(_KV.match(text)) and not re.search(r"[,，;；、]$", text)


def looks_like_text_columns(parts: Sequence[Sequence[BBox]], texts: Sequence[Sequence[str]] | None = None,
                            line_height: float | None = None) -> bool:
    """Whether side-by-side parts of a page (the line boxes of each part, and optionally their
    texts) are columns of running text rather than the columns of a table or a key-value grid.

    Every part must hold at least ``MIN_COLUMN_LINES`` lines, one per visual row, be
    ``MIN_COLUMN_WIDTH`` line heights wide, have its median line cover ``MIN_FILL`` of its
    width, have no line that sticks
    out past all its other lines by more than a gutter (parts of three lines or more), and (when texts are
    given) hold fewer than half ``label: value`` lines and never three of them in a row.
    """
    if len(parts) < 2 or any(len(p) < MIN_COLUMN_LINES for p in parts):
        return False
    h = line_height or median(_height(b) for p in parts for b in p)
    for i, part in enumerate(parts):
        x0, x1 = min(b[0] for b in part), max(b[2] for b in part)
        width = x1 - x0
        if width < MIN_COLUMN_WIDTH * h:
            return False
        if median(b[2] - b[0] for b in part) < MIN_FILL * width:
            return False
        # One line per visual row: two lines side by side in a part are cells of a table row.
        by_y = sorted(part, key=lambda b: (b[1] + b[3]) / 2)
        for a, b in zip(by_y, by_y[1:]):
            if min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * min(_height(a), _height(b)):
                return False
        if len(part) >= 3:
            # A line sticking out past all others of its part into the gutter (a full-width
            # line under the columns, say) is not part of the column.
            rights = sorted((b[2] for b in part), reverse=True)
            lefts = sorted(b[0] for b in part)
            if rights[0] - rights[1] > MIN_GUTTER * h or lefts[1] - lefts[0] > MIN_GUTTER * h:
                return False
        if texts is not None:
            # top to bottom: three key-value lines in a row make a form, not running text
            flags = [is_key_value(t) for _, t in sorted(zip((b[1] for b in part), texts[i]))]
            if sum(flags) >= len(flags) / 2 or any(all(flags[k:k + 3]) for k in range(len(flags) - 2)):
                return False
    return True


def is_text_columns(boxes: Sequence[BBox], texts: Sequence[str] | None = None) -> bool:
    """Whether lines (boxes and optionally texts), cut at their gutters, are side-by-side
    columns of running text (see ``looks_like_text_columns``): a layout "table" region that
    holds them is two columns of text, not a table."""
    if len(boxes) < 2 * MIN_COLUMN_LINES:
        return False
    h = median(_height(b) for b in boxes)
    cuts = gutters(boxes, MIN_GUTTER * h)
    if not cuts:
        return False
    parts = split_at(boxes, cuts)
    return looks_like_text_columns([[boxes[i] for i in p] for p in parts],
                                   None if texts is None else [[texts[i] for i in p] for p in parts], h)


def _column_parts(blocks: list[_Block], h: float) -> list[list[_Block]] | None:
    """The blocks split at their gutters into text columns, or ``None`` when they are not."""
    if any(b.atomic for b in blocks):
        return None
    boxes = [b.bbox for b in blocks]
    cuts = gutters(boxes, MIN_GUTTER * h)
    if not cuts:
        return None
    parts = [[blocks[i] for i in idx] for idx in split_at(boxes, cuts)]
    if looks_like_text_columns([[b.bbox for b in p] for p in parts], [[b.text for b in p] for p in parts], h):
        return parts
    return None


def _order(blocks: list[_Block], h: float, depth: int = 0) -> list[_Block]:
    if len(blocks) <= 1 or depth > 12:
        return _rows(blocks)
    bands = _bands(blocks, BAND_TOLERANCE * h)
    if len(bands) == 1:
        parts = _column_parts(blocks, h)
        if parts is None:
            return _rows(blocks)
        return [b for p in parts for b in _order(p, h, depth + 1)]
    out: list[_Block] = []
    i = 0
    while i < len(bands):
        # The longest run of bands from i that shares a gutter...
        j = i
        while j + 1 < len(bands) and gutters([b.bbox for band in bands[i:j + 2] for b in band], MIN_GUTTER * h):
            j += 1
        # ... shortened until its parts read as text columns.
        parts = None
        while j > i:
            parts = _column_parts([b for band in bands[i:j + 1] for b in band], h)
            if parts is not None:
                break
            j -= 1
        if parts is not None:
            out.extend(b for p in parts for b in _order(p, h, depth + 1))
            i = j + 1
        else:
            out.extend(_order(bands[i], h, depth + 1))  # one band: columns side by side, or rows
            i += 1
    return out


def order_boxes(boxes: Sequence[BBox], texts: Sequence[str] | None = None,
                groups: Sequence[Sequence[int]] = ()) -> list[int]:
    """Indices of ``boxes`` (``[x0, y0, x1, y1]`` line boxes of an upright page) in reading order.

    ``texts`` (one per box) let key-value lines be told from running text; ``groups`` are
    index lists (tables) kept together, in the order given, as one block.
    """
    if not boxes:
        return []
    grouped: set[int] = set()
    blocks: list[_Block] = []
    for g in groups:
        members = [i for i in g if 0 <= i < len(boxes) and i not in grouped]
        if not members:
            continue
        grouped.update(members)
        blocks.append(_Block(members, union_bbox([boxes[i] for i in members]), atomic=True))
    for i, b in enumerate(boxes):
        if i not in grouped:
            blocks.append(_Block([i], list(b), text=texts[i] if texts is not None else ""))
    h = median(_height(b) for b in boxes)
    return [i for blk in _order(blocks, h) for i in blk.members]


def table_line_order(table: Table, lines: Sequence[Line]) -> list[Line]:
    """The lines of a table row by row: by the grid position of the cell each lies in (a cell
    spanning rows is read in its first row), else, when a line lies in no cell's box, a cell
    holds lines of several visual rows, or the table has no cells (geometry tables), in row
    order."""
    rowwise = sorted(lines, key=lambda l: l.order)
    cells = [c for c in table.cell_list if len(c.bbox) == 4]
    if not cells:
        return rowwise
    keyed = []
    for line in rowwise:
        cx, cy = (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2
        inside = [c for c in cells if c.bbox[0] <= cx <= c.bbox[2] and c.bbox[1] <= cy <= c.bbox[3]]
        if not inside:
            return rowwise
        cell = min(inside, key=lambda c: (c.bbox[2] - c.bbox[0]) * (c.bbox[3] - c.bbox[1]))
        keyed.append(((cell.row, cell.col), line))
    # A cell holding lines of several visual rows (a block of text the table model took in
    # whole, or wrapped text) would be read before its neighbours' rows: keep row order then.
    members: dict[tuple[int, int], list[Line]] = {}
    for key, line in keyed:
        members.setdefault(key, []).append(line)
    for group in members.values():
        by_y = sorted(group, key=lambda l: (l.bbox[1] + l.bbox[3]) / 2)
        for a, b in zip(by_y, by_y[1:]):
            if min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1]) <= 0.5 * min(_height(a.bbox), _height(b.bbox)):
                return rowwise
    return [l for _, l in sorted(keyed, key=lambda kl: (kl[0], kl[1].order))]


def apply_reading_order(lines: list[Line], tables: Sequence[Table] = ()) -> list[Line]:
    """Set ``order`` of every line to its place in reading order; tables stay whole.

    ``lines`` carry their current ``order`` (the row order), which ``tables`` refer to in
    ``line_orders``; those references are renumbered to the new order. Returns the lines
    sorted by their new order.
    """
    by_order = {l.order: i for i, l in enumerate(lines)}
    groups = [table_line_order(t, [lines[by_order[o]] for o in t.line_orders if o in by_order]) for t in tables]
    groups = [[by_order[l.order] for l in g] for g in groups]
    order = order_boxes([l.bbox for l in lines], [l.text for l in lines], groups)
    old_to_new = {lines[i].order: new for new, i in enumerate(order)}
    for new, i in enumerate(order):
        lines[i].order = new
    for t in tables:
        t.line_orders = [old_to_new[o] for o in t.line_orders if o in old_to_new]
    return sorted(lines, key=lambda l: l.order)
