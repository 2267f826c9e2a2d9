"""The mapping-doc parser: the template's parts with line numbers, the real docs' variations,
and text that is not a mapping doc (reported with file and line)."""
from __future__ import annotations

from pathlib import Path

import pytest

from paddlecamp.convert import mapdoc

REPO = Path(__file__).resolve().parents[2]
REAL = Path(__file__).resolve().parent / "fixtures" / "real_docs"
CORRECT = REPO / "data" / "convert" / "docs" / "correct"

TEMPLATE = """\
## [ 仅参数名不一致 ]torch.dist

### [torch.dist](https://pytorch.org/docs/stable/generated/torch.dist.html)

```python
torch.dist(input,
           other,
           p=2)
```

### [paddle.dist](https://www.paddlepaddle.org.cn/documentation/docs/zh/develop/api/paddle/dist_cn.html)

```python
paddle.dist(x, y, p=2, name=None)
```

两者功能一致且参数用法一致，仅参数名不一致，具体如下：
### 参数映射

| PyTorch | PaddlePaddle | 备注 |
| ------- | ------------ | ---- |
| <font color='red'>input</font> | x | 输入的 Tensor，仅参数名不一致。 |
| other   | y            | 输入的 Tensor，仅参数名不一致。 |
| p       | p            | 范数。 |

### 转写示例
```python
# PyTorch 写法
torch.dist(a, b)
```
"""


def test_template_parts_and_lines():
    doc = mapdoc.parse(TEMPLATE, path="t.md")
    assert (doc.category, doc.title_api, doc.title_line) == ("仅参数名不一致", "torch.dist", 1)
    assert doc.torch_heading.name == "torch.dist" and doc.torch_heading.line == 3
    assert doc.torch_heading.url == "https://pytorch.org/docs/stable/generated/torch.dist.html"
    assert [s.api for s in doc.torch_signatures] == ["torch.dist"]
    assert doc.torch_signatures[0].names == ["input", "other", "p"]
    assert doc.torch_signatures[0].line == 6
    assert doc.paddle_api == "paddle.dist" and doc.paddle_heading.line == 11
    assert doc.paddle_signatures[0].names == ["x", "y", "p", "name"]
    assert doc.description.startswith("两者功能一致") and doc.description_line == 17
    assert doc.table_heading.line == 18
    assert [(r.torch_names, r.paddle_names, r.line) for r in doc.rows] == [
        (["input"], ["x"], 22), (["other"], ["y"], 23), (["p"], ["p"], 24)]
    assert doc.examples_heading.line == 26
    # "# PyTorch 写法" inside the example's code block is not a heading
    assert all("写法" not in h.text for h in doc.headings)


def test_category_spacing_variants_normalise():
    for raw in ("[torch 参数更多 ]", "[torch参数更多]", "[ torch  参数更多]"):
        doc = mapdoc.parse(f"## {raw}torch.abs\n\n### [torch.abs](https://pytorch.org)\n")
        assert doc.category == "torch 参数更多"


def test_cell_names():
    assert mapdoc.cell_names("<font color='red'> input </font>") == ["input"]
    assert mapdoc.cell_names("`dim0`、`dim1`") == ["dim0", "dim1"]
    assert mapdoc.cell_names("*size") == ["*size"]
    assert mapdoc.cell_names("-") == []
    assert mapdoc.cell_names("返回值") == []
    assert mapdoc.cell_names("x.shape[0]") == []


def test_escaped_underscore_and_heading_without_link():
    doc = mapdoc.parse("## [ 无参数 ]torch.Tensor.ceil\\_\n\n### [torch.Tensor.ceil\\_]\n\n```python\ntorch.Tensor.ceil_()\n```\n")
    assert doc.title_api == "torch.Tensor.ceil_"
    assert doc.torch_heading.name == "torch.Tensor.ceil_" and doc.torch_heading.url is None


def test_several_signatures_and_unbalanced_one():
    text = ("## [ torch 参数更多 ]torch.std_mean\n### [torch.std_mean](https://pytorch.org/x)\n```python\n"
            "torch.std_mean(input, dim, unbiased, keepdim=False, *, out=None)\n"
            "torch.std_mean(input, dim=None, *, correction=1, keepdim=False, out=None)\n```\n"
            "### [paddle.std](https://www.paddlepaddle.org.cn/y)\n```python\npaddle.std(x, mode=\"a',\n  b=1)\n```\n")
    doc = mapdoc.parse(text)
    assert [s.line for s in doc.torch_signatures] == [4, 5]
    assert doc.torch_signatures[1].names == ["input", "dim", "correction", "keepdim", "out"]
    assert doc.paddle_signatures[0].params is None  # mismatched quotes: kept, judged by the validator


@pytest.mark.parametrize("text, line, what", [
    ("", 1, "empty"),
    ("   \n\n", 1, "empty"),
    ("# Notes\n\nsome text\n", 1, "no title"),
    ("\n\nplain prose, no headings\n", 3, "no title"),
])
def test_not_a_mapping_doc(text, line, what):
    with pytest.raises(mapdoc.DocParseError) as exc:
        mapdoc.parse(text, path="x.md")
    assert exc.value.line == line and exc.value.path == "x.md"
    assert what in str(exc.value)


def test_invalid_utf8_names_the_line(tmp_path):
    p = tmp_path / "bad.md"
    p.write_bytes("## [ 无参数 ]torch.t\n\nok\n".encode() + b"caf\xe9\n")
    with pytest.raises(mapdoc.DocParseError) as exc:
        mapdoc.parse_file(p)
    assert exc.value.line == 4 and "UTF-8" in exc.value.reason and exc.value.path == str(p)


def test_real_subset_parses():
    files = sorted(set(f for f in REAL.rglob("*.md") if f.name != "README.md"))
    assert len(files) >= 20
    for f in files:
        doc = mapdoc.parse_file(f)
        assert doc.torch_heading is not None, f
        assert doc.title_api == doc.torch_heading.name or "\\" in f.read_text(encoding="utf-8"), f
    dropout = mapdoc.parse_file(REAL / "api_difference" / "nn" / "torch.nn.Dropout.md")
    assert dropout.paddle_signatures[0].params is None  # the doc's “ closes a " string
    ger = mapdoc.parse_file(REAL / "api_difference" / "Tensor" / "torch.Tensor.ger.md")
    assert ger.paddle_heading.url is None  # "[paddle.Tensor.outer]()"


def test_project_docs_parse():
    files = sorted(CORRECT.glob("*.md"))
    assert len(files) >= 8
    cats = {mapdoc.parse_file(f).category for f in files}
    assert len(cats) >= 6
