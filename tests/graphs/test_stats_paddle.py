"""``graphs stats`` on published Paddle samples: ops counted in the torch vocabulary."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from paddlecamp.graphs.stats import corpus_stats, sample_stats

FIXTURES = Path(__file__).parent / "fixtures" / "graphnet" / "paddle"
SAMPLES = sorted(p.parent for p in FIXTURES.rglob("model.py"))


def _calls(text: str, op: str) -> int:
    return len(re.findall(rf"paddle\._C_ops\.{op}\(", text))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_op_counts_match_the_calls_written_in_model_py(sample):
    text = (sample / "model.py").read_text(encoding="utf-8")
    st = sample_stats(sample)
    assert st.ops.get("matmul", 0) == _calls(text, "matmul")
    assert st.ops.get("conv2d", 0) == _calls(text, "conv2d") + _calls(text, "depthwise_conv2d")
    assert st.ops.get("layer_norm", 0) == _calls(text, "layer_norm")
    # the multi-output unpacking of the Paddle format is bookkeeping, not ops
    assert "as_outputs" not in st.ops and "getitem" not in st.ops
    assert not any(name.endswith("_") for name in st.ops)  # in-place variants count as the op


def test_a_corpus_mixing_torch_and_paddle_samples():
    torch_dir = Path(__file__).parent / "fixtures" / "graphnet" / "torch"
    torch_samples = sorted(p.parent for p in torch_dir.rglob("model.py"))[:3]
    samples = SAMPLES[:3] + torch_samples
    total, errors = corpus_stats(samples, progress=False)
    assert errors == [] and total.samples == 6
    # both frameworks' layer norms land in one bucket: count the calls written in the sources
    written = sum(len(re.findall(r"\blayer_norm\(", (p / "model.py").read_text(encoding="utf-8"))) for p in samples)
    assert written > 0 and total.ops["layer_norm"] == written
