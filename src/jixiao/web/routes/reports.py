"""The reviewer workspace: upload published reports, read one with its findings at their lines and
the extracted facts beside it, decide each finding, enter the review score (复核)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import func, select
from starlette.responses import Response

from jixiao.store.models import Finding, Report, Unit
from jixiao.web.deps import AccountDep, EngineDep
from jixiao.web.pages import render

router = APIRouter()


@router.get("/reports")
def list_reports(request: Request, engine: EngineDep, account: AccountDep) -> Response:
    open_findings = (
        select(func.count())
        .where(Finding.report_id == Report.id, Finding.status == "open")
        .scalar_subquery()
        .label("open_findings")
    )
    query = (
        select(
            Report.id,
            Report.file_name,
            Report.year,
            Report.kind,
            Report.project,
            Report.score,
            Report.grade,
            Report.review_score,
            Unit.name.label("unit"),
            open_findings,
        )
        .outerjoin(Unit, Unit.id == Report.unit_id)
        .order_by(Report.year.desc().nulls_last(), Unit.name, Report.id)
    )
    if account.role == "unit":
        query = query.where(Report.unit_id == account.unit_id)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return render(request, "reports/list.html", account, rows=rows)
