"""The frozen document-QA TEST set (data/docqa-test): unchanged since its freeze, complete, and
its truth consistent with its questions. Fast: hashes, JSON and image headers only, no OCR."""
from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from paddlecamp.docqa.dataset import load_qa, load_truth

DATA = "data/docqa-test"
RECORD = "data/results/docqa-testset.json"
SLICES = {"clean", "skew", "rot90", "blur", "lowres", "photo", "pdf-text", "pdf-image"}
QTYPES = {"table", "kv", "text", "unanswerable"}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


@pytest.fixture(scope="module")
def data(repo_root) -> Path:
    return repo_root / DATA


@pytest.fixture(scope="module")
def record(repo_root) -> dict:
    return json.loads((repo_root / RECORD).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def truth(data) -> dict:
    return load_truth(data)


@pytest.fixture(scope="module")
def qa(data) -> list[dict]:
    return load_qa(data)


# --------------------------------------------------------------------------------------------
# Frozen: the committed files are the ones recorded at the freeze
# --------------------------------------------------------------------------------------------
def test_files_match_the_frozen_record(data, record):
    assert record["frozen"] == "2026-12-01"
    assert _sha(data / "make_testset.py") == record["generator"]["sha256"], "the generator changed after the freeze"
    assert _sha(data / "qa.jsonl") == record["sha256"]["qa.jsonl"], "qa.jsonl changed after the freeze"
    assert _sha(data / "truth.json") == record["sha256"]["truth.json"], "truth.json changed after the freeze"
    pages = {p.name: _sha(p) for p in sorted((data / "pages").iterdir())}
    assert pages.keys() == record["sha256"]["pages"].keys(), "page files were added or removed after the freeze"
    for name, h in pages.items():
        assert h == record["sha256"]["pages"][name], f"pages/{name} changed after the freeze"


def test_combined_hash(data, record):
    hashes = {"make_testset.py": _sha(data / "make_testset.py"), "qa.jsonl": _sha(data / "qa.jsonl"),
              "truth.json": _sha(data / "truth.json")}
    hashes.update({f"pages/{p.name}": _sha(p) for p in (data / "pages").iterdir()})
    lines = "".join(f"{path}  {h}\n" for path, h in sorted(hashes.items()))
    assert hashlib.sha256(lines.encode("utf-8")).hexdigest() == record["combined_sha256"]


def test_recorded_counts_are_the_real_counts(record, qa, truth):
    c = record["counts"]
    assert c["questions"] == len(qa)
    assert c["pages"] == len(truth)
    assert c["by_qtype"] == dict(Counter(q["qtype"] for q in qa))
    assert c["by_lang"] == dict(Counter(q["lang"] for q in qa))
    assert c["pages_by_slice"] == dict(Counter(p["slice"] for p in truth.values()))


# --------------------------------------------------------------------------------------------
# Shape: what the issue asks of the set
# --------------------------------------------------------------------------------------------
def test_size_and_coverage(data, qa, truth):
    total = sum(p.stat().st_size for p in (data / "pages").iterdir())
    total += (data / "qa.jsonl").stat().st_size + (data / "truth.json").stat().st_size
    assert total < 8 * 2**20
    sources = {s for s, _ in truth}
    assert len(sources) >= 16 and 20 <= len(truth) <= 26
    assert {p["lang"] for p in truth.values()} == {"zh", "en"}
    by_lang = Counter(p["lang"] for p in truth.values())
    assert min(by_lang.values()) >= 0.4 * len(truth)
    slices = Counter(p["slice"] for p in truth.values())
    assert set(slices) == SLICES
    assert all(n >= 2 for n in slices.values()), slices
    assert {Path(s).suffix for s in sources} >= {".jpg", ".png", ".tiff", ".pdf"}
    assert sum(1 for s in sources if s.endswith(".tiff") and (s, 2) in truth) >= 1  # a multi-page TIFF
    assert sum(len(p["tables"]) for p in truth.values()) >= 15
    assert any(c["rowspan"] > 1 or c["colspan"] > 1 for p in truth.values() for t in p["tables"] for c in t["cells"])


def test_question_mix(qa):
    assert len(qa) >= 60
    kinds = Counter(q["qtype"] for q in qa)
    assert set(kinds) <= QTYPES
    assert kinds["table"] >= len(qa) / 3
    assert kinds["unanswerable"] >= 10
    assert {q["lang"] for q in qa} == {"zh", "en"}
    assert {q["lang"] for q in qa if not q["answerable"]} == {"zh", "en"}
    ids = [q["id"] for q in qa]
    assert len(ids) == len(set(ids))
    for q in qa:
        assert (q["qtype"] == "unanswerable") == (not q["answerable"]), q["id"]


# --------------------------------------------------------------------------------------------
# Consistency between questions, truth and page files
# --------------------------------------------------------------------------------------------
def test_every_answer_is_printed_on_its_evidence_page(qa, truth):
    for q in qa:
        if not q["answerable"]:
            assert q["answer"] == "" and q["source"] is None and q["page"] is None and q["slice"] is None
            continue
        page = truth[(q["source"], int(q["page"]))]
        assert q["slice"] == page["slice"] in SLICES, q["id"]
        want = _norm(q["answer"])
        texts = [ln["text"] for ln in page["lines"]]
        texts += [c["text"] for t in page["tables"] for c in t["cells"]]
        assert any(want in _norm(t) for t in texts), f"{q['id']}: {q['answer']!r} not on {q['source']} p{q['page']}"
        ev = [ln for ln in page["lines"] if ln["bbox"] == q["evidence_bbox"] and ln["text"] == q["evidence_text"]]
        assert ev and want in _norm(q["evidence_text"]), q["id"]
        if q["qtype"] == "table":
            ref = q["evidence_cell"]
            cell = next(c for c in page["tables"][ref["table"]]["cells"]
                        if c["row"] == ref["row"] and c["col"] == ref["col"])
            assert want in _norm(cell["text"]), q["id"]


def test_boxes_lie_inside_their_pages(qa, truth):
    def inside(b, p):
        return 0 <= b[0] < b[2] <= p["width"] and 0 <= b[1] < b[3] <= p["height"]

    for q in qa:
        if q["answerable"]:
            page = truth[(q["source"], int(q["page"]))]
            assert inside(q["evidence_bbox"], page), q["id"]
    for (source, n), page in truth.items():
        assert [ln["order"] for ln in page["lines"]] == list(range(len(page["lines"])))
        for ln in page["lines"]:
            assert ln["text"].strip() and inside(ln["bbox"], page), (source, n, ln)
        for t in page["tables"]:
            assert inside(t["bbox"], page)
            for c in t["cells"]:
                assert inside(c["cell_bbox"], page) and (c["bbox"] is None or inside(c["bbox"], page))


def test_image_pages_have_the_truth_size(data, truth):
    for (source, n), page in truth.items():
        if source.endswith(".pdf"):
            continue
        with Image.open(data / "pages" / source) as im:
            im.seek(n - 1)
            assert im.size == (page["width"], page["height"]), (source, n)


def test_pdfs_text_layer_and_page_size(data, truth):
    pdfium = pytest.importorskip("pypdfium2")
    for source in sorted({s for s, _ in truth if s.endswith(".pdf")}):
        pdf = pdfium.PdfDocument(str(data / "pages" / source))
        try:
            for i in range(len(pdf)):
                page = truth[(source, i + 1)]
                w, h = pdf[i].get_size()
                assert (round(w * 100 / 72), round(h * 100 / 72)) == (page["width"], page["height"])
                text = _norm(pdf[i].get_textpage().get_text_range())
                if page["slice"] == "pdf-text":
                    assert all(_norm(ln["text"]) in text for ln in page["lines"]), (source, i + 1)
                else:
                    assert text == "", (source, i + 1)
        finally:
            pdf.close()
