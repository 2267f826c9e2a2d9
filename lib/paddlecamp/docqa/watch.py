"""A live index: keep a store current while files appear, change or vanish in a folder.

``paddlecamp docqa index FOLDER`` brings a store up to date once; ``watch`` keeps it there.
Pathway does the watching: its file-system connector in streaming mode
(``pw.io.fs.read(folder, format="only_metadata", mode="streaming")``) rescans the folder and
turns what changed into row changes of a table with one row per file: a new file is an
addition, a deleted file a removal, a modified file a removal of its old row and an addition
of the new one (same key, same time; the metadata's ``modified_at``/``size`` differ).
``pw.io.subscribe`` hands each change to a callback, which only queues ``(path, is_addition)``.

Pathway reads no bytes and parses nothing: the documents go through the library's own path,
so the store holds exactly what ``index`` would have written (same keys, same chunks):

* a batch with new or changed files runs ``api.index``, which skips unchanged files by
  content hash, re-uses the chunks of a moved or renamed file (no OCR, no embedding) and
  reports unreadable files one by one (the rest go on). It runs on just the changed files
  when they lie directly in the folder (a file given directly is keyed by its name, the same
  key a folder run gives it), else on the whole folder (keys of files in sub-folders are
  their paths from the folder; the run then also drops files that vanished);
* deleted files' rows are deleted directly (``Store.delete_document``), with no folder scan.

A batch starts once the folder has been quiet for ``interval`` seconds and the changed files
have stopped growing, so a file still being copied is not indexed half-written. Pathway runs
in a background thread with no persistence and no monitoring; the watcher stops it by making
a small Python connector raise, which ends ``pw.run`` (raising from a subscribe callback would
too, but then Pathway's engine prints a panic message).

A Milvus Lite store file is open in one process at a time. With ``release_store=True`` (the
CLI) the watcher lets go of it between batches, so ``paddlecamp docqa ask`` can open it from
another terminal; a batch that finds the store held elsewhere waits and tries again.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

#: Event kinds, in the order a reader meets them.
KINDS = ("indexed", "ready", "added", "updated", "moved", "removed", "error", "ignored", "waiting")
#: How long a batch waits before retrying when another process holds the store.
BUSY_RETRY_S = 2.0


class WatchError(RuntimeError):
    """The folder cannot be watched (missing, holds the store, Pathway failed to start)."""


@dataclass
class WatchEvent:
    """One thing the watcher did: ``kind`` (see ``KINDS``) for ``path`` (relative to the folder).

    ``indexed``: brought up to date when the watch started (changed or new while nobody
    watched); ``ready``: the start-up pass is done (``detail`` summarizes it); ``added``,
    ``updated``, ``moved`` (chunks re-used: renamed, moved or copied), ``removed``; ``error``:
    the file could not be indexed (``detail`` says why; the other files went on);
    ``ignored``: not a supported type; ``waiting``: another process holds the store.
    ``at`` is when it was done and ``noticed`` when Pathway reported the batch's first change
    (both ``time.time()``; ``noticed`` is ``None`` for the start-up pass).
    """

    kind: str
    path: str
    detail: str = ""
    at: float = field(default_factory=time.time)
    noticed: float | None = None

    def line(self) -> str:
        """A log line: ``12:04:05 added    sub/memo.pdf  (4 chunks, 1.2 s)``."""
        stamp = time.strftime("%H:%M:%S", time.localtime(self.at))
        return f"{stamp} {self.kind:<8} {self.path}" + (f"  ({self.detail})" if self.detail else "")


class _Stopped(Exception):
    """Raised inside Pathway's run to end it."""


def _not_our_stop(record) -> bool:
    """Logging filter: Pathway logs the connector error that ends a run; that one is ours."""
    return "_Stopped" not in record.getMessage()


#: Pathway builds one global dataflow per process: one watcher at a time.
_PATHWAY_RUNNING = threading.Lock()


def _start_pathway(folder: Path, changes: queue.Queue, stop: threading.Event) -> tuple[threading.Thread, dict]:
    """Run Pathway's streaming file connector on ``folder`` in a thread; changes go to ``changes``.

    Returns the thread and a dict that receives ``"error"`` if Pathway ends for another reason
    than ``stop``.
    """
    import pathway as pw
    from pathway.internals.parse_graph import G

    G.clear()  # a fresh dataflow: only the two connectors below
    log = logging.getLogger("pathway_engine.connectors")
    if _not_our_stop not in log.filters:
        log.addFilter(_not_our_stop)

    class Control(pw.io.python.ConnectorSubject):
        """Emits nothing; raising when ``stop`` is set ends ``pw.run``."""

        def run(self) -> None:
            stop.wait()
            raise _Stopped()

    class ControlSchema(pw.Schema):
        never: int

    def on_file(key, row, time, is_addition) -> None:  # noqa: ARG001 (Pathway passes these by name)
        meta = row["_metadata"]
        meta = meta.value if hasattr(meta, "value") else meta
        changes.put((str(meta["path"]), bool(is_addition)))

    files = pw.io.fs.read(str(folder), format="only_metadata", mode="streaming", autocommit_duration_ms=100,
                          name="watched_folder")
    control = pw.io.python.read(Control(), schema=ControlSchema, autocommit_duration_ms=100, name="watch_control")
    pw.io.subscribe(files, on_change=on_file)
    pw.io.subscribe(control, on_change=lambda key, row, time, is_addition: None)
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            pw.run(monitoring_level=pw.MonitoringLevel.NONE, default_logging=False)
        except _Stopped:
            pass
        except BaseException as exc:  # reported by the watcher loop
            outcome["error"] = exc
        finally:
            G.clear()

    thread = threading.Thread(target=run, name="pathway-watch", daemon=True)
    thread.start()
    return thread, outcome


def _signature(path: Path) -> tuple[int, int] | None:
    """Size and modification time (ns) of a file, ``None`` when it is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def release_store(store: str | Path) -> None:
    """Close this process's handle on a Milvus Lite store so another process can open it.

    ``Store.close`` alone keeps Milvus Lite's in-process server (and its lock on the file)
    alive; stopping that server releases the file. The next use of the store reopens it.
    """
    from paddlecamp.docqa import api

    st = api.open_store(store, create=True)
    uri = st.uri
    st.close()
    if uri.endswith(".db"):
        try:
            from milvus_lite.server_manager import server_manager_instance
        except ImportError:  # pragma: no cover - a server URI: nothing is locked
            return
        server_manager_instance.release_server(uri)


class _Batcher:
    """Turns queued file changes into index runs and events (the watcher's working half)."""

    def __init__(self, folder: Path, store: str | Path, collection: str, *, engine: str,
                 force_ocr: bool | None, emit: Callable[[WatchEvent], None]) -> None:
        self.folder = folder
        self.store = store
        self.collection = collection
        self.engine = engine
        self.force_ocr = force_ocr
        self.emit = emit
        self.pending: dict[str, str] = {}  # relative path -> "add" | "update" | "remove"
        self.sizes: dict[str, tuple[int, int] | None] = {}  # at the last look: did it settle?
        self.errors: dict[str, tuple[Any, str]] = {}  # relative path -> (signature, message) reported
        self.ignored: set[str] = set()
        self.noticed: float | None = None  # when the first change of the pending batch arrived
        self.batch_noticed: float | None = None  # the same for the batch being applied

    def event(self, kind: str, path: str, detail: str = "") -> None:
        self.emit(WatchEvent(kind, path, detail, noticed=self.batch_noticed))

    def take(self) -> dict[str, str]:
        """The pending batch, to apply now (the next changes start a new one)."""
        batch, self.pending = self.pending, {}
        self.batch_noticed, self.noticed = self.noticed, None
        return batch

    def rel(self, path: str | Path) -> str:
        from paddlecamp.docqa.api import doc_key

        p = Path(path)
        return doc_key(p if p.is_absolute() else self.folder / p, self.folder)

    def note(self, path: str, is_addition: bool) -> None:
        """Merge one change into the pending batch (a removal then an addition is an update)."""
        rel = self.rel(path)
        if self.noticed is None:
            self.noticed = time.time()
        if is_addition:
            before = self.pending.get(rel)
            self.pending[rel] = "update" if before in ("remove", "update") else (before or "add")
            self.sizes[rel] = _signature(self.folder / rel)
        else:
            self.pending[rel] = "remove"

    def settled(self) -> bool:
        """True when no changed file grew or was rewritten since the last look."""
        still = True
        for rel, kind in self.pending.items():
            if kind == "remove":
                continue
            now = _signature(self.folder / rel)
            if now != self.sizes.get(rel):
                self.sizes[rel] = now
                still = False
        return still

    # -- one batch ------------------------------------------------------------------------
    def run_index(self, batch: dict[str, str], *, files: list[Path] | None = None, initial: bool = False) -> None:
        """Index the folder (or only ``files``, all directly in it) and emit one event per file
        added, updated, moved, removed or failed.

        ``api.index`` keys a file given directly by its name, relative to its own folder, which
        for a file directly in the watched folder is the same document as a folder run makes:
        so such batches index just the changed files instead of scanning the whole folder.
        """
        from paddlecamp.docqa import api

        t0 = time.perf_counter()
        report = api.index(files if files is not None else [self.folder], store=self.store,
                           collection=self.collection, progress=False, engine=self.engine, force_ocr=self.force_ocr)
        took = time.perf_counter() - t0
        each = f"{report.chunks} chunk(s), {took:.1f} s" if len(report.indexed) == 1 else f"{took:.1f} s"
        for key in report.indexed:
            kind = "indexed" if initial else ("updated" if batch.get(key) == "update" else "added")
            self.errors.pop(key, None)
            self.event(kind, key, each)
        for key in report.moved:
            self.errors.pop(key, None)
            self.event("moved", key, "same content as an indexed file: chunks re-used, no OCR")
        for key in report.removed:
            self.event("removed", key, "file gone")
        # Files of this batch that are gone and were not reported: deleted (a run on files does
        # not look for vanished ones), or renamed (the move consumed their rows).
        gone = [rel for rel in batch if rel not in report.removed and not (self.folder / rel).exists()]
        if gone:
            self.remove(gone, after_move=bool(report.moved))
        errors = 0
        for err in report.errors:
            path = Path(err["path"])
            if path == self.folder:  # "folder holds no supported files": an empty folder is fine
                continue
            errors += 1
            rel = self.rel(path)
            seen = (_signature(self.folder / rel), err["error"])
            if self.errors.get(rel) != seen:  # the same file failing the same way is said once
                self.errors[rel] = seen
                self.event("error", rel, f"skipped: {err['error']}")
        if initial:
            self.event("ready", str(self.folder),
                       f"{len(report.skipped)} file(s) already current, {len(report.indexed)} indexed, "
                       f"{len(report.moved)} moved, {len(report.removed)} removed, {errors} error(s) "
                       f"in {took:.1f} s; watching")

    def remove(self, rels: list[str], *, after_move: bool = False) -> None:
        """Delete the rows of files that are gone (no folder scan)."""
        from paddlecamp.docqa import api

        st = api.open_store(self.store, create=True)
        root = api.root_key(self.folder)
        has = st.has_collection(self.collection)
        for rel in rels:
            if (self.folder / rel).exists():
                continue  # back already: its addition follows
            self.errors.pop(rel, None)
            if has and st.doc_versions(self.collection, rel, root):
                st.delete_document(self.collection, rel, root)
                self.event("removed", rel, "file deleted")
            elif after_move:
                self.event("removed", rel, "file gone; its chunks moved with it")
            else:
                self.event("removed", rel, "file deleted; it was not in the index")

    def apply(self, batch: dict[str, str]) -> None:
        from paddlecamp.docqa.ingest import SUPPORTED_SUFFIXES

        wanted = {}
        for rel, kind in batch.items():
            if Path(rel).suffix.lower() in SUPPORTED_SUFFIXES:
                wanted[rel] = kind
            elif kind != "remove" and rel not in self.ignored:
                self.ignored.add(rel)
                self.event("ignored", rel, f"not {'/'.join(sorted(s[1:] for s in SUPPORTED_SUFFIXES))}")
        present = sorted(rel for rel, kind in wanted.items() if kind != "remove" and (self.folder / rel).is_file())
        if not present:
            if wanted:
                self.remove(sorted(wanted))
        elif all("/" not in rel for rel in present):
            self.run_index(wanted, files=[self.folder / rel for rel in present])
        else:  # a file in a sub-folder is keyed by its path from the watched folder: a folder run
            self.run_index(wanted)


def watch(folder: str | Path, store: str | Path, collection: str = "default", *, interval: float = 0.5,
          engine: str = "default", force_ocr: bool | None = None,
          on_event: Callable[[WatchEvent], None] | None = None, stop: threading.Event | None = None,
          release_store_between: bool = False) -> None:
    """Keep ``collection`` in ``store`` current with ``folder`` until ``stop`` is set (or Ctrl-C).

    First brings the store up to date (``index([folder])``: files changed, added or deleted
    while nobody watched), emits ``ready``, then follows Pathway's change stream (see the
    module docstring). ``on_event(event)`` gets every ``WatchEvent``; ``interval`` is how long
    the folder must be quiet before a batch is indexed. ``release_store_between`` lets other
    processes open a Milvus Lite store between batches. A ``KeyboardInterrupt`` stops
    Pathway and propagates; what was written stays (``index`` writes new rows before it
    deletes old ones).
    """
    from paddlecamp.docqa.api import check_collection_name
    from paddlecamp.docqa.store import StoreError

    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise WatchError(f"{folder}: no such folder")
    store_dir = Path(store).expanduser().resolve()
    if store_dir == folder or folder in store_dir.parents:
        raise WatchError(f"the store {store_dir} lies inside the watched folder {folder}: every write to it "
                         "would be a change to watch; put it elsewhere")
    check_collection_name(collection)
    if interval < 0:
        raise WatchError(f"interval must be >= 0 seconds, not {interval}")
    stop = stop or threading.Event()
    emit = on_event or (lambda event: None)
    if not _PATHWAY_RUNNING.acquire(blocking=False):
        raise WatchError("a folder is already watched in this process (Pathway runs one dataflow per process)")
    pathway_stop = threading.Event()
    thread = None
    try:
        changes: queue.Queue = queue.Queue()
        thread, outcome = _start_pathway(folder, changes, pathway_stop)
        batcher = _Batcher(folder, store, collection, engine=engine, force_ocr=force_ocr, emit=emit)
        _until_store_free(lambda: batcher.run_index({}, initial=True), stop, emit, StoreError)
        if release_store_between:
            release_store(store)
        last_change = time.monotonic()
        while not stop.is_set():
            try:
                path, is_addition = changes.get(timeout=0.05)
                batcher.note(path, is_addition)
                last_change = time.monotonic()
                continue
            except queue.Empty:
                pass
            if not thread.is_alive():
                raise WatchError(f"Pathway stopped watching {folder}: {outcome.get('error')!r}")
            if not batcher.pending or time.monotonic() - last_change < interval:
                continue
            if not batcher.settled():  # a file is still being written: look again later
                last_change = time.monotonic()
                continue
            batch = batcher.take()
            try:
                done = _until_store_free(lambda: batcher.apply(batch), stop, emit, StoreError)
            except Exception as exc:  # a store-level failure: say so, keep watching (the next change retries)
                batcher.event("error", ", ".join(sorted(batch)), f"batch not indexed: {type(exc).__name__}: {exc}")
                done = True
            if done and release_store_between:
                release_store(store)
    finally:
        pathway_stop.set()
        if thread is not None:
            thread.join(timeout=30)
        _PATHWAY_RUNNING.release()


def _until_store_free(step: Callable[[], None], stop: threading.Event, emit, store_error: type) -> bool:
    """Run ``step``; while another process holds the store, say so once and retry. False if stopped."""
    said = False
    while not stop.is_set():
        try:
            step()
            return True
        except store_error as exc:
            if not said:
                emit(WatchEvent("waiting", "store", f"{exc}; retrying every {BUSY_RETRY_S:.0f} s"))
                said = True
            stop.wait(BUSY_RETRY_S)
    return False


class Watcher:
    """``watch`` in a background thread, for notebooks and tests::

        with Watcher(folder, store) as w:      # returns once the start-up pass is done
            shutil.copy(pdf, folder)
            w.wait_for("added", pdf.name)
        # stopped

    ``events`` lists every ``WatchEvent`` so far; ``print_events=True`` also prints them.
    """

    def __init__(self, folder: str | Path, store: str | Path, collection: str = "default", *,
                 print_events: bool = False, **options: Any) -> None:
        self.folder, self.store, self.collection = Path(folder), Path(store), collection
        self.options = options
        self.print_events = print_events
        self.events: list[WatchEvent] = []
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def _record(self, event: WatchEvent) -> None:
        if self.print_events:
            print(event.line(), flush=True)
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def _run(self) -> None:
        self.error = None
        try:
            watch(self.folder, self.store, self.collection, on_event=self._record, stop=self._stop, **self.options)
        except BaseException as exc:
            self.error = exc
        finally:
            with self._changed:
                self._changed.notify_all()

    def start(self, timeout: float = 180) -> "Watcher":
        """Start watching (again, after ``stop``); return once the start-up pass is done (``ready``)."""
        self._stop.clear()
        since = len(self.events)
        self._thread = threading.Thread(target=self._run, name="docqa-watch", daemon=True)
        self._thread.start()
        self.wait_for("ready", since=since, timeout=timeout)
        return self

    def wait_for(self, kind: str | tuple[str, ...], path: str | None = None, *, since: int = 0,
                 timeout: float = 60) -> WatchEvent:
        """The first event of ``kind`` (for ``path``) at index ``since`` or later; waits up to ``timeout``."""
        kinds = (kind,) if isinstance(kind, str) else kind
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events[since:]:
                    if event.kind in kinds and (path is None or event.path == path):
                        return event
                if self.error is not None:
                    raise WatchError(f"the watcher failed: {self.error!r}") from self.error
                if self._thread is None or not self._thread.is_alive():
                    raise WatchError("the watcher is not running")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no {'/'.join(kinds)} event{' for ' + path if path else ''} "
                                       f"within {timeout:g} s; events: {[e.line() for e in self.events[since:]]}")
                self._changed.wait(min(left, 0.5))

    def stop(self, timeout: float = 60) -> None:
        """Stop watching (a batch in progress finishes first) and wait for the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> "Watcher":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


__all__ = ["KINDS", "WatchError", "WatchEvent", "Watcher", "release_store", "watch"]
