"""The administrator's pages: units and accounts; and the change history reviewers may read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from sqlalchemy import Connection, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from jixiao.store.models import (
    ROLES,
    AuditLogEntry,
    Finding,
    Report,
    StoredEvaluation,
    Unit,
    UnitAlias,
    User,
)
from jixiao.store.units import add_alias
from jixiao.web.accounts import (
    ROLE_LABELS,
    argon2_call,
    create_user,
    hash_password,
    password_hash_of,
    password_matches,
    set_password,
)
from jixiao.web.audit_view import ACTION_LABELS, ENTITY_LABELS, changes, link, raw
from jixiao.web.deps import AccountDep, AdminDep, EngineDep, ReviewerDep
from jixiao.web.pages import render
from jixiao.web.sessions import COOKIE_KEY, end_sessions_of
from jixiao.web.workflow import log_by

router = APIRouter()

MIN_PASSWORD = 8
AUDIT_PAGE = 50


def _admin_page(request: Request, engine: EngineDep, account: AdminDep, **context: object) -> Response:
    with engine.connect() as connection:
        units = connection.execute(select(Unit.id, Unit.name).order_by(Unit.name)).all()
        aliases: dict[int, list[str]] = {}
        for unit_id, alias in connection.execute(
            select(UnitAlias.unit_id, UnitAlias.name).order_by(UnitAlias.name)
        ):
            aliases.setdefault(unit_id, []).append(alias)
        users = connection.execute(
            select(User.id, User.username, User.role, Unit.name.label("unit"), User.created_at, User.disabled)
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
        aliases=aliases,
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
            log_by(connection, account, "units", unit_id, None, {"name": name}, "create")
    except IntegrityError:
        return _admin_page(request, engine, account, error=f"单位“{name}”已存在。")
    return RedirectResponse("/admin", status_code=303)


def _unit_name(engine: EngineDep, unit_id: int) -> str:
    with engine.connect() as connection:
        name = connection.scalar(select(Unit.name).where(Unit.id == unit_id))
    if name is None:
        raise HTTPException(status_code=404, detail="没有找到这个单位。")
    return str(name)


def _name_taken(connection: Connection, name: str) -> bool:
    return (
        connection.scalar(select(Unit.id).where(Unit.name == name)) is not None
        or connection.scalar(select(UnitAlias.id).where(UnitAlias.name == name)) is not None
    )


@router.post("/admin/units/{unit_id}/rename")
def rename_unit(
    request: Request,
    engine: EngineDep,
    account: AdminDep,
    unit_id: int,
    name: Annotated[str, Form(max_length=200)],
) -> Response:
    """A new name; the old one stays as an alias, so reports under it are still filed here."""
    old = _unit_name(engine, unit_id)
    name = name.strip()
    if not name or name == old:
        return _admin_page(request, engine, account, error="请填写新的单位名称。")
    with engine.begin() as connection:
        if (
            _name_taken(connection, name)
            and connection.scalar(select(UnitAlias.unit_id).where(UnitAlias.name == name)) != unit_id
        ):
            return _admin_page(
                request, engine, account, error=f"“{name}”已是另一个单位的名称或别名，可以合并两个单位。"
            )
        connection.execute(delete(UnitAlias).where(UnitAlias.name == name))
        connection.execute(update(Unit).where(Unit.id == unit_id).values(name=name))
        add_alias(connection, unit_id, old)
        log_by(connection, account, "units", unit_id, {"name": old}, {"name": name}, "rename")
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/units/{unit_id}/aliases")
def add_unit_alias(
    request: Request,
    engine: EngineDep,
    account: AdminDep,
    unit_id: int,
    name: Annotated[str, Form(max_length=200)],
) -> Response:
    _unit_name(engine, unit_id)
    name = name.strip()
    with engine.begin() as connection:
        if not name or _name_taken(connection, name):
            return _admin_page(request, engine, account, error=f"“{name}”为空或已被使用。")
        add_alias(connection, unit_id, name)
        log_by(connection, account, "units", unit_id, {"aliases": None}, {"aliases": name})
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/units/{unit_id}/merge")
def merge_unit(
    request: Request,
    engine: EngineDep,
    account: AdminDep,
    unit_id: int,
    into: Annotated[str, Form()],
) -> Response:
    """One body under two unit names: everything of this unit (reports, evaluations, accounts, aliases)
    moves to ``into``; this unit's name becomes an alias there and the unit is removed. Logged on both."""
    name = _unit_name(engine, unit_id)
    target = int(into) if into.isdigit() else None
    if target is None or target == unit_id:
        return _admin_page(request, engine, account, error="请选择要并入的另一个单位。")
    target_name = _unit_name(engine, target)
    with engine.begin() as connection:
        moved = {}
        for model in (Report, StoredEvaluation, User, UnitAlias):
            result = connection.execute(update(model).where(model.unit_id == unit_id).values(unit_id=target))
            moved[model.__tablename__] = result.rowcount
        connection.execute(delete(Unit).where(Unit.id == unit_id))
        add_alias(connection, target, name)
        after = {"merged_into": target_name, **moved}
        log_by(connection, account, "units", unit_id, {"name": name}, after, "merge")
        log_by(connection, account, "units", target, None, {"aliases": name, **moved}, "merge")
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
            after = {"username": username, "role": role, "unit_id": unit if role == "unit" else None}
            log_by(connection, account, "users", user_id, None, after, "create")
    except IntegrityError:
        return _admin_page(request, engine, account, error=f"用户名“{username}”已被使用。")
    return RedirectResponse("/admin", status_code=303)


def _user(engine: EngineDep, user_id: int) -> Any:
    with engine.connect() as connection:
        row = connection.execute(
            select(User.id, User.username, User.disabled).where(User.id == user_id)
        ).one_or_none()
    if row is None:
        raise HTTPException(status_code=404, detail="没有找到这个账号。")
    return row


@router.post("/admin/users/{user_id}/disable")
def disable_user(
    request: Request,
    engine: EngineDep,
    account: AdminDep,
    user_id: int,
    disabled: Annotated[str, Form()] = "1",
) -> Response:
    """Disable (its sessions end at once) or enable an account; an administrator never disables itself."""
    user = _user(engine, user_id)
    value = disabled == "1"
    if value and user_id == account.id:
        return _admin_page(request, engine, account, error="不能停用自己正在使用的账号。")
    with engine.begin() as connection:
        connection.execute(update(User).where(User.id == user_id).values(disabled=value))
        if value:
            end_sessions_of(connection, user_id)
        log_by(connection, account, "users", user_id, {"disabled": user.disabled}, {"disabled": value})
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{user_id}/password")
def reset_password(
    request: Request,
    engine: EngineDep,
    account: AdminDep,
    user_id: int,
    password: Annotated[str, Form(max_length=200)],
) -> Response:
    """A new password set by an administrator: every session of that account ends."""
    _user(engine, user_id)
    if len(password) < MIN_PASSWORD:
        return _admin_page(request, engine, account, error=f"密码至少 {MIN_PASSWORD} 位。")
    with engine.begin() as connection:
        set_password(connection, user_id, password)
        end_sessions_of(connection, user_id, keep=_own_token(request) if user_id == account.id else None)
        log_by(connection, account, "users", user_id, None, {"password": "（已重设）"})
    return RedirectResponse("/admin?reset=1", status_code=303)


def _own_token(request: Request) -> str | None:
    token = request.session.get(COOKIE_KEY)
    return token if isinstance(token, str) else None


@router.get("/account/password")
def password_page(request: Request, account: AccountDep) -> Response:
    return render(request, "admin/password.html", account, min_password=MIN_PASSWORD)


@router.post("/account/password")
async def change_own_password(
    request: Request,
    engine: EngineDep,
    account: AccountDep,
    current: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=200)],
    repeat: Annotated[str, Form(max_length=200)],
) -> Response:
    """Anyone changes their own password, giving the current one; their other sessions end."""

    def problem() -> str | None:
        if len(password) < MIN_PASSWORD:
            return f"新密码至少 {MIN_PASSWORD} 位。"
        if password != repeat:
            return "两次输入的新密码不一致。"
        return None

    error = problem()
    if error is None:

        def stored() -> str | None:
            with engine.connect() as connection:
                known = password_hash_of(connection, account.username)
            return known[1] if known else None

        if not await argon2_call(password_matches, await run_in_threadpool(stored), current):
            error = "当前密码不正确。"
    if error is not None:
        return render(
            request, "admin/password.html", account, status_code=400, error=error, min_password=MIN_PASSWORD
        )
    new_hash = await argon2_call(hash_password, password)

    def save() -> None:
        with engine.begin() as connection:
            connection.execute(update(User).where(User.id == account.id).values(password_hash=new_hash))
            end_sessions_of(connection, account.id, keep=_own_token(request))
            log_by(connection, account, "users", account.id, None, {"password": "（本人已修改）"})

    await run_in_threadpool(save)
    return render(request, "admin/password.html", account, saved=True, min_password=MIN_PASSWORD)


@router.get("/audit-log")
def audit_log(
    request: Request,
    engine: EngineDep,
    account: ReviewerDep,
    entity: str | None = None,
    before: int | None = None,
) -> Response:
    """The newest changes first, a page at a time (``before``: the entries older than that id)."""
    query = (
        select(*AuditLogEntry.__table__.columns, Finding.report_id.label("finding_report"))
        .outerjoin(Finding, and_(AuditLogEntry.entity == "findings", Finding.id == AuditLogEntry.entity_id))
        .order_by(AuditLogEntry.id.desc())
        .limit(AUDIT_PAGE + 1)
    )
    if entity in ENTITY_LABELS:
        query = query.where(AuditLogEntry.entity == entity)
    if before is not None:
        query = query.where(AuditLogEntry.id < before)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    entries = [
        {
            "row": row,
            "changes": changes(row.before, row.after),
            "link": link(row.entity, row.entity_id, row.after, row.finding_report),
        }
        for row in rows[:AUDIT_PAGE]
    ]
    older = rows[AUDIT_PAGE - 1].id if len(rows) > AUDIT_PAGE else None
    return render(
        request,
        "admin/audit_log.html",
        account,
        entries=entries,
        entity=entity if entity in ENTITY_LABELS else None,
        entity_labels=ENTITY_LABELS,
        action_labels=ACTION_LABELS,
        raw=raw,
        older=older,
        paged=before is not None,
    )
