"""The live index: files copied into, changed in, renamed in or deleted from a watched folder
show up in (or vanish from) retrieval; unreadable files are reported and skipped.

One watcher (Pathway in a thread, our store) runs for the whole module; each test uses its
own file names. Documents are PDFs with a text layer (no OCR) except one scanned image page.
"""
from __future__ import annotations

import os
import shutil
import time
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from paddlecamp.docqa import api
from paddlecamp.docqa.born_digital_pdf import write_text_pdf
from paddlecamp.docqa.sample_pages import EN_MEMO, PageSpec, render_page
from paddlecamp.docqa.watch import Watcher, WatchError, WatchEvent, _Batcher, watch

pytest.importorskip("pathway")

#: Generous bound for one change to reach the index (a text PDF takes about a second).
BOUND_S = 60

ZH_NOTICE = PageSpec(title="停电通知", lines=["因线路检修，东楼将于 2026年3月14日 全天停电。", "联系人：后勤处李明，电话 6620。"])
ZH_NOTICE_MOVED = PageSpec(title="停电通知", lines=["因线路检修，东楼停电改期至 2026年4月2日。", "联系人：后勤处李明，电话 6620。"])
DUTY = PageSpec(title="Duty Roster", lines=["Night duty in the west wing falls to Marco Rossi this week."])


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, Path]:
    """Source documents, written outside the watched folder and copied in by the tests."""
    d = tmp_path_factory.mktemp("watch-src")
    scan = d / "memo_scan.png"
    render_page(EN_MEMO).save(scan)
    return {"notice": write_text_pdf(d / "notice.pdf", ZH_NOTICE),
            "notice_moved": write_text_pdf(d / "notice_moved.pdf", ZH_NOTICE_MOVED),
            "duty": write_text_pdf(d / "duty.pdf", DUTY),
            "scan": scan}


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    folder = tmp_path_factory.mktemp("watched")
    store = tmp_path_factory.mktemp("watch-store")
    with Watcher(folder, store, interval=0.3) as w:
        yield w


def chunks_of(w: Watcher, source: str) -> list[str]:
    """Texts of every stored chunk of ``source`` (what retrieval can return for it)."""
    st = api.open_store(w.store)
    rows = st.client.query(w.collection, filter=f'source == "{source}"', output_fields=["text"], limit=1000)
    return [r["text"] for r in rows]


def retrieved_sources(w: Watcher, question: str) -> list[str]:
    hits, _ = api.retrieve(question, store=w.store, collection=w.collection, top_k=5)
    return [h.chunk.source for h in hits]


def test_ready_after_start_and_empty_store_has_the_collection(watched):
    ready = watched.wait_for("ready")
    assert "0 error(s)" in ready.detail
    assert api.open_store(watched.store).has_collection(watched.collection)  # `ask` works before any file


def test_copied_file_becomes_retrievable(watched, docs):
    mark = len(watched.events)
    shutil.copy(docs["duty"], watched.folder / "duty.pdf")
    watched.wait_for("added", "duty.pdf", since=mark, timeout=BOUND_S)
    assert retrieved_sources(watched, "Who has night duty in the west wing?")[0] == "duty.pdf"
    assert any("Marco Rossi" in t for t in chunks_of(watched, "duty.pdf"))


def test_changed_file_is_reindexed_and_the_old_text_is_gone(watched, docs):
    mark = len(watched.events)
    shutil.copy(docs["notice"], watched.folder / "notice.pdf")
    watched.wait_for("added", "notice.pdf", since=mark, timeout=BOUND_S)
    assert any("3月14日" in t for t in chunks_of(watched, "notice.pdf"))

    mark = len(watched.events)
    shutil.copy(docs["notice_moved"], watched.folder / "notice.pdf")  # same name, new content
    watched.wait_for("updated", "notice.pdf", since=mark, timeout=BOUND_S)
    texts = chunks_of(watched, "notice.pdf")
    assert any("4月2日" in t for t in texts)
    assert not any("3月14日" in t for t in texts)
    assert retrieved_sources(watched, "东楼什么时候停电？")[0] == "notice.pdf"


def test_deleted_file_disappears_from_retrieval(watched, docs):
    mark = len(watched.events)
    shutil.copy(docs["duty"], watched.folder / "to_delete.pdf")  # a copy: indexed by re-using chunks
    watched.wait_for(("added", "moved"), "to_delete.pdf", since=mark, timeout=BOUND_S)
    assert chunks_of(watched, "to_delete.pdf")

    mark = len(watched.events)
    (watched.folder / "to_delete.pdf").unlink()
    event = watched.wait_for("removed", "to_delete.pdf", since=mark, timeout=BOUND_S)
    assert "not in the index" not in event.detail
    assert chunks_of(watched, "to_delete.pdf") == []
    assert "to_delete.pdf" not in retrieved_sources(watched, "Who has night duty in the west wing?")


def test_renamed_file_keeps_its_chunks_under_the_new_name(watched, docs):
    sub = watched.folder / "sub"
    sub.mkdir()
    mark = len(watched.events)
    shutil.copy(docs["notice"], sub / "old_name.pdf")
    watched.wait_for(("added", "moved"), "sub/old_name.pdf", since=mark, timeout=BOUND_S)

    mark = len(watched.events)
    os.rename(sub / "old_name.pdf", watched.folder / "new_name.pdf")
    # Pathway reports the removal and the addition ~0.1 s apart: in one batch the rows are moved
    # (no OCR, no embedding); split over two batches (a loaded machine) the file is read again.
    watched.wait_for(("moved", "added"), "new_name.pdf", since=mark, timeout=BOUND_S)
    watched.wait_for("removed", "sub/old_name.pdf", since=mark, timeout=BOUND_S)
    assert chunks_of(watched, "sub/old_name.pdf") == []
    assert any("3月14日" in t for t in chunks_of(watched, "new_name.pdf"))


def test_top_level_changes_index_just_those_files_and_sub_folder_changes_the_folder(watched, docs, monkeypatch):
    calls = []
    real = api.index

    def spy(paths, **kw):
        calls.append([Path(p) for p in paths])
        return real(paths, **kw)

    monkeypatch.setattr(api, "index", spy)
    # Earlier tests may leave a batch in flight (Pathway can report a file again one scan
    # later): wait until the watcher has been quiet for a while before counting its calls.
    quiet_since, seen = time.monotonic(), (len(watched.events), len(calls))
    while time.monotonic() - quiet_since < 6 * 0.3 + 1.0:
        time.sleep(0.1)
        if (len(watched.events), len(calls)) != seen:
            quiet_since, seen = time.monotonic(), (len(watched.events), len(calls))
    calls.clear()
    mark = len(watched.events)
    write_text_pdf(watched.folder / "roster_top.pdf", PageSpec(title="Roster", lines=["Ana Silva takes Tuesday."]))
    watched.wait_for("added", "roster_top.pdf", since=mark, timeout=BOUND_S)
    # The new file is indexed by a call of its own, not by a scan of the folder's other files.
    # On a loaded machine a folder pass left over from the earlier tests (it re-reads their
    # unchanged files and skips them) can still land in this window: it is not this file's call.
    own = [c for c in calls if c != [watched.folder.resolve()]]
    assert own == [[watched.folder.resolve() / "roster_top.pdf"]]

    calls.clear()
    mark = len(watched.events)
    (watched.folder / "deep").mkdir()
    write_text_pdf(watched.folder / "deep" / "roster.pdf", PageSpec(title="Roster", lines=["Ben Okafor takes Friday."]))
    watched.wait_for("added", "deep/roster.pdf", since=mark, timeout=BOUND_S)
    # keyed by its path from the watched folder (Pathway may report a file caught mid-write
    # twice: the second batch re-reads the folder and skips the unchanged file)
    assert calls and all(c == [watched.folder.resolve()] for c in calls)
    assert any("Ben Okafor" in t for t in chunks_of(watched, "deep/roster.pdf"))


def test_unreadable_files_are_reported_and_skipped_and_later_files_still_indexed(watched, docs):
    mark = len(watched.events)
    (watched.folder / "garbage.png").write_bytes(os.urandom(3000))
    (watched.folder / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    (watched.folder / "notes.txt").write_text("not a document")
    for name in ("garbage.png", "garbage.pdf"):
        event = watched.wait_for("error", name, since=mark, timeout=BOUND_S)
        assert event.detail.startswith("skipped: ") and name in event.detail
        assert chunks_of(watched, name) == []
    watched.wait_for("ignored", "notes.txt", since=mark, timeout=BOUND_S)

    # A scanned page (OCR) dropped after the bad files is indexed; the bad ones are not re-reported.
    mark = len(watched.events)
    shutil.copy(docs["scan"], watched.folder / "memo_scan.png")
    watched.wait_for("added", "memo_scan.png", since=mark, timeout=BOUND_S)
    assert any("Laura Chen" in t for t in chunks_of(watched, "memo_scan.png"))
    assert not [e for e in watched.events[mark:] if e.kind == "error"]


def test_restart_catches_up_with_changes_made_while_nobody_watched(watched, docs):
    shutil.copy(docs["notice"], watched.folder / "offline_keep.pdf")
    mark = len(watched.events)
    watched.wait_for(("added", "moved"), "offline_keep.pdf", since=mark, timeout=BOUND_S)
    watched.stop()
    try:
        (watched.folder / "offline_keep.pdf").unlink()
        shutil.copy(docs["duty"], watched.folder / "offline_new.pdf")
        mark = len(watched.events)
        watched.start()  # the start-up pass is an index run of the whole folder
        kinds = {e.path: e.kind for e in watched.events[mark:]}
        assert kinds.get("offline_keep.pdf") == "removed"
        assert kinds.get("offline_new.pdf") in ("indexed", "moved")
        assert chunks_of(watched, "offline_keep.pdf") == []
        assert chunks_of(watched, "offline_new.pdf")
    finally:
        if watched._thread is None or not watched._thread.is_alive():
            watched.start()


def test_a_busy_store_is_retried_until_free(monkeypatch):
    from paddlecamp.docqa import watch as W
    from paddlecamp.docqa.store import StoreError

    monkeypatch.setattr(W, "BUSY_RETRY_S", 0.01)
    events: list[WatchEvent] = []
    calls = []

    def step():
        calls.append(1)
        if len(calls) < 3:
            raise StoreError("store is locked by another process")

    assert W._until_store_free(step, threading.Event(), events.append, StoreError)
    assert len(calls) == 3
    assert [e.kind for e in events] == ["waiting"]  # said once, not per retry
    stop = threading.Event()
    stop.set()
    assert not W._until_store_free(step, stop, events.append, StoreError)


def test_one_watcher_per_process(watched, tmp_path):
    (tmp_path / "other").mkdir()
    with pytest.raises(WatchError, match="already watched"):
        watch(tmp_path / "other", tmp_path / "store2")


def test_bad_folder_and_store_inside_the_folder_are_refused(tmp_path):
    with pytest.raises(WatchError, match="no such folder"):
        watch(tmp_path / "missing", tmp_path / "store")
    with pytest.raises(WatchError, match="inside the watched folder"):
        watch(tmp_path, tmp_path / "store")


def test_a_removal_then_an_addition_is_an_update(tmp_path):
    events: list[WatchEvent] = []
    b = _Batcher(tmp_path, tmp_path / "store", "default", engine="default", force_ocr=None, emit=events.append)
    (tmp_path / "a.pdf").write_bytes(b"x")
    b.note(str(tmp_path / "a.pdf"), False)
    b.note(str(tmp_path / "a.pdf"), True)
    b.note(str(tmp_path / "b.pdf"), True)
    b.note(str(tmp_path / "c.pdf"), True)
    b.note(str(tmp_path / "c.pdf"), False)
    assert b.pending == {"a.pdf": "update", "b.pdf": "add", "c.pdf": "remove"}
    assert b.settled()  # nothing changed since noted
    (tmp_path / "a.pdf").write_bytes(b"xy")  # still being written
    assert not b.settled()
    assert b.settled()


def test_cli_refuses_a_negative_interval(tmp_path):
    import argparse

    from paddlecamp.cli import CliError
    from paddlecamp.docqa import watch_cli

    parser = argparse.ArgumentParser()
    watch_cli.configure(parser)
    args = parser.parse_args([str(tmp_path), "--store", str(tmp_path / "s"), "--interval", "-1"])
    with pytest.raises(CliError, match="interval"):
        watch_cli.main(args)


@pytest.mark.slow
def test_cli_watches_and_ctrl_c_stops_cleanly(tmp_path, docs):
    folder, store = tmp_path / "in", tmp_path / "store"
    folder.mkdir()
    CLI = str(Path(sys.executable).parent / "paddlecamp")
    proc = subprocess.Popen([CLI, "docqa", "watch", str(folder), "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = []
    # a watcher that never reports the new file must fail the test, not hang the suite
    deadline = threading.Timer(240, proc.kill)
    deadline.start()
    try:
        for line in proc.stdout:
            lines.append(line)
            if " ready " in line:
                shutil.copy(docs["duty"], folder / "duty.pdf")
            if " added " in line and "duty.pdf" in line:
                # the store is released between batches: another process can answer from it
                asked = subprocess.run([CLI, "docqa", "ask", "Who has night duty?",
                                        "--store", str(store), "--json"], capture_output=True, text=True, timeout=300)
                assert asked.returncode == 0, asked.stderr[-2000:]
                assert "Marco Rossi" in asked.stdout
                proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0
    finally:
        deadline.cancel()
        if proc.poll() is None:
            proc.kill()
    assert any(line.startswith("stopped") for line in lines), lines
