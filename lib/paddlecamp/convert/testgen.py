"""Generate the call patterns a PaConvert test file lacks, verify them, and append them.

For every API whose cases miss one of the four call patterns (:mod:`paddlecamp.convert.testscan`),
a new case is derived from an existing running case: one call of the API inside its code string is
rewritten into the missing pattern using torch's signature (positional-only parameters stay
positional, a gap before a later positional argument is filled with the parameter's default, an
API called through ``*args`` gets no keyword patterns) and the rest of the code is kept
character for character. The case is rendered as ``def test_case_N():`` with the next free N, with
the source case's decorators and ``obj.run`` arguments.

Nothing unverified is written. Each generated case runs in a persistent worker process (torch and
paddle imported once; the harness of :mod:`paddlecamp.apicompat.suite`, a time limit per case):
first under torch, where it must run and define the compared names; then, unless paddle is left
out, converted by PaConvert and run under paddle, the named results compared the way
PaConvert's ``APIBase`` does. A case that runs under torch but not after conversion exposes a
PaConvert problem (``unsupported``, ``invalid`` output, ``paddle_error``, ``mismatch``) and is
reported; ``--write`` appends only the cases that pass, atomically, and re-parses the file.
"""
from __future__ import annotations

import ast
import atexit
import contextlib
import functools
import hashlib
import io
import json
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from paddlecamp.apicompat import signatures as S
from paddlecamp.apicompat import suite
from paddlecamp.convert import testscan as T

RUN_COMPARE_KW = ("check_value", "check_shape", "check_dtype", "check_stop_gradient", "rtol", "atol")
_DEFAULT_NAMES = {"torch", "float", "int", "bool"}


class GenSkip(ValueError):
    """A call cannot be rewritten into the wanted pattern (the message says why)."""


@dataclass
class Candidate:
    """A generated case, not yet verified."""
    id: str
    file: str                      # path of the test file
    api: str
    pattern: str
    source_case: str
    call_before: str
    call_after: str
    code: str
    names: list | None
    obj: str
    run_args: list[str]
    decorators: list[str]
    custom_compare: bool = False
    source_code: str | None = None     # the code of the case it was derived from

    @property
    def compare_kwargs(self) -> dict:
        return run_kwargs(self.run_args)


@dataclass
class Outcome:
    """What happened to one candidate."""
    torch: str                     # pass | error | missing_name | timeout | crash
    convert: str = "skipped"       # ok | unsupported | invalid | error | skipped
    paddle: str = "skipped"        # pass | ran | error | mismatch | timeout | crash | skipped
    detail: str | None = None
    seconds: float = 0.0

    @property
    def passes(self) -> bool:
        return self.torch == "pass" and self.paddle in ("pass", "ran", "skipped") and self.convert in ("ok", "skipped")

    @property
    def exposes(self) -> bool:
        """Runs under torch but not after PaConvert's conversion."""
        return self.torch == "pass" and (self.convert in ("unsupported", "invalid", "error")
                                         or self.paddle in ("error", "mismatch", "timeout", "crash"))


@dataclass
class Gap:
    """One (file, API, pattern) that is missing, with what became of it."""
    file: str
    api: str
    pattern: str
    status: str                    # generated | torch_failed | no_candidate
    reason: str | None = None
    tried: int = 0
    case: dict | None = None       # the chosen candidate's fields + outcome
    uncertain: bool = False        # the API has calls that do not bind to the signature: maybe covered there


# --------------------------------------------------------------------------- rewriting

def usable_default(p: S.Param) -> bool:
    """A default whose source text can be written into a call: a literal or ``torch.x``."""
    if not p.has_default or p.default == "?":
        return False
    try:
        node = ast.parse(p.default, mode="eval")
    except SyntaxError:
        return False
    return all(n.id in _DEFAULT_NAMES for n in ast.walk(node) if isinstance(n, ast.Name))


def rewrite_call(call: T.ApiCall, sig: S.Sig, pattern: str) -> str:
    """The text of ``call`` rewritten into ``pattern``; ``GenSkip`` when it cannot be."""
    b = call.binding
    if b is None:
        raise GenSkip(call.problem or "call not bound to the signature")
    by_name = {p.name: p for p in sig.params}
    vals = dict(b.positional + b.keywords)
    if pattern == "all_positional":
        args = _positional_args(b, sig, by_name, vals)
        return f"{call.func_text}({', '.join(args)})"
    if pattern in ("all_keyword", "keyword_order"):
        if b.star_args:
            raise GenSkip("the call passes extra positionals through *args")
        pos = [v for n, v in b.positional if by_name[n].kind == S.POS_ONLY]
        kws = [(p.name, vals[p.name]) for p in sig.params if p.name in vals and p.kind != S.POS_ONLY]
        if pattern == "keyword_order":
            for p in sig.params:
                if len(kws) >= 2:
                    break
                if p.kind in (S.POS, S.KW_ONLY) and p.name not in vals and p.name != "out" and usable_default(p):
                    kws.append((p.name, p.default))
            order = {p.name: i for i, p in enumerate(sig.params)}
            kws.sort(key=lambda kv: order[kv[0]])
            if len(kws) < 2:
                raise GenSkip("fewer than two keywords can be passed")
            kws.reverse()
        kws += b.extra_keywords
        if not kws:  # a call with no arguments: pass one defaulted parameter by name
            extra = next((p for p in sig.params if p.kind in (S.POS, S.KW_ONLY) and p.name != "out"
                          and usable_default(p)), None)
            if extra is None:
                raise GenSkip("no argument can be passed by keyword")
            kws = [(extra.name, extra.default)]
        return f"{call.func_text}({', '.join(pos + [f'{k}={v}' for k, v in kws])})"
    if pattern == "defaults_omitted":
        dropped = [n for n in vals if by_name[n].has_default]
        if not dropped:
            raise GenSkip("the call passes no defaulted parameter")
        parts, gap = [], False
        for n, v in b.positional:
            if n in dropped:
                gap = True
            elif gap:
                if by_name[n].kind == S.POS_ONLY:
                    raise GenSkip(f"positional-only {n!r} after an omitted parameter")
                parts.append(f"{n}={v}")
            else:
                parts.append(v)
        parts += b.star_args if not gap else []
        if b.star_args and gap:
            raise GenSkip("the call passes *args after an omitted parameter")
        parts += [f"{n}={v}" for n, v in b.keywords if n not in dropped]
        parts += [f"{n}={v}" for n, v in b.extra_keywords]
        return f"{call.func_text}({', '.join(parts)})"
    raise ValueError(f"unknown pattern {pattern!r}")


def _positional_args(b: T.Binding, sig: S.Sig, by_name: dict, vals: dict) -> list[str]:
    if b.extra_keywords:
        raise GenSkip("passes keywords that only **kwargs takes")
    required_kwonly = [n for n in vals if by_name[n].kind == S.KW_ONLY and not by_name[n].has_default]
    if required_kwonly:
        raise GenSkip(f"keyword-only parameter {required_kwonly[0]!r} has no default")
    pos_params = [p for p in sig.params if p.kind in (S.POS_ONLY, S.POS)]
    used = [i for i, p in enumerate(pos_params) if p.name in vals]
    last = max(used) if used else -1
    if b.star_args and last < len(pos_params) - 1 and any(not p.has_default for p in pos_params[last + 1:]):
        raise GenSkip("*args after an unfilled parameter")
    args = []
    for p in pos_params[: last + 1]:
        if p.name in vals:
            args.append(vals[p.name])
        elif usable_default(p):
            args.append(p.default)
        else:
            raise GenSkip(f"{p.name!r} would need a value and has no usable default")
    if b.star_args:
        if last < len(pos_params) - 1:
            raise GenSkip("*args cannot follow omitted positional parameters")
        args += b.star_args
    if not args:  # a call with no arguments: pass the first defaulted parameter by position
        first = next((p for p in pos_params if usable_default(p)), None)
        if first is None:
            raise GenSkip("no argument can be passed by position")
        args = [first.default]
    return args


def replace_span(code: str, call: T.ApiCall, new_text: str) -> str:
    """``code`` with the call's span (ast positions: 1-based lines, UTF-8 byte columns) replaced."""
    lines = code.splitlines(keepends=True)

    def offset(line: int, col: int) -> int:
        head = lines[line - 1].encode("utf-8")[:col].decode("utf-8", errors="ignore")
        return sum(len(x) for x in lines[: line - 1]) + len(head)

    return code[: offset(call.line, call.col)] + new_text + code[offset(call.end_line, call.end_col):]


def derive(case: T.ScannedCase, sig: S.Sig, pattern: str, sig_fn=T.torch_signature) -> Candidate:
    """A candidate for ``pattern`` from ``case`` (the first of its calls that can be rewritten)."""
    reasons = []
    for call in case.calls:
        try:
            new_text = rewrite_call(call, sig, pattern)
        except GenSkip as e:
            reasons.append(str(e))
            continue
        code = replace_span(case.code, call, new_text)
        if code == case.code:
            reasons.append("rewrite changes nothing")
            continue
        try:
            again = T.scan_code(code, case.api, sig_fn)
        except SyntaxError as e:  # pragma: no cover - the pieces come from parsed code
            reasons.append(f"rewritten code does not parse: {e.msg}")
            continue
        if not any(pattern in c.patterns for c in again):
            reasons.append(f"rewritten call {new_text!r} is not {pattern}")
            continue
        cid = f"{Path(case.file).name}::{case.api}::{pattern}::" + hashlib.sha1(code.encode()).hexdigest()[:10]
        return Candidate(cid, case.file, case.api, pattern, case.func, call.text, new_text, code, case.names,
                         case.obj, case.run_args, case.decorators, case.custom_compare, case.code)
    raise GenSkip("; ".join(dict.fromkeys(reasons)) or "no call of the API in the case")


def plan(sf: T.ScannedFile, max_tries: int = 2, sig_fn=T.torch_signature) -> tuple[list[list[Candidate]], list[Gap]]:
    """For each missing pattern: up to ``max_tries`` candidates (distinct code) to try in order,
    and the gaps no candidate could be derived for."""
    groups: list[list[Candidate]] = []
    gaps: list[Gap] = []
    for api, cov in sf.coverage.items():
        sig = sig_fn(api)
        if sig is None:
            continue
        sources = [c for c in sf.cases if c.api == api and c.skip is None and c.calls]
        for pattern in cov.missing:
            cands, reasons, codes = [], [], set()
            for case in sources:
                try:
                    cand = derive(case, sig, pattern, sig_fn)
                except GenSkip as e:
                    reasons.append(str(e))
                    continue
                if cand.code in codes:
                    continue
                codes.add(cand.code)
                cands.append(cand)
                if len(cands) >= max_tries:
                    break
            if cands:
                groups.append(cands)
            else:
                why = "; ".join(list(dict.fromkeys(reasons))[:3]) or "no running case calls the API"
                gaps.append(Gap(sf.path, api, pattern, "no_candidate", why))
    return groups, gaps


def run_kwargs(run_args: list[str]) -> dict:
    """The compare options (rtol=..., check_value=...) among ``obj.run``'s extra arguments."""
    out = {}
    for text in run_args:
        try:
            node = ast.parse(f"f({text})", mode="eval").body
        except SyntaxError:
            continue
        for k in node.keywords:
            if k.arg in RUN_COMPARE_KW:
                try:
                    out[k.arg] = ast.literal_eval(k.value)
                except ValueError:
                    pass
    return out


# --------------------------------------------------------------------------- rendering, writing

def render_case(cand: Candidate, number: int) -> str:
    """``def test_case_N():`` in PaConvert's style; ValueError if the code string does not
    survive the round trip through the rendered literal."""
    body = cand.code.strip("\n")
    literal = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    indented = "\n".join(("        " + ln) if ln.strip() else "" for ln in literal.splitlines())
    names = "None" if cand.names is None else (json.dumps(cand.names) if all(isinstance(n, str) for n in cand.names)
                                               else repr(cand.names))  # ["result"], as PaConvert writes it
    args = ", ".join(["pytorch_code", names] + cand.run_args)
    deco = "".join(f"@{d}\n" for d in cand.decorators)
    text = (f'{deco}def test_case_{number}():\n'
            f'    pytorch_code = textwrap.dedent(\n'
            f'        """\n{indented}\n        """\n'
            f'    )\n'
            f'    {cand.obj}.run({args})\n')
    fn = ast.parse(text).body[0]
    got = suite._const_str(fn.body[0].value, {})
    if got is None or _norm(got) != _norm(body):
        raise ValueError("code string changes when written as a dedented literal")
    return text


def _norm(code: str) -> str:
    import textwrap
    return textwrap.dedent(code).strip("\n")


def append_cases(path: str | Path, functions: list[str]) -> None:
    """Append rendered test functions to ``path`` atomically; the result must parse."""
    path = Path(path)
    src = path.read_text(encoding="utf-8")
    new = src.rstrip("\n") + "\n" + "".join("\n\n" + f for f in functions)
    try:
        ast.parse(new, str(path))
    except SyntaxError as e:  # never write a broken file
        raise ValueError(f"{path}:{e.lineno}: the file would not parse after appending: {e.msg}") from None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(new)
        os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------- conversion

def convert(code: str) -> tuple[str, str]:
    """PaConvert's conversion of ``code`` -> (status, paddle code or message).
    status: ok | unsupported (a ``>>>>>>`` line) | invalid (output does not compile) | error."""
    from paconvert.converter import Converter
    src, dst = (os.path.join(_convert_dir(), n) for n in ("pytorch_temp.py", "paddle_temp.py"))
    Path(src).write_text(code, encoding="utf-8")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(dst)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            Converter(log_dir="disable").run(src, dst)
        out = Path(dst).read_text(encoding="utf-8")
    except Exception as e:  # noqa: BLE001 - a converter crash is a finding
        return "error", f"{type(e).__name__}: {e}"[:300]
    if ">>>>>>" in out:
        line = next((ln.strip() for ln in out.splitlines() if ">>>>>>" in ln), "")
        return "unsupported", line[:300]
    try:
        compile(out, "<converted>", "exec", dont_inherit=True)
    except SyntaxError as e:
        return "invalid", f"line {e.lineno}: {e.msg}"
    return "ok", out


@functools.lru_cache(maxsize=1)
def _convert_dir() -> str:
    """One folder per process, the same file names each time, as PaConvert's APIBase does: its
    helper-code writer is created once per process and keeps the first output path it saw."""
    d = tempfile.mkdtemp(prefix="paddlecamp-convert-")
    atexit.register(shutil.rmtree, d, True)
    return d


# --------------------------------------------------------------------------- execution

def _worker_main(conn, mem_bytes: int, workdir: str, quiet: bool) -> None:
    from paddlecamp.apicompat.suite import isolate_worker
    isolate_worker(mem_bytes, workdir, quiet)
    import torch
    torch.set_num_threads(1)
    paddle = None  # imported at the first case that has paddle code: torch-only runs start faster
    conn.send({"ready": True})
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        if paddle is None and msg.get("paddle_code") is not None:
            import paddle
        conn.send(run_inproc(msg, torch, paddle))


def run_inproc(msg: dict, torch, paddle) -> dict:
    """Run the torch code, then (if given) the converted paddle code; compare the named results."""
    import gc
    from paddlecamp.apicompat import swap
    t0 = time.perf_counter()
    names = msg.get("names")
    if paddle is not None:
        suite._reset(torch, paddle)
    ref = swap.run_original(msg["torch_code"], names, filename=f"<torch {msg['id']}>")
    if not ref["ok"]:
        e = ref["error"]
        rec = {"torch": "error", "detail": f"{e['exc_type']}: {e['message']}"[:300]}
    elif any(v.get("kind") == "missing" for v in ref["results"].values()):
        rec = {"torch": "missing_name", "detail": "a compared name is not defined by the torch code"}
    elif msg.get("paddle_code") is None:
        rec = {"torch": "pass"}
    else:
        suite._reset(torch, paddle)
        got = swap.run_original(msg["paddle_code"], names, filename=f"<paddle {msg['id']}>")
        if not got["ok"]:
            e = got["error"]
            rec = {"torch": "pass", "paddle": "error",
                   "detail": f"{e['exc_type']}: {e['message']} (line: {e['source_line']})"[:300]}
        elif msg.get("custom_compare") or not names:
            rec = {"torch": "pass", "paddle": "ran"}
        else:
            bad = [r for r in swap.compare_results(ref["results"], got["results"], **msg.get("kwargs", {})) if not r["ok"]]
            rec = {"torch": "pass", "paddle": "pass"} if not bad else \
                {"torch": "pass", "paddle": "mismatch", "detail": bad[0]["detail"][:300]}
    del ref
    gc.collect()
    rec["seconds"] = round(time.perf_counter() - t0, 3)
    return rec


class CaseWorker(suite.Worker):
    """The suite's persistent worker (restart after a crash or timeout), running a torch code
    string and, when given, its converted paddle code."""

    def start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, self.mem_bytes, self.workdir, self.quiet))
        self.proc.start()
        child.close()
        self.conn = parent
        if not parent.poll(180):
            self.kill()
            raise RuntimeError("test worker did not start within 180 s")
        parent.recv()

    def run_msg(self, msg: dict, timeout: float) -> dict:
        if self.proc is None:
            self.start()
        t0 = time.perf_counter()
        self.conn.send(msg)
        if not self.conn.poll(timeout):
            self.kill()
            return {"status": "timeout", "detail": f"no result within {timeout:g} s",
                    "seconds": round(time.perf_counter() - t0, 3)}
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(5)
            code = self.proc.exitcode
            self.kill()
            return {"status": "crash", "detail": f"worker exited with code {code}",
                    "seconds": round(time.perf_counter() - t0, 3)}


def verify(cand: Candidate, worker: CaseWorker, paddle: bool = True, timeout: float = 30.0) -> Outcome:
    """Run ``cand`` under torch, and (``paddle``) converted under paddle."""
    conv_status, paddle_code = ("skipped", None)
    if paddle:
        conv_status, converted = convert(cand.code)
        paddle_code = converted if conv_status == "ok" else None
    msg = {"id": cand.id, "torch_code": cand.code, "paddle_code": paddle_code, "names": cand.names,
           "kwargs": cand.compare_kwargs, "custom_compare": cand.custom_compare}
    r = worker.run_msg(msg, timeout)
    if "status" in r:  # the worker timed out or died: blame the side that was running
        return Outcome(torch=r["status"], convert=conv_status, detail=r["detail"], seconds=r["seconds"])
    out = Outcome(torch=r["torch"], convert=conv_status, paddle=r.get("paddle", "skipped"),
                  detail=r.get("detail"), seconds=r["seconds"])
    if out.torch == "pass" and paddle and conv_status != "ok":
        out.detail = converted
    return out


# --------------------------------------------------------------------------- the whole job

@dataclass
class Report:
    files: int = 0
    apis: int = 0
    apis_without_signature: int = 0
    apis_without_calls: int = 0
    applicable: dict = field(default_factory=dict)
    missing: dict = field(default_factory=dict)
    apis_missing_any: int = 0
    apis_missing_uncertain: int = 0   # of those, APIs with calls that do not bind (the gap may be covered there)
    gaps: list[Gap] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    written: dict = field(default_factory=dict)   # file -> [test_case_N, ...]
    harness: dict | None = None                   # the written cases run by PaConvert's own pytest
    write_errors: list[str] = field(default_factory=list)

    def counts(self) -> dict:
        from collections import Counter
        st = Counter(g.status for g in self.gaps)
        cases = [g.case for g in self.gaps if g.case]
        return {
            "gaps": len(self.gaps),
            "gaps_uncertain": sum(g.uncertain for g in self.gaps),
            "generated": st["generated"] + st["torch_failed"],
            "no_candidate": st["no_candidate"],
            "torch_pass": sum(c["outcome"]["torch"] == "pass" for c in cases),
            "torch_failed": st["torch_failed"],
            "convert": dict(Counter(c["outcome"]["convert"] for c in cases if c["outcome"]["torch"] == "pass")),
            "paddle": dict(Counter(c["outcome"]["paddle"] for c in cases if c["outcome"]["torch"] == "pass")),
            "passing": sum(c["passes"] for c in cases),
            "exposes_paconvert": sum(c["exposes"] for c in cases),
            "exposes_pattern_specific": sum(bool(c.get("pattern_specific")) for c in cases),
            "written": sum(len(v) for v in self.written.values()),
        }

    def to_dict(self) -> dict:
        d = {k: v for k, v in asdict(self).items() if k != "gaps"}
        d["counts"] = self.counts()
        d["gaps"] = [asdict(g) for g in self.gaps]
        return d


def check_tests(paths, write: bool = False, paddle: bool = True, api_filter: str | None = None,
                max_tries: int = 2, timeout: float = 30.0, resume: str | None = None,
                progress: bool = True, write_exposing: bool = False, sig_fn=T.torch_signature) -> Report:
    """Scan, generate, verify and (``write``) append; returns the :class:`Report`."""
    from collections import Counter
    files = T.test_files(paths)
    rep = Report(files=len(files))
    app, miss = Counter(), Counter()
    cache = {r["id"]: r for r in suite.load_jsonl(resume)} if resume else {}
    fh = open(resume, "a", encoding="utf-8") if resume else None
    worker = CaseWorker(mem_bytes=6 << 30, quiet=True)
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=len(files), unit="file", file=sys.stderr, dynamic_ncols=True)

    def outcome(cand: Candidate) -> Outcome:
        if cand.id in cache:
            return Outcome(**cache[cand.id]["outcome"])
        out = verify(cand, worker, paddle, timeout)
        cache[cand.id] = {"outcome": asdict(out)}
        if fh:
            fh.write(json.dumps({"id": cand.id, "outcome": asdict(out)}) + "\n")
            fh.flush()
        return out

    try:
        for path in files:
            sf = T.scan_file(path, sig_fn, api_filter)
            rep.problems += [str(p) for p in sf.problems]
            for cov in sf.coverage.values():
                rep.apis += 1
                rep.apis_without_signature += cov.signature is None
                rep.apis_without_calls += cov.calls == 0 and cov.signature is not None
                app.update(cov.applicable)
                miss.update(cov.missing)
                rep.apis_missing_any += bool(cov.missing)
                rep.apis_missing_uncertain += bool(cov.missing) and cov.unbound_calls > 0
            first_gap = len(rep.gaps)
            groups, gaps = plan(sf, max_tries, sig_fn)
            rep.gaps += gaps
            functions, number = [], sf.next_case
            for cands in groups:
                gap = None
                for k, cand in enumerate(cands):
                    out = outcome(cand)
                    rec = asdict(cand) | {"outcome": asdict(out), "passes": out.passes, "exposes": out.exposes}
                    rec.pop("source_code")
                    if out.exposes:
                        # the case it came from, through the same pipeline: if that passes, the
                        # failure belongs to the new call pattern, not to the environment or the API
                        src = Candidate(f"{Path(cand.file).name}::{cand.api}::source::"
                                        + hashlib.sha1(cand.source_code.encode()).hexdigest()[:10],
                                        cand.file, cand.api, "source", cand.source_case, "", "", cand.source_code,
                                        cand.names, cand.obj, cand.run_args, cand.decorators, cand.custom_compare)
                        base = outcome(src)
                        rec["source_outcome"] = asdict(base)
                        rec["pattern_specific"] = base.passes
                    gap = Gap(sf.path, cand.api, cand.pattern, "generated" if out.torch == "pass" else "torch_failed",
                              None if out.torch == "pass" else out.detail, k + 1, rec)
                    if out.torch == "pass":
                        break
                rep.gaps.append(gap)
                if write and gap.status == "generated" and (gap.case["passes"] or write_exposing and gap.case["exposes"]):
                    if not sf.has_textwrap:
                        rep.write_errors.append(f"{Path(sf.path).name}: no module-level 'import textwrap'; not written")
                        continue
                    try:
                        functions.append(render_case(cand, number))
                        gap.case["written_as"] = f"test_case_{number}"
                        number += 1
                    except ValueError as e:
                        rep.write_errors.append(f"{Path(sf.path).name}: {cand.id}: {e}")
            for g in rep.gaps[first_gap:]:
                g.uncertain = sf.coverage[g.api].unbound_calls > 0
            if functions:
                try:
                    append_cases(sf.path, functions)
                    rep.written[sf.path] = [f"test_case_{n}" for n in range(sf.next_case, number)]
                except (ValueError, OSError) as e:
                    rep.write_errors.append(str(e))
            if bar:
                bar.update(1)
                done = [g for g in rep.gaps if g.case]
                bar.set_postfix_str(f"cases {len(done)} torch-ok {sum(g.status == 'generated' for g in done)}",
                                    refresh=False)
    finally:
        if bar:
            bar.close()
        if fh:
            fh.close()
        worker.close()
    rep.applicable, rep.missing = dict(app), dict(miss)
    return rep


def run_harness(written: dict[str, list[str]], timeout: float = 600.0) -> dict:
    """Run the written cases with pytest in their own folders, i.e. through PaConvert's
    ``apibase.py`` (which must sit next to the test files) and the installed paconvert: the
    acceptance check the maintainers use. Returns passed/failed/skipped counts and failed ids."""
    import re
    import subprocess
    from collections import defaultdict
    by_folder: dict = defaultdict(list)
    for f, names in written.items():
        by_folder[Path(f).resolve().parent] += [f"{Path(f).name}::{name}" for name in names]
    out = {"cases": sum(len(v) for v in by_folder.values()), "passed": 0, "failed": 0, "skipped": 0, "errors": 0,
           "failed_ids": []}
    for folder, nodes in by_folder.items():
        if not (folder / "apibase.py").exists():
            return out | {"error": f"no apibase.py in {folder.name}/: PaConvert's harness is not there"}
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
               "--rootdir", str(folder), *nodes]
        try:
            proc = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return out | {"error": f"pytest did not finish within {timeout:g} s"}
        tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
        for n, k in re.findall(r"(\d+) (passed|failed|skipped|errors?)", tail):
            out["errors" if k.startswith("error") else k] += int(n)
        out["failed_ids"] += re.findall(r"^(?:FAILED|ERROR) (\S+)", proc.stdout, re.M)
    out["summary"] = f"{out['passed']} passed, {out['failed']} failed, {out['skipped']} skipped, {out['errors']} errors"
    return out


# --------------------------------------------------------------------------- results files

def results(rep: Report, command: str, source: str, date: str | None = None) -> dict:
    """The measured figures of a run (for data/results): counts, per-namespace gaps, the cases that
    expose PaConvert problems (with their code), and one compact line per gap."""
    import datetime
    import platform
    from collections import Counter, defaultdict
    from importlib.metadata import version

    def ver(name):
        try:
            return version(name)
        except Exception:  # noqa: BLE001
            return None

    gaps = rep.gaps
    by_ns: dict = defaultdict(Counter)
    for g in gaps:
        ns = suite.namespace(g.api)
        by_ns[ns]["gaps"] += 1
        if g.case:
            by_ns[ns]["torch_pass"] += g.case["outcome"]["torch"] == "pass"
            by_ns[ns]["passing"] += g.case["passes"]
            by_ns[ns]["exposes"] += g.case["exposes"]
    exposing = [g for g in gaps if g.case and g.case["exposes"]]
    torch_fail = Counter((g.reason or "").split(":")[0] for g in gaps if g.status == "torch_failed")
    no_cand = Counter((g.reason or "").split(";")[0][:80] for g in gaps if g.status == "no_candidate")
    return {
        "date": date or datetime.date.today().isoformat(),
        "command": command,
        "source": source,
        "versions": {"torch": ver("torch"), "paddlepaddle": ver("paddlepaddle"), "paconvert": ver("paconvert"),
                     "python": platform.python_version()},
        "files": rep.files,
        "apis": rep.apis,
        "apis_without_signature": rep.apis_without_signature,
        "apis_without_calls": rep.apis_without_calls,
        "apis_missing_any": rep.apis_missing_any,
        "apis_missing_uncertain": rep.apis_missing_uncertain,
        "applicable": rep.applicable,
        "missing": rep.missing,
        "problems": rep.problems,
        "counts": rep.counts(),
        "harness": rep.harness,
        "by_namespace": {k: dict(v) for k, v in sorted(by_ns.items())},
        "torch_failure_kinds": dict(torch_fail.most_common(15)),
        "no_candidate_reasons": dict(no_cand.most_common(15)),
        "exposing": [{"file": Path(g.file).name, "api": g.api, "pattern": g.pattern,
                      "call": g.case["call_after"], "from": g.case["call_before"], "source_case": g.case["source_case"],
                      "convert": g.case["outcome"]["convert"], "paddle": g.case["outcome"]["paddle"],
                      "detail": g.case["outcome"]["detail"], "pattern_specific": bool(g.case.get("pattern_specific")),
                      "source_outcome": g.case.get("source_outcome"), "code": g.case["code"]} for g in exposing],
        "gaps": [{"file": Path(g.file).name, "api": g.api, "pattern": g.pattern, "status": g.status,
                  "uncertain": g.uncertain,
                  **({"call": g.case["call_after"], "torch": g.case["outcome"]["torch"],
                      "convert": g.case["outcome"]["convert"], "paddle": g.case["outcome"]["paddle"]}
                     if g.case else {"reason": g.reason})} for g in gaps],
    }


def results_markdown(res: dict) -> str:
    c = res["counts"]
    lines = [f"# Unit-test enhancement on PaConvert's own tests ({res['date']})", "",
             f"Source: {res['source']}. Command: `{res['command']}`.",
             "Versions: " + ", ".join(f"{k} {v}" for k, v in res["versions"].items()) + ".", "",
             f"{res['files']} test files, {res['apis']} APIs; {res['apis_without_signature']} without a usable torch "
             f"signature, {res['apis_without_calls']} more with no call of the API found in a running case. "
             f"{res['apis_missing_any']} APIs miss at least one pattern ({res['apis_missing_uncertain']} of them have "
             f"calls that do not bind to the signature, so a gap there may be covered after all).", "",
             "| pattern | APIs where it applies | APIs missing it |", "|---|---:|---:|"]
    for p in T.PATTERNS:
        lines.append(f"| {p} | {res['applicable'].get(p, 0)} | {res['missing'].get(p, 0)} |")
    lines += ["", "| step | cases |", "|---|---:|",
              f"| gaps (API x missing pattern) | {c['gaps']} |",
              f"| of those, uncertain (the API has calls that do not bind to the signature) | {c['gaps_uncertain']} |",
              f"| no case could be derived | {c['no_candidate']} |",
              f"| generated and run under torch | {c['generated']} |",
              f"| pass under torch | {c['torch_pass']} |",
              f"| of those, converted by PaConvert (ok / unsupported / invalid / error) | "
              f"{c['convert'].get('ok', 0)} / {c['convert'].get('unsupported', 0)} / {c['convert'].get('invalid', 0)} / "
              f"{c['convert'].get('error', 0)} |",
              f"| of the converted, pass under paddle (pass / ran, custom compare / error / mismatch / timeout) | "
              f"{c['paddle'].get('pass', 0)} / {c['paddle'].get('ran', 0)} / {c['paddle'].get('error', 0)} / "
              f"{c['paddle'].get('mismatch', 0)} / {c['paddle'].get('timeout', 0)} |",
              f"| passing both (what `--write` appends) | {c['passing']} |",
              f"| expose a PaConvert problem | {c['exposes_paconvert']} |",
              f"| of those, the source case passes (the failure is the new pattern's) | "
              f"{c['exposes_pattern_specific']} |"]
    h = res.get("harness")
    if h and "error" not in h:
        lines += ["", f"The {h['cases']} written cases run by PaConvert's own harness (its `apibase.py` under pytest, "
                  f"installed paconvert): {h['passed']} passed, {h['failed']} failed, {h['skipped']} skipped."]
        lines += [f"- failed: `{x}`" for x in h["failed_ids"]]
    elif h:
        lines += ["", f"PaConvert's own harness was not run: {h['error']}."]
    lines += ["", "## By namespace", "", "| namespace | gaps | pass torch | passing | expose PaConvert |",
              "|---|---:|---:|---:|---:|"]
    for ns, d in res["by_namespace"].items():
        lines.append(f"| {ns} | {d.get('gaps', 0)} | {d.get('torch_pass', 0)} | {d.get('passing', 0)} | "
                     f"{d.get('exposes', 0)} |")
    lines += ["", "## Cases that expose PaConvert problems", "",
              "Each runs under torch; after PaConvert's conversion it is unsupported, not valid Python, or fails or "
              "differs under paddle. *Pattern-specific*: the existing case it was derived from passes through the "
              "same pipeline, so the failure comes from the new way of calling; otherwise the API (or this CPU-only "
              "environment) fails its existing case too.", "",
              "| file | pattern | generated call | outcome | pattern-specific |", "|---|---|---|---|---|"]
    for e in sorted(res["exposing"], key=lambda e: not e["pattern_specific"]):
        outcome = e["convert"] if e["convert"] != "ok" else f"paddle {e['paddle']}"
        detail = (e["detail"] or "").replace("|", "\\|").replace("\n", " ")[:160]
        call = e["call"].replace("|", "\\|")
        lines.append(f"| {e['file']} | {e['pattern']} | `{call}` | {outcome}: {detail} | "
                     f"{'yes' if e['pattern_specific'] else 'no'} |")
    lines += ["", "## Why generated cases fail under torch", "",
              "Mostly the documented signature is not what the function accepts (docstring names, overloads); "
              "such cases are never written.", ""]
    lines += [f"- {k or '?'}: {v}" for k, v in res["torch_failure_kinds"].items()]
    lines += ["", "## Why no case could be derived", ""]
    lines += [f"- {k or '?'}: {v}" for k, v in res["no_candidate_reasons"].items()]
    if res["problems"]:
        lines += ["", "## Files or code strings that could not be read", ""] + [f"- {p}" for p in res["problems"]]
    return "\n".join(lines) + "\n"
