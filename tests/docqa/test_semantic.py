"""Semantic matching for paraphrased English questions (the index's own sentence embedder)."""
from __future__ import annotations

import pytest

from paddlecamp.docqa import semantic


def test_chinese_questions_are_compared_through_glosses(monkeypatch):
    assert semantic.applicable("发票号码是多少？")  # the dictionary wheel is installed
    assert semantic.applicable("What is the invoice number?")
    monkeypatch.setenv("PADDLECAMP_SEMANTIC", "0")
    assert not semantic.applicable("What is the invoice number?")
    assert not semantic.applicable("发票号码是多少？")


def test_a_paraphrase_is_closer_than_an_unrelated_label():
    from paddlecamp.models import MissingModelError, embedder_path

    try:
        embedder_path()
    except MissingModelError as exc:
        pytest.skip(f"embedder unavailable: {exc}")
    sims = semantic.similarities("How much do I owe for the shipping?",
                                 ["The total freight charge is 4,860 EUR", "Ball bearing 6204-2RS", ""])
    assert sims[0] > sims[1] and sims[2] == 0.0
    assert all(0.0 <= s <= 1.0 for s in sims)


def test_a_chinese_paraphrase_finds_its_label_through_glosses():
    from paddlecamp.models import MissingModelError, embedder_path

    try:
        embedder_path()
    except MissingModelError as exc:
        pytest.skip(f"embedder unavailable: {exc}")
    labels = ["工作湿度", "供电电压", "外形尺寸"]
    sims = semantic.similarities("空气湿度最高到多少它还能正常用？", labels)
    assert sims[0] > max(sims[1:])
    sims = semantic.similarities("这台设备需要接多高的电压？", labels)
    assert sims[1] > max(sims[0], sims[2])


def _embedder_or_skip():
    from paddlecamp.models import MissingModelError, embedder_path

    try:
        embedder_path()
    except MissingModelError as exc:
        pytest.skip(f"embedder unavailable: {exc}")


def test_indexing_stores_the_label_embeddings_a_question_needs(indexed_store):
    import numpy as np

    from paddlecamp.docqa.api import open_store, shared_embedder

    _embedder_or_skip()
    st = open_store(indexed_store)
    for source in ("report_zh.png", "memo_en.jpg"):
        chunks = st.document_chunks("default", source)
        found = st.label_cache_get(chunks[0].doc_hash, semantic.model_key())
        assert found is not None, f"no label embeddings stored for {source}"
        texts, vectors = found
        assert texts == semantic.label_texts(chunks) and len(texts) > 3
        if source == "memo_en.jpg":  # the memo's cost table: a cell is compared as "column of row"
            assert "Cost of Valve" in texts and any("1,275 dollars" in t for t in texts)
        fresh = shared_embedder().embed(texts)
        assert np.allclose(vectors, fresh, atol=1e-5)


def test_a_question_embeds_only_itself_and_answers_as_before(indexed_store, monkeypatch):
    from paddlecamp.docqa import api

    _embedder_or_skip()
    question = "What did the replacement parts cost?"
    embedded: list[str] = []
    emb = api.shared_embedder()
    real = emb.embed

    def counting(texts, **kw):
        embedded.extend(texts)
        return real(texts, **kw)

    monkeypatch.setattr(emb, "embed", counting)
    monkeypatch.setattr(semantic, "_CACHE", semantic.OrderedDict())
    monkeypatch.setattr(api, "_LABELS_LOADED", set())
    with_cache = api.ask(question, store=indexed_store)
    st = api.open_store(indexed_store)
    stored = set(st.label_cache_get(st.document_chunks("default", "memo_en.jpg")[0].doc_hash, semantic.model_key())[0])
    assert not stored & set(embedded), "a stored label was embedded again"
    # retrieval and label matching share the question's one embedding (and an anchored pair may follow)
    assert embedded[0] == question and embedded.count(question) == 1 and len(embedded) <= 2

    # the same answer when every label is embedded at question time
    monkeypatch.setattr(semantic, "_CACHE", semantic.OrderedDict())
    monkeypatch.setattr(api, "load_labels", lambda st, chunks: None)
    embedded.clear()
    without = api.ask(question, store=indexed_store)
    assert stored & set(embedded), "labels should have been embedded at question time"
    for key in ("answer", "answerable", "citations"):
        assert with_cache[key] == without[key]


def test_a_damaged_label_cache_is_ignored(tmp_path):
    from paddlecamp.docqa.store import Store

    st = Store(tmp_path / "store", create=True)
    st.label_cache_put("abc", "m1", ["Cost of Valve", "Seal"], [[1.0, 0.0], [0.0, 1.0]])
    texts, vecs = st.label_cache_get("abc", "m1")
    assert texts == ["Cost of Valve", "Seal"] and vecs.shape == (2, 2)
    assert st.label_cache_get("abc", "other-model") is None
    (tmp_path / "store" / "labels" / "abc.m1.npz").write_bytes(b"not a zip file")
    assert st.label_cache_get("abc", "m1") is None
    with pytest.raises(ValueError, match="2 label texts but 1 vectors"):
        semantic.remember(["a", "b"], [[1.0, 0.0]])


def test_a_released_collection_is_loaded_before_reading_pages(indexed_store):
    from paddlecamp.docqa.api import open_store

    st = open_store(indexed_store)
    assert st.has_collection("default")
    st.client.release_collection("default")
    st._loaded.discard("default")
    assert [c.source for c in st.page_chunks("default", "memo_en.jpg", 1)]
    assert "memo_en.jpg" in st.sources("default")
    whole = st.document_chunks("default", "memo_en.jpg")
    assert whole == st.page_chunks("default", "memo_en.jpg", 1)  # a one-page document
    with pytest.raises(Exception, match="has no collection 'nowhere'"):
        st.document_chunks("nowhere", "memo_en.jpg")


def test_a_failed_label_cache_write_leaves_the_document_indexed(page_files, ocr_pages, tmp_path, monkeypatch):
    import shutil

    from paddlecamp.docqa import api
    from paddlecamp.docqa.store import Store

    store = tmp_path / "store"
    shutil.copytree(ocr_pages["store"] / "ocr", store / "ocr")  # OCR cached: no OCR run here

    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "label_cache_put", full_disk)
    report = api.index([page_files["en"]], store=store, progress=False)
    assert report.indexed == ["memo_en.jpg"] and not report.errors
    assert any("label embeddings not stored" in n and "No space left" in n for n in report.notes)
    res = api.ask("What did the replacement parts cost?", store=store)
    assert res["answerable"] and "1,275" in res["answer"]
