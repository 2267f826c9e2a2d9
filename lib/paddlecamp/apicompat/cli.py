"""``paddlecamp apicompat``: audit, suite, swap-run (torch and paddle are imported inside actions)."""
from __future__ import annotations

import argparse
import importlib


def _call(module: str, func: str):
    def run(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(f"paddlecamp.apicompat.{module}"), func)(args)
    return run


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("apicompat", help="torch->paddle API compatibility: audit, PaConvert suite, swap-run",
                       description="Measure how much torch code runs on paddle with only the prefix swapped.")
    p.set_defaults(_group_parser=p)
    acts = p.add_subparsers(dest="apicompat_command", metavar="ACTION")

    a = acts.add_parser("audit", help="compare torch APIs with their paddle namesakes (signatures)")
    a.add_argument("--api", metavar="PATTERN", help="only APIs matching this glob or substring")
    a.add_argument("--json", metavar="OUT", help="write one JSON record per API")
    a.add_argument("--md", metavar="OUT", help="write a Markdown scoreboard by namespace")
    a.add_argument("--html", metavar="OUT", help="write the scoreboard as a standalone HTML page")
    a.add_argument("--exec", action="store_true",
                   help="also differential execution: torch-style calls run under torch and swapped under paddle")
    a.add_argument("--compat", action="store_true", help="with --exec: run paddle with paddlecamp.apicompat.enable()")
    a.add_argument("--jobs", type=int, default=2, help="with --exec: worker processes (default 2)")
    a.add_argument("--resume", metavar="FILE", help="with --exec: JSONL cache of call results (reused, appended)")
    a.set_defaults(func=_call("audit", "cli_audit"))

    s = acts.add_parser("suite", help="run PaConvert's test cases with torch -> paddle swapped, compare with torch")
    s.add_argument("tests", metavar="PACONVERT_TESTS", help="PaConvert's tests/ folder (or files in it)")
    s.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    s.add_argument("--resume", metavar="FILE", help="JSONL results: skip cases already there, append new ones")
    s.add_argument("--out", metavar="FILE", help="JSONL results (default: the --resume file, or stdout summary only)")
    s.add_argument("--api", metavar="PATTERN", help="only test files of APIs matching this substring")
    s.add_argument("--timeout", type=float, default=60.0, help="seconds per case (default 60)")
    s.add_argument("--compat", action="store_true", help="run paddle with paddlecamp.apicompat.enable()")
    s.add_argument("--limit", type=int, help="only the first N cases (after --api)")
    s.add_argument("--summary", metavar="FILE", help="also write the summary as JSON")
    s.add_argument("--split", choices=("all", "dev", "test"), default="all",
                   help="dev: the 70%% of test files patches are written against; test: the frozen 30%%")
    s.set_defaults(func=_call("suite", "cli_suite"))

    c = acts.add_parser("corpus", help="run the project's own torch snippets swapped to paddle, compare with torch")
    c.add_argument("path", nargs="?", default="data/apicompat/corpus", help="corpus folder or file")
    c.add_argument("--compat", action="store_true", help="run paddle with paddlecamp.apicompat.enable()")
    c.add_argument("--jobs", type=int, default=2)
    c.add_argument("--api", metavar="SUBSTRING", help="only snippets whose API contains this")
    c.add_argument("--timeout", type=float, default=60.0)
    c.add_argument("--out", metavar="FILE", help="JSONL results")
    c.add_argument("--resume", metavar="FILE", help="JSONL results: skip snippets already there, append new ones")
    c.add_argument("--summary", metavar="FILE", help="also write the summary as JSON")
    c.set_defaults(func=_call("corpus", "cli_corpus"))

    n = acts.add_parser("native", help="check that paddle-native call styles behave the same under enable()")
    n.add_argument("--out", default="build/apicompat/native.jsonl", help="JSONL of every call (default build/)")
    n.add_argument("--summary", metavar="FILE", help="also write the summary as JSON")
    n.set_defaults(func=_call("native", "cli_native"))

    q = acts.add_parser("patches", help="list the compat layer's patches: what each changes and why")
    q.add_argument("--json", metavar="OUT", help="also write them as JSON")
    q.add_argument("--check", action="store_true", help="apply them all, report any that fail, undo")
    q.set_defaults(func=_call("patch", "cli_patches"))

    r = acts.add_parser("swap-run", help="run a torch script with torch swapped for paddle")
    r.add_argument("file", metavar="FILE.py")
    r.add_argument("--compare", action="store_true", help="also run the torch original and compare results")
    r.add_argument("--compat", action="store_true", help="run paddle with paddlecamp.apicompat.enable()")
    r.set_defaults(func=_call("swap", "cli_swap_run"))
