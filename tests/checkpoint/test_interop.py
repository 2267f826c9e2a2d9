"""Checkpoints written by the real tools, read with our index and loaded into other layouts bit-exact.

- torch DCP from 2 gloo processes (DTensor row/column/replicated/bf16 shards, a 2-D
  checkerboard ShardedTensor, non-tensor values) -> 3 emulated ranks;
- ``transformers`` ``save_pretrained`` of a tiny GPT-2 in 100 KB shards -> 2 ranks;
- our save -> HF -> ``from_pretrained``; our save -> DCP -> ``torch.distributed.checkpoint.load``;
- Paddle ``flex_checkpoint`` from 1 process (flattened shards, bf16, safetensors) and 2
  processes (``paddle.distributed.launch``);
- hostile pickles are refused without running them.
"""
from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch

from paddlecamp.checkpoint import CheckpointError, FlatShard, Shard, load, open_index, save
from paddlecamp.checkpoint.boxes import even_split
from paddlecamp.checkpoint.entries import as_array

# the global tensors of the DCP test; the worker processes run the same code
FULL_SRC = '''
import torch
def full():
    g = torch.Generator().manual_seed(0)
    return {"rows": torch.randn(7, 5, generator=g), "cols": torch.randn(4, 9, generator=g),
            "rep": torch.randn(6, generator=g), "bf": torch.randn(10, 3, generator=g).to(torch.bfloat16),
            "grid": torch.arange(48, dtype=torch.int64).reshape(6, 8)}
'''

WORKER = FULL_SRC + '''
import sys, warnings
warnings.simplefilter("ignore")
import torch.distributed as dist, torch.distributed.checkpoint as dcp
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.tensor import distribute_tensor, Shard, Replicate
from torch.distributed._shard.sharded_tensor import init_from_local_shards, Shard as STShard

rank, world, init, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
dist.init_process_group("gloo", init_method=init, rank=rank, world_size=world)
mesh = init_device_mesh("cpu", (world,))
f = full()
sd = {"model": {"rows": distribute_tensor(f["rows"], mesh, [Shard(0)]),      # uneven: 4 + 3 rows
                "cols": distribute_tensor(f["cols"], mesh, [Shard(1)]),      # 5 + 4 columns
                "rep": distribute_tensor(f["rep"], mesh, [Replicate()]),
                "bf": distribute_tensor(f["bf"], mesh, [Shard(0)])},
      "step": 42, "cfg": {"lr": 0.5, "name": "tiny"}}
# a 2-D checkerboard of 3x4 blocks: rank 0 holds blocks (0,0),(1,1); rank 1 holds (0,1),(1,0)
blocks = [(0, 0), (1, 1)] if rank == 0 else [(0, 1), (1, 0)]
shards = [STShard.from_tensor_and_offsets(f["grid"][3*i:3*i+3, 4*j:4*j+4].clone(), [3*i, 4*j], rank)
          for i, j in blocks]
sd["model"]["grid"] = init_from_local_shards(shards, 6, 8)
dcp.save(sd, checkpoint_id=path)
# without a coordinator every rank writes its own __<rank>.metadata; "who" differs per rank
dcp.save({"rows": sd["model"]["rows"], "rep": sd["model"]["rep"], "who": rank}, checkpoint_id=path + "-local",
         use_collectives=False)
dist.barrier()
dist.destroy_process_group()
'''


def _full() -> dict[str, torch.Tensor]:
    ns: dict = {}
    exec(FULL_SRC, ns)
    return ns["full"]()


def _bits(x) -> np.ndarray:
    arr, name = as_array(x)
    return arr.view(np.uint8) if arr.size else arr, name


def same(a, b) -> bool:
    """Bit-exact equality of two tensors (torch/numpy/paddle), dtype included."""
    (x, nx), (y, ny) = _bits(a), _bits(b)
    return nx == ny and x.shape == y.shape and np.array_equal(x, y)


def _run_procs(cmds: list[list[str]], timeout: float = 120) -> None:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env) for c in cmds]
    outs = []
    for p in procs:
        try:
            out, _ = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            for q in procs:
                q.kill()
            raise
        outs.append((p.returncode, out.decode(errors="replace")))
    bad = [o for rc, o in outs if rc != 0]
    assert not bad, bad[0][-3000:]


# ----------------------------------------------------------------------------- torch DCP
@pytest.fixture(scope="module")
def dcp_ckpt(tmp_path_factory) -> Path:
    import torch.distributed as dist
    if not dist.is_available() or not dist.is_gloo_available():
        pytest.skip("torch.distributed with gloo unavailable")
    tmp = tmp_path_factory.mktemp("dcp")
    script = tmp / "worker.py"
    script.write_text(WORKER)
    ck = tmp / "ck"
    init = f"file://{tmp / 'init'}"
    _run_procs([[sys.executable, str(script), str(r), "2", init, str(ck)] for r in range(2)])
    return ck


def test_dcp_index_from_two_gloo_ranks(dcp_ckpt):
    idx = open_index(dcp_ckpt)
    assert idx.format == "torch-dcp" and idx.world_size == 2
    t = idx.tensors
    assert sorted(t) == ["model.bf", "model.cols", "model.grid", "model.rep", "model.rows"]
    assert (t["model.rows"].global_shape, t["model.bf"].dtype, t["model.grid"].dtype) == ((7, 5), "BF16", "I64")
    assert sorted((p.offsets, p.lengths) for p in t["model.rows"].pieces) == [((0, 0), (4, 5)), ((4, 0), (3, 5))]
    assert len(t["model.grid"].pieces) == 4 and len(t["model.rep"].pieces) == 1  # replicated: written once
    assert all(p.encoding == "torch" and p.blob_nbytes > 0 for m in t.values() for p in m.pieces)
    # DCP splits the config dict into leaves; it comes back whole, keyed as our flatten keys it
    assert idx.values == {"step": [42], "cfg": [{"lr": 0.5, "name": "tiny"}]}


def test_dcp_two_ranks_to_three_ranks_bit_exact(dcp_ckpt):
    f = _full()
    for r in range(3):
        ro, rn = even_split(7, 3, r)
        co, cn = even_split(9, 3, r)
        bo, bn = even_split(3, 3, r)
        go, gn = even_split(6, 3, r)
        fo, fn = even_split(48, 3, r)
        tpl = {"model": {
            "rows": Shard(torch.zeros(rn, 5), (7, 5), (ro, 0)),
            "cols": Shard(np.zeros((4, cn), np.float32), (4, 9), (0, co)),     # columns -> columns of 3
            "bf": Shard(torch.zeros(10, bn, dtype=torch.bfloat16), (10, 3), (0, bo)),  # rows -> columns
            "rep": torch.zeros(6),
            "grid": Shard(torch.zeros(gn, 8, dtype=torch.int64), (6, 8), (go, 0)),  # 2-D blocks -> rows
        }, "step": None, "cfg": None}
        out = load(dcp_ckpt, tpl, rank=r, world_size=3)
        m = out["model"]
        assert same(m["rows"], f["rows"][ro:ro + rn])
        assert same(m["cols"], f["cols"][:, co:co + cn])
        assert same(m["bf"], f["bf"][:, bo:bo + bn])
        assert same(m["rep"], f["rep"])
        assert same(m["grid"], f["grid"][go:go + gn])
        assert out["step"] == 42 and out["cfg"] == {"lr": 0.5, "name": "tiny"}
        # the 2-D checkerboard into a ZeRO-style flat range
        flat = load(dcp_ckpt, {"model": {"grid": FlatShard(torch.zeros(fn, dtype=torch.int64), (6, 8), fo)}},
                    rank=r, world_size=3)
        assert same(flat["model"]["grid"], f["grid"].reshape(-1)[fo:fo + fn])


def test_dcp_per_rank_metadata_files(dcp_ckpt):
    local = dcp_ckpt.with_name(dcp_ckpt.name + "-local")
    assert sorted(p.name for p in local.glob("*.metadata")) == ["__0.metadata", "__1.metadata"]
    idx = open_index(local)
    assert idx.values == {"who": [0, 1]} and len(idx.tensors["rep"].pieces) == 1
    f = _full()
    for r in range(2):
        out = load(local, {"rows": torch.zeros(7, 5), "rep": torch.zeros(6), "who": None}, rank=r, world_size=2)
        assert same(out["rows"], f["rows"]) and same(out["rep"], f["rep"]) and out["who"] == r


def test_dcp_missing_region_is_named(dcp_ckpt):
    with pytest.raises(CheckpointError, match=r"model.rows: global shape \(8, 5\) wanted"):
        load(dcp_ckpt, {"model": {"rows": torch.zeros(8, 5)}})
    with pytest.raises(CheckpointError, match="not in the checkpoint"):
        load(dcp_ckpt, {"model": {"nope": torch.zeros(2)}})


def test_dcp_safetensors_serialization_and_hf_storage_writer(tmp_path):
    import torch.distributed.checkpoint as dcp
    from torch.distributed.checkpoint.filesystem import SerializationFormat
    sd = {"w": torch.arange(12.).reshape(3, 4), "b": torch.arange(5).to(torch.bfloat16)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # blobs replaced by one safetensors file per rank (torch's own FileSystemReader cannot read this back)
        dcp.save(sd, storage_writer=dcp.FileSystemWriter(str(tmp_path / "st"),
                                                         serialization_format=SerializationFormat.SAFETENSORS),
                 no_dist=True)
        dcp.save(sd, storage_writer=dcp.HuggingFaceStorageWriter(str(tmp_path / "hf")), no_dist=True)
    for name, fmt in (("st", "torch-dcp"), ("hf", "hf-safetensors")):
        idx = open_index(tmp_path / name)
        assert idx.format == fmt and {p.encoding for m in idx.tensors.values() for p in m.pieces} == {"raw"}
        out = load(tmp_path / name, {"w": Shard(torch.zeros(2, 4), (3, 4), (1, 0)),
                                     "b": torch.zeros(5, dtype=torch.bfloat16)})
        assert same(out["w"], sd["w"][1:]) and same(out["b"], sd["b"])


class _Boom:
    def __reduce__(self):
        return (os.system, ("echo pwned > /dev/null",))


def test_hostile_pickles_are_refused(tmp_path):
    d = tmp_path / "dcp"
    d.mkdir()
    (d / ".metadata").write_bytes(pickle.dumps(_Boom(), protocol=4))
    with pytest.raises(CheckpointError, match=r"refusing to unpickle (posix|os)\.system"):
        open_index(d)
    p = tmp_path / "paddle"
    p.mkdir()
    (p / "0.metadata").write_bytes(pickle.dumps(_Boom(), protocol=4))
    with pytest.raises(CheckpointError, match=r"refusing to unpickle (posix|os)\.system"):
        open_index(p)
    # Paddle data files: numpy arrays only, and only plain byte runs
    from paddlecamp.checkpoint.interop.paddle_flex import scan_pickle_arrays
    f = tmp_path / "0_0.distcp"
    f.write_bytes(pickle.dumps({"w": _Boom()}, protocol=4))
    with pytest.raises(CheckpointError, match=r"0_0.distcp: refusing to unpickle (posix|os)\.system"):
        scan_pickle_arrays(f)
    f.write_bytes(pickle.dumps({"w": np.array([1, "x"], dtype=object)}, protocol=4))
    with pytest.raises(CheckpointError, match="not a plain byte run|refusing"):
        scan_pickle_arrays(f)
    arrays, end = scan_pickle_arrays(_write(f, {"a": np.arange(5, dtype=np.int16), "b": np.ones((300, 100))}))
    raw = f.read_bytes()
    assert end == len(raw) and arrays["b"].shape == (300, 100)
    for k, v in (("a", np.arange(5, dtype=np.int16)), ("b", np.ones((300, 100)))):
        blob = arrays[k].blob
        assert raw[blob.offset:blob.offset + blob.nbytes] == v.tobytes()


def _write(path: Path, obj) -> Path:
    path.write_bytes(pickle.dumps(obj, protocol=4))
    return path


# ----------------------------------------------------------------------------- transformers
def _tiny_gpt2():
    from transformers import GPT2Config, GPT2LMHeadModel
    torch.manual_seed(0)
    cfg = GPT2Config(n_layer=2, n_embd=64, n_head=2, vocab_size=1000, n_positions=128, bos_token_id=0,
                     eos_token_id=0)
    return GPT2LMHeadModel(cfg).eval()


@pytest.fixture(scope="module")
def gpt2():
    pytest.importorskip("transformers")
    return _tiny_gpt2()


def test_transformers_sharded_checkpoint_to_two_ranks(gpt2, tmp_path):
    d = tmp_path / "hf"
    gpt2.save_pretrained(d, max_shard_size="100KB")
    idx = open_index(d)
    assert idx.format == "hf-safetensors" and len(idx.files) > 3
    sd = gpt2.state_dict()
    saved = json.loads((d / "model.safetensors.index.json").read_text())["weight_map"]
    assert sorted(idx.tensors) == sorted(saved)  # the tied lm_head.weight is not saved
    for r in range(2):
        tpl = {}
        for k in idx.tensors:
            g = tuple(sd[k].shape)
            o, n = even_split(g[0], 2, r)
            tpl[k] = Shard(torch.zeros((n,) + g[1:]), g, (o,) + (0,) * (len(g) - 1))
        out = load(d, tpl, rank=r, world_size=2)
        for k, v in out.items():
            o, n = even_split(sd[k].shape[0], 2, r)
            assert same(v, sd[k][o:o + n]), k
    # one safetensors file on its own is a checkpoint too
    one = next(iter(idx.files))
    assert open_index(d / one).tensors.keys() <= set(saved)


def _save_sharded(state: dict[str, torch.Tensor], path: Path, world: int = 2) -> None:
    """Our save from ``world`` ranks: matrices split by rows, vectors replicated."""
    for r in range(world):
        st = {}
        for k, v in state.items():
            if v.dim() >= 2:
                o, n = even_split(v.shape[0], world, r)
                st[k] = Shard(v[o:o + n].clone(), tuple(v.shape), (o,) + (0,) * (v.dim() - 1))
            else:
                st[k] = v.clone()
        save(st, path, rank=r, world_size=world)


def test_ours_to_hf_from_pretrained_and_to_dcp(gpt2, tmp_path):
    from transformers import GPT2LMHeadModel

    from paddlecamp.cli import main
    sd = {k: v.detach().clone() for k, v in gpt2.state_dict().items() if k != "lm_head.weight"}
    ours = tmp_path / "ours"
    _save_sharded(sd, ours)
    hf = tmp_path / "hf"
    assert main(["ckpt", "convert", str(ours), str(hf), "--to", "hf", "--max-shard-size", "100KB"]) == 0
    assert (hf / "model.safetensors.index.json").exists()
    gpt2.config.save_pretrained(hf)
    back = GPT2LMHeadModel.from_pretrained(hf).eval()
    got = back.state_dict()
    for k, v in gpt2.state_dict().items():
        assert same(got[k], v), k
    # our save -> torch DCP, read back by torch itself
    import torch.distributed.checkpoint as dcp
    dd = tmp_path / "dcp"
    assert main(["ckpt", "convert", str(ours), str(dd), "--to", "dcp"]) == 0
    tpl = {k: torch.zeros_like(v) for k, v in sd.items()}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dcp.load(tpl, checkpoint_id=str(dd), no_dist=True)
    assert all(same(tpl[k], sd[k]) for k in sd)


def test_convert_to_full_and_dcp_keeps_bf16_and_values(tmp_path):
    from paddlecamp.checkpoint.convert import convert
    state = {"w": torch.randn(5, 3).to(torch.bfloat16), "opt": {"m": torch.randn(4), "step": 3},
             "cfg": {"lr": 0.25, "betas": [0.9, 0.99]}}
    save(state, tmp_path / "src")
    convert(tmp_path / "src", tmp_path / "dcp", "dcp")
    res = convert(tmp_path / "dcp", tmp_path / "full", "full")
    assert res.values_written == ["cfg", "opt.step"]
    tpl = {"w": torch.zeros(5, 3, dtype=torch.bfloat16), "opt": {"m": torch.zeros(4), "step": None}, "cfg": None}
    out = load(tmp_path / "full", tpl)
    assert same(out["w"], state["w"]) and same(out["opt"]["m"], state["opt"]["m"])
    assert out["opt"]["step"] == 3 and out["cfg"] == {"lr": 0.25, "betas": [0.9, 0.99]}
    with pytest.raises(CheckpointError, match="not an empty directory"):
        convert(tmp_path / "src", tmp_path / "full", "full")


def test_save_hf_layout(tmp_path):
    from paddlecamp.checkpoint.interop import save_hf
    t = {"a": np.arange(300, dtype=np.float32), "b": torch.ones(2, 2, dtype=torch.bfloat16),
         "c": np.zeros((0, 4), np.int64)}
    names = save_hf(t, tmp_path / "one", max_shard_bytes=10 ** 6)
    assert names == ["model.safetensors"]
    names = save_hf(t, tmp_path / "many", max_shard_bytes=100)
    assert names[-1] == "model.safetensors.index.json" and len(names) == 3
    from safetensors.torch import load_file
    ref = load_file(tmp_path / "one" / "model.safetensors")  # the safetensors library reads our files
    assert same(ref["a"], t["a"]) and same(ref["b"], t["b"]) and ref["c"].shape == (0, 4)
    out = load(tmp_path / "many", {k: (torch.zeros(2, 2, dtype=torch.bfloat16) if k == "b" else np.zeros_like(v))
                                   for k, v in t.items()})
    assert all(same(out[k], v) for k, v in t.items())
    # broken headers are named, file and tensor
    f = tmp_path / "one" / "model.safetensors"
    raw = f.read_bytes()
    f.write_bytes(raw.replace(b'"F32"', b'"F4X"', 1))
    with pytest.raises(CheckpointError, match=r"model.safetensors: tensor a: unsupported dtype 'F4X'"):
        open_index(tmp_path / "one")
    f.write_bytes(raw[:8] + b"[" + raw[9:])
    with pytest.raises(CheckpointError, match="model.safetensors: broken safetensors header"):
        open_index(f)


# ----------------------------------------------------------------------------- Paddle flex_checkpoint
PADDLE_WORKER = '''
import os, sys, warnings
warnings.simplefilter("ignore")
import paddle, paddle.distributed as dist
from paddle.distributed.flex_checkpoint.dcp.save_state_dict import save_state_dict
dist.init_parallel_env()
mesh = dist.ProcessMesh([0, 1], dim_names=["x"])
w = paddle.arange(56, dtype="float32").reshape([7, 8])
b = paddle.arange(10, dtype="float32").astype("bfloat16")
state = {"w": dist.shard_tensor(w, mesh, [dist.Shard(0)]), "wc": dist.shard_tensor(w, mesh, [dist.Shard(1)]),
         "b": dist.shard_tensor(b, mesh, [dist.Replicate()])}
save_state_dict(state, sys.argv[1])
'''


@pytest.fixture(scope="module")
def paddle_mod():
    return pytest.importorskip("paddle")


def test_paddle_flex_single_process(paddle_mod, tmp_path):
    paddle = paddle_mod
    from paddle.distributed.flex_checkpoint.dcp.save_state_dict import save_state_dict
    from paddle.distributed.flex_checkpoint.dcp.sharded_weight import ShardedWeight
    g = np.arange(60, dtype=np.float32).reshape(6, 10)
    # two ZeRO-style flattened pieces of the 6x10 tensor: box rows 0..3 holds flat [5, 27) of it,
    # box rows 3..6 holds all of its 30 elements
    flat1 = g[0:3].reshape(-1)[5:27]
    sd = {"w": paddle.to_tensor(g[:2]), "b": paddle.to_tensor(np.arange(7, dtype=np.float32)).astype("bfloat16"),
          "nest": {"i": paddle.to_tensor(np.array([1, 2, 3], np.int64))},
          "big": paddle.to_tensor(np.arange(40000, dtype=np.float32).reshape(200, 200)),  # > 64 KiB: outside frames
          "f1": ShardedWeight("f1", paddle.to_tensor(flat1), (3, 10), (6, 10), (0, 0), True, slice(5, 27)),
          "f2": ShardedWeight("f2", paddle.to_tensor(g[3:].reshape(-1).copy()), (3, 10), (6, 10), (3, 0), True,
                              slice(0, 30)),
          # the right half of the columns as a 6x5 box, of which flat [3, 17) is held
          "f3": ShardedWeight("f3", paddle.to_tensor(g[:, 5:].reshape(-1)[3:17].copy()), (6, 5), (6, 10), (0, 5),
                              True, slice(3, 17))}
    for st in (False, True):
        d = tmp_path / f"p{int(st)}"
        save_state_dict(sd, str(d), safetensors=st)
        idx = open_index(d)
        assert idx.format == "paddle-flex" and idx.tensors["b"].dtype == "BF16"
        assert sorted(idx.tensors) == ["b", "big", "f1", "f2", "f3", "nest.i", "w"]
        assert len(idx.tensors["f3"].pieces) == 3  # [0, 3:5], rows 1-2, [3, 0:2] of the box
        out = load(d, {"w": np.zeros((2, 10), np.float32), "b": torch.zeros(7, dtype=torch.bfloat16),
                       "nest": {"i": np.zeros(3, np.int64)},
                       "f1": FlatShard(np.zeros(22, np.float32), (6, 10), 5),
                       "f2": Shard(paddle.zeros([3, 10]), (6, 10), (3, 0)),
                       "f3": Shard(np.zeros((2, 5), np.float32), (6, 10), (1, 5)),
                       "big": Shard(torch.zeros(200, 70), (200, 200), (0, 130))})
        assert same(out["big"], np.arange(40000, dtype=np.float32).reshape(200, 200)[:, 130:])
        assert same(out["w"], g[:2]) and same(out["nest"]["i"], np.array([1, 2, 3]))
        assert same(out["b"], torch.arange(7, dtype=torch.float32).to(torch.bfloat16))
        assert same(out["f1"], flat1) and same(out["f2"], g[3:]) and same(out["f3"], g[1:3, 5:])
        with pytest.raises(CheckpointError, match=r"f1: no saved data for \[0:1, 0:5\]"):
            load(d, {"f1": np.zeros((6, 10), np.float32)})


def test_paddle_flex_two_processes(paddle_mod, tmp_path):
    script = tmp_path / "pw.py"
    script.write_text(PADDLE_WORKER)
    ck = tmp_path / "ck"
    _run_procs([[sys.executable, "-m", "paddle.distributed.launch", "--nproc_per_node", "2",
                 "--log_dir", str(tmp_path / "log"), str(script), str(ck)]], timeout=180)
    idx = open_index(ck)
    assert idx.world_size == 2 and len(idx.tensors["w"].pieces) == 2 and len(idx.tensors["b"].pieces) == 1
    w = np.arange(56, dtype=np.float32).reshape(7, 8)
    for r in range(3):
        o, n = even_split(8, 3, r)
        out = load(ck, {"w": Shard(np.zeros((7, n), np.float32), (7, 8), (0, o)),
                        "wc": Shard(torch.zeros(7, n), (7, 8), (0, o)), "b": torch.zeros(10, dtype=torch.bfloat16)},
                   rank=r, world_size=3)
        assert same(out["w"], w[:, o:o + n]) and same(out["wc"], w[:, o:o + n])
        assert same(out["b"], torch.arange(10, dtype=torch.float32).to(torch.bfloat16))
    shutil.rmtree(tmp_path / "log", ignore_errors=True)
