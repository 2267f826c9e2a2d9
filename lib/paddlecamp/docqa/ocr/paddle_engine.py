"""PP-OCR through the PaddleOCR 3.x API (``paddleocr.PaddleOCR``).

Two ways to get models:

* offline (default): the PP-OCRv6 small ONNX files from ``paddlecamp.models`` are laid out
  as PaddleX model folders (``inference.onnx`` + a generated ``inference.yml``, with the
  recognition alphabet read from the ONNX metadata) and run with ``engine="onnxruntime"``;
* official Paddle models: pass ``det_model_dir``/``rec_model_dir`` (folders holding
  ``inference.json``/``.pdiparams`` + ``inference.yml``) with ``engine="paddle"``, or
  ``download=True`` to let PaddleOCR fetch them by name when the network is available.
  From the CLI: ``PADDLECAMP_OCR_DET_DIR``, ``PADDLECAMP_OCR_REC_DIR``,
  ``PADDLECAMP_PADDLEOCR_ENGINE=paddle`` or ``PADDLECAMP_OCR_DOWNLOAD=1`` with
  ``--engine paddleocr``.

Document unwarping and both orientation classifiers stay off: pages are upright scans, and
the textline classifier flips some long lines upside down.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from paddlecamp.docqa.ocr.engine import OcrEngineError, RawLine

#: PaddleX model names of the offline ONNX files (they pick the pre/post-processing).
DET_MODEL_NAME = "PP-OCRv6_small_det"
REC_MODEL_NAME = "PP-OCRv6_small_rec"


def _folder_home() -> Path:
    from paddlecamp.models import model_home

    return model_home() / "paddlex"


def prepare_onnx_model_dir(onnx_path: Path, model_name: str, out_dir: Path | None = None) -> Path:
    """Lay out one ONNX model as a PaddleX model folder (idempotent).

    The folder holds a link (or copy) of the model as ``inference.onnx`` and an
    ``inference.yml`` built from PaddleX's own per-model template; for recognition models the
    alphabet comes from the ONNX ``character`` metadata so it always matches the weights.
    """
    import shutil

    import onnxruntime as ort
    import yaml
    from paddlex.modules.base.utils.pdparams2safetensors.inference_meta import build_inference_meta

    out_dir = out_dir or _folder_home() / model_name
    yml = out_dir / "inference.yml"
    target = out_dir / "inference.onnx"
    if yml.is_file() and target.is_file():
        return out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        try:
            target.symlink_to(Path(onnx_path).resolve())
        except OSError:
            shutil.copyfile(onnx_path, target)
    data = {"Global": {"model_name": model_name}}
    data.update(build_inference_meta(model_name))
    if model_name.endswith("_rec"):
        meta = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"]).get_modelmeta()
        chars = meta.custom_metadata_map.get("character")
        if not chars:
            raise OcrEngineError(f"{onnx_path} has no 'character' metadata to build the dictionary from")
        data.setdefault("PostProcess", {})["character_dict"] = chars.splitlines()
    tmp = yml.with_suffix(".yml.tmp")
    tmp.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tmp.replace(yml)
    return out_dir


class PaddleOcrEngine:
    """``paddleocr.PaddleOCR`` behind the ``OcrEngine`` interface."""

    name = "paddleocr"

    def __init__(self, det_model_dir: str | Path | None = None, rec_model_dir: str | Path | None = None,
                 *, det_model_name: str | None = None, rec_model_name: str | None = None,
                 engine: str | None = None, download: bool = False, min_score: float = 0.5,
                 det_limit_side: int = 736, det_max_side: int = 2048) -> None:
        os.environ.setdefault("PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK", "True")
        os.environ.setdefault("DISABLE_MODEL_SOURCE_CHECK", "True")
        try:
            from paddleocr import PaddleOCR
        except ImportError as exc:  # pragma: no cover - paddleocr is a dependency
            raise OcrEngineError(f"paddleocr is not importable: {exc}") from exc

        # The CLI reaches these through the environment (``--engine paddleocr``).
        det_model_dir = det_model_dir or os.environ.get("PADDLECAMP_OCR_DET_DIR") or None
        rec_model_dir = rec_model_dir or os.environ.get("PADDLECAMP_OCR_REC_DIR") or None
        engine = engine or os.environ.get("PADDLECAMP_PADDLEOCR_ENGINE") or None
        download = download or os.environ.get("PADDLECAMP_OCR_DOWNLOAD", "") == "1"
        kwargs: dict = {}
        if det_model_dir is None and rec_model_dir is None and not download:
            from paddlecamp.models import MissingModelError, ocr_models

            try:
                models = ocr_models()
            except MissingModelError as exc:
                raise OcrEngineError(str(exc)) from exc
            det_model_dir = prepare_onnx_model_dir(models["det"], DET_MODEL_NAME)
            rec_model_dir = prepare_onnx_model_dir(models["rec"], REC_MODEL_NAME)
            det_model_name, rec_model_name = DET_MODEL_NAME, REC_MODEL_NAME
            engine = engine or "onnxruntime"
        if det_model_dir is not None:
            kwargs["text_detection_model_dir"] = str(det_model_dir)
        if rec_model_dir is not None:
            kwargs["text_recognition_model_dir"] = str(rec_model_dir)
        kwargs["text_detection_model_name"] = det_model_name or DET_MODEL_NAME
        kwargs["text_recognition_model_name"] = rec_model_name or REC_MODEL_NAME
        if engine:
            kwargs["engine"] = engine
        try:
            self.pipeline = PaddleOCR(
                use_doc_orientation_classify=False, use_doc_unwarping=False, use_textline_orientation=False,
                text_det_limit_side_len=det_limit_side, text_det_limit_type="min",
                text_rec_score_thresh=min_score, **kwargs)
        except Exception as exc:
            hint = "" if download else " (offline: pass local model folders, or download=True with network)"
            raise OcrEngineError(f"PaddleOCR could not start: {exc}{hint}") from exc
        self.min_score = min_score

    def recognize(self, image: np.ndarray) -> list[RawLine]:
        try:
            results = list(self.pipeline.predict(image))
        except Exception as exc:
            raise OcrEngineError(f"PaddleOCR failed on the page: {exc}") from exc
        lines = []
        for res in results:
            data = res.json.get("res", res.json) if hasattr(res, "json") else res
            for text, score, poly in zip(data["rec_texts"], data["rec_scores"], data["rec_polys"]):
                text = str(text).strip()
                if text and float(score) >= self.min_score:
                    lines.append(RawLine(text=text, score=float(score),
                                         box=[[float(x), float(y)] for x, y in np.asarray(poly).tolist()]))
        return lines
