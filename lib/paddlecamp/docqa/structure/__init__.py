"""Page structure: layout regions and table structure, from PaddleOCR's own models or geometry.

``analyze_page(image, lines)`` is the one entry point the OCR path and the PDF text-layer
path both call. With the structure models present (``paddlecamp models fetch``) it runs the
CDLA layout model and the SLANet-plus table model; without them, or with
``PADDLECAMP_STRUCTURE=0``, it falls back to grid tables found by line geometry.

The models are PaddleOCR's PP-Structure models as ONNX files (``layout_model``,
``table_model``): the layout model finds the regions (titles, text blocks, tables, headers,
footers...), the table model reads each ``table`` region's rows, columns and spans, and the
OCR lines inside the region are put into its cells. A table region printed with a full grid
of rules takes its rows, columns and spans from the rules instead (``ruled``: no model has to
guess where a cell ends; a faxed survey the table model read as one column comes back cell
for cell), and only the lines inside the grid are its cells. Runs of grid-like rows outside every
model table still become geometry tables, since the layout model sometimes misses a
borderless table.
"""
from __future__ import annotations

import logging
import os
import re
import time

import numpy as np

from paddlecamp.docqa.records import Line, Region, Table, union_bbox
from paddlecamp.docqa.structure.layout_model import box_area as _area, overlap_area as _overlap

log = logging.getLogger(__name__)

#: Region labels whose boxes are grown to take in the text lines they mostly cover.
TEXT_LABELS = ("text", "title", "header", "footer", "reference", "table_caption", "figure_caption")

#: Table methods that need the page image (kept as found when a cached page is laid out again):
#: the table model's structure, and the grid of a ruled table's printed rules.
IMAGE_METHODS = ("slanet", "ruled")

_warned_missing = False
#: Seconds spent in the last ``analyze_page`` call: ``layout``, ``table`` (all tables), ``tables`` (count).
last_timings: dict[str, float] = {}


def structure_enabled() -> bool:
    """False when ``PADDLECAMP_STRUCTURE`` is ``0``/``off``/``false`` (geometry only)."""
    return os.environ.get("PADDLECAMP_STRUCTURE", "1").strip().lower() not in ("0", "off", "false", "no")


def models_available() -> bool:
    """Whether both structure model files are present (``paddlecamp models fetch``)."""
    from paddlecamp.models import MissingModelError, structure_models

    try:
        structure_models()
        return True
    except MissingModelError:
        return False


def _use_models(image, models: bool | None) -> bool:
    global _warned_missing
    if models is False or image is None:
        return False
    if models is None and not structure_enabled():
        return False
    if models_available():
        return True
    if models:  # asked for explicitly: say what is missing
        from paddlecamp.models import structure_models

        structure_models()
    if not _warned_missing:
        log.debug("structure models not found; tables come from line geometry (run `paddlecamp models fetch`)")
        _warned_missing = True
    return False


def snap_regions(regions: list[Region], lines: list[Line]) -> list[Region]:
    """Grow text-like regions to hold every line they mostly cover or whose centre they hold
    (the detector's boxes can stop short of a long line: each FPN level only reaches
    ``reg_max`` strides from its anchor, so a wide title comes back too narrow)."""
    out = []
    for reg in regions:
        box = list(reg.bbox)
        if reg.label in TEXT_LABELS:
            held = [l.bbox for l in _lines_in(reg.bbox, lines, 0.5)]
            if held:
                box = [round(v, 1) for v in union_bbox([box] + held)]
        out.append(Region(label=reg.label, bbox=box, score=reg.score))
    return out


#: A ``figure`` region whose text is a grid is a table the layout model misnamed (dark header
#: bars and coloured zebra rows read as a picture): at least this many rows, most of them of
#: three or more segments, and most with about the same number of segments.
FIGURE_TABLE_ROWS = 4


def _is_grid(counts: list[int]) -> bool:
    """Segments per visual row look like a table's: enough rows, most of several cells, and
    a common cell count (within one) in most rows."""
    if len(counts) < FIGURE_TABLE_ROWS or sum(c >= 3 for c in counts) < 0.6 * len(counts):
        return False
    common = max(sum(abs(c - m) <= 1 for c in counts) for m in set(counts) if m >= 3)
    return common >= 0.5 * len(counts)


#: Two rows share their columns when this share of the segments of the row with fewer of
#: them line up (left, right or centre within a line height) with a segment of the other.
ALIGNED_SHARE = 0.7


def _same_columns(a: list[Line], b: list[Line]) -> bool:
    from paddlecamp.docqa.structure.table_model import _height

    few, many = (a, b) if len(a) <= len(b) else (b, a)
    h = _height(a + b)

    def lines_up(l: Line) -> bool:
        return any(abs(l.bbox[0] - m.bbox[0]) <= h or abs(l.bbox[2] - m.bbox[2]) <= h
                   or abs(l.bbox[0] + l.bbox[2] - m.bbox[0] - m.bbox[2]) <= 2 * h for m in many)

    return sum(lines_up(l) for l in few) >= ALIGNED_SHARE * len(few)


#: A run of grid rows inside a figure is taken for a table from this many rows of three or
#: more segments (a header and four body rows); fewer is a block of fields.
GRID_RUN_ROWS = 5


def _tight(above: list[Line], row: list[Line]) -> bool:
    """``row`` follows ``above`` closer than half a line height (a cell's text wrapping on)."""
    from paddlecamp.docqa.structure.table_model import _height

    h = _height(above + row)
    return min(l.bbox[1] for l in row) - max(l.bbox[3] for l in above) < 0.5 * h


def grid_runs(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """Runs of consecutive rows that form a grid (``_is_grid``): rows of three or more
    segments sharing their columns (``_same_columns``: a block of form fields over a table
    is a run of its own), with a single row of fewer segments between two of them (a second
    header row) and rows set tight under the row above (a cell's wrapped lines) kept in the
    run; the wrapped rows do not count in judging the grid."""
    runs: list[tuple[list[list[Line]], list[int]]] = []
    run: list[list[Line]] = []
    counts: list[int] = []
    for i, row in enumerate(rows):
        wide = len(row) >= 3
        last = next((r for r in reversed(run) if len(r) >= 3), None)
        if wide and last is not None and not _same_columns(last, row):
            runs.append((run, counts))
            run, counts = [], []
        if run and not wide and _tight(run[-1], row):
            run.append(row)
        elif wide or (run and len(run[-1]) >= 3 and i + 1 < len(rows) and len(rows[i + 1]) >= 3):
            run.append(row)
            counts.append(len(row))
        else:
            if run:
                runs.append((run, counts))
            run, counts = [], []
    if run:
        runs.append((run, counts))
    return [r for r, c in runs if _is_grid(c) and sum(n >= 3 for n in c) >= GRID_RUN_ROWS and not _form_block(r)]


def _form_block(run: list[list[Line]]) -> bool:
    """Rows of labels between rows of values (boxed form fields, each label over its value):
    a table names its columns once, at the top."""
    from paddlecamp.docqa.structure.forms import label_like

    wide = [row for row in run if len(row) >= 3]
    labels = [i for i, row in enumerate(wide) if all(label_like(l.text) for l in row)]
    return len(labels) >= 2 and labels != list(range(len(labels)))


def tables_named_figures(regions: list[Region], lines: list[Line]) -> list[Region]:
    """``figure`` regions whose text forms a grid, relabelled ``table`` (not overlapping a
    table). A figure holding more than a grid (the detector takes a photographed or blurred
    page for one picture) gives a table region for each run of grid rows in it."""
    from paddlecamp.docqa.ocr.layout import group_rows

    tables = [r.bbox for r in regions if r.label == "table"]
    out = []
    for reg in regions:
        if reg.label != "figure" or any(_overlap(reg.bbox, t) >= 0.5 * min(_area(reg.bbox), _area(t)) for t in tables):
            continue
        rows = group_rows(_lines_in(reg.bbox, lines))
        if _is_grid([len(r) for r in rows]):
            out.append(Region(label="table", bbox=list(reg.bbox), score=reg.score))
            continue
        for run in grid_runs(rows):
            held = union_bbox([l.bbox for row in run for l in row])
            box = [max(reg.bbox[0], held[0] - 4), max(reg.bbox[1], held[1] - 4),
                   min(reg.bbox[2], held[2] + 4), min(reg.bbox[3], held[3] + 4)]
            out.append(Region(label="table", bbox=box, score=reg.score))
    return out


def table_regions(regions: list[Region]) -> list[tuple[Region, bool]]:
    """The ``table`` regions with duplicates dropped and overlaps cut, top to bottom.

    Two boxes that mostly cover each other are one table (the better-scored box stays); two
    that overlap a little (the detector let one table run into the next) are cut apart
    where the better-scored one ends. Each region comes with whether it was cut.
    """
    tabs = sorted((r for r in regions if r.label == "table"), key=lambda r: -r.score)
    kept: list[tuple[Region, bool]] = []
    for reg in tabs:
        box, cut = list(reg.bbox), False
        for other, _ in kept:
            inter = _overlap(box, other.bbox)
            if not inter:
                continue
            if inter >= 0.6 * min(_area(box), _area(other.bbox)):
                box = None
                break
            if box[1] < other.bbox[1] < box[3] <= other.bbox[3]:  # runs down into the next one
                box, cut = [box[0], box[1], box[2], other.bbox[1]], True
            elif other.bbox[1] <= box[1] < other.bbox[3] < box[3]:  # starts inside the one above
                box, cut = [box[0], other.bbox[3], box[2], box[3]], True
            if box[3] - box[1] < 8:
                box = None
                break
        if box is not None:
            kept.append((Region(reg.label, box, reg.score), cut))
    return sorted(kept, key=lambda rc: rc[0].bbox[1])


def _trim_loose_rows(rows: list[list[Line]]) -> list[list[Line]]:
    """Drop single-line rows at either end (a caption or a unit line caught by a cut box)."""
    while len(rows) > 2 and len(rows[0]) == 1 and len(rows[1]) > 1:
        rows = rows[1:]
    while len(rows) > 2 and len(rows[-1]) == 1 and len(rows[-2]) > 1:
        rows = rows[:-1]
    return rows


def _fit_rows(region: list[float], lines: list[Line]) -> list[float]:
    """``region`` with its top and bottom brought in to the ``lines`` it holds (4 px margin)."""
    held = union_bbox([l.bbox for l in lines])
    return [region[0], max(region[1], held[1] - 4), region[2], min(region[3], held[3] + 4)]


def _expand(box: list[float], width: int, height: int, frac: float = 0.02, px: float = 6.0) -> list[int]:
    dx = px + frac * (box[2] - box[0])
    dy = px + frac * (box[3] - box[1])
    return [int(max(0, box[0] - dx)), int(max(0, box[1] - dy)),
            int(min(width, np.ceil(box[2] + dx))), int(min(height, np.ceil(box[3] + dy)))]


def _lines_in(box: list[float], lines: list[Line], mostly: float = 0.6) -> list[Line]:
    """Lines whose centre is inside ``box`` or whose area lies inside it by ``mostly`` or more."""
    out = []
    for l in lines:
        cx, cy = (l.bbox[0] + l.bbox[2]) / 2, (l.bbox[1] + l.bbox[3]) / 2
        if (box[0] <= cx <= box[2] and box[1] <= cy <= box[3]) or \
                _overlap(l.bbox, box) >= mostly * max(_area(l.bbox), 1e-6):
            out.append(l)
    return out


def _text_outside(frame: list[float], lines: list[Line], structure) -> bool:
    """Text of the region just beside a ruled grid: a row within a row's height over or under
    it and across its columns, or a column beside it along its rows. The rules missed part of
    the table (a header band whose rules did not read, an edge the photograph bent), so the
    grid is not the whole table."""
    heights = sorted(b[3] - b[1] for b in structure.cell_boxes)
    pitch = heights[len(heights) // 2] if heights else 0.0
    centres = [((l.bbox[0] + l.bbox[2]) / 2, (l.bbox[1] + l.bbox[3]) / 2) for l in lines]
    across = [(x, y) for x, y in centres if frame[0] <= x <= frame[2]]
    above_below = [y for _, y in across if frame[1] - pitch <= y < frame[1] or frame[3] < y <= frame[3] + pitch]
    beside = [x for x, y in centres if frame[1] <= y <= frame[3] and not frame[0] <= x <= frame[2]]
    return len(above_below) >= 2 or len(beside) >= 2


def model_tables(image: np.ndarray, lines: list[Line], regions: list[Region]) -> list[Table]:
    """Tables read by the table model from the ``table`` regions (lines assigned to cells).

    The model sees the region grown by a small margin; the lines given to the cells are those
    inside the region itself. A region cut out of an overlapping pair is first shrunk to its
    rows of several cells (the detector's box was off, so its edge rows are suspect). A region
    whose lines are columns of running text (``reading_order.is_text_columns``) or whose
    structure cannot be read (fewer than two rows of text, decoding cut short, fewer
    than two rows or columns, far fewer rows than the text has) is left to the geometry
    tables.
    """
    from paddlecamp.docqa.ocr.layout import group_rows
    from paddlecamp.docqa.ocr.reading_order import is_text_columns
    from paddlecamp.docqa.structure.ruled import ruled_structure
    from paddlecamp.docqa.structure.table_model import build_table, get_table_model, is_numeric

    height, width = image.shape[:2]
    model = get_table_model()
    tables: list[Table] = []
    taken: set[int] = set()
    parts: list[tuple[list[float], list[Line], list[list[Line]]]] = []
    for reg, cut in table_regions(regions):
        region = list(reg.bbox)
        inside = [l for l in _lines_in(region, lines) if l.order not in taken]
        rows = group_rows(list(inside))
        if cut:
            rows = _trim_loose_rows(rows)
            inside = [l for row in rows for l in row]
            if inside:
                region = _fit_rows(region, inside)
        for part in split_at_headings(rows):
            n_fields = leading_fields(part)
            if n_fields:  # fields over the table: they stay text (their labels pair with their values)
                part = part[n_fields:]
                if not part:
                    continue
            part_lines = [l for row in part for l in row]
            parts.append((region if part is rows else _fit_rows(region, part_lines), part_lines, part))
    for region, inside, rows in parts:
        inside = [l for l in inside if l.order not in taken]
        if len(rows) < 2:  # not a table of text we can read
            continue
        if is_text_columns([l.bbox for l in inside], [l.text for l in inside]):
            continue  # two columns of running text taken for a table
        x0, y0, x1, y1 = _expand(region, width, height)
        method = "ruled"
        boxes = {k: [[l.bbox[0] - x0, l.bbox[1] - y0, l.bbox[2] - x0, l.bbox[3] - y0] for l in inside
                     if is_numeric(l.text) == k] for k in (True, False)}
        structure = ruled_structure(image[y0:y1, x0:x1], float(np.median([l.bbox[3] - l.bbox[1] for l in inside])),
                                    boxes[True], boxes[False])
        if structure is not None:  # the printed grid: its lines are those inside it (a title over it is not)
            frame = union_bbox([[b[0] + x0, b[1] + y0, b[2] + x0, b[3] + y0] for b in structure.cell_boxes])
            gridded = _lines_in(frame, inside, 0.5)
            if len(group_rows(list(gridded))) >= 2 and not _text_outside(frame, inside, structure):
                inside, region = gridded, frame
            else:
                structure = None
        if structure is None:
            method = "slanet"
            structure = model.predict(image[y0:y1, x0:x1])
        if not structure.complete:  # cut short: its rows would not cover the region's lines
            log.debug("table model decoding did not finish for region %s; using geometry there", region)
            continue
        table = build_table(structure, sorted(inside, key=lambda l: l.order), (x0, y0), region=region,
                            printed=method == "ruled")
        if table is not None:
            table.method = method
        if table is None or table.n_rows < 2 or table.n_cols < 2 or table.n_rows < len(rows) / 4:
            # no grid, or far fewer grid rows than rows of text (a tall table squeezed into the
            # model's 488 x 488 input loses its rows)
            continue
        for part in split_at_bars(table, inside):
            tables.append(part)
            taken.update(part.line_orders)
    return tables


def split_at_headings(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """A table region's rows cut at its numbered section headings (a row that is one short
    numbered line, "一、行政事业性收费", "2. Charges") and at captions between tables of other
    columns (``_between_tables``), with at least two rows of several cells above and below.
    The layout model boxes a block of form fields and the table under its heading as one
    table; read as one, the fields become the table's header. The heading rows themselves are
    left out (they stay text: the next part's section), except a numbered section row inside
    one table (``_table_top``): there the cut falls where the table's header begins."""
    from paddlecamp.docqa.chunking import is_heading
    from paddlecamp.docqa.structure.table_model import _height

    h = _height([l for row in rows for l in row])
    cuts = [i for i, row in enumerate(rows) if 0 < i < len(rows) - 1
            and ((len(row) == 1 and is_heading(row[0], 2 * h)) or (len(row) <= 2 and _between_tables(rows, i)))
            and sum(len(r) > 1 for r in rows[:i]) >= 2 and sum(len(r) > 1 for r in rows[i + 1:]) >= 2]
    if not cuts:
        return [rows]
    parts, start = [], 0
    for i in cuts:
        top = _table_top(rows, i)
        if top is None:  # a heading between two tables (or a form and a table): it leaves
            parts.append(rows[start:i])
            start = i + 1
        elif top > start:  # a section row inside the table: the table starts at its header
            parts.append(rows[start:top])
            start = top
    parts.append(rows[start:])
    return [p for p in parts if p]


def _field_pair(labels: list[Line], values: list[Line]) -> bool:
    """``labels`` over ``values``: two to five form labels, each with a value starting under it."""
    from paddlecamp.docqa.structure.forms import label_like
    from paddlecamp.docqa.structure.table_model import _height

    if not 2 <= len(labels) <= 5 or len(values) != len(labels) or not all(label_like(l.text) for l in labels):
        return False
    h = _height(labels + values)
    return all(abs(a.bbox[0] - b.bbox[0]) <= h for a, b in zip(sorted(labels, key=lambda l: l.bbox[0]),
                                                                sorted(values, key=lambda l: l.bbox[0])))


def _inline_fields(row: list[Line]) -> bool:
    """A row of fields written label, value, label, value ("Venue | St Aldhelm's Hall | Dates |
    3-24 October 2026"): two to six segments, every other one (from the first) a form label,
    and at least half of the others no label (a row of column names is labels throughout, or
    nearly: "Place | Bib | Name | Club / country | Finish | Age cat. Cat. place")."""
    from paddlecamp.docqa.structure.forms import label_like

    texts = [l.text for l in sorted(row, key=lambda l: l.bbox[0])]
    return 2 <= len(texts) <= 6 and len(texts) % 2 == 0 and all(label_like(t) for t in texts[::2]) \
        and 2 * sum(not label_like(t) for t in texts[1::2]) >= len(texts) // 2


def leading_fields(rows: list[list[Line]]) -> int:
    """How many rows at the top of a table region are a block of fields (rows of form labels,
    each over its value, or rows of labels each beside its value, ``_inline_fields``; after
    any title lines) over a table of more columns (a row of it has at least two segments more
    than a row of fields); 0 otherwise (a region of nothing but fields is read as a table, the
    layout model's word for it). The layout model boxes a form and the table under it as one
    table; read as one, the fields become the table's header."""
    i = 0
    while i < len(rows) and len(rows[i]) == 1:
        i += 1
    j = i
    while j < len(rows):
        if j + 1 < len(rows) and _field_pair(rows[j], rows[j + 1]):
            j += 2
        elif _inline_fields(rows[j]):
            j += 1
        else:
            break
    if j == i or j == len(rows):  # no fields, or nothing but fields (read as a table, as before)
        return 0
    return j if max(len(r) for r in rows[j:]) >= max(len(r) for r in rows[i:j]) + 2 else 0


def _between_tables(rows: list[list[Line]], i: int) -> bool:
    """Row ``i`` (one or two lines) stands between two tables: the wide rows over and under it
    (three or more segments each) do not share their columns and it starts at the left edge
    of the rows under it (a caption over the next table, or the captions of two tables side by
    side; a group header over the next table's columns stands further right)."""
    from paddlecamp.docqa.structure.table_model import _height

    above = next((r for r in reversed(rows[:i]) if len(r) >= 3), None)
    below = rows[i + 1]
    if above is None or len(below) < 3 or _same_columns(above, below):
        return False
    first = min(rows[i], key=lambda l: l.bbox[0])
    # a caption starts at its table's left edge; a group header stands over some of its columns
    return abs(first.bbox[0] - min(l.bbox[0] for l in below)) <= _height(rows[i] + below)


def _table_top(rows: list[list[Line]], i: int) -> int | None:
    """Where the table holding the heading row ``i`` as a section row begins, or ``None`` when
    the heading is no section row: the row under it holds figures (a data row, not a header
    naming new columns) in the columns of the wide row over it (the table's header). The
    table runs up through rows of those columns and shorter rows over them (group headers)
    to the first wide row of other columns or a row of values under their labels (a block of
    fields)."""
    from paddlecamp.docqa.structure.table_model import is_numeric

    below = rows[i + 1]
    above = rows[i - 1]
    if len(below) < 3 or not any(is_numeric(l.text) for l in below) or len(above) < 3 \
            or not _same_columns(above, below):
        return None
    top = i - 1
    while top > 0 and (len(rows[top - 1]) < 3 or _same_columns(rows[top - 1], below)):
        if top >= 2 and _field_pair(rows[top - 2], rows[top - 1]):
            break
        top -= 1
    return top


def _is_bar(cells: list[list[str]], r: int) -> bool:
    """Row ``r`` is a section bar: one cell across every column, or a label alone in the first
    cell, over a row of column names (every cell filled, each with a word: "卡种 | 有效期 |
    原价（元）"). A group label over a row of figures is the table's own row, a section of its
    body ("一、一般公共预算拨款" over "人员经费 | 1,862.40 | ...")."""
    row = cells[r]
    if not row[0]:
        return False
    names = cells[r + 1]
    return (all(t == row[0] for t in row) or not any(t.strip() for t in row[1:])) \
        and all(re.search(r"[^\W\d_]", t) for t in names)


def split_at_bars(table: Table, lines: list[Line]) -> list[Table]:
    """A table split at its section bars (``_is_bar``: "Goods", "二、收费明细") between rows of
    cells. The layout model boxes a form and the table under it as one region; the bar is
    where one ends and the other begins. The bar's lines leave the table (they read as the
    next part's heading); the part under a bar gets its first row as the column header.
    ``lines`` are the page's lines (to share the table's lines out)."""
    from paddlecamp.docqa.structure.forms import sub_table

    n = table.n_rows
    if table.n_cols < 3 or len(table.row_bboxes) != n:
        return [table]
    bars = [r for r in range(1, n - 2) if _is_bar(table.cells, r)]
    if not bars:
        return [table]
    mine = [l for l in lines if l.order in set(table.line_orders)]
    parts, start = [], 0
    for r in bars + [n]:
        if r - start >= 1:
            parts.append((start, r))
        start = r + 1
    out = []
    for i, (a, b) in enumerate(parts):
        top, bottom = table.row_bboxes[a][1], table.row_bboxes[b - 1][3]
        orders = [l.order for l in mine if top <= (l.bbox[1] + l.bbox[3]) / 2 <= bottom]
        header_rows = min(table.header_rows, b - a - 1) if i == 0 else int(b - a >= 2)
        out.append(sub_table(table, a, b, header_rows=header_rows, line_orders=orders))
    return out


def geometry_tables(rows: list[list[Line]], covered: set[int]) -> list[Table]:
    """Geometry tables among the runs of rows that hold no line of a model table."""
    from paddlecamp.docqa.ocr.layout import find_tables

    tables: list[Table] = []
    run: list[list[Line]] = []
    for row in rows + [None]:
        if row is None or any(l.order in covered for l in row):
            if run:
                tables.extend(find_tables(run))
            run = []
        else:
            run.append(row)
    return tables


def analyze_page(image: np.ndarray | None, lines: list[Line], rows: list[list[Line]] | None = None, *,
                 models: bool | None = None) -> tuple[list[Region], list[Table]]:
    """Layout regions and tables of one page whose ``lines`` are already in reading order.

    ``image`` is the page (BGR ``uint8``) the line boxes refer to (``None``: geometry only);
    ``rows`` the visual rows (computed when omitted). ``models=None`` uses the structure
    models when enabled and present, ``False`` never, ``True`` always (raising
    ``MissingModelError`` when they are absent). Tables come back top to bottom.
    """
    from paddlecamp.docqa.ocr.layout import group_rows

    rows = rows if rows is not None else group_rows(list(lines))
    last_timings.clear()
    if not _use_models(image, models):
        return [], geometry_tables(rows, set())
    from paddlecamp.docqa.structure.layout_model import as_bgr, get_layout_model

    image = as_bgr(image)
    t0 = time.perf_counter()
    regions = snap_regions(get_layout_model().detect(image), lines)
    t1 = time.perf_counter()
    tables = model_tables(image, lines, regions + tables_named_figures(regions, lines)) if lines else []
    t2 = time.perf_counter()
    covered = {o for t in tables for o in t.line_orders}
    tables += geometry_tables(rows, covered)
    tables.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    last_timings.update(layout=t1 - t0, table=t2 - t1, tables=float(sum(t.method in IMAGE_METHODS for t in tables)))
    return regions, tables
