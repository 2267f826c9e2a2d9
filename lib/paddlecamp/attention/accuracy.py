"""Accuracy study: FlashAttention-3's numerical-error table, error-source ablation, smoothing.

Data (FA3, §4.3): Q, K, V ~ N(0, 1) plus, in 0.1% of entries, an outlier ~ N(0, 10²) added.
The reference is fp64 softmax attention; every recipe runs through the tiled emulator. Metrics
are RMSE (FA3's), cosine similarity and relative L1 (SageAttention's).
"""
from __future__ import annotations

import datetime as _dt
import platform
import statistics
from dataclasses import asdict, dataclass, replace

import torch

from paddlecamp.attention.api import attention
from paddlecamp.attention.emulate import reference_attention
from paddlecamp.attention.recipes import RECIPES, Recipe, get_recipe

#: Recipes whose errors the ablation splits into sources.
ABLATION_RECIPES = ("fp8-fa3", "fp8", "int8", "int8-running", "fp4")
#: Single operands (and Q·K together) quantized one at a time.
ABLATION_OPERANDS = (("q",), ("k",), ("q", "k"), ("v",), ("p",))
PRESETS = ("fa3-outlier", "biased-k", "gaussian")
#: Recipes whose RMSE the robustness sweep measures over several seeds and sizes.
ROBUST_RECIPES = ("fp8-fa3", "fp8", "int8", "int8-running")
#: Recipes whose gradients :func:`gradient_study` measures by default.
GRAD_RECIPES = ("fp32", "fp16", "fp8", "fp8-train", "fp8-train-e5m2", "int8", "fp4")


@dataclass(frozen=True)
class AccuracyConfig:
    """Problem size and data of one study."""

    batch: int = 1
    heads: int = 4
    n: int = 2048
    dim: int = 128
    seed: int = 0
    preset: str = "fa3-outlier"
    outlier_fraction: float = 1e-3
    outlier_std: float = 10.0
    k_bias_std: float = 5.0       # biased-K data: per-channel offset of K
    causal: bool = False


def make_data(cfg: AccuracyConfig, preset: str | None = None
              ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Q, K, V (float32, ``[B, H, N, D]``) for a preset.

    ``fa3-outlier``: N(0,1) plus 0.1% outliers N(0,10²). ``biased-k``: the same with K shifted
    by a per-channel bias ~ N(0, k_bias_std²) (SageAttention's observation about real K).
    ``gaussian``: plain N(0,1).
    """
    preset = preset or cfg.preset
    if preset not in PRESETS:
        raise ValueError(f"unknown data preset {preset!r}; known: {', '.join(PRESETS)}")
    g = torch.Generator().manual_seed(cfg.seed)
    shape = (cfg.batch, cfg.heads, cfg.n, cfg.dim)

    def one() -> torch.Tensor:
        x = torch.randn(shape, generator=g)
        if preset != "gaussian":
            mask = torch.rand(shape, generator=g) < cfg.outlier_fraction
            x = x + mask * torch.randn(shape, generator=g) * cfg.outlier_std
        return x

    q, k, v = one(), one(), one()
    if preset == "biased-k":
        bias = torch.randn(cfg.batch, cfg.heads, 1, cfg.dim, generator=g) * cfg.k_bias_std
        k = k + bias
    return q, k, v


def error_metrics(out: torch.Tensor, ref: torch.Tensor) -> dict[str, float]:
    """RMSE, cosine similarity, relative L1 and max abs error of ``out`` against ``ref``."""
    o, r = out.double().flatten(), ref.double().flatten()
    diff = o - r
    return {
        "rmse": diff.pow(2).mean().sqrt().item(),
        "cosine": (torch.dot(o, r) / (o.norm() * r.norm())).item(),
        "rel_l1": (diff.abs().sum() / r.abs().sum()).item(),
        "max_abs": diff.abs().max().item(),
    }


def _measure(q, k, v, ref, recipe: Recipe, causal: bool) -> dict:
    with torch.no_grad():
        out = attention(q, k, v, recipe=recipe, causal=causal)
    return {"recipe": recipe.name, **error_metrics(out, ref)}


def _iter(items, progress: bool, desc: str):
    if not progress:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=desc, leave=False)


def run_study(cfg: AccuracyConfig = AccuracyConfig(), *, recipes: list[str] | None = None,
              ablation: bool = True, extras: bool = True, seeds: int = 0,
              progress: bool = False, grads: bool = False,
              grad_recipes: "tuple[str, ...] | list[str]" = GRAD_RECIPES) -> dict:
    """Run the study; returns a JSON-able dict with ``table``, ``ablation``, ``smoothing``,
    ``formats`` and ``meta`` sections, ``robustness`` when ``seeds > 0`` (see
    :func:`robustness`) and ``gradients`` when ``grads`` (see :func:`gradient_study`)."""
    names = list(recipes) if recipes else list(RECIPES)
    rs = [get_recipe(n) for n in names]
    q, k, v = make_data(cfg)
    ref = reference_attention(q, k, v, causal=cfg.causal)
    result: dict = {"config": asdict(cfg), "meta": _meta()}
    result["table"] = [
        {**_measure(q, k, v, ref, r, cfg.causal), "description": r.description}
        for r in _iter(rs, progress, "recipes")
    ]
    if ablation:
        abl: dict[str, dict[str, float]] = {}
        for base in _iter([n for n in ABLATION_RECIPES if n in RECIPES], progress, "ablation"):
            r = get_recipe(base)
            row = {}
            for ops in ABLATION_OPERANDS:
                if r.qk_granularity in ("mxfp4", "nvfp4") and len(ops) == 1 and ops[0] in "qk":
                    continue  # FP4 Q·K is quantized as a pair
                row["+".join(ops)] = _measure(q, k, v, ref, r.only(*ops), cfg.causal)["rmse"]
            row["all"] = _measure(q, k, v, ref, r, cfg.causal)["rmse"]
            abl[base] = row
        result["ablation"] = abl
    if extras:
        result["formats"] = _formats(q, k, v, ref, cfg.causal)
        result["smoothing"] = _smoothing(cfg)
    if grads:
        result["gradients"] = gradient_study(cfg, grad_recipes)
    if seeds > 0:
        del q, k, v, ref
        result["robustness"] = robustness(cfg, seeds=seeds, progress=progress)
    return result


def robustness(cfg: AccuracyConfig, *, seeds: int = 5, recipes: tuple[str, ...] = ROBUST_RECIPES,
               sizes: tuple[tuple[int, int], ...] | None = None, progress: bool = False) -> dict:
    """RMSE of ``recipes`` over ``seeds`` data seeds at each ``(heads, n)`` size.

    A single seed can flatter a recipe (the outliers land differently each time), so the goals
    are judged on the worst case. ``sizes`` defaults to ``(cfg.heads, cfg.n)`` and
    ``(1, 4 * cfg.n)``. Returns ``{"runs": [...], "summary": {recipe: {median, max, ...}}}``.
    """
    sizes = sizes or ((cfg.heads, cfg.n), (1, 4 * cfg.n))
    rs = [get_recipe(n) for n in recipes]
    runs = []
    jobs = [(h, n, s) for h, n in sizes for s in range(seeds)]
    for h, n, seed in _iter(jobs, progress, "seeds"):
        c = replace(cfg, heads=h, n=n, seed=seed)
        q, k, v = make_data(c)
        ref = reference_attention(q, k, v, causal=c.causal)
        row = {"heads": h, "n": n, "seed": seed}
        for r in rs:
            row[r.name] = _measure(q, k, v, ref, r, c.causal)["rmse"]
        runs.append(row)
    summary = {}
    for r in rs:
        vals = [row[r.name] for row in runs]
        # statistics.median averages the two middle runs of an even count (torch.median would
        # return the lower one).
        summary[r.name] = {"median": statistics.median(vals), "max": max(vals), "min": min(vals)}
        if r.name != "fp8-fa3" and "fp8-fa3" in recipes:
            summary[r.name]["min_gain_over_fp8_fa3"] = min(row["fp8-fa3"] / row[r.name]
                                                           for row in runs)
    return {"sizes": [list(x) for x in sizes], "seeds": seeds, "runs": runs, "summary": summary}


def gradient_study(cfg: AccuracyConfig, recipes: "tuple[str, ...] | list[str]" = GRAD_RECIPES, *,
                   compare_dequantized: bool = True, backend: str = "emulate") -> list[dict]:
    """RMSE of the gradients dQ, dK, dV of each recipe against fp64 autograd.

    The data are ``cfg``'s (Q, K, V), with an upstream gradient dO ~ N(0, 1) (seed
    ``cfg.seed + 1``); the reference is autograd of fp64 softmax attention on the unquantized
    inputs. Each row: ``recipe``, ``backward`` ("fp8 dots", "dequantized" or "fp32"), and
    ``dq``/``dk``/``dv`` RMSE plus ``*_rel`` (RMSE over the reference's RMS). With
    ``compare_dequantized``, a recipe with 8-bit backward dots also gets a row
    ``<name>[dequantized bwd]`` with the same forward and the dequantizing fp32 backward.
    """
    q, k, v = make_data(cfg)
    g = torch.Generator().manual_seed(cfg.seed + 1)
    do = torch.randn(q.shape, generator=g)
    ins = [t.double().requires_grad_() for t in (q, k, v)]
    reference_attention(*ins, causal=cfg.causal).backward(do.double())
    ref = [t.grad for t in ins]
    variants: list[Recipe] = []
    for name in recipes:
        r = get_recipe(name)
        variants.append(r)
        if compare_dequantized and r.bwd_fp8_dots:
            variants.append(replace(r, name=f"{r.name}[dequantized bwd]", bwd_fp8_dots=False))
    rows = []
    for r in variants:
        x = [t.clone().requires_grad_() for t in (q, k, v)]
        attention(*x, recipe=r, causal=cfg.causal, backend=backend).backward(do)
        row = {"recipe": r.name, "backward": "fp8 dots" if r.bwd_fp8_dots else
               ("dequantized" if r.q_format or r.do_format else "fp32")}
        for name, got, want in zip(("dq", "dk", "dv"), (t.grad for t in x), ref):
            rmse = (got.double() - want).pow(2).mean().sqrt().item()
            row[name] = rmse
            row[f"{name}_rel"] = rmse / want.pow(2).mean().sqrt().item()
        rows.append(row)
    return rows


def _formats(q, k, v, ref, causal: bool) -> list[dict]:
    """e4m3 vs e5m2 under the same recipes."""
    rows = []
    for base in ("fp8-tensor", "fp8"):
        r = get_recipe(base)
        for fmt in ("e4m3", "e5m2"):
            rr = r if fmt == "e4m3" else r.with_formats("e5m2")
            rows.append({**_measure(q, k, v, ref, rr, causal), "recipe": base, "format": fmt})
    return rows


def _smoothing(cfg: AccuracyConfig) -> list[dict]:
    """K-smoothing on and off, on biased-K data and on the unbiased data."""
    rows = []
    for preset in ("biased-k", "fa3-outlier"):
        q, k, v = make_data(cfg, preset)
        ref = reference_attention(q, k, v, causal=cfg.causal)
        for base in ("fp8", "int8"):
            r = get_recipe(base)
            for smooth in (True, False):
                rr = replace(r, name=f"{base}{'' if smooth else '-no-smooth-k'}", smooth_k=smooth)
                rows.append({**_measure(q, k, v, ref, rr, cfg.causal), "data": preset,
                             "recipe": base, "smooth_k": smooth})
    return rows


def _meta() -> dict:
    return {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "hardware": "CPU",
        "machine": platform.machine(),
        "torch": torch.__version__,
        "reference": "float64 softmax attention",
        "backend": "emulate",
    }


def format_report(result: dict) -> str:
    """Plain-text tables of a study result (what the CLI prints)."""
    c = result["config"]
    lines = [f"data {c['preset']}: B={c['batch']} H={c['heads']} N={c['n']} D={c['dim']} "
             f"seed={c['seed']} (reference fp64)"]
    if result["table"]:
        lines += ["", f"{'recipe':<12} {'RMSE':>10} {'cosine':>10} {'rel L1':>10}"]
    for row in result["table"]:
        lines.append(f"{row['recipe']:<12} {row['rmse']:>10.3e} {row['cosine']:>10.6f} "
                     f"{row['rel_l1']:>10.3e}")
    if "ablation" in result:
        cols = ["q", "k", "q+k", "v", "p", "all"]
        lines += ["", "error sources (RMSE with only these operands quantized)",
                  f"{'recipe':<12}" + "".join(f"{x:>10}" for x in cols)]
        for name, row in result["ablation"].items():
            lines.append(f"{name:<12}" + "".join(
                f"{row[x]:>10.2e}" if x in row else f"{'-':>10}" for x in cols))
    if "formats" in result:
        lines += ["", "e4m3 vs e5m2 (RMSE)"]
        for row in result["formats"]:
            lines.append(f"{row['recipe']:<12} {row['format']:<5} {row['rmse']:.3e}")
    if "robustness" in result:
        rob = result["robustness"]
        lines += ["", f"robustness: RMSE over {rob['seeds']} seeds at (H, N) = "
                  + ", ".join(f"({h}, {n})" for h, n in rob["sizes"]),
                  f"{'recipe':<14} {'median':>10} {'max':>10} {'min gain vs fp8-fa3':>22}"]
        for name, row in rob["summary"].items():
            gain = row.get("min_gain_over_fp8_fa3")
            lines.append(f"{name:<14} {row['median']:>10.3e} {row['max']:>10.3e} "
                         + (f"{gain:>21.2f}x" if gain is not None else f"{'-':>22}"))
    if "gradients" in result:
        lines += ["", "gradients vs fp64 autograd (RMSE; relative to the reference's RMS)",
                  f"{'recipe':<32} {'backward':<12}" + "".join(f"{x:>18}" for x in ("dQ", "dK", "dV"))]
        for row in result["gradients"]:
            lines.append(f"{row['recipe']:<32} {row['backward']:<12}" + "".join(
                f"{row[x]:>10.3e} ({row[x + '_rel']:.3f})" for x in ("dq", "dk", "dv")))
    if "smoothing" in result:
        lines += ["", "K-smoothing (RMSE)"]
        for row in result["smoothing"]:
            lines.append(f"{row['data']:<12} {row['recipe']:<6} smooth_k={str(row['smooth_k']):<5} "
                         f"{row['rmse']:.3e}")
    return "\n".join(lines)
