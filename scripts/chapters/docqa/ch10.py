"""Chapter 10 of Track 1: a live index with Pathway (cells for docqa_chapters.py)."""

FILE = "10-live-index-with-pathway.ipynb"

CELLS = [
    ("md", """\
# 10 · A live index with Pathway

Until now the index was a snapshot: `paddlecamp docqa index FOLDER` reads what is in the folder
*now*. Real document folders change all day: scans arrive, a contract is replaced by its signed
version, an outdated notice is deleted. A question answered from a stale index is worse than no
answer: it cites a page that no longer says that, or a file that is gone.

**Question.** Can the index follow the folder by itself, so that `ask` sees a new file, a changed
file or a deletion without anyone re-running `index`, and how long does a change take to become
visible?

The answer is `paddlecamp docqa watch FOLDER --store DIR`. [Pathway](https://pathway.com)'s
streaming file connector notices the changes; every batch of changes goes through *our* indexing
path (the same keys, OCR cache and moved-file reuse as `index`). In this chapter we start a
watcher on an empty folder, ask a question it cannot answer yet, drop a document in, change it,
delete it, and ask again each time. Then we look at the measured update latency."""),
    ("params", """\
SMOKE = True
# extra add/delete cycles timed live in this notebook (the committed measurement is plotted either way)
LIVE_RUNS = 0 if SMOKE else 3
"""),
    ("code", """\
import inspect
import json
import shutil
import time

import matplotlib.pyplot as plt

from paddlecamp import repo_path
from paddlecamp.docqa import api
from paddlecamp.docqa import watch as W
from paddlecamp.docqa.born_digital_pdf import write_text_pdf
from paddlecamp.docqa.sample_pages import PageSpec, chapter_store
from paddlecamp.docqa.watch_latency import measure_once, plot_latency

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"]
plt.rcParams["axes.unicode_minus"] = False

# The watched folder starts empty every run. It is always the same folder, so the start-up pass
# also drops what an earlier run of this notebook left in the store (files gone = rows removed).
folder = repo_path("build", "docqa", "10-watched")
shutil.rmtree(folder, ignore_errors=True)
folder.mkdir(parents=True)
staging = repo_path("build", "docqa", "10-staging")  # documents are written here, then copied in
staging.mkdir(parents=True, exist_ok=True)
store = chapter_store("10-watch")
COLLECTION = "ch10"
"""),
    ("md", """\
## How Pathway sees a folder change

`pw.io.fs.read(folder, format="only_metadata", mode="streaming")` is a table with one row per
file, kept current by rescanning the folder. Pathway is a dataflow engine: it does not say "file
changed", it says how the table changed, as a stream of row *additions* and *removals*:

| on disk | what `pw.io.subscribe(table, on_change)` receives |
|---|---|
| a new file | an addition: `is_addition=True`, `row["_metadata"]` with `path`, `size`, `modified_at` |
| a deleted file | a removal of that row: `is_addition=False` |
| a modified file | a removal of the old row and an addition of the new one, same key, same time |

With `only_metadata` Pathway reads no bytes. Our callback only queues `(path, is_addition)`;
the watcher's own loop waits until the folder has been quiet for `interval` seconds and the
changed files stopped growing (a copy in progress is not indexed half-written), then:

* new or changed files → `api.index([folder])`, which skips unchanged files by hash, re-uses the
  chunks of moved/renamed files, drops vanished ones and reports unreadable files one by one;
* deletions only → the document's rows are deleted directly (`Store.delete_document`).

Here is the whole Pathway side:"""),
    ("code", """\
print(inspect.getsource(W._start_pathway))"""),
    ("md", """\
Two details matter in practice. Pathway keeps one global dataflow per process, so the watcher
clears it and allows one watcher at a time. And `pw.run` has no stop button: a tiny Python connector
waits for our stop signal and then raises, which ends the run cleanly (raising from the subscribe
callback also works, but the engine then prints a panic message).

## Start the watcher

`Watcher` runs `watch()` in a background thread and returns once the start-up pass is done;
`print_events=True` prints the same lines as the CLI."""),
    ("code", """\
w = W.Watcher(folder, store, COLLECTION, interval=0.3, print_events=True).start()
QUESTION = "东楼哪天全天停电？"
before = api.ask(QUESTION, store=store, collection=COLLECTION)
print("answerable:", before["answerable"], "| reason:", before.get("reason"))
assert not before["answerable"]
"""),
    ("md", """\
The store exists and is empty, so the answerer declines instead of guessing. Now a document
arrives: a notice (a PDF with a text layer, so it needs no OCR). We write it elsewhere and copy it
in, as a user or a scanner would."""),
    ("code", """\
NOTICE = PageSpec(title="停电通知", lines=["因线路检修，东楼将于 2026年3月14日 全天停电。",
                                           "联系人：后勤处李明，电话 6620。"])
src = write_text_pdf(staging / "notice.pdf", NOTICE)
mark, t0 = len(w.events), time.perf_counter()
shutil.copy(src, folder / "notice.pdf")
event = w.wait_for(("added", "moved"), "notice.pdf", since=mark, timeout=120)
after = api.ask(QUESTION, store=store, collection=COLLECTION)
print(f"visible after {time.perf_counter() - t0:.1f} s")
print("answer:", after["answer"], "| cited:", [(c["source"], c["page"]) for c in after["citations"][:2]])
assert after["answerable"] and "3月14日" in after["answer"]
assert after["citations"][0]["source"] == "notice.pdf"
"""),
    ("md", """\
The notice is replaced by a corrected version under the same name. Pathway reports a removal and
an addition of the same row; the watcher re-indexes the file, and the old chunks go (new rows are
written before the old ones are deleted, so a question never finds the file missing)."""),
    ("code", """\
CORRECTED = PageSpec(title="停电通知（更正）", lines=["因线路检修，东楼停电改期至 2026年4月2日 全天。",
                                                  "联系人：后勤处李明，电话 6620。"])
write_text_pdf(staging / "notice.pdf", CORRECTED)
mark = len(w.events)
shutil.copy(staging / "notice.pdf", folder / "notice.pdf")
w.wait_for("updated", "notice.pdf", since=mark, timeout=120)
changed = api.ask(QUESTION, store=store, collection=COLLECTION)
print("answer:", changed["answer"], "| cited:", changed["citations"][0]["text"][:60])
assert "4月2日" in changed["answer"]
assert not any("3月14日" in c["text"] for c in changed["citations"])
"""),
    ("md", """\
An unreadable file (here: random bytes named `.png`) is reported with its reason and skipped;
the watch goes on. Then the notice is deleted, and the question is declined again."""),
    ("code", """\
import os

mark = len(w.events)
(folder / "broken_scan.png").write_bytes(os.urandom(4000))
error = w.wait_for("error", "broken_scan.png", since=mark, timeout=120)
assert error.detail.startswith("skipped: broken_scan.png")

mark = len(w.events)
(folder / "notice.pdf").unlink()
w.wait_for("removed", "notice.pdf", since=mark, timeout=120)
gone = api.ask(QUESTION, store=store, collection=COLLECTION)
print("answerable:", gone["answerable"], "| sources left:", api.open_store(store).sources(COLLECTION))
assert not gone["answerable"]
assert "notice.pdf" not in api.open_store(store).sources(COLLECTION)
"""),
    ("md", """\
## How long does a change take?

`paddlecamp.docqa.watch_latency` times the whole path a user waits for: from the moment a file is
copied in until `api.retrieve` returns one of its chunks, and from a deletion until none comes back
(retrieval polled every 50 ms). Each run uses a document with new content, so the OCR cache and
moved-file reuse never help. Two documents: a one-page PDF with a text layer (no OCR) and the same
page followed by a scanned image page (one page of OCR). The committed measurement:"""),
    ("code", """\
result = json.loads(repo_path("data", "results", "docqa_watch_2026-12-01.json").read_text(encoding="utf-8"))
print(result["command"], "|", result["hardware"]["cpu"], result["hardware"]["cores"], "cores, load",
      result["hardware"]["load_avg_1_5_15"])
for kind, m in result["median"].items():
    print(f"{kind:10s} median add {m['add_s']:.2f} s, delete {m['delete_s']:.2f} s  ({result['documents'][kind]})")
text, scan = result["median"]["text"], result["median"]["text+scan"]
noticed = max(text["add_noticed_s"], text["delete_noticed_s"], scan["add_noticed_s"], scan["delete_noticed_s"])
print(f"Pathway itself reports a change within {noticed:.2f} s (median); the rest is our quiet interval and indexing")
assert noticed < result["setup"]["interval_s"]  # noticing is not the bottleneck
assert text["add_s"] < scan["add_s"]          # OCR of one page dominates an update
assert max(text["delete_s"], scan["delete_s"]) < 2.0  # a deletion is a row delete: no reading at all
plot_latency(result)
plt.show()
"""),
    ("md", """\
A deletion costs Pathway noticing it (a few tenths of a second), the quiet interval (0.5 s) and
one delete in Milvus. An addition adds reading (text layer: milliseconds; OCR: a second or more
per page on two CPU cores), layout analysis, chunking and embedding. The interval trades
latency against batching: a burst of 100 files is one index run, not 100.

With `LIVE_RUNS > 0` (not in SMOKE mode) the notebook times a few cycles on this machine, with the
watcher that is already running:"""),
    ("code", """\
live = [measure_once(w, kind, f"L{i}{int(time.time()) % 10000}", staging)
        for i in range(LIVE_RUNS) for kind in ("text", "text+scan")]
for row in live:
    print(f"{row['document']:10s} add {row['add_s']:.2f} s, delete {row['delete_s']:.2f} s")
if live:
    import statistics

    mine = {"setup": result["setup"], "hardware": result["hardware"], "runs": live,
            "median": {k: {key: statistics.median(r[key] for r in live if r["document"] == k)
                           for key in ("add_s", "delete_s")} for k in ("text", "text+scan")}}
    plot_latency(mine)
    plt.show()
"""),
    ("md", """\
## Stopping

`Watcher.stop()` (or Ctrl-C / SIGTERM for the CLI) ends Pathway's run and the loop; a batch in
progress is either finished or interrupted, and `index` writes new rows before deleting old ones,
so the store always holds the last good state. On the command line:

```
paddlecamp docqa watch inbox/ --store store/        # one line per event; Ctrl-C stops
paddlecamp docqa ask "东楼哪天停电？" --store store/   # from another terminal, any time
```

A Milvus Lite file can be open in one process only, so the CLI watcher lets go of the store
between batches (`--keep-store-open` keeps it, for speed, when nobody else reads it)."""),
    ("code", """\
w.stop()
print(sum(e.kind != "ready" for e in w.events), "events;", sorted({e.kind for e in w.events}))
assert {"added", "updated", "removed", "error"} <= {e.kind for e in w.events}
"""),
    ("md", """\
## Summary

* Pathway's streaming file connector turns a folder into a table whose changes are additions and
  removals (a modification is both); `pw.io.subscribe` delivers them to our code.
* The watcher does no document work of its own: batches go through `api.index`, so keys, OCR
  cache, moved-file reuse and per-file error reporting are exactly those of `paddlecamp docqa index`;
  a deletion is a direct row delete.
* A file becomes retrievable in about the quiet interval plus its reading time; a deletion in
  about the interval (see the plot for this machine's medians).
* Unreadable files are reported once with a reason and skipped; stopping at any point leaves the
  last good state.

## Exercises

1. Copy the same PDF into the folder under a second name. Which event do you get, and why is it
   so fast? (Look for `moved` in `api.index`.)
2. Set `interval=0` and copy a large PDF in slowly (write it in chunks with pauses). What does the
   watcher do while the file grows, and which check in `_Batcher.settled` prevents indexing it
   half-written?
3. Stop the watcher, delete a file and add another, then start it again. Which part of `watch()`
   catches up with what happened while nobody watched?
4. Pathway also offers a complete `DocumentStore` (parsing, splitting, embedding, its own index).
   What would we lose by using it instead of feeding our own store? (Think of citations with page
   and box, the BM25 side, and `ask`.)
"""),
]
