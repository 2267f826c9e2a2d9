"""Write data/convert/docs/broken/ from data/convert/docs/correct/: one doc per validator rule,
each a correct doc with exactly one planted error, plus broken/expected.json (file -> rule, line,
whether --fix repairs it).

    .venv/bin/python data/convert/docs/make_broken.py

The expected line is found here from the planted text (``at``: the line that contains it in the
broken doc), never from the validator.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORRECT, BROKEN = HERE / "correct", HERE / "broken"

# (file name, source doc, rule, old text, new text, the text whose line the finding names, --fix repairs it, what)
PLANTS = [
    ("DOC000-no-title.md", "torch.det.md", "DOC000",
     "## [ 仅参数名不一致 ]torch.det", "## torch.det", "## torch.det", False,
     "the title lost its [category]: not a mapping doc"),
    ("DOC001-category.md", "torch.nn.functional.channel_shuffle.md", "DOC001",
     "## [ paddle 参数更多 ]", "## [ 参数完全一致 ]", "## [ 参数完全一致 ]", False,
     "the title's category disagrees with the signatures (paddle has data_format)"),
    ("DOC001-unknown-category.md", "torch.det.md", "DOC001",
     "## [ 仅参数名不一致 ]", "## [ 参数名不一致 ]", "## [ 参数名不一致 ]", False,
     "a category the format does not have"),
    ("DOC002-torch-default.md", "torch.nn.functional.affine_grid.md", "DOC002",
     "torch.nn.functional.affine_grid(theta, size, align_corners=None)",
     "torch.nn.functional.affine_grid(theta, size, align_corners=False)",
     "torch.nn.functional.affine_grid(theta, size, align_corners=False)", True,
     "a wrong default in the torch signature"),
    ("DOC003-paddle-default.md", "torch.nn.ZeroPad2d.md", "DOC003",
     "paddle.nn.ZeroPad2d(padding, data_format='NCHW', name=None)",
     "paddle.nn.ZeroPad2d(padding, data_format='NHWC', name=None)",
     "paddle.nn.ZeroPad2d(padding, data_format='NHWC', name=None)", True,
     "a wrong default in the paddle signature"),
    ("DOC004-paddle-missing.md", "torch.det.md", "DOC004",
     "### [paddle.linalg.det]", "### [paddle.linalg.determinant]", "### [paddle.linalg.determinant]", False,
     "a paddle API that does not exist (heading and code renamed)"),
    ("DOC005-missing-row.md", "torch.nn.functional.channel_shuffle.md", "DOC005",
     "| groups  | groups       | 通道分成的组数。 |\n", "", "| PyTorch |", True,
     "a torch parameter without a row"),
    ("DOC006-paddle-param.md", "torch.distributions.Beta.md", "DOC006",
     "| concentration1 | alpha        |", "| concentration1 | alpha1       |", "| concentration1 | alpha1", True,
     "a paddle parameter that does not exist (api_mapping.json's kwargs_change names the right one)"),
    ("DOC007-torch-link.md", "torch.det.md", "DOC007",
     "(https://pytorch.org/docs/stable/generated/torch.det.html)",
     "(https://pytorch.org/docs/stable/generated/torch.inverse.html)", "### [torch.det]", True,
     "the torch link points at another API"),
    ("DOC008-kwargs-change.md", "torch.nn.functional.affine_grid.md", "DOC008",
     "| size          | out_shape     |", "| size          | theta         |", "| size          | theta", True,
     "the table disagrees with api_mapping.json's kwargs_change (size -> out_shape)"),
    ("DOC009-no-table-heading.md", "torch.diag_embed.md", "DOC009",
     "### 参数映射\n", "", "## [ 参数完全一致 ]", False,
     "the '### 参数映射' heading is missing"),
]


def plant(text: str, old: str, new: str) -> str:
    if text.count(old) < 1:
        raise ValueError(f"planted text not found: {old!r}")
    if old.startswith("### [paddle.linalg.det]"):  # rename the API everywhere it is named
        return text.replace("paddle.linalg.det", "paddle.linalg.determinant")
    return text.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    for i, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return i
    raise ValueError(f"{needle!r} not in the broken doc")


def write(out: Path = BROKEN) -> dict:
    """Write the broken docs and expected.json into ``out``; returns the expectations."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.md"):
        old.unlink()
    expected = {}
    for name, source, rule, old, new, at, fixable, what in PLANTS:
        text = plant((CORRECT / source).read_text(encoding="utf-8"), old, new)
        (out / name).write_text(text, encoding="utf-8")
        expected[name] = {"source": source, "rule": rule, "line": line_of(text, at), "fixable": fixable, "what": what}
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return expected


def main() -> None:
    expected = write()
    print(f"{len(expected)} broken docs in {BROKEN.relative_to(HERE.parents[2])}")


if __name__ == "__main__":
    main()
