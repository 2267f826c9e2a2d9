"""Measured facts a deck's text may quote, and the ``{name}`` fields that quote them.

Facts come from two places, never from the deck source: the corpus statistics the graphs
track recorded over the published GraphNet samples (``data/results/graphs-stats-graphnet.json``,
rebuilt by ``data/graphs/graphnet_stats.py``), and the metrics of the examples run during the
build (``ex.<module>.<name>.<metric>``). ``fill`` replaces ``{name}`` or ``{name:.1f}`` in
slide text and fails, naming the slide, on a name that nothing measured.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Mapping

from paddlecamp import repo_path

STATS_FILE = "graphs-stats-graphnet.json"
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)(:[^{}]*)?\}")


class MissingFact(KeyError):
    """A ``{name}`` in slide text that no measurement provides."""


def graphnet_stats(path: str | Path | None = None) -> dict[str, Any]:
    """The recorded corpus statistics (torch and Paddle samples of published GraphNet)."""
    path = Path(path) if path else repo_path("data", "results", STATS_FILE)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no corpus statistics; run data/graphs/graphnet_stats.py "
                                "over a GraphNet checkout")
    return json.loads(path.read_text(encoding="utf-8"))


def corpus_facts(stats: Mapping[str, Any]) -> dict[str, Any]:
    """Named numbers from the corpus statistics: per framework (``torch_``/``paddle_``)
    samples, parsed, ops, and the share of ops in each fusible pattern."""
    facts: dict[str, Any] = {"graphnet_commit": str(stats.get("graphnet", {}).get("commit", ""))[:7],
                             "graphnet_date": stats.get("date", "")}
    for fw in ("torch", "paddle"):
        part = stats.get(fw)
        if not part:
            continue
        t = part["total"]
        ops = max(int(t["nodes"]), 1)
        parsed = max(int(part["parsed"]), 1)
        facts.update({
            f"{fw}_samples": part["samples"],
            f"{fw}_parsed": part["parsed"],
            f"{fw}_sources": len(part["by_source"]),
            f"{fw}_ops": t["nodes"],
            f"{fw}_ops_per_sample": t["nodes"] / parsed,
            f"{fw}_chain_pct": 100.0 * t["chain_ops"] / ops,
            f"{fw}_layout_pct": 100.0 * t["layout_ops"] / ops,
            f"{fw}_chains_per_sample": t["elementwise_chains"] / parsed,
            f"{fw}_epilogues_per_sample": t["matmul_epilogues"] / parsed,
            f"{fw}_reduction_ew_per_sample": t["reduction_elementwise"] / parsed,
            f"{fw}_distinct_ops": len(t["ops"]),
        })
    return facts


def example_facts(results: Mapping[str, Any]) -> dict[str, Any]:
    """``ex.<key>.<metric>`` for every metric of every example result run."""
    return {f"ex.{key}.{name}": value for key, res in results.items() for name, value in res.metrics.items()}


def fill(text: str, facts: Mapping[str, Any], where: str = "text") -> str:
    """Replace ``{name}`` / ``{name:fmt}`` fields with measured facts."""
    def one(m: re.Match) -> str:
        name, spec = m.group(1), (m.group(2) or "")[1:]
        if name not in facts:
            close = sorted(k for k in facts if k.split("_")[0] == name.split("_")[0])[:5]
            raise MissingFact(f"{where}: no measured fact {name!r}" + (f" (known: {', '.join(close)})" if close else ""))
        value = facts[name]
        if not spec:
            if isinstance(value, float):
                return f"{value:.1f}"
            if isinstance(value, int) and abs(value) >= 10000:
                return f"{value:,}"
            return str(value)
        return format(value, spec)

    return _FIELD.sub(one, text)
