"""Fitting the candidate weights: a conditional logit that starts from the hand-set prior."""
from __future__ import annotations

import json

import numpy as np

from paddlecamp.docqa import answer, ranker_fit
from paddlecamp.docqa.answer import PRIOR_WEIGHTS


def _cases(n: int, seed: int = 0) -> list[ranker_fit.Case]:
    """Questions whose correct candidate is the one with the highest ``role`` feature, while
    the prior prefers the highest ``page_cov`` (set against it on purpose)."""
    rng = np.random.default_rng(seed)
    names = ranker_fit.feature_names()
    i_role, i_page = names.index("role"), names.index("page_cov")
    cases = []
    for k in range(n):
        x = rng.uniform(0, 0.2, size=(5, len(names)))
        good = int(rng.integers(5))
        x[good, i_role] = 1.0
        x[(good + 1) % 5, i_page] = 5.0  # the prior's favourite, wrong
        y = np.zeros(5, bool)
        y[good] = True
        cases.append(ranker_fit.Case(f"q{k}", f"doc{k % 6}", x, y))
    return cases


def test_the_fit_learns_what_the_prior_gets_wrong_and_cross_validation_sees_it():
    cases = _cases(60)
    assert ranker_fit.top1(cases, dict(PRIOR_WEIGHTS)) < 0.2
    w = ranker_fit.fit(cases, lam=0.1)
    assert ranker_fit.top1(cases, w) > 0.95
    cv = ranker_fit.cross_validate(cases, [0.1])
    assert cv["prior"] < 0.2 and cv["0.1"] > 0.9


def test_a_strong_penalty_keeps_the_prior_ranking():
    cases = _cases(30, seed=1)
    w = ranker_fit.fit(cases, lam=1e6)
    fitted = np.array([w[n] for n in ranker_fit.feature_names()])
    prior = np.array([PRIOR_WEIGHTS[n] for n in ranker_fit.feature_names()])
    assert np.corrcoef(fitted, prior)[0, 1] > 0.999  # a rescaled prior: the same ranking


def test_weights_file_and_the_prior_switch(tmp_path, monkeypatch):
    path = tmp_path / "w.json"
    ranker_fit.save({**PRIOR_WEIGHTS, "role": 2.5}, path, meta={"note": "test"})
    data = json.loads(path.read_text())
    assert data["weights"]["role"] == 2.5 and data["note"] == "test"
    monkeypatch.setenv("PADDLECAMP_RANKER", "prior")
    answer.ranker_weights.cache_clear()
    try:
        assert answer.ranker_weights() == PRIOR_WEIGHTS
    finally:
        answer.ranker_weights.cache_clear()
