"""OCR preprocessing: skew and text height measured from line boxes, boxes mapped back exactly,
skewed drawn pages read in order, clean pages untouched."""
from __future__ import annotations

import math

import numpy as np
import pytest

from paddlecamp.docqa.ocr import preprocess as pp
from paddlecamp.docqa.records import Line, Page


def _quad(x0, y0, x1, y1, angle=0.0, centre=(0.0, 0.0)):
    """Corners tl, tr, br, bl of a box, turned by ``angle``° (y down: positive falls to the right)."""
    t = math.radians(angle)
    cx, cy = centre
    out = []
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1)):
        dx, dy = x - cx, y - cy
        out.append([cx + dx * math.cos(t) - dy * math.sin(t), cy + dx * math.sin(t) + dy * math.cos(t)])
    return out


def test_skew_angle_from_line_boxes_and_rotation_undoes_it():
    boxes = [_quad(50, 60 + 40 * i, 450, 85 + 40 * i, 5.0, (250, 200)) for i in range(6)]
    assert pp.skew_angle(boxes) == pytest.approx(5.0, abs=1e-6)
    assert pp.skew_angle([_quad(50, 60, 450, 85, -3.0)] * 4) == pytest.approx(-3.0, abs=1e-6)
    assert pp.skew_angle(boxes[:2]) == 0.0  # too few boxes to trust
    turn, _, _ = pp.rotation(500, 400, 5.0)
    level = [pp.map_points(b, turn) for b in boxes]
    assert pp.skew_angle(level) == pytest.approx(0.0, abs=1e-6)


def test_boxes_map_back_exactly_after_deskew():
    """A line found on the deskewed image maps back onto its pixels in the original image."""
    import cv2

    h, w, angle = 300, 400, 6.0
    img = np.zeros((h, w, 3), np.uint8)
    cv2.fillConvexPoly(img, np.array(_quad(60, 100, 300, 130, angle, (180, 115))).round().astype(np.int32),
                       (255, 255, 255))
    turn, nw, nh = pp.rotation(w, h, angle)
    upright = pp.warp(img, turn, nw, nh)
    assert upright.shape[:2] == (nh, nw) and nw > w and nh > h  # canvas grown, nothing cropped
    ys, xs = np.nonzero(upright[..., 0] > 127)
    found = [float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)]
    assert found[3] - found[1] == pytest.approx(30, abs=2)  # level after deskew
    poly = [[found[0], found[1]], [found[2], found[1]], [found[2], found[3]], [found[0], found[3]]]
    page = Page("p.png", 1, nw, nh, lines=[Line("x", 1.0, poly)])
    back = pp.map_back(page, turn, w, h)
    assert (back.width, back.height) == (w, h)
    want = np.array(_quad(60, 100, 300, 130, angle, (180, 115)))
    assert np.abs(np.array(back.lines[0].box) - want).max() <= 1.5
    # The algebra itself is exact: forward then back returns the same points.
    pts = [[12.5, 7.25], [380.0, 290.0], [0.0, 0.0]]
    page = Page("p.png", 1, nw, nh, lines=[Line("x", 1.0, pp.map_points(pts, turn) + [[0, 0]])])
    assert np.allclose(pp.map_back(page, turn, w, h).lines[0].box[:3], pts, atol=0.05)


def test_upscaling_decision():
    assert pp.upscale_factor(None, min_height=14) == 1.0
    assert pp.upscale_factor(30.0, min_height=14) == 1.0
    assert pp.upscale_factor(14.0, min_height=14) == 1.0
    assert pp.upscale_factor(12.0, min_height=14, target=20) == pytest.approx(20 / 12)
    assert pp.upscale_factor(4.0, min_height=14, target=20, max_factor=2) == 2.0
    assert pp.upscale_factor(4.0) == 1.0  # off by default: it did not help on the dev set
    assert pp.text_height([_quad(0, 0, 200, 12), _quad(0, 20, 300, 33), _quad(0, 40, 90, 50)]) == pytest.approx(12.0)


def test_disabled_by_environment(monkeypatch):
    monkeypatch.setenv(pp.ENV, "0")
    assert not pp.enabled()
    monkeypatch.setenv(pp.ENV, "1")
    assert pp.enabled()


# --------------------------------------------------------------------------------------------
# With the OCR models
# --------------------------------------------------------------------------------------------
PAIRS = [("发票号码：28416307", "合计：¥12080.00"), ("Delivery note 4471", "Depot: Oakfield"),
         ("购买方：杭州云帆", "税额：¥1570.40"), ("Carrier: North", "Weight: 312 kg"),
         ("开票日期：2025年03月18日", "校验码：61532"), ("Invoice total 6580.00", "Paid: yes"),
         ("收款人：林晓梅", "复核：陈建国"), ("Order 88213", "Items: 14")]
TEXTS = ["发票号码：28416307 合计金额：¥12080.00", "Delivery note 4471 to Oakfield Depot",
         "购买方名称：杭州云帆信息技术有限公司", "Carrier: North Freight, 312 kg",
         "开票日期：2025年03月18日 校验码：61532", "Invoice total 6580.00 USD paid"]


@pytest.fixture(scope="module")
def drawn():
    from paddlecamp.models import MissingModelError, ocr_models

    try:
        ocr_models()
    except MissingModelError:
        pytest.skip("OCR models not fetched (paddlecamp models fetch)")
    import cv2
    from PIL import Image, ImageDraw, ImageFont

    from paddlecamp.docqa.dataset import cjk_font_file

    try:
        path, index, _ = cjk_font_file()
    except FileNotFoundError:
        pytest.skip("no CJK font")
    font = ImageFont.truetype(path, 26, index=index)

    def draw(rows: list[tuple[tuple[int, str], ...]], size: tuple[int, int], step: int):
        img = Image.new("RGB", size, (250, 248, 242))
        d = ImageDraw.Draw(img)
        lines = []
        for i, row in enumerate(rows):
            for x, t in row:
                d.text((x, 40 + step * i), t, fill=(25, 25, 30), font=font)
                lines.append({"text": t, "bbox": [int(v) for v in d.textbbox((x, 40 + step * i), t, font=font)],
                              "order": len(lines)})
        bgr = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
        return bgr, {"source": "drawn", "page": 1, "width": img.width, "height": img.height, "lines": lines}

    single = draw([((40, t),) for t in TEXTS], (760, 470), 70)
    pairs = draw([((40, a), (440, b)) for a, b in PAIRS], (760, 440), 46)
    return single, pairs


SKEW_SEED = 0


def _read(image, on: bool, monkeypatch):
    from paddlecamp.docqa.ocr.page import ocr_image

    monkeypatch.setenv(pp.ENV, "1" if on else "0")
    return ocr_image(image, engine="onnx")


def test_clean_page_unchanged(drawn, monkeypatch):
    for image, truth in drawn:
        off, on = _read(image, False, monkeypatch), _read(image, True, monkeypatch)
        assert [(l.text, l.bbox, l.order) for l in on.lines] == [(l.text, l.bbox, l.order) for l in off.lines]
        assert on.notes == off.notes


def test_skewed_page_reads_in_order_with_boxes_on_the_file(drawn, monkeypatch):
    """A two-column page skewed by 6°: rows fall apart without deskewing, not with it."""
    import sys

    from paddlecamp import repo_path
    from paddlecamp.docqa.evaluate import page_cer

    sys.path.insert(0, str(repo_path("data", "docqa")))
    import make_robustness as mr

    image, truth = drawn[1]
    skewed, fn, params, _ = mr.skew(image, np.random.default_rng(SKEW_SEED))
    assert abs(params["angle"]) >= 5
    h, w = skewed.shape[:2]
    t = mr.transform_truth(truth, fn, w, h)
    off, on = _read(skewed, False, monkeypatch), _read(skewed, True, monkeypatch)
    assert any("skewed" in n for n in on.notes)
    assert (on.width, on.height) == (w, h)
    before, after = page_cer(t, off), page_cer(t, on)
    assert after["cer"] < before["cer"] and after["cer"] <= 0.02
    assert after["cer_unordered"] <= before["cer_unordered"] + 1e-9  # boxes still land on their lines


# --------------------------------------------------------------------------------------------
# Blurred pages
# --------------------------------------------------------------------------------------------
def _text_image(ink: int, paper: int, size: int = 40) -> np.ndarray:
    import cv2

    img = np.full((240, 640, 3), paper, np.uint8)
    for i, word in enumerate(("Invoice 4471", "Total 6580.00", "Paid")):
        cv2.putText(img, word, (20, 60 + 70 * i), cv2.FONT_HERSHEY_SIMPLEX, size / 30, (ink,) * 3, 2, cv2.LINE_AA)
    return img


def test_edge_steepness_tells_blur_not_contrast():
    import cv2

    sharp = _text_image(20, 245)
    faint = _text_image(140, 200)  # grey ink on grey paper: low contrast, still sharp
    assert pp.edge_steepness(sharp) > pp.BLURRED_BELOW and not pp.blurred(sharp)
    assert pp.edge_steepness(faint) == pytest.approx(pp.edge_steepness(sharp), rel=0.25)
    steep = [pp.edge_steepness(cv2.GaussianBlur(sharp, (0, 0), s)) for s in (1.0, 2.0, 3.0)]
    assert steep[0] > steep[1] > steep[2]  # more blur, gentler edges
    assert pp.blurred(cv2.GaussianBlur(sharp, (0, 0), 3.0)) and pp.blurred(cv2.GaussianBlur(faint, (0, 0), 3.0))
    assert pp.edge_steepness(np.full((50, 50), 128, np.uint8)) == 0.0  # blank page: no edge at all


def test_blurred_dev_page_is_read_sharpened(monkeypatch):
    """A dev page blurred as a careless capture (sigma 2.8): detection loses most lines as it is;
    the sharpened reading is kept because it holds more confident text, and boxes stay put."""
    import cv2

    from paddlecamp import repo_path
    from paddlecamp.docqa.dataset import load_truth
    from paddlecamp.docqa.evaluate import page_cer
    from paddlecamp.models import MissingModelError, ocr_models

    try:
        ocr_models()
    except MissingModelError:
        pytest.skip("OCR models not fetched (paddlecamp models fetch)")
    data = repo_path("data", "docqa-dev2")
    name = "warranty_card_en.jpg"
    truth = load_truth(data)[(name, 1)]
    image = cv2.GaussianBlur(cv2.imread(str(data / "pages" / name)), (0, 0), 2.8)
    assert pp.blurred(image)
    off, on = _read(image, False, monkeypatch), _read(image, True, monkeypatch)
    assert any("sharpened" in n for n in on.notes) and not any("sharpened" in n for n in off.notes)
    before, after = page_cer(truth, off), page_cer(truth, on)
    assert before["cer_unordered"] > 0.3
    assert after["cer_unordered"] < 0.15  # unordered CER also checks the boxes land on their lines
    assert (on.width, on.height) == (image.shape[1], image.shape[0])


def test_specks_do_not_push_lines_out_of_the_candidates():
    """A noisy probability map with more specks than candidates still yields its text line."""
    from paddlecamp.docqa.ocr.onnx_engine import db_boxes

    rng = np.random.default_rng(7)
    prob = np.zeros((640, 640), np.float32)
    ys, xs = rng.integers(0, 640, 3000), rng.integers(0, 640, 3000)
    prob[ys, xs] = 0.9  # isolated one-pixel specks, each its own contour
    prob[300:316, 100:500] = 0.95  # one text line
    boxes = db_boxes(prob, 640, 640, max_candidates=1000)
    assert len(boxes) == 1
    x0, y0 = boxes[0].min(axis=0)
    x1, y1 = boxes[0].max(axis=0)
    assert x0 <= 100 and x1 >= 500 and y0 <= 300 and y1 >= 316


# --------------------------------------------------------------------------------------------
# Photographed sheets
# --------------------------------------------------------------------------------------------
def _sheet_on_desk(corners, size=(900, 700), paper=235, desk=70):
    """A light quadrilateral (the sheet, with a few dark text bars) on a darker desk."""
    import cv2

    h, w = size
    img = np.full((h, w, 3), desk, np.uint8)
    cv2.fillConvexPoly(img, np.asarray(corners, np.int32), (paper,) * 3)
    for i in range(8):  # "text": dark bars inside the sheet, which must not break its outline
        y = int(180 + 60 * i)
        cv2.rectangle(img, (200, y), (480, y + 14), (30, 30, 30), -1)
    return img


def test_sheet_corners_found_on_a_photographed_sheet_and_not_elsewhere():
    truth = np.array([[70, 60], [620, 30], [655, 860], [40, 835]], np.float32)
    found = pp.sheet_corners(_sheet_on_desk(truth))
    assert found is not None and np.abs(found - truth).max() <= 3.0
    # The rectification takes those corners to an upright rectangle of the sheet's size.
    m, w, h = pp.rectification(found)
    mapped = np.asarray(pp.map_points(found, m))
    assert np.allclose(mapped, [[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], atol=1e-3)
    assert abs(w - 615) <= 4 and abs(h - 831) <= 4   # the longer of each pair of sides
    # Not a photographed sheet: a plain scan, an upright sheet (nothing to undo), a sheet with
    # no contrast to its background, one covering too little of the picture.
    assert pp.sheet_corners(np.full((900, 700, 3), 240, np.uint8)) is None
    upright = np.array([[60, 50], [640, 50], [640, 850], [60, 850]], np.float32)
    assert pp.sheet_corners(_sheet_on_desk(upright)) is None
    assert pp.sheet_corners(_sheet_on_desk(truth, desk=215)) is None
    small = np.array([[300, 300], [520, 290], [530, 560], [290, 570]], np.float32)
    assert pp.sheet_corners(_sheet_on_desk(small)) is None


def test_projective_frame_maps_points_both_ways():
    from paddlecamp.docqa.ocr.frame import frame_matrix

    truth = np.array([[70, 60], [620, 30], [655, 860], [40, 835]], np.float32)
    m, w, h = pp.rectification(truth)
    page = Page(source="x", page=1, width=700, height=900, lines=[])
    page = pp.map_back(page, m, 700, 900)
    assert len(page.frame) == 3                      # stored projective, not cut to affine
    f = frame_matrix(page)
    pts = [[100.0, 100.0], [600.0, 800.0], [355.0, 440.0]]
    there = pp.map_points(pts, f)
    back = pp.map_points(there, np.linalg.inv(f))
    assert np.allclose(back, pts, atol=1e-3)
    assert np.allclose(pp.map_points(truth, f)[2], [w - 1, h - 1], atol=0.05)


def test_photographed_page_is_read_rectified_with_boxes_on_the_file(drawn, monkeypatch):
    """The two-column page photographed off-axis on a desk: read rectified, its rows come out
    in order, and the boxes still land on the file's lines."""
    import sys

    from paddlecamp import repo_path
    from paddlecamp.docqa.evaluate import page_cer

    sys.path.insert(0, str(repo_path("data", "docqa")))
    import make_robustness as mr

    monkeypatch.setattr(pp, "RECTIFY_PHOTOS", True)  # off by default (measured, see the module)
    image, truth = drawn[1]
    photo, fn, params, _ = mr.photo(image, np.random.default_rng(3))
    h, w = photo.shape[:2]
    t = mr.transform_truth(truth, fn, w, h)
    off, on = _read(photo, False, monkeypatch), _read(photo, True, monkeypatch)
    assert any("photographed sheet" in n for n in on.notes)
    assert (on.width, on.height) == (w, h) and len(on.frame) == 3
    before, after = page_cer(t, off), page_cer(t, on)
    assert after["cer"] <= before["cer"] and after["cer"] <= 0.02
    assert after["cer_unordered"] <= 0.02  # boxes mapped back through the homography
