"""Chinese word glosses (CC-CEDICT) and the column roles questions imply."""
from __future__ import annotations

import pytest

from paddlecamp.docqa import gloss, roles
from paddlecamp.docqa.answer import extract, question_type
from paddlecamp.docqa.records import Chunk


def test_gloss_renders_chinese_words_and_keeps_codes():
    assert gloss.available()
    g = gloss.gloss("TS-200的工作湿度最高是多少？")
    assert "TS-200" in g and "humidity" in g and "highest" in g and "how much" in g
    assert "的" not in g and "?" not in g and "？" not in g


def test_gloss_of_an_unknown_word_falls_back_to_its_dictionary_parts():
    # 温控器 is not a CC-CEDICT headword; its parts are.
    assert "control" in gloss.gloss("温控器")
    assert gloss.word_gloss("的") == ""


def test_the_parsed_dictionary_is_cached_and_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("PADDLECAMP_MODELS", str(tmp_path))
    gloss._lexicon.cache_clear()
    try:
        t = time.perf_counter()
        parsed = gloss._lexicon()
        parse_s = time.perf_counter() - t
        (cache,) = (tmp_path / "gloss").glob("cedict-*.json")
        assert parsed["湿度"].startswith("humidity") and len(parsed) > 100_000
        gloss._lexicon.cache_clear()
        t = time.perf_counter()
        assert gloss._lexicon() == parsed  # read back, not parsed again
        print(f"parse {parse_s:.2f} s, cached read {time.perf_counter() - t:.2f} s")
        cache.write_text('{"truncated', encoding="utf-8")
        gloss._lexicon.cache_clear()
        assert gloss._lexicon() == parsed
        assert cache.read_text(encoding="utf-8").startswith("{") and len(cache.read_bytes()) > 1_000_000
        assert not list((tmp_path / "gloss").glob("*.tmp"))
    finally:
        gloss._lexicon.cache_clear()


@pytest.mark.parametrize("header, role", [("单价", "unit_price"), ("Unit Price (EUR)", "unit_price"),
                                          ("金额", "total"), ("Amount", "total"), ("同比", "change"),
                                          ("YoY change", "change"), ("占比", "share"), ("Min", "min"),
                                          ("最大值", "max"), ("Typ.", "typ"), ("Qty (pcs)", "quantity"),
                                          ("数量", "quantity"), ("2024年", None), ("华东", None)])
def test_header_roles(header, role):
    assert roles.header_role(header) == role


def test_running_numbers_are_an_index_column_only_under_an_index_header():
    assert roles.column_role("No.", ["4", "5", "6"]) == "index"
    assert roles.column_role("序号", ["1", "2"]) == "index"
    assert roles.column_role("Qty", ["4", "5", "6"]) == "quantity"
    assert roles.column_role("No.", ["4", "7"]) is None


@pytest.mark.parametrize("question, role", [("网线那一项加起来花了多少钱？", "total"), ("交换机多少钱一台？", "unit_price"),
                                            ("How much does each pump cost?", "unit_price"),
                                            ("销售费用跟去年比涨了多少？", "change"),
                                            ("农业数据服务占了总收入的几成？", "share"),
                                            ("How cold can it get before the sensor is out of spec?", "min"),
                                            ("What voltage is it usually powered at?", "typ")])
def test_question_roles(question, role):
    assert role in roles.question_roles(question)


def test_role_bonus_only_counts_roles_the_table_has():
    assert roles.role_bonus("网线加起来花了多少钱？", "total", {"total", "unit_price"}) == 1.0
    assert roles.role_bonus("网线加起来花了多少钱？", "unit_price", {"total", "unit_price"}) == -1.0
    assert roles.role_bonus("网线加起来花了多少钱？", None, {"quantity"}) == 0.0
    assert roles.role_bonus("网线加起来花了多少钱？", None, {"total", "quantity"}) == -1.0


def test_share_questions_want_a_percentage():
    assert question_type("农业数据服务占了总收入的几成？") == "percent"
    assert question_type("What proportion of revenue came from services?") == "percent"


ORDER = Chunk(source="order.png", page=1, kind="table", bbox=[0, 0, 600, 120],
              text="| 货物名称 | 数量 | 单价 | 金额 |\n|---|---|---|---|\n| 光纤跳线 | 12 | 35.00 | 420.00 |\n"
                   "| 机柜托盘 | 4 | 180.00 | 720.00 |",
              line_bboxes=[[0, 0, 600, 40], [0, 40, 600, 80], [0, 80, 600, 120]])
SPEC = Chunk(source="spec.png", page=1, kind="table", bbox=[0, 0, 600, 120],
             text="| Parameter | Min | Typ | Max |\n|---|---|---|---|\n| Supply voltage (V) | 2.7 | 5.0 | 5.5 |\n"
                  "| Ambient temperature (°C) | -20 | 25 | 70 |",
             line_bboxes=[[0, 0, 600, 40], [0, 40, 600, 80], [0, 80, 600, 120]])


@pytest.mark.parametrize("question, answer", [("光纤跳线一共花了多少钱？", "420.00"), ("机柜托盘多少钱一个？", "180.00"),
                                              ("机柜托盘买了几个？", "4")])
def test_an_implied_column_is_chosen_by_its_role(question, answer):
    ex = extract(question, [ORDER])
    assert ex.answerable and ex.answer == answer


@pytest.mark.parametrize("question, answer", [("What is the lowest supply voltage?", "2.7"),
                                              ("What supply voltage does it usually run at?", "5.0"),
                                              ("What is the hottest ambient temperature allowed?", "70")])
def test_min_typ_max_columns_by_the_question_wording(question, answer):
    ex = extract(question, [SPEC])
    assert ex.answerable and ex.answer == answer


@pytest.mark.parametrize("header, role", [("调整前", "before"), ("调整后", "after"), ("原价", "before"),
                                          ("活动价", "after"), ("Was", "before"), ("Now", "after"),
                                          ("原因", "cause"), ("Price", None)])
def test_before_and_after_columns(header, role):
    assert roles.header_role(header) == role


NOTICE = Chunk(source="notice.png", page=1, kind="table", bbox=[0, 0, 600, 120],
               text="| 项目 | 调整前 | 调整后 |\n|---|---|---|\n| 首班车 | 6:00 | 5:40 |\n| 线路全长 | 18.6公里 | 20.3公里 |",
               line_bboxes=[[0, 0, 600, 40], [0, 40, 600, 80], [0, 80, 600, 120]])


@pytest.mark.parametrize("question, answer", [("改线以后头班车几点发？", "5:40"), ("原来头班车几点发？", "6:00"),
                                              ("现在线路全长多少？", "20.3公里"), ("调整前线路全长多少？", "18.6公里")])
def test_a_before_or_after_column_by_the_question_wording(question, answer):
    """A change notice's two columns: "以后/现在" asks for the new value, "原来/调整前" for the old
    (头班车 is an everyday word for the printed 首班车)."""
    ex = extract(question, [NOTICE])
    assert ex.answerable and ex.answer == answer
