"""Ticked and empty check boxes of a form's choice fields, written into the OCR lines.

A form prints its choices as small squares before the options ("☐ Standpipe on plot ☑ Shared
trough ☐ No supply"). The text recognizer reads the options and drops the squares, so which one
was ticked is lost. ``find_checkboxes`` finds the squares in the page image by their strokes
(horizontal and vertical strokes about as long as the text is high, closing a square that is
empty inside, or holds a tick or a cross: diagonal ink); ``mark_lines`` writes ``☑`` or ``☐``
before each option of the OCR line the squares sit on. Only a row of two or more squares of one
size, one of them ticked and one empty, counts as a choice field: a lone square, or a square
glyph of running text (口, 国), does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from paddlecamp.docqa.ocr.engine import RawLine

TICKED, EMPTY = "☑", "☐"
#: A square's side against the text height (smallest, largest).
SIDE = (0.6, 1.3)
#: Ink inside an empty square (share of its inner pixels) at most; a ticked one has at least TICK_INK.
EMPTY_INK, TICK_INK = 0.04, 0.08
#: Ink inside a square filled in (or a tick blurred into a blot) at least.
FILLED = 0.7
#: Share of a ticked square's inner edge strength on slanted edges at least (a tick or a cross
#: is diagonal; the strokes inside 国 or 田 are level and upright: about 0.3 at most).
DIAGONAL = 0.5


#: What a recognizer may read a square as, before its option.
_GLYPH = re.compile(r"^[□☐☑☒■▢√✓✔✗✘]\s*")


@dataclass(frozen=True)
class Checkbox:
    """One square: its box ``[x0, y0, x1, y1]`` in image pixels and whether it is ticked."""

    bbox: tuple[int, int, int, int]
    ticked: bool


def _binary(gray: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)


def _strokes(bw: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    import cv2

    horiz = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    vert = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return horiz, vert


def _apart(bw: np.ndarray, left: int, top: int, right: int, bottom: int) -> bool:
    """No ink just left of the square, nor just right of its lower two thirds (a tick may reach
    out of its top right): a square stands apart from the letters around it."""
    side = min(right - left, bottom - top) + 1
    gap = max(2, int(round(0.3 * side)))
    lo_top = top + (bottom - top) // 3
    halo = max(1, side // 8)  # a blurred stroke spreads past its edge
    before = bw[top:bottom + 1, max(0, left - halo - gap):max(0, left - halo)]
    after = bw[lo_top:bottom + 1, right + 1 + halo:right + 1 + halo + max(2, gap // 2)]
    return not (before > 0).any() and not (after > 0).any()


def _run(idx: np.ndarray) -> int:
    """How many indices in a row (step 1 either way) ``idx`` starts with."""
    k = 1
    while k < len(idx) and abs(int(idx[k]) - int(idx[k - 1])) == 1:
        k += 1
    return k


def _diagonal(patch: np.ndarray) -> float:
    """Share of the patch's edge strength on slanted edges (22.5 to 67.5 degrees off the axes):
    high for a tick or a cross, low for the level and upright strokes of a glyph (国, 田)."""
    import cv2

    g = patch.astype(np.float32)
    gx, gy = cv2.Sobel(g, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(g, cv2.CV_32F, 0, 1, ksize=3)
    mag = np.hypot(gx, gy)
    if float(mag.sum()) <= 0:
        return 0.0
    off = np.abs(np.degrees(np.arctan2(gy, gx)) % 90.0 - 45.0)  # 0 on a diagonal, 45 on an axis
    return float(mag[off < 22.5].sum() / mag.sum())


def _squares(bw: np.ndarray, gray: np.ndarray, text_height: float) -> list[Checkbox]:
    """Every closed square of the right size, classified empty or ticked (others are left out).
    The square is where the strokes run: a tick that reaches out of it (up and to the right, as
    a pen does) widens the connected ink but not the square."""
    import cv2

    lo, hi = SIDE[0] * text_height, SIDE[1] * text_height
    horiz, vert = _strokes(bw, max(3, int(0.45 * text_height)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(cv2.bitwise_or(horiz, vert), connectivity=8)
    out = []
    for x, y, w, h, _area in stats[1:n]:
        if not (lo <= w <= 1.4 * hi and lo <= h <= 1.4 * hi):
            continue
        sub_h, sub_v = horiz[y:y + h, x:x + w] > 0, vert[y:y + h, x:x + w] > 0
        rows = np.flatnonzero(sub_h.sum(axis=1) >= lo * 0.8)
        cols = np.flatnonzero(sub_v.sum(axis=0) >= lo * 0.8)
        if len(rows) < 2 or len(cols) < 2:
            continue
        top, bottom, left, right = y + rows[0], y + rows[-1], x + cols[0], x + cols[-1]
        sw, sh = right - left + 1, bottom - top + 1
        if not (lo <= sw <= hi and lo <= sh <= hi and 0.75 <= sw / sh <= 1.33):
            continue
        t = max(2, int(round(min(sw, sh) * 0.15)))  # the border band
        sides = (horiz[top:top + t, left:right + 1].any(axis=0).mean(),
                 horiz[bottom - t + 1:bottom + 1, left:right + 1].any(axis=0).mean(),
                 vert[top:bottom + 1, left:left + t].any(axis=1).mean(),
                 vert[top:bottom + 1, right - t + 1:right + 1].any(axis=1).mean())
        if min(sides) < 0.65:  # (a blurred square loses its corners)
            continue
        # inside the border: as thick as its runs of stroke rows and columns (a blurred pen is wide)
        # (at most 30% of the side: a tick's ink may run on from the border)
        thick = min(int(0.3 * min(sw, sh)), max(_run(rows), _run(rows[::-1]), _run(cols), _run(cols[::-1])))
        m = max(t + 1, int(round(min(sw, sh) * 0.22)), thick + 1)
        inner = bw[top + m:bottom + 1 - m, left + m:right + 1 - m] > 0
        if inner.size == 0:
            continue
        if not _apart(bw, left, top, right, bottom):
            continue  # a letter's bowl inside a word ("e", "o"), not a square standing alone
        ink = float(inner.mean())
        box = (int(left), int(top), int(right + 1), int(bottom + 1))
        if ink <= EMPTY_INK:
            out.append(Checkbox(box, False))
        elif ink >= FILLED or (ink >= TICK_INK and _diagonal(gray[top + m:bottom + 1 - m, left + m:right + 1 - m]) >= DIAGONAL):
            out.append(Checkbox(box, True))
    return out


def find_checkboxes(image: np.ndarray, text_height: float) -> list[Checkbox]:
    """The check boxes of the page's choice fields (``image`` BGR or grey ``uint8``;
    ``text_height`` the typical line height in pixels): rows of two or more squares of one size
    (within 20%), at least one ticked and one empty, each at least a side and a half from the
    next. In reading order (top to bottom, left to right)."""
    gray = _gray(image)
    return _choice_rows(_squares(_binary(gray), gray, text_height)) if text_height > 4 else []


def _gray(image: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image


def _choice_rows(squares: list[Checkbox]) -> list[Checkbox]:
    """The squares in rows that make a choice field (see ``find_checkboxes``)."""
    found = sorted(squares, key=lambda b: (b.bbox[1], b.bbox[0]))
    rows: list[list[Checkbox]] = []
    for b in found:
        cy, side = (b.bbox[1] + b.bbox[3]) / 2, b.bbox[3] - b.bbox[1]
        row = next((r for r in rows if abs((r[0].bbox[1] + r[0].bbox[3]) / 2 - cy) <= 0.35 * side
                    and abs((r[0].bbox[3] - r[0].bbox[1]) - side) <= 0.2 * side), None)
        if row is None:
            rows.append([b])
        else:
            row.append(b)
    out = []
    for row in rows:
        row.sort(key=lambda b: b.bbox[0])
        side = float(np.median([b.bbox[3] - b.bbox[1] for b in row]))
        apart = all(b.bbox[0] - a.bbox[2] >= 1.5 * side for a, b in zip(row, row[1:]))
        if len(row) >= 2 and apart and any(b.ticked for b in row) and not all(b.ticked for b in row):
            out.extend(row)
    return sorted(out, key=lambda b: (b.bbox[1], b.bbox[0]))


def _extent(line: RawLine) -> tuple[float, float, float, float]:
    xs = [p[0] for p in line.box]
    ys = [p[1] for p in line.box]
    return min(xs), min(ys), max(xs), max(ys)


def _cut(text: str, share: float) -> int:
    """Where ``share`` of the way through ``text`` falls; in Latin text moved to the nearest word
    boundary (a space, or a capital after a lower-case letter or a digit: the recognizer may
    drop the space between two options, "65Student")."""
    at = int(round(share * len(text)))
    if text.isascii():
        bounds = [i for i in range(1, len(text)) if text[i] == " " or (
            text[i].isupper() and (text[i - 1].islower() or text[i - 1].isdigit()))] + [0, len(text)]
        at = min(bounds, key=lambda i: abs(i - at))
    return max(0, min(len(text), at))


def mark_lines(lines: list[RawLine], boxes: list[Checkbox], bw: np.ndarray) -> list[RawLine]:
    """``lines`` with ``☑``/``☐`` written before the option each box sits in front of. A box
    belongs to the line whose height holds its centre and which reaches past its right edge; the
    line's text is cut between its options in proportion to the ink (``bw``, the page's ink
    mask) between the boxes."""
    out = []
    for line in lines:
        x0, y0, x1, y1 = _extent(line)
        mine = [b for b in boxes if y0 - 2 <= (b.bbox[1] + b.bbox[3]) / 2 <= y1 + 2
                and b.bbox[0] >= x0 - 3 * (b.bbox[3] - b.bbox[1]) and b.bbox[2] <= x1]
        if not mine or not line.text.strip():
            out.append(line)
            continue
        mine.sort(key=lambda b: b.bbox[0])
        # the stretches of text: before the first box (a label), then after each box
        label_first = mine[0].bbox[0] - x0 > mine[0].bbox[3] - mine[0].bbox[1]
        spans = ([(x0, mine[0].bbox[0])] if label_first else []) + \
            [(b.bbox[2], nxt.bbox[0] if nxt else x1) for b, nxt in zip(mine, mine[1:] + [None])]

        def ink(a: float, b: float) -> float:
            cols = bw[int(max(0, y0)):int(y1) + 1, int(max(0, a)):int(max(a, b))]
            return float((cols > 0).any(axis=0).sum()) if cols.size else 0.0

        widths = [ink(a, b) for a, b in spans]
        total = sum(widths) or 1.0
        text, pieces, done, start = line.text.strip(), [], 0.0, 0
        for i, w in enumerate(widths):
            done += w
            end = len(text) if i == len(widths) - 1 else max(start, _cut(text, done / total))
            pieces.append(text[start:end].strip())
            start = end
        label = pieces.pop(0) if label_first else ""
        pieces = [_GLYPH.sub("", p) for p in pieces]  # a square the recognizer read as a glyph
        marked = " ".join(f"{TICKED if b.ticked else EMPTY} {p}".strip() for b, p in zip(mine, pieces))
        out.append(RawLine(f"{label} {marked}".strip(), line.score, line.box))
    return out


def mark_checkboxes(image: np.ndarray, lines: list[RawLine]) -> list[RawLine]:
    """The OCR ``lines`` of ``image`` with each choice field's options marked ticked or empty
    (``find_checkboxes`` then ``mark_lines``); unchanged where the page has none."""
    heights = [(_extent(l)[3] - _extent(l)[1]) for l in lines if l.text.strip()]
    text_height = float(np.median(heights)) if heights else 0.0
    if text_height <= 4:
        return lines
    gray = _gray(image)
    bw = _binary(gray)  # the ink mask, made once for finding the squares and cutting the lines
    boxes = _choice_rows(_squares(bw, gray, text_height))
    return mark_lines(lines, boxes, bw) if boxes else lines
