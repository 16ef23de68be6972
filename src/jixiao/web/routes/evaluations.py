"""The unit workspace: a unit's evaluations by year, composing one in the browser with the score card
recomputed as the user types, xlsx import, downloads, submission; and a reviewer returning one."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from starlette.responses import Response

from jixiao.store.models import StoredEvaluation, StoredScoreCard, Unit
from jixiao.web.deps import AccountDep, EngineDep
from jixiao.web.pages import render

router = APIRouter()

STATUS_LABELS = {"draft": "草稿", "submitted": "已报送财政", "returned": "已退回修改"}


@router.get("/evaluations")
def list_evaluations(request: Request, engine: EngineDep, account: AccountDep) -> Response:
    newer = aliased(StoredScoreCard)
    latest = (
        select(func.max(newer.id))
        .where(newer.evaluation_id == StoredEvaluation.id)
        .correlate(StoredEvaluation)
        .scalar_subquery()
    )
    query = (
        select(
            StoredEvaluation.id,
            StoredEvaluation.year,
            StoredEvaluation.kind,
            StoredEvaluation.project,
            StoredEvaluation.status,
            StoredEvaluation.updated_at,
            Unit.name.label("unit"),
            StoredScoreCard.total,
            StoredScoreCard.grade,
        )
        .join(Unit, Unit.id == StoredEvaluation.unit_id)
        .outerjoin(StoredScoreCard, StoredScoreCard.id == latest)
        .order_by(StoredEvaluation.year.desc(), Unit.name, StoredEvaluation.id)
    )
    if account.role == "unit":
        query = query.where(StoredEvaluation.unit_id == account.unit_id)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    years: dict[int, list[object]] = {}
    for row in rows:
        years.setdefault(row.year, []).append(row)
    return render(request, "evaluations/list.html", account, years=years, status_labels=STATUS_LABELS)
