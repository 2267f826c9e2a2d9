"""The fifth document-QA development set (data/docqa-dev5): table structures and harsher captures, measured before tuning."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from paddlecamp.docqa import dataset_styles as ds
from paddlecamp.docqa.dataset_extra import HARSH_SLICES, SLICES
from paddlecamp.docqa.devset import (committed_set, image_pdf_misses, lines_off_ink, load_generator,
                                     placement_errors, regeneration_diffs, text_layer_misses)

DATA = Path(__file__).resolve().parents[2] / "data"
DEV5 = DATA / "docqa-dev5"
#: Kinds of document the earlier sets (and a list of excluded kinds) already have: test_dev4's list
#: and dev4's own kinds.
TAKEN = ("bank_statement", "cafe_receipt", "conference", "timetable", "exam", "hotel", "sop", "lab_test", "lease",
         "medicine", "model_card", "payslip", "comparison", "purchase_order", "regional_sales", "release_notes",
         "utility", "waybill", "menu", "tax", "minutes", "weather", "exchange", "troubleshooting", "job", "licence_zh",
         "directory", "renovation", "flight", "warranty_card", "offer", "freight", "recipe", "paper", "rental",
         "insurance", "project_status", "league", "invoice_zh", "annual_report", "datasheet", "expense",
         "financial", "letter", "meeting", "packing", "spec_sheet",
         "vehicle_inspection", "product_recall", "community_signup", "school_fee", "pet_vaccination", "moving_quote",
         "box_office", "apartment_viewings", "trial_summary", "calibration_certificate", "energy_certificate",
         "auction_results")
KINDS = ("number", "money", "date", "time", "name", "place", "code", "phone", "percent", "text")


def _kind(source: str) -> str:
    """``rail_fare_matrix_zh.jpg`` -> ``rail_fare_matrix``."""
    return re.sub(r"_(zh|en)$", "", Path(source).stem)


def _make_dev5():
    return load_generator(DEV5 / "make_dev5.py")


@pytest.fixture(scope="module")
def committed():
    return committed_set(DEV5)


def test_regenerating_two_documents_gives_the_committed_files(committed):
    mod = _make_dev5()
    docs = [mod.BUDGET_ZH, mod.ELECTION_EN]  # a two-page text-layer PDF and a two-page phone-photo PDF
    stand_ins = ds.stand_in_fonts(docs)
    if stand_ins:
        pytest.skip(f"fonts not installed here, pages differ: {stand_ins}")
    assert regeneration_diffs(mod.build, docs, DEV5) == []


def test_answers_are_on_their_page_and_table_answers_in_a_cell(committed):
    qa, truth = committed
    assert placement_errors(qa, truth) == []
    table_q = next(q for q in qa if q["qtype"] == "table")
    unanswerable = next(q for q in qa if not q["answerable"])
    broken = [dict(table_q, answer=table_q["answer"] + "9"), dict(unanswerable, answer="42"),
              dict(table_q, id="given-away", question=f"{table_q['question']} ({table_q['answer']})")]
    assert placement_errors(broken, truth) == [table_q["id"], unanswerable["id"], "given-away"]


def test_question_mix(committed):
    qa, truth = committed
    n = len(qa)
    by_type = Counter(q["qtype"] for q in qa)
    assert 120 <= n <= 150
    assert set(by_type) == {"table", "kv", "text", "unanswerable"}
    assert by_type["table"] >= 0.55 * n
    assert by_type["kv"] >= 0.12 * n and by_type["text"] >= 0.11 * n
    assert by_type["unanswerable"] >= 0.15 * n
    assert len({q["id"] for q in qa}) == n and len({(q["source"], q["question"]) for q in qa}) == n
    assert {q["kind"] for q in qa} <= set(KINDS) and len({q["kind"] for q in qa}) == len(KINDS)
    assert sum(bool(q["aliases"]) for q in qa if q["answerable"]) >= 0.5 * sum(q["answerable"] for q in qa)
    page_lang = {p["source"]: p["lang"] for p in truth.values()}
    assert all(q["lang"] == page_lang[q["source"]] for q in qa)  # Chinese questions for Chinese documents
    assert Counter(q["lang"] for q in qa)["zh"] >= 0.4 * n and Counter(q["lang"] for q in qa)["en"] >= 0.4 * n
    assert all(q["slice"] == truth[(q["source"], q["page"])]["slice"] for q in qa)
    assert {q["slice"] for q in qa} == set(SLICES) | set(HARSH_SLICES)
    for src in page_lang:  # every document has table, key-value and unanswerable questions
        types = {q["qtype"] for q in qa if q["source"] == src}
        assert {"table", "kv", "unanswerable"} <= types, src


def test_every_capture_condition_and_the_harsh_ones_on_two_pages(committed):
    _, truth = committed
    pages = Counter(p["slice"] for p in truth.values())
    assert set(pages) == set(SLICES) | set(HARSH_SLICES)
    assert all(pages[s] >= 2 for s in HARSH_SLICES)
    for p in truth.values():
        if p["slice"] == "phone":
            assert 3.0 <= abs(p["capture"]["angle"]) <= 7.0 and 55 <= p["capture"]["quality"] <= 65
            assert 0.66 <= p["capture"]["scale"] <= 0.74
        if p["slice"] == "fax":
            assert p["capture"]["vertical"] <= 0.56 and 0.4 <= abs(p["capture"]["angle"]) <= 1.0


def test_documents_are_new_kinds(committed):
    qa, truth = committed
    docs = {p["source"] for p in truth.values()}
    assert len(docs) == 10 and {q["source"] for q in qa} == docs
    assert Counter(p["lang"] for p in {p["source"]: p for p in truth.values()}.values()) == {"zh": 5, "en": 5}
    assert 11 <= len(truth) <= 13
    pages = Counter(s for s, _ in truth)
    multi = {s for s, k in pages.items() if k > 1}
    assert {truth[(s, 1)]["slice"] for s in multi if s.endswith(".pdf")} >= {"pdf-text"}
    assert any(p["slice"] == "pdf-image" for p in truth.values())
    earlier = {_kind(p.name) for d in ("docqa", "docqa-dev2", "docqa-dev3", "docqa-dev4")
               if (DATA / d / "pages").is_dir() for p in (DATA / d / "pages").iterdir()}
    assert {"parking_ticket", "auction_results"} <= earlier  # the earlier sets were found
    for src in docs:
        kind = _kind(src)
        assert not [t for t in TAKEN if t in kind], src
        assert not [e for e in earlier if e in kind or kind in e], src
    assert len({_kind(s) for s in docs}) == len(docs)


def test_the_table_structures_the_set_is_for(committed):
    _, truth = committed
    tables = [t for p in truth.values() for t in p["tables"]]
    assert len(tables) >= 18
    assert {t["style"] for t in tables} >= {"ruled", "hrules", "lines", "none", "vrules"}
    # matrix tables: a corner cell naming both axes
    corners = [t["rows"][0][0] for t in tables]
    assert sum(("\\" in c or " / " in c) for c in corners) >= 3
    # two- and three-level column headers with group cells spanning several columns
    assert sum(t["header_rows"] >= 2 and any(s[0] < t["header_rows"] and s[3] > 1 for s in t["spans"])
               for t in tables) >= 6
    assert any(t["header_rows"] == 3 for t in tables)
    # row groups: a first-column cell spanning several body rows; section rows spanning the width
    assert sum(any(s[0] >= t["header_rows"] and s[1] == 0 and s[2] > 1 for s in t["spans"]) for t in tables) >= 3
    assert sum(any(s[0] >= t["header_rows"] and s[3] == t["n_cols"] for s in t["spans"]) for t in tables) >= 2
    # units in a header's second line, wide tables, dashes and signs in cells
    heads = [c for t in tables for c in t["cells"] if c["row"] < t["header_rows"]]
    assert sum("lines" in c and re.search(r"[（(]", c["lines"][-1]) is not None for c in heads) >= 6
    assert sum(t["n_cols"] >= 8 for t in tables) >= 4
    cells = [c["text"] for t in tables for c in t["cells"]]
    assert any(c == "—" for c in cells) and any(c.startswith("+") for c in cells) and any(c.startswith("-")
                                                                                          for c in cells)
    assert any(c.endswith("*") for c in cells)
    # a table continued on the next page with its header repeated
    budget = [truth[("budget_execution_zh.pdf", k)]["tables"][0]["rows"][:2] for k in (1, 2)]
    assert budget[0] == budget[1]
    # two tables side by side
    assert sum(1 for p in truth.values()
               if len({ln.get("column") for ln in p["lines"] if "cell" in ln and "column" in ln}) >= 2) >= 4


def test_page_files_are_small_and_sized_like_the_truth(committed):
    _, truth = committed
    files = sorted((DEV5 / "pages").iterdir())
    assert {f.name for f in files} == {s for s, _ in truth}
    assert sum(f.stat().st_size for f in files) < 3 * 2**20
    for (source, _), page in truth.items():
        if not source.endswith(".pdf"):
            with Image.open(DEV5 / "pages" / source) as im:
                assert im.size == (page["width"], page["height"])


def test_harsh_pdfs_are_image_pdfs_of_the_captured_size(committed):
    pytest.importorskip("pypdfium2")
    import pypdfium2 as pdfium

    _, truth = committed
    for source in ("election_results_en.pdf", "crop_yield_survey_zh.pdf"):
        pdf = pdfium.PdfDocument(str(DEV5 / "pages" / source))
        try:
            assert len(pdf) == 2
            for i in range(2):
                page = truth[(source, i + 1)]
                w, h = pdf[i].get_size()
                assert (round(w * 100 / 72), round(h * 100 / 72)) == (page["width"], page["height"])
                assert pdf[i].get_textpage().get_text_range().strip() == ""  # no text layer
        finally:
            pdf.close()


def test_text_layer_pdf_holds_every_line(committed):
    pytest.importorskip("pypdfium2")
    _, truth = committed
    source = "budget_execution_zh.pdf"
    assert all(p["slice"] == "pdf-text" for (s, _), p in truth.items() if s == source)
    assert text_layer_misses(DEV5, truth, source) == []


def test_committed_boxes_land_on_ink(committed):
    _, truth = committed
    assert lines_off_ink(DEV5, truth) == []  # grey small print, phone and fax pages included


def test_harsh_pdf_pages_boxes_land_on_ink(committed, tmp_path):
    """The photographed and faxed PDF pages: image-only, and their boxes land on ink."""
    pytest.importorskip("pypdfium2")
    _, truth = committed
    assert image_pdf_misses(DEV5, truth, ("election_results_en.pdf", "crop_yield_survey_zh.pdf"), tmp_path) == []


def test_harsh_captures_are_deterministic_and_map_boxes():
    import numpy as np

    from paddlecamp.docqa.dataset_extra import map_box, page_rng

    mod = _make_dev5()
    spec = mod.ELECTION_EN.pages[0]
    r = ds.render_page(spec)
    for name in HARSH_SLICES:
        a = ds.capture(r, name, page_rng("x.pdf", 1))
        b = ds.capture(r, name, page_rng("x.pdf", 1))
        assert np.array_equal(np.asarray(a.image), np.asarray(b.image)) and a.params == b.params
        w, h = a.image.size
        for ln in r.lines:
            x0, y0, x1, y1 = map_box(ln["bbox"], a.hmat)
            assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h, (name, ln["text"])


def test_regeneration_diffs_names_what_changed():
    mod = _make_dev5()
    docs = [mod.NUTRITION_ZH]

    def tampered(ds_):
        files, truth, qa = mod.build(ds_)
        return {k: v + b"x" for k, v in files.items()}, truth, [dict(q, answer=q["answer"] + "!") for q in qa]

    assert regeneration_diffs(tampered, docs, DEV5) == ["questions", "nutrition_facts_zh.jpg"]


@pytest.mark.parametrize("name, slices, ok", [("a.pdf", ("phone", "phone"), True), ("a.pdf", ("fax", "pdf-image"), True),
                                              ("a.pdf", ("pdf-text",), True), ("a.pdf", ("pdf-text", "fax"), False),
                                              ("a.pdf", ("skew",), False), ("a.jpg", ("phone",), True),
                                              ("a.jpg", ("pdf-image",), False)])
def test_a_pdf_holds_a_text_layer_or_page_images_of_any_image_capture(name, slices, ok):
    from types import SimpleNamespace

    from paddlecamp.docqa.devset import Doc, check_slices

    doc = Doc(name, "en", tuple(SimpleNamespace(slice=s) for s in slices), ())
    if ok:
        assert check_slices(doc) == set(slices)
    else:
        with pytest.raises(ValueError, match="do not fit the file type"):
            check_slices(doc)
