"""Figures for the Track-2 chapters (matplotlib, Agg-safe). Each ``plot_*`` returns the Figure.

The data helpers (:func:`category_shares`, :func:`pass_rates`, :func:`load_results`) are plain
functions, so that the chapters can check what a figure shows with ``assert``.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .audit import CATEGORIES, COMPATIBLE, NAMESPACES

#: One colour per audit category, worst (red) to best (green).
CATEGORY_COLORS = {
    "missing in paddle": "#b2182b",
    "unknown (no signature)": "#bdbdbd",
    "usage differs / different type": "#d6604d",
    "argument order differs": "#f4a582",
    "torch has more parameters": "#fdae61",
    "default values differ": "#fee08b",
    "only parameter names differ": "#d9ef8b",
    "paddle has more parameters": "#91cf60",
    "no difference": "#1a9850",
}
VERDICT_COLORS = {"all styles pass": "#1a9850", "some styles pass": "#fee08b", "no style passes": "#d73027",
                  "torch fails": "#bdbdbd"}
RUN_COLORS = ("#9e9e9e", "#2b8cbe", "#e6550d", "#31a354")


def run_colors(labels: Iterable[str]) -> dict[str, str]:
    """Grey for a run labelled stock, the other colours in order for the rest."""
    out, k = {}, 0
    for lab in labels:
        if "stock" in lab.lower():
            out[lab] = RUN_COLORS[0]
        else:
            out[lab] = RUN_COLORS[1 + k % (len(RUN_COLORS) - 1)]
            k += 1
    return out

#: The result files chapter 05 reads, by role (``{date}`` is filled in).
RESULT_FILES = {
    "stock": "apicompat_suite_{date}.json",
    "compat": "apicompat_suite_compat_{date}.json",
    "corpus": "apicompat_corpus_{date}.json",
}
#: How each result file is produced (named in the error when one is missing).
PRODUCED_BY = {
    "stock": "paddlecamp apicompat suite <PaConvert>/tests --summary ...",
    "compat": "paddlecamp apicompat suite <PaConvert>/tests --compat --summary ... (and --split dev/test)",
    "corpus": "paddlecamp apicompat corpus [--compat] --summary ..., stock and compat under the keys 'stock' and 'compat'",
}


# ----------------------------------------------------------------------------- data for the figures
def category_shares(by_namespace: Mapping[str, Mapping[str, int]],
                    namespaces: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    """``{namespace: {category: share of its APIs}}`` (shares sum to 1), empty namespaces left out."""
    out: dict[str, dict[str, float]] = {}
    for ns in namespaces or list(by_namespace):
        counts = by_namespace.get(ns) or {}
        total = sum(counts.values())
        if total:
            out[ns] = {c: counts.get(c, 0) / total for c in CATEGORIES}
    return out


def compatible_share(counts: Mapping[str, int]) -> float:
    """The share of APIs whose torch-style calls bind the same way in paddle (:data:`COMPATIBLE`)."""
    total = sum(counts.values())
    return sum(counts.get(c, 0) for c in COMPATIBLE) / total if total else 0.0


def pass_rates(runs: Mapping[str, Mapping[str, Any]], namespaces: Sequence[str] | None = None
               ) -> dict[str, dict[str, float | None]]:
    """``{namespace: {run label: pass rate}}`` from suite summaries, plus the row ``"all"`` first.

    A namespace a run has no cases in gets ``None``. Namespaces are ordered by the first run's
    case count (largest first) unless given.
    """
    labels = list(runs)
    if namespaces is None:
        first = runs[labels[0]].get("namespaces", {}) if labels else {}
        seen = sorted(first, key=lambda ns: -first[ns].get("cases", 0))
        for lab in labels[1:]:
            seen += [ns for ns in runs[lab].get("namespaces", {}) if ns not in seen]
        namespaces = seen
    out: dict[str, dict[str, float | None]] = {"all": {lab: runs[lab].get("pass_rate") for lab in labels}}
    for ns in namespaces:
        out[ns] = {lab: (runs[lab].get("namespaces", {}).get(ns) or {}).get("pass_rate") for lab in labels}
    return out


def result_paths(results_dir: str | Path, date: str) -> dict[str, Path]:
    """The paths of the result files chapter 05 reads (:data:`RESULT_FILES`)."""
    return {role: Path(results_dir) / name.format(date=date) for role, name in RESULT_FILES.items()}


def load_results(results_dir: str | Path, date: str, roles: Iterable[str] = tuple(RESULT_FILES)) -> dict[str, dict]:
    """Read the result files; a missing one raises FileNotFoundError naming it and how it is made."""
    paths = result_paths(results_dir, date)
    missing = [r for r in roles if not paths[r].exists()]
    if missing:
        lines = [f"  {paths[r]}  (made by: {PRODUCED_BY[r]})" for r in missing]
        raise FileNotFoundError("missing apicompat result file(s):\n" + "\n".join(lines))
    return {r: json.loads(paths[r].read_text(encoding="utf-8")) for r in roles}


def patch_counts(patches: Iterable[Any]) -> dict[str, Counter]:
    """Patches and the torch APIs they cover, counted by ``kind`` and by ``family``."""
    out = {"kind": Counter(), "family": Counter(), "kind_apis": Counter(), "family_apis": Counter()}
    for p in patches:
        out["kind"][p.kind] += 1
        out["family"][p.family] += 1
        out["kind_apis"][p.kind] += len(p.apis)
        out["family_apis"][p.family] += len(p.apis)
    return out


# ----------------------------------------------------------------------------- figures
def _plt():
    import matplotlib.pyplot as plt

    return plt


def plot_categories(by_namespace: Mapping[str, Mapping[str, int]], namespaces: Sequence[str] | None = None,
                    title: str = "") -> Any:
    """One stacked bar per namespace: the share of its APIs in each audit category."""
    plt = _plt()
    order = [ns for ns in (namespaces or NAMESPACES) if ns in by_namespace] + \
            [ns for ns in by_namespace if ns not in (namespaces or NAMESPACES) and ns != "all"]
    shares = category_shares(by_namespace, order)
    names = list(shares)[::-1]
    fig, ax = plt.subplots(figsize=(10, 0.42 * len(names) + 1.8))
    left = [0.0] * len(names)
    for cat in CATEGORIES:
        vals = [shares[ns][cat] for ns in names]
        ax.barh(names, vals, left=left, color=CATEGORY_COLORS[cat], label=cat, edgecolor="white", lw=0.5)
        left = [a + b for a, b in zip(left, vals)]
    for i, ns in enumerate(names):
        n = sum(by_namespace[ns].values())
        ax.text(1.01, i, f"{n}", va="center", fontsize=8)
    ax.text(1.01, len(names) - 0.35, "APIs", fontsize=8)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the namespace's APIs")
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8, frameon=False)
    fig.suptitle(title or "Torch APIs against their paddle namesakes, by category", fontsize=10)
    fig.tight_layout()
    return fig


def plot_diffexec(summary: Mapping[str, Any], title: str = "") -> Any:
    """Differential execution: verdicts per API (left) and passing calls per calling style (right)."""
    plt = _plt()
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 3), gridspec_kw={"width_ratios": [1, 1.2]})
    verdicts = summary.get("verdicts", {})
    names = [v for v in VERDICT_COLORS if v in verdicts]
    a1.barh(names[::-1], [verdicts[v] for v in names[::-1]], color=[VERDICT_COLORS[v] for v in names[::-1]])
    for i, v in enumerate(names[::-1]):
        a1.text(verdicts[v], i, f" {verdicts[v]}", va="center", fontsize=8)
    a1.set_xlabel("APIs")
    a1.set_title(f"{summary.get('apis_run', 0)} APIs run", fontsize=9)
    styles = {s: d for s, d in summary.get("styles", {}).items() if d.get("run")}
    xs = list(styles)
    a2.bar(xs, [styles[s]["run"] for s in xs], color="#d9d9d9", label="run")
    a2.bar(xs, [styles[s]["pass"] for s in xs], color="#1a9850", label="pass")
    for i, s in enumerate(xs):
        a2.text(i, styles[s]["run"], f"{styles[s]['pass']}/{styles[s]['run']}", ha="center", va="bottom", fontsize=8)
    a2.set_ylabel("calls")
    a2.set_ylim(0, 1.2 * max([styles[s]["run"] for s in xs] or [1]))
    a2.legend(fontsize=8)
    a2.set_title("calls by calling style", fontsize=9)
    fig.suptitle(title or "Torch-style calls under torch and swapped under paddle", fontsize=10)
    fig.tight_layout()
    return fig


def plot_patches(patches: Iterable[Any], title: str = "") -> Any:
    """The registered patches by kind (left) and by family (right): patches and torch APIs covered."""
    plt = _plt()
    c = patch_counts(list(patches))
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.2))
    for ax, key in zip(axes, ("kind", "family")):
        names = [k for k, _ in c[key].most_common()][::-1]
        ax.barh(names, [c[key + "_apis"][k] for k in names], color="#a6cee3", label="torch APIs covered")
        ax.barh(names, [c[key][k] for k in names], color="#1f78b4", height=0.45, label="patches")
        for i, k in enumerate(names):
            ax.text(c[key + "_apis"][k], i, f" {c[key][k]} / {c[key + '_apis'][k]}", va="center", fontsize=8)
        ax.set_xscale("symlog", linthresh=10)
        ax.set_xlim(0, 3 * max(c[key + "_apis"].values() or [1]))
        ax.set_title(f"by {key}", fontsize=9)
        ax.tick_params(axis="y", labelsize=8)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles[::-1], labels[::-1], loc="lower center", ncol=2, fontsize=8, frameon=False)
    fig.suptitle(title or f"{sum(c['kind'].values())} registered patches (patches / torch APIs)", fontsize=10)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    return fig


def plot_pass_rates(runs: Mapping[str, Mapping[str, Any]], title: str = "",
                    namespaces: Sequence[str] | None = None, counts: bool = True) -> Any:
    """Grouped horizontal bars: pass rate per namespace (and overall) for each run (e.g. stock, compat)."""
    plt = _plt()
    rates = pass_rates(runs, namespaces)
    labels = list(runs)
    rows = list(rates)[::-1]
    h = 0.8 / max(1, len(labels))
    colors = run_colors(labels)
    fig, ax = plt.subplots(figsize=(9, 0.22 * len(rows) * max(2, len(labels)) + 1.4))
    for j, lab in enumerate(labels):
        ys = [i + (j - (len(labels) - 1) / 2) * -h for i in range(len(rows))]
        vals = [rates[r][lab] for r in rows]
        ax.barh(ys, [v or 0 for v in vals], height=h, color=colors[lab], label=lab)
        for y, v in zip(ys, vals):
            ax.text((v or 0) + 0.005, y, "-" if v is None else f"{v:.0%}", va="center", fontsize=7)
    first = runs[labels[0]] if labels else {}
    names = []
    for r in rows:
        n = first.get("cases_counted") if r == "all" else (first.get("namespaces", {}).get(r) or {}).get("cases")
        names.append(f"{r} ({n})" if counts and n else r)
    ax.set_yticks(range(len(rows)), names, fontsize=8)
    ax.set_xlim(0, 1.08)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel("cases passing (same values, shapes and dtypes as torch)")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_title(title or "Pass rate per namespace", fontsize=10)
    fig.tight_layout()
    return fig


def plot_split_rates(by_split: Mapping[str, Mapping[str, Mapping[str, Any]]], title: str = "",
                     reference: Mapping[str, float] | None = None) -> Any:
    """Overall pass rate per split (dev, test) for each run: ``{run: {split: summary}}``.

    ``reference`` draws labelled horizontal lines (e.g. the stock pass rate over all files).
    """
    plt = _plt()
    runs = list(by_split)
    splits = sorted({s for r in runs for s in by_split[r]}, key=lambda s: (s != "dev", s))
    fig, ax = plt.subplots(figsize=(6, 3))
    w = 0.8 / max(1, len(runs))
    colors = run_colors(runs)
    for j, run in enumerate(runs):
        xs = [i + (j - (len(runs) - 1) / 2) * w for i in range(len(splits))]
        vals = [(by_split[run].get(s) or {}).get("pass_rate") for s in splits]
        ax.bar(xs, [v or 0 for v in vals], width=w, color=colors[run], label=run)
        for x, v in zip(xs, vals):
            ax.text(x, (v or 0) + 0.01, "-" if v is None else f"{v:.1%}", ha="center", fontsize=8)
    for k, (lab, v) in enumerate((reference or {}).items()):
        ax.axhline(v, color="black", ls="--" if k == 0 else ":", lw=1, label=f"{lab}: {v:.1%}")
    ax.set_xticks(range(len(splits)), [f"{s} ({split_cases(by_split, s)} cases)" for s in splits])
    ax.set_ylim(0, 1.1)
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_ylabel("cases passing")
    ax.legend(fontsize=8, loc="upper left")
    ax.set_title(title or "Patches were written against dev; test was frozen", fontsize=10)
    fig.tight_layout()
    return fig


def split_cases(by_split: Mapping[str, Mapping[str, Mapping[str, Any]]], split: str) -> int | str:
    """Counted cases of ``split`` in the first run that has it."""
    for run in by_split.values():
        if split in run and run[split].get("cases_counted") is not None:
            return run[split]["cases_counted"]
    return "?"


__all__ = ["CATEGORY_COLORS", "RESULT_FILES", "category_shares", "compatible_share", "pass_rates", "result_paths",
           "load_results", "patch_counts", "run_colors", "plot_categories", "plot_diffexec", "plot_patches", "plot_pass_rates",
           "plot_split_rates"]
