"""Time the checks on the published GraphNet corpus: parse, serialize, round trip, semantics, wall time.

    GRAPHNET_DIR=/path/to/GraphNet .venv/bin/python bench/graphs_graphnet.py [--limit 200] [--jobs 2]
        [--semantics] [--source samples] [--out results.jsonl]

GRAPHNET_DIR is a checkout (or extracted archive) of PaddlePaddle/GraphNet; the torch samples
are under its ``samples/``. Parse and serialize are timed here, in this process, one sample at a
time (they never run sample code); the round trip and semantics run through
``paddlecamp.graphs.check.check_corpus`` with ``--jobs`` workers, as ``paddlecamp graphs check``
does, and the whole-corpus wall time is that run's.

GraphNet's own tooling (``graph_net.torch.test_compiler`` and friends) needs the GraphNet
package, which is not on a package index, and imports every sample to run it; it cannot be
installed offline here, so no ratio against it is printed.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="first N samples (sorted by path); default all")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--semantics", action="store_true", help="also run the original model.py (slow)")
    ap.add_argument("--no-numeric", action="store_true", help="round trip on structure and text only")
    ap.add_argument("--source", default="samples", help="folder under GRAPHNET_DIR (default samples)")
    ap.add_argument("--out", help="keep the JSONL here (default: a temporary file)")
    args = ap.parse_args()

    gn = os.environ.get("GRAPHNET_DIR")
    if not gn:
        print("skipped: set GRAPHNET_DIR to a GraphNet checkout (its samples/ folder holds the torch samples)")
        return 0
    root = Path(gn) / args.source
    if not root.is_dir():
        print(f"error: {root} is not a directory", file=sys.stderr)
        return 2

    from paddlecamp.graphs.check import check_corpus, summarize
    from paddlecamp.graphs.parse import parse_model
    from paddlecamp.graphs.sample import find_samples
    from paddlecamp.graphs.semantics import sample_framework
    from paddlecamp.graphs.serialize import serialize

    paths = [p for p in find_samples([root]) if sample_framework(p) == "torch"]
    if args.limit:
        paths = paths[: args.limit]
    parse_s, ser_s = [], []
    for p in paths:
        try:
            src = (p / "model.py").read_text(encoding="utf-8")
            t0 = time.perf_counter()
            g = parse_model(src, p / "model.py")
            t1 = time.perf_counter()
            serialize(g)
            t2 = time.perf_counter()
        except Exception:  # noqa: BLE001 - failures are counted by the check below
            continue
        parse_s.append(t1 - t0)
        ser_s.append(t2 - t1)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "check.jsonl"
        t0 = time.perf_counter()
        recs = check_corpus(root, out, semantics=args.semantics, numeric=not args.no_numeric, jobs=args.jobs,
                            samples=paths, progress=True)
        wall = time.perf_counter() - t0
    s = summarize(recs)
    med = s["median_seconds"]

    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f} s"

    print(f"samples {len(paths)} (torch) from {root}, {os.cpu_count()} cores, jobs {args.jobs}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"parse      median {fmt(statistics.median(parse_s) if parse_s else None)}  ({len(parse_s)} parsed)")
    print(f"serialize  median {fmt(statistics.median(ser_s) if ser_s else None)}")
    print(f"roundtrip  median {fmt(med.get('roundtrip'))}  ok {s['columns']['roundtrip']['ok']}/{len(recs)}")
    if "semantics" in s["columns"]:
        c = s["columns"]["semantics"]
        print(f"semantics  median {fmt(med.get('semantics'))}  ok {c['ok']}/{c['ran']} ({c['bitwise']} bitwise)")
    print(f"per sample median {fmt(med.get('sample'))} (all phases, in a worker)")
    print(f"wall time  {wall:.1f} s for {len(recs)} samples")
    print("GraphNet's own tooling: not installable offline (not on a package index); no ratio printed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
