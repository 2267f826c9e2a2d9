"""Convert torch code to paddle with PaConvert plus the project's matchers; a file that would
come out invalid Python (``>>>>>>`` lines) is reported with its line and not written.
With ``--check``, run the torch original and the converted code and compare named results.

Exit status: 0 when every file converted (and every checked name is equal), 1 otherwise,
2 for a usage error.
"""
from __future__ import annotations

import argparse
import json
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("src", metavar="SRC", help="torch .py file or directory")
    parser.add_argument("out", metavar="OUT", help="output file or directory (must differ from SRC)")
    parser.add_argument("--check", action="store_true",
                        help="run the torch original and the converted file (subprocesses, paddle on CPU) and compare results")
    parser.add_argument("--names", default=None,
                        help="comma-separated names to compare (default: a '# paddlecamp: check a, b' comment, "
                             "else every top-level tensor of the torch run)")
    parser.add_argument("--compat", action="store_true",
                        help="under --check, run the paddle side with Track 2's compatibility layer (paddlecamp.apicompat.enable())")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run under --check (default 120)")
    parser.add_argument("--rtol", type=float, default=1e-5, help="relative tolerance for --check (default 1e-5)")
    parser.add_argument("--atol", type=float, default=1e-6, help="absolute tolerance for --check (default 1e-6)")
    parser.add_argument("--keep-unsupported", action="store_true",
                        help="write files that still have >>>>>> lines anyway (marked at the top; exit status 1)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")


def main(args: argparse.Namespace) -> int:
    from pathlib import Path

    from paddlecamp.cli import CliError
    from paddlecamp.convert.run import ConvertInputError, convert

    try:
        report = convert(args.src, args.out, keep_unsupported=args.keep_unsupported, progress=not args.no_progress)
    except ConvertInputError as e:
        raise CliError(str(e)) from None
    data = report.to_json()
    status = 0 if report.ok else 1

    if args.check:
        from tqdm import tqdm

        from paddlecamp.convert.check import as_dicts, check
        names = [n.strip() for n in args.names.split(",") if n.strip()] if args.names else None
        src, out = Path(args.src), Path(args.out)
        todo = [f for f in report.files if f.written and f.status == "converted" and f.path.endswith(".py")]
        for f in tqdm(todo, desc="check", unit="file", disable=args.no_progress or len(todo) < 2, file=sys.stderr):
            if src.is_file():
                torch_file, paddle_file = src, (out / src.name if out.is_dir() else out)
            else:
                torch_file, paddle_file = src / f.path, out / f.path
            results = check(torch_file, paddle_file, names, timeout=args.timeout, rtol=args.rtol, atol=args.atol,
                            compat=args.compat)
            data.setdefault("check", {})[f.path] = as_dicts(results)
            if any(r.verdict != "equal" for r in results):
                status = 1

    if args.json:
        print(json.dumps(data, indent=1, ensure_ascii=False))
        return status
    for f in report.files:
        if f.status == "copied":
            continue
        applied = f"  ({len(f.applied)} rewritten by the project's matchers)" if f.applied else ""
        written = "" if f.written else "  NOT WRITTEN"
        print(f"{f.status:<14} {f.path}{applied}{written}")
        for line in f.describe():
            print("    " + line.replace("\n", "\n    "))
        for r in data.get("check", {}).get(f.path, []):
            diff = f" (max abs diff {r['max_abs_diff']:.3g})" if r["max_abs_diff"] is not None else ""
            detail = f": {r['detail']}" if r["detail"] and r["verdict"] != "equal" else ""
            print(f"    check {r['verdict']:<8} {r['name']}{diff}{detail}")
    counts = ", ".join(f"{v} {k}" for k, v in report.counts().items())
    print(f"{report.src} -> {report.out}: {counts or 'no files'}")
    return status
