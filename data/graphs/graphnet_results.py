"""Build ``data/results/graphs-graphnet-cpu.json`` from corpus-check runs on published GraphNet.

The runs themselves are ``paddlecamp graphs check`` over a checkout of PaddlePaddle/GraphNet
(whole corpora take an hour or more on 2 cores, so they are never part of CI):

    paddlecamp graphs check $GRAPHNET_DIR/samples --no-numeric --jobs 2 --out torch-rt.jsonl
    paddlecamp graphs check $GRAPHNET_DIR/samples --jobs 2 --out torch-sem.jsonl
    paddlecamp graphs check SUBSET --dtype float16,bfloat16 --jobs 2 --out torch-subset.jsonl
    paddlecamp graphs check $GRAPHNET_DIR/paddle_samples --no-numeric --jobs 2 --out paddle.jsonl
    paddlecamp graphs check $GRAPHNET_DIR/paddle_samples --jobs 2 --shuffle 20261202 --out paddle-sem.jsonl

and, for the "before" column, the parser of the previous release run over the same samples
(``--before``: JSONL lines ``{"sample", "ok", "error"}``), and Paddle semantics runs on a
subset (``--paddle-numeric``/``--paddle-semantics``: ``roundtrip_paddle_sample`` and
``semantics_paddle_sample`` results, one per line). Usage:

    python data/graphs/graphnet_results.py --commit SHA --torch-roundtrip torch-rt.jsonl \
        [--torch-semantics torch-sem.jsonl] [--torch-subset torch-subset.jsonl] \
        [--paddle paddle.jsonl] [--paddle-semantics-corpus paddle-sem.jsonl] [--before before.jsonl] \
        [--corpus-size torch.semantics=2495] [--note PART=TEXT] [--keep]

``--keep`` starts from the existing results file, so one part can be re-measured alone
(each part keeps its own date of run).

Each input becomes a summary (``paddlecamp.graphs.check.summarize``) with its date of run.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from paddlecamp.graphs.check import classify, read_done, strip_location, summarize

OUT = Path(__file__).resolve().parents[1] / "results" / "graphs-graphnet-cpu.json"


def _summary(jsonl: Path, dtypes: tuple[str, ...] = ()) -> dict:
    """The runner's own summary (``<out>.summary.json``: wall time, options) when it is there."""
    records = list(read_done(jsonl).values())
    own = jsonl.with_name(jsonl.stem + ".summary.json")
    doc = {k: v for k, v in json.loads(own.read_text()).items() if k in ("date", "options", "wall_seconds", "machine")} \
        if own.is_file() else {"date": datetime.fromtimestamp(jsonl.stat().st_mtime, timezone.utc).isoformat()}
    doc.update(summarize(records, dtypes))
    doc["failed_samples"] = {r["sample"]: strip_location(_first_error(r))[:300] for r in records if not r.get("ok")}
    return doc


def _first_error(r: dict) -> str:
    for key in ("roundtrip", "semantics"):
        if isinstance(r.get(key), dict) and r[key].get("error"):
            return r[key]["error"]
    for cell in r.get("dtype", {}).values():
        if cell.get("error") or cell.get("reason"):
            return cell.get("error") or cell.get("reason")
    return r.get("error") or r.get("class") or "?"


def _plain(jsonl: Path, ok_key: str) -> dict:
    """Lines of one library call each (``{"sample", ok_key, "max_abs_err", "error", "seconds"}``):
    Paddle numeric round trips (``ok``) and semantics runs (``semantic_ok``) on a subset."""
    rows = [json.loads(line) for line in jsonl.read_text().splitlines() if line.strip()]
    secs = sorted(r["seconds"] for r in rows)
    return {"samples": len(rows), "ok": sum(bool(r[ok_key]) for r in rows),
            "bitwise": sum(r["max_abs_err"] == 0.0 for r in rows),
            "failures": dict(Counter(classify(r["error"]) for r in rows if not r[ok_key]).most_common()),
            "median_seconds": secs[len(secs) // 2] if secs else None,
            "failed_samples": {r["sample"]: strip_location(r["error"] or "")[:300] for r in rows if not r[ok_key]}}


def _before(jsonl: Path) -> dict:
    rows = [json.loads(line) for line in jsonl.read_text().splitlines() if line.strip()]
    fails = Counter(classify(r["error"], r["sample"]) for r in rows if not r["ok"])
    return {"samples": len(rows), "ok": sum(r["ok"] for r in rows), "failures": dict(fails.most_common())}


def _part(doc: dict, key: str) -> dict:
    """``doc["torch"]["semantics"]`` for ``torch.semantics``; ``doc["paddle"]`` for ``paddle``."""
    part = doc
    for k in key.split("."):
        part = part[k]
    return part


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--commit", required=True, help="the GraphNet commit the corpus was taken from")
    ap.add_argument("--torch-roundtrip", type=Path, help="whole corpus, structural round trip (--no-numeric)")
    ap.add_argument("--torch-semantics", type=Path,
                    help="whole corpus with the numeric round trip and semantics against the original")
    ap.add_argument("--torch-subset", type=Path, help="semantics + dtype on a stratified subset")
    ap.add_argument("--paddle", type=Path, help="Paddle samples: round trip + semantics")
    ap.add_argument("--paddle-semantics-corpus", type=Path,
                    help="Paddle samples with semantics against the original (graphs check, whole or --shuffle part)")
    ap.add_argument("--paddle-numeric", type=Path, help="Paddle numeric round trips on a subset (roundtrip_paddle_sample)")
    ap.add_argument("--paddle-semantics", type=Path, help="Paddle semantics on a subset (semantics_paddle_sample)")
    ap.add_argument("--before", type=Path, help="round-trip results of the previous parser")
    ap.add_argument("--keep", action="store_true", help="update the existing results file part by part")
    ap.add_argument("--corpus-size", action="append", default=[], metavar="PART=N",
                    help="e.g. torch.semantics=2495: the part covers N samples when complete; a run "
                         "stopped before that is marked partial (done / N)")
    ap.add_argument("--note", action="append", default=[], metavar="PART=TEXT", help="a note on one part")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    doc = json.loads(args.out.read_text(encoding="utf-8")) if args.keep and args.out.is_file() else {}
    if doc.get("graphnet", {}).get("commit", args.commit) != args.commit:
        ap.error(f"{args.out} records GraphNet {doc['graphnet']['commit']}, not {args.commit}: drop --keep")
    doc.update({
        "graphnet": {"repository": "PaddlePaddle/GraphNet", "commit": args.commit, "licence": "MIT"},
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "hardware": f"{platform.machine()}, {os.cpu_count()} cores, CPU only (shared machine; times are upper bounds)",
    })
    doc.setdefault("torch", {})
    if args.torch_roundtrip:
        doc["torch"]["roundtrip"] = _summary(args.torch_roundtrip)
    if args.torch_semantics:
        doc["torch"]["semantics"] = _summary(args.torch_semantics)
    if args.before:
        doc["torch"]["before"] = _before(args.before)
    if args.torch_subset:
        doc["torch"]["subset"] = _summary(args.torch_subset, ("float16", "bfloat16"))
    if args.paddle:
        doc["paddle"] = {**doc.get("paddle", {}), **_summary(args.paddle)}
    if args.paddle_semantics_corpus:
        doc.setdefault("paddle", {})["semantics_corpus"] = _summary(args.paddle_semantics_corpus)
    if args.paddle_numeric:
        doc.setdefault("paddle", {})["numeric_subset"] = _plain(args.paddle_numeric, "ok")
    if args.paddle_semantics:
        doc.setdefault("paddle", {})["semantics_subset"] = _plain(args.paddle_semantics, "semantic_ok")
    for spec in args.corpus_size:
        key, n = spec.split("=", 1)
        part = _part(doc, key)
        part["corpus_samples"], part["complete"] = int(n), part["samples"] >= int(n)
    for spec in args.note:
        key, text = spec.split("=", 1)
        _part(doc, key)["note"] = text
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
