"""``paddlecamp apicompat audit``: signature extraction, classification on real torch/paddle
pairs (facts checked against the objects themselves), the scoreboard and the CLI."""
from __future__ import annotations

import inspect
import json

import pytest

from paddlecamp.apicompat import audit as A
from paddlecamp.apicompat import signatures as S

torch, paddle = A._frameworks()


def _names(sig: S.Sig) -> list[str]:
    return [p.name for p in sig.params]


def _rec(api: str) -> dict:
    return A.audit_one(api, A.paconvert_mapping().get(api))


@pytest.fixture(scope="module")
def full():
    return A.run_audit()


# --- extraction -------------------------------------------------------------------------------

def test_torch_abs_from_its_docstring():
    with pytest.raises((TypeError, ValueError)):
        inspect.signature(torch.abs)  # a builtin: the docstring is all there is
    assert torch.abs.__doc__.strip().startswith("abs(")
    sig = A.torch_signature("torch.abs", torch.abs, None)
    assert sig.source == "docstring"
    assert _names(sig) == ["input", "out"]
    assert [p.kind for p in sig.params] == [S.POS, S.KW_ONLY]
    assert sig.params[1].default == "None"  # `out: Optional[Tensor]` is optional
    assert sig.render() == "(input, *, out=None)"


def test_paddle_python_function_via_inspect():
    sig = A.paddle_signature("paddle.nn.functional.relu", paddle.nn.functional.relu)
    assert sig.source == "inspect"
    assert _names(sig) == list(inspect.signature(paddle.nn.functional.relu).parameters)


def test_tensor_add_without_self():
    t = A.torch_signature("torch.Tensor.add", torch.Tensor.add, None)
    assert t.render() == "(other, *, alpha=1)"
    p = A.paddle_signature("paddle.Tensor.add", paddle.Tensor.add)
    full_names = list(inspect.signature(paddle.Tensor.add).parameters)
    assert _names(p) == full_names[1:]  # the tensor itself (x) is dropped


def test_overloads_keep_the_longest():
    sig = S.from_docstring(torch.max, "torch.max")
    assert sig.overloads >= 2
    assert _names(sig)[:3] == ["input", "dim", "keepdim"]


def test_parse_params_torch_forms():
    ps = S.parse_params("*size, *, out=None, dtype=None, layout=torch.strided")
    assert [(p.name, p.kind) for p in ps] == [("size", S.VAR_POS), ("out", S.KW_ONLY), ("dtype", S.KW_ONLY),
                                             ("layout", S.KW_ONLY)]
    assert ps[3].default == "torch.strided"
    ps = S.parse_params("input, dims=(0, 1), k: int = 1, /")
    assert [(p.name, p.kind, p.default) for p in ps] == [("input", S.POS_ONLY, None), ("dims", S.POS_ONLY, "(0, 1)"),
                                                        ("k", S.POS_ONLY, "1")]
    assert S.parse_params("(((") is None or S.parse_params("(((") == []


def test_aten_schema_fallback():
    sig = S.from_schema("torch.index_fill")
    assert _names(sig) == ["input", "dim", "index", "value"]
    assert S.from_schema("torch.Tensor.bitwise_or_").render() == "(other)"


def test_aliases_from_decorator_closures_and_docstrings():
    aliases, decorators = S.paddle_aliases(paddle.linalg.norm)
    assert "ParamAliasDecorator" in decorators
    assert aliases.get("ord") == "p" and aliases.get("dim") == "axis"
    aliases, _ = S.paddle_aliases(paddle.Tensor.add)
    assert aliases.get("other") == "y"
    doc = """Args:
        x (Tensor): the input, alias: ``input``.
        axis (int, optional): the axis.
            alias: ``dim``.
    """
    assert S._doc_aliases(doc) == {"input": "x", "dim": "axis"}


# --- classification ---------------------------------------------------------------------------

def _sig(text: str) -> S.Sig:
    return S.Sig(S.parse_params(text), "test")


@pytest.mark.parametrize("torch_text, paddle_text, aliases, category", [
    ("input, dim=0", "input, dim=0, name=None", {}, A.SAME),
    ("input, dim=0", "x, axis=0", {"input": "x", "dim": "axis"}, A.SAME),
    ("input, dim=0", "x, axis=0", {}, A.NAMES),
    ("input, dim=0", "input, dim=0, keep=False", {}, A.PADDLE_MORE),
    ("input, dim=0, *, out=None", "input, dim=0", {}, A.TORCH_MORE),
    ("input, dim=0, keepdim=False", "input, keepdim=False, dim=0", {}, A.ORDER),
    ("input, keepdim=False", "input, keepdim=True", {}, A.DEFAULTS),
    ("input, dim=0", "input, dim", {}, A.USAGE),
    ("input, alpha=1", "input, *, alpha=1", {}, A.USAGE),
    ("*size", "shape", {}, A.USAGE),
])
def test_compare_categories(torch_text, paddle_text, aliases, category):
    assert A.compare(_sig(torch_text), _sig(paddle_text), aliases).category == category


def test_compare_pairs_through_paconvert_renames():
    t, p = _sig("input, dim=0, keepdim=False"), _sig("x, keepdim=False, axis=0")
    by_position = A.compare(t, p)  # dim would pair with keepdim by position
    assert "name dim -> keepdim" not in by_position.diffs or by_position.category != A.SAME
    r = A.compare(t, p, renames={"input": "x", "dim": "axis"})
    assert r.category == A.ORDER
    assert "name dim -> axis" in r.diffs and "dim at position 1 in torch, 2 in paddle" in r.diffs


def test_max_dim_versus_axis():
    """torch.max takes dim (docstring), paddle.max takes axis and accepts no dim alias."""
    assert "axis" in inspect.signature(paddle.max).parameters
    assert "dim" not in inspect.signature(paddle.max).parameters
    assert "dim" in S.from_docstring(torch.max, "torch.max").render()
    r = _rec("torch.max")
    assert "name dim -> axis" in r["diffs"]
    assert r["category"] not in A.COMPATIBLE
    assert r["paconvert"]["paddle_api"] == "paddle.compat.max"


def test_missing_in_paddle():
    assert not hasattr(paddle, "optim")
    r = _rec("torch.optim.SGD")
    assert r["category"] == A.MISSING and r["paddle"] == "paddle.optim.SGD"


def test_identical_pair():
    sig = inspect.signature
    assert list(sig(torch.cuda.manual_seed).parameters) == list(sig(paddle.cuda.manual_seed).parameters) == ["seed"]
    assert _rec("torch.cuda.manual_seed")["category"] == A.SAME
    r = _rec("torch.abs")  # input is paddle's documented alias of x; paddle's name=None does not count
    assert r["category"] == A.SAME and "alias input->x" in r["notes"]


def test_property_versus_method():
    assert isinstance(inspect.getattr_static(paddle.Tensor, "size"), property) or not callable(
        inspect.getattr_static(paddle.Tensor, "size"))
    assert _rec("torch.Tensor.size")["category"] == A.USAGE


# --- the audit as a whole ---------------------------------------------------------------------

def test_scoreboard_totals(full):
    n = len(full["apis"])
    assert n == full["meta"]["n_apis"] > 1500
    assert len({r["api"] for r in full["apis"]}) == n
    table = full["summary"]["by_namespace"]
    assert sum(table["all"].values()) == n
    assert sum(sum(row.values()) for ns, row in table.items() if ns != "all") == n
    for c in A.CATEGORIES:
        assert table["all"][c] == sum(r["category"] == c for r in full["apis"])
    md = A.markdown(full)
    assert f"| {n} |" in md


def test_api_filter():
    glob = A.run_audit("torch.nn.functional.re*")
    assert glob["apis"] and all(r["api"].startswith("torch.nn.functional.re") for r in glob["apis"])
    sub = A.run_audit("linalg.")
    assert sub["apis"] and all("linalg." in r["api"] for r in sub["apis"])
    assert {r["ns"] for r in sub["apis"]} <= {"torch.linalg"}


def test_cli(tmp_path, capsys):
    from paddlecamp.cli import main
    out, md = tmp_path / "a.json", tmp_path / "a.md"
    assert main(["apicompat", "audit", "--api", "torch.abs", "--json", str(out), "--md", str(md)]) == 0
    data = json.loads(out.read_text())
    assert [r["api"] for r in data["apis"]] == ["torch.abs"]
    assert data["apis"][0]["category"] == A.SAME
    assert data["meta"]["n_apis"] == 1
    assert "torch.abs" in md.read_text()
    printed = capsys.readouterr().out
    assert "namespace" in printed and " s" in printed
