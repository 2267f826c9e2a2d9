"""Mapping updates: crafted api_mapping.json entries, wrong and right, against the installed libraries."""
from __future__ import annotations

import pytest

from paddlecamp.convert import categories as C
from paddlecamp.convert import updates as U


def rules(api: str, entry: dict) -> list[str]:
    return sorted(u.rule for u in U.check_entry(C.analyse(api, entry)))


RELU = {"Matcher": "GenericMatcher", "paddle_api": "paddle.nn.functional.relu", "min_input_args": 1,
        "args_list": ["input", "inplace"], "kwargs_change": {"input": "x", "inplace": ""}}


def test_a_correct_entry_is_not_flagged():
    assert rules("torch.nn.functional.relu", RELU) == []


def test_kwargs_change_to_a_paddle_parameter_that_does_not_exist():
    entry = RELU | {"kwargs_change": {"input": "inp", "inplace": ""}}
    found = U.check_entry(C.analyse("torch.nn.functional.relu", entry))
    assert [u.rule for u in found] == ["kwargs-change-paddle"]
    assert "'inp'" in found[0].evidence and "x" in found[0].suggestion


def test_a_custom_matcher_may_rename_for_its_own_code():
    # TensorMaxMatcher sends other= to paddle.maximum, not to paddle.Tensor.max
    entry = {"Matcher": "TensorMaxMatcher", "paddle_api": "paddle.Tensor.max", "kwargs_change": {"dim": "axis", "other": "y"}}
    assert "kwargs-change-paddle" not in rules("torch.Tensor.max", entry)
    assert "kwargs-change-paddle" in rules("torch.Tensor.max", entry | {"Matcher": "GenericMatcher"})


def test_kwargs_change_from_a_torch_parameter_that_does_not_exist():
    entry = RELU | {"kwargs_change": {"input": "x", "inplace": "", "tensor": "x"}}
    assert rules("torch.nn.functional.relu", entry) == ["kwargs-change-torch"]


def test_unsupport_args():
    assert rules("torch.nn.functional.relu", RELU | {"unsupport_args": ["memory"]}) == ["unsupport-args-unknown"]
    # paddle.abs takes out= too: rejecting it is a mapping that could pass it through
    entry = {"Matcher": "GenericMatcher", "paddle_api": "paddle.abs", "args_list": ["input", "*", "out"],
             "kwargs_change": {"input": "x"}, "unsupport_args": ["out"]}
    assert rules("torch.abs", entry) == ["unsupport-args-supported"]


def test_args_list_and_min_input_args():
    assert rules("torch.nn.functional.relu", RELU | {"args_list": ["inplace", "input"]}) == ["args-list"]
    assert rules("torch.nn.functional.relu", RELU | {"args_list": ["input"]}) == ["args-list"]  # inplace unlisted
    assert rules("torch.nn.functional.relu", RELU | {"min_input_args": 2}) == ["min-input-args"]


def test_paddle_api_that_does_not_exist():
    entry = RELU | {"paddle_api": "paddle.nn.functional.relu_but_not"}
    found = U.check_entry(C.analyse("torch.nn.functional.relu", entry))
    assert [u.rule for u in found] == ["paddle-api-missing"]


def test_args_list_standing_in_for_torch_is_not_checked_against_itself():
    entry = {"Matcher": "GenericMatcher", "paddle_api": "paddle.abs", "args_list": ["a", "b"], "min_input_args": 2}
    assert rules("torch.no_such_api", entry) == []


AUDIT = {"api": "torch.Tensor.argwhere", "paddle": "paddle.Tensor.argwhere", "category": "no difference",
         "behaviour": {"verdict": "all styles pass", "styles": {"positional": "pass"}}}


@pytest.mark.parametrize("entry, record, flagged", [
    ({"Matcher": "ChangeAPIMatcher", "paddle_api": "paddle.Tensor.nonzero"}, AUDIT, True),
    ({"Matcher": "ChangePrefixMatcher"}, AUDIT, False),  # already a prefix swap
    ({"Matcher": "ChangeAPIMatcher", "paddle_api": "paddle.Tensor.nonzero"},
     AUDIT | {"behaviour": {"verdict": "some styles pass", "styles": {"positional": "pass", "keyword": "error"}}}, False),
    ({"Matcher": "ChangeAPIMatcher", "paddle_api": "paddle.Tensor.nonzero"}, None, False),  # never run
    # only required arguments were run: a swapped signature with another order does not qualify
    ({"Matcher": "TensorSetMatcher", "paddle_api": "paddle.Tensor.set_"},
     AUDIT | {"category": "argument order differs"}, False),
])
def test_could_change_prefix(entry, record, flagged):
    u = U.could_change_prefix("torch.Tensor.argwhere", entry, record)
    assert (u is not None) == flagged
    if flagged:
        assert u.suggestion == '{"Matcher": "ChangePrefixMatcher"}' and "positional" in u.evidence


def test_missing_kwargs_change_from_runs():
    a = C.analyse("torch.nn.functional.relu", {"Matcher": "ChangePrefixMatcher"}, execute=True)
    found = [u for u in U.check_entry(a) if u.rule == "kwargs-change-missing"]
    assert len(found) == 1 and "'input': 'x'" in found[0].suggestion


def test_find_updates_and_render():
    a = C.analyse("torch.nn.functional.relu", RELU | {"min_input_args": 3})
    b = C.analyse("torch.Tensor.argwhere", {"Matcher": "ChangeAPIMatcher", "paddle_api": "paddle.Tensor.nonzero"})
    found = U.find_updates([a, b], audit={"torch.Tensor.argwhere": AUDIT})
    assert [u.rule for u in found] == ["could-change-prefix", "min-input-args"]  # in RULES order
    md = U.render(found, {"date": "2026-12-01"})
    assert "| `min-input-args` |" in md and "`torch.nn.functional.relu`" in md


def test_recorded_behaviour_reads_the_committed_audit():
    rec = U.recorded_behaviour()
    assert rec["torch.abs"]["behaviour"]["verdict"] in ("all styles pass", "some styles pass", "no style passes",
                                                        "torch fails", "not generated")
