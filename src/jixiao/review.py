"""One report file through the whole review side: read, extract, audit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jixiao.audit.findings import Finding
from jixiao.audit.registry import Rule
from jixiao.audit.runner import audit
from jixiao.errors import InputError
from jixiao.extract.extract import extract_document
from jixiao.extract.model import ExtractedReport
from jixiao.extract.normalise import normalise_lines, simplified
from jixiao.ingest import Document, read_isolated
from jixiao.ingest.limits import ReadLimits, cpu_deadline
from jixiao.layout.headings import HEADING_NUMBER
from jixiao.layout.vocabulary import vocabulary
from jixiao.model.scheme import Scheme


@dataclass(frozen=True)
class Reviewed:
    document: Document
    report: ExtractedReport
    findings: list[Finding]


_ENOUGH_WORDS = 3
_LOOKED_AT = 200_000


def refuse_non_report(document: Document) -> None:
    """Raise InputError when the text is no self-evaluation report: fewer than three of the words every
    report uses (绩效, 自评, 预算, 指标 …; layout/vocabulary/identity.yaml), in 简体 or 繁體, and no heading of a
    report's outline beside the one or two it has."""
    text = "\n".join(simplified(document.text[:_LOOKED_AT].split("\n")))
    found = [word for word in vocabulary().evaluation_words if word in text]
    # a report's page cut short after its opening headings ("一、部门基本情况 (一)部门概况"), the words before
    # its figures, is still one when the page names one of the words: a numbered heading of a report's outline
    outlined = bool(found) and any(
        HEADING_NUMBER.match(line) and any(words.search(line) for _, words in vocabulary().kind_headings)
        for line in text.split("\n")
    )
    if len(found) < _ENOUGH_WORDS and not outlined:
        shown = f"只有{'、'.join(f'“{word}”' for word in found)}" if found else "一个也没有"
        raise InputError.single(
            document.path, f"这不是绩效自评报告：报告常用的“绩效”“自评”“预算”“指标”等词，文中{shown}"
        )


def review_document(document: Document, scheme: Scheme, rules: Iterable[Rule] | None = None) -> Reviewed:
    lines = normalise_lines(document.lines)  # once: the reader and the rules read the same lines
    report = extract_document(document, lines)
    return Reviewed(document, report, audit(report, document, scheme, rules, lines))


def review(path: Path, scheme: Scheme, rules: Iterable[Rule] | None = None) -> Reviewed:
    """A report file read, extracted and audited under the reading limits (the CPU time's for the whole); a file
    that is no self-evaluation report is refused."""
    with cpu_deadline(str(path), ReadLimits.from_environment()):
        document = read_isolated(path)
        refuse_non_report(document)
        return review_document(document, scheme, rules)
