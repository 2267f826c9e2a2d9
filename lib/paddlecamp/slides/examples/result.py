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
