"""The guarantee that paddle-native call styles keep their behaviour under ``enable()``.

:func:`changed_apis` lists every paddle function, method and class that ``enable()``
replaces (not the names it adds). For each replaced function or method, :func:`native_calls`
writes calls in *paddle's* own styles from *paddle's* signature (``x``, ``axis``, ``keepdim``
..., positional, keyword, with the optional axis/keepdim), and :func:`check` runs each one
with the layer off and on, in the same process, comparing results like the suite does. A
call that works natively must give the same result with the layer on; a call that fails
natively must fail the same way or start working.

Calls run in a child process that is restarted after a crash (the API being called is then
recorded as ``crash`` and skipped), with results appended to a JSONL file.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from paddlecamp.apicompat import signatures as S
from paddlecamp.apicompat.diffexec import SCALAR_VALUES, TENSOR_NAMES, literal

NAMESPACES = ("paddle", "paddle.nn.functional", "paddle.linalg", "paddle.fft", "paddle.special", "paddle.nn",
              "paddle.Tensor")
NATIVE_TENSOR = TENSOR_NAMES | {"label", "logit", "input", "x", "y", "mat", "vec"}
NATIVE_VALUES = dict(SCALAR_VALUES, axis="1", perm="[1, 0]", num_or_sections="2", start_axis="0", stop_axis="-1",
                     num_rows="3", repeat_times="[1, 2]", stop="4", end="4", num="4")
OPTIONAL = ("axis", "keepdim")


def _namespaces() -> dict:
    from paddlecamp.apicompat.patch import resolve
    out = {}
    for n in NAMESPACES:
        try:
            out[n] = resolve(n)
        except (ImportError, AttributeError):
            pass
    return out


def _snapshot(nss: dict) -> dict:
    return {f"{n}.{k}": v for n, m in nss.items() for k, v in list(vars(m).items()) if not k.startswith("_")}


def changed_apis() -> dict[str, list[str]]:
    """{"replaced": [...], "added": [...]}: what ``enable()`` changes among paddle's public names."""
    from paddlecamp.apicompat import patch as P
    nss = _namespaces()
    before = _snapshot(nss)
    was = P.is_enabled()
    P.enable()
    after = _snapshot(nss)
    if not was:
        P.disable()
    return {"replaced": sorted(k for k in before if k in after and after[k] is not before[k]),
            "added": sorted(k for k in after if k not in before)}


def native_calls(api: str, obj) -> dict[str, str] | str:
    """Snippets in paddle's calling styles for ``api`` (from paddle's signature), or why none."""
    from paddlecamp.apicompat import audit as A
    method = api.startswith("paddle.Tensor.")
    sig = A.paddle_signature(api, obj)
    if sig is None or S.is_bare(sig):
        return "no paddle signature"
    req = [p for p in sig.params if not p.has_default and p.kind not in (S.VAR_POS, S.VAR_KW)]
    opt = [p for p in sig.params if p.has_default and p.name in OPTIONAL]
    if not req and not method and not opt:
        return "no arguments to vary"
    names, lines, k = {}, [], 0
    torch_api = "torch" + api[len("paddle"):]
    for p in req + opt:
        if p.name in NATIVE_TENSOR:
            lines.append(f"t{k} = " + literal(torch_api, p.name, k).replace("torch.tensor(", "paddle.to_tensor("))
            names[p.name] = f"t{k}"
            k += 1
        elif p.name in NATIVE_VALUES:
            names[p.name] = NATIVE_VALUES[p.name]
        else:
            return f"no value for parameter {p.name!r}"
    fn = api
    if method:
        lines.append("self_ = " + literal(torch_api, "self", 99).replace("torch.tensor(", "paddle.to_tensor("))
        fn = "self_." + api.rsplit(".", 1)[1]
    head = "import paddle\n" + "\n".join(lines) + "\n"
    pos = [names[p.name] for p in req if p.kind != S.KW_ONLY] + [f"{p.name}={names[p.name]}" for p in req
                                                                   if p.kind == S.KW_ONLY]
    out = {"positional": head + f"result = {fn}({', '.join(pos)})\n"}
    if req and all(p.kind != S.POS_ONLY for p in req):
        out["keyword"] = head + f"result = {fn}({', '.join(f'{p.name}={names[p.name]}' for p in req)})\n"
    if opt:
        out["optional"] = head + f"result = {fn}({', '.join(pos + [f'{p.name}={names[p.name]}' for p in opt])})\n"
    return out


def _run(code: str) -> dict:
    import random

    import numpy as np
    import paddle
    from paddlecamp.apicompat import swap
    paddle.seed(1234)  # random ops draw the same numbers with the layer off and on
    np.random.seed(1234)
    random.seed(1234)
    env: dict = {}
    try:
        exec(compile(code, "<native>", "exec"), env)
    except Exception as e:  # noqa: BLE001
        return {"ok": False, "exc": type(e).__name__, "msg": str(e)[:200]}
    return {"ok": True, "snap": swap.snapshot(env.get("result"))}


def check_one(code: str, values: bool = True) -> dict:
    """Run ``code`` with the layer off, then on; the verdict and details (``values=False``:
    shapes and dtypes only, for uninitialized memory such as ``paddle.empty``)."""
    from paddlecamp.apicompat import patch as P
    from paddlecamp.apicompat import swap
    P.disable()
    off = _run(code)
    P.enable()
    try:
        on = _run(code)
    finally:
        P.disable()
    if not off["ok"]:
        if on["ok"]:
            return {"verdict": "now works", "native_error": off["exc"]}
        same = on["exc"] == off["exc"]
        return {"verdict": "same error" if same else "different error",
                "detail": f"{off['exc']} -> {on['exc']}: {on['msg']}"}
    if not on["ok"]:
        return {"verdict": "regression", "detail": f"raises {on['exc']} with enable(): {on['msg']}"}
    try:
        swap.compare(off["snap"], on["snap"], path="result", check_value=values)
    except swap.Mismatch as e:
        return {"verdict": "regression", "detail": f"{e.kind}: {e.detail}"[:300]}
    return {"verdict": "same result"}


def _worker(out: str, skip: set[str]) -> None:
    """Child: check every replaced function/method not in ``skip``; a line per call, flushed."""
    import warnings
    warnings.filterwarnings("ignore")
    from paddlecamp.apicompat import patch as P
    from paddlecamp.apicompat.patch import resolve
    changed = changed_apis()["replaced"]
    with open(out, "a", encoding="utf-8") as fh:
        for api in changed:
            if api in skip:
                continue
            fh.write(json.dumps({"api": api, "started": True}) + "\n")
            fh.flush()
            P.disable()
            try:
                obj = resolve(api)
            except (AttributeError, ImportError) as e:
                fh.write(json.dumps({"api": api, "style": "-", "verdict": "unresolvable", "detail": str(e)}) + "\n")
                continue
            if isinstance(obj, type):
                fh.write(json.dumps({"api": api, "style": "-", "verdict": "class (not called)"}) + "\n")
                continue
            calls = native_calls(api, obj)
            if isinstance(calls, str):
                fh.write(json.dumps({"api": api, "style": "-", "verdict": "not generated", "detail": calls}) + "\n")
                continue
            for style, code in calls.items():
                verdict = check_one(code, values="empty" not in api.rsplit(".", 1)[1])
                fh.write(json.dumps({"api": api, "style": style, "code": code} | verdict) + "\n")
                fh.flush()
            fh.write(json.dumps({"api": api, "finished": True}) + "\n")


def run(out: str | Path, max_restarts: int = 50) -> dict:
    """Check every replaced API in child processes (restarted after a crash); the summary."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    for _ in range(max_restarts):
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
        done = {r["api"] for r in rows if r.get("finished") or ("verdict" in r and r["style"] == "-")}
        started = [r["api"] for r in rows if r.get("started")]
        crashed = [a for a in started if a not in done]
        with open(out, "a", encoding="utf-8") as fh:
            for a in crashed:
                fh.write(json.dumps({"api": a, "style": "-", "verdict": "crash"}) + "\n")
        skip = done | set(crashed)
        env = dict(os.environ, GLOG_minloglevel="3")
        proc = subprocess.run([sys.executable, "-m", "paddlecamp.apicompat.native", "--worker", str(out),
                               json.dumps(sorted(skip))], env=env, capture_output=True, text=True)
        if proc.returncode == 0:
            break
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return summarize([r for r in rows if "verdict" in r])


def summarize(rows: list[dict]) -> dict:
    v = Counter(r["verdict"] for r in rows)
    apis = {r["api"] for r in rows}
    regress = [r for r in rows if r["verdict"] in ("regression", "different error", "crash")]
    called = {r["api"] for r in rows if r["style"] != "-"}
    return {"apis_replaced": len(apis), "apis_called": len(called), "calls": sum(r["style"] != "-" for r in rows),
            "verdicts": dict(v.most_common()), "regressions": regress}


def cli_native(args) -> int:
    s = run(args.out)
    print(f"paddle-native call styles under enable(): {s['apis_replaced']} replaced APIs, {s['apis_called']} called "
          f"natively in {s['calls']} calls: {s['verdicts']}")
    for r in s["regressions"][:30]:
        print(f"  REGRESSION {r['api']} [{r['style']}]: {r.get('detail', r['verdict'])}")
    if args.summary:
        Path(args.summary).write_text(json.dumps(s, indent=1) + "\n", encoding="utf-8")
    return 1 if s["regressions"] else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        _worker(sys.argv[2], set(json.loads(sys.argv[3])))
    else:
        sys.exit("use: paddlecamp apicompat native")
