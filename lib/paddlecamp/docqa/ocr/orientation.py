"""Pages scanned sideways: find the turn from the text boxes, read the page upright, and map
every box back onto the image as it was given (so citations point at the file's pixels).

A page turned by 90° shows text lines as tall, thin boxes. When most of the detected text
(boxes weighted by their length) lies in tall boxes, the page is read again turned clockwise
and counter-clockwise, and the reading with the higher confidence-weighted character count
wins. Weighting by length matters on sideways tables: their one- or two-character cells come
out as squarish boxes that outnumber the long lines, while the long lines carry the text.
A page with only some tall text, or one read with low confidence, is also tried turned, but
a turn is kept there only when it reads clearly more. Upright pages cost nothing extra.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from paddlecamp.docqa.records import BBox, Page

#: Share of the text length in tall boxes (height > 1.5 × width) that marks a sideways page.
TALL_SHARE = 0.6
#: Above this share (but below ``TALL_SHARE``) the page may be sideways: it is tried turned.
MAYBE_SHARE = 0.2
#: Below this mean character confidence a page is also tried turned (misread sideways text).
LOW_CONFIDENCE = 0.85
#: A turn tried on a page that only may be sideways must read this many times more.
CLEAR_GAIN = 1.5
MIN_BOXES = 4


def tall_share(boxes: list[BBox]) -> float | None:
    """Share of the text, by box length (the longer side), that lies in tall boxes
    (height > 1.5 × width); ``None`` when there are fewer than ``MIN_BOXES`` boxes to tell."""
    long = [b for b in boxes if max(b[2] - b[0], b[3] - b[1]) > 20]
    if len(long) < MIN_BOXES:
        return None
    total = sum(max(b[2] - b[0], b[3] - b[1]) for b in long)
    tall = sum(b[3] - b[1] for b in long if (b[3] - b[1]) > 1.5 * (b[2] - b[0]))
    return tall / total


def looks_sideways(boxes: list[BBox]) -> bool:
    """True when most of the text lies in boxes much taller than wide (a page turned by 90°)."""
    share = tall_share(boxes)
    return share is not None and share >= TALL_SHARE


def mean_confidence(page: Page) -> float:
    """Character-weighted mean recognition confidence of a page's lines (1.0 when empty)."""
    chars = sum(len(l.text.strip()) for l in page.lines)
    return reading_quality(page) / chars if chars else 1.0


def maybe_sideways(page: Page) -> bool:
    """A page worth trying turned: some of its text in tall boxes, or read with low confidence."""
    share = tall_share([l.bbox for l in page.lines])
    if share is None:
        return False
    return share >= MAYBE_SHARE or mean_confidence(page) < LOW_CONFIDENCE


def reading_quality(page: Page) -> float:
    """Confidence-weighted number of characters read (more, surer text = a better reading)."""
    return sum(l.score * len(l.text.strip()) for l in page.lines)


def turn_matrix(turn: str, width: int, height: int) -> np.ndarray:
    """3×3 matrix mapping the original ``width`` × ``height`` image onto its 90° turn
    (``cw``: (x, y) -> (height - y, x); ``ccw``: (x, y) -> (y, width - x))."""
    if turn == "cw":
        return np.array([[0.0, -1.0, height], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    return np.array([[0.0, 1.0, 0.0], [-1.0, 0.0, width], [0.0, 0.0, 1.0]])


def map_back(page: Page, turn: str, width: int, height: int) -> Page:
    """Every box of a page read on the turned image, expressed in the original image."""
    from paddlecamp.docqa.ocr.preprocess import map_back as affine_back

    return affine_back(page, turn_matrix(turn, width, height), width, height)


def read_upright(image: np.ndarray, first: Page, read: Callable[[np.ndarray], Page]) -> Page:
    """``first`` (the page read as given) or, for a sideways page, the better of the two
    90° readings with its boxes mapped back; the page's notes say which was used."""
    # (reading order and table structure need the upright page)
    import cv2

    sure = looks_sideways([l.bbox for l in first.lines])
    if not sure and not maybe_sideways(first):
        return first
    h, w = image.shape[:2]
    # The recognizer reads tall boxes turned, so the text of a sideways page may come out
    # right; its reading order and tables do not. Take the better upright reading unless
    # it reads clearly less.
    turned = []
    for turn, code in (("cw", cv2.ROTATE_90_CLOCKWISE), ("ccw", cv2.ROTATE_90_COUNTERCLOCKWISE)):
        page = read(np.ascontiguousarray(cv2.rotate(image, code)))
        turned.append((reading_quality(page), turn, page))
    q, turn, page = max(turned, key=lambda t: t[0])
    if q < (0.9 if sure else CLEAR_GAIN) * reading_quality(first):
        return first
    page = map_back(page, turn, w, h)
    page.notes = list(page.notes) + [f"page turned {'clockwise' if turn == 'cw' else 'counter-clockwise'} by 90° "
                                     "for reading; boxes refer to the file as given"]
    return page
