"""The RAGFlow connector against a real RAGFlow server; skipped unless one is configured.

    RAGFLOW_BASE_URL=http://localhost:9380 RAGFLOW_API_KEY=ragflow-... pytest tests/docqa/test_ragflow_live.py

The server needs a default embedding model (adding a chunk embeds it). The test makes its
own dataset, named uniquely, and deletes it afterwards.
"""
from __future__ import annotations

import os
import time
import uuid

import pytest

from paddlecamp.docqa import ragflow
from paddlecamp.docqa.ragflow import StoredDocument
from paddlecamp.docqa.records import Chunk

pytestmark = pytest.mark.skipif(not (os.environ.get("RAGFLOW_BASE_URL") and os.environ.get("RAGFLOW_API_KEY")),
                                reason="set RAGFLOW_BASE_URL and RAGFLOW_API_KEY to test against a RAGFlow server")

TEXTS = ["The inspection on 12 March found two worn valves and one cracked seal.",
         "Replacement parts cost 1,275 dollars in total, paid from the spring budget.",
         "检修计划：下一次检查安排在2025年9月，由同一团队负责。"]


def test_push_retrieve_and_repush_on_a_real_server():
    rag = ragflow.connect()
    name = f"paddlecamp_live_{uuid.uuid4().hex[:8]}"
    h = "c" * 64
    doc = StoredDocument(source="memo.png", doc_hash=h, chunks=[
        Chunk(source="memo.png", page=1, text=t, bbox=[90.0, 100.0 + 60 * i, 1000.0, 140.0 + 60 * i], kind="text",
              chunk_no=i, doc_hash=h) for i, t in enumerate(TEXTS)])
    try:
        report = ragflow.push(rag, name, [doc])
        assert report.dataset_created and report.uploaded == ["memo.png"] and not report.errors, report
        assert report.chunks_added == len(TEXTS)
        for _ in range(20):  # the search index refreshes about once a second
            hits = ragflow.retrieve(rag, name, "How much did the replacement parts cost?", top_k=3,
                                    similarity_threshold=0.0)
            if any("1,275" in h.text for h in hits):
                break
            time.sleep(0.5)
        top = next(h for h in hits if "1,275" in h.text)
        assert top.mapped and top.source == "memo.png" and top.page == 1
        assert top.bbox == [90.0, 160.0, 1000.0, 200.0] and top.chunk_id == doc.chunks[1].chunk_id
        again = ragflow.push(rag, name, [doc])
        assert again.unchanged == ["memo.png"] and again.chunks_added == 0
    finally:
        ds = ragflow.find_dataset(rag, name)
        if ds is not None:
            rag.delete_datasets(ids=[ds.id])
