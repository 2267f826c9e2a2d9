"""Write the Track-4 chapters (notebooks/04-cpp-compat/*.ipynb) from the cell lists in
``scripts/chapters/cppcompat/chNN.py`` (one module per chapter: ``FILE`` and ``CELLS``).

    .venv/bin/python scripts/chapters/cppcompat_chapters.py          # all chapters
    .venv/bin/python scripts/chapters/cppcompat_chapters.py 02 03    # some

The notebooks are committed without outputs; edit the cells, re-run this script,
and run ``pytest tests/notebooks -k 04-cpp-compat``.
"""
from __future__ import annotations

import sys
from pathlib import Path

from paddlecamp.chapters.authoring import chapters_from_parts, write_chapters

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "notebooks" / "04-cpp-compat"
PARTS = Path(__file__).resolve().parent / "cppcompat"

if __name__ == "__main__":
    for path in write_chapters(FOLDER, chapters_from_parts(PARTS), sys.argv[1:]):
        print(path.relative_to(REPO))
