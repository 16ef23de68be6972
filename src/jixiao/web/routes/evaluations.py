"""The unit workspace: a unit's evaluations by year, composing one in the browser with the score card
recomputed as the user types, xlsx import, downloads, submission; and a reviewer returning one or
entering its review score (复核).

A unit user reaches only their own unit's evaluations: any other id answers 404, as a missing one does.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from sqlalchemy import Engine, select
from sqlalchemy.engine import Row
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from jixiao.batch.worker import input_error_reason
from jixiao.cli.score import DEFAULT_SCHEME
from jixiao.errors import InputError
from jixiao.extract.numbers import to_decimal
from jixiao.model.evaluation import Evaluation
from jixiao.model.loading import available_schemes, load_scheme
from jixiao.render.office import OfficeError, docx_to_pdf
from jixiao.render.report_docx import report_docx
from jixiao.render.report_text import build_report
from jixiao.render.xlsx_form import form_xlsx
from jixiao.render.xlsx_import import read_form_limited as read_xlsx_form
from jixiao.scoring import ScoreCard, score
from jixiao.scoring.review import composite
from jixiao.store.cards import latest_card_id
from jixiao.store.evaluations import save_evaluation
from jixiao.store.models import StoredEvaluation, StoredScoreCard, Unit
from jixiao.web.accounts import Account
from jixiao.web.deps import AccountDep, EngineDep, ReviewerDep, UnitDep, visible_row
from jixiao.web.evaluation_form import (
    FUND_COLUMNS,
    FUND_ROW_LABELS,
    FUND_ROWS,
    KINDS,
    LEVEL1_CHOICES,
    OPERATORS,
    TIERS,
    EvaluationForm,
    blank_row,
    from_evaluation,
    move_rows,
    place_problems,
    read_form,
    slot_id,
    to_evaluation,
)
from jixiao.web.pages import render
from jixiao.web.uploads import UploadRefused, accepted, display_name
from jixiao.web.workflow import change_state, update_evaluation

router = APIRouter()

STATUS_LABELS = {"draft": "草稿", "submitted": "已报送财政", "returned": "已退回修改"}
EDITABLE = ("draft", "returned")
MAX_COMMENT = 2000
MISSING = "没有找到这份自评表，或您没有权限查看。"


def scheme_of(evaluation: Evaluation) -> str:
    return evaluation.scheme or DEFAULT_SCHEME


def score_of(evaluation: Evaluation) -> ScoreCard | None:
    """The engine's card, or None when the evaluation names no bundled scheme. Only bundled names are
    taken: a path typed into a web form must never make the server read a file of its choosing."""
    if scheme_of(evaluation) not in available_schemes():
        return None
    return score(evaluation, load_scheme(scheme_of(evaluation)))


def _owned(engine: Engine, evaluation_id: int, account: Account) -> Row[Any]:
    statement = (
        select(
            StoredEvaluation.id,
            StoredEvaluation.unit_id,
            StoredEvaluation.status,
            StoredEvaluation.return_comment,
            StoredEvaluation.review_score,
            StoredEvaluation.data,
            Unit.name.label("unit"),
        )
        .join(Unit, Unit.id == StoredEvaluation.unit_id)
        .where(StoredEvaluation.id == evaluation_id)
    )
    row = visible_row(engine, statement, account, MISSING)
    if account.role != "unit" and row.status == "draft":
        raise HTTPException(status_code=404, detail=MISSING)  # a draft is the unit's own until submitted
    return row


def _editable(row: Row[Any], account: Account) -> bool:
    return account.role == "unit" and account.unit_id == row.unit_id and row.status in EDITABLE


def _posted(request_form: FormData, account: Account) -> EvaluationForm:
    """The form as posted; a unit user's evaluation is always of their own unit."""
    form = read_form(request_form.multi_items())
    if account.role == "unit" and account.unit_name:
        form.values["unit"] = account.unit_name
    return form


def _card_context(form: EvaluationForm, evaluation: Evaluation | None) -> dict[str, Any]:
    card = score_of(evaluation) if evaluation is not None else None
    problems: dict[str, list[str]] = {path: list(messages) for path, messages in form.errors.items()}
    if evaluation is not None and card is None:
        problems.setdefault("scheme", []).append("评分方案不存在")
    if card is not None:
        for problem in card.problems:
            label = "错误" if problem.severity == "error" else "提醒"
            problems.setdefault(problem.path, []).append(f"{label}：{problem.message}")
    return {
        "form": form,
        "card": card,
        "input_errors": sum(len(m) for m in form.errors.values()),
        "placed": place_problems(form, problems),
        "slot_id": slot_id,
    }


def _page(
    request: Request,
    account: Account,
    form: EvaluationForm,
    evaluation: Evaluation | None,
    row: Row[Any] | None = None,
    status_code: int = 200,
    **extra: Any,
) -> Response:
    editable = row is None or _editable(row, account)
    review = None
    card_context = _card_context(form, evaluation)
    card = card_context["card"]
    if row is not None and card is not None and evaluation is not None:
        scheme = load_scheme(scheme_of(evaluation))
        weighted = composite(scheme, card.total, row.review_score) if row.review_score is not None else None
        review = {"scheme": scheme, "composite": weighted}
    return render(
        request,
        "evaluations/edit.html",
        account,
        status_code=status_code,
        row=row,
        editable=editable,
        review=review,
        status_labels=STATUS_LABELS,
        schemes=available_schemes(),
        kinds=KINDS,
        operators=OPERATORS,
        tiers=TIERS,
        level1_choices=LEVEL1_CHOICES,
        fund_rows=FUND_ROWS,
        fund_row_labels=FUND_ROW_LABELS,
        fund_columns=FUND_COLUMNS,
        **card_context,
        **extra,
    )


@router.get("/evaluations")
def list_evaluations(
    request: Request, engine: EngineDep, account: AccountDep, status: str | None = None
) -> Response:
    latest = latest_card_id(StoredEvaluation.id)
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
    else:
        query = query.where(StoredEvaluation.status != "draft")
    if status in STATUS_LABELS:
        query = query.where(StoredEvaluation.status == status)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    years: dict[int, list[object]] = {}
    for row in rows:
        years.setdefault(row.year, []).append(row)
    return render(
        request, "evaluations/list.html", account, years=years, status_labels=STATUS_LABELS, status=status
    )


@router.get("/evaluations/new")
def new_evaluation(request: Request, account: UnitDep) -> Response:
    form = EvaluationForm(
        values={"kind": KINDS[0], "unit": account.unit_name or "", "scheme": DEFAULT_SCHEME},
        rows=[blank_row(LEVEL1_CHOICES[0])],
    )
    return _page(request, account, form, None)


@router.post("/evaluations/new")
async def create_evaluation(request: Request, engine: EngineDep, account: UnitDep) -> Response:
    form = _posted(await request.form(), account)
    evaluation = to_evaluation(form)
    card = score_of(evaluation) if evaluation is not None else None
    if evaluation is None or card is None:
        return _page(
            request,
            account,
            form,
            evaluation,
            status_code=400,
            message="表中有需要修改的地方，请看红色提示。",
        )
    with engine.begin() as connection:
        evaluation_id = save_evaluation(
            connection, evaluation, card, actor=account.username, user_id=account.id
        )
    return RedirectResponse(f"/evaluations/{evaluation_id}", status_code=303)


@router.post("/evaluations/recompute")
async def recompute(request: Request, account: AccountDep) -> Response:
    """The score card for the form as it stands, with each problem placed beside its field (HTMX)."""
    form = _posted(await request.form(), account)
    context = _card_context(form, to_evaluation(form))
    return render(request, "evaluations/_card.html", account, oob=True, **context)


@router.post("/evaluations/rows")
async def change_rows(
    request: Request, account: AccountDep, op: Annotated[str, Form(max_length=20)]
) -> Response:
    """Add, remove or move an indicator row; the table comes back and the card is recomputed."""
    form = _posted(await request.form(), account)
    move_rows(form, op)
    response = render(
        request,
        "evaluations/_indicators.html",
        account,
        form=form,
        editable=True,
        placed={},
        slot_id=slot_id,
        operators=OPERATORS,
        tiers=TIERS,
        level1_choices=LEVEL1_CHOICES,
    )
    # after the swap the clicked button is gone, so the event is sent to the form itself
    response.headers["HX-Trigger-After-Settle"] = json.dumps({"recompute": {"target": "#evaluation-form"}})
    return response


@router.post("/evaluations/import")
async def import_xlsx(request: Request, engine: EngineDep, account: UnitDep, file: UploadFile) -> Response:
    settings = request.app.state.settings
    try:
        with accepted(file.file, file.filename, settings.max_file_bytes, frozenset({"xlsx"})) as upload:
            evaluation = read_xlsx_form(upload.path).evaluation
    except UploadRefused as refused:
        raise HTTPException(status_code=400, detail=f"{display_name(file.filename)}：{refused}") from None
    except InputError as error:
        reason = input_error_reason(error)
        raise HTTPException(
            status_code=400, detail=f"{display_name(file.filename)} 无法导入：{reason}"
        ) from None
    if evaluation.unit != account.unit_name:
        raise HTTPException(
            status_code=400,
            detail=f"表中的实施单位是“{evaluation.unit}”，不是您的单位“{account.unit_name}”，不能导入。",
        )
    card = score_of(evaluation)
    if card is None:
        raise HTTPException(status_code=400, detail=f"表中的评分方案“{evaluation.scheme}”不存在。")
    with engine.begin() as connection:
        evaluation_id = save_evaluation(
            connection, evaluation, card, actor=account.username, user_id=account.id
        )
    return RedirectResponse(f"/evaluations/{evaluation_id}", status_code=303)


@router.get("/evaluations/{evaluation_id}")
def show_evaluation(request: Request, engine: EngineDep, account: AccountDep, evaluation_id: int) -> Response:
    row = _owned(engine, evaluation_id, account)
    evaluation = Evaluation.model_validate(row.data)
    return _page(request, account, from_evaluation(evaluation), evaluation, row)


@router.post("/evaluations/{evaluation_id}")
async def save_changes(
    request: Request, engine: EngineDep, account: AccountDep, evaluation_id: int
) -> Response:
    row = _owned(engine, evaluation_id, account)
    if not _editable(row, account):
        raise HTTPException(status_code=403, detail="这份自评表已报送或不属于您的单位，不能修改。")
    form = _posted(await request.form(), account)
    evaluation = to_evaluation(form)
    card = score_of(evaluation) if evaluation is not None else None
    if evaluation is None or card is None:
        return _page(
            request, account, form, evaluation, row, 400, message="表中有需要修改的地方，请看红色提示。"
        )
    # what the form does not show (the evaluation team, the report date) is kept as it was
    kept = Evaluation.model_validate(row.data)
    evaluation = evaluation.model_copy(update={"team": kept.team, "report_date": kept.report_date})
    with engine.begin() as connection:
        update_evaluation(connection, evaluation_id, evaluation, card, account)
    return RedirectResponse(f"/evaluations/{evaluation_id}?saved=1", status_code=303)


@router.post("/evaluations/{evaluation_id}/submit")
def submit(request: Request, engine: EngineDep, account: UnitDep, evaluation_id: int) -> Response:
    row = _owned(engine, evaluation_id, account)
    if row.status not in EDITABLE:
        raise HTTPException(status_code=409, detail="这份自评表已经报送。")
    card = score_of(Evaluation.model_validate(row.data))
    if card is None or card.errors:
        count = len(card.errors) if card else 1
        raise HTTPException(status_code=400, detail=f"自评表还有 {count} 个错误，改正后才能报送。")
    with engine.begin() as connection:
        change_state(connection, evaluation_id, account, status="submitted", return_comment=None)
    return RedirectResponse(f"/evaluations/{evaluation_id}", status_code=303)


@router.post("/evaluations/{evaluation_id}/return")
def return_to_unit(
    request: Request,
    engine: EngineDep,
    account: ReviewerDep,
    evaluation_id: int,
    comment: Annotated[str, Form(max_length=MAX_COMMENT)] = "",
) -> Response:
    row = _owned(engine, evaluation_id, account)
    if row.status != "submitted":
        raise HTTPException(status_code=409, detail="只有已报送的自评表才能退回。")
    if not comment.strip():
        raise HTTPException(status_code=400, detail="退回时请写明需要修改的内容。")
    with engine.begin() as connection:
        change_state(connection, evaluation_id, account, status="returned", return_comment=comment.strip())
    return RedirectResponse(f"/evaluations/{evaluation_id}", status_code=303)


def parse_review_score(text: str, total_points: Decimal) -> Decimal | None:
    """The review score as typed: empty clears it; otherwise a number from 0 to the scheme's total."""
    if not text.strip():
        return None
    value = to_decimal(text.strip())
    if value is None or not value.is_finite() or not 0 <= value <= total_points or value != round(value, 2):
        raise HTTPException(
            status_code=400, detail=f"复核得分应为 0 到 {total_points} 之间的数，最多两位小数。"
        )
    return value


@router.post("/evaluations/{evaluation_id}/review-score")
def evaluation_review_score(
    request: Request,
    engine: EngineDep,
    account: ReviewerDep,
    evaluation_id: int,
    review_score: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    row = _owned(engine, evaluation_id, account)
    if row.status != "submitted":
        raise HTTPException(status_code=409, detail="只有已报送财政的自评表才能复核评分。")
    card = score_of(Evaluation.model_validate(row.data))
    value = parse_review_score(review_score, card.total_points if card else Decimal(100))
    with engine.begin() as connection:
        change_state(connection, evaluation_id, account, review_score=value)
    return RedirectResponse(f"/evaluations/{evaluation_id}", status_code=303)


DOWNLOADS = {
    "xlsx": ("自评表", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("自评报告", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("自评报告", "application/pdf"),
}


@router.get("/evaluations/{evaluation_id}/download/{target}")
def download(engine: EngineDep, account: AccountDep, evaluation_id: int, target: str) -> Response:
    if target not in DOWNLOADS:
        raise HTTPException(status_code=404, detail="不支持的下载格式。")
    evaluation = Evaluation.model_validate(_owned(engine, evaluation_id, account).data)
    scheme = load_scheme(scheme_of(evaluation))
    card = score(evaluation, scheme)
    if target == "xlsx":
        content = form_xlsx(evaluation, card, scheme)
    else:
        content = report_docx(build_report(evaluation, card, scheme))
        if target == "pdf":
            try:
                content = docx_to_pdf(content)
            except OfficeError as error:
                raise HTTPException(status_code=503, detail=f"暂时无法生成 PDF：{error}") from None
    label, media_type = DOWNLOADS[target]
    name = f"{evaluation.year}年度{evaluation.title}{label}.{target}"
    disposition = (
        f"attachment; filename=\"evaluation-{evaluation_id}.{target}\"; filename*=UTF-8''{quote(name)}"
    )
    return Response(content, media_type=media_type, headers={"Content-Disposition": disposition})
