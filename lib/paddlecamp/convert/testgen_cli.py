"""Find which of the four call patterns (all positional, all keyword, keywords out of order,
defaults omitted) each API's PaConvert-style test cases lack, generate the missing cases from
existing ones, run each under torch and (unless --no-paddle) after PaConvert's conversion under
paddle, and with --write append the passing ones to the test files.

    paddlecamp convert check-tests tests/test_max.py tests/test_Tensor_abs.py
    paddlecamp convert check-tests PaConvert/tests --api nn.functional --write
    paddlecamp convert check-tests PaConvert/tests --json --resume runs.jsonl > report.json
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

from paddlecamp.cli import CliError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="DIR_OR_FILE",
                        help="test files, or folders whose test_*.py are read")
    parser.add_argument("--write", action="store_true",
                        help="append the generated cases that pass to their files (atomically)")
    parser.add_argument("--write-exposing", action="store_true",
                        help="with --write: also append cases that pass under torch but fail after conversion")
    parser.add_argument("--pytest", action="store_true",
                        help="with --write: run the written cases with pytest next to PaConvert's apibase.py "
                             "(its own acceptance harness) and report the outcome")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON instead of text")
    parser.add_argument("--api", metavar="PATTERN", help="only APIs whose name contains PATTERN")
    parser.add_argument("--no-paddle", action="store_true",
                        help="verify under torch only (no PaConvert conversion, no paddle run)")
    parser.add_argument("--tries", type=int, default=2, metavar="N",
                        help="source cases to try per missing pattern when a generated case fails under torch (default 2)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="S", help="seconds per generated case (default 30)")
    parser.add_argument("--resume", metavar="JSONL", help="cache of case outcomes: reused and appended (resumable runs)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--results", metavar="STEM",
                        help="also write STEM.json and STEM.md: the measured figures, with date, versions and command")
    parser.add_argument("--source", default="PaddlePaddle/PaConvert tests/",
                        help="with --results: what the test files are (recorded)")


def main(args: argparse.Namespace) -> int:
    for p in args.paths:
        if not Path(p).exists():
            raise CliError(f"{p}: no such file or folder")
    if args.write_exposing and not args.write:
        raise CliError("--write-exposing needs --write")
    if getattr(args, "pytest", False) and not args.write:
        raise CliError("--pytest needs --write (it runs the written cases)")
    from paddlecamp.convert import testgen, testscan
    if not testscan.test_files(args.paths):
        raise CliError(f"no test_*.py files in {', '.join(args.paths)}")
    rep = testgen.check_tests(args.paths, write=args.write, paddle=not args.no_paddle, api_filter=args.api,
                              max_tries=args.tries, timeout=args.timeout, resume=args.resume,
                              progress=not args.no_progress and sys.stderr.isatty(),
                              write_exposing=args.write_exposing)
    for p in rep.problems:
        print(f"warning: {p}", file=sys.stderr)
    if getattr(args, "pytest", False):
        rep.harness = testgen.run_harness(rep.written)
    if args.results:
        write_results(rep, args)
    if args.json:
        print(json.dumps(rep.to_dict(), indent=1, default=str))
        return 0
    print(format_report(rep, args.write))
    return 0


def format_report(rep, write: bool) -> str:
    c = rep.counts()
    lines = [f"{rep.files} files, {rep.apis} APIs ({rep.apis_without_signature} without a torch signature, "
             f"{rep.apis_without_calls} with no call found); {rep.apis_missing_any} APIs miss a pattern",
             "missing per pattern: " + ", ".join(f"{k} {rep.missing.get(k, 0)}/{rep.applicable.get(k, 0)}"
                                                 for k in ("all_positional", "all_keyword", "keyword_order",
                                                           "defaults_omitted")),
             f"generated {c['generated']} (no candidate for {c['no_candidate']}); pass under torch {c['torch_pass']}; "
             f"conversion {c['convert']}; paddle {c['paddle']}; passing {c['passing']}; "
             f"exposing PaConvert problems {c['exposes_paconvert']} "
             f"({c['exposes_pattern_specific']} where the source case passes)"]
    for g in rep.gaps:
        name = Path(g.file).name
        if g.case is None:
            lines.append(f"  - {name} {g.api} {g.pattern}: not generated ({g.reason})")
            continue
        o = g.case["outcome"]
        verdict = "PASS" if g.case["passes"] else ("EXPOSES" if g.case["exposes"] else "FAIL")
        where = f" -> {g.case['written_as']}" if g.case.get("written_as") else ""
        lines.append(f"  {verdict:7} {name} {g.pattern}: {g.case['call_before']}  =>  {g.case['call_after']}{where}")
        lines.append(f"          torch {o['torch']}, convert {o['convert']}, paddle {o['paddle']}"
                     + (f": {o['detail']}" if o.get("detail") and verdict != "PASS" else ""))
    if write:
        lines.append(f"written: {c['written']} cases in {len(rep.written)} files")
    h = rep.harness
    if h:
        lines.append(f"PaConvert's harness (pytest + apibase.py): {h.get('error') or h.get('summary')}")
        lines += [f"  failed: {x}" for x in h.get("failed_ids", [])]
    for e in rep.write_errors:
        lines.append(f"not written: {e}")
    return "\n".join(lines)


def write_results(rep, args: argparse.Namespace) -> None:
    """STEM.json + STEM.md; paths in the recorded command are shortened to their last two parts."""
    from paddlecamp.convert import testgen
    shown = []
    for a in sys.argv[1:] if sys.argv[1:2] == ["convert"] else ["convert", "check-tests", *args.paths]:
        is_path = "/" in a and (Path(a).exists() or Path(a).parent.exists())
        shown.append(_short_path(a) if is_path else a)
    res = testgen.results(rep, "paddlecamp " + shlex.join(shown), args.source)
    stem = Path(args.results)
    stem.parent.mkdir(parents=True, exist_ok=True)
    Path(f"{stem}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    Path(f"{stem}.md").write_text(testgen.results_markdown(res), encoding="utf-8")


def _short_path(a: str) -> str:
    """Relative to the repository when inside it, else its last two parts (no machine paths)."""
    from paddlecamp import repo_path
    try:
        return str(Path(a).resolve().relative_to(repo_path()))
    except ValueError:
        return "/".join(Path(a).parts[-2:])
