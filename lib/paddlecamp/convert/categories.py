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
import hashlib
import inspect
import json
import os
import re
import sys
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
# categories that signatures cannot decide: the mapping entry decides these ...
MAPPING_DECIDED = (DELETABLE, ALIAS, MISSING)
# ... and these are accepted from a doc unless a run contradicts them
UNDECIDABLE = (RETURN_TYPE, COMPOSITE, CALL_STYLE)
# differences in behaviour: claimed by a doc above a signature-only derivation, they stand
BEHAVIOURAL = (USAGE, INPUT_TYPE, RETURN_TYPE)

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
    if entry.get("alias_of"):  # an alias converts the way its target does
        torch_api = entry["alias_of"]
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
    paddle_sig: object = None           # as compared (a method mapped to a function: without its first parameter)
    paddle_sig_full: object = None      # as declared
    paddle_cpp: bool = False            # paddle's C++ argument parser binds the call (keywords beyond the signature)
    torch_kind: str = "absent"
    paddle_kind: str = "absent"
    aliases: dict = field(default_factory=dict)   # paddle's own aliases: torch-style name -> paddle name
    diffs: list = field(default_factory=list)     # the auditor's differences
    sig_category: str | None = None
    behaviour: dict | None = None                 # {"styles": {style: record}, ...} from execution
    problems: list = field(default_factory=list)  # missing APIs, unknown signatures
    refuted: list = field(default_factory=list)   # differences a passing run showed not to matter
    notes: list = field(default_factory=list)     # why nothing was run
    examples: list = field(default_factory=list)  # (parameter or "", torch code, paddle code) converted by PaConvert
    passthrough: list = field(default_factory=list)  # (parameter, torch code, paddle code): PaConvert kept a
    #                                                   keyword the paddle API does not take
    derived: Derived | None = None

    @property
    def renames(self) -> dict[str, str]:
        kc = (self.entry or {}).get("kwargs_change") or {}
        return {k: v for k, v in kc.items() if isinstance(v, str)}

    @property
    def method_to_function(self) -> bool:
        return self.torch_api.startswith("torch.Tensor.") and bool(self.paddle_api) \
            and not self.paddle_api.startswith("paddle.Tensor.")


def _drop_receiver(sig, api: str):
    """A method read from its class (``torch.nn.Module.apply``) declares ``self``; a call on an
    object does not pass it, and neither library's docs show it."""
    from paddlecamp.apicompat import audit as A
    from paddlecamp.apicompat import signatures as S
    if sig is None or not sig.params or sig.params[0].name != "self":
        return sig
    if not inspect.isclass(A.resolve(api.rsplit(".", 1)[0])):
        return sig  # torch._foreach_log2_(self): a function whose parameter is called self
    return S.Sig(sig.params[1:], sig.source, sig.overloads)


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
            a.torch_sig = _drop_receiver(A.torch_signature(a.torch_api, tobj, entry), a.torch_api)
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
                a.paddle_sig = _drop_receiver(A.paddle_signature(a.paddle_api, pobj), a.paddle_api)
                a.aliases, _ = S.paddle_aliases(pobj)
                a.paddle_sig_full = a.paddle_sig
                # a generated forwarder to paddle's C++ argument parser, which takes keywords its
                # declared signature does not show (paddle.asin(x, out=y) works)
                a.paddle_cpp = A._cpp_forwarder(pobj) or not (inspect.isfunction(pobj) or inspect.isclass(pobj)
                                                              or inspect.ismethod(pobj))
                if a.method_to_function and a.paddle_sig is not None and a.paddle_sig.params:
                    # official rule: a method mapped to a function skips the function's first parameter
                    a.paddle_sig = S.Sig(a.paddle_sig.params[1:], a.paddle_sig.source, a.paddle_sig.overloads)


def _audit_category(cat: str) -> str:
    from paddlecamp.apicompat import audit as A
    return {A.MISSING: MISSING, A.USAGE: USAGE, A.ORDER: USAGE, A.TORCH_MORE: TORCH_MORE, A.DEFAULTS: DEFAULTS,
            A.NAMES: NAMES, A.PADDLE_MORE: PADDLE_MORE, A.SAME: SAME}.get(cat, USAGE)


@dataclass(frozen=True)
class Difference:
    """One difference the auditor found: its category, the torch parameter it is about (if any)
    and what it says; ``how`` tells which kind of statement it is, so that a run can refute it."""
    category: str
    param: str | None
    text: str
    how: str  # rename, kwonly, order, posonly, required, default, torch_only, paddle_requires, paddle_only, varargs, kind


_DIFF_PATTERNS = (
    (re.compile(r"^name (\w+) -> (\w+)"), NAMES, "rename"),
    (re.compile(r"^(\w+) is positional in torch, keyword-only in paddle"), USAGE, "kwonly"),
    (re.compile(r"^(\w+) at position"), USAGE, "order"),
    (re.compile(r"^(\w+) is positional-only in paddle"), USAGE, "posonly"),
    (re.compile(r"^(\w+) is optional in torch, required in paddle"), USAGE, "required"),
    (re.compile(r"^default (\w+)="), DEFAULTS, "default"),
    (re.compile(r"^torch only: (\w+)"), TORCH_MORE, "torch_only"),
    (re.compile(r"^paddle requires (\w+)"), USAGE, "paddle_requires"),
    (re.compile(r"^paddle only: (\w+)"), PADDLE_MORE, "paddle_only"),
    (re.compile(r"^torch takes \*(\w+)"), USAGE, "varargs"),
    (re.compile(r"^torch (class|function), paddle"), USAGE, "kind"),
)


def parse_difference(text: str) -> Difference:
    """Structure one of :func:`paddlecamp.apicompat.audit.compare`'s difference texts."""
    for pat, cat, how in _DIFF_PATTERNS:
        m = pat.match(text)
        if m:
            param = None if how in ("paddle_only", "paddle_requires", "kind") else m.group(1)
            return Difference(cat, param, text, how)
    return Difference(USAGE, None, text, "other")


def _compare(a: Analysis) -> None:
    """The auditor's comparison of the torch signature with the mapping's paddle signature."""
    from paddlecamp.apicompat import audit as A
    from paddlecamp.apicompat import signatures as S
    renames = {k: v for k, v in a.renames.items() if v}
    _, decorators = S.paddle_aliases(A.resolve(a.paddle_api)) if a.paddle_api else ({}, [])
    cmp = A.compare(a.torch_sig, a.paddle_sig, a.aliases, decorators, renames)
    diffs = [parse_difference(t) for t in cmp.diffs]
    named = [p.name for p in a.torch_sig.params]
    only = {d.param for d in diffs if d.how == "torch_only"}
    # PaConvert's unsupport_args and kwargs_change "" say a torch argument has no paddle counterpart
    # even where the auditor paired it by position
    for name in (a.entry or {}).get("unsupport_args") or []:
        if name in named and name not in only:
            diffs = [d for d in diffs if d.param != name]
            diffs.append(Difference(TORCH_MORE, name, f"torch only: {name} (PaConvert: unsupported)", "torch_only"))
            only.add(name)
    for name, new in a.renames.items():
        if new == "" and name in named and name not in only:
            diffs = [d for d in diffs if d.param != name]
            diffs.append(Difference(TORCH_MORE, name, f"torch only: {name} (PaConvert drops it)", "torch_only"))
    if (a.entry or {}).get("Matcher") not in (None, "ChangePrefixMatcher") and (a.entry or {}).get("args_list"):
        # a Matcher with args_list reads the call by it and writes the arguments as keywords:
        # a different position or a keyword-only paddle parameter is bridged like a rename
        diffs = [Difference(NAMES, d.param, d.text + " (bridged: PaConvert passes keywords)", d.how)
                 if d.how in ("order", "kwonly") else d for d in diffs]
    if a.torch_kind in ("class", "function") and a.paddle_kind in ("class", "function") \
            and a.torch_kind != a.paddle_kind:
        diffs.insert(0, Difference(USAGE, None, f"torch {a.torch_kind}, paddle {a.paddle_kind}", "kind"))
    a.diffs = diffs
    a.sig_category = category_of(diffs, a)


def category_of(diffs: list[Difference], a: Analysis) -> str:
    """The highest-priority category among the differences (无参数 / 参数完全一致 when none)."""
    if diffs:
        return max((d.category for d in diffs), key=rank)
    params = [p for p in a.paddle_sig.params if not (p.name == "name" and p.default == "None")] if a.paddle_sig else []
    if a.torch_sig is not None and not a.torch_sig.params and not params:
        return NO_PARAMS
    return SAME


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


def signature_renames(a: Analysis) -> dict[str, str]:
    """The renames the signature comparison proposes (torch name -> paddle name), kwargs_change first."""
    out = {k: v for k, v in a.renames.items() if v}
    for d in a.diffs:
        if d.how == "rename":
            out.setdefault(d.param, d.text.rsplit("-> ", 1)[1])
    return out


def passed_params(code: str, a: Analysis) -> tuple[list[str], list[str]]:
    """The torch parameters a generated call passes (positionally, by keyword)."""
    from paddlecamp.apicompat import signatures as S
    last = ast.parse(code).body[-1]
    call = (last.body[0] if isinstance(last, ast.If) else last).value  # the torch branch of a paired snippet
    pos = [p.name for p in a.torch_sig.params if p.kind in (S.POS, S.POS_ONLY)][:len(call.args)]
    return pos, [k.arg for k in call.keywords if k.arg]


def paired_calls(a: Analysis, renames: dict[str, str] | None = None) -> dict[str, str] | str:
    """Per call style, one snippet that computes ``result`` with torch as written and, once the
    runner swaps ``torch`` for ``paddle``, with the mapping's paddle call; or why there is none.

    The calls come from :func:`paddlecamp.apicompat.diffexec.calls_for`; the paddle branch renames
    keywords by ``renames`` (default: the entry's ``kwargs_change``; "" drops the keyword), adds
    ``paddle_default_kwargs`` and calls ``paddle_api``."""
    from paddlecamp.apicompat import diffexec
    if not executable(a):
        return "not a function-like API with a paddle function to call"
    got = diffexec.calls_for(a.torch_api, a.torch_sig)
    if isinstance(got, str):
        return got
    renames = a.renames if renames is None else renames
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
            new = renames.get(kw.arg, kw.arg)
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
            rec = run_case_inproc({"id": f"{api}::{style}", "code": code, "names": ["result"], "kwargs": {}},
                                  torch, paddle, swap)
        out[style] = rec | {"code": code}
    return out


_UNEXPECTED_KW = re.compile(r"unexpected keyword argument '(\w+)'")


def needs_renamed_round(a: Analysis, first: dict[str, dict]) -> dict[str, str] | None:
    """When paddle rejected a torch keyword that the signatures pair with another paddle name,
    the renames to try in a second round (kwargs_change plus the signature's pairings); else None."""
    proposed = signature_renames(a)
    rejected = {m.group(1) for r in first.values() if r.get("status") == "error"
                for m in [_UNEXPECTED_KW.search(r.get("message") or "")] if m}
    if rejected and any(name in proposed and name not in a.renames for name in rejected):
        return proposed
    return None


# sampling APIs: the same call draws different numbers in each framework, so only shape and dtype count
STOCHASTIC = ("dropout", "rand", "bernoulli", "multinomial", "normal", "uniform", "random", "exponential",
              "cauchy", "geometric", "log_normal", "poisson", "gumbel", "rrelu", "fractional_max_pool", "shuffle")


def stochastic(api: str) -> bool:
    short = api.rsplit(".", 1)[-1].lower()
    return any(word in short for word in STOCHASTIC)


def _effective(api: str, r: dict) -> dict:
    """A run record, with a value mismatch of a sampling API counted as a pass."""
    if r.get("status") == "mismatch" and r.get("kind") == "value" and stochastic(api):
        return dict(r) | {"status": "pass", "note": "random values not compared"}
    return r


def _failure_category(r: dict) -> str:
    from paddlecamp.apicompat.suite import error_category
    if r.get("status") == "mismatch":
        return RETURN_TYPE if r.get("kind") in ("dtype", "type", "length", "stop_gradient") else USAGE
    if r.get("status") == "error":
        return INPUT_TYPE if error_category(r) == "type_or_value" else USAGE
    return USAGE


def _describe(style: str, r: dict) -> str:
    st = r.get("status")
    if st == "mismatch":
        return f"{style} call: result differs ({r.get('kind')}): {(r.get('detail') or '')[:120]}"
    if st == "error":
        return f"{style} call: paddle raised {r.get('exc_type')}: {(r.get('message') or '')[:120]}"
    return f"{style} call: {st}: {(r.get('message') or '')[:120]}"


# --- derivation -----------------------------------------------------------------------------

def _short(api: str) -> str:
    return api.rsplit(".", 1)[-1].rstrip("_").replace("_", "").lower()


def mapping_category(torch_api: str, entry: dict | None) -> tuple[str, str] | None:
    """The category the mapping entry alone decides, with the reason; None when signatures must.

    A custom Matcher (not a plain rename) whose ``paddle_api`` is missing or is another function
    (``addr`` -> ``paddle.outer``, ``_foreach_abs`` -> ``paddle.abs``) writes a small program
    around it: 组合替代实现. One mapped to its namesake (``BCELoss`` with SizeAverageMatcher) is
    compared like any other."""
    if entry and entry.get("alias_of"):
        return ALIAS, f"alias of {entry['alias_of']} (api_alias_mapping.json)"
    matcher = (entry or {}).get("Matcher")
    if not matcher:
        return MISSING, ("no api_mapping.json entry" if entry is None
                         else "api_mapping.json entry has no Matcher: PaConvert cannot convert it")
    if matcher == "DeleteMatcher":
        return DELETABLE, "PaConvert deletes the call (DeleteMatcher)"
    if matcher not in PLAIN_MATCHERS:
        target = entry.get("paddle_api")
        if not target:
            return COMPOSITE, f"{matcher} writes the paddle code itself; no single paddle API"
        if _short(target) != _short(torch_api):
            return COMPOSITE, f"{matcher} builds it around {target}, which is another operation"
    return None


def gather(torch_api: str, entry: dict | None = None, mapping: dict | None = None) -> Analysis:
    """The mapping, signature and comparison evidence for ``torch_api`` (nothing run)."""
    if entry is None:
        entry = (mapping if mapping is not None else load_mapping()).get(torch_api)
    a = Analysis(torch_api, entry, paddle_api_of(torch_api, entry))
    decided = mapping_category(torch_api, entry)
    if decided is not None:
        if decided[0] in (ALIAS, COMPOSITE):  # the docs still show the signatures (an alias: its parameter table)
            _signatures(a)
            if decided[0] == ALIAS and a.torch_sig is not None and a.paddle_sig is not None:
                _compare(a)
                a.sig_category = None  # the category stays API 别名
        return a
    _signatures(a)
    if a.torch_sig is not None and a.paddle_sig is not None and a.paddle_kind in ("function", "class"):
        _compare(a)
    return a


def execute_pairs(a: Analysis) -> dict | None:
    """Run the mapping's call (and, when paddle rejects a keyword the signatures rename, the
    renamed call) here; the behaviour record :func:`conclude` reads, or None when nothing ran."""
    calls = paired_calls(a)
    if isinstance(calls, str):
        a.notes.append(f"not executed: {calls}")
        return None
    beh = {"mapping": run_inprocess(calls, a.torch_api)}
    renames = needs_renamed_round(a, beh["mapping"])
    if renames:
        again = paired_calls(a, renames)
        if not isinstance(again, str):
            beh["renames"] = renames
            beh["renamed"] = run_inprocess(again, a.torch_api)
    return beh


def conclude(a: Analysis, behaviour: dict | None = None) -> Derived:
    """The category from the gathered evidence and, when given, the behaviour of the paired calls.

    Execution refutes signature differences about parameters it exercised (a torch keyword paddle
    accepted is not "torch only"; a positional call that works has no order problem), confirms
    renames (a keyword paddle rejected that works renamed), and adds what it saw go wrong
    (a different dtype: 返回参数类型不一致; paddle rejecting the inputs: 输入参数类型不一致;
    another value: 输入参数用法不一致)."""
    entry = a.entry
    reasons: list[str] = []

    def done(category: str, evidence: str) -> Derived:
        a.derived = Derived(a.torch_api, a.paddle_api, category, tuple(reasons), evidence)
        return a.derived

    decided = mapping_category(a.torch_api, entry)
    if decided is not None:
        reasons.append(decided[1])
        return done(decided[0], "mapping")
    matcher = entry["Matcher"]
    reasons.extend(a.problems)
    if a.paddle_api and a.paddle_kind == "absent":
        return done(MISSING, "mapping")
    if a.sig_category is None:
        if a.paddle_kind in ("attribute", "module") and a.torch_kind in ("attribute", "module", "absent"):
            reasons.append(f"{a.paddle_kind}: nothing to compare but existence")
            return done(NO_PARAMS if matcher in PLAIN_MATCHERS else COMPOSITE, "mapping")
        what = "torch" if a.torch_sig is None else "paddle"
        reasons.append(f"no {what} signature: category from the mapping ({matcher})")
        return done(SAME if matcher in ("ChangePrefixMatcher", "ChangeAPIMatcher") else USAGE, "mapping")
    diffs = list(a.diffs)
    a.refuted = []
    evidence = "signature"
    failures: list[str] = []
    if behaviour:
        a.behaviour = behaviour
        first = {s: _effective(a.torch_api, r) for s, r in behaviour.get("mapping", {}).items()}
        second = {s: _effective(a.torch_api, r) for s, r in behaviour.get("renamed", {}).items()}
        ran = {s: r for s, r in first.items() if r.get("status") != "torch_error"}
        if not ran:
            reasons.append("execution: torch rejected every generated call; no evidence")
        else:
            evidence = "execution"
            confirmed: set[str] = set()
            for style, r in ran.items():
                pos, kw = passed_params(r.get("code") or "", a) if r.get("code") else ([], [])
                ok = r.get("status") == "pass"
                if not ok and second.get(style, {}).get("status") == "pass":
                    ok = True
                    renamed = {k for k in kw if k in behaviour.get("renames", {}) and k not in a.renames}
                    confirmed |= renamed
                    reasons.append(f"execution, {style} call: paddle rejects torch's keyword(s) "
                                   f"{', '.join(sorted(renamed)) or '?'}, the renamed call gives the same result")
                if not ok:
                    failures.append(_failure_category(second.get(style) or r))
                    reasons.append("execution, " + _describe(style, second.get(style) or r))
                    continue
                a.refuted.extend(d for d in diffs if _refuted(d, pos, kw, a, confirmed))
                diffs = [d for d in diffs if not _refuted(d, pos, kw, a, confirmed)]
            passed = sum(1 for s in ran if ran[s].get("status") == "pass" or second.get(s, {}).get("status") == "pass")
            reasons.append(f"execution: {passed} of {len(ran)} call style(s) give the same result")
    reasons.extend(a.notes)
    reasons[:0] = [d.text for d in diffs]
    cat = category_of(diffs, a)
    for f in failures:
        if rank(f) > rank(cat):
            cat = f
    if matcher not in PLAIN_MATCHERS:
        # the matcher bridges some difference in its own code (legacy flags, argument packing);
        # the comparison above already names what it has to bridge
        reasons.append(f"{matcher} rewrites the call beyond renaming")
    if cat == NAMES and evidence != "execution":
        reasons.append("仅参数名不一致 by signature only: the renamed call has not been run")
    return done(cat, evidence)


def _refuted(d: Difference, pos: list[str], kw: list[str], a: Analysis, confirmed: set[str]) -> bool:
    """Whether a passing call (``pos`` passed positionally, ``kw`` by keyword) shows ``d`` wrong."""
    passed = set(pos) | set(kw)
    if d.how == "rename":  # paddle took torch's own keyword: no rename needed
        return d.param in kw and d.param not in a.renames and d.param not in confirmed
    if d.how == "torch_only":
        return d.param in passed and "PaConvert" not in d.text and d.param not in a.renames
    if d.how in ("order", "kwonly", "posonly"):
        return d.param in pos
    if d.how == "required":
        return d.param not in passed
    if d.how == "paddle_requires":
        return True  # paddle ran without it
    if d.how == "varargs":
        return bool(pos)
    return False


def analyse(torch_api: str, entry: dict | None = None, execute: bool = False,
            behaviour: dict | None = None, mapping: dict | None = None) -> Analysis:
    """Gather the evidence for ``torch_api`` and derive its category (``Analysis.derived``).

    ``entry``: its api_mapping.json entry (looked up when None); ``execute``: run the paired
    calls here; ``behaviour``: the paired calls' records already obtained (a batch run)."""
    a = gather(torch_api, entry, mapping)
    if behaviour is None and execute and a.sig_category is not None:
        behaviour = execute_pairs(a)
    conclude(a, behaviour)
    return a


def analyse_all(apis: list[str], mapping: dict | None = None, execute: bool = False, jobs: int = 2,
                resume: str | None = None, timeout: float = 20.0, progress: bool = False) -> list[Analysis]:
    """:func:`analyse` for many APIs; execution runs in the auditor's isolated workers (timeout,
    memory cap, crash recovery), cached in the JSONL ``resume`` when given."""
    mapping = load_mapping() if mapping is None else mapping
    it = apis
    if progress:
        from tqdm import tqdm
        it = tqdm(apis, desc="signatures", unit="api", file=sys.stderr, dynamic_ncols=True)
    found = [gather(api, mapping.get(api), mapping) for api in it]
    behaviour: dict[str, dict] = {}
    if execute:
        first = {}
        for a in found:
            if a.sig_category is None:
                continue
            calls = paired_calls(a)
            if isinstance(calls, str):
                a.notes.append(f"not executed: {calls}")
            else:
                first[a.torch_api] = calls
        got = _run_batch(first, "mapping", jobs, resume, timeout, progress)
        second = {}
        for a in found:
            if a.torch_api in got:
                behaviour[a.torch_api] = {"mapping": got[a.torch_api]}
                renames = needs_renamed_round(a, got[a.torch_api])
                if renames:
                    calls = paired_calls(a, renames)
                    if not isinstance(calls, str):
                        second[a.torch_api] = calls
                        behaviour[a.torch_api]["renames"] = renames
        got2 = _run_batch(second, "renamed", jobs, resume, timeout, progress)
        for api, recs in got2.items():
            behaviour[api]["renamed"] = recs
    for a in found:
        conclude(a, behaviour.get(a.torch_api))
    return found


def _run_batch(calls: dict[str, dict[str, str]], round_name: str, jobs: int, resume: str | None,
               timeout: float, progress: bool) -> dict[str, dict[str, dict]]:
    """Run paired snippets ``{api: {style: code}}`` in workers; ``{api: {style: record}}``."""
    if not calls:
        return {}
    from paddlecamp.apicompat.suite import Case, run_resumable
    cases, code_of = [], {}
    for api, styles in calls.items():
        for style, code in styles.items():
            # the id carries a hash of the code so that a cached record never answers a changed call
            cid = f"{api}::{round_name}:{style}::{hashlib.sha1(code.encode()).hexdigest()[:10]}"
            cases.append(Case(cid, "convert-table", style, api, code, names=["result"]))
            code_of[cid] = code
    prior, new = run_resumable(cases, resume, jobs=jobs, timeout=timeout, progress=progress)
    out: dict[str, dict[str, dict]] = {}
    for r in prior + new:
        api, middle, _ = r["id"].split("::")
        style = middle.split(":", 1)[1]
        out.setdefault(api, {})[style] = dict(r) | {"code": code_of[r["id"]]}
    return out


def derive(torch_api: str, entry: dict | None = None, execute: bool = False) -> Derived:
    """The category of ``torch_api``'s mapping with its reasons and the strongest evidence used."""
    return analyse(torch_api, entry, execute).derived


def consistent(doc_category: str, derived: Derived) -> bool:
    """Whether a doc's stated category agrees with the derivation.

    Equal categories agree. 可删除, API 别名 and 功能缺失 are decided by the mapping entry alone, so
    they agree only when equal. Categories that signatures cannot decide (组合替代实现,
    返回参数类型不一致, 仅 API 调用方式不一致) are accepted when the derivation rests on signatures
    only, since only a run could refute them; likewise a doc's 输入参数用法不一致 / 输入参数类型不一致
    above a signature-only derivation (a run may show what signatures cannot). A doc's 仅参数名不一致 agrees with a
    derived 参数完全一致 or 仅参数名不一致 when no run confirmed the difference (paddle's aliases may
    accept torch's names), and a derived category reached from a mapping without signatures
    (evidence "mapping", category 参数完全一致/输入参数用法不一致) accepts any parameter category."""
    doc = doc_category.strip()
    if doc == derived.category:
        return True
    if doc == ALIAS:  # the alias table decides, whatever entry the derivation was given
        return derived.torch_api in _load_mapping_cached()[1]
    if doc not in CATEGORIES:
        return False
    if derived.category in (ALIAS, MISSING, DELETABLE):
        return False
    if derived.category == COMPOSITE:  # a matcher's own code: the doc may name the difference it bridges
        return rank(doc) >= rank(TORCH_MORE) and doc not in (ALIAS, MISSING, DELETABLE)
    if doc in MAPPING_DECIDED:
        return False
    if doc in UNDECIDABLE and derived.evidence != "execution":
        return True
    if doc in BEHAVIOURAL and derived.evidence == "signature" and rank(doc) > rank(derived.category):
        return True  # a run can show a difference in behaviour that signatures cannot see
    if {doc, derived.category} <= {NAMES, SAME} and derived.evidence != "execution":
        return True
    if derived.evidence == "mapping":
        return True
    return False


__all__ = ["CATEGORIES", "Derived", "Difference", "Analysis", "derive", "analyse", "analyse_all", "gather", "conclude",
           "execute_pairs", "consistent", "load_mapping", "paddle_api_of", "paired_calls", "rank"]
