"""Differential execution: torch-style calls generated from each API's torch signature, run
under torch and under paddle with the prefix swapped, compared value by value.

For every function-like API (``torch.*``, ``torch.nn.functional.*``, ``torch.linalg.*``,
``torch.fft.*``, ``torch.special.*``, ``torch.Tensor.*`` methods) with a known torch
signature, :func:`calls_for` writes up to four snippets in torch's calling styles:

* ``positional``: the required arguments by position;
* ``keyword``: the required arguments by keyword (those torch lets be keywords);
* ``reordered``: the same keywords in reverse order;
* ``optional``: the required arguments plus torch's common optional ones it takes
  (``dim=``, ``keepdim=``) by keyword.

Inputs are literal tensors (written into the code, so both frameworks see the same numbers)
drawn from a domain chosen per API family: positive for logs and roots, (-1, 1) for inverse
trig, integers for bitwise and counting ops, booleans for logical ops, symmetric positive
definite square matrices for ``linalg``. Each snippet is a :class:`~paddlecamp.apicompat.suite.Case`
and runs through the suite's isolated workers (timeout, memory cap, crash recovery, progress
bar); results are cached in a JSONL file (``--resume``).
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
import numpy as np

from paddlecamp.apicompat import signatures as S

FUNC_PREFIXES = ("torch.nn.functional.", "torch.linalg.", "torch.fft.", "torch.special.", "torch.Tensor.")
TENSOR_NAMES = {"input", "self", "other", "x", "y", "tensor", "mat", "mat1", "mat2", "vec", "vec1", "vec2", "A", "B",
                "tensor1", "tensor2", "target", "x1", "x2", "end", "exponent", "a", "b", "batch1", "batch2", "values",
                "elements", "test_elements", "weight", "mask", "src", "source", "index", "indices", "LU", "pivots"}
SCALAR_VALUES = {"dim": "1", "dim0": "0", "dim1": "1", "keepdim": "True", "p": "2", "k": "2", "n": "2",
                 "diagonal": "0", "alpha": "2", "beta": "1", "value": "0.5", "min": "-0.5", "max": "0.5",
                 "offset": "0", "start": "0", "length": "2", "repeats": "2", "chunks": "2", "sections": "2",
                 "split_size": "2", "split_size_or_sections": "2", "shifts": "1", "dims": "[0, 1]", "q": "0.5",
                 "bins": "4", "decimals": "1", "eps": "1e-6", "lambd": "0.5", "negative_slope": "0.1",
                 "threshold": "0.1", "size": "[2, 6]", "shape": "[2, 6]", "sorted": "True", "descending": "True",
                 "ord": "2", "rounding_mode": "'floor'", "upper": "False", "approximate": "'none'",
                 "num_classes": "5", "full_matrices": "False", "unbiased": "True", "correction": "1",
                 "inplace": "False", "training": "False", "reduction": "'mean'", "pad": "[1, 1]"}
OPTIONAL = ("dim", "keepdim")
_POSITIVE = ("log", "sqrt", "rsqrt", "lgamma", "digamma", "polygamma", "pow", "reciprocal", "xlogy", "entr",
             "gammaln", "i0", "i1", "multigammaln", "erfcx", "log_ndtr", "ndtri", "logit", "cholesky", "rsqrt")
_UNIT = ("acos", "asin", "atanh", "arccos", "arcsin", "arctanh", "erfinv")
_GT1 = ("acosh", "arccosh")
_INT = ("bitwise", "gcd", "lcm", "bincount", "__and__", "__or__", "__xor__", "__lshift__", "__rshift__",
        "left_shift", "right_shift", "remainder", "fmod", "floor_divide", "one_hot")
_BOOL = ("logical_",)
_MATRIX = ("torch.linalg.", "torch.inverse", "torch.det", "torch.logdet", "torch.slogdet", "torch.cholesky",
           "torch.matrix_exp", "torch.matrix_power", "torch.pinverse", "torch.Tensor.inverse", "torch.Tensor.det",
           "torch.Tensor.cholesky", "torch.Tensor.logdet", "torch.Tensor.matrix_power", "torch.Tensor.pinverse")


def domain(api: str) -> str:
    """The input domain hint for an API: positive, unit, gt1, int, bool, spd or real."""
    short = api.rsplit(".", 1)[-1]
    if any(api.startswith(m) or api == m for m in _MATRIX):
        return "spd"
    if short.startswith(_BOOL):
        return "bool"
    if any(short.startswith(p) for p in _INT):
        return "int"
    if any(short == p or short.startswith(p + "_") or short == p + "_" for p in _GT1):
        return "gt1"
    if any(short == p or short.startswith(p) for p in _UNIT):
        return "unit"
    if any(short == p or short.startswith(p) for p in _POSITIVE):
        return "positive"
    return "real"


def literal(api: str, name: str, k: int) -> str:
    """A torch.tensor literal for parameter ``name`` (the k-th tensor argument) of ``api``."""
    seed = int(hashlib.md5(f"{api}:{name}".encode()).hexdigest()[:8], 16)
    rng = np.random.default_rng(seed)
    dom = domain(api)
    if name in ("index", "indices"):
        return "torch.tensor([[0, 1, 2, 0], [1, 0, 2, 1], [2, 2, 0, 1]])"
    if name == "mask":
        return f"torch.tensor({(rng.random((3, 4)) > 0.5).tolist()})"
    if dom == "spd":
        a = rng.standard_normal((3, 3))
        m = a @ a.T + 3 * np.eye(3)
        return f"torch.tensor({np.round(m, 4).tolist()})"
    if dom == "int":
        return f"torch.tensor({rng.integers(1, 9, (3, 4)).tolist()})"
    if dom == "bool":
        return f"torch.tensor({(rng.random((3, 4)) > 0.5).tolist()})"
    if name in ("mat2", "vec2", "batch2", "tensor2") or (name == "other" and api.endswith(("matmul", "mm"))):
        x = rng.standard_normal((4, 3))
    elif name in ("vec", "vec1"):
        x = rng.standard_normal(4 if name == "vec" else 3)
    else:
        x = rng.standard_normal((3, 4))
    if dom == "positive":
        x = np.abs(x) + 0.1
    elif dom == "unit":
        x = np.tanh(x) * 0.9
    elif dom == "gt1":
        x = np.abs(x) + 1.1
    return f"torch.tensor({np.round(x, 4).tolist()})"


def _value(api: str, p: S.Param, k: int) -> str | None:
    if p.name in TENSOR_NAMES:
        return literal(api, p.name, k)
    return SCALAR_VALUES.get(p.name)


def calls_for(api: str, sig: S.Sig) -> dict[str, str] | str:
    """Snippets per calling style (code assigning ``result``), or why none could be written."""
    method = api.startswith("torch.Tensor.")
    if method and api.rsplit(".", 1)[-1].startswith("_"):
        return "private member"
    req = [p for p in sig.params if not p.has_default and p.kind not in (S.VAR_POS, S.VAR_KW)]
    opt = [p for p in sig.params if p.has_default and p.name in OPTIONAL and p.kind != S.VAR_KW]
    if any(p.kind == S.VAR_POS for p in sig.params) and not req:
        return "varargs only"
    lines, names = [], {}
    k = 0
    for p in req + opt:
        v = _value(api, p, k)
        if v is None:
            return f"no value for parameter {p.name!r}"
        if v.startswith("torch.tensor"):
            var = f"t{k}"
            lines.append(f"{var} = {v}")
            k += 1
            names[p.name] = var
        else:
            names[p.name] = v
    recv = ""
    if method:
        lines.append(f"self_ = {literal(api, 'self', 99)}")
        recv = "self_"
    fn = f"{recv}.{api.rsplit('.', 1)[-1]}" if method else api
    head = "import torch\n" + "\n".join(lines) + "\n"
    pos_ok = [p for p in req if p.kind != S.KW_ONLY]
    kw_only = [p for p in req if p.kind == S.KW_ONLY]
    out = {}
    args = [names[p.name] for p in pos_ok] + [f"{p.name}={names[p.name]}" for p in kw_only]
    out["positional"] = head + f"result = {fn}({', '.join(args)})\n"
    kwable = [p for p in req if p.kind != S.POS_ONLY]
    if kwable and len(kwable) == len(req):
        kws = [f"{p.name}={names[p.name]}" for p in kwable]
        out["keyword"] = head + f"result = {fn}({', '.join(kws)})\n"
        if len(kws) > 1:
            out["reordered"] = head + f"result = {fn}({', '.join(reversed(kws))})\n"
    if opt:
        extra = [f"{p.name}={names[p.name]}" for p in opt]
        out["optional"] = head + f"result = {fn}({', '.join(args + extra)})\n"
    return out


def function_apis(records: list[dict]) -> list[tuple[str, S.Sig]]:
    """(api, torch signature) of the function-like APIs among audit records whose signature is known."""
    from paddlecamp.apicompat import audit as A
    mapping = None
    out = []
    for r in records:
        api = r["api"]
        if not r.get("kind", "").startswith("function") or not (api.count(".") == 1 or api.startswith(FUNC_PREFIXES)):
            continue
        if "torch_sig" in r:
            out.append((api, S.Sig(S.parse_params(r["torch_sig"][1:-1]) or [], "audit")))
            continue
        obj = A.resolve(api)  # the audit stops early for APIs paddle lacks: take torch's signature here
        if obj is not A._ABSENT:
            mapping = A.paconvert_mapping() if mapping is None else mapping
            sig = A.torch_signature(api, obj, mapping.get(api))
            if sig is not None:
                out.append((api, sig))
    return out


def build_cases(records: list[dict]):
    """Suite cases for every generatable call; also {api: reason} for APIs with none."""
    from paddlecamp.apicompat.suite import Case
    cases, skipped = [], {}
    for api, sig in function_apis(records):
        got = calls_for(api, sig)
        if isinstance(got, str):
            skipped[api] = got
            continue
        for style, code in got.items():
            cases.append(Case(f"{api}::{style}", "diffexec", style, api, code, names=["result"]))
    return cases, skipped


def summarize(rows: list[dict], skipped: dict[str, str]) -> dict:
    """Per API: styles passing / run; overall counts of APIs whose every style passes."""
    per: dict[str, dict] = defaultdict(lambda: {"styles": {}, "first_error": None})
    for r in rows:
        api, style = r["id"].rsplit("::", 1)
        per[api]["styles"][style] = r["status"]
        if r["status"] != "pass" and per[api]["first_error"] is None and r["status"] != "torch_error":
            per[api]["first_error"] = (r.get("message") or r.get("detail") or r["status"])[:200]
    verdict = Counter()
    for api, d in per.items():
        st = [s for s in d["styles"].values() if s != "torch_error"]
        d["verdict"] = ("torch fails" if not st else "all styles pass" if all(s == "pass" for s in st)
                        else "no style passes" if not any(s == "pass" for s in st) else "some styles pass")
        verdict[d["verdict"]] += 1
    styles = Counter((r["id"].rsplit("::", 1)[1], r["status"]) for r in rows)
    by_style = {s: {"pass": styles[(s, "pass")], "run": sum(n for (t, st), n in styles.items()
                                                          if t == s and st != "torch_error")}
                for s in ("positional", "keyword", "reordered", "optional")}
    return {"apis_run": len(per), "apis_not_generated": len(skipped), "verdicts": dict(verdict),
            "styles": by_style, "apis": dict(per), "not_generated": skipped}


def run(pattern: str | None = None, jobs: int = 2, resume: str | None = None, compat: bool = False,
        timeout: float = 30.0, records: list[dict] | None = None) -> dict:
    """Generate, run (cached in ``resume``) and summarize the differential calls of the audit
    ``records`` (default: a fresh signature audit of ``pattern``)."""
    from paddlecamp.apicompat import audit as A
    from paddlecamp.apicompat.suite import run_resumable
    t0 = time.perf_counter()
    cases, skipped = build_cases(A.run_audit(pattern)["apis"] if records is None else records)
    prior, new = run_resumable(cases, resume, jobs=jobs, timeout=timeout, compat=compat)
    s = summarize(prior + new, skipped)
    s["seconds"] = round(time.perf_counter() - t0, 1)
    s["compat"] = compat
    return s


__all__ = ["domain", "literal", "calls_for", "build_cases", "summarize", "run"]
