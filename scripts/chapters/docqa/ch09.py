"""Chapter 09: feeding RAGFlow with PaddleOCR's structured chunks (cells for
notebooks/01-docqa/09-feeding-ragflow.ipynb)."""

FILE = "09-feeding-ragflow.ipynb"

CELLS = [
    ("md", r"""
# 09 · Feeding RAGFlow with PaddleOCR's chunks

**Question.** RAGFlow is a complete retrieval-and-chat server with its own document parser,
DeepDoc. Why push *our* chunks into it instead of uploading the files and letting it parse
them, and how do we keep every answer traceable to a file, a page and a box on that page?

What RAGFlow 0.22.1 does with a scanned page (its `picture` parser, read from its source):
it OCRs the image and stores **one chunk holding all of the page's text**, with no
coordinates (or, when little text is found, a vision model's description). A PDF goes
through DeepDoc's layout and table models on the server, which cost it CPU or GPU time
per page. Our pipeline already did this work, and measured it (chapter 05):

| | RAGFlow parses the upload | we push our chunks |
|---|---|---|
| OCR | DeepDoc's models | PaddleOCR (PP-OCR), the same as every other chapter |
| units | one chunk per image; layout chunks for PDFs | text blocks, key-value pairs, tables, per page |
| where | PDF chunks carry positions; images none | every chunk: file, page, box, kind, chunk id |
| cost on the server | parsing | embedding our chunks only |

So this chapter pushes the chunks from our store through RAGFlow's own API
(`ragflow-sdk`: `create_dataset`, `upload_documents`, `add_chunk`), lets RAGFlow retrieve,
and maps each hit back to the page.
"""),
    ("params", """
SMOKE = True
PAGES = ["datasheet_en.jpg"] if SMOKE else ["datasheet_en.jpg", "spec_sheet_zh.jpg", "invoice_zh.jpg", "letter_en.jpg"]
DATASET = "paddlecamp_ch09"
QUESTION = "What is the maximum supply voltage of the TS-200?"
"""),
    ("code", """
import inspect, json, os, re, time
import matplotlib.pyplot as plt
import pandas as pd
from paddlecamp.doctor.checks import find_cjk_font
CJK = find_cjk_font()
if CJK:
    plt.rcParams["font.sans-serif"] = [CJK, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
from paddlecamp.docqa import ragflow
from paddlecamp.docqa.api import index, open_store
from paddlecamp.docqa.draw import draw_boxes, page_image
from paddlecamp.docqa.sample_pages import chapter_pages, chapter_store

files = {p.name: p for p in chapter_pages(PAGES)}
store = chapter_store("09-ragflow")
t = time.perf_counter()
report = index(list(files.values()), store=store, progress=False)
print(report.summary(), f"({time.perf_counter() - t:.1f} s)")
"""),
    ("md", r"""
## What goes over: the chunks in our store

`stored_documents` reads a store collection back: one entry per indexed file, its content
hash, and its chunks with their provenance. These are exactly the rows `docqa ask` searches.
"""),
    ("code", """
docs = [d for d in ragflow.stored_documents(store) if d.source in files]  # this run's pages
table = pd.DataFrame([{"source": c.source, "page": c.page, "kind": c.kind, "chunk_id": c.chunk_id,
                       "bbox": [round(v) for v in c.bbox], "text": c.text.replace("\\n", " ")[:60]}
                      for d in docs for c in d.chunks])
assert set(table.source) == set(files) and len(table) >= 3
table
"""),
    ("md", r"""
## A RAGFlow to talk to

Without a RAGFlow server this chapter starts **a stand-in, not RAGFlow**:
`paddlecamp.docqa.ragflow_fake` serves the `/api/v1` routes the connector uses on
loopback, speaking RAGFlow's documented API: `Authorization: Bearer` keys, the
`{"code": 0, "data": ...}` envelope and its error codes, and RAGFlow's checks on request
bodies. It has no embedding model, so it ranks by term overlap only; the scores below are
its scores, not RAGFlow's.

With `RAGFLOW_BASE_URL` and `RAGFLOW_API_KEY` set (say `http://localhost:9380` and a key
from RAGFlow's *API* page), the same cells talk to that server instead and create the
dataset `paddlecamp_ch09` there.
"""),
    ("code", """
fake = None
if os.environ.get("RAGFLOW_BASE_URL") and os.environ.get("RAGFLOW_API_KEY"):
    print("talking to the RAGFlow server at", os.environ["RAGFLOW_BASE_URL"])
    base_url, api_key = None, None  # connect() reads the environment
else:
    from paddlecamp.docqa.ragflow_fake import FakeRagflow
    fake = FakeRagflow().start()
    base_url, api_key = fake.url, fake.api_key
    print("no RAGFlow configured: started the loopback stand-in at", fake.url)
wire = []  # every request the SDK client sends, whichever server answers
rag = ragflow.connect(base_url, api_key, wire=wire)
"""),
    ("md", r"""
## Where the provenance goes

`add_chunk` takes only the text, keywords and questions. Keywords weigh most in RAGFlow's
keyword matching, so ids and coordinates do not go there. Instead:

* each **document** (one per source file; the file itself is uploaded, never parsed)
  carries `meta_fields`: source, collection, content hash, chunk count, and
  `paddlecamp_provenance`, a map from each RAGFlow chunk id to our chunk ids, pages, boxes
  and kinds;
* each **chunk** gets RAGFlow's own `positions`, `[page, left, right, top, bottom]`, which
  RAGFlow's viewer highlights (PDF points for PDFs, pixels for images):
"""),
    ("code", """
print(inspect.getsource(ragflow.ragflow_positions))
"""),
    ("code", """
t = time.perf_counter()
pushed = ragflow.push(rag, DATASET, docs)
print(pushed.summary(), f"({time.perf_counter() - t:.2f} s)")
for note in pushed.notes:
    print("note:", note)
assert not pushed.errors and pushed.chunks_added + pushed.chunks_kept == len(table)
"""),
    ("md", r"""
## The requests on the wire

The client logs what it sends. Per file: one upload, one metadata write before the chunks
(so an interrupted push can be found and resumed), then per chunk an `add_chunk` and a
`positions` update, and the final metadata write with the provenance map.
"""),
    ("code", """
def short(path):
    return re.sub(r"[0-9a-f]{32}", "{id}", re.sub(r"/chunks/[0-9a-f]{16}$", "/chunks/{chunk}", path))

def body(b):
    return json.dumps(b, ensure_ascii=False)[:90] if b is not None else ""

wire_table = pd.DataFrame([{"method": w["method"], "path": short(w["path"]), "body": body(w["body"]), "code": w["code"]}
                           for w in wire])
wire_table
"""),
    ("code", """
meta_write = [w for w in wire if w["method"] == "PUT" and "meta_fields" in (w["body"] or {})][-1]
meta = meta_write["body"]["meta_fields"]
print({k: v for k, v in meta.items() if k != "paddlecamp_provenance"})
provenance = json.loads(meta["paddlecamp_provenance"])
for ragflow_id, refs in list(provenance.items())[:3]:
    print(ragflow_id, "->", json.dumps(refs, ensure_ascii=False))
assert sum(len(refs) for refs in provenance.values()) == len(table)
"""),
    ("md", r"""
## Pushing again changes nothing

A document whose content hash and chunk count match is skipped, so re-running a push after
indexing more files only sends the new or changed ones. A changed file gets a new RAGFlow
document, and the old one is deleted only once the new one is complete.
"""),
    ("code", """
before = len(wire)
again = ragflow.push(rag, DATASET, docs)
writes = [w for w in wire[before:] if w["method"] != "GET"]
print(again.summary())
print(len(wire) - before, "requests, all reads:", not writes)
assert again.chunks_added == 0 and not writes
"""),
    ("md", r"""
## Retrieve, and map the hit back to the page

`retrieve` calls RAGFlow's `POST /api/v1/retrieval`, then looks up each hit's chunk id in
its document's provenance map: source, page, box, kind and our chunk id come back.
"""),
    ("code", """
for _ in range(10):  # a real server's search index refreshes about once a second
    hits = ragflow.retrieve(rag, DATASET, QUESTION, top_k=3)
    if hits:
        break
    time.sleep(1)
pd.DataFrame([{"similarity": round(h.similarity, 3), "source": h.source, "page": h.page, "kind": h.kind,
               "bbox": [round(v) for v in h.bbox], "chunk_id": h.chunk_id, "text": h.text.replace("\\n", " ")[:50]}
              for h in hits])
"""),
    ("code", """
best = hits[0]
ours = {c.chunk_id: c for c in open_store(store).page_chunks("default", best.source, best.page)}
assert best.mapped and best.chunk_id in ours and best.bbox == [round(v, 1) for v in ours[best.chunk_id].bbox]
print(f"RAGFlow's best hit is our {best.kind} chunk {best.chunk_id}: {best.source} page {best.page}, box {best.bbox}")
"""),
    ("md", r"""
RAGFlow returns whole chunks. The chunk id leads back to our store, where a table chunk
still has its cells and a text chunk its lines, so our answerer (chapter 04) can answer
from RAGFlow's hits and cite the cell itself:
"""),
    ("code", """
print(inspect.getsource(ragflow.answer))
"""),
    ("code", """
ans = ragflow.answer(rag, DATASET, QUESTION, store=store)
cite = ans["citations"][0]
print(ans["answer"], "<-", cite["source"], "p.", cite["page"], cite["bbox"])
assert ans["answerable"] and ans["answer"] == "5.5" and cite["chunk_id"] == best.chunk_id
img = draw_boxes(page_image(files[best.source], best.page), [best.bbox], color="blue",
                 labels=[f"RAGFlow hit: {best.kind} chunk"])
img = draw_boxes(img, [cite["bbox"]], labels=[f"answer: {ans['answer']}"])
plt.figure(figsize=(7, 9)); plt.imshow(img); plt.axis("off")
plt.title(f"{best.source} p.{best.page}: {QUESTION}", fontsize=9); plt.show()
"""),
    ("md", r"""
## Chat on a real RAGFlow

With a real server, a chat assistant over this dataset answers from our chunks, and the
`reference` chunks in its answers carry the same chunk ids, so the same provenance map
turns them into pages and boxes (the stand-in has no LLM, so this is not run here):

```python
ds = ragflow.find_dataset(rag, DATASET)
chat = rag.create_chat("paddlecamp", dataset_ids=[ds.id])
answer = next(iter(chat.create_session().ask(QUESTION, stream=False)))
```

Pressing *Parse* on one of these documents in RAGFlow's UI replaces our chunks with
DeepDoc's, and deleting a chunk there changes the document's chunk count. The next `push`
sees either (the document's run state, its chunk count against the provenance map) and
pushes a fresh copy, deleting the edited one after.
"""),
    ("code", """
if fake is not None:
    print(len(fake.requests), "requests served by the stand-in;",
          sum(r.code != 0 for r in fake.requests), "refused")
    fake.stop()
"""),
    ("md", r"""
## Summary

* RAGFlow parses an uploaded image into one chunk with no coordinates; pushing our
  PaddleOCR chunks gives it text blocks, key-value pairs and tables per page instead.
* Provenance rides in RAGFlow's own fields: the document's `meta_fields` map each RAGFlow
  chunk id to our chunk ids, pages, boxes and kinds, and each chunk's `positions` lets
  RAGFlow's viewer draw the box.
* The push is idempotent (content hash and chunk count per document), resumable, and
  reports a bad chunk by dataset, document and chunk while pushing the rest.
* A hit's chunk id leads back to our store, so our answerer can answer from RAGFlow's
  retrieval and cite the table cell or line (`ragflow.answer`).
* `paddlecamp docqa ragflow push|ask|list` does the same from the command line
  (`ask --store DIR` answers), against a server or `python -m paddlecamp.docqa.ragflow_fake`.

## Exercises

1. Change one page (re-save it with a line added), re-index and push: which requests does
   the second push send, and when is the old RAGFlow document deleted?
2. Push with `positions=False`. How many requests fewer, and what does RAGFlow's viewer
   lose?
3. Upload the same page to a real RAGFlow and let DeepDoc parse it. Ask `QUESTION` of both
   datasets: which chunk comes back, and can you tell which cell answered?
4. The stand-in ranks by term overlap. Ask a question whose words are not on the page
   (a paraphrase): what does it return, and what would an embedding model change?
"""),
]
