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
