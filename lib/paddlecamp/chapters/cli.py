"""``paddlecamp notebooks``: list, check, strip and run chapters."""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def _default_root() -> Path:
    from paddlecamp import REPO_ROOT

    cwd_nb = Path.cwd() / "notebooks"
    if cwd_nb.is_dir():
        return cwd_nb
    return (REPO_ROOT / "notebooks") if REPO_ROOT else cwd_nb


def _parse_value(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return {"True": True, "False": False, "None": None}.get(text, text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notebooks", help="list, check and run the chapters (papermill)")
    p.set_defaults(_group_parser=p)
    nsub = p.add_subparsers(dest="notebooks_command", metavar="ACTION")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("patterns", nargs="*", metavar="PATTERN",
                        help="chapter id glob/substring, track number (07) or name; default: all")
    common.add_argument("--root", type=Path, default=None, help="notebook directory (default: ./notebooks)")

    r = nsub.add_parser("run", parents=[common], help="execute chapters with papermill and build the HTML site")
    r.add_argument("--full", action="store_true", help="run with SMOKE=False (full sizes; slow, may want a GPU)")
    r.add_argument("--device", default="auto", help="DEVICE parameter injected into every chapter")
    r.add_argument("--out", type=Path, default=Path("build"), help="output directory (default: build)")
    r.add_argument("--jobs", "-j", type=int, default=2, help="chapters run at once (default: 2)")
    r.add_argument("--timeout", type=float, default=None,
                   help="seconds per chapter (default: 600 in SMOKE mode, 7200 full)")
    r.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="extra parameter for every chapter (VALUE parsed as JSON when it can be)")
    r.add_argument("--no-html", action="store_true", help="skip HTML rendering and the index")
    r.add_argument("--json", action="store_true", help="print the results as JSON")
    r.set_defaults(func=_cmd_run)

    ls = nsub.add_parser("list", parents=[common], help="list chapters")
    ls.set_defaults(func=_cmd_list)

    ck = nsub.add_parser("check", parents=[common], help="check the chapter conventions")
    ck.set_defaults(func=_cmd_check)

    st = nsub.add_parser("strip", parents=[common], help="strip outputs in place")
    st.set_defaults(func=_cmd_strip)


def _selected(args):
    from paddlecamp.chapters.discover import UnknownPatternError, discover, select
    from paddlecamp.cli import CliError

    root = args.root or _default_root()
    try:
        return select(discover(root), args.patterns)
    except (UnknownPatternError, FileNotFoundError) as exc:
        raise CliError(str(exc)) from exc


def _cmd_list(args) -> int:
    for c in _selected(args):
        print(f"{c.id:45s} {c.title}")
    return 0


def _cmd_check(args) -> int:
    from paddlecamp.chapters.conventions import check_notebook

    root = args.root or _default_root()
    problems = [p for c in _selected(args) for p in check_notebook(c.path, root=root)]
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def _cmd_strip(args) -> int:
    from paddlecamp.chapters.conventions import strip_outputs

    for c in _selected(args):
        if strip_outputs(c.path):
            print(f"stripped {c.id}")
    return 0


def _cmd_run(args) -> int:
    from paddlecamp.chapters.execute import run_chapters

    chapters = _selected(args)
    params = {"SMOKE": not args.full, "DEVICE": args.device}
    params.update({k: _parse_value(v) for k, v in args.parameter})
    timeout = args.timeout or (7200.0 if args.full else 600.0)
    results = run_chapters(chapters, args.out, params, jobs=args.jobs, timeout=timeout,
                           html=not args.no_html)
    if args.json:
        print(json.dumps([r.to_dict() for r in results], indent=2, ensure_ascii=False))
    else:
        for r in results:
            line = f"{r.status:8s} {r.seconds:7.1f}s  {r.id}"
            if r.error:
                cell = r.error.get("cell")
                line += f"  [{'cell ' + str(cell) if cell is not None else 'chapter'}] {r.error.get('ename')}: {str(r.error.get('evalue'))[:200]}"
            print(line)
        failed = [r for r in results if not r.ok]
        print(f"{len(results) - len(failed)}/{len(results)} chapters passed"
              + ("" if args.no_html else f"; site: {Path(args.out) / 'index.html'}"))
    return 1 if any(not r.ok for r in results) else 0
