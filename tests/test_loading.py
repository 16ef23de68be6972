"""Bad evaluation and scheme files: precise messages naming the file, the key and the line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.model.loading import available_schemes, load_evaluation, load_scheme
from jixiao.model.messages import message_for

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
        (
            "  - {name: 良, min: 80}",
            "  - {name: 良, min: 95}",
            "grades，第 26 行",
            "等级须从高到低排列，min 须逐级严格递减",
        ),
        (
            "  - {name: 差, min: 0}",
            "  - {name: 差, min: 10}",
            "grades，第 26 行",
            "最低一级的 min 须为 0，使任何得分都有等级",
        ),
        (
            "    weight: 50",
            "    weight: 55",
            "(文件顶层)，第 1 行",
            "execution.weight 与 categories[].weight 之和为 105，与 total_points 100 不符",
        ),
        (
            "reverse_formula: linear",
            "reverse_formula: square",
            "reverse_formula，第 30 行",
            "应为以下之一：linear、ratio（填写的是“square”）",
        ),
        (
            "    fold_into: 产出指标",
            "    fold_into: 产出",
            "categories，第 14 行",
            "“满意度指标”的 fold_into 指向不存在的一级指标“产出”",
        ),
        ("  ratio: 1.30", "  ratio: 0.9", "over_achievement.ratio，第 32 行", "应大于 1（填写的是“0.9”）"),
        ("  places: 2", "  places: 2\n  digits: 3", "rounding.digits，第 37 行", "不认识的键，请检查拼写"),
    ],
)
def test_scheme_mistakes_are_precise(tmp_path: Path, old: str, new: str, where: str, what: str) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(_scheme_text(**{old: new}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_scheme(str(path))
    assert str(info.value) == f"{path}: {where}: {what}"


def test_unknown_scheme_name_lists_the_known_ones() -> None:
    with pytest.raises(InputError) as info:
        load_scheme("hebei-1999")
    assert "national-2020" in str(info.value)


def _problems(tmp_path: Path, text: str, name: str = "e.yaml") -> list[str]:
    """What loading the text says, one problem a line, without the file name in front."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_evaluation(path)
    return [line.removeprefix(f"{path}: ") for line in str(info.value).splitlines()]


HEAD = "kind: 项目支出\nyear: 2024\ndepartment: d\nunit: u\nproject: p\n"


def test_every_pydantic_message_is_chinese_with_path_and_line(tmp_path: Path) -> None:
    text = (
        "kind: 项目\n"  # 1
        "year: 二〇二四\n"  # 2
        "department: 123\n"  # 3
        "project: p\n"  # 4
        "funds:\n"  # 5
        "  total: {budget: 十万, executed: 9}\n"  # 6
        "  totl: {budget: 1}\n"  # 7
        "indicators:\n"  # 8
        "  - {level1: 产出指标, name: n, operator: '≈', weight: 10, target: 3}\n"  # 9
        "  - {level1: 产出指标, name: m, operator: '≥', weight: -2}\n"  # 10
        "  - {name: k, operator: 定性, weight: 5, tier: 全部达成}\n"  # 11
        "team: 王明\n"  # 12
    )
    assert _problems(tmp_path, text) == [
        "kind，第 1 行: 应为以下之一：项目支出、部门整体支出（填写的是“项目”）",
        "year，第 2 行: 应为整数（填写的是“二〇二四”）",
        "department，第 3 行: 应为文字（填写的是“123”）",
        "unit，第 1 行: 缺少必填项",
        "funds.total.budget，第 6 行: 应为数字（填写的是“十万”）",
        "funds.totl，第 7 行: 不认识的键，请检查拼写",
        "indicators[0].operator，第 9 行: 应为以下之一：≥、>、=、≤、<、定性（填写的是“≈”）",
        "indicators[1].weight，第 10 行: 不能为负数（填写的是“-2”）",
        "indicators[2].level1，第 11 行: 缺少必填项",
        "indicators[2].tier，第 11 行: 应为以下之一：达成年度指标、部分达成年度指标并具有一定效果、"
        "未达成年度指标且效果较差（填写的是“全部达成”）",
        "team，第 12 行: 应为列表，每项一行，以“- ”开头（填写的是“王明”）",
    ]


def test_json_problems_carry_lines_too(tmp_path: Path) -> None:
    text = '{"kind": "项目支出", "year": 2024, "department": "d", "unit": "u",\n\t"funds": {"total": {"budget": "x"}}}'
    assert _problems(tmp_path, text, "e.json") == ["funds.total.budget，第 2 行: 应为数字（填写的是“x”）"]


def test_negative_amounts_are_refused_at_their_field(tmp_path: Path) -> None:
    text = (
        HEAD
        + "funds:\n"  # 6
        + "  total: {initial: -110, budget: -110, executed: 98.69}\n"  # 7
        + "  carryover:\n"  # 8
        + "    executed: -0.5\n"  # 9
    )
    assert _problems(tmp_path, text) == [
        "funds.total.initial，第 7 行: 不能为负数（填写的是“-110”）",
        "funds.total.budget，第 7 行: 不能为负数（填写的是“-110”）",
        "funds.carryover.executed，第 9 行: 不能为负数（填写的是“-0.5”）",
    ]


def test_duplicate_yaml_key_names_the_key_its_path_and_both_lines(tmp_path: Path) -> None:
    text = HEAD + "funds:\n  total:\n    budget: 110\n    executed: 98.69\n    budget: 200\n"
    assert _problems(tmp_path, text) == [
        "funds.total.budget，第 10 行: 键“budget”重复（第 8 行已写过），同一层级的键只能写一次"
    ]


def test_duplicate_key_in_a_flow_mapping_and_at_the_top(tmp_path: Path) -> None:
    flow = HEAD + "funds: {total: {budget: 1, budget: 2}}\n"
    assert _problems(tmp_path, flow) == [
        "funds.total.budget，第 6 行: 键“budget”重复（第 6 行已写过），同一层级的键只能写一次"
    ]
    top = HEAD + "funds: {}\nyear: 2025\n"
    assert _problems(tmp_path, top) == [
        "year，第 7 行: 键“year”重复（第 2 行已写过），同一层级的键只能写一次"
    ]


def test_duplicate_json_key(tmp_path: Path) -> None:
    text = '{"kind": "项目支出", "year": 2024,\n "funds": {"total": {"budget": 1,\n\t"budget": 2}}}'
    assert _problems(tmp_path, text, "e.json") == [
        "funds.total.budget，第 3 行: 键“budget”重复（第 2 行已写过），同一层级的键只能写一次"
    ]


def test_merge_keys_may_override_what_they_merge(tmp_path: Path) -> None:
    path = tmp_path / "merge.yaml"
    path.write_text(
        HEAD
        + "funds:\n  total: &row {budget: 100, executed: 90}\n  appropriation:\n    <<: *row\n    executed: 80\n",
        encoding="utf-8",
    )
    funds = load_evaluation(path).funds
    assert funds.appropriation is not None
    assert (funds.appropriation.budget, funds.appropriation.executed) == (100, 80)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "e.yaml",
            "kind: 项目支出\nyear: [2024\n",
            "第 3 行: YAML 格式错误：方括号“[ ]”没有闭合，或项与项之间缺少逗号",
        ),
        ("e.yaml", "kind: x\n\tyear: 1\n", "第 2 行: YAML 格式错误：不能用制表符（Tab）缩进，请改用空格"),
        ("e.yaml", "funds:\n  total: 1\n budget: 2\n", "第 3 行: YAML 格式错误：缩进不一致"),
        (
            "e.json",
            '{"kind": "项目支出",}',
            "第 1 行: JSON 格式错误：键须用双引号括起，最后一项后面不能有逗号",
        ),
        ("e.json", '{"kind": "项目支出"\n "year": 2024}', "第 2 行: JSON 格式错误：缺少逗号“,”"),
    ],
)
def test_syntax_errors_are_chinese(tmp_path: Path, name: str, text: str, expected: str) -> None:
    assert _problems(tmp_path, text, name) == [expected]


def test_an_unknown_pydantic_error_still_reads_as_chinese() -> None:
    from pydantic_core import ErrorDetails

    error: ErrorDetails = {
        "type": "url_parsing",
        "loc": ("x",),
        "msg": "Input should be a valid URL",
        "input": "h",
    }
    assert message_for(error) == "取值不符合要求（填写的是“h”）"
