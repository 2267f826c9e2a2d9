"""The probe catalogue: enough real usages, well-formed, references that evaluate in torch."""
from __future__ import annotations

from collections import Counter

import pytest

from paddlecamp.cppcompat import audit, probes


@pytest.fixture(scope="module")
def catalogue():
    return probes.load_probes()


def test_catalogue_has_enough_probes_in_every_category(catalogue):
    assert len(catalogue) >= 150
    per_category = Counter(p.category for p in catalogue)
    assert len(per_category) >= 15
    assert min(per_category.values()) >= 5, per_category
    for expected in ("factories", "tensor-options", "indexing", "data-access", "dispatch-macros", "checks",
                     "cuda-streams", "torch-library", "reductions", "arithmetic"):
        assert expected in per_category


def test_ids_are_unique_c_identifiers(catalogue):
    ids = [p.id for p in catalogue]
    assert len(ids) == len(set(ids))
    assert all(p.function.isidentifier() for p in catalogue)


def test_ci_subset_spans_the_categories(catalogue):
    chosen = probes.select(catalogue, "ci")
    assert {p.id for p in chosen} == set(probes.CI_SUBSET)
    assert 20 <= len(chosen) <= 35
    assert len({p.category for p in chosen}) >= 15


def test_select_matches_ids_and_categories_by_glob(catalogue):
    assert {p.id for p in probes.select(catalogue, "all", "at_m*")} >= {"at_mul", "at_matmul", "at_mm", "at_mean"}
    reductions = probes.select(catalogue, "all", "reductions")
    assert reductions and all(p.category == "reductions" for p in reductions)
    with pytest.raises(ValueError):
        probes.select(catalogue, "some")


def test_function_probe_becomes_a_function_with_the_standard_parameters(catalogue):
    probe = next(p for p in catalogue if p.id == "sum_dim")
    text = probe.cpp()
    assert text.startswith("at::Tensor probe_sum_dim(at::Tensor x, at::Tensor y, at::Tensor i) {")
    assert "return x.sum(1);" in text
    check = next(p for p in catalogue if p.id == "torch_check_fail")
    assert check.cpp().startswith("void probe_torch_check_fail(")


def test_cuda_and_compile_only_probes_are_not_executed(catalogue):
    by_id = {p.id: p for p in catalogue}
    assert not by_id["cuda_guard"].runnable
    assert not by_id["autograd_function_available"].runnable
    assert by_id["library_def_impl"].runnable  # namespace scope, called through the op registry


def test_every_reference_evaluates_with_torch(catalogue):
    values = audit.references([p for p in catalogue if p.runnable])
    runnable = [p for p in catalogue if p.runnable]
    assert len(values) == sum(p.reference is not None for p in runnable)
    assert values["op_scalar_affine"]["values"][0] == pytest.approx(-1.5)   # x[0,0] = -1.25
    assert values["sizes_vec"] == [3, 4]


def _write(tmp_path, text):
    path = tmp_path / "probes.yaml"
    path.write_text(text)
    return path


def test_malformed_entries_are_named_by_file_probe_and_field(tmp_path):
    path = _write(tmp_path, "- {id: ok_one, category: c, api: a, body: 'return x;', reference: x}\n"
                            "- {id: broken, category: c, api: a, body: 'return x;', returns: complex}\n")
    with pytest.raises(probes.ProbeCatalogueError, match=r"probes.yaml: probe 'broken': field 'returns'"):
        probes.load_probes(path)
    path = _write(tmp_path, "- {id: twice, category: c, api: a, body: 'return x;', reference: x}\n"
                            "- {id: twice, category: c, api: a, body: 'return x;', reference: x}\n")
    with pytest.raises(probes.ProbeCatalogueError, match="duplicate id"):
        probes.load_probes(path)
    path = _write(tmp_path, "- {id: noref, category: c, api: a, body: 'return x;'}\n")
    with pytest.raises(probes.ProbeCatalogueError, match="needs 'reference' or 'raises'"):
        probes.load_probes(path)
    path = _write(tmp_path, "- {id: 3bad, category: c, api: a, body: 'return x;'}\n")
    with pytest.raises(probes.ProbeCatalogueError, match="probe #1: field 'id'"):
        probes.load_probes(path)
