"""Op histograms and fusible-pattern counts over the published GraphNet corpus, torch and Paddle.

Writes ``data/results/graphs-stats-graphnet.json`` (what the AI-compiler deck plots), from a
checkout of PaddlePaddle/GraphNet. Parsing never runs a sample; the per-sample lines go to a
JSONL file first, so an interrupted run resumes where it stopped:

    GRAPHNET_DIR=path/to/GraphNet python data/graphs/graphnet_stats.py [--jsonl stats.jsonl] [--limit N]

The whole corpus (about 3,500 samples) takes about 20 minutes on one core.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

from paddlecamp import repo_path
from paddlecamp.graphs.sample import find_samples
from paddlecamp.graphs.stats import GraphStats, sample_stats

PATTERNS = ("elementwise_chains", "chain_ops", "reduction_elementwise", "matmul_epilogues", "layout_ops")


def _commit(root: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def per_sample(root: Path, jsonl: Path, limit: int | None = None) -> list[dict]:
    """One line per sample ``{"sample", "framework", "source", "stats"|"error"}``, resumable."""
    from tqdm.auto import tqdm

    done: dict[str, dict] = {}
    if jsonl.is_file():
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                done[rec["sample"]] = rec
    todo = []
    for framework, folder in (("torch", "samples"), ("paddle", "paddle_samples")):
        found = find_samples([root / folder])
        todo += [(framework, p) for p in (found[:limit] if limit else found)]
    with jsonl.open("a", encoding="utf-8") as out:
        for framework, path in tqdm(todo, desc="graphs stats", unit="sample"):
            rel = path.relative_to(root).as_posix()
            if rel in done:
                continue
            rec = {"sample": rel, "framework": framework, "source": rel.split("/")[1]}
            try:
                st = sample_stats(path)
                rec["stats"] = {"nodes": st.nodes, "ops": dict(st.ops), **{k: getattr(st, k) for k in PATTERNS}}
            except Exception as exc:  # noqa: BLE001 - a refused sample is reported, the rest go on
                # paths relative to the checkout: the results name no machine's folders
                rec["error"] = f"{type(exc).__name__}: {exc}".replace(f"{root}/", "").splitlines()[0][:300]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out.flush()
            done[rel] = rec
    return [done[(p.relative_to(root)).as_posix()] for _, p in todo]


def summarize(records: list[dict]) -> dict:
    """Totals per framework and per source: op histogram (top 40), pattern counts, errors."""
    out: dict = {}
    for framework in ("torch", "paddle"):
        recs = [r for r in records if r["framework"] == framework]
        total, by_source, errors = GraphStats(), defaultdict(GraphStats), []
        for r in recs:
            if "error" in r:
                errors.append({"sample": r["sample"], "error": r["error"]})
                continue
            s = r["stats"]
            g = GraphStats(1, s["nodes"], Counter(s["ops"]), *(s[k] for k in PATTERNS))
            total = total + g
            by_source[r["source"]] = by_source[r["source"]] + g
        t = total.to_json()
        t["ops"] = dict(Counter(t["ops"]).most_common(40))
        out[framework] = {
            "samples": len(recs), "parsed": total.samples, "errors": errors, "total": t,
            "by_source": {src: {"samples": g.samples, "nodes": g.nodes, **{k: getattr(g, k) for k in PATTERNS},
                                "top_ops": dict(g.ops.most_common(8))}
                          for src, g in sorted(by_source.items())},
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphnet", default=os.environ.get("GRAPHNET_DIR"), help="GraphNet checkout ($GRAPHNET_DIR)")
    ap.add_argument("--jsonl", default="graphs-stats-graphnet.jsonl", help="per-sample lines (resumable)")
    ap.add_argument("--limit", type=int, default=None, help="first N samples per framework (a quick look)")
    ap.add_argument("--out", default=str(repo_path("data", "results", "graphs-stats-graphnet.json")))
    args = ap.parse_args()
    if not args.graphnet:
        ap.error("give --graphnet or set GRAPHNET_DIR to a checkout of PaddlePaddle/GraphNet")
    root = Path(args.graphnet).resolve()
    records = per_sample(root, Path(args.jsonl), args.limit)
    result = {
        "graphnet": {"repository": "PaddlePaddle/GraphNet", "commit": _commit(root), "licence": "MIT"},
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "machine": {"arch": platform.machine(), "python": platform.python_version()},
        "command": "python data/graphs/graphnet_stats.py (GRAPHNET_DIR=a GraphNet checkout)",
        "patterns": {
            "elementwise_chains": "maximal chains of >= 2 elementwise ops, each the only user of the previous",
            "chain_ops": "ops inside those chains",
            "reduction_elementwise": "a reduction fed by, or feeding only, an elementwise op",
            "matmul_epilogues": "a matmul/linear/conv whose only user is elementwise",
            "layout_ops": "view/reshape/permute/transpose/expand/... ops",
        },
        **summarize(records),
    }
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: torch {result['torch']['parsed']}/{result['torch']['samples']}, "
          f"paddle {result['paddle']['parsed']}/{result['paddle']['samples']} parsed")


if __name__ == "__main__":
    main()
