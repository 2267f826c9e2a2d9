"""PaConvert case extraction (static) and the isolated runner, on a real subset of PaConvert's tests."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from paddlecamp.apicompat.suite import Case, collect, extract_cases, namespace, run_cases, summarize

FIX = Path(__file__).parent / "fixtures" / "paconvert"


def test_extraction_counts_match_the_files():
    cases, problems = collect([FIX])
    assert not problems
    files = sorted(FIX.glob("test_*.py"))
    for f in files:
        # every obj.run( call in a function pytest would collect (test*, not _test*) is one case
        text = "".join(b for b in re.split(r"^(?=def |class )", f.read_text(), flags=re.M) if b.startswith("def test"))
        mine = [c for c in cases if c.file == f.name]
        assert len(mine) == len(re.findall(r"^\s+obj\w*\.run\(", text, re.M)), f.name
        assert sum(c.skip == "unsupport" for c in mine) == len(re.findall(r"unsupport=True", text)), f.name
        assert len({c.id for c in mine}) == len(mine)
    runnable = [c for c in cases if c.skip is None]
    assert all("import torch" in c.code and c.code.startswith("\n") for c in runnable)
    assert all(c.id == f"{c.file}::{c.func}" or "#" in c.id for c in cases)


def test_extraction_details():
    cases, _ = extract_cases(FIX / "test_max.py")
    assert {c.api for c in cases} == {"torch.max"}
    c1 = next(c for c in cases if c.func == "test_case_1")
    assert c1.names == ["result", "out"] and "result = torch.max(x)" in c1.code and not c1.custom_compare
    sub, _ = extract_cases(FIX / "test_get_default_dtype.py")
    assert sub and all(c.custom_compare and c.api == "torch.get_default_dtype" for c in sub)
    assert extract_cases(FIX / "test_optim_Optimizer_add_param_group.py")[0] == []  # only disabled _test_ functions
    conj, _ = extract_cases(FIX / "test_Tensor_is_conj.py")
    assert any(c.skip == "unsupport" for c in conj)
    kw = [c for c, in [(c,) for c in collect([FIX])[0]] if "rtol" in c.kwargs or "check_value" in c.kwargs]
    assert kw, "some fixture cases pass check_value/rtol"


def test_code_through_variable_and_direct_literal(tmp_path):
    f = tmp_path / "test_fake.py"
    f.write_text(
        'import textwrap\nfrom apibase import APIBase\n\nobj = APIBase("torch.nn.functional.relu")\n\n\n'
        'def test_case_1():\n    pytorch_code = textwrap.dedent(\n        """\n        import torch\n        r = 1\n        """\n    )\n'
        '    obj.run(pytorch_code, ["r"], rtol=1e-3, check_dtype=False)\n\n\n'
        'def test_case_2():\n    obj.run(textwrap.dedent("""\n        import torch\n        """), unsupport=True, reason="x")\n\n\n'
        'def test_case_3():\n    obj.run(make_code(), ["r"])\n')
    cases, _ = extract_cases(f)
    assert [c.skip for c in cases] == [None, "unsupport", "unresolved"]
    assert cases[0].code == "\nimport torch\nr = 1\n" and cases[0].kwargs == {"rtol": 1e-3, "check_dtype": False}
    assert namespace(cases[0].api) == "torch.nn.functional"


def test_code_built_by_a_string_helper_beside_the_tests(tmp_path):
    (tmp_path / "sched_helper.py").write_text(
        'def make_code(init, steps=2):\n'
        '    return "import torch\\nx = " + init + "\\n" + "y = x * %d\\n" % steps\n')
    (tmp_path / "broken_helper.py").write_text("raise RuntimeError('not only strings')\n")
    f = tmp_path / "test_fake.py"
    f.write_text(
        'import textwrap\nfrom apibase import APIBase\nfrom sched_helper import make_code\n'
        'from broken_helper import other\n\nobj = APIBase("torch.optim.SGD")\n\n\n'
        'def test_case_1():\n    obj.run(textwrap.dedent(make_code("torch.ones(2)", steps=3)), ["y"])\n\n\n'
        'def test_case_2():\n    obj.run(make_code(some_name), ["y"])\n\n\n'
        'def test_case_3():\n    obj.run(other("z"), ["y"])\n')
    cases, _ = extract_cases(f)
    assert [c.skip for c in cases] == [None, "unresolved", "unresolved"]
    assert cases[0].code == "import torch\nx = torch.ones(2)\ny = x * 3\n"


def test_namespaces():
    assert namespace("torch.abs") == "torch"
    assert namespace("torch.Tensor.abs") == "torch.Tensor"
    assert namespace("torch.nn.Linear") == "torch.nn"
    assert namespace("torch.nn.functional.relu") == "torch.nn.functional"
    assert namespace("torch.utils.data.TensorDataset") == "torch.utils.data"
    assert namespace("torch.cuda.is_available") == "other"


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory):
    cases, _ = collect([FIX / "test_abs.py", FIX / "test_max.py"])
    out = tmp_path_factory.mktemp("suite") / "r.jsonl"
    recs = run_cases(cases, jobs=2, timeout=60, out=str(out), progress=False)
    return cases, recs, out


def test_runner_end_to_end(fixture_run):
    cases, recs, out = fixture_run
    runnable = [c for c in cases if c.skip is None]
    assert sorted(r["id"] for r in recs) == sorted(c.id for c in runnable)
    assert len(out.read_text().splitlines()) == len(recs)
    by = {r["id"]: r for r in recs}
    abs_recs = [r for r in recs if r["api"] == "torch.abs"]
    assert abs_recs and all(r["status"] == "pass" for r in abs_recs), [r for r in abs_recs if r["status"] != "pass"]
    # torch.max(x, dim=...) is a known stock gap: an error naming paddle.max and the argument
    dim_cases = [c for c in runnable if c.api == "torch.max" and re.search(r"torch\.max\(x, dim=", c.code)]
    assert dim_cases
    for c in dim_cases:
        r = by[c.id]
        assert r["status"] == "error" and r["paddle_api"] == "paddle.max" and r["exc_type"] == "TypeError", r
        assert "dim" in r["message"]
    s = summarize(recs)
    assert s["cases_counted"] + s["excluded_torch_error"] == len(recs)
    assert 0 < s["pass_rate"] < 1
    assert s["namespaces"]["torch"]["apis_fully_passing"] >= 1  # torch.abs passes all its cases


def test_resume_skips_done(fixture_run):
    cases, recs, out = fixture_run
    done = {r["id"] for r in recs}
    again = run_cases(cases, jobs=1, timeout=60, out=str(out), done=done, progress=False)
    assert again == []


def test_worker_isolation_crash_timeout_then_next_case_runs():
    mk = lambda i, code, names=None: Case(f"iso::{i}", "iso", str(i), "torch.abs", code, names)  # noqa: E731
    cases = [
        mk(1, "import torch\nimport os\nx = torch.ones(1)\nos._exit(3)\n", ["x"]),
        mk(2, "import torch\nimport time\nx = torch.ones(1)\ntime.sleep(60)\n", ["x"]),
        mk(3, "import torch\nx = torch.abs(torch.tensor([-1.0, 2.0]))\n", ["x"]),
        mk(4, "import torch\nx = torch.no_such_api(1)\n", ["x"]),
        mk(5, "import torch\ntorch.set_default_device('cuda')\ntorch.set_default_dtype(torch.float64)\nx = 1\n", ["x"]),
        mk(6, "import torch\nx = torch.ones(2)\n", ["x"]),  # global state reset between cases
    ]
    recs = {r["id"]: r for r in run_cases(cases, jobs=1, timeout=5, progress=False)}
    assert recs["iso::1"]["status"] == "crash"
    assert recs["iso::2"]["status"] == "timeout"
    assert recs["iso::3"]["status"] == "pass"
    assert recs["iso::4"]["status"] == "torch_error"
    assert recs["iso::6"]["status"] == "pass", recs["iso::6"]
    assert json.dumps(recs)  # records are JSON-serializable
    assert Counter(r["status"] for r in recs.values())["pass"] == 2  # iso::3 and iso::6
