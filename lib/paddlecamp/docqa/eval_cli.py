"""``paddlecamp docqa eval``: run the evaluation set through the pipeline and report metrics.

    paddlecamp docqa eval [--data data/docqa] [--store DIR] [--llm extractive|ernie]
                          [--sources FILE ...] [--json] [--out FILE]

Registered on the ``docqa`` group by the docqa CLI (``register(docqa_subparsers)``). Heavy
imports happen inside the action, so ``paddlecamp --help`` stays fast.
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path


def _default_data() -> Path:
    from paddlecamp import REPO_ROOT

    return REPO_ROOT / "data" / "docqa" if REPO_ROOT else Path("data/docqa")


def _default_store() -> Path:
    from paddlecamp import REPO_ROOT

    return (REPO_ROOT or Path.cwd()) / "build" / "docqa-eval-store"


def register(docqa_sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``eval`` action to the docqa subparsers."""
    p = docqa_sub.add_parser(
        "eval", help="measure CER, recall@k, answer accuracy and latency on the evaluation set",
        description="Index the evaluation pages (OCR results are cached in the store), then ask every "
                    "question and score OCR, retrieval, answers, citations and latency against the truth.")
    p.add_argument("--data", type=Path, default=None, help="evaluation set folder (default: data/docqa)")
    p.add_argument("--questions", type=Path, default=None, metavar="JSONL",
                   help="questions from this file instead of the set's qa.jsonl (same pages)")
    p.add_argument("--store", type=Path, default=None, help="store folder (default: build/docqa-eval-store)")
    p.add_argument("--collection", default="docqa_eval", help="collection name (default: docqa_eval)")
    p.add_argument("--llm", choices=("extractive", "ernie"), default="extractive")
    p.add_argument("--fallback", choices=("extractive",), default=None,
                   help="with --llm ernie: answer extractively when ERNIE fails")
    p.add_argument("--top-k", type=int, default=3)
    p.add_argument("--sources", nargs="+", default=None, metavar="FILE",
                   help="only these page files (and their questions) for a quick run")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.add_argument("--out", type=Path, default=None, help="also write the JSON report to this file")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(func=run)
    return p


def _clean(obj):
    # JSON has no NaN: metrics over an empty group become null.
    if isinstance(obj, float) and math.isnan(obj):
        return None
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    return obj


def run(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError

    data = args.data or _default_data()
    if not (data / "qa.jsonl").is_file() or not (data / "truth.json").is_file():
        raise CliError(f"{data} has no qa.jsonl/truth.json; run `python data/docqa/make_dataset.py`")
    if args.top_k < 1:
        raise CliError("--top-k must be at least 1")
    store = args.store or _default_store()

    from paddlecamp.docqa.evaluate import format_report, run_eval

    try:
        report = run_eval(data, store, args.llm, collection=args.collection, top_k=args.top_k,
                          sources=args.sources, progress=not args.no_progress, fallback=args.fallback,
                          qa_file=args.questions)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    except Exception as exc:
        from paddlecamp.docqa.llm import LLMError

        if isinstance(exc, LLMError):
            raise CliError(f"{exc} (add --fallback extractive to continue without ERNIE)") from None
        raise
    report = _clean(report)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.json:
        print(text)
    else:
        print(format_report(report))
        if args.out:
            print(f"report written to {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run ``eval`` standalone (``python -m paddlecamp.docqa.eval_cli``)."""
    ap = argparse.ArgumentParser(prog="paddlecamp docqa")
    sub = ap.add_subparsers(dest="action", required=True)
    register(sub)
    args = ap.parse_args(["eval", *(argv or [])])
    return args.func(args)


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
