"""A real training state: GPT-2 small (124M, transformers, built from its config) with AdamW.

Saved by 4 emulated ranks as TP2 x DP2 + ZeRO, loaded cold by 3 ranks as TP3 and by 1 rank
whole (bit-exact against the live state); the same full state saved and loaded by torch DCP
(one process) and by ``transformers.save_pretrained`` + our reader, in the same run.
``--quick`` uses a 2-layer model. Results: data/results/checkpoint_gpt2_<date>.json.
"""
from __future__ import annotations

import argparse
import datetime
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402

from checkpoint_io import drop_caches, machine, med  # noqa: E402  (same folder)


def build_state(n_layer: int) -> tuple[dict, int]:
    """GPT-2 (its default config: 768 wide, 50257 vocabulary) after one AdamW step, as a training state."""
    import transformers
    from paddlecamp.checkpoint.demos import TokenLoader, tiny_gpt2, train_steps, training_state
    defaults = transformers.GPT2Config().to_dict()
    model, opt = tiny_gpt2(lr=1e-4, **{k: defaults[k] for k in ("n_embd", "n_head", "vocab_size", "n_positions",
                                                                  "bos_token_id", "eos_token_id")}, n_layer=n_layer)
    loader = TokenLoader(model.config.vocab_size, batch=1, seq=32)
    train_steps(model, opt, loader, 1)
    return training_state(model, opt, loader, step=1), sum(p.numel() for p in model.parameters())


def tensors(full: dict) -> dict:
    return {k: v for k, v in full.items() if isinstance(v, torch.Tensor)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="a 2-layer model, 1 repeat")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=None)
    ap.add_argument("--dir", default=str(ROOT / "build"))
    args = ap.parse_args()
    from paddlecamp.checkpoint import load, save
    from paddlecamp.checkpoint.layouts import Layout, count_layers, empty_state, placement, shard_state
    repeat = 1 if args.quick else args.repeat
    full, n_params = build_state(2 if args.quick else 12)
    tens = tensors(full)
    nbytes = sum(v.numel() * v.element_size() for v in tens.values())
    print(f"GPT-2 {'(2 layers)' if args.quick else 'small'}: {n_params / 1e6:.1f}M parameters; training state "
          f"{nbytes / 2**20:.0f} MiB in {len(tens)} tensors (weights, AdamW moments and steps, RNG)")
    Path(args.dir).mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ckpt-gpt2-", dir=args.dir))
    src, dst = Layout(tp=2, dp=2, zero=True), Layout(tp=3)
    shapes = {k: (tuple(v.shape), v.dtype) for k, v in tens.items()}
    n_layers = count_layers(list(shapes))
    rank_states = [shard_state(full, src, r) for r in range(src.world_size)]
    res: dict = {"benchmark": "bench/checkpoint_gpt2.py", "date": datetime.date.today().isoformat(),
                 "machine": machine(), "model": "GPT-2 small" if not args.quick else "GPT-2 2 layers",
                 "parameters": n_params, "state_bytes": nbytes, "tensors": len(tens), "repeat": repeat}
    try:
        # ours: 4 ranks save (TP2 x DP2 + ZeRO), one after another in this process
        save_t, load_t, load1_t = [], [], []
        for i in range(repeat):
            d = work / f"ours-{i}"
            t0 = time.perf_counter()
            for r, st in enumerate(rank_states):
                save(st, d, rank=r, world_size=src.world_size, save_id="1")
            save_t.append(time.perf_counter() - t0)
            how = drop_caches([d])
            t0 = time.perf_counter()
            outs = [load(d, empty_state(shapes, dst, r), rank=r, world_size=dst.world_size) for r in range(3)]
            load_t.append(time.perf_counter() - t0)
            for r, out in enumerate(outs):  # bit-exact against the live state
                for k, got in out.items():
                    pl = placement(k, shapes[k][0], dst, r, n_layers=n_layers)
                    exp = tens[k][tuple(slice(o, o + n) for o, n in zip(pl.offsets, pl.lengths))]
                    assert torch.equal(got, exp), (k, r)
            del outs
            drop_caches([d])
            t0 = time.perf_counter()
            whole = load(d, {**empty_state(shapes, Layout(), 0), "loader": None, "rng.python": None})
            load1_t.append(time.perf_counter() - t0)
            assert all(torch.equal(whole[k], v) for k, v in tens.items())
            assert whole["loader"] == full["loader"] and whole["rng.python"] == full["rng.python"]
            del whole
            shutil.rmtree(d)
        res["ours"] = {"save_4ranks_seconds": save_t, "load_3ranks_cold_seconds": load_t,
                       "load_1rank_cold_seconds": load1_t, "cache": how,
                       "save_gbps": nbytes / med(save_t) / 1e9, "load_3ranks_gbps": nbytes / med(load_t) / 1e9,
                       "load_1rank_gbps": nbytes / med(load1_t) / 1e9}
        # torch DCP, one process, the full state dict (DCP needs a process group to reshard)
        import torch.distributed.checkpoint as dcp
        dsave, dload = [], []
        for i in range(repeat):
            d = work / f"dcp-{i}"
            t0 = time.perf_counter()
            dcp.save(tens, checkpoint_id=str(d))
            dsave.append(time.perf_counter() - t0)
            drop_caches([d])
            tmpl = {k: torch.zeros_like(v) for k, v in tens.items()}
            t0 = time.perf_counter()
            dcp.load(tmpl, checkpoint_id=str(d))
            dload.append(time.perf_counter() - t0)
            assert all(torch.equal(tmpl[k], v) for k, v in tens.items())
            del tmpl
            shutil.rmtree(d)
        res["dcp"] = {"save_seconds": dsave, "load_1rank_cold_seconds": dload,
                      "save_gbps": nbytes / med(dsave) / 1e9, "load_gbps": nbytes / med(dload) / 1e9}
        # transformers.save_pretrained -> our reader -> TP2 shards
        import transformers
        torch.manual_seed(0)
        model = transformers.GPT2LMHeadModel(transformers.GPT2Config(n_layer=2 if args.quick else 12))
        hf = work / "hf"
        t0 = time.perf_counter()
        model.save_pretrained(hf, max_shard_size="200MB")
        hf_save = time.perf_counter() - t0
        drop_caches([hf])
        sd = model.state_dict()
        hshapes = {k: (tuple(v.shape), v.dtype) for k, v in sd.items() if k != "lm_head.weight"}
        t0 = time.perf_counter()
        outs = [load(hf, empty_state(hshapes, Layout(tp=2), r), rank=r, world_size=2) for r in range(2)]
        hf_load = time.perf_counter() - t0
        hl = count_layers(list(hshapes))
        for r, out in enumerate(outs):
            for k, got in out.items():
                pl = placement(k, hshapes[k][0], Layout(tp=2), r, n_layers=hl)
                assert torch.equal(got, sd[k][tuple(slice(o, o + n) for o, n in zip(pl.offsets, pl.lengths))]), k
        hbytes = sum(v.numel() * v.element_size() for k, v in sd.items() if k != "lm_head.weight")
        res["hf"] = {"files": len(list(hf.glob("*.safetensors"))), "save_pretrained_seconds": hf_save,
                     "ours_load_tp2_cold_seconds": hf_load, "bytes": hbytes, "load_gbps": hbytes / hf_load / 1e9}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    o, dc = res["ours"], res["dcp"]
    res["ratios"] = {"save_ours_over_dcp": o["save_gbps"] / dc["save_gbps"],
                     "load_1rank_ours_over_dcp": o["load_1rank_gbps"] / dc["load_gbps"]}
    print(f"ours: save as TP2xDP2+ZeRO (4 ranks) {med(o['save_4ranks_seconds']):.2f} s = {o['save_gbps']:.2f} GB/s; "
          f"cold load as TP3 (3 ranks) {med(o['load_3ranks_cold_seconds']):.2f} s = {o['load_3ranks_gbps']:.2f} GB/s; "
          f"cold load whole on 1 rank {med(o['load_1rank_cold_seconds']):.2f} s = {o['load_1rank_gbps']:.2f} GB/s "
          f"(all bit-exact; cache: {o['cache']})")
    print(f"torch DCP (1 process, whole tensors): save {med(dc['save_seconds']):.2f} s = {dc['save_gbps']:.2f} GB/s, "
          f"cold load {med(dc['load_1rank_cold_seconds']):.2f} s = {dc['load_gbps']:.2f} GB/s")
    print(f"ratios: save ours/DCP {res['ratios']['save_ours_over_dcp']:.2f}x (ours also shards and deduplicates), "
          f"whole load ours/DCP {res['ratios']['load_1rank_ours_over_dcp']:.2f}x")
    h = res["hf"]
    print(f"transformers.save_pretrained: {h['files']} files in {h['save_pretrained_seconds']:.2f} s; our cold load "
          f"as TP2 {h['ours_load_tp2_cold_seconds']:.2f} s = {h['load_gbps']:.2f} GB/s (bit-exact)")
    out = Path(args.out) if args.out else (ROOT / "build" if args.quick else ROOT / "data" / "results") / \
        f"checkpoint_gpt2_{res['date']}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n")
    print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


if __name__ == "__main__":
    main()
