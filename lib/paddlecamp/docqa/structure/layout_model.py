"""PaddleOCR's CDLA layout model (PicoDet-LCNet) run with onnxruntime: page -> layout regions.

Facts about the exported model (``layout_cdla.onnx`` from PP-Structure):

* input ``image`` is ``1 x 3 x 800 x 608`` (height x width): the page is stretched to that
  size (no letterbox), kept in OpenCV's BGR order as PP-Structure feeds it, scaled to [0, 1]
  and normalised with the ImageNet mean/std;
* the graph stops before NMS: for each of the four FPN levels (strides 8, 16, 32, 64) it
  returns per-anchor class scores (already sigmoid-activated, ``N x 10``) and, in the second
  half of the outputs, box distributions ``N x 4*(reg_max+1)`` (Generalized Focal Loss: each
  side's distance to the anchor centre is the expectation of a softmax over ``reg_max+1``
  bins, in units of the stride);
* anchors are the centres of the feature-map cells, ``((col + 0.5) * stride, (row + 0.5) *
  stride)``, row-major; a level's map is ``ceil(800 / stride) x ceil(608 / stride)``;
* the class names are in the model's metadata (``character``): text, title, figure,
  figure_caption, table, table_caption, header, footer, reference, equation.

Decoding here: keep anchors whose best class score passes the threshold, turn their
distributions into boxes, per-class hard NMS, then scale the boxes back to page pixels.
The threshold is 0.5 (PP-Structure's default) except for titles (0.4): on the dev pages
short centred titles score 0.43-0.49 while nothing else scores as a title there.
"""
from __future__ import annotations

import math
import os
import threading
from pathlib import Path

import cv2
import numpy as np

from paddlecamp.docqa.records import Region

#: Per-class score thresholds that differ from the default one.
CLASS_THRESHOLDS: dict[str, float] = {"title": 0.4}

#: CDLA class order, used when the model carries no ``character`` metadata.
CDLA_LABELS: tuple[str, ...] = ("text", "title", "figure", "figure_caption", "table", "table_caption",
                                "header", "footer", "reference", "equation")

_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


class StructureModelError(RuntimeError):
    """A structure model could not be loaded or run; the message says why."""


def structure_threads() -> int:
    """Threads per structure session: ``$PADDLECAMP_STRUCTURE_THREADS``, else min(2, CPUs)."""
    env = os.environ.get("PADDLECAMP_STRUCTURE_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(2, os.cpu_count() or 1))


def open_session(path: Path | str, threads: int | None = None):
    """A CPU onnxruntime session for ``path`` with ``threads`` intra-op threads."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads or structure_threads()
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own Fail/NoSuchFile/InvalidProtobuf types
        raise StructureModelError(f"cannot load structure model {path}: {exc}") from exc


def as_bgr(image) -> np.ndarray:
    """``image`` as an ``H x W x 3`` ``uint8`` array (gray and BGRA are converted).

    Raises ``ValueError`` for something that is not an image or has no pixels.
    """
    if image is None or not hasattr(image, "shape"):
        raise ValueError(f"expected an image array (H x W [x C]), got {type(image).__name__}")
    img = np.asarray(image)
    if img.size == 0 or img.ndim not in (2, 3) or min(img.shape[:2]) == 0:
        raise ValueError(f"empty or malformed image of shape {tuple(img.shape)}")
    if img.dtype != np.uint8:
        img = np.clip(img, 0, 255).astype(np.uint8)
    if img.ndim == 2:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    channels = img.shape[2]
    if channels == 1:
        return cv2.cvtColor(img[:, :, 0], cv2.COLOR_GRAY2BGR)
    if channels == 4:
        return np.ascontiguousarray(img[:, :, :3])
    if channels != 3:
        raise ValueError(f"expected 1, 3 or 4 channels, got {channels}")
    return img


def normalize_image(image: np.ndarray) -> np.ndarray:
    """BGR ``uint8`` -> float32 scaled to [0, 1] and normalised with the ImageNet mean/std (HWC)."""
    return (image.astype(np.float32) * (1.0 / 255.0) - _MEAN) / _STD


def overlap_area(a: list[float], b: list[float]) -> float:
    """Area of the intersection of two ``[x0, y0, x1, y1]`` boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def box_area(b: list[float]) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def box_iou(box: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """IoU of one ``[x0, y0, x1, y1]`` box against each row of ``boxes``."""
    w = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0, None)
    h = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0, None)
    inter = w * h
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    return inter / np.maximum(area + areas - inter, 1e-9)


def hard_nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float, keep_top: int = 100) -> list[int]:
    """Indices kept by greedy NMS, best first."""
    todo = list(np.argsort(-scores))
    keep: list[int] = []
    while todo and len(keep) < keep_top:
        best = todo.pop(0)
        keep.append(int(best))
        if not todo:
            break
        rest = np.array(todo)
        todo = list(rest[box_iou(boxes[best], boxes[rest]) <= iou_threshold])
    return keep


class OnnxModel:
    """A structure model file run by onnxruntime; the session is created on first use.

    ``role`` names the default file in ``structure_models()``; ``_loaded`` reads what a
    subclass needs from the new session and its metadata.
    """

    role = ""

    def __init__(self, path: Path | str | None = None, threads: int | None = None) -> None:
        if path is None:
            from paddlecamp.models import structure_models

            path = structure_models()[self.role]
        self.path = Path(path)
        self.threads = threads
        self._session = None
        self._lock = threading.Lock()

    def _loaded(self, session, meta: dict[str, str]) -> None:
        """Hook: called once with the new session and its ``custom_metadata_map``."""

    @property
    def session(self):
        with self._lock:
            if self._session is None:
                sess = open_session(self.path, self.threads)
                self._loaded(sess, sess.get_modelmeta().custom_metadata_map)
                self._session = sess
        return self._session

    def run(self, x: np.ndarray) -> list[np.ndarray]:
        """All outputs for the one input ``x``."""
        sess = self.session
        return sess.run(None, {sess.get_inputs()[0].name: x})


class LayoutModel(OnnxModel):
    """The CDLA layout detector; the onnxruntime session is created on first use."""

    role = "layout"
    strides = (8, 16, 32, 64)

    def __init__(self, path: Path | str | None = None, *, score_threshold: float = 0.5,
                 iou_threshold: float = 0.5, threads: int | None = None,
                 class_thresholds: dict[str, float] | None = None) -> None:
        super().__init__(path, threads)
        self.score_threshold = score_threshold
        self.class_thresholds = dict(CLASS_THRESHOLDS if class_thresholds is None else class_thresholds)
        self.iou_threshold = iou_threshold
        self.labels: tuple[str, ...] = CDLA_LABELS
        self.input_hw = (800, 608)

    def _loaded(self, session, meta: dict[str, str]) -> None:
        if meta.get("character"):
            self.labels = tuple(meta["character"].splitlines())
        shape = session.get_inputs()[0].shape
        if isinstance(shape[2], int) and isinstance(shape[3], int):
            self.input_hw = (shape[2], shape[3])

    def _input(self, image: np.ndarray) -> np.ndarray:
        h, w = self.input_hw
        x = normalize_image(cv2.resize(image, (w, h), interpolation=cv2.INTER_LINEAR))
        return np.ascontiguousarray(x.transpose(2, 0, 1)[None])

    def _anchors(self) -> tuple[np.ndarray, np.ndarray]:
        """Anchor centres (``N x 2``, x then y) and each anchor's stride, all levels stacked."""
        h, w = self.input_hw
        centres, strides = [], []
        for s in self.strides:
            rows, cols = math.ceil(h / s), math.ceil(w / s)
            yy, xx = np.meshgrid(np.arange(rows), np.arange(cols), indexing="ij")
            centres.append(np.stack([(xx.ravel() + 0.5) * s, (yy.ravel() + 0.5) * s], axis=1))
            strides.append(np.full(rows * cols, s, dtype=np.float32))
        return np.concatenate(centres).astype(np.float32), np.concatenate(strides)

    def decode(self, outputs: list[np.ndarray], page_w: int, page_h: int) -> list[Region]:
        """Regions in page pixels from the raw model outputs (batch of one)."""
        n_levels = len(outputs) // 2
        scores = np.concatenate([o[0] for o in outputs[:n_levels]])
        dists = np.concatenate([o[0] for o in outputs[n_levels:]])
        centres, strides = self._anchors()
        if len(centres) != len(scores):
            raise StructureModelError(f"layout model returned {len(scores)} anchors, expected {len(centres)}")
        thresholds = np.array([self.class_thresholds.get(self.labels[c] if c < len(self.labels) else "",
                                                         self.score_threshold) for c in range(scores.shape[1])],
                              dtype=np.float32)
        pick = np.nonzero((scores > thresholds).any(axis=1))[0]
        if not len(pick):
            return []
        scores, dists, centres, strides = scores[pick], dists[pick], centres[pick], strides[pick]
        bins = dists.shape[1] // 4
        logits = dists.reshape(-1, 4, bins)
        prob = np.exp(logits - logits.max(axis=2, keepdims=True))
        prob /= prob.sum(axis=2, keepdims=True)
        dist = (prob * np.arange(bins, dtype=np.float32)).sum(axis=2) * strides[:, None]  # l, t, r, b
        boxes = np.concatenate([centres - dist[:, :2], centres + dist[:, 2:]], axis=1)
        h, w = self.input_hw
        boxes *= np.array([page_w / w, page_h / h, page_w / w, page_h / h], dtype=np.float32)
        boxes[:, 0::2] = boxes[:, 0::2].clip(0, page_w)
        boxes[:, 1::2] = boxes[:, 1::2].clip(0, page_h)
        regions: list[Region] = []
        for cls in range(scores.shape[1]):
            mask = scores[:, cls] > thresholds[cls]
            if not mask.any():
                continue
            cb, cs = boxes[mask], scores[mask, cls]
            for i in hard_nms(cb, cs, self.iou_threshold):
                x0, y0, x1, y1 = (round(float(v), 1) for v in cb[i])
                if x1 - x0 >= 1 and y1 - y0 >= 1:
                    label = self.labels[cls] if cls < len(self.labels) else f"class{cls}"
                    regions.append(Region(label=label, bbox=[x0, y0, x1, y1], score=round(float(cs[i]), 4)))
        regions.sort(key=lambda r: (r.bbox[1], r.bbox[0]))
        return regions

    def detect(self, image_bgr: np.ndarray) -> list[Region]:
        """Layout regions of one page (BGR or gray ``uint8``), boxes in page pixels, top to bottom.

        An image too small to hold a layout (under 16 px a side) has no regions.
        """
        img = as_bgr(image_bgr)
        page_h, page_w = img.shape[:2]
        if min(page_h, page_w) < 16:
            return []
        _ = self.session  # loads the labels and input size before the input is made
        return self.decode(self.run(self._input(img)), page_w, page_h)


_MODELS: dict[tuple, object] = {}
_MODELS_LOCK = threading.Lock()


def cached_model(cls, path: Path | str | None = None, **options):
    """One instance of ``cls`` per (path, options) in this process (sessions load once)."""
    if path is None:
        from paddlecamp.models import structure_models

        path = structure_models()[cls.role]
    key = (cls.__name__, str(path), tuple(sorted(options.items())))
    with _MODELS_LOCK:
        if key not in _MODELS:
            _MODELS[key] = cls(path, **options)
        return _MODELS[key]


def get_layout_model(path: Path | str | None = None, **options) -> LayoutModel:
    """The process-wide ``LayoutModel`` (default model file from ``structure_models()``)."""
    return cached_model(LayoutModel, path, **options)
