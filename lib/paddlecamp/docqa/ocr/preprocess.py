"""Degraded scans: measured fixes applied around the OCR engine, boxes mapped back to the file.

The page is read once as given. From the detected line boxes two things are measured:

* the **text height** (median short side of the line boxes). PP-OCR's detector and
  recognizer want text about 20-40 px high; below ``MIN_TEXT_HEIGHT`` the page is scaled up
  (cubic) and read again (off by default, see below);
* the **skew** (length-weighted median angle of the long line boxes). Above ``MIN_SKEW_DEG``
  the page is turned upright (canvas grown, nothing cropped) and the lines are put in reading
  order, grouped into rows and tables on the upright page. The recognizer reads each line from
  its own perspective-cropped quadrilateral, so the text of a skewed line is already right; what
  skew breaks is the reading order and the table grid. Above ``REREAD_SKEW_DEG`` the upright
  page is read again (detection on tilted, closely spaced lines can clip, split or merge them).

A third measurement is taken on the image itself: the **edge steepness** (``edge_steepness``,
the steepest grey-level edges over the page's contrast). Below ``BLURRED_BELOW`` the page is
also read through a wide unsharp mask (``sharpen``), and that reading is kept when it holds
clearly more confident text (``SHARPER_BY``; see ``ocr.page.ocr_image``). Heavy blur (sigma
2.2-3.2) makes the detector's probability map run lines together or fade out, so most lines
are lost; sharpening brings them back. The second reading is a choice, not a replacement,
because sharpening hurts pages that were sharp enough (more JPEG noise, halos, lost word gaps),
and it costs a second reading only on blurred pages.

Every box of the result is mapped back through the inverse transform, so citations refer to the
pixels of the file as given (as ``orientation.map_back`` does for sideways pages); the page's
notes say what was applied. ``PADDLECAMP_PREPROCESS=0`` turns all of it off.

Measured on the robustness dev set (``data/docqa/make_robustness.py``, results in
``data/results/docqa-robustness-cpu.json``): PP-OCRv6 small already reads blur (sigma 1.2-2)
and 45-60 % downsampled JPEG pages almost perfectly, and neither sharpening, upscaling those
pages, nor illumination flattening of photographed pages lowered their CER (each left it equal
or slightly worse, at extra cost). Harsher blur (``--level harsh``) is where sharpening pays,
hence the blurred-page reading above; upscaling and flattening stay functions
(``flatten_illumination``, ``upscale_factor``) outside the default path: on the 15 pages of
the harsh low-resolution slice (30-40 % of the size), a second reading at twice the size, the
better one kept, lowered CER on 3 pages and the slice's unordered CER only from 0.293 to 0.292,
at twice the time. Upscaling was also tried on smaller text (pages shrunk to 21-40 %, line boxes 9-16 px): ×1.5 lowered CER at
28-33 % and raised it at 40 %, ×1.8-2 raised it on a drawn page at 21-27 %, so it stays off
(``MIN_TEXT_HEIGHT = 0``). Deskewing is what helps (ordered CER of skewed and photographed
pages). Re-reading the upright page (``REREAD_SKEW_DEG``) first gained little on the
robustness set (skew slice 0.20 % -> 0.12 %) for twice the time, but a fourth dev set's
skewed receipt (``data/docqa-dev4``, 2.2°) showed what it is for: its leader lines run across
the page, so the tilt moves a value a whole line below its label, and the tilted reading lost
most labels. Read again upright, the labels came back and 6 of its questions with them; so
every page skewed past ``MIN_SKEW_DEG`` is read again (one more reading, on those pages only).

A photographed sheet lying on a darker desk can be found (``sheet_corners``: the largest bright
four-sided outline) and read flattened to its own rectangle (``rectification``, a homography;
the page's ``frame`` then holds three rows). That stays off (``RECTIFY_PHOTOS``): on the 7
photographed pages of dev2-dev4 (2026-12-04) it found every sheet and no other page, and the
drawn test page reads in order, but of the questions on those pages 6 were lost and 1 gained
(dev2 0.776 -> 0.768, dev3 0.716 -> 0.704, dev4 0.551 either way). Flattened, a label and its
value on one row come out of the detector as one line with no gap ("成立日期二〇一九年八月二十六日"),
which the key-value step does not split, and some geometry tables merged; the tilted originals
had kept them apart. Ordered CER moved both
ways (insurance schedule 0.13 % -> 0, apartment viewings 11 % -> 24 %).
"""
from __future__ import annotations

import math
import os
from typing import Callable, Sequence

import cv2
import numpy as np

from paddlecamp.docqa.ocr.engine import RawLine
from paddlecamp.docqa.ocr.frame import frame_matrix, map_points
from paddlecamp.docqa.records import BBox, Page, bbox_of

#: Environment switch: ``0`` (or ``false``/``off``/``no``) turns preprocessing off.
ENV = "PADDLECAMP_PREPROCESS"
#: Below this skew (degrees) a page is left as it is (clean scans are within about ±1.2°).
MIN_SKEW_DEG = 1.5
#: Above this skew the upright page is read again rather than only re-ordered (see the docstring).
REREAD_SKEW_DEG = MIN_SKEW_DEG
#: Median line-box height (px, detector boxes include their padding) below which a page is scaled
#: up. 0 = never: measured, upscaling did not help reliably (the detector already enlarges small
#: pages to a 736 px short side, and the recognizer resizes every crop to 48 px), see the docstring.
MIN_TEXT_HEIGHT = 0.0
#: Line-box height the upscaling aims at, and the largest factor it uses.
TARGET_TEXT_HEIGHT = 20.0
MAX_UPSCALE = 2.0
#: Fewest long line boxes needed to trust a skew estimate.
MIN_SKEW_BOXES = 3
#: Edge steepness (``edge_steepness``) below which a page counts as blurred and is also read
#: sharpened (the better reading is kept). Clean scans of the dev sets measure 2.6-5.2, pages
#: blurred with sigma 2.2-3.2 measure 0.9-1.8.
BLURRED_BELOW = 2.0
#: Unsharp mask used on blurred pages (``sharpen``): wide enough for heavy blur.
SHARPEN_SIGMA = 3.0
SHARPEN_AMOUNT = 2.0
#: The sharpened reading replaces the one as given only when it holds this much more confident
#: text (``orientation.reading_quality``). Near a tie the blur cost no lines, and the as-given
#: reading keeps what sharpening can break (word gaps, thin strokes).
SHARPER_BY = 1.02


#: Read a photographed sheet rectified to its outline (``sheet_corners``, ``rectification``).
#: Off: measured on the 7 photographed pages of dev2-dev4 (see the module docstring).
RECTIFY_PHOTOS = False
#: A photographed sheet is rectified when its outline covers this share of the picture (and
#: not all of it: some background must show around it) ...
MIN_SHEET_AREA = 0.35
MAX_SHEET_AREA = 0.97
#: ... the background is darker than the sheet by this much grey ...
MIN_SHEET_CONTRAST = 40.0
#: ... and its corners leave a rectangle by more than this share of the sheet's size (less is
#: rotation or nothing, which the deskew step handles).
MIN_KEYSTONE = 0.01


def enabled() -> bool:
    """True unless ``PADDLECAMP_PREPROCESS`` is ``0``/``false``/``off``/``no``."""
    return os.environ.get(ENV, "1").strip().lower() not in {"0", "false", "off", "no"}


# --------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------
def _edges(box: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    """(length, height, angle in degrees) of a four-point box ordered tl, tr, br, bl."""
    p = np.asarray(box, dtype=np.float64)
    top, bottom = p[1] - p[0], p[2] - p[3]
    length = (np.hypot(*top) + np.hypot(*bottom)) / 2
    height = (np.hypot(*(p[3] - p[0])) + np.hypot(*(p[2] - p[1]))) / 2
    angle = math.degrees(math.atan2(top[1] + bottom[1], top[0] + bottom[0]))
    return float(length), float(height), angle


def text_height(boxes: Sequence[Sequence[Sequence[float]]]) -> float | None:
    """Median height (px) of the detected line boxes (the short side), ``None`` without boxes."""
    heights = [min(_edges(b)[:2]) for b in boxes if len(b) == 4]
    return float(np.median(heights)) if heights else None


def edge_steepness(image: np.ndarray) -> float:
    """How steep the page's sharpest edges are: the 99.5th percentile of the Sobel gradient
    magnitude over the page's contrast (2nd-98th percentile of grey). A sharp ink edge gives
    about 4 (Sobel of a unit step); blur spreads the same step over more pixels and lowers it,
    whatever the ink colour or paper brightness."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    grey = grey.astype(np.float32)
    lo, hi = np.percentile(grey, (2, 98))
    gx, gy = cv2.Sobel(grey, cv2.CV_32F, 1, 0), cv2.Sobel(grey, cv2.CV_32F, 0, 1)
    return float(np.percentile(np.hypot(gx, gy), 99.5) / max(float(hi - lo), 1.0))


def blurred(image: np.ndarray, *, below: float = BLURRED_BELOW) -> bool:
    """True when ``edge_steepness(image)`` is under ``below`` (the page is worth a sharpened reading)."""
    return edge_steepness(image) < below


def upscale_factor(height: float | None, *, min_height: float = MIN_TEXT_HEIGHT,
                   target: float = TARGET_TEXT_HEIGHT, max_factor: float = MAX_UPSCALE) -> float:
    """How much to enlarge a page whose median line-box height is ``height``: 1.0 (leave it)
    unless the text is smaller than ``min_height``, then enough to reach ``target`` (capped)."""
    if height is None or height <= 0 or height >= min_height:
        return 1.0
    return float(min(max_factor, target / height))


def skew_angle(boxes: Sequence[Sequence[Sequence[float]]], *, min_boxes: int = MIN_SKEW_BOXES) -> float:
    """Skew of the page in degrees (image axes, y down: positive = lines fall to the right).

    The length-weighted median of the angles of long line boxes (length >= 2 × height);
    0.0 when fewer than ``min_boxes`` such boxes exist or they disagree (spread > 10°).
    """
    rows = []
    for b in boxes:
        if len(b) != 4:
            continue
        length, height, angle = _edges(b)
        if length >= 2 * height and abs(angle) < 30:
            rows.append((angle, length))
    if len(rows) < min_boxes:
        return 0.0
    rows.sort()
    angles = np.array([a for a, _ in rows])
    weights = np.cumsum([w for _, w in rows])
    median = float(angles[np.searchsorted(weights, weights[-1] / 2)])
    if np.percentile(np.abs(angles - median), 50) > 10:
        return 0.0
    return median


# --------------------------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------------------------
def rotation(width: int, height: int, angle: float) -> tuple[np.ndarray, int, int]:
    """3×3 matrix turning a ``width`` × ``height`` image by ``-angle``° (undoing a skew of
    ``angle``) about its centre onto a canvas grown to hold all of it, and that canvas size."""
    m = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(math.ceil(width * cos + height * sin)), int(math.ceil(width * sin + height * cos))
    m[0, 2] += nw / 2 - width / 2
    m[1, 2] += nh / 2 - height / 2
    return np.vstack([m, [0, 0, 1]]), nw, nh


def scaling(factor: float) -> np.ndarray:
    """3×3 matrix of a uniform scale by ``factor``."""
    return np.diag([factor, factor, 1.0])


def paper_colour(image: np.ndarray) -> tuple[int, ...]:
    """Median colour of the image's border (used to fill the corners a rotation uncovers)."""
    img = image if image.ndim == 3 else image[..., None]
    border = np.concatenate([img[:4].reshape(-1, img.shape[2]), img[-4:].reshape(-1, img.shape[2]),
                             img[:, :4].reshape(-1, img.shape[2]), img[:, -4:].reshape(-1, img.shape[2])])
    return tuple(int(v) for v in np.median(border, axis=0))


def warp(image: np.ndarray, matrix: np.ndarray, width: int, height: int) -> np.ndarray:
    """``image`` through the affine ``matrix`` (3×3) onto a ``width`` × ``height`` canvas."""
    return cv2.warpAffine(image, matrix[:2], (width, height), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=paper_colour(image))


def map_bbox(box: BBox, matrix: np.ndarray, width: int, height: int) -> BBox:
    """Axis-aligned bounds of ``box``'s corners through ``matrix``, clipped to the image."""
    if not box:
        return box
    x0, y0, x1, y1 = box
    q = np.asarray(map_points([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], matrix))
    return [round(float(np.clip(q[:, 0].min(), 0, width)), 1), round(float(np.clip(q[:, 1].min(), 0, height)), 1),
            round(float(np.clip(q[:, 0].max(), 0, width)), 1), round(float(np.clip(q[:, 1].max(), 0, height)), 1)]


def map_raw(raw: Sequence[RawLine], matrix: np.ndarray) -> list[RawLine]:
    """Engine lines with their boxes moved through ``matrix`` (text and score kept)."""
    return [RawLine(text=r.text, score=r.score, box=map_points(r.box, matrix)) for r in raw]


def map_back(page: Page, matrix: np.ndarray, width: int, height: int) -> Page:
    """Every box of ``page`` (read on a transformed image) expressed in the original
    ``width`` × ``height`` image; ``matrix`` maps original -> transformed pixels. The page's
    ``frame`` (reading frame) becomes the map from the original image to it."""
    inv = np.linalg.inv(matrix)
    before = frame_matrix(page)
    frame = (np.eye(3) if before is None else before) @ matrix
    frame = frame / frame[2, 2]
    projective = not np.allclose(frame[2], [0.0, 0.0, 1.0])
    page.frame = [[round(float(v), 9 if projective and i == 2 else 6) for v in row]
                  for i, row in enumerate(frame[:3] if projective else frame[:2])]
    for line in page.lines:
        line.box = [[round(x, 1), round(y, 1)] for x, y in map_points(line.box, inv)]
        line.bbox = [round(float(min(max(v, 0), lim)), 1)
                     for v, lim in zip(bbox_of(line.box), (width, height, width, height))]
    for t in page.tables:
        t.bbox = map_bbox(t.bbox, inv, width, height)
        t.row_bboxes = [map_bbox(b, inv, width, height) for b in t.row_bboxes]
        for c in t.cell_list:
            c.bbox = map_bbox(c.bbox, inv, width, height)
    for r in page.regions:
        r.bbox = map_bbox(r.bbox, inv, width, height)
    page.width, page.height = int(width), int(height)
    return page


def sheet_corners(image: np.ndarray) -> np.ndarray | None:
    """The four corners (tl, tr, br, bl; float32) of a photographed sheet of paper lying on a
    darker background, or ``None`` when the picture is not that: no single bright four-sided
    outline covering ``MIN_SHEET_AREA``-``MAX_SHEET_AREA`` of it, a background less than
    ``MIN_SHEET_CONTRAST`` darker, or corners that already form an upright rectangle."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    h, w = grey.shape
    small = cv2.GaussianBlur(grey, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    k = max(3, int(round(min(h, w) * 0.01)) | 1)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline)
    if not MIN_SHEET_AREA * h * w <= area <= MAX_SHEET_AREA * h * w:
        return None
    quad = cv2.approxPolyDP(outline, 0.02 * cv2.arcLength(outline, True), True).reshape(-1, 2)
    if len(quad) != 4 or not cv2.isContourConvex(quad.reshape(-1, 1, 2)):
        return None
    quad = quad.astype(np.float32)
    total, diff = quad.sum(1), quad[:, 1] - quad[:, 0]
    tl, br, tr, bl = quad[total.argmin()], quad[total.argmax()], quad[diff.argmin()], quad[diff.argmax()]
    corners = np.array([tl, tr, br, bl], dtype=np.float32)
    if len({tuple(c) for c in corners.tolist()}) != 4:
        return None
    inside = np.zeros_like(grey)
    cv2.fillConvexPoly(inside, corners.astype(np.int32), 255)
    if float(grey[inside > 0].mean()) - float(grey[inside == 0].mean()) < MIN_SHEET_CONTRAST:
        return None
    x0, y0 = corners.min(0)
    x1, y1 = corners.max(0)
    box = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float32)
    if np.abs(corners - box).max() < MIN_KEYSTONE * max(x1 - x0, y1 - y0):
        return None
    return corners


def rectification(corners: np.ndarray) -> tuple[np.ndarray, int, int]:
    """``(matrix, width, height)``: the homography (3×3) taking the sheet's ``corners`` (tl, tr,
    br, bl) to an upright ``width`` × ``height`` rectangle (the longer of each pair of opposite
    sides)."""
    tl, tr, br, bl = corners.astype(np.float64)
    width = int(round(max(np.hypot(*(tr - tl)), np.hypot(*(br - bl)))))
    height = int(round(max(np.hypot(*(bl - tl)), np.hypot(*(br - tr)))))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    return cv2.getPerspectiveTransform(corners.astype(np.float32), target).astype(np.float64), width, height


# --------------------------------------------------------------------------------------------
# Photometric steps (measured, not in the default path: see the module docstring)
# --------------------------------------------------------------------------------------------
def flatten_illumination(image: np.ndarray, *, sigma: float = 25.0) -> np.ndarray:
    """Divide by a smooth estimate of the paper (dilate to erase ink, then blur): removes
    lighting gradients and soft shadows of photographed pages."""
    background = cv2.GaussianBlur(cv2.dilate(image, np.ones((15, 15), np.uint8)), (0, 0), sigma)
    flat = image.astype(np.float32) / np.maximum(background.astype(np.float32), 1.0) * 235.0
    return np.clip(flat, 0, 255).astype(np.uint8)


def sharpen(image: np.ndarray, *, sigma: float = SHARPEN_SIGMA, amount: float = SHARPEN_AMOUNT) -> np.ndarray:
    """Unsharp mask: ``image + amount × (image - blur(image))``."""
    blurred = cv2.GaussianBlur(image, (0, 0), sigma)
    return cv2.addWeighted(image, 1.0 + amount, blurred, -amount, 0)


# --------------------------------------------------------------------------------------------
# The reading
# --------------------------------------------------------------------------------------------
def read_page(image: np.ndarray, recognize: Callable[[np.ndarray], list[RawLine]],
              layout: Callable[[np.ndarray, list[RawLine]], Page]) -> Page:
    """Read ``image`` with ``recognize``, fix small text and skew as measured, and lay the
    lines out with ``layout`` (reading order, regions, tables); boxes refer to ``image``."""
    h, w = image.shape[:2]
    notes: list[str] = []
    matrix = np.eye(3)
    current = image
    corners = sheet_corners(image) if RECTIFY_PHOTOS else None
    if corners is not None:  # a photographed sheet: read it flattened to its own rectangle
        matrix, sw, sh = rectification(corners)
        current = cv2.warpPerspective(image, matrix, (sw, sh), flags=cv2.INTER_CUBIC,
                                      borderMode=cv2.BORDER_REPLICATE)
        notes.append("photographed sheet: read rectified to its outline")
    raw = recognize(current)

    factor = upscale_factor(text_height([r.box for r in raw]))
    if factor > 1.0:
        matrix = scaling(factor) @ matrix
        ch, cw = current.shape[:2]
        current = cv2.resize(current, (int(round(cw * factor)), int(round(ch * factor))),
                             interpolation=cv2.INTER_CUBIC)
        raw = recognize(current)
        notes.append(f"small text: page scaled up {factor:.2f}× for reading")

    angle = skew_angle([r.box for r in raw])
    if abs(angle) >= MIN_SKEW_DEG:
        turn, nw, nh = rotation(current.shape[1], current.shape[0], angle)
        upright = warp(current, turn, nw, nh)
        if abs(angle) >= REREAD_SKEW_DEG:
            raw = recognize(upright)
        else:
            raw = map_raw(raw, turn)
        current, matrix = upright, turn @ matrix
        notes.append(f"page skewed {angle:+.1f}°: lines ordered on the page turned upright")

    page = layout(current, raw)
    if notes:
        page = map_back(page, matrix, w, h)
        page.notes = list(page.notes) + notes + ["boxes refer to the file as given"]
    return page
