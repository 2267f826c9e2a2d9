"""Measure a corpus: round-trip success, dtype generalization at t <= 1, peer comparison, stats."""
from __future__ import annotations

import platform
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import torch

from paddlecamp.graphs.baseline import peer_roundtrip
from paddlecamp.graphs.dtype import generalize_sample
from paddlecamp.graphs.roundtrip import roundtrip_sample
from paddlecamp.graphs.sample import read_sample
from paddlecamp.graphs.stats import corpus_stats


def _bar(items: list, desc: str, progress: bool) -> Iterable:
    if progress and len(items) > 1:
        from tqdm.auto import tqdm

        return tqdm(items, desc=desc, unit="sample")
    return items


def measure_corpus(paths: list[Path], root: Path | None = None, dtypes: tuple[str, ...] = ("float16", "bfloat16"),
                   peer: bool = True, progress: bool = True) -> dict[str, Any]:
    """Everything ``data/results/graphs-corpus-cpu.json`` records, for the given samples.

    dtype generalization runs without touching the samples (``update_source=False``).
    """
    rel = (lambda p: str(p.relative_to(root))) if root else str  # noqa: E731
    out: dict[str, Any] = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "hardware": f"{platform.machine()} CPU, {torch.get_num_threads()} threads",
        "torch": torch.__version__, "samples": len(paths),
    }
    rts = [roundtrip_sample(p) for p in _bar(paths, "roundtrip", progress)]
    out["roundtrip"] = {
        "ok": sum(r.ok for r in rts), "rate": sum(r.ok for r in rts) / max(1, len(rts)),
        "median_seconds": sorted(r.seconds for r in rts)[len(rts) // 2] if rts else None,
        "total_nodes": sum(r.nodes or 0 for r in rts),
        "failures": {rel(Path(r.sample)): r.error for r in rts if not r.ok},
    }
    for dt in dtypes:
        rs = [generalize_sample(p, dt, update_source=False) for p in _bar(paths, dt, progress)]
        out[dt] = {
            "ok_at_t_le_1": sum(r.ok for r in rs), "rate": sum(r.ok for r in rs) / max(1, len(rs)),
            "min_t_histogram": dict(sorted(Counter(str(r.min_t) for r in rs).items())),
            "min_t": {rel(Path(r.sample)): r.min_t for r in rs},
            "max_abs_err": {rel(Path(r.sample)): r.max_abs_err for r in rs},
            "failures": {rel(Path(r.sample)): r.reason for r in rs if not r.ok},
        }
    if peer:
        ps = []
        for p in _bar(paths, "peer", progress):
            ps.append((p, peer_roundtrip(read_sample(p).model_source)))
        classes: Counter = Counter()
        for _, r in ps:
            if r.error:
                classes[r.error.split(":")[0] + ": " + r.error.split(":", 1)[1].strip()[:60]] += 1
            elif not r.equal_ignoring_names:
                classes["graph differs: " + (r.difference or "").split(":", 1)[-1].strip().split(" ")[0]] += 1
        out["peer_symbolic_trace"] = {
            "structural_equal": sum(r.structural_equal for _, r in ps),
            "equal_ignoring_names": sum(r.equal_ignoring_names for _, r in ps),
            "rate_strict": sum(r.structural_equal for _, r in ps) / max(1, len(ps)),
            "rate_ignoring_names": sum(r.equal_ignoring_names for _, r in ps) / max(1, len(ps)),
            "failure_classes": dict(classes.most_common()),
            "failures": {rel(p): (r.error or r.difference) for p, r in ps if not r.equal_ignoring_names},
        }
    total, errors = corpus_stats(paths, progress=False)
    out["stats"] = {**total.to_json(), "errors": errors}
    return out
