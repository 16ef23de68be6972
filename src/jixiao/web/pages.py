"""Rendering pages: one Jinja2 environment (autoescaped) with what every page needs."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.responses import Response

from jixiao.decimals import fmt
from jixiao.errors import InputError
from jixiao.jsonout import dumps
from jixiao.model.loading import available_schemes, load_scheme
from jixiao.web.accounts import Account
from jixiao.web.csrf import csrf_token

templates = Jinja2Templates(
    env=Environment(
        loader=PackageLoader("jixiao.web", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
)
# tojson keeps Decimals exact (audit log entries and facts hold them)
templates.env.policies["json.dumps_function"] = dumps
templates.env.policies["json.dumps_kwargs"] = {}


def _number(value: Any, places: int | None = None) -> str:
    """Figures as reports print them: no exponent, no trailing zeros unless places are asked for."""
    if value is None:
        return ""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return fmt(Decimal(value), places)
    return str(value)


templates.env.filters["num"] = _number

TIMEZONE_ENV = "JIXIAO_TIMEZONE"


@cache
def _zone() -> ZoneInfo:
    """The zone times are shown in: the server's office (JIXIAO_TIMEZONE, Asia/Shanghai by default)."""
    return ZoneInfo(os.environ.get(TIMEZONE_ENV) or "Asia/Shanghai")


def local_time(value: dt.datetime | None, seconds: bool = False) -> str:
    """A stored time (UTC; SQLite gives it back without its zone) in the server's zone."""
    if value is None:
        return ""
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(_zone()).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


@cache
def scheme_title(name: str) -> str:
    """A scheme in words (its title) rather than its id; an unknown name as it is."""
    try:
        return load_scheme(name).title if name in available_schemes() else name
    except InputError:
        return name


templates.env.filters["localtime"] = local_time
templates.env.filters["scheme_title"] = scheme_title


def render(
    request: Request,
    name: str,
    account: Account | None = None,
    status_code: int = 200,
    **context: Any,
) -> Response:
    """A page or fragment, with the account and the CSRF token every form needs."""
    return templates.TemplateResponse(
        request,
        name,
        {"account": account, "csrf": csrf_token(request), **context},
        status_code=status_code,
    )
