"""Generate the torch->paddle mapping table, one mapping doc per API and the mapping updates.

Every API in PaConvert's api_mapping.json (plus its aliases) gets a category derived from the
mapping entry, the installed torch and paddle signatures and, with --execute (the default),
torch and the mapped paddle call run on the same inputs. Writes DIR/README.md (the table,
grouped by namespace, with counts per category), DIR/api_difference/<folder>/<api>.md,
DIR/updates.md and DIR/table.json.
"""
from __future__ import annotations

import argparse
import os
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder (created)")
    parser.add_argument("--api", metavar="PATTERN", help="only APIs matching this glob, exact name or substring")
    parser.add_argument("--execute", action=argparse.BooleanOptionalAction, default=True,
                        help="run torch and the mapped paddle call on the same inputs (default: yes)")
    parser.add_argument("--examples", action=argparse.BooleanOptionalAction, default=True,
                        help="convert example calls with PaConvert for the docs' 转写示例 (default: yes)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for --execute (default 2)")
    parser.add_argument("--resume", metavar="FILE",
                        help="JSONL cache of execution results (default: DIR/.calls.jsonl; reused, appended)")
    parser.add_argument("--compare-docs", metavar="DOCS",
                        help="also compare the categories with the titles of published mapping docs under DOCS "
                             "(PaddlePaddle/docs api_difference); writes DIR/agreement.json")
    parser.add_argument("--json", action="store_true", help="print the counts and updates as JSON on stdout")


def main(args: argparse.Namespace) -> int:
    import json

    from paddlecamp.cli import CliError
    from paddlecamp.convert import categories as C
    from paddlecamp.convert import table as T

    if args.compare_docs and not os.path.isdir(args.compare_docs):
        raise CliError(f"--compare-docs {args.compare_docs}: not a folder")
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise CliError(f"--out {args.out}: exists and is not a folder")
    if args.jobs < 1:
        raise CliError(f"--jobs {args.jobs}: must be at least 1")
    mapping = C.load_mapping()
    if not T.select(mapping, args.api):
        raise CliError(f"--api {args.api!r}: no API in api_mapping.json matches")
    os.makedirs(args.out, exist_ok=True)
    resume = args.resume or os.path.join(args.out, ".calls.jsonl")
    analyses, found, meta = T.build(args.api, execute=args.execute, jobs=args.jobs, resume=resume,
                                    progress=True, mapping=mapping, examples=args.examples)
    meta["command"] = ("paddlecamp convert table --out DIR" + (f" --api '{args.api}'" if args.api else "")
                       + ("" if args.execute else " --no-execute") + ("" if args.examples else " --no-examples")
                       + f" --jobs {args.jobs}")
    data = T.write(args.out, analyses, found, meta)
    if args.compare_docs:
        agree = T.agreement(T.read_docs(args.compare_docs), data)
        with open(os.path.join(args.out, "agreement.json"), "w", encoding="utf-8") as f:
            json.dump(agree, f, ensure_ascii=False, indent=1)
        print(f"published docs: {agree['compared']} compared, title equal {agree['equal']}, "
              f"consistent {agree['consistent']} (DIR/agreement.json)", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps({k: data[k] for k in ("meta", "counts", "evidence", "updates_by_rule", "problems", "errors")}
                         | {"updates": data["updates"]}, ensure_ascii=False, indent=1))
        return 0
    width = max(len(c) for c in data["counts"]) if data["counts"] else 10
    print(f"{meta['n_apis']} APIs in {meta['seconds']} s (evidence: {data['evidence']})")
    for c, n in data["counts"].items():
        print(f"  {c:{width}s} {n:5d}")
    print(f"mapping updates: {len(found)} " + str(data["updates_by_rule"]))
    print(f"转写示例 converted by PaConvert: {meta.get('examples', 0)}")
    if data["problems"]:
        print(f"problems reported for {len(data['problems'])} APIs (missing in torch or paddle; see table.json)")
    for e in data["errors"]:
        print(f"error: {e['api']}: {e['error']}", file=sys.stderr)
    print(f"wrote {args.out}/README.md, {data['meta']['docs_written']} docs, updates.md, table.json")
    return 0
