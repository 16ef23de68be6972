"""Numbers as reports write them: units, 万/亿 multipliers, "余" and "超" approximations, Chinese numerals.

Every quantity keeps its span and the unit as written, so a reviewer (or the auditor) can see that
"158.5元" was written in 元 inside a report that otherwise speaks 万元. Money is normalised to 万元
exactly (Decimal.scaleb), never through float.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from jixiao.extract.normalise import normalise

MONEY_UNITS = {"元": -4, "千元": -1, "万元": 0, "亿元": 4}
COUNT_UNITS = (
    "人次", "场次", "余次", "户次", "篇次", "条次",
    "个", "次", "条", "篇", "件", "期", "场", "名", "人", "家", "起", "份", "套", "部", "项",
    "台", "所", "户", "批", "轮", "张", "幅", "首", "款", "本", "册", "处", "座", "种", "类",
    "支", "组", "天", "小时", "分钟", "GB", "TB", "MB", "条信息", "万",
    "公里", "千米", "平方公里", "平方米", "立方米", "米", "亩", "公顷", "吨", "千克", "辆", "艘", "头", "株", "棵",
    "间", "栋", "所次", "人天",
)  # fmt: skip
_MULTIPLIERS = {"千": 3, "万": 4, "亿": 8}
_PRE_APPROX = ("超过", "超", "逾", "突破", "近", "约", "大约", "将近", "刚过")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_CN_UNITS = ("次", "套", "名", "场", "期", "篇", "家", "起", "份", "人次", "个百分点")

_UNIT_ALTERNATIVES = "|".join(
    re.escape(unit)
    for unit in sorted(
        {"%", "个百分点", "百分点", "分", *MONEY_UNITS} | {u for u in COUNT_UNITS if u != "万"},
        key=len,
        reverse=True,
    )
)
_PRE = "|".join(sorted(_PRE_APPROX, key=len, reverse=True))
_FIRST = rf"[{''.join(sorted({word[0] for word in _PRE_APPROX}))}\d{_CN_DIGITS}]"
# The leading look-ahead names every character a quantity can start with: the engine then tests one
# character per position instead of the whole pattern (about twice as fast over a report).
QUANTITY = re.compile(
    rf"(?={_FIRST})"
    rf"(?P<pre>{_PRE})?"
    r"(?:(?P<num>(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.])\d+(?:\.\s?\d+)?(?!\d))"
    # ("一次性种粮补贴": 一次性 is one-off, no count)
    rf"|(?<![第周一二三四五六七八九十])(?P<cn>[{_CN_DIGITS}]{{1,6}})(?=余?(?:{'|'.join(_CN_UNITS)})(?!性))"
    # (or money in 万元 or 亿元, its numeral whole: "年初预算安排三百二十万元"; not "数十万元", "上百万元", "一亿二千万元",
    # the decimals after 点, "十九点六万元", nor a range, "一两万元", "八九万元", "一至二万元")
    r"|(?<![第周数几上成零〇一二两三四五六七八九十百千万亿点至到、~～—-])"
    r"(?P<cn_money>(?![一二两三四五六七八九]{2})[一二两三四五六七八九十]"
    r"(?:[零〇十百千]|[一二两三四五六七八九](?![一二两三四五六七八九])){0,6})(?=[万亿]元))"
    r"(?:\s?(?P<approx_before>余|多)(?=\s?[千万亿]))?"
    r"(?:\s?(?P<mult>[千万亿])(?!元))?"
    r"(?:\s?(?P<approx>余|多))?"
    # (分 is no unit where it opens the next cell's word: "全年执行数：1,536.00　分值：10", "全年执行数: 163.24" / "分值: 10"
    # joined; nor is a unit in the next cell of a tab-separated row: "预算执行率	10	%	=	100": the points, then the
    # target's unit)
    rf"(?:(?!\s?分值)[^\S\t]?(?P<unit>{_UNIT_ALTERNATIVES}))?"
    r"(?P<post>以上|左右)?"
)
_SPACE_GROUPED = re.compile(r"\d{3}(?:\.\d+)?$")
_LETTER_BEFORE = re.compile(r"\d[A-Za-z]")  # a letter inside a run of digits ("I3B0"), not "RMB100"
_LOST_DIGITS_BEFORE = re.compile("\\d\ufffd")  # a digit, then a character the conversion could not decode
_UNREADABLE = "□■"  # what a scan prints for a character it could not read
_BOX_BETWEEN_DIGITS = re.compile(r"[\d,]口(?=\d)")  # ... or an OCR's 口 for it, between digits
# (a scan's letters for digits too: "l 865.2O万元", "3O 852.67万元")
_GROUP_BEFORE = re.compile(r"(?<![\d.,A-Za-z])[\dlIO]{1,3} $")
_GROUP_REACH = 5  # a group, its space and a line break its $ may stand before: searched from no further back
_SPACED_OUT_BEFORE = re.compile(r"(?<![\d.,])(?:[\d.][ \u3000]){2,}$")
_SPACED_REACH = 16
_PERCENT_WORDS = re.compile(r"百分之(?P<cn>[零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)")


class Quantity(NamedTuple):
    """One number found in text. ``value`` is in ``unit`` (万元 for money); ``written`` is as printed.

    A named tuple, not a frozen dataclass: a report holds some 150 of them and a frozen dataclass takes
    four times as long to build."""

    value: Decimal
    unit: str | None
    written: Decimal
    written_unit: str | None
    approximate: bool
    qualifier: str | None
    start: int
    end: int
    text: str

    @property
    def is_money(self) -> bool:
        return self.unit == "万元"

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def half_place(self) -> Decimal:
        """Half the last place the quantity is written with, in the unit of its value ("3258909.77元": 0.005元, in
        万元): how far the figure before rounding may stand from it."""
        exponent = self.written.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        half = Decimal(5).scaleb(-places - 1)
        return half * self.value / self.written if self.written else half


def to_decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(digits.replace(",", "").replace(" ", ""))
    except InvalidOperation:
        return None


def small_count(written: str) -> int | None:
    """A small count or number as written ("6", "六", "十二", "二十"), without cn2an's import; None for what is not one."""
    if written.isdigit():
        return int(written)
    tens, ten, ones = written.partition("十")
    if not ten:
        return _SMALL_DIGITS.get(written)
    high = _SMALL_DIGITS.get(tens, 0) if tens else 1
    return high * 10 + (_SMALL_DIGITS.get(ones, 0) if ones else 0)


_SMALL_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def cn_value(text: str) -> Decimal | None:
    try:
        import cn2an  # a fifth of a second to import, and only Chinese numerals need it

        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def plain(value: Decimal) -> Decimal:
    """The same number without an exponent (6E+4 becomes 60000), so it prints as reports print it."""
    return Decimal(f"{value:f}")


def _build(match: re.Match[str], text: str, offset: int) -> Quantity | None:
    pre, raw, cn, cn_money, approx_before, mult, approx, unit, post = match.groups()
    number = to_decimal(raw) if raw is not None else cn_value(cn or cn_money)
    if number is None:
        return None
    written_unit = unit
    value = number
    if mult:
        value = plain(number.scaleb(_MULTIPLIERS[mult]))
        written_unit = f"{mult}{unit}" if unit else mult
    if written_unit in MONEY_UNITS:
        value = plain(number.scaleb(MONEY_UNITS[written_unit]))
        unit = "万元"
    elif unit in ("个百分点", "百分点"):
        unit = "百分点"
    qualifier = pre or approx_before or approx or post
    start, end = match.span()
    return Quantity(
        value, unit, number, written_unit, qualifier is not None, qualifier, start + offset, end + offset,
        text[start:end],
    )  # fmt: skip


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in ``text`` (already normalised); spans are shifted by ``offset``."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        if (
            match.group("unit") in MONEY_UNITS  # (the cheap test first)
            and _SPACE_GROUPED.match(match.group("num") or "")
            and _GROUP_BEFORE.search(text, max(0, match.start() - _GROUP_REACH), match.start())
        ):
            # "年初预算1 286.35万元": thousands set apart by a space, or a figure and the amount after it? either
            # reading may be wrong, so neither figure is read
            if found and found[-1].end - offset == match.start() - 1:
                found.pop()
            continue
        if text[match.start() - 1 : match.start()] in (" ", "\u3000") and _SPACED_OUT_BEFORE.search(
            text, max(0, match.start() - _SPACED_REACH), match.start()
        ):
            # "年初预算8 5 6 . 3 4万": the last piece of a figure a PDF spread out character by character
            continue
        if (
            match.group("num")
            and _LETTER_BEFORE.match(text, max(0, match.start() - 2), match.start())
            and (match.group("unit") in MONEY_UNITS or match.group("unit") == "%")
        ):
            # "全年预算数I3B0万元": the end of a figure a scan broke with letters, unreadable; never "0万元"
            continue
        if match.group("num") and _LOST_DIGITS_BEFORE.match(
            text, max(0, match.start("num") - 2), match.start("num")
        ):
            # "执行数7\ufffd2316.08万元": the end of a figure whose digits the conversion lost (a character it lost
            # after words, "支出\ufffd14.2万元", leaves the figure whole)
            continue
        if match.group("num") and match.start("num") > 0 and text[match.start("num") - 1] in _UNREADABLE:
            continue  # "共计下达□584.02万元", "3□6.4万元": a scan's box for a character it could not read, a digit maybe
        if match.group("num") and _BOX_BETWEEN_DIGITS.match(text, max(0, match.start("num") - 2)):
            continue  # "5,8口6.00万元": the box read as 口 between a figure's digits
        quantity = _build(match, text, offset)
        if quantity is not None:
            found.append(quantity)
    if "百分之" in text:
        for match in _PERCENT_WORDS.finditer(text):
            word = match.group("cn")
            value = to_decimal(word) if word[0].isdigit() else cn_value(word)
            if value is not None:
                start, end = match.span()
                found.append(
                    Quantity(value, "%", value, "%", False, None, start + offset, end + offset, match.group())
                )
        found.sort(key=lambda q: q.start)
    return found


def parse_amount(text: str) -> Decimal | None:
    """The first money amount in ``text``, in 万元; None when there is none. Never raises."""
    for quantity in find_quantities(normalise(text)):
        if quantity.is_money:
            return quantity.value
    return None


def parse_percent(text: str) -> Decimal | None:
    """The first percentage in ``text`` as a number of percent; None when there is none. Never raises."""
    for quantity in find_quantities(normalise(text)):
        if quantity.is_percent:
            return quantity.value
    return None


def format_amount(value: Decimal, unit: str = "万元") -> str:
    """An amount in 万元 written in ``unit`` as reports print it (the inverse of parse_amount)."""
    written = plain(value.scaleb(-MONEY_UNITS[unit]))
    return f"{written:f}{unit}"


def format_percent(value: Decimal) -> str:
    return f"{value:f}%"
