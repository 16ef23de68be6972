"""Budget figures in the phrasings real transfer-payment and project reports use (written here by hand, not
copied): allocations (下达), a total stated with its batches, the year's project funds, an initial budget
named around the fund."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.extract.extract import extract_document
from jixiao.extract.normalise import normalise_lines
from jixiao.ingest.document import Document, Line
from jixiao.ingest.read import read_document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document


def budget_of(text: str):  # type: ignore[no-untyped-def]
    return extract_document(Document.from_text("page.txt", "txt", text)).budget


def year_figures(text: str) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """The initial budget, the adjusted budget and the spending read from ``text``."""
    budget = budget_of(text)
    return budget.initial, budget.adjusted, budget.executed


def test_an_allocation_is_the_budget() -> None:
    assert budget_of("2021年我市某某保护资金下达42万元,资金到位率100%。").adjusted == Decimal(42)


def test_a_total_stated_with_its_batches_is_the_budget() -> None:
    text = "省厅下达我市甲馆保护补助40万元,下达我市乙传承人补助2万元。\n2021年我市某资金下达42万元,资金到位率100%。\n"
    assert budget_of(text).adjusted == Decimal(42)
    # batches that add up to neither figure: no budget is taken
    text = "省厅下达我市甲馆保护补助40万元,下达我市乙传承人补助3万元。\n2021年我市某资金下达42万元。\n"
    assert budget_of(text).adjusted is None


def test_project_funds_and_arranged_funds_are_the_budget_unless_spent() -> None:
    assert budget_of("2024年项目资金为14.97万元,实际已支付14.97万元。").adjusted == Decimal("14.97")
    assert budget_of("2024年度安排财政衔接资金2110万元。").adjusted == Decimal(2110)
    spent = budget_of("实际支出项目资金200.00万元,资金执行率100.00%。")
    assert (spent.adjusted, spent.executed) == (None, Decimal("200.00"))


def test_an_initial_budget_named_around_the_fund() -> None:
    budget = budget_of("2022年初农村危房改造资金预算安排300.7万元,用于农村低收入群体房屋安全。")
    assert (budget.initial, budget.adjusted) == (Decimal("300.7"), None)


def test_a_year_led_statement_glued_to_a_listing_is_no_part_of_it() -> None:
    """A page that lost the "。" between a "其中" listing and the next statement: the spending that follows
    belongs to no fund source of the listing."""
    text = (
        "2022年到位资金共500万元,其中:省级资金300万元,县级资金200万元2022年支出480万元,其中省级资金290万元。"
    )
    assert budget_of(text).executed == Decimal(480)
    # with the "。" the same figures read the same
    assert budget_of(text.replace("万元2022年", "万元。2022年")).executed == Decimal(480)
    # a listing that goes on names the parts, and the part stays a part
    listing = "2022年到位资金共500万元,其中:省级资金300万元,县级资金支出200万元。"
    assert budget_of(listing).executed is None


def test_a_figure_printed_without_its_unit_takes_its_partners_when_the_rate_confirms_it() -> None:
    # 4800.5 / 5000 = 96.01%: the bare spending is in the budget's 万元
    text = "2022年全年预算数5000万元,全县执行数4800.5(含中央资金3000万元),预算执行率96.01%。"
    assert budget_of(text).executed == Decimal("4800.5")
    # in 元, as the budget is: 480000 / 500000 = 96%
    assert budget_of("全年预算数500000元,执行数480000,执行率96%。").executed == Decimal(48)
    # a rate that disagrees (4800.5 / 5000 is not 95%), or none stated: the bare number is no amount
    assert budget_of(text.replace("96.01%", "95%")).executed is None
    assert budget_of("2022年全年预算数5000万元,全县执行数4800.5(含中央资金3000万元)。").executed is None


def test_a_whole_made_of_the_initial_budget_and_an_addition_is_the_adjusted_budget() -> None:
    text = "2023年收入预算120.5万元,其中年初预算100万元,调整追加20.5万元。2023年支出118万元。"
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal(100),
        Decimal("120.5"),
        Decimal(118),
    )
    # parts that do not add up to the whole (100 + 20 is not 120.5) say nothing of it
    assert budget_of(text.replace("20.5万元。", "20万元。")).adjusted is None


def test_a_fund_listed_with_parts_that_add_up_is_the_budget() -> None:
    # no label names 8000 a budget; its parts after "其中" (past a "；") add up to it exactly
    text = "项目支出绩效自评报告\n\n我县获得某某专项资金8000万元其中第一批资金5000万元，支持甲项目；第二批资金3000万元。\n"
    assert budget_of(text).adjusted == Decimal(8000)
    # parts that do not add up: nothing is taken
    text = (
        "项目支出绩效自评报告\n\n我县获得某某专项资金8000万元其中第一批资金5000万元；第二批资金2000万元。\n"
    )
    assert budget_of(text).adjusted is None
    # a numbered item listing its shares is one item of the report, not its fund
    text = "项目支出绩效自评报告\n\n3.分配某某运行经费30.5万元,其中甲区10.2万元,乙区20.3万元。\n"
    assert budget_of(text).adjusted is None


def test_among_stated_budgets_the_one_the_others_are_parts_of() -> None:
    text = (
        "项目支出绩效自评报告\n\n甲乡安排资金64万元。\n"
        "2024年度安排财政衔接资金2110万元,其中中央资金1400万元、省级资金634万元、县级资金76万元。\n"
    )
    assert budget_of(text).adjusted == Decimal(2110)
    # a whole smaller than another stated budget is one fund of several: none is the report's
    text = (
        "项目支出绩效自评报告\n\n下达我县中央某某资金3000万元。\n"
        "下达我县衔接资金800万元。其中:甲工程500万元,乙工程300万元。\n"
    )
    assert budget_of(text).adjusted is None


def test_spending_the_budget_arranged_is_spending() -> None:
    budget = budget_of("我校财政安排支出共计87.06万元。")
    assert (budget.adjusted, budget.executed) == (None, Decimal("87.06"))


def test_spending_and_budgets_in_further_words_reports_use() -> None:
    assert budget_of("2020年度我中心共计支出3307.77万元,其中基本支出1680.11万元。").executed == Decimal(
        "3307.77"
    )
    assert budget_of("我厅涉及一般公共预算支出282,796.90万元。").executed == Decimal("282796.90")
    budget = budget_of("2024年部门年初预算1022.89万元,年中调整预算为1781.86万元。")
    assert (budget.initial, budget.adjusted) == (Decimal("1022.89"), Decimal("1781.86"))
    rate = budget_of("资金预算253.7万元,支出253.66万元,年度资金使用完成比率99.98%。").execution_rate
    assert rate == Decimal("99.98")
    # "预算执行" labelling the amount spent
    budget = budget_of("2017年预算金额160.56万元,经费来源为财政补助收入,预算执行98万元,执行率61%。")
    assert (budget.adjusted, budget.executed) == (Decimal("160.56"), Decimal(98))
    # a rate stated as the share of the budget completed
    rate = budget_of("全年预算数为200万元,执行数为179.43万元,完成预算的89.7%。").execution_rate
    assert rate == Decimal("89.7")
    # or the budget said to be completed to a share, in a conclusion with no figures beside it
    rate = budget_of(
        "某某资金项目决策程序严密,使用合规,执行有效,预算完成100%,保障了全县农村公路的养护。"
    ).execution_rate
    assert rate == Decimal(100)


def test_an_items_figures_in_brackets_are_not_the_headline() -> None:
    text = (
        "2024年度财政下达我委项目资金预算总额为1471.75万元,截至目前预算执行率95.24%。其中,17个项目全额支付;"
        "3个项目部分支付,包括某某规划专项经费(预算170万元,因招标延迟未支付)、2024年价格监测经费(预算10.43万元,"
        "支付8.30万元,执行率79.6%)。"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1471.75"),
        None,
        Decimal("95.24"),
    )
    # a rate column's header states no rate: "预算执行率(B/A×100%)"
    form = (
        "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) |\n年度资金总额: | 2000 | 1157.97 | 57.89% |\n"
    )
    assert budget_of(form).execution_rate == Decimal("57.89")


def test_the_years_total_after_a_carry_over_is_the_budget() -> None:
    budget = budget_of("年初预算项目安排0万元,上年结转项目资金17.79万元,全年预算17.79万元。")
    assert (budget.initial, budget.adjusted) == (Decimal(0), Decimal("17.79"))


def test_one_item_of_a_numbered_list_of_projects_is_not_the_headline() -> None:
    text = (
        "(一)项目资金安排落实情况:1、档案管理项目资金:2016年县财政安排30万元在当年都按时到位;"
        "2、县档案馆建设项目资金:2016年县财政拨款427.36万元,于2016年当年全部到位。"
    )
    assert budget_of(text).adjusted is None
    # one item alone is the fund's own
    assert budget_of(
        "(一)项目资金安排落实情况:1、档案管理项目资金:2016年县财政安排30万元。"
    ).adjusted == Decimal(30)


def test_items_one_a_line_each_stating_its_own_money_are_not_the_headline() -> None:
    # hand-written: "1、X:" items, each line one kind of work with the money granted for it under the same word
    text = (
        "某县农村危房改造补助资金2021年度绩效自评报告\n一、绩效目标分解下达情况\n"
        "(一)中央和省级下达预算和绩效目标情况\n"
        "1、C级危房加固:鉴定危房400户,其中加固改造100户,户均补助1.5万元,补助资金150万元,中央财政补助60%为90万元。\n"
        "2、D级危房重建:全县重建20户,户均补助3.5万元,补助资金70万元,中央财政补助60%为42万元,省级财政补助40%为28万元。\n"
        "3、农房安全鉴定:全县鉴定农户住房500户,总经费10万元。\n"
    )
    assert budget_of(text).adjusted is None
    # an item's own rate among such items is that item's, not the report's
    rates = (
        "某县农房改造补助资金2021年度绩效自评报告\n二、资金使用情况\n"
        "1、C级危房加固:补助资金150万元,已支出140万元。\n"
        "2、D级危房重建:补助资金70万元,已全部支出,支出率100%。\n"
    )
    assert budget_of(rates).execution_rate is None
    # an item whose neighbour states no money of its own keeps its figure: the page's money, told under a heading
    alone = (
        "某县农房改造补助资金2021年度绩效自评报告\n一、基本情况\n"
        "1、资金安排:下达补助资金150万元。\n2、项目实施:全县加固改造100户。\n"
    )
    assert budget_of(alone).adjusted == Decimal(150)


def test_a_source_with_its_own_amount_does_not_own_the_figures_after_it() -> None:
    budget = budget_of("2021年财政拨款150.49万元,预算支出150.49万元,全年支出150.49万元,执行率100%。")
    assert (budget.adjusted, budget.executed) == (Decimal("150.49"), Decimal("150.49"))
    # a source's row written out keeps its figures ("其中：本年财政拨款全年预算3.14万元、执行数3.14万元")
    row = "全年预算5万元,执行数5万元。其中:本年财政拨款全年预算3.14万元、执行数3.14万元;上年结转资金全年预算1.86万元、执行数1.86万元。"
    assert (budget_of(row).adjusted, budget_of(row).executed) == (Decimal(5), Decimal(5))


def test_the_three_public_costs_total_is_no_spending() -> None:
    budget = budget_of("2021年我局部门预算三公经费总支出28.7万元。其中,因公出国(境)费0万元,公务接待8.7万元。")
    assert budget.executed is None
    assert (
        budget_of("2022年“三公经费”财政拨款支出决算为0.76万元。其中:公务接待费支出0.76万元。").executed
        is None
    )


def test_one_running_costs_item_is_no_spending_of_a_department() -> None:
    # hand-written: in a department's report, what one item of its running costs cost is one slice of its spending
    text = (
        "某县就业服务中心2022年度整体支出绩效自评报告\n一、部门整体支出绩效目标完成情况\n"
        "(3)“三公”经费控制情况。本单位无公务用车,公务接待费全年支出3,860.00元,比上年减少1,240.00元。\n"
    )
    assert budget_of(text).executed is None


def test_a_rates_base_in_wan_is_no_money() -> None:
    # "650/10万": deaths per 100,000 people, after a label that would make bare 万 money ("下达…")
    budget = budget_of(
        "专项经费实际使用2.0万元。1、数量指标:2024年上级下达死因监测粗死亡率大于650/10万,实际完成850.1/10万。"
    )
    assert (budget.adjusted, budget.executed) == (None, Decimal("2.0"))


def test_a_transfer_is_no_payment() -> None:
    budget = budget_of("下达2022年中央财政某某发展转移支付资金921.25万元。")
    assert (budget.adjusted, budget.executed) == (Decimal("921.25"), None)


def test_a_rate_not_reached_is_no_stated_rate() -> None:
    assert budget_of("自评得分102.8分。存在主要问题:预算执行率未达到100%。").execution_rate is None
    assert budget_of("全年预算数100万元,实际支出95万元,预算执行率95%。").execution_rate == Decimal(95)


def test_wan_without_yuan_after_a_budget_label_is_money() -> None:
    budget = budget_of("投入中央某某资金29.6万,执行数29.6万,执行率100%。")
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("29.6"),
        Decimal("29.6"),
        Decimal(100),
    )
    assert budget_of("某村示范项目预算资金13.971129万并且全部到位。").adjusted == Decimal("13.971129")
    # a count in 万 after its own words is no money
    assert budget_of("项目覆盖受益人口3.2万,全年预算50万元。").adjusted == Decimal(50)


def test_initial_budget_of_spending_and_another_years_figures() -> None:
    budget = budget_of(
        "单位年初预算支出785.59万元，决算支出960.28万元。上年决算支出935.11万元，本年决算支出比上年增加2.69%。"
    )
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("785.59"), None, Decimal("960.28"))
    # 上年结转 brought into this year is this year's money, and stays a source of it
    assert budget_of("全年预算数100万元，其中上年结转资金20万元，执行数90万元。").adjusted == Decimal(100)


def test_paragraphs_about_one_fund_each_are_not_the_reports_figures() -> None:
    # a unit's account of its projects: each paragraph opens by naming one fund and gives its own figures
    report = extract_document(
        Document.from_text(
            "page.txt",
            "txt",
            "某省某会2019年度项目支出绩效自评情况\n"
            "(一)某某事业发展工作经费绩效自评综述:项目全年预算数1290.00万元,执行数为1206.01万元,资金执行率为93.49%。\n"
            "(二)某某救助经费绩效自评综述:项目年预算批复金额为900万元,实际执行资金总额977万元,资金执行率为100%。\n",
        )
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        None,
        None,
        None,
    )
    figures = {(f.field, f.subject, f.value) for f in report.facts if f.field.startswith("project.")}
    assert ("project.adjusted", "某某事业发展工作经费", Decimal("1290.00")) in figures
    assert ("project.executed", "某某救助经费", Decimal(977)) in figures


def test_a_funds_size_is_a_budget_figure() -> None:
    assert budget_of("中央核定我省某某基金规模为36121.00万元(不含直补)。").adjusted == Decimal("36121.00")
    # the size and the part received differ: neither is taken for the whole
    budget = budget_of("我省某某基金规模为36121.00万元。2022年,收到中央补助资金15150.00万元,执行率为100%。")
    assert budget.adjusted is None


def test_a_page_told_fund_by_fund_states_no_headline_budget() -> None:
    # hand-written: each first-level heading names a fund; its figures are that fund's, not the page's
    text = (
        "甲省某某领域2023年度中央转移支付资金绩效自评报告\n"
        "一、中央某某救灾资金(第一批补助)\n"
        "(一)绩效目标分解下达情况\n下达第一批补助1400万元,专项用于补充物资。\n"
        "(二)资金执行情况\n实际执行1261.31万元,项目执行率为90.1%。\n"
        "二、中央某某防治资金\n下达防治资金500万元。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.budget.adjusted is None and report.budget.executed is None
    assert report.budget.execution_rate is None
    # the same figures under a heading that names no fund are the page's
    plain = text.replace("一、中央某某救灾资金(第一批补助)", "一、绩效目标完成情况").split("二、")[0]
    report = extract_document(Document.from_text("page.txt", "txt", plain))
    assert report.budget.execution_rate == Decimal("90.1")


def test_a_budget_smaller_than_one_of_its_listed_parts_is_not_taken() -> None:
    # hand-written: a masked or misprinted whole; its part 2.42 exceeds it
    text = "项目支出绩效自评报告\n\n下达给我单位资金1.53万元,其中:造林补助2.42万元,森林抚育补助0.5万元。\n"
    assert budget_of(text).adjusted is None
    text = "项目支出绩效自评报告\n\n下达给我单位资金5.42万元,其中:造林补助2.42万元,森林抚育补助3万元。\n"
    assert budget_of(text).adjusted == Decimal("5.42")


def test_funds_arranged_in_all() -> None:
    text = "项目支出绩效自评报告\n\n我局申报安排省级某某资金共10585万元,其中:造林2014万元,防控609万元。\n"
    assert budget_of(text).adjusted == Decimal(10585)


def test_of_differing_budgets_the_one_naming_the_reports_project() -> None:
    # hand-written: the project's own budget, then one of its tasks' budgets
    text = (
        "某省2019年度甲乙管理制度项目绩效自评报告\n"
        "安排甲乙管理制度项目预算资金509774.50万元。\n"
        "一是高水平建设任务,安排项目预算资金420000.00万元。\n"
    )
    assert budget_of(text).adjusted == Decimal("509774.50")
    # no figure names the project: the differing statements give none
    assert budget_of(text.replace("安排甲乙管理制度项目", "安排")).adjusted is None


def test_budget_funds_actually_paid_are_spending() -> None:
    text = "项目支出绩效自评报告\n\n2022年度收到项目预算资金64.246万元,实际支付项目预算资金63.751万元。\n"
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal("64.246"), Decimal("63.751"))


def test_spending_labelled_by_a_bare_zhichu_after_the_budget() -> None:
    text = "项目支出绩效自评报告\n\n该项目2020年度资金预算253.7万元,支出253.66万元,年度资金使用完成比率99.98%。\n"
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal("253.7"), Decimal("253.66"))


def test_budget_spending_after_the_budget_in_one_sentence_is_spending() -> None:
    text = "项目支出绩效自评报告\n\n2023年某县补助资金全年预算安排 80万元,预算支出72万元,预算执行率为90%。\n"
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(80),
        Decimal(72),
        Decimal(90),
    )
    # alone, or after its own qualifier, 预算支出 names a budget
    assert budget_of("项目支出绩效自评报告\n\n某补助资金预算支出72万元。\n").adjusted == Decimal(72)
    text = "项目支出绩效自评报告\n\n年初预算80万元,调整后预算支出96万元,实际支出90万元。\n"
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal(96), Decimal(90))


def test_an_unlabelled_amount_the_stated_rate_is_computed_on_is_the_budget() -> None:
    text = "项目支出绩效自评报告\n\n市级某某专项,补助12万元,2019年实际使用资金9万元,执行率为75%,得分7.5分。\n"
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (Decimal(12), Decimal(9), Decimal(75))
    # a rate that no figure before the spending gives: no budget
    assert budget_of(text.replace("执行率为75%", "执行率为80%")).adjusted is None


def test_of_differing_rates_the_one_spending_over_the_only_budget_gives() -> None:
    text = (
        "项目支出绩效自评报告\n\n年初预算400万元,其中专项资金100万元,财政拨款资金300万元。专项资金支出60万元,"
        "预算执行率60%,财政资金支出180万元,预算执行率60%,总支出240万元,执行率60%。甲资金40万元。预算执行率100%。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(400),
        Decimal(400),
        Decimal(240),
        Decimal(60),
    )


def test_project_funds_named_经费_and_written_in_人民币_are_the_budget() -> None:
    assert budget_of("2022年城区绿地养护项目经费为人民币324.11万元,按季划款。").adjusted == Decimal("324.11")
    assert budget_of("批复预算项目9个,项目经费共计403.56万元。").adjusted == Decimal("403.56")
    assert budget_of("2022年使用项目经费300万元。").adjusted is None  # spent, not budgeted


def test_a_budget_arranged_in_all_and_a_sum_owed_that_is_no_spending() -> None:
    text = "项目支出绩效自评报告\n\n预算共安排546.23万元;2024年应支付贴息资金444.86万元,实际支付355.16万元,执行率65%。\n"
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("546.23"),
        Decimal("355.16"),
        Decimal(65),
    )


def test_of_differing_spending_statements_the_pair_that_agrees_with_the_budget() -> None:
    text = (
        "项目支出绩效自评报告\n\n"
        "我市收到某某补助资金合计7505万元,已支出2171.13万元,资金支付率28.93%。其中:\n"
        "(一)收到甲类建设补助资金2666万元,已支出39万元,资金支付率1.46%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(7505),
        Decimal("2171.13"),
        Decimal("28.93"),
    )


def test_an_initial_budget_the_stated_rate_is_computed_on_is_the_years_budget() -> None:
    text = (
        "项目支出绩效自评报告\n\n年初预算1086.95万元,资金到位率100%。\n"
        "截止2023年12月31日,项目实际使用资金1076.47万元,资金使用率99%。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted) == (Decimal("1086.95"), Decimal("1086.95"))
    # a rate that is not spending over the initial budget says nothing of the year's budget
    assert budget_of(text.replace("资金使用率99%", "资金使用率90%")).adjusted is None


def test_money_a_higher_level_pays_down_is_the_funds_budget() -> None:
    text = "项目支出绩效自评报告\n\n2020年,中央拨付11600万元某某特别国债资金用于甲中学校舍建设。\n"
    assert budget_of(text).adjusted == Decimal(11600)
    # 下拨 as well, the fund's carry-over and its spending beside it (hand-written: 0 carried over, all spent)
    text = (
        "2020年度某某培训资金项目支出绩效评价报告\n3.资金投入和使用情况\n"
        "截止202012月31日,本年度中央财政下拨850.5万元,上年结转资金0万元,实际支出850.5万元。\n"
    )
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal("850.5"), Decimal("850.5"))


def test_the_years_budget_for_the_fund_it_names_and_the_subsidy_paid_out() -> None:
    # hand-written, spaced as a sharing site's preview sets it: the year's budget for the named fund and the
    # subsidy paid out of it, the payee's name nine characters long
    text = (
        "某某一次性经济补助自评报告\n一、项目基本情况(一)项目概况为保证退役士兵妥善安置, 2016 年财政预算退役士兵"
        "自主就业一次性经济补助资金184 万元; 2016 年共发放退役士兵一次性经济补助176.5 万元。\n"
    )
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal(184), Decimal("176.5"))
    # the year's budget executed is spending, not the budget
    executed = text.replace("财政预算退役士兵", "财政预算执行退役士兵")
    assert budget_of(executed).adjusted != Decimal(184)


def test_a_total_of_the_sources_listed_before_it_is_the_budget() -> None:
    # the province's allocation (with one project's share in brackets) and the city's own budget, then
    # their sum (hand-written: 80 + 15 = 95)
    text = (
        "某某市2018年某某工程项目绩效自评报告\n一、基本情况\n"
        "省财政厅下达我市某某工程资金80万元(其中甲县项目补助资金30万元),市本级预算安排专项经费15万元,"
        "两项合计95万元,实际拨付65万元。\n"
    )
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal(95), Decimal(65))
    title = "某某市2018年某某工程项目绩效自评报告\n"
    # the sources' total after a subtotal of two of them (30 + 20 = 50; 100 + 30 + 20 = 150)
    sources = "中央资金100万元,省级资金30万元,县级资金20万元,省县两级合计50万元,总计150万元。\n"
    assert budget_of(title + sources).adjusted == Decimal(150)
    # a total of only the last two sources (30 + 20), or of fewer sources than "三项" says, is no budget
    assert (
        budget_of(title + "中央资金100万元,省级资金30万元,县级资金20万元,两项合计50万元。\n").adjusted is None
    )
    assert budget_of(title + "中央资金100万元,省级资金50万元,三项合计150万元。\n").adjusted is None
    # a total of spending items is no budget, and does not displace the budget stated before it
    spent = "年初预算120万元,全年支出95万元。\n实际支出人员经费80万元,公用经费15万元,合计95万元。\n"
    assert (budget_of(title + spent).initial, budget_of(title + spent).adjusted) == (Decimal(120), None)


def test_works_paid_for_are_spent() -> None:
    text = "区财政通过特别国债安排资金700万元。\n该项目已拨付工程款650万元,剩余工程款待申请。\n"
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal(700), Decimal(650))
    # the finance bureau handing the works' money down is no spending
    assert budget_of("2020年县财政拨付工程款700万元,已支付施工单位500万元。\n").executed == Decimal(500)


def test_money_arranged_in_the_initial_budget_is_the_initial_budget() -> None:
    assert budget_of("(一)年初财政预算安排资金45万元,并已拨付到位。\n").initial == Decimal(45)


def test_a_count_opening_the_noun_before_an_amount_is_part_of_its_label() -> None:
    # hand-written: "10家担保机构" names whom the allocated money is for; 下达 labels the amount
    text = "项目支出绩效自评报告\n省厅下达我市10家担保机构小微企业融资担保降费奖补1639.69万元。\n"
    assert budget_of(text).adjusted == Decimal("1639.69")
    # a count closed by a comma still ends the label: "补助" alone names no budget
    assert budget_of("项目支出绩效自评报告\n省厅下达我市10家,补助1639.69万元。\n").adjusted is None


def test_a_payment_named_by_the_cost_it_met_is_an_item_of_the_spending() -> None:
    # hand-written: fees paid, item by item, and no total
    items = "项目支出绩效自评报告\n支付第三方咨询公司审核服务费454.37万元,审核人员绩效工资109.85万元。\n"
    assert budget_of(items).executed is None
    assert budget_of("项目支出绩效自评报告\n今年就该项目支付了68万元的线路租费。\n").executed is None
    # the spending's own 费用, a payment said to be the actual or whole one, and a fee only named later in the
    # sentence leave the figure the spending
    for whole in (
        "全年实际支出费用76万元。",
        "实际支付运维费76万元。",
        "实际支出76万元的资金主要用于劳务费。",
    ):
        assert budget_of("项目支出绩效自评报告\n" + whole + "\n").executed == Decimal(76), whole
    # a fund's 经费 and the project's money paid are the spending
    assert budget_of("项目支出绩效自评报告\n全年实际支付项目经费68万元。\n").executed == Decimal(68)
    assert budget_of("项目支出绩效自评报告\n全年实际支付68万元的项目资金。\n").executed == Decimal(68)


def test_the_total_of_what_was_paid_is_spending_not_a_budget() -> None:
    # hand-written: "资金合计" after 累计支付 totals payments, never the budget; a running total names no fund
    text = "项目支出绩效自评报告\n项目结算审核造价为81.99万元,项目累计支付资金合计79.53万元。\n"
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (None, Decimal("79.53"))
    assert extract_document(Document.from_text("p.txt", "txt", text)).project is None
    # a fund's total is still its budget
    assert budget_of("项目支出绩效自评报告\n下达某某资金合计80万元。\n").adjusted == Decimal(80)


def test_the_actual_budget_the_years_execution_and_a_budget_actually_arranged() -> None:
    # hand-written
    budget = budget_of(
        "项目支出绩效自评报告\n年初预算300万元,实际预算300万元,全年执行280万元,执行率93.33%。\n"
    )
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(300), Decimal(300), Decimal(280))
    assert budget_of(
        "项目支出绩效自评报告\n资金来源为财政投入,2019年预算实际安排151.12万元。\n"
    ).adjusted == Decimal("151.12")
    # what was actually spent of the budget is spending, not the budget
    assert budget_of("项目支出绩效自评报告\n实际预算支出280万元。\n").executed == Decimal(280)


def test_an_amount_in_the_titles_project_name_is_no_budget() -> None:
    # hand-written: the title names its project with an amount; the body states the budget
    text = "南县渔政执法经费4.8万元项目绩效评价报告\n一、项目概况\n年初预算5万元，调整后预算6万元，实际支出5.5万元。\n"
    report = extract_document(Document.from_text("p.txt", "txt", text))
    assert (report.project, report.budget.adjusted) == ("渔政执法经费", Decimal(6))
    # a rate or a total investment inside the name stays the name's
    rate = "2021年度某县经济困难老年人每人每月100元高龄津贴发放项目绩效自评报告\n年初预算120万元，实际支出118万元。\n"
    report = extract_document(Document.from_text("p.txt", "txt", rate))
    assert (report.project, report.budget.adjusted) == ("经济困难老年人每人每月100元高龄津贴发放项目", None)
    # a payment totalled so far of one fee is an item; the project's actual spending is the spending
    fees = "项目支出绩效自评报告\n年初预算120万元，截至年底累计支付监理费12万元，项目实际支出110万元。\n"
    assert budget_of(fees).executed == Decimal(110)


def test_the_budget_stated_between_the_years_initial_budget_and_its_spending() -> None:
    # hand-written: a project's amount stated below is labelled as a budget too, and differs
    text = (
        "一、部门整体支出情况\n2024年部门年初预算1022.89万元,年中调整预算为1781.86万元,全年执行数1767.21万元。\n"
        "另外,项目预算资金346.87万元未列入年初预算。\n"
    )
    assert year_figures(text) == (Decimal("1022.89"), Decimal("1781.86"), Decimal("1767.21"))
    # far from the spending, a budget between them is not taken for the year's
    far = "一、情况\n年初预算100万元,调整预算120万元。\n甲。\n乙。\n丙。\n全年执行数110万元。\n项目预算资金30万元。\n"
    assert budget_of(far).adjusted is None


def test_a_project_reports_spending_stated_as_the_years_project_spending() -> None:
    # hand-written: a project's report; "2021年项目支出" is its spending
    text = "某某经费项目支出绩效自评报告\n一、项目概况\n上年结转项目资金17.79万元,全年预算17.79万元。2021年项目支出17.79万元。\n"
    assert budget_of(text).executed == Decimal("17.79")
    # in a department's report it is one category of the department's spending
    whole = "某局部门整体支出绩效自评报告\n一、部门概况\n全年预算100万元。2021年项目支出17.79万元,基本支出80万元。\n"
    assert budget_of(whole).executed is None


def test_a_subsidy_paid_out_in_total_is_the_spending() -> None:
    budget = budget_of("共下达补助资金150万元。全年共发放住房租赁补助金总金额23.139万元,已完成指标任务户数。")
    assert (budget.adjusted, budget.executed) == (Decimal(150), Decimal("23.139"))


def test_a_departments_figures_under_a_heading_naming_one_part_are_that_parts() -> None:
    head = "2016年度某市殡葬管理处部门整体支出绩效自评报告\n二、部门整体支出情况\n"
    # "(二)项目支出 … 实际支出51.77万元": the project part's spending, not the department's
    part = (
        head
        + "(一)基本支出\n基本支出为110.45万元。\n(二)项目支出\n执法工作经费全部用于业务开支,实际支出51.77万元。\n"
    )
    assert budget_of(part).executed is None
    # a section that names the other part too speaks of the whole
    whole = head + "(一)基本支出情况\n2016年支出76.36万元,其中基本支出76.36万元,项目支出0万元。\n"
    assert budget_of(whole).executed == Decimal("76.36")


def test_a_budget_before_a_change_made_to_it_is_the_initial_one() -> None:
    budget = budget_of(
        "本项目申报区财政预算资金147.5万元,年中预算调减0.695万元,实际批复2024年度某项目经费146.805万元。"
    )
    assert (budget.initial, budget.adjusted) == (Decimal("147.5"), Decimal("146.805"))
    # figures the change does not lead from one to the other: nothing is read as the initial budget
    budget = budget_of(
        "本项目申报区财政预算资金147.5万元,年中预算调减0.695万元,实际批复2024年度某项目经费140万元。"
    )
    assert budget.initial is None


def test_a_transfer_forms_rows_written_out_as_prose() -> None:
    # after 年度资金总额, "中央财政资金…" and "地方财政资金…" are the form's source rows, each with its own rate
    text = (
        "某项目2023年度绩效自评报告\n年度资金总额全年预算数5372.5833万元,全年执行数4772.58万元,当前预算执行率88.83%。"
        "其中中央财政资金全年预算数1800万元,全年执行数1200万元,当前预算执行率66.67%;地方财政资金全年预算数2192.58万元,"
        "全年执行数2192.58万元,当前预算执行率100%;其他资金全年预算数1380万元,全年执行数1380万元,当前预算执行率100%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("5372.5833"),
        Decimal("4772.58"),
        Decimal("88.83"),
    )
    # without the form's total before it, "中央财政资金" names the fund itself
    assert budget_of("2023年下达中央财政资金1780万元,用于科普行动。").adjusted == Decimal(1780)
    # a source named inside a bracket closed before the rate: the rate is the whole's
    rate = budget_of(
        "全年预算数1080245.79万元,全区执行数1032849.44(含中央资金689139.31万元,其他资金11185.14万元),"
        "总预算执行率95.61%。"
    ).execution_rate
    assert rate == Decimal("95.61")


def test_a_covers_cells_run_together_label_unit_and_figure() -> None:
    # "计划安排资金(万元)285.58实际到位资金(万元)285.58": each label with its unit, then its one figure
    text = (
        "某市财政支出项目绩效评价报告\n项目起止时间2015年1月1日-2015年12月31日计划安排资金(万元)285.58"
        "实际到位资金(万元)285.58其中:省财政 市县财政\n实际支出(万元)285.58二、项目支出明细情况\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal("285.58"), Decimal("285.58"))
    # a funds row's first column after its label is no such figure: the columns are read with their block
    assert budget_of("某项目绩效自评表\n年度资金总额(万元)100 90 80\n").adjusted is None


def test_a_projects_fund_and_what_it_is_for_is_its_budget() -> None:
    text = "1、某乡林下养蜂重点项目绩效评价报告一、项目概况\n财政扶贫资金36万元,用于采购中蜂蜂种600箱进行养殖。\n"
    assert budget_of(text).adjusted == Decimal(36)
    # two funds for two uses, differing: no budget is taken
    two = text + "县级配套资金12万元,用于培训养殖户。\n"
    assert budget_of(two).adjusted is None


def test_money_already_used_is_the_spending() -> None:
    budget = budget_of("示范项目总预算36,620万元。截至2024年末,示范项目资金已使用36,948.11万元。")
    assert (budget.adjusted, budget.executed) == (Decimal(36620), Decimal("36948.11"))


def test_a_fund_paid_for_a_named_project_gives_the_project_and_its_budget() -> None:
    # no title: "下达X资金280万元,用于2023年Y项目" names the page's project, and the money is its budget
    text = (
        "一、项目基本情况\n2023年下达财政衔接资金280万元,用于2023年某县优质小麦种植补贴项目。该项目由某县农业农村局组织实施。\n"
        "二、项目资金拨付情况\n截止评价点,实际通过一卡通系统实际发放补贴资金269.30万元。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.project, report.budget.adjusted, report.budget.executed) == (
        "某县优质小麦种植补贴项目",
        Decimal(280),
        Decimal("269.30"),
    )


def test_a_total_and_its_composition_and_a_part_items_figures() -> None:
    # "其构成为…": the parts of the total before it; a "三公" item's figures are that slice's, whatever their labels
    text = (
        "某文联部门整体支出绩效评价报告\n2021年全年预算支出决算数为112.22万元,按功能分类其构成为一般公共支出75.76万元,"
        "其他支出36.46万元。3、“三公”经费控制:严格控制开支。上年年初预算安排0万元,实际开支0万元,今年年初预算安排0万元。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.executed) == (None, Decimal("112.22"))


def test_money_said_to_be_used_up_is_spent() -> None:
    head = "某侨联2019年春节慰问经费项目支出绩效自评报告\n"
    budget = budget_of(
        head + "根据春节慰问工作安排,4.4万元慰问经费于2019年1月全部使用完毕,用于慰问困难归侨侨眷。"
    )
    assert budget.executed == Decimal("4.4")
    # a part used up is no whole's spending
    budget = budget_of(head + "下达资金100万元,其中慰问经费4.4万元已全部使用完毕。")
    assert budget.executed is None
    # what the money was for between the amount and its being spent; a fund named after the level granting it
    text = "某县2022年中央补助地方公共文化服务体系建设资金(其他)54.6万元,用于村级文化协管员补助、农家书屋,全部执行完毕。"
    assert budget_of(head + text).executed == Decimal("54.6")
    # a subsidy's payments out: what was paid is the spending
    text = "资助标准为每人每学年1万元。2021年全区符合条件53人次,发放助学金49万元。"
    assert budget_of("某区2021年孤儿助学项目绩效自评报告\n" + text).executed == Decimal(49)
    text = "2020年全年发放救助生活无着人员救助资金12万元,资金到位率100%。"
    assert budget_of("某区2020年生活无着人员救助项目绩效自评报告\n" + text).executed == Decimal(12)
    # one level's own money used up is still a source's, not the project's
    assert budget_of(head + "下达资金100万元。县级资金50万元,用于村道硬化,已全部使用完毕。").executed is None
    # a subsidy paid out in full, its budget the sum of its two sources "合计共" (in 元)
    head = "某镇2020年某某宣传员生活补助资金绩效自评报告\n"
    text = "该项资金包含省级配套补助资金17280元及州级补助资金28800元,合计共46080元。\n补助款严格按照标准发放,共计46080元全部发放完毕。"
    budget = budget_of(head + text)
    assert (budget.adjusted, budget.executed) == (Decimal("4.608"), Decimal("4.608"))


def test_one_funds_money_used_up_and_a_rate_after_a_source_word() -> None:
    # a department's one fund used up is one slice of its spending; a source's money used up is not the project's
    budget = budget_of(
        "某局2022年度部门整体支出绩效自评报告\n全年预算数500万元,预算执行率100%。\n春节慰问经费4.4万元于2022年1月全部使用完毕。\n"
    )
    assert budget.executed is None
    budget = budget_of("某项目2022年度项目支出绩效自评报告\n县级配套资金50万元已于2022年12月全部使用完毕。\n")
    assert budget.executed is None
    # "全部为财政拨款" names where the whole came from: the rate after it is the whole's
    budget = budget_of("2022年全年预算数500万元,全部为财政拨款,实际支出480万元,预算执行率96%。")
    assert budget.execution_rate == Decimal(96)


def test_the_years_total_spending_payments_out_and_a_gap_between_figures() -> None:
    budget = budget_of("2023年度收入合计3642.4万元。2023年度支出合计3642.4万元,其中:基本支出2268.52万元。")
    assert budget.executed == Decimal("3642.4")
    paid = budget_of("2023年我校收到上级下达公用经费补助资金118.92万元,全年发放108.61万元。")
    assert paid.executed == Decimal("108.61")
    # "比年初预算数多X元" is the gap, not the initial budget
    gap = budget_of(
        "年初预算数1850000.00元,2021年度支出合计3258909.77元。支出合计比年初预算数多1408909.77元。"
    )
    assert (gap.initial, gap.executed) == (Decimal(185), Decimal("325.890977"))


def test_the_planned_investment_of_a_project_evaluation_form_is_its_budget() -> None:
    form = "项目类型\n经常性项目(√)\n计划投资额\n(万元)\n570\n实际到位资金\n(万元)\n398.88\n实际使用情况(万元)\n395.86\n"
    budget = budget_of("一、项目基本情况\n" + form)
    assert (budget.adjusted, budget.executed) == (Decimal(570), Decimal("395.86"))


def test_the_years_expenditure_total_is_the_spending_when_none_is_labelled_so() -> None:
    text = "本年度收入合计3258909.77元。本年度支出合计3258909.77元,上年度支出合计3785198.37元,支出减少526288.6元。"
    assert budget_of(text).executed == Decimal("325.890977")  # the year's, not the year before's
    text = "2024年度财政拨款收入合计2024.05万元,财政拨款支出合计2024.05万元,预算执行率100%。"
    assert budget_of(text).executed == Decimal("2024.05")
    # totals that disagree give none
    assert budget_of("本年度支出合计100万元。本年度支出合计120万元。").executed is None
    # a source's spending sentence closed, the whole's total follows
    text = "2022年本单位总收入为207.79万元,其中一般公共财政拨款预算收入155.11万元,其他收入52.68万元,年度总支出为774.59万元。"
    assert budget_of(text).executed == Decimal("774.59")


def test_the_one_source_a_report_names_without_a_total_is_the_budget() -> None:
    assert budget_of("2022年7月4日我市收到上级补助资金590万元,用于我市矿山修复治理。").adjusted == Decimal(
        590
    )
    initial = budget_of("2018年度福利院公共财政拨款年初预算资金2,451,170.06元,资金到位率100%。").initial
    assert initial == Decimal("245.117006")
    # two sources and no total: neither is the whole
    two = budget_of("我市收到上级补助资金590万元,上年结转资金20万元,用于矿山修复治理。")
    assert two.adjusted is None
    # a total stated: a source stays a part
    total = budget_of("项目预算资金为2836.14万元,其中:上年结转资金8.91万元。")
    assert total.adjusted == Decimal("2836.14")


def test_a_funds_spending_and_numbered_parts_after_qizhong() -> None:
    text = (
        "2019年度志愿服务工作经费预算资金5万元,实际到位5万元。\n"
        "2019年度志愿服务工作经费支出4.37万元,其中:商品和服务支出4.37万元。\n"
    )
    page = "共青团某市委2019年度志愿服务工作经费项目支出绩效自评报告\n" + text
    assert (budget_of(page).adjusted, budget_of(page).executed) == (Decimal(5), Decimal("4.37"))
    text = (
        "市财政每年安排15万元经费开展某项工作。其中:1、购置教学设备5万元;2、购买教科书5万元;3、安排工作经费5万元。\n"
        "本项目申报资金15万元,市财政预算安排15万元,实际下达15万元。项目资金支出15万元。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal(15), Decimal(15))


def test_planned_totals_no_spending_and_a_funds_use_names_its_project() -> None:
    # the year's budgeted 支出合计 is no spending
    assert budget_of("2023年度年初预算收入合计500万元，年初预算支出合计500万元。").executed is None
    # numbered parts after "，其中:" are parts too
    text = (
        "市财政每年安排15万元经费开展某项工作，其中:1、购置教学设备5万元;2、购买教科书5万元;3、安排工作经费5万元。\n"
        "本项目申报资金15万元,市财政预算安排15万元,实际下达15万元。\n"
    )
    assert budget_of(text).adjusted == Decimal(15)
    page = "绩效自评报告\n2023年，上级下达中央财政衔接推进乡村振兴补助资金280万元，用于农村公路养护项目。\n"
    assert extract_document(Document.from_text("page.txt", "txt", page)).project == "农村公路养护项目"


def test_a_report_on_several_projects_states_their_total_or_none() -> None:
    # one project's figures, listed after the count of the projects, are no report's figures
    listed = (
        "《2022年度项目支出绩效自评总报告.docx》由会员分享,可在线阅读。\n"
        "1、2022年度项目支出绩效自评总报告为做好2022年度项目支出绩效评价工作,对我处2022年度项目支出绩效进行了自评。"
        "现将情况报告如下:一、本部门项目绩效目标情况(一)某某管理处2022年度共有3个项目1、某某设施维修项目:预算35. 3万元,"
        "2022年全 年实际支付35. 3万元,使用率100%。具体评价范围为:墓基维修。\n"
        "2、刻字、贴金。共支出成本35.3万元,2022年全年已实际支 付35. 3万元。2、2022年某某专项资金项目:预算20万元,"
        " 2022年全年实际支付20万元,使用率100%。\n"
    )
    budget = budget_of(listed)
    assert (budget.adjusted, budget.executed) == (None, None)
    # the projects' money stated right after their count is the report's
    total = "某某局2023年度项目支出绩效自评报告\n一、基本情况\n2023年我局共4个项目,项目资金126.35万元。自评报告详见附件。\n"
    assert budget_of(total).adjusted == Decimal("126.35")
    # two projects' forms on one page, no total over them
    form = (
        "项目名称 {name}\n"
        "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额: {money} {money} {money} 10 100.00% 10.00\n其中:本年财政拨款 {money} {money} {money}\n"
    )
    page = (
        "项目支出绩效自评表\n(2022年度)\n"
        + form.format(name="甲经费", money=25)
        + form.format(name="乙经费", money=12)
    )
    budget = budget_of(page)
    assert (budget.adjusted, budget.execution_rate) == (None, None)


def test_a_count_of_the_projects_covered_and_the_total_of_those_listed() -> None:
    # hand-written: "共有7个项目" counts the projects; one of them's money is no report's budget ...
    head = "甲委员会2019年度项目经费绩效评价自评报告\n一、基本情况\n项目经费共有7个项目,分别为:宣传经费、培训费等。\n"
    one = head + "州财政每年安排宣传经费30万元。\n"
    assert budget_of(one).adjusted is None
    # ... the total of those listed above ("以上共…") is
    listed = head + "州财政每年安排宣传经费30万元、培训经费60万元。以上共涉及项目经费630万元。\n"
    assert budget_of(listed).adjusted == Decimal("630")


def test_a_general_public_budgets_spending_is_not_stated_as_a_total() -> None:
    # "一般公共预算" holds 共 but no total: the year's spending and the appropriation's differ, no guess
    text = (
        "某某局2018年度部门整体支出绩效自评报告\n2018年本年支出1366.23万元,其中基本支出802.21万元,项目支出564.01万元。\n"
        "2018年一般公共预算财政拨款支出668.3万元,占本年支出的48.92%。\n"
    )
    assert budget_of(text).executed != Decimal("668.3")


def test_a_departments_budget_stated_on_its_income_side() -> None:
    text = (
        "某某局2017年度部门整体支出绩效自评报告\n(一)部门整体支出情况。2017年初省财政批复部门预算收入为119.69万元,"
        "年底调整预算收入为138.71万元,全年决算收入138.71万元;2017年实际决算支出138.28万元。\n"
    )
    assert year_figures(text) == (Decimal("119.69"), Decimal("138.71"), Decimal("138.28"))


def test_a_decimal_point_typed_as_a_pause_mark() -> None:
    text = "某某局项目支出绩效自评报告\n一、项目基本情况\n市财政2021年度安排某某工作补助经费167、00万元,主要用于日常督查检查。\n"
    assert budget_of(text).adjusted == Decimal("167.00")
    # a list of numbers is no decimal: "第1、2批"
    assert budget_of("一、基本情况\n下达第1、2批资金共30万元,用于某某工作。\n").adjusted != Decimal("1.2")


def test_a_projects_money_for_the_year_is_its_budget_unless_spent() -> None:
    text = "某某幼儿园2022年度绩效自评工作报告\n二、绩效目标完成情况分析\n总体来说,项目资金全年36.55万元,绩效目标执行达到预期。\n"
    assert budget_of(text).adjusted == Decimal("36.55")
    spent = "某某幼儿园2022年度绩效自评工作报告\n二、绩效目标完成情况分析\n项目资金全年支出36.55万元,绩效目标执行达到预期。\n"
    assert budget_of(spent).adjusted is None


def test_a_listing_after_qizhong_ends_where_a_clause_opens_with_a_year_or_another_total() -> None:
    text = (
        "(一)部门整体支出概况\n2018,区财政局年初安排我单位的部门预算资金额为9,836.16万元,其中一般公共预算收入9,836.16万元,"
        "基金预算收入0元,2018年调增预算收入18,746.37万元,决算总收入28,582.53万元。\n"
    )
    assert budget_of(text).initial == Decimal("9836.16")


def test_the_places_a_project_serves_are_no_count_of_projects() -> None:
    text = (
        "某县农业农村局2023年度项目支出绩效自评报告\n一、项目基本情况\n"
        "本项目年初预算100万元，全年预算100万元，实际支出90万元，预算执行率90%。\n"
        "项目共涉及5个项目村，完成道路硬化12公里。\n"
    )
    assert year_figures(text) == (Decimal(100), Decimal(100), Decimal(90))


def test_a_rate_as_a_bound_or_a_scoring_band_is_no_stated_rate() -> None:
    # hand-written after a province's scoring table and a vague claim
    assert (
        budget_of(
            "效率指标 | 1.项目资金使用率 | 实现率90%以上 | 90%以上 | 80%-89% | 70%以下 |"
        ).execution_rate
        is None
    )
    assert budget_of("全年预算100万元,预算执行率达到90%以上。").execution_rate is None
    assert budget_of(
        "全年预算100万元,实际支出96万元,预算执行率96%,以上资金均按规定使用。"
    ).execution_rate == Decimal(96)
    # a range the rate lies in, its second end with or without its percent sign
    assert budget_of("全年预算100万元,实际支出85万元,预算执行率在80%至90之间。").execution_rate is None
    assert budget_of("全年预算100万元,实际支出85万元,预算执行率介于80%和90%之间。").execution_rate is None
    assert budget_of("全年预算100万元,预算执行率85%,和上年相比有所提高。").execution_rate == Decimal(85)


def test_a_fund_all_arrived_approved_or_raised_is_the_budget() -> None:
    # hand-written: the fund's figure, then that all of it arrived; the budget approved; the fund raised
    assert budget_of("2023年培训项目等专项资金92.4万元,全额拨付到位。").adjusted == Decimal("92.4")
    assert budget_of("根据工作安排,该项目一次拨付资金200万元,已全部到位。").adjusted == Decimal(200)
    assert budget_of("本项目申报金额70万元,预算批复70万元,当年实际到位70万元。").adjusted == Decimal(70)
    assert budget_of(
        "共筹集城乡医疗救助补助资金1384.06万元,其中:中央财政补助资金663万元。"
    ).adjusted == Decimal("1384.06")
    # a count arrived in full is no money, nor a figure whose label names no fund
    assert budget_of("全年培训人员200人次,已全部到位。").adjusted is None


def test_a_funds_figure_with_its_budget_and_addition_in_brackets() -> None:
    # hand-written: the whole, then in brackets the budget and what was added, adding up to it
    text = "某某行动资金800万元(财政预算740万元,年底追加某某村资金60万元),主要用于环境整治。"
    assert year_figures(text)[:2] == (Decimal(740), Decimal(800))
    # parts that do not add up to the whole say nothing of its budget
    text = "某某行动资金800万元(财政预算740万元,年底追加某某村资金50万元),主要用于环境整治。"
    assert year_figures(text)[:2] == (None, None)


def test_a_figure_approved_by_the_initial_budget_is_the_initial_budget_whatever_its_label() -> None:
    # hand-written: a figure under an arrival heading, said to have passed the year-start budget
    budget = budget_of("1.项目资金到位情况:全市政务信息工作经费5万元经年初预算审核通过后,2017年3月全部到账。")
    assert budget.initial == Decimal(5)


def test_review_money_paid_a_levels_share_and_bands_written_otherwise() -> None:
    # money paid out that all arrived is no budget, nor a level's own share raised
    paid = budget_of("年初预算100万元,截至年底已拨付资金80万元,全部到位。")
    assert (paid.initial, paid.adjusted) == (Decimal(100), None)
    assert (
        budget_of("中央补助资金1000万元,县级筹集配套资金84.06万元。全年实际支出1050万元。").adjusted is None
    )
    # a band written (含)以上 or with a long dash is one too; a blank cell's dash or a date after the rate is not
    assert budget_of("全年预算100万元,预算执行率90%(含)以上。").execution_rate is None
    assert budget_of("全年预算100万元,预算执行率90%—100%。").execution_rate is None
    assert budget_of("预算执行率 10 95% - 9.5").execution_rate == Decimal(95)
    # "90(含)分以上为优": the bound's "(含)" before its 分
    bands = extract_document(
        Document.from_text(
            "page.txt", "txt", "总分90(含)分以上为优,80(含)-90分为良,60(含)-80分为中,60分以下为差。\n"
        )
    ).grade_scheme
    assert [(band.name, band.min) for band in bands or []] == [
        ("优", Decimal(90)),
        ("良", Decimal(80)),
        ("中", Decimal(60)),
        ("差", Decimal(0)),
    ]
    assert budget_of("全年预算100万元,预算执行率为98%至2023年3月已全部支付完毕。").execution_rate == Decimal(
        98
    )


def test_a_batch_opening_with_its_notice_is_no_budget_of_the_fund() -> None:
    # hand-written after a page listing a fund's batches, one paragraph each, cut after the second
    text = (
        "某县交通运输局2020年度项目支出绩效自评报告\n"
        "(1)某财建(2019)296号文)国省干线养护43万。预算执行率100%。\n"
        "(2)2)某财建[2019]286号提前下达2020年节能减排补助资金59万。预算执行率100%。\n"
    )
    assert budget_of(text).adjusted is None
    # the fund's own figure before the list is still read
    text = "某县交通运输局2020年度项目支出绩效自评报告\n2020年下达补助资金102万元。\n(1)某财建[2019]286号下达补助资金59万。\n"
    assert budget_of(text).adjusted == Decimal(102)


def test_a_headings_use_word_does_not_make_a_fund_paid_out() -> None:
    # second review (hand-written): 使用 stands in the heading, not in the fund's own label
    budget = budget_of("（二）资金使用情况：专项资金92.4万元，全额拨付到位，实际支出80万元，执行率95%。")
    assert budget.adjusted == Decimal("92.4")


def test_rates_of_purchasing_a_target_or_a_departments_part_are_not_its_execution_rate() -> None:
    # hand-written after a hunt: a department's targets and its parts' rates beside its own
    department = "某县某局2023年度部门整体支出绩效自评报告\n"
    assert budget_of(department + "政府采购执行率100%，“三公”经费预算执行率78.50%。").execution_rate is None
    assert budget_of(department + "年初设定的预算执行率目标为100%。").execution_rate is None
    assert budget_of(department + "项目支出执行率89.60%，基本支出执行率98.70%。").execution_rate is None
    assert budget_of(department + "全年预算100万元，支出96万元，预算执行率96%。").execution_rate == Decimal(
        96
    )
    # a project's own report calls its rate the project spending's
    project = "某县某局2023年度农村公路养护项目支出绩效自评报告\n"
    assert budget_of(project + "全年预算100万元，项目支出执行率96%。").execution_rate == Decimal(96)


def test_a_project_form_appended_to_a_departments_report_gives_that_projects_figures() -> None:
    # hand-written after a hunt: the department's own figures in prose, then one project's 自评表
    head = (
        "某县林业局2023年度部门整体支出绩效自评报告\n"
        "2023年年初预算1,265.00万元，全年预算1,352.60万元，实际支出1,338.20万元，预算执行率98.94%。\n"
        "附件：重点项目支出绩效自评表\n项目支出绩效自评表（2023年度）\n"
    )
    for form in (
        "项目名称 林业有害生物防治\n主管部门 某县林业局 实施单位 某县林业局\n"
        "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 40.00 50.00 48.20 10 96.40% 9.64\n",
        "项目名称\n林业有害生物防治\n项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
        "年度资金总额\n40.00\n50.00\n48.20\n10\n96.40%\n9.64\n",
    ):
        report = extract_document(Document.from_text("page.txt", "txt", head + form))
        budget = report.budget
        assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
            Decimal(1265),
            Decimal("1352.6"),
            Decimal("1338.2"),
            Decimal("98.94"),
        )
        assert [(p.name, p.budget, p.executed) for p in report.projects] == [
            ("林业有害生物防治", Decimal(50), Decimal("48.2"))
        ]
        # the form's rate is the project's, no second statement of the department's (which the audit would check
        # against the department's figures)
        assert Decimal("96.40") not in {f.value for f in report.facts if f.field == "budget.execution_rate"}


def test_a_project_forms_rate_read_as_prose_is_the_projects_too() -> None:
    # hand-written after a hunt: the form's identity cells on one line, its row spaced out, so prose reading
    # also meets "执行率 … 96.40%"; the form's project owns it
    text = (
        "某镇人民政府2023年度部门整体支出绩效自评报告\n"
        "2023年年初预算1,265.00万元，全年预算1,352.60万元，实际支出1,338.20万元，预算执行率98.94%。\n"
        "附表2  2023年度项目支出绩效自评表\n"
        "项目名称：村道硬化提升（衔接资金）项目    主管部门：某县乡村振兴局    实施单位：某镇人民政府\n"
        "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
        "年度资金总额   40.00      50.00      48.20   10    96.40%      9.64\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.budget.execution_rate == Decimal("98.94")
    assert [f.value for f in report.facts if f.field == "budget.execution_rate"] == [Decimal("98.94")]


def test_a_funds_row_follows_its_forms_own_column_order() -> None:
    # hand-written after a hunt: local forms without the 分值 column, or with it after the rate, cells set apart
    # by single spaces
    head = "某县某局2023年度项目支出绩效自评表\n项目名称 某某补助\n"
    for header, row in (
        ("年初预算数 全年预算数 全年执行数 执行率 得分", "100.00 120.00 118.00 98.33% 9.83"),
        ("年初预算数 全年预算数 全年执行数 执行率 分值 得分", "100.00 120.00 118.00 98.33% 10 9.83"),
        ("年初预算数 全年预算数 全年执行数 分值 执行率 得分", "100.00 120.00 118.00 10 98.33% 9.83"),
    ):
        text = head + f"项目资金（万元） {header}\n年度资金总额 {row}\n"
        budget = budget_of(text)
        assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
            Decimal(100),
            Decimal(120),
            Decimal(118),
            Decimal("98.33"),
        ), header


def test_a_funds_rows_amounts_in_the_unit_its_header_states() -> None:
    # hand-written after a hunt: 元 or 亿元 stated only in the header cell of a row set apart by single spaces
    head = "某县某局2023年度项目支出绩效自评表\n项目名称 某某补助\n"
    budget = budget_of(
        head + "项目资金（元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 300000.00 300000.00 287650.00 10 95.88% 9.59\n"
    )
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(30), Decimal(30), Decimal("28.765"))
    budget = budget_of(
        head + "资金投入情况（亿元） 全年预算数（A） 全年执行数（B） 分值 预算执行率（B/A×100%） 得分\n"
        "年度资金总额： 1.25 1.2186 10 97.49% 9.75\n"
    )
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(12500),
        Decimal(12186),
        Decimal("97.49"),
    )


def test_the_budget_approved_at_the_start_of_the_year_is_the_initial_one() -> None:
    # hand-written after a hunt: 年初预算批复经费/资金/数, then an addition, no full-year total stated
    for label in ("年初预算批复经费", "部门年初预算批复资金", "年初预算批复数"):
        text = f"2023年{label}620.00万元，年中追加84.00万元，全年实际支出688.15万元，预算执行率97.75%。"
        assert year_figures(text) == (Decimal(620), None, Decimal("688.15")), label
    # the budget approved, no start of the year named, is the year's
    assert year_figures("预算批复70万元，实际支出65万元。")[1] == Decimal(70)


def test_a_rate_in_a_tables_part_row_is_not_the_wholes() -> None:
    # hand-written after a hunt: a whole-spending table set apart by spaces, its total row last
    text = (
        "某卫生院整体支出绩效自评表（2023年度）\n整体支出规模（万元） 全年预算数 全年执行数 执行率\n"
        "资金来源：（1）财政拨款 685.20 671.47 98.00%\n（2）其他资金 12.00 12.00 100%\n合计 697.20 683.47 98.03%\n"
    )
    assert budget_of(text).execution_rate in (None, Decimal("98.03"))
    # a total row under the rate column is the whole's
    text = "项目资金（万元） 全年预算数 全年执行数 执行率\n年度资金总额 120 118 98.33%\n"
    assert budget_of(text).execution_rate == Decimal("98.33")


def test_figures_of_another_year_or_listed_by_year_are_not_the_reports() -> None:
    # hand-written after a hunt: a project across two years, last year's spending beside this year's, two years
    # listed 分别, a table with a column for each year
    report = "某县某局2023年度农村公路养护项目支出绩效自评报告\n"
    text = (
        "该项目为跨年度项目，2022年安排资金300万元，已支出298万元；2023年年初预算200万元，追加50万元，"
        "全年预算250万元，截至年底已支出243.5万元，预算执行率97.4%。"
    )
    assert year_figures(report + text) == (Decimal(200), Decimal(250), Decimal("243.5"))
    text = "2023年全年预算250万元，预算执行率97.4%。2022年同类项目安排资金300万元，实际支出298万元。"
    assert year_figures(report + text) == (None, Decimal(250), None)
    text = "本单位2022年、2023年全年预算分别为1,150.00万元、1,230.50万元，预算执行率分别为97.42%、98.79%。"
    budget = budget_of(report + text)
    assert (budget.adjusted, budget.execution_rate) == (None, None)
    text = "项目 | 2022年 | 2023年\n全年预算 | 1,150.00 | 1,230.50\n预算执行率 | 97.42% | 98.79%\n"
    assert budget_of(report + text).execution_rate is None
    # a span of years holding the report's, and a fund carried over from last year, are this year's
    text = "下达我区2023-2024年冬春临时生活困难救助资金合计17932万元，全年支出17000万元。"
    assert year_figures(report + text)[2] == Decimal(17000)


def test_a_departments_project_or_fund_told_in_its_own_sentence_is_that_projects() -> None:
    # hand-written after a hunt: a department's report giving one project's or fund's figures, not its own
    head = "某县某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我局内设机构6个。\n二、重点项目实施情况\n"
    report = extract_document(
        Document.from_text(
            "page.txt", "txt", head + "城乡环境整治项目年初预算300万元，实际支出290万元，执行率96.67%。\n"
        )
    )
    assert (report.budget.initial, report.budget.executed, report.budget.execution_rate) == (None, None, None)
    assert [(p.name, p.budget) for p in report.projects] == [("城乡环境整治项目", Decimal(300))]
    text = (
        "2023年我局收入合计2,356.80万元，支出合计2,318.45万元。\n（三）专项资金使用情况\n"
        "水利发展资金：年初预算800万元，调整后预算860万元，实际支出846.3万元，预算执行率98.41%。\n"
    )
    assert year_figures(head + text) == (None, None, Decimal("2318.45"))
    # the department's own money told so is its own
    text = "部门预算资金：年初预算800万元，调整后预算860万元，实际支出846.3万元。\n"
    assert year_figures(head + text) == (Decimal(800), Decimal(860), Decimal("846.3"))


def test_review_a_rate_of_both_parts_a_cost_funds_own_report_and_a_spaced_total_row() -> None:
    # second review (hand-written): the whole's rate named by both its parts; a project report on a cost item's
    # money; a total row whose label a Word table spaced out
    department = "某县水利局2023年度部门整体支出绩效自评报告\n2023年度部门全年预算数为1350.00万元，全年执行数为1300.00万元。\n"
    assert budget_of(
        department + "我局2023年度基本支出和项目支出预算执行率为96.30%。\n"
    ).execution_rate == Decimal("96.30")
    project = "某县某局2023年度教师培训费项目支出绩效自评报告\n全年预算120万元，实际支出108万元，"
    assert budget_of(project + "教师培训费项目预算执行率为95%。\n").execution_rate == Decimal(95)
    for total in ("合 计", "总计"):
        table = f"项目 全年预算数 全年执行数 执行率\n{total} 1350.00 1300.00 96.30%\n基本支出 850.00 840.00 98.82%\n"
        assert budget_of(department + table).execution_rate == Decimal("96.30"), total


def test_review_a_column_header_after_the_name_cell_and_another_rows_unit_above_the_form() -> None:
    # second review (hand-written): a department's table headed 项目名称 | 年初预算数…; a row in 亿元 above a form
    department = "某县水利局2023年度部门整体支出绩效自评报告\n"
    table = "项目名称 年初预算数 全年预算数 全年执行数 执行率\n年度资金总额 1200.00 1350.00 1300.00 96.30%\n"
    assert year_figures(department + table) == (Decimal(1200), Decimal(1350), Decimal(1300))
    form = (
        "某县交通运输局2023年度农村公路提质改造项目支出绩效自评报告\n项目名称 农村公路提质改造项目\n"
        "项目总投资（亿元） 1.5 建设期限 2023-2024年\n项目资金（万元） 年初预算数 全年预算数 全年执行数 执行率\n"
        "年度资金总额 1000 1200 1180 98.33%\n"
    )
    assert year_figures(form) == (Decimal(1000), Decimal(1200), Decimal(1180))


def test_a_budget_listed_in_parts_then_their_total_is_the_total() -> None:
    # hand-written after a hunt: batches, levels or directions listed before the total they add up to
    for text, total in (
        (
            "省财政提前下达我县2023年衔接资金8,000万元；2023年5月，追加下达4,000万元，全年共计12,000万元。",
            12000,
        ),
        (
            "2023年衔接资金来源如下：中央财政衔接资金第一批3,000万元、第二批1,200万元，省级财政衔接资金800万元，合计5,000万元。",
            5000,
        ),
        (
            "首批下达我县医疗服务与保障能力提升补助资金1,350万元，后续拨付820万元，全年到位资金2,170万元。",
            2170,
        ),
    ):
        assert budget_of("某县某局2023年度某某资金项目支出绩效自评报告\n" + text).adjusted == Decimal(
            total
        ), text


def test_a_spending_rate_named_支出率_is_the_execution_rate() -> None:
    # hand-written after a transfer hunt; 支出进度 is as often a mid-year progress (second review): no rate word
    text = "某县卫健局2023年度某某补助资金项目支出绩效自评报告\n全年预算4,200万元，截至12月底共支出3,950万元，支出率94.05%。\n"
    assert budget_of(text).execution_rate == Decimal("94.05")
    text = "某县卫健局2023年度某某补助资金项目支出绩效自评报告\n全年预算4,200万元，截至9月底，支出进度为42.50%。\n"
    assert budget_of(text).execution_rate is None


def test_a_figure_cut_by_a_pages_furniture_is_read_whole_or_not_at_all() -> None:
    # hand-written after a layout hunt: a PDF's footer or header line printed inside a wrapped figure
    head = "某县某局2023年度部门整体支出绩效自评报告\n全年预算数735.90万元，全年执行数为70\n"
    for furniture in (
        "第 3 页 共 8 页",
        "第3页/共8页",
        "共8页 第3页",
        "Page 3 of 8",
        "2023/5/16 上午10:21 某某县人民政府门户网站",
        "- 3 -",
    ):
        budget = budget_of(head + furniture + "\n8.25万元，预算执行率96.24%。\n")
        assert budget.executed == Decimal("708.25"), furniture
    # a running line without digits: the rate's halves cannot be told apart, no rate is read
    text = "某县某局2023年度部门整体支出绩效自评报告\n全年预算数735.90万元，全年执行数为708.25万元，预算执行率9\n某某市财政局\n6.24%。\n"
    assert budget_of(text).execution_rate is None


def test_a_funds_row_with_its_last_cell_blank_keeps_its_columns() -> None:
    # hand-written after a layout hunt: the 得分 cell left blank (or wrapped away) in a row set apart by spaces
    text = (
        "某县某局2023年度项目支出绩效自评表\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 320.00 345.60 338.20 10 97.86%\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(320),
        Decimal("345.6"),
        Decimal("338.2"),
        Decimal("97.86"),
    )


def test_the_share_the_reports_own_place_got_of_a_larger_allocation_is_its_budget() -> None:
    # hand-written after a transfer hunt
    text = (
        "某区教育局2023年度某某补助资金项目支出绩效自评报告\n"
        "2023年，省财政厅下达某市某某补助资金18,600万元，市财政局按照因素法分配至各县市区，我区获得1,500万元。\n"
        "截至2023年底，我区已支出1,420万元，执行率94.67%。\n"
    )
    assert year_figures(text)[1:] == (Decimal(1500), Decimal(1420))


def test_a_funds_table_with_its_total_row_last() -> None:
    # hand-written after a transfer hunt: the levels' rows first, the total row last
    text = (
        "某县2023年某某补助资金绩效自评报告\n各级资金安排及支出情况如下：\n资金来源 | 全年预算数 | 全年执行数 | 执行率\n"
        "中央补助资金 | 2,460.00 | 2,460.00 | 100%\n省级补助资金 | 820.00 | 736.50 | 89.82%\n"
        "县级配套资金 | 300.00 | 245.00 | 81.67%\n合计 | 3,580.00 | 3,441.50 | 96.13%\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(3580),
        Decimal("3441.5"),
        Decimal("96.13"),
    )


def test_figures_written_in_full_width_digits_are_read_as_half_width_ones() -> None:
    # the reader reasons on the normalised lines: the count of projects before a figure in full-width digits
    # makes it their total as it does in half-width ones
    text = (
        "某市司法局部门2023年度项目支出绩效单位自评报告\n"
        "根据有关文件要求，我局做好2023年度项目支出绩效自评。2023年我局共5个项目，项目资金264.09万元。\n"
    )
    full_width = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})
    assert budget_of(text).adjusted == budget_of(full_width).adjusted == Decimal("264.09")


def test_funds_named_each_with_a_colon_are_parts_not_the_budget() -> None:
    # hand-written after a city's maintenance report: two funds under one project, no total stated
    text = (
        "某某市园林绿化养护经费及城区行道树养护经费绩效自评报告\n"
        "2020年下达了园林绿化经费:514.56万元,行道树养护费:30.58万元。对全市绿化及行道树进行养护。\n"
    )
    report = extract_document(Document.from_text("p.txt", "txt", text))
    assert report.budget.adjusted is None
    # a form's fields written with colons are the figures, not parts
    form = "项目名称：某某补助资金\n年初预算数：21560.00万元，全年预算数：23418.60万元\n全年实际支出：23105.24万元\n"
    budget = extract_document(Document.from_text("p.txt", "txt", form)).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("21560.00"),
        Decimal("23418.60"),
        Decimal("23105.24"),
    )


def test_an_amount_given_as_a_share_of_another_whole_is_a_part_of_it() -> None:
    head = "某县林业局2021年部门整体支出绩效自评报告\n一、部门整体支出情况\n"
    # 财政拨款支出 is 41.6% of the year's spending: a part, not a second figure of the year's spending
    text = (
        head
        + "2021年本年支出980.5万元,其中基本支出610.2万元。\n2021年一般公共预算财政拨款支出407.9万元,占本年支出的41.6%。\n"
    )
    assert budget_of(text).executed == Decimal("980.5")
    # without the share the two spending figures differ and neither is taken
    unshared = (
        head + "2021年本年支出980.5万元,其中基本支出610.2万元。\n2021年一般公共预算财政拨款支出407.9万元。\n"
    )
    assert budget_of(unshared).executed is None
    # a share of the budget is no part of another whole: the two spending figures still differ
    of_budget = (
        head + "2021年本年支出980.5万元。\n2021年一般公共预算财政拨款支出407.9万元,占年初预算的95.2%。\n"
    )
    assert budget_of(of_budget).executed is None


def test_the_projects_money_paid_out_is_its_spending() -> None:
    head = "某区教育局2021年助学金项目支出绩效自评报告\n一、项目基本情况\n"
    # the project's name after a pay-out verb: what it spent, not a second budget
    assert year_figures(head + "2021年下达助学金资金50万元,共发放助学金49万元。\n") == (
        None,
        Decimal(50),
        Decimal(49),
    )
    assert year_figures(head + "2021年下达助学金资金50万元。2021年全区发放助学金49万元。\n")[2] == Decimal(49)
    # a plan to pay is no spending: the two budgets then differ and neither is taken
    assert year_figures(head + "2021年下达助学金资金50万元,计划发放助学金49万元。\n")[1:] == (None, None)


REVIEW28 = Path(__file__).resolve().parent / "fixtures" / "review28"


@pytest.mark.parametrize(
    ("name", "project", "adjusted", "executed", "rate"),
    [
        # a project's spending given as a share of its unit's: the project's own (57.6 / 60 = 96%)
        ("a03_project_share_of_unit_total", "公共文化服务体系建设项目", "60", "57.6", "96"),
        # 需发放 is what is to be paid, not what was: the spending is 全年实际支出57万元
        ("b07_need_to_pay", "中职国家助学金项目", "60", "57", "95"),
        # the unit's own 跟踪评价 and 自评 of its project is its evaluation statement
        ("d03_tracking_is_own", "农村环境综合整治项目", "200", "192", "96"),
        # a title dated by the year it was written (2023) above a statement of the year evaluated (2022)
        ("d07_title_writing_year", "农机购置补贴资金", "260", "252.2", "97"),
        # a 总计 sentence of the 三公 costs is no total of the department's: 503.1 / 512.8 = 98.11%
        ("c04_sangong_total", None, "512.8", "503.1", "98.11"),
    ],
)
def test_texts_a_review_wrote_against_todays_guards_read_as_written(
    name: str, project: str | None, adjusted: str, executed: str, rate: str
) -> None:
    report = extract_document(read_document(REVIEW28 / f"{name}.txt"))
    assert report.project == project
    budget = report.budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(adjusted),
        Decimal(executed),
        Decimal(rate),
    )


def test_one_allocation_of_several_with_no_total_is_no_budget() -> None:
    # hand-written funds paragraphs: batches, levels' shares and items allocated in one sentence, no total
    for sentence in (
        "2022年第一批下达我县农村公路养护补助资金120万元，第二批下达资金80万元，主要用于日常养护。",
        "2023年中央财政下达病险水库除险加固资金680万元；省级下达配套资金170万元；县级配套资金50万元。",
        "2023年，县财政安排茶产业发展专项资金300万元；省级追加下达茶产业专项资金150万元。",
        "下达校安改薄专项资金指标1984万元。另外单独下达甲校供水改造110万元、乙校建设300万元。",
        "由州级财政每年安排立法经费50万元、代表培训经费60万元、宣传经费30万元。",
        "由州级财政每年安排州人大常委会立\n法经费50万元、代表培训经费60万元、宣传经费30万元。",  # cut by the page
    ):
        budget = budget_of(f"某县某项目2023年度绩效自评报告\n一、资金情况\n{sentence}\n")
        assert budget.adjusted is None, sentence
    # one allocation alone, or with its total, is the budget
    text = "2023年中央财政下达病险水库除险加固资金680万元，主要用于水库除险加固。"
    assert budget_of(f"某县某项目2023年度绩效自评报告\n一、资金情况\n{text}\n").adjusted == Decimal(680)
    text = "2023年我馆上年结转资金85.3万元，当年预算安排420万元，全年可用资金505.3万元；全年支出489.7万元。"
    assert budget_of(f"某县某项目2023年度绩效自评报告\n一、资金情况\n{text}\n").adjusted == Decimal("505.3")


def test_a_works_whole_cost_beside_the_years_allocation_is_no_budget() -> None:
    # hand-written: the whole cost over the years, then the year's own money
    text = "某县老旧小区改造项目2023年度绩效自评报告\n项目总投资1.2亿元，分两年实施。2023年安排项目资金6,000万元，其中中央补助资金4,200万元。\n"
    assert budget_of(text).adjusted == Decimal(6000)
    # the whole cost alone is the budget
    text = "某村活动场所建设项目绩效自评报告\n项目预算总投资47.3万元。\n"
    assert budget_of(text).adjusted == Decimal("47.3")


def test_spending_stated_as_used_or_paid_out_in_total() -> None:
    # hand-written funds paragraphs: the year's money used, or paid out over terms and then summed
    text = "某县某项目2023年度绩效自评报告\n2023年县财政安排专项资金450万元。\n全年共使用资金438.6万元，支出率97.47%。\n"
    assert budget_of(text).executed == Decimal("438.6")
    text = (
        "某县某项目2023年度绩效自评报告\n2023年补助资金共计1,536万元，其中：春季学期发放768.5万元，秋季学期发放752.0万元，"
        "合计发放1,520.5万元。\n"
    )
    assert budget_of(text).executed == Decimal("1520.5")


def test_a_rate_after_the_spendings_classes_listed_is_the_whole_ones() -> None:
    # 1,356.72 / 1,402.50 = 96.74%: the stated 97.35% is still the report's rate (the audit then checks it)
    text = (
        "某县自然资源局2023年度部门整体支出绩效自评报告\n2023年年初预算1,286.30万元,追加预算116.20万元,全年预算1,402.50万元。"
        "全年实际支出1,356.72万元,其中基本支出862.15万元,项目支出494.57万元,预算执行率为97.35%。\n"
    )
    assert budget_of(text).execution_rate == Decimal("97.35")
    # one source's budget and spending after 其中: the rate is that source's
    text = (
        "某县某局2023年度部门整体支出绩效自评报告\n全年预算500万元,实际支出480万元,其中:中央资金100万元,"
        "支出80万元,执行率80%。\n"
    )
    assert budget_of(text).execution_rate is None
    # one class's own figures with its classes listed: the rate is that class's, the report's stays its own
    text = (
        "某县某局2023年度部门整体支出绩效自评报告\n全年预算1000万元,实际支出960万元,预算执行率96%。基本支出预算500万元,"
        "实际支出480万元,其中人员经费300万元,公用经费180万元,执行率95%。\n"
    )
    assert budget_of(text).execution_rate == Decimal(96)


def test_a_rounded_budget_restated_exactly_is_read_at_its_exact_figure() -> None:
    text = (
        "某厅2019年度部门整体支出绩效自评报告\n2019年部门全年预算3.25亿元(厅本级口径,不含二级单位),具体为32518.60万元,"
        "其中一般公共预算18652.30万元。\n全年实际支出31985.42万元,预算执行率98.36%。\n"
    )
    assert budget_of(text).adjusted == Decimal("32518.60")
    text = "某院2022年度部门整体支出绩效自评报告\n全年预算约1.2亿元,即12036.58万元。\n"
    assert budget_of(text).adjusted == Decimal("12036.58")
    # a figure that does not round to the first is no restatement of it: the first stays the budget
    text = "某院2022年度部门整体支出绩效自评报告\n全年预算1.5亿元,即12036.58万元。\n"
    assert budget_of(text).adjusted == Decimal(15000)


def test_a_departments_sentence_opening_with_one_part_of_its_money_states_that_parts_figures() -> None:
    head = "2022年度部门整体支出绩效自评报告\n某县审计局\n二、部门预算执行情况\n"
    budget = budget_of(head + "（一）基本支出：年初预算486.3万元，全年执行482.1万元，执行率99.14%。\n")
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        None,
        None,
        None,
        None,
    )
    budget = budget_of(head + "“三公”经费全年预算3.60万元，实际支出2.85万元，预算执行率为79.17%。\n")
    assert budget.execution_rate is None
    # the whole after its parts is the department's
    budget = budget_of(
        head
        + "基本支出全年预算400.00万元，执行388.40万元，执行率97.10%；项目支出全年预算110.00万元，执行105.80万元，"
        "执行率96.18%；合计全年预算510.00万元，执行494.20万元，预算执行率96.90%。\n"
    )
    assert (budget.adjusted, budget.execution_rate) == (Decimal(510), Decimal("96.90"))
    # one budget's appropriations may be all a department states of its money
    budget = budget_of(
        head.replace("2022", "2023")
        + "2023年本部门一般公共预算拨款支出预算72.84万元,其中:基本支出72.84万元,项目支出0万元。\n"
        "2023年本部门一般公共预算拨款支出决算243.65万元,其中:工资福利支出51.44万元,商品和服务支出190.50万元。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal("72.84"), Decimal("243.65"))


def test_funds_paid_down_to_the_unit_are_no_spending() -> None:
    text = (
        "某县民政局2022年度农村低保资金绩效自评报告\n2022年农村最低生活保障资金预算2,860万元，上级资金已实际拨付到位2,860万元，"
        "到位率100%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal(2860), None)


def test_thousands_set_apart_by_a_space_are_read_only_right_after_words() -> None:
    # "年初预算1 286.35万元": the space the publishing standard sets between thousands (GB/T 15835), right after the
    # label and right before the unit (286.35 had been the initial budget)
    budget = budget_of("某局2022年度部门整体支出绩效自评报告\n年初预算1 286.35万元，全年预算1 512.60万元。\n")
    assert (budget.initial, budget.adjusted) == (Decimal("1286.35"), Decimal("1512.60"))
    # a row of cells is 1,380.00 or a figure then 380.00: neither is read
    form = (
        "项目支出绩效自评表\n（2022年度）\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 1 380.00 1 380.00 1 291.77 10 93.61% 9.36\n"
    )
    assert budget_of(form).adjusted is None
    # a row of single-spaced cells is still read ("286 286 280.5")
    form = form.replace("1 380.00 1 380.00 1 291.77 10 93.61% 9.36", "286 286 280.5 10 98.08% 9.81")
    assert (budget_of(form).adjusted, budget_of(form).executed) == (Decimal(286), Decimal("280.5"))


def test_a_multi_year_projects_total_and_its_spending_to_date_beside_the_years_own() -> None:
    text = (
        "某研究所2021年度国家重点研发计划配套经费项目绩效自评报告\n本项目执行期为2019—2022年，总预算1,500万元，其中2019年度拨付"
        "500万元，2020年度拨付400万元，2021年度拨付350万元，2022年度拨付250万元。\n2021年度项目预算350万元，当年实际支出331.5万元，"
        "年度预算执行率94.71%。截至2021年底，项目累计支出1,186.2万元。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(350),
        Decimal("331.5"),
        Decimal("94.71"),
    )
    text = (
        "某县农业农村局2023年度农村人居环境整治项目支出绩效自评报告\n2023年县财政安排农村人居环境整治项目资金300万元。\n"
        "截至2023年12月31日，项目资金已支付270万元，预算执行率90%。截至2024年3月底，项目累计支付资金300万元。\n"
    )
    assert budget_of(text).executed == Decimal(270)


def test_the_budget_as_it_finally_stood_after_a_cut() -> None:
    text = (
        "某县文旅局2022年度基层文化阵地建设项目绩效自评报告\n项目批复预算320万元，执行中根据实际需求追减预算45万元，"
        "最终预算275万元，实际支出271.8万元，预算执行率98.84%。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal(320),
        Decimal(275),
        Decimal("271.8"),
    )
    text = (
        "某镇2021年度部门整体支出绩效自评报告\n本年度部门预算批复数1,286.40万元，年中追加专项资金732.15万元，实际可支配预算"
        "2,018.55万元，全年支出2,001.32万元，执行率99.15%。\n"
    )
    assert budget_of(text).adjusted == Decimal("2018.55")


def test_a_row_of_columns_is_read_only_under_this_years_column() -> None:
    # hand-written after a probe: a comparison table, the years (or last year) in its columns
    head = "某县某局2023年度部门整体支出绩效自评报告\n"
    for header in (
        "项目 | 2021年 | 2022年 | 增减率",
        "项目 | 2022年 | 2023年 | 增减率",
        "项目 | 上年数 | 本年数 | 增减额",
    ):
        table = f"{header}\n全年预算数（万元） | 1,652.3 | 1,718.9 | 4.03%\n全年执行数（万元） | 1,598.1 | 1,690.4 | 5.78%\n"
        budget = budget_of(head + table)
        # (no column of the year evaluated: none of the table's figures)
        expected = (None, None) if "2021" in header else (Decimal("1718.9"), Decimal("1690.4"))
        assert (budget.adjusted, budget.executed) == expected, header
    # this year's column first
    table = "项目 | 本年数 | 上年数 | 增减额\n预算数（万元） | 2,846.7 | 2,611.2 | 235.5\n支出数（万元） | 2,790.3 | 2,540.8 | 249.5\n"
    assert year_figures(head + table)[1:] == (Decimal("2846.7"), Decimal("2790.3"))
    # a label and its one figure stays read
    assert budget_of(head + "实际支出（万元） | 565.75\n").executed == Decimal("565.75")


def test_spending_up_to_a_month_before_december_is_not_the_years() -> None:
    # hand-written after a probe: the last cut-off date before the figure decides
    head = "某县某局2024年度学前教育发展资金项目绩效自评报告\n"
    text = "2024年学前教育发展资金预算680万元。截至2024年6月30日，已支出312.6万元；截至2024年12月31日，累计支出671.5万元，预算执行率98.75%。"
    assert year_figures(head + text)[1:] == (Decimal(680), Decimal("671.5"))
    text = "全年预算1,600万元，截至10月底已支出1,032.4万元（64.53%）。"
    assert year_figures(head + text)[2] is None
    # money spent by the year's end is the year's
    assert year_figures(head + "全年预算100万元，截至年底已支出98万元。")[2] == Decimal(98)


def test_a_total_after_its_sources_and_spending_in_other_words() -> None:
    sources = (
        "某县2023年度农村饮水安全项目支出绩效自评报告\n2023年中央资金预算1,035万元，执行1,035万元，执行率100%；"
        "县级配套资金预算189万元，执行172.6万元，执行率91.32%。合计预算1,224万元，实际支出1,207.6万元，执行率98.66%。\n"
    )
    budget = budget_of(sources)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(1224),
        Decimal("1207.6"),
        Decimal("98.66"),
    )
    overall = budget_of(
        "某县2022年度道路养护项目支出绩效自评报告\n项目总体预算600万元，总体支出569.2万元，总体执行率94.87%。\n"
    )
    assert (overall.adjusted, overall.executed) == (Decimal(600), Decimal("569.2"))
    dated = budget_of(
        "某县2022年度道路养护项目支出绩效自评报告\n全年预算420万元，截至12月31日支出409.37万元。\n"
    )
    assert dated.executed == Decimal("409.37")
    paid = budget_of(
        "某县2022年度耕地地力保护补贴项目支出绩效自评报告\n下达资金6,842.15万元，已通过“一卡通”兑付到户6,842.15万元。\n"
    )
    assert paid.executed == Decimal("6842.15")
    raised = budget_of(
        "某县2022年度城乡医疗救助项目支出绩效自评报告\n共落实资金1,380万元，实际支出1,262.7万元。\n"
    )
    assert raised.adjusted == Decimal(1380)


def test_a_paragraph_opening_with_the_reports_own_project() -> None:
    text = (
        "某市人社局2022年度职业技能提升行动项目绩效自评报告\n一、资金情况\n"
        "职业技能提升行动项目：全年预算2,450万元，实际支出2,318.2万元，执行率94.62%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(2450),
        Decimal("2318.2"),
        Decimal("94.62"),
    )
    # another project's paragraph stays that project's
    other = text.replace("职业技能提升行动项目：", "职业技能培训基地建设项目：")
    assert budget_of(other).adjusted is None


def test_a_label_ending_its_line_with_its_colon_and_the_figure_under_it() -> None:
    text = (
        "某区民政局2021年度居家养老服务补贴项目绩效自评报告\n一、资金情况\n本项目2021年全年预算数为：\n742.6万元\n"
        "全年执行数为：\n736.9万元\n预算执行率：\n99.23%\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("742.6"),
        Decimal("736.9"),
        Decimal("99.23"),
    )


def test_a_departments_sentence_opening_with_one_projects_budget() -> None:
    text = (
        "某区市场监督管理局2023年度部门整体支出绩效自评报告\n一、部门概况\n区市场监管局内设股室11个。\n三、重点项目\n"
        "食品安全监督抽检经费预算96.00万元，执行92.40万元。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (None, None)
    # the department's own money so named is its own
    own = budget_of(text.replace("食品安全监督抽检经费预算96.00万元", "部门经费预算96.00万元"))
    assert own.adjusted == Decimal("96.00")


def test_a_bond_projects_year_the_bonds_issued_and_spent_not_the_works_whole_cost() -> None:
    text = (
        "某区城西片区雨污分流改造工程专项债券项目2023年度绩效自评报告\n一、项目概况\n"
        "某区城西片区雨污分流改造工程（以下简称本项目）总投资26,480万元，建设内容包括新建雨水管网42.6公里。\n"
        "二、专项债券资金情况\n本项目2023年申请专项债券额度12,000万元，实际发行金额12,000万元，债券资金已全部到位。"
        "截至2023年12月31日，债券资金支出11,544.8万元，支出率96.21%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(12000),
        Decimal("11544.8"),
        Decimal("96.21"),
    )
    issued = (
        "某县2020年新增专项债券项目绩效自评报告（产业园基础设施项目）\n项目总投资：68,500万元，其中申请专项债券资金45,000万元。\n"
        "2020年该项目发行专项债券20,000万元，债券资金到位20,000万元，当年支出19,356.2万元，执行率96.78%。\n"
    )
    assert year_figures(issued)[1:] == (Decimal(20000), Decimal("19356.2"))


def test_a_budget_raised_to_its_full_years_figure() -> None:
    text = "2019年度我镇年初预算2,146.50万元，年中追加调整至2,684.30万元，全年实际支出2,598.72万元，预算执行率为98.81%。"
    assert year_figures(text) == (Decimal("2146.50"), Decimal("2684.30"), Decimal("2598.72"))
    raised = "年初预算8,215.40万元，年中根据疫情防控需要，追加预算至9,608.72万元；全年实际支出9,375.16万元。"
    assert year_figures(raised)[1] == Decimal("9608.72")


def test_bare_figures_take_the_unit_their_line_declares() -> None:
    # hand-written: the unit only in the lead label, on the figures' line or on a short line above them
    inline = "项目资金（万元）：年初预算数：186；全年预算数：200.50；全年执行数：190；执行率：94.76%。\n"
    assert year_figures(inline) == (Decimal(186), Decimal("200.50"), Decimal(190))
    above = "二、项目资金情况（单位：元）\n年初预算数：1,200,000.00\n全年预算数：1,356,000.00\n全年执行数：1,339,875.20\n"
    assert year_figures(above) == (Decimal(120), Decimal("135.6"), Decimal("133.98752"))
    # no declaration: 186 may be 元 or 万元, nothing is read
    assert year_figures("年初预算数：186；全年预算数：200.50；全年执行数：190。\n") == (None, None, None)


def test_bare_figures_of_a_tables_row_or_a_distant_declaration_stay_unread() -> None:
    # hand-written: a label followed by several figures is a row whose columns are unsaid; cells run together or a
    # scan's broken figure; a year; a declaration before a heading belongs to another part
    years = "表1 近两年部门预算执行情况对比表（单位：万元）\n年初预算数 | 5,310.25 | 5,862.40 | 552.15\n"
    assert year_figures(years) == (None, None, None)
    assert year_figures("资金（万元）：年度资金总额593.27593.27448.64\n") == (None, None, None)
    assert year_figures("资金（万元）：全年预算数 1 ,500.00\n") == (None, None, None)
    other = "实际支出(万元) 二、项目支出明细情况 支出内容 计划支出数 实际支出数 30399 村专职委员工作补贴\n"
    assert year_figures(other)[2] is None
    empty = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\n年度资金总额\t\t\t\t\t10\t\t\n"
    assert year_figures(empty) == (None, None, None)


def test_the_target_before_the_actual_rate_in_an_indicator_row_is_no_rate() -> None:
    # hand-written: "预算执行率 / / / 100% / 95.5% / 10 / 9.55": the first percent is the target column's
    text = "一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分\n预算执行率 / / / 100% / 95.5% / 10 / 9.55\n"
    assert budget_of(text).execution_rate != Decimal(100)


def test_one_batch_a_part_or_several_years_is_no_years_budget() -> None:
    # hand-written: a first or early batch beside later ones whose amounts are unsaid; a part's budget ("基本支出预算");
    # a total over three years
    first = (
        "2023年3月，省人社厅第一批下达我市职业技能提升补贴资金1,860万元；后续资金根据培训进度按季度清算。\n"
    )
    early = (
        "2024年省级财政提前下达我县耕地建设与利用资金1,236万元，主要用于高标准农田建设；6月下达第二批资金。\n"
    )
    part = "2021年度部门支出预算中，基本支出预算2,086.3万元，主要用于人员经费；项目支出预算1,563.2万元。\n"
    years = "经市政府常务会议研究，该项目三年预算总额900万元，由市级财政分年度安排。\n"
    for text in (first, early, part, years):
        assert budget_of(text).adjusted is None
    # an early allocation alone is the year's budget; so is a year's total ("2023年共下达…600万元")
    assert budget_of("2024年省级财政提前下达我县耕地建设与利用资金1,236万元。\n").adjusted == Decimal(1236)
    assert budget_of("2023年共下达专项债资金600万元，于2024年2月支出完毕。\n").adjusted == Decimal(600)


def test_the_initial_budget_arranged_for_a_named_fund() -> None:
    # hand-written: "年初预算安排X资金3,620万元": the initial budget, though "安排X资金" alone would name a budget
    text = "年初预算安排城乡困难群众生活救助资金3,620万元，调整后预算3,800万元。\n"
    assert year_figures(text)[:2] == (Decimal(3620), Decimal(3800))


def test_spendings_share_of_the_budget_is_the_rate() -> None:
    # hand-written: the rate stated as a share of the budget, with the budget's amount inside the phrase or not
    share = "全年预算3555.00万元，全年实际支出3421.67万元，占全年预算的96.25%。\n"
    assert budget_of(share).execution_rate == Decimal("96.25")
    inside = "全年执行1,234.50万元，占全年预算1,300.00万元的94.96%。\n"
    assert budget_of(inside).execution_rate == Decimal("94.96")


def test_respective_amounts_take_their_names_in_order() -> None:
    # hand-written: names and amounts listed in the same order after 分别为; a count that differs reads nothing
    text = (
        "年初预算数、全年预算数、全年执行数分别为1,036.50万元、1,184.72万元、1,169.35万元，执行率为98.70%。\n"
    )
    assert year_figures(text) == (Decimal("1036.50"), Decimal("1184.72"), Decimal("1169.35"))
    uneven = "年初预算数、全年预算数分别为1,036.50万元、1,184.72万元、1,169.35万元。\n"
    assert year_figures(uneven) == (None, None, None)


def test_a_funds_table_printed_with_single_spaces() -> None:
    # hand-written: the headers and the rows set apart by one space; the total row's label spread over its cell
    text = (
        "二、部门整体支出情况\n项目 年初预算 调整预算 实际支出 执行率\n合计 1,186.42 1,302.15 1,268.73 97.43%\n"
        "基本支出 724.30 724.30 719.66 99.36%\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1186.42"),
        Decimal("1302.15"),
        Decimal("1268.73"),
        Decimal("97.43"),
    )
    spread = (
        "单位：万元\n  支出类别        年初预算数      全年预算数      全年执行数      执行率（%）\n"
        "  基本支出            486.30          498.12          497.65          99.9\n"
        "  合  计            1,082.40        1,346.58        1,329.17          98.7\n"
    )
    assert year_figures(spread) == (Decimal("1082.40"), Decimal("1346.58"), Decimal("1329.17"))


def test_what_arrived_holds_its_column_in_a_funds_table() -> None:
    # hand-written: 实际到位数 and 到位率 beside the budget, spending and rate columns
    text = (
        "表1 资金安排及使用情况（单位：万元）\n资金来源 | 年度预算数 | 实际到位数 | 实际支出数 | 到位率 | 执行率\n"
        "省级财政资金 | 5,000.00 | 5,000.00 | 4,826.12 | 100% | 96.52%\n"
        "区级财政资金 | 600.00 | 600.00 | 560.00 | 100% | 93.33%\n"
        "合计 | 5,600.00 | 5,600.00 | 5,386.12 | 100% | 96.18%\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(5600),
        Decimal("5386.12"),
        Decimal("96.18"),
    )


def test_label_and_value_cells_one_a_line() -> None:
    # hand-written: each label cell above its value; the last header of a run above the first column's value is no pair
    text = (
        "预算情况（万元）\n年初预算数\n536.12\n调整后预算数\n548.90\n实际执行数\n541.27\n预算执行率\n98.61%\n"
    )
    assert year_figures(text) == (Decimal("536.12"), Decimal("548.90"), Decimal("541.27"))
    assert budget_of(text).execution_rate == Decimal("98.61")
    run = "项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n120\n130\n125\n"
    assert year_figures(run)[2] != Decimal(120)


def test_spending_as_subsidies_paid_out_executed_or_reimbursed() -> None:
    # hand-written: 兑付 / 兑现 / 发放 of a subsidy, 累计执行, 报账支出, a fund's 资金支出 (not one level's), 支出总计
    for sentence, spent in (
        ("已兑付补贴资金2731.45万元，资金使用率95.51%。", "2731.45"),
        ("共兑现补助资金372.8万元。", "372.8"),
        ("全年共发放补贴486.3万元，执行率100%。", "486.3"),
        ("全省累计执行183.27万元，执行率98.35%。", "183.27"),
        ("3个项目已报账支出236.42万元。", "236.42"),
        ("截至2024年12月31日，衔接资金支出5047.9万元，支出进度95.97%。", "5047.9"),
        ("支出总计341,207.35万元。", "341207.35"),
    ):
        assert budget_of("某县2022年度项目支出绩效自评报告\n" + sentence).executed == Decimal(spent), sentence
    assert (
        budget_of("某县2022年度项目支出绩效自评报告\n中央资金支出25.94万元，支出率96.68%。\n").executed
        is None
    )


def test_a_departments_budget_on_its_income_side_for_the_whole_year() -> None:
    # hand-written: "全年预算收入" / "全年收入预算" where no budget is stated as such
    for label in ("全年预算收入", "全年收入预算"):
        text = f"某局2021年度部门整体支出绩效自评报告\n2021年{label}18,562.30万元，其中：财政拨款18,000.00万元。\n"
        assert budget_of(text).adjusted == Decimal("18562.30")


def test_a_departments_income_budget_as_adjusted_and_a_sites_title_field() -> None:
    # hand-written: "调整后收入预算为…", the income side's adjusted budget, the spending and its rate agreeing with it
    text = (
        "某县人民医院2022年度部门整体支出绩效自评报告\n2022年年初收入预算13586.2万元,其中财政拨款收入1426.2万元、事业收入12160万元;"
        "年中追加财政拨款382.5万元,调整后收入预算为13968.7万元。全年实际支出13702.44万元,预算执行率为98.09%。\n"
    )
    assert year_figures(text) == (Decimal("13586.2"), Decimal("13968.7"), Decimal("13702.44"))
    # a tender site's "项目名称:" field holding the department's form title names no project the funds row is of
    form = (
        "某县人民医院2024年度部门整体支出绩效自评表\n项目名称: 某县人民医院2024年度部门整体支出绩效自评表\n"
        "部门(单位)名称 某县人民医院\n(元) 全年预算数(A) 全年执行数(B) 分值 预算执行率 得分\n"
        "年度资金总额: 286543000.00 281265894.37 10 98.16% 9.82\n"
    )
    budget = budget_of(form)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("28654.30"),
        Decimal("28126.589437"),
        Decimal("98.16"),
    )


def test_a_funds_block_printed_column_by_column() -> None:
    # hand-written: the rows' labels, then each column's header and its figures (the total row's first)
    text = (
        "项目资金（万元）\n年度资金总额：\n其中：财政拨款\n上年结转资金\n年初预算数\n300\n300\n0\n全年预算数\n412.5\n300\n112.5\n"
        "全年执行数\n398.27\n285.77\n112.5\n分值\n执行率\n得分\n10\n96.55%\n9.66\n年度总体目标\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(300),
        Decimal("412.5"),
        Decimal("398.27"),
        Decimal("96.55"),
    )


def test_an_item_of_a_list_a_total_opens_is_no_budget() -> None:
    # hand-written: "资金共计X，具体为：" then one numbered line a project, each with its own amount
    text = (
        "某镇2023年度财政衔接推进乡村振兴补助资金项目绩效自评报告\n一、项目基本情况\n"
        "2023年，县级下达我镇财政衔接推进乡村振兴补助资金项目3个，资金共计248.8万元，具体为：\n"
        "1.茶叶基地提质增效项目，衔接资金86.5万元，用于茶园管护；\n2.产业路硬化项目，衔接资金42.3万元，硬化产业路2.1公里；\n"
        "3.冷链仓储设施建设项目，衔接资金120万元，新建冷库1座。\n"
    )
    assert budget_of(text).adjusted != Decimal("86.5")


def test_money_at_disposal_batches_together_and_bonds_got() -> None:
    # hand-written: the year's money at disposal, two batches' total, the bonds a project got (not those got over years)
    assert budget_of("加上年结转资金1423.6万元，全年可支配资金23074.4万元。\n").adjusted == Decimal("23074.4")
    assert budget_of("第一批下达2000万元，第二批下达1840万元，两批合计3840万元。\n").adjusted == Decimal(3840)
    assert budget_of("2023年本项目共获得专项债券资金5000万元。\n").adjusted == Decimal(5000)
    assert budget_of("项目已累计获得专项债券资金9800万元。\n").adjusted is None


def test_an_initial_budget_whose_parts_close_before_the_years_addition() -> None:
    # hand-written: the parts after 其中 add up to it; the addition and the adjusted budget after "；" are no parts
    text = (
        "2018年度年初预算356.80万元，其中基本支出268.40万元，项目支出88.40万元；年中追加专项经费45.35万元，"
        "调整后预算402.15万元。\n"
    )
    assert year_figures(text)[:2] == (Decimal("356.80"), Decimal("402.15"))


def test_an_adjusted_total_the_years_budget_the_money_used_and_the_progress_of_execution() -> None:
    # hand-written: 调整后…预算总计, a subject's 年度预算; 全年资金使用; 执行进度 and 支付进度 as the rate
    assert budget_of("本年度调整后收支预算总计1,126.35万元。\n").adjusted == Decimal("1126.35")
    assert budget_of("该项目年度预算200万元，全年资金使用61.36万元。\n").executed == Decimal("61.36")
    assert budget_of("项目年度预算200万元，实际支出190万元。\n").adjusted == Decimal(200)
    text = "项目预算18,326万元。截至12月31日，累计支出17,981.62万元，全年预算执行进度为98.12%。\n"
    assert budget_of(text).execution_rate == Decimal("98.12")
    assert budget_of(
        "项目预算260万元，已报账支付248.30万元，资金支付进度95.5%。\n"
    ).execution_rate == Decimal("95.5")


def test_a_report_on_the_3_projects_a_unit_carried_out_states_no_headline_budget_of_one_of_them() -> None:
    # hand-written: the count written in digits ("实施的3个项目"), each project's figures under its own heading
    text = (
        "某县农业农村局2023年度项目支出绩效自评报告\n我局对2023年度实施的3个项目开展了绩效自评，现将有关情况报告如下：\n"
        "一、自评项目基本情况\n（一）肉牛产业发展项目\n项目年初预算860万元，全年实际支出842.3万元。\n"
        "（二）动物防疫补助项目\n项目年初预算120万元，全年实际支出118.6万元。\n"
        "（三）农村人居环境整治项目\n项目年初预算300万元，年中追加50万元，调整后预算350万元，全年实际支出341.2万元。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (None, None)


def test_the_projects_total_and_the_spending_that_goes_on_in_its_paragraph_stand() -> None:
    # hand-written: the count after the projects ("项目7个"), their total, then their spending in the next sentence
    text = (
        "某镇人民政府2022年度项目资金绩效自评报告\n我镇对2022年度实施的7个项目开展了绩效自评。\n"
        "2022年我镇共实施财政资金项目7个，项目资金总额1286.4万元。截至2022年12月31日，实际支出1243.9万元，"
        "执行率96.70%。\n1.甲村产业路项目，资金120.5万元；\n2.乙村污水管网项目，资金386.0万元。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1286.4"),
        Decimal("1243.9"),
        Decimal("96.70"),
    )


def test_gifts_handed_out_with_the_money_are_the_years_spending_not_the_money_alone() -> None:
    # hand-written: the whole handed out (慰问金及慰问品), then its parts after 其中
    text = "项目预算45.6万元。实际发放慰问金及慰问品44.8万元，执行率98.25%。其中：发放慰问金41.2万元，购置慰问品3.6万元。\n"
    assert budget_of(text).executed == Decimal("44.8")


def test_the_share_an_addition_or_a_balance_makes_of_the_budget_is_no_execution_rate() -> None:
    # hand-written: the rate stated, then a problem's share of the budget
    text = (
        "2023年全年预算1,506.20万元，实际支出1,482.90万元，执行率98.45%。\n"
        "（一）预算编制不够精准。年中追加项目较多，追加资金占全年预算的22.52%。\n"
    )
    assert budget_of(text).execution_rate == Decimal("98.45")
    assert budget_of("全年预算200万元，实际支出194万元，结余资金占全年预算的3%。\n").execution_rate is None
    # spending as a share of the budget written with thousands marks: the comma in "3,508.90" ends no clause
    # (hand-written: 3,317.54 / 3,508.90 = 94.55%)
    marked = "2024年全年支出3,317.54万元，占调整后预算3,508.90万元的94.55%。年初预算3,462.18万元，年中调增46.72万元。\n"
    assert budget_of(marked).execution_rate == Decimal("94.55")
    # the share of the budget money from above makes, its subject named in its own clause (hand-written: 300 /
    # 600 = 50%); spending named so is the rate (hand-written: 588 / 600 = 98%)
    came = (
        "全年预算600万元，全年支出588万元。\n（一）上级转移支付资金占全年预算的50.00%，预算调整幅度较大。\n"
    )
    assert budget_of(came).execution_rate is None
    assert budget_of("全年预算600万元，实际支出资金占全年预算的98.00%。\n").execution_rate == Decimal("98.00")


def test_a_sum_for_each_of_several_places_is_no_budget_however_long_its_label() -> None:
    # hand-written: each village's allocation, then the total
    text = "我镇12个村农家书屋每个安排出版物补充更新资金2000元，共计24000元。\n"
    assert budget_of(text).adjusted != Decimal("0.2")


def test_the_share_of_a_larger_allocation_the_reports_own_place_got_is_its_budget() -> None:
    # hand-written: the city's allocation, then (after 其中) the county's own share, which the rate is of
    text = (
        "2023年，上级下达某市农业相关转移支付资金12.8亿元，其中分配至我旗21456.8万元，占全市的16.8%。\n"
        "截至2023年12月31日，全旗农业相关转移支付资金支出20873.6万元，执行率97.28%。\n"
    )
    assert year_figures(text)[1:] == (Decimal("21456.8"), Decimal("20873.6"))


def test_a_departments_budget_and_spending_named_bare() -> None:
    # hand-written: "部门预算" / "单位预算" and "部门支出" right after the year
    assert year_figures("2023年部门预算128.60万元，全年支出126.90万元。\n")[1] == Decimal("128.60")
    assert year_figures("2019年单位预算186.52万元。\n")[1] == Decimal("186.52")
    assert year_figures("2022年全年预算600万元。2022年部门支出590.47万元，预算执行率98.41%。\n")[
        2
    ] == Decimal("590.47")
    # the income side keeps its own words
    assert year_figures("2023年部门预算收入128.60万元。\n")[1] is None


def test_a_funds_row_of_labelled_cells_with_the_points_cell_after_the_spending() -> None:
    # hand-written: "分值" opens the cell after a bare figure; its 分 is no unit of that figure
    budget = budget_of(
        "某县林草局项目支出绩效自评表\n项目资金（万元）：\n"
        "年初预算数：1,536.00　全年预算数：1,536.00　全年执行数：1,480.00　分值：10　执行率：96.35%　得分：9.64\n"
    )
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1536.00"),
        Decimal("1480.00"),
        Decimal("96.35"),
    )


def test_an_approximate_restatement_of_the_rate_and_a_rate_short_of_a_bound() -> None:
    # hand-written: the rate stated exactly, then roughly in the problems section, then as a distance to 100%
    budget = budget_of(
        "某县水务局2024年度农村供水项目绩效自评报告\n项目预算资金1150万元。\n截至2024年12月31日，项目实际支出1035.8万元，执行率90.07%。\n"
        "四、存在的问题\n资金支付进度偏慢，执行率刚过90%；预算执行率距100%仍有差距。\n"
    )
    assert budget.execution_rate == Decimal("90.07")


def test_a_year_in_a_bracketed_aside_names_no_year_of_the_figure_after_it() -> None:
    # hand-written: the cut's reason in brackets names the year a works moved to; the adjusted budget after it is
    # the report's year's
    assert year_figures(
        "某区某街道2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年年初预算12,486.35万元。年中调减预算1,204.60万元"
        "（主要为老旧小区改造项目调整至2024年实施），调整后预算11,281.75万元。2023年全年支出11,097.82万元。\n"
    ) == (Decimal("12486.35"), Decimal("11281.75"), Decimal("11097.82"))


def test_a_share_of_the_budget_after_an_addition_is_no_execution_rate() -> None:
    # hand-written: the problems section says what share of the budget was added mid-year; the rate is stated above
    budget = budget_of(
        "某县统计局2023年度部门整体支出绩效自评报告\n2023年年初预算6,482.15万元，年中追加1,433.21万元，全年预算7,915.36万元。"
        "全年实际支出7,702.84万元，预算执行率97.32%。\n四、存在的问题\n年初预算编制不够精准，年中追加1,433.21万元，占全年预算的18.11%。\n"
    )
    assert budget.execution_rate == Decimal("97.32")
    # spending's share of the budget is its rate
    assert budget_of(
        "某县统计局2023年度部门整体支出绩效自评报告\n全年预算200万元，全年支出190万元，占全年预算的95%。\n"
    ).execution_rate == (Decimal("95"))


def test_an_income_and_spending_table_whose_first_total_row_is_the_income() -> None:
    # hand-written: a hospital's 收支 table, income rows first; the spending total row is the block's total
    page = (
        "某市人民医院2020年度部门整体支出绩效自评报告\n单位：万元\n项目\t年初预算数\t调整后预算数\t实际执行数\t执行率\n"
        "收入合计\t18,563.42\t19,590.57\t19,428.06\t99.17%\n财政拨款收入\t2,136.80\t3,163.95\t3,163.95\t100.00%\n"
        "事业收入\t16,426.62\t16,426.62\t16,264.11\t99.01%\n支出合计\t18,563.42\t19,590.57\t19,102.36\t97.51%\n"
        "基本支出\t16,852.10\t16,852.10\t16,581.53\t98.39%\n项目支出\t1,711.32\t2,738.47\t2,520.83\t92.05%\n"
    )
    budget = budget_of(page)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("19590.57"),
        Decimal("19102.36"),
        Decimal("97.51"),
    )


def test_money_paid_out_that_gives_the_stated_rate_is_the_spending() -> None:
    # hand-written: the fund's money 拨付 to the clinics, its share of the budget stated as the execution rate
    # (2041.30 / 2168.75 = 94.12%); paid money that does not give the rate is no spending
    text = (
        "某县卫生健康局2023年度基本公共卫生服务项目绩效自评报告\n2023年基本公共卫生服务项目全年预算资金2,168.75万元。"
        "截至2023年12月31日，已拨付各乡镇卫生院及村卫生室资金2,041.30万元，资金执行率RATE%。\n"
    )
    assert budget_of(text.replace("RATE", "94.12")).executed == Decimal("2041.30")
    assert budget_of(text.replace("RATE", "96.12")).executed is None


def test_money_paid_out_sentences_away_from_the_rate_it_gives_to_the_hundredth() -> None:
    # hand-written: the province's fund 拨付 to the cities in one sentence, the rate two sentences on (4365 / 4500 =
    # 97.00%); a figure near the rate but not giving it exactly, or the budget restated as 应支付, is no spending
    text = (
        "某省体育局2018年度全民健身工程专项资金绩效自评报告\n省财政下达专项资金4500万元。"
        "截至2018年12月31日,我局已拨付各市州、县(市区)4365万元,剩余135万元待验收后拨付。"
        "专项资金实行专账核算。本年度项目资金执行率97%。\n"
    )
    assert budget_of(text).executed == Decimal("4365")
    assert budget_of(text.replace("4365万元,剩余135万元", "4369万元,剩余131万元")).executed is None
    paid_whole = text.replace("执行率97%", "执行率100%").replace(
        "4365万元,剩余135万元待验收后拨付", "全年应支付4500万元"
    )
    assert budget_of(paid_whole).executed is None
    # a budget of nothing gives no rate to look for, nor a division by it
    assert budget_of(text.replace("专项资金4500万元", "专项资金0万元")).executed is None


def test_a_projects_spending_named_as_its_kind_that_gives_the_stated_rate() -> None:
    # hand-written: a project report names the year's spending 项目支出; 1498.26 / 1526.80 = 98.13%
    budget = budget_of(
        "某区残联2023年度残疾儿童康复救助项目绩效自评报告\n该项目全年预算1,526.80万元。\n"
        "截至2023年12月底，项目支出1,498.26万元，支出进度98.13%。\n"
    )
    assert (budget.executed, budget.execution_rate) == (Decimal("1498.26"), Decimal("98.13"))
    # "执行380万元" before the rate it gives (380 / 395 = 96.20%)
    budget = budget_of(
        "某区农业农村局2020年度高标准农田建设项目绩效自评报告\n2020年度全年预算395万元，截至12月31日执行380万元，预算执行率96.20%。\n"
    )
    assert budget.executed == Decimal("380")


def test_amounts_in_yuan_a_scan_set_apart_after_their_commas_and_decimal_point() -> None:
    # hand-written: a scanned report's 元 amounts, a space after each thousands comma and after the decimal point
    assert year_figures(
        "某县教育局2022年度学前教育发展资金绩效自评报告\n2022年下达我县学前教育发展资金全年预算3, 860, 000. 00元。"
        "项目实际支出3, 794, 380. 00元。\n"
    )[1:] == (Decimal("386"), Decimal("379.438"))


def test_a_form_noting_its_unit_above_its_identity_rows_and_a_column_of_notes_after_the_score() -> None:
    # hand-written: "单位:元" in the first row, the identity rows (a phone number among them), then the funds block
    # whose last header is a column of notes (得分计算方法)
    page = (
        "县级部门预算项目支出绩效自评表\n(2021年度)\n主管部门(盖章):甲县文化和旅游局 | | 单位:元 |\n"
        "项目名称 | 公共文化场馆运行保障经费 | 主管部门 | 甲县文化和旅游局 |\n"
        "项目实施单位 | 甲县文化馆 | 项目负责人 | 张三 | 联系电话 | 87881264 |\n"
        "项目预算执行情况(10分) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | 得分计算方法 |\n"
        "年度资金总额 | 620000 | 580000 | 571240.50 | 10 | 98.49% | 9.85 | 执行率*该指标分值 |\n"
    )
    assert year_figures(page) == (Decimal("62"), Decimal("58"), Decimal("57.12405"))
    # the row read in the national order (no headers placed) takes the form's unit note too
    page = (
        "2023年度项目支出绩效自评表\n单位名称:甲州档案馆    金额单位:元\n项目名称 馆藏档案数字化加工经费\n"
        "预算执行情况(20分) 预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率)\n年度财政资金总额 286,500.00 279,842.16 97.68% 19.54\n"
    )
    assert year_figures(page)[1:] == (Decimal("28.65"), Decimal("27.984216"))


def test_a_mirrors_text_layer_that_prints_every_figure_twice() -> None:
    # hand-written: a mirror doubling each figure ("7070 万元" is 70); equal columns run together in a table
    # ("敬老院131.58131.58") are no such layer and stay as they are
    budget = budget_of(
        "某县科协2019年度科普经费项目绩效评价自评报告\n本项目申报金额 7070 万元,预算批复 7070 万元,当年实际到位 106.5106.5 万元,"
        "支出 36.9436.94 万元,执行率 52.77%52.77%。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal("70"), Decimal("36.94"))
    table = "单位名称预算数(万元)实际支出数(万元)甲镇敬老院6060乙镇敬老院131.58131.58支出合计191.58191.58三、项目绩效情况"
    assert [line.text for line in normalise_lines([Line(1, table)])] == [table]


def test_the_money_the_rate_verifies_over_a_payment_for_another_thing() -> None:
    # hand-written: the subsidy paid out right before the rate it gives (498000 / 520000 = 95.77%); the labour pay
    # in the benefits section is no spending of the fund
    budget = budget_of(
        "某乡2020年度生态茶园建设项目绩效自评报告\n下达财政专项扶贫资金520000元,用于新建标准化生态茶园260亩。\n"
        "按验收合格面积每亩2000元兑付补助资金498000元,资金支出率为95.77%。\n"
        "(二)社会效益。项目实施期间吸纳当地群众务工1800余人次,支付劳务报酬21.6万元。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal("52"), Decimal("49.8"))


def test_the_budget_adjusted_on_the_income_side_when_both_sides_agree_on_the_initial() -> None:
    # hand-written: a department states its initial budget on both sides, its adjustment on the income side only
    text = (
        "甲镇人民政府2024年度部门整体支出绩效自评报告\n"
        "2024年度部门年初预算支出5381.80万元,其中:基本支出1059.00万元,项目支出4322.80万元。全年部门决算支出5241.83万元。\n"
        "2024年部门年初预算收入5381.80万元,年内调整预算收入5574.40万元,决算收入5241.83万元。\n"
    )
    assert year_figures(text) == (Decimal("5381.80"), Decimal("5574.40"), Decimal("5241.83"))
    # ... not when the two sides' initial budgets differ: the income side may count what the spending side does not
    other = text.replace("年初预算收入5381.80万元", "年初预算收入5400.00万元")
    assert budget_of(other).adjusted is None


def test_a_department_forms_funds_row_under_a_header_noting_its_unit_and_points() -> None:
    # hand-written: the first header cell notes the unit and the row's points ("预算执行情况(万元)(20分)")
    text = (
        "部门整体支出绩效自评表\n(2021年度)\n单位名称 甲县城市管理局 填报日期 2022年5月20日\n"
        "预算执行情况(万元)(20分) 预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率)\n部门整体支出总额 1456.8 1398.35 96% 19.2\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1456.8"),
        Decimal("1398.35"),
        Decimal("96"),
    )


def test_levels_and_groups_of_projects_have_their_own_rates_and_the_total_after_them_is_the_reports() -> None:
    # hand-written after a probe variant: each level's money spent with its rate, then the total spent and its
    # rate; a group of projects counted by number with its rate
    text = (
        "年初预算1200万元,其中上级专项资金400万元,县级财政拨款资金800万元。\n"
        "上级专项资金支出300万元,执行率75%;县级财政拨款资金支出720万元,执行率90%;合计支出1020万元,总体执行率85%。\n"
        "其中道路养护等6个项目执行进度100%,其余3个项目执行进度0。\n"
    )
    budget = budget_of(text)
    assert (budget.executed, budget.execution_rate) == (Decimal(1020), Decimal(85))


def test_a_special_bonds_money_of_the_period_and_its_payment() -> None:
    # hand-written after two development pages and their probe variants: the bond's money that arrived (and all
    # of it paid), or paid on to the contractor
    assert year_figures("项目立项总投资约3.2亿元。2022年专项债0.64亿元已到位,并已全部支付。") == (
        None,
        Decimal(6400),
        Decimal(6400),
    )
    assert year_figures(
        "本期政府专项债券800万元于2023年4月收到市财政拨款,并于当月拨付到某某建设有限公司800万元。"
    ) == (None, Decimal(800), Decimal(800))
    # arrived, nothing said of its payment: the budget only
    assert year_figures("本期政府专项债券资金600万元于2023年3月下达到位。") == (None, Decimal(600), None)


def test_a_forms_row_with_wan_in_its_cells_is_read_under_its_headers() -> None:
    # hand-written after a probe variant: the form run together on one line, each amount written "25万"; the
    # second amount is the spending column's, not a second 资金总额
    text = (
        "项目名称 档案数字化加工 预算执行情况(万元)(20分) 预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率) "
        "年度财政资金总额 40万 36万 90% 18 年度绩效指标"
    )
    assert year_figures(text)[1:] == (Decimal(40), Decimal(36))


def test_a_form_of_two_amount_columns_without_a_rate() -> None:
    # hand-written after a development page: the Hubei 绩效评价信息表 states the year's budget and spending only
    text = (
        "项目名称 2021年度某某补助项目 单位名称 某县某镇中心小学 全年预算(A) 全年执行(B) 年度资金总额: 14.4 13.8 "
        "项目资金(万元) 其中:中央补助 省级资金 其他资金"
    )
    assert year_figures(text)[1:] == (Decimal("14.4"), Decimal("13.8"))


def test_spending_aimed_at_is_no_spending_and_the_projects_money_completed_is() -> None:
    # hand-written after a probe variant: the year's goal names a payment, the funds section states what was spent
    text = (
        "年度绩效目标:完成项目资金支付80万元,群众满意度达90%以上。\n"
        "申报预算资金80万元,已全部完成批复。截至2022年12月底,项目资金完成61.2万元,剩余资金待竣工结算后支付。\n"
    )
    assert year_figures(text)[1:] == (Decimal(80), Decimal("61.2"))
    # a fund named after what it builds, its money "完成": spent too
    built = "项目批复预算资金80万元。\n1.村卫生室标准化建设资金完成76.4万元。群众满意度达90%以上。\n"
    assert year_figures(built)[1:] == (Decimal(80), Decimal("76.4"))


def test_an_items_rate_after_its_own_budget_and_spending_is_the_items() -> None:
    # hand-written after a false-alarm hunt: items of a list, each named with a colon, then its own figures, the
    # page's width cutting 执行率
    text = (
        "截至2019年12月31日，专项资金实际支出990.00万元，预算执行率99.00%。各方向资金使用情况如下（单位：万元）：\n"
        "甲计划（18项）：预算600.00，支出597.00，执\n行率99.50%，占总支出60.30%；\n"
        "乙基金（20项）：预算400.00，支出393.00，执\n行率98.25%，占总支出39.70%。\n"
    )
    assert budget_of(text).execution_rate == Decimal(99)


def test_fujians_department_form_reads_its_funds_row() -> None:
    # hand-written in the shape of Fujian's 部门整体支出绩效自评表: 年初 ① + 历年结余结转 ② + 年中调整 ③ = 小计 ④,
    # 年度拨付 ⑤, 支出实现率 ⑥ = ⑤/④ (441.28 / 458.71 = 96.20%, written without "%"), then the balance and its share
    header = (
        "| 财政资金安排和使用情况(万元) | 资金结构 | 年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | "
        "小计④=①+②+③ | 年度拨付金额⑤ | 支出实现率(%)⑥=⑤/④ | 本年度结余金额⑦=④-⑤ | 资金结余率(%)⑧=⑦/④ |"
    )
    row = "412.36 | 18.75 | 27.6 | 458.71 | 441.28 | 96.2 | 17.43 | 3.8 |"
    text = (
        "部门整体支出绩效自评表\n| 部门(单位)名称 | 某市妇女联合会 |\n"
        + header
        + f"\n| | 财政资金小计 | {row}\n| | ①中央及省级财政资金 | | | | | | | | |\n"
        + f"| | ②市级财政资金 | {row}\n| | 合计 | {row}\n"
    )
    # the form's headers over the columns' groups too (预算安排 … 拨付情况 … 结余情况): no column of figures
    grouped = text.replace(
        header,
        "| 财政资金安排和使用情况(万元) | 资金结构 | 预算安排 | | | | 拨付情况 | | 结余情况 | |\n"
        + header.replace("| 财政资金安排和使用情况(万元) | 资金结构 |", "| | |"),
    )
    for form in (text, grouped):
        budget = budget_of(form)
        assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
            Decimal("412.36"),
            Decimal("458.71"),
            Decimal("441.28"),
            Decimal("96.2"),
        )


def test_a_table_of_the_three_public_expenses_is_no_funds_block() -> None:
    # hand-written: the report's own figures one cell per line, then "二、“三公”经费" and its table, in 元
    text = (
        "某镇2024年度部门整体支出绩效自评表\n一、预算执行情况\n调整后预算数\n4,486.54万元\n实际支出数\n4,384.78万元\n"
        "预算执行率\n97.73%\n二、“三公”经费\n项目\n预算数\n决算数\n完成率\n公务接待费\n45,000.00\n31,260.00\n69.47%\n"
        "合计\n230,000.00\n193,644.50\n84.19%\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) != (Decimal("230000.00"), Decimal("193644.50"))
    assert budget.execution_rate == Decimal("97.73")


def test_a_rate_a_sentence_states_of_one_of_the_places_is_not_the_reports() -> None:
    # hand-written: the city's rate is 98.39%; 鄂托克前旗 is one of the banners the money went to
    text = (
        "某市2022年度就业补助资金绩效自评报告\n全市下达资金2,480.00万元，支出2,440.10万元，执行率98.39%。\n"
        "部分旗区支出进度不均衡，鄂托克前旗执行率仅94.83%。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.budget.execution_rate == Decimal("98.39")
    assert [(f.field, f.subject) for f in report.facts if f.value == Decimal("94.83")] == [
        ("part.execution_rate", "鄂托克前旗")
    ]


def test_the_initial_budget_of_a_departments_spending_run_into_its_budget_word() -> None:
    # hand-written: "年初预算安排部门预算支出" is the initial budget; "年中追加调整后全年预算支出" the adjusted one
    text = (
        "某区民政局2020年度部门整体支出绩效自评报告\n2020年区财政年初预算安排部门预算支出3,986.24万元,年中追加调整后"
        "全年预算支出4,610.53万元,全年实际支出4,521.40万元,预算执行率98.07%。\n"
    )
    assert year_figures(text) == (Decimal("3986.24"), Decimal("4610.53"), Decimal("4521.40"))


def test_a_fund_named_as_what_the_budget_was_adjusted_by_is_not_its_source() -> None:
    # hand-written: "根据上级补助资金下达情况调整后预算为…" adjusts the project's own budget
    text = (
        "某县2023年度耕地地力保护补贴项目支出绩效自评报告\n2023年年初预算安排耕地地力保护补贴资金1,196万元,年中根据上级"
        "补助资金下达情况调整后预算为1,268.43万元,全年实际发放补贴资金1,268.43万元,预算执行率100%。\n"
    )
    assert year_figures(text) == (Decimal("1196"), Decimal("1268.43"), Decimal("1268.43"))


def test_the_works_whole_estimated_cost_is_no_budget_beside_the_years_money() -> None:
    # hand-written: 估算总投资 after the project's name is the works' cost; the year's money is another figure
    text = (
        "某区某镇排水管网改造工程项目2020年度绩效自评报告\n某区某镇排水管网改造工程项目估算总投资1326.70万元,区财政通过"
        "抗疫特别国债安排资金450万元。\n"
    )
    assert budget_of(text).adjusted != Decimal("1326.70")


def test_what_was_not_paid_out_is_no_spending_and_a_named_benefit_paid_out_is() -> None:
    # hand-written: 6,583,650 of 6,742,800元 paid out (97.64%); the 159,150元 "未发放资金" is the rest
    text = (
        "某旗2023年度义务兵家庭优待金项目支出绩效自评报告\n2023年共收到优待金补助资金6,742,800元。截至2023年12月31日,"
        "实际发放优待金6,583,650元,资金执行率97.64%,未发放资金159,150元为退兵人员对应资金,已按规定收回。\n"
    )
    assert budget_of(text).executed == Decimal("658.365")
    assert budget_of(text.replace("实际发放优待金6,583,650元,", "")).executed is None


def test_a_table_of_projects_is_no_funds_block_and_its_row_numbers_no_amounts() -> None:
    # hand-written: a department's own figures in prose, then its projects one a row with their 合计
    text = (
        "某研究所2020年度部门整体支出绩效自评报告\n（一）预算安排。2020年年初预算5,120.00万元，全年预算数合计6,960.56万元。\n"
        "（二）支出情况。本年支出合计6,712.43万元。\n（三）执行情况。全年预算执行率96.44%。\n三、项目执行情况（单位：万元）\n"
        "序号  项目名称    全年预算    实际支出    执行率\n1  作物种质资源保护与利用    860.00    842.15    97.92%\n"
        "2  水稻新品种选育攻关    1250.00    1226.38    98.11%\n合计    2110.00    2068.53    98.03%\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("6960.56"),
        Decimal("6712.43"),
        Decimal("96.44"),
    )


def test_a_row_number_after_a_header_run_ending_in_the_rate_is_no_spending() -> None:
    # hand-written: a form flattened onto one line, its sub-projects' header ending in 执行率 and the first row's
    # number after it; the form's unit declared above: the "1" is no spending of 1万元
    text = (
        "2022年度某市妇联妇女儿童维权服务项目绩效自评表\n资金(万元) 合计 18.6 执行率 96.45% "
        "子项目 预算数 执行数 执行率 1 婚姻家庭纠纷调解 6.2 6.2 100% 2 妇女儿童法律援助 4.4 4.04 91.82%\n"
    )
    budget = budget_of(text)
    assert budget.executed is None
    assert budget_of(text.replace("执行数 执行率 1 婚姻", "执行率 执行数 1 婚姻")).executed == Decimal("1")


def test_a_rate_of_money_paid_out_is_the_execution_rate_and_the_money_paid_out_its_spending() -> None:
    # hand-written: a township's funds handed out to its projects, 498.3 / 512.6 = 97.21%; 足额拨付率 is an indicator
    text = (
        "某乡2022年度统筹整合使用财政涉农资金项目绩效自评报告\n2022年我乡共实施项目3个,下达资金合计512.6万元,"
        "截至2022年12月31日已拨付498.3万元,资金拨付率97.21%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("512.6"),
        Decimal("498.3"),
        Decimal("97.21"),
    )
    indicator = "某乡2022年度X项目绩效自评报告\n下达资金合计512.6万元,资金足额拨付率100%。\n"
    assert budget_of(indicator).execution_rate is None
    # passed on in full to the spenders, then spent in part: the spending's rate is the execution (hand-written:
    # 1,764.20 / 1,900.00 = 92.85%)
    both = (
        "某县2023年度水利发展资金绩效自评报告\n2023年共下达水利发展资金1,900.00万元。\n"
        "县财政已将上述资金全部拨付至项目实施单位，拨付率100%；各项目累计支出1,764.20万元，支出率92.85%。\n"
    )
    assert budget_of(both).execution_rate == Decimal("92.85")
    assert 100 not in {
        f.value
        for f in extract_document(Document.from_text("page.txt", "txt", both)).facts
        if f.field == "budget.execution_rate"
    }


def test_a_breakdown_by_kind_gives_each_parts_rate() -> None:
    # hand-written after a hunt: the whole's rate (2,176.74 / 2,340.34 = 93.01%), then 按支出性质分 the parts' own
    text = (
        "某街道办事处2021年度部门整体支出绩效自评报告\n"
        "2021年度全年预算数2340.34万元，全年支出2176.74万元，执行率93.01%。按支出性质分：基本支出897.24万元，"
        "执行率99.33%；项目支出1279.50万元，执行率89.04%。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.budget.execution_rate == Decimal("93.01")
    assert {(f.value, f.subject) for f in report.facts if f.field.endswith("execution_rate")} == {
        (Decimal("93.01"), None),
        (Decimal("99.33"), "基本支出"),
        (Decimal("89.04"), "项目支出"),
    }


def test_a_levels_rate_is_that_levels_however_it_is_named() -> None:
    # hand-written: the whole's rate first (449.548 / 479.8 = 93.69%), then one level's rates: told slow, with 仅, or
    # named with the levels it covers in brackets
    head = (
        "某县2023年度衔接资金项目绩效自评报告\n2023年下达资金479.8万元,实际支出449.548万元,执行率93.69%。\n"
    )
    for level in (
        "二是县级资金支付进度偏慢，县级资金支付率仅47.20%。\n",
        "一是区级配套资金支出进度偏慢，执行率47.20%。\n",
        "一是县（市、区）资金执行率47.20%，低于全市平均水平。\n",
    ):
        report = extract_document(Document.from_text("page.txt", "txt", head + level))
        assert report.budget.execution_rate == Decimal("93.69")
        assert [f.field for f in report.facts if f.value == Decimal("47.2")] == ["source.execution_rate"]


def test_a_table_drawn_with_box_characters_is_read_as_one_with_bars() -> None:
    # hand-written: the 指标值 column holds the target 100%, the 完成值 the rate
    text = (
        "某市2020年就业补助资金绩效自评报告\n全年下达资金12,000万元，实际支出11,396.4万元，执行率94.97%。\n"
        "┌──────┬──────┬──────┬──────┐\n│三级指标│指标值│完成值│分值│\n│资金执行率│100%│94.97%│10│\n"
        "└──────┴──────┴──────┴──────┘\n"
    )
    assert normalise_lines([Line(4, "│资金执行率│100%│94.97%│10│")])[0].text == "|资金执行率|100%|94.97%|10|"
    assert budget_of(text).execution_rate == Decimal("94.97")


def test_a_forms_planned_money_is_its_budget_beside_its_balance() -> None:
    # hand-written after a probe variant (Hunan's cover form): 计划安排资金 heads the budget, 结余 the balance
    text = (
        "某县2020年度残疾人两项补贴项目绩效自评报告\n一、项目基本概况\n"
        "| 计划安排资金(万元) | 实际到位资金(万元) | 实际支出(万元) | 结余(万元) |\n| 486.3 | 486.3 | 471.85 | 14.45 |\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal("486.3"), Decimal("471.85"))


def test_a_departments_whole_spending_row_one_cell_a_line_is_its_funds_row() -> None:
    # hand-written after a probe variant: the table's header cells, then 部门整体支出 and its parts' rows, a cell a line
    # (1987.21 / 2015.44 = 98.60%); the row's first figure is its initial budget, no spending
    text = (
        "某省科学技术厅2022年度部门整体支出绩效自评报告\n(一)预算执行情况\n单位:万元\n项目\n年初预算数\n全年预算数\n"
        "全年执行数\n执行率\n部门整体支出\n1832.60\n2015.44\n1987.21\n98.6%\n其中:基本支出\n1102.35\n1118.92\n1118.92\n"
        "100%\n项目支出\n730.25\n896.52\n868.29\n96.85%\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1832.60"),
        Decimal("2015.44"),
        Decimal("1987.21"),
        Decimal("98.6"),
    )


def test_the_last_of_a_list_of_weights_is_no_rate() -> None:
    # hand-written: the weights set for the indicators, the execution rate's the last of them
    text = (
        "某县2020年度老旧小区供热管网改造工程项目绩效评价报告\n一、项目概况\n2020年下达资金89.7362万元,实际支出"
        "86.204317万元,资金使用率96.06%。\n二、评价工作开展情况\n指标权重统一设置为: 产出指标40%、效益指标30%、"
        "服务对象满意度指标20%、预算执行率10%。\n"
    )
    assert budget_of(text).execution_rate == Decimal("96.06")


def test_a_named_parts_rate_said_to_be_only_so_much_is_that_parts() -> None:
    # hand-written: 2718.35 / 2740 = 99.21% is the project's; the repair money's 89.90% is its own
    text = (
        "某区2023年度城市公园绿地养护项目绩效自评报告\n二、预算及执行情况\n调整后全年预算2,740.00万元。日常养护"
        "2,525.74万元，设施维修214.26万元。全年支出2,718.35万元，执行率99.21%。\n五、存在问题\n设施维修资金执行率仅89.90%，"
        "结余21.65万元。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.budget.execution_rate == Decimal("99.21")
    assert [f.field for f in report.facts if f.value == Decimal("89.9")] == ["part.execution_rate"]


def test_a_whole_made_of_the_initial_budget_and_a_mid_year_addition_is_the_adjusted_budget() -> None:
    # hand-written: 1,980.00 + 376.80 = 2,356.80, the addition made 年中
    text = (
        "某局2021年度部门整体支出绩效自评报告\n2021年度部门预算收入合计2,356.80万元,其中年初预算1,980.00万元,"
        "年中追加376.80万元,全部为一般公共预算拨款。\n"
    )
    assert year_figures(text)[:2] == (Decimal("1980.00"), Decimal("2356.80"))


def test_the_money_of_projects_picked_for_an_assessment_is_no_budget() -> None:
    # hand-written: the report covers the school's projects; 9.6万元 is the money of the three picked for 事前绩效评估
    text = (
        "某县委党校2023年度项目支出绩效单位自评报告\n一、基本情况\n组建了评估专家组,对2023年申请县级财政直接投入的预算项目"
        "开展事前绩效评估。本次共选取3个项目开展事前绩效评估,涉及项目资金共计9.6万元。\n"
    )
    assert budget_of(text).adjusted is None


def test_a_named_part_of_the_spending_after_the_whole_is_no_headline_and_one_terms_spending_none() -> None:
    # hand-written: the fund's spending (50936.72 / 52368 = 97.27%), then the part of one kind of county, named like
    # the fund itself, after 其中
    text = (
        "某自治区财政厅2022年度产粮大县奖励资金绩效自评报告\n1.资金下达情况。中央下达产粮大县奖励资金52368.00万元。\n"
        "2.资金执行情况。截至2022年12月31日,各产粮大县累计支出奖励资金50936.72万元,预算执行率为97.27%,其中超级产粮大县"
        "奖励资金支出10527.45万元,主要用于高标准农田建设。\n"
    )
    assert budget_of(text).executed == Decimal("50936.72")
    # the spring term's money paid out, the autumn term's cut off: no spending of the year
    term = (
        "某县2022年度学前教育资助项目绩效自评报告\n2022年共下达学前教育资助资金12.6万元。四、项目资金使用情况2022年春季学期"
        "资助困难幼儿61人次,发放资助资金6.1万元;秋季学期资助65人次,发放资\n"
    )
    assert budget_of(term).executed is None


def test_money_paid_for_a_named_fee_with_more_paid_besides_is_no_spending_of_the_project() -> None:
    # hand-written: 57万元 paid for the lines' rent and 31万元 besides for upkeep, no total stated
    text = (
        "某市委办公室2021年度视频会议系统项目资金绩效评价报告\n(二)全年就该项目支付了57万元的专网线路及视频通道租费,"
        "主要用于市直单位和县市区的线路年租赁费。另外开支了31万元运行维护费,主要用于会议终端的维修。\n"
    )
    assert budget_of(text).executed is None


def test_a_share_of_the_budget_with_the_budgets_figure_between_is_the_rate() -> None:
    # hand-written: 286.73 / 297.15 = 96.4934…%, printed 96.49%
    text = (
        "某县统计局2018年度经济普查项目支出绩效自评报告\n二、项目资金使用情况\n2018年度，本项目全年完成支出286.73万元，"
        "占全年预算数297.15万元的96.49%。\n"
    )
    budget = budget_of(text)
    assert (budget.executed, budget.execution_rate) == (Decimal("286.73"), Decimal("96.49"))


def test_the_years_available_budget_after_an_addition_is_the_adjusted_budget() -> None:
    # hand-written: 152.36 + 18.5 = 170.86; 169.42 / 170.86 = 99.157…%
    text = (
        "某县统计局2018年度部门整体支出绩效自评报告\n二、预算执行情况\n2018年财政批复我局部门预算152.36万元，年中追加普查经费"
        "18.5万元，全年可用预算170.86万元；全年完成支出169.42万元，执行率99.16%。\n"
    )
    assert budget_of(text).adjusted == Decimal("170.86")


def test_a_funds_row_a_scan_ran_the_spending_into_the_points() -> None:
    # hand-written: OCR printed "118.42 10" as "118.4210"; 118.42 / 120 = 98.683…%, printed 98.68%, 9.87 of 10
    head = "某旗某局2022年度项目支出绩效自评表\n项目名称某某防火物资购置\n"
    header = "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分\n"
    budget = budget_of(head + header + "年度资金总额120 120 118.4210 98.68% 9.87\n")
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(120),
        Decimal(120),
        Decimal("118.42"),
        Decimal("98.68"),
    )
    # a run-together cell no cut reads with the rate (118.4210 of 120 at 90%): no amount is placed
    budget = budget_of(head + header + "年度资金总额120 120 118.4210 90.00% 9.00\n")
    assert (budget.adjusted, budget.executed) == (None, None)


def test_a_forms_unit_noted_under_its_title_holds_over_its_task_table() -> None:
    # hand-written: a department's form in 元 (a 年度主要任务 table between the note and the funds block);
    # 2,759,622.09 / 2,794,138.00 = 98.764…%
    text = (
        "某县档案馆2023年度部门整体支出绩效自评表\n金额单位：元\n部门名称     某县档案馆\n"
        "年度主要任务    任务名称    主要内容    预算金额（总额）    其中：财政拨款    其他资金\n"
        "馆藏档案数字化     完成数字化加工     500000.00     500000.00     0.00\n"
        "档案库房改造     库房八防设施改造     320000.00     320000.00     0.00\n"
        "金额合计     820000.00     820000.00     0.00\n"
        "预算资金        年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
        "年度资金总额    2625518.00    2794138.00    2759622.09    10      98.76%    9.88\n"
    )
    assert year_figures(text) == (Decimal("262.5518"), Decimal("279.4138"), Decimal("275.962209"))


def test_the_budgets_money_used_in_the_year_is_the_spending() -> None:
    # hand-written: 481.93 / 496.56 = 97.053…%, printed 97.05%
    text = (
        "某区某社2022年度部门整体支出绩效自评报告\n二、预算执行情况\n调整后全年预算496.56万元。\n"
        "2022年全年使用预算资金481.93万元，预算执行率97.05%。\n"
    )
    assert year_figures(text)[1:] == (Decimal("496.56"), Decimal("481.93"))
    # money planned to be used is no spending
    planned = (
        "某区某社2022年度部门整体支出绩效自评报告\n调整后全年预算496.56万元，计划使用预算资金481.93万元。\n"
    )
    assert year_figures(planned)[2] is None


def test_money_paid_as_the_works_went_on_is_the_spending() -> None:
    # hand-written: no rate stated to confirm it (415 - 398.62 = 16.38 left)
    text = (
        "某镇2024年度衔接资金项目绩效自评报告\n2024年4月，县财政局下达衔接资金415万元。\n"
        "截至2024年12月31日，已按工程进度拨付项目资金398.62万元。结余资金16.38万元。\n"
    )
    assert year_figures(text)[1:] == (Decimal(415), Decimal("398.62"))


def test_a_projects_budget_with_its_year_in_the_label_and_a_rates_weight_in_percent() -> None:
    # hand-written: 75.4512 / 88 = 85.74%; the rule's weight "执行率权重10%" is no rate
    text = (
        "某区科协2024年度科普项目绩效自评报告\n一、项目概况\n项目2024年预算88.00万元，其中区级财政预算68.00万元，"
        "市科协下达科普专项补助20.00万元。\n二、预算执行情况\n全年支出75.4512万元，预算执行率85.74%。\n"
        "按区自评规则，预算执行率权重10%，执行率≥90%得满分。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(88),
        Decimal("75.4512"),
        Decimal("85.74"),
    )


def test_a_funds_tables_header_split_over_two_lines_is_joined_again() -> None:
    # hand-written: "年初 / 预算数", "全年 / 预算数", "全年 / 执行数" printed a line apart; 1371.05 / 1398.22 = 98.06%
    spaced = (
        "某街道办事处2018年度部门整体支出绩效自评报告\n(一)预算收支情况\n单位:万元\n"
        "项目        年初          全年          全年          执行率\n"
        "            预算数        预算数        执行数\n"
        "合计        1254.60       1398.22       1371.05       98.06%\n"
        "基本支出    682.40        705.86        705.86        100.00%\n"
    )
    assert year_figures(spaced) == (Decimal("1254.60"), Decimal("1398.22"), Decimal("1371.05"))
    # "调整后 / 预算数" under bars, the second line's other cell a note of the rate's unit
    barred = (
        "某县教育科技局2024年度部门整体支出绩效自评报告\n表1 2024年度部门预算执行情况表\n单位：万元\n"
        "项目 | 年初预算数 | 调整后 | 实际支出数 | 执行率 |\n| | 预算数 | | （%） |\n"
        "合计 | 18,652.30 | 20,117.84 | 19,560.27 | 97.23 |\n"
    )
    assert year_figures(barred) == (Decimal("18652.30"), Decimal("20117.84"), Decimal("19560.27"))


def test_an_initial_budget_said_unchanged_is_the_years_budget() -> None:
    # hand-written: no rate agrees to settle it (118.37 / 126 = 93.94%, printed 95.84%: the audit's to find)
    text = (
        "某市林业局2019年度森林防火项目支出绩效自评报告\n2019年年初部门预算安排森林防火专项经费126.00万元,年度执行中未作调整。\n"
        "截至2019年12月31日,项目实际支出118.37万元,资金执行率95.84%。\n"
    )
    assert year_figures(text) == (Decimal(126), Decimal(126), Decimal("118.37"))


def test_money_paid_to_the_contractor_named_first_is_the_spending() -> None:
    # hand-written: 85 - 79.6 = 5.4 left as the retention money
    text = (
        "某市水务局2021年度农村饮水维修养护项目绩效自评报告\n省财政厅下达中央财政水利发展资金50万元、省级财政补助资金35万元，"
        "共计85万元。\n截至2021年12月31日，已拨付施工单位维修养护资金79.6万元，未拨付的5.4万元为质保金。\n"
    )
    assert year_figures(text)[1:] == (Decimal(85), Decimal("79.6"))


def test_money_set_aside_at_the_start_of_the_year_is_the_initial_budget() -> None:
    # hand-written: 360 - 24 = 336
    text = (
        "某区民政局2025年度老年人助餐服务项目支出绩效自评报告\n2025年区级财政年初安排老年人助餐服务补贴资金360万元。"
        "年中调减预算24万元,调整后预算336万元。\n"
    )
    assert year_figures(text)[:2] == (Decimal(360), Decimal(336))


def test_a_standards_execution_rate_is_no_budget_rate() -> None:
    # hand-written: 6421.37 / 6504.1 = 98.73%; "标准执行率100%" says the standards were kept
    text = (
        "某市民政局2021年度困难群众救助补助资金绩效自评报告\n2021年我局共收到困难群众救助补助资金6504.1万元。\n"
        "2021年共支出6421.37万元，资金执行率98.73%。\n4.成本指标。按国家及省定标准发放，标准执行率100%。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    rates = [f.value for f in report.facts if f.field == "budget.execution_rate"]
    assert (report.budget.execution_rate, rates) == (Decimal("98.73"), [Decimal("98.73")])


def test_the_whole_places_spending_of_the_fund_is_the_spending() -> None:
    # hand-written: 8518.66 / 8551.18 = 99.62%; no rate needed to settle it
    text = (
        "某县农业农村局2021年度中央财政农业生产发展资金绩效自评报告\n2021年上级下达我县农业生产发展资金8551.18万元。\n"
        "截至2021年12月31日，全县支出8518.66万元。\n"
    )
    assert year_figures(text)[1:] == (Decimal("8551.18"), Decimal("8518.66"))


def test_the_years_approved_bonds_and_their_spending_not_the_projects_cumulative_use() -> None:
    # hand-written: 8000 + 15000 = 23000 approved over two years; 13860 / 15000 = 92.40% this year;
    # 21780 / 23000 = 94.70% used so far
    text = (
        "某县人民医院2022年度地方政府专项债券项目绩效自评报告\n"
        "项目累计获批专项债券资金23000万元,其中2021年8000万元,2022年15000万元。2022年度获批的专项债券资金15000万元,"
        "截至2022年12月31日实际支出13860万元,支出进度92.4%;项目累计使用专项债券资金21780万元,占已发行债券金额94.7%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(15000),
        Decimal(13860),
        Decimal("92.4"),
    )


def test_several_funds_each_under_its_own_heading_give_no_headline_budget() -> None:
    # hand-written: three funds evaluated together, each with its own figures, no total stated
    text = (
        "某县民政局2020年度项目支出绩效自评报告\n"
        "县民政局对2020年度城乡最低生活保障资金、特困人员救助供养资金、临时救助资金等三个项目开展了绩效自评。\n"
        "一、项目基本情况\n(一)城乡最低生活保障资金\n2.资金安排及使用。2020年共安排城乡低保资金3562.80万元,"
        "全年累计发放城乡低保金3548.16万元。\n(二)特困人员救助供养资金\n"
        "2.资金安排及使用。2020年安排特困人员救助供养资金826.45万元,全年支出826.45万元,执行率100%。\n"
        "(三)临时救助资金\n2.资金安排及使用。2020年安排临时救助资金140万元,实际支出136.82万元,执行率97.73%。\n"
        "二、资金管理情况\n各项资金专款专用。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (None, None, None)
    # one fund's heading alone is the report's own fund: its figures are the report's
    one = (
        "某县民政局2020年度临时救助资金绩效自评报告\n一、项目基本情况\n(一)临时救助资金\n"
        "2020年安排临时救助资金140万元,实际支出136.82万元,执行率97.73%。\n二、资金管理情况\n"
    )
    assert year_figures(one)[1:] == (Decimal(140), Decimal("136.82"))


def test_a_levels_spending_progress_is_that_levels() -> None:
    # hand-written: 5388.28 / 5649.80 = 95.37% for all levels; the central money was all spent
    text = (
        "某县2024年度衔接推进乡村振兴补助资金绩效自评报告\n2024年全县共投入衔接资金5649.80万元,全年支出5388.28万元,"
        "执行率95.37%。\n3.时效指标:中央资金支出进度100%,省、市、县级资金支出进度均达到年度序时要求。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    rates = [f.value for f in report.facts if f.field == "budget.execution_rate"]
    assert (report.budget.execution_rate, rates) == (Decimal("95.37"), [Decimal("95.37")])


def test_a_named_parts_spending_then_its_rate_is_that_parts_not_the_reports_own_funds() -> None:
    # hand-written: two parts with no total; 180.22 / 186.4 = 96.68% is the first part's rate
    text = (
        "某县农村生活垃圾治理经费项目支出绩效自评报告\n2020年安排清运经费186.4万元、保洁员工资补助95.76万元。\n"
        "截至2020年12月31日,县城管局清运经费支出180.22万元,执行率96.68%。\n"
    )
    assert budget_of(text).execution_rate is None
    # the report's own fund, or the whole place's, spent then its rate: the report's rate (6515.27 / 6842.5 = 95.22%)
    own = (
        "某市2021年度中央财政林业改革发展资金绩效自评报告\n2021年下达中央财政林业改革发展资金6842.5万元。\n"
        "截至2021年12月31日,全市中央财政林业改革发展资金实际支出6515.27万元,支出率95.22%。\n"
    )
    assert budget_of(own).execution_rate == Decimal("95.22")
    assert budget_of(own.replace("全市", "")).execution_rate == Decimal("95.22")


def test_several_projects_each_under_a_heading_of_its_evaluation_give_no_headline_budget() -> None:
    # hand-written: "一、X项目绩效自评综述" … "二、Y项目绩效自评综述", each with its own figures
    text = (
        "某县卫生健康局2020年度项目支出绩效自评报告\n一、基本公共卫生服务补助项目绩效自评综述\n"
        "2020年该项目预算资金521.9万元,全年实际支出508.73万元,执行率97.48%。\n"
        "二、计划生育家庭奖励扶助项目绩效自评综述\n2020年扶助金143.18万元通过一卡通足额发放到人。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (None, None, None)


def test_a_projects_heading_with_a_bracketed_note_opens_its_section_too() -> None:
    # hand-written: three projects under "一、" … "三、", the second's heading noting "（民生工程）" after its name;
    # each section states its own figures and none the report's whole
    text = (
        "某县交通运输局2021年度项目支出绩效自评报告\n一、农村客运站点维护项目\n"
        "项目全年预算120.00万元，全年实际支出116.40万元，预算执行率97.00%。\n"
        "二、乡村公路安保工程（民生工程）\n"
        "县财政安排本项目预算资金860.00万元，年内支出817.00万元，预算执行率95.00%。\n"
        "三、公路路政执法项目\n项目年初预算30.00万元，全年支出27.90万元，预算执行率93.00%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (None, None, None)


def test_funds_enumerated_一是_二是_and_sections_per_level_state_no_whole() -> None:
    # hand-written: two funds, each with its own amount and spending under a section of its own; the report
    # states no total of them (the title's fund is the central one's name, yet the report covers both)
    text = (
        "某县卫生健康局2021年度基本药物制度补助资金绩效自评报告\n"
        "（二）资金下达情况。2021年我县共收到两项补助资金：一是中央财政基本药物制度补助资金320.00万元；"
        "二是省级基本药物制度补助资金150.00万元。\n二、资金使用情况\n"
        "（一）中央资金。截至2021年12月31日，中央基本药物制度补助资金已支出304.00万元，执行率95.00%。\n"
        "（二）省级资金。省级补助资金已支出141.00万元，执行率94.00%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (None, None, None)
    # with the whole stated, it is the headline (hand-written: 320 + 150 = 470; 445 / 470 = 94.68%)
    whole = text.replace(
        "二、资金使用情况", "二、资金使用情况\n两项资金合计470.00万元，已支出445.00万元，执行率94.68%。"
    )
    budget = budget_of(whole)
    assert (budget.adjusted, budget.executed) == (Decimal("470.00"), Decimal("445.00"))


def test_the_listed_projects_total_is_no_budget_of_the_department() -> None:
    # hand-written: 9380 + 2205 - 755.85 + 1204.67 = 12033.82; the four projects listed are a part of it
    text = (
        "某市住房和城乡建设局2022年度部门整体支出绩效自评报告\n"
        "部门年初预算9380.00万元，年度执行中追加预算2205.00万元、调减755.85万元，加上年结转1204.67万元后，全年预算数为"
        "12033.82万元。全年支出11147.95万元，预算执行率92.64%。\n"
        "上述4个重点项目全年预算合计5899.00万元，支出合计5623.53万元。\n"
    )
    # (the whole after the carry-over is added, "加上年结转1204.67万元后，全年预算数为…", is the whole's)
    assert budget_of(text).adjusted == Decimal("12033.82")
    assert Decimal("5899.00") not in {
        f.value
        for f in extract_document(Document.from_text("page.txt", "txt", text)).facts
        if f.field == "budget.adjusted"
    }


def test_a_collections_next_piece_and_the_year_before_and_a_quoted_target_are_not_the_reports_figures() -> (
    None
):
    # hand-written: piece 1 is the report (351.24 / 363 = 96.76%); piece 2, another report, follows "篇2"
    text = (
        "某县公立医院综合改革补助资金绩效自评报告\n上级下达补助资金363万元,截至12月31日已支出351.24万元,预算执行率96.76%。\n"
        "公立医院综合改革补助资金绩效自评报告 篇2\n20xx年,上级共下达补助资金562万元。截至年底,共支出资金548.3万元,执行率97.56%。\n"
    )
    assert year_figures(text)[1:] == (Decimal(363), Decimal("351.24"))
    # the marker may open the next piece's title ("【篇二】X局…自评报告", "第2篇  X局…自评报告")
    for marker in ("【篇二】某县卫生健康局", "第2篇  某县卫生健康局"):
        other = text.replace(
            "公立医院综合改革补助资金绩效自评报告 篇2",
            marker + "2022年度公立医院综合改革补助资金绩效自评报告",
        )
        assert year_figures(other)[1:] == (Decimal(363), Decimal("351.24"))
    # the year before's sentence ("上年(2022年)同类资金…执行率89.6%"): no rate of the report's
    before = (
        "某市2023年度省级促进就业专项资金绩效自评报告\n2023年项目资金总额12,750万元。上年(2022年)同类资金总额11,420万元,执行率89.6%。\n"
        "截至2023年12月31日,全市共支出11,963.58万元,预算执行率93.83%。\n"
    )
    assert budget_of(before).execution_rate == Decimal("93.83")
    # a target quoted as not met ("“预算执行率达到100%”未完成"): no rate reached
    quoted = "某县2021年度非遗保护专项资金绩效自评报告\n实际支出41.38万元。\n“预算执行率达到100%”未完成,尾款需在验收后支付。\n"
    assert budget_of(quoted).execution_rate is None
    # the claims an insurer paid out are no spending of the subsidy
    assert (
        budget_of(
            "某省2023年度农业保险保费补贴资金绩效自评报告\n2023年全省农业保险支付赔款43.7亿元。\n"
        ).executed
        is None
    )


def test_funds_evaluated_each_under_a_heading_of_their_own_give_no_headline() -> None:
    # hand-written: "一、X经费绩效自评情况" … "二、Y资金绩效自评情况", each with its own figures, no total
    text = (
        "某镇人民政府2022年度项目支出绩效自评报告\n一、村级组织运转经费绩效自评情况\n"
        "2022年县财政下达村级组织运转经费86.4万元,全年实际支出86.4万元,执行率100%。\n该项目自评得分98分。\n"
        "二、农村人居环境整治专项资金绩效自评情况\n2022年该项目预算资金120万元,实际支出113.68万元。\n该项目自评得分93分。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.project, report.budget.adjusted, report.budget.execution_rate) == (None, None, None)
    # a fund's heading with its paragraph run on after it ("(一)城乡低保资金。年初预算安排…")
    runs_on = (
        "某县民政局2021年度项目支出绩效自评报告\n一、项目基本情况\n(一)城乡低保资金。年初预算安排6,420万元,全年支出6,301万元。\n"
        "(二)临时救助资金。年度预算安排420万元,实际支出398.65万元。\n二、自评工作开展情况\n"
    )
    assert year_figures(runs_on) == (None, None, None)


def test_what_was_allocated_over_the_years_is_not_the_years_budget() -> None:
    # hand-written: a cumulative allocation over two years; the year's available money, its spending and its rate
    # agree (727.30 / 803.87 = 90.47%), a part's rate stated after them
    text = (
        "某市2024年度某生态修复治理资金绩效自评报告\n"
        "2023年中央已下达500.00万元，2024年下达600.00万元，累计下达1100.00万元。\n"
        "2024年工程安排资金760.00万元，加上2023年结转资金43.87万元，全年可用资金803.87万元。\n"
        "截至2024年12月31日，累计支出727.30万元，执行率90.47%；其中市本级统筹资金支出38.74万元，执行率82.61%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("803.87"),
        Decimal("727.30"),
        Decimal("90.47"),
    )


def test_the_years_available_money_is_the_budget() -> None:
    # hand-written: "2024年可用资金" then its sources, the first named like the report's fund
    text = (
        "某市2024年度农机购置与应用补贴项目绩效自评报告\n"
        "2024年可用资金436.59万元，其中：中央农机购置与应用补贴资金363.00万元，中央农机报废更新补贴资金32.00万元，"
        "2023年结转农机购置补贴资金41.59万元。\n截至2024年12月31日，共兑付补贴资金384.56万元，执行率88.08%。\n"
    )
    assert budget_of(text).adjusted == Decimal("436.59")


def test_an_exact_figure_in_brackets_after_a_rounded_one_is_the_statement() -> None:
    # hand-written: 45.68亿元 restated to the 万元 in brackets; 449,386.27 / 456,812 = 98.37%
    text = (
        "某区2022年度衔接推进乡村振兴补助资金绩效自评报告\n"
        "2022年，全区各级财政共投入衔接资金45.68亿元（456,812万元）。其中：中央财政衔接资金326,540万元，"
        "自治区财政衔接资金98,300万元，市县财政衔接资金31,972万元。中央和自治区资金合计424,840万元。\n"
        "截至2022年12月31日，全区衔接资金累计支出449,386.27万元，支出进度98.37%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.execution_rate) == (Decimal("456812"), Decimal("98.37"))


def test_the_budgets_stages_after_the_spending_are_the_budgets() -> None:
    # hand-written: "其中" after the spending's sentence opens the budget's stages, no parts of the spending
    text = (
        "某区融媒体中心2021年度部门整体支出绩效自评报告\n"
        "2021年度我中心全年完成支出98.47万元，预算执行率为97.03%。其中年初预算安排93.76万元，年中因设备购置追加7.73万元，"
        "调整后预算101.49万元。\n"
    )
    assert year_figures(text) == (Decimal("93.76"), Decimal("101.49"), Decimal("98.47"))


def test_a_rate_over_more_money_than_the_budget_stated_leaves_the_budget_unsaid() -> None:
    # hand-written: 110.52 / 86 would be 128.51%; the rate is of 86 + 32 = 118, a total the text never writes
    text = (
        "某县2023年度农村饮水安全巩固提升工程项目绩效自评报告\n"
        "2023年下达本项目资金86万元，其中：中央资金60万元，省级资金26万元。另有2022年结转资金32万元，一并用于本项目。\n"
        "截至2023年12月31日，项目累计支出110.52万元，资金执行率93.66%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        None,
        Decimal("110.52"),
        Decimal("93.66"),
    )


def test_a_budget_adjusted_to_a_figure_is_the_adjusted_budget() -> None:
    # hand-written: "预算调整为" names the year's adjusted budget
    text = (
        "某县退役军人事务局2020年度部门整体支出绩效自评报告\n"
        "2020年初部门预算批复58.62万元。年度执行中,上级下达优抚资金,预算调整为134.26万元。"
        "全年共完成支出131.81万元,预算执行率为98.17%。\n"
    )
    assert year_figures(text) == (Decimal("58.62"), Decimal("134.26"), Decimal("131.81"))


def test_a_departments_budget_on_its_income_side_with_the_rate_after_a_listed_part() -> None:
    # hand-written: the budget stated as the bureau's income budget, the rate after the last part listed; the
    # arithmetic settles them (26.51 / 26.85 = 98.73%)
    text = (
        "某县统计局2019年度部门整体支出绩效自评报告\n"
        "2019年度,我局收入预算26.85万元,全部为一般公共预算财政拨款,其中年初预算21.48万元,年中追加经费5.37万元。"
        "全年支出26.51万元,其中基本支出22.14万元,占83.52%;项目支出4.37万元,占16.48%,预算执行率98.73%。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("21.48"),
        Decimal("26.85"),
        Decimal("26.51"),
        Decimal("98.73"),
    )


def test_a_departments_initial_income_budget_is_its_initial_budget() -> None:
    # hand-written: the initial budget stated on the income side, the adjusted one on the spending side
    text = (
        "某县民政局2021年度部门整体支出绩效自评报告\n"
        "2021年,我局年初预算收入1853642.00元,其中:基本支出预算1520876.00元,项目支出预算332766.00元。"
        "年中追加调整251141.65元,调整后全年预算数2104783.65元。全年实际支出2068891.24元,预算执行率98.29%。\n"
    )
    assert year_figures(text) == (Decimal("185.3642"), Decimal("210.478365"), Decimal("206.889124"))


def test_a_funds_table_one_cell_a_line_with_wrapped_headers_and_planned_funds() -> None:
    # hand-written: headers wrapped in their cells ("年初预算" / "数"), and a table of planned, arrived and spent funds
    wrapped = (
        "某镇卫生院2023年度部门整体支出绩效自评报告\n单位:万元\n项目\n年初预算\n数\n全年预算\n数\n全年执行\n数\n执行率\n"
        "合计\n48.63\n61.29\n59.82\n97.60%\n基本支出\n35.22\n36.54\n36.54\n100%\n"
    )
    assert year_figures(wrapped) == (Decimal("48.63"), Decimal("61.29"), Decimal("59.82"))
    # a wrapped header's end carrying the column's letter ("全年预算" / "数(A)"), the 分值 cell left blank
    lettered = (
        "某市农村公路养护补助项目支出绩效自评表\n项目资金\n(万元)\n年初预算数\n全年预算\n数(A)\n全年执行\n数(B)\n分值\n"
        "执行率\n(B/A)\n得分\n年度资金总额\n3200\n3468.2\n3391.75\n97.80%\n9.78\n"
    )
    assert year_figures(lettered) == (Decimal("3200"), Decimal("3468.2"), Decimal("3391.75"))
    assert budget_of(lettered).execution_rate == Decimal("97.80")
    planned = (
        "某县文化和旅游局2020年度公共文化服务体系建设专项资金绩效自评报告\n资金来源\n资金计划\n(万元)\n资金到位\n(万元)\n"
        "实际支出\n(万元)\n执行率\n中央资金\n96\n96\n92.36\n96.21%\n省级资金\n50.5\n50.5\n47.46\n93.98%\n"
        "合计\n146.5\n146.5\n139.82\n95.44%\n"
    )
    budget = budget_of(planned)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("146.5"),
        Decimal("139.82"),
        Decimal("95.44"),
    )


def test_the_initial_budget_approved_after_its_own_other_figures() -> None:
    # hand-written: "其中，年初预算批复" after the spending's sentence is the initial budget, not a part
    text = (
        "某县市场监督管理局2023年度部门整体支出绩效自评报告\n"
        "2023年全年完成支出116.29万元，占调整后全年预算118.73万元的97.95%。其中，年初预算批复102.16万元，"
        "年中因抽检扩面追加预算16.57万元。\n"
    )
    assert year_figures(text) == (Decimal("102.16"), Decimal("118.73"), Decimal("116.29"))


def test_a_fund_paid_out_in_full_at_a_full_rate_is_spent() -> None:
    # hand-written: "已全部拨付" after the fund, the sentence stating a rate of 100%; without the full rate, the
    # money paid out is not said to be spent
    paid = (
        "某县2019年度天然林保护工程森林管护补助资金绩效自评报告\n2019年省、市下达我县森林管护补助资金21.56万元。\n"
        "截至2019年12月31日，补助资金21.56万元已全部拨付，其中护林员劳务补助18.37万元、管护站点运行经费3.19万元，"
        "预算执行率100%。\n"
    )
    assert budget_of(paid).executed == Decimal("21.56")
    no_rate = paid.replace("，预算执行率100%", "")
    assert budget_of(no_rate).executed is None


def test_a_forms_row_of_columns_under_a_rate_header_gives_no_figure_of_its_label() -> None:
    # hand-written: the funds row "年度资金总额： | 年初 | 全年 | 执行 | …" under "执行率（B/A）": its first figure is the
    # initial budget, not the 资金总额 its label names
    text = (
        "某县妇幼保健院2024年度部门整体支出绩效自评报告\n单位：元\n部门（单位）名称  某县妇幼保健院\n"
        "年度预算  年初预算数  全年预算数  全年执行数\n情况                    （A）        （B）        分值  执行率（B/A）  得分\n"
        "年度资金总额：  1284630.00  1402158.64  1388947.22  10  99.06%  9.91\n"
        "2024年全年执行数1388947.22元，占全年预算数1402158.64元的99.06%。\n"
    )
    assert year_figures(text) == (Decimal("128.463"), Decimal("140.215864"), Decimal("138.894722"))


def test_a_fujian_form_one_cell_a_line_with_its_columns_formulas() -> None:
    # hand-written: "小计" / "④=①+②+③" and "支出实现率（%）" / "⑥=⑤/④" one cell a line, amounts in 元
    text = (
        "某县林业局2021年度部门整体支出绩效自评情况\n部门整体支出绩效自评表\n财政资金安排和使用情况\n（元）\n资金结构\n预算安排\n"
        "拨付情况\n年初部门预算安排金额①\n历年结余结转②\n年中调整金额③\n小计\n④=①+②+③\n年度拨付金额⑤\n支出实现率（%）\n"
        "⑥=⑤/④\n合计\n841,623.00\n35,681.20\n120,450.00\n997,754.20\n961,140.80\n96.33%\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("84.1623"),
        Decimal("99.77542"),
        Decimal("96.11408"),
        Decimal("96.33"),
    )


def test_the_initial_budget_approved_to_the_unit() -> None:
    # hand-written: "县财政批复我局年初预算" names the initial budget, not an approved adjusted one
    text = (
        "某县统计局2019年度部门整体支出绩效自评报告\n2019年，县财政批复我局年初预算31.26万元，年中追加专项经费8.64万元，"
        "调整后预算39.90万元；全年完成支出38.13万元，预算执行率95.56%。\n"
    )
    assert year_figures(text) == (Decimal("31.26"), Decimal("39.90"), Decimal("38.13"))


def test_a_subsidys_payout_and_a_table_of_allocated_and_used_money() -> None:
    # hand-written: 兑付 for a subsidy paid to people is spending; its 兑付率 is no budget's rate (it is as often of
    # the amount due: "兑付率99.56%（按应兑付数计算）" beside "按下达资金计算，全年资金执行率为99.04%")
    paid = (
        "某县2019年度公益性岗位补贴项目绩效自评报告\n2019年上级下达我县公益性岗位补贴资金共计61.25万元，县本级安排配套资金6万元，"
        "项目资金合计67.25万元。\n截至2019年12月31日，已兑付公益性岗位补贴资金65.12万元，资金兑付率96.83%。\n"
    )
    budget = budget_of(paid)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("67.25"),
        Decimal("65.12"),
        None,
    )
    table = (
        "某县2020年度基本公共卫生服务项目绩效自评报告\n表1  2020年补助资金安排及使用情况（单位：元）\n"
        "| 资金来源 | 下达金额 | 实际使用 | 使用率 |\n"
        "| 中央资金 | 1,020,000.00 | 998,000.00 | 97.84% |\n| 县级资金 | 526,010.00 | 514,247.84 | 97.76% |\n"
        "| 合计 | 1,546,010.00 | 1,512,247.84 | 97.82% |\n"
    )
    budget = budget_of(table)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("154.601"),
        Decimal("151.224784"),
        Decimal("97.82"),
    )


def test_a_scans_misread_characters_and_spaces_for_thousands() -> None:
    # hand-written: OCR's 箅 for 算 and 兀 for 元, a space as the thousands mark before the unit
    text = (
        "某县交通运输局2022年度农村公路养护工程资金绩效自评报告\n"
        "2022年全年预箅数1 052.36万元（年初预算980万元，年中追加72.36万兀）。全年执行数1 018.40万元，执行率96.77%。\n"
    )
    assert year_figures(text) == (Decimal("980"), Decimal("1052.36"), Decimal("1018.40"))
    # 顸 for 预 and 仃 for 行 (hand-written: 251.38 / 260 = 96.68%)
    scanned = "某县水务局2021年度农村饮水工程维修养护资金绩效自评报告\n全年顸算260万兀，全年实际支出251.38万兀，顸算执仃率96.68%。\n"
    budget = budget_of(scanned)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("260"),
        Decimal("251.38"),
        Decimal("96.68"),
    )
    # 顶 for 项 and 缋 for 绩 in the title, 综台 for 综合 before the score (hand-written)
    report = extract_document(
        Document.from_text(
            "page.txt",
            "txt",
            "某县2022年度农村人居环境整治专项资金顶目支出缋效自评报告\n一、基本情况\n经自评，综台得分92.5分。\n",
        )
    )
    assert (report.kind, report.project, report.score) == (
        "项目支出",
        "农村人居环境整治专项资金项目",
        Decimal("92.5"),
    )


def test_the_budget_joined_with_the_carry_over_is_the_years_budget() -> None:
    # hand-written: "连同上年结转，全年预算数" is the whole, not the carry-over's; 569.17 / 603.85 = 94.26%
    text = (
        "某县水务局2024年度部门整体支出绩效自评报告\n"
        "年初预算301.56万元，年中追加261.02万元，调整后预算562.58万元，连同上年结转，全年预算数603.85万元"
        "（基本支出95.80万元，项目支出508.05万元）。\n2024年支出合计569.17万元，预算执行率94.26%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("603.85"),
        Decimal("569.17"),
        Decimal("94.26"),
    )


def test_the_parts_of_a_whole_named_first_are_no_budget_of_the_report() -> None:
    # hand-written: "全年到位资金中，…" lists the whole's sources; the county's 预算安排 is one of them
    text = (
        "某县2018年度困难群众救助补助资金绩效自评报告\n"
        "2018年全年实际支出困难群众救助资金948.74万元，占全年到位资金961.5万元的98.67%。\n"
        "全年到位资金中，中央财政补助684.2万元，省级财政补助156.3万元，县本级预算安排121万元。\n"
    )
    assert budget_of(text).adjusted is None


def test_a_cost_item_listed_after_its_spending_is_no_budget_of_the_project_its_name_is_part_of() -> None:
    # hand-written: "设施运行费" is an item of the spending of "水文测报设施运行维护专项", not the project's budget
    text = (
        "某省水文局2018年度省级财政项目支出绩效自评报告\n项目名称：水文测报设施运行维护专项\n"
        "项目年初预算48万元，年中追加6万元，调整后预算54万元，实际到位54万元。\n"
        "截至2018年12月31日，项目实际支出51.25万元。其中：测验设施及缆道维修28.63万元，"
        "设施运行费15.88万元，遥测设备购置6.74万元。\n"
    )
    assert year_figures(text) == (Decimal(48), Decimal(54), Decimal("51.25"))


def test_the_initial_budget_named_right_before_the_figure_after_an_allocation() -> None:
    # hand-written: "县财政下达我镇…资金年初预算128.60万元": the initial budget, the words nearest the figure
    text = (
        "某镇2025年度农村公共服务运行维护资金项目绩效自评报告\n"
        "2025年年初县财政下达我镇农村公共服务运行维护资金年初预算128.60万元,按照因素法分配至各村。\n"
    )
    assert year_figures(text) == (Decimal("128.60"), None, None)


def test_the_investment_spent_to_date_before_a_sources_own_spending() -> None:
    # hand-written: "累计完成投资支出" is the project's spending; the central fund's own after 其中 is a part of it
    text = (
        "某县现代农业产业园项目绩效自评报告\n截至2021年12月31日,产业园累计完成投资支出12 466.20万元,资金执行率96.60%。"
        "其中,中央财政奖补资金10 000万元已支出9 812.60万元,支出率98.13%;地方财政配套资金1 200万元已全部支出。\n"
    )
    assert budget_of(text).executed == Decimal("12466.20")


def test_a_source_listed_after_the_projects_budget_is_no_budget_however_named() -> None:
    # hand-written: the project's budget, then after 其中 its provincial source named like the project
    text = (
        "某市人民医院2017年度省级临床重点专科建设项目\n绩效自评报告\n二、项目资金安排\n"
        "项目2017年度预算150万元，其中省级临床重点专科建设补助资金100万元、医院自筹资金50万元。\n"
    )
    assert budget_of(text).adjusted == Decimal(150)
    # the unit's spending on all its projects is no project's budget: the part after 其中 named as the project is
    text = (
        "某市某中心2021年度宣传文化经费项目绩效自评报告\n"
        "2021年度，某中心总体批复项目支出预算130万元，其中，宣传文化经费110万元，实际支出98.69万元。\n"
    )
    assert budget_of(text).adjusted == Decimal(110)


def test_money_set_apart_from_the_evaluation_is_none_of_its_spending() -> None:
    # hand-written: the year before's carry-over spent in full, said to be outside the evaluation; the fund's own
    # spending and rate follow
    text = (
        "某省2024年度中央财政林业改革发展资金绩效自评报告\n中央财政下达我省林业改革发展资金96,532万元。\n"
        "另，2023年结转资金4,216.30万元已于2024年6月底前全部支出完毕，不纳入本次评价范围。\n"
        "截至2024年12月31日，全省累计支出88,417.65万元，支出进度91.59%。\n"
    )
    assert year_figures(text) == (None, Decimal(96532), Decimal("88417.65"))


def test_the_years_spending_summed_up_beats_one_stage_payment() -> None:
    # hand-written: a payment, the running total paid for one item, then the whole year's spending summed up
    # (全年累计) with its rate: 439.3 / 460 = 95.50%
    text = (
        "某县医院2024年度设备购置项目绩效自评报告\n项目预算460万元。\n"
        "CT于2024年9月到货验收，支付229.6万元，11月安装调试验收后累计支付311.6万元；全年累计支出439.3万元，预算执行率95.5%。\n"
    )
    assert year_figures(text) == (None, Decimal(460), Decimal("439.3"))


def test_funds_each_under_a_heading_naming_its_zhuanxiang_give_no_headline() -> None:
    # hand-written: three projects, each under its own "(一)X专项" heading with its figures, no total
    text = (
        "某区文化和旅游发展委员会2020年度项目支出绩效自评报告\n一、项目基本情况\n2020年我委纳入绩效自评范围的项目共3个。\n"
        "二、各项目资金安排及使用情况\n（一）公共文化服务体系建设专项\n年初预算220.00万元，全年预算285.00万元，全年支出279.64万元。\n"
        "（二）文物保护专项\n全年预算120.00万元，全年支出96.30万元。\n（三）全域旅游宣传推广项目\n全年预算150.00万元，全年支出150.00万元。\n"
    )
    assert year_figures(text) == (None, None, None)


def test_a_source_listed_with_its_own_amount_before_a_comma_of_enumeration_owns_no_later_figure() -> None:
    # hand-written: the sources listed after 其中 with "、", then "；" and the whole's spending and rate
    text = (
        "某镇中心卫生院2025年度部门整体支出绩效自评报告\n2025年度全年预算数1684.20万元，其中财政拨款612.40万元、"
        "事业收入1071.80万元；全年支出1598.77万元，预算执行率94.93%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1684.20"),
        Decimal("1598.77"),
        Decimal("94.93"),
    )
    # the whole's money used, in the same words a report uses for what it spent (hand-written)
    text = (
        "某县中心血站2019年度部门整体支出绩效自评报告\n2019年度我站全年预算资金合计1322.60万元，其中财政拨款702.15万元、"
        "事业收入620.45万元；全年实际使用资金1287.34万元，资金使用率97.33%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1322.60"),
        Decimal("1287.34"),
        Decimal("97.33"),
    )


def test_the_total_of_projects_counted_that_lists_the_reports_own_is_none_of_its_figures() -> None:
    # hand-written: the township's three projects' initial budgets together, X's own listed among them
    text = (
        "某镇2021年度污水处理设施运营维护项目绩效自评报告\n2021年我镇环保类项目共3个，年初预算合计489万元："
        "污水处理设施运营维护项目186万元、农村人居环境整治项目245万元、河长制巡河保洁项目58万元。\n"
        "2021年污水处理设施运营维护项目预算186万元，全年实际支出171.3万元，执行率92.10%。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed) == (None, Decimal(186), Decimal("171.3"))


def test_a_text_layer_printing_figures_twice_with_their_thousands_marks() -> None:
    # hand-written: every figure printed twice over, thousands marks and all
    text = (
        "某市中级人民法院2019年度部门整体支出绩效自评报告\n2019 年年初预算 9,846.209,846.20 万元，调整后预算 "
        "11,203.5711,203.57 万元。全年实际支出 10,874.6610,874.66 万元，预算执行率 97.06%97.06%。\n"
    )
    assert year_figures(text) == (Decimal("9846.20"), Decimal("11203.57"), Decimal("10874.66"))


def test_a_departments_table_of_its_projects_under_their_heading_gives_that_parts_figures() -> None:
    # hand-written: "（三）项目支出情况" over the projects and their 合计 (7,609.95 / 7,338.57 / 96.43%); the department's
    # own figures are stated before it (50,447.19 / 52,318.76 = 96.42%)
    text = (
        "某县人民医院2022年度单位整体支出绩效自评报告\n（二）预算执行情况\n2022年调整后全年预算52,318.76万元，"
        "全年实际支出50,447.19万元，预算执行率96.42%。\n（三）项目支出情况\n"
        "　　项目          预算数（万元）     支出数（万元）     执行率\n"
        "　　县域医疗中心建设          2,860.00          2,714.35          94.91%\n"
        "　　其他项目          4,749.95          4,624.22          97.35%\n"
        "　　合计          7,609.95          7,338.57          96.43%\n三、单位整体支出绩效情况\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("52318.76"),
        Decimal("50447.19"),
        Decimal("96.42"),
    )


def test_the_whole_after_the_carry_over_is_added_without_its_amount() -> None:
    # hand-written: "加上年结转，全年预算数…": the carry-over added (its amount unstated), the whole after it
    text = (
        "某县自然资源局2021年度部门整体支出绩效自评报告\n（二）预算安排。年初预算数1,286.45万元，年中追加地质灾害防治等"
        "项目资金2,483.15万元，加上年结转，全年预算数3,917.62万元。\n"
    )
    assert year_figures(text)[:2] == (Decimal("1286.45"), Decimal("3917.62"))


def test_sources_listed_with_a_comma_of_enumeration_stay_parts_of_the_budget() -> None:
    # hand-written: the initial budget's sources listed after 其中 with "、" (parts, no second budget), then the
    # budget after the year's addition: 850,000 + 62,600 = 912,600元
    text = (
        "某镇中心小学2020年度校舍维修改造项目绩效自评报告\n项目年初预算850,000元，其中上级补助资金500,000元、"
        "县级财政安排350,000元。2020年9月追加县级资金62,600元，调整后预算912,600元，与工程合同价一致。\n"
    )
    assert year_figures(text)[:2] == (Decimal("85"), Decimal("91.26"))


def test_the_other_money_a_forms_note_names_is_never_the_whole_budget() -> None:
    # hand-written: a form's note on its 其他资金 row, the form's own total row unread (its label misread by a scan)
    text = (
        "某县司法局2019年度法律援助经费项目支出绩效自评表\n项目名称\n法律援助经费\n项目资金\n（万元）\n年初预算数\n全年预算数\n"
        "年度资金忌额\n45.00\n52.60\n51.83\n其他资金为省法律援助基金会下拨的专项办案补贴3.60万元。\n"
    )
    assert budget_of(text).adjusted is None


def test_the_stated_rate_names_the_money_the_report_is_of() -> None:
    # hand-written: the fund of all levels, then its central part; the central part's spending gives the stated rate,
    # the all-level spending does not
    text = (
        "2022年度某某县中央财政衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n"
        "2022年共下达我县衔接推进乡村振兴补助资金12460.00万元，其中：中央资金9820.00万元，省级资金2640.00万元。"
        "本次自评对象为中央财政衔接推进乡村振兴补助资金9820.00万元。\n"
        "二、资金使用情况\n截至2022年12月31日，中央资金实际支出9512.34万元，资金执行率96.87%。"
        "全县各级衔接资金合计支出12031.50万元。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("9820.00"),
        Decimal("9512.34"),
        Decimal("96.87"),
    )


def test_money_set_apart_from_the_report_is_no_budget() -> None:
    # hand-written: another village's allocation, evaluated on its own, is no budget of this report
    text = (
        "某乡2022年度美丽乡村建设项目绩效自评报告\n一、项目概况\n本项目位于甲村，主要建设游步道和污水管网。\n"
        "另，我乡乙村2022年度安排县级资金60万元，另行开展绩效自评，不在本报告范围。\n"
    )
    assert budget_of(text).adjusted is None


def test_a_departments_budget_on_its_income_side_checked_by_its_spending_total_and_rate() -> None:
    # hand-written: the year's budget stated as its budget income, the spending as its total, the rate after the
    # spending's parts
    text = (
        "某某县档案馆2021年度部门整体支出绩效自评报告\n一、部门整体支出情况\n"
        "2021年年初预算305.40万元，年中追加26.60万元，全年预算收入合计332.00万元，全部为财政拨款。\n"
        "全年支出合计318.72万元，其中基本支出241.05万元，项目支出77.67万元，预算执行率96.00%。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("305.40"),
        Decimal("332.00"),
        Decimal("318.72"),
        Decimal("96.00"),
    )
    # "2021年度我院预算收入总额…": the unit's own budget income, as the year's
    hospital = budget_of(
        "某某县人民医院2021年度部门整体支出绩效自评报告\n一、单位预算及执行情况\n"
        "2021年度我院预算收入总额16,400.00万元，其中：财政拨款收入2,100.00万元，事业收入14,300.00万元。\n"
        "全年支出16,072.00万元，预算执行率98.00%。\n"
    )
    assert (hospital.adjusted, hospital.executed) == (Decimal("16400.00"), Decimal("16072.00"))
    # "其中:基本支出预算收入…": a part's budget income, no unit's own
    assert budget_of(
        "某某县纪委2022年度部门整体支出绩效评价报告\n某某县纪委2022年预算收入3,600,000.00元,其中:基本支出预算收入"
        "2,400,000.00元,\n"
    ).adjusted != Decimal("240.00")


def test_a_note_on_what_the_figure_holds_is_not_its_label() -> None:
    # hand-written: "(含上年结转)" notes what the year's budget holds; the figure is the budget, not the carry-over
    text = (
        "某某区城市管理局2018年度部门整体支出绩效自评报告\n二、预算编制及执行情况\n"
        "2018年年初预算2,100.00万元，年中追加120.00万元，当年预算2,220.00万元；加上年结转资金80.00万元，"
        "全年预算数（含上年结转）2,300.00万元。\n全年实际支出2,254.00万元，预算执行率98.00%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("2300.00"),
        Decimal("2254.00"),
        Decimal("98.00"),
    )


def test_a_reports_numbered_items_naming_funds_are_each_their_own() -> None:
    # hand-written: a unit's report on three items, one named a fund, each with its own figures and no total
    text = (
        "某某县林业局2020年度项目支出绩效自评报告\n一、项目基本情况\n2020年我局共实施项目3个：\n"
        "1.护林员培训项目。年初预算30.00万元，全年实际支出30.00万元，执行率100%。\n"
        "2.林业有害生物防治经费。年初预算52.00万元，全年实际支出49.40万元，执行率95.00%。\n"
        "3.苗圃设施维修项目。年初预算80.00万元，全年实际支出78.40万元，执行率98.00%。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        None,
        None,
        None,
    )
    assert [project.name for project in report.projects] == [
        "护林员培训项目",
        "林业有害生物防治经费",
        "苗圃设施维修项目",
    ]


def test_the_budgets_figure_at_the_start_of_the_year_and_an_ocr_slip_in_the_rate_word() -> None:
    budget = budget_of(
        "某省水利厅2023年度部门整体支出绩效自评报告\n二、预算执行情况\n"
        "2023年度部门预算年初数8.40亿元，年中追加1.20亿元，调整后预算9.60亿元。\n"
        "全年实际支出9.12亿元，预算执行芈95.00%。\n"
    )
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("84000"),
        Decimal("96000"),
        Decimal("91200"),
        Decimal("95.00"),
    )


def test_the_prose_exact_figure_over_the_forms_rounded_one() -> None:
    # hand-written: the prose in 元, the form in 万元 rounded to two places: one figure, the exact one kept
    text = (
        "某某区民政局2022年度居家养老服务补贴项目绩效自评报告\n一、项目概况\n"
        "本项目全年预算2,056,470.00元，全年支出2,013,338.46元，"
        "预算执行率97.90%。\n二、项目支出绩效自评表\n项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
        "年度资金总额  180.00  205.65  201.33  10  97.90%  9.79\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal("205.647"), Decimal("201.3338460"))


def test_the_years_budget_under_its_other_name_and_the_accounts_balancing_total() -> None:
    # hand-written: "收入总计 = 支出总计" balances the account (the carry-over in it), no spending; the year's
    # budget named twice, "全年可用预算（全年预算数）", the carry-over it was reached by no source of its own
    text = (
        "某县文化馆2020年度部门整体支出绩效自评报告\n2020年度收入总计12,400,000.00元，支出总计12,400,000.00元，收支平衡。\n"
        "2020年初部门预算10,000,000.00元，经年中追加及上年结转，全年可用预算（全年预算数）12,400,000.00元，全年实际支出"
        "12,090,000.00元，预算执行率97.50%。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1000"),
        Decimal("1240"),
        Decimal("1209"),
        Decimal("97.50"),
    )


def test_a_years_funds_total_named_经费总额_is_the_budget_not_the_works_whole_cost() -> None:
    # hand-written: two central batches summed, the province's match, then the year's fund total (12981 + 2360 =
    # 15341), which the spending and the rate agree on (14296.18 / 15341 = 93.19%)
    text = (
        "某省农业农村厅2023年度动物防疫等补助经费绩效自评报告\n中央提前下达9854万元;2023年5月,财政部下达第二批3127万元,两批合计12981万元。"
        "省级财政安排配套资金2360万元,2023年全省动物防疫等补助经费总额15341万元。\n"
        "截至2023年12月31日,全省已支出14296.18万元,预算执行率93.19%。\n"
    )
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal("15341"), Decimal("14296.18"))


def test_spending_after_a_listing_of_sources_and_a_semicolon_is_the_wholes() -> None:
    # hand-written: the year's budget, its sources after 其中 (a carry-over named first), then after "；" the spending
    # as of the year's end and its rate (42187.36 / 43706.83 = 96.52%): the whole's, not the carry-over's
    text = (
        "某市涉农办2024年度涉农资金统筹整合绩效自评报告\n2024年我市统筹整合涉农资金全年预算43706.83万元,其中上年结转"
        "2431.65万元、当年中央和省级下达41275.18万元;截至2024年12月31日实际支出42187.36万元,预算执行率96.52%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("43706.83"),
        Decimal("42187.36"),
        Decimal("96.52"),
    )


def test_money_summed_over_a_span_of_years_is_no_years_budget() -> None:
    # hand-written: the years' allocations summed, the year's own only a part of them: no budget rather than the sum
    text = (
        "某县农村公路管理站2018年度农村公路养护资金项目支出绩效自评报告\n二、项目资金情况\n"
        "2016—2018年，我站累计下达农村公路养护资金5,400.00万元，其中2016年1,700.00万元，2017年1,800.00万元，"
        "2018年1,900.00万元。\n"
    )
    assert budget_of(text).adjusted != Decimal("5400.00")


def test_the_years_spending_total_the_rate_agrees_with_over_a_sum_paid_in_the_work() -> None:
    # hand-written: a court's year; the spending total gives the stated rate (2,352.00 / 2,400.00 = 98.00%), a
    # sum paid among its work ("发放司法救助金36.00万元") does not
    text = (
        "某县人民法院2019年度部门整体支出绩效自评报告\n（一）收入情况。2019年年初预算2,200.00万元，年中追加200.00万元，"
        "调整后预算2,400.00万元。\n（二）支出情况。2019年全年支出合计2,352.00万元，其中：基本支出1,800.00万元，项目支出"
        "552.00万元。预算执行率98.00%。\n三、绩效目标完成情况\n（三）司法为民。发放司法救助金36.00万元，救助困难当事人50人。\n"
    )
    assert budget_of(text).executed == Decimal("2352.00")


def test_a_whole_percent_is_too_coarse_to_put_a_spending_item_beside_the_budget() -> None:
    # hand-written: the project's own budget, spending above it (1,260.60 / 1,220 = 103.33%) and a rate written 100%;
    # the budget with one item of the spending beside it (1,220 + 40) happens to give 100%, which proves nothing
    text = (
        "某县交通运输局2021年度“四好农村路”建设项目绩效自评报告\n一、项目概况\n"
        "2021年上级下达我县车辆购置税收入补助地方资金2400万元，其中：“四好农村路”建设项目1220万元，农村公路危桥改造项目"
        "1180万元。本次自评对象为其中的“四好农村路”建设项目。\n二、资金使用情况\n"
        "2021年该项目预算资金1220万元，截至2021年12月31日，实际支出1260.6万元，预算执行率100%。支出中包括工程建设费"
        "1180.4万元，监理费40.2万元，质量检测费40万元。\n"
    )
    assert budget_of(text).adjusted == Decimal("1220")


def test_a_listing_opened_by_the_count_of_its_sources_gives_items_not_the_budget() -> None:
    # hand-written: three sources and no total (85 + 42.6 + 18.4 = 146, never stated): no budget
    text = (
        "一、项目基本情况\n2024年我局为森林防火视频监控系统运行维护落实资金三项:省级森林草原防灭火补助资金85万元,"
        "州级财政预算安排42.6万元,县(市)分担配套资金18.4万元。\n"
    )
    assert budget_of(text).adjusted is None
    # the total before the colon is the budget
    total = text.replace("落实资金三项:", "共落实资金146万元,分三项:")
    assert budget_of(total).adjusted == Decimal(146)
    # the same source alone in its sentence is the budget
    alone = "一、项目基本情况\n2024年州级财政预算安排森林防火视频监控系统运行维护资金42.6万元。\n"
    assert budget_of(alone).adjusted == Decimal("42.6")


def test_the_central_fund_named_as_the_provinces_share_of_it_is_the_projects_budget() -> None:
    # the statement names "中央X补助资金", the allocation "湖南X补助资金": one fund; the province's own matching
    # money, adjusted, is a part of the page and not the fund's budget (hand-written)
    text = (
        "根据《财政部关于开展2021年度中央对地方转移支付预算执行情况绩效自评工作的通知》要求,某某省卫生健康委员会、"
        "某某省财政厅组织对2021年中央某某服务能力提升补助资金开展绩效自评工作,现将自评情况报告如下:\n"
        "一、绩效目标分解下达情况\n"
        "2021年中央下达湖南某某服务能力提升补助资金58326万元,比上年增加4126万元。\n"
        "省级财政年初预算安排配套资金6000万元,年中追加1250万元、调减380万元,调整后预算6870万元。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.project, report.budget.adjusted) == ("中央某某服务能力提升补助资金", Decimal("58326"))


def test_a_levels_share_listed_under_the_fund_is_no_name_of_the_fund() -> None:
    # "其中:中央补助资金…": the central share of the whole, not the project the total encloses (hand-written)
    text = (
        "某某县2022年度中央对地方转移支付某某公共卫生服务补助资金绩效自评报告\n"
        "2022年全县应安排某某公共卫生服务补助资金3187.8万元,其中:中央补助资金2231.46万元,省级补助资金478.17万元,"
        "县级配套资金478.17万元。截至12月31日,已拨付资金3187.8万元,资金拨付率100%。\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", text)).budget.adjusted == Decimal("3187.8")


def test_a_rate_at_the_years_end_after_payments_made_in_part_of_the_year() -> None:
    # instalments paid "5月10日至7月15日", then "截至2022年12月31日累计支付…预算执行率98.59%": the year's rate
    # (hand-written: 121.26 / 123 = 98.59%)
    text = (
        "项目预算123万元。项目招标成交价121.26万元,2022年4月20日划拨预付款36.378万元,2022年5月10日至2022年7月15日"
        "分三批验收后拨付进度款72.756万元,2022年12月5日拨付尾款12.126万元,截至2022年12月31日累计支付121.26万元,"
        "预算执行率98.59%,结余资金1.74万元已收回。\n"
    )
    assert budget_of(text).execution_rate == Decimal("98.59")
    # a rate up to a month before December is not the year's where the year's is stated too; alone, it is all the
    # report says of its rate
    text = "项目预算123万元。截至2022年9月30日累计支付60万元,预算执行率48.78%。全年累计支付121.26万元,预算执行率98.59%。\n"
    assert budget_of(text).execution_rate == Decimal("98.59")
    text = "项目预算123万元。截至2022年9月30日累计支付60万元,预算执行率48.78%。\n"
    assert budget_of(text).execution_rate == Decimal("48.78")


def test_a_transfers_money_named_as_its_kind_is_no_payment() -> None:
    # "X转移支付资金共计2386.5万元": the 支付 of 转移支付 pays nothing; the fund's budget (hand-written:
    # 2214.37 / 2386.5 = 92.79%)
    text = (
        "某某县卫生健康委员会中央对地方专项转移支付2021年度绩效自评报告\n一、绩效目标分解下达情况\n"
        "2021年中央补助地方卫生健康转移支付资金共计2386.5万元,其中:基本公共卫生服务补助资金1962.4万元;"
        "重大传染病防控经费318.6万元;医疗服务与保障能力提升补助资金105.5万元。\n"
        "截至2021年12月31日,三项资金共支出2214.37万元,资金执行率92.79%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal("2386.5"), Decimal("2214.37"))


def test_a_part_of_the_years_budget_income_in_brackets_is_no_second_adjusted_budget() -> None:
    # hand-written: the year's budget income with its parts after 其中 in brackets, one of them itself "调整预算收入"
    text = (
        "某乡人民政府2022年度部门整体支出绩效自评报告\n一、部门概况\n"
        "2022年部门年初预算收入2150.40万元,年内追加调整后全年预算收入2406.80万元(其中当年调整预算收入2310.50万元、"
        "上年结转96.30万元),决算支出2380.12万元,预算支出率为98.89%。\n"
    )
    assert year_figures(text) == (Decimal("2150.40"), Decimal("2406.80"), Decimal("2380.12"))


def test_money_a_higher_level_pays_down_under_its_funds_name_is_the_budget() -> None:
    # hand-written: the fund named between 下拨 and the figure, with its line in brackets or not
    text = (
        "2022年度职业技能培训补贴资金项目支出绩效评价报告\n"
        "截至2022年12月31日,本年度中央财政下拨就业补助资金(职业技能培训补贴)372万元,上年结转资金0万元,"
        "实际支出365.4万元。\n"
    )
    assert year_figures(text)[1:] == (Decimal("372"), Decimal("365.4"))
    assert year_figures(text.replace("(职业技能培训补贴)", ""))[1:] == (Decimal("372"), Decimal("365.4"))
    # an amount paid out to the recipients is no budget: "拨付补贴资金" from the unit itself
    paid = text.replace(
        "本年度中央财政下拨就业补助资金(职业技能培训补贴)372万元,", "本年度向培训机构拨付补贴资金372万元,"
    )
    assert year_figures(paid)[1] is None


def test_money_of_the_year_before_named_with_its_year_in_brackets_is_not_this_years() -> None:
    # hand-written: a flattened form's cells, then "上年(2022年)项目资金…,实际使用…" on the same line: last year's
    text = (
        "2023年度基层农技推广体系改革与建设补助项目绩效评价报告\n"
        "三、主要绩效指标完成情况 指标 年度目标 实际完成 培训基层农技人员(人次) 300 315 上年(2022年)项目资金96.00万元,"
        "实际使用96.00万元 四、评价人员\n"
    )
    assert year_figures(text) == (None, None, None)
    # the same words with this year's figures are this year's
    this_year = text.replace("上年(2022年)项目资金", "本年项目资金")
    assert year_figures(this_year)[1:] == (Decimal("96.00"), Decimal("96.00"))


def test_figures_under_a_numbered_projects_heading_are_that_projects() -> None:
    # hand-written: a unit's report on several projects, each under "(一)项目1:"; project 1's money is not the report's
    text = (
        "某县妇女联合会2022年度项目支出绩效单位自评报告\n一、基本情况\n(一)项目1:\n"
        "1.项目概况。县妇联在妇女创业就业、儿童关爱服务等方面狠抓落实,上级补助经费28.5万元,全年实际支出27.1万元,"
        "预算执行率95.09%。\n(二)项目2:\n1.项目概况。…\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (None, None, None)
    # the same account under no such heading is the report's
    alone = text.replace("(一)项目1:\n", "").replace("(二)项目2:\n1.项目概况。…\n", "")
    assert budget_of(alone).executed == Decimal("27.1")


def test_a_covers_attached_project_reports_are_their_projects() -> None:
    # hand-written: a cover listing two attached project reports, its own totals of both, then 附件1's own account
    cover = (
        "某县文化旅游局部门2024年度项目支出绩效单位自评报告\n"
        "根据县财政局通知要求,我局做好2024年度项目支出绩效自评。2024年我局项目年初预算资金120.00万元,调整后预算资金"
        "130.40万元,全年实际支出126.10万元,预算执行率96.70%。\n附件:\n"
        "1.《某县文化旅游局2024年度公共文化服务项目支出绩效单位自评报告》\n"
        "2.《某县文化旅游局2024年度旅游宣传推介项目支出绩效单位自评报告》\n(以下无正文)\n"
    )
    attached = (
        "附件1\n某县文化旅游局2024年度公共文化服务项目支出绩效单位自评报告\n一、基本情况\n(一)项目资金情况\n"
        "项目年初预算80.00万元,调整后预算85.40万元,全年支出83.20万元,预算执行率97.42%。\n"
        "(二)自评得分情况\n项目自评得分98.5分,评价等级为优。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", cover + attached))
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("120.00"),
        Decimal("130.40"),
        Decimal("126.10"),
        Decimal("96.70"),
    )
    assert (report.score, report.grade) == (None, None)  # the first attachment's, not the cover's


def test_the_budget_all_paid_out_to_those_it_is_for_is_spent() -> None:
    # hand-written after twins of real transfer reports: the budget stated, then all of it paid to the recipients
    head = "某省2021年度新能源公交车运营补助资金绩效自评报告\n一、基本情况\n"
    for paid in (
        "截止2021年12月31日,补贴资金6,358万元全部发放到相关企业。",
        "截止2021年12月31日,6,358万元补贴资金已全部拨付到相关公交企业。",
        "新能源公交车运营补助资金共6358万元,已全面拨付使用。",
    ):
        budget = budget_of(
            head + "财政部提前下达我省2021年度新能源公交车运营补助资金6,358万元。" + paid + "\n"
        )
        assert (budget.adjusted, budget.executed) == (Decimal(6358), Decimal(6358))
    # paid down to the level below, or another figure paid out, is no spending of the budget
    for other in (
        "截止2021年12月31日,资金6,358万元已全部拨付到位。",
        "其中补贴资金2,000万元全部发放到相关企业。",
    ):
        budget = budget_of(
            head + "财政部提前下达我省2021年度新能源公交车运营补助资金6,358万元。" + other + "\n"
        )
        assert (budget.adjusted, budget.executed) == (Decimal(6358), None)


def test_what_arrived_and_what_was_paid_out_give_the_stated_rate() -> None:
    # hand-written after twins of real reports: no budget by its name, money that arrived and money paid out, and
    # a rate that is the one over the other
    text = (
        "2024年度城镇老旧小区改造项目绩效自评报告\n一、项目基本情况\n"
        "2024年,我市将盐化社区纳入改造项目,项目资金到位586万元,已拨付542.3万元,资金使用率92.54%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(586),
        Decimal("542.3"),
        Decimal("92.54"),
    )
    # a rate the two do not give leaves both unread
    assert budget_of(text.replace("92.54%", "95.00%")).executed is None


def test_a_numbered_sub_heading_run_into_its_paragraph_numbers_no_item() -> None:
    # hand-written after a twin of a real report: "1.项目资金到位情况。" opens the paragraph that states the year's
    # budget; the 6万元 of one use named before it is no budget of the report
    text = (
        "2024年度农村饮水安全维修养护项目绩效自评报告\n一、项目基本情况\n"
        "补助永安村6万元、三井村5万元用于维修养护工作,安排水质检测经费6万元。\n"
        "(一)项目资金情况\n"
        "1.项目资金到位情况。2024年省级下达补助资金22万元,区级配套资金8万元,全年预算资金合计30万元,已全部到位。\n"
        "2.项目资金执行情况。截至2024年12月31日,已拨付资金26.4万元,资金使用率88%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(30),
        Decimal("26.4"),
        Decimal(88),
    )


def test_a_small_works_whole_cost_as_approved_and_the_years_bond_money_granted() -> None:
    # hand-written after twins of real reports: a village venue's approved whole cost is its budget, when it is the
    # only one stated; a large works' bare "本项目总投资为…" is its size, no budget
    venue = "某镇2021年度彩票公益金项目绩效自评报告\n(四)项目预算、资金来源以及预算执行情况等。\n项目批复总投资52.6万元;\n"
    assert budget_of(venue).adjusted == Decimal("52.6")
    assert budget_of(venue.replace("项目批复总投资", "该项目计划总投资")).adjusted == Decimal("52.6")
    works = "某产业基地基础设施建设项目绩效自评报告\n主要建设内容为五通一平。本项目总投资为132526.13万元。\n"
    assert budget_of(works).adjusted is None
    # the year's bond money granted, beside the works' planned whole cost (4860 / 5400 = 90%)
    bond = (
        "某学院实训楼建设项目(2022年度)政府专项债券资金绩效自评报告\n项目计划总投资1.35亿元,其中政府专项债券1.2亿元,"
        "单位自筹0.15亿元。2022年度,我校获批省政府专项债券资金5400万元,至2022年底实际使用4860万元。\n"
    )
    assert (budget_of(bond).adjusted, budget_of(bond).executed) == (Decimal(5400), Decimal(4860))


def test_the_budget_said_all_spent_by_a_time() -> None:
    # hand-written after a twin of a real report: "本项目资金36万元已于年底前全部支出"
    text = "2021年度综治维稳经费项目绩效自评报告\n3.在资金管理上,本项目资金36万元已于年底前全部支出,坚持专款专用。\n"
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal(36), Decimal(36))
    # a plan to spend it all is no spending
    assert budget_of(text.replace("已于年底前全部支出", "计划于年底前全部支出")).executed is None


def test_a_sentence_opening_on_the_years_start_budget_and_a_row_with_its_reason() -> None:
    # hand-written after a real bureau's report: the sentence opens on the year-start budget's projects, its figure
    # labelled only "预算资金"; an adjustment named in a label is no year-start figure
    text = (
        "某州粮食和物资储备局2022年年初预算项目共12个,项目支出预算资金为1963.48万元,其中:1.一般公共预算财政拨款收入"
        "预算安排项目10个,预算资金为1955.72万元。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted) == (Decimal("1963.48"), None)
    adjusted = budget_of(text.replace("项目支出预算资金为", "调整后项目支出预算资金为"))
    assert (adjusted.initial, adjusted.adjusted) == (None, Decimal("1963.48"))
    # a form's total row with the reason for the difference after its figures
    form = (
        "某区商务委员会2021年度部门整体支出绩效自评表\n资金情况(万元)\n"
        "年初预算数 全年预算数(A) 全年执行数(B) 执行率(B/A) 产生差异的原因\n\n"
        "合计 860.5 1127.38 1098.64 97.45% 追加商贸流通及消费促进经费\n\n其中:财政拨款 860.5 1127.38 1098.64\n"
    )
    row = budget_of(form)
    assert (row.initial, row.adjusted, row.executed, row.execution_rate) == (
        Decimal("860.5"),
        Decimal("1127.38"),
        Decimal("1098.64"),
        Decimal("97.45"),
    )


def test_a_whole_table_printed_on_one_line_after_its_caption() -> None:
    # hand-written: the caption, the row header's word and four column headers, then each row's label and its four
    # figures, all set apart by single spaces on one line
    text = (
        "某市2023年涉农资金统筹整合绩效自评报告\n"
        "2023年统筹整合资金情况如下(单位:万元): 资金来源 年初预算数 调整后预算数 实际支出 执行率 "
        "合计 5200 5460.5 5301.2 97.08% 中央资金 3100 3260.5 3180.2 97.54% 省级资金 2100 2200 2121 96.41%\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("5200"),
        Decimal("5460.5"),
        Decimal("5301.2"),
        Decimal("97.08"),
    )
    # a row of another width is no such table: nothing is read from it rather than a figure out of its column
    assert budget_of(text.replace("中央资金 3100 3260.5", "中央资金 3260.5")).adjusted is None
    # prose run on after the last row is a cell of its own, the table before it read
    prose = text.replace("96.41%\n", "96.41% 年终结转结余159.3万元,全部为项目支出结转。\n")
    assert budget_of(prose).executed == Decimal("5301.2")


def test_project_funds_paid_out_agreeing_with_the_stated_rate_are_the_spending() -> None:
    # hand-written, in the traditional characters of a mirror site: 3,150.4 / 3,280 = 96.05%: the project money paid
    # out is what the rate is of, the sources listed after 其中 none of it
    text = (
        "某縣2022年高標準農田建設項目績效自評報告\n某縣2022年高標準農田建設項目下達資金3,280萬元,其中中央資金2,000萬元、"
        "省級資金880萬元、縣級配套資金400萬元,資金已全部到位。截至2022年12月31日,已撥付項目資金3,150.4萬元,"
        "資金撥付率96.05%。\n"
    )
    assert budget_of(text).executed == Decimal("3150.4")


def test_the_total_spending_after_two_sources_spending_is_the_whole() -> None:
    # hand-written: each source's spending and rate, then 合计实际支出 and its rate: 3105.6 / 3920 = 79.22%
    text = (
        "某县交通运输局2021年度项目支出绩效自评报告\n全年预算数3920万元,其中上级专项资金610万元,县级财政拨款资金3310万元。"
        "上级专项资金实际支出536.8万元,资金使用率88%,县级财政拨款资金实际支出2568.8万元,资金使用率77.61%,"
        "合计实际支出3105.6万元,资金使用率79.22%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("3920"),
        Decimal("3105.6"),
        Decimal("79.22"),
    )


def test_fujians_form_with_two_headers_on_one_line_and_their_formulas_below() -> None:
    # hand-written after Fujian's 部门整体支出绩效自评表: headers one cell a line, "年中调整金额③ 小计" two headers a space
    # apart with the 小计's formula on the next line; 2751417.82 = 2537695 + 213722.82 + 0, 2546673.98 / 2751417.82 = 93%
    text = (
        "部门整体支出绩效自评表\n(2018年度)\n部门(单位)名称 某市某某研究室 部门预算编码 901001033\n"
        "财政资金安排和使用情况  资金结构\n(元)\n预算安排 拨付情况 结余情况\n年初部门预算安排金额\n历年结余结转\n"
        "年中调整金额③ 小计\n④ = ①+② +③\n年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n⑦=④-⑤\n"
        "资金结余率\n(%)\n⑧=⑦/④\n"
        "财政资金小计 2537695 213722.82 0 2751417.82 2546673.98 93% 204743.84 7%\n"
        "合 计 2537695 213722.82 0 2751417.82 2546673.98 93% 204743.84 7%\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("253.7695"),
        Decimal("275.141782"),
        Decimal("254.667398"),
        Decimal("93"),
    )


def test_the_projects_fund_said_paid_out_after_its_name_is_the_spending() -> None:
    # hand-written: "X资金已拨付…" after the fund's arrival: 498.63 / 536.2 = 92.99%
    text = (
        "某县2022年度茶产业提质增效补助资金绩效自评报告\n2022年到位茶产业提质增效补助资金536.2万元,资金到位率100%。\n"
        "截至2022年12月31日,茶产业提质增效补助资金已拨付498.63万元,资金拨付率为92.99%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed) == (Decimal("536.2"), Decimal("498.63"))


def test_a_final_accounts_wording_of_the_spending_and_its_share_of_the_budget() -> None:
    # hand-written in the wording of 决算 pages: "支出决算为…,完成预算…%", "支出完成…万元"
    budget = budget_of(
        "某局2021年度部门整体支出绩效自评报告\n全年预算数1046.85万元。部门支出决算为1002.37万元,完成预算95.75%。\n"
    )
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1046.85"),
        Decimal("1002.37"),
        Decimal("95.75"),
    )
    budget = budget_of(
        "某局2021年度部门整体支出绩效自评报告\n全年预算调整为1129.40万元;全年部门支出完成1087.16万元。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal("1129.40"), Decimal("1087.16"))


def test_a_finance_bulletins_total_of_the_funds_is_the_budget() -> None:
    # hand-written in a finance office's bulletin wording: 资金总量 … 支出 … 支付率
    budget = budget_of(
        "某县2023年某某专项资金绩效自评报告\n全年财政拨款资金总量为812.46万元,实际支出795.20万元,支付率为97.88%。\n"
    )
    assert (budget.adjusted, budget.execution_rate) == (Decimal("812.46"), Decimal("97.88"))


def test_a_budget_word_listed_after_the_spending_names_a_source_of_it() -> None:
    # hand-written: the spending broken down by where its money came from ("当年预算资金", a project's "运行维护费"),
    # none of them the budget
    budget = budget_of(
        "某县2024年农机购置补贴项目支出绩效自评报告\n"
        "实际支出196.52万元,其中当年预算资金182.4万元、使用2023年度结余资金15.12万元。\n"
    )
    assert (budget.adjusted, budget.executed) == (None, Decimal("196.52"))
    budget = budget_of(
        "2021年某市电子政务内网运行维护费项目资金绩效评价报告\n(一)年初预算安排专网运维经费72万元。\n"
        "(二)全年实际支出69.6万元,其中线路租费50.4万元,主要用于专网线路年租赁费;运行维护费19.2万元,主要用于设备维修。\n"
    )
    assert (budget.adjusted, budget.executed) == (None, Decimal("69.6"))
    # a budget stated again after the listing's "；" is the budget
    budget = budget_of(
        "某项目支出绩效自评报告\n实际支出100万元,其中A经费50万元、B经费50万元;全年预算120万元。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal(120), Decimal(100))


def test_a_heading_on_the_use_of_funds_run_into_its_sentence_names_no_spending() -> None:
    # hand-written: "(二)资金使用情况" run into "项目资金45万元": the project's money, not money used
    budget = budget_of(
        "某镇农村户厕改造项目绩效评价报告\n(二)资金使用情况项目资金45万元,截止2022年11月30日支出43.2万元,结余1.8万元。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal(45), None)


def test_spending_paid_to_its_payees_and_rates_of_the_money_used() -> None:
    # hand-written in the wording of county notices: paid to the contractor, into the hands of those it is for,
    # "落实支出", a clause opening with its spending; "资金使用比例", "资金完成率"
    cases = [
        ("项目资金236万元。截止2023年12月底共收到财政拨款236万元,已支付施工单位148.62万元。", "148.62", None),
        (
            "全年到位项目资金合计1126.4万元,已通过“一卡通”发放到农牧民手中1098.24万元,剩余资金结转下年使用。",
            "1098.24",
            None,
        ),
        (
            "县财政拨付资金共计3,276.18万元,截止当前,已落实支出3,197.55万元,到目前资金使用比例97.6%。",
            "3197.55",
            "97.6",
        ),
        ("下拨资金85万元。2022年度我县共开展人工增雨作业126点次,支出作业补助资金71.46万元。", "71.46", None),
        (
            "项目总预算164万元。1.乡镇卫生院周转宿舍建设资金完成121.77万元,资金完成率为74.25%。",
            "121.77",
            "74.25",
        ),
        (
            "2020年春节慰问经费年初预算5万元。“春节慰问经费”项目支出4.56万元,预算执行率91.20%。",
            "4.56",
            "91.20",
        ),
    ]
    for sentence, spent, rate in cases:
        budget = budget_of(f"春节慰问经费项目支出绩效自评报告\n{sentence}\n")
        assert budget.executed == Decimal(spent), sentence
        assert budget.execution_rate == (Decimal(rate) if rate else None), sentence


def test_a_quoted_projects_spending_among_several_is_not_the_headline() -> None:
    # hand-written: two quoted projects, each with its spending; the whole's is stated first
    budget = budget_of(
        "2021年主体班教育培训项目等专项资金绩效自评报告\n2021年两个项目涉及公共预算支出共81.46万元,整体预算执行率为93.20%:"
        "“主体班教育培训经费”项目支出58.30万元,预算执行率94.03%;“教学科研经费”项目支出23.16万元,预算执行率91.18%。\n"
    )
    assert budget.executed in (None, Decimal("81.46"))  # never one of the projects' own


def test_a_table_run_on_after_a_sentence_is_read_with_its_rate_as_a_ratio() -> None:
    # hand-written: the form's funds row printed after the sentence, single spaces apart, its rate the ratio B/A
    budget = budget_of(
        "某县2022年松材线虫病防治项目绩效自评报告\n获省财政厅下达专项资金312万元,由采购办按程序办理。预算执行情况(万元) 预算数(A) "
        "执行数(B) 执行率(B/A) 年度财政资金总额 312 305.76 0.9800\n"
    )
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(312),
        Decimal("305.76"),
        Decimal("98.00"),
    )


def test_money_paid_out_at_the_rate_is_read_in_traditional_script_too() -> None:
    # hand-written, as a mirror republishes it: "已撥付" is 已拨付, its amount over the allocation giving the rate
    budget = budget_of(
        "某市某項目資金2024年度績效自評報告\n2024年市財政下達該項目資金48萬元,到位資金48萬元,截至12月31日已撥付45.6萬元,"
        "資金使用率95%。\n"
    )
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(48),
        Decimal("45.6"),
        Decimal(95),
    )


def test_nothing_carried_in_makes_no_other_allocation_and_a_sources_own_amount_in_renminbi() -> None:
    # hand-written: "上年结转资金0万元" beside the allocation; "财政拨款为人民币268.5万元/年," the source's own amount
    budget = budget_of(
        "某市退役士兵教育培训资金绩效自评报告\n省财政下达我市补助资金1284.6万元,主要用于培训补助,上年结转资金0万元,"
        "实际支出1197.35万元,资金执行率为95.21%。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal("1284.6"), Decimal("1197.35"))
    budget = budget_of(
        "某县城区园林绿化管护项目绩效自评报告\n本项目2021年财政拨款为人民币268.5万元/年,全年实际支出264.2万元。\n"
    )
    assert budget.executed == Decimal("264.2")


def test_rates_named_as_the_spendings_completion() -> None:
    # hand-written: "支出完成率98.3%"; an item's share of the budget ("人员经费支出30万元，占支出预算的30%") is no rate
    budget = budget_of(
        "某局2020年度部门整体支出绩效自评报告\n截至12月底,完成支出2376.92万元,支出完成率98.3%。\n"
    )
    assert budget.execution_rate == Decimal("98.3")
    budget = budget_of(
        "某县2023年某某项目支出绩效自评报告\n该项目全年预算100万元，实际支出98万元。人员经费支出30万元，占支出预算的30%。\n"
    )
    assert (budget.executed, budget.execution_rate) == (Decimal(98), None)


def test_the_spendings_share_of_the_money_received_or_planned_is_the_rate() -> None:
    # hand-written: the base named as what arrived, was allocated or planned, the whole's spending in the clause before
    cases = [
        ("到位资金2875万元。全市累计支出2413.5万元,占到位资金86.95%。", "86.95"),
        ("下达资金84.6万元,实际支出71.35万元,占下达资金的84.34%。", "84.34"),
        ("下达资金100万元,实际支出71.35万元,占下达资金的比例为71.35%。", "71.35"),
        ("计划安排资金860万元。项目完成支出812.4万元,占计划安排的94.47%。", "94.47"),
        # the payment completed, the mirror's doubled commas after it
        ("实际到位2600万元。截至2022年12月底完成支付2483.6万元,,占到位资金的95.52%。", "95.52"),
    ]
    # a named work's payment is no spending of the whole: its share is none of the rate
    assert (
        budget_of(
            "某项目支出绩效自评报告\n项目资金到位300万元,管网工程完成支付150万元,占到位资金的50%。\n"
        ).execution_rate
        is None
    )
    for sentence, rate in cases:
        assert budget_of(f"某项目支出绩效自评报告\n{sentence}\n").execution_rate == Decimal(rate), sentence
    # a source's, an item's or money passed on: no rate, and the whole's spending stays
    for sentence in (
        "下达资金9350万元,其中中央资金7480万元,占下达资金的80%。",
        "该项目下达资金1000万元，实际支出960万元。向乡镇拨付300万元，占下达资金的30%。",
        "该项目下达资金1000万元，实际支出960万元。其中设备购置支出360万元，占下达资金的36%。",
        "该项目全年预算100万元，实际支出100万元。工程款按进度拨付，拨付比例为70%。",
        "该项目全年预算100万元，实际支出98万元。其中年初预算80万元，为全年预算的80%。",
    ):
        assert budget_of(f"某项目支出绩效自评报告\n{sentence}\n").execution_rate is None, sentence


def test_a_departments_share_of_its_years_total_is_never_its_total() -> None:
    # hand-written: the one spending statement is a share of the year's whole; the whole itself is stated before it
    budget = budget_of(
        "某团市委2020年度部门整体支出绩效自评报告\n2020年本年支出合计1187.52万元,其中:基本支出796.35万元,占67.1%;"
        "项目支出391.17万元,占32.9%。\n2020年一般公共预算财政拨款支出1032.6万元,占本年支出合计的87%。\n"
    )
    assert budget.executed != Decimal("1032.6")
    # and a source's own figure dated apart from the spending after it
    budget = budget_of(
        "某福利院2019年度部门整体支出绩效自评报告\n2019年度公共财政拨款年初预算资金2,386,540.00元,截止2019年12月31日,"
        "实际支出2,341,215.36元,支出进度98.10%。\n"
    )
    assert budget.executed == Decimal("234.121536")


def test_the_part_the_money_holds_is_no_budget_and_more_bases_of_the_spendings_share() -> None:
    # hand-written: "资金中有300万元为省级统筹资金" is a part of the fund; "占下达额度的", "占部门预算总收入的" name the base
    budget = budget_of(
        "某林场2024年森林植被恢复费绩效自评报告\n2024年,某林场收森林植被恢复费专项资金455万元,本次下达的资金中有300万元"
        "为省级统筹资金。\n"
    )
    assert budget.adjusted != Decimal(300)
    budget = budget_of("某项目支出绩效自评报告\n下达额度780万元。已支付718.22万元,占下达额度的93.1%。\n")
    assert (budget.executed, budget.execution_rate) == (Decimal("718.22"), Decimal("93.1"))
    budget = budget_of(
        "某馆2022年度部门整体支出绩效自评报告\n决算总支出198.73万元占部门预算总收入的96.63%。\n"
    )
    assert budget.execution_rate == Decimal("96.63")


def test_a_budget_stated_after_a_listing_and_money_not_paid_are_read_as_before() -> None:
    # hand-written (a review's probes): the budget after the spending's listing is still the budget; money not yet paid
    # or due is no spending; a threshold "单笔支出金额5万元以上" is no spending
    budget = budget_of(
        "某县2023年某某项目支出绩效自评报告\n2023年项目实际支出96万元，其中设备购置支出50万元，工程建设支出46万元，"
        "调整后预算100万元，预算执行率96%。\n"
    )
    assert (budget.adjusted, budget.executed) == (Decimal(100), Decimal(96))
    budget = budget_of(
        "某县2023年某某项目支出绩效自评报告\n该项目年初预算120万元，执行率93.33%。本年度未兑付补贴资金8万元。\n"
    )
    assert budget.executed is None
    budget = budget_of(
        "某县2023年某某项目支出绩效自评报告\n单位严格执行财务制度，对单笔支出金额5万元以上的事项实行集体决策。"
        "该项目全年预算100万元，实际支出98万元。\n"
    )
    assert budget.executed == Decimal(98)


def test_the_rate_stated_as_the_moneys_use_progress() -> None:
    # hand-written after the eleventh twin round: "资金使用进度为96.52%", as 支出进度 is the rate; "加快资金使用进度" states none
    text = "某市民政局2021年度养老服务体系建设专项经费项目绩效自评报告\n补助25万元,2021年实际使用资金24.13万元,资金使用进度为96.52%。\n"
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(25),
        Decimal("24.13"),
        Decimal("96.52"),
    )
    assert budget_of(text.replace("资金使用进度为96.52%", "督促加快资金使用进度")).execution_rate is None


def test_a_levels_money_named_as_the_budget_is_that_levels_share() -> None:
    # hand-written after a real page: "年初预算县级资金" is the county's share of the allowance's budget, no initial budget
    # of the whole; a project the text names as that level's own ("市级…专项项目") keeps it
    budget = budget_of(
        "某县民政局2020年度高龄补贴项目绩效自评报告\n2020年全县高龄补贴调整后预算2147.5万元,其中省级配套612.4万元、"
        "市级配套498.6万元、县级配套1036.5万元。\n2020年年初预算县级资金1036.5万元,随月发放952.18万元。\n"
    )
    assert (budget.initial, budget.adjusted) == (None, Decimal("2147.5"))
    budget = budget_of(
        "某市卫生健康委员会2021年度项目绩效自评报告\n(计划生育奖励扶助专项经费项目)\n一、项目基本情况\n"
        "市级计划生育奖励扶助专项项目,年初预算安排市级财政资金32万元。\n"
    )
    assert budget.initial == Decimal(32)
    # the county's money alone, no other level's beside it: the budget itself
    budget = budget_of(
        "某县2022年度乡村道路维护项目支出绩效自评报告\n一、项目基本情况\n2022年年初预算县级资金100万元,全年实际支出90万元,执行率90%。\n"
    )
    assert (budget.initial, budget.adjusted) == (Decimal(100), Decimal(100))


@pytest.mark.parametrize(
    ("text", "initial", "adjusted"),
    [
        # the year-start words far before the figure, whose money between
        (
            "2022年度年初预算安排我县农村饮水安全巩固提升工程项目资金860.00万元,主要用于管网改造;年中省级追加下达140.00万元,"
            "全年预算数为1,000.00万元。",
            "860.00",
            "1000.00",
        ),
        # sent down in advance at the start of the year, then more named by what it is for
        (
            "年初提前下达专项彩票公益金3500万元;年中追加下达剩余补助资金700万元,全年共计下达4200万元。",
            "3500",
            "4200",
        ),
        # sent down in advance and put into the start's budget, the words after the figure
        ("3月1日提前下达36万元列入年初预算,9月5日追加下达24万元,全年预算合计60万元。", "36", "60"),
        # the start's budget, then the adjusted one with whose budget between
        (
            "县财政年初提前下达2022年城乡居民医保县级补助预算520万元,年底调减12万元,调整后县级补助预算为508万元。",
            "520",
            "508",
        ),
        # the adjusted budget, then its difference from the start: no change between the budgets
        (
            "2022年项目经费年初预算40万元,调整后预算33.6万元,较年初减少6.4万元、下降16%,主要原因是压减会议。",
            "40",
            "33.6",
        ),
        # the clause of the budget once adjusted, named by the plan
        (
            "项目支出预算(年初方案)52.5万元,年中追加7.3万元,调整方案后为59.8万元,由县民政局负责实施。",
            "52.5",
            "59.8",
        ),
    ],
)
def test_a_start_budget_and_its_changes_in_words_reports_use(text: str, initial: str, adjusted: str) -> None:
    budget = budget_of("某县2022年度专项资金项目支出绩效自评报告\n" + text + "\n")
    assert (budget.initial, budget.adjusted) == (Decimal(initial), Decimal(adjusted))


def test_a_subsidy_paid_out_in_all_is_the_spending() -> None:
    """ "合计兑现X万元": the subsidy paid out to those it is for, in all; each batch paid is a part of it, no spending of
    its own. A 兑现率 or 兑付率 is no execution rate: "补贴资金兑付率100%" says every approved claim was paid, as an
    indicator does (hand-written)."""
    text = (
        "某县2023年度乡村民宿改造奖补资金项目支出绩效自评报告\n全年下达奖补资金240万元。\n"
        "该项目分两批兑现奖补资金,第一批兑现120.5万元,第二批兑现99.5万元,合计兑现220万元,资金兑现率91.67%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (Decimal(240), Decimal(220), None)


@pytest.mark.parametrize(
    ("text", "initial", "adjusted", "executed"),
    [
        # batches sent down at the start and in the year: neither is the initial nor the whole budget
        ("年初下达补助资金300万元,年中下达补助资金200万元,实际支出480万元。", None, None, "480"),
        # a level's share sent down at the start is no initial budget
        (
            "2023年年初下达中央资金800万元、省级资金200万元,共计1000万元,实际支出950万元,执行率95%。",
            None,
            "1000",
            "950",
        ),
        # money due to be paid out is not paid; years paid out together are not the year's spending
        (
            "2023年下达耕地地力保护补贴资金230万元,截至年底合计应兑现230万元,实际已兑现220万元。",
            None,
            "230",
            "220",
        ),
        (
            "2023年预算资金250万元,用于农机购置补贴。项目实施三年来累计兑现680万元,惠及农户1.2万户。",
            None,
            "250",
            None,
        ),
    ],
)
def test_start_batches_shares_and_payouts_that_are_not_the_headline(
    text: str, initial: str | None, adjusted: str | None, executed: str | None
) -> None:
    figures = year_figures("某县2023年度专项资金项目支出绩效自评报告\n" + text + "\n")
    assert figures == tuple(Decimal(v) if v else None for v in (initial, adjusted, executed))


def test_an_adjusted_income_budget_is_no_budget_of_spending() -> None:
    text = "某局2023年度部门整体支出绩效自评报告\n2023年度调整后收入预算为600万元,其中财政拨款收入580万元。\n"
    assert budget_of(text).adjusted is None


def test_spending_and_rate_up_to_a_month_are_the_years_when_the_report_states_no_other() -> None:
    # (the fund's money, its spending to the end of October and the rate of the one over the other, all it says)
    head = "某镇乡村旅游公厕建设项目绩效自评报告\n1、资金计划。2021年乡村旅游公厕建设项目补助资金48.60万元,目前资金已全部到位。\n"
    spent = "2、资金使用。截至2021年10月底,乡村旅游公厕建设项目支出47.52万元,资金使用率97.78%,主要用于公厕建设。\n"
    budget = budget_of(head + spent)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("48.60"),
        Decimal("47.52"),
        Decimal("97.78"),
    )
    # the year's own spending stated too: the figures up to June are none of the report's
    budget = budget_of(
        head + "截至2021年6月30日,已支出24.30万元,资金使用率50%;全年实际支出47.52万元,预算执行率97.78%。\n"
    )
    assert (budget.executed, budget.execution_rate) == (Decimal("47.52"), Decimal("97.78"))
    # an item's payment up to a month agrees with no rate of the fund: nothing is read
    budget = budget_of(
        "某县2023年度发展资金项目支出绩效自评报告\n省财政下达我县发展资金380万元。\n"
        "(1)甲广场建设项目按工程进度拨付资金,截至2024年6月已拨付工程进度款96.3万元,及时率64.2%。\n"
    )
    assert (budget.executed, budget.execution_rate) == (None, None)


def test_a_funds_money_wholly_spent_is_the_budget_the_full_rate_is_of() -> None:
    # (its parts add up to 4.74, a published slip: the total stands by the spending and the full rate)
    text = (
        "某县2023年度财政衔接推进乡村振兴补助资金绩效自评报告\n"
        "2023年我办管理的衔接资金项目1个,项目名称小额贷款贴息项目。2023年小额贷款贴息资金4.86万元,其中:1、中央衔接资金"
        "3.12万元;2、省级衔接资金1.24万元;3、县级衔接资金0.38万元。全年实际支出4.86万元,执行率100%。\n"
    )
    assert year_figures(text) == (None, Decimal("4.86"), Decimal("4.86"))
    # the spending said twice is no budget
    text = "某县2023年度慰问项目支出绩效自评报告\n共发放慰问金4.86万元。全年实际支出4.86万元,执行率100%。\n"
    assert year_figures(text) == (None, None, Decimal("4.86"))


def test_a_figure_a_scan_broke_with_letters_is_not_read() -> None:
    text = "某市2023年度电子商务项目支出绩效自评报告\n市级统筹中央财政资金全年预算数I3B0万元用于项目建设。\n"
    assert budget_of(text).adjusted is None


def test_of_two_stated_rates_the_one_the_budget_and_spending_give() -> None:
    """A department's income row read as its total ("本年收入合计 … 100%"), and its spending's rate stated later: the
    rate the budget and the spending give is the report's."""
    text = (
        "某县科学技术协会2020年度部门整体支出绩效自评报告\n年初批复预算186.42万元,预算调整后213.75万元,全年实际支出207.38万元。"
        "本年收支决算情况如下(单位:万元):项目 年初预算数 调整后预算数 决算数 执行率 本年收入合计 186.42 213.75 213.75 100%\n"
        "部门预算执行率实际完成97.02%。\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("213.75"),
        Decimal("207.38"),
        Decimal("97.02"),
    )


def test_a_figure_whose_first_digits_the_conversion_lost_is_not_read() -> None:
    text = "某省2023年度困难群众救助补助资金绩效自评报告\n全年预算数798875.42万元,全省执行数7\ufffd2316.08万元。\n"
    assert (budget_of(text).adjusted, budget_of(text).executed) == (Decimal("798875.42"), None)
    assert budget_of(text.replace("7\ufffd2316.08", "792316.08")).executed == Decimal("792316.08")
    # a character lost after words leaves the figure after it whole
    assert budget_of(text.replace("执行数7\ufffd", "执行数\ufffd")).executed == Decimal("2316.08")


def test_a_form_rows_cells_after_an_empty_source_cell_are_the_wholes() -> None:
    text = (
        "某局2023年度职业技能培训补助项目支出绩效自评报告\n"
        "资金情况(万元) | 年度资金总额: | 973.6 | 其中:财政拨款 | 973.6 | 其他资金 | | 全年执行数 | 958.2 | 预算执行率 | 98.42% |\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("973.6"),
        Decimal("958.2"),
        Decimal("98.42"),
    )


def test_a_levels_matching_money_is_its_share_not_the_funds_budget() -> None:
    text = (
        "南某市文化局关于2023年中央支持地方公共文化服务体系建设补助资金支出绩效的自评报告\n"
        "根据省财政厅提前下达2023年中央支持地方公共文化服务体系建设补助资金预算的通知,对资金进行了分配;市级财政按规定安排"
        "配套资金86.5万元,其中市本级40万元,补助县(市、区)46.5万元,与中央资金统筹使用。\n"
    )
    assert budget_of(text).adjusted is None


def test_the_sangong_costs_total_is_no_departments_spending() -> None:
    text = (
        "某纪念馆2023年度部门整体支出绩效自评报告\n"
        "我馆全年财务状况运行良好。2023年“三公”经费支出合计6.84万元,其中:因公出国(境)费0万元,公务接待费1.92万元,"
        "公务用车运行维护费4.92万元,完成“三公”经费预算的91.2%。\n"
    )
    assert budget_of(text).executed is None


def test_a_funds_money_summed_with_gong_is_the_budget() -> None:
    text = "某镇2021年度村级组织运转经费项目支出绩效自评报告\n项目资金共218.64万元,已全部拨付完成。\n"
    assert budget_of(text).adjusted == Decimal("218.64")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # (hand-written edges of this session's rules, each the reading a careful reader gives)
        # the whole project's matching money where the fund is the county's own: its budget
        (
            "某县2023年度桥梁维修项目支出绩效自评报告\n2023年县级财政安排配套资金100万元，全年支出95万元。"
            "另争取省级补助资金10万元，已全部用于桥梁维修。\n",
            ("100", "95", None),
        ),
        # spending up to a month of another year than the report's: none of its figures
        (
            "某县2023年度道路养护项目支出绩效自评报告\n该项目年度预算资金100万元。截至2022年10月底，已支出80万元，预算执行率80%。\n",
            ("100", None, None),
        ),
        # one source's money wholly spent is no budget of the sources' whole
        (
            "某县2023年度道路养护项目支出绩效自评报告\n项目资金来源：中央补助资金50万元，县级配套资金30万元。\n全年支出50万元，执行率100%。\n",
            (None, "50", "100"),
        ),
        # a figure after letters that are no scan's damage ("RMB") is read
        (
            "某县2023年度道路养护项目支出绩效自评报告\n项目预算资金RMB100万元，实际支出RMB95万元，预算执行率95%。\n",
            ("100", "95", "95"),
        ),
        # a total of the year's spending whose clause names 三公 cost cut before it is the year's spending
        (
            "某局2023年度部门整体支出绩效自评报告\n2023年部门预算1000万元，压减三公经费后本年支出合计950万元。\n",
            ("1000", "950", None),
        ),
    ],
)
def test_this_sessions_rules_stop_at_their_edges(text: str, figures: tuple[str | None, ...]) -> None:
    budget = budget_of(text)
    expected = tuple(Decimal(v) if v else None for v in figures)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == expected


def test_a_formulas_multiplier_after_a_latin_x_is_no_rate() -> None:
    text = "某县2023年度道路养护项目支出绩效自评报告\n预算执行率=实际支出/预算数x100%。年度预算100万元。\n"
    assert budget_of(text).execution_rate is None


def test_what_arrived_is_the_budget_where_the_rates_header_names_it_its_base() -> None:
    text = (
        "某市公安局2023年度禁毒专项经费项目支出绩效自评表\n"
        "年初预算数 全年到位资金（Ａ） 全年支出（Ｂ） 分值 执行率（Ｂ／Ａ） 得分\n"
        "年度资金总额： １２０ １２６．８ １２６．８ １０ １００％ １０\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(120),
        Decimal("126.8"),
        Decimal("126.8"),
        Decimal(100),
    )


def test_payments_summed_up_as_accumulated_spending_are_the_years() -> None:
    text = (
        "某县图书馆2021年度图书购置项目绩效自评报告\n项目全年预算5.2万元。2021年支付图书采购款3.6万元、"
        "期刊订阅费1.2万元,累计支出4.8万元,预算执行率92.31%。\n"
    )
    assert year_figures(text) == (None, Decimal("5.2"), Decimal("4.8"))
    # "累计" over the years, no sum of the payments before it, is not the year's
    over_years = text.replace("累计支出4.8万元,预算执行率92.31%", "截至2021年底项目累计支出15.6万元")
    assert budget_of(over_years).executed != Decimal("15.6")


def test_money_paid_out_in_full_is_the_spending_but_not_a_slice_of_it() -> None:
    text = (
        "某镇2019年度村级防疫员补助资金绩效自评报告\n2019年补助资金由省级补助资金28800元和县级配套资金19200元两部分"
        "组成,共计48000元,用于全镇16名防疫员的工作补助。\n补助资金严格按照补助标准发放,48000元已全部发放到位。\n"
    )
    assert year_figures(text) == (None, Decimal("4.8000"), Decimal("4.8000"))
    # last year's money carried over, or one batch, handed out in full is a slice of the money
    carried = "某镇2019年度补助资金绩效自评报告\n下达资金共计50万元。\n上年结转资金24.4万元已全部发放到位。\n"
    assert budget_of(carried).executed is None
    batch = "某镇2019年度补助资金绩效自评报告\n下达资金共计86万元。\n第一批资金40万元已全部发放到户。\n"
    assert budget_of(batch).executed is None


def test_the_largest_whole_of_listed_parts_is_the_budget_when_one_whole_is_a_part_of_it() -> None:
    text = (
        "某省2021年度特岗教师补助资金绩效自评报告\n中央补助资金合计8,400万元(其中:提前下达6,000万元、"
        "追加下达2,400万元)。\n补助资金共计10,000万元,其中:中央补助资金8,400万元,省级补助资金1,600万元。"
        "全年支出9,300万元,执行率95%。\n"
    )
    assert budget_of(text).adjusted == Decimal(10000)


def test_a_funds_row_whose_label_a_narrow_column_wrapped() -> None:
    # a PDF's narrow first column: "年度资金总" on the row's line, "额" alone on the next
    text = (
        "某区残联2022年度残疾人事业发展补助资金绩效自评报告\n项目资金 年初预 全年预 全年执 分值 执行率 得分\n"
        "(万元) 算数 算数 行数\n年度资金总 52.6 52.6 49.8 10 94.68% 9.47\n额\n"
        "其中:当年财 52.6 52.6 49.8 — — —\n政拨款\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("52.6"),
        Decimal("52.6"),
        Decimal("49.8"),
        Decimal("94.68"),
    )
    # a line under the row that does not end the label leaves the row unread
    assert budget_of(text.replace("\n额\n", "\n合\n")).executed is None


def test_spending_as_a_share_of_the_adjusted_budget_is_the_rate() -> None:
    text = "某县2023年度部门整体支出绩效自评报告\n调整预算1587.93万元,2023年度支出总计1552.08万元,完成调整预算的97.74%。\n"
    assert budget_of(text).execution_rate == Decimal("97.74")
    text = "某县2023年度部门整体支出绩效自评报告\n调整预算1587.93万元,全年支出决算1552.08万元,占调整预算的97.74%。\n"
    assert budget_of(text).execution_rate == Decimal("97.74")


def test_payments_of_the_year_named_twice_summed_up_are_the_years_spending() -> None:
    text = (
        "某县图书馆2021年度图书购置项目绩效自评报告\n2021年项目预算5.2万元,2021年支付图书采购款3.6万元、"
        "期刊订阅费1.2万元,累计支出4.8万元。\n"
    )
    assert budget_of(text).executed == Decimal("4.8")
    # two years summed up are the years' spending
    years = "某县2021年度X项目绩效自评报告\n项目全年预算300万元。2020年支出20万元,2021年支出60万元,累计支出80万元。\n"
    assert budget_of(years).executed != Decimal(80)


def test_items_named_in_brackets_with_their_own_figures_are_no_headline() -> None:
    text = (
        "某县市场监督管理局2020年度项目绩效自评报告\n我局对5个专项业务项目开展绩效自评。\n【食品安全抽检监测】\n"
        "预算金额：45.00万元\n实际支出：42.18万元\n预算执行率：93.73%\n【特种设备安全监管】\n预算金额：18.00万元\n"
        "实际支出：18.00万元\n预算执行率：100%\n【计量检定设备购置】\n预算金额：36.50万元\n实际支出：33.20万元\n"
        "预算执行率：90.96%\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    budget = report.budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (None, None, None)
    # nor does the audit set one item's figures against another's
    findings = review_document(
        Document.from_text("page.txt", "txt", text), load_scheme("national-2020")
    ).findings
    assert [f.code for f in findings if f.code == "JX201"] == []


def test_the_first_share_of_money_distributed_is_no_budget() -> None:
    text = (
        "文档简介\n1、某县教育体育局2019年度学前教育发展资金项目支出绩效自评报告一、项目基本情况（一）项目概况根据《某省财政厅关于下达"
        "2019年中央和省级支持学前教育发展资金的通知》要求，2019年我县共获得学前教育发展资金486万元，其中中央资金312万元，"
        "省级资金174万元。按照资金分配方案，安排普惠性民办幼儿园奖补资金185万元，农村公办幼儿园建设资金226万元，"
        "家庭经济困难幼儿资助资金75万元。项目由县教育体育局负责组织实施。\n"
    )
    assert budget_of(text).adjusted != Decimal(185)
    # a budget whose sentence lists amounts summing to nothing stated before is the budget
    alone = "某县2019年度学前教育发展资金项目支出绩效自评报告\n安排学前教育发展资金185万元，支出180万元，结余5万元。\n"
    assert budget_of(alone).adjusted == Decimal(185)


def test_money_restated_in_its_own_distributions_sentence_is_the_whole() -> None:
    text = (
        "某区2024年度彩票公益金项目资金绩效自评报告\n2024年省财政下达我区彩票公益金项目资金440万元,支持地方社会公益项目建设。\n"
        "某区2024年彩票公益金项目资金440万元,项目资金已经分配下达到项目建设单位:甲村文化公园项目资金140万元、"
        "乙乡生产道路改造项目资金140万元、丙村基础设施建设项目资金160万元。\n"
    )
    assert budget_of(text).adjusted == Decimal(440)


def test_what_follows_bracketed_items_is_the_reports_and_money_sections_are_no_items() -> None:
    items = (
        "某县2020年度专项业务项目绩效自评报告\n【食品安全抽检监测】\n预算金额：45.00万元\n实际支出：42.18万元\n"
        "预算执行率：93.73%\n【特种设备安全监管】\n预算金额：18.00万元\n实际支出：18.00万元\n预算执行率：100%\n"
        "项目自评得分：93分\n自评等级：优\n两项合计预算63.00万元，实际支出60.18万元，执行率95.52%。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", items))
    assert (report.budget.adjusted, report.budget.executed, report.score) == (
        Decimal("63.00"),
        Decimal("60.18"),
        93,
    )
    sections = "某县2020年度X项目绩效自评报告\n【资金投入】预算数100万元，实际支出98万元，执行率98%。\n【资金支付】实际支出98万元，支付及时。\n"
    assert year_figures(sections) == (None, Decimal(100), Decimal(98))


def test_a_budget_with_its_own_parts_or_its_spending_is_no_share_of_an_earlier_total() -> None:
    title = "某县2019年度X项目绩效自评报告\n"
    assert (
        budget_of(title + "项目概算总额370万元。2019年预算安排185万元，支出110万元，结余75万元。").adjusted
        == 185
    )
    halves = (
        "本项目总预算600万元，分两年实施。2019年度预算安排300万元，其中中央资金200万元，省级资金100万元。"
    )
    assert budget_of(title + halves).adjusted == 300


def test_an_execution_rate_of_people_in_care_is_no_budget_rate() -> None:
    text = (
        "某县2022年度禁毒工作经费项目绩效自评报告\n全年预算65万元，实际支出61.57万元。排查登记吸毒人员412名，"
        "社区戒毒社区康复执行率98.6%。\n"
    )
    assert budget_of(text).execution_rate is None


def test_the_year_money_is_carried_into_names_no_year_of_the_rate() -> None:
    text = (
        "某县交通运输局2022年度农村公路养护项目支出绩效自评报告\n本项目全年可用资金880万元。截至2022年12月31日，"
        "全年累计支付836万元，结余44万元已按规定结转2023年继续使用，资金执行率95%。\n"
    )
    assert budget_of(text).execution_rate == 95
    # (the report's own year money is carried into is its year: the figures are this year's)
    own = (
        "某县交通运输局2022年度农村公路养护项目支出绩效自评报告\n2021年下达资金300万元，因故结转至2022年使用，"
        "实际支出290万元，执行率96.67%。\n"
    )
    assert budget_of(own).execution_rate == Decimal("96.67")


def test_rates_stated_as_money_handed_out_or_a_share_of_what_could_be_used() -> None:
    title = "某县2021年度耕地地力保护补贴项目绩效自评报告\n"
    handed_out = "下达补贴资金2,000万元。共发放补贴资金19,800,000.00元，补贴资金发放率99%。\n"
    assert budget_of(title + handed_out).execution_rate == 99
    usable = "本项目全年可用额度50万元，项目累计支出48万元，占全年可用额度的96.00%。\n"
    assert budget_of(title + usable).execution_rate == Decimal("96.00")
    whole = "收支总预算400万元。全年共支出392万元，占收支总预算的98%，年末结转8万元。\n"
    assert budget_of(title + whole).execution_rate == 98
    # (not a share of certificates handed out, nor an indicator's share of the money alone, which may count those paid)
    assert budget_of(title + "预算30万元。证书发放率98%。\n").execution_rate is None
    assert budget_of(title + "预算30万元。2.质量指标。经费发放率为98%，覆盖率100%。\n").execution_rate is None


def test_spending_charged_to_the_accounts_or_stated_as_the_final_accounts() -> None:
    title = "某县市场监督管理局2021年度部门整体支出绩效自评报告\n"
    charged = "调整后全年预算为500万元。全年列支490万元，占调整后预算的98%。\n"
    assert year_figures(title + charged) == (None, Decimal(500), Decimal(490))
    # (one class charged is no spending of the whole)
    assert year_figures(title + "全年列支人员经费80万元。\n") == (None, None, None)
    # (money charged to a budget that sets it aside is budgeted: "县财政列支…列入预算")
    assert year_figures(title + "县财政列支120万元列入2021年预算。\n") == (None, Decimal(120), None)
    final = "全年预算调整为1,620万元。2021 年决算数 1,590 万元，其中基本支出140万元，项目支出1,450万元，预算完成率98.15%。\n"
    budget = budget_of(title + final)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(1620),
        Decimal(1590),
        Decimal("98.15"),
    )
    handed = "本项目预算370万元。全区共发放教育“三包”经费360万元，惠及学生9000人。\n"
    assert budget_of(title + handed).executed == 360
    # (not what a unit pays its own staff)
    assert budget_of(title + "发放在职人员工资津贴350万元。\n").executed is None


def test_the_years_budget_in_words_a_works_plan_or_a_clause_opening_uses() -> None:
    title = "某镇2018年度污水治理设施运维项目绩效自评报告\n"
    assert budget_of(title + "2018年度项目计划投资300万元，主要用于设施运行维护。\n").adjusted == 300
    assert (
        budget_of(
            title + "2018年度项目落实资金300万元，资金来源为：省级补助120万元，镇级自筹180万元。\n"
        ).adjusted
        == 300
    )
    assert budget_of(title + "2018年度预算300万元，较上年增加20万元。\n").adjusted == 300
    # (not the year before's, compared with it)
    assert budget_of(title + "资金来源于镇级财政，较2017年度预算280万元有所增加。\n").adjusted is None


def test_a_budget_then_at_once_what_it_was_adjusted_to() -> None:
    title = "某市档案馆2020年度部门整体支出绩效自评报告\n"
    stated = "2020年度我馆收入预算数180万元，经年中调整后为195万元，全部为一般公共预算财政拨款。\n"
    assert year_figures(title + stated)[:2] == (Decimal(180), Decimal(195))
    assert year_figures(title + "2020年度我馆预算数180万元，调整后为195万元。\n")[:2] == (
        Decimal(180),
        Decimal(195),
    )


def test_a_sentence_set_apart_with_another_is_no_budget() -> None:
    text = (
        "某县卫生健康局2020年度基本公共卫生服务项目绩效自评报告\n"
        "另：2020年收到疫情防控补助资金80万元，单独核算，不纳入本项目评价范围。\n"
    )
    assert budget_of(text).adjusted is None


def test_a_funds_table_with_what_was_passed_down_and_what_was_not() -> None:
    text = (
        "某县卫生健康局2020年度基本公共卫生服务项目绩效自评报告\n资金下达及拨付情况见下表：\n"
        "|资金来源|下达数(万元)|已拨付数(万元)|未拨付(万元)|资金使用率|\n|中央补助|800.00|800.00|0|100%|\n"
        "|县级配套|200.00|150.00|50.00|75.00%|\n|合计|1000.00|950.00|50.00|95.00%|\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1000.00"),
        Decimal("950.00"),
        95,
    )
    tabs = (
        "某街道办事处2023年度部门整体支出绩效自评报告\n2023年度部门预算收支情况表\n单位：万元\n"
        "项目\t年初预算数\t调整后预算数\t累计支出\t结转结余\n合计\t1200.00\t1400.00\t1365.00\t35.00\n"
    )
    assert year_figures(tabs) == (Decimal("1200.00"), Decimal("1400.00"), Decimal("1365.00"))


def test_a_table_cell_with_its_thousands_set_apart_by_a_space() -> None:
    text = (
        "某县疾病预防控制中心2022年度重大公共卫生服务项目绩效自评表\n"
        "项目资金（万元）|年初预算数|全年预算数|全年执行数|分值|执行率|得分\n"
        "年度资金总额|60.00|1 200.00|1 176.00|10|98.00%|9.80\n"
    )
    assert year_figures(text) == (Decimal("60.00"), Decimal("1200.00"), Decimal("1176.00"))
    # (a row set apart by two spaces may part two figures by one: "120 120.00" are two cells)
    spaced = (
        "某县疾病预防控制中心2022年度重大公共卫生服务项目绩效自评表\n项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
        "年度资金总额  120 120.00  118.50  10  98.75%  9.88\n"
    )
    assert year_figures(spaced) == (Decimal(120), Decimal("120.00"), Decimal("118.50"))


def test_the_rate_of_the_projects_subsidy_money_is_the_projects() -> None:
    text = (
        "某县残疾人联合会2024年度困难残疾人生活补贴和重度残疾人护理补贴项目绩效自评报告\n"
        "我县两项补贴资金实际发放300万元，其中困难残疾人生活补贴130万元，重度残疾人护理补贴170万元。\n"
        "调整后预算总额310万元。补贴资金执行率101.50%，资金均足额及时发放到位。\n"
        "全年核查发现3名死亡人员未及时停发，已追回补贴资金0.5万元。\n"
    )
    # (stated as the report states it, though 300 / 310 is 96.77%: the audit's to find)
    assert budget_of(text).execution_rate == Decimal("101.50")


def test_the_items_summed_in_the_next_sentence_are_the_budget() -> None:
    text = (
        "某市博物馆2024年度免费开放项目绩效自评报告\n2024年5月，省财政厅下达我馆免费开放补助资金50万元；同年8月，"
        "省级下达免费开放配套补助资金30万元。两项合计80万元，全部列入我馆2024年度预算。\n"
    )
    assert budget_of(text).adjusted == 80


def test_a_timeliness_rate_or_a_targets_bound_is_no_figure_of_the_budget() -> None:
    title = "某省财政厅2018年度普惠金融发展专项资金绩效自评报告\n"
    target = (
        "资金下达时同步下达了绩效目标：全年新发放创业担保贷款不低于15亿元；定向费用补贴资金按时拨付率100%。\n"
    )
    budget = budget_of(title + "2018年中央财政下达我省专项资金14718.65万元。\n" + target)
    assert (budget.adjusted, budget.execution_rate) == (Decimal("14718.65"), None)


def test_the_one_sources_spending_with_its_budget() -> None:
    text = (
        "某旗残疾人联合会2023年度部门整体支出绩效自评报告\n2023年度，我会财政拨款年初预算380万元，年中追加，"
        "全年预算调整为500万元，实际执行490万元，执行率98%。\n"
    )
    assert year_figures(text) == (Decimal(380), Decimal(500), Decimal(490))


def test_the_initial_budget_and_the_addition_in_brackets_after_the_years() -> None:
    text = (
        "某县民政局2024年度部门整体支出绩效自评报告\n2024年全年可用预算8,200.00万元（年初批复6,800.00万元，执行中追加"
        "中央、省社会救助补助资金1,400.00万元），当年实际列支8,118.00万元，执行进度99%。\n"
    )
    assert year_figures(text) == (Decimal("6800.00"), Decimal("8200.00"), Decimal("8118.00"))
    opening = "某县市场监督管理局2020年度部门整体支出绩效自评报告\n2020年我局部门预算年初安排1200万元，年度内追加，全年可用预算达到1400万元。\n"
    assert year_figures(opening)[:2] == (Decimal(1200), Decimal(1400))


def test_money_paid_out_to_people_and_the_rate_an_indicator_attained() -> None:
    text = (
        "某县民政局2023年度高龄津贴项目绩效自评报告\n下达高龄津贴资金970万元。截至2023年12月31日，全县累计发放高龄津贴"
        "9,410,400元（941.04万元），剩余28.96万元。\n4.预算执行率：目标≥95%，实际97.01%，完成。\n"
    )
    budget = budget_of(text)
    assert (budget.executed, budget.execution_rate) == (Decimal("941.04"), Decimal("97.01"))
    # (another plan's rate attained is none of the budget's)
    assert budget_of(text.replace("4.预算执行率", "4.政府采购执行率")).execution_rate is None


def test_money_taken_back_is_no_spending() -> None:
    text = (
        "某区医疗保障局2021年度城乡医疗救助补助资金项目绩效自评报告\n2021年区财政局下达城乡医疗救助补助资金3200万元。\n"
        "对2家定点医疗机构违规结算问题追回救助资金3.18万元。\n"
    )
    assert year_figures(text) == (None, Decimal(3200), None)


def test_money_left_out_of_the_evaluation_and_an_aside_in_a_budgets_label() -> None:
    title = "某省农业农村厅2020年度农业资源及生态保护补助资金绩效自评报告\n"
    table = (
        "中央财政下达我省资金46.93亿元。各地分配情况见表1。\n表1\n地区\n金额（万元）\n合计\n469300\n"
        "另外，省级财政安排配套资金共计6.2亿元，按照省级资金管理规定单独核算，未纳入本次自评。\n"
    )
    assert budget_of(title + table).adjusted == 469300
    # (not other money the sentence goes on to name, nor a part of it)
    for sentence in (
        "项目全年预算850万元，全部用于产业发展，未纳入本次自评的其他资金另行报告。\n",
        "项目全年预算850万元，国家助学贷款贴息不纳入本项目评价。\n",
        "项目全年预算850万元，其中上年结转资金50万元未纳入本次自评。\n",
        "项目全年预算850万元，资金使用情况未纳入乡镇年度目标考核。\n",
    ):
        assert budget_of(title + sentence).adjusted == 850, sentence
    aside = (
        "某县农业农村局2021年度部门整体支出绩效自评报告\n我局2021年部门预算（含下属单位）年初安排2300万元，其中基本支出1200万元，"
        "项目支出1100万元。执行中，年内追加800万元，全年预算调整为3100万元。\n"
    )
    assert year_figures(aside)[:2] == (Decimal(2300), Decimal(3100))


def test_a_units_whole_budget_money_not_this_projects_and_the_start_of_the_years_arrangement() -> None:
    title = "某区第九中学2017年度校舍维修改造项目绩效自评报告\n一、项目资金情况\n"
    whole = "项目全年实际支出103.5万元，预算执行率98.57%。学校2017年度部门预算总额为2386.4万元。\n"
    assert budget_of(title + whole).adjusted is None
    # (a department's report states its own total so)
    department = "某区第九中学2017年度部门整体支出绩效自评报告\n一、部门预算情况\n学校2017年度部门预算总额为2386.4万元。\n"
    assert budget_of(department).adjusted == Decimal("2386.4")
    # (nor where the unit's whole budget holds the project's money: "在部门预算总额中安排本项目资金45万元")
    assert budget_of(title + "学校在部门预算总额中安排本项目资金45万元。\n").adjusted == 45
    start = "本项目年初安排600,000.00元。年中经区政府同意追加256,000.00元，全年预算856,000.00元。\n"
    assert year_figures(title + start)[:2] == (Decimal(60), Decimal("85.6"))
    approved = "全年可支配预算资金2,136.85万元，其中年初安排1,684.20万元，年度中间追加452.65万元。\n"
    assert year_figures(title + approved)[:2] == (Decimal("1684.20"), Decimal("2136.85"))
    # (one source's share, the unit's whole or a plan is no initial budget of the project)
    for other in (
        "资金来源：县级财政年初安排30万元，上级补助资金70万元，合计100万元。\n",
        "资金组成：\n县级财政年初安排30万元，上级补助资金70万元，合计100万元。\n",
        "我局年初安排1200万元，其中安排本项目50万元。\n",
        "建议财政部门下一年度年初安排60万元。\n",
    ):
        assert budget_of(title + other).initial is None, other
    # (in a department's report, money a part was given at the start of the year is no initial budget of the whole)
    department_part = (
        "某县农业农村局2022年度部门整体支出绩效自评报告\n全年预算2,004.20万元。局机关年初安排320.00万元。\n"
    )
    assert budget_of(department_part).initial is None


def test_the_budget_the_peoples_congress_passed_and_the_years_start_are_the_initial_budget() -> None:
    department = "某县住房和城乡建设局2017年度部门整体支出绩效自评报告\n一、部门预算情况\n"
    for sentence, initial in (
        (
            "2017年县人大批复我局部门预算5264.30万元，年度执行中追加754.42万元，全年预算6018.72万元。",
            "5264.30",
        ),
        ("2017年部门收入预算经县人大审议通过为12,784.90万元，调整后全年预算15,230.66万元。", "12784.90"),
        # "其中年初部门预算" after the whole
        (
            "2017年我局部门预算总收入2,316.58万元，其中年初部门预算1,987.40万元，年度中追加329.18万元。",
            "1987.40",
        ),
    ):
        assert budget_of(department + sentence + "\n").initial == Decimal(initial), sentence
    # (a budget only proposed to it, or one it approved adjusted, is none; nor, in a project's report, the unit's
    # whole budget it approved)
    for other in (
        "全年预算6018.72万元。2018年部门预算草案已提请县人大审议。\n",
        "调整预算经县人大常委会批准为6120.00万元，全年实际支出5980.22万元。\n",
    ):
        assert budget_of(department + other).initial is None, other
    project = "某县水利局2017年度农村饮水工程项目支出绩效自评报告\n一、项目资金情况\n"
    whole = "2017年县人大批复我局部门预算5264.30万元。本项目全年预算150万元，实际支出148万元。\n"
    assert year_figures(project + whole) == (None, Decimal(150), Decimal(148))


def test_a_rate_its_sentence_states_of_government_purchases_is_none_of_the_budgets() -> None:
    department = "某街道办事处2020年度部门整体支出绩效自评报告\n"
    sentence = (
        "2020年度，我街道部门预算年初批复4215.36万元，年中追加后全年实际支出4968.30万元，预算执行率97.36%。\n预算管理方面，"
        "严格执行经费管理规定；政府采购按规定程序实施，执行率100%；信访积案化解率达到92.3%。\n"
    )
    assert budget_of(department + sentence).execution_rate == Decimal("97.36")
    # (a sentence opening on the purchases that goes on to the budget's money states the budget's rate)
    whole = "政府采购严格按规定程序实施，全年预算5102.77万元，实际支出4968.30万元，执行率97.36%。\n"
    assert budget_of(department + whole).execution_rate == Decimal("97.36")


def test_a_line_opening_on_the_unit_under_a_tables_last_row_is_no_part_of_the_table() -> None:
    text = (
        "某县林业局2017年度部门整体支出绩效自评报告\n2017年度我局部门预算及执行情况如下（单位：万元）：\n"
        "项　目　　　　　　预算数　　　　执行数　　　　执行率\n合　计　　　　　　1146.82　　　1098.57　　　95.79%\n"
        "基本支出　　　　　412.60　　　　412.60　　　　100%\n　其中：人员经费　336.18　　　　336.18\n"
        "　　　　公用经费　76.42　　　　　76.42\n项目支出　　　　　734.22　　　　685.97　　　　93.43%\n"
        "我局年初部门预算为862.35万元，年度执行中追加专项资金284.47万元。\n"
    )
    assert year_figures(text) == (Decimal("862.35"), Decimal("1146.82"), Decimal("1098.57"))


def test_a_places_whole_public_spending_is_none_of_a_projects_figures() -> None:
    title = "某镇便民服务中心标准化建设项目2016年度绩效自评报告\n"
    text = "县财政局下达补助资金25万元。我镇2016年财政总支出2315.8万元。截止2016年12月31日，项目共支出29.36万元。\n"
    assert year_figures(title + text)[1:] == (Decimal(25), Decimal("29.36"))


def test_rates_that_are_none_of_the_budgets() -> None:
    department = "某县林业和草原局2019年度部门整体支出绩效自评报告\n"
    # a government purchase's rate its sentence opens on, and the year's bound a page cut before its figure
    for other in (
        "全年预算3187.64万元，实际支出2749.21万元。政府采购按规定程序实施，执行率100%。\n",
        "全年预算3187.64万元，实际支出2749.21万元。一是支出进度未达到年度\n90%的考核要求，扣3分。\n",
    ):
        assert budget_of(department + other).execution_rate is None, other


def test_a_funds_table_with_a_column_of_what_arrived_gives_its_totals_rate() -> None:
    text = (
        "某市农业农村局2019年度农业生产发展资金绩效自评报告\n"
        "| 资金来源 | 下达金额（万元） | 实际到位（万元） | 实际支出（万元） | 支出率 |\n"
        "| 中央财政 | 12846.5 | 12846.5 | 12388.06 | 96.43% |\n| 自治区财政 | 1200 | 1200 | 984.02 | 82.00% |\n"
        "| 市级财政 | 350 | 350 | 280 | 80.00% |\n| 合计 | 14396.5 | 14396.5 | 13652.08 | 94.83% |\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("14396.5"),
        Decimal("13652.08"),
        Decimal("94.83"),
    )
    # (beside it, the share that arrived is no rate of the spending)
    shared = (
        "某市农业农村局2019年度农业生产发展资金绩效自评报告\n"
        "| 资金来源 | 全年预算数 | 实际到位数 | 实际到位率 | 实际支出数 | 执行率 |\n"
        "| 合计 | 5800 | 5700 | 98.28% | 5586.12 | 96.31% |\n"
    )
    budget = budget_of(shared)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(5800),
        Decimal("5586.12"),
        Decimal("96.31"),
    )


def test_a_label_and_its_value_a_line_reads_from_its_own_line() -> None:
    # lines of "key：value" the flow joins: the figure's label is its own line's, not every line above it
    text = (
        "关于2018年度住院综合楼维修改造项目绩效自评结果的公示\n项目名称：住院综合楼维修改造项目\n"
        "项目类型：一次性项目　　项目实施期：2018年4月至2018年12月\n"
        "资金来源：省级财政专项资金1,800,000.00元，县级财政资金680,000.00元\n项目预算：2,480,000.00元\n"
        "实际支出：2,436,915.26元\n预算执行率：98.26%\n"
    )
    assert year_figures(text)[1:] == (Decimal("248.000000"), Decimal("243.691526"))
    # (the sources' first amount is no budget stated: "资金来源：省级财政专项资金")
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert [fact.value for fact in report.facts if fact.field == "budget.adjusted"] == [Decimal("248.000000")]


def test_a_final_accounts_table_with_its_row_numbers() -> None:
    # "行次" numbers each row: no amount of it, and its numbers add up to nothing the audit checks
    text = (
        "某区文化和旅游局2023年度部门整体支出绩效自评报告\n收入支出决算总表如下（单位：万元）：\n"
        "项目\t行次\t年初预算数\t调整预算数\t决算数\n一、一般公共预算财政拨款收入\t1\t986.40\t1,247.83\t1,247.83\n"
        "二、政府性基金预算财政拨款收入\t2\t0.00\t150.00\t150.00\n三、事业收入\t3\t35.00\t35.00\t41.26\n"
        "四、其他收入\t4\t0.00\t0.00\t0.00\n本年收入合计\t5\t1,021.40\t1,432.83\t1,439.09\n"
        "一、文化旅游体育与传媒支出\t6\t812.36\t1,056.51\t1,000.27\n二、社会保障和就业支出\t7\t209.04\t376.32\t376.32\n"
        "本年支出合计\t8\t1,021.40\t1,432.83\t1,376.59\n"
    )
    assert year_figures(text) == (Decimal("1021.40"), Decimal("1432.83"), Decimal("1376.59"))
    findings = review_document(
        Document.from_text("page.txt", "txt", text), load_scheme("national-2020")
    ).findings
    assert [f.message for f in findings if f.code == "JX101"] == []


def test_the_budget_adjusted_to_after_its_change_and_the_share_of_it_spent() -> None:
    department = "某区卫生健康局2021年度部门整体支出绩效自评报告\n（二）部门财政资金支出情况\n"
    sentence = (
        "支出方面，年初预算安排3887.45万元，年内追加并统筹上年结转457.06万元后，调整为7109.99万元；全年完成支出"
        "6636.25万元，为调整后预算的93.34%。\n"
    )
    budget = budget_of(department + sentence)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("3887.45"),
        Decimal("7109.99"),
        Decimal("6636.25"),
        Decimal("93.34"),
    )
    # (one source's money adjusted, or a change alone, is no budget)
    for other in ("其中省级资金由120万元调整为100万元。\n", "年内经县政府同意，调整30万元用于防汛。\n"):
        assert budget_of(department + other).adjusted is None, other


def test_the_units_budget_approved_at_the_years_start() -> None:
    department = "某市民政局2024年度部门整体支出绩效自评报告\n一、部门预算情况\n"
    sentence = (
        "2024年初，市财政批复我局部门预算21,500,000.00元。年度执行中，上级下达资金及市级追加经费等3,367,215.36元，"
        "调整后全年预算为24,867,215.36元。\n"
    )
    assert year_figures(department + sentence)[:2] == (Decimal("2150.000000"), Decimal("2486.721536"))
    # (money the year's start named, that is no budget the unit was approved, stays none; so does one approved later
    # in the year, and in a project's report the unit's whole budget)
    for other in (
        "2024年初，县财政局下达第一批资金300万元，6月下达第二批资金200万元，合计500万元。\n",
        "2024年初，我局开展部门预算编制工作，经年中调整，市财政批复我局部门预算350万元。\n",
    ):
        assert budget_of(department + other).initial is None, other
    project = (
        "某县2024年度农村公路养护项目支出绩效自评报告\n2024年初，县财政批复我局部门预算1500万元，安排农村公路养护项目"
        "资金300万元。本项目全年预算300万元，实际支出290万元。\n"
    )
    assert year_figures(project) == (None, Decimal(300), Decimal(290))


def test_a_tables_row_number_under_its_last_header_is_no_figure() -> None:
    works = (
        "某县2023年度小型水库维修养护项目绩效自评报告\n项目安排资金185,000.00元。全年共完成维修养护5大类，支出183,460.80元，"
        "资金预算执行率99.17%。各项支出如下表：\n| 序号 | 维修养护内容 | 支出金额（元） |\n| 1 | 大坝坝坡除草 | 42,600.00 |\n"
        "| 2 | 溢洪道清淤 | 140,860.80 |\n| | 合计 | 183,460.80 |\n"
    )
    assert budget_of(works).executed == Decimal("18.346080")
    # (a value alone on the line under its label is its value)
    alone = "某县2022年度衔接资金项目支出绩效自评报告\n项目名称\t衔接资金项目\t全年预算数（万元）\n320\n"
    assert budget_of(alone).adjusted == 320


def test_a_funds_row_a_pdf_indents_under_headers_a_page_break_cut_off() -> None:
    # the row's leading spaces are no cells before its label; its figures stand in the national form's order
    text = (
        "岳池县农业农村局2022年度农村人居环境整治项目支出绩效自评报告\n附件\n                              项目支出绩效自评表\n"
        "   项目名称           农村人居环境整治项目\n                                  年初预      全年预      全年执      分值"
        "      执行率     得分\n   项目资金（万元）               算数        算数        行数\n"
        "                                                       — 3 —\n"
        "                 年度资金总额       380       412.6      405.32       10       98.24%     9.82\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(380),
        Decimal("412.6"),
        Decimal("405.32"),
        Decimal("98.24"),
    )
    # (an indented row short of the whole national order, its score cell blank, is not read in that order)
    short = "某县2022年度衔接资金项目支出绩效自评报告\n        年度资金总额   120   120   110   10   91.67%\n"
    assert budget_of(short).executed != 10


def test_a_year_comparison_table_gives_the_figures_of_the_year_evaluated() -> None:
    # one cell a line: the row's first figure is last year's
    stacked = (
        "某县档案馆2023年度部门整体支出绩效自评报告\n二、收支情况\n表1 近两年收支情况\n单位：万元\n项目\n2022年\n2023年\n"
        "增减额\n年初预算\n250.10\n262.40\n12.30\n调整后预算\n270.00\n290.50\n20.50\n实际支出\n265.30\n283.15\n17.85\n"
        "预算执行率\n98.26%\n97.47%\n—\n"
    )
    budget = budget_of(stacked)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("262.40"),
        Decimal("290.50"),
        Decimal("283.15"),
        Decimal("97.47"),
    )
    # rows of "|" cells, the year evaluated the first column
    ruled = (
        "某县卫生院2021年度部门整体支出绩效自评表\n| 单位名称 | 某县卫生院 | 金额单位：万元 |\n"
        "| 资金情况 | 指标 | 2021年 | 2020年 | 增减 |\n"
        "| | 年初预算数 | 830.00 | 790.00 | 40.00 |\n| | 调整后预算数 | 912.40 | 866.00 | 46.40 |\n"
        "| | 实际支出数 | 905.10 | 850.12 | 54.98 |\n"
    )
    assert year_figures(ruled) == (Decimal("830.00"), Decimal("912.40"), Decimal("905.10"))
    # the years as rows under the form's columns: the row of the year evaluated is the total
    by_rows = (
        "某县统计局2019年度整体支出绩效自评报告\n近两年预算执行情况\n单位：万元\n指标\n年初预算数\n调整预算数\n实际支出数\n"
        "预算执行率\n2018年\n200.00\n230.00\n225.40\n98.00%\n2019年\n210.00\n240.00\n236.40\n98.50%\n"
    )
    assert year_figures(by_rows) == (Decimal("210.00"), Decimal("240.00"), Decimal("236.40"))


def test_a_year_comparison_headed_as_a_parts_or_targets_is_none_of_the_units_totals() -> None:
    head = "某县司法局2022年度部门整体支出绩效自评报告\n全年预算1210万元，实际支出1190万元。\n"
    for heading in (
        "（三）“三公”经费情况\n本部门严格控制一般性支出。\n单位：万元",
        "二、年度绩效目标设定情况\n单位：万元",
    ):
        table = f"{heading}\n项目 | 2021年 | 2022年 | 增减额\n预算数 | 12.50 | 12.00 | -0.50\n支出数 | 10.20 | 9.80 | -0.40\n"
        assert year_figures(head + table)[1:] == (Decimal(1210), Decimal(1190)), heading
    # (a heading saying what the unit's table includes names no part)
    whole = (
        "某县司法局2022年度部门整体支出绩效自评报告\n（二）部门预算执行情况（含基本支出、项目支出）\n单位：万元\n项目\n2022年\n"
        "2021年\n年初预算\n1180\n1100\n全年预算\n1210\n1150\n实际支出\n1190\n1120\n"
    )
    assert year_figures(whole) == (Decimal(1180), Decimal(1210), Decimal(1190))
    # (nor, in a project's report, a table of its place's money by year)
    project = (
        "某县2022年度农村公路养护项目支出绩效自评报告\n本项目2022年预算资金120万元，实际支出118万元。\n"
        "全县农村公路养护资金近年投入情况（万元）\n年度\n预算数\n支出数\n执行率\n2021年\n300\n280\n93.33%\n"
        "2022年\n350\n340\n97.14%\n"
    )
    assert year_figures(project)[1:] == (Decimal(120), Decimal(118))


def test_a_project_reports_year_comparison_is_of_no_one_project() -> None:
    # (a township's table of all its projects over two years, in one project's report: none of its figures)
    text = (
        "某乡2021年度产业路硬化项目支出绩效自评报告\n项目全年预算50万元，实际支出49.5万元。\n全乡近两年项目情况\n"
        "项目\t2020年\t2021年\n资金总额（万元）\t300.00\t280.00\n已支出（万元）\t298.00\t276.00\n资金执行率\t99.33%\t98.57%\n"
    )
    budget = budget_of(text)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (Decimal(50), Decimal("49.5"), None)


def test_a_header_a_narrow_cell_cut_inside_its_words() -> None:
    text = (
        "某市农业农村局2024年度部门整体支出绩效自评表\n单位：万元\n部门预算\n年初预\n算数\n全年预\n算数\n全年执\n行数\n"
        "分值 执行率 得分\n年度资金总\n额\n1200.00 1500.00 1425.00 10 95.00% 9.50\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1200.00"),
        Decimal("1500.00"),
        Decimal("1425.00"),
        Decimal("95.00"),
    )
    # (headers so cut over another table's 合计 row: that table's, the form's own total row not named)
    carried = (
        "某市农业农村局2024年度部门整体支出绩效自评报告\n全年预算1200万元，实际支出1150万元。\n上年结转资金\n年初预\n算数\n"
        "全年预\n算数\n全年执\n行数\n合计\n20\n20\n15\n"
    )
    assert year_figures(carried) == (None, Decimal(1200), Decimal(1150))


def test_a_forms_unit_note_under_its_identity_cells() -> None:
    text = (
        "某市档案馆2019年度部门整体支出绩效自评表\n部门整体支出绩效自评表\n（2019年度）\n部门（单位）名称      某市档案馆\n"
        "金额单位：元\n年度履职目标      做好全市档案资源收集、整理、保管和开发利用，推进馆藏档案数字化，确保档案实体安全和信息安全。\n"
        "年度主要任务      任务名称      主要内容      预算金额\n      档案保管      库房维护      386,000.00\n"
        "年度预算执行情况      年初预算数      全年预算数      全年执行数      分值      执行率      得分\n"
        "年度资金总额      5,000,000.00      6,000,000.00      5,880,000.00      10      98.00%      9.80\n"
    )
    assert year_figures(text) == (Decimal(500), Decimal(600), Decimal(588))
    # (a row of the form's head with its own unit is no note for the form)
    invested = (
        "某县交通局2019年度项目支出绩效自评表\n项目支出绩效自评表\n项目名称      某县农村公路提升工程\n"
        "项目总投资（亿元）      1.5\n主管部门      某县交通局      实施单位      某县公路中心\n"
        "项目资金      年初预算数      全年预算数      全年执行数      分值      执行率      得分\n"
        "年度资金总额      5000      6000      5800      10      96.67%      9.67\n"
    )
    assert year_figures(invested) == (Decimal(5000), Decimal(6000), Decimal(5800))


def test_a_tasks_budget_in_key_value_lines_is_the_tasks() -> None:
    text = (
        "某市水利局2023年度部门整体支出绩效自评表\n部门（单位）名称：某市水利局\n年度主要任务：\n任务名称：防汛抗旱\n"
        "主要内容：物资储备、预警平台运行\n预算金额（万元）：300.00\n任务名称：河道治理\n主要内容：中小河流治理\n"
        "预算金额（万元）：900.00\n部门预算（万元）：\n年度资金总额：年初预算数 2000.00；全年预算数 2500.00；全年执行数 2450.00；"
        "分值 10；执行率 98.00%；得分 9.80\n"
    )
    assert year_figures(text) == (Decimal("2000.00"), Decimal("2500.00"), Decimal("2450.00"))


def test_the_rows_labels_before_a_form_printed_column_by_column_are_no_parts_table() -> None:
    text = (
        "某市机关事务中心2024年度部门整体支出绩效自评表\n部门预算执行情况（万元）\n项目\n年度资金总额\n其中：基本支出\n项目支出\n"
        "年初预算数\n800.00\n600.00\n200.00\n全年预算数\n900.00\n620.00\n280.00\n全年执行数\n880.00\n620.00\n260.00\n"
        "分值\n10\n执行率\n97.78%\n得分\n9.78\n"
    )
    assert year_figures(text) == (Decimal("800.00"), Decimal("900.00"), Decimal("880.00"))
    # (a part's table under the total of the table above it is the part's)
    three = (
        "某县司法局2021年度部门整体支出绩效自评报告\n2021年全年预算680万元，实际支出652万元。\n合计\n652\n三公经费\n"
        "年初预算数\n8.00\n全年预算数\n8.00\n全年执行数\n6.40\n执行率\n80.00%\n"
    )
    assert year_figures(three)[1:] == (Decimal(680), Decimal(652))


def test_an_item_a_projects_name_lists_in_brackets_is_no_name_of_the_project() -> None:
    text = (
        "某县文旅局2019年度公共文化服务体系建设项目绩效自评报告\n一、项目名称：公共文化服务体系建设（免费开放、送戏下乡、农家书屋更新）\n"
        "截至年底，公共文化专项实际使用290万元。分项看：送戏下乡演出80万元；农家书屋更新50万元。\n"
    )
    assert year_figures(text)[1:] == (None, Decimal(290))
    # (one item alone in the brackets says what the project is)
    single = "某县2021年度林业改革发展资金（生态护林员补助）项目绩效自评报告\n生态护林员补助600万元，实际支出598万元。\n"
    assert year_figures(single)[1:] == (Decimal(600), Decimal(598))


def test_a_units_whole_budget_in_a_project_report_and_a_levels_share_set_in_the_initial_budget() -> None:
    whole = (
        "某县文旅局2019年度公共文化服务体系建设项目绩效自评报告\n项目全年预算300万元，实际使用290万元。"
        "我局2019年部门预算总支出2100万元。\n"
    )
    assert year_figures(whole)[1:] == (Decimal(300), Decimal(290))
    share = (
        "某县2023年度衔接推进乡村振兴补助资金项目绩效自评报告\n全年衔接资金共计9000万元，其中中央资金6000万元、省级资金2000万元、"
        "县级资金1000万元。县级1000万元列入年初预算，按项目进度拨付。\n"
    )
    assert budget_of(share).initial is None
    # (a project one level pays alone: its money set in the initial budget is the initial budget)
    alone = (
        "某县2023年度农村道路养护项目支出绩效自评报告\n本项目为县级项目，县级财政资金200万元列入年初预算，全年实际支出195万元。"
        "中央资金未安排。\n"
    )
    assert budget_of(alone).initial == Decimal(200)
    nothing_else = (
        "某县2023年度农村道路养护项目支出绩效自评报告\n资金来源：中央资金0万元，省级资金0万元，县级资金300万元。"
        "县级资金300万元列入年初预算，全年实际支出298万元。\n"
    )
    assert budget_of(nothing_else).initial == Decimal(300)


def test_money_that_explains_a_change_is_no_headline_figure() -> None:
    text = (
        "某县人民医院2020年度部门整体支出绩效自评报告\n年初预算4000万元。财政拨款收入增幅较大，主要是县财政安排疫情防控专项"
        "1200.00万元。全年支出合计5100万元。\n"
    )
    assert budget_of(text).adjusted is None
    # (the next clause, or the year's whole named in the explaining one, is the year's)
    head = "某县人民医院2020年度部门整体支出绩效自评报告\n"
    for said in (
        "全年预算较年初增加200万元，主要是上级追加资金，全年预算1200万元，实际支出1150万元。",
        "本年预算较上年增加200万元，主要是本年全年预算为1200万元（上年1000万元），全年实际支出1150万元。",
        "预算数增加较多，主要是预算调整为1200万元，全年实际支出1150万元。",
    ):
        assert year_figures(head + said)[1:] == (Decimal(1200), Decimal(1150)), said


def test_budgets_written_in_chinese_numerals_and_an_approximate_spending() -> None:
    # hand-written: 三百二十 + 九十六 = 四百一十六; "近四百万元" and "九成以上" state no figure to take
    text = (
        "某街道办事处2019年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
        "2019年，我街道年初预算安排三百二十万元，年中追加预算九十六万元，全年预算总额为四百一十六万元。\n"
        "全年实际支出近四百万元，预算执行率在九成以上。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(320),
        Decimal(416),
        None,
        None,
    )


def test_an_approximate_allocation_alone_is_no_budget() -> None:
    text = (
        "某县水利局2024年度农村供水工程维修养护项目绩效自评报告\n一、项目概况\n"
        "2024年，上级和县级共下达我县农村供水工程维修养护资金近300万元，其中中央水利发展资金160万元。\n"
    )
    assert budget_of(text).adjusted is None


def test_a_departments_summed_figures_over_its_own_levels() -> None:
    # 90386.59 ÷ 94105.26 = 96.05%; 厅本级 and 财政拨款 figures are parts of the 部门汇总 ones
    text = (
        "某省人力资源和社会保障厅2016年度部门整体支出绩效自评报告\n部门汇总年初预算：86731.44万元\n"
        "部门汇总全年预算（调整后）：94105.26万元\n部门汇总全年支出：90386.59万元\n全年预算执行率：96.05%\n"
        "2016年部门财政拨款全年预算56418.27万元，实际支出54794.32万元，财政拨款执行率97.12%。厅本级年初预算12640.50万元，"
        "主要用于机关运转。\n"
    )
    budget = budget_of(text)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("86731.44"),
        Decimal("94105.26"),
        Decimal("90386.59"),
        Decimal("96.05"),
    )
