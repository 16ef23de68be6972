"""A statistics table to CSV (UTF-8 with BOM, so that Excel opens the Chinese headers) or Parquet.

Missing values are empty in CSV and null in Parquet; figures keep their exact decimals (Parquet
decimal128 with 2 places), never floats.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.analysis.stats import StatTable
from jixiao.decimals import quantize

# Excel and WPS run a cell starting with one of these as a formula (=HYPERLINK(...) in a unit's name)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A figure as it is; text that a spreadsheet would take for a formula behind a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return str(value)


def csv_text(table: StatTable) -> str:
    """The table as CSV text, without the BOM (the file or the download adds it when encoding)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([column.label for column in table.columns])
    writer.writerows([_cell(value) for value in row] for row in table.rows)
    return buffer.getvalue()


def write_csv(table: StatTable, path: Path) -> None:
    path.write_text(csv_text(table), encoding="utf-8-sig", newline="")


def write_parquet(table: StatTable, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    exact = pa.decimal128(18, 2)
    types = {"text": pa.string(), "int": pa.int64(), "decimal": exact, "percent": exact, "change": exact}
    arrays = []
    for index, column in enumerate(table.columns):
        values = [row[index] for row in table.rows]
        if types[column.kind] == exact:
            values = [quantize(v) if v is not None else None for v in values]
        arrays.append(pa.array(values, type=types[column.kind]))
    pq.write_table(pa.Table.from_arrays(arrays, names=[column.label for column in table.columns]), path)
