"""The third document-QA development set (data/docqa-dev3) and its renderer (docqa.dataset_styles)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from paddlecamp.docqa import dataset_styles as ds
from paddlecamp.docqa.dataset import normalize
from paddlecamp.docqa.devset import (committed_set, lines_off_ink, load_generator, regeneration_diffs,
                                     text_layer_misses)
from paddlecamp.docqa.dataset_extra import SLICES, page_rng, transform_truth
from paddlecamp.docqa.dataset_styles import (CharRule, Form, Leaders, Line, Panel, Run, Runs, Split, StylePage, Table,
                                             capture, render_page)

DEV3 = Path(__file__).resolve().parents[2] / "data" / "docqa-dev3"
#: Kinds of document the earlier sets (and a list of excluded kinds) already have.
TAKEN = ("bank_statement", "cafe_receipt", "conference", "timetable", "exam", "hotel", "sop", "lab_test", "lease",
         "medicine", "model_card", "payslip", "comparison", "purchase_order", "regional_sales", "release_notes",
         "utility", "waybill", "menu", "tax", "minutes", "weather", "exchange", "troubleshooting", "job", "licence_zh",
         "directory", "renovation", "flight", "warranty_card", "offer", "freight", "recipe", "paper", "rental",
         "insurance", "project_status", "league", "invoice_zh", "annual_report", "datasheet", "expense",
         "financial", "letter", "meeting", "packing", "spec_sheet")


def _make_dev3():
    return load_generator(DEV3 / "make_dev3.py")


@pytest.fixture(scope="module")
def committed():
    return committed_set(DEV3)


def test_regenerating_two_documents_gives_the_committed_files(committed):
    mod = _make_dev3()
    docs = [mod.OUTPATIENT_ZH, mod.LICENCE_EN]  # a JPEG page and a two-page text-layer PDF
    stand_ins = ds.stand_in_fonts(docs)
    if stand_ins:
        pytest.skip(f"fonts not installed here, pages differ: {stand_ins}")
    assert regeneration_diffs(mod.build, docs, DEV3) == []


def test_answers_are_on_their_page_and_unanswerable_ones_are_not(committed):
    qa, truth = committed
    for q in qa:
        page = truth[(q["source"], q["page"])]
        text = normalize("\n".join(ln["text"] for ln in page["lines"]))
        if q["answerable"]:
            assert normalize(q["answer"]) in text, q["id"]
            assert normalize(q["evidence_text"]) in text and normalize(q["answer"]) in normalize(q["evidence_text"])
        else:
            assert q["answer"] == "" and q["evidence_bbox"] is None


def test_question_mix_and_documents(committed):
    qa, truth = committed
    n = len(qa)
    by_type = Counter(q["qtype"] for q in qa)
    assert 170 <= n <= 210
    assert set(by_type) == {"table", "kv", "text", "unanswerable"}
    assert by_type["table"] >= 0.35 * n and by_type["kv"] >= 0.2 * n and by_type["text"] >= 0.15 * n
    assert by_type["unanswerable"] >= 25
    docs = {q["source"] for q in qa}
    assert 12 <= len(docs) <= 16 and 15 <= len(truth) <= 18
    assert not [d for d in docs for t in TAKEN if t in d]
    page_lang = {p["source"]: p["lang"] for p in truth.values()}
    assert Counter(page_lang.values())["zh"] * 2 >= len(docs) - 2
    assert all(q["lang"] == page_lang[q["source"]] for q in qa)  # Chinese questions for Chinese documents
    assert {q["slice"] for q in qa} == set(SLICES)
    assert all(q["kind"] and q["slice"] == truth[(q["source"], q["page"])]["slice"] for q in qa)
    assert len({q["id"] for q in qa}) == n
    for q in qa:  # table questions have their evidence inside a drawn table cell, the others outside
        if q["answerable"]:
            page = truth[(q["source"], q["page"])]
            line = next(ln for ln in page["lines"]
                        if ln["bbox"] == q["evidence_bbox"] and ln["text"] == q["evidence_text"])
            assert ("cell" in line) == (q["qtype"] == "table"), q["id"]


def test_pages_use_the_new_typography(committed):
    _, truth = committed
    fonts = Counter(f for p in truth.values() for f in p["fonts"])
    for fam in ("dejavu-sans", "dejavu-condensed", "dejavu-serif", "dejavu-mono", "wqy", "wqy-mono", "noto-serif"):
        assert fonts[fam], fam
    lines = [ln for p in truth.values() for ln in p["lines"]]
    assert any(ln.get("filler") for ln in lines)  # ---- / ==== rules printed as text
    assert any("....." in ln["text"] and not ln.get("filler") for ln in lines)  # receipt leaders
    tables = [t for p in truth.values() for t in p["tables"]]
    assert {t["style"] for t in tables} >= {"ruled", "hrules", "lines", "none"}
    assert any(t["spans"] and t["header_rows"] == 2 for t in tables)  # merged header cells
    assert any(t["total_rows"] for t in tables)
    assert any("lines" in c for t in tables for c in t["cells"])  # wrapped cells
    assert any("column" in ln for ln in lines)  # sidebars and side-by-side parts


def test_page_files_are_small_and_sized_like_the_truth(committed):
    _, truth = committed
    total = sum(p.stat().st_size for p in (DEV3 / "pages").iterdir())
    assert total < 4 * 2**20
    for (source, _), page in truth.items():
        if not source.endswith(".pdf"):
            with Image.open(DEV3 / "pages" / source) as im:
                assert im.size == (page["width"], page["height"])


@pytest.mark.parametrize("source", ["software_licence_invoice_en.pdf", "property_fee_notice_zh.pdf"])
def test_text_layer_pdf_holds_every_line(committed, source):
    pytest.importorskip("pypdfium2")
    _, truth = committed
    assert text_layer_misses(DEV3, truth, source) == []


def test_committed_boxes_land_on_ink(committed):
    _, truth = committed
    assert lines_off_ink(DEV3, truth) == []  # grey small print included


# --------------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------------
def _sample() -> StylePage:
    return StylePage((
        Line("会员登记表", 28, family="wqy", tracking=10, align="center"),
        Runs((Run("Total", 14), Run("$1,234.50", 30, True, "dejavu-sans"))),
        Leaders((("Latte", "4.50"), ("Scone", "3.20")), size=16, family="dejavu-mono"),
        CharRule("=", 16, "dejavu-mono"),
        Leaders((("Gift box", "$12"),), size=16, family="dejavu-condensed", mode="graphic"),
        Form((("Name", "Ada Wong"), ("Phone", "555 0100"), ("Code", "X-77")), cols=3, style="underline",
             family="dejavu-sans"),
        Form((("日期", "2025-03-01"), ("金额", "¥88"), ("编号", "A-1")), cols=3, style="stacked", family="wqy"),
        Table((("Item", "Amount", ""), ("", "EUR", "USD"), ("Seat\nannual", "€420.00", "$450.00"),
               ("Total", "€420.00", "$450.00")), (0.5, 0.25, 0.25), spans=((0, 0, 2, 1), (0, 1, 1, 2)),
              header_rows=2, total_rows=1, family="dejavu-serif", align="lrr"),
        Split(((Line("Sidebar", 15),), (Panel((Line("Main text", 18, family="noto-serif"),)),)), widths=(0.3, 0.7)),
    ), size=(700, 900), margin=40)


def test_render_records_every_kind_of_line():
    r = render_page(_sample())
    by_text = {ln["text"]: ln for ln in r.lines}
    assert "会员登记表" in by_text  # letter-spaced: one truth line, no spaces added
    assert "Total $1,234.50" in by_text  # two sizes on one baseline: one line
    latte = next(t for t in by_text if t.startswith("Latte"))
    assert latte.endswith(" 4.50") and "....." in latte
    assert any(ln.get("filler") and set(ln["text"]) == {"="} for ln in r.lines)
    assert "Gift box" in by_text and "$12" in by_text  # graphic leaders: item and price apart
    assert {"Name", "Ada Wong", "日期", "2025-03-01"} <= set(by_text)
    assert by_text["Sidebar"]["column"] == 0 and by_text["Main text"]["column"] == 1
    table = r.tables[0]
    cells = {c["text"]: c for c in table["cells"]}
    assert cells["Seat annual"]["lines"] == ["Seat", "annual"] and cells["Amount"]["colspan"] == 2
    assert by_text["Seat"]["cell"] == by_text["annual"]["cell"] == [2, 0]
    assert table["total_rows"] == 1 and [ln["order"] for ln in r.lines] == list(range(len(r.lines)))


@pytest.mark.parametrize("slice_name", ["rot90", "photo", "skew", "lowres"])
def test_capture_carries_boxes_with_the_pixels(slice_name):
    r = render_page(_sample())
    cap = capture(r, slice_name, page_rng("unit3", 1))
    lines, _ = transform_truth(r, cap.hmat)
    w, h = cap.image.size
    a = np.asarray(cap.image.convert("L"), dtype=np.float32)
    paper = float(np.median(a))
    for ln in lines:
        x0, y0, x1, y1 = ln["bbox"]
        assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
        assert a[y0:y1, x0:x1].min() < paper - 50, (slice_name, ln["text"])  # ink inside the box


def test_layout_errors_are_caught():
    with pytest.raises(ValueError, match="no glyph"):  # DejaVu has no Chinese
        render_page(StylePage((Line("中文", 20, family="dejavu-sans"),)))
    with pytest.raises(ValueError, match="wider"):
        render_page(StylePage((Table((("a very long cell text that cannot fit", "b"),), (0.1, 0.9)),)))
    with pytest.raises(ValueError, match="bottom"):
        render_page(StylePage((Line("first", 20), ds.Space(800)), size=(600, 800)))
    with pytest.raises(ValueError, match="unknown font family"):
        ds.font_source("comic-sans")


def test_missing_family_falls_back(monkeypatch):
    fake = ds._Family("No Such Font Family", "Regular", None, ("no-such-font.ttf", None), "sans")
    monkeypatch.setitem(ds.FAMILIES, "nosuch", fake)
    ds.font_source.cache_clear()
    try:
        src = ds.font_source("nosuch")
        assert src.fallback and (src.path, src.index) == ds.font_file("sans")
    finally:
        ds.font_source.cache_clear()


@pytest.mark.parametrize("source", ["software_licence_invoice_en.pdf", "property_fee_notice_zh.pdf"])
def test_ingest_reads_every_text_layer_line_beside_a_large_letterhead(committed, source):
    """A big company name beside a stack of small address lines: each small line stays whole
    (rows by shared baseline, not by overlap with the tall glyphs)."""
    from paddlecamp.docqa.ingest import iter_pages

    _, truth = committed
    for p in iter_pages(DEV3 / "pages" / source):
        assert p.text_lines, (source, p.page)
        read = normalize("\n".join(ln.text for ln in p.text_lines))
        missing = [ln["text"] for ln in truth[(source, p.page)]["lines"]
                   if not ln.get("filler") and normalize(ln["text"]) not in read]
        assert not missing, (source, p.page, missing)
