"""Figures for the Track-5 chapters (matplotlib, Agg-safe). Each ``plot_*`` returns the Figure.

The data helpers (:func:`layout_pieces`, :func:`read_boxes`, :func:`load_results`) are
plain functions so that the chapters can check what a figure shows with ``assert``.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .boxes import flat_to_boxes, volume
from .layouts import GPT2_TP, Layout, placement

Box = tuple[tuple[int, ...], tuple[int, ...]]


def rank_color(rank: int):
    """The colour of ``rank`` in every figure of the track (tab10, then tab20)."""
    import matplotlib

    cmap = matplotlib.colormaps["tab10" if rank < 10 else "tab20"]
    return cmap(rank % cmap.N)


def short_file(name: str) -> str:
    """``data-1/rank00002.safetensors`` -> ``rank00002``: the part that tells files apart."""
    base = name.rsplit("/", 1)[-1]
    return base.split(".", 1)[0] or base


# ----------------------------------------------------------------------------- data for the figures
def layout_pieces(key: str, shape: Sequence[int], layout: Layout, *, n_layers: int = 1,
                  rules: Sequence[tuple[str, int]] = GPT2_TP) -> list[dict[str, Any]]:
    """The distinct pieces of tensor ``key`` under ``layout``, as boxes of the global tensor.

    One dict per distinct box: ``box`` ``(offsets, lengths)``, ``kind`` (full, shard or
    flat) and ``ranks`` (every rank holding exactly that box). A ZeRO flat range becomes
    the boxes :func:`~paddlecamp.checkpoint.boxes.flat_to_boxes` cuts it into. Ranks of a
    pipeline stage that does not own ``key`` hold nothing and do not appear.
    """
    shape = tuple(int(n) for n in shape)
    seen: dict[Box, dict[str, Any]] = {}
    for r in range(layout.world_size):
        pl = placement(key, shape, layout, r, n_layers=n_layers, rules=rules)
        if pl.kind == "none":
            continue
        if pl.kind == "flat":
            boxes = [(tuple(a + b for a, b in zip(off, pl.offsets)), ln)
                     for (off, ln), _ in flat_to_boxes(pl.lengths, pl.flat[0], pl.flat[0] + pl.flat[1])]
        else:
            boxes = [(tuple(pl.offsets), tuple(pl.lengths))]
        for b in boxes:
            seen.setdefault(b, {"box": b, "kind": pl.kind, "ranks": []})["ranks"].append(r)
    return list(seen.values())


def read_boxes(plan, key: str) -> list[dict[str, Any]]:
    """The reads of ``plan`` for ``key``: ``box``, ``file``, ``bytes`` and ``direct`` per read."""
    return [{"box": (tuple(i.offsets), tuple(i.lengths)), "file": i.piece.file, "bytes": i.byte_stop - i.byte_start,
             "direct": i.direct} for i in plan.items if i.key == key]


def source_boxes(plan, index, key: str | None = None) -> list[dict[str, Any]]:
    """Where the reads of ``plan`` fall in the tensors as *saved*, before any load rule.

    ``plan`` may come from an index rewritten by rules (``plan_for(..., rules=...)``): its
    pieces are windows (and transposes) of the saved pieces. ``index`` is the checkpoint's
    own index (``open_index``). One dict per read (of ``key``, or all): the wanted
    ``target`` key, the ``source`` key and ``box`` in the saved tensor's global
    coordinates, the ``file``, the ``bytes`` the read covers and the ``rank``.
    """
    saved = {(p.file, p.byte_offset): p for m in index.tensors.values() for p in m.pieces}
    out = []
    for it in plan.items:
        if key is not None and it.key != key:
            continue
        vp = it.piece
        orig = saved.get((vp.file, vp.byte_offset))
        if orig is None:
            raise KeyError(f"{it.key}: no saved piece at {vp.file}:{vp.byte_offset}")
        woff, wlen = vp.stored_window(it.offsets, it.lengths)
        base = orig.window or (0,) * len(orig.stored_shape)
        perm = orig.perm or tuple(range(len(orig.offsets)))
        offs = tuple(o + woff[a] - base[a] for o, a in zip(orig.offsets, perm))
        lens = tuple(wlen[a] for a in perm)
        out.append({"target": it.key, "source": orig.key, "box": (offs, lens), "file": vp.file,
                    "bytes": it.byte_stop - it.byte_start, "rank": plan.rank})
    return out


def load_results(pattern: str = r"checkpoint[_-]io.*\.json$") -> list[tuple[Path, dict]]:
    """Recorded results ``data/results/<name>.json`` whose name matches ``pattern`` (newest name last)."""
    from paddlecamp import repo_path

    try:
        folder = Path(repo_path("data", "results"))
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    rx = re.compile(pattern)
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.iterdir()) if rx.search(p.name)]


# ----------------------------------------------------------------------------- drawing
def _as_2d(shape: Sequence[int], box: Box) -> tuple[tuple[int, int], tuple[int, int, int, int]]:
    """A 0/1/2-D shape and box as (rows, cols) and (row, col, nrows, ncols)."""
    shape = tuple(shape)
    if len(shape) > 2:
        raise ValueError(f"only 1-D and 2-D tensors are drawn, got shape {shape}")
    (off, ln) = box
    if len(shape) == 2:
        return (shape[0], shape[1]), (off[0], off[1], ln[0], ln[1])
    if len(shape) == 1:
        return (1, shape[0]), (0, off[0], 1, ln[0])
    return (1, 1), (0, 0, 1, 1)


def draw_boxes(ax, shape: Sequence[int], boxes: Iterable[tuple[Box, Any, str]], title: str = "",
               fontsize: int = 8, alpha: float = 0.85) -> None:
    """Draw ``(box, colour, label)`` rectangles on the global tensor ``shape`` (rows down, columns across)."""
    from matplotlib.patches import Rectangle

    (rows, cols), _ = _as_2d(shape, ((0,) * len(shape), tuple(shape)))
    ax.add_patch(Rectangle((0, 0), cols, rows, fill=False, edgecolor="black", lw=1.5))
    for box, color, label in boxes:
        _, (r, c, nr, nc) = _as_2d(shape, box)
        ax.add_patch(Rectangle((c, r), nc, nr, facecolor=color, edgecolor="white", lw=0.8, alpha=alpha))
        if label and nr * nc > 0.02 * rows * cols:
            ax.text(c + nc / 2, r + nr / 2, label, ha="center", va="center", fontsize=fontsize)
    ax.set_xlim(-0.02 * cols, cols * 1.02)
    ax.set_ylim(rows * 1.02, -0.02 * rows)
    ax.set_aspect("auto")
    ax.set_xticks([0, cols])
    ax.set_yticks([0, rows])
    ax.tick_params(labelsize=7)
    if title:
        ax.set_title(title, fontsize=9)


def _ranks_label(ranks: Sequence[int]) -> str:
    return "r" + ",".join(str(r) for r in ranks) if len(ranks) <= 4 else f"r{ranks[0]}..r{ranks[-1]} ({len(ranks)})"


def plot_layouts(panels: Sequence[tuple[str, str, Sequence[int], Layout]], *, n_layers: int = 1, ncols: int = 3,
                 rules: Sequence[tuple[str, int]] = GPT2_TP):
    """One panel per ``(title, key, shape, layout)``: the pieces of the tensor, coloured by the first rank holding each.

    Each piece is labelled with every rank that holds it (``r0,2``: ranks 0 and 2 hold
    the same box, a data-parallel copy). An empty panel means the ranks of this
    pipeline stage hold nothing of it.
    """
    import matplotlib.pyplot as plt

    n = len(panels)
    nrows = -(-n // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols, 2.5 * nrows), squeeze=False)
    for ax, (title, key, shape, layout) in zip(axes.flat, panels):
        pieces = layout_pieces(key, shape, layout, n_layers=n_layers, rules=rules)
        draw_boxes(ax, shape, [(p["box"], rank_color(p["ranks"][0]), _ranks_label(p["ranks"])) for p in pieces],
                   title)
    for ax in list(axes.flat)[n:]:
        ax.axis("off")
    fig.tight_layout()
    return fig


def plot_load_plan(index, plan, key: str, wanted: Box | None = None, title: str | None = None):
    """Left: the saved pieces of ``key``, coloured by data file. Right: what this rank's plan reads.

    Each read on the right has the colour of the file it comes from; the black outline
    (``wanted``) is the box this rank asked for.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch, Rectangle

    meta = index.tensors[key]
    shape = meta.global_shape
    files = sorted({p.file for p in meta.pieces})
    color = {f: rank_color(i) for i, f in enumerate(files)}
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 3.2))
    draw_boxes(a, shape, [((p.offsets, p.lengths), color[p.file], short_file(p.file)) for p in meta.pieces],
               f"saved: {len(meta.pieces)} pieces in {len(files)} files")
    reads = read_boxes(plan, key)
    draw_boxes(b, shape, [(r["box"], color[r["file"]], f"{r['bytes'] / 1024:.0f} KiB" if r["bytes"] >= 1024
                           else f"{r['bytes']} B") for r in reads],
               f"rank {plan.rank} reads: {len(reads)} ranges, {sum(r['bytes'] for r in reads) / 1024:.0f} KiB")
    if wanted is not None:
        _, (r, c, nr, nc) = _as_2d(shape, wanted)
        b.add_patch(Rectangle((c, r), nc, nr, fill=False, edgecolor="black", lw=2.5, ls="--"))
    fig.legend(handles=[Patch(color=color[f], label=short_file(f)) for f in files], loc="lower center",
               ncol=min(len(files), 6), fontsize=8, frameon=False)
    fig.suptitle(title or f"{key}  {list(shape)} {meta.dtype}", fontsize=10)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig


def _short_key(key: str) -> str:
    """``...attn.q_proj.weight`` -> ``q_proj``; a key without a ``weight``/``bias`` suffix keeps its last part."""
    parts = key.split(".")
    return parts[-2] if len(parts) > 1 and parts[-1] in ("weight", "bias") else parts[-1]


def plot_source_reads(index, source: str, reads: Sequence[Mapping[str, Any]], title: str = "",
                      label: Any = None):
    """The saved tensor ``source`` with its pieces outlined (dashed, named by file) and ``reads`` on it.

    ``reads`` are rows of :func:`source_boxes`; each is filled with its rank's colour and
    labelled by ``label(row)`` (default: the module name of the target key and the rank).
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    meta = index.tensors[source]
    shape = meta.global_shape
    label = label or (lambda r: f"{_short_key(r['target'])} r{r['rank']}")
    fig, ax = plt.subplots(figsize=(10, 3.4))
    rows = [r for r in reads if r["source"] == source]
    draw_boxes(ax, shape, [(r["box"], rank_color(r["rank"]), label(r)) for r in rows], title, fontsize=7)
    for p in meta.pieces:
        _, (r0, c0, nr, nc) = _as_2d(shape, (p.offsets, p.lengths))
        ax.add_patch(Rectangle((c0, r0), nc, nr, fill=False, edgecolor="black", lw=1.6, ls="--"))
        ax.text(c0 + nc / 2, r0 - 0.01 * (shape[0] if len(shape) == 2 else 1), short_file(p.file), ha="center",
                va="bottom", fontsize=8)
    ax.set_ylim((shape[0] if len(shape) == 2 else 1) * 1.02, -0.12 * (shape[0] if len(shape) == 2 else 1))
    fig.tight_layout()
    return fig


def plot_category_bytes(cats: Mapping[str, Mapping[str, int]], title: str = "What a training checkpoint holds"):
    """A pie of the byte shares and a log-scale bar of the bytes per category (from ``demos.bytes_by_category``)."""
    import matplotlib.pyplot as plt

    names = list(cats)
    sizes = [cats[n]["bytes"] for n in names]
    total = sum(sizes)
    fig, (a, b) = plt.subplots(1, 2, figsize=(11, 3.6), gridspec_kw={"width_ratios": [1, 1.5]})
    big = [(n, s) for n, s in zip(names, sizes) if s >= 0.05 * total]
    rest = total - sum(s for _, s in big)
    labels = [n for n, _ in big] + (["everything else"] if rest else [])
    a.pie([s for _, s in big] + ([rest] if rest else []), labels=labels, autopct="%1.0f%%",
          colors=[rank_color(i) for i in range(len(big))] + (["lightgrey"] if rest else []),
          textprops={"fontsize": 8}, pctdistance=0.7)
    a.set_title("share of the bytes", fontsize=9)
    y = range(len(names))
    b.barh(y, sizes, color=[rank_color(i) for i in range(len(names))])
    b.set_yticks(list(y), [f"{n} ({cats[n]['entries']})" for n in names], fontsize=8)
    b.invert_yaxis()
    b.set_xscale("log")
    b.set_xlabel("bytes (log scale); in brackets: number of entries")
    for i, s in enumerate(sizes):
        b.text(s * 1.15, i, _fmt_bytes(s), va="center", fontsize=8)
    b.set_xlim(right=max(sizes) * 20)
    b.set_title("bytes per category", fontsize=9)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def _fmt_bytes(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"  # pragma: no cover


def plot_save_timeline(events: Sequence[Mapping[str, Any]], title: str = "A two-rank save, file by file"):
    """``events``: dicts with ``rank`` (None for the commit record), ``what`` and ``t`` (seconds).

    One row per rank with a marker where each of its files was complete, and a vertical
    line where the commit record appeared.
    """
    import matplotlib.pyplot as plt

    ranks = sorted({e["rank"] for e in events if e["rank"] is not None})
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.6 * len(ranks)))
    markers = {"data file": "s", "metadata piece": "o"}
    for e in events:
        t = 1000 * e["t"]
        if e["rank"] is None:
            ax.axvline(t, color="black", lw=1.5)
            ax.text(t, len(ranks) - 0.4, f"  {e['what']}", fontsize=8, va="bottom")
            continue
        y = ranks.index(e["rank"])
        ax.plot(t, y, markers.get(e["what"], "^"), color=rank_color(e["rank"]), ms=9)
        ax.text(t, y + 0.18, e["what"], fontsize=7, ha="center")
    ax.set_yticks(range(len(ranks)), [f"rank {r}" for r in ranks])
    ax.set_ylim(-0.6, len(ranks) - 0.1)
    ax.set_xlim(0, 1000 * max(e["t"] for e in events) * 1.2 if events else 1)
    ax.set_xlabel("milliseconds since the first rank started")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    return fig


def _bandwidth_axis(ax, rows: Sequence[Mapping[str, Any]], limit_gbps: float, limit_name: str) -> None:
    names = [r["name"] for r in rows]
    frac = [r["gbps"] / limit_gbps for r in rows]
    ax.barh(range(len(rows)), frac, color=[rank_color(i) for i in range(len(rows))])
    ax.axvline(1.0, color="black", ls="--", lw=1)
    for i, (f, r) in enumerate(zip(frac, rows)):
        ax.text(max(f, 0) + 0.01, i, f"{r['gbps']:.2f} GB/s ({f:.0%})", va="center", fontsize=8,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.8})
    ax.set_yticks(range(len(rows)), names, fontsize=9)
    ax.set_xlim(0, max(1.4, max(frac, default=0) * 1.4))
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlabel(f"fraction of the {limit_name} ({limit_gbps:.2f} GB/s, dashed)")


def plot_bandwidth(rows: Sequence[Mapping[str, Any]], limit_gbps: float, title: str, limit_name: str = "disk limit"):
    """Horizontal bars of ``gbps`` per ``name`` as a fraction of ``limit_gbps``, labelled in GB/s."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.45 * len(rows)))
    _bandwidth_axis(ax, rows, limit_gbps, limit_name)
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    return fig


def recorded_rows(result: Mapping[str, Any]) -> dict[str, Any]:
    """The parts of a ``bench/checkpoint_io.py`` result that the chapter draws, as plain rows.

    ``save``: ``[{"name", "gbps", "fraction"}]`` with the ``dd`` limit as ``limit_gbps``;
    ``load``: ``[{"scenario", "method", "seconds", "gbps"}]``; ``async``: the blocking
    fractions. Sections missing from ``result`` are missing here.
    """
    out: dict[str, Any] = {"date": str(result.get("date", "?"))[:10], "machine": dict(result.get("machine", {})),
                           "state_gib": result.get("state", {}).get("gib")}
    save = result.get("save")
    if save and "dd" in save:
        out["limit_gbps"] = save["dd"]["median_gbps"]
        out["save"] = [{"name": n, "gbps": v["median_gbps"], "fraction": v["median_gbps"] / save["dd"]["median_gbps"]}
                       for n, v in save.items() if n != "dd" and isinstance(v, dict) and "median_gbps" in v]
    load = result.get("load", {}).get("scenarios")
    if load:
        out["load"] = [{"scenario": sc, "method": m, "seconds": e[m]["median_wall_seconds"], "gbps": e[m]["gbps"]}
                       for sc, e in load.items() for m in ("ours", "dcp") if m in e]
    a = result.get("async")
    if a:
        out["async"] = {"cold": a.get("blocking_cold_fraction"), "warm": a.get("blocking_warm_fraction")}
    return out


def plot_recorded_io(result: Mapping[str, Any]):
    """A recorded full-size run: save bandwidth as a fraction of ``dd``, and the 2 -> 3 resharding load vs DCP."""
    import matplotlib.pyplot as plt

    rows = recorded_rows(result)
    panels = [k for k in ("save", "load") if k in rows]
    fig, axes = plt.subplots(1, max(1, len(panels)), figsize=(6.5 * max(1, len(panels)), 3.4), squeeze=False)
    for ax, kind in zip(axes.flat, panels):
        if kind == "save":
            _bandwidth_axis(ax, rows["save"], rows["limit_gbps"], "dd limit")
            ax.set_title(f"save of {rows['state_gib']} GiB", fontsize=10)
        else:
            scen = sorted({r["scenario"] for r in rows["load"]})
            for j, m in enumerate(("ours", "dcp")):
                vals = [next((r["seconds"] for r in rows["load"] if r["scenario"] == sc and r["method"] == m), 0)
                        for sc in scen]
                xs = [i + (j - 0.5) * 0.38 for i in range(len(scen))]
                ax.bar(xs, vals, 0.38, label={"ours": "paddlecamp", "dcp": "torch DCP"}[m], color=rank_color(j))
                for x, v in zip(xs, vals):
                    ax.text(x, v, f"{v:.2f} s", ha="center", va="bottom", fontsize=8)
            top = max((r["seconds"] for r in rows["load"]), default=1)
            ax.set_ylim(0, top * 1.2)
            ax.set_xticks(range(len(scen)), scen)
            ax.set_ylabel("seconds (3 processes, cold cache)")
            ax.legend(fontsize=8)
            ax.set_title("resharding load, saved by 2 ranks, loaded by 3", fontsize=10)
    m = rows["machine"]
    fig.suptitle(f"Recorded {rows['date']}: {m.get('cores', '?')} cores, {m.get('cpu', '?')}, "
                 f"torch {m.get('torch', '?')}", fontsize=10)
    fig.tight_layout()
    return fig


def plot_seconds(rows: Sequence[Mapping[str, Any]], title: str, key: str = "seconds"):
    """Horizontal bars of ``key`` (seconds) per ``name``, labelled in milliseconds."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.45 * len(rows)))
    vals = [1000 * r[key] for r in rows]
    ax.barh(range(len(rows)), vals, color=[rank_color(i) for i in range(len(rows))])
    for i, v in enumerate(vals):
        ax.text(v, i, f" {v:.1f} ms", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), [r["name"] for r in rows], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, max(vals) * 1.3 if vals and max(vals) > 0 else 1)
    ax.set_xlabel("milliseconds")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    return fig


def covered_once(shape: Sequence[int], boxes: Iterable[Box]) -> bool:
    """True when ``boxes`` tile the whole tensor ``shape``: no overlap and no hole."""
    import numpy as np

    count = np.zeros(tuple(shape) or (1,), dtype=np.int64)
    for off, ln in boxes:
        if not shape:
            count[0] += 1
            continue
        count[tuple(slice(o, o + n) for o, n in zip(off, ln))] += 1
    return bool((count == 1).all()) and int(count.sum()) == max(volume(shape), 1)
