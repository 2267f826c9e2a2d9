"""Form grids read as a table's first rows: pairs for the form, a table for the rest."""
from paddlecamp.docqa.chunking import chunk_page
from paddlecamp.docqa.records import Cell, Line, Page, Table
from paddlecamp.docqa.structure.forms import form_band, label_like, split_form, stacked_band, value_kind

#: A hotel registration card over its charges table, as one grid (the layout model's one box).
GRID = [
    ["住客姓名", "欧阳明轩", "房型", "豪华大床房", ""],
    ["证件号码", "4401**********0012", "入住日期", "2024年3月2日", ""],
    ["接待员", "林小雨", "房号", "1208", ""],
    ["费用项目", "", "单价（元）", "晚数", "小计（元）"],
    ["房费", "", "688.00", "2", "1,376.00"],
    ["早餐", "", "58.00", "2", "116.00"],
]


def _table(grid: list[list[str]], header_rows: int = 1) -> Table:
    cells = [Cell(row=r, col=c, text=t, bbox=[100 * c, 40 * r, 100 * c + 90, 40 * r + 30])
             for r, row in enumerate(grid) for c, t in enumerate(row) if t]
    return Table(cells=[list(r) for r in grid], bbox=[0, 0, 500, 40 * len(grid)],
                 row_bboxes=[[0, 40 * r, 500, 40 * r + 30] for r in range(len(grid))],
                 line_orders=list(range(100, 100 + len(cells))), cell_list=cells, header_rows=header_rows,
                 method="slanet")


def _lines(grid: list[list[str]]) -> list[Line]:
    """The OCR lines of the grid's cells, in the orders ``_table`` gives them."""
    return [Line(text=t, score=1.0, box=[[100 * c, 40 * r], [100 * c + 90, 40 * r], [100 * c + 90, 40 * r + 30],
                                         [100 * c, 40 * r + 30]], order=100 + i)
            for i, (r, c, t) in enumerate((r, c, t) for r, row in enumerate(grid) for c, t in enumerate(row) if t)]


def test_labels_are_short_and_have_no_digits():
    assert label_like("患者姓名") and label_like("Date of birth:") and label_like("性别/年龄")
    assert not label_like("1208") and not label_like("Room 12") and not label_like("")
    assert not label_like("Overall status: Amber")  # a pair already
    assert not label_like("请于离店前结清全部费用，谢谢。") and not label_like("a b c d e f")


def test_a_form_over_a_table_becomes_pairs_and_the_table_keeps_its_column_names():
    t = _table(GRID)
    assert form_band(t) == 3  # the labels-only row is the table's header, not the form's
    pairs, rest = split_form(t)
    assert [(p["key"], p["value"]) for p in pairs] == [
        ("住客姓名", "欧阳明轩"), ("房型", "豪华大床房"), ("证件号码", "4401**********0012"),
        ("入住日期", "2024年3月2日"), ("接待员", "林小雨"), ("房号", "1208")]
    assert pairs[0]["bbox"] == [0.0, 0.0, 190.0, 30.0]  # the label's and the value's cells
    assert pairs[0]["line"] == "住客姓名：欧阳明轩"
    assert rest is not None and rest.header_rows == 1
    assert rest.cells[0] == ["费用项目", "单价（元）", "晚数", "小计（元）"]  # the column empty below the form is gone
    assert rest.cell_list[0].row == 0 and {c.col for c in rest.cell_list} == {0, 1, 2, 3}


def test_chunks_cite_the_pair_and_the_cell_under_its_real_column_name():
    page = Page(source="card.jpg", page=1, width=600, height=300, lines=_lines(GRID), tables=[_table(GRID)])
    chunks = chunk_page(page)
    assert [c.kind for c in chunks] == ["kv", "table"]
    assert ("接待员", "林小雨") in [(it["key"], it["value"]) for it in chunks[0].items]
    cell = next(it for it in chunks[1].items if it["text"] == "1,376.00")
    assert (cell["row_header"], cell["col_header"]) == ("房费", "小计（元）")


def test_tables_that_are_not_forms_are_left_alone():
    header_and_people = [["Name", "Dept", "Role", "Phone"], ["Alice Moreau", "Sales", "Manager", "555-0101"],
                         ["Ben Okafor", "Finance", "Analyst", "555-0102"]]
    two_header_rows = [["日期", "白天", "白天", "夜间", "夜间"], ["日期", "天气", "最高气温", "天气", "最低气温"],
                       ["7月14日", "雷阵雨", "34℃", "多云", "27℃"]]
    one_pair_per_row = [["Plate", "SH-7K3P9"], ["Entry", "09:42"], ["Total", "13.00"]]
    for grid in (header_and_people, two_header_rows, one_pair_per_row):
        t = _table(grid)
        assert form_band(t) == 0
        assert split_form(t) == ([], t)


def test_cells_that_are_pairs_themselves_become_pairs():
    grid = [["Overall status: Amber", "Budget: USD 18.4 million"], ["Spent to date: USD 11.9 million", "Open risks: 7"],
            ["10 Total gross weight: 68.7 kg", "11 Packages: 14 cartons"]]
    pairs, rest = split_form(_table(grid))
    assert [(p["key"], p["value"]) for p in pairs] == [
        ("Overall status", "Amber"), ("Budget", "USD 18.4 million"), ("Spent to date", "USD 11.9 million"),
        ("Open risks", "7"), ("Total gross weight", "68.7 kg"), ("Packages", "14 cartons")]
    assert rest is None


def test_numbered_boxes_are_fields_though_no_colon_follows_the_label():
    # a customs declaration's boxes: the value starts at a digit or a currency
    grid = [["10 Total gross weight: 68.7 kg", "11 Packages: 14 cartons", "12 Invoice no. BAC-2025-1187"],
            ["13 Insured value USD 50,985.00", "14 Freight USD 2,140.00", "15 Export licence: not required"]]
    pairs, rest = split_form(_table(grid))
    assert [(p["key"], p["value"]) for p in pairs][2:5] == [
        ("Invoice no.", "BAC-2025-1187"), ("Insured value", "USD 50,985.00"), ("Freight", "USD 2,140.00")]
    assert rest is None
    # no box number, or no clear value start: not a field
    assert split_form(_table([["Insured value USD 50,985.00", "Freight USD 2,140.00"]]))[0] == []
    assert split_form(_table([["6 Incoterms CIP Toronto", "7 Transport Air, flight LX 0421"],
                              ["8 Air waybill 724-33019485", "9 Office Tallinn"]]))[0] == []


def test_a_table_that_is_all_form_has_no_table_left():
    pairs, rest = split_form(_table(GRID[:3]))
    assert len(pairs) == 6 and rest is None


#: A membership slip that stacks each row of labels over its values, then a fee table.
STACKED = [
    ["所选卡种", "开卡日期", "到期日期"],
    ["年卡", "2025-11-01", "2026-10-31"],
    ["会籍顾问", "付款方式", "会员卡号"],
    ["慕容斌", "支付宝", "PF-2025-08816"],
    ["项目", "单价", "数量"],
    ["私教课", "300.00", "8"],
    ["团操课", "50.00", "4"],
]


def test_value_kinds_are_coarse():
    assert [value_kind(t) for t in ("2025-11-01", "2024年3月2日", "¥2,402.87", "USD 50,985.00", "68.7 kg",
                                    "PF-2025-08816", "支付宝", "")] == [
        "date", "date", "number", "number", "number", "code", "text", ""]


def test_labels_stacked_over_values_become_pairs_and_the_table_below_stays():
    t = _table(STACKED)
    assert stacked_band(t) == 4  # the third label row heads rows of one kind: a table
    pairs, rest = split_form(t)
    assert [(p["key"], p["value"]) for p in pairs] == [
        ("所选卡种", "年卡"), ("开卡日期", "2025-11-01"), ("到期日期", "2026-10-31"),
        ("会籍顾问", "慕容斌"), ("付款方式", "支付宝"), ("会员卡号", "PF-2025-08816")]
    assert pairs[0]["bbox"] == [0.0, 0.0, 90.0, 70.0]  # the label's cell and the value's under it
    assert rest is not None and rest.cells[0] == ["项目", "单价", "数量"]


def test_fields_left_under_a_stacked_band_are_not_column_names():
    # a repair order: stacked fields, then two rows of inline fields the model read as two
    # columns; the first of them holds the serial number, so it is a row, not the header
    order = [["Order no", "Received", "Promised by"], ["RO-24-118352", "21/01/2026", "30/01/2026"],
             ["Customer", "Phone", "Technician"], ["Priya Raghunathan", "07700 900 482", "Callum Brody"],
             ["Product Corvex WM-9400 washer Serial no.", "WM94-2207-55813", ""],
             ["Purchased 02/08/2024 Under warranty", "Yes, 24 months", ""]]
    pairs, rest = split_form(_table(order))
    assert ("Technician", "Callum Brody") in [(p["key"], p["value"]) for p in pairs]
    assert rest is not None and rest.header_rows == 0 and rest.n_rows == 2
    # a table with column names under the band keeps them (STACKED's fee table above)
    assert split_form(_table(STACKED))[1].header_rows == 1


def test_rows_of_one_kind_under_a_header_are_not_stacked_fields():
    people = [["Name", "Floor", "Team"], ["Alice Moreau", "2F", "Sales"], ["Ben Okafor", "Lobby", "Finance"],
              ["Chen Wei", "3F", "Support"]]  # "Ben Okafor | Lobby | Finance" is all label-like: still a row
    one_label_row = STACKED[:2]  # one header over one row: the table's column names do it
    for grid in (people, one_label_row):
        assert stacked_band(_table(grid)) == 0
        assert split_form(_table(grid))[0] == []


def test_stacked_fields_whose_first_value_rows_agree_in_kind_are_still_a_form():
    # an inspection report's header: a plate and a model over two codes, then two dates and a
    # reading; the first two value rows agree in two of three columns, the band as a whole does not
    report = [["号牌号码", "车辆类型", "使用性质"], ["浙A·D5G27", "小型普通客车", "非营运"],
              ["品牌型号", "车辆识别代号", "检验类别"], ["云德牌YC7152BEV", "LYC2M5E31R0087326", "定期检验"],
              ["注册登记日期", "检验日期", "里程表读数"], ["2020-05-19", "2026-04-18", "86,412 km"]]
    assert stacked_band(_table(report)) == 6
    pairs, rest = split_form(_table(report))
    assert ("车辆识别代号", "LYC2M5E31R0087326") in [(p["key"], p["value"]) for p in pairs] and rest is None
    # rows of one kind every other row under text-only rows stay a table, however many
    people = [["Name", "Floor", "Team"], ["Alice Moreau", "2F", "Sales"], ["Ben Okafor", "Lobby", "Finance"],
              ["Chen Wei", "3F", "Support"], ["Dara Singh", "Annex", "Legal"], ["Eva Lund", "4F", "Audit"]]
    assert stacked_band(_table(people)) == 0



#: A loan letter's letterhead and account fields boxed with its repayment schedule, as one grid.
SCHEDULE = [
    ["Personal Loans - PO Box 212", "", "", "Issued 30 January 2026", ""],
    ["Borrower", "", "Loan account", "", "Amount borrowed"],
    ["Mrs Alana Whitcombe", "", "7730-214-58", "", "£18,000.00"],
    ["No.", "Due date", "Payment (£)", "Interest (£)", "Balance after (£)"],
    ["1", "15 Feb 2026", "805.09", "103.50", "17,298.41"],
    ["2", "15 Mar 2026", "805.09", "99.47", "16,592.79"],
    ["3", "15 Apr 2026", "805.09", "95.41", "15,883.11"],
]


def test_a_schedules_column_names_below_a_letterhead_head_the_schedule():
    from paddlecamp.docqa.structure.forms import header_below

    assert header_below(_table(SCHEDULE)) == 3
    # a two-level header (labels only above) and a header repeated inside a table are no such row
    two_level = [["Performance", "", "Tickets", "", ""], ["Date", "Time", "Sold", "Comps", "Held"],
                 ["Tue 5 May", "19:30", "418", "22", "6"], ["Wed 6 May", "14:30", "356", "10", "6"]]
    assert header_below(_table(two_level)) == 0
    containers = [["Charge", "20' GP", "20' GP", "40' HC", "40' HC"], ["Charge", "USD", "Basis", "USD", "Basis"],
                  ["Ocean freight", "1,450", "per box", "2,380", "per box"], ["Bunker", "210", "per box", "395", "per box"],
                  ["Total", "2,790", "", "4,135", ""]]
    assert header_below(_table(containers)) == 0  # group names with digits over the column names
    repeated = SCHEDULE[3:] + SCHEDULE[3:]
    assert header_below(_table(repeated)) == 0
    page = Page(source="loan.png", page=1, width=500, height=400, lines=_lines(SCHEDULE), tables=[_table(SCHEDULE)])
    rows = [c.text for c in chunk_page(page) if c.kind == "table"]
    schedule = next(t for t in rows if "103.50" in t)
    assert "| No. | Due date | Payment (£) |" in schedule.splitlines()[0] and "Borrower" not in schedule
    assert any("Mrs Alana Whitcombe" in t for t in rows)  # the fields above are kept
