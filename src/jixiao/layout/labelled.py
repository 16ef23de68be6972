"""Labelled cells: "单位名称：X", "项目名称 | X | 主管部门 | Y", "项目实施单位X" run together. The value
runs from the end of its label to the next label in the same cell, or is the next cell when the label
stands alone."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.layout.cells import Cell
from jixiao.layout.chrome import SPREAD_OUT
from jixiao.layout.title import CODE_PREFIX, NOTICE_NUMBER, leading_place, organisation_end
from jixiao.layout.vocabulary import load_vocabulary, vocabulary

# what may stand between a label and its value: "(公章):", "及代码", "为", "均为" (two labels sharing one value:
# "项目主管部门和实施单位均为某县水利局")
_LEAD = re.compile(
    r"^[\s:：]*(?:[(（][^()（）]{0,6}[)）])?\s*(?:名\s*称|全称)?\s*(?:及代码|代码|编码)?[\s:：]*(?:[均都皆]?(?:为|是))?"
    r"[_＿\s:：]*"
)
_IN_A_SENTENCE = re.compile(r"(?:为|是)[_＿\s:：]*$")
_CLAUSE_END = re.compile(r"[,，。;；]")
# a value that is digits or a date, a form's instruction, a sentence, or a column's header ("发行金额(亿元)",
# "评价项目编码" under "评价项目名称": a cover form's next label)
_COLUMN_HEADER = re.compile(r"^[^(（]{1,12}[(（](?:亿元|万元|元|%|％)[)）]\s*$")
_NOT_VALUE = re.compile(
    # (nor the rest of a heading that names the label with another thing: "1、项目名称及年度目标")
    r"^[\d\s.%／/年月日:：-]*$|^的|^[及和与、]|填报|日期|盖章|签字|□|☑|[,，。;；]|[(（](?:亿元|万元|元|%|％)[)）]"
    r"|(?:编码|代码|编号)$"
)
# how names end, by field, and the levels of government listed with "、" (labels.yaml)
_LABELS = load_vocabulary("labels")
_NAME_ENDS = {
    field: re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")
    for field, words in _LABELS["name_endings"].items()
}
_JOINED_ENDS = {
    field: re.compile("(?:" + "|".join(map(re.escape, [*_LABELS["name_endings"][field], *words])) + ")$")
    for field, words in _LABELS["name_endings_joined"].items()
}
# every ending of a unit's name, for the rest of one set apart from its place ("泸溪县 第一中学")
# the number of a list's item before its label ("1、项目名称:…", "(2)项目名称:…")
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}\s*[、.．]|[(（]\d{1,2}[)）])\s*")
# a project's name ending its clause, a sentence going on after it
_NAMED_THEN_TOLD = re.compile(
    r"[^,，。;；]{2,40}?(?:" + "|".join(map(re.escape, _LABELS["name_endings"]["project"])) + ")[,，]"
)
_UNIT_ENDS = re.compile(
    "(?:" + "|".join(map(re.escape, load_vocabulary("identity")["organisation_suffixes"])) + ")$"
)
_LEVELS_LISTED = re.compile(_LABELS["levels_listed"])
_END = re.compile(r"\s|[(（][^()（）]*$")  # a name ends at a space, or before a bracket left open
# a number set apart by spaces inside a name ("国道 110 线…", as a PDF's text layer prints it), not a date's
# nor a lone page number run into the text ("湖南省文化厅 2 湖南省财政厅")
_SPACED_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(\d{2,})[ \t]+(?=[\u4e00-\u9fff])(?![年月日号])")
_YEARS = re.compile(r"(?:20\d\d\s*[-—－~～至]\s*)?20\d\d\s*年度?")  # "2019-2020年度"
_YEAR_LEFT = re.compile(r"(?:(?:20\d\d\s*[-—－~～至]\s*)?20\d\d)?\s*(?:年度?)?")  # digits may be lost


@dataclass(frozen=True)
class Labelled:
    field: str  # "unit", "department", "project"; "score", "grade" in a form's result row
    rank: int  # position of the label in its field's list: lower is stronger
    value: str
    line: int
    start: int
    end: int
    in_sentence: bool = False  # "项目的实施单位是X,": said in prose, weaker than a form's cell
    end_line: int | None = None  # the line the value ends on, when it goes on over a line the page cut
    read_over: bool = False  # read off a paragraph rejoined over the lines a page's width cut it into


def _label_begun_above(above: Cell, cell: Cell) -> tuple[str, int] | None:
    """The (field, rank) of a label a cell one line above began, where ``cell`` is its last word alone ("中央主管" /
    "部门", "资金使用" / "单位"): the whole label's, not the bare word's."""
    word = cell.text.strip()
    if word not in ("部门", "单位") or above.line != cell.line - 1 or _labels(above.text):
        return None
    joined = _labels(above.text.strip() + word)
    if len(joined) != 1 or joined[0][0] != 0 or joined[0][1] != len(above.text.strip()) + len(word):
        return None
    return joined[0][2], joined[0][3]


def _labels(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, field, rank) of every label in ``text``, earliest first, overlaps dropped."""
    vocab = vocabulary()
    # most cells hold no label: one search settles them, most of them by the labels' words alone
    if vocab.label_words.search(text) is None or vocab.any_label.search(text) is None:
        return []
    found: list[tuple[int, int, str, int]] = []
    for field, patterns in (
        ("unit", vocab.unit_labels),
        ("department", vocab.department_labels),
        ("project", vocab.project_labels),
    ):
        for rank, pattern in enumerate(patterns):
            found += [(m.start(), m.end(), field, rank) for m in pattern.finditer(text)]
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, str, int]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _value(cell: Cell, start: int, end: int, listed: bool = False) -> Labelled | None:
    """The value after a label, from ``start`` to ``end`` of the cell; ``listed``: the label opens a numbered item."""
    raw = cell.text[start:end]
    lead = len(_LEAD.match(raw).group())  # type: ignore[union-attr]
    code = CODE_PREFIX.match(raw[lead:]) or _NOTICE_PREFIX.match(raw[lead:]) or _SPACED_CODE.match(raw[lead:])
    if code:
        lead += code.end()
    value = raw[lead:]
    clause = _CLAUSE_END.search(value) if _IN_A_SENTENCE.search(raw[:lead]) else None
    if clause is None and listed and (named := _NAMED_THEN_TOLD.match(value)) is not None:
        # "1、项目名称:2022年X专项资金,金额为20万元,…": a listed project's name, then what the item tells of it
        clause = _CLAUSE_END.search(value, named.end() - 1)
    in_sentence = clause is not None
    if clause is not None:
        value = value[: clause.start()]  # "项目实施单位是X所,为经常性项目": the name ends with its clause
    if _COLUMN_HEADER.search(value):
        return (
            None  # "项目名称 | 债券资金(万元) | 已支出(万元)": a table's header row, the next column's header
        )
    words = value.split()
    if len(words) > 1 and _a_header_word(words[0]):
        return None  # "项目名称 项目类别 下达资金 实际支出": a table's header row, the next column's header
    stop = vocabulary().value_stop.search(value, 2)
    if stop is not None:
        value = value[: stop.start()]
    numbers = [(m.start(), m.end()) for m in _SPACED_NUMBER.finditer(value)]
    spread = SPREAD_OUT.match(value)
    if spread is not None:
        numbers.append(spread.span())  # "湘 阴 县 民 政 局": a name spread out to its cell's width is whole
    end_at = next((m for m in _END.finditer(value) if not any(a <= m.start() < b for a, b in numbers)), None)
    if end_at is not None:
        value = value[: end_at.start()]
    value = _SEAL_NOTE.sub("", value)  # "某中心（盖章）": where the seal goes, no part of the name
    # "X局(127001)", "X协会【315001】": its budget code; "X局（原Y局）": its former name
    value = _AFTER_THE_NAME.sub("", value)
    alias = _ALIAS_AFTER.fullmatch(value)
    if alias is not None and all(organisation_end(name) == len(name) for name in alias.groups()):
        value = alias.group(1)  # "沂水县人民医院（沂水县医疗集团）": the unit under its other name too
    value = value.rstrip(
        " :：;；,，。_＿"
    )  # "_温岭市养老服务指导中心_": a form's blank line around the value
    written = len(value)  # as printed, the spaces around a number inside the name included
    value = _SPACED_NUMBER.sub(r"\1", value)
    if spread is not None:
        value = value.replace(" ", "")
    if len(value) < 2 or len(value) > 60 or _NOT_VALUE.search(value):
        return None
    if _COLUMN_RUN.fullmatch(value) or _COLUMNS_OPENING.match(value):
        return None  # "项目名称预算数支出数执行率": a table's header row run together, no name after its first cell
    if value[0] in "(（":
        return None  # "项目名称（全称、与预算批复一致）": the label's own note on how to fill it in, no name
    # "、" joins the items of a list, or the works a fund is named after, never the levels of government paying (one
    # in brackets says what the fund covers: "重大传染病防控（艾滋病、结核病）及免疫规划" / "补助资金", wrapped)
    listed = "、" in _BRACKETED.sub("", value)
    if listed and (not _NAME_ENDS["project"].search(value) or _LEVELS_LISTED.match(value)):
        return None
    begin = cell.start + start + lead
    return Labelled("", 0, value, cell.line, begin, begin + written, in_sentence)


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# what a column's header word may open with ("项目类别", "建设规模", "资金来源")
_HEADER_OPENINGS = frozenset({"", "项目", "资金", "建设", "实施"})


def _a_header_word(word: str) -> bool:
    """Whether a word is a table's column header, whole ("项目类别", "建设规模", "实施地点"; not "农业适度规模" of a name
    printed with a space)."""
    ending = vocabulary().header_cell.search(word)
    return ending is not None and word[: ending.start()] in _HEADER_OPENINGS


# a table's header cells run together ("预算数支出数执行率"), alone or opening the first row run on after them
# ("单位名称调整后预算数实际支出数支出进度2省田径运动管理中心…")
_COLUMN_WORD = (
    "(?:"
    + "|".join(
        sorted(
            (re.escape(w) for words in load_vocabulary("labels")["funds_columns"].values() for w in words),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
_COLUMN_RUN = re.compile(_COLUMN_WORD + "+")
_COLUMNS_OPENING = re.compile(_COLUMN_WORD + "{2,}")
# the notice a fund was allocated by, before its name in the cell ("湘财农指〔2023〕45号 2023年农业保险保费补贴")
_NOTICE_PREFIX = re.compile(rf"^\s*{NOTICE_NUMBER}\s+(?=\S)")
_SPACED_CODE = re.compile(r"^\s*\d{5,}\s+(?=[\u4e00-\u9fff])")  # a budget code set apart: "301001 某局"
_CONTINUATION = re.compile(r"[\u4e00-\u9fff()（）“”]{1,30}")
_ALIAS_AFTER = re.compile(r"(.{3,40}?)\s*[(（]\s*([\u4e00-\u9fff]{3,30})\s*[)）]")
_AFTER_THE_NAME = re.compile(
    r"\s*(?:[(（【\[]\s*\d{3,}\s*[)）】\]]|[(（]\s*原\s*[\u4e00-\u9fff]{2,30}[)）])\s*$"
)
_SEAL_NOTE = re.compile(
    r"\s*[(（]\s*(?:公章|盖章|签章|印章)\s*[)）]\s*$"
)  # "人民法院(公章)": where the seal goes


_WRAPPED = re.compile(r" ([\u4e00-\u9fff()（）“”]{1,30})")
_A_LEVEL = re.compile(r"中央|省级|市级|县级|区级|地方|财政|上级")


def _rejoined(value: Labelled, cell: Cell, field: str) -> Labelled:
    """A labelled name a PDF's text layer broke with a space where its line wrapped ("名称为:市镇公路路政管
    理专项资金。"): joined when only together do the two runs end as such a name does."""
    # "韶山市 银田镇人民政府": a bare place, then the unit under it (a form's field padded with a space)
    under_a_place = field == "unit" and leading_place(value.value) == len(value.value)
    ends = _UNIT_ENDS if under_a_place else _NAME_ENDS.get(field)
    if ends is None or (ends.search(value.value) and not under_a_place):
        return value
    wrapped = _WRAPPED.match(cell.text, value.end - cell.start)
    if (
        wrapped is None
        or (leading_place(wrapped.group(1)) and not under_a_place)
        or (field == "unit" and _A_LEVEL.match(wrapped.group(1)))
    ):
        return value  # "实施单位 某县实验中学 某县教育局": a second name, no wrap (a fund's "X 县级衔接资金项目" is one)
    joined = value.value + wrapped.group(1)
    if not ends.search(joined):
        return value
    return dataclasses.replace(value, value=joined, end=cell.start + wrapped.end())


_WRAP_GAP = 3  # lines from a wrapped name's first line to its next one, blank lines between


def _continued(value: Labelled, cell: Cell, following: Cell, field: str) -> Labelled:
    """A labelled name wrapped onto the next line ("项目名称:某镇某社区某自然" / "村综合性活动场所建设项目",
    "部门(单位)全称:某自治县" / "人民法院(公章)", "项目名称 | X经费(扑火物资购置及专业扑" / "火队伍保障) | 主管部门
    | …"): joined when the value ends its line (or a bracket it opened does), the next line with text opens with a
    bare run of characters (the rest of its cells, labels, after a space), and only together do they end as such a
    name does."""
    ends = _NAME_ENDS.get(field)
    # the bracket the name opened at its line's end, which cut the value before it ("X经费(扑火物资购置及专业扑")
    opened = cell.text[value.end - cell.start :].rstrip()
    if (
        ends is None
        # (ended as a name before its bracket too: "X转移支付资金(美丽乡村建设)")
        or (not opened and (ends.search(value.value) or ends.search(_TRAILING_BRACKET.sub("", value.value))))
        or (opened and not _OPEN_AT_END.fullmatch(opened))
        # the next line with text (a page converted with blank lines between its lines has them in between)
        or not cell.line < following.line <= cell.line + _WRAP_GAP
        # the name again, whole ("某县城关镇" / "某县城关镇人民政府" a seal prints), not its rest ("…岳麓区" /
        # "望月湖街道办事处")
        or following.text.strip().startswith(value.value)
    ):
        return value
    rest = _rest_of_a_name(following.text.strip())
    if rest is None:
        return value
    # (a seal's note the line broke, "某县自然资源局（盖" / "章）", is no part of the name)
    joined = _SEAL_NOTE.sub("", value.value + opened + rest)
    if joined == value.value or (
        opened and (")" in opened or "）" in opened or not _CLOSES_A_BRACKET.search(rest))
    ):
        return value
    # "…窄路面拓宽改造" / "工程（第二批）": a batch's bracket after the name's ending; "X经费(扑火物资…保障)": what
    # the name is for, in the bracket it opened
    bare = (_ANY_TRAILING_BRACKET if opened else _TRAILING_BRACKET).sub("", joined)
    if not _JOINED_ENDS.get(field, ends).search(bare):
        return value
    return dataclasses.replace(value, value=joined, end=value.end + len(opened))


def _rest_of_a_name(text: str) -> str | None:
    """The rest of a wrapped name a line opens with: the whole line when it is a bare run of characters, or its
    first run when the line's next cells, after a space, open with a label ("治提升项目 负责人及电话 …")."""
    if _CONTINUATION.fullmatch(text):
        rest, after = text, ""
    else:
        split = _RUN_THEN_CELLS.match(text)
        if split is None:
            return None
        rest, after = split.group(1), split.group(2)
        if not (vocabulary().value_stop.match(after) or any(start == 0 for start, *_ in _labels(after))):
            return None
    if _labels(rest) or vocabulary().value_stop.match(rest):
        return None  # the next row's label ("年度资金(万元) | 年初预算数 | …"), no rest of a name
    return rest


_OPEN_AT_END = re.compile(r"[(（][^()（）]{1,30}")
_CLOSES_A_BRACKET = re.compile(r"^[^()（）]*[)）]")
_ANY_TRAILING_BRACKET = re.compile(r"[(（][^()（）]{1,40}[)）]$")
_RUN_THEN_CELLS = re.compile(r"([\u4e00-\u9fff()（）“”]{1,30})\s+(\S.*)")
_TRAILING_BRACKET = re.compile(r"[(（][^()（）]{1,12}[)）]$")


def _under_its_place(value: Labelled, following: Cell, field: str) -> Labelled:
    """A unit's place and the rest of its name set apart as two cells of one line ("实施单位：湘阴县  文星街道办事
    处", a form's field padded with spaces): joined when the value is a bare place and the next cell, no label,
    ends as a unit's name does."""
    rest = following.text.strip()
    if (
        field != "unit"
        or leading_place(value.value) != len(value.value)
        or _labels(following.text)
        or not _CONTINUATION.fullmatch(rest)
        or not _UNIT_ENDS.search(rest)
    ):
        return value
    return dataclasses.replace(value, value=value.value + rest, end=following.start + len(rest))


def labelled_cells(cells: Sequence[Cell]) -> list[Labelled]:
    found: list[Labelled] = []
    for index, cell in enumerate(cells):
        labels = _labels(cell.text)
        if (
            len(labels) == 1
            and index > 0
            and (whole := _label_begun_above(cells[index - 1], cell)) is not None
        ):
            labels = [(*labels[0][:2], *whole)]  # "中央主管" / "部门": the ministry's label, no unit's
        for number, (start, end, field, rank) in enumerate(labels):
            stop = labels[number + 1][0] if number + 1 < len(labels) else len(cell.text)
            value = _value(cell, end, stop, listed=_ITEM_NUMBER.fullmatch(cell.text[:start]) is not None)
            rest = cell.text[end:].rstrip()
            # the label stands alone, with at most a note on how to fill it in ("实施单位(盖章) | X")
            alone = len(_LEAD.match(rest).group()) == len(rest)  # type: ignore[union-attr]
            source = index
            if value is None and alone and index + 1 < len(cells):
                following = cells[index + 1]
                if (
                    not _labels(following.text)
                    and not vocabulary().header_cell.search(following.text)
                    # "实施单位 |" left blank, then "项目资金 |": the next cell's label, no value
                    and not vocabulary().value_stop.match(following.text.strip())
                    and not _heads_a_column(cells, index)
                ):
                    value = _value(following, 0, len(following.text))  # "项目名称 | 债券性质": headers
                    source = index + 1
            if value is not None:
                value = _rejoined(value, cells[source], field)
            if value is not None and source + 1 < len(cells) and cells[source + 1].line == cells[source].line:
                value = _under_its_place(value, cells[source + 1], field)
            if value is not None and source + 1 < len(cells):
                # the name wrapped in its own cell onto the next line ("项目名称 | 中小学校舍安全保障长效 |" / "| 机制资金 |")
                value = _continued(value, cells[source], cells[source + 1], field)
            if value is not None:
                found.append(dataclasses.replace(value, field=field, rank=rank))
    found = [_without_year(cell) if cell.field in ("unit", "department") else cell for cell in found]
    units = [cell.value for cell in found if cell.field in ("unit", "department")]
    return [_unframed(cell, units) if cell.field == "project" else cell for cell in found]


def _without_year(cell: Labelled) -> Labelled:
    """A unit's name without the year a cover prints before it ("单位名称(盖章): | 2022年度零陵区档案馆"), the
    budget level after it ("预算单位：某局本级"), and the next label's first word where a copy runs a form's
    row together ("项目实施单位X中心项目主管单位Y委员会": no unit's name ends with 项目)."""
    if cell.value.endswith((*_OWN_LEVEL, "项目")) and len(cell.value) > 4:
        cell = dataclasses.replace(cell, value=cell.value[:-2], end=cell.end - 2)
    year = _YEARS.match(cell.value)
    if year is None or len(cell.value) - year.end() < 2:
        return cell
    return dataclasses.replace(cell, value=cell.value[year.end() :], start=cell.start + year.end())


_OWN_LEVEL = ("本级", "机关")


_CLOSING_BRACKET = re.compile(r"[(（]\s*([\u4e00-\u9fff]{3,12})\s*[)）]$")
# the ends of a place governed as one, not a zone's (南区)
_ADMINISTERED = ("县", "市", "旗", "镇", "乡", "街道")
_DATED_BRACKET = re.compile(r"[(（]\s*20\d\d\s*年度?[^()（）]*[)）]$")


def _unframed(cell: Labelled, units: Sequence[str]) -> Labelled:
    """A project's name without the unit, place and year it is framed with, as a report's title frames
    it ("宝坻区2019-2020年度供热补贴项目", "湖北工程学院年学生资助项目" beside a unit cell 湖北工程学院), and
    without a bracket at its end naming the year's fund it is paid from. A
    place not followed by a year stays: "月牙湖乡滨河家园…项目" is the project's own name."""
    dated = _DATED_BRACKET.search(cell.value)
    if dated is not None and dated.start() >= 2:  # "…推广项目(2022年少数民族发展资金项目)": the year's fund
        cell = dataclasses.replace(cell, value=cell.value[: dated.start()])
    placed = _CLOSING_BRACKET.search(cell.value)
    if (
        placed is not None
        and placed.start() >= 2
        and leading_place(placed.group(1)) == len(placed.group(1))
        and placed.group(1).endswith(_ADMINISTERED)
        and any(placed.group(1) in unit for unit in units)
    ):
        # "2019年度财政专项扶贫资金项目（双龙镇）" beside 实施单位 "花垣县双龙镇人民政府": the unit's own place, no part of
        # the name (not a works' section, "复式标准厂房(南区)", a route, "（城关镇至双龙镇）", nor a kind, "（示范县）")
        cell = dataclasses.replace(
            cell, value=cell.value[: placed.start()], end=cell.end - len(placed.group())
        )
    name = cell.value
    unit = max((unit for unit in units if name.startswith(unit)), key=len, default="")
    if unit:
        end = _YEAR_LEFT.match(name, len(unit)).end()  # type: ignore[union-attr]
    else:
        years = _YEARS.match(name, leading_place(name))
        end = years.end() if years else 0
    if end == 0 or len(name) - end < 2:
        return cell
    return dataclasses.replace(cell, value=name[end:], start=cell.start + end)


_POINTS = re.compile(r"(\d+(?:\.\d+)?)\s*分?")
_MAX_SCORE = Decimal(120)
_FULL_MARKS = Decimal(100)
_SCALE_LABELS = frozenset({"总分", "合计"})  # a result row's labels that also head the points' total
_POINTS_COLUMNS = tuple(load_vocabulary("form")["indicator_columns"]["weight"])
_DIGIT = re.compile(r"\d")


def result_cells(cells: Sequence[Cell], merged: frozenset[int] = frozenset()) -> list[Labelled]:
    """The total score and the grade a form's result row states: "总分(100分) | 100", "总分 | 100 | 96 | 优"
    (the 分值 100, then the score), "自评等级 | 优". A label followed by anything else gives nothing. ``merged``: the
    lines whose label cell a web copy printed once for each column it spans (see ``merged_label_lines``)."""
    vocab = vocabulary()
    found: list[Labelled] = []
    for index, cell in enumerate(cells):
        if (
            "分" not in cell.text
            and "等" not in cell.text
            and "结" not in cell.text
            and cell.text[:1] not in _SPACED_OPENINGS
        ):
            continue  # every score or grade label holds one of them (结论, 结果) or opens a total row; most cells do not
        if index > 0 and cells[index - 1].text.strip() == cell.text.strip():
            continue  # the same merged cell again
        label, last = _result_label(cells, index)
        if (inline := _inline_score(cell)) is not None:
            found.append(inline)
        elif vocab.score_cell.fullmatch(label) or label in _TOTAL_ROWS:
            if index > 0 and _column_header(cells[index - 1].text):
                continue  # "执行率 | 自评得分 | 1 | X局 | …": a table's header row, its first row's number after it
            while last + 1 < len(cells) and cells[last + 1].text.strip() == cells[index].text.strip():
                last += (
                    1  # "总分 | 总分 | 总分 | 100 | 95.65": a merged cell printed once per column it spans
                )
            paired = cells[last + 1 : last + 4]
            if (
                len(paired) == 3
                and vocab.grade_cell.fullmatch(paired[0].text)
                and (number := _POINTS.fullmatch(paired[1].text)) is not None
                and Decimal(number.group(1)) <= _MAX_SCORE
                and vocab.grade_word.fullmatch(paired[2].text)
            ):
                # "自评得分 | 自评等级 | 95.2 | 优": the two labels as a header row, their values under them
                found.append(
                    Labelled("score", 0, number.group(1), paired[1].line, paired[1].start, paired[1].end)
                )
                found.append(_grade(paired[2]))
                continue
            following = cells[last + 1 : last + 4]
            numbers: list[tuple[Cell, Decimal]] = []
            for after in following:
                number = _POINTS.fullmatch(after.text)
                if number is None:
                    break
                numbers.append((after, Decimal(number.group(1))))
            printed = len(numbers)
            if printed == 3 and numbers[0][1] == _FULL_MARKS and numbers[1][1] == numbers[2][1]:
                numbers = numbers[:2]  # "100 | 95.65 | 95.65": the score cell merged over two columns
            rest = cells[last + 1 + printed] if last + 1 + printed < len(cells) else None
            if (
                rest is not None
                and numbers
                and _DIGIT.match(rest.text.strip())
                and not rest.text.strip().endswith("%")  # "综合评分 | 100 | 86.2 | 86.2%": a 得分率 column
                and (rest.line == numbers[-1][0].line or _POINTS.fullmatch(rest.text))
            ):
                continue  # a figure broken apart ("97.2 2"): which number is the score is not sure
            if label in _TOTAL_ROWS and not (len(numbers) == 2 and numbers[0][1] == _FULL_MARKS):
                continue  # "合计 | 85": a funds table's total as often; "合计 | 100 | 92.4" is the points' and score's
            if len(numbers) == 1 and numbers[0][1] == _FULL_MARKS and _points_total(cells, index, label):
                continue  # "总分 | 100" alone under a 分值 column: its full marks as often as a score, 得分 blank
            if (
                len(numbers) == 1
                and numbers[0][1] == _FULL_MARKS
                and rest is not None
                and vocab.score_cell.fullmatch(rest.text.strip())
            ):
                continue  # "总分 | 100分 | 自评得分 | 98.2": the full marks, the score under its own label after them
            if len(numbers) == 1 or (len(numbers) == 2 and numbers[0][1] == _FULL_MARKS >= numbers[1][1]):
                at, value = numbers[0] if len(numbers) == 1 else numbers[1]
                if value <= _MAX_SCORE:
                    found.append(Labelled("score", 0, str(value), at.line, at.start, at.end))
                    grade_at = last + 1 + min(printed, 3)
                    if grade_at < len(cells) and vocab.grade_word.fullmatch(cells[grade_at].text):
                        found.append(_grade(cells[grade_at]))
        elif (
            vocab.grade_cell.fullmatch(cell.text)
            and (graded := _grade_after(cells, index, cell.line in merged)) is not None
        ):
            found.append(_grade(graded))
    return found


def merged_label_lines(cells: Sequence[Cell]) -> frozenset[int]:
    """The lines whose first cell is printed twice over, a merged label cell a web copy repeats for each column it
    spans ("自评等级 | 自评等级 | 良 | 良 | 良"), its value merged too."""
    return frozenset(
        cell.line
        for at, cell in enumerate(cells[:-1])
        if (at == 0 or cells[at - 1].line != cell.line)
        and cells[at + 1].line == cell.line
        and cells[at + 1].text == cell.text
    )


_PROJECTS_ROW = re.compile(r"\s*项目(?:名称)?\s*")
_PROJECTS_REACH = 30  # cells back to a row naming the projects a table grades


def _projects_named_above(cells: Sequence[Cell], index: int) -> bool:
    """Whether a row naming two projects or more ("项目名称 | 项目名称 | 就业补助 | 职业培训") stands above the grade's row at
    ``index``: the grades are the projects', one a column, however alike."""
    for at in range(max(0, index - _PROJECTS_REACH), index):
        if _PROJECTS_ROW.fullmatch(cells[at].text):
            names = {
                c.text
                for c in cells[at + 1 : at + 8]
                if c.line == cells[at].line and c.text != cells[at].text and not _DIGIT.match(c.text.strip())
            }
            if len(names) >= 2:
                return True
    return False


def _grade_after(cells: Sequence[Cell], index: int, merged: bool) -> Cell | None:
    """The grade the cell after the grade's label at ``index`` states, a ``merged`` cell printed once per column it
    spans taken once ("自评等级 | 自评等级 | 良 | 良 | 良"); not the header of a table of the bands ("评价等级 | 优秀 |
    良好 | 合格 | 不合格"), nor projects' grades alike ("评价等级 | 优 | 优")."""
    at = index + 1
    while (
        at < len(cells)
        and cells[at].text.strip() == cells[index].text.strip()
        and cells[at].line == cells[index].line
    ):
        at += 1
    if at >= len(cells) or not vocabulary().grade_word.fullmatch(_ASIDE_AFTER.sub("", cells[at].text)):
        return None
    following = at + 1
    while (
        merged
        and not _projects_named_above(cells, index)
        and following < len(cells)
        and cells[following].line == cells[at].line
        and cells[following].text.strip() == cells[at].text.strip()
    ):
        following += 1
    if (
        following < len(cells)
        and cells[following].line == cells[at].line
        and vocabulary().grade_word.fullmatch(cells[following].text)
    ):
        return None
    return cells[at]


def _inline_score(cell: Cell) -> Labelled | None:
    """The score the form's head row, its cells parted by single spaces, ends with after its own label ("单位名称
    X街道办事处 自评总分 98.84"); not "总分 100" there, the full marks as often. Rows of a part or a project end so
    too ("产出指标 分值 50 最终得分 48", a department's "项目名称 X 自评得分 92.5"): only the row naming the form's
    unit is the whole form's, not a header row ("单位名称 分值 自评得分")."""
    head = _FORMS_HEAD_ROW.match(cell.text)
    if head is None or head.group("name").startswith(_POINTS_COLUMNS) or _a_header_word(head.group("name")):
        return None
    ending = _SCORE_ENDING_A_ROW.search(cell.text)
    if ending is None or not vocabulary().score_cell.fullmatch(ending.group("label")):
        return None
    value = Decimal(ending.group("score"))
    if value > _MAX_SCORE or (value == _FULL_MARKS and ending.group("label") in _SCALE_LABELS | _TOTAL_ROWS):
        return None
    start, end = cell.start + ending.start("score"), cell.start + ending.end("score")
    return Labelled("score", 0, ending.group("score"), cell.line, start, end)


_FORMS_HEAD_ROW = re.compile(
    r"\s*(?:单位名称|部门名称|部门\s*[(（]\s*单位\s*[)）]\s*名称|预算单位|填报单位)\s+(?P<name>\S+)"
)
# a row's last label and its figure, other cells before them ("… 自评总分 98.84")
_SCORE_ENDING_A_ROW = re.compile(
    r"\S\s+(?P<label>[\u4e00-\u9fff]{2,8})\s+(?P<score>\d{1,3}(?:\.\d{1,2})?)\s*分?\s*$"
)


_SPACED_OPENINGS = frozenset({"总", "合"})  # "总  分" printed with a wide space: two cells
_TOTAL_ROWS = frozenset({"合计", "总计"})  # a total row's label in any table, the indicators' among them


def _result_label(cells: Sequence[Cell], index: int) -> tuple[str, int]:
    """The label a result row opens with at ``index``, spaces inside taken out ("合 计"), joined with the next
    cell when a wide space cut it in two ("总" | "分"), and the index of its last cell."""
    text = cells[index].text.replace(" ", "").replace("\u3000", "")
    following = cells[index + 1] if index + 1 < len(cells) else None
    if text in _SPACED_OPENINGS and following is not None and following.line == cells[index].line:
        return text + following.text, index + 1
    return text, index


def _points_total(cells: Sequence[Cell], index: int, label: str) -> bool:
    """Whether the result row's label at ``index`` may head the 分值 column's total: a bare 总分 on a page whose
    table has a points column beside its 得分 column ("分值 | 得分"). Where the form has no points column
    ("三级指标 | 得分", "总分 | 100分"), the one figure is the score."""
    return label in _SCALE_LABELS and any(cell.text.startswith(_POINTS_COLUMNS) for cell in cells[:index])


def _heads_a_column(cells: Sequence[Cell], index: int) -> bool:
    """Whether the label is a table's column header: two or more cells after it on its line head columns too
    ("序号 | 项目名称 | 建设内容 | 预算金额 | 实际支出 | 执行率"), so the cell beside it is the next header, no value."""
    line = cells[index].line
    row = itertools.takewhile(lambda cell: cell.line == line, cells[index + 1 :])
    headers = sum(
        1 for cell in row if _column_header(cell.text) or vocabulary().header_cell.search(cell.text.strip())
    )
    return headers >= 2


def _column_header(text: str) -> bool:
    """Whether a cell is a funds table's column header alone ("执行率", "全年执行数（万元）")."""
    text = text.strip()
    return (
        len(text) <= _HEADER_LENGTH
        and vocabulary().any_funds_column.search(text) is not None
        and not _MARKS.search(text)
    )


_HEADER_LENGTH = 12
_MARKS = re.compile(r"[。，,；;]")


# a remark in brackets after a grade in its cell: "“优秀”(连续第三年)" (not another grade: "优(良)")
_ASIDE_AFTER = re.compile(r"\s*[(（](?![^()（）]*(?:优|良|中|差|合格))[^()（）]{1,16}[)）]\s*$")


def _grade(cell: Cell) -> Labelled:
    word = _ASIDE_AFTER.sub("", cell.text).strip('“”" ')
    start = cell.start + cell.text.index(word)
    return Labelled("grade", 0, word, cell.line, start, start + len(word))


_UNIT_CELL = re.compile(r"[(（]?\s*(?:单位\s*[:：]\s*)?(万元|元)\s*[)）]?")
_UNIT_IN_LABEL = re.compile(r"\s*[(（]\s*(万元|元)\s*[)）]\s*$")
# a form's own unit line ("单位:万元" in a cell of its own above the rows): it covers the figures under it
_TABLE_UNIT = re.compile(r"[(（]?\s*(?:金额|资金)?单位\s*[:：]\s*(万元|元)\s*[)）]?")
_TABLE_UNIT_REACH = 40  # cells: the funds rows right under the unit line, not a later table
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_FIGURE_LABEL = re.compile(r"[\u4e00-\u9fff]{2,16}\s*[:：]?")
# a row's heading cell ending with the unit of what follows it on the line ("资金总额（万元）", "预算执行情况(万元)：")
_ROW_UNIT = re.compile(r"[\u4e00-\u9fff]{2,16}\s*[(（]\s*(万元|元)\s*[)）]\s*[:：]?")
# a label and its figure in one cell, a space between ("年初预算数 2,460.50")
_PAIR = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{2,16})\s*[:：]?\s+(?P<value>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
)
_RATE_HEADER = re.compile(r"^[\u4e00-\u9fff()（）]{0,8}执行率[\u4e00-\u9fff()（）/A-Z]{0,8}$")
_PERCENT_CELL = re.compile(r"(\d+(?:\.\d+)?)\s*%")


@dataclass(frozen=True)
class FigureCell:
    """An amount a form states in the cell after its label ("实际支出(万元) | 565.75", "计划安排资金 | (万元) |
    48", "单位:万元 | … | 预算数: | 95"), in 万元; what the label means is left to extraction. Under a rate
    column ("…| 预算执行率 | 预算数: | 95 | 执行数: | 82.65 | 87%"), ``rate`` is the percent printed right
    after the figure (the execution rate when the figure is the spending), and ``rate_cell`` where it is."""

    label: str
    value: Decimal
    cell: Cell
    rate: Decimal | None = None
    rate_cell: Cell | None = None


# a label, its unit in brackets and its one figure run together in a cell ("计划安排资金(万元)285.58实际到位资金(万元)
# 285.58", a cover's cells flattened); a figure followed by more figures is a row of columns, not read here
_INLINE_FIGURE = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{2,16})\s*[(（]\s*(?P<unit>万元|元)\s*[)）]\s*[:：]?\s*"
    r"(?P<value>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?=\s*(?:[\u4e00-\u9fff]|$))"
)


_INLINE_HINT = re.compile(r"[(（]\s*万?元\s*[)）]\s*[:：]?\s*\d")


def _inline_figures(cell: Cell) -> list[FigureCell]:
    found: list[FigureCell] = []
    if _INLINE_HINT.search(cell.text) is None:
        return found  # most cells hold no bracketed unit before a figure: one cheap search rules them out
    for match in _INLINE_FIGURE.finditer(cell.text):
        if vocabulary().funds_total_row.search(match.group("label")):
            continue  # "年度资金总额(万元)100 …": the funds row's first column, read with its block
        value = Decimal(match.group("value").replace(",", ""))
        at = Cell(
            match.group("value"),
            cell.line,
            cell.start + match.start("value"),
            cell.start + match.end("value"),
        )
        found.append(
            FigureCell(match.group("label"), value / 10000 if match.group("unit") == "元" else value, at)
        )
    return found


_THIS_YEAR = re.compile(r"^(?:本年|当年|本期|本年度)(?:数|决算数|金额)?$")
_HEADER_CELLS = 24  # cells back to the header of a row of columns: a few rows of four or five


def _this_years_column(cells: Sequence[Cell], label_at: int) -> int | None:
    """The cell of the row labelled at ``label_at`` under the column the header line right above names as this
    year's (the header and the row lined up cell for cell), or None."""
    line = cells[label_at].line
    row = [i for i in range(label_at, len(cells)) if cells[i].line == line]
    start = label_at
    while start > 0 and cells[start - 1].line == line:
        start -= 1
    # the header: the nearest line above (past the rows between) with a cell naming this year's column
    above = [
        i for i in range(max(0, start - _HEADER_CELLS), start) if _THIS_YEAR.match(cells[i].text.strip())
    ]
    header = [i for i in range(start) if cells[i].line == cells[above[-1]].line] if above else []
    if len(header) != len(row) + label_at - start:
        return None
    column = next((k for k, i in enumerate(header) if _THIS_YEAR.match(cells[i].text.strip())), None)
    if column is None or column - (label_at - start) < 1:
        return None
    at = row[column - (label_at - start)]
    return at if _FIGURE.fullmatch(cells[at].text) else None


def _a_columns_header(text: str) -> bool:
    """Whether a cell is a figure's label with its unit, as a table's column header is ("预算数（万元）")."""
    unit = _UNIT_IN_LABEL.search(text)
    return unit is not None and _FIGURE_LABEL.fullmatch(text[: unit.start()]) is not None


def figure_cells(cells: Sequence[Cell]) -> list[FigureCell]:
    """Every amount in the cell after a label cell, where the label, a cell between them or the form's unit
    line a few cells above states the unit (a figure whose unit is not stated might be a count)."""
    found: list[FigureCell] = []
    table_unit, table_at, rate_header = None, -_TABLE_UNIT_REACH - 1, False
    row_unit, row_line = None, -1  # a row's heading cell stating the unit of the pairs after it on its line
    for index, cell in enumerate(cells):
        if "元" in cell.text and (stated := _TABLE_UNIT.fullmatch(cell.text)):
            table_unit, table_at, rate_header = stated.group(1), index, False
            continue
        if "元" in cell.text and (heading := _ROW_UNIT.fullmatch(cell.text)):
            following = cells[index + 1] if index + 1 < len(cells) else None
            if (
                following is not None
                and following.line == cell.line
                and not _FIGURE.fullmatch(following.text)
            ):
                # "资金总额（万元） | 预算数 | 60 | 执行数 | 58.5", "年度预算执行情况（万元）： | 年初预算数 2,460.50 | …"
                row_unit, row_line = heading.group(1), cell.line
                continue
        if cell.line == row_line and (pair := _PAIR.fullmatch(cell.text)) is not None:
            if _FIGURE_LABEL.fullmatch(pair.group("label")):
                value = Decimal(pair.group("value").replace(",", ""))
                figure = Cell(pair.group("value"), cell.line, cell.start + pair.start("value"), cell.end)
                found.append(
                    FigureCell(pair.group("label"), value / 10000 if row_unit == "元" else value, figure)
                )
            continue
        covered = index - table_at <= _TABLE_UNIT_REACH or cell.line == row_line
        if covered and "执行率" in cell.text and _RATE_HEADER.match(cell.text):
            rate_header = True
        if (
            not covered
            and "元" not in cell.text
            and (index + 1 >= len(cells) or "元" not in cells[index + 1].text)
        ):
            continue  # the unit stands in the label or right after it; most cells are neither
        in_label = _UNIT_IN_LABEL.search(cell.text)
        label = cell.text[: in_label.start()] if in_label else cell.text
        if not _FIGURE_LABEL.fullmatch(label):
            found.extend(_inline_figures(cell))
            continue
        at = index + 1
        unit = in_label.group(1) if in_label else None
        if unit is None and at < len(cells) and (unit_cell := _UNIT_CELL.fullmatch(cells[at].text)):
            unit, at = unit_cell.group(1), at + 1
        if unit is None and covered:
            unit = row_unit if cell.line == row_line else table_unit
        if unit is None or at >= len(cells) or not _FIGURE.fullmatch(cells[at].text):
            continue
        if index > 0 and _a_columns_header(cells[index - 1].text):
            # "预算数（万元） | 执行数（万元） | 1 | 高标准农田建设 | …": a table's headers, then its first row's number
            continue
        if (
            cells[at].line != cell.line
            and index > 0
            and cells[index - 1].line == cell.line
            and at + 1 < len(cells)
            and cells[at + 1].line == cells[at].line
            and not _UNIT_IN_LABEL.search(cells[at + 1].text)
        ):
            # "| 序号 | 维修养护内容 | 支出金额（元） |" over "| 1 | 大坝… |": the last header of a row of them, then the
            # next row's number among its cells (not a value alone on the line under its label, nor one the next
            # label with its unit follows, "320.00 | 实际支出（万元） | 315.00")
            continue
        after = at + 1
        if (
            after < len(cells)
            and cells[after].line == cells[at].line
            and _FIGURE.fullmatch(cells[after].text)
            and not (rate_header and _PERCENT_CELL.fullmatch(cells[after].text))
        ):
            # "全年预算数（万元） | 1,652.3 | 1,718.9": a row of columns (years, budget and spending), read only under
            # a header naming this year's column ("项目 | 本年数 | 上年数"); under a rate's header, only a figure and
            # its percent are one ("执行数: | 82.65 | 87%"), not "年度资金总额： | 12846300.00 | 14021586.42 | …"
            column = _this_years_column(cells, index)
            if column is None:
                continue
            at, after = column, column + 1
        value = Decimal(cells[at].text.replace(",", ""))
        label = label.rstrip(":： ")
        rate = _PERCENT_CELL.fullmatch(cells[after].text) if rate_header and after < len(cells) else None
        found.append(
            FigureCell(
                label,
                value / 10000 if unit == "元" else value,
                cells[at],
                Decimal(rate.group(1)) if rate else None,
                cells[after] if rate else None,
            )
        )
    return found
