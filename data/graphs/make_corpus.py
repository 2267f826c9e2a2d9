"""Regenerate the graph-sample corpus in data/graphs/corpus/ (deterministic, no downloads).

    .venv/bin/python data/graphs/make_corpus.py            # every model
    .venv/bin/python data/graphs/make_corpus.py bert_tiny  # some models

Each model in ``paddlecamp.graphs.corpus.MODELS`` is built from a seeded random init and
extracted with ``paddlecamp.graphs.extract.extract``; graph breaks become subgraph_N dirs.
A model that fails to extract is reported and skipped; the rest are still written.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import warnings

warnings.filterwarnings("ignore")


def main(argv: list[str]) -> int:
    from tqdm.auto import tqdm

    from paddlecamp.graphs.corpus import MODELS, extract_model

    root = Path(__file__).resolve().parent / "corpus"
    names = argv or list(MODELS)
    unknown = [n for n in names if n not in MODELS]
    if unknown:
        print(f"unknown model(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    failures = []
    total = 0
    for name in tqdm(names, desc="extract", unit="model"):
        t0 = time.perf_counter()
        try:
            paths = extract_model(name, root / name, force=True)  # regenerates its own corpus
            total += len(paths)
            tqdm.write(f"{name}: {len(paths)} sample(s) in {time.perf_counter() - t0:.1f} s")
        except Exception as exc:  # noqa: BLE001 - report and continue with the next model
            failures.append(name)
            tqdm.write(f"{name}: FAILED {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
    print(f"{total} samples from {len(names) - len(failures)} models; failed: {failures or 'none'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
