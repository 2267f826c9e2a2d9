"""Build the OCR robustness DEV set: degraded variants of the dev pages (deterministic, seeded).

    .venv/bin/python data/docqa/make_robustness.py [--out build/docqa-robustness] [--data data/docqa-dev2]
                                                   [--level standard|harsh]

Takes the dev page images (``data/docqa/pages/*.jpg|png``) and their ``truth.json`` and writes,
for each slice, one damaged copy of every page with its truth carried through the same
geometric transform (boxes are the axis-aligned bounds of the transformed boxes):

    blur     Gaussian blur, sigma 1.2-2.0
    lowres   downsampled to 45-60 % (area averaging), saved as JPEG quality 50-70
    skew     rotated by 3-8 degrees (either way) about the centre, canvas grown to keep all text
    photo    perspective warp onto a darker table, illumination gradient, a soft shadow,
             colour cast, sensor noise, JPEG quality 75-85

Outputs ``<out>/<slice>/<page file>`` and ``<out>/truth.json`` in the format of
``data/docqa/truth.json`` (sources are ``<slice>/<page file>``; each page also records its
``slice``, ``original`` file and the sampled ``params``), so ``paddlecamp.docqa.dataset.load_truth``
and ``paddlecamp.docqa.evaluate.page_cer`` work unchanged. Not committed: rerun to regenerate.
The frozen test set is never read.
"""
from __future__ import annotations

import argparse
import json
import zlib
from pathlib import Path
from typing import Callable

import cv2
import numpy as np

#: Base seed; each (slice, page) mixes in a CRC of its name.
SEED = 20250917
SLICES = ("blur", "lowres", "skew", "photo")
HERE = Path(__file__).resolve().parent
BOX_KEYS = ("bbox", "cell_bbox")


def rng_for(slice_name: str, source: str, seed: int = SEED) -> np.random.Generator:
    """A generator seeded from the slice and the page's name (stable across runs)."""
    return np.random.default_rng([seed, zlib.crc32(f"{slice_name}/{source}".encode("utf-8"))])


# --------------------------------------------------------------------------------------------
# Boxes
# --------------------------------------------------------------------------------------------
def transform_box(box: list[float], fn: Callable[[np.ndarray], np.ndarray], w: int, h: int) -> list[int]:
    """Axis-aligned bounds of the four corners of ``box`` mapped by ``fn`` (N×2 -> N×2), clipped."""
    x0, y0, x1, y1 = box
    pts = fn(np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float64))
    return [int(np.clip(np.floor(pts[:, 0].min()), 0, w)), int(np.clip(np.floor(pts[:, 1].min()), 0, h)),
            int(np.clip(np.ceil(pts[:, 0].max()), 0, w)), int(np.clip(np.ceil(pts[:, 1].max()), 0, h))]


def transform_truth(page: dict, fn: Callable[[np.ndarray], np.ndarray], w: int, h: int) -> dict:
    """A deep copy of a truth page with every ``bbox``/``cell_bbox`` mapped by ``fn``."""
    def walk(obj):
        if isinstance(obj, dict):
            return {k: (transform_box(v, fn, w, h) if k in BOX_KEYS and isinstance(v, list) and len(v) == 4
                        and all(isinstance(x, (int, float)) for x in v) else walk(v)) for k, v in obj.items()}
        if isinstance(obj, list):
            return [walk(v) for v in obj]
        return obj

    out = walk(page)
    out["width"], out["height"] = int(w), int(h)
    return out


def affine_fn(m: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    return lambda pts: pts @ m[:, :2].T + m[:, 2]


def homography_fn(m: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    return lambda pts: cv2.perspectiveTransform(pts.reshape(-1, 1, 2), m).reshape(-1, 2)


def paper_colour(img: np.ndarray) -> tuple[int, int, int]:
    """Median colour of the image border (the paper)."""
    border = np.concatenate([img[:8].reshape(-1, 3), img[-8:].reshape(-1, 3), img[:, :8].reshape(-1, 3),
                             img[:, -8:].reshape(-1, 3)])
    return tuple(int(v) for v in np.median(border, axis=0))


#: Parameter ranges of each slice. "standard" is the set measured since it was made; "harsh"
#: is as strong as a careless phone capture or a fax: heavier blur, a third of the resolution,
#: stronger tilt, perspective, shadow and noise.
LEVELS: dict[str, dict[str, tuple[float, float]]] = {
    "standard": {"sigma": (1.2, 2.0), "scale": (0.45, 0.6), "lowres_q": (50, 71), "angle": (3.0, 8.0),
                 "jitter": (-0.06, 0.06), "light_low": (0.55, 0.75), "shadow": (0.55, 0.75),
                 "noise": (5.0, 9.0), "photo_q": (75, 86)},
    "harsh": {"sigma": (2.2, 3.2), "scale": (0.3, 0.4), "lowres_q": (35, 56), "angle": (8.0, 15.0),
              "jitter": (-0.1, 0.1), "light_low": (0.4, 0.6), "shadow": (0.45, 0.6),
              "noise": (9.0, 14.0), "photo_q": (55, 71)},
}
_LEVEL = dict(LEVELS["standard"])


def set_level(name: str) -> None:
    """Use the ``LEVELS[name]`` parameter ranges for the slices built from now on."""
    if name not in LEVELS:
        raise ValueError(f"unknown level {name!r}; use one of {sorted(LEVELS)}")
    _LEVEL.clear()
    _LEVEL.update(LEVELS[name])


# --------------------------------------------------------------------------------------------
# Slices: each takes (image BGR, rng) and returns (image, box map, params, save quality or None)
# --------------------------------------------------------------------------------------------
def blur(img: np.ndarray, rng: np.random.Generator):
    sigma = round(float(rng.uniform(*_LEVEL["sigma"])), 3)
    out = cv2.GaussianBlur(img, (0, 0), sigma)
    return out, (lambda p: p), {"sigma": sigma}, None


def lowres(img: np.ndarray, rng: np.random.Generator):
    scale = round(float(rng.uniform(*_LEVEL["scale"])), 3)
    quality = int(rng.integers(*_LEVEL["lowres_q"]))
    h, w = img.shape[:2]
    nw, nh = int(round(w * scale)), int(round(h * scale))
    out = cv2.resize(img, (nw, nh), interpolation=cv2.INTER_AREA)
    sx, sy = nw / w, nh / h
    return out, (lambda p: p * np.array([sx, sy])), {"scale": scale, "quality": quality}, quality


def skew(img: np.ndarray, rng: np.random.Generator):
    angle = round(float(rng.uniform(*_LEVEL["angle"])) * (1 if rng.random() < 0.5 else -1), 3)
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(np.ceil(w * cos + h * sin)), int(np.ceil(w * sin + h * cos))
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    out = cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=paper_colour(img))
    return out, affine_fn(m), {"angle": angle}, None


def photo(img: np.ndarray, rng: np.random.Generator):
    h, w = img.shape[:2]
    jitter = rng.uniform(*_LEVEL["jitter"], size=(4, 2)) * np.array([w, h])
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = (src + jitter).astype(np.float32)
    margin = 30
    dst -= dst.min(axis=0) - margin
    nw, nh = int(np.ceil(dst[:, 0].max())) + margin, int(np.ceil(dst[:, 1].max())) + margin
    m = cv2.getPerspectiveTransform(src, dst)
    table = tuple(int(v) for v in rng.integers(60, 120, size=3))
    out = cv2.warpPerspective(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=table).astype(np.float32)
    # Illumination: a linear gradient across the page in a random direction.
    theta = float(rng.uniform(0, 2 * np.pi))
    low = float(rng.uniform(*_LEVEL["light_low"]))
    yy, xx = np.mgrid[0:nh, 0:nw].astype(np.float32)
    t = (xx - nw / 2) * np.cos(theta) + (yy - nh / 2) * np.sin(theta)
    t = (t - t.min()) / max(float(t.max() - t.min()), 1.0)
    light = low + (1 - low) * t
    # A soft shadow: a half-plane near one side, darkened and blurred at its edge.
    phi = float(rng.uniform(0, 2 * np.pi))
    depth = float(rng.uniform(*_LEVEL["shadow"]))
    s = (xx - nw / 2) * np.cos(phi) + (yy - nh / 2) * np.sin(phi)
    cut = float(rng.uniform(0.15, 0.35)) * max(nw, nh)
    shadow = np.where(s > cut, depth, 1.0).astype(np.float32)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 25)
    cast = rng.uniform([0.82, 0.9, 0.98], [0.95, 1.0, 1.08]).astype(np.float32)  # BGR: warm light
    noise = float(rng.uniform(*_LEVEL["noise"]))
    out = out * (light * shadow)[..., None] * cast + rng.normal(0, noise, size=out.shape[:2] + (1,)).astype(np.float32)
    out = np.clip(out, 0, 255).round().astype(np.uint8)
    quality = int(rng.integers(*_LEVEL["photo_q"]))
    params = {"jitter": jitter.round(1).tolist(), "light_low": round(low, 3), "shadow": round(depth, 3),
              "cast_bgr": cast.round(3).tolist(), "noise": round(noise, 2), "quality": quality}
    return out, homography_fn(m), params, quality


SLICE_FNS = {"blur": blur, "lowres": lowres, "skew": skew, "photo": photo}


# --------------------------------------------------------------------------------------------
def dev_pages(data_dir: Path) -> list[Path]:
    """The dev page images (JPEG/PNG) that have truth."""
    return sorted(p for p in (data_dir / "pages").glob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"})


def build(out_dir: Path | str, data_dir: Path | str = HERE, slices: tuple[str, ...] = SLICES,
          seed: int = SEED) -> dict:
    """Write every slice's pages and ``truth.json`` under ``out_dir``; return the truth document."""
    from paddlecamp.docqa.dataset import load_truth

    out_dir, data_dir = Path(out_dir), Path(data_dir)
    if "docqa-test" in str(data_dir.resolve()):
        raise ValueError("the robustness set is made from the dev pages only")
    truth = load_truth(data_dir)
    pages = []
    for name in slices:
        (out_dir / name).mkdir(parents=True, exist_ok=True)
        for path in dev_pages(data_dir):
            if (path.name, 1) not in truth:
                continue
            img = cv2.imread(str(path), cv2.IMREAD_COLOR)
            out, fn, params, quality = SLICE_FNS[name](img, rng_for(name, path.name, seed))
            h, w = out.shape[:2]
            page = transform_truth(truth[(path.name, 1)], fn, w, h)
            fname = path.name if quality is None else path.stem + ".jpg"
            if quality is None and path.suffix.lower() in {".jpg", ".jpeg"}:
                fname = path.stem + ".png"  # no second JPEG generation on top of the slice's damage
            target = out_dir / name / fname
            if quality is None:
                cv2.imwrite(str(target), out)
            else:
                ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
                target.write_bytes(buf.tobytes())
            page.update({"source": f"{name}/{fname}", "slice": name, "original": path.name, "params": params})
            pages.append(page)
    doc = {"version": 1, "seed": seed, "slices": list(slices), "level": next(
        (name for name, ranges in LEVELS.items() if ranges == _LEVEL), "custom"), "data": data_dir.name, "pages": pages}
    (out_dir / "truth.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return doc


def main(argv: list[str] | None = None) -> None:
    from paddlecamp import repo_path

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(repo_path("build", "docqa-robustness")))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--data", default=str(HERE), help="dev set whose page images are damaged (default: data/docqa)")
    ap.add_argument("--level", default="standard", choices=sorted(LEVELS), help="parameter ranges (default: standard)")
    args = ap.parse_args(argv)
    set_level(args.level)
    doc = build(args.out, data_dir=args.data, seed=args.seed)
    print(f"{len(doc['pages'])} pages in {len(doc['slices'])} slices -> {args.out}")


if __name__ == "__main__":
    main()
