"""The Dify External Knowledge API service: a real uvicorn server on a loopback port, a real
HTTP client (httpx), a store indexed from two text-layer PDFs (no OCR).

Chunk counts and contents come from indexing (``IndexReport.chunks``) and from the pages'
known text, never from the service under test.
"""
from __future__ import annotations

import json
import random

import httpx
import pytest

from paddlecamp.cli import main as cli_main
from paddlecamp.docqa.sample_pages import EN_MEMO, ZH_REPORT
from paddlecamp.docqa.serve import MAX_BODY_BYTES, RETRIEVAL_PATHS, BackgroundServer, create_app

KEY, KEY2 = "test-key-1", "test-key-2"
AUTH = {"Authorization": f"Bearer {KEY}"}
MEMO_Q = "Who inspected the pump station?"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Both sample pages in collection ``default``; the memo alone in ``memo``."""
    from paddlecamp.docqa.api import index
    from paddlecamp.docqa.born_digital_pdf import write_text_pdf

    root = tmp_path_factory.mktemp("serve")
    docs = root / "docs"
    docs.mkdir()
    write_text_pdf(docs / "report_zh.pdf", ZH_REPORT)
    write_text_pdf(docs / "memo_en.pdf", EN_MEMO)
    store = root / "store"
    both = index([docs], store=store, progress=False)
    memo = index([docs / "memo_en.pdf"], store=store, collection="memo", progress=False)
    assert not both.errors and not memo.errors and both.pages_ocr == 0
    return {"path": store, "chunks": {"default": both.chunks, "memo": memo.chunks}}


@pytest.fixture(scope="module")
def server(store):
    with BackgroundServer(create_app(store["path"], [KEY, KEY2])) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def body(query=MEMO_Q, top_k=3, threshold=0.0, knowledge_id="default", **extra):
    return {"knowledge_id": knowledge_id, "query": query,
            "retrieval_setting": {"top_k": top_k, "score_threshold": threshold}, **extra}


def records(client, path="/retrieval", **kw):
    r = client.post(path, json=body(**kw), headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()["records"]


def test_happy_path_records_cite_the_page(client, store):
    recs = records(client, top_k=3)
    assert len(recs) == 3
    best = recs[0]
    assert "Laura Chen" in best["content"] and best["title"] == "memo_en.pdf"
    meta = best["metadata"]
    assert meta["source"] == "memo_en.pdf" and meta["page"] == 1 and meta["kind"] == "text"
    assert meta["section"] == "Maintenance Memo"
    assert len(meta["bbox"]) == 4 and meta["bbox"][0] < meta["bbox"][2] and meta["bbox"][1] < meta["bbox"][3]
    assert meta["chunk_id"].endswith("-1-0")
    for rec in recs:
        assert set(rec) == {"content", "score", "title", "metadata"}
        assert isinstance(rec["metadata"], dict) and 0.0 <= rec["score"] <= 1.0
    scores = [r["score"] for r in recs]
    assert scores == sorted(scores, reverse=True)


def test_chinese_query_finds_the_chinese_page(client):
    best = records(client, query="本季度营业收入是多少？", top_k=1)[0]
    assert "4,820 万元" in best["content"] and best["metadata"]["source"] == "report_zh.pdf"


def test_top_k_is_respected(client, store):
    total = store["chunks"]["default"]
    assert total >= 4
    assert len(records(client, top_k=1)) == 1
    assert len(records(client, top_k=2)) == 2
    assert len(records(client, top_k=1000)) == total  # more than the store holds: all of it
    assert len(records(client, top_k=None)) == min(5, total)  # Dify sends null when unset


def test_score_threshold_is_respected(client):
    everything = records(client, top_k=10)
    cut = (everything[0]["score"] + everything[1]["score"]) / 2
    kept = records(client, top_k=10, threshold=cut)
    assert [r["metadata"]["chunk_id"] for r in kept] == [everything[0]["metadata"]["chunk_id"]]
    assert records(client, top_k=10, threshold=1.0) == []


def test_concurrent_requests_get_the_same_answers(server):
    from concurrent.futures import ThreadPoolExecutor

    queries = [MEMO_Q, "本季度营业收入是多少？", "How much did the parts cost?", "华东区域新签客户多少家？"]
    with httpx.Client(base_url=server.url, timeout=60) as c:
        expected = {q: c.post("/retrieval", json=body(query=q), headers=AUTH).json() for q in queries}

    def post(i):
        q = queries[i % len(queries)]
        with httpx.Client(base_url=server.url, timeout=60) as c:
            return q, c.post("/retrieval", json=body(query=q), headers=AUTH)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(post, range(48)))
    assert all(r.status_code == 200 and r.json() == expected[q] for q, r in results)


def test_auth_errors(client):
    for headers in ({}, {"Authorization": KEY}, {"Authorization": f"Basic {KEY}"}, {"Authorization": "Bearer"},
                    {"Authorization": "Token abc"}, {"Authorization": f"Bearer {KEY} extra"}):
        r = client.post("/retrieval", json=body(), headers=headers)
        assert r.status_code == 403 and r.json()["error_code"] == 1001, (headers, r.text)
    r = client.post("/retrieval", json=body(), headers={"Authorization": "Bearer wrong-key"})
    assert r.status_code == 403 and r.json() == {"error_code": 1002, "error_msg": r.json()["error_msg"]}
    r = client.post("/retrieval", json=body(), headers={"Authorization": f"bearer {KEY2}"})  # scheme is case-free
    assert r.status_code == 200


def test_dify_save_check_posts_without_a_body(client):
    # Dify validates a new External Knowledge API with a bare POST: 403 means a wrong key,
    # 404 and 502 an unreachable endpoint; anything else is accepted.
    assert client.post("/retrieval", headers={"Authorization": "Bearer nope"}).status_code == 403
    r = client.post("/retrieval", headers=AUTH)
    assert r.status_code == 422 and r.json()["error_code"] == 3001 and "body is missing" in r.json()["error_msg"]


def test_unknown_knowledge_id(client):
    for kid in ("nope", "../etc", "", "x" * 300, "默认"):
        r = client.post("/retrieval", json=body(knowledge_id=kid), headers=AUTH)
        assert r.status_code == 404 and r.json()["error_code"] == 2001, (kid, r.text)


def test_collections_limit_what_is_served(store):
    with BackgroundServer(create_app(store["path"], [KEY], collections=["memo"])) as srv:
        r = httpx.post(srv.url + "/retrieval", json=body(knowledge_id="default"), headers=AUTH)
        assert r.status_code == 404 and r.json()["error_code"] == 2001
        r = httpx.post(srv.url + "/retrieval", json=body(knowledge_id="memo", top_k=10), headers=AUTH)
        assert {x["metadata"]["source"] for x in r.json()["records"]} == {"memo_en.pdf"}
        assert httpx.get(srv.url + "/health").json()["collections"] == {"memo": store["chunks"]["memo"]}


def test_metadata_condition_filters_records(client):
    def cond(*conditions, logical="and"):
        return {"logical_operator": logical, "conditions": list(conditions)}

    tables = records(client, top_k=10, metadata_condition=cond({"name": "kind", "comparison_operator": "is",
                                                                "value": "table"}))
    assert len(tables) == 2 and {r["metadata"]["kind"] for r in tables} == {"table"}
    zh = records(client, top_k=10, metadata_condition=cond({"name": ["source"], "comparison_operator": "start with",
                                                            "value": "report"}))
    assert zh and {r["metadata"]["source"] for r in zh} == {"report_zh.pdf"}
    memo_tables = records(client, top_k=10, metadata_condition=cond(
        {"name": "kind", "comparison_operator": "is", "value": "table"},
        {"name": "section", "comparison_operator": "contains", "value": "Memo"}))
    assert [(r["metadata"]["source"], r["metadata"]["kind"]) for r in memo_tables] == [("memo_en.pdf", "table")]
    either = records(client, top_k=10, metadata_condition=cond(
        {"name": "kind", "comparison_operator": "is", "value": "table"},
        {"name": "source", "comparison_operator": "end with", "value": "memo_en.pdf"}, logical="or"))
    assert len(either) == 3  # two tables plus the memo's text chunk
    assert records(client, top_k=10, metadata_condition=cond({"name": "page", "comparison_operator": "≥",
                                                              "value": 2})) == []
    # the filter runs before top_k, so one filtered record still comes back at top_k=1
    one = records(client, top_k=1, metadata_condition=cond({"name": "kind", "comparison_operator": "is",
                                                           "value": "table"}))
    assert len(one) == 1 and one[0]["metadata"]["kind"] == "table"
    for bad in ({"name": "kind", "comparison_operator": "like", "value": "t"},
                {"name": "kind", "comparison_operator": "is"},
                {"name": [], "comparison_operator": "empty"}):
        r = client.post("/retrieval", json=body(metadata_condition=cond(bad)), headers=AUTH)
        assert r.status_code == 422 and r.json()["error_code"] == 3001, (bad, r.text)
    assert records(client, top_k=2, metadata_condition={"logical_operator": None, "conditions": None})


def test_ragflow_route_serves_the_same_contract(client):
    assert RETRIEVAL_PATHS[1] == "/api/v1/dify/retrieval"
    assert records(client, path=RETRIEVAL_PATHS[1], top_k=3) == records(client, top_k=3)
    r = client.post(RETRIEVAL_PATHS[1], json=body(), headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["error_code"] == 1002


def test_health_reports_collections_and_chunks(client, store):
    h = client.get("/health").json()
    assert h["status"] == "ok" and h["milvus"] == "lite"
    assert h["collections"] == store["chunks"]


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/retrieval", "/api/v1/dify/retrieval", "/health"} <= set(spec["paths"])
    post = spec["paths"]["/retrieval"]["post"]
    assert {"200", "403", "404", "422"} <= set(post["responses"])
    req = spec["components"]["schemas"]["RetrievalRequest"]
    assert set(req["required"]) == {"knowledge_id", "query", "retrieval_setting"}
    assert any(s.get("scheme") == "bearer" for s in spec["components"]["securitySchemes"].values())
    assert client.get("/docs").status_code == 200


def test_body_limits(client):
    r = client.post("/retrieval", content=b"{" + b" " * (MAX_BODY_BYTES + 1) + b"}", headers=AUTH)
    assert r.status_code == 413 and r.json()["error_code"] == 3001
    r = client.post("/retrieval", json=body(query="q" * 5000), headers=AUTH)
    assert r.status_code == 422 and "query" in r.json()["error_msg"]


def test_no_auth_must_be_explicit(store):
    with pytest.raises(ValueError, match="no API key"):
        create_app(store["path"], [])
    with BackgroundServer(create_app(store["path"], [], allow_no_auth=True)) as srv:
        assert httpx.post(srv.url + "/retrieval", json=body(top_k=1)).status_code == 200


def test_cli_refuses_bad_setups(store, tmp_path, monkeypatch, capsys):
    from paddlecamp.docqa.serve_cli import KEYS_ENV, api_keys

    monkeypatch.delenv(KEYS_ENV, raising=False)
    assert cli_main(["docqa", "serve", "--store", str(store["path"])]) == 2
    assert KEYS_ENV in capsys.readouterr().err
    assert cli_main(["docqa", "serve", "--store", str(tmp_path / "none"), "--api-key", "k"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert cli_main(["docqa", "serve", "--store", str(store["path"]), "--api-key", "k", "--collection", "nope"]) == 2
    assert "no collection nope" in capsys.readouterr().err
    assert cli_main(["docqa", "serve", "--store", str(store["path"]), "--api-key", "k", "--no-auth"]) == 2
    assert cli_main(["docqa", "serve", "--store", str(store["path"]), "--api-key", "k", "--max-concurrent", "0"]) == 2
    assert "--max-concurrent" in capsys.readouterr().err
    with pytest.raises(ValueError, match="max_concurrent"):
        create_app(store["path"], [KEY], max_concurrent=0)
    with BackgroundServer(create_app(store["path"], [KEY])) as busy:  # the port is taken
        assert cli_main(["docqa", "serve", "--store", str(store["path"]), "--api-key", "k",
                         "--port", str(busy.port)]) == 2
        assert "cannot listen" in capsys.readouterr().err
    assert api_keys(["a", " b "], {KEYS_ENV: "c, ,a,d"}) == ["a", "b", "c", "d"]


# fuzz ---------------------------------------------------------------------------------------
STRINGS = ["", " ", "\t\n", "pump", "营业收入", "🙂" * 50, "\u202eRTL\u200b", "a\x00b", "\\ud800", "null",
           "x" * 5000, "' OR 1=1 --", '"quoted"', "../../etc/passwd", "${jndi:x}"]
VALUES = [None, True, False, 0, -1, 1, 3, 10**30, -(10**30), 1.5, 1e308, -0.0, "3", "abc", [], [1, 2], {}, {"a": 1},
          "x" * 300, 0.5, 2, -0.5]


def _random_value(rng, depth=0):
    pick = rng.random()
    if pick < 0.5 or depth > 2:
        return rng.choice(VALUES + STRINGS)
    if pick < 0.75:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["a", "top_k", "name", "value", "conditions"]): _random_value(rng, depth + 1)
            for _ in range(rng.randint(0, 3))}


GOOD_QUERIES = [MEMO_Q, "营业收入", "🙂 pump?", "\u202eRTL\u200b seal", "a\x00b valve", "x" * 4000, "  Laura  ",
                "' OR 1=1 --", "华东 revenue 2025"]


def _valid_body(rng):
    """A body Dify could send: valid values, sometimes extra fields or a well-formed filter."""
    b = body(query=rng.choice(GOOD_QUERIES), top_k=rng.choice([1, 2, 5, 10, 10**6, None]),
             threshold=rng.choice([0.0, 0.2, 0.5, 0.99, 1.0, None]), knowledge_id=rng.choice(["default", "memo"]))
    if rng.random() < 0.3:
        b["extra"] = _random_value(rng)
    if rng.random() < 0.4:
        b["metadata_condition"] = {"logical_operator": rng.choice(["and", "or", None]), "conditions": [
            {"name": rng.choice(["kind", "page", ["source", "section"], "bbox", "absent"]),
             "comparison_operator": rng.choice(["is", "contains", "≥", "<", "before", "empty", "in", "not in"]),
             "value": rng.choice(["table", 1, "2025-01-01", ["a", "text"], 0.5])} for _ in range(rng.randint(0, 3))]}
    return b


def _mutated_body(rng):
    if rng.random() < 0.35:
        return _valid_body(rng)
    b = body(query=rng.choice(STRINGS + [MEMO_Q]), top_k=rng.choice([1, 3, 0, -5, 10**6, None, "2", 2.0, 2.5, True]),
             threshold=rng.choice([0.0, 0.3, 1.0, -0.1, 1.1, None, "0.2", float("inf")]),
             knowledge_id=rng.choice(["default", "memo", "nope", "", 5, None, "默认"]))
    for _ in range(rng.randint(0, 3)):
        action = rng.random()
        if action < 0.3:
            b.pop(rng.choice(list(b)), None)
        elif action < 0.55:
            b[rng.choice(list(b))] = _random_value(rng)
        elif action < 0.7:
            b["extra_" + str(rng.randint(0, 9))] = _random_value(rng)
        elif action < 0.85 and isinstance(b.get("retrieval_setting"), dict):
            b["retrieval_setting"][rng.choice(["top_k", "score_threshold", "other"])] = _random_value(rng)
        else:
            b["metadata_condition"] = {
                "logical_operator": rng.choice(["and", "or", "xor", None, 1]),
                "conditions": [{"name": rng.choice(["kind", "page", ["source", "section"], "", [], 7, "bbox"]),
                                "comparison_operator": rng.choice(["is", "contains", "≥", ">", "before", "after",
                                                                   "empty", "in", "nope", None]),
                                "value": _random_value(rng)} for _ in range(rng.randint(0, 3))]
                if rng.random() < 0.9 else _random_value(rng)}
    return b


RAW_BODIES = [b"", b"{", b"[]", b"null", b"42", b'"str"', b"{'single': 'quotes'}", b"\xff\xfe\x00garbage",
              b'{"knowledge_id": "default", "query": "\xc3\x28", "retrieval_setting": {"top_k": 1, "score_threshold": 0}}',
              b'{"knowledge_id": "default", "query": "\\ud800", "retrieval_setting": {"top_k": 1, "score_threshold": 0}}',
              b'{"knowledge_id": "default", "query": "x", "retrieval_setting": {"top_k": 1, "score_threshold": NaN}}',
              b'{"knowledge_id": "default", "query": "x", "retrieval_setting": {"top_k": 1' + b"0" * 5000 + b', "score_threshold": 0}}',
              b"[" * 100000 + b"]" * 100000, b'{"a":' * 50000 + b"1" + b"}" * 50000,
              b'{"knowledge_id": "default", "knowledge_id": "memo", "query": "x", "retrieval_setting": {"top_k": 1, "score_threshold": 0}}']


def test_fuzz_never_answers_5xx(client):
    rng = random.Random(20261201)
    sent = 0
    statuses: dict[int, int] = {}

    def check(r):
        nonlocal sent
        sent += 1
        statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
        assert r.status_code < 500, r.text
        data = r.json()
        if r.status_code == 200:
            for rec in data["records"]:
                assert 0.0 <= rec["score"] <= 1.0 and isinstance(rec["metadata"], dict)
        else:
            assert isinstance(data["error_code"], int) and data["error_msg"], data

    for _ in range(360):
        payload = json.dumps(_mutated_body(rng), ensure_ascii=rng.random() < 0.5, allow_nan=True)
        path = rng.choice(RETRIEVAL_PATHS)
        check(client.post(path, content=payload.encode("utf-8", "surrogatepass"),
                          headers={**AUTH, "Content-Type": "application/json"}))
    for raw in RAW_BODIES:
        for ctype in ("application/json", "text/plain"):
            check(client.post("/retrieval", content=raw, headers={**AUTH, "Content-Type": ctype}))
    assert sent >= 390
    assert statuses.get(200, 0) >= 80 and statuses.get(422, 0) >= 100 and statuses.get(404, 0) >= 5, statuses
