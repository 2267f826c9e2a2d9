"""Dataflow and scheduling: the order a compiler runs a graph in decides its memory and its parallelism.

Three minimal examples, each measured by running it:

* ``schedule_order`` — one graph, two topological orders: running each branch to its reduction
  before starting the next keeps one big intermediate alive instead of four (liveness model over
  the fx graph, cross-checked against the allocator through ``torch.profiler``), and the order
  TorchInductor's wrapper actually runs;
* ``recompute`` — activation checkpointing in a training step: saved activation bytes versus the
  forward ops re-run in backward, for eager ``torch.utils.checkpoint`` and for AOTAutograd's two
  partitioners (save everything vs min-cut rematerialization);
* ``parallel_branches`` — independent branches: total work versus the critical path (span) of
  the fx graph, how re-associating a sum shortens the span, and the straight-line launch sequence
  inductor emits on CPU.

The graph each slide shows is the code that is run: every example ``exec``s its own ``code``.
"""
from __future__ import annotations

from typing import Any, Callable

from paddlecamp.slides.examples.result import ExampleResult
from paddlecamp.slides.examples.slide_code import define as _define
from paddlecamp.slides.examples.slide_code import size_text as _size

REFERENCES_SCHEDULE = [
    "TorchInductor / PyTorch 2 (ASPLOS'24)",
    "XLA: HLO scheduling (memory-aware list scheduler)",
    "TVM (OSDI'18)",
    "Ahn et al., Ordering Chaos: Memory-Aware Scheduling (MLSys'20)",
]


SCHEDULE_CODE = '''\
import torch

def branches(x, w1, w2, w3, w4):
    a = x @ w1                 # 每个 [m, n]，都很大
    b = x @ w2
    c = x @ w3
    d = x @ w4
    return a.sum() + b.sum() + c.sum() + d.sum()
'''

SCHEDULE_PADDLE = SCHEDULE_CODE.replace("import torch", "import paddle")


def schedule_sizes(smoke: bool) -> tuple[int, int, int]:
    """(m, k, n) of ``branches``: x is [m, k], each weight [k, n]."""
    return (64, 16, 256) if smoke else (512, 64, 1024)


def schedule_order(smoke: bool = True) -> ExampleResult:
    """Same graph, two topological orders: peak live bytes by liveness, checked on the allocator."""
    import torch
    import torch.fx

    from paddlecamp.slides.examples import liveness

    m, k, n = schedule_sizes(smoke)
    fn = _define(SCHEDULE_CODE)["branches"]
    gen = torch.Generator().manual_seed(0)
    args = [torch.randn(m, k, generator=gen)] + [torch.randn(k, n, generator=gen) for _ in range(4)]
    gm = torch.fx.symbolic_trace(fn)
    info = liveness.storage_map(gm, *args)
    written = [nd.name for nd in liveness.compute_nodes(gm)]
    depth_first = liveness.depth_first_order(gm)
    peaks = {}
    for label, order in (("written", written), ("depth_first", depth_first)):
        lts = liveness.buffer_lifetimes(gm, info, order, count_inputs=False)
        peaks[label] = liveness.peak_live_bytes(lts)
        peaks[label + "_measured"] = liveness.measured_peak_bytes(gm, args, order)
    code = liveness.inductor_wrapper_code(fn, *args)
    stats = liveness.wrapper_allocation_stats(code)
    body = liveness.wrapper_call_body(code)
    launches = [ln.strip() for ln in body.splitlines()
                if ln.strip().startswith(("extern_kernels.mm", "cpp_fused_"))]
    # inductor runs depth first when each mm is directly followed by the kernel reducing it
    inductor_depth_first = all(launches[i].startswith("extern_kernels.mm") and launches[i + 1].startswith("cpp_fused")
                               for i in range(0, len(launches) - 1, 2)) and len(launches) >= 8
    import paddle

    pfn = _define(SCHEDULE_PADDLE)["branches"]
    p_out = pfn(*[paddle.to_tensor(a.numpy()) for a in args])
    t_out = fn(*args)
    paddle_same = bool(abs(float(p_out) - float(t_out)) <= 1e-3 * max(1.0, abs(float(t_out))))
    metrics: dict[str, Any] = {
        "m": m, "k": k, "n": n, "branch_bytes": m * n * 4,
        "peak_written_bytes": peaks["written"], "peak_depth_first_bytes": peaks["depth_first"],
        "peak_written_measured_bytes": peaks["written_measured"],
        "peak_depth_first_measured_bytes": peaks["depth_first_measured"],
        "saving_ratio": round(peaks["written"] / peaks["depth_first"], 2),
        "inductor_peak_bytes": stats.peak_bytes, "inductor_allocations": stats.allocations,
        "inductor_reuses": stats.reuses, "inductor_depth_first": int(inductor_depth_first),
        "written_order": " ".join(written), "depth_first_order": " ".join(depth_first),
        "paddle_same": int(paddle_same),
    }
    order_word = "逐分支（深度优先）" if inductor_depth_first else "按书写顺序"
    today = (f"按书写顺序峰值 {_size(peaks['written'])}，逐分支归约后 {_size(peaks['depth_first'])}"
             f"（省 {metrics['saving_ratio']} 倍）；Inductor 实际{order_word}执行，复用缓冲 {stats.reuses} 次，"
             f"峰值 {_size(stats.peak_bytes)}。")
    table = [
        ["执行顺序", "峰值（模型）", "峰值（实测分配器）"],
        ["按书写顺序", _size(peaks["written"]), _size(peaks["written_measured"])],
        ["深度优先", _size(peaks["depth_first"]), _size(peaks["depth_first_measured"])],
        ["Inductor 生成代码", _size(stats.peak_bytes), "—"],
    ]
    return ExampleResult(
        key="dataflow.schedule_order", category="dataflow", title="调度顺序决定峰值内存",
        code=SCHEDULE_CODE, paddle_code=SCHEDULE_PADDLE,
        ideal="在所有拓扑序中选峰值内存最小的一个：大张量产生后尽快被消费、释放。",
        today=today,
        open_problem="最小峰值调度在一般 DAG 上是 NP 难的；与融合、并行度、重计算的联合优化仍靠启发式。",
        metrics=metrics, table=table,
        notes=(f"x 为 [{m}, {k}]、每个分支输出 [{m}, {n}] fp32（{_size(m * n * 4)}）。峰值由活跃性模型算出："
               "每个张量从产生它的算子活到最后一个使用者，输入不计。实测列在同样的顺序下逐节点执行 fx 图、"
               "用完即释放，由 torch.profiler 的分配事件累计得到。Inductor 一栏解析其生成的 wrapper 中 "
               "empty_strided_cpu 与 del、# reuse 行。Paddle 版本结果与 torch 一致"
               f"（{'是' if paddle_same else '否'}）。"),
        references=REFERENCES_SCHEDULE,
    )


RECOMPUTE_CODE = '''\
import torch
from torch.utils.checkpoint import checkpoint

def block(x):                  # L 层逐元素算子
    for _ in range(4):
        x = torch.sin(x)       # sin 为反向保存其输入
    return x

def step(x, ckpt=False):
    if ckpt:                   # 只存 x，反向时重跑 block
        y = checkpoint(block, x, use_reentrant=False)
    else:
        y = block(x)
    y.sum().backward()
'''

RECOMPUTE_LAYERS = 4


def recompute_size(smoke: bool) -> int:
    """Elements of the activation in ``recompute``."""
    return 1 << 12 if smoke else 1 << 20


def _saved_and_backward_ops(step: Callable, x, ckpt: bool) -> tuple[int, int, int, int]:
    """(saved tensors, saved bytes, forward ops re-run in backward, backward aten ops) of one step."""
    import torch
    from torch.utils._python_dispatch import TorchDispatchMode

    saved: list[int] = []

    def pack(t):
        saved.append(t.untyped_storage().nbytes())
        return t

    class OpLog(TorchDispatchMode):
        def __init__(self) -> None:
            super().__init__()
            self.ops: list[str] = []

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            self.ops.append(func.overloadpacket.__name__)
            return func(*args, **(kwargs or {}))

    block = step.__globals__["block"]
    checkpoint = step.__globals__["checkpoint"]
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        y = checkpoint(block, x, use_reentrant=False) if ckpt else block(x)
    loss = y.sum()
    with OpLog() as log:
        loss.backward()
    real = [op for op in log.ops if op != "detach"]
    return len(saved), sum(saved), real.count("sin"), len(real)


def _aot_saved(block: Callable, x, partition) -> tuple[int, int, int]:
    """(saved tensors, saved bytes, forward ops recomputed in backward) AOTAutograd plans."""
    import torch
    from functorch.compile import aot_function, make_boxed_func

    graphs: list = []

    def capture(gm, example_inputs):
        graphs.append(gm)
        return make_boxed_func(gm.forward)

    compiled = aot_function(block, fw_compiler=capture, bw_compiler=capture, partition_fn=partition)
    compiled(x).sum().backward()
    fw, bw = graphs[0], graphs[1]
    outputs = next(nd for nd in fw.graph.nodes if nd.op == "output").args[0]
    saved = list(outputs[1:])  # the first output is the block's result; the rest go to backward
    nbytes = sum(nd.meta["val"].untyped_storage().nbytes() if "val" in nd.meta else 0 for nd in saved)
    recomputed = sum(1 for nd in bw.graph.nodes if nd.op == "call_function" and "sin" in str(nd.target))
    torch._dynamo.reset()
    return len(saved), nbytes, recomputed


def recompute(smoke: bool = True) -> ExampleResult:
    """Activation checkpointing: saved bytes fall to the input, at the price of re-run forward ops."""
    import torch
    from functorch.compile import default_partition, min_cut_rematerialization_partition

    n = recompute_size(smoke)
    ns = _define(RECOMPUTE_CODE)
    rows = {}
    for ckpt in (False, True):
        x = torch.randn(n, requires_grad=True, generator=torch.Generator().manual_seed(0))
        rows["checkpoint" if ckpt else "eager"] = _saved_and_backward_ops(ns["step"], x, ckpt)
    aot = {}
    for label, part in (("aot_default", default_partition), ("aot_mincut", min_cut_rematerialization_partition)):
        x = torch.randn(n, requires_grad=True, generator=torch.Generator().manual_seed(0))
        aot[label] = _aot_saved(ns["block"], x, part)
    metrics: dict[str, Any] = {"elements": n, "layers": RECOMPUTE_LAYERS}
    for label, (count, nbytes, rerun, bw_ops) in rows.items():
        metrics.update({f"{label}_saved": count, f"{label}_saved_bytes": nbytes,
                        f"{label}_recomputed_ops": rerun, f"{label}_backward_ops": bw_ops})
    for label, (count, nbytes, rerun) in aot.items():
        metrics.update({f"{label}_saved": count, f"{label}_saved_bytes": nbytes, f"{label}_recomputed_ops": rerun})
    e, c = rows["eager"], rows["checkpoint"]
    today = (f"全保存 {e[0]} 个激活 {_size(e[1])}；checkpoint 只存 {c[0]} 个 {_size(c[1])}，反向重跑 {c[2]} 个 sin；"
             f"AOTAutograd 最小割自动只存 {aot['aot_mincut'][0]} 个。")
    table = [
        ["策略", "保存张量", "保存字节", "反向重算算子"],
        ["eager 全保存", str(e[0]), _size(e[1]), str(e[2])],
        ["torch.utils.checkpoint", str(c[0]), _size(c[1]), str(c[2])],
        ["AOT 默认划分", str(aot["aot_default"][0]), _size(aot["aot_default"][1]), str(aot["aot_default"][2])],
        ["AOT 最小割", str(aot["aot_mincut"][0]), _size(aot["aot_mincut"][1]), str(aot["aot_mincut"][2])],
    ]
    return ExampleResult(
        key="dataflow.recompute", category="dataflow", title="重计算：以算换存",
        code=RECOMPUTE_CODE,
        ideal="按内存预算和算子代价自动决定哪些激活保存、哪些在反向重算，总时间最短且不超内存。",
        today=today,
        open_problem="最优检查点选择是带内存约束的调度问题（Checkmate 用整数规划）；与融合、并行切分、卸载联合决策仍未解决。",
        metrics=metrics, table=table,
        notes=(f"激活为 {n} 个 fp32 元素、{RECOMPUTE_LAYERS} 层 sin。保存量由 saved_tensors_hooks 的 pack 钩子实测；"
               "反向算子由 TorchDispatchMode 记录（不计 detach）。AOTAutograd 两行用 aot_function 捕获前向/反向图，"
               "前向图除结果外的输出即为留给反向的张量。最小割把逐元素算子视为可廉价重算，故只存输入。"
               f"checkpoint 重跑 {c[2]} 个而非 {RECOMPUTE_LAYERS} 个 sin：最后一层的输出反向用不到，提前停止省掉了它。"),
        references=["Chen et al. 2016, Training Deep Nets with Sublinear Memory Cost",
                    "Checkmate (MLSys'20)", "TorchInductor / PyTorch 2 (ASPLOS'24): AOTAutograd min-cut"],
    )


BRANCH_CODE = '''\
import torch

def heads(x, w1, w2, w3, w4):
    a = (x @ w1).relu()        # 四个互不依赖的分支
    b = (x @ w2).relu()
    c = (x @ w3).relu()
    d = (x @ w4).relu()
    return a + b + c + d       # 链式相加：3 步串行

def heads_tree(x, w1, w2, w3, w4):
    a, b = (x @ w1).relu(), (x @ w2).relu()
    c, d = (x @ w3).relu(), (x @ w4).relu()
    return (a + b) + (c + d)   # 树形相加：2 步
'''


BRANCH_PADDLE = '''\
import paddle
import paddle.nn.functional as F

def heads(x, w1, w2, w3, w4):
    a = F.relu(x @ w1)
    b = F.relu(x @ w2)
    c = F.relu(x @ w3)
    d = F.relu(x @ w4)
    return a + b + c + d
'''


def critical_path(gm) -> tuple[int, int]:
    """(total compute ops, ops on the longest dependency chain) of an fx graph, each op weight 1."""
    from paddlecamp.slides.examples.liveness import COMPUTE_OPS

    depth: dict[str, int] = {}
    total = 0
    for nd in gm.graph.nodes:
        before = max((depth.get(a.name, 0) for a in nd.all_input_nodes), default=0)
        if nd.op in COMPUTE_OPS:
            total += 1
            depth[nd.name] = before + 1
        else:
            depth[nd.name] = before
    return total, max(depth.values(), default=0)


def branch_sizes(smoke: bool) -> tuple[int, int]:
    """(m, d): x is [m, d], each weight [d, d]."""
    return (32, 64) if smoke else (256, 512)


def parallel_branches(smoke: bool = True) -> ExampleResult:
    """Work vs span of a four-branch graph; inductor on CPU launches everything one after another."""
    import torch
    import torch.fx

    from paddlecamp.slides.examples import liveness

    m, d = branch_sizes(smoke)
    ns = _define(BRANCH_CODE)
    gen = torch.Generator().manual_seed(0)
    args = [torch.randn(m, d, generator=gen)] + [torch.randn(d, d, generator=gen) / d ** 0.5 for _ in range(4)]
    chain_ops, chain_span = critical_path(torch.fx.symbolic_trace(ns["heads"]))
    tree_ops, tree_span = critical_path(torch.fx.symbolic_trace(ns["heads_tree"]))
    same = bool(torch.allclose(ns["heads"](*args), ns["heads_tree"](*args), rtol=1e-5, atol=1e-5))
    stats = liveness.wrapper_allocation_stats(liveness.inductor_wrapper_code(ns["heads"], *args))
    launches = stats.kernels + stats.extern_calls
    import paddle

    pns = _define(BRANCH_PADDLE)
    p_out = pns["heads"](*[paddle.to_tensor(a.numpy()) for a in args]).numpy()
    paddle_same = bool(torch.allclose(torch.from_numpy(p_out), ns["heads"](*args), rtol=1e-4, atol=1e-4))
    metrics: dict[str, Any] = {
        "m": m, "d": d, "ops": chain_ops, "span_chain": chain_span, "span_tree": tree_span,
        "tree_ops": tree_ops, "parallelism_chain": round(chain_ops / chain_span, 2),
        "parallelism_tree": round(tree_ops / tree_span, 2), "tree_same_result": int(same),
        "inductor_kernels": stats.kernels, "inductor_extern_calls": stats.extern_calls,
        "inductor_launches": launches, "paddle_same": int(paddle_same),
    }
    today = (f"{chain_ops} 个算子、关键路径 {chain_span} 步，树形相加缩到 {tree_span} 步；Inductor 在 CPU 上顺序发出 "
             f"{launches} 次调用（{stats.extern_calls} 个 mm + {stats.kernels} 个融合核），分支不并发。")
    table = [
        ["写法", "算子数", "关键路径", "理想并行度"],
        ["链式相加", str(chain_ops), str(chain_span), str(metrics["parallelism_chain"])],
        ["树形相加", str(tree_ops), str(tree_span), str(metrics["parallelism_tree"])],
        ["Inductor CPU 调用序列", str(launches), str(launches), "1.0"],
    ]
    return ExampleResult(
        key="dataflow.parallel_branches", category="dataflow", title="数据依赖与并行分支",
        code=BRANCH_CODE, paddle_code=BRANCH_PADDLE,
        ideal="识别互不依赖的分支并让它们并发（多流、多核分组或合并成一次批量 matmul），关键路径决定下限。",
        today=today,
        open_problem="分支并发与算子内并行争用同一批核；何时并发、何时横向合并（如合成 batched GEMM）缺少可靠代价模型。",
        metrics=metrics, table=table,
        notes=(f"x 为 [{m}, {d}]，四个权重 [{d}, {d}]。算子数与关键路径在 symbolic_trace 得到的 fx 图上按每个算子权重 1 "
               "计算；树形写法结果与链式一致（浮点加法重结合可能差最后几位，已用 allclose 校验）。"
               "Inductor 一行统计其生成 wrapper 中的调用：CPU wrapper 是一段顺序 Python，并行只发生在单个核函数内部（OpenMP）。"
               f"Paddle 版本结果一致（{'是' if paddle_same else '否'}）。"),
        references=["TorchInductor / PyTorch 2 (ASPLOS'24)", "TVM (OSDI'18)",
                    "Rammer (OSDI'20): inter-operator parallelism", "IOS (MLSys'21): inter-operator scheduler"],
    )


EXAMPLES: dict[str, Callable[..., ExampleResult]] = {
    "schedule_order": schedule_order,
    "recompute": recompute,
    "parallel_branches": parallel_branches,
}
