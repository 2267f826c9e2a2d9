"""The doctor's checks: real probes of this environment, and failure reporting."""
from __future__ import annotations

import json

import pytest

from paddlecamp.cli import main as cli_main
from paddlecamp.doctor import checks
from paddlecamp.doctor.checks import MISSING, OK, CheckResult


def test_frameworks_coexist():
    (r,) = checks.check_frameworks()
    assert r.status == OK, r.detail


def test_triton_runs_a_kernel():
    (r,) = checks.check_triton()
    assert r.status == OK, r.detail
    assert "ran a kernel" in r.detail


def test_models_and_fonts_present():
    by_name = {r.name: r for r in checks.check_models() + checks.check_fonts()}
    assert all(r.status == OK for r in by_name.values()), by_name


def test_missing_package_is_reported_with_a_fix(monkeypatch):
    monkeypatch.setattr(checks, "PACKAGES", (("no-such-dist-paddlecamp", "nosuch", True),
                                             ("numpy", "numpy", True)))
    res = {r.name: r for r in checks.check_packages(import_modules=True)}
    assert res["no-such-dist-paddlecamp"].status == MISSING
    assert "make setup" in res["no-such-dist-paddlecamp"].fix
    assert res["numpy"].status == OK


def test_services_read_the_environment():
    res = {r.name: r for r in checks.check_services({"MILVUS_URI": "http://127.0.0.1:19530"})}
    assert res["Milvus server"].status == OK and "MILVUS_URI" in res["Milvus server"].detail
    assert res["ERNIE"].status != OK and not res["ERNIE"].failed  # optional: informs, never fails
    assert "QIANFAN_API_KEY" in res["ERNIE"].fix


def test_crashing_check_becomes_a_failed_row():
    def boom():
        raise RuntimeError("probe exploded")

    (r,) = checks.run_checks((boom,))
    assert r.failed and "probe exploded" in r.detail


def test_summary_table_names_failures():
    rows = [CheckResult("g", "thing", OK, "fine"), CheckResult("g", "gadget", MISSING, "gone", "install it"),
            CheckResult("g", "extra", MISSING, "gone", "optional", required=False)]
    text = checks.summary_table(rows)
    assert "1 required check(s) failed: gadget" in text
    assert "missing (optional)" in text and "install it" in text


@pytest.mark.parametrize("failing, code", [(False, 0), (True, 1)])
def test_doctor_exit_code(monkeypatch, capsys, failing, code):
    def fake():
        return [CheckResult("g", "needed", MISSING if failing else OK, "x"),
                CheckResult("g", "optional", MISSING, "x", required=False)]

    monkeypatch.setattr(checks, "ALL_CHECKS", (fake,))
    assert cli_main(["doctor", "--json"]) == code
    data = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in data] == ["needed", "optional"]
