"""From a Document to an ExtractedReport: tables first (their lines are kept out of the prose), then the
flow text, then each fact family in turn; top-level fields are chosen from the facts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.extract.achievements import extract_achievements
from jixiao.extract.budget import breakdown, choose_budget, extract_budget
from jixiao.extract.context import Context
from jixiao.extract.funds_row import extract_funds_rows
from jixiao.extract.identity import extract_identity
from jixiao.extract.model import ExtractedReport, Fact
from jixiao.extract.normalise import build_flow, normalise_lines
from jixiao.extract.numbers import find_quantities
from jixiao.extract.projects import assemble_projects, project_scopes, score_tables
from jixiao.extract.resources import extract_staffing
from jixiao.extract.scores import (
    extract_grade_scheme,
    extract_grades,
    extract_satisfaction,
    extract_scores,
    extract_weights,
)
from jixiao.extract.sections import extract_sections, extract_team
from jixiao.ingest import Document, read_document


def _first_value(facts: list[Fact], field: str) -> Decimal | str | None:
    return next((fact.value for fact in facts if fact.field == field), None)


def _by_subject(facts: list[Fact], field: str) -> dict[str, Decimal]:
    result: dict[str, Decimal] = {}
    for fact in facts:
        if fact.field == field and fact.subject and isinstance(fact.value, Decimal):
            result.setdefault(fact.subject, fact.value)
    return result


def extract_document(document: Document) -> ExtractedReport:
    lines = normalise_lines(document.lines)
    tables = score_tables(lines)
    table_lines = frozenset(number for table in tables for number in table.lines)
    flow = build_flow(lines, table_lines)
    ctx = Context(document, flow, find_quantities(flow.text), table_lines)
    identity = extract_identity(ctx, lines)
    project_kind = identity.kind == "项目支出"
    ctx.project_scopes = project_scopes(flow.text)
    extract_budget(ctx, project_kind, identity.project)
    extract_funds_rows(ctx, lines)
    headed = extract_weights(ctx)
    extract_scores(ctx, headed)
    extract_grades(ctx)
    scheme = extract_grade_scheme(ctx)
    extract_satisfaction(ctx)
    staffing = extract_staffing(ctx)
    achievements, targets = extract_achievements(ctx)
    sections = extract_sections(ctx, lines)
    team = extract_team(ctx, lines, identity.unit)
    projects = assemble_projects(ctx, tables, identity.project)
    facts = ctx.facts
    score = _first_value(facts, "score")
    grade = _first_value(facts, "grade")
    satisfaction = _first_value(facts, "satisfaction")
    return ExtractedReport(
        file=document.path,
        format=document.format,
        encoding=document.encoding,
        kind=identity.kind,
        year=identity.year,
        unit=identity.unit,
        project=identity.project,
        report_date=identity.report_date,
        budget=choose_budget(ctx),
        income=breakdown(ctx, "income"),
        expenditure=breakdown(ctx, "expenditure"),
        assets=breakdown(ctx, "assets"),
        staffing=staffing,
        score=score if isinstance(score, Decimal) else None,
        grade=grade if isinstance(grade, str) else None,
        grade_scheme=scheme,
        weights=_by_subject(facts, "weight"),
        components=_by_subject(facts, "component"),
        satisfaction=satisfaction if isinstance(satisfaction, Decimal) else None,
        projects=projects,
        achievements=achievements,
        targets=targets,
        sections=sections,
        team=team,
        facts=sorted(facts, key=lambda fact: (fact.line, fact.start)),
    )


def extract_file(path: Path) -> ExtractedReport:
    """Read and extract one report file; raises InputError when the file cannot be read."""
    return extract_document(read_document(path))
