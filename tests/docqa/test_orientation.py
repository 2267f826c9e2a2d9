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
