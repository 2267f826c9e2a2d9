"""Hostile samples: attacks written into copies of real published GraphNet samples.

Each attack edits one real ``model.py`` (``fixtures/hostile_published/base_<n>``) at test
time: a statement in ``forward``, a changed call, a top-level statement, a default
argument, a decorator... Every attack, if any of it ran, would create a marker file (or
print, or hang, or allocate). For each one, both ``parse_model`` and the full numeric round
trip (``roundtrip_source``) must raise ``ParseError`` naming ``model.py:<line>`` of the
attack's line, and afterwards the marker must not exist and nothing must be printed.

Each attack runs in a forked child with a wall-clock timeout and an address-space limit, so
a parser that folds ``10 ** 10 ** 10`` or a graph that allocates ``10 ** 12`` floats is
reported as a failure instead of hanging or exhausting the machine, and a state change
that slips through (``torch.set_rng_state``) cannot leak into the rest of the test run.

Every attack is refused today; a new attack the parser misses can be added as a strict
``xfail`` until the parser closes it.
"""
from __future__ import annotations

import ast
import json
import os
import resource
import signal
import time
from pathlib import Path
from typing import Any, Callable

import pytest
import torch

from paddlecamp.graphs.parse import parse_model
from paddlecamp.graphs.roundtrip import roundtrip_source
from paddlecamp.graphs.sample import SampleError, read_sample

BASES = Path(__file__).parent / "fixtures" / "hostile_published"
#: A live tensor at the start of each base's forward.
TENSOR = {1: "L_x_", 2: "L_x_", 3: "L_index_indices"}
#: Seconds one attack (parse + round trip) may take in its child before it counts as a hang.
TIMEOUT = 2.0
#: Extra address space the child may map beyond what it has at the fork.
EXTRA_AS = 3 << 30
TAG = "# ATTACK"

# --------------------------------------------------------------------------- transformations
# Each takes an attack snippet (may span lines; the line that carries `# ATTACK`, else the
# first, is where the error must point) and returns a function base text -> hostile text.


def _lines(src: str) -> list[str]:
    return src.splitlines(keepends=True)


def _forward(src: str) -> ast.FunctionDef:
    tree = ast.parse(src)
    cls = next(s for s in tree.body if isinstance(s, ast.ClassDef))
    return next(f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "forward")


def _tag(snippet: str) -> str:
    """Mark the snippet's first line as the attack line unless another line is marked."""
    if TAG in snippet:
        return snippet
    first, _, rest = snippet.partition("\n")
    return f"{first}  {TAG}" + ("\n" + rest if rest else "")


def _insert(src: str, lineno: int, indent: int, snippet: str) -> str:
    lines = _lines(src)
    snippet = _tag(snippet)
    block = "".join(" " * indent + ln + "\n" if ln else "\n" for ln in snippet.splitlines())
    return "".join(lines[:lineno - 1]) + block + "".join(lines[lineno - 1:])


def forward_start(snippet: str) -> Callable[[str], str]:
    def t(src: str) -> str:
        first = _forward(src).body[0]
        return _insert(src, first.lineno, first.col_offset, snippet)
    return t


def before_return(snippet: str) -> Callable[[str], str]:
    def t(src: str) -> str:
        ret = _forward(src).body[-1]
        return _insert(src, ret.lineno, ret.col_offset, snippet)
    return t


def top_level(snippet: str) -> Callable[[str], str]:
    """After the first line (``import torch``)."""
    return lambda src: _insert(src, 2, 0, snippet)


def before_class(snippet: str) -> Callable[[str], str]:
    def t(src: str) -> str:
        cls = next(s for s in ast.parse(src).body if isinstance(s, ast.ClassDef))
        return _insert(src, cls.lineno, 0, snippet)
    return t


def after_class(snippet: str) -> Callable[[str], str]:
    return lambda src: src.rstrip("\n") + "\n\n\n" + _tag(snippet) + "\n"


def class_body(snippet: str) -> Callable[[str], str]:
    def t(src: str) -> str:
        f = _forward(src)
        return _insert(src, f.lineno, f.col_offset, snippet)
    return t


def before_forward_def(snippet: str) -> Callable[[str], str]:
    """A decorator line right above ``def forward``."""
    return class_body(snippet)


def replace(old: str, new: str) -> Callable[[str], str]:
    def t(src: str) -> str:
        assert src.count(old) == 1, f"{old!r} is not unique in the base"
        return src.replace(old, new)
    return t


def last_param_default(default: str) -> Callable[[str], str]:
    """Give forward's last argument a default value (on that argument's line)."""
    def t(src: str) -> str:
        arg = _forward(src).args.args[-1]
        lines = _lines(src)
        ln = lines[arg.lineno - 1]
        assert ln.rstrip().endswith(","), ln
        lines[arg.lineno - 1] = ln.rstrip()[:-1] + f" = {default},  {TAG}\n"
        return "".join(lines)
    return t


# --------------------------------------------------------------------------- attacks
# `{M}` is the marker path (a string literal), `{x}` a live tensor, `{CMD}` a shell command
# that creates the marker. The third field is the base sample (1, 2 or 3).

ATTACKS: list[Any] = [
    # ---- imports
    ("import_os_top", "top-level import of os", 1,
     top_level("import os  # ATTACK\nos.system({CMD})")),
    ("import_in_forward", "import statement inside forward", 2,
     forward_start("import os  # ATTACK\nos.system({CMD})")),
    ("from_os_import", "top-level `from os import system`", 3,
     top_level("from os import system  # ATTACK\nsystem({CMD})")),
    ("from_torch_import_load", "`from torch import load` next to the allowed `from torch import device`", 3,
     replace("from torch import device", "from torch import device, load  # ATTACK")),
    ("import_torch_hub", "`import torch.hub` (a submodule outside the allow-list)", 1,
     top_level("import torch.hub  # ATTACK")),
    ("import_alias", "`import os as torch_` aliasing", 2,
     top_level("import os as torch_  # ATTACK")),
    ("dunder_import", "`__import__('os').system(...)` in forward", 1,
     forward_start("pwn = __import__('os').system({CMD})")),
    ("importlib", "`importlib.import_module('os')` in forward", 2,
     forward_start("pwn = importlib.import_module('os').system({CMD})")),
    # ---- dunder access
    ("tensor_subclasses", "`{x}.__class__.__subclasses__()`", 1,
     forward_start("pwn = {x}.__class__.__subclasses__()")),
    ("tuple_bases", "`().__class__.__bases__[0].__subclasses__()`", 2,
     forward_start("pwn = ().__class__.__bases__[0].__subclasses__()")),
    ("self_dict", "`self.__dict__`", 3,
     forward_start("pwn = self.__dict__")),
    ("torch_builtins", "`torch.__builtins__['open'](M, 'w')`", 1,
     forward_start("pwn = torch.__builtins__['open']({M}, 'w')")),
    ("torch_dict_string_name", "`torch.__dict__['lo' + 'ad']` (string-built name)", 2,
     forward_start("pwn = torch.__dict__['lo' + 'ad']({M})")),
    # ---- getattr chains
    ("getattr_torch_load", "`getattr(torch, 'lo' + 'ad')(M)`", 3,
     forward_start("pwn = getattr(torch, 'lo' + 'ad')({M})")),
    ("getattr_getattr_C", "`getattr(getattr(torch, '_C'), '_get_tracing_state')()`", 1,
     forward_start("pwn = getattr(getattr(torch, '_C'), '_get_tracing_state')()")),
    ("getattr_self", "`getattr(self, '__dict__')`", 2,
     forward_start("pwn = getattr(self, '__dict__')")),
    pytest.param(
        "getattr_register_hook", "`getattr({x}, 'register_hook')`: a denied method fetched by getattr", 1,
        forward_start("pwn = getattr({x}, 'register_hook')")),
    pytest.param(
        "attribute_register_hook", "`{x}.register_hook` read as an attribute (not called)", 2,
        forward_start("pwn = {x}.register_hook")),
    ("getattr_string_built", "`getattr({x}, 'regist' + 'er_hook')`", 3,
     forward_start("pwn = getattr({x}, 'regist' + 'er_hook')")),
    pytest.param(
        "cond_getattr_hook", "`torch.cond` (a higher-order op) handed a getattr'd register_hook", 1,
        forward_start("pwn = torch.cond({x}.sum() > 0, getattr({x}, 'register_hook'), "
                      "getattr({x}, 'register_hook'), ({x},))")),
    pytest.param(
        "vmap_getattr", "`torch.vmap(getattr({x}, 'numpy'))` builds a callable around a denied method", 2,
        forward_start("pwn = torch.vmap(getattr({x}, 'numpy'))")),
    ("higher_order_ns", "`torch.ops.higher_order.cond(...)`", 3,
     forward_start("pwn = torch.ops.higher_order.cond(True, getattr({x}, 'register_hook'), "
                   "getattr({x}, 'register_hook'), ({x},))")),
    ("torch_func", "`torch.func.functional_call(...)`", 1,
     forward_start("pwn = torch.func.functional_call(self, {{}}, ({x},))")),
    # ---- non-expression code
    ("lambda", "an immediately called lambda", 2,
     forward_start("pwn = (lambda: open({M}, 'w'))()")),
    ("listcomp", "list comprehension", 3,
     forward_start("pwn = [open({M}, 'w') for _ in (1,)]")),
    ("dictcomp", "dict comprehension", 1,
     forward_start("pwn = {{k: open({M}, 'w') for k in (1,)}}")),
    ("setcomp", "set comprehension", 2,
     forward_start("pwn = {{open({M}, 'w') for _ in (1,)}}")),
    ("genexp", "generator expression passed to an allowed builtin", 3,
     forward_start("pwn = max(open({M}, 'w') for _ in (1,))")),
    ("walrus", "walrus inside an allowed call", 1,
     forward_start("pwn = torch.relu((w := {x}))")),
    ("global", "`global` statement", 2,
     forward_start("global open  # ATTACK\nopen({M}, 'w')")),
    ("nonlocal", "`nonlocal` statement", 3,
     forward_start("nonlocal pwn  # ATTACK")),
    ("with_block", "`with open(...)`", 1,
     forward_start("with open({M}, 'w') as f:  # ATTACK\n    pass")),
    ("try_except", "`try/except` around a write", 2,
     forward_start("try:  # ATTACK\n    open({M}, 'w')\nexcept Exception:\n    pass")),
    ("while_loop", "`while` loop", 3,
     forward_start("while True:  # ATTACK\n    open({M}, 'w')\n    break")),
    ("for_loop", "`for` loop", 1,
     forward_start("for _ in (1,):  # ATTACK\n    open({M}, 'w')")),
    ("if_block", "`if` block", 2,
     forward_start("if True:  # ATTACK\n    open({M}, 'w')")),
    ("assert_side_effect", "`assert` with a side effect", 3,
     forward_start("assert open({M}, 'w')")),
    ("yield", "`yield` makes forward a generator", 1,
     forward_start("yield open({M}, 'w')")),
    ("async_forward", "`async def forward`", 2,
     replace("    def forward(", "    async def forward(  # ATTACK")),
    ("async_helper", "an `async def` member next to forward", 3,
     class_body("async def helper(self):  # ATTACK\n    open({M}, 'w')\n")),
    ("delete", "`del` statement", 1,
     forward_start("del self  # ATTACK")),
    ("attribute_store", "`torch.backends.cudnn.benchmark = True` (attribute store)", 2,
     forward_start("torch.backends.cudnn.benchmark = True")),
    # ---- decorators, classes, functions
    pytest.param(
        "decorate_forward", "decorator on forward that writes the marker", 3,
        before_forward_def("@(lambda f: open({M}, 'w') and f)  # ATTACK")),
    pytest.param(
        "decorate_class", "decorator on the class that writes the marker", 1,
        before_class("@(lambda c: open({M}, 'w') and c)  # ATTACK")),
    ("metaclass", "metaclass keyword on the class", 2,
     replace("class GraphModule(torch.nn.Module):",
             "class GraphModule(torch.nn.Module, metaclass=type('M', (type,), {{}})):  # ATTACK")),
    ("second_class_after", "a second class (operator overloading) after GraphModule", 3,
     after_class("class Evil:  # ATTACK\n    def __add__(self, other):\n        return open({M}, 'w')")),
    pytest.param(
        "second_class_before", "a second class, with a class-level write, before GraphModule", 1,
        before_class("class Evil:  # ATTACK\n    pwn = open({M}, 'w')\n\n")),
    ("toplevel_function", "a top-level function", 2,
     after_class("def evil():  # ATTACK\n    open({M}, 'w')")),
    ("toplevel_statement", "a top-level call", 3,
     top_level("open({M}, 'w')")),
    ("class_level_statement", "a statement in the class body", 1,
     class_body("pwn = open({M}, 'w')")),
    ("class_level_helper", "a second method in the class", 2,
     class_body("def helper(self):  # ATTACK\n    open({M}, 'w')\n")),
    pytest.param(
        "init_extra_statement", "`__init__` that calls super().__init__() and then writes", 3,
        class_body("def __init__(self):\n    super().__init__()\n    open({M}, 'w')  # ATTACK\n")),
    pytest.param(
        "init_replaced_super", "`super().__init__` replaced by another call", 1,
        class_body("def __init__(self):\n    object.__init__(open({M}, 'w'))  # ATTACK\n")),
    # ---- eval / exec / compile, also hidden in defaults and annotations
    ("eval", "`eval(...)`", 2, forward_start("pwn = eval(\"open({M}, 'w')\")")),
    ("exec", "`exec(...)`", 3, forward_start("exec(\"open({M}, 'w')\")")),
    ("compile", "`compile(...)`", 1,
     forward_start("pwn = compile(\"open({M}, 'w')\", 'x', 'exec')")),
    ("exec_in_default", "`def forward(..., arg=exec(...))`", 2,
     last_param_default("exec(\"open({M}, 'w')\")")),
    ("alloc_in_default", "a default that is a graph call (`torch.empty(10**12)`)", 1,
     last_param_default("torch.empty(10 ** 12)")),
    ("exec_in_annotation", "an annotation that would run code", 3,
     replace("s0: torch.SymInt,", "s0: __import__('os').system({CMD}),  # ATTACK")),
    # ---- files, processes, serialization
    ("open", "`open(M, 'w')`", 1, forward_start("pwn = open({M}, 'w')")),
    ("torch_load", "`torch.load(M)`", 2, forward_start("pwn = torch.load({M})")),
    ("torch_save", "`torch.save({x}, M)`", 3, forward_start("torch.save({x}, {M})")),
    ("torch_from_file", "`torch.from_file(M, True, 4)` (creates the file)", 1,
     forward_start("pwn = torch.from_file({M}, True, 4)")),
    pytest.param(
        "aten_from_file", "`torch.ops.aten.from_file(M, True, 4)`: the aten spelling of a denied function", 2,
        forward_start("pwn = torch.ops.aten.from_file({M}, True, 4)")),
    ("paddle_load", "`paddle.load(M)`", 3, forward_start("pwn = paddle.load({M})")),
    ("os_system", "`os.system(...)`", 1, forward_start("pwn = os.system({CMD})")),
    ("subprocess", "`subprocess.run(...)`", 2,
     forward_start("pwn = subprocess.run(['touch', {M}])")),
    ("builtins_open", "`builtins.open(M, 'w')`", 3, forward_start("pwn = builtins.open({M}, 'w')")),
    ("sys_modules", "`sys.modules['os'].system(...)`", 1,
     forward_start("pwn = sys.modules['os'].system({CMD})")),
    ("print", "`print(...)` writes to stdout", 2, forward_start("print('PWNED')")),
    # ---- global state
    ("manual_seed", "`torch.manual_seed(0)`", 3, forward_start("pwn = torch.manual_seed(0)")),
    ("torch_random", "`torch.random.manual_seed(0)`", 1, forward_start("pwn = torch.random.manual_seed(0)")),
    pytest.param(
        "set_rng_state", "`torch.set_rng_state(...)`", 2,
        forward_start("pwn = torch.set_rng_state(torch.get_rng_state())")),
    pytest.param(
        "set_autocast_enabled", "`torch.set_autocast_enabled(True)` (process-wide state)", 3,
        forward_start("pwn = torch.set_autocast_enabled(True)")),
    ("set_default_dtype", "`torch.set_default_dtype(torch.float64)`", 1,
     forward_start("pwn = torch.set_default_dtype(torch.float64)")),
    ("set_num_threads", "`torch.set_num_threads(64)`", 2,
     forward_start("pwn = torch.set_num_threads(64)")),
    ("set_grad_enabled", "`torch.set_grad_enabled(True)`", 3,
     forward_start("pwn = torch.set_grad_enabled(True)")),
    ("enable_grad", "`torch.enable_grad()`", 1, forward_start("pwn = torch.enable_grad()")),
    pytest.param(
        "private_set_grad_enabled", "`torch._C._set_grad_enabled(True)` outside dynamo's own pattern", 2,
        forward_start("pwn = torch._C._set_grad_enabled(True)")),
    ("torch_hub", "`torch.hub.load(...)`", 3, forward_start("pwn = torch.hub.load('evil/repo', 'model')")),
    ("torch_utils", "`torch.utils.cpp_extension.load_inline(...)`", 1,
     forward_start("pwn = torch.utils.cpp_extension.load_inline('x', '')")),
    ("torch_cuda", "`torch.cuda.set_device(0)`", 2, forward_start("pwn = torch.cuda.set_device(0)")),
    ("torch_backends", "`torch.backends.cudnn.is_available()`", 3,
     forward_start("pwn = torch.backends.cudnn.is_available()")),
    ("torch_classes", "`torch.classes.evil.Op()`", 1, forward_start("pwn = torch.classes.evil.Op()")),
    ("custom_op_namespace", "`torch.ops.evil.op({x})`", 2, forward_start("pwn = torch.ops.evil.op({x})")),
    # ---- tensor methods with side effects
    ("register_hook", "`{x}.register_hook(...)`", 3, forward_start("pwn = {x}.register_hook({x})")),
    ("numpy", "`{x}.numpy()`", 1, forward_start("pwn = {x}.numpy()")),
    ("tofile", "`{x}.tofile(M)` (numpy's writer; not a tensor method)", 2, forward_start("pwn = {x}.tofile({M})")),
    ("storage", "`{x}.storage()`", 3, forward_start("pwn = {x}.storage()")),
    pytest.param(
        "retain_grad", "`{x}.retain_grad()` (autograd state)", 1, forward_start("pwn = {x}.retain_grad()")),
    # ---- huge constants and allocations
    pytest.param(
        "huge_pow", "`10 ** 10 ** 10` folded as a constant", 3, forward_start("pwn = {x} * 10 ** 10 ** 10")),
    pytest.param(
        "huge_string", "`'a' * 10 ** 10`", 1, forward_start("pwn = 'a' * 10 ** 10")),
    pytest.param(
        "huge_list", "`[0] * 10 ** 10`", 2, forward_start("pwn = [0] * 10 ** 10")),
    pytest.param(
        "huge_empty", "`torch.empty(10 ** 12)`", 3, forward_start("pwn = torch.empty(10 ** 12)")),
    pytest.param(
        "huge_resize", "`{x}.resize_(10 ** 12)`", 1, forward_start("pwn = {x}.resize_(10 ** 12)")),
    pytest.param(
        "huge_factorial", "`math.factorial(10 ** 9)` (a math call, run as a graph node)", 2,
        forward_start("pwn = math.factorial(10 ** 9)")),
    pytest.param(
        "huge_builtin_pow", "`pow(10, 10 ** 10)` (the builtin, run as a graph node)", 3,
        forward_start("pwn = pow(10, 10 ** 10)")),
    pytest.param(
        "huge_aten_empty", "`torch.ops.aten.empty.memory_format([10 ** 12])` (aten spelling of a factory)", 1,
        forward_start("pwn = torch.ops.aten.empty.memory_format([10 ** 12])")),
]


# --------------------------------------------------------------------------- harness

def build(base: int, transform: Callable[[str], str], marker: Path) -> tuple[str, int]:
    """The hostile text and the line number of the attack (the line tagged ``# ATTACK``)."""
    src = (BASES / f"base_{base}" / "model.py").read_text(encoding="utf-8")
    assert "{" not in src and "}" not in src and TAG not in src
    text = transform(src).format(M=repr(str(marker)), CMD=repr(f"touch {marker}"), x=TENSOR[base])
    tagged = [i for i, ln in enumerate(text.splitlines(), 1) if TAG in ln]
    assert len(tagged) == 1, tagged
    return text, tagged[0]


def _outcome(fn: Callable[[], Any], line: int) -> dict:
    try:
        fn()
    except SampleError as exc:
        return {"kind": "refused", "type": type(exc).__name__, "line": exc.line, "msg": str(exc)}
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        return {"kind": "error", "type": type(exc).__name__, "msg": str(exc)[:300]}
    return {"kind": "accepted"}


def run_isolated(text: str, line: int, metas: dict, stdout: Path) -> list[dict]:
    """Parse, then round-trip, ``text`` in a forked child; one outcome per stage."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(r)
            fd = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            import sys
            sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
            size = int(next(ln.split()[1] for ln in open("/proc/self/status") if ln.startswith("VmSize"))) * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size + EXTRA_AS, size + EXTRA_AS))
            # The parent's OpenMP pool does not survive fork: run the child's ops inline.
            torch.set_num_threads(1)
            # A graph that raises makes FX format its error via torch._dynamo, a 5 s import.
            torch.fx.graph_module._WrappedCall._generate_error_message = staticmethod(lambda fs: "")
            with os.fdopen(w, "w") as out:
                for stage in (lambda: parse_model(text, "model.py"),
                              lambda: roundtrip_source(text, metas, "hostile", "model.py", numeric=True)):
                    out.write(json.dumps(_outcome(stage, line)) + "\n")
                    out.flush()
                sys.stdout.flush()
        finally:
            os._exit(0)
    os.close(w)
    deadline = time.monotonic() + TIMEOUT
    killed = False
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.01)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        killed = True
    with os.fdopen(r) as inp:
        results = [json.loads(ln) for ln in inp.read().splitlines()]
    while len(results) < 2:
        results.append({"kind": "hang", "msg": f"no answer within {TIMEOUT:g} s (killed)"} if killed
                       else {"kind": "died", "msg": "the child exited without an answer"})
    return results


_META_CACHE: dict[int, dict] = {}


def _metas(base: int) -> dict:
    if base not in _META_CACHE:
        _META_CACHE[base] = read_sample(BASES / f"base_{base}").all_meta()
    return _META_CACHE[base]


@pytest.mark.parametrize("base", [1, 2, 3])
def test_bases_are_real_samples_that_round_trip(base):
    s = read_sample(BASES / f"base_{base}")
    assert s.graph_net["framework"] == "torch"
    res = roundtrip_source(s.model_source, s.all_meta(), f"base_{base}", "model.py", numeric=True)
    assert res.ok, res.error


@pytest.mark.parametrize("attack_id, description, base, transform", ATTACKS,
                         ids=[a.values[0] if hasattr(a, "values") else a[0] for a in ATTACKS])
def test_hostile_attack_is_refused_and_never_runs(attack_id, description, base, transform, tmp_path,
                                                  monkeypatch):
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "PWNED"
    text, line = build(base, transform, marker)
    assert "forward" in text  # the attack sits in a real sample, not a toy
    results = run_isolated(text, line, _metas(base), tmp_path / "child_stdout")
    assert not marker.exists(), f"{attack_id}: the marker was created: {results}"
    assert (tmp_path / "child_stdout").read_text() == "", f"{attack_id}: something printed"
    for stage, res in zip(("parse_model", "roundtrip_source"), results):
        assert res["kind"] == "refused" and res["type"] == "ParseError", f"{stage}: {res}"
        assert f"model.py:{line}:" in res["msg"] and res["line"] == line, f"{stage}: wanted line {line}: {res}"
