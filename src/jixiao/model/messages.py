"""Pydantic's validation errors in Chinese.

Users fill in Chinese forms, so a message such as "Field required" beside a Chinese field path is
half a message to them; each error ``type`` pydantic reports has a Chinese template here instead.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pydantic_core import ErrorDetails

_TEMPLATES: dict[str, str] = {
    "missing": "缺少必填项",
    "extra_forbidden": "不认识的键，请检查拼写",
    "decimal_parsing": "应为数字",
    "decimal_type": "应为数字",
    "decimal_max_digits": "数字位数过多（最多 {max_digits} 位）",
    "decimal_max_places": "小数位数过多（最多 {decimal_places} 位）",
    "decimal_whole_digits": "整数部分位数过多（最多 {whole_digits} 位）",
    "finite_number": "应为有限的数字",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数，不能带小数",
    "float_parsing": "应为数字",
    "float_type": "应为数字",
    "bool_parsing": "应为 true 或 false",
    "bool_type": "应为 true 或 false",
    "string_type": "应为文字",
    "string_too_short": "至少须填 {min_length} 个字",
    "string_too_long": "最多只能填 {max_length} 个字",
    "too_short": "至少须有 {min_length} 项",
    "too_long": "最多只能有 {max_length} 项",
    "list_type": "应为列表，每项一行，以“- ”开头",
    "dict_type": "应为“键: 值”的映射",
    "model_type": "应为“键: 值”的映射",
    "model_attributes_type": "应为“键: 值”的映射",
    "enum": "应为以下之一：{expected}",
    "literal_error": "应为以下之一：{expected}",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "不能小于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "不能大于 {le}",
    "date_type": "应为日期，如 2024-03-15",
    "date_parsing": "应为日期，如 2024-03-15",
    "date_from_datetime_parsing": "应为日期，如 2024-03-15",
    "date_from_datetime_inexact": "应为日期，不带时刻，如 2024-03-15",
    "value_error": "{error}",
    "assertion_error": "{error}",
}
_FALLBACK = "取值不符合要求"
# where the typed value says nothing more than the path already does
_WITHOUT_INPUT = {"missing", "extra_forbidden", "value_error", "assertion_error"}
_QUOTED = re.compile(r"'([^']*)'")
_SHOWN_LENGTH = 30


def message_for(error: ErrorDetails) -> str:
    """One pydantic error as a Chinese sentence, with the value the user typed when it is short."""
    kind = error["type"]
    context = {key: _plain(value) for key, value in error.get("ctx", {}).items()}
    if kind in ("enum", "literal_error"):
        context["expected"] = "、".join(_QUOTED.findall(str(context.get("expected", ""))))
    if kind == "greater_than_equal" and context.get("ge") == "0":
        message = "不能为负数"
    elif kind == "string_too_short" and context.get("min_length") == "1":
        message = "不能为空"
    else:
        try:
            message = _TEMPLATES.get(kind, _FALLBACK).format_map(context)
        except KeyError:  # a pydantic release that stops giving a bound must not cost the user the message
            message = _FALLBACK
    typed = error.get("input")
    if kind not in _WITHOUT_INPUT and isinstance(typed, str | int | Decimal | float) and str(typed):
        message += f"（填写的是“{_shortened(str(typed))}”）"
    return message


def _plain(value: Any) -> str:
    """A context value as text: a Decimal bound without its exponent, an exception as its message."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _shortened(text: str) -> str:
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"
