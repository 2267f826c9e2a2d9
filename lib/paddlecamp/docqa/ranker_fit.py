"""Fitting the answerer's candidate weights on the development sets (never on the test set).

Each development question (with a known answer) gives a list of candidates: every evidence
unit with its features (``paddlecamp.docqa.answer.unit_features``) and a label, 1 when the
unit's span is a correct answer. A conditional logit model (a softmax over the candidates of
one question) is fitted with weights ``w = scale * prior + delta`` and an L2 penalty on
``delta``: the hand-set prior (``PRIOR_WEIGHTS``) is where the fit starts and what it shrinks
to. The penalty is chosen by leave-one-document-out cross-validation, whose top-1 rate (the
best-scored candidate is a correct one) is the honest estimate reported next to the prior's.

``collect`` needs an indexed store per set; ``fit`` and ``cross_validate`` are pure numpy/scipy.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np


@dataclass
class Case:
    """One question's candidates: a feature matrix and which rows are correct."""

    qid: str
    group: str  # the document, for cross-validation by document
    x: np.ndarray  # (candidates, features)
    y: np.ndarray  # (candidates,) bool


def feature_names() -> list[str]:
    from paddlecamp.docqa.answer import PRIOR_WEIGHTS

    return list(PRIOR_WEIGHTS)


def collect(questions: Iterable[dict], *, store: str | Path, collection: str, progress: bool = True) -> list[Case]:
    """Candidates and labels of every answerable question whose correct answer is among its
    candidates (and some candidate is wrong); superlative questions are left out (their answer
    is taken from another cell than the best-scored one)."""
    from tqdm.auto import tqdm

    from paddlecamp.docqa import answer as A
    from paddlecamp.docqa.api import gather
    from paddlecamp.docqa.evaluate import answer_correct

    names = feature_names()
    cases = []
    for qa in tqdm(list(questions), desc=f"candidates {collection}", disable=not progress):
        if not qa.get("answerable", True):
            continue
        question = qa["question"]
        hits, _ = gather(question, store=store, collection=collection)
        q, us = A.prepare(question, [h.chunk for h in hits])
        if q.superlative:
            continue
        cands = A.candidates(question, q, us)
        if not cands:
            continue
        x = np.array([[f[n] for n in names] for f, _, _, _ in cands], dtype=np.float64)
        y = np.array([bool(span) and answer_correct(span, qa["answer"], qa.get("aliases", []))[0]
                      for _, _, span, _ in cands])
        if y.any() and not y.all():
            cases.append(Case(qa["id"], str(qa.get("source", "")), x, y))
    return cases


def _unpack(theta: np.ndarray, prior: np.ndarray) -> np.ndarray:
    return theta[0] * prior + theta[1:]


def _loss(theta: np.ndarray, cases: Sequence[Case], prior: np.ndarray, lam: float) -> tuple[float, np.ndarray]:
    w = _unpack(theta, prior)
    total, grad_w = 0.0, np.zeros_like(w)
    for c in cases:
        s = c.x @ w
        s = s - s.max()
        p = np.exp(s)
        z = p.sum()
        zp = p[c.y].sum()
        total -= np.log(zp / z)
        # d/dw of -log(sum_pos p / sum p) = E_all[x] - E_pos[x]
        grad_w += (p / z) @ c.x - (p[c.y] / zp) @ c.x[c.y]
    delta = theta[1:]
    total += lam * float(delta @ delta)
    grad = np.concatenate([[grad_w @ prior], grad_w + 2 * lam * delta])
    return total, grad


def fit(cases: Sequence[Case], *, lam: float = 1.0, prior: dict[str, float] | None = None) -> dict[str, float]:
    """Weights fitted on ``cases`` (``lam``: the pull towards the prior)."""
    from scipy.optimize import minimize

    from paddlecamp.docqa.answer import PRIOR_WEIGHTS

    names = feature_names()
    pv = np.array([(prior or PRIOR_WEIGHTS)[n] for n in names], dtype=np.float64)
    theta0 = np.concatenate([[4.0], np.zeros(len(names))])
    res = minimize(_loss, theta0, args=(list(cases), pv, lam), jac=True, method="L-BFGS-B")
    w = _unpack(res.x, pv)
    return dict(zip(names, (float(v) for v in w)))


def top1(cases: Sequence[Case], weights: dict[str, float]) -> float:
    """Share of cases whose best-scored candidate is a correct one."""
    if not cases:
        return float("nan")
    w = np.array([weights[n] for n in feature_names()])
    return float(np.mean([c.y[int(np.argmax(c.x @ w))] for c in cases]))


def cross_validate(cases: Sequence[Case], lams: Sequence[float]) -> dict[str, float]:
    """Leave-one-document-out top-1 rate per penalty (and ``prior``: the hand-set weights)."""
    from paddlecamp.docqa.answer import PRIOR_WEIGHTS

    groups = sorted({c.group for c in cases})
    out = {"prior": top1(cases, dict(PRIOR_WEIGHTS))}
    for lam in lams:
        hits = []
        for g in groups:
            train = [c for c in cases if c.group != g]
            test = [c for c in cases if c.group == g]
            w = fit(train, lam=lam)
            hits += [t.y[int(np.argmax(t.x @ np.array([w[n] for n in feature_names()])))] for t in test]
        out[str(lam)] = float(np.mean(hits))
    return out


def save(weights: dict[str, float], path: str | Path, *, meta: dict) -> None:
    """Write the fitted weights with where they came from (sets, counts, cross-validation)."""
    Path(path).write_text(json.dumps({"weights": {k: round(v, 6) for k, v in weights.items()}, **meta},
                                     ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# The decline decision: answerable or not, from the best candidate's evidence measures
# --------------------------------------------------------------------------------------------
@dataclass
class Decision:
    """One question's decline decision: the answerability features of its best candidate,
    whether it has an answer, and whether the best candidate's answer is correct."""

    qid: str
    group: str
    x: np.ndarray  # (features,) in ``answer.ANSWERABILITY_FEATURES`` order
    answerable: bool
    correct: bool


def collect_decisions(questions: Iterable[dict], *, store: str | Path, collection: str,
                      progress: bool = True) -> list[Decision]:
    """The decline decision of every question (answerable or not) that the hard checks (no
    span of the wanted type, a year, date or name of the question missing) leave open."""
    from tqdm.auto import tqdm

    from paddlecamp.docqa import answer as A
    from paddlecamp.docqa.api import gather
    from paddlecamp.docqa.evaluate import answer_correct

    out = []
    for qa in tqdm(list(questions), desc=f"decisions {collection}", disable=not progress):
        hits, _ = gather(qa["question"], store=store, collection=collection)
        r = A.extract(qa["question"], [h.chunk for h in hits])
        f = r.diag.get("features")
        if f is None or r.diag.get("vetoed"):
            continue
        answerable = bool(qa.get("answerable", True))
        correct = answerable and answer_correct(r.diag["answer"], qa["answer"], qa.get("aliases", []))[0]
        out.append(Decision(qa["id"], str(qa.get("source", "")), np.array([f[n] for n in A.ANSWERABILITY_FEATURES]),
                            answerable, bool(correct)))
    return out


def _logit_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray, sw: np.ndarray, lam: float) -> tuple[float, np.ndarray]:
    z = x @ w
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))
    eps = 1e-12
    loss = -float(np.sum(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))))
    reg = w.copy()
    reg[0] = 0.0  # the bias is not shrunk
    return loss + lam * float(reg @ reg), x.T @ (sw * (p - y)) + 2 * lam * reg


def fit_answerability(decisions: Sequence[Decision], *, lam: float = 1.0) -> np.ndarray:
    """Logistic weights (``ANSWERABILITY_FEATURES`` order) for "answerable", the two classes
    weighted equally (unanswerable questions are the fewer)."""
    from scipy.optimize import minimize

    x = np.stack([d.x for d in decisions])
    y = np.array([d.answerable for d in decisions], dtype=np.float64)
    pos = max(y.sum(), 1.0)
    neg = max(len(y) - y.sum(), 1.0)
    sw = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))
    res = minimize(_logit_loss, np.zeros(x.shape[1]), args=(x, y, sw, lam), jac=True, method="L-BFGS-B")
    return res.x


def decision_rates(decisions: Sequence[Decision], answer: Sequence[bool]) -> dict[str, float]:
    """Refused (answerable declined), declined (unanswerable declined) and accuracy (correct
    answers plus declined unanswerable questions) when ``answer[i]`` says question i is answered."""
    n_ans = max(sum(d.answerable for d in decisions), 1)
    n_una = max(len(decisions) - sum(d.answerable for d in decisions), 1)
    refused = sum(not a for d, a in zip(decisions, answer) if d.answerable) / n_ans
    declined = sum(not a for d, a in zip(decisions, answer) if not d.answerable) / n_una
    right = sum(bool(a) and d.correct for d, a in zip(decisions, answer)) + declined * n_una
    return {"refused": refused, "declined": declined, "accuracy": float(right) / max(len(decisions), 1),
            "balanced": 0.5 * (1 - refused) + 0.5 * declined}


def probabilities(decisions: Sequence[Decision], w: np.ndarray) -> np.ndarray:
    """The logistic model's probability of "answerable" for each decision."""
    return 1.0 / (1.0 + np.exp(-np.clip(np.stack([d.x for d in decisions]) @ w, -50, 50)))


def out_of_fold(decisions: Sequence[Decision], lam: float) -> np.ndarray:
    """Each decision's probability from the model fitted without its document."""
    p = np.zeros(len(decisions))
    for g in sorted({d.group for d in decisions}):
        train = [d for d in decisions if d.group != g]
        held = [i for i, d in enumerate(decisions) if d.group == g]
        p[held] = probabilities([decisions[i] for i in held], fit_answerability(train, lam=lam))
    return p


def best_threshold(decisions: Sequence[Decision], p: np.ndarray, objective: str = "accuracy",
                   window: float = 0.04) -> float:
    """The threshold on ``p`` with the best ``objective`` rate (``decision_rates``: accuracy,
    correct answers plus declined unanswerable questions, by default), the rate taken as the
    median over the thresholds within ``window`` of it: a few hundred decisions make the curve
    jagged, and a lone peak is noise, not a better threshold. Ties go to the lower threshold
    (fewer refusals)."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    rate = {t: decision_rates(decisions, list(p >= t))[objective] for t in grid}
    smooth = {t: float(np.median([v for u, v in rate.items() if abs(u - t) <= window + 1e-9])) for t in grid}
    return float(max(grid, key=lambda t: (round(smooth[t], 6), -t)))
