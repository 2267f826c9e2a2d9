"""Structured chunks: key-value pairs, sections, paragraphs merged across wraps, table cells
with row and column headers (spans included), and column-wise reading order from regions."""
from __future__ import annotations

import pytest

from paddlecamp.docqa.chunking import chunk_page, join_wrapped, kv_pairs, table_items
from paddlecamp.docqa.records import Cell, Line, Page, Region, Table


def _line(text, order, y, x0=50, x1=600, h=30):
    return Line(text=text, score=1.0, box=[[x0, y], [x1, y], [x1, y + h], [x0, y + h]], order=order)


@pytest.mark.parametrize("text, pairs", [
    ("联系人：王芳", [("联系人", "王芳")]),
    ("Invoice No.: INV-7  Due Date: 14 March 2025", [("Invoice No.", "INV-7"), ("Due Date", "14 March 2025")]),
    ("收款人：林晓梅    复核：陈建国    开票人：王芳", [("收款人", "林晓梅"), ("复核", "陈建国"), ("开票人", "王芳")]),
    ("Start: 09:30 Room: B2", [("Start", "09:30"), ("Room", "B2")]),
    ("The meeting starts at 09:30 sharp.", []),
    ("See https://example.org/docs for details", []),
    # one OCR line for a form row: a sentence-case label, so "Abernathy Sponsor" is no label
    ("Project manager: Skyler Abernathy Sponsor: City of Northport",
     [("Project manager", "Skyler Abernathy"), ("Sponsor", "City of Northport")]),
    ("Account holder: Mary Jane Watson Phone: 555 1234",
     [("Account holder", "Mary Jane Watson"), ("Phone", "555 1234")]),
    # a value that does not end in a capitalized word keeps its next label whole
    ("Date of issue: 3 May 2025 Ref No: A-17", [("Date of issue", "3 May 2025"), ("Ref No", "A-17")]),
    # title-case or one-word first labels: the text cannot tell, read as before
    ("Invoice Number: A17 Due Date: 3 May", [("Invoice Number", "A17"), ("Due Date", "3 May")]),
    ("Name: Mary Watson Phone: 555", [("Name", "Mary"), ("Watson Phone", "555")]),
])
def test_kv_pairs(text, pairs):
    assert [(k, v) for k, v, _, _ in kv_pairs(text)] == pairs


def test_kv_pair_spans_follow_the_names_given_back():
    text = "Project manager: Skyler Abernathy Sponsor: City of Northport"
    assert [text[a:b] for _, _, a, b in kv_pairs(text)] == [
        "Project manager: Skyler Abernathy", "Sponsor: City of Northport"]


def test_wrapped_lines_join_by_language():
    assert join_wrapped(["The sample is stored at four degrees for no", "longer than a week."]) == \
        "The sample is stored at four degrees for no longer than a week."
    assert join_wrapped(["样品应在四摄氏度下保存，", "不超过一周。"]) == "样品应在四摄氏度下保存，不超过一周。"
    assert join_wrapped(["a well-known inter-", "national standard"]) == "a well-known international standard"


def _page(lines, **kw):
    return Page(source="doc.png", page=1, width=1000, height=1400, lines=lines, **kw)


def test_sections_pairs_and_paragraphs():
    lines = [
        _line("Tenancy Agreement", 0, 40, 300, 700, h=50),
        _line("Landlord: Walter James Smith", 1, 120),
        _line("Tenant: Marie-Claire Dubois", 2, 160),
        _line("1. Payment", 3, 240, 50, 250),
        _line("The rent is payable monthly in advance on the first", 4, 290, 50, 900),
        _line("day of each month by bank transfer.", 5, 325, 50, 600),
        _line("A late fee applies after five days.", 6, 400, 50, 620),
    ]
    chunks = chunk_page(_page(lines))
    kv = [c for c in chunks if c.kind == "kv"]
    assert len(kv) == 1 and kv[0].section == "Tenancy Agreement"
    assert [(i["key"], i["value"]) for i in kv[0].items] == [("Landlord", "Walter James Smith"),
                                                             ("Tenant", "Marie-Claire Dubois")]
    # The pair's box is the value's part of the line, inside the line's box.
    box = kv[0].items[0]["bbox"]
    assert 50 <= box[0] < box[2] <= 600 and box[1] == 120
    text = [c for c in chunks if c.kind == "text"]
    assert len(text) == 1 and text[0].section == "1. Payment" and text[0].text.startswith("1. Payment\n")
    assert [i["text"] for i in text[0].items] == [
        "The rent is payable monthly in advance on the first day of each month by bank transfer.",
        "A late fee applies after five days."]


def test_table_items_carry_row_and_multi_level_column_headers():
    # | 区域 | 2025 (colspan 2)  |
    # |      | 一季度 | 二季度 |
    # | 华东 | 120    | 135    |
    # | 华南 | 98     | 101    |
    grid = [["区域", "2025", "2025"], ["区域", "一季度", "二季度"], ["华东", "120", "135"], ["华南", "98", "101"]]
    cells = [Cell(0, 0, "区域", [0, 0, 100, 80], row_span=2, header=True),
             Cell(0, 1, "2025", [100, 0, 300, 40], col_span=2, header=True),
             Cell(1, 1, "一季度", [100, 40, 200, 80], header=True), Cell(1, 2, "二季度", [200, 40, 300, 80], header=True),
             Cell(2, 0, "华东", [0, 80, 100, 120]), Cell(2, 1, "120", [100, 80, 200, 120]),
             Cell(2, 2, "135", [200, 80, 300, 120]), Cell(3, 0, "华南", [0, 120, 100, 160]),
             Cell(3, 1, "98", [100, 120, 200, 160]), Cell(3, 2, "101", [200, 120, 300, 160])]
    table = Table(cells=grid, bbox=[0, 0, 300, 160], cell_list=cells, header_rows=2, header_cols=1,
                  method="slanet")
    items = {(i["row_header"], i["col_header"]): (i["text"], i["bbox"]) for i in table_items(table)}
    assert items[("华东", "2025 / 二季度")] == ("135", [200, 80, 300, 120])
    assert items[("华南", "2025 / 一季度")] == ("98", [100, 120, 200, 160])
    assert len(items) == 4


def test_two_columns_are_read_column_by_column_with_regions():
    left = [_line(f"left {i}", 2 * i, 100 + 40 * i, 50, 450) for i in range(3)]
    right = [_line(f"right {i}", 2 * i + 1, 100 + 40 * i, 550, 950) for i in range(3)]
    regions = [Region("text", [40, 90, 460, 240]), Region("text", [540, 90, 960, 240])]
    chunks = chunk_page(_page(left + right, regions=regions), max_units=1000)
    text = "\n".join(c.text for c in chunks)
    assert text.index("left 2") < text.index("right 0")
    # Without regions the visual rows interleave the columns (what OCR order gives).
    plain = "\n".join(c.text for c in chunk_page(_page(left + right), max_units=1000))
    assert plain.index("right 0") < plain.index("left 1")


def test_labels_beside_their_values_without_a_colon_become_pairs():
    lines = [
        _line("营业执照", 0, 40, 380, 620, h=50),
        _line("统一社会信用代码：91310115MA1H7Q3X2K", 1, 120, 90, 500),
        _line("名称  上海砚山文具有限公司", 2, 160, 90, 430),
        _line("经营范围", 3, 200, 90, 180),
        _line("文具用品零售；办公用品批发", 4, 200, 200, 520),
        _line("成立日期", 5, 240, 90, 180),
        _line("二〇二一年三月九日", 6, 240, 200, 420),
        _line("住所 上海市嘉定区叶城路88号", 7, 280, 90, 430),  # after a row pair, not after its value
        _line("法定代表人王建国", 8, 320, 90, 300),  # glued: the value is a name to the line's end
        _line("本公司成立于2021年。", 9, 400, 90, 380),
    ]
    chunks = chunk_page(_page(lines))
    pairs = [(i["key"], i["value"]) for c in chunks if c.kind == "kv" for i in c.items]
    assert pairs == [("统一社会信用代码", "91310115MA1H7Q3X2K"), ("名称", "上海砚山文具有限公司"),
                     ("经营范围", "文具用品零售；办公用品批发"), ("成立日期", "二〇二一年三月九日"),
                     ("住所", "上海市嘉定区叶城路88号"), ("法定代表人", "王建国")]
    # the pair's box spans label and value; the sentence stays running text
    assert [c for c in chunks if c.kind == "kv"][0].line_bboxes[2] == [90, 200, 520, 230]
    assert [i["text"] for c in chunks if c.kind == "text" for i in c.items] == ["本公司成立于2021年。"]


def test_a_row_of_several_lines_or_a_title_is_not_a_label_beside_its_value():
    lines = [
        _line("Quarterly Report", 0, 40, 50, 400, h=60),  # a title, taller than the body
        _line("2025-06-30", 1, 55, 450, 600),
        _line("Item", 2, 160, 50, 120),
        _line("Qty", 3, 160, 200, 260),
        _line("Price", 4, 160, 320, 400),
        _line("Total", 5, 160, 440, 520),  # four evenly spaced words: column names, not two pairs
        _line("北京 上海 广州", 6, 240, 50, 400),  # spaced words alone: no pair near it
    ]
    chunks = chunk_page(_page(lines))
    assert not [c for c in chunks if c.kind == "kv"]
    assert chunks[0].section == "Quarterly Report"


def test_a_row_of_labels_each_with_its_value_beside_it_becomes_pairs():
    # a signature block: label, the name on its line, then the next label well apart
    lines = [
        _line("单位负责人", 0, 400, 80, 190),
        _line("慕容书亭", 1, 398, 320, 420),
        _line("财务负责人", 2, 400, 770, 880),
        _line("宇文佩兰", 3, 398, 1010, 1110),
    ]
    chunks = chunk_page(_page(lines))
    assert [(i["key"], i["value"]) for c in chunks if c.kind == "kv" for i in c.items] == [
        ("单位负责人", "慕容书亭"), ("财务负责人", "宇文佩兰")]
    # the same four lines evenly spaced are a row of column names: no pairs
    even = [_line(l.text, l.order, 400, 80 + 260 * i, 190 + 260 * i) for i, l in enumerate(lines)]
    assert not [c for c in chunk_page(_page(even)) if c.kind == "kv"]


def test_a_label_and_value_split_at_their_leader_dots_are_one_pair():
    lines = [
        _line("报价单号..", 0, 120, 60, 170),
        _line("... SA-2603-0258", 1, 122, 600, 740),  # far along the row: the dots led there
        _line("客户...", 2, 160, 60, 130),
        _line(".公冶文杰 先生", 3, 161, 580, 740),
    ]
    chunks = chunk_page(_page(lines))
    assert [(i["key"], i["value"]) for c in chunks if c.kind == "kv" for i in c.items] == [
        ("报价单号", "SA-2603-0258"), ("客户", "公冶文杰 先生")]


def test_table_cells_lose_the_leader_dots_a_reading_left_at_their_edges():
    t = Table(cells=[["项目", "金额"], ["搬运师傅×3人..", ".. 450.00"]], bbox=[0, 0, 400, 60], header_rows=1)
    assert [(i["row_header"], i["text"]) for i in table_items(t)] == [("搬运师傅×3人", "450.00")]
