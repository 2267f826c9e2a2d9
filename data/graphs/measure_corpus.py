"""Measure the corpus and write data/results/graphs-corpus-cpu.json.

    .venv/bin/python data/graphs/measure_corpus.py

Round trip (structure, fixed point, exact numbers), float16/bfloat16 generalization at
GraphNet's tolerance t <= 1, the fx.symbolic_trace peer, op statistics and timings.
"""
from __future__ import annotations

import json
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")


def main() -> int:
    from paddlecamp import repo_path
    from paddlecamp.graphs.report import measure_corpus
    from paddlecamp.graphs.sample import find_samples

    root = repo_path("data", "graphs", "corpus")
    t0 = time.perf_counter()
    result = measure_corpus(find_samples([root]), root)
    result["wall_seconds"] = round(time.perf_counter() - t0, 1)
    out = repo_path("data", "results", "graphs-corpus-cpu.json")
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"round trip {result['roundtrip']['ok']}/{result['samples']}, "
          f"fp16 {result['float16']['ok_at_t_le_1']}, bf16 {result['bfloat16']['ok_at_t_le_1']}, "
          f"peer strict {result['peer_symbolic_trace']['structural_equal']} "
          f"(ignoring names {result['peer_symbolic_trace']['equal_ignoring_names']}) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
