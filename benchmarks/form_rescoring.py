"""How many published 自评表 of the real corpus jixiao reads and re-scores, how right its rows are, and what it
finds in them.

For each split: the pages holding an indicator header (三级指标), the forms read (at least one indicator row
with its weight), the rows read, the forms read whole (points adding up to the scheme's total) and the
differences between the unit's figures and the engine's, by kind. Then the rows against corpus/real/forms/,
each form's indicator rows written down by reading the page (LABELLING.md, "Forms"): a labelled row is read
right when a row read at its place (its lines, its name) has its 分值, 得分, 年度指标值 and 实际完成值; wrong
when read there with another; missed when not read. A row read where no labelled row is (a row the labeller
found no place for, a page with no form) is invented. ``--show`` lists every difference and row miss of the
development split, for checking by hand (the sealed pages are not looked at).

Run:  .venv/bin/python benchmarks/form_rescoring.py [--split development|sealed|both] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.extract.extract import extract_document
from jixiao.form.published import form_in_report
from jixiao.form.stated import StatedForm
from jixiao.ingest.read import read_document
from jixiao.model.evaluation import Indicator
from jixiao.model.loading import load_scheme
from jixiao.scoring.compare import rescore

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "real"


@dataclass
class Measured:
    headers: int = 0
    forms: int = 0
    rows: int = 0
    whole: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    # the labelled rows' outcomes (right, wrong, missed, unclear), rows read at no labelled row's place
    # (invented) and the pages labelled
    tally: Counter[str] = field(default_factory=Counter)
    listed: list[str] = field(default_factory=list)


def measure(split: str) -> Measured:
    ids = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))[split]
    scheme = load_scheme("national-2020")
    measured = Measured()
    for page_id in ids:
        path = CORPUS / "pages" / f"{page_id}.txt"
        labelled = CORPUS / "forms" / f"{page_id}.json"
        document = read_document(path)
        label = json.loads(labelled.read_text(encoding="utf-8")) if labelled.exists() else None
        header = any("三级指标" in line.text for line in document.lines)
        if label is None and not header:
            continue
        form = form_in_report(document, extract_document(document))
        if label is not None:
            measured.tally["pages"] += 1
            for outcome, message in _rows_against(label, form):
                measured.tally[outcome] += 1
                if message:
                    measured.listed.append(f"    {page_id} {message}")
        if not header:
            continue
        measured.headers += 1
        if form is None:
            continue
        measured.forms += 1
        measured.rows += len(form.evaluation.indicators)
        rescored = rescore(form, scheme)
        measured.whole += rescored.complete
        for difference in rescored.differences:
            measured.kinds[difference.kind + (" (rounding)" if difference.rounding else "")] += 1
            where = difference.place.place if difference.place else ""
            measured.listed.append(f"    {page_id} {where} {difference.message}")
    return measured


def report(split: str, show: bool) -> None:
    ids = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))[split]
    m = measure(split)
    kinds, tally = m.kinds, m.tally
    print(
        f"{split}: {len(ids)} pages, {m.headers} with an indicator header, {m.forms} forms read "
        f"({m.rows} indicator rows), {m.whole} read whole; {sum(kinds.values())} differences"
        + (": " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) if kinds else "")
    )
    labelled = tally["right"] + tally["wrong"] + tally["missed"]
    given = tally["right"] + tally["wrong"] + tally["invented"]
    print(
        f"  rows against the labels of {tally['pages']} pages: {labelled} rows labelled, {tally['right']} read "
        f"right, {tally['wrong']} wrong, {tally['missed']} missed, {tally['invented']} invented "
        f"(precision {_share(tally['right'], given)}, recall {_share(tally['right'], labelled)}); "
        f"{tally['unclear']} rows the labeller could not settle, not scored"
    )
    if show and split == "development":
        print("\n".join(m.listed))


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


_SPACE = re.compile(r"\s+")
_NUMBERING = re.compile(r"^(?:指标|任务)\s*\d{1,2}\s*[:：、.．]?")


def _plain(text: str | None) -> str:
    return _NUMBERING.sub("", _SPACE.sub("", text or "")).replace("★", "")


def _same_name(read: str, labelled: str) -> bool:
    read, labelled = _plain(read), _plain(labelled)
    return bool(read) and bool(labelled) and (read in labelled or labelled in read)


def _rows_against(label: dict[str, Any], form: StatedForm | None) -> Iterator[tuple[str, str]]:
    """Each labelled row's outcome ("right", "wrong", "missed", "unclear") and each row read at no labelled
    row's place ("invented"), with a line saying what differs for the misses."""
    read: list[tuple[int, Indicator]] = []
    if form is not None:
        for index, indicator in enumerate(form.evaluation.indicators):
            place = form.places.get(f"indicators[{index}]")
            read.append((place.line if place is not None and place.line is not None else 0, indicator))
    used: set[int] = set()
    for row in label["rows"]:
        first, last = row.get("lines") or [row["name_line"], row["name_line"]]
        at = next(
            (
                i
                for i, (line, indicator) in enumerate(read)
                if i not in used and first <= line <= last and _same_name(indicator.name, row["name"])
            ),
            None,
        )
        if at is not None:
            used.add(at)
        if row.get("unclear") or row.get("weight") is None:
            yield "unclear", ""
            continue
        if at is None:
            yield "missed", f"第{row['name_line']}行 {row['name']}：没有读出"
            continue
        differs = _differences(form, at, read[at][1], row)
        yield ("wrong", f"第{row['name_line']}行 {row['name']}：{differs}") if differs else ("right", "")
    for i, (line, indicator) in enumerate(read):
        if i not in used:
            yield "invented", f"第{line}行 {indicator.name}：读出的行没有标注"


_SYSTEM_CODE = re.compile(r"^\d+")


def _cell(form: StatedForm, index: int, key: str) -> str:
    place = form.places.get(f"indicators[{index}].{key}")
    return _SPACE.sub("", place.value) if place is not None else ""


def _differences(form: StatedForm | None, index: int, indicator: Indicator, row: dict[str, Any]) -> str:
    found = []
    for key, value in (("weight", indicator.weight), ("score", indicator.score)):
        wanted = row.get(key)
        if (Decimal(wanted) if wanted is not None else None) != value:
            found.append(f"{key} {value} ≠ {wanted}")
    assert form is not None
    unit = _cell(form, index, "unit")
    sign = _SYSTEM_CODE.sub("", _cell(form, index, "operator"))
    for key in ("target", "actual"):
        stated = _cell(form, index, key)
        wanted = _SPACE.sub("", row.get(key) or "")
        # a target read apart from its 指标性质 and 度量单位 ("004 >=", "20", "次") is the labeller's ">=20次"
        if wanted not in {stated, stated + unit, sign + stated, sign + stated + unit}:
            found.append(f"{key} {stated or None} ≠ {wanted or None}")
    return "，".join(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("development", "sealed", "both"), default="both")
    parser.add_argument("--show", action="store_true", help="list the development split's differences")
    arguments = parser.parse_args()
    for split in ("development", "sealed") if arguments.split == "both" else (arguments.split,):
        report(split, arguments.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
