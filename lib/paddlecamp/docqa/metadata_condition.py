"""Dify's ``metadata_condition``: filter retrieved records by their metadata.

Dify's External Knowledge API passes an optional ``metadata_condition``
(``{"logical_operator": "and"|"or", "conditions": [{"name", "comparison_operator", "value"}]}``)
that the knowledge service applies to its records. This module evaluates one against a
record's ``metadata`` dict, with every operator Dify documents:

* strings: ``contains``, ``not contains``, ``start with``, ``end with``, ``is``, ``is not``
  (case-sensitive; a list-valued field matches when one of its elements does);
* membership: ``in``, ``not in`` (``value`` a list, or a comma-separated string);
* presence: ``empty``, ``not empty`` (missing, ``null``, ``""``, ``[]`` and ``{}`` are empty;
  no ``value``);
* numbers: ``=``, ``≠``, ``>``, ``<``, ``≥``, ``≤`` (also ``!=``, ``>=``, ``<=``);
* dates: ``before``, ``after`` (ISO 8601 strings, or numbers as Unix seconds; naive times are UTC).

Semantics chosen where Dify's page is silent, so that a filter never errors on data:

* ``name`` may be one field name or a list of them (older Dify pages show a list); a condition
  on several names holds when it holds for any of them;
* ``value`` may be a string, a number or a list; a list holds when any of its values does;
* a field that is missing, or a value that does not parse as a number or a date, fails the
  condition (as SQL's NULL does), except for ``empty``;
* ``is``/``is not``/``in`` compare numerically when both sides are numbers (``page is "2"``
  matches page 2), else as strings;
* ``logical_operator`` ``null`` means ``and``; no conditions means no filter.
"""
from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Any, Iterable

#: Operators whose condition needs no ``value``.
PRESENCE_OPERATORS = ("empty", "not empty")
STRING_OPERATORS = ("contains", "not contains", "start with", "end with", "is", "is not")
MEMBERSHIP_OPERATORS = ("in", "not in")
NUMBER_OPERATORS = ("=", "≠", ">", "<", "≥", "≤")
DATE_OPERATORS = ("before", "after")
#: ASCII spellings accepted for the numeric operators.
ALIASES = {"!=": "≠", ">=": "≥", "<=": "≤"}
#: Every operator Dify documents, in the order of its page, plus the ASCII aliases.
OPERATORS = STRING_OPERATORS + MEMBERSHIP_OPERATORS + PRESENCE_OPERATORS + NUMBER_OPERATORS + DATE_OPERATORS \
    + tuple(ALIASES)

_NEGATED = {"not contains": "contains", "is not": "is", "not in": "in", "≠": "="}
_MISSING = object()


def _number(x: Any) -> float | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        f = float(x)
    elif isinstance(x, str):
        try:
            f = float(x.strip())
        except ValueError:
            return None
    else:
        return None
    return f if math.isfinite(f) else None


def _when(x: Any) -> datetime | None:
    """A point in time from an ISO 8601 string or Unix seconds (naive times taken as UTC)."""
    n = _number(x)
    try:
        if n is not None:
            return datetime.fromtimestamp(n, tz=timezone.utc)
        if isinstance(x, str):
            t = datetime.fromisoformat(x.strip())
            return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _text(x: Any) -> str:
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def _equal(a: Any, b: Any) -> bool:
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    return _text(a) == _text(b)


def _values(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _positive(op: str, field: Any, value: Any) -> bool:
    """The un-negated operator on one scalar field value."""
    values = _values(value)
    if op == "contains":
        return any(_text(v) in _text(field) for v in values)
    if op == "start with":
        return any(_text(field).startswith(_text(v)) for v in values)
    if op == "end with":
        return any(_text(field).endswith(_text(v)) for v in values)
    if op == "is":
        return any(_equal(field, v) for v in values)
    if op == "in":
        members = [m.strip() for m in value.split(",")] if isinstance(value, str) else values
        return any(_equal(field, m) for m in members)
    if op in ("=", ">", "<", "≥", "≤"):
        f = _number(field)
        if f is None:
            return False
        for v in values:
            n = _number(v)
            if n is not None and {"=": f == n, ">": f > n, "<": f < n, "≥": f >= n, "≤": f <= n}[op]:
                return True
        return False
    if op in DATE_OPERATORS:
        t = _when(field)
        if t is None:
            return False
        return any(w is not None and (t < w if op == "before" else t > w) for w in map(_when, values))
    raise ValueError(f"unknown comparison operator {op!r}")


def _is_empty(field: Any) -> bool:
    return field is _MISSING or field is None or (isinstance(field, (str, list, tuple, dict)) and len(field) == 0)


def condition_holds(metadata: dict[str, Any], name: str | Iterable[str], op: str, value: Any = None) -> bool:
    """Whether one condition holds for a record's ``metadata`` (see the module docstring)."""
    op = ALIASES.get(op, op)
    if op not in OPERATORS:
        raise ValueError(f"unknown comparison operator {op!r}; Dify's are {', '.join(OPERATORS)}")
    names = [name] if isinstance(name, str) else list(name)
    for n in names:
        field = metadata.get(n, _MISSING) if isinstance(metadata, dict) else _MISSING
        if op in PRESENCE_OPERATORS:
            if _is_empty(field) == (op == "empty"):
                return True
            continue
        if field is _MISSING or field is None:
            continue
        elements = list(field) if isinstance(field, (list, tuple)) else [field]
        if op in _NEGATED:
            # The negation of "some element matches": no element of this field matches.
            if not any(_positive(_NEGATED[op], e, value) for e in elements):
                return True
        elif any(_positive(op, e, value) for e in elements):
            return True
    return False


def matches(metadata: dict[str, Any], condition: dict[str, Any] | None) -> bool:
    """Whether a record's ``metadata`` satisfies a whole ``metadata_condition`` (a plain dict,
    as Dify sends it; ``None`` or no conditions always match)."""
    if not condition:
        return True
    conditions = condition.get("conditions") or []
    if not conditions:
        return True
    results = (condition_holds(metadata, c["name"], c["comparison_operator"], c.get("value")) for c in conditions)
    logical = (condition.get("logical_operator") or "and").lower()
    if logical == "and":
        return all(results)
    if logical == "or":
        return any(results)
    raise ValueError(f"logical_operator must be 'and' or 'or', not {logical!r}")
