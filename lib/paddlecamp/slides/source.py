"""The deck source: a YAML file with a small schema, read with line numbers for errors.

``slides/<deck>/deck.yaml``::

    title: 实践驱动的 AI 编译器技术问题：背景与分类
    subtitle: ...
    author: ...
    footer: ...
    font: {family: Noto Sans CJK SC, mono: Noto Sans Mono CJK SC}
    slides:
      - {type: title}
      - {type: section, title: 第一部分 ..., subtitle: ...}
      - {type: bullets, title: ..., bullets: [..., [sub, sub]], notes: ...}
      - {type: chart, title: ..., chart: graphnet_ops, caption: ..., notes: ...}
      - {type: table, title: ..., table: graphnet_patterns, notes: ...}
      - {type: examples, category: fusion}      # one slide per measured example of the category
      - {type: map, title: ...}                 # the taxonomy with every example, as native shapes
      - {type: summary_table, title: ...}       # every example and its headline figure
      - {type: references, title: ..., items: [...]}

Text may hold ``{name}`` fields filled from measured facts (``paddlecamp.slides.facts``); a
field that no measurement provides fails the build with the slide's line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SLIDE_TYPES = {
    "title": (),
    "section": ("title",),
    "bullets": ("title", "bullets"),
    "chart": ("title", "chart"),
    "table": ("title", "table"),
    "examples": ("category",),
    "map": ("title",),
    "summary_table": ("title",),
    "references": ("title", "items"),
}
OPTIONAL = {"subtitle", "notes", "caption", "bullets", "items", "columns", "keys"}


class DeckError(ValueError):
    """A deck source that does not follow the schema; the message names file and line."""


@dataclass
class SlideSpec:
    type: str
    fields: dict[str, Any]
    line: int
    file: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)


@dataclass
class DeckSpec:
    title: str
    subtitle: str
    author: str
    footer: str
    font: str
    mono: str
    slides: list[SlideSpec] = field(default_factory=list)
    folder: Path = Path(".")
    name: str = "deck"


def _loader():
    import yaml

    class LineLoader(yaml.SafeLoader):
        pass

    def construct_mapping(loader, node, deep=False):
        mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def read_deck(path: str | Path) -> DeckSpec:
    """Read and check ``deck.yaml`` (or a folder holding it)."""
    import yaml

    path = Path(path)
    if path.is_dir():
        path = path / "deck.yaml"
    if not path.is_file():
        raise DeckError(f"{path}: no deck source here (expected deck.yaml)")
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_loader())
    except yaml.YAMLError as exc:
        raise DeckError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(doc, dict):
        raise DeckError(f"{path}:1: the deck must be a mapping with title and slides")
    for key in ("title", "slides"):
        if key not in doc:
            raise DeckError(f"{path}:{doc.get('__line__', 1)}: missing {key!r}")
    font = doc.get("font") or {}
    deck = DeckSpec(title=str(doc["title"]), subtitle=str(doc.get("subtitle", "")), author=str(doc.get("author", "")),
                    footer=str(doc.get("footer", "")), font=str(font.get("family", "Noto Sans CJK SC")),
                    mono=str(font.get("mono", "Noto Sans Mono CJK SC")), folder=path.parent, name=path.parent.name)
    if not isinstance(doc["slides"], list) or not doc["slides"]:
        raise DeckError(f"{path}: 'slides' must be a non-empty list")
    for i, raw in enumerate(doc["slides"]):
        if not isinstance(raw, dict):
            raise DeckError(f"{path}: slide {i + 1} must be a mapping with a 'type'")
        line = raw.pop("__line__", 0)
        kind = raw.get("type")
        if kind not in SLIDE_TYPES:
            raise DeckError(f"{path}:{line}: slide {i + 1}: unknown type {kind!r}; use one of {sorted(SLIDE_TYPES)}")
        missing = [k for k in SLIDE_TYPES[kind] if k not in raw]
        if missing:
            raise DeckError(f"{path}:{line}: slide {i + 1} ({kind}): missing {', '.join(missing)}")
        unknown = set(raw) - {"type"} - set(SLIDE_TYPES[kind]) - OPTIONAL
        if unknown:
            raise DeckError(f"{path}:{line}: slide {i + 1} ({kind}): unknown field(s) {sorted(unknown)}")
        deck.slides.append(SlideSpec(kind, _strip_lines(raw), line, str(path)))
    return deck


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value
