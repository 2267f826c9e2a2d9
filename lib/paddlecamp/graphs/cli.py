"""``paddlecamp graphs``: extract, roundtrip, dtype, stats (torch is imported inside actions)."""
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
    d.add_argument("--no-update", action="store_true",
                   help="do not record passing passes in the source graph_net.json")
    d.set_defaults(func=_dtype)

    s = acts.add_parser("stats", help="op histogram and fusible-pattern counts")
    s.add_argument("paths", nargs="+", help="sample directories")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--top", type=int, default=20, help="ops to show (default 20)")
    s.set_defaults(func=_stats)


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
        paths = extract(model, tuple(inputs), args.out, name=Path(file).stem, dynamic=args.dynamic)
    elif args.model in MODELS:
        paths = extract_model(args.model, args.out, dynamic=args.dynamic or None)
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


def _dtype(args: argparse.Namespace) -> int:
    from paddlecamp.graphs.dtype import generalize_many

    results = generalize_many(_samples(args.paths), args.target, args.out, update_source=not args.no_update)
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
