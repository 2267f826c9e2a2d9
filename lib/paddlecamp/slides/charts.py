"""Charts and tables the deck draws from measured data (PNG images, native tables).

Each chart is a function ``(stats, results) -> matplotlib Figure`` registered in ``CHARTS``;
each table a function ``(stats, results) -> list of rows`` in ``TABLES`` (header row
first). The same functions serve the chapter, so a reader sees the slide's figure.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping

CJK_FONTS = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
TORCH_COLOR, PADDLE_COLOR = "#ee4c2c", "#2932e1"
PATTERN_LABELS = {
    "chain_ops": "逐元素链中的算子",
    "reduction_elementwise": "归约+逐元素",
    "matmul_epilogues": "矩阵乘尾部融合",
    "layout_ops": "布局/视图算子",
}


def _figure(width: float, height: float):
    import matplotlib
    from matplotlib.figure import Figure

    matplotlib.rcParams["font.sans-serif"] = CJK_FONTS
    matplotlib.rcParams["axes.unicode_minus"] = False
    return Figure(figsize=(width, height), dpi=150, layout="constrained")


def graphnet_ops(stats: Mapping[str, Any], results: Mapping[str, Any] | None = None, top: int = 12):
    """The most frequent ops of the published torch and Paddle samples, as shares of all ops."""
    fig = _figure(11, 4.6)
    axes = fig.subplots(1, 2)
    for ax, fw, color, label in ((axes[0], "torch", TORCH_COLOR, "torch 样本"),
                                 (axes[1], "paddle", PADDLE_COLOR, "Paddle 样本")):
        part = stats[fw]
        total = max(int(part["total"]["nodes"]), 1)
        # getitem is tuple unpacking, not work: the Paddle side never counts it, so neither does this chart
        ops = [(k, v) for k, v in part["total"]["ops"].items() if k != "getitem"][:top]
        names = [k for k, _ in ops][::-1]
        shares = [100.0 * v / total for _, v in ops][::-1]
        ax.barh(names, shares, color=color)
        ax.set_xlabel("占全部算子的比例 (%)")
        ax.set_title(f"{label}：{part['parsed']} 个图，{total:,} 个算子")
        for y, s in enumerate(shares):
            ax.text(s, y, f" {s:.1f}", va="center", fontsize=8)
        ax.set_xlim(0, max(shares, default=1) * 1.15)
    return fig


def graphnet_patterns(stats: Mapping[str, Any], results: Mapping[str, Any] | None = None):
    """Fusible patterns per 100 ops, for each source of torch and Paddle samples."""
    import numpy as np

    fig = _figure(11, 4.6)
    ax = fig.subplots()
    rows = []
    for fw in ("torch", "paddle"):
        for src, s in stats[fw]["by_source"].items():
            if s["samples"] >= 5 and s["nodes"]:
                rows.append((f"{src}\n({'P' if fw == 'paddle' else 'T'}, {s['samples']})", s))
    keys = list(PATTERN_LABELS)
    x = np.arange(len(rows))
    w = 0.8 / len(keys)
    for i, k in enumerate(keys):
        vals = [100.0 * s[k] / s["nodes"] for _, s in rows]
        ax.bar(x + (i - (len(keys) - 1) / 2) * w, vals, w, label=PATTERN_LABELS[k])
    top = max((100.0 * s[k] / s["nodes"] for _, s in rows for k in keys), default=1.0)
    ax.set_ylim(0, top * 1.2)  # room for the legend above the tallest bar
    ax.set_xticks(x, [r[0] for r in rows], fontsize=7)
    ax.set_ylabel("每 100 个算子中的个数")
    ax.legend(ncols=4, fontsize=8, loc="upper right")
    ax.set_title("可融合模式的密度（T = torch 样本，P = Paddle 样本；括号内为样本数）")
    return fig


def graphnet_table(stats: Mapping[str, Any], results: Mapping[str, Any] | None = None) -> list[list[str]]:
    """Per framework: samples parsed, ops, and how much of the graph each pattern covers."""
    from paddlecamp.slides.facts import corpus_facts

    f = corpus_facts(stats)
    rows = [["", "torch 样本", "Paddle 样本"]]
    spec = [("解析成功 / 样本数", "{parsed} / {samples}"), ("算子总数", "{ops:,}"),
            ("每图平均算子数", "{ops_per_sample:.0f}"), ("逐元素链中的算子占比", "{chain_pct:.1f}%"),
            ("布局/视图算子占比", "{layout_pct:.1f}%"), ("每图矩阵乘尾部融合机会", "{epilogues_per_sample:.1f}"),
            ("每图归约+逐元素机会", "{reduction_ew_per_sample:.1f}")]
    for label, fmt in spec:
        row = [label]
        for fw in ("torch", "paddle"):
            vals = {k[len(fw) + 1:]: v for k, v in f.items() if k.startswith(fw + "_")}
            row.append(fmt.format(**vals) if vals else "—")
        rows.append(row)
    return rows


CHARTS: dict[str, Callable[..., Any]] = {"graphnet_ops": graphnet_ops, "graphnet_patterns": graphnet_patterns}
TABLES: dict[str, Callable[..., list[list[str]]]] = {"graphnet_table": graphnet_table}


def save_png(fig, path: str | Path) -> Path:
    """Write a figure as PNG (the deck embeds it) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150)
    return path
