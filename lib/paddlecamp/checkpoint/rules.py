"""Load-time rules: rename, re-stage, split, fuse, transpose, cast and drop saved tensors.

Rules rewrite the :class:`SavedIndex` of a checkpoint, never its data. Each logical
tensor of the new, virtual index is described by :class:`SavedPiece` objects that point
into the original files through ``window`` (which part of the stored array) and ``perm``
(which stored axis each logical axis is), so the planner still reads only the byte
ranges it needs: loading ``q`` out of a fused ``qkv`` reads q's rows and nothing else,
and a cast happens in the reader, from each piece's stored dtype.

Rules are data, in the spirit of Paddle FlexCheckpoint's AOA statements. One rule a line
(``#`` starts a comment)::

    model.layers.(\\d+).attn.(.*) -> blocks.\\1.attention.\\2      # rename (regex, groups)
    layers.{i} -> layers.{i+4}                                   # re-stage: layer i becomes i+4
    layers.{i}.qkv -> layers.{i}.q, layers.{i}.k, layers.{i}.v, axis=0           # split, equal parts
    layers.{i}.gate_up -> layers.{i}.gate, layers.{i}.up, axis=1, sizes=[64, 64]  # split, sizes
    layers.{i}.q, layers.{i}.k, layers.{i}.v -> layers.{i}.qkv, axis=0            # fuse
    h.{i}.attn.c_attn.weight^T -> h.{i}.attn.c_attn.weight        # 2-D transpose (in place)
    transpose x.weight, perm=[2, 0, 1]                            # general permutation
    cast layers.{i}.mlp.gate.weight, dtype=F32                    # or: a -> a, dtype=bfloat16
    drop optimizer.(.*)                                           # or: a -> _

or the same as YAML: a list (or ``{rules: [...], allow_unmatched: false}``) whose items are
such strings or dicts::

    - rename: 'model\\.layers\\.(\\d+)'
      to: 'blocks.\\1'
    - offset: layers.{i}          # add ``by`` to the (only) group: pipeline re-staging
      by: 4
    - split: layers.{i}.qkv
      into: [layers.{i}.q, layers.{i}.k, layers.{i}.v]
      axis: 0
      parts: [4, 1, 1]            # proportions; or sizes: [64, 16, 16]; or neither (equal)
      groups: 8                   # the axis is 8 repeated blocks of [q, k, v] (GQA head groups)
    - fuse: [a, b]                # sources may end in ^T (transposed first)
      into: ab
      axis: 1
    - transpose: w                # perm: [1, 0] by default (2-D only); to: optional new name
    - cast: w
      dtype: BF16
    - drop: 'optimizer\\..*'

Matching. A source pattern is a regular expression (``{name}`` and ``$NAME`` are integer
placeholders, ``(?P<name>\\d+)``) that must match whole leading dot-separated components
of a key: ``layers.{i}`` matches ``layers.3`` and ``layers.3.mlp.w`` but not ``layers.3x``
nor ``decoder.layers.3``. The rest of the key is kept after each target, so one rule
handles a weight and its bias. Targets may use ``\\1``, ``\\g<name>``, ``{name}``,
``{name+K}``/``{name-K}`` (integers) and ``$NAME``. Keys that no rule matches pass
through unchanged. Rules apply in order, each to the result of the ones before it; a
rule's sources are consumed and its targets added, and a target that collides with a
tensor still there (or with another target) is an error.

Each rule does, in order: transpose its sources (``^T`` or ``perm``), fuse or split or
rename, then cast (``dtype``). Sources of a fuse are grouped by what their patterns
capture (and the rest of the key); each group must be complete. Errors are
:class:`CheckpointError` naming the rule (number, file line, text) and the tensor. A rule
that matches nothing is an error unless it (or the whole rule set) says
``allow_unmatched``. A cast is done once, from the stored dtype to the final one, so a
chain of casts does not round at each step.

:func:`describe_rules` lists, for display, each resulting key with the source keys it
comes from and the transforms on the way.
"""
from __future__ import annotations

import dataclasses
import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..textsplit import split_top_level
from .boxes import intersect
from .entries import DTYPES, dtype_name
from .plan import CheckpointError, SavedIndex, SavedPiece, TensorMeta

__all__ = ["Rule", "RuleSet", "apply_rules", "describe_rules", "format_mapping", "parse_rules"]

KINDS = ("rename", "offset", "split", "fuse", "transpose", "cast", "drop")
_OPTIONS = {"axis", "sizes", "parts", "groups", "dtype", "perm", "by", "group", "allow_unmatched"}
_DICT_KEYS = {  # kind -> keys allowed besides the kind key itself
    "rename": {"to", "dtype", "perm", "allow_unmatched"},
    "offset": {"by", "group", "allow_unmatched"},
    "split": {"into", "axis", "sizes", "parts", "groups", "dtype", "perm", "allow_unmatched"},
    "fuse": {"into", "axis", "groups", "dtype", "perm", "allow_unmatched"},
    "transpose": {"to", "perm", "dtype", "allow_unmatched"},
    "cast": {"to", "dtype", "allow_unmatched"},
    "drop": {"allow_unmatched"},
}
_DTYPE_ALIASES = {"BF16": "BF16", "BFLOAT16": "BF16", "FP32": "F32", "FLOAT32": "F32", "FLOAT": "F32",
                  "FP16": "F16", "FLOAT16": "F16", "HALF": "F16", "FP64": "F64", "FLOAT64": "F64",
                  "DOUBLE": "F64", "FP8_E4M3": "F8_E4M3", "FLOAT8_E4M3FN": "F8_E4M3", "FP8_E5M2": "F8_E5M2",
                  "FLOAT8_E5M2": "F8_E5M2", "INT64": "I64", "INT32": "I32", "INT16": "I16", "INT8": "I8",
                  "UINT8": "U8", "BOOL": "BOOL"}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)")
_TARGET_REF = re.compile(r"\\(\d+)|\\g<(\w+)>|\{(\w+)\s*(?:([+-])\s*(\d+))?\}|\$([A-Za-z_]\w*)")
_KEYWORD = re.compile(r"^([A-Za-z_]\w*)\s+(?![-,^])(\S.*)$")


# ----------------------------------------------------------------------------- rules as data
@dataclass(frozen=True)
class Rule:
    """One parsed rule. ``where`` says where it was written; ``text`` is how it reads."""
    kind: str
    sources: tuple[str, ...]
    targets: tuple[str, ...] = ()  # () = in place (same key); ("_",) = drop
    transposed: tuple[bool, ...] = ()  # per source: written with ^T
    axis: int | None = None
    sizes: tuple[int, ...] | None = None
    parts: tuple[int, ...] | None = None
    groups: int = 1
    perm: tuple[int, ...] | None = None
    dtype: str | None = None
    by: int | None = None
    group: str | int | None = None
    allow_unmatched: bool = False
    number: int = 0
    where: str = ""
    text: str = ""
    patterns: tuple[re.Pattern, ...] = field(default=(), compare=False, repr=False)

    @property
    def label(self) -> str:
        """``rule 3 (rules.yaml line 7: split a -> b, c)``, used in every message about this rule."""
        loc = f"{self.where}: " if self.where else ""
        return f"rule {self.number} ({loc}{self.text})"


@dataclass(frozen=True)
class RuleSet:
    """Parsed rules, ready to apply; ``allow_unmatched`` covers every rule."""
    rules: tuple[Rule, ...]
    allow_unmatched: bool = False
    source: str = ""

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


def _err(rule: Rule | None, msg: str, tensor: str | None = None) -> CheckpointError:
    head = f"rules: {rule.label}" if rule is not None else "rules"
    return CheckpointError(f"{head}: " + (f"tensor {tensor}: " if tensor else "") + msg)


def _split_top(s: str) -> list[str]:
    """Split on commas outside brackets and quotes (parts stripped)."""
    return [p.strip() for p in split_top_level(s)]


def _is_option(item: str) -> bool:
    depth = 0
    for ch in item:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "=" and depth == 0:
            return True
    return False


def _option_value(text: str) -> Any:
    v = text.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        return v[1:-1]
    if v.startswith("[") and v.endswith("]"):
        return [_option_value(x) for x in _split_top(v[1:-1]) if x]
    if v.startswith("(") and v.endswith(")"):
        return [_option_value(x) for x in _split_top(v[1:-1]) if x]
    if v.lower() in ("true", "yes"):
        return True
    if v.lower() in ("false", "no"):
        return False
    if re.fullmatch(r"[+-]?\d+", v):
        return int(v)
    return v


def _strip_comment(line: str) -> str:
    m = re.search(r"(^|\s)#", line)
    return line[:m.start()] if m else line


def _parse_text_rule(text: str, number: int, where: str) -> Rule:
    s = text.strip()
    kind = None
    m = _KEYWORD.match(s)
    if m:
        kind, s = m.group(1), m.group(2)
        if kind not in KINDS:
            raise _err(Rule("?", (), number=number, where=where, text=text.strip()),
                       f"unknown rule kind {kind!r} (known: {', '.join(KINDS)})")
    if s.count("->") > 1:
        raise _err(Rule("?", (), number=number, where=where, text=text.strip()), "more than one '->' in a rule")
    if "->" in s:
        left, right = (x.strip() for x in s.split("->", 1))
        items = [x for x in _split_top(right) if x]
    else:
        items = [x for x in _split_top(s) if x]
    flags = [_is_option(x) for x in items]
    if any(flags) and not all(flags[flags.index(True):]):
        raise _err(Rule("?", (), number=number, where=where, text=text.strip()),
                   "options (name=value) must come after the patterns")
    names = [x for x, f in zip(items, flags) if not f]
    opts = [x for x, f in zip(items, flags) if f]
    if "->" in s:
        targets = names
    else:
        left, targets = ", ".join(names), []
    sources = [x for x in _split_top(left) if x]
    options: dict[str, Any] = {}
    for o in opts:
        name, value = (x.strip() for x in o.split("=", 1))
        options[name] = _option_value(value)
    return _build(kind, sources, targets, options, number, where, text.strip(), arrow="->" in s)


def _parse_dict_rule(d: dict, number: int, where: str) -> Rule:
    kinds = [k for k in d if k in KINDS]
    text = _render_dict(d)
    probe = Rule("?", (), number=number, where=where, text=text)
    if len(kinds) != 1:
        if not kinds:
            raise _err(probe, f"unknown rule kind: none of {', '.join(KINDS)} among its keys "
                              f"({', '.join(map(str, d))})")
        raise _err(probe, f"one kind per rule, got {', '.join(kinds)}")
    kind = kinds[0]
    extra = [k for k in d if k != kind and k not in _DICT_KEYS[kind]]
    if extra:
        raise _err(probe, f"{kind} takes no {', '.join(map(str, extra))} "
                          f"(it takes {', '.join(sorted(_DICT_KEYS[kind]))})")
    src = d[kind]
    sources = [str(x) for x in src] if isinstance(src, (list, tuple)) else [str(src)]
    if kind in ("split", "fuse"):
        into = d.get("into")
        if into is None:
            raise _err(probe, f"{kind} needs 'into'")
        targets = [str(x) for x in into] if isinstance(into, (list, tuple)) else [str(into)]
    elif kind == "drop":
        targets = ["_"]
    else:
        targets = [str(d["to"])] if "to" in d else []
        if kind == "rename" and "to" not in d:
            raise _err(probe, "rename needs 'to'")
    options = {k: v for k, v in d.items() if k in _OPTIONS}
    return _build(kind, sources, targets, options, number, where, text, arrow=False)


def _render_dict(d: dict) -> str:
    def fmt(v):
        if isinstance(v, (list, tuple)):
            return "[" + ", ".join(fmt(x) for x in v) + "]"
        return str(v)
    return ", ".join(f"{k}: {fmt(v)}" for k, v in d.items())


def _compile(pattern: str, probe: Rule) -> re.Pattern:
    seen: set[str] = set()

    def sub(m: re.Match) -> str:
        name = m.group(1) or m.group(2)
        if name in seen:
            return f"(?P={name})"
        seen.add(name)
        return f"(?P<{name}>\\d+)"

    rx = _PLACEHOLDER.sub(sub, pattern)
    try:
        re.compile(rx)
        return re.compile(f"(?:{rx})(?=\\.|$)")
    except re.error as e:
        raise _err(probe, f"bad pattern '{pattern}': {e}") from None


def _norm_dtype(value: Any, probe: Rule) -> str:
    s = str(value).strip()
    for prefix in ("torch.", "paddle.", "np.", "numpy."):
        if s.startswith(prefix):
            s = s[len(prefix):]
    if s.upper() in DTYPES:
        return s.upper()
    if s.upper() in _DTYPE_ALIASES:
        return _DTYPE_ALIASES[s.upper()]
    try:
        return dtype_name(s)
    except (TypeError, ValueError):
        raise _err(probe, f"unknown dtype {value!r} (use a safetensors name such as F32, BF16, F16, "
                          "or bfloat16/float32)") from None


def _int_list(value: Any, name: str, probe: Rule) -> tuple[int, ...]:
    if isinstance(value, str):
        value = [_option_value(x) for x in re.split(r"[,/\s]+", value.strip("[]() ")) if x]
    if not isinstance(value, (list, tuple)) or not all(isinstance(x, int) and not isinstance(x, bool)
                                                       for x in value):
        raise _err(probe, f"{name} must be a list of integers, got {value!r}")
    return tuple(int(x) for x in value)


def _build(kind: str | None, sources: list[str], targets: list[str], options: dict, number: int, where: str,
           text: str, arrow: bool) -> Rule:
    probe = Rule(kind or "?", tuple(sources), number=number, where=where, text=text)
    unknown = [k for k in options if k not in _OPTIONS]
    if unknown:
        raise _err(probe, f"unknown option {', '.join(unknown)} (known: {', '.join(sorted(_OPTIONS))})")
    if not sources:
        raise _err(probe, "no source pattern")
    transposed = []
    clean = []
    for s in sources:
        t = s.endswith("^T")
        transposed.append(t)
        clean.append(s[:-2].strip() if t else s)
    if any(not s for s in clean):
        raise _err(probe, "empty source pattern")
    if targets == ["_"]:
        inferred = "drop"
    elif len(clean) > 1 and targets:
        inferred = "fuse"
    elif len(targets) > 1:
        inferred = "split"
    elif "by" in options:
        inferred = "offset"
    elif any(transposed) or "perm" in options:
        inferred = "transpose" if kind != "rename" else "rename"
    elif "dtype" in options and (not targets or kind == "cast"):
        inferred = "cast"
    else:
        inferred = "rename"
    if kind is None:
        kind = inferred
        if kind == "rename" and not arrow and not targets:
            raise _err(probe, "a rule needs 'SOURCE -> TARGET' or a kind (rename, split, fuse, transpose, cast, "
                              "drop, offset)")
    probe = dataclasses.replace(probe, kind=kind)
    # shape of the rule for its kind
    if kind == "fuse" and (len(clean) < 2 or len(targets) != 1):
        raise _err(probe, f"fuse takes two or more sources and one target, got {len(clean)} -> {len(targets)}")
    if kind == "split" and (len(clean) != 1 or len(targets) < 2):
        raise _err(probe, f"split takes one source and two or more targets, got {len(clean)} -> {len(targets)}")
    if kind in ("rename", "transpose", "cast", "offset") and (len(clean) != 1 or len(targets) > 1):
        raise _err(probe, f"{kind} takes one source and at most one target, got {len(clean)} -> {len(targets)}")
    if kind == "rename" and not targets:
        raise _err(probe, "rename needs a target")
    if kind == "drop" and targets not in ([], ["_"]):
        raise _err(probe, "drop takes no targets")
    if kind == "drop":
        targets = ["_"]
    if kind == "cast" and "dtype" not in options:
        raise _err(probe, "cast needs dtype=...")
    if kind == "offset" and ("by" not in options or targets):
        raise _err(probe, "offset takes a pattern and by=N (and no target)")
    if kind == "transpose" and not any(transposed) and "perm" not in options:
        transposed = [True] * len(clean)  # 'transpose x' means x^T
    if "perm" in options and any(transposed):
        raise _err(probe, "give either ^T or perm=..., not both")
    axis = options.get("axis")
    if axis is not None and (not isinstance(axis, int) or isinstance(axis, bool)):
        raise _err(probe, f"axis must be an integer, got {axis!r}")
    if axis is not None and kind not in ("split", "fuse"):
        raise _err(probe, "axis is for split and fuse")
    sizes = _int_list(options["sizes"], "sizes", probe) if "sizes" in options else None
    parts = _int_list(options["parts"], "parts", probe) if "parts" in options else None
    if sizes is not None and parts is not None:
        raise _err(probe, "give sizes or parts, not both")
    for name, vals in (("sizes", sizes), ("parts", parts)):
        if vals is not None:
            if kind != "split":
                raise _err(probe, f"{name} is for split")
            if len(vals) != len(targets):
                raise _err(probe, f"{name} has {len(vals)} entries for {len(targets)} targets")
            if any(v < 0 for v in vals) or (name == "parts" and any(v <= 0 for v in vals)):
                raise _err(probe, f"{name} must be positive: {list(vals)}")
    groups = options.get("groups", 1)
    if not isinstance(groups, int) or isinstance(groups, bool) or groups < 1:
        raise _err(probe, f"groups must be a positive integer, got {groups!r}")
    if groups != 1 and kind not in ("split", "fuse"):
        raise _err(probe, "groups is for split and fuse")
    perm = _int_list(options["perm"], "perm", probe) if "perm" in options else None
    if perm is not None and sorted(perm) != list(range(len(perm))):
        raise _err(probe, f"perm {list(perm)} is not a permutation of 0..{len(perm) - 1}")
    dtype = _norm_dtype(options["dtype"], probe) if "dtype" in options else None
    by = options.get("by")
    if by is not None and (not isinstance(by, int) or isinstance(by, bool)):
        raise _err(probe, f"by must be an integer, got {by!r}")
    allow = options.get("allow_unmatched", False)
    if not isinstance(allow, bool):
        raise _err(probe, f"allow_unmatched must be true or false, got {allow!r}")
    patterns = tuple(_compile(s, probe) for s in clean)
    # every target reference must exist in the (first) source pattern
    p0 = patterns[0]
    for t in targets:
        if t == "_":
            continue
        for m in _TARGET_REF.finditer(t):
            name = m.group(1) or m.group(2) or m.group(3) or m.group(6)
            ok = (int(name) <= p0.groups) if name.isdigit() else name in p0.groupindex
            if not ok:
                raise _err(probe, f"target '{t}' refers to '{m.group(0)}', which source pattern "
                                  f"'{clean[0]}' does not capture")
    group = options.get("group")
    if kind == "offset":
        if group is None:
            if p0.groups != 1:
                raise _err(probe, f"offset: pattern {clean[0]!r} captures {p0.groups} groups; say which with group=")
            group = 1
        elif isinstance(group, str) and not group.isdigit() and group not in p0.groupindex:
            raise _err(probe, f"offset: pattern {clean[0]!r} has no group {group!r}")
        elif (isinstance(group, int) or str(group).isdigit()) and not 1 <= int(group) <= p0.groups:
            raise _err(probe, f"offset: pattern {clean[0]!r} has no group {group}")
        if isinstance(group, str) and group.isdigit():
            group = int(group)
    return Rule(kind, tuple(clean), tuple(targets), tuple(transposed), axis, sizes, parts, groups, perm, dtype,
                by, group, allow, number, where, text, patterns)


# ----------------------------------------------------------------------------- reading rules
def _yaml_lines(text: str):
    """The YAML document of ``text`` and, for its rule list, each item's line (1-based)."""
    import yaml
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines: list[int] = []
    seq = node
    if node is not None and isinstance(node, yaml.MappingNode):
        seq = next((v for k, v in node.value if getattr(k, "value", None) == "rules"), None)
    if seq is not None and isinstance(seq, yaml.SequenceNode):
        lines = [n.start_mark.line + 1 for n in seq.value]
    return data, lines


def _parse_text_block(text: str, name: str, start_number: int, line_base: int = 0) -> list[Rule]:
    out = []
    for i, raw in enumerate(text.splitlines()):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        where = f"{name + ' ' if name else ''}line {line_base + i + 1}"
        out.append(_parse_text_rule(line, start_number + len(out), where))
    return out


def _parse_items(items: Sequence[Any], name: str, lines: Sequence[int] = ()) -> list[Rule]:
    out: list[Rule] = []
    for i, item in enumerate(items):
        line = lines[i] if i < len(lines) else None
        where = (f"{name + ' ' if name else ''}line {line}" if line is not None
                 else (name or ""))
        if isinstance(item, Rule):
            out.append(dataclasses.replace(item, number=len(out) + 1))
        elif isinstance(item, str):
            block = [ln for ln in (_strip_comment(x).strip() for x in item.splitlines()) if ln]
            for ln in block:
                out.append(_parse_text_rule(ln, len(out) + 1, where))
        elif isinstance(item, dict):
            out.append(_parse_dict_rule(item, len(out) + 1, where))
        else:
            raise _err(Rule("?", (), number=len(out) + 1, where=where, text=repr(item)),
                       f"a rule is a string or a mapping, not {type(item).__name__}")
    return out


def _from_document(data: Any, lines: Sequence[int], name: str, allow: bool) -> RuleSet:
    if isinstance(data, dict) and "rules" in data:
        extra = [k for k in data if k not in ("rules", "allow_unmatched", "description")]
        if extra:
            raise _err(None, f"{name or 'rules'}: unknown top-level keys {', '.join(map(str, extra))} "
                             "(expected rules, allow_unmatched, description)")
        allow = allow or bool(data.get("allow_unmatched", False))
        items = data["rules"] or []
        if not isinstance(items, list):
            raise _err(None, f"{name or 'rules'}: 'rules' must be a list")
    elif isinstance(data, dict):
        items = [data]
    elif isinstance(data, list):
        items = data
    else:
        raise _err(None, f"{name or 'rules'}: expected a list of rules, got {type(data).__name__}")
    return RuleSet(tuple(_parse_items(items, name, lines)), allow, name)


def parse_rules(spec: Any, *, allow_unmatched: bool = False) -> RuleSet:
    """Rules from a YAML or text file path, a YAML or text string, a list of strings/dicts, or a dict.

    A string that is the path of an existing file is read (its name appears in messages).
    A string whose YAML is a list or a mapping is YAML; any other string is rule lines.
    """
    if isinstance(spec, RuleSet):
        return dataclasses.replace(spec, allow_unmatched=spec.allow_unmatched or allow_unmatched)
    if spec is None:
        return RuleSet((), allow_unmatched)
    if isinstance(spec, Rule):
        spec = [spec]
    name = ""
    looks_like_path = isinstance(spec, str) and "\n" not in spec and "->" not in spec and " " not in spec.strip() \
        and spec.strip().lower().endswith((".yaml", ".yml", ".txt", ".rules", ".aoa"))
    if isinstance(spec, os.PathLike) or looks_like_path or (
            isinstance(spec, str) and "\n" not in spec and len(spec) < 4096 and os.path.isfile(spec)):
        p = Path(spec)
        if not p.is_file():
            raise CheckpointError(f"rules: {p}: no such file")
        name, spec = p.name, p.read_text(encoding="utf-8")
    if isinstance(spec, str):
        try:
            data, lines = _yaml_lines(spec)
        except Exception as e:  # not YAML: rule lines (a regex may well upset the YAML parser)
            if name.lower().endswith((".yaml", ".yml")):
                raise CheckpointError(f"rules: {name}: not valid YAML: {e}") from None
            data, lines = None, []
        if isinstance(data, (list, dict)):
            return _from_document(data, lines, name, allow_unmatched)
        return RuleSet(tuple(_parse_text_block(spec, name, 1)), allow_unmatched, name)
    if isinstance(spec, dict):
        return _from_document(spec, [], name, allow_unmatched)
    if isinstance(spec, (list, tuple)):
        return RuleSet(tuple(_parse_items(spec, "")), allow_unmatched, "")
    raise CheckpointError(f"rules: expected a path, a string, a list or a dict, not {type(spec).__name__}")


# ----------------------------------------------------------------------------- tensors, virtually
def _identity(n: int) -> tuple[int, ...]:
    return tuple(range(n))


def _moved(p: SavedPiece, key: str, gshape, offsets, lengths, window=..., perm=...) -> SavedPiece:
    kw = dict(key=key, global_shape=tuple(gshape), offsets=tuple(offsets), lengths=tuple(lengths),
              source_key=p.source_key or p.key)
    if window is not ...:
        kw["window"] = None if window is None or not any(window) else tuple(window)
    if perm is not ...:
        kw["perm"] = None if perm is None or tuple(perm) == _identity(len(perm)) else tuple(perm)
    return dataclasses.replace(p, **kw)


def _rekey(meta: TensorMeta, key: str) -> TensorMeta:
    if key == meta.key:
        return TensorMeta(key, meta.dtype, tuple(meta.global_shape), list(meta.pieces))
    return TensorMeta(key, meta.dtype, tuple(meta.global_shape),
                      [_moved(p, key, p.global_shape, p.offsets, p.lengths) for p in meta.pieces])


def _transpose(meta: TensorMeta, perm: Sequence[int]) -> TensorMeta:
    g = tuple(meta.global_shape)
    gshape = tuple(g[a] for a in perm)
    pieces = []
    for p in meta.pieces:
        base = p.perm if p.perm is not None else _identity(len(p.offsets))
        pieces.append(_moved(p, meta.key, gshape, [p.offsets[a] for a in perm], [p.lengths[a] for a in perm],
                             perm=[base[a] for a in perm]))
    return TensorMeta(meta.key, meta.dtype, gshape, pieces)


def _slab(meta: TensorMeta, axis: int, start: int, length: int, key: str) -> TensorMeta:
    """Elements ``[start, start + length)`` along ``axis``, as a tensor of its own."""
    g = tuple(meta.global_shape)
    gshape = g[:axis] + (length,) + g[axis + 1:]
    box_off = tuple(start if a == axis else 0 for a in range(len(g)))
    pieces = []
    if length > 0:
        for p in meta.pieces:
            ov = intersect(p.offsets, p.lengths, box_off, gshape)
            if ov is None:
                continue
            off, ln = ov
            woff, _ = p.stored_window(off, ln)
            new_off = tuple(o - start if a == axis else o for a, o in enumerate(off))
            pieces.append(_moved(p, key, gshape, new_off, ln, window=woff))
    return TensorMeta(key, meta.dtype, gshape, pieces)


def _concat(metas: Sequence[TensorMeta], axis: int, key: str) -> TensorMeta:
    g0 = tuple(metas[0].global_shape)
    total = sum(m.global_shape[axis] for m in metas)
    gshape = g0[:axis] + (total,) + g0[axis + 1:]
    pieces, at = [], 0
    for m in metas:
        for p in m.pieces:
            off = tuple(o + at if a == axis else o for a, o in enumerate(p.offsets))
            pieces.append(_moved(p, key, gshape, off, p.lengths))
        at += m.global_shape[axis]
    return TensorMeta(key, metas[0].dtype, gshape, pieces)


# ----------------------------------------------------------------------------- applying
@dataclass
class _Origin:
    sources: tuple[str, ...]
    steps: tuple[str, ...] = ()
    rules: tuple[int, ...] = ()


def _expand(template: str, m: re.Match, rule: Rule, key: str) -> str:
    def sub(t: re.Match) -> str:
        name = t.group(1) or t.group(2) or t.group(3) or t.group(6)
        val = m.group(int(name) if name.isdigit() else name)
        if val is None:
            raise _err(rule, f"group {name!r} of the source pattern took no part in the match", key)
        if t.group(4):
            if not val.lstrip("-").isdigit():
                raise _err(rule, f"{t.group(0)!r}: group {name!r} is {val!r}, not an integer", key)
            n = int(val) + (int(t.group(5)) if t.group(4) == "+" else -int(t.group(5)))
            if n < 0:
                raise _err(rule, f"{t.group(0)!r} gives {n}, a negative index", key)
            return str(n)
        return val
    return _TARGET_REF.sub(sub, template)


def _join(prefix: str, suffix: str) -> str:
    if not prefix:
        return suffix[1:] if suffix.startswith(".") else suffix
    return prefix + suffix


def _axis(rule: Rule, meta: TensorMeta, key: str) -> int:
    nd = len(meta.global_shape)
    a = 0 if rule.axis is None else rule.axis
    if not -nd <= a < nd or nd == 0:
        raise _err(rule, f"axis {a} is out of range for shape {tuple(meta.global_shape)}", key)
    return a % nd


def _prepare_source(rule: Rule, j: int, meta: TensorMeta, key: str) -> tuple[TensorMeta, list[str]]:
    steps = []
    nd = len(meta.global_shape)
    if rule.transposed and rule.transposed[j]:
        if nd != 2:
            raise _err(rule, f"^T needs a 2-D tensor, this one has shape {tuple(meta.global_shape)} "
                             "(use perm=[...])", key)
        meta = _transpose(meta, (1, 0))
        steps.append("transpose")
    elif rule.perm is not None:
        if len(rule.perm) != nd:
            raise _err(rule, f"perm {list(rule.perm)} has {len(rule.perm)} axes, the tensor has shape "
                             f"{tuple(meta.global_shape)}", key)
        meta = _transpose(meta, rule.perm)
        steps.append(f"permute {list(rule.perm)}")
    return meta, steps


def _split_sizes(rule: Rule, length: int, key: str, axis: int) -> list[int]:
    n, G = len(rule.targets), rule.groups
    gtxt = f" in each of {G} groups" if G > 1 else ""
    if rule.sizes is not None:
        if sum(rule.sizes) * G != length:
            raise _err(rule, f"sizes {list(rule.sizes)}{gtxt} add up to {sum(rule.sizes) * G}, "
                             f"but axis {axis} has length {length}", key)
        return list(rule.sizes)
    weights = list(rule.parts) if rule.parts is not None else [1] * n
    unit, rem = divmod(length, G * sum(weights))
    if rem:
        what = f"parts {weights}" if rule.parts is not None else f"{n} equal parts"
        raise _err(rule, f"axis {axis} has length {length}, which does not split into {what}{gtxt}", key)
    return [w * unit for w in weights]


def _apply_one(rule: Rule, tensors: dict[str, TensorMeta], origin: dict[str, _Origin],
               allow_all: bool) -> tuple[dict[str, TensorMeta], dict[str, _Origin]]:
    n = len(rule.patterns)
    groups: dict[Any, list] = {}
    order: list[Any] = []
    for key in tensors:
        hits = [(j, m) for j, pat in enumerate(rule.patterns) if (m := pat.match(key))]
        if not hits:
            continue
        if rule.kind != "fuse":  # each matching key on its own (drop may list several patterns)
            groups[key] = [(key, hits[0][1])]
            order.append(key)
            continue
        if len(hits) > 1:
            raise _err(rule, f"matches sources {' and '.join(repr(rule.sources[j]) for j, _ in hits)}", key)
        j, m = hits[0]
        gk = (m.groups(), key[m.end():])
        slot = groups.get(gk)
        if slot is None:
            slot = groups[gk] = [None] * n
            order.append(gk)
        if slot[j] is not None:
            raise _err(rule, f"source {rule.sources[j]!r} matches both {slot[j][0]} and {key} with the same "
                             f"captured values {m.groups()}; capture the part that differs", key)
        slot[j] = (key, m)
    if not groups:
        if rule.allow_unmatched or allow_all:
            return tensors, origin
        pretty = _PLACEHOLDER.sub("0", rule.sources[0]).replace("\\", "")
        near = difflib.get_close_matches(pretty, list(tensors), n=3, cutoff=0.5)
        hint = f"; similar keys: {', '.join(near)}" if near else (
            f"; the index has {len(tensors)} tensors" + (f", e.g. {', '.join(list(tensors)[:3])}" if tensors else ""))
        raise _err(rule, f"matches no tensor{hint} (allow_unmatched=true if that is expected)")
    produced: dict[str, tuple[TensorMeta, _Origin, str]] = {}  # new key -> (meta, origin, from)
    consumed: dict[str, Any] = {}  # source key -> group key
    outputs: dict[Any, list[str]] = {}  # group key -> its new keys
    for gk in order:
        slot = groups[gk]
        if any(s is None for s in slot):
            have = next(s for s in slot if s is not None)
            miss = [rule.sources[j] for j, s in enumerate(slot) if s is None]
            raise _err(rule, f"fuse: no partner for it matching {', '.join(repr(x) for x in miss)} "
                             f"(same captured values {have[1].groups()} and the same rest of the key "
                             f"{have[0][have[1].end():]!r})", have[0])
        keys = [s[0] for s in slot]
        key0, m0 = slot[0]
        suffix = key0[m0.end():]
        for k in keys:
            consumed[k] = gk
        if rule.kind == "drop":
            continue
        metas, steps = [], []
        for j, k in enumerate(keys):
            meta, st = _prepare_source(rule, j, tensors[k], k)
            metas.append(meta)
            steps.extend(st)
        # targets
        if rule.kind == "offset":
            g = rule.group
            s, e = m0.span(g)
            val = m0.group(g)
            if val is None or not val.lstrip("-").isdigit():
                raise _err(rule, f"offset: group {g!r} is {val!r}, not an integer", key0)
            new = int(val) + rule.by
            if new < 0:
                raise _err(rule, f"offset by {rule.by} gives index {new}", key0)
            tkeys = [key0[:s] + str(new) + key0[e:]]
        elif not rule.targets:
            tkeys = [key0]
        else:
            tkeys = [_join(_expand(t, m0, rule, key0), suffix) for t in rule.targets]
        for t in tkeys:
            if not t:
                raise _err(rule, "the target key is empty", key0)
        outs: list[tuple[TensorMeta, list[str]]] = []
        if rule.kind == "fuse":
            dts = {m.dtype for m in metas}
            if len(dts) > 1 and rule.dtype is None:
                raise _err(rule, "fuse: dtypes differ: " + ", ".join(f"{k} {m.dtype}" for k, m in zip(keys, metas))
                           + " (add dtype=... to cast them to one)", key0)
            nd = {len(m.global_shape) for m in metas}
            if len(nd) > 1:
                raise _err(rule, "fuse: ranks differ: " + ", ".join(f"{k} {tuple(m.global_shape)}"
                                                                     for k, m in zip(keys, metas)), key0)
            axis = _axis(rule, metas[0], key0)
            for k, m in zip(keys, metas):
                other = tuple(x for a, x in enumerate(m.global_shape) if a != axis)
                first = tuple(x for a, x in enumerate(metas[0].global_shape) if a != axis)
                if other != first:
                    raise _err(rule, f"fuse along axis {axis}: shapes must match on every other axis: "
                               + ", ".join(f"{kk} {tuple(mm.global_shape)}" for kk, mm in zip(keys, metas)), k)
                if m.global_shape[axis] % rule.groups:
                    raise _err(rule, f"fuse with groups={rule.groups}: axis {axis} of shape "
                                     f"{tuple(m.global_shape)} does not split into {rule.groups} groups", k)
            if rule.groups == 1:
                parts = metas
            else:
                parts = []
                for g in range(rule.groups):
                    for m in metas:
                        size = m.global_shape[axis] // rule.groups
                        parts.append(_slab(m, axis, g * size, size, tkeys[0]))
            fused = _concat(parts, axis, tkeys[0])
            fused.dtype = rule.dtype or metas[0].dtype
            txt = f"fuse axis {axis}" + (f" in {rule.groups} groups" if rule.groups > 1 else "")
            outs.append((fused, steps + [txt]))
        elif rule.kind == "split":
            meta = metas[0]
            axis = _axis(rule, meta, key0)
            L = meta.global_shape[axis]
            sizes = _split_sizes(rule, L, key0, axis)
            block = sum(sizes)
            at = 0
            for t, size in zip(tkeys, sizes):
                if rule.groups == 1:
                    out = _slab(meta, axis, at, size, t)
                    txt = f"axis {axis} [{at}:{at + size}]"
                else:
                    out = _concat([_slab(meta, axis, g * block + at, size, t) for g in range(rule.groups)], axis, t)
                    txt = f"axis {axis} [{at}:{at + size}] of each of {rule.groups} blocks of {block}"
                outs.append((out, steps + [txt]))
                at += size
        else:
            out = _rekey(metas[0], tkeys[0])
            outs.append((out, steps))
        for (out, st), t in zip(outs, tkeys):
            out.key = t
            if rule.dtype is not None:
                if rule.dtype != out.dtype:
                    st = st + [f"cast {out.dtype}->{rule.dtype}"]
                out.dtype = rule.dtype
            if t in produced:
                raise _err(rule, f"both {produced[t][2]} and {key0} would become {t}", key0)
            srcs: list[str] = []
            steps_all: list[str] = []
            rules_all: list[int] = []
            for k in keys:
                o = origin.get(k, _Origin((k,)))
                srcs.extend(s for s in o.sources if s not in srcs)
                steps_all.extend(o.steps)
                rules_all.extend(r for r in o.rules if r not in rules_all)
            if rule.kind == "rename" and t != key0:
                st = st + ["rename"]
            elif rule.kind == "offset":
                st = st + [f"index {'+' if rule.by >= 0 else ''}{rule.by}"]
            label = f"rule {rule.number}"
            new_steps = tuple(steps_all) + tuple(f"{s} ({label})" for s in st)
            produced[t] = (out, _Origin(tuple(srcs), new_steps, tuple(rules_all) + (rule.number,)), key0)
            outputs.setdefault(gk, []).append(t)
    # collisions with tensors the rule leaves alone
    for t, (_, _, src) in produced.items():
        if t in tensors and t not in consumed:
            raise _err(rule, f"would become {t}, which is already a tensor here (and not renamed away)", src)
    new: dict[str, TensorMeta] = {}
    new_origin: dict[str, _Origin] = {}
    emitted: set = set()
    for key, meta in tensors.items():
        if key not in consumed:
            new[key] = meta
            if key in origin:
                new_origin[key] = origin[key]
            continue
        gk = consumed[key]
        if gk in emitted:
            continue
        emitted.add(gk)
        for t in outputs.get(gk, ()):
            new[t], new_origin[t] = produced[t][0], produced[t][1]
    return new, new_origin


def _run(index: SavedIndex, rules: Any, allow_unmatched: bool) -> tuple[SavedIndex, dict[str, _Origin]]:
    rs = parse_rules(rules, allow_unmatched=allow_unmatched)
    tensors = {k: TensorMeta(m.key, m.dtype, tuple(m.global_shape), list(m.pieces)) for k, m in index.tensors.items()}
    origin: dict[str, _Origin] = {}
    for rule in rs.rules:
        tensors, origin = _apply_one(rule, tensors, origin, rs.allow_unmatched)
    out = SavedIndex(index.root, tensors, dict(index.files), dict(index.values), index.world_size, index.format)
    return out, origin


def apply_rules(index: SavedIndex, rules: Any, *, allow_unmatched: bool = False) -> SavedIndex:
    """A new, virtual :class:`SavedIndex` with ``rules`` applied; ``index`` and the files are untouched.

    ``rules``: a path to a YAML/text rule file, a YAML or text string, a list of rule strings
    or dicts, a dict (``{rules: [...], allow_unmatched: ...}``) or a :class:`RuleSet`.
    """
    return _run(index, rules, allow_unmatched)[0]


def describe_rules(index: SavedIndex, rules: Any, *, allow_unmatched: bool = False,
                   changed_only: bool = False) -> list[dict]:
    """What each resulting key is made of: rows of key, shape, dtype, sources, transform and rules."""
    new, origin = _run(index, rules, allow_unmatched)
    rows = []
    for key, meta in new.tensors.items():
        o = origin.get(key)
        if o is None and changed_only:
            continue
        rows.append({"key": key, "shape": tuple(meta.global_shape), "dtype": meta.dtype,
                     "sources": list(o.sources) if o else [key],
                     "transform": "; ".join(o.steps) if o else "",
                     "rules": list(o.rules) if o else []})
    return rows


def format_mapping(rows: Iterable[dict]) -> str:
    """Rows of :func:`describe_rules` as aligned text lines: ``target <- sources: transform``."""
    rows = list(rows)
    width = max((len(r["key"]) for r in rows), default=0)
    lines = []
    for r in rows:
        src = ", ".join(r["sources"])
        what = f": {r['transform']}" if r["transform"] else ""
        same = r["sources"] == [r["key"]] and not r["transform"]
        lines.append(f"{r['key']:<{width}}  {'=' if same else '<-'} {'' if same else src}{what}".rstrip())
    return "\n".join(lines)
