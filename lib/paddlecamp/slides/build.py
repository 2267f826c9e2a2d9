"""Build a deck: run the examples, draw the charts, lay out every slide, write the .pptx.

``build_deck("slides/ai-compiler", "build/slides")`` writes ``ai-compiler.pptx``, the chart
PNGs under ``figures/`` and ``ai-compiler.json`` (the manifest: each slide's type, title,
example key, measured metrics and fitted text sizes). Nothing on an example slide is typed
into the source: titles, code, the ideal, today's measured behaviour and the open problem
all come from ``ExampleResult``; numbers in the background slides come from ``{fields}``
filled by ``paddlecamp.slides.facts``.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from paddlecamp.slides import charts as chart_mod
from paddlecamp.slides.deck import (ACCENT, CATEGORY_COLORS, CATEGORY_NAMES, CODE_BG, GREY, MARGIN, SLIDE_H, SLIDE_W,
                                    Box, DeckWriter, bullet_paragraphs, describe)
from paddlecamp.slides.examples import ExampleResult, all_examples
from paddlecamp.slides.facts import corpus_facts, example_facts, fill, graphnet_stats
from paddlecamp.slides.source import DeckError, DeckSpec, SlideSpec, read_deck

SUMMARY_ROWS = 6  # at most this many examples per summary-table slide
REFERENCES_PER_SLIDE = 14


def pages_of(items: list, most: int) -> list[list]:
    """``items`` split into the fewest pages of at most ``most``, as even as possible."""
    if not items:
        return [[]]
    n = -(-len(items) // most)
    per = -(-len(items) // n)
    return [items[i:i + per] for i in range(0, len(items), per)]


def merge_references(refs: list[str]) -> list[str]:
    """One line per cited work, in first-seen order: ``"Work (Venue): part"`` entries of the same
    work are merged into ``"Work (Venue)：part1、part2"``; ``"Work"`` and ``"Work (Venue)"`` are
    the same work."""
    import re

    order: list[str] = []
    names: dict[str, str] = {}
    parts: dict[str, list[str]] = {}
    for ref in refs:
        work, _, part = ref.partition(": ")
        key = re.sub(r"\s*\([^)]*\)\s*$", "", work).strip().lower()
        if key not in names:
            order.append(key)
            names[key] = work
            parts[key] = []
        elif "(" in work and "(" not in names[key]:
            names[key] = work  # keep the fuller name
        if part and part not in parts[key]:
            parts[key].append(part)
    return [names[k] + ("：" + "、".join(parts[k]) if parts[k] else "") for k in order]


@dataclass
class BuildReport:
    """What a build produced: paths, the manifest, the examples run and how long they took."""

    pptx: Path
    manifest: Path
    slides: list[dict[str, Any]]
    examples: dict[str, ExampleResult]
    seconds: dict[str, float] = field(default_factory=dict)


def run_examples(keys: list[str] | None = None, smoke: bool = False, progress: bool = True,
                 registry: dict[str, Callable[..., ExampleResult]] | None = None) -> tuple[dict[str, ExampleResult],
                                                                                            dict[str, str],
                                                                                            dict[str, float]]:
    """Run the examples (all, or ``keys``); returns results, failures (key -> error) and seconds."""
    import logging
    import os

    # The examples provoke graph breaks and recompiles on purpose; their warnings are the
    # measurement, not news. Paddle's C++ log (an expected autograd error) goes quiet too.
    os.environ.setdefault("GLOG_minloglevel", "2")
    for name in ("torch._dynamo", "torch._inductor", "torch.fx"):
        logging.getLogger(name).setLevel(logging.ERROR)
    registry = registry if registry is not None else all_examples()
    keys = list(registry) if keys is None else keys
    results: dict[str, ExampleResult] = {}
    failed: dict[str, str] = {}
    seconds: dict[str, float] = {}
    it: Any = keys
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(keys, desc="examples", unit="example")
    for key in it:
        t0 = time.perf_counter()
        try:
            res = registry[key](smoke=smoke)
            if res.key != key:
                raise ValueError(f"example {key} returned a result keyed {res.key!r}")
            if res.layout_problems():
                raise ValueError("; ".join(res.layout_problems()))
            results[key] = res
        except Exception as exc:  # noqa: BLE001 - reported in the manifest; the build then fails
            failed[key] = f"{type(exc).__name__}: {exc}"
        seconds[key] = time.perf_counter() - t0
    return results, failed, seconds


class _Builder:
    def __init__(self, deck: DeckSpec, out: Path, results: dict[str, ExampleResult], stats: dict[str, Any]):
        self.deck, self.out, self.results, self.stats = deck, out, results, stats
        self.facts = {**corpus_facts(stats), **example_facts(results)}
        self.w = DeckWriter(deck.font, deck.mono, deck.footer)
        self.manifest: list[dict[str, Any]] = []

    def t(self, text: Any, spec: SlideSpec) -> str:
        return fill(str(text), self.facts, spec.where)

    def _begin(self, spec: SlideSpec, kind: str, title: str, **extra: Any):
        slide = self.w.new_slide()
        self.manifest.append({"type": kind, "title": title, "source_line": spec.line, **extra})
        return slide

    def _end(self, slide, spec: SlideSpec, notes: str) -> None:
        n = len(self.manifest)
        if not notes.strip() and self.manifest[-1]["type"] not in ("title", "section"):
            raise DeckError(f"{spec.where}: slide {n} ({self.manifest[-1]['type']}) has no speaker notes; "
                            "every content slide needs 'notes'")
        if self.manifest[-1]["type"] not in ("title",):
            self.w.footer_line(slide, n, spec.where)
        if notes:
            self.w.notes(slide, notes)
        self.manifest[-1]["notes"] = bool(notes.strip())

    # -- slide kinds ------------------------------------------------------------------------
    def title_slide(self, spec: SlideSpec) -> None:
        d = self.deck
        slide = self._begin(spec, "title", d.title)
        self.w.rect(slide, 0, 0, SLIDE_W, SLIDE_H * 0.62, ACCENT)
        self.w.text(slide, Box(MARGIN, 120, SLIDE_W - 2 * MARGIN, 150, [(d.title, 0)], size=40, min_size=24, bold=True,
                               color=(0xFF, 0xFF, 0xFF), where=f"{spec.where}: deck title"))
        if d.subtitle:
            self.w.text(slide, Box(MARGIN, 272, SLIDE_W - 2 * MARGIN, 50, [(self.t(d.subtitle, spec), 0)], size=20,
                                   min_size=12, color=(0xE8, 0xEE, 0xF8), where=f"{spec.where}: subtitle"))
        lines = [x for x in (d.author, datetime.now(timezone.utc).strftime("%Y-%m-%d")) if x]
        self.w.text(slide, Box(MARGIN, 370, SLIDE_W - 2 * MARGIN, 90, [(x, 0) for x in lines], size=18, min_size=11,
                               color=GREY, where=f"{spec.where}: author"))
        self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def section(self, spec: SlideSpec) -> None:
        title = self.t(spec.get("title"), spec)
        slide = self._begin(spec, "section", title)
        self.w.rect(slide, 0, 0, SLIDE_W, SLIDE_H, ACCENT)
        self.w.text(slide, Box(MARGIN * 2, 170, SLIDE_W - 4 * MARGIN, 90, [(title, 0)], size=40, min_size=24, bold=True,
                               color=(0xFF, 0xFF, 0xFF), where=f"{spec.where}: title"))
        if spec.get("subtitle"):
            self.w.text(slide, Box(MARGIN * 2, 270, SLIDE_W - 4 * MARGIN, 110, [(self.t(spec.get("subtitle"), spec), 0)],
                                   size=20, min_size=12, color=(0xE8, 0xEE, 0xF8), where=f"{spec.where}: subtitle"))
        self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def bullets(self, spec: SlideSpec) -> None:
        title = self.t(spec.get("title"), spec)
        slide = self._begin(spec, "bullets", title)
        self.w.title(slide, title, spec.where)
        paras = [(self.t(t, spec), lvl) for t, lvl in bullet_paragraphs(spec.get("bullets"))]
        self.w.text(slide, Box(MARGIN, 84, SLIDE_W - 2 * MARGIN, SLIDE_H - 84 - 44, paras, size=24, min_size=12,
                               where=f"{spec.where}: bullets"))
        self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def chart(self, spec: SlideSpec) -> None:
        name = spec.get("chart")
        if name not in chart_mod.CHARTS:
            raise DeckError(f"{spec.where}: unknown chart {name!r}; known: {sorted(chart_mod.CHARTS)}")
        title = self.t(spec.get("title"), spec)
        slide = self._begin(spec, "chart", title, chart=name)
        self.w.title(slide, title, spec.where)
        png = chart_mod.save_png(chart_mod.CHARTS[name](self.stats, self.results), self.out / "figures" / f"{name}.png")
        cap = spec.get("caption")
        h = SLIDE_H - 84 - 44 - (44 if cap else 0)
        self.w.picture(slide, png, MARGIN, 80, SLIDE_W - 2 * MARGIN, h)
        if cap:
            self.w.text(slide, Box(MARGIN, 80 + h + 2, SLIDE_W - 2 * MARGIN, 40, [(self.t(cap, spec), 0)], size=14,
                                   min_size=9, color=GREY, where=f"{spec.where}: caption"))
        self.manifest[-1]["figure"] = f"figures/{name}.png"
        self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def table(self, spec: SlideSpec) -> None:
        name = spec.get("table")
        if name not in chart_mod.TABLES:
            raise DeckError(f"{spec.where}: unknown table {name!r}; known: {sorted(chart_mod.TABLES)}")
        title = self.t(spec.get("title"), spec)
        slide = self._begin(spec, "table", title, table=name)
        self.w.title(slide, title, spec.where)
        rows = chart_mod.TABLES[name](self.stats, self.results)
        cap = spec.get("caption")
        h = min(40.0 * len(rows), SLIDE_H - 84 - 44 - (44 if cap else 0))
        self.w.table(slide, rows, MARGIN + 60, 90, SLIDE_W - 2 * MARGIN - 120, h, where=f"{spec.where}: table")
        if cap:
            self.w.text(slide, Box(MARGIN, 96 + h, SLIDE_W - 2 * MARGIN, 40, [(self.t(cap, spec), 0)], size=14,
                                   min_size=9, color=GREY, where=f"{spec.where}: caption"))
        self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def example(self, spec: SlideSpec, res: ExampleResult) -> None:
        where = f"{spec.where} (example {res.key})"
        slide = self._begin(spec, "example", res.title, example=res.key, category=res.category, metrics=res.metrics)
        self.w.title(slide, res.title, where, tag=CATEGORY_NAMES[res.category], tag_color=CATEGORY_COLORS[res.category])
        left_w = 470.0
        code_h = 250.0 if res.table else 340.0
        code = [(line, 0) for line in res.code.rstrip("\n").split("\n")]
        self.w.text(slide, Box(MARGIN, 82, left_w, code_h, code, size=14, min_size=8, mono=True, no_wrap=True,
                               fill=CODE_BG, where=f"{where}: code"))
        if res.table:
            avail = SLIDE_H - 44 - (82 + code_h + 10)
            self.w.table(slide, [[str(c) for c in r] for r in res.table], MARGIN, 82 + code_h + 10, left_w,
                         min(avail, 30.0 * len(res.table)), size=13, min_size=8, where=f"{where}: table")
        x = MARGIN + left_w + 20
        w = SLIDE_W - MARGIN - x
        parts = [("理想的编译器", res.ideal), ("今天的编译器（实测）", res.today), ("开放问题", res.open_problem)]
        y, each = 82.0, (SLIDE_H - 44 - 82) / 3
        for label, body in parts:
            self.w.text(slide, Box(x, y, w, 24, [(label, 0)], size=14, min_size=10, bold=True,
                                   color=CATEGORY_COLORS[res.category], where=f"{where}: {label}"))
            self.w.text(slide, Box(x, y + 24, w, each - 30, [(body, 0)], size=15, min_size=9, where=f"{where}: {label} text"))
            y += each
        metrics = "；".join(f"{k} = {v:.4g}" if isinstance(v, float) else f"{k} = {v}" for k, v in res.metrics.items())
        refs = "参考：" + "；".join(res.references) if res.references else ""
        notes = "\n\n".join(x for x in (res.notes, "实测数据（构建时运行）：" + metrics if metrics else "", refs) if x)
        self._end(slide, spec, notes)

    def examples(self, spec: SlideSpec) -> None:
        cat = spec.get("category")
        keys = [k for k, r in self.results.items() if r.category == cat]
        if spec.get("keys"):
            keys = [k for k in spec.get("keys") if k in self.results]
        if not keys:
            raise DeckError(f"{spec.where}: no measured example in category {cat!r}")
        for k in keys:
            self.example(spec, self.results[k])

    def taxonomy_map(self, spec: SlideSpec) -> None:
        title = self.t(spec.get("title"), spec)
        slide = self._begin(spec, "map", title)
        self.w.title(slide, title, spec.where)
        cats = list(CATEGORY_NAMES)
        gap = 14.0
        cw = (SLIDE_W - 2 * MARGIN - gap * (len(cats) - 1)) / len(cats)
        for i, cat in enumerate(cats):
            x = MARGIN + i * (cw + gap)
            color = CATEGORY_COLORS[cat]
            self.w.text(slide, Box(x, 86, cw, 40, [(CATEGORY_NAMES[cat], 0)], size=20, min_size=12, bold=True,
                                   color=(0xFF, 0xFF, 0xFF), fill=color, align="center", where=f"{spec.where}: {cat}"))
            items = [("• " + r.title, 0) for r in self.results.values() if r.category == cat] or [("（无）", 0)]
            self.w.text(slide, Box(x, 132, cw, SLIDE_H - 132 - 44, items, size=16, min_size=9,
                                   where=f"{spec.where}: {cat} items"))
        self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def summary_table(self, spec: SlideSpec) -> None:
        rows = [[CATEGORY_NAMES[r.category], r.title, r.today] for r in self.results.values()]
        base = self.t(spec.get("title"), spec)
        pages = pages_of(rows, SUMMARY_ROWS)
        for p, chunk in enumerate(pages):
            title = base if len(pages) == 1 else f"{base}（{p + 1}/{len(pages)}）"
            slide = self._begin(spec, "summary_table", title)
            self.w.title(slide, title, spec.where)
            self.w.table(slide, [["类别", "问题", "今天的编译器（实测）"]] + chunk, MARGIN, 82, SLIDE_W - 2 * MARGIN,
                         min(SLIDE_H - 82 - 44, 30 + 66.0 * len(chunk)), size=13, min_size=7,
                         where=f"{spec.where}: summary",
                         col_widths=[100.0, 180.0, SLIDE_W - 2 * MARGIN - 280.0])
            self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def references(self, spec: SlideSpec) -> None:
        """The source's items, then the examples' references merged by work: ``"TVM (OSDI'18):
        FoldConstant"`` and ``"TVM"`` become one line naming the parts cited; paginated."""
        items = merge_references([str(x) for x in spec.get("items")] +
                                 [ref for r in self.results.values() for ref in r.references])
        base = self.t(spec.get("title"), spec)
        pages = pages_of(items, REFERENCES_PER_SLIDE)
        for p, chunk in enumerate(pages):
            title = base if len(pages) == 1 else f"{base}（{p + 1}/{len(pages)}）"
            slide = self._begin(spec, "references", title)
            self.w.title(slide, title, spec.where)
            self.w.text(slide, Box(MARGIN, 84, SLIDE_W - 2 * MARGIN, SLIDE_H - 84 - 44, [("• " + x, 0) for x in chunk],
                                   size=16, min_size=9, where=f"{spec.where}: references"))
            self._end(slide, spec, self.t(spec.get("notes", ""), spec))

    def build(self) -> None:
        kinds = {"title": self.title_slide, "section": self.section, "bullets": self.bullets, "chart": self.chart,
                 "table": self.table, "examples": self.examples, "map": self.taxonomy_map,
                 "summary_table": self.summary_table, "references": self.references}
        for spec in self.deck.slides:
            kinds[spec.type](spec)


def build_deck(deck: str | Path, out: str | Path, *, smoke: bool = False, progress: bool = True,
               stats_file: str | Path | None = None,
               registry: dict[str, Callable[..., ExampleResult]] | None = None) -> BuildReport:
    """Build ``deck`` (a folder with ``deck.yaml``) into ``out``; raises on any example that
    fails, any text that does not fit and any ``{field}`` nothing measured."""
    spec = read_deck(deck)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    results, failed, seconds = run_examples(smoke=smoke, progress=progress, registry=registry)
    if failed:
        raise RuntimeError("examples failed: " + "; ".join(f"{k}: {v}" for k, v in failed.items()))
    stats = graphnet_stats(stats_file)
    b = _Builder(spec, out, results, stats)
    b.build()
    pptx = b.w.save(out / f"{spec.name}.pptx")
    layout = describe(b.w)
    slides = [{**m, **lay} for m, lay in zip(b.manifest, layout)]
    manifest = {
        "deck": spec.title, "source": str(Path(deck)), "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "smoke": smoke, "slides": slides, "examples": {k: r.to_dict() for k, r in results.items()},
        "example_seconds": seconds, "graphnet": stats.get("graphnet", {}), "seconds": time.perf_counter() - t0,
    }
    mpath = out / f"{spec.name}.json"
    mpath.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    return BuildReport(pptx, mpath, slides, results, seconds)
