"""Clean reports written for the false-alarm hunts (tests/fixtures/clean/: every figure worked out and checked by the
script that wrote it, no slip planted), each holding a shape the auditor once raised an error on: a named item's or
fund's own rate, a level's money with its own figures, a rate that is a factor of a score worked out, scores
computed by a product, an indicator's points and score as key-value pairs, the year's available bond money, a
part's own items listed after it with "；" between them, sub-indicators named like a category (社会效益, 财政投入) or listed
after their category's score, a level's rate after its batches in brackets, a rate whose sentence names its base
amount, a table's rate of the arrived funds its header names ("支出率（占到位）"), a rate worked out on amounts before they
were rounded, a place's own rate, a "三公" table after the funds, the sources listed one by one then grouped by
level, a category's points then "、得" its score, a per-unit column in a detail table, a category word inside a
document's title, spending broken down "按经济性质分", a share named after the total's own words, the parts' scores in
the sentence after the total's, a framework's parts with the form's execution-rate row, the parts' budgets listed
after the money spent, a project's rate after why it fell short, a table of projects with its 合计 row, a procurement
rate after its points, projects' rates in a fund's report, the lowest place's rate, items then a larger figure
after 其中, a list item's fund rate, categories' lines with their totals, category headings with their points and
parts, a share among the parts of the spending, the projects' rate in a department's report, a framework's parts
then the rate's and the satisfaction's points. None may give an error-severity finding, nor spending broken down by
source, then by nature, nor a fund's rate after its batches, nor a table of projects headed by their names, nor a
source's rate after its spending, nor a project's rate after what it has left unpaid, nor a part of the purchases
after the savings, nor the parts' scores then the total in one sentence, nor a "三公" sentence in 元, money recovered
or a subsidy per screening in 元, a level's slow rate, sub-parts with their own points, a table drawn with box
characters, a part of the spending after what was left, a table's rows under 其中 then their total's sibling, a named
fund's rate said to be only so much, shares listed 分别, a cost per m², a budget cut mid-year, subordinate units'
items wrapped over lines, numbered parts then the 三公 slice, a rate over all the money received, a source described
again on its own line, a project's 年度支出进度, the weights listed before the total and an indicator's parts summed
after it, a named fund's rate restated among the problems, numbered projects' forms each with its total, a subsidy
per case in 元, a town's whole rate, the lowest, the lowest county's rate, a level's listing then another level's
money after a "；", money a finding involves and a part's score worked out (计9.30分), a note on deviations under the
indicator table, the parts' scores after the total and its grade, a department's form one cell a line with its parts' rates, purchases in 元 then a part of them after the savings, money left in 元 after a sentence in 元, a table of sub-projects with area columns after the rate, a table rating the funds available beside this year's, a price per unit before the spending, a rate whose sentence the page's width cut, the spending's parts in brackets after a second 基本支出, money added after a "；" then the new total, a table row named after another rate, a funds block with five sub-rows, numbered projects with their budget then their spending, numbered items with their spending before or after their budget, two forms printed one cell a line each with its grade, places' rates all alike, an autonomous region's subsidy's rate, a form in 元 noted under its title, one part after 其中 of the whole before a listing, each one's amounts listed 分别 after 均, the execution rate's weight in percent, a framework with a part of its own among the weights, the highest and lowest places' rates, a project's budget with its year in the label, a framework's row named after the purchases' rate, the carried-over money's own rate, a rate compared with the whole's, money set aside besides a listing, a place's spending then its directions' rates ranked, a funds block with each level's batches under it, groups of places' rates after the place's spending, a share of the year's own income with the carry-over listed, the sources' rates after the whole's, a fund's slow rate among the problems and standards listed in 元 before 标准, a table of batches with their 合计 column, items named on a numbered line with their figures one a line under it, the execution rate worked out then its score, places' grades counted after 等级中, levels' money adding up by chance to the level before them, a form run on
into the report's next section, a carry-over row under a blank 年初 cell, a row's own deduction noted beside it, the
allocations over the years before the year's money, the year's available money with its sources, the budget's stages
listed after 其中 below the spending, a carry-over within the initial budget then money added after a "；", a rate over
the allocation and the carry-over spent with it, a budget joined with the carry-over and parts scored after the total,
a government fund's spending with its own rate, the parts' scores with a sub-score in brackets, a department's form
with a row of the parts' scores, a carry-over row under a blank 年初 cell with the rows run together, the parts' points
then the rate in the next sentence, a table of the grade bands before the grade, a per-head income in 元 whose label
the page's width broke, the scale and its parts' points before the score, a table of projects with its total above
the form, a payout rate on the amount due, a named fund's slow rate listed after a colon, the execution points on the
central funds' rate, a rate its words put on the budget beside one on the arrived funds, two funds whose figures look transposed,
batches of bond projects after the department's project spending, a rate of money passed on beside the spending's rate, a
township's report with a project's form spaced out, indicator records with their points and scores after semicolons, a
breakdown by kind with each part's rate, a funds table in 元 with its header cut over two tab-separated lines, money passed
on in full then spent in part in traditional script."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.model.loading import load_scheme
from jixiao.review import review

CLEAN = sorted((Path(__file__).parent / "fixtures" / "clean").glob("*.txt"))


@pytest.mark.parametrize("path", CLEAN, ids=[path.stem for path in CLEAN])
def test_a_clean_report_gives_no_error(path: Path) -> None:
    errors = [
        f"{f.line} {f.code} {f.message}"
        for f in review(path, load_scheme("national-2020")).findings
        if f.severity == "error"
    ]
    assert errors == []


def test_the_clean_reports_are_there() -> None:
    assert len(CLEAN) == 151
