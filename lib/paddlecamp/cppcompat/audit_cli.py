"""Probe the ATen/c10/torch C++ API coverage of paddle's compat headers: for each probe of the
catalogue, whether it compiles, runs and matches torch, on torch (the control), paddle and,
with --shims, paddle plus the project's shims in kernels/cpp/compat_ext.

Compiles are syntax-only and batched (one translation unit per framework), runs are batched
into one module per framework and executed in a child process; verdicts and modules are
cached, so a second run takes seconds.
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shims", action=argparse.BooleanOptionalAction, default=False,
                        help="also audit paddle with kernels/cpp/compat_ext force-included (default: off)")
    parser.add_argument("--subset", choices=("ci", "all"), default="all", help="probe subset (ci: ~30 probes)")
    parser.add_argument("--only", metavar="PATTERN", help="glob over probe ids or categories, e.g. 'at_*' or reductions")
    parser.add_argument("--json", metavar="OUT", type=Path, help="write the matrix as JSON")
    parser.add_argument("--markdown", metavar="OUT", type=Path, help="write the Markdown summary")
    parser.add_argument("--html", metavar="OUT", type=Path, help="write the HTML summary")
    parser.add_argument("--jobs", type=int, default=1, help="compile units in parallel (default 1: shared machines)")
    parser.add_argument("--catalogue", type=Path, help="probe catalogue (default data/cppcompat/probes.yaml)")
    parser.add_argument("--no-cache", action="store_true", help="recompile every probe")


def main(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.cppcompat import audit, audit_report, probes
    from paddlecamp.cppcompat.toolchain import ToolchainError

    try:
        catalogue = probes.load_probes(args.catalogue)
    except (probes.ProbeCatalogueError, FileNotFoundError) as error:
        raise CliError(str(error)) from error
    chosen = probes.select(catalogue, args.subset, args.only)
    if not chosen:
        raise CliError(f"no probe matches --only {args.only!r} in subset {args.subset!r}")
    if args.jobs < 1:
        raise CliError("--jobs must be at least 1")
    try:
        result = audit.audit(chosen, shims=args.shims, jobs=args.jobs, use_cache=not args.no_cache)
    except ToolchainError as error:
        raise CliError(str(error)) from error
    command = "paddlecamp cppcompat audit " + " ".join(shlex.quote(a) for a in sys.argv[3:])
    data = audit_report.audit_document(result, command.strip())
    for row in audit_report.category_table(data):
        if row["category"] == "total":
            for variant in data["variants"]:
                c = row[variant]
                print(f"{variant:>13}: {c['compiles']}/{c['probes']} compile, {c['runs']}/{c['runnable']} run, "
                      f"{c['matches']}/{c['runnable']} match torch")
    if data["bad_probes"]:
        print(f"bad probes (fail on torch): {', '.join(data['bad_probes'])}")
    if args.shims:
        print(f"closed by the shims: {len(audit_report.closed_by_shims(data))} probes")
    for path, text in ((args.json, lambda: json.dumps(data, indent=1)),
                       (args.markdown, lambda: audit_report.render_markdown(data)),
                       (args.html, lambda: audit_report.render_html(data))):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{path.name}.partial")
            partial.write_text(text())
            partial.replace(path)
            print(f"wrote {path}")
    return 0
