"""Question words that the page prints misread are read as the question spells them."""
from __future__ import annotations

from paddlecamp.docqa.answer import extract
from paddlecamp.docqa.misreads import question_name_pairs, question_phrases, question_words, repair
from paddlecamp.docqa.records import Chunk


def _table(rows: list[list[str]]) -> Chunk:
    text = "\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                     + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    return Chunk(source="t.png", page=1, kind="table", text=text, bbox=[0, 0, 600, 40 * len(rows)],
                 line_bboxes=[[0, 40 * i, 600, 40 * (i + 1)] for i in range(len(rows))])


def _fix(question: str, text: str) -> str:
    return repair(text, question_words(question), question_phrases(question), question_name_pairs(question))


def test_an_english_header_one_letter_off_is_read_as_the_question_spells_it():
    assert _fix("What did Pemberton poll in Castle Hill?", "Pomberton (Con.)") == "Pemberton (Con.)"
    assert _fix("What was the turnout?", "Thrnout") == "Turnout"


def test_a_text_that_holds_the_word_keeps_its_near_copies():
    # "Hollie" is another person when "Hollis" is printed too
    assert _fix("How many votes did Hollis get?", "Hollis | Hollie") == "Hollis | Hollie"


def test_short_words_and_distant_words_are_left_alone():
    assert _fix("Which hill?", "Castle till") == "Castle till"  # under five letters
    assert _fix("How many votes did Oduya get?", "Ostuya") == "Ostuya"  # two edits in five letters
    assert _fix("What did Pemberton poll?", "Pembroke") == "Pembroke"  # three edits


def test_a_chinese_header_misread_in_two_of_five_characters_is_repaired():
    q = "燕麦早餐奶每100毫升有多少克碳水？"
    assert _fix(q, "蒸麦中餐奶 含量") == "燕麦早餐奶 含量"
    assert _fix("低脂高钙奶的钙是多少？", "低脂车利奶") == "低脂高钙奶"


def test_another_chinese_name_or_a_number_is_not_a_misreading():
    assert _fix("巧克力牛奶的脂肪含量是多少？", "原味纯牛奶") == "原味纯牛奶"  # three of five differ
    assert _fix("2号楼3单元的电费是多少？", "5号楼3单元") == "5号楼3单元"  # digits are not misread Han
    # no two neighbouring characters in common: a coincidence, not a misreading
    assert _fix("甲乙丙丁戊的数量？", "甲子丙寅戊") == "甲子丙寅戊"


def test_the_answerer_takes_the_column_the_question_name_pairs_through_a_misread_header():
    table = _table([["项目", "原味纯牛奶", "蒸麦中餐奶", "核桃花生奶"],
                    ["脂肪（克）", "3.8", "2.9", "3.5"],
                    ["碳水化合物（克）", "4.8", "9.6", "10.4"]])
    ex = extract("燕麦早餐奶的碳水化合物有多少克？", [table])
    assert ex.answerable and ex.answer == "9.6"
    ex = extract("How many votes did Pemberton get in Dunmore?",
                 [_table([["District", "Hollis", "Pomberton", "Marwood"], ["Abbey Mead", "412", "356", "288"],
                          ["Dunmore", "266", "238", "154"]])])
    assert ex.answerable and ex.answer == "238"


def test_another_form_of_the_word_is_not_a_misreading():
    assert _fix("How many runners finished the race?", "4,812 finishers") == "4,812 finishers"
    assert _fix("What car was rented?", "Renter: Roger Tremblay") == "Renter: Roger Tremblay"


def test_a_name_may_be_two_letters_off_and_a_short_word_of_a_name_one():
    assert _fix("In which district did Marwood get the most votes?", "Hollis Marweed") == "Hollis Marwood"
    assert _fix("In which district did marwood get the most votes?", "Marweed") == "Marweed"  # not a name
    assert _fix("What did Pemberton poll in Castle Hill?", "Castle till 528") == "Castle Hill 528"
    assert _fix("What did Pemberton poll in Castle Hill?", "Castle Mill | Castle till") == "Castle Mill | Castle till"
    # the other word must be read right, and a name printed right keeps its neighbours
    assert _fix("What did Pemberton poll in Castle Hill?", "Market till") == "Market till"
    assert _fix("Who lives at Castle Hill?", "Castor") == "Castor"  # a six-letter name: one edit only
    # "End" is under four letters: "Brook End" is no pair to repair
    assert question_name_pairs("Who won in Castle Hill and Brook End?") == (("castle", "hill"),)
