"""Run the selected rules over one report and order the findings as a reviewer reads them."""

from __future__ import annotations

from collections.abc import Iterable

from jixiao.audit import rules as _rules  # noqa: F401 - importing registers the rules
from jixiao.audit.context import Context
from jixiao.audit.findings import Finding
from jixiao.audit.registry import Rule, select
from jixiao.extract.model import ExtractedReport
from jixiao.ingest.document import Document, Line
from jixiao.model.scheme import Scheme

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def audit(
    report: ExtractedReport,
    document: Document,
    scheme: Scheme,
    rules: Iterable[Rule] | None = None,
    lines: tuple[Line, ...] | None = None,
) -> list[Finding]:
    """The findings of ``rules`` (all by default); ``lines`` are the document's normalised lines when the
    caller has them (see extract.normalise.normalise_lines)."""
    context = Context(report, document, scheme, lines)
    findings = [finding for rule in (select() if rules is None else rules) for finding in rule.run(context)]
    return sorted(findings, key=lambda f: (f.line or 0, _SEVERITY_ORDER[f.severity], f.code))
