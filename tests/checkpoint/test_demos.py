"""The chapter workloads: a resumable tiny GPT-2, ranks as processes, a save killed mid-write, measurements."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from paddlecamp.checkpoint import load, measure, open_index, plan_for, save
from paddlecamp.checkpoint import demos
from paddlecamp.checkpoint.layouts import Layout

transformers = pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def trained():
    model, opt = demos.tiny_gpt2(seed=0)
    loader = demos.TokenLoader(model.config.vocab_size)
    losses = demos.train_steps(model, opt, loader, 2)
    return model, opt, loader, losses


def test_training_state_categories(trained):
    model, opt, loader, _ = trained
    state = demos.training_state(model, opt, loader, step=2)
    assert "model.lm_head.weight" not in state and "model.transformer.wte.weight" in state  # tied, kept once
    cats = demos.bytes_by_category(state)
    assert cats["optimizer moments"]["bytes"] == 2 * cats["model weights"]["bytes"]
    assert cats["loader position"]["entries"] == 1 and cats["training step"]["bytes"] == 1
    assert list(cats)[0] == "model weights"
    assert demos.category_of("optim.step.x") == "optimizer step counters"
    assert demos.category_of("whatever") == "other values"
    assert demos.nbytes_of(torch.zeros(3)) == 12 and demos.nbytes_of({"a": 1}) == len('{"a":1}')


def test_resume_equals_uninterrupted_and_every_part_matters(trained, tmp_path):
    model, opt, loader, before = trained
    state = demos.training_state(model, opt, loader, step=2)
    save(state, tmp_path, save_id="2")
    index = open_index(tmp_path)
    tmpl = {k: torch.empty(m.global_shape, dtype=state[k].dtype) for k, m in index.tensors.items()}
    tmpl.update({k: None for k in index.values})
    loaded = load(tmp_path, tmpl)
    a, oa = demos.tiny_gpt2(seed=0)
    ref = demos.train_steps(a, oa, demos.TokenLoader(a.config.vocab_size), 4)
    assert ref[:2] == before

    def resume(parts=demos.PARTS):
        m, o = demos.tiny_gpt2(seed=5)
        ld = demos.TokenLoader(m.config.vocab_size)
        assert demos.restore_training_state(m, o, ld, loaded, parts) == 2
        return demos.train_steps(m, o, ld, 2)

    assert resume() == ref[2:]
    for part in demos.PARTS:
        assert resume(tuple(p for p in demos.PARTS if p != part)) != ref[2:], part
    with pytest.raises(ValueError, match="unknown parts"):
        demos.restore_training_state(model, opt, loader, loaded, ("weights",))


def test_token_loader_position_is_its_state():
    a, b = demos.TokenLoader(50, seed=3), demos.TokenLoader(50, seed=3)
    a.next(); a.next()
    b.load_state_dict(a.state_dict())
    assert torch.equal(a.next(), b.next())


def test_run_ranks_save_and_load(tmp_path, trained):
    model, opt, loader, _ = trained
    full = demos.training_state(model, opt, loader, step=2)
    saved = demos.run_ranks(2, "save", tmp_path / "ck", Layout(tp=2), full)
    assert all(r["committed"] for r in saved) and len({r["pid"] for r in saved}) == 2
    loaded = demos.run_ranks(2, "load", tmp_path / "ck", Layout(dp=2, zero=True), full)
    assert all(r["wrong"] == [] and r["tensors"] > 0 for r in loaded)
    with pytest.raises(ValueError, match="has 2 ranks, not 3"):
        demos.run_ranks(3, "save", tmp_path / "x", Layout(tp=2), full)


def test_kill_during_save_leaves_the_old_checkpoint(tmp_path):
    w = np.arange(1000, dtype=np.float32)
    save({"w": w}, tmp_path, save_id="1")
    crash = demos.kill_during_save(tmp_path, "2", 96 << 20, at=0.25)
    assert crash["killed"] and crash["returncode"] == -9
    assert crash["committed_before"] == crash["committed_after"] == "1"
    assert any(n.startswith(".rank00000.safetensors.tmp-") for n in crash["left_behind"])
    assert np.array_equal(load(tmp_path, {"w": np.zeros(1000, np.float32)})["w"], w)
    files = dict(demos.list_files(tmp_path))
    assert ".metadata.json" in files and any(k.startswith("data-2/.rank") for k in files)


def test_measurements(tmp_path):
    state = {"a": torch.randn(256, 64), "b": torch.randn(64, 64)}
    nbytes = measure.tensor_bytes(state)
    assert nbytes == (256 + 64) * 64 * 4
    lim = measure.write_limit(tmp_path, 1 << 20, repeats=1)
    assert lim["bytes"] == 1 << 20 and lim["gbps"] > 0 and not list(tmp_path.iterdir())
    rows = measure.compare_saves(state, tmp_path, repeats=1)
    assert [r["name"] for r in rows] == list(measure.WRITERS)
    assert all(r["bytes_on_disk"] >= nbytes and r["gbps"] > 0 for r in rows)
    assert not list(tmp_path.iterdir())  # every writer's folder removed
    res = measure.reshard_load(state, tmp_path, src=2, dst=3, repeats=1)
    assert res["gbps"] > 0 and res["limit"]["bytes"] >= nbytes and res["hashed_bytes"] >= nbytes
    assert measure.reshard_load(state, tmp_path, repeats=1, verify=False)["hashed_bytes"] == 0


def test_verified_bytes_counts_whole_blocks(tmp_path):
    save({f"t{i}": np.zeros(16, np.float32) for i in range(3)}, tmp_path)
    index, plan = plan_for(tmp_path, {f"t{i}": np.zeros(16, np.float32) for i in range(3)})
    size = next(iter(index.files.values())).size
    assert len(plan.items) == 3
    assert measure.verified_bytes(plan, index) == size     # three reads share one block: hashed once
