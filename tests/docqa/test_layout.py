"""Reading order and grid-table detection on hand-made OCR lines (no model needed)."""
from __future__ import annotations

from paddlecamp.docqa.ocr.engine import RawLine
from paddlecamp.docqa.ocr.layout import find_tables, order_lines


def _line(text, x0, y0, x1, y1):
    return RawLine(text=text, score=0.99, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]])


def test_reading_order_rows_then_left_to_right():
    raw = [_line("right", 400, 102, 500, 130), _line("second row", 50, 200, 300, 228),
           _line("left", 50, 100, 150, 128), _line("title", 50, 20, 300, 60)]
    lines, rows = order_lines(raw)
    assert [l.text for l in lines] == ["title", "left", "right", "second row"]
    assert [l.order for l in lines] == [0, 1, 2, 3]
    assert [len(r) for r in rows] == [1, 2, 1]


def test_grid_table_found_with_columns_and_empty_cell():
    raw = [_line("A paragraph of running text above the table.", 50, 20, 700, 50)]
    grid = [["Part", "Qty", "Cost"], ["Valve", "2", "900"], ["Seal", "", "375"]]
    xs = [(50, 150), (300, 360), (500, 580)]
    for r, row in enumerate(grid):
        y = 100 + 50 * r
        for (x0, x1), text in zip(xs, row):
            if text:
                raw.append(_line(text, x0, y, x1, y + 30))
    lines, rows = order_lines(raw)
    tables = find_tables(rows)
    assert len(tables) == 1
    t = tables[0]
    assert t.cells == grid
    assert t.to_markdown().splitlines() == ["| Part | Qty | Cost |", "|---|---|---|", "| Valve | 2 | 900 |",
                                           "| Seal |  | 375 |"]
    # The paragraph is not part of the table.
    assert lines[0].order not in t.line_orders
    assert len(t.line_orders) == 8


def test_wrapped_cell_keeps_its_row_in_the_table():
    """A cell that wraps onto a second line, its neighbours' one-line cells centred on the
    pair: the row stays in the table (the stacked lines are one segment), and the cell reads
    top down."""
    raw = []
    xs = [(50, 140), (220, 330), (650, 740)]
    for r, row in enumerate([["Date", "Vaccine", "Vet"], ["2024-08-10", "DHPPi", "Song"]]):
        for (x0, x1), text in zip(xs, row):
            raw.append(_line(text, x0, 100 + 32 * r, x1, 120 + 32 * r))
    raw += [_line("DHPPi (2nd)", 220, 160, 330, 180), _line("+ rabies", 218, 178, 316, 198),
            _line("2024-09-07", 50, 169, 140, 189), _line("Wu", 650, 169, 700, 189),
            _line("2024-10-05", 50, 212, 140, 232), _line("DHPPi (3rd)", 220, 212, 330, 232),
            _line("Wu", 650, 212, 700, 232)]
    _, rows = order_lines(raw)
    tables = find_tables(rows)
    assert len(tables) == 1
    assert tables[0].cells == [["Date", "Vaccine", "Vet"], ["2024-08-10", "DHPPi", "Song"],
                               ["2024-09-07", "DHPPi (2nd) + rabies", "Wu"], ["2024-10-05", "DHPPi (3rd)", "Wu"]]


def test_cells_set_close_together_do_not_break_the_table():
    """Two cells closer than a word gap ("11.6 kg" right aligned against a date) read as one
    segment: the row still counts as several cells, and the table keeps its rows."""
    raw = [_line("Date", 50, 100, 90, 122), _line("Drug", 280, 100, 320, 122), _line("Weight Next", 700, 100, 800, 122)]
    for r, (d, drug, kg, nxt) in enumerate([("2026-01-20", "Heartgard", "11.6 kg", "2026-02-20"),
                                             ("2025-12-18", "Frontline", "11.9 kg", "2026-01-18")]):
        y = 132 + 30 * r
        raw += [_line(d, 50, y, 140, y + 20), _line(drug, 280, y, 390, y + 20), _line(kg, 690, y, 748, y + 20),
                _line(nxt, 758, y, 845, y + 20)]
    _, rows = order_lines(raw)
    tables = find_tables(rows)
    assert len(tables) == 1
    assert tables[0].cells == [["Date", "Drug", "Weight Next"], ["2026-01-20", "Heartgard", "11.6 kg 2026-02-20"],
                               ["2025-12-18", "Frontline", "11.9 kg 2026-01-18"]]


def test_key_value_form_rows_are_not_a_table():
    raw = [_line("Name: Li Lei", 50, 100, 250, 130), _line("Dept: Sales", 500, 100, 700, 130),
           _line("Date: 2025-01-02", 50, 150, 300, 180), _line("Pages: 7", 500, 150, 640, 180)]
    _, rows = order_lines(raw)
    assert find_tables(rows) == []


def test_single_segment_rows_are_not_a_table():
    raw = [_line(f"line {i}", 50, 100 + 40 * i, 400, 130 + 40 * i) for i in range(5)]
    _, rows = order_lines(raw)
    assert find_tables(rows) == []


def test_label_value_rows_without_colons_are_a_headerless_table():
    """A receipt read by OCR as two columns (the leader dots dropped): every row is a body
    row with its label as the row header; a real header row stays a header."""
    from paddlecamp.docqa.chunking import table_items
    from paddlecamp.docqa.ocr.layout import first_row_is_header

    grid = [["Plate", "SH-7K3P9"], ["Entry", "2025-08-16 09:42"], ["Exit", "2025-08-16 13:07"],
            ["First hour", "8.00"], ["Subtotal", "23.00"]]
    raw = [_line(text, x0, 100 + 40 * r, x1, 130 + 40 * r)
           for r, row in enumerate(grid) for (x0, x1), text in zip([(50, 160), (400, 560)], row)]
    _, rows = order_lines(raw)
    (t,) = find_tables(rows)
    assert t.header_rows == 0 and t.header_cols == 1
    items = {it["row_header"]: it["text"] for it in table_items(t)}
    assert items["Plate"] == "SH-7K3P9" and items["Subtotal"] == "23.00"
    # headers that carry a year, a quarter or a unit are still headers
    assert first_row_is_header([["Item", "2024", "Q3"], ["Sales", "1,200", "300"], ["Cost", "800", "210"]])
    assert first_row_is_header([["Runner", "10K", "Half"], ["Ana", "0:34:52", "1:13:40"], ["Bo", "0:35:10", "1:14:02"]])
    assert not first_row_is_header([["Total", "18.50"], ["Paid", "18.50"], ["Change", "1.50"]])


def test_a_table_with_one_body_row_has_no_row_labels():
    grid = [["Order no", "Received", "Promised by"], ["RO-24-118352", "21/01/2026", "30/01/2026"]]
    raw = [_line(text, x0, 100 + 40 * r, x1, 130 + 40 * r)
           for r, row in enumerate(grid) for (x0, x1), text in zip([(50, 200), (300, 420), (500, 640)], row)]
    _, rows = order_lines(raw)
    (t,) = find_tables(rows)
    assert t.header_rows == 1 and t.header_cols == 0


def test_a_header_written_beside_its_right_aligned_values_names_them():
    """"Amount" at the left of its column, the sums right-aligned at the right: the geometry
    reads two columns, one a header without values, one values without a header."""
    from paddlecamp.docqa.chunking import table_items
    from paddlecamp.docqa.records import Cell, Table
    from paddlecamp.docqa.structure.table_header import join_headers_to_values

    raw = [_line("Description", 50, 100, 200, 130), _line("Amount", 300, 100, 380, 130)]
    for r, (label, amount) in enumerate([("Air fare", "SGD 3,845.00"), ("Taxes", "SGD 612.40"),
                                         ("Seat selection", "SGD 90.00")], start=1):
        raw += [_line(label, 50, 100 + 40 * r, 250, 130 + 40 * r), _line(amount, 520, 100 + 40 * r, 640, 130 + 40 * r)]
    _, rows = order_lines(raw)
    (t,) = find_tables(rows)
    assert t.cells == [["Description", "Amount"], ["Air fare", "SGD 3,845.00"], ["Taxes", "SGD 612.40"],
                       ["Seat selection", "SGD 90.00"]]
    assert {it["row_header"]: it["col_header"] for it in table_items(t)}["Taxes"] == "Amount"
    assert [(c.row, c.col, c.text) for c in t.cell_list if c.row == 0] == [(0, 0, "Description"), (0, 1, "Amount")]
    # a header spanning two columns, or values under a header of their own, stay where they are
    spanning = Table(cells=[["Item", "Amount", "Amount"], ["a", "", "1.00"], ["b", "", "2.00"]], bbox=[0, 0, 1, 1],
                     cell_list=[Cell(0, 0, "Item"), Cell(0, 1, "Amount", col_span=2), Cell(1, 0, "a"),
                                Cell(1, 2, "1.00"), Cell(2, 0, "b"), Cell(2, 2, "2.00")], header_rows=1, header_cols=1)
    assert join_headers_to_values(spanning) is spanning
    headed = Table(cells=[["Item", "Net", "Gross"], ["a", "", "1.00"], ["b", "", "2.00"]], bbox=[0, 0, 1, 1],
                   header_rows=1, header_cols=1)
    assert join_headers_to_values(headed) is headed


def test_a_tightly_set_header_row_right_above_the_body_is_the_header():
    raw = [_line("Departures and prices per person", 95, 40, 440, 68),
           # header labels only a few pixels apart: not cells by their gaps alone
           _line("Departure", 100, 90, 190, 112), _line("Twin share (GBP)", 245, 90, 392, 112),
           _line("Twin share (EUR)", 406, 90, 556, 112), _line("Places left", 807, 90, 903, 112)]
    body = [["6 Sep 2026", "£1,895", "€2,210", "4"], ["13 Sep 2026", "£1,895", "€2,210", "Full"],
            ["20 Sep 2026", "£1,795", "€2,095", "7"]]
    xs = [(99, 196), (336, 393), (497, 556), (865, 903)]
    for r, row in enumerate(body):
        y = 120 + 28 * r
        raw += [_line(text, x0, y, x1, y + 20) for (x0, x1), text in zip(xs, row)]
    lines, rows = order_lines(raw)
    tables = find_tables(rows)
    assert len(tables) == 1
    assert tables[0].cells[0] == ["Departure", "Twin share (GBP)", "Twin share (EUR)", "Places left"]
    assert tables[0].header_rows == 1 and tables[0].cells[1:] == body
    # a line over two of the body's columns is no header row of them
    raw[1:5] = [_line("Departure", 100, 90, 190, 112), _line("Twin share (GBP) and (EUR)", 198, 90, 556, 112),
                _line("Places left", 562, 90, 903, 112)]
    lines, rows = order_lines(raw)
    assert find_tables(rows)[0].cells[0] == body[0]


def test_group_labels_over_the_column_names_make_a_second_header_row():
    """"二等座" and "一等座" each stand over two of the columns named below them (a fare table):
    a header row of their own, so the columns read "一等座 / 学生"; the name at the row's start
    ("区段") is under no label and keeps its name in both rows."""
    from paddlecamp.docqa.chunking import table_items

    raw = [_line("二等座", 434, 499, 484, 518), _line("一等座", 729, 496, 778, 515),
           _line("区段", 94, 514, 131, 537), _line("全价", 415, 525, 453, 548), _line("学生", 561, 523, 600, 546),
           _line("全价", 710, 522, 747, 545), _line("学生", 859, 521, 897, 544)]
    body = [["江州东—柳湾", "15.0", "12.0", "24.5", "19.0"], ["江州东—海门", "31.0", "24.8", "49.5", "39.6"]]
    xs = [(94, 200), (420, 453), (565, 600), (712, 747), (860, 897)]
    for r, row in enumerate(body):
        y = 560 + 30 * r
        raw += [_line(text, x0, y, x1, y + 20) for (x0, x1), text in zip(xs, row)]
    lines, rows = order_lines(raw)
    (table,) = find_tables(rows)
    assert table.header_rows == 2 and table.cells[2:] == body
    heads = {it["col_header"]: it["text"] for it in table_items(table) if it["row"] == 3}
    assert heads == {"二等座 / 全价": "31.0", "二等座 / 学生": "24.8", "一等座 / 全价": "49.5", "一等座 / 学生": "39.6"}
    assert [(c.row, c.col, c.col_span, c.text) for c in table.cell_list if c.row == 0] == \
        [(0, 1, 2, "二等座"), (0, 3, 2, "一等座")]


def test_a_column_the_reading_glued_is_split_into_its_named_columns():
    from paddlecamp.docqa.chunking import table_items
    from paddlecamp.docqa.records import Cell, Table
    from paddlecamp.docqa.structure.table_header import split_glued_columns

    grid = [["品名", "今日批发价 最高价 最低价", "平均价"], ["大白菜", "1.60 1.20", "1.40"], ["西红柿", "5.20 4.00", "4.60"],
            ["黄瓜", "3.80 2.60", "3.20"]]
    cells = [Cell(r, c, t, bbox=[100 * c, 40 * r, 100 * c + 90, 40 * r + 30]) for r, row in enumerate(grid)
             for c, t in enumerate(row)]
    t = split_glued_columns(Table(cells=grid, bbox=[0, 0, 300, 160], cell_list=cells, header_rows=1, header_cols=1))
    assert t.cells[0] == ["品名", "今日批发价 最高价", "今日批发价 最低价", "平均价"]
    assert t.cells[2] == ["西红柿", "5.20", "4.00", "4.60"]
    item = next(it for it in table_items(t) if it["text"] == "4.00")
    assert (item["row_header"], item["col_header"]) == ("西红柿", "今日批发价 最低价")
    assert [c.col for c in t.cell_list if c.row == 1] == [0, 1, 2, 3]
    # a group header above spans the columns split under it; a lone time's cell keeps its place
    tide = [["Date", "High water", "High water"], ["", "a.m.", "m p.m."], ["Sat", "09:18", "4.6 21:40"],
            ["Sun", "09:58", "4.8 22:17"], ["Mon", "10:35", "5.0 22:53"], ["Tue", "11:11", "5.2 23:28"],
            ["Wed", "11:46", "5.3"]]
    t = split_glued_columns(Table(cells=tide, bbox=[0, 0, 1, 1], header_rows=2, header_cols=1))
    assert t.cells[0] == ["Date", "High water", "High water", "High water"]
    assert t.cells[1][2:] == ["m", "p.m."] and t.cells[4][2:] == ["5.0", "22:53"] and t.cells[6][2:] == ["5.3", ""]
    # a column of phone numbers under a one-word header, or of one value each, stays whole
    phones = Table(cells=[["Name", "Phone"], ["A", "0571 85123067"], ["B", "0571 86021390"], ["C", "0576 84127306"]],
                   bbox=[0, 0, 1, 1], header_rows=1, header_cols=1)
    assert split_glued_columns(phones) is phones
