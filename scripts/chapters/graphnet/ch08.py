"""Chapter 6.8: the AI-compiler problems of the deck, interactively (same code as the slides)."""

FILE = "08-compiler-problems.ipynb"

CELLS = [
    ("md", """# 6.8 AI 编译器的技术问题：从真实计算图到最小例子

AI 编译器的研究难在哪里？新同学往往缺少真实的问题背景：不知道模型里哪些结构最常见，也不知道今天的编译器在哪些地方做得好、
哪些地方还做不好。这一章和幻灯片《实践驱动的 AI 编译器技术问题：背景与分类》用的是**同一份代码**：

1. 先看 GraphNet 公开样本的统计：哪些算子最常见，可融合的模式有多少；
2. 再把问题分成四类（图优化、数据流与调度、算子融合、内存管理），每一类都有一个最小可复现的计算图；
3. 每个例子都现场运行：测量今天的编译器（`torch.compile`，Inductor 的 CPU 后端）实际做了什么；
4. 最后用 `paddlecamp slides build` 把同样的结果生成可编辑的 PPT。

幻灯片上的数字不是手写的：它们就是下面这些单元格运行时算出来的。"""),
    ("params", """SMOKE = True          # CI: one example per category; False runs every example at full size
DEVICE = "auto"       # the examples run on CPU
BUILD_DECK = False    # True also writes build/slides/ai-compiler.pptx from this notebook"""),
    ("code", """import inspect
import warnings

import matplotlib.pyplot as plt
import pandas as pd

warnings.filterwarnings("ignore")
plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
plt.rcParams["axes.unicode_minus"] = False

from paddlecamp.slides import charts
from paddlecamp.slides.examples import all_examples, by_category
from paddlecamp.slides.facts import corpus_facts, graphnet_stats"""),
    ("md", """## 1. 真实计算图里有什么

统计来自 `paddlecamp graphs stats` 对 GraphNet 公开仓库的全部样本（torch 与 Paddle）的解析——解析只读代码，从不执行样本。
结果记录在 `data/results/graphs-stats-graphnet.json`，由 `data/graphs/graphnet_stats.py` 重新生成。"""),
    ("code", """stats = graphnet_stats()
facts = corpus_facts(stats)
print(f"GraphNet {facts['graphnet_commit']}: torch {facts['torch_parsed']}/{facts['torch_samples']} parsed, "
      f"Paddle {facts['paddle_parsed']}/{facts['paddle_samples']} parsed")
assert facts["torch_parsed"] <= facts["torch_samples"] and facts["paddle_parsed"] <= facts["paddle_samples"]
rows = charts.graphnet_table(stats)
pd.DataFrame(rows[1:], columns=rows[0]).set_index("")"""),
    ("code", """fig = charts.graphnet_ops(stats)
fig"""),
    ("md", """矩阵乘和卷积之外，直方图的前列几乎都是访存受限的算子：加法、乘法、转置、视图变换、激活函数。
它们计算量很小，却要完整地读写一遍张量——这正是融合和布局优化能省下来的部分。下面按来源看可融合模式的密度："""),
    ("code", """fig = charts.graphnet_patterns(stats)
fig"""),
    ("md", """## 2. 四类问题，每类一个最小例子

每个例子都是一个函数 `fn(smoke=True) -> ExampleResult`：它构造计算图、运行 eager 与编译版本、测量，并把测得的数字填进幻灯片的文字。
`tests/slides` 里的测试用手工推导的公式独立核对每一页的结论。"""),
    ("code", """registry = all_examples()
by_cat = by_category(list(registry))
pd.DataFrame([(c, len(ks), ", ".join(k.split(".", 1)[1] for k in ks)) for c, ks in by_cat.items()],
             columns=["类别", "例子数", "例子"])"""),
    ("code", """chosen = [ks[0] for ks in by_cat.values() if ks] if SMOKE else list(registry)
results = {}
for key in chosen:
    results[key] = registry[key](smoke=SMOKE)
    r = results[key]
    assert r.key == key and r.title and r.today
    print(f"[{r.category}] {r.title}\\n  今天：{r.today}\\n")"""),
    ("md", """看其中一个例子的全部内容：计算图（幻灯片上展示的代码，可以直接运行）、测得的指标，以及生成它的函数本身。"""),
    ("code", """first = results[chosen[0]]
print(first.code)
namespace = {}
exec(first.code, namespace)   # the code on the slide runs as shown
pd.Series(first.metrics, name=first.key).to_frame()"""),
    ("code", """print(inspect.getsource(registry[chosen[0]])[:3000])"""),
    ("md", """## 3. 实测汇总

下面的表就是幻灯片的“实测汇总”页：每一行都是刚才运行得到的结果。"""),
    ("code", """summary = pd.DataFrame([(r.category, r.title, r.today) for r in results.values()],
                       columns=["类别", "问题", "今天的编译器（实测）"])
summary"""),
    ("md", """## 4. 生成幻灯片

`paddlecamp slides build`（`make slides`，`make run` 的一部分）运行全部例子、画图、排版，写出可编辑的
`build/slides/ai-compiler.pptx`；装有 LibreOffice 时再渲染成 PDF 和逐页 PNG 以检查每一页都能显示。
文字放不下时构建会失败并指出是哪一页、哪个字段——幻灯片从数据重新生成，从不手工编辑。"""),
    ("code", """if BUILD_DECK:
    from paddlecamp.slides.build import build_deck
    report = build_deck("../../slides/ai-compiler", "../../build/slides", smoke=SMOKE)
    print(report.pptx, len(report.slides), "slides")
else:
    from paddlecamp.slides.source import read_deck
    from paddlecamp import repo_path
    deck = read_deck(repo_path("slides", "ai-compiler"))
    print(deck.title, "—", len(deck.slides), "entries in the source;",
          sum(1 for s in deck.slides if s.type == "examples"), "of them expand into one slide per example")"""),
    ("md", """## Summary

- GraphNet 的真实计算图里，大量算子是访存受限的：逐元素链、布局算子、矩阵乘后面的逐元素尾部，都是编译器可以减少数据搬运的地方。
- 把问题分成图优化、数据流与调度、算子融合、内存管理四类，每类都能写成一个最小可复现的单元测试式计算图。
- 今天的编译器（这里测的是 Inductor）在简单的逐元素融合上做得很好，而在归约链、数据相关的算子、动态形状和内存规划上还有明显的开放问题。
- 幻灯片、这一章和测试共用同一份代码，所以数字只有一个来源。

## Exercises

1. 在 `paddlecamp.slides.examples.fusion` 里把逐元素链加长到 8 个算子，访存模型预测的字节数怎么变？Inductor 仍然只生成一个内核吗？
2. 用 `paddlecamp graphs stats` 统计某一个来源（例如 `timm`）的样本，它的可融合模式密度和整体相比如何？
3. 为“内存管理”一类再写一个例子（例如梯度累积时的缓冲区复用），并写一个能失败的测试来断言你的结论。"""),
]
