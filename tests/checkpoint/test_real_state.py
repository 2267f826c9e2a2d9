"""A real training state (a transformers GPT-2 built from its config, AdamW, RNG, loader position)
saved under one parallel layout and loaded under others, bit-exact."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from paddlecamp.checkpoint import CheckpointError, load, open_index, save
from paddlecamp.checkpoint.demos import TokenLoader, restore_training_state, tiny_gpt2, train_steps, training_state
from paddlecamp.checkpoint.layouts import Layout, empty_state, placement, shard_state

transformers = pytest.importorskip("transformers")

N_LAYER = 4


@pytest.fixture(scope="module", name="training_state")
def _training_state():
    model, opt = tiny_gpt2(n_layer=N_LAYER)
    loader = TokenLoader(model.config.vocab_size)
    train_steps(model, opt, loader, 2)
    return training_state(model, opt, loader, step=2)


def _tensors(full):
    return {k: v for k, v in full.items() if isinstance(v, torch.Tensor)}


def _save(full, layout, path, save_id="1"):
    for r in range(layout.world_size):
        save(shard_state(full, layout, r), path, rank=r, world_size=layout.world_size, save_id=save_id)


def _check(full, layout, path):
    shapes = {k: (tuple(v.shape), v.dtype) for k, v in _tensors(full).items()}
    from paddlecamp.checkpoint.layouts import count_layers
    n_layers = count_layers(list(shapes))
    seen = 0
    for r in range(layout.world_size):
        tmpl = empty_state(shapes, layout, r)
        out = load(path, tmpl, rank=r, world_size=layout.world_size)
        for k, got in out.items():
            v = full[k]
            pl = placement(k, tuple(v.shape), layout, r, n_layers=n_layers)
            exp = v[tuple(slice(o, o + n) for o, n in zip(pl.offsets, pl.lengths))]
            if pl.kind == "flat":
                exp = exp.reshape(-1)[pl.flat[0]:pl.flat[0] + pl.flat[1]]
            assert torch.equal(got, exp), (k, r, str(layout))
            seen += got.numel()
    return seen


@pytest.mark.parametrize("src,dst", [
    (Layout(tp=2, dp=2, zero=True), Layout(tp=3)),               # 4 ranks with ZeRO -> 3-way TP (uneven)
    (Layout(tp=2, pp=2), Layout(dp=2, zero=True)),                # TP x PP -> ZeRO data parallel
    (Layout(pp=3), Layout(tp=2, pp=2)),                           # pipeline re-staging 3 -> 2 with TP
])
def test_real_gpt2_state_reshards(training_state, tmp_path, src, dst):
    _save(training_state, src, tmp_path)
    idx = open_index(tmp_path)
    assert set(idx.tensors) == set(_tensors(training_state))
    # every byte is written once: replicas are deduplicated across ranks
    saved = sum(sum(int(np.prod(p.lengths)) for p in m.pieces) for m in idx.tensors.values())
    assert saved == sum(v.numel() for v in _tensors(training_state).values())
    assert _check(training_state, dst, tmp_path) > 0
    vals = load(tmp_path, {"rng.python": None, "loader": None}, rank=0, world_size=dst.world_size)
    assert vals["loader"] == training_state["loader"] and vals["rng.python"] == training_state["rng.python"]


def test_resume_reproduces_training(training_state, tmp_path):
    """Save under TP2xDP2+ZeRO, restore into a fresh model and optimizer on one rank, train on:
    the losses equal those of a run that never stopped."""
    lay = Layout(tp=2, dp=2, zero=True)
    _save(training_state, lay, tmp_path)
    shapes = {k: (tuple(v.shape), v.dtype) for k, v in _tensors(training_state).items()}
    tmpl = empty_state(shapes, Layout(), 0)
    tmpl.update({k: None for k, v in training_state.items() if not isinstance(v, torch.Tensor)})
    tmpl["rng.torch"] = torch.zeros_like(training_state["rng.torch"])
    out = load(tmp_path, tmpl, rank=0, world_size=1)

    def resume(state):
        model, opt = tiny_gpt2(seed=123, n_layer=N_LAYER)  # other weights: all must come from the state
        loader = TokenLoader(model.config.vocab_size, seed=0)
        assert restore_training_state(model, opt, loader, state) == 2
        return train_steps(model, opt, loader, 3)  # dropout and batches come from the restored RNG/loader

    resumed = resume(out)
    assert resumed == resume(training_state)
    model, opt = tiny_gpt2(seed=123, n_layer=N_LAYER)  # the same run without the checkpoint differs
    assert train_steps(model, opt, TokenLoader(model.config.vocab_size, seed=0), 3) != resumed


def test_missing_stage_is_named(training_state, tmp_path):
    lay = Layout(pp=2)
    save(shard_state(training_state, lay, 0), tmp_path, rank=0, world_size=1, save_id="only-stage-0")
    shapes = {k: (tuple(v.shape), v.dtype) for k, v in _tensors(training_state).items()}
    with pytest.raises(CheckpointError, match=r"model\.transformer\.h\.3\.\S+: not in the checkpoint"):
        load(tmp_path, empty_state(shapes, Layout(), 0))

