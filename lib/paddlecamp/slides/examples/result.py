"""The one record an example returns, and what a slide shows of it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CATEGORIES = ("graph", "dataflow", "fusion", "memory")


@dataclass
class ExampleResult:
    """A minimal reproducible compiler problem, measured.

    ``code`` is the example graph as shown on the slide; ``today`` carries the measured
    numbers (formatted in from ``metrics`` by the example itself, never typed by hand);
    ``table`` is an optional small table, header row first.
    """

    key: str
    category: str
    title: str
    code: str
    paddle_code: str = ""
    ideal: str = ""
    today: str = ""
    open_problem: str = ""
    metrics: dict[str, Any] = field(default_factory=dict)
    table: list[list[str]] = field(default_factory=list)
    notes: str = ""
    references: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"example {self.key!r}: category {self.category!r} is not one of {CATEGORIES}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def layout_problems(self) -> list[str]:
        """What keeps this record off a slide: empty fields, or text and code beyond the slide's
        limits (title 18 characters, each text 120, code 14 lines of 70, a table 5 x 4); whether
        the text fits its box at a readable size is then the builder's measurement."""
        out = [f"{self.key}: {name} is empty" for name in ("title", "ideal", "today", "open_problem", "notes")
               if not getattr(self, name).strip()]
        if len(self.title) > 18:
            out.append(f"{self.key}: title longer than 18 characters")
        out += [f"{self.key}: {name} longer than 120 characters" for name in ("ideal", "today", "open_problem")
                if len(getattr(self, name)) > 120]
        for name in ("code", "paddle_code"):
            lines = getattr(self, name).splitlines()
            if len(lines) > 14 or any(len(line) > 70 for line in lines):
                out.append(f"{self.key}: {name} beyond 14 lines of 70 characters")
        if not self.references:
            out.append(f"{self.key}: no references")
        if len(self.table) > 5 or any(len(row) > 4 for row in self.table):
            out.append(f"{self.key}: table beyond 5 rows x 4 columns")
        return out
