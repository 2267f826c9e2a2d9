"""The ``OcrEngine`` interface and the registry of engines behind it.

An engine turns one page image (an ``H x W x 3`` BGR ``uint8`` array, OpenCV's layout) into
raw text lines: text, confidence and the detector's four-point polygon. Everything above the
engine (reading order, tables, chunking) is engine-independent, so the engines can be
compared on the same pages and swapped by name:

* ``onnx``    PP-OCR ONNX models run directly with onnxruntime (our DB post-processing and
              CTC decoding); the default, measured fastest offline.
* ``paddleocr`` the PaddleOCR 3.x API (``engine="onnxruntime"`` with local model folders
              offline; official Paddle models when their folders exist or can be downloaded).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Protocol

import numpy as np


@dataclass
class RawLine:
    """What an engine returns per line, before reading order and tables are worked out."""

    text: str
    score: float
    box: list[list[float]]  # four [x, y] points, clockwise from top-left


class OcrEngine(Protocol):
    """Recognise the text lines of one upright page image (BGR ``uint8``)."""

    name: str

    def recognize(self, image: np.ndarray) -> list[RawLine]:
        ...


class OcrEngineError(RuntimeError):
    """An engine could not be created or failed on a page; the message says why."""


_FACTORIES: dict[str, Callable[..., OcrEngine]] = {}
_CACHE: dict[tuple, OcrEngine] = {}

#: The engine ``"default"`` resolves to (override with ``$PADDLECAMP_OCR_ENGINE``).
DEFAULT_ENGINE = "onnx"


def register_engine(name: str, factory: Callable[..., OcrEngine]) -> None:
    """Make an engine available to ``get_engine(name)``."""
    _FACTORIES[name] = factory


def engine_names() -> list[str]:
    _ensure_builtin()
    return sorted(_FACTORIES)


def _ensure_builtin() -> None:
    if "onnx" not in _FACTORIES:
        from paddlecamp.docqa.ocr.onnx_engine import PpOcrOnnxEngine
        from paddlecamp.docqa.ocr.paddle_engine import PaddleOcrEngine

        register_engine("onnx", PpOcrOnnxEngine)
        register_engine("paddleocr", PaddleOcrEngine)


def get_engine(name: str = "default", **options) -> OcrEngine:
    """The engine called ``name`` (cached per name and options: model loading is slow)."""
    _ensure_builtin()
    if name == "default":
        name = os.environ.get("PADDLECAMP_OCR_ENGINE", DEFAULT_ENGINE)
    if name not in _FACTORIES:
        raise OcrEngineError(f"unknown OCR engine {name!r}; choose one of {sorted(_FACTORIES)}")
    key = (name, tuple(sorted(options.items())))
    if key not in _CACHE:
        _CACHE[key] = _FACTORIES[name](**options)
    return _CACHE[key]
