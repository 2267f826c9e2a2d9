"""Differential execution: calls generated from torch signatures, run under torch and paddle."""
from __future__ import annotations

import numpy as np
import pytest

from paddlecamp.apicompat import diffexec as D
from paddlecamp.apicompat import signatures as S


def sig(text: str) -> S.Sig:
    return S.Sig(S.parse_params(text), "test")


def test_domains_follow_the_api_family():
    assert D.domain("torch.log") == "positive"
    assert D.domain("torch.Tensor.sqrt_") == "positive"
    assert D.domain("torch.acos") == "unit"
    assert D.domain("torch.acosh") == "gt1"
    assert D.domain("torch.bitwise_and") == "int"
    assert D.domain("torch.logical_xor") == "bool"
    assert D.domain("torch.linalg.inv") == "spd"
    assert D.domain("torch.add") == "real"


def test_literal_inputs_respect_the_domain_and_are_deterministic():
    torch = pytest.importorskip("torch")
    pos = eval(D.literal("torch.log", "input", 0), {"torch": torch})
    assert bool((pos > 0).all())
    unit = eval(D.literal("torch.asin", "input", 0), {"torch": torch})
    assert bool((unit.abs() < 1).all())
    spd = eval(D.literal("torch.linalg.cholesky", "A", 0), {"torch": torch})
    assert bool((torch.linalg.eigvalsh(spd) > 0).all())
    assert D.literal("torch.log", "input", 0) == D.literal("torch.log", "input", 0)
    assert D.literal("torch.log", "input", 0) != D.literal("torch.exp", "input", 0)


def test_calls_cover_the_calling_styles_and_agree_under_torch():
    pytest.importorskip("torch")
    calls = D.calls_for("torch.sum", sig("input, dim, keepdim=False, *, dtype=None"))
    assert set(calls) == {"positional", "keyword", "reordered", "optional"}
    assert "torch.sum(dim=1, input=t0)" in calls["reordered"]
    assert "keepdim=True" in calls["optional"]
    results = []
    for code in calls.values():
        env: dict = {}
        exec(code, env)
        results.append(env["result"])
    np.testing.assert_allclose(results[0].numpy(), results[1].numpy())
    np.testing.assert_allclose(results[0].numpy(), results[2].numpy())
    assert results[3].shape == (3, 1)


def test_methods_keyword_only_and_unknown_parameters():
    calls = D.calls_for("torch.Tensor.add", sig("other, *, alpha=1"))
    assert calls["positional"].splitlines()[-1] == "result = self_.add(t0)"
    # a keyword-only required parameter is never passed by position
    kw = D.calls_for("torch.foo", sig("input, *, dim"))
    assert kw["positional"].splitlines()[-1] == "result = torch.foo(t0, dim=1)"
    assert D.calls_for("torch.bar", sig("input, weird_thing")) == "no value for parameter 'weird_thing'"
    assert D.calls_for("torch.Tensor._private", sig("")) == "private member"


def test_summarize_gives_a_verdict_per_api():
    rows = [{"id": "torch.a::positional", "status": "pass"}, {"id": "torch.a::keyword", "status": "error",
                                                               "message": "unexpected keyword 'input'"},
            {"id": "torch.b::positional", "status": "pass"}, {"id": "torch.c::positional", "status": "torch_error"}]
    s = D.summarize(rows, {"torch.d": "varargs only"})
    assert s["apis"]["torch.a"]["verdict"] == "some styles pass"
    assert s["apis"]["torch.a"]["first_error"] == "unexpected keyword 'input'"
    assert s["apis"]["torch.b"]["verdict"] == "all styles pass"
    assert s["apis"]["torch.c"]["verdict"] == "torch fails"
    assert s["styles"]["positional"] == {"pass": 2, "run": 2}
    assert s["apis_not_generated"] == 1


def test_generated_calls_run_isolated_under_both_frameworks():
    pytest.importorskip("torch")
    pytest.importorskip("paddle")
    from paddlecamp.apicompat.suite import Case, run_cases
    abs_calls = D.calls_for("torch.abs", sig("input"))
    missing = D.calls_for("torch.linalg.lu_factor", sig("A, *, pivot=True"))
    cases = [Case(f"torch.abs::{s}", "diffexec", s, "torch.abs", c, names=["result"]) for s, c in abs_calls.items()]
    cases += [Case("torch.linalg.lu_factor::positional", "diffexec", "positional", "torch.linalg.lu_factor",
                   missing["positional"], names=["result"])]
    rows = {r["id"]: r for r in run_cases(cases, jobs=1, timeout=120, progress=False)}
    assert rows["torch.abs::positional"]["status"] == "pass"
    assert rows["torch.abs::keyword"]["status"] == "pass"
    lu = rows["torch.linalg.lu_factor::positional"]
    assert lu["status"] == "error" and "lu_factor" in lu["message"]
