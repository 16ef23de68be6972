"""Every audit rule: its documented examples fire and pass through the real reader and auditor."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit.registry import RULES
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document

NATIONAL = load_scheme("national-2020")


def findings_for(text: str, code: str) -> list:
    document = Document.from_text("snippet.txt", "txt", text)
    return [f for f in review_document(document, NATIONAL).findings if f.code == code]


def test_registry_is_complete() -> None:
    assert len(RULES) >= 17
    for code, rule in RULES.items():
        assert code.startswith("JX") and len(code) == 5
        assert rule.severity in ("error", "warning", "info")
        assert rule.summary and rule.why and rule.fires and rule.passes
        assert "{" not in rule.documentation()


@pytest.mark.parametrize("code", sorted(RULES))
def test_documented_example_fires(code: str) -> None:
    assert findings_for(RULES[code].fires, code), f"{code} should fire on: {RULES[code].fires}"


@pytest.mark.parametrize("code", sorted(RULES))
def test_documented_counter_example_passes(code: str) -> None:
    assert findings_for(RULES[code].passes, code) == []


def test_rules_docs_are_printed(tmp_path: Path) -> None:
    doc = RULES["JX104"].documentation()
    assert doc.startswith("JX104 component-sum（默认级别：error）")
    assert "会触发的写法" in doc and "不会触发的写法" in doc
