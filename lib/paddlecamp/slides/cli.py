"""``paddlecamp slides``: build the decks under ``slides/`` (python-pptx), render them to check."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("slides", help="build the slide decks (editable .pptx, charts from measured data)",
                       description="Build the slide decks from their sources under slides/.")
    p.set_defaults(_group_parser=p)
    acts = p.add_subparsers(dest="slides_command", metavar="ACTION")
    b = acts.add_parser("build", help="run the examples, draw the charts and write DECK.pptx (+ PDF/PNG when "
                                      "LibreOffice is installed)")
    b.add_argument("deck", nargs="?", default=None, metavar="DECK",
                   help="deck folder with deck.yaml (default: slides/ai-compiler)")
    b.add_argument("--out", default="build/slides", metavar="DIR", help="output folder (default build/slides)")
    b.add_argument("--smoke", action="store_true", help="small example sizes (what CI uses)")
    b.add_argument("--no-render", action="store_true", help="skip the LibreOffice PDF/PNG rendering check")
    b.add_argument("--require-render", action="store_true", help="fail when LibreOffice is not installed")
    b.add_argument("--stats", metavar="JSON", default=None,
                   help="corpus statistics (default data/results/graphs-stats-graphnet.json)")
    b.set_defaults(func=_build)
    ls = acts.add_parser("list", help="list the examples the decks can show, by category")
    ls.set_defaults(func=_list)


def _deck(path: str | None):
    from pathlib import Path

    from paddlecamp import repo_path

    return Path(path) if path else repo_path("slides", "ai-compiler")


def _build(args: argparse.Namespace) -> int:
    from paddlecamp.cli import CliError
    from paddlecamp.slides.build import build_deck
    from paddlecamp.slides.fit import FitError
    from paddlecamp.slides.facts import MissingFact
    from paddlecamp.slides.render import RenderError, render, render_available
    from paddlecamp.slides.source import DeckError

    try:
        report = build_deck(_deck(args.deck), args.out, smoke=args.smoke, stats_file=args.stats)
    except (DeckError, FitError, MissingFact, FileNotFoundError, RuntimeError) as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {report.pptx} ({len(report.slides)} slides, {len(report.examples)} measured examples) "
          f"and {report.manifest}")
    if args.no_render:
        return 0
    if not render_available():
        msg = "LibreOffice (soffice) or pdftoppm not installed: rendering check skipped"
        if args.require_render:
            raise CliError(msg)
        print(f"note: {msg}")
        return 0
    try:
        r = render(report.pptx, report.pptx.parent, expected_slides=len(report.slides))
    except RenderError as exc:
        raise CliError(str(exc)) from None
    print(f"rendered {r.pages} pages: {r.pdf} and {r.pngs[0].parent}/")
    return 0


def _list(args: argparse.Namespace) -> int:
    from paddlecamp.slides.examples import all_examples

    for key in all_examples():
        print(key)
    return 0
