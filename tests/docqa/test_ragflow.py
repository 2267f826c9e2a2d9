"""The RAGFlow connector through the real ``ragflow-sdk`` client against the loopback stand-in.

The stand-in runs as a real HTTP server on a free port. One text-layer PDF is indexed into
a temporary store once (no OCR); the other cases push hand-made documents, which is faster
and lets a test choose hashes, duplicate texts and a broken chunk.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import requests

from paddlecamp.docqa import ragflow
from paddlecamp.docqa.ragflow import RagflowError, StoredDocument
from paddlecamp.docqa.ragflow_fake import FakeRagflow
from paddlecamp.docqa.records import Chunk

W, H = 1240, 1754  # an A4 page at 150 dpi, the resolution PDFs are read at
MEMO = [(90, 100, "Pump Station 7 Maintenance", 44),
        (90, 220, "Station: Pump 7", 26), (90, 270, "Inspector: Li Wei", 26),
        (90, 380, "The inspection on 12 March found two worn valves and one cracked seal.", 26),
        (90, 430, "Both valves were replaced on site; the seal was ordered from the supplier.", 26),
        (90, 480, "Replacement parts cost 1,275 dollars in total, paid from the spring budget.", 26),
        (90, 600, "The next inspection is scheduled for September 2025 by the same team.", 26)]


def text_pdf(path: Path) -> Path:
    """A one-page PDF whose text is a real text layer (so indexing needs no OCR)."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    from paddlecamp.docqa.sample_pages import cjk_font_file

    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = Figure(figsize=(W / 150, H / 150), dpi=150)
        FigureCanvasAgg(fig)
        for x, y, text, px in MEMO:
            fig.text(x / W, 1 - y / H, text, va="top", fontproperties=FontProperties(fname=cjk_font_file(),
                                                                                     size=px * 72 / 150))
        fig.savefig(path, format="pdf")
    return path


@pytest.fixture(scope="module")
def memo_store(tmp_path_factory):
    from paddlecamp.docqa.api import index

    folder = tmp_path_factory.mktemp("ragflow_pages")
    text_pdf(folder / "memo.pdf")
    store = tmp_path_factory.mktemp("ragflow_store")
    report = index([folder], store=store, progress=False)
    assert not report.errors and report.pages_text == 1 and report.pages_ocr == 0, report
    return store


@pytest.fixture(scope="module")
def fake():
    with FakeRagflow() as server:
        yield server


@pytest.fixture
def rag(fake):
    return ragflow.connect(fake.url, fake.api_key)


def chunk(text: str, *, page: int = 1, no: int = 0, doc_hash: str = "a" * 64, source: str = "scan.png",
          bbox=(10, 20, 300, 60), kind: str = "text") -> Chunk:
    return Chunk(source=source, page=page, text=text, bbox=list(bbox), kind=kind, chunk_no=no, doc_hash=doc_hash)


def doc(source: str, texts: list[str], doc_hash: str = "a" * 64) -> StoredDocument:
    return StoredDocument(source=source, doc_hash=doc_hash, path=None,
                          chunks=[chunk(t, no=i, doc_hash=doc_hash, source=source, bbox=(10, 20 + 50 * i, 300, 60 + 50 * i))
                                  for i, t in enumerate(texts)])


def fake_docs(fake, dataset_id: str) -> list[dict]:
    return [d for d in fake.standin.state.documents.values() if d["dataset_id"] == dataset_id]


def fake_chunks(fake, doc_id: str) -> dict[str, dict]:
    return fake.standin.state.chunks[doc_id]


# the indexed store -> RAGFlow -> back to file, page and box -------------------------------------
def test_push_from_store_keeps_provenance_and_retrieval_maps_back(memo_store, fake, rag):
    from paddlecamp.docqa.api import open_store

    docs = ragflow.stored_documents(memo_store)
    assert [d.source for d in docs] == ["memo.pdf"] and docs[0].complete
    stored = open_store(memo_store).page_chunks("default", "memo.pdf", 1)
    assert len(stored) == len(docs[0].chunks) >= 2

    report = ragflow.push(rag, "memo_set", docs)
    assert report.dataset_created and report.uploaded == ["memo.pdf"] and not report.errors, report
    assert report.chunks_added == len(stored)
    (rdoc,) = fake_docs(fake, report.dataset_id)
    assert rdoc["name"] == "memo.pdf" and rdoc["type"] == "pdf"  # the PDF itself was uploaded
    assert rdoc["size"] == Path(docs[0].path).stat().st_size
    meta = rdoc["meta_fields"]
    assert meta["paddlecamp_source"] == "memo.pdf" and meta["paddlecamp_chunks"] == len(stored)
    assert meta["paddlecamp_doc_hash"] == stored[0].doc_hash
    rchunks = fake_chunks(fake, rdoc["id"])
    assert sorted(c["content"] for c in rchunks.values()) == sorted(c.text for c in stored)
    # RAGFlow's own positions: [page, left, right, top, bottom] in PDF points (150 dpi -> 72).
    for c in stored:
        (rc,) = [r for r in rchunks.values() if r["content"] == c.text]
        x0, y0, x1, y1 = c.bbox
        assert rc["positions"] == [[1, round(x0 * 0.48), round(x1 * 0.48), round(y0 * 0.48), round(y1 * 0.48)]]

    hits = ragflow.retrieve(rag, "memo_set", "How much did the replacement parts cost?", top_k=3)
    assert hits, "nothing retrieved"
    best = hits[0]
    (want,) = [c for c in stored if "1,275 dollars" in c.text]
    assert best.mapped and best.source == "memo.pdf" and best.page == 1
    assert best.bbox == pytest.approx(want.bbox, abs=0.06) and best.kind == want.kind
    assert best.chunk_id == want.chunk_id and "1,275" in best.text
    cit = best.citation()
    assert (cit.source, cit.page, cit.chunk_id) == ("memo.pdf", 1, want.chunk_id)


def test_pushing_again_changes_nothing(memo_store, fake, rag):
    docs = ragflow.stored_documents(memo_store)
    first = ragflow.push(rag, "memo_twice", docs)
    before = len(fake.requests)
    again = ragflow.push(rag, "memo_twice", docs)
    assert again.unchanged == ["memo.pdf"] and not again.uploaded and again.chunks_added == 0
    assert again.chunks_kept == first.chunks_added and not again.dataset_created
    writes = [r for r in fake.requests[before:] if r.method != "GET"]
    assert writes == [], [(r.method, r.path) for r in writes]
    assert len(fake_docs(fake, first.dataset_id)) == 1


# hand-made documents ----------------------------------------------------------------------------
def test_a_changed_file_replaces_its_document_after_the_new_one_is_complete(fake, rag):
    old = doc("scan.png", ["old text one", "old text two"], doc_hash="1" * 64)
    r1 = ragflow.push(rag, "changes", [old])
    assert r1.uploaded == ["scan.png"]
    # No file on disk: the text goes up as Markdown, and the report says so.
    assert any("uploaded as Markdown" in n for n in r1.notes)
    assert [d["name"] for d in fake_docs(fake, r1.dataset_id)] == ["scan.png.md"]
    new = doc("scan.png", ["new text one", "new text two", "new text three"], doc_hash="2" * 64)
    r2 = ragflow.push(rag, "changes", [new])
    assert r2.replaced == ["scan.png"] and r2.chunks_added == 3 and not r2.errors
    (left,) = fake_docs(fake, r1.dataset_id)
    assert left["meta_fields"]["paddlecamp_doc_hash"] == "2" * 64
    assert sorted(c["content"] for c in fake_chunks(fake, left["id"]).values()) == sorted(c.text for c in new.chunks)
    # The new document was uploaded before the old one was deleted.
    paths = [(r.method, r.path) for r in fake.requests if "/datasets/" + r1.dataset_id + "/documents" in r.path]
    upload = max(i for i, (m, p) in enumerate(paths) if m == "POST" and p.endswith("/documents"))
    delete = max(i for i, (m, p) in enumerate(paths) if m == "DELETE" and p.endswith("/documents"))
    assert upload < delete


def test_a_bad_chunk_is_reported_and_the_rest_pushed_then_a_rerun_completes_it(fake, rag):
    bad = doc("form.png", ["valve pressure 4 bar", "   ", "seal ordered from supplier"], doc_hash="3" * 64)
    report = ragflow.push(rag, "partial", [bad])
    assert len(report.errors) == 1 and report.chunks_added == 2
    err = report.errors[0]
    assert "dataset 'partial'" in err and "document 'form.png'" in err and bad.chunks[1].chunk_id in err
    (rdoc,) = fake_docs(fake, report.dataset_id)
    prov = json.loads(rdoc["meta_fields"]["paddlecamp_provenance"])
    assert sorted(r["chunk_id"] for refs in prov.values() for r in refs) == sorted(
        [bad.chunks[0].chunk_id, bad.chunks[2].chunk_id])
    fixed = doc("form.png", ["valve pressure 4 bar", "inspector Li Wei", "seal ordered from supplier"],
                doc_hash="3" * 64)
    before = len(fake.requests)
    again = ragflow.push(rag, "partial", [fixed])
    assert again.resumed == ["form.png"] and again.chunks_added == 1 and again.chunks_kept == 2 and not again.errors
    adds = [r for r in fake.requests[before:] if r.method == "POST" and r.path.endswith("/chunks")]
    assert [r.body["content"] for r in adds] == ["inspector Li Wei"]
    assert ragflow.push(rag, "partial", [fixed]).unchanged == ["form.png"]


def test_an_interrupted_push_resumes_without_adding_chunks_twice(fake, rag):
    d = doc("notes.jpg", ["first note about valves", "second note about seals"], doc_hash="4" * 64)
    r1 = ragflow.push(rag, "resume", [d])
    (rdoc,) = fake_docs(fake, r1.dataset_id)
    # As if the push died after adding the chunks but before writing the mapping.
    rdoc["meta_fields"]["paddlecamp_provenance"] = "{}"
    before = len(fake.requests)
    r2 = ragflow.push(rag, "resume", [d])
    assert r2.resumed == ["notes.jpg"] and not r2.errors
    assert not [r for r in fake.requests[before:] if r.method == "POST" and r.path.endswith("/chunks")]
    assert len(fake_chunks(fake, rdoc["id"])) == 2
    assert ragflow.push(rag, "resume", [d]).unchanged == ["notes.jpg"]


def test_identical_texts_become_one_ragflow_chunk_that_maps_to_every_box(fake, rag):
    h = "5" * 64
    d = StoredDocument(source="book.png", doc_hash=h, chunks=[
        chunk("Confidential", page=1, no=0, doc_hash=h, source="book.png", bbox=(5, 5, 100, 20)),
        chunk("Chapter one talks about pumps", page=1, no=1, doc_hash=h, source="book.png"),
        chunk("Confidential", page=2, no=2, doc_hash=h, source="book.png", bbox=(7, 9, 120, 25))])
    report = ragflow.push(rag, "dupes", [d])
    assert report.chunks_added == 3 and not report.errors
    (rdoc,) = fake_docs(fake, report.dataset_id)
    assert len(fake_chunks(fake, rdoc["id"])) == 2
    (hit,) = [h for h in ragflow.retrieve(rag, "dupes", "confidential") if "Confidential" == h.text]
    assert (hit.page, hit.bbox) == (1, [5, 5, 100, 20])
    assert [(a["page"], a["bbox"]) for a in hit.also] == [(2, [7, 9, 120, 25])]
    assert ragflow.push(rag, "dupes", [d]).unchanged == ["book.png"]


def test_prune_deletes_documents_gone_from_the_store_and_leaves_others_alone(fake, rag):
    a, b = doc("a.png", ["alpha text"], "6" * 64), doc("b.png", ["beta text"], "7" * 64)
    r1 = ragflow.push(rag, "prune_set", [a, b])
    ds = ragflow.find_dataset(rag, "prune_set")
    ds.upload_documents([{"display_name": "manual.txt", "blob": b"uploaded by hand"}])
    kept = ragflow.push(rag, "prune_set", [a])
    assert kept.stale == ["b.png"] and len(fake_docs(fake, r1.dataset_id)) == 3
    pruned = ragflow.push(rag, "prune_set", [a], prune=True)
    assert pruned.pruned == ["b.png"]
    assert sorted(d["name"] for d in fake_docs(fake, r1.dataset_id)) == ["a.png.md", "manual.txt"]


def test_a_hit_on_a_chunk_we_did_not_push_says_so(fake, rag):
    ds, _ = ragflow.ensure_dataset(rag, "foreign")
    (d,) = ds.upload_documents([{"display_name": "other.pdf", "blob": b"%PDF-1.4"}])
    c = d.add_chunk(content="a turbine manual written elsewhere")
    c.update({"positions": [[3, 10, 200, 30, 60]]})
    (hit,) = ragflow.retrieve(rag, "foreign", "turbine manual")
    assert not hit.mapped and hit.source == "other.pdf" and hit.page == 3 and hit.bbox == [10, 30, 200, 60]


# connection and errors --------------------------------------------------------------------------
def test_a_wrong_key_missing_key_or_dead_server_give_clear_errors(fake, monkeypatch):
    with pytest.raises(RagflowError, match=r"refused the API key: Authentication error: API key is invalid! \(code 109\)"):
        ragflow.connect(fake.url, "not-the-key")
    monkeypatch.delenv("RAGFLOW_API_KEY", raising=False)
    with pytest.raises(RagflowError, match="no RAGFlow API key"):
        ragflow.connect(fake.url, None)
    with FakeRagflow() as other:
        dead = other.url
    with pytest.raises(RagflowError, match="cannot reach RAGFlow"):
        ragflow.connect(dead, "k")


def test_connect_reads_the_environment_and_logs_the_wire(fake, monkeypatch):
    monkeypatch.setenv("RAGFLOW_BASE_URL", fake.url + "/api/v1")
    monkeypatch.setenv("RAGFLOW_API_KEY", fake.api_key)
    wire: list[dict] = []
    rag = ragflow.connect(wire=wire)
    ragflow.push(rag, "wired", [doc("w.png", ["wire text"], "8" * 64)])
    assert (wire[0]["method"], wire[0]["path"]) == ("GET", "/api/v1/datasets")
    posts = [w for w in wire if w["method"] == "POST"]
    assert any(w["path"] == "/api/v1/datasets" and w["body"]["name"] == "wired" for w in posts)
    assert any(w["path"].endswith("/chunks") and w["body"]["content"] == "wire text" for w in posts)
    upload = next(w for w in posts if w["path"].endswith("/documents"))
    assert re.fullmatch(r"w\.png\.md \(\d+ bytes\)", upload["body"]["file"][0]) and upload["code"] == 0


def test_the_standin_refuses_malformed_requests_as_ragflow_does(fake):
    url, auth = fake.url + "/api/v1", {"Authorization": f"Bearer {fake.api_key}"}

    def call(method, path, **kw):
        return requests.request(method, url + path, headers={**auth, **kw.pop("headers", {})}, timeout=10, **kw).json()

    extra = call("POST", "/datasets", json={"name": "x", "colour": "red"})
    assert extra["code"] == 101 and "Field: <colour> - Message: <Extra inputs are not permitted>" in extra["message"]
    assert call("POST", "/datasets", json={"name": "  "})["code"] == 101
    assert call("POST", "/datasets", json={"name": "x", "permission": "everyone"})["code"] == 101
    not_json = call("POST", "/datasets", data="name=x", headers={"Content-Type": "text/plain"})
    assert not_json["code"] == 101 and "Unsupported content type" in not_json["message"]
    ds = call("POST", "/datasets", json={"name": "shapes"})["data"]
    assert call("POST", f"/datasets/{ds['id']}/documents", data=b"")["code"] == 101  # no file part
    tiff = call("POST", f"/datasets/{ds['id']}/documents", files={"file": ("scan.tiff", b"II*")})
    assert "not been supported" in tiff["message"]
    (d,) = call("POST", f"/datasets/{ds['id']}/documents", files={"file": ("a.txt", b"hi")})["data"]
    chunks = f"/datasets/{ds['id']}/documents/{d['id']}/chunks"
    assert call("POST", chunks, json={"content": ""}) == {"code": 102, "message": "`content` is required"}
    assert call("POST", chunks, json={"content": "x", "important_keywords": "pump"})["code"] == 102
    cid = call("POST", chunks, json={"content": "pump"})["data"]["chunk"]["id"]
    bad_pos = call("PUT", f"{chunks}/{cid}", json={"positions": [[1, 2, 3]]})
    assert bad_pos["code"] == 102 and "length of 5" in bad_pos["message"]
    meta = call("PUT", f"/datasets/{ds['id']}/documents/{d['id']}", json={"meta_fields": ["not", "a", "dict"]})
    assert meta == {"code": 102, "message": "meta_fields must be a dictionary"}
    assert call("POST", "/retrieval", json={"question": "pump"}) == {"code": 102, "message": "`dataset_ids` is required."}
    assert call("POST", "/retrieval", json={"dataset_ids": ds["id"], "question": "pump"})["code"] == 102
    # RAGFlow's quirk: no token at all answers code 0 with data false, a wrong one code 109.
    bare = requests.get(url + "/datasets", timeout=10).json()
    assert bare == {"code": 0, "message": "`Authorization` can't be empty", "data": False}
    assert requests.get(url + "/datasets", headers={"Authorization": "Bearer nope"}, timeout=10).json()["code"] == 109
    assert fake.requests[-1].code == 109


def test_the_sdk_surfaces_a_refused_request_as_an_error_naming_the_call(rag):
    with pytest.raises(RagflowError, match=r"creating dataset 'x+': Field: <name>"):
        ragflow.ensure_dataset(rag, "x" * 200)


# the command line -------------------------------------------------------------------------------
def test_cli_push_ask_list(memo_store, fake, capsys):
    from paddlecamp.cli import main

    server = ["--base-url", fake.url, "--api-key", fake.api_key]
    assert main(["docqa", "ragflow", "push", "--store", str(memo_store), "--dataset", "cli_set", "--no-progress",
                 *server]) == 0
    assert "1 new" in capsys.readouterr().out
    assert main(["docqa", "ragflow", "push", "--store", str(memo_store), "--dataset", "cli_set", "--no-progress",
                 *server]) == 0
    assert "1 unchanged" in capsys.readouterr().out
    assert main(["docqa", "ragflow", "ask", "Who is the inspector?", "--dataset", "cli_set", "--json", *server]) == 0
    out = json.loads(capsys.readouterr().out)
    top = out["hits"][0]
    assert top["source"] == "memo.pdf" and top["page"] == 1 and top["kind"] == "kv" and "Li Wei" in top["text"]
    assert main(["docqa", "ragflow", "ask", "How much did the replacement parts cost?", "--dataset", "cli_set",
                 "--store", str(memo_store), "--json", *server]) == 0
    ans = json.loads(capsys.readouterr().out)
    assert ans["answerable"] and "1,275" in ans["answer"]
    cite = ans["citations"][0]
    (chunk_box,) = [c.bbox for c in ragflow.stored_documents(memo_store)[0].chunks if c.chunk_id == cite["chunk_id"]]
    # The citation is the line inside the chunk RAGFlow returned, not the whole chunk.
    x0, y0, x1, y1 = cite["bbox"]
    assert chunk_box[0] <= x0 and chunk_box[1] <= y0 and x1 <= chunk_box[2] and y1 <= chunk_box[3]
    assert (y1 - y0) < (chunk_box[3] - chunk_box[1]) / 2
    assert main(["docqa", "ragflow", "list", "--dataset", "cli_set", *server]) == 0
    assert "source memo.pdf" in capsys.readouterr().out
    assert main(["docqa", "ragflow", "ask", "x", "--dataset", "cli_set", "--base-url", fake.url,
                 "--api-key", "wrong"]) == 2
    assert "refused the API key" in capsys.readouterr().err
    assert main(["docqa", "ragflow", "ask", "x", "--dataset", "missing_set", *server]) == 2
    assert "no dataset 'missing_set'" in capsys.readouterr().err


def test_a_document_parsed_or_edited_in_ragflow_is_pushed_again(fake, rag):
    d = doc("parsed.png", ["pump seal text", "valve body text"], doc_hash="9" * 64)
    r1 = ragflow.push(rag, "edited", [d])
    (old,) = fake_docs(fake, r1.dataset_id)
    # As RAGFlow's "Parse" does: the run state changes and its parser's chunks replace ours.
    old["run"] = "DONE"
    fake_chunks(fake, old["id"]).clear()
    fake_chunks(fake, old["id"])["deepdoc1"] = {"id": "deepdoc1", "content": "whole page text", "available": True,
                                                "important_keywords": [], "positions": []}
    r2 = ragflow.push(rag, "edited", [d])
    assert r2.replaced == ["parsed.png"] and any("no longer holds exactly our chunks" in n for n in r2.notes)
    (new,) = fake_docs(fake, r1.dataset_id)
    assert new["id"] != old["id"] and new["run"] == "UNSTART"
    assert sorted(c["content"] for c in fake_chunks(fake, new["id"]).values()) == ["pump seal text", "valve body text"]
    # A chunk deleted in RAGFlow's UI: the count no longer matches, so it is pushed afresh too.
    gone = next(iter(fake_chunks(fake, new["id"])))
    ragflow.find_dataset(rag, "edited").list_documents(id=new["id"])[0].delete_chunks(ids=[gone])
    assert ragflow.push(rag, "edited", [d]).replaced == ["parsed.png"]
    assert ragflow.push(rag, "edited", [d]).unchanged == ["parsed.png"]
