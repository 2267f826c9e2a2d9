"""Quantized attention inside a torch GPT and a Paddle transformer (smoke-sized training)."""
from __future__ import annotations

import json

import pytest
import torch

from paddlecamp.attention.models import ModelConfig, TinyGPT
from paddlecamp.cli import main


def test_gpt_with_fp32_recipe_matches_torch_sdpa_and_fp8_differs():
    cfg = ModelConfig.smoke()
    torch.manual_seed(0)
    model = TinyGPT(20, cfg)
    idx = torch.randint(0, 20, (2, cfg.seq_len), generator=torch.Generator().manual_seed(1))
    native = model(idx)
    assert torch.allclose(model(idx, "fp32"), native, atol=1e-5)
    assert (model(idx, "fp8-train") - native).abs().max() > 1e-4


def test_cli_models_smoke_trains_both_frameworks_and_records(tmp_path, capsys):
    pytest.importorskip("paddle")
    out = tmp_path / "models.json"
    assert main(["attention", "models", "--smoke", "--recipes", "fp8-train", "--record", str(out)]) == 0
    res = json.loads(out.read_text())
    rows = {(r["framework"], r["attention"]): r for r in res["summary"]}
    assert set(rows) == {(f, a) for f in ("torch", "paddle") for a in ("native-fp32", "fp8-train")}
    for fw in ("torch", "paddle"):
        run = res["runs"][fw]["fp8-train"]
        assert len(run["loss_curve"]) == 3 and all(x == x for x in run["loss_curve"])
        # A few steps from the same weights on the same batches: within 1% of fp32.
        assert abs(rows[(fw, "fp8-train")]["final_loss_ratio"] - 1) < 0.01
    assert "paddle" in capsys.readouterr().out
    assert main(["attention", "models", "--frameworks", "jax"]) == 2


def test_cli_models_backend_reaches_the_attention_and_gpu_size_is_refused_for_paddle(tmp_path, capsys):
    # backend=emulate and backend=auto both run the emulator on the CPU: identical losses; the
    # recorded meta says which backend ran. A GPU run refuses the Paddle model by name.
    outs = {}
    for be in ("auto", "emulate"):
        out = tmp_path / f"{be}.json"
        assert main(["attention", "models", "--smoke", "--frameworks", "torch", "--recipes",
                     "fp8", "--backend", be, "--record", str(out)]) == 0
        outs[be] = json.loads(out.read_text())
    assert outs["emulate"]["meta"]["backend"] == "emulate" == outs["auto"]["meta"]["backend"]
    curves = [outs[be]["runs"]["torch"]["fp8"]["loss_curve"] for be in ("auto", "emulate")]
    assert curves[0] == curves[1]
    # backend=triton reaches the attention, which refuses the smoke model's head dim 16 by name
    # (no silent fallback to the emulator)
    assert main(["attention", "models", "--smoke", "--frameworks", "torch", "--recipes", "fp8",
                 "--backend", "triton", "--steps", "1"]) == 2
    assert "supports head dim D in (64, 128), got 16" in capsys.readouterr().err
    assert main(["attention", "models", "--device", "cuda", "--frameworks", "torch,paddle",
                 "--smoke"]) == 2
    gpu = ModelConfig.gpu()
    assert gpu.d_model // gpu.n_heads == 64 and gpu.n_heads % gpu.n_kv_heads == 0
