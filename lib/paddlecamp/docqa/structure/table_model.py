"""PaddleOCR's SLANet-plus table-structure model with onnxruntime, and tables built from it.

Facts about the exported model (``slanet-plus.onnx`` from PP-Structure):

* input ``x`` is ``1 x 3 x 488 x 488``: the crop (BGR, as PP-Structure feeds it) is resized
  so its long side is 488 (aspect kept), scaled to [0, 1], normalised with the ImageNet
  mean/std, then zero-padded at the right/bottom to 488 x 488 (zeros *after* normalising);
* output 0 is ``1 x T x 8``: per decoding step a cell polygon (four ``x, y`` points,
  clockwise from top-left) normalised by the padded 488 x 488 canvas, so pixel coordinates
  of the crop are ``value * 488 / scale``; output 1 is ``1 x T x 50``: per step the
  probabilities over the structure tokens;
* the token list is the model's metadata ``character`` (48 HTML fragments: ``<thead>``,
  ``<tr>``, ``<td></td>``, ``<td``, `` colspan="n"``, `` rowspan="n"``, ``>``, ``</td>``...),
  with ``sos`` before it and ``eos`` after it (50 classes); decoding is greedy (arg-max per
  step) until ``eos``; a cell box belongs to each step that opens a cell (``<td></td>`` or
  ``<td``).

``build_table`` then lays the tokens out on a grid (an HTML table walk: each cell takes the
next grid position not covered by an earlier row span), assigns the OCR lines to cells and
returns a ``records.Table``. Where the model misreads, the text decides: rows at the table's
edges that are paragraphs, numbered instructions or ``label: value`` fields are left out
(``trim_table_lines``), and columns come from the x-gaps of the body text when those show
columns the model merged (``column_bands``, ``column_cuts``, ``rebuild_columns``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from paddlecamp.docqa.records import Cell, Line, Table, union_bbox
from paddlecamp.docqa.structure.layout_model import (
    OnnxModel,
    StructureModelError,
    as_bgr,
    box_area as _area,
    cached_model,
    normalize_image,
    overlap_area as _overlap,
)
from paddlecamp.docqa.structure.table_header import (
    header_depth,
    join_headers_to_values,
    reassign_rows,
    regroup_header,
    split_stacked_rows,
)

_SPAN = re.compile(r'\s*(colspan|rowspan)="(\d+)"')


@dataclass
class TableStructure:
    """What the table model read from one crop.

    ``tokens`` are the HTML structure tokens in order (without ``<html>``/``<table>``
    wrappers); ``cell_boxes`` one ``[x0, y0, x1, y1]`` box per cell-opening token, in crop
    pixels; ``score`` the mean token probability; ``size`` the crop's ``(width, height)``;
    ``complete`` whether decoding reached the end token (a table too long for the model's
    decoding steps comes back cut short).
    """

    tokens: list[str] = field(default_factory=list)
    cell_boxes: list[list[float]] = field(default_factory=list)
    score: float = 0.0
    size: tuple[int, int] = (0, 0)
    complete: bool = True

    @property
    def html(self) -> str:
        return "<table>" + "".join(self.tokens) + "</table>"


@dataclass
class GridCell:
    """One cell of the structure on the grid: top-left position, spans, header flag, box."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    header: bool = False
    box: list[float] = field(default_factory=list)


def parse_cells(tokens: list[str], boxes: list[list[float]] | None = None) -> tuple[list[GridCell], int, int]:
    """Grid cells of a token sequence: an HTML table walk with row-span bookkeeping.

    Returns ``(cells, n_rows, n_cols)``. A cell takes the first grid column of its row not
    covered by a row span from an earlier row; ``<thead>`` rows mark their cells as headers.
    """
    boxes = boxes or []
    cells: list[GridCell] = []
    occupied: set[tuple[int, int]] = set()
    row = -1
    col = 0
    in_head = False
    n_box = 0
    pending: GridCell | None = None

    def place(cell: GridCell) -> None:
        nonlocal col
        if row < 0:  # a cell outside any <tr>: start the first row
            _start_row()
        while (row, col) in occupied:
            col += 1
        cell.row, cell.col = row, col
        for r in range(row, row + cell.row_span):
            for c in range(col, col + cell.col_span):
                occupied.add((r, c))
        col += cell.col_span
        cells.append(cell)

    def _start_row() -> None:
        nonlocal row, col
        row += 1
        col = 0

    def next_box() -> list[float]:
        nonlocal n_box
        box = boxes[n_box] if n_box < len(boxes) else []
        n_box += 1
        return list(box)

    for tok in tokens:
        if tok == "<thead>":
            in_head = True
        elif tok in ("</thead>", "<tbody>"):
            in_head = False
        elif tok == "<tr>":
            _start_row()
        elif tok in ("<td></td>", "<td>"):
            place(GridCell(0, 0, header=in_head, box=next_box()))
        elif tok == "<td":
            pending = GridCell(0, 0, header=in_head, box=next_box())
        elif pending is not None and _SPAN.fullmatch(tok):
            kind, n = _SPAN.fullmatch(tok).groups()
            if kind == "colspan":
                pending.col_span = max(1, int(n))
            else:
                pending.row_span = max(1, int(n))
        elif tok == ">" and pending is not None:
            place(pending)
            pending = None
    if pending is not None:
        place(pending)
    if not cells:
        return [], 0, 0
    n_rows = row + 1  # a row span reaching past the last <tr> is cut at the table's end
    for c in cells:
        c.row_span = max(1, min(c.row_span, n_rows - c.row))
    n_cols = max(c.col + c.col_span for c in cells)
    return cells, n_rows, n_cols


class TableModel(OnnxModel):
    """SLANet-plus; the onnxruntime session is created on first use."""

    role = "table"

    def __init__(self, path: Path | str | None = None, *, threads: int | None = None, max_len: int = 488,
                 max_steps: int = 501) -> None:
        super().__init__(path, threads)
        self.max_len = max_len
        self.max_steps = max_steps
        self.tokens: list[str] = []

    def _loaded(self, session, meta: dict[str, str]) -> None:
        if not meta.get("character"):
            raise StructureModelError(f"{self.path} has no 'character' metadata (structure tokens)")
        self.tokens = ["sos"] + meta["character"].splitlines() + ["eos"]

    def _input(self, crop: np.ndarray) -> tuple[np.ndarray, float]:
        h, w = crop.shape[:2]
        scale = self.max_len / max(h, w)
        nw, nh = max(1, int(w * scale)), max(1, int(h * scale))
        x = normalize_image(cv2.resize(crop, (nw, nh), interpolation=cv2.INTER_LINEAR))
        canvas = np.zeros((self.max_len, self.max_len, 3), dtype=np.float32)
        canvas[:nh, :nw] = x
        return np.ascontiguousarray(canvas.transpose(2, 0, 1)[None]), scale

    def decode(self, loc: np.ndarray, probs: np.ndarray, scale: float, size: tuple[int, int]) -> TableStructure:
        """Greedy decoding of one crop's outputs (``T x 8`` polygons, ``T x V`` probabilities)."""
        ids = probs.argmax(axis=1)
        best = probs.max(axis=1)
        eos = len(self.tokens) - 1
        w, h = size
        tokens, boxes, kept = [], [], []
        complete = False
        for step, idx in enumerate(ids[: self.max_steps]):
            idx = int(idx)
            if idx == eos and step > 0:
                complete = True
                break
            if idx in (0, eos) or idx >= len(self.tokens):
                continue
            tok = self.tokens[idx]
            tokens.append(tok)
            kept.append(float(best[step]))
            if tok in ("<td></td>", "<td", "<td>"):
                pts = loc[step].reshape(4, 2) * (self.max_len / scale)
                x0, y0 = pts.min(axis=0)
                x1, y1 = pts.max(axis=0)
                boxes.append([float(np.clip(x0, 0, w)), float(np.clip(y0, 0, h)),
                              float(np.clip(x1, 0, w)), float(np.clip(y1, 0, h))])
        return TableStructure(tokens=tokens, cell_boxes=boxes, score=float(np.mean(kept)) if kept else 0.0,
                              size=size, complete=complete)

    def predict(self, crop_bgr: np.ndarray) -> TableStructure:
        """Structure tokens and cell boxes (crop pixels) of one table crop (BGR or gray ``uint8``).

        A crop too small to hold a table (under 8 px a side) gives an empty structure.
        """
        crop = as_bgr(crop_bgr)
        h, w = crop.shape[:2]
        if min(h, w) < 8:
            return TableStructure(size=(w, h))
        x, scale = self._input(crop)
        loc, probs = self.run(x)[:2]
        return self.decode(loc[0], probs[0], scale, (w, h))


def get_table_model(path: Path | str | None = None, **options) -> TableModel:
    """The process-wide ``TableModel`` (default model file from ``structure_models()``)."""
    return cached_model(TableModel, path, **options)


# ------------------------------------------------------------------------------------------
# From a structure and OCR lines to a records.Table
# ------------------------------------------------------------------------------------------
_NUMERIC = re.compile(r"^[\s\d.,:%+\-−–/()（）$¥€£￥*#xX×~≈≤≥<>°℃]*\d[\s\d.,:%+\-−–/()（）$¥€£￥*#xX×~≈≤≥<>°℃a-zA-Z]{0,4}$")


def is_numeric(text: str) -> bool:
    """A value such as ``1,234.50``, ``-3%``, ``¥800``, ``2025-06-01`` or ``25 kg``."""
    return bool(_NUMERIC.match(text.strip()))


def _centres(cells: list[GridCell], n: int, axis: int) -> list[float | None]:
    """Median centre of the single-span cells' boxes per grid row (axis 1) or column (axis 0)."""
    per: list[list[float]] = [[] for _ in range(n)]
    for c in cells:
        pos, span = (c.col, c.col_span) if axis == 0 else (c.row, c.row_span)
        if span == 1 and c.box and _area(c.box) > 0:
            per[pos].append((c.box[axis] + c.box[axis + 2]) / 2)
    return [float(np.median(v)) if v else None for v in per]


def _bands(centres: list[float | None], lo: float, hi: float) -> list[float]:
    """``n + 1`` increasing boundaries splitting ``[lo, hi]`` between the ``n`` centres.

    Missing or out-of-order centres are interpolated; with too few good centres the span is
    split evenly.
    """
    n = len(centres)
    even = [lo + (hi - lo) * i / n for i in range(n + 1)]
    known = [(i, c) for i, c in enumerate(centres) if c is not None and lo <= c <= hi]
    # keep only an increasing chain of centres
    chain: list[tuple[int, float]] = []
    for i, c in known:
        if not chain or c > chain[-1][1]:
            chain.append((i, c))
    if len(chain) < max(2, n // 2):
        return even
    xs = [i for i, _ in chain]
    ys = [c for _, c in chain]
    full = list(np.interp(range(n), xs, ys))
    # extrapolate beyond the first/last known centre with the mean pitch
    pitch = (ys[-1] - ys[0]) / max(1, xs[-1] - xs[0])
    full = [ys[0] - (xs[0] - i) * pitch if i < xs[0] else ys[-1] + (i - xs[-1]) * pitch if i > xs[-1] else v
            for i, v in enumerate(full)]
    bounds = [lo] + [(full[i] + full[i + 1]) / 2 for i in range(n - 1)] + [hi]
    if any(b1 <= b0 for b0, b1 in zip(bounds, bounds[1:])):
        return even
    return bounds


def _text_bounds(spans: list[tuple[float, float]], n: int, lo: float, hi: float) -> list[float] | None:
    """Boundaries from the text itself when its extents along one axis fall into exactly ``n``
    separate bands (overlapping extents merged): cut halfway across each gap. ``None`` when
    the count differs (multi-line cells, spans, empty rows or columns)."""
    bands = _merge_spans(spans)
    if len(bands) != n or n == 0:
        return None
    bounds = [min(lo, bands[0][0])] + [(bands[i][1] + bands[i + 1][0]) / 2 for i in range(n - 1)] \
        + [max(hi, bands[-1][1])]
    return bounds if all(b1 > b0 for b0, b1 in zip(bounds, bounds[1:])) else None


def _axis_bounds(cells: list[GridCell], lines: list[Line], n: int, axis: int, lo: float, hi: float) -> list[float]:
    """Grid boundaries along x (``axis`` 0) or y (1): from the text bands when they agree with
    the model's count, else halfway between the model's cell centres, moved off the text."""
    spans = [(l.bbox[axis], l.bbox[axis + 2]) for l in lines]
    return _text_bounds(spans, n, lo, hi) or _refine(_bands(_centres(cells, n, axis), lo, hi), spans)


def _box_bounds(cells: list[GridCell], n: int, axis: int) -> list[float]:
    """Grid boundaries along x (``axis`` 0) or y (1) from the cells' own boxes (a ruled grid's:
    each boundary is where the cells starting or ending there put it, the median of them)."""
    at: list[list[float]] = [[] for _ in range(n + 1)]
    for c in cells:
        start, span = (c.col, c.col_span) if axis == 0 else (c.row, c.row_span)
        if c.box:
            at[start].append(c.box[axis])
            at[start + span].append(c.box[axis + 2])
    known = [(k, float(np.median(v))) for k, v in enumerate(at) if v]
    return [float(np.interp(k, [a for a, _ in known], [b for _, b in known])) for k in range(n + 1)]


def cut_at_rules(lines: list[Line], xs: list[float], min_share: float = 0.2) -> list[Line]:
    """Lines that run across a column rule (the detector read "612.4 512" as one line over two
    ruled cells) cut there, at the word gap nearest the rule; a line crossing a rule by less
    than ``min_share`` of its width on either side, or with no gap near it, stays whole."""
    out: list[Line] = []
    for line in lines:
        x0, x1 = line.bbox[0], line.bbox[2]
        width = max(x1 - x0, 1e-6)
        crossing = [x for x in xs[1:-1] if min(x - x0, x1 - x) >= min_share * width]
        pieces = _cut_text(line.text, x0, x1, crossing) if crossing else None
        if not pieces:
            out.append(line)
            continue
        rest = line
        for i, piece in enumerate(pieces[:-1]):
            left, rest = _split_line(rest, piece, " ".join(pieces[i + 1:]))
            out.append(left)
        out.append(rest)
    return out


def _grid_box(cell: GridCell, xs: list[float], ys: list[float]) -> list[float]:
    return [xs[cell.col], ys[cell.row], xs[cell.col + cell.col_span], ys[cell.row + cell.row_span]]


def _refine(bounds: list[float], spans: list[tuple[float, float]]) -> list[float]:
    """Move each inner boundary off the text: to the nearest place (within half a band of it)
    that the fewest line extents ``spans`` cross, unless it already is such a place.

    The model's cell boxes sit roughly inside their cells but not on the printed rules, so a
    boundary halfway between two columns' boxes can cut a left-aligned cell text.
    """
    if len(bounds) < 3 or not spans:
        return bounds
    s0 = np.array([a for a, _ in spans], dtype=np.float32)[:, None]
    s1 = np.array([b for _, b in spans], dtype=np.float32)[:, None]
    out = list(bounds)
    for i in range(1, len(bounds) - 1):
        lo, hi = (out[i - 1] + bounds[i]) / 2, (bounds[i] + bounds[i + 1]) / 2
        pos = np.arange(np.floor(lo), np.ceil(hi) + 1, dtype=np.float32)
        if len(pos) < 2:
            continue
        cover = ((s0 < pos) & (pos < s1)).sum(axis=0)
        low = cover == cover.min()
        b = bounds[i]
        k = int(np.clip(np.searchsorted(pos, b), 0, len(pos) - 1))
        if low[k]:
            continue
        # runs of least coverage; take the middle of the one nearest the model's boundary
        edges = np.flatnonzero(np.diff(np.concatenate([[0], low.astype(np.int8), [0]])))
        runs = list(zip(edges[0::2], edges[1::2] - 1))
        a, z = min(runs, key=lambda r: min(abs(pos[r[0]] - b), abs(pos[r[1]] - b)))
        out[i] = float((pos[a] + pos[z]) / 2)
    if any(b1 <= b0 for b0, b1 in zip(out, out[1:])):
        return bounds
    return out


def _good_box(box: list[float], grid: list[float]) -> bool:
    """A model cell box worth trusting: real area, inside its grid cell, not a sliver."""
    if not box or _area(box) <= 0:
        return False
    inside = _overlap(box, grid) / _area(box)
    return inside >= 0.85 and (box[3] - box[1]) >= 0.3 * (grid[3] - grid[1]) \
        and (box[2] - box[0]) >= 0.15 * (grid[2] - grid[0])


def _header_rows(cells: list[GridCell], n_rows: int) -> int:
    head = max((c.row + c.row_span for c in cells if c.header), default=0)
    lead = 0  # leading rows made only of spanning cells (group headers over the column names)
    for r in range(n_rows):
        starting = [c for c in cells if c.row == r]
        if starting and all(c.row_span > 1 or c.col_span > 1 for c in starting):
            lead = r + 1
        else:
            break
    rows = max(head, lead + 1 if lead else 0) or 1
    # a header cell that spans down takes the rows it covers into the header
    changed = True
    while changed:
        reach = max((c.row + c.row_span for c in cells if c.row < rows), default=rows)
        changed = reach > rows
        rows = max(rows, reach)
    return min(rows, max(1, n_rows - 1)) if n_rows > 1 else min(rows, n_rows)


def _repair(cells: list[GridCell], members: list[list[Line]], xs: list[float], ys: list[float], n_rows: int,
            n_cols: int, header_rows: int, extent: list[float]):
    """The text's repairs of a model's structure (``build_table``): columns rebuilt from the
    body's x-gaps or split where two values are glued, empty columns filled, merged labels
    split, lines moved to the row they line up with, stacked rows split, the header regrouped.
    Returns ``(cells, members, xs, ys, n_rows, n_cols, header_rows)``."""
    rebuilt = rebuild_columns(cells, members, header_rows, n_cols, extent[0], extent[2])
    if rebuilt is not None:
        cells, members, xs = rebuilt
        n_cols = len(xs) - 1
        for c in cells:
            c.box = []
    glued = split_glued_columns(cells, members, header_rows, xs)
    if glued is not None:
        cells, members, xs = glued
        n_cols = len(xs) - 1
    cells, members = fill_empty_columns(cells, members, header_rows)
    cells, members = split_merged_labels(cells, members, header_rows, xs)
    cells, members = reassign_rows(cells, members, xs)
    stacked = split_stacked_rows(cells, members, header_rows, ys)
    if stacked is not None:
        cells, members, ys = stacked
        n_rows = len(ys) - 1
    header_rows = header_depth(cells, members, header_rows, n_rows)
    regrouped = regroup_header(cells, members, header_rows, xs, ys)
    if regrouped is not None:
        cells, members, header_rows, ys = regrouped
        n_rows = len(ys) - 1
    return cells, members, xs, ys, n_rows, n_cols, header_rows


def build_table(structure: TableStructure, lines: list[Line], offset: tuple[float, float] = (0.0, 0.0),
                *, region: list[float] | None = None, printed: bool = False) -> Table | None:
    """A ``records.Table`` (``method="slanet"``) from the model's structure and the OCR lines.

    ``lines`` are the page's lines inside the table region (page pixels, reading order);
    ``offset`` is the crop's top-left corner in the page, so crop boxes map to page boxes;
    ``region`` the table's box in the page (the crop's extent when omitted). Each line goes
    to the cell its box overlaps most: the model's cell box when it is a good one (inside its
    grid cell, not a sliver), else the cell's box on the grid of row and column bands; a line
    that overlaps no cell goes to the nearest one. The bands come from the text when its
    lines fall into as many rows (columns) as the model reads, else from the model's cell
    boxes. Edge rows that are not table rows (``trim_table_lines``) are left out first, and
    the grid rows (and columns) they leave empty dropped; when the body text's x-gaps show
    other columns than the model's (two printed columns read as one), the columns are
    rebuilt from the text (``rebuild_columns``). ``printed=True`` says the grid was read from
    the table's printed rules (``structure.ruled``): its rows, columns and spans are what the
    page shows, so none of the repairs of a model's misreading (spans split, columns rebuilt
    or split from the text, rows split or regrouped) is made. Returns ``None`` when the
    structure has no cells.
    """
    cells, n_rows, n_cols = parse_cells(structure.tokens, structure.cell_boxes)
    if not cells:
        return None
    lines = trim_table_lines(lines)
    ox, oy = offset
    for c in cells:
        if c.box:
            c.box = [c.box[0] + ox, c.box[1] + oy, c.box[2] + ox, c.box[3] + oy]
    if region is None:
        w, h = structure.size
        region = [ox, oy, ox + w, oy + h]
    extent = list(region)
    if lines:
        extent = union_bbox([extent] + [l.bbox for l in lines])
    if printed:  # the rules are the boundaries; a line the detector read across a rule is cut there
        xs, ys = _box_bounds(cells, n_cols, 0), _box_bounds(cells, n_rows, 1)
        lines = cut_at_rules(lines, xs)
    else:
        xs = _axis_bounds(cells, lines, n_cols, 0, extent[0], extent[2])
        ys = _axis_bounds(cells, lines, n_rows, 1, extent[1], extent[3])
    grid_boxes = [_grid_box(c, xs, ys) for c in cells]
    boxes = [c.box if _good_box(c.box, g) else g for c, g in zip(cells, grid_boxes)]

    members: list[list[Line]] = [[] for _ in cells]
    for line in lines:
        area = max(_area(line.bbox), 1e-6)
        scores = [_overlap(line.bbox, b) / area for b in boxes]
        best = int(np.argmax(scores))
        if scores[best] < 0.3:
            grid_scores = [_overlap(line.bbox, g) / area for g in grid_boxes]
            if max(grid_scores) > scores[best]:
                scores, best = grid_scores, int(np.argmax(grid_scores))
        if scores[best] <= 0:
            cx, cy = (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2
            best = min(range(len(cells)), key=lambda i: _box_distance(grid_boxes[i], cx, cy))
        members[best].append(line)
    if not printed:
        cells, members = _split_colspans(cells, members, xs)
    if not printed and _shift_colspans(cells, members, xs):
        order = sorted(range(len(cells)), key=lambda i: (cells[i].row, cells[i].col))
        cells, members = [cells[i] for i in order], [members[i] for i in order]
    cells, members, kept_rows = _drop_empty_rows(cells, members, n_rows)
    if len(kept_rows) != n_rows:  # the row bands of the rows left
        ys = [ys[r] for r in kept_rows] + [ys[kept_rows[-1] + 1]]
        n_rows = len(kept_rows)
        cells, members, kept_cols = _drop_empty_cols(cells, members, n_cols)
        if len(kept_cols) != n_cols:
            xs = [xs[k] for k in kept_cols] + [xs[kept_cols[-1] + 1]]
            n_cols = len(kept_cols)
    header_rows = _header_rows(cells, n_rows)
    if not printed:
        cells, members, xs, ys, n_rows, n_cols, header_rows = _repair(cells, members, xs, ys, n_rows, n_cols,
                                                                       header_rows, extent)
    boxes = [c.box if _good_box(c.box, _grid_box(c, xs, ys)) else _grid_box(c, xs, ys) for c in cells]
    texts = [_cell_text(m) for m in members]
    first_col = [t for c, t in zip(cells, texts) if c.col == 0 and c.row >= header_rows and t]
    # row labels need rows to tell apart: a table with one body row ("Order no | Received"
    # over "RO-24-118352 | 21/01/2026") has its first column as a value
    header_cols = 1 if n_cols > 1 and len(first_col) >= 2 and \
        sum(not is_numeric(t) for t in first_col) > len(first_col) / 2 else 0

    grid = [[""] * n_cols for _ in range(n_rows)]
    cell_list: list[Cell] = []
    for c, text, m, box in zip(cells, texts, members, boxes):
        for r in range(c.row, c.row + c.row_span):
            for k in range(c.col, c.col + c.col_span):
                grid[r][k] = text
        bbox = union_bbox([l.bbox for l in m]) if m else [round(v, 1) for v in box]
        header = c.row < header_rows or (header_cols > 0 and c.col < header_cols)
        cell_list.append(Cell(row=c.row, col=c.col, text=text, bbox=[float(v) for v in bbox],
                              row_span=c.row_span, col_span=c.col_span, header=header))
    row_bboxes = []
    for r in range(n_rows):
        row_lines = [l for c, m in zip(cells, members) if c.row == r for l in m]
        row_bboxes.append(union_bbox([l.bbox for l in row_lines]) if row_lines
                          else [xs[0], ys[r], xs[-1], ys[r + 1]])
    used = [l for m in members for l in m]
    bbox = union_bbox([[xs[0], ys[0], xs[-1], ys[-1]]] + [l.bbox for l in used])
    return join_headers_to_values(Table(
        cells=grid, bbox=[round(float(v), 1) for v in bbox],
        row_bboxes=[[round(float(v), 1) for v in b] for b in row_bboxes], line_orders=sorted({l.order for l in used}),
        cell_list=cell_list, header_rows=header_rows, header_cols=header_cols, method="slanet"))


def _cell_text(lines: list[Line]) -> str:
    """A cell's lines as its text; a label above its value reads ``label: value`` so the cell
    is a pair (``stacked_fields``): "5 Country of destination" over "Canada (CA)", or a boxed
    cell holding two fields side by side ("Invoice number  Invoice date" over their values)."""
    from paddlecamp.docqa.chunking import stacked_text
    from paddlecamp.docqa.ocr.reading_order import visual_rows

    ordered = [l for row in visual_rows(lines) for l in row]  # top to bottom, whatever the page order
    below = stacked_fields(ordered) if len(ordered) >= 2 else {}
    values = {m.order for m in below.values()}
    parts = [stacked_text(l, below[l.order]) if l.order in below else l.text
             for l in ordered if l.order not in values]
    return " ".join(p.strip() for p in parts if p.strip()).strip()


def stacked_fields(lines: list[Line]) -> dict[int, Line]:
    """Labels printed over their values among one cell's lines: ``{label order: value line}``.

    A cell of two lines is a pair when the upper one is a small label (``chunking.stacked_label``).
    A cell of more lines is a grid of fields when every line is a label or its value and each
    label has another beside it on its row (short digit-free labels, each with a value holding
    a digit right under its left edge); a cell's lines are otherwise one value ("Door lock
    module" over its part number, a price tag's name, price and SKU).
    """
    from paddlecamp.docqa.chunking import stacked_label
    from paddlecamp.docqa.structure.forms import label_like

    def loose(u: Line, m: Line) -> bool:
        h = m.bbox[3] - m.bbox[1]
        gap = m.bbox[1] - u.bbox[3]
        return (label_like(u.text) and bool(re.search(r"\d", m.text)) and -0.3 * h <= gap <= 1.2 * h
                and abs(u.bbox[0] - m.bbox[0]) <= 1.5 * h)

    if len(lines) == 2:
        upper, lower = sorted(lines, key=lambda l: l.bbox[1])
        return {upper.order: lower} if stacked_label(upper, lower) else {}
    by_y = sorted(lines, key=lambda l: (l.bbox[1], l.bbox[0]))
    found: dict[int, Line] = {}
    taken: set[int] = set()
    for u in by_y:
        if u.order in taken:
            continue
        fits = [m for m in by_y if m is not u and m.order not in taken and m.order not in found
                and m.bbox[1] > u.bbox[1] and loose(u, m)]
        if fits:
            m = min(fits, key=lambda m: (m.bbox[1], abs(m.bbox[0] - u.bbox[0])))
            found[u.order] = m
            taken.update((u.order, m.order))
    labels = [u for u in by_y if u.order in found]
    side = all(sum(abs((u.bbox[1] + u.bbox[3]) - (v.bbox[1] + v.bbox[3])) < (u.bbox[3] - u.bbox[1])
                   for v in labels) >= 2 for u in labels)
    # every line a label or its value, and each label beside another: a grid of fields
    return found if labels and side and len(taken) == len(lines) else {}


def _split_colspans(cells: list[GridCell], members: list[list[Line]],
                    xs: list[float]) -> tuple[list[GridCell], list[list[Line]]]:
    """Undo a column span the page does not show: a spanning cell whose lines stand in
    different grid columns (the model sometimes merges a whole first row) becomes one cell
    per column. One line centred across the columns, a real merged header, stays merged."""
    out_cells: list[GridCell] = []
    out_members: list[list[Line]] = []
    for cell, lines in zip(cells, members):
        cols = [min(max(int(np.searchsorted(xs, (l.bbox[0] + l.bbox[2]) / 2)) - 1, cell.col),
                    cell.col + cell.col_span - 1) for l in lines]
        if cell.col_span == 1 or len(set(cols)) < 2:
            out_cells.append(cell)
            out_members.append(lines)
            continue
        for k in range(cell.col, cell.col + cell.col_span):
            out_cells.append(GridCell(cell.row, k, cell.row_span, 1, cell.header))
            out_members.append([l for l, col in zip(lines, cols) if col == k])
    order = sorted(range(len(out_cells)), key=lambda i: (out_cells[i].row, out_cells[i].col))
    return [out_cells[i] for i in order], [out_members[i] for i in order]


def _shift_colspans(cells: list[GridCell], members: list[list[Line]], xs: list[float]) -> bool:
    """Move a column span one column right when its text stands wholly right of its first column.

    The model sometimes places a group header (``金额（元）`` over ``本期 | 往期欠费``) one
    column early; its text then lies entirely in the later columns of the span. When the grid
    slot just past the span holds an empty cell of the same row, the two swap places, so the
    group label heads the columns it is printed over. Changes ``cells`` in place and says
    whether any moved."""
    moved = False
    for i, cell in enumerate(cells):
        lines = members[i]
        if cell.col_span < 2 or not lines:
            continue
        while cell.col + cell.col_span < len(xs) - 1:
            left = min(l.bbox[0] for l in lines)
            right = max(l.bbox[2] for l in lines)
            start = xs[cell.col + 1]
            tol = 0.1 * (start - xs[cell.col])
            if left < start - tol:
                break
            target = cell.col + cell.col_span
            taking = [j for j, c in enumerate(cells) if c.col <= target < c.col + c.col_span
                      and c.row < cell.row + cell.row_span and cell.row < c.row + c.row_span]
            empty = len(taking) == 1 and not members[taking[0]] and cells[taking[0]].col_span == 1 and \
                (cells[taking[0]].row, cells[taking[0]].row_span) == (cell.row, cell.row_span)
            # the slot past the span must be free (or an empty cell) and the text fit the moved span
            if (taking and not empty) or right > xs[target + 1]:
                break
            if taking:
                cells[taking[0]].col = cell.col
                cells[taking[0]].box = []
            cell.col += 1
            cell.box = []
            moved = True
    return moved


#: A number and a word run together by the detector: "68 特辣", "46中辣", "12.50 Large".
_GLUED = re.compile(r"^\s*([-+]?[$¥€£￥]?\d[\d,]*(?:\.\d+)?%?)\s*([^\d\s.,%].*?)\s*$")
#: The same with a Chinese measure word after the number, one value: "1张 需拆装", "2台排空存水".
_GLUED_COUNT = re.compile(r"^\s*(\d[\d,]*[个张台箱件只条本册套份辆间把瓶盒袋块组])\s*([^\d\s.,%].*?)\s*$")
#: Share of a column's filled body cells that must read as number + word to split it.
GLUED_SHARE = 0.8


def _glued_parts(text: str) -> tuple[str, str] | None:
    """A number (with its measure word) and the next column's words run together, split."""
    m = _GLUED_COUNT.match(text) or _GLUED.match(text)
    return (m.group(1), m.group(2)) if m else None


def _display_width(text: str) -> int:
    """Width in half-width units: CJK and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _one_value(text: str) -> bool:
    """A number with its unit, currency or date parts ("25 kg", "3 months", "100 USD"): one value."""
    from paddlecamp.docqa import recognizers

    if is_numeric(text):
        return True
    core = len(text.strip())
    return any(sp.kind != "number" and len(sp.text) >= 0.9 * core for sp in recognizers.find_spans(text))


def _split_line(line: Line, left: str, right: str) -> tuple[Line, Line]:
    """Two lines for ``left`` and ``right``, the box cut where the left text's width ends."""
    x0, y0, x1, y1 = line.bbox
    cut = x0 + (x1 - x0) * _display_width(left + " ") / max(_display_width(f"{left} {right}"), 1)

    def part(text: str, a: float, b: float) -> Line:
        return Line(text, line.score, [[a, y0], [b, y0], [b, y1], [a, y1]], [a, y0, b, y1], line.order)

    return part(left, x0, cut), part(right, cut, x1)


def split_glued_columns(cells: list[GridCell], members: list[list[Line]], header_rows: int,
                        xs: list[float]) -> tuple[list[GridCell], list[list[Line]], list[float]] | None:
    """Two printed columns the text detector read as one: when nearly every filled body cell
    of a column is a number followed by a word that is not its unit ("68 特辣", "46中辣"; not
    "25 kg") and its header is two words ("价格(元) 辣度"), the column becomes two, each line
    cut where its number ends. Columns under a spanning cell are left alone. Returns
    ``(cells, members, xs)`` or ``None`` when no column is glued."""
    n_cols = len(xs) - 1
    changed = False
    for k in range(n_cols - 1, -1, -1):
        col = [(c, m) for c, m in zip(cells, members) if c.col == k]
        if any(c.col < k < c.col + c.col_span or (c.col == k and c.col_span > 1) for c in cells):
            continue
        body = [(c, m) for c, m in col if c.row >= header_rows and m]
        if len(body) < 3 or not all(len(m) == 1 for _, m in body):
            continue
        parts = [_glued_parts(m[0].text) for _, m in body]
        glued = [p for (_, m), p in zip(body, parts) if p and not _one_value(m[0].text)]
        heads = [m for c, m in col if c.row < header_rows and m]
        head_words = " ".join(l.text for l in heads[0]).split() if len(heads) == 1 else []
        if len(glued) < max(3, GLUED_SHARE * len(body)) or len(heads) > 1 or (heads and len(head_words) != 2):
            continue
        out_cells, out_members, cuts = [], [], []
        for c, m in zip(cells, members):
            if c.col > k:
                out_cells.append(GridCell(c.row, c.col + 1, c.row_span, c.col_span, c.header, list(c.box)))
                out_members.append(m)
                continue
            if c.col < k:
                out_cells.append(c)
                out_members.append(m)
                continue
            left, right = [], []
            if c.row < header_rows and m:
                if len(m) == 1:
                    a, b = _split_line(m[0], *head_words)
                    left, right = [a], [b]
                else:  # the two header words already read as two lines
                    by_x = sorted(m, key=lambda l: l.bbox[0])
                    left, right = by_x[:1], by_x[1:]
            elif m:
                p = _glued_parts(m[0].text) if len(m) == 1 and not _one_value(m[0].text) else None
                if p:
                    a, b = _split_line(m[0], *p)
                    left, right = [a], [b]
                    cuts.append(a.bbox[2])
                else:
                    left = m
            out_cells += [GridCell(c.row, k, c.row_span, 1, c.header), GridCell(c.row, k + 1, c.row_span, 1, c.header)]
            out_members += [left, right]
        cells, members = out_cells, out_members
        xs = xs[:k + 1] + [float(np.median(cuts))] + xs[k + 1:]
        changed = True
    if not changed:
        return None
    order = sorted(range(len(cells)), key=lambda i: (cells[i].row, cells[i].col))
    return [cells[i] for i in order], [members[i] for i in order], xs


#: A number, a space, then more text: "286,400.00 12个月合计", "18,000.00 已按80%计入".
_NUMBER_THEN = re.compile(r"^\s*(\S+)\s+(\S.*?)\s*$")


def fill_empty_columns(cells: list[GridCell], members: list[list[Line]], header_rows: int
                       ) -> tuple[list[GridCell], list[list[Line]]]:
    """Values read into the column to the right of their own: when a headed column is empty in
    every body row and at least ``GLUED_SHARE`` of the next column's filled body cells (three
    at least) are one line that starts with a number and goes on with words, the number moves
    into the empty column ("金额 | 说明" over " | 286,400.00 12个月合计": the text layer or the
    detector joined two cells). Columns under a spanning cell are left alone."""
    n_cols = max((c.col + c.col_span for c in cells), default=0)
    for k in range(1, n_cols):
        if any(c.col_span > 1 and c.col <= k < c.col + c.col_span + 1 for c in cells):
            continue
        left_head = [m for c, m in zip(cells, members) if c.col == k - 1 and c.row < header_rows and m]
        left_body = [m for c, m in zip(cells, members) if c.col == k - 1 and c.row >= header_rows and m]
        body = [(i, c) for i, c in enumerate(cells) if c.col == k and c.row >= header_rows and members[i]]
        if not left_head or left_body or len(body) < 3:
            continue
        parts = {}
        for i, _ in body:
            m = members[i]
            p = _NUMBER_THEN.match(m[0].text) if len(m) == 1 else None
            if p and is_numeric(p.group(1)) and not _one_value(m[0].text):
                parts[i] = p
        if len(parts) < GLUED_SHARE * len(body):
            continue
        cells, members = list(cells), [list(m) for m in members]
        for i, p in parts.items():
            a, b = _split_line(members[i][0], p.group(1), p.group(2))
            members[i] = [b]
            j = next((j for j, c in enumerate(cells) if c.col == k - 1 and c.row == cells[i].row), None)
            if j is None:
                cells.append(GridCell(cells[i].row, k - 1, cells[i].row_span, 1, cells[i].header))
                members.append([])
                j = len(cells) - 1
            members[j] = [a]
    order = sorted(range(len(cells)), key=lambda i: (cells[i].row, cells[i].col))
    return [cells[i] for i in order], [members[i] for i in order]


def _cut_text(text: str, x0: float, x1: float, bounds: list[float]) -> list[str] | None:
    """``text`` printed from ``x0`` to ``x1`` cut at the word gaps nearest the x positions
    ``bounds`` (by display width), a gap before a capital first; ``None`` when a cut finds no
    gap or leaves a piece empty."""
    width = _display_width(text)
    gaps = [i for i, ch in enumerate(text) if ch == " "]
    if not gaps or width == 0:
        return None
    # labels start with a capital ("Age cat. Cat. place"): a gap before one is a label's start
    capital = [i for i in gaps if text[i + 1:i + 2].isupper()] if re.search(r"[a-z]", text) else []
    cuts = []
    for b in bounds:
        at = (b - x0) / max(x1 - x0, 1e-6) * width
        near = [i for i in gaps if abs(_display_width(text[:i]) - at) <= 0.25 * width]
        if not near:
            return None
        near = [i for i in near if i in capital] or near
        cuts.append(min(near, key=lambda i: abs(_display_width(text[:i]) - at)))
    if cuts != sorted(set(cuts)):
        return None
    pieces = [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)])]
    return pieces if all(pieces) else None


def split_merged_labels(cells: list[GridCell], members: list[list[Line]], header_rows: int,
                        xs: list[float]) -> tuple[list[GridCell], list[list[Line]]]:
    """Column labels the text detector read as one line ("Age cat. Cat. place" over two
    columns) become one label per column, cut at the word gaps nearest the column bounds.

    Only a header cell spanning columns with a single line that sits level with the other
    labels of its row (a group label stands above them), with no labels under it in later
    header rows and values under every column it spans, is cut. Returns ``(cells, members)``.
    """
    out_cells: list[GridCell] = []
    out_members: list[list[Line]] = []
    changed = False
    for c, m in zip(cells, members):
        pieces = None
        if c.row < header_rows and c.col_span > 1 and len(m) == 1:
            line = m[0]
            h = max(line.bbox[3] - line.bbox[1], 1.0)
            level = [(l[0].bbox[1] + l[0].bbox[3]) / 2 for d, l in zip(cells, members)
                     if d.row == c.row and d is not c and len(l) == 1]
            centre = (line.bbox[1] + line.bbox[3]) / 2
            span = range(c.col, c.col + c.col_span)
            below = any(d.row >= c.row + c.row_span and d.row < header_rows and l and d.col in span
                        for d, l in zip(cells, members))
            filled = all(any(d.row >= header_rows and d.col == k and l for d, l in zip(cells, members)) for k in span)
            if len(level) >= 2 and abs(centre - float(np.median(level))) <= 0.3 * h and not below and filled:
                pieces = _cut_text(line.text, line.bbox[0], line.bbox[2], [xs[k] for k in span][1:])
        if pieces is None:
            out_cells.append(c)
            out_members.append(m)
            continue
        changed = True
        rest = m[0]
        for k, text in zip(range(c.col, c.col + c.col_span), pieces):
            remaining = rest.text[rest.text.index(text) + len(text):].strip()
            if remaining:
                part, rest = _split_line(rest, text, remaining)
            else:
                part = rest
            out_cells.append(GridCell(c.row, k, c.row_span, 1, c.header))
            out_members.append([part])
    if not changed:
        return cells, members
    order = sorted(range(len(out_cells)), key=lambda i: (out_cells[i].row, out_cells[i].col))
    return [out_cells[i] for i in order], [out_members[i] for i in order]


def _box_distance(box: list[float], x: float, y: float) -> float:
    dx = max(box[0] - x, 0.0, x - box[2])
    dy = max(box[1] - y, 0.0, y - box[3])
    return dx * dx + dy * dy


# ------------------------------------------------------------------------------------------
# Robustness: the table's extent, and its columns from the x-gaps of the text
# ------------------------------------------------------------------------------------------
#: A line that opens a numbered instruction or list item ("3. Beat the egg whites", "2) Mix",
#: "(4) Stir", "5、搅拌"): running text, not a table row, when the table around it has none.
_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)、]|[（(]\d{1,2}[)）])\s*\S+(?:\s+\S+){2,}|^\s*\d{1,2}[、.]\s*[\u3400-\u9fff]{4,}")
#: Line boxes of OCR are padded around the ink; this share of the line height (at most this
#: share of the width) is taken off each side before boxes are compared for gaps.
CORE_SHRINK = 0.25


def _height(lines: list[Line]) -> float:
    return float(np.median([l.bbox[3] - l.bbox[1] for l in lines])) if lines else 1.0


def _core(box: list[float], h: float) -> tuple[float, float]:
    """The x-extent of a line's ink: its box less the detector's padding."""
    d = min(CORE_SHRINK * h, CORE_SHRINK * (box[2] - box[0]))
    return box[0] + d, box[2] - d


def _merge_spans(spans: list[tuple[float, float]]) -> list[list[float]]:
    bands: list[list[float]] = []
    for a, b in sorted(spans):
        if bands and a < bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], b)
        else:
            bands.append([a, b])
    return bands


def column_bands(rows: list[list[Line]], h: float | None = None) -> list[tuple[float, float]]:
    """Columns of a table body from the x-gaps of its text: the line cores (boxes less their
    padding) of all ``rows`` merged where they overlap; two neighbouring bands stay apart
    only when at least two rows hold text on both sides of their gap (a gap no row shows
    twice is a ragged cell, not a gutter). A line that alone bridges such a gutter (a
    total's label written across two columns, "VAT (reverse charge, 0%)") spans the columns
    and does not merge them. Returns the bands' core extents, left to right.
    """
    lines = [l for r in rows for l in r]
    if not lines:
        return []
    h = h or _height(lines)
    spanning: set[int] = set()
    tried: set[int] = set()
    bands = _gutters(rows, h, spanning)
    # Only a line that alone covers some stretch of x can hold two bands together: leaving out
    # any other line changes no band's extent and can only merge bands.
    while len(lines) - len(spanning) > 2:
        alone = [l for l in _sole_covers([l for l in lines if id(l) not in spanning], h) if id(l) not in tried]
        if not alone:
            break
        l = max(alone, key=lambda l: l.bbox[2] - l.bbox[0])  # the widest first
        tried.add(id(l))
        without = _gutters(rows, h, spanning | {id(l)})
        a, b = _core(l.bbox, h)
        if len(without) > len(bands) and sum(x0 < b and a < x1 for x0, x1 in without) >= 2:
            spanning.add(id(l))
            bands = without
    return bands


def _sole_covers(lines: list[Line], h: float) -> list[Line]:
    """The lines whose core is the only one over some stretch of x (a sweep over the cores)."""
    events = sorted((x, kind, i) for i, l in enumerate(lines)
                    for x, kind in zip(_core(l.bbox, h), (1, 0)))  # at one x, ends (0) before starts (1)
    active: set[int] = set()
    alone: set[int] = set()
    last = None
    for x, kind, i in events:
        if len(active) == 1 and last is not None and x > last:
            alone |= active
        if kind:
            active.add(i)
        else:
            active.discard(i)
        last = x
    return [lines[i] for i in sorted(alone)]


def _gutters(rows: list[list[Line]], h: float, skip: set[int]) -> list[tuple[float, float]]:
    """``column_bands`` of the rows' lines less those in ``skip`` (by ``id``)."""
    rows = [[l for l in r if id(l) not in skip] for r in rows]
    lines = [l for r in rows for l in r]
    if not lines:
        return []
    bands = _merge_spans([_core(l.bbox, h) for l in lines])
    changed = True
    while changed and len(bands) > 1:
        changed = False
        for i in range(len(bands) - 1):
            gap = (bands[i][1] + bands[i + 1][0]) / 2
            both = 0
            for row in rows:
                mids = [sum(_core(l.bbox, h)) / 2 for l in row]
                left = any(bands[i][0] <= x < gap for x in mids)
                right = any(gap < x <= bands[i + 1][1] for x in mids)
                both += left and right
            if both < 2:
                bands[i] = [bands[i][0], bands[i + 1][1]]
                del bands[i + 1]
                changed = True
                break
    return [(float(a), float(b)) for a, b in bands]


def _band_of(x: float, bands: list[tuple[float, float]]) -> int:
    """Index of the band holding ``x`` (the nearest one when none does)."""
    for i, (a, b) in enumerate(bands):
        if a <= x <= b:
            return i
    return min(range(len(bands)), key=lambda i: min(abs(bands[i][0] - x), abs(bands[i][1] - x)))


def _alignment(lines: list[Line], h: float) -> str:
    """``"left"`` or ``"right"``: which edge the lines of one column keep (numbers, on a tie,
    are taken as right-aligned)."""
    if not lines:
        return "left"
    lefts = [l.bbox[0] for l in lines]
    rights = [l.bbox[2] for l in lines]
    ls, rs = max(lefts) - min(lefts), max(rights) - min(rights)
    if rs < ls - 0.3 * h:
        return "right"
    if ls < rs - 0.3 * h:
        return "left"
    return "right" if sum(is_numeric(l.text) for l in lines) > len(lines) / 2 else "left"


def column_cuts(rows: list[list[Line]], bands: list[tuple[float, float]], h: float) -> list[float]:
    """Where one column ends and the next begins, between each pair of neighbouring ``bands``.

    A header is aligned like its column: between two right-aligned columns (numbers) the
    cut is at the right edge of the left one, so a header written over the ragged left side
    of a number column belongs to it; between two left-aligned columns at the left edge of
    the right one; otherwise halfway across the gap. The cut never enters a band's core.
    """
    members: list[list[Line]] = [[] for _ in bands]
    for row in rows:
        for l in row:
            a, b = _core(l.bbox, h)
            members[_band_of((a + b) / 2, bands)].append(l)
    align = [_alignment(m, h) for m in members]
    cuts = []
    for i in range(len(bands) - 1):
        right_edge = max((l.bbox[2] for l in members[i]), default=bands[i][1])
        left_edge = min((l.bbox[0] for l in members[i + 1]), default=bands[i + 1][0])
        if align[i] == "right" and align[i + 1] == "right":
            cut = right_edge
        elif align[i] == "left" and align[i + 1] == "left":
            cut = left_edge
        else:
            cut = (right_edge + left_edge) / 2
        cuts.append(float(min(max(cut, bands[i][1]), bands[i + 1][0])))
    return cuts


def _columns_of(box: list[float], cuts: list[float], lo: float, hi: float, min_share: float = 0.25) -> list[int]:
    """The columns (between ``cuts``) a line covers by at least ``min_share`` of its width;
    the one it covers most when none does."""
    edges = [min(lo, box[0])] + list(cuts) + [max(hi, box[2])]
    width = max(box[2] - box[0], 1e-6)
    share = [max(0.0, min(box[2], edges[k + 1]) - max(box[0], edges[k])) / width for k in range(len(edges) - 1)]
    cols = [k for k, s in enumerate(share) if s >= min_share]
    if not cols:
        cols = [int(np.argmax(share))]
    return list(range(cols[0], cols[-1] + 1))


def _is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def _is_kv(text: str) -> bool:
    from paddlecamp.docqa.chunking import kv_pairs

    return bool(kv_pairs(text))


def trim_table_lines(lines: list[Line]) -> list[Line]:
    """The lines of a table region that belong to the table: rows at its top or bottom edge
    that are not table rows are left out (they stay running text).

    A table's core is its rows of several cells. An edge row is foreign when a line of it
    starts a numbered list item or paragraph ("3. Beat the egg whites...") while the core
    rows do not, when its lines are ``label: value`` fields while the core's cells are not,
    or when it is one line crossing a gutter between the core's columns (a paragraph line
    spanning the table). Lines beside the table (outside the columns' extent) are left out
    of the edge rows as well. At least two rows always stay.
    """
    from paddlecamp.docqa.ocr.layout import group_rows

    rows = group_rows(list(lines))
    if len(rows) < 3:
        return lines
    h = _height(lines)
    core = [r for r in rows if len(r) >= 2]
    if len(core) < 2:
        return lines

    def share(test, part: list[list[Line]]) -> float:
        ls = [l for r in part for l in r]
        return sum(test(l.text) for l in ls) / max(1, len(ls))

    # what the table's cells look like, judged at the other end from the edge being trimmed
    ref = {"top": core[-3:], "bottom": core[:3]}
    bands = column_bands(core, h)
    cuts = column_cuts(core, bands, h) if len(bands) >= 2 else []

    def foreign(row: list[Line], edge: str) -> bool:
        if any(_is_list_item(l.text) for l in row) and share(_is_list_item, ref[edge]) < 0.2:
            return True
        if all(_is_kv(l.text) for l in row) and share(_is_kv, ref[edge]) < 0.2:
            return True
        if len(row) == 1 and cuts:
            a, b = _core(row[0].bbox, h)
            crossed = sum(a < c < b for c in cuts)
            if crossed >= 2 or (crossed >= 1 and len(row[0].text.split()) >= 6):
                return True
        return False

    def edge_cut(seq: list[list[Line]], edge: str) -> int:
        # foreign rows from the edge inwards; a one-line row between them (a heading over a
        # block of fields) goes with them, and so do one-line rows just inside the last
        # (a caption over the table)
        cut = 0
        for i, row in enumerate(seq[:-2]):
            if foreign(row, edge):
                cut = i + 1
            elif len(row) > 1:
                break
        if cut:
            while cut < len(seq) - 2 and len(seq[cut]) == 1:
                cut += 1
        return cut

    top = edge_cut(rows, "top")
    rows = rows[top:]
    bottom = edge_cut(rows[::-1], "bottom")
    rows = rows[:len(rows) - bottom]
    # a line wholly beside the table's columns is not part of an edge row
    keep = {id(l) for r in rows for l in r}
    for r, rest in ((rows[0], rows[1:]), (rows[-1], rows[:-1])):
        others = [l for o in rest if len(o) >= 2 for l in o]
        if len(r) > 1 and others:
            x_lo = min(l.bbox[0] for l in others) - h
            x_hi = max(l.bbox[2] for l in others) + h
            for l in r:
                if l.bbox[0] >= x_hi or l.bbox[2] <= x_lo:
                    keep.discard(id(l))
    return [l for l in lines if id(l) in keep]


def _drop_empty_rows(cells: list[GridCell], members: list[list[Line]],
                     n_rows: int) -> tuple[list[GridCell], list[list[Line]], list[int]]:
    """Remove grid rows where no cell holds a line (rows of lines left out of the table);
    returns the cells and their lines renumbered, and the old indices of the rows kept."""
    used = set()
    for c, m in zip(cells, members):
        if m:
            used.update(range(c.row, c.row + c.row_span))
    empty = [r for r in range(n_rows) if r not in used]
    if not empty or len(empty) == n_rows:
        return cells, members, list(range(n_rows))
    new_index = {}
    k = 0
    for r in range(n_rows):
        if r not in empty:
            new_index[r] = k
            k += 1
    out_c, out_m = [], []
    for c, m in zip(cells, members):
        rows = [new_index[r] for r in range(c.row, c.row + c.row_span) if r in new_index]
        if not rows:
            continue
        out_c.append(GridCell(rows[0], c.col, len(rows), c.col_span, c.header, c.box))
        out_m.append(m)
    return out_c, out_m, [r for r in range(n_rows) if r in new_index]


def _drop_empty_cols(cells: list[GridCell], members: list[list[Line]],
                     n_cols: int) -> tuple[list[GridCell], list[list[Line]], list[int]]:
    """Remove grid columns where no cell holds a line; returns the cells and their lines
    renumbered, and the old indices of the columns kept."""
    used = set()
    for c, m in zip(cells, members):
        if m:
            used.update(range(c.col, c.col + c.col_span))
    kept = [k for k in range(n_cols) if k in used]
    if len(kept) in (0, n_cols):
        return cells, members, list(range(n_cols))
    new_index = {k: i for i, k in enumerate(kept)}
    out_c, out_m = [], []
    for c, m in zip(cells, members):
        cols = [new_index[k] for k in range(c.col, c.col + c.col_span) if k in new_index]
        if not cols:
            continue
        out_c.append(GridCell(c.row, cols[0], c.row_span, len(cols), c.header, c.box))
        out_m.append(m)
    return out_c, out_m, kept


def rebuild_columns(cells: list[GridCell], members: list[list[Line]], header_rows: int, n_cols: int,
                    lo: float, hi: float) -> tuple[list[GridCell], list[list[Line]], list[float]] | None:
    """The table's columns again from the x-gaps of its body text, when the model's columns
    disagree with them (two printed columns read as one, or a column's lines split over two
    of the model's columns).

    Body columns are ``column_bands`` of the body rows (at least two of them); there must be
    at least as many as the model read, not counting columns that hold no text, unless the
    model put the values of two bands into one body cell (it read the columns askew). Header lines
    go to the columns they cover (``column_cuts``), a line over several columns spanning them;
    rows and row spans stay the model's. Returns ``(cells, members, xs)`` (``xs`` the column boundaries), or
    ``None`` when the model's columns already agree with the text.
    """
    body_rows: dict[int, list[Line]] = {}
    for c, m in zip(cells, members):
        if c.row >= header_rows and m:
            body_rows.setdefault(c.row, []).extend(m)
    if len(body_rows) < 2:
        return None
    rows = [sorted(r, key=lambda l: l.bbox[0]) for _, r in sorted(body_rows.items())]
    h = _height([l for r in rows for l in r])
    bands = column_bands(rows, h)
    # columns the model read but left empty (a ruled table's gutters taken for columns) need no band
    filled = len({k for c, m in zip(cells, members) if m for k in range(c.col, c.col + c.col_span)})

    def body_col(l: Line) -> int:
        a, b = _core(l.bbox, h)
        return _band_of((a + b) / 2, bands)

    # fewer bands than the model's columns: the bands merged two columns, unless the model
    # itself put two bands' values into one body cell (it read the columns askew)
    askew = any(len({body_col(l) for l in m}) > 1 for c, m in zip(cells, members) if c.row >= header_rows)
    if len(bands) < 2 or (len(bands) < min(n_cols, filled) and not askew):
        return None
    cuts = column_cuts(rows, bands, h)
    xs = [min(lo, bands[0][0])] + cuts + [max(hi, bands[-1][1])]

    agree = len(bands) == n_cols
    if agree:
        seen: dict[int, set[int]] = {}
        for c, m in zip(cells, members):
            if c.row < header_rows:
                continue
            cols = {body_col(l) for l in m}
            if len(cols) > 1 or (c.col_span == 1 and cols and cols != {c.col}):
                agree = False
                break
            for k in cols:
                seen.setdefault(k, set()).add(c.col)
        agree = agree and all(len(v) == 1 for v in seen.values())
    if agree:
        return None
    placed: dict[tuple[int, int], tuple[GridCell, list[Line]]] = {}
    order: list[tuple[int, int]] = []
    for c, m in zip(cells, members):
        groups: dict[tuple[int, ...], list[Line]] = {}
        for l in m:
            cols = [body_col(l)] if c.row >= header_rows else _columns_of(l.bbox, cuts, xs[0], xs[-1])
            groups.setdefault(tuple(cols), []).append(l)
        if not m and c.row < header_rows:
            continue
        for cols, ls in groups.items():
            key = (c.row, cols[0])
            if key in placed:
                old, old_lines = placed[key]
                old_lines.extend(ls)
                old.col_span = max(old.col_span, len(cols))
                old.row_span = max(old.row_span, c.row_span)
            else:
                placed[key] = (GridCell(c.row, cols[0], c.row_span, len(cols), c.header), list(ls))
                order.append(key)
    # a spanning cell that runs over a cell placed beside it in the same row is cut short
    for key in order:
        cell, _ = placed[key]
        for other in range(cell.col + 1, cell.col + cell.col_span):
            if (cell.row, other) in placed:
                cell.col_span = other - cell.col
                break
    keys = sorted(order)
    out_c = [placed[k][0] for k in keys]
    out_m = [sorted(placed[k][1], key=lambda l: l.order) for k in keys]
    return out_c, out_m, xs
