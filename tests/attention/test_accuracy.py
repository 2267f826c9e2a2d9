"""Accuracy study: data, metrics, the ordering claims on a small outlier problem, the CLI."""
from __future__ import annotations

import json
import math

import pytest
import torch

from paddlecamp.attention.accuracy import AccuracyConfig, error_metrics, make_data, run_study
from paddlecamp.attention.api import attention
from paddlecamp.cli import main

SMALL = AccuracyConfig(batch=1, heads=2, n=256, dim=128, seed=0)


def test_outlier_data_has_about_one_in_a_thousand_outliers():
    cfg = AccuracyConfig(heads=2, n=512, dim=128, seed=1)
    q, k, v = make_data(cfg)
    big = (q.abs() > 6).float().mean().item()       # N(0,1) essentially never exceeds 6
    assert 3e-4 < big < 1.5e-3
    qb, kb, vb = make_data(cfg, "biased-k")
    bias = (kb - k).mean(-2)
    assert bias.abs().mean() > 1.0 and torch.equal(qb, q)


def test_error_metrics_on_known_values():
    ref = torch.tensor([1.0, -1.0, 2.0, 0.0])
    out = torch.tensor([1.0, -1.0, 2.0, 2.0])
    m = error_metrics(out, ref)
    assert m["rmse"] == pytest.approx(1.0)
    assert m["rel_l1"] == pytest.approx(0.5)
    assert m["cosine"] == pytest.approx(6 / (6 ** 0.5 * 10 ** 0.5))


def test_ordering_claims_on_a_small_outlier_problem():
    res = run_study(SMALL, recipes=["fp32", "fp8-tensor", "fp8-fa3", "fp8", "int8"],
                    ablation=False, extras=False)
    rmse = {r["recipe"]: r["rmse"] for r in res["table"]}
    assert rmse["fp32"] < 1e-6
    assert rmse["int8"] < rmse["fp8-fa3"] < rmse["fp8-tensor"]
    assert rmse["fp8"] <= rmse["fp8-fa3"] * 1.02
    # The all-integer recipe is more than twice as accurate as FA3's at the same bit width.
    assert rmse["int8"] * 2 < rmse["fp8-fa3"]


def test_k_smoothing_helps_on_biased_keys():
    res = run_study(AccuracyConfig(heads=1, n=128, dim=64, seed=2), recipes=["fp32"],
                    ablation=False, extras=True)
    rows = {(r["data"], r["recipe"], r["smooth_k"]): r["rmse"] for r in res["smoothing"]}
    assert rows[("biased-k", "fp8", True)] < rows[("biased-k", "fp8", False)]
    assert rows[("biased-k", "int8", True)] < rows[("biased-k", "int8", False)]
    fmts = {(r["recipe"], r["format"]): r["rmse"] for r in res["formats"]}
    assert fmts[("fp8", "e4m3")] < fmts[("fp8", "e5m2")]


def test_cli_accuracy_json(tmp_path, capsys):
    out = tmp_path / "acc.json"
    rc = main(["attention", "accuracy", "--n", "64", "--heads", "1", "--dim", "64",
               "--recipes", "fp32,fp8", "--no-extras", "--json", "--out", str(out)])
    assert rc == 0
    printed = json.loads(capsys.readouterr().out)
    saved = json.loads(out.read_text())
    assert [r["recipe"] for r in saved["table"]] == ["fp32", "fp8"]
    assert printed["table"] == saved["table"]
    assert set(saved["ablation"]["fp8"]) >= {"q", "k", "v", "p", "all"}
    assert saved["meta"]["hardware"] == "CPU"


def test_cli_rejects_unknown_recipe_and_preset(capsys):
    assert main(["attention", "accuracy", "--recipes", "fp8,nope"]) == 2
    assert "known recipes: fp32" in capsys.readouterr().err
    assert main(["attention", "accuracy", "--preset", "weird"]) == 2


def test_cli_bench_is_wired_and_reports_bad_dims(capsys):
    assert main(["attention", "bench", "--dim", "48"]) == 2
    assert "64 and 128" in capsys.readouterr().err


def test_robustness_sweep_reports_every_run_and_the_worst_case(capsys):
    from paddlecamp.attention.accuracy import format_report, robustness

    rob = robustness(AccuracyConfig(heads=1, n=256, dim=64), seeds=2, sizes=((1, 256), (1, 384)))
    assert [(r["n"], r["seed"]) for r in rob["runs"]] == [(256, 0), (256, 1), (384, 0), (384, 1)]
    s = rob["summary"]
    # One run re-measured independently: torch's SDPA in float64 as the reference, RMSE by hand.
    q, k, v = make_data(AccuracyConfig(heads=1, n=384, dim=64, seed=1))
    ref = torch.nn.functional.scaled_dot_product_attention(q.double(), k.double(), v.double())
    for name in ("fp8", "int8"):
        out = attention(q, k, v, recipe=name).double()
        rmse = math.sqrt(sum(d * d for d in (out - ref).flatten().tolist()) / out.numel())
        assert rob["runs"][3][name] == pytest.approx(rmse, rel=1e-9)
    # The summary of four runs, worked out from the run rows: an even count's median is the
    # mean of the middle two.
    for name in ("fp8-fa3", "fp8", "int8", "int8-running"):
        a, b, c, d = sorted(r[name] for r in rob["runs"])
        assert s[name]["median"] == pytest.approx((b + c) / 2, rel=1e-12)
        assert (s[name]["min"], s[name]["max"]) == (a, d)
    # The per-tile P scale is never worse than P against the running max, run by run.
    assert all(r["int8"] <= r["int8-running"] * 1.001 for r in rob["runs"])
    gains = sorted(r["fp8-fa3"] / r["int8"] for r in rob["runs"])
    assert s["int8"]["min_gain_over_fp8_fa3"] == pytest.approx(gains[0], rel=1e-12) and gains[0] > 2
    assert "min_gain_over_fp8_fa3" not in s["fp8-fa3"]
    text = format_report({"config": AccuracyConfig().__dict__, "table": [], "robustness": rob})
    assert "robustness: RMSE over 2 seeds" in text and "int8-running" in text
    assert main(["attention", "accuracy", "--seeds", "-1"]) == 2
    assert "--seeds" in capsys.readouterr().err


def test_gradient_study_rows_against_fp64_autograd(capsys):
    from paddlecamp.attention.accuracy import gradient_study

    cfg = AccuracyConfig(heads=1, n=128, dim=64, seed=3, causal=True)
    rows = {r["recipe"]: r for r in gradient_study(cfg, ("fp32", "fp8-train"))}
    assert set(rows) == {"fp32", "fp8-train", "fp8-train[dequantized bwd]"}
    assert rows["fp8-train"]["backward"] == "fp8 dots"
    assert rows["fp8-train[dequantized bwd]"]["backward"] == "dequantized"
    # Independent check of one figure: the fp32 recipe's dV RMSE from torch's fp64 SDPA grads.
    q, k, v = make_data(cfg)
    do = torch.randn(q.shape, generator=torch.Generator().manual_seed(4))
    x = [t.double().requires_grad_() for t in (q, k, v)]
    torch.nn.functional.scaled_dot_product_attention(*x, is_causal=True).backward(do.double())
    y = [t.clone().requires_grad_() for t in (q, k, v)]
    attention(*y, recipe="fp32", causal=True).backward(do)
    want = (y[2].grad.double() - x[2].grad).pow(2).mean().sqrt().item()
    assert rows["fp32"]["dv"] == pytest.approx(want, rel=1e-6)
    assert rows["fp32"]["dq_rel"] < 1e-5
    for g in ("dq", "dk", "dv"):     # 8-bit error: a few percent, and the dots add little
        assert 0.01 < rows["fp8-train"][f"{g}_rel"] < 1.25 * rows["fp8-train[dequantized bwd]"][f"{g}_rel"]
    assert main(["attention", "accuracy", "--n", "64", "--heads", "1", "--dim", "64",
                 "--recipes", "fp32", "--no-ablation", "--no-extras",
                 "--grad-recipes", "fp8-train"]) == 0
    out = capsys.readouterr().out
    assert "fp8-train[dequantized bwd]" in out and "fp8 dots" in out
