"""A worksheet as the importer sees it: merged cells resolved, numbers as Decimal, cells named.

Real sheets merge label cells across rows and columns and type numbers as text; reading
them through this one view keeps the block parsers free of openpyxl's details, and every
complaint names the sheet and the cell the user has to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter

from jixiao.errors import Place
from jixiao.ingest.xlsx import format_affixes
from jixiao.render.form import EMPTY_MARKS, normalise_label
from jixiao.render.quantities import parse_decimal, parse_quantity

Position = tuple[int, int]
_FLOAT_PLACES = 6
# what Excel, WPS and LibreOffice store for a formula that failed
ERROR_VALUES = frozenset(
    {"#NAME?", "#DIV/0!", "#VALUE!", "#REF!", "#N/A", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)


def decimal_from_cell(value: float | int) -> Decimal:
    """An xlsx number (a binary double) as the decimal it was typed as; float noise from
    a formula is cut at 6 places, finer than a 万元 amount ever needs."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -_FLOAT_PLACES:
        number = number.quantize(Decimal(1).scaleb(-_FLOAT_PLACES)).normalize()
    return number


@dataclass
class Grid:
    """One worksheet's cells by 1-based (row, column); a merged range shows its value in every cell."""

    name: str
    values: dict[Position, Any]
    origins: dict[Position, Position]
    formats: dict[Position, str]
    uncached: set[Position]
    max_row: int
    max_col: int
    problems: list[tuple[Place, str]] = field(default_factory=list)
    _labels: list[tuple[Position, str]] | None = field(default=None, repr=False)

    @classmethod
    def from_sheets(cls, values_sheet: Any, formulas: set[Position]) -> Grid:
        """Build from a sheet opened with cached values and the positions of its formula cells.

        Only the cells the sheet stores are visited (openpyxl's ``_cells``): asking a worksheet for its
        rows creates a cell for every empty position of the used rectangle, which made a sheet with a
        hundred thousand filler rows cost minutes."""
        values: dict[Position, Any] = {}
        formats: dict[Position, str] = {}
        for position, cell in values_sheet._cells.items():
            if cell.value is not None and not (isinstance(cell.value, str) and not cell.value.strip()):
                values[position] = cell.value
                formats[position] = cell.number_format or ""
        uncached = {position for position in formulas if position not in values}
        origins: dict[Position, Position] = {}
        for merged in values_sheet.merged_cells.ranges:
            top_left = (merged.min_row, merged.min_col)
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    origins[(r, c)] = top_left
                    if top_left in values:
                        values[(r, c)] = values[top_left]
                        formats[(r, c)] = formats[top_left]
        return cls(
            name=values_sheet.title,
            values=values,
            origins=origins,
            formats=formats,
            uncached=uncached,
            max_row=values_sheet.max_row,
            max_col=values_sheet.max_column,
        )

    def cell_name(self, row: int, col: int) -> str:
        return f"{get_column_letter(col)}{row}"

    def place(self, row: int, col: int) -> Place:
        return Place(f"工作表“{self.name}”单元格 {self.cell_name(row, col)}")

    def problem(self, row: int, col: int, message: str) -> None:
        self.problems.append((self.place(row, col), message))

    def origin(self, row: int, col: int) -> Position:
        return self.origins.get((row, col), (row, col))

    def raw(self, row: int, col: int) -> Any:
        return self.values.get((row, col))

    def text(self, row: int, col: int) -> str:
        """The cell as text: numbers without float noise, dates as ISO, stripped."""
        value = self.raw(row, col)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, int | float):
            prefix, _, suffix = format_affixes(self.formats.get((row, col), ""))
            return f"{prefix}{decimal_from_cell(value):f}{suffix}"
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return str(value).strip()

    def label(self, row: int, col: int) -> str:
        return normalise_label(self.text(row, col))

    def is_percent(self, row: int, col: int) -> bool:
        return "%" in format_affixes(self.formats.get((row, col), ""))[1]

    def affixes(self, row: int, col: int) -> tuple[str, str]:
        """The text a number cell's format shows around it ('"≥"General"条"' -> "≥", "条")."""
        prefix, _, suffix = format_affixes(self.formats.get((row, col), ""))
        return prefix, suffix

    def is_uncomputed(self, row: int, col: int) -> bool:
        """A formula no spreadsheet program has computed (openpyxl drops the results when it saves)."""
        return (row, col) in self.uncached

    def check_cached(self, row: int, col: int) -> bool:
        """False (and a problem) when the cell is a formula no spreadsheet program has computed."""
        if (row, col) in self.uncached:
            self.problem(
                row,
                col,
                "是公式但没有保存计算结果；请用 Excel 或 WPS 打开该文件并保存后再导入",
            )
            return False
        return True

    def check_value(self, row: int, col: int, what: str) -> bool:
        """False (and a problem) when the cell is a formula without a saved result or an error value:
        neither may be read as words or as 0."""
        if not self.check_cached(row, col):
            return False
        value = self.raw(row, col)
        if isinstance(value, str) and value.strip() in ERROR_VALUES:
            self.problem(
                row, col, f"{what}是公式错误值 {value.strip()}；请在 Excel 或 WPS 中改正公式后再导入"
            )
            return False
        return True

    def number(self, row: int, col: int, what: str, *, percent_as_points: bool = False) -> Decimal | None:
        """A number cell (or a number typed as text, with or without unit); blank and dashes are None.

        ``percent_as_points``: a cell formatted as a percentage holds 0.95 for 95%; the forms
        write such values as 95 with the unit %."""
        if not self.check_value(row, col, what):
            return None
        value = self.raw(row, col)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = decimal_from_cell(value)
            if percent_as_points and self.is_percent(row, col):
                number = number * 100
            return number
        text = self.text(row, col)
        if text in EMPTY_MARKS:
            return None
        parsed = parse_decimal(text)
        if parsed is None:
            quantity = parse_quantity(text)
            parsed = quantity.value if quantity is not None and quantity.operator is None else None
        if parsed is None:
            self.problem(row, col, f"{what}“{text}”不是数字")
        return parsed

    def find(self, predicate: Any, rows: range | None = None) -> list[Position]:
        """Cells (top-left of merges only) whose normalised label satisfies ``predicate``."""
        if self._labels is None:  # a cell without a value has no label; merged copies are skipped
            self._labels = [
                (position, label)
                for position in sorted(self.values)
                if self.origin(*position) == position and (label := self.label(*position))
            ]
        return [
            position
            for position, label in self._labels
            if (rows is None or position[0] in rows) and predicate(label)
        ]

    def value_right_of(self, row: int, col: int, stop: Any = None) -> tuple[str, Position | None]:
        """The first text to the right of a label, skipping the label's own merged cells."""
        own = self.origin(row, col)
        for c in range(col + 1, self.max_col + 1):
            if self.origin(row, c) == own:
                continue
            text = self.text(row, c)
            if not text:
                continue
            if stop is not None and stop(normalise_label(text)):
                return "", None
            return text, (row, c)
        return "", None
