"""The parser: GraphNet's failure classes survive exactly, and nothing in a sample ever runs."""
from __future__ import annotations

import operator
import os

import pytest
import torch
import torch.fx as fx

from paddlecamp.graphs.equal import graph_equal
from paddlecamp.graphs.parse import ParseError, parse_model, placeholders
from paddlecamp.graphs.sample import read_sample
from paddlecamp.graphs.serialize import serialize


def _wrap(body: str, args: str = "L_x_ : torch.Tensor") -> str:
    lines = "".join(f"        {line}\n" for line in body.strip().splitlines())
    return f"class GraphModule(torch.nn.Module):\n    def forward(self, {args}):\n{lines}"


def _targets(g: fx.Graph) -> list:
    return [n.target for n in g.nodes if n.op in ("call_function", "call_method")]


def test_failure_class_fixture_parses_to_the_expected_graph(fixtures):
    s = read_sample(fixtures / "failure_classes")
    g = parse_model(s.model_source, s.model_file)
    phs = placeholders(g)
    # Placeholders in signature order; dynamo's `l_x_ = L_x_` renames keep the target.
    assert [p.target for p in phs] == ["L_self_modules_fc_parameters_weight_",
                                       "L_self_modules_fc_parameters_bias_", "s1", "L_x_"]
    assert [p.name for p in phs] == ["l_self_modules_fc_parameters_weight_",
                                     "l_self_modules_fc_parameters_bias_", "s1", "l_x_"]
    assert phs[2].type is torch.SymInt and phs[0].type is torch.nn.parameter.Parameter
    nodes = {n.name: n for n in g.nodes}
    # x += x stays in-place, named by the alias that follows it.
    assert nodes["y_1"].target is operator.iadd and nodes["y_1"].args == (nodes["y"], nodes["y"])
    # Item assignment is a setitem node on y_1 with the constant tensor as value.
    assert nodes["setitem"].target is operator.setitem
    assert nodes["setitem"].args[0] is nodes["y_1"] and nodes["setitem"].args[2] is nodes["tensor"]
    # Constant factory calls are graph nodes, not lost attributes.
    assert nodes["tensor"].target is torch.tensor and nodes["tensor"].args == (1.0,)
    assert nodes["scale"].target is torch.full and nodes["pos"].kwargs == {"dtype": torch.float32}
    # The private pad keeps its spelling and its object.
    assert nodes["z"].target is torch._C._nn.pad and nodes["z"].meta["spelling"] == "torch._C._nn.pad"
    # Shape arithmetic stays symbolic.
    assert nodes["mul_1"].target is operator.mul and nodes["mul_1"].args == (nodes["getitem"], 7)


def test_serialize_is_exact_inverse_and_fixed_point(fixtures):
    src = read_sample(fixtures / "failure_classes").model_source
    g1 = parse_model(src)
    t1 = serialize(g1)
    g2 = parse_model(t1)
    assert graph_equal(g1, g2).equal
    assert serialize(g2) == t1
    assert "y += y;  y_1 = y" in t1
    assert "y_1[(slice(None, None, None), 0)] = tensor;  setitem = y_1" in t1
    assert "torch._C._nn.pad(add, (1, 2), 'constant', None)" in t1


def test_public_spelling_is_kept():
    g = parse_model(_wrap("p = torch.nn.functional.pad(L_x_, (1, 1))\nreturn (p,)"))
    assert "torch.nn.functional.pad(L_x_, (1, 1))" in serialize(g)


def test_inplace_on_a_value_used_later_is_written_as_a_call():
    # `a += 1; b = a` would rebind `a`; the later use of the original must keep its edge.
    g = fx.Graph()
    x = g.placeholder("x")
    a = g.call_function(torch.relu, (x,))
    b = g.call_function(operator.iadd, (a, 1))
    c = g.call_function(operator.add, (a, b))
    g.output((c,))
    text = serialize(g)
    assert "iadd = operator.iadd(relu, 1)" in text and "import operator" in text
    g2 = parse_model(text)
    assert graph_equal(g, g2).equal


@pytest.mark.parametrize("body, name", [
    ("y = os.system('touch pwned')\nreturn (y,)", "'os'"),
    ("y = __import__('os')\nreturn (y,)", "'__import__'"),
    ("y = open('f', 'w')\nreturn (y,)", "'open'"),
    ("y = eval('1')\nreturn (y,)", "'eval'"),
    ("y = torch.load('f')\nreturn (y,)", "'torch.load'"),
    ("torch.save(L_x_, 'f')\nreturn (L_x_,)", "'torch.save'"),
    ("y = torch.utils.data\nreturn (y,)", "'torch.utils'"),
    ("y = L_x_.register_hook(L_x_)\nreturn (y,)", "'register_hook'"),
    ("y = L_x_.__class__\nreturn (y,)", "'__class__'"),
    ("y = torch._C._get_tracing_state()\nreturn (y,)", "'torch._C._get_tracing_state'"),
    ("y = torch.ops.aten._to_copy\nreturn (y,)", "torch.ops.aten._to_copy"),
])
def test_disallowed_names_are_rejected_with_line(body, name):
    with pytest.raises(ParseError) as info:
        parse_model(_wrap(body), "model.py")
    assert name in str(info.value)
    assert info.value.line == 3 and info.value.file == "model.py"


@pytest.mark.parametrize("src, words, line", [
    ("class GraphModule(torch.nn.Module):\n    def forward(self, x):\n        return (x,\n", "malformed Python", 3),
    (_wrap("if L_x_.sum() > 0:\n    y = L_x_\nreturn (L_x_,)"), "unsupported statement If", 3),
    (_wrap("y = lambda: 1\nreturn (y,)"), "unsupported expression Lambda", 3),
    (_wrap("y = [i for i in L_x_]\nreturn (y,)"), "unsupported expression ListComp", 3),
    (_wrap("L_x_.a = L_x_\nreturn (L_x_,)"), "unsupported assignment target Attribute", 3),
    (_wrap("y = L_x_ + 1"), "no return statement", 2),
    ("import os\n" + _wrap("return (L_x_,)"), "import of 'os' is not allowed", 1),
    (_wrap("return (L_x_,)", "L_x_ : os.PathLike"), "annotation 'os.PathLike' is not allowed", 2),
    ("x = 1\n" + _wrap("return (L_x_,)"), "unsupported top-level statement Assign", 1),
    ("class GraphModule(torch.nn.Module):\n    def helper(self):\n        pass\n", "unsupported class member", 2),
])
def test_bad_python_is_rejected_with_line(src, words, line):
    with pytest.raises(ParseError) as info:
        parse_model(src, "model.py")
    assert words in str(info.value)
    assert info.value.line == line


def test_hostile_sample_is_never_executed(fixtures, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = read_sample(fixtures / "hostile").model_source
    with pytest.raises(ParseError) as info:
        parse_model(src, "model.py")
    assert info.value.line == 2
    assert not os.path.exists("HOSTILE_MARKER")
    # The forward body alone (without the top-level write) is rejected at `print`, unrun.
    body_only = src.replace('open("HOSTILE_MARKER", "w").write("model.py was executed")\n', "")
    with pytest.raises(ParseError, match="'print'"):
        parse_model(body_only, "model.py")
    assert capsys.readouterr().out == ""
    assert not os.path.exists("HOSTILE_MARKER")


def test_getattr_getitem_and_constants():
    g = parse_model(_wrap(
        "s = L_x_.shape\nn = s[-1]\nd = L_x_.to(device(type='cpu'), dtype = torch.float16)\n"
        "m = d.masked_fill(d > 0, -float('inf'))\nk = m[..., None, 1:n:2]\nreturn (k, inf, nan)"))
    names = {n.name: n for n in g.nodes}
    assert names["s"].target is getattr and names["s"].args[1] == "shape"
    assert names["d"].args[1] == torch.device("cpu") and names["d"].kwargs["dtype"] is torch.float16
    assert names["m"].args[2] == float("-inf")
    assert names["k"].args[1] == (Ellipsis, None, slice(1, names["n"], 2))
    t = serialize(g)
    assert graph_equal(g, parse_model(t)).equal and serialize(parse_model(t)) == t
