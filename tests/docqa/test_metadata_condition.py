"""Dify's metadata_condition operators on a record's metadata (no server, no store)."""
from __future__ import annotations

import pytest

from paddlecamp.docqa.metadata_condition import OPERATORS, condition_holds, matches

META = {"source": "reports/q3_report.pdf", "page": 2, "kind": "table", "section": "经营数据",
        "bbox": [90.0, 159.5, 1008.0, 374.0], "score_hint": "0.75", "tags": ["finance", "q3"],
        "empty_text": "", "nothing": None, "indexed": "2025-10-15T08:00:00+00:00"}


@pytest.mark.parametrize("name, op, value, expected", [
    ("source", "contains", "q3", True),
    ("source", "contains", "Q3", False),  # case-sensitive
    ("source", "not contains", "q4", True),
    ("source", "not contains", "q3", False),
    ("source", "start with", "reports/", True),
    ("source", "start with", "q3", False),
    ("source", "end with", ".pdf", True),
    ("source", "end with", ".png", False),
    ("kind", "is", "table", True),
    ("kind", "is", "text", False),
    ("kind", "is not", "text", True),
    ("page", "is", "2", True),  # numeric comparison when both sides are numbers
    ("page", "is", 2.0, True),
    ("section", "contains", "经营", True),
    ("kind", "in", ["text", "table"], True),
    ("kind", "in", "text, kv", False),
    ("kind", "not in", ["text", "kv"], True),
    ("page", "in", ["1", "2"], True),
    ("tags", "contains", "fin", True),  # a list field matches when an element does
    ("tags", "is", "q3", True),
    ("tags", "not contains", "q3", False),
    ("empty_text", "empty", None, True),
    ("nothing", "empty", None, True),
    ("absent", "empty", None, True),
    ("kind", "empty", None, False),
    ("kind", "not empty", None, True),
    ("absent", "not empty", None, False),
    ("page", "=", 2, True),
    ("page", "≠", 2, False),
    ("page", "!=", 3, True),
    ("page", ">", 1, True),
    ("page", "<", 2, False),
    ("page", "≥", "2", True),
    ("page", "≤", 1.5, False),
    ("page", ">=", 3, False),
    ("score_hint", ">", 0.5, True),  # a numeric string field compares as a number
    ("kind", ">", 1, False),  # not a number: fails rather than errors
    ("bbox", ">", 1000, True),  # any element of a list field
    ("indexed", "before", "2025-10-16", True),
    ("indexed", "after", "2025-10-16T00:00:00Z", False),
    ("indexed", "after", 1735689600, True),  # Unix seconds: 2025-01-01
    ("indexed", "before", 1735689600, False),
    ("page", "before", "yesterday", False),  # unparseable dates fail
    ("absent", "is not", "x", False),  # a missing field fails every comparison, as SQL's NULL does
    ("absent", "not contains", "x", False),
])
def test_each_operator(name, op, value, expected):
    assert condition_holds(META, name, op, value) is expected


def test_name_list_holds_when_any_field_does():
    assert condition_holds(META, ["absent", "kind"], "is", "table")
    assert not condition_holds(META, ["absent", "source"], "is", "table")


def test_value_list_holds_when_any_value_does():
    assert condition_holds(META, "source", "contains", ["zzz", "q3"])
    assert not condition_holds(META, "source", "contains", ["zzz", "yyy"])


def test_logical_operators_and_defaults():
    is_table = {"name": "kind", "comparison_operator": "is", "value": "table"}
    page_one = {"name": "page", "comparison_operator": "=", "value": 1}
    assert not matches(META, {"logical_operator": "and", "conditions": [is_table, page_one]})
    assert matches(META, {"logical_operator": "or", "conditions": [is_table, page_one]})
    assert not matches(META, {"logical_operator": None, "conditions": [is_table, page_one]})  # null means and
    assert matches(META, {"conditions": [is_table]})
    assert matches(META, None) and matches(META, {}) and matches(META, {"conditions": None})
    assert matches(META, {"logical_operator": "or", "conditions": []})


def test_every_documented_operator_is_known_and_unknown_ones_raise():
    documented = ["contains", "not contains", "start with", "end with", "is", "is not", "in", "not in", "empty",
                  "not empty", "=", "≠", ">", "<", "≥", "≤", "before", "after"]
    assert set(documented) <= set(OPERATORS)
    with pytest.raises(ValueError, match="unknown comparison operator"):
        condition_holds(META, "kind", "like", "t%")
    with pytest.raises(ValueError, match="logical_operator"):
        matches(META, {"logical_operator": "xor", "conditions": [{"name": "kind", "comparison_operator": "empty"}]})
