"""Regenerate the seventh document-QA development set ("dev7") in this folder (deterministic).

    python data/docqa-dev7/make_dev7.py

Twelve invented documents (six Chinese, six English) of kinds none of the earlier sets has, chosen
for their tables: a monthly surface-water quality report (a text-layer PDF whose wide table runs
on over two pages), a wholesale produce price bulletin (photographed), a school sports-day results
sheet, a tiered residential electricity tariff, a college admission quota plan and a faxed lift
maintenance log; a loan repayment schedule (an image-only PDF, its table continued on page 2), a
tide table (photographed by phone), a seed catalogue page, a printer-cartridge compatibility
chart, a parcel postage rate card (photographed) and a hackathon judging score sheet. The set
exists to measure the pipeline on tables as people ask about them -- a cell named by its row and
its column in other words than the headers', by ordinal ("the fifth payment", "第三项") or by a
superlative whose answer is one cell -- over table shapes the earlier sets draw seldom or never
together: the row header in the second or third column, two header rows under a grouped header,
group labels in merged cells down the first column, units in the header ("Price (£)",
"电价（元/千瓦时）"), totals rows, blank cells, wide tables of 7-9 columns, tables held by
whitespace only, zebra shading, a table continued over two pages with its header repeated, small
numbers with decimals, percentages and signs, and codes, dates and times in cells. About a quarter
of the questions ask for header fields (document numbers, dates, issuers) or a span of the running
text, and about one in nine cannot be answered from the page (a column, row or field it does not
have). Drawing reuses ``paddlecamp.docqa.dataset_styles`` and ``paddlecamp.docqa.devset`` as dev4-dev6
do (no block is added); the faces dev4 registered are registered here too.
Writes pages/, truth.json and qa.jsonl (files are rewritten only when they change).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from paddlecamp.docqa.dataset_extra import SEED
from paddlecamp.docqa.dataset_styles import (BLUE, GREEN, GREY_444, GREY_666, GREY_888, HEADER_BLUE, NAVY, ORANGE,
                                             PANEL_BLUE, PANEL_GREY, RED, TEAL, WHITE_PAPER, ZEBRA_BLUE, ZEBRA_GREEN,
                                             ZEBRA_YELLOW, Form, Line, Logo, Para, Rule, Space, Split, StylePage,
                                             Table, set_generator)
from paddlecamp.docqa.devset import Doc, Q, U, load_generator

#: Bump when the generated files change on purpose.
VERSION = 1
#: Families that are the second face of a font collection: a text-layer PDF cannot use them.
ONE_FACE = ("wqy-mono", "noto-mono-cjk")

#: The four faces dev4 registers (``FAMILIES_DEV4`` of ``make_dev4.py``; importing it registers
#: them), so the sets draw with the same fonts.
FAMILIES_DEV7 = load_generator(Path(__file__).resolve().parents[1] / "docqa-dev4" / "make_dev4.py").FAMILIES_DEV4

L, S, P = Line, Space, Para
OLIVE = (82, 100, 30)
PURPLE = (96, 40, 120)
SHADE_GREEN = (218, 236, 214)


#: dev6's small print and footer, so the sets print them alike.
_DEV6 = load_generator(Path(__file__).resolve().parents[1] / "docqa-dev6" / "make_dev6.py")
small, footer = _DEV6.small, _DEV6.footer


# --------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------
_WQ_HEAD = (("所在水体", "断面名称", "断面编码", "监测项目", "", "", "", "", "水质\n类别"),
            ("", "", "", "pH\n（无量纲）", "溶解氧\n（mg/L）", "高锰酸盐指数\n（mg/L）", "氨氮\n（mg/L）",
             "总磷\n（mg/L）", ""))
_WQ_SPANS = ((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 5), (0, 8, 2, 1))
_WQ_W = (0.11, 0.15, 0.1, 0.1, 0.1, 0.14, 0.1, 0.1, 0.1)


def _wq_table(body: tuple, spans: tuple) -> Table:
    return Table(_WQ_HEAD + body, _WQ_W, spans=_WQ_SPANS + spans, header_rows=2, style="ruled", size=15,
                 header_size=13, family="sans", align="cllrrrrrc", header_fill=SHADE_GREEN, group_rules=True,
                 rule_color=GREY_444, pad=6)


WATER_ZH = Doc("water_quality_report_zh.pdf", "zh", (
    StylePage((
        L("江州市生态环境监测站", 17, color=GREEN, align="center", tracking=6),
        L("2026年8月地表水水质监测月报", 28, True, "noto-serif", align="center"),
        S(4),
        Form((("报告编号", "JZHJ-SZ-2026-08"), ("采样日期", "2026年8月4日—8月6日"), ("监测断面", "12个"),
              ("编　制", "钱慕白"), ("审　核", "谷雨桐"), ("签发日期", "2026年8月20日")),
             cols=3, style="cells", label_size=12, value_size=15, family="sans"),
        S(4),
        P("本月对江州江、柳溪、白沙溪和东湖共12个监测断面开展了采样监测。评价结果显示，Ⅰ—Ⅲ类水质断面9个，"
          "占75.0%，无劣Ⅴ类断面；主要超标项目为氨氮和总磷。各断面监测结果见下表。", 16, family="sans", indent=32,
          keep=("12个监测断面", "9个", "75.0%", "无劣Ⅴ类断面")),
        L("表1　各断面水质监测结果", 17, True, "sans", align="center"),
        _wq_table((
            ("江州江", "上游桥", "JZ-01", "7.56", "8.2", "2.1", "0.126", "0.04", "Ⅱ类"),
            ("", "临江大桥", "JZ-02", "7.48", "7.6", "2.8", "0.315", "0.07", "Ⅱ类"),
            ("", "望江渡口", "JZ-03", "7.39", "6.4", "3.6", "0.562", "0.11", "Ⅲ类"),
            ("", "出境断面", "JZ-04", "7.31", "5.9", "4.2", "0.688", "0.13", "Ⅲ类"),
            ("柳溪", "柳岸村", "LX-01", "7.82", "7.1", "3.3", "0.247", "0.09", "Ⅱ类"),
            ("", "柳溪口", "LX-02", "7.66", "5.2", "5.8", "1.126", "0.21", "Ⅳ类"),
            ("", "新塘闸", "LX-03", "7.70", "6.0", "4.9", "0.873", "0.16", "Ⅲ类")),
            ((2, 0, 4, 1), (6, 0, 3, 1))),
        small("（表1转下页）", 14, GREY_444, align="right"),
    ), slice="pdf-text", size=(1000, 900), margin=56,
        footer=footer("江州市生态环境监测站　地址：江州市滨江区环城东路58号", "第 1 页 共 2 页")),
    StylePage((
        L("表1　各断面水质监测结果（续）", 17, True, "sans", align="center"),
        _wq_table((
            ("白沙溪", "白沙水库坝下", "BS-01", "7.95", "8.6", "1.9", "0.088", "", "Ⅱ类"),
            ("", "白沙溪口", "BS-02", "7.58", "6.9", "3.0", "0.301", "0.10", "Ⅱ类"),
            ("东湖", "湖心", "DH-01", "8.46", "9.4", "4.6", "0.205", "0.072", "Ⅳ类"),
            ("", "北岸取水口", "DH-02", "8.21", "8.1", "3.9", "0.163", "0.041", "Ⅲ类"),
            ("", "南湾", "DH-03", "8.63", "10.2", "5.4", "0.284", "0.093", "Ⅳ类")),
            ((2, 0, 2, 1), (4, 0, 3, 1))),
        small("注：空白表示该项本月未测（BS-01断面总磷分析仪8月5日故障）。湖库总磷按湖库标准评价。", 14, GREY_444),
        L("表2　水质类别构成及与上月比较", 17, True, "sans", align="center"),
        Table((("水质类别", "断面数（个）", "本月占比", "上月占比", "增减（百分点）"),
               ("Ⅰ类", "0", "0.0%", "0.0%", "0.0"),
               ("Ⅱ类", "5", "41.7%", "33.3%", "+8.4"),
               ("Ⅲ类", "4", "33.3%", "50.0%", "-16.7"),
               ("Ⅳ类", "3", "25.0%", "16.7%", "+8.3"),
               ("Ⅴ类", "0", "0.0%", "0.0%", "0.0"),
               ("合计", "12", "100.0%", "100.0%", "—")),
              (0.2, 0.2, 0.2, 0.2, 0.2), style="hrules", size=15, family="sans", align="lrrrr", total_rows=1,
              rule_color=GREY_444, pad=6),
        L("超标原因分析", 17, True, "sans"),
        P("柳溪口断面氨氮超过Ⅲ类标准0.13倍，主要受上游新塘工业园区污水处理厂提标改造期间临时减量运行影响，"
          "预计10月底改造完成后可恢复。东湖湖心和南湾总磷偏高，与8月持续高温少雨、局部出现蓝藻水华有关，"
          "已通报东湖管理处加强巡查和打捞。", 16, family="sans", indent=32,
          keep=("0.13倍", "新塘工业园区污水处理厂提标改造", "10月底", "蓝藻水华", "东湖管理处")),
        S(6),
        Form((("监测单位（盖章）", "江州市生态环境监测站"), ("联系电话", "0576-88306142")), cols=2,
             style="underline", label_size=14, value_size=16, family="sans", label_w=0.38),
    ), slice="pdf-text", size=(1000, 900), margin=56,
        footer=footer("江州市生态环境监测站　地址：江州市滨江区环城东路58号", "第 2 页 共 2 页")),
), (
    Q("这期月报的编号是多少？", "JZHJ-SZ-2026-08", "kv", "code", ("JZHJSZ202608",), 1),
    Q("这份报告由谁审核？", "谷雨桐", "kv", "name", (), 1),
    Q("本月有几个断面水质达到Ⅲ类或更好？", "9个", "text", "number", ("9",), 1),
    Q("临江大桥那个断面溶解氧测出来多少？", "7.6", "table", "number", ("7.6mg/L",), 1, ev="JZ-02"),
    Q("望江渡口的氨氮浓度是多少？", "0.562", "table", "number", ("0.562mg/L",), 1),
    Q("柳溪口断面是几类水？", "Ⅳ类", "table", "text", ("IV类", "四类"), 1, ev="LX-02"),
    Q("编码为JZ-04的监测断面叫什么？", "出境断面", "table", "place", (), 1),
    Q("表里江州江第三个断面的高锰酸盐指数是多少？", "3.6", "table", "number", ("3.6mg/L",), 1, ev="JZ-03"),
    Q("新塘闸的酸碱度是多少？", "7.70", "table", "number", ("7.7",), 1),
    Q("东湖湖心的总磷浓度？", "0.072", "table", "number", ("0.072mg/L",), 2),
    Q("南湾那里水里的含氧量是多少？", "10.2", "table", "number", ("10.2mg/L",), 2),
    Q("这个月水质为Ⅲ类的断面一共几个？", "4", "table", "number", ("4个",), 2, ev="-16.7"),
    Q("和上个月比，Ⅲ类断面的占比变了多少个百分点？", "-16.7", "table", "number", ("下降16.7", "16.7"), 2),
    Q("上个月Ⅱ类水的比例是多少？", "33.3%", "table", "percent", ("33.3",), 2, ev="+8.4"),
    Q("柳溪口氨氮超标主要是什么原因？", "新塘工业园区污水处理厂提标改造", "text", "text", ("污水处理厂提标改造",), 2),
    Q("东湖总磷偏高和什么现象有关？", "蓝藻水华", "text", "text", ("持续高温少雨",), 2),
    U("白沙水库坝下断面本月的总磷是多少？", "number", 2),
    U("江州江出境断面的化学需氧量（COD）是多少？", "number", 1),
))

_PRODUCE = (("蔬菜", "大白菜", "山东", "1.60", "1.20", "1.40", "1.50", "-6.7%"),
            ("", "西红柿", "云南", "5.20", "4.00", "4.60", "4.20", "+9.5%"),
            ("", "黄瓜", "本地", "3.80", "2.60", "3.20", "3.40", "-5.9%"),
            ("", "土豆", "内蒙古", "2.40", "1.90", "2.10", "2.10", "0.0%"),
            ("", "青椒", "海南", "6.00", "4.80", "5.30", "5.60", "-5.4%"),
            ("水果", "富士苹果", "陕西", "9.00", "7.20", "8.10", "8.00", "+1.3%"),
            ("", "香蕉", "广西", "4.40", "3.60", "4.00", "4.30", "-7.0%"),
            ("", "西瓜", "宁夏", "2.80", "2.20", "2.50", "2.90", "-13.8%"),
            ("", "巨峰葡萄", "本地", "12.00", "9.50", "10.80", "10.20", "+5.9%"))

PRODUCE_ZH = Doc("wholesale_produce_prices_zh.jpg", "zh", (StylePage((
    Logo("农", "江州农副产品批发市场", "市场信息中心", fill=GREEN, name_color=GREEN, mark_size=28, name_size=24,
         tagline_size=13, side=58, right=("信息热线 0576-86127730", "每个交易日 7:30 发布")),
    L("蔬菜水果批发价格日报", 28, True, "noto-serif", align="center", tracking=3),
    Split(((L("第163期", 16, family="wqy"),), (L("2026年6月12日（星期五）", 16, family="wqy", align="right"),)),
          widths=(0.5, 0.5), gap=20, space_after=8),
    Table((("类别", "品名", "产地", "今日批发价（元/公斤）", "", "", "昨日均价\n（元/公斤）", "涨跌幅"),
           ("", "", "", "最高价", "最低价", "平均价", "", ""),
           *_PRODUCE),
          (0.1, 0.15, 0.12, 0.12, 0.12, 0.12, 0.14, 0.13),
          spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 3), (0, 6, 2, 1), (0, 7, 2, 1),
                 (2, 0, 5, 1), (7, 0, 4, 1)),
          header_rows=2, style="lines", group_rules=True, size=16, header_size=14, family="wqy", align="cllrrrrr",
          header_fill=SHADE_GREEN, zebra=ZEBRA_GREEN, rule_color=GREEN, pad=6),
    L("今日到货量", 17, True, "sans", color=GREEN),
    Table((("类别", "到货量（吨）", "较昨日"),
           ("蔬菜", "1,286", "+4.2%"),
           ("水果", "947", "+21.6%"),
           ("合计", "2,233", "+11.1%")),
          (0.34, 0.33, 0.33), style="hrules", size=15, family="wqy", align="lrr", total_rows=1, rule_color=GREEN,
          pad=5),
    P("今日水果到货量明显增加，其中宁夏西瓜集中上市，单日到货超过300吨，价格应声回落。受端午节前备货带动，"
      "西红柿、葡萄等品种走俏，价格小幅上涨。预计下周蔬菜价格总体平稳。", 16, family="wqy", indent=32,
      keep=("宁夏西瓜集中上市", "超过300吨", "端午节前备货", "总体平稳")),
    L("编辑：乔思远　　审核：杭美玲", 15, family="wqy", color=GREY_444),
), slice="photo", size=(1000, 900), margin=52, paper=WHITE_PAPER,
    footer=footer("本价格为批发市场成交价格，仅供参考，不作为结算依据", "JZNF-RB-163", family="wqy")),), (
    Q("这是第几期日报？", "第163期", "kv", "code", ("163",)),
    Q("日报是哪天发的？", "2026年6月12日", "kv", "date", ("2026-06-12", "6月12日")),
    Q("西红柿今天批发均价多少钱一公斤？", "4.60", "table", "money", ("4.6", "4.6元")),
    Q("黄瓜今天最低卖多少钱？", "2.60", "table", "money", ("2.6", "2.6元")),
    Q("哪种水果今天跌得最多？", "西瓜", "table", "text", (), ev="-13.8%"),
    Q("葡萄昨天平均多少钱一公斤？", "10.20", "table", "money", ("10.2", "10.2元")),
    Q("青椒价格比昨天变动了多少？", "-5.4%", "table", "percent", ("下跌5.4%", "5.4%")),
    Q("表里第二种水果是从哪里运来的？", "广西", "table", "place", (), ev="香蕉"),
    Q("蔬菜里排第一的那个品种今天最高卖多少？", "1.60", "table", "money", ("1.6", "1.6元")),
    Q("土豆产自哪里？", "内蒙古", "table", "place", ()),
    Q("今天水果一共到了多少吨？", "947", "table", "number", ("947吨",)),
    Q("西瓜价格回落是因为什么？", "宁夏西瓜集中上市", "text", "text", ("集中上市",)),
    U("西红柿的零售价是多少？", "money"),
))

SPORTS_ZH = Doc("sports_meet_results_zh.jpg", "zh", (StylePage((
    L("江州市第七中学第三十二届田径运动会", 20, True, "noto-serif", RED, "center"),
    L("高中男子组决赛成绩公告（第3号）", 26, True, "sans", align="center"),
    Form((("比赛日期", "2026年10月22日"), ("比赛地点", "学校东区田径场"), ("裁判长", "邢志远")),
         cols=3, style="stacked", label_size=13, value_size=16, family="wqy", row_gap=6),
    L("男子100米　决赛　（风速：+0.8米/秒）", 17, True, "sans"),
    Table((("名次", "道次", "姓名", "班级", "成绩（秒）", "得分", "备注"),
           ("1", "4", "欧阳子轩", "高二(3)班", "11.42", "9", "破校纪录"),
           ("2", "5", "潘浩然", "高三(1)班", "11.57", "7", ""),
           ("3", "3", "戴明哲", "高二(6)班", "11.63", "6", ""),
           ("4", "6", "钱俊宇", "高一(2)班", "11.80", "5", ""),
           ("5", "2", "严书航", "高三(4)班", "11.96", "4", ""),
           ("6", "7", "章逸凡", "高一(5)班", "12.04", "3", ""),
           ("", "8", "魏子豪", "高二(1)班", "DQ", "0", "起跑犯规")),
          (0.1, 0.1, 0.18, 0.18, 0.16, 0.1, 0.18), style="hrules", size=16, family="wqy", align="cccclcl",
          rule_color=GREY_444, pad=5),
    L("男子跳远　决赛　（单位：米，X为试跳失败）", 17, True, "sans"),
    Table((("名次", "姓名", "班级", "第一跳", "第二跳", "第三跳", "最好成绩"),
           ("1", "卢天佑", "高三(2)班", "6.12", "X", "6.35", "6.35"),
           ("2", "欧阳子轩", "高二(3)班", "5.98", "6.21", "X", "6.21"),
           ("3", "萧一诺", "高一(4)班", "5.87", "5.90", "6.04", "6.04"),
           ("4", "贝嘉树", "高二(6)班", "X", "5.76", "5.81", "5.81"),
           ("5", "方启航", "高三(1)班", "5.55", "5.69", "5.62", "5.69")),
          (0.1, 0.17, 0.17, 0.14, 0.14, 0.14, 0.14), style="none", size=16, family="wqy", align="cllrrrr",
          header_fill=PANEL_GREY, zebra=ZEBRA_YELLOW, pad=5),
    L("班级团体总分（截至第一天）", 17, True, "sans"),
    Table((("排名", "班级", "田赛", "径赛", "总分"),
           ("1", "高三(1)班", "38", "52", "90"),
           ("2", "高二(3)班", "31", "54", "85"),
           ("3", "高二(6)班", "40", "37", "77")),
          (0.14, 0.26, 0.2, 0.2, 0.2), style="ruled", size=15, family="wqy", align="clrrr", rule_color=GREY_666,
          pad=5),
    P("高二(3)班欧阳子轩在男子100米决赛中跑出11.42秒，打破了由2019届校友龙啸天保持的11.45秒校纪录，"
      "并以6.21米获得跳远亚军。魏子豪因起跑犯规被取消该项目成绩。", 16, family="wqy", indent=32,
      keep=("龙啸天", "11.45秒", "6.21米")),
), slice="lowres", size=(1000, 980), margin=52,
    footer=footer("第三十二届田径运动会竞赛组　2026年10月22日公布", "公告第3号", family="wqy")),), (
    Q("这次运动会的裁判长是谁？", "邢志远", "kv", "name", ()),
    Q("决赛在哪里比的？", "学校东区田径场", "kv", "place", ("东区田径场",)),
    Q("这是第几号成绩公告？", "第3号", "kv", "code", ("3号", "公告第3号")),
    Q("100米跑第二名是谁？", "潘浩然", "table", "name", ()),
    Q("戴明哲的100米成绩是多少秒？", "11.63", "table", "number", ("11.63秒",)),
    Q("钱俊宇是在几道跑的？", "6", "table", "number", ("第6道", "6道"), ev="钱俊宇"),
    Q("魏子豪为什么没有名次？", "起跑犯规", "table", "text", ("犯规",)),
    Q("100米第五名是哪个班的学生？", "高三(4)班", "table", "text", ("高三4班", "高三（4）班"), ev="严书航"),
    Q("贝嘉树第二次试跳跳了多远？", "5.76", "table", "number", ("5.76米",)),
    Q("跳远冠军第三跳跳出了多少米？", "6.35", "table", "number", ("6.35米",), ev="卢天佑"),
    Q("高三(1)班目前团体总分多少？", "90", "table", "number", ("90分",)),
    Q("高二(6)班径赛拿了多少分？", "37", "table", "number", ("37分",)),
    Q("原来的100米校纪录是多少？", "11.45秒", "text", "number", ("11.45",)),
    U("潘浩然的跳远成绩是多少？", "number"),
))

ELECTRIC_ZH = Doc("electricity_tariff_zh.jpg", "zh", (StylePage((
    Logo("电", "国网江州供电公司", "客户服务中心", fill=BLUE, name_color=BLUE, mark_size=28, name_size=24,
         tagline_size=13, side=58, right=("供电服务热线 95598",)),
    L("江州市居民生活用电价格表", 28, True, "noto-serif", align="center"),
    Form((("执行文件", "江发改价〔2026〕31号"), ("执行日期", "2026年1月1日")), cols=2, style="underline",
         label_size=15, value_size=17, family="wqy", label_w=0.30),
    L("一、阶梯电价（年度累计）", 18, True, "sans", color=BLUE),
    Table((("用户类别", "档次", "年用电量（千瓦时）", "电价（元/千瓦时）"),
           ("一户一表\n居民用户", "第一档", "0—2760", "0.5380"),
           ("", "第二档", "2761—4800", "0.5880"),
           ("", "第三档", "4801及以上", "0.8380"),
           ("合表用户", "城镇", "不分档", "0.5580"),
           ("", "农村", "不分档", "0.5090"),
           ("执行居民电价的非居民用户", "", "", "0.5630")),
          (0.3, 0.18, 0.28, 0.24), spans=((1, 0, 3, 1), (4, 0, 2, 1), (6, 0, 1, 3)), style="ruled", size=16,
          family="wqy", align="cclr", header_fill=HEADER_BLUE, rule_color=BLUE, pad=7),
    L("二、峰谷分时电价（自愿选择，一户一表用户）", 18, True, "sans", color=BLUE),
    Table((("档次", "高峰时段", "低谷时段"),
           ("", "8:00—22:00", "22:00—次日8:00"),
           ("第一档", "0.5680", "0.2880"),
           ("第二档", "0.6180", "0.3380"),
           ("第三档", "0.8680", "0.5780")),
          (0.3, 0.35, 0.35), spans=((0, 0, 2, 1),), header_rows=2, style="hrules", size=16, family="wqy",
          align="crr", header_fill=PANEL_BLUE, rule_color=BLUE, pad=6),
    L("三、多人口家庭每档增加电量", 18, True, "sans", color=BLUE),
    Table((("家庭常住人口", "5人", "6人及以上"),
           ("每档年增加电量（千瓦时）", "1200", "2400")),
          (0.44, 0.28, 0.28), style="lines", size=16, family="wqy", align="lrr", rule_color=BLUE, pad=6),
    P("阶梯电量按年度累计计算，周期为每年1月1日至12月31日，年中新装用户按剩余月份折算。城乡低保户和农村五保户"
      "每户每月免费用电15千瓦时，由供电企业在电费中直接扣减。", 16, family="wqy", indent=32,
      keep=("1月1日至12月31日", "低保户和农村五保户", "15千瓦时")),
), slice="blur", size=(1000, 980), margin=52, paper=WHITE_PAPER,
    footer=footer("电价单位：元/千瓦时（含税）　如遇政策调整，以价格主管部门文件为准", "第1页", family="wqy")),), (
    Q("这份电价表依据的是哪个文件？", "江发改价〔2026〕31号", "kv", "code", ("江发改价(2026)31号",)),
    Q("新电价从什么时候开始执行？", "2026年1月1日", "kv", "date", ("2026-01-01", "1月1日")),
    Q("供电公司的服务热线是多少？", "95598", "kv", "phone", ()),
    Q("一户一表的第二档每度电多少钱？", "0.5880", "table", "money", ("0.588", "0.588元")),
    Q("第三档从每年用多少度电开始算？", "4801及以上", "table", "number", ("4801",)),
    Q("农村合表用户的电价是多少？", "0.5090", "table", "money", ("0.509", "0.509元")),
    Q("城镇合表用户一度电多少钱？", "0.5580", "table", "money", ("0.558", "0.558元"), ev="城镇"),
    Q("第一档的谷电价格是多少？", "0.2880", "table", "money", ("0.288", "0.288元")),
    Q("第三档峰时段电价是多少？", "0.8680", "table", "money", ("0.868", "0.868元")),
    Q("峰谷电价的高峰是几点到几点？", "8:00—22:00", "table", "time", ("8:00-22:00", "早8点到晚10点")),
    Q("家里有6口人，每一档每年能多用多少度？", "2400", "table", "number", ("2400千瓦时",)),
    Q("表里第一档对应的年用电量范围是多少？", "0—2760", "table", "number", ("0-2760", "2760千瓦时以内")),
    Q("低保户每个月免费用多少电？", "15千瓦时", "text", "number", ("15度", "15")),
    U("第四档的电价是多少？", "money"),
))

_QUOTA = (("智能制造\n学院", "机电一体化技术", "460301", "120", "20", "140", "6,600"),
          ("", "工业机器人技术", "460305", "80", "10", "90", "6,600"),
          ("", "数控技术", "460103", "60", "—", "60", "6,000"),
          ("信息工程\n学院", "软件技术", "510203", "150", "30", "180", "7,200"),
          ("", "大数据技术", "510205", "90", "15", "105", "7,200"),
          ("", "物联网应用技术", "510102", "70", "", "70", "7,200"),
          ("商贸学院", "电子商务", "530701", "110", "25", "135", "5,800"),
          ("", "现代物流管理", "530802", "65", "10", "75", "5,800"),
          ("合计", "", "", "745", "110", "855", ""))

ADMISSION_ZH = Doc("admission_plan_zh.jpg", "zh", (StylePage((
    L("江州职业技术学院", 22, True, "noto-serif", NAVY, "center", tracking=6),
    L("2026年普通高职（专科）分专业招生计划", 26, True, "sans", align="center"),
    Form((("院校代码", "13875"), ("招生办电话", "0576-88739021"), ("发布日期", "2026年5月28日")),
         cols=3, style="box", label_size=13, value_size=15, family="wqy", label_w=0.44),
    S(4),
    Table((("学院", "专业名称", "专业代码", "招生计划（人）", "", "", "学费\n（元/年）"),
           ("", "", "", "省内", "省外", "小计", ""),
           *_QUOTA),
          (0.14, 0.22, 0.13, 0.12, 0.12, 0.12, 0.15),
          spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 3), (0, 6, 2, 1),
                 (2, 0, 3, 1), (5, 0, 3, 1), (8, 0, 2, 1), (10, 0, 1, 3)),
          header_rows=2, style="ruled", size=16, header_size=15, family="wqy", align="cllrrrr",
          header_fill=HEADER_BLUE, total_rows=1, rule_color=NAVY, pad=7),
    small("注：“—”表示该专业不在省外招生；物联网应用技术省外计划待定。学制均为三年。", 14, GREY_444, family="wqy"),
    L("报到须知", 18, True, "sans", color=NAVY),
    P("新生请于2026年9月6日至9月7日持录取通知书到学院北校区体育馆报到，逾期两周未报到且未请假者视为自动放弃入学资格。"
      "家庭经济困难学生可通过“绿色通道”先办理入学手续，再申请国家助学贷款。", 16, family="wqy", indent=32,
      keep=("2026年9月6日至9月7日", "北校区体育馆", "逾期两周", "“绿色通道”")),
), slice="skew", size=(1000, 780), margin=54,
    footer=footer("江州职业技术学院招生就业处", "招生章程见学院官网", family="wqy")),), (
    Q("这所学校的院校代码是多少？", "13875", "kv", "code", ()),
    Q("招生咨询打哪个电话？", "0576-88739021", "kv", "phone", ("057688739021",)),
    Q("软件技术专业在外省招几个人？", "30", "table", "number", ("30人",), ev="软件技术"),
    Q("工业机器人技术专业的国家编号是多少？", "460305", "table", "code", ()),
    Q("大数据技术一年学费要交多少？", "7,200", "table", "money", ("7200", "7200元"), ev="大数据技术"),
    Q("全校在本省一共招多少人？", "745", "table", "number", ("745人",)),
    Q("商贸学院的第二个专业是什么？", "现代物流管理", "table", "text", ()),
    Q("数控技术计划招多少学生？", "60", "table", "number", ("60人",), ev="数控技术"),
    Q("电子商务专业总共计划招收多少人？", "135", "table", "number", ("135人",)),
    Q("机电一体化技术每年的学费是多少？", "6,600", "table", "money", ("6600", "6600元"), ev="460301"),
    Q("今年面向省外的招生计划合计多少人？", "110", "table", "number", ("110人",), ev="745"),
    Q("新生几号报到？", "2026年9月6日至9月7日", "text", "date", ("9月6日至9月7日", "9月6日-7日")),
    U("护理专业计划招收多少人？", "number"),
    U("软件技术专业的住宿费一年多少钱？", "money"),
))

_FAXF = "wqy"

LIFT_ZH = Doc("lift_maintenance_log_zh.jpg", "zh", (StylePage((
    L("FAX  2026-10-08 09:26   发自 0576-86603318   江州安达电梯工程有限公司   P.1/1", 14, family="noto-mono-cjk"),
    Rule(1, space=12),
    L("电梯维护保养记录表", 30, True, _FAXF, align="center", tracking=4),
    Form((("使用单位", "江州市图书馆新馆"), ("设备编号", "DT-07"), ("注册代码", "3110330220 2016 0047"),
          ("维保周期", "2026年9月")),
         cols=2, style="underline", label_size=16, value_size=18, family=_FAXF, label_w=0.30, row_gap=10),
    L("一、本月维保作业记录", 19, True, _FAXF),
    Table((("日期", "维保单号", "到场", "离场", "作业类型", "维保人员", "结论"),
           ("09-03", "WB2609-0311", "09:15", "10:40", "半月保养", "韦立群", "合格"),
           ("09-17", "WB2609-0796", "14:05", "15:20", "半月保养", "韦立群", "合格"),
           ("09-21", "GZ2609-0152", "19:42", "21:10", "故障维修", "包振宇", "已修复"),
           ("09-30", "WB2609-1204", "08:50", "11:35", "季度保养", "韦立群、包振宇", "合格")),
          (0.1, 0.2, 0.1, 0.1, 0.15, 0.23, 0.12), style="none", size=17, header_size=17, family=_FAXF,
          align="clcccll", pad=6),
    L("二、主要检测数据", 19, True, _FAXF),
    Table((("检测项目", "单位", "标准要求", "9月3日", "9月17日", "9月30日"),
           ("制动器闸瓦间隙", "mm", "0.2—0.5", "0.35", "0.34", "0.40"),
           ("轿厢平层误差", "mm", "±10", "+3", "-4", "+2"),
           ("层门关闭力", "N", "≤150", "128", "131", "126"),
           ("钢丝绳磨损", "%", "<10", "2.1", "2.2", "2.4"),
           ("运行速度偏差", "%", "-8—+5", "+1.6", "+1.8", "+1.5")),
          (0.25, 0.1, 0.17, 0.16, 0.16, 0.16), style="ruled", size=17, header_size=17, family=_FAXF,
          align="lccrrr", pad=6),
    P("9月21日19时30分接报电梯困人故障，维保人员12分钟后到场，19时50分解救被困乘客2名，无人受伤。经检查，"
      "故障原因为3层层门门锁触点氧化接触不良，更换门锁触点后试运行正常。", 17, family=_FAXF, indent=34,
      keep=("19时30分", "12分钟", "2名", "3层层门门锁触点氧化接触不良")),
    Form((("维保单位", "江州安达电梯工程有限公司"), ("24小时救援电话", "0576-86603300"),
          ("使用单位安全管理员", "濮秀兰")),
         cols=1, style="underline", label_size=16, value_size=18, family=_FAXF, label_w=0.34, row_gap=8),
), slice="fax", size=(1000, 920), margin=54),), (
    Q("这部电梯的注册代码是多少？", "3110330220 2016 0047", "kv", "code", ("311033022020160047",)),
    Q("电梯出了故障找哪个号码救援？", "0576-86603300", "kv", "phone", ("057686603300",)),
    Q("9月17日那次保养的单号是什么？", "WB2609-0796", "table", "code", ("WB26090796",)),
    Q("故障维修那次师傅几点到的现场？", "19:42", "table", "time", ("19点42分",)),
    Q("季度保养是哪些人做的？", "韦立群、包振宇", "table", "name", ("韦立群和包振宇",)),
    Q("9月3日维保人员几点走的？", "10:40", "table", "time", ("10点40分",)),
    Q("第三条记录的结论是什么？", "已修复", "table", "text", ()),
    Q("9月17日测得的层门关闭力是多少牛？", "131", "table", "number", ("131N",)),
    Q("9月17日轿厢平层差了多少毫米？", "-4", "table", "number", ("-4mm", "4毫米")),
    Q("制动器闸瓦间隙的合格范围是多少？", "0.2—0.5", "table", "number", ("0.2-0.5", "0.2—0.5mm")),
    Q("电梯困人是什么原因造成的？", "3层层门门锁触点氧化接触不良", "text", "text", ("门锁触点氧化接触不良",)),
    U("这台电梯的额定载重量是多少？", "number"),
))

# --------------------------------------------------------------------------------------------
# English documents
# --------------------------------------------------------------------------------------------
_SANS, _SERIF, _COND, _SC, _SIGN = "dejavu-sans", "dejavu-serif", "dejavu-condensed", "dejavu-serif-condensed", \
    "dejavu-oblique"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _loan_rows(principal: str = "18000", rate: str = "0.069", n: int = 24) -> tuple[tuple[str, ...], ...]:
    """An annuity repayment schedule (monthly interest on the balance, rounded half up to the
    penny; the last payment clears the balance), first payment 15 Feb 2026, and its total row."""
    cent = Decimal("0.01")
    bal, r = Decimal(principal), Decimal(rate) / 12
    pay = (bal * r / (1 - (1 + r) ** -n)).quantize(cent, ROUND_HALF_UP)
    rows, paid, interest = [], Decimal(0), Decimal(0)
    for i in range(1, n + 1):
        it = (bal * r).quantize(cent, ROUND_HALF_UP)
        p = pay if i < n else bal + it
        bal -= p - it
        paid, interest = paid + p, interest + it
        month = 1 + i  # February 2026 first
        date = f"15 {_MONTHS[(month - 1) % 12]} {2026 + (month - 1) // 12}"
        rows.append((str(i), date, f"{p:,.2f}", f"{it:,.2f}", f"{p - it:,.2f}", f"{bal:,.2f}"))
    rows.append(("Total", "", f"{paid:,.2f}", f"{interest:,.2f}", f"{Decimal(principal):,.2f}", ""))
    return tuple(rows)


_LOAN = _loan_rows()
_LOAN_HEAD = (("No.", "Due date", "Payment (£)", "Interest (£)", "Capital (£)", "Balance after (£)"),)


def _loan_table(body: tuple, total: int = 0) -> Table:
    return Table(_LOAN_HEAD + body, (0.1, 0.2, 0.17, 0.17, 0.17, 0.19), spans=((len(body), 0, 1, 2),) if total else (),
                 style="hrules", size=16, header_size=15, family=_SANS, align="clrrrr", header_fill=HEADER_BLUE,
                 zebra=ZEBRA_BLUE, total_rows=total, rule_color=NAVY, pad=5)


LOAN_EN = Doc("loan_repayment_schedule_en.pdf", "en", (
    StylePage((
        Split(((L("Northbrook Building Society", 24, True, _SANS, NAVY),
                L("Personal Loans  -  PO Box 212, Northbrook NB2 4QE", 13, family=_SANS, color=GREY_666)),
               (L("REPAYMENT SCHEDULE", 19, True, _SANS, NAVY, "right"),
                L("Issued 30 January 2026", 13, family=_SANS, color=GREY_666, align="right"))),
              widths=(0.6, 0.4), gap=20, space_after=8),
        Rule(3, NAVY, space=12),
        Form((("Borrower", "Mrs Alana Whitcombe"), ("Loan account", "7730-214-58"), ("Amount borrowed", "£18,000.00"),
              ("Interest rate", "6.9% p.a. fixed"), ("Term", "24 months"), ("Monthly payment", "£805.09")),
             cols=3, style="stacked-line", label_size=13, value_size=16, family=_SANS, row_gap=10),
        _loan_table(_LOAN[:18]),
        small("Continued overleaf. Payments are collected by direct debit on the due date or the next working day.",
              13, GREY_444, family=_SANS),
    ), slice="pdf-image", size=(1000, 900), margin=56,
        footer=footer("Northbrook Building Society is authorised by the Prudential Regulation Authority",
                      "Page 1 of 2", family=_SANS, size=12)),
    StylePage((
        L("Repayment schedule (continued)  -  loan account 7730-214-58", 18, True, _SANS, NAVY),
        _loan_table(_LOAN[18:], total=1),
        L("Charges", 17, True, _SANS, NAVY),
        Table((("Charge", "Amount", "When it applies"),
               ("Late payment fee", "£12.00", "a payment is more than 14 days late"),
               ("Returned direct debit", "£15.00", "your bank refuses a collection"),
               ("Copy statement", "£5.00", "each extra copy"),
               ("Settlement figure letter", "free", "on request")),
              (0.32, 0.16, 0.52), style="lines", size=15, family=_SANS, align="lrl", rule_color=GREY_888, pad=5),
        P("If a payment is missed we will try to collect it again after 5 working days and write to tell you. You can "
          "repay the whole loan, or part of it, at any time; we charge 58 days' interest on the amount repaid early, "
          "which is less than the statutory maximum. Ask for a settlement figure by calling 0345 077 2190.", 15,
          family=_SERIF, keep=("after 5 working days", "58 days' interest", "0345 077 2190")),
        Form((("Prepared by", "Loans Servicing Team"), ("Reference", "NBS/PL/26/004187")), cols=2,
             style="underline", label_size=13, value_size=15, family=_SANS, label_w=0.34),
    ), slice="pdf-image", size=(1000, 900), margin=56,
        footer=footer("Northbrook Building Society is authorised by the Prudential Regulation Authority",
                      "Page 2 of 2", family=_SANS, size=12)),
), (
    Q("What is the loan account number?", "7730-214-58", "kv", "code", ("773021458",), 1),
    Q("How much is each monthly repayment?", "£805.09", "kv", "money", ("805.09",), 1),
    Q("Who has taken out the loan?", "Mrs Alana Whitcombe", "kv", "name", ("Alana Whitcombe",), 1),
    Q("How much of the fifth payment is interest?", "87.22", "table", "money", ("£87.22",), 1),
    Q("What will the balance be after the August 2026 payment?", "13,003.34", "table", "money",
      ("£13,003.34", "13003.34"), 1),
    Q("How much capital does payment 12 pay off?", "747.26", "table", "money", ("£747.26",), 1),
    Q("On what date is the tenth instalment due?", "15 Nov 2026", "table", "date",
      ("15 November 2026", "2026-11-15"), 1),
    Q("Which payment number falls due on 15 Mar 2027?", "14", "table", "number", (), 1),
    Q("How much interest is charged in the payment due on 15 Jun 2027?", "36.09", "table", "money", ("£36.09",), 1),
    Q("What is the capital part of payment 22?", "791.36", "table", "money", ("£791.36",), 2),
    Q("How much will still be owed after payment 20?", "3,174.62", "table", "money", ("£3,174.62", "3174.62"), 2),
    Q("How much is the very last repayment?", "805.11", "table", "money", ("£805.11",), 2),
    Q("What is the total interest payable over the loan?", "1,322.18", "table", "money",
      ("£1,322.18", "1322.18"), 2),
    Q("What is the fee when the bank refuses a direct debit collection?", "£15.00", "table", "money",
      ("15.00", "£15"), 2),
    Q("How long after a missed payment is it collected again?", "after 5 working days", "text", "number",
      ("5 working days",), 2),
    Q("How much interest is charged on an early repayment?", "58 days' interest", "text", "text",
      ("58 days",), 2),
    U("What is the balance after payment 25?", "money", 2),
    U("What interest rate applies if the borrower switches to a variable rate?", "percent", 1),
))

_TIDES = (("Sat 14 Mar", "09:18", "4.6", "21:40", "4.7", "03:12", "0.9", "15:34", "0.8"),
          ("Sun 15 Mar", "09:58", "4.8", "22:17", "4.9", "03:52", "0.7", "16:12", "0.6"),
          ("Mon 16 Mar", "10:35", "5.0", "22:53", "5.1", "04:29", "0.4", "16:48", "0.3"),
          ("Tue 17 Mar", "11:11", "5.2", "23:28", "5.2", "05:05", "0.2", "17:23", "0.1"),
          ("Wed 18 Mar", "11:46", "5.3", "", "", "05:40", "0.0", "17:58", "-0.1"),
          ("Thu 19 Mar", "00:03", "5.3", "12:21", "5.4", "06:15", "-0.2", "18:33", "-0.3"),
          ("Fri 20 Mar", "00:38", "5.3", "12:57", "5.3", "06:51", "-0.2", "19:09", "-0.2"))

TIDE_EN = Doc("tide_table_en.jpg", "en", (StylePage((
    L("CARRICK HAVEN HARBOUR AUTHORITY", 16, True, _SANS, TEAL, tracking=4),
    L("Tide predictions  -  week 11, March 2026", 26, True, _SANS),
    Form((("Station", "Carrick Haven, no. 0517"), ("Times", "GMT"), ("Heights", "metres above chart datum")),
         cols=3, style="stacked", label_size=14, value_size=17, family=_SANS, row_gap=6),
    Table((("Date", "High water", "", "", "", "Low water", "", "", ""),
           ("", "a.m.", "m", "p.m.", "m", "a.m.", "m", "p.m.", "m"),
           *_TIDES),
          (0.16, 0.11, 0.095, 0.11, 0.095, 0.11, 0.095, 0.11, 0.115),
          spans=((0, 0, 2, 1), (0, 1, 1, 4), (0, 5, 1, 4)), header_rows=2, style="none", group_rules=True,
          size=18, header_size=17, family=_SANS, align="lcrcrcrcr", header_fill=(210, 232, 234),
          zebra=(230, 242, 243), rule_color=TEAL, pad=7),
    L("Sun and moon", 19, True, _SANS, TEAL),
    Table((("Date", "Sunrise", "Sunset", "Moon"),
           ("Sat 14 Mar", "06:21", "18:08", "waning crescent"),
           ("Thu 19 Mar", "06:10", "18:17", "new moon"),
           ("Fri 20 Mar", "06:08", "18:19", "")),
          (0.26, 0.2, 0.2, 0.34), style="lines", size=17, family=_SANS, align="lccl", rule_color=TEAL, pad=6),
    P("Predicted heights can differ from the actual level by up to 0.3 m, and by more in strong onshore winds or "
      "low pressure. The harbour bar dries at 0.8 m: keep to the buoyed channel within two hours of low water. "
      "Clocks go forward on 29 March; add one hour for BST.", 17, family=_SERIF,
      keep=("up to 0.3 m", "dries at 0.8 m", "within two hours of low water", "29 March")),
    L("Harbour office: 01326 550 718, VHF channel 12", 17, family=_SANS),
), slice="phone", size=(1000, 880), margin=50, paper=WHITE_PAPER,
    footer=footer("Predictions (c) Carrick Haven Harbour Authority", "Week 11", family=_SANS, size=13)),), (
    Q("What is the tide station number?", "0517", "kv", "code", ("no. 0517",)),
    Q("What number should I ring for the harbour office?", "01326 550 718", "kv", "phone", ("01326550718",)),
    Q("What time is the morning high tide on Monday 16 March?", "10:35", "table", "time", ("10.35", "10:35 am")),
    Q("How high does the evening high water reach on Sunday 15 March?", "4.9", "table", "number", ("4.9 m",)),
    Q("Which day has the lowest low water in the table?", "Thu 19 Mar", "table", "date",
      ("Thursday 19 March", "19 March"), ev="-0.3"),
    Q("What height is the early morning low water on Saturday?", "0.9", "table", "number", ("0.9 m",)),
    Q("When is the afternoon low tide on Friday 20 March?", "19:09", "table", "time", ("19.09", "7:09 pm")),
    Q("On the third day of the table, what time is the evening low water?", "16:48", "table", "time",
      ("16.48", "4:48 pm")),
    Q("How high is the p.m. high tide on Thursday the 19th?", "5.4", "table", "number", ("5.4 m",)),
    Q("When is sundown on 19 March?", "18:17", "table", "time", ("6:17 pm",)),
    Q("At what height does the harbour bar dry out?", "0.8 m", "text", "number", ("0.8",)),
    U("What time is the evening high water on Wednesday 18 March?", "time"),
))

_SEEDS = (("TB-1041", "Ailsa Craig", "Onion", "Feb–Apr", "Aug–Sep", "300", "2.45", ""),
          ("TB-1187", "Boltardy", "Beetroot", "Mar–Jul", "Jun–Oct", "200", "2.10", "yes"),
          ("TB-1210", "Early Nantes 2", "Carrot", "Mar–Jun", "Jun–Sep", "1,000", "1.95", "yes"),
          ("TB-1362", "Musselburgh", "Leek", "Mar–Apr", "Oct–Feb", "250", "2.25", ""),
          ("TB-1432", "Kelvedon Wonder", "Pea", "Mar–Jun", "Jun–Aug", "150", "2.75", "yes"),
          ("TB-1508", "Sungold F1", "Tomato", "Feb–Apr", "Jul–Oct", "10", "3.95", ""),
          ("TB-1526", "Gardener's Delight", "Tomato", "Feb–Apr", "Jul–Oct", "40", "2.35", "yes"),
          ("TB-1677", "Crimson Flowered", "Broad bean", "Mar–May", "Jun–Aug", "20", "2.95", ""),
          ("TB-1730", "Tromboncino", "Squash", "Apr–May", "Aug–Oct", "8", "3.25", ""),
          ("TB-1815", "Red Kuri", "Squash", "Apr–May", "Sep–Oct", "12", "2.65", "yes"))

SEED_EN = Doc("seed_catalogue_en.jpg", "en", (StylePage((
    Split(((L("Thornbury Seeds", 28, True, _SC, OLIVE),
            L("Heritage and everyday vegetables since 1958", 14, family=_SC, color=GREY_666)),
           (L("Spring catalogue 2027", 17, True, _SC, align="right"),
            L("Page 14  -  Vegetables", 14, family=_SC, color=GREY_666, align="right"))),
          widths=(0.6, 0.4), gap=20, space_after=6),
    Rule(2, OLIVE, space=12),
    Table((("Code", "Variety", "Crop", "Sow", "Harvest", "Seeds per\npacket", "Price (£)", "Organic"),
           *_SEEDS),
          (0.11, 0.21, 0.13, 0.11, 0.11, 0.12, 0.1, 0.11), style="none", size=16, header_size=15, family=_SC,
          align="lllllrrc", header_color=OLIVE, pad=6),
    small("Prices are per packet and include VAT. A blank in the Organic column means conventionally grown seed.",
          14, GREY_444, family=_SC),
    Split(((L("Collections", 17, True, _SC, OLIVE),
            Table((("Collection", "Packets", "Usual", "Offer"),
                   ("Salad starter", "5", "£11.20", "£8.99"),
                   ("Tomato trio", "3", "£9.25", "£7.50"),
                   ("Winter veg", "6", "£14.05", "£10.99")),
                  (0.4, 0.18, 0.21, 0.21), style="lines", size=15, family=_SC, align="lrrr", rule_color=OLIVE,
                  pad=5, space_after=4)),
           (L("Postage", 17, True, _SC, OLIVE),
            Table((("Order value", "Postage"),
                   ("up to £15.00", "£1.99"),
                   ("£15.01 to £30.00", "£2.99"),
                   ("over £30.00", "free")),
                  (0.6, 0.4), style="lines", size=15, family=_SC, align="lr", rule_color=OLIVE, pad=5,
                  space_after=4))),
          widths=(0.55, 0.45), gap=30, space_after=12),
    P("All seed is tested for germination and stored at 5 °C until it is packed. Orders received by 31 January are "
      "sent in the first week of February; later orders go out within three working days. Order by phone on "
      "01454 860 233 quoting your customer number, or by post with the form on page 47.", 16, family=_SERIF,
      keep=("5 °C", "by 31 January", "first week of February", "within three working days", "01454 860 233",
            "page 47")),
), slice="clean", size=(1000, 860), margin=50, paper=WHITE_PAPER,
    footer=footer("Thornbury Seeds Ltd, Mill Lane, Thornbury BS35 2AX", "Catalogue p. 14", family=_SC,
                  size=12)),), (
    Q("Which page of the catalogue is this?", "Page 14", "kv", "number", ("14", "p. 14")),
    Q("What phone number takes seed orders?", "01454 860 233", "text", "phone", ("01454860233",)),
    Q("How much is a packet of Boltardy beetroot?", "2.10", "table", "money", ("£2.10",)),
    Q("What do I quote to order Sungold F1?", "TB-1508", "table", "code", ("TB1508",)),
    Q("How many seeds come in a packet of Early Nantes 2?", "1,000", "table", "number", ("1000",)),
    Q("When can the leeks be lifted?", "Oct–Feb", "table", "date", ("October to February",)),
    Q("Which variety has the most seeds per packet?", "Early Nantes 2", "table", "text", (), ev="1,000"),
    Q("What is the lowest packet price on the page?", "1.95", "table", "money", ("£1.95",)),
    Q("What kind of vegetable is Tromboncino?", "Squash", "table", "text", (), ev="Tromboncino"),
    Q("What is the fourth variety in the list?", "Musselburgh", "table", "text", ()),
    Q("What does the tomato trio collection cost on offer?", "£7.50", "table", "money", ("7.50",)),
    Q("Up to what date must orders arrive to go out in early February?", "by 31 January", "text", "date",
      ("31 January",)),
    U("How much is a packet of Sungold F1 tomato seed in the organic range?", "money"),
))

_INK = (("Canova", "PIXA TS3150", "CN-545", "CN-546", "CN-545XL", "CN-546XL", "180"),
        ("", "PIXA TS5350", "CN-580", "CN-581", "CN-580XL", "CN-581XL", "200"),
        ("", "PIXA MG2550", "CN-540", "CN-541", "", "CN-541XL", "180"),
        ("Epsilar", "XP-2150", "EP-603", "EP-603C", "EP-603XL", "", "150"),
        ("", "XP-4150", "EP-604", "EP-604C", "EP-604XL", "EP-604XC", "250"),
        ("Hewton", "DeskJet 2720", "HW-305", "HW-305C", "HW-305XL", "HW-305XC", "120"),
        ("", "OfficeJet 8012", "HW-912", "HW-912C", "HW-912XL", "HW-912XC", "300"))

INK_EN = Doc("printer_ink_compatibility_en.jpg", "en", (StylePage((
    Logo("iD", "Inkwell Direct", "Cartridges and toner, next-day delivery", fill=PURPLE, name_color=PURPLE,
         family=_SANS, name_size=26, tagline_size=14, mark_size=26, side=58,
         right=("Helpline 0161 496 0732", "Chart edition 3, September 2026")),
    L("Which cartridge fits my printer?", 26, True, _SANS),
    Table((("Brand", "Printer model", "Black", "Colour", "XL black", "XL colour", "Black yield\n(pages)"),
           *_INK),
          (0.12, 0.2, 0.13, 0.14, 0.14, 0.14, 0.13),
          spans=((1, 0, 3, 1), (4, 0, 2, 1), (6, 0, 2, 1)), style="ruled", size=17, header_size=16, family=_COND,
          align="lllllll", header_fill=(228, 216, 238), rule_color=PURPLE, pad=7),
    small("A blank cell: no cartridge of that type is made for the model.", 15, GREY_444, family=_SANS),
    L("Prices", 20, True, _SANS, PURPLE),
    Table((("Cartridge", "Standard", "", "XL", ""),
           ("", "Price (EUR)", "Yield", "Price (EUR)", "Yield"),
           ("CN-545 black", "16.90", "180", "27.50", "400"),
           ("CN-546 colour", "19.40", "180", "31.90", "300"),
           ("EP-604 black", "14.20", "250", "24.60", "500"),
           ("HW-305 black", "12.99", "120", "21.99", "240"),
           ("HW-912 black", "18.50", "300", "33.80", "825"),
           ("HW-912C each colour", "11.90", "315", "", "")),
          (0.28, 0.18, 0.18, 0.18, 0.18), spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2)), header_rows=2,
          style="hrules", group_rules=True, size=17, header_size=16, family=_COND, align="lrrrr",
          rule_color=PURPLE, pad=6),
    P("XL cartridges hold about twice the ink of standard ones and cost less per page. Every cartridge we sell is "
      "guaranteed for 24 months from purchase; refilled or damaged cartridges are not covered. Orders placed "
      "before 17:00 are delivered the next working day.", 17, family=_SANS,
      keep=("twice the ink", "24 months", "before 17:00")),
), slice="lowres", size=(1000, 940), margin=50),), (
    Q("What is the Inkwell Direct helpline number?", "0161 496 0732", "kv", "phone", ("01614960732",)),
    Q("Which edition of the chart is this?", "Chart edition 3, September 2026", "kv", "text",
      ("edition 3",)),
    Q("Which black cartridge fits the PIXA TS5350?", "CN-580", "table", "code", ("CN580",)),
    Q("What's the high-capacity colour cartridge for the XP-4150?", "EP-604XC", "table", "code", ("EP604XC",)),
    Q("How many pages does a standard black cartridge print in the OfficeJet 8012?", "300", "table", "number",
      ("300 pages",), ev="OfficeJet 8012"),
    Q("How much is the XL version of the CN-546 colour cartridge?", "31.90", "table", "money",
      ("€31.90", "31.90 EUR")),
    Q("What does a standard HW-305 black cartridge cost?", "12.99", "table", "money", ("€12.99",)),
    Q("How many pages does the EP-604 XL give?", "500", "table", "number", ("500 pages",)),
    Q("Which printer is listed second under Epsilar?", "XP-4150", "table", "text", ()),
    Q("Which colour cartridge do I need for a DeskJet 2720?", "HW-305C", "table", "code", ("HW305C",)),
    Q("How long are the cartridges guaranteed for?", "24 months", "text", "number", ("2 years",)),
    U("Which XL black cartridge fits the PIXA MG2550?", "code"),
    U("What is the price of the EP-603XL cartridge?", "money"),
))

_POSTAGE = (("500 g", "3.45", "6.95", "9.80", "11.40", "14.25", "16.90", "18.10"),
            ("1 kg", "4.20", "7.85", "12.30", "14.15", "19.60", "23.45", "25.00"),
            ("2 kg", "5.35", "9.40", "15.75", "18.20", "27.80", "33.10", "36.55"),
            ("5 kg", "7.95", "13.60", "24.90", "29.35", "46.20", "55.75", "61.40"),
            ("10 kg", "11.50", "18.25", "38.40", "45.10", "72.85", "88.30", ""),
            ("20 kg", "16.80", "27.90", "59.60", "69.95", "", "", ""))

POSTAGE_EN = Doc("parcel_postage_rates_en.jpg", "en", (StylePage((
    Logo("S", "Swiftpost", "Parcel rates for counter and online postage", fill=RED, name_color=RED, family=_SANS,
         name_size=28, tagline_size=14, mark_size=32, side=60,
         right=("Rate card SP-RC-26A", "Valid from 6 April 2026")),
    L("Parcel prices (GBP, including VAT)", 24, True, _SANS),
    Table((("Weight\nup to", "UK", "", "Europe", "", "Rest of the world", "", ""),
           ("", "Standard", "Express", "Zone 1", "Zone 2", "Zone 1", "Zone 2", "Zone 3"),
           *_POSTAGE),
          (0.12, 0.12, 0.12, 0.12, 0.12, 0.13, 0.13, 0.14),
          spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2), (0, 5, 1, 3)), header_rows=2, style="ruled",
          group_rules=True, size=17, header_size=16, family=_SANS, align="lrrrrrrr", header_fill=(246, 222, 222),
          row_header_bold=True, rule_color=GREY_444, pad=8),
    small("A blank price: the service does not take parcels of that weight to the zone.", 14, GREY_444,
          family=_SANS),
    L("Where the zones go", 19, True, _SANS, RED),
    Table((("Zone", "Example destinations", "Delivery aim\n(working days)"),
           ("Europe Zone 1", "France, Germany, Ireland", "3–5"),
           ("Europe Zone 2", "Norway, Switzerland, Turkey", "4–7"),
           ("World Zone 1", "USA, Canada", "5–7"),
           ("World Zone 2", "Australia, New Zealand", "6–9"),
           ("World Zone 3", "Japan, South Africa", "7–10")),
          (0.26, 0.5, 0.24), style="lines", size=16, family=_SANS, align="llc", rule_color=GREY_666, pad=6),
    P("Express parcels handed in at a Swiftpost counter before 14:30 are delivered the next working day. Every "
      "parcel includes compensation up to £100; extra cover up to £500 costs £3.50. Parcels may be no longer "
      "than 1.5 m and no heavier than 20 kg.", 17, family=_SERIF,
      keep=("before 14:30", "up to £100", "£3.50", "1.5 m")),
), slice="photo", size=(1000, 920), margin=52, paper=WHITE_PAPER,
    footer=footer("Swiftpost Ltd, 40 Carter Street, Manchester M4 5JB", "SP-RC-26A", family=_SANS, size=12)),), (
    Q("From what date do these rates apply?", "6 April 2026", "kv", "date", ("2026-04-06", "April 6, 2026")),
    Q("What is the rate card reference?", "SP-RC-26A", "kv", "code", ("SPRC26A",)),
    Q("What does it cost to send a 2 kg parcel to the first European zone?", "15.75", "table", "money",
      ("£15.75",)),
    Q("How much is UK Express for a parcel up to 5 kg?", "13.60", "table", "money", ("£13.60", "13.6")),
    Q("What is the price to post 10 kg to World Zone 2?", "88.30", "table", "money", ("£88.30", "88.3")),
    Q("What is the cheapest price on the card?", "3.45", "table", "money", ("£3.45",)),
    Q("How much for a 500 g packet to the third world zone?", "18.10", "table", "money", ("£18.10", "18.1")),
    Q("Sending 1 kg to Europe Zone 2 costs how much?", "14.15", "table", "money", ("£14.15",)),
    Q("How many working days should a parcel to Australia take?", "6–9", "table", "number",
      ("6-9", "6 to 9"), ev="Australia"),
    Q("Give the example countries for Europe Zone 2.", "Norway, Switzerland, Turkey", "table", "place",
      ("Norway",)),
    Q("By what time must an Express parcel be handed in for next-day delivery?", "before 14:30", "text", "time",
      ("14:30", "2:30 pm")),
    Q("How much compensation comes with every parcel?", "up to £100", "text", "money", ("£100", "100")),
    U("How much does it cost to send 20 kg to World Zone 1?", "money"),
    U("What is the price for a 30 kg parcel within the UK?", "money"),
))

_SCORES = (("1", "Byte Club", "FloodWatch", "22.3", "21.7", "17.0", "18.3", "8.7", "88.0"),
           ("2", "Null Pointers", "ShelfLife", "20.7", "22.3", "16.3", "15.7", "9.0", "84.0"),
           ("3", "Team Kelp", "TideLine", "21.0", "19.3", "17.7", "16.0", "7.7", "81.7"),
           ("4", "Pixel Pushers", "Quietly", "18.7", "18.0", "18.3", "14.3", "8.0", "77.3"),
           ("5", "Deadline Dodgers", "RotaMate", "17.3", "20.0", "14.7", "15.0", "7.3", "74.3"),
           ("6", "The Forkers", "CrumbTrail", "19.0", "15.7", "15.0", "13.7", "6.7", "70.1"),
           ("7", "Sudo Sandwich", "Parkour", "16.0", "17.3", "13.3", "12.7", "5.3", "64.6"))

HACK_EN = Doc("hackathon_judging_en.jpg", "en", (StylePage((
    L("GLASSHOUSE HACK 2026", 16, True, _SANS, ORANGE, tracking=6),
    L("Final judging score sheet", 28, True, _SANS),
    Form((("Date", "Sunday 8 November 2026"), ("Venue", "The Glasshouse, Leith"), ("Head judge", "Dr Imani Okwuosa")),
         cols=3, style="stacked", label_size=13, value_size=16, family=_SANS, row_gap=8),
    Table((("Rank", "Team", "Project", "Innovation\n(max 25)", "Technical\n(max 25)", "Design\n(max 20)",
            "Impact\n(max 20)", "Pitch\n(max 10)", "Total\n(of 100)"),
           *_SCORES),
          (0.07, 0.17, 0.13, 0.1, 0.1, 0.1, 0.1, 0.1, 0.13), style="hrules", size=16, header_size=14, family=_COND,
          align="cllrrrrrr", header_fill=(250, 228, 204), zebra=ZEBRA_YELLOW, rule_color=ORANGE, pad=6),
    Split(((L("Prizes", 17, True, _SANS, ORANGE),
            Table((("Prize", "Amount", "Awarded to"),
                   ("Overall winner", "£2,000", "Byte Club"),
                   ("Best design", "£500", "Pixel Pushers"),
                   ("People's choice", "£250", "Team Kelp")),
                  (0.4, 0.22, 0.38), style="lines", size=15, family=_COND, align="lrl", rule_color=GREY_888, pad=5,
                  space_after=4)),
           (L("Judges", 17, True, _SANS, ORANGE),
            Table((("Judge", "Organisation"),
                   ("Dr Imani Okwuosa", "Tessellate Labs"),
                   ("Rory Fairbairn", "Leith Council"),
                   ("Priya Chaudhary", "Harbourline Ventures")),
                  (0.5, 0.5), style="lines", size=15, family=_COND, align="ll", rule_color=GREY_888, pad=5,
                  space_after=4))),
          widths=(0.5, 0.5), gap=30, space_after=10),
    P("Each mark is the mean of the three judges' scores, rounded to one decimal place. Ties on the total are broken "
      "by the Impact score, then by the Pitch score. Results were confirmed at 18:45 and are final.", 16,
      family=_SERIF, keep=("the mean of the three judges' scores", "by the Impact score", "at 18:45")),
), slice="rot90", size=(1000, 700), margin=50),), (
    Q("Who was the head judge?", "Dr Imani Okwuosa", "kv", "name", ("Imani Okwuosa",)),
    Q("Where was the hackathon held?", "The Glasshouse, Leith", "kv", "place", ("Leith",)),
    Q("Who was behind FloodWatch?", "Byte Club", "table", "name", (), ev="FloodWatch"),
    Q("What did Null Pointers score for technical quality?", "22.3", "table", "number", (), ev="Null Pointers"),
    Q("What was Team Kelp's design mark?", "17.7", "table", "number", ()),
    Q("How many points in total did the fourth-placed team get?", "77.3", "table", "number", ()),
    Q("Which project got the highest impact score?", "FloodWatch", "table", "text", (), ev="88.0"),
    Q("What was the Deadline Dodgers' pitch score?", "7.3", "table", "number", (), ev="RotaMate"),
    Q("What was the overall score for The Forkers?", "70.1", "table", "number", ()),
    Q("How much prize money is there for the best design?", "£500", "table", "money", ("500",)),
    Q("Who does Rory Fairbairn work for?", "Leith Council", "table", "name", ()),
    Q("How are ties on the total broken?", "by the Impact score", "text", "text", ("Impact score",)),
    Q("At what time were the results confirmed?", "at 18:45", "text", "time", ("18:45", "6:45 pm")),
    U("What did Sudo Sandwich score for accessibility?", "number"),
))

DOCUMENTS: tuple[Doc, ...] = (
    WATER_ZH, PRODUCE_ZH, SPORTS_ZH, ELECTRIC_ZH, ADMISSION_ZH, LIFT_ZH,
    LOAN_EN, TIDE_EN, SEED_EN, INK_EN, POSTAGE_EN, HACK_EN,
)


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------
#: ``build(documents, *, seed)`` and ``write(out_dir, documents)`` (``dataset_styles.set_generator``).
build, write, main = set_generator(DOCUMENTS, version=VERSION, seed=SEED, one_face=ONE_FACE, note_bold=True)


if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
