"""The AI-compiler deck as `paddlecamp slides build` makes it, with every real example run."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from paddlecamp import repo_path
from paddlecamp.slides.examples import all_examples
from paddlecamp.slides.render import render_available


def test_the_cli_builds_the_real_deck(tmp_path):
    """What `make slides` builds: the full-size examples (they run about as fast as the smoke ones)."""
    out = tmp_path / "slides"
    proc = subprocess.run([str(Path(sys.executable).with_name("paddlecamp")), "slides", "build", "--out", str(out)],
                          capture_output=True, text=True, timeout=600, cwd=repo_path())
    assert proc.returncode == 0, proc.stderr[-2000:]
    manifest = json.loads((out / "ai-compiler.json").read_text(encoding="utf-8"))
    slides = manifest["slides"]
    # every registered example has its slide, and every content slide has speaker notes
    assert sorted(s["example"] for s in slides if s["type"] == "example") == sorted(all_examples())
    assert all(s["notes"] for s in slides if s["type"] not in ("title", "section"))
    assert 25 <= len(slides) <= 45
    from pptx import Presentation

    prs = Presentation(str(out / "ai-compiler.pptx"))
    assert len(prs.slides) == len(slides)
    # the example slides show what the run measured: each example's 'today' text is on its slide
    for slide, meta in zip(prs.slides, slides):
        if meta["type"] == "example":
            text = "".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
            assert manifest["examples"][meta["example"]]["today"] in text
    if render_available():
        assert f"rendered {len(slides)} pages" in proc.stdout
        assert len(list((out / "png").glob("ai-compiler-*.png"))) == len(slides)
