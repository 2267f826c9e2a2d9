"""PaConvert's own test cases as the measure of ``paddlecamp convert run``.

The cases are the maintainers' torch snippets (``tests/test_*.py``, read with
``paddlecamp.apicompat.suite``; snippets built by ``generate_optimizer_test_code(...)`` and
the other template helpers of that folder are expanded by calling the helper on the literal
arguments). Every case is converted twice, by plain PaConvert and by ``convert run``
(matchers + PaConvert), in one batch each. Then:

* **unsupported**: the cases marked ``unsupport=True`` (PaConvert's own list of what it
  cannot convert): how many each converter turns into valid Python, and how many of ours
  give the torch result when executed (``check``: same names, values, shapes, dtypes);
* **affected**: every other case where a matcher rewrote something: executed under torch, plain
  PaConvert's output (when it is valid) and ours. A regression is a case plain PaConvert
  passes and ours does not.

Also ranks the constructs PaConvert still marks ``>>>>>>`` in the unsupported cases (by API),
which is how the matchers were chosen.
"""
from __future__ import annotations

import ast
import importlib.util
import json
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CHUNK = 10


def _helpers(tests_dir: Path) -> dict:
    """Template functions of the tests folder (``*_helper.py``): pure string builders."""
    found = {}
    for path in sorted(tests_dir.glob("*_helper.py")):
        spec = importlib.util.spec_from_file_location(f"paconvert_tests_{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)
        except Exception:  # noqa: BLE001 - a helper that does not load only loses its cases
            continue
        found.update({k: v for k, v in vars(mod).items() if k.startswith("generate_") and callable(v)})
    return found


def _templated_code(path: Path, func: str, helpers: dict) -> str | None:
    """``textwrap.dedent(generate_x(<literals>))`` inside test function ``func``, expanded."""
    import textwrap
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef) and fn.name == func:
            for node in ast.walk(fn):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers:
                    try:
                        args = [ast.literal_eval(a) for a in node.args]
                        kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
                    except ValueError:
                        return None
                    return textwrap.dedent(helpers[node.func.id](*args, **kwargs))
    return None


def load_cases(tests_dir: str | Path) -> list:
    """PaConvert's cases with code, templated ones expanded; ``skip == "unsupport"`` kept."""
    from paddlecamp.apicompat.suite import collect
    tests_dir = Path(tests_dir)
    cases, _ = collect([tests_dir])
    helpers = _helpers(tests_dir)
    out = []
    for c in cases:
        if c.code is None and helpers:
            c.code = _templated_code(tests_dir / c.file, c.func.split("#")[0], helpers)
            if c.code is not None and c.skip == "unresolved":
                c.skip = None
        if c.code is not None and c.skip in (None, "unsupport"):
            out.append(c)
    return out


def _valid(code: str | None) -> bool:
    from paddlecamp.convert.run import output_problems
    return code is not None and not output_problems(code)


def _execute(files: list[tuple[str, list | None]], jobs: int, progress) -> list[dict]:
    from paddlecamp.convert.check import run_files
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    results: list[list[dict]] = [None] * len(chunks)  # type: ignore[list-item]
    with ThreadPoolExecutor(jobs) as pool:
        futs = {pool.submit(run_files, ch, 90.0 + 30.0 * len(ch)): i for i, ch in enumerate(chunks)}
        for fut in futs:
            results[futs[fut]] = fut.result()
            progress.update(len(chunks[futs[fut]]))
    return [r for chunk in results for r in chunk]


def measure(tests_dir: str | Path, jobs: int = 2, limit: int | None = None, workdir: str | Path | None = None) -> dict:
    """Convert and execute PaConvert's cases; the record written to the results file.

    ``workdir`` keeps the converted trees (``raw/``, ``plain/``, ``ours/``) and reuses the ones
    already there, so a second run only executes."""
    from tqdm import tqdm

    from paddlecamp.convert.check import compare_runs
    from paddlecamp.convert.run import convert, output_problems, prepass

    cases = load_cases(tests_dir)[:limit]
    tmp_holder = None
    if workdir is None:
        tmp_holder = tempfile.TemporaryDirectory(prefix="paddlecamp-corpus-")
        workdir = tmp_holder.name
    tmp = Path(workdir)
    try:
        raw, plain_dir, ours_dir = tmp / "raw", tmp / "plain", tmp / "ours"
        raw.mkdir(parents=True, exist_ok=True)
        names = {}
        for i, c in enumerate(cases):
            f = f"case_{i:05d}.py"
            try:
                ast.parse(c.code)
            except SyntaxError:
                continue
            if not (raw / f).exists() or (raw / f).read_text(encoding="utf-8") != c.code:
                (raw / f).write_text(c.code, encoding="utf-8")
            names[f] = c
        if not plain_dir.exists():
            from paconvert.converter import Converter
            conv = Converter(log_dir=str(tmp / "plain.log"), log_level="WARNING")
            conv.run(str(raw), str(plain_dir))
        if not ours_dir.exists():
            convert(raw, ours_dir, progress=True)

        rows = []
        for f, c in tqdm(names.items(), desc="classify", unit="case"):
            plain = (plain_dir / f).read_text(encoding="utf-8") if (plain_dir / f).exists() else None
            pre = prepass(c.code)     # what convert() applied to this file (the same pure function)
            rows.append({"id": c.id, "api": c.api, "unsupport": c.skip == "unsupport", "file": f, "names": c.names,
                         "kwargs": c.kwargs, "plain_valid": _valid(plain),
                         "ours_valid": (ours_dir / f).exists(),   # convert() writes valid files only
                         "applied": sorted({a.matcher for a in pre.applied}),
                         "refusals": [p.message for p in pre.refusals],
                         "plain_marked": [t for _, t, _ in output_problems(plain)][:3] if plain is not None else []})

        # an unsupport=True case never ran in PaConvert's CI, so it carries no tolerance: use the
        # one the maintainers give most often to the same file's other cases
        usual: dict[str, dict] = {}
        for c in names.values():
            if c.skip is None:
                usual.setdefault(c.file, Counter())[json.dumps(c.kwargs, sort_keys=True)] += 1
        for r, c in zip(rows, names.values()):
            if r["unsupport"] and not r["kwargs"] and c.file in usual:
                r["kwargs"] = json.loads(usual[c.file].most_common(1)[0][0])
                r["kwargs_from"] = "the file's other cases"
        to_run = [r for r in rows if (r["unsupport"] and r["ours_valid"]) or (not r["unsupport"] and r["applied"])]
        jobs_list = []
        for r in to_run:
            # the torch original twice: results that change between two runs are random, not comparable
            jobs_list.append((str(raw / r["file"]), r["names"]))
            jobs_list.append((str(raw / r["file"]), r["names"]))
            if r["ours_valid"]:
                jobs_list.append((str(ours_dir / r["file"]), r["names"]))
            if not r["unsupport"] and r["plain_valid"]:
                jobs_list.append((str(plain_dir / r["file"]), r["names"]))
        with tqdm(total=len(jobs_list), desc="execute", unit="run") as bar:
            runs = _execute(jobs_list, jobs, bar)
        k = 0
        for r in to_run:
            ref, again = runs[k], runs[k + 1]
            k += 2
            kw = dict(rtol=r["kwargs"].get("rtol", 1e-6), atol=r["kwargs"].get("atol", 0.0),
                      check_dtype=r["kwargs"].get("check_dtype", True), check_value=r["kwargs"].get("check_value", True))
            if not ref["ok"]:
                r["torch_error"] = ref["error"]
            elif again["ok"] and any(v.verdict != "equal" for v in compare_runs(ref, again, r["names"], **kw)):
                r["random"] = True
            for side, ok_key in (("ours", "ours_valid"), ("plain", "plain_valid")):
                if side == "plain" and r["unsupport"]:
                    continue
                if not r[ok_key]:
                    continue
                got = runs[k]
                k += 1
                if ref["ok"]:
                    verdicts = compare_runs(ref, got, r["names"], **kw)
                    r[f"{side}_pass"] = all(v.verdict == "equal" for v in verdicts)
                    bad = [v for v in verdicts if v.verdict != "equal"]
                    if bad:
                        r[f"{side}_detail"] = f"{bad[0].name}: {bad[0].verdict}: {bad[0].detail}"[:300]
                        # the same comparison at float32 rounding (check's defaults: rtol 1e-5, atol 1e-6)
                        loose = compare_runs(ref, got, r["names"], **dict(kw, rtol=max(kw["rtol"], 1e-5),
                                                                          atol=max(kw["atol"], 1e-6)))
                        r[f"{side}_pass_float32"] = all(v.verdict == "equal" for v in loose)
    finally:
        if tmp_holder is not None:
            tmp_holder.cleanup()
    return summarize(rows)


def summarize(rows: list[dict]) -> dict:
    uns = [r for r in rows if r["unsupport"]]
    aff = [r for r in rows if not r["unsupport"] and r["applied"]]
    runnable_uns = [r for r in uns if r["ours_valid"] and "torch_error" not in r and not r.get("random")]
    marked = Counter(r["api"] for r in uns if not r["ours_valid"])
    marked_plain = Counter(r["api"] for r in uns if not r["plain_valid"])
    summary = {
        "cases_total": len(rows),
        "unsupported": {
            "cases": len(uns),
            "plain_valid": sum(r["plain_valid"] for r in uns),
            "ours_valid": sum(r["ours_valid"] for r in uns),
            "ours_valid_torch_error": sum(r["ours_valid"] and "torch_error" in r for r in uns),
            "ours_valid_random": sum(r["ours_valid"] and bool(r.get("random")) for r in uns),
            "ours_pass": sum(bool(r.get("ours_pass")) for r in runnable_uns),
            "ours_fail": sum(r.get("ours_pass") is False for r in runnable_uns),
            "ours_fail_equal_at_float32": sum(r.get("ours_pass") is False and bool(r.get("ours_pass_float32"))
                                              for r in runnable_uns),
            "by_matcher": dict(Counter(m for r in uns if r["ours_valid"] for m in r["applied"])),
            "by_api": dict(Counter(r["api"] for r in uns if r["ours_valid"]).most_common()),
            "plain_marked_top": dict(marked_plain.most_common(15)),
            "still_marked_top": dict(marked.most_common(15)),
        },
        "affected": {
            "cases": len(aff),
            "plain_valid": sum(r["plain_valid"] for r in aff),
            "ours_valid": sum(r["ours_valid"] for r in aff),
            "torch_error": sum("torch_error" in r for r in aff),
            "random": sum(bool(r.get("random")) for r in aff),
            "plain_pass": sum(bool(r.get("plain_pass")) for r in aff),
            "ours_pass": sum(bool(r.get("ours_pass")) for r in aff),
            "regressions": [r["id"] for r in aff if r.get("plain_pass") and not r.get("ours_pass")],
            "gains": [r["id"] for r in aff if r.get("ours_pass") and not r.get("plain_pass")],
            "by_matcher": dict(Counter(m for r in aff for m in r["applied"])),
        },
    }
    return {"summary": summary, "rows": rows}


def write_results(result: dict, tests_dir: str, command: str, json_path: str | Path, md_path: str | Path) -> None:
    """The results file pair: JSON (summary + every row) and a Markdown digest."""
    import datetime
    import json
    import platform
    from importlib.metadata import version

    meta = {"date": datetime.date.today().isoformat(), "command": command,
            "corpus": "PaddlePaddle/PaConvert tests/test_*.py (published; Apache-2.0)",
            "versions": {k: version(k) for k in ("paconvert", "paddlepaddle", "torch")},
            "python": platform.python_version(), "machine": f"{platform.machine()} CPU"}
    # every case is counted in the summary; rows are kept for the cases the two sections are about
    kept = [r for r in result["rows"] if r["unsupport"] or r["applied"]]
    record = dict(meta, summary=result["summary"], rows=kept)
    Path(json_path).write_text(json.dumps(record, indent=1, default=str), encoding="utf-8")
    s = result["summary"]
    u, a = s["unsupported"], s["affected"]
    rows = result["rows"]
    lines = [
        "# `paddlecamp convert run` on PaConvert's own test cases",
        "",
        f"Date {meta['date']}; paconvert {meta['versions']['paconvert']}, paddlepaddle {meta['versions']['paddlepaddle']}, "
        f"torch {meta['versions']['torch']} ({meta['machine']}). Corpus: {meta['corpus']}, {s['cases_total']} cases with code.",
        "",
        f"Command: `{command}`",
        "",
        "## Cases PaConvert marks `unsupport=True`",
        "",
        "| | cases |", "|---|---:|",
        f"| marked unsupported by PaConvert's tests | {u['cases']} |",
        f"| valid Python after plain PaConvert | {u['plain_valid']} |",
        f"| valid Python after `convert run` (matchers + PaConvert) | {u['ours_valid']} |",
        f"| ... of which the torch original itself fails here | {u['ours_valid_torch_error']} |",
        f"| ... of which give different results on two torch runs (random; not compared) | {u['ours_valid_random']} |",
        f"| ... of which give torch's results under `--check` | {u['ours_pass']} |",
        f"| ... of which differ from torch | {u['ours_fail']} |",
        f"| ... ... of those, equal at float32 rounding (rtol 1e-5, atol 1e-6) | {u['ours_fail_equal_at_float32']} |",
        "",
        "Tolerances are the case's own (`rtol`, `atol`, `check_value` of its `obj.run`); an `unsupport=True` case, "
        "which never ran in PaConvert's CI, gets the one most used by the same file's other cases, else "
        "PaConvert's default (rtol 1e-6, atol 0).",
        "",
        "Converted by matcher: " + ", ".join(f"{k} {v}" for k, v in u["by_matcher"].items()) + ".",
        "",
        "By API: " + ", ".join(f"`{k}` {v}" for k, v in u["by_api"].items()) + ".",
        "",
        "Still marked `>>>>>>` (top APIs): " + ", ".join(f"`{k}` {v}" for k, v in u["still_marked_top"].items()) + ".",
        "",
        "## Other cases a matcher rewrote (regression check)",
        "",
        "| | cases |", "|---|---:|",
        f"| cases where a matcher changed the input | {a['cases']} |",
        f"| valid after plain PaConvert / after `convert run` | {a['plain_valid']} / {a['ours_valid']} |",
        f"| torch original fails here / random | {a['torch_error']} / {a['random']} |",
        f"| give torch's results: plain / ours | {a['plain_pass']} / {a['ours_pass']} |",
        f"| regressions (plain passes, ours does not) | {len(a['regressions'])} |",
        f"| gains (ours passes, plain does not) | {len(a['gains'])} |",
        "",
        "By matcher: " + ", ".join(f"{k} {v}" for k, v in a["by_matcher"].items()) + ".",
        "",
    ]
    if a["regressions"]:
        lines += ["Regressions: " + ", ".join(f"`{r}`" for r in a["regressions"]), ""]
    fails = [r for r in rows if r.get("ours_pass") is False and not r.get("random")][:10]
    if fails:
        lines += ["## Converted but different from torch (first 10)", ""]
        lines += [f"- `{r['id']}`: {r.get('ours_detail', '')}" for r in fails] + [""]
    errs = [r for r in rows if r["ours_valid"] and "torch_error" in r][:10]
    if errs:
        lines += ["## Converted, but the torch original fails under torch " + meta["versions"]["torch"] + " (first 10)", ""]
        lines += [f"- `{r['id']}`: {r['torch_error'][:160]}" for r in errs] + [""]
    Path(md_path).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    import sys
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: python -m paddlecamp.convert.run_corpus PACONVERT_TESTS_DIR OUT.json OUT.md [WORKDIR]")
    res = measure(sys.argv[1], workdir=sys.argv[4] if len(sys.argv) == 5 else None)
    write_results(res, sys.argv[1], "python -m paddlecamp.convert.run_corpus PaConvert/tests "
                  "data/results/convert_run_2026-12-01.json data/results/convert_run_2026-12-01.md",
                  sys.argv[2], sys.argv[3])
    print(res["summary"])
