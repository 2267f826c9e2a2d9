"""Microscaling sweep and chapter figures."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
import torch  # noqa: E402

from paddlecamp.attention import plots  # noqa: E402
from paddlecamp.attention.microscaling import group_quantize, group_size_sweep  # noqa: E402
from paddlecamp.attention.quant import quantize_tokens  # noqa: E402


def test_mxfp4_and_nvfp4_on_hand_derived_values():
    # e2m1's grid: 0, 0.5, 1, 1.5, 2, 3, 4, 6. Every expected value below is worked out by hand.
    x = torch.zeros(1, 1, 1, 64)
    # Group 1 (elements 0-31): amax 7.9 -> floor(log2 7.9) = 2 -> e8m0 scale 2**(2-2) = 1.
    x[..., :6] = torch.tensor([7.9, 5.0, -2.6, 0.3, 0.75, 1.25])
    # 7.9 saturates to 6; 5 is a tie of 4 and 6 -> even mantissa 4; -2.6 -> -3; 0.3 -> 0.5;
    # 0.75 ties 0.5 (odd code) and 1 (even) -> 1; 1.25 ties 1 and 1.5 -> 1.
    want1 = torch.tensor([6.0, 4.0, -3.0, 0.5, 1.0, 1.0])
    # Group 2 (elements 32-63): amax 0.1 -> floor(log2 0.1) = -4 -> scale 2**-6 = 0.015625;
    # 0.1 / 0.015625 = 6.4 -> 6 -> 0.09375; 0.02 / 0.015625 = 1.28 -> 1.5 -> 0.0234375.
    x[..., 32:34] = torch.tensor([0.1, -0.02])
    want2 = torch.tensor([0.09375, -0.0234375])
    for deq in (group_quantize(x, 32, "e8m0")[0], quantize_tokens(x, "e2m1", "mxfp4")[0]):
        assert torch.equal(deq[..., :6].flatten(), want1)
        assert torch.equal(deq[..., 32:34].flatten(), want2)
        assert torch.equal(deq[..., 6:32], torch.zeros(1, 1, 1, 26))
    _, scales = group_quantize(x, 32, "e8m0")
    assert scales.flatten().tolist() == [1.0, 0.015625]

    # NVFP4: the tensor max 2688 = 6 * 448 makes the fp32 tensor scale exactly 1.
    y = torch.zeros(1, 1, 1, 48)
    y[..., 0] = 2688.0           # group 1: scale 2688 / 6 = 448 (e4m3's max): 2688 -> 6 * 448
    y[..., 1] = 1000.0           # 1000 / 448 = 2.23 -> 2 -> 896
    y[..., 16:18] = torch.tensor([3.0, 1.3])     # group 2: scale 0.5; 1.3 / 0.5 = 2.6 -> 3 -> 1.5
    # Group 3: 1.1 / 6 = 0.1833 -> e4m3 (quantum 2**-6 in [0.125, 0.25)) 0.1875;
    # 1.1 / 0.1875 = 5.87 -> 6 -> 1.125; 0.5 / 0.1875 = 2.67 -> 3 -> 0.5625.
    y[..., 32:34] = torch.tensor([1.1, 0.5])
    want = {0: 2688.0, 1: 896.0, 16: 3.0, 17: 1.5, 32: 1.125, 33: 0.5625}
    nv, ts = quantize_tokens(y, "e2m1", "nvfp4")
    gq, gs = group_quantize(y, 16, "e4m3")
    assert torch.equal(ts, torch.ones_like(ts))
    assert gs.flatten().tolist() == [448.0, 0.5, 0.1875]
    for deq in (nv, gq):
        got = {i: deq[0, 0, 0, i].item() for i in want}
        assert got == want
        assert int((deq != 0).sum()) == len(want)


def test_e8m0_scales_are_powers_of_two_and_smaller_groups_are_more_accurate():
    x = torch.randn(64, 128, generator=torch.Generator().manual_seed(0))
    _, s = group_quantize(x, 32, "e8m0")
    assert torch.equal(torch.log2(s), torch.round(torch.log2(s)))
    rows = group_size_sweep(x, (8, 32, 128))
    e4 = [r["relative_rmse"] for r in rows if r["scale"] == "e4m3"]
    e8 = [r["relative_rmse"] for r in rows if r["scale"] == "e8m0"]
    assert e4[0] < e4[1] < e4[2]                       # finer e4m3 scales help
    assert all(a < b for a, b in zip(e4, e8))          # and beat power-of-two scales
    # OCP's floor(log2 amax) - 2 exponent clips each group's largest elements (amax/scale in
    # [4, 8) saturates at 6), so power-of-two scales do not improve with smaller groups here.
    assert e8[0] > 0.9 * e8[2]
    with pytest.raises(ValueError, match="divide"):
        group_quantize(x, 48)


def test_figures_build():
    import matplotlib.pyplot as plt

    res = {"table": [{"recipe": "a", "rmse": 1e-3}, {"recipe": "b", "rmse": 2e-2}],
           "ablation": {"a": {"q+k": 1e-3, "v": 2e-3, "p": 1e-4, "all": 3e-3}}}
    curves = {"task": "recall", "runs": {"fp32": {"loss_curve": [3.0, 2.0, 1.0]},
                                         "fp8": {"loss_curve": [3.0, 2.1, 1.1]}}}
    figs = [plots.plot_grids(), plots.plot_rounding(), plots.plot_accuracy(res),
            plots.plot_ablation(res), plots.plot_loss_curves(curves, smooth=2),
            plots.plot_group_sweep(group_size_sweep(torch.randn(8, 64), (16, 32))),
            plots.plot_robustness({"seeds": 2, "summary": {"a": {}, "b": {}},
                                   "runs": [{"heads": 1, "n": 64, "seed": s, "a": 1e-3, "b": 2e-3}
                                            for s in range(2)]})]
    for f in figs:
        assert len(f.axes) >= 1
        plt.close(f)


def test_model_ratio_rows_and_plot_keep_every_recipe_row():
    import matplotlib.pyplot as plt

    cpu = {"meta": {"backend": "emulate"},
           "summary": [{"framework": "torch", "attention": "native-fp32", "final_loss": 1.0},
                       {"framework": "torch", "attention": "fp8", "final_loss_ratio": 1.02,
                        "eval_loss_ratio": 1.01}]}
    gpu = {"summary": [{"framework": "torch", "attention": "int8", "backend": "triton",
                        "final_loss_ratio": 0.98, "eval_loss_ratio": 0.99, "seed": 2}]}
    rows = plots.model_ratio_rows({"cpu": cpu, "gpu": gpu})
    assert [(r["setting"], r["attention"], r["backend"], r["seed"], r["final"]) for r in rows] == [
        ("cpu", "fp8", "emulate", None, 1.02), ("gpu", "int8", "triton", 2, 0.98)]
    fig = plots.plot_model_ratios(rows)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "cpu · torch · fp8 (emulate)", "gpu · torch · int8 (triton, seed 2)"]
    bars = [b for container in fig.axes[0].containers for b in container]
    # each row: a training-loss bar and a held-out bar, drawn from 1.0 to the ratio
    assert sorted(round(b.get_x() + b.get_width(), 6) for b in bars) == [0.98, 0.99, 1.01, 1.02]
    plt.close(fig)
