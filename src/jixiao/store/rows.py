"""What a reviewed file is stored as, built without the database library: the reviewed file as plain
data, the rows ``store.reports`` writes from it (``prepare``), and the JSON and text cleaning they need.
An ingest worker builds these and never connects, so it does not import SQLAlchemy (some 0.4 s of CPU
per worker process).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import msgspec

from jixiao.jsonout import dumps

EXACT_PRECISION = 15
EXACT_SCALE = 6
EXACT_LIMIT = Decimal(10) ** (EXACT_PRECISION - EXACT_SCALE)


def fits_exact(value: Decimal) -> bool:
    """Whether ``Exact`` can hold the value without rounding: at most 9 digits before the point, 6 after."""
    return value.is_finite() and abs(value) < EXACT_LIMIT and value == value.quantize(Decimal(1).scaleb(-6))


@dataclass(frozen=True)
class ReviewedFile:
    """One file read, extracted and audited: the extracted report and findings as ``jsonout.to_plain``
    data (Decimals kept), the text as the reader numbered it."""

    file_hash: str
    file_name: str
    format: str
    encoding: str | None
    scheme: str
    facts: dict[str, Any]
    text: str
    findings: list[dict[str, Any]]


@dataclass(frozen=True)
class PreparedFile:
    """A reviewed file as the rows ``save_prepared`` writes: NULs replaced, summary columns picked out,
    the facts encoded as JSON. A worker process builds it, so the parent, which every file of a run
    passes through, only runs the statements (and unpickles two strings instead of the facts)."""

    file_hash: str
    file_name: str
    unit: str | None
    report: dict[str, Any]  # the report's columns but unit_id and ingested_at
    findings: list[dict[str, Any]]  # the findings' rows but report_id


@dataclass(frozen=True)
class FailedFile:
    """A file that could not be stored, and why; no hash when its bytes could not even be read."""

    file_hash: str | None
    file_name: str
    reason: str


def prepare(reviewed: ReviewedFile) -> PreparedFile:
    """The rows of a reviewed file, built where the file was reviewed (a worker process)."""
    facts = reviewed.facts
    file_name = clean(reviewed.file_name)
    report = {
        "file_hash": reviewed.file_hash,
        "file_name": file_name,
        "format": reviewed.format,
        "encoding": reviewed.encoding,
        "scheme": reviewed.scheme,
        **clean(summary(facts)),
        # The facts go to JSON whole, NULs and all: to_json replaces them.
        "facts": JsonText(to_json(facts)),
        "text": clean(reviewed.text),
    }
    findings = [_finding_columns(clean(finding)) for finding in reviewed.findings]
    return PreparedFile(reviewed.file_hash, file_name, clean(facts.get("unit")) or None, report, findings)


def summary(facts: Mapping[str, Any]) -> dict[str, Any]:
    """The extracted figures that get their own columns for SQL aggregation. A figure too wide for an
    exact column (a misread amount of ten digits before the point) stays only in ``facts``."""
    budget = facts.get("budget") or {}
    return {
        "kind": facts.get("kind"),
        "year": facts.get("year"),
        "project": facts.get("project"),
        "grade": facts.get("grade"),
        "score": _exact_or_none(facts.get("score")),
        "budget_initial": _exact_or_none(budget.get("initial")),
        "budget_adjusted": _exact_or_none(budget.get("adjusted")),
        "executed": _exact_or_none(budget.get("executed")),
        "execution_rate": _exact_or_none(budget.get("execution_rate")),
    }


def _exact_or_none(value: Any) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(value)
    return number if fits_exact(number) else None


def _finding_columns(finding: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "code": finding["code"],
        "severity": finding["severity"],
        "message": finding["message"],
        "line": finding.get("line"),
        "lines": list(finding.get("lines") or []),
        "evidence": finding.get("evidence") or "",
        "computation": finding.get("computation") or "",
        "status": "open",
    }


class JsonText(str):
    """JSON that ``to_json`` wrote already (in a worker process): a JSON column stores these characters
    as they are instead of encoding the string again."""


_encoder = msgspec.json.Encoder(decimal_format="number")


def to_json(value: Any) -> str:
    """The JSON of a column value (the engine's serializer, see store.db), as ``jsonout.dumps`` writes it
    but encoded in C: a stored report's facts run to thousands of items, and the pure-Python encoder
    took most of an ingest's time.

    The rare value the fast encoder cannot write as ``jsonout`` would (a type it does not know, a NUL
    character, which PostgreSQL refuses, or a non-finite decimal, which is null in JSON and which
    msgspec refuses) takes the slow path, NULs replaced by ``clean``.
    """
    if isinstance(value, JsonText):
        return str(value)
    try:
        encoded = _encoder.encode(value)
    except (TypeError, ValueError):  # a type only jsonout knows (a pydantic model), or a value such
        return dumps(clean(value))  # as Decimal('NaN') that msgspec refuses outright
    if b"\\u0000" in encoded:  # the escape msgspec writes for a NUL
        return dumps(clean(value))
    return encoded.decode()


def clean(value: Any) -> Any:
    """NUL characters replaced by U+FFFD, in strings at any depth: PostgreSQL's text and jsonb cannot
    hold NUL, and replacing it one for one keeps every column offset the extractor recorded."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value
