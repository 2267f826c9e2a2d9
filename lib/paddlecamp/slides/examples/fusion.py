"""Operator fusion, minimal reproducible examples: what fusion saves and where it stops.

Six slides of the deck's fusion part, each a small torch graph that is run and measured:
``elementwise_chain`` (x*w+b -> gelu -> scale), ``reduction_broadcast`` (softmax, LayerNorm,
RMSNorm from primitives), ``matmul_epilogue`` (linear + bias + gelu + residual),
``attention`` (q@k^T -> scale -> causal mask -> softmax -> @v), ``graph_breaks``
(data-dependent Python) and ``dynamic_shapes`` (recompiles when the sequence length changes).

The code a slide shows is the code that runs: each example formats its sizes into a source
string, executes it, and measures the function it defines (traffic model over the captured fx
graph, launches in TorchInductor's generated code, graph breaks from ``torch._dynamo.explain``,
compiles from a counting backend). Paddle versions are run and compared where meaningful;
Paddle's CPU wheel has no CINN, so only its eager result is checked.
"""
from __future__ import annotations

import linecache
import operator
import re
import sys
import types
from typing import Any, Callable

from paddlecamp.slides.examples.result import ExampleResult
from paddlecamp.slides.examples.slide_code import size_text
from paddlecamp.slides.examples.traffic import (
    capture_graph,
    compile_with_inductor,
    eager_kernels,
    fuse_between,
    graph_traffic,
    kernel_source,
    loads_of,
    median_seconds,
    one_kernel,
    split_reduction_partials,
)

__all__ = ["EXAMPLES", "attention", "dynamic_shapes", "elementwise_chain", "graph_breaks",
           "matmul_epilogue", "reduction_broadcast", "run_example_code"]

REF_INDUCTOR = "TorchInductor / PyTorch 2 (ASPLOS'24)"
REF_XLA = "XLA (OpenXLA)"
REF_TVM = "TVM (OSDI'18)"
REF_CINN = "CINN (PaddlePaddle)"
REF_TRITON = "Triton (MAPL'19)"
REF_FLASH = "FlashAttention (NeurIPS'22)"
REF_CUTLASS = "CUTLASS (NVIDIA)"
REF_GRAPHNET = "GraphNet (PaddlePaddle)"



def run_example_code(code: str, name: str, **modules: Any) -> dict[str, Any]:
    """Execute an example's source (seeded) and return its namespace.

    The namespace is a registered module (Dynamo resolves a function's globals by importing its
    module) and the source is in ``linecache`` so graph-break reports can quote its lines.
    """
    import torch

    module_name = "paddlecamp_slides_example_" + re.sub(r"\W", "_", name)
    module = types.ModuleType(module_name)
    module.__dict__.update(modules)
    sys.modules[module_name] = module
    filename = f"<slides example {name}>"
    linecache.cache[filename] = (len(code), None, code.splitlines(keepends=True), filename)
    torch.manual_seed(0)
    exec(compile(code, filename, "exec"), module.__dict__)
    return module.__dict__


def _paddle_check(paddle_code: str, name: str, fn_name: str, torch_out: Any, inputs: tuple,
                  **kwargs: Any) -> float:
    """Run the Paddle version on the same numbers; max |paddle - torch|."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import paddle
    ns = run_example_code(paddle_code, f"{name}.paddle")
    args = [paddle.to_tensor(t.detach().numpy()) for t in inputs]
    out = ns[fn_name](*args, **kwargs)
    return float(abs(out.numpy() - torch_out.detach().numpy()).max())


def _close(a: Any, b: Any, tol: float = 1e-4) -> bool:
    import torch

    return bool(torch.allclose(a, b, rtol=tol, atol=tol))


def _size(nbytes: float) -> str:
    """Bytes as every slide of the deck shows them (binary units)."""
    return size_text(int(nbytes))


# --------------------------------------------------------------------------- 1. elementwise chain

_CHAIN_CODE = """\
import torch
import torch.nn.functional as F

def chain(x, w, b):
    y = x * w + b             # mul, add
    return F.gelu(y) * 0.5    # gelu, mul: 4 elementwise ops

x = torch.randn({rows}, {cols})
w, b = torch.randn({cols}), torch.randn({cols})
inputs = (x, w, b)
"""

_CHAIN_PADDLE = """\
import paddle
import paddle.nn.functional as F

def chain(x, w, b):
    y = x * w + b
    return F.gelu(y) * 0.5
"""


def elementwise_chain(smoke: bool = True) -> ExampleResult:
    """x*w+b -> gelu -> *0.5: four kernels eager, one fused; bytes by the traffic model."""
    rows, cols = (64, 256) if smoke else (1024, 4096)
    code = _CHAIN_CODE.format(rows=rows, cols=cols)
    ns = run_example_code(code, "fusion.elementwise_chain")
    fn, inputs = ns["chain"], ns["inputs"]
    eager_out = fn(*inputs)

    gm = capture_graph(fn, *inputs)
    unfused = graph_traffic(gm)
    fused = graph_traffic(gm, one_kernel(gm))
    eager = eager_kernels(fn, *inputs)
    run = compile_with_inductor(fn, *inputs, repeats=5 if smoke else 20)
    eager_s = median_seconds(fn, *inputs, repeats=5 if smoke else 20)
    paddle_diff = _paddle_check(_CHAIN_PADDLE, "fusion.elementwise_chain", "chain", eager_out, inputs)

    m: dict[str, Any] = {
        "rows": rows, "cols": cols, "elements": rows * cols,
        "graph_ops": unfused.kernels,
        "eager_kernels": len(eager),
        "inductor_kernels": len(run.launches),
        "inductor_fused_kernels": len(run.fused_kernels),
        "unfused_read_bytes": unfused.read_bytes, "unfused_written_bytes": unfused.written_bytes,
        "fused_read_bytes": fused.read_bytes, "fused_written_bytes": fused.written_bytes,
        "traffic_ratio": unfused.total_bytes / fused.total_bytes,
        "compiled_matches_eager": int(_close(run.output, eager_out)),
        "eager_ms": eager_s * 1e3, "compiled_ms": run.seconds * 1e3,
        "paddle_max_abs_diff": paddle_diff,
    }
    today = (f"Eager 启动 {m['eager_kernels']} 个 kernel，搬运 {_size(unfused.total_bytes)}；"
             f"Inductor 生成 {m['inductor_kernels']} 个 C++ kernel，流量模型下只需 "
             f"{_size(fused.total_bytes)}（少 {m['traffic_ratio']:.1f} 倍）。")
    table = [
        ["调度", "kernel 数", "读", "写"],
        ["Eager（逐算子）", str(m["eager_kernels"]), _size(unfused.read_bytes),
         _size(unfused.written_bytes)],
        ["Inductor（融合）", str(m["inductor_kernels"]), _size(fused.read_bytes),
         _size(fused.written_bytes)],
    ]
    notes = (f"输入 x 为 {rows}×{cols} 的 fp32，w、b 按列广播。字节数来自流量模型：Dynamo 捕获的 fx 图经形状传播，"
             "每个 kernel 把输入读一次、输出写一次；融合时中间值不落内存。"
             "Eager kernel 数在 ATen 分发层计数，Inductor kernel 数取自生成代码 call() 中的调用。"
             f"本机计时 eager {m['eager_ms']:.3f} ms、编译后 {m['compiled_ms']:.3f} ms（中位数），"
             "CPU 共享且负载高，计时只作参考，不写进结论。"
             f"Paddle 版本在同样输入上与 torch 最大差 {paddle_diff:.1e}；CPU 版 Paddle 不含 CINN，未测其融合。")
    return ExampleResult(
        key="fusion.elementwise_chain", category="fusion", title="逐元素算子链融合",
        code=code, paddle_code=_CHAIN_PADDLE,
        ideal="把整条逐元素链融合成一个 kernel：每个输入只读一次、结果只写一次，中间值留在寄存器里。",
        today=today,
        open_problem="逐元素融合已基本解决；难在判断何时不该融合（重复计算、寄存器压力、多个消费者），"
                     "以及在图断开和动态形状下保住融合。",
        metrics=m, table=table, notes=notes,
        references=[REF_INDUCTOR, REF_XLA, REF_TVM, REF_CINN],
    )


# --------------------------------------------------------------------------- 2. reduction + broadcast

_REDUCE_CODE = """\
import torch

def softmax(x):
    e = torch.exp(x - x.amax(-1, keepdim=True))
    return e / e.sum(-1, keepdim=True)

def layernorm(x, eps=1e-5):
    mu = x.mean(-1, keepdim=True)
    var = ((x - mu) ** 2).mean(-1, keepdim=True)
    return (x - mu) / torch.sqrt(var + eps)

def rmsnorm(x, eps=1e-6):
    return x * torch.rsqrt((x * x).mean(-1, keepdim=True) + eps)
inputs = (torch.randn({rows}, {cols}),)
"""

_REDUCE_PADDLE = """\
import paddle

def softmax(x):
    e = paddle.exp(x - paddle.amax(x, -1, keepdim=True))
    return e / e.sum(-1, keepdim=True)

def layernorm(x, eps=1e-5):
    mu = x.mean(-1, keepdim=True)
    var = ((x - mu) ** 2).mean(-1, keepdim=True)
    return (x - mu) / paddle.sqrt(var + eps)

def rmsnorm(x, eps=1e-6):
    return x * paddle.rsqrt((x * x).mean(-1, keepdim=True) + eps)
"""

_REDUCE_NAMES = ("softmax", "layernorm", "rmsnorm")


def _row_sum(x: Any) -> Any:
    return x.sum(-1)


def reduction_broadcast(smoke: bool = True) -> ExampleResult:
    """Softmax / LayerNorm / RMSNorm from primitives: one fused kernel each, several passes over x."""
    import torch

    rows, cols = (64, 128) if smoke else (1024, 1024)
    code = _REDUCE_CODE.format(rows=rows, cols=cols)
    ns = run_example_code(code, "fusion.reduction_broadcast")
    inputs = ns["inputs"]
    reference = {
        "softmax": torch.softmax(inputs[0], -1),
        "layernorm": torch.nn.functional.layer_norm(inputs[0], (cols,), eps=1e-5),
        "rmsnorm": torch.nn.functional.rms_norm(inputs[0], (cols,), eps=1e-6),
    }
    m: dict[str, Any] = {"rows": rows, "cols": cols}
    table = [["算子", "Eager kernel / 流量", "融合 kernel / 理想流量", "读 x 遍数"]]
    for name in _REDUCE_NAMES:
        fn = ns[name]
        out = fn(*inputs)
        gm = capture_graph(fn, *inputs)
        unfused, fused = graph_traffic(gm), graph_traffic(gm, one_kernel(gm))
        run = compile_with_inductor(fn, *inputs)
        passes = sum(loads_of(kernel_source(run.code, k), "in_ptr0") for k in run.fused_kernels)
        m.update({
            f"{name}_eager_kernels": len(eager_kernels(fn, *inputs)),
            f"{name}_inductor_kernels": len(run.launches),
            f"{name}_loop_nests": run.loop_nests,
            f"{name}_passes_over_x": passes,
            f"{name}_unfused_bytes": unfused.total_bytes,
            f"{name}_fused_bytes": fused.total_bytes,
            f"{name}_matches_reference": int(_close(out, reference[name])),
            f"{name}_compiled_matches_eager": int(_close(run.output, out)),
            f"{name}_paddle_max_abs_diff": _paddle_check(
                _REDUCE_PADDLE, "fusion.reduction_broadcast", name, out, inputs),
        })
        table.append([name, f"{m[f'{name}_eager_kernels']} / {_size(unfused.total_bytes)}",
                      f"{m[f'{name}_inductor_kernels']} / {_size(fused.total_bytes)}",
                      str(passes)])
    # Few, very long rows: the case where one row must be split across threads.
    long_rows = torch.randn(2, 1 << 16)
    split_run = compile_with_inductor(_row_sum, long_rows)
    m["long_row_shape"] = "×".join(map(str, long_rows.shape))
    m["long_row_kernels"] = len(split_run.launches)
    m["long_row_partials"] = sum(split_reduction_partials(kernel_source(split_run.code, k))
                                 for k in split_run.fused_kernels)
    m["torch_threads"] = torch.get_num_threads()
    m["long_row_matches_eager"] = int(_close(split_run.output, _row_sum(long_rows), 1e-3))
    e = [m[f"{n}_eager_kernels"] for n in _REDUCE_NAMES]
    k = [m[f"{n}_inductor_kernels"] for n in _REDUCE_NAMES]
    p = [m[f"{n}_passes_over_x"] for n in _REDUCE_NAMES]
    today = (f"Eager 分别启动 {e[0]}/{e[1]}/{e[2]} 个 kernel；Inductor 各融合成 "
             f"{k[0]}/{k[1]}/{k[2]} 个，但融合 kernel 内仍从内存读 x {p[0]}/{p[1]}/{p[2]} 遍（多遍归约）。")
    notes = (f"输入 {rows}×{cols} fp32，按最后一维归约再广播回去。表中流量为模型值：“理想流量”假设融合 kernel 只读一次 x、写一次结果。"
             "“读 x 遍数”数的是生成的 C++ kernel 里对输入指针的加载处：先算 max/均值，再回头读 x 做归一化。"
             "CPU 上一行通常在缓存里，多读几遍代价小；GPU 上行很长时就是真实的显存流量。"
             f"另测 {m['long_row_shape']} 的按行求和：Inductor 生成 {m['long_row_kernels']} 个 kernel，"
             f"每行拆给 {m['long_row_partials']} 个线程各算部分和再合并（拆分归约；0 表示未拆）。"
             "三种写法都与 torch 自带实现和 Paddle 版本数值一致（见 metrics）。")
    return ExampleResult(
        key="fusion.reduction_broadcast", category="fusion", title="归约 + 广播融合",
        code=code, paddle_code=_REDUCE_PADDLE,
        ideal="一行放得下片上存储时只读一次 x、写一次结果（持久化归约）；放不下时用在线 softmax、"
              "Welford 把遍数降到最少。",
        today=today,
        open_problem="多遍归约与拆分归约（行极长、行数很少时把一行拆给多个线程再合并）的选择取决于形状和硬件，"
                     "编译器仍靠启发式。",
        metrics=m, table=table, notes=notes,
        references=[REF_INDUCTOR, REF_TRITON, REF_XLA, REF_CINN],
    )


# --------------------------------------------------------------------------- 3. matmul epilogue

_EPILOGUE_CODE = """\
import torch
import torch.nn.functional as F

def block(x, w, b, r):
    y = F.linear(x, w, b)        # GEMM + bias
    return F.gelu(y) + r         # activation + residual

x, r = torch.randn({m}, {k}), torch.randn({m}, {n})
w, b = torch.randn({n}, {k}), torch.randn({n})
inputs = (x, w, b, r)
"""

_EPILOGUE_PADDLE = """\
import paddle.nn.functional as F

def block(x, w, b, r):
    y = F.linear(x, w.T, b)      # Paddle weight layout: [in, out]
    return F.gelu(y) + r
"""


def _is_gemm(node: Any) -> bool:
    import torch

    return node.target in (torch.nn.functional.linear, torch.matmul, operator.matmul, torch.mm,
                           torch.bmm, torch.addmm) or node.target in ("matmul", "mm", "bmm")


def _frozen_block(fn: Callable[..., Any], w: Any, b: Any) -> Any:
    import torch

    class Block(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.w = torch.nn.Parameter(w.clone(), requires_grad=False)
            self.b = torch.nn.Parameter(b.clone(), requires_grad=False)

        def forward(self, x, r):  # noqa: ANN001
            return fn(x, self.w, self.b, r)

    return Block().eval()


def matmul_epilogue(smoke: bool = True) -> ExampleResult:
    """linear + bias + gelu + residual: extern GEMM plus one fused epilogue kernel on CPU."""
    mm, kk, nn_ = (64, 64, 64) if smoke else (512, 1024, 1024)
    code = _EPILOGUE_CODE.format(m=mm, k=kk, n=nn_)
    ns = run_example_code(code, "fusion.matmul_epilogue")
    fn, inputs = ns["block"], ns["inputs"]
    out = fn(*inputs)

    gm = capture_graph(fn, *inputs)
    unfused = graph_traffic(gm)
    inductor_model = graph_traffic(gm, fuse_between(gm, _is_gemm))
    ideal = graph_traffic(gm, one_kernel(gm))
    run = compile_with_inductor(fn, *inputs, repeats=5)
    eager_s = median_seconds(fn, *inputs, repeats=5)
    m: dict[str, Any] = {
        "m": mm, "k": kk, "n": nn_,
        "eager_kernels": len(eager_kernels(fn, *inputs)),
        "inductor_kernels": len(run.launches),
        "inductor_extern_calls": len(run.extern_calls),
        "inductor_fused_kernels": len(run.fused_kernels),
        "inductor_gemm": ", ".join(run.extern_calls),
        "unfused_bytes": unfused.total_bytes,
        "inductor_model_bytes": inductor_model.total_bytes,
        "inductor_model_kernels": inductor_model.kernels,
        "epilogue_fused_bytes": ideal.total_bytes,
        "compiled_matches_eager": int(_close(run.output, out, 1e-3)),
        "eager_ms": eager_s * 1e3, "compiled_ms": run.seconds * 1e3,
        "paddle_max_abs_diff": _paddle_check(_EPILOGUE_PADDLE, "fusion.matmul_epilogue", "block",
                                             out, inputs),
    }
    table = [
        ["调度", "kernel 数", "流量"],
        ["Eager", str(m["eager_kernels"]), _size(unfused.total_bytes)],
        ["Inductor 默认", str(m["inductor_kernels"]), _size(inductor_model.total_bytes)],
        ["尾处理融进 GEMM", "1", _size(ideal.total_bytes)],
    ]
    tuned = ""
    if not smoke:
        # Inductor's own C++ GEMM template can fuse the epilogue, but only with frozen weights
        # and max-autotune (it benchmarks the template against the library GEMM).
        x, w, b, r = inputs
        options = {"freezing": True, "max_autotune": True, "max_autotune_gemm_backends": "CPP,ATEN"}
        tuned_run = compile_with_inductor(_frozen_block(fn, w, b), x, r, options=options)
        m["autotune_kernels"] = len(tuned_run.launches)
        m["autotune_launches"] = ", ".join(tuned_run.launches)
        m["autotune_matches_eager"] = int(_close(tuned_run.output, out, 1e-3))
        table.append(["max-autotune+冻结", str(m["autotune_kernels"]), "—"])
        tuned = f"max-autotune 后 {m['autotune_kernels']} 个。"
    today = (f"CPU 上 Inductor 默认：外部 GEMM（{m['inductor_gemm'].split('.')[-1]}，含 bias）+ "
             f"{m['inductor_fused_kernels']} 个融合 kernel 做激活与残差，M×N 结果写出再读回："
             f"{_size(inductor_model.total_bytes)}，理想 {_size(ideal.total_bytes)}。{tuned}")
    notes = (f"x 为 {mm}×{kk}，权重 {nn_}×{kk}，fp32。kernel 数取自 Inductor 生成代码 call() 里的调用；"
             "流量是模型值：默认调度按“GEMM 单独一个 kernel、其后的逐元素算子融成一个”计算，与实测调用结构一致。"
             "理想列假设 GEMM 的输出块在寄存器里直接做完 gelu 和残差再写回（CUTLASS/Triton 的 epilogue 融合）。"
             + ("smoke 模式未测 max-autotune（要基准测试 GEMM 候选，耗时数秒）。" if smoke else
                f"max-autotune（冻结权重）对 C++ GEMM 模板与库 GEMM 做基准测试后择优，本机选了："
                f"{m['autotune_launches']}，结果随机器和形状而变。")
             + "Paddle 的 F.linear 权重布局为 [in, out]，代码里转置后与 torch 结果一致。")
    return ExampleResult(
        key="fusion.matmul_epilogue", category="fusion", title="GEMM 尾处理融合",
        code=code, paddle_code=_EPILOGUE_PADDLE,
        ideal="GEMM 算完一块输出后在同一 kernel 内直接加 bias、激活、残差再写回（CUTLASS/Triton 式 epilogue），"
              "中间结果不落内存。",
        today=today,
        open_problem="库 GEMM（oneDNN、cuBLAS）是黑盒：要么用模板自己生成 GEMM（性能难追平库），"
                     "要么只能用库提供的有限 post-op。",
        metrics=m, table=table, notes=notes,
        references=[REF_INDUCTOR, REF_TRITON, REF_CUTLASS, REF_TVM],
    )


# --------------------------------------------------------------------------- 4. attention

_ATTENTION_CODE = """\
import math
import torch

def attention(q, k, v, causal=True):
    n, d = q.shape[-2], q.shape[-1]
    s = q @ k.transpose(-2, -1) / math.sqrt(d)
    if causal:
        mask = torch.ones(n, n, dtype=torch.bool).triu(1)
        s = s.masked_fill(mask, float("-inf"))
    return s.softmax(dim=-1) @ v

q, k, v = (torch.randn({b}, {h}, {n}, {d}) for _ in range(3))
inputs = (q, k, v)
"""

_ATTENTION_PADDLE = """\
import math
import paddle
import paddle.nn.functional as F

def attention(q, k, v, causal=True):
    n, d = q.shape[-2], q.shape[-1]
    s = q @ k.transpose([0, 1, 3, 2]) / math.sqrt(d)
    if causal:
        mask = paddle.triu(paddle.ones([n, n]), 1).astype("bool")
        s = s.masked_fill(mask, float("-inf"))
    return F.softmax(s, axis=-1) @ v
"""


def attention(smoke: bool = True) -> ExampleResult:
    """Attention from primitives: is it pattern-matched to SDPA, and is the N x N matrix stored?"""
    import functools

    import torch

    b, h, n, d = (1, 2, 64, 16) if smoke else (1, 4, 512, 64)
    code = _ATTENTION_CODE.format(b=b, h=h, n=n, d=d)
    ns = run_example_code(code, "fusion.attention")
    inputs = ns["inputs"]
    causal_fn = functools.partial(ns["attention"], causal=True)
    plain_fn = functools.partial(ns["attention"], causal=False)
    out = causal_fn(*inputs)
    sdpa = torch.nn.functional.scaled_dot_product_attention(*inputs, is_causal=True)

    gm = capture_graph(causal_fn, *inputs)
    unfused = graph_traffic(gm)
    inductor_model = graph_traffic(gm, fuse_between(gm, _is_gemm))
    flash = graph_traffic(gm, one_kernel(gm))
    repeats = 5 if smoke else 10
    causal_run = compile_with_inductor(causal_fn, *inputs, repeats=repeats)
    plain_run = compile_with_inductor(plain_fn, *inputs, repeats=repeats)
    scores_bytes = b * h * n * n * 4

    def matched(run: Any) -> bool:
        return any("scaled_dot_product" in k for k in run.launches)

    m: dict[str, Any] = {
        "batch": b, "heads": h, "seq": n, "head_dim": d,
        "eager_kernels": len(eager_kernels(causal_fn, *inputs)),
        "causal_sdpa_matched": int(matched(causal_run)),
        "causal_inductor_kernels": len(causal_run.launches),
        "causal_launches": ", ".join(causal_run.launches),
        "causal_largest_buffer_bytes": max(causal_run.buffer_bytes(), default=0),
        "plain_sdpa_matched": int(matched(plain_run)),
        "plain_inductor_kernels": len(plain_run.launches),
        "plain_launches": ", ".join(plain_run.launches),
        "plain_largest_buffer_bytes": max(plain_run.buffer_bytes(), default=0),
        "scores_bytes": scores_bytes,
        "unfused_bytes": unfused.total_bytes,
        "inductor_model_bytes": inductor_model.total_bytes,
        "flash_bytes": flash.total_bytes,
        "eager_matches_sdpa": int(_close(out, sdpa)),
        "causal_compiled_matches_eager": int(_close(causal_run.output, out)),
        "plain_compiled_matches_eager": int(_close(plain_run.output, plain_fn(*inputs))),
        "eager_ms": median_seconds(causal_fn, *inputs, repeats=repeats) * 1e3,
        "causal_compiled_ms": causal_run.seconds * 1e3,
        "plain_compiled_ms": plain_run.seconds * 1e3,
        "paddle_max_abs_diff": _paddle_check(_ATTENTION_PADDLE, "fusion.attention", "attention",
                                             out, inputs, causal=True),
    }
    yes_no = {1: "是", 0: "否"}
    table = [
        ["调度", "kernel 数", "流量", "N×N 缓冲"],
        ["Eager", str(m["eager_kernels"]), _size(unfused.total_bytes), "有"],
        ["Inductor（因果掩码）", str(m["causal_inductor_kernels"]),
         _size(inductor_model.total_bytes),
         f"{_size(m['causal_largest_buffer_bytes'])}"],
        ["FlashAttention 式", "1", _size(flash.total_bytes), "无"],
    ]
    today = (f"不带掩码的写法被 Inductor 匹配成 SDPA：{yes_no[m['plain_sdpa_matched']]}；"
             f"因果 masked_fill 写法匹配：{yes_no[m['causal_sdpa_matched']]}，"
             f"{m['causal_inductor_kernels']} 次调用，分配 {_size(m['causal_largest_buffer_bytes'])} "
             f"的 N×N 分数缓冲（N={n}）。")
    notes = (f"q、k、v 形状 {b}×{h}×{n}×{d}，fp32。是否匹配 SDPA、分配了哪些缓冲，均从 Inductor 生成代码的 call() 读出；"
             "流量列为模型值，Inductor 行按“GEMM 单独、中间的缩放/掩码/softmax 融成一个”计算，与实测调用一致。"
             "FlashAttention 行是每个输入读一次的下界 O(N·d)；真实 FlashAttention 会按块重复读 K、V，"
             "但不写出 N×N 矩阵。结果与 F.scaled_dot_product_attention(is_causal=True) 及 Paddle 版本一致。")
    return ExampleResult(
        key="fusion.attention", category="fusion", title="注意力：N×N 分数矩阵",
        code=code, paddle_code=_ATTENTION_PADDLE,
        ideal="把 QKᵀ、缩放、掩码、softmax、乘 V 融成一个分块 kernel，用在线 softmax，"
              "不写出 N×N 矩阵：流量 O(N·d)（FlashAttention）。",
        today=today,
        open_problem="靠模式匹配认出注意力很脆弱：掩码或缩放换个写法就失配；"
                     "从原语自动推导出分块加在线归约的调度仍是开放问题。",
        metrics=m, table=table, notes=notes,
        references=[REF_FLASH, REF_INDUCTOR, REF_TRITON, REF_XLA],
    )


# --------------------------------------------------------------------------- 5. graph breaks

_BREAKS_CODE = """\
import torch

def step(x):
    y = torch.relu(x) * 2
    if y.sum() > 0:              # Python branch on a tensor value
        y = y + 1
    return y * y

def step_where(x):               # same math, no Python branch
    y = torch.relu(x) * 2
    return torch.where(y.sum() > 0, y + 1, y) ** 2

inputs = (torch.randn({rows}, {cols}),)
"""


def _breaker_item(x: Any) -> Any:
    """A host sync: the scalar leaves the graph."""
    y = x.relu() * 2
    return y / y.max().item()


def _breaker_nonzero(x: Any) -> Any:
    """A data-dependent output shape."""
    y = x.relu() * 2
    return y[y.nonzero(as_tuple=True)].sum() + y.mean()


def _explain(fn: Callable[..., Any], *args: Any, config: dict[str, Any] | None = None) -> Any:
    import torch

    torch._dynamo.reset()
    with torch._dynamo.config.patch(config or {}):
        result = torch._dynamo.explain(fn)(*args)
    torch._dynamo.reset()
    return result


def graph_breaks(smoke: bool = True) -> ExampleResult:
    """Data-dependent Python splits the graph; the rewrite with torch.where does not."""
    import torch

    rows, cols = (8, 16) if smoke else (64, 256)
    code = _BREAKS_CODE.format(rows=rows, cols=cols)
    ns = run_example_code(code, "fusion.graph_breaks")
    inputs = ns["inputs"]
    step, step_where = ns["step"], ns["step_where"]
    cases = [
        ("Python 分支（if y.sum() > 0）", "branch", step, None),
        ("torch.where 改写", "where", step_where, None),
        (".item() 取标量", "item", _breaker_item, None),
        ("nonzero（输出形状依赖数据）", "nonzero", _breaker_nonzero, None),
    ]
    m: dict[str, Any] = {"rows": rows, "cols": cols}
    table = [["写法", "断图次数", "子图数", "各子图算子数"]]
    for label, short, fn, config in cases:
        result = _explain(fn, *inputs, config=config)
        m[f"{short}_graph_breaks"] = result.graph_break_count
        m[f"{short}_graphs"] = result.graph_count
        m[f"{short}_ops_per_graph"] = "/".join(str(len(ops)) for ops in result.ops_per_graph)
        m[f"{short}_break_reason"] = (str(result.break_reasons[0].reason).splitlines()[0]
                                      if result.break_reasons else "")
        table.append([label, str(result.graph_break_count), str(result.graph_count),
                      m[f"{short}_ops_per_graph"]])
    # The documented escape hatch for .item(): keep the scalar in the graph as a symbol.
    m["item_captured_graph_breaks"] = _explain(
        _breaker_item, *inputs, config={"capture_scalar_outputs": True}).graph_break_count
    m["where_equals_branch"] = int(_close(step_where(*inputs), step(*inputs)))
    compiled = torch.compile(step, backend="eager")
    torch._dynamo.reset()
    m["branch_compiled_matches_eager"] = int(_close(compiled(*inputs), step(*inputs)))
    torch._dynamo.reset()
    today = (f"torch._dynamo.explain 测得：按张量值分支断图 {m['branch_graph_breaks']} 次"
             f"（子图 {m['branch_graphs']} 个），.item() {m['item_graph_breaks']} 次，"
             f"nonzero {m['nonzero_graph_breaks']} 次；改写为 torch.where 后 {m['where_graph_breaks']} 次。")
    notes = ("断图后每个子图单独编译，子图之间的中间结果必须写回内存，跨断点的算子无法融合。"
             "计数来自 torch._dynamo.explain（Dynamo 的图捕获，与后端无关）。"
             f".item() 可用 capture_scalar_outputs=True 留在图里（实测断图 {m['item_captured_graph_breaks']} 次），"
             "nonzero 类算子也有 capture_dynamic_output_shape_ops，但之后的形状成为没有具体值的符号（unbacked）。"
             "GraphNet 从真实模型抽图时同样以断图为界切成多个子图样本。")
    return ExampleResult(
        key="fusion.graph_breaks", category="fusion", title="融合破坏者：断图",
        code=code, paddle_code="",
        ideal="把数据相关的控制流和输出形状表示进图里（条件算子、符号形状），整段仍可融合，不必回到 Python。",
        today=today,
        open_problem="数据相关形状（nonzero、unique）和主机同步（.item()）如何进图而不牺牲融合与静态内存规划，"
                     "仍无通用解法。",
        metrics=m, table=table, notes=notes,
        references=[REF_INDUCTOR, REF_GRAPHNET, REF_XLA, REF_CINN],
    )


# --------------------------------------------------------------------------- 6. dynamic shapes

_DYNAMIC_CODE = """\
import torch

def ffn(x, w):
    return torch.relu(x @ w).sum(-1)

w = torch.randn({dim}, {dim})
lengths = {lengths}
inputs = [(torch.randn(2, n, {dim}), w) for n in lengths]
"""


def _count_compiles(fn: Callable[..., Any], inputs: list[tuple], mode: str) -> int:
    """Graphs Dynamo compiles while ``fn`` sees each input once, under one dynamic-shape mode."""
    import torch
    from torch._dynamo.testing import CompileCounter

    torch._dynamo.reset()
    counter = CompileCounter()
    kwargs = {"static": {"dynamic": False}, "dynamic": {"dynamic": True}}.get(mode, {})
    compiled = torch.compile(fn, backend=counter, **kwargs)
    for x, w in inputs:
        x = x.clone()
        if mode == "mark_dynamic":
            torch._dynamo.mark_dynamic(x, 1)
        compiled(x, w)
    torch._dynamo.reset()
    return counter.frame_count


def dynamic_shapes(smoke: bool = True) -> ExampleResult:
    """Recompiles when the sequence length changes, per dynamic-shape mode."""
    import torch

    dim = 12  # not a multiple of 8, so no length equals it (equal sizes share one symbol)
    lengths = [16, 24, 32, 40, 48] if smoke else [16 + 8 * i for i in range(12)]
    code = _DYNAMIC_CODE.format(dim=dim, lengths=lengths)
    ns = run_example_code(code, "fusion.dynamic_shapes")
    fn, inputs = ns["ffn"], ns["inputs"]
    modes = [("static", "dynamic=False"), ("default", "默认（自动动态）"),
             ("dynamic", "dynamic=True"), ("mark_dynamic", "mark_dynamic(x, 1)")]
    m: dict[str, Any] = {"lengths": len(lengths), "recompile_limit": torch._dynamo.config.recompile_limit}
    table = [["模式", f"{len(lengths)} 种长度的编译次数"]]
    for mode, label in modes:
        m[f"{mode}_compiles"] = _count_compiles(fn, inputs, mode)
        table.append([label, str(m[f"{mode}_compiles"])])
    limit_note = ""
    if m["static_compiles"] >= m["recompile_limit"]:
        limit_note = (f"dynamic=False 编译到 recompile_limit={m['recompile_limit']} 次后不再编译，"
                      "其余长度直接退回 eager。")
    capped = "（已到上限，其余退回 eager）" if limit_note else ""
    today = (f"序列长度取 {len(lengths)} 个值：dynamic=False 编译 {m['static_compiles']} 次{capped}，"
             f"默认 {m['default_compiles']} 次（第二次起改为符号形状），dynamic=True {m['dynamic_compiles']} 次，"
             f"mark_dynamic {m['mark_dynamic_compiles']} 次。")
    notes = ("编译次数用 torch._dynamo.testing.CompileCounter 作后端计数：重编译主要由 Dynamo 的守卫决定，"
             "换成 Inductor 每次编译更慢，且它自身的特化还可能追加守卫。"
             "默认模式先按静态形状编译，遇到新长度时把该维标记为动态再编译一次。"
             "静态形状能让融合与分块按确定大小特化；动态形状省去重编译，但 kernel 只能按符号大小生成。"
             + limit_note)
    return ExampleResult(
        key="fusion.dynamic_shapes", category="fusion", title="动态形状与重编译",
        code=code, paddle_code="",
        ideal="一次编译得到对所有长度都正确、速度接近专用版本的 kernel，只在收益明显时按形状分桶特化。",
        today=today,
        open_problem="符号形状下的融合、分块和内存规划要对未知大小做决定；特化带来的速度与重编译开销之间"
                     "缺少通用代价模型。",
        metrics=m, table=table, notes=notes,
        references=[REF_INDUCTOR, REF_XLA, REF_TVM, REF_CINN],
    )


EXAMPLES: dict[str, Callable[..., ExampleResult]] = {
    "elementwise_chain": elementwise_chain,
    "reduction_broadcast": reduction_broadcast,
    "matmul_epilogue": matmul_epilogue,
    "attention": attention,
    "graph_breaks": graph_breaks,
    "dynamic_shapes": dynamic_shapes,
}
