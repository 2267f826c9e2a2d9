"""Semantic matching for paraphrased English questions (the index's own sentence embedder)."""
from __future__ import annotations

import pytest

from paddlecamp.docqa import semantic


def test_chinese_questions_and_labels_get_no_semantic_score(monkeypatch):
    assert not semantic.applicable("发票号码是多少？")
    assert semantic.applicable("What is the invoice number?")
    monkeypatch.setenv("PADDLECAMP_SEMANTIC", "0")
    assert not semantic.applicable("What is the invoice number?")


def test_a_paraphrase_is_closer_than_an_unrelated_label():
    from paddlecamp.models import MissingModelError, embedder_path

    try:
        embedder_path()
    except MissingModelError as exc:
        pytest.skip(f"embedder unavailable: {exc}")
    sims = semantic.similarities("How much do I owe for the shipping?",
                                 ["The total freight charge is 4,860 EUR", "Ball bearing 6204-2RS", "", "运费"])
    assert sims[0] > sims[1] and sims[2] == 0.0 and sims[3] == 0.0
    assert all(0.0 <= s <= 1.0 for s in sims)
