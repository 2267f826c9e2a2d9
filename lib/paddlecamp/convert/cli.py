"""``paddlecamp convert``: mapping table, mapping-doc validation, unit-test enhancement, conversion."""
from __future__ import annotations

import argparse

from paddlecamp._subcommands import register_actions

ACTIONS = (
    ("table", "paddlecamp.convert.table_cli", "generate the mapping table, one mapping doc per API, and mapping updates"),
    ("validate-docs", "paddlecamp.convert.validate_cli", "check mapping docs against the installed libraries and api_mapping.json"),
    ("check-tests", "paddlecamp.convert.testgen_cli", "find missing call patterns in PaConvert-style tests and write them"),
    ("run", "paddlecamp.convert.run_cli", "convert torch code (paconvert + the project's matchers), optionally check by running both"),
)


def register(sub: argparse._SubParsersAction) -> None:
    register_actions(sub, "convert", "PaConvert tooling: mapping table, doc validation, test enhancement, conversion",
                     ACTIONS, dest="convert_command")
