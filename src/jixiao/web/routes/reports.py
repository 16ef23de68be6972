"""The reviewer workspace: upload published reports, read one with its findings at their lines and the
extracted facts beside it, accept or dismiss each finding with a comment, enter the review score (复核).

Unit users may read their own unit's reports; every other report answers 404.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import aliased
from starlette.responses import RedirectResponse, Response

from jixiao.audit.findings import SEVERITY_LABEL
from jixiao.audit.html import annotated_lines
from jixiao.cli.score import DEFAULT_SCHEME
from jixiao.errors import InputError
from jixiao.ingest.document import Document
from jixiao.model.loading import available_schemes, load_scheme
from jixiao.scoring.review import composite
from jixiao.store.cards import latest_card_id
from jixiao.store.findings import decide_finding
from jixiao.store.models import Finding, Report, StoredEvaluation, StoredScoreCard, Unit, UploadItem, User
from jixiao.web.accounts import Account
from jixiao.web.deps import AccountDep, EngineDep, ReviewerDep, visible_row
from jixiao.web.pages import render
from jixiao.web.routes.evaluations import STATUS_LABELS as EVALUATION_STATUS_LABELS
from jixiao.web.routes.evaluations import parse_review_score
from jixiao.web.upload_queue import Refused, UploadQueue, new_batch
from jixiao.web.uploads import Upload, UploadRefused, accepted, display_name
from jixiao.web.workflow import change_report_review, log_by, start_review

router = APIRouter()

MAX_FILES = 50
REPORT_KINDS = frozenset({"docx", "pdf", "text", "xlsx"})
DECISIONS = {"accepted": "已采纳", "dismissed": "已驳回", "open": "待处理"}
MAX_REASON = 2000
REVIEW_STATUSES = {"pending": "待审核", "in_review": "审核中", "done": "已审核", "returned": "已退回"}
FINISHED = ("done", "returned")
FACT_LABELS = {
    "kind": "类型",
    "year": "年度",
    "unit": "单位",
    "project": "项目",
    "project.name": "项目名称",
    "report_date": "报告日期",
    "score": "自评得分",
    "grade": "等级",
    "grade_scheme": "等级标准",
    "satisfaction": "满意度",
    "achievement": "完成情况",
    "target": "指标值",
    "target.qualitative": "定性指标",
    "weight": "分值",
    "component": "部分得分",
    "section": "章节",
    "team.member": "评价组成员",
    "amount": "金额",
    "budget": "预算",
    "income": "收入",
    "expenditure": "支出",
    "assets": "资产",
    "staffing": "编制",
    "part": "分项",
    "total": "合计",
    "adjusted": "全年预算数",
    "initial": "年初预算数",
    "executed": "执行数",
    "execution_rate": "执行率",
    "arrived": "到位数",
}


def fact_label(field: str) -> str:
    """A fact's field in words: "budget.execution_rate" -> "预算·执行率"; unknown parts as they are."""
    if field in FACT_LABELS:
        return FACT_LABELS[field]
    return "·".join(FACT_LABELS.get(part, part) for part in field.split("."))


def _report(engine: Engine, report_id: int, account: Account) -> Row[Any]:
    statement = (
        select(Report.__table__, Unit.name.label("unit_name"), User.username.label("reviewed_by_name"))
        .outerjoin(Unit, Unit.id == Report.unit_id)
        .outerjoin(User, User.id == Report.reviewed_by)
        .where(Report.id == report_id)
    )
    return visible_row(engine, statement, account, "没有找到这份报告，或您没有权限查看。")


def _finding(engine: Engine, finding_id: int, account: Account) -> Row[Any]:
    statement = (
        select(Finding.__table__, Report.unit_id, User.username.label("decided_by_name"))
        .join(Report, Report.id == Finding.report_id)
        .outerjoin(User, User.id == Finding.decided_by)
        .where(Finding.id == finding_id)
    )
    return visible_row(engine, statement, account, "没有找到这条审核意见。")


@router.get("/reports")
def list_reports(
    request: Request, engine: EngineDep, account: AccountDep, status: str | None = None
) -> Response:
    """Every report with its review status and progress (findings handled of all); ``status`` filters."""
    open_findings = (
        select(func.count())
        .where(Finding.report_id == Report.id, Finding.status == "open")
        .correlate(Report)
        .scalar_subquery()
        .label("open_findings")
    )
    all_findings = (
        select(func.count())
        .where(Finding.report_id == Report.id)
        .correlate(Report)
        .scalar_subquery()
        .label("findings")
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
            Report.review_status,
            Unit.name.label("unit"),
            open_findings,
            all_findings,
        )
        .outerjoin(Unit, Unit.id == Report.unit_id)
        .order_by(Report.year.desc().nulls_last(), Unit.name, Report.id)
    )
    later = aliased(Report)
    query = query.where(~select(later.id).where(later.previous_id == Report.id).exists())  # latest only
    if account.role == "unit":
        query = query.where(Report.unit_id == account.unit_id)
    if status in REVIEW_STATUSES:
        query = query.where(Report.review_status == status)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return render(
        request,
        "reports/list.html",
        account,
        rows=rows,
        schemes=available_schemes(),
        review_statuses=REVIEW_STATUSES,
        status=status if status in REVIEW_STATUSES else None,
    )


@router.post("/reports/upload")
def upload_reports(
    request: Request,
    account: ReviewerDep,
    files: Annotated[list[UploadFile], File()],
    scheme: Annotated[str, Form()] = DEFAULT_SCHEME,
) -> Response:
    """Each file checked (size, type, zip bomb) and queued; reviewing them is the upload worker's. The
    answer is the batch's page, which shows each file's progress and outcome."""
    if scheme not in available_schemes():
        raise HTTPException(status_code=400, detail="请选择评分方案。")
    if len(files) > MAX_FILES:
        raise HTTPException(status_code=400, detail=f"一次最多上传 {MAX_FILES} 份文件。")
    limit = request.app.state.settings.max_file_bytes
    queue: UploadQueue = request.app.state.uploads
    batch = new_batch()
    received: list[Upload | Refused] = []
    for position, file in enumerate(files):
        try:
            with accepted(file.file, file.filename, limit, REPORT_KINDS) as upload:
                received.append(queue.keep(upload, batch, position))
        except UploadRefused as refused:
            received.append(Refused(display_name(file.filename), str(refused)))
    queue.enqueue(batch, account, scheme, received)
    return RedirectResponse(f"/reports/uploads/{batch}", status_code=303)


def _batch_rows(engine: Engine, batch: str) -> list[Any]:
    findings = (
        select(func.count())
        .where(Finding.report_id == UploadItem.report_id)
        .correlate(UploadItem)
        .scalar_subquery()
    )
    latest_card = latest_card_id(UploadItem.evaluation_id, UploadItem)
    evaluation_unit = aliased(Unit)
    query = (
        select(
            UploadItem.id,
            UploadItem.file_name,
            UploadItem.state,
            UploadItem.outcome,
            UploadItem.reason,
            UploadItem.report_id,
            UploadItem.evaluation_id,
            func.coalesce(Unit.name, evaluation_unit.name).label("unit"),
            func.coalesce(Report.year, StoredEvaluation.year).label("year"),
            func.coalesce(Report.score, StoredScoreCard.total).label("score"),
            func.coalesce(Report.grade, StoredScoreCard.grade).label("grade"),
            findings.label("findings"),
        )
        .outerjoin(Report, Report.id == UploadItem.report_id)
        .outerjoin(Unit, Unit.id == Report.unit_id)
        .outerjoin(StoredEvaluation, StoredEvaluation.id == UploadItem.evaluation_id)
        .outerjoin(evaluation_unit, evaluation_unit.id == StoredEvaluation.unit_id)
        .outerjoin(StoredScoreCard, StoredScoreCard.id == latest_card)
        .where(UploadItem.batch == batch)
        .order_by(UploadItem.id)
    )
    with engine.connect() as connection:
        rows = list(connection.execute(query).all())
    if not rows:
        raise HTTPException(status_code=404, detail="没有找到这次上传。")
    return rows


def _batch_context(engine: Engine, batch: str) -> dict[str, Any]:
    rows = _batch_rows(engine, batch)
    done = sum(row.state == "finished" for row in rows)
    return {"batch": batch, "rows": rows, "done": done, "finished": done == len(rows)}


@router.get("/reports/uploads/{batch}")
def upload_batch(request: Request, engine: EngineDep, account: ReviewerDep, batch: str) -> Response:
    return render(request, "reports/uploaded.html", account, **_batch_context(engine, batch))


@router.get("/reports/uploads/{batch}/progress")
def upload_progress(request: Request, engine: EngineDep, account: ReviewerDep, batch: str) -> Response:
    """HTMX: the results table as it stands; it stops asking once every file is finished."""
    return render(request, "reports/_upload_results.html", account, **_batch_context(engine, batch))


@router.get("/reports/{report_id}")
def show_report(request: Request, engine: EngineDep, account: AccountDep, report_id: int) -> Response:
    report = _report(engine, report_id, account)
    with engine.connect() as connection:
        findings = connection.execute(
            select(Finding.__table__, User.username.label("decided_by_name"))
            .outerjoin(User, User.id == Finding.decided_by)
            .where(Finding.report_id == report_id)
            .order_by(Finding.line.nulls_first(), Finding.id)
        ).all()
        evaluations = _evaluations_of(connection, report, account)
        newer = connection.scalar(select(Report.id).where(Report.previous_id == report_id))
    document = Document.from_text(report.file_name, report.format, report.text)
    facts = report.facts or {}
    try:
        scheme = load_scheme(report.scheme)
    except InputError:
        scheme = None
    weighted = None
    if scheme is not None and report.score is not None and report.review_score is not None:
        weighted = composite(scheme, report.score, report.review_score)
    return render(
        request,
        "reports/detail.html",
        account,
        report=report,
        findings=findings,
        lines=annotated_lines(document, findings),
        facts=facts,
        provenance=[fact for fact in facts.get("facts", []) if fact.get("field") != "section"],
        fact_label=fact_label,
        labels=SEVERITY_LABEL,
        decisions=DECISIONS,
        review={"scheme": scheme, "composite": weighted} if scheme else None,
        progress=_progress(findings, report.review_status),
        locked=report.review_status in FINISHED,
        review_statuses=REVIEW_STATUSES,
        evaluations=evaluations,
        evaluation_statuses=EVALUATION_STATUS_LABELS,
        newer=newer,
    )


def _progress(findings: Sequence[Any], status: str) -> dict[str, Any]:
    handled = sum(finding.status != "open" for finding in findings)
    return {"handled": handled, "total": len(findings), "status": REVIEW_STATUSES[status]}


def _evaluations_of(connection: Connection, report: Row[Any], account: Account) -> list[Any]:
    """The unit's evaluations of the report's year, as the account may see them (drafts only the unit)."""
    if report.unit_id is None or report.year is None:
        return []
    query = select(
        StoredEvaluation.id, StoredEvaluation.kind, StoredEvaluation.project, StoredEvaluation.status
    ).where(StoredEvaluation.unit_id == report.unit_id, StoredEvaluation.year == report.year)
    if account.role != "unit":
        query = query.where(StoredEvaluation.status != "draft")
    return list(connection.execute(query.order_by(StoredEvaluation.id)).all())


@router.post("/findings/{finding_id}/decide")
def decide(
    request: Request,
    engine: EngineDep,
    account: ReviewerDep,
    finding_id: int,
    status: Annotated[str, Form()],
    reason: Annotated[str, Form(max_length=MAX_REASON)] = "",
) -> Response:
    """Accept, dismiss or reopen a finding (HTMX: the finding comes back as it now stands)."""
    current = _finding(engine, finding_id, account)
    _still_open(_report(engine, current.report_id, account))
    if status not in DECISIONS:
        raise HTTPException(status_code=400, detail="请选择采纳或驳回。")
    if status == "dismissed" and not reason.strip():
        raise HTTPException(status_code=400, detail="驳回审核意见时请写明理由。")
    with engine.begin() as connection:
        decide_finding(
            connection,
            finding_id,
            status,
            actor=account.username,
            user_id=account.id,
            reason=reason.strip() or None,
        )
        start_review(connection, current.report_id, account)
    finding = _finding(engine, finding_id, account)
    if request.headers.get("HX-Request"):
        with engine.connect() as connection:
            findings = connection.execute(
                select(Finding.status).where(Finding.report_id == finding.report_id)
            ).all()
            review_status = connection.execute(
                select(Report.review_status).where(Report.id == finding.report_id)
            ).scalar_one()
        return render(
            request,
            "reports/_finding.html",
            account,
            f=finding,
            labels=SEVERITY_LABEL,
            decisions=DECISIONS,
            progress=_progress(findings, review_status),
            oob=True,
        )
    return RedirectResponse(f"/reports/{finding.report_id}#finding-{finding_id}", status_code=303)


@router.post("/reports/{report_id}/review-score")
def report_review_score(
    engine: EngineDep,
    account: ReviewerDep,
    report_id: int,
    review_score: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    report = _report(engine, report_id, account)
    try:
        total: Decimal = load_scheme(report.scheme).total_points
    except InputError:
        total = Decimal(100)
    value = parse_review_score(review_score, total)
    _still_open(report)
    with engine.begin() as connection:
        change_report_review(connection, report_id, account, review_score=value)
    return RedirectResponse(f"/reports/{report_id}", status_code=303)


@router.post("/reports/{report_id}/separate")
def separate_versions(engine: EngineDep, account: ReviewerDep, report_id: int) -> Response:
    """Not a new version after all: the report is counted on its own, beside the one it was linked to."""
    report = _report(engine, report_id, account)
    if report.previous_id is None:
        raise HTTPException(status_code=409, detail="这份报告没有被识别为其他报告的新版本。")
    with engine.begin() as connection:
        connection.execute(update(Report).where(Report.id == report_id).values(previous_id=None))
        log_by(
            connection,
            account,
            "reports",
            report_id,
            {"previous_id": report.previous_id},
            {"previous_id": None},
        )
    return RedirectResponse(f"/reports/{report_id}", status_code=303)


def _still_open(report: Row[Any]) -> None:
    if report.review_status in FINISHED:
        raise HTTPException(
            status_code=409, detail="这份报告已审核完成或已退回；如需修改，请先点“重新审核”。"
        )


@router.post("/reports/{report_id}/review")
def finish_review(
    engine: EngineDep,
    account: ReviewerDep,
    report_id: int,
    action: Annotated[str, Form()],
    comment: Annotated[str, Form(max_length=MAX_REASON)] = "",
) -> Response:
    """审核完成 (every finding handled), 退回 (复核意见 required) or 重新审核; the 复核意见 is kept with it."""
    report = _report(engine, report_id, account)
    comment = comment.strip()
    if action == "reopen":
        if report.review_status not in FINISHED:
            raise HTTPException(status_code=409, detail="这份报告还在审核中。")
        values: dict[str, Any] = {"review_status": "in_review"}
    elif action in ("complete", "return"):
        _still_open(report)
        if action == "return" and not comment:
            raise HTTPException(status_code=400, detail="退回报告时请在复核意见中写明需要修改的内容。")
        with engine.connect() as connection:
            open_findings = connection.scalar(
                select(func.count()).where(Finding.report_id == report_id, Finding.status == "open")
            )
        if action == "complete" and open_findings:
            raise HTTPException(
                status_code=400,
                detail=f"还有 {open_findings} 条审核意见未处理（采纳或驳回），处理后才能审核完成。",
            )
        values = {
            "review_status": "done" if action == "complete" else "returned",
            "review_comment": comment or None,
        }
    else:
        raise HTTPException(status_code=400, detail="请选择审核完成或退回。")
    with engine.begin() as connection:
        change_report_review(connection, report_id, account, **values)
    return RedirectResponse(f"/reports/{report_id}", status_code=303)
