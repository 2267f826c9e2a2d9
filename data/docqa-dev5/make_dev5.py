"""Regenerate the fifth document-QA development set ("dev5") in this folder (deterministic).

    python data/docqa-dev5/make_dev5.py

Ten invented documents (five Chinese, five English) of kinds none of the earlier sets has, chosen
for their tables: an intercity rail fare matrix, a departmental budget execution report, a
hospital ward duty roster, a crop yield survey (faxed), a nutrition facts comparison; a mobile
phone plan comparison, a warehouse stock ledger, a chess club crosstable, a laboratory reagent
inventory and local election results (photographed by phone). The set exists to measure the
pipeline on table structures the earlier sets never draw -- matrix tables whose answer needs
both a row header and a column header, two- and three-level column headers, row groups and
section rows, rule-less zebra and whitespace-only tables, vertical-rule-only tables, units in a
header's second line, transposed tables, wide tables in small print, two tables side by side, a
table continued on a second page with its header repeated, cells with footnote marks, ranges,
signs, blanks and dashes -- and on harsher captures (``dataset_extra.HARSH_SLICES``: ``phone``
and ``fax``) beside dev2's. Drawing reuses ``paddlecamp.docqa.dataset_styles`` and
``paddlecamp.docqa.devset`` as dev4 does; the faces dev4 registered are registered here too.
Writes pages/, truth.json and qa.jsonl (files are rewritten only when they change).
"""
from __future__ import annotations

from pathlib import Path

from paddlecamp.docqa.dataset_extra import SEED
from paddlecamp.docqa.dataset_styles import (BLUE, GREEN, GREY_444, GREY_666, GREY_888, HEADER_BLUE, NAVY, ORANGE,
                                             PANEL_BLUE, PANEL_GREY, RED, TEAL, WHITE, WHITE_PAPER, ZEBRA_BLUE,
                                             ZEBRA_GREEN, ZEBRA_YELLOW, Form, Leaders, Line, Logo, Panel, Rule,
                                             Run, Runs, Space, Split, StylePage, Table, set_generator)
from paddlecamp.docqa.devset import Doc, Q, U, load_generator

#: Bump when the generated files change on purpose.
VERSION = 1
#: Families that are the second face of a font collection: a text-layer PDF cannot use them.
ONE_FACE = ("wqy-mono", "noto-mono-cjk")

#: The four faces dev4 registers (``FAMILIES_DEV4`` of ``make_dev4.py``; importing it registers
#: them), so both sets draw with the same fonts.
FAMILIES_DEV5 = load_generator(Path(__file__).resolve().parents[1] / "docqa-dev4" / "make_dev4.py").FAMILIES_DEV4

L, S = Line, Space
PURPLE = (96, 40, 120)
BROWN = (120, 72, 30)
OLIVE = (92, 104, 30)
MAROON = (128, 24, 40)
ZEBRA_GREY = (238, 238, 236)
SHADE_BLUE = (214, 226, 244)
SHADE_GREEN = (218, 236, 214)
SHADE_SAND = (240, 232, 214)
SECTION_GREY = (222, 222, 218)
PANEL_YELLOW = (252, 246, 222)


def small(text: str, size: int = 13, color=GREY_888, align: str = "left", family: str = "sans") -> Line:
    """A line of small print."""
    return Line(text, size, color=color, align=align, family=family, lead=1.5)


def footer(left: str, right: str, family: str = "sans", size: int = 13, color=GREY_888) -> tuple:
    """A footer: a thin grey rule, small print on the left and the page number on the right."""
    return (Rule(1, GREY_888, space=10),
            Split(((small(left, size, color, family=family),), (small(right, size, color, align="right",
                                                                          family=family),)),
                  widths=(0.76, 0.24), gap=16, space_after=0))


# --------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------
_ST = ("江州东", "新塘", "柳湾", "白石", "海门", "临海北")
_FARES = (("—", "8.5", "15.0", "23.5", "31.0", "42.5"),
          ("", "—", "7.0", "15.5", "23.0", "34.5"),
          ("", "", "—", "9.0", "16.5", "28.0"),
          ("", "", "", "—", "8.0", "19.5"),
          ("", "", "", "", "—", "12.0"),
          ("", "", "", "", "", "—"))

RAIL_ZH = Doc("rail_fare_matrix_zh.jpg", "zh", (StylePage((
    Logo("江临", "江临城际铁路有限公司", "JIANGLIN INTERCITY RAILWAY", fill=RED, name_color=RED, mark_size=22,
         name_size=22, tagline_size=12, side=58, right=("客服热线 0576-88310265",)),
    L("江州—临海城际铁路票价表", 28, True, align="center"),
    L("二等座全价（单位：元）", 16, family="wqy", color=GREY_666, align="center"),
    Table((("出发\\到达", *_ST), *((st, *row) for st, row in zip(_ST, _FARES))),
          (0.16, 0.14, 0.14, 0.14, 0.14, 0.14, 0.14), style="ruled", size=17, family="sans", align="lcccccc",
          header_fill=SHADE_SAND, row_header_fill=SHADE_SAND, row_header_bold=True, rule_color=GREY_444, pad=8),
    L("主要区段各席别票价（元）", 18, True),
    Table((("区段", "二等座", "", "一等座", ""),
           ("", "全价", "学生", "全价", "学生"),
           ("江州东—柳湾", "15.0", "12.0", "24.5", "19.0"),
           ("江州东—海门", "31.0", "24.8", "49.5", "39.6"),
           ("江州东—临海北", "42.5", "34.0", "68.0", "54.4")),
          (0.28, 0.18, 0.18, 0.18, 0.18), spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2)), header_rows=2,
          style="hrules", group_rules=True, size=17, family="wqy", align="lrrrr", rule_color=GREY_444, pad=6),
    Form((("执行日期", "2026年7月1日"), ("定价依据", "江发改价〔2026〕58号")), cols=2, style="underline",
         label_size=15, value_size=17, family="wqy", label_w=0.30),
    L("购票须知", 18, True),
    L("1. 身高不足1.2米的儿童免费乘车（不占座位）；身高1.2米至1.5米的儿童购买儿童票，按全价的50%计。", 15,
      family="wqy"),
    L("2. 学生票凭学生证每学年限购4次单程，仅限家庭所在地与学校所在地之间的区段。", 15, family="wqy"),
    L("3. 开车前8天以上退票免费；48小时以上收取5%，24小时以上不足48小时收取10%，不足24小时收取20%。", 15,
      family="wqy"),
), slice="photo", size=(1000, 1260), margin=50, paper=WHITE_PAPER,
    footer=footer("江临城际铁路有限公司 客运营销部 2026年6月20日公布", "票价如有调整以车站公告为准",
                  family="wqy")),), (
    Q("从新塘坐到海门，二等座要多少钱？", "23.0", "table", "money", ("23", "23元"), ev="23.0"),
    Q("柳湾去临海北的票价是多少？", "28.0", "table", "money", ("28", "28元")),
    Q("白石到海门这一段多少钱？", "8.0", "table", "money", ("8", "8元"), ev="19.5"),
    Q("江州东坐到终点临海北全程多少钱？", "42.5", "table", "money", ("42.5元",)),
    Q("江州东到海门坐一等座，学生票多少钱？", "39.6", "table", "money", ("39.6元",)),
    Q("从江州东去临海北的二等座学生票是多少？", "34.0", "table", "money", ("34", "34元")),
    Q("这份票价表从哪天开始执行？", "2026年7月1日", "kv", "date", ("2026-07-01", "7月1日")),
    Q("票价是根据哪个文件定的？", "江发改价〔2026〕58号", "kv", "code", ("江发改价(2026)58号",)),
    Q("身高多少以下的小孩可以免票？", "1.2米", "text", "number", ("1.2",)),
    Q("开车前30个小时退票，要扣多少手续费？", "10%", "text", "percent", ("百分之十",)),
    U("江州东到温岭的二等座票价是多少？", "money"),
    U("新塘到柳湾的商务座多少钱？", "money"),
))

_BUDGET_HEAD = (
    ("类别", "科目", "年初预算\n（万元）", "调整后预算\n（万元）", "2026年1—9月", "", "2025年同期", ""),
    ("", "", "", "", "支出\n（万元）", "执行率", "支出\n（万元）", "执行率"),
)
_BUDGET_SPANS = ((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 2, 1), (0, 4, 1, 2), (0, 6, 1, 2))
_BUDGET_W = (0.10, 0.22, 0.11, 0.12, 0.12, 0.10, 0.12, 0.11)


def _budget_table(body: tuple, spans: tuple, sections: tuple, total: int = 0) -> Table:
    return Table(_BUDGET_HEAD + body, _BUDGET_W, spans=_BUDGET_SPANS + spans, header_rows=2, style="ruled",
                 size=15, header_size=14, family="sans", align="clrrrrrr", header_fill=HEADER_BLUE,
                 section_rows=sections, section_fill=SECTION_GREY, total_rows=total, rule_color=GREY_444, pad=6)


BUDGET_ZH = Doc("budget_execution_zh.pdf", "zh", (
    StylePage((
        L("江州市临江区文化和旅游局", 17, color=NAVY, align="center", tracking=6),
        L("2026年1—9月部门预算执行情况表", 26, True, align="center"),
        Form((("单位名称", "临江区文化和旅游局（本级）"), ("单位编码", "LJ-207015"), ("填报人", "司马怀瑾"),
              ("联系电话", "0576-84127306"), ("报送日期", "2026-10-12"), ("序时进度", "75.0%")),
             cols=3, style="cells", label_size=12, value_size=15, family="wqy"),
        _budget_table((
            ("一、一般公共预算拨款", "", "", "", "", "", "", ""),
            ("基本\n支出", "人员经费", "1,862.40", "1,905.10", "1,418.36", "74.5%", "1,352.77", "73.1%"),
            ("", "日常公用经费", "236.00", "236.00", "158.12", "67.0%", "171.40", "70.6%"),
            ("", "离退休经费", "318.50", "322.80", "241.95", "75.0%", "229.06", "72.9%"),
            ("项目\n支出", "公共图书馆运行", "420.00", "455.00", "286.20", "62.9%", "301.34", "68.5%"),
            ("", "文化遗产保护", "680.00", "612.00", "305.28", "49.9%", "388.90", "57.2%"),
            ("", "群众文化活动", "265.00", "290.00", "231.42", "79.8%", "198.75", "75.1%"),
            ("", "旅游宣传推广", "390.00", "390.00", "154.13", "39.5%", "212.44", "54.5%"),
            ("一般公共预算小计", "", "4,171.90", "4,210.90", "2,795.46", "66.4%", "2,854.66", "69.2%")),
            ((2, 0, 1, 8), (3, 0, 3, 1), (6, 0, 4, 1), (10, 0, 1, 2)), (2, 10)),
        L("说明：1—9月一般公共预算支出执行率66.4%，低于序时进度8.6个百分点。其中文化遗产保护项目因", 15,
          family="wqy"),
        L("城南窑址考古勘探延期，工程款未能按计划支付；旅游宣传推广项目的秋季推介会改在11月举办。", 15,
          family="wqy"),
    ), slice="pdf-text", size=(1000, 1300), margin=52,
        footer=footer("临江区文化和旅游局 财务科", "第 1 页 共 2 页", family="wqy")),
    StylePage((
        L("2026年1—9月部门预算执行情况表（续表）", 20, True, align="center"),
        _budget_table((
            ("二、政府性基金预算拨款", "", "", "", "", "", "", ""),
            ("项目\n支出", "旅游发展基金", "150.00", "150.00", "96.60", "64.4%", "80.25", "53.5%"),
            ("", "彩票公益金项目", "88.00", "102.00", "71.40", "70.0%", "66.12", "71.8%"),
            ("三、上年结转资金", "", "", "", "", "", "", ""),
            ("项目\n支出", "文化遗产保护\n（2025年结转）", "—", "126.00", "118.44", "94.0%", "—", "—"),
            ("合计", "", "4,409.90", "4,588.90", "3,081.90", "67.2%", "3,001.03", "68.7%")),
            ((2, 0, 1, 8), (3, 0, 2, 1), (5, 0, 1, 8), (7, 0, 1, 2)), (2, 5), total=1),
        small("注：执行率＝1—9月支出÷调整后预算；“—”表示无此项。政府性基金预算按收支两条线管理。", 14,
              GREY_444, family="wqy"),
        L("四、第四季度工作安排", 18, True),
        L("1. 10月底前完成城南窑址考古勘探验收，11月支付文化遗产保护工程进度款约210万元。", 15, family="wqy"),
        L("2. 旅游宣传推广项目11月8日在上海举办秋季推介会，预计支出95万元。", 15, family="wqy"),
        L("3. 预计全年一般公共预算执行率可达96%以上，结余资金按规定收回区财政。", 15, family="wqy"),
        S(10),
        Form((("单位负责人", "慕容书亭"), ("财务负责人", "宇文佩兰")), cols=2, style="underline", label_size=15,
             value_size=17, family="wqy", label_w=0.36),
    ), slice="pdf-text", size=(1000, 1300), margin=52,
        footer=footer("临江区文化和旅游局 财务科", "第 2 页 共 2 页", family="wqy")),
), (
    Q("单位编码是多少？", "LJ-207015", "kv", "code", (), 1),
    Q("这张表是哪天报上去的？", "2026-10-12", "kv", "date", ("2026年10月12日", "10月12日"), 1),
    Q("人员经费调整以后的预算是多少？", "1,905.10", "table", "money", ("1905.10", "1905.1万元"), 1),
    Q("基本支出里的离退休经费，年初预算是多少？", "318.50", "table", "money", ("318.5", "318.5万元"), 1),
    Q("今年前三季度公共图书馆运行花了多少钱？", "286.20", "table", "money", ("286.2", "286.2万元"), 1),
    Q("去年同期图书馆运行经费的执行率是多少？", "68.5%", "table", "percent", (), 1),
    Q("文化遗产保护项目今年的执行率是多少？", "49.9%", "table", "percent", (), 1),
    Q("旅游宣传推广去年同期支出了多少万元？", "212.44", "table", "money", ("212.44万元",), 1),
    Q("项目支出中群众文化活动的调整后预算是多少？", "290.00", "table", "money", ("290", "290万元"), 1),
    Q("文化遗产保护为什么执行得慢？", "城南窑址考古勘探延期", "text", "text", ("考古勘探延期",), 1),
    Q("彩票公益金项目今年花了多少？", "71.40", "table", "money", ("71.4", "71.4万元"), 2),
    Q("去年结转下来的文化遗产保护资金执行了百分之多少？", "94.0%", "table", "percent", ("94%",), 2),
    Q("旅游发展基金去年同期的执行率？", "53.5%", "table", "percent", (), 2),
    Q("秋季推介会在哪个城市办？", "上海", "text", "place", (), 2),
    Q("财务负责人是谁？", "宇文佩兰", "kv", "name", (), 2),
    U("人员经费第四季度实际支出多少？", "money", 1),
    U("旅游发展基金2024年同期的支出是多少？", "money", 2),
    U("文化和旅游局一共有多少在编人员？", "number", 1),
))

_SHIFTS = (
    ("A组", "方晓琳", ("白", "白", "小夜", "小夜", "休", "休", "大夜"), "40"),
    ("", "陆雨萱", ("大夜", "夜休", "休", "白", "小夜", "小夜", "白"), "40"),
    ("", "韩梦洁", ("白", "小夜", "大夜", "夜休", "休", "白", "学"), "36"),
    ("B组", "邵思远", ("小夜", "大夜", "夜休", "休", "白", "白", "小夜"), "40"),
    ("", "龚佳怡", ("休", "白", "白", "大夜", "夜休", "学", "小夜"), "36"),
    ("", "蒋一凡", ("白", "学", "白", "白", "大夜", "夜休", "休"), "36"),
    ("", "贺芷晴", ("学", "休", "白", "小夜", "白", "大夜", "夜休"), "36"),
)

ROSTER_ZH = Doc("ward_roster_zh.jpg", "zh", (StylePage((
    L("江州市第二人民医院", 16, color=TEAL, tracking=4),
    L("心血管内科二病区 护理人员排班表", 26, True),
    Form((("排班周期", "2026年11月16日—11月22日"), ("护士长", "欧阳晴"), ("病区电话", "0576-88620417")),
         cols=3, style="stacked", label_size=13, value_size=16, family="wqy", row_gap=8),
    Table((("组别", "姓名", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "本周\n工时"),
           ("", "", "16日", "17日", "18日", "19日", "20日", "21日", "22日", "（小时）"),
           *((g, n, *days, h) for g, n, days, h in _SHIFTS)),
          (0.09, 0.14, 0.095, 0.095, 0.095, 0.095, 0.095, 0.095, 0.095, 0.105),
          spans=((0, 0, 2, 1), (0, 1, 2, 1), (2, 0, 3, 1), (5, 0, 4, 1)), header_rows=2, style="none",
          size=15, header_size=14, family="wqy", align="cccccccccc", header_fill=(200, 226, 226),
          zebra=(232, 244, 244), row_header_bold=True, pad=7),
    Split(((L("班次说明", 16, True, color=TEAL),
            Table((("班次", "时间", "时长"),
                   ("白", "8:00—16:00", "8小时"),
                   ("小夜", "16:00—24:00", "8小时"),
                   ("大夜", "0:00—8:00", "8小时"),
                   ("学", "9:00—13:00 业务学习", "4小时"),
                   ("夜休", "大夜班后次日休息", "—")),
                  (0.2, 0.56, 0.24), style="lines", size=14, family="wqy", align="lll", rule_color=GREY_888,
                  pad=5, space_after=4)),
           (L("联系方式", 16, True, color=TEAL),
            Table((("岗位", "姓名", "分机"),
                   ("护士长", "欧阳晴", "8041"),
                   ("A组组长", "方晓琳", "8043"),
                   ("B组组长", "邵思远", "8045"),
                   ("值班医生", "诸葛明远", "8050")),
                  (0.34, 0.38, 0.28), style="lines", size=14, family="wqy", align="llr", rule_color=GREY_888,
                  pad=5, space_after=4))),
          widths=(0.56, 0.44), gap=30, space_after=12),
    L("1. 调班须提前48小时填写调班申请单，经护士长签字同意后方可生效。", 15, family="wqy"),
    L("2. 大夜班人员22:30前到岗接班，与小夜班共同完成危重患者床旁交接。", 15, family="wqy"),
    L("3. 本周三全天有心导管室支援任务，由龚佳怡负责联络。", 15, family="wqy"),
), slice="skew", size=(1000, 1180), margin=48,
    footer=(small("排班人：欧阳晴    审核：护理部 2026年11月13日", 14, GREY_666, family="wqy"),)),), (
    Q("这个病区的护士长是谁？", "欧阳晴", "kv", "name", ()),
    Q("病区电话是多少？", "0576-88620417", "kv", "phone", ("057688620417",)),
    Q("19号（周四）的大夜班排的是哪位护士？", "龚佳怡", "table", "name", ()),
    Q("周五的大夜班谁来上？", "蒋一凡", "table", "name", ()),
    Q("韩梦洁星期天排的是什么班？", "学", "table", "text", ("学习", "业务学习"), ev="韩梦洁"),
    Q("邵思远17号上哪个班？", "大夜", "table", "text", ("大夜班",), ev="邵思远"),
    Q("B组贺芷晴这一周一共排了多少小时？", "36", "table", "number", ("36小时",), ev="贺芷晴"),
    Q("小夜班从几点上到几点？", "16:00—24:00", "table", "time", ("16:00-24:00", "16点到24点")),
    Q("B组组长的分机号是多少？", "8045", "table", "phone", ()),
    Q("想调班至少要提前多久申请？", "48小时", "text", "number", ("48",)),
    Q("周三心导管室的支援由谁联络？", "龚佳怡", "text", "name", ()),
    U("11月23日谁值大夜班？", "name"),
    U("陆雨萱的职称是什么？", "text"),
))

_CROP = (("石桥镇", "上林村", "1,260", "486", "612.4", "512", "645.1", "+5.3"),
         ("", "下湾村", "980", "471", "461.6", "503", "492.9", "+6.8"),
         ("", "石桥村", "1,540", "492", "757.7", "485", "746.9", "-1.4"),
         ("黄泥镇", "东岙村", "860", "455", "391.3", "481", "413.7", "+5.7"),
         ("", "黄泥村", "1,120", "468", "524.2", "497", "556.6", "+6.2"),
         ("", "西岭村", "730", "441", "321.9", "462", "337.3", "+4.8"),
         ("清溪乡", "清溪村", "640", "452", "289.3", "470", "300.8", "+4.0"),
         ("", "竹园村", "590", "438", "258.4", "466", "274.9", "+6.4"),
         ("合计", "", "7,720", "468", "3,616.7", "488", "3,768.3", "+4.2"))

_FAX = "wqy"

CROP_ZH = Doc("crop_yield_survey_zh.pdf", "zh", (
    StylePage((
        L("FAX  2026-08-14 16:42   发自 0576-86021377   江州市农业农村局种植业科   P.1/2", 15, family="noto-mono-cjk"),
        Rule(1, space=12),
        L("江州市农业农村局", 20, True, _FAX, align="center", tracking=8),
        L("2026年早稻产量抽样调查结果", 28, True, _FAX, align="center"),
        Form((("收件", "省农业农村厅粮油处"), ("发件人", "皇甫立新"), ("页数", "共2页（含本页）")),
             cols=3, style="underline", label_size=16, value_size=17, family=_FAX, label_w=0.32),
        Table((("乡镇", "行政村", "播种面积\n（亩）", "产量调查结果", "", "", "", "亩产增减\n（%）"),
               ("", "", "", "2025年", "", "2026年", "", ""),
               ("", "", "", "亩产\n（公斤）", "总产\n（吨）", "亩产\n（公斤）", "总产\n（吨）", ""),
               *_CROP),
              (0.12, 0.13, 0.13, 0.12, 0.13, 0.12, 0.13, 0.12),
              spans=((0, 0, 3, 1), (0, 1, 3, 1), (0, 2, 3, 1), (0, 3, 1, 4), (1, 3, 1, 2), (1, 5, 1, 2),
                     (0, 7, 3, 1), (3, 0, 3, 1), (6, 0, 3, 1), (9, 0, 2, 1), (11, 0, 1, 2)),
              header_rows=3, style="ruled", size=17, header_size=16, family=_FAX, align="ccrrrrrr",
              total_rows=1, pad=6),
        L("注：亩产为实割实测、按标准水分（13.5%）折算的稻谷产量；合计行的亩产为加权平均。", 16, family=_FAX),
        L("受7月中旬连续降雨影响，石桥村部分田块倒伏，2026年亩产比上年略有下降。", 17, family=_FAX),
    ), slice="fax", size=(1000, 1260), margin=52),
    StylePage((
        L("FAX  2026-08-14 16:43   发自 0576-86021377   江州市农业农村局种植业科   P.2/2", 15, family="noto-mono-cjk"),
        Rule(1, space=12),
        L("二、主要品种表现", 20, True, _FAX),
        Table((("品种", "面积占比", "平均亩产\n（公斤）", "生育期\n（天）", "备注"),
               ("中早39", "41%", "503", "108—112", "主推品种"),
               ("甬籼15*", "27%", "479", "105—109", "抗倒性较差"),
               ("金早09", "18%", "496", "110—113", "—"),
               ("湘早143**", "9%", "458", "102—106", "试种"),
               ("其他", "5%", "", "", "未单独测产")),
              (0.22, 0.16, 0.20, 0.18, 0.24), style="hrules", size=17, header_size=16, family=_FAX,
              align="lrrcl", pad=6),
        L("* 石桥村倒伏田块以甬籼15为主。  ** 湘早143为2026年首次引进试种。", 16, family=_FAX),
        L("三、调查方法", 20, True, _FAX),
        L("全市抽取3个乡镇8个行政村共48个样点，每个样点实割3平方米，脱粒晒干后称重。", 17, family=_FAX),
        L("调查时间为7月18日至7月31日，由市、县两级农技人员联合完成。", 17, family=_FAX),
        S(8),
        Form((("联系人", "皇甫立新"), ("电话", "0576-86021390"), ("盖章日期", "2026年8月14日")),
             cols=3, style="underline", label_size=16, value_size=17, family=_FAX, label_w=0.34),
    ), slice="fax", size=(1000, 1260), margin=52),
), (
    Q("这份传真是发给哪个单位的？", "省农业农村厅粮油处", "kv", "name", ("粮油处",), 1),
    Q("下湾村今年早稻亩产多少公斤？", "503", "table", "number", ("503公斤",), 1, ev="下湾村"),
    Q("石桥村去年的总产量是多少吨？", "757.7", "table", "number", ("757.7吨",), 1),
    Q("哪个村今年亩产比上年下降了？", "石桥村", "table", "place", (), 1, ev="-1.4"),
    Q("竹园村亩产增加了百分之几？", "+6.4", "table", "percent", ("6.4%", "6.4"), 1),
    Q("全市调查点今年平均亩产是多少？", "488", "table", "number", ("488公斤",), 1, ev="3,768.3"),
    Q("清溪乡清溪村2025年亩产是多少？", "452", "table", "number", ("452公斤",), 1, ev="清溪村"),
    Q("石桥村亩产为什么下降？", "部分田块倒伏", "text", "text", ("倒伏",), 1),
    Q("中早39平均亩产多少？", "503", "table", "number", ("503公斤",), 2, ev="中早39"),
    Q("甬籼15占了多大的种植面积比例？", "27%", "table", "percent", (), 2),
    Q("金早09的生育期是多少天？", "110—113", "table", "number", ("110-113天", "110-113"), 2),
    Q("每个样点实割多少面积？", "3平方米", "text", "number", ("3", "3㎡"), 2),
    Q("联系电话是多少？", "0576-86021390", "kv", "phone", ("057686021390",), 2),
    U("枫林村今年早稻亩产多少？", "number", 1),
    U("2024年石桥镇的早稻总产是多少？", "number", 1),
    U("湘早143的稻米收购价是多少？", "money", 2),
))

NUTRITION_ZH = Doc("nutrition_facts_zh.jpg", "zh", (StylePage((
    Logo("禾", "禾悦乳业", "江州禾悦乳业有限公司", shape="circle", fill=GREEN, name_color=GREEN,
         family="noto-serif", name_size=26, tagline_size=13, mark_size=28, side=60,
         right=("消费者热线 400-836-2207", "产品标准号 GB 25190")),
    L("早餐奶系列 营养成分对比表", 26, True, "noto-serif", align="center"),
    L("每100毫升含量 / 营养素参考值百分比（NRV%）", 15, family="wqy", color=GREY_666, align="center"),
    Table((("项目", "原味纯牛奶", "", "低脂高钙奶", "", "燕麦早餐奶", "", "核桃花生奶", ""),
           ("", "含量", "NRV%", "含量", "NRV%", "含量", "NRV%", "含量", "NRV%"),
           ("能量\n（千焦）", "272", "3%", "190", "2%", "298", "4%", "305", "4%"),
           ("蛋白质\n（克）", "3.2", "5%", "3.4", "6%", "2.6", "4%", "1.8", "3%"),
           ("脂肪\n（克）", "3.8", "6%", "1.2", "2%", "2.9", "5%", "3.5", "6%"),
           ("碳水化合物\n（克）", "4.8", "2%", "5.0", "2%", "9.6", "3%", "10.4", "3%"),
           ("钠\n（毫克）", "58", "3%", "64", "3%", "72", "4%", "45", "2%"),
           ("钙\n（毫克）", "110", "14%", "160", "20%", "85", "11%", "30", "4%"),
           ("膳食纤维\n（克）", "—", "—", "—", "—", "0.8", "3%", "0.5", "2%")),
          (0.16, 0.105, 0.105, 0.105, 0.105, 0.105, 0.105, 0.105, 0.105),
          spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2), (0, 5, 1, 2), (0, 7, 1, 2)), header_rows=2,
          style="vrules", size=16, header_size=15, family="wqy", align="crrrrrrrr", row_header_bold=True,
          rule_color=GREEN, pad=6),
    Split(((L("规格与价格", 17, True, "noto-serif", GREEN),
            Table((("产品", "规格", "零售价", "会员价"),
                   ("原味纯牛奶", "250毫升×24", "69.90", "62.90"),
                   ("低脂高钙奶", "250毫升×24", "75.90", "66.50"),
                   ("燕麦早餐奶", "250毫升×16", "52.80", "47.50"),
                   ("核桃花生奶", "250毫升×16", "49.90", "44.90")),
                  (0.34, 0.26, 0.20, 0.20), style="hrules", size=14, family="wqy", align="llrr",
                  rule_color=GREEN, pad=5, space_after=4)),
           (L("贮存与保质", 17, True, "noto-serif", GREEN),
            Table((("产品", "保质期", "贮存"),
                   ("纯牛奶类", "6个月", "常温避光"),
                   ("早餐奶类", "9个月", "常温避光"),
                   ("开启后", "24小时", "2—6℃冷藏")),
                  (0.36, 0.28, 0.36), style="hrules", size=14, family="wqy", align="lll", rule_color=GREEN,
                  pad=5, space_after=4))),
          widths=(0.56, 0.44), gap=26, space_after=12),
    L("会员价适用于“禾悦鲜生活”小程序会员，每月8日会员日另享九五折；价格单位：元/箱。", 14, family="wqy"),
    L("燕麦早餐奶与核桃花生奶含麸质、花生、坚果，过敏体质者请注意。", 14, family="wqy"),
), slice="blur", size=(1000, 1120), margin=48, paper=WHITE_PAPER),), (
    Q("禾悦的消费者热线是多少？", "400-836-2207", "kv", "phone", ("4008362207",)),
    Q("燕麦早餐奶每100毫升有多少克碳水？", "9.6", "table", "number", ("9.6克",)),
    Q("低脂高钙奶的钙占营养素参考值的百分之多少？", "20%", "table", "percent", ()),
    Q("核桃花生奶的蛋白质含量是多少？", "1.8", "table", "number", ("1.8克",)),
    Q("燕麦早餐奶的钠NRV是多少？", "4%", "table", "percent", (), ev="钠"),
    Q("哪一款的膳食纤维最高？", "燕麦早餐奶", "table", "text", (), ev="燕麦早餐奶"),
    Q("低脂高钙奶办会员买一箱多少钱？", "66.50", "table", "money", ("66.5", "66.5元")),
    Q("早餐奶类能放多久？", "9个月", "table", "number", ("9",)),
    Q("会员日是每个月几号？", "8日", "text", "date", ("8号", "每月8日")),
    Q("打开之后要在多长时间内喝完？", "24小时", "table", "number", ("24",)),
    U("燕麦早餐奶含多少维生素D？", "number"),
    U("巧克力牛奶的脂肪含量是多少？", "number"),
))

# --------------------------------------------------------------------------------------------
# English documents
# --------------------------------------------------------------------------------------------
_SC = "dejavu-serif-condensed"

PLANS_EN = Doc("phone_plans_en.jpg", "en", (StylePage((
    Logo("K", "Kestrel Mobile", "SIM-only plans  -  from 1 December 2026", fill=PURPLE, name_color=PURPLE,
         family="dejavu-sans", name_size=26, tagline_size=14, mark_size=30, side=60,
         right=("Sales 0800 046 7713", "kestrelmobile.example")),
    L("Compare our plans", 24, True, "dejavu-sans"),
    Table((("", "Lite 10", "Everyday 40", "Plus Unlimited", "Family Share"),
           ("Price (standard)", "£9.00", "£18.00", "£27.00", "£42.00"),
           ("Price (member)*", "£8.00", "£16.50", "£24.00", "£38.00"),
           ("Data allowance", "10 GB", "40 GB", "Unlimited", "150 GB shared"),
           ("SIMs included", "1", "1", "1", "up to 4"),
           ("5G access", "—", "Yes", "Yes", "Yes"),
           ("Hotspot limit", "10 GB", "40 GB", "60 GB", "50 GB per SIM"),
           ("EU roaming", "£2.00 a day", "included", "included", "included"),
           ("Contract", "30-day rolling", "12 months", "24 months", "24 months"),
           ("Set-up fee", "£0", "£0", "£10.00", "£15.00")),
          (0.24, 0.19, 0.19, 0.19, 0.19), style="none", size=16, family="dejavu-sans", align="lcccc",
          header_fill=(228, 216, 238), zebra=ZEBRA_GREY, row_header_fill=(238, 230, 244), row_header_bold=True,
          pad=8),
    L("Add-ons", 18, True, "dejavu-sans"),
    Table((("Add-on", "Monthly", "", "One-off", ""),
           ("", "Standard", "Member", "Standard", "Member"),
           ("International calls, 300 min", "£5.00", "£4.00", "£7.50", "£6.00"),
           ("Extra data, 20 GB", "£6.00", "£5.00", "£8.00", "£6.50"),
           ("Device insurance", "£7.99", "£6.99", "—", "—"),
           ("Spam call blocker", "£1.50", "free", "—", "—")),
          (0.36, 0.16, 0.16, 0.16, 0.16), spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2)), header_rows=2,
          style="hrules", group_rules=True, size=16, family="dejavu-sans", align="lrrrr", rule_color=PURPLE,
          pad=6),
    Form((("Offer code", "KM-WINTER26"), ("Offer ends", "31 January 2027")), cols=2, style="box",
         label_size=14, value_size=16, family="dejavu-sans", label_w=0.36),
    small("* Member prices need an active Kestrel Home broadband account on the same bill.", 14, GREY_444,
          family="dejavu-sans"),
    small("Prices rise each April by the CPI rate published in February plus 3.9%.", 14, GREY_444,
          family="dejavu-sans"),
    small("Unused data does not roll over. Fair use: 25 GB a month of EU roaming data.", 14, GREY_444,
          family="dejavu-sans"),
), slice="clean", size=(1000, 1180), margin=50,
    footer=footer("Kestrel Mobile Ltd, 9 Quarry Wharf, Leeds LS10 1QB  -  prices include VAT", "KM-PL-1226",
                  family="dejavu-sans", size=12)),), (
    Q("What does Everyday 40 cost a month if you are a member?", "£16.50", "table", "money", ("16.50", "16.5")),
    Q("What is the standard monthly price of the Plus Unlimited plan?", "£27.00", "table", "money",
      ("27.00", "£27")),
    Q("How much data comes with the cheapest plan?", "10 GB", "table", "number", ("10GB", "10"), ev="Data"),
    Q("How many SIM cards can be on the family plan?", "up to 4", "table", "number", ("4",)),
    Q("How much hotspot data does Plus Unlimited allow?", "60 GB", "table", "number", ("60GB", "60")),
    Q("What does EU roaming cost per day on Lite 10?", "£2.00 a day", "table", "money", ("£2.00", "2.00")),
    Q("What does a member pay as a one-off for the international calls bundle?", "£6.00", "table", "money",
      ("6.00", "£6"), ev="International"),
    Q("How much is 20 GB of extra data per month at the standard price?", "£6.00", "table", "money",
      ("6.00", "£6"), ev="Extra data"),
    Q("What does device insurance cost a member each month?", "£6.99", "table", "money", ("6.99",)),
    Q("What is the offer code?", "KM-WINTER26", "kv", "code", ()),
    Q("When does the offer end?", "31 January 2027", "kv", "date", ("2027-01-31", "January 31, 2027")),
    Q("By how much above CPI do prices go up each April?", "3.9%", "text", "percent", ("3.9",)),
    Q("How much EU roaming data is allowed under fair use?", "25 GB a month", "text", "number", ("25 GB", "25")),
    U("What does the Plus Unlimited plan cost on a 36-month contract?", "money"),
    U("How much is the Premium 100 plan for members?", "money"),
))

_LEDGER = (  # sku, description, unit, opening, received, issued, unit cost
    ("Fasteners",),
    ("FX-1040", "Hex bolt M8 x 40, zinc", "box 100", 84, 60, 97, 6.20),
    ("FX-1122", "Nyloc nut M6", "box 200", 120, 0, 38, 4.35),
    ("FX-2210", "Wood screw 4 x 50, pozi", "box 200", 35, 100, 71, 5.10),
    ("Adhesives and sealants",),
    ("AD-0316", "Silicone sealant, clear, 310 ml", "each", 240, 144, 198, 3.85),
    ("AD-0420", "PVA wood glue, 1 litre", "each", 58, 0, 22, 7.40),
    ("AD-0511", "Epoxy putty, 2 x 50 g", "pack", 17, 48, 9, 9.90),
    ("Packaging",),
    ("PK-7001", "Carton, double wall,\n600 x 400 x 400", "each", 1500, 2000, 1760, 1.32),
    ("PK-7105", "Stretch film, 500 mm x 300 m", "roll", 42, 24, 30, 11.25),
    ("PK-7230", "Void fill paper, 450 m", "roll", 12, 0, 12, 18.60),
)


def _qty(n: int) -> str:
    return f"{n:,}" if n else "—"


def _money(v: float) -> str:
    return f"{v:,.2f}" if v else "—"


def _ledger_rows() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...], tuple[tuple[int, int, int, int], ...]]:
    rows, sections, spans = [], [], []
    totals = [0.0, 0.0, 0.0]
    for item in _LEDGER:
        r = 2 + len(rows)
        if len(item) == 1:
            rows.append((item[0], *[""] * 9))
            sections.append(r)
            spans.append((r, 0, 1, 10))
            continue
        sku, desc, unit, opening, rec, iss, cost = item
        close = opening + rec - iss
        totals = [totals[0] + rec * cost, totals[1] + iss * cost, totals[2] + close * cost]
        rows.append((sku, desc, unit, _qty(opening), _qty(rec), _money(rec * cost), _qty(iss), _money(iss * cost),
                     _qty(close) if close else "0", _money(close * cost) if close else "0.00"))
    rows.append(("Week total", "", "", "", "", _money(totals[0]), "", _money(totals[1]), "", _money(totals[2])))
    spans.append((2 + len(rows) - 1, 0, 1, 3))
    return tuple(rows), tuple(sections), tuple(spans)


_LEDGER_ROWS, _LEDGER_SECTIONS, _LEDGER_SPANS = _ledger_rows()

LEDGER_EN = Doc("stock_ledger_en.pdf", "en", (StylePage((
    Split(((L("Harlow Lane Distribution", 22, True, "dejavu-condensed", NAVY),
            L("Unit 7, Harlow Lane Trading Estate, Swindon SN3 4TR", 13, family="dejavu-condensed", color=GREY_666)),
           (L("STOCK LEDGER", 22, True, "dejavu-condensed", NAVY, "right", tracking=2),
            L("Bay C  -  week 46", 15, family="dejavu-condensed", align="right"))),
          widths=(0.6, 0.4), gap=20, space_after=6),
    Rule(2, NAVY, space=10),
    Form((("Period", "9-15 November 2026"), ("Prepared by", "Callum Ashdown"), ("Checked by", "Priya Venkataraman"),
          ("Ledger no.", "HLD-SL-C-2646")),
         cols=4, style="stacked-line", label_size=12, value_size=14, family="dejavu-condensed", row_gap=8),
    Table((("SKU", "Description", "Unit", "Opening", "Received", "", "Issued", "", "Closing", ""),
           ("", "", "", "qty", "qty", "value (£)", "qty", "value (£)", "qty", "value (£)"),
           *_LEDGER_ROWS),
          (0.085, 0.215, 0.075, 0.075, 0.075, 0.1, 0.075, 0.1, 0.075, 0.125),
          spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 4, 1, 2), (0, 6, 1, 2), (0, 8, 1, 2))
          + _LEDGER_SPANS,
          header_rows=2, style="hrules", group_rules=True, size=13, header_size=13, family="dejavu-condensed",
          align="lllrrrrrrr", section_rows=_LEDGER_SECTIONS, section_fill=PANEL_BLUE, total_rows=1,
          rule_color=NAVY, pad=5),
    small("Values at standard unit cost. Opening stock agrees with the week 45 closing count.", 13, GREY_444,
          family="dejavu-condensed"),
    L("Exceptions", 16, True, "dejavu-condensed", NAVY),
    L("Cycle count on 13 November found 2 cartons of AD-0316 damaged by a forklift; written off under", 14,
      family="dejavu-condensed"),
    L("adjustment ADJ-5518 and included in the issues. PK-7230 is now out of stock: purchase order", 14,
      family="dejavu-condensed"),
    L("PO-88412 for 20 rolls is due on 19 November. Reorder level for PK-7105 raised from 30 to 40 rolls.", 14,
      family="dejavu-condensed"),
), slice="pdf-image", size=(1000, 1060), margin=40,
    footer=footer("Harlow Lane Distribution Ltd  -  internal", "Page 1 of 1", family="dejavu-condensed",
                  size=12)),), (
    Q("Who prepared the stock ledger?", "Callum Ashdown", "kv", "name"),
    Q("What is the ledger number?", "HLD-SL-C-2646", "kv", "code"),
    Q("How many boxes of M6 nyloc nuts were issued this week?", "38", "table", "number", (), ev="FX-1122"),
    Q("What was the value of the clear silicone sealant issued?", "762.30", "table", "money",
      ("£762.30", "762.3")),
    Q("What was the PVA glue worth at the close of the week?", "266.40", "table", "money", ("£266.40", "266.4")),
    Q("How many cartons came in during the week?", "2,000", "table", "number", ("2000",), ev="PK-7001"),
    Q("How many boxes of wood screws were in stock at the start of the week?", "35", "table", "number", (),
      ev="FX-2210"),
    Q("What was the value of the epoxy putty received?", "475.20", "table", "money", ("£475.20", "475.2")),
    Q("How many rolls of stretch film were left at the end of the week?", "36", "table", "number", (),
      ev="PK-7105"),
    Q("What was the total value of stock issued in the week?", "5,026.90", "table", "money",
      ("£5,026.90", "5026.90"), ev="Week total"),
    Q("Which purchase order will restock the void fill paper?", "PO-88412", "text", "code", ()),
    Q("How many damaged cartons of sealant were found?", "2 cartons", "text", "number", ("2",)),
    U("How many M8 bolts were returned to the supplier?", "number"),
    U("What was the closing stock of AD-0316 in week 47?", "number"),
    U("Which supplier delivered the cartons this week?", "name"),
))

_PLAYERS = (("Miriam Ashby", "Ashby", 2104), ("Tobias Brenner", "Brenner", 1987), ("Chinedu Okafor", "Okafor", 2051),
            ("Léa Delacroix", "Delacroix", 1942), ("Ravi Sundaram", "Sundaram", 1876), ("Ines Marchetti", "Marchetti", 1811))
#: Score of the row player against the column player (1, 0 or 0.5), upper triangle.
_GAMES = {(0, 1): 0.5, (0, 2): 1, (0, 3): 1, (0, 4): 0.5, (0, 5): 1,
          (1, 2): 0, (1, 3): 1, (1, 4): 1, (1, 5): 0.5,
          (2, 3): 1, (2, 4): 1, (2, 5): 1,
          (3, 4): 0.5, (3, 5): 1,
          (4, 5): 1}


def _score(i: int, j: int) -> float:
    return _GAMES[(i, j)] if i < j else 1 - _GAMES[(j, i)]


def _pts(v: float) -> str:
    return {0: "0", 1: "1", 0.5: "½"}.get(v) or (f"{int(v)}½" if v % 1 else f"{int(v)}")


def _crosstable() -> tuple[tuple[str, ...], ...]:
    totals = [sum(_score(i, j) for j in range(6) if j != i) for i in range(6)]
    order = sorted(range(6), key=lambda i: -totals[i])
    rank = {i: order.index(i) + 1 for i in range(6)}
    rows = [("Player \\ Opponent", "Rating", *(p[1] for p in _PLAYERS), "Points", "Place")]
    for i, (name, _, rating) in enumerate(_PLAYERS):
        rows.append((name, str(rating), *("×" if j == i else _pts(_score(i, j)) for j in range(6)),
                     _pts(totals[i]), {1: "1st", 2: "2nd", 3: "3rd"}.get(rank[i], f"{rank[i]}th")))
    return tuple(rows)


CHESS_EN = Doc("chess_crosstable_en.jpg", "en", (StylePage((
    L("FENWICK CHESS CLUB", 15, True, _SC, BROWN, tracking=6),
    L("Autumn Rapid Championship 2026  -  final crosstable", 24, True, _SC),
    Form((("Venue", "St Aldhelm's Church Hall, Fenwick"), ("Dates", "3-24 October 2026"),
          ("Time control", "25 min + 10 s"), ("Arbiter", "Gwendolyn Roos")),
         cols=2, style="underline", label_size=14, value_size=16, family=_SC, label_w=0.30, row_gap=8),
    Table(_crosstable(), (0.19, 0.08, 0.095, 0.095, 0.095, 0.095, 0.095, 0.095, 0.08, 0.08),
          style="ruled", size=16, header_size=14, family=_SC, align="lcccccccc" + "c",
          header_fill=SHADE_SAND, row_header_fill=SHADE_SAND, row_header_bold=True, rule_color=BROWN, pad=7),
    small("1 = win, ½ = draw, 0 = loss; read each row against the column opponent. Ties broken by Sonneborn-Berger.",
          13, GREY_444, family=_SC),
    Split(((L("Prize list", 16, True, _SC, BROWN),
            Table((("Prize", "Winner", "Amount"),
                   ("Champion", "Miriam Ashby", "£120"),
                   ("Runner-up", "Chinedu Okafor", "£70"),
                   ("Best under 1900", "Ravi Sundaram", "£30")),
                  (0.38, 0.38, 0.24), style="lines", size=14, family=_SC, align="llr", rule_color=GREY_888, pad=5,
                  space_after=4)),
           (L("Rounds", 16, True, _SC, BROWN),
            Table((("Round", "Date", "Board 1"),
                   ("1", "3 Oct", "Ashby - Marchetti"),
                   ("2", "10 Oct", "Okafor - Brenner"),
                   ("3", "17 Oct", "Delacroix - Okafor"),
                   ("4", "24 Oct", "Brenner - Ashby")),
                  (0.22, 0.26, 0.52), style="lines", size=14, family=_SC, align="cll", rule_color=GREY_888, pad=5,
                  space_after=4))),
          widths=(0.52, 0.48), gap=30, space_after=10),
    L("Rounds 5 and 6 were double-header evenings on 24 October. Next event: Winter Blitz, 14 November.", 14,
      family=_SC, color=GREY_444),
), slice="rot90", size=(1000, 1000), margin=46),), (
    Q("Who was the arbiter?", "Gwendolyn Roos", "kv", "name"),
    Q("What time control was used?", "25 min + 10 s", "kv", "time", ("25+10", "25 minutes plus 10 seconds")),
    Q("What is Chinedu Okafor's rating?", "2051", "table", "number"),
    Q("How many points did Tobias Brenner score?", "3", "table", "number", ("3 points",), ev="Tobias Brenner"),
    Q("What was Léa Delacroix's final total?", "1½", "table", "number", ("1.5", "1 1/2"), ev="Léa Delacroix"),
    Q("Who finished in last place?", "Ines Marchetti", "table", "name", ("Marchetti",), ev="6th"),
    Q("In which place did Ravi Sundaram finish?", "4th", "table", "text", ("fourth", "4"), ev="Ravi Sundaram"),
    Q("Which player won the championship prize?", "Miriam Ashby", "table", "name", ("Ashby",), ev="Champion"),
    Q("How much prize money did the runner-up get?", "£70", "table", "money", ("70",)),
    Q("Who played on board 1 in round 2?", "Okafor - Brenner", "table", "name", ("Okafor and Brenner",)),
    Q("When is the next event?", "14 November", "text", "date", ("14 Nov",)),
    U("What was the result of the game between Ashby and Kowalski?", "text"),
    U("How many points did Miriam Ashby score in the blitz playoff?", "number"),
))

_HS = "dejavu-sans"

REAGENT_EN = Doc("reagent_inventory_en.jpg", "en", (StylePage((
    L("Department of Biochemistry  -  Teaching Laboratory B214", 16, family=_HS, color=TEAL),
    L("Reagent inventory", 28, True, _HS),
    Form((("Checked on", "3 November 2026"), ("Checked by", "Dr Hamish Quarrie"), ("Safety officer", "Noor Salehi"),
          ("Lab phone", "ext. 4471")), cols=4, style="stacked", label_size=12, value_size=15, family=_HS,
         row_gap=6),
    Table((("Storage", "Reagent", "Cat. no.", "Qty", "Size\n(mL or g)", "Expiry", "Hazard"),
           ("Flammables\ncabinet F1", "Ethanol, absolute*", "ET-2250", "6", "2,500", "03/2028", "Flammable"),
           ("", "Acetone", "AC-1010", "4", "1,000", "11/2027", "Flammable"),
           ("", "Isopropanol", "IP-0500", "3", "500", "—", "Flammable"),
           ("Fridge\n2-8 °C", "Tris buffer 1 M, pH 8.0", "TB-8001", "5", "100", "06/2027", "—"),
           ("", "BSA standard 2 mg/mL", "BS-0020", "12", "1", "01/2027", "—"),
           ("", "Bradford reagent", "BR-0450", "2", "450", "12/2026", "Irritant"),
           ("Freezer\n-20 °C", "Trypsin, 0.25%", "TR-0025", "8", "100", "08/2027", "Irritant"),
           ("", "dNTP mix 10 mM", "DN-1010", "3", "0.5", "02/2027", "—"),
           ("Acid\ncabinet A2", "Hydrochloric acid 37%**", "HC-3700", "2", "2,500", "—", "Corrosive"),
           ("", "Acetic acid, glacial", "AA-1000", "1", "1,000", "09/2028", "Corrosive")),
          (0.15, 0.27, 0.11, 0.07, 0.12, 0.12, 0.16),
          spans=((1, 0, 3, 1), (4, 0, 3, 1), (7, 0, 2, 1), (9, 0, 2, 1)), style="none", size=15, header_size=14,
          family=_HS, align="llllrcl", header_color=TEAL, row_header_bold=True, pad=6),
    small("* Denatured ethanol is kept in cabinet F2.   ** Open only in fume hood 3.   \"—\" = no expiry date set.",
          14, GREY_444, family=_HS),
    L("Orders pending", 17, True, _HS, TEAL),
    Table((("Reagent", "Qty", "Supplier", "Ordered", "Due"),
           ("Bradford reagent", "4 x 450 mL", "Corvane Scientific", "28 Oct", "10 Nov"),
           ("Trypsin, 0.25%", "10 x 100 mL", "Helix Biolab", "30 Oct", "14 Nov")),
          (0.26, 0.18, 0.26, 0.15, 0.15), style="lines", size=15, family=_HS, align="llllr", rule_color=GREY_888,
          pad=5),
    L("Bradford reagent expires next month: order raised before the end of term practical on 8 December.", 15,
      family=_HS),
    L("Spill kits are in the corridor outside B214 and in room B216.", 15, family=_HS),
), slice="lowres", size=(1000, 1120), margin=48),), (
    Q("Who checked the reagent inventory?", "Dr Hamish Quarrie", "kv", "name", ("Hamish Quarrie",)),
    Q("What is the lab's phone extension?", "ext. 4471", "kv", "phone", ("4471",)),
    Q("What is the catalogue number of the Tris buffer?", "TB-8001", "table", "code", ()),
    Q("How many bottles of acetone are in the flammables cabinet?", "4", "table", "number", (), ev="Acetone"),
    Q("When does the trypsin in the freezer expire?", "08/2027", "table", "date", ("August 2027",)),
    Q("What bottle size is the glacial acetic acid?", "1,000", "table", "number", ("1000 mL", "1 litre"),
      ev="AA-1000"),
    Q("Which reagent in the acid cabinet has no expiry date?", "Hydrochloric acid 37%", "table", "text",
      ("Hydrochloric acid",)),
    Q("What hazard class is the Bradford reagent?", "Irritant", "table", "text", (), ev="BR-0450"),
    Q("Which supplier is sending the trypsin?", "Helix Biolab", "table", "name", ()),
    Q("When is the Bradford reagent order due?", "10 Nov", "table", "date", ("10 November",)),
    Q("Where is denatured ethanol kept?", "cabinet F2", "text", "place", ("F2",)),
    Q("When is the end of term practical?", "8 December", "text", "date", ("8 Dec",)),
    U("How many bottles of methanol are in the fridge?", "number"),
    U("What is the catalogue number of the sodium hydroxide?", "code"),
))

_DISTRICTS = (("Abbey Mead", 412, 288, 537, 356, "38.4%"),
              ("Brook End", 301, 342, 466, 290, "35.1%"),
              ("Castle Hill", 528, 197, 383, 611, "44.7%"),
              ("Dunmore", 266, 154, 402, 238, "31.9%"),
              ("Eastgate", 349, 410, 295, 327, "36.6%"),
              ("Fallowfield", 187, 233, 358, 441, "33.2%"))


def _election_rows() -> tuple[tuple[str, ...], ...]:
    rows = [("District / Candidate", "Hollis\n(Ind.)", "Marwood\n(Green)", "Oduya\n(Lab.)", "Pemberton\n(Con.)",
             "Turnout")]
    for name, *votes, turnout in _DISTRICTS:
        rows.append((name, *(f"{v:,}" for v in votes), turnout))
    totals = [sum(d[k] for d in _DISTRICTS) for k in range(1, 5)]
    rows.append(("Total", *(f"{v:,}" for v in totals), "36.8%"))
    return tuple(rows)


_ELECTION_ROWS = _election_rows()

ELECTION_EN = Doc("election_results_en.pdf", "en", (
    StylePage((
        L("BOROUGH OF CASTLEMERE", 15, True, "dejavu-serif", MAROON, "center", tracking=6),
        L("Castlemere Town Council by-election, Central Ward", 24, True, "dejavu-serif", align="center"),
        L("Declaration of result  -  Thursday 5 November 2026", 17, family="dejavu-serif", align="center"),
        Rule(2, MAROON, space=14),
        L("Votes by polling district", 18, True, "dejavu-serif", MAROON),
        Table(_ELECTION_ROWS, (0.24, 0.15, 0.15, 0.15, 0.17, 0.14), style="none", size=17, header_size=15,
              family="dejavu-serif", align="lrrrrr", header_fill=(236, 220, 224), zebra=ZEBRA_GREY,
              row_header_bold=True, total_rows=1, pad=8),
        Panel((Runs((Run("Elected", 15, family="dejavu-serif", color=GREY_666),
                     Run("Adaeze Oduya (Labour)", 24, True, "dejavu-serif"))),
               L("Majority over Pemberton: 178 votes. Electorate 22,875.", 16, family="dejavu-serif")),
              fill=PANEL_YELLOW, border=MAROON, pad=12),
        L("I, the undersigned Returning Officer, declare the above to be the number of votes given to each", 15,
          family="dejavu-serif"),
        L("candidate and that Adaeze Oduya is duly elected. Count held at Castlemere Leisure Centre.", 15,
          family="dejavu-serif"),
    ), slice="phone", size=(1000, 1200), margin=56,
        footer=footer("Returning Officer: Bernard Achterberg", "Page 1 of 2", family="dejavu-serif", size=13,
                      color=GREY_666)),
    StylePage((
        L("Ballot papers and postal votes", 20, True, "dejavu-serif", MAROON),
        Split(((L("Rejected ballot papers", 16, True, "dejavu-serif"),
                Table((("Reason", "Number"),
                       ("No official mark", "0"),
                       ("Voting for more than one", "14"),
                       ("Writing identifying voter", "2"),
                       ("Unmarked or void", "31"),
                       ("Total rejected", "47")),
                      (0.72, 0.28), style="hrules", size=16, family="dejavu-serif", align="lr", total_rows=1,
                      rule_color=MAROON, pad=6, space_after=4)),
               (L("Postal votes", 16, True, "dejavu-serif"),
                Table((("District", "Issued", "Returned"),
                       ("Abbey Mead", "388", "261"),
                       ("Brook End", "342", "219"),
                       ("Castle Hill", "505", "377"),
                       ("Dunmore", "276", "152"),
                       ("Eastgate", "331", "208"),
                       ("Fallowfield", "297", "171")),
                      (0.44, 0.28, 0.28), style="hrules", size=16, family="dejavu-serif", align="lrr",
                      rule_color=MAROON, pad=6, space_after=4))),
              widths=(0.5, 0.5), gap=34, rule=True, space_after=14),
        L("Ballot papers issued at polling stations: 7,030. Verified total: 8,418 including postal votes.", 16,
          family="dejavu-serif"),
        L("Recount requested by: none. Count began 22:05 and the result was declared at 01:40.", 16,
          family="dejavu-serif"),
        S(6),
        Form((("Deputy Returning Officer", "Sunita Bhambra"), ("Election office", "01632 960 418")), cols=2,
             style="stacked-line", label_size=13, value_size=17, family="dejavu-serif", row_gap=8),
    ), slice="phone", size=(1000, 1200), margin=56,
        footer=footer("Returning Officer: Bernard Achterberg", "Page 2 of 2", family="dejavu-serif", size=13,
                      color=GREY_666)),
), (
    Q("Who was elected?", "Adaeze Oduya", "kv", "name", ("Oduya",), 1),
    Q("How many votes did Oduya get in Brook End?", "466", "table", "number", (), 1),
    Q("How many votes did the Green candidate receive in Abbey Mead?", "288", "table", "number", (), 1),
    Q("What did Pemberton poll in Castle Hill?", "611", "table", "number", (), 1),
    Q("How many people voted for Hollis in Eastgate?", "349", "table", "number", (), 1),
    Q("What was the turnout in Dunmore?", "31.9%", "table", "percent", ("31.9",), 1),
    Q("How many votes did the Conservative candidate get overall?", "2,263", "table", "number", ("2263",), 1),
    Q("In which district did Marwood get the most votes?", "Eastgate", "table", "place", (), 1, ev="410"),
    Q("What was the winning majority?", "178 votes", "text", "number", ("178",), 1),
    Q("How many ballot papers were rejected for voting for more than one candidate?", "14", "table", "number",
      (), 2, ev="more than one"),
    Q("How many unmarked or void papers were there?", "31", "table", "number", (), 2, ev="Unmarked"),
    Q("How many postal votes came back from Castle Hill?", "377", "table", "number", (), 2),
    Q("At what time was the result declared?", "01:40", "text", "time", ("1:40",), 2),
    Q("Who is the deputy returning officer?", "Sunita Bhambra", "kv", "name", (), 2),
    U("How many votes did the Reform candidate get in Eastgate?", "number", 1),
    U("What was the turnout in Westfield district?", "percent", 1),
    U("How many postal votes were returned in Greenway?", "number", 2),
))

DOCUMENTS: tuple[Doc, ...] = (
    RAIL_ZH, BUDGET_ZH, ROSTER_ZH, CROP_ZH, NUTRITION_ZH,
    PLANS_EN, LEDGER_EN, CHESS_EN, REAGENT_EN, ELECTION_EN,
)


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------
#: ``build(documents, *, seed)`` and ``write(out_dir, documents)`` (``dataset_styles.set_generator``).
build, write, main = set_generator(DOCUMENTS, version=VERSION, seed=SEED, one_face=ONE_FACE, note_bold=True)


if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
