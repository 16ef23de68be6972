"""More wordings per rule than the documented pair: each case is a snippet, the rule, and where it must fire.

Expected lines and figures are worked out by hand from the snippet; ``None`` means the rule must stay quiet.
"""

from __future__ import annotations

import pytest

from jixiao.audit.findings import Finding
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document

NATIONAL = load_scheme("national-2020")


def findings(text: str, code: str) -> list[Finding]:
    document = Document.from_text("snippet.txt", "txt", text)
    return [f for f in review_document(document, NATIONAL).findings if f.code == code]


FIRES = [
    # hand-written: each category's points right after its name, then its score: 9.9 + 49 + 28 + 9 = 95.9, not 96.9
    (
        "JX104",
        "某县2023年困境儿童基本生活保障项目绩效自评报告\n对照评分标准,其中预算执行率10分得9.9分,产出指标50分得49分,"
        "效益指标30分得28分,满意度指标10分得9分,自评总分96.9分,等级为优。\n",
        2,
        "95.9",
    ),
    # hand-written: the spending the rate bears out (48.9 / 52 = 94.04%), restated later with two digits swapped
    (
        "JX201",
        "某县2024年度综治工作经费项目绩效自评报告\n2024年项目预算批复资金52万元,全年实际支出48.9万元,预算执行率94.04%。\n"
        "二、项目实施情况\n全年共使用项目资金49.8万元,主要用于矛盾纠纷调处。\n",
        2,
        "49.8",
    ),
    # ... in another sentence of the same line, in other words: 603.84 / 640 = 94.35%
    (
        "JX201",
        "某区2022年某某补助资金绩效自评报告\n全年到位资金640万元,实际支出603.84万元,预算执行率94.35%。评分结果:项目实际"
        "使用资金630.84万元。\n",
        2,
        "630.84",
    ),
    # hand-written: a level's matching money as a sub-row: 1500 + 200 = 1700, not 1800 (the blank 其他资金 row is none)
    (
        "JX101",
        "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额: | 1800 | 1800 | 1588.9 | 10 | 88.27% | 8.83 |\n"
        "其中:中央补助资金 | 1500 | 1500 | 1402.5 | — | 93.50% | — |\n县级配套资金 | 200 | 200 | 186.4 | — | 93.20% | — |\n"
        "其他资金 | | | | | | |\n资金管理情况 | 情况说明 |\n",
        2,
        "1700",
    ),
    # hand-written: the total row's cell under a column of notes, then its sub-rows: 48.8 + 3.5 = 52.3, not 52.8
    (
        "JX101",
        "年初预算数(A)  全年执行数(B)  分值  执行率(B/A)  得分  得分计算方法\n"
        "年度资金总额  52.8  52.8  10  100%  10  执行率*该指标分值,最高不得超过分值上限。\n"
        "其中:财政拨款  48.8  48.8  -  -  -\n其他资金  3.5  3.5  -  -  -\n",
        2,
        "52.3",
    ),
    # hand-written: figures with their units a single space apart, two levels in one sub-row: 360 + 50.5 = 410.5
    (
        "JX101",
        "项目资金(万元)\n全年预算数  全年执行数  执行率\n年度资金总额:  420.5万元 420.5万元 100%\n"
        "其中:中央、省级补助  360万元 360万元 100%\n县级资金  50.5万元 50.5万元 100%\n其他资金\n年度总体目标  完成情况\n",
        3,
        "410.5",
    ),
    # hand-written: items listed after 用于, set apart by 、, then their total: 6.2 + 2.6 = 8.8, not 9
    (
        "JX101",
        "项目资金用于检测试剂费6.2万元、宣传材料费2.6万元,合计支出9万元,完成检测2650人次。\n",
        1,
        "8.80",
    ),
    # hand-written: items after 包括, the total run on after the last with no mark: 630 + 245 = 875, not 885
    (
        "JX101",
        "2022年我会专项经费自评范围包括:应急救护培训630万元,救护员复训245万元共计885万元。\n",
        1,
        "875",
    ),
    # hand-written: the level whose department budget the unit is in names no level's rate: 173.24 / 186.5 = 92.89%
    (
        "JX103",
        "某州民族宗教事务委员会2019年度项目支出绩效自评报告\n2019年某州州本级部门预算批复我委民族文化保护专项经费全年"
        "预算数1865000.00元,截至2019年12月31日已拨付1732416.80元,资金使用率95.12%。\n",
        2,
        "92.89",
    ),
    # hand-written: money paid out right before the rate, the budget stated in an earlier paragraph: 296.4 / 320
    (
        "JX103",
        "某县2021年高标准农田建设项目绩效自评报告\n上级下达高标准农田建设项目资金320万元,用于建设高标准农田4000亩。\n"
        "截至12月31日,已完成建设4000亩,已拨付项目资金296.4万元,资金拨付率95.2%。\n",
        3,
        "92.6",
    ),
    # hand-written: what arrived and what was used in the rate's sentence, another allocation stated after it:
    # 2598.3 / 2764 = 94.01%
    (
        "JX103",
        "某市2023年校安改薄项目绩效自评报告\n截至年底,项目资金到位2764万元,已使用2598.3万元,资金使用率95.8%。\n"
        "市财政局下达校安改薄专项资金指标2105万元,项目共涉及20所学校。\n",
        2,
        "94.0",
    ),
    # hand-written: a city's own budget summed with the province's, then paid to the project's units: 139 / 175
    (
        "JX103",
        "某市商务局2023年度项目支出绩效自评报告\n省财政下达我市流通网络工程资金150万元,2023年市本级预算安排专项经费25万元,"
        "合计175万元,已拨付项目承担单位139万元,资金使用率为82.43%。\n",
        2,
        "79.43",
    ),
    # hand-written: a block one cell a line in 元 ("项目资金(元)"): 227,380 + 30,000 = 257,380, not 254,380; the finding
    # cites the line printing the whole's spending, though read in 万元
    (
        "JX101",
        "项目资金(元) |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率 |\n得分 |\n"
        "年度资金总额 |\n200,000.00 |\n260,000.00 |\n254,380.00 |\n10 |\n97.84% |\n9.78 |\n"
        "其中:当年财政拨款 |\n200,000.00 |\n230,000.00 |\n227,380.00 |\n— |\n"
        "上年结转资金 |\n0 |\n30,000.00 |\n30,000.00 |\n— |\n",
        11,
        "25.738",
    ),
    # hand-written: the same block with each cell's unit printed ("1650万 |"): the finding cites the figure's own line
    (
        "JX101",
        "项目资金 |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率 |\n得分 |\n"
        "年度资金总额 |\n1600万 |\n1650万 |\n1617万 |\n10 |\n98.00% |\n9.80 |\n"
        "其中:本年财政拨款 |\n1480万 |\n1500万 |\n1497万 |\n— |\n"
        "上年结转资金 |\n120万 |\n120万 |\n120万 |\n— |\n"
        "其他资金 |\n0 |\n0 |\n0 |\n",
        10,
        "1620",
    ),
    # hand-written: the levels' money in brackets right after the whole, no 其中: 41 + 26 = 67, not 72
    (
        "JX101",
        "2021年某县地质灾害防治专项经费到位资金72万元(中央财政41万元、省级财政26万元),实际支出72万元。\n",
        1,
        "67",
    ),
    # hand-written: a funds block printed one cell a line, the page ending on its last sub-row, which states no rate
    # as the sub-rows never do: 1500 + 120 + 0 = 1620 in the full-year column, not 1650
    (
        "JX101",
        "项目资金(万元) |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率 |\n得分 |\n"
        "年度资金总额: |\n1600 |\n1650 |\n1617 |\n10 |\n98.00% |\n9.80 |\n"
        "其中:本年财政拨款 |\n1480 |\n1500 |\n1497 |\n— |\n"
        "上年结转资金 |\n120 |\n120 |\n120 |\n— |\n"
        "其他资金 |\n0 |\n0 |\n0 |\n",
        10,
        "1620",
    ),
    # hand-written: a 转移支付 (a transfer) names a source, not money paid out: 380 + 190 + 80 = 650, not 640
    (
        "JX101",
        "该项目下达资金共计640万元,其中:中央转移支付资金380万元,省级资金190万元,市级资金80万元。\n",
        1,
        "650",
    ),
    # hand-written: a source's label, a colon, then its amount, the sources parted by "；": 148 + 68 = 216, not 226
    (
        "JX101",
        "某补助经费预算226万元,其中中央财政资金:148万元;县级财政资金68万元,全部到位。\n",
        1,
        "216",
    ),
    # hand-written: an item's full marks (满分20分) below the total score set no other scale; 76 is 中, not 良好
    (
        "JX203",
        "一、自评结论(满分100分,实得76分,自评等级为良好)\n二、预算执行(满分20分,得18分)\n",
        1,
        "中",
    ),
    # hand-written: the grade, then the bands in brackets opening with 评分; 77.5 is 中 under them
    (
        "JX203",
        "经综合评价，综合得分77.5分，评价等级为良好（评分90分(含)以上为优秀，80分(含)至90分为良好，"
        "60分(含)至80分为中，60分以下为差）。\n",
        1,
        "中",
    ),
    # hand-written: money labelled only as paid out, the rate right after it: 1150 / 1200 = 95.83%, not 98.5%
    (
        "JX103",
        "某县2021年森林生态效益补偿资金共1200万元,截至年底已拨付1150万元,预算执行率98.5%。\n",
        1,
        "95.8",
    ),
    # hand-written: no budget stated anywhere, what arrived is the base: 470 / 500 = 94%, not 96%
    (
        "JX103",
        "2022年成品油价格补助资金全年到位资金500万元,已拨付470万元,资金执行率96%。\n",
        1,
        "94",
    ),
    # hand-written: the initial budget, not adjusted during the year, is the year's: 118.37 / 126 = 93.94%
    (
        "JX103",
        "2019年年初部门预算安排森林防火专项经费126.00万元,年度执行中未作调整。\n"
        "截至2019年12月31日,项目实际支出118.37万元,资金执行率95.84%。\n",
        2,
        "93.94",
    ),
    # hand-written: the bands stated with each grade first and its bounds in brackets; 88.5 is 良 under them
    (
        "JX203",
        "评价结果分为四个等级：优（90分及以上）、良（80-89分）、中（60-79分）、差（60分以下）。\n"
        "经自评，该项目自评得分88.5分，评价等级为“优”。\n",
        2,
        "良",
    ),
    # hand-written: the year's spending in the funds paragraph and in the table, two neighbouring digits swapped
    (
        "JX201",
        "截至2021年12月31日，项目累计支出463.92万元，预算执行率95.4%。\n"
        "表1 资金使用情况（万元）\n资金来源 预算数 执行数 执行率\n合计 486.3 436.92 95.4%\n",
        1,
        "436.92",
    ),
    # hand-written: the levels' money after 其中 does not add up to the whole (320 + 40 + 20 + 30 = 410 thousand)
    (
        "JX101",
        "本项目资金共400,000.00元，其中中央资金320,000.00元、省级资金40,000.00元、市级资金20,000.00元、"
        "县级资金30,000.00元。",
        1,
        "410000.00",
    ),
    # hand-written: a scan's form whose headers have spaces in them and name the initial budget before the full
    # year's: the row's rate is of the full year's budget (656.44 / 690.00 = 95.14%, not 97.14%)
    (
        "JX103",
        "2023年度某县就业补助资金项目支出绩效自评表\n"
        "项目资金（万元）\t年初预算数\t全年预 算数\t全年执行数\t分值\t执行率\t得 分\n"
        "年度资金 总额\t414.00\t690.00\t656.44\t10\t97.14%\t9.71\n",
        3,
        "95.14",
    ),
    # hand-written: a form printed one cell a line: the finding stands at the line printing the total's figure
    # (452.06 + 0 + 0 against 452.6), not at its row's label three lines above
    (
        "JX101",
        "某县2024年度社会足球场地设施建设项目绩效自评表\n资金投入情况\n(万元)\n全年预算数(A)\n全年执行数(B)\n"
        "预算执行率(B/A×100%)\n年度资金总额:\n480\n452.6\n94.29%\n其中:中央财政资金\n480\n452.06\n94.18%\n"
        "地方财政资金\n \n其他资金\n \n资金管理情况\n",
        9,
        "452.06",
    ),
    # arithmetic
    # hand-written: a summary table's parts against its 合计 row and the total stated again in prose, both cited
    # (the finding stands at the 合计 row, the first to state the total)
    (
        "JX104",
        "一级指标 | 分值 | 得分\n决策 | 20 | 19\n过程 | 20 | 20\n产出 | 30 | 29\n效益 | 30 | 28\n合计 | 100 | 97\n自评得分97分，等级优。",
        6,
        "96",
    ),
    # hand-written: a summary table of the first-level parts whose scores do not make the total
    (
        "JX104",
        "一级指标\t分值\t得分\n决策\t20\t18.5\n过程\t20\t19\n产出\t40\t36.5\n效益\t20\t17\n合计\t100\t92",
        6,
        "91",
    ),
    # hand-written: the appended form bracketed with another year than the report's
    (
        "JX204",
        "某市统计局2021年度部门整体支出绩效自评报告\n一、基本情况\n部门整体支出绩效自评表（2020年度）",
        3,
        "2020",
    ),
    ("JX204", "2022年度部门整体支出绩效自评表\n（2021年度）\n部门名称：某县统计局", 2, "2021"),
    # hand-written: the year's spending stated as at the end of the year before (a copied report's date)
    (
        "JX204",
        "某局2021年度部门整体支出绩效自评报告\n2021年初部门预算安排5,418.92万元，全年预算7,729.32万元。"
        "截至2020年12月31日，实际支出7,530.12万元。",
        2,
        "2020",
    ),
    # hand-written: bands with the score's name between bounds, and bounds without 分
    (
        "JX203",
        "二、评价等级标准：总分≥90分为优秀，80分≤总分<90分为良好，60分≤总分<80分为一般，总分<60分为较差。\n"
        "三、自评结论：本项目自评得分79.5分，评价等级为良好。",
        2,
        "79.5",
    ),
    (
        "JX203",
        "二、等级标准：得分≥90为优；80≤得分<90为良；60≤得分<80为中；得分<60为差。\n三、自评得分90分，等级为良。",
        2,
        "90",
    ),
    # hand-written: a form's funds row in 元 filling every column, its rate a slip (3,210,450 / 3,500,000)
    (
        "JX103",
        "2020年度项目支出绩效自评表\n项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "\t年度资金总额\t2,000,000.00\t3,500,000.00\t3,210,450.00\t10\t94.62%\t9.46\n",
        3,
        "91.73",
    ),
    ("JX101", "本年收入合计120.50万元，其中：财政拨款收入100.00万元，其他收入30.50万元。", 1, "130.50"),
    # hand-written: the whole's rate restated in the problems section, differing from the one its figures give
    (
        "JX103",
        "某县交通运输局2023年度农村公路养护资金绩效自评报告\n一、基本情况\n2023年共下达农村公路养护资金1,341.78万元。\n"
        "二、资金使用情况\n截至2023年12月31日，项目共支出1,305.38万元，执行率97.29%。\n三、存在问题\n"
        "资金执行率95.74%，部分村组养护考核不达标，按规定扣减养护资金。\n",
        7,
        "97.29",
    ),
    # hand-written: the asset classes after the net value add up to neither value (301.2 + 150.6 + 61.6 = 513.4)
    (
        "JX101",
        "2022年末固定资产原值512.40万元，累计折旧138.62万元，净值373.78万元，其中房屋及构筑物301.2万元，通用设备"
        "150.6万元，家具、用具及装具61.6万元。",
        1,
        "513.40",
    ),
    ("JX101", "标题\n2024年基本支出80万元，其中人员经费60万元，公用经费30万元。", 2, "90.00"),
    # hand-written: the same share written wrong for both wholes (7204.16 / 13150.40 = 54.78%, / 11862.35 = 60.73%)
    (
        "JX103",
        "标题\n2022年政府采购支出总额13150.40万元，其中货物1236.48万元、工程9870.25万元、服务2043.67万元。"
        "授予中小企业合同金额11862.35万元，占政府采购支出总额的90.21%，其中授予小微企业合同金额7204.16万元，占50.78%。",
        2,
        "60.73",
    ),
    # hand-written: the listing ends at the "；" before the year's spending, its parts still summed: 1,208.77 + 490.57
    (
        "JX101",
        "标题\n调整后预算数1,689.34万元，其中：基本支出1,208.77万元，项目支出490.57万元；全年实际支出1,655.92万元。",
        2,
        "1699.34",
    ),
    # after a complete breakdown, the same total said to be all used for one thing
    (
        "JX101",
        "2022年共下达项目资金1000万元，其中中央资金600万元，省级资金400万元；全部用于某工程建设1100万元。",
        1,
        "1100",
    ),
    ("JX101", "资产总额12.00万元，流动资产3.00万元，固定资产5.00万元。", 1, "8.00"),
    (
        "JX101",
        "全年预算5.00万元，执行数5.00万元。\n其中：本年财政拨款全年预算4.14万元、执行数3.14万元；上年结转全年预算1.86万元、执行数1.86万元。",
        1,
        "6.00",
    ),
    ("JX101", "本年支出合计239.67万元。基本支出200.67万元，项目支出49.00万元。", 1, "249.67"),
    # a part named as a fund, its 元 left out ("60万"), still counts
    ("JX101", "某补贴资金预算数60万元，其中包括上级补贴资金60万，上年结余资金12.664万元。", 1, "72.664"),
    ("JX102", "支出合计10.01万元，其中：甲项目3.34万元，乙项目3.33万元，丙项目3.33万元。", 1, "10.00"),
    ("JX102", "项目合计30.8万元，其中：甲费10.3万元、乙补助10.3万元、丙费10.3万元。", 1, "30.90"),
    # one place off beyond the rounding of three parts (0.15): an error
    ("JX101", "项目合计30.6万元，其中：甲费10.3万元、乙补助10.3万元、丙费10.3万元。", 1, "30.90"),
    # hand-written after probe variants: the spending's own parts listed after it in the rate's clause; the year's
    # planned bond money as the budget; the whole budget's one source named after it
    (
        "JX103",
        "2024年度年初预算820万元,年中追加预算80万元,全年预算调整为900万元;全年实际支出873万元,其中基本支出600万元、"
        "项目支出273万元,预算执行率98.5%。",
        1,
        "97",
    ),
    (
        "JX103",
        "2023年计划使用地方政府专项债券资金1200万元。\n截至2023年12月31日,专项债券资金实际支出1104万元,执行率96%。",
        2,
        "92",
    ),
    (
        "JX103",
        "2023年全年预算数1860000.00元,全部为一般公共预算财政拨款;全年实际支出1711200.00元,预算执行率95.2%。",
        1,
        "92",
    ),
    # hand-written after a probe variant: a form flattened one cell per line, its figures after their label cells
    (
        "JX103",
        "单位:万元 | |||\n一、预算执行情况 |\n预算执行率 | ||||\n预算数: |\n64 |\n执行数: |\n60.8 |\n96.5% | |||\n"
        "其中:财政资金 |\n64 |",
        8,
        "95",
    ),
    # hand-written after a probe variant: the funds row's points stated in its header's first cell
    (
        "JX107",
        "| 预算执行情况(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n"
        "| 年度财政资金总额 | 80.00 | 72.00 | 90.00% | 20 |",
        2,
        "18",
    ),
    # hand-written after a probe variant: a table of places, each row's rate against its own two amounts
    (
        "JX103",
        "分地区执行情况如下(单位:万元):\n| 序号 | 单位 | 全年预算数 | 全年执行数 | 预算执行率 |\n"
        "| 1 | 甲市 | 500 | 480 | 96.00% |\n| 2 | 乙市 | 320.5 | 270.36 | 94.36% |\n| 3 | 丙市 | 180 | 180 | 100.00% |",
        4,
        "84.36",
    ),
    # hand-written after a probe variant: a total whose line opens a listing, its items numbered on the lines below
    (
        "JX101",
        "2019年共安排体育发展专项资金3,200.00万元,其中:\n\n1.健身设施建设补助1,500.00万元,主要用于健身步道;\n\n"
        "2.群众赛事活动经费900.00万元,主要用于全民健身运动会;\n\n3.场馆开放补助700.00万元,主要用于场馆免费开放。\n",
        1,
        "3100.00",
    ),
    # hand-written after a probe variant: a detail table's closing total row, one column adding up, the other not
    (
        "JX101",
        "单位：万元\n| 支出内容 | 计划支出数 | 实际支出数 |\n| 办公费 | 18.60 | 14.27 |\n| 差旅费 | 8.00 | 5.91 |\n"
        "| 委托业务费 | 38.00 | 36.45 |\n| 支出合计 | 64.60 | 57.63 |",
        6,
        "56.63",
    ),
    # its rates written with "%" left out, amounts in 元 as the header states
    (
        "JX101",
        "| 资金来源 | 下达金额(元) | 支出金额(元) | 执行率 |\n| 中央资金 | 1,102,640.00 | 1,076,453.26 | 97.63% |\n"
        "| 县级资金 | 661,080.50 | 660,180.50 | 99.86% |\n| 合计 | 1,763,720.50 | 1,737,533.76 | 98.52% |",
        4,
        "1736633.76",
    ),
    # hand-written: the batches of a source read as nested only when that makes the listing agree; here it
    # still does not (2,148.60 + 412 + 86 + 250 = 2,896.60 against 2,906.60)
    (
        "JX101",
        "全年共收到衔接资金2,906.60万元。其中：中央资金2,148.60万元，分两批下达，第一批1,623.00万元，"
        "第二批525.60万元；省级资金412.00万元，其中第一批305.00万元、第二批107.00万元；市级资金86.00万元；"
        "县级资金250.00万元。",
        1,
        "2896.60",
    ),
    ("JX103", "全年预算200万元，实际支出150万元，预算执行率80%。", 1, "75"),
    # one total broken down by source, then by use: the breakdown by use that misses it is reported alone
    (
        "JX101",
        "共下达资金2272万元,其中:中央资金1753万元,省级资金519万元;用于直发直补资金619.22万元、项目扶持资金138.78万元、切块项目资金1524万元。",
        1,
        "2282.00",
    ),
    ("JX103", "项目年初预算50万元，执行数45万元，执行率为95.00%。", 1, "90"),
    # a plain execution rate is the budget's (or the arrived funds' that stand between them), neither here
    ("JX103", "全年预算数100万元，实际到位80万元，实际支出76万元，预算执行率90%。", 1, "76"),
    # what arrived lines above, giving neither reading
    ("JX103", "全年预算500万元，实际到位资金450万元。\n全年实际支出440万元，执行率92%。", 2, "88"),
    # a rate on the funds that arrived is checked against them
    ("JX103", "预算资金总额12万元,实际到位6万元,实际支付5万元,到位资金执行率100%。", 1, "83.33"),
    # the report's budget stated elsewhere; the unspent rest beside the rate is no other money's
    ("JX103", "安排资金192.04万元。\n资金支付185.01万元,未支7.03万元,支付率95%。", 2, "96"),
    (
        "JX104",
        "自评得分95分。其中预算执行率得10分，产出指标得45分，效益指标得30分，满意度指标得9分。",
        1,
        "94",
    ),
    # the parts listed after the total without 得分 are its parts' scores (hand-written after a probe)
    (
        "JX104",
        "自评总分92.5分，其中预算执行率10分、产出指标46分、效益指标27.5分、满意度指标8分，自评等级为优。",
        1,
        "91.5",
    ),
    ("JX105", "一级指标权重：预算执行率10分，产出指标40分，效益指标30分，满意度指标10分。", 1, "90"),
    (
        "JX106",
        "一级指标权重：预算执行率10分，产出指标50分，效益指标30分，满意度指标10分。\n产出指标得分52分。",
        2,
        "52",
    ),
    # consistency
    ("JX201", "全年预算100万元，实际支出90万元。\n经核实，全年预算120万元。", 1, "120"),
    # the prose's total against the form's 总分 row (the row's figure is a statement of the same total)
    (
        "JX201",
        "本项目自评得分90.22分。\n一级指标\t分值\t得分\n产出指标\t50\t48\n总分\t100\t97.22",
        1,
        "97.22",
    ),
    ("JX202", "部门预算收入80万元，项目支出60万元，预算支出45元。", 1, "45元"),
    ("JX203", "经评价，本项目自评得分78分，评价等级为优。", 1, "78"),
    ("JX203", "自评等级\t优\n综上，自评得分86.50分，评价等级为“优”。", 2, "86.5"),
    ("JX204", "2023年度项目支出绩效自评报告\n2022年度全年预算100万元，实际支出100万元。", 2, "2022"),
    # completeness
    ("JX305", "标题\n开展培训不少于10次，实际开展培训6次。", 2, "培训"),
    # quality
    ("JX401", "绩效目标：提高群众满意度，加强网络安全保障。", 1, "提高群众满意度"),
    ("JX402", "项目名称\t自评得分\t评价等级\n甲项目\t100\t优\n乙项目\t100\t优\n丙项目\t100\t优", 2, "3"),
    ("JX403", "标题\n计划发布信息不少于100条，实际发布信息300条。", 2, "300"),
    ("JX403", "标题\n计划发布信息不少于100条，实际发布信息130条。", 2, "130.00%"),  # exactly the 130% line
    ("JX404", "满意度指标（10分）得10分。\n群众满意度为70%。", 1, "70"),
    ("JX405", "全年预算100万元，实际支出60万元，预算执行率60%。", 1, "60"),
    # hand-written: bands written "X分及以上不足Y分为…": 76.5 falls under 中, not the 良 written
    (
        "JX203",
        "某县妇联2018年度部门整体支出绩效自评报告\n根据评分标准（90分及以上为优，80分及以上不足90分为良，60分及以上不足"
        "80分为中，60分以下为差），县妇联2018年度部门整体支出绩效自评得分76.5分，自评等级为“良”。\n",
        2,
        "中",
    ),
    # hand-written: the fund's whole, then "分两批下达" and its batches; the rate stated is not spending over the whole
    # (350.40 / 390 = 89.85%)
    (
        "JX103",
        "某县2020年度中央补助地方公共文化服务体系建设专项资金绩效自评报告\n"
        "2020年，上级下达我县专项资金390万元，分两批下达：第一批（提前下达）270万元，第二批120万元。\n"
        "截至2020年12月31日，专项资金实际支出350.40万元，执行率93.85%。\n",
        3,
        "89.85",
    ),
    # hand-written: the carry-over brought in is a part of the year's budget (36,200.00 + 1,450.50 + 980.20 =
    # 38,630.70, not the 38,530.70 written)
    (
        "JX101",
        "某县水利局2022年度部门整体支出绩效自评报告\n2022年度我局全年预算数38,530.70万元，其中：一般公共预算拨款"
        "36,200.00万元、政府性基金预算拨款1,450.50万元、上年结转结余980.20万元。\n",
        2,
        "38630.70",
    ),
    # hand-written: spending above the budget (6,312.60 / 6,250.00 = 101.00%) with the rate written 100%: no rounding
    # habit, the overspending hidden
    (
        "JX103",
        "某县2023年度重点生态功能区转移支付区域绩效自评表\n资金投入情况    全年预算数（A）    全年执行数（B）    执行率（B/A）\n"
        "年度资金总额：    6,250.00    6,312.60    100%\n",
        3,
        "101",
    ),
    # hand-written: a run-together row's points and score with two places each, the score short of its share
    (
        "JX109",
        "某社区卫生服务中心2022年度基本公共卫生服务项目绩效自评表\n一级指标二级指标三级指标年度指标值实际完成值分值得分未完成原因分析\n"
        "产出指标数量指标居民电子健康档案建档率≥90%92.3%10.0010.00\n"
        "产出指标数量指标65岁及以上老年人健康管理人数≥3200人3056人10.009.00部分老人随子女外出居住\n"
        "产出指标质量指标高血压患者规范管理率≥65%68.2%10.0010.00\n",
        4,
        "9.55",
    ),
    # hand-written: the form's total row states the slip the sentence above repeats: the form's row is its place
    (
        "JX111",
        "某县2020年度办公楼维修改造项目绩效自评报告\n五、绩效自评结果\n经自评,项目得分98.72分,等级为优。\n附表\n"
        "项目资金(元)\t年初预算数\t调整后预算数\t实际支出数\t分值\t执行率\t得分\n"
        "年度资金总额\t1200000.00\t1356000.00\t1318700.00\t10\t97.25%\t9.72\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        "产出指标\t数量指标\t维修改造面积\t≥3000平方米\t3200平方米\t50\t50\t\n"
        "效益指标\t社会效益指标\t办公条件改善情况\t有效改善\t有效改善\t30\t30\t\n"
        "满意度指标\t服务对象满意度指标\t使用人员满意度\t≥90%\t94%\t10\t10\t\n"
        "总分\t\t\t\t\t100\t98.72\t\n",
        11,
        "99.72",
    ),
    # hand-written: the spending column's total is the budget's figure, its sub-rows are not: 5.1 + 3.06 + 2.4
    (
        "JX101",
        "某县2023年度学前教育幼儿资助项目绩效自评表\n项目资金（万元）\t年初预算数\t调整后预算数\t实际支出数\t分值\t执行率\t得分\n"
        "年度资金总额\t9.3\t10.2\t10.2\t10\t100%\t10\n其中：中央资金\t4.65\t5.1\t5.1\n省级资金\t2.79\t3.06\t3.06\n"
        "县级资金\t1.86\t2.04\t2.4\n",
        3,
        "10.56",
    ),
    # hand-written: a sentence states the form's 全年预算数 as the form does and its 年初预算数 otherwise
    (
        "JX201",
        "某县2021年度就业服务专项工作经费绩效自评报告\n一、基本情况\n项目年初预算16万元,年中追加2.5万元,调整后预算18.5万元。\n"
        "附表\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t15\t18.5\t18.5\t10\t100%\t10\n",
        3,
        "15",
    ),
    # hand-written: a sources table whose last column is their total, one row of figures: 180 + 95 + 40 + 35
    (
        "JX101",
        "某区2023年畜禽养殖废弃物资源化利用专项资金绩效自评报告\n资金来源\t中央资金\t省级资金\t市级资金\t区级资金\t合计\n"
        "金额(万元)\t180\t95\t40\t35\t360\n",
        3,
        "350",
    ),
    # hand-written: a fund shared out after "按…分配为:", its shares short of it: 4.2 + 2.6 + 3.1 + 2.8 + 8.3 = 21
    (
        "JX101",
        "某县2019年应急救护培训项目绩效自评报告\n为做好全县应急救护培训工作,2019年县财政安排应急救护培训专项经费22.00万元,"
        "按培训任务分配为:甲镇4.20万元、乙镇2.60万元、丙镇3.10万元、丁镇2.80万元、县直机关及学校8.30万元。\n",
        2,
        "21.00",
    ),
    # hand-written: a framework's own parts with their points (60 + 40 = 100) and scores, then a total that is not
    # their sum (56 + 36 = 92)
    (
        "JX104",
        "某市机关事务管理局2019年度项目支出绩效自评报告\n经自评,“项目管理”(60分)得56分,“项目绩效”(40分)得36分,总分93分,"
        "自评等级为优。\n",
        2,
        "92",
    ),
    # hand-written: the bands stated with "(含)" after 以上: 84.3 is 良 by them
    (
        "JX203",
        "某市2024年度春节慰问经费项目绩效自评报告\n绩效自评分为84.3分,评价等级为“优”(自评得分90分以上(含)为优,"
        "80分以上(含)为良,60分以上(含)为中,60分以下为差)。\n",
        2,
        "良",
    ),
    # hand-written: one figure of seven digits written twice with two digits swapped, read as no budget field
    (
        "JX201",
        "某市中心医院2022年度新院区建设项目绩效自评报告\n一、项目概况\n该项目概算总投资68542.37万元,其中专项债券资金12000万元。\n"
        "二、绩效目标\n项目总投资68452.37万元,建设周期三年。\n",
        3,
        "68452.37",
    ),
    # hand-written: each part's full marks and score ("预算执行满分20分,得19分"), 19 + 37 + 27 + 10 = 93, not 92
    (
        "JX104",
        "某镇2022年度部门整体支出绩效自评报告\n评价得分为92分,评价等级为“优”。其中:预算执行满分20分,得19分;产出指标满分40分,"
        "得37分;效益指标满分30分,得27分;满意度指标满分10分,得10分。\n",
        2,
        "93",
    ),
    # hand-written: the spending broken down by its sources, one of them the year's budget money: 182.4 + 15.12 = 197.52
    (
        "JX101",
        "某县2024年农机购置补贴项目支出绩效自评报告\n实际支出196.52万元,其中当年预算资金182.4万元、"
        "使用2023年度结余资金15.12万元。\n",
        2,
        "197.52",
    ),
    # hand-written: a project named after its standard ("生均"), its budget's sources 3.36 + 1.20 + 0.42 = 4.98
    (
        "JX101",
        "某校2020年特殊教育生均公用经费项目支出绩效自评报告\n2020年特殊教育生均公用经费项目全年预算资金4.80万元,"
        "其中:中央补助3.36万元,省级补助1.20万元,县级配套0.42万元。执行预算资金4.80万元,执行率100%。\n",
        2,
        "4.98",
    ),
    # hand-written: the grade given as an evaluation, its bands in brackets after it: 86 is 良好
    (
        "JX203",
        "某县2023年烈士遗属定期抚恤金项目绩效自评报告\n通过全面评估,自评得分86分,最后给予优秀评价(自评得分90分(含)以上为优秀,"
        "80分(含)至90分为良好,60分(含)至80分为合格,60分以下为不合格)。\n",
        2,
        "良好",
    ),
    (
        "JX203",
        "某市2021年国家非物质文化遗产保护资金绩效自评报告\n自评得分86.5,综合评价结果为:优(评价等级标准:90分以上为优,"
        "80-89分为良,60-79分为中,60分以下为差)。\n",
        2,
        "良",
    ),
    # hand-written: the rate printed as the ratio B/A in a run-on funds row: 2801.62 / 2954.3 = 94.83%, not 96.83%
    (
        "JX103",
        "某县林业局2019年度部门整体支出绩效自评报告\n2019年共下达我局部门预算经费2,954.3万元。预算执行情况(万元) 预算数(A) "
        "执行数(B) 执行率(B/A) 年度财政资金总额 2954.3 2801.62 0.9683 其中:\n",
        2,
        "94.83",
    ),
    # hand-written: the quoted project's own spending in its report: 4.56 / 5 = 91.20%, not 95.20%
    (
        "JX103",
        "2020年春节慰问经费项目支出绩效自评报告\n2020年春节慰问经费年初预算5万元,全年未作调整。\n"
        "“春节慰问经费”项目支出4.56万元,预算执行率95.20%,用于慰问困难归侨侨眷。\n",
        3,
        "91.2",
    ),
    # hand-written: nothing carried over ("上年结转资金0万元") stands between the budget and the rate: 1197.35 / 1284.6
    (
        "JX103",
        "某市2023年退役士兵教育培训资金绩效自评报告\n省财政下达我市补助资金1284.6万元,主要用于培训补助,上年结转资金0万元,"
        "实际支出1197.35万元,资金执行率为95.21%。\n",
        2,
        "93.21",
    ),
    # hand-written: the spending named 支出金额: 405.37 / 412.68 = 98.23%
    (
        "JX103",
        "某县2021年定期抚恤补助项目绩效自评报告\n2021年补助资金共计412.68万元,其中中央补助资金338.40万元,县级配套资金"
        "74.28万元。截止2021年12月,根据各项工作进度资金支出金额405.37万元,资金执行率为99.23%。\n",
        2,
        "98.23",
    ),
    # hand-written: the source's own amount in 人民币 per year, then the whole's spending, restated differently later
    (
        "JX201",
        "某县2021年城区园林绿化管护项目绩效自评报告\n本项目2021年财政拨款为人民币268.5万元/年,全年实际支出264.2万元。\n"
        "县财政下达项目资金共计268.5万元,全年实际支出262.4万元。\n",
        2,
        "262.4",
    ),
    # hand-written: the parts scored as classes of indicators: 18 + 19 + 37 + 20 = 94
    (
        "JX104",
        "某市2023年园林绿化养护项目绩效自评报告\n综合评价得分92.5分(其中投入类指标得分18分、过程类指标得分19分、"
        "产出类指标得分37分、效益类指标得分20分),评价等次为“优”。\n",
        2,
        "94",
    ),
    # hand-written: a summary table set apart by single spaces, its parts named as the project's: 18 + 19 + 36 + 17
    (
        "JX104",
        "某县2023年森林抚育补助项目绩效自评报告\n本项目绩效评价得分为92分,具体情况详见下表:\n一级指标 分值 得分\n"
        "项目决策 20 18\n项目过程 20 19\n项目产出 40 36\n项目效益 20 17\n自评绩效等级为“优”。\n",
        2,
        "90",
    ),
    # hand-written: one named fund's money restated with two digits swapped (76.28 and 67.28), whatever it is a part of
    (
        "JX201",
        "某县2024年农村公路养护运转经费项目绩效自评报告\n2024年某县农村公路养护中心向县级财政争取资金218.6万元。"
        "其中:燃油税返还资金76.28万元,县级财政安排142.32万元。\n县财政拨付资金218.6万元,到位资金218.6万元,"
        "其中燃油税返还资金67.28万元。\n",
        2,
        "67.28",
    ),
    # hand-written: a part's share of the whole its listing opens with, against that whole (7480 / 9350 = 80%), never
    # against a part whose name holds a budget's word ("中央预算内投资")
    (
        "JX103",
        "某县2022年新建工程项目绩效自评报告\n2022年,新建工程收到资金合计9350万元,其中:中央预算内投资7480万元,"
        "占资金总额的70%;县级配套资金1870万元,占资金总额的20%。\n",
        2,
        "80",
    ),
    # hand-written: the spending's share of the money that arrived, stated as its share: 2413.5 / 2875 = 83.95%
    (
        "JX103",
        "某市2022年公共文化服务体系建设资金绩效自评报告\n到位资金2875万元。全市累计支出2413.5万元,占到位资金86.95%。\n",
        2,
        "83.95",
    ),
]

_FORM_THEN_LINKS = (
    # hand-written: a form printed on one line, then the web page's attachment and its links to the pages beside it,
    # whose titles ("…2021年度…自评表") are no rows of the form
    "某区档案馆2021年度部门整体支出绩效自评表\n部门整体支出绩效自评表(2021年度) 部门名称 某区档案馆 一级指标 二级指标 三级指标 "
    "年度指标值 实际完成值 分值 得分 产出指标 数量指标 档案接收进馆数 ≥2000卷 2150卷 20 20\n附件:\n"
    "某区档案馆2021年度部门整体支出绩效自评表.pdf\n相关链接:\n某区档案馆2020年度部门整体支出绩效自评表\n"
    "上一篇:某区档案馆2022年度部门预算公开\n"
)

PASSES = [
    # hand-written (a review's probe): two projects' own "中央资金" listed item by item are two figures, not one mistyped
    (
        "JX201",
        "某县2023年衔接资金项目支出绩效自评报告\n2023年下达资金5000万元，其中中央资金2994万元。\n"
        "（一）A项目，下达资金2300万元，其中中央资金1452万元。\n（二）B项目，下达资金2700万元，其中中央资金1542万元。\n",
    ),
    # hand-written (a review's probe): a contract's payment ratio is no execution rate
    (
        "JX103",
        "某县2023年某某项目支出绩效自评报告\n该项目全年预算100万元，实际支出100万元。项目合同约定工程款按进度拨付，"
        "拨付比例为70%。\n",
    ),
    # hand-written: the amount "the money holds" ("资金中有300万元为…") is a part, no whole of the uses listed after 其中
    (
        "JX101",
        "某林场2024年森林植被恢复费绩效自评报告\n2024年,某林场收森林植被恢复费专项资金455万元,本次下达的资金中有300万元"
        "为省级统筹资金,该项资金其中305万元用于展览馆建设,另外150万元用于林区建设。\n",
    ),
    (
        "JX103",
        "某县2022年新建工程项目绩效自评报告\n2022年,新建工程收到资金合计9350万元,其中:中央预算内投资7480万元,"
        "占资金总额的80%;省级补助资金0万元,占资金总额的0%;县级配套资金1870万元,占资金总额的20%。\n",
    ),
    # hand-written: the money spent is no money arrived, whatever the arrival rate beside it
    (
        "JX124",
        "某福利院2019年度部门整体支出绩效自评报告\n2019年度公共财政拨款年初预算资金2,386,540.00元,截止2019年12月31日,"
        "实际支出2,341,215.36元,支出进度98.10%,资金到位率100%。\n",
    ),
    # hand-written: the change after "与2018年度相比," with its measure named again is no whole of the parts after it
    (
        "JX101",
        "某县2019年住房租赁补贴项目绩效自评报告\n2019年度我县住房租赁补贴资金下达126万元。与2018年度相比,下达资金增加18万元,"
        "增长16.7%,增加的原因:一是中央提高补助标准;二是指标任务户数增加。其中:中央补助资金96万元,省级补助资金30万元。\n",
    ),
    # hand-written: the year's change after "与上年相比," is no whole of the spending's parts listed after it
    (
        "JX101",
        "某镇2022年度部门整体支出绩效自评报告\n2022年度收入总计1138.52万元,支出总计1138.52万元。收、支与2021年度相比,"
        "增加86.35万元,增长8.21%,主要原因是衔接项目支出增加。其中,基本支出602.17万元,项目支出536.35万元。\n",
    ),
    # hand-written: two amounts whose difference the text states, or of five digits only
    (
        "JX201",
        "某县2022年度某某项目绩效自评报告\n项目总投资68542.37万元。\n其中已完成投资68452.37万元,尚余90.00万元。\n",
    ),
    (
        "JX201",
        "某县2022年度某某项目绩效自评报告\n甲镇项目总投资1245.6万元。\n乙镇项目总投资1254.6万元。\n",
    ),
    # hand-written: a framework's parts that make the total, and parts whose points are not the whole scale
    (
        "JX104",
        "某市机关事务管理局2019年度项目支出绩效自评报告\n经自评,“项目管理”(60分)得56分,“项目绩效”(40分)得37分,总分93分。\n",
    ),
    (
        "JX104",
        "某市机关事务管理局2019年度项目支出绩效自评报告\n其中“资金管理”(20分)得18分,“项目管理”(20分)得19分,总分93分。\n",
    ),
    # hand-written: the same table adding up; and one whose header names a total among its parts (not read)
    (
        "JX101",
        "某区2023年某某专项资金绩效自评报告\n资金来源\t中央资金\t省级资金\t市级资金\t区级资金\t合计\n"
        "金额(万元)\t180\t95\t40\t35\t350\n",
    ),
    (
        "JX101",
        "某区2023年某某专项资金绩效自评报告\n资金来源\t预算总额\t中央资金\t省级资金\t合计\n金额(万元)\t300\t180\t95\t360\n",
    ),
    # hand-written: a source's own budget in a sentence of its own ("；"), the project's beside it as the form's
    (
        "JX201",
        "某区2024年度农村公路养护项目绩效自评报告\n1.资金调整：省级资金年初预算856.00万元，年中追加62.00万元，全年预算918.00万元；"
        "项目年初预算合计2636.00万元。\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t2636.00\t2698.00\t2654.78\t10\t98.40%\t9.84\n",
    ),
    # hand-written: the last category's points, then the report's own total: no category scored 99.64 of 15
    (
        "JX106",
        "某区2023年某某补助项目绩效自评报告\n其中:项目立项6分,绩效目标5分,产出指标50分,社会效益目标15分,"
        "服务对象满意度15分,自评得分91分,等级为优秀。\n",
    ),
    # hand-written after a generated report: a source's own spending whose digits happen to be the whole's swapped
    (
        "JX201",
        "某县统计局2023年度项目支出绩效自评报告\n该项目全年预算5.00万元，实际执行数4.34万元，执行率为86.80%。\n"
        "按资金来源分，本年财政拨款全年预算3.97万元、执行数3.44万元；上年结转资金全年预算1.03万元、执行数0.90万元。\n",
    ),
    # ... and a tenth of the budget is no two digits in turn ("5.0" and "0.5")
    (
        "JX201",
        "某县统计局2021年度项目支出绩效自评报告\n本项目全年预算5.00万元，实际执行数3.74万元，执行率为74.80%。\n"
        "按资金来源分，本年财政拨款全年预算4.50万元、执行数3.37万元；上年结转资金全年预算0.50万元、执行数0.37万元。\n",
    ),
    # hand-written: a swapped restatement the rate does not bear out either way: which is right is not shown
    (
        "JX201",
        "某县2024年度综治工作经费项目绩效自评报告\n2024年项目预算批复资金52万元,全年实际支出48.9万元,预算执行率90%。\n"
        "二、项目实施情况\n全年共使用项目资金49.8万元。\n",
    ),
    # ... nor another item's money whose digits happen to be alike, named by no word of spending
    (
        "JX201",
        "某县2024年度综治工作经费项目绩效自评报告\n2024年项目预算批复资金52万元,全年实际支出48.9万元,预算执行率94.04%。\n"
        "二、项目实施情况\n购置监控设备49.8万台次。维修经费单价49.8万元的设备由上级调拨。\n",
    ),
    # hand-written: two measures of one sum set apart by 、 are no items of the total after them
    ("JX101", "某项目年初预算100万元、实际支出90万元,合计结余10万元。\n"),
    # hand-written: items listed after 用于 that add up to their total
    ("JX101", "项目资金用于检测试剂费6.2万元、宣传材料费2.6万元,合计支出8.8万元。\n"),
    # hand-written: the rate on what arrived, the budget elsewhere: 76 / 80 = 95% (on the budget 100 it is 76%)
    (
        "JX103",
        "某县2022年某某项目绩效自评报告\n该项目全年预算100万元。\n截至年底,项目资金到位80万元,已使用76万元,资金使用率95%。\n",
    ),
    # ... or on the budget stated elsewhere: 76 / 100 = 76%
    (
        "JX103",
        "某县2022年某某项目绩效自评报告\n该项目全年预算100万元。\n截至年底,项目资金到位80万元,已使用76万元,资金使用率76%。\n",
    ),
    # hand-written: a bracket after the whole naming one level and one batch of it is no listing of its parts
    ("JX101", "2021年某县下达专项资金120万元(中央资金,含第一批80万元),实际支出116万元。\n"),
    # hand-written: two funds of one sentence whose figures look transposed, each named: two figures
    (
        "JX201",
        "本项目包括两项资金：一是医疗服务能力提升补助资金235.60万元，用于购置医疗设备；二是基本公共卫生服务补助资金"
        "253.60万元，用于重点人群健康管理。\n",
    ),
    # hand-written: a named fund's slow rate among the problems, the fund listed with its own figures after a colon
    (
        "JX103",
        "一、资金安排\n就业补助资金主要用于职业培训补贴及就业创业服务补助等。\n"
        "7.就业创业服务补助：预算132.00万元，支出110.70万元，执行率83.86%。\n"
        "全年就业补助资金预算1400.00万元，实际支出1323.42万元，执行率94.53%。\n"
        "五、存在的问题\n（一）就业创业服务补助支出进度偏慢，执行率仅83.86%。\n",
    ),
    # hand-written: a table of the grade bands, its header naming every grade, then the report's grade
    (
        "JX203",
        "评价结果分为四个等级，具体如下：\n| 评价等级 | 优秀 | 良好 | 合格 | 不合格 |\n"
        "| 得分区间 | 90分（含）以上 | 80分（含）-90分 | 60分（含）-80分 | 60分以下 |\n"
        "经自评打分，项目决策得分17分，项目管理得分16分，项目产出得分27分，项目效益得分25.6分，合计85.6分，评价等级为“良好”。\n",
    ),
    (
        "JX201",
        "评价结果分为四个等级，具体如下：\n| 评价等级 | 优秀 | 良好 | 合格 | 不合格 |\n"
        "| 得分区间 | 90分（含）以上 | 80分（含）-90分 | 60分（含）-80分 | 60分以下 |\n"
        "经自评打分，合计85.6分，评价等级为“良好”。\n",
    ),
    # hand-written: a per-head income in 元 whose label a page's width broke over two lines
    (
        "JX202",
        "2019年林业改革发展资金到位1286.5万元，实际支出1201.3万元。\n（二）效益指标：草原植被综合盖度达到56.3%，农牧民人\n"
        "均政策性收入 783 元；农牧民满意度94.5%。\n",
    ),
    # hand-written: two budgets whose digits differ by a swap, the text stating what sets them apart (3600)
    (
        "JX201",
        "2023年，全省共安排衔接推进乡村振兴补助资金2048460.00万元。省级资金中，省本级留用3600.00万元，其余与中央资金"
        "一并分配到市县。\n分配到14个市州的资金合计2044860.00万元，按因素法分配。\n",
    ),
    # hand-written: the carry-over row under a blank 年初 cell is not read; the rows read are not the whole
    (
        "JX101",
        "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 441.00 566.28 533.06 10 94.13% 9.41\n其中：中央资金 252.00 336.00 323.64\n"
        "省级资金 105.00 105.00 100.82\n县级资金 84.00 84.00 67.32\n上年结转资金 41.28 41.28\n其他资金\n",
    ),
    # hand-written: a sentence of the parts' points, then the rate in the next sentence: no satisfaction of 95.26%
    (
        "JX201",
        "本项目自评满分100分，其中预算执行率10分，产出指标50分，效益指标30分，满意度指标10分。预算执行率95.26%，得9.53分。\n"
        "一级指标   二级指标   三级指标   年度指标值   实际完成值   分值   得分\n"
        "满意度指标   服务对象满意度指标   学生及家长满意度   ≥90%   94.7%   10   10\n"
        "预算执行率   100%   95.26%   10   9.53\n",
    ),
    # hand-written: the government fund's spending and its own rate after a "；" in the listing of the spending
    (
        "JX103",
        "（三）支出。2023年部门支出4925.74万元，预算执行率97.19%。其中一般公共预算支出1119.17万元，执行率98.35%；"
        "政府性基金预算支出3806.57万元，执行率96.86%。\n",
    ),
    # hand-written: the parts' scores on a form's row of their own, more parts than the reader knows
    (
        "JX104",
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分\n"
        "年度资金总额\t324.00\t662.94\t630.66\t95.13%\t10\t9.51\n合计\t100\t97.51\n"
        "分项得分\t预算编制8分，预算执行24.51分，资产管理5分，产出30分，效益20分，满意度10分\n",
    ),
    (
        "JX105",
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分\n"
        "年度资金总额\t324.00\t662.94\t630.66\t95.13%\t10\t9.51\n"
        "分项得分\t预算编制8分，预算执行24.51分，资产管理5分，产出30分，效益20分，满意度10分\n",
    ),
    # hand-written: the budget's stages listed after 其中 below the year's spending, no parts of it
    (
        "JX101",
        "2021年度我中心全年完成支出98.47万元，预算执行率为97.03%。其中年初预算安排93.76万元，年中因设备购置追加7.73万元，"
        "调整后预算101.49万元。",
    ),
    # hand-written: one part of the initial budget after 其中, then money added after a "；" and the new total
    (
        "JX101",
        "2024年年初预算安排234.56万元，其中上年结转资金4.75万元；年内追加抽检经费17.32万元，全年预算数251.88万元。",
    ),
    # hand-written: the rate is of the allocation and a carry-over spent with it ((86 + 32) × 93.66% = 110.52), a
    # total the text never writes
    (
        "JX103",
        "2023年下达本项目资金86万元，其中：中央资金60万元，省级资金26万元。另有2022年结转资金32万元，一并用于本项目。\n"
        "截至2023年12月31日，项目累计支出110.52万元，资金执行率93.66%。\n",
    ),
    # hand-written: the total's sentence lists five parts after 其中, two of them not parts the reader knows
    # (19 + 27 + 29 + 9.6 + 9 = 93.6)
    (
        "JX104",
        "经自评，某县妇女联合会2023年度部门整体支出绩效自评得分93.6分，其中预算编制19分、预算执行27分、产出29分、"
        "效益9.6分、满意度9分，等级为“优”。",
    ),
    # hand-written: the levels' money after 其中 adds up to the whole, the last two levels adding up to the one before
    # them by chance (40,000 = 20,000 + 20,000), then a sentence on the initial budget after a "；"
    (
        "JX101",
        "说明：本项目资金按服务人口5,000人、人均80元核定，共400,000.00元，其中中央资金320,000.00元、省级资金"
        "40,000.00元、市级资金20,000.00元、县级资金20,000.00元；年初预算数320,000.00元为提前下达的中央资金。",
    ),
    # hand-written: a form aligned with spaces whose carry-over row leaves its 年初 cell blank, so the row is not read:
    # the total is not checked against the one sub-row read (150.00 + 4.52 = 154.52)
    (
        "JX111",
        "项目资金（元）  年初预算数   全年预算数   全年执行数   分值   执行率   得分\n"
        "年度资金总额    1000000.00   1545216.38   1506604.18   10     97.50%   9.75\n"
        "其中：当年财政拨款  1000000.00   1500000.00   1461387.80          97.43%\n"
        "上年结转资金                 45216.38     45216.38            100%\n"
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
        "产出指标  数量指标  保障学生数  1217人  1217人  50  50\n"
        "效益指标  社会效益指标  义务教育巩固率  ≥97%  98.1%  40  40\n总分  100  99.75\n",
    ),
    # hand-written: the form ends where the report's next section opens (its total run on at the end of the last
    # row's line); a paragraph under it is no indicator row
    (
        "JX110",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 检测人次 ≥1800人次 1860人次 50 50\n"
        "效益指标 社会效益指标 疫情暴发 0起 0起 40 40 总分 100 100\n\n五、存在的问题\n"
        "（一）结转资金消化不及时。2022年结转资金规模大，年末仍有资金未使用。\n",
    ),
    # hand-written: the same form with its rate right: no row is checked against the initial budget (414.00)
    (
        "JX103",
        "2023年度某县就业补助资金项目支出绩效自评表\n"
        "项目资金（万元）\t年初预算数\t全年预 算数\t全年执行数\t分值\t执行率\t得 分\n"
        "年度资金 总额\t414.00\t690.00\t656.44\t10\t95.14%\t9.51\n",
    ),
    # hand-written: a page of projects' forms, each numbered under one title, each with its own total
    (
        "JX201",
        "××乡2022年度衔接资金项目绩效自评情况\n二、各项目自评表\n项目支出绩效自评表（1）\n（2022年度）\n"
        "项目名称 石门村茶园提质改造项目\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 完成户数 ≥40户 46户 50 50\n效益指标 社会效益指标 受益群众满意度 ≥90% 92% 50 50\n总分 100 100.00\n"
        "项目支出绩效自评表（2）\n（2022年度）\n项目名称 龙井村安全饮水管网延伸项目\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 完成户数 ≥40户 46户 50 50\n"
        "效益指标 社会效益指标 受益群众满意度 ≥90% 92% 50 45.88\n总分 100 95.88\n",
    ),
    # hand-written: one named fund's rate restated in the problems section, where its figures are not
    (
        "JX103",
        "某县交通运输局2023年度农村公路养护资金绩效自评报告\n一、基本情况\n2023年共下达农村公路养护资金1,341.78万元。\n"
        "二、资金使用情况\n截至2023年12月31日，项目共支出1,305.38万元，执行率97.29%。\n三、存在问题\n"
        "村道养护资金执行率95.74%，部分村组养护考核不达标，按规定扣减养护资金。\n",
    ),
    # hand-written: the classes listed after the net value are the original value's (301.2 + 150.6 + 60.6 = 512.4)
    (
        "JX101",
        "2022年末固定资产原值512.40万元，累计折旧138.62万元，净值373.78万元，其中房屋及构筑物301.2万元，通用设备"
        "150.6万元，家具、用具及装具60.6万元。",
    ),
    # hand-written: each source's budget and spending, then one source described again on its own line (其他资金为…自筹
    # 资金): 405.86 + 23.40 + 12.60 = 441.86, the 12.60 not counted twice
    (
        "JX101",
        "该项目全年预算450.90万元，全年执行441.86万元，预算执行率98.00%。其中：当年财政拨款全年预算412.50万元、执行405.86万元，"
        "执行率98.39%；上年结转资金全年预算23.40万元、执行23.40万元，执行率100.00%；其他资金全年预算15.00万元、执行12.60万元，"
        "执行率84.00%。\n其他资金为村集体自筹资金，预算15.00万元，到位15.00万元，支出12.60万元。\n",
    ),
    # hand-written: a department's rate (896.30 / 1000 = 89.63%), then one project's own 年度支出进度
    (
        "JX103",
        "某镇2024年度部门整体支出绩效自评报告\n全年预算1,000.00万元，全年支出896.30万元，预算执行率89.63%。\n四、存在问题\n"
        "一是项目推进与资金支出不匹配，全镇预算执行率89.63%，典型镇建设项目年度支出进度62.23%。\n",
    ),
    # hand-written: each subordinate unit's figures in its numbered item, wrapped over lines by the page's width
    (
        "JX201",
        "（二）所属单位收支情况\n1.厅机关：全年预算12,995.45万元（含上年结转565.11万元），\n本年收入12,430.34万元；支出"
        "12,167.63万元。\n2.某某发展中心：全年预算54,185.96万元（含上年结转2,081.58万元），\n本年收入52,104.38万元；"
        "支出49,612.21万元。\n",
    ),
    # hand-written: a budget made of the initial budget, less a cut, plus the carry-over (55,962.43 − 176.84 + 2,625.48)
    (
        "JX101",
        "2022年度部门全年预算数58,411.07万元，其中：年初预算55,962.43万元，年中调减176.84万元（预算调整率-0.32%），"
        "上年结转2,625.48万元。",
    ),
    # hand-written: numbered items making the total (4,862.71 + 4,893.25), then the 三公 slice across them
    (
        "JX101",
        "2022年度支出合计9,755.96万元，预算执行率96.01%。其中：\n1.基本支出4,862.71万元，占支出合计的49.84%。\n"
        "2.项目支出4,893.25万元，占支出合计的50.16%。\n3.“三公”经费支出52.37万元，比上年58.91万元下降11.10%。\n",
    ),
    # hand-written: the spending over all the money received (1,851.09 / 1,874.77 = 98.74%), the budget being 1,862.47
    (
        "JX103",
        "（一）收入情况。2020年收入合计1,874.77万元。其中：财政拨款收入1,862.47万元（年初预算1,528.00万元，年中追加"
        "334.47万元），其他收入12.30万元。\n（二）支出情况。2020年支出合计1,851.09万元。\n（三）结余情况。年末结余"
        "23.68万元，全年预算执行率98.74%。\n",
    ),
    # hand-written: the part after a sentence-opening 其中 exceeds the amount right before it (what was left unspent):
    # it is a part of the spending stated before that (907.20 of 2,376.85)
    (
        "JX101",
        "全年实际支出2,376.85万元，执行率98.65%，未支出32.46万元为12月份护路员考核奖励，已于2022年1月支付。其中护路员"
        "劳务报酬907.20万元（1,260人×每人每月600元×12个月），其余用于路面修补、边沟清理等。",
    ),
    # hand-written: a table's rows under 其中 made up their total (19,876,543.21 + 2,345,648.30); the next row is the
    # total's sibling with its own items
    (
        "JX101",
        "附表1　2021年度部门整体支出情况表（单位：元）\n　　项目　　全年预算数　　全年支出数\n"
        "　　合计　　29,073,277.86　　27,039,175.77\n　　基本支出　　—　　22,222,191.51\n"
        "　　　其中：人员经费　　—　　19,876,543.21\n　　　　　　公用经费　　—　　2,345,648.30\n"
        "　　项目支出　　—　　4,816,984.26\n　　　食品安全监督抽检　　—　　1,865,000.00\n"
        "　　　特种设备安全监察　　—　　684,350.00\n",
    ),
    # hand-written: shares listed 分别 after the last source are every source's in turn, not the last one's
    (
        "JX103",
        "2021年全市共安排就业补助资金12,756.67万元，其中中央资金9,860.00万元、省级资金1,520.00万元、市本级资金"
        "1,376.67万元，占比分别为77.29%、11.92%和10.79%。",
    ),
    # hand-written: a running cost per square metre worked out as a ratio is in 元 as written
    (
        "JX202",
        "全年支出合计1,268.43万元。每平方米年运行成本（商品和服务支出÷建筑面积）172.48元；每接待一名读者的财政拨款支出22.37元。",
    ),
    # hand-written: the year's spending classed again after the project spending's own listing closed ("；按经济分类，…":
    # 98.27 + 55.83 + 4.96 + 0.65 = 159.71, the year's spending, not the 38.35 of 项目支出)
    (
        "JX101",
        "2023年全年支出159.71万元,预算执行率98.36%。按支出性质分类,基本支出121.36万元,项目支出38.35万元,其中妇女儿童"
        "维权项目12.40万元,巾帼创业就业培训项目15.60万元,家庭教育指导项目10.35万元;按经济分类,工资福利支出98.27万元,"
        "商品和服务支出55.83万元,对个人和家庭的补助4.96万元,资本性支出0.65万元。",
    ),
    # hand-written: a sentence written in 元 states its small difference in 元 too; a sum per screening and money
    # recovered are small as written, in a report counted in 万元
    (
        "JX202",
        "全年预算支出1,268.43万元。2024年“三公”经费预算67,730.47元，决算53,347.56元，较上年决算54,334.12元减少986.56元。",
    ),
    ("JX202", "全年预算支出1,268.43万元。农村公益电影放映计划12,000场，完成11,640场，单场补助200元。"),
    ("JX202", "全年预算支出1,268.43万元。全年复核发现并纠正错发1例，追回资金480元，发放准确率达到100%。"),
    # hand-written: one part's sub-parts with their own points (20 + 15 + 5 = 40 of the 100), not a framework's parts
    (
        "JX104",
        "全区得分98.34分，等级“优”。\n一级指标\t分值\t二级指标及得分\t小计\n"
        "资金投入\t20\t投入规模（10分）得10分；产业发展资金占比（10分）得10分\t20\n"
        "资金拨付\t20\t资金分配及时性（10分）得10分；资金支出进度（10分）得9.84分\t19.84\n"
        "资金监管\t20\t项目公告公示（10分）得10分；问题整改（10分）得9分\t19\n"
        "资金绩效\t40\t产出指标（20分）得19.5分；效益指标（15分）得15分；满意度（5分）得5分\t39.5\n合计\t100\t\t98.34",
    ),
    # parts written to one place, each rounded to it (3 × 10.3 = 30.9 against 30.8): within half a tenth each
    ("JX101", "项目合计30.8万元，其中：河道保洁费10.3万元、巡河员补助10.3万元、宣传及设施维护费10.3万元。"),
    # a rate on the funds that arrived a line or two above, which it gives exactly (hand-written after a probe)
    (
        "JX103",
        "全年预算500万元，截至年底实际到位资金450万元，到位率90%。\n全年实际支出440万元，执行率97.78%（按到位资金计算）。",
    ),
    (
        "JX103",
        "1.资金安排：全年预算3,250万元。\n2.资金到位：实际到位资金2,925万元。\n3.资金使用：实际支出2,895.75万元，资金使用率99%。",
    ),
    # a part's score in quotes after 其中 is no second total
    (
        "JX201",
        "我中心自评得分93.6分。其中，“预算编制”得分18分（满分20分），“预算执行”得分37.6分（满分40分）。",
    ),
    ("JX101", "本年收入合计130.50万元，其中：财政拨款收入100.00万元，其他收入30.50万元。"),
    ("JX101", "资产总额12.00万元，流动资产3.00万元，固定资产9.00万元。"),
    ("JX101", "资产总额12.00万元，其中固定资产9.00万元。"),
    ("JX101", "支出合计10.01万元，其中：甲项目3.34万元，乙项目3.33万元，丙项目3.33万元。"),
    (
        "JX101",
        "全年预算5.00万元，执行数5.00万元。\n其中：本年财政拨款全年预算3.14万元、执行数3.14万元；上年结转全年预算1.86万元、执行数1.86万元。",
    ),
    (
        "JX201",
        "全年预算5.00万元，执行数5.00万元。\n其中：本年财政拨款全年预算3.14万元、执行数3.14万元；上年结转全年预算1.86万元、执行数1.86万元。",
    ),
    ("JX103", "其中：预算项目2个，金额合计83万元，实际支出83万元，执行率为100%。"),
    # what was spent of a part is not another part
    ("JX101", "收到某某保障资金520万元，其中：设施建设补助资金520万元，已支出388.16万元。"),
    # one sentence with the scores of three funds states no total twice
    ("JX201", "甲工程绩效自评分数为73.18分、乙支出绩效自评分数为89.03分、丙养护绩效自评得分86.89分。"),
    ("JX103", "本年支出200.00万元，基本支出150.00万元，占总支出的75.00%。"),
    ("JX103", "全年预算数100万元，实际到位80万元，实际支出76万元，预算执行率76%。"),
    ("JX103", "预算资金100万元，实际到位资金80万元，实际支出76万元，资金执行率95%。"),
    ("JX103", "全年预算数100万元，到位资金80万元，实际支出76万元，预算执行率为76%。"),
    # "到位资金执行率": spending over what arrived, not over the budget
    ("JX103", "財政年度預算資金總額120000元,2021年實際到位60000元,實際支付60000元,到位資金執行率100%。"),
    # the rate after a listing is the whole's, not its last part's
    (
        "JX103",
        "2023年度某县民政局某某资金项目支出绩效自评报告\n全年预算113万元。2023年共支付某某资金113万元，"
        "其中支付运营补贴48万元、建设补助15万元、互助院50万元。执行率达100%。",
    ),
    # a count in 万 after its own words is no part of a money listing
    ("JX101", "项目资金100万元，其中受益人口3.2万，补助资金100万元。"),
    ("JX101", "本年支出合计249.67万元。基本支出200.67万元，项目支出49.00万元。"),
    ("JX102", "支出合计10.00万元，其中：甲项目3.34万元，乙项目3.33万元，丙项目3.33万元。"),
    ("JX103", "全年预算200万元，实际支出150万元，预算执行率75%。"),
    (
        "JX101",
        "共下达资金2272万元,其中:中央资金1753万元,省级资金519万元;用于直发直补资金609.22万元、项目扶持资金138.78万元、切块项目资金1524万元。",
    ),
    # a rate closing a listing of parts rates the whole; a figure owed (应支付) is no spending
    (
        "JX103",
        "预算共安排546.23万元,其中:中央248.73万元(2023年结转95.43万元,2024年下达153.3万元),省级230.54万元;"
        "2024年应支付贴息资金444.86万元,实际支付355.16万元,其中:中央248.74万元、省级74.71万元、县级31.71万元,执行率65%。",
    ),
    ("JX103", "全年预算110万元，实际支出98.69万元，执行率为89.72%。"),
    ("JX104", "自评得分94分。其中预算执行率得10分，产出指标得45分，效益指标得30分，满意度指标得9分。"),
    (
        "JX104",
        "自评得分97.22分。其中预算执行率得10分，产出指标得50分，效益指标得17.5分，满意度指标得10分。2项指标不适用，按适用指标折算为百分制。",
    ),
    ("JX105", "一级指标权重：预算执行率10分，产出指标50分，效益指标30分，满意度指标10分。"),
    ("JX201", "全年预算100万元，实际支出90万元。\n经核实，全年预算100.00万元。"),
    (
        "JX201",
        "1.服务对象满意度。年度指标值≥94%，实际完成92.36%，未完成年度指标，得9.83分（分值10分）。\n"
        "满意度指标\t服务对象满意度指标\t服务对象满意度\t10\t9.83\t实际 92.36% 未达指标 94%，按完成比例 92.36/94 × 10 = 9.83 分",
    ),
    ("JX202", "部门预算收入80万元，项目支出60万元，差旅费报销标准每人每天450元。"),
    # hand-written after a false-alarm hunt: the rate's base named in its clause ("按已到位资金计算")
    (
        "JX103",
        "累计支出3,498.62万元，预算执行率95.07%（按全年预算3,680.00万元计算）；按已到位资金计算，支付率为96.86%。\n"
        "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
        "年度资金总额 | 3680.00 | 3680.00 | 3498.62 | 10 | 95.07% | 9.51",
    ),
    # what is left of a source is no part of the spending
    (
        "JX101",
        "实际支出6,458.46万元，执行率99.62%。其中：中央资金支出5,598.46万元，执行率99.56%，结余24.74万元为学生转出形成；"
        "县级资金支出860.00万元，执行率100%。",
    ),
    # a sentence listing the parts' scores, its first item scored: the others are scores too, not points
    (
        "JX105",
        "该项目自评得分98.69分，等级为“优”。其中预算执行率得分9.69分；产出指标49分；效益指标30分；满意度指标10分。\n"
        "| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "|  | 年度资金总额 | 180.00 | 500.00 | 484.36 | 10 | 96.87% | 9.69 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 专业扑火队伍人数 | 60人 | 60人 | 25 | 25 |\n"
        "| 产出指标 | 时效指标 | 装备采购到位时间 | 2024年2月底前 | 2024年3月20日 | 25 | 24 |\n"
        "| 效益指标 | 社会效益 | 森林火灾24小时扑灭率 | ≥95% | 100% | 30 | 30 |\n"
        "| 满意度指标 | 服务对象满意度 | 林区群众满意度 | ≥90% | 94.2% | 10 | 10 |\n"
        "| 总分 |  |  |  |  | 100 | 98.69 |",
    ),
    # hand-written: a table's basis of computation, people times the sum per head, its count with a thousands mark
    (
        "JX202",
        "全年预算3,776.00万元，支出3,639.64万元。\n用途\t测算依据\t预算数\n公用经费补助\t14,826人×800元\t1,186.08",
    ),
    ("JX203", "经评价，本项目自评得分92分，评价等级为优。"),
    ("JX204", "2023年度项目支出绩效自评报告\n2023年度全年预算100万元，实际支出100万元。"),
    (
        "JX305",
        "标题\n开展培训不少于10次，实际开展培训6次。主要原因是疫情影响，部分培训改为线上，下一步将加强计划管理。",
    ),
    ("JX401", "绩效目标：开展培训不少于10次，群众满意度不低于90%。"),
    ("JX402", "项目名称\t自评得分\t评价等级\n甲项目\t100\t优\n乙项目\t96\t优\n丙项目\t100\t优"),
    ("JX403", "标题\n计划发布信息不少于100条，实际发布信息120条。"),
    ("JX404", "满意度指标（10分）得10分。\n群众满意度为96%。"),
    ("JX405", "全年预算100万元，实际支出95万元，预算执行率95%。"),
    # hand-written: a source's own batches listed after it, unbracketed, and a source's own "其中" items before the
    # "；" that goes back to the listing: neither is a part of the total
    (
        "JX101",
        "全年共收到衔接资金2,896.60万元。其中：中央资金2,148.60万元，分两批下达，第一批1,623.00万元，"
        "第二批525.60万元；省级资金412.00万元，其中第一批305.00万元、第二批107.00万元；市级资金86.00万元；"
        "县级资金250.00万元。",
    ),
    # every row's rate agrees with its amounts
    (
        "JX103",
        "| 序号 | 单位 | 全年预算数 | 全年执行数 | 预算执行率 |\n| 1 | 甲市 | 500 | 480 | 96.00% |\n"
        "| 2 | 乙市 | 320.5 | 300.36 | 93.72% |",
    ),
    # hand-written after a false-alarm hunt: a part's score worked out by a product, and an indicator's points and
    # score written as key-value pairs, are no second total
    (
        "JX201",
        "本次自评总分93.2分，评价等级为“优”。\n计分说明：资金到位率得分=到位率94.2%×5分=4.71分；"
        "预算执行率得分=执行率92.5%×10分=9.25分。",
    ),
    (
        "JX201",
        "自评总分94.5分。\n指标名称：预算执行率；所属类别：过程；分值：10；得分：9.6；说明：执行率×10\n"
        "指标名称：资金使用合规性；所属类别：过程；分值：5；得分：5",
    ),
    # hand-written after a false-alarm hunt: rates that are not the report's own, or are on another base
    # a named item's rate, the item's amounts stated earlier
    (
        "JX103",
        "全年预算3000万元，实际支出2950万元，预算执行率98.33%。\n慢病随访补助预算120.00万元，支出114.00万元，执行率95.00%。\n"
        "慢病随访补助执行率95.00%，主要因部分考核延至次年兑付。",
    ),
    # a named fund's rate, its amounts in a table row
    (
        "JX103",
        "共投入财政专项扶贫资金20,000.00万元，共拨付使用19,600.00万元，拨付率98.00%。\n"
        "| 9 | 小额贷款贴息 | 1,200.00 | 1,080.00 | 90.00% |\n小额贷款贴息资金支付率90.00%，主要是部分贷款户提前还款。",
    ),
    # 调整后 alone labelling the adjusted budget
    (
        "JX103",
        "一、资金情况\n（一）中央彩票公益金：年初预算1000.00万元，支出1000.00万元，执行率100.00%。\n"
        "（二）省级彩票公益金：年初预算3000.00万元，调整后2500.00万元，支出2500.00万元，执行率100.00%。",
    ),
    # a level's fund named at length
    (
        "JX103",
        "全年预算800万元，支出790万元。中央财政资金执行率98.75%，自治区及区级配套的农业保险保费补贴资金执行率100%。",
    ),
    # hand-written after a false-alarm hunt: each project's investment and its bonds, "；" between the projects;
    # a standard factory is no standard per unit
    (
        "JX101",
        "甲工程总投资20,000.00万元，其中专项债券12,000.00万元，占60.00%；乙标准厂房总投资10,000.00万元，"
        "其中专项债券6,000.00万元，占60.00%；丙基地总投资5,000.00万元，其中专项债券4,000.00万元，占80.00%。",
    ),
    (
        "JX103",
        "甲工程总投资20,000.00万元，其中专项债券12,000.00万元，占60.00%；乙标准厂房总投资10,000.00万元，"
        "其中专项债券6,000.00万元，占60.00%；丙基地总投资5,000.00万元，其中专项债券4,000.00万元，占80.00%。",
    ),
    # hand-written after a false-alarm hunt: sub-indicators named under their category with a dash, then the points'
    # total and the score on the total's line
    (
        "JX104",
        "依据某市部门整体支出绩效评价指标体系，自评得分如下：\n投入—预算编制：分值10分，得分9分\n"
        "过程—预算执行率：分值15分，得分14.4分\n过程—预算管理：分值15分，得分14分\n产出—职责履行：分值35分，得分34分\n"
        "效果—履职效益：分值15分，得分14.5分\n效果—社会公众满意度：分值10分，得分9.2分\n合计100分，得分95.1分，等级“优”。",
    ),
    # the items add up to the line's spending, not to what was left of it; an item with no amount in its opening
    # clause ends nothing but the check
    (
        "JX101",
        "全年实际支出1,000.00万元，预算执行率95.24%，结余50.00万元按规定收回。具体为：\n1.助餐补助600.00万元。其中…\n"
        "2.建设补助150.00万元，新建30个。\n3.运营补助250.00万元，按100个助餐点拨付。\n"
        "4.资金拨付进度。按季度结算，分别拨付200.00万元、250.00万元、250.00万元、300.00万元。",
    ),
    # hand-written after a false-alarm hunt: the kinds of spending with their items between them, adding up to the
    # total within a cent of each
    (
        "JX101",
        "2023年度支出合计3,000.01万元，预算执行率97.08%。其中：基本支出1,200.44万元，执行率98.38%，包括人员经费"
        "1,000.00万元、公用经费200.44万元；项目支出1,799.58万元，执行率96.00%，包括：防汛500.00万元；"
        "地下水治理800.00万元；河道治理499.58万元。",
    ),
    # a class row and its items above the closing total (the class is the sum of the two rows after it): not read
    (
        "JX101",
        "单位：万元\n| 科目 | 预算数 | 决算数 |\n| 工资福利支出 | 100 | 90 |\n| 基本工资 | 60 | 50 |\n| 津贴补贴 | 40 | 40 |\n"
        "| 办公费 | 20 | 10 |\n| 合计 | 120 | 100 |",
    ),
    # no column adds up: the rows may not be all the table's, nothing is claimed
    (
        "JX101",
        "单位：万元\n| 支出内容 | 计划支出数 | 实际支出数 |\n| 办公费 | 18.60 | 14.27 |\n| 差旅费 | 8.00 | 5.91 |\n"
        "| 支出合计 | 64.60 | 57.63 |",
    ),
    # one amount after the "；" that closes a complete breakdown is the next statement, no second breakdown
    (
        "JX101",
        "年初预算数为1256.30万元，其中基本支出986.30万元，项目支出270.00万元；年中追加调整后全年预算数为1389.45万元。",
    ),
    # rules read figures and words as extraction does: full-width digits, traditional characters, a page's
    # number inside a form
    (
        "JX103",
        "年度总支出为１５００．００万元（其中：基本支出２４０．００万元，占单位总支出的１６．００％；"
        "项目支出１２６０．００万元，占单位总支出的８４．００％）。",
    ),
    (
        "JX101",
        "在某校內建成了特殊教育資源教室，總投資7萬元。其中場所裝修4800元，設備設施採購29套，合計7萬元。",
    ),
    # hand-written: a complete breakdown, then after "；" the change made to the budget and the new total
    (
        "JX101",
        "我局2017年年初预算安排数为238.60万元，其中人员经费186.20万元，公用经费22.40万元，项目经费30万元；"
        "年度中期追加专项经费12.00万元，全年预算数250.60万元。",
    ),
    # hand-written: the year's rate, then a rate over several years or their average
    (
        "JX103",
        "2021年度项目全年预算980万元，实际支出952.4万元，执行率97.18%。该项目批复总概算4,300万元，"
        "截至2021年底累计支出3,655万元，累计执行率85%。",
    ),
    ("JX103", "本年度项目全年预算42万元，全年支出41.66万元，执行率99.19%。近三年该项目平均执行率为94.7%。"),
    # hand-written: a standard per village or per mu is no budget the rate is of
    ("JX103", "村级组织运转经费按每村每年12万元标准保障，2024年共安排96万元，实际支出96万元，执行率100%。"),
    (
        "JX103",
        "补贴标准为每亩105元，补贴面积56.4万亩。全年补贴资金5,922万元，实际支出5,922万元，执行率100%。",
    ),
    # hand-written: a works' whole cost, then the year's spending and its rate on the year's money
    (
        "JX103",
        "某医院迁建项目总投资4.2亿元，规划床位500张。\n截至2022年12月31日，债券资金已支出7,640万元，支出进度95.5%。",
    ),
    # hand-written: two parts' scores read, the framework's other parts (决策, 过程) scored in words
    (
        "JX104",
        "（一）决策指标（15分）：项目立项依据充分，得14分。\n（二）过程指标（20分）：资金使用合规，得17分。\n"
        "（三）产出指标（35分）：产出指标得分33分。\n（四）效益指标（30分）：效益指标得分25分。\n本项目自评总分89分。",
    ),
    # hand-written: a header naming more columns than the row fills, a blank cell between
    (
        "JX103",
        "部门整体支出绩效自评表（2023年度）\n"
        "                    年初预算数    全年预算数    全年执行数    上年预算执行率    本年预算执行率\n"
        "年度资金总额（万元）  126.80        134.50                      91.2%\n",
    ),
    # hand-written: a letter-spaced PDF's figures read whole
    (
        "JX103",
        "2021年年初预算 1 8 6 . 4 2 万元，全年预算 2 0 4 . 1 5 万元，实际支出 2 0 1 . 3 3 万元，预算执行率 9 8 . 6 2 %。",
    ),
    ("JX204", "某市统计局2021年度部门整体支出绩效自评报告\n部门整体支出绩效自评表（2021年度）"),
    (
        "JX104",
        "一级指标\t分值\t得分\n决策\t20\t18.5\n过程\t20\t19\n产出\t40\t36.5\n效益\t20\t18\n合计\t100\t92",
    ),
    # hand-written: the parts' scores written without 得, adding up to the total score or to their stated sum
    (
        "JX105",
        "本项目自评得分94.5分，等级为优。其中产出指标48分，效益指标28分，满意度指标9分，预算执行率9.5分。",
    ),
    ("JX105", "根据指标体系逐项评分，决策18分、过程18.5分、产出36分、效益17.5分，合计90分，评价等级为优。"),
    # hand-written: a form whose 满意度 row's points are unreadable
    (
        "JX105",
        "一级指标    分值    得分\n预算执行率    10    9.7\n产出指标    50    44\n效益指标    30    24.8\n"
        "满意度指标    l0    8\n总  分    100    86.5",
    ),
    # hand-written: the rate on the year's full budget stated above, the initial budget beside it
    (
        "JX103",
        "2020年全年预算5,406.18万元，其中：财政拨款4,906.18万元，上年结转500.00万元。\n二、预算执行\n"
        "年初预算1,820.40万元。全年执行5,318.77万元，执行率98.38%。",
    ),
    (
        "JX103",
        "2023年全年部门预算调整为62,480.36万元。\n年初预算为51,206.00万元，实际支出61,902.18万元，预算执行率99.07%。",
    ),
    # hand-written: a transfer form's 中央 row beside the national form's 上年结转, its 地方 row left out
    (
        "JX101",
        "资金情况（万元）\t全年预算数\t全年执行数\t执行率\n年度资金总额\t1,000.00\t983.40\t98.3%\n"
        "其中：中央补助\t800.00\t783.40\t97.9%\n上年结转资金\t40.00\t40.00\t100%",
    ),
    # hand-written: the budget stated but no spending: the execution rate's points cannot be re-scored, nor the total
    (
        "JX111",
        "2022年家签项目下达资金230万元。\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
        "产出指标 | 数量指标 | 重点人群签约率 | ≥75% | 78.2% | 50 | 50\n"
        "效益指标 | 社会效益 | 居民就医负担减轻 | 有效减轻 | 有效减轻 | 40 | 38\n"
        "预算执行率 | 预算执行率 | 预算执行率 | 100% | 96.5% | 10 | 9.65\n合计 |  |  |  |  | 100 | 97.65",
    ),
    # hand-written: figures since or carried over from the end of the year before are no slip of the year
    (
        "JX204",
        "某局2021年度项目支出绩效自评报告\n截至2020年12月31日，项目累计支出1,200万元。截至2020年底结转资金30万元。",
    ),
    # hand-written: a true rate over 100%, then a bound it passed ("超过100%", "超出100%部分"), no second rate
    (
        "JX103",
        "本年预算安排500万元，另有上年结转资金42.6万元。全年实际支出531.8万元，执行率106.36%。"
        "执行率超过100%，系使用上年结转资金支付上年度保洁服务费所致。",
    ),
    (
        "JX103",
        "全年预算1,050万元，全年实际支出1,088.6万元，执行率103.68%。执行率超出100%部分为使用结转资金38.6万元。",
    ),
    # hand-written: the carried-over row's blank 年初预算数 cell holds its column, so the row's two figures are its full
    # year's budget and spending and the total is the two rows' sum (1,850,000 + 42,600 = 1,892,600; 1,819,600 +
    # 41,850 = 1,861,450)
    (
        "JX111",
        "某县公安局2023年度中央政法转移支付资金绩效自评表\n"
        "项目资金(元) | | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |\n"
        "| 年度资金总额 | 1,850,000.00 | 1,892,600.00 | 1,861,450.00 | 10 | 98.35% | 9.84 |\n"
        "| 其中:当年财政拨款 | 1,850,000.00 | 1,850,000.00 | 1,819,600.00 | — | — | — |\n"
        "| 上年结转资金 | | 42,600.00 | 41,850.00 | — | — | — |\n| 其他资金 | | | | — | — | — |\n"
        "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 购置执法记录仪数量 | ≥80台 | 86台 | 20 | 20 |\n"
        "| | 质量指标 | 装备验收合格率 | 100% | 100% | 20 | 20 |\n| | 时效指标 | 资金支付及时率 | ≥95% | 97% | 10 | 10 |\n"
        "| 效益指标 | 社会效益指标 | 执法规范化水平 | 持续提升 | 持续提升 | 20 | 20 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94% | 20 | 20 |\n总分 | | | | | | 100 | 99.84 |\n",
    ),
    (
        "JX101",
        "项目资金（万元）\n年初预算数 |\n全年预算数 |\n全年执行数 |\n执行率 |\n年度资金总额 |\n192.91 |\n321.62 |\n"
        "321.62 |\n100.00% |\n其中:当年财政拨款 |\n192.91 |\n318.13 |\n318.13 |\n100.00% |\n上年结转资金 |\n0 |\n"
        "0.3 |\n0.3 |\n100.00% |\n— 2 —\n其他资金 |\n0 |\n3.19 |\n3.19 |\n100.00% |\n",
    ),
    # hand-written: the parts after 其中 are the adjusted budget's (1,208.77 + 480.57 = 1,689.34), a "；" then opens the
    # year's spending; the 支出合计 of the sentence before is another measure, no whole of them
    (
        "JX101",
        "2021年度收入合计1,702.16万元，支出合计1,664.03万元。2021年年初预算数1,523.60万元，调整后预算数1,689.34万元，"
        "其中：基本支出1,208.77万元，项目支出480.57万元；全年实际支出1,655.92万元，预算执行率98.02%。\n",
    ),
    ("JX109", _FORM_THEN_LINKS),
    ("JX110", _FORM_THEN_LINKS),
    # hand-written: a project whose name opens with 全 (全民健身) states its own rate after a clause on why
    # (262.10 / 286.50 = 91.48%); the department's is 2751.08 / 2864.35 = 96.05%
    (
        "JX103",
        "某县文化和广电旅游体育局2020年度部门整体支出绩效自评报告\n2020年度部门全年预算数2864.35万元，全年支出2751.08万元，"
        "预算执行率96.05%。\n全民健身设施更新项目全年预算数286.50万元，执行数262.10万元。\n"
        "全民健身设施更新项目因疫情影响部分器材采购推迟至次年，执行率为91.48%，扣减相应分值。\n",
    ),
    # hand-written: a page's running header (the form's title with its year) printed between two rows after the page
    # number is no row: "2022" is no target, actual, points and score
    (
        "JX110",
        "某市档案馆2022年度部门整体支出绩效自评表\n"
        "一级指标   二级指标   三级指标                    年度指标值   实际完成值   分值   得分    偏差原因分析及改进措施\n"
        "产出指标   数量指标   接收进馆档案（卷）          ≥3000        3215         10     10\n"
        "                      档案利用接待（人次）        ≥2500        2260         10     9.04    受疫情影响\n— 2 —\n"
        "某市档案馆2022年度部门整体支出绩效自评表\n"
        "           质量指标   数字化成果验收合格率        ≥98%         99.2%        10     10\n",
    ),
    # hand-written: a bare share after 其中 of the paragraph's whole, the procurement's total (7204.16 / 13150.40 = 54.78%),
    # not of the amount before 其中 (11862.35, of which it would be 60.73%)
    (
        "JX103",
        "（四）政府采购。2022年政府采购支出总额13150.40万元，其中货物1236.48万元、工程9870.25万元、服务2043.67万元。"
        "授予中小企业合同金额11862.35万元，占政府采购支出总额的90.21%，其中授予小微企业合同金额7204.16万元，占54.78%。\n",
    ),
    # hand-written: a sales policy's execution rate among the output indicators is no rate of the budget
    (
        "JX103",
        "某县人民医院2022年度医疗服务与保障能力提升补助资金绩效自评报告\n本年度下达资金283.56万元，累计支出271.64万元，"
        "预算执行率95.80%。\n（一）产出指标\n1.全科医生转岗培训人数14人，完成100%；\n2.药品耗材零差率销售执行率100%。\n",
    ),
    # hand-written: each section's own total ("本部分得分20分") is no second statement of the report's score
    (
        "JX201",
        "某县2020年农村危房改造民生工程绩效自评报告\n一、投入（20分）\n本部分得分20分。\n二、过程（30分）\n本部分得分29.93分。\n"
        "五、自评结论\n经综合评定，自评总分99.8分，等级为优秀。\n",
    ),
    # hand-written: the whole's rate before its parts (412.36 / 420.00 = 98.18%), the last part's after them
    # (126.31 / 134.00 = 94.26%, no figure of the whole's)
    (
        "JX103",
        "某县档案馆2020年度部门整体支出绩效自评报告\n二、预算执行情况\n"
        "2020年全年预算420.00万元（基本支出286.00万元，项目支出134.00万元）。全年支出412.36万元，执行率98.18%，"
        "其中基本支出286.05万元全部支出，项目支出126.31万元，执行率94.26%。\n",
    ),
    # hand-written: a project's own rate in a department's report, the sentence opening with its name
    (
        "JX103",
        "某区文化馆2019年度部门整体支出绩效自评报告\n全年预算数6,210.00万元，实际支出6,085.80万元，预算执行率98.00%。\n"
        "我馆2019年度部门整体支出自评总分96.00分，等级为优。群众文化活动专项自评得分98.50分，等级为优，执行率99.00%。\n",
    ),
    # hand-written: a work paid in a "；" clause of a department's report, its own rate (20.40 / 26.70 = 76.40%)
    (
        "JX103",
        "某镇中心小学2022年度部门整体支出绩效自评报告\n全年预算628.40万元，实际支出620.10万元，预算执行率98.68%。"
        "营养餐补助12.30万元全部发放，执行率100%；围墙维修工程已支付204000.00元，执行率76.40%。\n",
    ),
    # hand-written: a fund of the transfer named at the clause's opening, the reason, then its own rate
    (
        "JX103",
        "某县2021年度农业相关转移支付资金绩效自评报告\n2021年上级共下达我县农业相关转移支付资金18600万元，截至年底已支出"
        "18450.20万元，执行率99.19%。\n四、存在问题\n一是耕地地力保护补贴资金受面积核实进度影响，当年执行率为96.20%；"
        "二是宣传不够深入。\n",
    ),
    # hand-written: a form's labelled 项目名称 over its funds block, whose header steps down over lines: the funds rows
    # are no table of projects' budgets against the prose's 项目支出
    (
        "JX101",
        "某区2024年度高标准农田建设项目绩效自评报告\n截至2024年12月31日，项目支出2120.50万元，执行率98.63%。\n"
        "项目支出绩效自评表\n项目名称：高标准农田建设项目\n主管部门：某区农业农村局        实施单位：某区农业农村局\n"
        "资金情况（万元）   年初\n                   预算数      全年\n                               预算数      全年\n"
        "                                           执行数      分值    执行率    得分\n"
        "年度资金总额       2150        2150        2120.50     10      98.63%    9.86\n"
        "其中：中央资金     1500        1500        1500        —       100%      —\n"
        "      省级资金     650         650         620.50      —       95.46%    —\n",
    ),
    # hand-written: "基本支出补助" is income granted for the basic spending, no statement of the spending its staff
    # and running costs add up to
    (
        "JX101",
        "某县人民医院2023年度部门整体支出绩效自评报告\n（一）收入情况。2023年实际收入合计21460.00万元。其中：财政拨款"
        "收入2100.00万元（基本支出补助1300.00万元、项目支出补助800.00万元）；事业收入19360.00万元。\n"
        "（二）支出情况。全年实际支出21000.00万元，其中基本支出19600.00万元，项目支出1400.00万元。\n"
        "按经济分类，基本支出中人员经费9800.00万元、公用经费9800.00万元。\n",
    ),
    # hand-written: the projects listed in the brackets after this year's 项目支出, not against the initial budget's
    (
        "JX101",
        "某县审计局2017年度部门整体支出绩效自评报告\n（一）预算情况。2017年年初预算420.00万元，其中基本支出360.00万元、"
        "项目支出60.00万元。\n（二）支出情况。2017年全年支出460.00万元。其中：基本支出380.00万元，项目支出80.00万元（审计"
        "业务经费40.00万元、政府投资审计经费30.00万元、审计信息化建设10.00万元）。\n",
    ),
    # hand-written: one of several numbered accounts, its own rate, not the whole's
    (
        "JX103",
        "某镇2022年度民生工程绩效自评报告\n2022年，我镇共实施民生工程项目3个，资金总额500.00万元。截至2022年12月31日，累计"
        "支出490.00万元，资金支出率98.00%。\n（一）农村道路畅通工程：共需资金300.00万元，实际支出296.00万元。\n"
        "（二）困难残疾人两项补贴：资金发放准确率100%。\n（三）特困人员救助供养：全镇特困供养对象218人，资金支出率95.00%。\n",
    ),
    # hand-written: a table of the projects closing with its 小计 row: the total row is no project whose budget adds in
    (
        "JX101",
        "某县教育局2023年度部门整体支出绩效自评报告\n全年支出680.00万元，其中基本支出400.00万元，项目支出280.00万元。\n"
        "表2 项目支出执行及自评情况（单位：万元）\n"
        "项目名称                      全年预算数   全年执行数   自评得分   等级\n"
        "教师培训专项经费              100.00      98.00      93.8      优秀\n"
        "校园安全专项经费              90.00       90.00      95.0      优秀\n"
        "招生考试工作经费              90.00       92.00      91.0      优秀\n"
        "小计                          280.00      280.00\n",
    ),
    # hand-written: a note's numbered items, the second opening on a band ("；2.90分（含）以上为优"): 90, not 2.90
    (
        "JX203",
        "某县2021年度农村饮水安全项目绩效自评表\n总分 | 100 | 97.6\n自评等级 | 优\n"
        "备注：1.预算执行率得分=执行率×分值，最高不超过分值；2.90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分"
        "以下为差。\n",
    ),
    # hand-written: the budget's classes, then the spending's, each under its own whole; the spending's sentence
    # mentions the initial budget after its own subject
    (
        "JX201",
        "某县灌溉试验站2022年度部门整体支出绩效自评报告\n（一）预算安排情况\n2022年我站全年预算数300.00万元。其中基本支出"
        "200.00万元，项目支出100.00万元。\n（二）预算执行情况\n2022年全年实际支出294.00万元，全年预算执行率98%，年初预算资金"
        "全部执行到位。其中基本支出198.00万元，项目支出96.00万元。\n",
    ),
    # hand-written: the spending's classes under the year's spending, then another year's total after them
    (
        "JX101",
        "某县农技中心2019年度部门整体支出绩效自评报告\n二、单位整体支出情况\n"
        "2019年该中心年初预算300.00万元，年中追加50.00万元，全年预算资金350.00万元。全年实际支出340.00万元，预算执行率"
        "97.14%，结转结余10.00万元。\n其中：基本支出250.00万元，项目支出90.00万元。2018年该中心支出合计320.00万元。\n",
    ),
    # hand-written: what was not paid is no part of what was (92000 + 85000 + 36000 = 213000)
    (
        "JX101",
        "某镇卫生院2021年度乡村医生补助项目绩效自评报告\n2021年实际发放乡村医生补助资金213000.00元，预算执行率98.61%。"
        "其中：村卫生室运行补助发放92000.00元，甲村卫生室下半年补助3000.00元未发放；基本药物制度补助85000.00元足额"
        "发放；老年乡村医生生活补助发放36000.00元，1名老年乡村医生去世后补助1200.00元停发。\n",
    ),
    # hand-written: a form one cell a line, 综合得分 over its full marks then its score: one score, no second one
    (
        "JX201",
        "某苏木2018年度部门整体支出绩效自评报告\n一级指标\n分值\n得分\n投入\n20\n19\n产出\n40\n36\n效益\n40\n35.5\n"
        "综合得分\n100\n90.5\n评价等级\n优\n",
    ),
    # hand-written: one listed item's rate on its own budget, stated in the clause before the semicolon
    (
        "JX103",
        "某市残联2023年度部门整体支出绩效自评报告\n二、部门整体支出情况\n调整后全年预算4000.00万元，全年支出3900.00万元，"
        "预算执行率97.50%。（三）重点项目情况。1.残疾儿童康复救助：按每人每年1.2万元标准，计划救助486人，预算583.20万元；"
        "实际救助476人，支出571.20万元，执行率97.94%。2.辅助器具适配：预算156.35万元，支出149.82万元，执行率95.82%。\n",
    ),
    # hand-written: a form's rows run together, their points and scores printed to two places (3056/3200 × 10 = 9.55)
    (
        "JX109",
        "某社区卫生服务中心2022年度基本公共卫生服务项目绩效自评表\n一级指标二级指标三级指标年度指标值实际完成值分值得分未完成原因分析\n"
        "产出指标数量指标居民电子健康档案建档率≥90%92.3%10.0010.00\n"
        "产出指标数量指标65岁及以上老年人健康管理人数≥3200人3056人10.009.55部分老人随子女外出居住\n"
        "产出指标质量指标高血压患者规范管理率≥65%68.2%10.0010.00\n",
    ),
    # hand-written: the budget broken down by kind in the sentence after it, then the spending by kind
    (
        "JX201",
        "某档案馆2019年度部门整体支出绩效自评报告\n（一）部门预算情况\n2019年度年初预算3,906.26万元，年中追加及上年结转后全年"
        "预算数4,218.66万元（含上年结转312.40万元）。按支出性质分，基本支出1,062.54万元，项目支出3,156.12万元。\n"
        "（二）预算执行情况\n2019年度全年支出4,077.19万元，预算执行率96.65%。其中：基本支出1,048.37万元，项目支出3,028.82万元。\n",
    ),
    # hand-written: a district's form, its sources' rows down to the district's own money (区级资金)
    (
        "JX101",
        "某社区卫生服务中心2022年度基本公共卫生服务项目绩效自评表\n"
        "项目资金（万元）   年初预算数   全年预算数   全年执行数   分值   执行率   得分\n"
        "年度资金总额   473.76   473.76   466.18   10   98.40%   9.84\n其中：中央资金   331.63   331.63   331.63\n"
        "      省级资金   71.06   71.06   71.06\n      市级资金   35.53   35.53   35.53\n      区级资金   35.54   35.54   27.96\n",
    ),
    # hand-written: a sources' table whose 资金使用率 is what was spent of what arrived, not of the initial budget
    (
        "JX103",
        "某县教育局2018年度全面改薄项目绩效自评报告\n二、项目资金情况\n单位：万元\n"
        "资金来源 | 年初预算资金总额 | 实际到位资金 | 实际支出 | 资金使用率\n中央资金 | 760 | 872.3 | 836.52 | 95.90%\n"
        "自治区资金 | 300 | 354.2 | 325.84 | 91.99%\n县级资金 | 140 | 160 | 140.4 | 87.75%\n合计 | 1200 | 1386.5 | 1302.76 | 93.96%\n"
        "2018年项目年初预算资金总额1200万元，实际到位资金1386.5万元，实际支出1302.76万元，资金使用率93.96%。\n",
    ),
    # hand-written: the department's score, published apart, beside the project's own
    (
        "JX201",
        "某县林业局2022年度天然林保护补助资金绩效自评报告\n三、自评结论\n经自评，本项目得分98.60分，等级为优。\n"
        "另：我局2022年度部门整体支出绩效自评得分95.20分，等级为优，已另行公开。\n",
    ),
]


@pytest.mark.parametrize(("code", "text", "line", "figure"), FIRES)
def test_fires_at_the_line(code: str, text: str, line: int, figure: str) -> None:
    found = findings(text, code)
    assert found, f"{code} should fire on: {text}"
    assert found[0].line == line
    assert figure in found[0].message + found[0].computation


@pytest.mark.parametrize(("code", "text"), PASSES)
def test_stays_quiet(code: str, text: str) -> None:
    assert findings(text, code) == []


def test_a_rate_under_a_listing_of_parts_is_checked_against_the_whole_not_the_last_part() -> None:
    # hand-written: the fund's total, then its classes' allocations listed after 其中, then the spending and its rate in
    # the next sentence: 18390.47 / 18652 = 98.60%, no error (18390.47 / 1577 is no rate of anything)
    text = (
        "某县2023年衔接资金绩效自评报告\n一、资金下达情况\n2023年下达我县衔接资金18,652万元。\n二、资金使用情况\n"
        "全县共实施衔接资金项目146个，其中产业发展类项目89个、安排资金11,204.6万元；基础设施类项目43个、安排资金5,870.4万元；"
        "其他类项目14个、安排资金1,577万元。累计支出资金18,390.47万元，资金支出率98.60%。\n"
    )
    assert findings(text, "JX103") == []
    # the same listing with a rate that spending over the whole does not give is still an error
    assert [f.line for f in findings(text.replace("98.60%", "96.60%"), "JX103")] == [5]


def test_a_funds_block_one_cell_per_line_whose_empty_cells_are_dashes_is_not_summed_from_a_part_of_its_rows() -> (
    None
):
    # hand-written: the sub-rows' blank cells printed as "—"; the reader reads the first sub-row only, so the total
    # (200 + 12.5 + 0 = 212.5) is not checked against it
    cells = (
        "项目资金（万元）|年初预算数|全年预算数|全年执行数|分值|执行率|得分|年度资金总额|200.00|212.50|183.60|10|86.40%|8.64|"
        "其中：当年财政拨款|200.00|200.00|176.80|—|—|上年结转资金|0|12.50|6.80|—|—|其他资金|0|0|0|—|—|"
        "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|产出指标|数量指标|检测人次|≥12万人次|12.5万人次|50|50|"
        "效益指标|社会效益指标|治疗成功率|≥90%|93.1%|40|40|总分|100|98.64"
    )
    text = "某县疾控中心2022年度项目支出绩效自评表\n" + cells.replace("|", "\n") + "\n"
    assert findings(text, "JX111") == []


def test_a_rate_one_point_off_is_an_error_and_a_rounding_habit_is_not() -> None:
    # 185.01 / 192.04 = 96.34%: 95% is no rounding of it
    text = "安排资金192.04万元。\n资金支付185.01万元,未支7.03万元,支付率95%。"
    assert [f.severity for f in findings(text, "JX103")] == ["error"]
    # 96.35% written 96.34 (cut, not rounded): within a unit of its last place, only noted
    quiet = "全年预算数2000万元，实际支出1927万元，执行率为96.34%。"
    assert [f.severity for f in findings(quiet, "JX103")] == ["info"]


def test_a_rate_worked_out_on_the_amounts_before_they_were_rounded_is_no_finding() -> None:
    # hand-written after a false-alarm hunt: 11.69 / 15.00 = 77.93%, but 11.685 to 11.695万元 (116,880元) give
    # 77.87% to 77.99%, so 77.92% may be exact; 77.80% is outside and still an error
    text = "（三）“三公”经费。预算15.00万元，实际支出11.69万元，占预算的77.92%。"
    assert findings(text, "JX103") == []
    assert {f.severity for f in findings(text.replace("77.92%", "77.80%"), "JX103")} == {"error"}
    # the 96.345万元 printed to three places gives 96.3445% to 96.3455%: 96.34% may be the exact rate
    assert findings("全年预算数100万元，实际支出96.345万元，执行率为96.34%。", "JX103") == []


def test_parts_against_their_total_cite_every_line_stating_the_total() -> None:
    # hand-written: the summary table's 合计 row (line 6) and the prose (line 7) state the same total
    text = "一级指标 | 分值 | 得分\n决策 | 20 | 19\n过程 | 20 | 20\n产出 | 30 | 29\n效益 | 30 | 28\n合计 | 100 | 97\n自评得分97分，等级优。"
    (finding,) = findings(text, "JX104")
    assert finding.lines == [2, 3, 4, 5, 6, 7]


def test_a_rate_a_form_row_gives_over_the_initial_budget_is_still_an_error() -> None:
    # hand-written after a probe: 885.17 / 912.40 = 97.02%; the 102.93% written is the spending over the initial
    # 860.00 of an adjusted year, the slip itself, though the row's first cell gives it exactly
    text = (
        "某县2022年度项目支出绩效自评报告\n（二）项目资金情况\n"
        "| 资金来源 | 年初预算数(万元) | 全年预算数(万元) | 全年执行数(万元) | 执行率 |\n"
        "| 财政拨款 | 860.00 | 912.40 | 885.17 | 102.93% |\n| 其他资金 | 0 | 0 | 0 | — |\n"
        "| 合计 | 860.00 | 912.40 | 885.17 | 102.93% |\n"
    )
    assert "error" in {f.severity for f in findings(text, "JX103")}


def test_a_score_the_rows_own_note_deducts_is_a_warning_and_an_unexplained_one_an_error() -> None:
    # hand-written: a cap exceeded (1.76% against ≤1%) gives (1 − 0.76) × 7 = 1.68 points by the rules; the row
    # gives 5 and says it deducted 2 by a rule of its own, a point to look at rather than a hidden slip
    form = (
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因\n"
        "产出指标  数量指标  实施项目  412个  412个  50  50\n"
        "产出指标  成本指标  项目管理费占比  ≤1%  1.76%  7  5  {note}\n"
        "效益指标  社会效益指标  防止规模性返贫  不发生  未发生  43  43\n"
        "总分  100  98\n"
    )
    explained = findings(form.format(note="与其他支出合并核算，口径不清，扣2分"), "JX109")
    assert [(f.severity, f.line) for f in explained] == [("warning", 3)]
    assert "1.68" in explained[0].message
    unexplained = findings(form.format(note="合并核算"), "JX109")
    assert [(f.severity, f.line) for f in unexplained] == [("error", 3)]


def test_a_total_rows_rate_slip_printed_again_on_its_one_sub_row_is_one_finding() -> None:
    # hand-written: 74.60 / 70.00 = 106.57%, written 100% on the total row and again on its one sub-row
    text = (
        "某区2022年度食品安全抽检经费项目绩效自评报告\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 70 70 74.60 10 100% 10\n其中：当年财政拨款 70 70 74.60 — 100% —\n上年结转资金 0 0 0 — — —\n"
    )
    errors = [f for f in findings(text, "JX103") if f.severity == "error"]
    assert len(errors) == 1
    assert "106.5714" in errors[0].computation


def test_parts_whose_points_fall_short_of_the_whole_prove_no_total_wrong() -> None:
    # hand-written after a probe: the page is cut after 效益; 10 + 50 + 30 points read, 满意度's 10 unread, so the
    # parts' 9.93 + 50 + 28 = 87.93 against 96.93 is no slip
    text = (
        "某市司法局2023年度法律援助经费项目绩效自评报告\n"
        "项目资金（万元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
        "年度资金总额    60.00    73.50    72.986    10    99.30%    9.93\n"
        "三、自评结论\n经自评，该项目综合得分96.93分。\n四、绩效指标完成情况\n（一）产出指标（分值50分，得分50分）\n"
        "1.数量指标：办结案件目标≥1200件，实际1398件。\n（二）效益指标（分值30分，得分28分）\n1.社会效益：为受援人挽回经济损失\n"
    )
    assert findings(text, "JX104") == []
    # the parts all stated, 满意度 too, and the total still off: the slip is found
    whole = text + "（三）满意度指标（分值10分，得分8分）\n"
    assert [f.severity for f in findings(whole, "JX104")] == ["error"]


def test_a_zero_target_missed_and_scored_below_its_points_is_a_warning() -> None:
    # hand-written after a probe: "辍学率 0" against 0.3%; the rules give no proportion for a target of 0, so the
    # unit's 7 of 10 is a point to look at; full points would be the unmet-full slip (JX110)
    form = (
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
        "产出指标 | 数量指标 | 教学班数 | 47个 | 47个 | 50 | 50\n"
        "效益指标 | 社会效益指标 | 辍学率 | 0 | 0.3% | 10 | {score}\n"
        "满意度指标 | 服务对象满意度 | 学生满意度 | ≥90% | 93.5% | 30 | 30\n"
    )
    assert [f.severity for f in findings(form.format(score="7"), "JX109")] == ["warning"]
    assert findings(form.format(score="10"), "JX110") != []


def test_an_evaluation_frameworks_points_adding_past_the_whole() -> None:
    # hand-written after a probe: 投入20 + 过程15 + 产出40 + 效益30 = 105 against the 满分100分 stated
    text = (
        "某区2021年度草原生态保护补助奖励资金绩效自评报告\n"
        "（二）指标体系。自评指标体系由投入（20分）、过程（15分）、产出（40分）、效益（30分）四部分构成，满分100分。\n"
        "1.投入指标得19分。\n2.过程指标得13分。\n3.产出指标得36.5分。\n4.效益指标得26分。\n"
        "综合上述，绩效自评得分94.5分，评价等级为“优”。\n"
    )
    assert [f.severity for f in findings(text, "JX105")] == ["error"]
    assert findings(text.replace("产出（40分）", "产出（35分）"), "JX105") == []


def test_a_rate_that_counts_the_places_reaching_it_is_no_rate_to_check() -> None:
    # hand-written after a hunt: "执行率100%的县(市)4个" counts counties; the fund's rate, 183439.18 / 186147 = 98.55%,
    # is right, and no rate of 100% is stated of its figures
    text = (
        "某州2023年度衔接推进乡村振兴补助资金绩效自评报告\n全州下达资金186147万元，累计支出183439.18万元，执行率98.55%。\n"
        "从分县情况看，执行率100%的县(市)4个，其余县(市)执行率均在95%以上。\n"
    )
    assert findings(text, "JX103") == []


def test_breakdowns_that_are_no_parts_of_the_total_before_them() -> None:
    # hand-written after a hunt round: each of these sentences adds up, read right
    # a standard's own parts in brackets (21.5 = 20.5 + 1), the amount before it a standard, not the last bracket's item
    standards = (
        "某县2017年度森林生态效益补偿资金项目绩效自评报告\n2017年补偿标准为：国家级公益林每亩15元（其中损失性补偿14.75元，"
        "公共管护支出0.25元）；省级公益林每亩21.5元（其中损失性补偿20.5元，公共管护支出1元）。\n"
    )
    assert findings(standards, "JX101") == []
    # what is left of an item ("尚有12.54万元…暂未支付") is no part of the spending (156 + 71.46 + 41 + 30 = 298.46)
    unpaid = (
        "某县人民医院2018年度公立医院综合改革补助资金项目绩效自评报告\n全年实际支出298.46万元，预算执行率95.66%。其中：设备购置支出"
        "156万元；信息化建设支出71.46万元，执行率85.07%，尚有12.54万元系统尾款因未完成验收暂未支付；人才培养支出41万元；"
        "药品零差率补偿支出30万元。\n"
    )
    assert findings(unpaid, "JX101") == []
    # a carry-over a clause adds after the sources' listing (6180 + 1562 + 900 = 8642; 8642 + 1236.47 = 9878.47)
    carried = (
        "某市2023年度就业补助资金绩效自评报告\n2023年中央、省、市共安排我市就业补助资金8642万元，其中中央资金6180万元、省级资金1562万元、"
        "市级资金900万元；2022年结转资金1236.47万元按规定纳入本年统筹使用，全年预算数（含上年结转）9878.47万元。\n"
    )
    assert findings(carried, "JX101") == []
    # what the project spending left unspent is no total of the projects listed after it
    unspent = (
        "某旗水利局2023年度部门整体支出绩效自评报告\n单位：万元\n项目|预算数|决算数|完成率\n基本支出|1106.40|1132.18|1132.18|100%\n"
        "项目支出|3021.10|3254.74|2854.88|87.71%\n合计|4127.50|4386.92|3987.06|90.89%\n"
        "全年预算资金4386.92万元，实际支出3987.06万元，预算执行率90.89%。"
        "项目支出未执行399.86万元，主要是防洪治理工程因用地手续办理滞后。\n"
        "项目支出中，供水保障工程资金1,286.50万元（其中自治区补助860.00万元、旗级配套426.50万元），水土保持综合治理资金742.30万元，"
        "河湖长制经费216.08万元，防汛抗旱经费610.00万元。\n"
    )
    assert findings(unspent, "JX101") == []


def test_a_parts_own_rate_is_not_checked_against_the_whole() -> None:
    # hand-written after a hunt: 1498.92 / 1512.36 = 99.11% is 基本支出's, its budget and spending joined by "、";
    # "项目资金在年内拨付率95.41%" is the project money's (the whole's 4458.16 / 4739.75 = 94.06%)
    text = (
        "某市自然资源局2021年度部门整体支出绩效自评报告\n2021年部门全年预算数4739.75万元，全年执行数4458.16万元，预算执行率94.06%。"
        "其中基本支出全年预算1512.36万元、执行1498.92万元，执行率99.11%；项目支出全年预算3227.39万元、执行2959.24万元，执行率91.69%。\n"
        "3.时效指标：基本支出按月足额保障，项目资金在年内拨付率95.41%。\n"
    )
    assert [f for f in findings(text, "JX103") if f.severity == "error"] == []
    # the whole's rate written wrong is still found
    wrong = text.replace("预算执行率94.06%", "预算执行率96.06%")
    assert [f.line for f in findings(wrong, "JX103") if f.severity == "error"] == [2]


def test_a_rate_on_the_base_its_own_clause_names() -> None:
    # hand-written after a probe: "按全年可用资金计算执行率为96.63%" is 1498.03 / 1550.27 (the available money, its unit
    # on the next line), not the adjusted budget's 99.10%; the available money's rate written wrong is found on it
    text = (
        "某县妇幼保健计划生育服务中心2022年度部门整体支出绩效自评报告\n"
        "2022年年初预算1,126.45万元，年中追加预算385.20万元，调整后预算1,511.65万元；加上年结转38.62万元，全年可用资金1,550.27\n"
        "万元。\n全年支出1,498.03万元，预算执行率99.10%（按调整后预算计算）；按全年可用资金计算执行率为96.63%。\n"
    )
    assert [f for f in findings(text, "JX103") if f.severity == "error"] == []
    wrong = [f for f in findings(text.replace("96.63%", "93.63%"), "JX103") if f.severity == "error"]
    assert [(f.line, "96.63" in f.message) for f in wrong] == [(4, True)]
    # a base the text gives no amount of is not guessed: no rate is checked on the budget instead
    unnamed = text.replace("按全年可用资金计算", "按国库支付金额计算").replace("96.63%", "93.63%")
    assert [f for f in findings(unnamed, "JX103") if f.severity == "error"] == []


def test_a_rate_named_on_the_initial_budget_as_its_completion() -> None:
    # hand-written after a probe: "年初预算支出完成率138.61%" is 571.92 / 412.60, right; on the full year's 586.34 it
    # would be 97.54%
    text = (
        "某县应急管理局2025年度部门整体支出绩效自评报告\n2025年年初预算412.60万元。年度执行中追加资金173.74万元，全年预算586.34万元。"
        "全年支出571.92万元，年初预算支出完成率138.61%。\n"
    )
    assert [f for f in findings(text, "JX103") if f.severity == "error"] == []


def test_the_rates_of_places_counted_are_not_checked_against_the_whole() -> None:
    # hand-written after a probe: "郑州、洛阳、许昌等9个省辖市支出率达到100%" are those cities' rates
    text = (
        "某省教育厅2019年度省级学前教育发展专项资金绩效自评报告\n2019年省级学前教育发展专项资金预算45000万元。\n"
        "截至2019年12月31日，各地实际支出42871.5万元，占下达资金的96.12%。其中郑州、洛阳、许昌等9个省辖市支出率达到100%。\n"
    )
    assert [f for f in findings(text, "JX103") if f.severity == "error"] == []


def test_a_budgets_rate_on_the_budget_its_clause_names() -> None:
    # hand-written after a hunt: "按当年预算计算，支出占当年预算的99.78%" is 207.35 / 207.8, not on the available 215.6
    # (96.17%, stated before it on that base)
    text = (
        "某县统计局2018年度部门整体支出绩效自评报告\n2018年年初预算180万元，10月追加27.8万元，当年预算207.8万元；"
        "加上2017年结转7.8万元，2018年全年可用资金215.6万元。\n"
        "2018年全年支出207.35万元，按全年可用资金计算执行率为96.17%；按当年预算计算，支出占当年预算的99.78%。\n"
    )
    assert [f for f in findings(text, "JX103") if f.severity == "error"] == []


def test_the_rates_of_the_levels_listed_with_their_spending() -> None:
    # hand-written after a hunt: "其中：中央资金230.15万元，执行率97.19%" is the central money's (its budget not stated as
    # one figure), not the project's 341.27 / 356.8 = 95.65%
    text = (
        "某区水利局2021年度农村饮水安全工程维修养护项目绩效自评报告\n2021年项目年初预算320万元，追加36.8万元，调整后预算356.8万元。\n"
        "截至2021年12月31日，项目实际支出341.27万元，执行率95.65%，其中：中央资金230.15万元，执行率97.19%；"
        "省级资金40万元，执行率100%；区级配套资金71.12万元，执行率88.9%。\n"
    )
    assert [f for f in findings(text, "JX103") if f.severity == "error"] == []


def test_a_funds_sub_row_run_into_the_one_above_is_no_missing_part() -> None:
    # hand-written after a hunt: "其中：财政拨款 | … | — 其他资金 | …": two sub-rows on one line; 3685.241 + 180 = 3865.241
    # is the total, so no total differs from its parts
    text = (
        "某市疾病预防控制中心2022年度部门整体支出绩效自评表\n单位：元\n"
        "项目资金 | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率 | 得分\n"
        "年度资金总额 | 38,652,410.00 | 41,287,563.25 | 40,916,208.64 | 10 | 99.10% | 9.91\n"
        "其中：财政拨款 | 36,852,410.00 | 39,187,563.25 | 38,862,208.64 | — | 99.17% | — 其他资金 | 1,800,000.00 | "
        "2,100,000.00 | 2,054,000.00 | — | 97.81% | —\n"
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
        "产出指标 | 数量指标 | 监测报告份数 | ≥30份 | 32份 | 50 | 50\n效益指标 | 社会效益指标 | 报告及时率 | ≥90% | 96% | 30 | 30\n"
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10\n总分 | 100 | 99.91 | 优\n"
    )
    assert findings(text, "JX111") == []


def test_standards_and_unit_costs_in_yuan_are_no_unit_slips() -> None:
    # hand-written after a hunt and a probe: "按小学650元、初中850元/生·年标准" (the last sibling's "/生·年") and a cost
    # indicator's row "每立方米疏浚成本 | ≤16.5元 | 16.3元" are per pupil and per cubic metre, rightly in 元
    standards = (
        "某县教育科技局2021年度部门整体支出绩效自评报告\n2021年全年预算12,386.40万元，全年支出12,102.55万元。\n"
        "保障全县义务教育阶段学生公用经费按小学650元、初中850元/生·年标准足额拨付。\n"
    )
    assert findings(standards, "JX202") == []
    costs = (
        "某区水务局2023年度河道清淤疏浚项目绩效自评报告\n项目全年预算486.00万元，实际支出472.30万元。\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| | 成本指标 | 每立方米疏浚成本（区级资金） | ≤16.5元 | 16.3元 | 10 | 10 |\n"
    )
    assert findings(costs, "JX202") == []
    # a total written in 元 by a slip is still found
    slip = standards.replace("全年支出12,102.55万元", "全年支出1210.55元")
    assert [f.line for f in findings(slip, "JX202")] == [2]


def test_a_batchs_rate_is_not_checked_against_the_whole() -> None:
    # hand-written after a hunt: "第一批资金支出2860万元，执行率100%" is the batch's (2860 / 2860), not the fund's
    # (4036.15 / 4100 = 98.44%, stated right before it)
    text = (
        "某县农业农村局2023年度中央财政衔接推进乡村振兴补助资金绩效自评报告\n2023年我县共收到衔接资金4100万元，分两批下达："
        "第一批2860万元；第二批1240万元。\n截至2023年12月31日，衔接资金累计支出4036.15万元，执行率98.44%。分批次看，"
        "第一批资金支出2860万元，执行率100%；第二批资金支出1176.15万元，执行率94.85%。\n"
        "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
        "年度资金总额 | 2860.00 | 4100.00 | 4036.15 | 10 | 98.44% | 9.84\n"
    )
    assert findings(text, "JX103") == []
    # the whole's own rate, mistyped, is still found
    assert [f.line for f in findings(text.replace("执行率98.44%", "执行率99.44%"), "JX103")] == [3]


def test_a_rows_rate_on_its_adjusted_column_not_its_planned_one() -> None:
    # hand-written after a hunt: "年初计划整合 | 调整后整合 | 已支出 | 支出率": each row's rate is of its adjusted money
    # (41723.58 / 42303.35 = 98.63%), not of the plan at the year's start
    text = (
        "某县2021年度统筹整合财政涉农资金绩效自评报告\n分级次整合及支出情况如下（单位：万元）：\n"
        "资金来源 | 年初计划整合 | 调整后整合 | 已支出 | 支出率\n中央资金 | 42450.00 | 42303.35 | 41723.58 | 98.63%\n"
        "省级资金 | 15120.00 | 15764.50 | 15540.02 | 98.58%\n合计 | 57570.00 | 58067.85 | 57263.60 | 98.61%\n"
    )
    assert findings(text, "JX103") == []
    slipped = text.replace("| 98.63%", "| 99.63%")
    assert [f.line for f in findings(slipped, "JX103")] == [4]


def test_a_points_cell_before_a_unit_cell_is_no_rate() -> None:
    # hand-written after a hunt: a tab-separated indicator row "预算执行率	10	%	=	100	96.99	9.70" gives the points
    # (10), then the target's unit (%): no execution rate of 10% to check against the report's 96.99%
    text = (
        "某局2022年度部门整体支出绩效自评报告\n2022年度总预算27,405.92万元，执行26,581.37万元，执行率96.99%。\n"
        "一级指标\t二级指标\t三级指标\t分值\t单位\t符号\t指标值\t实际值\t得分\n"
        "产出指标\t成本指标\t预算执行率\t10\t%\t=\t100\t96.99\t9.70\n"
    )
    assert findings(text, "JX103") == []
    assert [f.line for f in findings(text.replace("执行率96.99%", "执行率97.99%"), "JX103")] == [2]


def test_a_change_rate_column_under_a_header_cut_in_two_is_not_summed() -> None:
    # hand-written after a probe: "经济分类	2022年	2021年	增减额	增减" over "	决算数	决算数		率（%）": the last column
    # is each row's rate of change, which no total adds up; the amounts' columns add up and are checked
    text = (
        "某镇人民政府2022年度部门整体支出绩效自评报告\n单位：万元\n经济分类\t2022年\t2021年\t增减额\t增减\n"
        "\t决算数\t决算数\t\t率（%）\n工资福利支出\t1,826.40\t1,788.15\t38.25\t2.14\n"
        "商品和服务支出\t486.27\t512.90\t-26.63\t-5.19\n对个人和家庭的补助\t612.34\t598.20\t14.14\t2.36\n"
        "资本性支出\t1,062.20\t642.57\t419.63\t65.30\n支出合计\t3,987.21\t3,541.82\t445.39\t12.58\n"
    )
    assert findings(text, "JX101") == []
    slipped = text.replace("支出合计\t3,987.21", "支出合计\t3,997.21")
    assert [f.line for f in findings(slipped, "JX101")] == [9]


def test_a_figure_cut_with_the_page_is_no_unit_slip() -> None:
    # hand-written after a probe: "单位：元" over a table, then "2017年度全年实际支出1" where the store cut the page:
    # the figure's digits were cut, it is no 1元 written for 1万元
    text = (
        "某县统计局2017年度部门整体支出绩效自评报告\n2017年全年预算88.60万元。\n项目支出情况：\n单位：元\n"
        "2017年度全年实际支出1\n"
    )
    assert findings(text, "JX202") == []
    # written out with its unit, the same slip is found
    assert [f.line for f in findings(text.replace("实际支出1\n", "实际支出86.5元。\n"), "JX202")] == [5]


def test_a_change_before_the_spending_is_no_base_of_its_rate() -> None:
    # hand-written after a hunt: "经结算审计审减7.18万元，实际支出161.32万元，执行率95.74%": the reduction is no budget
    text = (
        "某县农业农村局2023年度衔接推进乡村振兴补助资金项目绩效自评报告\n全年预算数486.05万元。\n"
        "截至2023年12月31日，全年执行数478.87万元，执行率98.52%。村组道路硬化项目经结算审计审减7.18万元，实际支出161.32万元，"
        "执行率95.74%；其余3个项目均全额支出。\n"
    )
    assert findings(text, "JX103") == []


def test_a_budgets_and_its_spendings_bracketed_parts_are_each_their_own() -> None:
    # hand-written after a hunt: "全年预算数…项目支出100.36万元（A60.00万元、B40.36万元）" and "全年执行数…项目支出95.14
    # 万元（A58.62万元、C36.52万元）": each bracket is its own statement's listing, no list of all projects to add up
    text = (
        "某区审计局2017年度部门整体支出绩效自评报告\n二、部门预算及执行情况\n"
        "1.年初预算数：486.72万元，其中基本支出412.36万元，项目支出74.36万元。\n"
        "2.全年预算数：531.40万元，其中基本支出431.04万元，项目支出100.36万元（审计业务经费60.00万元、政府投资审计委托中介服务费"
        "40.36万元）。\n3.全年执行数：526.18万元，其中基本支出431.04万元，项目支出95.14万元（审计业务经费58.62万元、委托中介服务费"
        "36.52万元）。\n"
    )
    assert findings(text, "JX101") == []


def test_a_sub_projects_form_is_not_the_reports_budget_said_again() -> None:
    # hand-written after a hunt: the report's form, then "附表2：X子项目绩效自评表" / "子项目名称：X" with its own figures
    text = (
        "汉中市文化和旅游局2019年度非物质文化遗产保护专项资金绩效自评报告\n三、项目支出绩效自评表（附表1）\n"
        "项目名称：非物质文化遗产保护专项资金\n"
        "年初预算数：179.60万元　全年预算数：215.00万元　全年执行数：209.64万元　分值：10　执行率：97.51%　得分：9.75\n"
        "附表2：非遗数字化记录工程子项目绩效自评表\n子项目名称：非遗数字化记录工程　　实施单位：汉中市非物质文化遗产保护中心\n"
        "年初预算数：30.00万元　全年预算数：30.00万元　全年执行数：24.64万元　分值：10　执行率：82.13%　得分：8.21\n"
    )
    assert findings(text, "JX201") == []


def test_a_groups_rate_in_the_clause_after_its_count_is_no_rate_of_the_whole() -> None:
    # hand-written after a twin probe: "桥梁维修等4个项目,按工程进度支付执行进度45%": the group named in the clause before,
    # its rate in the clause that says how it was paid; the whole's rate (2104.35 / 3120.80 = 67.43%) stands
    text = (
        "某县交通运输局2020年绩效自评工作报告\n项目绩效自评共计15项。年初预算3120.8万元,其中专项资金520.3万元,"
        "财政拨款资金2600.5万元。总支出2104.35万元,执行率67.43%。农村客运补贴等8个项目预算执行进度100%,"
        "桥梁维修等4个项目,按工程进度支付执行进度45%。\n"
    )
    assert findings(text, "JX103") == []


def test_the_sources_are_checked_against_the_budget_the_reader_chose() -> None:
    # hand-written after a twin probe: one source's money told first ("中央下达财政资金1200万元"), then the 年度资金总额
    # with its sources (1200 + 1436.25 + 800 = 3436.25): the sources add up to the total the reader chose
    text = (
        "某县应急管理局2022年度转移支付绩效自评报告\n某园区安全风险防控项目中央下达财政资金1200万元,已全额拨付至县财政局。\n"
        "年度资金总额全年预算数3436.25万元,全年执行数3036.25万元,预算执行率88.36%。其中中央财政资金全年预算数1200万元,"
        "全年执行数800万元;地方财政资金全年预算数1436.25万元,全年执行数1436.25万元;其他资金全年预算数800万元,"
        "全年执行数800万元。\n"
    )
    assert findings(text, "JX101") == []


def test_sources_listed_after_from_the_sources_point_of_view_are_added_up() -> None:
    # hand-written after a twin probe: "总规模1512万元,从来源看:" four sources adding to 1502 (820 + 376 + 106 + 200)
    text = (
        "某区2019年度财政专项扶贫资金绩效自评报告\n2019年全区财政专项扶贫资金总规模1512万元,从来源看:中央资金820万元,"
        "省级资金376万元,市级资金106万元,区级配套资金200万元。\n"
    )
    assert [f.line for f in findings(text, "JX101")] == [2]


def test_two_funds_blocks_of_one_form_each_state_their_own_total() -> None:
    # hand-written after a twin probe: a transfer's form with the whole (518.60 = 330.40 + 188.20) and a block per
    # fund, each "年度预算资金总额" under the fund's own name: no one figure stated twice
    text = (
        "某县2022年度计划生育转移支付资金绩效自评表\n计划生育转移支付资金合计(万元) 年度预算资金总额): 518.60\n"
        "其中:中央补助 322.00\n省级资金 150.00\n本级资金(包括结转结余) 46.60\n"
        "农村部分计划生育家庭奖励扶助制度补助资金(万元)\n年度预算资金总额: 330.40\n其中:中央补助 214.00\n省级资金 86.00\n"
        "本级资金(包括结转结余) 30.40\n计划生育家庭特别扶助制度补助资金(万元)\n年度预算资金总额: 188.20\n其中:中央补助 108.00\n"
        "省级资金 64.00\n本级资金(包括结转结余) 16.20\n"
    )
    assert findings(text, "JX201") == []


def test_a_named_group_of_special_fund_projects_has_its_own_rate() -> None:
    # hand-written after a twin probe: "等9个专项资金项目…100%", "…等6个项目按工程进度支付,执行进度35%": groups' rates
    # beside the whole's (2286.64 / 3561.2 = 64.21%, stated as 64%)
    text = (
        "某县交通运输局2021年绩效自评工作报告\n本年度纳入自评的项目共计17项。年初预算3561.2万元,总支出2286.64万元,执行率64%。"
        "分项目看,农村客运补贴等9个专项资金项目预算执行进度100%;道路改造等6个项目按工程进度支付,执行进度35%。\n"
    )
    assert findings(text, "JX103") == []


def test_sources_allotted_in_items_in_the_sentence_after_their_total_are_added_up() -> None:
    # hand-written after a twin probe: "…合计9846万元,…。我省分三项下达:A…、B…、C…" (7120 + 1836 + 790 = 9746)
    text = (
        "某省2018年度财政专项扶贫资金绩效自评报告\n中央提前下达我省2018年资金合计9846万元,收文时间为2017年11月2日。"
        "我省分三项下达:发展资金7120万元、少数民族发展资金1836万元、国有贫困林场资金790万元,均于2017年12月1日下达。\n"
    )
    assert [f.line for f in findings(text, "JX101")] == [2]


def test_a_planned_total_input_below_the_years_spending_is_spending_above_budget() -> None:
    # hand-written after a twin probe: "计划总投入12,300万元" (all sources), "全年累计完成支出12,486.20万元"
    text = (
        "人力资源市场建设示范项目绩效自评报告\n一、项目概况\n示范项目计划总投入12,300万元,按资金来源划分:中央财政补助4,000万元,"
        "省级财政补助2,000万元,市县财政配套5,000万元,社会及其他资金1,300万元。\n二、项目执行情况\n"
        "全年示范项目累计完成支出12,486.20万元。\n"
    )
    assert [f.line for f in findings(text, "JX108")] == [5]


def test_staff_in_names_and_people_with_a_count_of_offices_after_them_are_added_up() -> None:
    # hand-written after a twin probe: "核定编制42名,其中:公务员38人,工勤人员6人,内设5个职能部门": 44 listed against 42
    text = "某县人民法院2021年度部门整体支出绩效自评报告\n某县人民法院核定编制42名,其中:公务员38人,工勤人员6人,内设5个职能部门。\n"
    assert [f.line for f in findings(text, "JX114")] == [2]


def test_an_incomes_items_are_no_parts_of_the_project_spending() -> None:
    # hand-written after a twin probe: "事业收入36万元,其中来自市林业局:A经费20万元、B经费6万元…" lists money received, not
    # the parts of the 项目支出 stated before it
    text = (
        "某市林业科学研究所2022年度部门整体支出绩效评价报告\n1、收入情况\n"
        "(1)一般公共预算财政拨款收入612.40万元。年初批复预算520.30万元,含基本支出498.15万元、项目支出22.15万元。\n"
        "(2)事业收入36万元,其中来自市林业局:林区防火蓄水池建设经费20万元、松材线虫病监测经费6万元、储备林基地奖补10万元。\n"
    )
    assert findings(text, "JX101") == []


# a project form printed one cell per line, each cell with its bar, the rows' "|||||||" between them and the amounts
# with their 万 (hand-written in the layout of a probe)
FORM_CELLS_WITH_UNITS = """项目支出绩效自评表 |
|||||||||||||
( 2023 年度) |
|||||||||||||
项目名称 |
城区公厕运行管护经费 |
||||||||||||
主管部门 |
|
实施单位 |
|
||||||||||
项目资金 (万元) |
|
年初批复数 |
调整后预算数 |
实际支出数 |
分值 |
预算执行率 |
得分 |
||||||
年度资金总额 |
180万 |
206.4万 |
196.08万 |
10 |
95% |
9.5 |
|||||||
其中:当年财政拨款 |
180万 |
198.4万 |
189.58万 |
— |
|
— |
|||||||
上年结转资金 |
0 |
8万 |
6.5万 |
— |
|
— |
|||||||
其他资金 |
0 |
0 |
0 |
— |
|
— |
|||||||
年度总体目标 |
预期目标 |
实际完成情况 |
|||||||||||
保障中心城区126座公厕日常保洁、设施设备维修和运行管护,实现公厕免费开放、干净整洁、设施完好,提升城市公共服务水平。 |
全年调整后预算206.4万元(年初批复180万元,年中追加公厕提质改造管护费18.4万元,上年结转8万元),截至12月底实际支付196.08万元,资金支付率95%;完成126座城区公厕日常保洁、设施维修和运行管护。 |
||||||||||||
绩 效 指 标 |
一级指标 |
二级指标 |
三级指标 |
年度 指标值 |
实际 完成值 |
分值 |
得分 |
偏差原因分析及改进措施 |
|||||
产出指标 |
数量指标 |
管护城区公厕数量 |
≥120座 |
126座 |
10 |
10 |
"""


def test_a_funds_block_printed_one_cell_per_line_with_its_units_is_checked_against_all_its_rows() -> None:
    """ "年度资金总额 | 180万 | 206.4万 | 196.08万 | …" over "其中:当年财政拨款 | … | 198.4万 | …" and "上年结转资金 | 0 | 8万 | …":
    the carry-over row the form reader does not place is still one of the source rows, so the total is not checked
    against the one row it read (JX111)."""
    assert findings(FORM_CELLS_WITH_UNITS, "JX111") == []
