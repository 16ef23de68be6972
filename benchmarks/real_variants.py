"""How the reader stands up to the same real report printed another way: each development page of corpus/real/
rewritten as real pages are (full-width digits, traditional script, indented paragraphs, page numbers, a web
page's chrome, blank lines between lines, table cells cut by tabs or runs of spaces or one per line, amounts
with thousands separators, ASCII punctuation, a PDF's lines cut at the page width, figures set apart by
spaces), and each page's unit or project replaced by other real ones from the labels. The labels still hold
for every variant, so any value read differently is the reader's fragility, not the page's meaning.

For each variant: precision and recall as in real_accuracy.py, the values read differently from the original
page (right -> wrong or missed, and the reverse), and the pages where the variant raises an error-severity
finding the original does not. For the name swaps: how many swapped names are read. Development split only:
the sealed pages are not looked at.

Run:  .venv/bin/python benchmarks/real_variants.py [VARIANT ...] [--swaps N] [--show]
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jixiao.errors import InputError
from jixiao.ingest.document import Document
from jixiao.ingest.read import without_glosses
from jixiao.layout.vocabulary import vocabulary
from jixiao.model.loading import load_scheme
from jixiao.review import refuse_non_report, review_document
from real_accuracy import CORPUS, FIELDS, Tally, extracted, label_value, pages, same, same_project, text_key

_SCHEME = load_scheme("national-2020")


def _full_width(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.%"})


@functools.cache
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def _traditional(text: str) -> str:
    return str(_to_traditional().convert(text))


def _indented(text: str) -> str:
    return "\n".join(
        "\u3000\u3000" + line if line.strip() and "|" not in line else line for line in text.split("\n")
    )


def _page_numbers(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(
        line + (f"\n— {number // 30 + 1} —" if number % 30 == 29 else "") for number, line in enumerate(lines)
    )


_CHROME_ABOVE = (
    "首页 > 政务公开 > 财政信息 > 预决算公开\n索引号：000014349/2023-00412\n信息分类：财政资金\n"
    "发布日期：2023-06-15 09:30\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n"
)
_CHROME_BELOW = "\n分享到：\n【打印本页】【关闭窗口】\n主办单位：本网站  技术支持：某某科技\nICP备案号：皖ICP备05001234号\n"


def _chrome(text: str) -> str:
    return _CHROME_ABOVE + text + _CHROME_BELOW


def _blank_lines(text: str) -> str:
    return text.replace("\n", "\n\n")


_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*")


def _tabs(text: str) -> str:
    return _SEPARATOR.sub("\t", text)


def _spaces(text: str) -> str:
    return _SEPARATOR.sub("   ", text)


def _cell_per_line(text: str) -> str:
    return "\n".join(
        "\n".join(cell.strip() for cell in line.split("|") if cell.strip()) if "|" in line else line
        for line in text.split("\n")
    )


_LONG_AMOUNT = re.compile(r"(?<![\d.,])(\d{4,})(?=(?:\.\d+)?\s*(?:万元|元|亿元))")


def _thousands(text: str) -> str:
    return _LONG_AMOUNT.sub(lambda m: format(int(m.group(1)), ","), text)


_ASCII = str.maketrans({"：": ":", "，": ",", "；": ";", "（": "(", "）": ")"})


def _ascii_punctuation(text: str) -> str:
    return text.translate(_ASCII)


_TOKEN = re.compile(r"[0-9A-Za-z.,%\-/:]+|.", re.S)
_NO_LINE_START = set("，。；：、）》”！？,.;:)%")


def _pdf_lines(text: str, columns: int = 76) -> str:
    """Each line cut where a page of ``columns`` printed columns ends (a Chinese character takes two), a run of
    Latin letters or digits kept whole and no line opening with a closing mark, as a PDF's text layer is."""
    out: list[str] = []
    for line in text.split("\n"):
        if "|" in line or "\t" in line:
            out.append(line)
            continue
        current, used = "", 0
        for token in _TOKEN.findall(line):
            wide = sum(2 if ord(c) > 0x2E80 else 1 for c in token)
            if used + wide > columns and current and token not in _NO_LINE_START:
                out.append(current)
                current, used = "", 0
            current += token
            used += wide
        out.append(current)
    return "\n".join(out)


_FIGURE_BETWEEN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])(\d[\d.,]*%?)(?=[\u4e00-\u9fff])")


def _spaced_figures(text: str) -> str:
    return "\n".join(
        line if "|" in line else _FIGURE_BETWEEN_WORDS.sub(lambda m: f" {m.group(1)} ", line)
        for line in text.split("\n")
    )


VARIANTS: dict[str, Callable[[str], str]] = {
    "full-width": _full_width,
    "traditional": _traditional,
    "indented": _indented,
    "page-numbers": _page_numbers,
    "chrome": _chrome,
    "ascii-punctuation": _ascii_punctuation,
    "thousands": _thousands,
    "spaces": _spaces,
    "tabs": _tabs,
    "cell-per-line": _cell_per_line,
    "blank-lines": _blank_lines,
    "pdf-lines": _pdf_lines,
    "spaced-figures": _spaced_figures,
}


@dataclass
class Read:
    values: dict[str, Any]
    errors: int
    candidates: dict[str, list[str]]


def read(page_id: str, text: str) -> Read:
    document = without_glosses(Document.from_text(f"{page_id}.txt", "text", text))
    try:
        refuse_non_report(document)
        reviewed = review_document(document, _SCHEME)
    except InputError:
        return Read(dict.fromkeys(FIELDS), 0, {})
    candidates: dict[str, list[str]] = {}
    for candidate in reviewed.report.candidates:
        candidates.setdefault(candidate.field, []).append(str(candidate.value))
    return Read(
        {name: extracted(reviewed.report, name) for name in FIELDS},
        sum(1 for f in reviewed.findings if f.severity == "error"),
        candidates,
    )


def status(name: str, stated: Any, value: Any) -> str:
    if stated is None:
        return "null" if value is None else "invented"
    if value is None:
        return "missed"
    return "right" if same(name, stated, value) else "wrong"


@dataclass
class Outcome:
    tally: Tally
    changes: list[str]
    more_errors: list[str]


def compare(
    labels: dict[str, dict[str, Any]], originals: dict[str, str], before: dict[str, Read], variant: str
) -> Outcome:
    tally = Tally()
    changes: list[str] = []
    more_errors: list[str] = []
    for page_id, label in labels.items():
        after = read(page_id, VARIANTS[variant](originals[page_id]))
        if after.errors > before[page_id].errors:
            more_errors.append(page_id)
        for name in FIELDS:
            scored, stated = label_value(label["fields"][name])
            if not scored:
                continue
            was, now = (status(name, stated, r.values[name]) for r in (before[page_id], after))
            tally.right += now == "right"
            tally.wrong += now == "wrong"
            tally.missed += now == "missed"
            tally.invented += now == "invented"
            tally.nulls += stated is None
            if was != now:
                changes.append(f"{page_id} {name}: {was} -> {now} ({after.values[name]!r})")
    return Outcome(tally, changes, more_errors)


def swapped(
    field: str,
    labels: dict[str, dict[str, Any]],
    originals: dict[str, str],
    before: dict[str, Read],
    count: int,
) -> Iterator[tuple[str, str, str, Any, bool]]:
    """(page, old name, new name, value read, right) for ``count`` other real names put in each page whose own
    name is written in it and read right from it alone (no other candidate naming anything else)."""

    def named(label: dict[str, Any]) -> str | None:
        scored, value = label_value(label["fields"][field])
        if not scored or value is None:
            return None
        return str(value) if field == "project" else max(value, key=len)

    def matches(name: str, value: Any) -> bool:
        return value is not None and (
            same_project(name, str(value)) if field == "project" else text_key(str(value)) == text_key(name)
        )

    suffixes = tuple(vocabulary().organisation_suffixes)
    pool = sorted(
        {
            name
            for label in labels.values()
            if (name := named(label))
            and " " not in name
            and not re.search(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]", name)  # no mirror's pinyin gloss
            and (field == "project" or (name.endswith(suffixes) and not name.startswith(("X", "某", "*"))))
        }
    )
    for page_id, label in labels.items():
        old = named(label)
        original = before[page_id]
        if (
            not old
            or len(old) < 4
            or old not in originals[page_id]
            or not matches(old, original.values[field])
            or any(not matches(old, value) for value in original.candidates.get(field, []))
        ):
            continue
        spellings = (
            [old] if field == "project" else sorted(label_value(label["fields"][field])[1], key=len)[::-1]
        )
        chooser = random.Random(zlib.crc32(page_id.encode()))
        for new in chooser.sample(pool, count):
            if new in old or old in new:
                continue
            text = originals[page_id]
            for spelling in spellings:
                if len(spelling) >= 3:
                    text = text.replace(spelling, new)
            value = read(page_id, text).values[field]
            yield page_id, old, new, value, matches(new, value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variants", nargs="*", choices=[[], *VARIANTS], help="variants to run (default: all)")
    parser.add_argument("--swaps", type=int, default=5, help="other names put in each page (0: none)")
    parser.add_argument("--show", action="store_true", help="print each changed value and failed swap")
    args = parser.parse_args()
    started = time.process_time()
    labels = dict(pages(CORPUS, "development"))
    originals = {p: (CORPUS / "pages" / f"{p}.txt").read_text(encoding="utf-8") for p in labels}
    before = {p: read(p, text) for p, text in originals.items()}
    print(f"development: {len(labels)} pages; each variant against the page as published")
    print(f"  {'variant':<20}{'P':>7}{'R':>7}{'changed':>9}{'worse':>7}{'more errors':>13}")
    for variant in args.variants or VARIANTS:
        outcome = compare(labels, originals, before, variant)
        worse = sum(1 for change in outcome.changes if ": right ->" in change or "-> invented" in change)
        print(
            f"  {variant:<20}{outcome.tally.precision:>7.3f}{outcome.tally.recall:>7.3f}"
            f"{len(outcome.changes):>9}{worse:>7}{len(outcome.more_errors):>13}"
        )
        if args.show:
            for change in outcome.changes:
                print(f"      {change}")
            for page_id in outcome.more_errors:
                print(f"      {page_id}: an error finding the original page does not raise")
    for field in ("unit", "project") if args.swaps else ():
        results = list(swapped(field, labels, originals, before, args.swaps))
        right = sum(1 for *_, ok in results if ok)
        print(f"  {field} names swapped in: {right} of {len(results)} read right")
        if args.show:
            for page_id, old, new, value, ok in results:
                if not ok:
                    print(f"      {page_id} {old} -> {new}: read {value!r}")
    print(f"  ({time.process_time() - started:.0f} CPU seconds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
