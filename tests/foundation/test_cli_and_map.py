"""The console script, the device helper, the offline models and the curriculum map."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from paddlecamp import curriculum, devices
from paddlecamp.models import MissingModelError, OCR_MODEL_FILES, ocr_models

REPO = Path(__file__).resolve().parents[2]


def test_console_script_help_lists_commands():
    exe = Path(sys.executable).with_name("paddlecamp")
    proc = subprocess.run([str(exe), "--help"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for command in ("doctor", "notebooks", "models"):
        assert command in proc.stdout
    assert "unavailable" not in proc.stdout, proc.stdout


def test_invalid_device_is_rejected():
    with pytest.raises(ValueError, match="DEVICE must be"):
        devices.resolve_device("tpu")
    assert devices.resolve_device("cpu") == "cpu"


def test_ocr_models_present_and_loadable():
    import onnxruntime as ort

    paths = ocr_models()
    assert set(paths) == set(OCR_MODEL_FILES)
    sess = ort.InferenceSession(str(paths["det"]), providers=["CPUExecutionProvider"])
    (inp,) = sess.get_inputs()
    assert inp.shape[1] == 3  # NCHW image input


def test_missing_models_say_how_to_fetch(tmp_path):
    with pytest.raises(MissingModelError, match="paddlecamp models fetch"):
        ocr_models(tmp_path)


def test_curriculum_map_covers_seven_tracks():
    from collections import Counter

    from paddlecamp.chapters import discover

    assert [t.number for t in curriculum.TRACKS] == list(range(8))
    rows = {r["track"]: r for r in curriculum.curriculum_rows(REPO / "notebooks")}
    per_dir = Counter(c.track_dir for c in discover(REPO / "notebooks"))
    for t in curriculum.TRACKS:
        row = rows[f"{t.number:02d}"]
        assert row["chapters"] == per_dir.get(t.notebook_dir, 0), t.notebook_dir
        assert row["landed"] == (per_dir.get(t.notebook_dir, 0) > 0 and curriculum.package_available(t))
    # every chapter folder in the repository belongs to a track of the map
    assert set(per_dir) <= {t.notebook_dir for t in curriculum.TRACKS}
    assert rows["00"]["landed"] and rows["00"]["chapters"] >= 2
