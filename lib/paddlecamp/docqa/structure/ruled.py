"""Ruled tables: the cell grid read from the rules printed on the page.

A table drawn with a full grid of rules (most forms, official statistics tables, a faxed
survey) says where its cells are: no model has to guess. ``ruled_structure`` finds the rules
of a table crop and returns the same ``TableStructure`` the table model gives (HTML tokens
with spans, one box per cell, crop pixels), so ``table_model.build_table`` puts the OCR lines
into its cells the same way:

1. **Ink**: the crop in grey, thresholded against its local background
   (``cv2.adaptiveThreshold``), so a shadow or a grey fax background does not count as ink;
   what is lighter than its surroundings counts too (white rules on a dark header band).
2. **Rules**: a morphological opening with a long thin kernel keeps only straight runs of ink
   much longer than the text is high (``RULE_TEXT_HEIGHTS`` text heights: no stroke of a
   character is that long); a closing along the rule then bridges the gaps a fax's dropouts
   or a light print leave (closing first would join the glyphs of a line of text into a run).
3. **The grid**: the largest connected set of rules that crosses itself, the gaps of the
   vertical rules not bridged (the table's frame; a field's underline over the table, or a
   ruled box of fields just above it, is not part of it); its horizontal rules give the row
   boundaries, its vertical rules the column boundaries (rules a few pixels apart are one).
4. **Spans**: between two neighbouring grid cells the rule is either printed (enough of the
   boundary covered by the rule mask) or not; cells with no rule between them are one cell
   (its ``colspan``/``rowspan``), unless the text says otherwise (each holds a value of its
   own a row apart: a rule the fax lost; see ``ruled_structure``). A merged group that is not
   a rectangle means the rules were not read right, and the crop is left to the table model.

The result is ``None`` when the crop has no such grid (fewer than ``MIN_RULES`` rules either
way: a table ruled only between rows, or not at all, or a photographed page whose rules are
bent), and the caller uses the table model.
"""
from __future__ import annotations

from typing import Callable, Sequence

import cv2
import numpy as np

from paddlecamp.docqa.ocr.frame import map_box
from paddlecamp.docqa.structure.table_model import TableStructure

#: A rule is a straight run of ink at least this many text heights long (and at least
#: ``MIN_RULE_PX``): a character's strokes are shorter than it is high.
RULE_TEXT_HEIGHTS = 2.0
MIN_RULE_PX = 24
#: Mean grey (0-255) under which the surroundings are a dark fill, where a lighter line is a rule.
DARK_FILL = 120
#: Share of a row's height between the centres of two texts one over the other for them to be
#: in two rows when no rule between them reads (two lines of one cell stand closer).
ROW_APART = 0.9
#: Text heights between two labels side by side in a header row for them to be two cells
#: when no rule between them reads (the words of one label stand closer).
LABEL_GAP = 0.6
#: Fewest rules in each direction for a grid (the frame's two and one inside: two rows, two columns).
MIN_RULES = 3
#: Rules closer than this (px) are one rule (a double rule, a thick rule read as two).
MERGE_PX = 6
#: A boundary between two cells is printed when the rule mask covers this share of it.
PRINTED = 0.15
#: Tilts tried when levelling the rules (degrees either way, step), and the least one corrected.
MAX_TILT, TILT_STEP, MIN_TILT = 2.0, 0.1, 0.15
#: Share of the rule's length it must hold to count as a row (column) boundary of the grid:
#: a short rule inside one cell (an underline, a strike) is not one.
MIN_BOUNDARY_SHARE = 0.15


def ink(gray: np.ndarray) -> np.ndarray:
    """Line mask (255) of a grey crop: what is darker than its local background (ink), and what
    is lighter (the white rules between the cells of a dark header band)."""
    block = max(15, (min(gray.shape[:2]) // 20) | 1)
    g = gray.astype(np.int16)
    mean = cv2.blur(gray, (block, block)).astype(np.int16)
    # dark lines where the surroundings are light, light lines where they are dark: inside a
    # dark band the fill between two white words is darker than its mean too, and white paper
    # beside a line of text lighter
    lines = ((g < mean - 12) & (mean >= DARK_FILL)) | ((g > mean + 12) & (mean < DARK_FILL))
    return lines.astype(np.uint8) * 255


def rule_masks(mask: np.ndarray, text_height: float, vertical: int | None = None, *,
               bridged: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical rule masks of an ink mask (see the module docstring);
    ``vertical`` caps the length of a vertical rule's piece (a row's height: a rule broken
    between every row is still a rule); ``bridged=False`` leaves the gaps open (two tables
    one over the other stay apart)."""
    length = int(max(MIN_RULE_PX, RULE_TEXT_HEIGHTS * text_height))
    out = []
    for along in ((length, 1), (1, min(length, vertical or length))):
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, along)
        # a pixel or two missing from a rule (where a fill's edge dims it) filled; then the
        # opening (only long straight runs stay: glyphs next to each other do not join); then
        # the closing along the rule (the gaps of a dropout or a light print)
        mended = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((3, 1) if along[0] == 1 else (1, 3), np.uint8))
        rules = cv2.morphologyEx(mended, cv2.MORPH_OPEN, kernel)
        out.append(cv2.morphologyEx(rules, cv2.MORPH_CLOSE, kernel) if bridged else rules)
    return out[0], out[1]


def level_angle(horiz: np.ndarray) -> float:
    """The rotation (degrees, ``cv2.getRotationMatrix2D``'s sense) that makes the horizontal
    rule pieces level: the one whose row profile is sharpest (sum of squares). A page fed
    through a fax a degree askew has its rules broken into a staircase of level pieces, each a
    pixel or two below the last; turned level they line up again."""
    h, w = horiz.shape[:2]
    small = horiz if max(h, w) <= 800 else cv2.resize(horiz, None, fx=800 / max(h, w), fy=800 / max(h, w),
                                                     interpolation=cv2.INTER_NEAREST)
    sh, sw = small.shape[:2]
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_TILT, MAX_TILT + TILT_STEP / 2, TILT_STEP):
        m = cv2.getRotationMatrix2D((sw / 2, sh / 2), float(angle), 1.0)
        profile = cv2.warpAffine(small, m, (sw, sh), flags=cv2.INTER_NEAREST).sum(axis=1, dtype=np.float64)
        score = float((profile ** 2).sum())
        if score > best_score + 1e-9:
            best, best_score = float(angle), score
    return best


def _positions(profile: np.ndarray, min_count: float) -> list[int]:
    """Centres of the runs of ``profile`` at or above ``min_count``, runs within ``MERGE_PX`` joined."""
    on = np.flatnonzero(profile >= min_count)
    if not len(on):
        return []
    runs, start, prev = [], int(on[0]), int(on[0])
    for i in on[1:]:
        if i - prev > MERGE_PX:
            runs.append((start, prev))
            start = int(i)
        prev = int(i)
    runs.append((start, prev))
    return [int(round((a + b) / 2)) for a, b in runs]


def _frame(horiz: np.ndarray, vert: np.ndarray) -> tuple[int, int, int, int] | None:
    """Bounding box ``(x0, y0, x1, y1)`` of the largest connected set of crossing rules."""
    both = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((3, 3), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(both, connectivity=8)
    if n < 2:
        return None
    best = max(range(1, n), key=lambda i: stats[i, cv2.CC_STAT_WIDTH] * stats[i, cv2.CC_STAT_HEIGHT])
    x, y, w, h = (int(v) for v in stats[best, :4])
    return x, y, x + w, y + h


def _printed(mask: np.ndarray, fixed: int, lo: int, hi: int, axis: int) -> bool:
    """Whether the rule mask covers ``PRINTED`` of the boundary at ``fixed`` from ``lo`` to
    ``hi`` (``axis`` 0: a vertical boundary at x = ``fixed``; 1: a horizontal one at y)."""
    a, b = lo + (hi - lo) // 5, hi - (hi - lo) // 5  # the middle: rules cross at the ends
    if b <= a:
        return True
    band = mask[a:b, max(0, fixed - 3):fixed + 4] if axis == 0 else mask[max(0, fixed - 3):fixed + 4, a:b]
    covered = band.max(axis=1 if axis == 0 else 0) > 0
    return float(covered.mean()) >= PRINTED


def header_rows(cells: list[tuple[int, int, int, int]]) -> int:
    """Header rows of a ruled grid (cells as ``(row, col, row_span, col_span)``): from the top,
    each cell spanning columns that the row under it splits (a group's name over the names of
    its columns: "2025年" over "亩产 | 总产") takes that row into the header; at least one. A
    column pair spanned the same way down the body (a unit column drawn as two) is no group."""
    head = 1
    for r in range(max((c[0] for c in cells), default=0) + 1):
        if r >= head:
            break
        for row, col, rs, cs in cells:
            if row == r and cs > 1 and any(r2 == row + rs and col <= c2 < col + cs and cs2 < cs
                                           for r2, c2, _, cs2 in cells):
                head = max(head, row + rs + 1)
    return head


def _affine(m: np.ndarray) -> np.ndarray:
    """A 2×3 affine matrix (``cv2``'s) as 3×3."""
    return np.vstack([m, [0.0, 0.0, 1.0]])


def _spans(xs: list[int], ys: list[int], hz: np.ndarray, vt: np.ndarray,
           apart: Callable[[int, int, int, int], bool]) -> list[tuple[int, int, int, int]] | None:
    """The cells ``(row, col, row_span, col_span)`` of the grid: neighbouring grid cells with no
    printed rule between them are one, unless ``apart`` says each holds text of its own; None
    when a merged group is not a rectangle (the rules were misread)."""
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _printed(vt, xs[c + 1], ys[r], ys[r + 1], 0) and not apart(r, c, r, c + 1):
                parent[find(r * n_cols + c + 1)] = find(r * n_cols + c)
            if r + 1 < n_rows and not _printed(hz, ys[r + 1], xs[c], xs[c + 1], 1) and not apart(r, c, r + 1, c):
                parent[find((r + 1) * n_cols + c)] = find(r * n_cols + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append((r, c))
    cells = []
    for members in groups.values():
        rows = [r for r, _ in members]
        cols = [c for _, c in members]
        r0, r1, c0, c1 = min(rows), max(rows), min(cols), max(cols)
        if len(members) != (r1 - r0 + 1) * (c1 - c0 + 1):
            return None
        cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1))
    return sorted(cells)


def _apart(texts: list[list[float]], xs: list[int], ys: list[int],
           gap: float = 0.0) -> Callable[[int, int, int, int], bool]:
    """Whether each of two neighbouring grid cells holds one of ``texts`` (boxes on the grid)
    of its own that stays on its side of the boundary between them; side by side, with ``gap``
    px at least between the two texts nearest the boundary (the words of one label centred
    over two columns stand a word space apart)."""
    def own(r: int, c: int) -> list[list[float]]:
        return [b for b in texts if xs[c] <= (b[0] + b[2]) / 2 < xs[c + 1] and ys[r] <= (b[1] + b[3]) / 2 < ys[r + 1]]

    def apart(r: int, c: int, r2: int, c2: int) -> bool:
        if r2 > r:  # one above the other, a row apart (the lines of one cell's text stand closer)
            above = [b for b in own(r, c) if b[3] <= ys[r2] + MERGE_PX]
            below = [b for b in own(r2, c2) if b[1] >= ys[r2] - MERGE_PX]
            pitch = min(ys[r + 1] - ys[r], ys[r2 + 1] - ys[r2])
            return bool(above and below) and \
                min(b[1] + b[3] for b in below) / 2 - max(b[1] + b[3] for b in above) / 2 >= ROW_APART * pitch
        left = [b[2] for b in own(r, c) if b[2] <= xs[c2] + MERGE_PX]
        right = [b[0] for b in own(r2, c2) if b[0] >= xs[c2] - MERGE_PX]
        return bool(left and right) and min(right) - max(left) >= gap
    return apart


def ruled_structure(crop: np.ndarray, text_height: float, values: Sequence[Sequence[float]] = (),
                    words: Sequence[Sequence[float]] = ()) -> TableStructure | None:
    """The cell grid of a ruled table in ``crop`` (BGR or grey ``uint8``) as a
    ``TableStructure`` (tokens with spans, one box per cell in crop pixels), or ``None`` when
    the crop holds no full grid of rules. ``text_height`` is the median height of the OCR
    lines (px): rules are told from strokes by being much longer than it.

    ``values`` and ``words`` are the boxes (crop pixels) of the text lines that read as values
    (numbers) and of the others: two neighbouring cells whose rule the print or the fax lost
    are kept apart when each holds a value of its own that stays on its side of the rule, and
    below the header also when each holds words of its own (two villages of a faxed survey).
    In the header the words of one cell often stand over two lines or two columns and the
    detector or a text layer splits them; they stay one cell.
    """
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    h, w = gray.shape[:2]
    if min(h, w) < MIN_RULE_PX:
        return None
    mask = ink(gray)
    horiz, vert = rule_masks(mask, text_height)
    back = turn = None
    angle = level_angle(horiz) if horiz.any() else 0.0
    if abs(angle) >= MIN_TILT:  # read the rules turned level; the cell boxes are turned back
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        gray = cv2.warpAffine(gray, turn, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        mask = ink(gray)
        horiz, vert = rule_masks(mask, text_height)
        back = cv2.invertAffineTransform(turn)
    frame = _frame(horiz, rule_masks(mask, text_height, bridged=False)[1])
    if frame is None:
        return None
    x0, y0, x1, y1 = frame
    hz = horiz[y0:y1, x0:x1]
    ys = _positions((hz > 0).sum(axis=1), MIN_BOUNDARY_SHARE * (x1 - x0))
    if len(ys) < MIN_RULES:
        return None
    # vertical rules are looked for again in pieces as short as most of a row: a rule the
    # print or the fax broke between rows is one
    pitch = float(np.median(np.diff(ys)))
    vt = rule_masks(mask, text_height, vertical=max(MIN_RULE_PX, int(0.7 * pitch)))[1][y0:y1, x0:x1]
    xs = _positions((vt > 0).sum(axis=0), MIN_BOUNDARY_SHARE * (y1 - y0))
    # a column rule runs through two rows at least: the edges of white letters on a dark
    # header band stand in one row only
    xs = [x for x in xs if sum(_printed(vt, x, a, b, 0) for a, b in zip(ys, ys[1:])) >= min(2, len(ys) - 1)]
    if len(xs) < MIN_RULES:
        return None

    def on_grid(boxes: Sequence[Sequence[float]]) -> list[list[float]]:  # crop pixels -> the levelled grid's
        turned = [map_box(list(b), _affine(turn)) for b in boxes] if turn is not None else boxes
        return [[b[0] - x0, b[1] - y0, b[2] - x0, b[3] - y0] for b in turned]

    by_values = _apart(on_grid(values), xs, ys)
    cells = _spans(xs, ys, hz, vt, by_values)
    if cells is None or len(cells) < 4:
        return None
    head = header_rows(cells)
    if words:  # below the header, words of their own keep two cells apart too; in the header,
        # labels side by side with a wide gap around the rule (a band whose rules did not read)
        by_words = _apart(on_grid(words), xs, ys)
        labels = _apart(on_grid(words), xs, ys, gap=LABEL_GAP * text_height)
        body = _spans(xs, ys, hz, vt, lambda r, c, r2, c2: by_values(r, c, r2, c2)
                      or (min(r, r2) >= head and by_words(r, c, r2, c2))
                      or (r2 == r and r < head and labels(r, c, r2, c2)))
        if body is not None:
            cells, head = body, header_rows(body)  # labels told apart may leave no group header
    return _structure(cells, head, xs, ys, (x0, y0), back, (w, h))


def _structure(cells: list[tuple[int, int, int, int]], head: int, xs: list[int], ys: list[int],
               origin: tuple[int, int], back: np.ndarray | None, size: tuple[int, int]) -> TableStructure:
    """The grid as the table model's tokens (header rows in ``<thead>``) and cell boxes."""
    x0, y0 = origin
    tokens: list[str] = ["<thead>"]
    boxes: list[list[float]] = []
    row = -1
    for r, c, rs, cs in cells:
        while row < r:
            if row >= 0:
                tokens.append("</tr>")
            if row + 1 == head:
                tokens += ["</thead>", "<tbody>"]
            tokens.append("<tr>")
            row += 1
        if rs == 1 and cs == 1:
            tokens.append("<td></td>")
        else:
            tokens += ["<td"] + ([f' colspan="{cs}"'] if cs > 1 else []) + ([f' rowspan="{rs}"'] if rs > 1 else []) \
                + [">", "</td>"]
        box = [float(x0 + xs[c]), float(y0 + ys[r]), float(x0 + xs[c + cs]), float(y0 + ys[r + rs])]
        boxes.append(map_box(box, _affine(back)) if back is not None else box)
    tokens.append("</tr>")
    return TableStructure(tokens=tokens, cell_boxes=boxes, score=1.0, size=size, complete=True)
