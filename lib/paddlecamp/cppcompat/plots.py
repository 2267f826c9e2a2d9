"""Figures of the audit matrix: coverage per category as a heatmap, and the shims' gain as bars.

Both read the audit's JSON document (``audit_report.audit_document`` or the committed
``data/results/cppcompat_audit_2026-12-01.json``); matplotlib is imported inside the functions.
"""
from __future__ import annotations

from paddlecamp.cppcompat import audit_report


def coverage_heatmap(data: dict, ax=None, variants: list[str] | None = None):
    """Categories (rows) x variant/measure (columns), coloured by the share of the category's
    probes that compile / run / match torch, annotated with the counts."""
    import matplotlib.pyplot as plt
    import numpy as np

    variants = variants or data["variants"]
    table = audit_report.category_table(data)
    rows = [r for r in table if r["category"] != "total"]
    columns = [(v, m) for v in variants for m in audit_report.MEASURES]
    share = np.zeros((len(rows), len(columns)))
    labels = [["" for _ in columns] for _ in rows]
    for i, row in enumerate(rows):
        for j, (variant, measure) in enumerate(columns):
            cell = row[variant]
            denominator = cell["probes"] if measure == "compiles" else max(cell["runnable"], 1)
            share[i, j] = cell[measure] / denominator if denominator else 0.0
            labels[i][j] = str(cell[measure])
    if ax is None:
        _, ax = plt.subplots(figsize=(1.0 + 0.75 * len(columns), 0.6 + 0.32 * len(rows)))
    image = ax.imshow(share, cmap="RdYlGn", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(columns)), [f"{v}\n{m}" for v, m in columns], fontsize=8)
    ax.set_yticks(range(len(rows)), [f"{r['category']} ({r[variants[0]]['probes']})" for r in rows], fontsize=8)
    for i in range(len(rows)):
        for j in range(len(columns)):
            ax.text(j, i, labels[i][j], ha="center", va="center", fontsize=7)
    for boundary in range(len(audit_report.MEASURES), len(columns), len(audit_report.MEASURES)):
        ax.axvline(boundary - 0.5, color="white", linewidth=3)
    ax.figure.colorbar(image, ax=ax, fraction=0.03, label="share of the category's probes")
    ax.set_title("C++ API probes per category: compiles / runs / matches torch")
    return ax


def shim_gain_bars(data: dict, ax=None, measure: str = "matches"):
    """Per category: probes that ``measure`` on paddle, and the extra ones with the shims, next
    to the category size; categories sorted by gain."""
    import matplotlib.pyplot as plt

    rows = [r for r in audit_report.category_table(data) if r["category"] != "total"]
    rows.sort(key=lambda r: r["paddle+shims"][measure] - r["paddle"][measure])
    names = [r["category"] for r in rows]
    before = [r["paddle"][measure] for r in rows]
    gain = [r["paddle+shims"][measure] - r["paddle"][measure] for r in rows]
    total = [r["torch"][measure] for r in rows]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.5 + 0.3 * len(rows)))
    ax.barh(names, total, color="#e0e0e0", label="torch (control)")
    ax.barh(names, before, color="#1976d2", label="paddle 3.3.1")
    ax.barh(names, gain, left=before, color="#66bb6a", label="+ compat_ext shims")
    ax.set_xlabel(f"probes that {measure.rstrip('es')} torch" if measure == "matches" else f"probes that {measure}")
    ax.legend(loc="lower right", fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_title(f"Shims' gain per category ({measure})")
    return ax
