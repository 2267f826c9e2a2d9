"""Evaluation metrics on hand-made cases whose answers are known, and the eval driver's wiring."""
from __future__ import annotations

import argparse
import json
import math
from types import SimpleNamespace

import pytest

from paddlecamp.docqa import evaluate as ev


# --- text and CER ------------------------------------------------------------------------------
@pytest.mark.parametrize("a, b, d", [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("abc", "abc", 0),
                                     ("发票号码", "发票号吗", 1), ("flaw", "lawn", 2)])
def test_edit_distance(a, b, d):
    assert ev.edit_distance(a, b) == d
    assert ev.edit_distance(b, a) == d


def test_normalization_for_cer():
    assert ev.normalize_ocr("发票号码： 28416307") == "发票号码:28416307"
    assert ev.normalize_ocr("Package:   SOT-23-6\n2.9 mm") == "Package:SOT-23-6 2.9 mm"
    assert ev.normalize_ocr("Dear Ms. Marsh, thank you") == "Dear Ms.Marsh,thank you"
    assert ev.normalize_ocr("☐ Over 65 ☑ None") == "Over 65 None"  # check-box marks are no printed text
    assert ev.normalize_ocr("型号：HT-520    版本：V2.3") == "型号:HT-520版本:V2.3"
    assert ev.normalize_ocr("网线（六类）") == "网线(六类)"
    assert ev.cer("abcd", "abed") == 0.25
    assert ev.cer("", "") == 0.0 and ev.cer("", "x") == 1.0


def _line(text, bbox, order):
    return SimpleNamespace(text=text, bbox=bbox, order=order)


TRUTH_PAGE = {"source": "p.jpg", "page": 1, "width": 100, "height": 100, "lines": [
    {"text": "第一行文字", "bbox": [10, 10, 60, 20]},
    {"text": "Second line", "bbox": [10, 40, 80, 50]},
]}


def test_page_cer_ordered_and_unordered():
    same = SimpleNamespace(width=100, height=100, lines=[_line("第一行文字", [9, 9, 61, 21], 0),
                                                         _line("Second line", [9, 39, 81, 51], 1)])
    r = ev.page_cer(TRUTH_PAGE, same)
    assert r["chars"] == len("第一行文字 Second line".replace("字 ", "字")) == 16
    assert r["errors"] == 0 and r["errors_unordered"] == 0
    # The same lines read in the other order: ordered CER counts it, unordered does not.
    swapped = SimpleNamespace(width=100, height=100, lines=[_line("第一行文字", [9, 9, 61, 21], 1),
                                                            _line("Second line", [9, 39, 81, 51], 0)])
    r = ev.page_cer(TRUTH_PAGE, swapped)
    assert r["errors"] > 0 and r["errors_unordered"] == 0
    # One wrong character, one line split in two, an extra line of noise, boxes at twice the scale.
    messy = SimpleNamespace(width=200, height=200, lines=[
        _line("第一行文宇", [18, 18, 122, 42], 0),
        _line("Second", [18, 78, 90, 102], 1), _line("line", [100, 78, 162, 102], 2),
        _line("xx", [150, 170, 190, 190], 3)])
    r = ev.page_cer(TRUTH_PAGE, messy)
    assert r["errors_unordered"] == 1 + 2  # substitution + two inserted characters
    assert r["cer_unordered"] == pytest.approx(3 / 16)
    rows = [ev.page_cer(TRUTH_PAGE, same), r]
    s = ev.summarize_cer(rows)
    assert s["chars"] == 32 and s["cer_unordered"] == pytest.approx(3 / 32) and s["worst_page"] == "p.jpg#1"


def test_unordered_cer_shares_a_joined_table_row_among_its_cells():
    """A PDF's text layer joins a row's cells into one line ("286,400.00 12个月合计"): each truth
    cell gets its words, so the unordered CER of a perfect reading is 0, as the ordered one is;
    a joined line that does not read better split keeps going to one truth line."""
    truth = {"source": "t.pdf", "page": 1, "width": 100, "height": 100, "lines": [
        {"text": "286,400.00", "bbox": [10, 10, 40, 20]}, {"text": "12个月合计", "bbox": [50, 10, 80, 20]}]}
    joined = SimpleNamespace(width=200, height=200, lines=[_line("286,400.00 12个月合计", [20, 18, 160, 42], 0)])
    r = ev.page_cer(truth, joined)
    assert r["errors"] == 0 and r["errors_unordered"] == 0
    # "x" where the second cell is: five deletions and a substitution there, not "x" glued to the first
    noise = SimpleNamespace(width=100, height=100, lines=[_line("286,400.00 x", [9, 9, 81, 21], 0)])
    assert ev.page_cer(truth, noise)["errors_unordered"] == len("12个月合计")
    stacked = {**truth, "lines": [truth["lines"][0], {"text": "12个月合计", "bbox": [10, 30, 40, 40]}]}
    tall = SimpleNamespace(width=100, height=100, lines=[_line("286,400.00 12个月合计", [9, 9, 41, 41], 0)])
    assert ev.page_cer(stacked, tall)["errors_unordered"] > 0  # rows, not cells: given whole to one


def test_content_cer_drops_decorative_runs_on_both_sides():
    assert ev.content_text("车牌号码 ........ 沪A·7K3P9") == "车牌号码沪A·7K3P9"
    assert ev.content_text("Total . . . . 12.00") == "Total 12.00"
    assert ev.content_text("==========") == "" and ev.content_text("--- 小计 ---") == "小计"
    assert ev.content_text("1.5 - 2.0 mm, a/b") == "1.5-2.0 mm,a/b"  # single marks are text
    truth = {"source": "t.jpg", "page": 1, "width": 100, "height": 100, "lines": [
        {"text": "车牌号码 ........ 沪A·7K3P9", "bbox": [10, 10, 90, 20]},
        {"text": "==================", "bbox": [10, 30, 90, 34]},
        {"text": "停车时长 3小时25分", "bbox": [10, 40, 90, 50]}]}
    # OCR reads label and value, skips the dots and the rule, and misreads one character
    page = SimpleNamespace(width=100, height=100, lines=[
        _line("车牌号码", [10, 10, 40, 20], 0), _line("沪A·7K3P9", [60, 10, 90, 20], 1),
        _line("停车时长 3小时26分", [10, 40, 90, 50], 2)])
    r = ev.page_cer(truth, page)
    assert r["errors_unordered"] == 8 + 18 + 1  # the dots, the rule and the misread character
    assert r["chars_content"] == len("车牌号码沪A·7K3P9停车时长3小时25分") and r["errors_content"] == 1
    s = ev.summarize_cer([r])
    assert s["cer_content"] == pytest.approx(1 / r["chars_content"]) and s["cer_content"] < s["cer_unordered"]
    # an unassigned line of noise counts against the content CER too
    noisy = SimpleNamespace(width=100, height=100, lines=page.lines + [_line("xyz", [10, 80, 40, 90], 3)])
    assert ev.page_cer(truth, noisy)["errors_content"] == 1 + 3


# --- answers -----------------------------------------------------------------------------------
@pytest.mark.parametrize("pred, gold, aliases, want", [
    ("28416307", "28416307", (), "exact"),
    ("2025-03-18", "2025年03月18日", (), "date"),
    ("开票日期：2025年3月18日", "2025年03月18日", (), "date"),
    ("It arrives on June 19, 2025.", "19 June 2025", (), "date"),
    ("2025年03月19日", "2025年03月18日", (), ""),
    ("¥13,650.40", "13650.40", (), "number"),
    ("价税合计（小写）：¥13650.40", "13650.40", (), "number"),
    ("¥12080.00", "13650.40", (), ""),
    ("| 营业收入 | 48,630 | 41,275 | +17.8% |", "48,630", (), ""),
    ("35.9%", "+35.9%", (), "number"),
    ("26 ms", "26", (), "number"),
    ("购买方名称：杭州云帆信息技术有限公司", "杭州云帆信息技术有限公司", (), "contains"),
    ("收款人：林晓梅 复核：陈建国 开票人：王芳", "王芳", (), ""),
    ("Northwind Instruments", "Northwind Instruments Ltd.", ("Northwind Instruments",), "exact"),
    ("", "王芳", (), ""),
    ("The warranty is 12 months", "24个月", (), ""),
    ("24 months", "24个月", (), "number"),
    ("24个月", "24个月", (), "exact"),
    # a numeric gold inside a longer number is another number, spaces dropped or not
    ("2 31 4", "14", (), ""),
    ("450.00", "0.00", (), ""),
    ("SOT-23-6, 2.9 x 2.8 mm", "SOT-23-6", (), "contains"),
])
def test_answer_rules(pred, gold, aliases, want):
    ok, rule = ev.answer_correct(pred, gold, aliases)
    assert ok == bool(want) and rule == want


def test_numbers_and_dates_are_read():
    assert ev.numbers_in("HT-520 型号") == [520.0]
    assert ev.numbers_in("-40 to 125") == [-40.0, 125.0]
    assert ev.numbers_in("共1,326人，增长+17.8%") == [1326.0, 17.8]
    assert ev.dates_in("Issued 14 February 2025; due Feb. 28, 2025 and 2025/3/1") == [
        (2025, 3, 1), (2025, 2, 14), (2025, 2, 28)]


def test_hit_rank_and_citation_boxes_scale_to_the_truth():
    qa = {"source": "r.pdf", "page": 2, "evidence_bbox": [100, 100, 300, 130]}
    hits = [{"source": "x.jpg", "page": 2}, {"source": "/some/dir/r.pdf", "page": 1}, {"source": "r.pdf", "page": 2}]
    assert ev.hit_rank(qa, hits) == 3 and ev.hit_rank(qa, hits[:2]) is None
    truth = {("r.pdf", 2): {"width": 1000, "height": 1300}}
    sizes = {("r.pdf", 2): (1500, 1950)}  # rendered at 1.5x the truth resolution
    good = [{"source": "r.pdf", "page": 2, "bbox": [160, 160, 400, 190]}]  # -> [107, 107, 267, 127]
    assert ev.citation_correct(qa, good, sizes, truth)
    assert not ev.citation_correct(qa, good, {}, truth)  # unscaled, the same box misses the line
    far = [{"source": "r.pdf", "page": 2, "bbox": [160, 600, 400, 650]}]
    assert not ev.citation_correct(qa, far, sizes, truth)
    assert not ev.citation_correct(qa, [{"source": "r.pdf", "page": 1, "bbox": [160, 160, 400, 190]}], sizes, truth)
    assert not ev.citation_correct(qa, [], sizes, truth)


def _table_chunk(cells, kind="table"):
    """A chunk holding ``(row, col, text, row_header, col_header)`` cells."""
    return SimpleNamespace(kind=kind, items=[{"row": r, "col": c, "text": t, "row_header": rh, "col_header": ch}
                                             for r, c, t, rh, ch in cells])


TABLE_PAGE = {"tables": [{"header_rows": 1, "rows": [
    ["Item", "Qty", "Price"], ["Ball bearing", "40", "12.50"], ["Shaft coupling", "25", "8.00"], ["Washer", "", "0.10"]]}]}


def test_table_structure_counts_cells_in_the_right_row_and_column():
    right = _table_chunk([(1, 0, "Ball bearing", "", "Item"), (1, 1, "40", "", "Qty"), (1, 2, "12.50", "", "Price"),
                          (2, 0, "Shaft couplng", "", "Item"), (2, 1, "25", "", "Qty (pcs)"),
                          (2, 2, "8.00", "", "Price"), (3, 0, "Washer", "", "Item"), (3, 2, "0.10", "", "Price")])
    # 8 data cells (the empty one is not counted); "couplng" is within 20% edits, "Qty (pcs)" holds "Qty".
    assert ev.table_structure(TABLE_PAGE, [right]) == {"cells": 8, "found": 8, "row_ok": 8, "col_ok": 8,
                                                       "cells_ok": 8}
    # Rows merged wrongly: the quantities sit in the other item's row (so neither the item nor the
    # quantity is with its row mate), a price under the wrong header, "0.10" read as a kv pair only (a
    # kv chunk does not count; its row mate "Washer" is then alone): only "12.50" and "8.00" keep
    # their rows, and only "8.00" its column too.
    wrong = _table_chunk([(1, 0, "Ball bearing", "", "Item"), (1, 1, "25", "", "Qty"), (1, 2, "12.50", "", "Qty"),
                          (2, 0, "Shaft coupling", "", "Item"), (2, 1, "40", "", "Qty"), (2, 2, "8.00", "", "Price"),
                          (3, 0, "Washer", "", "Item")])
    got = ev.table_structure(TABLE_PAGE, [wrong, _table_chunk([(0, 0, "0.10", "", "Price")], kind="kv")])
    assert got == {"cells": 8, "found": 7, "row_ok": 2, "col_ok": 6, "cells_ok": 1}
    # A header column: the row is right when its header cell is the chunk row's header.
    page = {"tables": [{"header_rows": 1, "header_cols": 1, "rows": [["", "2024", "2025"], ["Revenue", "10", "12"]]}]}
    by_header = _table_chunk([(1, 1, "10", "Revenue", "2024"), (1, 2, "12", "Revenu", "2025")])
    assert ev.table_structure(page, [by_header]) == {"cells": 2, "found": 2, "row_ok": 2, "col_ok": 2, "cells_ok": 2}
    no_header = _table_chunk([(1, 1, "10", "", "2024"), (1, 2, "12", "", "2025")])
    assert ev.table_structure(page, [no_header])["row_ok"] == 0
    # The truth has no header column but the chunk reads the labels as row headers: still right.
    page["tables"][0]["header_cols"] = 0
    assert ev.table_structure(page, [by_header]) == {"cells": 3, "found": 3, "row_ok": 3, "col_ok": 3, "cells_ok": 3}
    assert ev.table_structure(page, [no_header])["found"] == 2
    # A header cell spanning down over a two-row header (empty in the last header row) names its
    # column: a chunk that lost it ("" as the column header) has the column wrong.
    two = {"tables": [{"header_rows": 2, "rows": [["Name", "Split", "Split"], ["", "10K", "Half"],
                                                  ["Hannah Okonjo", "0:34:52", "1:13:40"]]}]}
    kept = _table_chunk([(2, 0, "Hannah Okonjo", "", "Name"), (2, 1, "0:34:52", "", "Split / 10K"),
                         (2, 2, "1:13:40", "", "Split / Half")])
    assert ev.table_structure(two, [kept])["cells_ok"] == 3
    lost = _table_chunk([(2, 0, "Hannah Okonjo", "", ""), (2, 1, "0:34:52", "", "10K"), (2, 2, "1:13:40", "", "Half")])
    assert ev.table_structure(two, [lost])["col_ok"] == 2


def test_percentile():
    assert ev.percentile([4, 1, 3, 2], 50) == 2.5
    assert ev.percentile([10], 95) == 10
    assert ev.percentile(list(range(1, 101)), 95) == pytest.approx(95.05)
    assert math.isnan(ev.percentile([], 50))


QA = [
    {"id": "a", "question": "发票号码？", "answer": "28416307", "source": "inv.jpg", "page": 1, "answerable": True,
     "kind": "number", "lang": "zh", "aliases": [], "evidence_bbox": [0, 0, 10, 10]},
    {"id": "b", "question": "开票人？", "answer": "王芳", "source": "inv.jpg", "page": 1, "answerable": True,
     "kind": "name", "lang": "zh", "aliases": [], "evidence_bbox": [0, 50, 10, 60]},
    {"id": "c", "question": "Who won?", "answer": "", "source": None, "page": None, "answerable": False,
     "kind": "none", "lang": "en", "aliases": [], "evidence_bbox": None},
    {"id": "d", "question": "Weather?", "answer": "", "source": None, "page": None, "answerable": False,
     "kind": "none", "lang": "en", "aliases": [], "evidence_bbox": None},
]


def test_score_predictions_by_hand():
    cite = {"source": "inv.jpg", "page": 1, "bbox": [0, 0, 10, 10]}
    preds = {
        "a": ev.Prediction("a", "28416307", True, [cite], [{"source": "inv.jpg", "page": 1}], 100.0,
                           {"embed_ms": 10.0, "search_ms": 30.0, "fallback": "extractive (down)"}),
        "b": ev.Prediction("b", "陈建国", True, [cite], [{"source": "o.jpg", "page": 1},
                                                       {"source": "inv.jpg", "page": 1}], 200.0),
        "c": ev.Prediction("c", "not in the documents", False, [], [], 300.0),
        "d": ev.Prediction("d", "sunny", True, [cite], [], 400.0),
    }
    truth = {("inv.jpg", 1): {"width": 100, "height": 100}}
    out = ev.score_predictions(QA, preds, truth, {("inv.jpg", 1): (100, 100)})
    assert out["answer_accuracy"] == 0.5 and out["unanswerable_accuracy"] == 0.5
    assert out["overall_accuracy"] == 0.5 and out["false_refusal_rate"] == 0.0
    assert out["recall@1"] == 0.5 and out["recall@3"] == 1.0
    assert out["citation_accuracy"] == 0.5  # b's citation box misses the 王芳 line
    assert out["latency_ms"]["p50"] == 250.0 and out["latency_ms"]["n"] == 4
    assert out["latency_ms"]["parts_p50"] == {"embed_ms": 10.0, "search_ms": 30.0}
    assert out["rules"]["exact"] == 1 and out["by_kind"] == {"name": 0.0, "number": 1.0}
    goals = ev.check_goals({"ocr": {"cer": 0.02}, "answers": out})
    assert goals["cer"]["met"] is False and goals["recall@3"]["met"] is True
    assert goals["latency_p50_ms"]["met"] is True and goals["answer_accuracy"]["met"] is False


# --- the driver, with the pipeline replaced by one that returns the truth -----------------------
def test_run_eval_wiring_with_a_perfect_pipeline(monkeypatch, repo_root, tmp_path):
    from paddlecamp.docqa import api
    from paddlecamp.docqa.dataset import load_qa, load_truth

    data = repo_root / "data" / "docqa"
    truth = load_truth(data)
    gold = {q["question"]: q for q in load_qa(data)}
    calls = {"index": []}

    def fake_index(paths, *, store, collection, progress):
        calls["index"].append([p.name for p in paths])
        return SimpleNamespace(indexed=[str(p) for p in paths], skipped=[], errors=[], chunks=len(paths))

    def fake_ocr(path, *, store=None):
        pages = [v for (s, _), v in truth.items() if s == path.name]
        return [SimpleNamespace(page=p["page"], width=p["width"], height=p["height"],
                                lines=[_line(l["text"], l["bbox"], i) for i, l in enumerate(p["lines"])])
                for p in pages]

    def fake_ask(question, *, store, collection, llm, top_k, fallback):
        q = gold[question]
        if not q["answerable"]:
            return {"answer": "无法回答", "answerable": False, "citations": [], "timings": {}}
        return {"answer": q["answer"], "answerable": True, "timings": {},
                "citations": [{"source": q["source"], "page": q["page"], "bbox": q["evidence_bbox"], "text": "",
                               "score": 1.0}]}

    def fake_retrieve(question, *, store, collection, top_k):
        q = gold[question]
        chunk = SimpleNamespace(source=q["source"] or "x.jpg", page=q["page"] or 1)
        return [SimpleNamespace(chunk=chunk, score=1.0)], {}

    monkeypatch.setattr(api, "index", fake_index)
    monkeypatch.setattr(api, "ocr", fake_ocr)
    monkeypatch.setattr(api, "ask", fake_ask)
    monkeypatch.setattr(api, "retrieve", fake_retrieve)
    # The store holds each truth table exactly: the structure metric counts every data cell right.
    chunks = {k: [_table_chunk([(r, c, cell, "", t["rows"][0][c]) for r, row in enumerate(t["rows"][1:], 1)
                                for c, cell in enumerate(row)]) for t in v.get("tables", [])] for k, v in truth.items()}
    monkeypatch.setattr(api, "open_store", lambda store: SimpleNamespace(
        page_chunks=lambda collection, source, page: chunks[(source, page)]))
    def fake_keep_only(paths, *, store, collection):
        calls["kept"] = [p.name for p in paths]
        return ["other_set.png"]  # a page of another set, dropped from the collection

    monkeypatch.setattr(api, "keep_only", fake_keep_only)
    # PDF pages at the truth size: the citation boxes need no scaling here.
    monkeypatch.setattr(ev, "page_sizes_of", lambda paths: {k: (v["width"], v["height"]) for k, v in truth.items()})
    report = ev.run_eval(data, tmp_path / "store", sources=["invoice_zh.jpg", "annual_report_zh.pdf"],
                         progress=False)
    assert calls["index"] == [["invoice_zh.jpg", "annual_report_zh.pdf"]]
    assert calls["kept"] == ["invoice_zh.jpg", "annual_report_zh.pdf"]  # the collection holds these only
    assert report["index"]["dropped"] == ["other_set.png"]
    tables = report["tables"]
    assert tables["cells"] > 10 and tables["cells_ok"] == tables["found"] == tables["cells"]
    assert tables["cells_ok_rate"] == 1.0
    assert report["ocr"]["pages"] == 4 and report["ocr"]["cer"] == 0.0 and report["ocr"]["cer_unordered"] == 0.0
    a = report["answers"]
    assert a["n_answerable"] == 6 + 8 and a["n_unanswerable"] == 10
    assert a["answer_accuracy"] == 1.0 and a["unanswerable_accuracy"] == 1.0
    assert a["recall@1"] == 1.0 and a["citation_accuracy"] == 1.0
    assert all(g["met"] for name, g in report["goals"].items() if name != "latency_p50_ms")
    with pytest.raises(ValueError, match="unknown source"):
        ev.run_eval(data, tmp_path / "store", sources=["nope.png"], progress=False)
    assert "CER 0.00%" in ev.format_report(report)


def test_eval_cli_registers_and_checks_its_input(tmp_path, capsys):
    from paddlecamp.cli import CliError
    from paddlecamp.docqa import eval_cli

    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers()
    eval_cli.register(sub)
    args = ap.parse_args(["eval", "--data", str(tmp_path), "--llm", "ernie", "--top-k", "5", "--json"])
    assert args.llm == "ernie" and args.top_k == 5 and args.json and args.func is eval_cli.run
    with pytest.raises(CliError, match="make_dataset"):
        args.func(args)
    with pytest.raises(SystemExit):
        ap.parse_args(["eval", "--llm", "gpt"])
    assert json.loads(json.dumps(eval_cli._clean({"x": float("nan"), "y": [1.0, float("nan")]}))) == {
        "x": None, "y": [1.0, None]}


@pytest.mark.slow
def test_real_pipeline_on_one_degraded_page(repo_root, tmp_path):
    """OCR + index + ask for real on one page: OCR meets the CER goal and retrieval finds the page."""
    data = repo_root / "data" / "docqa"
    report = ev.run_eval(data, tmp_path / "store", sources=["letter_en.jpg"], progress=False)
    assert report["index"]["errors"] == [] and report["ocr"]["pages"] == 1
    assert report["ocr"]["cer"] <= 0.01
    assert report["answers"]["recall@3"] == 1.0
    assert report["answers"]["n_answerable"] == 5 and report["answers"]["n_unanswerable"] == 10


def test_qtype_inferred_from_truth_and_failures_classified():
    from paddlecamp.docqa.evaluate import failures_by_class, infer_qtype

    truth = {("a.png", 1): {"tables": [{"bbox": [0, 100, 500, 300]}]}}
    base = {"source": "a.png", "page": 1, "answerable": True}
    assert infer_qtype({**base, "evidence_bbox": [10, 120, 90, 140]}, truth) == "table"
    assert infer_qtype({**base, "evidence_bbox": [10, 20, 90, 40], "evidence_text": "Date: 3 May"}, truth) == "kv"
    assert infer_qtype({**base, "evidence_bbox": [10, 20, 90, 40], "evidence_text": "It rained."}, truth) == "text"
    assert infer_qtype({"answerable": False}, truth) == "unanswerable"
    assert infer_qtype({**base, "qtype": "kv"}, truth) == "kv"  # a recorded type wins
    rows = [{"correct": False, "gold_answerable": False, "qtype": "unanswerable"},
            {"correct": False, "gold_answerable": True, "rank": None, "answerable": True, "qtype": "table"},
            {"correct": False, "gold_answerable": True, "rank": 1, "answerable": False, "qtype": "table"},
            {"correct": False, "gold_answerable": True, "rank": 1, "answerable": True, "qtype": "table"},
            {"correct": True, "gold_answerable": True, "rank": 1, "answerable": True, "qtype": "kv"}]
    assert failures_by_class({"answers": {"questions": rows}}) == {
        "unanswerable/answered-unanswerable": 1, "table/page-not-retrieved": 1, "table/refused": 1,
        "table/wrong-answer": 1}


def test_plot_robustness_draws_recorded_cer_and_names_bad_reports():
    import matplotlib

    matplotlib.use("Agg")
    from paddlecamp.docqa.evaluate import plot_robustness

    rep = {"slices": {"clean": {"before": {"cer_unordered": 0.01}, "after": {"cer_unordered": 0.01}},
                      "blur": {"before": {"cer_unordered": 0.41}, "after": {"cer_unordered": 0.20}}}}
    fig = plot_robustness({"dev2 (tuned)": rep, "dev3 (held out)": rep})
    assert len(fig.axes) == 2
    heights = sorted(round(p.get_height(), 6) for p in fig.axes[1].patches)
    assert heights == [1.0, 1.0, 20.0, 41.0]  # percent, both settings of both slices
    assert fig.axes[0].get_title() == "dev2 (tuned)"
    with pytest.raises(ValueError, match="'broken'.*after"):
        plot_robustness({"broken": {"slices": {"blur": {"before": {"cer_unordered": 0.1}}}}})
    with pytest.raises(ValueError, match="no 'slices'"):
        plot_robustness({"empty": {}})
