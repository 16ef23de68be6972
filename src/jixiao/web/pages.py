"""Rendering pages: one Jinja2 environment (autoescaped) with what every page needs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.responses import Response

from jixiao.decimals import fmt
from jixiao.jsonout import dumps
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
