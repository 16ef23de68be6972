"""The audit as an HTML page: the source text, line by line, with each finding shown at its line.

Report text is untrusted (it comes from a published file), so it is always escaped by Jinja2's
autoescape; nothing from the report is ever marked safe.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from jinja2 import Environment, PackageLoader, select_autoescape

from jixiao.audit.findings import SEVERITY_LABEL, Finding
from jixiao.ingest.document import Document

_ENV = Environment(
    loader=PackageLoader("jixiao.audit", "templates"), autoescape=select_autoescape(["j2", "html"])
)
_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class AuditedFile:
    file: str
    document: Document
    findings: Sequence[Finding]


def summary(findings: Sequence[Finding]) -> str:
    counts = {severity: sum(1 for f in findings if f.severity == severity) for severity in _RANK}
    return "，".join(f"{SEVERITY_LABEL[s]} {n} 项" for s, n in counts.items())


class Located(Protocol):
    """What placing a finding needs; an audit Finding and a stored finding row both have it."""

    @property
    def severity(self) -> str: ...
    @property
    def line(self) -> int | None: ...
    @property
    def lines(self) -> list[int]: ...


L = TypeVar("L", bound=Located)


def annotated_lines(document: Document, findings: Sequence[L]) -> list[dict[str, Any]]:
    """Each line with the worst severity among the findings touching it, and the findings whose note
    goes under it (a finding's note is shown once, under its first line). The web report page uses it too."""
    by_line: dict[int, list[L]] = defaultdict(list)
    for finding in findings:
        for number in finding.lines or ([finding.line] if finding.line else []):
            by_line[number].append(finding)
    lines = []
    for line in document.lines:
        here = by_line.get(line.number, [])
        worst = min((f.severity for f in here), key=_RANK.__getitem__, default=None)
        notes = [f for f in here if (f.line or 0) == line.number]
        lines.append({"number": line.number, "text": line.text, "severity": worst, "findings": notes})
    return lines


def render_html(files: Sequence[AuditedFile]) -> str:
    reports: list[dict[str, Any]] = []
    for index, item in enumerate(files):
        reports.append(
            {
                "file": item.file,
                "anchor": f"f{index}",
                "summary": summary(item.findings),
                "findings": item.findings,
                "lines": annotated_lines(item.document, item.findings),
            }
        )
    return _ENV.get_template("audit.html.j2").render(reports=reports, labels=SEVERITY_LABEL)
