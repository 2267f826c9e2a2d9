"""``--check``: both programs run in subprocesses; each name is equal, mismatch, missing or error."""
from __future__ import annotations

import textwrap

import numpy as np

from paddlecamp.convert.check import check, compare_runs, format_results, names_from_comment

TORCH = textwrap.dedent("""\
    import torch
    # paddlecamp: check same, planted, absent
    same = torch.tensor([1.0, 2.0, 3.0]) * 2
    planted = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    absent = torch.zeros(2)
    n = 3
    """)
PADDLE = textwrap.dedent("""\
    import paddle
    same = paddle.to_tensor([1.0, 2.0, 3.0]) * 2
    planted = paddle.to_tensor([[1.0, 2.0], [3.0, 4.5]])
    """)
PADDLE_FAILS = textwrap.dedent("""\
    same = None
    values = [1.0, 2.0]
    raise ValueError("planted failure")
    """)


def _tensor(values, dtype="float32"):
    a = np.asarray(values, dtype=dtype)
    return {"kind": "tensor", "lib": "x", "array": a, "dtype": dtype, "shape": list(a.shape), "requires_grad": False}


def test_names_from_comment():
    assert names_from_comment(TORCH) == ["same", "planted", "absent"]
    assert names_from_comment("x = 1  # no check comment\n") is None
    assert names_from_comment("# paddlecamp: check a\n# paddlecamp: check b, c\n") == ["a", "b", "c"]


def test_compare_runs_verdicts():
    ref = {"ok": True, "error": None, "results": {
        "a": _tensor([1.0, 2.0]), "b": _tensor([1.0, 2.0]), "c": _tensor([1, 2], "int64"), "d": _tensor([0.0]),
        "t": {"kind": "seq", "type": "tuple", "items": [_tensor([1.0]), {"kind": "scalar", "type": "float", "value": 0.1}]}}}
    got = {"ok": True, "error": None, "results": {
        "a": _tensor([1.0, 2.0 + 1e-7]), "b": _tensor([1.0, 2.25]), "c": _tensor([1, 2], "int32"),
        "t": {"kind": "seq", "type": "tuple", "items": [_tensor([1.0]), {"kind": "scalar", "type": "float", "value": 0.1 + 1e-9}]}}}
    v = {r.name: r for r in compare_runs(ref, got)}
    assert v["a"].verdict == "equal" and v["t"].verdict == "equal"
    assert v["b"].verdict == "mismatch" and v["b"].max_abs_diff == 0.25 and "value" in v["b"].detail
    assert v["c"].verdict == "mismatch" and "dtype" in v["c"].detail
    assert v["d"].verdict == "missing"
    shape = compare_runs({"ok": True, "results": {"s": _tensor([1.0, 2.0])}}, {"ok": True, "results": {"s": _tensor([[1.0, 2.0]])}})
    assert shape[0].verdict == "mismatch" and "shape" in shape[0].detail
    failed = compare_runs(ref, {"ok": False, "error": "line 3: ValueError: boom", "results": {}}, ["a", "b"])
    assert [(r.verdict, r.detail) for r in failed] == [("error", "paddle run failed: line 3: ValueError: boom")] * 2


def test_check_reports_a_planted_mismatch_and_a_missing_name(tmp_path):
    (tmp_path / "t.py").write_text(TORCH)
    (tmp_path / "p.py").write_text(PADDLE)
    res = {r.name: r for r in check(tmp_path / "t.py", tmp_path / "p.py", timeout=120)}
    assert list(res) == ["same", "planted", "absent"]
    assert res["same"].verdict == "equal"
    assert res["planted"].verdict == "mismatch" and res["planted"].max_abs_diff == 0.5
    assert res["absent"].verdict == "missing"
    text = "\n".join(format_results(list(res.values())))
    assert "mismatch planted (max abs diff 0.5)" in text


def test_check_reports_the_failing_side_and_its_last_traceback_line(tmp_path):
    from paddlecamp.convert.check import run_file
    (tmp_path / "p.py").write_text(PADDLE_FAILS)
    got = run_file(tmp_path / "p.py", ["same"], timeout=60)
    assert not got["ok"] and got["error"] == "line 3: ValueError: planted failure"
    ref = {"ok": True, "error": None, "results": {"same": _tensor([2.0, 4.0, 6.0])}}
    res = compare_runs(ref, got, ["same"])
    assert [(r.name, r.verdict, r.detail) for r in res] == [
        ("same", "error", "paddle run failed: line 3: ValueError: planted failure")]
    assert compare_runs(got, ref, ["same"])[0].detail.startswith("torch run failed: line 3")
