"""Assemble data/results/apicompat_*_<date>.json from the JSONL runs of the day.

    .venv/bin/python scripts/apicompat_results.py --stock S.jsonl --compat C.jsonl \
        [--corpus-stock A.jsonl --corpus-compat B.jsonl] [--exec-stock E.jsonl --exec-compat F.jsonl] \
        [--exec-seconds S,C] [--native N.json] [--helpers-stock H.jsonl --helpers-compat I.jsonl] \
        [--date YYYY-MM-DD]

The runs themselves (minutes to tens of minutes) are made with the CLI; this only reads
their per-case records and writes the summaries: pass rates per namespace and per split
(dev: the files patches were written against; test: the frozen 30%), the cases that pass
stock but fail with the layer (regressions), and the corpus and differential-execution
figures before and after.
"""
from __future__ import annotations

import argparse
import datetime
import json
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from paddlecamp.apicompat import diffexec  # noqa: E402
from paddlecamp.apicompat.suite import load_jsonl, split_of, summarize  # noqa: E402


def versions() -> dict:
    from importlib.metadata import version
    return {"torch": version("torch"), "paddlepaddle": version("paddlepaddle"), "python": platform.python_version()}


def by_split(rows: list[dict]) -> dict:
    out = {"all": summarize(rows)}
    for sp in ("dev", "test"):
        out[sp] = summarize([r for r in rows if split_of(r["file"]) == sp])
    return out


def regressions(stock: list[dict], compat: list[dict]) -> list[dict]:
    """Cases that pass stock and do not pass with the layer."""
    s = {r["id"]: r for r in stock}
    out = []
    for r in compat:
        a = s.get(r["id"])
        if a and a["status"] == "pass" and r["status"] not in ("pass", "torch_error"):
            out.append({"id": r["id"], "api": r["api"], "status": r["status"],
                        "detail": (r.get("message") or r.get("detail") or "")[:200]})
    return out


def pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stock")
    ap.add_argument("--compat")
    ap.add_argument("--helpers-stock", help="suite run (stock) of the cases built by PaConvert's string helpers")
    ap.add_argument("--helpers-compat", help="the same cases with the compat layer")
    ap.add_argument("--corpus-stock")
    ap.add_argument("--corpus-compat")
    ap.add_argument("--exec-stock")
    ap.add_argument("--exec-compat")
    ap.add_argument("--exec-seconds", metavar="STOCK,COMPAT", help="wall seconds of the two --exec runs")
    ap.add_argument("--native")
    ap.add_argument("--seconds", type=float, help="wall seconds of the compat suite run")
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    args = ap.parse_args()
    out = ROOT / "data" / "results"
    from paddlecamp.apicompat import patches
    ps = patches()
    if args.stock and args.compat:
        suite_results(args, out, ps)
    if args.helpers_stock and args.helpers_compat:
        a, b = load_jsonl(args.helpers_stock), load_jsonl(args.helpers_compat)
        sa, sb = by_split(a), by_split(b)
        helpers = {"what": "PaConvert's test cases whose code is built by its string helpers (optimizer_helper, "
                           "lr_scheduler_helper: torch.optim and torch.optim.lr_scheduler), unresolved before the "
                           "suite loaded those helpers, so not part of the full-suite figures; stock vs enable()",
                   "date": args.date, "hardware": f"{platform.machine()}, CPU only", "versions": versions(),
                   "paconvert": {"repo": "PaddlePaddle/PaConvert", "commit": "73e14f0a11d1f11a98e88608cb8dd012040f2581"},
                   "command": "paddlecamp apicompat suite <PaConvert>/tests --api torch.optim [--compat] --jobs 1",
                   "stock": sa, "compat": sb, "regressions": regressions(a, b)}
        (out / f"apicompat_suite_helpers_{args.date}.json").write_text(json.dumps(helpers, indent=1, default=str) + "\n")
        print("helper-built cases:", ", ".join(f"{sp} {pct(sa[sp]['pass_rate'])} -> {pct(sb[sp]['pass_rate'])}"
                                              for sp in sa))
    corpus_exec_native(args, out)


def suite_results(args: argparse.Namespace, out: Path, ps: list) -> None:
    """The full-suite file (and the stock file's dev/test split)."""
    stock, compat = load_jsonl(args.stock), load_jsonl(args.compat)
    st, co = by_split(stock), by_split(compat)
    reg = regressions(stock, compat)
    suite = {
        "what": "PaConvert's own test cases under a pure torch->paddle prefix swap: stock paddle vs "
                "paddlecamp.apicompat.enable(), compared with torch like tests/apibase.py",
        "date": args.date, "hardware": f"{platform.machine()}, CPU only", "versions": versions(),
        "paconvert": {"repo": "PaddlePaddle/PaConvert", "commit": "73e14f0a11d1f11a98e88608cb8dd012040f2581"},
        "split": "test files split by crc32(file name) % 10 < 3 -> 'test' (30%, frozen: never looked at while "
                 "writing patches), else 'dev'",
        "patches": {"count": len(ps), "torch_apis": sum(len(p.apis) for p in ps)},
        "command": "paddlecamp apicompat suite <PaConvert>/tests --jobs 2 --compat --out compat.jsonl",
        "run_seconds": args.seconds,
        "summary": co["all"], "summary_by_split": {"dev": co["dev"], "test": co["test"]},
        "stock_by_split": {"all": {k: st["all"][k] for k in ("pass_rate", "cases_counted", "apis_fully_passing",
                                                             "apis_total")},
                           "dev": {k: st["dev"][k] for k in ("pass_rate", "cases_counted", "apis_fully_passing",
                                                             "apis_total")},
                           "test": {k: st["test"][k] for k in ("pass_rate", "cases_counted", "apis_fully_passing",
                                                               "apis_total")}},
        "regressions": {"count": len(reg), "cases": reg},
    }
    (out / f"apicompat_suite_compat_{args.date}.json").write_text(json.dumps(suite, indent=1, default=str) + "\n")
    stock_file = out / f"apicompat_suite_{args.date}.json"
    if stock_file.exists():  # the stock result gains its own dev/test split
        sf = json.loads(stock_file.read_text())
        sf["summary_by_split"] = {"dev": st["dev"], "test": st["test"]}
        stock_file.write_text(json.dumps(sf, indent=1, default=str) + "\n")
    print("suite:", ", ".join(f"{sp} {pct(st[sp]['pass_rate'])} -> {pct(co[sp]['pass_rate'])}" for sp in st),
          f"; APIs fully passing {st['all']['apis_fully_passing']} -> {co['all']['apis_fully_passing']}"
          f"; regressions {len(reg)}")


def corpus_exec_native(args: argparse.Namespace, out: Path) -> None:
    """The corpus, differential-execution and native-style files, for the runs given."""
    if args.corpus_stock and args.corpus_compat:
        a, b = load_jsonl(args.corpus_stock), load_jsonl(args.corpus_compat)
        corpus = {"what": "the project's own torch snippets (data/apicompat/corpus), swapped to paddle, compared "
                          "with torch", "date": args.date, "versions": versions(),
                  "stock": summarize(a), "compat": summarize(b), "regressions": regressions(a, b)}
        (out / f"apicompat_corpus_{args.date}.json").write_text(json.dumps(corpus, indent=1, default=str) + "\n")
        print(f"corpus: {pct(corpus['stock']['pass_rate'])} -> {pct(corpus['compat']['pass_rate'])}; "
              f"regressions {len(corpus['regressions'])}")
    if args.exec_stock and args.exec_compat:
        ex = {"what": "differential execution: torch-style calls generated from torch signatures (positional, "
                      "keyword, reordered, optional), torch vs swapped paddle, stock vs enable()", "date": args.date,
              "command": "paddlecamp apicompat audit --exec [--compat] --jobs 2 --resume calls.jsonl"}
        secs = [float(x) for x in args.exec_seconds.split(",")] if args.exec_seconds else [None, None]
        for (name, path), sec in zip((("stock", args.exec_stock), ("compat", args.exec_compat)), secs):
            s = diffexec.summarize(load_jsonl(path), {})
            ex[name] = {k: s[k] for k in ("apis_run", "verdicts", "styles")}
            ex[name]["apis_no_style_passes"] = sorted(a for a, d in s["apis"].items() if d["verdict"] == "no style passes")
            ex[name]["seconds"] = sec
        (out / f"apicompat_exec_{args.date}.json").write_text(json.dumps(ex, indent=1) + "\n")
        print("exec:", ex["stock"]["verdicts"], "->", ex["compat"]["verdicts"])
    if args.native:
        n = json.loads(Path(args.native).read_text())
        (out / f"apicompat_native_{args.date}.json").write_text(json.dumps(
            {"what": "paddle-native call styles of every API enable() replaces, layer off vs on",
             "date": args.date} | n, indent=1) + "\n")
        print("native:", n["verdicts"])


if __name__ == "__main__":
    main()
