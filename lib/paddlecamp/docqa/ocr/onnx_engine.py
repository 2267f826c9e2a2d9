"""PP-OCR with onnxruntime directly: DB text detection, CTC recognition, optional angle cls.

This is the same model family PaddleOCR runs, with the pre- and post-processing written out
(DB: threshold the probability map, take contours, score them, expand by the unclip ratio;
CTC: best path, collapse repeats, drop blanks). Running the sessions ourselves avoids the
per-call overhead of a general pipeline and needs no OpenCV besides the one installed.
"""
from __future__ import annotations

import math
import os
import re
from pathlib import Path

import cv2
import numpy as np

from paddlecamp.docqa.ocr.engine import OcrEngineError, RawLine

_DET_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
_DET_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


def _session(path: Path, threads: int | None):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    if threads:
        opts.intra_op_num_threads = threads
    opts.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own Fail/InvalidProtobuf types
        raise OcrEngineError(f"cannot load OCR model {path}: {exc}") from exc


def rec_characters(session) -> list[str]:
    """The recognition alphabet stored in the model's metadata: blank + dictionary + space."""
    meta = session.get_modelmeta().custom_metadata_map
    if "character" not in meta:
        raise OcrEngineError("recognition model has no 'character' metadata; pass rec_dict=")
    return ["blank"] + meta["character"].splitlines() + [" "]


def order_points(pts: np.ndarray) -> np.ndarray:
    """Four points as top-left, top-right, bottom-right, bottom-left."""
    pts = pts[np.argsort(pts[:, 0])]
    left, right = pts[:2], pts[2:]
    tl, bl = left[np.argsort(left[:, 1])]
    tr, br = right[np.argsort(right[:, 1])]
    return np.array([tl, tr, br, bl], dtype=np.float32)


def _mini_box(contour: np.ndarray) -> tuple[np.ndarray, float]:
    rect = cv2.minAreaRect(contour)
    return order_points(cv2.boxPoints(rect)), min(rect[1])


def _box_score(prob: np.ndarray, box: np.ndarray) -> float:
    """Mean probability inside the box (the DB 'fast' score)."""
    h, w = prob.shape
    xmin = int(np.clip(np.floor(box[:, 0].min()), 0, w - 1))
    xmax = int(np.clip(np.ceil(box[:, 0].max()), 0, w - 1))
    ymin = int(np.clip(np.floor(box[:, 1].min()), 0, h - 1))
    ymax = int(np.clip(np.ceil(box[:, 1].max()), 0, h - 1))
    mask = np.zeros((ymax - ymin + 1, xmax - xmin + 1), dtype=np.uint8)
    shifted = box.copy()
    shifted[:, 0] -= xmin
    shifted[:, 1] -= ymin
    cv2.fillPoly(mask, [shifted.astype(np.int32)], 1)
    return float(cv2.mean(prob[ymin:ymax + 1, xmin:xmax + 1], mask)[0])


def _unclip(box: np.ndarray, ratio: float) -> np.ndarray | None:
    import pyclipper
    from shapely.geometry import Polygon

    poly = Polygon(box)
    if poly.length == 0:
        return None
    distance = poly.area * ratio / poly.length
    offset = pyclipper.PyclipperOffset()
    offset.AddPath([tuple(map(float, p)) for p in box], pyclipper.JT_ROUND, pyclipper.ET_CLOSEDPOLYGON)
    expanded = offset.Execute(distance)
    if len(expanded) != 1:
        return None
    return np.array(expanded[0], dtype=np.float32)


def db_boxes(prob: np.ndarray, src_w: int, src_h: int, *, thresh: float = 0.3, box_thresh: float = 0.6,
             unclip_ratio: float = 1.5, max_candidates: int = 1000, min_size: float = 3,
             scores: list[float] | None = None) -> list[np.ndarray]:
    """DB post-processing: probability map -> four-point boxes in source-image pixels (each
    box's mean probability appended to ``scores`` when given)."""
    h, w = prob.shape
    bitmap = (prob > thresh).astype(np.uint8) * 255
    contours, _ = cv2.findContours(bitmap, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    if len(contours) > max_candidates:
        # A noisy map (blurred or speckled pages) has many specks: keep the largest candidates,
        # not the first ones found, so specks cannot push real lines out of the cut.
        contours = sorted(contours, key=cv2.contourArea, reverse=True)
    boxes = []
    for contour in contours[:max_candidates]:
        box, sside = _mini_box(contour.reshape(-1, 2))
        if sside < min_size:
            continue
        score = _box_score(prob, box)
        if score < box_thresh:
            continue
        expanded = _unclip(box, unclip_ratio)
        if expanded is None:
            continue
        box, sside = _mini_box(expanded)
        if sside < min_size + 2:
            continue
        box[:, 0] = np.clip(np.round(box[:, 0] / w * src_w), 0, src_w)
        box[:, 1] = np.clip(np.round(box[:, 1] / h * src_h), 0, src_h)
        boxes.append(box)
        if scores is not None:
            scores.append(score)
    return boxes


#: A run of leader marks at either end of a line ("Circle ........", "..£28.00", "…174": the
#: reader writes a long run as one ellipsis), and a line of marks alone.
_LEADERS = re.compile(r"^(?:[\s.·…。,，_\-]{2,}|…)|(?:[\s.·…。,，_\-]{2,}|…)$")
_MARKS = re.compile(r"[\s.·…。,，_\-]+")


def _width(text: str) -> float:
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)


def trim_leaders(text: str, box: np.ndarray) -> tuple[str, np.ndarray]:
    """``text`` without the leader marks at its ends, and its box cut to the words: their
    share of the characters (a Han character about twice a Latin one), and no wider than the
    characters at the line's height (the reader writes a long run of dots as a few marks);
    ``("", box)`` for a line of marks alone."""
    if _MARKS.fullmatch(text):
        return "", box
    core = _LEADERS.sub("", text).strip()
    if core == text or not core:
        return core, box
    start = text.find(core)
    total = max(_width(text), 1e-9)
    a, b = _width(text[:start]) / total, _width(text[:start + len(core)]) / total
    pts = order_points(np.asarray(box, dtype=np.float32))  # tl, tr, br, bl
    top, bottom = pts[1] - pts[0], pts[2] - pts[3]
    height, length = float(np.linalg.norm(pts[3] - pts[0])), max(float(np.linalg.norm(top)), 1e-9)
    words = min((b - a) * length, _width(core) * height) / length
    a, b = (a, a + words) if start == 0 else (b - words, b)
    out = np.array([pts[0] + a * top, pts[0] + b * top, pts[3] + b * bottom, pts[3] + a * bottom], dtype=np.float32)
    return core, out


def crop_line(image: np.ndarray, box: np.ndarray) -> np.ndarray:
    """Perspective-crop one detected line to an upright strip (tall strips rotated)."""
    w = int(max(np.linalg.norm(box[0] - box[1]), np.linalg.norm(box[2] - box[3])))
    h = int(max(np.linalg.norm(box[0] - box[3]), np.linalg.norm(box[1] - box[2])))
    w, h = max(w, 1), max(h, 1)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(box.astype(np.float32), dst)
    crop = cv2.warpPerspective(image, m, (w, h), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)
    if h / w >= 1.5:
        crop = np.rot90(crop)
    return crop


def ctc_decode(preds: np.ndarray, characters: list[str]) -> list[tuple[str, float]]:
    """Best-path CTC decoding: argmax per step, collapse repeats, drop blanks (index 0)."""
    idx = preds.argmax(axis=2)
    prob = preds.max(axis=2)
    out = []
    for row_idx, row_prob in zip(idx, prob):
        keep = row_idx != 0
        keep[1:] &= row_idx[1:] != row_idx[:-1]
        chars = [characters[i] for i in row_idx[keep]]
        score = float(row_prob[keep].mean()) if keep.any() else 0.0
        out.append(("".join(chars), score))
    return out


def keep_spaces(sharp: str, smooth: str) -> str:
    """``smooth`` (a line read again smoothed) with the spaces of ``sharp`` (the first
    reading) put back between the characters both readings share: smoothing closes the small
    gaps between words ("联系人：诸葛明月 电话" read "…诸葛明月电话", "40' HC" "40'HC"), and
    the spaces are what split a line into its fields."""
    from difflib import SequenceMatcher

    a, b = sharp.replace(" ", ""), smooth.replace(" ", "")
    after: set[int] = set()  # non-space characters of ``sharp`` followed by a space
    k = -1
    for ch in sharp:
        if ch == " ":
            after.add(k)
        else:
            k += 1
    spaced = {j + (m - i) for i, j, n in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
              for m in range(i, i + n) if m in after and m + 1 < len(a)}  # their places in ``smooth``
    out, j = [], -1
    for ch in smooth:
        if ch != " ":
            j += 1
            if j - 1 in spaced and out and out[-1] != " ":
                out.append(" ")
        out.append(ch)
    return "".join(out)


class PpOcrOnnxEngine:
    """PP-OCR det + rec (+ optional cls) ONNX models on onnxruntime.

    Defaults to the offline PP-OCRv6 small models (``paddlecamp.models.ocr_models()``).
    ``det_limit_side``/``det_max_side`` bound the detector's input size (the page's short
    side is scaled up to ``det_limit_side`` and the long side capped at ``det_max_side``,
    both rounded to multiples of 32). The angle classifier is off by default: on upright
    scans it flips some long lines and garbles them. A recognition batch is padded to its
    widest crop but to no less than ``rec_min_width`` px (PaddleOCR pads to 320; the
    recognizer's cost grows with the width, and 144 reads the development pages with the
    same characters, CER within 0.0004, and their short crops about 25% faster).
    A line read with confidence under ``retry_below`` is read again from its crop smoothed by a
    Gaussian of ``retry_sigma`` px, and the more confident reading is kept
    (``recognize_lines``): the blocky edges of a fax's thresholded text, a phone photo's
    noise and JPEG ringing read better softened (content CER of dev5's fax and phone pages
    7.6% -> 6.7%, of dev4's 2.9% -> 2.7%, indexing time the same: clean pages' lines are
    confident and read once; smoothing by 0.5, 0.8, 1.2 or 1.0 and 1.6 px, CLAHE, a wider
    crop and cubic upscaling measured no better). ``retry_below=0`` turns it off.
    """

    name = "onnx"

    def __init__(self, det_model: str | Path | None = None, rec_model: str | Path | None = None,
                 cls_model: str | Path | None = None, *, use_cls: bool = False, det_limit_side: int = 736,
                 det_max_side: int = 1280, rec_batch: int = 8, rec_min_width: int = 144,
                 min_score: float = 0.5, retry_below: float = 0.97, retry_sigma: float = 1.0,
                 box_thresh: float = 0.6, faint_box: float = 0.45, faint_min_score: float = 0.9,
                 threads: int | None = None) -> None:
        from paddlecamp.models import MissingModelError, ocr_models

        if det_model is None or rec_model is None or (use_cls and cls_model is None):
            try:
                defaults = ocr_models()
            except MissingModelError as exc:
                raise OcrEngineError(str(exc)) from exc
            det_model = det_model or defaults["det"]
            rec_model = rec_model or defaults["rec"]
            cls_model = cls_model or defaults["cls"]
        threads = threads or int(os.environ.get("PADDLECAMP_OCR_THREADS", "0")) or None
        self.det = _session(Path(det_model), threads)
        self.rec = _session(Path(rec_model), threads)
        self.cls = _session(Path(cls_model), threads) if use_cls else None
        self.characters = rec_characters(self.rec)
        self.det_limit_side = det_limit_side
        self.det_max_side = det_max_side
        self.rec_batch = rec_batch
        self.rec_min_width = rec_min_width
        self.min_score = min_score
        self.retry_below = retry_below
        self.retry_sigma = retry_sigma
        self.box_thresh = box_thresh
        self.faint_box = faint_box
        self.faint_min_score = faint_min_score

    # detection -------------------------------------------------------------------------
    def _det_input(self, image: np.ndarray) -> np.ndarray:
        h, w = image.shape[:2]
        scale = 1.0
        if min(h, w) < self.det_limit_side:
            scale = self.det_limit_side / min(h, w)
        if max(h, w) * scale > self.det_max_side:
            scale = self.det_max_side / max(h, w)
        nh = max(32, int(round(h * scale / 32)) * 32)
        nw = max(32, int(round(w * scale / 32)) * 32)
        resized = cv2.resize(image, (nw, nh))
        x = (resized.astype(np.float32) / 255.0 - _DET_MEAN) / _DET_STD
        return x.transpose(2, 0, 1)[None]

    def detect(self, image: np.ndarray, scores: list[float] | None = None) -> list[np.ndarray]:
        """Four-point boxes of the text lines, in image pixels, down to ``faint_box`` mean
        probability (each box's appended to ``scores`` when given)."""
        prob = self.det.run(None, {self.det.get_inputs()[0].name: self._det_input(image)})[0][0, 0]
        return db_boxes(prob, image.shape[1], image.shape[0], box_thresh=min(self.box_thresh, self.faint_box),
                        scores=scores)

    # recognition -----------------------------------------------------------------------
    def _rec_batch(self, crops: list[np.ndarray]) -> np.ndarray:
        ratios = [c.shape[1] / max(c.shape[0], 1) for c in crops]
        max_ratio = max([self.rec_min_width / 48] + ratios)
        width = int(math.ceil(48 * max_ratio))
        batch = np.zeros((len(crops), 3, 48, width), dtype=np.float32)
        for i, (crop, ratio) in enumerate(zip(crops, ratios)):
            rw = min(width, max(1, int(math.ceil(48 * ratio))))
            resized = cv2.resize(crop, (rw, 48)).astype(np.float32) / 255.0
            batch[i, :, :, :rw] = ((resized - 0.5) / 0.5).transpose(2, 0, 1)
        return batch

    def recognize_crops(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        """Text and confidence of each line crop (batched by similar aspect ratio)."""
        order = np.argsort([c.shape[1] / max(c.shape[0], 1) for c in crops])
        results: list[tuple[str, float]] = [("", 0.0)] * len(crops)
        name = self.rec.get_inputs()[0].name
        for start in range(0, len(crops), self.rec_batch):
            ids = order[start:start + self.rec_batch]
            preds = self.rec.run(None, {name: self._rec_batch([crops[i] for i in ids])})[0]
            for i, res in zip(ids, ctc_decode(preds, self.characters)):
                results[i] = res
        return results

    def recognize_lines(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        """``recognize_crops``, with the lines under ``retry_below`` confidence read again
        smoothed (``retry_sigma``) and the more confident of the two readings kept (with the
        first reading's spaces, ``keep_spaces``)."""
        results = self.recognize_crops(crops)
        unsure = [i for i, (_, score) in enumerate(results) if score < self.retry_below]
        if unsure:
            again = self.recognize_crops([cv2.GaussianBlur(crops[i], (0, 0), self.retry_sigma) for i in unsure])
            for i, (text, score) in zip(unsure, again):
                if score > results[i][1]:
                    results[i] = (keep_spaces(results[i][0], text), score)
        return results

    def _upright(self, crops: list[np.ndarray]) -> list[np.ndarray]:
        if self.cls is None:
            return crops
        name = self.cls.get_inputs()[0].name
        out = list(crops)
        for i, crop in enumerate(crops):
            rw = min(192, max(1, int(math.ceil(48 * crop.shape[1] / max(crop.shape[0], 1)))))
            x = np.zeros((1, 3, 48, 192), dtype=np.float32)
            x[0, :, :, :rw] = ((cv2.resize(crop, (rw, 48)).astype(np.float32) / 255.0 - 0.5) / 0.5).transpose(2, 0, 1)
            p = self.cls.run(None, {name: x})[0][0]
            # Only flip when the classifier is sure: a wrong flip garbles the whole line.
            if p[1] > 0.9:
                out[i] = cv2.rotate(crop, cv2.ROTATE_180)
        return out

    def recognize(self, image: np.ndarray) -> list[RawLine]:
        if image.ndim == 2:
            image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
        box_scores: list[float] = []
        boxes = self.detect(image, box_scores)
        if not boxes:
            return []
        crops = self._upright([crop_line(image, b) for b in boxes])
        lines = []
        for box, faint, (text, score) in zip(boxes, box_scores, self.recognize_lines(crops)):
            text = text.strip()
            if faint < self.box_thresh:
                # a faint box (a line of leader dots thins the detector's map) must read clearly,
                # and only its words count: dots alone are dropped, a label's run of them cut off
                if score < self.faint_min_score:
                    continue
                text, box = trim_leaders(text, box)
            if text and score >= self.min_score:
                lines.append(RawLine(text=text, score=score, box=box.round(1).tolist()))
        return lines
