"""PaConvert's test cases, run with torch -> paddle swapped and compared with torch.

PaConvert's ``tests/test_*.py`` are read, never imported: ``ast`` finds the API objects
(``obj = APIBase("torch.max")``, or a subclass defined in the file: marked ``custom_compare``
when it overrides ``compare``/``run``, still compared the default way) and each test
function's ``obj.run(pytorch_code, [names], check_value=..., ...)`` call, with the code
literal resolved whether passed directly or through a local ``pytorch_code = textwrap.dedent(...)``.
A few files build their code with a string helper shipped beside them (``from
optimizer_helper import generate_optimizer_test_code``); a call of such a function with literal
arguments is resolved by loading that helper file alone (it only formats strings) and calling it.

Each case runs in a persistent worker process (torch and paddle imported once, address
space capped with ``RLIMIT_AS``): first the torch original, then the prefix-swapped code
under paddle; the named results are compared like ``tests/apibase.py`` does. Classes:
``pass``, ``mismatch``, ``error``, ``timeout``, ``crash`` and ``torch_error`` (the
original fails here: excluded from the rates). A crash or hang kills and restarts the worker.
"""
from __future__ import annotations

import ast
import json
import multiprocessing as mp
import os
import queue
import sys
import textwrap
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

RUN_KW = ("check_value", "check_shape", "check_dtype", "check_stop_gradient", "rtol", "atol")
NAMESPACES = ("torch.Tensor", "torch.nn.functional", "torch.nn", "torch.linalg", "torch.fft", "torch.special",
              "torch.optim", "torch.distributions", "torch.utils.data")
EXCLUDED = ("torch_error",)


@dataclass
class Case:
    id: str
    file: str
    func: str
    api: str
    code: str | None
    names: list | None = None
    kwargs: dict = field(default_factory=dict)
    skip: str | None = None          # unsupport | convert_only | unresolved
    custom_compare: bool = False
    note: str | None = None


def split_of(file: str) -> str:
    """A fixed split of PaConvert's test files: "test" (30%, frozen: never looked at while
    writing patches) or "dev" (70%), by the crc32 of the file name."""
    import zlib
    return "test" if zlib.crc32(Path(file).name.encode()) % 10 < 3 else "dev"


def namespace(api: str) -> str:
    for ns in NAMESPACES:
        if api == ns or api.startswith(ns + "."):
            return ns
    if api.startswith("torch.") and api.count(".") == 1:
        return "torch"
    return "other"


# --------------------------------------------------------------------------- extraction

def _string_helpers(tree: ast.Module, folder: Path) -> dict:
    """``{name: function}`` for ``from <x>_helper import name`` where ``<x>_helper.py`` lies in
    ``folder``: PaConvert's code-string builders, loaded without the test file."""
    import importlib.util
    found = {}
    for n in tree.body:
        if isinstance(n, ast.ImportFrom) and n.module and n.module.endswith("_helper") and n.level == 0:
            path = folder / f"{n.module}.py"
            if not path.is_file():
                continue
            spec = importlib.util.spec_from_file_location(f"_paconvert_{n.module}", path)
            module = importlib.util.module_from_spec(spec)
            try:
                spec.loader.exec_module(module)
            except Exception:  # a helper that does more than format strings: leave its cases unresolved
                continue
            for alias in n.names:
                if callable(getattr(module, alias.name, None)):
                    found[alias.asname or alias.name] = getattr(module, alias.name)
    return found


def _helper_call(node: ast.Call, env: dict) -> str | None:
    """``generate_x(<literals>)`` with a string helper from ``env["__helpers__"]``."""
    helper = env.get("__helpers__", {}).get(getattr(node.func, "id", None))
    if helper is None:
        return None
    try:
        args = [ast.literal_eval(a) for a in node.args]
        kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg}
    except ValueError:
        return None
    out = helper(*args, **kwargs)
    return out if isinstance(out, str) else None


def _const_str(node, env: dict) -> str | None:
    """A code string: literal, textwrap.dedent(literal), dedent(literal), a resolvable name, or a
    string helper's result."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and "__helpers__" in env:
        built = _helper_call(node, env)
        if built is not None:
            return built
    if isinstance(node, ast.Call) and node.args and not node.keywords:
        f = node.func
        fname = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
        if fname == "dedent":
            inner = _const_str(node.args[0], env)
            return textwrap.dedent(inner) if inner is not None else None
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _const_str(node.left, env), _const_str(node.right, env)
        return a + b if a is not None and b is not None else None
    return None


def _api_objects(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Module-level ``NAME = SomeAPIBase("torch.xxx")`` -> {NAME: (api, custom_compare)}."""
    classes: dict[str, ast.ClassDef] = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}

    def is_apibase(name: str, seen=()) -> bool:
        if name == "APIBase":
            return True
        c = classes.get(name)
        if c is None:
            return name.endswith("APIBase")  # imported from a helper module
        return any(isinstance(b, ast.Name) and b.id not in seen and is_apibase(b.id, seen + (name,)) for b in c.bases)

    def custom(name: str) -> bool:
        if name == "APIBase":
            return False
        c = classes.get(name)
        if c is None:
            return True
        own = any(isinstance(n, ast.FunctionDef) and n.name in ("compare", "run") for n in c.body)
        return own or any(isinstance(b, ast.Name) and custom(b.id) for b in c.bases)

    objs = {}
    for n in tree.body:
        if (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name)
                and n.value.args and isinstance(n.value.args[0], ast.Constant)
                and isinstance(n.value.args[0].value, str) and is_apibase(n.value.func.id)):
            objs[n.targets[0].id] = (n.value.args[0].value, custom(n.value.func.id))
    return objs


def extract_cases(path: str | Path) -> tuple[list[Case], list[str]]:
    """Cases of one PaConvert test file (including skipped ones, with ``skip`` set) and problems."""
    path = Path(path)
    problems: list[str] = []
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except SyntaxError as e:
        return [], [f"{path.name}:{e.lineno}: {e.msg}"]
    objs = _api_objects(tree)
    mod_env: dict = {}
    helpers = _string_helpers(tree, path.parent)
    if helpers:
        mod_env["__helpers__"] = helpers
    for n in tree.body:
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            s = _const_str(n.value, {})
            if s is not None:
                mod_env[n.targets[0].id] = s
    cases: list[Case] = []
    for fn in tree.body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name.startswith("test")):
            continue
        env = dict(mod_env)
        calls: list[tuple[ast.Call, dict]] = []

        def visit(stmts):
            for st in stmts:
                if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                    s = _const_str(st.value, env)
                    if s is not None:
                        env[st.targets[0].id] = s
                    else:
                        env.pop(st.targets[0].id, None)
                for node in ast.walk(st):
                    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run"
                            and isinstance(node.func.value, ast.Name) and node.func.value.id in objs):
                        calls.append((node, dict(env)))
        visit(fn.body)
        for k, (call, cenv) in enumerate(calls):
            api, custom = objs[call.func.value.id]
            cid = f"{path.name}::{fn.name}" + (f"#{k + 1}" if k else "")
            kw = {a.arg: a.value for a in call.keywords if a.arg}
            code_node = call.args[0] if call.args else kw.pop("pytorch_code", None)
            names_node = call.args[1] if len(call.args) > 1 else kw.pop("compared_tensor_names", None)
            code = _const_str(code_node, cenv) if code_node is not None else None
            case = Case(cid, path.name, fn.name, api, code, custom_compare=custom)
            if names_node is not None:
                try:
                    case.names = ast.literal_eval(names_node)
                except ValueError:
                    case.skip, case.note = "unresolved", "compared names not a literal"
            for a in call.args[2:3]:  # third positional is expect_paddle_code
                kw.setdefault("expect_paddle_code", a)
            for key, node in kw.items():
                try:
                    val = ast.literal_eval(node)
                except ValueError:
                    if key in ("expect_paddle_code", "reason"):
                        val = _const_str(node, cenv) or "<expr>"
                    else:
                        case.note = f"{key} not a literal"
                        continue
                if key in RUN_KW:
                    case.kwargs[key] = val
                elif key == "unsupport" and val:
                    case.skip = "unsupport"
                elif key == "expect_paddle_code" and val and case.skip is None:
                    case.skip = "convert_only"
            if code is None and case.skip is None:
                case.skip, case.note = "unresolved", "code string not resolvable statically"
            cases.append(case)
    return cases, problems


def collect(paths, api: str | None = None, split: str = "all") -> tuple[list[Case], list[str]]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        files += sorted(p.glob("test_*.py")) if p.is_dir() else [p]
    if split != "all":
        files = [f for f in files if split_of(f.name) == split]
    cases, problems = [], []
    for f in files:
        c, pr = extract_cases(f)
        if api:
            c = [x for x in c if api in x.api or api in f.name]
        cases += c
        problems += pr
    return cases, problems


# --------------------------------------------------------------------------- worker

def isolate_worker(mem_bytes: int, workdir: str, quiet: bool) -> None:
    """The start of every case worker: cap the address space, work in ``workdir``, silence the
    output of the code under test (``quiet``) and its warnings."""
    import resource
    import warnings
    if mem_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
    os.makedirs(workdir, exist_ok=True)
    os.chdir(workdir)
    if quiet:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
    warnings.filterwarnings("ignore")


def _worker_main(conn, mem_bytes: int, compat: bool, workdir: str, quiet: bool) -> None:
    isolate_worker(mem_bytes, workdir, quiet)
    import numpy  # noqa: F401
    import torch
    import paddle
    torch.set_num_threads(1)
    from paddlecamp.apicompat import enable, swap
    if compat:
        try:
            enable()
        except Exception as e:  # noqa: BLE001
            conn.send({"ready": False, "error": str(e)})
            return
    conn.send({"ready": True})
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        conn.send(run_case_inproc(msg, torch, paddle, swap))


def _reset(torch, paddle) -> None:
    try:  # global state a case may have changed (seen: torch.set_default_device("cuda") breaks every later case)
        torch.set_default_device(None)
        torch.set_default_dtype(torch.float32)
        torch.set_grad_enabled(True)
        if paddle.get_device() != "cpu":
            paddle.set_device("cpu")
        if not paddle.in_dynamic_mode():
            paddle.disable_static()
        paddle.set_default_dtype("float32")
        paddle.set_grad_enabled(True)
    except Exception:  # noqa: BLE001
        pass


def run_case_inproc(case: dict, torch, paddle, swap) -> dict:
    """Run one case (dict of Case fields) in this process; returns the result record."""
    import gc
    t0 = time.perf_counter()
    names = case.get("names")
    _reset(torch, paddle)
    ref = swap.run_original(case["code"], names, filename=f"<torch {case['id']}>")
    rec: dict = {}
    if not ref["ok"]:
        e = ref["error"]
        rec = {"status": "torch_error", "exc_type": e["exc_type"], "message": e["message"]}
    elif any(v.get("kind") == "missing" for v in ref["results"].values()):
        rec = {"status": "torch_error", "message": "compared name not defined by the torch code"}
    else:
        _reset(torch, paddle)
        got = swap.run_swapped(case["code"], names, filename=f"<paddle {case['id']}>")
        if not got["ok"]:
            e = got["error"]
            rec = {"status": "error", "exc_type": e["exc_type"], "message": e["message"], "paddle_api": e["api"],
                   "arg": e["arg"], "line": e["line"], "source_line": e["source_line"]}
        elif names:
            kw = {k: v for k, v in case.get("kwargs", {}).items()}
            recs = swap.compare_results(ref["results"], got["results"], **kw)
            bad = [r for r in recs if not r["ok"]]
            rec = {"status": "pass"} if not bad else {"status": "mismatch", "kind": bad[0]["kind"], "detail": bad[0]["detail"][:300]}
        else:
            rec = {"status": "pass"}
    del ref
    gc.collect()
    rec["seconds"] = round(time.perf_counter() - t0, 3)
    return rec


class Worker:
    """One persistent worker process; restarts itself after a crash or timeout."""

    def __init__(self, mem_bytes=6 << 30, compat=False, workdir=None, quiet=True):
        self.mem_bytes, self.compat, self.quiet = mem_bytes, compat, quiet
        self.workdir = workdir or os.path.join(os.environ.get("TMPDIR", "/tmp"), f"paddlecamp-suite-{os.getpid()}")
        self.proc = None
        self.conn = None

    def start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, self.mem_bytes, self.compat, self.workdir, self.quiet),
                                daemon=False)  # cases may start processes (DataLoader workers)
        self.proc.start()
        child.close()
        self.conn = parent
        if not parent.poll(180):
            self.kill()
            raise RuntimeError("suite worker did not start within 180 s")
        msg = parent.recv()
        if not msg.get("ready"):
            self.kill()
            raise RuntimeError(f"suite worker failed to start: {msg.get('error')}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            self.proc.kill()
        if self.proc is not None:
            self.proc.join(5)
        self.proc = None

    def run(self, case: Case, timeout: float) -> dict:
        if self.proc is None:
            self.start()
        t0 = time.perf_counter()
        self.conn.send({"id": case.id, "code": case.code, "names": case.names, "kwargs": case.kwargs})
        if not self.conn.poll(timeout):
            self.kill()
            return {"status": "timeout", "message": f"no result within {timeout:g} s", "seconds": round(time.perf_counter() - t0, 3)}
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(5)
            code = self.proc.exitcode
            self.kill()
            return {"status": "crash", "message": f"worker exited with code {code}", "seconds": round(time.perf_counter() - t0, 3)}

    def close(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            try:
                self.conn.send(None)
                self.proc.join(5)
            except Exception:  # noqa: BLE001
                pass
        self.kill()


def run_cases(cases: list[Case], jobs: int = 2, timeout: float = 60.0, out: str | None = None,
              done: set | None = None, compat: bool = False, mem_bytes: int = 6 << 30,
              progress: bool = True) -> list[dict]:
    """Run the runnable cases with ``jobs`` workers; append one JSON line per case to ``out``."""
    done = done or set()
    todo = [c for c in cases if c.skip is None and c.id not in done]
    q: queue.Queue = queue.Queue()
    for c in todo:
        q.put(c)
    results: queue.Queue = queue.Queue()
    errors: list[str] = []

    def loop(w: Worker):
        try:
            while True:
                try:
                    c = q.get_nowait()
                except queue.Empty:
                    return
                try:
                    r = w.run(c, timeout)
                except Exception as e:  # noqa: BLE001 - worker start failures
                    errors.append(str(e))
                    results.put(None)
                    return
                results.put(record(c) | r)
        finally:
            w.close()

    workers = [Worker(mem_bytes, compat) for _ in range(max(1, min(jobs, len(todo))))]
    threads = [threading.Thread(target=loop, args=(w,), daemon=True) for w in workers] if todo else []
    for t in threads:
        t.start()
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=len(todo), unit="case", file=sys.stderr, dynamic_ncols=True)
    fh = open(out, "a", encoding="utf-8") if out else None
    got: list[dict] = []
    try:
        while len(got) < len(todo) and (any(t.is_alive() for t in threads) or not results.empty()):
            try:
                r = results.get(timeout=0.5)
            except queue.Empty:
                continue
            if r is None:
                continue
            got.append(r)
            if fh:
                fh.write(json.dumps(r, default=str) + "\n")
                fh.flush()
            if bar:
                bar.update(1)
                bar.set_postfix_str(f"pass {sum(x['status'] == 'pass' for x in got) / len(got):.0%}", refresh=False)
    finally:
        if bar:
            bar.close()
        if fh:
            fh.close()
    if errors:
        raise RuntimeError(errors[0])
    return got


def run_resumable(cases: list[Case], resume: str | None = None, out: str | None = None,
                  **kw) -> tuple[list[dict], list[dict]]:
    """Run ``cases`` (keyword arguments as :func:`run_cases`), skipping those already recorded in
    the JSONL ``resume``; new records go to ``out`` (default: ``resume``). Returns (prior, new)."""
    keep = {c.id for c in cases}
    prior = [r for r in load_jsonl(resume) if r["id"] in keep] if resume else []
    new = run_cases(cases, out=out or resume, done={r["id"] for r in prior}, **kw)
    return prior, new


def record(c: Case) -> dict:
    return {"id": c.id, "file": c.file, "api": c.api, "namespace": namespace(c.api),
            "custom_compare": c.custom_compare, "split": split_of(c.file)}


# --------------------------------------------------------------------------- summary

def summarize(records: list[dict], skipped: Counter | None = None) -> dict:
    from paddlecamp.apicompat.swap import pick_api
    for r in records:  # re-derive with the current rule (records keep the line and the message)
        if r["status"] == "error" and r.get("source_line"):
            r["paddle_api"] = pick_api(r["source_line"], r.get("message") or "")
    st = Counter(r["status"] for r in records)
    counted = [r for r in records if r["status"] not in EXCLUDED]
    npass = sum(r["status"] == "pass" for r in counted)
    by_ns: dict = defaultdict(Counter)
    by_api: dict = defaultdict(Counter)
    for r in counted:
        by_ns[r["namespace"]][r["status"]] += 1
        by_api[r["api"]][r["status"]] += 1
    apis_pass = sorted(a for a, c in by_api.items() if c["pass"] == sum(c.values()))
    errs = Counter(r.get("paddle_api") or "?" for r in counted if r["status"] == "error")
    args = Counter(f"{r.get('paddle_api') or '?'}({r['arg']}=)" for r in counted if r["status"] == "error" and r.get("arg"))
    exc = Counter(f"{r.get('exc_type')}: {(r.get('message') or '')[:90]}" for r in counted if r["status"] == "error")
    mism = Counter(r.get("kind") for r in counted if r["status"] == "mismatch")
    cats = Counter(error_category(r) for r in counted if r["status"] == "error")
    return {
        "cases_run": len(records),
        "cases_counted": len(counted),
        "excluded_torch_error": st["torch_error"],
        "skipped": dict(skipped or {}),
        "status": dict(st),
        "pass_rate": round(npass / len(counted), 4) if counted else None,
        "apis_total": len(by_api),
        "apis_fully_passing": len(apis_pass),
        "namespaces": {ns: {"cases": sum(c.values()), "pass": c["pass"],
                            "pass_rate": round(c["pass"] / sum(c.values()), 4),
                            "apis": sum(1 for a in by_api if namespace(a) == ns),
                            "apis_fully_passing": sum(1 for a in apis_pass if namespace(a) == ns),
                            **{k: c[k] for k in ("mismatch", "error", "timeout", "crash") if c[k]}}
                       for ns, c in sorted(by_ns.items())},
        "mismatch_kinds": dict(mism.most_common()),
        "error_categories": dict(cats.most_common()),
        "top_error_apis": errs.most_common(25),
        "top_error_arguments": args.most_common(25),
        "top_error_messages": exc.most_common(20),
    }


def error_category(r: dict) -> str:
    """missing_api (no such paddle function/attribute), argument (a keyword or argument paddle does
    not take), type_or_value (paddle rejects the arguments' types/values), other."""
    msg = r.get("message") or ""
    et = r.get("exc_type") or ""
    if et == "AttributeError" and "has no attribute" in msg or et in ("ModuleNotFoundError", "ImportError"):
        return "missing_api"
    if "keyword argument" in msg or "positional argument" in msg or "argument" in msg and et == "TypeError":
        return "argument"
    if et in ("TypeError", "ValueError"):
        return "type_or_value"
    return "other"


def format_summary(s: dict) -> str:
    lines = [f"cases run {s['cases_run']}, counted {s['cases_counted']} (excluded: torch_error {s['excluded_torch_error']}; "
             f"skipped before running: {s['skipped']})",
             f"pass {s['pass_rate']:.1%}" if s["pass_rate"] is not None else "pass -",
             f"status: {s['status']}",
             f"APIs fully passing: {s['apis_fully_passing']} / {s['apis_total']}",
             "namespace                 cases   pass%   APIs ok/total"]
    for ns, d in s["namespaces"].items():
        lines.append(f"  {ns:<22} {d['cases']:>6}  {d['pass_rate']:>6.1%}   {d['apis_fully_passing']}/{d['apis']}")
    if s.get("error_categories"):
        lines.append(f"errors by category: {s['error_categories']}")
    if s["top_error_apis"]:
        lines.append("most failing paddle APIs (errors): " + ", ".join(f"{a} {n}" for a, n in s["top_error_apis"][:10]))
    if s["top_error_arguments"]:
        lines.append("most failing arguments: " + ", ".join(f"{a} {n}" for a, n in s["top_error_arguments"][:10]))
    return "\n".join(lines)


def load_jsonl(path) -> list[dict]:
    if not path or not Path(path).exists():
        return []
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                pass  # a line cut by an interrupted run
    return out


def cli_suite(args) -> int:
    tests = Path(args.tests)
    if not tests.exists():
        print(f"error: {tests} does not exist", file=sys.stderr)
        return 2
    cases, problems = collect([tests], args.api, getattr(args, "split", "all"))
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    skipped = Counter(c.skip for c in cases if c.skip)
    runnable = [c for c in cases if c.skip is None]
    if args.limit:
        runnable = runnable[: args.limit]
    print(f"{len(cases)} cases in {len({c.file for c in cases})} files; skipped {dict(skipped)}; "
          f"{len(runnable)} to run" + (f" (already in {args.resume}: skipped)" if args.resume else ""),
          file=sys.stderr)
    t0 = time.time()
    prior, new = run_resumable(runnable, args.resume, args.out, jobs=args.jobs, timeout=args.timeout,
                               compat=args.compat)
    s = summarize(prior + new, skipped)
    s["seconds_this_run"] = round(time.time() - t0, 1)
    print(format_summary(s))
    if getattr(args, "summary", None):
        Path(args.summary).write_text(json.dumps(s, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


__all__ = ["Case", "extract_cases", "collect", "run_cases", "summarize", "namespace", "Worker", "cli_suite"]
