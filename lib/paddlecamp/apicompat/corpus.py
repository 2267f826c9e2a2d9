"""The project's own corpus of torch snippets with named results (``data/apicompat/corpus/``).

A corpus file holds snippets separated by ``# %%`` headers::

    # %% torch.sum | sum over one dim, keeping it
    # names: result
    import torch
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    result = torch.sum(x, dim=1, keepdim=True)

The header names the API under test and says what the snippet does; ``# names:`` lists the
results compared with torch (default ``result``); optional ``# check: shape`` compares
shapes and dtypes only (random draws), ``# rtol: 1e-4`` / ``# atol: 1e-5`` loosen the
tolerance. Snippets become :class:`~paddlecamp.apicompat.suite.Case` objects and run through
the suite's isolated workers (torch original, then the prefix-swapped code under paddle).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from paddlecamp.apicompat.suite import Case, format_summary, run_resumable, summarize


class CorpusError(ValueError):
    """A malformed snippet (names the file and line)."""


def parse_file(path: str | Path) -> list[Case]:
    """The snippets of one corpus file as cases (ids ``<file>:<line>``)."""
    path = Path(path)
    cases: list[Case] = []
    cur: dict | None = None

    def close() -> None:
        if cur is None:
            return
        code = "\n".join(cur["lines"]).strip("\n") + "\n"
        if not code.strip():
            raise CorpusError(f"{path}:{cur['line']}: snippet {cur['api']!r} has no code")
        try:
            compile(code, f"{path}:{cur['line']}", "exec")
        except SyntaxError as e:
            raise CorpusError(f"{path}:{cur['line'] + (e.lineno or 1)}: snippet {cur['api']!r}: {e.msg}") from None
        c = Case(f"{path.name}:{cur['line']}", path.name, cur["what"], cur["api"], code, names=cur["names"],
                 kwargs=cur["kwargs"])
        cases.append(c)

    for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("# %%"):
            close()
            head = raw[4:].strip()
            api, _, what = head.partition("|")
            api = api.strip()
            if not api.startswith("torch"):
                raise CorpusError(f"{path}:{i}: header must start with the torch API under test, got {head!r}")
            cur = {"api": api, "what": what.strip(), "line": i, "lines": [], "names": ["result"], "kwargs": {}}
            continue
        if cur is None:
            if raw.strip() and not raw.startswith("#"):
                raise CorpusError(f"{path}:{i}: code before the first '# %%' header")
            continue
        s = raw.strip()
        if s.startswith("# names:") and not cur["lines"]:
            cur["names"] = [n.strip() for n in s[len("# names:"):].split(",") if n.strip()]
        elif s.startswith("# check:") and not cur["lines"]:
            if s[len("# check:"):].strip() == "shape":
                cur["kwargs"]["check_value"] = False
                cur["kwargs"]["strict_shape"] = True
        elif s.startswith(("# rtol:", "# atol:")) and not cur["lines"]:
            key, val = s[2:].split(":", 1)
            cur["kwargs"][key] = float(val)
        else:
            cur["lines"].append(raw)
    close()
    return cases


def load(root: str | Path) -> list[Case]:
    """Every snippet under ``root`` (a folder of ``*.py`` corpus files, or one file)."""
    root = Path(root)
    files = sorted(root.glob("*.py")) if root.is_dir() else [root]
    out: list[Case] = []
    for f in files:
        out += parse_file(f)
    return out


def cli_corpus(args) -> int:
    try:
        cases = load(args.path)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.api:
        cases = [c for c in cases if args.api in c.api]
    t0 = time.time()
    print(f"{len(cases)} snippets in {len({c.file for c in cases})} files", file=sys.stderr)
    prior, new = run_resumable(cases, args.resume, args.out, jobs=args.jobs, timeout=args.timeout,
                               compat=args.compat)
    s = summarize(prior + new)
    s["seconds_this_run"] = round(time.time() - t0, 1)
    s["compat"] = bool(args.compat)
    print(format_summary(s))
    if args.summary:
        Path(args.summary).write_text(json.dumps(s, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


__all__ = ["CorpusError", "parse_file", "load", "cli_corpus"]
