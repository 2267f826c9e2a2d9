"""Figures for the Track-7 chapters (matplotlib, Agg-safe). Each returns the Figure."""
from __future__ import annotations

import json
from pathlib import Path

import torch

from paddlecamp.attention.formats import representable_values, round_to_format


def load_result(name: str) -> dict | None:
    """A recorded result ``data/results/<name>.json`` if the checkout has it, else None."""
    from paddlecamp import repo_path

    try:
        path = Path(repo_path("data", "results", f"{name}.json"))
    except FileNotFoundError:
        return None
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def plot_grids(formats=("e2m1", "e5m2", "e4m3")):
    """Positive representable values of each format on a log axis (one row per format)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 2.6))
    for i, f in enumerate(formats):
        v = representable_values(f, nonnegative=True)[1:].numpy()
        ax.scatter(v, [i] * len(v), marker="|", s=200)
        ax.text(v.max() * 1.4, i, f"{f}: {len(v)} positive values, max {v.max():g}", va="center",
                fontsize=8)
    ax.set_xscale("log", base=2)
    ax.set_yticks(range(len(formats)), formats)
    ax.set_xlim(right=2 ** 24)
    ax.set_xlabel("value (log2 scale)")
    ax.set_title("Where the positive values of each format lie")
    fig.tight_layout()
    return fig


def plot_rounding(fmt: str = "e4m3", lo: float = 0.0, hi: float = 4.0):
    """Rounding staircase on [lo, hi] and relative error over the whole range."""
    import matplotlib.pyplot as plt

    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 3.4))
    x = torch.linspace(lo, hi, 4001)
    a.plot(x, round_to_format(x, fmt), lw=1)
    a.plot(x, x, "k--", lw=0.5)
    a.set_title(f"round_to_format(x, {fmt!r})")
    a.set_xlabel("x")
    xs = torch.logspace(-4, 3.2, 20000)
    for f in ("e4m3", "e5m2"):
        r = ((round_to_format(xs, f) - xs).abs() / xs).numpy()
        b.plot(xs.numpy(), r, lw=0.6, label=f)
    b.set_xscale("log")
    b.set_yscale("log")
    b.set_ylim(1e-5, 2)
    b.set_title("relative rounding error")
    b.set_xlabel("|x|")
    b.legend()
    fig.tight_layout()
    return fig


def plot_accuracy(result: dict, title: str = ""):
    """RMSE per recipe (log scale) from an accuracy study result."""
    import matplotlib.pyplot as plt

    rows = [r for r in result["table"] if r["rmse"] > 0]
    fig, ax = plt.subplots(figsize=(8, 3.4))
    ax.bar([r["recipe"] for r in rows], [r["rmse"] for r in rows], color="tab:blue")
    ax.set_yscale("log")
    ax.set_ylabel("RMSE vs fp64")
    ax.tick_params(axis="x", rotation=45)
    ax.set_title(title or "attention output error per recipe")
    fig.tight_layout()
    return fig


def plot_ablation(result: dict):
    """Grouped bars: RMSE with only Q, K, Q+K, V or P quantized, per recipe."""
    import matplotlib.pyplot as plt

    abl = result["ablation"]
    cols = ["q+k", "v", "p", "all"]
    fig, ax = plt.subplots(figsize=(8, 3.4))
    w = 0.8 / len(cols)
    for j, c in enumerate(cols):
        xs = [i + j * w for i in range(len(abl))]
        ax.bar(xs, [abl[n].get(c, 0) for n in abl], width=w, label=c)
    ax.set_xticks([i + 0.4 - w / 2 for i in range(len(abl))], list(abl))
    ax.set_yscale("log")
    ax.set_ylabel("RMSE")
    ax.set_title("error sources: one operand quantized at a time")
    ax.legend(ncol=4, fontsize=8)
    fig.tight_layout()
    return fig


def plot_loss_curves(result: dict, smooth: int = 20, title: str = ""):
    """Training-loss curves per recipe (moving average) and the ratio to fp32."""
    import matplotlib.pyplot as plt

    fig, (a, b) = plt.subplots(1, 2, figsize=(11, 3.6))
    base = result["runs"].get("fp32")

    def ma(xs):
        t = torch.tensor(xs, dtype=torch.float64)
        k = max(1, min(smooth, len(xs)))
        return torch.nn.functional.avg_pool1d(t[None, None], k, 1)[0, 0].numpy()

    for name, run in result["runs"].items():
        a.plot(ma(run["loss_curve"]), label=name, lw=1)
        if base is not None and name != "fp32":
            b.plot(ma(run["loss_curve"]) / ma(base["loss_curve"]), label=name, lw=1)
    a.set_xlabel("step")
    a.set_ylabel("training loss")
    a.set_title(title or f"{result['task']}: loss")
    a.legend(fontsize=8)
    b.axhline(1.0, color="k", lw=0.5)
    b.set_xlabel("step")
    b.set_title("loss / fp32 loss")
    b.legend(fontsize=8)
    fig.tight_layout()
    return fig


def plot_group_sweep(rows: list[dict]):
    """FP4 relative RMSE vs group size for e8m0 and e4m3 scales (with/without Hadamard)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.4))
    keys = sorted({(r["scale"], r["hadamard"]) for r in rows})
    for scale, had in keys:
        sel = [r for r in rows if r["scale"] == scale and r["hadamard"] == had]
        ax.plot([r["group"] for r in sel], [r["relative_rmse"] for r in sel], "o-",
                label=f"{scale} scales{' + Hadamard' if had else ''}")
    ax.set_xscale("log", base=2)
    ax.set_xlabel("group size (elements sharing a scale)")
    ax.set_ylabel("relative RMSE")
    ax.set_title("FP4 (e2m1) error vs group size")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def plot_robustness(robust: dict, goal: float | None = 3.5e-3):
    """RMSE of each recipe over data seeds and sizes (one dot per run), with the int8 goal line."""
    import matplotlib.pyplot as plt

    names = list(robust["summary"])
    fig, ax = plt.subplots(figsize=(8, 3.4))
    sizes = sorted({(r["heads"], r["n"]) for r in robust["runs"]})
    for j, size in enumerate(sizes):
        runs = [r for r in robust["runs"] if (r["heads"], r["n"]) == size]
        for i, name in enumerate(names):
            xs = [i + (j - (len(sizes) - 1) / 2) * 0.18] * len(runs)
            ax.scatter(xs, [r[name] for r in runs], s=18, color=f"C{j}",
                       label=f"H={size[0]}, N={size[1]}" if i == 0 else None)
    if goal is not None:
        ax.axhline(goal, color="k", ls="--", lw=0.8, label=f"int8 goal {goal:g}")
    ax.set_xticks(range(len(names)), names)
    ax.set_yscale("log")
    ax.set_ylabel("RMSE vs fp64")
    ax.set_title(f"every run over {robust['seeds']} data seeds")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def model_ratio_rows(results: dict[str, dict]) -> list[dict]:
    """Recipe rows of several ``paddlecamp attention models`` results, labelled by setting:
    ``[{"setting", "framework", "attention", "backend", "seed", "final", "eval"}]`` (``seed`` None
    where the row does not name one).

    ``results`` maps a setting's name (e.g. "CPU, d_model 64") to a result as
    :func:`~paddlecamp.attention.models.run_models` returns it or as the GPU record holds it
    (a ``summary`` whose rows may carry their own ``backend``; others take the result's meta).
    """
    rows = []
    for setting, res in results.items():
        default_backend = res.get("meta", {}).get("backend", "")
        for r in res["summary"]:
            if "final_loss_ratio" not in r:
                continue  # the fp32 baseline itself
            rows.append({"setting": setting, "framework": r["framework"],
                         "attention": r["attention"], "backend": r.get("backend", default_backend),
                         "seed": r.get("seed"), "final": r["final_loss_ratio"],
                         "eval": r["eval_loss_ratio"]})
    return rows


def plot_model_ratios(rows: list[dict], band: float = 0.01):
    """Final and held-out loss relative to fp32 for each (setting, framework, recipe, backend)
    row of :func:`model_ratio_rows`, with the ±``band`` goal shaded."""
    import matplotlib.pyplot as plt

    labels = [f"{r['setting']} · {r['framework']} · {r['attention']} ({r['backend']}"
              + (f", seed {r['seed']})" if r.get("seed") is not None else ")") for r in rows]
    fig, ax = plt.subplots(figsize=(9, 0.32 * len(rows) + 1.2))
    ys = range(len(rows))
    ax.barh([y + 0.2 for y in ys], [r["final"] - 1 for r in rows], height=0.4, left=1,
            label="final training loss / fp32")
    ax.barh([y - 0.2 for y in ys], [r["eval"] - 1 for r in rows], height=0.4, left=1,
            label="held-out loss / fp32")
    ax.axvspan(1 - band, 1 + band, color="green", alpha=0.12, label=f"goal: within {band:.0%}")
    ax.axvline(1.0, color="k", lw=0.8)
    ax.set_yticks(list(ys), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("loss relative to the model's own fp32 attention")
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    return fig
