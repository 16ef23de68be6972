"""The evaluation as an HTML form and back: field names are the model's paths ("funds.total.budget",
"indicators[2].weight"), so the engine's problem paths and pydantic's error locations point at the
field to mark. Parsing never scores: the caller hands the Evaluation to jixiao.scoring.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from jixiao.cli.score import DEFAULT_SCHEME
from jixiao.decimals import fmt
from jixiao.extract.normalise import normalise
from jixiao.extract.numbers import to_decimal
from jixiao.model.evaluation import FUND_SUBROWS, Evaluation, Kind, Operator, Tier
from jixiao.model.loading import format_location
from jixiao.model.messages import message_for

FUND_ROWS = ("total", *FUND_SUBROWS)
FUND_ROW_LABELS = {"total": "年度资金总额", **FUND_SUBROWS}
FUND_COLUMNS = ("initial", "budget", "executed")
IDENTITY_FIELDS = ("kind", "year", "department", "unit", "project", "scheme")
TEXT_FIELDS = (
    "goal.expected",
    "goal.actual",
    "funds.low_execution_reason",
    "overview",
    "organisation",
    "conclusion",
)
LIST_FIELDS = ("existing_problems", "measures")  # one item per line
INDICATOR_FIELDS = (
    "level1",
    "level2",
    "name",
    "operator",
    "target",
    "target_text",
    "unit",
    "weight",
    "actual",
    "actual_text",
    "tier",
    "score",
    "deduction",
    "not_applicable",
    "deviation",
)
NUMBER_FIELDS = frozenset({"target", "weight", "actual", "score", "deduction"})
LEVEL1_CHOICES = ("产出指标", "效益指标", "满意度指标")
OPERATORS = tuple(op.value for op in Operator)
TIERS = tuple(tier.value for tier in Tier)
KINDS = tuple(kind.value for kind in Kind)
_ROW_FIELD = re.compile(r"^indicators\[(\d{1,4})\]\.(\w+)$")

# pydantic error types in words for finance staff
_MESSAGES = {
    "missing": "必填",
    "string_too_short": "必填",
    "decimal_parsing": "请填写数字",
    "decimal_type": "请填写数字",
    "decimal_max_digits": "数字位数过多",
    "decimal_max_places": "小数位数过多（最多 6 位）",
    "int_parsing": "请填写整数",
    "int_type": "请填写整数",
    "greater_than_equal": "数值过小",
    "less_than_equal": "数值过大",
    "enum": "请从列表中选择",
    "date_from_datetime_parsing": "日期格式应为 2024-03-15",
}


@dataclass
class EvaluationForm:
    """What the user typed, kept as text so a wrong entry is shown back as typed."""

    values: dict[str, str] = field(default_factory=dict)
    rows: list[dict[str, str]] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def field_paths(self) -> list[str]:
        """Every place a problem can be shown beside, in page order."""
        paths = list(IDENTITY_FIELDS)
        paths += [f"funds.{row}.{column}" for row in FUND_ROWS for column in FUND_COLUMNS]
        paths += [*TEXT_FIELDS, *LIST_FIELDS, "indicators"]
        for index in range(len(self.rows)):
            paths.append(f"indicators[{index}]")
            paths += [f"indicators[{index}].{name}" for name in INDICATOR_FIELDS]
        return paths


def blank_row(level1: str = "") -> dict[str, str]:
    return {name: "" for name in INDICATOR_FIELDS} | {"level1": level1}


def read_form(form: Iterable[tuple[str, Any]]) -> EvaluationForm:
    """The posted fields; indicator rows in the order of their numbers, renumbered from 0."""
    values: dict[str, str] = {}
    numbered: dict[int, dict[str, str]] = {}
    for key, value in form:
        if not isinstance(value, str):
            continue
        row = _ROW_FIELD.match(key)
        if row and row.group(2) in INDICATOR_FIELDS:
            numbered.setdefault(int(row.group(1)), blank_row())[row.group(2)] = value
        elif key in IDENTITY_FIELDS or key in TEXT_FIELDS or key in LIST_FIELDS or key.startswith("funds."):
            values[key] = value
    return EvaluationForm(values, [numbered[index] for index in sorted(numbered)])


def _text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _number(value: str, path: str, errors: dict[str, list[str]]) -> Any:
    text = normalise(value.strip()).replace("，", "")
    if not text:
        return None
    number = to_decimal(text)
    if number is None or not number.is_finite():
        errors.setdefault(path, []).append("请填写数字")
        return None
    return number


def to_data(form: EvaluationForm, errors: dict[str, list[str]]) -> dict[str, Any]:
    """The model's shape from the typed text; numbers that are not numbers go to ``errors``."""
    values = form.values
    data: dict[str, Any] = {name: _text(values.get(name)) for name in IDENTITY_FIELDS}
    funds: dict[str, Any] = {"low_execution_reason": _text(values.get("funds.low_execution_reason"))}
    for row in FUND_ROWS:
        cells = {
            column: _number(values.get(f"funds.{row}.{column}", ""), f"funds.{row}.{column}", errors)
            for column in FUND_COLUMNS
        }
        if row == "total" or any(value is not None for value in cells.values()):
            funds[row] = cells
    data["funds"] = funds
    data["goal"] = {
        "expected": values.get("goal.expected", "").strip(),
        "actual": values.get("goal.actual", "").strip(),
    }
    for name in ("overview", "organisation", "conclusion"):
        data[name] = _text(values.get(name))
    for name in LIST_FIELDS:
        data[name] = [line.strip() for line in values.get(name, "").splitlines() if line.strip()]
    indicators = []
    for index, typed in enumerate(form.rows):
        item: dict[str, Any] = {}
        for name in INDICATOR_FIELDS:
            raw = typed.get(name, "")
            if name == "not_applicable":
                item[name] = raw in ("on", "1", "true")
            elif name in NUMBER_FIELDS:
                number = _number(raw, f"indicators[{index}].{name}", errors)
                if number is not None:
                    item[name] = number
            elif _text(raw) is not None:
                item[name] = _text(raw)
        item.setdefault("level2", "")
        indicators.append(item)
    data["indicators"] = indicators
    return {key: value for key, value in data.items() if value is not None}


def _message(error: ErrorDetails) -> str:
    message = _MESSAGES.get(error["type"])
    if message == "数值过小" and "ctx" in error:
        return f"不能小于 {error['ctx'].get('ge')}"
    if message == "数值过大" and "ctx" in error:
        return f"不能大于 {error['ctx'].get('le')}"
    return message or message_for(error)


def to_evaluation(form: EvaluationForm) -> Evaluation | None:
    """The evaluation, or None with ``form.errors`` saying what to correct and where."""
    errors: dict[str, list[str]] = {}
    data = to_data(form, errors)
    try:
        evaluation = Evaluation.model_validate(data)
    except ValidationError as error:
        for detail in error.errors():
            path = format_location(tuple(detail["loc"]))
            if path not in errors:  # a number already reported as not a number
                errors.setdefault(path, []).append(_message(detail))
        form.errors = errors
        return None
    form.errors = errors
    return None if errors else evaluation


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if hasattr(value, "is_finite"):
        return fmt(value)
    return str(value.value if hasattr(value, "value") else value)


def from_evaluation(evaluation: Evaluation) -> EvaluationForm:
    values = {
        "kind": evaluation.kind.value,
        "year": str(evaluation.year),
        "department": evaluation.department,
        "unit": evaluation.unit,
        "project": evaluation.project or "",
        "scheme": evaluation.scheme or DEFAULT_SCHEME,  # the scheme it is scored with when it names none
        "goal.expected": evaluation.goal.expected,
        "goal.actual": evaluation.goal.actual,
        "funds.low_execution_reason": evaluation.funds.low_execution_reason or "",
        "overview": evaluation.overview or "",
        "organisation": evaluation.organisation or "",
        "conclusion": evaluation.conclusion or "",
        "existing_problems": "\n".join(evaluation.existing_problems),
        "measures": "\n".join(evaluation.measures),
    }
    for row in FUND_ROWS:
        stated = getattr(evaluation.funds, row)
        for column in FUND_COLUMNS:
            values[f"funds.{row}.{column}"] = _plain(getattr(stated, column) if stated else None)
    rows = [
        {name: _plain(getattr(indicator, name)) for name in INDICATOR_FIELDS}
        for indicator in evaluation.indicators
    ]
    return EvaluationForm(values, rows)


def slot_id(path: str) -> str:
    """The HTML id of the place beside a field where its problems are shown."""
    return "problem-" + re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-")


def place_problems(form: EvaluationForm, problems: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Each problem at the nearest field the page has: "indicators[3].deviation" at that cell,
    "indicators[3]" at the row, "weights" or anything unknown under "" (the general list)."""
    paths = set(form.field_paths())
    placed: dict[str, list[str]] = {}
    for path, messages in problems.items():
        target = path
        while target and target not in paths:
            target = re.sub(r"(\.\w+|\[\d+\])$", "", target) if re.search(r"(\.\w+|\[\d+\])$", target) else ""
        placed.setdefault(target, []).extend(messages)
    return placed


def move_rows(form: EvaluationForm, operation: str) -> None:
    """Add, remove or move an indicator row: "add", "remove-3", "up-3", "down-3"."""
    if operation == "add":
        form.rows.append(blank_row(form.rows[-1]["level1"] if form.rows else LEVEL1_CHOICES[0]))
        return
    verb, _, number = operation.partition("-")
    if not number.isdigit() or not 0 <= int(number) < len(form.rows):
        return
    index = int(number)
    if verb == "remove":
        del form.rows[index]
    elif verb == "up" and index > 0:
        form.rows[index - 1], form.rows[index] = form.rows[index], form.rows[index - 1]
    elif verb == "down" and index + 1 < len(form.rows):
        form.rows[index + 1], form.rows[index] = form.rows[index], form.rows[index + 1]
