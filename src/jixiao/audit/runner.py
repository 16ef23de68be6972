"""Run the selected rules over one report and order the findings as a reviewer reads them."""

from __future__ import annotations

from collections.abc import Iterable

from jixiao.audit import rules as _rules  # noqa: F401 - importing registers the rules
from jixiao.audit.context import Context
from jixiao.audit.findings import Finding
from jixiao.audit.registry import Rule, select
from jixiao.extract.model import ExtractedReport
from jixiao.ingest.document import Document
from jixiao.model.scheme import Scheme

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def audit(
    report: ExtractedReport, document: Document, scheme: Scheme, rules: Iterable[Rule] | None = None
) -> list[Finding]:
    context = Context(report, document, scheme)
    findings = [finding for rule in (select() if rules is None else rules) for finding in rule.run(context)]
    return sorted(findings, key=lambda f: (f.line or 0, _SEVERITY_ORDER[f.severity], f.code))
