"""Check PyTorch->Paddle mapping docs (the official Markdown format) against the installed torch
and paddle and PaConvert's api_mapping.json; with --fix, rewrite each file with the unambiguous
fixes (atomically) and validate it again.

Rules: DOC000 parses, DOC001 category, DOC002 torch signature, DOC003 paddle signature, DOC004
paddle API exists, DOC005 table covers torch parameters, DOC006 paddle parameters exist, DOC007
links and names, DOC008 api_mapping.json, DOC009 sections. Each finding is marked "doc error" or
"version drift" (the doc describes older libraries). Exit status: 0 no error-severity finding
left, 1 otherwise, 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", metavar="DIR", nargs="+", help="mapping docs: .md files or folders (searched recursively)")
    parser.add_argument("--fix", action="store_true", help="apply the unambiguous fixes in place (temp file + rename)")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--rule", action="append", default=None, metavar="ID",
                        help="only this rule (DOC000..DOC009); repeat for several")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def main(args: argparse.Namespace) -> int:
    from collections import Counter

    from paddlecamp.cli import CliError
    from paddlecamp.convert import validate as V

    rules = None
    if args.rule:
        rules = {r.strip().upper() for arg in args.rule for r in arg.split(",") if r.strip()}
        unknown = sorted(rules - set(V.RULES))
        if unknown:
            raise CliError(f"unknown rule {', '.join(unknown)} (known: {', '.join(V.RULES)})")
    try:
        files = V.doc_files(args.paths)
    except FileNotFoundError as exc:
        raise CliError(f"no such file or folder: {exc}") from None
    if not files:
        raise CliError(f"no .md files under {' '.join(args.paths)}")

    fixed: dict[str, int] = {}
    if args.fix:
        from tqdm import tqdm
        for f in tqdm(files, desc="fix", unit="doc", disable=args.no_progress or len(files) < 20, file=sys.stderr):
            applied, _ = V.fix_file(f, rules)
            if applied:
                fixed[str(f)] = len(applied)
    report = V.validate_paths(files, rules, progress=not args.no_progress and len(files) >= 20)
    everything = report.unparseable + report.findings
    if args.json:
        data = report.to_dict()
        data["versions"] = V.versions()
        if args.fix:
            data["fixed"] = fixed
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        for f in everything:
            print(f.format())
        by_kind = Counter(f.kind for f in everything)
        print(f"{len(report.files)} files, {report.parsed} parsed, {len(report.unparseable)} unparseable; "
              f"{len(everything)} findings ({by_kind.get(V.DOC_ERROR, 0)} doc errors, {by_kind.get(V.DRIFT, 0)} version drift)"
              + (f"; fixed {sum(fixed.values())} in {len(fixed)} files" if args.fix else ""))
        if everything:
            print("per rule: " + ", ".join(f"{r} {n}" for r, n in sorted(report.by_rule().items())))
    return 1 if any(f.severity == V.ERROR for f in everything) else 0
