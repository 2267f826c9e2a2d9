"""Repairs of a model-read table from the geometry of its text: lines put in the wrong row,
and two-level column headers.

The table model reads a header such as

    Performance        Tickets                 Capacity   Gross
    Date     Time      Sold   Comps   Held     sold       receipts

as one row of merged cells ("Tickets Comps"), or leaves a header label in the first body
row when its cell boxes sit a little off the printed rows. The text itself shows what the
printer meant: a line stands in the row whose other lines it lines up with, and a label
over a level of labels either continues the one label under it (same left, right or
centre edge: "Capacity" over "sold") or names a group of columns ("Tickets" over "Sold",
"Comps" and "Held"), the columns whose slot above is free going to the nearest group label.
A first body row of short column names under a spanning header cell is a header row too.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

import numpy as np

from paddlecamp.docqa.records import Line, Table

#: Two edges (left, right or centre) of a label and the label under it are one alignment
#: when they differ by at most this share of the line height (OCR boxes jitter a few pixels).
ALIGN_TOL = 0.25
#: A line belongs to the lower level of a header when its bottom is within this share of the
#: line height of the header's bottom; to the upper level when it ends above the lower
#: level's top by as much.
LEVEL_TOL = 0.3


def _median_band(lines: list[Line]) -> tuple[float, float]:
    return float(np.median([l.bbox[1] for l in lines])), float(np.median([l.bbox[3] for l in lines]))


def _v_overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How much two vertical extents ``(top, bottom)`` overlap."""
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def _extent(line: Line) -> tuple[float, float]:
    return line.bbox[1], line.bbox[3]


def _col_at(x: float, xs: list[float]) -> int:
    return min(max(bisect_right(xs, x) - 1, 0), len(xs) - 2)


def _centre_x(line: Line) -> float:
    return (line.bbox[0] + line.bbox[2]) / 2


def _covering(cells: list, row: int, col: int) -> int | None:
    for i, c in enumerate(cells):
        if c.row <= row < c.row + c.row_span and c.col <= col < c.col + c.col_span:
            return i
    return None


def reassign_rows(cells: list, members: list[list[Line]], xs: list[float]) -> tuple[list, list[list[Line]]]:
    """Lines moved to the grid row they line up with.

    Each row's band is the median top and bottom of the lines of its one-row cells (rows of
    at least two lines). A line that does not touch its own row's band but covers at least
    half its height of exactly one other row's band moves there, into the cell covering its
    column in that row (a new cell when there is none): a header label the model's boxes put
    in the first body row ("Hammer (£)" over "2,350"), or body values read into a header cell
    whose box runs down the column. ``xs`` are the column boundaries.
    """
    from paddlecamp.docqa.structure.table_model import GridCell

    rows: dict[int, list[Line]] = {}
    for c, m in zip(cells, members):
        if c.row_span == 1:
            rows.setdefault(c.row, []).extend(m)
    bands = {r: _median_band(ls) for r, ls in rows.items() if len(ls) >= 2}
    moves: list[tuple[int, Line, int]] = []
    for i, (c, m) in enumerate(zip(cells, members)):
        if c.row_span != 1 or c.row not in bands:
            continue
        for l in m:
            if _v_overlap(_extent(l), bands[c.row]) > 0:
                continue
            half = 0.5 * (l.bbox[3] - l.bbox[1])
            to = [r for r, b in bands.items() if r != c.row and _v_overlap(_extent(l), b) >= half]
            if len(to) == 1:
                moves.append((i, l, to[0]))
    if not moves:
        return cells, members
    cells, members = list(cells), [list(m) for m in members]
    for i, line, row in moves:
        col = _col_at(_centre_x(line), xs)
        j = _covering(cells, row, col)
        if j is None:
            header = any(c.header for c in cells if c.row == row)
            cells.append(GridCell(row, col, 1, 1, header))
            members.append([])
            j = len(cells) - 1
        members[i].remove(line)
        members[j].append(line)
    order = sorted(range(len(cells)), key=lambda k: (cells[k].row, cells[k].col))
    return [cells[k] for k in order], [members[k] for k in order]


def header_depth(cells: list, members: list[list[Line]], header_rows: int, n_rows: int) -> int:
    """The header's rows, taking in a first body row that only names columns: two or more
    cells of short words (no number), each under a header cell spanning several columns
    ("金额（元）" over "应收", "减免", "实收"), with body rows still below it."""
    from paddlecamp.docqa.structure.table_model import _cell_text

    if header_rows < 1 or header_rows + 1 >= n_rows:
        return header_rows
    spans = [c for c in cells if c.row < header_rows and c.col_span > 1]
    named = [(c, _cell_text(m)) for c, m in zip(cells, members) if c.row == header_rows and m]
    if len(named) < 2 or any(c.row_span > 1 for c, _ in named):
        return header_rows
    if _sub_labels(cells, members, header_rows, named):
        return header_rows + 1
    for c, text in named:
        if re.search(r"\d", text) or len(text.split()) > 3 or len(text) > 12:
            return header_rows
        if not any(s.col <= c.col < s.col + s.col_span for s in spans):
            return header_rows
    return header_rows + 1


def _sub_labels(cells: list, members: list[list[Line]], header_rows: int, named: list) -> bool:
    """The first body row ``named`` (cells with their text) labels the header's columns further:
    its first cell is empty under a filled header cell, the row under it fills a cell it leaves
    empty (a row label), and three or more short labels fill it, none a bare number (days under
    weekdays, "16日" under "周一"; units under names, "(kg)" under "Weight")."""
    first = {c.col for c, _ in named}
    head0 = any(m for c, m in zip(cells, members) if c.row < header_rows and c.col == 0)
    below = {c.col for c, m in zip(cells, members) if c.row == header_rows + 1 and m}
    if 0 in first or not head0 or not below - first or len(named) < 3:
        return False
    return all(len(text) <= 8 and not re.fullmatch(r"[-+]?[\d.,%]+", text) for _, text in named)


def _row_slope(cells: list, members: list[list[Line]], header_rows: int) -> float:
    """The median slope (dy/dx) of the body rows' text: from the leftmost to the rightmost
    line centre of each body row (one-row cells) of two or more lines; 0 when none has two."""
    per: dict[int, list[Line]] = {}
    for c, m in zip(cells, members):
        if c.row >= header_rows and c.row_span == 1:
            per.setdefault(c.row, []).extend(m)
    slopes = []
    for ls in per.values():
        if len(ls) >= 2:
            a, b = min(ls, key=_centre_x), max(ls, key=_centre_x)
            dx = _centre_x(b) - _centre_x(a)
            if dx > 0:
                slopes.append(((b.bbox[1] + b.bbox[3]) - (a.bbox[1] + a.bbox[3])) / 2 / dx)
    return float(np.median(slopes)) if slopes else 0.0


def _aligned(upper: Line, lower: Line, h: float) -> bool:
    tol = ALIGN_TOL * h
    return (abs(upper.bbox[0] - lower.bbox[0]) <= tol or abs(upper.bbox[2] - lower.bbox[2]) <= tol
            or abs(_centre_x(upper) - _centre_x(lower)) <= tol)


def _gap(a: list[float], b: list[float]) -> float:
    """The horizontal gap between two boxes (0 when they overlap in x)."""
    return max(0.0, a[0] - b[2], b[0] - a[2])


def regroup_header(cells: list, members: list[list[Line]], header_rows: int, xs: list[float],
                   ys: list[float]) -> tuple[list, list[list[Line]], int, list[float]] | None:
    """A header whose lines stand on two levels, rebuilt as two header rows with its group
    labels spanning their columns.

    The lower level is the lines ending at the header's bottom; the upper level the lines
    ending above the lower level's top and centred nearer the header's top line; the rest (labels centred over both levels: "Lot",
    "Description") span both rows in their column. An upper label continues the one lower
    label under it when an edge of theirs lines up ("Capacity" over "sold", one cell of two
    rows); otherwise it is a group label over the columns of the lower labels it overlaps,
    and each lower label with nothing above it joins the group label nearest to it when
    only free columns lie between them ("Tickets" over "Sold", "Comps", "Held"). Returns
    ``(cells, members, header_rows, ys)`` with two header rows, or ``None`` when the header
    has no group label, more than two levels, or a cell running from the header into the body.
    """
    from paddlecamp.docqa.structure.table_model import GridCell, _height

    if header_rows < 1 or any(c.row < header_rows < c.row + c.row_span for c in cells):
        return None
    head = [l for c, m in zip(cells, members) if c.row < header_rows for l in m]
    if len(head) < 3:
        return None
    h = _height(head)
    # levels are compared along the rows' slope (a photographed or skewed page)
    slope = _row_slope(cells, members, header_rows)
    ys_of = {id(l): (l.bbox[1] - slope * _centre_x(l), l.bbox[3] - slope * _centre_x(l)) for l in head}
    bottom = max(b for _, b in ys_of.values())
    lower = [l for l in head if bottom - ys_of[id(l)][1] <= LEVEL_TOL * h]
    top_of_lower = min(ys_of[id(l)][0] for l in lower)
    top_mid = min(sum(v) / 2 for v in ys_of.values())
    low_mid = float(np.median([sum(ys_of[id(l)]) / 2 for l in lower]))
    # ending above the lower level, and nearer the top line than the lower level (a label
    # centred over both levels of a tightly set header ends just as low)
    upper = [l for l in head if ys_of[id(l)][1] <= top_of_lower + LEVEL_TOL * h
             and sum(ys_of[id(l)]) / 2 - top_mid < low_mid - sum(ys_of[id(l)]) / 2]
    if len(lower) < 2 or not upper:
        return None
    if any(_v_overlap(ys_of[id(a)], ys_of[id(b)]) <= 0 for a in upper for b in upper):
        return None  # a third level (a caption over group labels)
    levelled = {id(l) for l in lower + upper}
    full = [l for l in head if id(l) not in levelled]

    n_cols = len(xs) - 1
    low_at: dict[int, list[Line]] = {}
    for l in lower:
        low_at.setdefault(_col_at(_centre_x(l), xs), []).append(l)
    full_at: dict[int, list[Line]] = {}
    for l in full:
        full_at.setdefault(_col_at(_centre_x(l), xs), []).append(l)
    if set(low_at) & set(full_at):
        return None
    wrapped: dict[int, Line] = {}
    groups: list[tuple[Line, set[int]]] = []
    for t in upper:
        under = {k for k, ls in low_at.items() if any(_gap(t.bbox, l.bbox) == 0 for l in ls)}
        if not under and _col_at(_centre_x(t), xs) in low_at:  # centred between two short labels
            under = {_col_at(_centre_x(t), xs)}
        if not under:
            full_at.setdefault(_col_at(_centre_x(t), xs), []).append(t)
        elif len(under) == 1 and _aligned(t, low_at[min(under)][0], h) and min(under) not in wrapped:
            wrapped[min(under)] = t
        else:
            groups.append((t, set(range(min(under), max(under) + 1))))
    if not groups or set(full_at) & {k for _, ks in groups for k in ks}:
        return None
    owner = {k: gi for gi, (_, ks) in enumerate(groups) for k in ks}
    if len(owner) != sum(len(ks) for _, ks in groups) or set(owner) & set(wrapped):
        return None  # group labels overlapping each other, or over a continued label
    for k in sorted(set(low_at) - set(owner) - set(wrapped)):
        box = [min(l.bbox[0] for l in low_at[k]), 0.0, max(l.bbox[2] for l in low_at[k]), 0.0]
        gi = min(range(len(groups)), key=lambda g: _gap(box, groups[g][0].bbox))
        ks = groups[gi][1]
        between = range(min(k, min(ks)) + 1, max(k, max(ks)))
        if all(j in ks or (j in low_at and j not in owner and j not in wrapped) for j in between):
            ks.update(range(min(k, min(ks)), max(k, max(ks)) + 1))
            for j in ks:
                owner[j] = gi

    out_c: list = []
    out_m: list[list[Line]] = []
    for t, ks in groups:
        out_c.append(GridCell(0, min(ks), 1, len(ks), True))
        out_m.append([t])
    for k in range(n_cols):
        if k in owner:
            if k in low_at:
                out_c.append(GridCell(1, k, 1, 1, True))
                out_m.append(low_at[k])
        elif k in wrapped or k in low_at or k in full_at:
            out_c.append(GridCell(0, k, 2, 1, True))
            out_m.append(([wrapped[k]] if k in wrapped else []) + low_at.get(k, []) + full_at.get(k, []))
    shift = 2 - header_rows
    for c, m in zip(cells, members):
        if c.row >= header_rows:
            out_c.append(GridCell(c.row + shift, c.col, c.row_span, c.col_span, c.header, c.box))
            out_m.append(m)
    split = (float(np.median([l.bbox[3] for l in upper])) + float(np.median([l.bbox[1] for l in lower]))) / 2
    if not ys[0] < split < ys[header_rows]:
        return None
    new_ys = [ys[0], split] + list(ys[header_rows:])
    order = sorted(range(len(out_c)), key=lambda i: (out_c[i].row, out_c[i].col))
    return [out_c[i] for i in order], [out_m[i] for i in order], 2, new_ys


#: Two lines of one cell stand one above the other (two slots) when they overlap vertically by
#: less than this share of the smaller line's height.
STACK_OVERLAP = 0.3


def _slots(lines: list[Line]) -> list[tuple[float, float]]:
    """The vertical slots of a cell's lines: ``(top, bottom)`` of each group of lines that
    stand side by side, top to bottom."""
    slots: list[list[float]] = []
    for l in sorted(lines, key=lambda l: (l.bbox[1] + l.bbox[3]) / 2):
        top, bottom = _extent(l)
        if slots and _v_overlap((top, bottom), (slots[-1][0], slots[-1][1])) > STACK_OVERLAP * min(
                bottom - top, slots[-1][1] - slots[-1][0]):
            slots[-1] = [min(slots[-1][0], top), max(slots[-1][1], bottom)]
        else:
            slots.append([top, bottom])
    return [(a, b) for a, b in slots]


#: A body row whose filled cells (this many or more) all hold the same number of lines lined up
#: across the row is that many printed rows, whatever the cells hold (a roster's shift codes).
STACKED_CELLS = 4


def split_stacked_rows(cells: list, members: list[list[Line]], header_rows: int, ys: list[float]
                       ) -> tuple[list, list[list[Line]], list[float]] | None:
    """Body rows the model read as one when the text shows several: every filled cell of
    the row holds the same number of lines one above the other, lined up across the row,
    and at least two cells hold a number (or one value with its unit) on each of them
    ("Participants randomised / Mean age, years | 214 / 44.8 | 209 / 46.1") or at least
    ``STACKED_CELLS`` cells are stacked so (a one-line group label in the first column aside).
    A wrapped description beside one-line values is one row and stays one. Each such row becomes one
    row per line; rows under it move down. ``ys`` are the row boundaries. Returns ``(cells,
    members, ys)`` or ``None`` when no row splits.
    """
    from paddlecamp.docqa.structure.table_model import GridCell, _one_value

    n_rows = len(ys) - 1
    splits: dict[int, list[tuple[float, float]]] = {}
    for r in range(header_rows, n_rows):
        row = [(c, m) for c, m in zip(cells, members) if c.row <= r < c.row + c.row_span]
        filled = [(c, m) for c, m in row if m]
        if len(filled) < 2 or any(c.row_span > 1 for c, _ in row):
            continue
        if len(filled) >= STACKED_CELLS and filled[0][0].col == 0 and len(filled[0][1]) == 1:
            filled = filled[1:]  # a group label beside the rows, one line in the first column
        slots = [_slots(m) for _, m in filled]
        k = len(slots[0])
        if k < 2 or any(len(s) != k for s in slots):
            continue
        ref = slots[0]
        if any(not all(_v_overlap(a, b) > 0 for a, b in zip(ref, s)) for s in slots[1:]):
            continue  # the lines do not line up across the row
        valued = sum(all(_one_value(" ".join(l.text for l in m if _v_overlap(_extent(l), sl) > 0))
                         for sl in s) for (_, m), s in zip(filled, slots))
        if valued >= 2 or len(filled) >= STACKED_CELLS:
            splits[r] = [(float(np.median([s[i][0] for s in slots])), float(np.median([s[i][1] for s in slots])))
                         for i in range(k)]
    if not splits:
        return None
    shift = {r: sum(len(splits[q]) - 1 for q in splits if q < r) for r in range(n_rows + 1)}
    out_c, out_m = [], []
    for c, m in zip(cells, members):
        if c.row not in splits:
            out_c.append(GridCell(c.row + shift[c.row], c.col, c.row_span + shift[c.row + c.row_span] - shift[c.row],
                                  c.col_span, c.header, list(c.box)))
            out_m.append(m)
            continue
        bands = splits[c.row]
        slot = [min(range(len(bands)), key=lambda j: abs((l.bbox[1] + l.bbox[3]) / 2 - sum(bands[j]) / 2))
                for l in m]
        for i in range(len(bands)):
            out_c.append(GridCell(c.row + shift[c.row] + i, c.col, 1, c.col_span, c.header))
            out_m.append([l for l, k in zip(m, slot) if k == i])
    new_ys: list[float] = []
    for r in range(n_rows):
        new_ys.append(ys[r])
        for (_, bottom), (top, _) in zip(splits.get(r, []), splits.get(r, [])[1:]):
            new_ys.append((bottom + top) / 2)
    new_ys.append(ys[-1])
    order = sorted(range(len(out_c)), key=lambda i: (out_c[i].row, out_c[i].col))
    return [out_c[i] for i in order], [out_m[i] for i in order], new_ys


def join_headers_to_values(table: Table) -> Table:
    """A column header over no values beside a column of values under no header names those
    values: "Amount" written at the left of its column with the sums right-aligned at the
    right, which the model or the line geometry reads as two columns. The header moves to the
    values' column (at least two filled body cells) and the emptied column is dropped. Row
    label columns and columns under a spanning cell are left alone. Returns ``table`` when
    nothing moves, else a new table."""
    hr, n_rows = table.header_rows, table.n_rows
    if hr < 1 or n_rows - hr < 2:
        return table
    grid = [list(r) + [""] * (table.n_cols - len(r)) for r in table.cells]
    cells = [replace(c) for c in table.cell_list]
    changed = False
    k = max(table.header_cols, 0)
    while k < len(grid[0]) - 1:
        spanned = any(c.col_span > 1 and c.col <= k + 1 and k < c.col + c.col_span for c in cells)
        move = None
        for src, dst in ((k, k + 1), (k + 1, k)):
            head = [r for r in range(hr) if grid[r][src]]
            if not spanned and head and not any(grid[r][src] for r in range(hr, n_rows)) \
                    and not any(grid[r][dst] for r in range(hr)) \
                    and sum(bool(grid[r][dst]) for r in range(hr, n_rows)) >= 2:
                move = (src, dst)
                break
        if move is None:
            k += 1
            continue
        src, dst = move
        for r in range(hr):
            grid[r][dst] = grid[r][src]
        for row in grid:
            del row[src]
        kept = []
        for c in cells:
            if c.col == dst and c.row < hr and not c.text:
                continue  # the empty header slot the moved header fills
            if c.col == src and c.row >= hr and not c.text:
                continue
            if c.col == src:
                c.col = dst
            if c.col > src:
                c.col -= 1
            kept.append(c)
        cells = kept
        changed = True
    if not changed:
        return table
    return replace(table, cells=grid, cell_list=sorted(cells, key=lambda c: (c.row, c.col)))


#: A value a glued column holds several of: a number (signed, with separators) or a time of day.
_GLUED_VALUE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?|\d{1,2}:\d{2}")
#: Share of a column's filled body cells that must hold as many values as its header has words.
GLUED_SHARE = 0.8


def split_glued_columns(table: Table) -> Table:
    """Columns the reading glued together: a column over body cells that, four in five at
    least (three or more), hold ``k`` numbers or times ("3.80 2.60", "4.6 21:40"), under a
    last header row that names it with ``k`` words or more ("m p.m.", "今日批发价 最高价
    最低价": the last ``k`` words name the columns, the words before them their group),
    becomes ``k`` columns, each with its name and its value (a cell with fewer values fills
    the first ones; a spanning cell above spans them all; boxes cut in proportion to the text). Returns
    ``table`` when no column splits, else a new table."""
    hr, n_rows = table.header_rows, table.n_rows
    if hr < 1 or n_rows - hr < 3:
        return table
    grid = [list(r) + [""] * (table.n_cols - len(r)) for r in table.cells]
    splits: dict[int, int] = {}
    for c in range(len(grid[0])):
        head = grid[hr - 1][c]
        if not head or any(0 <= d < len(grid[0]) and grid[hr - 1][d] == head for d in (c - 1, c + 1)):
            continue  # no header word of its own, or a spanning header
        body = [grid[r][c].split() for r in range(hr, n_rows) if grid[r][c].strip()]
        if len(body) < 3:
            continue
        k = Counter(len(v) for v in body).most_common(1)[0][0]
        fit = sum(len(v) == k and all(_GLUED_VALUE.fullmatch(t) for t in v) for v in body)
        if 2 <= k <= 3 and len(head.split()) >= k and fit >= GLUED_SHARE * len(body):
            splits[c] = k
    if not splits:
        return table
    new_grid = []
    for r, row in enumerate(grid):
        out: list[str] = []
        for c, text in enumerate(row):
            k = splits.get(c)
            if k is None:
                out.append(text)
            elif r < hr - 1:
                out += [text] * k  # a group label above spans the new columns
            elif r == hr - 1:  # the last words name the columns, words before them their group
                words = text.split()
                group = " ".join(words[:-k])
                out += [f"{group} {w}".strip() for w in words[-k:]]
            else:
                words = text.split()
                out += (words[:k - 1] + [" ".join(words[k - 1:])] + [""] * k)[:k] if words else [""] * k
        new_grid.append(out)
    shift = {c: sum(k - 1 for d, k in splits.items() if d < c) for c in range(len(grid[0]) + 1)}
    cells = []
    for cell in table.cell_list:
        k = splits.get(cell.col) if cell.col_span == 1 else None
        first = cell.col + shift[cell.col]
        if k is None or cell.row < hr - 1:
            last = cell.col + cell.col_span - 1
            span = last + shift[last] + splits.get(last, 1) - first
            cells.append(replace(cell, col=first, col_span=span))
            continue
        parts = new_grid[cell.row][first:first + k]
        total = sum(len(p) for p in parts) or 1
        x0 = cell.bbox[0] if cell.bbox else 0.0
        width = (cell.bbox[2] - cell.bbox[0]) if cell.bbox else 0.0
        for i, part in enumerate(parts):
            if not part:
                continue
            a = x0 + width * sum(len(p) for p in parts[:i]) / total
            box = [a, cell.bbox[1], a + width * len(part) / total, cell.bbox[3]] if cell.bbox else []
            cells.append(replace(cell, col=first + i, col_span=1, text=part, bbox=box))
    return replace(table, cells=new_grid, cell_list=sorted(cells, key=lambda c: (c.row, c.col)))
