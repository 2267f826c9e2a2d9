"""Chapter 04 of Track 3: strengthening PaConvert's unit tests (cells for paconvert_chapters.py)."""

FILE = "04-strengthening-unit-tests.ipynb"

CELLS = [
    ("md", """\
# 04 · Strengthening PaConvert's unit tests

PaConvert's acceptance test for an API is a file of small torch programs: each test case runs
the program under torch, converts it, runs the result under paddle and compares the named
results. A conversion rule is only as well tested as the *ways of calling* the API those
programs use. Question: **which call patterns do PaConvert's own tests cover, and what happens
when we add the missing ones?**

Why the call pattern matters: a rule in `api_mapping.json` (an `args_list`, a `kwargs_change`,
`paddle_default_kwargs`) handles arguments. Four ways of passing them exercise four different
parts of that handling:

| pattern | example for `torch.max(input, dim, keepdim=False)` | the rule must ... |
|---|---|---|
| all positional | `torch.max(x, 1, True)` | know torch's parameter **order** |
| all keyword | `torch.max(input=x, dim=1, keepdim=True)` | rename **every** torch keyword |
| keywords out of order | `torch.max(keepdim=True, dim=1, input=x)` | match by **name**, not by position |
| defaults omitted | `torch.max(x, 1)` | supply paddle's default where it **differs** from torch's |

A rule tested only with `torch.max(x, 1)` can get the name of `keepdim`, or its default, wrong
and still pass. This chapter reads the tests statically, finds the missing patterns, writes the
missing cases in the same style, and checks each one under torch and through PaConvert."""),
    ("params", """\
SMOKE = True
# the fixture files to generate cases for (SMOKE keeps it to two)
FILES = ["test_nn_modules_GroupNorm.py", "test_Tensor_bfloat16.py"]
"""),
    ("code", """\
import inspect
import json
import shutil
import tempfile
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from paddlecamp import repo_path
from paddlecamp.apicompat import signatures as S
from paddlecamp.convert import testgen as G
from paddlecamp.convert import testscan as T

FIXTURES = repo_path("tests", "convert", "fixtures", "paconvert_tests")
plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
"""),
    ("md", """\
## 1. Classifying a call

A call is bound to torch's signature the way Python would bind it (which parameter gets which
argument), then classified. The signature comes from the API-compatibility auditor
(`inspect` for Python code, the docstring or ATen schema for builtins); for methods such as
`torch.Tensor.abs`, `self` is dropped. A call can show several patterns at once:"""),
    ("code", """\
print(inspect.getsource(T.classify))
sig = T.torch_signature("torch.max")
print("torch.max", sig.render())
code = \"\"\"
import torch
x = torch.tensor([[1., 5.], [4., 2.]])
a = torch.max(x, 1, True)
b = torch.max(input=x, dim=1, keepdim=True)
c = torch.max(keepdim=True, dim=1, input=x)
d = torch.max(x, 1)
\"\"\"
calls = T.scan_code(code, "torch.max")
display(pd.DataFrame([{"call": c.text, "patterns": ", ".join(c.patterns)} for c in calls]))
assert calls[2].patterns == ["all_keyword", "keyword_order", "defaults_omitted"]   # out= is left out too
"""),
    ("md", """\
Only patterns a signature allows are asked for: a method without parameters (`x.abs()`)
needs none, a function with one keyword-capable parameter cannot pass keywords out of order."""),
    ("code", """\
for text in ["", "input, /", "input, *, out=None", "input, dim, keepdim=False"]:
    print(f"({text}):", T.applicable_patterns(S.Sig(S.parse_params(text), "example")))
"""),
    ("md", """\
## 2. Scanning a real test file

`scan_file` parses a file without importing it: the API objects (`obj = APIBase("torch.x")`),
each test function's `obj.run(...)`, the code string (literal, `textwrap.dedent`, or through a
variable), the compared names and whether the case is marked `unsupport=True`. Inside the code
string it finds the API's calls through import aliases (`F.interpolate`, `nn.GroupNorm`) or as
methods. Here is PaConvert's test file for `torch.nn.modules.GroupNorm`:"""),
    ("code", """\
sf = T.scan_file(FIXTURES / "test_nn_modules_GroupNorm.py")
rows = [{"case": c.func, "call": c.calls[0].text, "patterns": ", ".join(c.calls[0].patterns)} for c in sf.cases]
display(pd.DataFrame(rows))
cov = sf.coverage["torch.nn.modules.GroupNorm"]
print("signature:", cov.signature)
print("covered:", cov.covered, " missing:", cov.missing, " next free case number:", sf.next_case)
assert cov.missing == ["keyword_order"] and len(sf.cases) == 10
"""),
    ("md", """\
Ten cases, and keywords are always written in signature order: a rule that mapped
GroupNorm's keywords by position would pass all ten. The scan also reads what it cannot use and
says why; in `test_Tensor_bfloat16.py` one code string is an f-string built in a loop, so its
calls cannot be read statically, and `test_clamp_min.py` passes `out=`, which torch's
documented signature for `clamp_min` does not list (such calls are counted as *unbound*, and a
gap claimed for that API may in fact be covered there):"""),
    ("code", """\
for name in ["test_Tensor_bfloat16.py", "test_clamp_min.py", "test_Tensor_is_conj.py"]:
    f = T.scan_file(FIXTURES / name)
    for api, c in f.coverage.items():
        print(f"{name}: {api} missing {c.missing}, unbound calls {c.unbound_calls}, "
              f"unsupport cases {c.unsupport_cases}; skipped cases {[(x.func, x.skip) for x in f.cases if x.skip]}")
"""),
    ("md", """\
## 3. Generating a missing case

A missing pattern is derived from an existing running case: one call of the API in its code
string is rewritten using the signature, and everything else is kept character for character.
Positional-only parameters stay positional; a gap before a later positional argument is filled
with the parameter's default; an API whose call passes extra values through `*args` gets no
keyword pattern; a call with no arguments gets one defaulted parameter."""),
    ("code", """\
print(inspect.getsource(G.rewrite_call))
"""),
    ("code", """\
groups, gaps = G.plan(sf)
for cands in groups:
    for c in cands:
        print(f"{c.pattern}: from {c.source_case}: {c.call_before}  =>  {c.call_after}")
print(G.render_case(groups[0][0], sf.next_case))
"""),
    ("md", """\
## 4. Verifying before writing

Nothing unverified is written. Each candidate runs in a persistent worker process (the
harness of the API-compatibility suite, with a time limit per case): first under torch, where
it must run and define the compared names; then converted by PaConvert (its `Converter`, as its
`APIBase` does) and run under paddle, the named results compared like `APIBase.compare`. A
case that fails under torch is not written; one that runs under torch but not after conversion
exposes a PaConvert problem and is reported. With `write=True` (the CLI's `--write`) the passing
cases are appended to the file atomically, and the file must still parse. We work on copies:"""),
    ("code", """\
work = Path(tempfile.mkdtemp(prefix="ch04-"))
for name in FILES:
    shutil.copy(FIXTURES / name, work / name)
rep = G.check_tests([work], write=True, paddle=True, progress=False)
rows = [{"file": Path(g.file).name, "pattern": g.pattern, "call": g.case["call_after"] if g.case else "-",
         "torch": g.case["outcome"]["torch"] if g.case else g.reason,
         "convert": g.case["outcome"]["convert"] if g.case else "", "paddle": g.case["outcome"]["paddle"] if g.case else "",
         "written as": (g.case or {}).get("written_as", "")} for g in rep.gaps]
display(pd.DataFrame(rows))
print(rep.counts())
"""),
    ("md", """\
`torch.Tensor.bfloat16` documents `memory_format` as an ordinary parameter, but passing it by
position fails under torch, so that case was dropped; the keyword version passed and was written.
The appended function, in PaConvert's style:"""),
    ("code", """\
bf = [g for g in rep.gaps if Path(g.file).name == "test_Tensor_bfloat16.py"]
assert {g.pattern: g.status for g in bf}["all_positional"] == "torch_failed"
text = (work / "test_Tensor_bfloat16.py").read_text()
print(text[text.rindex("\\n\\ndef ") + 2:])
written = sum(len(v) for v in rep.written.values())
assert written == sum(1 for g in rep.gaps if g.case and g.case.get("written_as"))
"""),
    ("md", """\
## 5. The whole suite

The same command over all of PaConvert's test files (a published suite written by the
mapping's maintainers, not by us) was run once and its figures committed:

    paddlecamp convert check-tests PaConvert/tests --resume runs.jsonl --results data/results/convert_tests_2026-12-01

How many APIs lack each pattern?"""),
    ("code", """\
res = json.loads(repo_path("data", "results", "convert_tests_2026-12-01.json").read_text())
print(res["command"], "|", res["versions"])
pat = pd.DataFrame({"applies": res["applicable"], "missing": res["missing"]}).reindex(list(T.PATTERNS)).fillna(0)
display(pat)
fig, ax = plt.subplots(figsize=(7, 3))
ax.barh(pat.index, pat["applies"], color="#cfd8dc", label="APIs where the pattern applies")
ax.barh(pat.index, pat["missing"], color="#e53935", label="APIs whose tests miss it")
ax.invert_yaxis()
ax.set_xlabel("APIs")
ax.legend(loc="lower right", fontsize=8)
ax.set_title(f"Call patterns in PaConvert's tests ({res['apis']} APIs)")
plt.tight_layout()
plt.show()
assert all(pat["missing"] <= pat["applies"])
c = res["counts"]
print(f"{res['apis_missing_any']} APIs miss a pattern: {c['gaps']} gaps (API x pattern); "
      f"{c['gaps_uncertain']} of them are in APIs with calls that do not bind to the documented signature")
"""),
    ("md", """\
A gap is certain when every call of the API in the running cases binds to the signature. The
uncertain ones come from overloads and undocumented keywords (`torch.Tensor.std(1, False, True)`
binds to the overload with `unbiased`, not to the documented `(dim, *, correction, keepdim)`), so
the pattern may be there in a form the scan cannot read. A hand check of ten certain gaps drawn
at random from the results found all ten real (three of them present only in cases marked
`unsupport=True`, which do not run and so do not count)."""),
    ("md", """\
And what became of the gaps, step by step:"""),
    ("code", """\
steps = [("gaps (API x pattern)", c["gaps"]), ("a case derived", c["generated"]), ("passes torch", c["torch_pass"]),
         ("converted", c["convert"].get("ok", 0)), ("passes paddle", c["passing"])]
fig, ax = plt.subplots(figsize=(7, 2.8))
ax.bar([s for s, _ in steps], [n for _, n in steps], color=["#90a4ae", "#78909c", "#43a047", "#1e88e5", "#3949ab"])
for i, (_, n) in enumerate(steps):
    ax.text(i, n, str(n), ha="center", va="bottom", fontsize=9)
ax.set_ylabel("cases")
ax.set_title("From missing patterns to verified cases")
plt.xticks(fontsize=8)
plt.tight_layout()
plt.show()
assert c["generated"] == c["gaps"] - c["no_candidate"]
assert c["passing"] + c["exposes_paconvert"] == c["torch_pass"]
print(f"{c['exposes_paconvert']} generated cases run under torch but not after PaConvert's conversion")
"""),
    ("md", """\
Our verification imitates PaConvert's `APIBase`; the real acceptance test is PaConvert's own
harness. The run wrote the passing cases into a copy of the test folder and ran exactly those
cases with pytest next to PaConvert's `apibase.py` (`--pytest`):"""),
    ("code", """\
h = res["harness"]
print(f"{h['cases']} written cases: {h['passed']} passed, {h['failed']} failed, {h['skipped']} skipped")
assert h["cases"] == c["written"] == c["passing"] and h["failed"] == 0
"""),
    ("md", """\
The cases that expose PaConvert problems are the most useful output: each is a torch program
that runs, written in the same style as the maintainers' tests, that PaConvert does not convert
(`unsupported`, a `>>>>>>` line), converts into something that fails, or converts into something
that computes a different result.

One caution before blaming the new call pattern: the test files come from a newer PaConvert
commit than the installed `paconvert` 3.3.1, and this machine has no GPU, so some APIs fail their
*existing* cases too. For every failing generated case the case it was derived from is run
through the same pipeline; when that one passes, the failure belongs to the new way of calling
(*pattern-specific*)."""),
    ("code", """\
ex = pd.DataFrame(res["exposing"])
ex["outcome"] = [e if e != "ok" else "paddle " + p for e, p in zip(ex["convert"], ex["paddle"])]
display(pd.crosstab(ex["pattern"], ex["pattern_specific"], margins=True))
specific = ex[ex["pattern_specific"]]
display(specific[["api", "pattern", "call", "outcome", "detail"]].head(12))
assert len(specific) == c["exposes_pattern_specific"]
"""),
    ("md", """\
A typical pattern-specific finding: `api_mapping.json` maps `torch.Tensor.masked_scatter` with
`ChangePrefixMatcher`, i.e. it declares the paddle method call-compatible. PaConvert's own tests
only call `x.masked_scatter(mask, source)` positionally, which passes. Called by keyword, as torch
allows, the converted code passes `source=` to a paddle method whose parameter is named `value`:"""),
    ("code", """\
import paddle
from paddlecamp.apicompat import audit
print("api_mapping.json:", audit.paconvert_mapping()["torch.Tensor.masked_scatter"])
print("paddle:", inspect.signature(paddle.Tensor.masked_scatter))
ms = specific[specific["api"] == "torch.Tensor.masked_scatter"]
assert len(ms) >= 1
for _, row in ms.iterrows():
    print(row["pattern"], "|", row["call"], "|", row["detail"])
    print("  the source case:", row["source_outcome"]["torch"], row["source_outcome"]["convert"], row["source_outcome"]["paddle"])
"""),
    ("md", """\
## Summary

* Four call patterns test four parts of a conversion rule: parameter order, keyword renaming,
  matching by name, and defaults. `testscan` reads PaConvert-style test files without importing
  them and classifies every call of the API against torch's signature.
* `testgen` derives each missing pattern from an existing case by rewriting only the API call,
  renders it as the next `test_case_N` in the file's own style, and writes nothing that does not
  run under torch; where paddle is present the case is also converted and compared.
* On PaConvert's own suite, the figures above come from the committed run: how many APIs miss
  each pattern, how many generated cases pass, and which ones expose conversion problems.
* The scan is only as good as torch's documented signatures: overloads and docstring names that
  differ from the real ones make some generated calls fail under torch (they are dropped) and
  some gaps uncertain (reported as such).

## Exercises

1. Run `paddlecamp convert check-tests` on a few PaConvert test files of one namespace
   (`--api nn.functional`) and read the generated calls. Which pattern is missing most often there?
2. Pick one case from the "expose" table, convert it with `paconvert --in_dir a.py --out_dir b.py`
   and find which entry of `api_mapping.json` is responsible. Is the bug in `kwargs_change`,
   `args_list` or the default values?
3. `torch.Tensor.bfloat16` documents `memory_format` but rejects it by position. Write a check
   that finds, over all Tensor methods, parameters that are keyword-only in practice but not in
   the docstring (hint: the torch failures of `all_positional` cases in the results file).
4. A fifth pattern: *a parameter given its default explicitly* (`keepdim=False`). Add it to
   `classify` and `rewrite_call`; which mapping bugs would it catch that the four do not?
"""),
]
