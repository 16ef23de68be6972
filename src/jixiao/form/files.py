"""A 自评表 from any file a user has: an evaluation file (YAML, JSON), a workbook, or a published report
(txt, docx, pdf, html, doc) holding the form. The one entry point ``jixiao score`` reads through."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jixiao.errors import InputError
from jixiao.form.stated import StatedForm

EVALUATION_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})
NO_FORM = "未找到绩效自评表：没有含“三级指标”和“分值”或“得分”表头、能读出指标行的表格"


def read_stated_form(path: Path) -> StatedForm:
    """The form as the file states it; raises InputError naming the file when it cannot be read or holds
    no form."""
    suffix = path.suffix.lower()
    if suffix in EVALUATION_SUFFIXES:
        from jixiao.model.loading import load_evaluation

        return StatedForm(load_evaluation(path))
    if suffix in SPREADSHEET_SUFFIXES:
        from jixiao.render.xlsx_import import read_form_limited

        result = read_form_limited(path)
        assert result.form is not None
        return result.form
    from jixiao.extract.extract import extract_document
    from jixiao.form.published import forms_in_report
    from jixiao.ingest.isolated import read_isolated

    document = read_isolated(path)
    forms = forms_in_report(document, extract_document(document))
    if not forms:
        raise InputError.single(str(path), NO_FORM)
    if len(forms) == 1:
        return forms[0]
    # a department's form and its projects' forms: the first is scored, the user told of the others
    first = forms[0]
    rows = "、".join(f"第{lines[0]}行" for form in forms[1:] if (lines := form.lines("indicators[0]")))
    note = f"报告中有 {len(forms)} 张自评表，此处按第一张计分；其余各表（指标行自{rows}起）可用 jixiao audit 逐表核对"
    return replace(first, notes=(*first.notes, note))
