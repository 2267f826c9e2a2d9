"""graph_equal reports the first difference."""
from __future__ import annotations

import operator

import torch
import torch.fx as fx

from paddlecamp.graphs.equal import graph_equal


def _graph(op=operator.add, swap=False, ph_name="x", const=1.0):
    g = fx.Graph()
    x = g.placeholder(ph_name)
    y = g.placeholder("y")
    a = g.call_function(op, (y, x) if swap else (x, y))
    b = g.call_method("mul", (a, const))
    g.output((b,))
    return g


def test_equal_graphs():
    assert graph_equal(_graph(), _graph()).equal


def test_inplace_versus_out_of_place_differs():
    d = graph_equal(_graph(operator.add), _graph(operator.iadd))
    assert not d.equal and d.node_index == 2 and "target" in d.difference


def test_rewired_arguments_differ():
    d = graph_equal(_graph(), _graph(swap=True))
    assert not d.equal and "args" in d.difference


def test_placeholder_names_differ():
    d = graph_equal(_graph(), _graph(ph_name="z"))
    assert not d.equal and d.difference.startswith("placeholder 0")


def test_constants_compared_bitwise():
    assert not graph_equal(_graph(const=0.0), _graph(const=-0.0)).equal
    assert graph_equal(_graph(const=float("nan")), _graph(const=float("nan"))).equal
    assert not graph_equal(_graph(const=1), _graph(const=1.0)).equal


def test_extra_node_reported():
    g = _graph()
    out = [n for n in g.nodes if n.op == "output"][0]
    with g.inserting_before(out):
        g.call_function(torch.relu, (out.args[0][0],))
    d = graph_equal(_graph(), g)
    assert not d.equal
