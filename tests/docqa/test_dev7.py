"""The seventh document-QA development set (data/docqa-dev7): tables of many shapes, asked about as people ask."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from paddlecamp.docqa import dataset_styles as ds
from paddlecamp.docqa.dataset import normalize
from paddlecamp.docqa.dataset_extra import HARSH_SLICES, SLICES
from paddlecamp.docqa.devset import (committed_set, image_pdf_misses, lines_off_ink, load_generator,
                                     placement_errors, regeneration_diffs, text_layer_misses)

DATA = Path(__file__).resolve().parents[2] / "data"
DEV7 = DATA / "docqa-dev7"
#: Kinds of document the earlier sets (and a list of excluded kinds) already have: test_dev6's list
#: and dev6's own kinds.
TAKEN = ("bank_statement", "cafe_receipt", "conference", "timetable", "exam", "hotel", "sop", "lab_test", "lease",
         "medicine", "model_card", "payslip", "comparison", "purchase_order", "regional_sales", "release_notes",
         "utility", "waybill", "menu", "tax", "minutes", "weather", "exchange", "troubleshooting", "job", "licence_zh",
         "directory", "renovation", "flight", "warranty_card", "offer", "freight", "recipe", "paper", "rental",
         "insurance", "project_status", "league", "invoice_zh", "annual_report", "datasheet", "expense",
         "financial", "letter", "meeting", "packing", "spec_sheet",
         "vehicle_inspection", "product_recall", "community_signup", "school_fee", "pet_vaccination", "moving_quote",
         "box_office", "apartment_viewings", "trial_summary", "calibration_certificate", "energy_certificate",
         "auction_results",
         "rail_fare_matrix", "budget_execution", "ward_roster", "crop_yield_survey", "nutrition_facts", "phone_plans",
         "stock_ledger", "chess_crosstable", "reagent_inventory", "election_results",
         "court_hearing_notice", "lost_property_report", "discharge_instructions", "parking_permit_application",
         "volunteer_shift_notice", "power_of_attorney", "library_overdue_notice", "museum_exhibit_labels",
         "bicycle_service_sheet", "return_authorization", "scholarship_award", "garden_allotment_agreement")
KINDS = ("number", "money", "date", "time", "name", "place", "code", "phone", "percent", "text")
PDF_TEXT = ("water_quality_report_zh.pdf",)
IMAGE_PDFS = ("loan_repayment_schedule_en.pdf",)
#: Ways of naming a row by its position, and superlatives (whose answer is still one cell).
ORDINAL = r"第[一二三四五六七八九十]+(个|种|条|名|项)|排第|second|third|fourth|fifth|tenth|last"
SUPERLATIVE = r"最|most|highest|lowest|cheapest"


def _kind(source: str) -> str:
    """``water_quality_report_zh.pdf`` -> ``water_quality_report``."""
    return re.sub(r"_(zh|en)$", "", Path(source).stem)


def _make_dev7():
    return load_generator(DEV7 / "make_dev7.py")


@pytest.fixture(scope="module")
def committed():
    return committed_set(DEV7)


def _evidence_line(q: dict, truth: dict) -> dict:
    page = truth[(q["source"], q["page"])]
    return next(ln for ln in page["lines"] if ln["bbox"] == q["evidence_bbox"] and ln["text"] == q["evidence_text"])


def _table_of(q: dict, truth: dict) -> tuple[dict, int, int]:
    """The recorded table, row and column of a table question's evidence cell."""
    ln = _evidence_line(q, truth)
    r, c = ln["cell"]
    x0, y0, x1, y1 = ln["bbox"]
    for t in truth[(q["source"], q["page"])]["tables"]:
        for cell in t["cells"]:
            b = cell["bbox"]
            if (cell["row"], cell["col"]) == (r, c) and b[0] <= x0 and b[1] <= y0 and x1 <= b[2] and y1 <= b[3]:
                return t, r, c
    raise AssertionError(f"{q['id']}: evidence cell in no table")


def _tables(blocks) -> list:
    """Every ``Table`` block among ``blocks`` (inside panels and splits too)."""
    out = []
    for b in blocks:
        if isinstance(b, ds.Table):
            out.append(b)
        elif isinstance(b, ds.Panel):
            out += _tables(b.blocks)
        elif isinstance(b, ds.Split):
            for part in b.parts:
                out += _tables(part)
    return out


def test_regenerating_the_set_gives_the_committed_files(committed):
    mod = _make_dev7()
    stand_ins = ds.stand_in_fonts(mod.DOCUMENTS)
    if stand_ins:
        pytest.skip(f"fonts not installed here, pages differ: {stand_ins}")
    assert regeneration_diffs(mod.build, mod.DOCUMENTS, DEV7) == []
    qa, truth = committed
    assert {d.name for d in mod.DOCUMENTS} == {s for s, _ in truth} and len(qa) == sum(len(d.questions)
                                                                                         for d in mod.DOCUMENTS)


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
    assert 150 <= n <= 170
    assert 0.55 * n <= by_type["table"] <= 0.7 * n  # about 60% table questions
    assert 0.2 * n <= by_type["kv"] + by_type["text"] <= 0.32 * n and by_type["kv"] >= 20 and by_type["text"] >= 15
    assert 0.08 * n <= by_type["unanswerable"] <= 0.13 * n  # about one in ten
    assert len({q["id"] for q in qa}) == n and len({(q["source"], q["question"]) for q in qa}) == n
    assert {q["kind"] for q in qa} <= set(KINDS) and len({q["kind"] for q in qa}) == len(KINDS)
    assert len({q["kind"] for q in qa if q["qtype"] == "table"}) >= 8  # numbers, money, codes, times, names...
    assert sum(bool(q["aliases"]) for q in qa if q["answerable"]) >= 0.6 * sum(q["answerable"] for q in qa)
    page_lang = {p["source"]: p["lang"] for p in truth.values()}
    assert all(q["lang"] == page_lang[q["source"]] for q in qa)  # questions in the page's language
    langs = Counter(q["lang"] for q in qa)
    assert langs["zh"] >= 0.45 * n and langs["en"] >= 0.45 * n
    for lang in ("zh", "en"):
        mine = Counter(q["qtype"] for q in qa if q["lang"] == lang)
        assert mine["table"] >= 45 and mine["kv"] + mine["text"] >= 18 and mine["unanswerable"] >= 7
    assert all(q["slice"] == truth[(q["source"], q["page"])]["slice"] for q in qa)
    for src in page_lang:  # every document has table, key-value, free-text and unanswerable questions
        types = {q["qtype"] for q in qa if q["source"] == src}
        assert types == {"table", "kv", "text", "unanswerable"}, src
        assert sum(q["source"] == src and q["qtype"] == "table" for q in qa) >= 7, src
    for src in {s for s, p in truth if p == 2}:  # two-page documents: table questions on both pages
        assert {q["page"] for q in qa if q["source"] == src and q["qtype"] == "table"} == {1, 2}, src


def test_table_questions_are_asked_the_way_people_ask(committed):
    qa, truth = committed
    table_q = [q for q in qa if q["qtype"] == "table"]
    # the answer's column header (its unit in brackets dropped) is not repeated in most questions
    copied = 0
    for q in table_q:
        t, _, c = _table_of(q, truth)
        heads = [normalize(re.sub(r"[（(].*?[）)]", "", t["rows"][h][c])) for h in range(t["header_rows"])]
        copied += any(len(h) >= 2 and h in normalize(q["question"]) for h in heads)
    assert copied <= 0.45 * len(table_q)
    ordinal = [q for q in table_q if re.search(ORDINAL, q["question"])]
    superlative = [q for q in table_q if re.search(SUPERLATIVE, q["question"])]
    assert len(ordinal) >= 10 and {q["lang"] for q in ordinal} == {"zh", "en"}
    assert len(superlative) >= 5 and {q["lang"] for q in superlative} == {"zh", "en"}
    # answers are cells of every kind of table: body cells, header cells, total rows; most tables asked about
    rows = Counter()
    for q in table_q:
        t, r, _ = _table_of(q, truth)
        rows["header" if r < t["header_rows"] else "total" if r >= t["n_rows"] - t["total_rows"] else "body"] += 1
    assert rows["header"] >= 1 and rows["total"] >= 3 and rows["body"] >= 90
    asked = {(q["source"], q["page"], tuple(_table_of(q, truth)[0]["bbox"])) for q in table_q}
    assert len(asked) >= 24
    # unanswerable questions name a column, row or field the page does not have (a blank cell included)
    unanswerable = [q for q in qa if not q["answerable"]]
    assert all(q["question"].endswith(("?", "？")) for q in unanswerable)


def test_the_table_shapes_the_set_is_for(committed):
    _, truth = committed
    tables = [t for p in truth.values() for t in p["tables"]]
    assert len(tables) >= 25
    assert {t["style"] for t in tables} >= {"ruled", "hrules", "lines", "none"}
    # two header rows under a grouped header
    assert sum(t["header_rows"] == 2 and any(s[0] == 0 and s[3] > 1 for s in t["spans"]) for t in tables) >= 6
    # a group label in a merged cell down the first column of the body
    assert sum(any(s[0] >= t["header_rows"] and s[1] == 0 and s[2] > 1 for s in t["spans"]) for t in tables) >= 5
    # units in the header: "Price (£)", "电价（元/千瓦时）"
    heads = [c for t in tables for r in t["rows"][:t["header_rows"]] for c in r]
    assert sum(re.search(r"[（(][^）)]*[）)]", c) is not None for c in heads) >= 15
    assert sum(t["total_rows"] > 0 for t in tables) >= 4
    # blank cells inside the body (not under a span)
    def blanks(t: dict) -> int:
        covered = {(rr, cc) for r, c, rs, cs in t["spans"] for rr in range(r, r + rs) for cc in range(c, c + cs)}
        return sum(1 for r in range(t["header_rows"], t["n_rows"]) for c in range(t["n_cols"])
                   if t["rows"][r][c] == "" and (r, c) not in covered)
    assert sum(blanks(t) > 0 for t in tables) >= 5
    assert sum(t["n_cols"] >= 7 for t in tables) >= 8 and max(t["n_cols"] for t in tables) == 9
    # the row header is not the first column: the first column holds ranks, numbers, codes or dates
    first_col = [t for t in tables if all(re.fullmatch(r"\d+|[A-Z]{2}-\d+|\d\d-\d\d|", r[0])
                                          for r in t["rows"][t["header_rows"]:t["n_rows"] - t["total_rows"]])]
    assert len(first_col) >= 5
    cells = [c for t in tables for r in t["rows"][t["header_rows"]:] for c in r]
    assert sum(c.endswith("%") for c in cells) >= 20 and sum(re.fullmatch(r"-\d+(\.\d+)?%?", c) is not None
                                                             for c in cells) >= 10
    assert sum(re.fullmatch(r"\+\d+(\.\d+)?%?", c) is not None for c in cells) >= 10
    assert sum(re.fullmatch(r"\d+\.\d+", c) is not None for c in cells) >= 200  # small decimals
    assert sum(re.fullmatch(r"\d{1,2}:\d{2}", c) is not None for c in cells) >= 30  # times
    assert sum(re.fullmatch(r"[A-Z]{2,}-?\d[\w-]*", c) is not None for c in cells) >= 40  # codes
    assert sum(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}|\d\d-\d\d", c) is not None for c in cells) >= 20  # dates
    # a table continued on the next page, its header repeated
    for source in PDF_TEXT + IMAGE_PDFS:
        first, second = truth[(source, 1)]["tables"][-1], truth[(source, 2)]["tables"][0]
        assert first["rows"][:first["header_rows"]] == second["rows"][:second["header_rows"]], source
        assert first["n_cols"] == second["n_cols"] and second["n_rows"] > second["header_rows"] + 3
    # zebra shading (drawn, not recorded in the truth)
    drawn = [t for d in _make_dev7().DOCUMENTS for p in d.pages for t in _tables(p.blocks)]
    assert len(drawn) == len(tables) and sum(t.zebra is not None for t in drawn) >= 5


def test_captures_include_photographed_and_low_resolution_pages(committed):
    _, truth = committed
    pages = Counter(p["slice"] for p in truth.values())
    assert set(pages) == set(SLICES) | set(HARSH_SLICES)
    assert pages["photo"] + pages["phone"] >= 3 and pages["lowres"] >= 2
    docs = {s: {p["slice"] for (s_, _), p in truth.items() if s_ == s} for s, _ in truth}
    assert {s for s, sl in docs.items() if sl == {"pdf-text"}} == set(PDF_TEXT)
    assert {s for s, sl in docs.items() if s.endswith(".pdf") and "pdf-text" not in sl} == set(IMAGE_PDFS)
    for p in truth.values():
        if p["slice"] == "phone":
            assert 3.0 <= abs(p["capture"]["angle"]) <= 7.0 and 0.66 <= p["capture"]["scale"] <= 0.74
        if p["slice"] == "lowres":
            assert 0.55 <= p["capture"]["scale"] <= 0.62


def test_documents_are_new_kinds(committed):
    qa, truth = committed
    docs = {p["source"] for p in truth.values()}
    assert len(docs) == 12 and {q["source"] for q in qa} == docs
    assert Counter(p["lang"] for p in {p["source"]: p for p in truth.values()}.values()) == {"zh": 6, "en": 6}
    assert 14 <= len(truth) <= 16
    earlier = {_kind(p.name) for d in ("docqa", "docqa-dev2", "docqa-dev3", "docqa-dev4", "docqa-dev5", "docqa-dev6")
               if (DATA / d / "pages").is_dir() for p in (DATA / d / "pages").iterdir()}
    assert {"parking_ticket", "auction_results", "election_results", "court_hearing_notice"} <= earlier
    for src in docs:
        kind = _kind(src)
        assert not [t for t in TAKEN if t in kind or kind in t], src
        assert not [e for e in earlier if e in kind or kind in e], src
    assert len({_kind(s) for s in docs}) == len(docs)


def test_page_files_are_small_and_sized_like_the_truth(committed):
    _, truth = committed
    files = sorted((DEV7 / "pages").iterdir())
    assert {f.name for f in files} == {s for s, _ in truth}
    assert sum(f.stat().st_size for f in files) < 3 * 2**20
    for (source, _), page in truth.items():
        if not source.endswith(".pdf"):
            with Image.open(DEV7 / "pages" / source) as im:
                assert im.size == (page["width"], page["height"])


def test_text_layer_pdf_holds_every_line(committed):
    pytest.importorskip("pypdfium2")
    _, truth = committed
    for source in PDF_TEXT:
        assert text_layer_misses(DEV7, truth, source) == []


def test_image_pdfs_have_no_text_layer_and_boxes_land_on_ink(committed, tmp_path):
    pytest.importorskip("pypdfium2")
    _, truth = committed
    assert image_pdf_misses(DEV7, truth, IMAGE_PDFS, tmp_path) == []


def test_committed_boxes_land_on_ink(committed):
    _, truth = committed
    assert lines_off_ink(DEV7, truth) == []  # photo, phone, fax, blur and low-resolution pages included


def test_regeneration_diffs_names_what_changed():
    mod = _make_dev7()
    docs = [mod.HACK_EN]

    def tampered(ds_):
        files, truth, qa = mod.build(ds_)
        return {k: v + b"x" for k, v in files.items()}, truth, [dict(q, answer=q["answer"] + "!") for q in qa]

    assert regeneration_diffs(tampered, docs, DEV7) == ["questions", "hackathon_judging_en.jpg"]
