"""Chapter 02 of Track 3: generating the mapping table and finding mapping updates (cells for paconvert_chapters.py)."""

FILE = "02-generating-the-mapping-table.ipynb"

CELLS = [
    ("md", """\
# 02 · Generating the mapping table

PaddlePaddle publishes a PyTorch→Paddle API mapping table: about two thousand rows, each linking
to a mapping doc whose title names a **category** (无参数, 参数完全一致, 仅参数名不一致,
torch 参数更多, 组合替代实现, ...). The docs are written by hand, and hand-written categories drift
as both libraries change. PaConvert's `api_mapping.json`, the data the converter actually runs on,
drifts too.

Question: **can every row's category be derived from evidence, namely the mapping entry, the installed
signatures and a run of both libraries, and what does that evidence say about the mapping itself?**

The answer is `paddlecamp convert table --out DIR`. This chapter builds it in steps: the three
kinds of evidence, one doc, the table for a namespace, the counts, and the mapping updates the data
supports."""),
    ("params", """\
SMOKE = True
# the APIs to tabulate (a glob); None = every API in api_mapping.json
PATTERN = "torch.nn.functional.*" if SMOKE else None
# run torch and the mapped paddle call on the same inputs (about 11 minutes for all APIs on 2 cores)
EXECUTE = not SMOKE
"""),
    ("code", """\
import inspect
import json
import os
import subprocess
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

warnings.filterwarnings("ignore")
os.environ.setdefault("GLOG_minloglevel", "2")
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from paddlecamp import repo_path
from paddlecamp.convert import categories as C
from paddlecamp.convert import mapdoc
from paddlecamp.convert import table as T
from paddlecamp.convert import updates as U

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
plt.rcParams["axes.unicode_minus"] = False
MAPPING = C.load_mapping()
print(len(MAPPING), "APIs in api_mapping.json plus its aliases; categories in priority order:")
print(" < ".join(C.CATEGORIES))
"""),
    ("md", """\
The official format orders the categories by priority: an API that shows both a renamed parameter
and an extra paddle parameter is `paddle 参数更多`; one that also lacks a torch parameter is
`torch 参数更多`. Every derivation below takes the highest-priority difference it can prove.

## 1. Evidence from the mapping entry

Some categories need nothing but PaConvert's entry: an alias (`api_alias_mapping.json`), an entry
without a `Matcher` (PaConvert cannot convert it: 功能缺失), and a custom `Matcher` that writes its own
code around no paddle API or around *another* operation (组合替代实现: `torch.addr` is built from
`paddle.outer`)."""),
    ("code", """\
print(inspect.getsource(C.mapping_category))
rows = []
for api in ["torch.Tensor.absolute", "torch.Tensor.align_as", "torch.Tensor.addbmm", "torch.addr", "torch.abs"]:
    decided = C.mapping_category(api, MAPPING.get(api))
    rows.append({"api": api, "entry": json.dumps(MAPPING.get(api), ensure_ascii=False)[:70],
                 "category": decided[0] if decided else "(signatures decide)"})
display(pd.DataFrame(rows))
assert C.mapping_category("torch.addr", MAPPING["torch.addr"])[0] == C.COMPOSITE
"""),
    ("md", """\
## 2. Evidence from signatures

For the rest, the torch signature is compared with the signature of **the mapping's own
`paddle_api`**, not with the prefix-swapped namesake. That is the difference between this table and
the audit of the API-compatibility track: `torch.optim.SGD` maps to `paddle.optimizer.SGD` with
`kwargs_change` `{params: parameters, lr: learning_rate}`, so those renames pair the parameters
before the auditor's `compare` looks for differences. `unsupport_args` and `kwargs_change` entries
mapped to `""` mark torch parameters with no counterpart."""),
    ("code", """\
sgd = C.analyse("torch.optim.SGD", MAPPING["torch.optim.SGD"])
print("torch ", sgd.torch_sig.render())
print("paddle", sgd.paddle_sig.render())
print("category:", sgd.derived.category, "| evidence:", sgd.derived.evidence)
display(pd.DataFrame(T.rows(sgd), columns=["PyTorch", "PaddlePaddle", "备注"]))
assert sgd.derived.category == C.TORCH_MORE and sgd.derived.evidence == "signature"
"""),
    ("md", """\
`params` and `lr` are at other positions in paddle, but PaConvert's `GenericMatcher` writes every
argument as a keyword, so the order is bridged and only the renames remain; the default of
`weight_decay` differs, and `momentum`, `nesterov` and the rest have no paddle counterpart, which
puts SGD in `torch 参数更多`.

## 3. Evidence from execution

Signatures can only suggest a rename. `torch.isclose(input, other)` against
`paddle.isclose(x, y)` looks like 仅参数名不一致, but paddle 3.3.1's argument parser accepts torch's
names. So the table *runs* both: the differential runner of the API-compatibility track writes
torch calls in up to four styles (positional, keyword, reordered, with optional `dim`/`keepdim`)
on literal tensors, and each snippet carries the mapping's paddle call in a branch that only the
swapped run takes (the runner swaps every `torch` token for `paddle`, so the paddle branch is
written under torch's prefix; for a `ChangePrefixMatcher` entry the two branches read the same)."""),
    ("code", """\
iso = C.gather("torch.isclose", MAPPING["torch.isclose"])
print("by signature:", C.conclude(iso).category)
print(C.paired_calls(iso)["keyword"])
iso = C.analyse("torch.isclose", MAPPING["torch.isclose"], execute=True)
print("after running:", iso.derived.category, "|", iso.derived.reasons[-1])
print("refuted:", [d.text for d in iso.refuted])
assert iso.derived.category == C.SAME and iso.derived.evidence == "execution"
"""),
    ("md", """\
A passing call refutes the differences it exercised: a keyword paddle accepted is no rename, and a
positional call that works has no order problem. When paddle *rejects* a torch keyword that the
signatures pair with another name, a second round runs the renamed call; if that one gives torch's
result, the rename is confirmed, and only then is an API 仅参数名不一致 on execution evidence.
`torch.nn.functional.relu` is such a case: `relu(input=x)` fails in paddle, `relu(x=x)` works."""),
    ("code", """\
print(inspect.getsource(C._refuted))
relu = C.analyse("torch.nn.functional.relu", MAPPING["torch.nn.functional.relu"], execute=True)
for style in relu.behaviour["mapping"]:
    print(f"{style:10s} mapping call: {relu.behaviour['mapping'][style]['status']:6s} "
          f"renamed call: {relu.behaviour.get('renamed', {}).get(style, {}).get('status', '-')}")
print(relu.derived.category, relu.derived.reasons)
assert relu.behaviour["renames"] == {"input": "x"} and relu.derived.category == C.TORCH_MORE  # inplace remains
"""),
    ("md", """\
What a failing run says: a different dtype or container is 返回参数类型不一致, paddle rejecting the
same inputs (a `TypeError`/`ValueError` on values) is 输入参数类型不一致, another value is
输入参数用法不一致. Sampling APIs (dropout, `rand*`, ...) are compared on shape and dtype only."""),
    ("code", """\
print(inspect.getsource(C._failure_category))
"""),
    ("md", """\
## 4. One mapping doc

The doc is rendered from the same analysis: the title with the category, both signatures linked to
their docs pages, one sentence, and the parameter table, where every torch parameter appears exactly
once, in torch's order, followed by paddle's extra parameters. What the runs showed is kept in a
final section."""),
    ("code", """\
text = T.render_doc(relu)
display(Markdown(text))
doc = mapdoc.parse(text)
assert doc.category == relu.derived.category and doc.torch_api == "torch.nn.functional.relu"
torch_rows = [r[0] for r in T.rows(relu) if r[0] != "-"]
assert torch_rows == [p.name for p in relu.torch_sig.params]
"""),
    ("md", """\
Categories 6 to 10 of the official format also need a **转写示例**. Rather than writing one, the
generator asks PaConvert: it writes the plain call and one call per parameter whose difference needs
a rewrite, converts them all in one PaConvert run, and keeps what PaConvert converted. A call
PaConvert marks unsupported gives no example; one whose output still passes a keyword the paddle
API does not take gives no example either, and becomes a mapping update (section 7)."""),
    ("code", """\
print(T.example_calls(relu))
addr = C.analyse("torch.addr", MAPPING["torch.addr"])
T.paconvert_examples([addr, relu])
print(addr.examples[0][2])
print("relu, kept by PaConvert although paddle has no such keyword:", relu.passthrough)
assert "paddle.outer(vec1, vec2)" in addr.examples[0][2] and [p for p, _, _ in relu.passthrough] == ["inplace"]
"""),
    ("md", """\
## 5. The table for a namespace

`build` analyses every API matching a pattern (execution runs in isolated worker processes, cached
in a JSONL file) and `write` produces the folder: `README.md` with the table grouped by namespace,
one doc per API under `api_difference/<folder>/`, `updates.md` and `table.json`. In SMOKE mode this
is `torch.nn.functional.*` on signatures alone; the full run goes through the command line."""),
    ("code", """\
out = Path(tempfile.mkdtemp(prefix="ch02-table-"))
if EXECUTE:
    cli = Path(sys.executable).with_name("paddlecamp")
    cmd = [str(cli), "convert", "table", "--out", str(out)] + (["--api", PATTERN] if PATTERN else [])
    print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    data = json.loads((out / "table.json").read_text(encoding="utf-8"))
else:
    analyses, found, meta = T.build(PATTERN, execute=False, mapping=MAPPING)
    data = T.write(str(out), analyses, found, meta)
print(data["meta"]["n_apis"], "APIs,", data["meta"]["docs_written"], "docs;", data["counts"])
readme = (out / "README.md").read_text(encoding="utf-8")
display(Markdown("\\n".join(readme.splitlines()[:40])))
assert sum(data["counts"].values()) == data["meta"]["n_apis"] == len(list((out / "api_difference").rglob("*.md")))
"""),
    ("md", """\
## 6. Counts per category, all APIs

The full run (every API, with execution) was made once and committed:

    paddlecamp convert table --out DIR --jobs 2

How many APIs fall in each category, and on which evidence?"""),
    ("code", """\
res = json.loads(repo_path("data", "results", "convert_table_2026-12-01.json").read_text(encoding="utf-8"))
print(res["command"], "|", res["versions"], "|", res["run"]["first_run_seconds"], "s")
by = pd.DataFrame(res["counts_by_evidence"]).T.reindex(columns=["mapping", "signature", "execution"]).fillna(0)
by = by.loc[[c for c in C.CATEGORIES if c in by.index]]
fig, ax = plt.subplots(figsize=(8, 4.2))
left = pd.Series(0, index=by.index, dtype=float)
for ev, color in [("mapping", "#b0bec5"), ("signature", "#64b5f6"), ("execution", "#1e88e5")]:
    ax.barh(by.index, by[ev], left=left, color=color, label=f"依据: {ev}")
    left += by[ev]
for i, n in enumerate(left):
    ax.text(n + 5, i, str(int(n)), va="center", fontsize=8)
ax.invert_yaxis()
ax.set_xlabel("APIs")
ax.set_title(f"{res['n_apis']} 个 API 的映射关系分类（推导所得）")
ax.legend(loc="lower right", fontsize=8)
plt.tight_layout()
plt.show()
assert int(left.sum()) == res["n_apis"] == sum(res["counts"].values())
share = res["evidence"]["execution"] / res["n_apis"]
decided = (res["evidence"]["execution"] + res["evidence"]["signature"]) / res["n_apis"]
print(f"{share:.0%} of the categories rest on a run of both libraries, {decided:.0%} on signatures or runs")
assert 0.6 < decided < 0.7
"""),
    ("md", """\
How do the derived categories compare with the titles of the published docs (PaddlePaddle/docs,
written by the mapping's maintainers, here at a December 2024 commit, i.e. for older torch and
paddle)?"""),
    ("code", """\
off = res["official_docs"]
print(f"{off['compared']} published docs compared: title equal to ours {off['equal']} "
      f"({off['equal'] / off['compared']:.0%}), consistent {off['consistent']} ({off['consistent'] / off['compared']:.0%})")
display(pd.DataFrame(off["top_disagreements"][:6]))
assert off["equal"] <= off["consistent"] <= off["compared"]
"""),
    ("md", """\
Most disagreements have a reason that favours the derivation: paddle 3.3.1 now takes torch's
names and `out=` where the 2024 docs say otherwise (and a run shows it), and the docs often leave
paddle's extra parameters out of the title although the format ranks paddle 参数更多 above a rename.
Others are the derivation's limits: a parameter that is optional in torch but required in paddle
makes our category 输入参数用法不一致 where the docs say torch 参数更多.

Two thirds of the rows are decided by signatures or runs; the rest by the mapping alone (aliases,
custom matchers, and entries PaConvert cannot convert). 仅参数名不一致 on execution evidence means a
renamed call was run and matched; the same label on signature evidence is a claim not yet tested
(the reasons say so).

## 7. Mapping updates

The same evidence checks `api_mapping.json` itself. An entry could become `ChangePrefixMatcher` when
the recorded prefix swap passes every call style and the swapped signature vouches for the rest;
an entry is wrong when its `paddle_api` does not exist, when `kwargs_change`/`unsupport_args` name
parameters that are not there (or that paddle does take), when `args_list` disagrees with torch's
signature (checked against every overload of a builtin), when `min_input_args` exceeds what torch
requires, when a prefix swap's keyword call fails while the renamed call works, and when PaConvert's
own output keeps a torch keyword the paddle API does not take (paddle APIs that forward to the C++
argument parser are left out: it takes keywords their signatures do not show)."""),
    ("code", """\
print(inspect.getsource(U.could_change_prefix).split('\"\"\"')[1])
rules = pd.DataFrame([{"rule": r, "meaning": m, "updates": res["updates_by_rule"].get(r, 0)} for r, m in U.RULES.items()])
display(rules)
assert rules["updates"].sum() == res["n_updates"]
"""),
    ("md", """\
A rule is only worth what its false alarms cost. Ten updates drawn at random were checked by hand,
converting the API with PaConvert 3.3.1 and running the result where that could decide:"""),
    ("code", """\
hand = pd.DataFrame(res["hand_checked"])
display(hand)
real = int((hand["verdict"] == "real").sum())
print(f"{real} of {len(hand)} real")
for note in res["run"]["notes"][:3]:
    print("-", note)
assert real == 8 and len(hand) == 10
print(f"{res['examples']['converted_by_paconvert']} 转写示例 converted by PaConvert; it raised on "
      f"{len(res['examples']['paconvert_raised'])} example calls, e.g. {res['examples']['paconvert_raised'][0]}")
"""),
    ("md", """\
The two false alarms show the limits of signatures: `Categorical(probs=None, logits=None)` needs one
of its two optional arguments, and an entry for `ctx.save_for_backward` exists so that PaConvert
recognises a method call, never to write the dotted name. An earlier sample had more false alarms
of four kinds (see the note above); each made a rule narrower, which is why the sample is drawn
after the last change.

## Summary

* A category can be derived from evidence: the mapping entry decides aliases, missing and composite
  mappings; the torch signature against the mapping's own `paddle_api` (with `kwargs_change`) decides
  the parameter categories; running both libraries on the same inputs confirms renames, refutes
  differences paddle's aliases absorb, and finds behaviour signatures cannot see.
* "仅参数名不一致" is claimed on execution evidence only when the renamed call was run; otherwise the
  reasons say it is a signature claim.
* The generator writes the table (grouped by namespace, with links), one doc per API in the official
  format, `updates.md` and `table.json`; an API missing from either library is still listed, with the
  problem named.
* 转写示例 come from PaConvert itself; where its output would fail (a keyword paddle does not take),
  the doc gets no example and the mapping gets an update.
* The same evidence finds mapping updates; the committed run lists them per rule, and a hand-checked
  sample measures how many are real.

## Exercises

1. Pick an API whose category rests on `signature` evidence only and find out why it was not run
   (its reasons say). Extend `paddlecamp.apicompat.diffexec.SCALAR_VALUES` or `literal` so that a call
   can be written, rerun `paddlecamp convert table --api <it>`, and see whether the category moves.
2. `torch.nn.Conv2d` is a class, so nothing is run. Sketch how a paired run for layers would look
   (construct both with the same weights, call on the same input) and which categories it could decide.
3. Take three `kwargs-change-missing` updates from `updates.md`, make the change in a copy of
   `api_mapping.json` and convert a keyword call with PaConvert. Does the converted code now run?
4. The `args-list` rule compares with the closest overload of a builtin. Find an update where the
   closest overload is the wrong one, and propose a better choice.
5. Compare the derived categories with the titles of the official docs (chapter 03's validator does
   this per doc): which categories disagree most often, and whose evidence is stronger?
"""),
]
