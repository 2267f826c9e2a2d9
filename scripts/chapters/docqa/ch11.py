"""Chapter 11 of Track 1: choosing an integration, measured side by side (cells for docqa_chapters.py)."""

FILE = "11-choosing-an-integration.ipynb"

CELLS = [
    ("md", """\
# 11 · Choosing an integration

The last four chapters put the same store behind four different front doors: a Dify External
Knowledge API (08), a RAGFlow dataset fed with our chunks (09), a live index that follows a
folder with Pathway (10), and, earlier, Haystack pipelines (06). The library itself
(`paddlecamp docqa index` / `ask`) is the fifth.

**Question.** Which one should a project use? Each chapter measured its own integration on its
own documents, so their numbers cannot be compared. Here all five run **on the same documents,
with the same questions, in the same process and the same run**, and we put side by side:

* **indexing time per page**: until the documents can be searched (start-up costs, paid once, are
  left out: loading the embedding model, opening Milvus Lite, creating the collection; Haystack
  creates its collection at the first write, so its figure includes that);
* **query latency**, warm, median (p50), from the caller's side: HTTP included for the services;
* **update latency**: from a file landing in (or leaving) a folder until retrieval shows it, for the
  one integration that updates by itself;
* **what it gives**: citations, answers or only retrieval, authorization, where the index lives,
  what else must be installed; and **when to choose it**.

All of it comes from one library module, `paddlecamp.docqa.integrations`; the notebook only calls
it and reads the results."""),
    ("params", """\
SMOKE = True
# documents measured live in this notebook (2 pages each); SMOKE measures the three cheapest
# integrations live, the committed full run (all five, 12 documents) is shown either way
N_DOCS = 1 if SMOKE else 4
INCLUDE = ("library", "dify", "ragflow") if SMOKE else ("library", "dify", "ragflow", "pathway", "haystack")
REPEATS = 2 if SMOKE else 5
UPDATES = 0 if SMOKE else 3
"""),
    ("code", """\
import inspect
import json
import time

import matplotlib.pyplot as plt
import pandas as pd

from paddlecamp import repo_path
from paddlecamp.docqa import integrations as I
from paddlecamp.docqa.api import ocr

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
plt.rcParams["axes.unicode_minus"] = False
pd.set_option("display.max_colwidth", 90)
work = repo_path("build", "docqa", "11-integrations")
"""),
    ("md", """\
## The documents: fast on purpose

The comparison is about the integrations, not the OCR engine, so the documents are PDFs **with a
text layer**: `index` reads their text from the layer (tens of milliseconds a page) instead of
running OCR (seconds a page, chapter 01). Each file has two pages: an English inspection memo for
a site, and a Chinese quarterly report for a branch. There are two questions per file, one per
page, and we know which page answers each, so we can check every integration's best citation."""),
    ("code", """\
docs, questions = I.write_documents(work / "docs", N_DOCS)
pages = ocr(docs[0])
assert [p.origin for p in pages] == ["pdf-text", "pdf-text"]  # read from the text layer, no OCR
for p in pages:
    print(f"--- {p.source} page {p.page} ({p.origin})\\n{p.text}")
pd.DataFrame([q.__dict__ for q in questions])
"""),
    ("md", """\
## One measurement, five integrations

`measure_integrations` gives each integration a fresh store under one folder and times it the
same way: the documents go in, then every question is asked `warmup` times untimed and `REPEATS`
times timed. The Dify service and the RAGFlow connector work *on top of* the library's store (the
service serves it; the connector pushes its chunks), so the library is always indexed first:"""),
    ("code", """\
print(inspect.getsource(I.measure_integrations))
"""),
    ("md", """\
The query side is the same small loop for all of them; only the call and how to read its best
citation differ. Here is the Dify one: a real HTTP request to the service on a loopback port,
with a bearer key, as Dify sends it:"""),
    ("code", """\
print(inspect.getsource(I.measure_dify))
"""),
    ("code", """\
t0 = time.perf_counter()
live = I.measure_integrations(docs, questions, work / "stores", repeats=REPEATS, warmup=1, updates=UPDATES,
                              include=INCLUDE, progress=lambda name: print("measuring", name, flush=True))
print(f"{time.perf_counter() - t0:.1f} s")
right = I.agreement(live, questions)
assert all(all(ok.values()) for ok in right.values()), right  # every integration cites the answering page
assert all(r.query_p50_ms > 0 for r in live)
pd.DataFrame([r.row() for r in live])
"""),
    ("md", """\
Every integration's best citation named the file *and the page* that answers the question. The
RAGFlow row needs a warning: without a RAGFlow server this runs against **the loopback stand-in**
(`ragflow_fake`, chapter 09). Its latency is real for our connector, `ragflow-sdk` and HTTP, but
the stand-in ranks by term overlap and embeds nothing, so its ranking is not RAGFlow's and a
real server's search and push (which embeds every chunk) cost more. That it cites the right page
here says our connector maps hits back correctly, not that RAGFlow's retrieval is as good as ours.

## The full run

The live cells above run in seconds. The committed measurement has all five integrations, twelve
documents (24 pages, two questions each), five timed queries per question and five add/delete cycles of
the live index, all in one process on one machine:"""),
    ("code", """\
full = json.loads(repo_path("data", "results", "docqa_integrations_2026-12-01.json").read_text(encoding="utf-8"))
print(full["command"], "|", full["date"], "|", full["hardware"]["cpu"], full["hardware"]["cores"], "cores,",
      "load average", full["load_avg_before"], "->", full["hardware"]["load_avg_1_5_15"])
print(full["provenance"])
results = [I.IntegrationResult.from_dict(r) for r in full["integrations"]]
by = {r.name: r for r in results}
assert [r.name for r in results] == list(I.INTEGRATIONS)
assert all(r["cited_right"] == full["questions"] for r in full["integrations"])  # every question, every integration
table = pd.DataFrame([{**r.row(), "query p95 ms": round(d["query_p95_ms"], 1), "cited page right":
                       f"{d['cited_right']}/{full['questions']}"} for r, d in zip(results, full["integrations"])])
table
"""),
    ("code", """\
ax = I.plot_latency(results)
plt.tight_layout()
plt.show()
"""),
    ("md", """\
How to read it (each sentence is checked by the `assert`s under it, on the committed run):

* **The Dify service costs no more than `ask`** although it adds HTTP: it returns retrieval only
  (the embedding and the hybrid search), while `ask` also gathers the best pages' other chunks and
  picks the answer span. Dify's own LLM then writes the answer, which costs far more than either.
* **Pathway's queries are `ask`** on the store it keeps, so they cost what the library's do; what
  Pathway adds is the update path: a new file becomes retrievable within seconds, a deleted one
  disappears faster still (no reading, no embedding, just a delete).
* **Haystack** answers exactly what `ask` answers (same answerer, same hybrid weights), through a
  pipeline of components with its own Milvus collection; the component plumbing costs per query,
  and its latency spreads widely (its p95 is several times its p50 on this shared machine).
* **Indexing costs about the same wherever it runs**: the library, the watcher and Haystack's
  converter all read a page through `api.ocr`, and even without OCR that runs the layout model on
  the page image (chapter 07), which takes most of a text-layer page's time; embedding and writing
  are the rest. Pathway's figure also holds the time to notice the files and the quiet interval.
* **RAGFlow's push** happens after our indexing (it sends chunks we already made), so its cost adds
  to the library's; against the stand-in it is small, against a real server every chunk is also
  embedded there."""),
    ("code", """\
lib, dify, rf, pw, hs = (by[n] for n in I.INTEGRATIONS)
assert dify.query_p50_ms <= lib.query_p50_ms
assert pw.add_p50_s is not None and pw.delete_p50_s < pw.add_p50_s
assert hs.answers == lib.answers and pw.answers == lib.answers
assert rf.index_s_per_page is not None and dify.index_s is None
assert hs.query_p50_ms > lib.query_p50_ms
hs_p95 = next(d["query_p95_ms"] for d in full["integrations"] if d["name"] == "haystack")
assert hs_p95 > 3 * hs.query_p50_ms
assert all(0.5 < r.index_s_per_page / lib.index_s_per_page < 2 for r in (pw, hs))
assert full["documents"] == 12 and full["pages"] == 24 and full["questions"] == 24
print(f"library ask p50 {lib.query_p50_ms:.0f} ms, Dify retrieval over HTTP {dify.query_p50_ms:.0f} ms, "
      f"Haystack {hs.query_p50_ms:.0f} ms; Pathway: add {pw.add_p50_s:.1f} s, delete {pw.delete_p50_s:.1f} s")
"""),
    ("md", """\
## What each one gives

Latency is one column. The others decide most choices: does the caller get an answer or only
passages, can it cite a page and a box, who may call it, does the index follow the documents, and
what has to run next to it. The table is data in the library (`integrations.FEATURES`):"""),
    ("code", """\
features = pd.DataFrame(I.FEATURES).set_index("integration")
features.drop(columns=["entry point"]).T
"""),
    ("md", """\
## Choosing

* Start with **the library** (`index`/`ask`, or the CLI): it has every feature the others wrap
  (citations with page and box, extractive or ERNIE answers, the OCR cache, moved-file re-use) and
  nothing between the caller and the store.
* The application is a **Dify** app, or anything that speaks HTTP and not Python: **serve** the
  store. Dify gets passages with page and box in `metadata`, keys protect it, and the index stays
  ours.
* A team already runs **RAGFlow** and wants its chat and its UI: **push** our chunks. Our OCR and
  layout stay (RAGFlow would parse a scan into one chunk with no boxes), the provenance travels
  in RAGFlow's own fields, and a re-push skips what is unchanged.
* Documents **keep arriving** in a folder: **watch** it with Pathway. It combines with any of the
  above: `serve` or `push` the store that the watcher keeps current.
* The QA is **one step of a larger Haystack application**: use the pipelines; they answer exactly
  what `ask` answers.

## Summary

* Five integrations, one set of documents, one run: every one cited the page that answers each
  question; Haystack and the live index gave the same answers as `ask`.
* Query latency differs by what is returned and what is in between: retrieval over HTTP (Dify) is
  cheaper than a full `ask`; Haystack's component pipeline adds to it.
* Only the live index updates by itself: seconds from a file landing to an answer, less to forget
  a deleted file. The others update when someone re-runs `index` or `push`.
* The RAGFlow numbers are for our connector against a stand-in; its ranking is not RAGFlow's.
* The measuring code is `paddlecamp.docqa.integrations`; `bench/docqa_integrations.py` re-runs
  the full comparison and writes `data/results/docqa_integrations_2026-12-01.json`.

## Exercises

1. Run the notebook with `SMOKE = False` (all five live, four documents). Do the medians agree
   with the committed run? Which differ most, and does the machine's load average explain it?
2. Add scanned pages (`write_text_pdf(..., image_pages=[render_page(...)])`) to the documents.
   Which columns change, and by how much? Which integrations pay for OCR, and which re-use it?
3. Serve the store and measure the Dify service under 8 concurrent clients
   (`bench/docqa_serve_load.py` shows how). How do p50 and p95 compare with the single-client
   numbers here?
4. Start a real RAGFlow (its docker compose) and set `RAGFLOW_BASE_URL`/`RAGFLOW_API_KEY`: how long
   do the push and a retrieval take there, and does RAGFlow's own ranking still put the answering
   page first for all 24 questions?
5. Add a sixth row: `paddlecamp docqa ask` as a command (one process per question). What does the
   process start-up cost, and when is that still the right choice?"""),
]
