"""Find chapters and select them by pattern."""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

#: ``NN-track`` directories and ``NN-title.ipynb`` files: two digits, a dash, lowercase words.
TRACK_DIR_RE = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$")
CHAPTER_FILE_RE = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.ipynb$")


@dataclass(frozen=True)
class Chapter:
    """One chapter notebook, identified as ``track_dir/stem`` (``00-start/01-environment``)."""

    path: Path
    track_dir: str
    stem: str

    @property
    def id(self) -> str:
        return f"{self.track_dir}/{self.stem}"

    @property
    def track(self) -> str:
        """Track name without its number (``start`` for ``00-start``)."""
        m = TRACK_DIR_RE.match(self.track_dir)
        return m.group(2) if m else self.track_dir

    @property
    def title(self) -> str:
        """Title from the first Markdown heading, falling back to the file name."""
        import json

        try:
            nb = json.loads(self.path.read_text(encoding="utf-8"))
            for cell in nb.get("cells", []):
                if cell.get("cell_type") != "markdown":
                    continue
                src = "".join(cell.get("source", []))
                for line in src.splitlines():
                    if line.startswith("#"):
                        return line.lstrip("#").strip()
        except (OSError, ValueError):
            pass
        return self.stem.split("-", 1)[-1].replace("-", " ").capitalize()


def discover(root: Path | str) -> list[Chapter]:
    """Every ``*.ipynb`` under ``root/NN-track/``, sorted by id; checkpoints are ignored.

    Files that do not follow the naming rule are still returned (the conventions check
    reports them) so that nothing is silently skipped.
    """
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"notebook directory {root} does not exist")
    chapters = []
    for path in sorted(root.glob("*/*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        chapters.append(Chapter(path=path, track_dir=path.parent.name, stem=path.stem))
    return chapters


class UnknownPatternError(ValueError):
    """A pattern that matches no chapter; the message lists the tracks."""


def select(chapters: list[Chapter], patterns: list[str] | None) -> list[Chapter]:
    """Chapters whose id matches any pattern.

    A pattern is a glob or substring of the chapter id (``00-start/01*``, ``docqa``), a
    track number (``07``) or a track name (``fp8-attention``). No patterns selects all.
    """
    if not patterns:
        return list(chapters)
    chosen: list[Chapter] = []
    for pattern in patterns:
        hits = [c for c in chapters if _matches(c, pattern)]
        if not hits:
            tracks = sorted({c.track_dir for c in chapters})
            raise UnknownPatternError(
                f"no chapter matches {pattern!r}; tracks are: {', '.join(tracks) or '(none)'}"
            )
        chosen.extend(c for c in hits if c not in chosen)
    return sorted(chosen, key=lambda c: c.id)


def _matches(chapter: Chapter, pattern: str) -> bool:
    pattern = pattern.strip().rstrip("/")
    if not pattern:
        return False
    if any(ch in pattern for ch in "*?["):
        return fnmatch.fnmatch(chapter.id, pattern) or fnmatch.fnmatch(chapter.track_dir, pattern)
    if pattern.isdigit() and len(pattern) == 2:
        return chapter.track_dir.startswith(pattern + "-")
    return pattern in chapter.id or pattern == chapter.track
