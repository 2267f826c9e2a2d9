"""The project's own torch corpus (data/apicompat/corpus): its parser and the snippets themselves."""
import warnings
from collections import Counter
from pathlib import Path

import pytest

from paddlecamp.apicompat.corpus import CorpusError, load, parse_file

CORPUS = Path(__file__).resolve().parents[2] / "data" / "apicompat" / "corpus"
FILES = ("torch.py", "tensor.py", "nn_functional.py", "nn_modules.py", "linalg.py", "fft.py", "optim.py",
         "special.py", "others.py")


# --------------------------------------------------------------------------- parser

def _write(tmp_path, text, name="snips.py"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_parser_reads_headers_names_and_checks(tmp_path):
    p = _write(tmp_path, (
        "# a file comment before the first header is fine\n"
        "\n"
        "# %% torch.sum | sum over one dim\n"
        "import torch\n"
        "result = torch.sum(torch.ones(2, 2), dim=1)\n"
        "\n"
        "# %% torch.max | values and indices\n"
        "# names: values, indices\n"
        "import torch\n"
        "values, indices = torch.max(torch.tensor([1.0, 3.0]), dim=0)\n"
        "\n"
        "# %% torch.rand | random draw\n"
        "# check: shape\n"
        "# rtol: 1e-4\n"
        "# atol: 1e-5\n"
        "import torch\n"
        "# a comment inside the code stays code\n"
        "result = torch.rand(3)\n"
    ))
    cases = parse_file(p)
    assert [c.api for c in cases] == ["torch.sum", "torch.max", "torch.rand"]
    assert [c.id for c in cases] == ["snips.py:3", "snips.py:7", "snips.py:12"]
    assert cases[0].names == ["result"] and cases[0].kwargs == {} and cases[0].func == "sum over one dim"
    assert cases[1].names == ["values", "indices"]
    assert "names:" not in cases[1].code and "values, indices = torch.max" in cases[1].code
    assert cases[2].kwargs == {"check_value": False, "strict_shape": True, "rtol": 1e-4, "atol": 1e-5}
    assert "# a comment inside the code stays code" in cases[2].code
    assert all(c.file == "snips.py" for c in cases)


@pytest.mark.parametrize("text,line,words", [
    ("import torch\n# %% torch.sum | x\nresult = 1\n", 1, "code before"),
    ("# %% torch.sum | x\nresult = 1\n\n# %% numpy.sum | not a torch API\nresult = 2\n", 4, "torch API"),
    ("# %% sum\nresult = 1\n", 1, "torch API"),
    ("# %% torch.sum | x\nimport torch\nresult = torch.sum(\n", 3, "snippet 'torch.sum'"),
    ("# %% torch.sum | ok\nresult = 1\n\n# %% torch.mean | bad\nimport torch\nresult = = 2\n", 6, "torch.mean"),
    ("# %% torch.sum | empty\n\n# %% torch.mean | x\nresult = 1\n", 1, "no code"),
])
def test_parser_errors_name_file_and_line(tmp_path, text, line, words):
    p = _write(tmp_path, text, "broken.py")
    with pytest.raises(CorpusError) as ei:
        parse_file(p)
    msg = str(ei.value)
    assert msg.startswith(f"{p}:{line}:"), msg
    assert words in msg


def test_load_reads_a_folder_of_files(tmp_path):
    _write(tmp_path, "# %% torch.abs | a\nresult = 1\n", "b.py")
    _write(tmp_path, "# %% torch.neg | b\nresult = 2\n# %% torch.exp | c\nresult = 3\n", "a.py")
    _write(tmp_path, "not python, not a corpus file\n", "notes.txt")
    cases = load(tmp_path)
    assert [c.id for c in cases] == ["a.py:1", "a.py:3", "b.py:1"]
    assert [c.id for c in load(tmp_path / "b.py")] == ["b.py:1"]


# --------------------------------------------------------------------------- the real corpus

@pytest.fixture(scope="module")
def cases():
    return load(CORPUS)


def test_corpus_size_coverage_and_ids(cases):
    assert len(cases) >= 300
    per_file = Counter(c.file for c in cases)
    assert set(FILES) <= set(per_file), sorted(set(FILES) - set(per_file))
    minimum = {"torch.py": 85, "tensor.py": 75, "nn_functional.py": 50, "nn_modules.py": 45, "linalg.py": 25,
               "fft.py": 15, "optim.py": 15, "special.py": 10}
    short = {f: (per_file[f], n) for f, n in minimum.items() if per_file[f] < n}
    assert not short, short
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids))
    # the header's API belongs to the file's namespace
    prefix = {"tensor.py": "torch.Tensor.", "nn_functional.py": "torch.nn.functional.", "nn_modules.py": "torch.nn.",
              "linalg.py": "torch.linalg.", "fft.py": "torch.fft.", "optim.py": "torch.optim.",
              "special.py": "torch.special.", "others.py": ("torch.utils.data.", "torch.distributions.")}
    wrong = [c.id for c in cases if c.file in prefix and not c.api.startswith(prefix[c.file])]
    assert not wrong, wrong
    assert all(c.func for c in cases), "every header says what the snippet does"
    assert all("import torch" in c.code for c in cases)


def test_every_snippet_runs_under_torch_and_defines_its_names(cases):
    torch = pytest.importorskip("torch")
    failures = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for c in cases:
            ns = {"__name__": "__main__"}
            try:
                exec(compile(c.code, c.id, "exec"), ns)
            except Exception as e:  # noqa: BLE001 - collected and reported below
                failures.append(f"{c.id} {c.api}: {type(e).__name__}: {e}")
                continue
            finally:
                torch.set_default_dtype(torch.float32)
                torch.set_grad_enabled(True)
            missing = [n for n in c.names if n not in ns]
            if missing:
                failures.append(f"{c.id} {c.api}: names not defined: {missing}")
    assert not failures, "\n".join(failures[:20])
