"""float16/bfloat16 generalization on published GraphNet torch samples: subsets, runs, results.

Two subsets of PaddlePaddle/GraphNet's ``samples/`` (never part of CI; minutes a sample on CPU):

- ``dev``: the 33 published samples committed as fixtures (``tests/graphs/fixtures/graphnet/torch``),
  on which the dtype rules were developed;
- ``heldout``: 30 other samples drawn *before any result was looked at* by a fixed rule: per
  source, the samples whose inputs take at most ``MAX_GIB`` (so that one fits the 300 s budget
  of a CPU float16 run), shuffled with ``random.Random(SEED)``, a quota per source proportional
  to the source's size with at least one for each source that has a candidate;
- ``heldout2``: 60 more by the same rule with another seed, none of ``dev`` or ``heldout``,
  drawn after every rule was written (2026-12-02): no rule has seen these samples.

Usage (for the "before" column, put a copy of the previous library first on ``PYTHONPATH``;
the worker processes inherit it)::

    python data/graphs/graphnet_dtype_results.py select [heldout|heldout2] --graphnet $GRAPHNET_DIR
    python data/graphs/graphnet_dtype_results.py run dev|heldout|heldout2 --graphnet $GRAPHNET_DIR --out F.jsonl
    python data/graphs/graphnet_dtype_results.py report --commit SHA --dev-before A --dev-after B \\
        [--heldout-before C] [--heldout-after D]
    python data/graphs/graphnet_dtype_results.py add corpus --rule TEXT --column NAME=F.jsonl \\
        [--note NAME=TEXT] --into data/results/graphs-dtype-graphnet_DATE.json

``corpus`` is the whole of ``samples/`` checked in a seeded random order
(``paddlecamp graphs check --dtype float16,bfloat16 --no-semantics --shuffle SEED --resume``), so
a run stopped early is a uniform random subset; it spans sessions through ``--resume``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "graphs" / "fixtures" / "graphnet" / "torch"
OUT = REPO / "data" / "results" / "graphs-dtype-graphnet_2026-12-01.json"
SEED = 20261201
HELDOUT_SIZE = 30
#: held-out subset -> (seed, size, earlier subsets it excludes)
HELDOUT = {"heldout": (SEED, HELDOUT_SIZE, ()), "heldout2": (20261202, 60, ("heldout",))}
MAX_GIB = 0.05
DTYPES = ("float16", "bfloat16")
TIMEOUT = 300.0


def dev_names() -> list[str]:
    """``source/model[/subgraph_N]`` of the committed fixtures (the dev subset)."""
    return sorted(str(p.parent.relative_to(FIXTURES)) for p in FIXTURES.rglob("model.py"))


def heldout_names(graphnet: Path, subset: str = "heldout") -> list[str]:
    """A held-out subset, by the fixed rule in the module docstring."""
    from paddlecamp.graphs.check import input_gib
    from paddlecamp.graphs.sample import find_samples

    seed, size, earlier = HELDOUT[subset]
    root = graphnet / "samples"
    dev = set(dev_names())
    taken = {n for e in earlier for n in heldout_names(graphnet, e)}
    by_source: dict[str, list[str]] = {}
    total: Counter = Counter()
    for p in find_samples([root]):
        name = str(p.relative_to(root))
        source = name.split("/", 1)[0]
        total[source] += 1
        if name in taken or name in dev or any(name.startswith(d + "/") or d.startswith(name + "/") for d in dev):
            continue
        if input_gib(p) <= MAX_GIB:
            by_source.setdefault(source, []).append(name)
    rng = random.Random(seed)
    n_all = sum(total.values())
    quota = {s: max(1, round(size * total[s] / n_all)) for s in by_source}
    while sum(quota.values()) > size:  # trim the largest quota first
        quota[max(quota, key=lambda s: (quota[s], s))] -= 1
    chosen = []
    for s in sorted(by_source):
        names = sorted(by_source[s])
        rng.shuffle(names)
        chosen += names[:quota[s]]
    return sorted(chosen)


def run(names: list[str], root: Path, out: Path, jobs: int) -> None:
    from paddlecamp.graphs.check import check_corpus

    check_corpus(root, out, semantics=False, dtypes=DTYPES, jobs=jobs, timeout=TIMEOUT, resume=out,
                 samples=[root / n for n in names])


def _cell_class(cell: dict) -> str:
    if cell.get("ok"):
        # a pass with no finite float output compares integers only: counted, and shown apart
        return "ok:no-float-output" if "ref_max_abs" in cell and cell["ref_max_abs"] is None else "ok"
    err = cell.get("error") or cell.get("class") or "?"
    if err.startswith("inconclusive"):
        return "inconclusive"
    if "imeout" in err or cell.get("class") == "timeout":
        return "timeout"
    if err.startswith("runtime:"):
        return "runtime:" + err.split(":")[1].strip()
    if err.startswith("accuracy"):
        return "accuracy"
    return cell.get("class") or err.split(":")[0]


def summarize(jsonl: Path) -> dict:
    """Per dtype: counts by outcome, the conclusive pass rate, and each non-passing sample."""
    recs = {}
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            recs[r["sample"]] = r
    doc: dict = {"samples": len(recs)}
    for dt in DTYPES:
        classes = Counter()
        failed = {}
        for name, r in sorted(recs.items()):
            cell = (r.get("dtype") or {}).get(dt) or {"ok": False, "error": r.get("error") or "no result"}
            c = _cell_class(cell)
            classes[c] += 1
            if not c.startswith("ok"):
                failed[name] = {"class": c, "min_t": cell.get("min_t"), "error": (cell.get("error") or "")[:200]}
        conclusive = sum(n for c, n in classes.items()
                         if c not in ("inconclusive", "timeout") and not c.startswith("skipped"))
        scales = sorted(c["ref_max_abs"] for r in recs.values()
                        if (c := (r.get("dtype") or {}).get(dt) or {}).get("ref_max_abs") is not None)
        passed = classes["ok"] + classes["ok:no-float-output"]
        doc[dt] = {"ok": passed, "classes": dict(classes.most_common()),
                   "conclusive": conclusive,
                   "conclusive_pass_rate": round(passed / conclusive, 4) if conclusive else None,
                   "median_ref_max_abs": scales[len(scales) // 2] if scales else None,
                   "not_passing": failed}
    return doc


def markdown(doc: dict) -> str:
    """The results as a table: subset, column, dtype, passes, classes, conclusive pass rate."""
    lines = [f"# float16/bfloat16 generalization on published GraphNet samples ({doc['date']})", "",
             f"GraphNet `{doc['graphnet']['commit']}` (MIT); torch {doc['torch']}; {doc['machine']}.", "",
             f"Command: {doc['command']}.", "", f"Tolerance: {doc['tolerance']}.", "",
             "| subset | run | dtype | pass (t <= 1) | outcomes | conclusive pass rate |",
             "|---|---|---|---|---|---|"]
    for name, sub in doc["subsets"].items():
        for when in [k for k, v in sub.items() if isinstance(v, dict) and "samples" in v and k != "notes"]:
            for dt in DTYPES:
                cell = sub[when][dt]
                classes = ", ".join(f"{c} {n}" for c, n in cell["classes"].items())
                rate = cell["conclusive_pass_rate"]
                lines.append(f"| {name} | {when} | {dt} | {cell['ok']}/{sub[when]['samples']} | {classes} | "
                             f"{'-' if rate is None else f'{rate:.1%}'} |")
    lines += ["", "Subsets: " + "; ".join(f"{k}: {v['rule']}" for k, v in doc["subsets"].items()), ""]
    for k, v in doc["subsets"].items():
        for name, text in v.get("notes", {}).items():
            lines.append(f"- {k} / {name}: {text}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("subset", nargs="?", choices=sorted(HELDOUT), default="heldout")
    s.add_argument("--graphnet", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("subset", choices=["dev", *sorted(HELDOUT)])
    r.add_argument("--graphnet", type=Path, required=True)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--jobs", type=int, default=2)
    a = sub.add_parser("add", help="add (or replace) one subset's runs in an existing results file")
    a.add_argument("subset")
    a.add_argument("--rule", required=True, help="how the subset was drawn")
    a.add_argument("--column", action="append", required=True, metavar="NAME=FILE")
    a.add_argument("--note", action="append", default=[], metavar="NAME=TEXT")
    a.add_argument("--into", type=Path, required=True, help="results JSON (its .md is rewritten)")
    p = sub.add_parser("report")
    p.add_argument("--commit", required=True)
    p.add_argument("--graphnet", type=Path, help="checkout, to list the held-out subset")
    for k in ("dev-before", "dev-after", "heldout-before", "heldout-after", "heldout2-after"):
        p.add_argument(f"--{k}", type=Path)
    p.add_argument("--column", action="append", default=[], metavar="SUBSET:NAME=FILE",
                   help="another run of a subset (e.g. heldout:after_first_rules=F.jsonl), with --note")
    p.add_argument("--note", action="append", default=[], metavar="SUBSET:NAME=TEXT")
    p.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if args.cmd == "add":
        doc = json.loads(args.into.read_text(encoding="utf-8"))
        part: dict = {"rule": args.rule}
        for spec in args.column:
            name, f = spec.split("=", 1)
            part[name] = summarize(Path(f))
        part["notes"] = dict(spec.split("=", 1) for spec in args.note)
        doc["subsets"][args.subset] = part
        args.into.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        args.into.with_suffix(".md").write_text(markdown(doc), encoding="utf-8")
        print(f"wrote {args.into} and {args.into.with_suffix('.md')}")
    elif args.cmd == "select":
        print("\n".join(heldout_names(args.graphnet, args.subset)))
    elif args.cmd == "run":
        if args.subset == "dev":
            run(dev_names(), FIXTURES, args.out, args.jobs)
        else:
            run(heldout_names(args.graphnet, args.subset), args.graphnet / "samples", args.out, args.jobs)
    else:
        import torch

        doc = {"graphnet": {"repository": "PaddlePaddle/GraphNet", "commit": args.commit, "licence": "MIT"},
               "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
               "machine": f"{platform.machine()}, {os.cpu_count()} cores, CPU only, shared (times are upper bounds)",
               "torch": torch.__version__, "python": sys.version.split()[0],
               "command": "python data/graphs/graphnet_dtype_results.py run {dev,heldout,heldout2} --graphnet GRAPHNET "
                          f"--out F.jsonl --jobs 2 (dtypes {','.join(DTYPES)}, {TIMEOUT:g} s a sample and dtype, "
                          "seed 0); 'before' = the same command with the previous library on PYTHONPATH",
               "tolerance": "GraphNet's allclose(rtol=10**(t*a), atol=10**t), a = 3/5 float16, 1.796/5 bfloat16; "
                            "pass = smallest passing t <= 1",
               "subsets": {"dev": {"rule": "the 33 committed fixtures (rules developed on these)",
                                   "samples": dev_names()},
                           "heldout": {"rule": f"per source, inputs <= {MAX_GIB} GiB, random.Random({SEED}) "
                                               f"shuffle, quota proportional to source size (>= 1), "
                                               f"{HELDOUT_SIZE} in all; drawn before any result was seen"},
                           "heldout2": {"rule": f"the same rule with random.Random({HELDOUT['heldout2'][0]}), "
                                                f"{HELDOUT['heldout2'][1]} in all, none of dev or heldout; drawn "
                                                "after every rule was written"}}}
        if args.graphnet:
            for name in HELDOUT:
                doc["subsets"][name]["samples"] = heldout_names(args.graphnet, name)
        for k in ("dev_before", "dev_after", "heldout_before", "heldout_after", "heldout2_after"):
            f = getattr(args, k)
            if f is not None and f.is_file():
                subset, when = k.rsplit("_", 1)
                doc["subsets"][subset][when] = summarize(f)
        for spec in args.column:
            key, f = spec.split("=", 1)
            subset, name = key.split(":", 1)
            doc["subsets"][subset][name] = summarize(Path(f))
        for spec in args.note:
            key, text = spec.split("=", 1)
            subset, name = key.split(":", 1)
            doc["subsets"][subset].setdefault("notes", {})[name] = text
        # only the subsets this report has results for
        doc["subsets"] = {k: v for k, v in doc["subsets"].items()
                          if any(isinstance(x, dict) and "samples" in x for x in v.values())}
        args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        args.out.with_suffix(".md").write_text(markdown(doc), encoding="utf-8")
        print(f"wrote {args.out} and {args.out.with_suffix('.md')}")


if __name__ == "__main__":
    main()
