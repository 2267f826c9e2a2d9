"""What a Triton kernel costs on a GPU without running it there: registers, spills, shared memory.

Triton's NVIDIA backend compiles for a named target on any machine (it ships ``ptxas``), so the
resource usage that decides whether a tile choice fits (registers per thread, bytes spilled to
local memory, shared memory per program) can be read here, on a CPU, before any GPU time is
spent. :func:`compile_for` compiles one kernel and returns a :class:`KernelResources`;
:func:`fast_backward` and :func:`tma_forward` do it for the attention kernels over a tile space.

The numbers are ptxas's (``-v``: registers, spill stores and loads, stack frame), Triton's
(shared memory, from its metadata) and counts read from Triton's GPU IR (bulk tensor copies,
layout conversions). They describe the binary, not its speed: a spill-free tile can still lose
to one that spills, which only a timed run decides. The kernels get the divisibility hints a
real launch gives (pointers and lengths multiples of 16). Under Triton's interpreter
(``TRITON_INTERPRET=1``, as on a machine without a GPU) the kernels are not compilable objects,
so :func:`fast_backward` and :func:`tma_forward` then compile in a child process without it.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterable

#: Hopper (H100/H200): the target the attention kernels are tuned for.
DEFAULT_ARCH = 90


@dataclass
class KernelResources:
    """One compiled kernel: its tile choice and what the binary uses per thread / program."""

    kernel: str
    arch: int
    tiles: dict
    num_warps: int
    num_stages: int
    registers: int
    spill_store_bytes: int
    spill_load_bytes: int
    stack_bytes: int
    shared_bytes: int
    tma_copies: int
    layout_conversions: int
    maxnreg: int | None = None

    @property
    def spills(self) -> bool:
        return self.spill_store_bytes > 0 or self.spill_load_bytes > 0

    def row(self) -> dict:
        return asdict(self)


_PTXAS_LINE = re.compile(r"(\d+) bytes stack frame, (\d+) bytes spill stores, "
                         r"(\d+) bytes spill loads")
_REGS = re.compile(r"Used (\d+) registers")


def _ptxas_usage(ptx: str, arch: int) -> tuple[int, int, int, int]:
    """(registers, spill stores, spill loads, stack frame) from ``ptxas -v`` on ``ptx``."""
    from triton.backends.nvidia.compiler import get_ptxas

    ptxas = get_ptxas(arch).path
    suffix = "a" if arch >= 90 else ""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "k.ptx")
        with open(src, "w", encoding="utf-8") as f:
            f.write(ptx)
        # The flags Triton 3.9 compiles with (line info, the register allocator's level 2), so
        # that the numbers are those of the binary a launch would load.
        cmd = [ptxas, "-lineinfo", "-v", "--regAllocOptLevel=2", f"--gpu-name=sm_{arch}{suffix}",
               src, "-o", os.path.join(d, "k.cubin")]
        proc = subprocess.run(cmd,
                              capture_output=True, text=True, check=False)
    usage = parse_ptxas_log(proc.stdout + proc.stderr) if proc.returncode == 0 else None
    if usage is None:
        raise RuntimeError(f"ptxas ({ptxas}) gave no resource usage for sm_{arch}: "
                           f"{(proc.stdout + proc.stderr)[-400:]}")
    return usage


def parse_ptxas_log(text: str) -> tuple[int, int, int, int] | None:
    """(registers, spill store bytes, spill load bytes, stack frame bytes) from the log of
    ``ptxas -v`` for one kernel; None when the log has no such lines."""
    regs, frame = _REGS.search(text), _PTXAS_LINE.search(text)
    if regs is None or frame is None:
        return None
    return int(regs.group(1)), int(frame.group(2)), int(frame.group(3)), int(frame.group(1))


def compile_for(fn: Any, signature: dict[str, str], constexprs: dict[str, Any], *,
                num_warps: int, num_stages: int, arch: int = DEFAULT_ARCH,
                maxnreg: int | None = None, tiles: dict | None = None) -> KernelResources:
    """Compile the ``@triton.jit`` kernel ``fn`` for ``sm_<arch>`` and read its resources.

    ``signature`` maps every argument to a Triton type string (``"*fp32"``, ``"i32"``,
    ``"tensordesc<fp8e4nv[64, 128]>"``, ``"constexpr"``); ``constexprs`` gives the constexpr
    values. Pointers and 32-bit integer arguments carry the divisibility-by-16 hint a launch
    with aligned tensors and lengths gives (without it Triton does not pipeline 8-bit loads).
    """
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    missing = [a for a in fn.arg_names if a not in signature]
    if missing:
        raise ValueError(f"{fn.__name__}: no type for argument(s) {missing}")
    attrs = {(i,): [["tt.divisibility", 16]] for i, a in enumerate(fn.arg_names)
             if signature[a].startswith("*") or signature[a] == "i32"}
    options: dict[str, Any] = {"num_warps": num_warps, "num_stages": num_stages}
    if maxnreg:
        options["maxnreg"] = maxnreg
    kernel = triton.compile(ASTSource(fn=fn, signature=signature, constexprs=constexprs,
                                      attrs=attrs),
                            target=GPUTarget("cuda", arch, 32), options=options)
    regs, stores, loads, frame = _ptxas_usage(kernel.asm["ptx"], arch)
    ir = kernel.asm["ttgir"]
    return KernelResources(kernel=fn.__name__, arch=arch, tiles=dict(tiles or {}),
                           num_warps=num_warps, num_stages=num_stages, registers=regs,
                           spill_store_bytes=stores, spill_load_bytes=loads, stack_bytes=frame,
                           shared_bytes=int(kernel.metadata.shared),
                           tma_copies=ir.count("async_tma_copy_global_to_local"),
                           layout_conversions=ir.count("ttg.convert_layout"), maxnreg=maxnreg)


def _signature(fn: Any, constexprs: dict, descriptors: dict[str, str], floats: Iterable[str],
               ints: Iterable[str], pointer_types: dict[str, str] | None = None) -> dict[str, str]:
    """Type strings for ``fn``'s arguments: constexprs, the named descriptors, fp32 and i32
    scalars, and pointers (fp32 unless ``pointer_types`` says otherwise)."""
    floats, ints, pointer_types = set(floats), set(ints), pointer_types or {}
    sig = {}
    for a in fn.arg_names:
        if a in constexprs:
            sig[a] = "constexpr"
        elif a in descriptors:
            sig[a] = descriptors[a]
        elif a in floats:
            sig[a] = "fp32"
        elif a in ints:
            sig[a] = "i32"
        else:
            sig[a] = pointer_types.get(a, "*fp32")
    return sig


def _interpreted() -> bool:
    return os.environ.get("TRITON_INTERPRET", "0") not in ("", "0")


def _in_child(name: str, tiles: list, kwargs: dict,
              progress: Callable[[str], None] | None) -> list[KernelResources]:
    """Run ``name(tiles, **kwargs)`` of this module in a Python without the interpreter switch;
    its progress lines come back on stderr, its result as JSON on stdout."""
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    job = json.dumps({"name": name, "tiles": [list(t) for t in tiles], "kwargs": kwargs})
    proc = subprocess.run([sys.executable, "-m", __name__], input=job, capture_output=True,
                          text=True, env=env, check=False)
    if progress:
        for line in proc.stderr.splitlines():
            if line.startswith("progress: "):
                progress(line[len("progress: "):])
    if proc.returncode:
        raise RuntimeError(f"compiling {name} for the GPU failed: {proc.stderr[-600:]}")
    return [KernelResources(**r) for r in json.loads(proc.stdout)]


def fast_backward(tiles: Iterable[tuple[int, int, int, int]], *, head_dim: int = 128,
                  tile: int = 64, causal: bool = False, ds_format: str = "e4m3",
                  do_format: str = "e4m3", arch: int = DEFAULT_ARCH,
                  progress: Callable[[str], None] | None = None) -> list[KernelResources]:
    """Both kernels of the fast FP8 backward (:mod:`paddlecamp.kernels.attention.bwd_fast`) at
    each ``(block_m, block_n, num_warps, num_stages)``: the dK/dV program owns ``block_n`` keys
    and walks query tiles of ``tile``; the dQ program owns ``block_m`` queries."""
    if _interpreted():
        return _in_child("fast_backward", list(tiles),
                         dict(head_dim=head_dim, tile=tile, causal=causal, ds_format=ds_format,
                              do_format=do_format, arch=arch), progress)
    from paddlecamp.kernels.attention import bwd_fast
    from paddlecamp.kernels.attention.rounding import FORMAT_MAX, format_code

    f8 = {"e4m3": "fp8e4nv", "e5m2": "fp8e5"}
    ds, do, d, vec = f8[ds_format], f8[do_format], head_dim, f"tensordesc<fp32[{tile}]>"
    common = dict(HEAD_DIM=head_dim, TILE=tile, CAUSAL=causal, DS_FMT=format_code(ds_format),
                  DS_MAX=FORMAT_MAX[ds_format], HW_CAST=True, FAST_ACC=True)
    scalars = dict(floats=("sm_scale", "qk_scale"), ints=("N_CTX", "M_CTX"))
    done: dict[tuple, KernelResources] = {}  # tiles that share a kernel's block compile it once

    def dkdv(bn: int, nw: int, ns: int) -> KernelResources:
        consts = dict(common, BLOCK_N=bn, DO_FMT=format_code(do_format),
                      DO_MAX=FORMAT_MAX[do_format])
        descs = {"desc_q": f"tensordesc<{ds}[{tile}, {d}]>",
                 "desc_qt": f"tensordesc<{ds}[{d}, {tile}]>",
                 "desc_k": f"tensordesc<{ds}[{bn}, {d}]>",
                 "desc_vg": f"tensordesc<fp16[{bn}, {d}]>",
                 "desc_dov": f"tensordesc<fp16[{tile}, {d}]>",
                 "desc_dot8": f"tensordesc<{do}[{d}, {tile}]>", "desc_qs": vec, "desc_dos": vec,
                 "desc_dps": vec, "desc_lse": vec, "desc_delta": vec}
        fn = bwd_fast._bwd_dkdv_fast
        return compile_for(fn, _signature(fn, consts, descs, **scalars), consts, num_warps=nw,
                           num_stages=ns, arch=arch, tiles={"block_n": bn, "tile": tile})

    def dq(bm: int, nw: int, ns: int) -> KernelResources:
        consts = dict(common, BLOCK_M=bm)
        descs = {"desc_q": f"tensordesc<{ds}[{bm}, {d}]>",
                 "desc_k": f"tensordesc<{ds}[{tile}, {d}]>",
                 "desc_kt": f"tensordesc<{ds}[{d}, {tile}]>",
                 "desc_vg": f"tensordesc<fp16[{tile}, {d}]>",
                 "desc_dov": f"tensordesc<fp16[{bm}, {d}]>", "desc_ks": vec}
        fn = bwd_fast._bwd_dq_fast
        return compile_for(fn, _signature(fn, consts, descs, **scalars), consts, num_warps=nw,
                           num_stages=ns, arch=arch, tiles={"block_m": bm, "tile": tile})

    out = []
    for bm, bn, nw, ns in tiles:
        for key, make in ((("dkdv", bn, nw, ns), dkdv), (("dq", bm, nw, ns), dq)):
            if key not in done:
                done[key] = make(*key[1:])
            out.append(done[key])
        if progress:
            progress(f"fast backward {(bm, bn, nw, ns)}: " + ", ".join(
                f"{r.kernel} {r.registers} regs, {r.spill_store_bytes} B spilled"
                for r in out[-2:]))
    return out


def tma_forward(tiles: Iterable[tuple[int, ...]], *, head_dim: int = 128, causal: bool = False,
                k_tile_scale: bool = True, arch: int = DEFAULT_ARCH,
                progress: Callable[[str], None] | None = None) -> list[KernelResources]:
    """The TMA forward (:mod:`paddlecamp.kernels.attention.fwd_tma`) at each
    ``(block_m, block_n, num_warps, num_stages[, maxnreg])``."""
    if _interpreted():
        return _in_child("tma_forward", list(tiles), dict(head_dim=head_dim, causal=causal,
                         k_tile_scale=k_tile_scale, arch=arch), progress)
    from paddlecamp.kernels.attention import fwd_tma

    fn = fwd_tma._attn_fwd_tma
    out = []
    for cfg in tiles:
        bm, bn, nw, ns = cfg[:4]
        consts = dict(HEAD_DIM=head_dim, BLOCK_M=bm, BLOCK_N=bn, CAUSAL=causal, HW_CAST=True,
                      WARP_SPEC=False, PERSISTENT=False, KS_TILE=k_tile_scale)
        descs = {"desc_q": f"tensordesc<fp8e4nv[{bm}, {head_dim}]>",
                 "desc_k": f"tensordesc<fp8e4nv[{bn}, {head_dim}]>",
                 "desc_v": f"tensordesc<fp8e4nv[{head_dim}, {bn}]>"}
        ints = [a for a in fn.arg_names if a.startswith("stride")] + ["H", "BH", "N_CTX"]
        sig = _signature(fn, consts, descs, floats=("qk_scale2", "log2_p_scale"), ints=ints,
                         pointer_types={"Out": "*bf16"})
        out.append(compile_for(fn, sig, consts, num_warps=nw, num_stages=ns, arch=arch,
                               maxnreg=cfg[4] if len(cfg) > 4 else None,
                               tiles={"block_m": bm, "block_n": bn}))
        if progress:
            r = out[-1]
            progress(f"TMA forward {tuple(cfg)}: {r.registers} regs, "
                     f"{r.spill_store_bytes} B spilled")
    return out


def study(arch: int = DEFAULT_ARCH, progress: Callable[[str], None] | None = None) -> dict:
    """The benchmark's tile spaces compiled for ``sm_<arch>``: the fast FP8 backward's
    (:data:`~paddlecamp.attention.bench.BWD_FAST_CONFIGS`, causal and not) and the TMA forward's
    with one K scale per tile (``fp8-tma-kblock`` candidates), as ``{"meta", "fast_backward",
    "tma_forward"}`` rows."""
    import datetime as _dt

    import triton

    from paddlecamp.attention import bench

    rows_b, rows_f = [], []
    for causal in (False, True):
        for r in fast_backward(bench.BWD_FAST_CONFIGS, causal=causal, arch=arch, progress=progress):
            rows_b.append({**r.row(), "causal": causal})
        for r in tma_forward(bench._candidates("fp8-tma-kblock", "cuda"), causal=causal, arch=arch,
                             progress=progress):
            rows_f.append({**r.row(), "causal": causal})
    meta = {"what": "resource usage of the attention kernels compiled for a GPU without one "
                    "(ptxas -v with Triton's flags; shared memory from Triton's metadata)",
            "arch": f"sm_{arch}", "triton": triton.__version__,
            "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d"),
            "head_dim": 128, "recipe_tile": 64, "formats": "e4m3"}
    return {"meta": meta, "fast_backward": rows_b, "tma_forward": rows_f}


def format_table(result: dict) -> str:
    """The study as a text table: one line per kernel and tile."""
    lines = [f"{'kernel':<16} {'causal':<6} {'tiles':<36} {'warps':>5} {'stages':>6} "
             f"{'regs':>5} {'spill st/ld B':>14} {'smem KB':>8} {'TMA':>4}"]
    for part in ("fast_backward", "tma_forward"):
        for r in result[part]:
            tiles = ",".join(f"{k}={v}" for k, v in r["tiles"].items())
            if r.get("maxnreg"):
                tiles += f",maxnreg={r['maxnreg']}"
            lines.append(f"{r['kernel']:<16} {str(r['causal']):<6} {tiles:<36} {r['num_warps']:>5} "
                         f"{r['num_stages']:>6} {r['registers']:>5} "
                         f"{r['spill_store_bytes']:>6}/{r['spill_load_bytes']:<7} "
                         f"{r['shared_bytes'] / 1024:>8.1f} {r['tma_copies']:>4}")
    return "\n".join(lines)


if __name__ == "__main__":   # the child of _in_child: a job on stdin, the resources on stdout
    _job = json.loads(sys.stdin.read())
    _fn = {"fast_backward": fast_backward, "tma_forward": tma_forward}[_job["name"]]
    _rows = _fn([tuple(t) for t in _job["tiles"]], **_job["kwargs"],
                progress=lambda m: print("progress: " + m, file=sys.stderr, flush=True))
    print(json.dumps([r.row() for r in _rows]))
