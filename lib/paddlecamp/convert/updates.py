"""Mapping updates the data supports: changes to PaConvert's ``api_mapping.json``.

Two kinds. First, entries that could become ``ChangePrefixMatcher``: PaConvert converts them
with a Matcher that renames or rewrites, but the recorded differential execution shows the plain
prefix swap (``torch.x`` -> ``paddle.x``, arguments untouched) giving torch's result in every call
style tried, on stock paddle. Second, entries the installed libraries show to be wrong: a
``paddle_api`` that does not exist; a ``kwargs_change`` that names a paddle parameter the paddle
signature lacks, or a torch parameter the torch signature lacks; ``unsupport_args`` naming a
parameter torch does not have, or one paddle in fact takes under the same name; an ``args_list``
that disagrees with torch's signature; a ``min_input_args`` above the number of arguments torch
requires; and a prefix swap whose keyword calls paddle rejects although the renamed call works
(a missing ``kwargs_change``).

Each :class:`Update` carries the API, the rule, the evidence and the suggested change. The
checks read an :class:`~paddlecamp.convert.categories.Analysis` (signatures, comparison, runs)
and, for the first kind, per-API behaviour records of the API-compatibility auditor.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass

from paddlecamp.convert import categories as C

RULES: dict[str, str] = {
    "could-change-prefix": "Matcher is not ChangePrefixMatcher, but the prefix swap behaves identically",
    "paddle-api-missing": "paddle_api does not exist in the installed paddle",
    "kwargs-change-paddle": "kwargs_change names a paddle parameter the paddle signature lacks",
    "kwargs-change-torch": "kwargs_change names a torch parameter the torch signature lacks",
    "unsupport-args-unknown": "unsupport_args names a parameter torch does not have",
    "unsupport-args-supported": "unsupport_args names a parameter paddle takes under the same name",
    "args-list": "args_list disagrees with the torch signature (names or order)",
    "min-input-args": "min_input_args is more than the arguments torch requires",
    "kwargs-change-missing": "paddle rejects a torch keyword the prefix swap passes; the renamed call works",
    "keyword-passed-through": "PaConvert keeps a torch keyword the paddle API does not take (the output fails)",
}
# torch keywords that change nothing a converted program computes: PaConvert may delete them
DELETABLE_KEYWORDS = ("inplace", "layout", "memory_format", "non_blocking", "generator", "device", "foreach",
                      "differentiable", "capturable", "fused", "pin_memory")


@dataclass(frozen=True)
class Update:
    api: str
    rule: str
    evidence: str
    suggestion: str

    def as_dict(self) -> dict:
        return asdict(self)


def _names(sig) -> set[str]:
    return {p.name for p in sig.params} if sig is not None else set()


def _has_var_kw(sig) -> bool:
    from paddlecamp.apicompat import signatures as S
    return sig is not None and any(p.kind == S.VAR_KW for p in sig.params)


def torch_candidates(a: C.Analysis) -> list[list[str]]:
    """The parameter-name lists torch declares for the API: the signature used and, for a
    builtin, each docstring overload and each ATen schema overload (``self`` -> ``input`` for functions, dropped for
    methods; out= variants kept, their ``out`` is a keyword torch takes)."""
    import torch
    from paddlecamp.apicompat import audit as A
    from paddlecamp.apicompat import signatures as S
    out = [[p.name for p in _own(a.torch_sig, a.torch_api) if p.kind != S.VAR_KW]]
    if a.torch_sig.source == "inspect":
        return out  # Python code binds by its own signature; overloads matter for builtins only
    obj = A.resolve(a.torch_api)
    doc = getattr(obj, "__doc__", None) if obj is not A._ABSENT else None
    if isinstance(doc, str):
        for text in S._sig_lines(doc, a.torch_api):
            params = S.parse_params(text) or []
            names = [p.name for p in params if p.kind != S.VAR_KW]
            if a.torch_api.startswith("torch.Tensor.") and names[:1] in (["input"], ["self"]):
                names = names[1:]
            out.append(names)
    prefix = next((p for p in S._ATEN_PREFIX if a.torch_api.startswith(p)), None)
    if prefix is not None and "." not in a.torch_api[len(prefix):]:
        try:
            schemas = torch._C._jit_get_schemas_for_operator("aten::" + S._ATEN_PREFIX[prefix]
                                                             + a.torch_api[len(prefix):])
        except Exception:  # noqa: BLE001
            schemas = []
        method = a.torch_api.startswith("torch.Tensor.")
        for sch in schemas:
            args = [x.name for x in sch.arguments]
            if "self" in args:  # the receiver (where(condition, self, other) has it second)
                args = [x for x in args if x != "self"] if method else ["input" if x == "self" else x for x in args]
            elif method:
                continue  # scalar overloads TorchScript registers
            out.append(args)
    return out


def torch_names(a: C.Analysis) -> set[str] | None:
    """Every parameter name torch knows for the API: the signature used, plus the names of all
    docstring overloads and the ATen schema (a name from another overload is not an error).
    None when only PaConvert's own args_list stands in for torch."""
    if a.torch_sig is None or a.torch_sig.source == "paconvert args_list":
        return None
    return {n for names in torch_candidates(a) for n in names}


def _required_count(sig, api: str) -> int:
    from paddlecamp.apicompat import signatures as S
    return sum(1 for p in _own(sig, api) if not p.has_default and p.kind in (S.POS, S.POS_ONLY))


def check_entry(a: C.Analysis) -> list[Update]:
    """The 'mapping is wrong' checks on one analysed API."""
    from paddlecamp.apicompat import signatures as S
    entry = a.entry or {}
    if not entry.get("Matcher") or entry.get("alias_of") or entry.get("abstract"):
        return []  # abstract entries describe methods user code defines, not torch's
    out: list[Update] = []
    api = a.torch_api
    if a.paddle_api and a.paddle_api.startswith("paddle.") and a.paddle_kind == "absent":
        out.append(Update(api, "paddle-api-missing", f"{a.paddle_api} does not resolve in paddle {_paddle_version()}",
                          "map to an existing paddle API or mark the API unsupported"))
        return out
    kc = entry.get("kwargs_change") or {}
    tnames = torch_names(a)
    psig = a.paddle_sig_full or a.paddle_sig
    pnames = _names(psig) | set(a.aliases)
    # a custom Matcher may use kwargs_change in its own code (TensorMaxMatcher sends other= to
    # paddle.maximum, not to paddle_api): only a plain rename must name paddle_api's parameters
    if psig is not None and not _has_var_kw(psig) and not S.is_bare(psig) and entry["Matcher"] in C.PLAIN_MATCHERS:
        for t, p in kc.items():
            if isinstance(p, str) and p and p not in pnames:
                out.append(Update(api, "kwargs-change-paddle",
                                  f"kwargs_change {t!r} -> {p!r}, but {a.paddle_api}{psig.render()} has no {p!r}",
                                  f"rename {t!r} to one of {sorted(_names(psig) - {'name'})} or drop it"))
    if tnames is not None and not _has_var_kw(a.torch_sig):
        for t in kc:
            if t not in tnames:
                out.append(Update(api, "kwargs-change-torch",
                                  f"kwargs_change renames {t!r}, but torch {api}{a.torch_sig.render()} has no {t!r}",
                                  f"remove {t!r} from kwargs_change"))
        for t in entry.get("unsupport_args") or []:
            if t not in tnames:
                out.append(Update(api, "unsupport-args-unknown",
                                  f"unsupport_args lists {t!r}, but torch {api}{a.torch_sig.render()} has no {t!r}",
                                  f"remove {t!r} from unsupport_args"))
    if psig is not None:
        for t in entry.get("unsupport_args") or []:
            if t in _names(psig) and t not in kc:
                out.append(Update(api, "unsupport-args-supported",
                                  f"unsupport_args lists {t!r}, but {a.paddle_api}{psig.render()} takes {t!r}",
                                  f"pass {t!r} through (check that it means the same) instead of rejecting it"))
    args_list = entry.get("args_list")
    if args_list and tnames is not None:
        listed = [x.lstrip("*") for x in args_list + (entry.get("overload_args_list") or [])
                  if x != "*" and not x.startswith("**")]
        unknown = [x for x in listed if x not in tnames]
        t_pos = [p.name for p in _own(a.torch_sig, a.torch_api) if p.kind in (S.POS, S.POS_ONLY)]
        l_pos = []
        for x in args_list:
            if x == "*" or x.startswith("*"):
                break
            l_pos.append(x)
        # compare with the overload args_list is closest to: a name from another overload is no error
        cands = torch_candidates(a)
        best = max(cands, key=lambda names: (len(set(names) & set(listed)), -len(set(names) ^ set(listed))))
        missing = [n for n in best if n not in listed and not n.startswith("_")]  # private ones need no mapping
        order = [x for x in l_pos if x in t_pos and l_pos.index(x) != t_pos.index(x)] if best == cands[0] else []
        if unknown or missing or (order and a.torch_sig.overloads <= 1):
            bits = []
            if unknown:
                bits.append(f"names torch lacks: {unknown}")
            if missing:
                bits.append(f"torch parameters not listed: {missing}")
            if order and a.torch_sig.overloads <= 1:
                bits.append(f"positions differ: {order}")
            out.append(Update(api, "args-list", f"args_list {args_list} vs torch {a.torch_sig.render()} "
                              f"({a.torch_sig.source}): " + "; ".join(bits),
                              f"args_list = {_suggested_args_list(_own(a.torch_sig, a.torch_api))}"))
    mia = entry.get("min_input_args")
    if isinstance(mia, int) and a.torch_sig is not None and a.torch_sig.source != "paconvert args_list" \
            and not any(p.kind == S.VAR_POS for p in a.torch_sig.params):
        need = _required_count(a.torch_sig, a.torch_api)
        if mia > need:
            out.append(Update(api, "min-input-args", f"min_input_args {mia}, but torch {a.torch_sig.render()} "
                              f"requires {need} argument(s)", f"min_input_args = {need}"))
    for param, stmt, code in ([] if a.paddle_cpp else a.passthrough):
        fix = (f'kwargs_change {{"{param}": ""}} (delete it)' if param in DELETABLE_KEYWORDS
               else f'unsupport_args ["{param}"]')
        if entry.get("Matcher") == "ChangePrefixMatcher":
            fix = f"GenericMatcher with paddle_api {a.paddle_api} and " + fix
        psig = a.paddle_sig_full or a.paddle_sig
        out.append(Update(api, "keyword-passed-through",
                          f"PaConvert converts `{stmt}` to `{code}`, but {a.paddle_api}{psig.render()} has no {param!r}",
                          fix))
    beh = a.behaviour or {}
    if entry.get("Matcher") == "ChangePrefixMatcher" and beh.get("renames"):
        fixed = {k: v for k, v in beh["renames"].items()
                 if k not in (a.renames or {}) and any(r.get("status") == "pass" for r in beh.get("renamed", {}).values())}
        if fixed:
            failing = [s for s, r in beh.get("mapping", {}).items() if r.get("status") == "error"]
            out.append(Update(api, "kwargs-change-missing",
                              f"prefix swap: {', '.join(failing)} call(s) fail in paddle (unexpected keyword), "
                              f"the call renamed by {fixed} gives torch's result",
                              f"GenericMatcher with paddle_api {a.paddle_api} and kwargs_change {fixed}"))
    return out


def _own(sig, api: str) -> list:
    """The parameters a call passes: ``self`` of a method read from its class is the receiver
    (``torch._foreach_log2_(self)`` is a function whose parameter is called self)."""
    import inspect
    from paddlecamp.apicompat import audit as A
    params = list(sig.params)
    if params and params[0].name == "self" and inspect.isclass(A.resolve(api.rsplit(".", 1)[0])):
        return params[1:]
    return params


def _suggested_args_list(params: list) -> list[str]:
    from paddlecamp.apicompat import signatures as S
    out, star = [], False
    for p in params:
        if p.kind == S.VAR_KW:
            continue
        if p.kind == S.VAR_POS:
            out.append("*" + p.name)
            star = True
            continue
        if p.kind == S.KW_ONLY and not star:
            out.append("*")
            star = True
        out.append(p.name)
    return out


def _paddle_version() -> str:
    from importlib.metadata import version
    return version("paddlepaddle")


# --- could become ChangePrefixMatcher -------------------------------------------------------

def recorded_behaviour(path: str | None = None) -> dict[str, dict]:
    """Per-API prefix-swap behaviour (stock paddle) from the auditor's recorded audit."""
    if path is None:
        from paddlecamp import repo_path
        path = str(repo_path("data", "results", "apicompat_audit_2026-12-01.json"))
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {r["api"]: r for r in data["apis"] if "behaviour" in r}


# the auditor's categories under which a torch call binds the same way after the prefix swap
SWAP_COMPATIBLE = ("no difference", "paddle has more parameters")


def could_change_prefix(api: str, entry: dict | None, audit_record: dict | None) -> Update | None:
    """An entry whose Matcher is not ChangePrefixMatcher while its prefix swap passed every call style."""
    if not entry or not entry.get("Matcher") or entry.get("Matcher") == "ChangePrefixMatcher" or entry.get("alias_of"):
        return None
    if not audit_record or not api.startswith("torch."):
        return None
    beh = audit_record.get("behaviour") or {}
    if beh.get("verdict") != "all styles pass":
        return None
    styles = [s for s, st in (beh.get("styles") or {}).items() if st == "pass"]
    sig_cat = audit_record.get("category", "?")
    # the runs pass only the required arguments: the swapped signature must vouch for the rest
    # (set_(source) passes, set_(source, offset, size) would not: paddle orders them differently)
    if sig_cat not in SWAP_COMPATIBLE and not (sig_cat == "only parameter names differ" and "keyword" in styles):
        return None
    caveat = []
    if entry.get("unsupport_args"):
        caveat.append(f"unsupport_args {entry['unsupport_args']} not exercised")
    optional = [k for k in (entry.get("kwargs_change") or {}) if k not in ("input", "other", "self")]
    if optional:
        caveat.append(f"renamed keywords {optional} only exercised where required")
    return Update(api, "could-change-prefix",
                  f"{entry['Matcher']}" + (f" -> {entry['paddle_api']}" if entry.get("paddle_api") else "")
                  + f"; prefix swap to {audit_record.get('paddle')} passes {len(styles)} call style(s) "
                  f"({', '.join(sorted(styles))}) on stock paddle; swap signature: {sig_cat}"
                  + (f"; caveat: {'; '.join(caveat)}" if caveat else ""),
                  '{"Matcher": "ChangePrefixMatcher"}')


def find_updates(analyses: list[C.Analysis], audit: dict[str, dict] | None = None) -> list[Update]:
    """Every update the analyses (and the recorded prefix-swap behaviour) support, sorted."""
    if audit is None:
        try:
            audit = recorded_behaviour()
        except (OSError, ValueError, KeyError):
            audit = {}
    out: list[Update] = []
    for a in analyses:
        try:
            out.extend(check_entry(a))
        except Exception as e:  # noqa: BLE001 - one odd entry must not stop the rest
            out.append(Update(a.torch_api, "error", f"{type(e).__name__}: {e}", "check by hand"))
        u = could_change_prefix(a.torch_api, a.entry, audit.get(a.torch_api))
        if u is not None:
            out.append(u)
    return sorted(out, key=lambda u: (list(RULES).index(u.rule) if u.rule in RULES else 99, u.api))


def render(found: list[Update], meta: dict) -> str:
    """updates.md: counts per rule, then each update."""
    counts = Counter(u.rule for u in found)
    out = ["# api_mapping.json 更新建议（自动生成）", "",
           f"{meta.get('date')}，torch {meta.get('torch')}，paddle {meta.get('paddle')}，PaConvert {meta.get('paconvert')}："
           f"共 {len(found)} 条。每条给出 API、规则、证据与建议的修改。", "", "| rule | meaning | updates |",
           "| --- | --- | ---: |"]
    for rule, text in RULES.items():
        out.append(f"| `{rule}` | {text} | {counts[rule]} |")
    if counts.get("error"):
        out.append(f"| `error` | the check itself failed | {counts['error']} |")
    out.append("")
    for rule in list(RULES) + ["error"]:
        items = [u for u in found if u.rule == rule]
        if not items:
            continue
        out += [f"## {rule}", "", RULES.get(rule, "the check failed"), ""]
        for u in items:
            out.append(f"- `{u.api}`: {u.evidence}. Suggested: `{u.suggestion}`")
        out.append("")
    return "\n".join(out)


__all__ = ["RULES", "Update", "check_entry", "could_change_prefix", "find_updates", "recorded_behaviour", "render",
           "torch_names"]
