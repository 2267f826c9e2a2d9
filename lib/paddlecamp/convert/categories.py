"""The category of each torch->paddle mapping, derived from evidence rather than copied.

The official mapping docs sort every PyTorch API into one of a dozen categories
(无参数, 参数完全一致, 仅参数名不一致, ..., 功能缺失). Here each category is *derived* from three
kinds of evidence, strongest last:

1. ``mapping``: PaConvert's own entry (``api_mapping.json``): no entry or no ``Matcher`` means
   PaConvert cannot convert it (功能缺失); an entry in ``api_alias_mapping.json`` is an API 别名;
   a custom ``Matcher`` with no single ``paddle_api`` writes a small program (组合替代实现).
2. ``signature``: the installed torch signature against the signature of the mapping's own
   ``paddle_api`` (not the prefix-swapped namesake), with the entry's ``kwargs_change`` applied
   as renames, compared by the API-compatibility auditor
   (:func:`paddlecamp.apicompat.audit.compare`).
3. ``execution``: torch and paddle called on the same literal inputs, the paddle call written
   the way the mapping says (API from ``paddle_api``, keywords renamed by ``kwargs_change``,
   ``paddle_default_kwargs`` added). "仅参数名不一致" is only claimed on this evidence: a
   rename that signatures suggest but nothing has run is reported as such in ``reasons``.

The official format orders the categories by priority: when an API shows several differences,
the later category wins (``paddle 参数更多`` beats ``仅参数名不一致``; ``torch 参数更多`` beats both).
"""
from __future__ import annotations

import ast
import functools
import json
import os
import warnings
from dataclasses import dataclass, field

NO_PARAMS = "无参数"
SAME = "参数完全一致"
CALL_STYLE = "仅 API 调用方式不一致"
NAMES = "仅参数名不一致"
PADDLE_MORE = "paddle 参数更多"
DEFAULTS = "参数默认值不一致"
TORCH_MORE = "torch 参数更多"
USAGE = "输入参数用法不一致"
INPUT_TYPE = "输入参数类型不一致"
RETURN_TYPE = "返回参数类型不一致"
COMPOSITE = "组合替代实现"
DELETABLE = "可删除"
ALIAS = "API 别名"
MISSING = "功能缺失"

# priority order of the official format (later wins); CALL_STYLE is used by newer docs for a
# method mapped to a function (or back) with otherwise identical parameters
CATEGORIES: tuple[str, ...] = (NO_PARAMS, SAME, CALL_STYLE, NAMES, PADDLE_MORE, DEFAULTS, TORCH_MORE, USAGE,
                               INPUT_TYPE, RETURN_TYPE, COMPOSITE, DELETABLE, ALIAS, MISSING)
# categories that signatures cannot decide: judged from the mapping entry (or accepted)
MAPPING_DECIDED = (RETURN_TYPE, COMPOSITE, DELETABLE, ALIAS, MISSING, CALL_STYLE)

# Matchers that only rename: the API (ChangeAPIMatcher), the prefix (ChangePrefixMatcher) or the
# API plus keywords (GenericMatcher). Any other Matcher rewrites the call in its own code.
PLAIN_MATCHERS = ("ChangePrefixMatcher", "ChangeAPIMatcher", "GenericMatcher")
# keywords GenericMatcher handles itself (dropped, or turned into .astype / paddle.assign / stop_gradient)
GENERIC_HANDLED = ("layout", "device", "memory_format", "inplace", "generator", "non_blocking", "async",
                   "dtype", "pin_memory", "requires_grad", "out")


def rank(category: str) -> int:
    """Priority of a category (higher wins); unknown names rank lowest."""
    return CATEGORIES.index(category) if category in CATEGORIES else -1


@dataclass(frozen=True)
class Derived:
    torch_api: str
    paddle_api: str | None
    category: str
    reasons: tuple[str, ...]
    evidence: str  # "signature" | "execution" | "mapping"


# --- PaConvert's mapping data ---------------------------------------------------------------

def _paconvert_dir() -> str:
    import paconvert
    return os.path.dirname(paconvert.__file__)


@functools.lru_cache(maxsize=1)
def _load_mapping_cached() -> tuple[dict, dict]:
    folder = _paconvert_dir()
    with open(os.path.join(folder, "api_mapping.json"), encoding="utf-8") as f:
        mapping = json.load(f)
    with open(os.path.join(folder, "api_alias_mapping.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    return mapping, aliases


def load_mapping() -> dict[str, dict]:
    """PaConvert's ``api_mapping.json``, plus one entry per ``api_alias_mapping.json`` alias: a copy
    of its target's entry with ``"alias_of": target`` added (a fresh dict each call)."""
    mapping, aliases = _load_mapping_cached()
    out = {k: dict(v) for k, v in mapping.items()}
    for alias, target in aliases.items():
        if alias in out:
            continue
        out[alias] = dict(mapping.get(target, {})) | {"alias_of": target}
    return out


def paddle_api_of(torch_api: str, entry: dict | None) -> str | None:
    """The paddle API a mapping entry converts to: ``paddle_api``, or the prefix swap for
    ChangePrefixMatcher; None when the entry names none."""
    if not entry:
        return None
    if entry.get("paddle_api"):
        return entry["paddle_api"]
    if entry.get("Matcher") == "ChangePrefixMatcher" and torch_api.startswith("torch."):
        return "paddle" + torch_api[len("torch"):]
    return None


# --- the evidence gathered for one API ------------------------------------------------------

@dataclass
class Analysis:
    """Everything known about one mapping: the signatures, how parameters pair, and the derivation."""
    torch_api: str
    entry: dict | None
    paddle_api: str | None
    torch_sig: object = None           # paddlecamp.apicompat.signatures.Sig
    paddle_sig: object = None
    torch_kind: str = "absent"
    paddle_kind: str = "absent"
    aliases: dict = field(default_factory=dict)   # paddle's own aliases: torch-style name -> paddle name
    diffs: list = field(default_factory=list)     # the auditor's differences
    sig_category: str | None = None
    behaviour: dict | None = None                 # {"styles": {style: record}, ...} from execution
    problems: list = field(default_factory=list)  # missing APIs, unknown signatures
    derived: Derived | None = None

    @property
    def renames(self) -> dict[str, str]:
        kc = (self.entry or {}).get("kwargs_change") or {}
        return {k: v for k, v in kc.items() if isinstance(v, str)}

    @property
    def method_to_function(self) -> bool:
        return self.torch_api.startswith("torch.Tensor.") and bool(self.paddle_api) \
            and not self.paddle_api.startswith("paddle.Tensor.")


def _signatures(a: Analysis) -> None:
    """Fill torch/paddle objects' kinds and signatures (with the auditor's extractors)."""
    from paddlecamp.apicompat import audit as A
    from paddlecamp.apicompat import signatures as S
    A._frameworks()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tobj = A._unwrap_static(A.resolve(a.torch_api))
        a.torch_kind = A.kind_of(tobj)
        entry = a.entry or {}
        if tobj is not A._ABSENT:
            a.torch_sig = A.torch_signature(a.torch_api, tobj, entry)
        else:
            a.problems.append(f"{a.torch_api} is not in the installed torch")
            if entry.get("args_list"):
                a.torch_sig = S.from_args_list(entry["args_list"])
        if a.paddle_api:
            pobj = A._unwrap_static(A.resolve(a.paddle_api))
            a.paddle_kind = A.kind_of(pobj)
            if pobj is A._ABSENT:
                a.problems.append(f"{a.paddle_api} is not in the installed paddle")
            elif a.paddle_kind in ("function", "class"):
                a.paddle_sig = A.paddle_signature(a.paddle_api, pobj)
                a.aliases, _ = S.paddle_aliases(pobj)
                if a.method_to_function and a.paddle_sig is not None and a.paddle_sig.params:
                    # official rule: a method mapped to a function skips the function's first parameter
                    a.paddle_sig = S.Sig(a.paddle_sig.params[1:], a.paddle_sig.source, a.paddle_sig.overloads)


def _audit_category(cat: str) -> str:
    from paddlecamp.apicompat import audit as A
    return {A.MISSING: MISSING, A.USAGE: USAGE, A.ORDER: USAGE, A.TORCH_MORE: TORCH_MORE, A.DEFAULTS: DEFAULTS,
            A.NAMES: NAMES, A.PADDLE_MORE: PADDLE_MORE, A.SAME: SAME}.get(cat, USAGE)


def _compare(a: Analysis) -> None:
    """The auditor's comparison of the torch signature with the mapping's paddle signature."""
    from paddlecamp.apicompat import audit as A
    from paddlecamp.apicompat import signatures as S
    renames = {k: v for k, v in a.renames.items() if v}
    _, decorators = S.paddle_aliases(A.resolve(a.paddle_api)) if a.paddle_api else ({}, [])
    cmp = A.compare(a.torch_sig, a.paddle_sig, a.aliases, decorators, renames)
    diffs = list(cmp.diffs)
    # kwargs_change "" drops a torch argument: PaConvert deletes it, so it has no paddle counterpart
    dropped = [k for k, v in a.renames.items() if v == ""]
    unsupported = set((a.entry or {}).get("unsupport_args") or [])
    cat = _audit_category(cmp.category)
    named = {p.name for p in a.torch_sig.params}
    for name in sorted(unsupported & named):
        text = f"torch only: {name}"
        if text not in diffs:
            diffs.append(text + " (PaConvert: unsupported)")
        if rank(cat) < rank(TORCH_MORE):
            cat = TORCH_MORE
    for name in dropped:
        if name in named and f"torch only: {name}" not in diffs:
            diffs.append(f"torch only: {name} (PaConvert drops it)")
            if rank(cat) < rank(TORCH_MORE):
                cat = TORCH_MORE
    if a.torch_kind in ("class", "function") and a.paddle_kind in ("class", "function") \
            and a.torch_kind != a.paddle_kind:
        diffs.insert(0, f"torch {a.torch_kind}, paddle {a.paddle_kind}")
        if rank(cat) < rank(USAGE):
            cat = USAGE
    if cat == SAME and not [p for p in a.torch_sig.params] \
            and not [p for p in a.paddle_sig.params if not (p.name == "name" and p.default == "None")]:
        cat = NO_PARAMS
    a.diffs = diffs
    a.sig_category = cat


# --- execution ------------------------------------------------------------------------------

FUNCTION_PREFIXES = ("torch.nn.functional.", "torch.linalg.", "torch.fft.", "torch.special.", "torch.Tensor.")


def executable(a: Analysis) -> bool:
    """Whether :func:`paired_calls` can write calls: a function-like torch API mapped to one paddle callable."""
    return (a.torch_kind == "function" and a.torch_sig is not None and bool(a.paddle_api)
            and a.paddle_api.startswith("paddle.") and a.paddle_kind == "function"
            and (a.torch_api.count(".") == 1 or a.torch_api.startswith(FUNCTION_PREFIXES)))


def _as_torch_text(paddle_api: str) -> str:
    # the runner swaps every ``torch`` token for ``paddle``: write the paddle API under the torch
    # prefix so that the swapped source names it exactly
    return "torch" + paddle_api[len("paddle"):]


def paired_calls(a: Analysis) -> dict[str, str] | str:
    """Per call style, one snippet that computes ``result`` with torch as written and, once the
    runner swaps ``torch`` for ``paddle``, with the mapping's paddle call; or why there is none.

    The calls come from :func:`paddlecamp.apicompat.diffexec.calls_for`; the paddle branch renames
    keywords by ``kwargs_change`` (drops those mapped to ""), adds ``paddle_default_kwargs`` and
    calls ``paddle_api``."""
    from paddlecamp.apicompat import diffexec
    if not executable(a):
        return "not a function-like API with a paddle function to call"
    got = diffexec.calls_for(a.torch_api, a.torch_sig)
    if isinstance(got, str):
        return got
    entry = a.entry or {}
    defaults = entry.get("paddle_default_kwargs") or {}
    out = {}
    for style, code in got.items():
        head, _, call_line = code.rstrip("\n").rpartition("\n")
        call = ast.parse(call_line).body[0].value
        if not isinstance(call, ast.Call):
            return "generated call not understood"
        args = list(call.args)
        kws = []
        for kw in call.keywords:
            new = a.renames.get(kw.arg, kw.arg)
            if new:
                kws.append(ast.keyword(arg=new, value=kw.value))
        present = {k.arg for k in kws}
        for name, value in defaults.items():
            if name not in present:
                try:
                    kws.append(ast.keyword(arg=name, value=ast.parse(str(value), mode="eval").body))
                except SyntaxError:
                    return f"paddle_default_kwargs {name}={value!r} is not an expression"
        target = a.paddle_api
        if a.torch_api.startswith("torch.Tensor.") and target.startswith("paddle.Tensor."):
            func = ast.Attribute(value=ast.Name("self_"), attr=target.rsplit(".", 1)[1])
        elif a.torch_api.startswith("torch.Tensor."):
            func = ast.parse(_as_torch_text(target), mode="eval").body
            args = [ast.Name("self_")] + args
        elif target.startswith("paddle.Tensor."):
            if not args:
                return "function mapped to a method, first argument passed by keyword"
            func = ast.Attribute(value=args[0], attr=target.rsplit(".", 1)[1])
            args = args[1:]
        else:
            func = ast.parse(_as_torch_text(target), mode="eval").body
        paddle_call = ast.unparse(ast.Call(func=func, args=args, keywords=kws))
        out[style] = (f"{head}\nif torch.__name__ == 'torch':\n    {call_line}\n"
                      f"else:\n    result = {paddle_call}\n")
    return out


def run_inprocess(snippets: dict[str, str], api: str) -> dict[str, dict]:
    """Run paired snippets here (torch as written, then swapped), one record per style."""
    from paddlecamp.apicompat import swap
    from paddlecamp.apicompat.audit import _frameworks
    from paddlecamp.apicompat.suite import run_case_inproc
    torch, paddle = _frameworks()
    out = {}
    for style, code in snippets.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out[style] = run_case_inproc({"id": f"{api}::{style}", "code": code, "names": ["result"], "kwargs": {}},
                                         torch, paddle, swap)
    return out


def execution_category(styles: dict[str, dict]) -> tuple[str | None, list[str]]:
    """From per-style run records: None when all styles that torch runs pass (behaviour
    confirmed), else the category the failure calls for, with reasons; ("", ...) when torch
    itself rejected every generated call (no evidence)."""
    from paddlecamp.apicompat.suite import error_category
    ran = {s: r for s, r in styles.items() if r.get("status") != "torch_error"}
    if not ran:
        return "", ["torch rejected every generated call: no execution evidence"]
    bad = {s: r for s, r in ran.items() if r.get("status") != "pass"}
    if not bad:
        return None, [f"execution: {len(ran)} call style(s) ({', '.join(sorted(ran))}) give the same result"]
    reasons = []
    cats = []
    for s, r in sorted(bad.items()):
        st = r.get("status")
        if st == "mismatch":
            kind = r.get("kind")
            cats.append(RETURN_TYPE if kind in ("dtype", "type") else USAGE)
            reasons.append(f"execution, {s} call: result differs ({kind}): {(r.get('detail') or '')[:120]}")
        elif st == "error":
            ec = error_category(r)
            cats.append(INPUT_TYPE if ec == "type_or_value" else USAGE)
            reasons.append(f"execution, {s} call: paddle raised {r.get('exc_type')}: {(r.get('message') or '')[:120]}")
        else:
            cats.append(USAGE)
            reasons.append(f"execution, {s} call: {st}: {(r.get('message') or '')[:120]}")
    return max(cats, key=rank), reasons


# --- derivation -----------------------------------------------------------------------------

def analyse(torch_api: str, entry: dict | None = None, execute: bool = False,
            behaviour: dict[str, dict] | None = None, mapping: dict | None = None) -> Analysis:
    """Gather the evidence for ``torch_api`` and derive its category (``Analysis.derived``).

    ``entry``: its api_mapping.json entry (looked up when None); ``execute``: run the paired
    calls here; ``behaviour``: per-style run records already obtained (a batch run)."""
    if entry is None:
        entry = (mapping if mapping is not None else load_mapping()).get(torch_api)
    a = Analysis(torch_api, entry, paddle_api_of(torch_api, entry))
    reasons: list[str] = []

    def done(category: str, evidence: str) -> Analysis:
        a.derived = Derived(torch_api, a.paddle_api, category, tuple(reasons), evidence)
        return a

    if entry and entry.get("alias_of"):
        reasons.append(f"alias of {entry['alias_of']} (api_alias_mapping.json)")
        return done(ALIAS, "mapping")
    matcher = (entry or {}).get("Matcher")
    if not matcher:
        reasons.append("no api_mapping.json entry" if entry is None else "api_mapping.json entry has no Matcher: "
                       "PaConvert cannot convert it")
        return done(MISSING, "mapping")
    if matcher == "DeleteMatcher":
        reasons.append("PaConvert deletes the call (DeleteMatcher)")
        return done(DELETABLE, "mapping")
    if matcher not in PLAIN_MATCHERS and not entry.get("paddle_api"):
        reasons.append(f"{matcher} writes the paddle code itself; no single paddle API")
        return done(COMPOSITE, "mapping")
    _signatures(a)
    reasons.extend(a.problems)
    if a.paddle_api and a.paddle_kind == "absent":
        return done(MISSING, "mapping")
    if a.torch_sig is None or a.paddle_sig is None or a.paddle_kind not in ("function", "class"):
        what = "torch" if a.torch_sig is None else "paddle"
        if a.paddle_kind in ("attribute", "module") and a.torch_kind in ("attribute", "module", "absent"):
            reasons.append(f"{a.paddle_kind}: nothing to compare but existence")
            return done(NO_PARAMS if matcher in PLAIN_MATCHERS else COMPOSITE, "mapping")
        reasons.append(f"no {what} signature: category from the mapping ({matcher})")
        return done(SAME if matcher in ("ChangePrefixMatcher", "ChangeAPIMatcher") else USAGE, "mapping")
    _compare(a)
    cat = a.sig_category
    reasons.extend(a.diffs)
    if matcher not in PLAIN_MATCHERS:
        reasons.append(f"{matcher} rewrites the call beyond renaming")
        if rank(cat) < rank(USAGE):
            cat = USAGE
    evidence = "signature"
    if behaviour is None and execute:
        calls = paired_calls(a)
        if isinstance(calls, str):
            reasons.append(f"not executed: {calls}")
        else:
            behaviour = run_inprocess(calls, torch_api)
    if behaviour:
        a.behaviour = behaviour
        ecat, ereasons = execution_category(behaviour)
        reasons.extend(ereasons)
        if ecat is None:
            evidence = "execution"
        elif ecat:
            evidence = "execution"
            if rank(ecat) > rank(cat):
                cat = ecat
    if cat == NAMES and evidence != "execution":
        reasons.append("仅参数名不一致 by signature only: the renamed call has not been run")
    return done(cat, evidence)


def derive(torch_api: str, entry: dict | None = None, execute: bool = False) -> Derived:
    """The category of ``torch_api``'s mapping with its reasons and the strongest evidence used."""
    return analyse(torch_api, entry, execute).derived


def consistent(doc_category: str, derived: Derived) -> bool:
    """Whether a doc's stated category agrees with the derivation.

    Equal categories agree. Categories that signatures cannot decide (组合替代实现, 可删除, API 别名,
    返回参数类型不一致, 仅 API 调用方式不一致) are accepted when the derivation rests on signatures
    only, since only the mapping or a run could refute them. A doc's 仅参数名不一致 agrees with a
    derived 参数完全一致 or 仅参数名不一致 when no run confirmed the difference (paddle's aliases may
    accept torch's names), and a derived category reached from a mapping without signatures
    (evidence "mapping", category 参数完全一致/输入参数用法不一致) accepts any parameter category."""
    doc = doc_category.strip()
    if doc == derived.category:
        return True
    if doc not in CATEGORIES:
        return False
    if derived.category in (ALIAS, MISSING, DELETABLE):
        return False
    if derived.category == COMPOSITE:  # a matcher's own code: the doc may name the difference it bridges
        return rank(doc) >= rank(TORCH_MORE) and doc not in (ALIAS, MISSING, DELETABLE)
    if doc in MAPPING_DECIDED and derived.evidence != "execution":
        return True
    if {doc, derived.category} <= {NAMES, SAME} and derived.evidence != "execution":
        return True
    if derived.evidence == "mapping" and doc not in (ALIAS, MISSING, DELETABLE):
        return True
    return False


__all__ = ["CATEGORIES", "Derived", "Analysis", "derive", "analyse", "consistent", "load_mapping",
           "paddle_api_of", "paired_calls", "execution_category", "rank"]
