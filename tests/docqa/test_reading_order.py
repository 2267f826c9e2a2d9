"""Reading order on synthetic line boxes: columns one after the other, tables row by row,
single columns and key-value rows as visual rows."""
from __future__ import annotations

from paddlecamp.docqa.ocr.engine import RawLine
from paddlecamp.docqa.ocr.layout import find_tables, order_lines
from paddlecamp.docqa.ocr.reading_order import (
    apply_reading_order,
    gutters,
    is_key_value,
    is_text_columns,
    looks_like_text_columns,
    order_boxes,
)
from paddlecamp.docqa.records import Table

H = 20  # line height
PITCH = 29


def column(x0: float, y0: float, n: int, name: str, widths=(330, 310, 340, 300, 325, 290)) -> list[tuple]:
    """``n`` lines of running text starting at (x0, y0): (box, text)."""
    return [([x0, y0 + PITCH * i, x0 + widths[i % len(widths)], y0 + PITCH * i + H], f"{name}{i}")
            for i in range(n)]


def table(x0s: list[float], y0: float, n_rows: int) -> list[tuple]:
    """A grid of short cells, row by row."""
    return [([x, y0 + 34 * r, x + 60, y0 + 34 * r + H], f"t{r}.{c}") for r in range(n_rows)
            for c, x in enumerate(x0s)]


def read(items: list[tuple], groups=()) -> list[str]:
    order = order_boxes([b for b, _ in items], [t for _, t in items], groups)
    return [items[i][1] for i in order]


def test_two_columns_are_read_one_after_the_other():
    left, right = column(64, 200, 6, "L"), column(520, 200, 6, "R")
    # Same line pitch in both columns: every visual row holds one line of each.
    items = [x for pair in zip(left, right) for x in pair]
    assert read(items) == [t for _, t in left] + [t for _, t in right]


def test_title_above_columns_and_a_table_below():
    title = [([83, 86, 917, 115], "Title across the page")]
    left, right = column(64, 200, 5, "L"), column(520, 200, 4, "R")
    grid = table([74, 370, 560, 760], 400, 4)
    items = grid + right + title + left  # the input order does not matter
    expected = ["Title across the page"] + [t for _, t in left] + [t for _, t in right] + [t for _, t in grid]
    assert read(items) == expected


def test_a_table_given_as_a_group_stays_whole_in_its_own_order():
    left, right = column(64, 200, 4, "L"), column(520, 200, 4, "R")
    grid = table([74, 560], 400, 3)
    items = left + right + grid
    group = list(range(len(left) + len(right), len(items)))
    got = read(items, [group])
    assert got == [t for _, t in left] + [t for _, t in right] + [t for _, t in grid]


def test_a_wide_gap_inside_a_line_of_a_single_column_is_not_a_gutter():
    lines = column(64, 200, 3, "P")
    # One line of the column came out as three boxes ("Deadline: ...    Contact: ...    Phone: ...").
    y = 200 + 3 * PITCH
    split = [([64, y, 300, y + H], "Deadline: 30 Sep"), ([380, y, 560, y + H], "Contact: Zhu"),
             ([640, y, 900, y + H], "Phone: 0512")]
    after = [([64, y + PITCH, 380, y + PITCH + H], "the end.")]
    items = after + split + lines
    assert read(items) == [t for _, t in lines] + ["Deadline: 30 Sep", "Contact: Zhu", "Phone: 0512", "the end."]
    # Even alone in their band, boxes split wide stay one row, left to right.
    assert read(split[::-1]) == ["Deadline: 30 Sep", "Contact: Zhu", "Phone: 0512"]


def test_key_value_pairs_in_two_columns_stay_row_by_row():
    pairs = [([64, 180, 344, 200], "Passenger: MR WALTER ASHBY"), ([500, 178, 757, 200], "Booking reference: QX7R2M"),
             ([64, 211, 361, 228], "Ticket number: 618-2403957716"), ([500, 211, 675, 231], "Issued: 03/14/2025"),
             ([64, 243, 323, 265], "Frequent flyer: SB 40328811"), ([500, 243, 726, 265], "Issuing office: Singapore")]
    assert read(pairs[::-1]) == [t for _, t in pairs]


def test_label_and_value_columns_are_not_text_columns():
    # "label      value" rows: the label side is too narrow for a column of text.
    rows = []
    for i, (k, v) in enumerate([("名称", "苏州青禾餐饮管理有限公司"), ("类型", "有限责任公司（自然人投资或控股）"),
                                ("法定代表人", "上官婉清"), ("注册资本", "伍佰万元整")]):
        y = 257 + 36 * i
        rows += [([92, y, 92 + 22 * len(k), y + 24], k), ([300, y, 300 + 22 * len(v), y + 24], v)]
    assert read(rows[::-1]) == [t for _, t in rows]


def test_a_full_width_line_under_the_columns_comes_after_both():
    left, right = column(64, 200, 6, "L"), column(520, 200, 6, "R")
    # Wider than the left column: it reaches into the gutter (but not across it).
    footer = [([64, 200 + 6 * PITCH + 10, 460, 200 + 6 * PITCH + 10 + H], "Per serving: 385 kcal")]
    items = left + right + footer
    assert read(items) == [t for _, t in left] + [t for _, t in right] + ["Per serving: 385 kcal"]


def test_short_columns_of_two_lines_each():
    left = [([64, 756, 398, 777], "商务套餐A：回锅肉+清炒时蔬+米饭，"), ([64, 787, 286, 808], "每位58元，限午市供应。")]
    right = [([518, 756, 873, 777], "家庭套餐B：酸菜鱼+麻婆豆腐+担担面，"), ([518, 787, 711, 808], "三至四人份，198元。")]
    assert read(left + right) == [t for _, t in left] + [t for _, t in right]


def test_key_value_line_and_helpers():
    assert is_key_value("Passenger: MR WALTER ASHBY") and is_key_value("工作地点：苏州工业园区")
    assert not is_key_value("商务套餐A：回锅肉+清炒时蔬+米饭，")  # the sentence runs on
    assert not is_key_value("We present sparse mixture adapters")
    assert gutters([[0, 0, 100, 10], [150, 0, 200, 10], [210, 0, 300, 10]], 30) == [(100, 150)]
    left, right = column(64, 200, 5, "L"), column(520, 200, 5, "R")
    assert looks_like_text_columns([[b for b, _ in left], [b for b, _ in right]])
    assert is_text_columns([b for b, _ in left + right], [t for _, t in left + right])
    grid = table([74, 370, 560, 760], 400, 4)
    assert not is_text_columns([b for b, _ in grid])


def _raw(items: list[tuple]) -> list[RawLine]:
    return [RawLine(t, 0.99, [[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]]]) for b, t in items]


def test_apply_reading_order_renumbers_lines_and_table_references():
    left, right = column(64, 200, 4, "L"), column(520, 200, 4, "R")
    grid = table([74, 560], 400, 3)
    lines, rows = order_lines(_raw(left + right + grid))
    # Row order interleaves the columns.
    assert [l.text for l in lines][:4] == ["L0", "R0", "L1", "R1"]
    grid_orders = [l.order for l in lines if l.text.startswith("t")]
    tab = Table(cells=[["a", "b"]], bbox=[74, 400, 620, 488], line_orders=list(grid_orders))
    ordered = apply_reading_order(lines, [tab])
    assert [l.text for l in ordered] == [t for _, t in left + right + grid]
    assert [l.order for l in ordered] == list(range(len(ordered)))
    by_order = {l.order: l.text for l in ordered}
    assert [by_order[o] for o in tab.line_orders] == [t for _, t in grid]


def test_two_columns_of_text_are_not_a_geometry_table():
    left, right = column(64, 200, 6, "L"), column(520, 200, 6, "R")
    lines, rows = order_lines(_raw(left + right))
    assert find_tables(rows) == []
    grid_lines, grid_rows = order_lines(_raw(table([74, 370, 560, 760], 400, 4)))
    assert len(find_tables(grid_rows)) == 1


def test_a_cell_spanning_two_rows_is_read_in_its_first_row():
    from paddlecamp.docqa.ocr.reading_order import table_line_order
    from paddlecamp.docqa.records import Cell

    # "院办公室" spans rows 1-2, printed centred between them: by rows alone it would come
    # after the first row's name.
    items = [([74, 167, 114, 189], "部门"), ([248, 168, 288, 188], "姓名"),
             ([248, 210, 328, 230], "欧阳红梅"), ([74, 231, 154, 251], "院办公室"), ([248, 252, 308, 272], "林子豪")]
    lines, _ = order_lines(_raw(items))
    assert [l.text for l in lines] == ["部门", "姓名", "欧阳红梅", "院办公室", "林子豪"]
    cells = [Cell(0, 0, "部门", [74, 167, 114, 189]), Cell(0, 1, "姓名", [248, 168, 288, 188]),
             Cell(1, 0, "院办公室", [74, 231, 154, 251], row_span=2), Cell(1, 1, "欧阳红梅", [248, 210, 328, 230]),
             Cell(2, 1, "林子豪", [248, 252, 308, 272])]
    tab = Table(cells=[["部门", "姓名"]], bbox=[74, 167, 328, 272], line_orders=[l.order for l in lines],
                cell_list=cells, method="slanet")
    assert [l.text for l in table_line_order(tab, lines)] == ["部门", "姓名", "院办公室", "欧阳红梅", "林子豪"]
    ordered = apply_reading_order(lines, [tab])
    assert [l.text for l in ordered] == ["部门", "姓名", "院办公室", "欧阳红梅", "林子豪"]
    # Without cells (a geometry table) the rows decide.
    fresh, _ = order_lines(_raw(items[::-1]))
    geo = Table(cells=[["部门", "姓名"]], bbox=[74, 167, 328, 272], line_orders=[l.order for l in fresh])
    assert [l.text for l in table_line_order(geo, fresh[::-1])] == ["部门", "姓名", "欧阳红梅", "院办公室", "林子豪"]


def test_a_cell_holding_several_rows_of_lines_keeps_the_table_in_row_order():
    from paddlecamp.docqa.ocr.reading_order import table_line_order
    from paddlecamp.docqa.records import Cell

    # The table model took a two-column block of key-value lines in as two tall cells.
    items = [([38, 97, 178, 113], "Quote No.: 19"), ([307, 99, 412, 113], "Date: 19 June"),
             ([38, 117, 214, 133], "Customer: Trent"), ([306, 117, 435, 132], "Valid until: 31 July")]
    lines, _ = order_lines(_raw(items))
    cells = [Cell(0, 0, "", [38, 97, 214, 133]), Cell(0, 1, "", [306, 99, 435, 132])]
    tab = Table(cells=[["", ""]], bbox=[38, 97, 435, 133], line_orders=[l.order for l in lines],
                cell_list=cells, method="slanet")
    assert [l.text for l in table_line_order(tab, lines)] == [t for _, t in items]
