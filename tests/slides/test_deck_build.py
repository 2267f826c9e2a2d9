"""The deck builder: schema errors with lines, text fitting, the written .pptx, rendering."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from paddlecamp import repo_path
from paddlecamp.slides.build import build_deck
from paddlecamp.slides.examples import ExampleResult
from paddlecamp.slides.facts import MissingFact, corpus_facts, fill
from paddlecamp.slides.fit import FitError, fit, font_file, text_width, wrap
from paddlecamp.slides.render import render, render_available
from paddlecamp.slides.source import DeckError, read_deck

STATS = repo_path("data", "results", "graphs-stats-graphnet.json")
CJK = "Noto Sans CJK SC"
needs_cjk = pytest.mark.skipif(font_file(CJK) is None, reason="fonts-noto-cjk not installed")


def _example(key: str, category: str, *, today: str = "Inductor 生成 {k} 个内核。", code_lines: int = 5,
             k: int = 1) -> ExampleResult:
    return ExampleResult(key=key, category=category, title=f"{category} 例子 {key[-1]}",
                         code="\n".join(f"y{i} = x * {i}" for i in range(code_lines)),
                         ideal="把所有逐元素算子融合成一个内核。", today=today.format(k=k),
                         open_problem="遇到归约时融合被打断。", metrics={"kernels": k, "bytes": 1024.0},
                         table=[["", "eager", "compiled"], ["内核数", "4", str(k)]], notes="测量方法：测试中生成。",
                         references=["Only-In-This-Test (2026)"])


def _registry(**overrides):
    reg = {}
    for cat in ("graph", "dataflow", "fusion", "memory"):
        for i in range(2):
            key = f"{cat}.ex{i}"
            reg[key] = (lambda key=key, cat=cat, i=i: lambda smoke=True: _example(key, cat, k=i + 1))()
    reg.update(overrides)
    return reg


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("deck")
    report = build_deck(repo_path("slides", "ai-compiler"), out, registry=_registry(), progress=False)
    return report, out


# -- source ----------------------------------------------------------------------------------------
def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "deck.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_schema_errors_name_file_and_line(tmp_path):
    with pytest.raises(DeckError, match=r"deck.yaml:4: slide 2 \(bullets\): missing bullets"):
        read_deck(_write(tmp_path, "title: t\nslides:\n  - type: title\n  - type: bullets\n    title: x\n"))
    with pytest.raises(DeckError, match=r"deck.yaml:3: slide 1: unknown type 'pie'"):
        read_deck(_write(tmp_path, "title: t\nslides:\n  - type: pie\n"))
    with pytest.raises(DeckError, match=r"unknown field\(s\) \['colour'\]"):
        read_deck(_write(tmp_path, "title: t\nslides:\n  - type: section\n    title: s\n    colour: red\n"))
    with pytest.raises(DeckError, match="missing 'slides'"):
        read_deck(_write(tmp_path, "title: t\n"))


def test_the_real_deck_source_is_valid():
    deck = read_deck(repo_path("slides", "ai-compiler"))
    assert deck.font == CJK
    kinds = [s.type for s in deck.slides]
    assert kinds[0] == "title" and kinds.count("examples") == 4
    assert {s.get("category") for s in deck.slides if s.type == "examples"} == {"graph", "dataflow", "fusion", "memory"}


# -- fitting ---------------------------------------------------------------------------------------
def test_monospace_and_cjk_widths_match_the_fonts_metrics():
    if font_file("DejaVu Sans Mono") is None or font_file(CJK) is None:
        pytest.skip("fonts not installed")
    # DejaVu Sans Mono advances 1233/2048 em per glyph; a CJK ideograph in Noto Sans CJK is 1 em.
    assert text_width("abcdefghij", 10, "DejaVu Sans Mono") == pytest.approx(10 * 10 * 1233 / 2048, abs=0.05)
    assert text_width("融合内核", 12, CJK) == pytest.approx(48.0, abs=0.01)


@needs_cjk
def test_cjk_wraps_between_characters_and_latin_words_stay_whole():
    lines = wrap("一二三四五六七八九十", 50.0, 10.0, CJK)  # 5 ideographs of 10 pt per 50 pt line
    assert lines == ["一二三四五", "六七八九十"]
    lines = wrap("kernel fusion kernel fusion", 80.0, 10.0, CJK)
    assert all(w in ("kernel", "fusion") for line in lines for w in line.split())


@needs_cjk
def test_fit_shrinks_to_the_largest_size_that_fits():
    # 40 ideographs in a 200 x 60 pt box (no insets here): at size s a line holds floor(200/s)
    # characters and n lines need n * 1.2 s (+ the 0.25 s paragraph gap) of height.
    def fits(s):
        per_line = int(200 // s)
        n = -(-40 // per_line)
        return n * 1.2 * s + 0.25 * s <= 60
    expected = next(s / 2 for s in range(48, 15, -1) if fits(s / 2))
    got = fit(["字" * 40], 200, 60, size=24, min_size=8, family=CJK, paragraph_gap=0.25)
    assert got.size == expected and got.size < 24


def test_fit_fails_with_the_place_named():
    with pytest.raises(FitError, match="slide 7: bullets"):
        fit(["字" * 500], 100, 20, size=12, min_size=10, family=CJK, where="slide 7: bullets")
    with pytest.raises(FitError, match="code"):
        fit(["x" * 200], 100, 400, size=12, min_size=10, family="DejaVu Sans Mono", no_wrap=True, where="code")


# -- facts -----------------------------------------------------------------------------------------
def test_facts_come_from_the_recorded_corpus_statistics():
    stats = json.loads(STATS.read_text(encoding="utf-8"))
    facts = corpus_facts(stats)
    ok_torch = stats["torch"]["samples"] - len(stats["torch"]["errors"])
    assert facts["torch_parsed"] == ok_torch
    t = stats["torch"]["total"]
    assert facts["torch_chain_pct"] == pytest.approx(100 * t["chain_ops"] / t["nodes"])
    assert fill("{torch_parsed} 个，{torch_chain_pct:.2f}%", facts) == (
        f"{ok_torch} 个，{100 * t['chain_ops'] / t['nodes']:.2f}%")
    with pytest.raises(MissingFact, match="deck.yaml:9: no measured fact 'torch_speedup'"):
        fill("{torch_speedup}", facts, "deck.yaml:9")


# -- the built deck --------------------------------------------------------------------------------
def test_build_writes_an_editable_deck_with_notes_and_the_cjk_font(built):
    from pptx import Presentation
    from pptx.oxml.ns import qn

    report, out = built
    prs = Presentation(str(report.pptx))
    assert len(prs.slides) == len(report.slides)
    # one slide per example, in the source's category order
    examples = [s["example"] for s in report.slides if s["type"] == "example"]
    assert examples == [f"{c}.ex{i}" for c in ("graph", "dataflow", "fusion", "memory") for i in range(2)]
    for i, (slide, meta) in enumerate(zip(prs.slides, report.slides)):
        texts = [sh for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text.strip()]
        assert texts, f"slide {i + 1} has no native text"
        for sh in texts:
            for p in sh.text_frame.paragraphs:
                for r in p.runs:
                    rpr = r._r.find(qn("a:rPr"))
                    assert rpr.find(qn("a:ea")).get("typeface") in (CJK, "Noto Sans Mono CJK SC")
        if meta["type"] not in ("title", "section"):
            assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip(), f"slide {i + 1}: no notes"
            assert any(sh.text_frame.text == str(i + 1) for sh in texts), f"slide {i + 1}: no slide number"


def test_example_slides_show_the_examples_own_text_and_measurements(built):
    from pptx import Presentation

    report, _ = built
    prs = Presentation(str(report.pptx))
    idx = next(i for i, s in enumerate(report.slides) if s.get("example") == "fusion.ex1")
    slide = prs.slides[idx]
    text = "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    assert "Inductor 生成 2 个内核。" in text and "y4 = x * 4" in text
    tables = [sh.table for sh in slide.shapes if sh.has_table]
    assert tables and tables[0].cell(1, 2).text == "2"
    assert "kernels = 2" in slide.notes_slide.notes_text_frame.text
    refs = next(i for i, s in enumerate(report.slides) if s["type"] == "references")
    ref_text = "\n".join(sh.text_frame.text for sh in prs.slides[refs].shapes if sh.has_text_frame)
    assert ref_text.count("Only-In-This-Test (2026)") == 1  # the examples' references, each once


def test_numbers_on_background_slides_are_the_recorded_ones(built):
    from pptx import Presentation

    report, _ = built
    stats = json.loads(STATS.read_text(encoding="utf-8"))
    prs = Presentation(str(report.pptx))
    idx = next(i for i, s in enumerate(report.slides) if s["title"] == "本报告的方法：从真实计算图出发")
    text = "\n".join(sh.text_frame.text for sh in prs.slides[idx].shapes if sh.has_text_frame)
    assert f"{stats['torch']['samples']} 个 torch 样本" in text
    nums = set(re.findall(r"\d[\d,]*", text))
    assert str(stats["paddle"]["parsed"]) in nums


def test_text_that_cannot_fit_fails_the_build_naming_the_example(tmp_path):
    long = _registry(**{"fusion.ex0": lambda smoke=True: _example("fusion.ex0", "fusion", today="很长的说明" * 30)})
    with pytest.raises(RuntimeError, match=r"fusion\.ex0: today longer than 120 characters"):
        build_deck(repo_path("slides", "ai-compiler"), tmp_path, registry=long, progress=False)

    def wide_table(smoke=True):
        r = _example("graph.ex1", "graph")
        r.table = [["方案", "说明"]] + [[f"第{i}种", "很长的单元格文字" * 12] for i in range(4)]
        return r
    with pytest.raises(FitError, match=r"example graph\.ex1\): table"):
        build_deck(repo_path("slides", "ai-compiler"), tmp_path, registry=_registry(**{"graph.ex1": wide_table}),
                   progress=False)
    assert not (tmp_path / "ai-compiler.pptx").exists()  # nothing half-written


def test_a_failing_example_fails_the_build(tmp_path):
    def broken(smoke=True):
        raise ZeroDivisionError("measured nothing")
    with pytest.raises(RuntimeError, match="memory.ex0: ZeroDivisionError: measured nothing"):
        build_deck(repo_path("slides", "ai-compiler"), tmp_path, registry=_registry(**{"memory.ex0": broken}),
                   progress=False)


@pytest.mark.skipif(not render_available(), reason="LibreOffice/poppler not installed (CI installs them)")
def test_libreoffice_renders_every_slide(built, tmp_path):
    report, out = built
    copy = tmp_path / report.pptx.name
    shutil.copy(report.pptx, copy)
    r = render(copy, tmp_path, expected_slides=len(report.slides), dpi=20)
    assert r.pages == len(report.slides) == len(r.pngs)
    from PIL import Image

    with Image.open(r.pngs[0]) as im:  # 16:9
        assert abs(im.size[0] / im.size[1] - 16 / 9) < 0.02


def test_a_content_slide_without_notes_fails_the_build(tmp_path):
    src = tmp_path / "d"
    src.mkdir()
    (src / "deck.yaml").write_text("title: t\nslides:\n  - type: title\n  - type: bullets\n    title: 无备注\n"
                                   "    bullets: [一条]\n", encoding="utf-8")
    with pytest.raises(DeckError, match=r"deck.yaml:4: slide 2 \(bullets\) has no speaker notes"):
        build_deck(src, tmp_path / "out", registry={}, progress=False)
