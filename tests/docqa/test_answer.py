"""The extractive answerer on hand-made chunks (no OCR, no index)."""
from __future__ import annotations

import dataclasses
import re

import pytest

from paddlecamp.docqa.answer import extract, question_type
from paddlecamp.docqa.chunking import kv_pairs
from paddlecamp.docqa.records import Chunk


def _text(lines, page=1):
    return Chunk(source="doc.png", page=page, text="\n".join(lines), bbox=[0, 0, 100, 100 * len(lines)],
                 line_bboxes=[[0, 100 * i, 100, 100 * i + 30] for i in range(len(lines))])


def _table(rows, source="table.png", page=1):
    """A table chunk from rows of cells (the first row is the header), one line box per row."""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])] + ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return Chunk(source=source, page=page, kind="table", text="\n".join(lines), bbox=[0, 0, 600, 40 * len(rows)],
                 line_bboxes=[[0, 40 * i, 600, 40 * (i + 1)] for i in range(len(rows))])


TABLE = Chunk(source="fin.png", page=2, kind="table", bbox=[0, 0, 500, 120],
              text="| 项目 | 2025年 | 2024年 |\n|---|---|---|\n| 营业收入 | 48,630 | 41,275 |\n| 净利润 | 6,942 | 5,108 |",
              line_bboxes=[[0, 0, 500, 40], [0, 40, 500, 80], [0, 80, 500, 120]])


@pytest.mark.parametrize("q, kind", [("会议什么时候召开？", "date"), ("报销人是谁？", "person"),
                                     # a thing asked for where a person only sets the scene
                                     ("医生给她开了什么药？", "general"), ("主讲老师叫什么名字？", "person"),
                                     # "what time" before a noun qualifies it: a chess time control
                                     ("What time control was used?", "number"),
                                     ("What time does the hall open?", "time"), ("At what time?", "time"),
                                     ("How many pallets will be shipped?", "number"),
                                     ("Where is the plant located?", "place"), ("出差事由是什么？", "general"),
                                     ("这辆车的车牌号是多少？", "identifier"), ("会员卡号是什么", "identifier"),
                                     ("这份规格书是第几版的？", "identifier"),  # a version, not a count
                                     ("她排在第几号？", "number"), ("几号开会？", "date"),
                                     # words inside words do not decide the type (declaRATIOn, headPHONEs)
                                     ("What is the declaration number?", "identifier"),
                                     ("Who signed the declaration?", "person"),
                                     ("What did the Studio HX headphones cost?", "amount"),
                                     ("What is the total amount due?", "amount"), ("When is the amount due?", "date"),
                                     ("What is the hourly labour rate?", "amount"),
                                     ("What is the interest rate?", "percent"),
                                     ("Which technician worked on the machine?", "person"),
                                     ("What is the number of the certificate of origin?", "identifier"),
                                     ("What is the number of employees?", "number"), ("业主叫什么名字？", "person"),
                                     ("What is the name of Northvale's account manager?", "person"),
                                     # what a thing sold for, fetched or is charged is money
                                     ("What did the oak table sell for?", "amount"), ("这幅画卖了多少？", "amount"),
                                     ("How much did the painting fetch?", "amount"),
                                     ("What is the monthly parking charge?", "amount"),
                                     ("Who is in charge of the warehouse?", "person"),
                                     # "what year" is a date, "what yearly salary" is money
                                     ("What yearly salary does the offer include?", "amount"),
                                     ("What year was the house built?", "date"),
                                     ("Which days is the market open?", "date"),
                                     # a manner ("how is it paid") is no amount; a "when" clause
                                     # after the question word only sets the scene
                                     ("How is the premium paid?", "general"),
                                     ("How much current does it draw when it is switched off?",
                                      "amount"),
                                     ("What happens when the alarm sounds?", "general"),
                                     ("Until when are the results provisional?", "date"),
                                     ("How fast did she run the first 10 km?", "number"),
                                     ("报价几天内有效？", "number"), ("能退多少税？", "amount"), ("退税打到哪个银行？", "org"),
                                     ("运维工程师每月能拿多少？", "amount"),
                                     ("周五的夜班排的是哪位护士？", "person"), ("哪名队员得分最多？", "person")])
def test_question_types(q, kind):
    assert question_type(q) == kind


def test_key_value_pairs_split_on_wide_gaps():
    assert [(k, v) for k, v, _, _ in kv_pairs("收款人：林晓梅    复核：陈建国    开票人：王芳")] == [
        ("收款人", "林晓梅"), ("复核", "陈建国"), ("开票人", "王芳")]


def test_a_colon_inside_brackets_does_not_start_a_pair():
    assert kv_pairs("本期应缴总额 ¥2,402.87 （大写：贰仟肆佰零贰元捌角柒分）") == []
    assert [(k, v) for k, v, _, _ in kv_pairs("合计（元）：300")] == [("合计（元）", "300")]


def test_english_stems_match_both_ways():
    from paddlecamp.docqa.answer import term_match

    for a, b in [("dates", "date"), ("prices", "price"), ("issued", "issue"), ("boxes", "box"), ("passed", "pass"),
                 ("shipped", "shipping"), ("notes", "note")]:
        assert term_match(a, b) == 1.0 and term_match(b, a) == 1.0, (a, b)


def test_a_heading_that_states_a_value_answers():
    """"一、国家奖学金（每人8,000元）" heads a list of winners: the amount is in the heading only."""
    chunk = Chunk(source="notice.png", page=1, kind="table", bbox=[0, 0, 600, 120], section="一、国家奖学金（每人8,000元）",
                  text="| 序号 | 姓名 | 学号 |\n|---|---|---|\n| 1 | 欧阳思远 | 2022010317 |\n| 2 | 夏侯静怡 | 2022030524 |",
                  line_bboxes=[[0, 0, 600, 40], [0, 40, 600, 80], [0, 80, 600, 120]])
    ex = extract("国家奖学金每人发多少钱？", [chunk])
    assert ex.answerable and ex.answer == "8,000元"


def test_a_sum_of_money_is_not_an_identifier():
    table = _table([["", ""], ["Subtotal", "£232.15"], ["Covered by warranty", "-£232.15"]], source="repair.png")
    text = _text(["Old parts returned under warranty claim no. CWC-889104."])
    ex = extract("What is the warranty claim number?", [table, text])
    assert ex.answerable and ex.answer == "CWC-889104"


def test_person_from_key_value_line_cites_that_line():
    chunk = _text(["差旅费报销单", "报销人：孙浩然   部门：市场部", "报销总额：4,430.00元"])
    ex = extract("报销人是谁？", [chunk])
    assert ex.answerable and ex.answer == "孙浩然"
    assert ex.evidence.bbox == [0, 100, 100, 130]


def test_number_nearest_after_its_label_not_the_first_number():
    chunk = _text(["截至2024年12月31日，公司共有员工1,326人，其中研发人员412人。"])
    assert extract("公司共有多少名员工？", [chunk]).answer == "1,326人"
    assert extract("研发人员有多少人？", [chunk]).answer == "412人"


def test_date_question_gets_the_date_span():
    chunk = _text(["The shipment left on 12 June 2025.", "The expected arrival date in Rotterdam is 19 June 2025."])
    ex = extract("When is the shipment expected to arrive in Rotterdam?", [chunk])
    assert ex.answerable and ex.answer == "19 June 2025"


def test_table_cell_by_row_and_column():
    ex = extract("2024年的净利润是多少？", [TABLE])
    assert ex.answerable and ex.answer == "5,108"
    assert ex.evidence.bbox == [0, 80, 500, 120]


def test_unrelated_question_is_unanswerable():
    chunk = _text(["本季度公司实现营业收入4,820万元。", "下季度计划在成都设立新的研发中心。"])
    ex = extract("公司的股票代码和上市交易所是什么？", [chunk])
    assert not ex.answerable and ex.answer == ""


def test_no_hits_is_unanswerable():
    assert not extract("Anything?", []).answerable


def test_abbreviated_headers_and_reordered_chinese_compounds_match():
    from paddlecamp.docqa.answer import term_match

    assert term_match("points", "Pts") >= 0.8 and term_match("quantity", "Qty (pcs)") >= 0.8
    assert term_match("manufactures", "ms") == 0.0 and term_match("games", "GA") == 0.0
    assert term_match("calibration", "Typical installation cost") == 0.0  # "cal" of "typical" is no abbreviation


def test_everyday_words_match_the_words_forms_print():
    from paddlecamp.docqa.answer import analyze, term_match

    assert term_match("heavy", "gross weight (kg)") >= 0.9 and term_match("孩子", "儿童（12岁以下）") >= 0.9
    assert term_match("claim", "理赔热线") >= 0.9 and term_match("亮度", "发光强度（cd）") >= 0.9
    assert "purchase order" in analyze("Which purchase order does the invoice refer to?").terms
    assert term_match("purchase order", "po reference") >= 0.9
    assert term_match("法人代表", "法定代表人：周明") >= 0.7
    assert term_match("法人代表", "代理人：周明 法律顾问") == 0.0


def test_a_labelled_place_field_answers_in_its_own_words():
    chunk = _text(["项目例会纪要", "会议地点：科技园C栋1103室", "主持人：韩雪"])
    ex = extract("会议在哪个房间开？", [chunk])
    assert ex.answerable and ex.answer == "科技园C栋1103室"


def test_a_date_in_the_question_is_not_glued_to_the_next_word():
    from paddlecamp.docqa.answer import analyze

    q = analyze("9月3日刮什么风？")
    assert q.terms == ["风"] and q.dates == ["--09-03"]
    assert "人" not in analyze("报销的人是哪个部门的？").terms


def test_a_name_or_date_the_document_lacks_makes_the_question_unanswerable():
    from paddlecamp.docqa.answer import question_names

    assert question_names("What is Walter Ashby's booking reference?") == ("Walter", "Ashby")
    assert question_names("What is the WER on Icelandic?") == ("WER", "Icelandic")  # the table has WER
    assert question_names("What is the total in USD?") == ()
    scores = Chunk(source="wer.png", page=1, kind="table", bbox=[0, 0, 400, 120],
                   text="| Language | WER |\n|---|---|\n| Welsh | 21.4 |\n| Basque | 19.7 |",
                   line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80], [0, 80, 400, 120]])
    assert extract("What is the WER on Welsh?", [scores]).answer == "21.4"
    assert not extract("What is the WER on Icelandic?", [scores]).answerable


def test_a_chinese_name_the_document_lacks_makes_the_question_unanswerable():
    from paddlecamp.docqa.answer import question_names

    assert question_names("欧阳明轩的手机号是多少？") == ("欧阳明轩",)
    assert question_names("早晚高峰多久一班车？") == ()  # two characters led by a surname: too loose
    assert question_names("推介会在哪个城市办？") == ()  # a common noun with a place's suffix
    assert question_names("枫林村的亩产是多少？") == ("枫林村",)
    staff = Chunk(source="staff.png", page=1, kind="table", bbox=[0, 0, 400, 120],
                  text="| 姓名 | 部门 | 手机 |\n|---|---|---|\n| 司徒嘉怡 | 财务部 | 139 1234 5678 |\n"
                       "| 陈立群 | 采购部 | 137 8765 4321 |",
                  line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80], [0, 80, 400, 120]])
    assert extract("司徒嘉怡的手机号是多少？", [staff]).answer == "139 1234 5678"
    missing = extract("欧阳明轩的手机号是多少？", [staff])
    assert not missing.answerable and "欧阳明轩" in missing.reason
    days = Chunk(source="wx.png", page=1, kind="table", bbox=[0, 0, 400, 120],
                 text="| 日期 | 天气 |\n|---|---|\n| 8月2日 | 多云 |\n| 8月3日 | 小雨 |",
                 line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80], [0, 80, 400, 120]])
    assert extract("8月3日的天气怎么样？", [days]).answer == "小雨"
    assert not extract("8月9日的天气怎么样？", [days]).answerable


def test_a_range_is_answered_whole_or_by_the_end_the_question_asks_for():
    chunk = _text(["Transit time: 18-22 days from port to port.", "Operating range: -5 to 60 degrees C"])
    assert extract("How long is the transit?", [chunk]).answer == "18-22 days"
    assert extract("What is the lowest operating temperature?", [chunk]).answer == "-5"
    assert extract("What is the highest operating temperature?", [chunk]).answer in ("60", "60 degrees C")
    zh = _text(["预计降雨量20～35毫米。"])
    assert extract("预计降雨量有多少？", [zh]).answer == "20～35毫米"


def test_a_header_abbreviation_is_matched_by_how_much_of_the_word_it_keeps():
    league = _table([["Club", "Pos", "P", "GD", "Pts"], ["Harlow Town", "2", "28", "+14", "51"],
                     ["Ripon City", "5", "28", "-3", "40"]], source="league.png")
    assert extract("How many points does Ripon City have?", [league]).answer == "40"
    assert extract("What is Harlow Town's goal difference?", [league]).answer == "+14"


def test_a_value_right_after_its_label_wins_over_the_preferred_kind():
    # "多少" prefers a count; the asked-for label sits right before the percentage, while the
    # count follows another of the question's words
    chunk = _text(["本次调查共回访客户2,350人，满意度为91.4%。"])
    assert extract("客户满意度是多少？", [chunk]).answer == "91.4%"
    assert extract("一共回访了多少客户？", [chunk]).answer == "2,350人"


def test_a_letter_inside_a_value_is_not_its_label():
    # "伏" glosses to "v": the "V" of "220V" must not make the tolerance look labelled
    table = _table([["参数", "数值"], ["工作电压", "AC 220V ±10%"], ["功耗", "1.5W"]], source="spec.png")
    assert extract("温控器要接多少伏的电？", [table]).diag["answer"] == "220V"


def test_label_value_lines_read_as_a_table_answer_as_pairs():
    # label-value lines that a table detector took for a two-row table
    chunk = _table([["Report date: 2 March 2026", "Completion: 41% Headcount: 23"],
                    ["Owner: Priya Raman", "Open issues: 5"]], source="status.png")
    assert extract("What is the headcount?", [chunk]).answer == "23"
    assert extract("How many open issues are there?", [chunk]).answer == "5"
    assert extract("Who is the owner?", [chunk]).answer == "Priya Raman"


def test_fault_tables_answer_cause_and_remedy_from_their_columns():
    table = _table([["代码", "现象", "可能原因", "处理方法"], ["F3", "出水变慢", "滤网堵塞", "拆下滤网冲洗"],
                    ["F7", "不加热", "温控器损坏", "联系售后更换"]], source="manual.png", page=3)
    assert extract("机器显示F3是怎么回事？", [table]).answer == "滤网堵塞"
    assert extract("出现F7该怎么办？", [table]).answer == "联系售后更换"
    assert extract("What should I do about F7?", [table]).answer == "联系售后更换"


def test_a_measure_word_or_how_adjective_is_not_the_focus():
    from paddlecamp.docqa.answer import analyze, focus_term

    assert focus_term(analyze("会议室一间多少钱？")) == "会议室"
    assert focus_term(analyze("办一张停车月卡要多少钱？")) == "月卡"  # a card (月 + 卡), not a time word
    assert focus_term(analyze("How long is the guarantee?")) == "guarantee"
    assert focus_term(analyze("What is the coldest storage temperature?")) != "coldest"
    assert focus_term(analyze("Who is the first author of the paper?")) not in (None, "first")  # an order word qualifies
    assert focus_term(analyze("How much do two ChargeHub chargers cost?")) != "two"
    # Chinese counts the noun after the count and its measure word: that noun is asked about
    assert focus_term(analyze("这家公司有多少名员工？")) == "员工"
    assert focus_term(analyze("每户最多可以带几个孩子参加？")) == "孩子"


def test_candidates_from_another_document_than_the_best_hit_are_marked():
    from paddlecamp.docqa.answer import candidates, prepare

    a = _text(["报销人：孙浩然"])
    b = Chunk(source="other.png", page=1, text="报销人：李雷", bbox=[0, 0, 100, 30], line_bboxes=[[0, 0, 100, 30]])
    q, us = prepare("报销人是谁？", [a, b])
    marks = {u.chunk.source: f["other_doc"] for f, _, _, u in candidates("报销人是谁？", q, us)}
    assert marks == {"doc.png": 0.0, "other.png": 1.0}


@pytest.mark.parametrize("q, options", [
    ("酸菜鱼是大份还是例份？", ("大份", "例份")), ("付款用现金还是刷卡？", ("现金", "刷卡")),
    ("Is the room single or double?", ("single", "double")),
    ("Was the invoice paid by cheque or by bank transfer?", ("cheque", "bank transfer")),
    ("Does the price include VAT or not?", ()), ("发票是不是还是不开？", ()), ("Who signed it, Anna or Bob?", ())])
def test_either_or_questions_name_their_two_options(q, options):
    from paddlecamp.docqa.answer import choice_options

    assert choice_options(q) == options
    assert (question_type(q) == "choice") == bool(options)


def test_an_either_or_question_is_answered_by_the_option_the_evidence_names():
    menu = _table([["菜名", "价格", "份量"], ["酸菜鱼", "88", "大份"], ["麻婆豆腐", "26", "例份"]])
    ex = extract("酸菜鱼是大份还是例份？", [menu])
    assert (ex.answer, ex.answerable) == ("大份", True)
    assert extract("麻婆豆腐是大份还是例份？", [menu]).answer == "例份"
    room = _text(["Booking confirmation", "Room type: Double, non-smoking", "Nights: 3"])
    assert extract("Is the room single or double?", [room]).answer == "double"


def test_a_weekday_question_takes_the_weekday_not_the_date():
    notice = _text(["一、会议时间：2025年4月12日(星期六)上午9:00", "二、会议地点：公司总部三楼第一会议室"])
    ex = extract("开会那天是周几？", [notice])
    assert (ex.answer, ex.answerable) == ("星期六", True)
    memo = _text(["Site visit: Thursday, 5 June 2025 at 10:00", "Meeting point: main gate"])
    assert extract("What day of the week is the site visit?", [memo]).answer == "Thursday"


def test_how_much_to_spend_is_money_and_a_quantity_of_one_is_not_it():
    assert question_type("水电改造要花多少？") == "amount"
    assert question_type("装修要花多少时间？") == "number"
    quote = _table([["项目", "数量", "单价（元）", "合价（元）"], ["水电改造", "1", "6,800", "6,800.00"],
                    ["油漆", "2", "1,500", "3,000.00"]])
    assert extract("水电改造要花多少？", [quote]).answer.startswith("6,800")
    fees = _table([["Item", "Qty", "Amount"], ["One-way drop fee", "1", "150.00"], ["Child seat", "1", "45.00"]])
    assert extract("How much is the one-way drop fee?", [fees]).answer == "150.00"


def test_which_row_has_a_value_is_answered_by_the_rows_label():
    menu = _table([["菜品", "价格", "辣度"], ["麻婆豆腐", "28", "中辣"], ["水煮牛肉", "68", "特辣"],
                   ["清炒时蔬", "22", "不辣"]])
    ex = extract("哪道菜是特辣的？", [menu])
    assert (ex.answer, ex.answerable) == ("水煮牛肉", True)
    clubs = _table([["Club", "Played", "Points"], ["Ashford Rovers", "30", "68"], ["Kendal Town", "30", "64"]])
    assert extract("Which club has 64 points?", [clubs]).answer == "Kendal Town"
    assert extract("How many points does Kendal Town have?", [clubs]).answer == "64"


def test_a_ranked_row_is_named_by_its_rank_and_answered_by_its_name():
    """A standings table whose first column is the rank: no row-label column, so the row is
    named by its rank ("8th place") and answered by its first cell that is not a number."""
    rows = [["Pos", "Club", "Pts"], ["1", "Ashford Rovers", "68"], ["7", "Clitheroe Albion", "47"],
            ["8", "Garstang Wanderers", "45"], ["9", "Penrith Athletic", "44"]]
    table = _table(rows)
    table.items = [{"row": r, "col": c, "text": t, "row_header": "", "col_header": rows[0][c],
                    "bbox": [100 * c, 40 * r, 100 * c + 90, 40 * r + 30]}
                   for r, row in enumerate(rows) if r for c, t in enumerate(row)]
    assert extract("Which club is in 8th place?", [table]).answer == "Garstang Wanderers"
    assert extract("Which club has 47 points?", [table]).answer == "Clitheroe Albion"  # not the rank "7"


def test_a_bare_short_number_is_a_poor_identifier():
    from paddlecamp.docqa.answer import _specific

    from paddlecamp.docqa.answer import analyze

    q = analyze("What is the repair order number?")
    assert q.want == "identifier"
    assert _specific("210", q) < _specific("RO-24-118352", q) == 0.0


@pytest.mark.parametrize("question, answer", [("泳池晚上几点关？", "21:00"), ("泳池早上几点开门？", "9:00"),
                                              ("泳池开放到几点？", "21:00"), ("What time does the pool close?", "21:00"),
                                              ("What time does the pool open?", "9:00")])
def test_opening_hours_answer_the_end_asked_for(question, answer):
    chunk = _text(["Pool 泳池开放时间为每日9:00—21:00，须佩戴泳帽。"])
    ex = extract(question, [chunk])
    assert ex.answerable and ex.answer == answer


@pytest.mark.parametrize("question, answer", [("线路一共有多少个站？", "21个"), ("线路全长多少公里？", "18.6公里")])
def test_a_count_is_not_answered_by_a_measurement(question, answer):
    """"多少个站" counts stations: 18.6公里 is a length, not a count (unless the unit is asked for)."""
    chunk = _text(["线路全长 18.6公里，全程设站21个，单程约45分钟。"])
    ex = extract(question, [chunk])
    assert ex.answerable and ex.answer == answer


def test_an_acronym_the_document_lacks_declines():
    """"SMS" must be in the document (a currency code need not be: "in USD" for "$")."""
    chunk = _table([["API", "Overage rate"], ["Geocoding", "$0.35 per 1,000 calls"], ["Routing", "$0.80 per 1,000 calls"]])
    ex = extract("What is the overage rate for SMS notifications?", [chunk])
    assert not ex.answerable and "SMS" in ex.reason
    assert extract("What is the overage rate for Routing?", [chunk]).answer.startswith("$0.80")


@pytest.mark.parametrize("question, answer", [("By what date does this invoice have to be paid?", "12 Dec 2025"),
                                              ("物业费最晚哪天要交？", "2025年10月31日")])
def test_a_deadline_question_finds_the_due_date(question, answer):
    chunk = _text(["Invoice date: 12 Nov 2025", "Due date: 12 Dec 2025", "通知日期：2025年10月8日",
                   "缴费截止日：2025年10月31日"])
    ex = extract(question, [chunk])
    assert ex.answerable and ex.answer == answer


def test_this_names_the_document_and_an_acronym_spells_the_question_words():
    from paddlecamp.docqa.answer import THIS_WEIGHT, analyze, coverage

    q = analyze("What is the total of this invoice?")
    assert dict(zip(q.terms, q.weights))["invoice"] == pytest.approx(THIS_WEIGHT * dict(zip(q.terms, q.weights))["total"])
    year = analyze("What is the revenue this year?")
    assert len(set(year.weights)) == 1  # "this year" is a time, not the document
    po = analyze("Which purchase order does the invoice refer to?")
    assert coverage(po, "PO reference") > coverage(po, "Invoice number") > coverage(po, "Customer ID") == 0.0


def test_a_documents_title_is_context_for_every_unit_in_it():
    from paddlecamp.docqa.answer import doc_titles, units

    title = Chunk(source="r.jpg", page=1, text="Lemon Ricotta Pancakes\nServes: 4", bbox=[0, 0, 1, 1], kind="kv",
                  section="Lemon Ricotta Pancakes", chunk_no=0,
                  items=[{"key": "Serves", "value": "4", "bbox": [0, 0, 1, 1]}])
    table = _table([["Ingredient", "Metric"], ["Ricotta cheese", "250 g"], ["Plain flour", "150 g"]], source="r.jpg")
    table.section, table.chunk_no = "Ingredients", 1
    assert doc_titles(units([title, table])) == {"r.jpg": "Lemon Ricotta Pancakes"}
    ex = extract("How much ricotta goes into the pancakes?", [title, table])
    assert ex.answerable and ex.answer == "250 g"


def test_who_won_reads_the_row_ranked_first():
    results = _table([["Place", "Bib", "Name", "Club", "Finish", "Age cat.", "Cat. place"],
                      ["1", "F104", "Hannah Okonjo", "Lakeside Striders", "2:28:37", "F30", "1"],
                      ["2", "F117", "Marta Lindqvist", "Nordvik AC", "2:29:54", "F35", "1"],
                      ["3", "F109", "Giulia Ferrante", "Atletica Vela", "2:31:18", "F30", "2"],
                      ["4", "F288", "Emily Vandersloot", "Harbour RR", "2:40:52", "F45", "1"],
                      ["5", "F233", "Yuki Andersson", "Unattached", "2:44:03", "F45", "2"]],
                     source="results.png")
    results.section = "City Marathon 2025 - official results"
    assert extract("Who won the race?", [results]).answer == "Hannah Okonjo"
    # a group the question names: the first of that group by its own ranking column
    assert extract("Which runner won the F45 age group?", [results]).answer == "Emily Vandersloot"
    assert extract("Which club did the winner of the F35 category run for?", [results]).answer == "Nordvik AC"
    # a name asked for directly is not a ranking question
    assert extract("What was Giulia Ferrante's finishing time?", [results]).answer == "2:31:18"
    from paddlecamp.docqa.answer import analyze

    assert analyze("Who is top of the league?").superlative == "first" == analyze("哪个队排名第一？").superlative


def test_a_count_of_people_does_not_answer_how_many_years():
    from paddlecamp.docqa.answer import _other_unit, analyze

    q = analyze("技术文档工程师需要几年工作经验？")
    assert _other_unit((0, 2, "1名", "quantity"), q) and not _other_unit((0, 2, "3年", "quantity"), q)
    assert not _other_unit((0, 5, "7个工作日", "quantity"), analyze("退款多少天到账？"))


def test_a_chinese_measure_word_names_the_unit_of_the_count():
    from paddlecamp.docqa.answer import _named_units

    assert _named_units("办两年卡送几节私教课？") == {"节"} and _named_units("去了几次？") == {"time"}
    cards = _table([["卡种", "有效期", "赠送权益"], ["年卡", "365天", "私教课8节"], ["两年卡", "730天", "私教课16节 + 体测4次"]],
                   source="gym.jpg")
    assert extract("办两年卡送几节私教课？", [cards]).answer.startswith("16")  # not the 730 days of the card


def test_a_why_question_is_answered_by_a_reason():
    notice = Chunk(source="bus.jpg", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                   text="因滨江大道（丰收路至望潮路段）实施地下综合管廊施工，K128路自10月8日起调整走向，线路全长18.6公里。")
    assert extract("这次线路为什么要调整？", [notice]).answer == "滨江大道实施地下综合管廊施工"
    faults = _table([["故障现象", "可能原因", "处理方法"], ["水箱不出水", "出水孔堵塞", "清洗出水孔"]], source="manual.jpg")
    assert extract("水箱不出水是什么原因？", [faults]).answer == "出水孔堵塞"
    memo = Chunk(source="memo.pdf", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                 text="The Friday session is cancelled due to the fire drill. It was to start at 14:00.")
    assert extract("Why is the Friday session cancelled?", [memo]).answer == "the fire drill"


def test_nouns_a_document_implies_are_not_missing_from_it():
    from paddlecamp.docqa.answer import _missing_terms, analyze

    page = "Ordering code TS-200-SOT-R (reel of 3000 units). Package SOT-23-6."
    assert _missing_terms(analyze("What part number should I order to get the sensors on a reel?"), page) == ["sensors"]
    assert _missing_terms(analyze("会上要签什么文件？"), "会上将签订2025年安全生产目标责任书") == []


def test_chinese_question_words_are_no_terms():
    from paddlecamp.docqa.answer import analyze

    assert analyze("这份规格书是第几版的？").terms == ["规格书", "版"]
    assert analyze("这些数字审计过没有？").terms == ["数字", "审计"]  # a yes-no question's closing 没有
    assert "没有" in analyze("没有发票的怎么报销？").terms          # but not a 没有 that says what is meant
    assert analyze("公司还要再补给他多少钱？").terms == ["公司", "补给"]
    assert analyze("会员日是每个月几号？").terms == ["会员", "月"]  # which day, floor, building, room
    assert analyze("会议室在几楼？").terms == ["会议室"]
    assert not {"几幢", "几室"} & set(analyze("报名人住在几幢几室？").terms)


def test_a_list_items_number_is_no_amount():
    from paddlecamp.docqa.answer import typed_spans

    assert [sp[2] for sp in typed_spans("1.智慧灌溉系统覆盖农田面积达到86万亩。", "number")] == ["86万亩"]
    assert [sp[2] for sp in typed_spans("2、新增专利37项", "number")] == ["37项"]
    assert [sp[2] for sp in typed_spans("单价3.5元", "amount")] == ["3.5元"]


def test_a_question_for_a_start_prefers_a_date_printed_as_one():
    notice = Chunk(source="bus.jpg", page=1, kind="text", bbox=[0, 0, 600, 80], line_bboxes=[[0, 0, 600, 80]],
                   text="调整期间，K128路与K35路可免费换乘一次。施工预计持续至2026年3月31日，恢复原线路时另行通知。"
                        "经市交通运输局批准，自2025年10月8日起，K128路公交线路临时调整。")
    assert extract("K128路从哪天开始改线？", [notice]).answer == "2025年10月8日"
    assert extract("施工持续到哪天？", [notice]).answer == "2026年3月31日"
    from paddlecamp.docqa.answer import _other_end, analyze

    start, end = analyze("K128路从哪天开始改线？"), analyze("施工到哪天结束？")
    assert _other_end("2026年3月31日", "施工预计持续至2026年3月31日", start)
    assert not _other_end("2025年10月8日", "自2025年10月8日起", start)
    assert _other_end("2025年10月8日", "自2025年10月8日起", end)
    assert _other_end("14 June", "The offer runs from 3 May to 14 June.", analyze("When does the offer start?"))


def test_a_length_in_feet_is_found_however_it_is_printed():
    from paddlecamp.docqa.answer import _has_hard

    assert _has_hard("40-foot", "40' HC ocean freight") and _has_hard("40-foot", "40ft high cube")
    assert not _has_hard("40-foot", "20' standard; 140 ft quay")


def test_place_and_count_questions_on_a_results_sheet():
    results = _table([["Place", "Name", "Finish", "Age cat.", "Cat. place"],
                      ["1", "Hannah Okonjo", "2:28:37", "F30", "1"],
                      ["2", "Claire Dubois-Martin", "2:37:21", "F35", "2"],
                      ["3", "Marta Lindqvist", "2:29:54", "F35", "1"]], source="results.png")
    results.section = "City Marathon 2025"
    head = _text(["City Marathon 2025", "Start 07:30 | 11 °C at the start | 4,812 finishers"])
    head.source = "results.png"
    assert question_type("Where did Claire Dubois-Martin place in her age category?") == "number"
    assert extract("Where did Claire Dubois-Martin place in her age category?", [results, head]).answer == "2"
    # a clock time or a temperature is no count of runners
    assert extract("How many runners finished the race?", [results, head]).answer == "4,812"


def test_an_amount_in_another_currency_than_the_question_names_is_not_it():
    prices = _table([["Departure", "Twin share (GBP)", "Twin share (EUR)", "Places left"],
                     ["6 Sep 2026", "1,895", "2,210", "4"], ["13 Sep 2026", "1,895", "2,210", "Full"]])
    assert extract("How much is the 6 Sep 2026 departure in euros?", [prices]).answer == "2,210"
    assert extract("How much is the 6 Sep 2026 departure in pounds?", [prices]).answer == "1,895"
    marked = _table([["Item", "Price", "Price"], ["Tour", "£1,895", "€2,210"]])
    assert extract("What does the tour cost in EUR?", [marked]).answer == "€2,210"


def test_a_row_named_by_a_synonym_of_its_value_answers_with_its_label():
    trips = _table([["Departure", "Twin share", "Places left"], ["6 Sep 2026", "£1,895", "4"],
                    ["13 Sep 2026", "£1,895", "Full"], ["20 Sep 2026", "£1,795", "7"]])
    note = _text(["£300 secures a place; the balance is due 56 days before departure."])
    assert extract("Which departure is sold out?", [trips, note]).answer == "13 Sep 2026"


def test_a_price_question_is_not_answered_by_a_duration():
    assert question_type("年卡原价是多少？") == "amount"
    cards = _table([["卡种", "有效期", "原价（元）", "活动价（元）"], ["月卡", "30天", "799", "599"],
                    ["年卡", "365天", "5,280", "3,980"]])
    assert extract("年卡原价是多少？", [cards]).answer == "5,280"
    from paddlecamp.docqa.answer import typed_spans

    assert typed_spans("3小时25分", "amount", money=True) == []
    assert [sp[2] for sp in typed_spans("首小时8元，之后每小时5元", "amount", money=True)] == ["8元", "5元"]


def test_counts_prices_and_rates_come_from_their_own_columns():
    order = _table([["Part / labour", "Qty", "Unit", "Amount"], ["Door lock module", "1", "£52.75", "£52.75"],
                    ["Labour (hours)", "1.5", "£64.00", "£96.00"]])
    assert extract("What is the hourly labour rate?", [order]).answer == "£64.00"
    assert extract("How much was charged for labour in total?", [order]).answer == "£96.00"
    seats = _table([["Product", "Seats", "Unit price", "Amount"], ["Route Planner Pro", "45", "€420.00", "€18,900.00"]])
    assert extract("How many seats of Route Planner Pro are billed?", [seats]).answer == "45"
    assert extract("What does one Route Planner Pro seat cost?", [seats]).answer == "€420.00"
    glued = _table([["Product", "Qty Unit price", "Amount"], ["Route Planner Pro", "45 €420.00", "€18,900.00"]])
    assert extract("What does one Route Planner Pro seat cost?", [glued]).answer == "€420.00"


def test_a_total_question_reads_the_total_row_unless_it_names_a_row():
    awards = _table([["等级", "获奖人数", "奖励标准（元/人）", "金额小计（元）"], ["一等奖学金", "60", "5,000", "300,000"],
                     ["二等奖学金", "161", "3,000", "483,000"], ["三等奖学金", "324", "1,500", "486,000"],
                     ["合计", "545", "", "1,269,000"]])
    assert extract("校级奖学金总共发多少钱？", [awards]).answer == "1,269,000"
    assert extract("二等奖学金每人能拿多少？", [awards]).answer == "3,000"
    assert extract("二等奖学金一共发了多少钱？", [awards]).answer == "483,000"


def test_a_sum_asked_for_is_not_a_rate():
    fees = _table([["项目", "计费标准", "金额（元）"], ["滞纳金", "欠费×0.3‰/日", "4.95"]])
    note = _text(["逾期未缴的，自逾期之日起按日加收欠费金额万分之三的滞纳金。"])
    assert extract("滞纳金要交多少？", [fees, note]).answer == "4.95"


def test_a_close_candidate_whose_document_names_the_subject_wins():
    parking = _text(["单日封顶50元。", "夜间20:00至次日8:00每小时2元。"])
    parking.source = "parking.png"
    gym = _text(["会员须知", "泳池开放时间为每日9:00—21:00，须佩戴泳帽。"])
    gym.source = "gym.png"
    assert extract("泳池晚上几点关？", [parking, gym]).answer == "21:00"
    assert extract("晚上停车每小时多少钱？", [parking, gym]).answer == "2元"


def test_a_legend_on_the_page_spells_out_abbreviated_headers():
    league = _table([["Pos", "Club", "P", "W", "D", "L", "Pts"], ["4", "Penrith Athletic", "30", "16", "8", "6", "56"],
                     ["5", "Morecambe Harriers", "30", "14", "9", "7", "51"]], source="league.png")
    league.section = "Premier Division: table after 30 games (matchday 30)"
    legend = _text(["P played, W won, D drawn, L lost, Pts points."])
    legend.source = "league.png"
    assert extract("How many games has Penrith Athletic lost?", [league, legend]).answer == "6"
    assert extract("How many matches did Morecambe Harriers draw?", [league, legend]).answer == "9"


def test_a_date_is_no_code_and_no_time_of_day():
    loans = _table([["题名", "借出日期", "应还日期"], ["追风筝的人", "2025-03-02", "2025-03-30"]])
    rules = _text(["图书馆开放时间：周一至周日 8:00—22:30。"])
    assert extract("图书馆晚上几点关门？", [loans, rules]).answer == "22:30"
    card = _table([["项目", "内容"], ["办证日期", "2022-09-01"], ["读者证号", "20221587"]])
    assert extract("这位读者的读者证号是多少？", [card]).answer == "20221587"
    assert extract("What is the loan number?", [_table([["Item", "Value"], ["Loan date", "2025-05-12"]])]).answer == ""


def test_a_line_that_repeats_the_question_is_no_answer():
    letter = _text(["2 May 2025", "Dr Esther Okonkwo", "Dear Dr Okonkwo,",
                    "We are pleased to offer you the job of Senior Research Scientist."])
    ex = extract("What job is Esther Okonkwo being offered?", [letter])
    assert ex.answerable and "Senior Research Scientist" in ex.answer and "Okonkwo" not in ex.answer
    # a typed question still reads its value off such a line
    ages = _text(["Esther Okonkwo 42"])
    assert extract("How old is Esther Okonkwo?", [ages]).answer == "42"


def test_an_identifier_after_a_lower_case_label():
    form = _text(["8 Air waybill 724-33019485", "Transport: Air, flight LX 0421"])
    assert extract("What is the air waybill number?", [form]).answer == "724-33019485"


def test_a_unit_the_question_names_picks_the_column_in_that_unit():
    recipe = _table([["Ingredient", "Metric", "US"], ["Flour", "250 g", "2 cups"], ["Baking powder", "10 g", "2 tsp"]])
    assert extract("How much baking powder in teaspoons?", [recipe]).answer == "2 tsp"
    assert extract("How much baking powder in grams?", [recipe]).answer == "10 g"


def test_a_size_question_is_answered_with_all_its_dimensions():
    cartons = _table([["Cartons", "Contents", "Size (cm)", "Gross kg"], ["1-8", "Pendants", "40 x 30 x 20", "6.4"],
                      ["9-12", "Pouches", "50 x 40 x 30", "10.5"]])
    assert extract("What size are the cartons with the pouches?", [cartons]).answer == "50 x 40 x 30"
    spec = _text(["外形尺寸：120×80×45毫米", "重量：1.2公斤"])
    assert extract("外形尺寸是多少？", [spec]).answer == "120×80×45毫米"


def test_a_demonstrative_and_measure_word_are_no_question_terms():
    from paddlecamp.docqa.answer import analyze

    assert analyze("罗奇写的那本书是哪天借的？").terms == ["罗奇", "借"]
    assert analyze("哪道菜是特辣的？").terms == ["特辣"]
    assert "老师" in analyze("这位老师的电话是多少？").terms


def test_a_chinese_compound_term_matches_its_parts_or_their_synonyms():
    from paddlecamp.docqa.answer import _compound_parts, term_match

    assert _compound_parts("公司地址") == ("公司", "地址")
    assert _compound_parts("手机号码") == ("手机", "号码")
    assert _compound_parts("地址") == ()
    assert term_match("公司地址", "住所 杭州市西湖区文三路90号 本公司") >= 0.8  # 地址 ~ 住所
    assert term_match("公司地址", "办公电话 0571-88001234") < 0.5


def test_a_question_for_a_day_is_not_answered_by_a_year():
    lines = ["星河软件成立于2018年，总部位于杭州。", "成立日期：2018年6月12日"]
    chunk = Chunk(source="about.png", page=1, kind="text", bbox=[0, 0, 400, 80], text="\n".join(lines),
                  line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80]])
    assert extract("公司是哪天成立的？", [chunk]).answer == "2018年6月12日"
    from paddlecamp.docqa.answer import typed_spans

    assert typed_spans("成立于2018年", "date", day=True) == []
    assert typed_spans("成立于2018年", "date")[0][2] == "2018年"


def test_a_bare_number_in_a_table_of_rates_answers_a_percentage_question():
    table = Chunk(source="scores.png", page=1, kind="table", bbox=[0, 0, 400, 120],
                  text="| Model | Precision | Recall |\n|---|---|---|\n| Baseline | 71.5 | 64.0 |\n| Ours | 78.2 | 69.9 |",
                  line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80], [0, 80, 400, 120]])
    assert extract("What recall rate did our model reach?", [table]).answer == "69.9"
    counts = Chunk(source="counts.png", page=1, kind="table", bbox=[0, 0, 400, 80],
                   text="| Shop | Visitors |\n|---|---|\n| North | 1,250 |",
                   line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80]])
    assert not extract("What rate of visitors came to North?", [counts]).answer  # 1,250 is no percentage


def test_a_code_or_quarter_touching_chinese_characters_must_be_on_the_page():
    from paddlecamp.docqa.answer import _hard_terms

    assert _hard_terms("E30故障代码是什么意思？") == ["e30"]
    assert _hard_terms("Q3营收多少？") == ["q3"]
    assert _hard_terms("2024财年收入多少？") == ["2024"]
    assert _hard_terms("总价20000元对吗？") == []
    codes = Chunk(source="faults.png", page=1, kind="table", bbox=[0, 0, 400, 120],
                  text="| 故障代码 | 含义 |\n|---|---|\n| E01 | 主刷卡住 |\n| E05 | 无法回充 |",
                  line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80], [0, 80, 400, 120]])
    assert extract("E05故障代码是什么意思？", [codes]).answer == "无法回充"
    assert not extract("E30故障代码是什么意思？", [codes]).answerable


def test_list_item_numbers_are_not_quantities():
    from paddlecamp.docqa.answer import typed_spans

    line = "1. 固件完成第二轮测试，发现缺陷27个。 2."
    assert [sp[2] for sp in typed_spans(line, "number")] == ["27个"]
    assert [sp[2] for sp in typed_spans("单价 1.5 元", "amount")] == ["1.5 元"]


def test_words_the_segmenter_glues_to_a_function_character_are_cut_again():
    from paddlecamp.docqa.answer import analyze

    assert analyze("月卡能用多少天？").terms == ["月卡"]  # not 月 + 卡能
    assert "人得" not in analyze("哪些人得去参加这个会？").terms
    assert "卡上" in analyze("奖学金什么时候发到卡上？").terms  # a locative stays with its noun


def test_a_particle_or_the_answers_kind_is_not_the_focus():
    from paddlecamp.docqa.answer import analyze, focus_term

    assert focus_term(analyze("How cold can it get before the sensor is out of spec?")) == "sensor"
    assert focus_term(analyze("Which city is the supplier based in?")) == "supplier"
    assert focus_term(analyze("哪个城市的门店销售额最高？")) == "门店"  # and in Chinese
    assert focus_term(analyze("Which child ticket is cheapest?")) == "child"  # a modifier still names it


def test_weekdays_and_months_match_their_printed_abbreviations():
    from paddlecamp.docqa.answer import term_match

    assert term_match("thursday", "| Thu 7 May | 19:30 | 502 |") >= 0.8
    assert term_match("september", "Sept 2025") >= 0.8
    assert term_match("星期四", "周四 19:30") >= 0.8
    assert term_match("sunday", "sunlight exposure") == 0.0


def test_a_count_question_takes_the_number_of_what_it_counts():
    from paddlecamp.docqa.answer import _counted_nouns

    assert _counted_nouns("派了几个搬运师傅？") == ("搬运师傅",)
    study = Chunk(source="study.png", page=1, kind="kv", bbox=[0, 0, 400, 40], text="Sites: 41 sites in 7 countries",
                  line_bboxes=[[0, 0, 400, 40]])
    assert extract("How many sites took part?", [study]).answer == "41"
    assert extract("How many countries took part?", [study]).answer == "7"


def test_a_number_the_question_names_a_thing_by_must_be_in_the_document():
    from paddlecamp.docqa.answer import question_numbers

    assert question_numbers("What was the gauge's reading at 700 bar?") == ("700",)
    assert question_numbers("5月21日的住宿费是多少？") == ()  # a date, not a name
    assert question_numbers("What is the warranty of the TS-200 sensor?") == ()  # a code's part
    readings = Chunk(source="cal.png", page=1, kind="table", bbox=[0, 0, 400, 120],
                     text="| Applied (bar) | Reading (bar) |\n|---|---|\n| 500.00 | 500.4 |\n| 600.00 | 600.6 |",
                     line_bboxes=[[0, 0, 400, 40], [0, 40, 400, 80], [0, 80, 400, 120]])
    assert extract("What was the reading at 500 bar?", [readings]).answer == "500.4"
    assert not extract("What was the reading at 700 bar?", [readings]).answerable


def test_a_question_for_the_hour_wants_a_time_even_about_a_phone_line():
    from paddlecamp.docqa.answer import question_type

    assert question_type("召回热线每天几点开始接听？") == "time"
    assert question_type("召回热线是多少？") == "phone"
    assert question_type("What time does the hotline open?") == "time"


def test_the_item_a_question_names_in_a_list_of_named_values():
    chunk = Chunk(source="viewings.jpg", page=1, kind="text", bbox=[0, 0, 600, 40],
                  text="Energy ratings: Kiln Wharf C, Dyer Street D, The Weave B, Sparrow Court C, Cobden House D",
                  line_bboxes=[[0, 0, 600, 40]])
    assert extract("What energy rating does The Weave have?", [chunk]).answer == "B"
    zh = Chunk(source="guide.jpg", page=1, kind="text", bbox=[0, 0, 600, 40],
               text="楼层分布：一楼 餐厅、二楼 会议室、三楼 办公室", line_bboxes=[[0, 0, 600, 40]])
    assert extract("二楼是做什么的？", [zh]).answer == "会议室"


def test_a_count_printed_in_a_row_label_answers_a_count_question():
    quote = Chunk(source="quote.jpg", page=1, kind="table", bbox=[0, 0, 500, 120],
                  text="| 项目 | 金额（元） |\n|---|---|\n| 搬运师傅×3人 | 450.00 |\n| 钢琴搬运 | 600.00 |",
                  line_bboxes=[[0, 0, 500, 40], [0, 40, 500, 80], [0, 80, 500, 120]])
    assert extract("派了几个搬运师傅？", [quote]).answer == "3人"
    assert extract("搬运师傅的费用是多少？", [quote]).answer == "450.00"


def test_a_forms_label_read_into_a_cell_is_no_person():
    # a boxed form read as a grid: its second row of labels sits in the body; the assessor is a pair
    form = Chunk(source="epc.jpg", page=1, kind="table", bbox=[0, 0, 500, 120],
                 text="| Date of assessment | Property type |\n|---|---|\n| 12 May 2026 | Semi-detached house |\n"
                      "| Valid until | Certificate number |",
                 line_bboxes=[[0, 0, 500, 40], [0, 40, 500, 80], [0, 80, 500, 120]])
    pair = Chunk(source="epc.jpg", page=1, kind="text", bbox=[0, 130, 500, 160],
                 text="Assessor: Niamh Oyelaran (accreditation EES/031772), Stroma-certified.",
                 line_bboxes=[[0, 130, 500, 160]])
    assert extract("Who assessed the property?", [form, pair]).answer == "Niamh Oyelaran"


def test_a_question_for_a_person_by_a_word_for_one_is_not_answered_by_a_company():
    notice = Chunk(source="recall.pdf", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                   text="本次召回由我公司负责办理，期限届满后仍可联系我公司。 江州暖阳家用电器有限公司")
    assert not extract("负责这次召回的联系人叫什么名字？", [notice]).answerable
    assert extract("哪家公司负责这次召回？", [notice]).answer == "江州暖阳家用电器有限公司"
    form = Chunk(source="sad.pdf", page=1, kind="table", bbox=[0, 0, 500, 80],
                 text="| Exporter | Declarant |\n|---|---|\n| Baltic Amber Crafts OÜ | Kadri Saarepuu |",
                 line_bboxes=[[0, 0, 500, 40], [0, 40, 500, 80]])
    assert extract("Which person signed as declarant?", [form]).answer == "Kadri Saarepuu"
    office = Chunk(source="tax.jpg", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                   text="人力资源部 电话：020-87110400 广州市天河区税务局")
    assert not extract("人力资源部经理是谁？", [office]).answerable  # a manager is a person
    team = Chunk(source="inv.pdf", page=1, kind="table", bbox=[0, 0, 500, 80],
                 text="| Supplier | Department |\n|---|---|\n| Northvale Software Ltd | Licensing & Subscriptions |",
                 line_bboxes=[[0, 0, 500, 40], [0, 40, 500, 80]])
    assert not extract("What is the name of Northvale's account manager?", [team]).answer


def test_a_chinese_synonym_phrase_cut_across_words_is_one_term():
    from paddlecamp.docqa.answer import analyze

    assert "最后一班" in analyze("原来最后一班车是几点？").terms  # jieba: 最后 / 一 / 班车
    times = _table([["班次", "调整前", "调整后"], ["首班车", "6:00", "5:40"], ["末班车", "22:30", "22:00"]],
                   source="bus.png")
    assert extract("原来最后一班车是几点？", [times]).answer == "22:30"
    assert extract("调整后首班车几点发车？", [times]).answer == "5:40"


def test_a_question_for_how_long_is_not_answered_by_a_time_of_day():
    times = _table([["项目", "调整前", "调整后"], ["首班车", "6:00", "5:40"], ["高峰发车间隔", "8分钟", "10分钟"]],
                   source="bus.png")
    assert extract("现在早晚高峰多久来一班车？", [times]).answer == "10分钟"
    splits = _table([["Runner", "10K", "Finish"], ["Rebecca Thornbury", "0:35:44", "2:31:09"]], source="race.png")
    assert extract("How long did Rebecca Thornbury take to finish?", [splits]).answer == "2:31:09"


def test_a_period_word_that_only_qualifies_is_not_missing_from_the_page():
    from paddlecamp.docqa.answer import _missing_terms, analyze

    page = "平峰发车间隔 调整前 12分钟 调整后 15分钟"
    assert "时段" not in _missing_terms(analyze("平峰时段原来几分钟一班？"), page)
    gaps = _table([["项目", "调整前", "调整后"], ["平峰发车间隔", "12分钟", "15分钟"]], source="bus.png")
    assert extract("平峰时段原来几分钟一班？", [gaps]).answer == "12分钟"


def test_the_owner_a_question_names_is_not_the_person_it_asks_for():
    items = _table([["#", "Description", "Qty", "Amount"],
                    ["1", "Northvale Route Planner Pro annual subscription", "45", "€18,900.00"],
                    ["2", "Fleet Telemetry API", "1", "€9,600.00"]], source="inv.pdf")
    assert "Northvale" not in extract("What is the name of Northvale's account manager for this customer?", [items]).answer
    staff = _table([["姓名", "职务", "主管"], ["张伟", "工程师", "李娜"]], source="staff.png")
    assert extract("张伟的主管是谁？", [staff]).answer == "李娜"
    assert extract("Who is Li Na's report?", [_table([["Name", "Reports to"], ["Zhang Wei", "Li Na"]])]).answer \
        == "Zhang Wei"


def test_words_that_never_name_anyone_are_no_name():
    from paddlecamp.docqa.answer import _title_cased

    assert _title_cased("Kadri Saarepuu") and _title_cased("General Electric")
    assert not _title_cased("Total") and not _title_cased("Date of issue")


def test_a_forms_box_with_its_label_before_the_value_is_a_pair():
    # a signature block read as a grid: each box prints its label and value without a colon
    block = Chunk(source="sad.pdf", page=2, kind="table", bbox=[0, 0, 500, 80], section="Declaration",
                  text="| Declarant | Name Kadri Saarepuu | Position Export manager |\n|---|---|---|\n"
                       "| | Place Tallinn | Date 03.11.2025 |",
                  line_bboxes=[[0, 0, 500, 40], [0, 40, 500, 80]])
    assert extract("Who signed the declaration?", [block]).answer == "Kadri Saarepuu"
    assert extract("Where was the declaration made?", [block]).answer == "Tallinn"
    place = Chunk(source="sad.pdf", page=2, kind="text", bbox=[0, 0, 500, 40], line_bboxes=[[0, 0, 500, 40]],
                  text="Place: Tallinn")
    assert not extract("Who signed the declaration?", [place]).answer  # a place is no signatory


def test_a_column_of_another_distance_or_week_does_not_answer():
    splits = _table([["Runner", "Split times / 10K", "Split times / Half", "Split times / 30K"],
                     ["Hannah Okonjo", "0:34:52", "1:13:40", "1:45:11"],
                     ["Rebecca Thornbury", "0:35:44", "1:15:02", "1:47:30"]], source="marathon.jpg")
    assert extract("What was Hannah Okonjo's split at 10 km?", [splits]).answer == "0:34:52"
    got = extract("What was Hannah Okonjo's split at 40 km?", [splits])
    assert not got.answerable and "40 km" in got.reason  # 10K, half and 30K are other distances
    results = Chunk(source="trial.pdf", page=1, kind="table", bbox=[0, 0, 600, 80], section="Main results at week 16",
                    text="| Outcome | 150 mg | 300 mg |\n|---|---|---|\n| PASI 75 response | 71.5% | 78.9% |",
                    line_bboxes=[[0, 0, 600, 40], [0, 40, 600, 80]])
    assert extract("What was the PASI 75 response at week 16 on 300 mg?", [results]).answer == "78.9%"
    assert not extract("What was the PASI 75 response at week 52 on 300 mg?", [results]).answerable


def test_question_qualifiers_name_the_unit_once():
    from paddlecamp.docqa.answer import _qualifiers, question_qualifiers

    assert question_qualifiers("第3周的作业是什么？") == {"week": ("3周",)}
    assert question_qualifiers("How many were randomised to the 300 mg dose?") == {"mg": ("300 mg",)}
    assert _qualifiers("Split times / 10K") == {"km": {10.0}} == _qualifiers("10 公里")
    assert _qualifiers("Sunday 19 October") == {} and question_qualifiers("How much is it?") == {}


def test_a_question_for_the_end_of_a_period_takes_the_ranges_last_date():
    recall = Chunk(source="recall.pdf", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                   text="本次召回期限为2026年1月15日至2026年12月31日，期限届满后仍可联系我公司办理。")
    assert extract("召回期限到哪天截止？", [recall]).answer == "2026年12月31日"
    assert extract("召回从哪天开始？", [recall]).answer == "2026年1月15日"
    offer = Chunk(source="offer.pdf", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                  text="The offer runs from 3 May 2026 to 14 June 2026.")
    assert extract("When does the offer end?", [offer]).answer == "14 June 2026"
    assert extract("When does the offer start?", [offer]).answer == "3 May 2026"


def test_a_duration_counted_in_the_question_is_not_answered_in_another_unit():
    note = Chunk(source="vaccine.jpg", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                 text="注：狂犬病疫苗每年接种一次，接种后请观察30分钟再离开；接种后7天内不要洗澡")
    assert extract("打完狂犬疫苗多少天内不能洗澡？", [note]).answer == "7天"
    refund = Chunk(source="recall.pdf", page=1, kind="text", bbox=[0, 0, 600, 40], line_bboxes=[[0, 0, 600, 40]],
                   text="退款将在审核通过后7个工作日内原路退回，审核一般需要30分钟。")
    assert extract("退款多少天之内能到账？", [refund]).answer == "7个工作日"  # working days count as days


def test_a_fee_after_the_question_word_is_money_and_long_digit_runs_are_no_sum():
    from paddlecamp.docqa.answer import analyze, typed_spans

    assert analyze("这次检测交了多少检验费？").want == "amount"
    assert analyze("每月付多少服务费？").want == "amount"
    assert analyze("有多少消费者？").want == "number"            # 消费者 is no fee
    assert analyze("一共交了多少份材料？").want == "number"       # a count of copies handed in
    assert analyze("二次供水按多少吨水计费？").want == "number"   # tons, by which the fee is charged
    # a chip number is no price, and no count either; the fee beside it is
    assert [t for _, _, t, _ in typed_spans("芯片号 900164002837715 费用 120", "amount", money=True)] == ["120"]
    assert [t for _, _, t, _ in typed_spans("编号 900164002837715", "number")] == []
    assert [t for _, _, t, _ in typed_spans("合计 12,345,678.00", "amount", money=True)] == ["12,345,678.00"]


def test_who_is_answered_by_names_not_by_categories_or_items():
    from paddlecamp.docqa.answer import _person_like

    assert _person_like("诸葛宁远") and _person_like("王芳、李强") and _person_like("张伟（主任）")
    assert _person_like("阿依古丽·买买提") and _person_like("Harriet Venning")
    assert not _person_like("家庭经济困难学生")                       # a category of students
    assert not _person_like("江州暖阳家用电器有限公司")               # a company
    assert not _person_like("Edwardian diamond bar brooch, approx. 1.1 ct total")   # a lot's item
    # a table row found by the number the question names: "who" takes no item from its label
    lots = _table([["Description", "Lot", "Hammer (£)"], ["Edwardian diamond bar brooch", "105", "2,500"],
                   ["Georgian candlesticks", "106", "2,350"]])
    assert extract("Who bought lot 105?", [lots]).answer != "Edwardian diamond bar brooch"
    assert extract("Which item was lot 105?", [lots]).answer == "Edwardian diamond bar brooch"


def test_a_date_or_time_of_day_is_no_code():
    from paddlecamp.docqa.answer import _is_when

    assert _is_when("18 Apr 08:40") and _is_when("2025-05-12") and _is_when("14:30")
    assert _is_when("2025-05-12 至 2025-06-01")
    assert not _is_when("SB 318") and not _is_when("PO-2025-0381") and not _is_when("Gate 18")
    flights = _table([["Flight", "Depart", "Seat"], ["SB 318", "18 Apr 08:40", "14C"]])
    assert extract("What seat number is booked on SB 318?", [flights]).answer == "14C"


def test_currency_codes_mark_money():
    from paddlecamp.docqa.answer import _MONEY

    assert _MONEY.search("SGD 90.00") and _MONEY.search("CAD 1,000") and _MONEY.search("HKD 480")
    assert not _MONEY.search("Gate 18") and not _MONEY.search("Cadence 4") and not _MONEY.search("inroad")
    flights = _table([["Flight", "Depart", "Fare"], ["SB 318", "18 Apr 08:40", "SGD 90.00"]])
    assert extract("What seat number does the passenger have on SB 318?", [flights]).answer != "SGD 90.00"


def _doc(source, lines, section="", chunk_no=0):
    return Chunk(source=source, page=1, text="\n".join(lines), bbox=[0, 0, 100, 30 * len(lines)], section=section,
                 chunk_no=chunk_no, doc_hash=source, line_bboxes=[[0, 30 * i, 100, 30 * i + 20] for i in range(len(lines))])


def test_the_document_in_hand_is_the_one_of_the_kind_named():
    """"When was the letter written?": the letter (a salutation and a complimentary close, the
    word "letter" nowhere in it) is the evidence, not the report that names a date too."""
    from paddlecamp.docqa.answer import document_kinds, named_documents, units

    report = _doc("outlook.pdf", ["In 2025 the company plans to open a new plant, to be completed by October 2026."])
    letter = _doc("scan_0001.jpg", ["9 June 2025", "Dear Ms Marsh,", "Your order has shipped.", "Yours sincerely,",
                                    "Margaret Lin"])
    assert document_kinds("When was the letter written?") == ("letter",)
    assert document_kinds("When was the company founded?") == ()
    assert document_kinds("Whose recipe is this?") == ("recipe",) == document_kinds("Who wrote this recipe?")
    assert document_kinds("What did it cost this year?") == ()
    kept = named_documents("When was the letter written?", units([report, letter]))
    assert {u.chunk.source for u in kept} == {"scan_0001.jpg"}
    # no document of the kind among the evidence, or no kind named: the evidence is kept
    assert len(named_documents("When was the invoice issued?", units([report, letter]))) == len(units([report, letter]))


def test_a_chinese_demonstrative_points_at_the_document_by_its_title():
    from paddlecamp.docqa.answer import document_kinds, named_documents, units

    notice = _doc("a.jpg", ["关于召开年度安全生产工作会议的通知", "会议时间：2025年4月12日上午9:00"],
                  section="关于召开年度安全生产工作会议的通知")
    summary = _doc("b.jpg", ["2024年度财务摘要", "编制单位：南方新材料集团财务部", "单位：人民币万元"], section="2024年度财务摘要")
    assert document_kinds("这份通知是哪个单位发的？") == ("通知",)
    assert document_kinds("这份报价单一共多少钱？") == ("报价单",)
    assert {u.chunk.source for u in named_documents("这份通知是哪个单位发的？", units([notice, summary]))} == {"a.jpg"}
    assert {u.chunk.source for u in named_documents("这份摘要是哪个部门编的？", units([notice, summary]))} == {"b.jpg"}


def test_what_a_lot_sold_for_is_the_hammer_price_not_a_year_in_its_description():
    """"Sell for" asks for money: the column whose header prints a currency and names the sale
    answers, not the year in the description nor the lot number."""
    table = _table([["Lot", "Description", "Low estimate (€)", "Hammer (€)"],
                    ["12", "Brass mantel clock, Paris 1889", "400", "650"],
                    ["13", "Oak writing slope, c. 1840", "150", "220"]], source="sale.png")
    assert extract("What did the brass mantel clock sell for?", [table]).answer == "650"
    assert extract("How much did the oak writing slope fetch?", [table]).answer == "220"


def test_a_noun_naming_the_kind_of_answer_is_not_the_missing_subject():
    """"什么颜色的预警": the notice prints the colour (橙色), never the word 颜色; "the first
    author" is a name under the title. Neither word is the focus that must be found."""
    from paddlecamp.docqa.answer import analyze, focus_term

    assert focus_term(analyze("发布的是什么颜色的高温预警？")) not in (None, "颜色")
    assert focus_term(analyze("Who is the first author of the paper?")) == "paper"
    assert focus_term(analyze("How many people does the recipe serve?")) not in (None, "people")
    assert focus_term(analyze("公积金比例是多少？")) == "公积金"
    assert focus_term(analyze("What share of seats was sold for the Tuesday show?")) != "share"


def test_a_reading_with_a_unit_or_a_flat_number_is_no_sum_of_money():
    """"检验费" asks for money: a horn reading "104 dB(A)" or the "1107" of "Apt 1107" is none."""
    from paddlecamp.docqa.answer import typed_spans

    assert typed_spans("104 dB(A)", "amount", money=True) == []
    assert typed_spans("Apt 1107, The Weave, Old Loom Road", "amount", money=True) == []
    assert [sp[2] for sp in typed_spans("Room rate 120 each", "amount", money=True)] == ["120"]
    assert [sp[2] for sp in typed_spans("104 dB(A)", "amount", money=False)] == ["104"]  # a reading, asked for
    table = _table([["Property", "Monthly rent"], ["Apt 1107, The Weave", "£1,150"]], source="lettings.png")
    assert extract("How much is the rent at The Weave?", [table]).answer == "£1,150"


def test_a_letter_is_written_to_the_person_above_its_salutation_and_from_the_one_below_its_close():
    lines = ["Harbor Light Logistics", "9 June 2025", "Ms Elena Marsh", "Greenfield Foods", "Dear Ms Marsh,",
             "Please contact our coordinator, David Okafor, with any questions.", "Yours sincerely,", "Margaret Lin"]
    letter = Chunk(source="letter.jpg", page=1, text="\n".join(lines), bbox=[0, 0, 600, 40 * len(lines)],
                   line_bboxes=[[0, 40 * i, 600, 40 * i + 30] for i in range(len(lines))])
    assert extract("Who is this letter written to?", [letter]).answer == "Elena Marsh"
    assert extract("Who signed the letter?", [letter]).answer == "Margaret Lin"


def test_a_notice_was_issued_by_and_on_what_its_signature_block_says():
    """"这个通知是哪天发出来的": the date under the body (落款), not the meeting's date above it."""
    lines = ["关于召开年度工作会议的通知", "各部门：", "会议时间：2025年4月12日上午9:00", "会议地点：公司三楼会议室",
             "请各部门负责人准时参加。", "华东精密机械股份有限公司", "2025年3月28日"]
    notice = Chunk(source="notice.jpg", page=1, text="\n".join(lines), bbox=[0, 0, 800, 40 * len(lines)],
                   section="关于召开年度工作会议的通知",
                   line_bboxes=[[0, 40 * i, 800, 40 * i + 30] for i in range(len(lines))])
    assert extract("这个通知是哪天发出来的？", [notice]).answer == "2025年3月28日"
    assert extract("会议是哪天开？", [notice]).answer.startswith("2025年4月12日")


def test_receipts_are_the_vouchers_a_form_counts_and_the_table_is_no_subject():
    from paddlecamp.docqa.answer import analyze, term_match

    assert term_match("票据", "附单据 7 张") >= 0.9
    assert "表里" not in analyze("表里的金额是按什么单位算的？").terms


def test_query_expansion_keeps_each_word_in_its_own_language():
    """BM25 gets a word's synonyms in the word's language, not its translation: "价" must not
    bring "price" (it ranked English price lists over the Chinese plan table asked about)."""
    from paddlecamp.docqa.answer import expand_query

    zh = expand_query("季卡现在活动价多少钱？")  # 活动价 is one synonym phrase, though jieba cuts 活动 / 价
    assert zh.startswith("季卡现在活动价多少钱？") and "优惠价" in zh.split()
    assert "价格" in expand_query("季卡现在什么价？").split()
    assert not re.search(r"[A-Za-z]", zh)
    en = expand_query("How much do we owe?")
    assert "payable" in en.split() and not re.search(r"[\u4e00-\u9fff]", en)
    # a month or weekday in a date is no term, but the page may print it short or long
    assert {"sep", "sept"} <= set(expand_query("What does the 27 September trip cost?").split())
    assert {"thursday", "march"} <= set(expand_query("What is on Thu 3 Mar?").split())


@pytest.mark.parametrize("lines, question, answer", [
    (["Home insurance schedule", "Annual premium: GBP 486.20", "Insurance premium tax: GBP 58.34",
      "Total payable: GBP 544.54", "Payment: 12 monthly instalments"], "What is the total premium to pay?", "GBP 544.54"),
    (["学生收费明细", "学费：1,100.00", "住宿费：600.00", "本学期应缴合计 3,835.00元（已扣除减免1,000.00元）"],
     "这学期一共要交多少钱？", "3,835.00元"),
    (["装修工程报价单", "直接费合计：32,529.00元", "管理费（按直接费的8%）：2,602.32元", "工程总造价：35,131.32元"],
     "这套房子装修报价总共多少钱？", "35,131.32元")])
def test_a_question_for_a_total_gets_the_grand_total(lines, question, answer):
    """A total question takes the largest amount whose label announces a total, not the first
    charge or a deduction that shares the question's words."""
    ex = extract(question, [_text(lines)])
    assert ex.answer == answer


def test_a_total_question_that_names_its_row_keeps_the_row():
    table = _table([["项目", "费用（元）"], ["往返班车", "40"], ["午餐", "75"], ["合计", "115"]], source="signup.png")
    assert extract("班车一共收了多少钱？", [table]).answer == "40"


@pytest.mark.parametrize("question, answer", [("这家店晚上几点关门？", "21:30"), ("这家店几点关门？", "21:30"),
                                              ("这家店几点开门？", "11:00"), ("中午几点关门？", "14:30"),
                                              ("晚上几点开始营业？", "17:00"), ("What time does the restaurant close?", "21:30")])
def test_opening_hours_of_two_sessions_answer_by_the_time_of_day(question, answer):
    """The hours line answers opening and closing questions (no "关门" printed); of two sessions
    the day's first opens and its last closes, unless the question names the time of day."""
    chunk = _text(["川味小馆", "营业时间：每日11:00—14:30，17:00—21:30", "订座电话：028-86627391"])
    ex = extract(question, [chunk])
    assert ex.answerable and ex.answer == answer


def test_a_rare_word_jieba_cut_across_two_common_ones_is_cut_again():
    """jieba reads 总机号码 as 总 + 机号码 (a rare word): the question's words are 总机 and 号码."""
    from paddlecamp.docqa.answer import analyze

    assert analyze("研究院总机号码是？").terms == ["研究院", "总机", "号码"]
    chunk = _text(["研究院通讯录", "值班电话：020-87119999", "总机：020-87110000", "传真：020-87110099"])
    assert extract("研究院总机号码是？", [chunk]).answer == "020-87110000"


def test_a_row_the_table_lacks_is_declined_not_read_from_another_row():
    """The question names the column and a row that is not there: no other row's cell answers."""
    table = _table([["币种", "现汇买入价", "现钞买入价"], ["美元", "718.25", "712.41"], ["欧元", "779.63", "755.40"],
                    ["日元", "4.8672", "4.7160"]], source="rates.png")
    ex = extract("泰铢的现汇买入价是多少？", [table])
    assert not ex.answerable and "泰铢" in ex.reason
    assert extract("欧元的现汇买入价是多少？", [table]).answer == "779.63"
    ranked = _table([["Pos", "Club", "Pts"], ["7", "Penrith Athletic", "41"], ["8", "Garstang Wanderers", "38"]])
    assert extract("Which club is in 8th place?", [ranked]).answer == "Garstang Wanderers"  # the row's own cells name it


def test_superlatives_pick_the_row_by_value_and_by_size_for_deviations():
    """"The largest error" is the largest in size; "最便宜" is the smallest price, and the
    superlative's own word need not be printed."""
    cal = _table([["Pressure (bar)", "Reading", "Error after adjustment"], ["0.00", "0.0", "0.0"],
                  ["300.00", "300.4", "+0.4"], ["600.00", "599.4", "-0.6"]], source="cal.png")
    assert extract("At which pressure is the largest error after adjustment?", [cal]).answer == "600.00"
    rooms = _table([["房型", "价格（元/晚）"], ["大床房", "458"], ["双床房", "398"], ["套房", "888"]], source="hotel.png")
    ex = extract("哪种房型最便宜？", [rooms])
    assert ex.answerable and ex.answer == "双床房"


def test_the_latest_and_earliest_of_a_date_range():
    """"最晚一批" asks for a range's end, "最早" and "earliest" for its start."""
    table = _table([["型号", "生产日期"], ["NY-RS12", "2025-09-03至2025-09-28"], ["NY-RS15", "2025-10-02至2025-10-30"]],
                   source="recall.png")
    assert extract("NY-RS12最晚一批是哪天生产的？", [table]).answer == "2025-09-28"
    assert extract("NY-RS15最早一批是哪天生产的？", [table]).answer == "2025-10-02"


def test_a_question_for_a_duration_is_not_answered_by_a_stamps_time_or_a_count():
    """"多长时间" asks for a duration: the exit stamp "2025-03-02 18:41:05" prints a time of day and
    "3人" counts people; "20分钟" in the notes answers."""
    slip = _table([["项目", "内容"], ["入场时间", "2025-03-02 16:10:27"], ["离场时间", "2025-03-02 18:41:05"]],
                  source="slip.jpg")
    notes = Chunk(source="slip.jpg", page=1, kind="text", bbox=[0, 200, 600, 240], line_bboxes=[[0, 200, 600, 240]],
                  text="每车限乘3人，付款后请在20分钟内驶离停车场。")
    assert extract("付完款多长时间内必须离开？", [slip, notes]).answer == "20分钟"


@pytest.mark.parametrize("question, dims", [
    ("付完款多长时间内必须离开？", {"duration"}), ("How long is the charging cable?", {"duration", "length"}),
    ("How much current does the pump draw?", {"current"}), ("样地面积有多大？", {"area"}),
    ("电池容量是多少？", {"volume", "charge", "energy", "data"}), ("多少钱？", set()), ("How many rooms?", set()),
    ("How much data comes with the basic plan?", {"data"}), ("What data is collected?", set())])
def test_the_dimension_a_question_asks_for(question, dims):
    from paddlecamp.docqa.dimensions import asked_dimensions

    assert asked_dimensions(question) == dims


def test_a_quantity_in_another_dimension_does_not_answer_and_the_asked_one_is_preferred():
    from paddlecamp.docqa.answer import _other_unit, analyze
    from paddlecamp.docqa.dimensions import fits

    q = analyze("How much current does the pump draw at full speed?")
    assert _other_unit((0, 3, "12V", "quantity"), q) and not _other_unit((0, 5, "350 mA", "quantity"), q)
    assert fits("μA", q.text) and fits(None, q.text) is None and fits("kg", "多少钱？") is None
    spec = _text(["Rated at 12V, the pump draws 350 mA at full speed and lifts 2.5 m of water."])
    assert extract("How much current does the pump draw at full speed?", [spec]).answer == "350 mA"


@pytest.mark.parametrize("question, answer", [("净利率比上年提高了多少？", "1.8个百分点"), ("净利率是多少？", "12.6%"),
                                              ("By how much did exports rise?", "4.1%"),
                                              ("What share of sales were exports?", "38.5%")])
def test_a_question_for_a_change_takes_the_change_and_one_for_a_level_the_level(question, answer):
    report = _text(["本年度净利率为12.6%，比上年提高1.8个百分点。",
                    "Exports were 38.5% of sales, up 4.1% on the year."])
    assert extract(question, [report]).answer == answer


def test_a_question_ending_on_which_unit_asks_for_an_organisation():
    assert question_type("这份传真是发给哪个单位的？") == "org" and question_type("传真号码是多少？") == "phone"
    assert question_type("哪个单位的电话是多少？") == "phone"
    assert question_type("这款水泵是哪个厂家生产的？") == "org" and question_type("Which manufacturer makes it?") == "org"


def test_a_department_answers_which_department_and_a_money_unit_is_no_organisation():
    agenda = _text(["议程：1.总经理作工作报告；2.质量管理部汇报上半年抽检结果；3.签订责任书。"])
    assert extract("上半年的抽检结果由哪个部门汇报？", [agenda]).answer == "质量管理部"
    fields = _text(["单位：人民币万元", "制表单位：东华机电集团审计部"])
    assert extract("这张表是哪个单位做的？", [fields]).answer == "东华机电集团审计部"


def test_a_column_that_counts_items_does_not_answer_a_question_for_a_measure():
    goods = _table([["货物名称", "规格", "数量", "单价"], ["电源线", "50米/卷", "4", "86.00"]], source="invoice.jpg")
    assert extract("电源线一卷有多长？", [goods]).answer == "50米/卷"


def test_a_count_of_things_is_not_answered_by_an_age_and_calories_are_a_unit():
    from paddlecamp.docqa.answer import _wrong_measure, analyze

    q = analyze("每户最多可以带几个孩子参加？")
    assert _wrong_measure((0, 3, "12岁", "quantity"), q) and not _wrong_measure((0, 2, "2个", "quantity"), q)
    assert not _wrong_measure((0, 3, "12岁", "quantity"), analyze("参加者要满几岁？"))
    soup = _text(["Each serving of the soup has 250 calories and the pot serves 4 people."])
    assert extract("How many calories are in a serving?", [soup]).answer == "250 calories"


def test_a_bare_number_is_a_poor_answer_to_a_measure_unless_its_label_names_the_measure():
    """"能放多久" asks for a duration: a price or a pack size prints none, "9个月" does; a bare "9"
    under "年龄" is an age all the same."""
    from paddlecamp.docqa.answer import _specific, analyze
    from paddlecamp.docqa.dimensions import states_dimension

    q = analyze("这款牛奶能放多久？")
    assert _specific("75.90", q, "零售价", "75.90") < _specific("9个月", q, "保质期", "9个月")
    milk = _table([["品名", "规格", "零售价", "保质期"], ["纯牛奶", "250毫升×24", "75.90", "9个月"]], source="milk.jpg")
    assert extract("这款纯牛奶能放多久？", [milk]).answer == "9个月"
    assert states_dimension("年龄", "女儿今年几岁？") and states_dimension("Area (m²)", "样地面积有多大？")
    assert not states_dimension("零售价", "能放多久？") and not states_dimension("年龄", "多少钱？")


def test_last_year_is_the_column_headed_last_year_when_the_page_prints_no_such_year():
    """A 2026 report whose columns say 本年 / 上年: "去年" is no missing "2025" but the 上年 column."""
    crop = Chunk(source="crop.jpg", page=1, kind="table", section="2026年早稻测产汇总", bbox=[0, 0, 600, 120],
                 text="| 村 | 本年总产(吨) | 上年总产(吨) |\n|---|---|---|\n| 东岗村 | 812.4 | 790.2 |\n"
                      "| 西岭村 | 655.0 | 671.3 |", line_bboxes=[[0, 40 * i, 600, 40 * (i + 1)] for i in range(3)])
    assert extract("西岭村去年的总产是多少吨？", [crop]).answer == "671.3"
    assert extract("西岭村今年的总产是多少吨？", [crop]).answer == "655.0"


def test_which_model_is_no_payment():
    """款 is a payment (尾款, 首付款) but 哪一款 / 这款 pick a product."""
    assert question_type("哪一款的膳食纤维最高？") != "amount" and question_type("尾款是多少？") == "amount"
    assert question_type("这款温控器多少钱？") == "amount"


@pytest.mark.parametrize("question, answer", [("Where are the crates being shipped from?", "Valencia"),
                                              ("Which city are the crates headed for?", "Hamburg"),
                                              ("Where is the olive oil going to?", "Hamburg")])
def test_a_question_for_where_from_or_where_to_takes_the_place_after_from_or_to(question, answer):
    for text in ("The 20 crates of olive oil will be shipped from our Valencia warehouse on 3 May by truck to Hamburg.",
                 "The 20 crates of olive oil go by truck to Hamburg; they are shipped from our Valencia warehouse."):
        assert extract(question, [_text([text])]).answer == answer
    # a town the place recognizers do not know, capitalised after "from"
    depot = _text(["The 20 crates of olive oil will be shipped from our Tarragona depot on 3 May by truck to Hamburg."])
    if "from" in question:
        assert extract(question, [depot]).answer == "Tarragona"


def test_the_name_of_a_thing_is_the_capitalised_words_after_its_noun():
    notice = _text(["The 30 pallets of tinned tomatoes leave our Bristol depot on 4 July aboard the vessel Morning Tide, "
                    "bound for Hamburg."])
    assert extract("What's the name of the ship carrying the tomatoes?", [notice]).answer == "Morning Tide"


def test_a_row_labelled_with_another_measure_does_not_answer_and_a_size_or_temperature_is_no_price():
    spec = _table([["Parameter", "Min", "Typ", "Max"], ["Supply voltage", "1.8", "3.3", "5.5"],
                   ["Operating temperature", "-40", "25", "125"]], source="spec.png")
    ex = extract("What is the fastest clock speed the chip supports?", [spec])
    assert ex.answer not in ("5.5", "125")
    assert extract("What is the highest supply voltage?", [spec]).answer == "5.5"
    from paddlecamp.docqa.answer import _other_unit, _value_span, analyze, prepare

    q = analyze("How much does the TS-9 cost per unit?")
    assert _other_unit((0, 14, "0.25 degrees C", "quantity"), q)
    _, units = prepare("How much does the TS-9 cost per unit?", [_text(["Package: SOT-23, 2.9 x 2.8 mm"])])
    sized = [u for u in units if "2.9" in u.value]
    assert sized and all(_value_span(u, q) is None for u in sized)


def test_a_measurement_the_question_quotes_is_no_answer_and_how_much_of_a_thing_is_a_measure():
    from paddlecamp.docqa.answer import _in_question, analyze

    q = analyze("Over what temperature span does the 0.25 degree accuracy hold?")
    assert _in_question("0.25 degrees C", q) and not _in_question("-10 to 85 degrees C", q)
    assert not _in_question("0.25 hours", q)
    recipe = _text(["Ingredients: ricotta 250 g, 2 eggs, milk 4 tbsp."])
    assert extract("How much ricotta goes into the batter?", [recipe]).answer == "250 g"


def test_a_chinese_place_the_document_lacks_makes_the_question_unanswerable():
    fares = _table([["区间", "二等座", "一等座"], ["杭州东—绍兴北", "19.5", "31.0"], ["杭州东—宁波", "52.5", "84.0"]],
                   source="fares.jpg")
    assert extract("杭州东到宁波的二等座票价是多少？", [fares]).answer == "52.5"
    ex = extract("杭州东到舟山的二等座票价是多少？", [fares])
    assert not ex.answerable and "舟山" in ex.reason
    from paddlecamp.docqa.answer import question_names

    assert question_names("上门安装调试收了多少钱？") == ()  # jieba's place tag on 上门 is no place
    assert question_names("枫林村今年早稻亩产多少？") == ("枫林村",)


@pytest.mark.parametrize("lines, answer", [(["会议时间：2025年5月8日上午9:00", "会议地点：三楼会议室"], ""),
                                           (["会议时间：上午9:00—11:30"], "11:30"),
                                           (["会议时间：上午9:00", "散会时间：11:30"], "11:30")])
def test_a_question_for_when_something_ends_is_not_answered_by_its_start(lines, answer):
    assert extract("会议几点结束？", [_text(lines)]).answer == answer


def test_a_field_that_names_no_organisation_does_not_answer_which_hotel():
    trip = ["报销人：李明", "出差事由：参加广州建材展", "报销总额：3,200元"]
    assert extract("李明在广州住的是哪家酒店？", [_text(trip)]).answer == ""
    trip[1] = "入住酒店：广州白云宾馆"
    assert extract("李明在广州住的是哪家酒店？", [_text(trip)]).answer == "广州白云宾馆"


def test_a_question_for_a_mobile_number_is_not_answered_by_a_landline():
    book = _table([["姓名", "部门", "电话"], ["欧阳琳", "财务部", "020-87110401"], ["司马青", "市场部", "138 2211 0456"]],
                  source="phones.jpg")
    assert extract("欧阳琳的电话是多少？", [book]).answer == "020-87110401"
    assert extract("欧阳琳的手机号是多少？", [book]).answer != "020-87110401"
    assert extract("司马青的手机号是多少？", [book]).answer == "138 2211 0456"


def test_which_row_holds_the_value_named_in_the_named_column():
    """"周三谁上大夜班" names a column (周三) and a value in it (大夜): the row that holds it
    answers, by its person (the rows are headed by their group, the names are cells, and the
    shift codes repeat down a column as names do not); a question that names the row asks for
    its cell instead."""
    roster = _table([["组别", "姓名", "周一", "周二", "周三"], ["A组", "林书言", "白", "大夜", "休"],
                     ["A组", "唐若溪", "大夜", "休", "白"], ["B组", "周沐阳", "小夜", "白", "大夜"]], source="roster.png")
    assert extract("周三谁上大夜班？", [roster]).answer == "周沐阳"
    assert extract("周一的小夜班排的是哪位护士？", [roster]).answer == "周沐阳"
    assert extract("周二的大夜班是谁？", [roster]).answer == "林书言"
    assert extract("唐若溪周一上什么班？", [roster]).answer == "大夜"
    shifts = _table([["Nurse", "Monday", "Tuesday"], ["Grace Whitlow", "Early", "Night"],
                     ["Tomas Reyes", "Night", "Early"]], source="shifts.png")
    assert extract("Who works the night shift on Tuesday?", [shifts]).answer == "Grace Whitlow"


def test_a_long_word_misread_by_the_ocr_still_counts_as_mentioned():
    """A photographed page read "Pomberton" for Pemberton: the question's name is on the page
    (one letter off in nine), a short word one letter off is another word (hill, till)."""
    from paddlecamp.docqa.answer import misread_in

    page = "Candidate Pomberton (Con.) 611 votes. Castle till ward. Thrnout 35.1%"
    assert misread_in("pemberton", page)
    assert misread_in("turnout", page)
    assert not misread_in("hill", page)
    assert not misread_in("rates", "dated 3 May")  # two letters off in five is another word


def test_a_superlative_looks_over_every_piece_of_a_long_table():
    """A long table is chunked in pieces: the largest error sits in the second piece."""
    head = ["Pressure (bar)", "Reading", "Error after adjustment"]
    first = _table([head, ["0.00", "0.0", "0.0"], ["300.00", "300.4", "+0.4"]], source="cal.png")
    second = _table([head, ["500.00", "499.7", "-0.3"], ["600.00", "600.9", "+0.9"]], source="cal.png")
    assert extract("At which pressure is the largest error after adjustment?", [first, second]).answer == "600.00"


def test_who_came_last_and_ranks_printed_as_ordinals():
    """A ranking column prints "1st", "2nd" ... or "第1名": who won is the row ranked 1, who
    came last the row ranked highest."""
    table = _table([["Player", "Rating", "Points", "Place"], ["Miriam Ashby", "2104", "4", "1st"],
                    ["Tobias Brenner", "1987", "3", "2nd"], ["Ines Marchetti", "1811", "½", "3rd"]], source="chess.png")
    assert extract("Who finished in last place?", [table]).answer == "Ines Marchetti"
    assert extract("Which player won the tournament?", [table]).answer == "Miriam Ashby"
    zh = _table([["姓名", "总分", "名次"], ["林书言", "612", "第2名"], ["唐若溪", "640", "第1名"], ["周沐阳", "587", "第3名"]],
                source="scores.png")
    assert extract("最后一名是谁？", [zh]).answer == "周沐阳"
    assert extract("谁是第一名？", [zh]).answer == "唐若溪"


def test_due_back_asks_for_the_return_date():
    # "due back" is how a question says what a rental form labels the return date
    chunk = _text(["Pick-up date: 06/20/2025  Pick-up branch: Montreal Airport",
                   "Return date: 06/27/2025  Return branch: Montreal Airport",
                   "Daily rate: CAD 68.00"])
    ex = extract("On what date is the car due back?", [chunk])
    assert ex.answerable and ex.answer == "06/27/2025"


def test_the_signer_is_below_the_close_even_when_a_sentence_runs_on_into_it():
    """A unit of two lines runs the last sentence into "Yours sincerely,": the close's own
    line, not the top of that unit, says where the signature block starts."""
    lines = ["Harbor Light Logistics", "Dear Ms Marsh,", "Your order has shipped from our depot.",
             "Please contact our coordinator, David Okafor, on +44 23 9210 4471 if you need to change the delivery.",
             "Yours sincerely,", "Margaret Lin", "Operations Director"]
    letter = Chunk(source="letter.jpg", page=1, text="\n".join(lines), bbox=[0, 0, 600, 40 * len(lines)],
                   line_bboxes=[[0, 40 * i, 600, 40 * i + 30] for i in range(len(lines))])
    assert extract("Who signed the letter from Harbor Light Logistics?", [letter]).answer == "Margaret Lin"


def test_a_code_printed_after_its_label_without_a_colon_is_a_pair():
    """A footer line "Offer code KM-WINTER26" that the table took in as a row header still
    answers "What is the offer code?" with the code, not with a cell of its row."""
    table = _table([["Plan", "Monthly", "One-off"], ["Everyday 40", "£18.00", "£0"],
                    ["Offer code KM-WINTER26", "Offer ends", "31 January 2027"]], source="plans.jpg")
    assert extract("What is the offer code?", [table]).answer == "KM-WINTER26"
    assert extract("批号是多少？", [_text(["批号 RAB-2508116"])]).answer == "RAB-2508116"


def test_a_question_for_both_ends_of_a_time_range_takes_a_range():
    """"从几点上到几点" wants the shift's start and end: the shift table's range, not a single
    time from a note that names the shift too, nor only the range's end."""
    note = _text(["2.大夜班人员22:30前到岗接班，与小夜班共同完成危重患者床旁交接。"])
    shifts = _table([["班次", "时间", "时长"], ["小夜", "16:00—24:00", "8小时"], ["学", "9:00—13:00 业务学习", "4小时"]],
                    source="roster.jpg")
    assert extract("小夜班从几点上到几点？", [note, shifts]).answer == "16:00—24:00"
    assert extract("业务学习从几点到几点？", [shifts]).answer == "9:00—13:00"
    assert extract("业务学习到几点？", [shifts]).answer == "13:00"  # one end asked: that end


def test_a_price_column_is_named_by_whose_price_it_is():
    """学生票 is the 学生 column of a fare table, even beside 全价, a header that names a price."""
    fares = _table([["区段", "一等座 / 全价", "一等座 / 学生"], ["江州东—海门", "49.5", "39.6"],
                    ["江州东—柳湾", "24.5", "19.0"]], source="fares.jpg")
    assert extract("江州东到海门坐一等座，学生票多少钱？", [fares]).answer == "39.6"


@pytest.mark.parametrize("q, thing", [("年卡除了私教课还送什么？", "私教课"), ("除了大米以外，还运了什么？", "大米"),
                                      ("Besides Wi-Fi, which protocol does it support?", "Wi-Fi"),
                                      ("Apart from the towel, what else is included?", "towel"),
                                      ("年卡送什么？", None), ("What is the price?", None),
                                      ("扣除押金后还要退多少？", None)])  # 扣除 deducts, it does not set aside
def test_what_a_question_sets_aside(q, thing):
    from paddlecamp.docqa.answer import excluded
    assert excluded(q) == thing


def test_a_question_that_sets_something_aside_is_answered_by_its_fellows():
    """"除了私教课还送什么": the other items of the list that holds 私教课, not another column's
    value; "除了Wi-Fi": another cell of the row that holds Wi-Fi."""
    cards = _table([["卡种", "有效期", "赠送权益"], ["年卡", "365天", "私教课8节 +毛巾柜12个月"],
                    ["两年卡", "730天", "私教课16节 + 体测4次"]], source="gym.jpg")
    assert extract("年卡除了私教课还送什么？", [cards]).answer == "毛巾柜12个月"
    spec = _table([["参数", "数值", "备注"], ["通信方式", "Wi-Fi 2.4GHz", "支持Modbus"], ["供电", "AC 220V", "—"]],
                  source="spec.jpg")
    assert "Modbus" in extract("除了Wi-Fi还能走什么协议？", [spec]).answer


def test_a_value_leaves_the_marks_of_its_leader_line_behind():
    """A line of leader dots read in two pieces leaves marks before the value (".-100.00",
    "....2,014.00"): the answer is the number, sign and all."""
    slip = _text(["Deposit refunded: .-100.00", "Balance due: ....2,014.00", "Version: .5"])
    assert extract("How much of the deposit was refunded?", [slip]).answer == "-100.00"
    assert extract("What is the balance due?", [slip]).answer == "2,014.00"
    assert extract("What is the version?", [slip]).answer == ".5"  # one mark before a bare number stays


def test_a_question_for_a_rate_takes_the_line_that_states_the_rate():
    """"每公里收多少" asks the rate, which a note states ("每公里8元"), not the fee row's total."""
    fees = _table([["项目", "金额（元）"], ["起步价", "12.00"], ["超里程费", "64.00"]], source="taxi.jpg")
    note = _text(["超里程按每公里8元计，夜间另加收20%。"])
    assert extract("超出的里程每公里收多少钱？", [fees, note]).answer == "8元"
    assert extract("超里程费一共多少？", [fees, note]).answer == "64.00"  # the total asked: the fee row


def test_an_amount_asked_in_a_currency_is_the_sum_printed_in_it():
    """"the total in US dollars" on a line that gives the sum in euros and in dollars."""
    due = _text(["Amount due: €35,210.00 (USD 37,674.70 at 1.07)"])
    assert extract("How much is the amount due in US dollars?", [due]).answer == "USD 37,674.70"
    assert extract("How much is the amount due in euros?", [due]).answer == "€35,210.00"
    assert extract("How much is the amount due?", [due]).answer == "€35,210.00"  # none named: the first


def test_a_total_question_takes_a_sections_subtotal_when_it_has_no_total():
    """A fee list's first section sums its rows in 小计; "减免一共多少" is answered there."""
    fees = _table([["收费项目", "应收", "减免", "实收"], ["学费", "1,100.00", "550.00", "550.00"],
                   ["住宿费", "600.00", "0.00", "600.00"], ["课后服务费", "450.00", "450.00", "0.00"],
                   ["小计", "2,150.00", "1,000.00", "1,150.00"]], source="fees.jpg")
    assert extract("减免一共多少钱？", [fees]).answer == "1,000.00"
    # a table with a grand total keeps it: the subtotal is not the total
    bill = _table([["Item", "Amount"], ["Licences", "€18,900.00"], ["Support", "€5,700.00"],
                   ["Subtotal", "€24,600.00"], ["VAT", "€0.00"], ["Total", "€24,600.50"]], source="bill.jpg")
    assert extract("What is the total amount?", [bill]).answer == "€24,600.50"


@pytest.mark.parametrize("q, value, want", [
    ("住宿费住的是几人间？", "600元/学期：(四人间)", "四人间"),
    ("课后服务一共按多少课时算？", "3元/课时 ×150课时", "150课时"),
    ("报名人住在几幢几室？", "梧桐里6幢302室", "6幢302室"),
    ("公司有多少名员工？", "员工320名", "320名"),  # 名员 not printed: 名
    ("他住在几楼？", "住校5号楼417", None),  # 5号楼 is no count of floors
    ("打完疫苗多少天内不能洗澡？", "接种后7天内不要洗澡", "7天"),  # 内 is no part of the measure
    ("几点开门？", "9:00开门", None), ("一共多少钱？", "合计5元", None),  # times and money are read elsewhere
])
def test_a_count_is_read_with_the_measure_the_question_names(q, value, want):
    from paddlecamp.docqa.answer import _measured
    assert [sp[2] for sp in _measured(value, q)] == ([want] if want else [])


def test_a_count_question_is_answered_with_its_measure():
    """"几人间" asks how many beds a room has: the cell's "(四人间)", not its fee."""
    fees = _table([["项目", "收费标准", "金额（元）"], ["住宿费", "600元/学期：(四人间)", "600.00"]], source="fees.jpg")
    assert extract("住宿费住的是几人间？", [fees]).answer == "四人间"
    staff = _text(["截至2024年12月31日，公司共有员工1,326人，其中研发人员412人。"])
    assert extract("公司搞研发的有多少人？", [staff]).answer == "412人"  # the count its label names


def test_what_is_actually_paid_is_the_received_column():
    """"实际要交" is the 实收 column (what is charged after the reduction), not a row whose
    standard says 按实际发放."""
    fees = _table([["收费项目", "应收", "减免", "实收"], ["学费", "1,100.00", "550.00", "550.00"],
                   ["课后服务费", "450.00", "450.00", "0.00"]], source="fees.jpg")
    extra = _table([["项目", "标准", "金额（元）"], ["作业本费", "按实际发放", "85.00"]], source="fees.jpg")
    assert extract("课后服务费实际要交多少？", [fees, extra]).answer == "0.00"


def test_a_yes_or_no_question_is_answered_by_the_rows_yes_or_no_cell():
    """"选了没有" asks the 是否选择 column of the row it names, not the row's price."""
    fees = _table([["项目", "标准", "金额（元）", "是否选择"], ["伙食费", "18元/天×130天", "2,340.00", "是"],
                   ["学生意外伤害保险", "100元/年", "100.00", "否"]], source="fees.jpg")
    assert extract("意外伤害保险选了没有？", [fees]).answer == "否"
    assert extract("伙食费选了没有？", [fees]).answer == "是"
    assert extract("意外伤害保险多少钱？", [fees]).answer == "100.00"  # no yes-or-no asked


def test_a_column_of_label_and_number_cells_is_a_list_of_pairs():
    """A box of "channel … count" lines read as a two-column table: each cell is a label and its
    number, so "sold by phone" is the phone line's count, not the week's total of another table."""
    sales = _table([["Performance", "Tickets sold", "Gross receipts"], ["Tue 5 May", "418", "£13,794.00"],
                    ["Week total", "3,480", "£115,438.00"]], source="box.jpg")
    channels = _table([["Sales by channel", "Price bands"], ["Online…2,297", "Stalls A-F £42.00"],
                       ["Box office counter . 661", "Stalls G-P £35.00"], ["Phone 348", "Circle £28.00"],
                       ["Group bookings 174", "Under-26/concession .. £15.00"]], source="box.jpg")
    assert extract("How many tickets were sold by phone?", [sales, channels]).answer == "348"
    assert extract("What does a seat in the circle cost?", [sales, channels]).answer == "£28.00"
    # cells that are names with a number in them are not pairs: a column of dates stays cells
    dates = _table([["Event", "Date"], ["Opening", "Tue 5 May"], ["Closing", "Sat 9 May"]], source="box.jpg")
    assert extract("When is the closing?", [dates]).answer == "Sat 9 May"


def test_a_count_of_people_is_not_answered_by_an_amount_of_money():
    """"多少人获得" counts people: the award's 5,000元 is no answer, and with no count on the
    page the question is declined; a count printed beside it is taken."""
    award = _text(["二、国家励志奖学金（每人5,000元）", "获奖学生须品学兼优。"])
    assert extract("国家励志奖学金有多少人获得？", [award]).answer == ""
    counted = _text(["二、国家励志奖学金（每人5,000元）", "本学年共有36人获得国家励志奖学金。"])
    assert extract("国家励志奖学金有多少人获得？", [counted]).answer.startswith("36")
    # a rate per unit is money though the unit is named
    assert extract("超出的里程每公里收多少？", [_text(["超出里程：每公里8元"])]).answer.endswith("8元")


def test_pay_in_thousands_answers_what_a_job_pays():
    """"每月能拿多少" asks for pay: the post's 15k~22k, not the 5 people it hires."""
    post = _text(["二、云平台运维工程师(5名) ·本科及以上学历，2年以上经验·月薪15k~22k"])
    assert extract("运维工程师每月能拿多少？", [post]).answer == "15k~22k"


def test_a_factor_of_a_product_is_not_the_sum_charged():
    """"4人×10元" prices one seat; the row's fee column holds what the bus cost in all."""
    fees = _table([["姓名", "与报名人关系", "年龄", "身份", "费用（元）"], ["南宫秀兰", "本人", "38", "成人", "30"],
                   ["林志强", "丈夫", "40", "成人", "30"], ["林可欣", "女儿", "9", "儿童 (6-12岁)", "15"],
                   ["往返班车", "4人×10元", "", "", "40"], ["合计", "", "", "", "115"]], source="signup.jpg")
    assert extract("班车一共收了多少钱？", [fees]).answer == "40"


def test_a_total_rows_label_is_no_place_or_name():
    """"Total" under "Description of goods" names a sum, not where the goods are going: the
    destination box answers."""
    goods = _table([["Item", "Description of goods", "Value"], ["", "Total", "1,200.00"]], source="customs.pdf")
    boxes = dataclasses.replace(_text(["4 Consignee: Maple Leaf Gift Co., Toronto",
                                       "5 Country of destination: Canada (CA)"]), source="customs.pdf")
    assert extract("Which country are the goods going to?", [goods, boxes]).answer.startswith("Canada")


def test_a_value_under_a_label_over_sentences_is_judged_by_its_own_sentence():
    """"说明：…。其中…；…。" is a paragraph under a label: a place in it answers only as well as
    its own sentence matches, so "in which city" is answered by the sentence that names the
    event, not by a place in another clause of the note."""
    note = _text(["说明：1—9月支出执行率66.4%。其中文化遗产保护项目因城南窑址考古勘探延期，工程款未能按计划支付；"
                  "旅游宣传推广项目的秋季推介会改在11月举办。",
                  "旅游宣传推广项目11月8日在上海举办秋季推介会，预计支出95万元。"])
    assert extract("秋季推介会在哪个城市办？", [note]).answer == "上海"


def test_where_goods_are_unloaded_or_loaded_is_the_port_of_discharge_or_loading():
    boxes = _text(["Port of loading: Ningbo", "Port of discharge: Hamburg", "Marks: BT-HAM / Made in China"])
    assert extract("Where will the goods be unloaded?", [boxes]).answer == "Hamburg"
    assert extract("Where were the goods loaded?", [boxes]).answer == "Ningbo"
    assert extract("货物在哪个港口卸货？", [_text(["装货港：宁波", "卸货港：汉堡"])]).answer == "汉堡"


def test_a_count_is_the_number_one_word_before_the_counted_noun():
    """"How many GPUs" is the 4 of "4 A100 GPUs" (a model name between), not the batch size."""
    setup = _text(["We train on 10 hours of speech per language, on 4 A100 GPUs for 30k steps with batch size 64."])
    assert extract("How many GPUs were used for training?", [setup]).answer == "4"


def test_a_form_read_as_a_table_pairs_each_colon_label_with_the_cell_right_of_it():
    """A form's grid of "label: | value" boxes taken for a table: the colon label is never an
    answer, the box right of it is its value, and a number printed in groups is one number."""
    form = Chunk(source="notice.jpg", page=1, kind="table", bbox=[0, 0, 600, 80], section="Reminder",
                 text="| Member name: | Mr Alan Brook | Card number: | 4411 0092 7361 |\n|---|---|---|---|\n"
                      "| Home branch: | Eastfield Library | Notice date: | 2 May 2026 |",
                 line_bboxes=[[0, 0, 600, 40], [0, 40, 600, 80]])
    assert extract("What is the member's card number?", [form]).answer == "4411 0092 7361"
    assert extract("What is the home branch?", [form]).answer == "Eastfield Library"
    assert extract("What is the member's name?", [form]).answer == "Mr Alan Brook"


def test_the_corner_box_of_a_form_grid_and_a_label_before_a_date_are_pairs():
    """The first box of a grid's first row ("Ticket no. …") is no column's header, yet a pair;
    "Ready by Thu 7 May 2026" is a label and its date; a UK mobile is no Chinese landline."""
    grid = Chunk(source="sheet.jpg", page=1, kind="table", bbox=[0, 0, 600, 80], section="Service sheet",
                 text="| Ticket no. AB-12-3456 | Booked in Mon 4 May 2026 | Ready by Thu 7 May 2026 |\n|---|---|---|\n"
                      "| Customer: Joan Smith | Mobile 07700 900 123 | Mechanic: Karl Lee |",
                 line_bboxes=[[0, 0, 600, 40], [0, 40, 600, 80]])
    assert extract("What is the ticket number?", [grid]).answer == "AB-12-3456"
    assert extract("When will the bike be ready?", [grid]).answer == "Thu 7 May 2026"
    assert extract("What is the customer's mobile number?", [grid]).answer == "07700 900 123"


def test_everyday_words_for_a_forms_labels():
    """"多大年纪" asks for 年龄, "大夫" is the 主治医师, "X的人叫什么" asks for a person."""
    form = _text(["姓名：邵一鸣", "年龄：52岁", "主治医师：柯晓岚"])
    assert extract("病人多大年纪？", [form]).answer == "52岁"
    assert extract("主管大夫是哪位？", [form]).answer == "柯晓岚"
    assert question_type("丢东西的人叫什么？") == "person"
    assert question_type("这个东西叫什么？") != "person"


def test_a_window_between_two_times_and_where_a_trip_finishes():
    text = _text(["The delivery is booked for Friday between 09:30 and 12:00.",
                  "She is training for a relay from Oxford to Reading on 3 May."])
    assert extract("What is the delivery time window?", [text]).answer == "between 09:30 and 12:00"
    assert extract("Where does the relay finish?", [text]).answer == "Reading"
    assert extract("Where does the relay start?", [text]).answer == "Oxford"


def test_a_masked_number_is_not_given():
    """"证件号码 3301**********2248" prints the field but hides it: no ID number, and not another
    field's number instead."""
    form = _text(["姓名：柯晓岚", "证件号码：4401**********5513", "手机号码：139 0000 4521"])
    got = extract("患者的身份证号码是多少？", [form])
    assert not got.answerable and "masked" in got.reason
    assert extract("患者的手机号码是多少？", [form]).answer == "139 0000 4521"


def test_a_postcode_is_no_reference_number_and_how_much_due_is_money():
    letter = _text(["Returns Department - Unit 3, Harbour Park, Northampton NN4 7PB",
                    "Your refund of £84.20 is due once the goods arrive."])
    assert extract("What is the returns department number?", [letter]).answer != "NN4"
    assert question_type("How much refund is due?") == "amount"
    assert extract("How much refund is due?", [letter]).answer == "£84.20"


def test_a_date_whose_own_line_names_nothing_asked_loses_to_the_sentence_that_does():
    """"哪天开庭": the signing date beside a line that mentions 开庭 is not the hearing date."""
    foot = _text(["江州市某区人民法院二〇二六年二月二十四日", "本传票由法院制作，请于开庭时携带"])
    body = _text(["本院定于二〇二六年三月十九日上午九时三十分在第三法庭公开开庭审理。"])
    assert extract("哪天开庭？", [foot, body]).answer == "二〇二六年三月十九日"


def test_from_which_day_to_which_day_takes_the_date_range_and_lost_is_diu():
    notice = _text(["展会将于5月8日至5月11日在会展中心A馆举办。", "乘客称于晚约20时15分在列车上遗失一只黑色背包。"])
    assert extract("展会从哪天办到哪天？", [notice]).answer == "5月8日至5月11日"
    assert extract("包是几点丢的？", [notice]).answer == "20时15分"


def test_who_x_is_called_wants_a_person_not_an_organisation():
    text = _text(["失主在车上遗失一本《城市交通规划》教材。"])
    assert extract("丢东西的人叫什么？", [text]).answer != "城市交通"


def test_having_questions_names_no_field_and_a_number_label_ending_in_hao_is_a_pair():
    """"有问题该找谁联系" asks for the contact; a grid box "住院号 ZY2026-0518-36" is a label and its code."""
    notice = _text(["请各位志愿者准时签到。", "联系人：邵一鸣　　电话：138 0000 0914"])
    assert extract("有问题该找谁联系？", [notice]).answer == "邵一鸣"
    grid = _table([["姓名 柯晓岚", "性别 女", "年龄：52岁"], ["住院号 ZY2025-0611-08", "床号 9床", "入院日期：2025年6月1日"]],
                  source="slip.jpg")
    assert extract("病人的住院号是多少？", [grid]).answer == "ZY2025-0611-08"


def test_because_of_what_dispute_asks_for_the_dispute_not_a_reason():
    """"因为什么纠纷" asks for a kind of dispute (the 案由 field), not why; "为什么" still asks why."""
    from paddlecamp.docqa.answer import _WHY_Q

    summons = Chunk(source="summons.pdf", page=1, kind="kv", bbox=[0, 0, 400, 90],
                    text="案 由：房屋租赁合同纠纷\n被传唤人：柯晓岚\n诉讼地位：本案被告", line_bboxes=[])
    served = _table([["受送达人", "送达文书"], ["柯晓岚", "传票、起诉状副本"]], source="summons.pdf")
    assert extract("柯晓岚被起诉是因为什么纠纷？", [served, summons]).answer == "房屋租赁合同纠纷"
    assert _WHY_Q.search("石桥村亩产为什么下降？") and not _WHY_Q.search("是因为什么纠纷？")


def test_a_row_of_labels_each_before_its_value_is_pairs():
    """An acceptance slip read as a table whose header row is "label | value | label | value"."""
    slip = _table([["Student name", "Ama Boateng", "Student ID", "K3381920"], ["Signature", "", "Date", ""]],
                  source="letter.pdf")
    assert extract("What is the student's ID number?", [slip]).answer == "K3381920"
    plain = _table([["Item", "Qty", "Unit", "Line total"], ["Chain", "1", "£18.99", "£18.99"]], source="sheet.jpg")
    assert extract("What is the line total for the chain?", [plain]).answer == "£18.99"  # a header row stays one


def test_in_what_year_is_answered_by_a_year_printed_alone():
    label = _text(["The figurehead was saved from a breaker's yard in 1931 by the harbourmaster."])
    assert extract("In what year was the figurehead saved?", [label]).answer == "1931"


def test_the_field_before_a_phone_in_its_block_names_whose_phone_it_is():
    """"联系人的手机号码" on a block "联系人：… / 电话：…" takes that phone, not another page's 手机."""
    other = Chunk(source="report.jpg", page=1, kind="kv", bbox=[0, 0, 400, 30], line_bboxes=[],
                  text="失主姓名：司马一鸣\n手机：139 0000 2814")
    block = Chunk(source="notice.jpg", page=1, kind="kv", bbox=[0, 0, 400, 60], line_bboxes=[],
                  text="联系人：邵一鸣\n电话：138 0000 0914\n邮箱：help@example.cn")
    assert extract("联系人的手机号码？", [other, block]).answer == "138 0000 0914"


def test_a_verb_between_single_characters_is_not_glued_to_the_noun():
    from paddlecamp.docqa.answer import analyze

    q = analyze("低脂高钙奶的钙占营养素参考值的百分之多少？")
    assert "钙" in q.terms and "钙占" not in q.terms
    assert q.want == "percent"  # 百分之多少 asks for a percentage
    table = _table([["项目", "低脂高钙奶 含量", "低脂高钙奶 NRV%"], ["蛋白质 (克)", "3.2", "5%"], ["钙 (毫克)", "160", "20%"]])
    assert extract("低脂高钙奶的钙占营养素参考值的百分之多少？", [table]).answer == "20%"


def test_last_year_on_a_dated_record_is_the_year_before_its_latest_date():
    from paddlecamp.docqa.answer import analyze

    assert analyze("去年12月驱虫时狗有多重？").terms[-2:] == ["狗", "多重"]  # 驱虫时 is "when", not 时狗
    table = _table([["日期", "药品", "体重", "下次"],
                    ["2026-01-20", "犬心保", "11.6 kg", "2026-02-20"],
                    ["2025-12-18", "犬心保", "11.9 kg", "2026-01-18"],
                    ["2024-12-10", "犬心保", "9.4 kg", "2025-01-10"]])
    table = dataclasses.replace(table, section="体内外驱虫")
    assert extract("2025年12月狗有多重？", [table]).answer == "11.9 kg"  # a month matches a day in it
    assert extract("去年12月驱虫时狗有多重？", [table]).answer == "11.9 kg"


def test_a_count_of_one_names_its_measure_and_new_only_qualifies():
    from paddlecamp.docqa.answer import analyze, focus_term

    # 一年 asks for the row of year cards: the page never writes 一年
    fees = _table([["类型", "地面车位", "地下车位"], ["月卡", "150.00", "280.00"], ["年卡", "1,560.00", "2,880.00"]])
    assert extract("地面车位一年多少钱？", [fees]).answer == "1,560.00"
    assert focus_term(analyze("How much did the new cassette cost?")) == "cassette"


def test_an_ordinal_word_names_the_row_of_that_number():
    table = _table([["No.", "Due date", "Payment (£)", "Interest (£)", "Capital (£)"],
                    ["4", "15 May 2026", "805.09", "91.33", "713.76"],
                    ["5", "15 Jun 2026", "805.09", "87.22", "717.87"],
                    ["6", "15 Jul 2026", "805.09", "83.10", "721.99"]])
    assert extract("How much of the fifth payment is interest?", [table]).answer == "87.22"
    assert extract("On what date is the sixth instalment due?", [table]).answer == "15 Jul 2026"


def test_a_position_in_a_list_counts_the_rows_within_the_group_the_question_names():
    from paddlecamp.docqa.answer import question_position

    assert question_position("What is the fourth variety in the list?") == (4, "fourth")
    assert question_position("商贸学院的第二个专业是什么？") == (2, "第二个")
    assert question_position("100米第五名是哪个班的？") is None  # a rank, not a position
    assert question_position("When is her first day at work?") is None
    assert question_position("贝嘉树第二次试跳跳了多远？") is None  # a turn, a column of its own
    seeds = _table([["Code", "Variety", "Seeds", "Price"], ["LK-01", "Autumn Giant", "250", "1.95"],
                    ["LK-02", "Bleu de Solaise", "250", "2.10"], ["LK-03", "Lyon", "300", "2.25"],
                    ["LK-04", "Musselburgh", "300", "1.95"]])
    assert extract("What is the fourth variety in the list?", [seeds]).answer == "Musselburgh"
    # a brand printed once, in its group's first row
    printers = _table([["Brand", "Printer model", "Black"], ["Canova", "TS3150", "CN-545"], ["", "MG2550", "CN-540"],
                       ["Epsilar", "XP-2150", "EP-603"], ["", "XP-4150", "EP-604"], ["Hewton", "DJ 2720", "HW-305"]])
    assert extract("Which printer model is listed second under Epsilar?", [printers]).answer == "XP-4150"
    # a kind printed once, in the middle of its rows (a merged cell's centred text)
    produce = _table([["类别", "品种", "产地"], ["", "大白菜", "山东"], ["蔬菜", "黄瓜", "本地"], ["", "青椒", "海南"],
                      ["", "苹果", "陕西"], ["水果", "香蕉", "广西"], ["", "西瓜", "宁夏"]])
    assert extract("表里第二种水果的产地是哪里？", [produce]).answer == "广西"
    # a row the page calls by the position's words is that row, not a count
    tiers = _table([["档次", "年用电量", "电价"], ["第一档", "0—2760", "0.5380"], ["第二档", "2761—4800", "0.5880"]])
    assert extract("第二档的电价是多少？", [tiers]).answer == "0.5880"
    # "the third world zone" is the column "Zone 3"
    zones = _table([["Weight", "Zone 1", "Zone 2", "Zone 3"], ["250 g", "9.10", "12.40", "14.60"],
                    ["500 g", "11.20", "15.30", "18.10"], ["1 kg", "16.00", "21.80", "26.90"]])
    assert extract("How much for a 500 g packet to the third zone?", [zones]).answer == "18.10"


def test_possessives_hyphened_places_and_the_last_item_of_a_list():
    from paddlecamp.docqa.answer import analyze, question_position

    assert analyze("What was the Deadline Dodgers' pitch score?").terms[:2] == ["deadline", "dodgers"]
    assert "fourth" in analyze("How many points did the fourth-placed team get?").terms
    assert question_position("How much is the very last repayment?") == (-1, "last")
    assert question_position("How long does the battery last without the case?") is None  # a verb
    assert question_position("What was the turnout last year?") is None
    loans = _table([["No.", "Due date", "Payment (£)"], ["23", "15 Dec 2027", "805.09"], ["24", "15 Jan 2028", "805.11"],
                    ["", "Total", "19,322.18"]])
    assert extract("How much is the very last repayment?", [loans]).answer == "805.11"  # a sum is no item
    scores = _table([["Place", "Team", "Total"], ["3", "Pixel Pushers", "79.0"], ["4", "Team Kelp", "77.3"]])
    assert extract("How many points in total did the fourth-placed team get?", [scores]).answer == "77.3"


def test_everyday_names_of_measured_quantities():
    table = _table([["断面名称", "pH", "溶解氧", "涨跌幅"], ["新塘闸", "7.70", "6.0", "-5.4%"], ["南湾", "7.52", "10.2", "+1.3%"]])
    assert extract("新塘闸的酸碱度是多少？", [table]).answer == "7.70"
    assert extract("南湾那里水里的含氧量是多少？", [table]).answer == "10.2"


def test_a_question_for_the_lowest_value_gets_the_value():
    prices = _table([["Item", "Weight", "Price"], ["Letter", "100 g", "3.45"], ["Large letter", "750 g", "4.95"],
                     ["Parcel", "2 kg", "7.85"]])
    assert extract("What is the cheapest price in the list?", [prices]).answer == "3.45"
    assert extract("Which item is the cheapest?", [prices]).answer == "Letter"  # the row, asked by which
    assert extract("What is the highest price for a parcel?", [prices]).answer == "7.85"  # a named row's cell


def test_a_numbered_item_names_its_row_not_a_column():
    from paddlecamp.docqa.answer import term_match

    assert term_match("22", "| 20 | 15 Sep 2027 | 22.75 | 782.34 |") == 0.0  # not inside 22.75
    assert term_match("22", "| 22 | 15 Nov 2027 | 13.73 | 791.36 |") == 1.0
    assert term_match("20", "due 2026-01-20") == 0.0
    assert term_match("400", "| 400.00 bar |") == 1.0 and term_match("5", "above 5,000,000") == 1.0
    loans = _table([["No.", "Due date", "Payment (£)", "Interest (£)", "Capital (£)"],
                    ["12", "15 Jan 2027", "805.09", "57.83", "747.26"],
                    ["20", "15 Sep 2027", "805.09", "22.75", "782.34"],
                    ["22", "15 Nov 2027", "805.09", "13.73", "791.36"]])
    # "payment 12" names the row: the question asks the capital column
    assert extract("How much capital does payment 12 pay off?", [loans]).answer == "747.26"
    assert extract("What is the capital part of payment 22?", [loans]).answer == "791.36"


def test_a_chinese_rank_names_its_row_and_a_unit_stays_with_its_number():
    from paddlecamp.docqa.answer import analyze, term_match

    assert term_match("第二名", "2 潘浩然 高二(1)班 11.57") == 0.9 and term_match("第二名", "12 王五 11.90") == 0.0
    assert analyze("100米跑第二名是谁？").terms[0] == "100米"  # not 100 and 米跑
    table = _table([["名次", "姓名", "班级", "成绩"], ["1", "欧阳子轩", "高二(3)班", "11.42"],
                    ["2", "潘浩然", "高二(1)班", "11.57"], ["3", "龙啸天", "高三(2)班", "11.63"]])
    table = dataclasses.replace(table, section="男子100米决赛")
    assert extract("100米跑第二名是谁？", [table]).answer == "潘浩然"


def test_a_weight_the_question_names_picks_its_row_and_an_empty_cell_there_declines():
    from paddlecamp.docqa.chunking import table_items
    from paddlecamp.docqa.records import Table

    head = ["Weight up to", "UK Standard", "Europe Zone 1", "World Zone 1"]

    def piece(rows):  # a rate table in two chunks, its weights in a column of their own (no row headers)
        grid = [head] + rows
        t = Table(cells=grid, bbox=[0, 0, 400, 40 * len(grid)], header_rows=1, header_cols=0,
                  row_bboxes=[[0, 40 * r, 400, 40 * r + 30] for r in range(len(grid))])
        return Chunk(source="rates.png", page=1, kind="table", text=t.to_markdown(), bbox=t.bbox,
                     items=table_items(t), line_bboxes=t.row_bboxes)

    rates = [piece([["1 kg", "4.20", "12.30", "19.60"], ["2 kg", "5.35", "15.75", "27.80"]]),
             piece([["10 kg", "11.50", "38.40", "72.85"], ["20 kg", "16.80", "59.60", ""]])]
    assert extract("What does it cost to send a 2 kg parcel to Europe Zone 1?", rates).answer == "15.75"
    gone = extract("How much does it cost to send 20 kg to World Zone 1?", rates)
    assert not gone.answerable and "20 kg" in gone.reason  # 20 kg parcels go no further than Europe
