"""Consistency: the report contradicting itself, or contradicting the scheme it is judged by."""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal

from jixiao.audit.breakdowns import ITEM_NUMBER, MARKERS, label_before, money_facts, of_a_named_project
from jixiao.audit.context import Context, per_report
from jixiao.audit.pairs import satisfaction_pairs, target_pairs
from jixiao.audit.registry import Hit, rule
from jixiao.decimals import fmt
from jixiao.extract.budget import rate_agrees, without_years_carried_into, without_years_compared
from jixiao.extract.context import clause_start, in_brackets, sentence_end, sentence_start
from jixiao.extract.headline import FORM as FORM_STRENGTH
from jixiao.extract.identity import NOT_A_SPANS_END, NOT_A_SPANS_START
from jixiao.extract.model import Fact
from jixiao.extract.named_project import NAMED_PROJECT, item_project, projects_counted
from jixiao.ingest.document import Line
from jixiao.layout.cells import has_cell_gap
from jixiao.layout.headings import BRACKETED_TITLE, HEADING_NUMBER, is_heading
from jixiao.layout.title import without_citations
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.model.scheme import Grade, Scheme

_CLAIMS = load_vocabulary("claims")
# a score out of another total than 100 ("满分50分", "折合百分制"): no grade band of a 100-point scheme applies
_FULL_MARKS = re.compile(r"满分\s*(?!100)(\d{2,3})\s*分")
_PERCENT_SCALED = re.compile(r"折合百分制|折算(?:为|成)?百分制")
_BAND_STATED = re.compile("|".join(f"(?:{p})" for p in load_vocabulary("labels")["grade_band_stated"]))
_OWN_YEAR_STATEMENT = re.compile(_CLAIMS["own_year_statement"])
_CUT_OFF_DATE = re.compile(r"(?:截至|截止|至)\s*$")
# a date, then at once (within its clause) an act taking up a document whose number carries its year
_DATED_DOCUMENT = re.compile(
    r"(?P<year>20\d\d)\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?\s*[,，]?[^。；;，,《]{0,16}?"
    rf"(?:{_CLAIMS['takes_up_document']})\s*(?:了)?\s*《[^《》]{{2,120}}》\s*[(（]?\s*(?P<issuer>[\u4e00-\u9fff]{{0,12}})\s*"
    r"[〔\[【(（]\s*(?P<document>20\d\d)\s*[〕\]】)）]\s*\d+\s*号"
)

# fields whose repeated statements must agree (per subject where there is one)
_SINGLE_VALUED = re.compile(
    r"^(budget\.|income\.|expenditure\.|assets\.|score$|grade$|satisfaction$|project\.(budget|executed|score|grade)$)"
)
# an amount in 元 under one of these labels is a budget aggregate, which no unit keeps below 1 万元
_AGGREGATE = re.compile(r"预算|支出|收入|资金|拨款|执行数|决算|经费|结转|结余|总额|合计|补贴|补助")
# per-head or per-item figures are naturally written in 元 ("人均补助300元", "500元/人"), and so are a fee's, the
# interest's or a balance's few yuan ("公务接待费支出3500元", "利息收入356.20元", "结余资金200元")
_AMOUNTS = load_vocabulary("amounts")
_GRADE_WORD_ENDING = re.compile(r"(?<=[优良中])(?:秀|好|等)$")
_PER_UNIT = re.compile(
    _AMOUNTS["per_unit"] + "|/|÷"
)  # "(商品和服务支出÷建筑面积)172.48元": a ratio, per unit
# ... or before the standard it is, alone or listed with its siblings ("按小学720元、初中940元标准拨付")
_PER_UNIT_AFTER = re.compile(
    r"(?:\s*[、和及与]\s*[\u4e00-\u9fff]{1,8}?\s*\d[\d,]*(?:\.\d+)?\s*元)*\s*(?:/|每|的?(?:标准|定额))"
)  # ("按小学650元、初中850元/生·年标准": the last sibling's "/" too)
_SMALL_ITEM = re.compile(_AMOUNTS["small_item"])
_PER_HUNDRED = re.compile(r"(?:每)?百元")
_HEADLINE_AGGREGATE = re.compile(r"预算|支出|收入|合计|总额")
_PAID_OUT = re.compile(r"支付|拨付|兑付|发放")
_A_BOUND_AFTER = re.compile(r"\s*(?:以内|以下|以上|左右)")
# money paid per head or per month, or to one recipient ("为救助对象李某某发放…850元")
_A_STANDARD_PAID = re.compile(
    r"按(?:月|季|年|人|户|标准)|每(?:月|季|年|人|户|名|位)|一次性|标准|为[^，,。；;]{0,12}(?:户|人|对象|家庭|学生|老人|患者)"
)


def _values_differ(a: Fact, b: Fact) -> bool:
    if a.approximate or b.approximate:
        return False
    if a.field == b.field == "grade" and isinstance(a.value, str) and isinstance(b.value, str):
        return _GRADE_WORD_ENDING.sub("", a.value) != _GRADE_WORD_ENDING.sub("", b.value)  # 优 and 优秀 agree
    return a.value != b.value


@rule(
    "JX201",
    "conflicting-values",
    "error",
    "{what}前后不一致：第{line_a}行写{value_a}，第{line_b}行写{value_b}",
    summary="同一个数（预算、收入、支出、资产、得分、项目金额等）在报告中出现两次以上而数值不同；预算、收入或支出数"
    "以及文中点名的某笔资金（燃油税返还资金76.28万元与67.28万元）"
    "两处只差相邻两位数字颠倒（463.92 与 436.92）的，不论措辞，也按同一个数写错（两数之差正是文中另一笔金额的除外）；"
    "预算数、实际支出与执行率相符时，别处以同类措辞写的金额与之只差相邻两位数字颠倒（48.9 与 49.8）的，同样按写错报出；"
    "任意两处六位有效数字以上、单位相同、只差相邻两位颠倒的金额（68542.37 与 68452.37），也按同一个数写错；正文一句话写明"
    "自评表资金栏的一个数与表相同、另一个数与表不同的（年初预算16万元、调整后18.5万元，表中为15与18.5），按前后不一致报出。",
    why="审核人无法判断哪个数是真的；前后矛盾往往是套用往年模板或改数时漏改。",
    fires="2025年度年初预算收入158.5万元。……2025年度年初预算收入154.74万元。",
    passes="2025年度年初预算收入158.5万元。……2025年度年初预算收入158.5万元。",
)
def conflicting_values(context: Context) -> Iterator[Hit]:
    found = list(_same_words_differ(context))
    yield from found
    told = {(hit.lines, hit.fields["value_a"], hit.fields["value_b"]) for hit in found}
    for hit in (
        *_anchored_pairs_differ(context),
        *_form_against_the_text(context),
        *_transposed_digits(context),
        *_transposed_amounts(context),
        *_transposed_from_the_headline(context),
    ):
        if (hit.lines, hit.fields["value_a"], hit.fields["value_b"]) not in told:
            told.add((hit.lines, hit.fields["value_a"], hit.fields["value_b"]))
            yield hit


def _transposed_digits(context: Context) -> Iterator[Hit]:
    """A budget, income or spending figure stated twice, once with two neighbouring digits swapped ("全年执行数
    463.92万元" and "436.92万元", "年初预算1,286.40万元" and "1,268.40万元"): the same figure mistyped, whatever
    the words around each. Figures of four digits at least, so that two different small ones do not pass for it."""
    by_field: dict[tuple[str, str | None], list[tuple[Fact, Decimal]]] = {}
    stated = {f.value for f in context.report.facts if f.unit == "万元" and isinstance(f.value, Decimal)}
    # (and money the text names, however the reader took it: "其中:燃油税返还资金76.28万元" and "其中燃油税返还资金67.28
    # 万元")
    # (not a level's money, "中央资金", which each project listed names again with its own figure)
    named = [
        f
        for f in context.facts("amount")
        if f.subject and f.unit == "万元" and not _A_LEVELS_MONEY.fullmatch(f.subject)
    ]
    for fact in (*context.facts_matching(_TRANSPOSABLE), *named):
        if isinstance(fact.value, Decimal) and not fact.approximate:
            by_field.setdefault((fact.field, fact.subject), []).append((fact, fact.value))
    for facts in by_field.values():
        for index, (first, a) in enumerate(facts):
            for later, b in facts[index + 1 :]:
                if (
                    first.line != later.line  # (figures of one line are a listing's or a row's: two things)
                    and _swapped(_written(first), _written(later))
                    # (not when the text states what sets them apart: "共安排2048460万元…省本级留用3600万元…分配到
                    # 市州的资金合计2044860万元")
                    and abs(a - b) not in stated
                    and not context.in_other_parts(first, later)
                    and not _items_of_a_list(context, first, later)
                    # (nor two measures that look alike: a budget's part and the spending's, "支出预算190.60万元,其中:
                    # 基本支出152.00万元" / "支出合计186.42万元,其中:基本支出150.20万元")
                    and _a_budgets_part(context, first) == _a_budgets_part(context, later)
                ):
                    what = first.subject or _FIELD_LABELS.get(first.field, first.field.partition(".")[2])
                    yield _conflict(context, what, first, later)


_LIKE_ITEMS = 3  # items of a list naming the money so: a list, not two paragraphs of the outline


def _items_of_a_list(context: Context, first: Fact, later: Fact) -> bool:
    """Whether two figures stand in two items of one numbered list, each line an item of its own ("（3）上沙沃学区：…实发
    34.20万元" / "（8）漫水滩学区：…实发43.20万元"): each item's own figure, however alike. Only for money the text names
    so: the report's own budget or spending stated in two numbered paragraphs of its outline is one figure."""
    if not (first.subject and later.subject):
        return False
    a = ITEM_NUMBER.match(context.line_text(first.line))
    b = ITEM_NUMBER.match(context.line_text(later.line))
    if a is None or b is None or (a.group(1) or a.group(2)) == (b.group(1) or b.group(2)):
        return False
    # (a list of like items, three at least naming the money so: not two paragraphs of the outline, "（1）资金到位情况：…
    # 实发126.45万元" / "（2）资金使用情况：…实发162.45万元")
    listed = sum(1 for line in context.lines if first.subject in line.text and ITEM_NUMBER.match(line.text))
    return listed >= _LIKE_ITEMS


_A_LEVELS_MONEY = re.compile(
    r"(?:其中)?[:：]?(?:中央|省|市|县|区|州|自治区|本级|地方|上级)(?:级)?(?:财政)?(?:补助|配套|专项)?(?:资金|经费)"
)
_TRANSPOSABLE = re.compile(r"^(?:budget\.(?:initial|adjusted|executed)|income\.|expenditure\.)")
_MIN_DIGITS = 4


def _transposed_amounts(context: Context) -> Iterator[Hit]:
    """Any two amounts of six digits or more, on different lines and written in one unit, that differ only by two
    neighbouring digits swapped ("项目概算总投资68542.37万元" and "项目总投资68452.37万元", "共支出11415.27万元" and
    "支出11451.27万元"): whatever the reader took them for, two such figures of one report are one figure mistyped
    (the text stating their difference as a figure of its own excepted)."""
    amounts = [f for f in money_facts(context) if _significant_digits(_written(f)) >= _AMOUNT_DIGITS]
    stated = {f.value for f in context.report.facts if f.unit == "万元" and isinstance(f.value, Decimal)}
    for index, first in enumerate(amounts):
        for later in amounts[index + 1 :]:
            if (
                first.line != later.line
                and (first.original_unit or "万元") == (later.original_unit or "万元")
                and _swapped(_written(first), _written(later), _AMOUNT_DIGITS)
                and abs(_decimal(first) - _decimal(later)) not in stated
                and not context.in_other_parts(first, later)
            ):
                what = first.subject or later.subject or _FIELD_LABELS.get(first.field, "金额")
                yield _conflict(context, what, first, later, as_written=True)


_AMOUNT_DIGITS = 6


def _significant_digits(written: str) -> int:
    """The digits a figure is written with, without the zeros that end it ("1680.00" and "120000": 3 and 2)."""
    return sum(c.isdigit() for c in written.replace(".", "").rstrip("0"))


def _transposed_from_the_headline(context: Context) -> Iterator[Hit]:
    """The report's budget or spending, borne out by the stated rate, stated again elsewhere with two neighbouring
    digits swapped in words that name the same measure ("实际支出603.84万元…执行率94.35%" and "实际使用资金630.84
    万元"; "23.16" in the form and "实际支出23.61万元" in the text), whatever field the reader gave the other one:
    the rate shows which is right. Three digits suffice here ("48.9" / "49.8")."""
    budget = context.report.budget
    if budget.adjusted is None or not rate_agrees(budget.adjusted, budget.executed, budget.execution_rate):
        return
    amounts = money_facts(context)
    for key, what, words in _HEADLINE_MEASURES:
        headline = next(
            (f for f in context.facts(f"budget.{key}") if f.value == getattr(budget, key) and not f.subject),
            None,
        )
        if headline is None:
            continue
        for fact in amounts:
            text = context.lines[fact.line - 1].text
            if (
                # (on one line, in another sentence: a row's or a listing's figures are two things)
                (fact.line != headline.line or sentence_start(text, fact.start) > headline.end)
                # (nor a source's or a part's own figure: "本年财政拨款…执行数3.44万元" beside a whole of 4.34)
                and not fact.field.startswith(_PARTS_FIELDS)
                and not (fact.field.startswith("budget.") and fact.subject)
                and not fact.approximate
                and _swapped(_written(headline), _written(fact), _CONFIRMED_MIN_DIGITS)
                and words.search(label_before(text, fact.start))
                and not context.in_other_parts(headline, fact)
            ):
                yield _conflict(context, what, *sorted((headline, fact), key=lambda f: (f.line, f.start)))


# the report's figures a rate bears out, and the words that name such a figure where it is stated again
_HEADLINE_MEASURES = (
    ("adjusted", "预算数", re.compile(r"预算|下达|安排|到位|批复")),
    ("executed", "实际支出", re.compile(r"支出|使用|执行|拨付|支付|发放")),
)
_CONFIRMED_MIN_DIGITS = 3
_PARTS_FIELDS = ("source.", "part.", "project.", "total.", "whole.")


def _written(fact: Fact) -> str:
    return str(fact.original_value if fact.original_value is not None else fact.value)


def _swapped(a: str, b: str, digits: int = _MIN_DIGITS) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring digits swapped, ``a`` of ``digits`` digits at least; the point
    in its place between them ("48.9" and "49.8")."""
    if len(a) != len(b) or a == b or a.find(".") != b.find(".") or sum(c.isdigit() for c in a) < digits:
        return False
    if a.startswith("0") or b.startswith("0"):
        return False  # "5.0" and "0.5": a tenfold figure, no two digits in turn
    a, b = a.replace(".", ""), b.replace(".", "")
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
        and a[differ[0]].isdigit()
        and a[differ[1]].isdigit()
    )


def _same_words_differ(context: Context) -> Iterator[Hit]:
    seen: dict[tuple[str, str | None, str], Fact] = {}
    several: set[tuple[str, str | None, str]] = set()  # stated for several things in one sentence
    for fact in context.facts_matching(_SINGLE_VALUED):
        if fact.value is None or fact.original_unit == "元":
            continue
        # only statements that say the same thing in the same words: a report names many amounts under
        # one field (batches of a fund, parts by source, section scores), and those may well differ
        label = _stated_as(context, fact)
        if label is None:
            continue
        key = (fact.field, fact.subject, label)
        if key in several:
            continue
        first = seen.setdefault(key, fact)
        if first is not fact and _values_differ(first, fact) and _set_apart(context, first, fact):
            continue  # the same words set apart by their time, judge, survey, project or use: another figure
        if first is not fact and _values_differ(first, fact) and context.in_other_parts(first, fact):
            continue  # a department's form and its project's, one page: each form's own totals
        if first is not fact and _values_differ(first, fact) and _one_sentence(context, first, fact):
            several.add(key)  # "专项资金…执行率61%,财政资金…执行率58%": two things' rates, wherever repeated
            continue
        if first is not fact and _values_differ(first, fact):
            yield _conflict(
                context, fact.subject or _FIELD_LABELS.get(fact.field, fact.field.split(".")[-1]), first, fact
            )


def _anchored_pairs_differ(context: Context) -> Iterator[Hit]:
    """The report's budget and spending stated in two paragraphs in other words, one figure agreeing and the
    other not: "全年预算9,012.60万元,实际支出8,726.35万元" and later "全年预算9,012.60万元,实际支出8,762.35万元"
    state the same figures (the agreeing one shows it), so the one that differs is mistyped in one of them.
    Statements in the same words are left to ``_same_words_differ``."""
    paragraphs: dict[int, dict[str, list[Fact]]] = {}
    for fact in context.facts_matching(_HEADLINE_MONEY):
        if fact.subject or fact.approximate or not isinstance(fact.value, Decimal) or fact.value == 0:
            continue
        text = context.lines[fact.line - 1].text
        if (
            "|" in text
            or "\t" in text
            or "｜" in text
            or _LIST_ITEM.match(text)
            or in_brackets(text[: fact.start])
        ):
            continue  # a table row, a list's item, a bracket's detail: the item's figures
        if _ALLOCATION.search(_SENTENCE_BREAK.split(text[: fact.start])[-1]):
            continue  # funds allocated in batches
        paragraphs.setdefault(fact.line, {}).setdefault(fact.field, []).append(fact)
    # one statement of each figure a paragraph gives: a paragraph stating two budgets states no pair
    stated = [
        {field: facts[0] for field, facts in by_field.items() if len(facts) == 1}
        for _, by_field in sorted(paragraphs.items())
    ]
    for index, earlier in enumerate(stated):
        for later in stated[index + 1 :]:
            common = earlier.keys() & later.keys()
            if not any(earlier[f].value == later[f].value for f in common):
                continue  # no figure in common: figures of two different things
            for field in sorted(common):
                first, fact = earlier[field], later[field]
                if first.value == fact.value or first.original_unit != fact.original_unit:
                    continue
                if _qualifier(context, first) != _qualifier(context, fact) or context.in_other_parts(
                    first, fact
                ):
                    continue  # either names a time, a judge or a thing the other does not ("截至6月底支出")
                yield _conflict(context, _FIELD_LABELS[field], first, fact)


_HEADLINE_MONEY = re.compile(r"^budget\.(?:initial|adjusted|executed)$")
_FUNDS_FIELDS = ("budget.initial", "budget.adjusted", "budget.executed", "budget.execution_rate")
_FUNDS_MEASURES = {
    "budget.initial": re.compile(r"年初"),
    "budget.adjusted": re.compile(r"预算|下达|安排|到位|批复"),
    "budget.executed": re.compile(r"支出|使用|执行|拨付|支付|发放"),
    "budget.execution_rate": re.compile(r"率"),
}
_TABLE_MARKS = ("\t", "|", "｜")
_SENTENCE_MARKS = re.compile(r"[。，,；;]")


def _form_against_the_text(context: Context) -> Iterator[Hit]:
    """The form's funds row against the report's own sentences: where a sentence states one of the row's figures as
    the form does (the budget, the spending or the rate) and another of them otherwise ("年初预算16万元,…调整后18.5万元"
    above a form whose 年初预算数 is 15 and 全年预算数 18.5), the two statements are of the same money and one is
    mistyped. A figure the text rounds ("38万元" for 38.4) agrees with it."""
    form = {
        (c.line, c.start)
        for c in context.report.candidates
        if c.strength == FORM_STRENGTH and c.field in _FUNDS_FIELDS
    }
    if not form:
        return
    in_form: dict[str, list[Fact]] = {}
    in_text: dict[str, list[Fact]] = {}
    for field in _FUNDS_FIELDS:
        for fact in context.facts(field):
            if not isinstance(fact.value, Decimal) or fact.approximate:
                continue
            if (fact.line, fact.start) in form:
                in_form.setdefault(field, []).append(fact)
                continue
            text = context.lines[fact.line - 1].text
            if (
                not fact.subject
                and not any(mark in text for mark in _TABLE_MARKS)
                and _SENTENCE_MARKS.search(text)
                # (in words naming the row's measure: not "拨付村卫生室…补助1,155,220.00元" for a budget)
                and _FUNDS_MEASURES[field].search(label_before(text, fact.start))
            ):
                in_text.setdefault(field, []).append(fact)
    pairs = {
        field: (in_form[field][0], in_text[field])
        for field in in_form.keys() & in_text.keys()
        if len({f.value for f in in_form[field]}) == 1 and len({f.value for f in in_text[field]}) == 1
    }
    agreeing = [said[0] for form_fact, said in pairs.values() if _rounds_to(form_fact, said[0])]
    # (nor where another figure of the report is what sets them apart: the form's 全年预算数 with the carry-over the
    # text states beside its year's 5,250.00万元)
    stated = {f.value for f in context.report.facts if f.unit == "万元" and isinstance(f.value, Decimal)}
    for field, (form_fact, said) in sorted(pairs.items()):
        if (
            field != "budget.execution_rate"
            and not _rounds_to(form_fact, said[0])
            and abs(_decimal(form_fact) - _decimal(said[0])) not in stated
            # the sentence stating it states another of the row's figures as the form does: the same money
            and any(_in_one_sentence(context, said[0], other) for other in agreeing)
        ):
            first, later = sorted((form_fact, said[0]), key=lambda f: (f.line, f.start))
            yield _conflict(context, _FIELD_LABELS[field], first, later)


def _in_one_sentence(context: Context, a: Fact, b: Fact) -> bool:
    """Whether two statements stand in one sentence, its clauses set apart by "；" being sentences of their own."""
    first, later = sorted((a, b), key=lambda f: (f.line, f.start))
    text = context.lines[later.line - 1].text
    return first.line == later.line and _SENTENCE_OR_LIST_BREAK.search(text, first.end, later.start) is None


_SENTENCE_OR_LIST_BREAK = re.compile(r"[。！？!?；;]")


def _rounds_to(exact: Fact, said: Fact) -> bool:
    """Whether ``said`` is ``exact``'s figure, perhaps rounded to the places it is written with."""
    assert isinstance(exact.value, Decimal) and isinstance(said.value, Decimal)
    exponent = said.value.as_tuple().exponent
    if not isinstance(exponent, int):
        return exact.value == said.value
    return exact.value.quantize(Decimal(1).scaleb(min(0, exponent)), ROUND_HALF_UP) == said.value


def _conflict(context: Context, what: str, first: Fact, later: Fact, *, as_written: bool = False) -> Hit:
    """Two statements of one figure that differ; ``as_written``: each shown in the unit it is written in."""
    unit = later.unit if later.unit and later.unit != "分" else ""

    def shown(fact: Fact) -> str:
        if as_written and fact.original_unit and fact.original_value is not None:
            return f"{_show(fact.original_value)}{fact.original_unit}"
        return f"{_show(fact.value)}{unit}"

    return Hit(
        {
            "what": what,
            "line_a": str(first.line),
            "value_a": shown(first),
            "line_b": str(later.line),
            "value_b": shown(later),
        },
        lines=(first.line, later.line),
        evidence=context.quote(first, later),
    )


# a part listed after a budget's whole with its figure ("一般公共预算拨款支出预算 190.60 万元,其中:"): the budget's part
_PART_OF_A_BUDGET = re.compile(r"预算(?:数|资金)?\s*(?:为|是)?\s*[\d,.]+\s*万?元\s*[，,]?\s*(?:其中|包括)")


def _a_budgets_part(context: Context, fact: Fact) -> bool:
    """Whether a figure is listed after a budget's whole with its figure in its sentence: the budget's part."""
    text = context.lines[fact.line - 1].text
    return _PART_OF_A_BUDGET.search(_SENTENCE_BREAK.split(text[: fact.start])[-1]) is not None


def _set_apart(context: Context, first: Fact, later: Fact) -> bool:
    """Whether two statements in the same words are about different things: one names another time or another
    judge than the other ("上年自评得分78分" / "本年自评得分92分", "经主管部门复核，复核得分93分"), or both name
    what they are about and name it differently (the project, the section's heading, the survey, the use)."""
    (time_a, about_a), (time_b, about_b) = _qualifier(context, first), _qualifier(context, later)
    return time_a != time_b or bool(about_a - about_b and about_b - about_a)


def _qualifier(context: Context, fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
    """What sets a statement apart from one in the same words: the other time or judge it names (上年, 下一年度, a
    year before the one evaluated, an aim, 复核, 主管部门, 专家组), and what it says it is about (年初/年末, a month, a survey, the project
    its sentence or its section's heading names other than the report's own, what the money is for)."""
    text = context.lines[fact.line - 1].text
    sentence = _SENTENCE_BREAK.split(text[: fact.start])[-1]
    year = context.report.year
    times = {m.group() for m in _ANOTHER_TIME.finditer(sentence)}
    times |= {
        m.group(1)
        for m in _YEAR_MENTION.finditer(sentence)
        if year is None
        or int(m.group(1)) < year
        or (int(m.group(1)) > year and _PLAN_YEAR.match(sentence, m.end()) is not None)
    }
    if context.report.kind == "部门整体支出":
        times |= {
            m.group(1) for m in NAMED_PROJECT.finditer(sentence)
        }  # a department's report: a project's figure
    # "支出预算190.60万元,其中:基本支出152.00万元": the budget's part, not what was spent
    if _a_budgets_part(context, fact):
        times.add("预算")
    about = {m.group() for m in _SET_APART.finditer(sentence)}
    opening = _PLACE_OPENING.match(sentence)
    if opening is not None:
        about.add(opening.group(1))  # "城关镇：实际支出285万元。" / "河口镇：…": each place's own figure
    own = context.report.project or ""
    about |= {
        m.group(1)
        for m in NAMED_PROJECT.finditer(sentence)
        if m.group(1)[-3:-2] not in ("本", "该") and not (own and (own in m.group(1) or m.group(1) in own))
    }
    purpose = _PURPOSE.match(text, fact.end)
    if purpose is not None:
        about.add(purpose.group(1))
    heading = _project_heading_above(context, fact.line)
    if heading:
        about.add(heading)
    if fact.field.startswith("expenditure."):
        # "支出预算中，基本支出…" / "全年实际支出…，其中基本支出…": a part of the budget or of the spending
        stages = _STAGE.findall(text[: fact.start]) or (
            _STAGE.findall(context.lines[fact.line - 2].text) if fact.line >= 2 else []
        )
        whole = _whole_before_its_parts(text[: fact.start])
        if whole:
            # "全年实际支出341.82万元，…年初预算资金全部执行到位。其中基本支出…": the parts' whole is what its
            # sentence opens with, not the last stage word it says
            stages = whole
        if stages:
            about.add("预算" if stages[-1] == "预算" else "支出")
    return frozenset(times), frozenset(about)


def _project_heading_above(context: Context, line: int) -> str:
    headings = _project_headings(context)
    # the heading on the figure's own line too ("项目名称：X；…得分91分")
    at = bisect.bisect_right(headings, (line, "\U0010ffff")) - 1
    return headings[at][1] if at >= 0 else ""


@per_report
def _project_headings(context: Context) -> tuple[tuple[int, str], ...]:
    """The headings that name a project or fund ("（一）文化下乡项目"), by line: figures under each are its own;
    on a page that says it covers several projects and names none of its own, every heading ("（一）义务教育学校
    公用经费区级配套", "（二）教师培训"): each section may be another project's."""
    several = context.report.project is None and (
        vocabulary().several_projects.search(context.text) is not None or bool(projects_counted(context.text))
    )
    # (not a heading every section repeats, "（一）项目资金情况": it tells no section from another)
    repeated = (
        Counter(line.text.strip() for line in context.lines if is_heading(line.text))
        if several
        else Counter()
    )
    items = _keyed_items(context.lines)
    headings = [
        (line.number, line.text.strip())
        for line in context.lines
        if (len(line.text) < 60 and HEADING_NUMBER.match(line.text) and _FUND_NAMED.search(line.text.strip()))
        or item_project(line.text) is not None
        or _FUND_BLOCK.match(line.text) is not None
        or (several and is_heading(line.text) and repeated[line.text.strip()] == 1)
        or line.number in items
    ]
    # (an item in 【】 reaches over its keyed lines only: what follows them is the page's own again)
    return tuple(sorted([*headings, *((end, "") for end in items.values())]))


def _keyed_items(lines: Sequence[Line]) -> dict[int, int]:
    """The lines of titles in 【】 each over keyed figures ("【食品安全抽检监测】" / "预算金额：45.00万元" / …), where two or
    more are, with the line after each one's keyed lines: a list of items, each section's figures its own item's (not
    "【资金投入】" over a paragraph)."""
    items: dict[int, int] = {}
    for at, line in enumerate(lines[:-1]):
        if "【" not in line.text or not BRACKETED_TITLE.fullmatch(line.text):
            continue
        end = at + 1
        while end < len(lines) and _KEYED_LINE.match(lines[end].text):
            end += 1
        if end > at + 1 and _KEYED_FIGURE.match(lines[at + 1].text):
            items[line.number] = lines[end - 1].number + 1
    return items if len(items) >= 2 else {}


_KEYED_FIGURE = re.compile(r"\s*[\u4e00-\u9fff]{2,10}\s*[:：]\s*\d")
_KEYED_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,10}\s*[:：]")


# a table's block named after one fund, its unit in brackets, on a line of its own ("农村部分计划生育家庭奖励扶助制度
# 补助资金(万元)" over "年度预算资金总额: 612.80"): the figures under it are that fund's
_FUND_BLOCK = re.compile(
    r"^\s*[\u4e00-\u9fff“”]{4,40}(?:资金|经费|补助|补贴)\s*[(（]\s*(?:万元|元)\s*[)）]\s*$"
)


def _one_sentence(context: Context, first: Fact, later: Fact) -> bool:
    """Whether two statements stand in one sentence: a sentence that gives two rates ("专项资金…执行率61%,
    财政资金…执行率58%") gives two things' rates, not one rate twice."""
    text = context.lines[later.line - 1].text
    return first.line == later.line and _SENTENCE_BREAK.search(text, first.end, later.start) is None


_LABEL_WORDS = re.compile(r"(?:20\d\d\s*年度?)?[\u4e00-\u9fff]+$")
_LABEL_LEAD = re.compile(r"^(?:本年度?|全年|我(?:单位|局|部门)|本(?:单位|部门))+")
_HEADLINE_WORDS = re.compile(r"预算|支出|收入|得分|执行率|资产|结转|满意")
_SENTENCE_BREAK = re.compile(r"[。！？!?]")
_WORD = re.compile(r"[\u4e00-\u9fff]")
_ANOTHER_TIME = re.compile(_CLAIMS["another_time_or_judge"])
_SET_APART = re.compile(_CLAIMS["what_a_statement_is_about"])
_YEAR_MENTION = re.compile(r"(20\d\d)\s*年")
# a later year's budget or plan ("2024年，年初预算收入520万元"), not a date of the evaluation ("2024年3月，…自评")
_PLAN_YEAR = re.compile(r"(?!\s*\d{1,2}\s*月)[^。；;]{0,12}?(?:预算|计划|目标)")
_PLACE_OPENING = re.compile(r"\s*([^，,：:。\d]{2,12})[：:]")
_PURPOSE = re.compile(r"[^。；;，,]{0,4}[，,]\s*(?:主要|专项|全部)?用于([\u4e00-\u9fff]{2,16})")
# what a spending part's figure is a part of: the budget ("支出预算中", "年初预算…其中") or the spending ("全年实际支出…
# 其中", "按支出性质分", "决算")
# (a breakdown "按支出性质分，基本支出…" names no stage of its own: it breaks down the stage stated before it, the budget's in
# "全年预算数4,218.66万元。按支出性质分，基本支出…", the spending's in "全年支出2,790.12万元。" / "按支出性质分，…")
_STAGE = re.compile(r"预算(?!执行)|决算|实际支出|全年支出|年度支出|本年支出|执行数")


def _whole_before_its_parts(before: str) -> list[str]:
    """The stage words of the sentence that states the whole a "其中" listing opens under, the first one only:
    what that sentence is about."""
    listing = before.rfind("其中")
    if listing <= 0:
        return []
    head = before[:listing].rstrip("，,。：: ")
    sentence = head[max(head.rfind(mark) for mark in "。；;") + 1 :]
    return _STAGE.findall(sentence)[:1]


_FUND_NAMED = re.compile(r"(?:项目|资金|经费|工程|专项|补助|补贴)$")
_CATEGORY_BEFORE = re.compile(r"(?:投入|过程|产出|效益|效果|满意度|决策|管理|执行率)[^。；;]{0,8}$")
_OPENING = re.compile(r"^[^，,：:]{1,8}[，,：:]")
_NOT_WORD = re.compile(r"[^\u4e00-\u9fff\dA-Za-z]")
_ALLOCATION = re.compile(r"下达|拨付|分配|第.批|批次")
_LIST_ITEM = re.compile(
    r"^\s*(?:\d{1,2}\s*[、.．)）]|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩])"
)
# a department's sentence opening with one project or fund it names ("农村公路提质改造项目完成投资1860万元，自评得分
# 94分"): that project's result, not the department's
_PROJECT_OPENING = re.compile(
    r"\s*(?:20\d\d\s*年度?)?(?:我[\u4e00-\u9fff]{1,2}的?)?[“\"]?[\u4e00-\u9fff“”\"、]{2,24}?(?:项目|专项资金|专项|工程)[”\"]?"
    r"(?!支出|整体)"
)


_CLAUSE_OPEN = re.compile(r"[，,、；;：:（(]\s*$")
_OPENING_REACH = 6  # lines back to the line a wrapped sentence started on


def _sentence_opening_line(context: Context, number: int) -> str:
    """The text of the line the sentence on line ``number`` started on: the line itself, or an earlier one when the
    page's width wrapped a sentence there ("2.某中心：全年预算…，" / "本年收入…"), blank lines and page numbers
    between them skipped."""
    text = context.lines[number - 1].text
    for back in range(number - 1, max(0, number - 1 - _OPENING_REACH), -1):
        above = context.lines[back - 1].text.strip()
        if not above or not _WORD.search(above):
            continue  # a blank line or a page's number ("— 1 —")
        if not _CLAUSE_OPEN.search(above):
            break
        text = above
    return text


def _stated_as(context: Context, fact: Fact) -> str | None:
    """The words a figure is stated under ("年初预算收入" in "2025年度年初预算收入158.5万元"), at least
    three characters, or None when it stands in a table row or under no words of its own."""
    text = context.lines[fact.line - 1].text
    before = text[: fact.start]
    sentence = _SENTENCE_BREAK.split(before)[-1].lstrip()
    if fact.field in ("score", "grade"):
        # a report has one total score and one grade, whatever sentence or form row states them (the
        # fact's own span holds its label); a heading's "投入(20分，自评得分20分)" is a part's, and so is a result
        # a department's sentence states of a project it opens with
        if HEADING_NUMBER.match(text) or _CATEGORY_BEFORE.search(sentence):
            return None
        if context.report.kind == "部门整体支出" and _PROJECT_OPENING.match(sentence):
            return None
        if sentence.startswith("其中") and _PROJECT_OPENING.match(
            sentence.removeprefix("其中").lstrip(":：,， ")
        ):
            return None  # "自评得分96.5分。…其中:产业发展项目得分98分": one project's, within the whole
        return fact.field
    if (
        "|" in text
        or "\t" in text
        or "｜" in text
        or _LIST_ITEM.match(_sentence_opening_line(context, fact.line))
    ):
        return None  # a table row or one item of a list: its figures are the item's, not the report's
    if _ALLOCATION.search(sentence):
        return None  # funds are allocated in batches: each allocation states its own amount
    words = _LABEL_WORDS.search(before.rstrip(" :：为是达"))
    if words is None:
        return None
    label = words.group()
    year, _, rest = label.rpartition("年") if label[:2] == "20" else ("", "", label)
    label = (year + "年" if year else "") + _LABEL_LEAD.sub("", rest[-10:])
    if len(rest) < 4 or not _HEADLINE_WORDS.search(rest):
        return None
    # the same words in sentences about different things (one county, one fund, then the next) are
    # not one statement made twice: the sentence must open the same way too
    opening = _OPENING.sub("", sentence)  # "经核实，", "2022年底，" introduce a sentence, not its subject
    head = _NOT_WORD.sub("", opening)[:6]
    return f"{head}|{_whole_of(sentence)}|{label}"


_MARKER_WORDS = ("其中", "包括", "主要", "分别", "具体", "构成")
_FIGURE_AT_END = re.compile(r"[\d.,，、:：\s]*(?:万元|亿元|元)?[\d.,，、:：\s]*$")


def _whole_of(sentence: str) -> str:
    """The total a listed part belongs to: 商品和服务支出 "其中" under 基本支出 is not the one under 项目支出."""
    if not any(word in sentence for word in _MARKER_WORDS):
        return ""  # most sentences list nothing: a few substring tests spare the search
    listed = list(MARKERS.finditer(sentence))
    if not listed:
        return ""
    before = _FIGURE_AT_END.sub("", sentence[: listed[-1].start()])
    words = _LABEL_WORDS.search(before)
    return words.group()[-10:] if words else ""


_FIELD_LABELS = {
    "budget.initial": "年初预算",
    "budget.adjusted": "全年预算",
    "budget.executed": "实际支出",
    "budget.execution_rate": "执行率",
    "score": "自评得分",
    "satisfaction": "满意度",
}


def _show(value: object) -> str:
    return fmt(value) if isinstance(value, Decimal) else str(value)


def _cut_at_the_end(context: Context, fact: Fact) -> bool:
    """Whether a figure with no unit of its own written ends the text (a table's note gave it 元): the page was cut
    there, maybe inside the figure."""
    rest = [line.text for line in context.lines[fact.line - 1 :]]
    return (
        not rest[0][fact.end :].strip()
        and not any(text.strip() for text in rest[1:])
        and not _UNIT_WRITTEN.search(rest[0][fact.start : fact.end])
    )


_UNIT_WRITTEN = re.compile(r"元|万")


@rule(
    "JX202",
    "unit-slip",
    "error",
    "“{text}”以元为单位，在以万元计的报告中只有作{value}万元才讲得通",
    summary="报告其余金额都以万元计，某处预算、收入、支出等总量却写成“元”，按元理解不足 1 万元，不合常理；同一数字在别处以万元出现时尤其可疑。人均、单价、标准等以元计的数不算；按万元读会比报告所写的最大金额还大一倍以上的，也不算。",
    why="“158.5元”与“158.5万元”相差一万倍；单位笔误会让预算、支出的核对全部失效。",
    fires="2025年度年初预算收入158.5万元，预算支出158.5元。",
    passes="2025年度年初预算收入158.5万元，预算支出158.5万元。",
)
def unit_slip(context: Context) -> Iterator[Hit]:
    amounts = money_facts(context)
    in_yuan = [
        f
        for f in amounts
        if f.original_unit == "元" and f.original_value is not None and 0 < f.original_value < 10000
    ]
    # (not a 万元 slip of a report counting in 元, JX210's: the report's figures are its 元 ones)
    slips = {id(fact) for fact, _, _ in _wan_written_for_yuan(context)}
    in_wan = [
        f
        for f in amounts
        if f.original_unit in (None, "万元")
        and isinstance(f.value, Decimal)
        and f.value > 0
        and id(f) not in slips
    ]
    if not in_yuan or not in_wan:
        return
    typical = statistics.median(_decimal(f) for f in in_wan)
    largest = max(_decimal(f) for f in in_wan)
    for fact in in_yuan:
        written = fact.original_value
        assert written is not None
        text = context.lines[fact.line - 1].text
        label = label_before(text, fact.start)
        if (
            fact.line > 1
            and label == text[: fact.start].strip()
            and not has_cell_gap(
                text[: fact.start].strip()
            )  # (a table's row, no sentence the page's width broke)
        ):
            # a label a page's width broke ("农牧民人" / "均政策性收入 783 元"): read on from the line above
            above = context.lines[fact.line - 2].text
            label = label_before(above + text, len(above) + fact.start)
        sentence = _SENTENCE_BREAK.split(text[: fact.start])[-1]
        above = context.lines[fact.line - 2].text if fact.line > 1 else ""
        if sentence == text[: fact.start] and _cut_by_the_page(above):
            # (a sentence the page's width broke: "百元医疗收入…中消耗的卫生材" / "料降至19.6元")
            sentence = _SENTENCE_BREAK.split(above)[-1] + sentence
        if _cut_at_the_end(context, fact):
            continue  # "2017年度全年实际支出1" ending a page the store cut: the figure's digits cut with it
        if _PER_UNIT.search(label) or _PER_UNIT_AFTER.match(text, fact.end) or _SMALL_ITEM.search(label):
            continue
        if _A_BOUND_AFTER.match(text, fact.end):
            continue  # "…消耗的卫生材料控制在20元以内": a cap, no amount of the report's money
        if has_cell_gap(text[: fact.start]) and _PER_UNIT.search(text[: fact.start]):
            continue  # "| 成本指标 | 每立方米疏浚成本（区级资金） | ≤16.5元 |": a row of a cost per unit
        if _FACTOR_BEFORE.search(label):
            continue  # "14,826人×800元": a factor of a computation, per head
        if _PER_HUNDRED.search(sentence):
            continue  # "百元医疗收入…消耗的卫生材料为18.6元": a cost per hundred 元 of income, however far back
        if _in_a_per_unit_figures_brackets(text, fact.start):
            continue  # "每户3500元（中央补助2800元，县级补助700元）": the standard's parts, per household too
        if _PARTS_OF_A_STANDARD.search(sentence) and not any(_decimal(f) == written for f in in_wan):
            continue  # "补偿标准为每年每亩16元，其中管护补助支出15.75元，…": the standard's parts, per mu too
        if "其中" in sentence and not _HEADLINE_AGGREGATE.search(label):
            continue  # "其中党建经费9500元": a named part, which may well be small ("其中…实际支出83元" is no part)
        echoed = any(_decimal(f) == written for f in in_wan)
        paid_echo = echoed and _PAID_OUT.search(label) is not None and not _A_STANDARD_PAID.search(sentence)
        if not _AGGREGATE.search(label) and not paid_echo:
            # an amount named as no aggregate: a 元 figure there may well be small (but not money paid out whose figure
            # the report states in 万元 elsewhere: "预算经费为1276万元…实际支付1276元"; a standard paid per head or
            # per month, "按月发放300元", may share a budget's figure)
            continue
        if _written_in_yuan(text, fact, amounts):
            continue  # "…决算53,347.56元，较上年减少986.56元": a sentence written in 元, its small difference too
        if written > 2 * largest and not echoed and not _sums_its_sentence(context, fact, written):
            continue  # as 万元 it would dwarf every sum the report states: "未使用资金3200元" of a 50万元 budget
        if echoed or typical >= 1:
            yield Hit(
                {"text": fact.text.strip(), "value": fmt(written)},
                lines=(fact.line,),
                evidence=context.quote(fact),
                computation=f"按元计为 {fmt(_decimal(fact))} 万元；报告其他金额的中位数为 {fmt(typical)} 万元"
                + ("，且同一数字在别处以万元出现" if echoed else ""),
            )


_FACTOR_BEFORE = re.compile(r"[×*＊]\s*$")
# a standard per head, household or mu in 元, then 其中 listing its parts
_PARTS_OF_A_STANDARD = re.compile(
    r"(?:每|标准|/)[^。；;，,]{0,16}?\d[\d,]*(?:\.\d+)?\s*元\s*[，,：:]?\s*其中"
)
_PROSE_LINE = 24  # characters a line of prose the page's width cut holds at least


def _cut_by_the_page(line: str) -> bool:
    """Whether a line is prose the page's width cut: long, no heading, no row of cells, no sentence ended at its end."""
    stripped = line.strip()
    return (
        len(stripped) >= _PROSE_LINE
        and not is_heading(stripped)
        and not has_cell_gap(stripped)
        and stripped[-1] not in "。；;：:！？!?"
    )


def _written_in_yuan(text: str, fact: Fact, amounts: Sequence[Fact]) -> bool:
    """Whether the figure's sentence, or the one before it, states another amount in 元 of at least 1 万元: its
    writer counts in 元 there, so a small 元 figure beside it is as written ("实际支出2,981,193.70元，…。到位未支出资金
    486.30元")."""
    for other in amounts:
        if other.line != fact.line or other.original_unit != "元" or other is fact:
            continue
        if other.original_value is None or other.original_value < 10000:
            continue
        start, end = sorted((other.start, fact.start))
        if len(_SENTENCE_BREAK.findall(text, start, end)) <= (1 if other.start < fact.start else 0):
            return True
    return False


def _in_a_per_unit_figures_brackets(text: str, position: int) -> bool:
    """Whether ``position`` stands in the brackets right after a figure per head, household or mu ("亩均投资标准
    1500元（中央和省级补助1250元，县级配套250元）")."""
    opening = max(text.rfind("（", 0, position), text.rfind("(", 0, position))
    if opening < 0 or max(text.rfind("）", opening, position), text.rfind(")", opening, position)) >= 0:
        return False
    return _PER_UNIT.search(label_before(text, opening)) is not None


def _sums_its_sentence(context: Context, fact: Fact, written: Decimal) -> bool:
    """Whether, read as 万元, the figure is the sum of the 万元 figures its sentence lists after it
    ("年初预算320元，其中：中央资金150万元，省级资金100万元，县级资金70万元"): a total slipped into 元."""
    text = context.lines[fact.line - 1].text
    end = sentence_end(text, fact.end)
    listed = [
        _decimal(f)
        for f in money_facts(context)
        if f.line == fact.line and fact.end <= f.start < end and f.original_unit in (None, "万元")
    ]
    return len(listed) >= 2 and abs(sum(listed, Decimal(0)) - written) <= Decimal("0.01") * len(listed)


def _decimal(fact: Fact) -> Decimal:
    assert isinstance(fact.value, Decimal)
    return fact.value


def stated_scheme(context: Context) -> tuple[Scheme, str] | None:
    """The grade bands the report itself states, else the scheme chosen for the audit; None when the report
    states bands of its own that cannot all be read (no default scheme judges such a report's grade)."""
    bands = context.report.grade_scheme
    # (bands stated down to a lowest bound only, "90分以上为优,80分以上为良,60分以上为合格", judge the scores at or
    # above it)
    if (
        bands
        and len(bands) >= 2
        and (bands[-1].min == 0 or (_scores_from(context, bands[-1].min) and _bands_of_the_grade(context)))
    ):
        grades = [Grade(name=b.name, min=b.min) for b in bands[:-1]] + [Grade(name=bands[-1].name, min=0)]
        try:
            scheme = context.scheme.model_copy(update={"grades": grades})
        except ValueError:
            return context.scheme, f"评分方案 {context.scheme.name}"
        cuts = "、".join(f"{b.name}≥{fmt(b.min)}" for b in (bands[:-1] if bands[-1].min == 0 else bands))
        return scheme, f"报告所述等级标准（{cuts}）"
    if _BAND_STATED.search(context.text) or _out_of_another_total(context):
        return None
    return context.scheme, f"评分方案 {context.scheme.name}"


def _bands_of_the_grade(context: Context) -> bool:
    """Whether the bands are stated in the sentence that gives the report's grade ("…90分以上为优,80分以上为良,60分以上为
    合格,本年度自评结果为「优」"), not of other units' assessment told apart ("我局对各乡镇…考核，考核得分85分以上为优秀…")."""
    for grade in context.facts("grade"):
        text = context.lines[grade.line - 1].text
        opening = sentence_start(text, grade.start)
        if any(
            band.line == grade.line and opening <= band.start < grade.start
            for band in context.facts("grade_scheme")
        ):
            return True
    return False


def _scores_from(context: Context, lowest: Decimal) -> bool:
    """Whether the report states scores, every one of them at or above ``lowest``."""
    scores = [
        f.value
        for f in (*context.facts("score"), *context.facts("project.score"))
        if isinstance(f.value, Decimal)
    ]
    return bool(scores) and min(scores) >= lowest


def _out_of_another_total(context: Context) -> bool:
    """Whether the report's score may be out of another total than 100 ("满分50分", "折合百分制"). A full mark
    below the score is an item's ("预算执行（满分20分）" beside a total of 78), not the total's."""
    if _PERCENT_SCALED.search(context.text):
        return True
    marks = [int(m.group(1)) for m in _FULL_MARKS.finditer(context.text)]
    scores = [f.value for f in context.facts("score") if isinstance(f.value, Decimal)]
    return bool(marks) and (not scores or max(marks) >= min(scores))


@rule(
    "JX203",
    "grade-mismatch",
    "error",
    "{what}{score}分应评为“{expected}”，报告写“{grade}”",
    summary="等级与得分不符：按报告自己写明的等级标准判断；报告未写明时按所选评分方案（默认 90/80/60）。",
    why="等级是绩效结果应用的依据，得分不够却报“优”是最常见的拔高。",
    fires="自评得分86分，评价等级为优。",
    passes="自评得分92分，评价等级为优。",
)
def grade_mismatch(context: Context) -> Iterator[Hit]:
    stated = stated_scheme(context)
    if stated is None:
        return
    scheme, basis = stated
    pairs: list[tuple[str, Fact, Fact]] = []
    # a department's report: a project's score and grade stated of it by name are the project's
    scores = [
        f
        for f in context.facts("score")
        if isinstance(f.value, Decimal) and not of_a_named_project(context, f)
    ]
    for grade in context.facts("grade"):
        if of_a_named_project(context, grade):
            continue
        score = _score_for(grade, scores)
        if score is not None and _of_an_earlier_year(context, grade):
            text = context.lines[grade.line - 1].text
            in_sentence = score.line == grade.line and not _SENTENCE_BREAK.search(
                text, score.end, grade.start
            )
            if not in_sentence or _of_an_earlier_year(context, score, clause=True):
                continue
        if score is not None and not context.in_other_parts(score, grade):
            pairs.append(("自评得分", score, grade))
    project_grades = {f.subject: f for f in context.facts("project.grade") if f.subject}
    for fact in context.facts("project.score"):
        if fact.subject in project_grades:
            pairs.append((fact.subject, fact, project_grades[fact.subject]))
    for what, score_fact, grade_fact in pairs:
        if not isinstance(score_fact.value, Decimal) or not isinstance(grade_fact.value, str):
            continue
        expected = scheme.grade_for(score_fact.value)
        stated_rank, expected_rank = scheme.rank(grade_fact.value), scheme.rank(expected)
        if stated_rank is None or expected_rank is None or stated_rank == expected_rank:
            continue
        lowered = stated_rank > expected_rank  # the ranks count down from the best grade
        if lowered and _lowering_explained(context, grade_fact):
            continue  # "按照“一票否决”规定，本年度评价等级定为“良”": the report's own rule lowered it
        yield Hit(
            {"what": what, "score": fmt(score_fact.value), "expected": expected, "grade": grade_fact.value},
            lines=(score_fact.line, grade_fact.line),
            evidence=context.quote(score_fact, grade_fact),
            computation=f"按{basis}，{fmt(score_fact.value)} 分为“{expected}”",
        )


_LOWERED = re.compile(r"一票否决|扣分项|降档|降级|降一档|降为|下调|不得评为|不能评为|不予评为")
_LOWERING_REACH = 2  # lines after the grade's where the report may say why it lowered it


def _lowering_explained(context: Context, grade: Fact) -> bool:
    """Whether the report says why it gave a lower grade than the score's (a veto, a deduction rule), on the
    grade's line or the lines right after it."""
    last = min(len(context.lines), grade.line + _LOWERING_REACH)
    return any(_LOWERED.search(context.lines[n - 1].text) for n in range(grade.line, last + 1))


_CLAUSE_BREAK = re.compile(r"[，,；;]")
_CITED_TITLE = re.compile(r"《[^》]*》")


def _of_an_earlier_year(context: Context, fact: Fact, clause: bool = False) -> bool:
    """Whether the fact's sentence (or only its clause) names a year before the one evaluated ("2022年度自评得分
    86分，等级为“良”")."""
    year = context.report.year
    text = context.lines[fact.line - 1].text
    sentence = _SENTENCE_BREAK.split(text[: fact.start])[-1]
    if clause:  # the fact's own clause, a cited document's title left out
        sentence = _CLAUSE_BREAK.split(_CITED_TITLE.sub("", sentence))[-1]
    return year is not None and any(int(y) < year for y in _YEAR_MENTION.findall(sentence))


def _score_for(grade: Fact, scores: list[Fact]) -> Fact | None:
    """The score a grade statement answers: one on its line, else the last one stated before it."""
    same = [s for s in scores if s.line == grade.line and s.start < grade.start]
    if same:
        return same[-1]
    before = [s for s in scores if s.line < grade.line]
    if before:
        return before[-1]
    return scores[0] if scores else None


# a year, not a date's ("截至2024年3月底"), nor either end of a span of years ("2019-2022年,…每年安排2亿元")
_YEAR = re.compile(r"(?<!\d)" + NOT_A_SPANS_END + r"(20\d{2})\s*年(?!\s*\d{1,2}\s*月)" + NOT_A_SPANS_START)
# a year's end as a date ("截至2020年12月31日", "截止2020年底"): that year's figures; unless they run over years
_YEAR_END = re.compile(r"(?:截至|截止|至)\s*(20\d{2})\s*年\s*(?:12\s*月\s*(?:31\s*日|底|末)|年?底|末)")
_OVER_YEARS = re.compile(r"累计|结转|结余|上年|以来")
# a self-evaluation form's year in brackets after its name or on the line under it ("部门整体支出绩效自评表（2020年度）")
_FORM_YEAR = re.compile(r"自评表\s*[(（]\s*(20\d{2})\s*年度?\s*[)）]\s*$")
_YEAR_ALONE = re.compile(r"^\s*[(（]\s*(20\d{2})\s*年度?\s*[)）]\s*$")
_FORM_NAME_END = re.compile(r"自评表\s*$")
_TITLE_YEAR = re.compile(r"(20\d{2})\s*年度")


def _form_years(context: Context) -> Iterator[tuple[int, int]]:
    """The line and the year of every self-evaluation form's bracketed year; a form named with one year and
    bracketed with another ("2022年度部门整体支出绩效自评表" / "（2021年度）") gives the name's year too, so that
    one of them differs from the evaluated year."""
    previous = ""
    for number, line in enumerate(context.lines, start=1):
        text = line.text
        if "自评表" not in text and "自评表" not in previous:
            if text.strip():
                previous = text
            continue  # most lines: no form's name on them or above them
        if not text.strip():
            continue
        found = _FORM_YEAR.search(text)
        if found is None and _FORM_NAME_END.search(previous):
            found = _YEAR_ALONE.match(text)
            named = _TITLE_YEAR.search(previous)
            if found is not None and named is not None and named.group(1) != found.group(1):
                yield number - 1, int(named.group(1))
        if found is not None:
            yield number, int(found.group(1))
        previous = text


_PLANS = re.compile(load_vocabulary("identity")["plan_words"])
_MONEY_FIELDS = re.compile(r"\A(?:budget|income|expenditure|other_year)\.")
# the year compared against, right before it ("较2019年", "比上年", "与2019年相比"), not 较 in other words ("较为规范")
_COMPARED = re.compile(r"(?:较|比|同比|相比于?|与)\s*20\d{2}\s*年")


def _this_years_too(context: Context, fact: Fact, text: str) -> bool:
    """Whether the sentence of another year's figure states the report's own figure of the same kind before it: the
    two years set side by side ("…实际支出501.65万元,执行率93.19%;2019年执行数为409.68万元")."""
    key = fact.field.removeprefix("other_year.")
    begin = clause_start(text, fact.start, 0, "。！？!?")
    return any(
        own.line == fact.line and begin <= own.start < fact.start for own in context.facts(f"budget.{key}")
    )


@rule(
    "JX204",
    "year-mismatch",
    "warning",
    "第{line}行的{what}写的是{found}年，与评价年度{year}年不符",
    summary="预算、收入、支出数字所在的句子，或报告陈述本年主要目标、主要内容的句子（“2020年我单位最主要的目标是…”），写的年度与报告评价的预算年度不同。",
    why="套用上年报告最容易留下错年份；年份不对，数字就可能也是上年的。",
    fires="2023年度部门整体支出绩效自评报告\n一、基本情况\n2022年度共取得收入合计239.67万元。",
    passes="2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年度共取得收入合计239.67万元。",
)
def year_mismatch(context: Context) -> Iterator[Hit]:
    year = context.report.year
    if year is None:
        return
    flagged: set[int] = set()
    for fact in context.facts_matching(_MONEY_FIELDS):
        if fact.line in flagged:
            continue
        # (a cited notice's year is the notice's: "根据《…关于拨付2022年X资金的通知》,中央财政拨付…" in a report on 2023)
        text = without_citations(context.lines[fact.line - 1].text)
        begin = clause_start(text, fact.start, 0, "。；;！？")
        if fact.field.startswith("other_year.") and (
            _COMPARED.search(text, begin, fact.start) or _this_years_too(context, fact, text)
        ):
            continue  # "较2019年下达的496万元减少44万元", "…执行率93.19%;2019年执行数为409.68万元": a comparison
        # (not a later year the money left over goes on into: "结余10万元留待2023年使用，执行率96.67%")
        # (nor a year a finished clause compares with: "…比2015年增加252.43万元，预算执行率为97.53%")
        mentioned = _YEAR.findall(
            without_years_compared(without_years_carried_into(text[begin : fact.start], year))
        )
        if not mentioned and not _OVER_YEARS.search(text, begin, fact.start):
            # "截至2020年12月31日，实际支出…" in a report on 2021: the figure as the other year closed
            mentioned = _YEAR_END.findall(text, begin, fact.start)
        later_plan = (
            bool(mentioned)
            and int(mentioned[-1]) > year
            and _PLANS.search(text, begin, sentence_end(text, fact.end))
        )
        if mentioned and int(mentioned[-1]) != year and not later_plan:  # "2024年预算数为…，将…": a plan
            flagged.add(fact.line)
            yield Hit(
                {"line": str(fact.line), "what": "预算数据", "found": mentioned[-1], "year": str(year)},
                lines=(fact.line,),
                evidence=context.quote(fact),
            )
    for line, found_year in _form_years(context):
        if line not in flagged and found_year != year:
            flagged.add(line)
            yield Hit(
                {"line": str(line), "what": "自评表标注的年度", "found": str(found_year), "year": str(year)},
                lines=(line,),
                evidence=f"第{line}行：{context.line_text(line)}",
            )
    text = context.text
    for found in _OWN_YEAR_STATEMENT.finditer(text):
        line = text.count("\n", 0, found.start()) + 1
        if int(found.group("year")) < year and line not in flagged:  # a later year's aims are plans
            flagged.add(line)
            yield Hit(
                {
                    "line": str(line),
                    "what": f"主要{found.group('what')}",
                    "found": found.group("year"),
                    "year": str(year),
                },
                lines=(line,),
                evidence=f"第{line}行：{context.line_text(line)}",
            )


@rule(
    "JX205",
    "report-date-early",
    "warning",
    "{what}{date}早于评价年度{year}年结束",
    summary="自评报告的落款日期，或报告写明的开展自评的时间、自评工作各阶段的时间，在被评价的预算年度结束之前。",
    why="年度自评只能在年度结束、决算数出来之后进行；日期提前多半是年份写错或套用了模板。",
    fires="2023年度部门整体支出绩效自评报告\n2023年3月14日",
    passes="2023年度部门整体支出绩效自评报告\n2024年3月14日",
)
def report_date_early(context: Context) -> Iterator[Hit]:
    year, date = context.report.year, context.report.report_date
    if year is None:
        return
    if date is not None and date.year <= year:
        fact = context.first("report_date")
        yield Hit(
            {"what": "报告落款日期", "date": date.isoformat(), "year": str(year)},
            lines=(fact.line,) if fact else (),
            evidence=context.quote(fact),
        )
    dated = _evaluation_carried_out(context, year) or _evaluation_stage(context, year)
    if dated is not None:
        line, found, what = dated
        yield Hit(
            {"what": what, "date": f"{found.group('year')}年{found.group('month')}月", "year": str(year)},
            lines=(line,),
            evidence=f"第{line}行：{context.line_text(line)}",
        )


def _evaluation_carried_out(context: Context, year: int) -> tuple[int, re.Match[str], str] | None:
    """The first time the report says its self-evaluation was carried out, in the year evaluated or before."""
    text = context.text
    for found in _EVALUATED_ON.finditer(text):
        if int(found.group("year")) <= year:
            return text.count("\n", 0, found.start()) + 1, found, "报告写明的自评开展时间"
    return None


def _evaluation_stage(context: Context, year: int) -> tuple[int, re.Match[str], str] | None:
    """The first stage of the self-evaluation's own work a heading dates ("（一）准备阶段（2019年1月10日至30日）"), under a
    heading of that work ("二、项目绩效自评工作开展情况") a few lines above (not a project's stages), when it is in the
    year evaluated or before."""
    for number, line in enumerate(context.lines, start=1):
        found = _WORK_STAGE.match(line.text) if "阶段" in line.text else None  # (a cheap test first)
        if found is None or _OTHER_YEARS_WORK.search(line.text, found.end()):
            continue
        told = line.text[found.end() :] + (context.lines[number].text if number < len(context.lines) else "")
        ends = _STAGE_ENDS.search(line.text, found.end())
        if not _EVALUATING.search(told) or (ends is not None and int(ends.group(1)) > year):
            continue  # a project's stage ("完成项目招标"), or one running past the year's end
        for above in range(number - 1, max(0, number - 1 - _STAGE_REACH), -1):
            text = context.lines[above - 1].text
            if _EVALUATION_WORK.search(text):
                stated = (
                    int(found.group("year")) < year
                    or (int(found.group("year")) == year and int(found.group("month")) <= _PREPARED_BY)
                ) and not _a_later_stage(context, number, year)
                return (number, found, "报告写明的自评工作阶段时间") if stated else None
            if HEADING_NUMBER.match(text):
                break  # another heading between: the stages are another work's ("（四）项目实施进度")
    return None


def _a_later_stage(context: Context, number: int, year: int) -> bool:
    """Whether a stage after the one on line ``number`` is dated after the year evaluated ("准备阶段（2022年12月）" then
    "实施阶段（2023年1月）": the work prepared before the year's end and done after it)."""
    for line in context.lines[number : number + _STAGES_REACH]:
        later = _WORK_STAGE.match(line.text)
        if later is not None and int(later.group("year")) > year:
            return True
    return False


# a stage's heading and its date ("（一）准备阶段（2019年1月10日至30日）")
_WORK_STAGE = re.compile(
    r"\s*[（(]?[一二三四五六七八九十\d]{1,2}[)）、.]?\s*(?:准备|实施|评价|自评|总结)阶段\s*[（(:：]?\s*"
    r"(?P<year>20\d\d)\s*年\s*(?P<month>\d{1,2})\s*月"
)
_EVALUATION_WORK = re.compile(r"自评工作(?:开展|组织|实施)?(?:情况|过程)")
# "（1）自评阶段（2022年3月）：对2021年度项目支出开展自评", "…对上年度项目支出开展自评": another year's evaluation
_OTHER_YEARS_WORK = re.compile(r"20\d\d\s*年度|上一?年度?|去年|以前年度")
_EVALUATING = re.compile(r"自评|评价")  # what the stage did, on its line or the next: the evaluation's work
_STAGE_ENDS = re.compile(r"至\s*(20\d\d)\s*年")  # "（2022年12月20日至2023年1月10日）": the stage's last year
_STAGE_REACH = 3  # lines from the heading of the evaluation's work to its first stage
_STAGES_REACH = 12  # lines from the first stage to the last
_PREPARED_BY = 10  # a stage dated later in the year evaluated may be preparing for its end: no slip


# "于2023年5月对部门整体支出开展绩效自评": when the report says the self-evaluation was carried out
# (the gaps cross no clause and name no other year: "于2022年4月对2021年度项目支出开展了绩效自评" evaluates 2021)
_EVALUATED_ON = re.compile(
    r"于\s*(?P<year>20\d\d)\s*年\s*(?P<month>\d{1,2})\s*月[^。；;，,\n\d]{0,30}?"
    r"(?:(?:开展|进行|组织)[^。；;，,\n\d]{0,16}?|完成)自评"
)


# (the look-behind after the century, "no digit before it", so that the engine skips to the 1s and 2s)
_YEAR_RANGE = re.compile(r"((?:19|20)(?<!\d\d\d)\d\d)\s*年?\s*[-—－–~～至到]{1,2}\s*((?:19|20)\d\d)\s*年")


@rule(
    "JX206",
    "year-range-reversed",
    "warning",
    "第{line}行的年份区间“{span}”终止年早于起始年",
    summary="一个年份区间（规划期、实施期、纲要年限）的终止年写得比起始年还早。",
    why="区间写反或写错多半是笔误（“2011—2010年”应为“2011—2020年”），引用的文件名或规划期写错，审核人会质疑报告的严谨性。",
    fires="根据《某某发展纲要（2011—2010年）》要求，我局开展了绩效自评。",
    passes="根据《某某发展纲要（2011—2020年）》要求，我局开展了绩效自评。",
)
def year_range_reversed(context: Context) -> Iterator[Hit]:
    for line in context.lines:
        if "年" not in line.text:
            continue
        for found in _YEAR_RANGE.finditer(line.text):
            if int(found.group(2)) < int(found.group(1)):
                yield Hit(
                    {"line": str(line.number), "span": found.group().strip()},
                    lines=(line.number,),
                    evidence=f"第{line.number}行：{context.line_text(line.number)}",
                )


# the characters a claim can start with (claims.yaml lists them beside the patterns): a look-ahead of them lets the
# engine pass over every other position at once
_ALL_MET = re.compile(
    f"(?=[{_CLAIMS['first_characters']}])(?:"
    + "|".join(f"(?:{p})" for p in _CLAIMS["all_targets_met"])
    + ")",
    re.MULTILINE,
)
_NOT_A_CLAIM = re.compile(_CLAIMS["not_a_claim_before"])
_AIM_IN_CLAUSE = re.compile(_CLAIMS["aim_in_clause"])
_ONE_CATEGORY = re.compile(_CLAIMS["one_category"])


def _claims_all_met(text: str, found: re.Match[str]) -> bool:
    """Whether a phrase found by _ALL_MET claims that every target was met: not denied or hedged right before it,
    not an aim of its clause, not about one category of indicators."""
    start = found.start()
    clause = max(text.rfind(mark, 0, start) for mark in "，,。；;\n") + 1
    named = found.group()
    return not (
        _NOT_A_CLAIM.search(text, max(0, start - 4), start)
        or _AIM_IN_CLAUSE.search(text, clause, start)
        or _ONE_CATEGORY.search(text[max(clause, start - 6) : start] + named[: named.find("标") + 1])
    )


def _unmet(context: Context) -> Iterator[tuple[str, str, str, tuple[int, ...], list[Fact | None]]]:
    """Each target the report's own figures show missed: (measure, reached, target, lines, facts)."""
    for pair in target_pairs(context):
        target, achievement = pair.target, pair.achievement
        if pair.missed and target.value is not None:
            unit = achievement.unit or ""
            yield (
                achievement.measure,
                f"{fmt(achievement.value)}{unit}",
                f"{target.operator}{fmt(target.value)}{target.unit or ''}",
                (target.line, achievement.line),
                pair.facts(context),
            )
    for satisfaction in satisfaction_pairs(context):
        aimed, reached = satisfaction.target, satisfaction.reached
        if (
            isinstance(aimed.value, Decimal)
            and isinstance(reached.value, Decimal)
            and reached.value < aimed.value
        ):
            yield (
                aimed.subject or "满意度",
                f"{fmt(reached.value)}%",
                f"{aimed.operator}{fmt(aimed.value)}%",
                (aimed.line,),
                [aimed, reached],
            )


@rule(
    "JX207",
    "met-claim-contradicted",
    "warning",
    "第{line}行称绩效目标全部完成，但“{measure}”实际{reached}，未达到目标{target}",
    summary="报告写明绩效目标全部完成（“未完成的绩效目标：无”“各项指标均已完成”），它自己列出的某个指标却没有达到目标值。",
    why="自评结论与指标完成情况自相矛盾，说明结论是套话；未完成的目标须如实列出并分析原因（财预〔2020〕10号）。",
    fires="家长满意度，年初目标值≥95%，实际完成值94.60%，扣1分。\n3.未完成的绩效目标(无)",
    passes="家长满意度，年初目标值≥95%，实际完成值95.60%。\n3.未完成的绩效目标(无)",
)
def met_claim_contradicted(context: Context) -> Iterator[Hit]:
    text = context.text  # one search over the report finds the claim, if any, then its line
    found = next(
        (m for m in _ALL_MET.finditer(text) if _claims_all_met(text, m)),
        None,
    )
    if found is None:
        return
    claim = context.lines[text.count("\n", 0, found.start())]
    for measure, reached, target, lines, facts in _unmet(context):
        yield Hit(
            {"line": str(claim.number), "measure": measure, "reached": reached, "target": target},
            lines=(claim.number, *lines),
            evidence="\n".join(
                [f"第{claim.number}行：{context.line_text(claim.number)}", context.quote(*facts)]
            ),
            computation=f"实际 {reached}，目标 {target}",
        )


@rule(
    "JX208",
    "date-before-its-document",
    "warning",
    "第{line}行的日期{date}早于它所收到或依据的文件{number}的年份",
    summary="一个写明日期的行为（收到、根据、印发某文件）早于该文件文号所写的年份：文件还没有发出，就不可能收到或依据它。",
    why="日期或文号必有一处写错（常见的是年份笔误，如把2022写成2012），资金下达、执行的时间就无从核实。",
    fires="2012年6月14日,某省收到《财政部关于下达2022年某资金预算的通知》(财建〔2022〕153号)。",
    passes="2022年6月14日,某省收到《财政部关于下达2022年某资金预算的通知》(财建〔2022〕153号)。",
)
def date_before_its_document(context: Context) -> Iterator[Hit]:
    text = context.text
    for found in _DATED_DOCUMENT.finditer(text):
        if _CUT_OFF_DATE.search(text, max(0, found.start() - 3), found.start()):
            continue  # "截至2022年12月31日，根据《…》(〔2023〕5号)": a date the figures run to, not the act's
        if int(found.group("year")) < int(found.group("document")):
            line = text.count("\n", 0, found.start()) + 1
            date = f"{found.group('year')}年{found.group('month')}月" + (
                f"{found.group('day')}日" if found.group("day") else ""
            )
            number = text[found.start("issuer") : found.end()].strip()
            yield Hit(
                {"line": str(line), "date": date, "number": number},
                lines=(line,),
                evidence=f"第{line}行：{context.line_text(line)}",
                computation=f"{found.group('year')} < {found.group('document')}",
            )


@rule(
    "JX209",
    "voucher-after-report",
    "warning",
    "会计凭证{voucher}晚于报告日期{date}",
    summary="支出明细列出的会计凭证（凭证号写作“2018年11月001号”）所在月份晚于报告的落款或报告日期。",
    why="报告日期之后才记账的支出不可能写进这份报告：报告日期或凭证号必有一处写错，支出的时间就无从核实。",
    fires="某县2018年度城乡公交运营补贴项目绩效自评表\n报告日期：2018年8月4日\n会计凭证号\n2018年11月001号",
    passes="某县2018年度城乡公交运营补贴项目绩效自评表\n报告日期：2019年3月4日\n会计凭证号\n2018年11月001号",
)
def voucher_after_report(context: Context) -> Iterator[Hit]:
    date = context.report.report_date
    text = context.text
    if date is None or "凭证" not in text:
        return
    for found in _VOUCHER.finditer(text):
        year, month = int(found.group("year")), int(found.group("month"))
        if (year, month) > (date.year, date.month):
            line = text.count("\n", 0, found.start()) + 1
            fact = context.first("report_date")
            yield Hit(
                {"voucher": found.group().strip(), "date": date.isoformat()},
                lines=(line, *((fact.line,) if fact else ())),
                evidence="\n".join(
                    [f"第{line}行：{context.line_text(line)}", *([context.quote(fact)] if fact else [])]
                ),
                computation=f"{year}-{month:02d} > {date.isoformat()}",
            )
            return  # one voucher shows the dates cannot both be right


# an accounting voucher's number: its month, then its number in the month written with a leading zero or three
# digits ("2018年11月001号", "2022年5月0046号"; not a day, "5月1号")
_VOUCHER = re.compile(
    r"(?<!\d)(?P<year>20\d\d)\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月\s*(?:第\s*)?(?:0\d{1,4}|\d{3,5})\s*号"
)


@rule(
    "JX210",
    "wan-for-yuan",
    "error",
    "“{text}”以万元为单位，而同一笔{label}在第{line}行写作{other}，应为{value}元",
    summary="报告以元计金额，同一名目、同一数字在一处写成“万元”、在别处写成“元”（如“州级配套资金14400元”与“州级配套资金14400万元”），"
    "且全文以元计的金额多于以万元计的；多写了“万”字，金额差一万倍。",
    why="多写一个“万”字金额就放大一万倍，按它核对预算和支出会全部出错。",
    fires="某镇2018年度村级防疫员补助资金绩效自评报告\n补助资金由省级补助资金21600元和州级配套资金14400元组成,共计36000元。"
    "州级配套资金14400万元于2018年12月7日到账。",
    passes="某镇2018年度村级防疫员补助资金绩效自评报告\n补助资金由省级补助资金21600元和州级配套资金14400元组成,共计36000元。"
    "州级配套资金14400元于2018年12月7日到账。",
)
def wan_for_yuan(context: Context) -> Iterator[Hit]:
    for fact, twin, label in _wan_written_for_yuan(context):
        yield Hit(
            {
                "text": fact.text.strip(),
                "label": label,
                "line": str(twin.line),
                "other": twin.text.strip(),
                "value": fmt(fact.original_value),
            },
            lines=(fact.line, twin.line),
            evidence=context.quote(fact, twin),
            computation=f"{fmt(fact.original_value)}万元 = {fmt(_decimal(fact) * 10000)}元，"
            f"与第{twin.line}行的{fmt(twin.original_value)}元相差一万倍",
        )


@per_report
def _wan_written_for_yuan(context: Context) -> tuple[tuple[Fact, Fact, str], ...]:
    """(the amount in 万元, its twin in 元, the money's name) for each amount a report counting in 元 writes in 万元 where
    it states the same money with the same figure in 元 elsewhere."""
    amounts = money_facts(context)
    in_yuan = [f for f in amounts if f.original_unit == "元" and f.original_value is not None]
    in_wan = [f for f in amounts if f.original_unit == "万元" and f.original_value is not None]
    if not in_wan or len(in_yuan) <= len(in_wan):
        return ()  # a report in 万元, or as much in one as in the other: no unit is the report's own
    found: list[tuple[Fact, Fact, str]] = []
    for fact in in_wan:
        label = _money_name(context, fact)
        twin = next(
            (
                other
                for other in in_yuan
                if other.original_value == fact.original_value and _money_name(context, other) == label
            ),
            None,
        )
        if label and twin is not None:
            found.append((fact, twin, label))
    return tuple(found)


def _money_name(context: Context, fact: Fact) -> str:
    """The name of the money an amount is of, the words right before it ending as a kind of money ("州级配套资金"), or
    ""."""
    found = _MONEY_NAME.search(label_before(context.lines[fact.line - 1].text, fact.start))
    return found.group() if found is not None else ""


_MONEY_NAME = re.compile(r"[^\d\s和与及、,，;；:：元]{2,10}(?:资金|经费|补助|补贴|预算)$")
