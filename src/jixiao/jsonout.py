"""JSON with exact decimals: a Decimal is written as a JSON number from its own digits.

The standard library would need float for that; read it back with ``json.loads(text, parse_float=Decimal)``.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel


def to_plain(value: Any) -> Any:
    """Pydantic models, enums and dates to JSON-ready data; Decimals are kept for ``dumps``."""
    if isinstance(value, BaseModel):
        return {key: to_plain(getattr(value, key)) for key in type(value).model_fields}
    if isinstance(value, dict):
        return {str(to_plain(k)): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def dumps(value: Any, indent: int | None = None) -> str:
    def encode(item: Any, depth: int) -> str:
        if isinstance(item, Decimal):
            if not item.is_finite():
                return "null"
            text = f"{item:f}"
            return text
        if isinstance(item, dict):
            if not item:
                return "{}"
            parts = [
                f"{json.dumps(str(k), ensure_ascii=False)}: {encode(v, depth + 1)}" for k, v in item.items()
            ]
            return _join(parts, "{", "}", depth)
        if isinstance(item, list):
            if not item:
                return "[]"
            return _join([encode(v, depth + 1) for v in item], "[", "]", depth)
        return json.dumps(item, ensure_ascii=False)

    def _join(parts: list[str], open_: str, close: str, depth: int) -> str:
        if indent is None:
            return open_ + ", ".join(parts) + close
        pad, inner = " " * (indent * depth), " " * (indent * (depth + 1))
        return open_ + "\n" + ",\n".join(inner + p for p in parts) + "\n" + pad + close

    return encode(to_plain(value), 0)
