"""Regenerate the second document-QA development set ("dev2") in this folder (deterministic).

    python data/docqa-dev2/make_dev2.py

Twenty invented documents (half Chinese, half English) in layouts and capture conditions the
first dev set does not have: zebra and rule-less tables, spanning and two-row headers,
key-value grids, multi-column text, stamps, headers and footers; clean, skewed, rotated 90°,
blurred, low-resolution and photographed pages, image-only PDFs and PDFs with a text layer.
Rendering and capture live in ``paddlecamp.docqa.dataset_extra``; the content and the questions
live here. Writes pages/, truth.json and qa.jsonl (files are rewritten only when they change).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from paddlecamp.docqa.dataset_extra import (SEED, Columns, Grid, KVGrid, PageSpec, Rule, Space, Stamp, Text,
                                            capture, encode_jpeg, find_evidence, image_pdf, page_rng, render_spec,
                                            text_layer_pdf, transform_truth)

#: Bump when the generated files change on purpose.
VERSION = 1
QTYPES = ("table", "kv", "text", "unanswerable")


@dataclass(frozen=True)
class Q:
    """A question; ``answer`` "" marks it unanswerable. ``ev`` picks the evidence line when the
    answer text occurs on several lines (a substring of the wanted line)."""

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
    pages: tuple[PageSpec, ...]
    questions: tuple[Q, ...]


T, S = Text, Space

# --------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------
MENU_ZH = Doc("menu_zh.jpg", "zh", (PageSpec((
    T("川味小馆 · 午市菜单", 36, True, "center", family="serif"),
    T("地址：成都市锦江区春熙路88号    订座电话：028-86627391", 20, align="center"),
    T("营业时间：每日 11:00—14:30，17:00—21:30", 20, align="center"),
    S(14),
    Grid((("菜品", "份量", "价格（元）", "辣度"),
          ("麻婆豆腐", "例份", "28", "中辣"),
          ("宫保鸡丁", "例份", "42", "微辣"),
          ("水煮牛肉", "大份", "68", "特辣"),
          ("回锅肉", "例份", "46", "中辣"),
          ("鱼香肉丝", "例份", "36", "微辣"),
          ("清炒时蔬", "例份", "22", "不辣"),
          ("酸菜鱼", "大份", "88", "中辣"),
          ("担担面", "一碗", "18", "微辣"),
          ("红糖糍粑", "6个", "16", "不辣"),
          ("冰粉", "一碗", "9", "不辣")),
         (0.36, 0.20, 0.24, 0.20), style="zebra", size=22, row_h=44, align="llrl"),
    T("套餐推荐", 26, True),
    Columns((("商务套餐A：回锅肉+清炒时蔬+米饭，",
              "每位58元，限午市供应。"),
             ("家庭套餐B：酸菜鱼+麻婆豆腐+担担面，",
              "三至四人份，198元。")), size=20),
    T("温馨提示：本店不收取服务费；堂食满200元赠送冰粉一份。", 20),
    T("米饭2元/碗，可无限续加。", 20),
), slice="clean", footer="川味小馆 · 菜单更新于2025年5月10日"),), (
    Q("水煮牛肉一份多少钱？", "68", "table", "money", ("68元",)),
    Q("酸菜鱼是大份还是例份？", "大份", "table", "text", ev="酸菜鱼"),
    Q("哪道菜是特辣的？", "水煮牛肉", "table", "name"),
    Q("点一碗担担面要花多少钱？", "18", "table", "money", ("18元",)),
    Q("红糖糍粑一份有几个？", "6个", "table", "number", ("6",)),
    Q("宫保鸡丁辣不辣？", "微辣", "table", "text", ev="微辣"),
    Q("订座打哪个电话？", "028-86627391", "kv", "phone", ("02886627391",)),
    Q("这家店晚上几点关门？", "21:30", "kv", "time"),
    Q("家庭套餐B多少钱？", "198元", "text", "money", ("198",)),
    Q("堂食满多少钱送冰粉？", "200元", "text", "money", ("200",)),
    Q("菜单是什么时候更新的？", "2025年5月10日", "text", "date", ("2025-05-10",)),
    U("这家店的外卖配送费是多少？", "money"),
    U("夫妻肺片多少钱一份？", "money"),
))

TAX_ZH = Doc("tax_summary_zh.pdf", "zh", (
    PageSpec((
        T("2024年度个人所得税综合所得汇算清缴申报摘要", 30, True, "center"),
        S(8),
        KVGrid((("纳税人姓名", "欧阳志远"), ("证件类型", "居民身份证"),
                ("纳税人识别号", "4401**********2318"), ("任职受雇单位", "广州海湾软件有限公司"),
                ("申报日期", "2025年4月16日"), ("主管税务机关", "广州市天河区税务局")),
               cols=2, size=19, sep="：", boxed=True),
        T("一、收入与扣除（单位：元）", 24, True),
        Grid((("项目", "金额", "说明"),
              ("工资薪金收入", "286,400.00", "12个月合计"),
              ("劳务报酬收入", "18,000.00", "已按80%计入"),
              ("稿酬收入", "5,000.00", "已按56%计入"),
              ("基本减除费用", "60,000.00", "每月5,000元"),
              ("专项扣除（三险一金）", "41,236.80", "个人缴纳部分"),
              ("子女教育", "24,000.00", "两名子女"),
              ("住房贷款利息", "12,000.00", "首套住房"),
              ("赡养老人", "18,000.00", "独生子女")),
             (0.40, 0.26, 0.34), style="hrules", size=20, row_h=40, align="lrl"),
        T("注：专项附加扣除合计54,000.00元。", 20),
    ), slice="pdf-text", footer="第 1 页 / 共 2 页"),
    PageSpec((
        T("二、税款计算（单位：元）", 24, True),
        Grid((("计算项目", "本年度", "上年度"),
              ("应纳税所得额", "148,363.20", "132,905.60"),
              ("适用税率", "20%", "20%"),
              ("速算扣除数", "16,920.00", "16,920.00"),
              ("应纳税额", "12,752.64", "9,661.12"),
              ("已缴（扣）税额", "14,310.00", "9,450.00"),
              ("应补（退）税额", "-1,557.36", "211.12")),
             (0.40, 0.30, 0.30), style="ruled", size=20, row_h=40, align="lrr"),
        T("三、退税信息", 24, True),
        KVGrid((("退税开户银行", "中国工商银行广州天河支行"), ("退税账号尾号", "6628"),
                ("申请退税金额", "1,557.36元"), ("预计到账", "审核通过后15个工作日内")),
               cols=1, size=20, sep="："),
        S(10),
        T("谨声明：本表是根据国家税收法律法规及相关规定填报的，", 20),
        T("本人对填报内容的真实性、可靠性、完整性负责。", 20),
        T("纳税人签字：欧阳志远", 20, align="right"),
    ), slice="pdf-text", footer="第 2 页 / 共 2 页"),
), (
    Q("欧阳志远全年工资收入一共多少？", "286,400.00", "table", "money", ("286400", "286400元"), 1),
    Q("子女教育那一项扣了多少钱？", "24,000.00", "table", "money", ("24000",), 1),
    Q("赡养老人扣除额是多少？", "18,000.00", "table", "money", ("18000",), 1, ev="独生子女"),
    Q("三险一金个人交了多少？", "41,236.80", "table", "money", ("41236.8",), 1),
    Q("纳税人在哪家公司上班？", "广州海湾软件有限公司", "kv", "name", (), 1),
    Q("这份汇算是哪天申报的？", "2025年4月16日", "kv", "date", ("2025-04-16",), 1),
    Q("专项附加扣除加起来是多少？", "54,000.00", "text", "money", ("54000",), 1),
    Q("今年的应纳税所得额是多少？", "148,363.20", "table", "money", ("148363.2",), 2),
    Q("上一年度已经缴了多少税？", "9,450.00", "table", "money", ("9450",), 2),
    Q("本年度应纳税额是多少？", "12,752.64", "table", "money", ("12752.64",), 2),
    Q("适用的税率是多少？", "20%", "table", "percent", (), 2),
    Q("能退多少税？", "1,557.36元", "kv", "money", ("1557.36", "1,557.36"), 2, ev="申请退税"),
    Q("退税打到哪个银行？", "中国工商银行广州天河支行", "kv", "name", ("中国工商银行",), 2),
    Q("退税账户尾号是多少？", "6628", "kv", "code", (), 2),
    U("欧阳志远的手机号码是多少？", "phone"),
    U("2024年的大病医疗扣除是多少？", "money", 2),
))

MINUTES_ZH = Doc("meeting_minutes_zh.jpg", "zh", (PageSpec((
    T("产品研发部周例会会议纪要", 34, True, "center"),
    S(6),
    KVGrid((("会议时间", "2025年6月3日 14:00—15:30"), ("会议地点", "研发楼B座602室"),
            ("主持人", "司马静"), ("记录人", "顾晓峰")),
           cols=2, size=20, sep="："),
    KVGrid((("出席人员", "司马静、顾晓峰、唐敏、方志强、白雪"), ("缺席人员", "方志强（出差）")),
           cols=1, size=20, sep="："),
    Rule(),
    T("一、上周工作回顾", 24, True),
    T("1. 智能门锁V3固件完成第二轮测试，发现缺陷27个，已修复21个。", 20, indent=24),
    T("2. 指纹模组供应商确定为深圳汇顶，单价下降至11.5元。", 20, indent=24),
    T("3. 用户调研共回收问卷1,284份，满意度为87.6%。", 20, indent=24),
    T("二、本周重点事项", 24, True),
    T("1. 6月13日前完成V3固件第三轮回归测试。", 20, indent=24),
    T("2. 启动儿童手表项目立项评审，预算上限为180万元。", 20, indent=24),
    T("三、待办事项", 24, True),
    Grid((("序号", "事项", "负责人", "截止日期"),
          ("1", "修复剩余6个固件缺陷", "唐敏", "6月10日"),
          ("2", "提交儿童手表立项报告", "白雪", "6月12日"),
          ("3", "与汇顶签订年度框架协议", "方志强", "6月20日"),
          ("4", "整理用户调研报告", "顾晓峰", "6月9日")),
         (0.10, 0.50, 0.18, 0.22), style="ruled", size=20, row_h=40),
    T("下次会议时间：2025年6月10日（周二）下午两点，地点不变。", 20),
), slice="skew", header="内部资料 注意保密"),), (
    Q("例会是谁主持的？", "司马静", "kv", "name", ev="主持人"),
    Q("会议在哪个房间开？", "研发楼B座602室", "kv", "place", ("602室", "B座602")),
    Q("谁没来开会？", "方志强", "kv", "name", ev="缺席"),
    Q("固件第二轮测试一共发现了多少个缺陷？", "27个", "text", "number", ("27",)),
    Q("用户满意度是多少？", "87.6%", "text", "percent"),
    Q("儿童手表项目预算最多多少？", "180万元", "text", "money", ("180万",)),
    Q("提交儿童手表立项报告由谁负责？", "白雪", "table", "name", ev="白雪"),
    Q("和汇顶签框架协议要在哪天之前完成？", "6月20日", "table", "date"),
    Q("唐敏负责的事项是什么？", "修复剩余6个固件缺陷", "table", "text"),
    Q("整理调研报告的截止日期是？", "6月9日", "table", "date"),
    Q("下次例会是什么时候？", "2025年6月10日", "text", "date", ("2025-06-10",)),
    U("本次会议的会议经费是多少？", "money"),
    U("智能门锁V3的零售价定为多少？", "money"),
))

WEATHER_ZH = Doc("weather_forecast_zh.jpg", "zh", (PageSpec((
    T("杭州市未来七天天气预报", 34, True, "center"),
    T("杭州市气象台  2025年7月14日 06时发布", 20, align="center"),
    S(10),
    Grid((("日期", "白天", "", "夜间", "", "风向风力"),
          ("", "天气", "最高气温", "天气", "最低气温", ""),
          ("7月14日 周一", "雷阵雨", "34℃", "多云", "27℃", "东南风3级"),
          ("7月15日 周二", "多云", "35℃", "晴", "28℃", "南风2级"),
          ("7月16日 周三", "晴", "37℃", "晴", "28℃", "南风3级"),
          ("7月17日 周四", "晴", "38℃", "多云", "29℃", "西南风2级"),
          ("7月18日 周五", "中雨", "31℃", "小雨", "26℃", "东风4级"),
          ("7月19日 周六", "小雨", "30℃", "阴", "25℃", "东北风3级"),
          ("7月20日 周日", "多云", "33℃", "多云", "26℃", "东风2级")),
         (0.22, 0.13, 0.16, 0.13, 0.16, 0.20),
         spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2), (0, 5, 2, 1)),
         header_rows=2, style="ruled", size=20, row_h=42),
    T("高温提示", 24, True),
    T("受副热带高压控制，7月16日至17日最高气温将达37℃以上，", 20),
    T("市气象台已发布高温橙色预警，请减少午后户外活动。", 20),
    T("7月18日起受台风外围影响，有中到大雨，累计雨量40～60毫米。", 20),
    S(8),
    T("紫外线指数：强    空气质量：良（AQI 68）", 20),
    T("首席预报员：钱慧琳", 20, align="right"),
), slice="photo"),), (
    Q("7月17日白天最高能到多少度？", "38℃", "table", "number", ("38", "38°C")),
    Q("周五白天是什么天气？", "中雨", "table", "text"),
    Q("7月19日晚上最低气温多少？", "25℃", "table", "number", ("25", "25°C")),
    Q("7月15日夜里天气怎么样？", "晴", "table", "text", ev="晴"),
    Q("周一的风向风力是？", "东南风3级", "table", "text"),
    Q("7月18日刮什么风？", "东风4级", "table", "text"),
    Q("发布的是什么颜色的高温预警？", "橙色", "text", "text", ("高温橙色预警",)),
    Q("台风外围影响累计雨量有多少？", "40～60毫米", "text", "number", ("40-60毫米", "40~60毫米")),
    Q("空气质量指数是多少？", "68", "kv", "number", ("AQI 68",)),
    Q("首席预报员叫什么？", "钱慧琳", "kv", "name"),
    U("7月21日的天气怎么样？", "text"),
    U("7月16日的相对湿度是多少？", "percent"),
))

EXCHANGE_ZH = Doc("exchange_rates_zh.jpg", "zh", (PageSpec((
    T("中国银行外汇牌价", 34, True, "center"),
    T("发布时间：二〇二五年三月十四日 10:30:00    单位：人民币/100外币", 19, align="center"),
    S(10),
    Grid((("币种", "现汇买入价", "现钞买入价", "现汇卖出价", "现钞卖出价", "中行折算价"),
          ("美元 USD", "722.85", "717.07", "725.88", "725.88", "717.52"),
          ("欧元 EUR", "785.31", "760.92", "791.07", "793.62", "781.44"),
          ("日元 JPY", "4.8672", "4.7160", "4.9029", "4.9219", "4.8458"),
          ("英镑 GBP", "935.12", "906.08", "941.97", "946.12", "930.58"),
          ("港币 HKD", "92.97", "92.20", "93.35", "93.35", "92.21"),
          ("澳大利亚元", "457.42", "443.20", "460.78", "462.81", "453.18"),
          ("加拿大元", "502.36", "486.50", "506.06", "508.29", "499.13"),
          ("瑞士法郎", "819.27", "793.98", "825.03", "828.57", "813.70"),
          ("新加坡元", "541.03", "524.33", "544.83", "547.54", "537.45"),
          ("韩元 KRW", "0.4975", "0.4800", "0.5015", "0.5199", "0.4931")),
         (0.20, 0.16, 0.16, 0.16, 0.16, 0.16), style="ruled", size=19, row_h=40, align="lrrrrr"),
    T("说明：", 22, True),
    T("1. 以上牌价仅供参考，实际交易以成交时的价格为准。", 19, indent=20),
    T("2. 现钞买入价适用于客户持外币现钞兑换人民币。", 19, indent=20),
    T("3. 个人每年购汇便利化额度为等值5万美元。", 19, indent=20),
    T("咨询热线：95566", 19),
), slice="lowres"),), (
    Q("用美元现汇换人民币，银行的买入价是多少？", "722.85", "table", "number"),
    Q("欧元的现钞卖出价是多少？", "793.62", "table", "number"),
    Q("英镑的中行折算价是多少？", "930.58", "table", "number"),
    Q("100港币现钞能换多少人民币？", "92.20", "table", "number", ("92.2",)),
    Q("买100日元现汇要多少人民币？", "4.9029", "table", "number"),
    Q("瑞士法郎现汇卖出价多少？", "825.03", "table", "number"),
    Q("新加坡元的现汇买入价是多少？", "541.03", "table", "number"),
    Q("这份牌价是哪天发布的？", "二〇二五年三月十四日", "kv", "date", ("2025年3月14日", "2025-03-14")),
    Q("个人每年可以购汇多少？", "5万美元", "text", "money", ("等值5万美元", "50000美元")),
    Q("中国银行的咨询热线是多少？", "95566", "kv", "phone"),
    U("泰铢的现汇买入价是多少？", "number"),
    U("美元的远期结汇价是多少？", "number"),
))

TROUBLE_ZH = Doc("troubleshooting_zh.jpg", "zh", (PageSpec((
    T("CleanBot X7 扫地机器人 用户手册", 30, True, "center"),
    T("第6章  常见故障排除", 26, True, "center"),
    S(8),
    T("如机器出现以下问题，请按表中方法处理；仍无法解决时请联系售后。", 20),
    Grid((("故障代码", "故障现象", "可能原因", "处理方法"),
          ("E01", "主刷不转", "主刷缠绕毛发", "取下主刷清理缠绕物"),
          ("E02", "左轮悬空", "机器被抬起或卡住", "放回平整地面后重启"),
          ("E05", "无法回充", "充电座被遮挡", "清除充电座前1米障碍"),
          ("E08", "吸力变弱", "尘盒已满", "清空尘盒并清洗滤网"),
          ("E12", "激光雷达异常", "雷达盖被压住", "轻按雷达盖使其回弹"),
          ("E15", "电量不足", "电池老化", "更换原厂电池（型号BT-52）"),
          ("E21", "水箱不出水", "出水孔堵塞", "用细针疏通出水孔")),
         (0.14, 0.22, 0.28, 0.36), style="ruled", size=19, row_h=44),
    T("技术参数", 24, True),
    KVGrid((("电池容量", "5200mAh"), ("最大吸力", "4000Pa"), ("续航时间", "约180分钟"),
            ("尘盒容量", "450ml"), ("水箱容量", "300ml"), ("噪音", "≤65dB")),
           cols=3, size=19, sep="：", boxed=True),
    T("售后服务热线：400-820-3377（工作日 9:00—18:00）", 20),
    T("整机保修1年，电池保修6个月。", 20),
), slice="blur", footer="- 23 -"),), (
    Q("扫地机报E08是怎么回事？", "尘盒已满", "table", "text"),
    Q("出现E05回不去充电座该怎么办？", "清除充电座前1米障碍", "table", "text"),
    Q("哪个故障代码表示激光雷达异常？", "E12", "table", "code"),
    Q("电池老化要换什么型号的电池？", "BT-52", "table", "code", ("原厂电池（型号BT-52）",)),
    Q("水箱不出水是什么原因？", "出水孔堵塞", "table", "text"),
    Q("主刷不转时屏幕上显示哪个代码？", "E01", "table", "code"),
    Q("扫地机的电池有多大容量？", "5200mAh", "kv", "number", ("5200",)),
    Q("充满电大概能扫多久？", "约180分钟", "kv", "number", ("180分钟", "180")),
    Q("尘盒能装多少？", "450ml", "kv", "number", ("450",)),
    Q("售后电话是多少？", "400-820-3377", "kv", "phone", ("4008203377",)),
    Q("电池保修多长时间？", "6个月", "text", "number", ("6",)),
    U("E30故障代码是什么意思？", "text"),
    U("CleanBot X7 整机重量是多少？", "number"),
))

JOB_ZH = Doc("job_posting_zh.jpg", "zh", (PageSpec((
    T("星海云计算（苏州）有限公司", 32, True, "center", family="serif"),
    T("2025年秋季社会招聘启事", 28, True, "center", family="serif"),
    Rule(),
    Columns((("公司简介",
              "星海云计算成立于2016年，总部位于",
              "苏州工业园区，专注于企业级云存储",
              "与数据库服务，现有员工约850人，",
              "服务客户超过3,000家。",
              "",
              "工作地点：苏州工业园区星湖街328号",
              "工作时间：周一至周五 9:00—18:00",
              "",
              "薪酬福利",
              "· 五险一金，公积金按12%缴纳",
              "· 年终奖2～4个月，带薪年假15天",
              "· 免费班车覆盖苏州主城区"),
             ("招聘岗位",
              "一、数据库内核开发工程师（3名）",
              "· 计算机相关专业硕士及以上学历",
              "· 熟悉C++，有PostgreSQL开发经验",
              "· 月薪25k～40k",
              "",
              "二、云平台运维工程师（5名）",
              "· 本科及以上学历，2年以上经验",
              "· 熟悉Kubernetes与Linux",
              "· 月薪15k～22k",
              "",
              "三、技术文档工程师（1名）",
              "· 中英文写作能力强，月薪12k～18k")), size=20, gap=40),
    Rule(),
    T("应聘方式", 24, True),
    T("简历请发送至 hr@xinghaiyun.cn，邮件标题注明“岗位+姓名”。", 20),
    T("报名截止：2025年9月30日    联系人：诸葛明月    电话：0512-67781234", 20),
), slice="rot90"),), (
    Q("数据库内核开发要招几个人？", "3名", "text", "number", ("3",)),
    Q("运维工程师每月能拿多少？", "15k～22k", "text", "money", ("15k-22k", "15k~22k")),
    Q("公积金比例是多少？", "12%", "text", "percent"),
    Q("年假有几天？", "15天", "text", "number", ("15",)),
    Q("这家公司上班地点在哪？", "苏州工业园区星湖街328号", "kv", "place", ("星湖街328号",)),
    Q("简历投到哪个邮箱？", "hr@xinghaiyun.cn", "text", "code"),
    Q("报名什么时候截止？", "2025年9月30日", "kv", "date", ("2025-09-30",)),
    Q("招聘联系人是谁？", "诸葛明月", "kv", "name"),
    Q("招聘联系电话是多少？", "0512-67781234", "kv", "phone", ("051267781234",)),
    Q("公司现在大概有多少员工？", "850人", "text", "number", ("850",)),
    U("技术文档工程师需要几年工作经验？", "number"),
    U("这家公司的注册资本是多少？", "money"),
))

LICENCE_ZH = Doc("business_licence_zh.jpg", "zh", (PageSpec((
    T("营 业 执 照", 46, True, "center", family="serif"),
    T("（副    本）", 24, align="center", family="serif"),
    S(10),
    T("统一社会信用代码：91320594MA1X8K2P6Q", 22, family="serif"),
    S(10),
    KVGrid((("名称", "苏州青禾餐饮管理有限公司"),
            ("类型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", "上官婉清"),
            ("经营范围", "餐饮管理；餐饮服务；食品销售（仅销售预包装食品）"),
            ("注册资本", "伍佰万元整"),
            ("成立日期", "二〇一九年八月二十六日"),
            ("营业期限", "2019年08月26日至长期"),
            ("住所", "苏州市姑苏区平江路172号")),
           cols=1, size=24, sep="    ", family="serif"),
    S(70),
    T("登记机关", 24, align="right", indent=0, family="serif"),
    T("二〇二五年五月十日", 24, align="right", family="serif"),
    S(60),
    T("国家企业信用信息公示系统网址：www.gsxt.gov.cn", 18, align="center"),
    T("国家市场监督管理总局监制", 18, align="center"),
    Stamp("苏州市姑苏区市场监督管理局", 780, 880, radius=95, size=14),
), slice="photo"),), (
    Q("这家公司的法人代表叫什么？", "上官婉清", "kv", "name"),
    Q("公司注册资本多少？", "伍佰万元整", "kv", "money", ("500万元", "伍佰万元")),
    Q("公司是哪天成立的？", "二〇一九年八月二十六日", "kv", "date", ("2019年8月26日", "2019-08-26")),
    Q("统一社会信用代码是多少？", "91320594MA1X8K2P6Q", "kv", "code"),
    Q("公司地址在哪里？", "苏州市姑苏区平江路172号", "kv", "place", ("平江路172号",)),
    Q("营业执照上写的公司全称是什么？", "苏州青禾餐饮管理有限公司", "kv", "name"),
    Q("营业期限到什么时候？", "长期", "kv", "text", ("至长期",)),
    Q("执照是哪天登记发放的？", "二〇二五年五月十日", "text", "date", ("2025年5月10日", "2025-05-10")),
    Q("公司是什么类型的企业？", "有限责任公司（自然人投资或控股）", "kv", "text", ("有限责任公司",)),
    U("这家公司有多少名员工？", "number"),
    U("公司的联系电话是多少？", "phone"),
))

DIRECTORY_ZH = Doc("phone_directory_zh.pdf", "zh", (PageSpec((
    T("华南理工设计研究院  内部通讯录", 32, True, "center"),
    T("更新日期：2025/08/01    总机：020-87110000", 20, align="center"),
    S(10),
    Grid((("部门", "姓名", "职务", "办公电话", "分机"),
          ("院办公室", "欧阳红梅", "主任", "020-87110101", "8101"),
          ("", "林子豪", "秘书", "020-87110102", "8102"),
          ("建筑设计所", "端木文轩", "所长", "020-87110201", "8201"),
          ("", "赵小川", "总建筑师", "020-87110205", "8205"),
          ("", "黄丽萍", "建筑师", "020-87110208", "8208"),
          ("结构设计所", "诸葛晨", "所长", "020-87110301", "8301"),
          ("", "邓家明", "结构工程师", "020-87110306", "8306"),
          ("机电设计所", "慕容雪", "所长", "020-87110401", "8401"),
          ("", "冯志远", "给排水工程师", "020-87110412", "8412"),
          ("财务部", "孔令仪", "财务经理", "020-87110501", "8501"),
          ("信息中心", "钟浩然", "网络管理员", "020-87110601", "8601")),
         (0.20, 0.18, 0.22, 0.26, 0.14),
         spans=((1, 0, 2, 1), (3, 0, 3, 1), (6, 0, 2, 1), (8, 0, 2, 1)),
         style="ruled", size=20, row_h=42),
    T("注：拨打院内分机请直接拨四位分机号；外线请先拨9。", 20),
    T("值班电话（24小时）：020-87119999", 20),
), slice="pdf-image", footer="内部资料  请勿外传"),), (
    Q("端木文轩的办公电话是多少？", "020-87110201", "table", "phone", ("02087110201",)),
    Q("结构设计所的所长是谁？", "诸葛晨", "table", "name"),
    Q("黄丽萍的分机号是多少？", "8208", "table", "code"),
    Q("冯志远在哪个部门？", "机电设计所", "table", "name"),
    Q("赵小川是什么职务？", "总建筑师", "table", "text"),
    Q("财务经理叫什么名字？", "孔令仪", "table", "name"),
    Q("网络管理员的电话？", "020-87110601", "table", "phone", ("02087110601", "8601")),
    Q("林子豪的分机是多少？", "8102", "table", "code"),
    Q("晚上有急事打哪个值班电话？", "020-87119999", "kv", "phone", ("02087119999",)),
    Q("研究院总机号码是？", "020-87110000", "kv", "phone", ("02087110000",)),
    Q("打外线要先拨几？", "9", "text", "number", ("先拨9",), ev="外线"),
    U("慕容雪的手机号是多少？", "phone"),
    U("人力资源部经理是谁？", "name"),
))

RENOVATION_ZH = Doc("renovation_quote_zh.jpg", "zh", (PageSpec((
    T("家装工程预算报价单", 34, True, "center"),
    KVGrid((("客户", "皇甫先生"), ("工程地址", "南京市建邺区江东中路9号"),
            ("报价日期", "2025.04.22"), ("设计师", "聂思远")),
           cols=2, size=20, sep="：", boxed=True),
    S(6),
    Grid((("区域", "项目", "单位", "数量", "单价（元）", "合价（元）"),
          ("客厅", "墙面乳胶漆", "㎡", "86.5", "38", "3,287.00"),
          ("", "地面瓷砖铺贴", "㎡", "42.0", "65", "2,730.00"),
          ("", "石膏板吊顶", "㎡", "28.0", "145", "4,060.00"),
          ("厨房", "墙砖铺贴", "㎡", "24.6", "70", "1,722.00"),
          ("", "橱柜（含台面）", "延米", "5.2", "1,850", "9,620.00"),
          ("卫生间", "防水处理", "㎡", "18.0", "95", "1,710.00"),
          ("", "淋浴房", "套", "1", "2,600", "2,600.00"),
          ("水电", "强弱电改造", "项", "1", "6,800", "6,800.00")),
         (0.14, 0.28, 0.10, 0.12, 0.17, 0.19),
         spans=((1, 0, 3, 1), (4, 0, 2, 1), (6, 0, 2, 1)),
         style="ruled", size=19, row_h=40, align="llcrrr"),
    T("直接费合计：32,529.00元", 21),
    T("管理费（按直接费的8%）：2,602.32元", 21),
    T("工程总造价：35,131.32元", 22, True),
    T("付款方式：开工前付40%，水电验收后付30%，竣工验收后付30%。", 20),
    T("工期：自开工之日起75天。  本报价有效期30天。", 20),
), slice="rot90"),), (
    Q("客厅刷乳胶漆的面积有多大？", "86.5", "table", "number", ("86.5㎡",)),
    Q("橱柜每延米多少钱？", "1,850", "table", "money", ("1850",)),
    Q("淋浴房一套多少钱？", "2,600", "table", "money", ("2600",), ev="2,600"),
    Q("卫生间防水的合价是多少？", "1,710.00", "table", "money", ("1710",)),
    Q("吊顶是按什么单价算的？", "145", "table", "money", ("145元",)),
    Q("水电改造要花多少？", "6,800.00", "table", "money", ("6800",)),
    Q("整个装修总共多少钱？", "35,131.32元", "text", "money", ("35131.32",)),
    Q("管理费收了多少？", "2,602.32元", "text", "money", ("2602.32",)),
    Q("工期有多少天？", "75天", "text", "number", ("75",)),
    Q("这份报价是哪天出的？", "2025.04.22", "kv", "date", ("2025-04-22", "2025年4月22日")),
    Q("这单的设计师是谁？", "聂思远", "kv", "name"),
    U("卧室的地板铺装多少钱？", "money"),
    U("这家装修公司的营业执照号是多少？", "code"),
))

# --------------------------------------------------------------------------------------------
# English documents
# --------------------------------------------------------------------------------------------
FLIGHT_EN = Doc("flight_itinerary_en.jpg", "en", (PageSpec((
    T("SKYBRIDGE AIRWAYS", 34, True, "left", family="serif"),
    T("E-Ticket Itinerary / Receipt", 24, align="left"),
    Rule(),
    KVGrid((("Passenger", "MR WALTER ASHBY"), ("Booking reference", "QX7R2M"),
            ("Ticket number", "618-2403957716"), ("Issued", "03/14/2025"),
            ("Frequent flyer", "SB 40328811"), ("Issuing office", "Singapore")),
           cols=2, size=20, bold_labels=True),
    S(6),
    T("Flight details", 24, True),
    Grid((("Flight", "From", "To", "Depart", "Arrive", "Class"),
          ("SB 318", "Singapore SIN", "Tokyo NRT", "18 Apr 08:40", "18 Apr 16:55", "Business"),
          ("SB 907", "Tokyo NRT", "Vancouver YVR", "18 Apr 19:20", "18 Apr 11:45", "Business"),
          ("SB 908", "Vancouver YVR", "Tokyo NRT", "02 May 13:10", "03 May 15:35", "Economy"),
          ("SB 317", "Tokyo NRT", "Singapore SIN", "03 May 18:05", "04 May 00:30", "Economy")),
         (0.12, 0.20, 0.20, 0.17, 0.17, 0.14), style="hrules", size=18, row_h=40),
    T("Baggage allowance: 2 pieces of 32 kg (Business), 1 piece of 23 kg (Economy)", 19),
    T("Payment", 24, True),
    Grid((("Description", "Amount"),
          ("Air fare", "SGD 3,845.00"),
          ("Taxes and carrier charges", "SGD 612.40"),
          ("Seat selection (2 segments)", "SGD 90.00"),
          ("Total paid by Visa ending 4471", "SGD 4,547.40")),
         (0.70, 0.30), style="none", size=19, row_h=36, align="lr"),
    T("Check-in closes 60 minutes before departure for all flights.", 19),
    T("Customer care: +65 6823 4400 (24 hours)", 19),
), slice="clean", footer="Skybridge Airways Pte Ltd - this receipt is not a boarding pass"),), (
    Q("What is Walter Ashby's booking reference?", "QX7R2M", "kv", "code"),
    Q("When was the ticket issued?", "03/14/2025", "kv", "date", ("2025-03-14", "March 14, 2025", "14 March 2025")),
    Q("What time does flight SB 318 leave Singapore?", "08:40", "table", "time", ("18 Apr 08:40",)),
    Q("Which airport does SB 907 fly to?", "Vancouver YVR", "table", "place", ("YVR", "Vancouver"), ev="SB 907"),
    Q("When does the return flight SB 908 land in Tokyo?", "03 May 15:35", "table", "time", ("15:35",)),
    Q("In which cabin does the passenger fly on SB 317?", "Economy", "table", "text", ev="SB 317"),
    Q("How much were the taxes and carrier charges?", "SGD 612.40", "table", "money", ("612.40", "612.4")),
    Q("What was the total amount paid for the trip?", "SGD 4,547.40", "table", "money", ("4547.40", "4,547.40")),
    Q("How much checked luggage is allowed in Economy?", "1 piece of 23 kg", "text", "text", ("23 kg",)),
    Q("What is the customer care phone number?", "+65 6823 4400", "kv", "phone", ("6823 4400",)),
    Q("How early does check-in close?", "60 minutes", "text", "number", ("60",)),
    U("What seat number does Walter Ashby have on SB 318?", "code"),
    U("Which gate does flight SB 907 depart from?", "code"),
))

WARRANTY_EN = Doc("warranty_card_en.jpg", "en", (PageSpec((
    T("AURORA HOME APPLIANCES", 32, True, "center"),
    T("LIMITED WARRANTY CARD", 26, True, "center"),
    S(10),
    KVGrid((("Product", "Espresso Machine"), ("Model", "AHA-EM450"),
            ("Serial No.", "EM450-22B-081734"), ("Date of purchase", "14.03.2025"),
            ("Dealer", "Kitchen Corner, Leeds"), ("Invoice No.", "KC-55190"),
            ("Customer", "Vincent Delaney"), ("Phone", "+44 113 496 0128")),
           cols=2, size=20, boxed=True),
    S(4),
    T("Coverage", 24, True),
    Grid((("Component", "Warranty period", "Covers"),
          ("Boiler and pump", "5 years", "Parts and labour"),
          ("Grinder burrs", "2 years", "Parts only"),
          ("Electronics", "3 years", "Parts and labour"),
          ("Steam wand", "1 year", "Parts only"),
          ("Water tank and drip tray", "6 months", "Replacement")),
         (0.38, 0.28, 0.34), style="zebra", size=20, row_h=40),
    T("Conditions", 24, True),
    T("1. The warranty starts on the date of purchase shown on the invoice.", 19, indent=16),
    T("2. Damage from limescale is not covered; descale every 200 cups.", 19, indent=16),
    T("3. Register within 28 days at aurora-home.co.uk/register.", 19, indent=16),
    T("4. Repairs are done at an authorised service centre only.", 19, indent=16),
    S(10),
    T("Service hotline: 0800 046 7721 (Mon-Fri 8:00-18:00)", 20),
    Stamp("KITCHEN CORNER", 800, 1110, radius=70, size=13),
), slice="blur"),), (
    Q("Which model is covered by this warranty card?", "AHA-EM450", "kv", "code"),
    Q("When did Vincent Delaney buy the machine?", "14.03.2025", "kv", "date",
      ("2025-03-14", "14 March 2025", "March 14, 2025")),
    Q("Which shop sold the espresso machine?", "Kitchen Corner, Leeds", "kv", "name", ("Kitchen Corner",)),
    Q("What is the serial number of the machine?", "EM450-22B-081734", "kv", "code"),
    Q("How long is the boiler and pump guaranteed?", "5 years", "table", "text", ("5",)),
    Q("Is labour included for the grinder burrs?", "Parts only", "table", "text", ev="Grinder"),
    Q("How long are the electronics covered?", "3 years", "table", "text", ("3",)),
    Q("What warranty does the steam wand have?", "1 year", "table", "text", ("1",)),
    Q("How often should the machine be descaled?", "every 200 cups", "text", "number", ("200 cups", "200")),
    Q("Within how many days must the product be registered?", "28 days", "text", "number", ("28",)),
    Q("What is the customer's phone number?", "+44 113 496 0128", "kv", "phone", ("0113 496 0128",)),
    U("How much did Vincent Delaney pay for the machine?", "money"),
    U("What is the warranty period of the milk frother?", "text"),
))

OFFER_EN = Doc("job_offer_en.pdf", "en", (PageSpec((
    T("Meridian Biotech Ltd", 30, True, family="serif"),
    T("14 Granta Park, Cambridge CB21 6GP, United Kingdom", 18),
    Rule(),
    T("2 May 2025", 20, align="right"),
    T("Dr Esther Okonkwo", 20),
    T("27 Mill Road, Cambridge CB1 2AD", 20),
    S(10),
    T("Dear Dr Okonkwo,", 20),
    T("Offer of employment", 22, True),
    T("We are delighted to offer you the position of Senior Research Scientist in our", 20),
    T("Protein Engineering group. Your line manager will be Laurent Mercier, Head of", 20),
    T("Discovery. The main terms of the offer are set out below.", 20),
    S(6),
    Grid((("Term", "Detail"),
          ("Start date", "1 July 2025"),
          ("Annual base salary", "GBP 68,500"),
          ("Signing bonus", "GBP 5,000 (paid with the first salary)"),
          ("Pension", "Employer contributes 8% of base salary"),
          ("Annual leave", "27 days plus public holidays"),
          ("Probation period", "6 months"),
          ("Notice period", "3 months after probation"),
          ("Place of work", "Cambridge, hybrid (3 days on site)")),
         (0.32, 0.68), style="ruled", size=19, row_h=38),
    T("This offer is subject to two satisfactory references and proof of your right to", 20),
    T("work in the UK. Please sign and return the enclosed copy by 16 May 2025.", 20),
    S(6),
    T("If you have any questions, please contact Peter Halvorsen in People Operations", 20),
    T("at peter.halvorsen@meridianbio.co.uk or on 01223 555 0147.", 20),
    S(10),
    T("Yours sincerely,", 20),
    T("Clement Ashworth", 20, True),
    T("Chief Scientific Officer", 20),
), slice="pdf-text"),), (
    Q("What job is Esther Okonkwo being offered?", "Senior Research Scientist", "text", "text"),
    Q("Who will be her line manager?", "Laurent Mercier", "text", "name"),
    Q("What yearly salary does the offer include?", "GBP 68,500", "table", "money", ("68,500", "68500")),
    Q("When is her first day at work?", "1 July 2025", "table", "date", ("2025-07-01", "July 1, 2025")),
    Q("How large is the signing bonus?", "GBP 5,000", "table", "money", ("5,000", "5000")),
    Q("What percentage does the employer put into the pension?", "8%", "table", "percent"),
    Q("How many days of annual leave are there?", "27 days", "table", "number", ("27",)),
    Q("How long is the probation?", "6 months", "table", "text"),
    Q("By what date must the signed offer be returned?", "16 May 2025", "text", "date", ("2025-05-16",)),
    Q("Who signed the offer letter?", "Clement Ashworth", "text", "name"),
    Q("Which phone number should she call with questions?", "01223 555 0147", "text", "phone"),
    Q("What is Peter Halvorsen's email address?", "peter.halvorsen@meridianbio.co.uk", "text", "code"),
    U("How many stock options are included in the offer?", "number"),
    U("What is the relocation allowance in the offer?", "money"),
))

FREIGHT_EN = Doc("freight_quote_en.jpg", "en", (PageSpec((
    T("BLUEWAVE FREIGHT FORWARDING", 30, True, "center"),
    T("Sea Freight Quotation", 24, align="center"),
    S(8),
    KVGrid((("Quote No.", "BW-Q-25-0619"), ("Date", "19 June 2025"),
            ("Customer", "Trent Harlow Imports"), ("Valid until", "31 July 2025"),
            ("Origin", "Shanghai, CN"), ("Destination", "Felixstowe, UK"),
            ("Commodity", "Ceramic tableware"), ("Incoterm", "FOB Shanghai")),
           cols=2, size=19),
    S(6),
    Grid((("Charge", "20' GP", "", "40' HC", ""),
          ("", "USD", "Basis", "USD", "Basis"),
          ("Ocean freight", "1,450", "per box", "2,380", "per box"),
          ("Bunker surcharge", "210", "per box", "395", "per box"),
          ("Terminal handling (UK)", "265", "per box", "345", "per box"),
          ("Documentation", "55", "per B/L", "55", "per B/L"),
          ("Customs clearance", "120", "per entry", "120", "per entry"),
          ("Delivery to Manchester", "690", "per trip", "840", "per trip"),
          ("Total", "2,790", "", "4,135", "")),
         (0.34, 0.15, 0.18, 0.15, 0.18), spans=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2)),
         header_rows=2, style="ruled", size=19, row_h=40, align="lrlrl"),
    T("Transit time: 32-36 days port to port, weekly sailings every Thursday.", 19),
    T("Free time at destination: 7 days demurrage and detention combined.", 19),
    T("Cargo insurance is optional at 0.35% of the invoice value.", 19),
    T("Rates exclude UK import VAT and duty.", 19),
    S(10),
    T("Prepared by Jennifer Castellano, Sales Executive, +44 1394 604 218", 19),
), slice="lowres"),), (
    Q("What does ocean freight cost for a 40-foot high cube?", "2,380", "table", "money", ("2380", "USD 2,380")),
    Q("How much is the bunker surcharge on a 20 foot container?", "210", "table", "money", ("USD 210",)),
    Q("What is the total for one 20' GP container?", "2,790", "table", "money", ("2790", "USD 2,790")),
    Q("How much is delivery to Manchester for a 40' HC?", "840", "table", "money", ("USD 840",)),
    Q("How is the documentation fee charged?", "per B/L", "table", "text"),
    Q("What does UK terminal handling cost for a 40' high cube box?", "345", "table", "money", ("USD 345",)),
    Q("How long is the sea transit?", "32-36 days", "text", "number", ("32 to 36 days",)),
    Q("Until when is this freight quote valid?", "31 July 2025", "kv", "date", ("2025-07-31",)),
    Q("Which company is the quote for?", "Trent Harlow Imports", "kv", "name"),
    Q("What is the insurance rate?", "0.35%", "text", "percent"),
    Q("Who prepared the quotation?", "Jennifer Castellano", "text", "name"),
    U("What is the price for a 45-foot container?", "money"),
    U("How much is air freight from Shanghai to Felixstowe?", "money"),
))

RECIPE_EN = Doc("recipe_en.jpg", "en", (PageSpec((
    T("Lemon Ricotta Pancakes", 36, True, "center", family="serif"),
    T("From the kitchen of Heather Lindqvist", 20, align="center", family="serif"),
    S(6),
    KVGrid((("Serves", "4"), ("Prep time", "15 min"), ("Cook time", "20 min")), cols=3, size=20),
    S(6),
    T("Ingredients", 24, True),
    Grid((("Ingredient", "Metric", "US", "Note"),
          ("Ricotta cheese", "250 g", "1 cup", "whole milk"),
          ("Plain flour", "150 g", "1 1/4 cups", "sifted"),
          ("Eggs", "3", "3", "separated"),
          ("Milk", "180 ml", "3/4 cup", "room temperature"),
          ("Caster sugar", "40 g", "3 tbsp", ""),
          ("Baking powder", "10 g", "2 tsp", ""),
          ("Lemon zest", "2 lemons", "2 lemons", "unwaxed"),
          ("Butter", "30 g", "2 tbsp", "for the pan")),
         (0.30, 0.20, 0.22, 0.28), style="hrules", size=20, row_h=38),
    T("Method", 24, True),
    Columns((("1. Whisk the ricotta, milk, egg yolks",
              "and lemon zest until smooth.",
              "2. Sift in the flour, sugar and baking",
              "powder; fold gently.",
              "3. Beat the egg whites to soft peaks",
              "and fold them into the batter."),
             ("4. Heat a little butter in a pan over",
              "medium heat (about 170 C).",
              "5. Cook 1/4 cup of batter per pancake",
              "for 2 minutes on each side.",
              "6. Serve with blueberries and maple",
              "syrup. Makes about 12 pancakes.")), size=19),
    T("Per serving: 385 kcal, 16 g protein, 14 g fat.", 19),
), slice="rot90"),), (
    Q("How much ricotta goes into the pancakes?", "250 g", "table", "number", ("250", "1 cup")),
    Q("How many eggs does the recipe need?", "3", "table", "number", ev="Eggs"),
    Q("How much milk in US cups?", "3/4 cup", "table", "number"),
    Q("What is the butter used for?", "for the pan", "table", "text"),
    Q("How many grams of caster sugar are needed?", "40 g", "table", "number", ("40",)),
    Q("How much baking powder in teaspoons?", "2 tsp", "table", "number"),
    Q("How many people does this recipe serve?", "4", "kv", "number", ev="Serves"),
    Q("How long does it take to cook?", "20 min", "kv", "number", ("20 minutes",)),
    Q("How many pancakes does the batter make?", "about 12", "text", "number", ("12",)),
    Q("How many calories in one serving?", "385 kcal", "text", "number", ("385",)),
    Q("Whose recipe is this?", "Heather Lindqvist", "text", "name"),
    U("How much vanilla extract is needed?", "number"),
    U("How long can the batter be kept in the fridge?", "text"),
))

PAPER_EN = Doc("research_paper_en.pdf", "en", (
    PageSpec((
        T("Sparse Mixture Adapters for Low-Resource Speech Recognition", 26, True, "center", family="serif"),
        S(4),
        T("Walter Brennan(1), Mei-Ling Zhou(2), Vincent Oduya(1)", 19, align="center", family="serif"),
        T("(1) University of Edinburgh  (2) Tsinghua University", 17, align="center", family="serif"),
        T("Correspondence: w.brennan@ed.ac.uk", 17, align="center", family="serif"),
        S(10),
        Columns((("Abstract",
                  "We present sparse mixture adapters",
                  "(SMA), a parameter-efficient way to",
                  "adapt a multilingual speech model to",
                  "new languages. SMA routes each frame",
                  "to 2 of 16 small adapters and trains",
                  "only 1.8% of the model parameters.",
                  "On 9 low-resource languages SMA cuts",
                  "the word error rate by 14.2% relative",
                  "to full fine-tuning while training",
                  "4.6 times faster.",
                  "",
                  "1  Introduction",
                  "Speech recognition for low-resource",
                  "languages is limited by labelled",
                  "data. Adapters insert small modules",
                  "into a frozen network; we make them",
                  "sparse and conditional."),
                 ("2  Method",
                  "Each transformer block receives 16",
                  "bottleneck adapters of width 64. A",
                  "router picks the top 2 adapters per",
                  "frame. The base model is frozen and",
                  "has 600M parameters.",
                  "",
                  "3  Setup",
                  "We train on the Common Voice 17.0",
                  "subsets with 10 hours of speech per",
                  "language, on 4 A100 GPUs for 30k",
                  "steps with a learning rate of 3e-4",
                  "and batch size 64.",
                  "",
                  "Results are in Table 1; all numbers",
                  "are word error rates (WER, %) on the",
                  "official test splits.")), size=19, gap=40, family="serif"),
        Space(4),
        T("Table 1: WER (%) by language; lower is better.", 18, True, "center", family="serif"),
        Grid((("Language", "Hours", "Full FT", "LoRA", "SMA (ours)"),
              ("Welsh", "10", "21.4", "20.9", "18.3"),
              ("Basque", "10", "17.8", "17.1", "15.2"),
              ("Swahili", "10", "24.6", "23.8", "20.7"),
              ("Mongolian", "10", "33.1", "32.0", "28.9"),
              ("Average (9 languages)", "10", "24.3", "23.6", "20.8")),
             (0.34, 0.12, 0.16, 0.16, 0.22), style="hrules", size=18, row_h=34, align="lrrrr",
             family="serif"),
    ), slice="pdf-text", header="Proceedings of Interspeech 2025, Rotterdam", footer="1"),
), (
    Q("Who is the first author of the paper?", "Walter Brennan", "text", "name"),
    Q("What is the corresponding author's email?", "w.brennan@ed.ac.uk", "text", "code"),
    Q("What fraction of the parameters does SMA train?", "1.8%", "text", "percent"),
    Q("How many adapters does each transformer block get?", "16", "text", "number", ev="Each transformer"),
    Q("How much faster is SMA to train than full fine-tuning?", "4.6 times", "text", "number", ("4.6",)),
    Q("How many GPUs were used for training?", "4 A100 GPUs", "text", "number", ("4",)),
    Q("What WER does SMA reach on Welsh?", "18.3", "table", "percent", ("18.3%",)),
    Q("What was the LoRA word error rate for Swahili?", "23.8", "table", "percent", ("23.8%",)),
    Q("What is the full fine-tuning WER on Mongolian?", "33.1", "table", "percent", ("33.1%",)),
    Q("What is SMA's average error rate across the nine languages?", "20.8", "table", "percent", ("20.8%",)),
    Q("How many hours of speech per language were used for Basque?", "10", "table", "number", ev="Basque"),
    Q("Which university is Mei-Ling Zhou from?", "Tsinghua University", "text", "name"),
    U("What is the WER of SMA on Icelandic?", "percent"),
    U("How many GPU hours did training take in total?", "number"),
))

CAR_EN = Doc("car_rental_agreement_en.pdf", "en", (
    PageSpec((
        T("ROADSTAR CAR RENTAL", 30, True, "center"),
        T("Rental Agreement No. RA-7741920", 22, align="center"),
        S(8),
        T("Renter", 22, True),
        KVGrid((("Name", "Roger Tremblay"), ("Licence No.", "T6512-44810-70915"),
                ("Date of birth", "11/07/1986"), ("Phone", "+1 514 555 0182"),
                ("Address", "4120 Rue Saint-Denis, Montreal"), ("Additional driver", "Amelie Tremblay")),
               cols=2, size=18, boxed=True),
        T("Vehicle", 22, True),
        KVGrid((("Make and model", "Toyota RAV4 Hybrid"), ("Plate", "FXK 2291"),
                ("Colour", "Silver"), ("Fuel level out", "Full"),
                ("Mileage out", "38,412 km"), ("Category", "Intermediate SUV")),
               cols=2, size=18, boxed=True),
        T("Rental period", 22, True),
        Grid((("", "Date", "Time", "Location"),
              ("Pick-up", "06/20/2025", "10:00", "Montreal Airport YUL"),
              ("Return", "06/27/2025", "18:00", "Quebec City Downtown")),
             (0.18, 0.22, 0.16, 0.44), style="ruled", size=19, row_h=40),
        T("The renter must return the vehicle with the same fuel level.", 19),
        T("Late returns are charged CAD 25 per hour, up to one extra day.", 19),
        T("Smoking in the vehicle incurs a cleaning fee of CAD 250.", 19),
    ), slice="pdf-image", footer="Page 1 of 2 - RA-7741920"),
    PageSpec((
        T("Charges", 24, True),
        Grid((("Item", "Rate", "Units", "Amount (CAD)"),
              ("Time and mileage", "CAD 64.00 / day", "7", "448.00"),
              ("One-way drop fee", "flat", "1", "150.00"),
              ("Collision damage waiver", "CAD 28.50 / day", "7", "199.50"),
              ("Additional driver", "CAD 12.00 / day", "7", "84.00"),
              ("Child seat", "CAD 9.00 / day", "7", "63.00"),
              ("Subtotal", "", "", "944.50"),
              ("GST 5% + QST 9.975%", "", "", "141.44"),
              ("Total estimated charges", "", "", "1,085.94")),
             (0.40, 0.25, 0.11, 0.24), style="zebra", size=19, row_h=40, align="llrr"),
        T("Security deposit: CAD 500 held on Mastercard ending 9038.", 19),
        T("Mileage: unlimited kilometres within Canada.", 19),
        S(10),
        T("Insurance", 24, True),
        T("The collision damage waiver reduces the renter's liability to a", 19),
        T("deductible of CAD 1,000 per incident. Tyres and glass are excluded.", 19),
        S(20),
        Columns((("Renter signature: Roger Tremblay", "Date: 06/20/2025"),
                 ("Agent: Brent Kowalski", "Branch: YUL-03")), size=19),
    ), slice="pdf-image", footer="Page 2 of 2 - RA-7741920"),
), (
    Q("Who is renting the car?", "Roger Tremblay", "kv", "name", (), 1, ev="Name"),
    Q("What car was rented?", "Toyota RAV4 Hybrid", "kv", "text", ("RAV4 Hybrid",), 1),
    Q("What is the licence plate of the rental car?", "FXK 2291", "kv", "code", ("FXK2291",), 1),
    Q("How many kilometres were on the odometer at pick-up?", "38,412 km", "kv", "number", ("38412",), 1),
    Q("Where is the car picked up?", "Montreal Airport YUL", "table", "place", ("Montreal Airport",), 1),
    Q("On what date is the car due back?", "06/27/2025", "table", "date", ("2025-06-27", "June 27, 2025"), 1),
    Q("At what time must the car be returned?", "18:00", "table", "time", (), 1),
    Q("Who is the additional driver?", "Amelie Tremblay", "kv", "name", (), 1),
    Q("How much is charged per hour for a late return?", "CAD 25", "text", "money", ("25",), 1),
    Q("What is the daily rate for the collision damage waiver?", "CAD 28.50 / day", "table", "money",
      ("28.50", "28.5"), 2),
    Q("How much is the one-way drop fee?", "150.00", "table", "money", ("CAD 150", "150"), 2),
    Q("What do the child seat charges add up to?", "63.00", "table", "money", ("63",), 2),
    Q("How much tax is charged on the rental?", "141.44", "table", "money", (), 2),
    Q("What is the total estimated cost of the rental?", "1,085.94", "table", "money", ("1085.94", "CAD 1,085.94"), 2),
    Q("How big is the security deposit?", "CAD 500", "text", "money", ("500",), 2),
    Q("What is the deductible under the damage waiver?", "CAD 1,000", "text", "money", ("1000", "1,000"), 2),
    Q("Which agent handled the rental?", "Brent Kowalski", "text", "name", (), 2),
    U("What is the daily rate for GPS navigation?", "money", 2),
    U("What is the renter's email address?", "code", 1),
))

INSURANCE_EN = Doc("insurance_schedule_en.jpg", "en", (PageSpec((
    T("HARBOURSIDE MUTUAL INSURANCE", 30, True, "center"),
    T("Home Insurance - Policy Schedule", 24, align="center"),
    S(8),
    KVGrid((("Policy number", "HM-HOME-5528107"), ("Policyholder", "Oliver Pennington"),
            ("Insured address", "9 Larch Close, Bath BA2 4RT"), ("Period", "01/09/2025 - 31/08/2026"),
            ("Property type", "Detached house, built 1998"), ("Agent", "Clarke & Webb Brokers")),
           cols=1, size=20, sep=":  "),
    S(6),
    T("Sections of cover", 24, True),
    Grid((("Section", "Sum insured", "Excess"),
          ("Buildings", "GBP 420,000", "GBP 350"),
          ("Contents", "GBP 65,000", "GBP 250"),
          ("Personal possessions away from home", "GBP 5,000", "GBP 100"),
          ("Accidental damage (buildings)", "Included", "GBP 350"),
          ("Legal expenses", "GBP 50,000", "Nil"),
          ("Home emergency", "GBP 1,000 per claim", "Nil")),
         (0.50, 0.28, 0.22), style="none", size=20, row_h=40),
    T("Premium", 24, True),
    KVGrid((("Annual premium", "GBP 486.20"), ("Insurance premium tax", "GBP 58.34"),
            ("Total payable", "GBP 544.54"), ("Payment", "12 monthly instalments")),
           cols=2, size=19),
    T("Single items over GBP 2,000 must be listed to be covered.", 19),
    T("Claims line: 0345 600 2718 (24 hours)", 19),
), slice="photo"),), (
    Q("What is the policy number?", "HM-HOME-5528107", "kv", "code"),
    Q("Who holds the home insurance policy?", "Oliver Pennington", "kv", "name"),
    Q("When does the cover end?", "31/08/2026", "kv", "date", ("2026-08-31", "31 August 2026")),
    Q("How much are the contents insured for?", "GBP 65,000", "table", "money", ("65,000", "65000")),
    Q("What is the excess on a buildings claim?", "GBP 350", "table", "money", ("350",), ev="Buildings"),
    Q("What is the limit for legal expenses?", "GBP 50,000", "table", "money", ("50,000", "50000")),
    Q("Is there an excess for home emergency claims?", "Nil", "table", "text", ev="GBP 1,000 per"),
    Q("How much cover for possessions taken out of the house?", "GBP 5,000", "table", "money", ("5,000", "5000")),
    Q("What is the total premium to pay?", "GBP 544.54", "kv", "money", ("544.54",)),
    Q("How is the premium paid?", "12 monthly instalments", "kv", "text", ("monthly",)),
    Q("Which broker arranged the policy?", "Clarke & Webb Brokers", "kv", "name", ("Clarke & Webb",)),
    Q("What number do I call to make a claim?", "0345 600 2718", "kv", "phone", ("03456002718",)),
    U("What is the excess for flood damage?", "money"),
    U("How many years of no-claims discount does the policyholder have?", "number"),
))

STATUS_EN = Doc("project_status_en.jpg", "en", (PageSpec((
    T("Project Status Report - Harbour Bridge Retrofit", 28, True),
    T("Reporting period: May 2025    Report date: 2025-06-04", 19),
    T("Project manager: Skyler Abernathy    Sponsor: City of Northport", 19),
    Rule(),
    KVGrid((("Overall status", "Amber"), ("Budget", "USD 18.4 million"),
            ("Spent to date", "USD 11.9 million"), ("Schedule variance", "-3 weeks"),
            ("Percent complete", "58%"), ("Open risks", "7")),
           cols=2, size=19, boxed=True),
    T("Milestones", 24, True),
    Grid((("ID", "Milestone", "Planned", "", "Status"),
          ("", "", "Start", "Finish", ""),
          ("M1", "Design approval", "2024-09-02", "2024-11-29", "Done"),
          ("M2", "Temporary supports", "2024-12-02", "2025-02-28", "Done"),
          ("M3", "Deck strengthening", "2025-03-03", "2025-07-18", "Late"),
          ("M4", "Cable replacement", "2025-06-02", "2025-09-26", "At risk"),
          ("M5", "Load testing", "2025-10-06", "2025-10-31", "Not started"),
          ("M6", "Handover", "2025-11-14", "2025-11-14", "Not started")),
         (0.08, 0.34, 0.19, 0.19, 0.20), spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2), (0, 4, 2, 1)),
         header_rows=2, style="ruled", size=19, row_h=38),
    T("Key issues", 24, True),
    T("1. Steel deliveries from Halvorsen Steelworks slipped by 12 days.", 19, indent=16),
    T("2. Night lane closures limited to 4 nights per week by the city.", 19, indent=16),
    T("3. Change request CR-014 (extra drainage) approved for USD 240,000.", 19, indent=16),
    T("Next steering meeting: 12 June 2025, 09:30, City Hall room 4B.", 19),
), slice="skew", footer="Confidential - prepared for the City of Northport"),), (
    Q("Who manages the Harbour Bridge project?", "Skyler Abernathy", "text", "name"),
    Q("What is the total budget?", "USD 18.4 million", "kv", "money", ("18.4 million",)),
    Q("How far along is the project?", "58%", "kv", "percent"),
    Q("How many weeks behind schedule is the project?", "-3 weeks", "kv", "number", ("3 weeks",)),
    Q("When is deck strengthening planned to finish?", "2025-07-18", "table", "date", ("18 July 2025",)),
    Q("What is the status of cable replacement?", "At risk", "table", "text"),
    Q("When is load testing scheduled to start?", "2025-10-06", "table", "date", ("6 October 2025",)),
    Q("Which milestone is M2?", "Temporary supports", "table", "text"),
    Q("When is the planned handover date?", "2025-11-14", "table", "date", ("14 November 2025",)),
    Q("How much did change request CR-014 add?", "USD 240,000", "text", "money", ("240,000", "240000")),
    Q("How many days late were the steel deliveries?", "12 days", "text", "number", ("12",)),
    Q("When is the next steering meeting?", "12 June 2025", "text", "date", ("2025-06-12",)),
    U("What was the actual finish date of load testing?", "date"),
    U("Who is the site safety officer?", "name"),
))

LEAGUE_EN = Doc("league_standings_en.jpg", "en", (PageSpec((
    T("Northern Counties Football League", 30, True, "center", family="serif"),
    T("Premier Division - Table after matchday 30 (13 April 2025)", 20, align="center"),
    S(8),
    Grid((("Pos", "Club", "P", "W", "D", "L", "GF", "GA", "GD", "Pts"),
          ("1", "Ashford Rovers", "30", "21", "5", "4", "68", "27", "+41", "68"),
          ("2", "Kendal Town", "30", "19", "7", "4", "61", "30", "+31", "64"),
          ("3", "Walsden United", "30", "18", "6", "6", "55", "33", "+22", "60"),
          ("4", "Penrith Athletic", "30", "16", "8", "6", "49", "31", "+18", "56"),
          ("5", "Morecambe Harriers", "30", "14", "9", "7", "47", "38", "+9", "51"),
          ("6", "Silverdale", "30", "13", "8", "9", "44", "40", "+4", "47"),
          ("7", "Ulverston Celtic", "30", "11", "9", "10", "39", "41", "-2", "42"),
          ("8", "Garstang Wanderers", "30", "9", "8", "13", "36", "46", "-10", "35"),
          ("9", "Clitheroe Albion", "30", "7", "7", "16", "30", "52", "-22", "28"),
          ("10", "Settle Borough", "30", "4", "5", "21", "22", "73", "-51", "17")),
         (0.07, 0.33, 0.06, 0.06, 0.06, 0.06, 0.08, 0.08, 0.10, 0.10), style="zebra", size=19, row_h=40,
         align="rlrrrrrrrr"),
    T("P played, W won, D drawn, L lost, GF goals for, GA goals against, GD goal difference.", 17),
    S(6),
    T("Top scorers", 24, True),
    KVGrid((("Declan Forster (Ashford Rovers)", "24 goals"), ("Ramon Okafor (Kendal Town)", "19 goals"),
            ("Peter Lindgren (Walsden United)", "17 goals"), ("Tom Hadley (Penrith Athletic)", "15 goals")),
           cols=1, size=19),
    T("Next fixtures: Kendal Town v Ashford Rovers, Saturday 19 April 2025, 15:00", 19),
    T("The bottom two clubs are relegated; the champion is promoted to the National League North.", 17),
), slice="clean"),), (
    Q("Who is top of the league?", "Ashford Rovers", "table", "name", ev="68"),
    Q("How many points does Walsden United have?", "60", "table", "number", ev="Walsden"),
    Q("How many games has Penrith Athletic lost?", "6", "table", "number", ev="Penrith"),
    Q("What is Settle Borough's goal difference?", "-51", "table", "number"),
    Q("How many goals has Kendal Town scored?", "61", "table", "number", ev="Kendal"),
    Q("How many matches did Morecambe Harriers draw?", "9", "table", "number", ev="Morecambe"),
    Q("Which club is in 8th place?", "Garstang Wanderers", "table", "name"),
    Q("How many goals has Declan Forster scored?", "24 goals", "kv", "number", ("24",)),
    Q("Which club does Peter Lindgren play for?", "Walsden United", "kv", "name", ev="Lindgren"),
    Q("When do Kendal Town play Ashford Rovers next?", "19 April 2025", "text", "date",
      ("2025-04-19", "Saturday 19 April 2025")),
    Q("How many clubs go down at the end of the season?", "two", "text", "number", ("2", "bottom two")),
    U("How many yellow cards has Silverdale received?", "number"),
    U("What is the capacity of Kendal Town's stadium?", "number"),
))

DOCUMENTS: tuple[Doc, ...] = (
    MENU_ZH, TAX_ZH, MINUTES_ZH, WEATHER_ZH, EXCHANGE_ZH, TROUBLE_ZH, JOB_ZH, LICENCE_ZH, DIRECTORY_ZH, RENOVATION_ZH,
    FLIGHT_EN, WARRANTY_EN, OFFER_EN, FREIGHT_EN, RECIPE_EN, PAPER_EN, CAR_EN, INSURANCE_EN, STATUS_EN, LEAGUE_EN,
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
            r = render_spec(spec)
            cap = capture(r, spec.slice, page_rng(doc.name, pno, seed))
            lines, tables = transform_truth(r, cap.hmat)
            pages.append({"source": doc.name, "page": pno, "width": cap.image.width, "height": cap.image.height,
                          "lang": doc.lang, "angle": cap.angle, "slice": spec.slice, "capture": cap.params,
                          "lines": lines, "tables": tables})
            rendered.append(r)
            images.append(cap.image)
        if suffix == ".pdf" and slices == {"pdf-text"}:
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
    page = pages[q.page - 1]
    rec = {"id": f"{Path(doc.name).stem}-{i:02d}", "question": q.question, "answer": q.answer,
           "source": doc.name, "page": q.page, "answerable": bool(q.answer), "kind": q.kind,
           "lang": _lang(q.question), "aliases": list(q.aliases), "evidence_bbox": None, "evidence_text": None,
           "qtype": q.qtype, "slice": page["slice"]}
    if not q.answer:
        if q.qtype != "unanswerable":
            raise ValueError(f"{doc.name}: {q.question!r} has no answer but qtype {q.qtype}")
        return rec
    lines = [ln for ln in page["lines"] if not q.ev or q.ev in ln["text"]] if q.ev else page["lines"]
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


def write(out_dir: Path, documents: Iterable[Doc] = DOCUMENTS) -> tuple[dict[str, bytes], list[dict], list[dict]]:
    """Build the set and write it under ``out_dir`` (only files whose bytes change)."""
    files, truth, qa = build(documents)
    payloads = {f"pages/{name}": data for name, data in files.items()}
    payloads["truth.json"] = (json.dumps({"version": VERSION, "seed": SEED, "pdf_dpi": 100, "pages": truth},
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
