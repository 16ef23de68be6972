"""The number parser: units, multipliers, approximations, Chinese numerals, spans; never raises."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from jixiao.extract.normalise import normalise
from jixiao.extract.numbers import (
    find_quantities,
    format_amount,
    format_percent,
    parse_amount,
    parse_percent,
)
from tests.conftest import D


def only(text: str):  # type: ignore[no-untyped-def]
    found = find_quantities(normalise(text))
    assert len(found) == 1, found
    return found[0]


def test_amount_in_wan_yuan_keeps_span_and_unit() -> None:
    text = "实际支出 230.65 万元，"
    q = only(text)
    assert (q.value, q.unit, q.written_unit, q.approximate) == (D("230.65"), "万元", "万元", False)
    assert text[q.start : q.end] == "230.65 万元"


def test_yuan_and_yi_yuan_are_normalised_to_wan_yuan_with_the_written_unit_kept() -> None:
    assert (only("预算支出158.5元").value, only("预算支出158.5元").written_unit) == (D("0.01585"), "元")
    assert only("总额1.2亿元").value == D("12000")
    assert only("合计1,234,500元").value == D("123.45")


def test_space_inside_number_and_full_width_digits() -> None:
    assert only("预算执行率为 100. 00%").value == D("100.00")
    assert only("执行率为１００．００％").value == D("100.00")
    q = only("执行率为１００．００％")
    assert q.unit == "%"


def test_approximate_counts_keep_their_lower_bound() -> None:
    q = only("已发布信息 350 余条")
    assert (q.value, q.unit, q.approximate, q.qualifier) == (D(350), "条", True, "余")
    q = only("完成任务3万余条")
    assert (q.value, q.unit, q.approximate) == (D(30000), "条", True)
    q = only("参与人次超2万")
    assert (q.value, q.unit, q.approximate, q.qualifier) == (D(20000), None, True, "超")
    q = only("累计阅读量 2600 余万人次")
    assert (q.value, q.unit, q.approximate) == (D(26000000), "人次", True)
    q = only("总阅读量1.3亿余次")
    assert (q.value, q.unit, q.approximate) == (D(130000000), "次", True)


def test_exact_counts_are_not_approximate() -> None:
    q = only("全年监测负面舆情 34186 条")
    assert (q.value, q.unit, q.approximate) == (D(34186), "条", False)


def test_chinese_numerals_before_a_measure_word() -> None:
    assert only("召开两次全县网络安全工作协调会").value == D(2)
    assert only("新增图片和音视频两套监测系统").unit == "套"
    assert find_quantities("三门峡市第七次会议，一是做好") == []


def test_percent_written_in_words() -> None:
    assert only("满意度达到百分之九十五").value == D(95)


def test_ocr_slips_inside_a_percentage_are_mended() -> None:
    assert only("执行率IO0%").value == D(100)
    assert only("完成率 1O0 %").value == D(100)
    assert normalise("APP 100%") == "APP 100%"


def test_ocr_slips_inside_a_tables_figure_cell_are_mended() -> None:
    # hand-written scanned rows: a cell of its own with decimals or thousands, letters for digits
    row = "年度资金总额    86O.OO    l,l20.OO    l,O86.4O    10    97.OO%    9.7"
    assert normalise(row) == "年度资金总额    860.00    1,120.00    1,086.40    10    97.00%    9.7"
    assert normalise("l250.00\n1250.O0\n4,lO2.75 |") == "1250.00\n1250.00\n4,102.75 |"
    # no word, no lone letter, no figure without decimals or thousands
    assert normalise("IOI OK l.5 5OO Model 3.0") == "IOI OK l.5 5OO Model 3.0"


def test_the_last_piece_of_a_figure_spread_out_character_by_character_is_no_amount() -> None:
    # hand-written PDF text layer: "8 5 6 . 3 4万元" is no amount of 4万元; a figure set apart once stays
    assert [q for q in find_quantities(normalise("年初预算8 5 6 . 3 4万元")) if q.is_money] == []
    assert only("全年预算 120万元").value == D(120)


def test_parse_helpers_return_none_when_nothing_is_stated() -> None:
    assert parse_amount("没有金额") is None
    assert parse_percent("执行率未说明") is None
    assert parse_amount("项目2个，金额83万元") == D(83)


@given(st.text())
def test_no_exception_escapes_on_arbitrary_text(text: str) -> None:
    for quantity in find_quantities(normalise(text)):
        assert 0 <= quantity.start < quantity.end <= len(text)
    parse_amount(text)
    parse_percent(text)


@given(st.text(alphabet="0123456789.%万元亿余多超约近两三十百千条次个 ，。\n（）IlO:", max_size=40))
def test_no_exception_on_number_like_text(text: str) -> None:
    find_quantities(normalise(text))
    parse_amount(text)


amounts = st.decimals(
    min_value=0, max_value=Decimal("999999999"), places=4, allow_nan=False, allow_infinity=False
)


@given(amounts, st.sampled_from(["万元", "元", "亿元"]))
def test_amount_round_trip(value: Decimal, unit: str) -> None:
    assert parse_amount(format_amount(value, unit)) == value


@given(st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False))
def test_percent_round_trip(value: Decimal) -> None:
    assert parse_percent(format_percent(value)) == value
    assert parse_percent(f"预算执行率为{format_percent(value)}。") == value


def test_one_off_is_no_count() -> None:
    # "一次性种粮补贴": 一次性 means one-off; "开展培训一次" counts once
    assert [q.value for q in find_quantities("一次性种粮补贴1,236.58万元")] == [Decimal("1236.58")]
    assert Decimal(1) in [q.value for q in find_quantities("全年开展培训一次")]


def test_money_in_chinese_numerals_is_read_whole() -> None:
    # hand-written: an office writing its amounts out in words
    found = find_quantities("年初预算安排三百二十万元，年中追加预算九十六万元，全年预算总额为一千二百万元")
    assert [(q.value, q.unit) for q in found] == [(D(320), "万元"), (D(96), "万元"), (D(1200), "万元")]
    assert [q.value for q in find_quantities("安排一百零五万元")] == [D(105)]


def test_a_numeral_without_a_whole_amount_is_no_money() -> None:
    # "数十万元", "上百万元" name no amount; "一亿二千万元" would need its 亿 and 万 together: none is read
    for text in (
        "投入数十万元",
        "上百万元的项目",
        "总投资一亿二千万元",
        "每万元国内生产总值",
        "城乡二元结构",
    ):
        assert [q for q in find_quantities(text) if q.is_money] == [], text


def test_an_approximate_numeral_is_marked_so() -> None:
    (spent,) = find_quantities("全年实际支出近四百万元")
    assert (spent.value, spent.approximate) == (D(400), True)


def test_the_points_label_after_a_figure_is_no_unit() -> None:
    # a form's pairs joined into one line: "全年执行数: 163.24" then "分值: 10"
    (spent, points) = find_quantities("全年执行数: 163.24分值: 10")
    assert (spent.value, spent.unit, points.value) == (D("163.24"), None, D(10))


def test_an_ocr_box_read_as_a_character_leaves_the_figure_unread() -> None:
    # "5,8口6.00万元": one digit the scan could not read; neither piece is the amount
    assert [q.value for q in find_quantities("年初预算安排低保资金5,8口6.00万元") if q.is_money] == []
    assert [q.value for q in find_quantities("全县户籍人口6.2万人")] == [D(62000)]  # 人口 before a figure


def test_small_counts_as_written() -> None:
    from jixiao.extract.numbers import small_count

    assert [small_count(w) for w in ("6", "六", "两", "十", "十二", "二十", "二十三", "项")] == [
        6, 6, 2, 10, 12, 20, 23, None,
    ]  # fmt: skip
