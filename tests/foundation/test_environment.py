"""The environment files stay in sync, and the known conflicts stay handled."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _pins(lines) -> dict[str, str]:
    out = {}
    for line in lines:
        m = re.match(r"^\s*-?\s*([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if m:
            out[m.group(1).lower().replace("_", "-")] = m.group(2)
    return out


CONSTRAINTS = _pins((REPO / "constraints.txt").read_text().splitlines())


def test_environment_yml_pins_match_constraints():
    env_pins = _pins((REPO / "environment.yml").read_text().splitlines())
    assert env_pins, "environment.yml lists no pins"
    mismatched = {k: (v, CONSTRAINTS.get(k)) for k, v in env_pins.items() if CONSTRAINTS.get(k) != v}
    assert mismatched == {}
    assert "-c constraints.txt" in (REPO / "environment.yml").read_text()


def test_every_dependency_is_pinned():
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    names = [re.split(r"[<>=!~\[ ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps]
    unpinned = [n for n in names if n not in CONSTRAINTS]
    assert unpinned == []


def test_key_versions_are_the_verified_ones():
    assert CONSTRAINTS["paddlepaddle"] == "3.3.1"
    assert CONSTRAINTS["torch"] == "2.13.0"
    assert CONSTRAINTS["triton"].startswith("3.9.")
    assert CONSTRAINTS["beartype"] == "0.22.9"


def test_installed_versions_match_constraints():
    import importlib.metadata as md

    drift = {}
    for name in ("paddlepaddle", "torch", "triton", "numpy", "haystack-ai", "pymilvus", "milvus-lite", "pathway",
                 "beartype", "papermill"):
        installed = md.version(name).split("+")[0]
        if installed != CONSTRAINTS[name]:
            drift[name] = (installed, CONSTRAINTS[name])
    assert drift == {}


@pytest.mark.parametrize("order", [("paddle", "torch"), ("torch", "paddle")])
def test_paddle_and_torch_import_in_either_order(order):
    code = (f"import warnings; warnings.filterwarnings('ignore')\n"
            f"import {order[0]}, {order[1]}\n"
            "import numpy as np\n"
            "t = torch.ones(3) * 2\n"
            "p = paddle.to_tensor(np.ones(3, dtype='float32')) * 3\n"
            "print(float(t.sum()) + float(p.sum()))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "15.0"


def test_ragflow_sdk_and_pathway_share_the_environment():
    """ragflow-sdk declares beartype<0.19; it is installed without deps and must still work."""
    code = ("import beartype, pathway\n"
            "from ragflow_sdk import RAGFlow\n"
            "c = RAGFlow(api_key='k', base_url='http://127.0.0.1:9')\n"
            "print(beartype.__version__, type(c).__name__)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split()[-2:] == ["0.22.9", "RAGFlow"]


def test_pip_check_has_only_the_documented_conflict():
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "pip_check.py")], capture_output=True,
                          text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
