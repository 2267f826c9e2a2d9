"""Core of the checkpoint track: box math, plans, values, save/load with emulated ranks."""
from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
import torch

from paddlecamp.checkpoint import (CheckpointError, FlatShard, Shard, load, open_index, plan_for,
                                   plan_save, save)
from paddlecamp.checkpoint import values as V
from paddlecamp.checkpoint.boxes import contiguous_span, even_split, flat_to_boxes, intersect, uncovered, volume
from paddlecamp.checkpoint.entries import as_array, spec_of


# ----------------------------------------------------------------------------- boxes
def test_intersect():
    assert intersect((0, 0), (4, 4), (2, 3), (4, 4)) == ((2, 3), (2, 1))
    assert intersect((0,), (4,), (4,), (2,)) is None


@pytest.mark.parametrize("shape", [(7,), (3, 5), (2, 3, 4), (4, 1, 3, 2)])
def test_flat_to_boxes_covers_range_in_order(shape):
    total = volume(shape)
    rng = random.Random(0)
    for _ in range(40):
        a = rng.randrange(total + 1)
        b = rng.randrange(a, total + 1)
        idx = np.arange(total).reshape(shape)
        got = []
        for (off, ln), start in flat_to_boxes(shape, a, b):
            block = idx[tuple(slice(o, o + n) for o, n in zip(off, ln))].reshape(-1)
            assert block[0] == start and np.all(np.diff(block) == 1)  # contiguous, at its flat start
            got.extend(block.tolist())
        assert got == list(range(a, b))
        assert len(flat_to_boxes(shape, a, b)) <= 2 * len(shape) - 1 + 1


def test_contiguous_span_and_uncovered():
    assert contiguous_span((4, 6), (1, 2), (2, 2)) == (8, 16)
    holes = uncovered((0, 0), (4, 6), [((0, 0), (4, 3)), ((0, 3), (2, 3))])
    assert holes == [((2, 3), (2, 3))]
    assert uncovered((0, 0), (4, 6), [((0, 0), (4, 6))]) == []


def test_even_split_uneven():
    parts = [even_split(10, 3, i) for i in range(3)]
    assert parts == [(0, 4), (4, 3), (7, 3)]


# ----------------------------------------------------------------------------- tensors and values
def test_as_array_is_zero_copy_for_torch_and_keeps_bf16_bits():
    t = torch.randn(4, 5)
    a, name = as_array(t)
    assert name == "F32" and a.ctypes.data == t.data_ptr()
    b = torch.randn(3).to(torch.bfloat16)
    ab, nb = as_array(b)
    assert nb == "BF16" and np.array_equal(ab, b.view(torch.int16).numpy().view(np.uint16))


def test_as_array_paddle():
    paddle = pytest.importorskip("paddle")
    t = paddle.to_tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    a, name = as_array(t)
    assert name == "F32" and np.array_equal(a, np.arange(6, dtype=np.float32).reshape(2, 3))


def test_values_round_trip_without_pickle():
    import random as pyrandom
    state = {"step": 7, "rng_py": pyrandom.Random(3).getstate(), "np_rng": np.random.RandomState(1).get_state(),
             "loader": {"epoch": 2, "index": 1234, "order": [3, 1, 2]}, "lr": float("inf"), "b": b"\x00\x01",
             "by_int": {1: "a", 2: "b"}, "scalar": np.float32(1.5)}
    back = V.decode(__import__("json").loads(__import__("json").dumps(V.encode(state))))
    assert back["rng_py"] == state["rng_py"] and back["loader"] == state["loader"] and back["b"] == b"\x00\x01"
    assert back["by_int"] == {1: "a", 2: "b"} and back["lr"] == float("inf") and back["scalar"] == np.float32(1.5)
    np_back = back["np_rng"]
    assert np_back[0] == "MT19937" and np.array_equal(np_back[1], state["np_rng"][1])
    r = np.random.RandomState()
    r.set_state(np_back)
    assert r.rand() == np.random.RandomState(1).rand()
    with pytest.raises(TypeError, match=r"cfg\.fn"):
        V.encode({"fn": print}, "cfg")


# ----------------------------------------------------------------------------- plans (no I/O)
def test_replicated_writes_are_balanced_and_deduplicated():
    world = 4
    state = {f"t{i}": np.zeros(100 * (i + 1), np.float32) for i in range(12)}
    plans = [plan_save([spec_of(k, v, world, r) for k, v in state.items()], r, world) for r in range(world)]
    written = [i.key for p in plans for i in p.items]
    assert sorted(written) == sorted(state)  # each exactly once
    loads = [p.nbytes for p in plans]
    assert max(loads) - min(loads) <= 1200 * 4  # within the largest tensor
    # the same holds when replicas are a subset (data-parallel copies of a TP shard)
    s0 = spec_of("w", Shard(np.zeros((2, 2)), (4, 2), (0, 0), replicas=(0, 2)), 4, 0)
    s2 = spec_of("w", Shard(np.zeros((2, 2)), (4, 2), (0, 0), replicas=(0, 2)), 4, 2)
    p0, p2 = plan_save([s0], 0, 4), plan_save([s2], 2, 4)
    assert len(p0.items) + len(p2.items) == 1


def _save_sharded(path, full, world, axis, save_id="1", extra=None):
    for r in range(world):
        state = {}
        for k, a in full.items():
            o, n = even_split(a.shape[axis], world, r)
            sl = [slice(None)] * a.ndim
            sl[axis] = slice(o, o + n)
            off = [0] * a.ndim
            off[axis] = o
            state[k] = Shard(torch.from_numpy(np.ascontiguousarray(a[tuple(sl)])), a.shape, tuple(off))
        state.update(extra or {})
        save(state, path, rank=r, world_size=world, save_id=save_id)


def test_plan_reads_only_overlapping_bytes(tmp_path):
    full = {"w": np.arange(120, dtype=np.float32).reshape(12, 10)}
    _save_sharded(tmp_path, full, 2, axis=0)
    _, plan = plan_for(tmp_path, {"w": Shard(np.zeros((4, 10), np.float32), (12, 10), (4, 0))}, rank=1, world_size=3)
    assert [(i.offsets, i.lengths) for i in plan.items] == [((4, 0), (2, 10)), ((6, 0), (2, 10))]
    assert plan.nbytes == 4 * 10 * 4 and all(i.direct for i in plan.items)
    assert len(plan.files()) == 2


@pytest.mark.parametrize("src_world,dst_world,src_axis,dst_axis", [(2, 3, 0, 0), (2, 4, 0, 1), (3, 2, 1, 0),
                                                                  (4, 1, 0, 0), (1, 3, 0, 1)])
def test_reshard_bit_exact(tmp_path, src_world, dst_world, src_axis, dst_axis):
    rng = np.random.default_rng(src_world * 10 + dst_world)
    full = {"a": rng.standard_normal((13, 7)).astype(np.float32),
            "b": rng.integers(-9, 9, size=(5, 11, 3)).astype(np.int64)}
    _save_sharded(tmp_path, full, src_world, src_axis)
    for r in range(dst_world):
        tmpl = {}
        for k, a in full.items():
            o, n = even_split(a.shape[dst_axis], dst_world, r)
            shape = list(a.shape)
            shape[dst_axis] = n
            off = [0] * a.ndim
            off[dst_axis] = o
            tmpl[k] = Shard(torch.zeros(shape, dtype=torch.from_numpy(a).dtype), a.shape, tuple(off))
        out = load(tmp_path, tmpl, rank=r, world_size=dst_world)
        for k, a in full.items():
            sl = [slice(None)] * a.ndim
            o, n = even_split(a.shape[dst_axis], dst_world, r)
            sl[dst_axis] = slice(o, o + n)
            assert np.array_equal(out[k].numpy(), a[tuple(sl)]), (k, r)
            assert out[k] is tmpl[k].local_tensor  # filled in place


def test_2d_to_flat_and_back(tmp_path):
    """2-D (TP x PP-style) boxes saved by 4 ranks, loaded as ZeRO flat ranges by 3 ranks and whole by 1."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((8, 6)).astype(np.float32)
    for r, (i, j) in enumerate(itertools.product(range(2), range(2))):
        box = a[i * 4:(i + 1) * 4, j * 3:(j + 1) * 3].copy()
        save({"a": Shard(box, (8, 6), (i * 4, j * 3))}, tmp_path, rank=r, world_size=4, save_id="s")
    for r in range(3):
        o, n = even_split(48, 3, r)
        out = load(tmp_path, {"a": FlatShard(np.zeros(n, np.float32), (8, 6), o)}, rank=r, world_size=3)
        assert np.array_equal(out["a"], a.reshape(-1)[o:o + n])
    # and flat -> 2-D box
    path2 = tmp_path / "flat"
    for r in range(3):
        o, n = even_split(48, 3, r)
        save({"a": FlatShard(a.reshape(-1)[o:o + n].copy(), (8, 6), o)}, path2, rank=r, world_size=3, save_id="s")
    out = load(path2, {"a": Shard(np.zeros((5, 4), np.float32), (8, 6), (2, 1))})
    assert np.array_equal(out["a"], a[2:7, 1:5])


def test_nested_state_values_and_partial_load(tmp_path):
    model = torch.nn.Linear(4, 3)
    opt = torch.optim.AdamW(model.parameters())
    model(torch.randn(2, 4)).sum().backward()
    opt.step()
    state = {"model": model.state_dict(), "optim": opt.state_dict(), "rng": torch.get_rng_state(),
             "loader": {"epoch": 1, "index": 17}, "step": 1}
    save(state, tmp_path)
    m2 = torch.nn.Linear(4, 3)
    o2 = torch.optim.AdamW(m2.parameters())
    m2(torch.randn(2, 4)).sum().backward()
    o2.step()
    tmpl = {"model": m2.state_dict(), "optim": o2.state_dict(), "rng": torch.zeros_like(torch.get_rng_state()),
            "loader": None, "step": None}
    out = load(tmp_path, tmpl)
    for k, v in model.state_dict().items():
        assert torch.equal(m2.state_dict()[k], v)
    assert torch.equal(out["optim"]["state"][0]["exp_avg"], opt.state_dict()["state"][0]["exp_avg"])
    assert out["optim"]["param_groups"] == opt.state_dict()["param_groups"]
    assert torch.equal(out["rng"], state["rng"]) and out["loader"] == {"epoch": 1, "index": 17}
    only = load(tmp_path, {"model": {"bias": torch.zeros(3)}})  # a subset of keys
    assert torch.equal(only["model"]["bias"], model.bias.detach())


def test_per_rank_values(tmp_path):
    for r in range(2):
        save({"x": np.zeros(2), "pos": 100 + r, "epoch": 3}, tmp_path, rank=r, world_size=2)
    assert load(tmp_path, {"pos": None}, rank=1, world_size=2)["pos"] == 101
    assert load(tmp_path, {"epoch": None}, rank=2, world_size=3)["epoch"] == 3  # same on all ranks
    with pytest.raises(CheckpointError, match="pos.*rank 2 has no counterpart"):
        load(tmp_path, {"pos": None}, rank=2, world_size=3)


def test_paddle_and_numpy_destinations(tmp_path):
    paddle = pytest.importorskip("paddle")
    a = np.arange(12, dtype=np.float32).reshape(3, 4)
    save({"a": paddle.to_tensor(a), "b": torch.arange(5, dtype=torch.bfloat16)}, tmp_path)
    out = load(tmp_path, {"a": paddle.zeros([3, 4]), "b": torch.zeros(5, dtype=torch.bfloat16)})
    assert np.array_equal(out["a"].numpy(), a)
    assert torch.equal(out["b"], torch.arange(5, dtype=torch.bfloat16))


def test_errors_name_tensor_and_region(tmp_path):
    a = np.arange(20, dtype=np.float32).reshape(4, 5)
    save({"a": Shard(a[:2].copy(), (4, 5), (0, 0))}, tmp_path, rank=0, world_size=2)
    with pytest.raises(CheckpointError, match=r"not committed: save '0': 1 of 2 ranks finished \(missing ranks 1\)"):
        load(tmp_path, {"a": np.zeros((4, 5), np.float32)})
    save({"a": Shard(a[3:].copy(), (4, 5), (3, 0))}, tmp_path, rank=1, world_size=2)
    with pytest.raises(CheckpointError, match=r"a: no saved data for \[2:3, 0:5\]"):
        load(tmp_path, {"a": np.zeros((4, 5), np.float32)})
    with pytest.raises(CheckpointError, match=r"a: global shape \(4, 6\) wanted, \(4, 5\) saved"):
        load(tmp_path, {"a": Shard(np.zeros((2, 6), np.float32), (4, 6), (0, 0))})
    with pytest.raises(CheckpointError, match=r"a: dtype F64 wanted, F32 saved"):
        load(tmp_path, {"a": Shard(np.zeros((2, 5)), (4, 5), (0, 0))})
    with pytest.raises(CheckpointError, match=r"zz: not in the checkpoint"):
        load(tmp_path, {"zz": np.zeros(1)})
    with pytest.raises(ValueError, match=r"a: shard \[3:5\] on axis 0 exceeds global size 4"):
        save({"a": Shard(np.zeros((2, 5)), (4, 5), (3, 0))}, tmp_path / "x")


def test_resave_same_id_refused_and_new_id_replaces(tmp_path):
    save({"a": np.ones(3)}, tmp_path, save_id="1")
    with pytest.raises(CheckpointError, match="already holds the committed save '1'"):
        save({"a": np.zeros(3)}, tmp_path, save_id="1")
    save({"a": np.full(3, 2.0)}, tmp_path, save_id="2")
    assert np.array_equal(load(tmp_path, {"a": np.zeros(3)})["a"], np.full(3, 2.0))
    assert not (tmp_path / "data-1").exists()  # the old generation is removed after the commit


def test_async_save(tmp_path):
    a = torch.randn(256, 256)
    expected = a.clone()
    fut = save({"a": a, "step": 3}, tmp_path, async_=True)
    a.add_(1.0)  # the snapshot was taken before save returned
    res = fut.result()
    assert res.committed and fut.blocking_seconds >= 0
    out = load(tmp_path, {"a": torch.zeros(256, 256), "step": None})
    assert torch.equal(out["a"], expected) and out["step"] == 3


def test_data_file_is_safetensors(tmp_path):
    from safetensors.torch import load_file
    save({"w": Shard(torch.arange(6.0).reshape(2, 3), (4, 3), (2, 0)), "b": torch.ones(2, dtype=torch.bfloat16)},
         tmp_path, rank=0, world_size=1)
    idx = open_index(tmp_path)
    (fname,) = idx.files
    got = load_file(str(tmp_path / fname))
    assert torch.equal(got["w@2,0"], torch.arange(6.0).reshape(2, 3))
    assert torch.equal(got["b"], torch.ones(2, dtype=torch.bfloat16))


def test_leftover_of_a_crashed_save_is_listed_and_collected(tmp_path):
    from paddlecamp.checkpoint.api import collect_garbage, leftover_saves
    save({"a": np.ones(3)}, tmp_path, save_id="1")
    # rank 0 of a 2-rank save finishes, rank 1 never does (it crashed)
    save({"a": Shard(np.zeros(2), (4,), (0,))}, tmp_path, rank=0, world_size=2, save_id="2")
    (lo,) = leftover_saves(tmp_path)
    assert lo.path.endswith("data-2") and lo.files == 2 and lo.bytes > 0
    assert collect_garbage(tmp_path, older_than=3600) == []  # young: maybe still running
    assert len(collect_garbage(tmp_path, older_than=0)) == 1
    assert leftover_saves(tmp_path) == [] and (tmp_path / "data-1").is_dir()
    assert np.array_equal(load(tmp_path, {"a": np.zeros(3)})["a"], np.ones(3))


def test_cli_inspect_and_gc_show_leftovers(tmp_path, capsys):
    from paddlecamp.cli import main
    save({"a": np.ones(3)}, tmp_path, save_id="1")
    save({"a": Shard(np.zeros(2), (4,), (0,))}, tmp_path, rank=0, world_size=2, save_id="2")
    assert main(["ckpt", "inspect", str(tmp_path)]) == 0
    assert "leftover saves" in capsys.readouterr().out
    assert main(["ckpt", "gc", str(tmp_path), "--older-than", "0", "--dry-run"]) == 0
    assert "would remove" in capsys.readouterr().out and (tmp_path / "data-2").exists()
    assert main(["ckpt", "gc", str(tmp_path), "--older-than", "0"]) == 0
    assert not (tmp_path / "data-2").exists()


def test_column_slices_of_long_rows_read_only_needed_bytes(tmp_path):
    """A 3-way column cut of a row-sharded weight with 256 KiB rows reads each row band, not the span."""
    rng = np.random.default_rng(1)
    full = {"w": rng.standard_normal((8, 3 * 32768)).astype(np.float32)}  # rows of 384 KiB
    _save_sharded(tmp_path, full, 2, axis=0)
    o, n = even_split(full["w"].shape[1], 3, 1)
    tmpl = {"w": Shard(np.zeros((8, n), np.float32), full["w"].shape, (0, o))}
    _, plan = plan_for(tmp_path, tmpl, rank=1, world_size=3)
    assert plan.nbytes == 8 * n * 4  # exactly the needed bytes
    out = load(tmp_path, tmpl, rank=1, world_size=3)
    assert np.array_equal(out["w"], full["w"][:, o:o + n])
    small = {"v": rng.standard_normal((64, 30)).astype(np.float32)}  # short rows: one span is cheaper
    _save_sharded(tmp_path / "s", small, 1, axis=0)
    _, plan = plan_for(tmp_path / "s", {"v": Shard(np.zeros((64, 10), np.float32), (64, 30), (0, 10))})
    assert len(plan.items) == 1 and plan.nbytes > 64 * 10 * 4


def test_async_save_staged_in_background(tmp_path):
    a = torch.randn(512, 512)
    expected = a.clone()
    fut = save({"a": a}, tmp_path, async_=True, stage="background")
    fut.wait_staged()  # e.g. just before optimizer.step()
    a.mul_(3.0)
    assert fut.result().committed
    assert torch.equal(load(tmp_path, {"a": torch.zeros(512, 512)})["a"], expected)
    with pytest.raises(ValueError, match="stage='later'"):
        save({"a": a}, tmp_path / "x", async_=True, stage="later")
