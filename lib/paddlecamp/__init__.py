"""paddlecamp: the library behind the PaddlePaddle Hackathon escort-camp curriculum.

One subpackage per track (``docqa``, ``apicompat``, ``convert``, ``cppcompat``,
``checkpoint``, ``graphs``, ``attention``, ``slides``), plus ``chapters`` (the notebook
runner and HTML site) and ``doctor`` (environment checks). Importing this package is
cheap: heavy frameworks (paddle, torch, triton) are imported by the modules that need them.
"""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

#: The repository root when running from a checkout (``None`` for an installed wheel).
_here = Path(__file__).resolve().parent
REPO_ROOT: Path | None = _here.parent.parent if (_here.parent.parent / "pyproject.toml").exists() else None


def repo_path(*parts: str) -> Path:
    """Return a path inside the source checkout; raises if running from an installed wheel."""
    if REPO_ROOT is None:
        raise FileNotFoundError(
            "this needs the paddlecamp source checkout (notebooks/, data/); "
            "run it from a clone of the repository"
        )
    return REPO_ROOT.joinpath(*parts)
