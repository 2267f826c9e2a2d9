"""From raw OCR lines to a page: reading order and grid tables found by box geometry.

Row order: lines are grouped into visual rows (their vertical extents overlap by more
than half the smaller height), rows run top to bottom, lines within a row left to right.
Columns of text are then read one after the other by ``ocr.reading_order`` once the tables
are known (``apply_reading_order``).

Tables: a run of consecutive rows that each hold several separated segments, whose
segments fall into the same column bands, is a grid table. Column bands are the union of
the segments' horizontal extents over the run (overlapping extents merge), so cells are
clustered by geometry alone and no ruling lines are needed. Bands that hold columns of
running text (``reading_order.looks_like_text_columns``) are not a table.
"""
from __future__ import annotations

import re
from statistics import median

from paddlecamp.docqa.ocr.engine import RawLine
from paddlecamp.docqa.ocr.reading_order import looks_like_text_columns, visual_rows
from paddlecamp.docqa.records import Cell, Line, Table, bbox_of, union_bbox


def group_rows(lines: list[Line]) -> list[list[Line]]:
    """Visual rows, top to bottom, each sorted left to right."""
    return visual_rows(lines)


def order_lines(raw: list[RawLine]) -> tuple[list[Line], list[list[Line]]]:
    """``Line`` records in reading order (``order`` set) and the rows they form."""
    lines = [Line(text=r.text, score=r.score, box=r.box, bbox=bbox_of(r.box)) for r in raw]
    rows = group_rows(lines)
    ordered = [l for row in rows for l in row]
    for i, line in enumerate(ordered):
        line.order = i
    return ordered, rows


#: Segments of one row are cells when every gap between them is wider than this many line
#: heights (word spacing is about a third of one; a header cell set close to its neighbour,
#: "Units  Amount (CAD)", leaves a little under one).
MULTICELL_GAP = 0.8


def _segments(row: list[Line]) -> list[list[float]]:
    """The horizontal extents of a row's segments, left to right: lines whose extents overlap
    are one segment (the stacked lines of a cell that wraps: "犬四联（二免）" over "+狂犬病疫苗",
    both in the row their neighbours' one-line cells centre on)."""
    spans: list[list[float]] = []
    for x0, x1 in sorted([l.bbox[0], l.bbox[2]] for l in row):
        if spans and x0 < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return spans


def _cells(row: list[Line]) -> list[list[float]]:
    """The row's segments (``_segments``) with those closer than ``MULTICELL_GAP`` line
    heights joined: word spacing, or two cells set too close to tell apart ("11.6 kg" right
    aligned against a date)."""
    spans = _segments(row)
    if len(spans) < 2:
        return spans
    height = median(l.bbox[3] - l.bbox[1] for l in row)
    out = [list(spans[0])]
    for x0, x1 in spans[1:]:
        if x0 - out[-1][1] <= MULTICELL_GAP * height:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return out


def _is_multicell(row: list[Line]) -> bool:
    """Several cells (``_cells``): segments with clear gaps between them."""
    return len(_cells(row)) >= 2


def _column_bands(rows: list[list[Line]]) -> list[list[float]]:
    spans = sorted([l.bbox[0], l.bbox[2]] for row in rows for l in row)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return bands


_DIGIT = re.compile(r"\d")
#: digits a header may carry: a year, a quarter, a unit with a number ("Q3", "2024年", "10K")
_HEADER_NUMBER = re.compile(r"^(?:(?:19|20)\d\d(?:年|年度|财年|FY)?|FY ?\d{2,4}|Q[1-4]|[1-4]季度|\d{1,3}\s?[A-Za-z%]{1,3})$")


def first_row_is_header(cells: list[list[str]]) -> bool:
    """Whether the first row of a geometry grid is a header row.

    In a column whose body cells mostly hold digits, a header cell names the column (no digits,
    or a year, quarter or short unit); a first row with a value-like cell there is a body row
    (a list of ``label | value`` rows, such as a receipt or a form, has no header). The columns
    vote; ties keep the header.
    """
    if len(cells) < 2:
        return True
    for_header = against = 0
    for c in range(max(len(r) for r in cells)):
        body = [r[c] for r in cells[1:] if c < len(r) and r[c]]
        first = cells[0][c] if c < len(cells[0]) else ""
        if not first or len(body) < 2 or sum(bool(_DIGIT.search(t)) for t in body) < 0.6 * len(body):
            continue
        if _DIGIT.search(first) and not _HEADER_NUMBER.match(first.strip()):
            against += 1
        else:
            for_header += 1
    return for_header >= against


def _table_from_rows(rows: list[list[Line]], group: list[Line] | None = None) -> Table | None:
    """A grid table from the rows (``None`` when they read as text, a form or fewer than two
    columns); ``group`` is a row of group labels over its header row (``group_over``), which
    becomes a header row of its own, each label spanning the columns under it."""
    bands = _column_bands(rows)
    if len(bands) < 2:
        return None
    cells: list[list[str]] = []
    row_bboxes = []
    cell_boxes: dict[tuple[int, int], list[list[float]]] = {}
    for r, row in enumerate(rows):
        held: dict[int, list[Line]] = {}
        for line in row:
            cx = (line.bbox[0] + line.bbox[2]) / 2
            col = next((i for i, (x0, x1) in enumerate(bands) if x0 <= cx <= x1), None)
            if col is None:
                col = min(range(len(bands)), key=lambda i: abs((bands[i][0] + bands[i][1]) / 2 - cx))
            held.setdefault(col, []).append(line)
            cell_boxes.setdefault((r, col), []).append(line.bbox)
        # a wrapped cell's lines read top down
        cells.append([" ".join(l.text for sub in visual_rows(held.get(c, [])) for l in sub).strip()
                      for c in range(len(bands))])
        row_bboxes.append(union_bbox([l.bbox for l in row]))
    # A "table" where most rows fill one column is a text block whose lines happen to wrap.
    filled = sum(sum(1 for t in r if t) for r in cells) / (len(cells) * len(bands))
    if filled < 0.5:
        return None
    # Two columns of running text side by side are not a table either.
    parts = [[l for row in rows for l in row if bands[c][0] <= (l.bbox[0] + l.bbox[2]) / 2 <= bands[c][1]]
             for c in range(len(bands))]
    if looks_like_text_columns([[l.bbox for l in p] for p in parts], [[l.text for l in p] for p in parts]):
        return None
    # Rows of "key: value" pairs side by side are a form, not a table: keep them as text.
    nonempty = [t for r in cells for t in r if t]
    if sum(1 for t in nonempty if re.search(r"[:：]", t)) > len(nonempty) / 2:
        return None
    header_rows = int(first_row_is_header(cells))
    cell_list = [Cell(row=r, col=c, text=cells[r][c], bbox=union_bbox(boxes), header=(r < header_rows))
                 for (r, c), boxes in sorted(cell_boxes.items())]
    # The first column holds row labels (names, dates, codes) when its body cells are distinct
    # and are not amounts.
    body = [row[0] for row in cells[header_rows:] if row[0]]
    amounts = sum(bool(re.fullmatch(r"[-+¥$€£]?[\d,]*\d\.\d+%?|[\d,]+%?", t)) for t in body)
    header_cols = int(len(body) >= 2 and len(set(body)) == len(body) and amounts <= len(body) / 2)
    from paddlecamp.docqa.structure.table_header import join_headers_to_values

    table = Table(cells=cells, bbox=union_bbox(row_bboxes), row_bboxes=row_bboxes,
                  line_orders=[l.order for row in rows for l in row], cell_list=cell_list, header_rows=header_rows,
                  header_cols=header_cols, method="geometry")
    if group and header_rows == 1:
        _add_group_row(table, group, rows[0], bands)
    return join_headers_to_values(table)


def _group_columns(group: list[Line], row: list[Line]) -> list[list[int]] | None:
    """The cells of ``row`` (``_cells``) under each line of ``group``: each cell goes to the
    label whose centre is nearest, within half the distance between two labels; a name at the
    row's start, "区段", is under none. ``None`` unless every label gets cells and one at least
    gets two."""
    cells = _cells(row)
    centres = [(l.bbox[0] + l.bbox[2]) / 2 for l in group]
    gaps = [b - a for a, b in zip(centres, centres[1:])]
    if not gaps:
        return None
    reach = min(gaps) / 2
    under: list[list[int]] = [[] for _ in group]
    for i, (x0, x1) in enumerate(cells):
        k = min(range(len(group)), key=lambda j: abs(centres[j] - (x0 + x1) / 2))
        if abs(centres[k] - (x0 + x1) / 2) <= reach:
            under[k].append(i)
    if not all(under) or max(len(u) for u in under) < 2:
        return None
    return under


def group_over(group: list[Line], row: list[Line]) -> bool:
    """Whether ``group`` is a row of group labels over the column names ``row`` ("二等座 |
    一等座" over "区段 | 全价 | 学生 | 全价 | 学生"): two labels or more (one line over a table is
    its title), set right above it, words (no digits, no "label: value"), the row under it
    words too, and its labels each over one or more of the row's cells, one over two at least
    (``_group_columns``)."""
    if len(group) < 2 or any(_DIGIT.search(l.text) or re.search(r"[:：]", l.text) for l in group + row):
        return False
    height = median(l.bbox[3] - l.bbox[1] for l in group)
    top, box = union_bbox([l.bbox for l in row]), union_bbox([l.bbox for l in group])
    if top[1] - box[3] > height or box[3] > top[1] + 0.5 * height:
        return False
    return _group_columns(sorted(group, key=lambda l: l.bbox[0]), row) is not None


def _add_group_row(table: Table, group: list[Line], names: list[Line], bands: list[list[float]]) -> None:
    """Put the group labels over the table's header row ``names`` (``table``, whose columns
    are ``bands``, changed in place): a header row of its own, each label spanning the columns
    its cells fall in; a column no label stands over keeps its name in both rows (a name set
    between the two rows reads as one cell)."""
    group = sorted(group, key=lambda l: l.bbox[0])
    cells = _cells(names)
    top = [""] * len(bands)
    spans: list[tuple[int, int, Line]] = []
    for line, idx in zip(group, _group_columns(group, names) or []):
        x0, x1 = cells[idx[0]][0], cells[idx[-1]][1]
        cols = [c for c, (b0, b1) in enumerate(bands) if min(b1, x1) > max(b0, x0)]
        for c in cols:
            top[c] = line.text
        if cols:
            spans.append((cols[0], len(cols), line))
    if not spans:
        return
    for c in range(len(bands)):  # a column under no label: its name stands in both header rows
        if not top[c]:
            top[c] = table.cells[0][c]
        elif not table.cells[0][c]:
            table.cells[0][c] = top[c]
    table.cells.insert(0, top)
    for cell in table.cell_list:
        cell.row += 1
    table.cell_list[:0] = [Cell(row=0, col=c, text=line.text, bbox=list(line.bbox), col_span=k, header=True)
                           for c, k, line in spans]
    table.row_bboxes.insert(0, union_bbox([l.bbox for _, _, l in spans]))
    table.line_orders = [l.order for _, _, l in spans] + list(table.line_orders)
    table.bbox = union_bbox([table.bbox, table.row_bboxes[0]])
    table.header_rows = 2


def header_over(head: list[Line], run: list[list[Line]]) -> bool:
    """Whether ``head``, a row too tightly set to count as cells ("Twin share (GBP) Twin share
    (EUR)"), is the header of the table rows ``run`` under it: it sits right above them and
    its lines fall one to a column, each over exactly one of the body's columns."""
    if len(head) < 2:
        return False
    top = union_bbox([l.bbox for l in run[0]])
    box = union_bbox([l.bbox for l in head])
    height = median(l.bbox[3] - l.bbox[1] for l in head)
    if top[1] - box[3] > 1.5 * height or box[3] > top[1] + 0.5 * height:
        return False
    bands = _column_bands(run)
    if len(head) < max(2, len(bands) / 2):
        return False
    taken = []
    for line in head:
        over = [i for i, (x0, x1) in enumerate(bands) if min(x1, line.bbox[2]) - max(x0, line.bbox[0]) > 0]
        if len(over) != 1:
            return False
        taken.append(over[0])
    return len(set(taken)) == len(taken)


def find_tables(rows: list[list[Line]], *, min_rows: int = 2) -> list[Table]:
    """Grid tables among the rows: runs of multi-cell rows with consistent column bands."""
    tables: list[Table] = []
    run: list[list[Line]] = []
    before: list[list[Line] | None] = [None]  # the row just above the run
    group: list[list[Line] | None] = [None]  # a row of group labels over the run (``group_over``)

    def flush() -> None:
        if len(run) >= min_rows:
            head = before[0] if group[0] is None else None
            table = _table_from_rows(([head] if head is not None and header_over(head, run) else []) + run,
                                     group=group[0])
            if table is not None:
                tables.append(table)
        run.clear()
        group[0] = None

    for i, row in enumerate(rows):
        if _is_multicell(row):
            # A row with far fewer segments than the run so far starts something else.
            n = len(_cells(row))
            if len(run) == 1 and group[0] is None and n > len(_cells(run[0])) and group_over(run[0], row):
                group[0] = list(run[0])  # a row of group labels over the column names
                run.clear()
            elif run and (n < max(len(_cells(r)) for r in run) / 2 or n > 2 * len(_cells(run[-1]))):
                flush()
            if run:
                prev = union_bbox([l.bbox for l in run[-1]])
                cur = union_bbox([l.bbox for l in row])
                height = prev[3] - prev[1]
                if cur[1] - prev[3] > 2.5 * height:  # a big vertical gap ends the table
                    flush()
            if not run:  # a tightly set row right above may be the header (``header_over``)
                before[0] = rows[i - 1] if i > 0 and not _is_multicell(rows[i - 1]) else None
            run.append(row)
        else:
            flush()
    flush()
    return tables
