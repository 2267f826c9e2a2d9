"""Build the vendored public operator sources (pytorch_scatter, pytorch_cluster,
pytorch_spline_conv CPU kernels, unmodified) against torch and paddle, and report each as
builds / runs / matches torch, or the exact first gap (compiler error with file and line).

The upstream files are pinned in data/cppcompat/sources.yaml (released source archives on the
package registry) and fetched with --fetch; full builds take 20-60 s each (cached afterwards).
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shims", action=argparse.BooleanOptionalAction, default=True,
                        help="also build for paddle with kernels/cpp/compat_ext (default: on)")
    parser.add_argument("--only", metavar="NAME", action="append", help="build only these sources (repeatable)")
    parser.add_argument("--fetch", action="store_true",
                        help="download missing upstream files (the pinned source archives, from the package registry)")
    parser.add_argument("--json", metavar="OUT", type=Path, help="write the results as JSON")


def main(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.cppcompat import sources
    from paddlecamp.cppcompat.toolchain import ToolchainError

    try:
        chosen = sources.load_sources()
    except (sources.SourceManifestError, FileNotFoundError) as error:
        raise CliError(str(error)) from error
    if args.only:
        unknown = sorted(set(args.only) - {s.name for s in chosen})
        if unknown:
            raise CliError(f"unknown source(s) {unknown}; known: {[s.name for s in chosen]}")
        chosen = [s for s in chosen if s.name in args.only]
    if args.fetch:
        for source in chosen:
            try:
                for path in sources.fetch(source):
                    print(f"fetched {path}")
            except OSError as error:
                raise CliError(f"{source.name}: cannot download {source.sdist}: {error}") from error
    missing = {s.name: sources.file_problems(s) for s in chosen}
    missing = {k: v for k, v in missing.items() if v}
    if missing:
        raise CliError("upstream files not available: " + "; ".join(f"{k}: {v[0]}" for k, v in missing.items())
                       + " (run with --fetch)")
    try:
        results = sources.check_sources(chosen, shims=args.shims)
    except ToolchainError as error:
        raise CliError(str(error)) from error
    for source in chosen:
        for variant, outcome in results[source.name].items():
            verdict = ("matches" if outcome.matches else "runs, differs" if outcome.runs else
                       "builds, fails at run time" if outcome.builds else "does not build")
            gap = f" — first gap: {outcome.first_gap}" if outcome.first_gap else ""
            print(f"{source.name:>13} [{variant:>12}] {verdict} ({outcome.build_s} s){gap}")
    if args.json:
        command = "paddlecamp cppcompat sources " + " ".join(shlex.quote(a) for a in sys.argv[3:])
        data = sources.sources_document(chosen, results, command.strip())
        args.json.parent.mkdir(parents=True, exist_ok=True)
        partial = args.json.with_name(f".{args.json.name}.partial")
        partial.write_text(json.dumps(data, indent=1))
        partial.replace(args.json)
        print(f"wrote {args.json}")
    return 0
