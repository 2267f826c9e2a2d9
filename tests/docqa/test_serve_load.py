"""The load-test driver: percentiles, and counting of good and failed requests on a real server."""
from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from paddlecamp.docqa.serve import BackgroundServer
from paddlecamp.docqa.serve_load import percentile, run_load


def test_percentile_interpolates_between_ranks():
    values = [10.0, 20.0, 30.0, 40.0, 50.0]
    assert percentile(values, 50) == 30.0
    assert percentile(values, 0) == 10.0 and percentile(values, 100) == 50.0
    assert percentile(values, 95) == pytest.approx(48.0)  # 4 * 0.95 = 3.8 -> 40 + 0.8 * 10
    assert percentile([], 50) == 0.0


def test_run_load_counts_requests_and_errors():
    app = FastAPI()
    seen = {"auth": set()}

    @app.post("/retrieval")
    def retrieval(body: dict):
        if body.get("fail"):
            return JSONResponse(status_code=500, content={"error_code": 5001, "error_msg": "boom"})
        if body.get("bad_shape"):
            return {"not_records": []}
        return {"records": []}

    @app.middleware("http")
    async def remember_auth(request, call_next):
        seen["auth"].add(request.headers.get("authorization"))
        return await call_next(request)

    with BackgroundServer(app) as srv:
        report = run_load(srv.url + "/retrieval", [{"q": 1}, {"fail": True}, {"bad_shape": True}], api_key="k",
                          clients=3, seconds=0.5)
    # each client sticks to one body (offset k, stride 3): one client only succeeds, one only
    # gets 500s, one only gets a 200 without records
    assert report.requests == sum(report.statuses.values()) > 3
    assert report.errors == report.error_kinds["HTTP 500"] + report.error_kinds["HTTP 200"]
    assert report.statuses["500"] == report.error_kinds["HTTP 500"] > 0
    assert 0 < report.errors < report.requests
    assert seen["auth"] == {"Bearer k"}
    with pytest.raises(ValueError):
        run_load(srv.url, [], clients=1, seconds=1)
