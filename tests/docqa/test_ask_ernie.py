"""``ask(llm="ernie")`` through the real client against the loopback fake server, and the fallback."""
from __future__ import annotations

import pytest

from paddlecamp.docqa.api import ask

fake_server = pytest.importorskip("paddlecamp.docqa.llm.fake_server")


def test_ernie_answer_cites_the_retrieved_chunk(indexed_store, monkeypatch):
    with fake_server.FakeErnieServer() as server:
        for k, v in server.env("openai").items():
            monkeypatch.setenv(k, v)
        res = ask("报告由谁编制？", store=indexed_store, llm="ernie")
    assert set(res) == {"answer", "answerable", "citations", "answerer", "timings"}
    assert res["answerer"] == "ernie"
    # The fake server answers with the context sentence that shares most words with the
    # question and cites it as [n]; ask() maps n back to the retrieved chunk.
    assert res["answerable"] and "张伟" in res["answer"]
    (cite,) = res["citations"]
    assert (cite["source"], cite["page"]) == ("report_zh.png", 1) and cite["chunk_id"]
    assert "张伟" in cite["text"] and len(cite["bbox"]) == 4


def test_unreachable_ernie_falls_back_or_raises(indexed_store, monkeypatch):
    from paddlecamp.docqa.llm import LLMError

    monkeypatch.setenv("QIANFAN_API_KEY", "k")
    monkeypatch.setenv("QIANFAN_BASE_URL", "http://127.0.0.1:9/v2")  # nothing listens on port 9
    monkeypatch.setenv("ERNIE_MAX_RETRIES", "0")
    with pytest.raises(LLMError):
        ask("报告由谁编制？", store=indexed_store, llm="ernie")
    res = ask("报告由谁编制？", store=indexed_store, llm="ernie", fallback="extractive")
    assert res["answer"] == "张伟" and res["answerable"]
    assert "fallback" in res["timings"]
