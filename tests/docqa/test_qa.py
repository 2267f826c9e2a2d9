"""The one answer path: extractive answers with cell/pair boxes, refusals with reasons, and the
ERNIE answer kept only when a cited chunk contains it (else declined or the extractive fallback)."""
from __future__ import annotations

import pytest

from paddlecamp.docqa.llm.prompt import LLMAnswer
from paddlecamp.docqa.qa import REFUSAL, answer_question, scored, supported
from paddlecamp.docqa.records import Chunk

INVOICE = Chunk(source="invoice.png", page=1, kind="kv", text="Invoice No.: INV-7\nDue Date: 14 March 2025",
                bbox=[0, 0, 500, 80], doc_hash="a" * 64, chunk_no=0,
                items=[{"key": "Invoice No.", "value": "INV-7", "bbox": [120, 0, 200, 30]},
                       {"key": "Due Date", "value": "14 March 2025", "bbox": [330, 40, 480, 70]}])
PRICES = Chunk(source="invoice.png", page=1, kind="table", doc_hash="a" * 64, chunk_no=1, bbox=[0, 100, 500, 200],
               text="| Item | Qty | Unit price |\n|---|---|---|\n| Widget | 4 | $12.50 |\n| Gadget | 2 | $40.00 |",
               items=[{"row": 1, "col": 1, "text": "4", "row_header": "Widget", "col_header": "Qty", "bbox": [200, 140, 250, 170]},
                      {"row": 1, "col": 2, "text": "$12.50", "row_header": "Widget", "col_header": "Unit price", "bbox": [300, 140, 380, 170]},
                      {"row": 2, "col": 1, "text": "2", "row_header": "Gadget", "col_header": "Qty", "bbox": [200, 170, 250, 200]},
                      {"row": 2, "col": 2, "text": "$40.00", "row_header": "Gadget", "col_header": "Unit price", "bbox": [300, 170, 380, 200]}])
HITS = scored([INVOICE, PRICES], [0.9, 0.8])


class StubErnie:
    """Stands in for the remote service: returns a fixed reply (the HTTP path has its own tests)."""

    def __init__(self, answer: str, cited: list[int], answerable: bool = True) -> None:
        self.reply = LLMAnswer(answer=answer, answerable=answerable, cited=cited)

    def answer(self, question, contexts):
        return self.reply


def test_extractive_cites_the_cell_box_and_the_pair_box():
    ans = answer_question("What is the unit price of the gadget?", HITS)
    assert ans.answerable and ans.answer == "$40.00"
    assert ans.citations[0].bbox == [300, 170, 380, 200] and ans.citations[0].chunk_id == PRICES.chunk_id
    ans = answer_question("When is the invoice due?", HITS)
    assert ans.answerable and ans.answer == "14 March 2025" and ans.citations[0].bbox == [330, 40, 480, 70]


def test_refusal_has_the_sentence_and_a_reason():
    ans = answer_question("What is the fax number of the supplier?", HITS)
    assert not ans.answerable and ans.answer == REFUSAL["en"] and ans.reason and not ans.citations
    d = ans.to_dict()
    assert d["reason"] == ans.reason and d["citations"] == []


def test_ernie_answer_must_be_in_a_cited_chunk():
    good = answer_question("How many widgets?", HITS, llm="ernie", answerer=StubErnie("4", [1]))
    assert good.answerable and good.answerer == "ernie" and [c.chunk_id for c in good.citations] == [PRICES.chunk_id]
    # Cites a chunk that does not hold the answer: declined without fallback ...
    bad = answer_question("How many widgets?", HITS, llm="ernie", answerer=StubErnie("7", [1]))
    assert not bad.answerable and bad.answer == REFUSAL["en"] and "contains" in bad.reason
    # ... and answered extractively with it.
    fb = answer_question("How many widgets?", HITS, llm="ernie", fallback="extractive",
                         answerer=StubErnie("7", [0]))
    assert fb.answerable and fb.answer == "4" and fb.answerer == "extractive" and "fallback" in fb.timings
    # No citation at all is not an answer either.
    none = answer_question("How many widgets?", HITS, llm="ernie", answerer=StubErnie("4", []))
    assert not none.answerable and "cited no context" in none.reason


@pytest.mark.parametrize("answer, text, ok", [
    ("14 March 2025", "Due Date: 2025-03-14", True),
    ("¥12,800.00", "合计：12800元", True),
    ("INV-7", "Invoice No.: INV-7", True),
    ("INV-8", "Invoice No.: INV-7", False),
    ("40", "| Gadget | 2 | $12.50 |", False),
])
def test_supported(answer, text, ok):
    assert supported(answer, text) is ok


@pytest.mark.parametrize("question, text, answer", [
    ("Which countries will the company expand into?", "The company will expand sales in Vietnam and Thailand.",
     "Vietnam and Thailand"),
    ("公司的工厂都在哪几个省？", "公司的工厂位于四川、云南和甘肃。", "四川、云南和甘肃"),
    ("How many of the 120 mm pulleys were shipped?", "We shipped 360 pulleys of 120 mm.", "360"),
])
def test_listed_names_and_what_the_question_says(question, text, answer):
    chunk = Chunk(source="memo.png", page=1, text=text, bbox=[0, 0, 800, 40], items=[{"text": text, "bbox": [0, 0, 800, 40]}])
    ans = answer_question(question, scored([chunk]))
    assert ans.answerable and ans.answer == answer


def test_evidence_reads_the_first_page_of_the_document_of_the_kind_named():
    """"When was the letter written?" retrieves the report (its words match better); the
    collection's letter, which never says "letter", is found by its form and read too."""
    from paddlecamp.docqa.qa import evidence

    report = Chunk(source="outlook.pdf", page=1, text="The plant will be completed by October 2026.", bbox=[0, 0, 9, 9])
    letter = [Chunk(source="scan.jpg", page=1, chunk_no=i, text=t, bbox=[0, 0, 9, 9])
              for i, t in enumerate(["9 June 2025\nDear Ms Marsh,", "Your order has shipped.\nYours sincerely,\nMargaret Lin"])]
    pages = {("outlook.pdf", 1): [report], ("scan.jpg", 1): letter}

    def page_chunks(source, page):
        return pages.get((source, page), [])

    def sources():
        return ["outlook.pdf", "scan.jpg"]

    got = evidence("When was the letter written?", scored([report], [0.9]), page_chunks, sources)
    assert [h.chunk.source for h in got] == ["outlook.pdf", "scan.jpg", "scan.jpg"]
    # no kind named, or a retrieved document already of it: nothing is added
    assert len(evidence("When will the plant be completed?", scored([report], [0.9]), page_chunks, sources)) == 1
    assert [h.chunk.source for h in evidence("When was the letter written?", scored(letter, [0.9, 0.8]), page_chunks,
                                             sources)] == ["scan.jpg", "scan.jpg"]
