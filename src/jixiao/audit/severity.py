"""How serious a finding is, and the word a reviewer reads for it; apart from the models so that the
command line can print it without building them."""

from __future__ import annotations

from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_LABEL: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}
