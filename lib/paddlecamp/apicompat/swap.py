"""Run torch code on paddle with only the module prefix swapped (``torch`` -> ``paddle``).

The swap works on tokens, not text: every NAME token ``torch`` that is not an attribute
(not preceded by ``.``) becomes ``paddle``: ``import torch.nn as nn``, ``from torch import nn``,
``torch.nn.functional.relu(x)``. Strings, comments, ``torchvision`` and ``x.torch`` are left
alone, and each line keeps its number, so an error in the swapped code points at the line
of the original.

``run_swapped`` executes code and returns named results as plain data (numpy arrays with
dtype, shape and requires_grad/stop_gradient); ``compare`` compares two such snapshots the way
PaConvert's ``tests/apibase.py`` compares torch and paddle results.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tokenize
import traceback
from pathlib import Path
from typing import Any


class SwapSyntaxError(SyntaxError):
    """The source does not tokenize/parse; message carries file:line."""


def swap_source(src: str, filename: str = "<string>") -> str:
    """Return ``src`` with the module name ``torch`` replaced by ``paddle`` (tokens only)."""
    try:
        compile(src, filename, "exec", dont_inherit=True)
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except SyntaxError as e:
        raise SwapSyntaxError(f"{filename}:{e.lineno}: syntax error: {e.msg}") from None
    except tokenize.TokenError as e:  # pragma: no cover - compile catches these first
        raise SwapSyntaxError(f"{filename}:{e.args[1][0]}: syntax error: {e.args[0]}") from None
    edits: dict[int, list[int]] = {}
    prev = None
    for t in toks:
        if t.type == tokenize.NAME and t.string == "torch" and not (prev is not None and prev.type == tokenize.OP and prev.string == "."):
            edits.setdefault(t.start[0], []).append(t.start[1])
        if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
            prev = t
    lines = src.splitlines(keepends=True)
    for row, cols in edits.items():
        line = lines[row - 1]
        for c in sorted(cols, reverse=True):
            line = line[:c] + "paddle" + line[c + 5:]
        lines[row - 1] = line
    return "".join(lines)


# --------------------------------------------------------------------------- snapshots

def snapshot(v: Any, depth: int = 0) -> Any:
    """Plain, picklable data for a result value (tensors -> dict with numpy array)."""
    import numpy as np

    if depth > 20:
        return {"kind": "other", "type": type(v).__name__, "repr": "<too deep>"}
    mod = type(v).__module__ or ""
    if isinstance(v, dict):
        return {"kind": "dict", "keys": [snapshot(k, depth + 1) for k in v], "values": [snapshot(x, depth + 1) for x in v.values()]}
    if isinstance(v, (list, tuple)):
        return {"kind": "seq", "type": type(v).__name__, "items": [snapshot(x, depth + 1) for x in v]}
    if isinstance(v, np.ndarray):
        return {"kind": "ndarray", "array": v}
    if isinstance(v, (bool, np.number, int, float, str, re.Pattern, type(None))):
        return {"kind": "scalar", "type": type(v).__name__, "value": v if not isinstance(v, re.Pattern) else v.pattern}
    if mod.startswith("torch") and type(v).__name__ in ("Tensor", "Parameter") or _is_torch_tensor(v):
        t = v.detach()
        if t.is_conj():
            t = t.resolve_conj()
        dtype = str(t.dtype).replace("torch.", "")
        try:
            arr = t.cpu().numpy()
        except Exception:
            arr = t.cpu().float().numpy() if not t.is_complex() else t.cpu().cfloat().numpy()
        return {"kind": "tensor", "lib": "torch", "array": arr, "dtype": dtype, "shape": list(t.shape),
                "requires_grad": bool(v.requires_grad)}
    if _is_paddle_tensor(v):
        dtype = str(v.dtype).replace("paddle.", "")
        try:
            arr = v.numpy()
            if "bfloat16" in dtype:
                arr = v.astype("float32").numpy()
        except Exception as e:
            return {"kind": "other", "type": "paddle.Tensor", "repr": f"numpy() failed: {e}"}
        return {"kind": "tensor", "lib": "paddle", "array": arr, "dtype": dtype, "shape": list(v.shape),
                "requires_grad": not bool(v.stop_gradient)}
    try:
        r = repr(v)[:200]
    except Exception:
        r = "<repr failed>"
    return {"kind": "other", "type": f"{mod}.{type(v).__qualname__}", "repr": r}


def _is_torch_tensor(v) -> bool:
    torch = sys.modules.get("torch")
    return torch is not None and isinstance(v, torch.Tensor)


def _is_paddle_tensor(v) -> bool:
    paddle = sys.modules.get("paddle")
    return paddle is not None and isinstance(v, paddle.Tensor)


class Mismatch(AssertionError):
    def __init__(self, kind: str, detail: str):
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail = kind, detail


def compare(ref: Any, got: Any, *, check_value=True, check_shape=True, check_dtype=True,
            check_stop_gradient=True, rtol=1e-6, atol=0.0, path: str = "", strict_shape: bool = False) -> None:
    """Raise ``Mismatch(kind, detail)`` where PaConvert's apibase.compare would fail.

    ``ref`` is the snapshot of the torch result, ``got`` that of the paddle result.
    kinds: type, length, shape, dtype, value, stop_gradient. Like apibase, shapes are
    compared only with the values; ``strict_shape`` compares them also when values are not
    (the corpus's ``# check: shape``).
    """
    import numpy as np

    kw = dict(check_value=check_value, check_shape=check_shape, check_dtype=check_dtype,
              check_stop_gradient=check_stop_gradient, rtol=rtol, atol=atol, strict_shape=strict_shape)
    where = path or "result"
    k = ref["kind"]
    if k == "dict":
        if got["kind"] != "dict":
            raise Mismatch("type", f"{where}: paddle result should be dict, got {_desc(got)}")
        if len(ref["keys"]) != len(got["keys"]):
            raise Mismatch("length", f"{where}: {len(ref['keys'])} keys vs {len(got['keys'])}")
        for i, (a, b) in enumerate(zip(ref["keys"] + ref["values"], got["keys"] + got["values"])):
            compare(a, b, path=f"{where}{{{i}}}", **kw)
        return
    if k == "seq":
        if got["kind"] != "seq":
            raise Mismatch("type", f"{where}: paddle result should be list/tuple, got {_desc(got)}")
        if len(ref["items"]) != len(got["items"]):
            raise Mismatch("length", f"{where}: length {len(ref['items'])} vs {len(got['items'])}")
        for i, (a, b) in enumerate(zip(ref["items"], got["items"])):
            compare(a, b, path=f"{where}[{i}]", **kw)
        return
    if k == "scalar":
        if got["kind"] != "scalar" or got["type"] != ref["type"]:
            raise Mismatch("type", f"{where}: torch {ref['type']}, paddle {_desc(got)}")
        if check_value and ref["value"] != got["value"]:
            if not (isinstance(ref["value"], float) and np.isnan(ref["value"]) and np.isnan(got["value"])):
                raise Mismatch("value", f"{where}: torch {ref['value']!r}, paddle {got['value']!r}")
        return
    if k in ("ndarray", "tensor"):
        if got["kind"] != k:
            raise Mismatch("type", f"{where}: torch {'Tensor' if k == 'tensor' else 'ndarray'}, paddle {_desc(got)}")
        a, b = ref["array"], got["array"]
        if not check_shape:
            a, b = a.flatten(), b.flatten()
        if k == "tensor" and check_stop_gradient and ref["requires_grad"] != got["requires_grad"]:
            raise Mismatch("stop_gradient", f"{where}: torch requires_grad={ref['requires_grad']}, "
                           f"paddle stop_gradient={not got['requires_grad']}")
        if check_dtype:
            da = ref.get("dtype", str(a.dtype)) if k == "tensor" else str(a.dtype)
            db = got.get("dtype", str(b.dtype)) if k == "tensor" else str(b.dtype)
            if da != db:
                raise Mismatch("dtype", f"{where}: torch {da}, paddle {db}")
        if check_value or strict_shape:
            if a.shape != b.shape:
                raise Mismatch("shape", f"{where}: torch {list(a.shape)}, paddle {list(b.shape)}")
        if check_value:
            if a.shape != b.shape:
                raise Mismatch("shape", f"{where}: torch {list(a.shape)}, paddle {list(b.shape)}")
            try:
                np.testing.assert_allclose(a, b, rtol=rtol, atol=atol)
            except AssertionError as e:
                lines = [ln.strip() for ln in str(e).splitlines() if ln.strip()]
                info = "; ".join(ln for ln in lines if ln.startswith(("Mismatched", "Max absolute", "Max relative")))
                raise Mismatch("value", f"{where}: {info or lines[0] if lines else 'values differ'}") from None
            except TypeError as e:
                raise Mismatch("value", f"{where}: {e}") from None
        return
    # torch object of another kind: apibase would fail on it (no requires_grad) unless both match by repr
    if got["kind"] == "other" and ref.get("repr") == got.get("repr"):
        return
    raise Mismatch("type", f"{where}: torch {ref.get('type')}, paddle {_desc(got)}")


def _desc(s: dict) -> str:
    if s["kind"] == "tensor":
        return f"{s['lib']} Tensor"
    if s["kind"] == "scalar":
        return s["type"]
    if s["kind"] == "seq":
        return s["type"]
    return s.get("type", s["kind"])


# --------------------------------------------------------------------------- errors

_CHAIN = re.compile(r"\bpaddle(?:\.[A-Za-z_]\w*)+")
_METHOD = re.compile(r"\.([A-Za-z_]\w*)\s*\(")
_ARG = [re.compile(p) for p in (
    r"unexpected keyword arguments? '(\w+)'",
    r"got an unexpected keyword argument \W?(\w+)",
    r"missing \d+ required positional argument[s]?: '(\w+)'",
    r"argument '(\w+)'",
    r"keyword argument (\w+)",
    r"\(\w+\) for argument '?(\w+)'?",
)]


_GENERIC = ("paddle.tensor", "paddle.to_tensor", "paddle.randn", "paddle.rand", "paddle.ones", "paddle.zeros",
            "paddle.arange", "paddle.float32", "paddle.float64", "paddle.int64", "paddle.int32")


ALIASES = {"nn": "paddle.nn", "F": "paddle.nn.functional", "optim": "paddle.optim", "init": "paddle.nn.init",
           "data": "paddle.utils.data", "fft": "paddle.fft", "linalg": "paddle.linalg"}
_ALIASED = re.compile(r"(?<![\w.])(" + "|".join(ALIASES) + r")((?:\.[A-Za-z_]\w*)+)")


def import_aliases(code: str) -> dict:
    """``import paddle.nn as nn`` / ``from paddle.nn import functional as F`` -> {alias: module}."""
    out = {}
    for m in re.finditer(r"^\s*import\s+(paddle(?:\.\w+)*)\s+as\s+(\w+)", code, re.M):
        out[m.group(2)] = m.group(1)
    for m in re.finditer(r"^\s*from\s+(paddle(?:\.\w+)*)\s+import\s+(.+)$", code, re.M):
        for part in m.group(2).strip("() ").split(","):
            bits = part.split()
            if bits and bits[0].isidentifier():
                out[bits[-1]] = f"{m.group(1)}.{bits[0]}"
    return out


def pick_api(src_line: str, msg: str, aliases: dict | None = None) -> str | None:
    """The paddle API a failing line most likely failed in: the candidate the message names
    (``foo()``, ``'foo'``), else the first that is not a tensor constructor or dtype.
    Chains through module aliases (``nn.Linear``, ``F.relu``) count as ``paddle.nn.Linear`` ..."""
    amap = dict(ALIASES, **(aliases or {}))
    if aliases:
        extra = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, amap)) + r")((?:\.[A-Za-z_]\w*)+)")
    else:
        extra = _ALIASED
    resolved = [amap[m.group(1)] + m.group(2) for m in extra.finditer(src_line)]
    cands = [(c, c.rsplit(".", 1)[-1]) for c in _CHAIN.findall(src_line) + resolved]
    chain_last = {c[1] for c in cands}
    cands += [("paddle.Tensor." + m, m) for m in _METHOD.findall(src_line) if m not in chain_last]
    if not cands:
        return None
    for c, last in cands:
        if re.search(rf"(?<![\w.]){re.escape(last)}\(\)|'{re.escape(last)}'|\b{re.escape(last)}\(", msg):
            return c
    methods = [c for c, _ in cands if c.startswith("paddle.Tensor.")]
    if "object is not callable" in msg and methods:  # an attribute/property called as a method: x.type(...)
        return methods[-1]
    m = re.search(r"has no attribute '(\w+)'", msg)
    if m:
        for c, _ in cands:
            parts = c.split(".")
            if m.group(1) in parts:
                return ".".join(parts[: parts.index(m.group(1)) + 1])
    specific = [c for c, _ in cands if c not in _GENERIC]
    return (specific or [cands[0][0]])[0]


def describe_error(exc: BaseException, code: str, filename: str) -> dict:
    """Exception type, first message line, the file:line in ``code`` and the paddle API there."""
    tb = traceback.extract_tb(exc.__traceback__)
    line_no = None
    for fr in tb:
        if fr.filename == filename:
            line_no = fr.lineno
    if line_no is None and isinstance(exc, SyntaxError) and exc.filename == filename:
        line_no = exc.lineno
    src_line = code.splitlines()[line_no - 1].strip() if line_no and line_no <= len(code.splitlines()) else ""
    msg = str(exc).strip()
    first = next((ln.strip() for ln in msg.splitlines() if ln.strip()), "")
    api = pick_api(src_line, msg, import_aliases(code))
    arg = None
    for p in _ARG:
        m = p.search(msg)
        if m:
            arg = m.group(1)
            break
    return {"exc_type": type(exc).__name__, "message": first[:300], "api": api, "arg": arg,
            "file": filename, "line": line_no, "source_line": src_line[:200]}


# --------------------------------------------------------------------------- running

def _exec(code: str, filename: str) -> dict:
    ns: dict = {"__name__": "__main__", "__file__": filename}
    exec(compile(code, filename, "exec", dont_inherit=True), ns)
    return ns


def run_swapped(src: str, names=None, compat: bool = False, filename: str = "<swapped>") -> dict:
    """Swap ``src`` to paddle, execute it, return ``{"ok", "results": {name: snapshot}, "error"}``."""
    code = swap_source(src, filename)
    if compat:
        from paddlecamp.apicompat import enable
        enable()
    try:
        ns = _exec(code, filename)
    except BaseException as e:  # noqa: BLE001 - reported, not swallowed
        if isinstance(e, KeyboardInterrupt):
            raise
        return {"ok": False, "error": describe_error(e, code, filename), "results": {}}
    return {"ok": True, "error": None, "results": _pick(ns, names)}


def run_original(src: str, names=None, filename: str = "<torch>") -> dict:
    try:
        ns = _exec(src, filename)
    except Exception as e:  # noqa: BLE001
        return {"ok": False, "error": describe_error(e, src, filename), "results": {}}
    return {"ok": True, "error": None, "results": _pick(ns, names)}


def _pick(ns: dict, names) -> dict:
    if names is None:
        names = [k for k, v in ns.items() if not k.startswith("_") and (_is_torch_tensor(v) or _is_paddle_tensor(v))]
    out = {}
    for n in names:
        out[n] = snapshot(ns[n]) if n in ns else {"kind": "missing"}
    return out


def compare_results(ref: dict, got: dict, **kw) -> list[dict]:
    """Compare two name->snapshot maps; returns one record per name."""
    out = []
    for name, r in ref.items():
        g = got.get(name, {"kind": "missing"})
        if g["kind"] == "missing":
            out.append({"name": name, "ok": False, "kind": "missing", "detail": f"{name}: not defined in paddle run"})
            continue
        try:
            compare(r, g, path=name, **kw)
            out.append({"name": name, "ok": True})
        except Mismatch as e:
            out.append({"name": name, "ok": False, "kind": e.kind, "detail": e.detail})
    return out


def _jsonable(snap: Any) -> Any:
    """Snapshot -> JSON (arrays as lists) for the subprocess of ``--compare``."""
    import numpy as np
    if isinstance(snap, dict):
        return {k: _jsonable(v) for k, v in snap.items()}
    if isinstance(snap, list):
        return [_jsonable(v) for v in snap]
    if isinstance(snap, np.ndarray):
        return {"__nd__": snap.tolist() if snap.dtype.kind != "c" else [snap.real.tolist(), snap.imag.tolist()],
                "dtype": str(snap.dtype), "complex": snap.dtype.kind == "c"}
    if isinstance(snap, np.generic):
        return snap.item()
    return snap


def _from_json(obj: Any) -> Any:
    import numpy as np
    if isinstance(obj, dict):
        if "__nd__" in obj:
            if obj["complex"]:
                return (np.array(obj["__nd__"][0]) + 1j * np.array(obj["__nd__"][1])).astype(obj["dtype"])
            return np.array(obj["__nd__"], dtype=obj["dtype"])
        return {k: _from_json(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_from_json(v) for v in obj]
    return obj


def _torch_child(path: str) -> None:  # python -m paddlecamp.apicompat.swap --torch FILE
    src = Path(path).read_text(encoding="utf-8")
    res = run_original(src, None, filename=path)
    sys.stdout.write("\n@@RESULT@@" + json.dumps(_jsonable(res), default=str))


def cli_swap_run(args) -> int:
    path = Path(args.file)
    src = path.read_text(encoding="utf-8")
    try:
        swap_source(src, str(path))  # a syntax error is reported before anything runs
    except SwapSyntaxError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    res = run_swapped(src, None, compat=getattr(args, "compat", False), filename=str(path))
    if not res["ok"]:
        e = res["error"]
        print(f"FAIL {e['file']}:{e['line']}: {e['exc_type']}: {e['message']}")
        print(f"  line: {e['source_line']}")
        print(f"  api: {e['api'] or '?'}" + (f"  argument: {e['arg']}" if e["arg"] else ""))
    else:
        print(f"OK {path}: ran with torch -> paddle ({len(res['results'])} module-level tensors)")
    if not getattr(args, "compare", False):
        return 0 if res["ok"] else 1
    proc = subprocess.run([sys.executable, "-m", "paddlecamp.apicompat.swap", "--torch", str(path)],
                          capture_output=True, text=True)
    if "@@RESULT@@" not in proc.stdout:
        print(f"torch original did not run: {proc.stderr.strip().splitlines()[-1:]}")
        return 1
    ref = _from_json(json.loads(proc.stdout.rsplit("@@RESULT@@", 1)[1]))
    if not ref["ok"]:
        e = ref["error"]
        print(f"torch original fails too: {e['file']}:{e['line']}: {e['exc_type']}: {e['message']}")
        return 1
    if not res["ok"]:
        return 1
    recs = compare_results(ref["results"], res["results"])
    bad = [r for r in recs if not r["ok"]]
    for r in recs:
        print(("  same  " + r["name"]) if r["ok"] else f"  DIFF  {r['detail']}")
    print(f"compare: {len(recs) - len(bad)}/{len(recs)} tensors agree (rtol 1e-6)")
    return 0 if not bad else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--torch":
        _torch_child(sys.argv[2])
