"""Static reading of PaConvert test files: APIs, cases, calls and call patterns.

The expected values were read off the fixture files (real PaConvert tests) by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from paddlecamp.apicompat import signatures as S
from paddlecamp.convert import testscan as T

FIX = Path(__file__).parent / "fixtures" / "paconvert_tests"


def sig_of(text: str) -> S.Sig:
    return S.Sig(S.parse_params(text), "test")


@pytest.fixture(scope="module")
def scanned() -> dict[str, T.ScannedFile]:
    return {p.name: T.scan_file(p) for p in sorted(FIX.glob("test_*.py"))}


def test_max_cases_calls_and_patterns(scanned):
    sf = scanned["test_max.py"]
    assert sf.apis == ["torch.max"] and sf.problems == []
    assert len(sf.cases) == 19 and sf.next_case == 20
    by = {c.func: c for c in sf.cases}
    # test_case_3: torch.max(x, 1); test_case_6: torch.max(input=x, dim=1, keepdim=True)
    assert [c.text for c in by["test_case_3"].calls] == ["torch.max(x, 1)"]
    assert by["test_case_3"].patterns == {"all_positional", "defaults_omitted"}
    assert by["test_case_6"].patterns == {"all_keyword", "defaults_omitted"}   # out= left out
    # test_case_14: torch.max(input=x, keepdim=False, dim=1, out=out): keywords out of order
    assert by["test_case_14"].patterns == {"all_keyword", "keyword_order"}
    assert by["test_case_1"].names == ["result", "out"]
    cov = sf.coverage["torch.max"]
    assert cov.missing == [] and cov.covered == list(T.PATTERNS)
    # the three calls passing other= (the torch.max(input, other) overload) do not bind to
    # the documented (input, dim, keepdim, *, out) signature
    assert cov.unbound_calls == 3


def test_alias_calls_and_full_coverage(scanned):
    sf = scanned["test_nn_functional_interpolate.py"]
    by = {c.func: c for c in sf.cases}
    assert by["test_case_1"].calls[0].text == "F.interpolate(x, scale_factor=2)"
    assert by["test_case_1"].patterns == {"defaults_omitted"}
    assert "all_positional" in by["test_case_8"].patterns       # F.interpolate(x, None, 3, 'linear', False, True, False)
    assert "keyword_order" in by["test_case_7"].patterns        # input=x, scale_factor=3, size=None, ...
    assert sf.coverage["torch.nn.functional.interpolate"].missing == []


def test_gaps_found_by_hand(scanned):
    gn = scanned["test_nn_modules_GroupNorm.py"].coverage["torch.nn.modules.GroupNorm"]
    assert gn.missing == ["keyword_order"] and gn.cases == 10
    bf = scanned["test_Tensor_bfloat16.py"]
    assert bf.coverage["torch.Tensor.bfloat16"].missing == ["all_positional", "all_keyword"]
    # the first run of test_all_type_to_bfloat16 formats its code with an f-string in a loop
    assert [(c.func, c.skip) for c in bf.cases if c.skip] == [("test_all_type_to_bfloat16", "unresolved")]
    assert bf.next_case == 1                                     # no test_case_N there yet


def test_method_without_parameters_unsupport_and_custom_compare(scanned):
    ab = scanned["test_Tensor_abs.py"]
    assert [c.calls[0].text for c in ab.cases] == ["a.abs()", "torch.tensor([[-4, 9], [-23, 2]]).abs()"]
    assert ab.coverage["torch.Tensor.abs"].applicable == []    # abs() takes nothing: no pattern applies
    conj = scanned["test_Tensor_is_conj.py"].coverage["torch.Tensor.is_conj"]
    assert conj.cases == 0 and conj.unsupport_cases == 1
    rt = scanned["test_cuda_cudart.py"]
    assert rt.coverage["torch.cuda.cudart"].custom_compare
    assert rt.cases[0].decorators[0].startswith("pytest.mark.skipif(")


def test_disabled_case_is_not_a_case_but_numbers_continue(scanned):
    cm = scanned["test_clamp_min.py"]
    assert [c.func for c in cm.cases] == ["test_case_1", "test_case_2", "test_case_3", "test_case_4", "test_case_6"]
    assert cm.next_case == 7


def test_classify_each_pattern():
    sig = sig_of("input, dim, keepdim=False, *, out=None")
    code = ("import torch\nx = torch.ones(2, 2)\n"
            "a = torch.max(x, 1, True)\nb = torch.max(input=x, dim=1)\nc = torch.max(dim=1, input=x)\n"
            "d = torch.max(*[x, 1])\n")
    calls = T.scan_code(code, "torch.max", lambda api: sig)
    assert [c.patterns for c in calls[:3]] == [["all_positional", "defaults_omitted"], ["all_keyword", "defaults_omitted"],
                                               ["all_keyword", "keyword_order", "defaults_omitted"]]
    assert calls[3].problem == "unpacked arguments (*x or **x)"
    assert T.applicable_patterns(sig) == list(T.PATTERNS)
    assert T.applicable_patterns(sig_of("x, /")) == ["all_positional"]


def test_positional_only_and_unknown_keyword():
    sig = sig_of("x, /, y, *, z=0")
    calls = T.scan_code("import torch\nr = torch.f(1, y=2)\ns = torch.f(x=1, y=2)\nt = torch.f(1, w=3)\n",
                        "torch.f", lambda api: sig)
    assert calls[0].patterns == ["all_keyword", "defaults_omitted"]   # x must be positional
    assert "positional-only" in calls[1].problem
    assert calls[2].problem == "unknown keyword 'w'"


def test_method_calls_and_from_imports():
    sig = sig_of("dim=None")
    code = "import torch\nfrom torch import abs as A\nx = torch.ones(2)\nr = x.sum(0)\ns = torch.sum(x)\nt = A(x)\n"
    assert [c.text for c in T.scan_code(code, "torch.Tensor.sum", lambda a: sig)] == ["x.sum(0)"]
    assert [c.text for c in T.scan_code(code, "torch.abs", lambda a: sig_of("input"))] == ["A(x)"]


def test_bad_files_are_reported_with_line_and_the_rest_scanned(tmp_path):
    (tmp_path / "test_broken.py").write_text("import textwrap\n\ndef test_case_1(:\n    pass\n")
    (tmp_path / "test_badcode.py").write_text(
        'import textwrap\nfrom apibase import APIBase\nobj = APIBase("torch.abs")\n\n\n'
        'def test_case_1():\n    pytorch_code = textwrap.dedent(\n        """\n        import torch\n'
        '        result = torch.abs(\n        """\n    )\n    obj.run(pytorch_code, ["result"])\n')
    (tmp_path / "test_fine.py").write_text((FIX / "test_Tensor_abs.py").read_text())
    out = {p.name: T.scan_file(p) for p in T.test_files([tmp_path])}
    assert [str(p) for p in out["test_broken.py"].problems] == ["test_broken.py:3: syntax error: invalid syntax"]
    bad = out["test_badcode.py"].problems
    assert len(bad) == 1 and bad[0].file == "test_badcode.py" and "does not parse" in bad[0].message
    assert bad[0].line == 10                               # the line of `result = torch.abs(` in the file
    assert len(out["test_fine.py"].cases) == 2 and out["test_fine.py"].problems == []
