"""A save killed with SIGKILL at a random moment never damages the checkpoint.

A subprocess saves a new state (1 rank, or 2 ranks one after the other) into a directory
that already holds a committed save, and is killed after a random delay. After every kill
``load`` must return exactly the old state or exactly the new one (the one the commit
record names), never a mix and never an error, and ``open_index`` must work. A kill during
the very first save of a fresh directory leaves either the complete state or an error
saying the save is not committed. Each kill is classified by the files it left behind, so
the test shows which phases of a save it hit.

Also: a flipped byte or a truncated data file is an error naming the file and the tensor,
and file names in metadata that leave the checkpoint are refused.
"""
from __future__ import annotations

import collections
import itertools
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from paddlecamp.checkpoint import CheckpointError, load, open_index, save
from paddlecamp.checkpoint.api import collect_garbage

# Shared by the test and the child process (exec'd in both): a ~16 MB state whose every
# byte depends on the save id, so a mix of two saves cannot go unnoticed.
STATE_SRC = r'''
import numpy as np

LAYOUT = [("model.emb", (1024, 1024), "float32"), ("model.head", (1536, 1024), "float16")]
LAYOUT += [(f"model.l{i}.w", (512, 1024), "float32") for i in range(4)]
LAYOUT += [(f"model.l{i}.b", (1024,), "float32") for i in range(4)]
LAYOUT += [(f"optim.m{i}", (256, 1024), "uint16") for i in range(4)]
LAYOUT += [("optim.tiny", (3,), "int64")]


def make_state(seed):
    rng = np.random.default_rng(seed)
    flat = {}
    for key, shape, dt in LAYOUT:
        n = int(np.prod(shape)) * np.dtype(dt).itemsize
        flat[key] = np.frombuffer(rng.bytes(n), dtype=dt).reshape(shape).copy()
    return flat


def nest(flat, extra=None):
    out = {}
    for k, v in flat.items():
        *ps, last = k.split(".")
        d = out
        for p in ps:
            d = d.setdefault(p, {})
        d[last] = v
    if extra:
        out.update(extra)
    return out


def shards(flat, rank, world):
    from paddlecamp.checkpoint import Shard
    out = {}
    for k, a in flat.items():
        n = a.shape[0]
        lo, hi = n * rank // world, n * (rank + 1) // world
        out[k] = Shard(a[lo:hi], a.shape, (lo,) + (0,) * (a.ndim - 1))
    return out
'''

CHILD = STATE_SRC + r'''
import sys, time
from paddlecamp.checkpoint import save

path, sid, world, procs, rank = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
flat = make_state(int(sid))
ranks = range(world) if procs == 1 else [rank]
parts = [nest(shards(flat, r, world) if world > 1 else flat, {"step": int(sid)}) for r in ranks]
print("ready", flush=True)
t0 = time.perf_counter()
for r, part in zip(ranks, parts):
    save(part, path, rank=r, world_size=world, save_id=sid)
print("done", time.perf_counter() - t0, flush=True)
'''

ns: dict = {}
exec(STATE_SRC, ns)
make_state, nest, LAYOUT = ns["make_state"], ns["nest"], ns["LAYOUT"]

_STATES: dict[int, dict] = {}


def state_of(sid: int) -> dict:
    if sid not in _STATES:
        if len(_STATES) >= 3:
            _STATES.pop(min(_STATES))
        _STATES[sid] = make_state(sid)
    return _STATES[sid]


def template() -> dict:
    return nest({k: np.zeros(s, dt) for k, s, dt in LAYOUT}, {"step": None})


def flat_of(out: dict) -> dict:
    res = {}

    def walk(d, prefix):
        for k, v in d.items():
            key = f"{prefix}.{k}" if prefix else k
            if isinstance(v, dict):
                walk(v, key)
            else:
                res[key] = v
    walk(out, "")
    return res


def assert_is_state(out: dict, sid: int) -> None:
    """Every tensor of ``out`` byte-for-byte that of save ``sid`` (a mix fails)."""
    got = flat_of(out)
    assert got["step"] == sid
    want = state_of(sid)
    bad = [k for k, a in want.items() if got[k].tobytes() != a.tobytes()]
    assert not bad, f"tensors not those of save {sid}: {bad}"


def _env() -> dict:
    env = dict(os.environ)
    lib = str(Path(__file__).resolve().parents[2] / "lib")
    env["PYTHONPATH"] = lib + os.pathsep + env.get("PYTHONPATH", "")
    return env


def start(path: Path, sid: int, world: int, procs: int) -> list[subprocess.Popen]:
    """Start the saving process(es) and return once each has built its state."""
    ps = [subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(sid), str(world), str(procs), str(r)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
          for r in range(procs)]
    for p in ps:
        line = p.stdout.readline()
        if not line.startswith("ready"):
            p.wait()
            raise AssertionError(f"child failed before saving: {p.stderr.read()[-2000:]}")
    return ps


_CALIB = itertools.count()


def save_seconds(tmp: Path, world: int, procs: int) -> float:
    """How long the child's save takes with nothing killed (the range of kill delays)."""
    best = []
    for _ in range(2):
        d = tmp / f"calib-{next(_CALIB)}"
        ps = start(d, 1, world, procs)
        outs = [p.communicate() for p in ps]
        assert all(p.returncode == 0 for p in ps), [err[-2000:] for _, err in outs]
        best.append(max(float(out.split()[-1]) for out, _ in outs))
    return min(best)


def phase_of(path: Path, old: int, new: int, finished: bool) -> str:
    """Which phase of saving ``new`` the kill hit, told by the files left behind."""
    commit = path / ".metadata.json"
    committed = json.loads(commit.read_text())["save_id"] if commit.exists() else None
    if committed == str(new):
        if finished:
            return "finished before the kill"
        return "committed, old data still there" if (path / f"data-{old}").exists() else "committed, old data removed"
    gen = path / f"data-{new}"
    names = os.listdir(gen) if gen.is_dir() else []
    if any(n.startswith("rank") and n.endswith(".json") for n in names):
        return "rank metadata written, not committed"
    if any(n.startswith("rank") and n.endswith(".safetensors") for n in names):
        return "data file renamed, metadata not written"
    if any(".tmp-" in n for n in names):
        return "writing a data file"
    if gen.is_dir():
        return "save directory made, nothing written"
    return "before the save touched the directory"


def kill_loop(tmp: Path, kills: int, seed: int, configs: list[tuple[int, int]]) -> collections.Counter:
    """Kill saves into a committed checkpoint ``kills`` times; check old-or-new after each."""
    rng = random.Random(seed)
    d = tmp / "ckpt"
    save(nest(state_of(1), {"step": 1}), d, save_id="1")
    committed = 1
    durations = {c: save_seconds(tmp, *c) for c in configs}
    phases: collections.Counter = collections.Counter()
    new = 1
    for i in range(kills):
        world, procs = configs[i % len(configs)]
        new += 1
        ps = start(d, new, world, procs)
        time.sleep(rng.uniform(0.0, 1.25 * durations[(world, procs)]))
        victims = ps if procs == 1 or rng.random() < 0.5 else [rng.choice(ps)]  # sometimes one rank dies
        for p in victims:
            p.kill()
        for p in ps:
            p.communicate()
        finished = all(p.returncode == 0 for p in ps)
        phases[phase_of(d, committed, new, finished)] += 1
        idx = open_index(d)  # must work after any kill
        assert set(idx.tensors) == {k for k, _, _ in LAYOUT}
        out = load(d, template())
        rec = json.loads((d / ".metadata.json").read_text())
        sid = int(rec["save_id"])
        assert sid in (committed, new), f"kill {i}: commit record names save {sid}, expected {committed} or {new}"
        assert_is_state(out, sid)
        committed = sid
        collect_garbage(d, older_than=0)  # what an operator would run; the committed save stays
        assert {p.name for p in d.glob("data-*")} == {f"data-{committed}"}
    return phases


def fresh_dir_kills(tmp: Path, kills: int, seed: int) -> collections.Counter:
    """Kill the first save of a fresh directory: complete state or 'not committed', nothing else."""
    rng = random.Random(seed)
    dur = save_seconds(tmp, 1, 1)
    outcomes: collections.Counter = collections.Counter()
    for i in range(kills):
        d = tmp / f"fresh-{i}"
        (p,) = start(d, 1, 1, 1)
        time.sleep(rng.uniform(0.0, 1.6 * dur))
        p.kill()
        p.communicate()
        try:
            out = load(d, template())
        except CheckpointError as e:
            msg = str(e)
            assert "not committed" in msg or "no checkpoint here" in msg or "no such checkpoint" in msg, msg
            with pytest.raises(CheckpointError):
                open_index(d)
            outcomes["not committed" if "not committed" in msg else "nothing saved yet"] += 1
        else:
            assert_is_state(out, 1)
            open_index(d)
            outcomes["complete"] += 1
    return outcomes


def _report(name: str, counts: collections.Counter) -> None:
    print(f"\n{name}: {sum(counts.values())} kills: " + ", ".join(f"{k}: {v}" for k, v in counts.most_common()))


def test_kill_during_save_leaves_old_or_new_state(tmp_path):
    phases = kill_loop(tmp_path, kills=32, seed=5, configs=[(1, 1), (2, 1)])
    _report("committed dir", phases)
    assert sum(phases.values()) == 32
    assert len(phases) >= 2  # the delays spread over more than one phase


def test_kill_during_first_save_of_fresh_dir(tmp_path):
    outcomes = fresh_dir_kills(tmp_path, kills=10, seed=7)
    _report("fresh dir", outcomes)
    assert sum(outcomes.values()) == 10


@pytest.mark.slow
def test_many_kills_one_and_two_processes(tmp_path):
    phases = kill_loop(tmp_path, kills=150, seed=11, configs=[(1, 1), (2, 1), (2, 2)])
    _report("committed dir, 1 rank / 2 ranks in one process / 2 processes", phases)
    outcomes = fresh_dir_kills(tmp_path, kills=40, seed=13)
    _report("fresh dir", outcomes)


# ----------------------------------------------------------------------------- damaged files
def _saved(tmp_path: Path) -> tuple[Path, dict]:
    flat = make_state(3)
    save(nest(flat, {"step": 3}), tmp_path, save_id="3")
    return tmp_path, flat


def test_flipped_byte_names_file_and_tensor(tmp_path, flip_byte):
    d, flat = _saved(tmp_path)
    idx = open_index(d)
    piece = idx.tensors["model.l2.w"].pieces[0]
    path = d / piece.file
    flip_byte(path, piece.byte_offset + 123_457)
    with pytest.raises(CheckpointError) as e:
        load(d, template())
    msg = str(e.value)
    # a crc block covers 4 MiB: the error names every tensor with bytes in it, the damaged one included
    assert path.name in msg and "checksum mismatch" in msg and "model.l2.w" in msg.split("damaged block holds")[1], msg
    # a load that does not want the damaged tensor still works and reads only what it wants
    part = load(d, {"model": {"emb": np.zeros((1024, 1024), np.float32)}})
    assert part["model"]["emb"].tobytes() == flat["model.emb"].tobytes()


def test_truncated_data_file_names_file_and_tensor(tmp_path):
    d, _ = _saved(tmp_path)
    idx = open_index(d)
    (fname,) = idx.files
    path = d / fname
    size = path.stat().st_size
    os.truncate(path, size - 4096)
    with pytest.raises(CheckpointError) as e:
        load(d, template())
    msg = str(e.value)
    # the tensors whose bytes were cut off are named
    assert fname.split("/")[-1] in msg and "truncated" in msg and "optim.tiny" in msg, msg


@pytest.mark.parametrize("bad", ["../outside.safetensors", "data-3/../../outside.safetensors",
                                 "/etc/passwd", "data-3/./rank00000.safetensors", "data-3//x"])
def test_metadata_file_names_leaving_the_checkpoint_are_refused(tmp_path, bad):
    d, _ = _saved(tmp_path / "ck")
    (tmp_path / "outside.safetensors").write_bytes(b"\0" * 64)
    commit = d / ".metadata.json"
    rec = json.loads(commit.read_text())
    rec["ranks"][0]["file"] = bad
    commit.write_text(json.dumps(rec))
    with pytest.raises(CheckpointError, match="refusing file name"):
        open_index(d)
    with pytest.raises(CheckpointError, match="refusing file name"):
        load(d, template())
