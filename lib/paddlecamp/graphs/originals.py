"""Run a published ``model.py`` the way GraphNet loads it, in a throwaway process.

Running a downloaded file runs its code, so it never happens in the calling process. Each run
is a fresh child forked from a *fork server*: a separate, isolated interpreter (``python -I``,
its own session) that imported torch or paddle once and then only forks. A child

- starts its own process group (a timeout kills the group: anything the sample started dies
  with it) and dies with the server (``PR_SET_PDEATHSIG`` on Linux);
- has the sample's temporary directory as its working directory, stdin from ``/dev/null``,
  stdout discarded and stderr in a file the caller reads for the error line;
- inherits only the imported framework, never state from an earlier sample, since the server
  itself runs no sample code and no tensor op (so no thread pool exists at fork time).

Forking from a warm server costs milliseconds where a new interpreter costs about 1.6 s of
``import torch``: most of a semantics check on a small sample, and of a corpus run's time.
The server of each framework starts on first use in each process and exits when that process
does (its stdin closes, or the parent-death signal fires). A server that died is restarted.

``torch_child`` and ``paddle_child`` are what the child runs; ``run_child`` is the entry.
"""
from __future__ import annotations

import atexit
import importlib
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

#: framework -> (modules the server imports before it forks, the child function)
_ENTRIES: dict[str, tuple[tuple[str, ...], str]] = {
    "torch": (("torch",), "torch_child"),
    "paddle": (("numpy", "paddle"), "paddle_child"),
}
#: how long a server may take to import its framework before it is declared failed
START_TIMEOUT = 180.0


@dataclass
class ChildResult:
    """How one forked child ended."""

    status: int  # exit code, or minus the signal number that killed it
    timed_out: bool
    stderr: str

    def failure(self, timeout: float, prefer: str | None = None) -> str | None:
        """``None`` on success, else one line: ``timed out after N s``, ``crashed: killed by
        signal X`` or ``failed: <the last stderr line>`` (the last containing ``prefer`` if any)."""
        if self.timed_out:
            return f"timed out after {timeout:g} s"
        if self.status == 0:
            return None
        if self.status < 0:
            try:
                name = signal.Signals(-self.status).name
            except ValueError:
                name = str(-self.status)
            return f"crashed: killed by signal {name}"
        lines = [ln.strip() for ln in self.stderr.splitlines() if ln.strip() and "ccache" not in ln]
        named = [ln for ln in lines if prefer and prefer in ln] or lines or [f"exit status {self.status}"]
        return f"failed: {named[-1][:300]}"


class ChildError(RuntimeError):
    """The fork server could not be started or stopped answering."""


def run_child(framework: str, argv: list[str], timeout: float, cwd: Path | str) -> ChildResult:
    """Fork a child of ``framework``'s server that runs ``<framework>_child(argv)`` in ``cwd``.

    The child's stderr goes to ``cwd/child-stderr.txt`` and is returned. Raises ``ChildError``
    when no server can be started (and ``KeyError`` for an unknown framework).
    """
    if framework not in _ENTRIES:
        raise KeyError(f"no child entry for framework {framework!r} (known: {sorted(_ENTRIES)})")
    with _LOCK:
        server = _SERVERS.get(framework)
        if server is None or not server.alive():
            server = _SERVERS[framework] = _Server(framework)
        try:
            return server.request(argv, timeout, Path(cwd))
        except ChildError:
            server.close()
            _SERVERS.pop(framework, None)
            raise


class _Server:
    """The parent's handle on one fork server process."""

    def __init__(self, framework: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        self.proc = subprocess.Popen([sys.executable, "-I", "-c", _BOOT, framework], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        self._buf = b""
        line = self._readline(time.monotonic() + START_TIMEOUT)
        if line != "ready":
            self.close()
            raise ChildError(f"the {framework} fork server did not start ({line or 'no answer'})")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def request(self, argv: list[str], timeout: float, cwd: Path) -> ChildResult:
        err = cwd / "child-stderr.txt"
        msg = json.dumps({"argv": argv, "timeout": timeout, "cwd": str(cwd), "stderr": str(err)})
        t0 = time.monotonic()
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write(msg.encode() + b"\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise ChildError(f"the fork server is gone ({exc})") from None
        # The server enforces the timeout itself; this margin only catches a hung server.
        line = self._readline(t0 + timeout + 60.0)
        if not line:
            raise ChildError("the fork server stopped answering")
        reply = json.loads(line)
        text = err.read_text(encoding="utf-8", errors="replace") if err.is_file() else ""
        return ChildResult(status=int(reply["status"]), timed_out=bool(reply["timed_out"]), stderr=text)

    def _readline(self, deadline: float) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return ""
            chunk = os.read(fd, 65536)
            if not chunk:
                return ""
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return line.decode().strip()

    def close(self) -> None:
        _kill_group(self.proc.pid)  # the server leads its own session: this takes its children too
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout):
            if f is not None:
                f.close()


_LOCK = threading.Lock()
_SERVERS: dict[str, _Server] = {}


@atexit.register
def close_servers() -> None:
    """Stop every fork server this process started (also run at exit)."""
    with _LOCK:
        for server in _SERVERS.values():
            server.close()
        _SERVERS.clear()


# -I (isolated) ignores PYTHONPATH, so the boot line restores it, then serves.
_BOOT = ("import os, sys; sys.path[:0] = [p for p in os.environ.get('PYTHONPATH', '').split(os.pathsep) if p]; "
         "from paddlecamp.graphs.originals import serve; serve(sys.argv[1])")


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent exits (best effort elsewhere)."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def serve(framework: str) -> None:
    """Server side: import the framework, then fork one child per request line on stdin."""
    import warnings

    warnings.filterwarnings("ignore")
    _die_with_parent()
    modules, entry = _ENTRIES[framework]
    for name in modules:
        importlib.import_module(name)
    func: Callable[[list[str]], None] = globals()[entry]
    out = os.fdopen(os.dup(1), "w")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 1)  # nothing a library prints can corrupt the reply channel
    out.write("ready\n")
    out.flush()
    for line in sys.stdin:
        req = json.loads(line)
        t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child_main(func, req, devnull)
        timed_out, status = _wait(pid, t0 + float(req["timeout"]))
        out.write(json.dumps({"status": status, "timed_out": timed_out}) + "\n")
        out.flush()


def _child_main(func: Callable[[list[str]], None], req: dict[str, Any], devnull: int) -> None:
    """In the forked child: detach, redirect, run, and leave with ``os._exit`` (never return)."""
    code = 1
    try:
        os.setsid()
        _die_with_parent()
        os.chdir(req["cwd"])
        fd = os.open(req["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 2)
        os.dup2(devnull, 0)
        sys.stderr = os.fdopen(2, "w", buffering=1)
        func(list(req["argv"]))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - the traceback is the child's report
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stderr.flush()
        finally:
            os._exit(code)


def _wait(pid: int, deadline: float) -> tuple[bool, int]:
    """Wait for child ``pid`` until ``deadline``; kill its process group then. (timed_out, status)."""
    timed_out, nap = False, 0.002
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() >= deadline:
            timed_out = True
            _kill_group(pid)
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(nap)
        nap = min(nap * 2, 0.05)
    _kill_group(pid)  # whatever the sample left running in its group
    return timed_out, os.waitstatus_to_exitcode(status)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _cpu_device(real: Any) -> Callable[..., Any]:
    def cpu_device(*args: Any, **kwargs: Any) -> Any:
        d = real(*args, **kwargs)
        return real("cpu") if d.type == "cuda" else d

    return cpu_device


def _module_from_text(file: Path, name: str) -> Any:
    """Import ``file`` by compiling its text: the bytes the parser read, never a cached ``.pyc``."""
    import types

    module = types.ModuleType(name)
    module.__file__ = str(file)
    code = compile(file.read_text(encoding="utf-8"), str(file), "exec")
    exec(code, module.__dict__)  # noqa: S102 - the point of this check, in a throwaway process
    return module


def torch_child(argv: list[str]) -> None:
    """Child side for torch: import ``SAMPLE/model.py`` from its text, run ``GraphModule()``
    on the saved inputs by keyword, save the outputs. ``argv``: sample, inputs.pt, outputs.pt,
    seed, threads. Without a GPU the sample's ``device(type='cuda')`` constants map to the CPU."""
    import torch

    sample, tin, tout, seed, threads = argv
    torch.set_num_threads(int(threads))
    inputs = torch.load(tin, weights_only=True)
    module = _module_from_text(Path(sample) / "model.py", "graphnet_sample_model")
    if not torch.cuda.is_available():
        module.__dict__["device"] = _cpu_device(torch.device)
    model = module.GraphModule()
    torch.manual_seed(int(seed))
    with torch.no_grad():
        out = model(**inputs)
    torch.save(out, tout)


#: Paddle ops without a CPU kernel and the op they equal in one process, by ``paddle._C_ops``
#: name: synchronized batch norm across devices is batch norm on a single one (same arguments,
#: same six outputs; the eager ``batch_norm_`` accepts no tensors, so the in-place variant maps
#: to ``batch_norm``, whose outputs are the same values). Both the original's child and
#: ``paddle_roundtrip.run_paddle_graph`` run the equivalent on the CPU, as they map a sample's
#: CUDA places to the CPU.
PADDLE_CPU_EQUIVALENTS = {"sync_batch_norm_": "batch_norm", "sync_batch_norm": "batch_norm"}


def paddle_cpu_equivalents(ops: Any) -> dict[Any, Any]:
    """``{op: its CPU equivalent}`` among the functions of ``ops`` (``paddle._C_ops``)."""
    return {getattr(ops, a): getattr(ops, b) for a, b in PADDLE_CPU_EQUIVALENTS.items()
            if hasattr(ops, a) and hasattr(ops, b)}


def paddle_child(argv: list[str]) -> None:
    """Child side for paddle, as GraphNet's ``run_model`` loads a sample: import ``model.py``,
    ``GraphModule()``, ``eval()``, ``paddle.seed``, call by keyword under ``no_grad``; ops
    without a CPU kernel run their :data:`PADDLE_CPU_EQUIVALENTS`. ``argv``:
    model.py, inputs.npz (with ``__dtypes__``), outputs.npz, seed. Outputs are saved flat
    (bfloat16 as float32), ``__kinds__`` marking ``None`` leaves."""
    import numpy as np
    import paddle

    model_path, inputs_path, out_path, seed = argv[0], argv[1], argv[2], int(argv[3])
    for name, alt in PADDLE_CPU_EQUIVALENTS.items():   # this child only (a fork)
        if hasattr(paddle._C_ops, alt):
            setattr(paddle._C_ops, name, getattr(paddle._C_ops, alt))
    with np.load(inputs_path, allow_pickle=False) as data:
        dtypes = json.loads(str(data["__dtypes__"]))
        kwargs = {k: paddle.to_tensor(data[k], dtype=dtypes[k], place=paddle.CPUPlace()) for k in dtypes}
    module = _module_from_text(Path(model_path), "graphnet_paddle_sample")
    model = module.GraphModule()
    model.eval()
    paddle.seed(seed)
    with paddle.no_grad():
        out = model(**kwargs)
    leaves: list[Any] = []

    def flat(o: Any) -> None:
        if isinstance(o, (list, tuple)):
            for x in o:
                flat(x)
        elif o is None:
            leaves.append(None)
        elif isinstance(o, paddle.Tensor):
            leaves.append((o.astype("float32") if o.dtype == paddle.bfloat16 else o).numpy())
        else:
            leaves.append(np.asarray(o))

    flat(out)
    arrays = {f"o{i}": a for i, a in enumerate(leaves) if a is not None}
    kinds = ["none" if a is None else "array" for a in leaves]
    np.savez(out_path, __kinds__=np.asarray(json.dumps(kinds)), **arrays)
