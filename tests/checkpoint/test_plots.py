"""Figure helpers of the Track-5 chapters: the data they draw is right, and every figure renders."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402

from paddlecamp.checkpoint import Shard, load, open_index, plan_for, save  # noqa: E402
from paddlecamp.checkpoint import plots  # noqa: E402
from paddlecamp.checkpoint.boxes import even_split  # noqa: E402
from paddlecamp.checkpoint.layouts import Layout  # noqa: E402

W = "h.0.mlp.c_fc.weight"
M = "optim.exp_avg.h.0.mlp.c_fc.weight"


@pytest.mark.parametrize("key,layout,n_pieces", [
    (W, Layout(), 1), (W, Layout(tp=4), 4), (W, Layout(dp=2), 1), (W, Layout(tp=2, dp=2), 2),
    (W, Layout(tp=2, pp=2), 2), (M, Layout(tp=2, dp=3, zero=True), 14), (M, Layout(dp=2), 1),
])
def test_layout_pieces_tile_the_tensor(key, layout, n_pieces):
    pieces = plots.layout_pieces(key, (10, 14), layout, n_layers=2)
    assert len(pieces) == n_pieces
    assert plots.covered_once((10, 14), [p["box"] for p in pieces])


def test_layout_pieces_name_every_holder():
    (p,) = plots.layout_pieces(W, (10, 14), Layout(dp=3), n_layers=1)
    assert p["ranks"] == [0, 1, 2] and p["kind"] == "full"
    halves = plots.layout_pieces(W, (10, 14), Layout(tp=2, dp=2), n_layers=1)
    assert sorted(tuple(h["ranks"]) for h in halves) == [(0, 2), (1, 3)]
    # layer 1 lives on the second stage only
    assert {r for p in plots.layout_pieces("h.1.mlp.c_fc.weight", (10, 14), Layout(tp=2, pp=2), n_layers=2)
            for r in p["ranks"]} == {2, 3}


def test_covered_once_detects_gaps_and_overlaps():
    assert plots.covered_once((4, 4), [((0, 0), (2, 4)), ((2, 0), (2, 4))])
    assert not plots.covered_once((4, 4), [((0, 0), (2, 4))])
    assert not plots.covered_once((4, 4), [((0, 0), (3, 4)), ((2, 0), (2, 4))])


def _two_rank_checkpoint(path, full):
    for r in range(2):
        o, n = even_split(full.shape[1], 2, r)
        save({"w": Shard(torch.from_numpy(full[:, o:o + n].copy()), full.shape, (0, o))}, path, rank=r,
             world_size=2, save_id="1")


def test_read_and_source_boxes(tmp_path):
    full = np.arange(6 * 12, dtype=np.float32).reshape(6, 12)
    _two_rank_checkpoint(tmp_path, full)
    index = open_index(tmp_path)
    tmpl = {"w": Shard(torch.zeros(6, 4), (6, 12), (0, 4))}          # columns 4..8 cross the file boundary
    _, plan = plan_for(tmp_path, tmpl, rank=1, world_size=3)
    reads = plots.read_boxes(plan, "w")
    assert sorted(r["box"] for r in reads) == [((0, 4), (6, 2)), ((0, 6), (6, 2))]
    assert len({r["file"] for r in reads}) == 2
    # through a transpose rule the reads map back onto the saved tensor's coordinates
    rule = "w^T -> wt"
    ttmpl = {"wt": Shard(torch.zeros(4, 6), (12, 6), (4, 0))}           # rows 4..8 of w^T = columns 4..8 of w
    _, tplan = plan_for(tmp_path, ttmpl, rank=1, world_size=3, rules=rule)
    src = plots.source_boxes(tplan, index)
    assert sorted(r["box"] for r in src) == [((0, 4), (6, 2)), ((0, 6), (6, 2))]
    assert {r["source"] for r in src} == {"w"} and {r["target"] for r in src} == {"wt"}
    got = load(tmp_path, ttmpl, rank=1, world_size=3, rules=rule)["wt"]
    assert np.array_equal(got.numpy(), full.T[4:8])


def test_recorded_rows_reads_a_bench_result():
    result = {"date": "2026-12-01T10:00:00+00:00", "machine": {"cores": 2, "cpu": "x", "torch": "2"},
              "state": {"gib": 2.0},
              "save": {"dd": {"median_gbps": 1.0, "median_seconds": 2.0},
                       "ours_1rank": {"median_gbps": 0.9, "median_seconds": 2.2}, "save_notes": "n"},
              "load": {"scenarios": {"dim0": {"ours": {"median_wall_seconds": 1.0, "gbps": 2.0},
                                              "dcp": {"median_wall_seconds": 3.0, "gbps": 0.7}}}},
              "async": {"blocking_cold_fraction": 0.5, "blocking_warm_fraction": 0.05}}
    rows = plots.recorded_rows(result)
    assert rows["date"] == "2026-12-01" and rows["limit_gbps"] == 1.0
    assert rows["save"] == [{"name": "ours_1rank", "gbps": 0.9, "fraction": 0.9}]
    assert {(r["method"], r["seconds"]) for r in rows["load"]} == {("ours", 1.0), ("dcp", 3.0)}
    assert rows["async"] == {"cold": 0.5, "warm": 0.05}
    fig = plots.plot_recorded_io(result)
    assert len(fig.axes) == 2
    assert plots.recorded_rows({"date": "2026"}).keys() == {"date", "machine", "state_gib"}


def test_every_figure_renders(tmp_path):
    import matplotlib.pyplot as plt

    full = np.arange(6 * 12, dtype=np.float32).reshape(6, 12)
    _two_rank_checkpoint(tmp_path, full)
    index, plan = plan_for(tmp_path, {"w": Shard(torch.zeros(6, 4), (6, 12), (0, 4))}, rank=1, world_size=3)
    figs = [
        plots.plot_layouts([("TP2", W, (10, 14), Layout(tp=2)), ("ZeRO", M, (10, 14), Layout(dp=3, zero=True))],
                           ncols=3),
        plots.plot_load_plan(index, plan, "w", wanted=((0, 4), (6, 4))),
        plots.plot_source_reads(index, "w", plots.source_boxes(plan, index)),
        plots.plot_category_bytes({"model weights": {"bytes": 1000, "entries": 2, "tensors": 2},
                                   "loader position": {"bytes": 20, "entries": 1, "tensors": 0}}),
        plots.plot_save_timeline([{"rank": 0, "what": "data file", "t": 0.01},
                                  {"rank": 0, "what": "metadata piece", "t": 0.02},
                                  {"rank": None, "what": "commit record", "t": 0.03}]),
        plots.plot_bandwidth([{"name": "a", "gbps": 1.0}, {"name": "b", "gbps": 0.5}], 1.2, "t"),
        plots.plot_seconds([{"name": "a", "seconds": 0.1}], "t"),
    ]
    for f in figs:
        f.canvas.draw()
        plt.close(f)
    assert plots.short_file("data-1/rank00002.safetensors") == "rank00002"
    assert plots.rank_color(0) != plots.rank_color(1)


def test_load_results_finds_only_checkpoint_results():
    for path, result in plots.load_results():
        assert "checkpoint" in path.name and isinstance(result, dict)
