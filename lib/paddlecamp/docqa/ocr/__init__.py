"""OCR: engines behind one interface, then reading order and table detection on top.

``ocr_image(image, source=..., page=...)`` is the engine-independent entry point; engines
live in ``onnx_engine`` (onnxruntime directly) and ``paddle_engine`` (the PaddleOCR API).
"""
from __future__ import annotations

from paddlecamp.docqa.ocr.engine import (
    DEFAULT_ENGINE,
    OcrEngine,
    OcrEngineError,
    RawLine,
    engine_names,
    get_engine,
    register_engine,
)

__all__ = ["DEFAULT_ENGINE", "OcrEngine", "OcrEngineError", "RawLine", "engine_names", "get_engine",
           "register_engine"]
