"""Semantics: the original model.py (run in a subprocess) against the parsed graph."""
from __future__ import annotations

import json
import sys
import time
import types

import pytest
import torch

from paddlecamp.graphs import semantics
from paddlecamp.graphs.check import classify
from paddlecamp.graphs.parse import parse_model
from paddlecamp.graphs.sample import TensorMeta, write_sample
from paddlecamp.graphs.semantics import compare, semantics_sample

HEADER = "import torch\nfrom torch import device\n\n\nclass GraphModule(torch.nn.Module):\n"


def _sample(path, body: str, args=("L_x_",), shape=(2, 4), device="cpu", framework=None):
    sig = ", ".join(f"{a}: torch.Tensor" for a in args)
    text = HEADER + f"    def forward(self, {sig}):\n" + "".join(f"        {ln}\n" for ln in body.splitlines())
    gn = {"framework": framework} if framework else None
    write_sample(path, text, [], [TensorMeta(a, list(shape), device=device, mean=0.0, std=1.0) for a in args], gn)
    return path


def test_published_fixture_is_bitwise_equal(fixtures):
    r = semantics_sample(fixtures / "graphnet" / "torch" / "transformers-auto-model" / "sadhaklal_mlp-iris")
    assert r.semantic_ok and r.bitwise and r.max_abs_err == 0.0, r
    assert r.original_seconds is not None and r.graph_seconds is not None


def test_cuda_device_constants_run_on_cpu(tmp_path):
    s = _sample(tmp_path / "s", "b = torch.ones(4, device=device(type='cuda', index=0))\n"
                                "y = L_x_ + b\nreturn (torch.softmax(y, -1),)", device="cuda:0")
    r = semantics_sample(s)
    assert r.semantic_ok and r.bitwise, r


def test_random_ops_use_the_same_seed(tmp_path):
    s = _sample(tmp_path / "s", "d = torch.nn.functional.dropout(L_x_, 0.5, True, False)\nreturn (d,)", shape=(64, 64))
    r = semantics_sample(s, seed=3)
    assert r.semantic_ok and r.bitwise, r


def test_original_that_hangs_is_killed(tmp_path):
    # The parser accepts these calls; 62 squarings of a 2000x2000 matrix take minutes. Only the
    # original's process runs them: it is killed at the timeout before the parent runs anything.
    s = _sample(tmp_path / "s", "m = torch.ones(2000, 2000)\np = torch.linalg.matrix_power(m, 2 ** 62)\n"
                                "y = L_x_ + 1\nreturn (y,)")
    parse_model((s / "model.py").read_text())
    t0 = time.perf_counter()
    r = semantics_sample(s, timeout=3)
    assert time.perf_counter() - t0 < 30
    assert not r.semantic_ok and "timed out after 3 s" in r.error
    assert classify(r.error, s) == "timeout"


def test_original_that_fails_is_reported(tmp_path):
    s = _sample(tmp_path / "s", "y = torch.matmul(L_x_, L_x_)\nreturn (y,)", shape=(2, 3))
    r = semantics_sample(s)
    assert not r.semantic_ok and r.error.startswith("original model.py failed: RuntimeError"), r.error
    assert classify(r.error, s) == "original:failed:RuntimeError"


def test_parent_never_imports_sample_code(tmp_path):
    s = _sample(tmp_path / "s", "y = L_x_ * 2\nreturn (y,)")
    before = set(sys.modules)
    assert semantics_sample(s).semantic_ok
    assert not [m for m in set(sys.modules) - before if "graphnet_sample" in m or m == "model"]


def test_compare_levels():
    a = torch.tensor([1.0, 2.0, float("nan")])
    assert compare((a,), (a.clone(),))[:2] == (True, True)
    ok, bitwise, err, _ = compare((a,), (a + 1e-7,))
    assert ok and not bitwise and 0 < err < 1e-6
    ok, _, err, why = compare((a,), (a + 1e-2,))
    assert not ok and "max abs err" in why
    assert "output count" in compare((a, a), (a,))[3]
    assert "shape" in compare((a,), (a[:2],))[3]
    assert "dtype" in compare((a,), (a.double(),))[3]
    assert classify("semantics mismatch: output 0: shape (3,) vs (2,)") == "semantics-mismatch:shape"


def test_paddle_dispatch(tmp_path, monkeypatch):
    s = _sample(tmp_path / "p", "y = L_x_ * 2\nreturn (y,)", framework="paddle")
    monkeypatch.setattr(semantics, "paddle_module", lambda: None)
    r = semantics_sample(s)
    assert not r.semantic_ok and r.error.startswith("paddle-unsupported")
    assert classify(r.error) == "paddle-unsupported"
    fake = types.SimpleNamespace(semantics_paddle_sample=lambda path, timeout, seed, reparse=False: {
        "semantic_ok": True, "max_abs_err": 0.0, "error": None, "seconds": 0.5})
    monkeypatch.setattr(semantics, "paddle_module", lambda: fake)
    r = semantics_sample(s)
    assert r.semantic_ok and r.bitwise and r.seconds == 0.5
    assert json.loads((s / "graph_net.json").read_text())["framework"] == "paddle"


@pytest.mark.parametrize("bad", ["missing", "broken"])
def test_bad_sample_is_a_result_not_an_exception(tmp_path, bad):
    s = _sample(tmp_path / "s", "y = L_x_ * 2\nreturn (y,)")
    if bad == "missing":
        (s / "model.py").unlink()
    else:
        (s / "model.py").write_text("import torch\nclass GraphModule(torch.nn.Module):\n    def forward(self, x:\n")
    r = semantics_sample(s)
    assert not r.semantic_ok and "model.py" in r.error
