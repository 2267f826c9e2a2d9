"""Small, real workloads for the Track-5 chapters: a tiny GPT-2 training run, ranks as processes, a killed save.

Everything here is used by the chapters in ``notebooks/05-checkpoint`` and tested in
``tests/checkpoint/test_demos.py``:

- :func:`tiny_gpt2`, :class:`TokenLoader`, :func:`train_steps`: a transformers GPT-2 built
  from its config, AdamW, and a data loader whose position is two integers;
- :func:`training_state` / :func:`restore_training_state`: everything a resumed run needs,
  as one flat dict (model, name-keyed optimizer state, RNG states, loader position);
- :func:`bytes_by_category`: what that state is made of;
- :func:`run_ranks`: save or load with ``world`` real processes (``torch.distributed``, gloo);
- :func:`kill_during_save`: start a save in a child process and ``SIGKILL`` it mid-write.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from . import values as V
from .entries import is_tensor

#: A GPT-2 small enough to train on a laptop CPU in milliseconds per step.
TINY_GPT2 = dict(n_layer=2, n_embd=64, n_head=4, vocab_size=211, n_positions=32, bos_token_id=0, eos_token_id=0)


def tiny_gpt2(seed: int = 0, lr: float = 1e-3, **config: Any):
    """``(model, AdamW)`` for a transformers ``GPT2LMHeadModel`` built from ``GPT2Config(**TINY_GPT2 | config)``."""
    import torch
    import transformers

    torch.manual_seed(seed)
    model = transformers.GPT2LMHeadModel(transformers.GPT2Config(**{**TINY_GPT2, **config}))
    model.train()
    return model, torch.optim.AdamW(model.parameters(), lr=lr)


class TokenLoader:
    """Random token batches that depend only on ``(seed, position)``: resuming is setting two integers.

    A real loader's position is the same idea (epoch, index into a shuffled order, the
    shuffle seed); it is small and not a tensor, and it must be in the checkpoint.
    """

    def __init__(self, vocab_size: int, batch: int = 2, seq: int = 16, seed: int = 1234):
        self.vocab_size, self.batch, self.seq, self.seed, self.position = vocab_size, batch, seq, seed, 0

    def next(self):
        import torch
        g = torch.Generator().manual_seed(self.seed * 1_000_003 + self.position)
        self.position += 1
        return torch.randint(0, self.vocab_size, (self.batch, self.seq), generator=g)

    def state_dict(self) -> dict:
        return {"seed": self.seed, "position": self.position}

    def load_state_dict(self, state: Mapping[str, int]) -> None:
        self.seed, self.position = int(state["seed"]), int(state["position"])


def train_steps(model, opt, loader: TokenLoader, n: int) -> list[float]:
    """``n`` AdamW steps of language modelling on ``loader``'s batches; the losses."""
    losses = []
    for _ in range(n):
        ids = loader.next()
        loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        opt.step()
        opt.zero_grad()
        losses.append(loss.item())
    return losses


def training_state(model, opt, loader: TokenLoader, step: int) -> dict[str, Any]:
    """Everything a resumed run needs, as a flat dict of tensors and plain values.

    ``lm_head.weight`` is tied to ``transformer.wte.weight`` in GPT-2 and kept once.
    """
    import torch
    from .layouts import named_optimizer_state

    sd = model.state_dict()
    tied = [k for k in sd if k == "lm_head.weight" and sd[k].data_ptr() == sd["transformer.wte.weight"].data_ptr()]
    state: dict[str, Any] = {f"model.{k}": v for k, v in sd.items() if k not in tied}
    state.update(named_optimizer_state(model, opt))
    state["rng.torch"] = torch.get_rng_state()
    state["rng.python"] = random.getstate()
    state["rng.numpy"] = np.random.get_state()
    state["loader"] = loader.state_dict()
    state["step"] = int(step)
    return state


PARTS = ("model", "optimizer", "rng", "loader")


def restore_training_state(model, opt, loader: TokenLoader, state: Mapping[str, Any],
                           parts: tuple[str, ...] = PARTS) -> int:
    """Put a :func:`training_state` (as loaded) back into model, optimizer, RNGs and loader; the step.

    ``parts`` names what to restore (all of :data:`PARTS` by default); leaving one out
    shows what it is needed for.
    """
    import torch
    from .layouts import set_named_optimizer_state

    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ValueError(f"unknown parts {sorted(unknown)}; choose from {PARTS}")
    if "model" in parts:
        model.load_state_dict({k[6:]: v for k, v in state.items() if k.startswith("model.")}, strict=False)
    if "optimizer" in parts:
        set_named_optimizer_state(model, opt, {k: v for k, v in state.items() if k.startswith("optim.")})
    if "rng" in parts:
        torch.set_rng_state(state["rng.torch"])
        random.setstate(state["rng.python"])
        np.random.set_state(state["rng.numpy"])
    if "loader" in parts:
        loader.load_state_dict(state["loader"])
    return int(state["step"])


def list_files(path: str | os.PathLike) -> list[tuple[str, int]]:
    """``(relative path, bytes)`` of every file under ``path``, hidden (temporary) files included, sorted."""
    root = Path(path)
    return sorted((p.relative_to(root).as_posix(), p.stat().st_size) for p in root.rglob("*") if p.is_file())


#: (category, test on the flat key) in order; the first match wins.
CATEGORIES = (
    ("model weights", lambda k: k.startswith("model.")),
    ("optimizer moments", lambda k: k.startswith(("optim.exp_avg.", "optim.exp_avg_sq."))),
    ("optimizer step counters", lambda k: k.startswith("optim.step.")),
    ("optimizer hyperparameters", lambda k: k.startswith("optim.")),
    ("RNG states", lambda k: k.startswith("rng.")),
    ("loader position", lambda k: k.startswith("loader")),
    ("training step", lambda k: k == "step"),
)


def category_of(key: str) -> str:
    """Which part of a training state ``key`` belongs to (see :data:`CATEGORIES`)."""
    for name, test in CATEGORIES:
        if test(key):
            return name
    return "other values"


def nbytes_of(value: Any) -> int:
    """Bytes a value takes in a checkpoint: raw bytes for a tensor, its JSON text otherwise."""
    if is_tensor(value):
        from .entries import as_array
        return int(as_array(value)[0].nbytes)
    return len(json.dumps(V.encode(value), separators=(",", ":")).encode())


def bytes_by_category(state: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """``{category: {"bytes": n, "entries": k, "tensors": t}}`` of a flat training state, in :data:`CATEGORIES` order."""
    out: dict[str, dict[str, int]] = {}
    for key, value in state.items():
        c = out.setdefault(category_of(key), {"bytes": 0, "entries": 0, "tensors": 0})
        c["bytes"] += nbytes_of(value)
        c["entries"] += 1
        c["tensors"] += int(is_tensor(value))
    order = [n for n, _ in CATEGORIES] + ["other values"]
    return {n: out[n] for n in order if n in out}


# ----------------------------------------------------------------------------- ranks as processes
def _rank_main(rank: int, world: int, init: str, action: str, path: str, layout, full: dict, save_id: str,
               out_dir: str) -> None:
    import torch
    import torch.distributed as dist

    from .api import load, save
    from .layouts import empty_state, shard_state

    dist.init_process_group("gloo", init_method=init, rank=rank, world_size=world)
    try:
        report: dict[str, Any] = {"rank": rank, "pid": os.getpid()}
        mine = shard_state(full, layout, rank)
        if action == "save":
            res = save(mine, path, group=dist.group.WORLD, save_id=save_id)
            report.update(bytes_written=res.bytes_written, seconds=res.seconds, committed=res.committed,
                          items=len(res.plan.items), delegated=len(res.plan.delegated))
        else:
            shapes = {k: (tuple(v.shape), v.dtype) for k, v in full.items() if isinstance(v, torch.Tensor)}
            tmpl = empty_state(shapes, layout, rank)
            t0 = time.perf_counter()
            out = load(path, tmpl, group=dist.group.WORLD)
            wrong = [k for k, v in mine.items() if k in out
                     and not torch.equal(out[k], v.local_tensor if hasattr(v, "local_tensor") else
                                         getattr(v, "tensor", v))]
            report.update(seconds=time.perf_counter() - t0, tensors=len(out), wrong=wrong,
                          elements=int(sum(t.numel() for t in out.values())))
        Path(out_dir, f"rank{rank}.json").write_text(json.dumps(report))
    finally:
        dist.destroy_process_group()


def run_ranks(world: int, action: str, path: str | os.PathLike, layout, full: Mapping[str, Any],
              save_id: str = "1") -> list[dict]:
    """Run ``world`` processes (gloo, ``file://`` rendezvous) that each save or load their part.

    ``full`` is the whole flat state; each process cuts its entries with
    :func:`~paddlecamp.checkpoint.layouts.shard_state` under ``layout``. A loading
    process compares what it loaded with the piece it should have (``wrong`` lists keys
    that differ). Returns one report per rank.
    """
    import torch.multiprocessing as mp

    if action not in ("save", "load"):
        raise ValueError(f"action {action!r}: 'save' or 'load'")
    if layout.world_size != world:
        raise ValueError(f"{layout} has {layout.world_size} ranks, not {world}")
    with tempfile.TemporaryDirectory(prefix="ranks-") as tmp:
        init = f"file://{Path(tmp, 'rendezvous')}"
        mp.start_processes(_rank_main, args=(world, init, action, str(path), layout, dict(full), save_id, tmp),
                           nprocs=world, join=True, start_method="spawn")
        return [json.loads(Path(tmp, f"rank{r}.json").read_text()) for r in range(world)]


# ----------------------------------------------------------------------------- a save killed mid-write
_CHILD = """
import sys, numpy as np
from paddlecamp.checkpoint import save
path, save_id, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
save({"w": np.ones(n, np.uint8), "step": -1}, path, save_id=save_id)
"""


def kill_during_save(path: str | os.PathLike, save_id: str, nbytes: int, at: float = 0.3,
                     timeout: float = 60.0) -> dict[str, Any]:
    """Save ``nbytes`` to ``path`` as ``save_id`` in a child process and ``SIGKILL`` it mid-write.

    The child is killed as soon as its data file (still under a temporary name) holds at
    least ``at * nbytes`` bytes. Returns what was seen: ``killed`` (False when the save
    finished first), ``bytes_on_disk`` when killed, the files left in the new save's
    directory, and the commit record's ``save_id`` before and after.
    """
    path = Path(path)
    gen = path / f"data-{save_id}"

    def committed() -> str | None:
        try:
            return json.loads((path / ".metadata.json").read_text()).get("save_id")
        except (FileNotFoundError, ValueError):
            return None

    before = committed()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in [str(Path(__file__).resolve().parents[2]),
                                                                  os.environ.get("PYTHONPATH", "")] if p)}
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(path), save_id, str(int(nbytes))], env=env)
    seen, killed = 0, False
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and child.poll() is None:
            tmps = list(gen.glob(".rank*.safetensors.tmp-*")) if gen.is_dir() else []
            if tmps:
                try:
                    seen = tmps[0].stat().st_size
                except FileNotFoundError:  # renamed just now: the write finished
                    seen = 0
                if seen >= at * nbytes:
                    child.send_signal(signal.SIGKILL)
                    killed = True
                    break
            time.sleep(0.0005)
    finally:
        if child.poll() is None and not killed:
            child.kill()
        child.wait()
    return {"killed": killed, "returncode": child.returncode, "bytes_on_disk": seen, "bytes_planned": int(nbytes),
            "left_behind": sorted(p.name for p in gen.iterdir()) if gen.is_dir() else [],
            "committed_before": before, "committed_after": committed()}
