"""Choose the device a chapter runs on, and make Triton usable on it.

Triton runs kernels on CPU only through its interpreter, which must be switched on
(``TRITON_INTERPRET=1``) before ``triton`` is imported. Chapters call ``configure(DEVICE)``
in their first cell so that they work the same under papermill and in JupyterLab.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def gpu_visible() -> bool:
    """Whether an NVIDIA driver is visible, without importing torch."""
    return shutil.which("nvidia-smi") is not None or Path("/proc/driver/nvidia").exists()


def resolve_device(device: str = "auto") -> str:
    """``"cuda"`` or ``"cpu"``: ``auto`` picks CUDA when torch sees a GPU."""
    if device not in {"auto", "cpu", "cuda"} and not device.startswith("cuda:"):
        raise ValueError(f"DEVICE must be 'auto', 'cpu' or 'cuda[:N]', got {device!r}")
    if device != "auto":
        return device
    if not gpu_visible():
        return "cpu"
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def configure(device: str = "auto") -> str:
    """Resolve ``device`` and, on CPU, switch on the Triton interpreter.

    Raises ``RuntimeError`` when the interpreter is needed but triton was already imported
    without it (restart the kernel and run this first).
    """
    resolved = resolve_device(device)
    if resolved == "cpu" and os.environ.get("TRITON_INTERPRET") != "1":
        if "triton" in sys.modules:
            raise RuntimeError("triton was imported before TRITON_INTERPRET=1 was set; "
                               "restart the kernel and call paddlecamp.devices.configure() first")
        os.environ["TRITON_INTERPRET"] = "1"
    return resolved
