"""Opt-in: the retrieval service over a Milvus *server* (``$MILVUS_URI``) instead of a Milvus Lite file.

Skipped unless ``MILVUS_URI`` is set. Start a server first, for example Milvus Lite's own gRPC
server (``milvus-lite server --data-dir DIR --port 19530``) or Milvus standalone
in Docker, then::

    MILVUS_URI=http://127.0.0.1:19530 .venv/bin/python -m pytest -q tests/docqa/test_milvus_server.py

The test writes one collection with a unique name and drops it at the end.
"""
from __future__ import annotations

import os
import uuid

import httpx
import pytest

pytestmark = pytest.mark.skipif(not os.environ.get("MILVUS_URI"), reason="set MILVUS_URI to a Milvus server to run")


def test_index_and_retrieve_through_the_service(tmp_path):
    from paddlecamp.docqa.api import index, open_store
    from paddlecamp.docqa.born_digital_pdf import write_text_pdf
    from paddlecamp.docqa.sample_pages import EN_MEMO
    from paddlecamp.docqa.serve import BackgroundServer, create_app

    docs = tmp_path / "docs"
    docs.mkdir()
    write_text_pdf(docs / "memo_en.pdf", EN_MEMO)
    collection = f"paddlecamp_serve_{uuid.uuid4().hex[:12]}"
    store = tmp_path / "store"
    report = index([docs], store=store, collection=collection, progress=False)
    try:
        assert not report.errors and report.chunks >= 2
        st = open_store(store)
        assert st.uri == os.environ["MILVUS_URI"]  # the vectors live in the server, not in the folder
        with BackgroundServer(create_app(store, ["k"], collections=[collection])) as srv:
            h = httpx.get(srv.url + "/health").json()
            assert h["milvus"] == "server" and h["collections"] == {collection: report.chunks}
            r = httpx.post(srv.url + "/retrieval", headers={"Authorization": "Bearer k"}, timeout=60, json={
                "knowledge_id": collection, "query": "Who inspected the pump station?",
                "retrieval_setting": {"top_k": 2, "score_threshold": 0.0}})
            assert r.status_code == 200, r.text
            best = r.json()["records"][0]
            assert "Laura Chen" in best["content"] and best["metadata"]["source"] == "memo_en.pdf"
            assert 0.0 <= best["score"] <= 1.0
    finally:
        open_store(store).client.drop_collection(collection)
