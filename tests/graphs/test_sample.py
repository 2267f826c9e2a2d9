"""Sample I/O: GraphNet's meta layout, and bad input reported with file and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from paddlecamp.graphs.sample import (
    Constraints, SampleError, TensorMeta, format_constraints, format_meta, model_hash, parse_constraints,
    parse_meta, read_sample, write_sample,
)

META = '''class Program_weight_tensor_meta_L_x_:
\tname = "L_x_"
\tshape = [2, 3]
\tdtype = "torch.float32"
\tdevice = "cuda:0"
\tmean = 0.5
\tstd = 0.25
\tdata = None

class Program_weight_tensor_meta_s1:
\tname = "s1"
\tshape = []
\tdtype = "torch.int64"
\tdevice = "cpu"
\tmean = None
\tstd = None
\tdata = [0]
'''


def test_parse_meta_reads_graphnet_layout():
    metas = parse_meta(META)
    assert [m.name for m in metas] == ["L_x_", "s1"]
    assert metas[0].shape == [2, 3] and metas[0].dtype == "torch.float32" and metas[0].device == "cuda:0"
    assert metas[0].mean == 0.5 and metas[0].std == 0.25 and metas[0].data is None
    assert metas[1].shape == [] and metas[1].data == [0]


def test_format_meta_round_trips():
    metas = parse_meta(META)
    text = format_meta(metas)
    assert parse_meta(text) == metas
    assert "\tname = \"L_x_\"" in text and text.startswith("class Program_weight_tensor_meta_L_x_:")


@pytest.mark.parametrize("text, line, words", [
    ("class A:\n\tname = \"x\"\n\tshape = [2\n", 3, "malformed Python"),
    (META.replace('"torch.float32"', '"torch.float33"'), 4, "unknown dtype string 'torch.float33'"),
    (META.replace("data = [0]", "data = [0, 1]"), 17, "data has 2 values"),
    (META.replace("shape = [2, 3]", "shape = [2, -3]"), 3, "shape must be a list of non-negative ints"),
    (META.replace("\tdata = None\n", "\tdata = __import__('os')\n"), 8, "not a literal value"),
    ("import os\nos.system('true')\n", 2, "unexpected Expr statement"),
    (META + META.split("\n\n")[0], 18, "described twice"),
])
def test_bad_meta_names_file_and_line(text, line, words):
    with pytest.raises(SampleError) as info:
        parse_meta(text, "weight_meta.py")
    assert info.value.line == line, str(info.value)
    assert words in str(info.value)
    assert str(info.value).startswith(f"weight_meta.py:{line}:")


def test_missing_meta_is_an_error(tmp_path):
    (tmp_path / "model.py").write_text("class GraphModule(torch.nn.Module):\n    pass\n")
    with pytest.raises(SampleError, match="no weight_meta.py or input_meta.py"):
        read_sample(tmp_path)


def test_missing_model_is_an_error(tmp_path):
    with pytest.raises(SampleError, match="missing model.py"):
        read_sample(tmp_path)


def test_write_then_read(tmp_path):
    w = [TensorMeta("w", [4, 4], mean=0.0, std=1.0)]
    i = [TensorMeta("x", [2, 4], data=[0.5] * 8), TensorMeta("n", [], "torch.int64", data=[3])]
    c = Constraints(["S0"], {"S0": 2}, [], [(["S0", 4], "x")])
    src = "class GraphModule(torch.nn.Module):\n    def forward(self, w, x, n):\n        return (x,)\n"
    write_sample(tmp_path / "s", src, w, i, {"source": "test"}, c)
    s = read_sample(tmp_path / "s")
    assert s.weight_meta == w and s.input_meta == i
    assert s.graph_net["framework"] == "torch" and s.graph_net["source"] == "test"
    assert s.graph_hash == model_hash(src) and s.hash_is_current()
    import hashlib
    assert s.graph_hash == hashlib.sha256(src.encode()).hexdigest()
    assert s.constraints == c


def test_constraints_inconsistent_with_meta(tmp_path):
    metas = {"x": TensorMeta("x", [2, 4])}
    good = format_constraints(Constraints(["S0"], {"S0": 2}, [], [(["S0", 4], "x")]))
    assert parse_constraints(good, "c.py", metas).input_shapes == [(["S0", 4], "x")]
    bad_value = good.replace("{S0: 2}", "{S0: 5}")
    with pytest.raises(SampleError, match="gives 5 where meta shape"):
        parse_constraints(bad_value, "c.py", metas)
    bad_name = good.replace('"x"', '"y"')
    with pytest.raises(SampleError, match="which no meta file describes"):
        parse_constraints(bad_name, "c.py", metas)
    bad_rank = good.replace("[S0, 4]", "[S0, 4, 1]")
    with pytest.raises(SampleError, match="has rank 3"):
        parse_constraints(bad_rank, "c.py", metas)
    hostile = good.replace("from sympy import", "from os import system  #")
    with pytest.raises(SampleError) as info:
        parse_constraints(hostile, "c.py", metas)
    assert info.value.line == 1


def test_published_layout_everything_in_weight_meta(fixtures):
    s = read_sample(fixtures / "failure_classes")
    assert s.input_meta == []
    assert {"s1", "L_x_"} <= set(s.all_meta())


def test_framework_comes_from_the_nearest_graph_net_json(tmp_path):
    from paddlecamp.graphs.sample import sample_framework

    outer = tmp_path / "utc-base"
    nested = outer / "shape_patches_x"
    nested.mkdir(parents=True)
    (outer / "graph_net.json").write_text('{"framework": "paddle"}')
    assert sample_framework(nested) == "paddle"
    (nested / "graph_net.json").write_text('{"framework": "torch"}')
    assert sample_framework(nested) == "torch"
    assert sample_framework(tmp_path) == "torch"
