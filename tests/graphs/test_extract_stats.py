"""Extraction (graph breaks, dynamic dims, meta vs data) and op statistics."""
from __future__ import annotations

import torch
import torch.nn as nn

from paddlecamp.graphs.extract import extract
from paddlecamp.graphs.parse import parse_model
from paddlecamp.graphs.roundtrip import roundtrip_sample
from paddlecamp.graphs.sample import read_sample
from paddlecamp.graphs.stats import graph_stats


class Breaking(nn.Module):
    def __init__(self):
        super().__init__()
        self.a, self.b = nn.Linear(16, 16), nn.Linear(16, 4)

    def forward(self, x):
        h = torch.relu(self.a(x))
        if h.sum() > 0:  # data-dependent: graph break
            h = h * 2
        return self.b(h)


def test_extract_graph_break_writes_subgraphs(tmp_path):
    torch.manual_seed(0)
    paths = extract(Breaking(), (torch.randn(2, 16),), tmp_path / "m", name="breaking")
    assert [p.name for p in paths] == ["subgraph_0", "subgraph_1"]
    s0 = read_sample(paths[0])
    assert s0.graph_net["num_subgraphs"] == 2 and s0.hash_is_current()
    metas = s0.all_meta()
    w = metas["L_self_modules_a_parameters_weight_"]
    # 256 elements > data limit: stored as mean/std only.
    assert w.data is None and w.std is not None and w in s0.weight_meta
    assert metas["L_x_"] in s0.input_meta
    b = metas["L_self_modules_a_parameters_bias_"]
    assert b.data is not None and len(b.data) == 16
    for p in paths:
        assert roundtrip_sample(p).ok


def test_extract_dynamic_writes_constraints(tmp_path):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 8), nn.GELU())
    [path] = extract(model, (torch.randn(3, 8),), tmp_path / "d", dynamic=True)
    s = read_sample(path)
    assert s.constraints is not None
    shapes = dict((name, shape) for shape, name in s.constraints.input_shapes)
    assert shapes["L_args_0_"][0] in s.constraints.symbols
    assert s.constraints.example_values[shapes["L_args_0_"][0]] == 3
    assert roundtrip_sample(path).ok


def test_stats_counts_patterns():
    src = ("class GraphModule(torch.nn.Module):\n    def forward(self, x, w):\n"
           "        l = torch.nn.functional.linear(x, w)\n"     # matmul with one elementwise user: epilogue
           "        a = torch.relu(l)\n        b = a * 2.0\n        c = b + 1.0\n"  # chain relu-mul-add (3 ops)
           "        s = c.sum(-1)\n"                              # reduction fed by elementwise
           "        v = s.view(-1)\n        p = v.unsqueeze(0)\n"  # 2 layout ops
           "        return (p,)\n")
    st = graph_stats(parse_model(src))
    assert st.nodes == 7
    assert st.ops["linear"] == 1 and st.ops["relu"] == 1 and st.ops["view"] == 1
    assert st.elementwise_chains == 1 and st.chain_ops == 3
    assert st.matmul_epilogues == 1 and st.reduction_elementwise == 1 and st.layout_ops == 2


def test_cli_extract_user_file_dtype_and_stats(tmp_path, capsys):
    import json

    from paddlecamp.cli import main

    f = tmp_path / "mymodel.py"
    f.write_text("import torch\ndef build():\n    torch.manual_seed(0)\n"
                 "    return torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU()), (torch.randn(2, 4),)\n")
    assert main(["graphs", "extract", f"{f}:build", "--out", str(tmp_path / "s")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "s")
    assert main(["graphs", "dtype", str(tmp_path / "s"), "--to", "bfloat16", "--out", str(tmp_path / "low"), "--json"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    d = json.loads(line)
    assert d["ok"] is True and d["dtype"] == "bfloat16" and d["min_t"] <= 1
    assert read_sample(tmp_path / "low" / "s_bfloat16").graph_net["dtype_generalization_generated"] is True
    assert main(["graphs", "stats", str(tmp_path / "s"), "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["ops"] == {"linear": 1, "relu": 1} and st["matmul_epilogues"] == 1
    assert main(["graphs", "extract", "no_such_model", "--out", str(tmp_path / "x")]) == 2
    assert main(["graphs", "extract", str(tmp_path / "missing.py") + ":build", "--out", str(tmp_path / "x")]) == 2
