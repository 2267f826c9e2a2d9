"""The mapping table and the per-API docs: format, every torch parameter once, grouping, output folder."""
from __future__ import annotations

import json
import re

import pytest

from paddlecamp.apicompat import signatures as S
from paddlecamp.convert import categories as C
from paddlecamp.convert import table as T

APIS = ["torch.abs", "torch.nn.functional.relu", "torch.Tensor.add", "torch.transpose", "torch.optim.SGD",
        "torch.Tensor.absolute", "torch.Tensor.align_as", "torch.Tensor.addbmm", "torch.Tensor.t"]


@pytest.fixture(scope="module")
def analyses():
    mapping = C.load_mapping()
    return {api: C.analyse(api, mapping.get(api)) for api in APIS}


def parse_doc(text: str) -> dict:
    """A strict reading of the official shape: title, the two linked headings with a python
    block each, the sentence, and the parameter table rows."""
    lines = text.splitlines()
    m = re.fullmatch(r"## \[ (.+?) \](\S+)", lines[0])
    assert m, lines[0]
    out = {"category": m.group(1), "api": m.group(2), "headings": [], "code": [], "rows": []}
    in_code = False
    for line in lines[1:]:
        if line.startswith("```python"):
            in_code, buf = True, []
        elif line.startswith("```") and in_code:
            in_code = False
            out["code"].append("\n".join(buf))
        elif in_code:
            buf.append(line)
        elif line.startswith("### ["):
            h = re.fullmatch(r"### \[(\S+)\]\((https://\S+)\)", line)
            assert h, line
            out["headings"].append((h.group(1), h.group(2)))
        elif line.startswith("| ") and not line.startswith("| PyTorch") and not line.startswith("| ---"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            assert len(cells) == 3, line
            out["rows"].append(cells)
    return out


@pytest.mark.parametrize("api", ["torch.abs", "torch.nn.functional.relu", "torch.Tensor.add", "torch.optim.SGD",
                                 "torch.transpose"])
def test_doc_lists_every_torch_parameter_exactly_once(analyses, api):
    a = analyses[api]
    doc = parse_doc(T.render_doc(a))
    assert doc["category"] == a.derived.category and doc["api"] == api
    assert [h[0] for h in doc["headings"]] == [api, a.paddle_api]
    assert doc["headings"][0][1] == T.torch_url(api) and doc["headings"][1][1] == T.paddle_url(a.paddle_api)
    torch_params = [p.name for p in a.torch_sig.params]
    assert [r[0] for r in doc["rows"] if r[0] != "-"] == torch_params
    # the signature code blocks parse as calls with those very parameters
    assert doc["code"][0].startswith(api + "(")
    sig_text = doc["code"][0][len(api):]
    assert [p.name for p in S.parse_params(sig_text[1:-1])] == torch_params
    paddle_params = {p.name for p in (a.paddle_sig_full or a.paddle_sig).params}
    assert all(r[1] == "-" or r[1] in paddle_params for r in doc["rows"])
    assert all(r[2].endswith("。") for r in doc["rows"])


def test_relu_rows(analyses):
    rows = {r[0]: r for r in T.rows(analyses["torch.nn.functional.relu"])}
    assert rows["input"][1] == "x" and "仅参数名不一致" in rows["input"][2]
    assert rows["inplace"][1] == "-" and "可直接删除" in rows["inplace"][2]


def test_sgd_rows_follow_the_mapping(analyses):
    rows = {r[0]: r for r in T.rows(analyses["torch.optim.SGD"])}
    assert rows["params"][1] == "parameters" and rows["lr"][1] == "learning_rate"
    assert rows["momentum"][1] == "-" and "暂无转写方式" in rows["momentum"][2]
    assert "参数默认值不一致" in rows["weight_decay"][2]
    assert ("-", "grad_clip") in {(r[0], r[1]) for r in T.rows(analyses["torch.optim.SGD"])}


@pytest.mark.parametrize("api, title, folder", [
    ("torch.abs", "torch.XX", "torch"), ("torch.nn.functional.relu", "torch.nn.functional.XX", "functional"),
    ("torch.Tensor.add", "torch.Tensor.XX", "Tensor"), ("torch.nn.Conv2d", "torch.nn.XX", "nn"),
    ("torch.linalg.norm", "torch.linalg.XX", "linalg"), ("torch.optim.SGD", "torch.optim.XX", "optimizer"),
    ("torch.utils.data.DataLoader", "torch.utils.XX", "utils"), ("torch.nn.init.zeros_", "torch.nn.init.XX", "init"),
    ("torchvision.ops.nms", "torchvision.xx", "others"), ("torch.backends.cudnn.enabled", "其他", "others"),
])
def test_grouping(api, title, folder):
    assert T.group_of(api) == (title, folder)


def test_docs_without_parameter_table(analyses):
    t = T.render_doc(analyses["torch.Tensor.t"])
    assert t.startswith("## [ 无参数 ]torch.Tensor.t") and "### 参数映射" not in t
    alias = T.render_doc(analyses["torch.Tensor.absolute"])
    assert alias.startswith("## [ API 别名 ]torch.Tensor.absolute") and "torch.Tensor.abs" in alias
    missing = T.render_doc(analyses["torch.Tensor.align_as"])
    assert "Paddle 当前无对应 API 功能" in missing
    composite = T.render_doc(analyses["torch.Tensor.addbmm"])
    assert "AddBmmMatcher" in composite and "### 参数映射" not in composite


def test_readme_groups_and_counts(analyses):
    items = list(analyses.values())
    md = T.render_readme(items, {"date": "2026-12-01", "torch": "t", "paddle": "p", "paconvert": "c"}, 0)
    sections = re.findall(r"^## (\S+) API 映射列表", md, re.M)
    assert sections == ["torch.XX", "torch.nn.functional.XX", "torch.Tensor.XX", "torch.optim.XX"]
    counts = dict(re.findall(r"^\| (\S[^|]*?) \| (\d+) \|$", md, re.M))
    assert int(counts["**合计**"]) == len(items)
    assert sum(int(v) for k, v in counts.items() if k != "**合计**") == len(items)
    tensor_rows = re.findall(r"^\| \d+ \| \[`(torch\.Tensor\.\w+)`\]", md, re.M)
    assert tensor_rows == sorted(a for a in APIS if a.startswith("torch.Tensor."))


def test_write_folder_and_bad_api(tmp_path, analyses):
    bad = C.analyse("torch.not_a_real_api", {"Matcher": "ChangePrefixMatcher"})
    items = list(analyses.values()) + [bad]
    data = T.write(str(tmp_path), items, [], {"date": "2026-12-01"})
    assert (tmp_path / "README.md").exists() and (tmp_path / "updates.md").exists()
    on_disk = json.loads((tmp_path / "table.json").read_text(encoding="utf-8"))
    assert on_disk["counts"] == data["counts"] and sum(on_disk["counts"].values()) == len(items)
    assert (tmp_path / "api_difference" / "torch" / "torch.abs.md").exists()
    assert (tmp_path / "api_difference" / "torch" / "torch.not_a_real_api.md").read_text(encoding="utf-8") \
        .startswith("## [ 功能缺失 ]torch.not_a_real_api")
    assert "torch.not_a_real_api" in on_disk["problems"]
    assert data["meta"]["docs_written"] == len(items)
    assert not list(tmp_path.rglob("*.tmp"))


def test_cli_rejects_a_pattern_matching_nothing(tmp_path):
    import argparse

    from paddlecamp.cli import CliError
    from paddlecamp.convert import table_cli
    p = argparse.ArgumentParser()
    table_cli.configure(p)
    args = p.parse_args(["--out", str(tmp_path / "t"), "--api", "torch.zzz_nothing*", "--no-execute"])
    with pytest.raises(CliError, match="no API"):
        table_cli.main(args)


def test_rewrite_examples_come_from_paconvert():
    mapping = C.load_mapping()
    found = {api: C.analyse(api, mapping[api]) for api in ("torch.addr", "torch.nn.functional.relu", "torch.asin")}
    calls = T.example_calls(found["torch.nn.functional.relu"])
    assert calls == [("", "result = torch.nn.functional.relu(input)"),
                     ("inplace", "result = torch.nn.functional.relu(input, inplace=True)")]
    kept = T.paconvert_examples(list(found.values()))
    addr = found["torch.addr"].examples
    assert kept >= 2 and addr and "paddle.outer(vec1, vec2)" in addr[0][2]
    doc = T.render_doc(found["torch.addr"])
    assert "### 转写示例" in doc and "paddle.outer" in doc
    # PaConvert keeps inplace=True, which paddle.nn.functional.relu does not take: no example, an update
    relu = found["torch.nn.functional.relu"]
    assert [p for p, _, _ in relu.passthrough] == ["inplace"] and "inplace" not in [p for p, _, _ in relu.examples]
    from paddlecamp.convert import updates as U
    assert [u.rule for u in U.check_entry(relu)] == ["keyword-passed-through"]
    # paddle.asin forwards to the C++ argument parser, which takes out=: not reported
    assert not [u for u in U.check_entry(found["torch.asin"]) if u.rule == "keyword-passed-through"]


def test_agreement_with_published_titles():
    data = {"apis": [{"torch_api": "torch.abs", "paddle_api": "paddle.abs", "category": C.SAME, "reasons": [],
                      "evidence": "execution"},
                     {"torch_api": "torch.isclose", "paddle_api": "paddle.isclose", "category": C.SAME, "reasons": [],
                      "evidence": "signature"}]}
    docs = {"torch/torch.abs.md": "## [ 参数完全一致 ]torch.abs\n", "torch/torch.isclose.md": "## [仅参数名不一致] torch.isclose\n",
            "torch/torch.zzz.md": "## [ 无参数 ]torch.zzz\n", "bad.md": "no title here\n"}
    got = T.agreement(docs, data)
    assert (got["compared"], got["equal"], got["consistent"]) == (2, 1, 2)
    assert got["status"] == {"compared": 2, "not in the table": 1, "no title": 1}
