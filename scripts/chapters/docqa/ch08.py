"""Chapter 08 of Track 1: serving the store to Dify as an External Knowledge API (cells for docqa_chapters.py)."""

FILE = "08-serving-dify.ipynb"

CELLS = [
    ("md", """\
# 08 · Serving the store to Dify

**Question.** Our pipeline reads scanned pages, indexes them in Milvus and answers with a page and a
box to cite. Teams build their assistants in Dify. How does a Dify app search *our* store, keeping
the provenance, without copying the documents into Dify's own knowledge base?

Dify's answer is the **External Knowledge API**: a knowledge base that lives elsewhere and that
Dify queries over HTTP. The contract is small, one route:

```
POST {endpoint}/retrieval
Authorization: Bearer {API_KEY}
{"knowledge_id": "...", "query": "...", "retrieval_setting": {"top_k": 3, "score_threshold": 0.5},
 "metadata_condition": {...}}            # optional
→ 200 {"records": [{"content", "score", "title", "metadata": {...}}]}
```

and three error codes (`1001` malformed `Authorization` header, `1002` wrong key, `2001` unknown
knowledge). RAGFlow serves the same contract at `/api/v1/dify/retrieval`, so one service can stand
in for either. This chapter runs that service over our store (`paddlecamp docqa serve`), looks at
the bytes on the wire, at every error, at metadata filtering, and ends with a load measurement.

**In Dify's UI** (Knowledge page):

1. *External Knowledge API* → *Add an External Knowledge API*: **Name** (any label), **API
   Endpoint** = the server's base URL, e.g. `http://10.0.0.5:8765` (Dify appends `/retrieval`
   itself), **API Key** = one of the server's keys. On save, Dify posts once *without a body*
   to check the endpoint: 403 means a wrong key, 404 or 502 an unreachable endpoint, anything
   else is accepted (our server answers 422, "body is missing").
2. *Connect to an External Knowledge Base*: a name and description, the API registered in step
   1, **External Knowledge ID** = the collection name in our store (`default` unless you indexed
   with `--collection`), and the retrieval settings **Top K** and **Score Threshold** (when the
   threshold switch is off Dify sends `0.0`).
3. Add that knowledge base to an app's context: each user question becomes one `/retrieval`
   call, and the records' `content` goes to the model, the `metadata` to the citations.

On the command line the server is

```
PADDLECAMP_DOCQA_API_KEYS=key1,key2 paddlecamp docqa serve --store STORE --host 0.0.0.0 --port 8765
```

Here we start the same app in a thread of this notebook, on a free loopback port."""),
    ("params", """\
SMOKE = True
# the short load run at the end: concurrent clients and seconds
LOAD_CLIENTS = 8
LOAD_SECONDS = 1.0 if SMOKE else 10.0
"""),
    ("code", """\
import inspect
import json
import math
import os
import secrets
import time
import warnings

warnings.filterwarnings("ignore")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
import httpx
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from paddlecamp import repo_path
from paddlecamp.docqa import api, serve
from paddlecamp.docqa.born_digital_pdf import write_text_pdf
from paddlecamp.docqa.sample_pages import EN_MEMO, ZH_REPORT, chapter_store
from paddlecamp.docqa.serve_load import run_load
from paddlecamp.docqa.store import HYBRID_WEIGHTS

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
import fastapi
import uvicorn

print("fastapi", fastapi.__version__, "| uvicorn", uvicorn.__version__, "| routes:", serve.RETRIEVAL_PATHS)
"""),
    ("md", """\
## 1. A store to serve

Two pages with a real text layer (the demo report in Chinese and the maintenance memo in English)
index in seconds: no OCR, the chapter is about serving. Any store from the earlier chapters works
the same way."""),
    ("code", """\
store = chapter_store("08-serving")
docs = store / "docs"
docs.mkdir(exist_ok=True)
for name, spec in [("report_zh.pdf", ZH_REPORT), ("memo_en.pdf", EN_MEMO)]:
    if not (docs / name).is_file():  # written once: a rerun finds them indexed and skips them
        write_text_pdf(docs / name, spec)
t = time.perf_counter()
report = api.index([docs], store=store, progress=False)
print(report.summary(), f"({time.perf_counter() - t:.1f} s)")
assert not report.errors and report.pages_ocr == 0
"""),
    ("md", """\
## 2. The service

`serve.create_app(store, api_keys)` builds a FastAPI app. Retrieval goes through the library's own
`api.retrieve` (hybrid dense + BM25); each hit becomes a Dify record. The `metadata` object carries
the provenance our citations need: source, page, box, chunk id, kind and section."""),
    ("code", """\
print(inspect.getsource(serve.hit_to_record))
"""),
    ("code", """\
KEY = secrets.token_urlsafe(16)  # a throwaway key for this notebook
server = serve.BackgroundServer(serve.create_app(store, [KEY])).start()
print("endpoint for Dify:", server.url)
"""),
    ("md", """\
## 3. One request on the wire

What Dify sends, byte for byte (httpx builds the same request Dify's own httpx client does), and
what comes back."""),
    ("code", """\
body = {"knowledge_id": "default", "query": "Who inspected the pump station?",
        "retrieval_setting": {"top_k": 3, "score_threshold": 0.0}}
request = httpx.Request("POST", server.url + "/retrieval", json=body, headers={"Authorization": f"Bearer {KEY}"})
print(f"{request.method} {request.url.raw_path.decode()} HTTP/1.1")
for name, value in request.headers.items():
    print(f"{name}: {value}")
print()
print(request.content.decode())

with httpx.Client() as client:
    response = client.send(request)
print(f"\\nHTTP/1.1 {response.status_code} {response.reason_phrase}")
for name, value in response.headers.items():
    print(f"{name}: {value}")
print()
print(json.dumps(response.json(), ensure_ascii=False, indent=1)[:1500])
records = response.json()["records"]
assert response.status_code == 200 and len(records) == 3
assert all(0 <= r["score"] <= 1 and isinstance(r["metadata"], dict) for r in records)
assert "Laura Chen" in records[0]["content"] and records[0]["metadata"]["page"] == 1
"""),
    ("md", """\
### Where the score comes from

Dify expects a score in [0, 1] and compares it with its threshold. Our hybrid search fuses the two
sides with Milvus's `WeightedRanker`, weights `HYBRID_WEIGHTS` (dense 0.3, BM25 0.7), after
normalising each: cosine similarity as `(1 + cos) / 2`, BM25 as `(2/π)·arctan(bm25)`. A side
that did not return a chunk adds 0. The fused score is therefore already in [0, 1] and the service
passes it on (clamped against rounding). We check the formula against the two sides searched
separately (Milvus Lite reports the BM25 side as a negative distance; the ranker uses its size):"""),
    ("code", """\
def fused(cos, bm25):
    return HYBRID_WEIGHTS[0] * (1 + cos) / 2 + HYBRID_WEIGHTS[1] * 2 / math.pi * math.atan(abs(bm25))

q = body["query"]
dense = {h.chunk.chunk_id: h.score for h in api.retrieve(q, store=store, top_k=10, mode="dense")[0]}
bm25 = {h.chunk.chunk_id: h.score for h in api.retrieve(q, store=store, top_k=10, mode="bm25")[0]}
rows = []
for r in records:
    cid = r["metadata"]["chunk_id"]
    rows.append({"chunk": cid, "cos": dense.get(cid), "bm25": bm25.get(cid, 0.0), "served score": r["score"],
                 "formula": fused(dense.get(cid, -1.0), bm25.get(cid, 0.0))})
table = pd.DataFrame(rows)
display(table.round(4))
assert (table["served score"] - table["formula"]).abs().max() < 1e-4
"""),
    ("md", """\
A chunk that only the dense side finds can score at most 0.3: with Dify's threshold at 0.5, only
chunks sharing words with the question can pass. That is the right default for scanned documents,
where the English-centric embedder is the weaker side for Chinese text.

## 4. The errors

Dify shows an error when the status is not 200; the body says why. Authorization is checked before
the body is read, so a wrong key never learns anything about the body."""),
    ("code", """\
cases = {
    "no Authorization header": ({}, body),
    "not a Bearer header": ({"Authorization": f"Basic {KEY}"}, body),
    "wrong key": ({"Authorization": "Bearer not-the-key"}, body),
    "unknown knowledge_id": ({"Authorization": f"Bearer {KEY}"}, {**body, "knowledge_id": "contracts"}),
    "top_k 0": ({"Authorization": f"Bearer {KEY}"}, {**body, "retrieval_setting": {"top_k": 0, "score_threshold": 0}}),
    "Dify's save check (no body)": ({"Authorization": f"Bearer {KEY}"}, None),
}
seen = {}
with httpx.Client(base_url=server.url) as client:
    for name, (headers, payload) in cases.items():
        r = client.post("/retrieval", headers=headers, json=payload) if payload else client.post("/retrieval", headers=headers)
        seen[name] = (r.status_code, r.json()["error_code"])
        print(f"{name:30s} HTTP {r.status_code}  {r.text}")
assert seen["no Authorization header"] == (403, 1001) and seen["not a Bearer header"] == (403, 1001)
assert seen["wrong key"] == (403, 1002) and seen["unknown knowledge_id"] == (404, 2001)
assert seen["top_k 0"][0] == 422 and seen["Dify's save check (no body)"][0] not in (403, 404, 502)
"""),
    ("md", """\
## 5. Metadata filtering

`metadata_condition` (sent by Dify's workflows, or by any client) filters records by their
metadata with Dify's operators: `contains`, `not contains`, `start with`, `end with`, `is`,
`is not`, `in`, `not in`, `empty`, `not empty`, `=`, `≠`, `>`, `<`, `≥`, `≤`, `before`, `after`,
joined by `and` or `or`. Here: only tables, then only the memo, then either."""),
    ("code", """\
def ask(query, condition=None, top_k=10):
    payload = {**body, "query": query, "retrieval_setting": {"top_k": top_k, "score_threshold": 0.0}}
    if condition:
        payload["metadata_condition"] = condition
    r = httpx.post(server.url + "/retrieval", json=payload, headers={"Authorization": f"Bearer {KEY}"})
    r.raise_for_status()
    return pd.DataFrame([{"score": x["score"], **{k: x["metadata"][k] for k in ("source", "page", "kind", "section")}}
                         for x in r.json()["records"]])

tables = {"conditions": [{"name": "kind", "comparison_operator": "is", "value": "table"}]}
memo = {"conditions": [{"name": "source", "comparison_operator": "start with", "value": "memo"}]}
either = {"logical_operator": "or", "conditions": tables["conditions"] + memo["conditions"]}
for label, cond in [("no filter", None), ("kind is table", tables), ("source starts with memo", memo),
                    ("either (or)", either)]:
    print(label)
    display(ask("收入 and cost", cond).round(3))
assert set(ask("收入", tables)["kind"]) == {"table"}
assert set(ask("收入", memo)["source"]) == {"memo_en.pdf"}
"""),
    ("md", """\
The filter runs on the best 40 candidates of the hybrid search, then `top_k` cuts: a filter never
returns fewer records because better unfiltered ones took the places.

## 6. RAGFlow's route, health, OpenAPI

The same handler answers at `/api/v1/dify/retrieval`; `/health` lists collections and chunk
counts; `/openapi.json` (and the page `/docs`) describe the API for any client generator."""),
    ("code", """\
with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {KEY}"}) as client:
    a = client.post("/retrieval", json=body).json()
    b = client.post("/api/v1/dify/retrieval", json=body).json()
    health = client.get("/health").json()
    spec = client.get("/openapi.json").json()
assert a == b
print("health:", {k: v for k, v in health.items() if k != "store"})
st = api.open_store(store)
stored = sum(len(st.page_chunks("default", source, 1)) for source in st.sources("default"))  # one-page documents
assert health["collections"]["default"] == stored
print("OpenAPI paths:", list(spec["paths"]))
"""),
    ("md", """\
## 7. How fast, under load

The service runs at most `max_concurrent` retrievals at once, by default one per CPU core (each
embedding already uses torch's threads; more in flight only adds switching), and Milvus Lite
answers concurrent searches correctly. Concurrent clients beyond that queue: the latency one client
sees is the service time, and N clients see about N / throughput. `run_load` runs N concurrent clients for
a fixed time and reports requests, errors, percentiles and throughput. Here client and server share
this notebook's process; `bench/docqa_serve_load.py` runs the server in its own process, on the
evaluation pages, with 50 clients for 10 s. On a shared machine both vary with what else runs (the
bench's results file records the load average)."""),
    ("code", """\
print(inspect.getsource(run_load))
"""),
    ("code", """\
questions = ["Who inspected the pump station?", "本季度营业收入是多少？", "How much did the parts cost?",
             "华东区域新签客户多少家？", "When is the next inspection?"]
bodies = [{**body, "query": q} for q in questions]
url = server.url + "/retrieval"
one = run_load(url, bodies, api_key=KEY, clients=1, seconds=LOAD_SECONDS / 2)
many = run_load(url, bodies, api_key=KEY, clients=LOAD_CLIENTS, seconds=LOAD_SECONDS)
print("1 client:        ", one.summary())
print(f"{LOAD_CLIENTS} clients:       ", many.summary())
assert one.errors == 0 and many.errors == 0 and many.requests > 0
"""),
    ("code", """\
runs = {"notebook, 1 client": one, f"notebook, {LOAD_CLIENTS} clients": many}
bench_file = repo_path("data", "results", "docqa_serve_load_2026-12-01.json")
if bench_file.is_file():
    bench = json.loads(bench_file.read_text(encoding="utf-8"))
    for key, label in (("single_client", "bench, 1 client"), ("load", "bench, 50 clients"),
                       ("load_max_concurrent_1", "bench, 50 clients, 1 at once")):
        if key in bench:
            runs[label] = type(one)(**bench[key])
frame = pd.DataFrame({name: {"requests": r.requests, "errors": r.errors, "p50 ms": r.p50_ms, "p95 ms": r.p95_ms,
                             "req/s": r.req_per_s} for name, r in runs.items()}).T.astype({"requests": int, "errors": int})
display(frame)
fig, ax = plt.subplots(figsize=(8, 3.2))
x = range(len(frame))
ax.bar([i - 0.2 for i in x], frame["p50 ms"], width=0.4, label="p50")
ax.bar([i + 0.2 for i in x], frame["p95 ms"], width=0.4, label="p95")
ax.set_xticks(list(x), frame.index, rotation=20, ha="right")
ax.set_yscale("log")
ax.set_ylabel("latency (ms, log)")
ax.set_title("Latency per request: one client vs many (the extra is queueing)")
ax.legend()
plt.tight_layout()
plt.show()
"""),
    ("md", """\
The throughput (req/s) hardly changes with the number of clients, while the latency grows with it:
the signature of a server that is already busy on every core. For more throughput, run the store on a
Milvus server (`MILVUS_URI`, see the track README) and several service processes behind a load
balancer; each process still embeds one query at a time."""),
    ("code", """\
server.stop()
"""),
    ("md", """\
## Summary

- Dify's External Knowledge API is one route: `POST {endpoint}/retrieval` with a bearer key, a
  `knowledge_id`, a `query`, `top_k` and `score_threshold`; the answer is a list of records with
  `content`, `score` in [0, 1], `title` and a `metadata` object.
- `paddlecamp docqa serve` implements it over our store: knowledge id = collection, records carry
  source, page and box, so a Dify app can cite the scanned page. RAGFlow's route
  `/api/v1/dify/retrieval` serves the same contract.
- Errors: 403 with `1001` (header) or `1002` (key), 404 with `2001` (unknown knowledge), 422 for a
  bad body; authorization comes first, which is also what Dify's "save" check relies on.
- The hybrid score is Milvus's weighted fusion `0.3·(1+cos)/2 + 0.7·(2/π)·arctan(bm25)`, already
  in [0, 1]: dense-only matches stay below 0.3.
- At most one retrieval per core at once: latency under load is queueing, throughput is what one
  process does on the machine's cores.

## Exercises

1. Register the server in a Dify instance (self-hosted with Docker Compose): what does Dify show
   when you give a wrong key? When you give `http://localhost:8765` from inside Dify's container?
2. Add a `metadata_condition` with `page ≥ 2` to the request of section 3. What comes back, and why
   is that not an error?
3. Index the evaluation pages of chapter 05 under `--collection eval` and serve both collections:
   how does a Dify app choose between them?
4. Time `api.retrieve` alone (embedding and search) and compare with the one-client latency of
   section 7: how much is HTTP, JSON and validation?
5. Serve with `max_concurrent=1` and with `max_concurrent=32` (`serve.create_app(..., max_concurrent=N)`)
   and load each with 16 clients. Does anything break? Which gives the most requests per second on
   your machine, and why not the largest?"""),
]
