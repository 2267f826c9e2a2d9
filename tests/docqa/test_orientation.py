"""Sideways pages: detected from tall text boxes, read turned upright, boxes mapped back."""
from __future__ import annotations

import numpy as np
import pytest

from paddlecamp.docqa.ocr.orientation import looks_sideways, map_back
from paddlecamp.docqa.records import Line, Page


def test_tall_boxes_mean_sideways():
    assert looks_sideways([[10, 10, 40, 300]] * 5)
    assert not looks_sideways([[10, 10, 300, 40]] * 5)
    assert not looks_sideways([[10, 10, 40, 300]] * 2)  # too few boxes to tell


@pytest.mark.parametrize("turn, code", [("cw", "ROTATE_90_CLOCKWISE"), ("ccw", "ROTATE_90_COUNTERCLOCKWISE")])
def test_boxes_map_back_onto_the_original_pixels(turn, code):
    import cv2

    h, w = 60, 100
    img = np.zeros((h, w), np.uint8)
    img[10:20, 30:70] = 255  # a "text line" in the original image
    turned = cv2.rotate(img, getattr(cv2, code))
    ys, xs = np.nonzero(turned)
    box = [float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)]
    poly = [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]]
    page = Page("p.png", 1, turned.shape[1], turned.shape[0], lines=[Line("x", 1.0, poly)])
    back = map_back(page, turn, w, h)
    assert (back.width, back.height) == (w, h)
    assert back.lines[0].bbox == [30.0, 10.0, 70.0, 20.0]


def test_a_page_turned_sideways_is_read_upright():
    """OCR a drawn page, turned by 90°: the text comes back and the boxes land on the turned image."""
    from paddlecamp.models import MissingModelError, ocr_models

    try:
        ocr_models()
    except MissingModelError:
        pytest.skip("OCR models not fetched (paddlecamp models fetch)")
    import cv2
    from PIL import Image, ImageDraw, ImageFont

    from paddlecamp.docqa.dataset import cjk_font_file
    from paddlecamp.docqa.ocr.page import ocr_image

    try:
        path, index, _ = cjk_font_file()
    except FileNotFoundError:
        pytest.skip("no CJK font")
    font = ImageFont.truetype(path, 28, index=index)
    img = Image.new("RGB", (900, 500), "white")
    d = ImageDraw.Draw(img)
    texts = ["Delivery note 4471", "Ship to: Oakfield Depot", "Carrier: North Freight", "联系人：王芳",
             "Total weight: 312 kg"]
    for i, t in enumerate(texts):
        d.text((40, 40 + 80 * i), t, fill="black", font=font)
    upright = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    sideways = np.ascontiguousarray(cv2.rotate(upright, cv2.ROTATE_90_CLOCKWISE))
    page = ocr_image(sideways, source="s.png")
    read = " ".join(l.text for l in page.lines)
    assert "North Freight" in read and "312" in read and any("turned" in n for n in page.notes)
    # Read upright, the lines come in the order they were written.
    assert read.index("Delivery note") < read.index("Oakfield") < read.index("312")
    assert (page.width, page.height) == (sideways.shape[1], sideways.shape[0])
    for line in page.lines:  # boxes are tall again: they refer to the sideways file
        x0, y0, x1, y1 = line.bbox
        assert 0 <= x0 < x1 <= sideways.shape[1] + 1 and 0 <= y0 < y1 <= sideways.shape[0] + 1
    assert looks_sideways([l.bbox for l in page.lines])


def _box(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def test_a_sideways_table_of_short_cells_is_sideways():
    """A table turned by 90°: many squarish one- or two-character cells outnumber the long
    tall lines, but the tall lines hold most of the text (as on a sideways quote)."""
    cells = [[100 + 40 * c, 100 + 40 * r, 126 + 40 * c, 128 + 40 * r] for r in range(4) for c in range(4)]
    lines = [[600 + 40 * i, 80, 626, 480] for i in range(10)]  # 10 long tall lines
    boxes = cells + lines
    tall = sum((b[3] - b[1]) > 1.5 * (b[2] - b[0]) for b in boxes)
    assert tall / len(boxes) < 0.6  # by count, fewer than 60% of the boxes are tall
    assert looks_sideways(boxes)
    # The same page upright: wide lines, squarish cells, a few tall digit boxes ("1").
    upright = [[b[1], b[0], b[3], b[2]] for b in lines] + cells + [[50, 50 + 30 * i, 62, 78 + 30 * i]
                                                                    for i in range(6)]
    assert not looks_sideways(upright)


def _page(boxes, score=0.99, text="文字"):
    return Page("p.png", 1, 1000, 1000, lines=[Line(text, score, _box(*b)) for b in boxes])


def test_a_doubtful_page_is_turned_only_when_the_turn_reads_clearly_more():
    from paddlecamp.docqa.ocr.orientation import maybe_sideways, read_upright

    # 30% of the text in tall boxes: not sure, but worth a try.
    boxes = [[100, 100 + 50 * i, 500, 130 + 50 * i] for i in range(7)] + \
            [[600 + 40 * i, 100, 630, 500] for i in range(3)]
    first = _page(boxes)
    assert not looks_sideways([l.bbox for l in first.lines]) and maybe_sideways(first)
    image = np.zeros((1000, 1000, 3), np.uint8)

    def better(img):
        return _page([[100, 100 + 50 * i, 500, 130 + 50 * i] for i in range(10)], text="文字文字")

    def same(img):
        return _page([[100, 100 + 50 * i, 500, 130 + 50 * i] for i in range(10)], text="文字")

    turned = read_upright(image, first, better)
    assert turned is not first and any("turned" in n for n in turned.notes)
    assert read_upright(image, first, same) is first  # reads no more: stays as given
    # An upright page read with high confidence is not tried turned at all.
    upright = _page([[100, 100 + 50 * i, 500, 130 + 50 * i] for i in range(10)])
    assert not maybe_sideways(upright)
    assert read_upright(image, upright, lambda img: pytest.fail("read again")) is upright
    # ... but one read with low confidence is.
    assert maybe_sideways(_page([[100, 100 + 50 * i, 500, 130 + 50 * i] for i in range(10)], score=0.6))
