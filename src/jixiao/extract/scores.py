"""Scores and grades: total score, grade, first-level weights and component scores, the grade scheme and
the satisfaction rate, recognised by the phrases reports use rather than by any one report's sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from jixiao.extract.context import Context, clause_start, sentence_end, sentence_start
from jixiao.extract.model import GradeBand
from jixiao.extract.named_project import project_stated_of
from jixiao.extract.numbers import cn_value, to_decimal
from jixiao.extract.spans import mark_before
from jixiao.ingest.document import Line
from jixiao.layout.cells import line_cells, table_cells
from jixiao.layout.headings import HEADING_NUMBER, LIST_ITEM, is_heading
from jixiao.layout.title import without_citations
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.patterns import guarded

_LABELS = load_vocabulary("labels")
GRADE_WORDS = "|".join(_LABELS["grade_words"])
_NUMBER = r"(\d+(?:\.\d+)?)"

# A first-level indicator's name as reports write it, and the name the scoring schemes use.
# Every alternative starts with a literal character, so that the regex engine skips ahead to candidate
# positions instead of trying a match at each character of the text (about eight times faster).
_CATEGORY = (
    r"(?P<cat>预算(?:资金)?执行率(?:指标)?|预算执行情况|预算执行(?=\s*(?:满分|分值)\s*\d)|资金执行率(?:指标)?|执行率(?:指标)?"
    r"|产出(?:指标)?"
    # (not a second-level benefit: "社会效益8.5分", "经济效益指标")
    r"|效益(?<!社会效益)(?<!经济效益)(?<!生态效益)(?<!综合效益)(?:指标)?"
    r"|效果(?:指标)?|服务对象满意度(?:指标)?|满意度(?:指标)?|决策(?:指标)?|过程(?:指标)?|成本(?:指标)?"
    # (not a part named after what it puts in or manages: "资金投入4分", "项目资金投入", "资金管理9分")
    # (the look-behinds after the word: before it, they would be tried at every position of the text)
    r"|投入(?<!资金投入)(?<!财政投入)(?<!经费投入)(?:指标)?|管理(?<!资金管理)(?<!财务管理)(?<!资产管理)(?<!预算管理)(?:指标)?|履职(?:指标)?)"
)
# categories listed, then their scores in the same order: "投入、过程、产出、效益四项分别得18分、19分、37分、18分" (得
# required: "…分别为20分、30分…" may be their points)
_CATEGORY_WORD = _CATEGORY.replace("(?P<cat>", "(?:", 1)
_RESPECTIVE = re.compile(
    rf"(?P<cats>{_CATEGORY_WORD}(?:\s*[、和及与]\s*{_CATEGORY_WORD}){{1,5}})\s*"
    r"(?:[一二三四五六七八九十两\d]{1,2}\s*(?:项|个方面|部分))?(?:指标)?\s*(?:分别|依次)\s*得分?\s*(?:为|是)?\s*[:：]?\s*"
    r"(?P<scores>\d+(?:\.\d+)?\s*分?(?:\s*[、,，和及]\s*\d+(?:\.\d+)?\s*分?){1,5})"
)
_ONE_CATEGORY = re.compile(_CATEGORY)
_ONE_SCORE = re.compile(r"\d+(?:\.\d+)?")
# a category named right before a total's label: "产出指标合计得分", "效益指标总得分", "投入部分合计得分", its points
# in brackets between ("产出指标(50分)自评得分49分")
_CATEGORY_BEFORE = re.compile(
    _CATEGORY
    + r"(?:部分|类|方面)?(?:指标)?\s*(?:[(（]\s*(?:分值|满分|权重)?\s*\d+(?:\.\d+)?\s*分\s*[)）])?\s*$"
)
_CATEGORY_REACH = 18
# the section a total is said of, named as "this part" under the category's heading: "本部分得分20分", "该项合计得分9分"
_THIS_PART_BEFORE = re.compile(r"(?:本|该|此)(?:部分|项|节|类|方面)(?:指标)?(?:合计|共计|小计)?\s*$")
_CANONICAL = (
    ("执行率", "预算执行率"),
    ("预算执行情况", "预算执行率"),
    ("预算执行", "预算执行率"),
    ("产出", "产出指标"),
    ("效益", "效益指标"),
    ("效果", "效果指标"),
    ("满意度", "满意度指标"),
    ("决策", "决策指标"),
    ("过程", "过程指标"),
    ("成本", "成本指标"),
    ("投入", "投入指标"),
    ("管理", "管理指标"),
    ("履职", "履职指标"),
)
# a first-level name ending a second-level one ("决策过程（5分）", "产出效果（10分）", "过程管理"): not that level
_STEMS = ("决策", "过程", "产出", "效益", "效果", "成本", "投入", "履职")


def _second_level(text: str, start: int) -> bool:
    return text.endswith(_STEMS, 0, start)


def _inside_an_items_name(text: str, start: int) -> bool:
    """Whether a category's word at ``start`` stands inside the name a numbered list item opens with, words of
    that name before it ("2.项目管理制度健全性")."""
    line_start = text.rfind("\n", 0, start) + 1
    item = LIST_ITEM.match(text[line_start:start])  # (its "^" holds at the slice's start only)
    return item is not None and _NAME_WORDS.fullmatch(text, line_start + item.end(), start) is not None


_NAME_WORDS = re.compile(r"[\u4e00-\u9fff]+")


WEIGHT = re.compile(
    _CATEGORY
    + r"\s*(?:权重|分值|满分)?\s*(?:为|:|：)?\s*(?:\(\s*"
    + _NUMBER
    + r"\s*分\s*\)|"
    + _NUMBER
    + r"\s*分(?!值))"
)
# "产出指标得分45分", "产出指标得45分", "满意度指标(10分)得10分": the score after an optional weight
# (its kind named as a class: "投入类指标得分18分")
_COMPONENT = re.compile(
    _CATEGORY
    # (or as a heading on it: "（一）投入情况（20分），得19分")
    + r"(?:类(?:指标)?|情况)?\s*(?:\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*[,，]?)?\s*(?:(?:自评|自查)?得分|得)\s*(?:为|:|：)?\s*"
    + _NUMBER
    + r"\s*分"
)
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")
# "产出指标共3项，分值50分，得48.32分": the category's points and its score in one clause
# (the nearest category's: no other opens between it and its points, "…管理办法》，预算执行率指标分值10分，得10分")
# (every category's name opens with a character of its own: the engine skips to those without a look-ahead for them)
_POINTS_AND_SCORE = re.compile(
    _CATEGORY
    # (no score of its own between, "项目效益22分（满分25分），自评得分87分": the whole's score after the part's)
    + r"(?:(?!产出|效益|效果|满意|决策|过程|成本|投入|执行率|\d+(?:\.\d+)?\s*分)[^。；;\n]){0,12}?(?:分值|权重|满分)\s*(?:为)?\s*"
    + _NUMBER
    # ("投入(满分20分,实得19分)", "预算执行率指标(分值10分)得10分", "产出指标（分值50分）：得48分", not "…（分值50分）：
    # 数量指标，得分20分", its first part's)
    # (a note on how it is scored may come between: "分值10分,按实际执行率计分,得9.69分"; or its parts' scores in
    # brackets: "投入指标分值20分(其中预算执行率10分,得9.64分;…),得分19.64分")
    + r"\s*分\s*[)）]?\s*(?:[(（][^()（）。]{2,80}[)）]\s*)?(?:[:：]\s*|[,，]?\s*(?:[^,，。；;:：\d]{2,12}[,，]\s*)?)"
    + r"(?:实际|实)?(?:自评)?得(?:分)?\s*(?:为)?\s*"
    + _NUMBER
    + r"\s*分"
)
# ... or its points right after its name, then its score: "产出指标50分得49分", "效益指标30分，得28分", "项目过程25分
# (得22分)"
_POINTS_THEN_SCORE = re.compile(
    _CATEGORY
    + r"\s*(?:满分|分值)?\s*"
    + _NUMBER
    + r"\s*分\s*[,，]?\s*[(（]?\s*(?:实际|实)?得分?\s*(?:为)?\s*"
    + _NUMBER
    + r"\s*分"
)
# a score may be written in Chinese numerals, then always with its 分 ("九十二点五分", "玖拾叁分")
_CN_SCORE = r"[一二三四五六七八九十百点零壹贰叁肆伍陆柒捌玖拾佰]{2,8}(?=\s*分)"
_SCORE = guarded(
    r"(?P<label>"
    + "|".join(_LABELS["score_prose"])
    + r")\s*(?:[(（]\s*(?:满分)?\s*(?:100\s*)?分\s*[)）])?\s*(?:为满分|(?:为|是)\s*[:：]?|:|：|达到?)?\s*"
    + rf"(\d+(?:\.\d+)?|{_CN_SCORE})"
    # (or the line's end, after a total's label only: "自评总分：91.5", its line joined to the grade's below; or the
    # form's signature row run into a labelled score, "自评得分：95" / "填报单位…")
    + r"\s*(?:分|(?=[,，。;；])|(?P<cell>(?=\s+[\u4e00-\u9fff]|偏差|填表)"
    + r"|(?<=[:：]\d\d)(?=填报)|(?<=[:：]\d\d\.\d)(?=填报)|(?<=[:：]\d\d\.\d\d)(?=填报))"
    + r"|(?P<end>(?=[ \t]*(?:\n|$)|(?:评价|自评)?等[级次]))"
    # (or the full marks after it: "自评得分：95.6（满分100）", "自评总分：90.5/100")
    + r"|(?=\s*(?:[(（]\s*满分|[/／]\s*100(?![\d.])))"
    # (or another figure after a single space: "总分 100 93.2 优", a result row's cells)
    + r"|(?P<row>(?= \d)))"
)
_PART_POINTS_AFTER = re.compile(
    r"\s*[(（]\s*(?:分值|满分|权重)\s*(?:为|:|：)?\s*(?P<points>\d+(?:\.\d+)?)\s*分?\s*[)）]"
)
_PART_POINTS_MOST = 50  # a part's points: no first-level category of a scheme holds more
_BROKEN_DECIMAL = re.compile(
    r"[。,]\d{1,2}\s*分"  # (a full-width comma goes on: "自评得分96，4分扣分…")
    r"|,\d{3}(?!\d)"  # "…执行率 得分 / 1,245.00 …": an amount with its thousands under a header, no score
)
_POINTS_AFTER = re.compile(r"\s*分")
_FIGURE_AT = re.compile(r"\d+(?:\.\d+)?")


def _points_at(text: str, position: int) -> Decimal:
    """The points written from ``position`` on ("25" of "满分25分")."""
    found = _FIGURE_AT.match(text, position)
    return Decimal(found.group()) if found is not None else Decimal(0)


_BARE_SUM = re.compile(r"(?:以上|[，,。；;])?\s*合计")  # a sum named by no score word
_MAX_SCORE = 120  # a total may exceed 100 where extra points are given (加分项)
# the labels of the report's own score that, with a colon, label the figure after them wherever it ends
_OWN_SCORE_LABELS = frozenset({"自评得分", "评价得分", "自评分数", "自评分"})
_COLON = re.compile(r"[:：]")
_GRADE_LABEL_AFTER = re.compile(r"\s*(?:评价|自评)?(?:等[级次]|结果)")
_FULL_MARKS_IN_LABEL = re.compile(r"[(（]\s*(?:满分)?\s*100\s*分\s*[)）]")
_BAND_AFTER = re.compile(
    r"\s*(?:[(（]含[^()（）]{0,6}[)）])?\s*(?:及|或)?(?:以上|以下)(?!年)"
    r"|\s*[(（]\s*[\u4e00-\u9fff]{1,3}\s*[)）]\s*[、，,；;]\s*\d+(?:\.\d+)?\s*分"  # "得分90分(优秀)、80分(良好)": bands
)
# "投入(20分，自评得分20分)": a heading's points and its score in brackets, never the report's total
# (and "(满分20分,实得19分)": a part's full marks short of 100 in the score's bracket; "(100分,自评得分96分)" after a
# heading is the whole's)
_BRACKETED_PART = re.compile(
    r"[(（]\s*(?:(?:满分|分值|权重)\s*(?:为|:|：)?\s*)?(?!100(?![\d.]))\d+(?:\.\d+)?\s*分\s*[,，、;；]\s*$"
)
# "目标值200,完成值200,分值10,得分10": a score after points short of 100 in one sentence is an indicator's
# ("总分值为100分,自评分为100分" states the total)
# "一、资金投入情况(自评得分8分)": a numbered heading's bracket closing the line holds its section's score,
# unless the heading is the overall one ("四、综合评价结论(自评得分95分)")
_HEADING_BRACKET = re.compile(r"[(（][^()（）]{0,4}$")
_NOT_THE_REPORTS_SCORE = re.compile(_LABELS["not_the_reports_score"])
# the whole evaluated named after them: "按照…四类指标逐项自查打分,经综合评价,该项目得分95.5分"
_THE_WHOLE_AFTER = re.compile(r"综合(?:评价|评定|评分)|总体评价|(?:该|本|此|全)项目")


def _one_of_several(before: str) -> bool:
    """Whether the words before a score in its sentence make it one of several units' or projects' scores, with no
    word after them naming the whole ("两个子项目自评得分分别为95分、88分,按资金额度加权平均,综合评分92.53分")."""
    found = list(_ONE_OF_SEVERAL.finditer(before))
    return bool(found) and not _WHOLE_SCORED_AFTER.search(before, found[-1].end())


_WHOLE_SCORED_AFTER = re.compile(r"加权平均|综合(?:评分|得分)|总(?:得)?分")


def _anothers_score(text: str, begin: int, position: int) -> bool:
    """Whether the words before a plain 得分 at ``position`` in its sentence make it another thing's score than the
    report's, with no word after them naming the whole again."""
    found = list(_NOT_THE_REPORTS_SCORE.finditer(text, begin, position))
    return bool(found) and not _THE_WHOLE_AFTER.search(text, found[-1].end(), position)


_NOT_THE_REPORTS_GRADE = re.compile(
    _LABELS["not_the_reports_grade"]
)  # (its words open with characters of their own)
_MEASURED_SCORE = re.compile(_LABELS["measured_score"])
_ONE_OF_SEVERAL = guarded(_LABELS["one_of_several_scores"])
# a list of funds' or projects' scores, one item a line ("耕地地力保护补贴：自评得分100分；"): two or more items make
# each a part's score (one alone is the report's own conclusion: "农村公路养护资金：自评得分92分")
_LISTED_SCORE = re.compile(
    r"(?m)(?:^|[；;]\s*)[\u4e00-\u9fff（）()]{2,30}?(?:补贴|资金|补助|经费|项目|专项)\s*[:：]\s*(?:绩效)?(?:自评)?得分"
)
# how every listed score goes on after its name: a text without it lists none, and is not searched line by line
_LISTED_SCORE_LABEL = re.compile(r"[:：]\s*(?:绩效)?(?:自评)?得分")
_ANOTHER_EVALUATION = re.compile(_LABELS["another_evaluation"])
_REPORTED_APART = re.compile(_LABELS["reported_apart"])
_ASSESSED = re.compile(_LABELS["assessed_score"])
_GRADE_CONTEXT = 10  # characters before a grade's label that can name what the grade is of
_HEADING_POINTS = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
# a bracket listing the parts of the category whose points stand right before it ("效益指标40分（其中社会效益指标30分、
# 满意度指标10分）"); a bracket after the total or the full marks lists the first-level parts themselves
_FIRST_LEVEL_CATEGORY = r"(?:决策|过程|产出|效益|效果|成本|管理|履职)指标"
_SUB_LISTING = guarded(
    r"(?:指标|率|度)\s*(?:得分|分值|权重|满分)?\s*(?:为)?\s*\d+(?:\.\d+)?\s*分\s*[(（]\s*(?:其中|含|包括)[^()（）]*$"
    # or after the category's bracketed points, in its clause: "效益指标（40分），其中服务对象满意度指标（10分）"
    # (a category after a comma is the next first-level one: "…（50分），含数量、质量指标，效益指标（40分）")
    r"|(?:指标|率|度)\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*[，,]?\s*(?:其中|含|包括)[^。；;]*(?<![，,])$"
    # or after the category's points and its score, on its line: "效益指标（20分），得分18.6分。其中：社会效益（10分）…"
    # (up to the next first-level category: "其中项目立项5分…；过程指标（20分）…" lists 决策's parts, then 过程)
    r"|(?:指标|率|度)\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）][^。；;\n]*?得分?\s*\d+(?:\.\d+)?\s*分\s*[。；;，,]?\s*其中"
    r"(?:(?!" + _FIRST_LEVEL_CATEGORY + r")[^\n])*$"
    # or after the category's score, in its clause: "过程指标得18分，其中资金管理（10分）得9分、组织实施（10分）得9分"
    r"|(?:指标|率|度)\s*得分?\s*(?:为)?\s*\d+(?:\.\d+)?\s*分\s*[，,]?\s*其中[^。；;\n]*$"
)
# a line listing parts after 其中 under a category's line with its points: "决策指标（20分），得分19分。" / "其中：…"
_PARTS_LINE = re.compile(r"\s*其中\s*[:：]")
_FIRST_LEVEL = re.compile(_FIRST_LEVEL_CATEGORY)
# "…效益得17.5分，其中满意度指标得分9.5分": a part of the category scored right before it
_PART_OF_THE_LAST = re.compile(
    r"(?:决策|过程|产出|效益|效果|成本|投入|管理|履职)(?:指标)?\s*得分?\s*\d+(?:\.\d+)?\s*分\s*[，,]\s*其中\s*$"
)  # (not after the total: "自评得分95分，其中产出指标得分45分…" lists the total's parts)
# a first-level category with its points or score, in the clause before a 其中
_CATEGORY_SCORED = re.compile(
    r"(?:决策|过程|产出|效益|效果|成本|投入|管理|履职)(?:类)?(?:指标)?[^，,。；;]{0,6}\d"
)
_OPEN_LISTING = re.compile(
    r"其中[^。；;]*$|[(（](?:其中|含|包括)[^)）]*$"
)  # a listing still open at the position
_ENDS_WITH_SCORE = re.compile(r"得分?\s*\d+(?:\.\d+)?\s*分\s*[。；;]?\s*$")
_POINTS_LINE = re.compile(r"(?:指标|率|度)\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
# (or closes the heading's sentence, its paragraph running on: "（一）X增幅(自评得分3分)。省级投入…")
_BRACKET_CLOSES_LINE = re.compile(r"\s*[)）]\s*(?:[。.]|\n|$)")
_OVERALL_HEADING = re.compile(r"总体|综合|总分|结论|总得分|自评结果|评价结果")


def _points_in(text: str) -> Decimal:
    """The points a part's clause states ("满意度指标10分，" -> 10)."""
    found = _LAST_FIGURE.findall(text)
    return Decimal(found[-1]) if found else Decimal(0)


_LAST_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_AFTER_POINTS = re.compile(r"(?:分值|权重|满分)\s*(?:为|:|：)?\s*(?!100(?![\d.]))\d")
_TOTAL_LABELS = frozenset(_LABELS["total_score_prose"])
# a part's name and its points other than the full 100 right before the score's clause, whatever the score's label
_POINTS_CELL_BEFORE = re.compile(
    r"(?:分值|权重|满分)\s*(?:[:：]\s*\d+(?:\.\d+)?\s*分?\s*[；;，,|｜\s]"
    # "…；实际完成值5.02批次/千人；分值6；得分6.00": a record's cells set apart by semicolons, its points short of 100
    r"|(?:为)?\s*(?!100(?![\d.]))\d+(?:\.\d+)?\s*分?\s*[；;|｜])\s*$"
)
_POINTS_CELL_REACH = 20
_ENDS_WITH_A_SCORED_CELL = re.compile(r"(?:得分|分值)\s*[:：]?\s*\d+(?:\.\d+)?\s*分?\s*$")
_SCORED_CELL_REACH = 12
_OPENS_ITS_OWN_SENTENCE = re.compile(r"\s*[\u4e00-\u9fff](?<![万元公里分亩个人次件])")
_PART_POINTS_BEFORE = re.compile(
    r"[\u4e00-\u9fff](?<![分得加扣减高低升降多少])[:：]?\s*(?:分值|权重|满分)?\s*(?:为|:|：)?\s*(?!100(?![\d.]))\d+(?:\.\d+)?\s*分\s*[,，]\s*(?:实际|自评)?$"
)
# the labels of a whole's score after its parts ("…满意度15分,总得分90"), not of one more part's ("实际得分")
_WHOLE_LABELS = _TOTAL_LABELS - {"实际自评得分", "实际得分", "实得"}
# the labels that name a score the sum of the parts before it
_SUMMING_LABELS = frozenset(
    label for label in _TOTAL_LABELS if "总" in label or "综合" in label or "合计" in label
)
# a part's points in brackets right before a plain 得分 ("资金监管情况（20分）得分18分"), other than the full 100
_BRACKETED_POINTS_BEFORE = re.compile(
    r"[\u4e00-\u9fff][(（]\s*(?!100(?![\d.]))\d+(?:\.\d+)?\s*分\s*[)）]\s*[:：]?\s*$"
)
_DASH_AFTER = re.compile(r"\s*[—\-－–]+\s*[\u4e00-\u9fff]")  # "过程—预算管理": a category's sub-indicator
_DASH_BEFORE = re.compile(r"[\u4e00-\u9fff]\s*[—\-－–]+\s*$")  # ... seen from the sub-indicator
_DASH_REACH = 4
_TOTAL_LINE = re.compile(r"\s*(?:合计|总计|共计|总分)")
_SUMMED_BEFORE = re.compile(r"(?:合计|共计|总计|累计|综合)\s*$")
# "执行率为100%，得分10分": a plain 得分 right after a category's figure is that category's
# (the rate worked out before it: "预算执行率=4104.9936÷4525.2265=90.71%，得分9.07分")
_CATEGORY_CLAUSE = re.compile(
    _CATEGORY + r"[^。；;,，\d]{0,8}(?:[\d.]+\s*[÷/]\s*[\d.]+\s*[=＝]\s*)?\d+(?:\.\d+)?\s*[%分]?\s*[,，]\s*$"
)
_GRADE = guarded(
    r"(?P<label>" + "|".join(_LABELS["grade_prose"]) + r")"
    r"\s*(?:[:：]|(?P<bar>[|｜]))?\s*(?P<open>[“\"'「『(（【])?(?P<grade>"
    + GRADE_WORDS
    + r")(?P<close>[”\"'」』)）】])?"
)
# a grade's cell followed by another grade's: a table's header of the bands ("评价等级 | 优 | 良 | 中 | 差"), no grade given
_NEXT_GRADE_CELL = re.compile(r"\s*[|｜]\s*(?:" + GRADE_WORDS + r")\s*(?:[|｜]|$)")
# what opens a grade's clause when the grade is another subject's (a project's, in a department's report), and
# the words that make it the report's own after all ("评价等级为优", "部门整体绩效等级为优")
_OTHER_SUBJECT = re.compile(r"[\u4e00-\u9fff“”]{1,22}(?:项目|专项|资金|经费|补贴|补助|工程)[”]?")
_ANY_SUBJECT = re.compile(r"[\u4e00-\u9fff]{3,24}")
_REPORT_SUBJECT = re.compile(r"评价|自评|综合|总体|最终|部门|整体|单位|本局|我局|结果|绩效|考核|年度")
_EACH_PROJECT = re.compile(
    r"(?:各|所有|全部|(?:[2-9]|[1-9]\d+|[两二三四五六七八九十]+)个)(?:的)?(?:项目|专项|单位|资金)"
)
_COUNTED = re.compile(
    r"\s*[”\"」』]?\s*(?:的)?(?:项目|单位)?\s*(?:有|共|计)\s*(?:\d|[lIO\d一二三四五六七八九十两]{1,3}\s*(?:个|项|家|所))"
)
# (not a source of this year's funds, "上年结转资金", a form's row above the grade's in a run of cells)
_LAST_YEARS = re.compile(r"上一?年(?!度?(?:结转|结余))度?|去年|前年|往年")
_CLAUSE_YEAR = re.compile(r"(20\d\d)\s*年(?!\s*\d{1,2}\s*月)")


def _of_another_year(clause: str, year: int | None) -> bool:
    """Whether the clause names a year that is not the report's, the years of a span that holds it aside ("2020年-
    2021年度…自评等级为“良”": the years the evaluation spans)."""
    if year is None:
        return False
    spanned = {y for a, b in _YEAR_SPAN.findall(clause) if int(a) <= year <= int(b) for y in (a, b)}
    return any(int(found) != year for found in _CLAUSE_YEAR.findall(clause) if found not in spanned)


_YEAR_SPAN = re.compile(r"(20\d\d)\s*年度?\s*[-－—–~～至到]\s*(20\d\d)\s*年")


# what a sentence says before "达到“优秀”等级" when the report's own level was reached: its score, or its self-evaluation;
# no aim ("力争达到优秀等级", "预计…可达到"), no band ("90分以上达到“优秀”等级"), no others' level ("经考核，全县…村级组织
# 达到“良好”等次")
_REACHED = re.compile(
    r"(?!.*(?:力争|争取|确保|努力|力求|以期|目标|预计|预期|有望|可望|将))(?!.*以上\s*$).*(?:\d\s*分|自评)",
    re.S,
)
_GRADING_RULE = re.compile(r"的\s*[，,]\s*[^。；;，,]{0,8}?(?:直接|一律|即|均)")
# (or the grading bands in brackets after it: "等次为良好（90分以上为优秀，80～89分为良好…）", "（评分90分(含)以上为优秀…")
_AFTER_GRADE = re.compile(
    r"[\s。，,；;、)）!！等档级次|｜]|[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]"
    r"|[(（]\s*(?:(?:自评|综合)?(?:得分|总分|分数|评分)\s*)?\d+(?:\.\d+)?\s*分?\s*(?:[(（]含[)）])?\s*(?:及?以上|[-~～—至]\s*\d+(?:\.\d+)?\s*分?)\s*(?:的)?为|$"
    # (the bands named in brackets after it, "优(评价等级标准:90分以上为优,…)"; the grade given as an evaluation, "给予优秀
    # 评价(…)")
    r"|[(（]\s*(?:评价|评分|自评)?(?:等级|等次)?(?:标准|划分)"
    # (or the score it was given in brackets after it: "项目等级为优(自评得分99分,得分率99%)")
    r"|[(（]\s*(?:自评|综合)?(?:得分|总分|评分)\s*(?:为|:|：)?\s*\d+(?:\.\d+)?\s*分"
    # (or another year's result in brackets after it: "评价等级为优(2017年度自评得分为86分)", "…为良(上年为中)")
    r"|[(（]\s*(?:20\d\d\s*年度?|上一?年度?|去年|前年)"
    r"|(?:评价|等级|等次)(?=[\s。，,；;(（)）]|$)"
)
# a grade with its score in brackets ("自评等级为优秀（95分）"), and a score with its grade ("综合评分为92分（优）"),
# not one band of a list ("得分90分(优秀)、80分(良好)")
_GRADES_COUNTED = re.compile(
    r"\s*[，,：:]?\s*(?:" + GRADE_WORDS + r")\s*[\d一二三四五六七八九十]+\s*(?:个|家|项|所|县|市|区)"
)
_A_BOUND = ("以上", "以下", "及以上", "及以下")
_SCORE_AFTER_GRADE = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_SCORE_THEN_GRADE = re.compile(
    r"(?P<label>(?:得分|评分|总分|分数)\s*(?:为|是|:|：)?\s*\d+(?:\.\d+)?\s*分)\s*(?P<open>[(（])\s*(?P<grade>"
    + GRADE_WORDS
    + r")\s*(?P<close>[)）])(?![、，,]?\s*\d|及?以上)"
)
# a grade word alone closing the sentence that states the score ("自评得分86分，良好。", "总分95分，优。", "自评结论：
# 88分，良"); every label opens with a word of its own, so that the engine skips to the characters a match can start
# with (faster than a look-ahead for them, which is tried at every position)
_SCORE_THEN_BARE_GRADE = re.compile(
    r"(?P<label>(?:得分|评分(?:结果)?|总分|分数|评价结论|自评结论)\s*(?:为|是|:|：)?\s*\d+(?:\.\d+)?\s*分)\s*[，,]\s*"
    r"(?P<open>)(?P<grade>" + GRADE_WORDS + r")(?P<close>)"
)
_BARE_GRADE_END = re.compile(r"\s*(?:[。；;]|\n|$)")  # (or the grade ends its printed line: a heading's)
_AFTER_CONCLUSION = re.compile(
    r"[\s。，,；;、()（）!！|｜]|(?:等次|等级|档次|等|级)(?=[\s。，,；;、()（）!！|｜]|$)"
)
_BAND_AT_LEAST = re.compile(
    r"(?:得分|分数|总分)?\s*(?:≥|>=|大于等于|在)\s*"
    + _NUMBER
    + r"\s*分?(?:\(含\))?(?:以上|及以上)?(?:的)?\s*(?:为|属于|评为)\s*[“\"]?("
    + GRADE_WORDS
    + r")"
)
_BAND_RANGE = re.compile(
    _NUMBER + r"\s*(?:分)?\s*(?:\(含\))?\s*(?:≤|<=|-|—|~|～|至|到)\s*(?:(?:得分|总分|分数|X)\s*(?:<|＜|≤|<=)\s*)?" + _NUMBER
    + r"\s*分?\s*(?:\(含[^()（）]{0,6}\))?(?:之间)?(?:的)?\s*(?:为|属于|评为)\s*[“\"]?(" + GRADE_WORDS + r")"
)  # fmt: skip
# "80分及以上不足90分为良", "60分以上、低于80分的为中": the lower bound, then the upper one not reached
_BAND_UP_TO = re.compile(
    _NUMBER + r"\s*分?\s*(?:\(含\))?\s*(?:及以上|以上)\s*[,，、]?\s*(?:不足|未满|不满|低于|不到|小于)\s*" + _NUMBER
    + r"\s*分?(?:的)?\s*(?:为|属于|评为)\s*[“\"]?(" + GRADE_WORDS + r")"
)  # fmt: skip
# a band's bound read together with the number of the note's item before it ("备注：1.…；2.90分（含）以上为优")
_ITEM_MARKED_BOUND = re.compile(r"[1-9]\.([5-9]\d)")
_ITEM_BREAKS = ("；", ";", "。", "：", ":", " ", "\n", "")
_BAND_ABOVE = re.compile(
    _NUMBER
    + r"\s*(?:\(含\))?\s*分\s*(?:\(含[^()（）]{0,6}\))?\s*(?:以上|及以上)\s*(?:\(含\))?(?:的)?\s*(?:为|属于|评为)\s*[“\"]?("
    + GRADE_WORDS
    + r")"
)
_BAND_BELOW = re.compile(
    r"(?:(?:得分|分数)?\s*(?:<|＜|小于|低于|不满|不足)\s*"
    + _NUMBER
    + r"|"
    + _NUMBER
    + r"\s*分\s*以下)\s*分?(?:的)?\s*(?:为|属于|评为)\s*[“\"]?("
    + GRADE_WORDS
    + r")"
)
# "优≥90分，良≥80分，中≥60分，差<60分": the grade's name first, then its bound. These and the hint are
# searched for in the whole text: a look-ahead of the characters a match can start with lets the engine
# pass over the others before it tries the look-behind (some 40% faster)
_GRADE_FIRST = "".join(dict.fromkeys(word[0] for word in GRADE_WORDS.split("|")))
_BAND_NAMED_AT_LEAST = re.compile(
    rf"(?=[{_GRADE_FIRST}])(?<![\u4e00-\u9fff])({GRADE_WORDS})\s*[:：]?\s*(?:≥|>=|大于等于)\s*{_NUMBER}\s*分"
)
_BAND_NAMED_BELOW = re.compile(
    rf"(?=[{_GRADE_FIRST}])(?<![\u4e00-\u9fff])({GRADE_WORDS})\s*[:：]?\s*(?:<|＜|小于|低于)\s*{_NUMBER}\s*分"
)
# ... or each grade named first with its bounds after it, in brackets or not ("优（90分及以上）、良（80-89分）、
# 中（60-79分）、差（60分以下）", "优秀(90分以上,含90分)", "优90分及以上、良80-89.99分")
_NAMED_FIRST = rf"(?=[{_GRADE_FIRST}])(?:(?<![\u4e00-\u9fff])|(?<=[为即是]))({GRADE_WORDS})\s*[:：]?\s*\(?\s*(?:得分)?\s*"
_BAND_NAMED_FROM = re.compile(
    _NAMED_FIRST
    + _NUMBER
    + r"\s*分?\s*(?:\(含\))?\s*(?:及以上|以上|(?:-|—|~|～|至|到)\s*\d+(?:\.\d+)?\s*分?)(?=[\s,，、;；)(含]|$)"
)
_BAND_NAMED_UNDER = re.compile(_NAMED_FIRST + _NUMBER + r"\s*分?\s*以下")
# every place the four patterns above can start: a grade's first character not inside a word (or after 为/即/是),
# found once for them all (the character read first, the one before it looked back at: the engine then skips to
# those characters, where a pattern opening with a look-around is tried at every position)
_GRADE_NAMED = re.compile(rf"[{_GRADE_FIRST}](?:(?<![\u4e00-\u9fff].)|(?<=[为即是].))")
_BAND_HINT = re.compile(
    rf"(?=[分\d{_GRADE_FIRST}])(?:"
    r"(?:分|\d|\(含\))\s*(?:\(含\))?\s*(?:以上|以下)?\s*(?:\(含\))?(?:的)?\s*(?:为|属于|评为)\s*[“\"]?(?:"
    + GRADE_WORDS
    + ")"
    r"|(?<![\u4e00-\u9fff])(?:" + GRADE_WORDS + r")\s*[:：]?\s*(?:≥|>=|大于等于)\s*\d"
    r"|(?:"
    + GRADE_WORDS
    + r")\s*[:：]?\s*\(?\s*(?:得分)?\s*\d{2,3}(?:\.\d+)?\s*分?\s*(?:\(含\))?\s*(?:及以上|以上|以下|-|—|~|～|至|到))"
)
# How every band in words ends ("…分以上为“优秀”"); none of them holds one of the stops.
_BAND_ENDING = re.compile(r"(?:为|属于|评为)\s*[“\"]?(?:" + GRADE_WORDS + ")")
_BAND_STOPS = "。，,；;：:、！？!?"
_BAND_STOP = re.compile(f"[{_BAND_STOPS}]")
_SATISFACTION_BEFORE = re.compile(r"满意(?:度|率)")
_SATISFACTION_AFTER = re.compile(r"^\s*(?:的)?(?:满意度|满意率)")
_TARGET_BEFORE = guarded(
    r"(?:目标|指标)值?\s*(?:为|是|:|：)?\s*[≥≤>=<]?\s*$|[≥≤>=<]\s*$|不低于\s*$|不少于\s*$"
)


def canonical_category(name: str) -> str:
    for key, canonical in _CANONICAL:
        if key in name:
            return canonical
    return name


def _number(text: str | None) -> Decimal | None:
    if not text:
        return None
    return to_decimal(text) if text[0].isdigit() else cn_value(text)


def _under_points_heading(text: str, position: int) -> bool:
    head = text[text.rfind("\n", 0, position) + 1 : position]
    return bool(
        HEADING_NUMBER.match(head) and _HEADING_POINTS.search(head) and not _OVERALL_HEADING.search(head)
    )


def _in_sub_listing(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    clause = max(
        line_start, text.rfind("；", line_start, position) + 1, text.rfind(";", line_start, position) + 1
    )
    listing = text.rfind("其中", clause, position)
    if listing >= 0 and _CATEGORY_SCORED.search(text, clause, listing):
        return True  # "效益类指标分值20分，得19.5分，其中实施效益11.5分": the category's own parts
    if (
        _FIRST_LEVEL.match(text, position)
        and "其中" in text[line_start:position]
        and not _OPEN_LISTING.search(text, line_start, position)
    ):
        return False  # a first-level category after the clause that listed the one before's parts
    if _SUB_LISTING.search(text, line_start, position) is not None or _PART_OF_THE_LAST.search(
        text, line_start, position
    ):
        return True
    headed = _HEADED_LINE.match(text, line_start) or _CATEGORY_OPENS_LINE.match(text, line_start)
    if (
        headed is not None
        and headed.end() <= position
        and not any(
            head.start("category") <= position
            for head in _CATEGORY_HEAD.finditer(text, headed.end(), _line_end(text, position))
        )
    ):
        # "预算执行（30分）：预算执行率10分得9.80分，…": the parts after the category's heading (up to the next
        # category's heading: "投入(20分):得19分;过程(20分):得18分;…")
        return True
    if _PARTS_LINE.match(text, line_start) is None or line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return len(_POINTS_LINE.findall(above)) == 1 and _ENDS_WITH_SCORE.search(above) is not None


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


_CATEGORY_WORDS = r"(?:投入|过程|产出|效益|效果|满意度|决策|预算执行|管理|履职)(?:指标)?"
_POINTS_IN_BRACKETS = r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]"
# a sentence opening with one indicator whose parts it scores: "资金管理指标中，…得4分，…得7.78分，合计11.78分"
_INDICATOR_OPENS_SENTENCE = re.compile(r"\s*[\u4e00-\u9fff]{2,12}指标(?:中|方面)\s*[,，:：]")
# a clause opening with a category and its points, then its parts: "效益指标30分，其中带动脱贫户数（10分）…得9.43分"
_CATEGORY_THEN_ITS_PARTS = re.compile(r"\s*" + _CATEGORY_WORDS + r"\s*\d+(?:\.\d+)?\s*分\s*[,，]\s*其中")
# a line opening with a category (and its points) and a colon: "投入：项目立项4分得4分，…，合计20分；"
_CATEGORY_OPENS_LINE = re.compile(r"\s*" + _CATEGORY_WORDS + r"\s*(?:" + _POINTS_IN_BRACKETS + r")?\s*[:：]")
# ... or numbered, with its points as a heading, its parts after the colon ("产出（30分）：低保对象应保尽保10分得10分，…")
_HEADED_LINE = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*"
    + _CATEGORY_WORDS
    + r"\s*"
    + _POINTS_IN_BRACKETS
    + r"\s*[:：]"
)
# a category's heading within a line, after a clause's end ("…;过程(20分):得18分")
_CATEGORY_HEAD = re.compile(
    r"(?:(?<=[;；。，,])|^)\s*(?P<category>"
    + _CATEGORY_WORDS
    + r")\s*(?:"
    + _POINTS_IN_BRACKETS
    + r")?\s*[:：]",
    re.M,
)
# a score's words opening a listing of its parts: "得分为95分，其中", "自评总分97分（预算执行率10分＋…）",
# "自评得分：产出指标45分＋…", "得分构成为：预算执行率9.7分、…"
_SCORE_THEN_PARTS = re.compile(
    r"(?:得分|自评总分|自评分|总成绩|分数合计)\s*(?:为|是|:|：)?\s*\d+(?:\.\d+)?\s*分\s*"
    # (the grade may come between: "自评总分97.72分，等级为“优”，其中预算执行9.72分、产出指标48分…")
    r"(?:[，,]\s*(?:评价|自评)?等级\s*(?:为|是)?\s*[“\"'「]?[\u4e00-\u9fff]{1,3}[”\"'」]?\s*)?(?:[，,]?\s*其中|[(（])"
    # (or a form's row whose label cell says the parts' scores follow: "分项得分 | 预算编制8分，预算执行24.51分，…")
    r"|得分(?:情况|构成|结果)?\s*(?:为|是)?\s*(?:[:：]|[\t|｜]|\s{2,})"
)
# a sentence listing scores, its first item scored: "其中预算执行率得分9.69分；产出指标49分；效益指标30分"
# ("其中预算执行率99.77%，得分9.98分；产出指标50分…")
_SCALE_THEN_WEIGHTS = re.compile(r"总分\s*(?:为|是|:|：)?\s*100(?:\.0+)?\s*分\s*[，,]?\s*其中")
_SCORED_LISTING = re.compile(r"\s*其中\s*[:：,，]?\s*[^。；;\n]{2,20}?得分?\s*(?:为|是)?\s*\d")
_TOTAL_SCORE = re.compile(
    r"(?:自评|综合|总)得分\s*(?:为|是|:|：)?\s*\d{2,3}(?:\.\d+)?\s*分|总分\s*(?:为|是|:|：)?\s*\d{2,3}(?:\.\d+)?\s*分"
)
_OPENS_WITH_PARTS = re.compile(r"\s*其中")


_ANY_CHARACTER = re.compile(r"\S")


def _ends_the_page(ctx: Context, end: int) -> bool:
    """Whether a figure ending at flow offset ``end`` is the last thing on the stored page: a store keeps the first
    part of a page, and the cut may fall inside the figure ("…综合得分94" of 94.5分)."""
    if _ANY_CHARACTER.search(ctx.flow.text, end):
        return False  # (most figures: more of the report's text follows)
    line, column = ctx.flow.locate_end(end)
    printed = [number for number, text in ctx.line_text.items() if text.strip()]
    return bool(printed) and line == max(printed) and not ctx.line_text[line][column:].strip()


def _after_the_total_score(text: str, position: int) -> bool:
    """Whether ``position`` is in a sentence opening with 其中 right after the one that states the total score
    ("专项自评得分98.82分，等级为“优”。其中预算执行9.82分，产出指标49.00分…"): the total's parts' scores."""
    opening = _full_stop_before(text, position)
    if opening == 0 or not _OPENS_WITH_PARTS.match(text, opening):
        return False
    return _TOTAL_SCORE.search(text, _full_stop_before(text, opening - 1), opening) is not None


_SCORED_AFTER = re.compile(r"\s*[，,、(（]?\s*(?:实际)?(?:自评)?得(?!分率|满分)")
_COLON_OR_END = re.compile(r"\s*(?:[:：]|\n|$)")
_FULL_SCALE = Decimal(100)
_SCALE_OF_SCORES = re.compile(_LABELS["scale_of_scores"])
# a bracket opened right after the words that announce the scores: what it holds is their scale
_SCALE_ASIDE_BEFORE = re.compile(
    r"(?:得分|评分|打分|分数|结果)(?:情况)?\s*(?:如下|见下表|详见下表)?\s*[(（]\s*$"
)
_SCALE_ASIDE_REACH = 12
_RATE_JUST_BEFORE = re.compile(r"\d%\s*[,，]\s*$")
_RATES_POINTS_MOST = Decimal(20)  # the most points a rate's item carries in any scheme
_SCORE_LABEL_AFTER = re.compile(
    r"\s*分?\s*[；;，,、]?\s*(?:自评|实际|最终|综合)?(?:得分|评分)\s*(?:为|是|:|：)?\s*\d"
)
_NUMBER_AFTER = re.compile(r"\s*[|｜]?\s*\d+(?:\.\d+)?\s*分?\s*(?:[|｜\s]|$)")
_FULL_MARKS_AFTER = re.compile(r"\s*[(（]\s*满分")
# (the grade may follow under its own label: "总分 100 93 评价等次 优")
# a whole form run together on one line, single spaces between its cells: the result row among them, its points,
# then its score, then no other figure ("… 满意度指标 … 10 9.78 … 总分 100 97.44 填表人：…")
_RESULT_IN_LINE = re.compile(
    r"总分 {0,2}100(?:\.0+)? ?分? (?P<score>\d+(?:\.\d+)?) ?分?(?=\s+[^\d\s.%]|\s*$)"
)
_HEADERS_REACH = 12  # lines above a run-together form's result row where its header (分值, 得分) may stand


_SCORE_CELL_UNDER = re.compile(r"[ \t]*\n[ \t]*(?P<score>\d{1,2}(?:\.\d{1,2})?)[ \t]*(?:分[ \t]*)?(?=\n|$)")
_FUSED_RESULT_ROW = re.compile(r"总\s?分\s*100(?P<score>[1-9]\d(?:\.\d{1,2})?|100(?:\.0{1,2})?)(?![\d.])")


def _result_in_a_run_together_form(line: str, above: str = "") -> re.Match[str] | None:
    """The result row inside a line holding a whole form or its last rows ("…偏差原因总分 100 87.85"), its
    indicator table's headers (分值, 得分) before it on the line or on the lines ``above``."""
    found = _RESULT_IN_LINE.search(line)
    if found is None:
        return None
    before = above + line[: found.start()]
    return found if "分值" in before and "得分" in before else None


_RESULT_ROW = re.compile(
    r"\s*总分 {1,2}100(?:\.0+)? ?分? (?P<score>\d+(?:\.\d+)?) ?分?(?: (?:(?:(?:评价|自评)?等[级次]|(?:评价|自评)结果)\s*[:：]?\s*)?(?:"
    + GRADE_WORDS
    + r"|\d+(?:\.\d+)?%))?\s*"
)


def _full_stop_before(text: str, position: int) -> int:
    """Where the sentence holding ``position`` begins, its "；" clauses taken together."""
    return mark_before(text, "。！!？?\n", position) + 1


def extract_weights(ctx: Context, year: int | None = None) -> list[tuple[int, int, str]]:
    """Weight facts; returns the paragraphs that open with a category heading ("3、效益指标（40分）…"). The parts
    of a score of another year than the report's ``year`` are none of its own."""
    text = ctx.flow.text
    headed: list[tuple[int, int, str]] = []
    for match in WEIGHT.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        if (
            before.endswith(("得", "扣"))
            or _in_sub_listing(text, match.start())
            or _second_level(text, match.start())
        ):
            continue
        value = _number(match.group(2) or match.group(3))
        if value is None or value > 100:
            continue
        if _FULL_MARKS_AFTER.match(text, match.end()):
            continue  # "预算执行率9.5分（满分10分）": the score, its points in the bracket
        name = canonical_category(match.group("cat"))
        sentence = sentence_start(text, match.start())
        if (
            # (not "自评总分100分，其中预算执行率10分、产出指标50分…": the scale and its parts' points)
            not _SCALE_THEN_WEIGHTS.search(text, sentence, match.start())
            and (
                _SCORE_THEN_PARTS.search(text, sentence, match.start())
                or _SCORED_LISTING.match(text, _full_stop_before(text, match.start())) is not None
                or _after_the_total_score(text, match.start())
            )
            and match.group(2) is None  # "决策指标（20分）得18分": bracketed points
            and not _SCORED_AFTER.match(text, match.end())  # "决策指标20分，得18分": points, then the score
        ):
            # "自评得分为95分，其中：预算执行率10分、产出指标47分…": the parts' scores, not their points (another year's,
            # "2021年度自评分为88分，其中…", none of the report's)
            if not another_years(text, _score_before(text, sentence, match.start()), year):
                ctx.add("component", value, match.start(), match.end(), unit="分", subject=name)
            continue
        paragraph_start = text.rfind("\n", 0, match.start()) + 1
        opening = text[paragraph_start : match.start()]
        if _SUB_HEADING.match(opening) and _under_a_categorys_heading(text, paragraph_start):
            continue  # "二、产出(50分)" / … / "(四)成本指标(5分)": an indicator of the category above, no first level
        ctx.add("weight", value, match.start(), match.end(), unit="分", subject=name)
        bracketed = match.group(2) is not None or _COLON_OR_END.match(text, match.end()) is not None
        # (a heading opens with its number or nothing; "按照决策（15分）、过程（25分）…指标体系" lists the weights)
        if (
            bracketed
            and len(opening.strip()) <= 4
            and not HEADING_NUMBER.sub("", opening).strip()
            and not text.startswith("、", match.end())
        ):
            end = text.find("\n", match.end())
            headed.append((match.end(), end if end >= 0 else len(text), name))
    return headed


def _score_before(text: str, sentence: int, position: int) -> int:
    """Where the score whose parts are listed before ``position`` stands: its label's start in the sentence."""
    found = list(_SCORE_THEN_PARTS.finditer(text, sentence, position))
    return found[-1].start() if found else position


_SUB_HEADING = re.compile(r"\s*[(（][一二三四五六七八九十\d]{1,2}[)）]\s*$")
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]", re.MULTILINE)


def _under_a_categorys_heading(text: str, position: int) -> bool:
    """Whether the last first-level heading ("二、…") before ``position`` names a category with its points ("二、产出
    (50分)"): the sub-headings under it are that category's indicators."""
    heading = next(reversed(list(_TOP_HEADING.finditer(text, 0, position))), None)
    if heading is None:
        return False
    end = text.find("\n", heading.end())
    found = WEIGHT.search(text, heading.end(), end if end >= 0 else len(text))
    return found is not None and found.start() - heading.end() <= 2


_YEAR_OF = re.compile(
    r"(?:(20\d\d)\s*年(?!\s*\d{1,2}\s*月)|(?<![较比同目提])(?:上一?|去|前)年度?)"
)  # "较上年" compares
_YEAR_REACH = 8  # characters from a year to the score it qualifies: "2022年度项目绩效自评得分"
# the words that may stand between a year and its score without counting: what was evaluated and how
_EVALUATION_WORDS = re.compile(r"部门整体支出|部门整体|整体支出|项目支出|绩效|自评|评价")


def another_years(text: str, position: int, year: int | None) -> bool:
    """Whether the clause of ``position`` names a year before it that is not the report's ``year`` ("2022年度自评
    得分85分" in a report on 2023, "上年度部门整体支出绩效自评得分为87分"): that year's figure. A date ("2024年3月"),
    a cited document's year and a year in an earlier clause ("项目自2021年实施以来…，自评得分72分") name none."""
    clause = without_citations(text[clause_start(text, position, 0, "，,。；;\n") : position])
    named = list(_YEAR_OF.finditer(clause))
    if not named:
        # a sentence opening with the year it speaks of ("2022年度，我局…自评得分89分"), or a section on the years
        # before ("二、上年度绩效评价结果运用", "以前年度绩效评价情况")
        opening = _OPENING_YEAR.match(text, clause_start(text, position, 0, "。；;\n"))
        if opening is not None and not _THIS_YEAR_AGAIN.search(text, opening.end(), position):
            # (unless the sentence turns to this year before the score: "上年度同类项目自评得分92分，本年度自评得分95分")
            return opening.group(1) is None or year is None or int(opening.group(1)) != year
        return _under_earlier_years_heading(text, position)
    last = named[-1]
    if _SAME_PERIOD.match(clause, last.end()):
        return (
            True  # "2019年同期全省支出进度为81.2%": the same time of an earlier year, whatever the report's
        )
    if last.group(1) is not None and (year is None or int(last.group(1)) == year):
        return False
    # the year right before the score's words ("2022年度部门整体支出绩效自评得分"), not a fund's or a rule's
    # ("2022年提前下达的X资金自评得分", "按照2021年修订的评分办法…得分"); a year named as the one before opens what
    # that year's evaluation was of when it opens the clause ("上年度人口普查准备阶段经费自评得分为92.6分"), never a
    # fund's own ("上年度结转…"), nor what this year's result was judged against ("根据上年度…及本年度…综合评定…")
    if (
        last.group(1) is None
        and not clause[: last.start()].strip()
        and not _CARRIED_OVER.match(clause, last.end())
    ):
        return True
    return len(_EVALUATION_WORDS.sub("", clause[last.end() :])) <= _YEAR_REACH


_CARRIED_OVER = re.compile(r"\s*(?:的)?(?:结转|结余)")


_SAME_PERIOD = re.compile(r"\s*度?\s*同期")
# (or the year the sentence's subject is of, after an item's number: "二、2021年度本项目全年执行数…，自评得分97.20分")
_OPENING_YEAR = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,2}\s*[、.．]\s*)?(?:(20\d\d)\s*年度?|(?:上一?|去|前一?)年度?"
    # ("上年度（2022年）同一项目全年执行数…，自评得分98.72分": the year before, its number in brackets)
    r"(?:\s*[(（]\s*20\d\d\s*年度?\s*[)）])?)\s*"
    r"(?:[，,]|(?=本项目|本单位|本部门|我局|我单位|该项目|同一项目|同类项目))"
)
_THIS_YEAR_AGAIN = re.compile(r"本年|今年|当年|本期|[，,；;]\s*(?:本项目|该项目)")
_EARLIER_YEARS = re.compile(r"上一?年度?|以前年度|往年|前一?年度|去年")
_HEADING_REACH = 12  # lines back to the heading a score stands under


def _under_earlier_years_heading(text: str, position: int) -> bool:
    """Whether the section ``position`` stands in is headed as the years before ("二、上年度绩效评价结果运用")."""
    end = text.rfind("\n", 0, position)
    for _ in range(_HEADING_REACH):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if is_heading(line):
            return _EARLIER_YEARS.search(line) is not None
        end = start - 1
    return False


_SCORED = re.compile(r"得分|评分|总分")


def _graded_score_at(text: str, start: int, end: int) -> int | None:
    """Where the score a grade follows in its sentence is stated: the last one, not a comparison with another year's
    told in a clause of its own ("综合评分87.46分,较2020年度自评得分85.2分提高2.26分,…,评定等次为良好")."""
    found = [
        m.start() for m in _SCORED.finditer(text, start, end) if not _in_a_closed_aside(text, m.start(), end)
    ]
    while len(found) >= 2 and _COMPARED_CLAUSE.match(text, clause_start(text, found[-1], 0, "，,；;")):
        found.pop()
    return found[-1] if found else None


_COMPARED_CLAUSE = re.compile(r"\s*(?:较|比|同比|与)")


def _in_a_closed_aside(text: str, position: int, end: int) -> bool:
    """Whether ``position`` stands in a bracket that closes before ``end`` ("综合评分91.5分(上年度同类项目自评得分88分),
    评定等级为优": the aside's score is not the one the grade follows)."""
    opened = max(text.rfind("(", 0, position), text.rfind("（", 0, position))
    closed_before = max(text.rfind(")", opened, position), text.rfind("）", opened, position))
    if opened < 0 or closed_before > opened:
        return False
    closes = [
        found for found in (text.find(")", position, end), text.find("）", position, end)) if found >= 0
    ]
    return bool(closes)


# a summary table of the first-level parts: "一级指标 | 分值 | 得分" over rows "决策 | 20 | 18.5" (tabs, "|" or wide
# spaces between the cells)
_SUMMARY_HEADER = (
    "一级指标",
    frozenset({"分值", "权重", "标准分"}),
    frozenset({"得分", "自评得分", "实际得分"}),
)
# (named as the project's or the department's part: "项目决策 | 20 | 18")
_SUMMARY_ROW = re.compile(r"^(?:项目|部门)?" + _CATEGORY + r"$")
_SUMMARY_REACH = 8  # rows under the header
# how far above its points a part's score may be read as a slip ("产出 | 40 | 41.5"), not a score out of 100 under a
# weight ("投入 | 20 | 92")
_SLIP_ABOVE = Decimal("1.25")
_SUMMARY_TOTAL = re.compile(r"(?:合\s*计|总\s*计|总\s*分)")


def _summary_header(text: str) -> bool:
    return text in _SUMMARY_HEADER[1] or text in _SUMMARY_HEADER[2]


def extract_summary_table(ctx: Context, lines: Sequence[Line]) -> None:
    """The points and score of each first-level part listed in a summary table under "一级指标 | 分值 | 得分"
    (a column after them, "得分率", read past), and the total its 合计 row of the full 100 points states."""
    for index, line in enumerate(lines):
        if "一级指标" not in line.text:
            continue
        # (its cells may be set apart by single spaces: "一级指标 分值 得分" over "项目决策 20 18")
        header = [cell.text for cell in table_cells(line, _summary_header)]
        width = len(header)
        if _SECOND_LEVEL in header[2:] and header[0] == _SUMMARY_HEADER[0]:
            _two_level_summary(ctx, lines[index + 1 :], header)
            continue
        if width not in (3, 4) or header[0] != _SUMMARY_HEADER[0]:
            continue
        if header[1] not in _SUMMARY_HEADER[1] or header[2] not in _SUMMARY_HEADER[2]:
            continue
        for row in lines[index + 1 : index + 1 + _SUMMARY_REACH]:
            cells = table_cells(row, _summary_header)
            if len(cells) not in (3, width):
                continue
            points, score = _number_cell(cells[1].text), _number_cell(cells[2].text)
            # (a score a little above its points is read as printed, under headers that name both columns: the
            # report's slip, "产出 | 40 | 41.5", for the audit to find; a row short of the headers' cells places none so)
            if (
                points is None
                or score is None
                or (score > points and (len(cells) != width or score > points * _SLIP_ABOVE))
            ):
                continue
            if _SUMMARY_TOTAL.fullmatch(cells[0].text) and points == _FULL_SCALE:
                ctx.add_line_fact("score", score, row.number, cells[2].start, cells[2].end, unit="分")
                break  # "合计 | 100 | 92 | 92%": the parts' total, the report's score
            if _SUMMARY_ROW.match(cells[0].text) is None:
                continue
            name = canonical_category(cells[0].text)
            ctx.add_line_fact(
                "weight", points, row.number, cells[1].start, cells[1].end, unit="分", subject=name
            )
            ctx.add_line_fact(
                "component", score, row.number, cells[2].start, cells[2].end, unit="分", subject=name
            )


_SECOND_LEVEL = "二级指标"
# the column of a first-level part's own score in a table that lists its second-level parts too
_FIRST_LEVEL_SCORE = frozenset({"一级指标得分", "一级得分", "一级指标合计得分"})
_TWO_LEVEL_REACH = 30  # rows of a two-level table: its parts and theirs


def _two_level_summary(ctx: Context, rows: Sequence[Line], header: Sequence[str]) -> None:
    """The points and score of each first-level part in a table of two levels ("一级指标 | 分值 | 二级指标 | 分值 |
    得分 | 一级指标得分" over "决策 | 20 | 目标设定 | 8 | 7 | 18" and " | | 预算配置 | 12 | 11 | "): a part's row, every
    cell filled, gives its points in the second cell and its score in its own column; a second-level row (its part's
    cells merged away) is read past. A full row that is no part's ("加分项 | 5 | …") leaves the table unread: its
    parts are not the whole. The 合计 row's total is left to the report's other statements (the column it stands in
    cannot be told where the row's empty cells are dropped)."""
    at = next((i for i, text in enumerate(header) if text in _FIRST_LEVEL_SCORE), None)
    if at is None or header[1] not in _SUMMARY_HEADER[1]:
        return
    width = len(header)
    parts = []
    for row in rows[:_TWO_LEVEL_REACH]:
        cells = table_cells(row, _summary_header)
        if len(cells) < 3 or _SUMMARY_TOTAL.fullmatch(cells[0].text):
            break  # the table ended, or its 合计 row
        if len(cells) != width:
            continue
        points, score = _number_cell(cells[1].text), _number_cell(cells[at].text)
        if _SUMMARY_ROW.match(cells[0].text) is None or points is None or score is None:
            return
        if score <= points * _SLIP_ABOVE:
            parts.append((row, cells, points, score))
    for row, cells, points, score in parts:
        name = canonical_category(cells[0].text)
        ctx.add_line_fact("weight", points, row.number, cells[1].start, cells[1].end, unit="分", subject=name)
        ctx.add_line_fact(
            "component", score, row.number, cells[at].start, cells[at].end, unit="分", subject=name
        )


_GRADE_CELL = re.compile(rf"(?:{GRADE_WORDS})")
_GRADED_ROWS_ABOVE = 2  # rows of parts with a grade of their own above the total's
_GRADED_REACH = 6  # lines above the total's row they stand in


def extract_graded_total_row(ctx: Context, lines: Sequence[Line]) -> None:
    """The total of a results table that grades every part, its headers lost ("20.00 | 优" / "50.00 | 45.62 | 优" /
    … / "100.00 | 93.27 | 优"): the row of the full 100 points under rows of points, score and grade gives the
    report's score and grade."""
    for index, line in enumerate(lines):
        if "100" not in line.text:
            continue  # (a cell of the full 100 points is written so: most lines hold none, and are not cut)
        cells = [cell for cell in line_cells(line) if cell.text]
        if len(cells) != 3 or _number_cell(cells[0].text) != _FULL_SCALE:
            continue
        score = _number_cell(cells[1].text)
        if score is None or score > _FULL_SCALE or not _GRADE_CELL.fullmatch(cells[2].text):
            continue
        graded = 0
        for row in lines[max(0, index - _GRADED_REACH) : index]:
            above = [cell.text for cell in line_cells(row) if cell.text]
            if len(above) >= 2 and _GRADE_CELL.fullmatch(above[-1]) and _number_cell(above[-2]) is not None:
                graded += 1
        if graded >= _GRADED_ROWS_ABOVE:
            ctx.add_line_fact("score", score, line.number, cells[1].start, cells[1].end, unit="分")
            ctx.add_line_fact("grade", cells[2].text, line.number, cells[2].start, cells[2].end)
            return
    # or a form run together into a line, its result row named 合计 and graded ("…满意度 ≥90% 93% 20 20合计 100 96.6
    # 优秀偏差大或…"), under its headers 分值 and 得分
    results = []
    for index, line in enumerate(lines):
        found = _GRADED_RESULT_IN_LINE.search(line.text) if "合" in line.text or "总" in line.text else None
        if found is None or (value := to_decimal(found.group("score"))) is None or value > _FULL_SCALE:
            continue
        headers = (
            "".join(row.text for row in lines[max(0, index - _GRADED_HEADERS_REACH) : index])
            + line.text[: found.start()]
        )
        if "分值" in headers and "得分" in headers:
            results.append((line.number, value, found))
    # (a page of several forms, each with its result row, states several projects' results: none is the page's)
    if len(results) == 1:
        number, value, found = results[0]
        ctx.add_line_fact("score", value, number, found.start("score"), found.end("score"), unit="分")
        ctx.add_line_fact("grade", found.group("grade"), number, found.start("grade"), found.end("grade"))


_GRADED_HEADERS_REACH = 40  # lines of indicator rows between a graded result row and the headers over them
# (named 总分 too, its cells run together or set apart by spaces, the grade's own cell between: "总分10097.87优",
# "总分 100 99.8 优", "总 分 | 100 | 99.60 | 等 级 | 优")
_GRADED_RESULT_IN_LINE = re.compile(
    rf"(?:合 ?计|总 ?分)\s*[|｜]?\s*100(?:\.0+)?\s*分?\s*[|｜]?\s*(?P<score>\d{{2,3}}(?:\.\d{{1,2}})?)\s*分?\s*[|｜]?\s*"
    rf"(?:(?:自评|评价)?等 ?[级次]\s*[|｜:：]?\s*)?(?P<grade>{GRADE_WORDS})"
)


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _number_cell(text: str) -> Decimal | None:
    return to_decimal(text) if _PLAIN_NUMBER.fullmatch(text) else None


# what a category's heading got, a clause of its own closing a sentence: "（4）服务对象满意度（5分）：…，满意度96.5%，得6分。",
# "…，最终得25分。", "：得20分" (not "执行率达到100%得10分，每降低…", "受访群众平均得92分": a rule's, a measure's)
_LONE_RESULT = re.compile(
    r"[，,；;：:]\s*(?:实际|自评|最终|共|合计)?得\s*(\d+(?:\.\d+)?)\s*分\s*(?:[。；;，,]|$)"
)
_ANY_RESULT = re.compile(r"得\s*\d|得满分")  # every score the paragraph states, its parts' too
# the clause right before it, its opening found from its end: a condition ("…100%的，得10分"), a measure ("受访群众
# 平均打分，得92分") or last year ("上年度该项，得35分") says whose the score is not
_CLAUSE_OPENING = re.compile(r"(?:.*[，,；;。：:]|^)")
_NOT_THE_HEADINGS = re.compile(r"的$|平均|打分|上年|去年|上一年")
_YEAR_NAMED = re.compile(r"(20\d\d)\s*年")
_MEASURE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:率|度)\s*(?:为|达到?|是)?\s*\d+(?:\.\d+)?\s*[%％]$")
_POINTS_INSIDE = re.compile(r"\d\s*分\s*[)）]|分值")


def _extract_headed_results(ctx: Context, headed: list[tuple[int, int, str]], year: int | None) -> None:
    """The score a category's heading got, stated once in its paragraph as a clause closing a sentence ("（4）服务对象
    满意度（5分）：向受益群众发放调查问卷300份，…，得6分。"): that category's component, unless the paragraph states
    other scores (its parts', a rule's) or points, or a score of the category was read already; not where the clause
    before it names another year than the report's ``year`` ("2021年度，得36分")."""
    text = ctx.flow.text
    for start, end, name in headed:
        if any(
            f.field == "component" and f.subject == name and start - _WITH_THE_HEADING <= f.start < end
            for f in ctx.facts
        ):
            continue
        paragraph = text[start:end]
        results = list(_LONE_RESULT.finditer(paragraph))
        if (
            len(results) != 1
            or len(_ANY_RESULT.findall(paragraph)) != 1
            or _POINTS_INSIDE.search(paragraph)
            or "其中" in paragraph
        ):
            continue
        found = results[0]
        value = _number(found.group(1))
        clause = paragraph[_CLAUSE_OPENING.search(paragraph[: found.start()]).end() : found.start()]  # type: ignore[union-attr]
        years = {int(y) for y in _YEAR_NAMED.findall(clause)}
        measured = _MEASURE_BEFORE.search(clause)
        if (
            value is not None
            and not _NOT_THE_HEADINGS.search(clause)
            and years <= {year}
            # (not a measure of another thing than the heading's: "（二）过程（20分）：资金到位率100%，得5分" scores
            # the rate, one part of 过程; "（4）服务对象满意度（5分）：…满意度96.5%，得6分" its own)
            and (measured is None or name.removesuffix("指标") in measured.group())
        ):
            ctx.add("component", value, start + found.start(1), start + found.end(1), unit="分", subject=name)


# a numbered section's title up to its result label: "五、部门自评得分", "（五）项目自评得分"
_NUMBERED_RESULT = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*(?:部门|单位)?(?:整体)?(?:绩效)?"
)
_LINE_BREAK_ONLY = re.compile(r"[ \t]*\n[ \t]*")
_LEAST_TOTAL = 50
# characters from a heading's name to the end of its points: a score read with the heading
_WITH_THE_HEADING = 40


def extract_scores(
    ctx: Context, headed: list[tuple[int, int, str]], department: bool = False, year: int | None = None
) -> None:
    """Component, project and total scores; in a department's report (``department``) a score its sentence
    states of a project it names ("文化惠民演出项目…，自评得分96.5分") is that project's, not the report's, and
    a total its sentence states of another year than the report's ``year`` is that year's."""
    text = ctx.flow.text
    for match in _COMPONENT.finditer(text):
        value = _number(match.group(2))
        if match.group().startswith(match["cat"] + "情况") and _HAN_BEFORE.match(
            text, max(0, match.start() - 1)
        ):
            continue  # "1.预算管理情况（10分），得9分": an item's heading (a category's opens its own, "（一）投入情况…")
        if (
            value is not None
            and not _in_sub_listing(text, match.start())
            and not _second_level(text, match.start())
        ):
            name = canonical_category(match.group("cat"))
            ctx.add("component", value, match.start(), match.end(), unit="分", subject=name)
            # "效益指标得分31分(分值30分)": its points in brackets after its score
            after = _PART_POINTS_AFTER.match(text, match.end())
            points = _number(after.group("points")) if after is not None else None
            # (its points, not its weight in a weighted sum: "产出指标得分92分(权重40)")
            if (
                after is not None
                and points is not None
                and points <= _PART_POINTS_MOST
                and "权重" not in after.group()
            ):
                ctx.add("weight", points, after.start("points"), after.end("points"), unit="分", subject=name)
    for match in _RESPECTIVE.finditer(text) if "分别" in text or "依次" in text else ():
        names = [found.group("cat") for found in _ONE_CATEGORY.finditer(match.group("cats"))]
        scores = list(_ONE_SCORE.finditer(text, match.start("scores"), match.end("scores")))
        if (
            len(names) != len(scores)
            or _in_sub_listing(text, match.start())
            or _second_level(text, match.start())
        ):
            continue
        for name, score in zip(names, scores, strict=True):
            value = _number(score.group())
            if value is not None:
                ctx.add(
                    "component",
                    value,
                    score.start(),
                    score.end(),
                    unit="分",
                    subject=canonical_category(name),
                )
    scored: list[tuple[int, int]] = []
    for match in [*_POINTS_AND_SCORE.finditer(text), *_POINTS_THEN_SCORE.finditer(text)]:
        if any(start <= match.start(3) < end for start, end in scored):
            continue  # (read by the first pattern already)
        value = _number(match.group(3))
        if match.re is _POINTS_THEN_SCORE and (value is None or value > Decimal(match.group(2))):
            continue  # "服务对象满意度15分,自评得分99.64分": a category's points, then the report's total
        if value is not None and (
            _in_sub_listing(text, match.start())
            or _DASH_AFTER.match(text, match.end("cat"))
            or _DASH_BEFORE.search(text, max(0, match.start() - _DASH_REACH), match.start())
        ):
            # "…，其中资金管理（10分）得9分", "过程—预算执行率：分值15分，得分14.61分": a part of a part
            scored.append((match.start(3), match.end()))
        elif value is not None and not _second_level(text, match.start()):
            if _inside_an_items_name(text, match.start()):
                # "2.项目管理制度健全性(满分5分,实得4分)", "4.受益群众满意度(…)": an indicator named with a
                # category's word inside, no category
                scored.append((match.start(3), match.end()))
                continue
            name = canonical_category(match.group("cat"))
            points = _number(match.group(2))
            if points is not None and points <= _FULL_SCALE:
                # "产出指标（分值50分，得分50分）": the category's points too, which tell a page cut before its last part
                ctx.add("weight", points, match.start(2), match.end(2), unit="分", subject=name)
            ctx.add("component", value, match.start(3), match.end(), unit="分", subject=name)
            scored.append((match.start(3), match.end()))
    _extract_headed_results(ctx, headed, year)
    totals: list[tuple[int, re.Match[str], Decimal]] = []
    for match in _SCORE.finditer(text):
        if any(start <= match.start(2) < end for start, end in scored):
            continue
        printed_line = text.rfind("\n", 0, match.start()) + 1
        if "合计" in match.group("label") and (
            (
                _CATEGORY_OPENS_LINE.match(text, printed_line)
                and len(_CATEGORY_HEAD.findall(text, printed_line, match.start())) == 1
            )
            or _INDICATOR_OPENS_SENTENCE.match(text, sentence_start(text, match.start()))
            or _CATEGORY_THEN_ITS_PARTS.match(text, clause_start(text, match.start(), 0, "。；;\n"))
        ):
            # "投入：项目立项4分得4分，…，合计20分；", "资金管理指标中，拨付率100%得4分，…计得7.78分，合计11.78分", "效益
            # 指标30分，其中…各10分全部得分，合计29.43分；": the one category's or indicator's total
            continue
        preceding = text[max(0, match.start() - 3) : match.start()]
        # "满意度得分", "执行率得分": a measure's score; "2023年度自评得分" is the year's ("各项指标合计得分" sums them)
        # "分别得分17分、15分…": the first of the listed parts' scores
        if preceding.endswith(("满", "扣", "分别")) or (
            re.search(r"指标$|率$|(?<!年)度$", preceding) and match.group("label") not in _TOTAL_LABELS
        ):
            continue
        if _CATEGORY_BEFORE.search(
            text, max(0, match.start() - _CATEGORY_REACH), match.start()
        ) or _THIS_PART_BEFORE.search(text, max(0, match.start() - _CATEGORY_REACH), match.start()):
            # "产出指标合计得分49.8分（满分50分）", "本部分得分20分": a category's total, not the report's
            continue
        colon = _COLON.search(match.group(), len(match.group(1)))
        # "自评得分：92"; "总分：98.35" too, its decimals no full marks ("总分：100" may be the 分值 column's)
        labelled = (
            (
                colon
                and (
                    match.group("label") in _OWN_SCORE_LABELS
                    or (match.group("label") == "总分" and "." in match.group(2))
                )
            )
            or (
                match.group("label") in _TOTAL_LABELS
                and _FULL_MARKS_IN_LABEL.search(text, match.end("label"), match.start(2)) is not None
            )
            or (
                match.group("label") == "总分"
                and "." in match.group(2)
                and _GRADE_LABEL_AFTER.match(text, match.end()) is not None
            )
            or (
                match.group("label") in _OWN_SCORE_LABELS
                and _GRADE_LABEL_AFTER.match(text, match.end()) is not None
            )
            # ("五、部门自评得分" / "98.18": a numbered section's title that is the label, its figure alone below, a
            # total's, not a page's number)
            or (
                _LINE_BREAK_ONLY.match(text, match.end(2)) is not None
                and (alone := _number(match.group(2))) is not None
                and alone >= _LEAST_TOTAL
                and _NUMBERED_RESULT.fullmatch(text, printed_line, match.start("label")) is not None
                and _LINE_BREAK_ONLY.fullmatch(text, match.end("label"), match.start(2)) is not None
            )
        )
        # ("总分(100分) 99.54": the full marks in the label's brackets, the figure after them the score; "总分 89.04
        # 自评等级 良": a figure with decimals, no full marks, the grade's cell after it; "自评得分 94 评价等级 优": the
        # report's own score's label, its figure, then the grade's label)
        if (
            match.group("end") is not None
            and match.group("label") not in _TOTAL_LABELS - {"总分"}
            and not labelled
        ):
            continue  # "得分\n9": a form's cell at a line's end; "总分 100 评价等次": the scale, its result cell empty
        value = _number(match.group(2))
        if value is not None and value > _MAX_SCORE and match.group("label") == "总分":
            fused = _FUSED_RESULT_ROW.match(text, match.start("label"))
            if fused is not None and (result := _number(fused.group("score"))) is not None:
                # "总分10098.76", "…总分10097.23自评等级优": the result row's cells run together, its full marks
                # 100, then its score
                ctx.add("score", result, fused.start("score"), fused.end("score"), unit="分")
            continue
        if (
            _BARE_SUM.fullmatch(match.group("label"))
            and not _POINTS_AFTER.match(text, match.end(2))
            and "分" not in text[sentence_start(text, match.start()) : match.start()]
        ):
            continue  # "…前期及其他费用0.07，合计2.86。": amounts summed, no score without its 分 or scores before it
        if value is None or value > _MAX_SCORE or _BROKEN_DECIMAL.match(text, match.end(2)):
            continue  # "91。6分", "93,79分": a decimal point an OCR misread, the figure unsure
        if colon is None and _ends_the_page(ctx, match.end(2)):
            # "…综合得分94" ending the stored text: the page was cut, perhaps inside the figure (a labelled cell,
            # "自评总分：91.5", holds its figure whole)
            continue
        # ("…总分99偏差大或目标未完成原因分析": the project form's result row run into its next label, its figure below
        # full marks and above any part's points, no 分值 column's)
        below_full_marks = (
            match.group("label") == "总分"
            and (figure := _number(match.group(2))) is not None
            and _PART_POINTS_MOST < figure < 100
        )
        if (
            match.group("cell") is not None
            and match.group("label") not in _TOTAL_LABELS - {"总分"}
            and not labelled  # "自评得分：92.6    自评等级：优": a label and its value, then the next pair
            and not below_full_marks
        ):
            # a form's cells run together: only a total score's label is sure to label the number after it
            # ("总分 100" is as often the full marks of the 分值 column)
            continue
        if _BRACKETED_PART.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _BAND_AFTER.match(text, match.end()):
            continue  # "得分90分以上为优": a grade's band, no score
        if (part_points := _PART_POINTS_AFTER.match(text, match.end())) and Decimal(
            part_points.group("points")
        ) <= _PART_POINTS_MOST:
            # "执行率90%,自评分9分(分值10分)": a part's score, its few points after it ("得分83.35分(满分90分)" is a
            # total of a scale short of 100)
            continue
        if (
            match.group("label") in _TOTAL_LABELS
            and value == _FULL_SCALE
            and (cell := _SCORE_CELL_UNDER.match(text, match.end())) is not None
            and (result := _number(cell.group("score"))) is not None
        ):
            # "综合得分" / "100" / "87.5": a form one cell a line, its full marks, then its score
            ctx.add("score", result, cell.start("score"), cell.end("score"), unit="分")
            continue
        if match.group("label") == "总分" and value == _FULL_SCALE:
            number, _ = ctx.flow.locate(match.start())
            line = ctx.read_text.get(number, "")
            above = "\n".join(
                ctx.read_text.get(n, "") for n in range(max(1, number - _HEADERS_REACH), number)
            )
            row = _RESULT_ROW.fullmatch(line) or _result_in_a_run_together_form(line, above)
            if (
                row is not None
                and (result := _number(row.group("score"))) is not None
                and result <= _FULL_SCALE
            ):
                # "总分 100 93.2 优": the form's result row set apart by single spaces (wider gaps make cells the
                # layout reads), its points then its score
                ctx.add_line_fact("score", result, number, row.start("score"), row.end("score"), unit="分")
                continue
        if match.group("label") == "总分" and value == _FULL_SCALE and _NUMBER_AFTER.match(text, match.end()):
            continue  # "总分 100分 99.50": the form's result row, its points then its score
        if (
            match.group("label") == "总分"
            and value == _FULL_SCALE
            and _SCORE_LABEL_AFTER.match(text, match.end())
        ):
            continue  # "总分：100；自评得分：98": the full marks, the score labelled right after them
        if match.group("row") is not None:
            continue  # "得分 10 9": a row's figures, whose is unsure
        if (
            (match.group("label").endswith("总分") or match.group("label").endswith("合计"))
            and value == _FULL_SCALE
            and _SCALE_OF_SCORES.search(
                text, sentence_start(text, match.start()), sentence_end(text, match.end())
            )
        ):
            continue  # "本次评价采用百分制,评价总分100分,90分(含)以上为优秀", "分值设置：…（10分），合计100分": the scale
        if (
            match.group("label") == "总分"
            and value == _FULL_SCALE
            and _SCALE_ASIDE_BEFORE.search(text, max(0, match.start() - _SCALE_ASIDE_REACH), match.start())
        ):
            continue  # "自评得分如下（总分100分）：": the scale in an aside, the score in what follows
        if _section_heading_score(text, match):
            continue
        # a labelled score ("自评得分：88.84") is read in its own printed line: the lines above it the flow joined
        # (an indicator list's "分值10，得分10") are no part of its clause
        opening = sentence_start(text, match.start())
        line_start = match.start() - ctx.flow.locate(match.start())[1]
        if (
            labelled
            or _TOTAL_LINE.match(text, line_start)
            or (
                _ENDS_WITH_A_SCORED_CELL.search(text, max(0, line_start - _SCORED_CELL_REACH), line_start)
                and _OPENS_ITS_OWN_SENTENCE.match(text, line_start)
            )
        ):
            # (and a line opening with the total's word: "合计100分，得分95.41分" under the parts' lines; or a sentence
            # opening its own line under a row of parts' cells: "…满意度指标:分值10 得分9.5" / "经自评,…得分97.5分"; not a
            # sentence the page wrapped after a figure, "…实际支出108" / "万元,得分9分")
            opening = max(opening, line_start)
        part_points = _PART_POINTS_BEFORE.search(text, sentence_start(text, match.start()), match.start())
        points_before = list(_AFTER_POINTS.finditer(text, opening, match.start()))
        if (
            match.group("label") not in _TOTAL_LABELS
            and points_before
            # (not "…指标得满分15分,全项目自评得分:91": the whole named again after a part's points)
            and not _THE_WHOLE_AFTER.search(text, points_before[-1].end(), match.start())
            # (nor a score above those points: "项目效益22分（满分25分），自评得分87分" is the whole's after its parts)
            and not value > _points_at(text, points_before[-1].end() - 1)
        ) or (
            match.group("label") not in _WHOLE_LABELS
            and part_points is not None
            # (no part scores above its points: "…，满意度指标10分，自评得分98.83分" is the total after its parts)
            and not value > _points_in(part_points.group())
        ):
            continue  # "预算执行30分，得分27分", "预算编制：分值10分，实际得分9分": a part's points, then its score
        if match.group("label") == "得分" and _BRACKETED_POINTS_BEFORE.search(text, opening, match.start()):
            continue  # "资金使用成效（50分）得分48分": a part's points in brackets, then its score
        if match.group("label") == "得分" and _POINTS_CELL_BEFORE.search(
            text, max(0, match.start() - _POINTS_CELL_REACH), match.start()
        ):
            continue  # "指标名称：预算执行率；…；分值：10；得分：9.74": an indicator's points, then its score
        category = next((name for start, end, name in headed if start <= match.start() < end), None)
        # ("…合计得分110分，折算百分制得分91.67分": the total scaled to 100)
        converted = _CONVERTED_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
        if (
            match.group("label") in _TOTAL_LABELS
            or converted
            or _SUMMED_BEFORE.search(text, max(0, match.start() - 4), match.start())
        ):
            category = None  # "投入(20分):得19分;…效益(20分):得18分。合计得分93分": the total after the parts
        plain = match.group("label") == "得分" and not converted
        if category is None and plain:
            nearby = _CATEGORY_CLAUSE.search(text, sentence_start(text, match.start()), match.start())
            category = canonical_category(nearby.group("cat")) if nearby else None
        project = ctx.project_at(match.start())
        if project is None and department:
            project = project_stated_of(text, match.start())
        if plain and _MEASURED_SCORE.search(text, sentence_start(text, match.start()), match.start()):
            continue  # "参训学员结业考试平均得分85分": what the work measured, no indicator's nor the report's score
        if category is None and plain and _under_points_heading(text, match.start()):
            continue  # "（一）数量指标（20分）：得分20分": a section's score, not the report's
        if (
            plain
            and category is None
            and value <= _RATES_POINTS_MOST
            and _RATE_JUST_BEFORE.search(text, max(0, match.start() - 4), match.start())
        ):
            continue  # "资金使用进度为96.52%,得分9.65分": the rate's own points, no total
        if category is not None:
            ctx.add("component", value, match.start(), match.end(), unit="分", subject=category)
        elif project is not None:
            ctx.add("project.score", value, match.start(), match.end(), unit="分", subject=project)
        elif (
            not (
                # "预算编制得分18分", "考试平均得分85分", "质量指标：…，得分15分": another thing's score, no total
                plain and _anothers_score(text, sentence_start(text, match.start()), match.start())
            )
            and not _one_of_several(text[sentence_start(text, match.start()) : match.start()])
            and not _ANOTHER_EVALUATION.search(text[sentence_start(text, match.start()) : match.start()])
            and not _REPORTED_APART.search(
                text, sentence_start(text, match.start()), sentence_end(text, match.end())
            )
            and not _a_listed_part(text, match.start())
            and not another_years(text, match.start(), year)
        ):
            totals.append((sentence_start(text, match.start()), match, value))
    totals += _summed_totals(text, year)
    # "…四类指标，总分100分" beside "综合得分94.6分": 总分 of exactly 100 after the indicators is the scale when
    # another total is stated
    scale = [
        t
        for t in totals
        if t[1].group("label") == "总分" and t[2] == _FULL_SCALE and "指标" in text[t[0] : t[1].start()]
    ]
    if scale and any(value != _FULL_SCALE for _, _, value in totals):
        totals = [t for t in totals if t not in scale]
    # one sentence giving different totals gives those of what it lists ("甲绩效自评分数为73.18分、乙…为
    # 89.03分"), none of them the report's
    values: dict[int, set[Decimal]] = {}
    for sentence, _match, value in totals:
        values.setdefault(sentence, set()).add(value)
    # "自评总分为100分,实际自评得分为95分", "分值100分,得分97分": the full marks, then the result
    for sentence, stated in values.items():
        first = next(match for start, match, _ in totals if start == sentence)
        if len(stated) == 2 and _FULL_SCALE in stated and _number(first.group(2)) == _FULL_SCALE:
            totals = [t for t in totals if t[0] != sentence or t[2] != _FULL_SCALE]
            values[sentence] = stated - {_FULL_SCALE}
    # "投入得分15分，过程得分23分，…，自评总得分92分": the parts' plain scores, then the total named so after them
    for sentence, stated in values.items():
        listed = [(match, value) for start, match, value in totals if start == sentence]
        last, total = listed[-1]
        if (
            len(stated) > 1
            and last.group("label") in _SUMMING_LABELS
            and all(_a_parts_label(text, sentence, match) for match, _ in listed[:-1])
        ):
            totals = [t for t in totals if t[0] != sentence or t[1] is last]
            values[sentence] = {total}
    # "绩效指标得分：46.6+29+9=84.6分" / "自评总分：9.42+84.6=94.02分": a sum that a later sum adds to is a part of it
    summed_into = {
        id(match)
        for _, match, value in totals
        for start, later, total in totals
        if total > value
        and later.start() > match.end()
        and _TERMS.search(text, start, later.start()) is not None
        and re.search(rf"(?<![\d.]){re.escape(match.group(2))}(?![\d.])", text[start : later.start()])
        is not None
    }
    if summed_into:
        totals = [t for t in totals if id(t[1]) not in summed_into]
        values = {}
        for sentence, _match, value in totals:
            values.setdefault(sentence, set()).add(value)
    # "合计得分110分，折算百分制得分91.67分": the sum on the framework's own full marks, then the score scaled to 100,
    # the report's
    for sentence, stated in values.items():
        scaled = [
            (match, value)
            for start, match, value in totals
            if start == sentence
            and _CONVERTED_BEFORE.search(text, max(start, match.start() - 8), match.start())
        ]
        if len(stated) > 1 and len(scaled) == 1:
            totals = [t for t in totals if t[0] != sentence or t[1] is scaled[0][0]]
            values[sentence] = {scaled[0][1]}
    for sentence, match, value in totals:
        if len(values[sentence]) == 1:
            ctx.add("score", value, match.start(), match.end(), unit="分")


_TERMS = re.compile(r"\d\s*[+＋]\s*\d")  # an addition written out
# a score converted to a hundred (not an indicator's converted by its weight: "满意度92%，按权重折算得分9.2分")
_CONVERTED_BEFORE = re.compile(r"(?:(?:折算|折合|换算)(?:为|成)?百分制|百分制折算)(?:后)?(?:的)?$")


def _a_parts_label(text: str, sentence: int, match: re.Match[str]) -> bool:
    """Whether a score's label names a part's score: plain 得分, or 评价得分 after a part's name listed after other
    parts' plain scores ("资金保障得分24.5分、…、工作评价得分6.5分"; not "绩效评价得分", nor "项目评价得分78分,总分100分",
    the score, then the scale)."""
    label = match.group("label")
    if label == "得分":
        return True
    before = text[max(0, match.start() - 2) : match.start()]
    return (
        label == "评价得分"
        and _CJK_PAIR.fullmatch(before) is not None
        and before not in _WHOLE_EVALUATIONS
        and _PLAIN_PART_SCORE.search(text, sentence, match.start()) is not None
    )


_PLAIN_PART_SCORE = re.compile(r"[\u4e00-\u9fff]{2,8}得分\s*\d+(?:\.\d+)?\s*分\s*[、,，;；]")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_WHOLE_EVALUATIONS = frozenset({"绩效", "综合", "自我", "整体", "总体"})


# a score's parts added up to it in one clause: "综合得分＝投入19分＋过程18分＋…＝94分", "各部分得分情况：产出指标得48分、
# …，共计95分", "自评总分：9.42+84.6=94.02分"
# (the parts' figures between the words and the sum: "各项得分合计87.50分，按适用指标折算为百分制" is no total; nor is
# the points' sum, "分值合计100分")
_SUMMED = re.compile(
    r"(?:得分|自评总分)(?:情况|构成)?[^。；;\n\d]{0,40}\d[^。；;\n]{0,120}?(?:[=＝]|共计|(?<!分值)(?<!权重)合计|总计)\s*(?=\d)"
)
_SUM_FIGURE = re.compile(r"(?P<label>)(\d+(?:\.\d+)?)\s*分(?![值数])")


def _a_listed_part(text: str, position: int) -> bool:
    """Whether the score at ``position`` is one item of a list of two or more funds' or projects' scores."""
    items = list(_LISTED_SCORE.finditer(text)) if _LISTED_SCORE_LABEL.search(text) else []
    return len(items) >= 2 and any(item.start() <= position <= item.end() + 2 for item in items)


_PRODUCT = re.compile(r"[×*＊÷%％]")


def _summed_totals(text: str, year: int | None) -> list[tuple[int, re.Match[str], Decimal]]:
    """The totals a score's parts are added up to (see _SUMMED), of this year's evaluation."""
    found: list[tuple[int, re.Match[str], Decimal]] = []
    for summed in _SUMMED.finditer(text):
        figure = _SUM_FIGURE.match(text, summed.end())
        value = _number(figure.group(2)) if figure is not None else None
        if figure is None or value is None or value > _MAX_SCORE or another_years(text, summed.start(), year):
            continue
        if _PRODUCT.search(summed.group()):
            continue  # "预算执行率得分=执行率93.54%×10分=9.35分": a part's score worked out, no parts summed
        if _SCORE_LABEL_AFTER.match(text, figure.end(2)):
            continue  # "…得分9.3分 / 合计100分，得分95.41分": the points summed, then the score
        if _ONE_OF_SEVERAL.search(text[sentence_start(text, summed.start()) : summed.start()]):
            continue
        found.append((sentence_start(text, figure.start()), figure, value))
    return found


def _section_heading_score(text: str, match: re.Match[str]) -> bool:
    """Whether the score stands in a bracket closing a numbered heading that is not the overall one
    ("一、资金投入情况(自评得分8分)"): that section's score, not the report's."""
    head = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    return (
        HEADING_NUMBER.match(head) is not None
        and _HEADING_BRACKET.search(head) is not None
        and _BRACKET_CLOSES_LINE.match(text, match.end()) is not None
        and _OVERALL_HEADING.search(head) is None
    )


# a list item's name opening the sentence, and "其中" opening the clause: what follows is that item's or part's
_ITEM_OPENING = re.compile(
    r"\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|\d{1,2}\s*[、.．](?!\d))\s*([^：:，,。；;\n]{2,16})[：:]"
)
_A_PART = re.compile(r"其中")
_ITEM_REACH = 30  # characters from an item's name to a grade that is its own
_OVERALL_ITEM = re.compile(_OVERALL_HEADING.pattern + r"|等级|等次")  # "（二）评价等级：良": the report's


def _an_organisation(name: str) -> bool:
    """Whether a name ends as an organisation's does (the report's own unit: "某县文化和旅游局等级为优")."""
    return name.endswith(tuple(vocabulary().organisation_suffixes))


def _ends_its_line(ctx: Context, offset: int) -> bool:
    """Whether a flow span ending at ``offset`` ends its printed line: the flow joins a line without a stop to
    the next one ("自评等级：良好" + "说明：无"), which the span's own last words then stand before."""
    line, column = ctx.flow.locate_end(offset)
    return column >= len(ctx.read_text.get(line, "").rstrip())


def extract_grades(ctx: Context, year: int | None = None, department: bool = False) -> None:
    """Grades stated of the report (not of an exam, a project's quality or another year than ``year``); in a
    department's report (``department``) a grade its clause states of a project it names is that project's."""
    text = ctx.flow.text
    stated = sorted(
        (*_GRADE.finditer(text), *_SCORE_THEN_GRADE.finditer(text), *_SCORE_THEN_BARE_GRADE.finditer(text)),
        key=lambda m: m.start("grade"),
    )
    for match in stated:
        grade = match.group("grade")
        if (
            match.re is _SCORE_THEN_BARE_GRADE
            and not _BARE_GRADE_END.match(text, match.end())
            and not _ends_its_line(ctx, match.end())
        ):
            continue  # "总分95分，优良率…": the word goes on, no grade
        after = text[match.end() : match.end() + 1]
        quoted = match.group("open") is not None and match.group("close") is not None
        if not quoted and not _AFTER_GRADE.match(text, match.end()) and not _ends_its_line(ctx, match.end()):
            continue  # "评价等级为优良率…"; a grade ending its printed line stands ("自评等级：良好" / "说明：…")
        if match.re is _GRADE and _NEXT_GRADE_CELL.match(text, match.end()):
            continue  # "评价等级 | 优 | 良 | 中 | 差", "评价等级：优|良|中|差": the bands' header
        if text.startswith("的", match.end()):
            continue  # "评价结果为“优”的，予以通报表扬": a rule on using results, no grade given
        if not quoted and _GRADES_COUNTED.match(text, match.end()):
            continue  # "8个地区自评等级中，优4个、良4个": 中 is "among", the places' grades are counted
        if text.startswith(_A_BOUND, match.end()):
            continue  # "对运营评估等次为“良好”以上的21个中心给予运营补助": a band of others' grades, no grade given
        if _GRADING_RULE.search(text, sentence_start(text, match.start()), match.start()):
            continue  # "发生垮坝…的，评价结果直接定为“差”": a rule's grade for a case, not the report's
        if match.group("label").startswith("达到") and not _REACHED.match(
            text, sentence_start(text, match.start()), match.start()
        ):
            continue  # "力争达到优秀等级": a level aimed at; "自评得分94.6分,整体工作达到“优秀”等级" reached one
        near = max(clause_start(text, match.start(), 0, "，,。；;\n"), match.start() - _GRADE_CONTEXT)
        sentence = text[sentence_start(text, match.start()) : match.start()]
        if (
            _NOT_THE_REPORTS_GRADE.search(text, near, match.start())
            # "上年度同类项目（X）自评等级为中", "2022年度为86分、等级为良": another year's grade, however far back
            # in its clause
            or _LAST_YEARS.search(text, clause_start(text, match.start(), 0, "，,。；;\n"), match.start())
            or _of_another_year(
                text[clause_start(text, match.start(), 0, "，,。；;\n") : match.start()], year
            )
            or _ANOTHER_EVALUATION.search(sentence)
            or _REPORTED_APART.search(
                text, sentence_start(text, match.start()), sentence_end(text, match.end())
            )
            or _one_of_several(sentence)
            or _ASSESSED.search(sentence)
        ):
            # "年度考核等次为良好", "工程质量评定为优", "经第三方机构评价…等级为良", "X子项目自评得分88分，等级为良",
            # "在省级考核中得分91分，等次为优": another thing's grade
            continue
        opening = _ITEM_OPENING.match(text, sentence_start(text, match.start()), match.start())
        if (
            opening is not None
            and match.start() - opening.end() <= _ITEM_REACH
            and not _OVERALL_ITEM.search(opening.group(1))
        ) or _A_PART.search(
            text,
            max(clause_start(text, match.start(), 0, "，,。；;\n"), match.start() - _ITEM_REACH),
            match.start(),
        ):
            continue  # "（一）预算编制情况：评价为优", "其中服务对象满意度评价为“优”": one item's grade
        scored_at = _graded_score_at(text, sentence_start(text, match.start()), match.start())
        if another_years(text, match.start() if scored_at is None else scored_at, year):
            continue  # "2022年度自评得分85分,评价等级为良" in a report on 2023: the grade of that year's score
        if (
            "结论" in match.group("label")
            and not quoted
            and after
            and not _AFTER_CONCLUSION.match(text, match.end())
        ):
            continue  # "结论是中等偏上", "自评结论:中等职业教育…": words, no grade
        # a sentence that explains the grades states none; a cited notice on grading does not make it one
        # (the clause that states it: "按照“…”的等级划分标准，本项目评定为“优”等级" grades the project)
        stating = without_citations(text[clause_start(text, match.start(), 0, "，,。；;\n") : match.start()])
        if re.search(r"分为\s*\d+\s*个等级|等级划分|划分为", stating):
            continue
        if _COUNTED.match(text, match.end()):
            continue  # "评价等级为“中”有5个": how many projects got a grade, not the report's grade
        if "均" in match.group("label") and _EACH_PROJECT.search(
            text, sentence_start(text, match.start()), match.start()
        ):
            continue  # "各项目自评得分均在90分以上,自评等级均为优": the projects' grades, the report names none
        project = ctx.project_at(match.start())
        if project is None and department:
            # "部门整体自评得分91.5分,等级为优;文物保护专项等级为良,旅游宣传推介等级为中": a grade whose clause
            # opens with another subject than the department is that subject's
            clause = clause_start(text, match.start(), 0, "，,。；;\n")
            subject = text[clause : match.start()].strip()
            named = _OTHER_SUBJECT.fullmatch(subject) is not None or (
                _ANY_SUBJECT.fullmatch(subject) is not None and text.count(subject) > 1
            )
            if named and not _REPORT_SUBJECT.search(subject) and not _an_organisation(subject):
                project = subject  # a project's name, or a name the report gives elsewhere (its table's row)
            else:  # "其中，学生资助项目经自评，得分98分，评价等级为“优秀”": the project its sentence names
                project = project_stated_of(text, match.start("grade"))
        start = match.start("grade")
        field = "project.grade" if project else "grade"
        ctx.add(field, grade, start, match.end("grade"), subject=project)
        score = _SCORE_AFTER_GRADE.match(text, match.end())
        if score is not None and match.group("label")[-1:] != "分":
            value = _number(score.group(1))
            if value is not None and value <= _MAX_SCORE:
                field = "project.score" if project else "score"
                ctx.add(field, value, score.start(1), score.end(), unit="分", subject=project)


def _matches_at(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, where every one starts at one of ``places`` (ascending): the
    places are found once for several patterns, and each is tried there only."""
    end = 0
    for place in places:
        if place >= end and (match := pattern.match(text, place)) is not None:
            end = match.end()
            yield match


def _band_segments(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between stops that hold a "…为优秀" ending. A band statement in words
    (not the "优≥90分" kind) ends that way and never runs across a stop, so its patterns need to look only
    there: over a whole report they cost a millisecond, most of extracting the grade scheme."""
    segments: list[tuple[int, int]] = []
    for ending in _BAND_ENDING.finditer(text):
        if segments and ending.start() < segments[-1][1]:
            continue
        stop = _BAND_STOP.search(text, ending.end())
        segments.append(
            (clause_start(text, ending.start(), 0, _BAND_STOPS), stop.start() if stop else len(text))
        )
    return segments


def extract_grade_scheme(ctx: Context) -> list[GradeBand] | None:
    """The bands a report states ("得分≥85分为优秀；75≤得分<85分为良好…"), lowest bound inclusive."""
    text = ctx.flow.text
    if not _BAND_HINT.search(text):
        return None
    bands: list[tuple[int, GradeBand]] = []
    seen: set[str] = set()
    segments = _band_segments(text)
    places = [found.start() for found in _GRADE_NAMED.finditer(text)]
    for pattern, kind in (
        (_BAND_AT_LEAST, "min"),
        (_BAND_RANGE, "range"),
        (_BAND_UP_TO, "range"),
        (_BAND_ABOVE, "min"),
        (_BAND_BELOW, "zero"),
        (_BAND_NAMED_AT_LEAST, "min"),
        (_BAND_NAMED_BELOW, "zero"),
        (_BAND_NAMED_FROM, "min"),
        (_BAND_NAMED_UNDER, "zero"),
    ):
        named = pattern in (_BAND_NAMED_AT_LEAST, _BAND_NAMED_BELOW, _BAND_NAMED_FROM, _BAND_NAMED_UNDER)
        matches = (
            _matches_at(pattern, text, places)
            if named
            else (match for start, end in segments for match in pattern.finditer(text, start, end))
        )
        for match in matches:
            groups = [g for g in match.groups() if g is not None]
            if named:  # (name, bound) -> (bound, name) as the other patterns give them
                groups.reverse()
            name = groups[-1]
            if name in seen:
                continue
            low = Decimal(0) if kind == "zero" else _number(groups[0])
            if low is None:
                continue
            marked = _ITEM_MARKED_BOUND.fullmatch(groups[0]) if kind != "zero" else None
            if marked is not None and text[max(0, match.start() - 1) : match.start()] in _ITEM_BREAKS:
                low = Decimal(marked.group(1))  # "；2.90分（含）以上为优": the note's item 2, then 90
            seen.add(name)
            ctx.add("grade_scheme", f"{name}≥{low}", match.start(), match.end(), subject=name)
            bands.append((match.start(), GradeBand(name=name, min=low)))
    if len(bands) < 2:
        return None
    ordered = sorted((band for _, band in bands), key=lambda band: band.min, reverse=True)
    return ordered


def extract_satisfaction(ctx: Context) -> None:
    text = ctx.flow.text
    for quantity in ctx.quantities:
        if not quantity.is_percent:
            continue
        label_start = mark_before(text, "，,；;。\n", quantity.start)
        label = text[label_start + 1 : quantity.start]
        after = text[quantity.end : quantity.end + 6]
        if _TARGET_BEFORE.search(label):
            continue  # "满意度,年初目标值≥95%": the target, not the satisfaction reached
        if (_SATISFACTION_BEFORE.search(label) and "指标" not in label[-4:]) or _SATISFACTION_AFTER.match(
            after
        ):
            ctx.add("satisfaction", quantity.value, quantity.start, quantity.end, quantity=quantity)
