"""Data safety: dtype only reads its source unless --update; named outputs are never deleted without --force."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
import torch

from paddlecamp.cli import main
from paddlecamp.graphs.dtype import PASSES_KEY, generalize_many, generalize_sample
from paddlecamp.graphs.extract import OutputExistsError, extract

SAMPLE = Path(__file__).parent / "fixtures" / "graphnet" / "torch" / "transformers-auto-model" / "sadhaklal_mlp-iris"


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under ``root`` with its sha256 (and nothing else may appear)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def src(tmp_path) -> Path:
    dest = tmp_path / "src" / "mlp"
    shutil.copytree(SAMPLE, dest)
    return dest


def _occupied(path: Path) -> dict[str, str]:
    path.mkdir(parents=True)
    (path / "notes.txt").write_text("mine, keep me\n")
    (path / "sub").mkdir()
    (path / "sub" / "data.bin").write_bytes(b"\x00\x01")
    return tree_digest(path)


def test_dtype_library_leaves_source_byte_identical(src, tmp_path):
    before = tree_digest(src.parent)
    r = generalize_sample(src, "bfloat16", tmp_path / "out")
    assert r.ok, r.reason
    assert tree_digest(src.parent) == before
    rs = generalize_many([src], "float16", tmp_path / "many", progress=False)
    assert rs[0].out and tree_digest(src.parent) == before


def test_dtype_cli_leaves_source_byte_identical_unless_update(src, tmp_path, capsys):
    before = tree_digest(src.parent)
    assert main(["graphs", "dtype", str(src), "--to", "float16", "--out", str(tmp_path / "o1")]) == 0
    assert tree_digest(src.parent) == before
    # --no-update (the old opt-out) is still accepted and changes nothing.
    assert main(["graphs", "dtype", str(src), "--to", "float16", "--out", str(tmp_path / "o2"), "--no-update"]) == 0
    assert tree_digest(src.parent) == before
    assert main(["graphs", "dtype", str(src), "--to", "bfloat16", "--out", str(tmp_path / "o3"), "--update"]) == 0
    after = tree_digest(src.parent)
    assert set(after) == set(before)
    assert [f for f in after if after[f] != before[f]] == ["mlp/graph_net.json"]
    passes = json.loads((src / "graph_net.json").read_text())[PASSES_KEY]
    assert "dtype_generalization_pass_bfloat16" in passes


def test_dtype_refuses_non_empty_out(src, tmp_path, capsys):
    out = tmp_path / "out"
    kept = _occupied(out)
    capsys.readouterr()
    assert main(["graphs", "dtype", str(src), "--to", "float16", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "not empty" in err and "--force" in err
    assert tree_digest(out) == kept
    with pytest.raises(OutputExistsError, match="not empty"):
        generalize_sample(src, "float16", out)
    with pytest.raises(OutputExistsError):
        generalize_many([src], "float16", out, progress=False)
    assert tree_digest(out) == kept
    assert main(["graphs", "dtype", str(src), "--to", "float16", "--out", str(out), "--force"]) == 0
    assert not (out / "notes.txt").exists() and (out / "mlp_float16" / "model.py").is_file()


def test_dtype_into_empty_or_new_out_needs_no_force(src, tmp_path):
    (tmp_path / "empty").mkdir()
    assert generalize_sample(src, "float16", tmp_path / "empty").ok
    assert generalize_sample(src, "float16", tmp_path / "new" / "dir").ok
    with pytest.raises(ValueError, match="inside the source"):
        generalize_sample(src, "float16", src / "low")


class Tiny(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(4, 3)

    def forward(self, x):
        return torch.relu(self.lin(x))


def test_extract_refuses_non_empty_out(tmp_path, capsys):
    out = tmp_path / "out"
    kept = _occupied(out)
    with pytest.raises(OutputExistsError, match=str(out)):
        extract(Tiny(), (torch.randn(2, 4),), out)
    assert tree_digest(out) == kept
    assert main(["graphs", "extract", "bert_tiny", "--out", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err and tree_digest(out) == kept
    [path] = extract(Tiny(), (torch.randn(2, 4),), out, force=True)
    assert path == out and (out / "model.py").is_file() and not (out / "notes.txt").exists()
    # A file where the directory should go is refused even with force.
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(OutputExistsError, match="not a directory"):
        extract(Tiny(), (torch.randn(2, 4),), f, force=True)
    assert f.read_text() == "x"
