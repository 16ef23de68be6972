"""The rule registry, in the manner of a linter: every check is a small rule with a stable code.

A rule declares its code, short name, default severity, a one-line Chinese message template and a
Chinese documentation text with one report snippet that must fire it and one that must not; the
test suite runs both snippets through the real reader and auditor, so the documentation cannot
drift from the behaviour.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jixiao.audit.findings import Finding, Severity
from jixiao.audit.severity import SEVERITY_LABEL

if TYPE_CHECKING:
    from jixiao.audit.context import Context

Check = Callable[["Context"], Iterable["Hit"]]


@dataclass(frozen=True)
class Hit:
    """What a check found; the registry turns it into a Finding with the rule's code and severity."""

    fields: dict[str, str]
    lines: tuple[int, ...] = ()
    evidence: str = ""
    computation: str = ""
    severity: Severity | None = None  # a check may lower or raise its rule's default for one hit


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    message: str
    summary: str
    why: str
    fires: str
    passes: str
    check: Check

    def run(self, context: Context) -> Iterator[Finding]:
        for hit in self.check(context):
            lines = sorted(set(hit.lines))
            # the first line a rule names is where the slip is; the others are its context
            yield Finding(
                code=self.code,
                severity=hit.severity or self.severity,
                message=self.message.format(**hit.fields),
                line=hit.lines[0] if hit.lines else None,
                lines=lines,
                evidence=hit.evidence,
                computation=hit.computation,
            )

    def documentation(self) -> str:
        return (
            f"{self.code} {self.name}（默认级别：{SEVERITY_LABEL[self.severity]}）\n\n"
            f"检查内容：{self.summary}\n\n"
            f"为什么重要：{self.why}\n\n"
            f"会触发的写法：\n{_indent(self.fires)}\n\n"
            f"不会触发的写法：\n{_indent(self.passes)}\n"
        )


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.strip().splitlines())


RULES: dict[str, Rule] = {}


def rule(
    code: str, name: str, severity: Severity, message: str, *, summary: str, why: str, fires: str, passes: str
) -> Callable[[Check], Check]:
    """Register a check function as a rule."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule code {code} registered twice")
        RULES[code] = Rule(code, name, severity, message, summary, why, fires, passes, check)
        return check

    return register


def select(selected: Iterable[str] = (), ignored: Iterable[str] = ()) -> list[Rule]:
    """Rules by code or code prefix (``JX1`` selects every arithmetic rule), like ruff's --select."""
    chosen = [r for r in RULES.values() if not selected or any(r.code.startswith(s) for s in selected)]
    return [r for r in chosen if not any(r.code.startswith(i) for i in ignored)]
