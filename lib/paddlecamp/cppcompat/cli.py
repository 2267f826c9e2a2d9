"""``paddlecamp cppcompat``: build torch-style C++ extensions against either framework; audit coverage."""
from __future__ import annotations

import argparse

from paddlecamp._subcommands import register_actions

ACTIONS = (
    ("build", "paddlecamp.cppcompat.build_cli", "compile a torch-style extension against torch or paddle (cached)"),
    ("audit", "paddlecamp.cppcompat.audit_cli", "probe ATen/c10/torch C++ API coverage of paddle's compat headers"),
    ("sources", "paddlecamp.cppcompat.sources_cli", "build the vendored public operator sources against both frameworks"),
)


def register(sub: argparse._SubParsersAction) -> None:
    register_actions(sub, "cppcompat", "C++ API compatibility: build one source against torch and paddle, audit coverage",
                     ACTIONS, dest="cppcompat_command")
