"""Chapter 03 of Track 3: validating and fixing the mapping docs (cells for paconvert_chapters.py)."""

FILE = "03-validating-mapping-docs.ipynb"

CELLS = [
    ("md", """\
# 03 · Validating and fixing the mapping docs

Every API PaConvert converts has a mapping doc in PaddlePaddle/docs: a Markdown page that names
the category of the difference (`仅参数名不一致`, `torch 参数更多`, ...), shows both signatures
and lists, parameter by parameter, what a torch call turns into. People read these pages to port
code by hand, and reviewers hold new mappings against them. There are about 1,650 of them, written
over years by many hands, for the torch and paddle of their day. Question: **how many of them are
still right, and which of the wrong ones can a program repair on its own?**

We build the answer in four steps: read one doc into a structure, state the checks as rules with
stable ids, prove the rules on docs we broke on purpose, then run them over the published docs and
check a sample of the findings by hand."""),
    ("params", """\
SMOKE = True
# a PaddlePaddle/docs checkout's docs/guides/model_convert/convert_from_pytorch folder; None: the
# committed subset of 23 real docs (tests/convert/fixtures/real_docs)
REAL_DOCS = None
"""),
    ("code", """\
import difflib
import inspect
import json
import shutil
import tempfile
import warnings
from collections import Counter
from pathlib import Path

warnings.filterwarnings("ignore")
import matplotlib.pyplot as plt
import pandas as pd

from paddlecamp import repo_path
from paddlecamp.cli import main as paddlecamp_cli
from paddlecamp.convert import mapdoc
from paddlecamp.convert import validate as V

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
DOCS = Path(repo_path("data", "convert", "docs"))
SUBSET = Path(repo_path("tests", "convert", "fixtures", "real_docs"))
print(V.versions())
"""),
    ("md", """\
## 1. The official format, and one real doc

The format (`pytorch_api_mapping_format_cn.md` in PaddlePaddle/docs) is a title
`## [ <category> ]torch.<api>`, a torch heading with a link and the signature in a code block, the
same for paddle, one summary sentence, a `### 参数映射` table with one row per torch parameter
(`-` when paddle has none), and for the categories that need a rewrite a `### 转写示例` section.
Here is a real one, unchanged:"""),
    ("code", """\
real_doc = SUBSET / "api_difference" / "nn" / "torch.nn.AvgPool1d.md"
print(real_doc.read_text(encoding="utf-8"))
"""),
    ("md", """\
`mapdoc.parse` keeps every part with its line number, so that a finding can point at a line. It
is tolerant: spaces inside the category brackets, Markdown escapes (`ceil\\\\_`), `<font>` wrappers
in table cells, several signatures in one code block, a heading without a link. Only text that is
not a mapping doc at all (empty, not UTF-8, no title) raises `DocParseError` with file and line."""),
    ("code", """\
doc = mapdoc.parse_file(real_doc)
print("category:", doc.category, "| torch:", doc.torch_api, "| paddle:", doc.paddle_api)
print("torch signature, line", doc.torch_signatures[0].line, ":", doc.torch_signatures[0].names)
print("paddle signature, line", doc.paddle_signatures[0].line, ":", doc.paddle_signatures[0].names)
pd.DataFrame([(r.line, r.torch_names, r.paddle_names, r.note[:40]) for r in doc.rows],
             columns=["line", "torch", "paddle", "note"])
"""),
    ("code", """\
print(inspect.getsource(mapdoc.cell_names))
"""),
    ("md", """\
## 2. The rules

Each rule has a stable id, so that a finding can be filtered (`--rule DOC007`), counted and
suppressed by id. Signatures come from the installed libraries without calling anything
(`inspect`, torch's docstrings and ATen schemas, via the API-compatibility auditor); the category
comes from `paddlecamp.convert.categories.derive`, the same derivation the table generator uses."""),
    ("code", """\
pd.DataFrame(list(V.RULES.items()), columns=["rule", "checks that"])
"""),
    ("md", """\
The docs were written for older libraries, so a difference is not yet a mistake. A parameter that
the installed torch has and the doc lacks (torch added it) is *version drift*; a parameter the doc
has and torch never took, a wrong default or a wrong order is a *doc error*. The comparison says
which, parameter by parameter:"""),
    ("code", """\
print(inspect.getsource(V.compare_signature))
"""),
    ("md", """\
## 3. Docs broken on purpose

`data/convert/docs/correct/` holds 10 docs written for this project that are right for the
installed libraries. `make_broken.py` copies them with exactly one planted error each, one per
rule, and records where the finding must point. First the correct ones: no finding, and no rule
skipped."""),
    ("code", """\
correct = V.validate_paths([DOCS / "correct"])
print(correct.parsed, "docs,", len(correct.findings), "findings, skipped:", dict(correct.skipped))
assert correct.parsed >= 8 and correct.findings == [] and not correct.skipped
print(Counter(mapdoc.parse_file(p).category for p in sorted((DOCS / "correct").glob("*.md"))))
"""),
    ("code", """\
expected = json.loads((DOCS / "broken" / "expected.json").read_text(encoding="utf-8"))
rows = []
for name, e in expected.items():
    found, _ = V.validate_file(DOCS / "broken" / name)
    rows.append({"doc": name, "planted": e["what"], "expected": f"{e['rule']}:{e['line']}",
                 "found": ", ".join(f"{f.rule}:{f.line}" for f in found), "fix?": any(f.fix for f in found)})
caught = pd.DataFrame(rows)
assert (caught["expected"] == caught["found"]).all()  # each planted error, and nothing else
assert set(e["rule"] for e in expected.values()) == set(V.RULES)
caught
"""),
    ("md", """\
## 4. `--fix`, on a copy

A fix is offered only when it is unambiguous: the installed signature for a wrong one, the link
to the API's own page, the paddle name that `api_mapping.json`'s `kwargs_change` gives, a `-` row
for a missing parameter. `--fix` applies those, writes each file through a temporary file and a
rename, and validates again; it never writes a file the parser would reject. We run the command
on a copy of the broken docs."""),
    ("code", """\
work = Path(tempfile.mkdtemp()) / "docs"
shutil.copytree(DOCS / "broken", work)
before = (work / "DOC008-kwargs-change.md").read_text(encoding="utf-8")
status = paddlecamp_cli(["convert", "validate-docs", str(work), "--fix", "--no-progress"])
after = (work / "DOC008-kwargs-change.md").read_text(encoding="utf-8")
print("".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True), "before", "after")))
left = {Path(f.path).name for f in V.validate_paths([work]).findings + V.validate_paths([work]).unparseable}
assert left == {n for n, e in expected.items() if not e["fixable"]}
print("exit status", status, "| still reported (no unambiguous fix):", sorted(left))
"""),
    ("md", """\
## 5. The published docs

Our own docs are for development; the measure is the published ones. The committed subset (23
official docs, Apache-2.0, picked for their variations) runs here; set `REAL_DOCS` to a checkout to
run all of them (about 25 s)."""),
    ("code", """\
target = [Path(REAL_DOCS) / d for d in ("api_difference", "api_difference_third_party")] if REAL_DOCS else [SUBSET]
report = V.validate_paths([t for t in target if t.exists()])
print(f"{len(report.files)} files, {report.parsed} parsed, {len(report.unparseable)} not mapping docs")
for f in report.unparseable:
    print("  ", f.format())
pd.crosstab(pd.Series([f.rule for f in report.findings], name="rule"),
            pd.Series([f.kind for f in report.findings], name="kind"))
"""),
    ("code", """\
for f in report.findings:
    if f.kind == V.DOC_ERROR and f.severity == V.ERROR and f.rule in ("DOC002", "DOC003", "DOC004", "DOC007"):
        print(f.format().split("real_docs/")[-1][:170])
"""),
    ("md", """\
A curly quote closing a string (`mode="upscale_in_train”`), quotes that do not match
(`activation="relu'`), a full-width comma inside a signature, `paddle.distributions` for
`paddle.distribution`, empty links `[paddle.Tensor.outer]()`: errors a reader can confirm by
opening the file. The full run over all 1,643 docs is committed in
`data/results/convert_validate_docs_2026-12-01.json`:"""),
    ("code", """\
results = json.loads(Path(repo_path("data", "results", "convert_validate_docs_2026-12-01.json")).read_text(encoding="utf-8"))
summary = results["summary"]
per_rule = pd.DataFrame(results["per_rule"]).T.fillna(0).reindex(list(V.RULES)).fillna(0)
ax = per_rule[["doc error", "version drift"]].plot.bar(stacked=True, figsize=(8, 4), color=["#c0392b", "#95a5a6"],
                                                       title=f"Findings per rule on {summary['parsed']} official mapping docs")
ax.set_ylabel("findings")
plt.tight_layout()
plt.show()
assert summary["files"] == summary["parsed"] == 1643 and summary["unparseable"] == 0
assert per_rule[["doc error", "version drift"]].to_numpy().sum() == summary["findings"]
print(f"{summary['findings']} findings in {summary['docs_with_findings']} docs: "
      f"{summary['by_kind']['doc error']} doc errors, {summary['by_kind']['version drift']} version drift; "
      f"{summary['docs_with_doc_errors']} docs have an error-severity doc error; {summary['fixable']} findings carry a fix")
"""),
    ("md", """\
Most drift is paddle 3 catching up with torch (`out=`, `device=` added to hundreds of APIs) and
PaConvert now mapping many APIs by a prefix swap (`DOC008`). Most doc errors are empty or
misdirected links (`DOC007`) and signatures that were never torch's or paddle's (`DOC002`/`DOC003`).

## 6. Are the findings right? A hand-checked sample

A finding is only useful if it is true. Four findings per rule were drawn at random and read
against the doc and the libraries. Sample A found a third of them to be false alarms; the
validator was fixed for each class (an ATen overload's real keyword, a classmethod's `cls`,
`**kwargs` that takes the table's names, a private `_stacklevel`, a source link where paddle's
site has no page, ...). Sample B was drawn fresh from the fixed validator, and fixed in turn;
sample C was drawn fresh after that and not tuned on."""),
    ("code", """\
checks = pd.DataFrame(results["hand_check"]).T[["n", "false_alarm_rate", "kind_misclassified",
                                                "false_alarms_still_reported", "true_findings_still_reported", "n_true"]]
checks
"""),
    ("code", """\
hc = results["hand_check"]
assert hc["A"]["false_alarm_rate"] > 0.3 and hc["C"]["false_alarm_rate"] < 0.1
assert all(r["true_findings_still_reported"] == r["n_true"] for r in hc.values())  # fixes lost no true finding
labels = json.loads((DOCS / "real_sample_checks.json").read_text(encoding="utf-8"))["checks"]
pd.DataFrame([c for c in labels if c["sample"] == "C" and c["verdict"] == "false alarm"])[["rule", "path", "note"]]
"""),
    ("md", """\
The false alarms left are category judgements (`DOC001`): the derivation pairs parameters by
position, or cannot see a meaning such as `async_op` (asynchronous) against `sync_op`
(synchronous). Category findings are therefore warnings; the signature, table and link rules
are the ones to act on.

## Summary

- A mapping doc parses into a structure with line numbers; real docs vary, and a tolerant parser
  reads all 1,643 published ones.
- Ten rules with stable ids check the category, both signatures, the paddle API, the table, the
  links and the agreement with `api_mapping.json`; each finding says whether it is a doc error or
  version drift, and carries a fix when the repair is unambiguous.
- On docs broken on purpose every planted error is caught at its line, with nothing else; `--fix`
  repairs the fixable ones and leaves the others.
- On the published docs, hand-checked samples put the false-alarm rate at 33% for the first
  draw and 9% for a fresh draw after the fixes; the proposed fixes are listed in the results file.

## Exercises

1. Run `paddlecamp convert validate-docs` with `--rule DOC007 --json` on the real subset and
   count the empty links. Which fix does the validator propose for `torch.is_inference.md`?
2. `DOC002` calls "required in the doc, default in the library" a doc error for torch and drift
   for paddle. Find a finding in the results file that this rule misjudges and propose a better one.
3. Write a doc for `torch.nn.functional.softsign` in the official format and run the validator on
   it until it reports nothing. Then break it in a way none of the rules catches, and write the rule.
4. The `DOC001` false alarms come from pairing parameters by position. Take
   `torch.distributed.all_reduce` and explain which pairing the derivation should have made.
"""),
]
