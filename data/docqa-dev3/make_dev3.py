"""Regenerate the third document-QA development set ("dev3") in this folder (deterministic).

    python data/docqa-dev3/make_dev3.py

Fourteen invented documents (half Chinese, half English) in typography and layouts the first
two dev sets do not have: DejaVu Sans / Condensed / Serif / Mono, WenQuanYi Micro Hei (and its
monospaced face) and Noto Serif CJK; small print, condensed, letter-spaced, grey and coloured
text, several sizes on one line; shaded panels, inverse header bars, coloured zebra rows;
thermal-receipt columns with leader dots and character rules; label/value forms on lines, in
boxes, stacked and in 3 columns; tables with wrapped cells, merged headers, totals rows,
currency amounts and no rules at all; sidebars, cards, logo headers and small-print footers.
Every capture condition of dev2 is used. Rendering lives in ``paddlecamp.docqa.dataset_styles``
(capture conditions from ``dataset_extra``); the content and the questions live here. Writes
pages/, truth.json and qa.jsonl (files are rewritten only when they change).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from paddlecamp.docqa.dataset_extra import SEED, encode_jpeg, find_evidence, image_pdf, page_rng, transform_truth
from paddlecamp.docqa.dataset_styles import (BLUE, GREEN, GREY_444, GREY_666, GREY_888, HEADER_BLUE, NAVY, ORANGE,
                                             PANEL_BLUE, PANEL_GREY, RED, TEAL, THERMAL, WHITE, WHITE_PAPER,
                                             ZEBRA_BLUE, ZEBRA_GREEN, ZEBRA_YELLOW, CharRule, Form, Leaders, Line,
                                             Logo, Panel, Rule, Run, Runs, Space, Split, StylePage, Table, capture,
                                             families_in, font_source, render_page, text_layer_pdf)

#: Bump when the generated files change on purpose.
VERSION = 1
QTYPES = ("table", "kv", "text", "unanswerable")


@dataclass(frozen=True)
class Q:
    """A question; ``answer`` "" marks it unanswerable. ``ev`` picks the evidence line when the
    answer text occurs on several lines (a substring of the wanted line, or of another cell of
    the answer's table row)."""

    question: str
    answer: str
    qtype: str
    kind: str
    aliases: tuple[str, ...] = ()
    page: int = 1
    ev: str = ""


def U(question: str, kind: str = "text", page: int = 1) -> Q:
    """An unanswerable question about the document (its answer is on no page)."""
    return Q(question, "", "unanswerable", kind, page=page)


@dataclass(frozen=True)
class Doc:
    """One source file (its suffix picks the format), its pages and the questions about it."""

    name: str
    lang: str
    pages: tuple[StylePage, ...]
    questions: tuple[Q, ...]


L, S = Line, Space


def small(text: str, size: int = 13, color=GREY_888, align: str = "left", family: str = "sans") -> Line:
    """A line of small print."""
    return Line(text, size, color=color, align=align, family=family, lead=1.5)


def footer(left: str, right: str, family: str = "sans", size: int = 13) -> tuple:
    """A footer: a thin grey rule, small print on the left and the page number on the right."""
    return (Rule(1, GREY_888, space=10),
            Split(((small(left, size, family=family),), (small(right, size, align="right", family=family),)),
                  widths=(0.78, 0.22), gap=16, space_after=0))


# --------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------
PARKING_ZH = Doc("parking_ticket_zh.jpg", "zh", (StylePage((
    L("鑫源广场地下停车场", 26, family="wqy", align="center"),
    L("停车缴费凭条", 22, family="wqy-mono", align="center", tracking=6),
    CharRule("=", 18, "wqy-mono"),
    Leaders((("车牌号码", "沪A·7K3P9"), ("车辆类型", "小型车"), ("入场时间", "2025-08-16 09:42:15"),
             ("出场时间", "2025-08-16 13:07:48"), ("停车时长", "3小时25分"), ("出口", "B2层东出口")),
            size=18, family="wqy-mono"),
    CharRule("-", 18, "wqy-mono"),
    Leaders((("首小时", "8.00"), ("续时 3小时×5.00", "15.00"), ("小计", "23.00"),
             ("商场消费抵扣2小时", "-10.00")), size=18, family="wqy-mono"),
    CharRule("-", 18, "wqy-mono"),
    Leaders((("应付金额", "13.00"), ("支付方式", "微信支付"), ("实付", "13.00")),
            size=18, family="wqy-mono", big=(0,), big_size=24, bold_big=False),
    CharRule("=", 18, "wqy-mono"),
    L("交易流水号 P08161307482271", 16, family="wqy-mono"),
    L("收费员 工号0738  岗亭 E2", 16, family="wqy-mono"),
    S(6),
    L("收费标准：首小时8元，之后每小时5元，", 16, family="wqy-mono"),
    L("不足1小时按1小时计；单日封顶50元。", 16, family="wqy-mono"),
    L("夜间20:00至次日8:00每小时2元。", 16, family="wqy-mono"),
    L("缴费后请于15分钟内离场，超时重新计费。", 16, family="wqy-mono"),
    S(6),
    L("客服电话：021-65538820", 16, family="wqy-mono"),
    L("打印时间 2025-08-16 13:08:02", 15, family="wqy-mono", color=GREY_444),
    S(8),
    L("谢谢惠顾  欢迎再次光临", 18, family="wqy", align="center"),
), slice="photo", size=(560, 880), margin=40, paper=THERMAL),), (
    Q("这辆车的车牌号是多少？", "沪A·7K3P9", "kv", "code", ("沪A7K3P9",)),
    Q("车是几点开进停车场的？", "2025-08-16 09:42:15", "kv", "time", ("09:42:15", "09:42")),
    Q("这次一共停了多久？", "3小时25分", "kv", "time", ("3小时25分钟",)),
    Q("停车的第一个小时收多少钱？", "8.00", "kv", "money", ("8元", "8"), ev="首小时"),
    Q("在商场消费抵扣了多少停车费？", "-10.00", "kv", "money", ("10.00", "10元")),
    Q("停车场的客服电话是多少？", "021-65538820", "kv", "phone", ("02165538820",)),
    Q("停一整天最多收多少钱？", "50元", "text", "money", ("50",)),
    Q("晚上停车每小时多少钱？", "2元", "text", "money", ("2",)),
    Q("交完钱以后多长时间内要开走？", "15分钟", "text", "number", ("15",)),
    U("这辆车停在几号车位？", "code"),
    U("办一张停车月卡要多少钱？", "money"),
))

OUTPATIENT_ZH = Doc("outpatient_slip_zh.jpg", "zh", (StylePage((
    Logo("仁", "江州市第二人民医院", "JIANGZHOU SECOND PEOPLE'S HOSPITAL", shape="circle", fill=TEAL,
         name_color=TEAL, name_size=26, tagline_size=13, mark_size=30,
         right=("门诊服务热线：0571-88216600", "www.jzey-hospital.cn")),
    L("门诊挂号单", 26, True, color=WHITE, align="center", tracking=14, bar=TEAL),
    S(6),
    Form((("患者姓名", "慕容嘉怡"), ("性别/年龄", "女  34岁"), ("就诊卡号", "JZ2025031887"),
          ("费别", "城镇职工医保"), ("就诊科室", "消化内科"), ("接诊医生", "司徒文博（副主任医师）"),
          ("诊室位置", "门诊楼3层 312诊室"), ("就诊日期", "2025年9月23日（周二）"),
          ("候诊序号", "第17号"), ("预计就诊时段", "10:30—11:00")),
         cols=2, style="underline", label_size=16, value_size=20, label_w=0.34),
    S(10),
    Table((("收费项目", "金额（元）", "医保统筹支付", "个人支付"),
           ("挂号费", "1.00", "0.00", "1.00"),
           ("诊查费", "25.00", "15.00", "10.00"),
           ("病历本工本费", "1.50", "0.00", "1.50"),
           ("合计", "27.50", "15.00", "12.50")),
          (0.31, 0.23, 0.23, 0.23), style="lines", size=17, align="lrrr", header_fill=PANEL_GREY,
          total_rows=1, rule_color=GREY_666, pad=7),
    L("温馨提示", 17, True, color=TEAL),
    small("1. 请提前15分钟到诊室外候诊，叫号未到视为过号，过号需到分诊台重新排队。", 15, GREY_666),
    small("2. 本挂号单当日有效；如需退号，请在预计就诊时段开始前到收费窗口办理。", 15, GREY_666),
    small("3. 医保统筹支付比例：诊查费60%，挂号费与工本费由个人支付。", 15, GREY_666),
), slice="clean", size=(1000, 1000), margin=56,
    footer=footer("打印时间 2025-09-23 08:14   操作员 0562   收费窗口 5号", "第1页 共1页")),), (
    Q("她挂的是哪个科室？", "消化内科", "kv", "name"),
    Q("这次是哪位医生接诊？", "司徒文博", "kv", "name", ("司徒文博（副主任医师）",)),
    Q("要去哪个诊室看病？", "312诊室", "kv", "place", ("门诊楼3层 312诊室", "312")),
    Q("她排在第几号？", "第17号", "kv", "number", ("17", "17号")),
    Q("诊查费一共多少钱？", "25.00", "table", "money", ("25", "25元")),
    Q("诊查费里医保给报销了多少？", "15.00", "table", "money", ("15", "15元"), ev="诊查费"),
    Q("病历本要交多少钱？", "1.50", "table", "money", ("1.5", "1.5元"), ev="病历本"),
    Q("这次挂号自己一共要付多少钱？", "12.50", "table", "money", ("12.5", "12.5元")),
    Q("过号了怎么办？", "到分诊台重新排队", "text", "text", ("重新排队",)),
    Q("诊查费医保按多少比例支付？", "60%", "text", "percent"),
    U("患者的身份证号码是多少？", "code"),
    U("医生给她开了什么药？", "text"),
))

BUS_ZH = Doc("bus_route_notice_zh.jpg", "zh", (StylePage((
    L("江州市公共交通集团有限公司", 24, True, "noto-serif", RED, "center", tracking=8),
    Rule(3, RED, space=12),
    L("关于K128路公交线路临时调整的通知", 30, True, "noto-serif", align="center"),
    L("江公交〔2025〕47号", 17, family="noto-serif", color=GREY_666, align="center"),
    S(4),
    L("各位乘客：", 20, family="noto-serif"),
    L("因滨江大道（丰收路至望潮路段）实施地下综合管廊施工，经市交通运输局", 20, family="noto-serif", indent=40),
    L("批准，自2025年10月8日起，K128路公交线路临时调整如下：", 20, family="noto-serif"),
    L("一、停靠站点调整", 22, True, "noto-serif"),
    Split(((L("取消停靠站点", 19, True, "noto-serif", RED),
            L("滨江大道丰收路口", 19, family="noto-serif"), L("滨江公园", 19, family="noto-serif"),
            L("望潮路北", 19, family="noto-serif"), L("市民中心东", 19, family="noto-serif")),
           (L("新增停靠站点", 19, True, "noto-serif", GREEN),
            L("丰收路南环路口", 19, family="noto-serif"), L("南环路中医院", 19, family="noto-serif"),
            L("望潮路南环路口", 19, family="noto-serif"), L("市民中心南", 19, family="noto-serif"))),
          gap=40, fills=(PANEL_GREY, PANEL_GREY), pad=14, space_after=16),
    L("二、运营时间及发车间隔", 22, True, "noto-serif"),
    Table((("项目", "调整前", "调整后"),
           ("首班车", "6:00", "5:40"),
           ("末班车", "22:30", "22:00"),
           ("高峰发车间隔", "8分钟", "10分钟\n（7:00—9:00，17:00—19:00）"),
           ("平峰发车间隔", "12分钟", "15分钟"),
           ("线路全长", "18.6公里", "20.3公里"),
           ("全程票价", "2元", "2元（刷卡9折）")),
          (0.30, 0.28, 0.42), style="ruled", size=19, family="noto-serif", align="lcc", pad=8),
    L("三、其他事项", 22, True, "noto-serif"),
    L("1. 调整期间，K128路与K35路在南环路中医院站可免费换乘一次（60分钟内）。", 19, family="noto-serif"),
    L("2. 施工预计持续至2026年3月31日，恢复原线路时另行通知。", 19, family="noto-serif", color=RED),
    L("3. 咨询电话：0571-96520（每日6:00—22:00）", 19, family="noto-serif"),
    S(4),
    L("江州市公共交通集团有限公司", 19, family="noto-serif", align="right"),
    L("2025年9月26日", 19, family="noto-serif", align="right"),
), slice="skew", size=(1000, 1200),
    footer=(small("本通知同时在“江州公交”微信公众号及沿线各站台发布，解释权归江州市公共交通集团有限公司。", 13,
                  align="center"),)),), (
    Q("K128路从哪天开始改线？", "2025年10月8日", "text", "date", ("2025-10-08", "10月8日")),
    Q("这次线路为什么要调整？", "地下综合管廊施工", "text", "text", ("管廊施工", "实施地下综合管廊施工")),
    Q("改线以后头班车几点发？", "5:40", "table", "time", ("05:40",)),
    Q("原来最后一班车是几点？", "22:30", "table", "time"),
    Q("调整后线路有多长？", "20.3公里", "table", "number", ("20.3",)),
    Q("现在早晚高峰多久来一班车？", "10分钟", "table", "number", ("10",)),
    Q("平峰时段原来几分钟一班？", "12分钟", "table", "number", ("12",)),
    Q("在哪一站能跟K35路免费换乘？", "南环路中医院", "text", "place", ("南环路中医院站",), ev="K35"),
    Q("施工估计要到什么时候结束？", "2026年3月31日", "text", "date", ("2026-03-31",)),
    Q("有问题打哪个电话咨询？", "0571-96520", "kv", "phone", ("057196520", "96520")),
    U("K128路夜班车几点发车？", "time"),
    U("这次调整的线路图上一共有多少个站？", "number"),
))

PROPERTY_ZH = Doc("property_fee_notice_zh.pdf", "zh", (StylePage((
    Logo("锦", "锦绣华庭物业服务中心", "JINXIU HUATING PROPERTY SERVICES", shape="circle", fill=GREEN,
         name_color=GREEN, name_size=24, tagline_size=12, mark_size=28, side=60,
         right=("服务电话：0755-26613388", "地址：深圳市南山区锦绣路66号")),
    L("物业服务费缴费通知单", 30, True, "noto-serif", align="center", tracking=6),
    L("通知编号：JX-WY-202510-0316", 14, color=GREY_666, align="right"),
    Form((("业主姓名", "上官雨桐"), ("房号", "7栋2单元1803"), ("建筑面积", "128.46㎡"),
          ("计费周期", "2025年10月—12月"), ("通知日期", "2025年10月8日"), ("缴费截止日", "2025年10月31日")),
         cols=2, style="box", label_size=15, value_size=18, label_w=0.30, row_gap=10),
    S(8),
    Table((("收费项目", "计费标准", "计费数量", "金额（元）", ""),
           ("", "", "", "本期", "往期欠费"),
           ("物业服务费", "¥3.80/㎡·月", "128.46㎡×3月", "1,464.44", "0.00"),
           ("公共能耗分摊", "¥0.35/㎡·月", "128.46㎡×3月", "134.88", "0.00"),
           ("地下车位管理费", "¥150.00/位·月", "1位×3月", "450.00", "300.00"),
           ("生活垃圾处理费", "¥12.00/户·月", "3月", "36.00", "0.00"),
           ("二次供水加压费", "¥0.30/吨", "42吨", "12.60", "0.00"),
           ("滞纳金", "欠费×0.3‰/日", "55日", "0.00", "4.95"),
           ("合计", "", "", "2,097.92", "304.95")),
          (0.22, 0.22, 0.20, 0.18, 0.18), spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 2)),
          header_rows=2, style="ruled", size=17, align="llrrr", header_fill=HEADER_BLUE, total_rows=1, pad=7),
    Runs((Run("本期应缴总额", 16, color=GREY_666), Run("¥2,402.87", 32, True, color=RED),
          Run("（大写：贰仟肆佰零贰元捌角柒分）", 15, color=GREY_666))),
    S(6),
    Panel((L("缴费方式", 17, True),
           L("1. 线上：“锦绣华庭”微信小程序 → 生活缴费 → 物业费（支持微信、支付宝）", 16),
           L("2. 银行转账：户名 深圳锦绣华庭物业管理有限公司", 16),
           L("开户行 招商银行深圳科技园支行    账号 7559 0321 8810 602", 16, indent=24),
           L("3. 现场：物业服务中心前台（每日 8:30—20:00）", 16)), fill=PANEL_GREY, pad=14),
    small("逾期未缴的，自逾期之日起按日加收欠费金额万分之三的滞纳金。", 14, GREY_666),
    small("如对本通知单有疑问，请在收到后7日内联系物业服务中心核对。", 14, GREY_666),
), slice="pdf-text", size=(1000, 1180), margin=56,
    footer=footer("锦绣华庭物业服务中心（盖章）   本通知单由系统生成", "第 1 页 / 共 1 页")),), (
    Q("这套房子的建筑面积是多少？", "128.46㎡", "kv", "number", ("128.46", "128.46平方米")),
    Q("业主叫什么名字？", "上官雨桐", "kv", "name"),
    Q("物业费最晚哪天要交？", "2025年10月31日", "kv", "date", ("2025-10-31", "10月31日")),
    Q("物业服务费每平米每月收多少钱？", "¥3.80/㎡·月", "table", "money", ("3.80", "3.8元")),
    Q("这一季度的物业服务费是多少？", "1,464.44", "table", "money", ("1464.44",)),
    Q("车位管理费以前欠了多少？", "300.00", "table", "money", ("300", "300元")),
    Q("公摊的能耗费这期要交多少？", "134.88", "table", "money", ("134.88元",)),
    Q("二次供水按多少吨水计费？", "42吨", "table", "number", ("42",)),
    Q("不算往期欠费，本期费用合计多少？", "2,097.92", "table", "money", ("2097.92",)),
    Q("滞纳金要交多少？", "4.95", "table", "money", ("4.95元",)),
    Q("这次总共要交多少钱？", "¥2,402.87", "kv", "money", ("2402.87", "2,402.87")),
    Q("银行转账的账号是多少？", "7559 0321 8810 602", "text", "code", ("755903218810602",)),
    Q("账单有疑问要在几天内联系物业？", "7日", "text", "number", ("7天", "7")),
    U("电梯维修基金这期要交多少？", "money"),
    U("物业服务中心的经理是谁？", "name"),
))

LIBRARY_ZH = Doc("library_record_zh.jpg", "zh", (StylePage((
    L("江州大学图书馆", 30, family="wqy", color=BLUE, align="center", tracking=4),
    L("读者借阅记录查询单", 23, family="wqy", align="center"),
    S(4),
    Form((("读者姓名", "司空晓雯"), ("读者证号", "20221587"), ("读者类型", "本科生"),
          ("所在院系", "外国语学院"), ("最多可借", "15册"), ("当前在借", "4册")),
         cols=3, style="stacked", label_size=16, value_size=21, family="wqy", row_gap=12),
    L("当前借阅", 22, family="wqy", color=BLUE),
    Table((("序号", "题名 / 责任者", "索书号", "借出日期", "应还日期", "续借"),
           ("1", "百年孤独\n[哥伦比亚]马尔克斯 著", "I775.45/M234", "2025-09-02", "2025-10-02", "已续借1次"),
           ("2", "英语语音学与音系学入门\n[英]罗奇 著", "H311/R628", "2025-09-10", "2025-10-10", "可续借"),
           ("3", "翻译研究入门：理论与应用\n[英]芒迪 著", "H059/M965", "2025-09-15", "2025-10-15", "可续借"),
           ("4", "西班牙语语法精讲\n王雅琳 编著", "H344/W451", "2025-09-18", "2025-10-18", "可续借")),
          (0.07, 0.32, 0.16, 0.15, 0.15, 0.15), style="none", size=19, family="wqy",
          header_fill=(200, 228, 204), zebra=ZEBRA_GREEN, pad=8),
    L("历史借阅（最近5条）", 22, family="wqy", color=BLUE),
    Table((("题名", "借出日期", "归还日期", "状态"),
           ("小王子", "2025-06-03", "2025-06-20", "按期归还"),
           ("挪威的森林", "2025-05-12", "2025-06-18", "逾期7天"),
           ("人类简史", "2025-04-21", "2025-05-19", "按期归还"),
           ("追风筝的人", "2025-03-30", "2025-04-26", "按期归还"),
           ("平凡的世界（第一部）", "2025-03-02", "2025-04-05", "逾期4天")),
          (0.40, 0.20, 0.20, 0.20), style="lines", size=19, family="wqy", rule_color=GREY_888,
          zebra=ZEBRA_GREEN, pad=7),
    L("逾期罚款：每册每天0.10元；您目前累计欠款1.10元，请到总服务台缴纳。", 19, family="wqy"),
    L("续借规则：每册可续借1次，续借期30天；有欠款未缴的读者暂停续借。", 19, family="wqy"),
    L("开馆时间：周一至周日 7:30—22:30    咨询电话：0571-86915230", 19, family="wqy"),
), slice="lowres", size=(1000, 1100),
    footer=(small("查询时间：2025-09-28 16:42    本单仅供参考，以图书馆管理系统记录为准。", 14, family="wqy"),)),), (
    Q("百年孤独哪天到期要还？", "2025-10-02", "table", "date", ("2025年10月2日", "10月2日")),
    Q("西班牙语语法那本书的索书号是多少？", "H344/W451", "table", "code"),
    Q("罗奇写的那本书是哪天借的？", "2025-09-10", "table", "date", ("2025年9月10日",)),
    Q("翻译研究入门还能不能续借？", "可续借", "table", "text", ev="翻译研究入门"),
    Q("挪威的森林超期了几天？", "逾期7天", "table", "number", ("7天", "7")),
    Q("小王子是哪天还回去的？", "2025-06-20", "table", "date", ("2025年6月20日",)),
    Q("这位读者的借书证号是多少？", "20221587", "kv", "code"),
    Q("她一共最多能借几本书？", "15册", "kv", "number", ("15", "15本")),
    Q("超期一天罚多少钱？", "0.10元", "text", "money", ("0.1元", "0.10")),
    Q("图书馆晚上几点关门？", "22:30", "text", "time"),
    U("这位读者预约了哪本书？", "name"),
    U("她的借书证什么时候到期？", "date"),
))

SCHOLARSHIP_ZH = Doc("scholarship_notice_zh.pdf", "zh", (
    StylePage((
        L("江州理工大学", 24, True, "noto-serif", RED, "center", tracking=16),
        Rule(2, RED, space=10),
        L("2024—2025学年奖学金评定结果公示", 28, True, "noto-serif", align="center"),
        L("江理工学〔2025〕112号", 16, family="noto-serif", color=GREY_666, align="center"),
        S(4),
        L("根据《江州理工大学本科生奖学金评定办法》，经学生本人申请、学院评审、学校", 19, family="noto-serif",
          indent=38),
        L("奖助学金评审委员会审核，现将2024—2025学年奖学金评定结果公示如下：", 19, family="noto-serif"),
        L("一、国家奖学金（每人8,000元）", 21, True, "noto-serif"),
        Table((("序号", "姓名", "学号", "学院", "专业", "综合测评排名"),
               ("1", "欧阳思远", "2022010317", "机械工程学院", "机械设计制造\n及其自动化", "1/186"),
               ("2", "夏侯静怡", "2022030524", "计算机学院", "软件工程", "2/214"),
               ("3", "闻人子轩", "2023050108", "材料学院", "高分子材料\n与工程", "1/97"),
               ("4", "令狐雅琴", "2022070233", "经济管理学院", "会计学", "1/152")),
              (0.08, 0.14, 0.18, 0.20, 0.22, 0.18), style="ruled", size=17, family="noto-serif",
              align="ccclcc", header_fill=PANEL_GREY, pad=7),
        L("二、校级奖学金汇总", 21, True, "noto-serif"),
        Table((("等级", "奖励标准（元/人）", "获奖人数", "", "金额小计（元）"),
               ("", "", "本科生", "研究生", ""),
               ("一等奖学金", "5,000", "48", "12", "300,000"),
               ("二等奖学金", "3,000", "126", "35", "483,000"),
               ("三等奖学金", "1,500", "260", "64", "486,000"),
               ("合计", "—", "434", "111", "1,269,000")),
              (0.22, 0.22, 0.16, 0.16, 0.24), spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2), (0, 4, 2, 1)),
              header_rows=2, style="ruled", size=17, family="noto-serif", align="lrrrr", header_fill=PANEL_GREY,
              total_rows=1, pad=7),
        L("各学院名单详见学校学生工作部网站“资助育人”栏目。", 17, family="noto-serif", color=GREY_666),
    ), slice="pdf-image", size=(1000, 1100),
        footer=(small("第 1 页  共 2 页", 14, align="center", family="noto-serif"),)),
    StylePage((
        Split((
            (L("三、单项奖学金", 21, True, "noto-serif"),
             Table((("奖项", "获奖人", "奖金"),
                    ("科技创新奖", "端木浩宇", "¥2,000"),
                    ("社会实践奖", "皇甫晓彤", "¥1,500"),
                    ("文体活动奖", "公孙博文", "¥1,000"),
                    ("自强之星", "东方乐然", "¥2,500")),
                   (0.40, 0.32, 0.28), style="hrules", size=17, family="noto-serif", align="llr", pad=8),
             L("四、发放说明", 21, True, "noto-serif"),
             L("奖学金将于2025年11月20日前发放", 18, family="noto-serif"),
             L("至学生本人的中国银行借记卡。", 18, family="noto-serif"),
             L("获奖学生须在11月10日前登录学生", 18, family="noto-serif"),
             L("事务系统确认银行卡信息。", 18, family="noto-serif"),
             L("同一学年内，国家奖学金与校级一等", 18, family="noto-serif"),
             L("奖学金不可兼得。", 18, family="noto-serif"),
             S(20),
             L("江州理工大学学生工作部", 18, family="noto-serif", align="right"),
             L("2025年10月27日", 18, family="noto-serif", align="right")),
            (L("公示信息", 18, True, "noto-serif", NAVY),
             S(4),
             small("公示期", 14, GREY_666, family="noto-serif"),
             L("2025年10月27日至", 16, family="noto-serif"),
             L("2025年11月2日", 16, family="noto-serif"),
             S(6),
             small("异议受理", 14, GREY_666, family="noto-serif"),
             L("学生工作部资助中心", 16, family="noto-serif"),
             L("行政楼A座215室", 16, family="noto-serif"),
             L("电话：0571-86878012", 16, family="noto-serif"),
             L("邮箱：zizhu@jzlg.edu.cn", 16, family="noto-serif"),
             S(6),
             small("以实名书面形式提出，", 14, GREY_666, family="noto-serif"),
             small("匿名意见不予受理。", 14, GREY_666, family="noto-serif"))),
            widths=(0.66, 0.34), gap=30, fills=(None, PANEL_BLUE), pad=14),
    ), slice="pdf-image", size=(1000, 1100),
        footer=(small("第 2 页  共 2 页", 14, align="center", family="noto-serif"),)),
), (
    Q("国家奖学金每人发多少钱？", "8,000元", "text", "money", ("8000元", "8000"), 1),
    Q("夏侯静怡的学号是多少？", "2022030524", "table", "code", (), 1),
    Q("欧阳思远在哪个学院？", "机械工程学院", "table", "name", (), 1),
    Q("令狐雅琴读的是什么专业？", "会计学", "table", "text", (), 1),
    Q("闻人子轩的综合测评排第几？", "1/97", "table", "number", (), 1),
    Q("二等奖学金每人能拿多少？", "3,000", "table", "money", ("3000", "3000元"), 1),
    Q("三等奖学金有多少名研究生获得？", "64", "table", "number", ("64人",), 1),
    Q("一等奖学金有几个本科生拿到？", "48", "table", "number", ("48人",), 1),
    Q("校级奖学金总共发多少钱？", "1,269,000", "table", "money", ("1269000", "1,269,000元"), 1),
    Q("科技创新奖颁给了谁？", "端木浩宇", "table", "name", (), 2),
    Q("自强之星的奖金有多少？", "¥2,500", "table", "money", ("2500", "2,500元"), 2),
    Q("奖学金最晚什么时候发到卡上？", "2025年11月20日", "text", "date", ("2025-11-20", "11月20日"), 2),
    Q("公示期到哪天结束？", "2025年11月2日", "text", "date", ("2025-11-02", "11月2日"), 2),
    Q("对评选结果有异议可以打什么电话？", "0571-86878012", "kv", "phone", ("057186878012",), 2),
    U("国家励志奖学金有多少人获得？", "number", 1),
    U("欧阳思远的平均学分绩点是多少？", "number", 1),
    U("单项奖学金的评审专家都有谁？", "name", 2),
))

GYM_ZH = Doc("gym_membership_zh.jpg", "zh", (StylePage((
    Logo("动", "力动健身 POWERFIT", "江州万象城店", fill=ORANGE, name_color=ORANGE, name_size=26, mark_size=32,
         right=("会籍热线：0571-85502211", "营业时间 6:00—23:00")),
    L("会员入会登记表", 30, family="wqy", align="center", tracking=12),
    L("一、会员信息", 19, True, color=WHITE, bar=ORANGE, bar_pad=6),
    Form((("姓名", "宇文婧"), ("性别", "女"), ("出生日期", "1993-04-17"), ("手机号码", "139 5718 2264"),
          ("证件号码", "3301**********2248"), ("紧急联系人", "宇文涛 138 0571 9936")),
         cols=2, style="box", label_size=16, value_size=18, family="wqy", label_w=0.28, row_gap=8),
    L("二、会籍方案", 19, True, color=WHITE, bar=ORANGE, bar_pad=6),
    Table((("卡种", "有效期", "原价（元）", "活动价（元）", "赠送权益"),
           ("月卡", "30天", "699", "599", "私教体验课1节"),
           ("季卡", "90天", "1,899", "1,499", "私教课2节"),
           ("年卡", "365天", "5,280", "3,980", "私教课8节\n+ 毛巾柜12个月"),
           ("两年卡", "730天", "8,800", "6,680", "私教课16节\n+ 体测4次")),
          (0.16, 0.14, 0.18, 0.20, 0.32), style="ruled", size=18, family="wqy", align="lcrrl",
          header_fill=NAVY, header_color=WHITE, zebra=ZEBRA_YELLOW, rule_color=GREY_666, pad=7),
    L("三、办理明细", 19, True, color=WHITE, bar=ORANGE, bar_pad=6),
    Form((("所选卡种", "年卡"), ("开卡日期", "2025-11-01"), ("到期日期", "2026-10-31"),
          ("会籍顾问", "慕容斌"), ("付款方式", "支付宝"), ("会员卡号", "PF-2025-08816")),
         cols=3, style="stacked-line", label_size=15, value_size=20, family="wqy", row_gap=10),
    Runs((Run("实付金额", 16, family="wqy", color=GREY_666), Run("¥3,980.00", 32, True, color=RED),
          Run("（含赠送私教课8节）", 15, family="wqy", color=GREY_666))),
    L("四、会员须知", 19, True, color=WHITE, bar=ORANGE, bar_pad=6),
    small("1. 会员卡仅限本人使用，入场需刷脸核验；转卡须本人到店办理，手续费200元。", 15, GREY_444, family="wqy"),
    small("2. 年卡及以上会员每年可申请停卡一次，最长60天。", 15, GREY_444, family="wqy"),
    small("3. 赠送私教课自开卡之日起180天内有效，逾期作废。", 15, GREY_444, family="wqy"),
    small("4. 泳池开放时间为每日9:00—21:00，须佩戴泳帽。", 15, GREY_444, family="wqy"),
    S(4),
    Form((("会员签字", "宇文婧"), ("签署日期", "2025-10-30")), cols=2, style="underline", label_size=16,
         value_size=19, family="wqy", label_w=0.3),
), slice="rot90", size=(1000, 1180)),), (
    Q("宇文婧的手机号是多少？", "139 5718 2264", "kv", "phone", ("13957182264",)),
    Q("季卡现在活动价多少钱？", "1,499", "table", "money", ("1499", "1499元")),
    Q("年卡原价是多少？", "5,280", "table", "money", ("5280", "5280元")),
    Q("办两年卡送几节私教课？", "私教课16节", "table", "number", ("16节", "16")),
    Q("年卡除了私教课还送什么？", "毛巾柜12个月", "table", "text", ("+ 毛巾柜12个月",)),
    Q("月卡能用多少天？", "30天", "table", "number", ("30",)),
    Q("月卡活动价是多少？", "599", "table", "money", ("599元",)),
    Q("她的会员卡哪天到期？", "2026-10-31", "kv", "date", ("2026年10月31日",)),
    Q("是哪位会籍顾问办理的？", "慕容斌", "kv", "name"),
    Q("转卡要交多少手续费？", "200元", "text", "money", ("200",)),
    Q("泳池晚上几点关？", "21:00", "text", "time"),
    U("储物柜押金是多少钱？", "money"),
    U("团操课每节多少钱？", "money"),
))

# --------------------------------------------------------------------------------------------
# English documents
# --------------------------------------------------------------------------------------------
_RUNNERS = (
    ("1", "F104", "Hannah Okonjo", "Lakeside Striders, KEN", "0:34:52", "1:13:40", "1:45:11", "2:28:37", "F30", "1"),
    ("2", "F117", "Marta Lindqvist", "Nordvik AC, SWE", "0:35:10", "1:14:02", "1:45:58", "2:29:54", "F35", "1"),
    ("3", "F109", "Giulia Ferrante", "Atletica Vela, ITA", "0:35:09", "1:14:03", "1:46:40", "2:31:18", "F30", "2"),
    ("4", "F231", "Rebecca Thornbury", "Riverside Harriers, GBR", "0:35:44", "1:15:20", "1:48:05", "2:33:46", "F25",
     "1"),
    ("5", "F122", "Aiko Matsudaira", "Team Kestrel, JPN", "0:36:01", "1:15:58", "1:48:52", "2:34:09", "F30", "3"),
    ("6", "F306", "Sofia Castellanos", "Club Sierra, ESP", "0:36:30", "1:16:47", "1:49:51", "2:35:58", "F40", "1"),
    ("7", "F145", "Claire Dubois-Martin", "RC Lyon, FRA", "0:36:28", "1:16:45", "1:50:30", "2:37:21", "F35", "2"),
    ("8", "F412", "Nadia Petrovska", "Unattached, UKR", "0:37:15", "1:18:11", "1:52:14", "2:39:45", "F25", "2"),
    ("9", "F288", "Emily Vandersloot", "Harbour RR, NED", "0:37:02", "1:18:09", "1:52:40", "2:40:52", "F45", "1"),
    ("10", "F510", "Grace Whitfield", "Riverside Harriers, GBR", "0:37:40", "1:19:02", "1:53:49", "2:42:30", "F35",
     "3"),
    ("11", "F233", "Yuki Andersson", "Unattached, SWE", "0:38:11", "1:19:48", "1:54:56", "2:44:03", "F20", "1"),
    ("12", "F377", "Olivia Marchetti", "Atletica Vela, ITA", "0:38:05", "1:20:15", "1:56:02", "2:46:19", "F40", "2"),
)

MARATHON_EN = Doc("marathon_results_en.jpg", "en", (StylePage((
    L("RIVERSIDE CITY MARATHON 2025", 32, True, "dejavu-condensed", NAVY, "center", tracking=2),
    L("Official results  -  Women's Open  -  Sunday 19 October 2025", 18, family="dejavu-condensed",
      color=GREY_666, align="center"),
    L("Start 07:30   |   11 °C at the start   |   4,812 finishers", 15, family="dejavu-condensed", color=GREY_666,
      align="center"),
    S(6),
    Table((("Place", "Bib", "Name", "Club / country", "Split times", "", "", "Finish", "Age cat.", "Cat. place"),
           ("", "", "", "", "10K", "Half", "30K", "", "", ""),
           *_RUNNERS),
          (0.06, 0.06, 0.19, 0.2, 0.08, 0.08, 0.08, 0.085, 0.075, 0.09),
          spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 2, 1), (0, 4, 1, 3), (0, 7, 2, 1), (0, 8, 2, 1),
                 (0, 9, 2, 1)),
          header_rows=2, style="none", size=15, header_size=14, family="dejavu-condensed", align="rllllrrrcr",
          header_fill=NAVY, header_color=WHITE, zebra=ZEBRA_BLUE, pad=7),
    Split(((L("Prize money (USD)", 18, True, "dejavu-condensed", NAVY),
            Leaders((("1st place", "$15,000"), ("2nd place", "$8,000"), ("3rd place", "$5,000"),
                     ("Course record bonus", "$10,000"), ("Age-category winners", "$500 each")),
                    size=16, family="dejavu-condensed", mode="graphic")),
           (Panel((L("Notes", 16, True, "dejavu-condensed"),
                   L("Chip times. Results are provisional", 14, family="dejavu-condensed", color=GREY_444),
                   L("until 26 October 2025.", 14, family="dejavu-condensed", color=GREY_444),
                   L("Protests in writing to the referee,", 14, family="dejavu-condensed", color=GREY_444),
                   L("Daniel Ashcombe, within 48 hours.", 14, family="dejavu-condensed", color=GREY_444),
                   L("Course record 2:27:15 (Lena Marsh, 2019).", 14, family="dejavu-condensed",
                     color=GREY_444)), fill=PANEL_GREY, pad=12),)),
          widths=(0.52, 0.48), gap=36),
), slice="clean", size=(1000, 900), margin=48,
    footer=footer("Timing by SwiftChip Ltd  -  results@riversidemarathon.org", "Page 1 of 1",
                  family="dejavu-condensed")),), (
    Q("What was Marta Lindqvist's finishing time?", "2:29:54", "table", "time"),
    Q("Who won the women's race?", "Hannah Okonjo", "table", "name"),
    Q("What bib number did Giulia Ferrante wear?", "F109", "table", "code"),
    Q("How fast did Rebecca Thornbury run the first 10 km?", "0:35:44", "table", "time", ("35:44",)),
    Q("What was Aiko Matsudaira's time at halfway?", "1:15:58", "table", "time"),
    Q("Which club does Grace Whitfield run for?", "Riverside Harriers", "table", "name",
      ("Riverside Harriers, GBR",), ev="Grace Whitfield"),
    Q("Which runner won the F45 age group?", "Emily Vandersloot", "table", "name"),
    Q("What was Nadia Petrovska's 30K split?", "1:52:14", "table", "time"),
    Q("What time did Yuki Andersson finish in?", "2:44:03", "table", "time"),
    Q("Where did Claire Dubois-Martin place in her age category?", "2", "table", "number", (),
      ev="Claire Dubois-Martin"),
    Q("How much prize money does the winner receive?", "$15,000", "kv", "money", ("15,000", "15000", "USD 15,000")),
    Q("How many runners finished the race?", "4,812", "kv", "number", ("4812",)),
    Q("Who is the race referee?", "Daniel Ashcombe", "text", "name"),
    Q("Until what date are the results provisional?", "26 October 2025", "text", "date",
      ("2025-10-26", "October 26, 2025")),
    U("What was Hannah Okonjo's split at 40 km?", "time"),
    U("What was the winning time in the men's race?", "time"),
))

LICENCE_EN = Doc("software_licence_invoice_en.pdf", "en", (
    StylePage((
        Logo("NV", "Northvale Software Ltd", "Licensing & Subscriptions", family="dejavu-sans", name_size=24,
             mark_size=26, right=("4 Harbour Quay, Dublin D02 X285", "VAT IE 3318427UH", "billing@northvale.io")),
        L("INVOICE", 32, True, "dejavu-sans", NAVY, tracking=8),
        Form((("Invoice number", "NV-INV-2025-04417"), ("Invoice date", "12 Nov 2025"), ("Due date", "12 Dec 2025"),
              ("Customer ID", "CUST-08812"), ("PO reference", "PO-77120-KL"), ("Payment terms", "Net 30 days")),
             cols=3, style="cells", label_size=13, value_size=17, family="dejavu-sans"),
        Split(((L("BILL TO", 13, True, "dejavu-sans", GREY_666, tracking=2),
                L("Kestrel Logistics GmbH", 17, True, "dejavu-sans"),
                L("Attn: Johanna Brandt, IT Procurement", 15, family="dejavu-sans"),
                L("Speicherstraße 18, 20457 Hamburg, Germany", 15, family="dejavu-sans")),
               (L("DELIVERY", 13, True, "dejavu-sans", GREY_666, tracking=2),
                L("Licence keys sent electronically to", 15, family="dejavu-sans"),
                L("it-licensing@kestrel-logistics.de", 15, family="dejavu-sans"))), gap=30),
        Table((("#", "Description", "Qty", "Unit price", "Amount"),
               ("1", "Northvale Route Planner Pro\nannual subscription, per named user", "45", "€420.00",
                "€18,900.00"),
               ("2", "Fleet Telemetry API\n5 million calls a month, 12 months", "1", "€9,600.00", "€9,600.00"),
               ("3", "Premium Support 24x7\n20% of licence fees", "1", "€5,700.00", "€5,700.00"),
               ("4", "Onboarding workshop\n2 days on site, Hamburg", "2", "€1,450.00", "€2,900.00"),
               ("5", "Volume discount (10% on item 1)", "1", "-€1,890.00", "-€1,890.00")),
              (0.05, 0.47, 0.08, 0.19, 0.21), style="lines", size=16, family="dejavu-sans", align="llrrr",
              header_fill=NAVY, header_color=WHITE, rule_color=GREY_888, pad=8, space_after=4),
        Table((("", "Subtotal", "€35,210.00"),
               ("", "VAT (reverse charge, 0%)", "€0.00"),
               ("", "Total due", "€35,210.00")),
              (0.50, 0.29, 0.21), header_rows=0, style="none", size=16, family="dejavu-sans", align="lrr",
              total_rows=1, pad=5, space_after=8),
        Runs((Run("Amount due", 15, family="dejavu-sans", color=GREY_666),
              Run("€35,210.00", 30, True, "dejavu-sans", NAVY),
              Run("(USD 37,674.70 at 1.07)", 14, family="dejavu-sans", color=GREY_666)), align="right"),
        S(4),
        Panel((L("Payment details", 16, True, "dejavu-sans"),
               L("Bank: Harbour Bank plc, Dublin", 15, family="dejavu-sans"),
               L("IBAN: IE64 HRBR 9911 0234 5678 01    BIC: HRBRIE2D", 15, family="dejavu-sans"),
               L("Please quote NV-INV-2025-04417 with your payment.", 15, family="dejavu-sans")),
              fill=PANEL_BLUE, pad=12),
    ), slice="pdf-text", size=(1000, 1200), margin=56,
        footer=footer("Northvale Software Ltd, registered in Ireland No. 648211. Licences are subject to the "
                      "Northvale EULA v4.2.", "Page 1 of 2", family="dejavu-sans", size=12)),
    StylePage((
        L("Licence schedule", 24, True, "dejavu-sans", NAVY),
        Table((("Product", "Licence key", "Seats", "Valid from", "Valid until"),
               ("Route Planner Pro", "RPP-7Q4K-29XM-LL81", "45", "01 Dec 2025", "30 Nov 2026"),
               ("Fleet Telemetry API", "FTA-K2B9-00PZ-3WDE", "n/a", "01 Dec 2025", "30 Nov 2026"),
               ("Premium Support", "SUP-24X7-4417", "n/a", "01 Dec 2025", "30 Nov 2026")),
              (0.23, 0.29, 0.10, 0.19, 0.19), style="hrules", size=16, family="dejavu-sans", align="llrll",
              pad=8),
        L("API overage rates", 20, True, "dejavu-sans", NAVY),
        Table((("Calls above plan, per month", "Rate per 1,000 calls"),
               ("first 1,000,000", "$0.80"),
               ("next 4,000,000", "$0.55"),
               ("above 5,000,000", "$0.35")),
              (0.45, 0.55), style="none", size=16, family="dejavu-mono", align="ll", header_bold=False, pad=5),
        L("Overage is billed quarterly in US dollars.", 15, family="dejavu-sans", color=GREY_444),
        S(6),
        L("Terms", 20, True, "dejavu-sans", NAVY),
        small("1. Payment is due within 30 days of the invoice date. Late payments accrue interest at 8% a year.",
              14, GREY_444, family="dejavu-sans"),
        small("2. Seats may be added at any time at the pro-rata unit price; they cannot be reduced before renewal.",
              14, GREY_444, family="dejavu-sans"),
        small("3. The subscription renews automatically unless cancelled in writing 60 days before the end date.",
              14, GREY_444, family="dejavu-sans"),
        small("4. Support requests: support.northvale.io or +353 1 555 0142 (24 hours).", 14, GREY_444,
              family="dejavu-sans"),
    ), slice="pdf-text", size=(1000, 1200), margin=56,
        footer=footer("Northvale Software Ltd, registered in Ireland No. 648211. Licences are subject to the "
                      "Northvale EULA v4.2.", "Page 2 of 2", family="dejavu-sans", size=12)),
), (
    Q("What is the invoice number?", "NV-INV-2025-04417", "kv", "code", (), 1),
    Q("By what date does this invoice have to be paid?", "12 Dec 2025", "kv", "date",
      ("2025-12-12", "December 12, 2025"), 1),
    Q("Which purchase order does the invoice refer to?", "PO-77120-KL", "kv", "code", (), 1),
    Q("How many named users of Route Planner Pro are billed?", "45", "table", "number", (), 1),
    Q("What does one Route Planner seat cost per year?", "€420.00", "table", "money", ("420", "EUR 420"), 1),
    Q("How much is charged for the telemetry API?", "€9,600.00", "table", "money", ("9600", "EUR 9,600"), 1),
    Q("How many days does the onboarding workshop last?", "2 days", "table", "number", ("2",), 1),
    Q("How big is the volume discount?", "-€1,890.00", "table", "money", ("€1,890.00", "1890"), 1),
    Q("What is the total amount due?", "€35,210.00", "table", "money", ("35210", "EUR 35,210"), 1),
    Q("What is the total in US dollars?", "USD 37,674.70", "kv", "money", ("37,674.70", "$37,674.70"), 1),
    Q("Who is the contact person at Kestrel Logistics?", "Johanna Brandt", "text", "name", (), 1),
    Q("What licence key was issued for the telemetry API?", "FTA-K2B9-00PZ-3WDE", "table", "code", (), 2),
    Q("From what date are the licences valid?", "01 Dec 2025", "table", "date", ("2025-12-01", "1 December 2025"), 2),
    Q("When does the Route Planner licence expire?", "30 Nov 2026", "table", "date",
      ("2026-11-30", "November 30, 2026"), 2, ev="Route Planner Pro"),
    Q("What is the overage rate once usage passes 5 million calls?", "$0.35", "table", "money", ("0.35",), 2),
    Q("What interest is charged on late payment?", "8% a year", "text", "percent", ("8%",), 2),
    Q("How long before the end date must a cancellation be sent?", "60 days", "text", "number", ("60",), 2),
    U("What is the price of the Driver Mobile App add-on?", "money", 1),
    U("What is the name of Northvale's account manager for this customer?", "name", 1),
    U("What is the overage rate for SMS notifications?", "money", 2),
))

MUSEUM_EN = Doc("museum_ticket_en.jpg", "en", (StylePage((
    Split((
        (L("HALVERSTON MUSEUM OF MARITIME HISTORY", 18, True, "dejavu-serif", NAVY, tracking=1),
         L("ADMIT ONE", 34, True, "dejavu-serif", tracking=10),
         L("Special exhibition: \"Ice and Iron - Polar Ships 1840-1920\"", 15, family="dejavu-serif",
           color=GREY_666),
         S(4),
         Form((("DATE", "Sat 14 Mar 2026"), ("ENTRY SLOT", "10:30-11:00"), ("GALLERY", "West Wing, Level 2"),
               ("TICKET TYPE", "Adult + exhibition"), ("ORDER", "HMM-55120873"), ("PAYMENT", "Visa ...7731")),
              cols=3, style="stacked", label_size=12, value_size=17, family="dejavu-sans", label_color=GREY_888,
              row_gap=10),
         Leaders((("General admission", "£12.00"), ("Exhibition supplement", "£6.50"), ("Booking fee", "£0.00")),
                 size=15, family="dejavu-mono"),
         CharRule("-", 15, "dejavu-mono"),
         Leaders((("TOTAL PAID", "£18.50"),), size=15, family="dejavu-mono", big=(0,), big_size=18),
         small("Valid only for the date and entry slot shown. Last entry 16:15. No re-entry.", 13,
               family="dejavu-sans")),
        (L("STUB", 14, True, "dejavu-sans", GREY_666, tracking=6),
         L("No. 0048213", 18, True, "dejavu-mono"),
         S(10),
         L("Enter at", 13, family="dejavu-sans", color=GREY_666),
         L("Gate B", 30, True, "dejavu-sans"),
         S(6),
         L("Sat 14 Mar 2026", 15, family="dejavu-sans"),
         L("10:30-11:00", 15, family="dejavu-sans"),
         L("Audio guide included", 13, family="dejavu-sans", color=GREY_666))),
        widths=(0.74, 0.26), gap=40, borders=(None, GREY_888), pad=14, rule=True, rule_dash=8),
), slice="rot90", size=(1000, 440), margin=36, paper=WHITE_PAPER),), (
    Q("What date is the ticket valid for?", "Sat 14 Mar 2026", "kv", "date", ("14 Mar 2026", "2026-03-14")),
    Q("When can the visitor go in?", "10:30-11:00", "kv", "time", ("10:30",)),
    Q("Where in the museum is the special exhibition?", "West Wing, Level 2", "kv", "place", ("West Wing",)),
    Q("How much was the exhibition supplement?", "£6.50", "kv", "money", ("6.50", "GBP 6.50")),
    Q("What was the total paid for the ticket?", "£18.50", "kv", "money", ("18.50", "GBP 18.50")),
    Q("What time is the last entry?", "16:15", "text", "time"),
    Q("Which gate should the visitor use?", "Gate B", "text", "place", ("B",)),
    Q("What is the name of the special exhibition?", "Ice and Iron - Polar Ships 1840-1920", "text", "text",
      ("Ice and Iron",)),
    U("What is the visitor's name?", "name"),
    U("How much does a child ticket cost?", "money"),
))

TOUR_EN = Doc("tour_itinerary_en.jpg", "en", (StylePage((
    Logo("A", "Alpenglow Journeys", "Small-group walking holidays", shape="circle", fill=TEAL, name_color=TEAL,
         family="dejavu-serif", name_size=26, mark_size=30, right=("Tour code ALP-DOL-0926", "+44 20 7946 0381")),
    L("Dolomites Hut-to-Hut Trek  -  8 days", 28, True, "dejavu-serif"),
    Split((
        (L("Trip at a glance", 17, True, "dejavu-sans", NAVY),
         S(4),
         Form((("Dates", "6-13 September 2026"), ("Start", "Bolzano railway station"),
               ("Finish", "Cortina d'Ampezzo"), ("Group size", "6-12 walkers"), ("Grade", "Moderate to hard"),
               ("Walking", "5-7 hours a day"), ("Guide", "Matteo Zanardi")),
              cols=1, style="stacked", label_size=13, value_size=16, family="dejavu-sans", row_gap=9)),
        (L("Day by day", 20, True, "dejavu-serif"),
         L("Day 1  Arrive in Bolzano; welcome dinner at 19:30.", 15, family="dejavu-serif"),
         L("Day 2  Cable car to Seiser Alm, then walk to", 15, family="dejavu-serif"),
         L("Rifugio Alpe di Tires (14 km).", 15, family="dejavu-serif", indent=52),
         L("Day 3  Over the Molignon pass to Rifugio Antermoia.", 15, family="dejavu-serif"),
         L("Day 4  Via Passo Principe to Rifugio Vajolet.", 15, family="dejavu-serif"),
         L("Day 5  Rest day; optional via ferrata", 15, family="dejavu-serif"),
         L("(EUR 65 supplement, kit included).", 15, family="dejavu-serif", indent=52),
         L("Day 6  Long stage to Rifugio Fanes (18 km,", 15, family="dejavu-serif"),
         L("1,150 m of ascent).", 15, family="dejavu-serif", indent=52),
         L("Day 7  Descend to Cortina; farewell lunch.", 15, family="dejavu-serif"),
         L("Day 8  Transfer to Venice airport, leaving at 08:00.", 15, family="dejavu-serif"))),
        widths=(0.32, 0.68), gap=26, fills=(PANEL_BLUE, None), pad=14, space_after=16),
    L("Departures and prices per person", 20, True, "dejavu-serif"),
    Table((("Departure", "Twin share (GBP)", "Twin share (EUR)", "Single room extra", "Places left"),
           ("6 Sep 2026", "£1,895", "€2,210", "£345", "4"),
           ("13 Sep 2026", "£1,895", "€2,210", "£345", "Full"),
           ("20 Sep 2026", "£1,795", "€2,095", "£345", "7"),
           ("27 Sep 2026", "£1,695", "€1,980", "£295", "9")),
          (0.18, 0.20, 0.20, 0.24, 0.18), style="hrules", size=16, family="dejavu-serif", align="lrrrr", pad=7),
    Split(((L("Included", 17, True, "dejavu-sans", GREEN),
            L("7 nights in mountain huts", 15, family="dejavu-sans"),
            L("Breakfast and dinner daily", 15, family="dejavu-sans"),
            L("Luggage transfer on days 1 and 7", 15, family="dejavu-sans"),
            L("Qualified mountain guide", 15, family="dejavu-sans")),
           (L("Not included", 17, True, "dejavu-sans", RED),
            L("Flights to Verona or Venice", 15, family="dejavu-sans"),
            L("Lunches and drinks", 15, family="dejavu-sans"),
            L("Travel insurance (required)", 15, family="dejavu-sans"),
            L("Hut showers, about EUR 3 each", 15, family="dejavu-sans"))),
          gap=40, rule=True),
    small("Prices include hut taxes. A deposit of £300 secures a place; the balance is due 56 days before departure.",
          13, GREY_666, family="dejavu-sans"),
), slice="photo", size=(1000, 1040), margin=56),), (
    Q("Who guides the trek?", "Matteo Zanardi", "kv", "name"),
    Q("Where does the tour begin?", "Bolzano railway station", "kv", "place", ("Bolzano",)),
    Q("How many hours a day do the walkers walk?", "5-7 hours a day", "kv", "number", ("5-7 hours",)),
    Q("What does a twin-share place cost on the 20 September departure?", "£1,795", "table", "money",
      ("1,795", "1795", "GBP 1,795")),
    Q("What is the euro price for the 27 September trip?", "€1,980", "table", "money", ("1,980", "EUR 1,980")),
    Q("How much is the 6 September departure in euros?", "€2,210", "table", "money", ("2,210", "EUR 2,210"),
      ev="6 Sep 2026"),
    Q("How much extra is a single room on the 6 September departure?", "£345", "table", "money", ("345",),
      ev="6 Sep 2026"),
    Q("How many places are left on 27 September?", "9", "table", "number", (), ev="27 Sep 2026"),
    Q("Which departure is sold out?", "13 Sep 2026", "table", "date", ("13 September 2026", "2026-09-13")),
    Q("How long is the stage to Rifugio Fanes?", "18 km", "text", "number", ("18",)),
    Q("What does the optional via ferrata cost?", "EUR 65", "text", "money", ("65", "€65")),
    Q("How many days before departure is the balance due?", "56 days", "text", "number", ("56",)),
    U("What is the price of the October departure?", "money"),
    U("Which airline flies the group to Italy?", "name"),
))

CUSTOMS_EN = Doc("customs_declaration_en.pdf", "en", (
    StylePage((
        L("EXPORT CUSTOMS DECLARATION", 26, True, "dejavu-sans", WHITE, bar=NAVY, tracking=2),
        L("Single Administrative Document  -  copy 3, for the exporter", 14, family="dejavu-sans", color=GREY_666),
        Form((("1 Exporter", "Baltic Amber Crafts OÜ"), ("2 Declaration no.", "EE25-EX-0093172"),
              ("3 Date", "03.11.2025"), ("4 Consignee", "Maple Leaf Gift Co., Toronto"),
              ("5 Country of destination", "Canada (CA)"), ("6 Incoterms", "CIP Toronto"),
              ("7 Transport", "Air, flight LX 0421"), ("8 Air waybill", "724-33019485"),
              ("9 Office of exit", "Tallinn Airport EE000210")),
             cols=3, style="cells", label_size=12, value_size=16, family="dejavu-sans"),
        L("Goods", 19, True, "dejavu-sans"),
        Table((("No.", "Description of goods", "HS code", "Origin", "Net kg", "Qty", "Value (USD)"),
               ("1", "Amber pendants,\nsterling silver setting", "7113.11", "EE", "4.2", "600", "21,600.00"),
               ("2", "Amber bead necklaces\n(natural Baltic amber)", "7116.20", "EE", "9.8", "450", "18,225.00"),
               ("3", "Wooden gift boxes,\nhand-painted", "4420.90", "LV", "31.5", "1,050", "4,725.00"),
               ("4", "Linen gift pouches", "6307.90", "LT", "6.0", "1,000", "1,800.00"),
               ("Total", "", "", "", "51.5", "3,100", "46,350.00")),
              (0.07, 0.33, 0.12, 0.09, 0.10, 0.11, 0.18), spans=((5, 0, 1, 4),), style="ruled", size=15,
              family="dejavu-sans", align="llccrrr", header_fill=PANEL_GREY, total_rows=1, pad=7),
        Form((("10 Total gross weight", "68.7 kg"), ("11 Packages", "14 cartons"), ("12 Invoice no.", "BAC-2025-1187"),
              ("13 Insured value", "USD 50,985.00"), ("14 Freight", "USD 2,140.00"),
              ("15 Export licence", "not required")),
             cols=3, style="cells", label_size=12, value_size=16, family="dejavu-sans"),
    ), slice="pdf-image", size=(1000, 1300), margin=56,
        footer=footer("EE25-EX-0093172  -  Baltic Amber Crafts OÜ", "Page 1 of 2", family="dejavu-sans")),
    StylePage((
        L("Packing details", 19, True, "dejavu-sans"),
        Table((("Cartons", "Contents", "Gross kg", "Size (cm)"),
               ("1-4", "item 1, pendants", "6.4", "40 x 30 x 20"),
               ("5-8", "item 2, necklaces", "13.6", "40 x 30 x 20"),
               ("9-12", "item 3, gift boxes", "38.2", "60 x 40 x 40"),
               ("13-14", "item 4, pouches", "10.5", "50 x 40 x 30")),
              (0.14, 0.40, 0.16, 0.30), style="none", size=16, family="dejavu-mono", align="llrl",
              header_bold=True, pad=5),
        L("Declaration", 19, True, "dejavu-sans"),
        L("I declare that the particulars given in this declaration are true and complete,", 16,
          family="dejavu-sans"),
        L("that the goods are of the origin shown, and that no dual-use items are included.", 16,
          family="dejavu-sans"),
        L("The amber items travel with certificate of origin no. EE-COO-558204.", 16, family="dejavu-sans"),
        S(8),
        Form((("Name", "Kadri Saarepuu"), ("Position", "Export manager"), ("Place", "Tallinn"),
              ("Date", "03.11.2025")), cols=2, style="underline", label_size=15, value_size=17,
             family="dejavu-sans", label_w=0.26),
        Form((("Customs broker", "Nordline Customs Services, licence EE-CB-0417"),), cols=1, style="underline",
             label_size=15, value_size=17, family="dejavu-sans", label_w=0.2),
        S(10),
        Panel((L("FOR CUSTOMS USE ONLY", 13, True, "dejavu-sans", GREY_666, tracking=2),
               L("Released 04.11.2025 09:12    Officer 4471    Seal EE 2238815", 16, family="dejavu-mono")),
              fill=None, border=GREY_666, pad=12),
    ), slice="pdf-image", size=(1000, 1300), margin=56,
        footer=footer("EE25-EX-0093172  -  Baltic Amber Crafts OÜ", "Page 2 of 2", family="dejavu-sans")),
), (
    Q("Who is exporting the goods?", "Baltic Amber Crafts OÜ", "kv", "name", ("Baltic Amber Crafts",), 1),
    Q("What is the declaration number?", "EE25-EX-0093172", "kv", "code", (), 1),
    Q("Which country are the goods going to?", "Canada (CA)", "kv", "place", ("Canada",), 1),
    Q("What is the air waybill number?", "724-33019485", "kv", "code", (), 1),
    Q("What HS code are the bead necklaces declared under?", "7116.20", "table", "code", (), 1),
    Q("How many wooden gift boxes are in the shipment?", "1,050", "table", "number", ("1050",), 1),
    Q("What value is declared for the amber pendants?", "21,600.00", "table", "money",
      ("USD 21,600.00", "21600", "$21,600"), 1),
    Q("In which country were the linen pouches made?", "LT", "table", "place", ("Lithuania",), 1),
    Q("Which item is declared under HS code 4420.90?", "Wooden gift boxes", "table", "name",
      ("Wooden gift boxes, hand-painted",), 1),
    Q("What is the total declared value of the goods?", "46,350.00", "table", "money",
      ("USD 46,350.00", "46350", "$46,350"), 1),
    Q("What do the necklaces weigh net?", "9.8", "table", "number", ("9.8 kg",), 1),
    Q("For how much is the shipment insured?", "USD 50,985.00", "kv", "money", ("50,985.00", "50985"), 1),
    Q("How heavy are cartons 9 to 12?", "38.2", "table", "number", ("38.2 kg",), 2),
    Q("What size are the cartons with the pouches?", "50 x 40 x 30", "table", "text", ("50 x 40 x 30 cm",), 2),
    Q("Who signed the declaration?", "Kadri Saarepuu", "kv", "name", (), 2),
    Q("What is the number of the certificate of origin?", "EE-COO-558204", "text", "code", (), 2),
    Q("When did customs release the goods?", "04.11.2025", "text", "date", ("2025-11-04", "4 November 2025"), 2),
    U("What import duty rate applies in Canada to the pendants?", "percent", 1),
    U("What is the consignee's phone number?", "phone", 1),
    U("What is the volumetric weight of cartons 1-4?", "number", 2),
))

REPAIR_EN = Doc("repair_order_en.jpg", "en", (StylePage((
    Logo("FX", "Fixwell Service Centre", "Authorised repairs for Corvex appliances", fill=RED, name_color=RED,
         family="dejavu-sans", name_size=24, mark_size=26,
         right=("Unit 7, Tanner Row, York YO1 6JB", "Tel 01904 557 210")),
    L("WARRANTY REPAIR ORDER", 24, True, "dejavu-sans", WHITE, bar=GREY_444, tracking=3),
    S(4),
    Form((("Order no.", "RO-24-118352"), ("Received", "21/01/2026"), ("Promised by", "30/01/2026"),
          ("Customer", "Priya Raghunathan"), ("Phone", "07700 900 482"), ("Technician", "Callum Brody")),
         cols=3, style="stacked-line", label_size=15, value_size=20, family="dejavu-sans", row_gap=12),
    Form((("Product", "Corvex WM-9400 washer"), ("Serial no.", "WM94-2207-55813"), ("Purchased", "02/08/2024"),
          ("Under warranty", "Yes, 24 months")),
         cols=2, style="underline", label_size=16, value_size=19, family="dejavu-sans", label_w=0.33),
    S(4),
    L("Reported fault", 18, True, "dejavu-sans"),
    L("Drum does not spin; error code E21 shows after the rinse cycle.", 19, family="dejavu-sans"),
    L("Diagnosis", 18, True, "dejavu-sans"),
    L("Motor carbon brushes worn down; door lock module faulty. Both replaced.", 19, family="dejavu-sans"),
    S(6),
    Table((("Part / labour", "Part no.", "Qty", "Unit", "Amount"),
           ("Motor carbon brushes (pair)", "CX-4471-B", "1", "£38.40", "£38.40"),
           ("Door lock module", "CX-2290-D", "1", "£52.75", "£52.75"),
           ("Labour (hours)", "-", "1.5", "£64.00", "£96.00"),
           ("Call-out fee", "-", "1", "£45.00", "£45.00"),
           ("Subtotal", "", "", "", "£232.15"),
           ("Covered by warranty", "", "", "", "-£232.15"),
           ("Customer pays", "", "", "", "£0.00")),
          (0.38, 0.18, 0.10, 0.16, 0.18), spans=((5, 0, 1, 4), (6, 0, 1, 4), (7, 0, 1, 4)), style="ruled",
          size=18, family="dejavu-sans", align="llrrr", zebra=ZEBRA_YELLOW, total_rows=3, pad=8),
    L("Old parts returned to Corvex under warranty claim no. CWC-889104.", 18, family="dejavu-sans"),
    S(10),
    Form((("Customer signature", "P. Raghunathan"), ("Date collected", "31/01/2026")), cols=2, style="underline",
         label_size=15, value_size=19, family="dejavu-sans", label_w=0.42),
), slice="blur", size=(1000, 1120), margin=56,
    footer=footer("Repairs are guaranteed for 90 days. Items not collected within 60 days may be disposed of.",
                  "Page 1 of 1", family="dejavu-sans", size=14)),), (
    Q("What is the repair order number?", "RO-24-118352", "kv", "code"),
    Q("By when was the repair promised?", "30/01/2026", "kv", "date", ("2026-01-30", "30 January 2026")),
    Q("Which technician worked on the machine?", "Callum Brody", "kv", "name"),
    Q("What is the serial number of the washer?", "WM94-2207-55813", "kv", "code"),
    Q("Which error code did the machine show?", "E21", "text", "code"),
    Q("What is the part number of the door lock module?", "CX-2290-D", "table", "code"),
    Q("How much did the motor brushes cost?", "£38.40", "table", "money", ("38.40", "GBP 38.40"), ev="Motor"),
    Q("How many hours of labour were charged?", "1.5", "table", "number", ("1.5 hours",)),
    Q("What is the hourly labour rate?", "£64.00", "table", "money", ("64.00", "£64")),
    Q("How much is the call-out fee?", "£45.00", "table", "money", ("45.00", "£45"), ev="Call-out"),
    Q("What was the repair worth before the warranty?", "£232.15", "table", "money", ("232.15",), ev="Subtotal"),
    Q("How much does the customer have to pay?", "£0.00", "table", "money", ("0.00", "nothing")),
    Q("What is the warranty claim number?", "CWC-889104", "text", "code"),
    Q("How long are repairs guaranteed for?", "90 days", "text", "number", ("90",)),
    U("How much did the drain pump cost?", "money"),
    U("What is the technician's employee number?", "code"),
))


def _tag(name: str, lines: tuple[str, ...], price: str, was: str, sku: str, sale: bool = True) -> tuple:
    """One shelf tag: product name, small spec lines, a big price after a small label, the old
    price or an offer, and the SKU."""
    return (L(name, 19, True, "dejavu-condensed"),
            *(L(s, 14, family="dejavu-condensed", color=GREY_444, lead=1.45) for s in lines),
            S(2),
            Runs((Run("NOW" if sale else "PRICE", 14, True, "dejavu-condensed", GREY_666),
                  Run(price, 38, True, "dejavu-condensed", RED if sale else (20, 20, 24))), gap=8),
            L(was, 14, family="dejavu-condensed", color=GREY_666),
            L(f"SKU {sku}", 13, family="dejavu-mono", color=GREY_666))


PRICE_TAGS_EN = Doc("price_tags_en.jpg", "en", (StylePage((
    L("VOLTMART ELECTRONICS  -  SHELF TAGS", 20, True, "dejavu-condensed", WHITE, bar=NAVY, tracking=2),
    L("Aisle 14  -  Audio & Wearables  |  Prices valid 2-15 March 2026", 15, family="dejavu-condensed",
      color=GREY_666),
    S(6),
    Split((_tag("Sonara Buds X2", ("Wireless earbuds with ANC", "Battery 8 h (32 h with case)"), "$79.99",
                "Was $99.99 - save 20%", "448-2019-07"),
           _tag("Pulse Fit 5", ("Fitness watch, GPS, 1.4\" AMOLED", "Water resistant to 5 ATM"), "$149.00",
                "With extra strap $164.00", "451-3320-11", sale=False),
           _tag("Roamer Mini", ("Bluetooth 5.3 speaker, IP67", "Plays for up to 12 h"), "$39.50",
                "Was $54.00 - save 27%", "462-0187-02")),
          gap=22, borders=(GREY_888, GREY_888, GREY_888), pad=12, space_after=22),
    Split((_tag("Studio HX", ("Over-ear headphones", "40 mm drivers, wired or wireless"), "$189.00",
                "Was $229.00 - save $40", "455-7710-04"),
           _tag("ChargeHub 65W", ("3-port USB-C GaN charger", "Folding plug, 190 g"), "$42.95", "2 for $80",
                "470-5521-30", sale=False),
           _tag("Sonara Buds Lite", ("Wireless earbuds", "Battery 6 h (24 h with case)"), "$34.99",
                "Was $44.99 - save 22%", "448-2020-01")),
          gap=22, borders=(GREY_888, GREY_888, GREY_888), pad=12, space_after=22),
    L("Protection plans", 18, True, "dejavu-condensed", NAVY),
    Leaders((("1-year accidental damage, items under $100", "$9.99"),
             ("2-year accidental damage, items $100-$250", "$24.99"),
             ("3-year extended warranty, any item", "$29.99")), size=16, family="dejavu-condensed",
            mode="graphic"),
    S(6),
    small("Sale prices end 15 March 2026 at close of business. We match a lower local price within 14 days "
          "of purchase.", 13, GREY_666, family="dejavu-condensed"),
), slice="skew", size=(1000, 800), margin=56),), (
    Q("How much are the Sonara Buds X2 on sale for?", "$79.99", "kv", "money", ("79.99",)),
    Q("What did the Studio HX headphones cost before the sale?", "$229.00", "kv", "money", ("229.00", "229")),
    Q("What percentage do you save on the Roamer Mini?", "27%", "kv", "percent"),
    Q("What is the price of the Pulse Fit 5 watch?", "$149.00", "kv", "money", ("149.00", "149")),
    Q("How much do two ChargeHub chargers cost?", "$80", "kv", "money", ("80", "2 for $80")),
    Q("What does the 2-year accidental damage plan cost?", "$24.99", "kv", "money", ("24.99",)),
    Q("How long does the Sonara Buds Lite battery last without the case?", "6 h", "text", "number",
      ("6 hours", "6")),
    Q("How long can the Roamer Mini play?", "12 h", "text", "number", ("12 hours", "12")),
    Q("When does the sale end?", "15 March 2026", "text", "date", ("2026-03-15", "March 15, 2026"),
      ev="Sale prices end"),
    Q("Within how many days will the store match a lower price?", "14 days", "text", "number", ("14",)),
    U("What is the screen size of the Studio HX headphones?", "number"),
    U("How much is a replacement charging case for the Sonara Buds X2?", "money"),
))

DOCUMENTS: tuple[Doc, ...] = (
    PARKING_ZH, OUTPATIENT_ZH, BUS_ZH, PROPERTY_ZH, LIBRARY_ZH, SCHOLARSHIP_ZH, GYM_ZH,
    MARATHON_EN, LICENCE_EN, MUSEUM_EN, TOUR_EN, CUSTOMS_EN, REPAIR_EN, PRICE_TAGS_EN,
)


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------
def _lang(text: str) -> str:
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def build(documents: Iterable[Doc] = DOCUMENTS, *, seed: int = SEED) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """(files by name, truth pages, qa records) of ``documents``; raises when an answer is not on
    its page or its evidence is not of its question type."""
    files: dict[str, bytes] = {}
    truth: list[dict] = []
    qa: list[dict] = []
    for doc in documents:
        suffix = Path(doc.name).suffix.lower()
        slices = {p.slice for p in doc.pages}
        if suffix == ".pdf" and not slices <= {"pdf-text", "pdf-image"} or suffix != ".pdf" and (
                len(doc.pages) != 1 or slices & {"pdf-text", "pdf-image"}):
            raise ValueError(f"{doc.name}: slices {sorted(slices)} do not fit the file type")
        rendered, images, pages = [], [], []
        for pno, spec in enumerate(doc.pages, start=1):
            r = render_page(spec)
            cap = capture(r, spec.slice, page_rng(doc.name, pno, seed))
            lines, tables = transform_truth(r, cap.hmat)
            pages.append({"source": doc.name, "page": pno, "width": cap.image.width, "height": cap.image.height,
                          "lang": doc.lang, "angle": cap.angle, "slice": spec.slice, "capture": cap.params,
                          "fonts": sorted(families_in([r])), "lines": lines, "tables": tables})
            rendered.append(r)
            images.append(cap.image)
        if suffix == ".pdf" and slices == {"pdf-text"}:
            if "wqy-mono" in families_in(rendered):
                raise ValueError(f"{doc.name}: a text-layer PDF cannot use wqy-mono (see text_layer_pdf)")
            files[doc.name] = text_layer_pdf(rendered, title=Path(doc.name).stem)
        elif suffix == ".pdf":
            if slices != {"pdf-image"}:
                raise ValueError(f"{doc.name}: mix of PDF kinds")
            files[doc.name] = image_pdf(images, title=Path(doc.name).stem)
        else:
            files[doc.name] = encode_jpeg(images[0], 85)
        truth.extend(pages)
        for i, q in enumerate(doc.questions, start=1):
            qa.append(_record(doc, i, q, pages))
    return files, truth, qa


def _record(doc: Doc, i: int, q: Q, pages: list[dict]) -> dict:
    if q.qtype not in QTYPES:
        raise ValueError(f"{doc.name}: unknown qtype {q.qtype!r}")
    if _lang(q.question) != doc.lang:
        raise ValueError(f"{doc.name}: question {q.question!r} is not in the document's language")
    page = pages[q.page - 1]
    rec = {"id": f"{Path(doc.name).stem}-{i:02d}", "question": q.question, "answer": q.answer,
           "source": doc.name, "page": q.page, "answerable": bool(q.answer), "kind": q.kind,
           "lang": _lang(q.question), "aliases": list(q.aliases), "evidence_bbox": None, "evidence_text": None,
           "qtype": q.qtype, "slice": page["slice"]}
    if not q.answer:
        if q.qtype != "unanswerable":
            raise ValueError(f"{doc.name}: {q.question!r} has no answer but qtype {q.qtype}")
        return rec
    lines = [ln for ln in page["lines"] if q.ev in ln["text"]] if q.ev else page["lines"]
    ev = find_evidence(lines, q.answer, prefer_cell=(q.qtype == "table"))
    if ev is None and q.ev:  # ``ev`` names another cell of the answer's row
        row_cells = [ln for ln in page["lines"] if "cell" in ln]
        anchors = [ln for ln in row_cells if q.ev in ln["text"]]
        if anchors:
            same_row = [ln for ln in row_cells if ln["cell"][0] == anchors[0]["cell"][0]]
            ev = find_evidence(same_row, q.answer, prefer_cell=True)
    if ev is None:
        raise ValueError(f"{doc.name} p{q.page}: answer {q.answer!r} of {q.question!r} is not on the page")
    if q.qtype == "table" and "cell" not in ev:
        raise ValueError(f"{doc.name}: table question {q.question!r} has its answer outside a table")
    if q.qtype != "table" and "cell" in ev:
        raise ValueError(f"{doc.name}: {q.qtype} question {q.question!r} has its answer in a table cell")
    rec["evidence_bbox"], rec["evidence_text"] = ev["bbox"], ev["text"]
    return rec


def fonts_used(documents: Iterable[Doc] = DOCUMENTS) -> dict[str, str]:
    """Font family -> ``file#face`` for every family the documents draw with (recorded in the
    truth, so a machine with other fonts is told why its pages differ)."""
    fams = sorted(families_in(render_page(p) for d in documents for p in d.pages))
    out = {}
    for fam in fams:
        for bold in (False, True):
            src = font_source(fam, bold)
            out[f"{fam}{'-bold' if bold else ''}"] = f"{Path(src.path).name}#{src.index}" + (
                " (fallback)" if src.fallback else "")
    return out


def write(out_dir: Path, documents: Iterable[Doc] = DOCUMENTS) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """Build the set and write it under ``out_dir`` (only files whose bytes change)."""
    documents = tuple(documents)
    files, truth, qa = build(documents)
    payloads = {f"pages/{name}": data for name, data in files.items()}
    payloads["truth.json"] = (json.dumps({"version": VERSION, "seed": SEED, "pdf_dpi": 100,
                                          "fonts": fonts_used(documents), "pages": truth},
                                         ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    payloads["qa.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in qa).encode("utf-8")
    (out_dir / "pages").mkdir(parents=True, exist_ok=True)
    for rel, data in payloads.items():
        path = out_dir / rel
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    return files, truth, qa


def main() -> None:
    here = Path(__file__).resolve().parent
    files, truth, qa = write(here)
    size = sum(len(b) for b in files.values()) / 2**20
    counts = {t: sum(q["qtype"] == t for q in qa) for t in QTYPES}
    print(f"{len(files)} files, {len(truth)} pages ({size:.1f} MiB), {len(qa)} questions {counts} -> {here}")


if __name__ == "__main__":
    main()
