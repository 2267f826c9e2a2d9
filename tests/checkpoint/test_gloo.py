"""Real processes with torch.distributed (gloo on CPU): 4 ranks save, 2 load; 2 save with a group.

With a process group the files are the same as with ranks that only share a file system.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from paddlecamp.checkpoint import FlatShard, Shard, load, save
from paddlecamp.checkpoint.boxes import even_split

pytestmark = pytest.mark.skipif(not dist.is_available(), reason="torch.distributed unavailable")

G = (12, 10)


def full_state() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(42)
    return {"w": rng.standard_normal(G).astype(np.float32),
            "m": rng.standard_normal(G).astype(np.float32),
            "bias": rng.standard_normal(10).astype(np.float32)}


def rank_state(rank: int, world: int, layout: str) -> dict:
    f = full_state()
    o, n = even_split(G[0], world, rank)
    if layout == "rows":   # tensor parallel by rows, ZeRO flat optimizer moment, replicated bias
        fo, fn = even_split(f["m"].size, world, rank)
        return {"w": Shard(torch.from_numpy(f["w"][o:o + n].copy()), G, (o, 0)),
                "m": FlatShard(torch.from_numpy(f["m"].reshape(-1)[fo:fo + fn].copy()), G, fo),
                "bias": torch.from_numpy(f["bias"].copy()), "step": 10, "loader": {"index": 100 + rank}}
    co, cn = even_split(G[1], world, rank)  # columns
    return {"w": Shard(torch.from_numpy(f["w"][:, co:co + cn].copy()), G, (0, co)),
            "m": Shard(torch.from_numpy(f["m"][:, co:co + cn].copy()), G, (0, co)),
            "bias": torch.from_numpy(f["bias"].copy()), "step": 10}


def template(rank: int, world: int, layout: str) -> dict:
    st = rank_state(rank, world, layout)
    out = {}
    for k, v in st.items():
        if k == "loader":
            continue
        if isinstance(v, Shard):
            out[k] = Shard(torch.zeros_like(v.local_tensor), v.global_shape, v.global_offset)
        elif isinstance(v, FlatShard):
            out[k] = FlatShard(torch.zeros_like(v.local_tensor), v.global_shape, v.flat_offset)
        elif isinstance(v, torch.Tensor):
            out[k] = torch.zeros_like(v)
        else:
            out[k] = None
    return out


def _worker(rank: int, world: int, init: str, action: str, path: str, layout: str, result_dir: str) -> None:
    dist.init_process_group("gloo", init_method=init, rank=rank, world_size=world)
    try:
        if action == "save":
            res = save(rank_state(rank, world, layout), path, group=dist.group.WORLD, save_id="g1")
            Path(result_dir, f"r{rank}").write_text(str(int(res.committed)))
        else:
            out = load(path, template(rank, world, layout), group=dist.group.WORLD)
            st = rank_state(rank, world, layout)
            ok = all(torch.equal(out[k], getattr(v, "local_tensor", v)) for k, v in st.items()
                     if isinstance(v, (Shard, FlatShard, torch.Tensor)))
            ok = ok and out["step"] == 10
            Path(result_dir, f"r{rank}").write_text(str(int(ok)))
    finally:
        dist.destroy_process_group()


def _run(world: int, action: str, path: Path, layout: str, tmp: Path) -> list[str]:
    res = tmp / f"res-{action}-{world}-{layout}"
    res.mkdir()
    init = f"file://{tmp / f'init-{action}-{world}-{layout}'}"
    mp.start_processes(_worker, args=(world, init, action, str(path), layout, str(res)), nprocs=world,
                       join=True, start_method="spawn")
    return [(res / f"r{r}").read_text() for r in range(world)]


def test_four_ranks_to_two_and_back(tmp_path):
    ck = tmp_path / "ck4"
    assert _run(4, "save", ck, "rows", tmp_path) == ["1"] * 4
    # 4 row-sharded ranks -> 2 column-sharded ranks (and 4 -> 3 in one process, no group)
    assert _run(2, "load", ck, "cols", tmp_path) == ["1"] * 2
    for r in range(3):
        out = load(ck, template(r, 3, "rows"), rank=r, world_size=3)
        exp = rank_state(r, 3, "rows")
        assert torch.equal(out["w"], exp["w"].local_tensor) and torch.equal(out["m"], exp["m"].local_tensor)
    assert load(ck, {"loader": None}, rank=3, world_size=4)["loader"] == {"index": 103}
    # 2 column-sharded ranks (written with a group in the next test) -> 4 row-sharded ranks
    ck2 = tmp_path / "ck2"
    for r in range(2):
        save(rank_state(r, 2, "cols"), ck2, rank=r, world_size=2)
    for r in range(4):
        out = load(ck2, template(r, 4, "rows"), rank=r, world_size=4)
        exp = rank_state(r, 4, "rows")
        assert torch.equal(out["w"], exp["w"].local_tensor) and torch.equal(out["m"], exp["m"].local_tensor)


def test_group_and_file_system_write_the_same_files(tmp_path):
    a, b = tmp_path / "group", tmp_path / "fs"
    _run(2, "save", a, "rows", tmp_path)
    for r in range(2):
        save(rank_state(r, 2, "rows"), b, rank=r, world_size=2, save_id="g1")
    names = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    for n in names:
        if n.endswith(".safetensors") or "/rank" in n:
            assert (a / n).read_bytes() == (b / n).read_bytes(), n
