"""``paddlecamp graphs``: extract, roundtrip, dtype, stats, check (torch is imported inside actions)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("graphs", help="GraphNet computation-graph samples: extract, round trip, dtype, stats",
                       description="Read, write and check computation-graph samples in GraphNet's format.")
    p.set_defaults(_group_parser=p)
    acts = p.add_subparsers(dest="graphs_command", metavar="ACTION")

    e = acts.add_parser("extract", help="extract samples from a corpus model or your own model file")
    e.add_argument("model", help="a corpus model name ('list' prints them), or FILE.py:FUNC where "
                                 "FUNC() returns (model, example_inputs); that file is run, so only use your own")
    e.add_argument("--out", help="output directory (one sample, or subgraph_N dirs)")
    e.add_argument("--dynamic", action="store_true", help="mark dims dynamic (writes constraints)")
    e.add_argument("--force", action="store_true", help="replace --out if it exists and is not empty")
    e.set_defaults(func=_extract)

    r = acts.add_parser("roundtrip", help="parse -> serialize -> parse each sample and compare")
    r.add_argument("paths", nargs="+", help="sample directories (searched recursively for model.py)")
    r.add_argument("--json", action="store_true", help="one JSON object per sample per line")
    r.add_argument("--timeout", type=float, default=60.0, help="seconds per sample (default 60)")
    r.add_argument("--no-numeric", action="store_true", help="skip running the graphs")
    r.set_defaults(func=_roundtrip)

    d = acts.add_parser("dtype", help="generalize fp32 samples to float16/bfloat16 and validate them")
    d.add_argument("paths", nargs="+", help="sample directories")
    d.add_argument("--to", required=True, choices=["float16", "bfloat16"], dest="target")
    d.add_argument("--out", required=True, help="directory for the generalized samples")
    d.add_argument("--json", action="store_true", help="one JSON object per sample per line")
    d.add_argument("--update", action="store_true",
                   help="record the pass in each SOURCE sample's graph_net.json (off by default: "
                        "the source samples are only read)")
    d.add_argument("--no-update", action="store_true", help=argparse.SUPPRESS)  # the old default, now a no-op
    d.add_argument("--force", action="store_true", help="replace --out if it exists and is not empty")
    d.set_defaults(func=_dtype)

    s = acts.add_parser("stats", help="op histogram and fusible-pattern counts")
    s.add_argument("paths", nargs="+", help="sample directories")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--top", type=int, default=20, help="ops to show (default 20)")
    s.set_defaults(func=_stats)

    c = acts.add_parser("check", help="round trip, semantics and dtype checks over a corpus (resumable JSONL)",
                        description="Check every sample under CORPUS_DIR in worker processes: round trip, "
                                    "semantics against the original model.py (run in a forked child) and dtype "
                                    "generalization. One JSONL line per sample; a summary at the end.")
    c.add_argument("corpus", metavar="CORPUS_DIR", help="directory searched recursively for model.py")
    c.add_argument("--dtype", default="", help="comma-separated dtypes to generalize to (float16,bfloat16)")
    c.add_argument("--no-semantics", action="store_true", help="skip running the original model.py")
    c.add_argument("--no-numeric", action="store_true",
                   help="round trip on structure and text only: run no graph (implies --no-semantics, no --dtype)")
    c.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    c.add_argument("--out", help="JSONL results, appended (default: check.jsonl in the current directory)")
    c.add_argument("--resume", metavar="FILE", help="skip samples already recorded in FILE (may be --out)")
    c.add_argument("--summary", metavar="FILE", help="summary JSON (default: --out with .summary.json)")
    c.add_argument("--commit", help="GraphNet commit to record when CORPUS_DIR is not inside a git checkout")
    c.add_argument("--timeout", type=float, default=120.0, help="seconds per sample and phase (default 120)")
    c.add_argument("--limit", type=int, help="only the first N samples (sorted by path, or in --shuffle order)")
    c.add_argument("--shuffle", type=int, metavar="SEED",
                   help="check in a seeded random order: a run stopped early (or --limit) is a uniform random "
                        "subset, and --resume with the same seed completes it")
    c.add_argument("--max-input-gib", type=float, default=None,
                   help="samples whose inputs exceed this skip the numeric checks (default 2)")
    c.add_argument("--retry", metavar="CLASSES", default="",
                   help="with --resume: check again the recorded samples whose failure class (any column) starts "
                        "with one of these comma-separated prefixes, e.g. timeout,skipped:too-large")
    c.add_argument("--json", action="store_true", help="print the summary as JSON")
    c.set_defaults(func=_check)


def _samples(paths: list[str]) -> list[Path]:
    from paddlecamp.cli import CliError
    from paddlecamp.graphs.sample import find_samples

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise CliError(f"no such file or directory: {missing[0]}")
    found = find_samples(paths)
    if not found:
        raise CliError(f"no sample (a directory with model.py) under {', '.join(paths)}")
    return found


def _extract(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.graphs.corpus import MODELS, extract_model

    if args.model == "list":
        for name in MODELS:
            print(name)
        return 0
    if not args.out:
        raise CliError("--out is required")
    _check_out(args.out, args.force)
    if ".py:" in args.model:
        import importlib.util

        from paddlecamp.graphs.extract import extract

        file, func = args.model.rsplit(":", 1)
        if not Path(file).is_file():
            raise CliError(f"no such file: {file}")
        spec = importlib.util.spec_from_file_location("user_model", file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # the user's own file, named on the command line
        if not callable(getattr(module, func, None)):
            raise CliError(f"{file} has no function {func}")
        model, inputs = getattr(module, func)()
        paths = extract(model, tuple(inputs), args.out, name=Path(file).stem, dynamic=args.dynamic,
                        force=args.force)
    elif args.model in MODELS:
        paths = extract_model(args.model, args.out, dynamic=args.dynamic or None, force=args.force)
    else:
        raise CliError(f"unknown model {args.model!r}; `paddlecamp graphs extract list` shows them")
    for path in paths:
        print(path)
    return 0


def _roundtrip(args: argparse.Namespace) -> int:
    from paddlecamp.graphs.roundtrip import roundtrip_many

    results = roundtrip_many(_samples(args.paths), timeout=args.timeout, numeric=not args.no_numeric)
    for r in results:
        if args.json:
            d = r.to_json()
            print(json.dumps({k: d[k] for k in ("sample", "ok", "structural_equal", "max_abs_err", "error")},
                             ensure_ascii=False))
        elif not r.ok:
            print(f"FAIL {r.sample}: {r.error}")
    ok = sum(r.ok for r in results)
    print(f"{ok}/{len(results)} samples round-trip", file=sys.stderr)
    return 0 if ok == len(results) else 1


def _check_out(out: str, force: bool) -> None:
    from paddlecamp.cli import CliError
    from paddlecamp.graphs.extract import OutputExistsError, check_output_dir

    try:
        check_output_dir(out, force)
    except OutputExistsError as exc:
        raise CliError(str(exc)) from None


def _dtype(args: argparse.Namespace) -> int:
    from paddlecamp.graphs.dtype import generalize_many

    samples = _samples(args.paths)
    _check_out(args.out, args.force)
    results = generalize_many(samples, args.target, args.out, update_source=args.update, force=args.force)
    for r in results:
        if args.json:
            print(json.dumps(r.to_json(), ensure_ascii=False))
        else:
            t = "-" if r.min_t is None else r.min_t
            print(f"{'ok  ' if r.ok else 'FAIL'} t={t:>3} {r.sample}" + (f": {r.reason}" if r.reason else ""))
    ok = sum(r.ok for r in results)
    print(f"{ok}/{len(results)} samples pass at t <= 1 in {args.target}", file=sys.stderr)
    return 0 if ok == len(results) else 1


def _stats(args: argparse.Namespace) -> int:
    from paddlecamp.graphs.stats import corpus_stats

    total, errors = corpus_stats(_samples(args.paths))
    if args.json:
        print(json.dumps({**total.to_json(), "errors": errors}, ensure_ascii=False, indent=1))
    else:
        print(f"samples {total.samples}  nodes {total.nodes}")
        print(f"elementwise chains {total.elementwise_chains} ({total.chain_ops} ops)  "
              f"reduction+elementwise {total.reduction_elementwise}  "
              f"matmul epilogues {total.matmul_epilogues}  layout ops {total.layout_ops}")
        for name, count in total.ops.most_common(args.top):
            print(f"{count:8d}  {name}")
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
    return 1 if errors else 0


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds check_corpus, which stops its workers


def _check(args: argparse.Namespace) -> int:
    import signal
    import time

    from paddlecamp.cli import CliError
    from paddlecamp.graphs.check import DEFAULT_MAX_INPUT_GIB, check_corpus, format_summary, summary_document

    root = Path(args.corpus)
    if not root.is_dir():
        raise CliError(f"no such directory: {root}")
    dtypes = tuple(d.strip() for d in args.dtype.split(",") if d.strip())
    bad = [d for d in dtypes if d not in ("float16", "bfloat16")]
    if bad:
        raise CliError(f"--dtype: {bad[0]!r} is not float16 or bfloat16")
    if args.jobs < 1:
        raise CliError("--jobs must be at least 1")
    out = Path(args.out or "check.jsonl")
    if out.exists() and out.stat().st_size and not args.resume:
        raise CliError(f"{out} exists and is not empty: pass --resume {out} to continue it, or another --out")
    if args.resume and not Path(args.resume).is_file():
        raise CliError(f"--resume: no such file: {args.resume}")
    retry = tuple(c.strip() for c in args.retry.split(",") if c.strip())
    if retry and not args.resume:
        raise CliError("--retry re-checks samples recorded in --resume FILE: pass --resume")
    if args.no_numeric and dtypes:
        raise CliError("--no-numeric runs no graph: it cannot be combined with --dtype")
    semantics = not (args.no_semantics or args.no_numeric)
    old_handler = signal.signal(signal.SIGTERM, _terminate)
    t0 = time.perf_counter()
    try:
        records = check_corpus(root, out, semantics=semantics, numeric=not args.no_numeric, dtypes=dtypes,
                               jobs=args.jobs, timeout=args.timeout, limit=args.limit, resume=args.resume,
                               max_input_gib=args.max_input_gib or DEFAULT_MAX_INPUT_GIB, shuffle=args.shuffle,
                               retry=retry)
    finally:
        signal.signal(signal.SIGTERM, old_handler)
    if not records:
        raise CliError(f"no sample (a directory with model.py) under {root}")
    doc = summary_document(records, root, dtypes=dtypes, semantics=semantics, numeric=not args.no_numeric,
                           commit=args.commit,
                           wall_seconds=time.perf_counter() - t0, jobs=args.jobs, timeout=args.timeout,
                           shuffle=args.shuffle)
    summary = Path(args.summary) if args.summary else out.with_suffix(".summary.json")
    summary.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(doc, ensure_ascii=False))
    else:
        print(format_summary(doc))
        print(f"results: {out}  summary: {summary}", file=sys.stderr)
    return 0 if doc["ok"] == doc["samples"] else 1
