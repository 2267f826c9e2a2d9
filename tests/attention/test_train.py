"""Convergence study plumbing: task data, same init/data per recipe, CLI smoke run."""
from __future__ import annotations

import json
from dataclasses import replace

import torch

from paddlecamp.attention.train import CharTask, RecallTask, TrainConfig, run_study
from paddlecamp.cli import main


def test_recall_batches_ask_for_the_values_of_listed_keys():
    cfg = TrainConfig(task="recall")
    task = RecallTask(cfg)
    x, y = task.batch(torch.Generator().manual_seed(0), 4)
    p = cfg.n_pairs
    for row_x, row_y in zip(x, y):
        pairs = {int(row_x[2 * i]): int(row_x[2 * i + 1]) for i in range(p)}
        assert len(pairs) == p                                  # keys are distinct
        scored = (row_y != -100).nonzero().flatten().tolist()
        assert len(scored) == p
        for pos in scored:
            assert int(row_y[pos]) == pairs[int(row_x[pos])]    # answer = value of the queried key


def test_char_task_holds_out_the_tail_of_the_corpus():
    text = "abcab\n" * 2000
    task = CharTask(TrainConfig(task="charlm", seq_len=16), text=text)
    assert task.vocab == 4
    assert len(task.train_data) == int(len(text) * 0.9)
    x, y = task.batch(torch.Generator().manual_seed(0), 3, split="val")
    assert torch.equal(x[:, 1:], y[:, :-1])


def test_shipped_corpus_loads():
    task = CharTask(TrainConfig(task="charlm", seq_len=32))
    assert 30 < task.vocab < 80 and len(task.train_data) > 100_000


def test_every_recipe_starts_from_the_same_weights_and_data():
    cfg = replace(TrainConfig.for_task("recall", steps=2, smoke=True), d_model=32, batch=4)
    res = run_study(cfg, ["fp32", "int8"])
    a, b = res["runs"]["fp32"]["loss_curve"], res["runs"]["int8"]["loss_curve"]
    assert len(a) == 2 and abs(a[0] - b[0]) < 0.05 * a[0]     # same init, same first batch
    row = {r["recipe"]: r for r in res["summary"]}["int8"]
    assert 0.9 < row["final_loss_ratio"] < 1.1 and "accuracy_delta_points" in row


def test_cli_train_smoke_writes_json(tmp_path, capsys):
    rec = tmp_path / "results.json"
    rc = main(["attention", "train", "--task", "charlm", "--recipes", "fp32,fp8", "--steps", "2",
               "--smoke", "--json", "--out", str(tmp_path), "--record", str(rec)])
    assert rc == 0
    saved = json.loads((tmp_path / "charlm.json").read_text())
    assert json.loads(rec.read_text())["tasks"]["charlm"]["summary"] == saved["summary"]
    assert [r["recipe"] for r in saved["summary"]] == ["fp32", "fp8"]
    assert json.loads(capsys.readouterr().out)["task"] == "charlm"
    assert main(["attention", "train", "--task", "nope"]) == 2


def test_record_merges_a_rerun_recipe_into_the_same_config_and_recomputes_ratios(tmp_path):
    from paddlecamp.attention.train import record_result

    cfg = replace(TrainConfig.for_task("recall", steps=2, smoke=True), d_model=32, batch=4)
    rec = tmp_path / "results.json"
    first = run_study(cfg, ["fp32", "fp8"])
    record_result(rec, first)
    again = run_study(cfg, ["int8"])
    assert "final_loss_ratio" not in again["summary"][0]      # no fp32 in this run alone
    merged = record_result(rec, again)["tasks"]["recall"]
    rows = {r["recipe"]: r for r in merged["summary"]}
    assert list(rows) == ["fp32", "fp8", "int8"]
    assert rows["int8"]["final_loss_ratio"] == (again["runs"]["int8"]["final_loss"]
                                                / first["runs"]["fp32"]["final_loss"])
    # Another config (not just another seed) replaces the task's entry instead of mixing runs.
    other = run_study(replace(cfg, d_model=16), ["fp32"])
    assert list(record_result(rec, other)["tasks"]["recall"]["runs"]) == ["fp32"]


def test_record_keeps_other_seeds_as_summary_rows(tmp_path):
    from paddlecamp.attention.train import format_summary, record_result, seed_table

    cfg = replace(TrainConfig.for_task("recall", steps=2, smoke=True), d_model=32, batch=4)
    rec = tmp_path / "results.json"
    record_result(rec, run_study(cfg, ["fp32", "int8"]))
    record_result(rec, run_study(replace(cfg, seed=3), ["fp32"]))
    entry = record_result(rec, run_study(replace(cfg, seed=3), ["int8"]))["tasks"]["recall"]
    assert entry["config"]["seed"] == 0 and list(entry["runs"]) == ["fp32", "int8"]
    assert [r["recipe"] for r in entry["other_seeds"]["3"]] == ["fp32", "int8"]
    table = seed_table(entry)
    assert [row["seed"] for row in table["int8"]] == [0, 3]
    assert table["int8"][1]["accuracy"] == entry["other_seeds"]["3"][1]["accuracy"]
    text = format_summary(entry)
    assert "accuracy per seed" in text and "seed 3" in text
