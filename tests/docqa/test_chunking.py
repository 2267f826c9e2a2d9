"""Chunks keep provenance: one page each, union boxes, whole table rows with the header."""
from __future__ import annotations

from paddlecamp.docqa.chunking import chunk_page, chunk_pages, text_units
from paddlecamp.docqa.records import Line, Page, Table


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
