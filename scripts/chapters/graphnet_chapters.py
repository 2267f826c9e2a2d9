"""Write the Track 6 chapters (notebooks/06-graphnet/*.ipynb) from the cell lists in
``scripts/chapters/graphnet/chNN.py`` (one module per chapter: ``FILE`` and ``CELLS``).

    .venv/bin/python scripts/chapters/graphnet_chapters.py          # every chapter that has a module
    .venv/bin/python scripts/chapters/graphnet_chapters.py 02 03    # some

Chapters written by hand before these modules existed have no module and are never touched.
The notebooks are committed without outputs; edit the cells, re-run this script,
and run ``pytest tests/notebooks -k 06-graphnet``.
"""
from __future__ import annotations

import sys
from pathlib import Path

from paddlecamp.chapters.authoring import chapters_from_parts, write_chapters

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "notebooks" / "06-graphnet"
PARTS = Path(__file__).resolve().parent / "graphnet"

if __name__ == "__main__":
    for path in write_chapters(FOLDER, chapters_from_parts(PARTS), sys.argv[1:]):
        print(path.relative_to(REPO))
