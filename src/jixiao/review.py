"""One report file through the whole review side: read, extract, audit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jixiao.audit.findings import Finding
from jixiao.audit.registry import Rule
from jixiao.audit.runner import audit
from jixiao.extract.extract import extract_document
from jixiao.extract.model import ExtractedReport
from jixiao.ingest import Document, read_document
from jixiao.model.scheme import Scheme


@dataclass(frozen=True)
class Reviewed:
    document: Document
    report: ExtractedReport
    findings: list[Finding]


def review_document(document: Document, scheme: Scheme, rules: Iterable[Rule] | None = None) -> Reviewed:
    report = extract_document(document)
    return Reviewed(document, report, audit(report, document, scheme, rules))


def review(path: Path, scheme: Scheme, rules: Iterable[Rule] | None = None) -> Reviewed:
    return review_document(read_document(path), scheme, rules)
