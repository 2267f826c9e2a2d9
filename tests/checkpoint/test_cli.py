"""``paddlecamp ckpt``: inspect, verify (flipped byte, truncated file, broken blob) and convert (rules, errors)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from paddlecamp.checkpoint import Shard, load, open_index, save
from paddlecamp.checkpoint.convert import coverage, describe, parse_size
from paddlecamp.checkpoint.plan import SavedIndex, SavedPiece, TensorMeta
from paddlecamp.cli import main

REPO = Path(__file__).resolve().parents[2]


def _state():
    rng = np.random.default_rng(3)
    return {"w": rng.standard_normal((8, 6)).astype(np.float32), "b": rng.standard_normal(6).astype(np.float32),
            "emb": torch.randn(10, 4).to(torch.bfloat16)}


@pytest.fixture
def ours(tmp_path) -> Path:
    """Our format from 2 ranks: w split by rows, b and emb replicated, a step and a config."""
    full = _state()
    d = tmp_path / "ours"
    for r in range(2):
        save({"w": Shard(full["w"][4 * r:4 * r + 4].copy(), (8, 6), (4 * r, 0)), "b": full["b"],
              "emb": full["emb"], "step": 5, "cfg": {"lr": 0.1}}, d, rank=r, world_size=2)
    return d


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = main(["ckpt", *map(str, argv)])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_inspect_table_and_json(ours, capsys):
    rc, out, _ = run(capsys, "inspect", ours)
    assert rc == 0
    assert "paddlecamp-ckpt, 3 tensors" in out and "saved by 2 ranks" in out
    lines = {ln.split()[0]: ln.split() for ln in out.splitlines() if ln.split() and ln.split()[0] in ("w", "b", "emb")}
    assert lines["w"][:4] == ["w", "F32", "8x6", "2"] and lines["w"][-1] == "100.0%"
    assert lines["emb"][1:3] == ["BF16", "10x4"]
    assert "step = 5" in out and 'cfg = {"lr": 0.1}' in out and "crc32c blocks" in out
    rc = main(["checkpoint", "inspect", str(ours), "--json"])  # the alias
    d = json.loads(capsys.readouterr().out)
    assert rc == 0 and d["format"] == "paddlecamp-ckpt" and d["world_size"] == 2
    assert {t["key"]: t["pieces"] for t in d["tensors"]} == {"b": 1, "emb": 1, "w": 2}
    assert d["values"]["step"] == [5, 5] and not d["incomplete"]


def test_inspect_missing_dir_is_an_error(tmp_path, capsys):
    rc, _, err = run(capsys, "inspect", tmp_path / "nope")
    assert rc == 2 and "no such checkpoint" in err


def test_verify_ok_flipped_byte_and_truncated(ours, capsys):
    rc, out, _ = run(capsys, "verify", ours)
    assert rc == 0 and out.startswith("ok ") and "crc32c blocks" in out
    idx = open_index(ours)
    piece = next(p for p in idx.tensors["w"].pieces if p.offsets == (4, 0))
    path = Path(idx.root) / piece.file
    raw = bytearray(path.read_bytes())
    raw[piece.byte_offset + 7] ^= 0x10
    path.write_bytes(bytes(raw))
    rc, _, err = run(capsys, "verify", ours)
    # a crc32c block covers up to 4 MiB, so every tensor with bytes in the bad block is named
    assert rc == 1 and "checksum mismatch" in err and piece.file in err and re.search(r"tensors? (\w+, )*w\b", err)
    path.write_bytes(bytes(raw[:piece.byte_offset + 10]))
    rc, _, err = run(capsys, "verify", ours)
    assert rc == 1 and "truncated" in err and piece.file in err and "tensor w" in err
    rc = main(["ckpt", "verify", str(ours), "--json"])
    rep = json.loads(capsys.readouterr().out)
    assert rc == 1 and not rep["ok"] and rep["problems"]


def test_verify_dcp_and_hf(tmp_path, capsys):
    from paddlecamp.checkpoint.interop import save_dcp, save_hf
    st = {"a": torch.arange(20.).reshape(4, 5), "c": torch.ones(3, dtype=torch.bfloat16), "n": 7}
    save_dcp(st, tmp_path / "dcp")
    rc, out, _ = run(capsys, "verify", tmp_path / "dcp")
    assert rc == 0 and "2 encoded pieces decoded" in out
    idx = open_index(tmp_path / "dcp")
    pa = idx.tensors["a"].pieces[0]
    f = Path(idx.root) / pa.file
    raw = bytearray(f.read_bytes())
    raw[pa.byte_offset:pa.byte_offset + 4] = b"XXXX"  # the blob's zip signature
    f.write_bytes(bytes(raw))
    rc, _, err = run(capsys, "verify", tmp_path / "dcp")
    assert rc == 1 and pa.file in err and "tensor a" in err and "cannot decode" in err
    save_hf({"x": np.arange(6, dtype=np.float32)}, tmp_path / "hf")
    hf = tmp_path / "hf" / "model.safetensors"
    rc, out, _ = run(capsys, "verify", tmp_path / "hf")
    assert rc == 0 and "no checksums" in out
    hf.write_bytes(hf.read_bytes()[:-4])
    rc, _, err = run(capsys, "verify", tmp_path / "hf")
    assert rc == 1 and "model.safetensors" in err and "truncated" in err and "tensor x" in err


def test_convert_with_rules_and_errors(ours, tmp_path, capsys):
    rules = tmp_path / "rules.txt"
    rules.write_text("w -> layer.weight\ncast b, dtype=F16\n")
    rc, out, _ = run(capsys, "convert", ours, tmp_path / "full", "--to", "full", "--rules", rules)
    assert rc == 0 and "3 tensors" in out
    idx = open_index(tmp_path / "full")
    assert sorted(idx.tensors) == ["b", "emb", "layer.weight"] and idx.tensors["b"].dtype == "F16"
    assert idx.world_size == 1 and all(len(m.pieces) == 1 for m in idx.tensors.values())
    full = _state()
    out = load(tmp_path / "full", {"layer": {"weight": np.zeros((8, 6), np.float32)}, "b": np.zeros(6, np.float16),
                                   "step": None, "cfg": None})
    assert np.array_equal(out["layer"]["weight"], full["w"]) and np.array_equal(out["b"], full["b"].astype(np.float16))
    assert out["step"] == 5 and out["cfg"] == {"lr": 0.1}
    rc, out, _ = run(capsys, "convert", ours, tmp_path / "hf", "--to", "hf")
    assert rc == 0 and "not written" in out and (tmp_path / "hf" / "model.safetensors").exists()
    rc, _, err = run(capsys, "convert", ours, tmp_path / "hf", "--to", "hf")  # not empty any more
    assert rc == 2 and "not an empty directory" in err
    rc, _, err = run(capsys, "convert", ours, tmp_path / "x", "--to", "hf", "--max-shard-size", "lots")
    assert rc == 2 and "not a size" in err
    rc, _, err = run(capsys, "convert", ours, ours / "inside", "--to", "full")
    assert rc == 2 and "must not be the source" in err
    rc, _, err = run(capsys, "convert", ours, tmp_path / "y", "--to", "full", "--rules", tmp_path / "none.txt")
    assert rc == 2 and "no such rules file" in err
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_coverage_counts_overlaps_once_and_reports_holes():
    def piece(off, ln):
        return SavedPiece("t", (4, 6), off, ln, "F32", "f", 0, ln)
    meta = TensorMeta("t", "F32", (4, 6), [piece((0, 0), (2, 6)), piece((0, 0), (2, 6)), piece((1, 0), (2, 3))])
    assert coverage(meta) == (6 * 2 + 3, 24, 2)  # rows 0-1 twice, row 2 half: 15 of 24, 2 copies
    d = describe(SavedIndex("r", {"t": meta}))
    assert d["incomplete"] == ["t"] and d["tensors"][0]["complete"] == pytest.approx(15 / 24)
    assert coverage(TensorMeta("s", "F32", (), [SavedPiece("s", (), (), (), "F32", "f", 0, ())])) == (1, 1, 1)
    assert parse_size("100KB") == 100_000 and parse_size("2GiB") == 2 << 30 and parse_size("512") == 512


def test_command_line_entry_point(ours):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    p = subprocess.run([sys.executable, "-m", "paddlecamp.cli", "ckpt", "inspect", str(ours)], capture_output=True,
                       text=True, env=env, cwd=REPO, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "emb" in p.stdout and "BF16" in p.stdout
