"""Fit the document-QA answerer's candidate weights on the development sets.

    python scripts/docqa_fit_ranker.py [--lams 0.1 1 10] [--out lib/paddlecamp/docqa/ranker_weights.json]
    python scripts/docqa_fit_ranker.py --answerability   # the decline model instead

Indexes the development sets (data/docqa with its questions and paraphrases, data/docqa-dev2 …
data/docqa-dev7) into stores under build/ (OCR is cached there), collects every question's candidates, picks the
penalty by leave-one-document-out cross-validation and writes the weights fitted on all of them.
With ``--answerability`` it fits the decline decision instead (a logistic model of "answerable"
over the best candidate's evidence measures, ``answer.ANSWERABILITY_FEATURES``) with its
threshold, both chosen on out-of-fold probabilities for the best accuracy (correct answers
plus declined unanswerable questions), and writes answerability_weights.json.
The frozen test set (data/docqa-test) is never read.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [  # (name, data folder, questions file, collection)
    ("dev", "data/docqa", "qa.jsonl", "ranker_dev"),
    ("dev-paraphrase", "data/docqa", "qa-paraphrase.jsonl", "ranker_dev"),
    ("dev2", "data/docqa-dev2", "qa.jsonl", "ranker_dev2"),
    ("dev3", "data/docqa-dev3", "qa.jsonl", "ranker_dev3"),
    ("dev4", "data/docqa-dev4", "qa.jsonl", "ranker_dev4"),
    ("dev5", "data/docqa-dev5", "qa.jsonl", "ranker_dev5"),
    ("dev6", "data/docqa-dev6", "qa.jsonl", "ranker_dev6"),
    ("dev7", "data/docqa-dev7", "qa.jsonl", "ranker_dev7"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lams", type=float, nargs="+", default=[0.3, 1.0, 3.0, 10.0])
    ap.add_argument("--store", type=Path, default=ROOT / "build" / "docqa-ranker-store")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--answerability", action="store_true", help="fit the decline model")
    args = ap.parse_args()
    if args.answerability:
        return fit_decline(args)
    args.out = args.out or ROOT / "lib" / "paddlecamp" / "docqa" / "ranker_weights.json"

    from paddlecamp.docqa import api, ranker_fit
    from paddlecamp.docqa.evaluate import load_questions

    cases, counts = [], {}
    for name, folder, qfile, collection in SETS:
        data = ROOT / folder
        pages = sorted((data / "pages").iterdir())
        api.index(pages, store=args.store, collection=collection)
        questions = load_questions(data / qfile)
        got = ranker_fit.collect(questions, store=args.store, collection=collection)
        for c in got:
            c.group = f"{folder}/{c.group}"
        counts[name] = {"questions": len(questions), "cases": len(got)}
        cases += got
        print(f"{name}: {len(got)} questions with a correct and a wrong candidate (of {len(questions)})")
    cv = ranker_fit.cross_validate(cases, args.lams)
    print("leave-one-document-out top-1:", {k: round(v, 3) for k, v in cv.items()})
    best = max(args.lams, key=lambda lam: cv[str(lam)])
    weights = ranker_fit.fit(cases, lam=best)
    meta = {"fitted": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "sets": counts,
            "lambda": best, "cv_top1": cv, "in_sample_top1": ranker_fit.top1(cases, weights),
            "note": f"fitted on the development sets only ({_set_names()}); the frozen test set is never read"}
    ranker_fit.save(weights, args.out, meta=meta)
    print(f"lambda {best}: in-sample top-1 {meta['in_sample_top1']:.3f}; weights -> {args.out}")


def _set_names() -> str:
    """The development sets, as the notes of the fitted files name them."""
    folders = list(dict.fromkeys(folder for _, folder, _, _ in SETS))
    return ", ".join(f"{folders[0]}, its paraphrases" if i == 0 else f for i, f in enumerate(folders))


def fit_decline(args: argparse.Namespace) -> None:
    """The decline model: decisions of every development question, penalty and threshold by
    leave-one-document-out probabilities, compared with the hand rules on the same decisions."""
    from paddlecamp.docqa import answer, api, ranker_fit
    from paddlecamp.docqa.evaluate import load_questions

    out = args.out or ROOT / "lib" / "paddlecamp" / "docqa" / "answerability_weights.json"
    decisions, counts = [], {}
    for name, folder, qfile, collection in SETS:
        data = ROOT / folder
        api.index(sorted((data / "pages").iterdir()), store=args.store, collection=collection)
        got = ranker_fit.collect_decisions(load_questions(data / qfile), store=args.store, collection=collection)
        for d in got:
            d.group = f"{folder}/{d.group}"
        counts[name] = {"decisions": len(got), "unanswerable": sum(not d.answerable for d in got)}
        decisions += got
        print(f"{name}: {counts[name]}")
    names = list(answer.ANSWERABILITY_FEATURES)
    rules = ranker_fit.decision_rates(decisions, [not answer.rules_decline(dict(zip(names, d.x)))
                                                  for d in decisions])
    cv = {}
    for lam in args.lams:
        p = ranker_fit.out_of_fold(decisions, lam)
        t = ranker_fit.best_threshold(decisions, p)
        cv[str(lam)] = {"threshold": t, **ranker_fit.decision_rates(decisions, list(p >= t))}
    print("hand rules:", {k: round(v, 3) for k, v in rules.items()})
    for lam, r in cv.items():
        print(f"lambda {lam} (out of fold):", {k: round(v, 3) for k, v in r.items()})
    best = max(args.lams, key=lambda lam: (cv[str(lam)]["accuracy"], -lam))
    w = ranker_fit.fit_answerability(decisions, lam=best)
    meta = {"weights": {n: round(float(v), 6) for n, v in zip(names, w)}, "threshold": cv[str(best)]["threshold"],
            "lambda": best, "fitted": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "sets": counts, "out_of_fold": cv, "hand_rules": rules,
            "in_sample": ranker_fit.decision_rates(
                decisions, list(ranker_fit.probabilities(decisions, w) >= cv[str(best)]["threshold"])),
            "note": f"fitted on the development sets only ({_set_names()}); the frozen test set is never "
                    "read; rates are over the decisions the hard checks leave open"}
    out.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"lambda {best}, threshold {meta['threshold']}: weights -> {out}")


if __name__ == "__main__":
    main()
