"""Check boxes of a form's choice fields: found in the page image, written into the OCR lines,
and read by the answerer as the option ticked."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from paddlecamp.docqa.answer import extract
from paddlecamp.docqa.ocr.engine import RawLine
from paddlecamp.docqa.records import Chunk
from paddlecamp.docqa.structure.checkboxes import find_checkboxes, mark_checkboxes

PAGES = Path(__file__).resolve().parents[2] / "data" / "docqa-dev6" / "pages"


def _line(text, x0, y0, x1, y1):
    return RawLine(text, 0.95, [[x0, y0], [x1, y0], [x1, y1], [x0, y1]])


def test_a_clean_forms_choice_fields_are_marked():
    """Two rows of squares on a clean scan, one ticked in each; the recognizer gave the options
    as one line each, the second without its spaces."""
    img = cv2.imread(str(PAGES / "garden_allotment_agreement_en.jpg"))
    boxes = find_checkboxes(img, 20.0)
    assert len(boxes) == 7 and [b.ticked for b in boxes].count(True) == 2
    lines = [_line("Standpipe on plot Shared trough No supply", 199, 266, 642, 289),
             _line("Over 65StudentUnwaged None", 198, 293, 608, 316), _line("Water supply:", 50, 267, 158, 290)]
    got = [l.text for l in mark_checkboxes(img, lines)]
    assert got[0] == "☐ Standpipe on plot ☑ Shared trough ☐ No supply"
    assert got[1].startswith("☐ Over 65 ☐ Student") and got[1].endswith("☑ None")
    assert got[2] == "Water supply:"  # no square on it


def test_a_blurred_forms_ticks_are_found_and_cut_between_chinese_options():
    img = cv2.imread(str(PAGES / "parking_permit_application_zh.jpg"))
    lines = [_line("月卡季卡年卡", 173, 286, 407, 316), _line("车位类型：", 49, 319, 125, 341),
             _line("地面车位地下车位新能源充电位", 175, 316, 534, 343), _line("申请人：", 49, 200, 125, 225)]
    got = [l.text for l in mark_checkboxes(img, lines)]
    assert got[0] == "☐ 月卡 ☑ 季卡 ☐ 年卡"
    assert got[2] == "☐ 地面车位 ☐ 地下车位 ☑ 新能源充电位"
    assert got[1] == "车位类型：" and got[3] == "申请人："


def _canvas():
    return np.full((80, 420, 3), 255, np.uint8)


def test_square_glyphs_and_letters_inside_words_are_no_check_boxes():
    img = _canvas()
    # 田-like glyphs (level and upright strokes inside) beside an empty square: no tick, no field
    for x in (20, 120):
        cv2.rectangle(img, (x, 20), (x + 16, 36), (0, 0, 0), 2)
        cv2.line(img, (x, 28), (x + 16, 28), (0, 0, 0), 2)
        cv2.line(img, (x + 8, 20), (x + 8, 36), (0, 0, 0), 2)
    cv2.rectangle(img, (220, 20), (236, 36), (0, 0, 0), 2)
    assert find_checkboxes(img, 22.0) == []
    # a ticked and an empty square, each with a letter-like stroke touching it: inside a word
    img = _canvas()
    for x, tick in ((40, True), (160, False)):
        cv2.rectangle(img, (x, 20), (x + 16, 36), (0, 0, 0), 2)
        cv2.line(img, (x - 4, 22), (x - 4, 36), (0, 0, 0), 2)
        if tick:
            cv2.line(img, (x + 3, 28), (x + 7, 33), (0, 0, 0), 2)
            cv2.line(img, (x + 7, 33), (x + 14, 22), (0, 0, 0), 2)
    assert find_checkboxes(img, 22.0) == []
    # the same squares standing apart are a choice field
    img = _canvas()
    for x, tick in ((40, True), (160, False)):
        cv2.rectangle(img, (x, 20), (x + 16, 36), (0, 0, 0), 2)
        if tick:
            cv2.line(img, (x + 3, 28), (x + 7, 33), (0, 0, 0), 2)
            cv2.line(img, (x + 7, 33), (x + 14, 22), (0, 0, 0), 2)
    assert [b.ticked for b in find_checkboxes(img, 22.0)] == [True, False]


def test_the_answerer_reads_the_ticked_option():
    form = Chunk(source="permit.jpg", page=1, text="申请人：钟一鸣\n申请类型：☐ 月卡 ☑ 季卡 ☐ 年卡\n车位类型：☐ 地面车位 ☑ 地下车位",
                 bbox=[0, 0, 400, 90], line_bboxes=[[0, 0, 400, 30], [0, 30, 400, 60], [0, 60, 400, 90]])
    assert extract("这次申请办的是哪种卡？", [form]).answer == "季卡"
    assert extract("车位类型选的是哪一种？", [form]).answer == "地下车位"
    sheet = Chunk(source="sheet.jpg", page=1, text="Service level: ☐ Basic check ☑ Standard service ☐ Full strip-down",
                  bbox=[0, 0, 400, 30], line_bboxes=[[0, 0, 400, 30]])
    assert extract("Which service level was ticked?", [sheet]).answer == "Standard service"


def test_a_label_line_over_its_value_line_is_a_pair_and_options_one_under_another_are_one_field():
    """A form read line by line: "申请人：" over "闻人志恒"; "物品类别：" over its options, one
    per line; the label line itself is no answer."""
    form = Chunk(source="report.jpg", page=1, text="申请人：\n闻人志恒\n物品类别：\n☐ 证件\n☑ 电子产品\n☐ 钱包",
                 bbox=[0, 0, 400, 180], line_bboxes=[[0, 30 * i, 400, 30 * i + 30] for i in range(6)])
    assert extract("申请人叫什么名字？", [form]).answer == "闻人志恒"
    assert extract("登记的物品属于哪一类？", [form]).answer == "电子产品"


def test_a_text_layer_pdfs_drawn_boxes_are_read_from_the_rendered_page():
    """A PDF with a text layer prints the options as text and draws the squares: the ticked one
    is read from the page rendered for the layout step."""
    from paddlecamp.docqa import api

    pages = api.ocr(PAGES / "court_hearing_notice_zh.pdf")
    marked = [l.text for p in pages for l in p.lines if "☑" in l.text or "☐" in l.text]
    assert "☑ 直接送达" in marked and "☐ 邮寄送达" in marked and len(marked) == 4


def test_a_ticked_option_outranks_a_cell_that_only_shares_the_questions_words():
    served = Chunk(source="summons.pdf", page=2, kind="table", bbox=[0, 0, 400, 60],
                   text="| 受送达人 | 送达文书 |\n|---|---|\n| 柯晓岚 | 传票、起诉状副本 |", line_bboxes=[])
    ways = Chunk(source="summons.pdf", page=2, text="送达方式：☐ 直接送达 ☑ 邮寄送达", bbox=[0, 60, 400, 90],
                 line_bboxes=[[0, 60, 400, 90]])
    assert extract("传票是用什么方式送达的？", [served, ways]).answer == "邮寄送达"
