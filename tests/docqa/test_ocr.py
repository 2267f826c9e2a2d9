"""OCR of rendered pages: text, boxes, reading order and tables, through both engines."""
from __future__ import annotations

import numpy as np
import pytest

from paddlecamp.docqa.sample_pages import EN_MEMO, ZH_REPORT


def _norm(s: str) -> str:
    return "".join(s.split()).replace("（", "(").replace("）", ")")


def test_chinese_page_lines_match_the_rendered_text(ocr_pages):
    page = ocr_pages["zh"]
    texts = [_norm(l.text) for l in page.lines]
    for expected in [ZH_REPORT.title] + ZH_REPORT.lines:
        assert _norm(expected) in texts
    assert page.lines[0].text == ZH_REPORT.title  # the title comes first in reading order
    assert (page.page, page.source) == (1, "report_zh.png")
    assert (page.width, page.height) == ZH_REPORT.size


def test_english_page_keeps_word_spaces_and_boxes(ocr_pages):
    page = ocr_pages["en"]
    texts = [l.text for l in page.lines]
    assert EN_MEMO.lines[1] in texts
    for line in page.lines:
        x0, y0, x1, y1 = line.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height
        assert len(line.box) == 4 and 0.5 <= line.score <= 1.0


@pytest.mark.parametrize("key, spec", [("zh", ZH_REPORT), ("en", EN_MEMO)])
def test_rendered_table_comes_back_as_the_same_grid(ocr_pages, key, spec):
    tables = ocr_pages[key].tables
    assert len(tables) == 1
    assert [[_norm(c) for c in row] for row in tables[0].cells] == [[_norm(c) for c in row] for row in spec.table]


def test_blank_page_has_no_lines_and_a_note():
    from paddlecamp.docqa.ocr.page import ocr_image

    page = ocr_image(np.full((400, 300, 3), 255, dtype=np.uint8), source="blank.png")
    assert page.lines == [] and page.tables == []
    assert any("no text" in n for n in page.notes)


@pytest.mark.slow
def test_paddleocr_engine_agrees_with_direct_onnx(page_files, ocr_pages):
    from paddlecamp.docqa.api import ocr

    page = ocr(page_files["en"], engine="paddleocr")[0]
    assert [l.text for l in page.lines] == [l.text for l in ocr_pages["en"].lines]


def test_paddleocr_model_folder_is_generated_from_the_onnx_metadata(tmp_path):
    import yaml

    from paddlecamp.docqa.ocr.paddle_engine import REC_MODEL_NAME, prepare_onnx_model_dir
    from paddlecamp.models import ocr_models

    folder = prepare_onnx_model_dir(ocr_models()["rec"], REC_MODEL_NAME, tmp_path / "rec")
    data = yaml.safe_load((folder / "inference.yml").read_text(encoding="utf-8"))
    assert data["Global"]["model_name"] == REC_MODEL_NAME
    assert data["PostProcess"]["name"] == "CTCLabelDecode"
    chars = data["PostProcess"]["character_dict"]
    assert "发" in chars and "A" in chars and len(chars) > 10000
    assert (folder / "inference.onnx").is_file()


@pytest.mark.parametrize("key", ["zh", "en"])
def test_short_crops_are_read_at_the_narrow_width_with_the_same_text(page_files, key):
    import cv2

    from paddlecamp.docqa.ocr.onnx_engine import PpOcrOnnxEngine, crop_line

    narrow, paddle_width = PpOcrOnnxEngine(), PpOcrOnnxEngine(rec_min_width=320)
    image = cv2.imread(str(page_files[key]))
    crops = [crop_line(image, b) for b in narrow.detect(image)]
    short = min(crops, key=lambda c: c.shape[1] / c.shape[0])
    long_ = max(crops, key=lambda c: c.shape[1] / c.shape[0])
    assert narrow._rec_batch([short]).shape[-1] == 144 < paddle_width._rec_batch([short]).shape[-1] == 320
    assert narrow._rec_batch([long_]).shape[-1] == paddle_width._rec_batch([long_]).shape[-1] > 320
    assert [t for t, _ in narrow.recognize_crops(crops)] == [t for t, _ in paddle_width.recognize_crops(crops)]


def test_unsure_lines_are_read_again_smoothed_and_the_surer_reading_kept(page_files):
    import cv2
    import numpy as np

    from paddlecamp.docqa.ocr.onnx_engine import PpOcrOnnxEngine, crop_line

    eng = PpOcrOnnxEngine()
    image = cv2.imread(str(page_files["en"]))
    crops = [crop_line(image, b) for b in eng.detect(image)]
    # a fax's reading: shrunk to 10 px of text height and thresholded, the edges blocky
    faxed = []
    for c in crops:
        small = cv2.resize(c, (max(1, c.shape[1] * 10 // c.shape[0]), 10), interpolation=cv2.INTER_AREA)
        faxed.append(np.where(small < 170, 0, 255).astype(np.uint8))
    once = eng.recognize_crops(faxed)
    kept = eng.recognize_lines(faxed)
    for (t1, s1), (t2, s2) in zip(once, kept):
        assert s2 >= s1  # never a less confident reading
        if s1 >= eng.retry_below:
            assert (t2, s2) == (t1, s1)  # sure lines are read once
    assert any(s2 > s1 for (_, s1), (_, s2) in zip(once, kept))  # some unsure line read better
    eng.retry_below = 0.0  # off: every line read once
    assert eng.recognize_lines(faxed) == once


def test_a_line_read_again_keeps_the_spaces_of_its_first_reading():
    from paddlecamp.docqa.ocr.onnx_engine import keep_spaces

    # the smoothed reading closed the gap between two fields; its corrected characters stay
    assert keep_spaces("联系人：诸葛明月 电话：0512-67781234", "联系人：诸葛明月电话：0512-67781234") == \
        "联系人：诸葛明月 电话：0512-67781234"
    assert keep_spaces("Pomberton 611", "Pemberton611") == "Pemberton 611"
    assert keep_spaces("Destination: Felixstowe. UK", "Destination: Felixstowe, UK") == "Destination: Felixstowe, UK"
    assert keep_spaces("40'HC", "40' HC") == "40' HC"  # a space only the second reading saw stays


def test_a_line_of_leader_dots_the_detector_scores_faint_is_kept_cut_to_its_words():
    """A crisp price list (a dev page): the dots thin the detector's map, so "Circle ....
    £28.00" scores under the box threshold; kept when it reads clearly, without its dots."""
    from pathlib import Path

    import cv2

    from paddlecamp.docqa.ocr.onnx_engine import PpOcrOnnxEngine

    page = cv2.imread(str(Path(__file__).parents[2] / "data/docqa-dev4/pages/box_office_report_en.jpg"))
    texts = [l.text for l in PpOcrOnnxEngine().recognize(page)]
    assert {"Circle", "£28.00", "Stalls G-P", "174"} <= set(texts)  # the "Price bands" list whole
    assert not any(set(t) <= set(". ·…") for t in texts)  # no line of marks alone
    strict = [l.text for l in PpOcrOnnxEngine(faint_box=0.6).recognize(page)]  # faint boxes off
    assert "Circle" not in strict and not any("£28.00" in t for t in strict)


def test_leader_marks_are_cut_from_a_faint_line_and_its_box():
    import numpy as np

    from paddlecamp.docqa.ocr.onnx_engine import trim_leaders

    box = np.array([[0, 0], [400, 0], [400, 20], [0, 20]], dtype=np.float32)
    text, cut = trim_leaders("Circle ..........", box)
    assert text == "Circle"
    assert cut[0][0] == 0 and 20 < cut[1][0] < 80  # the words' width at the line's height, from the left
    text, cut = trim_leaders("....£28.00", box)
    assert text == "£28.00" and cut[1][0] == 400 and cut[0][0] > 300  # from the right
    assert trim_leaders("..........", box)[0] == "" and trim_leaders("…174", box)[0] == "174"
    assert trim_leaders("Circle", box) == ("Circle", box)
