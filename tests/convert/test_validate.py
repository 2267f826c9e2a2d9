"""The doc validator: every planted error caught with its rule and line, no finding on the
correct docs, --fix repairs what it may and writes atomically, bad input is reported and the
batch goes on, the real subset runs through, and the table generator's docs pass."""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from paddlecamp.apicompat import signatures as S
from paddlecamp.convert import mapdoc
from paddlecamp.convert import validate as V

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "data" / "convert" / "docs"
CORRECT, BROKEN = DOCS / "correct", DOCS / "broken"
REAL = Path(__file__).resolve().parent / "fixtures" / "real_docs"
EXPECTED = json.loads((BROKEN / "expected.json").read_text(encoding="utf-8"))


def _found(path: Path) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in V.validate_file(path)[0]]


def test_every_rule_has_a_planted_error():
    assert {e["rule"] for e in EXPECTED.values()} == set(V.RULES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_planted_error_caught_with_rule_and_line(name):
    e = EXPECTED[name]
    assert _found(BROKEN / name) == [(e["rule"], e["line"])]


def test_correct_docs_have_no_finding_and_every_rule_ran():
    report = V.validate_paths([CORRECT])
    assert report.parsed == len(list(CORRECT.glob("*.md"))) >= 8
    assert report.findings == [] and report.unparseable == []
    assert not report.skipped  # no rule stood aside (e.g. for a missing signature)


def test_broken_fixtures_are_what_the_script_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_broken", DOCS / "make_broken.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.write(tmp_path) == EXPECTED
    for name in EXPECTED:
        assert (tmp_path / name).read_bytes() == (BROKEN / name).read_bytes()


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e["fixable"]))
def test_fix_repairs(tmp_path, name):
    path = tmp_path / name
    shutil.copy(BROKEN / name, path)
    applied, remaining = V.fix_file(path)
    assert applied and remaining == []
    assert _found(path) == []
    if EXPECTED[name]["rule"] != "DOC005":  # DOC005 adds a "-" row: valid, but not the original row
        assert path.read_text(encoding="utf-8") == (CORRECT / EXPECTED[name]["source"]).read_text(encoding="utf-8")
    else:
        assert f"| groups | - | {V.ADD_ROW_NOTE} |" in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left behind


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if not e["fixable"]))
def test_fix_leaves_ambiguous_ones_alone(tmp_path, name):
    path = tmp_path / name
    shutil.copy(BROKEN / name, path)
    applied, remaining = V.fix_file(path)
    assert applied == [] and [(f.rule, f.line) for f in remaining] == [(EXPECTED[name]["rule"], EXPECTED[name]["line"])]
    assert path.read_bytes() == (BROKEN / name).read_bytes()


def test_bad_input_reported_and_batch_continues(tmp_path):
    (tmp_path / "a_notes.md").write_text("# Meeting notes\n\nnothing here\n", encoding="utf-8")
    (tmp_path / "b_empty.md").write_text("", encoding="utf-8")
    (tmp_path / "c_latin1.md").write_bytes(b"## [ \xe6\x97\xa0\xe5\x8f\x82\xe6\x95\xb0 ]torch.t\nline\ncaf\xe9\n")
    shutil.copy(CORRECT / "torch.det.md", tmp_path / "d_good.md")
    report = V.validate_paths([tmp_path])
    assert report.parsed == 1 and report.findings == []
    bad = {(Path(f.path).name, f.rule, f.line) for f in report.unparseable}
    assert bad == {("a_notes.md", "DOC000", 1), ("b_empty.md", "DOC000", 1), ("c_latin1.md", "DOC000", 3)}


def test_fix_never_writes_a_doc_the_parser_rejects(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# not a doc\n", encoding="utf-8")
    applied, remaining = V.fix_file(path)
    assert applied == [] and remaining[0].rule == "DOC000"
    assert path.read_text(encoding="utf-8") == "# not a doc\n"


def test_real_subset_runs_through():
    report = V.validate_paths([REAL])
    assert len(report.files) == 24 and report.parsed == 23
    assert [(Path(f.path).name, f.rule) for f in report.unparseable] == [("README.md", "DOC000")]
    by_file = {}
    for f in report.findings:
        by_file.setdefault(Path(f.path).name, set()).add((f.rule, f.line))
    # errors a reader can confirm in the published docs
    assert ("DOC003", 10) in by_file["torch.nn.Dropout.md"]  # mode="upscale_in_train” (curly close quote)
    assert ("DOC002", 5) in by_file["torch.nn.TransformerDecoderLayer.md"]  # activation="relu'
    assert ("DOC007", 9) in by_file["torch.Tensor.ger.md"]  # [paddle.Tensor.outer]() (empty link)
    assert ("DOC007", 2) in by_file["torch.scalar_tensor.md"]  # heading without a link
    assert ("DOC005", 32) in by_file["torch.scalar_tensor.md"]  # the row says pin_memeory
    assert ("DOC004", 9) in by_file["torch.distributions.Distribution.log_prob.md"]  # paddle.distributions
    assert ("DOC003", 12) in by_file["flash_attn.flash_attn_interface.flash_attn_func.md"]  # full-width comma
    assert ("DOC005", 19) in by_file["torch.DoubleTensor.md"]  # no row for data
    assert ("DOC002", 6) in by_file["torch.fft.rfft.md"]  # dim=(-2, -1) copied from rfft2
    # the third-party doc whose signature is *kwargs gets no flood of unknown-row findings
    assert not any(r == "DOC005" and "does not have" in f.message for f in report.findings
                   for r in [f.rule] if f.path.endswith("GenerationConfig.md"))


def test_signature_comparison_kinds():
    sig = S.Sig([S.Param("input"), S.Param("upper", default="0.3333333333333333"), S.Param("out", S.KW_ONLY, "None")],
                "inspect")
    doc = [S.Param("input"), S.Param("upper", default="1.0 / 3")]
    diffs = V.compare_signature(doc, sig)
    assert [(d.kind, d.severity) for d in diffs] == [(V.DRIFT, V.WARNING)]  # out: doc outdated; 1.0 / 3 equals
    diffs = V.compare_signature([S.Param("inputs"), S.Param("upper", default="0.5")], sig)
    assert {d.kind for d in diffs} == {V.DRIFT, V.DOC_ERROR}
    assert any("inputs" in d.message for d in diffs) and any("default 0.5" in d.message for d in diffs)


def test_apply_fixes_skips_overlaps():
    lines = ["a", "b", "c"]
    out, done = V.apply_fixes(lines, [V.Fix(2, 2, ("B",), "x"), V.Fix(2, 3, ("Z",), "y"), V.Fix(4, 3, ("d",), "append")])
    assert out == ["a", "B", "c", "d"] and [f.description for f in done] == ["x", "append"]


def test_cli_json_and_rule_filter(capsys):
    from paddlecamp.cli import main
    rc = main(["convert", "validate-docs", str(BROKEN), "--json", "--rule", "DOC007", "--no-progress"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 1 and data["by_rule"] == {"DOC000": 1, "DOC007": 1}
    assert data["findings"][1]["fix"]["lines"][0].startswith("### [torch.det](https://pytorch.org/")
    assert main(["convert", "validate-docs", str(BROKEN / "nope")]) == 2


def test_cli_fix_in_a_copy(tmp_path, capsys):
    from paddlecamp.cli import main
    for name in EXPECTED:
        shutil.copy(BROKEN / name, tmp_path / name)
    rc = main(["convert", "validate-docs", str(tmp_path), "--fix", "--no-progress"])
    out = capsys.readouterr().out
    assert rc == 1  # the ambiguous ones stay
    left = sorted(line.split(":")[0].rsplit("/", 1)[-1] for line in out.splitlines() if ".md:" in line)
    assert left == sorted(n for n, e in EXPECTED.items() if not e["fixable"])


def test_generated_docs_of_the_table_pass():
    """The TABLE helper's docs (paddlecamp.convert.table.render_doc) parse and raise no error."""
    table = pytest.importorskip("paddlecamp.convert.table")
    from paddlecamp.convert import categories as C
    mapping = V.mapping()
    for api in ("torch.get_default_dtype", "torch.diag_embed", "torch.det", "torch.nn.ZeroPad2d",
                "torch.nn.functional.affine_grid", "torch.autograd.functional.jvp", "torch.distributions.Beta",
                "torch.abs", "torch.transpose"):
        doc = mapdoc.parse(table.render_doc(C.analyse(api, mapping[api], execute=False)), path=api + ".md")
        errors = [f.format() for f in V.validate_doc(doc)[0] if f.severity == V.ERROR]
        assert errors == [], api
