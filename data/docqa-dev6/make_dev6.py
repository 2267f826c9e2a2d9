"""Regenerate the sixth document-QA development set ("dev6") in this folder (deterministic).

    python data/docqa-dev6/make_dev6.py

Twelve invented documents (six Chinese, six English) of kinds none of the earlier sets has, chosen
for their running text and their form fields: a court hearing summons, a metro lost-property
report, a hospital discharge instruction sheet, a residential parking-permit application, a
volunteer shift notice and a faxed power of attorney; a library overdue notice, a museum's
exhibit label sheets (photographed by phone), a bicycle workshop service sheet, a product
return authorization, a scholarship award and an allotment tenancy agreement. The set exists to
measure the pipeline where its own measures say it is weakest -- free-text questions (the
answer a span inside a wrapped paragraph: names of people and organisations, places, dates in
several written forms, durations, reasons, counts and amounts inside sentences) and key-value
questions (label: value and 标签：值 lines with half- and full-width colons, labels above values,
two or three fields on one line, boxed fields, ticked choices, signatures and dates at the
bottom) -- and on photographed and low-resolution pages. Drawing reuses
``paddlecamp.docqa.dataset_styles`` and ``paddlecamp.docqa.devset`` as dev4 and dev5 do, with two
blocks added for this set (``Para``: a paragraph wrapped to its frame; ``Checks``: a choice
field with drawn, ticked boxes); the faces dev4 registered are registered here too.
Writes pages/, truth.json and qa.jsonl (files are rewritten only when they change).
"""
from __future__ import annotations

from pathlib import Path

from paddlecamp.docqa.dataset_extra import SEED
from paddlecamp.docqa.dataset_styles import (BLUE, GREEN, GREY_444, GREY_666, GREY_888, HEADER_BLUE, NAVY, ORANGE,
                                             PANEL_BLUE, PANEL_GREY, RED, TEAL, WHITE_PAPER, Checks, Form, Line, Logo,
                                             Panel, Para, Rule, Space, Split, StylePage, Table, set_generator)
from paddlecamp.docqa.devset import Doc, Q, U, load_generator

#: Bump when the generated files change on purpose.
VERSION = 1
#: Families that are the second face of a font collection: a text-layer PDF cannot use them.
ONE_FACE = ("wqy-mono", "noto-mono-cjk")

#: The four faces dev4 registers (``FAMILIES_DEV4`` of ``make_dev4.py``; importing it registers
#: them), so the sets draw with the same fonts.
FAMILIES_DEV6 = load_generator(Path(__file__).resolve().parents[1] / "docqa-dev4" / "make_dev4.py").FAMILIES_DEV4

L, S, P = Line, Space, Para
MAROON = (128, 24, 40)
OLIVE = (82, 100, 30)
PANEL_GREEN = (226, 240, 228)


def small(text: str, size: int = 13, color=GREY_888, align: str = "left", family: str = "sans") -> Line:
    """A line of small print."""
    return Line(text, size, color=color, align=align, family=family, lead=1.5)


def footer(left: str, right: str, family: str = "sans", size: int = 13, color=GREY_888) -> tuple:
    """A footer: a thin grey rule, small print on the left and the page number on the right."""
    return (Rule(1, GREY_888, space=10),
            Split(((small(left, size, color, family=family),), (small(right, size, color, align="right",
                                                                          family=family),)),
                  widths=(0.7, 0.3), gap=16, space_after=0))


# --------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------
COURT_ZH = Doc("court_hearing_notice_zh.pdf", "zh", (
    StylePage((
        L("江州市临江区人民法院", 26, True, "noto-serif", RED, "center", tracking=6),
        L("传　　票", 34, True, "noto-serif", RED, "center", tracking=12),
        L("（2026）浙0311民初4127号", 16, family="sans", align="right"),
        Rule(2, RED, space=14),
        Form((("案　由", "房屋买卖合同纠纷"), ("被传唤人", "俞文涛"), ("诉讼地位", "本案被告"),
              ("送达地址", "临江区柳岸路88号3幢502室"), ("应到时间", "2026年3月19日 09:30"), ("应到处所", "本院第三法庭")),
             cols=2, style="underline", label_size=15, value_size=17, family="sans", label_w=0.26, row_gap=12),
        S(6),
        P("俞文涛：", 17, family="sans"),
        P("本院受理原告江州恒润置业有限公司诉你房屋买卖合同纠纷一案，定于二〇二六年三月十九日上午九时三十分"
          "在本院第三法庭公开开庭审理，由审判员独任审理改为合议庭审理。请你准时到庭参加诉讼；经本院传票传唤，"
          "无正当理由拒不到庭的，本院将依法缺席判决。", 17, family="sans", indent=34,
          keep=("江州恒润置业有限公司", "二〇二六年三月十九日", "上午九时三十分", "缺席判决")),
        P("你方如需申请证人出庭作证，应当在举证期限届满十日前向本院提交书面申请；举证期限为收到本传票之日起十五日内。"
          "原告已于2026年2月11日预交案件受理费8,650元，本案诉讼标的额为人民币四十二万元。", 17, family="sans",
          indent=34, keep=("十日前", "十五日内", "2026年2月11日", "8,650元", "四十二万元")),
        L("合议庭组成人员", 18, True, "sans"),
        Table((("职　务", "姓　名", "联系电话"),
               ("审判长", "梁书雯", "0576-88103271"),
               ("审判员", "濮阳俊", "0576-88103274"),
               ("人民陪审员", "沈翠屏", "—"),
               ("书记员", "邬家豪", "0576-88103268")),
              (0.3, 0.3, 0.4), style="ruled", size=16, family="sans", align="lll", header_fill=PANEL_GREY,
              rule_color=GREY_444, pad=6),
        S(10),
        L("江州市临江区人民法院", 18, family="noto-serif", align="right", indent=10),
        L("二〇二六年二月二十四日", 18, family="noto-serif", align="right", indent=10),
    ), slice="pdf-text", size=(1000, 1300), margin=60,
        footer=footer("本传票由法院制作，请妥善保管并于开庭时携带", "第 1 页 共 2 页")),
    StylePage((
        L("注意事项", 22, True, "noto-serif", align="center"),
        P("一、请于开庭前30分钟到达本院诉讼服务中心，经安全检查后由法警引导入庭。本院地址：江州市临江区望江东路216号，"
          "可乘地铁2号线至市民中心站C出口，步行约8分钟。", 16, family="wqy", keep=("30分钟", "望江东路216号", "市民中心站")),
        P("二、当事人为自然人的，应携带本人居民身份证原件；委托律师代理的，应提交授权委托书、律师事务所函和律师执业证。"
          "未满十八周岁的未成年人及醉酒、精神病人不得旁听。", 16, family="wqy", keep=("授权委托书", "十八周岁")),
        P("三、如因疾病等正当理由不能到庭，应当在开庭三日前向书记员提交书面延期申请及相关证明；是否准许，由本院决定。",
          16, family="wqy", keep=("三日前", "书面延期申请")),
        L("开庭时应携带的材料", 17, True, "wqy"),
        Table((("材　料", "份　数", "备　注"),
               ("身份证明", "原件1份", "复印件2份"),
               ("答辩状", "5份", "按对方人数加1份"),
               ("证据材料及目录", "4份", "需编页码"),
               ("授权委托书", "1份", "仅委托代理时")),
              (0.4, 0.22, 0.38), style="hrules", size=16, family="wqy", align="lcl", rule_color=GREY_444, pad=6),
        S(8),
        L("送 达 回 证", 20, True, "noto-serif", align="center", tracking=4),
        Form((("受送达人", "俞文涛"), ("送达文书", "传票、起诉状副本"), ("送达人", "邬家豪"),
              ("送达日期", "2026年2月26日")),
             cols=2, style="cells", label_size=13, value_size=17, family="sans"),
        Checks("送达方式：", ("直接送达", "留置送达", "邮寄送达", "电子送达"), (0,), size=16, family="sans"),
        Form((("受送达人签收", "俞文涛"), ("签收时间", "2月26日 15:20")), cols=2, style="underline",
             label_size=15, value_size=18, family="sans", value_family="noto-serif", label_w=0.40),
    ), slice="pdf-text", size=(1000, 1300), margin=60,
        footer=footer("江州市临江区人民法院 立案庭", "第 2 页 共 2 页")),
), (
    Q("这个案子的案号是什么？", "（2026）浙0311民初4127号", "kv", "code", ("(2026)浙0311民初4127号",), 1),
    Q("俞文涛被起诉是因为什么纠纷？", "房屋买卖合同纠纷", "kv", "text", ("房屋买卖合同",), 1),
    Q("哪天开庭？", "二〇二六年三月十九日", "text", "date", ("2026年3月19日", "2026-03-19", "3月19日"), 1),
    Q("几点开庭？", "上午九时三十分", "text", "time", ("09:30", "9:30", "上午9点半"), 1),
    Q("起诉俞文涛的原告是哪家公司？", "江州恒润置业有限公司", "text", "name", ("恒润置业",), 1),
    Q("如果不去出庭会怎么样？", "缺席判决", "text", "text", ("依法缺席判决",), 1),
    Q("举证期限有多长？", "十五日内", "text", "number", ("15日", "15天", "十五日"), 1),
    Q("原告交了多少受理费？", "8,650元", "text", "money", ("8650元", "8650"), 1),
    Q("合议庭的审判长是谁？", "梁书雯", "table", "name", (), 1),
    Q("法院在什么地址？", "望江东路216号", "text", "place", ("江州市临江区望江东路216号",), 2),
    Q("答辩状要准备几份？", "5份", "table", "number", ("5",), 2),
    Q("传票是用什么方式送达的？", "直接送达", "kv", "text", (), 2),
    U("被告委托的代理律师叫什么名字？", "name", 1),
    U("本案第二次开庭定在哪一天？", "date", 2),
))

LOST_ZH = Doc("lost_property_report_zh.jpg", "zh", (StylePage((
    Logo("M", "江州地铁运营分公司", "客运服务中心 · 失物招领", fill=BLUE, name_color=BLUE, mark_size=30, name_size=22,
         tagline_size=13, side=58, right=("服务热线 0576-96196", "二号线市民中心站 站务室")),
    L("遗失物品登记单", 28, True, "sans", align="center", tracking=4),
    Split(((L("登记编号：LF-20260415-073", 16, family="wqy"),), (L("登记日期: 2026/04/15", 16, family="wqy",
                                                                   align="right"),)),
          widths=(0.5, 0.5), gap=20, space_after=8),
    Rule(1, GREY_666, space=10),
    Form((("失主姓名", "司徒雅琴"), ("联系电话", "139 0576 2814"), ("证件类型及号码", "身份证 3303**********2241"),
          ("工作单位", "江州理工学院"), ("乘车线路", "2号线"), ("乘车区间", "火车站—市民中心站")),
         cols=3, style="stacked-line", label_size=13, value_size=17, family="wqy", row_gap=10),
    Checks("物品类别：", ("证件", "电子产品", "钱包", "衣物", "其他"), (1,), size=16, family="wqy"),
    L("遗失经过", 18, True, "sans", color=BLUE),
    P("失主称于4月14日晚约21时40分在2号线往江湾方向的列车上遗失一只黑色双肩包，当时坐在列车第4节车厢靠门位置。"
      "包内有一台银色笔记本电脑、一把蓝色折叠伞和一本《城市交通规划》教材。失主在市民中心站下车后约十分钟发现物品遗失，"
      "随即返回站务室求助。", 16, family="wqy", indent=32,
      keep=("21时40分", "江湾方向", "第4节车厢", "《城市交通规划》", "约十分钟")),
    L("物品明细", 18, True, "sans", color=BLUE),
    Table((("序号", "物品", "数量", "颜色 / 特征", "估价（元）"),
           ("1", "双肩包", "1", "黑色，侧袋有反光条", "260"),
           ("2", "笔记本电脑", "1", "银色，贴有校徽贴纸", "5,800"),
           ("3", "折叠伞", "1", "蓝色，三折", "45"),
           ("4", "教材", "1", "书脊有借书条码", "68")),
          (0.09, 0.2, 0.1, 0.41, 0.2), style="ruled", size=15, family="wqy", align="clcll", header_fill=PANEL_BLUE,
          rule_color=GREY_666, pad=6),
    L("处理情况", 18, True, "sans", color=BLUE),
    P("本站已于当晚22时05分通知沿线各站及江湾车辆段协助查找。物品如找到，将在三个工作日内电话通知失主；"
      "逾期无人认领的物品由失物招领中心保管90天，之后按规定移交公安机关。", 16, family="wqy", indent=32,
      keep=("22时05分", "江湾车辆段", "三个工作日内", "90天")),
    S(6),
    Form((("登记人", "汤佳颖"), ("值班站长", "骆振华"), ("失主签字", "司徒雅琴")), cols=3, style="underline",
         label_size=14, value_size=18, family="wqy", value_family="noto-serif", label_w=0.38),
), slice="photo", size=(1000, 1260), margin=50, paper=WHITE_PAPER,
    footer=footer("本单一式两联：第一联站务室留存，第二联交失主", "JZMTR-KF-07", family="wqy")),), (
    Q("这张登记单的编号是多少？", "LF-20260415-073", "kv", "code", ("LF20260415073",)),
    Q("丢东西的人叫什么？", "司徒雅琴", "kv", "name", (), ev="司徒雅琴"),
    Q("失主的手机号是多少？", "139 0576 2814", "kv", "phone", ("13905762814",)),
    Q("登记的物品属于哪一类？", "电子产品", "kv", "text", ()),
    Q("包是几点丢的？", "21时40分", "text", "time", ("21:40", "晚上9点40分")),
    Q("失主坐的是开往哪个方向的车？", "江湾方向", "text", "place", ("江湾",), ev="列车上"),
    Q("包里的教材是哪本书？", "《城市交通规划》", "text", "text", ("城市交通规划",)),
    Q("下车后过了多久才发现东西丢了？", "约十分钟", "text", "number", ("10分钟", "十分钟")),
    Q("找到后多长时间内会通知失主？", "三个工作日内", "text", "number", ("3个工作日", "三个工作日")),
    Q("那台笔记本电脑估价多少？", "5,800", "table", "money", ("5800", "5800元")),
    Q("折叠伞是什么颜色？", "蓝色，三折", "table", "text", ("蓝色",)),
    U("拾到这个双肩包的人是谁？", "name"),
    U("笔记本电脑的序列号是多少？", "code"),
))

DISCHARGE_ZH = Doc("discharge_instructions_zh.jpg", "zh", (StylePage((
    L("江州市第一人民医院", 22, True, "noto-serif", GREEN, "center", tracking=4),
    L("骨科一病区 出院指导单", 26, True, "sans", align="center"),
    S(4),
    Form((("姓名", "贺兰秋生"), ("性别", "男"), ("年龄", "47岁"),
          ("住院号", "ZY2026-0518-36"), ("床号", "17床"), ("入院日期", "2026年5月6日"),
          ("出院日期", "2026-05-15"), ("主治医师", "顾承泽"), ("责任护士", "洪晓燕")),
         cols=3, style="cells", label_size=13, value_size=17, family="wqy"),
    L("出院诊断：右胫骨平台骨折（SchatzkerⅡ型）术后", 17, family="wqy"),
    L("住院经过", 18, True, "sans", color=GREEN),
    P("患者因骑电动车摔伤致右膝肿痛、活动受限4小时，于2026年5月6日急诊入院。5月8日在腰硬联合麻醉下行切开复位钢板内固定术，"
      "术中出血约150毫升。术后给予抗感染、消肿、镇痛及康复训练，伤口甲级愈合，现病情平稳，准予出院。", 16,
      family="wqy", indent=32, keep=("骑电动车摔伤", "腰硬联合麻醉", "切开复位钢板内固定术", "150毫升")),
    L("出院带药", 18, True, "sans", color=GREEN),
    Table((("药品名称", "规格", "用法", "每次用量", "天数"),
           ("塞来昔布胶囊", "0.2g×6粒", "口服，每日1次", "0.2g", "7天"),
           ("利伐沙班片", "10mg×5片", "口服，每日1次", "10mg", "14天"),
           ("碳酸钙D3片", "600mg×30片", "口服，每日2次", "600mg", "30天")),
          (0.24, 0.18, 0.24, 0.16, 0.18), style="hrules", size=15, family="wqy", align="lllll",
          rule_color=GREEN, pad=6),
    L("注意事项", 18, True, "sans", color=GREEN),
    P("1. 术后六周内患肢不能负重，下地须扶双拐；两周内伤口不要沾水，洗澡时用保鲜膜包好。", 16, family="wqy",
      keep=("六周内", "扶双拐", "两周内")),
    P("2. 出院后第14天到骨科门诊拆线，术后第6周复查膝关节X线片，门诊时间为每周二、周四上午。", 16, family="wqy",
      keep=("第14天", "第6周", "每周二、周四上午")),
    P("3. 如出现伤口红肿渗液、体温超过38.5℃或小腿突然肿胀疼痛，请立即到急诊就诊。", 16, family="wqy",
      keep=("38.5℃",)),
    L("咨询电话：0576-88215630（骨科护士站，24小时）", 16, family="wqy"),
    S(4),
    Split(((L("医师签名：顾承泽", 17, family="noto-serif"),), (L("日期：2026年5月15日", 17, family="noto-serif",
                                                                 align="right"),)),
          widths=(0.5, 0.5), gap=20, space_after=4),
), slice="lowres", size=(1000, 1250), margin=52),), (
    Q("病人的住院号是多少？", "ZY2026-0518-36", "kv", "code", ("ZY2026051836",)),
    Q("他是哪天出院的？", "2026-05-15", "kv", "date", ("2026年5月15日", "5月15日"), ev="2026-05-15"),
    Q("主管大夫是哪位？", "顾承泽", "kv", "name", (), ev="顾承泽"),
    Q("病人多大年纪？", "47岁", "kv", "number", ("47",)),
    Q("病人是怎么受伤的？", "骑电动车摔伤", "text", "text", ("摔伤",)),
    Q("做的是什么手术？", "切开复位钢板内固定术", "text", "text", ("钢板内固定术", "内固定术")),
    Q("腿多长时间内不能受力？", "六周内", "text", "number", ("6周", "六周")),
    Q("出院后第几天去拆线？", "第14天", "text", "number", ("14天", "14")),
    Q("体温到多少度要马上去急诊？", "38.5℃", "text", "number", ("38.5", "38.5度")),
    Q("利伐沙班要吃几天？", "14天", "table", "number", ("14",), ev="利伐沙班"),
    Q("碳酸钙D3片一天吃几次？", "口服，每日2次", "table", "text", ("每日2次", "2次")),
    U("病人的医保卡号是多少？", "code"),
    U("这次住院一共花了多少钱？", "money"),
))

_PARK_FEES = (("类型", "地面车位", "地下车位", "新能源充电位"),
              ("月卡", "150.00", "280.00", "320.00"),
              ("季卡", "420.00", "780.00", "900.00"),
              ("年卡", "1,560.00", "2,880.00", "3,300.00"))

PARKING_ZH = Doc("parking_permit_application_zh.jpg", "zh", (StylePage((
    L("临江花园小区物业服务中心", 16, family="wqy", color=TEAL, tracking=3),
    L("机动车停车证申请表", 28, True, "noto-serif"),
    L("编号 LJHY-TC-2606-0214", 14, family="sans", color=GREY_666, align="right"),
    Rule(2, TEAL, space=12),
    Form((("申请人：", "闻人志恒"), ("房　号：", "12幢1803室"), ("联系电话：", "0576-86337142"),
          ("车牌号码：", "浙C·7K259"), ("品牌型号：", "比亚迪 秦PLUS"), ("车身颜色：", "珍珠白")),
         cols=2, style="box", label_size=15, value_size=17, family="wqy", label_w=0.30, row_gap=12),
    Checks("申请类型：", ("月卡", "季卡", "年卡"), (1,), size=16, family="wqy", label_w=130),
    Checks("车位类型：", ("地面车位", "地下车位", "新能源充电位"), (2,), size=16, family="wqy", label_w=130),
    Checks("是否业主：", ("业主", "租户（需附租赁合同）"), (1,), size=16, family="wqy", label_w=130),
    L("收费标准（元）", 18, True, "sans", color=TEAL),
    Table(_PARK_FEES, (0.22, 0.26, 0.26, 0.26), style="lines", size=16, family="wqy", align="lrrr",
          header_fill=(214, 236, 236), rule_color=TEAL, pad=6),
    L("申请须知", 18, True, "sans", color=TEAL),
    P("一、申请人须为本小区业主，或租期满六个月以上的租户；每户限办两张停车证，第二张按标准上浮20%收取。", 16,
      family="wqy", keep=("六个月", "两张", "20%")),
    P("二、新能源充电位位于地下车库B2层东区，充电电费按每度1.20元另行结算，不含在停车费内。", 16, family="wqy",
      keep=("B2层东区", "1.20元")),
    P("三、停车证到期前七天内可到物业服务中心办理续期；逾期未续的，道闸将不再自动识别放行。", 16, family="wqy",
      keep=("七天内",)),
    S(4),
    Form((("申请人签名", "闻人志恒"), ("申请日期", "2026年6月3日"), ("经办人", "钟伟杰"), ("审核意见", "同意，自6月5日起生效")),
         cols=2, style="underline", label_size=15, value_size=17, family="wqy", value_family="noto-serif",
         label_w=0.34, row_gap=12),
), slice="blur", size=(1000, 1240), margin=52, paper=WHITE_PAPER,
    footer=footer("物业服务中心地址：临江花园小区8幢底商 电话 0576-86330000", "第一联 物业留存", family="wqy")),), (
    Q("申请人叫什么名字？", "闻人志恒", "kv", "name", (), ev="闻人志恒"),
    Q("要办证的车牌照是多少？", "浙C·7K259", "kv", "code", ("浙C7K259", "浙C 7K259")),
    Q("这次申请办的是哪种期限的停车卡？", "季卡", "kv", "text", (), ev="季卡"),
    Q("申请的车位是哪一种？", "新能源充电位", "kv", "text", (), ev="新能源充电位"),
    Q("停车证从哪天开始生效？", "6月5日", "kv", "date", ("2026年6月5日", "2026-06-05")),
    Q("地下车位办季卡多少钱？", "780.00", "table", "money", ("780", "780元")),
    Q("地面车位一年多少钱？", "1,560.00", "table", "money", ("1560", "1560元")),
    Q("租户要租满多久才能申请？", "六个月", "text", "number", ("6个月", "半年")),
    Q("第二张停车证贵多少？", "20%", "text", "percent", ("百分之二十",)),
    Q("充电桩车位在车库哪里？", "B2层东区", "text", "place", ("B2层",)),
    Q("到期前多久可以续期？", "七天内", "text", "number", ("7天", "七天")),
    U("访客临时停车每小时收费多少？", "money"),
    U("申请人第二辆车的车牌号是多少？", "code"),
))

_SHIFT_ROWS = (("日期", "岗位", "时段", "组长", "人数"),
               ("10月16日", "入口检票", "8:00—12:00", "万思琪", "12"),
               ("", "咨询服务台", "9:00—17:00", "卓一鸣", "6"),
               ("10月17日", "入口检票", "12:00—17:00", "冷佳慧", "10"),
               ("", "展区秩序", "9:00—17:00", "卓一鸣", "16"),
               ("10月18日", "咨询服务台", "9:00—13:00", "冷佳慧", "5"),
               ("", "闭馆清场", "17:00—18:30", "万思琪", "20"))

VOLUNTEER_ZH = Doc("volunteer_shift_notice_zh.jpg", "zh", (StylePage((
    L("2026江州国际图书节组委会", 17, family="sans", color=ORANGE, align="center", tracking=4),
    L("关于志愿者服务排班的通知", 28, True, "noto-serif", align="center"),
    L("江图组〔2026〕12号", 16, family="wqy", color=GREY_666, align="center"),
    S(6),
    P("各位志愿者：", 17, family="wqy"),
    P("2026江州国际图书节将于10月16日至10月18日在江州国际会展中心B馆举办。为做好现场引导、咨询和秩序维护工作，"
      "组委会从报名的186名志愿者中选定了79名，现将排班安排通知如下。", 17, family="wqy", indent=34,
      keep=("10月16日至10月18日", "江州国际会展中心B馆", "186名", "79名")),
    Table(_SHIFT_ROWS, (0.18, 0.24, 0.24, 0.18, 0.16), spans=((1, 0, 2, 1), (3, 0, 2, 1), (5, 0, 2, 1)),
          style="ruled", size=16, family="wqy", align="cllcr", header_fill=(250, 228, 204), rule_color=ORANGE,
          pad=7),
    P("一、请志愿者于每个班次开始前20分钟到B馆2号门签到，领取马甲和工作证；工作证仅限本人使用，不得转借。", 16,
      family="wqy", keep=("20分钟", "B馆2号门", "马甲和工作证")),
    P("二、组委会为每个班次提供饮用水，跨午餐时段的班次统一提供盒饭。因故不能到岗的，须至少提前一天向所在组组长请假。", 16,
      family="wqy", keep=("盒饭", "提前一天")),
    P("三、累计服务满三个班次的志愿者，可获得由江州市志愿者协会出具的志愿服务时长证明。", 16, family="wqy",
      keep=("三个班次", "江州市志愿者协会")),
    S(4),
    Panel((L("联系人：孟子涵　　电话：138 5762 0914", 17, family="wqy"),
           L("邮箱: volunteer@jzbookfair.example　　微信群: 图书节志愿者3群", 17, family="wqy")),
          fill=(253, 240, 226), border=ORANGE, pad=10),
    L("2026江州国际图书节组委会志愿者部", 17, family="noto-serif", align="right"),
    L("二〇二六年九月二十八日", 17, family="noto-serif", align="right"),
), slice="skew", size=(1000, 1240), margin=54),), (
    Q("图书节在哪里办？", "江州国际会展中心B馆", "text", "place", ("江州国际会展中心",)),
    Q("图书节从哪天办到哪天？", "10月16日至10月18日", "text", "date", ("10月16日—10月18日", "10月16日到18日")),
    Q("报名参加志愿者的一共多少人？", "186名", "text", "number", ("186", "186人")),
    Q("每个班开始前要提前多长时间签到？", "20分钟", "text", "number", ("20",)),
    Q("这份通知的文号是什么？", "江图组〔2026〕12号", "kv", "code", ("江图组[2026]12号", "江图组(2026)12号")),
    Q("有问题该找谁联系？", "孟子涵", "kv", "name", ()),
    Q("联系人的手机号码？", "138 5762 0914", "kv", "phone", ("13857620914",)),
    Q("通知是哪天发出的？", "二〇二六年九月二十八日", "kv", "date", ("2026年9月28日", "2026-09-28", "9月28日")),
    Q("10月17日下午入口检票由哪位组长负责？", "冷佳慧", "table", "name", (), ev="12:00—17:00"),
    Q("展区秩序岗位需要多少人？", "16", "table", "number", ("16人",), ev="展区秩序"),
    Q("闭馆清场是几点到几点？", "17:00—18:30", "table", "time", ("17:00-18:30",)),
    U("志愿者每天的交通补贴是多少钱？", "money"),
    U("10月19日咨询服务台由谁负责？", "name"),
))

ATTORNEY_ZH = Doc("power_of_attorney_zh.jpg", "zh", (StylePage((
    L("FAX  2026-06-26 10:18   发自 0576-86550123   江州瑞丰纺织有限公司   P.1/1", 14, family="noto-mono-cjk"),
    Rule(1, space=12),
    L("授 权 委 托 书", 32, True, "noto-serif", align="center", tracking=6),
    S(6),
    Form((("委托人", "江州瑞丰纺织有限公司"), ("法定代表人", "诸葛泓"), ("统一社会信用代码", "91330302MA2K7L4Q8X"),
          ("住所", "江州市滨江区纬五路19号"), ("受托人", "卢晓岚"), ("职务", "财务主管"),
          ("身份证号", "330302199108234526"), ("联系电话", "0576-86550147")),
         cols=2, style="underline", label_size=15, value_size=17, family="sans", label_w=0.40, row_gap=12),
    S(6),
    P("兹委托我公司财务主管卢晓岚作为代理人，全权代表我公司前往中国建设银行江州滨江支行办理基本存款账户信息变更"
      "及网银U盾更换手续。代理人在上述事项范围内签署的有关文件，我公司均予以承认，并承担相应的法律责任。", 17,
      family="sans", indent=34, keep=("中国建设银行江州滨江支行", "基本存款账户信息变更", "网银U盾更换")),
    P("委托期限：自2026年7月1日起至2026年7月31日止。代理人无转委托权。", 17, family="sans", indent=34,
      keep=("2026年7月1日", "2026年7月31日", "无转委托权")),
    L("授权事项及权限", 18, True, "sans"),
    Table((("事项", "权限", "备注"),
           ("账户信息变更", "可以办理", "需加盖公章及法人章"),
           ("网银U盾更换", "可以办理", "限2个"),
           ("大额转账", "不得办理", "—"),
           ("账户销户", "不得办理", "—")),
          (0.34, 0.24, 0.42), style="ruled", size=16, family="sans", align="lll", rule_color=GREY_444, pad=6),
    P("附件：受托人身份证复印件一份、营业执照副本复印件一份（均已加盖公章）。", 16, family="sans",
      keep=("身份证复印件一份",)),
    S(10),
    Form((("委托人（盖章）", "江州瑞丰纺织有限公司"), ("法定代表人（签字）", "诸葛泓"), ("日期", "2026年6月26日")),
         cols=1, style="underline", label_size=15, value_size=18, family="sans", value_family="noto-serif",
         label_w=0.30, row_gap=10),
), slice="fax", size=(1000, 1220), margin=56),), (
    Q("委托人的统一社会信用代码是多少？", "91330302MA2K7L4Q8X", "kv", "code", ()),
    Q("委托方的法人是谁？", "诸葛泓", "kv", "name", (), ev="诸葛泓"),
    Q("被委托的人叫什么？", "卢晓岚", "kv", "name", (), ev="卢晓岚"),
    Q("代理人的身份证号码是多少？", "330302199108234526", "kv", "code", ()),
    Q("受托人在公司担任什么职务？", "财务主管", "kv", "text", (), ev="财务主管"),
    Q("委托书哪天签的？", "2026年6月26日", "kv", "date", ("2026-06-26", "6月26日")),
    Q("代理人要去哪家银行办事？", "中国建设银行江州滨江支行", "text", "place", ("建设银行江州滨江支行", "建行滨江支行")),
    Q("委托有效期到哪天结束？", "2026年7月31日", "text", "date", ("2026-07-31", "7月31日")),
    Q("代理人可以再委托别人吗？", "无转委托权", "text", "text", ("不可以", "不能")),
    Q("大额转账能不能办？", "不得办理", "table", "text", ("不能",), ev="大额转账"),
    Q("U盾最多可以换几个？", "限2个", "table", "number", ("2个", "2")),
    U("法定代表人的身份证号码是多少？", "code"),
    U("这份委托书的公证书编号是什么？", "code"),
))

# --------------------------------------------------------------------------------------------
# English documents
# --------------------------------------------------------------------------------------------
_SANS, _SERIF, _COND, _SIGN = "dejavu-sans", "dejavu-serif", "dejavu-condensed", "dejavu-oblique"

LIBRARY_EN = Doc("library_overdue_notice_en.jpg", "en", (StylePage((
    Logo("H", "Harrowgate Public Libraries", "Lending Services", fill=TEAL, name_color=TEAL, family=_SANS,
         name_size=24, tagline_size=14, mark_size=30, side=60,
         right=("Enquiries 01632 448 210", "libraries.harrowgate.example")),
    L("Overdue items  -  second reminder", 26, True, _SANS),
    Form((("Member name:", "Ms Philippa Dunmore"), ("Card number:", "2203 0047 8815"),
          ("Home branch:", "Westbrook Library"), ("Notice date:", "9 March 2026")),
         cols=2, style="underline", label_size=14, value_size=16, family=_SANS, label_w=0.34, row_gap=10),
    S(6),
    P("Dear Ms Dunmore,", 16, family=_SERIF),
    P("Our records show that the items listed below were due back at Westbrook Library on 23 February 2026 and have "
      "not yet been returned. Overdue charges of 25p per item per day have been added since the due date, up to a "
      "maximum of £6.00 per item.", 16, family=_SERIF, keep=("23 February 2026", "25p per item per day", "£6.00")),
    Table((("Title", "Author", "Barcode", "Charge"),
           ("The Salt Road", "Imogen Hartwell", "30118 02294 671", "£3.75"),
           ("A Field Guide to Mosses", "R. T. Okonedo", "30118 01877 205", "£3.75"),
           ("Learn Welsh in 90 Days", "Bethan Prys", "30118 02410 938", "£3.75"),
           ("Paper Kites (DVD)", "dir. Tomasz Wielki", "30118 02566 114", "£6.00")),
          (0.34, 0.26, 0.26, 0.14), style="hrules", size=15, family=_SANS, align="lllr", rule_color=TEAL, pad=6),
    P("Please return or renew these items within 14 days of the date of this notice. If they are still outstanding "
      "after 23 March 2026 your borrowing rights will be suspended and you will be sent a bill for their replacement "
      "cost. You can renew online, by phone or at any branch, unless another member has reserved an item: The Salt "
      "Road has a reservation and cannot be renewed.", 16, family=_SERIF,
      keep=("within 14 days", "23 March 2026", "borrowing rights will be suspended", "The Salt Road")),
    P("Charges can be paid at the self-service kiosk in any branch or online with your card number and PIN. Members "
      "aged 65 or over and holders of children's cards do not pay overdue charges.", 16, family=_SERIF,
      keep=("self-service kiosk", "Members aged 65 or over")),
    S(4),
    L("Yours sincerely,", 16, family=_SERIF),
    L("Tobias Fernsby", 22, family=_SIGN, color=NAVY),
    L("Tobias Fernsby, Lending Services Manager", 15, family=_SERIF, color=GREY_444),
), slice="lowres", size=(1000, 1240), margin=54,
    footer=footer("Harrowgate Borough Council, Civic Centre, Harrowgate HG9 2LT", "Ref. LS/OD2/26-0312",
                  family=_SANS, size=12)),), (
    Q("What is the borrower's library card number?", "2203 0047 8815", "kv", "code", ("220300478815",)),
    Q("Which library is the member registered at?", "Westbrook Library", "kv", "place", ("Westbrook",),
      ev="Westbrook Library"),
    Q("What date is on the notice?", "9 March 2026", "kv", "date", ("2026-03-09", "March 9, 2026")),
    Q("Who signed the letter?", "Tobias Fernsby", "kv", "name", (), ev="Tobias Fernsby"),
    Q("When were the books supposed to be returned?", "23 February 2026", "text", "date",
      ("2026-02-23", "February 23, 2026", "23 Feb 2026")),
    Q("How much is charged for each day an item is late?", "25p per item per day", "text", "money", ("25p",)),
    Q("What is the most that can be charged for one item?", "£6.00", "text", "money", ("£6", "6.00"),
      ev="maximum"),
    Q("How long does the member have to return or renew the items?", "within 14 days", "text", "number",
      ("14 days",)),
    Q("Which item cannot be renewed because it is reserved?", "The Salt Road", "text", "text", ()),
    Q("Who wrote A Field Guide to Mosses?", "R. T. Okonedo", "table", "name", ("Okonedo",)),
    Q("What is the barcode of Learn Welsh in 90 Days?", "30118 02410 938", "table", "code", ("3011802410938",)),
    U("What is the member's email address?", "text"),
    U("How much is the replacement cost of The Salt Road?", "money"),
))

_LABEL_FAM = "dejavu-serif-condensed"


def _label(title: str, fields: tuple[tuple[str, str], ...], text: str, keep: tuple[str, ...]) -> Panel:
    """An exhibit label as drafted for printing: a title, label: value lines and the label text."""
    return Panel((L(title, 22, True, _LABEL_FAM),
                  *(L(f"{k}: {v}", 17, family=_COND, color=GREY_444) for k, v in fields),
                  S(4),
                  P(text, 17, family=_LABEL_FAM, keep=keep, space_after=0)),
                 fill=(250, 248, 240), border=GREY_666, pad=14, space_after=14)


MUSEUM_EN = Doc("museum_exhibit_labels_en.pdf", "en", (
    StylePage((
        L("PORTHKERRIS MARITIME MUSEUM", 15, True, _SANS, NAVY, tracking=5),
        L("Gallery 4, Coastal Trades 1850-1950  -  label copy", 22, True, _SANS),
        L("Draft 3 for the printer, sheet 1 of 2. Labels are printed at A5 on cream card.", 14, family=_SANS,
          color=GREY_666),
        Rule(1, GREY_666, space=12),
        _label("Ship's figurehead, \"Lady Morwenna\"",
               (("Maker", "Penhallow & Sons, Falmouth"), ("Date", "about 1868"),
                ("Materials", "carved pine, paint, gilding"), ("Object no.", "PKM.1974.112")),
               "This figurehead stood at the bow of the schooner Morwenna, which carried china clay from Charlestown "
               "to Antwerp for almost forty years. It was saved from a breaker's yard in 1931 by the harbourmaster, "
               "Ezra Tolley, who kept it in his garden until his death.",
               ("Antwerp", "almost forty years", "in 1931", "Ezra Tolley")),
        _label("Net-braiding needle and mesh gauge",
               (("Maker", "unknown, Polruan"), ("Date", "1890-1910"), ("Materials", "boxwood"),
                ("Object no.", "PKM.1988.041")),
               "Nets were braided by women working in lofts above the fish cellars. A skilled braider could finish "
               "twelve yards of net in a day and was paid fourpence a yard, usually by the boat's owner rather than "
               "the crew.",
               ("twelve yards", "fourpence a yard", "the boat's owner")),
        _label("Lighthouse keeper's log book",
               (("Date", "1903-1905"), ("Lent by", "Trinity House"), ("Object no.", "LOAN.2025.007")),
               "Kept at Godrevy lighthouse by principal keeper William Pascoe. The entry for 14 January 1904 records "
               "a gale that lasted three days and stopped the relief boat, so the keepers lived on salt beef and "
               "ship's biscuit until the 19th.",
               ("Godrevy lighthouse", "William Pascoe", "14 January 1904", "three days", "salt beef")),
    ), slice="phone", size=(1000, 1240), margin=54,
        footer=footer("Porthkerris Maritime Museum  -  Interpretation", "Sheet 1 of 2", family=_SANS,
                      color=GREY_666)),
    StylePage((
        L("Gallery 4, Coastal Trades 1850-1950  -  label copy (continued)", 20, True, _SANS),
        Rule(1, GREY_666, space=12),
        _label("Pilchard press stone",
               (("Date", "about 1880"), ("Materials", "granite, iron ring"), ("Object no.", "PKM.1959.003")),
               "Stones like this one weighted the pilchards packed into barrels, squeezing out the oil, which was "
               "sold for lamps. A single cellar in Mevagissey could press 400 hogsheads of fish in a good season.",
               ("Mevagissey", "400 hogsheads", "sold for lamps")),
        _label("Sailmaker's palm and needles",
               (("Maker", "J. Trebilcock, Looe"), ("Date", "1920s"), ("Given by", "Mrs Enid Carne, 2019")),
               "The leather palm let the sailmaker push a heavy needle through canvas. This set belonged to Harold "
               "Carne, who made sails for the Looe luggers until the loft closed in 1952.",
               ("Harold Carne", "Looe luggers", "in 1952")),
        L("Object list for this sheet and sheet 1", 17, True, _SANS, NAVY),
        Table((("Object no.", "Object", "Case", "Insurance value"),
               ("PKM.1974.112", "Figurehead, Lady Morwenna", "floor plinth F1", "£18,000"),
               ("PKM.1988.041", "Net-braiding needle and gauge", "Case 4.2", "£350"),
               ("LOAN.2025.007", "Keeper's log book", "Case 4.5", "£2,400"),
               ("PKM.1959.003", "Pilchard press stone", "floor", "£600"),
               ("PKM.2019.018", "Sailmaker's palm and needles", "Case 4.3", "£420")),
              (0.22, 0.38, 0.2, 0.2), style="lines", size=15, family=_COND, align="lllr", rule_color=GREY_666,
              pad=5),
        Form((("Label copy checked by", "Imogen Sallis"), ("Checked on", "12/05/2026"),
              ("Gallery opens", "Saturday 6 June 2026")),
             cols=3, style="stacked", label_size=14, value_size=16, family=_SANS, label_color=GREY_444, row_gap=6),
    ), slice="phone", size=(1000, 1240), margin=54,
        footer=footer("Porthkerris Maritime Museum  -  Interpretation", "Sheet 2 of 2", family=_SANS,
                      color=GREY_666)),
), (
    Q("Who made the figurehead?", "Penhallow & Sons, Falmouth", "kv", "name", ("Penhallow & Sons",), 1),
    Q("What is the accession number of the net-braiding needle?", "PKM.1988.041", "kv", "code", (), 1,
      ev="Object no."),
    Q("Which organisation lent the log book?", "Trinity House", "kv", "name", (), 1),
    Q("Where did the schooner Morwenna carry china clay to?", "Antwerp", "text", "place", (), 1),
    Q("Who rescued the figurehead from the breaker's yard?", "Ezra Tolley", "text", "name", ("Tolley",), 1),
    Q("In what year was the figurehead saved?", "1931", "text", "date", ("in 1931",), 1),
    Q("How much were net braiders paid?", "fourpence a yard", "text", "money", ("4d a yard", "fourpence"), 1),
    Q("What was the pressed pilchard oil used for?", "lamps", "text", "text", ("sold for lamps",), 2),
    Q("How many hogsheads could one Mevagissey cellar press in a good season?", "400 hogsheads", "text", "number",
      ("400",), 2),
    Q("Who donated the sailmaker's palm?", "Mrs Enid Carne", "kv", "name", ("Enid Carne",), 2),
    Q("When does the gallery open?", "Saturday 6 June 2026", "kv", "date", ("6 June 2026", "2026-06-06"), 2),
    Q("What is the figurehead insured for?", "£18,000", "table", "money", ("18000", "£18000"), 2),
    Q("Which case holds the keeper's log book?", "Case 4.5", "table", "place", ("4.5",), 2),
    U("Who carved the pilchard press stone?", "name", 1),
    U("What is the insurance value of the ship model in case 4.4?", "money", 2),
))

BICYCLE_EN = Doc("bicycle_service_sheet_en.jpg", "en", (StylePage((
    Split(((L("Spokesmith Cycles", 26, True, _SANS, OLIVE),
            L("Workshop  -  4 Cattle Market Street, Frome BA11 1AE", 14, family=_SANS, color=GREY_666)),
           (L("SERVICE SHEET", 22, True, _SANS, align="right", tracking=2),
            L("Tel. 01373 902 518", 14, family=_SANS, align="right", color=GREY_666))),
          widths=(0.62, 0.38), gap=20, space_after=8),
    Rule(2, OLIVE, space=12),
    Form((("Ticket no.", "SW-26-0871"), ("Booked in", "Tue 14 Apr 2026"), ("Ready by", "Fri 17 Apr 2026"),
          ("Customer", "Declan Moriarty"), ("Mobile", "07700 900 462"), ("Mechanic", "Ana Prieto"),
          ("Bike", "Ridgeback Voyage, 56 cm, grey"), ("Frame no.", "WTU284C07731L"), ("Odometer", "4,612 km")),
         cols=3, style="cells", label_size=12, value_size=16, family=_COND),
    Checks("Service level:", ("Basic safety check", "Standard service", "Full strip-down"), (1,), size=16,
           family=_SANS, mark="cross"),
    L("Customer's description", 17, True, _SANS, OLIVE),
    P("Customer reports that the chain slips under load on the two smallest rear sprockets and that the rear brake "
      "squeals when wet. The bike was last serviced in September 2025 at another shop. He needs it back in time for "
      "a charity ride from Bristol to Bath on Sunday 19 April.", 16, family=_SERIF,
      keep=("two smallest rear sprockets", "September 2025", "from Bristol to Bath", "Sunday 19 April")),
    L("Parts and labour", 17, True, _SANS, OLIVE),
    Table((("Item", "Qty", "Unit", "Line total"),
           ("Chain, 9-speed, KMC X9", "1", "£18.99", "£18.99"),
           ("Cassette 11-34, 9-speed", "1", "£32.50", "£32.50"),
           ("Disc brake pads, resin", "2 pairs", "£14.00", "£28.00"),
           ("Standard service labour", "1", "£55.00", "£55.00"),
           ("Rotor cleaning", "1", "£5.00", "£5.00"),
           ("Total", "", "", "£139.49")),
          (0.5, 0.14, 0.16, 0.2), spans=((6, 0, 1, 3),), style="hrules", size=15, family=_COND, align="lrrr",
          total_rows=1, rule_color=OLIVE, pad=5),
    L("Mechanic's notes", 17, True, _SANS, OLIVE),
    P("Chain measured 0.75% worn, so chain and cassette were replaced together. Both sets of pads were contaminated "
      "with oil from a leaking chain lube bottle; rotors cleaned with isopropyl alcohol. The front tyre has a cut in "
      "the tread and should be replaced within the next 500 km; the customer declined for now. Test ridden 3 km, "
      "gears and brakes fine.", 16, family=_SERIF,
      keep=("0.75%", "with oil", "leaking chain lube bottle", "within the next 500 km", "Test ridden 3 km")),
    Form((("Deposit paid", "£20.00"), ("Balance due", "£119.49"), ("Collected on", "17/04/2026")), cols=3,
         style="box", label_size=13, value_size=16, family=_SANS, label_w=0.46),
    Form((("Customer signature", "D. Moriarty"),), cols=1, style="underline", label_size=14, value_size=22,
         family=_SANS, value_family=_SIGN, label_w=0.3),
), slice="rot90", size=(1000, 1260), margin=50),), (
    Q("What is the workshop ticket number?", "SW-26-0871", "kv", "code", ("SW260871",)),
    Q("When will the bike be ready?", "Fri 17 Apr 2026", "kv", "date", ("17 April 2026", "2026-04-17")),
    Q("What is the customer's mobile number?", "07700 900 462", "kv", "phone", ("07700900462",)),
    Q("Which service level was ticked?", "Standard service", "kv", "text", ("Standard",)),
    Q("How much is still owed?", "£119.49", "kv", "money", ("119.49",)),
    Q("Where does the charity ride finish?", "Bath", "text", "place", (), ev="charity ride"),
    Q("When was the bike last serviced?", "September 2025", "text", "date", ("Sept 2025", "2025-09")),
    Q("How worn was the chain?", "0.75%", "text", "percent", ("0.75",)),
    Q("What had contaminated the brake pads?", "oil", "text", "text", ("chain lube",)),
    Q("Within what distance should the front tyre be replaced?", "500 km", "text", "number",
      ("within the next 500 km", "500")),
    Q("How much did the new cassette cost?", "£32.50", "table", "money", ("32.50",)),
    Q("What was the total bill?", "£139.49", "table", "money", ("139.49",)),
    U("How much would a new front tyre cost?", "money"),
))

RETURN_EN = Doc("return_authorization_en.pdf", "en", (StylePage((
    Split(((L("Corvane Home Appliances", 24, True, _SANS, NAVY),
            L("Returns Department  -  Unit 3, Brackmills Park, Northampton NN4 7PB", 13, family=_SANS,
              color=GREY_666)),
           (L("RETURN AUTHORIZATION", 19, True, _SANS, NAVY, "right"),
            L("returns@corvane.example", 13, family=_SANS, color=GREY_666, align="right"))),
          widths=(0.6, 0.4), gap=20, space_after=8),
    Rule(3, NAVY, space=14),
    Form((("RMA number", "RMA-2026-048213"), ("Issued", "2026-03-03"), ("Order no.", "CH-771590"),
          ("Customer", "Mr Ewan Castellano"), ("Account", "C-20417"), ("Handled by", "Farida Noorani")),
         cols=3, style="box", label_size=13, value_size=15, family=_SANS, label_w=0.42, row_gap=12),
    L("Items authorised for return", 17, True, _SANS, NAVY),
    Table((("Item code", "Description", "Qty", "Unit price", "Reason"),
           ("KT-1702", "Cordless kettle 1.7 L, slate", "1", "£49.99", "R2"),
           ("TB-4400", "Toaster, 4 slot, slate", "1", "£64.99", "R2"),
           ("SB-0915", "Stick blender set", "2", "£84.99", "R4")),
          (0.16, 0.42, 0.1, 0.16, 0.16), style="ruled", size=15, family=_SANS, align="lllrc",
          header_fill=HEADER_BLUE, rule_color=NAVY, pad=6),
    Split(((Table((("Code", "Reason"),
                   ("R1", "Damaged in transit"),
                   ("R2", "Faulty on arrival"),
                   ("R3", "Wrong item sent"),
                   ("R4", "Change of mind, unopened")),
                  (0.25, 0.75), style="lines", size=14, family=_SANS, align="ll", rule_color=GREY_888, pad=4,
                  space_after=4),),
           (Panel((L("Refund summary", 15, True, _SANS),
                   L("Goods: £284.96", 14, family=_SANS),
                   L("Restocking fee (R4): £25.50", 14, family=_SANS),
                   L("Refund due: £259.46", 15, True, _SANS)),
                  fill=PANEL_BLUE, pad=10, space_after=4),)),
          widths=(0.55, 0.45), gap=30, space_after=10),
    P("Please pack the items in their original boxes where possible and write the RMA number clearly on the outside "
      "of each parcel. Returns must reach our warehouse in Northampton within 30 days of the date of issue, that is "
      "by April 2, 2026; parcels arriving later will be sent back at your cost.", 15, family=_SERIF,
      keep=("within 30 days", "April 2, 2026")),
    P("Collection has been booked with Parcelway for Thursday, March 5, 2026 between 08:00 and 13:00. The driver will "
      "bring a returns label, so you do not need to print one. Your refund will be paid to the original payment "
      "card within 5 working days of our inspection. A restocking fee of 15% applies to unopened items returned for "
      "a change of mind.", 15, family=_SERIF,
      keep=("Parcelway", "Thursday, March 5, 2026", "between 08:00 and 13:00", "within 5 working days", "15%")),
    S(6),
    Form((("Authorised by", "Helena Okonkwo-Barr"), ("Position", "Returns Team Leader")), cols=2, style="underline",
         label_size=14, value_size=17, family=_SANS, label_w=0.34),
), slice="pdf-text", size=(1000, 1240), margin=54,
    footer=footer("Corvane Home Appliances Ltd, registered in England no. 08812733", "Page 1 of 1", family=_SANS,
                  size=12)),), (
    Q("What is the return authorization number?", "RMA-2026-048213", "kv", "code", ("RMA2026048213",)),
    Q("On what date was the RMA issued?", "2026-03-03", "kv", "date", ("3 March 2026", "March 3, 2026")),
    Q("Which order are these returns from?", "CH-771590", "kv", "code", ()),
    Q("How much refund is due?", "£259.46", "kv", "money", ("259.46",)),
    Q("What reason code is given for the toaster?", "R2", "table", "code", (), ev="TB-4400"),
    Q("How many stick blender sets are being returned?", "2", "table", "number", (), ev="SB-0915"),
    Q("What was the unit price of the kettle?", "£49.99", "table", "money", ("49.99",)),
    Q("By what date must the returns reach the warehouse?", "April 2, 2026", "text", "date",
      ("2 April 2026", "2026-04-02")),
    Q("What is the collection time window?", "between 08:00 and 13:00", "text", "time", ("08:00-13:00", "8am to 1pm")),
    Q("What percentage restocking fee applies to change-of-mind returns?", "15%", "text", "percent", ("15",)),
    U("What is the tracking number of the collection?", "code"),
    U("What is the customer's phone number?", "phone"),
))

SCHOLAR_EN = Doc("scholarship_award_en.pdf", "en", (StylePage((
    L("The Ashcombe Foundation", 26, True, _SERIF, MAROON, "center"),
    L("Registered charity 1187342  -  7 Tenter Yard, Northampton NN1 2AB", 13, family=_SERIF, color=GREY_666,
      align="center"),
    Rule(1, MAROON, space=16),
    Split(((L("Miss Oluwaseun Adeyemi", 15, family=_SERIF),
            L("14 Larch Crescent", 15, family=_SERIF),
            L("Kettering NN16 8QT", 15, family=_SERIF)),
           (L("Our ref: AF/SCH/2026/117", 15, family=_SERIF, align="right"),
            L("12 June 2026", 15, family=_SERIF, align="right"))),
          widths=(0.55, 0.45), gap=20, space_after=12),
    P("Dear Miss Adeyemi,", 16, family=_SERIF),
    P("I am delighted to tell you that the Trustees have awarded you the Ashcombe Engineering Scholarship for the "
      "2026-27 academic year, to support your studies in Civil Engineering at the University of Wessex. You were one "
      "of 9 scholars chosen from 212 applicants this year, and the panel was particularly impressed by your "
      "project on rainwater harvesting for primary schools.", 16, family=_SERIF,
      keep=("Civil Engineering", "University of Wessex", "9 scholars", "212 applicants", "rainwater harvesting")),
    Table((("Instalment", "Payment date", "Amount"),
           ("First", "1 October 2026", "£2,500"),
           ("Second", "15 January 2027", "£2,000"),
           ("Third", "15 April 2027", "£1,500"),
           ("Total", "", "£6,000")),
          (0.3, 0.4, 0.3), style="hrules", size=15, family=_SERIF, align="llr", total_rows=1, rule_color=MAROON,
          pad=6),
    P("The scholarship can be renewed for up to two further years, provided you keep an average mark of at least 60% "
      "and send us a short progress report by 30 June each year. You will also be paired with a mentor, Dr Cressida "
      "Vane, a chartered engineer at Halloran Structures, who will contact you before term starts.", 16,
      family=_SERIF, keep=("two further years", "at least 60%", "30 June", "Dr Cressida Vane", "Halloran Structures")),
    P("Please confirm that you accept the award by signing and returning the slip below within 21 days. Payments are "
      "made by bank transfer to the account you nominate on the slip.", 16, family=_SERIF, keep=("within 21 days",)),
    L("Yours sincerely,", 16, family=_SERIF),
    L("Margaret Ilsley", 22, family=_SIGN, color=NAVY),
    L("Margaret Ilsley, Director of Grants", 15, family=_SERIF, color=GREY_444),
    Rule(1, GREY_666, dash=8, gap=6, space=18),
    L("Acceptance slip  -  return to the Foundation", 15, True, _SERIF),
    Form((("Student name", "Oluwaseun Adeyemi"), ("Student ID", "W2617845"), ("Signature", ""), ("Date", "")),
         cols=2, style="box", label_size=13, value_size=15, family=_SANS, label_w=0.32, row_gap=10),
), slice="pdf-image", size=(1000, 1300), margin=60),), (
    Q("What is the foundation's reference for this award?", "AF/SCH/2026/117", "kv", "code", ()),
    Q("What date was the award letter written?", "12 June 2026", "kv", "date", ("2026-06-12", "June 12, 2026")),
    Q("What is the student's ID number?", "W2617845", "kv", "code", ()),
    Q("Which university does the scholar attend?", "University of Wessex", "text", "place", ("Wessex",)),
    Q("How many people applied for the scholarship?", "212 applicants", "text", "number", ("212",)),
    Q("What average mark must she keep to renew the scholarship?", "at least 60%", "text", "percent", ("60%",)),
    Q("By what date is the progress report due each year?", "30 June", "text", "date", ("30th June", "June 30")),
    Q("Who will mentor the scholar?", "Dr Cressida Vane", "text", "name", ("Cressida Vane",)),
    Q("How long does she have to accept the award?", "within 21 days", "text", "number", ("21 days",)),
    Q("How much is the second instalment?", "£2,000", "table", "money", ("2000", "£2000")),
    Q("What is the scholarship worth in total?", "£6,000", "table", "money", ("6000", "£6000")),
    U("On what date did the student sign the acceptance slip?", "date"),
    U("What is the student's bank account number?", "code"),
))

GARDEN_EN = Doc("garden_allotment_agreement_en.jpg", "en", (StylePage((
    L("MILLBROOK PARISH COUNCIL", 15, True, _SANS, GREEN, tracking=5),
    L("Allotment Tenancy Agreement", 28, True, _SERIF),
    L("Hollow Lane allotments  -  tenancy year 2026-27", 15, family=_SANS, color=GREY_666),
    Rule(2, GREEN, space=12),
    Form((("Tenant", "Rajesh Balakrishnan"), ("Plot number", "B-17"), ("Plot size", "125 m²"),
          ("Start date", "1 April 2026"), ("Annual rent", "£48.50"), ("Key deposit", "£25.00")),
         cols=3, style="stacked-line", label_size=13, value_size=17, family=_SANS, row_gap=10),
    Checks("Water supply:", ("Standpipe on plot", "Shared trough", "No supply"), (1,), size=15, family=_SANS,
           label_w=150),
    Checks("Concession:", ("Over 65", "Student", "Unwaged", "None"), (3,), size=15, family=_SANS, label_w=150),
    L("Rents for 2026-27", 17, True, _SANS, GREEN),
    Table((("Plot", "Size", "Annual rent", "Concession rate"),
           ("Half plot", "125 m²", "£48.50", "£24.25"),
           ("Full plot", "250 m²", "£92.00", "£46.00"),
           ("Raised bed", "10 m²", "£12.00", "£6.00")),
          (0.3, 0.2, 0.25, 0.25), style="ruled", size=15, family=_SANS, align="lrrr", header_fill=PANEL_GREEN,
          rule_color=GREEN, pad=6),
    L("Conditions of tenancy", 17, True, _SANS, GREEN),
    P("1. The tenant must keep at least 75% of the plot under cultivation and keep paths next to the plot clear. "
      "Sheds and greenhouses may be no larger than 1.8 m by 2.4 m and need written permission first.", 15,
      family=_SERIF, keep=("at least 75%", "1.8 m by 2.4 m", "written permission")),
    P("2. Bonfires are allowed only between 1 November and 31 March, never at weekends, and must be out by dusk. "
      "Hosepipes may not be left running unattended.", 15, family=_SERIF,
      keep=("between 1 November and 31 March", "never at weekends", "out by dusk")),
    P("3. Rent is payable in advance by 31 March each year. Either party may end this agreement by giving three "
      "months' notice in writing. Plots are inspected in May and August by the Allotments Officer, Mr Gideon Marsh.",
      15, family=_SERIF, keep=("by 31 March", "three months' notice", "in May and August", "Mr Gideon Marsh")),
    S(4),
    Form((("Signed (tenant)", "R. Balakrishnan"), ("Date", "28/03/2026"),
          ("For the Council", "G. Marsh"), ("Date", "28/03/2026")),
         cols=2, style="underline", label_size=14, value_size=20, family=_SANS, value_family=_SIGN, label_w=0.42),
), slice="clean", size=(1000, 1240), margin=54,
    footer=footer("Millbrook Parish Council, The Old School, Millbrook MB4 6RE  -  clerk 01632 960 771",
                  "Form ALL-2", family=_SANS, size=12)),), (
    Q("Who is the tenant?", "Rajesh Balakrishnan", "kv", "name", ()),
    Q("What is the plot number?", "B-17", "kv", "code", ("B17",)),
    Q("How large is the rented plot?", "125 m²", "kv", "number", ("125 m2", "125"), ev="125 m²"),
    Q("What kind of water supply does the plot have?", "Shared trough", "kv", "text", ()),
    Q("Which concession applies to this tenant?", "None", "kv", "text", (), ev="None"),
    Q("On what date did the tenant sign?", "28/03/2026", "kv", "date", ("28 March 2026", "2026-03-28")),
    Q("What share of the plot must be cultivated?", "at least 75%", "text", "percent", ("75%",)),
    Q("During which months can bonfires be lit?", "between 1 November and 31 March", "text", "date",
      ("1 November to 31 March",)),
    Q("When are the plots inspected?", "in May and August", "text", "date", ("May and August",)),
    Q("What is the concession rate for a full plot?", "£46.00", "table", "money", ("46.00", "£46")),
    Q("How much does a raised bed cost a year?", "£12.00", "table", "money", ("12.00", "£12")),
    U("What is the tenant's phone number?", "phone"),
    U("What is the annual rent for a quarter plot?", "money"),
))

DOCUMENTS: tuple[Doc, ...] = (
    COURT_ZH, LOST_ZH, DISCHARGE_ZH, PARKING_ZH, VOLUNTEER_ZH, ATTORNEY_ZH,
    LIBRARY_EN, MUSEUM_EN, BICYCLE_EN, RETURN_EN, SCHOLAR_EN, GARDEN_EN,
)


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------
#: ``build(documents, *, seed)`` and ``write(out_dir, documents)`` (``dataset_styles.set_generator``).
build, write, main = set_generator(DOCUMENTS, version=VERSION, seed=SEED, one_face=ONE_FACE, note_bold=True)


if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
