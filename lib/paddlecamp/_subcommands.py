"""Shared plumbing for tracks whose actions live in separate modules.

Each action module defines ``configure(parser)`` (adds its arguments; cheap, no torch/paddle
import) and ``main(args) -> int``. A module that does not exist yet is skipped, so actions can
land one at a time.
"""
from __future__ import annotations

import argparse
import importlib
from typing import Sequence


def register_actions(sub: argparse._SubParsersAction, command: str, help_text: str,
                     actions: Sequence[tuple[str, str, str]], dest: str) -> None:
    """Add ``command`` with one sub-action per ``(name, module, help)`` whose module imports."""
    p = sub.add_parser(command, help=help_text, description=help_text)
    p.set_defaults(_group_parser=p)
    add_actions(p.add_subparsers(dest=dest, metavar="ACTION"), actions)


def add_actions(acts: argparse._SubParsersAction, actions: Sequence[tuple[str, str, str]]) -> None:
    """Add one sub-action per ``(name, module, help)`` to an existing group of actions."""
    for name, module_name, help_line in actions:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and module_name.startswith(exc.name):
                continue  # not written yet
            raise
        a = acts.add_parser(name, help=help_line, description=(module.__doc__ or help_line).strip().split("\n\n")[0])
        module.configure(a)
        a.set_defaults(func=module.main)
