"""The ``paddlecamp`` command: one entry point, each track registers its subcommands.

A track adds ``lib/paddlecamp/<track>/cli.py`` with ``register(subparsers)`` that adds one
sub-parser and sets ``func`` (a callable taking the parsed ``argparse.Namespace`` and
returning an exit code) on it. Registration must stay cheap: import torch, paddle or
triton inside ``func``, never at module level, so ``paddlecamp --help`` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

#: Modules that contribute subcommands, in the order they appear in ``--help``.
COMMAND_MODULES: tuple[str, ...] = (
    "paddlecamp.doctor.cli",
    "paddlecamp.chapters.cli",
    "paddlecamp.models.cli",
    "paddlecamp.docqa.cli",
    "paddlecamp.apicompat.cli",
    "paddlecamp.convert.cli",
    "paddlecamp.cppcompat.cli",
    "paddlecamp.checkpoint.cli",
    "paddlecamp.graphs.cli",
    "paddlecamp.attention.cli",
    "paddlecamp.slides.cli",
)


class CliError(Exception):
    """A user-facing error: printed as ``paddlecamp: error: <message>`` with exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every available track's subcommands."""
    from paddlecamp import __version__

    parser = argparse.ArgumentParser(
        prog="paddlecamp",
        description="Tools and curriculum runner for the PaddlePaddle Hackathon escort camp.",
    )
    parser.add_argument("--version", action="version", version=f"paddlecamp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # A track that has not landed yet: skip it.
            if exc.name is not None and name.startswith(exc.name):
                continue
            _register_broken(sub, name, exc)
            continue
        except Exception as exc:  # one broken track must not take the other commands down
            _register_broken(sub, name, exc)
            continue
        module.register(sub)
    return parser


def _register_broken(sub: argparse._SubParsersAction, module_name: str, exc: BaseException) -> None:
    """Register a command whose module failed to import; running it reports why."""
    command = module_name.split(".")[1]
    message = f"the {command!r} commands failed to load: {type(exc).__name__}: {exc}"

    def fail(_args: argparse.Namespace) -> int:
        raise CliError(message)

    p = sub.add_parser(command, help=f"(unavailable: {type(exc).__name__})", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=fail)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        # A group without a subcommand: show that group's help.
        target = getattr(args, "_group_parser", parser)
        target.print_help()
        return 0 if args.command is None else 2
    try:
        return int(func(args) or 0)
    except CliError as exc:
        print(f"paddlecamp: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("paddlecamp: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
