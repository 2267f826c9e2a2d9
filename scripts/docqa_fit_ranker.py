"""Fit the document-QA answerer's candidate weights on the development sets.

    python scripts/docqa_fit_ranker.py [--lams 0.1 1 10] [--out lib/paddlecamp/docqa/ranker_weights.json]

Indexes the development sets (data/docqa with its questions and paraphrases, data/docqa-dev2,
data/docqa-dev3)
into stores under build/ (OCR is cached there), collects every question's candidates, picks the
penalty by leave-one-document-out cross-validation and writes the weights fitted on all of them.
The frozen test set (data/docqa-test) is never read.
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [  # (name, data folder, questions file, collection)
    ("dev", "data/docqa", "qa.jsonl", "ranker_dev"),
    ("dev-paraphrase", "data/docqa", "qa-paraphrase.jsonl", "ranker_dev"),
    ("dev2", "data/docqa-dev2", "qa.jsonl", "ranker_dev2"),
    ("dev3", "data/docqa-dev3", "qa.jsonl", "ranker_dev3"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lams", type=float, nargs="+", default=[0.3, 1.0, 3.0, 10.0])
    ap.add_argument("--store", type=Path, default=ROOT / "build" / "docqa-ranker-store")
    ap.add_argument("--out", type=Path, default=ROOT / "lib" / "paddlecamp" / "docqa" / "ranker_weights.json")
    args = ap.parse_args()

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
            "note": "fitted on the development sets only (data/docqa, its paraphrases, data/docqa-dev2, "
                    "data/docqa-dev3); "
                    "the frozen test set is never read"}
    ranker_fit.save(weights, args.out, meta=meta)
    print(f"lambda {best}: in-sample top-1 {meta['in_sample_top1']:.3f}; weights -> {args.out}")


if __name__ == "__main__":
    main()
