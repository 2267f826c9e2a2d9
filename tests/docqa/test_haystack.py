"""The Haystack components and pipelines: typed runs, YAML round trip, answers with provenance."""
from __future__ import annotations

import shutil

import pytest

haystack = pytest.importorskip("haystack")

from paddlecamp.docqa.haystack_pipeline import (  # noqa: E402
    ExtractiveAnswerer,
    OcrConverter,
    ProvenanceSplitter,
    document_to_chunk,
    indexing_pipeline,
    load_pipeline,
    query_pipeline,
    run_query,
)


def test_converter_and_splitter_keep_provenance(page_files, ocr_pages, tmp_path):
    out = OcrConverter(cache_dir=str(ocr_pages["store"])).run(sources=[str(page_files["en"]), str(tmp_path / "x.png")])
    assert len(out["documents"]) == 1 and out["errors"][0]["path"].endswith("x.png")
    chunks = ProvenanceSplitter().run(documents=out["documents"])["documents"]
    kinds = {d.meta["kind"] for d in chunks}
    assert kinds == {"text", "table"}
    for d in chunks:
        c = document_to_chunk(d)
        assert (c.source, c.page) == ("memo_en.jpg", 1)
        assert len(c.line_bboxes) >= 1 and len(c.bbox) == 4


def test_pipelines_round_trip_through_yaml_and_answer(page_files, ocr_pages, tmp_path):
    store = tmp_path / "hs"
    shutil.copytree(ocr_pages["store"] / "ocr", store / "ocr")
    uri = str(store / "haystack.db")
    ip = indexing_pipeline(uri, cache_dir=str(store), drop_old=True)
    yaml_text = ip.dumps()
    assert "OcrConverter" in yaml_text and "jieba" in yaml_text
    result = load_pipeline(yaml_text).run({"converter": {"sources": [str(page_files["zh"]), str(page_files["en"])]}})
    assert result["writer"]["documents_written"] >= 4

    qp = load_pipeline(query_pipeline(uri).dumps())
    assert isinstance(qp.get_component("answerer"), ExtractiveAnswerer)
    ans = run_query(qp, "华北区域的收入是多少？")
    assert ans["answerable"] and ans["answer"] == "1,240"
    cite = ans["citations"][0]
    assert (cite["source"], cite["page"]) == ("report_zh.png", 1)
    assert cite["bbox"][3] - cite["bbox"][1] < 100  # the table row, not the page
    assert run_query(qp, "What is the CEO's phone number?")["answerable"] is False


def test_haystack_and_ask_give_the_same_answers_and_refusals(page_files, ocr_pages, indexed_store, tmp_path):
    """One answer path: the same questions through ``ask`` and the Haystack query pipeline
    give the same answer text, the same answerable flag and the same refusal sentence."""
    from paddlecamp.docqa.api import ask

    store = tmp_path / "hs-same"
    shutil.copytree(ocr_pages["store"] / "ocr", store / "ocr")
    uri = str(store / "haystack.db")
    indexing_pipeline(uri, cache_dir=str(store), drop_old=True).run(
        {"converter": {"sources": [str(page_files["zh"]), str(page_files["en"])]}})
    qp = query_pipeline(uri)
    questions = ["华北区域的收入是多少？", "报告由谁编制？", "Who inspected the pump station?",
                 "How much did the replacement parts cost?", "What is the CEO's phone number?", "公司的股票代码是什么？"]
    for q in questions:
        hs, api = run_query(qp, q), ask(q, store=indexed_store)
        assert (hs["answer"], hs["answerable"]) == (api["answer"], api["answerable"]), q
        if hs["answerable"]:
            top_hs, top_api = hs["citations"][0], api["citations"][0]
            assert (top_hs["source"], top_hs["page"], top_hs["bbox"]) == (top_api["source"], top_api["page"],
                                                                        top_api["bbox"]), q
