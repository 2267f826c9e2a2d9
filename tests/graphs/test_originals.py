"""The fork server that runs published model.py files: isolation, timeouts, crashes, restarts."""
from __future__ import annotations

import os
import sys
import time

import pytest
import torch

from paddlecamp.graphs import originals
from paddlecamp.graphs.semantics import OriginalRunError, run_original

HEADER = "import torch\n\n\nclass GraphModule(torch.nn.Module):\n    def forward(self, x):\n"


def _model(path, module_code: str, forward: str = "return (x + 1,)"):
    """A sample directory whose model.py runs ``module_code`` when imported."""
    path.mkdir(parents=True)
    body = "".join(f"        {ln}\n" for ln in forward.splitlines())
    (path / "model.py").write_text(module_code + "\n" + HEADER + body)
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead for our purpose
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_each_sample_gets_a_fresh_process(tmp_path):
    # A sample that changes process state (default dtype, a module global) leaves nothing behind.
    bad = _model(tmp_path / "bad", "import torch\ntorch.set_default_dtype(torch.float64)\ntorch.BAD = 1",
                 "return (torch.ones(2),)")
    good = _model(tmp_path / "good", "import torch", "return (torch.ones(2), torch.tensor(float(hasattr(torch, 'BAD'))))")
    x = {"x": torch.zeros(1)}
    assert run_original(bad, x)[0].dtype == torch.float64
    ones, flag = run_original(good, x)
    assert ones.dtype == torch.float32 and flag.item() == 0.0
    assert torch.get_default_dtype() == torch.float32 and not hasattr(torch, "BAD")


def test_the_server_pays_the_import_once(tmp_path):
    s = _model(tmp_path / "s", "import torch")
    x = {"x": torch.zeros(3)}
    run_original(s, x)  # the server is warm now
    pid = originals._SERVERS["torch"].proc.pid
    for _ in range(3):
        assert torch.equal(run_original(s, x)[0], torch.ones(3))
    assert originals._SERVERS["torch"].proc.pid == pid  # one server, three forked children


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_timeout_kills_the_sample_and_what_it_started(tmp_path):
    pidfile = tmp_path / "grandchild.pid"
    s = _model(tmp_path / "s", "import subprocess, time\n"
               f"p = subprocess.Popen(['sleep', '600'])\nopen({str(pidfile)!r}, 'w').write(str(p.pid))\n"
               "time.sleep(600)")
    t0 = time.perf_counter()
    with pytest.raises(OriginalRunError, match="timed out after 2 s"):
        run_original(s, {"x": torch.zeros(1)}, timeout=2)
    assert time.perf_counter() - t0 < 30
    grandchild = int(pidfile.read_text())
    deadline = time.time() + 5
    while _alive(grandchild) and time.time() < deadline:
        time.sleep(0.05)
    assert not _alive(grandchild)
    # the server survives and serves the next sample
    ok = _model(tmp_path / "ok", "import torch")
    assert torch.equal(run_original(ok, {"x": torch.zeros(1)})[0], torch.ones(1))


def test_crash_and_exit_codes_are_reported(tmp_path):
    seg = _model(tmp_path / "seg", "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)")
    with pytest.raises(OriginalRunError, match="crashed: killed by signal SIGSEGV"):
        run_original(seg, {"x": torch.zeros(1)})
    ex = _model(tmp_path / "exit", "import sys\nsys.exit(3)")
    with pytest.raises(OriginalRunError, match="failed: exit status 3"):
        run_original(ex, {"x": torch.zeros(1)})
    err = _model(tmp_path / "err", "import torch", "return (torch.matmul(x, x),)")
    with pytest.raises(OriginalRunError, match="failed: RuntimeError"):
        run_original(err, {"x": torch.zeros(2, 3)})


def test_a_dead_server_is_restarted(tmp_path):
    s = _model(tmp_path / "s", "import torch")
    run_original(s, {"x": torch.zeros(1)})
    old = originals._SERVERS["torch"]
    old.proc.kill()
    old.proc.wait()
    assert torch.equal(run_original(s, {"x": torch.zeros(1)})[0], torch.ones(1))
    assert originals._SERVERS["torch"] is not old


def test_sample_output_cannot_corrupt_the_reply_channel(tmp_path):
    s = _model(tmp_path / "s", "import os, sys\nprint('{\"status\": 0}')\nos.write(1, b'garbage\\n')\n"
               "sys.stdout.flush()")
    assert torch.equal(run_original(s, {"x": torch.zeros(2)})[0], torch.ones(2))


def test_unknown_framework_is_refused(tmp_path):
    with pytest.raises(KeyError, match="no child entry"):
        originals.run_child("jax", [], 1.0, tmp_path)


def _paddle_run(tmp_path, name: str, module_code: str, forward: str):
    import json

    import numpy as np

    d = tmp_path / name
    d.mkdir()
    (d / "model.py").write_text(module_code + "\nimport paddle\n\n\nclass GraphModule(paddle.nn.Layer):\n"
                                "    def forward(self, data_0):\n        " + forward + "\n")
    np.savez(d / "in.npz", __dtypes__=np.asarray(json.dumps({"data_0": "float32"})),
             data_0=np.zeros(2, np.float32))
    done = originals.run_child("paddle", [str(d / "model.py"), str(d / "in.npz"), str(d / "out.npz"), "0"], 60, d)
    return done, d / "out.npz"


def test_paddle_children_are_isolated_and_report_errors(tmp_path):
    import numpy as np

    done, _ = _paddle_run(tmp_path, "a", "import paddle\npaddle.set_default_dtype('float64')",
                          "return paddle.ones([2])")
    assert done.failure(60) is None
    done, out = _paddle_run(tmp_path, "b", "", "return paddle.ones([2]) + data_0")
    assert done.failure(60) is None
    with np.load(out) as z:
        assert z["o0"].dtype == np.float32
    done, _ = _paddle_run(tmp_path, "c", "", "return paddle.matmul(data_0.reshape([1, 2]), data_0.reshape([1, 2]))")
    assert done.failure(60, prefer="Error").startswith("failed: ValueError")
