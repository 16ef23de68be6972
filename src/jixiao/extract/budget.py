"""Budget figures: 年初预算, 调整后/全年预算, 实际支出, 执行率, and the income, expenditure and asset breakdowns.

A money amount is classified by the label nearest before it in its clause ("申请预算资金230.85万元",
"实际支出 230.65 万元"): of all known labels in that window, the one ending closest to the number wins,
so "年初预算收入" is income and "实际预算支出" is spending. Amounts after "其中" belong to a part, and
amounts in a paragraph about a named project belong to that project, not to the report. In a project
report, an amount labelled with the report's own project is that project's budget, and the total it is
named as part of ("总体批复项目支出预算130万元，其中，X经费110万元") is the unit's, recorded as ``total.*``.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from jixiao.decimals import HUNDRED, quantize
from jixiao.extract.context import Context, clause_start, sentence_end, sentence_start
from jixiao.extract.model import Budget, Fact
from jixiao.extract.numbers import Quantity
from jixiao.extract.projects import same_project

_LABELS: list[tuple[str, str, str]] = [
    # (pattern, family, key)
    (r"实际(?:预算)?支出|执行数|决算支出|支出决算数?|实际执行|实际使用|发生支出|累计支出|已支出|实际完成支出|实际拨付|支出数", "budget", "executed"),
    (r"年初预算(?:数|资金|金额)?|年初批复(?:预算)?", "budget", "initial"),
    (r"调整后(?:的)?预算(?:数)?|全年预算(?:数)?|预算数|申请(?:预算)?资金|申请预算|批复\S{0,6}?预算|支出预算|预算支出|项目预算|总预算|预算资金|预算安排|安排预算|预算总额|预算金额", "budget", "adjusted"),
    (r"(?:资金)?到位(?:数|资金)|资金到位", "budget", "arrived"),
    (r"一般公共预算(?:财政拨款)?收入|政府性基金预算收入|基金预算收入|财政专户(?:核拨|管理资金)?收入|其他来源收入|财政拨款收入|事业收入|经营收入|其他收入|上级补助收入|收入合计|本年收入|决算收入|年初预算收入|预算收入|上年(?:度)?结转(?:资金)?", "income", ""),
    (r"基本支出|人员经费|日常公用(?:经费)?|公用经费|项目支出|经营支出|工资福利支出|商品和服务支出|对个人和家庭的补助(?:支出)?|其他资本性支出|资本性支出|三公经费|财政拨款支出|一般公共服务\s*(?:\(类\))?\s*支出|支出合计", "expenditure", ""),
    (r"资产总额|固定资产净值|自用固定资产|配置固定资产|固定资产|无形资产|流动资产|在用|处置资产", "assets", ""),
]  # fmt: skip
_LABEL_PATTERNS = [(re.compile(pattern), family, key) for pattern, family, key in _LABELS]
_CANONICAL = {
    "日常公用": "公用经费",
    "日常公用经费": "公用经费",
    "上年度结转": "上年结转",
    "上年度结转资金": "上年结转",
}
_SOURCE = re.compile(
    r"本年(?:度)?财政拨款(?!收入)|财政拨款(?!收入|支出)|上年(?:度)?结转(?:结余)?(?:资金)?(?!收入)"
    r"|其他资金|自有资金|自筹资金|单位自筹|上级补助资金|社会资金"
)
_SOURCE_NAMES = [
    (re.compile(r"本年(?:度)?财政拨款|财政拨款"), "本年财政拨款"),
    (re.compile(r"上年(?:度)?结转(?:结余)?(?:资金)?"), "上年结转"),
]
_LABEL_TAIL = re.compile(r"(?:为|是|达到|达|:|：|约|\s)+$")
_RATE = re.compile(r"执行率")
_PART = re.compile(r"其中")
_LISTING = re.compile(r"主要(?:是|为|用于|包括)|包括|分别为|其中")
_LEAD = re.compile(r"^(?:[:：,，]|主要(?:是|为|用于|包括)|包括|其中|分别为|\s)+")


@functools.lru_cache(maxsize=4096)
def classify(label: str) -> tuple[str, str] | None:
    """(family, key) of the label ending closest to the end of ``label``; cached, since the same labels
    ("年初预算", "实际支出") come back in report after report."""
    best: tuple[int, int, str, str] | None = None
    for pattern, family, key in _LABEL_PATTERNS:
        for match in pattern.finditer(label):
            rank = (match.end(), match.end() - match.start(), family, key or match.group())
            if best is None or rank[:2] > best[:2]:
                best = rank
    if best is None:
        return None
    _, _, family, key = best
    key = re.sub(r"\s+", "", key)
    return family, _CANONICAL.get(key, key)


def _label(ctx: Context, index: int) -> str:
    quantity = ctx.quantities[index]
    floor = ctx.floor(index)
    start = clause_start(ctx.flow.text, quantity.start, floor)
    return _LABEL_TAIL.sub("", ctx.flow.text[start : quantity.start])


def _part_subject(ctx: Context, quantity: Quantity) -> str | None:
    """The part a figure belongs to when it follows "其中" in its sentence (e.g. "预算项目")."""
    text = ctx.flow.text
    begin = sentence_start(text, quantity.start)
    window = text[begin : quantity.start]
    parts = list(_PART.finditer(window))
    if not parts:
        return None
    match = parts[-1]
    rest = _LEAD.sub("", window[match.end() :])
    subject = re.split(r"[，,、:：\d]", rest, maxsplit=1)[0].strip()
    return subject or "其中"


def _fund_source(text: str, position: int) -> str | None:
    """The fund source (本年财政拨款, 上年结转, 其他资金 …) a budget figure is stated for, if any.

    The form's sub-rows are often written out as "其中：本年财政拨款全年预算3.14万元、执行数3.14万元；
    上年结转资金全年预算1.86万元、执行数1.86万元": the source named last before the figure in its
    sentence owns it (so the bare "执行数" belongs to the source before it), and such a figure is a
    part of the total budget, not a second statement of it.
    """
    begin = max(text.rfind(mark, 0, position) for mark in "。\n") + 1
    names = list(_SOURCE.finditer(text, begin, position))
    if not names:
        return None
    name = re.sub(r"\s+", "", names[-1].group())
    for pattern, canonical in _SOURCE_NAMES:
        if pattern.fullmatch(name):
            return canonical
    return name


def _listing_name(label: str) -> str:
    return _LEAD.sub("", label).strip(" :：")


def _encloses_own_project(ctx: Context, quantity: Quantity, own_project: str) -> bool:
    """Whether the sentence goes on "其中 <own project> …" right after this amount: it is a total the
    project is a part of."""
    text = ctx.flow.text
    rest = text[quantity.end : sentence_end(text, quantity.end)]
    match = _PART.search(rest)
    if match is None or match.start() > 4:
        return False
    named = re.split(r"\d", _LEAD.sub("", rest[match.end() :]), maxsplit=1)[0]
    return same_project(named, own_project)


def extract_budget(ctx: Context, project_kind: bool, own_project: str | None = None) -> None:
    """Record every budget, income, expenditure and asset statement as a fact."""
    text = ctx.flow.text
    for index, quantity in enumerate(ctx.quantities):
        if not (quantity.is_money or quantity.is_percent):
            continue
        label = _label(ctx, index)
        project = ctx.project_at(quantity.start)
        if quantity.is_percent:
            if _RATE.search(label) and "到位" not in label[-6:]:
                field = "project.execution_rate" if project else "budget.execution_rate"
                part = None if project else _part_subject(ctx, quantity)
                if part and not project_kind:
                    field = "part.execution_rate"
                ctx.add(
                    field,
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=project or part,
                )
            continue
        found = classify(label)
        if found is None and project_kind and own_project and same_project(_listing_name(label), own_project):
            found = ("budget", "adjusted")
        if found is None:
            sentence = text[sentence_start(text, quantity.start) : quantity.start]
            name = _listing_name(label)
            if not project_kind and _LISTING.search(sentence) and re.search(r"项目|经费|费$", name) and name:
                ctx.add(
                    "project.budget",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=name,
                )
            else:
                ctx.add(
                    "amount",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=name or None,
                )
            continue
        family, key = found
        if family == "budget":
            if project:
                ctx.add(
                    f"project.{key}",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=project,
                )
                continue
            source = _fund_source(text, quantity.start)
            if source is not None:
                ctx.add(
                    f"source.{key}",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=source,
                )
                continue
            part = _part_subject(ctx, quantity)
            field = f"part.{key}" if part and not project_kind else f"budget.{key}"
            if project_kind and own_project and _encloses_own_project(ctx, quantity, own_project):
                field = f"total.{key}"
            ctx.add(field, quantity.value, quantity.start, quantity.end, quantity=quantity, subject=part)
        else:
            ctx.add(f"{family}.{key}", quantity.value, quantity.start, quantity.end, quantity=quantity)


def rate_agrees(adjusted: Decimal, executed: Decimal | None, rate: Decimal | None) -> bool:
    """Whether spending over budget gives the stated rate (to the cent of a percent)."""
    if executed is None or rate is None or adjusted == 0:
        return False
    return abs(quantize(executed / adjusted * HUNDRED) - rate) <= Decimal("0.01")


def unit_slip(fact: Fact, facts: list[Fact]) -> bool:
    """An amount written in 元 that is under 1 万元 while the report states other amounts in 万元 of at
    least 1 万元: almost always 万元 mistyped ("预算支出158.5元" among 158.5万元 figures). The fact keeps
    its written unit so the auditor can flag it, but it is not taken as the report's budget."""
    written = fact.original_value
    if fact.original_unit != "元" or written is None or not 0 < written < 10000:
        return False
    return any(
        other.original_unit == "万元" and isinstance(other.value, Decimal) and other.value >= 1
        for other in facts
    )


def choose_budget(ctx: Context) -> Budget:
    """The report's figures: the first statement of each, except that among several stated budgets the one
    that agrees with the stated spending and rate is taken (a project report often names the unit's total first),
    and that a 元 slip is never taken."""
    first = {
        key: next((f for f in ctx.all(f"budget.{key}") if not unit_slip(f, ctx.facts)), None)
        for key in ("initial", "adjusted", "executed", "execution_rate")
    }
    values = {
        key: fact.value if fact and isinstance(fact.value, Decimal) else None for key, fact in first.items()
    }
    adjusted = values["adjusted"]
    for fact in ctx.all("budget.adjusted"):
        if unit_slip(fact, ctx.facts):
            continue
        if isinstance(fact.value, Decimal) and rate_agrees(
            fact.value, values["executed"], values["execution_rate"]
        ):
            adjusted = fact.value
            break
    return Budget(
        initial=values["initial"],
        adjusted=adjusted,
        executed=values["executed"],
        execution_rate=values["execution_rate"],
    )


def breakdown(ctx: Context, family: str) -> dict[str, Decimal]:
    """First stated value of each income / expenditure / asset item."""
    result: dict[str, Decimal] = {}
    prefix = f"{family}."
    for fact in ctx.facts:
        if fact.field.startswith(prefix) and isinstance(fact.value, Decimal):
            result.setdefault(fact.field[len(prefix) :], fact.value)
    return result
