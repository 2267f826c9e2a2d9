"""Attention kernel benchmark: TFLOP/s of the Triton kernels (bf16, fp8) vs PyTorch's SDPA.

``paddlecamp attention bench`` calls :func:`main`. On a CUDA GPU it sweeps sequence length N,
head dim D and causal/non-causal for the forward and backward passes, timing each call with
``triton.testing.do_bench`` (median, in ms), and reports TFLOP/s next to
``torch.nn.functional.scaled_dot_product_attention`` in bf16 measured in the same run. On a
machine without a GPU it runs one tiny case in the Triton interpreter, to prove the path works
(the numbers then mean nothing about speed).

FLOP counts follow the FlashAttention papers: forward ``4 * B * H * N * M * D`` (two matrix
products), halved when causal; backward 2.5 times the forward (five products instead of two).

What is timed:

* ``fwd``: the forward kernel alone, on operands prepared beforehand (quantized, per-token
  scales, fp8 V stored K-major); for SDPA, the bf16 call.
* ``bwd``: the three backward kernels (preprocess, dK/dV, dQ) with bf16 tensor-core products
  on operands dequantized inside the kernel; for SDPA, ``backward()`` of its bf16 output.
  ``fp8-train`` times the FP8-dot backward instead (dV, dK, dQ as e4m3 dots with fp32
  accumulation, dP and the scores in bf16; its forward is the exact fp8 kernel on the recipe's
  prepared operands, Hadamard and smoothing untimed); ``fp8-train-fast`` times the same recipe
  on the fast FP8 backward (``kernels/attention/bwd_fast.py``: fp8 scores, fp16 dP, hardware
  casts, fast accumulation), whose tiles are tuned like the forward's (:data:`BWD_FAST_CONFIGS`);
  its forward (untimed) is the exact fp8 kernel on :data:`BWD_FAST_FWD_TILES`.

``fp8`` promotes the fp8 tensor-core accumulator to fp32 after every MMA (what the accuracy
tests need); ``fp8-fastacc`` leaves Hopper's reduced-precision fp8 accumulation on for a whole
tile (faster; not what the emulator computes). ``fp8-fast`` is the GPU fast path
(:func:`~paddlecamp.kernels.attention.fwd.attention_fwd_fast`: hardware P cast instead of the
exact rounding helper, fast fp8 accumulation in both products, scales folded into one FMA per
score, ``exp2``); ``fp8-fast-2lvl`` is the same with two-level P·V accumulation (fast within a
key tile, fp32 across tiles). ``fp8-tma``, ``fp8-tma-ws`` and ``fp8-tma-persist`` are the same
arithmetic with the tiles copied by Hopper's TMA engine through tensor descriptors (V read from a
[B, H, D, N] copy), the last two with a warp-specialized key loop and with one persistent program
per SM (``kernels/attention/fwd_tma.py``). ``fp8-tma-kblock`` scales K per block of
:data:`KBLOCK` keys instead of per key, so that the kernel reads one K scale per tile and drops
the multiply per score that applies per-key scales (a coarser recipe: the probe reports its
error against fp64 next to the per-key one). The fp8 variants other than ``fp8`` and
``fp8-train`` are forward-only. ``int8`` is the int8 recipe's exact kernel (int8 Q·K, per-tile
scaled uint8 P on the int8 MMA, int32 accumulation: exact AND on Hopper's 8-bit tensor-core
rate); ``fp4`` reads NVFP4 Q/K packed (two e2m1 codes per byte plus e4m3 group scales), decodes
them to bf16 in registers (Hopper has no FP4 MMA) and runs e4m3 P·V. Both are forward-only
here; their Hadamard rotation and smoothing run in PyTorch before the kernel and are not timed.

A small set of tile configurations is tried per (recipe, D, causal) at one N and the best is
used for every N (a hand-rolled autotune that keeps compile time low). For fp8 the key tile
``block_n`` is part of the numerical recipe; the JSON records which one ran. ``--tune recorded``
reuses the tiles chosen in the recorded H200 run for the recipes it measured (and tunes only the
others); ``--precompile J`` compiles every kernel the sweep will launch in J processes first
(Triton's on-disk cache then serves the sweep), which cuts the compile time of a fresh machine.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import time
from pathlib import Path

import torch

#: (block_m, block_n, num_warps, num_stages) tried for the forward on a GPU.
FWD_CONFIGS = [(128, 64, 8, 3), (128, 128, 8, 3), (128, 64, 4, 4), (128, 128, 8, 4)]
#: Hopper-sized tiles for the fast path (two warpgroups of 64 query rows each).
FAST_CONFIGS = [(128, 128, 8, 3), (128, 128, 8, 4), (128, 64, 8, 3), (128, 64, 8, 4)]
#: Tiles tried for the TMA forward. A first H200 sweep (2026-12-04) tried the pointer path's
#: tiles, fewer warps, a 256-key tile and a 256-row block; one warpgroup on 64 query rows with
#: 128-key tiles won by 20%, so the space now spreads around that one.
TMA_CONFIGS = [(64, 128, 4, 3), (64, 128, 4, 2), (64, 128, 4, 4), (64, 64, 4, 3),
               (64, 64, 4, 4), (64, 256, 4, 2), (64, 256, 4, 3), (128, 128, 8, 3)]
#: Tiles with a register cap (5th: registers per thread) tried for ``fp8-tma-kblock``: at 168
#: registers and 2 stages three 4-warp programs fit on one SM (registers and shared memory) where
#: the uncapped 174 registers fit two; ptxas spills nothing at 168 for these tiles.
TMA_MAXNREG_CONFIGS = [(64, 128, 4, 2, 168), (64, 128, 4, 3, 168)]
#: Keys per K scale of ``fp8-tma-kblock`` (its tiles must divide it).
KBLOCK = 128
RECIPES = ("bf16", "fp8", "fp8-fastacc", "fp8-fast", "fp8-fast-2lvl", "int8", "fp4", "fp8-train",
           "fp8-train-fast", "fp8-tma", "fp8-tma-ws", "fp8-tma-persist", "fp8-tma-kblock")
#: Recipes prepared by the library's own quantizer (``quant.prepare``) for the benchmark
#: (``fp8-train-fast`` is the ``fp8-train`` recipe on the fast backward).
PREPARED_RECIPES = ("int8", "fp4", "fp8-train", "fp8-train-fast")
#: Recipes the backward sweep times (fp8-train: the FP8-dot backward; fp8-train-fast: its fast
#: kernels, backward only).
BWD_RECIPES = ("bf16", "fp32", "fp8", "fp8-train", "fp8-train-fast")
BWD_ONLY = ("fp8-train-fast",)
#: (block_m, block_n, num_warps, num_stages) tried for the fast FP8 backward: queries per dQ
#: program, keys per dK/dV program (multiples of the recipe's 64-wide tile). A first H200 sweep
#: (2026-12-04) also tried 4 warps and 64-wide blocks: 128 x 128 on 8 warps beat them by 25-70%,
#: when every dK/dV program spilled. Since the kernel keeps its accumulators in place and reads
#: by TMA, 64 keys or 2 stages spill nothing (``paddlecamp attention resources``); the space
#: keeps both and lets the next GPU sweep decide.
BWD_FAST_CONFIGS = [(128, 64, 8, 3), (128, 128, 8, 3), (128, 64, 8, 2), (128, 128, 8, 2),
                    (64, 64, 8, 3)]
#: The tiles of the (untimed) forward that gives the fast backward its O and log-sum-exp.
BWD_FAST_FWD_TILES = (128, 64, 8, 3)
FAST_RECIPES = ("fp8-fast", "fp8-fast-2lvl")
#: The fast forward through tensor descriptors (TMA): plain, warp-specialized, persistent, and
#: with one K scale per block of KBLOCK keys.
TMA_RECIPES = ("fp8-tma", "fp8-tma-ws", "fp8-tma-persist", "fp8-tma-kblock")
#: The recorded H200 run whose tile choices ``--tune recorded`` reuses (under data/results/).
RECORDED_RESULTS = "attention-bench-h200-2026-12-04.json"
DEFAULT_N = (1024, 2048, 4096, 8192, 16384)
DEFAULT_D = (64, 128)
TOKENS_PER_HEAD_BATCH = 16384   # B * N, so every N does the same amount of work per FLOP


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The bench's command-line options (shared by the CLI and bench/attention_kernels.py)."""
    p.add_argument("--n", default=",".join(map(str, DEFAULT_N)),
                   help="comma-separated sequence lengths (default: %(default)s)")
    p.add_argument("--dim", default="64,128", help="comma-separated head dims (64 and/or 128)")
    p.add_argument("--causal", default="both", choices=("both", "true", "false"))
    p.add_argument("--modes", default="fwd,bwd", help="fwd, bwd or both (comma-separated)")
    p.add_argument("--recipes", default="bf16,fp8,fp8-fastacc,fp8-fast,fp8-tma",
                   help="bf16, fp8 (exact fp32 accumulation), fp8-fastacc (Hopper's fast fp8 "
                        "accumulation, forward only), fp8-fast and fp8-fast-2lvl (the GPU fast "
                        "path, forward only), fp8-tma, fp8-tma-kblock, fp8-tma-ws and "
                        "fp8-tma-persist (the fast path through TMA, forward only), int8, fp4, "
                        "fp8-train (its backward multiplies in FP8), fp8-train-fast (that "
                        "backward on the fast kernels, backward only), comma-separated "
                        "(default: %(default)s)")
    p.add_argument("--tune", default="all", choices=("all", "recorded"),
                   help="try every tile configuration (all) or reuse the recorded H200 choices "
                        "where there are some (recorded)")
    p.add_argument("--recorded", default="",
                   help="results JSON whose tiles --tune recorded reuses (default: "
                        f"data/results/{RECORDED_RESULTS})")
    p.add_argument("--precompile", type=int, default=0,
                   help="compile the forward kernels in this many processes before timing (GPU)")
    p.add_argument("--precompile-only", action="store_true",
                   help="with --precompile: compile, then stop without timing anything")
    p.add_argument("--heads", type=int, default=0, help="heads (default: 2048 // D)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--out", default="", help="also write the JSON result to this file")


def recorded_best(path: "str | Path | None" = None) -> dict[tuple[str, int, bool], tuple[int, ...]]:
    """The forward tiles a recorded benchmark run chose, read from its JSON rows:
    ``{(recipe, D, causal): (block_m, block_n, num_warps, num_stages[, maxnreg])}``.

    ``path`` defaults to ``data/results/`` + :data:`RECORDED_RESULTS` in the checkout. The
    latest run of the file decides a key. A missing file, or rows of one run that chose two
    different tiles for one key, raise ValueError naming the file (``--tune all`` needs no
    recorded run).
    """
    if path is None:
        from paddlecamp import REPO_ROOT

        if REPO_ROOT is None:
            raise ValueError(f"--tune recorded reads data/results/{RECORDED_RESULTS} from the source "
                             "checkout, which this installation does not have; use --tune all "
                             "or --recorded FILE")
        path = REPO_ROOT / "data" / "results" / RECORDED_RESULTS
    path = Path(path)
    if not path.exists():
        raise ValueError(f"--tune recorded needs the recorded benchmark run {path}, which is "
                         "missing; use --tune all (tries every tile) or --recorded FILE")
    rows = json.loads(path.read_text(encoding="utf-8")).get("rows", [])
    best: dict[tuple[str, int, bool], tuple[int, ...]] = {}
    run_of: dict[tuple[str, int, bool], str] = {}
    # A file may hold several runs (rows with a "run" field, ISO times; rows without one come
    # first); a later run's choice replaces an earlier one's.
    for r in sorted(rows, key=lambda r: str(r.get("run", ""))):
        if r.get("impl") != "triton" or "block_m" not in r \
                or r.get("mode") != ("bwd" if r.get("recipe") in BWD_ONLY else "fwd"):
            continue
        key = (str(r["recipe"]), int(r["d"]), bool(r["causal"]))
        cfg = (int(r["block_m"]), int(r["block_n"]), int(r["num_warps"]), int(r["num_stages"]))
        if r.get("maxnreg"):
            cfg += (int(r["maxnreg"]),)
        run = str(r.get("run", ""))
        if run_of.get(key) == run and best[key] != cfg:
            raise ValueError(f"{path}: rows for {key} ran two tile choices in one run, "
                             f"{best[key]} and {cfg}")
        best[key], run_of[key] = cfg, run
    if not best:
        raise ValueError(f"{path} holds no Triton forward rows with tile choices")
    return best


def _ints(text: str, what: str) -> list[int]:
    try:
        vals = [int(x) for x in str(text).split(",") if x.strip()]
    except ValueError:
        raise ValueError(f"--{what} must be comma-separated integers, got {text!r}") from None
    if not vals or any(v <= 0 for v in vals):
        raise ValueError(f"--{what} must list positive integers, got {text!r}")
    return vals


def _words(text: str, allowed: tuple[str, ...], what: str) -> list[str]:
    vals = [x.strip() for x in str(text).split(",") if x.strip()]
    bad = [v for v in vals if v not in allowed]
    if bad or not vals:
        raise ValueError(f"--{what}: unknown {bad or text!r}; choose from {', '.join(allowed)}")
    return vals


def flops(batch: int, heads: int, n: int, d: int, causal: bool, mode: str) -> float:
    """FLOPs of one attention pass (FlashAttention convention)."""
    f = 4.0 * batch * heads * n * n * d * (0.5 if causal else 1.0)
    return f * (2.5 if mode == "bwd" else 1.0)


def _prepare(recipe: str, b: int, h: int, n: int, d: int, device: str):
    """Random N(0,1) operands in the recipe's storage: (prepared, v for the forward, dtype)."""
    from paddlecamp.attention.triton_backend import _Unquantized, _v_layout

    g = torch.Generator(device=device).manual_seed(0)
    dt = torch.bfloat16 if (recipe == "bf16" and device == "cuda") else torch.float32
    q, k, v = (torch.randn(b, h, n, d, device=device, generator=g, dtype=torch.float32) for _ in range(3))
    if recipe in ("bf16", "fp32"):  # the fp8 variants share the storage below
        prep = _Unquantized(q.to(dt), k.to(dt), v.to(dt))
        return prep, prep.v
    if recipe in PREPARED_RECIPES:
        from paddlecamp.attention.quant import prepare

        prep = prepare(q, k, v, recipe.removesuffix("-fast"))
        return prep, _v_layout(prep.v)
    # fp8: per-token e4m3 Q and K, per-channel e4m3 V, P scaled to 448 (the "fp8" recipe's
    # storage; its Hadamard/smoothing run in PyTorch outside the kernel and are not timed).
    def tok(x, block=1):
        a = x.abs().amax(-1)
        if block > 1:  # one scale per block of keys: the block's largest token amax
            a = a.unflatten(-1, (-1, block)).amax(-1, keepdim=True)
            a = a.expand(*a.shape[:-1], block).flatten(-2)
        s = (a / 448.0).clamp_min(1e-12)
        return (x / s[..., None]).to(torch.float8_e4m3fn), s.contiguous()
    qq, qs = tok(q)
    kq, ks = tok(k, KBLOCK if recipe == "fp8-tma-kblock" else 1)
    vs = (v.abs().amax(-2) / 448.0).clamp_min(1e-12).contiguous()
    vq = (v / vs[..., None, :]).to(torch.float8_e4m3fn)
    prep = _Unquantized(qq, kq, vq)
    prep.q_scale, prep.k_scale, prep.v_scale = qs, ks, vs
    prep.p_format, prep.p_scale, prep.do_format = "e4m3", 448.0, None
    return prep, _v_layout(vq)


def _timer(device: str):
    if device == "cuda":
        import triton.testing

        return lambda fn: float(triton.testing.do_bench(fn, warmup=10, rep=40))

    def cpu(fn):
        fn()
        t = time.perf_counter()
        fn()
        return (time.perf_counter() - t) * 1e3
    return cpu


def _fwd_fn(prep, v_fwd, causal: bool, cfg, device: str, recipe: str = ""):
    from paddlecamp.kernels.attention.fwd import attention_fwd, attention_fwd_fast
    from paddlecamp.kernels.attention.rounding import format_code

    bm, bn, nw, ns = cfg[:4]
    sm = 1.0 / math.sqrt(prep.q.shape[-1])
    fast_acc = recipe == "fp8-fastacc"
    out_dtype = torch.bfloat16 if device == "cuda" else torch.float32
    if recipe in TMA_RECIPES:
        from paddlecamp.kernels.attention.fwd_tma import attention_fwd_tma, v_major

        vt = v_major(v_fwd)

        def tma():
            return attention_fwd_tma(prep.q, prep.k, vt, prep.q_scale, prep.k_scale, prep.v_scale,
                                     causal=causal, sm_scale=sm, p_scale=prep.p_scale, block_n=bn,
                                     block_m=bm, num_warps=nw, num_stages=ns, out_dtype=out_dtype,
                                     warp_specialize=recipe == "fp8-tma-ws",
                                     persistent=recipe == "fp8-tma-persist",
                                     k_tile_scale=recipe == "fp8-tma-kblock",
                                     maxnreg=cfg[4] if len(cfg) > 4 else None)
        return tma
    if recipe in FAST_RECIPES:
        def fast():
            return attention_fwd_fast(prep.q, prep.k, v_fwd, prep.q_scale, prep.k_scale,
                                      prep.v_scale, causal=causal, sm_scale=sm,
                                      p_scale=prep.p_scale, block_n=bn, block_m=bm, num_warps=nw,
                                      num_stages=ns, out_dtype=out_dtype,
                                      two_level=recipe == "fp8-fast-2lvl")
        return fast

    from paddlecamp.attention.triton_backend import packed_fp4_operands

    extra = {"p_tile": prep.p_tile_scale, **packed_fp4_operands(prep)}

    def fn():
        return attention_fwd(prep.q, prep.k, v_fwd, prep.q_scale, prep.k_scale, prep.v_scale,
                             causal=causal, sm_scale=sm, p_format=format_code(prep.p_format),
                             p_scale=prep.p_scale, block_n=bn, block_m=bm, num_warps=nw,
                             num_stages=ns, out_dtype=out_dtype, fast_acc=fast_acc, **extra)
    return fn


def _bwd_dots(recipe: str, device: str) -> str:
    """What a backward row's products are (bf16 or fp16 on a GPU where fp32 in the interpreter)."""
    dot = "bf16" if device == "cuda" else "fp32"
    if recipe == "fp8-train-fast":
        return ("fp8 scores, fp16 dP, fp8 dV/dK/dQ, fast accumulation" if device == "cuda"
                else "fp8 scores, fp32 dP, fp8 dV/dK/dQ")
    return f"{dot} dP; fp8 dV/dK/dQ" if recipe == "fp8-train" else dot


def _bwd_fn(prep, v_fwd, causal: bool, cfg, device: str, recipe: str, fwd_cfg):
    """The backward of ``recipe`` on ``prep`` as a closure to time: its forward (tiles
    ``fwd_cfg``) runs once here for O and the log-sum-exp, dO is N(0,1) and, for the FP8-dot
    recipes, rounded per token beforehand (untimed, as the backend does). ``cfg`` is the fast
    backward's (block_m, block_n, num_warps, num_stages); the other recipes take None."""
    from paddlecamp.kernels.attention.bwd import attention_bwd

    d = prep.q.shape[-1]
    sm = 1.0 / math.sqrt(d)
    o, lse = _fwd_fn(prep, v_fwd, causal, fwd_cfg, device)()
    o = o.float()
    do = torch.randn_like(o)
    dot = 1 if device == "cuda" else 0
    if not getattr(prep, "bwd_fp8_dots", False):
        return lambda: attention_bwd(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale,
                                     prep.v_scale, o, lse, do, causal=causal, sm_scale=sm, dot=dot)
    from paddlecamp.attention.emulate import quantize_rows_grid
    from paddlecamp.attention.formats import to_storage

    grid, dscale = quantize_rows_grid(do, prep.do_format)
    do = (grid * dscale).contiguous()
    do8 = to_storage(grid, prep.do_format).contiguous()
    dscale = dscale.squeeze(-1).contiguous()
    if recipe in BWD_ONLY:
        from paddlecamp.kernels.attention.bwd_fast import attention_bwd_fast

        bm, bn, nw, ns = cfg if device == "cuda" else (None, None, None, None)
        return lambda: attention_bwd_fast(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale,
                                          prep.v_scale, o, lse, do, do8, dscale, causal=causal,
                                          sm_scale=sm, ds_format=prep.ds_format,
                                          do_format=prep.do_format, tile=prep.ds_block,
                                          block_m=bm, block_n=bn, num_warps=nw, num_stages=ns)
    return lambda: attention_bwd(prep.q, prep.k, prep.v, prep.q_scale, prep.k_scale, prep.v_scale,
                                 o, lse, do, causal=causal, sm_scale=sm, dot=dot, fp8_dots=True,
                                 ds_format=prep.ds_format, do_format=prep.do_format,
                                 block_m=prep.ds_block, block_n=prep.ds_block, do_grid=do8,
                                 do_scale=dscale)


def _candidates(recipe: str, device: str) -> list[tuple[int, ...]]:
    if device != "cuda":
        return [(64, 64, 4, 1)]
    if recipe in BWD_ONLY:
        return BWD_FAST_CONFIGS
    if recipe == "fp8-tma-kblock":
        return [c for c in TMA_CONFIGS if KBLOCK % c[1] == 0] + TMA_MAXNREG_CONFIGS
    if recipe in TMA_RECIPES:
        return TMA_CONFIGS
    return FAST_CONFIGS if recipe in FAST_RECIPES else FWD_CONFIGS


def _compile_job(job) -> str:
    """Run one forward (or fast backward) configuration once at a small N (a precompile worker)."""
    recipe, d, causal, cfg, h, device = job
    try:
        prep, v_fwd = _prepare(recipe, 1, h, 512 if device == "cuda" else 64, d, device)
        if recipe in BWD_ONLY:
            _bwd_fn(prep, v_fwd, causal, cfg, device, recipe, BWD_FAST_FWD_TILES)()
        else:
            _fwd_fn(prep, v_fwd, causal, cfg, device, recipe)()
        if device == "cuda":
            torch.cuda.synchronize()
        return ""
    except Exception as exc:  # reported; the sweep tries (and reports) it again
        return f"{job}: {type(exc).__name__}: {str(exc)[:160]}"


def precompile(jobs: list, processes: int) -> list[str]:
    """Compile the forward kernels of ``jobs`` ((recipe, d, causal, cfg, heads, device)) in
    parallel processes. Triton's cache key does not depend on N beyond divisibility by 16, so the
    sweep then loads these binaries instead of compiling. Returns the failures' messages."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=processes, mp_context=mp.get_context("spawn")) as ex:
        return [m for m in ex.map(_compile_job, jobs) if m]


def run_sweep(ns: list[int], dims: list[int], causals: list[bool], modes: list[str],
              recipes: list[str], heads: int = 0, progress: bool = True,
              partial_out: str | None = None, tune: str = "all", precompile_jobs: int = 0,
              precompile_only: bool = False, recorded: dict | None = None) -> dict:
    """Run the benchmark; returns ``{"meta": {...}, "rows": [...]}`` (see module docstring).

    ``partial_out``: a JSON file rewritten after every measurement, so that a run cut short
    still leaves what it measured. ``recorded``: the tiles ``tune="recorded"`` reuses (default:
    :func:`recorded_best` of the recorded H200 run).
    """
    import triton

    device = "cuda" if torch.cuda.is_available() else "cpu"
    timer = _timer(device)
    if tune == "recorded" and recorded is None:
        recorded = recorded_best()
    recorded = recorded or {}
    rows: list[dict] = []
    meta = {
        "device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu (Triton interpreter)",
        "torch": torch.__version__, "triton": triton.__version__,
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d"),
        "timer": "triton.testing.do_bench median ms" if device == "cuda" else "perf_counter, 1 call",
        "flops": "fwd 4*B*H*N^2*D (x0.5 causal); bwd 2.5x fwd",
    }
    if device == "cpu":
        # The interpreter: one tiny case, fp32 instead of bf16 (bf16 dots are broken there).
        ns, dims, heads = [128], [64], 1
        recipes = ["fp32" if r == "bf16" else r for r in recipes]
    sdpa_dtype = torch.bfloat16 if device == "cuda" else torch.float32
    chosen: dict = {}
    if device == "cuda" and precompile_jobs > 0:
        jobs = []
        for d in dims:
            for causal in causals:
                for recipe in recipes:
                    if ("bwd" if recipe in BWD_ONLY else "fwd") not in modes:
                        continue
                    key = (recipe, d, causal)
                    cfgs = [recorded[key]] if (tune == "recorded" and key in recorded) \
                        else _candidates(recipe, device)
                    jobs += [(recipe, d, causal, cfg, heads or max(1, 2048 // d), device) for cfg in cfgs]
        t0 = time.perf_counter()
        failed = precompile(jobs, precompile_jobs)
        meta["precompile"] = {"kernels": len(jobs), "processes": precompile_jobs,
                              "seconds": round(time.perf_counter() - t0, 1), "failed": failed}
        if progress:
            print(f"precompiled {len(jobs)} kernels in {meta['precompile']['seconds']} s; "
                  f"failed: {failed or 'none'}", flush=True)
        if precompile_only:
            return {"meta": meta, "rows": []}

    def log(msg: str) -> None:
        if progress:
            print(msg, flush=True)
        if partial_out:
            Path(partial_out).write_text(json.dumps({"meta": meta, "rows": rows, "partial": True}, indent=1))

    for d in dims:
        h = heads or max(1, 2048 // d)
        for causal in causals:
            for n in ns:
                b = max(1, TOKENS_PER_HEAD_BATCH // n) if device == "cuda" else 1
                base = dict(n=n, d=d, causal=causal, batch=b, heads=h)
                for mode in modes:
                    fl = flops(b, h, n, d, causal, mode)
                    # --- SDPA in bf16, the peer ---
                    g = torch.Generator(device=device).manual_seed(1)
                    q, k, v = (torch.randn(b, h, n, d, device=device, generator=g).to(sdpa_dtype)
                               for _ in range(3))
                    sdpa = torch.nn.functional.scaled_dot_product_attention
                    if mode == "fwd":
                        ms = timer(lambda: sdpa(q, k, v, is_causal=causal))
                    else:
                        q.requires_grad_(), k.requires_grad_(), v.requires_grad_()
                        o = sdpa(q, k, v, is_causal=causal)
                        do = torch.randn_like(o)
                        ms = timer(lambda: torch.autograd.grad(o, (q, k, v), do, retain_graph=True))
                        del o, do
                    rows.append({**base, "mode": mode, "impl": "sdpa", "recipe": str(sdpa_dtype).replace("torch.", ""),
                                 "ms": ms, "tflops": fl / ms * 1e-9})
                    log(f"D={d} causal={causal} N={n} {mode} sdpa: {rows[-1]['tflops']:.1f} TFLOP/s")
                    del q, k, v
                    # --- Triton kernels ---
                    for recipe in recipes:
                        if (mode == "bwd" and recipe not in BWD_RECIPES) or \
                                (mode == "fwd" and recipe in BWD_ONLY):
                            continue  # forward-only or backward-only variants
                        prep, v_fwd = _prepare(recipe, b, h, n, d, device)
                        if mode == "fwd":
                            def make(p, vf, cfg, recipe=recipe):
                                return _fwd_fn(p, vf, causal, cfg, device, recipe)
                        else:
                            fwd_cfg = chosen.get((recipe, d, causal), (64, 64, 4, 1))
                            if recipe in BWD_ONLY:
                                fwd_cfg = (64, 64, 4, 1) if device == "cpu" else BWD_FAST_FWD_TILES

                            def make(p, vf, cfg, recipe=recipe, fwd_cfg=fwd_cfg):
                                return _bwd_fn(p, vf, causal, cfg, device, recipe, fwd_cfg)
                        if mode == "fwd" or recipe in BWD_ONLY:
                            key = (recipe, d, causal)
                            if key not in chosen and tune == "recorded" and device == "cuda" \
                                    and key in recorded:
                                chosen[key] = recorded[key]
                                log(f"  tiles for {key}: {chosen[key]} (recorded)")
                            if key not in chosen:
                                cands = _candidates(recipe, device)
                                timed = []
                                # Tune at N = 4096 (or the nearest N asked for), whatever N comes first.
                                n_t = min(ns, key=lambda x: abs(math.log(x / 4096)))
                                b_t = max(1, TOKENS_PER_HEAD_BATCH // n_t) if device == "cuda" else 1
                                tprep, tv = _prepare(recipe, b_t, h, n_t, d, device)
                                for cfg in cands:
                                    try:
                                        timed.append((timer(make(tprep, tv, cfg)), cfg))
                                    except Exception as exc:  # a config that does not fit (registers, smem)
                                        log(f"  config {cfg} failed: {type(exc).__name__}: {str(exc)[:120]}")
                                if not timed:
                                    raise RuntimeError(f"no {mode} configuration ran for {key}")
                                chosen[key] = min(timed)[1]
                                del tprep, tv
                                log(f"  tiles for {key}: {chosen[key]} (of {[round(t, 3) for t, _ in timed]} ms)")
                            cfg = chosen[key]
                            extra = {"block_m": cfg[0], "block_n": cfg[1], "num_warps": cfg[2], "num_stages": cfg[3]}
                            if len(cfg) > 4:
                                extra["maxnreg"] = cfg[4]
                        else:
                            cfg, extra = None, {}
                        ms = timer(make(prep, v_fwd, cfg))
                        if mode == "bwd":
                            extra["dot"] = _bwd_dots(recipe, device)
                        rows.append({**base, "mode": mode, "impl": "triton", "recipe": recipe,
                                     "ms": ms, "tflops": fl / ms * 1e-9, **extra})
                        log(f"D={d} causal={causal} N={n} {mode} triton {recipe}: {rows[-1]['tflops']:.1f} TFLOP/s")
                        del prep, v_fwd
                    if device == "cuda":
                        torch.cuda.empty_cache()
    # Ratios against SDPA measured in the same run.
    peers = {(r["n"], r["d"], r["causal"], r["mode"]): r["ms"] for r in rows if r["impl"] == "sdpa"}
    for r in rows:
        if r["impl"] == "triton":
            r["speedup_vs_sdpa"] = peers[(r["n"], r["d"], r["causal"], r["mode"])] / r["ms"]
    return {"meta": meta, "rows": rows}


def probe_fast(n: int = 4096, d: int = 128, heads: int = 8, out: str | None = None) -> dict:
    """Accuracy of the fast forward against the exact kernel, the emulator and fp64, and (on a
    GPU) one timing of the warp-specialized key loop, on the benchmark's operands
    (per-token e4m3 Q/K, per-channel e4m3 V, P scaled to 448, N(0,1) data, non-causal).

    Errors are over all outputs: ``max_abs`` and ``rmse`` against the emulator (what the exact
    kernel reproduces; for ``fp8-tma-kblock`` the emulator on its own per-block K operands) and
    ``rmse_fp64`` against fp64 attention on the unquantized inputs.
    """
    from paddlecamp.attention import emulate
    from paddlecamp.kernels.attention.fwd import attention_fwd_fast

    device = "cuda" if torch.cuda.is_available() else "cpu"
    prep, v_fwd = _prepare("fp8", 1, heads, n, d, device)
    g = torch.Generator(device=device).manual_seed(0)
    q, k, v = (torch.randn(1, heads, n, d, device=device, generator=g) for _ in range(3))
    sm = 1.0 / math.sqrt(d)
    ref64 = torch.softmax(q.double() @ k.double().transpose(-1, -2) * sm, -1) @ v.double()
    emu, _ = emulate.attention_prepared(prep, False, sm, 128)
    result: dict = {"shape": {"batch": 1, "heads": heads, "n": n, "d": d, "causal": False},
                    "device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu",
                    "block_n": 128, "errors": {}}

    def errs(o, ref=emu):
        o = o.float()
        return {"max_abs": (o - ref).abs().max().item(),
                "rmse": (o - ref).pow(2).mean().sqrt().item(),
                "rmse_fp64": (o.double() - ref64).pow(2).mean().sqrt().item()}

    def save():
        if out:
            Path(out).write_text(json.dumps(result, indent=1) + "\n")

    result["errors"]["emulator"] = errs(emu)
    cfg = (128, 128, 8, 3) if device == "cuda" else (64, 128, 4, 1)
    for recipe in ("fp8", "fp8-fastacc", "fp8-fast", "fp8-fast-2lvl") + TMA_RECIPES:
        try:
            if recipe == "fp8-tma-kblock":  # its own operands (K per block) and emulator
                kprep, kv = _prepare(recipe, 1, heads, n, d, device)
                o, _ = _fwd_fn(kprep, kv, False, cfg, device, recipe)()
                result["errors"][recipe] = errs(o, emulate.attention_prepared(kprep, False, sm, 128)[0])
                continue
            o, _ = _fwd_fn(prep, v_fwd, False, cfg, device, recipe)()
            result["errors"][recipe] = errs(o)
        except Exception as exc:  # the TMA variants are experiments on a GPU: report, go on
            result["errors"][recipe] = {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    save()  # before the experiment below, which may not come back
    if device == "cuda":
        timer = _timer(device)
        fl = flops(1, heads, n, d, False, "fwd")
        base = _fwd_fn(prep, v_fwd, False, cfg, device, "fp8-fast")
        result["fp8_fast_tflops"] = fl / timer(base) * 1e-9
        try:
            def ws():
                return attention_fwd_fast(prep.q, prep.k, v_fwd, prep.q_scale, prep.k_scale,
                                          prep.v_scale, causal=False, sm_scale=sm,
                                          p_scale=prep.p_scale, block_n=128, block_m=128,
                                          num_warps=8, num_stages=3, out_dtype=torch.bfloat16,
                                          warp_specialize=True)
            o_ws = ws()[0].float()
            result["warp_specialize"] = {"tflops": fl / timer(ws) * 1e-9,
                                         "max_abs_vs_plain": (o_ws - base()[0].float()).abs().max().item()}
        except Exception as exc:  # an experiment: report, don't fail
            result["warp_specialize"] = {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    save()
    return result


def profile_backward(n: int = 8192, d: int = 128, batch: int = 2, heads: int = 16,
                     cfgs: "list[tuple[int, int, int, int]] | None" = None, calls: int = 5,
                     out: str | None = None) -> dict:
    """CUDA time per call (ms, mean of ``calls``) of each kernel of the fast FP8 backward
    (``fp8-train-fast``) at one shape, causal and not, for each tile ``cfgs`` (default: the
    first two of :data:`BWD_FAST_CONFIGS`), from ``torch.profiler``. Needs a GPU."""
    from torch.profiler import ProfilerActivity, profile

    if not torch.cuda.is_available():
        raise RuntimeError("profile_backward times CUDA kernels; no GPU here")
    result: dict = {"what": f"torch.profiler CUDA time per call (ms, mean of {calls}) of the fast "
                            f"FP8 backward at B={batch}, H={heads}, N={n}, D={d}",
                    "device": torch.cuda.get_device_name(0), "runs": {}}
    prep, v_fwd = _prepare("fp8-train-fast", batch, heads, n, d, "cuda")
    for cfg in cfgs or BWD_FAST_CONFIGS[:2]:
        for causal in (False, True):
            fn = _bwd_fn(prep, v_fwd, causal, cfg, "cuda", "fp8-train-fast", BWD_FAST_FWD_TILES)
            fn()
            torch.cuda.synchronize()
            with profile(activities=[ProfilerActivity.CUDA]) as prof:
                for _ in range(calls):
                    fn()
                torch.cuda.synchronize()
            times = {e.key[:60]: round(e.device_time_total / calls / 1000, 3)
                     for e in prof.key_averages() if e.device_time_total > 0}
            result["runs"][f"tiles={list(cfg)} causal={causal}"] = dict(
                sorted(times.items(), key=lambda kv: -kv[1]))
            if out:
                Path(out).write_text(json.dumps(result, indent=1) + "\n")
    return result


def format_table(result: dict) -> str:
    """A plain-text table of a result, one line per measurement."""
    lines = [f"{result['meta']['device']}  torch {result['meta']['torch']}  triton {result['meta']['triton']}",
             f"{'mode':4} {'D':>4} {'causal':>6} {'N':>6} {'impl':7} {'recipe':9} {'ms':>9} {'TFLOP/s':>8} {'vs SDPA':>7}"]
    for r in result["rows"]:
        ratio = f"{r['speedup_vs_sdpa']:.2f}x" if "speedup_vs_sdpa" in r else ""
        lines.append(f"{r['mode']:4} {r['d']:>4} {str(r['causal']):>6} {r['n']:>6} {r['impl']:7} "
                     f"{r['recipe']:9} {r['ms']:>9.3f} {r['tflops']:>8.1f} {ratio:>7}")
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    """Entry point of ``paddlecamp attention bench``; returns the exit code."""
    from paddlecamp.devices import configure

    configure("auto")  # without a GPU: Triton's interpreter, switched on before triton loads
    ns = _ints(getattr(args, "n", ",".join(map(str, DEFAULT_N))), "n")
    dims = _ints(getattr(args, "dim", "64,128"), "dim")
    bad = [d for d in dims if d not in DEFAULT_D]
    if bad:
        raise ValueError(f"--dim: the kernels support head dims 64 and 128, got {bad}")
    causal_arg = str(getattr(args, "causal", "both")).lower()
    causals = {"both": [False, True], "true": [True], "false": [False]}.get(causal_arg)
    if causals is None:
        raise ValueError(f"--causal must be both, true or false, got {causal_arg!r}")
    modes = _words(getattr(args, "modes", "fwd,bwd"), ("fwd", "bwd"), "modes")
    recipes = _words(getattr(args, "recipes", ",".join(RECIPES)), RECIPES, "recipes")
    as_json = bool(getattr(args, "json", False))
    tune = str(getattr(args, "tune", "all"))
    if tune not in ("all", "recorded"):
        raise ValueError(f"--tune must be all or recorded, got {tune!r}")
    recorded = None
    if tune == "recorded":
        recorded = recorded_best(getattr(args, "recorded", "") or None)
    result = run_sweep(ns, dims, causals, modes, recipes, heads=int(getattr(args, "heads", 0) or 0),
                       progress=not as_json, partial_out=getattr(args, "partial_out", None),
                       tune=tune, precompile_jobs=int(getattr(args, "precompile", 0) or 0),
                       precompile_only=bool(getattr(args, "precompile_only", False)),
                       recorded=recorded)
    text = json.dumps(result, indent=1)
    out = getattr(args, "out", "") or ""
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text + "\n")
    print(text if as_json else format_table(result))
    return 0
