"""The fourth document-QA development set (data/docqa-dev4): new kinds of document, measured before tuning."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from paddlecamp.docqa import dataset_styles as ds
from paddlecamp.docqa.devset import (committed_set, lines_off_ink, load_generator, placement_errors,
                                     regeneration_diffs, text_layer_misses)
from paddlecamp.docqa.dataset_extra import SLICES

DATA = Path(__file__).resolve().parents[2] / "data"
DEV4 = DATA / "docqa-dev4"
#: Kinds of document the earlier sets (and a list of excluded kinds) already have (as in test_dev3).
TAKEN = ("bank_statement", "cafe_receipt", "conference", "timetable", "exam", "hotel", "sop", "lab_test", "lease",
         "medicine", "model_card", "payslip", "comparison", "purchase_order", "regional_sales", "release_notes",
         "utility", "waybill", "menu", "tax", "minutes", "weather", "exchange", "troubleshooting", "job", "licence_zh",
         "directory", "renovation", "flight", "warranty_card", "offer", "freight", "recipe", "paper", "rental",
         "insurance", "project_status", "league", "invoice_zh", "annual_report", "datasheet", "expense",
         "financial", "letter", "meeting", "packing", "spec_sheet")
KINDS = ("number", "money", "date", "time", "name", "place", "code", "phone", "percent", "text")


def _kind(source: str) -> str:
    """``vehicle_inspection_zh.jpg`` -> ``vehicle_inspection``."""
    return re.sub(r"_(zh|en)$", "", Path(source).stem)


def _make_dev4():
    return load_generator(DEV4 / "make_dev4.py")


@pytest.fixture(scope="module")
def committed():
    return committed_set(DEV4)


def test_regenerating_two_documents_gives_the_committed_files(committed):
    mod = _make_dev4()
    docs = [mod.RECALL_ZH, mod.SIGNUP_ZH]  # a two-page text-layer PDF and a photographed JPEG page
    stand_ins = ds.stand_in_fonts(docs)
    if stand_ins:
        pytest.skip(f"fonts not installed here, pages differ: {stand_ins}")
    assert regeneration_diffs(mod.build, docs, DEV4) == []


def test_answers_are_on_their_page_and_table_answers_in_a_cell(committed):
    qa, truth = committed
    assert placement_errors(qa, truth) == []


def test_question_mix(committed):
    qa, truth = committed
    n = len(qa)
    by_type = Counter(q["qtype"] for q in qa)
    assert 140 <= n <= 175
    assert set(by_type) == {"table", "kv", "text", "unanswerable"}
    assert by_type["table"] >= 0.40 * n
    assert by_type["kv"] >= 0.20 * n and by_type["text"] >= 0.17 * n
    assert by_type["unanswerable"] >= 15 and by_type["unanswerable"] >= 0.13 * n
    assert len({q["id"] for q in qa}) == n and len({(q["source"], q["question"]) for q in qa}) == n
    assert {q["kind"] for q in qa} <= set(KINDS) and len({q["kind"] for q in qa}) >= 9
    assert sum(bool(q["aliases"]) for q in qa if q["answerable"]) >= 0.5 * sum(q["answerable"] for q in qa)
    page_lang = {p["source"]: p["lang"] for p in truth.values()}
    assert all(q["lang"] == page_lang[q["source"]] for q in qa)  # Chinese questions for Chinese documents
    assert all(q["slice"] == truth[(q["source"], q["page"])]["slice"] for q in qa)
    assert {q["slice"] for q in qa} == set(SLICES)
    for src in page_lang:  # every document has table, key-value and unanswerable questions
        types = {q["qtype"] for q in qa if q["source"] == src}
        assert {"table", "kv", "unanswerable"} <= types, src


def test_documents_are_new_kinds(committed):
    qa, truth = committed
    docs = {p["source"] for p in truth.values()}
    assert len(docs) == 12 and {q["source"] for q in qa} == docs
    assert Counter(p["lang"] for p in {p["source"]: p for p in truth.values()}.values()) == {"zh": 6, "en": 6}
    pages = Counter(s for s, _ in truth)
    multi = {s for s, k in pages.items() if k > 1}
    assert {truth[(s, 1)]["slice"] for s in multi if s.endswith(".pdf")} >= {"pdf-text", "pdf-image"}
    earlier = {_kind(p.name) for d in ("docqa", "docqa-dev2", "docqa-dev3") if (DATA / d / "pages").is_dir()
               for p in (DATA / d / "pages").iterdir()}
    assert "parking_ticket" in earlier  # the earlier sets were found
    for src in docs:
        kind = _kind(src)
        assert not [t for t in TAKEN if t in kind], src
        assert not [e for e in earlier if e in kind or kind in e], src
    assert len({_kind(s) for s in docs}) == len(docs)


def test_pages_use_typography_beside_dev3s(committed):
    _, truth = committed
    fonts = Counter(f for p in truth.values() for f in p["fonts"])
    for fam in ("dejavu-serif-condensed", "dejavu-light", "dejavu-oblique", "noto-mono-cjk",  # new in dev4
                "dejavu-sans", "dejavu-condensed", "dejavu-serif", "wqy", "noto-serif", "sans", "serif"):
        assert fonts[fam], fam
    lines = [ln for p in truth.values() for ln in p["lines"]]
    assert any(ln.get("filler") for ln in lines)  # printed rules
    assert any("....." in ln["text"] and not ln.get("filler") for ln in lines)  # receipt leaders
    assert any("column" in ln for ln in lines)  # side-by-side parts
    tables = [t for p in truth.values() for t in p["tables"]]
    assert {t["style"] for t in tables} == {"ruled", "hrules", "lines", "none"}
    assert sum(bool(t["spans"]) and t["header_rows"] == 2 for t in tables) >= 5  # merged headers
    assert sum(bool(t["total_rows"]) for t in tables) >= 5
    assert sum(any("lines" in c for c in t["cells"]) for t in tables) >= 8  # wrapped cells


def test_page_files_are_small_and_sized_like_the_truth(committed):
    _, truth = committed
    files = sorted((DEV4 / "pages").iterdir())
    assert {f.name for f in files} == {s for s, _ in truth}
    assert sum(f.stat().st_size for f in files) < 2.5 * 2**20
    for (source, _), page in truth.items():
        if not source.endswith(".pdf"):
            with Image.open(DEV4 / "pages" / source) as im:
                assert im.size == (page["width"], page["height"])


@pytest.mark.parametrize("source", ["product_recall_zh.pdf", "calibration_certificate_en.pdf"])
def test_text_layer_pdf_holds_every_line(committed, source):
    pytest.importorskip("pypdfium2")
    _, truth = committed
    assert all(p["slice"] == "pdf-text" for (s, _), p in truth.items() if s == source)
    assert text_layer_misses(DEV4, truth, source) == []


def test_committed_boxes_land_on_ink(committed):
    _, truth = committed
    assert lines_off_ink(DEV4, truth) == []  # grey small print included


def test_regeneration_diffs_names_what_changed():
    mod = _make_dev4()
    docs = [mod.SIGNUP_ZH]

    def tampered(ds_):
        files, truth, qa = mod.build(ds_)
        return {k: v + b"x" for k, v in files.items()}, truth, [dict(q, answer=q["answer"] + "!") for q in qa]

    assert regeneration_diffs(tampered, docs, DEV4) == ["questions", "community_signup_zh.jpg"]


def test_the_set_checks_report_a_line_off_the_ink_and_missing_from_a_text_layer(committed):
    _, truth = committed
    key = ("box_office_report_en.jpg", 1)
    page = truth[key]
    blank = dict(page, lines=[dict(page["lines"][0], bbox=[0, 0, 4, 4])])  # a corner of bare paper
    assert lines_off_ink(DEV4, {key: blank}) == [f"box_office_report_en.jpg: {page['lines'][0]['text']}"]
    pdf_key = next(k for k in truth if k[0] == "calibration_certificate_en.pdf")
    extra = dict(truth[pdf_key], lines=truth[pdf_key]["lines"] + [{"text": "not printed anywhere", "bbox": [0, 0, 1, 1]}])
    assert text_layer_misses(DEV4, {pdf_key: extra}, pdf_key[0]) == [f"{pdf_key[0]} page 1: not printed anywhere"]
