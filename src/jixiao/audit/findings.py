"""What the auditor says about a report: a finding a reviewer could act on, with its evidence."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from jixiao.audit.severity import SEVERITY_LABEL, Severity

__all__ = ["SEVERITY_LABEL", "Finding", "Severity"]


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    message: str
    line: int | None = Field(default=None, description="the first line the finding is about")
    lines: list[int] = Field(default_factory=list, description="every line involved")
    evidence: str = Field(default="", description="the quoted source text")
    computation: str = Field(default="", description="the check in plain figures")
