"""jixiao's own PDF reads as well as its .docx: every valid example rendered both ways by ``jixiao render``
(the PDF through LibreOffice with the Noto CJK fonts, justified 仿宋 三号 lines), read back and extracted.

The headline figures are checked against values worked out by hand from each YAML, and everything else
extracted from the PDF must equal what the .docx gives, positions aside (the PDF wraps lines). The
candidates offered for each headline field are left out too: they say where a value was found, and the
PDF's title wraps over two lines, so the prose reader no longer finds the unit in it (the title reader does).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.extract.extract import extract_document
from jixiao.extract.model import ExtractedReport
from jixiao.ingest.read import read_document
from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.scoring import score

from .conftest import EXAMPLES, run_jixiao

D = Decimal
FORMATS = ("docx", "pdf")

# Hand-checked from the YAML files; rates are executed / adjusted budget, scores as in test_examples.
EXPECTED: dict[str, dict[str, Any]] = {
    "002-department-jingxing-2025.yaml": {
        "kind": "部门整体支出",
        "year": 2025,
        "unit": "中共井陉县委网络安全和信息化委员会办公室",
        "project": None,
        "report_date": None,
        "initial": D("158.5"),
        "adjusted": D("154.74"),
        "executed": D("152.36"),
        "rate": D("98.46"),  # 152.36 / 154.74 = 98.462%
        "score": D("98.85"),
        "grade": "优",
        # 10 + 8 × 5 output indicators; 14 + 15 benefit; 10 satisfaction
        "components": {"预算执行率": D("9.85"), "产出指标": D(50), "效益指标": D(29), "满意度指标": D(10)},
    },
    "003-project-sanmenxia-2021.yaml": {
        "kind": "项目支出",
        "year": 2021,
        "unit": "三门峡市互联网舆情研究和应急保障中心",
        "project": "网络宣传管理和文化建设经费项目",
        "report_date": dt.date(2022, 3, 15),
        "initial": D(110),
        "adjusted": D(110),
        "executed": D("98.69"),
        "rate": D("89.72"),  # 98.69 / 110 = 89.718%
        "score": D("98.47"),
        "grade": "优",
        # 10 + 10 + 9.5 (190 of 200) + 10 + 10; 15 + 15; 10
        "components": {
            "预算执行率": D("8.97"),
            "产出指标": D("49.5"),
            "效益指标": D(30),
            "满意度指标": D(10),
        },
    },
    "004-department-chenxi-2023.yaml": {
        "kind": "部门整体支出",
        "year": 2023,
        "unit": "中共辰溪县委网络安全和信息化委员会办公室",
        "project": None,
        "report_date": dt.date(2024, 3, 14),
        "initial": D("239.67"),
        "adjusted": D("239.67"),
        "executed": D("239.67"),
        "rate": D(100),
        "score": D("97.22"),  # 87.5 of the 90 applicable points
        "grade": "优",
        "components": {"预算执行率": D(10), "产出指标": D(50), "效益指标": D("17.5"), "满意度指标": D(10)},
    },
}
_HAN_SPACE_HAN = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")
_POSITIONS = ("line", "start", "end", "end_line", "text", "score_line")


def _valid_examples() -> list[Path]:
    """The examples whose score card has no problems (003-as-published-invalid keeps its mistakes)."""
    valid = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        evaluation = load_evaluation(path)
        if not score(evaluation, load_scheme(evaluation.scheme or "national-2020")).problems:
            valid.append(path)
    return valid


VALID = _valid_examples()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("parity")
    files: dict[tuple[str, str], Path] = {}
    for example in VALID:
        for file_format in FORMATS:
            out = folder / f"{example.stem}.{file_format}"
            result = run_jixiao("render", str(example), "--to", file_format, "-o", str(out))
            assert result.returncode == 0, result.stderr
            files[example.name, file_format] = out
    return files


def _extract(path: Path) -> ExtractedReport:
    return extract_document(read_document(path))


def _headline(report: ExtractedReport) -> dict[str, Any]:
    return {
        "kind": report.kind,
        "year": report.year,
        "unit": report.unit,
        "project": report.project,
        "report_date": report.report_date,
        "initial": report.budget.initial,
        "adjusted": report.budget.adjusted,
        "executed": report.budget.executed,
        "rate": report.budget.execution_rate,
        "score": report.score,
        "grade": report.grade,
        "components": report.components,
    }


def _without_positions(value: Any) -> Any:
    """The extraction's values with where they were printed left out, lists of records as sorted lists."""
    if isinstance(value, dict):
        return {key: _without_positions(item) for key, item in value.items() if key not in _POSITIONS}
    if isinstance(value, list):
        return sorted((_without_positions(item) for item in value), key=repr)
    return value


def test_every_valid_example_is_hand_checked() -> None:
    assert [path.name for path in VALID] == sorted(EXPECTED)


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("example", VALID, ids=lambda path: path.stem)
def test_headline_figures_are_the_evaluations(
    rendered: dict[tuple[str, str], Path], example: Path, file_format: str
) -> None:
    report = _extract(rendered[example.name, file_format])
    assert report.format == file_format
    assert _headline(report) == EXPECTED[example.name]


@pytest.mark.parametrize("example", VALID, ids=lambda path: path.stem)
def test_pdf_reads_as_the_docx(rendered: dict[tuple[str, str], Path], example: Path) -> None:
    aside = {"file", "format", "candidates"}
    docx = _extract(rendered[example.name, "docx"]).model_dump(exclude=aside)
    pdf = _extract(rendered[example.name, "pdf"]).model_dump(exclude=aside)
    assert _without_positions(pdf) == _without_positions(docx)


@pytest.mark.parametrize("example", VALID, ids=lambda path: path.stem)
def test_justified_lines_keep_their_words_whole(rendered: dict[tuple[str, str], Path], example: Path) -> None:
    """A justified line spreads its characters apart; that is no space ("保障中 心", "全 年 执 行 数")."""
    docx_text = read_document(rendered[example.name, "docx"]).text
    pdf_text = read_document(rendered[example.name, "pdf"]).text
    # spaces the writer typed (the blank date "年    月    日" to fill in by hand) come out as one in the PDF
    docx_text = re.sub(r" +", " ", docx_text)
    split = set(_HAN_SPACE_HAN.findall(pdf_text)) - set(_HAN_SPACE_HAN.findall(docx_text))
    assert not split
    assert "全年执行数" in pdf_text
