"""Run one module of the deck's examples at full size and record what it measured.

Usage: ``.venv/bin/python scripts/slides_examples_results.py fusion [--smoke]``

Writes ``data/results/slides_<module>_<date>.json`` (every metric, the slide text, versions,
machine and the command) and a ``.md`` summary next to it.
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import platform
import sys
import time

from paddlecamp import repo_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", help="example module under paddlecamp.slides.examples, e.g. fusion")
    parser.add_argument("--smoke", action="store_true", help="the tiny sizes the tests use")
    args = parser.parse_args()
    import paddle
    import torch

    module = importlib.import_module(f"paddlecamp.slides.examples.{args.module}")
    date = datetime.date.today().isoformat()
    records = []
    for name, fn in module.EXAMPLES.items():
        start = time.perf_counter()
        result = fn(smoke=args.smoke)
        record = result.to_dict()
        record["seconds"] = round(time.perf_counter() - start, 1)
        records.append(record)
        print(f"{result.key}: {record['seconds']} s", file=sys.stderr)
    suffix = "_smoke" if args.smoke else ""
    stem = repo_path("data", "results", f"slides_{args.module}{suffix}_{date}")
    meta = {
        "date": date,
        "command": f"python scripts/slides_examples_results.py {args.module}" + (" --smoke" if args.smoke else ""),
        "smoke": args.smoke,
        "versions": {"python": platform.python_version(), "torch": torch.__version__,
                     "paddle": paddle.__version__},
        "machine": {"cpu_count": os.cpu_count(), "platform": platform.platform(),
                    "torch_threads": torch.get_num_threads()},
        "note": "timings (keys ending in _ms) come from a shared, loaded CPU and are indicative only",
        "examples": records,
    }
    stem.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = [f"# slides examples: {args.module} ({'smoke' if args.smoke else 'full'} sizes, {date})", "",
             f"Command: `{meta['command']}`; torch {torch.__version__}, paddle {paddle.__version__}, "
             f"{os.cpu_count()} CPUs.", ""]
    for record in records:
        lines += [f"## {record['key']}: {record['title']}", "", record["today"], ""]
        if record["table"]:
            lines.append("| " + " | ".join(record["table"][0]) + " |")
            lines.append("|" + "---|" * len(record["table"][0]))
            lines += ["| " + " | ".join(row) + " |" for row in record["table"][1:]]
            lines.append("")
    stem.with_suffix(".md").write_text("\n".join(lines), encoding="utf-8")
    print(stem.with_suffix(".json"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
