"""Chapter 01 of Track 3: how PaConvert works (cells for paconvert_chapters.py)."""

FILE = "01-how-paconvert-works.ipynb"

CELLS = [
    ("md", """\
# 01 · How PaConvert works

PaConvert turns a PyTorch program into a PaddlePaddle program: `torch.flatten(x, 1)` becomes
`paddle.flatten(x, 1)`, `torch.optim.SGD(model.parameters(), lr=0.1)` becomes
`paddle.optimizer.SGD(parameters=model.parameters(), learning_rate=0.1)`. It is the acceptance
standard of Paddle's API-compatibility work: an API counts as supported when PaConvert converts
it and the converted program gives torch's numbers. Question: **what does PaConvert actually do
to a file, and how do we know the converted program computes the same thing?**

Three parts: the *mapping data* (one JSON entry per torch API), the *matchers* (one Python class
per kind of rule) and the *AST transform* that walks a file and asks the matchers for each call.
Then we convert a small real model, run both versions and compare."""),
    ("params", """\
SMOKE = True
# the torch model converted at the end (a file under data/convert/models)
MODEL = "tiny_cnn.py"
"""),
    ("code", """\
import ast
import inspect
import json
import warnings
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

warnings.filterwarnings("ignore")
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from paconvert import api_matcher
from paconvert.base import BaseMatcher
from paconvert.converter import Converter

from paddlecamp import repo_path
from paddlecamp.convert import check as C
from paddlecamp.convert import run as R
from paddlecamp.convert.matchers import paconvert_mapping

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
from importlib.metadata import version
print("paconvert", version("paconvert"), "| paddlepaddle", version("paddlepaddle"), "| torch", version("torch"))
"""),
    ("md", """\
## 1. The mapping data

`api_mapping.json` ships inside the package. Each key is a torch API; the value names the
`Matcher` class that converts it and the data that class needs: `paddle_api`, torch's
`args_list` (the order of positional arguments), `kwargs_change` (torch name -> paddle name,
`""` to drop the argument), `unsupport_args` (present -> the call is refused),
`paddle_default_kwargs` (where paddle's default differs). Some real entries:"""),
    ("code", """\
mapping = paconvert_mapping()
for api in ["torch.flatten", "torch.optim.SGD", "torch.nn.functional.kl_div", "torch.autograd.grad"]:
    print(api, json.dumps(mapping[api], indent=1), sep=" = ", end="\\n\\n")
"""),
    ("code", """\
by_matcher = Counter(entry.get("Matcher", "(none: not convertible)") for entry in mapping.values())
print(f"{len(mapping)} torch APIs, {len(by_matcher)} matcher names in the data")
top = pd.Series(dict(by_matcher.most_common(12)))
ax = top[::-1].plot.barh(figsize=(7, 4), title="api_mapping.json: entries per Matcher (top 12)")
ax.set_xlabel("torch APIs")
plt.tight_layout()
plt.show()
share = by_matcher["ChangePrefixMatcher"] / len(mapping)
assert 0.3 < share < 0.7
print(f"ChangePrefixMatcher (the paddle API takes torch's call as is): {share:.0%} of the entries")
"""),
    ("md", """\
About half of the entries are `ChangePrefixMatcher`: Paddle 3 accepts torch's signature for those
APIs (chapter 02 of the API-compatibility track shows how), so converting is renaming the
prefix. The entries without a `Matcher` are torch APIs PaConvert knows and cannot convert.

## 2. The matchers

The behaviour lives in classes in `paconvert/api_matcher.py`, all subclasses of `BaseMatcher`.
The data names a class; the class turns one call into paddle code."""),
    ("code", """\
classes = {name: cls for name, cls in vars(api_matcher).items()
           if inspect.isclass(cls) and issubclass(cls, BaseMatcher) and cls is not BaseMatcher}
used = {e.get("Matcher") for e in mapping.values()} - {None}
print(f"{len(classes)} matcher classes; {len(used & set(classes))} of them are named in api_mapping.json")
assert used <= set(classes) | {None}
print(inspect.getsource(api_matcher.ChangePrefixMatcher))
"""),
    ("md", """\
`ChangePrefixMatcher` returns the call with `torch` replaced by `paddle`, keeping every argument.
`GenericMatcher` is the data-driven workhorse: it binds the call's arguments to `args_list`,
renames them with `kwargs_change`, refuses `unsupport_args`, adds `paddle_default_kwargs`. The
others handle the special cases (an optimizer's `lr` that may be a scheduler, a momentum whose
meaning is reversed, `size_average`/`reduce` legacy flags, ...).

## 3. The AST transform

A file is parsed with `ast`, then walked by four transformers in order: imports (record which
names mean torch, drop torch imports, add `import paddle`), the API transformer (each call,
attribute and method is looked up in the mapping and its matcher asked for new nodes), and two
passes for C++ custom ops. Then the tree is printed (`astor`), formatted (black, isort), and
lines PaConvert could not convert are marked:"""),
    ("code", """\
print(inspect.getsource(Converter.transfer_node))
"""),
    ("code", """\
src = '''\\
import torch
import torch.nn.functional as F
x = torch.ones(2, 3)
y = F.relu(torch.flatten(x, 1))
opt = torch.optim.SGD([x], lr=0.1, momentum=0.9, dampening=0.5)
'''
tree = ast.parse(src)
call = tree.body[3].value
print("the call node PaConvert's transformer visits:", ast.dump(call.args[0], indent=None)[:160], "...")
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    converted, failed, _ = R.paconvert_files({"demo.py": src}, Path(tmp), single=True)
print(converted["demo.py"])
print("PaConvert's log, lines it could not convert:", failed)
assert converted["demo.py"].splitlines()[-1].startswith(">>>>>>")
"""),
    ("md", """\
The SGD line came out prefixed `>>>>>>`: PaConvert cannot express torch's `dampening`, so it
leaves torch code in a paddle file, and the file **is no longer valid Python**. `paddlecamp
convert run` (chapter 05 shows its own matchers) never writes such a file silently: it reports
the file, the line and the torch code there, and writes nothing for that file."""),
    ("code", """\
with tempfile.TemporaryDirectory() as tmp:
    (Path(tmp) / "demo.py").write_text(src)
    report = R.convert(Path(tmp) / "demo.py", Path(tmp) / "demo_paddle.py", progress=False)
    written = (Path(tmp) / "demo_paddle.py").exists()
for f in report.files:
    print(f.status, "written" if f.written else "not written")
    print("\\n".join(f.describe()))
assert report.files[0].status == "unsupported" and not written
"""),
    ("md", """\
## 4. A small real model, converted and run

`data/convert/models/tiny_cnn.py` is an ordinary PyTorch script: a convolution, pooling, two
linear layers with GELU and LayerNorm, cross-entropy, and three steps of SGD with Nesterov
momentum and weight decay. Its weights and data come from NumPy, so the torch original and the
converted program start from the same numbers. A `# paddlecamp: check ...` comment names the
results to compare."""),
    ("code", """\
model_src = repo_path("data", "convert", "models", MODEL)
print(model_src.read_text())
"""),
    ("code", """\
workdir = tempfile.TemporaryDirectory(prefix="ch01-")   # removed when the kernel exits
work = Path(workdir.name)
report = R.convert(model_src, work / MODEL, progress=False)
(model,) = report.files
print(model.status, "| rewritten by the project's matchers:", [(a.line, a.torch_api, a.matcher) for a in model.applied])
print("\\n".join(model.describe()) or "no warnings")
print((work / MODEL).read_text())
"""),
    ("md", """\
Two things to notice. The optimizer line converted only because of the project's
`SgdMomentumMatcher` (plain PaConvert marks SGD with momentum `>>>>>>`; chapter 05). And the
output names `paddle.nn.MaxPool2d`, which the installed Paddle 3.3.1 does not have: PaConvert
3.3.1 maps to the API of Paddle's development line, where torch-style aliases such as
`MaxPool2d` exist. `convert run` checks every `paddle.*` name of the output against the
installed wheel and warns.

Now run all three: the torch original, the converted file on stock Paddle, and the converted
file with the API-compatibility layer of Track 2 switched on (`paddlecamp.apicompat.enable()`,
which adds such aliases). Each runs in its own process."""),
    ("code", """\
names = C.names_from_comment(model_src.read_text())
with ThreadPoolExecutor(2) as pool:
    torch_run = pool.submit(C.run_file, model_src, names)
    stock_run = pool.submit(C.run_file, work / MODEL, names)
    compat_run = pool.submit(C.run_file, work / MODEL, names, 120.0, True)
    torch_run, stock_run, compat_run = torch_run.result(), stock_run.result(), compat_run.result()
print("stock paddle:", stock_run["error"])
verdicts = C.compare_runs(torch_run, compat_run, names, rtol=1e-5, atol=1e-6)
print("with Track 2's compat layer:")
print("\\n".join(C.format_results(verdicts)))
assert not stock_run["ok"] and "MaxPool2d" in stock_run["error"]
assert all(v.verdict == "equal" for v in verdicts)
"""),
    ("code", """\
import numpy as np
t_losses = [i["value"] for i in torch_run["results"]["losses"]["items"]]
p_losses = [i["value"] for i in compat_run["results"]["losses"]["items"]]
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(range(1, 4), t_losses, "o-", label="torch original")
ax.plot(range(1, 4), p_losses, "x--", markersize=10, label="converted, paddle")
ax.set_xlabel("training step"); ax.set_ylabel("cross-entropy"); ax.set_xticks([1, 2, 3])
ax.set_title("tiny_cnn.py: the same losses on both sides")
ax.legend(); plt.tight_layout(); plt.show()
print("largest loss difference:", max(abs(a - b) for a, b in zip(t_losses, p_losses)))
assert np.allclose(t_losses, p_losses, rtol=1e-5)
"""),
    ("md", """\
Logits before training, the three losses, and the convolution and output-layer weights after
three optimizer steps agree to float32 rounding. The same comparison is one command:

```
paddlecamp convert run data/convert/models/tiny_cnn.py out/tiny_cnn.py --check --compat
```

## Summary

* PaConvert is data plus behaviour: ~1,900 entries in `api_mapping.json`, each naming one of
  the matcher classes in `api_matcher.py`; about half are `ChangePrefixMatcher`, a rename.
* The conversion is an AST transform: imports first, then every call, attribute and method
  through its matcher, then black/isort. What it cannot convert stays torch code behind
  `>>>>>>`, and the file stops being Python.
* A converted file is trusted only after running it: `--check` runs both programs and compares
  named results. On the tiny CNN it found that PaConvert 3.3.1 targets Paddle API names the
  3.3.1 wheel lacks (`paddle.nn.MaxPool2d`); with Track 2's compat layer the converted model
  trains exactly like the original.

## Exercises

1. Count the entries whose `unsupport_args` is non-empty. Which arguments appear most often?
   Which of them could never change a result (chapter 05 drops those)?
2. Replace `nn.MaxPool2d(2)` in a copy of the model with `F.max_pool2d(x, 2)` in `forward`. Does
   the converted file then run on stock Paddle 3.3.1?
3. Add `model.eval()` and an evaluation pass after training, with BatchNorm in the model. Run
   `--check`. What differs, and why (look at `running_var`)?
"""),
]
