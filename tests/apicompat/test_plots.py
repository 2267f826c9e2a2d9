"""Figure helpers of the Track-2 chapters: the data they draw is right, and every figure renders."""
from __future__ import annotations

import json
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from paddlecamp.apicompat import plots  # noqa: E402
from paddlecamp.apicompat.audit import CATEGORIES, MISSING, NAMES, PADDLE_MORE, SAME  # noqa: E402

BY_NS = {"torch": {MISSING: 2, SAME: 5, PADDLE_MORE: 1, NAMES: 2}, "torch.fft": {SAME: 3}, "torch.optim": {}}


def _suite(rate_torch, rate_tensor, cases=(100, 50)):
    ns = {"torch": {"cases": cases[0], "pass": int(rate_torch * cases[0]), "pass_rate": rate_torch, "apis": 10,
                    "apis_fully_passing": 4},
          "torch.Tensor": {"cases": cases[1], "pass": int(rate_tensor * cases[1]), "pass_rate": rate_tensor,
                           "apis": 5, "apis_fully_passing": 2}}
    p = sum(d["pass"] for d in ns.values())
    return {"namespaces": ns, "pass_rate": round(p / sum(cases), 4), "cases_counted": sum(cases),
            "apis_total": 15, "apis_fully_passing": 6}


def test_category_shares_sum_to_one_and_skip_empty_namespaces():
    shares = plots.category_shares(BY_NS)
    assert set(shares) == {"torch", "torch.fft"}
    assert set(shares["torch"]) == set(CATEGORIES)
    assert sum(shares["torch"].values()) == pytest.approx(1.0)
    assert shares["torch"][MISSING] == pytest.approx(0.2)
    assert plots.compatible_share(BY_NS["torch"]) == pytest.approx(0.6)
    assert plots.compatible_share({}) == 0.0


def test_pass_rates_orders_namespaces_and_marks_absent_ones():
    stock = _suite(0.5, 0.2)
    compat = _suite(0.8, 0.6)
    compat["namespaces"]["torch.optim"] = {"cases": 4, "pass": 2, "pass_rate": 0.5}
    rates = plots.pass_rates({"stock": stock, "compat": compat})
    assert list(rates) == ["all", "torch", "torch.Tensor", "torch.optim"]
    assert rates["all"] == {"stock": stock["pass_rate"], "compat": compat["pass_rate"]}
    assert rates["torch"]["compat"] == 0.8 and rates["torch.optim"]["stock"] is None


def test_load_results_names_the_missing_file(tmp_path):
    (tmp_path / "apicompat_suite_2026-12-01.json").write_text(json.dumps({"summary": _suite(0.5, 0.2)}))
    with pytest.raises(FileNotFoundError) as e:
        plots.load_results(tmp_path, "2026-12-01")
    msg = str(e.value)
    assert "apicompat_suite_compat_2026-12-01.json" in msg and "apicompat_corpus_2026-12-01.json" in msg
    assert "apicompat_suite_2026-12-01.json" not in msg.replace("apicompat_suite_compat", "")
    got = plots.load_results(tmp_path, "2026-12-01", roles=["stock"])
    assert got["stock"]["summary"]["cases_counted"] == 150


def test_patch_counts():
    ps = [SimpleNamespace(kind="new API", family="functions", apis=("a", "b")),
          SimpleNamespace(kind="new API", family="tensor", apis=("c",)),
          SimpleNamespace(kind="signature", family="functions", apis=("d",))]
    c = plots.patch_counts(ps)
    assert c["kind"] == {"new API": 2, "signature": 1} and c["kind_apis"]["new API"] == 3
    assert c["family"]["functions"] == 2 and c["family_apis"]["functions"] == 3


def test_every_figure_renders(tmp_path):
    stock, compat = _suite(0.5, 0.2), _suite(0.8, 0.6)
    diff = {"apis_run": 3, "verdicts": {"all styles pass": 2, "no style passes": 1},
            "styles": {"positional": {"pass": 2, "run": 3}, "keyword": {"pass": 1, "run": 1},
                       "reordered": {"pass": 0, "run": 0}, "optional": {"pass": 1, "run": 2}}}
    ps = [SimpleNamespace(kind="new API", family="functions", apis=("a", "b"))]
    figs = [plots.plot_categories(BY_NS), plots.plot_diffexec(diff), plots.plot_patches(ps),
            plots.plot_pass_rates({"stock": stock, "with enable()": compat}),
            plots.plot_split_rates({"with enable()": {"dev": compat, "test": stock}}, reference={"stock": 0.4})]
    for i, fig in enumerate(figs):
        fig.savefig(tmp_path / f"f{i}.png")
        plt.close(fig)
        assert (tmp_path / f"f{i}.png").stat().st_size > 1000
