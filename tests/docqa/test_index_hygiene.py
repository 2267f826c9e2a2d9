"""Index hygiene: documents keyed by their path relative to the indexed folder plus content.

Moving or renaming re-uses the stored chunks (no OCR, no embedding), vanished files are
removed, identical copies get distinct rows, a changed file leaves no stale rows, and an
interrupted write keeps the last good state. Stores of the old absolute-path layout migrate.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from paddlecamp.cli import main
from paddlecamp.docqa import api
from paddlecamp.docqa.api import ask, index, open_store, retrieve

COLL = "hygiene"


@pytest.fixture
def store(ocr_pages, tmp_path) -> Path:
    """A fresh store that shares the session's OCR cache (so reading a page costs nothing)."""
    path = tmp_path / "store"
    shutil.copytree(ocr_pages["store"] / "ocr", path / "ocr")
    return path


@pytest.fixture
def library(page_files, tmp_path) -> Path:
    """lib/reports/report_zh.png and lib/memo_en.jpg."""
    lib = tmp_path / "lib"
    (lib / "reports").mkdir(parents=True)
    shutil.copy(page_files["zh"], lib / "reports" / "report_zh.png")
    shutil.copy(page_files["en"], lib / "memo_en.jpg")
    return lib


class Counter:
    """Counts calls to ``api.ocr`` and to the embedder (what a move must not need)."""

    def __init__(self, monkeypatch):
        self.ocr = self.embed = 0
        real_ocr, emb = api.ocr, api.shared_embedder()
        real_embed = emb.embed

        def ocr(*a, **k):
            self.ocr += 1
            return real_ocr(*a, **k)

        def embed(texts):
            self.embed += 1
            return real_embed(texts)

        monkeypatch.setattr(api, "ocr", ocr)
        monkeypatch.setattr(emb, "embed", embed)


def top_source(store, question: str) -> str:
    hits, _ = retrieve(question, store=store, collection=COLL, top_k=1)
    return hits[0].chunk.source


def cited_sources(store, question: str) -> set[str]:
    return {c["source"] for c in ask(question, store=store, collection=COLL)["citations"]}


def rows(store, collection=COLL):
    return open_store(store).client.query(collection, filter='id != ""', limit=1000,
                                          output_fields=["id", "doc_key", "doc_hash", "source", "meta"])


def test_moving_a_folder_reuses_chunks_and_cites_the_new_path(store, library, tmp_path, monkeypatch):
    first = index([library], store=store, collection=COLL, progress=False)
    assert sorted(first.indexed) == ["memo_en.jpg", "reports/report_zh.png"] and not first.errors
    n_rows = len(rows(store))
    count = Counter(monkeypatch)
    moved_root = tmp_path / "archive" / "lib2"
    moved_root.parent.mkdir()
    shutil.move(str(library), str(moved_root))
    report = index([moved_root], store=store, collection=COLL, progress=False)
    assert sorted(report.moved) == ["memo_en.jpg", "reports/report_zh.png"]
    assert (report.indexed, report.removed, count.ocr, count.embed) == ([], [], 0, 0)
    after = rows(store)
    assert len(after) == n_rows  # moved, not duplicated
    assert {r["meta"]["root"] for r in after} == {moved_root.resolve().as_posix()}
    assert top_source(store, "报告由谁编制") == "reports/report_zh.png"
    assert cited_sources(store, "报告由谁编制？") <= {"memo_en.jpg", "reports/report_zh.png"}
    # A folder moved inside the indexed one: new key, same chunks; the old key is gone.
    (moved_root / "2025").mkdir()
    shutil.move(str(moved_root / "reports"), str(moved_root / "2025" / "reports"))
    count.ocr = count.embed = 0  # ask embedded the question
    report = index([moved_root], store=store, collection=COLL, progress=False)
    assert report.moved == ["2025/reports/report_zh.png"] and report.skipped == ["memo_en.jpg"]
    assert (report.removed, count.ocr, count.embed) == ([], 0, 0)
    assert {r["source"] for r in rows(store)} == {"memo_en.jpg", "2025/reports/report_zh.png"}
    assert top_source(store, "华南区域的增长率") == "2025/reports/report_zh.png"
    assert cited_sources(store, "华南区域的增长率是多少？") <= {"memo_en.jpg", "2025/reports/report_zh.png"}
    # Unchanged now: a no-op.
    again = index([moved_root], store=store, collection=COLL, progress=False)
    assert len(again.skipped) == 2 and not (again.moved or again.indexed or again.removed)


def test_deleting_a_file_removes_it_but_never_touches_other_roots(store, library, page_files, tmp_path, capsys):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(page_files["en"], other / "memo_copy.jpg")
    index([library], store=store, collection=COLL, progress=False)
    index([other], store=store, collection=COLL, progress=False)
    (library / "memo_en.jpg").unlink()
    assert main(["docqa", "index", str(library), "--store", str(store), "--collection", COLL, "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "removed: memo_en.jpg (file gone)" in out and "removed 1 (file gone)" in out
    assert {r["source"] for r in rows(store)} == {"reports/report_zh.png", "memo_copy.jpg"}
    assert top_source(store, "Who inspected the pump station?") == "memo_copy.jpg"
    assert "memo_en.jpg" not in cited_sources(store, "Who inspected the pump station?")
    (other / "memo_copy.jpg").unlink()
    assert index([library], store=store, collection=COLL, progress=False).removed == []  # not its root
    assert index([other], store=store, collection=COLL, progress=False).removed == ["memo_copy.jpg"]
    assert {r["source"] for r in rows(store)} == {"reports/report_zh.png"}


def test_keep_only_drops_the_other_documents_and_their_answers(store, library, page_files, tmp_path, monkeypatch):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(page_files["en"], other / "memo_copy.jpg")
    index([library], store=store, collection=COLL, progress=False)
    index([other / "memo_copy.jpg"], store=store, collection=COLL, progress=False)
    index([other / "memo_copy.jpg"], store=store, collection="untouched", progress=False)
    kept = other / "memo_copy.jpg"
    assert api.keep_only([kept], store=store, collection=COLL) == ["memo_en.jpg", "reports/report_zh.png"]
    assert {(r["source"], r["meta"]["root"]) for r in rows(store)} == {("memo_copy.jpg", other.resolve().as_posix())}
    assert top_source(store, "报告由谁编制") == "memo_copy.jpg"  # the report is gone from retrieval
    assert api.keep_only([kept], store=store, collection=COLL) == []  # nothing left to drop
    assert {r["source"] for r in rows(store, "untouched")} == {"memo_copy.jpg"}  # other collections untouched
    assert api.keep_only([kept], store=store, collection="never_made") == []
    # The dropped pages come back from the OCR cache: re-indexing them runs no OCR engine.
    import paddlecamp.docqa.ocr.page as ocr_page

    monkeypatch.setattr(ocr_page, "ocr_image", lambda *a, **k: pytest.fail("OCR ran for a cached page"))
    again = index([library], store=store, collection=COLL, progress=False)
    assert (again.indexed, again.moved, again.errors) == (["reports/report_zh.png"], ["memo_en.jpg"], [])
    assert {r["source"] for r in rows(store)} == {"memo_copy.jpg", "memo_en.jpg", "reports/report_zh.png"}


def test_identical_copies_are_both_indexed_with_distinct_ids(store, page_files, tmp_path, monkeypatch):
    lib = tmp_path / "copies"
    (lib / "b").mkdir(parents=True)
    shutil.copy(page_files["en"], lib / "a.jpg")
    shutil.copy(page_files["en"], lib / "b" / "a.jpg")
    count = Counter(monkeypatch)
    report = index([lib], store=store, collection=COLL, progress=False)
    assert report.indexed == ["a.jpg"] and report.moved == ["b/a.jpg"]  # the copy re-uses the chunks
    assert (count.ocr, count.embed) == (1, 1)
    got = rows(store)
    assert len(got) == 2 * report.chunks and len({r["id"] for r in got}) == len(got)
    assert {r["source"] for r in got} == {"a.jpg", "b/a.jpg"}
    # Both stay (neither file is gone), and re-indexing is a no-op.
    assert len(index([lib], store=store, collection=COLL, progress=False).skipped) == 2


def test_a_changed_file_leaves_no_old_rows(store, library, page_files):
    index([library], store=store, collection=COLL, progress=False)
    before = {r["doc_hash"] for r in rows(store) if r["source"] == "memo_en.jpg"}
    shutil.copy(page_files["zh"], library / "memo_en.jpg")  # same path, other content
    report = index([library], store=store, collection=COLL, progress=False)
    # The new content is already stored (reports/report_zh.png): re-used, not OCR'd again.
    assert report.moved == ["memo_en.jpg"] and report.skipped == ["reports/report_zh.png"]
    memo = [r for r in rows(store) if r["source"] == "memo_en.jpg"]
    assert {r["doc_hash"] for r in memo}.isdisjoint(before) and len({r["doc_hash"] for r in memo}) == 1
    assert len(memo) == len([r for r in rows(store) if r["source"] == "reports/report_zh.png"])


def test_interrupted_write_keeps_the_last_good_state_and_a_rerun_completes(store, library, page_files,
                                                                           monkeypatch):
    index([library], store=store, collection=COLL, progress=False)
    old = [r for r in rows(store) if r["source"] == "memo_en.jpg"]
    (library / "memo_en.jpg").write_bytes(page_files["zh"].read_bytes() + b"\0")  # new content, not stored yet
    st = open_store(store)
    real_upsert = st.client.upsert

    def crash(name, data, **kw):  # half the rows land, then the process dies
        real_upsert(name, data[: max(1, len(data) // 2)], **kw)
        raise KeyboardInterrupt

    monkeypatch.setattr(st.client, "upsert", crash)
    with pytest.raises(KeyboardInterrupt):
        index([library], store=store, collection=COLL, progress=False)
    monkeypatch.undo()
    now = [r for r in rows(store) if r["source"] == "memo_en.jpg"]
    assert {r["id"] for r in old} <= {r["id"] for r in now}  # the old version is complete
    assert top_source(store, "Who inspected the pump station?") == "memo_en.jpg"
    report = index([library], store=store, collection=COLL, progress=False)
    assert report.indexed == ["memo_en.jpg"] and not report.errors
    memo = [r for r in rows(store) if r["source"] == "memo_en.jpg"]
    assert len({r["doc_hash"] for r in memo}) == 1 and len(memo) == report.chunks == len({r["id"] for r in memo})


def test_a_store_of_the_old_absolute_path_layout_is_migrated_once(store, library, monkeypatch):
    """Rows written the way the previous version did: doc_key = absolute path, no root."""
    from paddlecamp.docqa.chunking import chunk_pages
    from paddlecamp.docqa.ingest import content_hash

    emb = api.shared_embedder()
    st = open_store(store, create=True)
    st.ensure_collection(COLL, emb.dim)
    gone = library / "gone.png"
    shutil.copy(library / "reports" / "report_zh.png", gone)
    old_rows = []
    for path in (library / "memo_en.jpg", library / "reports" / "report_zh.png", gone):
        h = content_hash(path)
        chunks = chunk_pages(api.ocr(path, store=store), doc_hash=h)
        for c, v in zip(chunks, emb.embed([c.text for c in chunks])):
            old_rows.append({"id": f"{h[:16]}-{c.page}-{c.chunk_no}-{path.name}"[:128],
                             "doc_key": str(path.resolve()), "doc_hash": h, "n_chunks": len(chunks),
                             "source": path.name, "page": c.page, "chunk_no": c.chunk_no, "kind": c.kind,
                             "text": c.text, "meta": {"bbox": c.bbox, "line_bboxes": c.line_bboxes},
                             "dense": [float(x) for x in v]})
    st.client.upsert(COLL, old_rows)
    gone.unlink()
    # The old store opens and answers as before.
    assert top_source(store, "Who inspected the pump station?") == "memo_en.jpg"
    assert cited_sources(store, "Who inspected the pump station?") <= {"memo_en.jpg", "report_zh.png", "gone.png"}
    count = Counter(monkeypatch)
    report = index([library], store=store, collection=COLL, progress=False)
    assert sorted(report.moved) == ["memo_en.jpg", "reports/report_zh.png"] and report.removed == ["gone.png"]
    assert (count.ocr, count.embed) == (0, 0)
    got = rows(store)
    assert all("root" in r["meta"] for r in got) and len(got) == len(old_rows) - len(
        [r for r in old_rows if r["source"] == "gone.png"])
    assert {r["source"] for r in got} == {"memo_en.jpg", "reports/report_zh.png"}
    assert len(index([library], store=store, collection=COLL, progress=False).skipped) == 2
    assert top_source(store, "华南区域的增长率") == "reports/report_zh.png"


def test_show_finds_a_page_by_its_relative_source(store, library, tmp_path, capsys):
    index([library], store=store, collection=COLL, progress=False)
    out = tmp_path / "page.png"
    for source in ("reports/report_zh.png", str(library / "reports" / "report_zh.png")):
        assert main(["docqa", "show", source, "--page", "1", "--store", str(store), "--collection", COLL,
                     "--out", str(out)]) == 0
        assert "box(es)" in capsys.readouterr().out and out.stat().st_size > 0
        out.unlink()


def test_chunks_of_another_reading_or_chunking_are_redone_and_never_reused(store, library, tmp_path, monkeypatch):
    """A library that reads or chunks differently re-chunks unchanged files on their next
    indexing (from the OCR cache: no new OCR of the pages), and a moved file is not given the
    old chunks."""
    from paddlecamp.docqa import chunking

    first = index([library], store=store, collection=COLL, progress=False)
    assert len(first.indexed) == 2
    assert {r["meta"]["pipeline"] for r in rows(store)} == {api.pipeline_version()}
    assert len(index([library], store=store, collection=COLL, progress=False).skipped) == 2
    monkeypatch.setattr(chunking, "CHUNKING_VERSION", "chunks-next")
    moved = tmp_path / "moved"
    shutil.move(str(library / "reports"), str(moved))
    report = index([library, moved], store=store, collection=COLL, progress=False)
    assert sorted(report.indexed) == ["memo_en.jpg", "report_zh.png"]  # re-chunked, the moved one too
    assert not (report.skipped or report.moved or report.errors)
    assert {r["meta"]["pipeline"] for r in rows(store)} == {api.pipeline_version()}
    assert {r["source"] for r in rows(store)} == {"memo_en.jpg", "report_zh.png"}
    assert len(index([library, moved], store=store, collection=COLL, progress=False).skipped) == 2
