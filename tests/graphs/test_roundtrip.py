"""Round trip on the committed corpus, batches that survive bad samples, and the CLI."""
from __future__ import annotations

import json
import shutil

import pytest

from paddlecamp.cli import main
from paddlecamp.graphs.roundtrip import roundtrip_many, roundtrip_sample, time_limit, SampleTimeout
from paddlecamp.graphs.sample import find_samples, read_sample, model_hash

SUBSET = ["bert_tiny", "failure_classes", "branch_graph_break", "resnet_tiny_dynamic", "lstm_tagger"]


def test_corpus_has_at_least_40_samples(corpus):
    assert len(find_samples([corpus])) >= 40


@pytest.mark.parametrize("name", SUBSET)
def test_corpus_subset_round_trips_exactly(corpus, name):
    for path in find_samples([corpus / name]):
        r = roundtrip_sample(path)
        assert r.ok, r.error
        assert r.structural_equal and r.fixed_point and r.hash_stable and r.max_abs_err == 0.0
        # The committed text is already the fixed point: its hash is current.
        assert read_sample(path).hash_is_current()


@pytest.mark.slow
def test_whole_corpus_round_trips(corpus):
    results = roundtrip_many(find_samples([corpus]), progress=False)
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]


def test_fixture_with_failure_classes(fixtures):
    r = roundtrip_sample(fixtures / "failure_classes")
    assert r.ok and r.max_abs_err == 0.0


def test_batch_continues_after_bad_samples(fixtures, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(fixtures / "failure_classes", bad)
    (bad / "weight_meta.py").write_text((bad / "weight_meta.py").read_text().replace("torch.float32", "torch.flaot32", 1))
    nometa = tmp_path / "nometa"
    shutil.copytree(fixtures / "failure_classes", nometa)
    (nometa / "weight_meta.py").write_text((nometa / "weight_meta.py").read_text().split("\n\n", 1)[1])
    results = roundtrip_many([bad, fixtures / "hostile", nometa, fixtures / "failure_classes"], progress=False)
    assert [r.ok for r in results] == [False, False, False, True]
    assert "weight_meta.py:4: tensor L_self_modules_fc_parameters_weight_: unknown dtype string" in results[0].error
    assert "model.py:2:" in results[1].error
    assert "'L_self_modules_fc_parameters_weight_' has no entry" in results[2].error


def test_time_limit():
    with pytest.raises(SampleTimeout):
        with time_limit(0.05):
            while True:
                pass


def test_cli_roundtrip_json(fixtures, capsys):
    rc = main(["graphs", "roundtrip", str(fixtures / "failure_classes"), str(fixtures / "hostile"), "--json"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rc == 1
    assert [set(d) for d in lines] == [{"sample", "ok", "structural_equal", "max_abs_err", "error"}] * 2
    assert lines[0]["ok"] is True and lines[0]["max_abs_err"] == 0.0 and lines[0]["error"] is None
    assert lines[1]["ok"] is False and "not allowed" in lines[1]["error"] or "unsupported" in lines[1]["error"]


def test_cli_errors(capsys, tmp_path):
    assert main(["graphs", "roundtrip", str(tmp_path / "missing")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["graphs", "roundtrip", str(tmp_path)]) == 2
    assert "no sample" in capsys.readouterr().err


def test_published_style_transformer_constructs(fixtures):
    # SymInt config value in weight_meta, `+=` with its alias, `[None] * n`, sdpa keywords,
    # a constant `torch.ones` mask and a huge negative fill: all as published samples write them.
    r = roundtrip_sample(fixtures / "embedding_attention")
    assert r.ok, r.error
    from paddlecamp.graphs.parse import parse_model
    text = read_sample(fixtures / "embedding_attention").model_source
    g = parse_model(text)
    names = {n.name: n for n in g.nodes}
    assert names["embeddings_1"].target.__name__ == "iadd"
    assert names["attn_output"].kwargs == {"attn_mask": names["extended_attention_mask"], "dropout_p": 0.0,
                                           "is_causal": False}
    assert names["extended_attention_mask"].args[2] == -3.4028234663852886e+38
    # Our serialization of this text differs from it only in the dead-value lists and blank lines.
    from paddlecamp.graphs.serialize import serialize
    ours = [line.split(";")[0].strip() for line in serialize(g).splitlines() if line.strip()]
    theirs = [line.split(";")[0].strip() for line in text.splitlines() if line.strip()]
    assert ours == theirs


def test_cuda_device_constants_run_on_cpu():
    import torch
    from paddlecamp.graphs.parse import parse_model
    from paddlecamp.graphs.roundtrip import run_graph
    src = ("class GraphModule(torch.nn.Module):\n    def forward(self, L_x_ : torch.Tensor):\n"
           "        a = torch.arange(4, device = device(type='cuda', index=0))\n"
           "        b = torch.ones(4, device = 'cuda:0')\n"
           "        c = L_x_ + a + b\n        return (c,)\n")
    out = run_graph(parse_model(src), [torch.zeros(4)])
    assert out[0].tolist() == [1.0, 2.0, 3.0, 4.0]


def test_outputs_constant_flags_only_all_constant_float_outputs():
    import torch

    from paddlecamp.graphs.roundtrip import outputs_constant

    assert outputs_constant((torch.zeros(3), torch.full((2,), 7.0)))
    assert outputs_constant([torch.tensor([float("nan"), 1.0, 1.0])])   # the finite part is constant
    assert not outputs_constant((torch.zeros(3), torch.arange(3.0)))
    assert not outputs_constant((torch.arange(3),))                      # no float output: nothing to flag
