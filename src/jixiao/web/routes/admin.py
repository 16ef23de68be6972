"""The administrator's pages: units and accounts; and the change history reviewers may read."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from starlette.responses import RedirectResponse, Response

from jixiao.store.audit_log import log_change
from jixiao.store.models import ROLES, AuditLogEntry, Unit, User
from jixiao.web.accounts import ROLE_LABELS, create_user
from jixiao.web.deps import AdminDep, EngineDep, ReviewerDep
from jixiao.web.pages import render

router = APIRouter()

MIN_PASSWORD = 8
AUDIT_PAGE = 200


def _admin_page(request: Request, engine: EngineDep, account: AdminDep, **context: object) -> Response:
    with engine.connect() as connection:
        units = connection.execute(select(Unit.id, Unit.name).order_by(Unit.name)).all()
        users = connection.execute(
            select(User.id, User.username, User.role, Unit.name.label("unit"), User.created_at)
            .outerjoin(Unit, Unit.id == User.unit_id)
            .order_by(User.username)
        ).all()
    status = 400 if "error" in context else 200
    return render(
        request,
        "admin/index.html",
        account,
        status_code=status,
        units=units,
        users=users,
        roles=ROLES,
        role_labels=ROLE_LABELS,
        **context,
    )


@router.get("/admin")
def admin_page(request: Request, engine: EngineDep, account: AdminDep) -> Response:
    return _admin_page(request, engine, account)


@router.post("/admin/units")
def add_unit(
    request: Request, engine: EngineDep, account: AdminDep, name: Annotated[str, Form(max_length=200)]
) -> Response:
    name = name.strip()
    if not name:
        return _admin_page(request, engine, account, error="请填写单位名称。")
    try:
        with engine.begin() as connection:
            unit_id = connection.execute(insert(Unit).values(name=name).returning(Unit.id)).scalar_one()
            log_change(
                connection,
                actor=account.username,
                user_id=account.id,
                entity="units",
                entity_id=unit_id,
                action="create",
                before=None,
                after={"name": name},
            )
    except IntegrityError:
        return _admin_page(request, engine, account, error=f"单位“{name}”已存在。")
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users")
def add_user(
    request: Request,
    engine: EngineDep,
    account: AdminDep,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=200)],
    role: Annotated[str, Form()],
    unit_id: Annotated[str, Form()] = "",
) -> Response:
    username = username.strip()
    unit = int(unit_id) if unit_id.isdigit() else None
    error = None
    if not username:
        error = "请填写用户名。"
    elif len(password) < MIN_PASSWORD:
        error = f"密码至少 {MIN_PASSWORD} 位。"
    elif role not in ROLES:
        error = "请选择角色。"
    elif role == "unit" and unit is None:
        error = "单位填报人员必须选择所属单位。"
    if error:
        return _admin_page(request, engine, account, error=error)
    try:
        with engine.begin() as connection:
            if unit is not None and connection.scalar(select(Unit.id).where(Unit.id == unit)) is None:
                return _admin_page(request, engine, account, error="所选单位不存在。")
            user_id = create_user(connection, username, password, role, unit if role == "unit" else None)
            log_change(
                connection,
                actor=account.username,
                user_id=account.id,
                entity="users",
                entity_id=user_id,
                action="create",
                before=None,
                after={"username": username, "role": role, "unit_id": unit if role == "unit" else None},
            )
    except IntegrityError:
        return _admin_page(request, engine, account, error=f"用户名“{username}”已被使用。")
    return RedirectResponse("/admin", status_code=303)


@router.get("/audit-log")
def audit_log(
    request: Request, engine: EngineDep, account: ReviewerDep, entity: str | None = None
) -> Response:
    query = select(*AuditLogEntry.__table__.columns).order_by(AuditLogEntry.id.desc()).limit(AUDIT_PAGE)
    if entity:
        query = query.where(AuditLogEntry.entity == entity)
    with engine.connect() as connection:
        entries = connection.execute(query).all()
    return render(request, "admin/audit_log.html", account, entries=entries, entity=entity)
