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
