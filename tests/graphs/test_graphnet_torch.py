"""Published GraphNet torch samples (a committed subset, chosen for the constructs they use).

``fixtures/graphnet/torch/constructs.json`` names, for each sample, the constructs it was
chosen for; the corpus itself is measured with ``paddlecamp graphs check`` (see the README).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from paddlecamp.graphs.parse import parse_model
from paddlecamp.graphs.roundtrip import roundtrip_sample
from paddlecamp.graphs.sample import find_samples, read_sample

ROOT = Path(__file__).parent / "fixtures" / "graphnet" / "torch"
CONSTRUCTS: dict[str, list[str]] = json.loads((ROOT / "constructs.json").read_text())
SAMPLES = find_samples([ROOT])
#: Samples small enough to run numerically in CI (total elements of all arguments).
SMALL = 2_000_000
#: What each construct looks like in ``model.py`` and in the parsed graph's targets.
SPELLING = {
    "torch_functional_split": "torch.functional.split", "einsum": "torch.functional.einsum",
    "meshgrid": "torch.functional.meshgrid", "fnorm": "torch.functional.norm",
    "weight_norm": "torch._weight_norm", "native_mha": "torch._native_multi_head_attention",
    "vmap_C": "torch._C._functorch._add_batch_dim", "vmap_predispatch": "torch._functorch.predispatch._add_batch_dim",
    "autocast": "torch.amp.autocast_mode._enter_autocast", "grad_enabled": "torch._C._set_grad_enabled",
    "check_is_size": "torch._check_is_size", "function_ctx": "torch.autograd.function.FunctionCtx",
}


def _id(p: Path) -> str:
    return str(p.relative_to(ROOT))


def test_the_subset_covers_every_source_and_construct():
    sources = {Path(k).parts[0] for k in CONSTRUCTS}
    assert {"timm", "transformers-auto-model", "mmseg", "ultralytics", "torchvision", "mmpose",
            "nemo", "torchgeometric", "torchaudio", "cosyvoice", "others"} <= sources
    assert {_id(p).split("/subgraph_")[0] for p in SAMPLES} >= {k.split("/subgraph_")[0] for k in CONSTRUCTS}
    for rel, tags in CONSTRUCTS.items():
        text = (ROOT / rel / "model.py").read_text(encoding="utf-8")
        for tag in tags:
            if tag in SPELLING:
                assert SPELLING[tag] + "(" in text, (rel, tag)


@pytest.mark.parametrize("path", SAMPLES, ids=_id)
def test_published_sample_round_trips(path):
    sample = read_sample(path)
    small = sum(m.numel for m in sample.all_meta().values()) <= SMALL
    res = roundtrip_sample(path, timeout=120, numeric=small)
    assert res.ok, res.error
    assert res.structural_equal and res.fixed_point and res.hash_stable
    if small:
        assert res.max_abs_err == 0.0


@pytest.mark.parametrize("rel", sorted(r for r, t in CONSTRUCTS.items() if set(t) & set(SPELLING)))
def test_hard_constructs_become_graph_nodes(rel):
    """The construct the sample was chosen for is a node of the parsed graph, spelled as published."""
    text = (ROOT / rel / "model.py").read_text(encoding="utf-8")
    graph = parse_model(text, ROOT / rel / "model.py")
    spellings = {n.meta.get("spelling") for n in graph.nodes}
    for tag in set(CONSTRUCTS[rel]) & set(SPELLING):
        assert SPELLING[tag] in spellings, tag
        published = len(re.findall(re.escape(SPELLING[tag]) + r"\(", text))
        assert sum(n.meta.get("spelling") == SPELLING[tag] for n in graph.nodes) == published, tag
