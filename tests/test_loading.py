"""Bad evaluation and scheme files: precise messages naming the file, the key and the line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.model.loading import available_schemes, load_evaluation, load_scheme

from .conftest import EXAMPLES


def test_bundled_schemes() -> None:
    assert {"national-2020", "luquan-2024", "provincial-80"} <= set(available_schemes())
    national = load_scheme("national-2020")
    assert [(c.name, c.weight) for c in national.categories] == [
        ("产出指标", 50),
        ("效益指标", 30),
        ("满意度指标", 10),
    ]
    assert national.execution.weight == 10
    assert national.over_achievement.ratio == Decimal("1.30")


def test_yaml_numbers_are_exact_decimals() -> None:
    evaluation = load_evaluation(EXAMPLES / "003-project-sanmenxia-2021.yaml")
    assert evaluation.funds.total.executed == Decimal("98.69")
    assert str(evaluation.funds.total.executed) == "98.69"


def test_json_evaluation(tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    path.write_text(
        '{"kind": "部门整体支出", "year": 2023, "department": "d", "unit": "u",'
        ' "funds": {"total": {"budget": 239.67, "executed": 239.67}}}',
        encoding="utf-8",
    )
    assert load_evaluation(path).funds.total.budget == Decimal("239.67")


def test_bad_field_names_file_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "kind: 项目支出\nyear: 2024\ndepartment: d\nunit: u\nproject: p\n"
        "funds:\n  total: {budget: 10, executed: 9}\n"
        "indicators:\n  - {level1: 产出指标, name: n, operator: '≈', weight: 10}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_evaluation(path)
    text = str(info.value)
    assert str(path) in text
    assert "indicators[0].operator" in text
    assert "第 9 行" in text


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(
        "kind: 项目支出\nyear: 2024\ndepartment: d\nunit: u\nfunds: {}\nbudjet: 3\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as info:
        load_evaluation(path)
    assert "budjet" in str(info.value)
    assert "第 6 行" in str(info.value)


def test_broken_yaml(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("kind: 项目支出\nyear: [2024\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_evaluation(path)
    assert "YAML 格式错误" in str(info.value)


def test_missing_file() -> None:
    with pytest.raises(InputError, match="文件不存在"):
        load_evaluation(Path("/nonexistent/x.yaml"))


def _scheme_text(**replace: str) -> str:
    text = (Path(__file__).parent.parent / "src/jixiao/schemes/national-2020.yaml").read_text(
        encoding="utf-8"
    )
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    ("old", "new", "where", "what"),
    [
        ("  - {name: 良, min: 80}", "  - {name: 良, min: 95}", "grades", "strictly falling"),
        ("  - {name: 差, min: 0}", "  - {name: 差, min: 10}", "grades", "min: 0"),
        ("    weight: 50", "    weight: 55", "(文件顶层)", "total_points is 100"),
        ("reverse_formula: linear", "reverse_formula: square", "reverse_formula", "linear"),
        ("    fold_into: 产出指标", "    fold_into: 产出", "categories", "unknown category"),
        ("  ratio: 1.30", "  ratio: 0.9", "over_achievement.ratio", "greater than 1"),
        ("  places: 2", "  places: 2\n  digits: 3", "rounding.digits", "Extra inputs"),
    ],
)
def test_scheme_mistakes_are_precise(tmp_path: Path, old: str, new: str, where: str, what: str) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(_scheme_text(**{old: new}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_scheme(str(path))
    text = str(info.value)
    assert text.startswith(f"{path}: {where}")
    assert what in text


def test_unknown_scheme_name_lists_the_known_ones() -> None:
    with pytest.raises(InputError) as info:
        load_scheme("hebei-1999")
    assert "national-2020" in str(info.value)
