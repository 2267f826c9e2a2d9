"""Score the document-QA pipeline on the project's evaluation set.

Metrics (each a pure function, testable on hand-made cases; ``run_eval`` drives the pipeline):

* **CER** (``page_cer``): character error rate = Levenshtein distance / truth length, over
  text normalized by ``normalize_ocr`` (NFKC so full-width ``：（`` equal ``:(``; whitespace
  runs become one space, kept only between two Latin letters or digits: Chinese has no word
  spaces, and next to punctuation OCR places them arbitrarily). *Ordered* CER joins the lines in reading
  order (truth order vs the engine's); *unordered* CER assigns each OCR line to the truth line
  its box overlaps most and sums per-line distances (unassigned OCR text counts as
  insertions), so it does not punish a different but valid reading order; an OCR line that
  joins truth lines side by side (a PDF text layer's table row) is shared among them word by
  word when that reads closer. *Content* CER is
  the unordered CER after ``content_text`` drops decorative runs (leader dots, rules of
  ``=`` / ``-`` / ``_``: three or more of one punctuation mark) from truth and OCR alike: a
  truth line "车牌号码 ........ 沪A·7K3P9" is read right when its label and value are; it is
  reported beside the two CERs, and the CER goal stays on the ordered one.
* **Retrieval recall@k**: the question's source file and page are among the first k hits.
* **Answer accuracy** (``answer_correct``): over answerable questions, the prediction is
  answerable and matches the gold answer or one of its aliases by the first rule that applies:
  ``exact`` (normalized equality); ``date`` (the gold is a date and the prediction states the
  same year-month-day, in any of 2025年3月18日 / 2025-03-18 / 18 March 2025 / March 18, 2025);
  ``number`` (the gold is a number with at most a short unit, all its numbers appear in the
  prediction, which holds at most one other number); ``contains`` (the normalized gold is in
  the normalized prediction and the prediction is at most ``max(2 × gold, gold + 12)``
  characters, so a whole paragraph does not count; a numeric gold must not be part of a
  longer number there: "2 31 4", its spaces dropped, does not contain 14).
* **Unanswerable accuracy**: questions without an answer that the pipeline declines.
* **Citation accuracy**: over answered questions, the first citation names the right file and
  page and its box (scaled to the truth image) overlaps the truth line holding the answer;
  **top citation page** asks only for the right file and page.
* **Table structure** (``table_structure``): over the truth tables' data cells, the share that
  some table chunk of the page holds (text within 20% edits), in the right row (the row's
  header cells, or another of its cells when it has none, sit in the same chunk row) and under
  the right column header. It tells a table question lost to structure from one lost to the
  answerer.
* **Slices**: accuracy by question type (``table``, ``kv``, ``text``, ``unanswerable``), by
  language and by page degradation (``slice``) when the set records them (the test set does).
* **Latency**: wall time of each warm ``ask`` call, p50 and p95.
"""
from __future__ import annotations

import math
import platform
import re
import statistics
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Sequence

#: The issue's goals for the offline default (name -> (target, "min" | "max")).
GOALS: dict[str, tuple[float, str]] = {
    "cer": (0.01, "max"),
    "recall@3": (0.95, "min"),
    "answer_accuracy": (0.80, "min"),
    "table_accuracy": (0.80, "min"),
    "top_citation_page": (0.95, "min"),
    "unanswerable_accuracy": (0.75, "min"),
    "false_refusal_rate": (0.10, "max"),
    "latency_p50_ms": (300.0, "max"),
}


# --------------------------------------------------------------------------------------------
# Text and edit distance
# --------------------------------------------------------------------------------------------
def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def normalize_ocr(text: str) -> str:
    """The form CER is computed on (see the module docstring). The marks written for a choice
    field's check boxes (☑, ☐: ``structure.checkboxes``) stand for squares, not for characters
    printed, so they are left out."""
    text = " ".join(unicodedata.normalize("NFKC", text.replace("☑", " ").replace("☐", " ")).split())
    out = []
    for i, ch in enumerate(text):
        # A space separates words only between two Latin letters/digits; next to CJK or
        # punctuation OCR places it arbitrarily.
        if ch == " " and not (_is_word(text[i - 1]) and _is_word(text[i + 1])):
            continue
        out.append(ch)
    return "".join(out)


#: Three or more of one punctuation mark or symbol, spaces allowed between ("....", "= = =").
_DECORATION = re.compile(r"([^\w\s])(?:\s*\1){2,}")


def content_text(text: str) -> str:
    """``normalize_ocr`` of the text without decorative runs (the content CER's form)."""
    return normalize_ocr(_DECORATION.sub(" ", normalize_ocr(text)))


def _is_word(ch: str) -> bool:
    return ch.isalnum() and not _is_cjk(ch)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute each cost 1)."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def cer(truth: str, hypothesis: str) -> float:
    """Character error rate of ``hypothesis`` against ``truth`` (both normalized first)."""
    t, h = normalize_ocr(truth), normalize_ocr(hypothesis)
    if not t:
        return 0.0 if not h else 1.0
    return edit_distance(t, h) / len(t)


# --------------------------------------------------------------------------------------------
# Boxes
# --------------------------------------------------------------------------------------------
def _area(b: Sequence[float]) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def intersection(a: Sequence[float], b: Sequence[float]) -> float:
    """Area shared by two ``[x0, y0, x1, y1]`` boxes."""
    return _area([max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])])


def scale_box(box: Sequence[float], sx: float, sy: float) -> list[float]:
    return [box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy]


# --------------------------------------------------------------------------------------------
# OCR
# --------------------------------------------------------------------------------------------
def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def _split_across(text: str, box: Sequence[float], t_lines: list[dict], overlaps: list[float]
                  ) -> list[tuple[int, float, str]]:
    """An OCR line that holds two or more truth lines side by side (a table row whose cells the
    reader joined: "286,400.00 12个月合计"), cut into its words, each given to the truth line
    under its estimated position (the line's box shared out by character count), when that
    reads closer to those truth lines than the whole line does: ``[(truth index, x, words)]``;
    ``[]`` otherwise."""
    inside = [i for i, ov in enumerate(overlaps) if ov > 0.5 * max(_area(t_lines[i]["bbox"]), 1e-9)]
    words = list(re.finditer(r"\S+", text))
    if len(inside) < 2 or len(words) < 2:
        return []
    boxes = [t_lines[i]["bbox"] for i in inside]
    top, bottom = max(b[1] for b in boxes), min(b[3] for b in boxes)
    if bottom - top < 0.5 * min(b[3] - b[1] for b in boxes):
        return []  # stacked, not side by side: as before
    width = max(box[2] - box[0], 1e-9)
    out: dict[int, list[str]] = {}
    at: dict[int, float] = {}
    for w in words:
        x = box[0] + width * (w.start() + w.end()) / (2 * max(len(text), 1))
        i = min(inside, key=lambda k: 0.0 if t_lines[k]["bbox"][0] <= x <= t_lines[k]["bbox"][2]
                else min(abs(x - t_lines[k]["bbox"][0]), abs(x - t_lines[k]["bbox"][2])))
        out.setdefault(i, []).append(w.group(0))
        at.setdefault(i, x)
    pieces = [(i, at[i], " ".join(ws)) for i, ws in out.items()]
    # kept only where it reads closer than the whole line given to the truth line it overlaps most
    # (a tilted line's box can cover a neighbour's cell: its words then do not belong there)
    whole = max(inside, key=overlaps.__getitem__)
    split_cost = sum(edit_distance(normalize_ocr(t_lines[i]["text"]), normalize_ocr(p)) for i, _, p in pieces) \
        + sum(len(normalize_ocr(t_lines[i]["text"])) for i in inside if i not in out)
    whole_cost = edit_distance(normalize_ocr(t_lines[whole]["text"]), normalize_ocr(text)) \
        + sum(len(normalize_ocr(t_lines[i]["text"])) for i in inside if i != whole)
    return pieces if split_cost < whole_cost else []


def page_cer(truth_page: dict, ocr_page: Any) -> dict[str, Any]:
    """Ordered and unordered CER of one OCR'd page (``Page`` or its dict) against its truth."""
    t_lines = truth_page["lines"]
    o_lines = sorted(_get(ocr_page, "lines", []), key=lambda l: _get(l, "order", 0))
    truth_text = " ".join(l["text"] for l in t_lines)
    ocr_text = " ".join(_get(l, "text", "") for l in o_lines)
    n_chars = len(normalize_ocr(truth_text))
    ordered = edit_distance(normalize_ocr(truth_text), normalize_ocr(ocr_text))
    # Unordered: assign each OCR line to the truth line its box overlaps most.
    w, h = _get(ocr_page, "width") or truth_page["width"], _get(ocr_page, "height") or truth_page["height"]
    sx, sy = truth_page["width"] / w, truth_page["height"] / h
    assigned: dict[int, list[tuple[float, str]]] = {}
    extra = extra_content = 0
    for line in o_lines:
        box = scale_box(_get(line, "bbox"), sx, sy)
        overlaps = [intersection(box, t["bbox"]) for t in t_lines]
        pieces = _split_across(_get(line, "text", ""), box, t_lines, overlaps)
        if pieces:  # one OCR line over several truth lines of its row: each gets its words
            for i, x, text in pieces:
                assigned.setdefault(i, []).append((x, text))
            continue
        best = max(range(len(t_lines)), key=overlaps.__getitem__) if t_lines else -1
        # OCR boxes are padded and truth boxes hug the ink: compare with the smaller of the two.
        if best < 0 or overlaps[best] <= 0.3 * max(min(_area(box), _area(t_lines[best]["bbox"])), 1e-9):
            extra += len(normalize_ocr(_get(line, "text", "")))
            extra_content += len(content_text(_get(line, "text", "")))
            continue
        assigned.setdefault(best, []).append((box[0], _get(line, "text", "")))
    unordered, content, n_content = extra, extra_content, 0
    for i, t in enumerate(t_lines):
        got = " ".join(text for _, text in sorted(assigned.get(i, [])))
        unordered += edit_distance(normalize_ocr(t["text"]), normalize_ocr(got))
        truth_content = content_text(t["text"])
        n_content += len(truth_content)
        content += edit_distance(truth_content, content_text(got))
    return {"source": truth_page["source"], "page": truth_page["page"], "chars": n_chars,
            "errors": ordered, "errors_unordered": unordered,
            "cer": ordered / max(n_chars, 1), "cer_unordered": unordered / max(n_chars, 1),
            "chars_content": n_content, "errors_content": content, "cer_content": content / max(n_content, 1),
            "lines_truth": len(t_lines), "lines_ocr": len(o_lines)}


def summarize_cer(rows: Sequence[dict]) -> dict[str, Any]:
    """Character-weighted CER over pages (long pages count more, as they hold more text)."""
    chars = sum(r["chars"] for r in rows)
    return {"cer": sum(r["errors"] for r in rows) / max(chars, 1),
            "cer_unordered": sum(r["errors_unordered"] for r in rows) / max(chars, 1),
            "cer_content": sum(r.get("errors_content", 0) for r in rows)
            / max(sum(r.get("chars_content", 0) for r in rows), 1),
            "chars": chars, "pages": len(rows),
            "worst_page": max(rows, key=lambda r: r["cer"])["source"] + f"#{max(rows, key=lambda r: r['cer'])['page']}"
            if rows else None}


# --------------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------------
def normalize_answer(text: str) -> str:
    """NFKC, lower case, no whitespace, no surrounding punctuation, no currency signs."""
    t = "".join(unicodedata.normalize("NFKC", text or "").lower().split())
    t = t.replace("¥", "").replace("$", "").replace("€", "")
    return t.strip(".,;:!?。，；：！？\"'()[]「」“”")


_NUM_RE = re.compile(r"(?<![\w.])[-+±]?\d[\d,]*(?:\.\d+)?|(?<=[\w])\d[\d,]*(?:\.\d+)?")


def numbers_in(text: str) -> list[float]:
    """Numbers in the text: thousands separators dropped, leading ``+``/``±`` ignored."""
    out = []
    for m in _NUM_RE.finditer(unicodedata.normalize("NFKC", text or "")):
        s = m.group(0).replace(",", "").lstrip("+±")
        try:
            out.append(float(s))
        except ValueError:
            continue
    return out


_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
_MON_RE = "|".join(list(_MONTHS) + [m[:3] for m in _MONTHS] + ["sept"])


def dates_in(text: str) -> list[tuple[int, int, int]]:
    """(year, month, day) of every full date in the text, Chinese, ISO or English style."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    out = []
    for y, m, d in re.findall(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?", t):
        out.append((int(y), int(m), int(d)))
    for y, m, d in re.findall(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t):
        out.append((int(y), int(m), int(d)))

    def month(name: str) -> int:
        name = name.rstrip(".")
        return next(v for k, v in _MONTHS.items() if k.startswith(name[:3]))

    for d, mon, y in re.findall(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON_RE})\.?,?\s+(\d{{4}})", t):
        out.append((int(y), month(mon), int(d)))
    for mon, d, y in re.findall(rf"\b({_MON_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", t):
        out.append((int(y), month(mon), int(d)))
    return out


def _is_number_answer(gold: str) -> bool:
    nums = numbers_in(gold)
    rest = re.sub(r"[\d.,+\-±%\s¥$€]", "", unicodedata.normalize("NFKC", gold))
    return bool(nums) and len(rest) <= 3


def answer_correct(prediction: str, gold: str, aliases: Iterable[str] = ()) -> tuple[bool, str]:
    """(correct, rule) by the rules in the module docstring; rule is ``""`` when wrong."""
    pred_n = normalize_answer(prediction)
    if not pred_n:
        return False, ""
    for cand in [gold, *aliases]:
        cand_n = normalize_answer(cand)
        if not cand_n:
            continue
        if pred_n == cand_n:
            return True, "exact"
        gold_dates = dates_in(cand)
        if gold_dates:
            if gold_dates[0] in dates_in(prediction):
                return True, "date"
            continue
        if _is_number_answer(cand):
            want, got = numbers_in(cand), numbers_in(prediction)
            remaining = list(got)
            ok = True
            for x in want:
                hit = next((g for g in remaining if math.isclose(g, x, rel_tol=1e-9, abs_tol=1e-9)), None)
                if hit is None:
                    ok = False
                    break
                remaining.remove(hit)
            if ok and len(remaining) <= 1:
                return True, "number"
        if cand_n in pred_n and len(pred_n) <= max(2 * len(cand_n), len(cand_n) + 12) and \
                (not _is_number_answer(cand) or re.search(rf"(?<![\d.]){re.escape(cand_n)}(?![\d])", pred_n)):
            return True, "contains"
    return False, ""


def _base(name: Any) -> str:
    return Path(str(name)).name if name else ""


def hit_rank(qa: dict, hits: Sequence[Any]) -> int | None:
    """1-based rank of the first hit on the question's source and page (``None``: not found)."""
    for i, hit in enumerate(hits, start=1):
        if _base(_get(hit, "source")) == _base(qa["source"]) and int(_get(hit, "page") or -1) == int(qa["page"]):
            return i
    return None


def citation_correct(qa: dict, citations: Sequence[dict], page_sizes: dict[tuple[str, int], tuple[int, int]],
                     truth: dict[tuple[str, int], dict]) -> bool:
    """First citation on the right file/page with a box overlapping the answer's truth line."""
    if not citations:
        return False
    c = citations[0]
    if _base(c.get("source")) != _base(qa["source"]) or int(c.get("page") or -1) != int(qa["page"]):
        return False
    ev = qa.get("evidence_bbox")
    if not ev or not c.get("bbox"):
        return True  # no box to check: right page is all that can be asked
    key = (qa["source"], int(qa["page"]))
    tp = truth.get(key)
    w, h = page_sizes.get(key) or ((tp["width"], tp["height"]) if tp else (1, 1))
    sx, sy = (tp["width"] / w, tp["height"] / h) if tp else (1.0, 1.0)
    return intersection(scale_box(c["bbox"], sx, sy), ev) > 0


def _key(text: Any) -> str:
    """Text compared for table structure: NFKC, lower case, letters, digits and CJK only."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", str(text or "")).lower())


def _same(a: str, b: str) -> bool:
    return a == b or (bool(a) and bool(b) and edit_distance(a, b) <= 0.2 * max(len(a), len(b)))


def _header_ok(truth: str, got: str) -> bool:
    """A truth header matches one found: equal within 20% edits, or one holds the other (a
    two-row header joined, a unit dropped) when the shorter has at least half the characters."""
    if not truth:
        return True
    short, long_ = sorted((truth, got), key=len)
    return _same(truth, got) or (bool(short) and short in long_ and 2 * len(short) >= len(truth))


def table_structure(truth_page: dict, chunks: Sequence[Any]) -> dict[str, int]:
    """Count the truth tables' data cells found in the page's table chunks (``found``), in the
    right row (``row_ok``), under the right column header (``col_ok``) and both (``cells_ok``).

    A data cell is a non-empty cell outside the header rows and header columns (``header_rows``
    defaults to 1, ``header_cols`` to 0). Its row is right when each of the row's header cells
    (or, without any, the first other non-empty cell) is the chunk row's header or one of its
    cells; its column is right when the chunk cell's column header matches the truth header
    (the lowest non-empty header cell over it). A truth cell read as a chunk row's header (the
    truth has no header column there) is found, in its row and in its column.
    """
    items = []
    for c in chunks:
        if _get(c, "kind") != "table":
            continue
        rows: dict[Any, list[str]] = {}
        heads: dict[Any, str] = {}
        for it in _get(c, "items", None) or []:
            rows.setdefault(it.get("row"), []).append(_key(it.get("text")))
            heads[it.get("row")] = _key(it.get("row_header"))
        items.extend((_key(it.get("text")), _key(it.get("row_header")), _key(it.get("col_header")),
                      rows[it.get("row")]) for it in _get(c, "items", None) or [])
        # a row's header is a cell of the table too (the truth may not call its column a header)
        items.extend((h, h, None, rows[r]) for r, h in heads.items() if h)
    out = {"cells": 0, "found": 0, "row_ok": 0, "col_ok": 0, "cells_ok": 0}
    for table in truth_page.get("tables", []):
        grid, hr, hc = table["rows"], int(table.get("header_rows", 1)), int(table.get("header_cols", 0))
        for r in range(hr, len(grid)):
            for c in range(hc, len(grid[r])):
                text = _key(grid[r][c])
                if not text:
                    continue
                witnesses = [_key(x) for x in grid[r][:hc] if _key(x)] or \
                    [_key(x) for i, x in enumerate(grid[r]) if i != c and _key(x)][:1]
                # the lowest header cell over the column that says something (a header spanning
                # down over a two-row header leaves the last header row empty there)
                col = next((_key(grid[k][c]) for k in range(hr - 1, -1, -1)
                            if c < len(grid[k]) and _key(grid[k][c])), "")
                out["cells"] += 1
                matches = [m for m in items if _same(m[0], text)]
                if not matches:
                    continue
                out["found"] += 1
                row_ok = [all(_header_ok(w, rh) or any(_same(x, w) for x in row) for w in witnesses)
                          for _, rh, _, row in matches]
                col_ok = [ch is None or _header_ok(col, ch) for _, _, ch, _ in matches]
                out["row_ok"] += any(row_ok)
                out["col_ok"] += any(col_ok)
                out["cells_ok"] += any(a and b for a, b in zip(row_ok, col_ok))
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (``q`` in 0..100) of a non-empty sequence."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    pos = (len(xs) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


@dataclass
class Prediction:
    """What the pipeline said about one question (``ask`` output plus retrieval hits and time)."""

    id: str
    answer: str
    answerable: bool
    citations: list[dict]
    hits: list[dict]
    ms: float
    timings: dict[str, Any] | None = None
    reason: str = ""


def score_predictions(qa: Sequence[dict], preds: dict[str, Prediction], truth: dict[tuple[str, int], dict],
                      page_sizes: dict[tuple[str, int], tuple[int, int]] | None = None,
                      ks: Sequence[int] = (1, 3, 5)) -> dict[str, Any]:
    """Retrieval, answer, unanswerable and citation metrics plus latency over ``qa``."""
    page_sizes = page_sizes or {}
    rows = []
    for q in qa:
        p = preds.get(q["id"])
        if p is None:
            continue
        row = {"id": q["id"], "question": q["question"], "gold": q["answer"], "answer": p.answer,
               "gold_answerable": bool(q["answerable"]), "answerable": bool(p.answerable),
               "kind": q.get("kind"), "lang": q.get("lang"), "qtype": q.get("qtype"), "slice": q.get("slice"),
               "ms": round(p.ms, 1), "timings": dict(p.timings or {}), "reason": getattr(p, "reason", "")}
        if q["answerable"]:
            row["rank"] = hit_rank(q, p.hits)
            ok, rule = answer_correct(p.answer, q["answer"], q.get("aliases", [])) if p.answerable else (False, "")
            row["correct"], row["rule"] = ok, rule
            row["citation_ok"] = citation_correct(q, p.citations, page_sizes, truth) if p.answerable else False
            first = p.citations[0] if p.citations else {}
            row["top_page_ok"] = bool(p.answerable and first and _base(first.get("source")) == _base(q["source"])
                                      and int(first.get("page") or -1) == int(q["page"]))
        else:
            row["correct"] = not p.answerable
        rows.append(row)
    ans = [r for r in rows if r["gold_answerable"]]
    unans = [r for r in rows if not r["gold_answerable"]]
    answered = [r for r in ans if r["answerable"]]
    out: dict[str, Any] = {
        "n_questions": len(rows), "n_answerable": len(ans), "n_unanswerable": len(unans),
        "answer_accuracy": _mean(r["correct"] for r in ans),
        "unanswerable_accuracy": _mean(r["correct"] for r in unans),
        "overall_accuracy": _mean(r["correct"] for r in rows),
        "false_refusal_rate": _mean(not r["answerable"] for r in ans),
        "citation_accuracy": _mean(r["citation_ok"] for r in answered),
        "top_citation_page": _mean(r["top_page_ok"] for r in answered),
        "table_accuracy": _mean(r["correct"] for r in ans if r.get("qtype") == "table"),
        "rules": {rule: sum(1 for r in ans if r.get("rule") == rule) for rule in ("exact", "date", "number", "contains")},
    }
    for k in ks:
        out[f"recall@{k}"] = _mean(r["rank"] is not None and r["rank"] <= k for r in ans)
    out["by_kind"] = {kind: _mean(r["correct"] for r in ans if r["kind"] == kind)
                      for kind in sorted({r["kind"] for r in ans if r["kind"]})}
    out["by_lang"] = {lang: _mean(r["correct"] for r in rows if r["lang"] == lang)
                      for lang in sorted({r["lang"] for r in rows if r["lang"]})}
    for field in ("qtype", "slice"):
        values = sorted({r[field] for r in rows if r.get(field)})
        out[f"by_{field}"] = {v: {"accuracy": _mean(r["correct"] for r in rows if r.get(field) == v),
                                  "n": sum(1 for r in rows if r.get(field) == v)} for v in values}
    ms = [r["ms"] for r in rows]
    # The pipeline's own split of each call (embedding, search, answering), as medians.
    parts = sorted({k for r in rows for k, v in r["timings"].items() if isinstance(v, (int, float))})
    out["latency_ms"] = {"p50": percentile(ms, 50), "p95": percentile(ms, 95),
                         "mean": statistics.fmean(ms) if ms else float("nan"), "n": len(ms),
                         "parts_p50": {k: percentile([r["timings"][k] for r in rows
                                                      if isinstance(r["timings"].get(k), (int, float))], 50)
                                       for k in parts}}
    out["questions"] = rows
    return out


def infer_qtype(qa: dict, truth: dict[tuple[str, int], dict]) -> str:
    """A question's type from the truth when the set does not record it (the dev set):
    ``unanswerable``; ``table`` when the evidence box lies in a truth table; ``kv`` when the
    evidence line is a ``label: value`` line; else ``text``."""
    if qa.get("qtype"):
        return qa["qtype"]
    if not qa.get("answerable", True):
        return "unanswerable"
    ev = qa.get("evidence_bbox")
    tp = truth.get((qa.get("source"), int(qa.get("page") or 0)))
    if ev and tp and any(intersection(ev, t["bbox"]) > 0.5 * _area(ev) for t in tp.get("tables", [])):
        return "table"
    return "kv" if re.search(r"[:：]", qa.get("evidence_text") or "") else "text"


def _mean(values: Iterable[bool]) -> float:
    xs = [1.0 if v else 0.0 for v in values]
    return sum(xs) / len(xs) if xs else float("nan")


def check_goals(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each goal of the issue with the measured value and whether it is met."""
    values = {"cer": report.get("ocr", {}).get("cer"),
              "recall@3": report.get("answers", {}).get("recall@3"),
              "answer_accuracy": report.get("answers", {}).get("answer_accuracy"),
              "table_accuracy": report.get("answers", {}).get("table_accuracy"),
              "top_citation_page": report.get("answers", {}).get("top_citation_page"),
              "false_refusal_rate": report.get("answers", {}).get("false_refusal_rate"),
              "unanswerable_accuracy": report.get("answers", {}).get("unanswerable_accuracy"),
              "latency_p50_ms": report.get("answers", {}).get("latency_ms", {}).get("p50")}
    out = {}
    for name, (target, sense) in GOALS.items():
        v = values.get(name)
        met = None if v is None or (isinstance(v, float) and math.isnan(v)) else (
            v <= target if sense == "max" else v >= target)
        out[name] = {"value": v, "target": target, "sense": sense, "met": met}
    return out


# --------------------------------------------------------------------------------------------
# Driving the pipeline
# --------------------------------------------------------------------------------------------
def hardware() -> dict[str, Any]:
    """CPU model, core count, memory and load average, for results files."""
    import os

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    try:
        # Latency on a shared machine depends on what else runs: keep the load with the numbers.
        load = [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        load = None
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": mem, "gpu": None, "load_avg_1_5_15": load,
            "python": platform.python_version(), "system": platform.system()}


def page_sizes_of(paths: Iterable[Path]) -> dict[tuple[str, int], tuple[int, int]]:
    """(width, height) of each page as the pipeline sees it (PDFs are rendered at its dpi)."""
    from paddlecamp.docqa.ingest import load_pages

    sizes = {}
    for path in paths:
        for p in load_pages(path):
            sizes[(p.source, int(p.page))] = (int(p.image.shape[1]), int(p.image.shape[0]))
    return sizes


def load_questions(path: Path) -> list[dict]:
    """Questions from another JSONL file about the same pages (a paraphrase set, say)."""
    import json

    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if raw.strip():
            try:
                out.append(json.loads(raw))
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc})") from exc
    return out


def run_eval(data_dir: str | Path, store: str | Path, llm: str = "extractive", *, collection: str = "docqa_eval",
             top_k: int = 3, sources: Sequence[str] | None = None, questions: Sequence[str] | None = None,
             progress: bool = True, fallback: str | None = None,
             qa_file: str | Path | None = None) -> dict[str, Any]:
    """Index the set's pages, then measure OCR CER, retrieval, answers, citations and latency.

    ``sources`` restricts the pages (and their questions; unanswerable questions are kept) for
    a quick run; ``questions`` restricts question ids. The store is reused: unchanged pages are
    not OCR'd again, so a second run costs only the questions. The collection is made to hold
    exactly the chosen pages: documents of another set or of an earlier run are dropped from it
    (``report["index"]["dropped"]``); their OCR stays cached in the store.
    """
    from tqdm.auto import tqdm

    from paddlecamp.docqa import api
    from paddlecamp.docqa.dataset import load_qa, load_truth

    data = Path(data_dir)
    truth = load_truth(data)
    qa = load_qa(data) if qa_file is None else load_questions(Path(qa_file))
    pages_dir = data / "pages"
    all_sources = sorted({s for s, _ in truth})
    chosen = list(sources) if sources else all_sources
    unknown = [s for s in chosen if s not in all_sources]
    if unknown:
        raise ValueError(f"unknown source(s) {', '.join(unknown)}; the set has {', '.join(all_sources)}")
    paths = [pages_dir / s for s in chosen]
    qa = [q for q in qa if (not q["answerable"] or q["source"] in chosen) and (not questions or q["id"] in questions)]
    qa = [{**q, "qtype": infer_qtype(q, truth)} for q in qa]
    if not qa:
        raise ValueError(f"no questions selected (question ids: {', '.join(questions or [])})")

    report: dict[str, Any] = {"created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                              "hardware": hardware(),
                              "config": {"llm": llm, "top_k": top_k, "collection": collection, "sources": chosen,
                                         "data": data.name}}
    t0 = time.perf_counter()
    idx = api.index(paths, store=store, collection=collection, progress=progress)
    # The collection holds exactly these pages: another set's pages would compete in retrieval.
    dropped = api.keep_only(paths, store=store, collection=collection)
    report["index"] = {"indexed": len(idx.indexed), "skipped": len(idx.skipped), "errors": idx.errors,
                       "chunks": idx.chunks, "dropped": dropped, "seconds": round(time.perf_counter() - t0, 2)}

    rows = []
    for path in tqdm(paths, desc="CER", unit="file", disable=not progress):
        for page in api.ocr(path, store=store):  # cached by the index run
            tp = truth.get((path.name, int(page.page)))
            if tp is not None:
                rows.append(page_cer(tp, page))
    report["ocr"] = {**summarize_cer(rows), "per_page": rows}
    report["tables"] = _tables_report(truth, chosen, store, collection)

    sizes = page_sizes_of(paths)
    retrieve = getattr(api, "retrieve", None)
    # One warm-up question: the first call loads the embedder and opens the store.
    api.ask(qa[0]["question"], store=store, collection=collection, llm=llm, top_k=top_k, fallback=fallback)
    preds: dict[str, Prediction] = {}
    for q in tqdm(qa, desc="questions", unit="q", disable=not progress):
        t = time.perf_counter()
        res = api.ask(q["question"], store=store, collection=collection, llm=llm, top_k=top_k, fallback=fallback)
        ms = (time.perf_counter() - t) * 1000
        if retrieve is not None:
            hits, _ = retrieve(q["question"], store=store, collection=collection, top_k=5)
            hit_list = [{"source": h.chunk.source, "page": h.chunk.page, "score": h.score} for h in hits]
        else:
            hit_list = res.get("citations", [])
        preds[q["id"]] = Prediction(q["id"], res.get("answer", ""), bool(res.get("answerable")),
                                    res.get("citations", []), hit_list, ms, res.get("timings"),
                                    res.get("reason", ""))
    report["answers"] = score_predictions(qa, preds, truth, sizes)
    report["goals"] = check_goals(report)
    report["seconds"] = round(time.perf_counter() - t0, 2)
    report["hardware"]["load_avg_at_end"] = hardware()["load_avg_1_5_15"]
    return report


def _tables_report(truth: dict[tuple[str, int], dict], sources: Sequence[str], store: str | Path,
                   collection: str) -> dict[str, Any]:
    """``table_structure`` summed over the chosen pages' truth tables, with rates per cell."""
    from paddlecamp.docqa import api

    st = api.open_store(store)
    total = {"cells": 0, "found": 0, "row_ok": 0, "col_ok": 0, "cells_ok": 0}
    for (source, page), tp in sorted(truth.items()):
        if source in sources and tp.get("tables"):
            for k, v in table_structure(tp, st.page_chunks(collection, source, page)).items():
                total[k] += v
    n = total["cells"]
    return {**total, **{f"{k}_rate": (total[k] / n if n else float("nan")) for k in ("found", "cells_ok")}}


def _fmt(value: Any, spec: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return format(value, spec)


def format_report(report: dict[str, Any]) -> str:
    """A short human-readable summary of ``run_eval``'s result."""
    a, o, t = report["answers"], report["ocr"], report.get("tables", {})
    lat = a["latency_ms"]
    lines = [
        f"pages {o['pages']}  chars {o['chars']}  CER {_fmt(o['cer'], '.2%')}  "
        f"(unordered {_fmt(o['cer_unordered'], '.2%')}, content {_fmt(o.get('cer_content'), '.2%')}, "
        f"worst {o['worst_page']})",
        f"tables     {t.get('cells', 0)} data cells: found {_fmt(t.get('found_rate'), '.2f')}, "
        f"right row and column {_fmt(t.get('cells_ok_rate'), '.2f')}",
        "retrieval  " + "  ".join(f"{k} {_fmt(a[k], '.2f')}" for k in a if k.startswith("recall@")),
        f"answers    accuracy {_fmt(a['answer_accuracy'], '.2f')} ({a['n_answerable']} answerable)  "
        f"unanswerable {_fmt(a['unanswerable_accuracy'], '.2f')} ({a['n_unanswerable']})  "
        f"citations {_fmt(a['citation_accuracy'], '.2f')}  false refusals {_fmt(a['false_refusal_rate'], '.2f')}",
        f"latency    p50 {_fmt(lat['p50'], '.0f')} ms  p95 {_fmt(lat['p95'], '.0f')} ms  ("
        + ", ".join(f"{k} {_fmt(v, '.0f')}" for k, v in lat.get("parts_p50", {}).items()) + ")",
        "goals      " + "  ".join(f"{k} {'ok' if g['met'] else ('MISSED' if g['met'] is False else '?')}"
                                  for k, g in report["goals"].items()),
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------
def plot_report(report: dict[str, Any], *, font: str | None = None):
    """Four panels: CER per page, recall@k, accuracy by question kind, latency histogram."""
    import matplotlib.pyplot as plt

    a, o = report["answers"], report["ocr"]
    if font:
        plt.rcParams["font.sans-serif"] = [font, *plt.rcParams["font.sans-serif"]]
    fig, axes = plt.subplots(2, 2, figsize=(11, 7))
    ax = axes[0, 0]
    pages = o["per_page"]
    labels = [f"{r['source'].rsplit('.', 1)[0]}#{r['page']}" for r in pages]
    ax.barh(labels, [100 * r["cer"] for r in pages], color="tab:blue", label="ordered")
    ax.barh(labels, [100 * r["cer_unordered"] for r in pages], color="tab:orange", alpha=0.7, height=0.4,
            label="unordered")
    ax.axvline(100 * GOALS["cer"][0], color="red", ls="--", lw=1, label="goal 1%")
    ax.set_xlabel("CER (%)")
    ax.set_title(f"OCR: CER {o['cer']:.2%} over {o['chars']} characters")
    ax.legend(fontsize=8)
    ax.tick_params(axis="y", labelsize=7)
    ax = axes[0, 1]
    ks = sorted(int(k.split("@")[1]) for k in a if k.startswith("recall@"))
    ax.plot(ks, [a[f"recall@{k}"] for k in ks], "o-")
    ax.axhline(GOALS["recall@3"][0], color="red", ls="--", lw=1, label="goal recall@3 ≥ 0.95")
    ax.set_xticks(ks)
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("k")
    ax.set_ylabel("recall@k (right file and page)")
    ax.set_title("Retrieval")
    ax.legend(fontsize=8)
    ax = axes[1, 0]
    groups = {**{f"{k}": v for k, v in a["by_kind"].items()},
              "unanswerable": a["unanswerable_accuracy"], "citations": a["citation_accuracy"]}
    vals = [0.0 if v is None or (isinstance(v, float) and math.isnan(v)) else v for v in groups.values()]
    ax.bar(list(groups), vals, color=["tab:green"] * len(a["by_kind"]) + ["tab:purple", "tab:gray"])
    ax.axhline(GOALS["answer_accuracy"][0], color="red", ls="--", lw=1,
               label=f"goal accuracy ≥ {GOALS['answer_accuracy'][0]:.2f}")
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Answers: accuracy {_fmt(a['answer_accuracy'], '.2f')}, "
                 f"unanswerable {_fmt(a['unanswerable_accuracy'], '.2f')}")
    ax.legend(fontsize=8)
    ax.tick_params(axis="x", labelsize=8, labelrotation=25)
    ax = axes[1, 1]
    ms = [r["ms"] for r in a["questions"]]
    ax.hist(ms, bins=min(20, max(5, len(ms) // 2)), color="tab:blue")
    ax.axvline(a["latency_ms"]["p50"], color="black", lw=1, label=f"p50 {a['latency_ms']['p50']:.0f} ms")
    ax.axvline(a["latency_ms"]["p95"], color="gray", ls=":", lw=1, label=f"p95 {a['latency_ms']['p95']:.0f} ms")
    ax.axvline(GOALS["latency_p50_ms"][0], color="red", ls="--", lw=1, label="goal p50 ≤ 300 ms")
    ax.set_xlabel("ask() wall time (ms)")
    ax.set_title("Warm query latency")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def _acc(v: Any) -> float:
    v = v.get("accuracy") if isinstance(v, dict) else v
    return 0.0 if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def plot_dev_vs_test(dev: dict[str, Any], test: dict[str, Any], *, font: str | None = None):
    """Two panels: the headline metrics and accuracy by question type, dev beside test; then
    the test set's robustness slices (accuracy per page degradation, with question counts)."""
    import matplotlib.pyplot as plt
    import numpy as np

    if font:
        plt.rcParams["font.sans-serif"] = [font, *plt.rcParams["font.sans-serif"]]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
    names = ["answer_accuracy", "table_accuracy", "top_citation_page", "unanswerable_accuracy", "false_refusal_rate"]
    labels = ["answer acc.", "table acc.", "top citation\n(file+page)", "unanswerable\ndeclined", "answerable\nrefused"]
    x = np.arange(len(names))
    for off, (rep, name, colour) in zip((-0.2, 0.2), ((dev, "dev", "tab:gray"), (test, "test", "tab:blue"))):
        axes[0].bar(x + off, [_acc(rep["answers"].get(n)) for n in names], 0.4, label=name, color=colour)
    for i, n in enumerate(names):
        target, sense = GOALS[n]
        axes[0].plot([i - 0.4, i + 0.4], [target, target], color="red", lw=1.5)
    axes[0].set_xticks(x, labels, fontsize=8)
    axes[0].set_ylim(0, 1.05)
    axes[0].set_title("Headline metrics (red: goal)")
    axes[0].legend(fontsize=8)
    types = sorted(set(dev["answers"].get("by_qtype", {})) | set(test["answers"].get("by_qtype", {})))
    x = np.arange(len(types))
    for off, (rep, name, colour) in zip((-0.2, 0.2), ((dev, "dev", "tab:gray"), (test, "test", "tab:blue"))):
        by = rep["answers"].get("by_qtype", {})
        axes[1].bar(x + off, [_acc(by.get(t)) for t in types], 0.4, label=name, color=colour)
    axes[1].set_xticks(x, [f"{t}\n(n={test['answers'].get('by_qtype', {}).get(t, {}).get('n', 0)})" for t in types],
                       fontsize=8)
    axes[1].set_ylim(0, 1.05)
    axes[1].set_title("Accuracy by question type (n: test questions)")
    axes[1].legend(fontsize=8)
    slices = test["answers"].get("by_slice", {})
    names = list(slices)
    axes[2].bar(names, [_acc(slices[s]) for s in names], color="tab:blue")
    for i, sname in enumerate(names):
        axes[2].text(i, _acc(slices[sname]) + 0.02, f"n={slices[sname]['n']}", ha="center", fontsize=7)
    axes[2].set_ylim(0, 1.1)
    axes[2].tick_params(axis="x", labelrotation=30, labelsize=8)
    axes[2].set_title("Test set: accuracy by page degradation")
    fig.tight_layout()
    return fig


def plot_robustness(reports: dict[str, dict[str, Any]], *, metric: str = "cer_unordered"):
    """One panel per robustness report (``bench/docqa_robustness.py``'s JSON, keyed by a title):
    CER per damage slice with preprocessing off ("before") and on ("after"), in percent."""
    import matplotlib.pyplot as plt
    import numpy as np

    if not reports:
        raise ValueError("plot_robustness needs at least one report")
    fig, axes = plt.subplots(1, len(reports), figsize=(5.2 * len(reports), 3.6), squeeze=False)
    for ax, (title, rep) in zip(axes[0], reports.items()):
        slices = rep.get("slices")
        if not isinstance(slices, dict) or not slices:
            raise ValueError(f"robustness report {title!r} has no 'slices'")
        names = list(slices)
        x = np.arange(len(names))
        for off, when, colour in ((-0.2, "before", "tab:gray"), (0.2, "after", "tab:blue")):
            try:
                values = [100 * float(slices[n][when][metric]) for n in names]
            except KeyError as exc:
                raise ValueError(f"robustness report {title!r}: slice without {when}.{metric} ({exc})") from exc
            ax.bar(x + off, values, 0.4, color=colour, label=f"preprocessing {'off' if when == 'before' else 'on'}")
        ax.set_xticks(x, names, fontsize=8)
        ax.set_ylabel(f"{'unordered' if metric == 'cer_unordered' else 'ordered'} CER (%)")
        ax.set_title(title, fontsize=9)
        ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def failures_by_class(report: dict[str, Any]) -> dict[str, int]:
    """Wrong questions counted by ``qtype/slice/what went wrong`` (refused, wrong answer, answered
    an unanswerable question, page not retrieved)."""
    out: dict[str, int] = {}
    for r in report["answers"]["questions"]:
        if r["correct"]:
            continue
        if not r["gold_answerable"]:
            what = "answered-unanswerable"
        elif r.get("rank") is None:
            what = "page-not-retrieved"
        elif not r["answerable"]:
            what = "refused"
        else:
            what = "wrong-answer"
        key = f"{r.get('qtype') or '?'}/{what}"
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def wrong_answers(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The questions the pipeline got wrong, with what it said (for error analysis)."""
    out = []
    for r in report["answers"]["questions"]:
        if not r["correct"]:
            out.append({"id": r["id"], "question": r["question"], "gold": r["gold"] or "(unanswerable)",
                        "answer": r["answer"] if r["answerable"] else "(declined)", "rank": r.get("rank"),
                        "kind": r["kind"]})
    return out
