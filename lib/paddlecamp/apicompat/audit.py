"""The signature audit: every torch API PaConvert maps, plus torch.Tensor's public members,
against its paddle namesake (the same name with ``torch`` swapped for ``paddle``).

Nothing is called: signatures come from :mod:`paddlecamp.apicompat.signatures`. Each API gets
one category, the worst difference found, modelled on the official torch->paddle mapping
docs (仅参数名不一致, torch 参数更多, paddle 参数更多, 参数默认值不一致, 输入参数用法不一致, ...).
Paddle's ``name=None`` is not counted as a difference (the mapping docs ignore it too), and a
torch keyword that paddle accepts as an alias counts as the same name.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import fnmatch
import functools
import importlib
import inspect
import json
import os
import platform
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field

from paddlecamp.apicompat import signatures as S

# categories, worst first: an API takes the first one any of its differences calls for
MISSING = "missing in paddle"
UNKNOWN = "unknown (no signature)"
USAGE = "usage differs / different type"
ORDER = "argument order differs"
TORCH_MORE = "torch has more parameters"
DEFAULTS = "default values differ"
NAMES = "only parameter names differ"
PADDLE_MORE = "paddle has more parameters"
SAME = "no difference"
CATEGORIES = [MISSING, UNKNOWN, USAGE, ORDER, TORCH_MORE, DEFAULTS, NAMES, PADDLE_MORE, SAME]
COMPATIBLE = (SAME, PADDLE_MORE)  # a call written for torch binds the same way in paddle

NAMESPACES = ["torch", "torch.Tensor", "torch.nn", "torch.nn.functional", "torch.linalg", "torch.fft",
              "torch.special", "torch.optim", "torch.distributions", "torch.utils.data", "other"]


def namespace(api: str) -> str:
    for ns in ("torch.nn.functional", "torch.utils.data", "torch.Tensor", "torch.linalg", "torch.fft",
               "torch.special", "torch.optim", "torch.distributions", "torch.nn"):
        if api == ns or api.startswith(ns + "."):
            return ns
    return "torch" if api.count(".") == 1 else "other"


def paddle_name(api: str) -> str:
    return "paddle" + api[len("torch"):]


# --- loading ----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _frameworks():
    """Import torch and paddle once, quietly."""
    os.environ.setdefault("GLOG_minloglevel", "2")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import paddle
        import torch
    return torch, paddle


def paconvert_mapping() -> dict[str, dict]:
    """PaConvert's api_mapping.json (from the installed package)."""
    import paconvert
    path = os.path.join(os.path.dirname(paconvert.__file__), "api_mapping.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


_ABSENT = object()


def resolve(name: str):
    """The object at a dotted name, importing submodules on the way; _ABSENT if none."""
    parts = name.split(".")
    try:
        obj = importlib.import_module(parts[0])
    except Exception:  # noqa: BLE001
        return _ABSENT
    path = parts[0]
    for part in parts[1:]:
        path += "." + part
        try:
            obj = inspect.getattr_static(obj, part) if inspect.isclass(obj) else getattr(obj, part)
            continue
        except AttributeError:
            pass
        except Exception:  # noqa: BLE001 - lazy attributes that fail to load
            return _ABSENT
        if not inspect.ismodule(obj):
            return _ABSENT
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                obj = importlib.import_module(path)
        except Exception:  # noqa: BLE001
            return _ABSENT
    return obj


def _unwrap_static(obj):
    """staticmethod/classmethod as found by getattr_static -> the function."""
    if isinstance(obj, (staticmethod, classmethod)):
        return obj.__func__
    return obj


def is_attribute(obj) -> bool:
    return isinstance(obj, (property, functools.cached_property)) or inspect.isgetsetdescriptor(obj) \
        or inspect.ismemberdescriptor(obj) or not callable(obj)


def kind_of(obj) -> str:
    if obj is _ABSENT:
        return "absent"
    if inspect.isclass(obj):
        return "class"
    if inspect.ismodule(obj):
        return "module"
    if is_attribute(obj):
        return "attribute"
    return "function"


def _informative(sig: S.Sig | None) -> bool:
    """False for None and for a bare ``(*args, **kwargs)``."""
    return sig is not None and not S.is_bare(sig)


def torch_signature(api: str, obj, entry: dict | None) -> S.Sig | None:
    """inspect for Python code; for builtins the docstring's first line (Python's names and
    defaults), else the ATen schema, else PaConvert's args_list: the first that names a
    parameter (``bitwise_or_() -> Tensor`` documents none, its schema says ``other``)."""
    method = api.startswith("torch.Tensor.")
    sig = None
    if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismethod(obj):
        sig = S.from_inspect(obj, drop_self=method and inspect.isfunction(obj))
        if S.is_bare(sig) and inspect.isclass(obj):
            import torch
            if issubclass(obj, torch.nn.Module) and obj.__init__ is torch.nn.Module.__init__:
                sig = S.Sig([], "inspect")  # Module.__init__(*args, **kwargs) takes nothing
    if not _informative(sig):
        cands = [S.from_docstring(obj, api), S.from_schema(api)]
        if entry and "args_list" in entry:
            cands.append(S.from_args_list(entry["args_list"]))
        cands = [c for c in cands if c is not None]
        # the first that names a parameter; if none does, the first (an empty list is information)
        best = next((c for c in cands if S.n_named(c) > 0), cands[0] if cands else None)
        if best is not None and (sig is None or S.n_named(best) > 0 or not sig.params):
            sig = best
    if sig is None and callable(obj):
        sig = S.from_inspect(obj)  # builtins with a __text_signature__
    return S.drop_self(sig) if method else sig


def paddle_signature(api: str, obj) -> S.Sig | None:
    method = api.startswith("paddle.Tensor.")
    sig = S.from_inspect(obj, drop_self=method and (inspect.isfunction(obj) or _is_wrapped_function(obj)))
    if not _informative(sig):
        doc = S.from_docstring(obj, api)
        if doc is not None:
            sig = S.Sig(doc.params, "paddle docstring", doc.overloads)
    return S.drop_self(sig) if method else sig


def _cpp_forwarder(obj) -> bool:
    """Paddle's generated ``def _abs(*args, **kwargs): return _C_ops.abs(*args, **kwargs)``
    (its ``__signature__`` is set from the docs; the C++ parser does the binding)."""
    return inspect.isfunction(obj) and (obj.__module__ or "").endswith("generated_tensor_methods_patch")


def _is_wrapped_function(obj) -> bool:
    return callable(obj) and hasattr(obj, "__wrapped__") and not inspect.isclass(obj)


# --- comparison -------------------------------------------------------------------------------

def _norm_default(text: str):
    try:
        return ("v", ast_literal(text))
    except Exception:  # noqa: BLE001
        return ("s", text.replace("torch.", "").replace("paddle.", "").strip("'\""))


def ast_literal(text: str):
    import ast
    val = ast.literal_eval(text)
    if isinstance(val, list):
        val = tuple(val)
    if isinstance(val, bool) or val is None:
        return val
    if isinstance(val, (int, float)):
        return float(val)
    return val


_VARARGS_DECORATORS = ("size_args_decorator", "VariableArgsDecorator", "view_decorator", "reshape_decorator",
                       "expand_decorator", "transpose_decorator", "SizeArgsDecorator")


def _is_name(q: S.Param) -> bool:
    """Paddle's ``name=None`` (static-graph op naming), which no torch call needs."""
    return q.name == "name" and q.default == "None"


@dataclass
class Comparison:
    category: str
    diffs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def compare(t: S.Sig, p: S.Sig, aliases: dict[str, str] | None = None, decorators: list[str] | None = None,
            renames: dict[str, str] | None = None) -> Comparison:
    """Compare torch's and paddle's parameter lists; the category is the worst difference.

    Torch parameters pair with paddle's by name, then by paddle alias, then by ``renames``
    (PaConvert's kwargs_change for this very paddle API), then by position."""
    aliases = aliases or {}
    renames = renames or {}
    decorators = decorators or []
    found: set[str] = set()
    diffs: list[str] = []
    notes: list[str] = []

    def diff(cat: str, text: str) -> None:
        found.add(cat)
        diffs.append(text)

    t_var = next((q for q in t.params if q.kind == S.VAR_POS), None)
    p_var = next((q for q in p.params if q.kind == S.VAR_POS), None)
    p_kw = any(q.kind == S.VAR_KW for q in p.params)
    tp = [q for q in t.params if q.kind not in (S.VAR_POS, S.VAR_KW)]
    pp = [q for q in p.params if q.kind not in (S.VAR_POS, S.VAR_KW)]
    p_by_name = {q.name: q for q in pp}
    t_pos = [q.name for q in tp if q.kind in (S.POS, S.POS_ONLY)]
    p_pos = [q.name for q in pp if q.kind in (S.POS, S.POS_ONLY) and not _is_name(q)]
    var_target = None  # paddle's parameter that a decorator fills from torch's *args

    pairs: dict[str, tuple[S.Param, str]] = {}  # torch name -> (paddle param, how)
    for q in tp:
        if q.name in p_by_name:
            pairs[q.name] = (p_by_name[q.name], "same")
        elif aliases.get(q.name) in p_by_name:
            pairs[q.name] = (p_by_name[aliases[q.name]], "alias")
    taken = {pq.name for pq, _ in pairs.values()}
    for q in tp:
        target = renames.get(q.name)
        if q.name not in pairs and target in p_by_name and target not in taken:
            pairs[q.name] = (p_by_name[target], "renamed")
            taken.add(target)
    for i, name in enumerate(t_pos):  # the rest pair by position
        if name not in pairs and i < len(p_pos) and p_pos[i] not in taken:
            pairs[name] = (p_by_name[p_pos[i]], "position")
            taken.add(p_pos[i])

    # *args
    if t_var is not None:
        if p_var is not None:
            pass
        elif any(d in decorators for d in _VARARGS_DECORATORS):
            var_target = next((n for n in p_pos if n not in taken), None)
            if var_target is not None:
                taken.add(var_target)
            notes.append(f"torch *{t_var.name}: paddle takes it as {var_target} through a decorator")
        else:
            diff(USAGE, f"torch takes *{t_var.name}, paddle does not take *args")

    for q in tp:
        if q.name not in pairs:
            continue
        pq, how = pairs[q.name]
        if how == "alias":
            notes.append(f"alias {q.name}->{pq.name}")
        elif how in ("position", "renamed"):
            diff(NAMES, f"name {q.name} -> {pq.name}")
        if q.kind in (S.POS, S.POS_ONLY):
            ti = t_pos.index(q.name)
            if pq.kind == S.KW_ONLY:
                diff(USAGE, f"{q.name} is positional in torch, keyword-only in paddle")
            elif ti < len(p_pos) and p_pos[ti] != pq.name or ti >= len(p_pos):
                pi = p_pos.index(pq.name) if pq.name in p_pos else -1
                diff(ORDER, f"{q.name} at position {ti} in torch, {pi} in paddle")
        if q.kind != S.POS_ONLY and pq.kind == S.POS_ONLY:
            diff(USAGE, f"{q.name} is positional-only in paddle")
        if q.has_default and not pq.has_default:
            diff(USAGE, f"{q.name} is optional in torch, required in paddle")
        elif q.has_default and pq.has_default and q.default != "?":
            if _norm_default(q.default) != _norm_default(pq.default):
                diff(DEFAULTS, f"default {q.name}={q.default} vs {pq.name}={pq.default}")

    for q in tp:
        if q.name not in pairs:
            diff(TORCH_MORE, f"torch only: {q.name}" + (" (paddle has **kwargs)" if p_kw else ""))
    for pq in pp:
        if pq.name in taken:
            continue
        if not pq.has_default:
            diff(USAGE, f"paddle requires {pq.name}")
        elif _is_name(pq):
            continue
        else:
            diff(PADDLE_MORE, f"paddle only: {pq.name}={pq.default}")
    category = next((c for c in CATEGORIES if c in found), SAME)
    return Comparison(category, diffs, notes)


# --- one API ----------------------------------------------------------------------------------

def _paconvert_info(entry: dict | None) -> dict:
    if entry is None:
        return {}
    info = {"matcher": entry.get("Matcher")}
    for key in ("paddle_api", "unsupport_args", "kwargs_change"):
        if entry.get(key):
            info[key] = entry[key]
    return {k: v for k, v in info.items() if v is not None}


def audit_one(api: str, entry: dict | None) -> dict:
    """One record: torch and paddle signatures, differences, category, PaConvert's view."""
    pname = paddle_name(api)
    tobj = resolve(api)
    pobj = resolve(pname)
    tobj, pobj = _unwrap_static(tobj), _unwrap_static(pobj)
    rec: dict = {"api": api, "ns": namespace(api), "paddle": pname}
    pc = _paconvert_info(entry)
    if pc:
        rec["paconvert"] = pc
    tk, pk = kind_of(tobj), kind_of(pobj)
    rec["kind"] = tk if tk == pk or pk == "absent" else f"{tk}/{pk}"
    if pobj is _ABSENT:
        rec["category"] = MISSING
        if tobj is _ABSENT:
            rec["notes"] = ["not in this torch either"]
        return rec
    if tk == "attribute" or pk == "attribute" or tk == "module" or pk == "module":
        if tk == pk or tk == "absent":
            rec["category"] = SAME
            rec["notes"] = [f"{pk}: nothing to compare but existence"]
        else:
            rec["category"] = USAGE
            rec["diffs"] = [f"torch {tk}, paddle {pk}"]
        return rec
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tsig = torch_signature(api, tobj, entry) if tobj is not _ABSENT else (
            S.from_args_list(entry["args_list"]) if entry and "args_list" in entry else None)
        psig = paddle_signature(pname, pobj)
        aliases, decorators = S.paddle_aliases(pobj)
    if tsig is not None:
        rec["torch_sig"] = tsig.render()
        rec["torch_src"] = tsig.source + (f" ({tsig.overloads} overloads)" if tsig.overloads > 1 else "")
    if psig is not None:
        rec["paddle_sig"] = psig.render()
        if psig.source != "inspect":
            rec["paddle_src"] = psig.source
    if decorators:
        rec["decorators"] = decorators
    if _cpp_forwarder(pobj):
        rec["cpp_parser"] = True  # its C++ argument parser may take aliases no Python source shows
    if tsig is None or psig is None or (S.is_bare(psig) and not S.is_bare(tsig) and tsig.params):
        rec["category"] = UNKNOWN
        rec["notes"] = ["no torch signature" if tsig is None else
                        "no paddle signature" if psig is None else "paddle takes (*args, **kwargs)"]
        return rec
    renames = {}
    if entry and entry.get("paddle_api", pname) == pname and isinstance(entry.get("kwargs_change"), dict):
        renames = {k: v for k, v in entry["kwargs_change"].items() if isinstance(v, str) and v}
    cmp = compare(tsig, psig, aliases, decorators, renames)
    if tk in ("class", "function") and pk in ("class", "function") and tk != pk:
        cmp.diffs.insert(0, f"torch {tk}, paddle {pk}")
        if CATEGORIES.index(cmp.category) > CATEGORIES.index(USAGE):
            cmp.category = USAGE
    rec["category"] = cmp.category
    if cmp.diffs:
        rec["diffs"] = cmp.diffs
    if cmp.notes:
        rec["notes"] = cmp.notes
    return rec


# --- the whole audit --------------------------------------------------------------------------

def api_list(mapping: dict[str, dict] | None = None) -> list[str]:
    """Torch APIs in PaConvert's mapping plus torch.Tensor's public members, sorted."""
    torch, _ = _frameworks()
    mapping = paconvert_mapping() if mapping is None else mapping
    names = {k for k in mapping if k == "torch" or k.startswith("torch.")}
    names |= {"torch.Tensor." + n for n in dir(torch.Tensor) if not n.startswith("_")}
    return sorted(names)


def match(api: str, pattern: str | None) -> bool:
    """A glob (with * ? [) or a substring."""
    if not pattern:
        return True
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatchcase(api, pattern)
    return pattern in api


def run_audit(pattern: str | None = None, progress: bool = False) -> dict:
    """Audit every API (matching ``pattern``); returns {"meta", "summary", "apis"}."""
    t0 = time.perf_counter()
    torch, paddle = _frameworks()
    mapping = paconvert_mapping()
    every = api_list(mapping)
    apis = [pattern] if pattern in every else [a for a in every if match(a, pattern)]  # an exact name: itself
    it = apis
    if progress:
        from tqdm import tqdm
        it = tqdm(apis, desc="audit", unit="api", file=sys.stderr)
    records = [audit_one(api, mapping.get(api)) for api in it]
    meta = {
        "date": _dt.date.today().isoformat(),
        "torch": torch.__version__, "paddle": paddle.__version__,
        "paconvert": _paconvert_version(),
        "pattern": pattern, "n_apis": len(records),
        "n_from_paconvert": sum(a in mapping for a in apis),
        "seconds": round(time.perf_counter() - t0, 2),
        "hardware": f"{platform.machine()}, {os.cpu_count()} CPUs, python {platform.python_version()}",
        "categories": CATEGORIES,
    }
    return {"meta": meta, "summary": summarize(records), "apis": records}


def _paconvert_version() -> str:
    try:
        from importlib.metadata import version
        return version("paconvert")
    except Exception:  # noqa: BLE001
        return "?"


def summarize(records: list[dict]) -> dict:
    """Category counts per namespace (plus 'all'), and agreement with PaConvert's matcher."""
    table: dict[str, dict[str, int]] = {}
    for ns in NAMESPACES + ["all"]:
        table[ns] = {c: 0 for c in CATEGORIES}
    for r in records:
        table[r["ns"]][r["category"]] += 1
        table["all"][r["category"]] += 1
    table = {ns: row for ns, row in table.items() if ns == "all" or sum(row.values())}
    prefix = Counter(r["category"] for r in records if r.get("paconvert", {}).get("matcher") == "ChangePrefixMatcher")
    return {"by_namespace": table,
            "paconvert_change_prefix": {c: prefix[c] for c in CATEGORIES if prefix[c]},
            "compatible": sum(r["category"] in COMPATIBLE for r in records),
            "compatible_but_out": sum(_only_out(r) for r in records),
            "cpp_parser": dict(Counter(r["category"] for r in records if r.get("cpp_parser")))}


def _only_out(r: dict) -> bool:
    """Not compatible only because torch's ``out=`` has no paddle counterpart."""
    if r["category"] in COMPATIBLE or r["category"] in (MISSING, UNKNOWN):
        return False
    rest = [d for d in r.get("diffs", []) if not d.startswith("paddle only:")]
    return rest == ["torch only: out"]


_SHORT = {MISSING: "missing", UNKNOWN: "unknown", USAGE: "usage", ORDER: "order", TORCH_MORE: "torch+",
          DEFAULTS: "defaults", NAMES: "names", PADDLE_MORE: "paddle+", SAME: "same"}


def summary_table(summary: dict) -> str:
    """A plain-text table: namespaces down, categories across."""
    cols = CATEGORIES
    head = ["namespace"] + [_SHORT[c] for c in cols] + ["total"]
    rows = [[ns] + [str(row[c]) for c in cols] + [str(sum(row.values()))]
            for ns, row in summary["by_namespace"].items()]
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    fmt = lambda r: "  ".join(x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([fmt(head), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


def markdown(result: dict) -> str:
    meta, summary, recs = result["meta"], result["summary"], result["apis"]
    lines = [f"# torch -> paddle signature audit ({meta['date']})", "",
             f"torch {meta['torch']}, paddle {meta['paddle']}, PaConvert {meta['paconvert']}; "
             f"{meta['n_apis']} APIs ({meta['n_from_paconvert']} from PaConvert's api_mapping.json, the rest "
             f"torch.Tensor's public members), audited in {meta['seconds']} s ({meta.get('hardware', '?')}) "
             "without calling any of them.", "",
             "Each torch API is looked up under paddle with only the prefix swapped and its signature compared; "
             "the category is the worst difference found. Paddle's `name=None` is not a difference; a torch "
             "keyword paddle accepts as an alias (decorators, docstring-declared C++ aliases) counts as the same name.",
             "", "## Scoreboard", ""]
    cols = CATEGORIES
    lines.append("| namespace | " + " | ".join(cols) + " | total | compatible |")
    lines.append("| --- |" + " ---: |" * (len(cols) + 2))
    for ns, row in summary["by_namespace"].items():
        total = sum(row.values())
        ok = row[SAME] + row[PADDLE_MORE]
        label = f"**{ns}**" if ns == "all" else f"`{ns}`"
        lines.append(f"| {label} | " + " | ".join(str(row[c]) for c in cols) + f" | {total} | {ok} ({100 * ok / max(total, 1):.0f}%) |")
    lines += ["", "compatible = no difference + paddle has more (defaulted) parameters: a call written for torch "
              "binds the same way after the prefix swap (by signature; behaviour is not checked here).", ""]
    pc = summary["paconvert_change_prefix"]
    if pc:
        lines += ["## PaConvert's ChangePrefixMatcher entries", "",
                  "PaConvert converts these by swapping the prefix alone; our categories for them:", "",
                  "| category | APIs |", "| --- | ---: |"]
        lines += [f"| {c} | {pc[c]} |" for c in cols if pc.get(c)]
        lines.append("")
        gone = [r["api"] for r in recs if r["category"] == MISSING
                and r.get("paconvert", {}).get("matcher") == "ChangePrefixMatcher"]
        if gone:
            lines += [f"Prefix swap planned by PaConvert, but this paddle has no namesake ({len(gone)}): "
                      + ", ".join(f"`{a}`" for a in gone), ""]
    lines += ["## Examples per category", ""]
    for c in cols:
        ex = [r for r in recs if r["category"] == c][:6]
        if not ex:
            continue
        lines.append(f"### {c}")
        lines.append("")
        for r in ex:
            d = "; ".join(r.get("diffs", []) or r.get("notes", []))
            sigs = f" `{r['torch_sig']}` vs `{r['paddle_sig']}`" if "torch_sig" in r and "paddle_sig" in r else ""
            lines.append(f"- `{r['api']}`{sigs}" + (f": {d}" if d else ""))
        lines.append("")
    lines += ["## Compatible by signature", "",
              f"{summary['compatible']} APIs ('no difference' or 'paddle has more parameters'); "
              f"{summary.get('compatible_but_out', 0)} more differ only by torch's `out=`.", ""]
    for ns in NAMESPACES:
        names = [r["api"] for r in recs if r["ns"] == ns and r["category"] in COMPATIBLE]
        if names:
            lines += [f"<details><summary><code>{ns}</code>: {len(names)}</summary>", "",
                      ", ".join(f"`{n}`" for n in names), "", "</details>", ""]
    beh = summary.get("behaviour")
    if beh:
        lines += ["## Behaviour: differential execution" + (" with enable()" if beh["compat"] else ""), "",
                  f"{beh['apis_run']} APIs called in torch's styles under torch and swapped under paddle "
                  f"({beh['apis_not_generated']} without a generatable call; {beh['seconds']} s).", "",
                  "| verdict | APIs |", "| --- | ---: |"]
        lines += [f"| {v} | {n} |" for v, n in sorted(beh["verdicts"].items(), key=lambda kv: -kv[1])]
        lines += ["", "| style | pass | run |", "| --- | ---: | ---: |"]
        lines += [f"| {st} | {d['pass']} | {d['run']} |" for st, d in beh["styles"].items() if d["run"]]
        lines += ["", "| signature category / behaviour | APIs |", "| --- | ---: |"]
        lines += [f"| {k} | {n} |" for k, n in beh["by_category"].items()]
        lines.append("")
    lines += ["## Caveats", "",
              "- Signatures alone: a pair in 'no difference' may still compute something else (dtype promotion, "
              "return types, in-place semantics); `--exec` calls them (section above when it ran).",
              "- torch builtins have no `inspect` signature; their docstring's first line (and `.. function::` "
              "overloads: the longest is kept) or PaConvert's `args_list` (no defaults) stands in.",
              "- Paddle aliases handled in C++ are only seen where the docstring declares them. "
              f"{sum(summary.get('cpp_parser', {}).values())} paddle namesakes are generated forwarders to the C++ "
              "argument parser (`cpp_parser` in the JSON), which takes torch names (`input`, `other`, `dim`) that "
              "their docstrings do not always declare: by category "
              + ", ".join(f"{c}: {n}" for c, n in summary.get("cpp_parser", {}).items())
              + ". Their 'only parameter names differ' may in truth be 'no difference' "
              "(e.g. `paddle.isclose(input=..., other=...)` binds); only execution can tell.",
              "- Pairing: a torch parameter with no namesake or alias is paired through PaConvert's `kwargs_change` "
              "(when it maps to this same paddle API), else with paddle's parameter at the same position, and "
              "reported as a rename; a positional pairing can be wrong when paddle reorders parameters.",
              "- Overloads: the docstring overload with most parameters stands for torch (e.g. `torch.median`'s "
              "`dim=-1` comes from `median(input, dim=-1, ...)`, while `median(input)` reduces everything).", ""]
    return "\n".join(lines)


def write_json(result: dict, path: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"meta": ' + json.dumps(result["meta"], ensure_ascii=False)
                + ',\n"summary": ' + json.dumps(result["summary"], ensure_ascii=False)
                + ',\n"apis": [\n' + ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":"))
                                              for r in result["apis"]) + "\n]}\n")


def attach_behaviour(result: dict, beh: dict) -> None:
    """Merge differential-execution results (:func:`paddlecamp.apicompat.diffexec.run`) into the audit."""
    for r in result["apis"]:
        b = beh["apis"].get(r["api"])
        if b is not None:
            r["behaviour"] = {"verdict": b["verdict"], "styles": b["styles"], "first_error": b["first_error"]}
        elif r["api"] in beh["not_generated"]:
            r["behaviour"] = {"verdict": "not generated", "why": beh["not_generated"][r["api"]]}
    result["summary"]["behaviour"] = {k: beh[k] for k in ("apis_run", "apis_not_generated", "verdicts", "styles",
                                                          "seconds", "compat")}
    sig_vs_beh = Counter((r["category"], r["behaviour"]["verdict"]) for r in result["apis"] if "behaviour" in r)
    result["summary"]["behaviour"]["by_category"] = {f"{c} / {v}": n for (c, v), n in sorted(sig_vs_beh.items())}


def html_page(md_text: str, title: str) -> str:
    """The Markdown scoreboard as a standalone HTML page (tables and headings)."""
    import html
    out, in_table = [], False
    for line in md_text.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue
            if not in_table:
                out.append("<table>")
                in_table = True
                out.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cells) + "</tr>")
                continue
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{html.escape(line.lstrip('#').strip())}</h{level}>")
        elif line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    if in_table:
        out.append("</table>")
    style = ("body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}td:first-child{text-align:left}")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(out) + "\n</body></html>\n")


def cli_audit(args: argparse.Namespace) -> int:
    result = run_audit(getattr(args, "api", None), progress=True)
    if not result["apis"]:
        print(f"no API matches {args.api!r}", file=sys.stderr)
        return 1
    if getattr(args, "exec", False):
        from paddlecamp.apicompat import diffexec
        beh = diffexec.run(jobs=args.jobs, resume=args.resume, compat=args.compat, records=result["apis"])
        attach_behaviour(result, beh)
        b = result["summary"]["behaviour"]
        print(f"differential execution{' with enable()' if b['compat'] else ''}: {b['apis_run']} APIs run, "
              f"{b['apis_not_generated']} without a generatable call ({b['seconds']} s): {b['verdicts']}")
        for st, d in b["styles"].items():
            if d["run"]:
                print(f"  style {st:11s} {d['pass']:5d}/{d['run']:<5d} pass")
    print(summary_table(result["summary"]))
    meta = result["meta"]
    summ = result["summary"]
    print(f"\n{meta['n_apis']} APIs, {summ['compatible']} compatible by signature (no difference or only "
          f"defaulted paddle extras), {summ['compatible_but_out']} more but for torch's out=; {meta['seconds']} s")
    if args.json:
        write_json(result, args.json)
        print(f"wrote {args.json}")
    if args.md:
        os.makedirs(os.path.dirname(os.path.abspath(args.md)), exist_ok=True)
        with open(args.md, "w", encoding="utf-8") as f:
            f.write(markdown(result))
        print(f"wrote {args.md}")
    if getattr(args, "html", None):
        os.makedirs(os.path.dirname(os.path.abspath(args.html)), exist_ok=True)
        with open(args.html, "w", encoding="utf-8") as f:
            f.write(html_page(markdown(result), "paddlecamp apicompat audit"))
        print(f"wrote {args.html}")
    return 0
