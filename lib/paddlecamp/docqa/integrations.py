"""Five ways to put the document-QA store behind an application, measured on the same documents.

The library can be used directly (``api.index``/``ask``), served to Dify as an External
Knowledge API (``serve``), pushed into RAGFlow (``ragflow``), kept live by Pathway
(``watch``) or run as a Haystack pipeline (``haystack_pipeline``). Which one to pick depends
on what the application needs (answers or only retrieval, authorization, live updates) and
on what each costs. This module measures the costs in one run, on one set of documents:

* indexing time per page: wall time to make the documents searchable, with the embedding
  model already loaded, the store open and the collection created (one-off start-up costs;
  Haystack's collection is created at its first write, so its figure includes that second);
* query latency: warm, repeated calls per question, from the caller's side (HTTP included
  for the services); the median (p50) is reported;
* update latency (Pathway only: it is the one that updates by itself): from a file landing in
  or leaving the watched folder until retrieval sees the change.

Every integration answers the same questions, and the best citation's (source, page) is kept
per question, so a reader can check that they agree. RAGFlow is measured against the
loopback stand-in (``ragflow_fake``): its timing is our connector plus ``ragflow-sdk`` plus
HTTP, and its ranking is term overlap, not RAGFlow's.

The documents (``write_documents``) are two-page PDFs with a text layer: page 1 an English
inspection memo for a site, page 2 a Chinese quarterly report for a branch. No OCR runs, so the
numbers show what each integration adds, not the OCR engine's speed.
"""
from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

#: The integrations, in the order they are measured and shown.
INTEGRATIONS = ("library", "dify", "ragflow", "pathway", "haystack")

#: What each integration gives, as data (the chapter and the benchmark print it as a table).
FEATURES: list[dict[str, str]] = [
    {"integration": "library", "entry point": "paddlecamp.docqa.api.index / ask; `paddlecamp docqa index|ask`",
     "citations": "source, page, bbox (and the table cell or line)", "output": "answers (extractive or ERNIE)",
     "auth": "none (in-process)", "live updates": "no: re-run `index` (skips unchanged files)",
     "index lives": "a store folder (Milvus Lite file) or a Milvus server ($MILVUS_URI)",
     "extra dependencies": "none beyond the track's",
     "choose when": "scripts, notebooks, batch jobs, evaluation: Python calls, lowest latency"},
    {"integration": "dify", "entry point": "paddlecamp.docqa.serve; `paddlecamp docqa serve`",
     "citations": "records with metadata: source, page, bbox, chunk id, kind",
     "output": "retrieval only (Dify's LLM writes the answer)",
     "auth": "Bearer API keys (Dify's error codes)", "live updates": "no (serves whatever the store holds now)",
     "index lives": "our store, read by the service",
     "extra dependencies": "fastapi, uvicorn (and a Dify instance)",
     "choose when": "a Dify app (or any HTTP client) should cite scanned pages; no Python in the caller"},
    {"integration": "ragflow", "entry point": "paddlecamp.docqa.ragflow; `paddlecamp docqa ragflow push|ask`",
     "citations": "hits mapped back to source, page, bbox via document meta_fields; positions in RAGFlow's viewer",
     "output": "retrieval from RAGFlow; answers with our answerer (ragflow.answer) or RAGFlow's chat",
     "auth": "RAGFlow's API keys", "live updates": "no: push again (unchanged documents are skipped)",
     "index lives": "copied into RAGFlow (its Elasticsearch/Infinity), our store keeps the originals",
     "extra dependencies": "ragflow-sdk and a RAGFlow server (MySQL, Elasticsearch, MinIO, an embedding model)",
     "choose when": "a team already runs RAGFlow and wants its UI and chat on our OCR chunks"},
    {"integration": "pathway", "entry point": "paddlecamp.docqa.watch; `paddlecamp docqa watch`",
     "citations": "as the library (ask on the watched store)", "output": "answers (ask) on an index that follows a folder",
     "auth": "none (in-process; serve the store for HTTP)", "live updates": "yes: add, change, rename, delete",
     "index lives": "our store, kept current by a watcher process",
     "extra dependencies": "pathway",
     "choose when": "documents arrive and change all day in a folder (scanner output, a shared drive)"},
    {"integration": "haystack", "entry point": "paddlecamp.docqa.haystack_pipeline (indexing and query pipelines)",
     "citations": "as the library (same answerer)", "output": "answers, the same as ask",
     "auth": "none (in-process)", "live updates": "no: run the indexing pipeline again",
     "index lives": "its own Milvus collection (milvus-haystack's document store)",
     "extra dependencies": "haystack-ai, milvus-haystack, sentence-transformers-haystack",
     "choose when": "the QA is one step of a larger Haystack application (routers, other retrievers, agents)"},
]

#: English sites (page 1) and Chinese branches (page 2) of the generated documents.
SITES = ("Riverside", "Hillcrest", "Oakmont", "Lakeview", "Pinewood", "Stonebridge", "Maplewood", "Fairhaven",
         "Brookfield", "Westgate", "Northwood", "Silverlake", "Redcliff", "Ashford", "Greenfield", "Clearwater")
BRANCHES = ("杭州", "成都", "武汉", "西安", "南京", "青岛", "厦门", "昆明", "长沙", "沈阳", "郑州", "合肥",
            "福州", "南昌", "贵阳", "兰州")
INSPECTORS = ("Laura Chen", "Marco Rossi", "Priya Nair", "Tom Becker")
AUTHORS = ("张伟", "李娜", "王芳", "刘洋")
POLL_S = 0.05


@dataclass
class Question:
    """A question about one generated document, the page that answers it and the answer."""

    text: str
    source: str
    page: int
    answer: str


@dataclass
class IntegrationResult:
    """What one integration cost and returned in a ``measure_integrations`` run.

    ``index_s`` is ``None`` for an integration that serves another one's index (``shares``
    names it). ``query_ms`` holds every warm query's latency; ``top`` the best citation's
    ``[source, page]`` per question (``None`` when nothing came back); ``answers`` the answer
    text per question for the integrations that answer.
    """

    name: str
    pages: int = 0
    index_s: float | None = None
    shares: str | None = None
    query_ms: list[float] = field(default_factory=list)
    add_s: list[float] = field(default_factory=list)
    delete_s: list[float] = field(default_factory=list)
    top: dict[str, list[Any] | None] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def index_s_per_page(self) -> float | None:
        return self.index_s / self.pages if self.index_s is not None and self.pages else None

    @property
    def query_p50_ms(self) -> float | None:
        return statistics.median(self.query_ms) if self.query_ms else None

    @property
    def add_p50_s(self) -> float | None:
        return statistics.median(self.add_s) if self.add_s else None

    @property
    def delete_p50_s(self) -> float | None:
        return statistics.median(self.delete_s) if self.delete_s else None

    def row(self) -> dict[str, Any]:
        """The table row: medians and per-page time, rounded for reading."""
        def r(v: float | None, nd: int) -> float | None:
            return None if v is None else round(v, nd)

        return {"integration": self.name,
                "index ms/page": r(self.index_s_per_page * 1000, 1) if self.index_s_per_page is not None
                else f"= {self.shares}",
                "query p50 ms": r(self.query_p50_ms, 1), "add p50 s": r(self.add_p50_s, 2),
                "delete p50 s": r(self.delete_p50_s, 2)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "IntegrationResult":
        """Read back ``to_dict()`` (a results file); derived values are recomputed."""
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(index_s_per_page=self.index_s_per_page, query_p50_ms=self.query_p50_ms,
                   add_p50_s=self.add_p50_s, delete_p50_s=self.delete_p50_s)
        return out


# documents ---------------------------------------------------------------------------------
def _memo(site: str, k: int):
    from paddlecamp.docqa.sample_pages import PageSpec

    cost = f"{1000 + 137 * k:,}"
    return PageSpec(title=f"Inspection Memo: {site}",
                    lines=[f"The {site} pump station was inspected by {INSPECTORS[k % len(INSPECTORS)]}.",
                           f"Replacement parts for {site} cost {cost} dollars in total."],
                    table=[["Part", "Quantity"], ["Valve", str(2 + k % 3)], ["Seal", str(1 + k % 4)]]), cost


def _report(branch: str, k: int):
    from paddlecamp.docqa.sample_pages import PageSpec

    revenue = f"{3000 + 211 * k:,}"
    return PageSpec(title=f"{branch}分公司第三季度报告",
                    lines=[f"{branch}分公司本季度营业收入 {revenue} 万元。", f"报告由{AUTHORS[k % len(AUTHORS)]}编制。"]), revenue


def write_document(folder: str | Path, k: int, *, name: str | None = None, site: str | None = None,
                   branch: str | None = None) -> tuple[Path, list[Question]]:
    """Write document ``k``: a two-page PDF with a text layer (memo, then report) and its questions."""
    import pypdfium2 as pdfium

    from paddlecamp.docqa.born_digital_pdf import write_text_pdf

    folder = Path(folder)
    site = site or SITES[k]
    branch = branch or BRANCHES[k]
    name = name or f"{site.lower()}.pdf"
    memo, cost = _memo(site, k)
    report, revenue = _report(branch, k)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".doc-") as tmp:
        first = write_text_pdf(Path(tmp) / "1.pdf", memo)
        second = write_text_pdf(Path(tmp) / "2.pdf", report)
        pdf = pdfium.PdfDocument(str(first))
        pdf.import_pages(pdfium.PdfDocument(str(second)))
        out = Path(tmp) / "out.pdf"
        pdf.save(str(out))
        pdf.close()
        path = Path(shutil.move(str(out), folder / name))
    return path, [Question(f"How much did the replacement parts for {site} cost?", name, 1, cost),
                  Question(f"{branch}分公司本季度营业收入是多少？", name, 2, revenue)]


def write_documents(folder: str | Path, n: int) -> tuple[list[Path], list[Question]]:
    """``n`` documents (2 pages each, at most ``len(SITES)``) and two questions per document."""
    if not 1 <= n <= len(SITES):
        raise ValueError(f"n must be between 1 and {len(SITES)}, not {n}")
    Path(folder).mkdir(parents=True, exist_ok=True)
    paths, questions = [], []
    for k in range(n):
        path, qs = write_document(folder, k)
        paths.append(path)
        questions.extend(qs)
    return paths, questions


def count_pages(paths: list[Path]) -> int:
    from paddlecamp.docqa.ingest import count_pages as pages

    return sum(pages(p) for p in paths)


# measuring -----------------------------------------------------------------------------------
def _timed(call: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    out = call()
    return out, (time.perf_counter() - t) * 1000


def _latencies(result: IntegrationResult, questions: list[Question], call: Callable[[str], Any],
               top: Callable[[Any], list[Any] | None], *, repeats: int, warmup: int,
               answer: Callable[[Any], str] | None = None) -> None:
    for q in questions:
        for _ in range(warmup):
            call(q.text)
        for _ in range(repeats):
            out, ms = _timed(lambda: call(q.text))
            result.query_ms.append(ms)
        result.top[q.text] = top(out)
        if answer is not None:
            result.answers[q.text] = answer(out)


def _ask_top(out: dict[str, Any]) -> list[Any] | None:
    cites = out.get("citations") or []
    return [cites[0]["source"], int(cites[0]["page"])] if cites else None


def measure_library(docs: list[Path], questions: list[Question], store: Path, *, collection: str,
                    repeats: int, warmup: int) -> IntegrationResult:
    """``api.index`` into a fresh store, then ``api.ask`` per question."""
    from paddlecamp.docqa import api

    res = IntegrationResult("library", pages=count_pages(docs))
    # Start-up, not indexing: starting Milvus Lite, and creating the collection (its index
    # build waits about a second, once per collection; the watcher's start-up pass does the same).
    api.open_store(store, create=True).ensure_collection(collection, api.shared_embedder().dim)
    report, ms = _timed(lambda: api.index(docs, store=store, collection=collection, progress=False))
    if report.errors:
        raise RuntimeError(f"indexing failed: {report.errors}")
    res.index_s = ms / 1000
    res.notes.append(f"{report.pages_text} page(s) from text layers, {report.pages_ocr} OCR'd, {report.chunks} chunks")
    _latencies(res, questions, lambda q: api.ask(q, store=store, collection=collection), _ask_top,
               repeats=repeats, warmup=warmup, answer=lambda out: out["answer"])
    return res


def measure_dify(questions: list[Question], store: Path, *, collection: str, repeats: int,
                 warmup: int) -> IntegrationResult:
    """The External Knowledge API on loopback over the library's store: HTTP retrieval latency."""
    import httpx

    from paddlecamp.docqa.serve import BackgroundServer, create_app

    res = IntegrationResult("dify", shares="library")
    key = "integrations-key"
    with BackgroundServer(create_app(store, [key])) as srv, httpx.Client(timeout=60) as client:
        def call(q: str) -> dict[str, Any]:
            r = client.post(srv.url + "/retrieval", headers={"Authorization": f"Bearer {key}"},
                            json={"knowledge_id": collection, "query": q,
                                  "retrieval_setting": {"top_k": 5, "score_threshold": 0.0}})
            r.raise_for_status()
            return r.json()

        def top(out: dict[str, Any]) -> list[Any] | None:
            recs = out["records"]
            return [recs[0]["metadata"]["source"], recs[0]["metadata"]["page"]] if recs else None

        _latencies(res, questions, call, top, repeats=repeats, warmup=warmup)
    res.notes.append("serves the library's store: no indexing of its own; latency includes HTTP on loopback")
    return res


def measure_ragflow(questions: list[Question], store: Path, *, collection: str, repeats: int,
                    warmup: int, pages: int) -> IntegrationResult:
    """Push the library's chunks into the RAGFlow stand-in, then retrieve through ragflow-sdk."""
    from paddlecamp.docqa import ragflow
    from paddlecamp.docqa.ragflow_fake import FakeRagflow

    res = IntegrationResult("ragflow", pages=pages)
    dataset = "paddlecamp_integrations"
    with FakeRagflow() as fake:
        rag = ragflow.connect(fake.url, fake.api_key)
        docs = ragflow.stored_documents(store, collection)
        report, ms = _timed(lambda: ragflow.push(rag, dataset, docs, collection=collection))
        if report.errors:
            raise RuntimeError(f"push failed: {report.errors}")
        res.index_s = ms / 1000
        res.notes.append(f"push of {report.chunks_added} chunks (after the library's indexing, not instead of it)")
        res.notes.append("RAGFlow stand-in on loopback: ranking is its term overlap, not RAGFlow's; a real server "
                         "adds embedding on push and its own search")

        def top(hits) -> list[Any] | None:
            return [hits[0].source, hits[0].page] if hits else None

        _latencies(res, questions, lambda q: ragflow.retrieve(rag, dataset, q, top_k=5), top,
                   repeats=repeats, warmup=warmup)
    return res


def _retrieved_sources(store: Path, collection: str, question: str) -> list[str]:
    from paddlecamp.docqa import api

    hits, _ = api.retrieve(question, store=store, collection=collection, top_k=5)
    return [h.chunk.source for h in hits]


def _reported(watcher, kinds: tuple[str, ...], path: str, since: int) -> bool:
    return any(e.kind in kinds and e.path == path for e in watcher.events[since:])


def _until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not seen within {timeout:g} s")
        time.sleep(POLL_S)


def measure_pathway(docs: list[Path], questions: list[Question], store: Path, *, collection: str,
                    repeats: int, warmup: int, updates: int, interval: float = 0.3,
                    timeout: float = 120) -> IntegrationResult:
    """A watcher on an empty folder: the documents are copied in at once (indexing time is until
    the last one is indexed), ``ask`` runs on its store, then ``updates`` fresh one-document
    add/delete cycles are timed until retrieval sees them."""
    from paddlecamp.docqa import api
    from paddlecamp.docqa.watch import Watcher

    res = IntegrationResult("pathway", pages=count_pages(docs))
    folder = store.parent / f"{store.name}-watched"
    staging = store.parent / f"{store.name}-staging"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    staging.mkdir(parents=True, exist_ok=True)
    api.open_store(store, create=True)
    with Watcher(folder, store, collection, interval=interval) as w:
        mark, t0 = len(w.events), time.perf_counter()
        for d in docs:
            shutil.copy(d, folder / d.name)
        for d in docs:
            w.wait_for(("added", "moved"), d.name, since=mark, timeout=timeout)
        res.index_s = time.perf_counter() - t0
        res.notes.append(f"copy into the watched folder until the last file is indexed (interval {interval} s)")
        _latencies(res, questions, lambda q: api.ask(q, store=store, collection=collection), _ask_top,
                   repeats=repeats, warmup=warmup, answer=lambda out: out["answer"])
        for i in range(updates):
            # A new site and content each cycle: no chunk re-use from an earlier copy.
            name = f"update_{i}_{time.time_ns()}.pdf"
            src, qs = write_document(staging, len(SITES) - 1 - i % len(SITES), name=name,
                                     site=f"Kestrel{time.time_ns() % 10**8}")
            q = qs[0].text
            # Done when the watcher has reported the change and retrieval shows it (both: a
            # retrieval poll alone could pass on a transient result before the watcher acted).
            mark, t0 = len(w.events), time.perf_counter()
            shutil.copy(src, folder / name)
            _until(lambda: _reported(w, ("added", "moved"), name, mark)
                   and name in _retrieved_sources(store, collection, q)[:1], timeout, f"{name} added")
            res.add_s.append(time.perf_counter() - t0)
            mark, t0 = len(w.events), time.perf_counter()
            (folder / name).unlink()
            _until(lambda: _reported(w, ("removed",), name, mark)
                   and name not in _retrieved_sources(store, collection, q), timeout, f"{name} deleted")
            res.delete_s.append(time.perf_counter() - t0)
            src.unlink()
    return res


def measure_haystack(docs: list[Path], questions: list[Question], store: Path, *, repeats: int,
                     warmup: int) -> IntegrationResult:
    """The Haystack indexing pipeline into its own Milvus Lite file, then the query pipeline."""
    from paddlecamp.docqa.haystack_pipeline import indexing_pipeline, query_pipeline, run_query

    res = IntegrationResult("haystack", pages=count_pages(docs))
    store.mkdir(parents=True, exist_ok=True)
    uri = str(store / "haystack.db")
    ip = indexing_pipeline(uri, drop_old=True)
    ip.warm_up()  # loads the embedding model: start-up, not indexing
    out, ms = _timed(lambda: ip.run({"converter": {"sources": [str(d) for d in docs]}}))
    errors = out.get("converter", {}).get("errors")
    if errors:
        raise RuntimeError(f"indexing failed: {errors}")
    res.index_s = ms / 1000
    res.notes.append(f"{out['writer']['documents_written']} chunks written; includes creating its collection "
                     "(milvus-haystack creates it at the first write, about a second)")
    qp = query_pipeline(uri)
    qp.warm_up()
    _latencies(res, questions, lambda q: run_query(qp, q), _ask_top, repeats=repeats, warmup=warmup,
               answer=lambda a: a["answer"])
    return res


def measure_integrations(docs: list[Path], questions: list[Question], store_dir: str | Path, *,
                         repeats: int = 5, warmup: int = 1, updates: int = 1,
                         include: tuple[str, ...] = INTEGRATIONS, collection: str = "integrations",
                         progress: Callable[[str], None] | None = None) -> list[IntegrationResult]:
    """Measure each integration of ``include`` on ``docs`` and ``questions``, in one process.

    ``store_dir`` is emptied first; each integration gets a fresh store under it (dify and
    ragflow use the library's, which is measured first whenever one of them is included).
    ``repeats`` warm queries per question after ``warmup`` untimed ones; ``updates`` add/delete
    cycles for Pathway. The embedding model is loaded before anything is timed.
    """
    from paddlecamp.docqa import api

    unknown = set(include) - set(INTEGRATIONS)
    if unknown:
        raise ValueError(f"unknown integration(s) {sorted(unknown)}; use some of {INTEGRATIONS}")
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    docs = [Path(d) for d in docs]
    store_dir = Path(store_dir)
    shutil.rmtree(store_dir, ignore_errors=True)
    store_dir.mkdir(parents=True)
    say = progress or (lambda name: None)
    api.shared_embedder().embed(["warm up"])  # model loading is start-up, not indexing
    kw = {"repeats": repeats, "warmup": warmup}
    lib_store = store_dir / "library"
    results = []
    if {"library", "dify", "ragflow"} & set(include):
        say("library")
        lib = measure_library(docs, questions, lib_store, collection=collection, **kw)
        if "library" in include:
            results.append(lib)
    for name in include:
        if name == "library":
            continue
        say(name)
        if name == "dify":
            results.append(measure_dify(questions, lib_store, collection=collection, **kw))
        elif name == "ragflow":
            results.append(measure_ragflow(questions, lib_store, collection=collection, pages=count_pages(docs), **kw))
        elif name == "pathway":
            results.append(measure_pathway(docs, questions, store_dir / "pathway", collection=collection,
                                           updates=updates, **kw))
        elif name == "haystack":
            results.append(measure_haystack(docs, questions, store_dir / "haystack", **kw))
    order = {n: i for i, n in enumerate(INTEGRATIONS)}
    return sorted(results, key=lambda r: order[r.name])


def agreement(results: list[IntegrationResult], questions: list[Question]) -> dict[str, dict[str, bool]]:
    """Per integration and question: did its best citation name the page that answers it?"""
    return {r.name: {q.text: r.top.get(q.text) == [q.source, q.page] for q in questions} for r in results}


def plot_latency(results: list[IntegrationResult], ax=None):
    """Bars: warm query latency p50 per integration (log scale), update latency annotated."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.2))
    shown = [r for r in results if r.query_p50_ms is not None]
    names = [r.name for r in shown]
    values = [r.query_p50_ms for r in shown]
    names = [f"{n} (stand-in)" if n == "ragflow" else n for n in names]
    bars = ax.barh(names, values, color=["#4c72b0", "#dd8452", "#55a868", "#8172b2", "#c44e52"][:len(shown)])
    for bar, r in zip(bars, shown):
        label = f"{r.query_p50_ms:.0f} ms"
        if r.add_p50_s is not None:
            label += f"  (update: add {r.add_p50_s:.1f} s, delete {r.delete_p50_s:.1f} s)"
        ax.text(bar.get_width() * 1.05, bar.get_y() + bar.get_height() / 2, label, va="center", fontsize=8)
    ax.set_xscale("log")
    ax.set_xlim(1, max(values) * 40)
    ax.invert_yaxis()
    ax.set_xlabel("warm query latency, median (ms, log scale)")
    ax.set_title("Same documents, same questions: query latency per integration")
    return ax
