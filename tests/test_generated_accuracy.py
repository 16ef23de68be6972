"""The reader reads back every field of the reports the project writes itself (``jixiao synth``: five table
styles, several encodings and docx), labelled from the evaluations that generated them, never from the reader.
A self-consistency check: a renderer change the labels do not follow, or a reader change that loses what the
writer writes, shows here as a mismatch."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_accuracy import evaluate  # noqa: E402
from generated_labels import generate  # noqa: E402


def test_every_field_of_generated_reports_is_read_back(tmp_path: Path) -> None:
    result = evaluate(generate(40, tmp_path / "generated", seed=0))
    overall = result.overall()
    assert result.errors == []
    assert (overall.fp, overall.fn) == (0, 0)
    assert overall.tp > 1500  # every report's fields counted: about 46 per report
    # the outline's parts are read from every heading the renderer writes, 自评得分及结论 among them
    assert result.tallies["sections"].tp >= 40 * 5
    assert result.tallies["achievements"].tp > 0
