"""The map of the curriculum: the seven tracks, what backs each, and what has landed."""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Track:
    """One project of the escort camp as it appears in the curriculum."""

    number: int
    slug: str          # notebooks/NN-slug/
    title: str
    title_zh: str
    package: str       # paddlecamp.<package>
    command: str       # paddlecamp <command>
    builds: str

    @property
    def notebook_dir(self) -> str:
        return f"{self.number:02d}-{self.slug}"


TRACKS: tuple[Track, ...] = (
    Track(0, "start", "Getting started", "环境与导览", "doctor", "doctor",
          "the environment check and this map"),
    Track(1, "docqa", "Document QA: PaddleOCR + ERNIE", "文档问答：PaddleOCR + ERNIE", "docqa", "docqa",
          "scanned pages to cited answers with Milvus, Haystack, Dify, RAGFlow and Pathway"),
    Track(2, "api-compat", "Paddle's PyTorch-compatible API", "Paddle API 兼容性增强", "apicompat", "apicompat",
          "measuring and closing gaps between paddle and torch call signatures"),
    Track(3, "paconvert", "PaConvert tooling", "PaConvert 转换工具", "convert", "convert",
          "converting PyTorch code to Paddle and checking the result"),
    Track(4, "cpp-compat", "C++ API compat layer", "C++ API 兼容层", "cppcompat", "cppcompat",
          "building torch-style C++ extensions against Paddle's ATen/c10 headers"),
    Track(5, "checkpoint", "Distributed checkpoints", "分布式检查点与自动重切分", "checkpoint", "checkpoint",
          "saving sharded state and loading it under another parallel layout"),
    Track(6, "graphnet", "GraphNet computation graphs", "GraphNet 计算图", "graphs", "graphs",
          "stable (de)serialization of graph samples, dtype generalization, an AI-compiler deck"),
    Track(7, "fp8-attention", "FP8/FP4 FlashAttention in Triton", "FP8/FP4 FlashAttention（Triton）",
          "attention", "attention",
          "low-precision attention kernels, their accuracy and training convergence"),
)


def package_available(track: Track) -> bool:
    """Whether ``paddlecamp.<package>`` exists in this installation."""
    return importlib.util.find_spec(f"paddlecamp.{track.package}") is not None


def chapters_of(track: Track, notebooks: Path) -> list[Path]:
    """The track's chapter files, sorted (empty when none have landed)."""
    folder = Path(notebooks) / track.notebook_dir
    return sorted(folder.glob("*.ipynb")) if folder.is_dir() else []


def curriculum_rows(notebooks: Path) -> list[dict]:
    """One row per track: number, title, library package, CLI command, chapters, landed."""
    rows = []
    for t in TRACKS:
        chapters = chapters_of(t, notebooks)
        rows.append({
            "track": f"{t.number:02d}",
            "title": t.title,
            "标题": t.title_zh,
            "library": f"paddlecamp.{t.package}",
            "cli": f"paddlecamp {t.command}",
            "chapters": len(chapters),
            "landed": package_available(t) and bool(chapters),
            "builds": t.builds,
        })
    return rows
