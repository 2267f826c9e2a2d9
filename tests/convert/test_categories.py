"""Category derivation on known APIs, from the mapping, the installed signatures and crafted runs."""
from __future__ import annotations

import pytest

from paddlecamp.convert import categories as C


@pytest.fixture(scope="module")
def mapping():
    return C.load_mapping()


def test_load_mapping_resolves_aliases_into_fresh_dicts(mapping):
    assert mapping["torch.Tensor.absolute"]["alias_of"] == "torch.Tensor.abs"
    assert "alias_of" not in mapping["torch.Tensor.abs"]
    fresh = C.load_mapping()
    fresh["torch.abs"]["Matcher"] = "changed"
    assert C.load_mapping()["torch.abs"]["Matcher"] == "ChangePrefixMatcher"


def test_priority_follows_the_official_order():
    assert C.rank(C.PADDLE_MORE) > C.rank(C.NAMES)
    assert C.rank(C.TORCH_MORE) > C.rank(C.PADDLE_MORE)
    assert C.rank(C.USAGE) > C.rank(C.TORCH_MORE)
    assert set(C.MAPPING_DECIDED) | set(C.UNDECIDABLE) <= set(C.CATEGORIES)


@pytest.mark.parametrize("api, category, paddle_api", [
    ("torch.abs", C.SAME, "paddle.abs"),
    ("torch.Tensor.t", C.NO_PARAMS, "paddle.Tensor.t"),
    ("torch.nn.functional.relu", C.TORCH_MORE, "paddle.nn.functional.relu"),     # inplace
    ("torch.optim.SGD", C.TORCH_MORE, "paddle.optimizer.SGD"),                    # momentum: unsupported
    ("torch.Tensor.absolute", C.ALIAS, "paddle.Tensor.abs"),                     # alias of torch.Tensor.abs
    ("torch.Tensor.align_as", C.MISSING, None),                                  # entry without a Matcher
    ("torch.Tensor.addbmm", C.COMPOSITE, None),                                  # AddBmmMatcher, no paddle_api
    ("torch.addr", C.COMPOSITE, "paddle.outer"),                                 # built around another op
])
def test_signature_and_mapping_categories(mapping, api, category, paddle_api):
    d = C.derive(api, mapping.get(api))
    assert (d.category, d.paddle_api) == (category, paddle_api)
    assert d.evidence in ("signature", "mapping")


def test_sgd_reasons_name_the_unsupported_and_the_renames(mapping):
    d = C.derive("torch.optim.SGD", mapping["torch.optim.SGD"])
    assert "torch only: momentum (PaConvert: unsupported)" in d.reasons or "torch only: momentum" in d.reasons
    assert "name lr -> learning_rate" in d.reasons


def test_missing_torch_api_is_reported_not_raised():
    entry = {"Matcher": "GenericMatcher", "paddle_api": "paddle.no_such_function", "args_list": ["x"]}
    a = C.analyse("torch.no_such_function", entry)
    assert a.derived.category == C.MISSING
    assert any("not in the installed torch" in p for p in a.problems)
    assert any("not in the installed paddle" in p for p in a.problems)


def test_names_only_needs_execution(mapping):
    # torch.isclose(input, other) vs paddle.isclose(x, y): signatures alone say "names differ" ...
    a = C.analyse("torch.isclose", mapping["torch.isclose"])
    assert a.derived.category == C.NAMES and a.derived.evidence == "signature"
    assert any("by signature only" in r for r in a.derived.reasons)
    # ... running both shows paddle takes torch's keywords: nothing differs for a caller
    b = C.analyse("torch.isclose", mapping["torch.isclose"], execute=True)
    assert b.derived.evidence == "execution"
    assert b.derived.category == C.SAME
    assert {d.how for d in b.refuted} == {"rename"}


def test_renamed_call_confirms_a_rename(mapping):
    # paddle.nn.functional.relu rejects input=; relu(x=...) gives torch's result
    a = C.analyse("torch.nn.functional.relu", mapping["torch.nn.functional.relu"], execute=True)
    assert a.derived.evidence == "execution"
    assert a.behaviour["renames"] == {"input": "x"}
    assert a.behaviour["mapping"]["keyword"]["status"] == "error"
    assert a.behaviour["renamed"]["keyword"]["status"] == "pass"
    assert a.derived.category == C.TORCH_MORE  # inplace still has no counterpart
    assert "name input -> x" in a.derived.reasons


def _records(status: str, **extra) -> dict:
    code = ("import torch\nt0 = torch.tensor([[1.0, 2.0]])\nif torch.__name__ == 'torch':\n"
            "    result = torch.transpose(t0, 0, 1)\nelse:\n    result = torch.transpose(t0, 0, 1)\n")
    return {"mapping": {"positional": {"status": status, "code": code, **extra}}}


@pytest.mark.parametrize("status, extra, category", [
    ("pass", {}, C.NAMES),  # dim1 is taken positionally; dim0 -> perm is not refuted by a positional call
    ("mismatch", {"kind": "dtype", "detail": "result: torch float32, paddle float64"}, C.RETURN_TYPE),
    ("mismatch", {"kind": "value", "detail": "values differ"}, C.USAGE),
    ("error", {"exc_type": "ValueError", "message": "dimensions of x should be 4"}, C.INPUT_TYPE),
])
def test_execution_outcome_decides(mapping, status, extra, category):
    a = C.gather("torch.transpose", mapping["torch.transpose"])
    assert a.sig_category == C.TORCH_MORE  # by signature: paddle.transpose(x, perm)
    d = C.conclude(a, _records(status, **extra))
    assert d.evidence == "execution"
    assert d.category == category


def test_torch_rejecting_every_call_is_no_evidence(mapping):
    a = C.gather("torch.transpose", mapping["torch.transpose"])
    d = C.conclude(a, _records("torch_error", message="bad shape"))
    assert d.evidence == "signature" and d.category == C.TORCH_MORE


def test_random_values_are_not_compared(mapping):
    a = C.gather("torch.nn.functional.dropout", mapping["torch.nn.functional.dropout"])
    code = ("import torch\nt0 = torch.tensor([[1.0, 2.0]])\nif torch.__name__ == 'torch':\n"
            "    result = torch.nn.functional.dropout(t0)\nelse:\n    result = torch.nn.functional.dropout(t0)\n")
    d = C.conclude(a, {"mapping": {"positional": {"status": "mismatch", "kind": "value", "code": code}}})
    assert "execution: 1 of 1 call style(s) give the same result" in d.reasons
    assert not any("result differs" in r for r in d.reasons)


def test_paired_calls_rename_keywords_and_call_the_mapped_api(mapping):
    entry = dict(mapping["torch.optim.SGD"])
    a = C.gather("torch.Tensor.cholesky_solve", {"Matcher": "GenericMatcher", "paddle_api": "paddle.Tensor.cholesky_solve",
                                                "kwargs_change": {"input2": "y"}})
    assert a.renames == {"input2": "y"}
    b = C.gather("torch.isclose", {"Matcher": "GenericMatcher", "paddle_api": "paddle.isclose",
                                   "kwargs_change": {"input": "x", "other": "y"}})
    calls = C.paired_calls(b)
    assert "result = torch.isclose(x=t0, y=t1)" in calls["keyword"]  # written under torch's prefix, swapped at run
    assert "result = torch.isclose(input=t0, other=t1)" in calls["keyword"]
    assert isinstance(C.paired_calls(C.gather("torch.optim.SGD", entry)), str)  # a class: no calls


def test_consistent():
    d = C.Derived("torch.x", "paddle.x", C.SAME, (), "signature")
    assert C.consistent(C.SAME, d)
    assert C.consistent(C.NAMES, d)            # paddle's aliases may accept torch's names
    assert C.consistent(C.COMPOSITE, d)        # signatures cannot refute a matcher's code
    assert not C.consistent(C.MISSING, d)
    assert not C.consistent(C.TORCH_MORE, d)
    assert C.consistent(C.USAGE, d)            # a run may show a difference signatures cannot
    assert not C.consistent(C.USAGE, C.Derived("torch.x", "paddle.x", C.SAME, (), "execution"))
    ran = C.Derived("torch.x", "paddle.x", C.SAME, (), "execution")
    assert not C.consistent(C.NAMES, ran)
    alias = C.Derived("torch.y", "paddle.x", C.ALIAS, (), "mapping")
    assert not C.consistent(C.SAME, alias)
    # API 别名 is what api_alias_mapping.json says, even when derived from the target's entry
    assert C.consistent(C.ALIAS, C.Derived("torch.Tensor.absolute", "paddle.Tensor.abs", C.SAME, (), "execution"))
    assert not C.consistent(C.ALIAS, C.Derived("torch.abs", "paddle.abs", C.SAME, (), "execution"))
