"""Index into Milvus Lite and ask: hybrid retrieval, re-indexing by content hash, resume."""
from __future__ import annotations

import shutil

import pytest

from paddlecamp.docqa.api import StoreError, ask, index, open_store, retrieve


def test_ask_returns_the_json_schema_with_a_cited_region(indexed_store):
    res = ask("报告由谁编制？", store=indexed_store)
    assert set(res) == {"answer", "answerable", "citations", "answerer", "timings"}
    assert res["answerable"] and res["answer"] == "张伟"
    top = res["citations"][0]
    assert set(top) == {"source", "page", "bbox", "text", "score", "chunk_id"}
    assert (top["source"], top["page"]) == ("report_zh.png", 1)
    assert "张伟" in top["text"]
    x0, y0, x1, y1 = top["bbox"]
    assert x0 < x1 and y0 < y1 and y1 - y0 < 80  # one line, not the whole page
    assert res["timings"]["total_ms"] > 0


@pytest.mark.parametrize("question, answer, source", [
    ("华南区域的增长率是多少？", "9.8%", "report_zh.png"),
    ("本季度营业收入是多少？", "4,820万元", "report_zh.png"),
    ("When was the pump station inspected?", "March 3, 2025", "memo_en.jpg"),
    ("How much did the replacement parts cost?", "1,275 dollars", "memo_en.jpg"),
])
def test_answers_from_text_and_tables(indexed_store, question, answer, source):
    res = ask(question, store=indexed_store)
    assert res["answerable"], res
    assert res["answer"].replace(" ", "") == answer.replace(" ", "")
    assert res["citations"][0]["source"] == source


def test_unrelated_question_is_unanswerable(indexed_store):
    res = ask("公司的股票代码是多少？", store=indexed_store)
    assert res["answerable"] is False and res["citations"] == []


def test_bm25_with_jieba_finds_chinese_keywords(indexed_store):
    hits, _ = retrieve("成都研发中心", store=indexed_store, mode="bm25", top_k=1)
    assert "成都" in hits[0].chunk.text
    hybrid, _ = retrieve("成都研发中心", store=indexed_store, mode="hybrid", top_k=1)
    assert hybrid[0].chunk.source == "report_zh.png"


def test_empty_question_and_missing_store_are_clear_errors(indexed_store, tmp_path):
    with pytest.raises(ValueError, match="empty"):
        ask("   ", store=indexed_store)
    with pytest.raises(StoreError, match="does not exist"):
        ask("anything", store=tmp_path / "nope")
    with pytest.raises(StoreError, match="no collection"):
        ask("anything", store=indexed_store, collection="other")


def _rows(store, collection="default"):
    st = open_store(store)
    return st.client.query(collection, filter='id != ""', output_fields=["id", "doc_hash", "source"], limit=1000)


def test_reindex_skips_unchanged_and_replaces_changed(page_files, ocr_pages, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(ocr_pages["store"] / "ocr", store / "ocr")  # reuse the OCR cache
    doc = tmp_path / "doc.png"
    shutil.copy(page_files["en"], doc)
    first = index([doc], store=store, collection="reidx", progress=False)
    assert len(first.indexed) == 1 and first.chunks > 0
    again = index([doc], store=store, collection="reidx", progress=False)
    assert again.indexed == [] and len(again.skipped) == 1
    before = _rows(store, "reidx")
    shutil.copy(page_files["zh"], doc)  # same path, new content
    changed = index([doc], store=store, collection="reidx", progress=False)
    assert len(changed.indexed) == 1
    after = _rows(store, "reidx")
    assert len({r["doc_hash"] for r in after}) == 1
    assert {r["doc_hash"] for r in after}.isdisjoint({r["doc_hash"] for r in before})
    assert len(after) == changed.chunks


def test_interrupted_index_resumes_without_duplicates(page_files, ocr_pages, tmp_path):
    from paddlecamp.docqa.api import doc_key, shared_embedder, root_key, ocr
    from paddlecamp.docqa.chunking import chunk_pages
    from paddlecamp.docqa.ingest import content_hash

    store = tmp_path / "store"
    shutil.copytree(ocr_pages["store"] / "ocr", store / "ocr")
    doc = page_files["zh"]
    h = content_hash(doc)
    chunks = chunk_pages(ocr(doc, store=store), doc_hash=h)
    assert len(chunks) >= 2
    st = open_store(store, create=True)
    emb = shared_embedder()
    st.ensure_collection("resume", emb.dim)
    # Simulate a crash part-way through the upsert: only the first row of the file landed.
    st.write_document("resume", doc_key(doc), h, chunks, emb.embed([c.text for c in chunks]),
                      root=root_key(doc.parent))
    st.client.delete("resume", filter="chunk_no > 0")
    rows = _rows(store, "resume")
    assert len(rows) == 1
    report = index([doc], store=store, collection="resume", progress=False)
    assert len(report.indexed) == 1  # incomplete, so not skipped
    rows = _rows(store, "resume")
    assert len(rows) == len(chunks) == len({r["id"] for r in rows})


def test_batch_index_reports_bad_files_and_keeps_going(page_files, ocr_pages, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(ocr_pages["store"] / "ocr", store / "ocr")
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not an image")
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("RGB", (300, 200), "white").save(blank)
    report = index([bad, page_files["en"], blank, tmp_path / "missing.jpg"], store=store, progress=False)
    assert len(report.indexed) == 1
    errors = {e["path"].rsplit("/", 1)[-1]: e["error"] for e in report.errors}
    assert "cannot decode" in errors["broken.png"]
    assert "no text" in errors["blank.png"]
    assert "no such file" in errors["missing.jpg"]


def test_locked_store_is_a_clear_error(indexed_store):
    """A Milvus Lite file held open by this process cannot be opened by another one."""
    import subprocess
    import sys

    open_store(indexed_store).has_collection("default")  # this process holds the lock now
    code = ("import sys\nfrom paddlecamp.cli import main\n"
            f"sys.exit(main(['docqa', 'ask', 'anything', '--store', {str(indexed_store)!r}]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "locked while another process" in proc.stderr
