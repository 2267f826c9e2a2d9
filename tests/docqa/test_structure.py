"""Layout regions and table structure from PaddleOCR's PP-Structure models, on pages whose
answer is known: the dev set (truth.json lists every drawn line and table cell) and a page
drawn here with merged cells."""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from paddlecamp.docqa.records import Line, Page
from paddlecamp.docqa.structure.table_model import TableStructure, build_table, parse_cells

DATA = Path(__file__).resolve().parents[2] / "data" / "docqa"
#: A few dev pages: tables with borders in Chinese and English, one the line geometry
#: misreads (packing list), two tables on one page whose layout boxes overlap (report p2).
DEV_PAGES = [("invoice_zh.jpg", 1), ("packing_list_en.tiff", 1), ("annual_report_zh.pdf", 2),
             ("meeting_notice_zh.jpg", 1)]
FETCH = "structure models not fetched: run `paddlecamp models fetch` (or `make setup`)"


def _norm(text: str) -> str:
    from paddlecamp.docqa.dataset import normalize

    return normalize(text).replace("—", "一").replace("～", "~")


def _iou(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    inter = max(0.0, w) * max(0.0, h)
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


@pytest.fixture(scope="module")
def models():
    from paddlecamp.models import MissingModelError, ocr_models, structure_models

    try:
        ocr_models()
        return structure_models()
    except MissingModelError:
        pytest.skip(FETCH)


@pytest.fixture(scope="module")
def dev(models):
    """OCR (with layout and tables) of the dev pages, with their truth."""
    import cv2

    from paddlecamp.docqa.dataset import load_truth, page_image
    from paddlecamp.docqa.ocr.page import ocr_image

    truth = load_truth(DATA)
    out = {}
    for source, page in DEV_PAGES:
        image = cv2.cvtColor(np.asarray(page_image(DATA, source, page)), cv2.COLOR_RGB2BGR)
        out[(source, page)] = (image, ocr_image(image, source=source, page=page), truth[(source, page)])
    return out


def _draw_span_page() -> np.ndarray:
    """A page with a two-level header (``Area`` and ``Share`` span two rows, ``Sales``
    two columns) and a body cell spanning two rows, every cell ruled."""
    from PIL import Image, ImageDraw

    from paddlecamp.docqa.dataset import font

    img = Image.new("RGB", (1000, 900), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.text((300, 60), "Quarterly Sales by Area", font=font(36, bold=True), fill=(20, 20, 20))
    body = font(24)
    draw.text((80, 140), "Units sold per area in the last two years.", font=body, fill=(20, 20, 20))
    x0, y0, cw, rh = 80, 220, 210, 60
    for r, c, rs, cs, text in SPAN_CELLS:
        box = [x0 + c * cw, y0 + r * rh, x0 + (c + cs) * cw, y0 + (r + rs) * rh]
        draw.rectangle(box, outline=(20, 20, 20), width=2)
        tw = draw.textlength(text, font=body)
        draw.text(((box[0] + box[2] - tw) / 2, (box[1] + box[3]) / 2 - 14), text, font=body, fill=(20, 20, 20))
    draw.text((80, y0 + 5 * rh + 40), "Figures are unaudited.", font=body, fill=(20, 20, 20))
    return np.ascontiguousarray(np.asarray(img)[:, :, ::-1])


#: (row, col, row_span, col_span, text) of the drawn table: 5 rows x 4 columns.
SPAN_CELLS = [
    (0, 0, 2, 1, "Area"), (0, 1, 1, 2, "Sales (units)"), (0, 3, 2, 1, "Share"),
    (1, 1, 1, 1, "2023"), (1, 2, 1, 1, "2024"),
    (2, 0, 2, 1, "North"), (2, 1, 1, 1, "120"), (2, 2, 1, 1, "135"), (2, 3, 1, 1, "31%"),
    (3, 1, 1, 1, "98"), (3, 2, 1, 1, "110"), (3, 3, 1, 1, "25%"),
    (4, 0, 1, 1, "South"), (4, 1, 1, 1, "150"), (4, 2, 1, 1, "160"), (4, 3, 1, 1, "44%"),
]


# ------------------------------------------------------------------------------------------
# The models on the dev pages
# ------------------------------------------------------------------------------------------
def test_layout_finds_each_table_and_the_title(dev):
    for key, (_, page, truth) in dev.items():
        tables = [r for r in page.regions if r.label == "table"]
        for t in truth["tables"]:
            assert max((_iou(r.bbox, t["bbox"]) for r in tables), default=0) > 0.5, key
        title = truth["lines"][0]["bbox"]
        assert max(_iou(r.bbox, title) for r in page.regions if r.label == "title") > 0.5, key
        assert all(0 <= r.score <= 1 and r.bbox[0] < r.bbox[2] <= page.width for r in page.regions)
    assert not [r for r in dev[("meeting_notice_zh.jpg", 1)][1].regions if r.label == "table"]


def test_table_model_recovers_the_dev_tables(dev):
    agree = total = 0
    for key, (_, page, truth) in dev.items():
        assert len(page.tables) == len(truth["tables"]), key
        for t in truth["tables"]:
            table = max(page.tables, key=lambda tb: _iou(tb.bbox, t["bbox"]))
            assert table.method in ("slanet", "ruled"), key
            assert (table.n_rows, table.n_cols) == (t["n_rows"], t["n_cols"]), key
            assert table.header_rows == 1
            for r, row in enumerate(t["rows"]):
                for c, text in enumerate(row):
                    agree += _norm(table.cells[r][c]) == _norm(text)
                    total += 1
            # every drawn cell's line was consumed by the table, and nothing outside it
            cells = {(c.row, c.col): c for c in table.cell_list}
            assert len(cells) == t["n_rows"] * t["n_cols"]
            for cell in t["cells"]:  # the cell's box holds its drawn text
                x0, y0, x1, y1 = cells[(cell["row"], cell["col"])].bbox
                cx, cy = (cell["bbox"][0] + cell["bbox"][2]) / 2, (cell["bbox"][1] + cell["bbox"][3]) / 2
                assert x0 <= cx <= x1 and y0 <= cy <= y1, cell
            x0, y0, x1, y1 = t["bbox"]
            inside = [l.order for l in page.lines
                      if x0 <= (l.bbox[0] + l.bbox[2]) / 2 <= x1 and y0 <= (l.bbox[1] + l.bbox[3]) / 2 <= y1]
            assert sorted(table.line_orders) == sorted(inside)
    assert agree / total >= 0.95, (agree, total)


def test_row_labels_make_a_header_column(dev):
    invoice = dev[("invoice_zh.jpg", 1)][1].tables[0]
    assert invoice.header_cols == 1  # item names
    packing = dev[("packing_list_en.tiff", 1)][1].tables[0]
    assert packing.header_cols == 0  # the first column numbers the rows
    assert all(c.header == (c.row == 0) for c in packing.cell_list)


def test_merged_header_and_rowspan_come_back_with_their_spans(models):
    from paddlecamp.docqa.ocr.page import ocr_image

    page = ocr_image(_draw_span_page(), source="spans.png")
    (table,) = page.tables
    assert table.method in ("slanet", "ruled")
    assert (table.n_rows, table.n_cols) == (5, 4)
    got = {(c.row, c.col): (c.row_span, c.col_span, c.text) for c in table.cell_list}
    assert got == {(r, c): (rs, cs, text) for r, c, rs, cs, text in SPAN_CELLS}
    assert table.cells[0] == ["Area", "Sales (units)", "Sales (units)", "Share"]
    assert table.cells[1] == ["Area", "2023", "2024", "Share"]
    assert [row[0] for row in table.cells[2:]] == ["North", "North", "South"]
    assert table.header_rows == 2 and table.header_cols == 1
    assert [r.label for r in page.regions if r.label in ("title", "table")] == ["title", "table"]
    # the lines around the table stay running text
    texts = {l.order: l.text for l in page.lines}
    assert "Figures are unaudited." not in [texts[o] for o in table.line_orders]


# ------------------------------------------------------------------------------------------
# Fallbacks and bad input
# ------------------------------------------------------------------------------------------
def test_missing_model_files_fall_back_to_geometry_and_say_so(dev, tmp_path, monkeypatch, caplog):
    from paddlecamp.docqa import structure
    from paddlecamp.models import MissingModelError

    image, page, _ = dev[("invoice_zh.jpg", 1)]
    monkeypatch.setenv("PADDLECAMP_MODELS", str(tmp_path))
    monkeypatch.setattr(structure, "_warned_missing", False)
    with caplog.at_level(logging.DEBUG, logger="paddlecamp.docqa.structure"):
        regions, tables = structure.analyze_page(image, page.lines)
        structure.analyze_page(image, page.lines)
    assert regions == [] and [t.method for t in tables] == ["geometry"]
    assert (tables[0].n_rows, tables[0].n_cols) == (5, 5)
    said = [r.getMessage() for r in caplog.records if "structure models" in r.getMessage()]
    assert len(said) == 1 and "paddlecamp models fetch" in said[0]  # logged once
    with pytest.raises(MissingModelError, match="paddlecamp models fetch"):
        structure.analyze_page(image, page.lines, models=True)


def test_structure_can_be_switched_off(dev, monkeypatch):
    from paddlecamp.docqa.structure import analyze_page

    image, page, _ = dev[("annual_report_zh.pdf", 2)]
    monkeypatch.setenv("PADDLECAMP_STRUCTURE", "0")
    regions, tables = analyze_page(image, page.lines)
    assert regions == [] and [t.method for t in tables] == ["geometry", "geometry"]
    monkeypatch.delenv("PADDLECAMP_STRUCTURE")
    assert analyze_page(None, page.lines)[0] == []  # no image (a PDF text layer): geometry only
    assert analyze_page(image, page.lines, models=False)[0] == []


def test_bad_images_give_a_clear_error_or_nothing(models, dev):
    from paddlecamp.docqa.structure import analyze_page
    from paddlecamp.docqa.structure.layout_model import get_layout_model
    from paddlecamp.docqa.structure.table_model import get_table_model

    layout, table = get_layout_model(), get_table_model()
    for bad in (np.zeros((0, 0, 3), np.uint8), np.zeros((5, 0), np.uint8), None, "page.png",
                np.zeros((4, 4, 2), np.uint8)):
        with pytest.raises(ValueError):
            layout.detect(bad)
        with pytest.raises(ValueError):
            table.predict(bad)
    tiny = np.zeros((1, 1, 3), np.uint8)
    assert layout.detect(tiny) == []
    assert table.predict(tiny).tokens == []
    assert analyze_page(tiny, []) == ([], [])
    assert analyze_page(np.full((300, 200), 255, np.uint8), []) == ([], [])  # blank gray page
    # a gray page reads like the colour one
    image, page, _ = dev[("invoice_zh.jpg", 1)]
    gray = image.mean(axis=2).astype(np.uint8)
    labels = sorted(r.label for r in layout.detect(gray))
    assert "table" in labels and "title" in labels
    x0, y0, x1, y1 = (int(v) for v in page.tables[0].bbox)
    crop = table.predict(gray[y0:y1, x0:x1, None])
    assert parse_cells(crop.tokens)[1:] == (5, 5)


def test_refresh_layout_keeps_model_tables_and_redoes_geometry(dev):
    from paddlecamp.docqa.ocr.page import refresh_layout

    _, page, _ = dev[("annual_report_zh.pdf", 2)]
    cached = Page.from_dict(page.to_dict())
    assert refresh_layout(cached).tables == page.tables and cached.regions == page.regions
    # a cached page whose tables came from geometry gets them found again
    geometry = Page.from_dict(page.to_dict())
    geometry.tables = []
    refreshed = refresh_layout(geometry)
    assert [t.method for t in refreshed.tables] == ["geometry", "geometry"]
    assert refreshed.regions == page.regions


# ------------------------------------------------------------------------------------------
# Grid walk and cell assignment (no models)
# ------------------------------------------------------------------------------------------
def test_grid_walk_skips_positions_taken_by_rowspans():
    tokens = ["<thead>", "<tr>", "<td", ' rowspan="2"', ">", "</td>", "<td", ' colspan="2"', ">", "</td>",
              "</tr>", "<tr>", "<td></td>", "<td></td>", "</tr>", "</thead>", "<tbody>",
              "<tr>", "<td></td>", "<td", ' rowspan="3"', ">", "</td>", "<td></td>", "</tr>",
              "<tr>", "<td></td>", "<td></td>", "</tr>", "</tbody>"]
    cells, n_rows, n_cols = parse_cells(tokens)
    assert (n_rows, n_cols) == (4, 3)
    assert [(c.row, c.col, c.row_span, c.col_span, c.header) for c in cells] == [
        (0, 0, 2, 1, True), (0, 1, 1, 2, True), (1, 1, 1, 1, True), (1, 2, 1, 1, True),
        (2, 0, 1, 1, False), (2, 1, 2, 1, False), (2, 2, 1, 1, False),  # rowspan cut at the last row
        (3, 0, 1, 1, False), (3, 2, 1, 1, False)]
    assert parse_cells([]) == ([], 0, 0)


def _line(text, box, order):
    x0, y0, x1, y1 = box
    return Line(text=text, score=0.9, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], order=order)


def test_build_table_assigns_lines_and_keeps_stray_ones():
    # a 2 x 2 table at (100, 200) in the page; the model's boxes are in crop pixels
    structure = TableStructure(tokens=["<tr>", "<td></td>", "<td></td>", "</tr>", "<tr>", "<td></td>", "<td></td>",
                                       "</tr>"],
                               cell_boxes=[[5, 5, 95, 35], [105, 5, 195, 35], [5, 45, 95, 75], [105, 45, 195, 75]],
                               size=(200, 80))
    lines = [_line("Qty", [110, 210, 150, 230], 0), _line("Unit", [210, 210, 260, 230], 1),
             _line("2", [110, 250, 125, 270], 2), _line("pcs", [210, 250, 250, 270], 3),
             _line("each", [252, 250, 290, 270], 4), _line("*", [299, 279, 300, 280], 5)]
    table = build_table(structure, lines, (100, 200))
    assert table.method == "slanet" and table.cells == [["Qty", "Unit"], ["2", "pcs each *"]]
    assert sorted(table.line_orders) == [0, 1, 2, 3, 4, 5]  # nothing dropped
    assert table.header_rows == 1 and table.header_cols == 0  # "2" is a number
    assert table.row_bboxes[0] == [110.0, 210.0, 260.0, 230.0]
    assert build_table(TableStructure(), lines) is None


def test_a_column_span_the_page_does_not_show_is_split():
    structure = TableStructure(tokens=["<tr>", "<td", ' colspan="2"', ">", "</td>", "</tr>",
                                       "<tr>", "<td></td>", "<td></td>", "</tr>"],
                               cell_boxes=[[5, 5, 195, 35], [5, 45, 95, 75], [105, 45, 195, 75]], size=(200, 80))
    body = [_line("bolt", [110, 250, 140, 270], 2), _line("4", [210, 250, 220, 270], 3)]
    split = build_table(structure, [_line("Name", [110, 210, 150, 230], 0),
                                    _line("Qty", [210, 210, 250, 230], 1)] + body, (100, 200))
    assert split.cells == [["Name", "Qty"], ["bolt", "4"]]
    assert [(c.row, c.col, c.col_span) for c in split.cell_list] == [(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1)]
    merged = build_table(structure, [_line("Totals", [170, 210, 230, 230], 0)] + body, (100, 200))
    assert merged.cells == [["Totals", "Totals"], ["bolt", "4"]]
    assert merged.cell_list[0].col_span == 2


def test_a_figure_region_holding_a_grid_of_text_is_read_as_a_table():
    """The layout model calls a table with a dark header bar and coloured rows a figure; its
    text rows say otherwise. A figure holding a form or a picture with a caption stays."""
    from paddlecamp.docqa.records import Region
    from paddlecamp.docqa.structure import tables_named_figures

    def line(text, x0, y0, x1, y1):
        return Line(text=text, score=1.0, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]])

    grid = [line(f"r{r}c{c}", 50 + 120 * c, 100 + 30 * r, 140 + 120 * c, 120 + 30 * r) for r in range(6) for c in range(5)]
    fig = Region(label="figure", bbox=[40, 90, 700, 300], score=0.5)
    (t,) = tables_named_figures([fig], grid)
    assert t.label == "table" and t.bbox == fig.bbox
    assert tables_named_figures([Region("table", [40, 90, 700, 300], 0.9), fig], grid) == []
    caption = [line("A photo of the plant", 50, 100, 400, 120), line("Figure 2", 50, 130, 150, 150)]
    assert tables_named_figures([fig], caption) == []
    ragged = [line(f"r{r}c{c}", 50 + 120 * c, 100 + 30 * r, 140 + 120 * c, 120 + 30 * r)
              for r, n in enumerate([1, 3, 1, 1, 5, 1, 2]) for c in range(n)]
    assert tables_named_figures([fig], ragged) == []


def test_a_page_taken_for_one_figure_gives_a_table_for_each_run_of_grid_rows():
    """A photographed page the layout model boxes as one figure: a title, a block of form
    fields, a table whose cells wrap onto a second line, and a paragraph. The fields and the
    table do not share their columns: two regions, the table's with its wrapped lines."""
    from paddlecamp.docqa.records import Region
    from paddlecamp.docqa.structure import tables_named_figures

    def line(text, x0, y, x1):
        return Line(text=text, score=1.0, box=[[x0, y], [x1, y], [x1, y + 20], [x0, y + 20]])

    page = [line("Viewing schedule", 100, 60, 400)]
    for y, fields in ((100, ("Buyer", "Ms Anwen Pritchard", "Buyer ref.", "HQ-B-30917")),
                      (140, ("Mortgage", "£310,000", "Agent", "Rhys Delacourt"))):
        page += [line(t, x, y, x + 120) for t, x in zip(fields, (100, 275, 513, 690))]
    page += [line(t, x0, 190, x1) for t, x0, x1 in (("Time", 105, 142), ("Property", 185, 250), ("Beds", 480, 518),
                                                    ("Asking price", 567, 662), ("Notes", 681, 724))]
    viewings = (("09:30", "Flat 4", "2", "£265,000"), ("10:15", "22 Dyer St", "1", "£189,500"),
                ("11:00", "Apt 1107", "2", "£299,950"), ("12:30", "9 Sparrow Ct", "3", "£335,000"))
    for i, (time, place, beds, price) in enumerate(viewings):
        y = 225 + 50 * i
        page += [line(time, 105, y, 150), line(place, 185, y, 300), line(beds, 494, y, 504),
                 line(price, 600, y, 662), line("Vacant", 681, y, 760), line("Mill Lane", 185, y + 22, 290)]
    page.append(line("Bring photo ID and proof of deposit to every viewing.", 100, 450, 700))
    fig = Region(label="figure", bbox=[30, 30, 990, 500], score=0.9)
    (table,) = tables_named_figures([fig], page)
    assert table.label == "table" and 180 <= table.bbox[1] <= 190 and 417 <= table.bbox[3] < 450
    assert table.bbox[0] <= 105 and table.bbox[2] >= 760
    # boxed form fields, each label over its value, are no table however many rows they run to
    form = [line(t, 100 + 200 * c, 100 + 30 * r, 180 + 200 * c)
            for r, row in enumerate([("所选卡种", "开卡日期", "到期日期"), ("年卡", "2025-11-01", "2026-10-31"),
                                     ("会籍顾问", "付款方式", "会员卡号"), ("慕容斌", "支付宝", "PF-2025-08816"),
                                     ("教练", "储物柜", "停车位"), ("林一", "A-17", "B2-33")])
            for c, t in enumerate(row)]
    notes = [line(f"Note {i}: lockers are emptied every night at closing time.", 100, 300 + 30 * i, 700) for i in range(5)]
    assert tables_named_figures([fig], form + notes) == []


def test_a_section_bar_splits_a_form_from_the_table_under_it():
    """One layout box over a form and a goods table, read as one grid with a "Goods" row
    across every column: two tables, the second with its own header row."""
    from paddlecamp.docqa.records import Cell, Table
    from paddlecamp.docqa.structure import split_at_bars

    grid = [["Exporter A", "Exporter A", "No. EE-1"], ["Country CA", "Transport Air", "AWB 724"],
            ["Goods", "Goods", "Goods"], ["Item", "HS code", "Value"], ["Pendants", "7113.11", "21,600.00"],
            ["Boxes", "4420.90", "6,300.00"]]
    rows = [[0, 40 * r, 300, 40 * r + 30] for r in range(len(grid))]
    lines = [Line(text=t, score=1.0, box=[[100 * c, 40 * r], [100 * c + 90, 40 * r], [100 * c + 90, 40 * r + 30],
                                          [100 * c, 40 * r + 30]], order=3 * r + c)
             for r, row in enumerate(grid) for c, t in enumerate(row)]
    cells = [Cell(row=r, col=c, text=t) for r, row in enumerate(grid) for c, t in enumerate(row)]
    t = Table(cells=grid, bbox=[0, 0, 300, 240], row_bboxes=rows, line_orders=[l.order for l in lines],
              cell_list=cells, header_rows=2, header_cols=0, method="slanet")
    form, goods = split_at_bars(t, lines)
    assert form.cells == grid[:2] and goods.cells == grid[3:]
    assert goods.header_rows == 1 and goods.cell_list[0].row == 0 and goods.cell_list[0].text == "Item"
    assert not {6, 7, 8} & (set(form.line_orders) | set(goods.line_orders))  # the bar's lines leave
    assert set(goods.line_orders) == set(range(9, 18))
    plain = Table(cells=grid[3:], bbox=[0, 0, 1, 1], row_bboxes=rows[3:])
    assert split_at_bars(plain, lines) == [plain]  # no bar: the table comes back as it was


@pytest.mark.parametrize("under, splits", [(["卡种", "有效期", "活动价（元）"], True),
                                           (["Characteristic", "Dose 150 mg", "Total"], True),
                                           (["Pendants", "7113.11", "21,600.00"], False),
                                           (["Item", "", "Value"], False)])
@pytest.mark.parametrize("bar", [["会籍方案", "", ""], ["会籍方案"] * 3])
def test_a_label_alone_in_the_first_cell_is_a_bar_only_over_column_names(under, splits, bar):
    """The table model reads a section band as a label in the first cell and empty cells, a
    ruled grid as one cell across every column: a bar when the row under it names columns, a
    section row of the table over a row of figures ("一、一般公共预算拨款" over "人员经费 | 1,862.40")."""
    from paddlecamp.docqa.records import Table
    from paddlecamp.docqa.structure import split_at_bars

    grid = [["姓名", "宇文婧", "女"], ["电话", "139 5718 2264", "1993-04-17"], bar, under,
            ["季卡", "90天", "1,499"], ["年卡", "365天", "3,980"]]
    rows = [[0, 40 * r, 300, 40 * r + 30] for r in range(len(grid))]
    lines = [Line(text=t, score=1.0, box=[[100 * c, 40 * r], [100 * c + 90, 40 * r], [100 * c + 90, 40 * r + 30],
                                          [100 * c, 40 * r + 30]], order=3 * r + c)
             for r, row in enumerate(grid) for c, t in enumerate(row) if t]
    t = Table(cells=grid, bbox=[0, 0, 300, 240], row_bboxes=rows, line_orders=[l.order for l in lines],
              header_rows=2, header_cols=1, method="slanet")
    parts = split_at_bars(t, lines)
    if splits:
        form, plans = parts
        assert form.cells == grid[:2] and plans.cells == grid[3:] and plans.header_rows == 1
        assert 6 not in set(form.line_orders) | set(plans.line_orders)  # the label leaves as a heading
    else:
        assert parts == [t]


def test_a_numbered_section_heading_cuts_a_table_region_in_two():
    """One layout box over a block of boxed fields, the heading "一、行政事业性收费" and the
    fee table under it: read as two parts, the heading left out of both."""
    from paddlecamp.docqa.ocr.layout import group_rows
    from paddlecamp.docqa.structure import split_at_headings

    texts = [["学生姓名", "诸葛宁远", "学籍号", "G3301062009"], ["年级班级", "高二（3）班", "住宿情况", "住校"],
             ["一、行政事业性收费"], ["收费项目", "收费标准", "金额（元）"], ["学费", "1,100元/学期", "1,100.00"],
             ["住宿费", "600元/学期", "600.00"]]
    lines = [_line(t, [10 + 120 * c, 10 + 30 * r, 100 + 120 * c, 28 + 30 * r], 4 * r + c)
             for r, row in enumerate(texts) for c, t in enumerate(row)]
    rows = group_rows(lines)
    fields, fees = split_at_headings(rows)
    assert [[l.text for l in row] for row in fields] == texts[:2]
    assert [[l.text for l in row] for row in fees] == texts[3:]
    # a one-line row that is no numbered heading ("Subtotal"), or one with too few rows on a
    # side, leaves the region whole
    texts[2] = ["Subtotal"]
    lines[8] = _line("Subtotal", lines[8].bbox, 8)
    assert split_at_headings(group_rows(lines)) == [group_rows(lines)]
    short = group_rows([l for l in lines if l.bbox[1] >= 40])
    short[1] = [_line("二、服务性收费", short[1][0].bbox, 8)]
    assert len(split_at_headings(short)) == 1


def test_a_section_row_inside_a_table_cuts_the_region_above_the_tables_header():
    """Fields, the table's header, a numbered section row, then rows of figures in the
    header's columns: the region is cut where the fields end and the section row stays in the
    table (cut at it, the header would go with the fields and the first figures would head the
    rest)."""
    from paddlecamp.docqa.ocr.layout import group_rows
    from paddlecamp.docqa.structure import split_at_headings

    texts = [["单位名称", "单位编码", "填报人"], ["临江区文旅局", "LJ-207015", "司马怀瑾"],
             ["科目", "年初预算", "调整后预算", "支出", "执行率"], ["一、一般公共预算拨款"],
             ["人员经费", "1,862.40", "1,905.10", "1,418.36", "74.5%"],
             ["日常公用经费", "236.00", "236.00", "158.12", "67.0%"]]
    xs = {3: [10, 250, 490], 5: [10, 130, 250, 370, 490], 1: [250]}
    lines = [_line(t, [xs[len(row)][c], 10 + 30 * r, xs[len(row)][c] + 90, 28 + 30 * r], 10 * r + c)
             for r, row in enumerate(texts) for c, t in enumerate(row)]
    fields, table = split_at_headings(group_rows(lines))
    assert [[l.text for l in row] for row in fields] == texts[:2]
    assert [[l.text for l in row] for row in table] == texts[2:]


def test_a_caption_between_two_tables_of_other_columns_cuts_the_region():
    """A one-line caption ("History") with a table of five columns above it and one of three
    below: two tables, the caption left out (it is no numbered heading, so only the columns
    tell)."""
    from paddlecamp.docqa.ocr.layout import group_rows
    from paddlecamp.docqa.structure import split_at_headings

    texts = [["No.", "Title", "Shelf mark", "Borrowed", "Due"], ["1", "Dune", "PR-101", "2 Sep", "2 Oct"],
             ["2", "Emma", "PR-204", "9 Sep", "9 Oct"], ["History"], ["Title", "Returned", "Status"],
             ["Ulysses", "3 Jun", "on time"], ["Beloved", "12 May", "late"]]
    xs = {5: [10, 60, 300, 420, 520], 3: [10, 190, 450], 1: [10]}
    lines = [_line(t, [xs[len(row)][c], 10 + 30 * r, xs[len(row)][c] + 40, 28 + 30 * r], 10 * r + c)
             for r, row in enumerate(texts) for c, t in enumerate(row)]
    current, history = split_at_headings(group_rows(lines))
    assert [[l.text for l in row] for row in current] == texts[:3]
    assert [[l.text for l in row] for row in history] == texts[4:]
    # two captions side by side (two tables beside each other under them) cut it too
    two = [l for l in lines if l.text != "History"] + [_line("Notes", [300, 100, 340, 118], 31)]
    two.append(_line("History", [10, 100, 50, 118], 30))
    assert len(split_at_headings(group_rows(two))) == 2
    # a group header over the right-hand columns of the table under it is no caption
    group = [l for l in lines if l.text != "History"] + [_line("Dates", [190, 100, 300, 118], 30)]
    assert len(split_at_headings(group_rows(group))) == 1
    # the same caption over rows of the same columns is a row of the one table
    same = [l for l in lines if l.bbox[1] < 100 or l.text == "History"] + \
        [_line(t, [xs[5][c], 130 + 30 * r, xs[5][c] + 40, 148 + 30 * r], 100 + 10 * r + c)
         for r, row in enumerate([["3", "Ulysses", "PR-310", "3 Jun", "3 Jul"], ["4", "Beloved", "PR-412", "5 Jun", "5 Jul"]])
         for c, t in enumerate(row)]
    assert len(split_at_headings(group_rows(same))) == 1


def test_boxed_fields_over_a_wider_table_are_counted_off_its_region():
    from paddlecamp.docqa.ocr.layout import group_rows
    from paddlecamp.docqa.structure import leading_fields

    def rows(texts):
        return group_rows([_line(t, [10 + 110 * c, 10 + 30 * r, 100 + 110 * c, 28 + 30 * r], 10 * r + c)
                           for r, row in enumerate(texts) for c, t in enumerate(row)])

    form = [["Reagent inventory"], ["Checked on", "Checked by", "Lab phone"],
            ["3 November 2026", "Dr Hamish Quarrie", "ext. 4471"]]
    table = [["Storage", "Reagent", "Cat. no.", "Qty", "Size", "Expiry"],
             ["Fridge", "Tris buffer", "TB-8001", "5", "100", "06/2027"]]
    assert leading_fields(rows(form + table)) == 3  # the title and the fields leave the table
    assert leading_fields(rows(form)) == 0  # nothing but fields: read as the table it was boxed as
    # fields written label, value, label, value on one row
    inline = [["Venue", "St Aldhelm's Hall, Fenwick", "Dates", "3-24 October 2026"],
              ["Time control", "25 min + 10 s", "Arbiter", "Gwendolyn Roos"]]
    assert leading_fields(rows(inline + table)) == 2
    # a row of column names over a wider row of figures is the table's header, not fields
    header = [["Place", "Bib", "Name", "Club / country", "Finish", "Age cat. Cat. place"],
              ["1", "F104", "Hannah Okonjo", "Lakeside Striders, KEN", "0:34:52", "1:13:40", "2:28:37", "F30"]]
    assert leading_fields(rows(header)) == 0
    # a table whose header names as many columns as its rows hold is a table from its first row
    assert leading_fields(rows([["Item", "Qty", "Price"], ["Pens", "3", "1.20"], ["Ink", "2", "4.00"]])) == 0
    assert leading_fields(rows(table)) == 0


def test_a_row_of_column_names_under_a_spanning_header_joins_the_header():
    from paddlecamp.docqa.structure.table_header import header_depth
    from paddlecamp.docqa.structure.table_model import GridCell

    cells = [GridCell(0, 0, header=True), GridCell(0, 1, 1, 3, True), GridCell(1, 1), GridCell(1, 2),
             GridCell(1, 3), GridCell(2, 0), GridCell(2, 1), GridCell(2, 2), GridCell(2, 3)]
    names = [["收费项目"], ["金额（元）"], ["应收"], ["减免"], ["实收"], ["学费"], ["1,100.00"], ["550.00"], ["550.00"]]
    members = [[_line(t, [0, 0, 10, 10], i) for t in ts] for i, ts in enumerate(names)]
    assert header_depth(cells, members, 1, 3) == 2
    # a first body row holding numbers, or names not under a spanning cell beside a row label
    # of their own, is a body row
    numbers = members[:2] + members[6:] + members[5:]
    assert header_depth(cells, numbers, 1, 3) == 1
    unspanned = [GridCell(0, 0, header=True), GridCell(0, 1, header=True)] + cells[2:]
    labelled = unspanned[:2] + [GridCell(1, 0)] + unspanned[2:]
    assert header_depth(labelled, members[:2] + [[_line("小计", [0, 0, 10, 10], 9)]] + members[2:], 1, 3) == 1
    # without the row label, under a filled first header cell and over labelled rows, they
    # name the columns further (the model left out the span)
    assert header_depth(unspanned, members, 1, 3) == 2
    assert header_depth(cells, members, 1, 2) == 1  # no body row would be left


def test_a_small_label_over_its_value_reads_as_a_pair():
    from paddlecamp.docqa.chunking import stacked_label, stacked_text

    def line(text, x0, y0, x1, y1):
        return Line(text=text, score=1.0, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]])

    label, value = line("DATE", 30, 100, 80, 114), line("Sat 14 Mar 2026", 30, 118, 200, 140)
    assert stacked_label(label, value) and stacked_text(label, value) == "DATE: Sat 14 Mar 2026"
    zh = line("就诊日期", 30, 100, 90, 114)
    assert stacked_text(zh, value) == "就诊日期：Sat 14 Mar 2026"
    # same size (a heading or a wrapped line), a sentence, a colon pair, or far away: no pair
    assert not stacked_label(line("Notes", 30, 100, 90, 122), value)
    assert not stacked_label(line("Thank you.", 30, 100, 90, 114), value)
    assert not stacked_label(line("Ref: 7", 30, 100, 90, 114), value)
    assert not stacked_label(label, line("Sat 14 Mar 2026", 30, 170, 200, 192))
    assert not stacked_label(label, line("Sat 14 Mar 2026", 300, 118, 470, 140))
    # a line ending in a comma runs on into the next: a wrapped description, not a label
    assert not stacked_label(line("Edwardian diamond bar brooch,", 30, 100, 200, 114), value)


def test_a_group_header_placed_one_column_early_moves_over_its_columns():
    # the model puts "Amount" over columns 1-2, but its text stands over columns 2-3 only
    tokens = ["<tr>", "<td></td>", "<td", ' colspan="2"', ">", "</td>", "</tr>",
              "<tr>", "<td></td>", "<td></td>", "<td></td>", "<td></td>", "</tr>",
              "<tr>", "<td></td>", "<td></td>", "<td></td>", "<td></td>", "</tr>"]
    structure = TableStructure(tokens=tokens, size=(400, 120))
    lines = [_line("Amount", [205, 5, 290, 25], 0),
             _line("Item", [5, 45, 60, 65], 1), _line("Qty", [105, 45, 150, 65], 2),
             _line("Now", [205, 45, 250, 65], 3), _line("Owed", [305, 45, 360, 65], 4),
             _line("Water", [5, 85, 70, 105], 5), _line("42", [105, 85, 125, 105], 6),
             _line("12.60", [205, 85, 260, 105], 7), _line("0.00", [305, 85, 350, 105], 8)]
    table = build_table(structure, lines)
    assert table.cells[0] == ["", "", "Amount", "Amount"]
    assert [(c.col, c.col_span) for c in table.cell_list if c.text == "Amount"] == [(2, 2)]
    # a label centred over the two columns the model gave it stays where it is
    centred = build_table(structure, [_line("Amount", [135, 5, 230, 25], 0)] + lines[1:])
    assert centred.cells[0] == ["", "Amount", "Amount", ""]


def test_two_column_labels_read_as_one_line_are_cut_between_the_labels():
    from paddlecamp.docqa.structure.table_model import GridCell, split_merged_labels

    cells = [GridCell(0, 0, 1, 1, True), GridCell(0, 1, 1, 1, True), GridCell(0, 2, 1, 2, True),
             GridCell(1, 0), GridCell(1, 1), GridCell(1, 2), GridCell(1, 3)]
    members = [[_line("Name", [10, 10, 60, 30], 0)], [_line("Finish", [110, 10, 170, 30], 1)],
               [_line("Age cat. Cat. place", [200, 10, 350, 30], 2)],
               [_line("Hannah Okonjo", [10, 50, 100, 70], 3)], [_line("2:28:37", [110, 50, 170, 70], 4)],
               [_line("F30", [215, 50, 250, 70], 5)], [_line("1", [330, 50, 345, 70], 6)]]
    xs = [0, 105, 190, 290, 360]
    out, parts = split_merged_labels(cells, members, 1, xs)
    assert [(c.row, c.col, c.col_span) for c in out][:4] == [(0, 0, 1), (0, 1, 1), (0, 2, 1), (0, 3, 1)]
    assert [p[0].text for p in parts[2:4]] == ["Age cat.", "Cat. place"]
    assert parts[2][0].bbox[2] <= parts[3][0].bbox[0]
    # a group label standing above the labels of its row is a real merged header: left whole
    members[2] = [_line("Split times", [200, -12, 350, 8], 2)]
    out, parts = split_merged_labels(cells, members, 1, xs)
    assert [p[0].text for c, p in zip(out, parts) if c.row == 0 and p] == ["Name", "Finish", "Split times"]


def test_a_cells_lines_read_top_to_bottom_whatever_the_page_order():
    # OCR put the wrapped description's second line first (it shares a row with the lot number)
    tokens = ["<tr>", "<td></td>", "<td></td>", "</tr>", "<tr>", "<td></td>", "<td></td>", "</tr>",
              "<tr>", "<td></td>", "<td></td>", "</tr>"]
    structure = TableStructure(tokens=tokens, size=(400, 130))
    lines = [_line("Lot", [5, 5, 40, 25], 0), _line("Description", [105, 5, 200, 25], 1),
             _line("106", [5, 52, 40, 72], 2), _line("oak dining chairs", [105, 62, 260, 80], 3),
             _line("Set of six Arts and Crafts", [105, 42, 330, 60], 4),
             _line("107", [5, 97, 40, 117], 5), _line("Writing slope", [105, 97, 230, 117], 6)]
    table = build_table(structure, lines)
    assert table.cells[1] == ["106", "Set of six Arts and Crafts oak dining chairs"]


def test_a_ruled_table_with_a_two_level_header_from_a_pdf_text_layer(models):
    """A calibration certificate (dev4, born digital): the model's rows sit a row off the
    text, so the last column's first values were read into its header, and "Instrument
    reading (bar)" stands over "As found" and "As left"."""
    from paddlecamp.docqa import api
    from paddlecamp.docqa.chunking import table_items

    page = api.ocr(DATA.parent / "docqa-dev4" / "pages" / "calibration_certificate_en.pdf")[0]
    table = next(t for t in page.tables if any("As found" in c for c in t.cells[1]))
    assert table.header_rows == 2 and table.n_rows == 9
    assert [row[-1] for row in table.cells[2:]] == ["Yes"] * 7
    items = {(it["row_header"] or table.cells[it["row"]][0], it["col_header"]): it["text"] for it in table_items(table)}
    # each column's header, its two rows read together (the page rules them apart: "Error after"
    # over "adjustment"; the table model read them as one cell)
    heads = [h.replace(" / ", " ") for h in dict.fromkeys(h for _, h in items)]
    assert heads == ["Applied pressure (bar)", "Instrument reading (bar) As found", "Instrument reading (bar) As left",
                     "Error after adjustment", "Uncertainty (k = 2)", "Within tolerance?"]
    assert items[("300.00", "Instrument reading (bar) / As found")] == "302.4"
    assert items[("300.00", "Instrument reading (bar) / As left")] == "300.1"
    # the row is picked by "400 bar": its label "400.00" restates the question, the answer is beside it
    from paddlecamp.docqa.answer import extract
    from paddlecamp.docqa.chunking import chunk_page

    assert extract("What is the remaining error at 400 bar?", chunk_page(page)).answer == "-0.2"


def test_a_skewed_page_read_again_from_the_ocr_cache_gets_the_same_tables(models):
    # dev4's energy certificate is read deskewed (-2.4°); a wrapped sentence beside the rating
    # column sits exactly on the row-overlap threshold, and the boxes as kept (in the file,
    # rounded to 0.1 px, seen again through the stored reading frame) tipped it the other way:
    # the cache made one 13 x 2 table where the fresh reading had made 10 x 2 and 3 x 3.
    import cv2

    from paddlecamp.docqa.ocr.page import ocr_image, refresh_layout

    path = DATA.parent / "docqa-dev4" / "pages" / "energy_certificate_en.jpg"
    page = ocr_image(cv2.imread(str(path)), source=path.name)
    assert any("skewed" in n for n in page.notes)
    cached = refresh_layout(Page.from_dict(page.to_dict()))
    assert [(t.method, t.cells) for t in cached.tables] == [(t.method, t.cells) for t in page.tables]
    assert len(page.tables) >= 2
