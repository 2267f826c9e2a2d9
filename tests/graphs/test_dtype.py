"""dtype generalization: GraphNet's tolerance formula, AMP rules, failure reasons, passes field."""
from __future__ import annotations

import json
import shutil

import pytest
import torch

from paddlecamp.graphs.dtype import PASSES_KEY, generalize_sample, smallest_passing_t, tolerance
from paddlecamp.graphs.parse import parse_model
from paddlecamp.graphs.sample import TensorMeta, read_sample, write_sample


def test_tolerance_formula():
    # rtol = 10**(t*a), atol = 10**(t*b): fp16 (3/5, 1), bf16 (1.796/5, 1); 3 significant digits.
    assert tolerance(1, "float16") == (3.98, 10.0)
    assert tolerance(-5, "float16") == (0.001, 1e-05)
    assert tolerance(-5, "bfloat16") == (0.016, 1e-05)
    assert tolerance(-3, "float16") == (0.0158, 0.001)
    assert tolerance(0, "bfloat16") == (1.0, 1.0)


def test_smallest_t():
    ref = torch.tensor([1.0, 2.0, 3.0])
    assert smallest_passing_t(ref, ref.clone(), "float16")[0] == -10
    t, reason, mabs, _ = smallest_passing_t(ref, ref + 0.01, "float16")
    # |d| = 0.01 <= atol + rtol*|ref|: at t=-2 atol=0.01 passes; at t=-3 0.001+0.0158*1 = 0.0168 also passes.
    assert t == -3 and reason is None and abs(mabs - 0.01) < 1e-6
    t, reason, _, _ = smallest_passing_t(ref, torch.tensor([1.0, float("inf"), 3.0]), "float16")
    assert t is None and "overflow" in reason


def test_corpus_sample_generalizes(corpus, tmp_path):
    src = tmp_path / "bert"
    shutil.copytree(corpus / "bert_tiny", src)
    gn = json.loads((src / "graph_net.json").read_text())
    gn.pop(PASSES_KEY, None)
    (src / "graph_net.json").write_text(json.dumps(gn))
    out = tmp_path / "bert_fp16"
    r = generalize_sample(src, "float16", out, update_source=True)
    assert r.ok and r.min_t is not None and -6 <= r.min_t <= 1, r
    low = read_sample(out)
    dtypes = {m.name: m.dtype for m in low.all_meta().values()}
    assert dtypes["L_self_modules_embeddings_modules_word_embeddings_parameters_weight_"] == "torch.float16"
    # LayerNorm weights feed a norm: kept fp32.
    ln = [n for n in dtypes if "LayerNorm_parameters_weight" in n]
    assert ln and all(dtypes[n] == "torch.float32" for n in ln)
    assert dtypes["L_args_0_"] == "torch.int64"  # input ids stay integer
    assert low.graph_net["dtype_generalization_target_dtype"] == "float16"
    assert low.hash_is_current()
    g = parse_model(low.model_source)
    assert any(n.op == "call_method" and n.target == "to" and n.args[1] is torch.float16 for n in g.nodes)
    assert json.loads((src / "graph_net.json").read_text())[PASSES_KEY] == ["dtype_generalization_pass_float16"]


def test_overflow_sample_fails_with_reason(tmp_path):
    src = ("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_x_ : torch.Tensor, L_w_ : torch.Tensor):\n"
           "        y = torch.matmul(L_x_, L_w_)\n        z = y * 70000.0\n        return (z,)\n")
    write_sample(tmp_path / "s", src, [TensorMeta("L_w_", [4, 4], mean=1.0, std=0.1)],
                 [TensorMeta("L_x_", [2, 4], mean=1.0, std=0.1)])
    r = generalize_sample(tmp_path / "s", "float16", update_source=True)
    assert not r.ok and "overflow" in r.reason
    r = generalize_sample(tmp_path / "s", "bfloat16", update_source=True)
    assert r.ok
    passes = json.loads((tmp_path / "s" / "graph_net.json").read_text())[PASSES_KEY]
    assert passes == ["dtype_generalization_pass_bfloat16"]


def test_bad_target():
    with pytest.raises(ValueError):
        generalize_sample("x", "float8")


def test_cuda_extracted_sample_generalizes_on_cpu(tmp_path):
    src = ("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_x_ : torch.Tensor, L_w_ : torch.Tensor):\n"
           "        b = torch.ones(4, device = device(type='cuda', index=0))\n"
           "        y = torch.nn.functional.linear(L_x_, L_w_, b)\n        return (torch.softmax(y, -1),)\n")
    write_sample(tmp_path / "s", src, [TensorMeta("L_w_", [4, 4], device="cuda:0", mean=0.0, std=0.5)],
                 [TensorMeta("L_x_", [2, 4], device="cuda:0", mean=0.0, std=1.0)])
    r = generalize_sample(tmp_path / "s", "float16", tmp_path / "out")
    assert r.ok, r.reason
    # The written sample keeps its original device constant.
    assert "device(type='cuda'" in read_sample(tmp_path / "out").model_source or \
        "torch.device('cuda', 0)" in read_sample(tmp_path / "out").model_source


def test_constant_reference_is_inconclusive_not_a_pass():
    """Outputs that are constant in fp32 (a zeroed path) say nothing about precision."""
    from paddlecamp.graphs.check import classify
    from paddlecamp.graphs.dtype import INCONCLUSIVE, smallest_passing_t

    zeros = (torch.zeros(2, 3),)
    t, reason, _, _ = smallest_passing_t(zeros, (torch.zeros(2, 3, dtype=torch.float16),), "float16")
    assert t is None and reason == INCONCLUSIVE
    assert classify(reason) == "dtype:inconclusive"
    x = torch.linspace(-1, 1, 6)
    t, reason, _, _ = smallest_passing_t((x,), (x.half(),), "float16")
    assert reason is None and t is not None and t <= 1


@pytest.mark.parametrize("target", ["float16", "bfloat16"])
def test_prelu_after_a_batch_norm_runs_in_one_dtype(tmp_path, target):
    """A batch norm runs in fp32; prelu does not promote, so its fp32 input and low-precision
    weight must be cast to one dtype (the published mmseg/CGNet failed: "Got Float and Half")."""
    src = ("import torch\n\nclass GraphModule(torch.nn.Module):\n"
           "    def forward(self, L_x_ : torch.Tensor, L_m_ : torch.Tensor, L_v_ : torch.Tensor, L_a_ : torch.Tensor):\n"
           "        y = torch.batch_norm(L_x_, None, None, L_m_, L_v_, False, 0.1, 1e-05, False)\n"
           "        z = torch.prelu(y, L_a_)\n        return (z,)\n")
    write_sample(tmp_path / "s", src,
                 [TensorMeta("L_m_", [3], mean=0.0, std=0.1), TensorMeta("L_v_", [3], mean=1.0, std=0.1),
                  TensorMeta("L_a_", [3], mean=0.25, std=0.05)],
                 [TensorMeta("L_x_", [2, 3, 4, 4], mean=0.0, std=1.0)])
    r = generalize_sample(tmp_path / "s", target, tmp_path / "out")
    assert r.ok, r.reason
    g = parse_model(read_sample(tmp_path / "out").model_source)
    prelu = next(n for n in g.nodes if n.op == "call_function" and n.target is torch.prelu)
    assert all(a.op == "call_method" and a.target == "to" and a.args[1] is getattr(torch, target)
               for a in prelu.args)


@pytest.mark.parametrize("target", ["float16", "bfloat16"])
def test_multi_head_attention_after_a_layer_norm_runs_in_one_dtype(tmp_path, target):
    """``nn.MultiheadAttention`` traces to one ``multi_head_attention_forward`` call: a layer
    norm's fp32 output and the low-precision projection weights must meet in one dtype
    (the published mmseg/SegFormer_B3 failed: "mat1 and mat2 must have the same dtype")."""
    import torch.nn.functional as F

    src = ("import torch\n\nclass GraphModule(torch.nn.Module):\n"
           "    def forward(self, L_x_ : torch.Tensor, L_g_ : torch.Tensor, L_b_ : torch.Tensor, "
           "L_w_ : torch.Tensor, L_wb_ : torch.Tensor, L_o_ : torch.Tensor, L_ob_ : torch.Tensor):\n"
           "        y = torch.nn.functional.layer_norm(L_x_, (8,), L_g_, L_b_, 1e-06)\n"
           "        a = torch.nn.functional.multi_head_attention_forward(y, y, y, 8, 2, L_w_, L_wb_, None, None, "
           "False, 0.0, L_o_, L_ob_, training=False, key_padding_mask=None, need_weights=False, "
           "attn_mask=None)\n        return (a[0],)\n")
    write_sample(tmp_path / "s", src,
                 [TensorMeta("L_g_", [8], mean=1.0, std=0.1), TensorMeta("L_b_", [8], mean=0.0, std=0.1),
                  TensorMeta("L_w_", [24, 8], mean=0.0, std=0.2), TensorMeta("L_wb_", [24], mean=0.0, std=0.1),
                  TensorMeta("L_o_", [8, 8], mean=0.0, std=0.2), TensorMeta("L_ob_", [8], mean=0.0, std=0.1)],
                 [TensorMeta("L_x_", [5, 2, 8], mean=0.0, std=1.0)])
    r = generalize_sample(tmp_path / "s", target, tmp_path / "out")
    assert r.ok, r.reason
    g = parse_model(read_sample(tmp_path / "out").model_source)
    mha = next(n for n in g.nodes if n.op == "call_function" and n.target is F.multi_head_attention_forward)
    tensors = [a for a in mha.args if hasattr(a, "op")]
    assert len(tensors) == 7 and all(a.op == "call_method" and a.target == "to" and a.args[1] is getattr(torch, target)
                                     for a in tensors)


def _sample(tmp_path, body: str, weights, inputs):
    src = ("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_x_ : torch.Tensor, L_w_ : torch.Tensor):\n"
           + body)
    write_sample(tmp_path / "s", src, weights, inputs)
    return tmp_path / "s"


def test_overflow_names_the_fp32_activation_beyond_range(tmp_path):
    from paddlecamp.graphs.check import classify

    s = _sample(tmp_path, "        y = torch.matmul(L_x_, L_w_)\n        z = y * 70000.0\n        r = z / 70000.0\n"
                "        return (r,)\n",
                [TensorMeta("L_w_", [4, 4], mean=1.0, std=0.1)], [TensorMeta("L_x_", [2, 4], mean=1.0, std=0.1)])
    r = generalize_sample(s, "float16")
    assert not r.ok
    # the output itself is small; the cause is the intermediate z (about 2.8e5 in fp32)
    assert "cause: fp32-range at node z (mul)" in r.reason and "65504" in r.reason
    assert classify(r.reason) == "dtype:fp32-range"


def test_near_tie_selection_is_named_not_called_imprecision(tmp_path):
    from paddlecamp.graphs.check import classify

    # scores that differ by less than float16 can resolve pick boxes with topk; the gathered
    # box coordinates (here a function of the index) then differ wholesale while the selected
    # scores agree
    body = ("        scores = L_x_ * 1e-05 + 1.0\n        top = torch.topk(scores, 8)\n"
            "        idx = top[1]\n        boxes = (idx.float() - 32.0) * 1000.0 + L_w_[0]\n        return (boxes,)\n")
    s = _sample(tmp_path, body, [TensorMeta("L_w_", [64], mean=0.0, std=1.0)],
                [TensorMeta("L_x_", [64], mean=0.0, std=1.0)])
    r = generalize_sample(s, "float16")
    assert not r.ok
    assert "cause: selection at node top (topk)" in r.reason, r.reason
    assert classify(r.reason) == "dtype:selection"


def test_diagnose_finds_no_cause_when_the_low_graph_is_right():
    from paddlecamp.graphs.dtype import generalize_graph, validation_inputs
    from paddlecamp.graphs.dtype_diagnose import diagnose

    src = ("import torch\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, L_x_ : torch.Tensor):\n"
           "        y = torch.tanh(L_x_)\n        return (y,)\n")
    g = parse_model(src)
    x = torch.randn(4, 4)
    low, _ = generalize_graph(g, [x.clone()], "bfloat16")
    assert diagnose(g, low, [x], [x.to(torch.bfloat16)], "bfloat16") is None
