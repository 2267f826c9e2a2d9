"""Generating the missing call patterns: rewriting, rendering, verifying under torch, writing."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from paddlecamp.apicompat import signatures as S
from paddlecamp.cli import CliError
from paddlecamp.convert import testgen as G
from paddlecamp.convert import testgen_cli
from paddlecamp.convert import testscan as T

HEADER = 'import textwrap\n\nfrom apibase import APIBase\n\nobj = APIBase("{api}")\n'
CASE = '''

def test_case_{n}():
    pytorch_code = textwrap.dedent(
        """
        import torch
        x = torch.tensor([[1., 4., 9.], [16., 25., 36.]])
        {line}
        """
    )
    obj.run(pytorch_code, ["result"]{extra})
'''


def write_test_file(path: Path, api: str, lines: list[str], extra: str = "") -> Path:
    path.write_text(HEADER.format(api=api) + "".join(CASE.format(n=i + 1, line=ln, extra=extra)
                                                    for i, ln in enumerate(lines)))
    return path


def one_call(code: str, sig_text: str, api: str = "torch.f") -> T.ApiCall:
    sig = S.Sig(S.parse_params(sig_text), "test")
    return T.scan_code(code, api, lambda a: sig)[0], sig


@pytest.mark.parametrize("pattern, want", [
    ("all_positional", "torch.f(x, 1, False, 'p')"),          # the gap at keepdim filled with its default
    ("all_keyword", "torch.f(input=x, dim=1, mode='p')"),
    ("keyword_order", "torch.f(mode='p', dim=1, input=x)"),
    ("defaults_omitted", "torch.f(x, dim=1)"),
])
def test_rewrite_each_pattern(pattern, want):
    call, sig = one_call("r = torch.f(x, dim=1, mode='p')", "input, dim, keepdim=False, mode='q', *, out=None")
    assert G.rewrite_call(call, sig, pattern) == want


def test_rewrite_limits():
    call, sig = one_call("r = torch.f(a, b)", "x, /, y=2")
    assert G.rewrite_call(call, sig, "all_keyword") == "torch.f(a, y=b)"   # positional-only stays positional
    call, sig = one_call("r = torch.f(2, 3, dtype=None)", "*size, dtype=None")
    with pytest.raises(G.GenSkip, match=r"\*args"):
        G.rewrite_call(call, sig, "all_keyword")
    call, sig = one_call("r = torch.f(x, w=2)", "x, y, w=0")
    with pytest.raises(G.GenSkip, match="'y' would need a value"):    # a gap without a default
        G.rewrite_call(call, sig, "all_positional")


def test_render_round_trip_and_style():
    cand = G.Candidate("id", "f.py", "torch.abs", "all_keyword", "test_case_1", "torch.abs(x)", "torch.abs(input=x)",
                       '\nimport torch\nx = torch.tensor([1.])\ns = "a\\nb"\nresult = torch.abs(input=x)\n',
                       ["result"], "obj", ["rtol=1e-05"], ["pytest.mark.skipif(False, reason='r')"])
    text = G.render_case(cand, 7)
    fn = ast.parse(text).body[0]
    assert fn.name == "test_case_7" and len(fn.decorator_list) == 1
    assert text.splitlines()[-1] == '    obj.run(pytorch_code, ["result"], rtol=1e-05)'
    assert '        s = "a\\\\nb"' in text                                 # the backslash survives as written
    assert G.run_kwargs(["rtol=1e-05", "check_value=False", "unsupport=False"]) == {"rtol": 1e-05, "check_value": False}


def test_generate_verify_and_write(tmp_path):
    """Every missing pattern of two small files is generated, passes torch and is written; a
    generated case torch rejects is not written."""
    a = write_test_file(tmp_path / "test_diff_a.py", "torch.diff", ["result = torch.diff(x, 1, 0)"], ", rtol=1e-5")
    b = write_test_file(tmp_path / "test_diff_b.py", "torch.diff",
                        ["result = torch.diff(input=x, n=1, dim=0, prepend=None, append=None)"])
    c = write_test_file(tmp_path / "test_Tensor_bfloat16.py", "torch.Tensor.bfloat16", ["result = x.bfloat16()"])
    before_c = c.read_text()
    rep = G.check_tests([tmp_path], write=True, paddle=False, progress=False)
    got = {(Path(g.file).name, g.pattern): g for g in rep.gaps}
    assert set(got) == {("test_diff_a.py", "all_keyword"), ("test_diff_a.py", "keyword_order"),
                        ("test_diff_b.py", "all_positional"), ("test_diff_b.py", "keyword_order"),
                        ("test_diff_b.py", "defaults_omitted"),
                        ("test_Tensor_bfloat16.py", "all_positional"), ("test_Tensor_bfloat16.py", "all_keyword")}
    assert got["test_diff_a.py", "keyword_order"].case["call_after"] == "torch.diff(dim=0, n=1, input=x)"
    assert got["test_diff_b.py", "all_positional"].case["call_after"] == "torch.diff(x, 1, 0, None, None)"
    assert got["test_diff_b.py", "defaults_omitted"].case["call_after"] == "torch.diff(input=x)"
    # torch.Tensor.bfloat16 documents memory_format but accepts it by keyword only
    bad = got["test_Tensor_bfloat16.py", "all_positional"]
    assert bad.status == "torch_failed" and "positional argument" in bad.reason
    assert "written_as" not in bad.case
    assert rep.counts()["written"] == 6
    assert rep.written[str(a)] == ["test_case_2", "test_case_3"]
    for f in (a, b, c):
        ast.parse(f.read_text())
    assert "torch.diff(dim=0, n=1, input=x)" in a.read_text() and "rtol=1e-5)" in a.read_text().splitlines()[-1]
    assert c.read_text().startswith(before_c) and "bfloat16(torch.preserve_format)" not in c.read_text()
    # the written cases are found again: nothing is missing any more
    again = {p.name: T.scan_file(p) for p in (a, b)}
    assert all(not cov.missing for sf in again.values() for cov in sf.coverage.values())


def test_bad_file_reported_others_continue(tmp_path, capsys):
    (tmp_path / "test_broken.py").write_text("import textwrap\nobj = APIBase(\n")
    write_test_file(tmp_path / "test_diff_a.py", "torch.diff", ["result = torch.diff(x, 1, 0)"])
    rep = G.check_tests([tmp_path], write=False, paddle=False, progress=False, max_tries=1)
    assert rep.problems == ["test_broken.py:2: syntax error: '(' was never closed"]
    assert {g.pattern for g in rep.gaps} == {"all_keyword", "keyword_order"}
    assert rep.counts()["torch_pass"] == 2 and rep.written == {}


def test_append_never_writes_a_broken_file(tmp_path):
    f = tmp_path / "test_x.py"
    f.write_text("x = 1\n")
    with pytest.raises(ValueError, match="would not parse"):
        G.append_cases(f, ["def test_case_1(:\n    pass\n"])
    assert f.read_text() == "x = 1\n" and [p.name for p in tmp_path.iterdir()] == ["test_x.py"]


def test_convert_statuses():
    status, out = G.convert("import torch\nx = torch.ones(2)\nresult = torch.abs(input=x)\n")
    assert status == "ok" and "paddle.abs(" in out and "torch" not in out
    status, line = G.convert("import torch\nx = torch.ones(2)\ny = x.is_conj()\n")
    assert status == "unsupported" and line.startswith(">>>>>>")


def test_cli_errors_and_json(tmp_path, capsys):
    class Args:
        paths = [str(tmp_path / "nope")]
        write_exposing = False
        write = False
    with pytest.raises(CliError, match="no such file"):
        testgen_cli.main(Args())
    Args.paths = [str(tmp_path)]
    with pytest.raises(CliError, match="no test_"):
        testgen_cli.main(Args())
    rep = G.Report(files=1, gaps=[G.Gap("f.py", "torch.x", "all_keyword", "no_candidate", "why")])
    assert "not generated (why)" in testgen_cli.format_report(rep, False)
    assert json.loads(json.dumps(rep.to_dict()))["counts"]["no_candidate"] == 1


def test_harness_needs_paconverts_apibase(tmp_path):
    f = tmp_path / "test_x.py"
    f.write_text("def test_case_1():\n    pass\n")
    assert G.run_harness({})["cases"] == 0
    out = G.run_harness({str(f): ["test_case_1"]})
    assert out["cases"] == 1 and "no apibase.py" in out["error"]
