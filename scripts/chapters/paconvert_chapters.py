"""Write the Track-3 chapters (notebooks/03-paconvert/*.ipynb) from the cell lists in
``scripts/chapters/paconvert/chNN.py`` (one module per chapter: ``FILE`` and ``CELLS``).

    .venv/bin/python scripts/chapters/paconvert_chapters.py          # all chapters
    .venv/bin/python scripts/chapters/paconvert_chapters.py 02 03    # some

The notebooks are committed without outputs; edit the cells, re-run this script,
and run ``pytest tests/notebooks -k 03-paconvert``.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from paddlecamp.chapters.authoring import write_chapters

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "notebooks" / "03-paconvert"
PARTS = Path(__file__).resolve().parent / "paconvert"


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"paconvert_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chapters() -> dict[str, tuple[str, list]]:
    """``{"01": (file name, cells), ...}`` from every ``chNN.py`` present."""
    found = {}
    for path in sorted(PARTS.glob("ch[0-9][0-9].py")):
        module = _load(path)
        found[path.stem[2:]] = (module.FILE, module.CELLS)
    return found


if __name__ == "__main__":
    for path in write_chapters(FOLDER, chapters(), sys.argv[1:]):
        print(path.relative_to(REPO))
