"""Regenerate the fourth document-QA development set ("dev4") in this folder (deterministic).

    python data/docqa-dev4/make_dev4.py

Twelve invented documents (six Chinese, six English) of kinds none of the earlier sets has: a
vehicle inspection report, a product recall notice, a community event sign-up form, a school fee
statement, a pet vaccination record and a removal-company quote; a box-office sales report, an
apartment viewing schedule, a clinical trial results summary, a calibration certificate, an
energy performance certificate and auction results. The set exists to measure the pipeline on
documents it was never tuned on, so content, wording and layouts are new; drawing reuses
``paddlecamp.docqa.dataset_styles`` (blocks, capture conditions, text-layer PDFs) and
``paddlecamp.docqa.devset`` (questions, checks, writing), as dev3 does.

Beside dev3's families the pages use four more faces registered here (``FAMILIES_DEV4``):
DejaVu Serif Condensed, DejaVu Sans ExtraLight, DejaVu Sans Oblique and Noto Sans Mono CJK SC;
element for element the fonts and sizes differ from dev3's (receipt leaders in Noto Sans Mono
CJK instead of WenQuanYi Mono, tables in a condensed serif, large light figures, oblique notes).
Writes pages/, truth.json and qa.jsonl (files are rewritten only when they change).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from paddlecamp.docqa import dataset_styles as _ds
from paddlecamp.docqa.dataset_extra import SEED
from paddlecamp.docqa.dataset_styles import (BLUE, GREEN, GREY_444, GREY_666, GREY_888, HEADER_BLUE, NAVY, ORANGE,
                                             PANEL_BLUE, PANEL_GREY, TEAL, THERMAL, WHITE, WHITE_PAPER, ZEBRA_YELLOW,
                                             CharRule, Form, Leaders, Line, Logo, Panel, Rule, Run, Runs, Space, Split,
                                             StylePage, Table, capture, families_in, font_source, render_page,
                                             text_layer_pdf)
from paddlecamp.docqa.devset import Doc, Q, U, capture_pages, file_bytes, record, summary_line, write_set

#: Bump when the generated files change on purpose.
VERSION = 1

#: Faces dev3 does not draw with, registered beside ``dataset_styles.FAMILIES`` (a family that is
#: not installed falls back like dev3's: the set builds, its bytes differ).
FAMILIES_DEV4 = {
    "dejavu-serif-condensed": _ds._Family("DejaVu Serif Condensed", "Condensed", "Condensed Bold",
                                          ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"), "serif"),
    "dejavu-light": _ds._Family("DejaVu Sans Light", "ExtraLight", None, ("DejaVuSans-ExtraLight.ttf", None),
                                "sans"),
    "dejavu-oblique": _ds._Family("DejaVu Sans", "Oblique", "Bold Oblique",
                                  ("DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"), "sans"),
    "noto-mono-cjk": _ds._Family("Noto Sans Mono CJK SC", "Regular", "Bold",
                                 ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"), "sans"),
}
for _name, _fam in FAMILIES_DEV4.items():
    _ds.FAMILIES.setdefault(_name, _fam)

L, S = Line, Space
PURPLE = (96, 40, 120)
BROWN = (120, 72, 30)
ZEBRA_GREY = (240, 240, 238)
PANEL_GREEN = (226, 240, 228)
PANEL_YELLOW = (252, 246, 222)


def small(text: str, size: int = 13, color=GREY_888, align: str = "left", family: str = "sans") -> Line:
    """A line of small print."""
    return Line(text, size, color=color, align=align, family=family, lead=1.5)


def footer(left: str, right: str, family: str = "sans", size: int = 13) -> tuple:
    """A footer: a thin grey rule, small print on the left and the page number on the right."""
    return (Rule(1, GREY_888, space=10),
            Split(((small(left, size, family=family),), (small(right, size, align="right", family=family),)),
                  widths=(0.76, 0.24), gap=16, space_after=0))


# --------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------
VEHICLE_ZH = Doc("vehicle_inspection_zh.jpg", "zh", (StylePage((
    Logo("检", "江州市安顺机动车检测有限公司", "检验检测机构资质认定 CMA 221512340087", fill=BLUE, name_color=BLUE,
         name_size=23, tagline_size=13, mark_size=30, side=62,
         right=("检测热线 0571-87306615", "机构代码 JZ-0917")),
    L("机动车安全技术检验报告", 29, True, align="center", tracking=3),
    L("报告编号  JZAS-2026-0418-1132", 14, family="noto-mono-cjk", color=GREY_666, align="right"),
    Form((("号牌号码", "浙A·D5G27"), ("车辆类型", "小型普通客车"), ("使用性质", "非营运"),
          ("品牌型号", "云驰牌YC7152BEV"), ("车辆识别代号", "LYC2M5E31R0087326"), ("检验类别", "定期检验"),
          ("注册登记日期", "2020-05-19"), ("检验日期", "2026-04-18"), ("里程表读数", "86,412 km")),
         cols=3, style="cells", label_size=13, value_size=17, family="wqy"),
    L("一、仪器检验项目", 19, True, color=BLUE),
    Table((("序号", "检验项目", "检验结果", "", "单项判定"),
           ("", "", "实测值", "标准限值", ""),
           ("1", "整车制动率", "68.4%", "≥60%", "合格"),
           ("2", "驻车制动率", "24.1%", "≥20%", "合格"),
           ("3", "前照灯远光发光强度\n（左灯）", "18,600 cd", "≥15,000 cd", "合格"),
           ("4", "前照灯远光发光强度\n（右灯）", "14,200 cd", "≥15,000 cd", "不合格"),
           ("5", "转向轮横向侧滑量", "+2.8 m/km", "±5 m/km", "合格"),
           ("6", "车速表指示误差", "+3.6%", "-5%～+10%", "合格"),
           ("7", "喇叭声级", "104 dB(A)", "90～115 dB(A)", "合格")),
          (0.08, 0.34, 0.20, 0.22, 0.16), spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2), (0, 4, 2, 1)),
          header_rows=2, style="hrules", size=17, family="wqy", align="clrrc", header_fill=PANEL_BLUE, pad=6),
    L("二、外观及安全装置检查", 19, True, color=BLUE),
    Split(((L("检查合格", 16, True, color=GREEN),
            L("车身外观、号牌及号牌安装", 15, family="wqy"),
            L("安全带、三角警告牌、灭火器", 15, family="wqy"),
            L("灯光信号、雨刮器、后视镜", 15, family="wqy")),
           (L("提示事项", 16, True, color=ORANGE),
            L("左后轮胎花纹深度2.1mm，接近", 15, family="wqy"),
            L("下限1.6mm，建议尽快更换。", 15, family="wqy"),
            L("右前照灯经调整后当日复检，", 15, family="wqy"),
            L("发光强度16,900 cd，复检合格。", 15, family="wqy"))),
          gap=30, borders=(GREY_888, GREY_888), pad=12, space_after=14),
    Panel((Runs((Run("检验结论", 16, color=GREY_666), Run("合格（复检）", 26, True, color=GREEN))),
           L("下次检验有效期至 2028年4月30日（逾期未检不得上道路行驶）", 16, family="wqy")),
          fill=PANEL_GREEN, pad=12),
    Form((("授权签字人", "欧阳立峰"), ("引车员", "钟离晨")), cols=2, style="underline", label_size=15,
         value_size=18, family="wqy", label_w=0.34),
), slice="blur", size=(1000, 1260), margin=52,
    footer=footer("本报告仅对本次受检车辆有效；涂改无效；未加盖检验检测专用章无效。", "共1页 第1页")),), (
    Q("这辆车的车牌号是多少？", "浙A·D5G27", "kv", "code", ("浙AD5G27",)),
    Q("车架号（VIN）是多少？", "LYC2M5E31R0087326", "kv", "code"),
    Q("检测时里程表上显示跑了多少公里？", "86,412 km", "kv", "number", ("86412", "86,412")),
    Q("整车制动率测出来是多少？", "68.4%", "table", "percent"),
    Q("驻车制动率标准要求至少多少？", "≥20%", "table", "percent", ("20%",), ev="驻车"),
    Q("右边远光灯第一次测的亮度是多少？", "14,200 cd", "table", "number", ("14200", "14,200")),
    Q("车速表误差实测是多少？", "+3.6%", "table", "percent", ("3.6%",)),
    Q("喇叭声音的合格范围是多少？", "90～115 dB(A)", "table", "text", ("90-115 dB(A)", "90～115")),
    Q("右前照灯复检的时候测到多少？", "16,900 cd", "text", "number", ("16900", "16,900")),
    Q("哪个轮胎建议尽快换掉？", "左后轮胎", "text", "text", ("左后轮",)),
    Q("下一次年检最晚什么时候做？", "2028年4月30日", "text", "date", ("2028-04-30",)),
    U("这次检测交了多少检验费？", "money"),
    U("尾气排放里一氧化碳测了多少？", "number"),
))

_RECALL_SCOPE = (
    ("产品型号", "规格", "生产批次", "生产日期", "销售区域", "数量（台）"),
    ("NY-RS12", "1.2L / 360W", "2509A—2509F", "2025-09-03至\n2025-09-28", "华东六省一市", "12,480"),
    ("NY-RS15", "1.5L / 420W", "2510A—2510H", "2025-10-02至\n2025-10-30", "华东、华中\n（含电商渠道）", "17,350"),
    ("NY-RS20", "2.0L / 500W", "2511A—2511C", "2025-11-04至\n2025-11-19", "全国电商渠道", "8,810"),
    ("合计", "", "", "", "", "38,640"),
)

RECALL_ZH = Doc("product_recall_zh.pdf", "zh", (
    StylePage((
        Logo("暖", "江州暖阳家用电器有限公司", "JIANGZHOU NUANYANG HOME APPLIANCES", fill=ORANGE, name_color=ORANGE,
             family="sans", name_size=22, tagline_size=12, mark_size=28, side=58,
             right=("召回热线 400-817-3620", "www.nuanyang-home.cn")),
        Rule(2, ORANGE, space=10),
        L("关于召回部分批次“暖阳”牌充电式电暖手宝的公告", 25, True, align="center"),
        L("召回编号：JZZH-2026-0007", 15, family="wqy", color=GREY_666, align="center"),
        S(6),
        L("江州暖阳家用电器有限公司（以下简称“我公司”）根据《消费品召回管理暂行规定》，向江州市", 17,
          family="wqy"),
        L("市场监督管理局备案了召回计划。自2026年1月15日起，召回以下批次的充电式电暖手宝。", 17, family="wqy"),
        L("一、召回原因", 19, True),
        L("本次召回范围内的产品，温控器在连续通电超过4小时后可能失效，导致袋体表面温度过高，", 17,
          family="wqy"),
        L("存在烫伤风险。截至公告日，我公司共收到相关报告3起，其中1起造成使用者轻微烫伤。", 17, family="wqy"),
        L("二、召回范围", 19, True),
        Table(_RECALL_SCOPE, (0.14, 0.16, 0.17, 0.18, 0.19, 0.16),
              spans=((4, 0, 1, 5),), style="ruled", size=16, family="wqy", align="llllcr",
              header_fill=(251, 228, 206), total_rows=1, rule_color=GREY_444, pad=7),
        L("产品型号及生产批次印在产品背面铭牌上，批次号为铭牌第二行“LOT”后的五位字符。", 16, family="wqy",
          color=GREY_444),
        L("三、消费者应采取的措施", 19, True),
        L("请立即停止使用召回范围内的产品，拔下充电器，并将产品存放在儿童接触不到的地方。", 17, family="wqy"),
    ), slice="pdf-text", size=(1000, 1240), margin=56,
        footer=footer("江州暖阳家用电器有限公司  2026年1月12日", "第 1 页 / 共 2 页", family="wqy")),
    StylePage((
        L("四、召回处理方式", 19, True),
        Table((("购买时间", "处理方式", "补偿"),
               ("12个月以内", "免费更换同型号改进款产品", "另赠防烫绒布套1个"),
               ("超过12个月", "全额退款（凭购买凭证）\n无凭证按当批次指导价退款", "—"),
               ("已造成损害", "专人上门处理", "依法承担赔偿责任")),
              (0.20, 0.48, 0.32), style="lines", size=17, family="sans", align="lll", header_fill=PANEL_GREY,
              rule_color=GREY_666, pad=8),
        L("五、办理渠道", 19, True),
        Form((("召回热线", "400-817-3620"), ("服务时间", "每日 8:00—21:00"),
              ("线上登记", "“暖阳家电”微信小程序"), ("邮寄地址", "江州市临平区兴业路88号 售后中心")),
             cols=1, style="box", label_size=15, value_size=17, family="wqy", label_w=0.18, row_gap=8),
        L("寄回产品的运费由我公司承担，请选择到付；退款在收到产品后7个工作日内原路退回。", 17, family="wqy"),
        S(4),
        L("各批次指导价", 17, True),
        Leaders((("NY-RS12", "¥89.00"), ("NY-RS15", "¥119.00"), ("NY-RS20", "¥149.00")), size=16,
                family="sans", mode="graphic", indent=20),
        S(6),
        Panel((L("召回期限", 16, True, color=ORANGE),
               L("本次召回期限为2026年1月15日至2026年12月31日，期限届满后仍可联系我公司办理。", 16,
                 family="wqy")), fill=PANEL_YELLOW, border=ORANGE, pad=12),
        S(10),
        L("江州暖阳家用电器有限公司", 17, align="right"),
        L("2026年1月12日", 17, align="right"),
    ), slice="pdf-text", size=(1000, 1240), margin=56,
        footer=footer("江州暖阳家用电器有限公司  2026年1月12日", "第 2 页 / 共 2 页", family="wqy")),
), (
    Q("这次召回的编号是多少？", "JZZH-2026-0007", "kv", "code", (), 1),
    Q("召回从哪天开始？", "2026年1月15日", "text", "date", ("2026-01-15", "1月15日"), 1),
    Q("连续通电多久之后温控器可能失效？", "4小时", "text", "number", ("4个小时", "4"), 1),
    Q("到公告发布时一共收到过几起相关报告？", "3起", "text", "number", ("3",), 1),
    Q("1.5升那款一共召回了多少台？", "17,350", "table", "number", ("17350", "17,350台"), 1),
    Q("NY-RS15除了华东还卖到了哪里？", "华东、华中", "table", "place", ("华中",), 1),
    Q("NY-RS12最晚一批是哪天生产的？", "2025-09-28", "table", "date", ("2025年9月28日",), 1),
    Q("总共要召回多少台？", "38,640", "table", "number", ("38640", "38,640台"), 1),
    Q("买了不到一年的可以怎么处理？", "免费更换同型号改进款产品", "table", "text", ("免费更换",), 2),
    Q("换货的话还额外送什么？", "防烫绒布套1个", "table", "text", ("另赠防烫绒布套1个", "防烫绒布套"), 2),
    Q("NY-RS15的指导价是多少？", "¥119.00", "kv", "money", ("119", "119元"), 2),
    Q("召回热线每天几点开始接听？", "8:00", "kv", "time", ("08:00",), 2),
    Q("退款多少天之内能到账？", "7个工作日", "text", "number", ("7",), 2),
    Q("召回期限到哪天截止？", "2026年12月31日", "text", "date", ("2026-12-31",), 2),
    U("这款暖手宝的电池容量是多少？", "number", 1),
    U("负责这次召回的联系人叫什么名字？", "name", 2),
))

SIGNUP_ZH = Doc("community_signup_zh.jpg", "zh", (StylePage((
    L("梧桐里社区居民委员会", 18, family="noto-serif", color=GREEN, align="center", tracking=10),
    L("“绿色周末”亲子植树活动报名表", 30, True, "noto-serif", align="center"),
    Rule(1, GREEN, dash=10, gap=6, space=14),
    Panel((Leaders((("活动日期", "2026年3月14日（周六）"), ("集合时间", "上午7:50"), ("集合地点", "社区服务中心南门"),
                    ("活动地点", "北郊林场3号林区")), size=17, family="sans", mode="graphic"),),
          fill=PANEL_GREEN, pad=12),
    L("报名人信息", 19, True, color=GREEN),
    Form((("报名人", "南宫秀兰"), ("门牌号", "梧桐里6幢302室"), ("手机", "137 7520 6148"),
          ("报名日期", "2026-03-05")), cols=2, style="stacked-line", label_size=14, value_size=19,
         family="wqy", row_gap=10),
    L("参加人员", 19, True, color=GREEN),
    Table((("姓名", "与报名人关系", "年龄", "身份", "费用（元）"),
           ("南宫秀兰", "本人", "38", "成人", "30"),
           ("林志强", "丈夫", "40", "成人", "30"),
           ("林可欣", "女儿", "9", "儿童\n（6—12岁）", "15"),
           ("林浩然", "儿子", "5", "儿童\n（6岁以下）", "0"),
           ("往返班车", "4人×10元", "", "", "40"),
           ("合计", "", "", "", "115")),
          (0.22, 0.24, 0.12, 0.22, 0.20), spans=((5, 1, 1, 3), (6, 0, 1, 4)), style="lines", size=17,
          family="noto-serif", align="lllcr", rule_color=GREEN, total_rows=1, pad=6),
    L("报名须知", 19, True, color=GREEN),
    L("· 报名截止时间为3月10日18:00，名额80人，额满即止。", 16, family="wqy"),
    L("· 树苗、铁锹和手套由社区统一提供；请自备饮用水，穿运动鞋。", 16, family="wqy"),
    L("· 如遇雨天，活动顺延至3月21日，届时另行通知。", 16, family="wqy"),
    L("· 费用现场以微信或现金交给活动负责人郑晓雯（电话 0571-85123067）。", 16, family="wqy"),
    S(4),
    L("报名人签字：南宫秀兰", 17, family="noto-serif", align="right"),
), slice="photo", size=(900, 1120), margin=48, paper=WHITE_PAPER),), (
    Q("植树活动是哪天？", "2026年3月14日", "kv", "date", ("2026-03-14", "3月14日")),
    Q("早上几点要到集合点？", "上午7:50", "kv", "time", ("7:50", "07:50")),
    Q("报名人住在几幢几室？", "梧桐里6幢302室", "kv", "place", ("6幢302室",)),
    Q("女儿今年几岁？", "9", "table", "number", ("9岁",), ev="林可欣"),
    Q("5岁的孩子要交多少钱？", "0", "table", "money", ("0元", "免费"), ev="林浩然"),
    Q("班车一共收了多少钱？", "40", "table", "money", ("40元",), ev="往返班车"),
    Q("这一家一共要交多少费用？", "115", "table", "money", ("115元",)),
    Q("报名最晚什么时候截止？", "3月10日18:00", "text", "date", ("3月10日",)),
    Q("要是下雨活动改到哪天？", "3月21日", "text", "date"),
    Q("活动负责人叫什么？", "郑晓雯", "text", "name"),
    U("每户最多可以带几个孩子参加？", "number"),
    U("活动当天中午的盒饭多少钱一份？", "money"),
))

SCHOOL_FEE_ZH = Doc("school_fee_zh.jpg", "zh", (StylePage((
    L("江州市第十四中学", 24, True, "sans", NAVY, "center", tracking=18),
    L("2026年春季学期学生收费明细单", 22, family="sans", align="center"),
    S(4),
    Form((("学生姓名", "诸葛宁远"), ("学籍号", "G330106200912054318"), ("年级班级", "高二（3）班"),
          ("住宿情况", "住校 5号楼417"), ("资助类别", "家庭经济困难学生"), ("开具日期", "2026-02-16")),
         cols=2, style="box", label_size=15, value_size=17, family="sans", label_w=0.28, row_gap=8),
    L("一、行政事业性收费", 18, True, color=NAVY),
    Table((("收费项目", "收费标准", "金额（元）", "", ""),
           ("", "", "应收", "减免", "实收"),
           ("学费", "1,100元/学期", "1,100.00", "550.00", "550.00"),
           ("住宿费", "600元/学期\n（四人间）", "600.00", "0.00", "600.00"),
           ("课后服务费", "3元/课时\n×150课时", "450.00", "450.00", "0.00"),
           ("小计", "", "2,150.00", "1,000.00", "1,150.00")),
          (0.22, 0.24, 0.18, 0.18, 0.18), spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 3)), header_rows=2,
          style="ruled", size=17, family="sans", align="llrrr", header_fill=HEADER_BLUE, total_rows=1,
          rule_color=GREY_444, pad=6),
    L("二、服务性收费和代收费（自愿）", 18, True, color=NAVY),
    Table((("项目", "标准", "金额（元）", "是否选择"),
           ("伙食费", "18元/天×130天", "2,340.00", "是"),
           ("校服费", "春秋装两套", "260.00", "是"),
           ("作业本费", "按实际发放", "85.00", "是"),
           ("学生意外伤害保险", "100元/年", "100.00", "否"),
           ("小计", "", "2,685.00", "")),
          (0.32, 0.28, 0.22, 0.18), style="none", size=17, family="noto-serif", align="llrc",
          header_fill=ZEBRA_GREY, zebra=ZEBRA_YELLOW, total_rows=1, pad=6),
    Runs((Run("本学期应缴合计", 16, color=GREY_666), Run("3,835.00", 34, family="dejavu-light"),
          Run("元（已扣除减免1,000.00元）", 15, color=GREY_666)), align="right"),
    S(4),
    L("缴费说明", 17, True),
    small("1. 请于2026年2月28日前通过“江州教育缴费”平台缴纳，逾期将影响选课与住宿安排。", 15, GREY_444),
    small("2. 伙食费按实际就餐天数结算，学期末多退少补。", 15, GREY_444),
    small("3. 减免依据：江教财〔2025〕36号文件；咨询电话 0571-86077415（财务室，周一至周五）。", 15, GREY_444),
), slice="lowres", size=(1000, 1200), margin=54,
    footer=(small("本单一式两联，第一联学校留存，第二联交学生家长。 收费许可证号 浙教收（2026）0314", 13,
                  align="center"),)),), (
    Q("这位学生在哪个班？", "高二（3）班", "kv", "text", ("高二3班",)),
    Q("他住在哪间宿舍？", "5号楼417", "kv", "place", ("住校 5号楼417", "417")),
    Q("学费减免了多少？", "550.00", "table", "money", ("550", "550元"), ev="学费"),
    Q("住宿费住的是几人间？", "四人间", "table", "text"),
    Q("课后服务费实际要交多少？", "0.00", "table", "money", ("0", "不用交"), ev="课后服务费"),
    Q("课后服务一共按多少课时算？", "150课时", "table", "number", ("150",)),
    Q("行政事业性收费减免的总额是多少？", "1,000.00", "table", "money", ("1000", "1,000元"), ev="小计"),
    Q("伙食费一共收多少？", "2,340.00", "table", "money", ("2340", "2340元")),
    Q("意外伤害保险选了没有？", "否", "table", "text", ("没有", "没选"), ev="学生意外伤害保险"),
    Q("这学期一共要交多少钱？", "3,835.00", "kv", "money", ("3835", "3,835.00元", "3835元")),
    Q("最晚哪天之前要缴费？", "2026年2月28日", "text", "date", ("2026-02-28", "2月28日")),
    Q("财务室的咨询电话是多少？", "0571-86077415", "text", "phone", ("057186077415",)),
    U("高二（3）班的班主任是谁？", "name"),
    U("这学期的教材费是多少？", "money"),
))

PET_ZH = Doc("pet_vaccination_zh.jpg", "zh", (StylePage((
    Logo("宠", "安心宠物医院（西湖分院）", "动物诊疗许可证 浙动诊字第3301060217号", shape="circle", fill=TEAL,
         name_color=TEAL, family="sans", name_size=22, tagline_size=12, mark_size=26, side=56,
         right=("24小时急诊 0571-88693120",)),
    L("犬只免疫接种记录", 26, True, color=WHITE, bar=TEAL, tracking=6, align="center"),
    S(4),
    Split(((S(2), Form((("犬名", "豆包"), ("品种", "威尔士柯基"), ("性别", "公（已绝育）"), ("出生日期", "2024-06-02"),
                  ("毛色", "黄白"), ("芯片号", "900164002837715")),
                 cols=2, style="stacked", label_size=13, value_size=18, family="noto-mono-cjk", row_gap=10),),
           (S(2), Form((("犬主", "东郭晓月"), ("联系电话", "158 6801 3372"), ("犬证编号", "杭犬2024-A06917")),
                 cols=1, style="stacked", label_size=13, value_size=18, family="noto-mono-cjk", row_gap=10),)),
          widths=(0.62, 0.38), gap=24, fills=(None, PANEL_GREY), pad=12, space_after=12),
    L("疫苗接种", 19, True, color=TEAL),
    Table((("接种日期", "疫苗名称", "批号", "下次接种", "兽医"),
           ("2024-08-10", "犬四联（首免）", "DHPPi-2406117", "2024-09-07", "宋雨桐"),
           ("2024-09-07", "犬四联（二免）\n+ 狂犬病疫苗", "DHPPi-2406117\nRAB-2407032", "2024-10-05", "宋雨桐"),
           ("2024-10-05", "犬四联（三免）", "DHPPi-2408205", "2025-10-05", "伍嘉诚"),
           ("2025-10-11", "犬四联（加强）\n+ 狂犬病疫苗", "DHPPi-2507390\nRAB-2508116", "2026-10-11", "伍嘉诚")),
          (0.18, 0.24, 0.24, 0.18, 0.16), style="lines", size=16, family="wqy", align="lllll",
          header_fill=(210, 232, 232), rule_color=GREY_888, pad=7),
    L("体内外驱虫", 19, True, color=TEAL),
    Table((("日期", "药品", "体重", "下次"),
           ("2026-01-20", "犬心保（体内）", "11.6 kg", "2026-02-20"),
           ("2026-01-20", "福来恩滴剂（体外）", "11.6 kg", "2026-02-20"),
           ("2025-12-18", "犬心保（体内）", "11.9 kg", "2026-01-18")),
          (0.25, 0.35, 0.18, 0.22), style="none", size=16, family="wqy", align="llrl", zebra=ZEBRA_GREY,
          header_bold=True, pad=6),
    small("注：狂犬病疫苗每年接种一次，接种后请观察30分钟再离开；接种后7天内不要洗澡。", 14, GREY_444),
), slice="rot90", size=(1000, 1060), margin=48),), (
    Q("豆包是什么品种的狗？", "威尔士柯基", "kv", "text", ("柯基",)),
    Q("它的芯片号是多少？", "900164002837715", "kv", "code"),
    Q("狗主人的电话是多少？", "158 6801 3372", "kv", "phone", ("15868013372",)),
    Q("第一次打狂犬疫苗是哪天？", "2024-09-07", "table", "date", ("2024年9月7日",), ev="二免"),
    Q("2025年那次狂犬疫苗的批号是多少？", "RAB-2508116", "table", "code"),
    Q("下一次打疫苗是什么时候？", "2026-10-11", "table", "date", ("2026年10月11日",)),
    Q("三免是哪位兽医打的？", "伍嘉诚", "table", "name", (), ev="三免"),
    Q("1月份体外驱虫用的是什么药？", "福来恩滴剂", "table", "name", ("福来恩",)),
    Q("去年12月驱虫时狗有多重？", "11.9 kg", "table", "number", ("11.9", "11.9公斤")),
    Q("打完狂犬疫苗多少天内不能洗澡？", "7天", "text", "number", ("7",)),
    U("豆包最近一次洗牙是什么时候？", "date"),
    U("这次打疫苗花了多少钱？", "money"),
))

MOVING_ZH = Doc("moving_quote_zh.jpg", "zh", (StylePage((
    L("顺安搬家", 30, True, color=BROWN, align="center"),
    L("居民搬家服务报价单", 20, family="noto-mono-cjk", align="center", tracking=4),
    CharRule("*", 16, "noto-mono-cjk", color=GREY_666),
    Leaders((("报价单号", "SA-2603-0258"), ("客户", "公冶文杰 先生"), ("联系电话", "186 5712 0934"),
             ("搬出地址", "拱墅区和睦新村12幢4楼"), ("搬入地址", "余杭区良渚玉鸟苑3幢1602"),
             ("预约时间", "2026-03-28 08:00"), ("预估距离", "23公里")), size=16, family="noto-mono-cjk"),
    CharRule("-", 16, "noto-mono-cjk"),
    Leaders((("4.2米厢式货车×1", "480.00"), ("搬运师傅×3人", "450.00"), ("搬出楼层费（4楼无电梯）", "120.00"),
             ("空调拆装×2台", "300.00"), ("钢琴搬运（立式）", "600.00"), ("纸箱×30（免费提供）", "0.00"),
             ("超里程费（超出15公里部分）", "64.00")), size=16, family="noto-mono-cjk"),
    CharRule("-", 16, "noto-mono-cjk"),
    Leaders((("合计", "2,014.00"), ("会员优惠", "-100.00"), ("应付总额", "1,914.00"), ("已付定金", "200.00"),
             ("搬完结清", "1,714.00")), size=16, family="noto-mono-cjk", big=(2,), big_size=22),
    CharRule("*", 16, "noto-mono-cjk", color=GREY_666),
    L("主要物品清单", 18, True),
    Table((("物品", "数量", "备注"),
           ("双人床（1.8米）", "1张", "需拆装"),
           ("三门衣柜", "2个", "需拆装"),
           ("冰箱", "1台", "提前12小时断电"),
           ("洗衣机", "1台", "排空存水"),
           ("书籍（装箱）", "约18箱", "—")),
          (0.42, 0.20, 0.38), style="hrules", size=16, family="noto-mono-cjk", align="lrl", pad=5),
    small("· 超里程按每公里8元计；等候超过30分钟，每30分钟加收50元。", 15, GREY_444, family="noto-mono-cjk"),
    small("· 贵重物品（现金、首饰、证件）请客户自行携带。", 15, GREY_444, family="noto-mono-cjk"),
    small("· 报价有效期7天；客服热线 0571-89176502。", 15, GREY_444, family="noto-mono-cjk"),
), slice="skew", size=(760, 1280), margin=40, paper=THERMAL),), (
    Q("约的是哪天几点搬家？", "2026-03-28 08:00", "kv", "time", ("2026-03-28", "08:00")),
    Q("要搬去哪里？", "余杭区良渚玉鸟苑3幢1602", "kv", "place", ("良渚玉鸟苑3幢1602",)),
    Q("两台空调拆装收多少钱？", "300.00", "kv", "money", ("300", "300元")),
    Q("派了几个搬运师傅？", "3人", "kv", "number", ("3", "3个")),
    Q("会员优惠减了多少钱？", "-100.00", "kv", "money", ("100", "100元")),
    Q("搬完之后还要再付多少？", "1,714.00", "kv", "money", ("1714", "1714元")),
    Q("有几个衣柜要搬？", "2个", "table", "number", ("2",)),
    Q("冰箱要提前多久断电？", "提前12小时断电", "table", "text", ("12小时",)),
    Q("书大概装了多少箱？", "约18箱", "table", "number", ("18箱", "18")),
    Q("超出的里程每公里收多少？", "8元", "text", "money", ("8",)),
    Q("报价几天内有效？", "7天", "text", "number", ("7",)),
    U("搬家公司的营业执照号码是多少？", "code"),
    U("搬家保险的保额是多少？", "money"),
))

# --------------------------------------------------------------------------------------------
# English documents
# --------------------------------------------------------------------------------------------
_SC = "dejavu-serif-condensed"

BOX_OFFICE_EN = Doc("box_office_report_en.jpg", "en", (StylePage((
    L("THE LANTERN THEATRE", 15, True, "dejavu-sans", PURPLE, tracking=6),
    L("Box office sales report", 30, family="dejavu-light"),
    Runs((Run("Production", 14, family="dejavu-sans", color=GREY_666),
          Run("\"The Salt Orchard\"", 20, True, _SC),
          Run("by Imogen Farrelly  -  Main House, 612 seats", 14, family="dejavu-sans", color=GREY_666))),
    Form((("Report period", "3-9 May 2026"), ("Prepared by", "Tobias Wenlock"), ("Run ends", "30 May 2026")),
         cols=3, style="stacked-line", label_size=13, value_size=17, family=_SC, label_color=PURPLE, row_gap=10),
    S(4),
    Table((("Performance", "", "Tickets", "", "", "Capacity", "Gross"),
           ("Date", "Time", "Sold", "Comps", "Held", "sold", "receipts"),
           ("Tue 5 May", "19:30", "418", "22", "6", "73%", "£13,794.00"),
           ("Wed 6 May", "14:30", "356", "10", "6", "61%", "£9,968.00"),
           ("Wed 6 May", "19:30", "471", "15", "6", "80%", "£15,543.00"),
           ("Thu 7 May", "19:30", "502", "18", "6", "86%", "£16,566.00"),
           ("Fri 8 May", "19:30", "589", "12", "6", "99%", "£20,615.00"),
           ("Sat 9 May", "14:30", "544", "9", "6", "91%", "£17,952.00"),
           ("Sat 9 May", "19:30", "600", "6", "6", "100%", "£21,000.00"),
           ("Week total", "", "3,480", "92", "42", "84%", "£115,438.00")),
          (0.16, 0.11, 0.12, 0.12, 0.11, 0.14, 0.24),
          spans=((0, 0, 1, 2), (0, 2, 1, 3), (7 + 2, 0, 1, 2)), header_rows=2, style="lines", size=17,
          family=_SC, align="llrrrrr", header_fill=(232, 222, 238), rule_color=GREY_888, total_rows=1, pad=7),
    Split(((L("Sales by channel", 17, True, _SC, PURPLE),
            Leaders((("Online", "2,297"), ("Box office counter", "661"), ("Phone", "348"), ("Group bookings", "174")),
                    size=16, family=_SC, mode="graphic")),
           (L("Price bands", 17, True, _SC, PURPLE),
            Leaders((("Stalls A-F", "£42.00"), ("Stalls G-P", "£35.00"), ("Circle", "£28.00"),
                     ("Under-26 / concession", "£15.00")), size=16, family=_SC, mode="graphic"))),
          gap=44, rule=True, space_after=14),
    L("Notes", 16, True, "dejavu-sans"),
    L("The Wednesday matinee included a relaxed performance with captioning.", 15, family="dejavu-oblique",
      color=GREY_444),
    L("Average ticket price this week: £33.17. Refunds issued: 14 tickets (£462.00).", 15, family="dejavu-oblique",
      color=GREY_444),
    L("Next report due Monday 18 May; questions to boxoffice@lanterntheatre.co.uk.", 15, family="dejavu-oblique",
      color=GREY_444),
), slice="clean", size=(1000, 1060), margin=52,
    footer=footer("The Lantern Theatre Trust, registered charity 1187440  -  confidential", "Page 1 of 1",
                  family="dejavu-sans", size=12)),), (
    Q("Who prepared this report?", "Tobias Wenlock", "kv", "name"),
    Q("When does the run finish?", "30 May 2026", "kv", "date", ("2026-05-30", "May 30, 2026")),
    Q("How many tickets were sold for the Thursday evening show?", "502", "table", "number"),
    Q("How many complimentary tickets went out for the Wednesday matinee?", "10", "table", "number", (),
      ev="£9,968.00"),
    Q("What did the Friday performance take at the box office?", "£20,615.00", "table", "money",
      ("20,615.00", "20615")),
    Q("Which performance sold out completely?", "Sat 9 May", "table", "date", ("9 May", "Saturday 9 May"),
      ev="£21,000.00"),
    Q("What share of seats was sold for the Tuesday show?", "73%", "table", "percent"),
    Q("What were the gross receipts for the whole week?", "£115,438.00", "table", "money",
      ("115,438.00", "115438")),
    Q("How many tickets were sold by phone?", "348", "kv", "number"),
    Q("What does a circle seat cost?", "£28.00", "kv", "money", ("28.00", "£28")),
    Q("How much money was refunded this week?", "£462.00", "text", "money", ("462.00", "462")),
    Q("What was the average ticket price?", "£33.17", "text", "money", ("33.17",)),
    U("How many tickets were sold for the Sunday matinee?", "number"),
    U("What was the bar revenue for the week?", "money"),
))

VIEWINGS_EN = Doc("apartment_viewings_en.jpg", "en", (StylePage((
    Logo("HQ", "Harrowgate & Quayle", "Residential sales  -  Canal Quarter office", fill=GREEN, name_color=GREEN,
         family="dejavu-serif", name_size=24, tagline_size=13, mark_size=24, side=58,
         right=("0161 496 0732", "canal@hq-homes.co.uk")),
    L("Viewing schedule  -  Saturday 16 May 2026", 24, True, "dejavu-sans"),
    Form((("Buyer", "Ms Anwen Pritchard"), ("Buyer ref.", "HQ-B-30917"), ("Mortgage in principle", "£310,000"),
          ("Accompanied by", "Rhys Delacourt")),
         cols=2, style="underline", label_size=14, value_size=17, family="dejavu-sans", label_w=0.45, row_gap=8),
    S(4),
    Table((("Time", "Property", "Beds", "Asking price", "Notes"),
           ("09:30", "Flat 4, Kiln Wharf\n12 Mill Lane, M4 7QP", "2", "£265,000", "Vacant; chain free"),
           ("10:15", "22 Dyer Street\n(ground-floor flat)", "1", "£189,500", "Tenant in situ,\nlease ends July"),
           ("11:00", "Apt 1107, The Weave\nOld Loom Road, M4 6BT", "2", "£299,950", "Balcony, allocated\nparking bay"),
           ("12:30", "9 Sparrow Court\nAncoats, M4 5HR", "3", "£335,000", "Above budget;\noffers invited"),
           ("14:00", "Flat 2, Cobden House\nHope Street, M1 2AA", "2", "£242,000", "Service charge\n£1,980 a year")),
          (0.10, 0.36, 0.08, 0.17, 0.29), style="none", size=15, family="dejavu-sans", align="llcrl",
          header_fill=GREEN, header_color=WHITE, zebra=PANEL_GREEN, pad=7),
    Split(((L("Meeting point", 16, True, "dejavu-sans", GREEN),
            L("Our office at 3 Lock Keeper's Row;", 15, family="dejavu-sans"),
            L("Rhys will drive to all five viewings.", 15, family="dejavu-sans"),
            L("Parking: Canal Street car park, level 2.", 15, family="dejavu-sans")),
           (L("Before you go", 16, True, "dejavu-sans", GREEN),
            L("Bring photo ID and proof of deposit.", 15, family="dejavu-sans"),
            L("Second viewings can be booked until", 15, family="dejavu-sans"),
            L("Wednesday 20 May.", 15, family="dejavu-sans"))),
          gap=36, fills=(PANEL_GREY, PANEL_GREY), pad=12, space_after=12),
    L("Energy ratings: Kiln Wharf C, Dyer Street D, The Weave B, Sparrow Court C, Cobden House D.", 15,
      family="dejavu-oblique", color=GREY_444),
), slice="photo", size=(1000, 1000), margin=48),), (
    Q("Who is the buyer on this schedule?", "Ms Anwen Pritchard", "kv", "name", ("Anwen Pritchard",)),
    Q("How much has the buyer's mortgage been agreed in principle for?", "£310,000", "kv", "money",
      ("310,000", "310000")),
    Q("Which agent goes along to the viewings?", "Rhys Delacourt", "kv", "name"),
    Q("What time is the viewing at The Weave?", "11:00", "table", "time"),
    Q("What is the asking price for 22 Dyer Street?", "£189,500", "table", "money", ("189,500", "189500")),
    Q("How many bedrooms does 9 Sparrow Court have?", "3", "table", "number", (), ev="9 Sparrow Court"),
    Q("When does the tenant's lease at Dyer Street end?", "July", "table", "date", ("lease ends July",),
      ev="lease ends"),
    Q("What is the yearly service charge at Cobden House?", "£1,980 a year", "table", "money",
      ("£1,980", "1,980", "1980")),
    Q("Which property is the cheapest to buy?", "22 Dyer Street", "table", "place", ("Dyer Street",)),
    Q("Where should the buyer park?", "Canal Street car park, level 2", "text", "place",
      ("Canal Street car park",)),
    Q("Until when can second viewings be booked?", "Wednesday 20 May", "text", "date", ("20 May", "2026-05-20")),
    Q("What energy rating does The Weave have?", "B", "text", "text", ("band B",), ev="Weave B"),
    U("What is the council tax band of 9 Sparrow Court?", "text"),
    U("How much is the ground rent at The Weave?", "money"),
))

_SERIF = "serif"  # Noto Serif CJK SC: a CJK face drawing an English report

TRIAL_EN = Doc("trial_summary_en.pdf", "en", (
    StylePage((
        L("CLINICAL STUDY RESULTS SUMMARY", 14, True, _SERIF, TEAL, tracking=5),
        L("A randomised, double-blind study of Veltoramab versus placebo", 24, True, _SERIF),
        L("in adults with moderate chronic plaque psoriasis (BRIDGE-2)", 24, True, _SERIF),
        S(4),
        Form((("Study number", "VLT-PS-302"), ("Sponsor", "Orrin Biotherapeutics AG"),
              ("Phase", "3"), ("Sites", "41 sites in 7 countries"),
              ("First patient in", "14 March 2024"), ("Last patient visit", "2 October 2025")),
             cols=2, style="underline", label_size=14, value_size=16, family=_SERIF, label_w=0.38, row_gap=6),
        L("Participants at the start of the study", 18, True, _SERIF, TEAL),
        Table((("Characteristic", "Veltoramab", "", "Placebo", "Total"),
               ("", "150 mg", "300 mg", "", ""),
               ("Participants randomised", "214", "209", "107", "530"),
               ("Mean age, years", "44.8", "46.1", "45.3", "45.4"),
               ("Women, n (%)", "88 (41%)", "92 (44%)", "45 (42%)", "225 (42%)"),
               ("Mean PASI score\nat baseline", "18.2", "18.9", "18.5", "18.5"),
               ("Completed week 52", "196", "191", "88", "475")),
              (0.34, 0.17, 0.17, 0.16, 0.16), spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 2, 1), (0, 4, 2, 1)),
              header_rows=2, style="hrules", size=16, family=_SERIF, align="lrrrr", pad=6),
        L("Main results at week 16", 18, True, _SERIF, TEAL),
        Table((("Outcome", "150 mg", "300 mg", "Placebo"),
               ("PASI 75 response", "71.5%", "78.9%", "8.4%"),
               ("PASI 90 response", "48.6%", "57.4%", "2.8%"),
               ("Clear or almost clear skin\n(IGA 0/1)", "64.0%", "70.3%", "6.5%"),
               ("Mean itch score change", "-4.1", "-4.6", "-0.9")),
              (0.40, 0.20, 0.20, 0.20), style="ruled", size=16, family=_SERIF, align="lrrr",
              header_fill=(214, 234, 234), rule_color=GREY_444, pad=6),
        L("Both doses were better than placebo on every main outcome (p < 0.001).", 16, family=_SERIF),
    ), slice="pdf-image", size=(1000, 1300), margin=56,
        footer=footer("VLT-PS-302  -  lay summary version 1.0, 12 January 2026", "Page 1 of 2", family=_SERIF)),
    StylePage((
        L("Side effects", 18, True, _SERIF, TEAL),
        Table((("Participants with", "150 mg (n=214)", "300 mg (n=209)", "Placebo (n=107)"),
               ("Any side effect", "131 (61.2%)", "133 (63.6%)", "58 (54.2%)"),
               ("Upper respiratory infection", "29 (13.6%)", "33 (15.8%)", "11 (10.3%)"),
               ("Headache", "17 (7.9%)", "19 (9.1%)", "8 (7.5%)"),
               ("Injection-site reaction", "12 (5.6%)", "21 (10.0%)", "2 (1.9%)"),
               ("Serious side effect", "6 (2.8%)", "7 (3.3%)", "3 (2.8%)"),
               ("Stopped because of\na side effect", "4 (1.9%)", "5 (2.4%)", "2 (1.9%)")),
              (0.34, 0.22, 0.22, 0.22), style="lines", size=16, family=_SERIF, align="lrrr", zebra=ZEBRA_GREY,
              rule_color=GREY_888, pad=6),
        L("No deaths occurred during the study.", 16, family=_SERIF),
        S(4),
        Split(((L("How the study was done", 17, True, _SERIF),
                L("Participants were given injections under", 15, family=_SERIF),
                L("the skin at weeks 0 and 4, then every", 15, family=_SERIF),
                L("12 weeks. At week 16, those on placebo", 15, family=_SERIF),
                L("switched to 300 mg Veltoramab.", 15, family=_SERIF),
                L("Participants and doctors did not know", 15, family=_SERIF),
                L("who received which treatment.", 15, family=_SERIF)),
               (L("More information", 17, True, _SERIF),
                L("Registry: EU CT 2023-508812-14", 15, family=_SERIF),
                L("ClinicalTrials.gov: NCT05918244", 15, family=_SERIF),
                L("Medical information:", 15, family=_SERIF),
                L("+41 61 555 0190", 15, family=_SERIF),
                L("trials@orrin-bio.ch", 15, family=_SERIF))),
              widths=(0.58, 0.42), gap=30, fills=(None, PANEL_BLUE), pad=12, space_after=14),
        small("This summary reports the results of one study. Other studies may find different results.", 13,
              GREY_666, family=_SERIF),
        small("Do not change your treatment without talking to your doctor.", 13, GREY_666, family=_SERIF),
    ), slice="pdf-image", size=(1000, 1300), margin=56,
        footer=footer("VLT-PS-302  -  lay summary version 1.0, 12 January 2026", "Page 2 of 2", family=_SERIF)),
), (
    Q("Which company sponsored the study?", "Orrin Biotherapeutics AG", "kv", "name", ("Orrin Biotherapeutics",), 1),
    Q("How many sites took part?", "41", "kv", "number", ("41 sites",), 1, ev="sites in"),
    Q("How many people were randomised to the 300 mg dose?", "209", "table", "number", (), 1,
      ev="Participants randomised"),
    Q("How many participants finished week 52 altogether?", "475", "table", "number", (), 1),
    Q("What share of the 300 mg group reached PASI 90?", "57.4%", "table", "percent", (), 1),
    Q("What share of placebo patients had clear or almost clear skin?", "6.5%", "table", "percent", (), 1),
    Q("How many people on 300 mg had an injection-site reaction?", "21 (10.0%)", "table", "number",
      ("21", "10.0%"), 2),
    Q("How common was headache with placebo?", "8 (7.5%)", "table", "number", ("7.5%", "8"), 2),
    Q("How many on 150 mg quit because of side effects?", "4 (1.9%)", "table", "number", ("4",), 2,
      ev="4 (1.9%)"),
    Q("What is the ClinicalTrials.gov number?", "NCT05918244", "text", "code", (), 2),
    Q("Which dose did placebo patients switch to at week 16?", "300 mg", "text", "text",
      ("300 mg Veltoramab",), 2),
    Q("How many people died during the study?", "No deaths", "text", "number", ("0", "none"), 2),
    U("What was the PASI 75 response at week 52?", "percent", 1),
    U("Who was the principal investigator of the study?", "name", 1),
    U("How many participants had a severe allergic reaction?", "number", 2),
))

CALIBRATION_EN = Doc("calibration_certificate_en.pdf", "en", (StylePage((
    Split(((L("Meridian Metrology Ltd", 22, True, "dejavu-sans", NAVY),
            L("Unit 14, Brindley Park, Coventry CV3 4FJ", 13, family="dejavu-sans", color=GREY_666),
            L("UKAS accredited calibration laboratory No. 0917", 13, family="dejavu-sans", color=GREY_666)),
           (L("CERTIFICATE OF", 13, True, "dejavu-sans", GREY_666, "right", tracking=3),
            L("CALIBRATION", 26, True, "dejavu-sans", NAVY, "right", tracking=3),
            L("No. MM-26-04418", 16, family="dejavu-mono", align="right"))),
          widths=(0.58, 0.42), gap=20, space_after=6),
    Rule(3, NAVY, space=12),
    Form((("Customer", "Brackwell Precision Castings"), ("Instrument", "Digital pressure gauge"),
          ("Manufacturer / model", "Keltra DPG-600"), ("Serial number", "KD6-118274"),
          ("Range", "0 to 600 bar"), ("Date received", "2 April 2026"),
          ("Date of calibration", "7 April 2026"), ("Recommended recall", "7 April 2027")),
         cols=2, style="cells", label_size=12, value_size=15, family="dejavu-sans"),
    L("Results", 18, True, "dejavu-sans", NAVY),
    Table((("Applied", "Instrument reading (bar)", "", "Error after", "Uncertainty", "Within"),
           ("pressure (bar)", "As found", "As left", "adjustment", "(k = 2)", "tolerance?"),
           ("0.00", "0.4", "0.0", "0.0", "±0.3", "Yes"),
           ("100.00", "101.1", "100.2", "+0.2", "±0.3", "Yes"),
           ("200.00", "201.7", "200.3", "+0.3", "±0.4", "Yes"),
           ("300.00", "302.4", "300.1", "+0.1", "±0.5", "Yes"),
           ("400.00", "403.0", "399.8", "-0.2", "±0.6", "Yes"),
           ("500.00", "503.8", "500.4", "+0.4", "±0.7", "Yes"),
           ("600.00", "604.5", "600.6", "+0.6", "±0.8", "Yes")),
          (0.17, 0.17, 0.15, 0.17, 0.17, 0.17), spans=((0, 1, 1, 2),), header_rows=2, style="ruled", size=15,
          header_size=13,
          family="dejavu-sans", align="rrrrrc", header_fill=PANEL_BLUE, rule_color=GREY_666, pad=5),
    L("Tolerance: ±0.25% of full scale (±1.5 bar). The gauge was adjusted before the as-left readings.", 14,
      family="dejavu-oblique", color=GREY_444),
    L("Conditions and method", 18, True, "dejavu-sans", NAVY),
    L("Calibrated by comparison with deadweight tester DW-2 (certificate UK-PR-55031) using method", 14,
      family="dejavu-sans"),
    L("MP-07 issue 5. Ambient temperature 20.4 °C, relative humidity 43%. Medium: hydraulic oil.", 14,
      family="dejavu-sans"),
    S(6),
    Form((("Calibrated by", "Owain Treharne"), ("Approved by", "Dr Lucia Menendez"), ("Date of issue", "9 April 2026")),
         cols=3, style="stacked-line", label_size=12, value_size=16, family="dejavu-sans", row_gap=10),
), slice="pdf-text", size=(1000, 1240), margin=56,
    footer=footer("This certificate may not be reproduced other than in full except with the prior written approval "
                  "of the issuing laboratory.", "Page 1 of 1", family="dejavu-sans", size=11)),), (
    Q("What is the certificate number?", "MM-26-04418", "kv", "code", ("No. MM-26-04418",)),
    Q("What is the serial number of the gauge?", "KD6-118274", "kv", "code"),
    Q("When should the gauge be calibrated again?", "7 April 2027", "kv", "date", ("2027-04-07",)),
    Q("Who approved the certificate?", "Dr Lucia Menendez", "kv", "name", ("Lucia Menendez",)),
    Q("What did the gauge read at 300 bar before it was adjusted?", "302.4", "table", "number", ("302.4 bar",)),
    Q("What did it read at 500 bar after adjustment?", "500.4", "table", "number", ("500.4 bar",), ev="503.8"),
    Q("What is the remaining error at 400 bar?", "-0.2", "table", "number", ("-0.2 bar",), ev="403.0"),
    Q("What is the measurement uncertainty at the top of the range?", "±0.8", "table", "number",
      ("0.8", "±0.8 bar")),
    Q("At which pressure is the largest error after adjustment?", "600.00", "table", "number",
      ("600 bar", "600"), ev="+0.6"),
    Q("What is the tolerance of the gauge?", "±0.25% of full scale", "text", "percent", ("±1.5 bar", "0.25%")),
    Q("What was the room temperature during calibration?", "20.4 °C", "text", "number", ("20.4",)),
    U("What was the gauge's reading at 700 bar?", "number"),
    U("How much did the calibration cost?", "money"),
))

ENERGY_EN = Doc("energy_certificate_en.jpg", "en", (StylePage((
    L("Energy Performance Certificate", 28, True, "dejavu-condensed", GREEN),
    L("Domestic property  -  England & Wales", 15, family="dejavu-condensed", color=GREY_666),
    Form((("Address", "27 Thistlewood Road, Hexley, HX2 9LD"), ("Property type", "Semi-detached house"),
          ("Total floor area", "94 square metres"), ("Certificate number", "0418-2297-6310-2926-5504"),
          ("Date of assessment", "11 February 2026"), ("Valid until", "10 February 2036")),
         cols=2, style="stacked", label_size=13, value_size=16, family="dejavu-condensed", row_gap=8),
    Rule(1, GREY_888, space=10),
    Split(((L("Energy rating", 17, True, "dejavu-condensed"),
            Table((("Score", "Band"),
                   ("92+", "A"), ("81-91", "B"), ("69-80", "C"), ("55-68", "D"), ("39-54", "E"), ("21-38", "F"),
                   ("1-20", "G")),
                  (0.5, 0.5), style="lines", size=15, family="dejavu-condensed", align="lc", rule_color=GREY_888,
                  pad=4, space_after=8)),
           (Runs((Run("Current", 15, family="dejavu-condensed", color=GREY_666),
                  Run("61 D", 40, family="dejavu-light", color=ORANGE))),
            Runs((Run("Potential", 15, family="dejavu-condensed", color=GREY_666),
                  Run("83 B", 40, family="dejavu-light", color=GREEN))),
            S(6),
            L("The average rating for a home in England", 14, family="dejavu-condensed", color=GREY_444),
            L("and Wales is D (60).", 14, family="dejavu-condensed", color=GREY_444),
            L("Primary heating: gas boiler, radiators", 14, family="dejavu-condensed", color=GREY_444),
            L("Estimated CO2 emissions: 3.9 tonnes a year", 14, family="dejavu-condensed", color=GREY_444))),
          widths=(0.38, 0.62), gap=40, space_after=10),
    L("Recommended improvements", 17, True, "dejavu-condensed"),
    Table((("Step", "Improvement", "Typical\ninstallation cost", "Typical\nyearly saving", "Rating\nafter"),
           ("1", "Cavity wall insulation", "£1,200 - £2,800", "£315", "66 D"),
           ("2", "Floor insulation\n(suspended floor)", "£800 - £1,400", "£92", "68 D"),
           ("3", "Heating controls\n(room thermostat)", "£350 - £450", "£104", "71 C"),
           ("4", "Solar photovoltaic panels,\n2.5 kWp", "£3,500 - £5,500", "£428", "83 B")),
          (0.08, 0.34, 0.22, 0.18, 0.18), style="ruled", size=15, family="dejavu-condensed", align="clrrc",
          header_fill=GREEN, header_color=WHITE, rule_color=GREY_666, pad=5),
    L("Estimated energy costs over 3 years: £5,472 now; £3,648 if all steps are done.", 15,
      family="dejavu-condensed"),
    L("Assessor: Niamh Oyelaran (accreditation EES/031772), Stroma-certified.", 15, family="dejavu-condensed"),
), slice="skew", size=(1000, 1080), margin=52,
    footer=(small("You can check this certificate on the public register using its 20-digit number.", 13,
                  family="dejavu-condensed"),)),), (
    Q("What is the property's current energy rating?", "61 D", "kv", "text", ("D", "61")),
    Q("What rating could the house reach?", "83 B", "kv", "text", ("B", "83")),
    Q("Until when is the certificate valid?", "10 February 2036", "kv", "date", ("2036-02-10",)),
    Q("What does cavity wall insulation save in a typical year?", "£315", "table", "money", ("315",)),
    Q("How much might a room thermostat cost to fit?", "£350 - £450", "table", "money", ("350-450",)),
    Q("What rating would the home have after floor insulation?", "68 D", "table", "text", ("68",)),
    Q("What size of solar panel system is recommended?", "2.5 kWp", "table", "number", ("2.5",)),
    Q("Which improvement saves the most money each year?", "Solar photovoltaic panels", "table", "text",
      ("solar panels", "solar PV")),
    Q("How much CO2 does the home emit a year?", "3.9 tonnes", "text", "number", ("3.9",)),
    Q("What would energy cost over three years if all the steps were done?", "£3,648", "text", "money",
      ("3,648", "3648")),
    Q("Who assessed the property?", "Niamh Oyelaran", "text", "name"),
    U("What is the property's council tax band?", "text"),
    U("How much would replacing the boiler cost?", "money"),
))

AUCTION_EN = Doc("auction_results_en.jpg", "en", (StylePage((
    L("Whitcombe & Rudd", 30, True, "dejavu-serif", BROWN, "center"),
    L("FINE ART AND COLLECTORS' AUCTION", 14, family="dejavu-serif", color=GREY_666, align="center", tracking=5),
    L("Sale 2614  -  Results  -  Thursday 23 April 2026, 10:30", 16, family="dejavu-serif", align="center"),
    Rule(1, BROWN, space=12),
    Table((("Lot", "Description", "Estimate (£)", "", "Hammer (£)"),
           ("", "", "Low", "High", ""),
           ("101", "Pair of Georgian silver\ncandlesticks, London 1772", "1,200", "1,800", "2,350"),
           ("102", "Oil on canvas, harbour at dusk,\nsigned E. Marchbank", "3,000", "5,000", "4,100"),
           ("103", "Moorcroft 'Pomegranate' vase,\n24 cm", "600", "900", "Unsold"),
           ("104", "Victorian walnut writing slope", "250", "350", "410"),
           ("105", "Edwardian diamond bar brooch,\napprox. 1.1 ct total", "2,500", "3,500", "3,900"),
           ("106", "Set of six Arts and Crafts\noak dining chairs", "800", "1,200", "760"),
           ("107", "First edition, 'The Lighthouse\nKeepers', 1931, signed", "400", "600", "1,150"),
           ("108", "Japanese bronze crane\nincense burner, Meiji period", "1,500", "2,500", "Withdrawn"),
           ("Total hammer (lots sold: 6 of 8)", "", "", "", "12,670")),
          (0.08, 0.48, 0.15, 0.14, 0.15), spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2), (0, 4, 2, 1),
                                                 (10, 0, 1, 4)),
          header_rows=2, style="hrules", size=15, family="dejavu-serif", align="llrrr", zebra=(246, 240, 230),
          total_rows=1, rule_color=BROWN, pad=6),
    Panel((L("Buyer's premium", 15, True, "dejavu-serif"),
           L("26% of the hammer price plus VAT on the premium (31.2% in all). Lots paid for by 30 April 2026", 13,
             family="dejavu-serif"),
           L("may be collected from the Bristol saleroom; storage after that is £4 a lot a day.", 13,
             family="dejavu-serif")),
          fill=None, border=BROWN, pad=10),
    L("Next sale: Jewellery and watches, Thursday 21 May 2026. Auctioneer: Harriet Venning.", 15,
      family="dejavu-serif", color=GREY_444),
), slice="clean", size=(1000, 980), margin=50,
    footer=footer("Whitcombe & Rudd Auctioneers, 8 Corn Street, Bristol BS1 1HT", "Page 1 of 1",
                  family="dejavu-serif", size=12)),), (
    Q("When did the sale take place?", "Thursday 23 April 2026", "kv", "date", ("23 April 2026", "2026-04-23")),
    Q("What did the Georgian candlesticks sell for?", "2,350", "table", "money", ("£2,350", "2350")),
    Q("What was the low estimate on the harbour painting?", "3,000", "table", "money", ("£3,000", "3000"),
      ev="102"),
    Q("Which lot was offered but found no buyer?", "103", "table", "code", ("Lot 103",), ev="Unsold"),
    Q("How much did the diamond brooch fetch?", "3,900", "table", "money", ("£3,900", "3900")),
    Q("What happened to the Japanese incense burner?", "Withdrawn", "table", "text"),
    Q("What did the lots bring in altogether at the hammer?", "12,670", "table", "money", ("£12,670", "12670")),
    Q("How big is the buyer's premium?", "26%", "text", "percent", ("31.2%",)),
    Q("By when must lots be paid for?", "30 April 2026", "text", "date", ("2026-04-30",)),
    Q("Who is the auctioneer?", "Harriet Venning", "text", "name"),
    U("Who bought lot 105?", "name"),
    U("What was the reserve price for lot 103?", "money"),
))

DOCUMENTS: tuple[Doc, ...] = (
    VEHICLE_ZH, RECALL_ZH, SIGNUP_ZH, SCHOOL_FEE_ZH, PET_ZH, MOVING_ZH,
    BOX_OFFICE_EN, VIEWINGS_EN, TRIAL_EN, CALIBRATION_EN, ENERGY_EN, AUCTION_EN,
)


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------
def build(documents: Iterable[Doc] = DOCUMENTS, *, seed: int = SEED) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """(files by name, truth pages, qa records) of ``documents``; raises when an answer is not on
    its page or its evidence is not of its question type."""
    files: dict[str, bytes] = {}
    truth: list[dict] = []
    qa: list[dict] = []
    for doc in documents:
        rendered, images, pages = capture_pages(doc, render_page, capture, seed,
                                                extra=lambda r: {"fonts": sorted(families_in([r]))})
        if {p.slice for p in doc.pages} == {"pdf-text"} and families_in(rendered) & {"wqy-mono", "noto-mono-cjk"}:
            raise ValueError(f"{doc.name}: a text-layer PDF cannot use a second face of a collection")
        files[doc.name] = file_bytes(doc, rendered, images, text_layer_pdf)
        truth.extend(pages)
        qa.extend(record(doc, i, q, pages, same_lang=True) for i, q in enumerate(doc.questions, start=1))
    return files, truth, qa


def fonts_used(documents: Iterable[Doc] = DOCUMENTS) -> dict[str, str]:
    """Font family -> ``file#face`` for every family the documents draw with (recorded in the
    truth, so a machine with other fonts is told why its pages differ)."""
    fams = sorted(families_in(render_page(p) for d in documents for p in d.pages))
    out = {}
    for fam in fams:
        for bold in (False, True):
            src = font_source(fam, bold)
            out[f"{fam}{'-bold' if bold else ''}"] = f"{Path(src.path).name}#{src.index}" + (
                " (fallback)" if src.fallback else "") + ("" if src.bold_face or not bold else " (no bold face)")
    return out


def write(out_dir: Path, documents: Iterable[Doc] = DOCUMENTS) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """Build the set and write it under ``out_dir`` (only files whose bytes change)."""
    documents = tuple(documents)
    files, truth, qa = build(documents)
    write_set(out_dir, files, {"version": VERSION, "seed": SEED, "pdf_dpi": 100, "fonts": fonts_used(documents),
                               "pages": truth}, qa)
    return files, truth, qa


def main() -> None:
    here = Path(__file__).resolve().parent
    print(summary_line(here, *write(here)))


if __name__ == "__main__":
    main()
