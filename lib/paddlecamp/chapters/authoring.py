"""Write chapter notebooks from a list of cells (no outputs, ``python3`` kernel).

Chapters are committed as ``.ipynb``; this helper makes new ones with the conventions
already in place::

    write_chapter("notebooks/07-fp8-attention/01-number-formats.ipynb", [
        ("md", "# Number formats\\n..."),
        ("params", "SMOKE = True\\nDEVICE = 'auto'"),
        ("code", "import paddlecamp.attention as att"),
    ])
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

CellSpec = tuple[str, str]

_KINDS = {"md", "code", "params"}


def notebook_from_cells(cells: Iterable[CellSpec]) -> dict:
    """Build an nbformat-4 notebook dict; ``params`` cells are tagged ``parameters``."""
    out = []
    for kind, source in cells:
        if kind not in _KINDS:
            raise ValueError(f"cell kind {kind!r} is not one of {sorted(_KINDS)}")
        lines = source.strip("\n").splitlines(keepends=True)
        if kind == "md":
            out.append({"cell_type": "markdown", "metadata": {}, "source": lines})
        else:
            meta = {"tags": ["parameters"]} if kind == "params" else {}
            out.append({"cell_type": "code", "execution_count": None, "metadata": meta,
                        "outputs": [], "source": lines})
    return {
        "cells": out,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_chapter(path: Path | str, cells: Iterable[CellSpec]) -> Path:
    """Write a chapter notebook to ``path`` (parents created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nb = notebook_from_cells(cells)
    for i, cell in enumerate(nb["cells"]):
        cell["id"] = f"c{i:03d}"
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def write_chapters(folder: Path | str, chapters: dict[str, tuple[str, list[CellSpec]]],
                   wanted: Iterable[str] = ()) -> list[Path]:
    """Write the chapters numbered ``wanted`` (all when empty) of ``{number: (file name, cells)}``
    into ``folder``; the command-line body of the chapter scripts under ``scripts/chapters``."""
    unknown = [n for n in wanted if n not in chapters]
    if unknown:
        raise KeyError(f"no chapters {unknown}; there are {sorted(chapters)}")
    return [write_chapter(Path(folder) / chapters[n][0], chapters[n][1]) for n in (list(wanted) or sorted(chapters))]


def chapters_from_parts(parts: Path | str) -> dict[str, tuple[str, list[CellSpec]]]:
    """``{"01": (file name, cells), ...}`` from the modules ``parts/chNN.py`` (each defines
    ``FILE`` and ``CELLS``): for tracks whose chapters are written by separate modules."""
    import importlib.util
    found = {}
    for path in sorted(Path(parts).glob("ch[0-9][0-9].py")):
        spec = importlib.util.spec_from_file_location(f"_chapter_{Path(parts).name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found[path.stem[2:]] = (module.FILE, module.CELLS)
    return found
