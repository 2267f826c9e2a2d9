"""The ``paddlecamp docqa`` commands, run in-process through the top-level CLI."""
from __future__ import annotations

import json

from PIL import Image

from paddlecamp.cli import main


def test_ask_json_prints_one_object(indexed_store, capsys):
    assert main(["docqa", "ask", "Who inspected the pump station?", "--store", str(indexed_store), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["answer"] == "Laura Chen" and out["answerable"] is True
    assert out["citations"][0]["source"] == "memo_en.jpg"


def test_ask_batch_writes_one_line_per_question_and_survives_bad_lines(indexed_store, tmp_path, capsys):
    qfile = tmp_path / "q.jsonl"
    qfile.write_text('{"id": "a", "question": "华东区域新签客户多少家？"}\n'
                     'this is not json\n'
                     '{"id": "c", "question": ""}\n'
                     '{"id": "d", "question": "What is the next inspection date?"}\n', encoding="utf-8")
    assert main(["docqa", "ask", "--batch", str(qfile), "--store", str(indexed_store), "--json"]) == 0
    captured = capsys.readouterr()
    lines = [json.loads(l) for l in captured.out.splitlines()]
    assert [l["id"] for l in lines] == ["a", 2, "c", "d"]
    assert lines[0]["answer"] == "36家" and lines[0]["answerable"]
    assert "line 2" in lines[1]["error"] and "line 3" in lines[2]["error"]
    assert lines[3]["answer"] == "September 2025"
    assert "error:" in captured.err


def test_user_errors_exit_2_with_a_message(indexed_store, tmp_path, capsys):
    assert main(["docqa", "ask", "", "--store", str(indexed_store)]) == 2
    assert "question is empty" in capsys.readouterr().err
    assert main(["docqa", "ask", "hi", "--store", str(tmp_path / "none")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_index_summary_and_show_draws_cited_boxes(indexed_store, page_files, tmp_path, capsys):
    assert main(["docqa", "index", str(page_files["en"]), "--store", str(indexed_store), "--no-progress"]) == 0
    assert "skipped 1 unchanged" in capsys.readouterr().out
    out = tmp_path / "shown.png"
    assert main(["docqa", "show", "memo_en.jpg", "--page", "1", "--store", str(indexed_store), "--out", str(out),
                 "--question", "Who inspected the pump station?"]) == 0
    assert "box(es)" in capsys.readouterr().out
    drawn = Image.open(out).convert("RGB")
    plain = Image.open(page_files["en"]).convert("RGB")
    assert drawn.size == plain.size
    # Red pixels appear only where a box was drawn.
    red = [(x, y) for x in range(0, drawn.width, 2) for y in range(0, drawn.height, 2)
           if drawn.getpixel((x, y))[0] > 200 and drawn.getpixel((x, y))[1] < 60]
    assert red
