"""The layout layer's vocabularies: data files beside this module (chrome, cell labels, identity words),
grown from the real corpus and compiled once per process."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from jixiao.patterns import guarded, screen

FOLDER = Path(__file__).resolve().parent / "vocabulary"


@functools.cache
def load_vocabulary(name: str) -> dict[str, Any]:
    """One vocabulary data file, as YAML gives it; parsed once, since several modules read the same file
    (read it, never change it)."""
    data = yaml.safe_load((FOLDER / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), name
    return data


def _any(patterns: list[str]) -> re.Pattern[str]:
    """One pattern for all of ``patterns``; for none, one that never matches (not the empty one, which
    matches everywhere), skipping the positions none of them starts at (see jixiao.patterns)."""
    return guarded("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def _gambling_spam(spam: dict[str, Any]) -> str:
    """Two or more spam words run together, one of them an anchor (chrome.yaml gambling_spam); each word atomic."""
    word = "(?>" + "|".join(spam["words"]) + ")"
    step = word + spam["separator"]
    return f"(?=(?:{step}){{0,8}}?(?:{'|'.join(spam['anchors'])}))(?:{step}){{1,}}{word}"


def _words(words: list[str], ending: str = "") -> re.Pattern[str]:
    """One pattern for any of ``words`` (each followed by ``ending``), written bare: alternatives that each open
    with a character are screened by the engine itself, faster than by the look-ahead ``_any`` would add."""
    return re.compile("|".join(re.escape(word) + ending for word in words))


def _at_line_start(pattern: str) -> bool:
    """Whether ``pattern`` can match only at the start of a line: it opens with ^ and has no alternative
    outside brackets ("^a|b" finds b anywhere)."""
    return pattern.startswith("^") and len(_alternatives(pattern)) == 1


def _alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each "|" outside brackets and classes ("a|^b": "a" and "^b"), so that each alternative
    is tried where it can match. A "]" opening a class ("[]a]", "[^]a]") is one of its characters."""
    pieces: list[str] = []
    depth, escaped, in_class, class_opened, start = 0, False, False, -1, 0
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            opening = index == class_opened or (index == class_opened + 1 and pattern[class_opened] == "^")
            in_class = char != "]" or opening
        elif char == "[":
            in_class, class_opened = True, index + 1
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:index])
            start = index + 1
    return [*pieces, pattern[start:]]


def _letter_spaced(pattern: str) -> str:
    """``pattern`` matching its words also spread out one space a character, as forms print labels to fill
    their cells ("单 位 名 称", "实 施 单 位"): a space may stand between two Chinese characters written next
    to each other outside a character class."""
    out: list[str] = []
    in_class = escaped = False
    for index, char in enumerate(pattern):
        out.append(char)
        if escaped:
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif not in_class and _hanzi(char) and index + 1 < len(pattern) and _hanzi(pattern[index + 1]):
            out.append("[ \u3000]?")
    return "".join(out)


def _hanzi(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _whole_cell(words: list[str]) -> re.Pattern[str]:
    """A cell that is one of ``words`` and nothing more than a bracket of points or of the unit ("总分(100分)",
    "自评得分（分）")."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?:" + alternatives + r")\s*(?:[(（]\s*(?:\d+(?:\.\d+)?\s*分?|分)\s*[)）])?\s*[:：]?")


@dataclass(frozen=True)
class Vocabulary:
    chrome_line: re.Pattern[str]
    # chrome_line in two parts that find the same lines far faster (see chrome.chrome_start): the patterns
    # held to a line's start, tried there only, and the others joined bare, so that the engine screens
    # each position by the characters they can start with
    chrome_line_start: re.Pattern[str]
    chrome_line_inside: re.Pattern[str]
    chrome_widget: re.Pattern[str]
    chrome_mark_start: re.Pattern[str]
    chrome_mark_inside: re.Pattern[str]
    site_name: re.Pattern[str]
    link_list: re.Pattern[str]
    noise: re.Pattern[str]
    publisher: re.Pattern[str]
    publish_date: re.Pattern[str]
    unit_labels: tuple[re.Pattern[str], ...]
    department_labels: tuple[re.Pattern[str], ...]
    project_labels: tuple[re.Pattern[str], ...]
    score_cell: re.Pattern[str]
    grade_cell: re.Pattern[str]
    grade_word: re.Pattern[str]
    any_label: re.Pattern[str]
    label_words: re.Pattern[str]  # words one of which every label holds (patterns.screen)
    value_stop: re.Pattern[str]
    header_cell: re.Pattern[str]
    record_columns: tuple[tuple[str, re.Pattern[str]], ...]  # fullmatch: (field, header)
    funds_columns: tuple[tuple[str, re.Pattern[str]], ...]
    any_funds_column: re.Pattern[str]
    funds_total_row: re.Pattern[str]
    funds_total_cell: re.Pattern[str]  # a whole cell's label only ("部门预算"), read with fullmatch
    funds_sub_row: re.Pattern[str]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    kind_headings: tuple[tuple[str, re.Pattern[str]], ...]
    kind_heading_words: tuple[re.Pattern[str], ...]  # each kind's headings' words (patterns.screen)
    title: re.Pattern[str]
    title_words: tuple[str, ...]
    title_label: re.Pattern[str]
    not_title_start: re.Pattern[str]
    organisation_suffixes: tuple[str, ...]
    office_suffixes: tuple[str, ...]
    named_suffixes: tuple[str, ...]  # organisation_suffixes of two characters or more
    issued_money: tuple[str, ...]
    acting_words: str  # a regular expression: one of the words
    division_openings: tuple[str, ...]
    facility_project: re.Pattern[str]
    place_suffixes: tuple[str, ...]
    autonomy: re.Pattern[str]  # the peoples and 自治 of an autonomous place's name, before its 县/州/旗
    place_names: tuple[str, ...]
    not_place_endings: tuple[str, ...]
    place_word_openings: tuple[str, ...]
    not_place_words: frozenset[str]
    never_in_place_names: tuple[str, ...]
    cities_named_cheng: frozenset[str]
    class_of_institutions: re.Pattern[str]
    office_runs_on: tuple[str, ...]
    office_word_openings: tuple[str, ...]
    short_named_organisations: frozenset[str]
    not_unit: re.Pattern[str]
    third_party: re.Pattern[str]
    not_project: re.Pattern[str]
    unit_business: re.Pattern[str]
    collection_title: re.Pattern[str]
    collection_words: tuple[str, ...]
    collection_mark: re.Pattern[str]
    not_framed_name: re.Pattern[str]
    unit_group: re.Pattern[str]
    company: re.Pattern[str]
    generic_fund: re.Pattern[str]  # fullmatch: a name made only of these words
    generic_fund_tail: re.Pattern[str]  # search: a name's ending made only of generic_fund's words
    cut_name_openings: tuple[str, ...]
    programme_areas: tuple[str, ...]
    division_endings: tuple[str, ...]
    several_projects: re.Pattern[str]
    list_cut_short: re.Pattern[str]  # search: a list of projects cut short
    money_kind_tail: re.Pattern[str]
    cut_name_ending: re.Pattern[str]
    not_a_name: re.Pattern[str]
    self_place: re.Pattern[str]
    fund_ending: str  # a regular expression: one of the endings
    not_evaluated: re.Pattern[str]
    evaluation_words: tuple[str, ...]
    self_unit: re.Pattern[str]
    self_unit_endings: dict[str, tuple[str, ...]]
    collecting_publisher: re.Pattern[str]  # the office's name ends with one
    portal_office: re.Pattern[str]  # the office's name ends with one
    overseer: re.Pattern[str]  # the office's name ends with one
    collector_evaluates: re.Pattern[str]  # "我市财政局对X补贴进行了绩效自评"
    background_heading: re.Pattern[str]


@functools.cache
def vocabulary() -> Vocabulary:
    chrome, labels, identity = (
        load_vocabulary("chrome"),
        load_vocabulary("labels"),
        load_vocabulary("identity"),
    )
    columns = labels["funds_columns"]
    # (an entry "a|b|^c" gives three: the one held to a line's start joined with the others would cost every
    # line a try of each alternative at each character, where alone they are screened by their first ones)
    lines, marks = (
        [alternative for pattern in chrome[key] for alternative in _alternatives(pattern)]
        for key in ("lines", "marks")
    )
    identity_labels = {
        field: [_letter_spaced(p) for p in labels[field]] for field in ("unit", "department", "project")
    }
    any_label = _any([*identity_labels["unit"], *identity_labels["department"], *identity_labels["project"]])
    kind_headings = tuple((kind, _any(words)) for kind, words in identity["kind_headings"].items())
    return Vocabulary(
        chrome_line=_any(chrome["lines"]),
        chrome_widget=re.compile(
            r"\s*[【\[]?\s*(?:" + "|".join(map(re.escape, chrome["widgets"])) + r")\s*[】\]]?\s*[:：]?\s*"
        ),
        chrome_line_start=_any([p for p in lines if _at_line_start(p)]),
        chrome_line_inside=re.compile("|".join(p for p in lines if not _at_line_start(p))),
        # line-start marks are matched, the others searched: an alternation of both would try every position
        chrome_mark_start=_any([p for p in marks if _at_line_start(p)]),
        chrome_mark_inside=_any([p for p in marks if not _at_line_start(p)]),
        site_name=re.compile(chrome["site_name"]),
        link_list=re.compile(chrome["link_list"]),
        noise=_any([*chrome["noise"], _gambling_spam(chrome["gambling_spam"])]),
        publisher=re.compile(r"(?:" + "|".join(chrome["publisher"]) + r")\s*[:：]?\s*"),
        publish_date=_any(chrome["date"]),
        unit_labels=tuple(re.compile(p) for p in identity_labels["unit"]),
        department_labels=tuple(re.compile(p) for p in identity_labels["department"]),
        project_labels=tuple(re.compile(p) for p in identity_labels["project"]),
        score_cell=_whole_cell(labels["score_cells"]),
        grade_cell=_whole_cell(labels["grade_cells"]),
        grade_word=re.compile('[“"]?(?:' + "|".join(labels["grade_words"]) + ')[”"]?'),
        any_label=any_label,
        label_words=screen(any_label),
        value_stop=_any(labels["value_stop"]),
        header_cell=_any(labels["header_cells"]),
        record_columns=tuple(
            (
                field,
                re.compile(
                    r"(?:"
                    + "|".join(map(re.escape, words))
                    + r")\s*(?:[(（]\s*(?P<unit>亿元|万元|元)\s*[)）])?"
                ),
            )
            for field, words in labels["record_columns"].items()
        ),
        # longest header words first, so that 预算执行数 is not read as 预算数
        funds_columns=tuple(
            sorted(
                ((key, re.compile(re.escape(word))) for key, words in columns.items() for word in words),
                key=lambda item: -len(item[1].pattern),
            )
        ),
        any_funds_column=re.compile("|".join(re.escape(w) for words in columns.values() for w in words)),
        funds_total_row=re.compile("|".join(re.escape(w) for w in labels["funds_total_rows"])),
        funds_total_cell=re.compile(
            r"\s*(?:" + "|".join(re.escape(w) for w in labels["funds_total_cells"]) + r")\s*[:：]?\s*"
        ),
        funds_sub_row=re.compile("|".join(re.escape(w) for w in labels["funds_sub_rows"])),
        kinds=tuple((kind, _any(words)) for kind, words in identity["kind"].items()),
        kind_headings=kind_headings,
        kind_heading_words=tuple(screen(headings) for _, headings in kind_headings),
        title=_words(identity["title"]),
        title_words=tuple(identity["title"]),
        title_label=_any(identity["title_labels"]),
        not_title_start=re.compile(identity["not_title_start"]),
        organisation_suffixes=tuple(sorted(identity["organisation_suffixes"], key=len, reverse=True)),
        office_suffixes=tuple(identity["office_suffixes"]),
        named_suffixes=tuple(w for w in identity["organisation_suffixes"] if len(w) >= 2),
        issued_money=tuple(identity["issued_money"]),
        acting_words="(?:" + "|".join(identity["acting_words"]) + ")",
        division_openings=tuple(identity["division_openings"]),
        facility_project=re.compile(
            "(?:"
            + "|".join(map(re.escape, identity["facility_suffixes"]))
            + ")(?:"
            + "|".join(map(re.escape, identity["facility_works"]))
            + ")*(?:工程项目|项目|工程)$"
        ),
        place_suffixes=tuple(sorted(identity["place_suffixes"], key=len, reverse=True)),
        autonomy=re.compile(
            "(?:(?:" + "|".join(map(re.escape, identity["ethnic_groups"])) + ")族)+自治(?=[县州旗]$)"
        ),
        place_names=tuple(identity["place_names"]),
        not_place_endings=tuple(identity["not_place_endings"]),
        place_word_openings=tuple(identity["place_word_openings"]),
        not_place_words=frozenset(identity["not_place_words"]),
        never_in_place_names=tuple(identity["never_in_place_names"]),
        cities_named_cheng=frozenset(identity["cities_named_cheng"]),
        class_of_institutions=_any(identity["class_of_institutions"]),
        office_runs_on=tuple(identity["office_runs_on"]),
        office_word_openings=tuple(identity["office_word_openings"]),
        short_named_organisations=frozenset(identity["short_named_organisations"]),
        not_project=_any(identity["not_project"]),
        unit_business=_any(identity["unit_business"]),
        collection_title=_any(identity["collection_title"]),
        collection_words=tuple(identity["collection_words"]),
        collection_mark=_any(identity["collection_mark"]),
        not_framed_name=_any(identity["not_framed_name"]),
        unit_group=_any(identity["unit_group"]),
        company=_any(identity["company"]),
        # "中央、市级专项转移支付", "基本支出和项目": the words may be listed with 、 or joined with 和 or 及
        generic_fund=re.compile(
            "(?:(?:" + "|".join(map(re.escape, identity["generic_fund_words"])) + ")(?:、|和|及)?)+"
        ),
        generic_fund_tail=re.compile(
            "(?:(?:" + "|".join(map(re.escape, identity["generic_fund_words"])) + ")、?)+$"
        ),
        cut_name_openings=tuple(identity["cut_name_openings"]),
        programme_areas=tuple(identity["programme_areas"]),
        division_endings=tuple(identity["division_endings"]),
        several_projects=guarded(identity["several_projects"]),
        list_cut_short=re.compile(identity["list_cut_short"]),
        money_kind_tail=re.compile(identity["money_kind_tail"]),
        cut_name_ending=re.compile(identity["cut_name_ending"]),
        not_a_name=re.compile(identity["not_a_name"]),
        self_place=_words(identity["self_place"]),
        fund_ending="(?:" + "|".join(identity["fund_endings"]) + ")",
        not_evaluated=_any(identity["not_evaluated"]),
        evaluation_words=tuple(identity["evaluation_words"]),
        self_unit=_words(identity["self_unit"]),
        self_unit_endings={word: tuple(endings) for word, endings in identity["self_unit_endings"].items()},
        collecting_publisher=_words(identity["collecting_publishers"], "$"),
        portal_office=_words(identity["portal_offices"], "$"),
        overseer=_words(identity["overseers"], "$"),
        collector_evaluates=re.compile(
            "(?:" + "|".join(map(re.escape, identity["collecting_publishers"])) + ")"
            r"[^。，,]{0,6}对[^。]{0,60}(?:开展|进行)[^。]{0,10}评"
        ),
        background_heading=_words(identity["background_headings"]),
        third_party=re.compile(identity["third_party"]),
        not_unit=_any(
            [re.escape(w) for w in identity["not_unit"]] + [r"[(（][^)）]*$", identity["class_of_units"]]
        ),
    )
