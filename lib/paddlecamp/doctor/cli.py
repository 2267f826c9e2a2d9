"""``paddlecamp doctor``: the environment table; non-zero exit when a requirement is missing."""
from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the environment: versions, frameworks, Triton, fonts, models")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--import", dest="import_modules", action="store_true",
                   help="also import every package (slower; catches broken installs)")
    p.set_defaults(func=_cmd)


def _cmd(args) -> int:
    from paddlecamp.doctor import checks

    selected = list(checks.ALL_CHECKS)
    if args.import_modules:
        selected[selected.index(checks.check_packages)] = lambda: checks.check_packages(import_modules=True)
    results = checks.run_checks(tuple(selected))
    if args.json:
        print(json.dumps([r.to_dict() for r in results], indent=2, ensure_ascii=False))
    else:
        print(checks.summary_table(results))
    return 1 if any(r.failed for r in results) else 0
