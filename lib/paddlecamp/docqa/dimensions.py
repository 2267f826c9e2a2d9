"""What kind of quantity a question asks for, when it names no unit: "多长时间内要开走" asks for a
duration (15分钟, not the exit time 13:07:48), "How much current does it draw?" for a current
(45 µA, not 1.8 V), "每个样点实割多少面积" for an area (3平方米). The answerer drops quantities of
another dimension and favours those of the asked one (``answer._other_unit``, ``answer._specific``).

Units are ``recognizers``' canonical names; a unit in no dimension here is a counter (人, pcs,
次), which answers no question for a measure.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Canonical units (as ``recognizers`` names them) by physical dimension.
DIMENSION_UNITS: dict[str, tuple[str, ...]] = {
    "duration": ("ms", "s", "min", "h", "day", "working day", "week", "month", "year", "night"),
    "length": ("nm", "μm", "mm", "cm", "m", "km", "in", "ft", "mi"),
    "area": ("m²", "km²", "ft²", "亩", "ha"),
    "volume": ("ml", "L", "gal", "m³", "tsp", "tbsp", "cup"),
    "weight": ("mg", "g", "kg", "t", "lb", "oz", "斤"),
    "temperature": ("°C", "°F"),
    "speed": ("km/h", "mph", "m/s"),
    "data": ("B", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB"),
    "bandwidth": ("bps", "Kbps", "Mbps", "Gbps", "MB/s"),
    "frequency": ("Hz", "kHz", "MHz", "GHz"),
    "power": ("W", "kW", "MW"),
    "energy": ("kWh", "Wh", "kcal", "cal"),
    "charge": ("mAh",),
    "voltage": ("V", "kV"),
    "current": ("μA", "mA", "A"),
    "pressure": ("mmHg", "Pa", "kPa", "MPa"),
    "age": ("岁",),
}
_UNIT_DIMENSION = {u: d for d, units in DIMENSION_UNITS.items() for u in units}

#: The words that ask for a quantity of each dimension, in Chinese and English. "How long" and
#: "多长" ask for a duration or a length; "容量" and "capacity" for a volume, a battery's charge
#: or energy, or storage.
_ASKS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("duration",), r"多久|多长时间|多少时间|多少个?(?:小时|钟头|分钟|秒钟?|工作日|星期|礼拜|月|周|年|天)|"
                    r"几个(?:小时|钟头|月|星期|礼拜|工作日)|几(?:小时|分钟|秒钟?|周|天|年)|时长|期限|"
                    r"\bfor how long\b|\bduration\b|"
                    r"\bhow many (?:days|hours|minutes|seconds|weeks|months|years|nights)\b|\bhow soon\b"),
    (("duration", "length"), r"多长(?!时间)|\bhow long\b"),
    (("length",), r"多远|多高|多宽|多深|多厚|距离|长度|高度|宽度|深度|厚度|直径|身高|\bhow (?:far|tall|high|wide|deep|thick)\b|"
                  r"\b(?:length|height|width|distance|depth|thickness|diameter)\b"),
    (("area",), r"面积|占地|\b(?:floor|surface|total|living|land|site|plot|usable|gross|net) area\b|"
                r"\bhow (?:big|large) an area\b|\bsquare (?:metres|meters|feet)\b"),
    (("volume",), r"容积|体积|排量|\bvolume\b|\bdisplacement\b"),
    (("weight",), r"多重|重量|净重|毛重|体重|\bhow heavy\b|\bweight\b|\bweighs?\b"),
    (("temperature",), r"温度|多少度(?!电)|气温|体温|水温|\bhow (?:hot|cold|warm)\b|\btemperature\b"),
    (("speed", "bandwidth"), r"时速|车速|速度|多快|\bhow fast\b|\bspeed\b"),
    (("bandwidth",), r"带宽|网速|\bbandwidth\b"),
    (("data",), r"内存|存储|硬盘|流量|\bstorage\b|\bmemory\b|\bdisk space\b|"
                r"\bhow much (?:\w+ )?data\b|\bdata (?:allowance|cap|limit|usage)\b"),
    (("frequency",), r"频率|主频|\bfrequency\b|\bclock speed\b"),
    (("power",), r"功率|\bwattage\b|\bhow many watts\b|\bpower (?:rating|consumption|draw|output|input)\b|"
                 r"\bhow much power\b"),
    (("energy",), r"耗电|能耗|用电量|\benergy (?:consumption|use|usage)\b|\bhow much energy\b"),
    (("voltage",), r"电压|\bvoltage\b|\bhow many volts\b"),
    (("current",), r"电流|\bhow much current\b|\bcurrent (?:draw|consumption|rating)\b|"
                   r"\b(?:supply|shutdown|standby|quiescent|operating|input|output|charging|leakage) current\b"),
    (("pressure",), r"压力|气压|血压|胎压|\bpressure\b"),
    (("volume", "charge", "energy", "data"), r"容量|\bcapacity\b"),
    (("age",), r"几岁|多少岁|多大年纪|年龄|年纪|\bhow old\b|\bage[ds]?\b"),
)
_ASK_RES = tuple((dims, re.compile(pattern, re.I)) for dims, pattern in _ASKS)


def unit_dimension(unit: str | None) -> str | None:
    """The dimension of a canonical unit ("min" -> duration, "mA" -> current); ``"count"`` for a
    unit that counts things (人, pcs, 次); None without a unit."""
    if not unit:
        return None
    return _UNIT_DIMENSION.get(unit, "count")


@lru_cache(maxsize=8192)
def asked_dimensions(question: str) -> frozenset[str]:
    """The dimensions a question (or a label: "Supply voltage", "重量") asks a quantity in, from
    its words (empty when it names none: "多少钱", "how many"). A question that counts things
    ("how many days") asks a duration."""
    return frozenset(d for dims, pattern in _ASK_RES if pattern.search(question) for d in dims)


def fits(unit: str | None, question: str) -> bool | None:
    """Whether a quantity in ``unit`` has a dimension the question asks for: True (15分钟 for
    "多长时间"), False (13 V for "how much current", 3人 for "多长时间"), None when the question
    asks for no dimension or the quantity has no unit."""
    asked = asked_dimensions(question)
    dim = unit_dimension(unit)
    if not asked or dim is None:
        return None
    return dim in asked


@lru_cache(maxsize=64)
def _spellings_re(dims: frozenset[str]) -> re.Pattern[str]:
    from paddlecamp.docqa import recognizers

    words = {w for d in dims for u in DIMENSION_UNITS.get(d, ()) for w in recognizers.unit_spellings(u) or [u]}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alt})(?![A-Za-z])")


def states_dimension(text: str, question: str) -> bool:
    """Whether ``text`` (a column header, a cell) spells a unit of a dimension the question asks
    for ("Area (m²)" for "多大面积", "Current (mA)" for "how much current") or names the dimension
    ("年龄" for "几岁", "面积" for "多大面积"): a bare number under it is in that dimension."""
    asked = asked_dimensions(question)
    if not asked or not text.strip():
        return False
    return bool(_spellings_re(asked).search(text)) or bool(asked & asked_dimensions(text))
