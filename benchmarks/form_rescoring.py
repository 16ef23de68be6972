"""How many published 自评表 of the real corpus jixiao reads and re-scores, and what it finds in them.

For each split: the pages holding an indicator header (三级指标), the forms read (at least one indicator row
with its weight), the rows read, the forms read whole (points adding up to the scheme's total) and the
differences between the unit's figures and the engine's, by kind. ``--show`` lists every difference of the
development split with its line, for checking by hand (the sealed pages are not looked at).

Run:  .venv/bin/python benchmarks/form_rescoring.py [--split development|sealed|both] [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from jixiao.extract.extract import extract_document
from jixiao.form.published import form_in_report
from jixiao.ingest.read import read_document
from jixiao.model.loading import load_scheme
from jixiao.scoring.compare import rescore

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "real"


def measure(split: str, show: bool) -> None:
    ids = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))[split]
    scheme = load_scheme("national-2020")
    headers = forms = rows = whole = 0
    kinds: Counter[str] = Counter()
    listed: list[str] = []
    for page_id in ids:
        path = CORPUS / "pages" / f"{page_id}.txt"
        document = read_document(path)
        if not any("三级指标" in line.text for line in document.lines):
            continue
        headers += 1
        form = form_in_report(document, extract_document(document))
        if form is None:
            continue
        forms += 1
        rows += len(form.evaluation.indicators)
        rescored = rescore(form, scheme)
        whole += rescored.complete
        for difference in rescored.differences:
            kinds[difference.kind + (" (rounding)" if difference.rounding else "")] += 1
            where = difference.place.place if difference.place else ""
            listed.append(f"    {page_id} {where} {difference.message}")
    print(
        f"{split}: {len(ids)} pages, {headers} with an indicator header, {forms} forms read "
        f"({rows} indicator rows), {whole} read whole; {sum(kinds.values())} differences"
        + (": " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) if kinds else "")
    )
    if show and split == "development":
        print("\n".join(listed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("development", "sealed", "both"), default="both")
    parser.add_argument("--show", action="store_true", help="list the development split's differences")
    arguments = parser.parse_args()
    for split in ("development", "sealed") if arguments.split == "both" else (arguments.split,):
        measure(split, arguments.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
