"""The five integrations measured side by side: same documents, same questions, same pages cited.

One measurement (two two-page text-layer PDFs, every integration whose packages are installed)
runs for the whole module; the tests read its results. Timings are checked to be real
measurements (positive, one per timed call), never against thresholds.
"""
from __future__ import annotations

import importlib.util

import pytest

from paddlecamp.docqa import integrations as I

INCLUDE = tuple(name for name, module in [("library", None), ("dify", "fastapi"), ("ragflow", "ragflow_sdk"),
                                           ("pathway", "pathway"), ("haystack", "haystack")]
                if module is None or importlib.util.find_spec(module) is not None)
REPEATS = 1


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    return I.write_documents(tmp_path_factory.mktemp("integration-docs"), 2)


@pytest.fixture(scope="module")
def measured(documents, tmp_path_factory):
    docs, questions = documents
    results = I.measure_integrations(docs, questions, tmp_path_factory.mktemp("integration-stores"),
                                     repeats=REPEATS, warmup=0, updates=1, include=INCLUDE)
    return docs, questions, {r.name: r for r in results}


def test_documents_are_text_layer_pdfs_with_one_question_per_page(documents, tmp_path):
    from paddlecamp.docqa.api import ocr

    docs, questions = documents
    assert [d.name for d in docs] == ["riverside.pdf", "hillcrest.pdf"]
    pages = ocr(docs[1])
    assert [p.origin for p in pages] == ["pdf-text", "pdf-text"]
    assert "Hillcrest" in pages[0].text and "成都分公司" in pages[1].text
    assert [(q.source, q.page) for q in questions] == [("riverside.pdf", 1), ("riverside.pdf", 2),
                                                        ("hillcrest.pdf", 1), ("hillcrest.pdf", 2)]
    assert questions[2].answer.replace(",", "") in pages[0].text.replace(",", "")
    with pytest.raises(ValueError, match="between 1 and"):
        I.write_documents(tmp_path, 0)


def test_every_integration_cites_the_page_that_answers(measured):
    _, questions, results = measured
    assert set(results) == set(INCLUDE)
    for name, r in results.items():
        for q in questions:
            assert r.top[q.text] == [q.source, q.page], (name, q.text)


def test_answering_integrations_give_the_same_answers_as_ask(measured):
    _, questions, results = measured
    lib = results["library"]
    for q in questions:
        assert q.answer in lib.answers[q.text], q.text
    for name in ("pathway", "haystack"):
        if name in results:
            assert results[name].answers == lib.answers, name


def test_latencies_are_positive_measurements_one_per_timed_call(measured):
    _, questions, results = measured
    for name, r in results.items():
        assert len(r.query_ms) == REPEATS * len(questions), name
        assert all(ms > 0 for ms in r.query_ms), name
        assert r.query_p50_ms > 0
        if r.shares is None:
            assert r.pages == 4 and r.index_s > 0 and r.index_s_per_page == r.index_s / 4, name
        else:
            assert r.index_s is None and r.row()["index ms/page"] == f"= {r.shares}"
    if "pathway" in results:
        p = results["pathway"]
        assert len(p.add_s) == len(p.delete_s) == 1 and p.add_s[0] > 0 and p.delete_s[0] > 0
    assert results["library"].add_s == []  # only the live index updates by itself


def test_features_table_covers_every_integration():
    assert [f["integration"] for f in I.FEATURES] == list(I.INTEGRATIONS)
    columns = set(I.FEATURES[0])
    assert {"citations", "output", "auth", "live updates", "index lives", "extra dependencies",
            "choose when"} <= columns
    for f in I.FEATURES:
        assert set(f) == columns and all(v.strip() for v in f.values()), f["integration"]


def test_unknown_integration_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown integration"):
        I.measure_integrations([], [], tmp_path / "s", include=("library", "elasticsearch"))
