"""Tables whose structure the model reads wrongly, on synthetic line boxes: two narrow columns
read as one, a column's header written over the ragged side of its numbers, paragraph or
numbered-instruction lines and ``label: value`` fields at a table's edges, text beside it.

The structure is what SLANet-plus gives back in those cases (fewer columns than printed, an
extra row over the text above the table); the lines are what OCR or a PDF text layer gives.
"""
from __future__ import annotations

import pytest

from paddlecamp.docqa.chunking import table_items
from paddlecamp.docqa.records import Line
from paddlecamp.docqa.structure.table_model import (
    TableStructure,
    build_table,
    column_bands,
    column_cuts,
    parse_cells,
    rebuild_columns,
    trim_table_lines,
)


def _line(text: str, x0: float, y0: float, x1: float, y1: float, order: int) -> Line:
    return Line(text=text, score=0.95, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], order=order)


def _structure(n_rows: int, col_edges: list[float], row_edges: list[float], size: tuple[int, int],
               head: int = 1) -> TableStructure:
    """A plain grid structure (no spans) with cell boxes on the given edges (crop pixels)."""
    tokens, boxes = [], []
    for r in range(n_rows):
        if r == 0:
            tokens.append("<thead>")
        if r == head:
            tokens += ["</thead>", "<tbody>"]
        tokens.append("<tr>")
        for c in range(len(col_edges) - 1):
            tokens.append("<td></td>")
            boxes.append([col_edges[c] + 3, row_edges[r] + 3, col_edges[c + 1] - 3, row_edges[r + 1] - 3])
        tokens.append("</tr>")
    tokens.append("</tbody>")
    return TableStructure(tokens=tokens, cell_boxes=boxes, size=size)


class _Page:
    """Line boxes laid out row by row: ``add(row_texts_with_x)`` at the next row."""

    def __init__(self, top: float = 100, pitch: float = 40, height: float = 26) -> None:
        self.lines: list[Line] = []
        self.y = top
        self.pitch = pitch
        self.h = height

    def row(self, *cells: tuple[str, float, float]) -> None:
        for text, x0, x1 in cells:
            self.lines.append(_line(text, x0, self.y, x1, self.y + self.h, len(self.lines)))
        self.y += self.pitch


# ------------------------------------------------------------------------------------------
# Column boundaries from the x-gaps of the text
# ------------------------------------------------------------------------------------------
STANDINGS = [("Ashford", "30", "21", "5", "68"), ("Kendal", "30", "19", "7", "64"),
             ("Walsden", "30", "18", "6", "60"), ("Penrith", "30", "16", "8", "56")]


def _standings_page() -> _Page:
    """Club, P, W, D, Pts; W and D are narrow number columns 12 px apart (OCR boxes padded,
    so the padded boxes of W's numbers and D's numbers nearly touch)."""
    page = _Page()
    page.row(("Club", 20, 90), ("P", 300, 322), ("W", 350, 380), ("D", 404, 426), ("Pts", 480, 520))
    for club, p, w, d, pts in STANDINGS:
        page.row((club, 20, 140), (p, 296, 334), (w, 352, 392), (d, 406, 434), (pts, 482, 522))
    return page


def test_two_narrow_number_columns_read_as_one_are_split():
    page = _standings_page()
    # the model reads four columns: W and D as one (edges in crop pixels; the crop starts at 10, 90)
    structure = _structure(5, [0, 200, 330, 450, 530], [0, 40, 80, 120, 160, 200], (540, 210))
    table = build_table(structure, page.lines, (10, 90))
    assert table.n_cols == 5
    assert table.cells[0] == ["Club", "P", "W", "D", "Pts"]
    assert table.cells[3] == ["Walsden", "30", "18", "6", "60"]
    items = {(it["row_header"], it["col_header"]): it["text"] for it in table_items(table)}
    assert items[("Walsden", "W")] == "18" and items[("Walsden", "D")] == "6"
    assert sorted(table.line_orders) == list(range(len(page.lines)))


def test_column_bands_need_two_rows_with_text_on_both_sides_of_a_gap():
    page = _standings_page()
    rows = [page.lines[i:i + 5] for i in range(5, len(page.lines), 5)]
    bands = column_bands(rows)
    assert len(bands) == 5  # Club, P, W, D, Pts
    # one row whose cell holds two words far apart: a ragged cell, not a column
    ragged = [[_line("pcs", 100, 0, 140, 20, 0), _line("each", 150, 0, 190, 20, 1)],
              [_line("box", 100, 30, 130, 50, 2)]]
    assert len(column_bands(ragged)) == 1


def test_headers_over_the_ragged_side_of_right_aligned_numbers_join_their_column():
    """Booktabs style: headers left-aligned, numbers right-aligned, so each header stands
    left of its numbers and nearer to the previous column's numbers than to its own."""
    page = _Page()
    page.row(("Language", 20, 150), ("Hours", 300, 380), ("Full FT", 440, 530), ("LoRA", 620, 690))
    for lang, a, b, c in [("Welsh", "10", "21.4", "20.9"), ("Basque", "10", "17.8", "17.1"),
                          ("Mongolian", "10", "33.1", "32.0")]:
        page.row((lang, 20, 150), (a, 392, 420), (b, 552, 600), (c, 732, 780))
    body = [page.lines[i:i + 4] for i in range(4, len(page.lines), 4)]
    bands = column_bands(body)
    cuts = column_cuts(body, bands, 26)
    assert len(cuts) == 3
    # each header lies between the previous number column's right edge and its own
    assert cuts[0] < 300 and 420 <= cuts[1] <= 440 and 600 <= cuts[2] <= 620
    # the model read three columns: Full FT's and LoRA's numbers as one
    structure = _structure(4, [0, 250, 430, 800], [0, 40, 80, 120, 160], (810, 170))
    table = build_table(structure, page.lines, (10, 90))
    assert table.cells == [["Language", "Hours", "Full FT", "LoRA"], ["Welsh", "10", "21.4", "20.9"],
                           ["Basque", "10", "17.8", "17.1"], ["Mongolian", "10", "33.1", "32.0"]]


def test_columns_the_model_already_reads_right_are_kept():
    page = _standings_page()
    structure = _structure(5, [0, 200, 330, 385, 450, 530], [0, 40, 80, 120, 160, 200], (540, 210))
    table = build_table(structure, page.lines, (10, 90))
    cells, _, _ = parse_cells(structure.tokens, structure.cell_boxes)
    assert table.cells[2] == ["Kendal", "30", "19", "7", "64"]
    members = [[l] for l in page.lines]  # one line per cell, in the model's order
    assert rebuild_columns(cells, members, 1, 5, 0, 600) is None


def test_a_spanning_header_over_two_columns_spans_them():
    page = _Page()
    page.row(("20' GP", 230, 300), ("40' HC", 430, 500))
    page.row(("USD", 200, 240), ("Basis", 280, 330), ("USD", 400, 440), ("Basis", 480, 530))
    for n, a, b in [(0, "1,450", "2,380"), (1, "210", "395"), (2, "265", "345")]:
        page.row((a, 215, 262), ("per box", 274, 330), (b, 415, 462), ("per box", 474, 530))
    # the model merges each amount with its basis
    structure = _structure(5, [0, 240, 480, 560], [0, 40, 80, 120, 160, 200], (570, 210), head=2)
    table = build_table(structure, page.lines, (170, 90))
    assert table.n_cols == 4
    assert table.cells[0] == ["20' GP", "20' GP", "40' HC", "40' HC"]
    assert table.cells[1] == ["USD", "Basis", "USD", "Basis"]
    assert table.cells[2] == ["1,450", "per box", "2,380", "per box"]
    items = {(it["row"], it["col_header"]): it["text"] for it in table_items(table)}
    assert items[(3, "40' HC / USD")] == "395"


# ------------------------------------------------------------------------------------------
# The table's extent
# ------------------------------------------------------------------------------------------
def _ingredients_page() -> _Page:
    page = _Page()
    page.row(("Ingredient", 20, 150), ("Metric", 260, 340), ("Note", 420, 480))
    for name, metric, note in [("Ricotta cheese", "250 g", "whole milk"), ("Plain flour", "150 g", "sifted"),
                               ("Eggs", "3", "separated"), ("Butter", "30 g", "for the pan")]:
        page.row((name, 20, 200), (metric, 260, 320), (note, 420, 560))
    return page


def test_numbered_instruction_lines_below_a_table_are_not_rows():
    page = _ingredients_page()
    n_table = len(page.lines)
    page.row(("3. Beat the egg whites to soft peaks", 20, 430))
    page.row(("4. Fold the whites into the batter", 20, 400))
    kept = trim_table_lines(page.lines)
    assert [l.order for l in kept] == list(range(n_table))
    # the model gave the instructions rows of their own
    structure = _structure(7, [0, 230, 400, 560], [0, 40, 80, 120, 160, 200, 240, 280], (570, 290))
    table = build_table(structure, page.lines, (10, 90))
    assert table.n_rows == 5 and table.cells[-1] == ["Butter", "30 g", "for the pan"]
    assert sorted(table.line_orders) == list(range(n_table))  # the instructions stay text


def test_a_paragraph_line_spanning_the_gutters_ends_the_table():
    page = _ingredients_page()
    n_table = len(page.lines)
    page.row(("to full fine-tuning while training 3 per cent of the weights", 20, 540))
    assert [l.order for l in trim_table_lines(page.lines)] == list(range(n_table))


def test_a_numbered_table_keeps_its_numbered_rows():
    page = _Page()
    page.row(("Step", 20, 90), ("Action", 200, 280), ("Minutes", 420, 500))
    for i, (act, mins) in enumerate([("Mix the dry goods well", "5"), ("Whisk in the milk slowly", "3"),
                                     ("Rest the batter in the fridge", "30")], 1):
        page.row((f"{i}.", 20, 40), (act, 200, 400), (mins, 420, 440))
    assert trim_table_lines(page.lines) == page.lines


def test_label_value_fields_above_a_table_are_not_its_header():
    page = _Page()
    page.row(("Quote No.: BW-Q-25-0619", 20, 200), ("Date: 19 June 2025", 300, 420))
    page.row(("Customer: Trent Harlow", 20, 210), ("Valid until: 31 July 2025", 300, 450))
    first = len(page.lines)
    page.row(("Charge", 20, 90), ("USD", 300, 340), ("Basis", 400, 450))
    for name, usd, basis in [("Ocean freight", "1,450", "per box"), ("Bunker surcharge", "210", "per box"),
                             ("Documentation", "55", "per B/L")]:
        page.row((name, 20, 180), (usd, 290, 340), (basis, 400, 460))
    kept = trim_table_lines(page.lines)
    assert [l.order for l in kept] == list(range(first, len(page.lines)))
    # the model took the fields in as a first header row
    structure = _structure(6, [0, 250, 370, 480], [0, 40, 80, 120, 160, 200, 240], (490, 250), head=3)
    table = build_table(structure, page.lines, (10, 90))
    assert table.cells[0] == ["Charge", "USD", "Basis"]
    assert table.header_rows == 1
    items = {(it["row_header"], it["col_header"]): it["text"] for it in table_items(table)}
    assert items[("Bunker surcharge", "USD")] == "210"


def test_text_beside_the_header_row_is_left_out():
    page = _Page()
    page.row(("Item", 20, 80), ("Qty", 200, 240), ("Price", 300, 360), ("Page 2 of 3", 700, 800))
    for item, q, p in [("Bolt", "4", "0.20"), ("Nut", "8", "0.10"), ("Washer", "8", "0.05")]:
        page.row((item, 20, 100), (q, 200, 215), (p, 300, 345))
    kept = trim_table_lines(page.lines)
    assert "Page 2 of 3" not in [l.text for l in kept] and len(kept) == len(page.lines) - 1


def test_blocks_of_fields_and_their_headings_above_a_table_are_cut_off():
    """A layout box over a form: two blocks of side-by-side fields, each under a one-line
    heading, then the table's caption and the table. The model gives every visual row a
    grid row and six columns; the table is the last three rows and four columns."""
    page = _Page()
    page.row(("Name: Roger Tremblay", 20, 220), ("Licence No.: T6512-44810", 460, 700))
    page.row(("Date of birth: 11/07/1986", 20, 240), ("Phone: +1 514 555 0182", 460, 660))
    page.row(("Vehicle", 10, 90))
    page.row(("Make and model: Toyota RAV4", 20, 300), ("Plate: FXK 2291", 460, 580))
    page.row(("Colour: Silver", 20, 130), ("Category: Intermediate SUV", 460, 690))
    page.row(("Rental period", 10, 160))
    first = len(page.lines)
    page.row(("Date", 180, 220), ("Time", 370, 410), ("Location", 500, 580))
    page.row(("Pick-up", 20, 90), ("06/20/2025", 180, 280), ("10:00", 370, 410), ("Montreal Airport", 500, 680))
    page.row(("Return", 20, 85), ("06/27/2025", 180, 280), ("18:00", 370, 410), ("Quebec City", 500, 640))
    kept = trim_table_lines(page.lines)
    assert [l.order for l in kept] == list(range(first, len(page.lines)))
    structure = _structure(9, [0, 150, 250, 350, 450, 600, 720], [40 * i for i in range(10)], (730, 370), head=6)
    table = build_table(structure, page.lines, (10, 90))
    assert table.cells == [["", "Date", "Time", "Location"],
                           ["Pick-up", "06/20/2025", "10:00", "Montreal Airport"],
                           ["Return", "06/27/2025", "18:00", "Quebec City"]]
    items = {(it["row_header"], it["col_header"]): it["text"] for it in table_items(table)}
    assert items[("Return", "Time")] == "18:00"


# ------------------------------------------------------------------------------------------
# Two printed columns the detector read as one line per row
# ------------------------------------------------------------------------------------------
MENU = [("麻婆豆腐", "28 中辣"), ("宫保鸡丁", "42 微辣"), ("水煮牛肉", "68 特辣"), ("回锅肉", "46中辣"), ("冰粉", "9 不辣")]


def _glued_table(header: str, rows: list[tuple[str, str]]):
    page = _Page()
    page.row(("菜品", 20, 100), (header, 300, 420))
    for dish, glued in rows:
        page.row((dish, 20, 120), (glued, 300, 400))
    structure = _structure(len(rows) + 1, [0, 200, 480], [40 * i for i in range(len(rows) + 2)], (490, 250))
    return build_table(structure, page.lines, (10, 90))


def test_a_number_glued_to_the_next_columns_word_is_split_into_two_columns():
    table = _glued_table("价格(元) 辣度", MENU)
    assert table.cells[0] == ["菜品", "价格(元)", "辣度"]
    assert table.cells[3] == ["水煮牛肉", "68", "特辣"]
    assert table.cells[4] == ["回锅肉", "46", "中辣"]  # no space between them: still cut after the number
    price, spice = (next(c for c in table.cell_list if c.row == 3 and c.col == k) for k in (1, 2))
    assert price.bbox[2] <= spice.bbox[0] and price.bbox[0] >= 300 and spice.bbox[2] <= 420
    assert len(set(table.line_orders)) == len(table.line_orders)
    # a count keeps its measure word: "1张 需拆装" is 1张 | 需拆装, with or without the space
    goods = [("双人床", "1张 需拆装"), ("衣柜", "2个 需拆装"), ("冰箱", "1台 提前12小时断电"), ("洗衣机", "1台排空存水"),
             ("书籍", "约18箱")]
    table = _glued_table("数量 备注", goods)
    assert table.cells[0] == ["菜品", "数量", "备注"]
    assert table.cells[1:] == [["双人床", "1张", "需拆装"], ["衣柜", "2个", "需拆装"], ["冰箱", "1台", "提前12小时断电"],
                               ["洗衣机", "1台", "排空存水"], ["书籍", "约18箱", ""]]


def test_numbers_with_their_units_and_single_word_headers_stay_one_column():
    weights = [("螺栓", "25 kg"), ("螺母", "12 kg"), ("垫片", "3 kg"), ("销钉", "8 kg")]
    assert _glued_table("重量", weights).cells[1] == ["螺栓", "25 kg"]
    assert _glued_table("重量", MENU).cells[1] == ["麻婆豆腐", "28 中辣"]  # the header is one word
    terms = [("A", "3 months"), ("B", "6 months"), ("C", "12 months"), ("D", "2 years")]
    assert _glued_table("Warranty period", terms).cells[3] == ["C", "12 months"]  # a duration is one value


# ------------------------------------------------------------------------------------------
# Rows and two-level headers from the geometry of the text
# ------------------------------------------------------------------------------------------
UPPER = [("Performance", 88, 197), ("Tickets", 390, 452), ("Capacity", 620, 694), ("Gross", 860, 907)]
LOWER = [("Date", 32, 72), ("Time", 175, 217), ("Sold", 325, 362), ("Comps", 412, 469), ("Held", 528, 568),
         ("sold", 657, 694), ("receipts", 840, 907)]
BODY_X = [(32, 115), (175, 217), (330, 362), (450, 469), (555, 568), (660, 694), (820, 907)]
SHOWS = [("Tue 5 May", "19:30", "418", "22", "6", "73%", "£13,794.00"),
         ("Thu 7 May", "19:30", "502", "18", "6", "86%", "£16,566.00")]


def _box_office(upper: list[tuple[str, float, float]], slope: float = 0.0) -> list[Line]:
    """A header on two levels (group labels over some columns, labels wrapped onto two lines
    over others) above two body rows; the model reads the header as one row. ``slope``
    tilts the rows (a photographed page: dy per pixel of x)."""
    def line(t: str, x0: float, y0: float, x1: float) -> Line:
        dy = 10 + slope * (x0 + x1) / 2
        return _line(t, x0, y0 + dy, x1, y0 + 17 + dy, 0)

    lines = [line(t, x0, 5, x1) for t, x0, x1 in upper] + [line(t, x0, 37, x1) for t, x0, x1 in LOWER]
    for r, show in enumerate(SHOWS):
        lines += [line(t, x0, 70 + 32 * r, x1) for t, (x0, x1) in zip(show, BODY_X)]
    for i, l in enumerate(lines):
        l.order = i
    return lines


#: The model's grid: the header as one row over the two body rows.
BOX_OFFICE_GRID = _structure(3, [0, 150, 250, 390, 490, 600, 740, 940], [0, 72, 105, 138], (950, 140))


@pytest.mark.parametrize("slope", [0.0, -0.012])
def test_group_labels_span_the_columns_under_them_and_the_free_ones_beside(slope):
    table = build_table(BOX_OFFICE_GRID, _box_office(UPPER, slope))
    assert table.header_rows == 2
    # "Tickets" stands over "Comps" only; "Sold" and "Held" have nothing above them and join it.
    # "Capacity" lines up with "sold" under it: one label on two lines
    assert table.cells[0] == ["Performance", "Performance", "Tickets", "Tickets", "Tickets", "Capacity sold",
                              "Gross receipts"]
    assert table.cells[1] == ["Date", "Time", "Sold", "Comps", "Held", "Capacity sold", "Gross receipts"]
    assert table.cells[3] == list(SHOWS[1])
    items = {(it["row"], it["col_header"]): it["text"] for it in table_items(table)}
    assert items[(3, "Tickets / Sold")] == "502" and items[(3, "Tickets / Comps")] == "18"
    assert items[(3, "Capacity sold")] == "86%"
    spans = {c.text: (c.row, c.col, c.row_span, c.col_span) for c in table.cell_list if c.header}
    assert spans["Tickets"] == (0, 2, 1, 3) and spans["Capacity sold"] == (0, 5, 2, 1)


def test_a_header_of_labels_wrapped_onto_two_lines_stays_one_row():
    table = build_table(BOX_OFFICE_GRID, _box_office(UPPER[2:]))  # no group labels
    assert table.header_rows == 1
    assert table.cells[0][5:] == ["Capacity sold", "Gross receipts"]
    assert table.cells[1] == list(SHOWS[0])


def test_lines_move_to_the_row_they_line_up_with():
    from paddlecamp.docqa.structure.table_header import reassign_rows
    from paddlecamp.docqa.structure.table_model import GridCell

    cells = [GridCell(0, 0, header=True), GridCell(0, 1, header=True), GridCell(1, 0), GridCell(1, 1),
             GridCell(1, 2), GridCell(2, 0), GridCell(2, 1), GridCell(2, 2)]
    members = [[_line("Lot", 10, 10, 40, 33, 0)], [_line("Low", 110, 10, 150, 33, 1)],
               [_line("101", 10, 50, 40, 73, 2)], [_line("1,200", 110, 50, 160, 73, 3)],
               # a header label the model's boxes put into the first body row
               [_line("Hammer (£)", 210, 12, 290, 31, 4), _line("2,350", 240, 50, 290, 73, 5)],
               [_line("102", 10, 90, 40, 113, 6)], [_line("3,000", 110, 90, 160, 113, 7)], []]
    # and a body value read into a header cell whose box ran down the column
    members[1].append(_line("4,100", 240, 91, 290, 112, 8))
    out, parts = reassign_rows(cells, members, [0, 100, 200, 300])
    texts = {(c.row, c.col): [l.text for l in m] for c, m in zip(out, parts)}
    assert texts[(0, 2)] == ["Hammer (£)"] and texts[(1, 2)] == ["2,350"]
    assert texts[(0, 1)] == ["Low"] and texts[(2, 2)] == ["4,100"]
    assert [(c.row, c.col) for c in out] == sorted((c.row, c.col) for c in out)
    assert out[[(c.row, c.col) for c in out].index((0, 2))].header
    # lines within their own row's band (a value set a little low, a wrapped second line) stay
    kept = members[:4] + [[_line("2,350", 240, 50, 290, 73, 5), _line("(sold)", 240, 66, 290, 84, 9)]]
    same, same_parts = reassign_rows(cells[:5], kept, [0, 100, 200, 300])
    assert [(c.row, c.col) for c in same] == [(c.row, c.col) for c in cells[:5]]
    assert [[l.text for l in m] for m in same_parts] == [[l.text for l in m] for m in kept]


def test_group_labels_centred_between_short_labels_in_a_tight_header():
    """"白天" and "夜间" overlap neither label under them; "日期" and "风向风力", centred over
    both header lines, end just below the lower line's top (the lines are set tight)."""
    header = [("日期", 20, 24, 60), ("白天", 195, 5, 235), ("夜间", 420, 5, 460), ("风向风力", 580, 24, 650),
              ("天气", 120, 40, 160), ("最高气温", 240, 40, 310), ("天气", 360, 40, 400), ("最低气温", 480, 40, 550)]
    lines = [_line(t, x0, y, x1, y + 18, 0) for t, x0, y, x1 in header]
    cols = [(20, 90), (120, 170), (240, 280), (360, 400), (480, 520), (580, 660)]
    for r, day in enumerate([("7月14日", "雷阵雨", "34℃", "多云", "27℃", "东南风3级"),
                             ("7月15日", "多云", "35℃", "晴", "28℃", "南风2级")]):
        lines += [_line(t, a, 75 + 30 * r, b, 93 + 30 * r, 0) for t, (a, b) in zip(day, cols)]
    for i, l in enumerate(lines):
        l.order = i
    table = build_table(_structure(3, [10, 110, 230, 350, 470, 575, 680], [0, 67, 98, 128], (700, 130)), lines)
    assert table.cells[0] == ["日期", "白天", "白天", "夜间", "夜间", "风向风力"]
    assert table.cells[1] == ["日期", "天气", "最高气温", "天气", "最低气温", "风向风力"]
    items = {it["col_header"]: it["text"] for it in table_items(table) if it["row"] == 3}
    assert items["夜间 / 天气"] == "晴" and items["白天 / 天气"] == "多云"


# ------------------------------------------------------------------------------------------
# Lines across a gutter, rows read as one, values read into the next column
# ------------------------------------------------------------------------------------------
def _invoice_page() -> _Page:
    """#, Description, Qty, Unit price, Amount; under the items a total label written across
    the Qty and Unit price columns."""
    page = _Page()
    page.row(("#", 20, 40), ("Description", 80, 300), ("Qty", 500, 540), ("Unit price", 640, 760),
             ("Amount", 880, 980))
    for n, desc, qty, price, amount in [("1", "Route planner licence", "45", "€420.00", "€18,900.00"),
                                        ("2", "Telemetry API", "1", "€9,600.00", "€9,600.00"),
                                        ("3", "Onboarding workshop", "2", "€1,450.00", "€2,900.00")]:
        page.row((n, 20, 35), (desc, 80, 420), (qty, 515, 540), (price, 650, 760), (amount, 870, 980))
    page.row(("Subtotal", 670, 760), ("€35,210.00", 860, 980))
    page.row(("VAT (reverse charge, 0%)", 500, 760), ("€0.00", 920, 980))
    return page


def test_a_label_alone_across_a_gutter_spans_it_and_keeps_the_columns_apart():
    page = _invoice_page()
    body = [[l for l in page.lines if l.bbox[1] == y] for y in sorted({l.bbox[1] for l in page.lines})][1:]
    assert len(column_bands(body)) == 5  # the VAT label alone does not merge Qty and Unit price
    # the model reads Qty and Unit price as one column
    structure = _structure(6, [0, 50, 450, 800, 1000], [40 * i for i in range(7)], (1010, 250))
    table = build_table(structure, page.lines, (10, 90))
    assert table.n_cols == 5
    assert table.cells[0] == ["#", "Description", "Qty", "Unit price", "Amount"]
    assert table.cells[1] == ["1", "Route planner licence", "45", "€420.00", "€18,900.00"]
    assert table.cells[5] == ["", "", "", "VAT (reverse charge, 0%)", "€0.00"]


def test_columns_the_model_read_but_left_empty_do_not_stop_a_rebuild():
    page = _Page()
    xs = [(20, 80), (200, 260), (400, 440), (480, 520), (700, 760)]
    for row in (("Item", "Code", "Net", "Qty", "Value"), ("Pendant", "7113", "4.2", "600", "21,600"),
                ("Necklace", "7116", "9.8", "450", "18,225"), ("Box", "4420", "31.5", "1,050", "4,725")):
        page.row(*[(t, x0, x1) for t, (x0, x1) in zip(row, xs)])
    # six model columns: two of them empty gutters, Net and Qty read as one (crop at 10, 90)
    structure = _structure(4, [0, 140, 290, 370, 550, 610, 790], [0, 40, 80, 120, 160], (800, 170))
    table = build_table(structure, page.lines, (10, 90))
    assert table.cells[0] == ["Item", "Code", "Net", "Qty", "Value"]
    assert table.cells[2] == ["Necklace", "7116", "9.8", "450", "18,225"]


def test_a_header_over_no_values_names_the_values_beside_it():
    page = _Page()
    page.row(("Description", 20, 160), ("Amount", 320, 400))
    for label, amount in [("Air fare", "SGD 3,845.00"), ("Taxes", "SGD 612.40"), ("Seats", "SGD 90.00")]:
        page.row((label, 20, 200), (amount, 560, 690))
    # the model reads three columns: the header's slot and the values' slot apart (crop at 10, 90)
    structure = _structure(4, [0, 260, 460, 700], [0, 40, 80, 120, 160], (710, 170))
    table = build_table(structure, page.lines, (10, 90))
    assert table.cells == [["Description", "Amount"], ["Air fare", "SGD 3,845.00"], ["Taxes", "SGD 612.40"],
                           ["Seats", "SGD 90.00"]]
    assert {it["row_header"]: it["col_header"] for it in table_items(table)}["Taxes"] == "Amount"


def _stacked_page(rows: list[tuple[tuple[str, ...], ...]]) -> list[Line]:
    """Header Characteristic | 150 mg | Placebo, then model rows whose cells hold the given
    lines one above the other (26 px lines, 30 px apart)."""
    lines: list[Line] = []
    xs = [(20, 300), (400, 480), (600, 700)]
    for text, (x0, x1) in zip(("Characteristic", "150 mg", "Placebo"), xs):
        lines.append(_line(text, x0, 100, x1, 126, len(lines)))
    y = 140
    for row in rows:
        for stack, (x0, x1) in zip(row, xs):
            for i, text in enumerate(stack):
                lines.append(_line(text, x0, y + 30 * i, x1 if i == 0 else x1 - 20, y + 30 * i + 26, len(lines)))
        y += 30 * max(len(s) for s in row) + 14
    return lines


def test_a_model_row_holding_two_printed_rows_is_split():
    lines = _stacked_page([(("Participants randomised", "Mean age, years"), ("214", "44.8"), ("107", "45.3")),
                           (("Women, n (%)",), ("88 (41%)",), ("45 (42%)",))])
    # the model's rows: the header, the two stacked printed rows as one, the last row (crop at 10, 90)
    structure = _structure(3, [0, 350, 550, 720], [0, 44, 118, 160], (730, 170))
    table = build_table(structure, lines, (10, 90))
    assert table.cells == [["Characteristic", "150 mg", "Placebo"], ["Participants randomised", "214", "107"],
                           ["Mean age, years", "44.8", "45.3"], ["Women, n (%)", "88 (41%)", "45 (42%)"]]
    assert len(table.row_bboxes) == 4 and table.row_bboxes[1][3] <= table.row_bboxes[2][1]


def test_a_wrapped_cell_beside_one_line_values_stays_one_row():
    lines = _stacked_page([(("Amber pendants,", "sterling silver setting"), ("214",), ("107",)),
                           (("Linen pouches",), ("88",), ("45",))])
    structure = _structure(3, [0, 350, 550, 720], [0, 44, 118, 160], (730, 170))
    table = build_table(structure, lines, (10, 90))
    assert table.cells[1] == ["Amber pendants, sterling silver setting", "214", "107"]
    # two stacked lines of words in every cell (nothing a value) are wrapped text, not two rows
    lines = _stacked_page([(("Amber pendants,", "silver setting"), ("Baltic", "amber"), ("hand", "made")),
                           (("Linen pouches",), ("88",), ("45",))])
    assert build_table(structure, lines, (10, 90)).n_rows == 3


TAX = [("工资薪金收入", "286,400.00 12个月合计"), ("劳务报酬收入", "18,000.00 已按80%计入"),
       ("稿酬收入", "5,000.00 已按56%计入"), ("子女教育", "24,000.00 两名子女")]


def _joined_table(rows: list[tuple[str, str]]):
    """项目 | 金额 | 说明 whose amount and note were read as one line, in the note's column."""
    page = _Page()
    page.row(("项目", 20, 80), ("金额", 240, 290), ("说明", 330, 400))
    for label, joined in rows:
        page.row((label, 20, 150), (joined, 312, 480))
    structure = _structure(len(rows) + 1, [0, 200, 300, 490], [40 * i for i in range(len(rows) + 2)], (500, 220))
    return build_table(structure, page.lines, (10, 90))


def test_numbers_read_into_the_next_column_move_to_their_empty_column():
    table = _joined_table(TAX)
    assert table.cells[0] == ["项目", "金额", "说明"]
    assert table.cells[1] == ["工资薪金收入", "286,400.00", "12个月合计"]  # the note starts with a number too
    assert table.cells[2] == ["劳务报酬收入", "18,000.00", "已按80%计入"]
    amount, note = (next(c for c in table.cell_list if c.row == 2 and c.col == k) for k in (1, 2))
    assert amount.bbox[2] <= note.bbox[0]
    # values with their units are one value; the empty column stays empty
    weights = [("螺栓", "25 kg 镀锌"), ("螺母", "12 kg"), ("垫片", "3 kg"), ("销钉", "8 kg")]
    assert _joined_table(weights).cells[2] == ["螺母", "", "12 kg"]


def _roster(second_header: bool) -> list[Line]:
    """组别 | 姓名 | 周一..周三 | 工时 (six columns, 26 px lines), optionally a row of days and a
    unit under the header (first two cells empty), then a model row holding two printed rows
    of names and shift codes with the group label "A组" once, centred beside them, and a last
    row."""
    xs = [(20, 70), (120, 190), (260, 300), (360, 400), (460, 500), (560, 620)]
    page = _Page()
    page.row(*[(t, x0, x1) for t, (x0, x1) in zip(("组别", "姓名", "周一", "周二", "周三", "工时"), xs)])
    if second_header:
        page.row(*[(t, x0, x1) for t, (x0, x1) in zip(("16日", "17日", "18日", "(小时)"), xs[2:])])
    y = page.y
    for i, row in enumerate([("方晓琳", "白", "小夜", "休", "40"), ("陆雨萱", "大夜", "休", "白", "36")]):
        for t, (x0, x1) in zip(row, xs[1:]):
            page.lines.append(_line(t, x0, y + 30 * i, x1, y + 30 * i + 26, len(page.lines)))
    page.lines.append(_line("A组", *xs[0][:1], y + 15, xs[0][1], y + 41, len(page.lines)))
    page.y = y + 74
    page.row(*[(t, x0, x1) for t, (x0, x1) in zip(("B组", "贺芷晴", "学", "白", "休", "36"), xs)])
    return page.lines


def test_a_model_row_of_stacked_words_in_many_cells_is_split_beside_its_group_label():
    lines = _roster(second_header=False)
    # the model's rows: the header, the two printed rows as one (with the group label), the last row
    structure = _structure(3, [0, 90, 220, 330, 430, 530, 640], [0, 40, 114, 154], (650, 160))
    table = build_table(structure, lines, (10, 90))
    assert table.n_rows == 4
    assert [row[1:] for row in table.cells[1:3]] == [["方晓琳", "白", "小夜", "休", "40"],
                                                   ["陆雨萱", "大夜", "休", "白", "36"]]
    assert "A组" in (table.cells[1][0], table.cells[2][0])


def test_a_row_of_days_and_units_under_the_header_joins_the_header():
    from paddlecamp.docqa.chunking import table_items

    lines = _roster(second_header=True)
    # rows: header, the days row, the stacked pair, the last row (crop at 10, 90)
    structure = _structure(4, [0, 90, 220, 330, 430, 530, 640], [0, 40, 80, 154, 194], (650, 200))
    table = build_table(structure, lines, (10, 90))
    assert table.header_rows == 2
    assert table.cells[3][1:] == ["陆雨萱", "大夜", "休", "白", "36"]
    heads = {(it["row"], it["text"]): it["col_header"] for it in table_items(table)}
    assert "周二" in heads[(3, "休")] and "17日" in heads[(3, "休")]
    assert "工时" in heads[(4, "36")] and "小时" in heads[(4, "36")]
    # a first body row of figures (its first cell empty too) is a body row
    lines = [l if l.text not in ("16日", "17日", "18日", "(小时)") else
             _line({"16日": "2", "17日": "3", "18日": "4", "(小时)": "9"}[l.text], *l.bbox, l.order) for l in lines]
    assert build_table(structure, lines, (10, 90)).header_rows == 1


def test_columns_the_model_read_askew_are_rebuilt_from_the_text_though_it_read_more_of_them():
    """The model reads five columns where the text has three (a description spanning two of
    them, two values in one cell, two empty ones): the rebuild from the text's bands runs
    though it finds fewer columns than the model, because the model put two bands' values into
    one body cell."""
    page = _Page(top=90)
    page.row(("Add-on", 20, 100), ("Monthly", 330, 470))
    page.row(("Standard", 300, 370), ("Member", 420, 480))
    for desc, std, mem in [("Extra data, 20 GB", "£6.00", "£5.00"), ("Device insurance", "£7.99", "£6.99")]:
        page.row((desc, 20, 220), (std, 310, 360), (mem, 430, 480))
    edges = [0, 120, 250, 500, 530, 560]  # crop pixels (the crop starts at 10, 90)
    ys = [0, 40, 80, 120, 160]
    tokens, boxes = ["<thead>"], []

    def cell(r, c0, c1, span=""):
        tokens.extend(["<td", span, ">", "</td>"] if span else ["<td></td>"])
        boxes.append([edges[c0] + 3, ys[r] + 3, edges[c1] - 3, ys[r + 1] - 3])

    rows = [[(0, 2, ' colspan="2"'), (2, 5, ' colspan="3"')], [(k, k + 1, "") for k in range(5)]] + \
        [[(0, 2, ' colspan="2"')] + [(k, k + 1, "") for k in (2, 3, 4)]] * 2
    for r, row in enumerate(rows):
        tokens.append("<tr>")
        for c0, c1, span in row:
            cell(r, c0, c1, span)
        tokens += ["</tr>", "</thead>", "<tbody>"] if r == 1 else ["</tr>"]
    tokens.append("</tbody>")
    table = build_table(TableStructure(tokens=tokens, cell_boxes=boxes, size=(570, 170)), page.lines, (10, 90))
    assert table.n_cols == 3
    assert table.cells[-2:] == [["Extra data, 20 GB", "£6.00", "£5.00"], ["Device insurance", "£7.99", "£6.99"]]
    heads = {it["text"]: it["col_header"] for it in table_items(table)}
    assert "Member" in heads["£6.99"] and "Standard" in heads["£7.99"]
