"""Reading a 绩效自评表 xlsx back into an Evaluation: jixiao's own layout and real variants.

Blocks are found by their labels (项目名称, 年初预算数, 一级指标 ...), never by row numbers,
because every county's sheet moves them. What the unit stated is kept as stated (a 年度资金总额
of 0 beside filled sub-rows stays 0; the scoring engine derives the total) and reported as a note.
"""

from __future__ import annotations

import functools
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from pydantic import ValidationError

from jixiao.decimals import fmt
from jixiao.errors import InputError, Place
from jixiao.form.stated import Stated, StatedForm
from jixiao.form.targets import actual_fields, default_operator, fund_row_key, target_fields
from jixiao.form.vocabulary import form_vocabulary
from jixiao.ingest.isolated import run_isolated
from jixiao.ingest.limits import ReadLimits, check_zip
from jixiao.layout.vocabulary import load_vocabulary
from jixiao.model.evaluation import (
    FUND_COLUMNS,
    FUND_SUBROWS,
    OPERATOR_ALIASES,
    Evaluation,
    Kind,
    Operator,
)
from jixiao.model.loading import format_location
from jixiao.model.messages import message_for
from jixiao.render import supplement as supp
from jixiao.render.form import EMPTY_MARKS, NOT_APPLICABLE, actual_cell, target_cell
from jixiao.render.grid import Grid, Position
from jixiao.render.quantities import normalise_unit, parse_decimal

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PROJECT_LABELS = ("项目名称",)
_DEPARTMENT_LABELS = ("主管部门", "主管部门(单位)", "主管单位", "部门名称", "主管部门名称")
_UNIT_LABELS = ("实施单位", "单位名称", "预算单位", "项目单位", "部门(单位)名称", "填报单位", "实施单位名称")
_IDENTITY_LABELS = frozenset(_PROJECT_LABELS + _DEPARTMENT_LABELS + _UNIT_LABELS)

_OPERATOR_WORDS = {"定量": None}  # a quantitative row whose operator the target itself writes
_STOP_WORDS = (
    "总分",
    "合计",
    "总计",
    "自评等级",
    "评价等级",
    "评价结论",
    "存在问题",
    "改进措施",
    "注:",
    "说明:",
    "项目负责人",
    "财务负责人",
    "填报人",
    "填表人",
)
_TAIL_LABELS = {"conclusion": "评价结论", "existing_problems": "存在问题", "measures": "改进措施"}


@dataclass
class ImportResult:
    """The evaluation read from a workbook, and what the reader noticed but did not treat as an error."""

    evaluation: Evaluation
    sheet: str
    notes: list[str] = field(default_factory=list)
    form: StatedForm | None = None  # the evaluation with what the sheet states beyond it, cell by cell


def read_form_limited(path: Path, limits: ReadLimits | None = None) -> ImportResult:
    """``read_form`` in a child process under the reading layer's limits, as every report is read."""
    limits = limits or ReadLimits.from_environment()
    return run_isolated(partial(read_form, limits=limits), path, limits)


def read_form(path: Path, limits: ReadLimits | None = None) -> ImportResult:
    """Read the 绩效自评表 of an xlsx workbook (and its 补充信息 sheet when jixiao wrote it); a package
    declaring more than the limits allow is refused before it is opened."""
    name = str(path)
    if path.suffix.lower() == ".xls":
        raise InputError.single(name, "不支持旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入")
    if path.is_file() and zipfile.is_zipfile(path):
        check_zip(name, path, limits or ReadLimits())
    try:
        values_book = openpyxl.load_workbook(path, data_only=True)
        formulas = _formula_positions(path)
    except FileNotFoundError:
        raise InputError.single(name, "文件不存在") from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError):
        raise InputError.single(name, "不是有效的 xlsx 文件") from None
    grids = [
        Grid.from_sheets(values_book[title], formulas.get(title, set())) for title in values_book.sheetnames
    ]
    form = _form_grid(grids, name)
    extra = next((g for g in grids if g.name == supp.TITLE), None)
    reader = _FormReader(form, supp.read_supplement(extra) if extra is not None else None)
    data = reader.read()
    problems = form.problems + (extra.problems if extra is not None else [])
    if problems:
        raise InputError(name, problems)
    try:
        evaluation = Evaluation.model_validate(data)
    except ValidationError as exc:
        raise InputError(name, reader.validation_problems(exc)) from None
    return ImportResult(evaluation, form.name, reader.notes, reader.stated_form(evaluation))


def _formula_positions(path: Path) -> dict[str, set[Position]]:
    """Each sheet's formula cells, streamed (read-only mode), to tell a formula nobody computed from a
    blank: with cached values both read as empty."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        return {
            sheet.title: {
                (cell.row, cell.column)
                for row in sheet.iter_rows()
                for cell in row
                if isinstance(cell.value, str) and cell.value.startswith("=")
            }
            for sheet in book.worksheets
        }
    finally:
        book.close()


def _form_grid(grids: list[Grid], name: str) -> Grid:
    candidates = [g for g in grids if g.name != supp.TITLE]
    for grid in candidates:
        if grid.find(lambda label: label == "三级指标"):
            return grid
    sheets = "、".join(f"“{g.name}”" for g in grids) or "（无）"
    raise InputError(
        name,
        [(Place(f"工作表 {sheets}"), "未找到绩效自评表：没有一张工作表含有“三级指标”表头")],
    )


@functools.cache
def _fund_columns() -> dict[str, tuple[str, ...]]:
    """The funds block's header words, the text reader's (layout/vocabulary/labels.yaml funds_columns) under
    the evaluation's names: a sheet and a page of the same form read the same columns."""
    words = load_vocabulary("labels")["funds_columns"]
    return {
        "initial": tuple(words["initial"]),
        "budget": tuple(words["adjusted"]),
        "executed": tuple(words["executed"]),
    }


def _match_column(label: str, synonyms: tuple[str, ...], exact: bool) -> bool:
    return label in synonyms if exact else label.startswith(synonyms)


def _columns(grid: Grid, row: int, wanted: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Map fields to the columns of a header row: exact labels first, then labels with a suffix
    such as "分值(分)" or "年度指标值(A)"."""
    found: dict[str, int] = {}
    for exact in (True, False):
        for c in range(1, grid.max_col + 1):
            if grid.origin(row, c) != (row, c) or c in found.values():
                continue
            label = grid.label(row, c)
            for key, synonyms in wanted.items():
                if key not in found and label and _match_column(label, synonyms, exact):
                    found[key] = c
                    break
    return found


class _FormReader:
    def __init__(self, grid: Grid, stored: supp.Supplement | None) -> None:
        self.grid = grid
        self.stored = stored
        self.notes: list[str] = []
        self.places: dict[str, Position] = {}
        self.block_end = grid.max_row + 1
        self.stated: dict[str, Stated[Decimal]] = {}
        self.stated_grade: Stated[str] | None = None

    def read(self) -> dict[str, Any]:
        grid = self.grid
        data: dict[str, Any] = {}
        header = self._indicator_header()
        title_row, title_col, title = self._title(header)
        data["kind"] = self._kind(title, header).value
        data["year"] = self._year(title_row, title_col, header)
        data.update(self._identity(header))
        funds_header = next(
            iter(grid.find(lambda label: label.startswith(_fund_columns()["initial"]), range(1, header))),
            None,
        )
        data["funds"] = self._funds(funds_header) if funds_header else {}
        data["goal"] = self._goal(header)
        data["indicators"] = self._indicators(header)
        if self.stored is not None:
            data.update(supp.evaluation_fields(self.stored))
            reason = self.stored.first(supp.LOW_EXECUTION_REASON)
            if reason and not data["funds"].get("low_execution_reason"):
                data["funds"]["low_execution_reason"] = reason
        data.update(self._tail())
        self._results()
        return data

    def stated_form(self, evaluation: Evaluation) -> StatedForm:
        """The evaluation with the sheet's cells behind it and what it states beyond the model."""
        places = {
            path: Stated(self.grid.cell_name(*at), str(self.grid.place(*at)))
            for path, at in self.places.items()
        }
        return StatedForm(
            evaluation,
            places,
            execution_weight=self.stated.get("execution_weight"),
            execution_score=self.stated.get("execution_score"),
            total=self.stated.get("total"),
            grade=self.stated_grade,
            notes=tuple(self.notes),
        )

    def _stated(self, key: str, r: int, c: int, what: str) -> None:
        if self.grid.is_uncomputed(r, c):
            return  # a formula not computed states nothing; the engine computes the figure
        value = self.grid.number(r, c, what)
        if value is not None:
            self.stated[key] = Stated(value, str(self.grid.place(r, c)))

    def _results(self) -> None:
        """总分 and 自评等级 under the indicators ("总分 | 100 | 96 | 优"): the figures the unit arrived at."""
        grid = self.grid
        rows = range(self.block_end, grid.max_row + 1)
        for r, c in grid.find(lambda label: label.startswith(("总分", "合计", "自评总分")), rows):
            cells = [(r, k) for k in range(c + 1, grid.max_col + 1) if grid.origin(r, k) == (r, k)]
            numbers = [(at, grid.raw(*at)) for at in cells if grid.text(*at)]
            figures = [
                at for at, raw in numbers if isinstance(raw, int | float) or parse_decimal(grid.text(*at))
            ]
            if figures:
                self._stated("total", *figures[-1], "总分")
                after = [at for at, _ in numbers if at[1] > figures[-1][1]]
                if after and grid.text(*after[0]) in self._grade_words():
                    self.stated_grade = Stated(grid.text(*after[0]), str(grid.place(*after[0])))
            break
        for r, c in grid.find(lambda label: label in ("自评等级", "评价等级", "等级", "绩效等级"), rows):
            text, at = grid.value_right_of(r, c)
            if at is not None and text in self._grade_words():
                self.stated_grade = Stated(text, str(grid.place(*at)))
            break

    @staticmethod
    def _grade_words() -> frozenset[str]:
        return frozenset(load_vocabulary("labels")["grade_words"])

    def validation_problems(self, exc: ValidationError) -> list[tuple[Place, str]]:
        """Pydantic's complaints about the read data, each at the cell it came from."""
        problems = []
        for error in exc.errors(include_url=False):
            path = format_location(tuple(error["loc"]))
            cell = None
            for prefix in sorted(self.places, key=len, reverse=True):
                if path == prefix or path.startswith((prefix + ".", prefix + "[")):
                    cell = self.places[prefix]
                    break
            place = self.grid.place(*cell) if cell else Place(f"工作表“{self.grid.name}”（{path}）")
            problems.append((place, message_for(error)))
        return problems

    def _indicator_header(self) -> int:
        row, _ = self.grid.find(lambda label: label == "三级指标")[0]
        return row

    def _title(self, header: int) -> tuple[int, int, str]:
        for r, c in self.grid.find(lambda label: "自评表" in label, range(1, header)):
            return r, c, self.grid.text(r, c)
        return 1, 1, ""

    def _kind(self, title: str, header: int) -> Kind:
        if "部门整体" in title:
            return Kind.DEPARTMENT
        if "项目" in title or self.grid.find(lambda label: label in _PROJECT_LABELS, range(1, header)):
            return Kind.PROJECT
        return Kind.DEPARTMENT

    def _year(self, title_row: int, title_col: int, header: int) -> int | None:
        """The budget year from the title or the line under it ("（2023年度）")."""
        for r in range(title_row, min(title_row + 3, header)):
            for c in range(1, self.grid.max_col + 1):
                match = _YEAR.search(self.grid.text(r, c))
                if match:
                    return int(match[1])
        self.grid.problem(title_row, title_col, "未找到预算年度（例如“（2023年度）”）")
        return None

    def _labelled(self, labels: tuple[str, ...], header: int) -> tuple[str, Position | None]:
        for r, c in self.grid.find(lambda label: label in labels, range(1, header)):
            text, where = self.grid.value_right_of(r, c, stop=lambda label: label in _IDENTITY_LABELS)
            return text, where or (r, c)
        return "", None

    def _identity(self, header: int) -> dict[str, Any]:
        data: dict[str, Any] = {}
        project, where = self._labelled(_PROJECT_LABELS, header)
        data["project"] = project or None
        self.places["project"] = where or (1, 1)
        department, dept_at = self._labelled(_DEPARTMENT_LABELS, header)
        unit, unit_at = self._labelled(_UNIT_LABELS, header)
        if not department and unit:
            department, dept_at = unit, unit_at
            self.notes.append(f"未填写主管部门，按单位名称“{unit}”填入")
        if not unit and department:
            unit, unit_at = department, dept_at
            self.notes.append(f"未填写实施单位，按主管部门“{department}”填入")
        if not department:
            self.grid.problem(1, 1, "未找到主管部门或实施单位（标签“主管部门”“实施单位”或“单位名称”）")
        data["department"], data["unit"] = department, unit
        self.places["department"] = dept_at or (1, 1)
        self.places["unit"] = unit_at or (1, 1)
        return data

    def _funds(self, header: Position) -> dict[str, Any]:
        grid = self.grid
        row, first_col = header
        columns = _columns(grid, row, _fund_columns())
        reason_col = next(
            (c for c in range(first_col, grid.max_col + 1) if "原因" in grid.label(row, c)), None
        )
        stated_columns = _columns(grid, row, {"execution_weight": ("分值",), "execution_score": ("得分",)})
        rows: dict[str, dict[str, Decimal | None]] = {}
        pending: list[Position] = []
        other_labels: list[str] = []
        reason: str | None = None
        for r in range(row + 1, min(row + 9, grid.max_row + 1)):
            label = next((t for t in (grid.label(r, c) for c in range(first_col - 1, 0, -1)) if t), "")
            key = fund_row_key(label)
            if key is None:
                break
            if key == "total":  # a total the sub-rows give may be a formula nobody computed yet
                pending += [(r, c) for c in columns.values() if grid.is_uncomputed(r, c)]
            values = {
                column: None if (r, c) in pending else grid.number(r, c, FUND_COLUMNS[column])
                for column, c in columns.items()
            }
            for column, c in columns.items():
                self.places.setdefault(f"funds.{key}.{column}", (r, c))
            if key == "other" and "其他资金" not in label and any(v is not None for v in values.values()):
                other_labels.append(label)
            if key in rows:
                values = {k: _add(rows[key].get(k), v) for k, v in values.items()}
            rows[key] = values
            if key == "total":
                for stated, c in stated_columns.items():
                    self._stated(
                        stated, r, c, "预算执行率的" + ("分值" if stated == "execution_weight" else "得分")
                    )
            if key == "total" and reason_col is not None and grid.text(r, reason_col) not in EMPTY_MARKS:
                reason = grid.text(r, reason_col)
        if other_labels:
            self.notes.append(f"“{'”“'.join(other_labels)}”计入其他资金")
        subrows = any(
            any(v is not None for v in values.values()) for k, values in rows.items() if k != "total"
        )
        for r, c in pending:
            if subrows:
                self.notes.append(f"{grid.cell_name(r, c)} 年度资金总额是未计算的公式，按分项合计计算")
            else:
                grid.check_cached(r, c)
        data: dict[str, Any] = {
            key: values
            for key, values in rows.items()
            if key == "total" or any(v is not None for v in values.values())
        }
        data.setdefault("total", {})
        if reason:
            data["low_execution_reason"] = reason
        self._note_total_mismatch(data)
        return data

    def _note_total_mismatch(self, data: dict[str, Any]) -> None:
        subrows = [data[k] for k in FUND_SUBROWS if k in data]
        for column, label in FUND_COLUMNS.items():
            stated = data["total"].get(column)
            parts = [row.get(column) for row in subrows if row.get(column) is not None]
            if stated is None or not parts:
                continue
            summed = sum(parts, Decimal(0))
            if stated != summed:
                r, c = self.places.get(f"funds.total.{column}", (1, 1))
                self.notes.append(
                    f"{self.grid.cell_name(r, c)} 年度资金总额的{label}填报 {fmt(stated)} 万元，"
                    f"分项合计 {fmt(summed)} 万元；计分按分项合计 {fmt(summed)} 万元"
                )

    def _goal(self, header: int) -> dict[str, str]:
        grid = self.grid
        found = grid.find(lambda label: label.startswith(("年度总体目标", "总体目标")), range(1, header))
        if not found:
            return {}
        r, c = found[0]
        rows = range(r, min(r + 2, header))
        expected_at = grid.find(lambda label: label.startswith(("预期目标", "年度目标")), rows)
        actual_at = grid.find(lambda label: label.startswith("实际完成"), rows)
        if expected_at and actual_at:
            (er, ec), (ar, ac) = expected_at[0], actual_at[0]
            return {"expected": grid.text(er + 1, ec), "actual": grid.text(ar + 1, ac)}
        expected, _ = grid.value_right_of(r, c)
        return {"expected": expected}

    def _indicators(self, header: int) -> list[dict[str, Any]]:
        grid = self.grid
        # the indicator block's header words are the text reader's (layout/vocabulary/form.yaml): a sheet and a
        # page of the same form read the same columns
        columns = _columns(grid, header, form_vocabulary().columns)
        for required, label in (("name", "三级指标"), ("weight", "分值")):
            if required not in columns:
                grid.problem(header, 1, f"指标表头缺少“{label}”列")
        if "name" not in columns or "weight" not in columns:
            return []
        left = min(columns.get("level1", columns["name"]), columns["name"])
        indicators: list[dict[str, Any]] = []
        previous: dict[str, str] = {}
        for r in range(header + 1, grid.max_row + 1):
            if any(grid.label(r, c).startswith(_STOP_WORDS) for c in range(1, columns["name"] + 1)):
                self.block_end = r
                break
            name = grid.text(r, columns["name"])
            levels = self._levels(r, columns, previous)
            previous = levels or previous
            if not name:
                if grid.text(r, columns["weight"]) not in EMPTY_MARKS:
                    grid.problem(r, columns["name"], "这一行有分值但没有三级指标名称")
                continue
            index = len(indicators)
            if levels is None:
                grid.problem(r, columns.get("level1", left), f"三级指标“{name}”没有一级指标")
                continue
            row = {**levels, "name": name}
            row.update(self._row_values(r, columns, levels, name, index))
            for key, c in columns.items():
                self.places[f"indicators[{index}].{key}"] = (r, c)
            self.places[f"indicators[{index}]"] = (r, columns["name"])
            indicators.append(row)
        return indicators

    def _levels(self, r: int, columns: dict[str, int], previous: dict[str, str]) -> dict[str, str] | None:
        """一级/二级指标 of a row: a blank cell continues the one above (within the same 一级指标
        for a 二级指标), a dash means there is none."""
        first = self.grid.text(r, columns["level1"]) if "level1" in columns else ""
        if first:
            level1 = "" if first in EMPTY_MARKS else first
        elif "level1" in previous:
            level1 = previous["level1"]
        else:
            return None
        second = self.grid.text(r, columns["level2"]) if "level2" in columns else ""
        if second:
            level2 = "" if second in EMPTY_MARKS else second
        else:
            level2 = previous.get("level2", "") if level1 == previous.get("level1") else ""
        return {"level1": level1, "level2": level2}

    def _row_values(
        self, r: int, columns: dict[str, int], levels: dict[str, str], name: str, index: int
    ) -> dict[str, Any]:
        grid = self.grid
        weight_col = columns["weight"]
        weight = grid.number(r, weight_col, f"三级指标“{name}”的分值")
        if weight is None and grid.text(r, weight_col) in EMPTY_MARKS:
            grid.problem(r, weight_col, f"三级指标“{name}”没有分值")
        row: dict[str, Any] = {"weight": weight}
        target = self._target(r, columns, levels, name)
        actual = self._actual(r, columns, target)
        score_cell = self._score(r, columns, name)
        stored = self.stored.match(index, name) if self.stored is not None else None
        if stored is not None:
            shown = stored.shown()
            if "target" in columns and grid.text(r, columns["target"]) == target_cell(shown):
                target = {k: getattr(stored, k) for k in ("operator", "target", "target_text", "unit")}
            if "actual" in columns and grid.text(r, columns["actual"]) == actual_cell(shown):
                actual = {k: getattr(stored, k) for k in ("actual", "actual_text", "tier")}
            row["deduction"] = stored.deduction
        row["not_applicable"] = score_cell == NOT_APPLICABLE
        if stored is not None and score_cell == stored.form_score:
            row["score"] = stored.score
        else:
            row["score"] = None if score_cell == NOT_APPLICABLE else score_cell
        if "deduction" in columns:
            row["deduction"] = grid.number(r, columns["deduction"], f"三级指标“{name}”的扣减分数") or 0
        row.update(target)
        row.update(actual)
        deviation = grid.text(r, columns["deviation"]) if "deviation" in columns else ""
        row["deviation"] = None if deviation in EMPTY_MARKS else deviation
        return row

    def _score(self, r: int, columns: dict[str, int], name: str) -> Decimal | str | None:
        """得分: a number, or 不适用 for an indicator that is not scored."""
        if "score" not in columns:
            return None
        c = columns["score"]
        if self.grid.text(r, c) == NOT_APPLICABLE:
            return NOT_APPLICABLE
        if self.grid.is_uncomputed(r, c):  # a formula of the row's own cells: the engine computes it
            self.notes.append(f"{self.grid.cell_name(r, c)} 三级指标“{name}”的得分是未计算的公式，按规则计分")
            return None
        return self.grid.number(r, c, f"三级指标“{name}”的得分")

    def _target(self, r: int, columns: dict[str, int], levels: dict[str, str], name: str) -> dict[str, Any]:
        """年度指标值 (with 指标性质 and 度量单位 columns where the layout has them)."""
        grid = self.grid
        unit = normalise_unit(grid.text(r, columns["unit"])) if "unit" in columns else None
        operator: Operator | None = None
        if "operator" in columns:
            word = grid.text(r, columns["operator"])
            if word:
                operator = OPERATOR_ALIASES.get(word) or _OPERATOR_WORDS.get(word)
                if word not in OPERATOR_ALIASES and word not in _OPERATOR_WORDS:
                    grid.problem(
                        r, columns["operator"], f"指标性质“{word}”无法识别（可用 ≥ > = ≤ < 或 定性）"
                    )
        if "target" not in columns:
            return {"operator": operator or Operator.QUALITATIVE, "unit": unit}
        c = columns["target"]
        if not grid.check_value(r, c, "年度指标值"):
            return {"operator": operator or Operator.QUALITATIVE, "unit": unit}
        raw = grid.raw(r, c)
        if (
            operator is not Operator.QUALITATIVE
            and isinstance(raw, int | float)
            and not isinstance(raw, bool)
        ):
            value = grid.number(r, c, "年度指标值", percent_as_points=True)
            prefix, suffix = grid.affixes(r, c)  # a number shown as "≥30000条" by its format
            unit = normalise_unit(suffix) or unit or ("%" if grid.is_percent(r, c) else None)
            level1, level2 = levels["level1"], levels["level2"]
            written = OPERATOR_ALIASES.get(prefix.strip())
            operator = operator or written or default_operator(level1, level2, name, unit, value)
            return {"operator": operator, "target": value, "unit": unit}
        return target_fields(grid.text(r, c), levels["level1"], levels["level2"], name, unit, operator)

    def _actual(self, r: int, columns: dict[str, int], target: dict[str, Any]) -> dict[str, Any]:
        """实际完成值: tier words for a qualitative indicator, else a number (with its unit) or words."""
        if "actual" not in columns:
            return {}
        grid = self.grid
        c = columns["actual"]
        if not grid.check_value(r, c, "实际完成值"):
            return {}
        raw = grid.raw(r, c)
        numeric = isinstance(raw, int | float) and not isinstance(raw, bool)
        if target["operator"] is not Operator.QUALITATIVE and numeric:
            return {"actual": grid.number(r, c, "实际完成值", percent_as_points=True)}
        return actual_fields(grid.text(r, c), target["operator"], target.get("unit"), target.get("target"))

    def _tail(self) -> dict[str, Any]:
        """评价结论 / 存在问题 / 改进措施 boxes below the indicators (the Sichuan layout has them)."""
        data: dict[str, Any] = {}
        rows = range(self.block_end, self.grid.max_row + 1)
        for key, label in _TAIL_LABELS.items():
            for r, c in self.grid.find(lambda text, label=label: text.startswith(label), rows):
                text, _ = self.grid.value_right_of(r, c)
                if text and text not in EMPTY_MARKS:
                    data[key] = text if key == "conclusion" else [text]
                break
        return data


def _add(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    if b is None:
        return a
    return a + b
