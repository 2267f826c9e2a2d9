"""``paddlecamp attention accuracy|train|models|bench|resources``: the Track-7 commands.

Registration is cheap: torch and the attention modules are imported inside each action.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub) -> None:
    """Add the ``attention`` command group to the top-level subparsers."""
    p = sub.add_parser("attention", help="FP8/INT8/FP4 attention: accuracy, convergence, GPU bench",
                       description="Low-precision FlashAttention: recipes, accuracy and "
                                   "convergence studies, and the Triton kernel benchmark.")
    p.set_defaults(_group_parser=p)
    acts = p.add_subparsers(dest="attention_command", metavar="ACTION")

    a = acts.add_parser("accuracy", help="FA3's numerical-error table for every recipe (fp64 reference)")
    a.add_argument("--preset", default="fa3-outlier",
                   help="data: fa3-outlier (N(0,1) + 0.1%% outliers N(0,10²)), biased-k, gaussian")
    a.add_argument("--n", type=int, default=2048, help="sequence length (default 2048)")
    a.add_argument("--heads", type=int, default=4, help="heads (default 4)")
    a.add_argument("--dim", type=int, default=128, help="head dim (default 128)")
    a.add_argument("--batch", type=int, default=1)
    a.add_argument("--seed", type=int, default=0)
    a.add_argument("--causal", action="store_true")
    a.add_argument("--recipes", default=None, help="comma-separated recipe names (default: all)")
    a.add_argument("--no-ablation", action="store_true", help="skip the error-source ablation")
    a.add_argument("--no-extras", action="store_true", help="skip e4m3/e5m2 and smoothing tables")
    a.add_argument("--seeds", type=int, default=0,
                   help="also sweep fp8-fa3, fp8, int8 and int8-running over this many data "
                        "seeds at (H, N) and (1, 4N) and report the worst case (default 0: skip)")
    a.add_argument("--grads", action="store_true",
                   help="also measure dQ, dK, dV against fp64 autograd (8-bit backward dots "
                        "next to the dequantizing backward)")
    a.add_argument("--grad-recipes", default=None,
                   help="comma-separated recipes for --grads (default: fp32, fp16, fp8, "
                        "fp8-train, fp8-train-e5m2, int8, fp4)")
    a.add_argument("--json", action="store_true", help="print JSON instead of tables")
    a.add_argument("--out", type=Path, default=None, help="also write the JSON result here")
    a.set_defaults(func=_accuracy)

    t = acts.add_parser("train", help="convergence study: a small transformer per recipe")
    t.add_argument("--task", default="recall", help="recall (associative recall) or charlm")
    t.add_argument("--recipes", default="fp32,fp16,fp8,int8,fp4",
                   help="comma-separated recipes (default fp32,fp16,fp8,int8,fp4)")
    t.add_argument("--steps", type=int, default=None,
                   help="training steps (default: recall 3000, charlm 500; smoke: 5)")
    t.add_argument("--smoke", action="store_true", help="tiny run (a few steps) to check it works")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--json", action="store_true", help="print JSON instead of a table")
    t.add_argument("--out", type=Path, default=None, help="directory to write <task>.json into")
    t.add_argument("--record", type=Path, default=None,
                   help="merge the result into this results file (e.g. "
                        "data/results/attention-convergence-cpu.json)")
    t.set_defaults(func=_train)

    mo = acts.add_parser("models", help="a small torch GPT and a small Paddle transformer trained "
                                        "with our attention swapped in, vs their own fp32 SDPA")
    mo.add_argument("--recipes", default="fp8-train", help="comma-separated recipes (default fp8-train)")
    mo.add_argument("--frameworks", default="torch,paddle", help="torch, paddle or both")
    mo.add_argument("--steps", type=int, default=None, help="training steps (default 300; smoke 3)")
    mo.add_argument("--seed", type=int, default=0)
    mo.add_argument("--smoke", action="store_true", help="tiny models, a few steps")
    mo.add_argument("--device", default="cpu", choices=("cpu", "cuda"),
                    help="cuda: train the torch GPT on the GPU with the Triton kernels")
    mo.add_argument("--backend", default="auto", choices=("auto", "emulate", "triton", "triton-fast"),
                    help="our attention's backend in the torch model (auto: Triton on a GPU; "
                         "triton-fast: the fast forward and the fast FP8 backward)")
    mo.add_argument("--gpu-size", action="store_true",
                    help="the GPU run's size (d_model 512, 8 heads, 4 layers, 512 tokens)")
    mo.add_argument("--json", action="store_true", help="print JSON instead of a table")
    mo.add_argument("--record", type=Path, default=None,
                    help="write the result (with loss curves) to this file, e.g. "
                         "data/results/attention-models-cpu.json")
    mo.set_defaults(func=_models)

    b = acts.add_parser("bench", help="GPU benchmark of the Triton kernels vs SDPA (tiny on CPU)")
    # Defaults are SUPPRESSed: the benchmark module (which imports torch) owns them.
    sup = argparse.SUPPRESS
    b.add_argument("--n", default=sup, help="comma-separated sequence lengths")
    b.add_argument("--dim", default=sup, help="comma-separated head dims (64 and/or 128)")
    b.add_argument("--causal", default=sup, choices=("both", "true", "false"))
    b.add_argument("--modes", default=sup, help="fwd, bwd or both (comma-separated)")
    b.add_argument("--recipes", default=sup, help="comma-separated kernel recipes")
    b.add_argument("--heads", type=int, default=sup, help="heads (default: 2048 // D)")
    b.add_argument("--json", action="store_true", default=sup, help="print the result as JSON")
    b.add_argument("--out", default=sup, help="also write the JSON result to this file")
    b.set_defaults(func=_bench)

    r = acts.add_parser("resources", help="registers, spills and shared memory of the kernels "
                                          "compiled for a GPU (no GPU needed)")
    r.add_argument("--arch", type=int, default=90, help="compute capability x10 (default 90: Hopper)")
    r.add_argument("--json", action="store_true", help="print JSON instead of a table")
    r.add_argument("--out", type=Path, default=None,
                   help="also write the JSON here (e.g. data/results/attention-kernel-resources-sm90.json)")
    r.set_defaults(func=_resources)


def _split(s: str | None) -> list[str] | None:
    return [x.strip() for x in s.split(",") if x.strip()] if s else None


def _check_recipes(names: list[str] | None) -> None:
    from paddlecamp.attention.recipes import RECIPES
    from paddlecamp.cli import CliError

    for n in names or []:
        if n not in RECIPES:
            raise CliError(f"unknown recipe {n!r}; known recipes: {', '.join(RECIPES)}")


def _accuracy(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.attention.accuracy import PRESETS, AccuracyConfig, format_report, run_study

    if args.preset not in PRESETS:
        raise CliError(f"unknown preset {args.preset!r}; known: {', '.join(PRESETS)}")
    for field in ("n", "heads", "dim", "batch"):
        if getattr(args, field) <= 0:
            raise CliError(f"--{field} must be positive, got {getattr(args, field)}")
    if args.seeds < 0:
        raise CliError(f"--seeds must be 0 or more, got {args.seeds}")
    names = _split(args.recipes)
    _check_recipes(names)
    grad_names = _split(args.grad_recipes)
    _check_recipes(grad_names)
    cfg = AccuracyConfig(batch=args.batch, heads=args.heads, n=args.n, dim=args.dim,
                         seed=args.seed, preset=args.preset, causal=args.causal)
    extra = {"grad_recipes": grad_names} if grad_names else {}
    result = run_study(cfg, recipes=names, ablation=not args.no_ablation,
                       extras=not args.no_extras, seeds=args.seeds, progress=not args.json,
                       grads=args.grads or bool(grad_names), **extra)
    return _emit(args, result, format_report)


def _emit(args, result: dict, table) -> int:
    """Write ``result`` as JSON to ``--out`` (when given) and print it (``--json``) or as
    ``table(result)``."""
    text = json.dumps(result, indent=1)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text if args.json else table(result))
    return 0


def _train(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.attention.train import (DEFAULT_STEPS, TASKS, TrainConfig, format_summary,
                                            record_result, run_study)

    if args.task not in TASKS:
        raise CliError(f"unknown task {args.task!r}; known: {', '.join(TASKS)}")
    names = _split(args.recipes)
    if not names:
        raise CliError("--recipes is empty")
    _check_recipes(names)
    steps = args.steps if args.steps is not None else (5 if args.smoke else DEFAULT_STEPS[args.task])
    if steps <= 0:
        raise CliError(f"--steps must be positive, got {steps}")
    cfg = TrainConfig.for_task(args.task, steps=steps, seed=args.seed, smoke=args.smoke)
    result = run_study(cfg, names, progress=not args.json)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{args.task}.json").write_text(json.dumps(result, indent=1) + "\n",
                                                    encoding="utf-8")
    if args.record:
        # Print what the file now holds for the task (merged runs, ratios against its fp32).
        result = record_result(args.record, result)["tasks"][args.task]
    print(json.dumps(result, indent=1) if args.json else format_summary(result))
    return 0


def _models(args) -> int:
    from dataclasses import replace

    from paddlecamp.cli import CliError
    from paddlecamp.attention.models import FRAMEWORKS, ModelConfig, format_summary, run_models

    names = _split(args.recipes)
    if not names:
        raise CliError("--recipes is empty")
    _check_recipes(names)
    fws = _split(args.frameworks) or []
    bad = [f for f in fws if f not in FRAMEWORKS]
    if bad or not fws:
        raise CliError(f"--frameworks: unknown {bad or args.frameworks!r}; choose from "
                       f"{', '.join(FRAMEWORKS)}")
    cfg = ModelConfig.smoke() if args.smoke else (ModelConfig.gpu() if args.gpu_size else ModelConfig())
    if args.steps is not None:
        if args.steps <= 0:
            raise CliError(f"--steps must be positive, got {args.steps}")
        cfg = replace(cfg, steps=args.steps)
    cfg = replace(cfg, seed=args.seed)
    if "paddle" in fws:
        import warnings

        warnings.filterwarnings("ignore", message=".*ccache.*")
    try:
        result = run_models(cfg, names, fws, progress=not args.json, device=args.device,
                            backend=args.backend)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if args.record:
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1) if args.json else format_summary(result))
    return 0


def _bench(args) -> int:
    from paddlecamp.cli import CliError

    try:
        from paddlecamp.attention import bench
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("paddlecamp.attention.bench"):
            raise CliError("the attention benchmark (paddlecamp.attention.bench) is not "
                           "available in this installation") from None
        raise
    try:
        return int(bench.main(args) or 0)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _resources(args) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.attention.resources import format_table, study

    if args.arch < 90:
        raise CliError(f"--arch {args.arch}: the kernels use Hopper's TMA and fp8 MMA; use 90 or more")
    result = study(args.arch, progress=None if args.json else
                   (lambda m: print(m, file=sys.stderr, flush=True)))
    return _emit(args, result, format_table)
