"""Chunks keep provenance: one page each, union boxes, whole table rows with the header."""
from __future__ import annotations

from paddlecamp.docqa.chunking import chunk_page, chunk_pages, text_units
from paddlecamp.docqa.records import Cell, Line, Page, Table


def _line(text, order, y, x0=50, x1=600):
    return Line(text=text, score=1.0, box=[[x0, y], [x1, y], [x1, y + 30], [x0, y + 30]], order=order)


def _page(n_lines=6, page=1, text="这是一行中文文本，用来测试分块的大小。"):
    return Page(source="doc.pdf", page=page, width=1000, height=2000,
                lines=[_line(f"{i}{text}", i, 100 + 40 * i) for i in range(n_lines)])


def test_text_units_count_chinese_characters_fully():
    assert text_units("中文字") == 3
    assert text_units("abcd") == 1


def test_chunks_never_cross_pages_and_boxes_cover_their_lines():
    pages = [_page(8, page=1), _page(8, page=2)]
    chunks = chunk_pages(pages, max_units=50, doc_hash="abc")
    assert {c.page for c in chunks} == {1, 2}
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    for c in chunks:
        lines = [l for p in pages if p.page == c.page for l in p.lines if l.text in c.text.splitlines()]
        assert lines and len(lines) == len(c.line_bboxes)
        assert c.bbox == [min(l.bbox[0] for l in lines), min(l.bbox[1] for l in lines),
                          max(l.bbox[2] for l in lines), max(l.bbox[3] for l in lines)]
        assert text_units(c.text) <= 50 or len(lines) == 1
    # Every line lands in exactly one chunk.
    assert sum(len(c.line_bboxes) for c in chunks) == 16


def test_table_rows_stay_whole_and_repeat_the_header():
    page = _page(2)
    rows = [["区域", "收入"]] + [[f"区域{i}", f"{i * 100}"] for i in range(1, 9)]
    row_boxes = [[50, 300 + 40 * r, 600, 330 + 40 * r] for r in range(len(rows))]
    page.tables = [Table(cells=rows, bbox=[50, 300, 600, 330 + 40 * 8], row_bboxes=row_boxes, line_orders=[])]
    # Put table lines into the page so the chunker meets the table in reading order.
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            order = 2 + 2 * r + c
            page.lines.append(_line(cell, order, 300 + 40 * r, 50 + 300 * c, 300 + 300 * c))
            page.tables[0].line_orders.append(order)
    chunks = chunk_page(page, max_units=20)
    tables = [c for c in chunks if c.kind == "table"]
    assert len(tables) >= 2
    body = []
    for c in tables:
        lines = c.text.splitlines()
        assert lines[:2] == ["| 区域 | 收入 |", "|---|---|"]
        body += lines[2:]
        assert len(c.line_bboxes) == len(lines) - 1  # header box + one box per row
    assert body == [f"| 区域{i} | {i * 100} |" for i in range(1, 9)]
    texts = [c for c in chunks if c.kind == "text"]
    assert texts and all("区域" not in c.text for c in texts)


def test_empty_page_gives_no_chunks():
    assert chunk_page(Page(source="x.png", page=1, width=10, height=10)) == []


def test_leader_dots_separate_a_label_from_its_value():
    from paddlecamp.docqa.chunking import kv_pairs

    assert kv_pairs("1st place ........................ $15,000") == [("1st place", "$15,000", 0, 42)]
    assert [p[:2] for p in kv_pairs("车牌号码 ……………… 沪A·7K3P9")] == [("车牌号码", "沪A·7K3P9")]
    assert [p[:2] for p in kv_pairs("Total . . . . . 18.50")] == [("Total", "18.50")]
    assert kv_pairs("See p. 3... and more") == []  # an ellipsis in running text
    assert [p[:2] for p in kv_pairs("Date: 3 May 2025   Ref: A-17")] == [("Date", "3 May 2025"), ("Ref", "A-17")]


def test_a_headerless_table_keeps_every_row_in_its_chunks():
    from paddlecamp.docqa.chunking import _table_pieces

    t = Table(cells=[["Plate", "SH-7K3P9"], ["Total", "13.00"]], bbox=[0, 0, 100, 40],
              row_bboxes=[[0, 0, 100, 20], [0, 20, 100, 40]], line_orders=[], header_rows=0, header_cols=1)
    (text, _, items), = _table_pieces(t, 120)
    assert text.splitlines()[:2] == ["| | |", "|---|---|"] and "| Plate | SH-7K3P9 |" in text
    assert [(it["row_header"], it["text"]) for it in items] == [("Plate", "SH-7K3P9"), ("Total", "13.00")]


def test_stacked_labels_on_a_form_become_pairs_and_a_cell_reads_label_value():
    from paddlecamp.docqa.structure.table_model import _cell_text

    def box(text, order, x0, y0, x1, y1):
        return Line(text=text, score=1.0, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], order=order)

    lines = [box("Repair order", 0, 50, 40, 400, 80),
             box("ORDER NO", 1, 50, 100, 140, 114), box("TECHNICIAN", 2, 400, 100, 500, 114),
             box("RO-24-118352", 3, 50, 118, 260, 142), box("Callum Brody", 4, 400, 118, 600, 142)]
    page = Page(source="ro.jpg", page=1, width=1000, height=1000, lines=lines)
    pairs = [(it["key"], it["value"]) for c in chunk_page(page) if c.kind == "kv" for it in c.items]
    assert pairs == [("ORDER NO", "RO-24-118352"), ("TECHNICIAN", "Callum Brody")]
    assert _cell_text([lines[3], lines[1]]) == "ORDER NO: RO-24-118352"  # a boxed field's two lines
    assert _cell_text([lines[3], lines[4]]) == "RO-24-118352 Callum Brody"


def _box(text, order, x0, y0, x1, y1):
    return Line(text=text, score=1.0, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], order=order)


def test_a_row_of_labels_over_a_table_pairs_with_its_top_row_and_no_line_is_lost():
    """A boxed form whose first row of labels the layout model left out of the table's box:
    the labels take their values from the table's top row, and "3 Date", numbered but one of a
    row of lines, is no section heading (the labels were lost as headings before)."""
    labels = [_box("1 Exporter", 0, 90, 210, 195, 230), _box("2 Declaration no", 1, 535, 210, 690, 230),
              _box("3 Date", 2, 980, 208, 1050, 232)]
    top = [_box("Baltic Amber Crafts OÜ", 3, 91, 239, 374, 271), _box("EE25-EX-0093172", 4, 537, 239, 756, 271),
           _box("03.11.2025", 5, 980, 239, 1120, 271)]
    second = [_box("Maple Leaf Gift Co.", 6, 92, 290, 428, 322), _box("Canada (CA)", 7, 535, 290, 693, 322),
              _box("CIP Toronto", 8, 980, 290, 1120, 322)]
    grid = [[l.text for l in top], [l.text for l in second]]
    cells = [Cell(row=r, col=c, text=l.text, bbox=l.bbox) for r, row in enumerate((top, second))
             for c, l in enumerate(row)]
    table = Table(cells=grid, bbox=[91, 239, 1120, 322], row_bboxes=[[91, 239, 1120, 271], [91, 290, 1120, 322]],
                  line_orders=[3, 4, 5, 6, 7, 8], cell_list=cells, header_rows=0, method="slanet")
    page = Page(source="sad.pdf", page=1, width=1400, height=1000, lines=labels + top + second, tables=[table])
    chunks = chunk_page(page)
    pairs = [(it["key"], it["value"]) for c in chunks if c.kind == "kv" for it in c.items]
    assert ("Exporter", "Baltic Amber Crafts OÜ") in pairs and ("Declaration no", "EE25-EX-0093172") in pairs
    assert all(c.section != "3 Date" for c in chunks)  # beside other lines: a label, not a heading
    text = "\n".join(c.text for c in chunks)
    assert all(l.text in text for l in page.lines)
    assert "| Baltic Amber Crafts OÜ |" in text  # the value stays in the table too


def test_a_title_right_over_a_heading_stays_in_the_section():
    lines = [_box("青禾农业科技有限公司2024年度报告", 0, 200, 40, 900, 100), _box("第一部分 公司概况", 1, 50, 130, 400, 180),
             _box("公司成立于2012年，总部位于成都市高新区。", 2, 50, 200, 800, 230),
             _box("截至2024年12月31日，公司共有员工1,326人。", 3, 50, 240, 800, 270)]
    chunks = chunk_page(Page(source="r.pdf", page=1, width=1000, height=1000, lines=lines))
    assert [c.section for c in chunks] == ["青禾农业科技有限公司2024年度报告\n第一部分 公司概况"]
    assert chunks[0].text.startswith("青禾农业科技有限公司2024年度报告\n第一部分 公司概况\n")
    last = lines + [_box("第二部分 财务数据", 4, 50, 300, 400, 350)]  # a heading as the page's last line
    assert chunk_page(Page(source="r.pdf", page=1, width=1000, height=1000, lines=last))[-1].text == "第二部分 财务数据"


def test_a_heading_alone_over_a_table_is_not_taken_for_its_label():
    heading = _box("二、校级奖学金汇总", 0, 50, 100, 300, 124)
    top = [_box("等级", 1, 50, 128, 120, 156), _box("金额（元）", 2, 300, 128, 420, 156)]
    rows = [_box("一等奖学金", 3, 50, 170, 200, 198), _box("5,000", 4, 300, 170, 380, 198)]
    cells = [Cell(row=r, col=c, text=l.text, bbox=l.bbox) for r, row in enumerate((top, rows)) for c, l in enumerate(row)]
    table = Table(cells=[[l.text for l in top], [l.text for l in rows]], bbox=[50, 128, 420, 198],
                  row_bboxes=[[50, 128, 420, 156], [50, 170, 420, 198]], line_orders=[1, 2, 3, 4],
                  cell_list=cells, header_rows=1, method="slanet")
    chunks = chunk_page(Page(source="s.pdf", page=1, width=1000, height=1000, lines=[heading] + top + rows,
                             tables=[table]))
    assert [c.kind for c in chunks] == ["table"] and chunks[0].section == "二、校级奖学金汇总"


def test_a_field_value_that_wraps_onto_the_next_line_stays_one_value():
    # "说明：" opens a sentence that runs to the right margin and breaks off mid-clause; the
    # next line, set flush under it, finishes it (the cause a why-question asks for).
    lines = [_line("2026年1—9月预算执行情况表（单位：万元）", 0, 40, 50, 500),
             _line("说明：1—9月一般公共预算支出执行率66.4%，低于序时进度8.6个百分点。其中文化遗产保护项目因", 1, 100, 50, 720),
             _line("城南窑址考古勘探延期，工程款未能按计划支付。", 2, 134, 50, 400),
             _line("电话：0571-8765 4321", 3, 190, 50, 260),
             _line("请各单位于10月20日前报送下一季度用款计划。", 4, 224, 50, 420)]
    page = Page(source="b.pdf", page=1, width=800, height=300, lines=lines)
    items = [it for c in chunk_page(page) if c.kind == "kv" for it in c.items]
    note = next(it for it in items if it["key"] == "说明")
    assert note["value"].endswith("项目因城南窑址考古勘探延期，工程款未能按计划支付")
    # a short field is no wrapped value: the sentence under it stays a paragraph of its own
    phone = next(it for it in items if it["key"] == "电话")
    assert phone["value"] == "0571-8765 4321"
    texts = [c.text for c in chunk_page(page) if c.kind == "text"]
    assert any("下一季度用款计划" in t for t in texts) and not any("城南窑址" in t for t in texts)


def test_a_value_glued_to_the_next_label_is_split_at_the_label():
    """OCR closes the gap between a form's fields: "复核：陈建国开票人：王芳" is two pairs."""
    from paddlecamp.docqa.chunking import kv_pairs

    got = [(k, v) for k, v, _, _ in kv_pairs("收款人：林晓梅复核：陈建国开票人：王芳")]
    assert got == [("收款人", "林晓梅"), ("复核", "陈建国"), ("开票人", "王芳")]
    assert [(k, v) for k, v, _, _ in kv_pairs("负责人：张三联系电话：13800138000")] == [
        ("负责人", "张三"), ("联系电话", "13800138000")]
    # a sentence with a colon in it is one value; a clock time is no label
    assert len(kv_pairs("备注：请于三月一日前付款，逾期说明：无")) == 1
    assert kv_pairs("会议时间：2025年4月12日上午9:00")[0][1] == "2025年4月12日上午9:00"
