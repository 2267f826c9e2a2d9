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


# --------------------------------------------------------------------------------------------
# The decline model
# --------------------------------------------------------------------------------------------
def _decisions(n: int, seed: int = 0) -> list[ranker_fit.Decision]:
    """Answerable questions have local evidence near 0.8 and their focus word present;
    unanswerable ones local evidence near 0.4 and the focus word missing half the time."""
    rng = np.random.default_rng(seed)
    names = answer.ANSWERABILITY_FEATURES
    out = []
    for k in range(n):
        ok = k % 4 != 0
        f = dict.fromkeys(names, 0.0)
        f["bias"] = 1.0
        f["local"] = float(rng.normal(0.8 if ok else 0.4, 0.1))
        f["focus_missing"] = float(not ok and rng.random() < 0.5)
        out.append(ranker_fit.Decision(f"q{k}", f"doc{k % 5}", np.array([f[n] for n in names]), ok, ok))
    return out


def test_decision_rates_count_refusals_declines_and_correct_answers():
    d = _decisions(8)  # q0, q4 unanswerable; the rest answerable and correct
    rates = ranker_fit.decision_rates(d, [True, False, True, True, False, True, True, True])
    # q1 refused (1 of 6 answerable), q4 declined (1 of 2), right: 5 answers + 1 decline of 8
    assert rates["refused"] == 1 / 6 and rates["declined"] == 0.5 and rates["accuracy"] == 6 / 8


def test_the_decline_model_separates_answerable_questions_out_of_fold():
    d = _decisions(80)
    p = ranker_fit.out_of_fold(d, lam=0.1)
    t = ranker_fit.best_threshold(d, p)
    rates = ranker_fit.decision_rates(d, list(p >= t))
    assert rates["accuracy"] > 0.95 and rates["declined"] > 0.9
    w = dict(zip(answer.ANSWERABILITY_FEATURES, ranker_fit.fit_answerability(d, lam=0.1)))
    assert w["local"] > 0 and w["focus_missing"] < 0


def test_the_threshold_is_chosen_on_the_smoothed_curve_not_a_lone_peak():
    """Eight answerable questions (all answered right when answered) and two unanswerable ones
    (p 0.20 and 0.79). Accuracy is 0.9 on the plateau 0.21-0.79 (the second one answered), 1.0
    at 0.80 alone and falls fast above it (answerable questions at 0.80, 0.81, 0.83...)."""
    p = np.array([0.20, 0.79, 0.80, 0.81, 0.83, 0.84, 0.85, 0.86, 0.90, 0.95])
    d = [ranker_fit.Decision(f"q{k}", "doc", np.zeros(1), k >= 2, k >= 2) for k in range(10)]
    assert ranker_fit.best_threshold(d, p, window=0.0) == 0.80  # the lone peak
    t = ranker_fit.best_threshold(d, p)  # the plateau's lowest threshold (a window mostly on it)
    assert t == 0.21 and ranker_fit.decision_rates(d, list(p >= t))["accuracy"] == 0.9


def test_extract_declines_by_the_model_and_keeps_the_hard_checks(monkeypatch):
    from paddlecamp.docqa.records import Chunk

    page = Chunk(text="Invoice number: NV-2291\nDue date: 12 Dec 2025", source="inv.png", page=1, chunk_no=0,
                 kind="text", bbox=[0, 0, 100, 40], doc_hash="d" * 64)
    weights = dict.fromkeys(answer.ANSWERABILITY_FEATURES, 0.0)
    for threshold, answered in ((0.4, True), (0.6, False)):  # p = sigmoid(0) = 0.5 for every question
        monkeypatch.setattr(answer, "answerability_model", lambda: {"weights": weights, "threshold": threshold})
        ex = answer.extract("What is the due date?", [page])
        assert ex.answerable is answered and ex.diag["p_answerable"] == 0.5
        assert ex.answer == ("12 Dec 2025" if answered else "")
    # a hard check (a name the page lacks) declines before the model is asked
    monkeypatch.setattr(answer, "answerability_model", lambda: {"weights": weights, "threshold": 0.0})
    ex = answer.extract("What is the due date for Kestrel Logistics?", [page])
    assert not ex.answerable and ex.diag["vetoed"] and ex.diag["p_answerable"] is None
