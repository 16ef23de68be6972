"""Every audit rule through the real reader and auditor: the documented examples, and hand-checked
cases per rule (code, line, message), boundaries and texts that must not fire, under each scheme."""

from __future__ import annotations

import pytest

from jixiao.audit.registry import RULES
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document

CODES = {
    "JX101", "JX102", "JX103", "JX104", "JX105", "JX106", "JX107", "JX108", "JX109", "JX110", "JX111", "JX112", "JX113", "JX114", "JX115", "JX116", "JX117", "JX118", "JX119", "JX120", "JX121", "JX122", "JX123", "JX124", "JX125", "JX126", "JX127",
    "JX201", "JX202", "JX203", "JX204", "JX205", "JX206", "JX207", "JX208", "JX209", "JX210",
    "JX301", "JX302", "JX303", "JX304", "JX305",
    "JX401", "JX402", "JX403", "JX404", "JX405",
}  # fmt: skip


SOURCE_RATES = (
    "某某局2020年度项目支出绩效自评报告\n年初预算100万元,其中专项资金30万元,财政拨款资金70万元。"
    "专项资金支出20万元,预算执行率67%,财政资金支出50万元,预算执行率71%,总支出70万元,执行率70%。\n"
)


SUBTOTALLED_FORM = (
    "某县农业农村局2023年度耕地保护项目绩效自评表\n项目名称\t耕地保护\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t200.00\t200.00\t194.60\t10\t97.30%\t9.73\n一级指标\t二级指标\t三级指标\t分值\t得分\n"
    "产出指标\t数量指标\t耕地保护面积\t20\t19\n\t质量指标\t耕地质量达标率\t15\t14\n\t时效指标\t资金拨付及时率\t15\t14\n"
    "\t小计\t\t50\t47\n效益指标\t经济效益指标\t农户增收\t15\t13\n\t社会效益指标\t耕地保护意识\t15\t14\n\t小计\t\t30\t27\n"
    "满意度指标\t服务对象满意度\t农户满意度\t10\t9\n总分\t\t\t100\tTOTAL\n"
)


OWN_WEIGHTS_FORM = (
    "某县卫生健康局2022年度乡镇卫生院建设项目绩效自评表\n项目名称\t乡镇卫生院建设\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t1,850.00\t1,850.00\t1,779.70\t{weight}\t96.2%\t{execution}\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t改扩建面积\t1.2万平方米\t1.18万平方米\t{output}\t19\n"
    "\t质量指标\t工程验收合格率\t100%\t100%\t10\t10\n\t时效指标\t按期完成率\t100%\t85%\t10\t7\n"
    "效益指标\t社会效益指标\t服务能力达标率\t≥95%\t93%\t30\t27\n"
    "满意度指标\t服务对象满意度指标\t就诊群众满意度\t≥90%\t91%\t10\t9\n总分\t\t\t\t\t100\t{total}\n"
)


def findings_for(text: str, code: str, scheme: str = "national-2020") -> list[tuple[int | None, str, str]]:
    """(line, severity, message) of each finding of ``code`` on ``text``."""
    document = Document.from_text("snippet.txt", "txt", text)
    findings = review_document(document, load_scheme(scheme)).findings
    return [(f.line, f.severity, f.message) for f in findings if f.code == code]


def test_registry_holds_exactly_the_documented_rules() -> None:
    assert set(RULES) == CODES
    for code, rule in RULES.items():
        assert rule.code == code
        assert rule.severity in ("error", "warning", "info")
        assert rule.summary and rule.why and rule.fires and rule.passes
        assert "{" not in rule.documentation()


# The documented example of each rule, with the finding it must give (line, severity, message).
DOCUMENTED = {
    "JX101": (1, "error", "2023年度共发生支出239.67万元与所列各项合计249.67万元不符"),
    "JX102": (1, "info", "本年支出87.77万元与各项合计87.76万元相差0.01万元，属尾差"),
    "JX103": (1, "error", "执行率写作92.72%，按所列数字计算应为89.72%"),
    "JX104": (1, "error", "各部分得分合计89分，与自评总分99分不符"),
    "JX105": (1, "error", "一级指标分值合计90分，应为100分"),
    "JX106": (1, "error", "产出指标得分35分，超过其分值30分"),
    "JX107": (2, "warning", "预算执行率得10分，按执行率89.72%应得8.97分"),
    "JX108": (1, "warning", "支出超过预算：实际支出105.00万元，全年预算100.00万元，执行率105.00%"),
    "JX109": (
        2,
        "error",
        "指标得分与计分规则不符：培训人次：实际 770 人次 未达指标 1228 人次，按完成比例 770/1228 × 2 = 1.25 分，表中填 1.8 分",
    ),
    "JX110": (
        2,
        "error",
        "未完成指标却给满分：培训次数：实际 12 次 未达指标 26 次，按完成比例 12/26 × 10 = 4.62 分，表中却填满分 10 分",
    ),
    "JX111": (6, "error", "总分：表中各行得分合计 100 分，表中总分填 98 分"),
    "JX112": (6, "warning", "等级：按重算总分 75 分应为“中”，表中填“优”"),
    "JX113": (
        2,
        "warning",
        "一级指标分值与评分方案不符：产出指标 40 分（应为 50 分）、效益指标 40 分（应为 30 分）",
    ),
    "JX114": (1, "warning", "52个少于所列各项合计53个"),
    "JX115": (1, "warning", "写作6个，其后“分别为”列出的却是5个"),
    "JX116": (1, "warning", "完成率写作134%，按目标28次、实际完成40次计算应为143%"),
    "JX117": (1, "warning", "年初预算642.35万元经所列追加、调减应为785.55万元，报告写调整后预算795.55万元"),
    "JX118": (
        1,
        "warning",
        "年初结转结余38.62加本年收入412.75、减本年支出405.18应为46.19，报告写年末结转结余56.19",
    ),
    "JX119": (1, "error", "投入分值20分，其下各项分值合计18分"),
    "JX120": (1, "warning", "少数民族人口42.3万人的占比写作84.5%，按总数56.8万人计算应为74.5%"),
    "JX121": (1, "warning", "312人次多于所列各类合计303人次"),
    "JX122": (1, "warning", "增长率写作41.56%，按本年318.67万元、增加额40.51万元计算应为14.56%"),
    "JX123": (1, "warning", "增加额写作146件，按本年1286件、上年1122件计算应为164件"),
    "JX124": (1, "warning", "资金到位率写作100%，而计划的54万元只到位49.5万元，按此计算为91.67%"),
    "JX125": (1, "warning", "结余写作46.44万元，按预算1562.80万元、支出1498.36万元计算应为64.44万元"),
    "JX126": (2, "warning", "执行率写作95.28%，按报告的全年预算2356.82万元、实际支出2198.37万元计算为93.28%"),
    "JX127": (1, "error", "满分100分扣除3.5分应得96.5分，自评得分写作97分"),
    "JX201": (1, "error", "年初预算收入前后不一致：第1行写158.5万元，第1行写154.74万元"),
    "JX202": (1, "error", "“158.5元”以元为单位，在以万元计的报告中只有作158.5万元才讲得通"),
    "JX203": (1, "error", "自评得分86分应评为“良”，报告写“优”"),
    "JX204": (3, "warning", "第3行的预算数据写的是2022年，与评价年度2023年不符"),
    "JX205": (2, "warning", "报告落款日期2023-03-14早于评价年度2023年结束"),
    "JX206": (1, "warning", "第1行的年份区间“2011—2010年”终止年早于起始年"),
    "JX207": (2, "warning", "第2行称绩效目标全部完成，但“家长满意度”实际94.6%，未达到目标≥95%"),
    "JX208": (1, "warning", "第1行的日期2012年6月14日早于它所收到或依据的文件财建〔2022〕153号的年份"),
    "JX209": (4, "warning", "会计凭证2018年11月001号晚于报告日期2018-08-04"),
    "JX210": (2, "error", "“14400万元”以万元为单位，而同一笔州级配套资金在第2行写作14400元，应为14400元"),
    "JX301": (None, "warning", "报告缺少以下部分：自评工作开展情况、评价结论、改进措施、评价工作组"),
    "JX302": (None, "warning", "报告没有写明自评总分"),
    "JX303": (None, "warning", "报告没有写明评价等级"),
    "JX304": (None, "warning", "报告没有写明预算执行率"),
    "JX305": (1, "warning", "“监测舆情”实际完成2500条，未达到目标≥3000条，报告未分析原因"),
    "JX401": (2, "warning", "绩效目标没有可衡量的数值或单位：“提高精准度”"),
    "JX402": (2, "warning", "2个项目的自评得分全部为满分"),
    "JX403": (1, "warning", "“网络系统设备”实际完成5套，达到目标3套的166.67%，目标值可能设定偏低"),
    "JX404": (1, "warning", "满意度只有80%，满意度指标却得了满分10分"),
    "JX405": (1, "warning", "预算执行率82%低于90%，报告未说明原因"),
}


def test_every_rule_has_a_documented_finding() -> None:
    assert set(DOCUMENTED) == CODES


def test_every_rule_has_cases_beyond_its_documented_ones() -> None:
    assert {code for code, *_ in CASES} == CODES


@pytest.mark.parametrize("code", sorted(DOCUMENTED))
def test_documented_example_gives_its_finding(code: str) -> None:
    assert findings_for(RULES[code].fires, code) == [DOCUMENTED[code]]


@pytest.mark.parametrize("code", sorted(RULES))
def test_documented_counter_example_passes(code: str) -> None:
    assert findings_for(RULES[code].passes, code) == []


# Further cases, each checked by hand: (code, scheme, text, expected findings of that code).
RATE_AFTER_PARTS = (
    "某镇2021年度部门整体支出绩效自评报告\n2021年度全年预算数1268.45万元。\n"
    "2021年实际支出1203.17万元，其中基本支出712.58万元，项目支出490.59万元，预算执行率为RATE%。\n"
)
CEILING_FORM = (
    "某市体育局2017年度全民健身工程项目绩效自评表\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t250\t250\t249\t10\t99.6%\t10\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t新建全民健身路径\t≥40处\t42处\t20\t20\t\n产出指标\t质量指标\t验收合格率\t100%\t100%\t10\t10\t\n"
    "产出指标\t时效指标\t年底前安装完成率\t100%\t100%\t10\t10\t\n产出指标\t成本指标\t每处建设成本\t≤5万元\tCOST万元\t10\tPTS\t\n"
    "效益指标\t社会效益指标\t锻炼人数比例\t≥38%\t39.2%\t30\t30\t\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t\n总分\t100\tTOTAL\t优\n"
)


# two project forms on one page, each under its own title (hand-written)
_TWO_PROJECT_FORMS = (
    "某局2023年度项目支出绩效自评表\n项目支出绩效自评表\n项目名称：执法装备购置\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t120.00\t120.00\t120.00\t10\t100%\t10\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t购置执法记录仪\t≥40台\t40台\t50\t50\n效益指标\t执法规范率\t≥95%\t96%\t30\t30\n满意度指标\t群众满意度\t≥90%\t92%\t10\t10\n"
    "总分\t\t\t\t100\t100\n项目支出绩效自评表\n项目名称：食品安全监督抽检\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t260.00\t260.00\t254.60\t10\t97.92%\t9.79\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t抽检批次\t≥2,600批次\t2,340批次\t50\t50\n效益指标\t抽检合格率\t≥97%\t98.1%\t30\t30\n"
    "满意度指标\t群众满意度\t≥90%\t93%\t10\t10\n总分\t\t\t\t100\t99.79\n"
)


CASES = [
    # sums: more than a cent per part is a mismatch (a small one only warns); up to a cent per part is 尾差
    ("JX101", "national-2020", "本年支出100.03万元，其中：基本支出50万元，项目支出50万元。",
     [(1, "warning", "本年支出100.03万元与所列各项合计100.00万元不符")]),
    ("JX101", "national-2020", "本年支出100万元，其中：基本支出50万元，项目支出50万元。", []),
    # a part written to fewer places than its total, but some, was rounded to them; a whole number may be exact
    ("JX101", "national-2020", "我单位2019年总支出7908.83万元,其中基本支出4204.8万元,项目支出3704万元。", []),
    ("JX101", "national-2020", "我单位2019年总支出7908.93万元,其中基本支出4204.8万元,项目支出3704万元。",
     [(1, "warning", "我单位2019年总支出7908.93万元与所列各项合计7908.80万元不符")]),
    # a 三公 item ("出国出境费0万元") is no project, whose budget would be summed against the 项目支出
    ("JX101", "national-2020", "(1)一般公共预算财政拨款收入799.80万元。年中预算调增163.81万元,其中项目支出预算调增133.71万元"
     "(其中:中央、省级转移支付项目资金92.61万元,市级项目资金41.10万元)。\n(1)一般公共预算财政拨款支出799.80万元。其中基本"
     "支出649.77万元;项目支出150.03万元,包括中央、省级转移支付项目支出92.61万元,市级项目支出57.42万元。\n3、“三公经费”预算"
     "执行情况:控制数为3.5万元,其中公务接待费0.3万元,公务用车运行费3.2万元,出国出境费0万元。", []),
    # a total said to be that of the items numbered above it: each item's amount of the total's measure
    ("JX101", "national-2020", "(1)耕地地力保护补贴:已发放到户,支出1528.6万元。\n(2)农机购置补贴:兑付机具2317台(套),"
     "预算400万元,支出376.85万元。\n(3)绿色高质高效行动:已完成,支出198.2万元。以上三个项目合计支出2093.65万元。",
     [(3, "error", "以上三个项目合计支出2093.65万元与所列各项合计2103.65万元不符")]),
    ("JX101", "national-2020", "(1)耕地地力保护补贴:已发放到户,支出1528.6万元。\n(2)农机购置补贴:兑付机具2317台(套),"
     "预算400万元,支出376.85万元。\n(3)绿色高质高效行动:已完成,支出198.2万元。以上三个项目合计支出2103.65万元。", []),
    # ... and only when the items reach back to the first and are as many as it says
    ("JX101", "national-2020", "(2)农机购置补贴:支出376.85万元。\n(3)绿色高质高效行动:支出198.2万元。以上两个项目合计支出600万元。",
     []),
    # an amount each of several names stands for them all; parts that make the difference the sentence states before
    # them explain that difference, not the total
    ("JX101", "national-2020", "中央资金4.2亿元分解下达,其中衢州市、丽水市各1.5亿元,温州市1.2亿元。", []),
    # a use listed after the second of two batches is that of both ("…批复我市资金401万元,…(第二批)…批复我市资金153.2万元,主要用于…")
    ("JX101", "national-2020", "根据第一批通知批复我市资金401万元,根据第二批通知批复我市资金153.2万元,主要用于三个方面:群众体育类386.5万元,"
     "青少年体育类98.6万元,竞技体育类69.1万元。", []),
    ("JX101", "national-2020", "年初预算数3260000.00元,年末支出合计4126537.48元。支出合计比年初预算数多866537.48元,主要原因是"
     "增加基本支出312845.16元,增加项目支出553692.32元。", []),
    ("JX101", "national-2020", "本年支出100.02万元，其中：基本支出50万元，项目支出50万元。", []),
    # a form's row of columns run together (年初, 全年预算, 全年执行 in 万元), its sub-row under 其中 the same
    # columns: no total and its parts
    ("JX101", "national-2020",
     "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额120万元120万元118万元1098.33%9.83"
     "其中:当年财政拨款120万元120万元118万元——上年结转资金0万元0万元0万元——", []),
    # "…。其中：" after a sentence of several amounts breaks down the one its parts add up to (the adjusted
    # budget after the initial one and its changes), or none adding up, the one nearest their sum
    ("JX101", "national-2020",
     "年初预算数为1,256.38万元，年中追加预算312.40万元，调整后全年预算数为1,568.78万元。其中：基本支出786.52万元，项目支出782.26万元。",
     []),
    ("JX101", "national-2020",
     "年初预算数为1,256.38万元，年中追加预算312.40万元，调整后全年预算数为1,568.78万元。其中：基本支出786.52万元，项目支出792.26万元。",
     [(1, "error", "调整后全年预算数为1568.78万元与所列各项合计1578.78万元不符")]),
    # the parts close with the "；" and add up; the clause it opens says what was added, whatever its items' names
    ("JX101", "national-2020",
     "年初预算326.48万元，其中基本支出238.48万元，项目支出88.00万元；年中追加培训经费、基地建设经费等43.20万元，全年预算数369.68万元。",
     []),
    ("JX102", "national-2020", "本年支出100.02万元，其中：基本支出50万元，项目支出50万元。",
     [(1, "info", "本年支出100.02万元与各项合计100.00万元相差0.02万元，属尾差")]),
    ("JX102", "national-2020", "本年支出100万元，其中：基本支出50万元，项目支出50万元。", []),
    # a total written in another unit than its parts is rounded in converting: half its last place is a tail
    ("JX101", "national-2020", "项目总投资2.35亿元，其中：中央资金15321.4万元，省级资金8179.3万元。", []),
    ("JX101", "national-2020", "支出合计320.12万元，其中：基本支出2801234.56元，项目支出400000元。", []),
    ("JX101", "national-2020", "项目总投资2.36亿元，其中：中央资金15321.4万元，省级资金8179.3万元。",
     [(1, "warning", "项目总投资23600.00万元与所列各项合计23500.70万元不符")]),
    # a part of the category scored right before it ("效益得17.5分，其中满意度指标得分9.5分") is inside it, not beside it
    ("JX104", "national-2020",
     "某县2023年度项目支出绩效自评报告\n决策得18.5分、过程得18分、产出得37.5分、效益得17.5分，其中满意度指标得分9.5分。"
     "本项目自评得分91.5分。\n", []),
    # a summary table scoring parts the reader takes for no first-level indicator beside 产出 and 效益: no partial sum
    ("JX104", "national-2020",
     "某局2022年度部门整体支出绩效自评报告\n|一级指标|分值|得分|\n|预算编制|20|18.5|\n|预算执行|30|28.25|\n"
     "|产出|30|28.5|\n|效益|20|18|\n|合计|100|93.25|\n", []),
    # a department's report: a project's section scores and points are the project's, not the department's
    ("JX104", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n部门整体自评得分93分。农村公路养护项目产出指标得分48分，效益指标得分29分，"
     "满意度指标得分9分，预算执行率得分10分。", []),
    ("JX106", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n部门整体评价指标体系包括决策（20分）、过程（20分）、产出（40分）、效益（20分）。\n"
     "农村公路养护项目产出指标得分48分。", []),
    ("JX203", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n部门整体自评得分93分。\n农村公路养护项目得分85分。\n部门整体评价等级为优。", []),
    ("JX203", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n部门整体评价等级为优，得分93分；农村公路养护项目评价等级为良，得分85分。", []),
    # the parts of a score listed after its words, without 得 before each (hunt, hand-written): scores, no weights
    ("JX105", "national-2020",
     "某县科技局2023年度科技创新专项资金项目绩效自评报告\n自评得分：产出指标45分＋效益指标27分＋满意度指标9分＋预算执行率9.6分＝90.6分。", []),
    ("JX105", "national-2020",
     "某县教育局2021年度学生资助资金项目绩效自评报告\n自评总分97分（预算执行率10分＋产出指标49分＋效益指标29分＋满意度指标9分），评价等级为优。", []),
    ("JX105", "national-2020",
     "某县文化馆2022年度公共文化服务项目绩效自评报告\n本项目得分构成为：预算执行率9.7分、产出指标48分、效益指标29分、满意度指标9分，合计95.7分。", []),
    # points in brackets or before their score after 得分情况 are weights (second review)
    ("JX105", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n各项指标得分情况：决策指标（20分）得18分，过程指标（20分）得19分，"
     "产出指标（40分）得38分，效益指标（30分）得20分。\n自评得分95分。", [(2, "error", "一级指标分值合计110分，应为100分")]),
    # the department's own result as cells after its projects' cells is the department's (second review)
    ("JX203", "national-2020",
     "某县教育局2023年度部门整体支出绩效自评报告\n各项目自评结果如下：\n学生资助项目\n得分97分\n等级:优\n"
     "部门整体支出绩效自评得分75分\n评价等级为优\n三、存在的问题\n",
     [(6, "error", "自评得分75分应评为“中”，报告写“优”")]),
    # a second-level indicator named after a first-level one (决策过程, 产出效果, 履职效果) is no first-level part
    ("JX106", "national-2020",
     "某县统计局2023年度部门整体支出绩效自评报告\n评价指标体系设一级指标4个：决策、过程、产出、效益；其中决策下设绩效目标（5分）、"
     "决策过程（5分）、资金分配（5分）。\n决策得分14分，过程得分24分，产出得分33分，效益得分24分，自评总分95分。", []),
    ("JX104", "national-2020",
     "某区水务局2022年度防汛抗旱项目绩效自评报告\n项目自评得分93分，评价等级为优。分项得分：决策（15分）得14分，其中决策过程（5分）"
     "得5分；过程（25分）得23分；产出（40分）得37分；效益（20分）得19分。", []),
    ("JX106", "national-2020",
     "某县教育局2023年度部门整体支出绩效自评报告\n自评得分95分。其中投入指标得分19分，过程指标得分19分，产出指标得分38分，"
     "效果指标得分19分。在二级指标中，产出效果（10分）得9分，履职效果（10分）得10分。", []),
    # a local form's columns in their own order (no 分值, or 分值 after the rate), cells set apart by single spaces
    # a section's points and score against its sub-sections': each measure checked; a sub-section without its
    # points, or a single one, stops the check; rounding of a cent a part is no slip
    ("JX119", "national-2020",
     "一、投入(分值18分,自评得18分)\n(一)项目立项(分值10分,自评得10分)\n(二)资金落实(分值10分,自评得8分)\n"
     "二、过程(满分32分,得分30分)\n",
     [(1, "error", "投入分值18分，其下各项分值合计20分")]),
    ("JX119", "national-2020",
     "一、投入(分值20分,自评得18分)\n(一)项目立项(分值10分,自评得10分)\n(二)资金落实\n资金到位。\n"
     "(三)资金管理(分值10分,自评得8分)\n", []),
    ("JX119", "national-2020",
     "一、投入(分值20分,自评得19.99分)\n(一)项目立项(分值10分,自评得9.995分)\n(二)资金落实(分值10分,自评得10分)\n", []),
    # a later section of the same level ends the first; a third-level item under a sub-section is not the section's
    ("JX119", "national-2020",
     "一、投入(分值20分,自评得20分)\n(一)项目立项(分值10分,自评得10分)\n1.立项依据(分值5分,自评得5分)\n"
     "(二)资金落实(分值10分,自评得10分)\n二、过程(分值30分,自评得30分)\n(一)项目管理(分值30分,自评得30分)\n", []),
    # (false-alarm hunt, hand-written shapes of reports with no slip)
    # a category's own total ("产出指标合计得分49.8分") is no report's score; a part the reader cannot read ("满意度
    # 96.5%。得分10分。") makes up what the parts read fall short by
    ("JX104", "national-2020",
     "（一）产出指标。全年资助学生7,191人次。产出指标得分50分。\n（二）效益指标。应助尽助。效益指标得分30分。\n"
     "（三）满意度指标。通过问卷调查，满意度96.5%。得分10分。\n（四）预算执行。预算执行率98.38%，得分9.84分。\n"
     "综上，本项目自评得分99.84分，评价等级为“优”。", []),
    ("JX104", "national-2020",
     "（一）产出。产出指标合计得分49.8分（满分50分）。\n（二）效益。效益指标得分30分。\n（三）满意度。满意度指标得分10分。\n"
     "（四）预算执行。预算执行率得分9.9分。\n自评总分99.7分，其中预算执行率9.9分、产出指标49.8分、效益指标30分、满意度指标10分。", []),
    ("JX104", "national-2020",
     "预算执行率98.38%，得分9.84分。产出指标得分50分。效益指标得分30分。满意度指标得分8分。\n"
     "综上，本项目自评得分99.84分，评价等级为“优”。",
     [(2, "error", "各部分得分合计97.84分，与自评总分99.84分不符")]),
    # parts' scores in brackets adding up to the report's score are no points
    ("JX105", "national-2020",
     "综合预算执行（9.90分）、产出（49.72分）、效益（30分）和满意度（10分）情况，本项目自评得分99.62分。", []),
    # the rate of the same time of an earlier year ("2019年同期…"), whatever year the report is on, is not this year's
    ("JX103", "national-2020", "全省就业补助资金全年预算335971.86万元。截至12月31日,全省各级累计支出就业补助资金287402.95万元,"
     "支出进度85.54%。2019年同期全省支出进度为81.2%。", []),
    # a rate the report works out on other figures it states ("支出合计占收入合计的94.83%"), or of one fund of two
    ("JX103", "national-2020",
     "调整后预算6773.85万元。收入合计7224.71万元。支出合计6851.40万元，支出合计占收入合计的94.83%。\n"
     "预算执行率按94.83%×8分计算得7.59分。", []),
    # a funds block's sub-row under the headers, its rate against its own figures (hand-written: 410.81 / 456.34 =
    # 90.02%; the total 1452.67 / 1498.20 = 96.96% and 1041.86 / 1041.86 = 100% hold)
    ("JX103", "national-2020",
     "单位：万元\n项目   年初预算数   全年预算数\n       全年执行数   执行率\n合计   1326.54   1498.20   1452.67   96.96%\n"
     "基本支出   1035.20   1041.86   1041.86   100%\n项目支出   291.34   456.34   410.81   92.02%\n",
     [(6, "error", "项目支出执行率写作92.02%，按所列数字计算应为90.02%")]),
    ("JX103", "national-2020",
     "单位：万元\n项目   年初预算数   全年预算数\n       全年执行数   执行率\n合计   1326.54   1498.20   1452.67   96.96%\n"
     "基本支出   1035.20   1041.86   1041.86   100%\n项目支出   291.34   456.34   410.81   90.02%\n", []),
    # a prose indicator row's target for the rate ("预算执行率:年度指标值100%,实际完成96.53%") is no stated rate
    # (hand-written: 469.85 / 486.72 = 96.53%)
    ("JX103", "national-2020",
     "2022年我乡获得一事一议财政奖补资金共486.72万元。截至2022年12月31日,已支付奖补资金469.85万元,支付率96.53%。\n"
     "9.预算执行率:年度指标值100%,实际完成96.53%,分值10分,得分9.65分;\n", []),
    # the year's whole budget, its initial budget and addition listed after 其中, then the rate: on the whole
    # (hand-written: 1,236.40 / 1,380 = 89.59%, 1,236.40 / 900 = 137.38%)
    ("JX103", "national-2020",
     "截至2019年12月31日,项目完成支出1,236.40万元。项目全年预算1,380万元,其中年初预算900万元,年中追加480万元,"
     "预算执行率为92.56%。", [(1, "error", "执行率写作92.56%，按所列数字计算应为89.59%")]),
    ("JX103", "national-2020",
     "截至2019年12月31日,项目完成支出1,236.40万元。项目全年预算1,380万元,其中年初预算900万元,年中追加480万元,"
     "预算执行率为89.59%。", []),
    # batches of bond projects counted ("第一批4个项目4.20亿元") are no projects of the department's 项目支出
    ("JX101", "national-2020",
     "2023年部门支出合计1218.94万元，其中基本支出846.30万元，项目支出372.64万元。\n"
     "获得新增专项债券额度9.86亿元，其中第一批4个项目4.20亿元、第二批2个项目3.16亿元、第三批2个项目2.50亿元。\n", []),
    # a level's money spent, then its rate: that level's; a fund's rate named for it ("福彩公益金执行率")
    ("JX103", "national-2020",
     "全年预算2,700.00万元。项目累计支出2,672.42万元，预算执行率98.98%。县级配套资金支出612.42万元，执行率95.69%。", []),
    ("JX103", "national-2020",
     "全年预算1,060.00万元。全年支出1,041.20万元，其中区级财政资金861.20万元，福彩公益金180.00万元。"
     "预算执行率98.23%，福彩公益金执行率100%。", []),
    # a department's named project's rate ("普法宣传项目执行率为94.31%") is that project's, not the department's
    ("JX103", "national-2020",
     "某局2024年度部门整体支出绩效自评报告\n调整后全年预算5,388.55万元。全年支出5,241.87万元，预算完成率97.28%。\n"
     "整改情况：2024年普法宣传项目执行率为94.31%。", []),
    # a share of the listing's total, stated with the items ("占8.94%" of 2,086.37), not of the item's own figure
    ("JX103", "national-2020",
     "全年就业补助资金支出合计2,086.37万元：\n1.公益性岗位补贴：486人，683.28万元，占32.75%；\n"
     "2.创业担保贷款贴息：贷款余额3,860万元，186.52万元，占8.94%。", []),
    # 基本支出 with its parts in brackets is the spending's, not the budget's stated before it; a part's budget beside
    # it is none of the parts
    ("JX101", "national-2020",
     "年初预算2,864.50万元，其中基本支出2,312.40万元、项目支出552.10万元。\n"
     "全年支出3,152.36万元。其中基本支出2,396.12万元（人员经费2,041.83万元、公用经费354.29万元）。", []),
    ("JX101", "national-2020",
     "基本支出3,237.57万元（预算3,262.40万元，执行率99.24%），占全年支出的61.76%。其中人员经费2,865.42万元；"
     "公用经费372.15万元，公用经费预算386.00万元，控制率96.41%。", []),
    # the projects' total in a sentence counting them is no 支出合计 of the department
    ("JX101", "national-2020",
     "2023年部门支出合计2,958.71万元。其中：\n1.基本支出1,286.47万元。\n2.项目支出1,672.24万元。\n"
     "5个项目预算合计1,720.00万元，支出合计1,672.24万元，执行率97.22%。", []),
    # "预算执行率10%" listed with the other indicators' weights is the rate's weight, no rate stated
    ("JX103", "national-2020",
     "项目资金48.6万元，实际支出47.436万元，资金使用率97.6%。\n"
     "指标权重设置为:预算执行率10%、产出指标50%、效益指标30%、服务对象满意度指标10%，合计100%。", []),
    ("JX103", "national-2020",
     "某县某局2023年度项目支出绩效自评表\n项目名称 某某补助\n项目资金（万元） 年初预算数 全年预算数 全年执行数 执行率 得分\n"
     "年度资金总额 100.00 120.00 118.00 98.33% 9.83\n", []),
    # a part's 小计 row sums the rows above it: no indicator row of its own, not added to the total again
    ("JX111", "national-2020", SUBTOTALLED_FORM.replace("TOTAL", "92.73"), []),
    ("JX111", "national-2020", SUBTOTALLED_FORM.replace("TOTAL", "91.73"),
     [(14, "error", "总分：表中各行得分合计 92.73 分，表中总分填 91.73 分")]),
    # a form giving the funds row 20 points (and 产出 40) is scored by its own: the scheme's re-scoring of it is no
    # finding of its total (the weights are JX113's); with the scheme's 10 the re-scored total is compared
    ("JX111", "national-2020", OWN_WEIGHTS_FORM.format(weight=20, execution="19.24", output=20, total="91.24"), []),
    ("JX111", "national-2020", OWN_WEIGHTS_FORM.format(weight=10, execution="9.62", output=30, total="81.62"),
     [(11, "warning", "总分：按规则重算为 96.99 分，表中填 81.62 分")]),
    # a department's main projects listed after its totals are some of its projects: neither the first of them
    # nor the year's budget is a total they add up to
    ("JX101", "national-2020",
     "某县交通运输局2022年度部门整体支出绩效自评报告\n2022年年初预算16,200万元，调整后预算18,620.5万元，全年支出17,903.2万元。"
     "主要项目支出包括：农村人居环境整治项目2,350万元、城乡公交补贴项目680万元、老旧小区改造项目1,860万元。\n", []),
    ("JX101", "national-2020",
     "某县卫生健康局2021年度部门整体支出绩效自评报告\n2021年全年预算9,980.6万元，全年支出9,846.3万元，执行率98.66%。"
     "其中基本支出3,102.5万元，项目支出6,743.8万元，重点项目主要为：基本公共卫生服务项目2,860万元、"
     "新冠肺炎疫情防控经费2,310万元。\n", []),
    ("JX101", "national-2020",
     "某县卫生健康局2021年度部门整体支出绩效自评报告\n2021年全年预算9,980.6万元，全年支出9,846.3万元，执行率98.66%。"
     "其中基本支出3,102.5万元，项目支出6,753.8万元，重点项目主要为：基本公共卫生服务项目2,860万元。\n",
     [(2, "error", "全年支出9846.30万元与所列各项合计9856.30万元不符")]),
    # the sources' figures, then their total's: its rate is computed on the total budget, not the last source's
    ("JX103", "national-2020",
     "某县2023年度农村饮水安全项目支出绩效自评报告\n2023年中央资金预算1,035万元，执行1,035万元，执行率100%；"
     "县级配套资金预算189万元，执行172.6万元，执行率91.32%。合计预算1,224万元，实际支出1,207.6万元，执行率98.66%。\n", []),
    # the funds block's sub-row closed by "—" cells right above the indicators' header: the rows still read whole
    ("JX111", "national-2020",
     "某市体育局2017年度全民健身工程项目绩效自评表\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t260\t260\t247\t10\t95%\t9.5\n其中：当年财政拨款\t260\t260\t247\t—\t—\t—\n"
     "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
     "产出指标\t数量指标\t新建全民健身路径\t≥40处\t42处\t20\t20\t\n产出指标\t质量指标\t验收合格率\t100%\t100%\t10\t10\t\n"
     "产出指标\t时效指标\t年底前安装完成率\t100%\t96%\t10\t9.6\t冬季施工受限\n"
     "产出指标\t成本指标\t每处建设成本\t≤5万元\t4.8万元\t10\t10\t\n"
     "效益指标\t社会效益指标\t锻炼人数比例\t≥38%\t39.2%\t30\t30\t\n"
     "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t10\t10\t\n总分\t100\t98.5\n",
     [(12, "error", "总分：表中各行得分合计 99.1 分，表中总分填 98.5 分")]),
    # a grade below its score's, explained by the report's own rule (a veto, a deduction): no slip
    ("JX203", "national-2020", "某区应急管理局2022年度部门整体支出绩效自评报告\n自评得分92.5分，评价等级为良。\n",
     [(2, "error", "自评得分92.5分应评为“优”，报告写“良”")]),
    ("JX203", "national-2020",
     "某区应急管理局2022年度部门整体支出绩效自评报告\n按评分标准计算自评得分92.5分。2022年我区发生一起较大生产安全事故，"
     "按照评价办法“一票否决”规定，本年度评价等级定为“良”。\n", []),
    # a part's own breakdown inside the listing ("基本支出中人员经费…、公用经费…；项目支出…") is no part of the total
    ("JX101", "national-2020",
     "某县供销社2022年度部门整体支出绩效自评报告\n2024年支出合计8,426.18万元，其中基本支出1,286.40万元，占15.27%，"
     "基本支出中人员经费1,102.36万元、公用经费184.04万元；项目支出7,139.78万元，占84.73%。\n", []),
    # a part's own listing ends where its sibling goes on after "；"
    ("JX101", "national-2020",
     "某县供销社2022年度部门整体支出绩效自评报告\n3.支出构成。基本支出4,615.88万元，其中人员经费3,980.42万元、"
     "公用经费653.46万元；项目支出5,258.15万元。\n",
     [(2, "error", "基本支出4615.88万元与所列各项合计4633.88万元不符")]),
    # a standard per household's parts by source, in 元 in brackets after it: per household too, no slip
    ("JX202", "national-2020",
     "某县2023年度农村户用厕所改造项目绩效自评报告\n项目预算2,625万元，实际支出2,598.6万元。\n"
     "改造标准每户3500元（中央补助2800元，县级补助700元），全年改造7500户。\n", []),
    # a running total after a complete breakdown ("；加上年结转X，全年预算Y") breaks nothing down again
    ("JX101", "national-2020",
     "某县2022年度基本公共卫生服务项目绩效自评报告\n（二）资金安排。应安排资金3830.4万元，其中中央补助2872.8万元、"
     "省级补助574.56万元、县级配套383.04万元；加上年结转32.16万元，本年度项目全年预算3862.56万元。\n", []),
    # a funds table's total row under 合计, headed by other words than the form's: its rate is checked too
    ("JX103", "national-2020",
     "某县水利局2020年度河道管护项目绩效自评报告\n资金来源 | 年初预算 | 调整后预算 | 实际支出 | 执行率\n"
     "合计 | 240.00 | 265.00 | 250.00 | 98.34%\n区级财政资金 | 240.00 | 240.00 | 225.00 | 93.75%\n",
     [(3, "error", "执行率写作98.34%，按所列数字计算应为94.34%")]),
    ("JX103", "national-2020",
     "某县水利局2020年度河道管护项目绩效自评报告\n资金性质\t全年预算\t全年支出\t执行率\n"
     "一般公共预算\t380.00\t362.50\t95.39%\n合计\t500.00\t482.50\t96.50%\n", []),
    # second review: a title's year older than the body's is the stale-title slip, plans aside; a share of the
    # fund's money against the year's whole budget; a sum of two years' money is no year's budget
    # hand-written: a library's report naming its own aims by 本馆, the year left over from the year before
    ("JX204", "national-2020",
     "某市图书馆2021年度部门整体支出绩效自评报告\n(三)部门绩效目标\n2020年度本馆主要绩效目标为:全年免费开放天数≥300天。",
     [(3, "warning", "第3行的主要目标写的是2020年，与评价年度2021年不符")]),
    ("JX204", "national-2020",
     "某县2022年度农村公路养护项目支出绩效自评报告\n2023年该项目年初预算500万元，全年执行数486.5万元。",
     [(2, "warning", "第2行的预算数据写的是2023年，与评价年度2022年不符")]),
    ("JX204", "national-2020",
     "某县2023年度农村公路养护项目支出绩效自评报告\n2023年全年预算500万元。\n2024年预算数为520万元，我局将进一步加强管理。", []),
    ("JX103", "national-2020",
     "某县2023年度农村综合改革转移支付项目支出绩效自评报告\n年初预算400.00万元，年中追加下达200.00万元，全年预算600.00万元，"
     "实际支出570.00万元，预算执行率95.00%。其中村级公益事业建设300.00万元，占下达资金总额的50%。", []),
    ("JX103", "national-2020",
     "某县2023年度农村饮水安全项目支出绩效自评报告\n该项目分两年实施，上级于2022年下达资金500.00万元，2023年下达资金300.00万元，"
     "累计下达800.00万元。2023年全年执行数285.60万元，预算执行率95.20%。", []),
    # a date of the next year is no year of the figure (third review)
    ("JX204", "national-2020",
     "某县2023年度农村公路养护项目支出绩效自评报告\n全年预算300万元，全年支出270万元。\n截至2024年3月底，项目累计支付资金300万元。", []),
    # a met target scored below full marks is stricter than the rules: a warning, an inflated score an error
    ("JX109", "national-2020",
     "三级指标\t年度指标值\t实际完成值\t分值\t得分\n补贴对象满意度\t≥90%\t93%\t10\t9",
     [(2, "warning", "指标得分与计分规则不符：补贴对象满意度：实际 93% ≥ 指标 90%，得满分 10 分，表中填 9 分")]),
    # a share of the fund's money named as its base, or of the budget stated before (transfer hunt): no slip
    ("JX103", "national-2020",
     "某县人社局2023年度就业补助资金项目支出绩效自评报告\n2023年，我县共收到就业补助资金1,865.42万元。全年支出1,736.18万元，"
     "执行率93.07%，其中公益性岗位补贴711.48万元，占就业补助资金总额的38.14%。", []),
    ("JX103", "national-2020",
     "某县乡村振兴局2023年度衔接资金项目支出绩效自评报告\n省财政提前下达我县衔接资金8,000万元；追加下达4,000万元，"
     "全年共计12,000万元。\n全年支出11,350万元，执行率94.58%。其中用于产业发展7,320万元，占比61%。", []),
    # rates of something else than the budget's spending, a target for the rate, a part's rate (hunt, hand-written)
    ("JX103", "national-2020",
     "某县科学技术局2023年度部门整体支出绩效自评报告\n（二）部门整体绩效目标\n预算执行率≥95%，政府采购执行率100%。\n"
     "（三）预算执行情况\n2023年全年预算550.05万元，全年支出512.46万元，预算执行率为93.17%。", []),
    ("JX103", "national-2020",
     "某县民政局2023年度部门整体支出绩效自评报告\n年初设定的预算执行率目标为100%。2023年全年预算1,286.40万元，"
     "全年支出1,219.51万元，预算执行率94.80%，未达到目标值。", []),
    ("JX103", "national-2020",
     "某县交通运输局2023年度部门整体支出绩效自评报告\n2023年政府采购预算执行率100%，“三公”经费预算执行率78.50%。"
     "全年预算1,286.40万元，全年支出1,219.51万元，预算执行率94.80%。", []),
    ("JX103", "national-2020",
     "某县市场监督管理局2023年度部门整体支出绩效自评报告\n2023年全年预算1,286.40万元，全年支出1,219.51万元，"
     "预算执行率94.80%。项目支出执行率89.60%，基本支出执行率98.70%。", []),
    ("JX103", "national-2020",
     "某县市场监督管理局2023年度部门整体支出绩效自评报告\n2023年全年预算1,286.40万元，全年支出1,219.51万元，"
     "预算执行率96.80%。", [(2, "error", "执行率写作96.8%，按所列数字计算应为94.80%")]),
    # a department's projects flattened one cell to a line: a row's grade is its project's, not the department's
    ("JX201", "national-2020",
     "某县教育局2022年部门整体支出绩效自评报告\n二、项目绩效自评情况\n1\n学生资助项目\n预算2,100万元\n执行2,058万元\n"
     "得分97分\n等级:优\n2\n校舍维修改造项目\n预算1,800万元\n得分82分\n等级:良\n三、部门整体评价\n"
     "部门整体自评得分89分,等级为良。", []),
    # a page on the 3 projects a unit evaluated, each under its own heading and a sub-heading every section repeats:
    # each section's figures and score are its project's (hand-written)
    ("JX201", "national-2020",
     "某厅2024年度省级项目支出绩效自评结果\n我厅共对3个项目开展了绩效自评。\n一、公共文化服务\n（一）项目资金情况\n"
     "全年预算数：3,480.00万元\n全年执行数：3,391.52万元\n（二）自评得分\n自评总分95.2分。\n二、文物保护\n（一）项目资金情况\n"
     "全年预算数：2,500.00万元\n全年执行数：2,318.90万元\n（二）自评得分\n自评总分91.8分。\n", []),
    # a part of the budget and the same part of the spending: two figures (hand-written); the same part of the budget
    # stated twice differently: a slip
    ("JX201", "national-2020",
     "某局2021年度部门整体支出绩效自评报告\n支出预算中，基本支出1,168.72万元，项目支出1,687.68万元。\n"
     "2021年全年支出2,790.12万元。\n按支出性质分，基本支出1,162.05万元，项目支出1,628.07万元。\n", []),
    ("JX201", "national-2020",
     "某局2021年度部门整体支出绩效自评报告\n支出预算中，基本支出1,168.72万元，项目支出1,687.68万元。\n"
     "三、预算调整情况\n年中未调整。支出预算中，基本支出1,186.72万元，项目支出1,669.68万元。\n",
     [(2, "error", "基本支出前后不一致：第2行写1168.72万元，第4行写1186.72万元"),
      (2, "error", "项目支出前后不一致：第2行写1687.68万元，第4行写1669.68万元")]),
    # a department's form without 三级指标, then its project's form: the project form's rows are re-scored against its
    # own funds row and total (its 98.79 below it, not the department's 94.18 above its title); the total differs from
    # the rules' only as the row scored below them makes it, a warning (hand-written)
    ("JX111", "national-2020",
     "某局2023年度绩效自评表\n部门整体支出绩效自评表\n年度部门整体支出预算（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t3,015.48\t3,286.12\t3,198.75\t10\t97.34%\t9.73\n一级指标\t二级指标\t分值\t得分\n"
     "产出指标\t数量、质量指标\t50\t47.45\n效益指标\t社会效益指标\t40\t37\n总分\t\t100\t94.18\n项目支出绩效自评表\n"
     "项目名称：食品安全监督抽检\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t260.00\t260.00\t254.60\t10\t97.92%\t9.79\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
     "产出指标\t抽检批次\t≥2,600批次\t2,638批次\t50\t50\n效益指标\t抽检合格率\t≥97%\t98.1%\t40\t39\n"
     "总分\t\t\t\t100\t98.79\n", [(16, "warning", "总分：按规则重算为 99.79 分，表中填 98.79 分")]),
    # two project forms on one page, each under its own title: the second form's rows are re-scored too, and each
    # form's total is its own (hand-written)
    ("JX110", "national-2020",
     _TWO_PROJECT_FORMS,
     [(16, "error", "未完成指标却给满分：抽检批次：实际 2340 批次 未达指标 2600 批次，按完成比例 2340/2600 × 50 = 45 分，"
       "表中却填满分 50 分")]),
    ("JX111", "national-2020",
     _TWO_PROJECT_FORMS,
     [(19, "warning", "总分：按规则重算为 94.79 分，表中填 99.79 分")]),
    # a department's report with its project's form after its own, the project's figures told in prose too: the
    # project form's rate is on the project's figures, not the report's headline budget (hand-written)
    ("JX103", "national-2020",
     "某县某中心学校2023年度部门整体和项目支出绩效自评报告\n一、基本情况\n2023年我校年初预算数512.30万元,全年预算数540.80万元,"
     "全年执行数531.46万元,预算执行率98.27%。\n2023年我校实施农村学校营养餐补助项目,年初预算数60.00万元,全年预算数64.50万元,"
     "全年执行数62.10万元,执行率96.28%。\n二、绩效自评表\n2023年度部门整体支出绩效自评表\n"
     + ("年度部门整体支出预算(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 512.30 540.80 531.46 10 "
                 "98.27% 9.83 其中:财政拨款 512.30 540.80 531.46 — 98.27% — 总分 100 98.83 2023年度项目支出绩效自评表 项目名称 "
                 "农村学校营养餐补助 主管部门 某县教育局 实施单位 某县某中心学校 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 "
                 "执行率 得分 年度资金总额 60.00 64.50 62.10 10 96.28% 9.63 其中:财政拨款 60.00 64.50 62.10 — 96.28% — 总分 100 "
                 "98.63").replace(" ", "\n"),
     []),
    # a page told fund by fund, each under its own heading: each fund's own carry-over, no conflict (hand-written)
    ("JX201", "national-2020",
     "一、中央财政林业草原生态保护恢复资金(天然林保护修复)\n2022年共投入资金预算3012.5万元。其中,财政部下达2468万元、"
     "上年结转资金544.5万元。\n全部资金拨付到位。实际形成支出2900.2万元,支出率96.27%。其中,中央财政安排资金支出2355.7万元,"
     "上年结转资金支出544.5万元。\n二、林业改革发展资金(森林资源管护)\n2022年共投入资金预算1279.9万元。其中,财政部下达1086万元、"
     "上年结转资金193.9万元。\n全部资金拨付到位。实际形成支出1251.6万元,支出率97.79%。其中,中央财政安排资金支出1057.7万元,"
     "上年结转资金支出193.9万元。", []),
    # a form's header printed again where its table goes on over a page: one form, its rows and total (hand-written)
    ("JX111", "national-2020",
     "某局2023年度项目支出绩效自评表\n项目名称：食品安全监督抽检\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t260.00\t260.00\t254.60\t10\t97.92%\t9.79\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
     "产出指标\t抽检批次\t≥2,600批次\t2,600批次\t30\t30\n产出指标\t抽检覆盖率\t≥95%\t96%\t20\t20\n第 1 页\n"
     "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n效益指标\t抽检合格率\t≥97%\t98.1%\t30\t30\n"
     "满意度指标\t群众满意度\t≥90%\t93%\t10\t10\n总分\t\t\t\t100\t99.79\n", []),
    # a department's form, then its project's form on one page: each form's own totals and grades (hand-written)
    ("JX203", "national-2020",
     "甲中心2023年度部门整体支出绩效自评表\n部门名称\t甲中心\n年度预算申请（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t530\t562.7\t556.1\t10\t98.83%\t9.88\n总分\t100\t92.88\t评价等次\t优\n项目支出绩效自评表\n"
     "项目名称\t公务用车运行维护\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t45\t45\t35.1\t10\t78%\t7.8\n总分\t100\t78.8\t评价等次\t中", []),
    # a scoring rule's or an aim's 100% beside the stated rate is no rate stated (hand-written)
    ("JX103", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n2023年全年预算3,380.00万元,实际支出3,150.42万元,预算执行率93.21%。"
     "根据评分标准,预算执行率达到100%得满分,每低1个百分点扣0.2分。", []),
    ("JX103", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n全年预算681.20万元,实际支出623.45万元,预算执行率91.52%,"
     "距离年初设定的执行率100%的目标有一定差距。", []),
    # a formula's ×100%, and rates the report says it computed with or without the money carried over
    ("JX103", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n(三)预算执行率(分值10分):预算执行率=实际支出÷全年预算×100%。执行率100%得10分。"
     "本年度全年预算802.15万元,实际支出756.32万元,执行率94.29%。", []),
    ("JX103", "national-2020",
     "某县某项目2023年度绩效自评报告\n本项目全年预算300.00万元。全年实际支出318.50万元,其中:当年预算资金支出300.00万元,"
     "上年结转资金支出18.50万元。当年预算执行率100%。", []),
    ("JX103", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n本年度部门全年预算1,600.00万元,全年实际支出1,563.20万元(含上年结转资金支出"
     "43.20万元),扣除上年结转资金后本年预算执行率为95.00%。", []),
    # work done beside the money paid: the rate is on the year's budget, stated a sentence before (hand-written)
    ("JX103", "national-2020",
     "某县中小河流治理项目2021年度绩效自评报告\n2021年度下达中央水利发展资金2,000万元、省级配套资金500万元，年度资金合计2,500万元。\n"
     "2021年度完成投资2,430万元，支付工程款2,430万元，资金支付率97.2%。", []),
    # one project a line, its name labelled on the line itself (hand-written): no figure said twice
    ("JX201", "national-2020",
     "某县2023年度县级重点项目绩效自评结果公开\n项目名称：农村公路建设；实施单位：某县交通运输局；全年预算数1200万元；自评得分91分。\n"
     "项目名称：学生资助；实施单位：某县教育局；全年预算数320万元；自评得分95分。", []),
    # projects under 项目一：/项目名称：, each with its own budget and score (hand-written): no figure said twice
    ("JX201", "national-2020",
     "某县财政局2023年度项目支出绩效自评情况\n项目一：财政票据管理经费\n全年预算数28万元，自评得分92分，等级优。\n"
     "项目二：预算绩效管理工作经费\n全年预算数60万元，自评得分85分，等级良。", []),
    ("JX201", "national-2020",
     "某县审计局2023年度部门整体支出绩效自评报告\n三、重点项目自评情况\n项目名称：审计业务经费\n全年预算50万元，自评得分90分。\n"
     "项目名称：投资审计外聘专家经费\n全年预算30万元，自评得分94分。\n四、结论\n部门整体支出绩效得分95分，等级为优。", []),
    ("JX203", "national-2020",
     "某县教育局部门整体支出绩效自评报告\n学生资助项目\n得分97分\n等级:优\n部门整体自评得分89分,等级为良。", []),
    ("JX203", "national-2020",
     "某县教育局部门整体支出绩效自评报告\n学生资助项目\n得分97分\n等级:优\n部门整体自评得分89分,等级为优。",
     [(5, "error", "自评得分89分应评为“良”，报告写“优”")]),
    # a review of the day's guards: true findings each guard must leave alone (a 计划生育 project, the evaluation's
    # date in the next year, the unit's own panel, 拟定 targets, an aspect that is no side of the spending; a
    # department's score in a sentence naming 项目支出; a total slipped into 元; a whole 亿元; 一般公共预算 spending;
    # 小计 parts; a 资金来源 above the budget; a category after 含…; points, 分制, minutes; a grade scheme; an aim)
    ("JX201", "national-2020", "某县卫生健康局2023年度计划生育服务项目支出绩效自评报告\n一、项目基本情况\n计划生育服务项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评结论\n计划生育服务项目自评得分88分，等级为良。\n综上，自评得分92分。",
     [(5, "error", "自评得分前后不一致：第5行写88，第6行写92")]),
    ("JX201", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n农村公路养护项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评工作开展情况\n2024年3月，我局成立自评工作小组开展自评，自评得分88分，等级为良。\n三、评价结论\n经综合评价，自评得分92分，等级为优。",
     [(5, "error", "自评得分前后不一致：第5行写88，第7行写92"), (5, "error", "grade前后不一致：第5行写良，第7行写优")]),
    ("JX201", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算100万元，实际支出90万元。\n二、评价结论\n我局邀请专家参与，经自评工作组评定，自评得分88分，等级为良。\n综上，本项目自评得分92分。",
     [(5, "error", "自评得分前后不一致：第5行写88，第6行写92")]),
    ("JX201", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n我局积极争取上级支持，本项目年初预算100万元，实际支出90万元。\n本项目年初预算120万元，预算执行率75%，主要原因是工程进度滞后。\n二、评价结论\n对照拟定的绩效目标逐项打分，自评得分88分，等级为良。\n综上，自评得分92分。",
     [(6, "error", "自评得分前后不一致：第6行写88，第7行写92")]),
    ("JX201", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n在项目决策方面，本项目年初预算100万元，资金来源为县级财政资金。\n二、绩效目标实现情况\n在预算执行方面，本项目年初预算120万元，实际支出90万元，预算执行率75%，主要原因是工程进度滞后。\n三、评价结论\n自评得分88分，等级为良。",
     [(3, "error", "年初预算前后不一致：第3行写100万元，第5行写120万元")]),
    ("JX203", "national-2020", "某县农业农村局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本部门2023年年初预算500万元，全年预算500万元，实际支出480万元，预算执行率96%。\n二、自评结论\n我局对部门整体支出和项目支出进行了自评，自评得分86分，等级为优。",
     [(5, "error", "自评得分86分应评为“良”，报告写“优”")]),
    ("JX104", "national-2020", "某县农业农村局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本部门2023年年初预算500万元，全年预算500万元，实际支出480万元，预算执行率96%。\n二、自评结论\n按照部门整体支出和项目支出绩效评价指标体系，预算执行率得分9分，产出指标得分35分，效益指标得分30分，满意度指标得分9分。\n自评得分86分，等级为良。",
     [(6, "error", "各部分得分合计83分，与自评总分86分不符")]),
    ("JX202", "national-2020", "某县民政局2023年度项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算320元，其中：中央资金150万元，省级资金100万元，县级资金70万元。\n二、自评结论\n自评得分92分，等级为优。",
     [(3, "error", "“320元”以元为单位，在以万元计的报告中只有作320万元才讲得通")]),
    ("JX101", "national-2020", "某县发展和改革局2023年度项目支出绩效自评报告\n一、项目基本情况\n某县污水处理厂建设项目总投资2亿元，其中：中央预算内投资15000万元，地方配套资金9000万元。\n本项目年初预算24000万元，实际支出23000万元，预算执行率95.83%。\n二、自评结论\n自评得分92分，等级为优。",
     [(3, "error", "污水处理厂建设项目总投资20000.00万元与所列各项合计24000.00万元不符")]),
    ("JX101", "national-2020", "某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n2023年度，我局一般公共预算支出合计500万元。\n基本支出320万元，主要用于人员工资和日常运转。\n项目支出200万元，主要用于社会救助。\n二、自评结论\n自评得分92分，等级为优。",
     [(3, "error", "支出合计500.00万元与所列各项合计520.00万元不符")]),
    ("JX101", "national-2020", "某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n2023年度支出决算情况（单位：万元）\n支出合计 600\n其中：基本支出小计 300\n项目支出小计 250\n二、自评结论\n自评得分92分，等级为优。",
     [(4, "warning", "支出合计600.00万元与所列各项合计550.00万元不符")]),
    ("JX101", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n该项目年初预算100万元。\n资金来源：财政拨款年初预算120万元。\n二、自评结论\n自评得分92分，等级为优。",
     [(3, "error", "年初预算数100.00万元与所列各项合计120.00万元不符")]),
    ("JX105", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评工作开展情况\n评价指标体系设预算执行率（10分），产出指标（50分），含数量、质量、时效指标，效益指标（40分），满意度指标（10分）。\n三、评价结论\n自评得分88分，等级为良。",
     [(5, "error", "一级指标分值合计110分，应为100分")]),
    ("JX302", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评工作开展情况\n本次评价指标体系总分值100分，设产出、效益、满意度三类指标。\n三、评价结论\n项目完成情况较好，评价等级为优。",
     [(None, "warning", "报告没有写明自评总分")]),
    ("JX302", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评工作开展情况\n自评按100分制打分，由评价小组5人组成。\n三、评价结论\n项目完成情况较好，评价等级为优。",
     [(None, "warning", "报告没有写明自评总分")]),
    ("JX302", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评工作开展情况\n自评会议历时90分钟。\n三、评价结论\n项目完成情况较好，评价等级为优。",
     [(None, "warning", "报告没有写明自评总分")]),
    ("JX303", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评工作开展情况\n评价结果分为四档：90分（含）以上为“优”等级，80（含）-90分为“良”等级，60（含）-80分为“中”等级，60分以下为“差”等级。\n三、评价结论\n本项目自评得分88分。",
     [(None, "warning", "报告没有写明评价等级")]),
    ("JX303", "national-2020", "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算100万元，实际支出90万元，预算执行率90%。\n二、自评工作开展情况\n下一步，我局将加强管理，力争达到优秀等级。\n三、评价结论\n本项目自评得分88分。",
     [(None, "warning", "报告没有写明评价等级")]),
    # a fourth hunt's whole-report shapes: 总分100分 as the scale, a project's score in a department's report, a
    # part's items after 其中 (on its line or the next), 满意度 inside 效益 after its score, 9.5分（满分10分）,
    # last year's grade
    ("JX104", "national-2020", "某县水利局2023年度农村饮水安全巩固提升工程项目支出绩效自评报告\n本次自评采用决策、过程、产出、效益四类指标，总分100分。\n经评价，本项目综合得分94.6分，评价等级为“优”。\n（一）决策指标（20分），得分19分。\n（二）过程指标（20分），得分18分。\n（三）产出指标（40分），得分39分。\n（四）效益指标（20分），得分18.6分。", []),
    ("JX104", "national-2020", "某县文化广电旅游局2023年度部门整体支出绩效自评报告\n一、项目支出绩效情况\n文化惠民演出项目全年预算120万元，实际支出118.2万元，预算执行率98.5%，自评得分96.5分。\n二、评价结论\n决策指标分值20分，得分19分；过程指标分值20分，得分18.5分；产出指标分值40分，得分38.2分；效益指标分值20分，得分19.1分。综合自评得分94.8分，评价等级为“优”。", []),
    ("JX104", "national-2020", "某县水利局2023年度农村饮水安全巩固提升工程项目支出绩效自评报告\n经评价，本项目综合得分94.6分，评价等级为“优”。\n（一）决策指标（20分），得分19分。\n（二）过程指标（20分），得分18分。\n（三）产出指标（40分），得分39分。\n（四）效益指标（20分），得分18.6分。其中：社会效益（10分）得9.6分；可持续影响（5分）得5分；服务对象满意度（5分）得4分。", []),
    ("JX104", "national-2020", "某县水利局2023年度农村饮水安全巩固提升工程项目支出绩效自评报告\n经评价，本项目综合得分94.6分，评价等级为“优”。\n（一）决策指标（20分），得分19分。\n其中：项目立项（5分）得5分；绩效目标（8分）得7分；资金投入（7分）得7分。\n（二）过程指标（20分），得分18分。\n（三）产出指标（40分），得分39分。\n（四）效益指标（20分），得分18.6分。", []),
    ("JX105", "national-2020", "某县林业局2023年度森林防火项目支出绩效自评报告\n本次自评指标体系由预算执行率（10分）、产出指标（50分）、效益指标（40分）三部分构成。\n效益指标（40分）：全年未发生重大森林火灾，得39分，其中满意度指标（10分）得10分。", []),
    ("JX105", "national-2020", "某县商务局2023年度电子商务进农村项目支出绩效自评报告\n本项目自评得分95分，等级为优。其中，预算执行率9.5分（满分10分），产出指标48分（满分50分），效益指标28.5分（满分30分），满意度指标9分（满分10分）。", []),
    ("JX203", "national-2020", "某县交通运输局2023年度部门整体支出绩效自评报告\n2023年度部门整体支出绩效自评得分92.5分，等级为“优”。\n2022年度自评得分86分，等级为“良”。", []),
    # a fifth hunt's forms: a limit within days or before a deadline, the form's own 正向/反向 column, caps named
    # 故障率 and the like, "总分 100分 99.50" (points, then the score)
    ("JX110", "national-2020", "项目支出绩效自评表\n三级指标 年度指标值 实际完成值 分值 得分\n申请审核办理时长 3天内 2天内 10 10", []),
    ("JX110", "national-2020", "项目支出绩效自评表\n三级指标 年度指标值 实际完成值 分值 得分\n资金拨付及时性 12月底前 11月底前 10 10", []),
    ("JX110", "national-2020", "项目支出绩效自评表\n三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分\n空气质量优良天数 | 正向指标 | 300 | 天 | 320 | 15 | 15", []),
    ("JX110", "national-2020", "项目支出绩效自评表\n三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分\n检查发现隐患数 | 反向指标 | 5 | 处 | 3 | 30 | 30", []),
    ("JX110", "national-2020", "项目支出绩效自评表\n三级指标 年度指标值 实际完成值 分值 得分\n设备故障率 2% 1% 10 10", []),
    ("JX111", "national-2020", "项目支出绩效自评表\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额: 80 80 76 10 95.00% 9.50\n三级指标 年度指标值 实际完成值 分值 得分\n养护农村公路里程 ≥120公里 126公里 45 45\n沿线群众满意度 ≥90% 92% 45 45\n总分 100分 99.50", []),
    # a second review: the department speaking of itself after naming 重点项目, a grade whose sentence names an
    # earlier year only in passing or in a cited document, a listing of parts ended by the next first-level
    # category, parts on the next line only under one category's score, 总分100分 kept beside last year's score
    ("JX203", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本部门2023年度预算资金500万元，实际支出480万元，预算执行率96%。\n二、绩效自评结果\n根据部门整体支出绩效评价指标体系，结合重点项目评价情况，本部门自评得分72分，评价等级为优。",
     [(5, "error", "自评得分72分应评为“中”，报告写“优”")]),
    ("JX203", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本部门2023年度预算资金500万元，实际支出480万元，预算执行率96%。\n二、绩效自评结果\n根据部门整体支出绩效评价指标体系，结合重点项目评价情况，本部门\n自评得分72分，评价等级为优。",
     [(6, "error", "自评得分72分应评为“中”，报告写“优”")]),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n一、项目基本情况\n项目年度预算100万元，实际支出95万元，预算执行率95%。\n二、绩效自评结果\n经自评，该项目自评得分72分，较2022年度下降10分，评价等级为优。",
     [(5, "error", "自评得分72分应评为“中”，报告写“优”")]),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n一、项目基本情况\n项目年度预算100万元，实际支出95万元，预算执行率95%。\n二、绩效自评结果\n项目自2021年实施以来运行良好，经综合评价，自评得分72分，评价等级为优。",
     [(5, "error", "自评得分72分应评为“中”，报告写“优”")]),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n一、项目基本情况\n项目年度预算100万元，实际支出95万元，预算执行率95%。\n二、绩效自评结果\n根据《某县2022年度预算绩效管理办法》规定的评分标准，本项目自评得分72分，评价等级为优。",
     [(5, "error", "自评得分72分应评为“中”，报告写“优”")]),
    ("JX104", "national-2020", "某县某局2023年度项目支出绩效自评报告\n一、项目基本情况\n项目年度预算100万元，实际支出95万元，预算执行率95%。\n二、绩效自评结果\n本项目绩效评价指标由决策指标（20分）、过程指标（20分）、产出指标（40分）和效益指标（20分）构成，经自评，总得分90分，评价等级为优。\n其中：决策指标得分20分，过程指标得分18分，产出指标得分38分，效益指标得分19分。",
     [(5, "error", "各部分得分合计95分，与自评总分90分不符")]),
    ("JX105", "national-2020", "某县某局2023年度项目支出绩效自评报告\n一、项目基本情况\n项目年度预算100万元，实际支出95万元，预算执行率95%。\n二、绩效自评结果\n本项目自评得分90分，评价等级为优。决策指标（20分）得分20分，其中项目立项5分、绩效目标5分、资金投入10分；过程指标（20分）得分18分；产出指标（40分）得分38分；效益指标（30分）得分19分。",
     [(5, "error", "一级指标分值合计110分，应为100分")]),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n一、项目基本情况\n项目年度预算100万元，实际支出100万元，预算执行率100%。\n二、绩效自评结果\n经综合评价，本项目总分100分，评价等级为优。\n三、上年度评价结果应用情况\n该项目2022年度绩效自评得分85分，评价等级为良，针对扣分问题已整改。",
     []),
    # a share of the spending's whole is computed on the spending, not on the budget the sentence opens with
    ("JX103", "national-2020", "全年预算500万元，实际支出480万元，人员经费360万元，占支出总额的75%。", []),
    ("JX103", "national-2020", "全年预算500万元，实际支出480万元，人员经费360万元，占支出总额的72%。",
     [(1, "error", "人员经费占比写作72%，按所列数字计算应为75%")]),
    # rates: judged at the precision the report writes; 200/300 = 66.67 is 66.7, not 66.6
    ("JX103", "national-2020", "全年预算数200万元，实际支出180万元，执行率为90.0%。", []),
    ("JX103", "national-2020", "全年预算数300万元，实际支出200万元，执行率为66.7%。", []),
    ("JX103", "national-2020", "全年预算数300万元，实际支出200万元，执行率为66.6%。",
     [(1, "info", "执行率写作66.6%，按所列数字计算应为66.7%")]),
    # a department's "年初预算支出完成率" is its execution rate, over the initial budget when no other is
    # stated (960.28 / 785.59 = 122.24%)
    ("JX103", "national-2020", "单位年初预算支出785.59万元，决算支出960.28万元，年初预算支出完成率为100%。",
     [(1, "error", "执行率写作100%，按所列数字计算应为122%")]),
    ("JX104", "national-2020",
     "预算执行率得分9分，产出指标得分30分，效益指标得分40分，满意度指标得分10分，自评得分89分。", []),
    ("JX105", "national-2020", "执行率（10分）……产出指标（50分）……效益指标（30分）……满意度指标（10分）", []),
    ("JX106", "national-2020", "产出指标（30分）……得分30分。", []),
    ("JX107", "national-2020",
     "项目预算为110万元，实际支出98.69万元，执行率89.72%。\n1、执行率（10分）根据评价指标体系，得分8.97分。", []),
    # a form's funds block, one cell per line: each row re-scored; whole-point rounding is only noted
    # (200 / 179.43 = 89.72%, 89.72% x 10 = 8.97)
    ("JX107", "national-2020",
     "年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n200\n200\n179.43\n10\n89.7%\n9\n"
     "其中:当年财政拨款\n200\n200\n179.43\n10\n89.7%\n8\n上年结转资金\n",
     [(13, "info", "年度资金总额：预算执行率得9分，按执行率89.72%应得8.97分"),
      (20, "warning", "其中:当年财政拨款：预算执行率得8分，按执行率89.72%应得8.97分")]),
    ("JX107", "national-2020",
     "全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 | 120 | 60 | 10 | 50% | 5 |\n", []),
    # a rate the reader does not take for the budget's own, a total "实得", a grade "评价为": no absence claimed
    ("JX304", "national-2020", "本单位年末结余19.8万元,计算本单位预算完成率99.27%。", []),
    ("JX304", "national-2020", "2、投资完成情况:非标专项债1.1亿,支付进度100%。", []),
    # a province's form whose 支出实现率 column holds the rate a few rows below its header
    ("JX304", "national-2020",
     "财政资金安排和使用情况\n年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n"
     "合 计 2537695 213722.82 0 2751417.82 2546673.98 93% 204743.84 7%\n", []),
    ("JX302", "national-2020", "二、自评基本结论(满分100分,实得98分)", []),
    ("JX303", "national-2020", "经综合评价，该项目评价为“良好”。", []),
    # a score after 自评 in a slip of the pen, a grade in quotes before 等次: no absence claimed
    ("JX302", "national-2020", "2022年度我局某某专项资金绩效自评等分86分,现将有关情况报告如下:", []),
    ("JX303", "national-2020", "对照评分标准，该项目属于“良”等次。", []),
    # a result row the reader could not settle (no labels) states the score and grade: no absence claimed
    ("JX302", "national-2020", "绩效评价结果\n绩效等级 | |||\n100.00 | 94.04 | 优 |\n", []),
    ("JX303", "national-2020", "绩效评价结果\n绩效等级 | |||\n100.00 | 94.04 | 优 |\n", []),
    # a form's rows flattened one per line under their total, the unit in the total's bracket
    ("JX101", "national-2020",
     "某补助资金(万元)\n年度预算资金总额: 321.25\n其中:中央补助 166.00\n市级资金 136.00\n本级资金 20.25\n其中:\n",
     [(2, "error", "年度预算资金总额321.25万元与所列各项合计322.25万元不符")]),
    ("JX101", "national-2020",
     "某补助资金(万元)\n年度预算资金总额: 322.25\n其中:中央补助 166.00\n市级资金 136.00\n本级资金 20.25\n", []),
    # the next total's line ends the listing: it is no part
    ("JX101", "national-2020", "（单位：万元）\n收入合计 650\n其中：财政拨款收入 600\n其他收入 50\n支出合计 640\n", []),
    ("JX101", "national-2020", "（单位：万元）\n收入合计 660\n其中：财政拨款收入 600\n其他收入 50\n支出合计 640\n",
     [(2, "warning", "收入合计660.00万元与所列各项合计650.00万元不符")]),
    # an item's own breakdown in brackets, and the same assets measured again (净值 after 原值), are no parts
    ("JX101", "national-2020",
     "合同价为247.25万元,其中:工程费178.35万元,其他费3.90万元(监理费3.34万元,咨询费0.56万元),设备费65万元。", []),
    ("JX101", "national-2020", "单位资产合计26.19万元,其中:一是流动资产1.08万元;二是固定资产原值25.11万元,净值5.75万元。", []),
    ("JX101", "national-2020", "单位资产合计27.19万元,其中:一是流动资产1.08万元;二是固定资产原值25.11万元,净值5.75万元。",
     [(1, "warning", "单位资产合计27.19万元与所列各项合计26.19万元不符")]),
    # a share that names its base ("占基本支出的") is of that amount, not of the sentence's first
    ("JX103", "national-2020",
     "2020年全年支出60901.78万元,其中基本支出4047.25万元,占总支出的6.65%(人员经费3217.28万元,占基本支出的79.49%,"
     "日常公用经费829.97万元,占基本支出的20.51%);项目支出56854.52万元,占全年总支出的93.35%。", []),
    ("JX103", "national-2020",
     "2020年全年支出60901.78万元,其中基本支出4047.25万元,占总支出的6.65%(人员经费3217.28万元,占基本支出的78.49%)。",
     [(1, "error", "人员经费占比写作78.49%，按所列数字计算应为79.49%")]),
    # the items of the 三公经费 are no projects, and their total is no project spending
    ("JX101", "national-2020",
     "2021年我局预算支出为1250万元。其中,基本支出922万元,项目支出328万元。\n"
     "2021年我局部门预算三公经费总支出28.7万元。其中,因公出国(境)费0万元,公务接待8.7万元,公务用车运行费20万元。", []),
    # another whole after the parts (总支出 after the income's parts) is no part
    ("JX101", "national-2020",
     "2022年本单位总收入为207.79万元,其中一般公共财政拨款预算收入155.11万元,其他收入52.68万元,年度总支出为774.59万元。", []),
    # a table's total row and its numbered rows, flattened one cell per line: the column that does not add up,
    # when another does
    ("JX101", "national-2020",
     "经费控制情况(万元)\n项目 | 2023年决算数 | 2022年决算数 |\n项目支出: |\n1505.3 |\n1377.9 |\n|||\n"
     "1、中介服务 |\n1049.4 |\n960.00 |\n|||\n2、信息化建设 |\n456.0 |\n417.90 |\n|||\n3、其他 |\n4 |\n0 |\n",
     [(4, "error", "项目支出1505.30万元与所列各项合计1509.40万元不符")]),
    ("JX101", "national-2020",
     "经费控制情况(万元)\n项目支出: |\n1509.4 |\n1377.9 |\n|||\n"
     "1、中介服务 |\n1049.4 |\n960.00 |\n|||\n2、信息化建设 |\n456.0 |\n417.90 |\n|||\n3、其他 |\n4 |\n0 |\n", []),
    # a budgeted total is no sum of the year's actual parts; parts listed after another total are that total's
    ("JX101", "national-2020", "年初预算基本支出180万元。全年实际基本支出195万元，其中人员经费150万元，公用经费45万元。", []),
    ("JX101", "national-2020", "年初预算支出合计500万元。年中追加项目资金10万元，全年实际基本支出395万元，项目支出110万元。", []),
    ("JX101", "national-2020", "全年支出合计500万元。全年实际基本支出395万元，项目支出110万元。",
     [(1, "error", "支出合计500.00万元与所列各项合计505.00万元不符")]),
    # one source above the budget, stated apart from it, is the unit's whole, not a part of the project's budget
    ("JX101", "national-2020", "该项目年初预算100万元。我局财政拨款年初预算共200万元，该项目占50%。", []),
    ("JX101", "national-2020", "该项目年初预算100万元，其中财政拨款年初预算200万元。",
     [(1, "error", "该项目年初预算100.00万元与所列各项合计200.00万元不符")]),
    # a rate column of the same rows is no sum
    ("JX101", "national-2020",
     "（单位：万元）\n项目名称 | 预算数 | 执行数 | 执行率（%）\n项目支出： | 100 | 95 | 95\n"
     "1、农村公路养护 | 60 | 57 | 95\n2、环境整治 | 40 | 38 | 95\n", []),
    # nor under a header cut over two tab-separated lines, the label column's second half blank (hand-written:
    # the amounts add up, 90 + 95.5 = 185.5 is no total of the rates)
    ("JX101", "national-2020",
     "单位：元\n资金来源\t预算数\t实际支出\t执行率\n\t（元）\t数（元）\t（%）\n中央资金\t100.00\t90.00\t90.00\n"
     "县级资金\t200.00\t191.00\t95.50\n合计\t300.00\t281.00\t93.67\n", []),
    # no column adds up: the rows may be read wrong, nothing is claimed
    ("JX101", "national-2020",
     "经费控制情况(万元)\n项目支出: |\n1505.3 |\n1370.9 |\n|||\n"
     "1、中介服务 |\n1049.4 |\n960.00 |\n|||\n2、信息化建设 |\n456.0 |\n417.90 |\n|||\n3、其他 |\n4 |\n0 |\n", []),
    # the parts end where the next item of the list the breakdown stands in begins ("；2、…")
    ("JX101", "national-2020",
     "1、档案管理资金:2016年县财政安排30万元,其中国重档案10万元;2、建设项目资金:县财政拨款427.36万元。", []),
    ("JX101", "national-2020", "本年支出100.03万元，其中：基本支出50万元，项目支出50万元；(二)收入情况。",
     [(1, "warning", "本年支出100.03万元与所列各项合计100.00万元不符")]),
    # "其中," leads to its parts as "其中：" does; a part's own sum ("共计") is a part; the finding speaks 亿元
    ("JX101", "national-2020", "2016年省级投入扶贫资金41.11亿元,其中,财政专项扶贫资金17亿元,其他用于扶贫的资金共计25.11亿元。",
     [(1, "error", "省级投入扶贫资金41.11亿元与所列各项合计42.11亿元不符")]),
    ("JX101", "national-2020", "2016年省级投入扶贫资金42.11亿元,其中,财政专项扶贫资金17亿元,其他用于扶贫的资金共计25.11亿元。", []),
    # no whole listing: a part's own 其中, a 其中 in brackets, the sentence before listing parts itself, money in
    # and out together, a run-on next statement, a last part in bare 万, a line that stops mid-listing
    ("JX101", "national-2020", "部门预算收入1250万元。其中,财政经费拨款1250万元,其中纳入预算管理的罚没收入100万元。", []),
    ("JX101", "national-2020", "下达资金134万元(其中专项补助资金40万元),本级安排专项经费20万元,两项合计154万元。", []),
    ("JX101", "national-2020",
     "共收到财政资金575万元。其中,收到结转资金7.5万元,当年收入567.5万元,当年支出560万元。其中,基本支出500万元,项目支出60万元。",
     []),
    ("JX101", "national-2020",
     "收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元,其他资金859.6万元2023年支出2310.4万元,"
     "其中中央资金1352.2万元。", []),
    ("JX101", "national-2020", "下达补助资金350万元,其中,甲县200万元;乙县64万元;救助站86万。", []),
    ("JX101", "national-2020", "申报资金共1000万元,其中:造林200万元,保护地60万元,森林", []),
    ("JX101", "national-2020", "申报资金共1000万元,其中:造林200万元,保护地60万元,森林保险700万元",
     [(1, "warning", "申报资金共1000.00万元与所列各项合计960.00万元不符")]),
    # a form's cells run together after its rate header state no rate: nothing to recompute
    ("JX103", "national-2020", "全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:874 874 100% 其中:中央财政资金21182118100%", []),
    # "其构成为" lists a total's parts; the same total broken down again "按X分类" has its amount further back
    ("JX101", "national-2020", "预算收入决算数为92.50万元,其构成为一般公共预算拨款收入64.53万元,其他收入为28.97万元。",
     [(1, "error", "预算收入决算数为92.50万元与所列各项合计93.50万元不符")]),
    ("JX101", "national-2020",
     "全年支出决算数为112.22万元,按功能分类其构成为一般公共支出75.76万元,其他支出36.46万元;"
     "按支出性质分类其构成为基本支出112.22万元,项目支出为0万元。", []),
    # a sum of what was listed ("以上合计", "两项合计") is no part; figures in 亿元 are rounded to 0.01亿元
    ("JX101", "national-2020", "全年总支出254万元,其中:基本支出200万元,项目支出54万元,以上合计254万元。", []),
    ("JX101", "national-2020", "总投资25.11亿元,其中:中央资金12.35亿元,地方资金12.77亿元。", []),
    # a second "其中" row under a sub-row is nested in it: the rows are no partition of the total
    ("JX101", "national-2020",
     "全年预算数 | 全年执行数 | 执行率 |\n年度资金总额 |100|100|100%\n其中:当年财政拨款|100|100|\n其中:中央资金|60|60|\n"
     "上年结转资金|||\n其他资金|||\n", []),
    # a detail in brackets before 其中 is not the total its parts are listed for
    ("JX101", "national-2020",
     "2018年决算总支出30,969.07万元(包含使用的存量资金2,386.53万元),其中基本支出370.48万元,项目支出30,598.58万元。", []),
    # a form's fund-source rows are the whole of its total, those left blank included; one row alone may be
    # all the text kept, and a department's nested rows (基本支出, 其中:公用经费, 项目支出) are no partition
    ("JX101", "national-2020",
     "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n年度资金总额: | 2000 | 1157.97 | 57.89% | ||||\n"
     "其中:中央财政资金 | 2000 | 1157.9 | 57.89% | ||||\n地方财政资金 | |||||||\n其他资金 | |||||||\n",
     [(2, "error", "全年执行数1157.97万元与所列各项合计1157.90万元不符")]),
    ("JX101", "national-2020",
     "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n年度资金总额: | 2000 | 1157.9 | 57.90% | ||||\n"
     "其中:中央财政资金 | 2000 | 1157.9 | 57.90% | ||||\n地方财政资金 | |||||||\n其他资金 | |||||||\n", []),
    ("JX101", "national-2020",
     "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n年度资金总额: | 2000 | 1157.97 | 57.89% | ||||\n"
     "其中:中央财政资金 | 2000 | 1157.9 | 57.89% | ||||\n", []),
    ("JX101", "national-2020",
     "项目 | 2022年预算数 | 2022年决算数 |\n支出总额 | 1342.49 | 1342.49 |\n基本支出 | 719.99 | 719.99 |\n"
     "其中:公用经费 | 95.86 | 95.86 |\n项目支出 | 622.5 | 622.5 |\n", []),
    # no unit stated: the list may be counts, nothing is read
    ("JX101", "national-2020", "年度总数: 321\n其中:甲 166\n乙 136\n丙 20\n", []),
    # figures in 元 are written to the cent: 0.09 元 is no rounding
    ("JX101", "national-2020",
     "项目概算总投资为269,847,166.9元,其中:工程费为218,431,364.09元,其他费用为34,695,937.72元,"
     "预备费用为12,656,365元,建设期利息4,063,500元。",
     [(1, "warning", "项目概算总投资为269847166.90元与所列各项合计269847166.81元不符")]),
    ("JX108", "national-2020", "预算执行率103.21%。", [(1, "warning", "支出超过预算：报告写明的预算执行率为103.21%")]),
    ("JX108", "national-2020", "全年预算数100万元，实际支出99.99万元，预算执行率99.99%。", []),
    # the published form re-scored, hand-computed: a cost cap (1 − 530/5300) × 10 = 9; a bare percentage is
    # a floor, 95/100 × 10 = 9.5; "=0起" allows none; 770/1228 × 2 = 1.254, so 1.3 is rounding only
    ("JX110", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n人均培训费\t≤5300元\t5830元\t10\t10",
     [(2, "error", "未完成指标却给满分：人均培训费：实际 5830 元 超过指标 5300 元，按 (1 − (5830−5300)/5300) × 10 = 9 分，表中却填满分 10 分")]),
    ("JX110", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n资金拨付及时率\t100%\t95%\t10\t10",
     [(2, "error", "未完成指标却给满分：资金拨付及时率：实际 95% 未达指标 100%，按完成比例 95/100 × 10 = 9.5 分，表中却填满分 10 分")]),
    ("JX110", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n验收合格率\t=100%\t100%\t10\t10", []),
    ("JX110", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n安全事故\t=0起\t1起\t5\t5",
     [(2, "error", "未完成指标却给满分：安全事故：指标值为 0，实际 1 起 > 0，得 0 分，表中却填满分 5 分")]),
    # a cost indicator without an operator is a cap: (1 − 5/45) × 10 = 8.89
    ("JX110", "national-2020",
     "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n成本指标\t经济成本指标\t设备采购成本\t45万元\t50万元\t10\t10",
     [(2, "error", "未完成指标却给满分：设备采购成本：实际 50 万元 超过指标 45 万元，按 (1 − (50−45)/45) × 10 = 8.89 分，表中却填满分 10 分")]),
    # one cell per line (4604/4754 × 20 = 19.37), and rows printed with single spaces (8/10 × 12 = 9.6)
    ("JX110", "national-2020",
     "三级指标\n年度指标值\n实际完成值\n分值\n得分\n监测负面舆情\n≥4754条\n4604条\n20\n20\n培训次数\n≥26次\n26次\n10\n10\n",
     [(6, "error", "未完成指标却给满分：监测负面舆情：实际 4604 条 未达指标 4754 条，按完成比例 4604/4754 × 20 = 19.37 分，表中却填满分 20 分")]),
    ("JX110", "national-2020",
     "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n数量指标 指标1:宣传场次 ≥10场 8场 12 12\n"
     "指标2:试剂数量 ≥2400份 3200份 12 12\n",
     [(2, "error", "未完成指标却给满分：宣传场次：实际 8 场 未达指标 10 场，按完成比例 8/10 × 12 = 9.6 分，表中却填满分 12 分")]),
    ("JX109", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n培训人次\t≥1228人次\t770人次\t2\t1.3",
     [(2, "info", "指标得分与计分规则不符：培训人次：实际 770 人次 未达指标 1228 人次，按完成比例 770/1228 × 2 = 1.25 分，表中填 1.3 分")]),
    # parts listed before the total named after them: a difference is worth a look (hand-written: 30 + 50 = 80)
    ("JX101", "national-2020", "专项资金支出30万元,预算执行率75%,财政资金支出50万元,总支出90万元。\n",
     [(1, "warning", "总支出90.00万元与所列各项合计80.00万元不符")]),
    ("JX101", "national-2020", "专项资金支出30万元,财政资金支出50万元,总支出80万元。\n", []),
    # a total a named relation knows the parts of keeps that relation's severity
    ("JX101", "national-2020", "基本支出200万元,项目支出70万元,支出合计260万元。\n",
     [(1, "error", "支出合计260.00万元与所列各项合计270.00万元不符")]),
    # a part listed after its own parts (150 + 50 = 200), other measures or years of the total: no breakdown
    ("JX101", "national-2020", "人员支出150万元,公用支出50万元,基本支出200万元,项目支出100万元,总支出300万元。\n", []),
    ("JX101", "national-2020", "年初预算100万元,调整预算120万元,预算总额120万元。\n", []),
    ("JX101", "national-2020", "2021年支出100万元,2022年支出120万元,总支出120万元。\n", []),
    # amounts before a total that are not all of its kind ("预算" is no 支出) are no breakdown of it
    ("JX101", "national-2020", "年初预算30万元,财政资金支出50万元,总支出90万元。\n", []),
    # rates of a fund's sources stated in one sentence with the total's: each rates its source's money, so
    # neither is checked against the report's figures nor taken for the report's rate stated twice
    ("JX103", "national-2020", SOURCE_RATES, []),
    ("JX201", "national-2020", SOURCE_RATES, []),
    ("JX201", "national-2020", SOURCE_RATES + "三、结论\n专项资金支出20万元,预算执行率67%,财政资金支出50万元,预算执行率71%。\n", []),
    # a form printed one cell per line, its header cells spread out ("年度 指标值") (hand-written)
    ("JX109", "national-2020", "三级指标 |\n年度 指标值 |\n实际 完成值 |\n分值 |\n得分 |\n||||\n资金拨付率 |\n100% |\n80% |\n10 |\n9 |\n",
     [(7, "error", "指标得分与计分规则不符：资金拨付率：实际 80% 未达指标 100%，按完成比例 80/100 × 10 = 8 分，表中填 9 分")]),
    # qualitative: 部分达成 of 10 points is 6 to under 8; no tier written keeps the unit's score; words as the
    # actual value cannot be re-scored
    ("JX109", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n政策知晓度\t效果明显\t部分达成年度指标并具有一定效果\t10\t9",
     [(2, "error", "指标得分与计分规则不符：政策知晓度：定性指标，评为“部分达成年度指标并具有一定效果”，自评 9 分（该档 6–8 分，不含 8 分），超出该档，按 7.99 分计；表中填 9 分")]),
    ("JX109", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n宣传效果\t效果明显\t效果明显\t10\t9", []),
    ("JX109", "national-2020", "三级指标\t年度指标值\t实际完成值\t分值\t得分\n宣传效果\t≥3次\t已完成\t10\t10", []),
    # a total above rows that are all 0; a form not read whole is not re-totalled
    ("JX111", "national-2020",
     "项目资金（万元）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分\n"
     "年度资金总额\t100\t100\t100\t10\t100%\t0\n三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
     "培训次数\t≥20次\t20次\t45\t0\n覆盖人数\t≥100人\t100人\t45\t0\n总分\t100\t93.61\t优",
     [(6, "error", "总分：表中各行得分合计 0 分，表中总分填 93.61 分")]),
    # the funds block: a total above sub-rows that are all 0 (their blank 分值, 执行率, 得分 dashes)
    ("JX111", "national-2020",
     "项目资金（万元）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分\n"
     "年度资金总额\t93.61\t93.61\t93.61\t10\t100%\t10\n其中：当年财政拨款\t0\t0\t0\t—\t—\t—\n"
     "上年结转资金\t0\t0\t0\t—\t—\t—\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
     "产出指标\t培训次数\t≥20次\t20次\t50\t50\n",
     [(2, "error", "年度资金总额的年初预算数填报 93.61 万元，与本年财政拨款、上年结转资金合计 0 万元不符，按合计计算；"
       "年度资金总额的全年预算数(A)填报 93.61 万元，与本年财政拨款、上年结转资金合计 0 万元不符，按合计计算；"
       "年度资金总额的全年执行数(B)填报 93.61 万元，与本年财政拨款、上年结转资金合计 0 万元不符，按合计计算")]),
    # weights are compared only on a form read whole: here the points add to 90 with the execution row
    ("JX113", "national-2020",
     "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t培训次数\t≥20次\t20次\t40\t40\n"
     "效益指标\t覆盖人数\t≥100人\t100人\t40\t40\n", []),
    ("JX112", "national-2020",
     "三级指标\t年度指标值\t实际完成值\t分值\t得分\n培训次数\t≥20次\t10次\t50\t50\n总分\t100\t100\t优", []),
    # counts: parts in brackets or after 其中 more than their total; fewer are a partial listing, traits overlap,
    # a listing ending in 等 says it is not whole, and figures in 万 or with decimals may be rounded
    ("JX114", "national-2020", "在职人员76人，其中：行政编制73人、工勤3人、事业编制2人、临聘1人。",
     [(1, "warning", "76人少于所列各项合计79人")]),
    ("JX114", "national-2020", "内设机构28个，其中派出所11个，拘押收教场所2个。", []),
    ("JX114", "national-2020", "在职人员76人，其中党员40人、女性50人。", []),
    # a year in the bracket is no count, a part's own part after 其中 is no further part, and a change against last year
    # told after the parts ends them
    ("JX114", "national-2020", "实有编制12人,2016年末在职12人(含2005年撤区并乡3人)、退休14人。", []),
    ("JX114", "national-2020", "司法所2人(区发工资2人,其中司法助理员1人),社区员额人员86人。", []),
    ("JX114", "national-2020", "实有在职人员57人,其中行政编制27人,全额拨款事业编制30人,实有人数较上年减少3人。", []),
    ("JX114", "national-2020", "实有在职人员57人,其中行政编制27人,全额拨款事业编制33人,实有人数较上年减少3人。",
     [(1, "warning", "57人少于所列各项合计60人")]),
    # the names after another count right before, or an office's name holding 及, are as many as it says
    ("JX115", "national-2020", "应急管理局下设17个内设机构两个其他机构1个下级单位:分别为办公室、应急指挥中心、新闻宣传处、"
     "风险监测和综合减灾处。", []),
    ("JX115", "national-2020", "民族宗教事务局内设机构4个,分别是办公室、民族经济发展股、宗教事务管理股、城市民族宗教及政策法规监督管理股。",
     []),
    ("JX115", "national-2020", "交警大队内设机构4个,分别是办公室、秩序科、车辆管理所及指挥中心。",
     []),
    ("JX114", "national-2020", "共培训120人次(农民80人次、技术员50人次等)。", []),
    ("JX114", "national-2020", "建设基地21.73万亩(核桃10.02、苹果1.52、花椒9.38、大樱桃0.31、梨0.52万亩)。",
     [(1, "info", "21.73万亩少于所列各项合计21.75万亩")]),
    ("JX114", "national-2020", "全年接待游客3.5万人次，其中省外游客2万人次、省内游客2.6万人次。",
     [(1, "warning", "3.5万人次少于所列各项合计4.6万人次")]),
    ("JX114", "national-2020", "项目资金100万元(中央资金60万元、省级资金50万元)。", []),
    # items set apart by "；", each opening with its count, then its own breakdown and money: the openings sum
    ("JX114", "national-2020",
     "共编制项目51个(产业项目50个,包括光伏发电项目49个314.76万元,资产收益类项目1个513.04万元;"
     "教育扶持项目1个,雨露计划投资7.2万元;金融类项目1个,风险补偿金20万元)。",
     [(1, "warning", "51个少于所列各项合计52个")]),
    ("JX114", "national-2020",
     "共编制项目52个(产业项目49个,包括光伏发电项目48个314.76万元,资产收益类项目1个513.04万元;"
     "教育扶持项目1个,雨露计划投资7.2万元;金融类项目2个,风险补偿金20万元)。", []),
    ("JX114", "national-2020", "共编制项目52个(产业项目50个;投资共计800万元;教育扶持项目3个)。", []),
    # more names than the count, the last two joined by 及; a list ending in 等, two names, numbered items
    ("JX115", "national-2020", "内设5个部门,分别是情报信息中队、秩序管理中队、事故中队、勤务中队、车辆管理所及指挥中心。",
     [(1, "warning", "写作5个，其后“分别为”列出的却是6个")]),
    ("JX115", "national-2020", "内设5个部门,分别是情报信息中队、秩序管理中队、事故中队、车辆管理所及指挥中心。", []),
    ("JX115", "national-2020", "下设机构8个,分别为办公室、财务室、业务室等。", []),
    ("JX115", "national-2020", "两类项目,分别是:土壤污染防治类和大气污染防治类。", []),
    ("JX115", "national-2020", "10个,分别为:(1)剧团运转资金20万元、(2)场馆维护10万元、(3)培训5万元。", []),
    ("JX115", "national-2020", "所属事业单位十二个,分别为:甲中心、乙中心、丙中心。",
     [(1, "warning", "写作12个，其后“分别为”列出的却是3个")]),
    ("JX201", "national-2020", "2025年度年初预算收入158.5万元。……2025年度年初预算收入158.50万元。", []),
    # the same words for different subjects, list items and batch allocations are not one figure twice
    ("JX201", "national-2020", "甲县申请补助资金10万元，实际支出9万元。乙县申请补助资金12万元，实际支出12万元。", []),
    ("JX201", "national-2020", "1、档案整理费5万元，实际已支付5万元；\n2、稽查费用8万元，实际已支付8万元。", []),
    ("JX201", "national-2020", "2月下达我县专项资金预算40万元。6月下达我县专项资金预算20万元。", []),
    ("JX201", "national-2020", "自评得分96分，评价等级为优。\n综上，本项目自评得分94分。",
     [(1, "error", "自评得分前后不一致：第1行写96，第2行写94")]),
    ("JX201", "national-2020", "评价等级为“优”有37个、评价等级为“中”有5个。", []),
    # a part listed after 其中 is the part of its own total: 基本支出's 商品和服务支出 is not 项目支出's
    ("JX201", "national-2020", "2024年我办基本支出100.57万元,其中:工资福利支出70.07万元、商品和服务支出25.95万元。\n"
     "2024年我办项目支出21万元,其中:商品和服务支出20.22万元。", []),
    ("JX201", "national-2020", "2024年我办基本支出100.57万元,其中:商品和服务支出25.95万元。\n"
     "2024年我办基本支出100.57万元,其中:商品和服务支出20.22万元。",
     [(1, "error", "商品和服务支出前后不一致：第1行写25.95万元，第2行写20.22万元")]),
    # only a complete set of first-level indicators must add up to the total
    ("JX105", "national-2020", "一、投入（14分）……二、过程（26分）……三、产出（30分）", []),
    # grades: lower bounds are inclusive, and each scheme has its own bands and names
    # per-head amounts in 元 are no unit slip among 万元 figures
    ("JX202", "national-2020", "2025年度年初预算收入158.5万元，慰问对象120人，慰问标准300元/人。", []),
    ("JX202", "national-2020", "2025年度年初预算收入158.5万元，人均补助300元。", []),
    ("JX203", "national-2020", "自评得分90分，评价等级为优。", []),
    ("JX203", "national-2020", "自评得分89.99分，评价等级为优。",
     [(1, "error", "自评得分89.99分应评为“良”，报告写“优”")]),
    ("JX203", "national-2020", "自评得分59分，评价等级为中。", [(1, "error", "自评得分59分应评为“差”，报告写“中”")]),
    ("JX203", "luquan-2024", "自评得分86分，评价等级为优秀。", []),
    ("JX203", "luquan-2024", "自评得分84.5分，评价等级为优秀。",
     [(1, "error", "自评得分84.5分应评为“良好”，报告写“优秀”")]),
    ("JX203", "provincial-80", "自评得分82分，评价等级为优。", []),
    ("JX203", "provincial-80", "自评得分78分，评价等级为优。",
     [(1, "error", "自评得分78分应评为“良”，报告写“优”")]),
    ("JX205", "national-2020", "2023年度部门整体支出绩效自评报告\n2024年3月14日", []),
    ("JX206", "national-2020", "项目实施期为2021年-2023年，2022年至2023年完成建设。", []),
    # the time the report says the self-evaluation was carried out, before the year ended
    ("JX205", "national-2020", "某县总工会2023年度部门整体支出绩效自评报告\n某县总工会于2023年5月对部门整体支出开展绩效自评。",
     [(2, "warning", "报告写明的自评开展时间2023年5月早于评价年度2023年结束")]),
    ("JX205", "national-2020", "某县总工会2023年度部门整体支出绩效自评报告\n某县总工会于2024年5月对部门整体支出开展绩效自评。", []),
    # a date of some other work, or an evaluation of another year, is no date of this self-evaluation
    ("JX205", "national-2020", "某局2022年度部门整体支出绩效自评报告\n项目于2022年10月完成全部建设任务,经单位自评,成效明显。", []),
    ("JX205", "national-2020", "某局2022年度部门整体支出绩效自评报告\n我局于2022年4月对2021年度项目支出开展了绩效自评。", []),
    # the stages of the self-evaluation's own work dated inside the year evaluated; a project's period is no date of it
    ("JX205", "national-2020", "某团委2019年度项目绩效自评报告\n二、项目绩效自评工作开展情况\n（一）准备阶段（2019年1月10日至30日）\n"
     "组织学习绩效自评的相关规定。", [(3, "warning", "报告写明的自评工作阶段时间2019年1月早于评价年度2019年结束")]),
    ("JX205", "national-2020", "某团委2019年度项目绩效自评报告\n二、项目绩效自评工作开展情况\n（一）准备阶段（2020年1月10日至30日）\n"
     "组织学习相关规定。", []),
    ("JX205", "national-2020", "某局2020年度项目绩效自评报告\n一、项目概况\n（一）准备阶段（2020年1月至3月）\n完成项目选址。", []),
    # prepared before the year's end and carried out after it, prepared in its last months, another year's evaluated
    ("JX205", "national-2020", "某局2022年度项目绩效自评报告\n二、项目绩效自评工作开展情况\n1.准备阶段（2022年12月）成立自评领导小组，印发自评通知。", []),
    ("JX205", "national-2020", "某局2022年度部门整体支出绩效自评报告\n二、部门绩效自评工作开展情况\n（一）自评阶段（2022年3月）：对上年度项目支出开展自评。", []),
    ("JX205", "national-2020", "某局2022年度项目绩效自评报告\n二、项目绩效自评工作开展情况\n（一）准备阶段（2022年12月）：成立自评工作小组。\n"
     "（二）实施阶段（2023年1月至2月）：开展绩效自评。", []),
    ("JX205", "national-2020", "某县2020年度基本公共卫生服务项目绩效自评报告\n项目期限\t2020年1月1日至2020年12月31日\n", []),
    # a completion rate after its target and what was done, at the places it is written with, in 繁體 too; a rate
    # of something else, or counts in other units, are not compared
    # a count's part listed after 其中 with its share: the share against part ÷ total at the places it is written
    # with; a share of another base, a part in another unit, a share cut to the places written are not judged
    # a count split into its kinds (a staffing quota by kind of post, or kinds named as types) that add up to less;
    # members named (some of them), a bracket of what it includes, a listing the page cuts off: no claim of all
    # hand-written: the quota named as a whole (编制总数) before its kinds: 18 + 25 = 43, not 45
    ("JX121", "national-2020", "某镇2022年度部门整体支出绩效自评报告\n核定编制总数45名,其中行政编制18名、事业编制25名。",
     [(2, "warning", "45名多于所列各类合计43名")]),
    ("JX121", "national-2020", "核定编制58名,分别为行政编制41名、工勤编制14名,内设机构6个。",
     [(1, "warning", "58名多于所列各类合计55名")]),
    ("JX121", "national-2020", "核定编制58名,分别为行政编制41名、工勤编制17名,内设机构6个。", []),
    ("JX121", "national-2020", "全县共有幼儿园46所,其中公办幼儿园29所、普惠性民办幼儿园11所。", []),
    ("JX121", "national-2020", "实有人员104人(含工勤人员4人,事业人员3人)。", []),
    ("JX121", "national-2020", "核定编制58名,其中行政编制41名、工勤编制14名", []),
    # a change stated with its rate against last year's figure or a target: judged on the figures the sentence
    # names, each with the rounding it is written with; parts in brackets or after 其中 are no figures of the change
    ("JX122", "national-2020", "本年度收入合计3258909.77元,上年度收入合计3736198.37元,收入减少477288.6元,同比下降14.60%。",
     [(1, "warning", "下降率写作14.6%，按上年3736198.37元、减少额477288.6元计算应为12.77%")]),
    ("JX122", "national-2020", "本年度收入合计3258909.77元,上年度收入合计3736198.37元,收入减少477288.6元,同比下降12.770%。", []),
    ("JX122", "national-2020", "2018年三公经费决算总额16.42万元,较上年减少1.28万元,减少7.22%。", []),
    ("JX122", "national-2020", "全年培训150人次,较2021年的120人次增长35%。",
     [(1, "warning", "增长率写作35%，按本年150人次、上年120人次计算应为25.00%")]),
    ("JX122", "national-2020", "改造任务115户、实际完成264户,超任务43%。",
     [(1, "warning", "超额比例写作43%，按目标115户、完成264户计算应为129.57%")]),
    ("JX122", "national-2020", "改造任务115户、实际完成264户,超任务129.6%。", []),
    ("JX122", "national-2020", "公务用车运行维护费2.68万元(运行维护费2.68万元、购置费0元),较上年减少0.95万元,减少26.19%。", []),
    ("JX122", "national-2020", "实有人员编制68人,其中:行政编制37人,事业编制31人,比去年增加8人,增长13.33%。", []),
    ("JX122", "national-2020", "全年培训150人次,较上年增长约20%。", []),
    ("JX123", "national-2020", "全年办理法律援助案件1286件,比上年的1122件增加164件,增长14.62%。", []),
    # a sentence opening with 其中 lists the parts of the sentence before: among them, this year's and last year's
    ("JX123", "national-2020", "中心共收到财政资金29148802.22元。其中,当期取得收入28736415.72元,当期发生支出28659317.40元,"
     "上年支出为26381940.65元,本年比上年增加2196584.20元,增长8.63%。",
     [(1, "warning", "增加额写作2196584.20元，按本年28659317.40元、上年26381940.65元计算应为2277376.75元")]),
    # the three figures disagreeing with the rate too: which is which is not clear, nothing is judged
    ("JX123", "national-2020", "上年年初预算收入801.4万元,收入决算数为991.58万元,本年收入决算数比上年减少105.95万元,减少10.68%。", []),
    ("JX122", "national-2020", "上年年初预算收入801.4万元,收入决算数为991.58万元,本年收入决算数比上年减少105.95万元,减少10.68%。", []),
    # an arrival rate above what arrived over what was planned; more arriving than planned, written 100%, is a cap
    ("JX124", "national-2020", "2021年全国助残日慰问经费预算安排资金6.3万元,实际到位资金5.6万元,资金到位率100%。",
     [(1, "warning", "资金到位率写作100%，而计划的6.3万元只到位5.6万元，按此计算为88.89%")]),
    ("JX124", "national-2020", "年初预算2,451,170.06元,实际到位资金3,011,525.72元,资金到位率100%。", []),
    ("JX124", "national-2020", "中央财政安排的7215万元资金全部拨付到位,省级财政配套资金实际到位2180.18万元,资金到位率100%。", []),
    ("JX124", "national-2020", "下达资金48万元,其中:运营补贴19万元,服务补贴17万元,到位资金48万元,资金到位率100%。", []),
    ("JX124", "national-2020", "项目计划投资80万元,实际到位72万元,资金到位率90%。", []),
    # the shortfall told after what arrived is read past
    ("JX124", "national-2020", "2021年我省基本公共卫生服务补助资金地方应配套39684.00万元,实际配套到位资金36512.48万元,尚有3171.52万元"
     "未到位,配套到位率为97.01%。",
     [(1, "warning", "资金到位率写作97.01%，而计划的39684.00万元只到位36512.48万元，按此计算为92.01%")]),
    # "(四)成本指标(5分)" under "二、产出(50分)": an indicator of 产出, no first-level weight (hand-written)
    ("JX105", "national-2020", "一、预算执行(10分)\n执行率96.63%,自评得9.66分。\n二、产出(50分)\n(一)数量指标(20分)\n"
     "完成维修131处,自评得20分。\n(二)成本指标(5分)\n单处补助未超过标准,自评得5分。\n三、效益(30分)\n受益人口达标,自评得30分。\n"
     "四、满意度(10分)\n满意度96%,自评得10分。\n项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "\t年度资金总额\t386.00\t452.50\t437.26\t10\t96.63%\t9.66", []),
    ("JX105", "national-2020", "一、预算执行(10分)\n执行率96.63%,自评得9.66分。\n二、产出(50分)\n(一)数量指标(20分)\n"
     "完成维修131处,自评得20分。\n三、成本指标(5分)\n单处补助未超过标准,自评得5分。\n四、效益(30分)\n受益人口达标,自评得30分。\n"
     "五、满意度(10分)\n满意度96%,自评得10分。\n项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "\t年度资金总额\t386.00\t452.50\t437.26\t10\t96.63%\t9.66",
     [(3, "error", "一级指标分值合计105分，应为100分")]),
    # the items after 其中, each with its money written "万" and its rate: their rates, not the whole's (hand-written)
    ("JX103", "national-2020", "投入中央直达资金486.5万,执行数471.32万,执行率96.88%。其中:低保资金执行352.8万,执行率100%;"
     "特困供养资金执行93.42万,执行率94.75%;临时救助资金执行25.1万,执行率71.51%。", []),
    ("JX103", "national-2020", "投入中央直达资金486.5万,执行数471.32万,执行率97.88%。其中:低保资金执行352.8万,执行率100%;"
     "特困供养资金执行93.42万,执行率94.75%。", [(1, "error", "执行率写作97.88%，按所列数字计算应为96.88%")]),
    # a fund of the project's named as the problem's subject, its low rate its own (hand-written)
    ("JX103", "national-2020", "某县农产品质量安全专项经费项目绩效自评报告\n该项目调整后预算260.00万元,实际支出251.25万元,"
     "预算执行率96.63%。\n四、存在的问题\n(一)追溯体系建设资金追加时间较晚,执行率仅为93.42%,部分设备年底才完成招标。", []),
    # the same total listed again another way after a "；" ("按用途分"): each listing its own parts (hand-written)
    ("JX101", "national-2020", "下达某区林业改革发展资金642万元,其中提前下达480万元、第二批下达162万元;按用途分,森林管护补助318万元、"
     "造林补助256万元和病虫害防治补助68万元。", []),
    ("JX101", "national-2020", "下达某区林业改革发展资金642万元,其中提前下达480万元、第二批下达152万元;按用途分,森林管护补助318万元、"
     "造林补助256万元和病虫害防治补助68万元。",
     [(1, "warning", "下达某区林业改革发展资金642.00万元与所列各项合计632.00万元不符")]),
    # the whole's use and what is left of it after its parts, in clauses of their own: no parts (hand-written)
    ("JX101", "national-2020", "批准实施项目3个,总投资 612.4万元,其中中央资金402.6万元,省级资金138.5万元,县级资金71.3万元,"
     "实际使用590.18万元,结余22.22万元,已收回。", []),
    ("JX101", "national-2020", "批准实施项目3个,总投资 622.4万元,其中中央资金402.6万元,省级资金138.5万元,县级资金71.3万元,"
     "实际使用590.18万元,结余32.22万元,已收回。",
     [(1, "warning", "总投资622.40万元与所列各项合计612.40万元不符")]),
    # an item's row with its own budget, spending and rate, printed without their unit: the item's rate (hand-written)
    ("JX103", "national-2020", "年初预算数 | 全年预算数 | 全年执行数 | 执行率\n248.6 | 286.45 | 271.89 | 94.92%\n"
     "档案数字化加工 | 预算 486,000.00 | 支出 462,870.50 | 执行率 95.24%", []),
    ("JX103", "national-2020", "年初预算数 | 全年预算数 | 全年执行数 | 执行率\n248.6 | 286.45 | 271.89 | 93.92%\n"
     "档案数字化加工 | 预算 486,000.00 | 支出 462,870.50 | 执行率 95.24%",
     [(2, "error", "执行率写作93.92%，按所列数字计算应为94.92%")]),
    # a balance after the budget and the spending in one sentence: judged with the rounding of the three figures
    ("JX125", "national-2020", "全年可用资金16.2万元,已用15.5万元,剩余0.7万元已按规定收回县级统筹使用。", []),
    ("JX125", "national-2020", "全年可用资金16.2万元,已用15.5万元,剩余0.5万元已按规定收回县级统筹使用。",
     [(1, "warning", "结余写作0.5万元，按预算16.2万元、支出15.5万元计算应为0.70万元")]),
    ("JX125", "national-2020", "全年预算数1562.80万元。全年执行数1498.36万元,上年结余46.44万元。", []),
    # figures in 亿元 are judged to the places written and told back in 亿元
    ("JX125", "national-2020", "2023年专项债1.45亿元已全部到位,已支付1.286亿元,结余0.154亿元。",
     [(1, "warning", "结余写作0.154亿元，按预算1.45亿元、支出1.286亿元计算应为0.164亿元")]),
    ("JX125", "national-2020", "2023年专项债1.45亿元已全部到位,已支付1.286亿元,结余0.164亿元。", []),
    # a completion rate named after the year's task, the done figure marked by 共
    ("JX116", "national-2020", "年度目标发放困难残疾人生活补贴1860人,截止2022年12月份全县共发放1812人,目标任务完成率99.42%。",
     [(1, "warning", "完成率写作99.42%，按目标1860人、实际完成1812人计算应为97.42%")]),
    ("JX116", "national-2020", "年度目标发放困难残疾人生活补贴1860人,截止2022年12月份全县共发放1812人,目标任务完成率97.42%。", []),
    # categories listed with their scores after 分别得; 分别为 alone may give their points
    ("JX104", "national-2020", "经自评,该项目投入、过程、产出、效益四项分别得18分、19分、37分、18分,综合自评得分94分。",
     [(1, "error", "各部分得分合计92分，与自评总分94分不符")]),
    ("JX104", "national-2020", "经自评,该项目投入、过程、产出、效益分别得分18分、19分、37分、18分,综合自评得分92分。", []),
    ("JX104", "national-2020", "一级指标投入、过程、产出、效益分别为20分、20分、40分、20分,综合自评得分94分。", []),
    # a new item of an enumeration after a "；" lists its own parts, not the amount before the "；"
    ("JX101", "national-2020", "专项资金分属两类工程:一是安防工程,其中甲线安防工程68.4万元,乙线安防工程45.26万元;二是危桥改造工程,"
     "其中大洋河桥改造92.5万元,长塘桥改造37.8万元,新村桥改造21.04万元。", []),
    ("JX120", "national-2020", "全县脱贫户3250户,其中享受产业奖补2184户,占比62.3%。",
     [(1, "warning", "享受产业奖补2184户的占比写作62.3%，按总数3250户计算应为67.2%")]),
    ("JX120", "national-2020", "全县脱贫户3250户,其中享受产业奖补2184户,占比67.2%。", []),
    ("JX120", "national-2020", "核定编制40名,其中:女性干部18人,占45%。", []),
    ("JX120", "national-2020", "全县脱贫户3250户,其中享受产业奖补2184户,占全市的12.5%。", []),
    ("JX120", "national-2020", "培训农民1200人次,其中贫困户380户,占比31.7%。", []),
    # the target is the figure before what was done in its unit, past figures of other units; 完工率 is a completion rate
    ("JX116", "national-2020", "实施农村公路养护工程380公里,完成总投资5964万元,截止9月底,完成200.031公里建设任务,完工率为100%。",
     [(1, "warning", "完成率写作100%，按目标380公里、实际完成200.031公里计算应为53%")]),
    ("JX116", "national-2020", "实施农村公路提质改造工程200.031公里,完成总投资24187万元,截止9月底,完成200.031公里建设任务,完工率为100%。", []),
    ("JX116", "national-2020", "计划培训200人次,实际完成180人次,完成率为95%。",
     [(1, "warning", "完成率写作95%，按目标200人次、实际完成180人次计算应为90%")]),
    # a rate capped at 100%, a ceiling met, a rate's own target, another measure's rate: no completion rate to judge
    ("JX116", "national-2020", "组织活动数量目标值是28次,实际完成值为40次,目标完成率为100%。", []),
    ("JX116", "national-2020", "投诉处理时限目标值≤5天,实际完成值为3天,完成率为100%。", []),
    ("JX116", "national-2020", "验收合格率目标值为95%,实际完成值为98%,完成率为100%。", []),
    ("JX116", "national-2020", "计划新建10个,实际完成8个,投资完成率为100%。", []),
    ("JX116", "national-2020", "設置績效目標數13個,實際完成9個,績效目標完成率為69.23%。", []),
    ("JX116", "national-2020", "設置績效目標數13個,實際完成9個,績效目標完成率為69.2%。", []),
    ("JX116", "national-2020", "目标值10万元,实际完成值为0万元,目标完成率为0%。", []),
    ("JX116", "national-2020", "计划培训200人次,实际完成180人次,资金执行率为95%。", []),
    ("JX116", "national-2020", "计划培训200人次,实际完成180人,完成率为95%。", []),
    # a claim that every target was met against the report's own missed target, a ceiling exceeded included;
    # a claim denied ("未全部完成"), a heading, and a target met say nothing
    ("JX207", "national-2020", "全年监测舆情不少于3000条，实际完成2500条。\n各项绩效指标均已完成。",
     [(2, "warning", "第2行称绩效目标全部完成，但“监测舆情”实际2500条，未达到目标≥3000条")]),
    ("JX207", "national-2020", "有效投诉件数≤3件，实际有效投诉5件。\n不存在未完成的绩效目标。",
     [(2, "warning", "第2行称绩效目标全部完成，但“实际有效投诉”实际5件，未达到目标≤3件")]),
    ("JX207", "national-2020", "全年监测舆情不少于3000条，实际完成2500条。\n绩效指标未全部完成。", []),
    ("JX207", "national-2020", "全年监测舆情不少于3000条，实际完成2500条。\n资金拨付准确率等3项指标均达到年度指标值。", []),
    # an aim ("确保…"), or a claim about one category of indicators, is no claim that every target was met
    ("JX207", "national-2020", "全年监测舆情不少于3000条，实际完成2500条。\n确保各项指标均达到预期。", []),
    ("JX207", "national-2020", "全年监测舆情不少于3000条，实际完成2500条。\n产出指标均已完成,效益指标尚有差距。", []),
    ("JX207", "national-2020", "全年监测舆情不少于3000条，实际完成2500条。\n二、绩效目标完成情况分析", []),
    ("JX207", "national-2020", "家长满意度，年初目标值≥95%，实际完成值95%。\n全面完成年度绩效目标。", []),
    ("JX206", "national-2020", "2023年度自评报告\n规划期2021年至2020年。",
     [(2, "warning", "第2行的年份区间“2021年至2020年”终止年早于起始年")]),
    ("JX204", "national-2020", "2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年度共取得收入合计239.67万元。", []),
    # a date taking up a document of a later year; a document issued the year before, or the same year, is fine
    # hand-written: a form's voucher column, the report dated before the last voucher (a blank-spaced date under its
    # label, as printed forms leave it); a day written 号 is no voucher, and a voucher before the date is none
    ("JX209", "national-2020", "某县2019年度公交运营补贴项目绩效自评表\n报告日期: 2019   9   12\n会计凭证号\n2019年3月0041号\n2019年12月0107号",
     [(5, "warning", "会计凭证2019年12月0107号晚于报告日期2019-09-12")]),
    ("JX209", "national-2020", "某县2019年度公交运营补贴项目绩效自评表\n报告日期：2019年9月12日\n会计凭证号\n2019年3月0041号\n于2019年10月1号起执行", []),
    ("JX209", "national-2020", "某县2019年度公交运营补贴项目绩效自评表\n报告日期：2020年2月12日\n会计凭证号\n2019年12月0107号", []),
    ("JX208", "national-2020", "2023年1月4日,我厅印发《关于下达2023年某专项资金任务清单的通知》(某建办文〔2023〕5号)。", []),
    ("JX208", "national-2020", "2017年2月27日收到《某省财政厅关于做好2016年度绩效自评工作的通知》(某财绩〔2017〕3号)。", []),
    ("JX208", "national-2020", "2019年3月,县财政局根据《关于下达2020年资金的通知》(某财预〔2020〕12号)拨付资金。",
     [(1, "warning", "第1行的日期2019年3月早于它所收到或依据的文件某财预〔2020〕12号的年份")]),
    # a change between figures, a part's own change, what 另有 sets apart and per-head figures are neither the
    # whole nor its parts; an item measured twice counts at the measure that adds up
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n支出12.41万元，比上年减少1.28万元，其中：公务接待费8.71万元，公务用车运行维护费3.70万元。", []),
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n决算支出480万元，比年初预算500万元减少20万元，其中：基本支出300万元，项目支出180万元。", []),
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n支出合计500万元，其中基本支出300万元，项目支出200万元，比上年减少10万元。", []),
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n本年收入500万元，其中财政拨款480万元，其他收入20万元，另有上年结转30万元。", []),
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n发放补助资金120万元，每户500元，其中脱贫户补助90万元，监测户补助30万元。", []),
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n基本支出300万元，其中人员经费250万元，日常公用经费50万元，人均公用经费2.5万元。", []),
    # the account's balancing total (支出总计 = 收入总计 of another sentence) is no base of the spending's rate
    ("JX103", "national-2020", "某县畜牧站2022年度部门整体支出绩效自评报告\n本年收入合计798.55万元，年初结转和结余148.62万元，收入总计959.47万元。本年支出合计873.46万元，年末结转和结余86.01万元，支出总计959.47万元。调整后预算900.70万元，预算执行率为96.98%。", []),
    # the year's budget closing the sentence before the spending and its balance ("…386万元,主要用于…。截至…已支出…,
    # 结余…"): the balance is of it; a budget with other money between it and the spending is not
    ("JX125", "national-2020", "某县水务局2020年度中央水利救灾资金绩效自评报告\n共下达我县2020年中央水利救灾资金386万元,主要用于水毁工程修复。截至2020年12月31日,已支出352.6万元,结余34.4万元。",
     [(2, "warning", "结余写作34.4万元，按预算386万元、支出352.6万元计算应为33.40万元")]),
    ("JX125", "national-2020", "某县水务局2020年度中央水利救灾资金绩效自评报告\n共下达我县2020年中央水利救灾资金386万元,主要用于水毁工程修复。截至2020年12月31日,已支出352.6万元,结余33.4万元。", []),
    ("JX125", "national-2020", "某县水务局2020年度中央水利救灾资金绩效自评报告\n共下达我县2020年中央水利救灾资金386万元。其中县级配套10万元,已支出352.6万元,结余34.4万元。", []),
    # the works' prices after a "；" (tendered, contracted) are no second breakdown of the investment
    ("JX101", "national-2020", "某学院2024年度学生公寓维修改造项目绩效自评报告\n项目概算总投资800万元,其中省级财政资金680万元、学校自筹资金120万元;经公开招标中标价742.38万元,签订合同价742.38万元(含暂列金35万元)。", []),
    # a rate its own sentence's amount gives (paid over the works' completed investment), the budget sentences before
    ("JX103", "national-2020", "某县交通运输局2021年度农村公路安防工程项目绩效自评报告\n2021年度该项目预算资金2160万元,全年实际支出2095.18万元,预算执行率97%。截至2021年12月31日,项目累计完成投资3531.24万元,其中工程结算审定价3388.74万元、其他费用142.50万元;累计已支付3415.38万元,支付率96.72%。", []),
    # last year's total, the figure a change is measured from, is no whole of this year's parts
    ("JX101", "national-2020", "某县水质站2023年度部门整体支出绩效自评报告\n按支出性质，基本支出312.59万元，项目支出124.28万元。\n本年支出合计比上年411.05万元增加25.82万元，增长6.28%。", []),
    # an average per event or per item, written with its measure word or 平均, is no part either
    ("JX101", "national-2020", "某县文化站2024年度部门整体支出绩效自评报告\n项目支出11.78万元，其中送戏下乡经费10.08万元，全年开展活动36场，场均0.28万元；图书购置1.70万元。", []),
    ("JX101", "national-2020", "某县文化站2024年度部门整体支出绩效自评报告\n项目支出11.78万元，其中送戏下乡经费10.08万元，平均成本0.28万元；图书购置1.70万元。", []),
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n资产总额418万元，其中流动资产144.57万元，固定资产原值300万元，净值212.57万元，无形资产60.86万元。", []),
    ("JX101", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n支出12.41万元，比上年减少1.28万元，其中：公务接待费8.71万元，公务用车运行维护费3.90万元。",
     [(2, "error", "支出12.41万元与所列各项合计12.61万元不符")]),
    # small sums really written in 元: a fee, interest, a balance, an amount per head written after its figure
    ("JX202", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元。公务接待费支出3500元。", []),
    ("JX202", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元。利息收入356.20元已上缴。", []),
    ("JX202", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元。发放一次性生活补助500元/人。", []),
    ("JX202", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元，结余资金200元。", []),
    # as 万元 it would outweigh every sum the report states: a small amount in 元 indeed
    ("JX202", "national-2020", "某县某项目2023年度绩效自评报告\n全年预算50万元，实际支出49.68万元，未使用资金3200元。", []),
    ("JX202", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n2023年度支出合计320.5万元，其中：工资福利支出280.3万元，"
     "商品和服务支出39.35万元，对个人和家庭的补助支出8500元。", []),
    ("JX202", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年度收入合计320.5万元。上年结转资金8000元。", []),
    # a total slipped into 元 over parts in 万元 is still a slip: as 万元 it is no more than twice the largest
    ("JX202", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n2023年度支出合计320.5元，其中：工资福利支出280.3万元，商品和服务支出40.2万元。",
     [(2, "error", "“320.5元”以元为单位，在以万元计的报告中只有作320.5万元才讲得通")]),
    ("JX202", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元，实际支出196元。",
     [(2, "error", "“196元”以元为单位，在以万元计的报告中只有作196万元才讲得通")]),
    # statements in the same words set apart by their time, their judge, their survey, their project or section,
    # or their money's use are no one figure stated twice
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n上年自评得分78分。本年自评得分92分。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n2022年度评价等级为良。2023年度评价等级为优。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n文化下乡项目自评得分88分。图书采购项目自评得分95分。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n单位自评得分96分。经主管部门复核，复核得分93分。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n（一）文化下乡项目\n经问卷调查，服务对象满意度达96%。\n（二）图书采购项目\n经问卷调查，服务对象满意度达92%。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n根据问卷统计，群众满意度为96%。根据电话回访，群众满意度为92%。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n（一）文化下乡项目\n该项目年初预算资金50万元。\n（二）图书采购项目\n该项目年初预算资金60万元。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n年初预算安排专项资金500万元，用于农村公路建设。\n年初预算安排专项资金80万元，用于农村公路养护。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n2023年初，单位资产总额300万元。2023年末，单位资产总额320万元。", []),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n2023年末，单位资产总额300万元。\n2023年末，单位资产总额320万元。",
     [(2, "error", "资产总额前后不一致：第2行写300万元，第3行写320万元")]),
    ("JX201", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n2023年度评价等级为良。\n综上，评价等级为优。",
     [(2, "error", "grade前后不一致：第2行写良，第3行写优")]),
    # a rate is checked only on the figures it is surely computed on: not one fund's or another year's rate against
    # the whole, not the whole's rate against a listed part, a share named after another base, figures paired
    # by 分别为, or a budget that money was added to
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n项目总预算200万元，其中中央资金120万元，已支出120万元，执行率100%；省级资金80万元，已支出60万元，执行率75%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n中央资金执行率100%，省级资金执行率80%。全年预算300万元，实际支出280万元。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元，实际支出196万元，执行率98%，其中专项资金执行率96%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算300万元，其中中央资金200万元，省级资金100万元，实际支出285万元，执行率95%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元，其中基本支出预算120万元，占60%；项目支出预算80万元，占40%。实际支出196万元，执行率98%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n总支出500万元，其中项目支出200万元，项目支出中专项业务费120万元，占项目支出的60%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n年初预算数和全年预算数分别为100万元、120万元，全年执行数114万元，执行率95%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元，实际支出196万元，执行率98%，上年执行率85%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n年初预算100万元，年中追加20万元，实际支出114万元，执行率95%。", []),
    ("JX103", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n全年预算200万元，实际支出196万元，执行率95%，上年执行率85%。",
     [(2, "error", "执行率写作95%，按所列数字计算应为98%")]),
    # a category's own sub-parts in brackets, parts' scores after the total, a sub-heading's score and a
    # category's full marks with its deduction are no first-level points or scores, nor the report's total
    ("JX104", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n预算执行率得分10分，产出指标得分48分，效益指标得分38分（其中满意度指标得分9分），自评得分96分。", []),
    ("JX104", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n一、预算执行率（10分）：得分10分\n二、产出指标（90分）：得分88分\n（一）数量指标（20分）：得分20分\n（二）质量指标（70分）：得分68分\n自评总分98分。", []),
    ("JX105", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n预算执行率10分，产出指标50分，效益指标40分（其中社会效益指标30分、满意度指标10分）。", []),
    ("JX105", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n项目自评得分为95分，其中：预算执行率10分、产出指标47分、效益指标29分、满意度指标9分。", []),
    ("JX106", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n产出指标满分50分，扣2分，得48分。自评得分95分。", []),
    # a form's funds rows not all read (a sub-row its reader could not place, a transfer form's 地方资金), its
    # indicator rows not all read, and an actual value in another unit than the target's judge nothing
    ("JX111", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 100 | 120 | 114 | 10 | 95% | 9.5\n其中：当年财政拨款 | 100 | 100 | 96 | — | 96% | —\n上年结转资金 | 0 | 20 | 18 | — | 90% | —\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 演出场次 | ≥20场 | 22场 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 30 | 30", []),
    ("JX111", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n资金情况（万元） | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A)\n年度资金总额： | 300 | 285 | 95%\n其中：中央财政资金 | 200 | 200 | 100%\n地方资金 | 100 | 85 | 85%\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 演出场次 | ≥20场 | 22场 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 30 | 30", []),
    ("JX111", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 100 | 100 | 100 | 10 | 100% | 10\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 项目成本 | ≤100万元 | 98.5万 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 30 | 30\n总分 | | | | 100 | 100", []),
    ("JX111", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 100 | 100 | 100 | 10 | 100% | 10\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 项目成本 | ≤100万元 | 985000元 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 30 | 30\n总分 | | | | 100 | 100", []),
    ("JX110", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n效益指标 | 受益群众 | ≥10000人次 | 1.2万人次 | 60 | 60\n产出指标 | 演出场次 | ≥20场 | 22场 | 40 | 40", []),
    ("JX110", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 建设周期 | ≤1年 | 10个月 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 40 | 40", []),
    ("JX110", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 人均成本 | ≤0.5万元 | 4800元 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 40 | 40", []),
    ("JX110", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 改造面积 | ≥2000平方米 | 0.25万平方米 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 40 | 40", []),
    ("JX111", "national-2020", "某县文化馆2023年度项目支出绩效自评表\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 100 | 120 | 114 | 10 | 95% | 9.5\n其中：当年财政拨款 | 100 | 100 | 96 | | |\n一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 演出场次 | ≥20场 | 22场 | 60 | 60\n效益指标 | 受益人数 | ≥1000人 | 1200人 | 30 | 30",
     [(3, "error", "年度资金总额的全年预算数(A)填报 120 万元，与本年财政拨款合计 100 万元不符，按合计计算；年度资金总额的全年执行数(B)填报 114 万元，与本年财政拨款合计 96 万元不符，按合计计算")]),
    # true findings the guards above must leave alone (a review's cases): one statement qualified and the other
    # not, 追加 and 结余 as parts, a bracket after the total, the report's own rate in a 专项资金 or county report,
    # a budget's year-on-year change or arrival before its rate, a share of a total named …合计, a fee's 经费, and
    # no finding on a plan's later year, a cut-off date, a fund's money left unused, or text that states no bands
    ("JX201", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n二、绩效自评综述\n根据年初设定的绩效目标，项目自评得分为92分。\n三、综合评价结论\n项目自评得分为85分。",
     [(5, 'error', '自评得分前后不一致：第5行写92，第7行写85')]),
    ("JX201", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，全年预算100万元，实际支出98万元，预算执行率98%。\n二、绩效评价工作开展情况\n我单位通过资料审核、问卷调查等方式开展自评，自评得分为92分，评价等级为优。\n三、综合评价结论\n本项目自评得分为85分，评价等级为良。",
     [(5, 'error', '自评得分前后不一致：第5行写92，第7行写85'), (5, 'error', 'grade前后不一致：第5行写优，第7行写良')]),
    ("JX201", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n农村公路养护项目自评得分为92分。\n三、综合评价结论\n本项目自评得分为85分。",
     [(4, 'error', '自评得分前后不一致：第4行写92，第6行写85')]),
    ("JX201", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n经问卷调查，群众满意度为95%。\n三、综合评价结论\n群众满意度为90%。",
     [(4, 'error', '满意度前后不一致：第4行写95%，第6行写90%')]),
    ("JX201", "national-2020", "2023年度某县文化馆部门整体支出绩效自评报告\n一、部门基本情况\n2023年度年初预算收入158.5万元，预算支出158.5万元。\n二、评价结论\n2023年度年初预算收入154.74万元，主要用于文化下乡活动。",
     [(3, 'error', '年初预算收入前后不一致：第3行写158.5万元，第5行写154.74万元')]),
    ("JX101", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n2023年全年预算120万元，其中：年初预算100万元，年中追加30万元。实际支出120万元。",
     [(3, 'error', '2023年全年预算120.00万元与所列各项合计130.00万元不符')]),
    ("JX101", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n2023年全年预算150万元，其中：年初预算100万元，年中追加30万元，上年结转20万元。",
     []),
    ("JX101", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n2023年全年预算100万元，其中：中央资金50万元，省级资金30万元，另有上年结转资金20万元。",
     []),
    ("JX203", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n（二）评价标准：采用计划标准和行业标准。\n三、综合评价结论\n本项目自评得分为92分，评价等级为良。",
     [(6, 'error', '自评得分92分应评为“优”，报告写“良”')]),
    ("JX203", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n自评组按指标打分，其中：产出指标45分。\n三、综合评价结论\n本项目自评得分为92分，评价等级为良。",
     [(6, 'error', '自评得分92分应评为“优”，报告写“良”')]),
    ("JX203", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n上级补助资金60万元，县级资金40万元，以上为中央和省级资金。\n三、综合评价结论\n本项目自评得分为92分，评价等级为良。",
     [(6, 'error', '自评得分92分应评为“优”，报告写“良”')]),
    ("JX104", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n三、综合评价结论\n本项目自评得分92分（其中：决策指标得分18分，过程指标得分19分，产出指标得分36分，效益指标得分18分），评价等级为优。",
     [(5, 'error', '各部分得分合计91分，与自评总分92分不符')]),
    ("JX105", "national-2020", "2023年度某县农村公路养护项目绩效自评报告\n一、项目基本情况\n某县农村公路养护项目年初预算100万元，实际支出98万元，预算执行率98%。\n二、评价工作情况\n评价指标体系满分100分（其中：决策指标20分、过程指标20分、产出指标50分、效益指标20分）。",
     [(5, 'error', '一级指标分值合计110分，应为100分')]),
    ("JX103", "national-2020", "2023年度某县农村公路养护专项资金绩效自评报告\n一、项目基本情况\n2023年农村公路养护专项资金全年预算100万元，实际支出98万元，专项资金执行率90%。",
     [(3, 'error', '执行率写作90%，按所列数字计算应为98%')]),
    ("JX103", "national-2020", "2023年度某县农村公路养护专项资金绩效自评报告\n一、项目基本情况\n全县2023年全年预算100万元，实际支出98万元，全县预算执行率90%。",
     [(3, 'error', '执行率写作90%，按所列数字计算应为98%')]),
    ("JX103", "national-2020", "2023年度某县农村公路养护专项资金绩效自评报告\n一、项目基本情况\n2023年全年预算100万元，较上年增加10万元，实际支出98万元，预算执行率90%。",
     [(3, 'error', '执行率写作90%，按所列数字计算应为98%')]),
    ("JX103", "national-2020", "2023年度某县农村公路养护专项资金绩效自评报告\n一、项目基本情况\n2023年全年预算100万元；实际到位100万元，实际支出98万元，预算执行率90%。",
     [(3, 'error', '执行率写作90%，按所列数字计算应为98%')]),
    ("JX103", "national-2020", "2023年度某县文化馆部门整体支出绩效自评报告\n一、部门基本情况\n2023年项目支出合计200万元，其中：专项业务费120万元，占项目支出的50%；其他支出80万元，占项目支出的40%。",
     [(3, 'error', '专项业务费占比写作50%，按所列数字计算应为60%')]),
    ("JX103", "national-2020", "共青团某市委2019年度志愿服务工作经费项目支出绩效自评报告\n2019年度志愿服务工作经费预算资金5万元,实际到位5万元。\n截至年底，志愿服务工作经费未使用0.63万元。\n预算执行率87.4%。",
     []),
    ("JX204", "national-2020", "2023年度某县文化馆部门整体支出绩效自评报告\n一、部门基本情况\n2023年度收入合计239.67万元。\n五、下一步工作计划\n2024年我单位主要目标是：继续做好文化下乡工作。\n2024年主要任务：完成图书馆改造。",
     []),
    ("JX208", "national-2020", "2022年度某县文化馆部门整体支出绩效自评报告\n二、评价工作情况\n截至2022年12月31日，根据《某县财政局关于开展2022年度绩效自评工作的通知》（某财绩〔2023〕5号）要求，我单位对2022年度预算执行情况开展自评。",
     []),
    # a cost per hundred 元 of income is a ratio in 元, no aggregate, however far back 百元 stands in its sentence
    ("JX202", "national-2020", "2023年度某县人民医院部门整体支出绩效自评报告\n2023年度部门收入合计6239.67万元，支出合计6102.35万元。\n"
     "百元医疗收入（不含药品收入）中消耗的卫生材料为18.6元，目标值≤20元。", []),
    # a cost per hundred 元 of income is a ratio in 元, no aggregate
    ("JX202", "national-2020", "2023年度某县人民医院部门整体支出绩效自评报告\n2023年度部门收入合计6239.67万元，支出合计6102.35万元。\n"
     "社会效益：百元医疗收入卫生材料消耗控制在18元以内。", []),
    ("JX202", "national-2020", "2023年度某县文化馆部门整体支出绩效自评报告\n一、部门基本情况\n2023年度部门收入合计239.67万元，支出合计239.67万元。\n2023年度项目经费预算支出158.5元，实际支出150.2万元。",
     [(4, 'error', '“158.5元”以元为单位，在以万元计的报告中只有作158.5万元才讲得通')]),
    # a second hunt's sentences, now silent: savings and remainders after a breakdown, the year's spending words
    # after a list of sources (traditional characters too), slices after a whole breakdown, a comparison's base, rates
    # of a time in the year, a level or revenue, budgets adjusted or recalled, small items in 元, caps without ≤
    ("JX101", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n实际采购金额112.6万元，其中货物类80.3万元，服务类32.3万元，节约资金7.4万元。", []),
    ("JX101", "national-2020", "某县某局2023年度项目支出绩效自评报告\n已支出190万元，其中设备购置110万元，工程款80万元，剩余10万元结转下年使用。", []),
    ("JX101", "national-2020", "某縣某局2023年度項目支出績效自評報告\n項目預算200萬元，其中中央資金120萬元，縣級資金80萬元，實際支出190萬元。", []),
    ("JX101", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目资金200万元，其中中央资金120万元，县级资金80万元，全年支出190万元。", []),
    ("JX101", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目资金200万元，其中中央资金120万元，县级资金80万元，完成投资190万元。", []),
    ("JX101", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目资金200万元，其中中央资金120万元，县级资金80万元，发放190万元。", []),
    ("JX101", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目预算200万元，其中中央资金120万元，县级资金80万元，支出190万元，执行率95%。", []),
    ("JX103", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目年初预算150万元，年中调整为120万元，全年支出114万元，执行率95%。", []),
    ("JX103", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目预算150万元，收回财政30万元，全年支出114万元，执行率95%。", []),
    ("JX103", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目预算120万元，全年支出114万元，执行率95%。6月底执行率为45%。", []),
    ("JX103", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n全年预算支出400万元，实际支出396万元，预算执行率99%。全年非税收入完成80万元，完成全年预算的114.29%。", []),
    ("JX110", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目资金（万元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率 得分\n年度资金总额 100 100 100 10 100% 10\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 质量指标 安全事故发生次数 1次 0次 50 50\n效益指标 生态效益指标 PM2.5平均浓度 35微克/立方米 31微克/立方米 40 40\n总分 100 100 优", []),
    ("JX111", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目资金（万元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率 得分\n年度资金总额 100 100 100 10 100% 10\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 质量指标 安全事故发生次数 1次 0次 50 50\n效益指标 生态效益指标 PM2.5平均浓度 35微克/立方米 31微克/立方米 40 40\n总分 100 100 优", []),
    ("JX110", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目资金（万元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率 得分\n年度资金总额 100 100 100 10 100% 10\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 质量指标 安全事故发生次数 1次 0次 50 50\n效益指标 生态效益指标 空置率 10% 6% 30 30\n满意度指标 满意度指标 群众满意度 ≥90% 95% 10 10\n总分 100 100 优", []),
    ("JX111", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目资金（万元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率 得分\n年度资金总额 100 100 100 10 100% 10\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 质量指标 安全事故发生次数 1次 0次 50 50\n效益指标 生态效益指标 空置率 10% 6% 30 30\n满意度指标 满意度指标 群众满意度 ≥90% 95% 10 10\n总分 100 100 优", []),
    ("JX101", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年支出合计401.7万元，其中基本支出305.6万元，项目支出96.1万元，项目支出中专项业务费50万元。", []),
    ("JX101", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n支出合计401.7万元，其中基本支出305.6万元，项目支出96.1万元，项目支出中专项业务费50万元。", []),
    ("JX202", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目预算50万元，支出48万元。对获评先进的3个村各奖励资金5000元。", []),
    ("JX202", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年部门支出合计405.3万元。处置报废电脑5台，取得处置收入800元。", []),
    ("JX101", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年支出合计401.7万元，其中基本支出305.6万元，项目支出96.1万元，“三公”经费支出3.2万元。", []),
    ("JX101", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年支出合计401.7万元，其中基本支出305.6万元，项目支出96.1万元，政府采购支出52.3万元。", []),
    ("JX103", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n预算支出400万元，实际支出396万元，预算执行率99%。非税收入完成80万元，完成全年预算的114.29%。", []),
    ("JX103", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目预算120万元，全年支出114万元，执行率95%。6月底执行率为45%。", []),
    ("JX103", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目预算120万元，全年支出114万元，执行率95%。按照序时进度要求，9月底执行率应达到75%，实际执行率为80%。", []),
    ("JX103", "national-2020", "某市某局2023年度项目支出绩效自评报告\n项目预算500万元，实际支出465万元，执行率93%，其中市本级执行率100%，县区执行率91.25%。", []),
    # and silent too: an item's, a test's, an average's or another assessment's score, another thing's or year's
    # grade, a rule's quoted grade, 优 and 优秀, places' and half-years' figures, a project's score in a department's
    # report, a stated band, scores out of 50 or 80, parts after 其中 and awards, disposals, purchases in 元
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分46分，满分50分，评价结果为优。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分73.6分（满分80分），折合百分制得分92分，等级为优。", []),
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n预算编制得分18分。\n部门整体支出绩效自评得分93分。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n质量指标：验收合格率100%，得分15分。\n自评总分98.5分。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n产出指标：全年完成培训20期，开展宣传活动5次，发放宣传资料3000份，得分48分。\n自评总分98.5分。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n培训人次指标完成1250人次，目标1200人次，得分10分。\n自评总分98.5分。", []),
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n部门整体支出绩效自评得分93分。我局在全县年度综合目标考核中得分96.5分。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分93分。参训人员结业考试平均得分85分。", []),
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n部门整体自评得分92分。所属5个项目平均得分89.4分。", []),
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n部门整体自评得分92分。所属5个项目平均得分89.4分。", []),
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n自评得分93分，等级为优。我局年度考核等次为良好。", []),
    ("JX203", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n自评得分93分，等级为优。我局年度考核等次为良好。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分85分，评价等级为良。经第三方机构评价，工程质量评定为优。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分85分，评价等级为良。全县森林生态系统健康等级为优。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分85分，评价等级为良。全县森林生态系统健康等级为优。", []),
    ("JX201", "national-2020", "某市某局2023年度项目支出绩效自评报告\n城关镇：实际支出285万元。\n河口镇：实际支出180万元。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n2023年上半年：实际支出60万元。\n2023年下半年：实际支出95万元。", []),
    ("JX201", "national-2020", "某市某局2023年度项目支出绩效自评报告\n城关镇：自评得分95分。\n河口镇：自评得分88分。", []),
    ("JX201", "national-2020", "某县教育局2023年度项目支出绩效自评报告\n县一中：实际支出50万元。\n县二中：实际支出29万元。", []),
    ("JX202", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年部门收入合计405.3万元，其中其他收入5600元。", []),
    ("JX202", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年部门支出合计405.3万元。政府采购支出9600元。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分92分，评价等级为优。\n综合评定为优秀。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分85分，评价等级为良。\n综合评定为良好。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n评价等级为优。\n综合评定为优秀。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分85分，评价等级为良。评价结果为“优”的，予以通报表扬。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分85分，评价等级为良。评价结果为“优”的，予以通报表扬。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分92分，评价等级为优。\n评价结果为“差”的，扣减下年度预算。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分92分，评价等级为优。\n评价结果为“差”的，扣减下年度预算。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n按照某省自评管理办法，得分85分以上为优。本项目自评得分86分，等级为优。", []),
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n部门整体自评得分92分，等级为优。重点项目自评得分90分。", []),
    ("JX202", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年项目支出96.1万元，其中党建经费9500元。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分85分，评价等级为良。上年度绩效评价结果为优。", []),
    ("JX101", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n2023年收入合计405.3万元，其中财政拨款收入396.2万元，同比400.1万元下降0.97%，其他收入9.1万元。", []),
    # a report scoring out of its own full marks, and scores the work measured inside a weighted paragraph
    ("JX105", "national-2020", "某县某局2023年度项目支出绩效自评报告\n本次评价满分80分。预算执行率（10分）得10分，产出指标（40分）得38分，效益指标（20分）得18分，满意度指标（10分）得9分，合计75分。", []),
    ("JX106", "national-2020", "某县某局2023年度项目支出绩效自评报告\n产出指标（30分）：参训学员结业考试平均得分85分，本项得分30分。", []),
    ("JX106", "national-2020", "某县某局2023年度项目支出绩效自评报告\n满意度指标（10分）：群众满意度测评得分95分，本项得分10分。", []),
    ("JX105", "national-2020", "某县某局2023年度项目支出绩效自评报告\n本次评价满分100分。预算执行率（10分）得10分，产出指标（40分）得38分，效益指标（20分）得18分，满意度指标（10分）得9分。",
     [(2, "error", "一级指标分值合计80分，应为100分")]),
    # 满意度 listed after 其中 inside 效益指标 (older forms): a part of the 40 points, no first-level weight
    ("JX105", "national-2020",
     "某县某局2023年度项目支出绩效自评报告\n指标体系：预算执行率（10分）；产出指标（50分）；效益指标（40分），其中服务对象满意度指标（10分）。", []),
    # a section's score (项目实施得分) is no total, and a grade with its band in brackets is judged by no default
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n项目自评得分93分。项目实施得分25分。", []),
    # next year's figure, an aim, another judge's score: no second statement of the year's own
    ("JX201", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n本年度，我局年初预算收入500万元，全部用于保障机构正常运转。\n"
     "下一年度，我局年初预算收入520万元，将继续加强预算绩效管理。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分88分。下一步，力争自评得分达到95分。", []),
    ("JX201", "national-2020", "某县某局2023年度项目支出绩效自评报告\n自评得分93分。经专家组评审，评审得分88分。", []),
    # what each statement says it is about: a side of the spending, the budget or the final accounts
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n在基本支出方面，年初预算200万元。在项目支出方面，年初预算100万元。", []),
    ("JX201", "national-2020", "某县某局2023年度部门整体支出绩效自评报告\n预算安排上，基本支出400万元。决算执行上，基本支出395万元。", []),
    ("JX203", "national-2020", "某县某局2023年度项目支出绩效自评报告\n本项目自评得分86分，属于“优”等次（≥85分）。", []),
    # a report's own bands (85 for 优), in the many ways reports write them: read whole, or not judged by a default
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n评价等级标准：≥85分为优，75-84分为良，60-74分为中，<60分为差。本项目自评得分87分，评价等级为优。", []),
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n等级划分：优：85-100分；良：75-84分；中：60-74分；差：60分以下。自评得分87分，评价等级为优。", []),
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n绩效评价结果分为优秀（85分以上）、良好（75-85分）、合格（60-75分）、不合格（60分以下）四个等级。自评得分87分，评价等级为优秀。", []),
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n85≤X≤100为优，75≤X＜85为良，60≤X＜75为中，X＜60为差。自评得分87分，等级为优。", []),
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n总分大于等于85分为优，大于等于75分小于85分为良，大于等于60分小于75分为中，小于60分为差。自评得分87分，等级为优。", []),
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n评价等级：\n优：85分（含）以上；\n良：75分（含）-85分；\n中：60分（含）-75分；\n差：60分以下。\n自评得分87分，评价等级为优。", []),
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n等级 | 分值区间\n优 | 85≤得分≤100\n良 | 75≤得分<85\n中 | 60≤得分<75\n差 | 得分<60\n自评得分87分，评价等级为优。", []),
    ("JX203", "national-2020", "某县文化馆2023年度项目支出绩效自评报告\n评价等级标准：≥85分为优，75-84分为良，60-74分为中，<60分为差。本项目自评得分80分，评价等级为优。",
     [(2, "error", "自评得分80分应评为“良”，报告写“优”")]),
    # the year's aims or work stated under another year: left over from an earlier report
    ("JX204", "national-2020", "某馆2021年度部门整体支出绩效自评报告\n(二)部门绩效目标的设立情况\n2020年我单位最主要的目标是:全年免费开放天数≥360天。",
     [(3, "warning", "第3行的主要目标写的是2020年，与评价年度2021年不符")]),
    ("JX204", "national-2020", "某局2022年度项目支出绩效自评报告\n根据方案要求,2021年项目主要内容及实施情况为:一是创建工作进一步深化。",
     [(2, "warning", "第2行的主要内容写的是2021年，与评价年度2022年不符")]),
    ("JX204", "national-2020", "某馆2021年度部门整体支出绩效自评报告\n2021年我单位最主要的目标是:全年免费开放天数≥360天。", []),
    ("JX204", "national-2020", "2023年度部门整体支出绩效自评报告\n一、基本情况\n2021年度共取得收入合计239.67万元。",
     [(3, "warning", "第3行的预算数据写的是2021年，与评价年度2023年不符")]),
    # hand-written: the parts after 其中 break down both amounts of the sentence before it, not its first alone
    ("JX101", "national-2020", "某省2020年度中央财政林业改革发展资金绩效自评报告\n(二)省内资金安排情况。\n省财政厅印发资金分配通知,下达各州(市)林业改革发展资金171386.2万元,安排省本级有关部门预算资金15033.8万元。其中:\n1.森林资源管护支出98540万元。\n2.国土绿化支出44612万元。\n3.生态保护支出25418万元。\n4.防灾减灾支出17850万元。", []),
    ("JX101", "national-2020", "某省2020年度中央财政林业改革发展资金绩效自评报告\n(二)省内资金安排情况。\n省财政厅印发资金分配通知,下达各州(市)林业改革发展资金171386.2万元,安排省本级有关部门预算资金15033.8万元。其中:\n1.森林资源管护支出98540万元。\n2.国土绿化支出44612万元。\n3.生态保护支出25418万元。\n4.防灾减灾支出17860万元。",
     [(3, "error", "州(市)林业改革发展资金171386.20万元与所列各项合计186430.00万元不符")]),
    # hand-written: a sharing site's chunk number before a heading ("3、(三)项目实施情况") names no project whose score
    # 9.81 is graded 优: the whole's 99.31 is
    ("JX203", "national-2020", "某县水利局2021年度农村饮水安全工程维修养护经费绩效自评报告\n3、(三)项目实施情况全年完成维修养护供水工程47处。二、项目绩效情况经自评,该项目综合得分99.31分,评价等级为“优”。其中预算执行得分9.81分,产出指标得分49.5分,效益指标得分30分,满意度指标得分10分。", []),
    # hand-written: a bare 合计 after funds each named before its amount, every amount of the sentence one of them
    # (a balance among them is no fund's: the 合计 may count it)
    ("JX101", "national-2020", "某县2021年度城区环卫保洁经费绩效评价报告\n一、项目概况\n2021年县财政下达了城区环卫保洁经费:862.4万元,生活垃圾转运经费:157.26万元,合计1029.66万元。",
     [(3, "warning", "合计1029.66万元与所列各项合计1019.66万元不符")]),
    ("JX101", "national-2020", "某县2021年度城区环卫保洁经费绩效评价报告\n一、项目概况\n2021年县财政下达了城区环卫保洁经费:862.4万元,生活垃圾转运经费:157.26万元,合计1019.66万元。", []),
    ("JX101", "national-2020", "某县2021年度城区环卫保洁经费绩效评价报告\n一、项目概况\n2021年县财政下达了城区环卫保洁经费:862.4万元,上年结余12万元,生活垃圾转运经费:157.26万元,合计1029.66万元。", []),
    # hand-written: a project's rate from its form restated in a sentence naming the project is not the report's
    ("JX103", "national-2020", "某县档案馆2020年度部门整体支出绩效自评报告\n一、部门概况\n2020年全年预算384.07万元,全年执行375.25万元,预算执行率97.70%。\n附表2 项目支出绩效自评表\n项目名称\t档案数字化加工项目\n项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t40\t79.85\t72.95\t10\t91.36%\t9.14\n四、存在的问题及改进措施\n一是档案数字化加工外包合同签订较晚,项目资金支付进度偏慢,执行率91.36%。", []),
    ("JX103", "national-2020", "某县档案馆2020年度部门整体支出绩效自评报告\n一、部门概况\n2020年全年预算384.07万元,全年执行375.25万元,预算执行率97.70%。\n附表2 项目支出绩效自评表\n项目名称\t档案数字化加工项目\n项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t40\t79.85\t72.95\t10\t91.36%\t9.14\n四、存在的问题及改进措施\n一是部分合同签订较晚,项目资金支付进度偏慢,执行率91.36%。",
     [(9, "error", "执行率写作91.36%，按所列数字计算应为97.70%")]),
    # hand-written: the report's prose score and a project form's total after the department's form are two things
    ("JX201", "national-2020", "某县农业技术推广中心2024年度部门整体支出绩效自评报告\n经自评,本单位2024年度部门整体支出绩效自评得分99.6分,等级为优;农技推广补助项目自评得分97.75分,等级为优。\n附表1 部门整体支出绩效自评表(2024年度)\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 培训农民人次 ≥500人次 520人次 50 50\n效益指标 社会效益指标 技术到位率 ≥95% 96% 30 30\n满意度指标 服务对象满意度指标 农户满意度 ≥90% 94% 10 10\n总分 100 99.6\n附表2 项目支出绩效自评表(2024年度)\n项目名称 农技推广补助项目\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 示范基地 ≥4个 4个 50 50\n效益指标 社会效益指标 新技术推广面积 ≥2万亩 1.85万亩 30 27.75\n满意度指标 服务对象满意度指标 农户满意度 ≥90% 93% 10 10\n总分 100 97.75\n", []),
    # hand-written: a department form with no funds row of the national form's, then a project form with one: the
    # project's execution points are not the department form's
    ("JX111", "national-2020", "某市科学技术协会2020年度部门整体支出绩效自评报告\n部门整体支出绩效自评表\n(2020年度)\n财政资金小计 386.42 24.6 31.5 442.52 420.4 95.00% 22.12 5.00%\n一级指标 二级指标 三级指标 绩效目标值 实际完成值 指标分值 得分\n产出指标 数量指标 举办科普活动 ≥120场 126场 30 30\n产出指标 数量指标 科技工作者培训 ≥800人次 760人次 30 28.5\n效益指标 社会效益指标 公民具备科学素质比例 ≥10.5% 11.2% 30 30\n满意度指标 服务对象满意度指标 服务对象满意度 ≥90% 94% 10 10\n总分 100 98.5\n附件4:2020年度项目支出绩效自评表(全国科普日专项)\n项目支出绩效自评表\n项目名称 全国科普日专项\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 45 52 49.4 10 95% 9.5\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 科普日活动场次 ≥20场 20场 50 50\n效益指标 社会效益指标 参与人次 ≥5000人次 5200人次 30 30\n满意度指标 服务对象满意度指标 公众满意度 ≥90% 95% 10 10\n总分 100 99.5\n", []),
    # hand-written: a notice's year in its cited title is the notice's, not the figure's
    ("JX204", "national-2020", "某县财政局2023年度项目支出绩效自评报告\n一、基本情况\n2023年度,根据《某市财政局关于拨付2022年中央财政特色险奖补资金的通知》(财金〔2023〕411号),中央财政拨付某县政策性特色险奖补资金7.34万元。", []),
    ("JX204", "national-2020", "某县财政局2023年度项目支出绩效自评报告\n一、基本情况\n根据《某市财政局关于拨付奖补资金的通知》,2022年中央财政拨付某县政策性特色险奖补资金7.34万元。",
     [(3, "warning", "第3行的预算数据写的是2022年，与评价年度2023年不符")]),
    ("JX301", "national-2020", "一、基本情况\n二、自评工作开展情况\n三、绩效目标实现情况\n四、评价结论\n五、存在问题\n六、改进措施\n七、评价工作组", []),
    ("JX301", "national-2020", "一、基本情况\n二、自评工作开展情况\n三、绩效目标实现情况\n四、评价结论\n五、存在问题\n六、改进措施",
     [(None, "warning", "报告缺少以下部分：评价工作组")]),
    ("JX401", "national-2020", "三、部门整体支出绩效目标、指标\n群众满意度达到95%以上。", []),
    ("JX402", "national-2020", "项目名称\t自评得分\t评价等级\n2024年甲项目\t100\t优秀\n2024年乙项目\t95\t优秀", []),
    ("JX402", "national-2020", "项目名称\t自评得分\t评价等级\n2024年甲项目\t100\t优秀\n2024年乙项目\t100\t优秀\n2024年丙项目\t100\t优秀",
     [(2, "warning", "3个项目的自评得分全部为满分")]),
    ("JX302", "national-2020", "自评得分90分，评价等级为优。", []),
    ("JX303", "national-2020", "自评得分90分，评价等级为优。", []),
    ("JX304", "national-2020", "全年预算数200万元，实际支出180万元，执行率为90%。", []),
    ("JX305", "national-2020", "全年监测舆情不少于3000条，实际完成3000条。", []),
    ("JX305", "national-2020", "全年监测舆情不少于3000条，实际完成2500条，主要原因是上级任务调整。", []),
    # far exceeded: at 130% of the target (the scheme's ratio) and above, not below
    ("JX403", "national-2020", "网络系统设备10套，实际完成13套。",
     [(1, "warning", "“网络系统设备”实际完成13套，达到目标10套的130.00%，目标值可能设定偏低")]),
    ("JX403", "national-2020", "网络系统设备10套，实际完成12套。", []),
    ("JX404", "national-2020", "满意度指标（10分）……得分10分。……服务对象对我单位的工作达到95%的满意度。", []),
    # the analysis on the line the paragraph wraps onto answers for the indicator, also for its form row
    ("JX403", "national-2020",
     "1.受益群众人数。年度指标值≥29500人，实际完成46504\n人，为指标值的157.64%，超额完成较多，得11分（\n"
     "分值11分）。偏差原因分析及改进措施:群众参与积极性高于预期；\n\n"
     "效益指标\t社会效益指标\t受益群众人数\t11\t11.00\t实际 46504 人 ≥ 指标 29500 人\n", []),
    # the same indicator in its paragraph and in the form's row: one finding
    ("JX403", "national-2020",
     "1.受益群众人数。年度指标值≥29500人，实际完成46504人。\n\n"
     "效益指标\t社会效益指标\t受益群众人数\t11\t11.00\t实际 46504 人 ≥ 指标 29500 人\n",
     [(1, "warning", "“受益群众人数”实际完成46504人，达到目标29500人的157.64%，目标值可能设定偏低")]),
    # the satisfaction target the report states on the line, not the scheme's 90%
    ("JX404", "national-2020",
     "满意度指标（10分）……得分10分。\n1.受益群众满意度。年度指标值≥82%，实际完成85.9%，得10分（分值10分）。", []),
    ("JX404", "national-2020",
     "满意度指标（10分）……得分10分。\n1.受益群众满意度。年度指标值≥88%，实际完成85.9%，得10分（分值10分）。",
     [(1, "warning", "满意度只有85.9%，满意度指标却得了满分10分")]),
    # execution below 90% needs a reason; exactly 90% does not
    ("JX405", "national-2020", "项目预算为100万元，实际支出90万元，执行率90%。", []),
    ("JX405", "national-2020", "项目预算为110万元，实际支出90.2万元，执行率82%，主要原因是部分采购延至次年。", []),
    ("JX405", "national-2020", "全年预算数300万元，实际支出200万元，执行率为66.7%。",
     [(1, "warning", "预算执行率66.7%低于90%，报告未说明原因")]),
    # hunt 6 (hand-written, consistent): a share of the spending is no share of the budget; a part with a share
    # of its own is no whole of the next; a figure of the year before is no whole of this year's parts
    ("JX103", "national-2020",
     "某县某局2023年度项目绩效自评报告\n项目全年预算600万元,全年执行570万元。其中设备购置支出456万元,占支出总额的80%。", []),
    ("JX103", "national-2020",
     "某县某局2023年度项目绩效自评报告\n项目资金预算2,000万元,实际支出1,900万元。用于日常养护的支出1,330万元,占70%,"
     "用于小修保养的支出570万元,占30%。", []),
    ("JX103", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n全年执行数1,187.5万元。全年支出较上年的1,100万元增长7.95%。其中基本支出"
     "850万元,占71.58%;项目支出337.5万元,占28.42%。", []),
    ("JX101", "national-2020",
     "某县某局2023年度部门整体支出绩效自评报告\n全年执行数1,187.5万元。全年支出较上年的1,100万元增长7.95%。其中基本支出"
     "850万元,占71.58%;项目支出337.5万元,占28.42%。", []),
    ("JX103", "national-2020",
     "某县某局2023年度项目绩效自评报告\n项目全年预算600万元,全年执行570万元。其中设备购置支出456万元,占支出总额的85%。",
     [(2, "error", "其中设备购置支出占比写作85%，按所列数字计算应为80%")]),
    # hunt 6: a batch's rate is checked on the batch's own figures, the whole's rate never on a batch's; rates
    # of earlier years listed 分别; a share naming no whole, which the spending beside the budget gives
    ("JX103", "national-2020",
     "某某资金绩效自评报告\n收到第一批资金300万元,收到第二批资金220万元。第一批已支出300万元,执行率100%。", []),
    ("JX103", "national-2020",
     "耕地建设与利用资金绩效自评报告\n共下达资金2,260万元。一是提前下达资金1,400万元,支出1,330万元,执行率95%。"
     "全年共支出2,074万元,执行率91.77%。", []),
    ("JX103", "national-2020",
     "耕地建设与利用资金绩效自评报告\n共下达资金2,260万元。一是提前下达资金1,400万元,支出1,330万元,执行率95%。"
     "全年共支出2,074万元,执行率90%。",
     [(2, "error", "执行率写作90%，按所列数字计算应为92%")]),
    ("JX103", "national-2020",
     "生态公益林补偿资金绩效自评报告\n全年资金预算1,000万元,支出950万元,执行率95%。2019年、2020年执行率分别为92%、94%。", []),
    ("JX103", "national-2020",
     "医疗卫生机构能力建设项目绩效自评报告\n项目全年预算600万元,全年执行570万元。其中设备购置支出456万元,占比80%。", []),
    ("JX103", "national-2020",
     "某某专项资金绩效自评报告\n全年预算800万元,实际支出720万元,执行率90%。其中:安家补贴支出432万元,占实际支出的60%;"
     "生活补贴支出216万元,占30%;科研启动经费72万元,占10%。", []),
    # a fund's batches run together into one line, each item with its notice and its own rate; a group of
    # projects' rate (等10个项目…执行进度100%): none of them the report's rate on its figures (hand-written)
    ("JX103", "national-2020",
     "某县交通运输局2020年度项目支出绩效自评报告 年初预算4660.9万元,总支出2939.83万元,执行率63%。 专项资金公交车防护等"
     "10个项目预算执行进度100%,5个项目指标结转执行进度0。 (1)某财建(2019)296号文)国省干线养护43万。预算执行率100%。 "
     "(2)2)某财建[2019]286号提前下达2020年节能减排补助资金59万。预算执行率100%。 3)某财建[2019]290号提前下达2020年"
     "成品油税费改革转移支付143.13万元。预算执行率100%。\n", []),
    # second review: true slips the guards above must leave (a batch named beside a total named 合计; batches named
    # together before the whole's spending; items that set apart the report's own budget and spending; a project
    # continued from last year is this year's budget; parts short of the total beyond 20 points; weights in a
    # sentence spaced as a PDF prints it)
    ("JX103", "national-2020",
     "某县农业农村局2023年度项目支出绩效自评报告\n2023年共下达第一批资金100万元，第二批资金50万元，合计150万元。"
     "全年实际支出120万元，执行率90%。\n",
     [(2, "error", "执行率写作90%，按所列数字计算应为80%")]),
    ("JX103", "national-2020",
     "某县农业农村局2023年度项目支出绩效自评报告\n项目预算资金200万元。第一批资金100万元和第二批资金100万元均已到位，"
     "实际支出180万元，执行率95%。\n",
     [(2, "error", "执行率写作95%，按所列数字计算应为90%")]),
    ("JX103", "national-2020",
     "某县农业农村局2023年度项目支出绩效自评报告\n1、资金到位情况：项目预算100万元，全部到位。 2、资金使用情况："
     "实际支出80万元，执行率95%。\n",
     [(2, "error", "执行率写作95%，按所列数字计算应为80%")]),
    ("JX103", "national-2020",
     "某县农业农村局2023年度项目支出绩效自评报告\n上年续建项目预算资金1000万元，其中：人员经费300万元，占比50%；"
     "设备购置700万元，占比70%。\n",
     [(2, "error", "人员经费占比写作50%，按所列数字计算应为30%")]),
    ("JX104", "national-2020",
     "某县农业农村局2023年度项目支出绩效自评报告\n本项目自评得分95分，评价等级为优。其中产出指标得分35分，效益指标得分"
     "20分，满意度指标得分10分。\n",
     [(2, "error", "各部分得分合计65分，与自评总分95分不符")]),
    ("JX105", "national-2020",
     "某县农业农村局2023年度项目支出绩效自评报告\n本项目一级指标权重为：预算执行率 10 分，产出指标 50 分，效益指标 20 分，"
     "满意度指标 10 分。\n五、存在的问题\n资金拨付较慢。\n",
     [(2, "error", "一级指标分值合计90分，应为100分")]),
    ("JX103", "national-2020",
     "某县农业农村局2023年度项目支出绩效自评报告\n项目资金为14.97万元，具体如下： 1、档案整理费5万元，实际已支付4万元，"
     "支付率100%。\n", []),
    ("JX103", "national-2020",
     "林业资金绩效自评报告\n共收到资金1,600万元,分两批下达: 1.第一批下达资金1,200万元,实际支出1,200万元,执行率100%; "
     "2.第二批下达资金400万元,实际支出300万元,执行率75%。 全年合计支出1,500万元,资金执行率93.75%。\n", []),
    ("JX103", "national-2020",
     "林业资金绩效自评报告\n共收到资金1,600万元。第二批下达资金400万元,实际支出300万元,执行率75%。"
     "全年合计支出1,500万元,执行率93.75%。\n", []),
    # hunt 6: a department's projects as numbered items ending their name with "。", run together into one line,
    # or each graded in a clause of its own: each item's figures, score and grade are its own
    ("JX201", "national-2020",
     "自然资源局部门整体支出绩效自评报告\n(一)不动产登记工作经费。全年预算120万元,实际支出114万元。\n"
     "(二)耕地保护补偿资金。全年预算860万元,实际支出774万元。\n", []),
    ("JX201", "national-2020",
     "交通运输局部门整体支出绩效自评报告\n一、部门预算执行情况 2023年度部门预算总额为12,456.8万元。 二、重点项目绩效情况 "
     "1.农村公路建设项目:预算资金6,000万元,支出5,820万元。 2.公路养护专项:预算资金2,500万元,支出2,250万元。 "
     "3.公交运营补贴:预算资金1,500万元,支出1,440万元。\n", []),
    ("JX203", "national-2020",
     "交通运输局部门整体支出绩效自评报告\n1.农村公路建设项目:预算资金6,000万元,自评得分95分,评价等级优。 "
     "2.公路养护专项:预算资金2,500万元,自评得分88分,评价等级良。 3.公交运营补贴:预算资金1,500万元,自评得分92分,"
     "评价等级优。\n", []),
    ("JX203", "national-2020",
     "文旅局部门整体支出绩效自评报告\n|项目名称|全年预算数(万元)|得分|\n|旅游宣传推介|400|76|\n"
     "部门整体自评得分91.5分,等级为优;文物保护专项等级为良,旅游宣传推介等级为中。\n", []),
    # a method or the unit itself before 等级 is no other subject (second review)
    ("JX203", "national-2020",
     "某县文化和旅游局2023年度部门整体支出绩效自评报告\n本次自评得分71.5分，依据评分细则确定等级为“优”。\n",
     [(2, "error", "自评得分71.5分应评为“中”，报告写“优”")]),
    ("JX203", "national-2020",
     "某县文化和旅游局2023年度部门整体支出绩效自评报告\n自评得分71.5分，某县文化和旅游局等级为优。\n",
     [(2, "error", "自评得分71.5分应评为“中”，报告写“优”")]),
    ("JX203", "national-2020",
     "文旅局部门整体支出绩效自评报告\n部门整体自评得分91.5分,等级为良;文物保护专项等级为良。\n",
     [(2, "error", "自评得分91.5分应评为“优”，报告写“良”")]),
    # a page run together into one line (hand-written): a budget under an earlier heading, or an item's, is no
    # figure of a rate under a later one; the rate's own paragraph still is
    ("JX103", "national-2020",
     "某县民政局彩票公益金2023年度绩效自评报告 一、绩效目标分解下达情况 2023年下达省级福彩公益金113万元,其中养老机构"
     "运营补贴48万元、村级互助幸福院50万元。 (一)资金投入情况分析 2.村级互助幸福院项目:2023年下达省级福彩公益金50万元,"
     "到位资金50万元。 (二)资金管理情况分析 2023年共支付省级福利彩票公益金113万元,其中支付养老机构运营补贴48万、"
     "村级互助幸福院50万元。执行率达100%。\n", []),
    ("JX103", "national-2020",
     "某县就业服务中心2024年绩效自评报告 (二)项目资金 2024年项目资金为14.97万元,实际已支付14.97万元,支付率为100%。"
     "具体如下: 1、档案整理费5万元,实际已支付5万元,资金支付率100%; 2、门面税金1.97万元,实际已支付1.97万元。\n", []),
    # review: the whole's figures, then the items they are spent on, then the whole's rate
    ("JX103", "national-2020",
     "某县某局2023年度项目绩效自评报告 项目预算100万元，实际支出90万元，具体为 1、产业路建设支出50万元 "
     "2、冷链仓储支出40万元 预算执行率为95%。\n",
     [(1, "error", "执行率写作95%，按所列数字计算应为90%")]),
    ("JX103", "national-2020",
     "某县某局2023年度项目绩效自评报告 一、基本情况 2023年下达资金50万元。 (二)资金管理情况分析 全年预算100万元,"
     "实际支出90万元,执行率为95%。\n",
     [(1, "error", "执行率写作95%，按所列数字计算应为90%")]),
    # a department's page run together into one line (hand-written after one): each project's section opens at
    # its numbered heading, its rate is its own
    ("JX103", "national-2020",
     " 附件1:《2019年度某省某会部门整体绩效自评表》.docx 二、部门决算中项目绩效自评结果 (一)甲事业发展工作经费绩效自评"
     "综述:项目全年预算数1290.00万元,执行数为1206.01万元,资金执行率为93.49%。 附件2:《2019年度“甲事业发展工作经费”"
     "项目绩效自评表》.docx (二)乙救助经费绩效自评综述:项目年预算批复金额为900万元,实际执行资金总额900万元,"
     "资金执行率为100%。\n", []),
    ("JX201", "national-2020",
     " 附件1:《2019年度某省某会部门整体绩效自评表》.docx 二、部门决算中项目绩效自评结果 (一)甲事业发展工作经费绩效自评"
     "综述:项目全年预算数1290.00万元,执行数为1206.01万元,资金执行率为93.49%。 附件2:《2019年度“甲事业发展工作经费”"
     "项目绩效自评表》.docx (二)乙救助经费绩效自评综述:项目年预算批复金额为900万元,实际执行资金总额900万元,"
     "资金执行率为100%。\n", []),
    # a page cut after the first of a framework's parts: parts short of the total prove nothing (hand-written);
    # the whole framework's parts short of it do, and parts above it whatever is stated
    ("JX104", "national-2020",
     "对照得分表，对我区2020年某民生工程进行了自我评价，自评得分95分。\n一、投入(分值18分,自评得18分)\n"
     "(一)项目立项\n二、过程(分值32分,自评得32分)\n", []),
    ("JX104", "national-2020",
     "自评得分95分。\n一、投入(分值18分,自评得18分)\n二、过程(分值32分,自评得32分)\n"
     "三、产出(分值30分,自评得25分)\n四、效果(分值20分,自评得15分)\n",
     [(1, "error", "各部分得分合计90分，与自评总分95分不符")]),
    ("JX104", "national-2020", "自评得分45分。产出指标得分30分，效益指标得分25分。",
     [(1, "error", "各部分得分合计55分，与自评总分45分不符")]),
    # review: only 预算执行率 left unstated, worth at most the 10 points the report gives it, cannot close the gap
    # (points it does not state may be 20 in a province's form: nothing then); the form written with 效果指标 is
    # a whole framework too
    ("JX104", "national-2020",
     "某县某局2023年度项目支出绩效自评报告\n预算执行率（10分）……\n该项目自评得分95分，其中产出指标得分45分，效益指标得分28分，"
     "满意度指标得分10分。",
     [(3, "error", "各部分得分合计83分，与自评总分95分不符")]),
    ("JX104", "national-2020",
     "某县某局2023年度项目支出绩效自评报告\n该项目自评得分95分，其中产出指标得分45分，效益指标得分28分，满意度指标得分10分。", []),
    ("JX104", "national-2020",
     "某县某局2023年度项目支出绩效自评报告\n该项目自评得分95分，其中产出指标得分45分，效益指标得分35分，满意度指标得分10分。", []),
    ("JX104", "national-2020",
     "某县某局2023年度项目支出绩效自评报告\n预算执行率得分9分，产出指标得分40分，效果指标得分28分，满意度指标得分10分，自评得分95分。",
     [(2, "error", "各部分得分合计87分，与自评总分95分不符")]),
    # a form cut after its 效益 rows (hand-written): 满意度 may have stood below; the whole form, with its total
    # row, still adds up to less than 100
    ("JX105", "national-2020",
     "某县某局2022年项目支出绩效自评表\n年度资金总额: 25 25 25 10 100.00% 10.00\n"
     "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标(50分) 数量指标 开展交流活动 ≥3次 3 50 50\n"
     "效益指标(30分) 经济效益指标 带动农民增收 达成预期指标 30 30\n", []),
    ("JX105", "national-2020",
     "某县某局2022年项目支出绩效自评表\n年度资金总额: 25 25 25 10 100.00% 10.00\n"
     "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标(50分) 数量指标 开展交流活动 ≥3次 3 50 50\n"
     "效益指标(30分) 经济效益指标 带动农民增收 达成预期指标 30 30\n总分 90 90\n",
     [(2, "error", "一级指标分值合计90分，应为100分")]),
    # a form's funds block at the very end of a page: its last sub-row may have lost figures (hand-written);
    # with the form going on, the same rows are checked (one finding: the spending column repeats its figures)
    ("JX101", "national-2020",
     "某县某局2022年部门整体支出绩效自评表\n年度预算资金(万元) |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n执行率 |\n"
     "|||||\n年度资金总额 |\n192.91 |\n321.62 |\n321.62 |\n100.00% |\n|||||\n其中:当年财政拨款 |\n192.91 |\n"
     "318.13 |\n318.13 |\n100.00% |\n|||||\n上年结转资金 |\n0 |\n0.3 |\n0.3 |\n", []),
    ("JX101", "national-2020",
     "某县某局2022年部门整体支出绩效自评表\n年度预算资金(万元) |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n执行率 |\n"
     "|||||\n年度资金总额 |\n192.91 |\n321.62 |\n321.62 |\n100.00% |\n|||||\n其中:当年财政拨款 |\n192.91 |\n"
     "318.13 |\n318.13 |\n100.00% |\n|||||\n上年结转资金 |\n", []),
    ("JX101", "national-2020",
     "某县某局2023年度项目支出绩效自评表\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率\n"
     "年度资金总额 | 192.91 | 321.62 | 321.62 | 100% |\n其中:当年财政拨款 | 192.91 | 318.13 | 318.13 | 100% |\n"
     "上年结转资金 | 0 | 0.3 | 0.3 | 100% |\n一级指标 | 三级指标 | 年度指标值 | 实际完成值\n",
     [(3, "error", "全年预算数321.62万元与所列各项合计318.43万元不符")]),
    # the year's end is the whole year: a rate "截至2023年12月31日" is checked, one at 30 June is not
    ("JX103", "national-2020",
     "紫云县交通运输局\n2023年农村客运补贴资金绩效自评报告\n2023年农村客运补贴资金全年预算512.80万元,"
     "截至2023年12月31日实际支出496.30万元,执行率98.78%。",
     [(3, "error", "执行率写作98.78%，按所列数字计算应为96.78%")]),
    ("JX103", "national-2020",
     "某县局2023年度项目支出绩效自评报告\n全年预算512.80万元,截至2023年6月30日实际支出256.40万元,执行率60%。", []),
    # a rate after the spending's classes listed 其中 is the whole's, not the last class's
    ("JX103", "national-2020",
     "某县水务局2022年度部门整体支出绩效自评报告\n2022年全年预算2,148.50万元,实际支出2,036.72万元,其中:"
     "基本支出742.18万元,项目支出1,294.54万元,预算执行率96.12%。",
     [(2, "error", "执行率写作96.12%，按所列数字计算应为94.80%")]),
    ("JX103", "national-2020",
     "某县水务局2022年度部门整体支出绩效自评报告\n2022年全年预算2,148.50万元,实际支出2,036.72万元,其中:"
     "基本支出742.18万元,项目支出1,294.54万元,预算执行率94.80%。", []),
    # a part's spending right before the whole's is no base of the whole's rate (4750 / 730 was "651%")
    ("JX103", "national-2020",
     "某县2023年度衔接资金绩效自评报告\n资金来源：中央第一批3,000万元、第二批1,200万元，省级800万元，合计5,000万元。\n"
     "截至2023年12月31日，中央第一批资金支出3,000万元，第二批支出1,020万元，省级资金支出730万元，累计支出4,750万元，"
     "总体执行率95%。", []),
    # a source's own initial budget, change and adjusted budget, written in 元 and told back in 元; "追加预算资金" is a change
    ("JX117", "national-2020", "一般公共预算收入:2020年度环卫所公共财政拨款年初预算资金5,873,420.50元,年中追加预算资金1,246,300.00元,"
     "调整后预算资金7,139,720.50元。",
     [(1, "warning", "年初预算5873420.50元经所列追加应为7119720.50元，报告写调整后预算7139720.50元")]),
    ("JX117", "national-2020", "年初预算资金587.34万元,年中追加预算资金124.63万元,调整后预算资金711.97万元。", []),
    ("JX117", "national-2020",
     "2023年学前教育幼儿资助资金全年预算326.40万元,年初预算296.40万元,年中追加40.00万元。全年实际支出318.62万元。",
     [(1, "warning", "年初预算296.40万元经所列追加应为336.40万元，报告写调整后预算326.40万元")]),
    ("JX117", "national-2020",
     "年初预算296.40万元,年中追加40.00万元,全年预算326.40万元(含上年结转资金10万元)。", []),
    ("JX117", "national-2020", "年初预算296.40万元,比上年增加40.00万元,全年预算326.40万元。", []),
    ("JX117", "national-2020", "年初预算300万元,年中追加预算20万元,其中中央资金10万元,调整后预算330万元。", []),
    ("JX117", "national-2020", "年初预算100.00万元,追加20.00万元,调整后预算120.01万元。",
     [(1, "info", "年初预算100.00万元经所列追加应为120.00万元，报告写调整后预算120.01万元")]),
    # hand-written after a probe variant: the money carried in from the year before, a clause between the budgets
    ("JX117", "national-2020", "年初预算安排项目资金12万元,上年结转项目资金6.35万元,全年预算19.35万元。",
     [(1, "warning", "年初预算12.00万元经所列上年结转应为18.35万元，报告写调整后预算19.35万元")]),
    ("JX117", "national-2020", "年初预算安排项目资金12万元,上年结转项目资金6.35万元,全年预算18.35万元。", []),
    ("JX118", "national-2020",
     "一、部门收支情况(单位:万元)\n项目 | 年初结转结余 | 本年收入 | 本年支出 | 年末结转结余\n"
     "合计 | 126.48 | 1,842.60 | 1,805.32 | 173.76\n基本支出 | 0 | 1,062.35 | 1,062.35 | 0\n"
     "项目支出 | 126.48 | 780.25 | 742.97 | 173.76\n二、预算执行情况",
     [(3, "warning", "年初结转结余126.48加本年收入1842.60、减本年支出1805.32应为163.76，报告写年末结转结余173.76"),
      (5, "warning", "年初结转结余126.48加本年收入780.25、减本年支出742.97应为163.76，报告写年末结转结余173.76")]),
    ("JX118", "national-2020",
     "2020年本单位总收入为1587.38万元。年度总支出为1542.14万元(其中:基本支出247.28万元);年初结转结余362.14万元,"
     "年末结转结余407.38万元。", []),
    ("JX118", "national-2020",
     "年初结转结余50万元,本年收入合计400万元,用事业基金弥补收支差额10万元,本年支出合计420万元,年末结转结余40万元。", []),
    ("JX118", "national-2020",
     "年初结转和结余50万元,收入总计450万元,支出总计450万元,本年支出合计410万元,年末结转和结余40万元。", []),
    # the same budget and spending stated twice in other words: the figure beside the one that agrees is mistyped
    ("JX201", "national-2020",
     "绥阳县城市管理局2022年度部门整体支出绩效自评报告\n2022年度部门全年预算9,012.60万元,实际支出8,726.35万元,"
     "预算执行率96.82%。\n三、自评结论\n2022年我局全年预算9,012.60万元,实际支出8,762.35万元,自评得分92.6分。",
     [(2, "error", "实际支出前后不一致：第2行写8726.35万元，第4行写8762.35万元")]),
    ("JX201", "national-2020",
     "某局2022年度部门整体支出绩效自评报告\n2022年度部门全年预算9,012.60万元,实际支出8,726.35万元。\n"
     "截至2022年6月底,全年预算9,012.60万元,实际支出4,100.00万元。", []),
    ("JX201", "national-2020",
     "某局2022年度部门整体支出绩效自评报告\n2022年度部门全年预算9,012.60万元,实际支出8,726.35万元。\n"
     "2021年全年预算9,012.60万元,实际支出8,500.00万元。", []),
    # the economic classes listed after "按经济分类:" are the total's parts too
    ("JX101", "national-2020",
     "2022年度本部门支出合计4,286,514.20元,按经济分类:工资福利支出3,012,486.50元,商品和服务支出862,410.30元,"
     "对个人和家庭的补助186,617.40元,资本性支出215,000.00元。",
     [(1, "warning", "本部门支出合计4286514.20元与所列各项合计4276514.20元不符")]),
    ("JX101", "national-2020",
     "2022年度本部门支出合计4,286,514.20元,按经济分类:工资福利支出3,022,486.50元,商品和服务支出862,410.30元,"
     "对个人和家庭的补助186,617.40元,资本性支出215,000.00元。", []),
    # a spending total and its 基本支出 and 项目支出 named with the same qualifier, each in its own paragraph
    ("JX101", "national-2020",
     "某办2024年度部门整体支出绩效自评报告\n2024年我办一般公共预算财政拨款支出100.57万元。\n1.基本支出情况\n"
     "2024年我办一般公共预算财政拨款基本支出100.57万元,其中:工资福利支出70.07万元。\n2.项目支出情况\n"
     "2024年我办一般公共预算财政拨款项目支出21万元。",
     [(2, "error", "一般公共预算财政拨款支出100.57万元与所列各项合计121.57万元不符")]),
    ("JX101", "national-2020",
     "某办2024年度部门整体支出绩效自评报告\n2024年我办一般公共预算财政拨款支出121.57万元。\n1.基本支出情况\n"
     "2024年我办一般公共预算财政拨款基本支出100.57万元。\n2.项目支出情况\n2024年我办一般公共预算财政拨款项目支出21万元。",
     []),
    ("JX101", "national-2020",
     "某办2024年度部门整体支出绩效自评报告\n2023年一般公共预算财政拨款支出100.57万元。\n"
     "2024年一般公共预算财政拨款基本支出100.57万元。\n2024年一般公共预算财政拨款项目支出21万元。", []),
    # a part the reader does not know among the scored ones: a short sum proves nothing
    ("JX104", "national-2020",
     "某县2023年度项目支出绩效自评报告\n资金执行率得9.84分(满分10分),产出指标得27分(满分30分),效益指标得17分(满分20分),"
     "可持续影响得9分(满分10分),满意度得9分(满分10分),项目管理得18分(满分20分)。综合自评得分89.84分。", []),
    ("JX104", "national-2020",
     "某县2023年度项目支出绩效自评报告\n资金执行率得9.84分(满分10分),产出指标得27分(满分30分),效益指标得17分(满分20分),"
     "满意度得9分(满分10分)。综合自评得分89.84分。",
     [(2, "error", "各部分得分合计62.84分，与自评总分89.84分不符")]),
    # fixed assets at original value, depreciation and net value: the net value is the part
    ("JX101", "national-2020",
     "资产总额6215.84万元,其中:流动资产2486.30万元;固定资产原值4860.72万元,累计折旧1131.18万元,固定资产净值3729.54万元。",
     []),
    ("JX101", "national-2020",
     "资产总计632.90万元。其中:货币资金86.40万元;固定资产账面原值745.60万元,累计折旧233.28万元,固定资产净值512.32万元;"
     "无形资产净值24.18万元。",
     [(1, "warning", "资产总计632.90万元与所列各项合计622.90万元不符")]),
    # the funds stated on one line without their unit: the total is not re-scored without them; with the unit in the
    # line's lead label they are read, and the total is re-scored (targets met, points deducted)
    ("JX111", "national-2020",
     "2022年度项目支出绩效自评表\n项目名称:动物防疫经费\n资金情况(万元):年初预算80.00  全年预算80.00  全年执行76.00  "
     "执行率95.00%\n一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\n\t预算执行率\t\t\t95.00%\t10\t9.5\n"
     "产出指标\t数量指标\t免疫数量\t≥3000头\t3126头\t30\t28\n\t质量指标\t免疫密度\t≥90%\t95%\t20\t19\n"
     "效益指标\t社会效益\t区域性疫情发生\t无\t无\t20\t19\n\t可持续影响\t防控体系运行\t稳定\t稳定\t10\t9\n"
     "满意度指标\t养殖户满意度\t≥85%\t90%\t10\t9\n总分\t\t\t\t\t100\t93.5\n",
     [(11, "warning", "总分：按规则重算为 97.5 分，表中填 93.5 分")]),
    ("JX111", "national-2020",
     "2022年度项目支出绩效自评表\n项目名称:动物防疫经费\n资金情况:年初预算80.00  全年预算80.00  全年执行76.00  "
     "执行率95.00%\n一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\n\t预算执行率\t\t\t95.00%\t10\t9.5\n"
     "产出指标\t数量指标\t免疫数量\t≥3000头\t3126头\t30\t28\n\t质量指标\t免疫密度\t≥90%\t95%\t20\t19\n"
     "效益指标\t社会效益\t区域性疫情发生\t无\t无\t20\t19\n\t可持续影响\t防控体系运行\t稳定\t稳定\t10\t9\n"
     "满意度指标\t养殖户满意度\t≥85%\t90%\t10\t9\n总分\t\t\t\t\t100\t93.5\n", []),
    # a rate that names the initial budget as its base is computed on it (and only then found wrong)
    ("JX103", "national-2020",
     "某局2023年度部门整体支出绩效自评报告\n年初预算2400万元，调整后预算2760万元，全年支出2698.40万元，"
     "年初预算执行率112.43%，调整后预算执行率97.77%。", []),
    ("JX103", "national-2020",
     "某局2023年度部门整体支出绩效自评报告\n年初预算2400万元，调整后预算2760万元，全年支出2698.40万元，"
     "年初预算执行率110.43%，调整后预算执行率97.77%。",
     [(2, "error", "执行率写作110.43%，按所列数字计算应为112.43%")]),
    ("JX103", "national-2020",
     "某局2023年度部门整体支出绩效自评报告\n全年预算3624.30万元，年初预算2860.40万元，全年支出3517.35万元。"
     "全年预算执行率97.05%；按年初预算口径计算，执行率为122.97%。", []),
    # the items paid before the total paid are no base of the rate; nor one project's budget before both projects'
    ("JX103", "national-2020",
     "某县就业补助资金2022年度绩效自评报告\n全年预算1,500万元。全年共兑现创业担保贷款贴息412.6万元，发放一次性创业补贴326万元，"
     "发放社保补贴591.8万元，合计支出1,330.4万元，预算执行率88.69%。", []),
    ("JX103", "national-2020",
     "某镇2021年度项目支出绩效自评报告\n我镇2021年实施项目2个：集镇污水管网改造项目预算180万元，支出176.2万元；消防设施改造项目"
     "预算96万元，支出96万元。两个项目合计预算276万元，合计支出272.2万元，总体执行率98.62%。", []),
    # a department's report: a project's score and spending beside the department's own are other figures
    ("JX201", "national-2020",
     "某县交通运输局2022年度部门整体支出绩效自评报告\n三、重点项目情况\n农村公路提质改造项目完成投资1860万元，自评得分94分。\n"
     "四、自评结论\n部门整体支出自评得分91分，等级为优。", []),
    ("JX201", "national-2020",
     "某县司法局2022年度部门整体支出绩效自评报告\n（一）项目名称：法律援助专项经费。预算68万元，实际支出66.5万元。\n"
     "（二）项目名称：人民调解经费。预算32万元，实际支出32万元。", []),
    ("JX201", "national-2020",
     "某县司法局2022年度部门整体支出绩效自评报告\n部门整体支出自评得分94分。\n四、自评结论\n部门整体支出自评得分91分，等级为优。",
     [(2, "error", "自评得分前后不一致：第2行写94，第4行写91")]),
    # the total after the first-level parts is no part's score (JX106), one project's score within the whole none of
    # the report's (JX201)
    ("JX106", "national-2020",
     "某县交通运输局2021年度项目支出绩效自评报告\n投入(20分):得19分;过程(20分):得18分;产出(40分):得38分;效益(20分):得18分。"
     "合计得分93分,等级优。", []),
    ("JX201", "national-2020",
     "某县2023年度衔接推进乡村振兴补助资金绩效自评报告\n我县从资金投入、资金拨付、资金监管、资金使用成效四个方面进行自评,"
     "自评得分96.5分。其中:产业发展项目得分98分。", []),
    # the spending's parts listed after 其中 before the rate are its parts: the rate is of the whole, on the year's
    # budget stated a line above (1203.17 / 1268.45 = 94.85%)
    ("JX103", "national-2020", RATE_AFTER_PARTS.replace("RATE", "96.85"),
     [(3, "error", "执行率写作96.85%，按所列数字计算应为94.85%")]),
    ("JX103", "national-2020", RATE_AFTER_PARTS.replace("RATE", "94.85"), []),
    # a ceiling (≤) scored target ÷ actual × points (5 / 5.5 × 10 = 9.09), the other common rule, is no slip; full
    # marks over the ceiling are under either rule
    ("JX109", "national-2020", CEILING_FORM.replace("COST", "5.5").replace("PTS", "9.09").replace("TOTAL", "99.09"), []),
    ("JX110", "national-2020", CEILING_FORM.replace("COST", "5.5").replace("PTS", "10").replace("TOTAL", "100"),
     [(8, "error", "未完成指标却给满分：每处建设成本：实际 5.5 万元 超过指标 5 万元，按 (1 − (5.5−5)/5) × 10 = 9 分，"
       "表中却填满分 10 分")]),
    # full marks on the funds row for a rate of 95% (9.5 points) are no rounding; 10 for 99.6% (9.96) is
    ("JX107", "national-2020", CEILING_FORM.replace("COST", "4.8").replace("PTS", "10").replace("TOTAL", "100")
     .replace("249\t10\t99.6%\t10", "237.5\t10\t95%\t10"),
     [(3, "warning", "年度资金总额：预算执行率得10分，按执行率95.00%应得9.5分")]),
    ("JX107", "national-2020", CEILING_FORM.replace("COST", "4.8").replace("PTS", "10").replace("TOTAL", "100"),
     [(3, "info", "年度资金总额：预算执行率得10分，按执行率99.60%应得9.96分")]),
    # an indicator row's target for the rate ("预算执行率:目标值100%") and a rate of people ("康复人员执行率99.2%") are no
    # stated execution rate of the budget
    ("JX103", "national-2020",
     "某县体育局2022年度全民健身活动经费项目绩效自评报告\n本项目预算批复30万元，实际支出27.6万元，预算执行率92%。\n"
     "(1)投入-成本目标-预算执行率:目标值100%,实际完成92%。\n2.质量指标:社区戒毒社区康复人员执行率99.2%。\n", []),
    # a page cut inside its indicator table, after 产出 and 效益: the 满意度 points may stand below, no slip in 90
    ("JX105", "national-2020",
     "某区某街道2017年度项目支出绩效自评表\n项目资金(万元)年初预算数全年执行数分值执行率得分年度资金总额:86.5 79.82 10 92% 9.2"
     "绩效指标一级指标二级指标三级指标分值产出指标(50分)质量指标整治验收合格率12.5，按B/A记分。效益指标(30分)社会效益指标街巷环境改善程度15可持续影响指\n",
     []),
    # a total printed in whole points, the re-scored 99.96 rounded: a note, no slip
    ("JX111", "national-2020", CEILING_FORM.replace("COST", "4.8").replace("PTS", "10").replace("TOTAL", "100"),
     [(11, "info", "总分：按规则重算为 99.96 分，表中填 100 分")]),
    # the report's own budget, spending and rate, chosen in three sentences, that the rate's sentence does not check
    # (money passed on between): the rate against the figures; on what arrived, or within rounding, nothing
    ("JX126", "national-2020", "某县卫生健康局2022年度基本公共卫生服务项目绩效自评报告\n2022年县财政共安排基本公共卫生服务补助资金2356.82万元。\n截至2022年12月31日,上述资金已全部拨付到位,我局按照季度考核结果拨付乡镇卫生院,全年实际支出2198.37万元,资金执行率95.28%。",
     [(3, "warning", "执行率写作95.28%，按报告的全年预算2356.82万元、实际支出2198.37万元计算为93.28%")]),
    ("JX126", "national-2020", "某县卫生健康局2022年度基本公共卫生服务项目绩效自评报告\n2022年县财政共安排基本公共卫生服务补助资金2356.82万元,实际到位2300万元。\n截至2022年12月31日,上述资金已全部拨付到位,我局按照季度考核结果拨付乡镇卫生院,全年实际支出2198.37万元,资金执行率95.58%。", []),
    ("JX126", "national-2020", "某县卫生健康局2022年度基本公共卫生服务项目绩效自评报告\n2022年县财政共安排基本公共卫生服务补助资金2356.82万元。\n截至2022年12月31日,上述资金已全部拨付到位,我局按照季度考核结果拨付乡镇卫生院,全年实际支出2198.37万元,资金执行率93.3%。", []),
    # a slip JX103 reports in the rate's own sentence is not reported twice
    ("JX126", "national-2020", "某县卫生健康局2022年度基本公共卫生服务项目绩效自评报告\n2022年县财政共安排基本公共卫生服务补助资金2356.82万元。\n截至2022年12月31日,全年实际支出2198.37万元,资金执行率95.28%。", []),
    # each numbered item's money paid out and its rate are on the item's own budget, not the report's
    ("JX103", "national-2020", "某县园林绿化管理所2020年度项目支出绩效自评报告\n2020年项目资金应到位31.4万元(公园保洁费12万元,行道树修剪费15.6万元,门面税金3.8万元),实际到位31.4万元,已拨付29.87万元,拨付率95.13%。具体如下:\n1、公园保洁费已拨付11.2万元,拨付率93.33%;\n2、行道树修剪费已拨付14.87万元,拨付率95.32%;\n3、门面税金已拨付3.8万元,拨付率100%。", []),
    # execution points stated in prose that are the right ones rounded (8.62 to one place, to a whole point) are only
    # noted, as in a form's funds row
    ("JX107", "national-2020", "某县2020年度项目支出绩效自评报告\n项目预算为85万元，实际支出73.27万元，执行率86.20%。\n1、执行率（10分）根据评价指标体系，得分8.6分。",
     [(3, "info", "预算执行率得8.6分，按执行率86.20%应得8.62分")]),
    ("JX107", "national-2020", "某县2020年度项目支出绩效自评报告\n项目预算为85万元，实际支出73.27万元，执行率86.20%。\n1、执行率（10分）根据评价指标体系，得分9分。",
     [(3, "info", "预算执行率得9分，按执行率86.20%应得8.62分")]),
    # a part's rate its own line's spending gives over the part's budget is no slip of the report's rate
    ("JX126", "national-2020", "某县2022年度农村公路养护项目支出绩效自评报告\n2022年该项目预算600万元,其中财政资金500万元、自筹资金100万元。\n截至2022年12月31日,项目全年实际支出540万元。\n其中财政资金实际支出480万元,执行率96%。", []),
    # the money carried in from the year before, after a "；", is no part of this year's income
    ("JX101", "national-2020", "某中学2020年度部门整体支出绩效自评报告\n2020年本校本年收入合计3,245.18万元,其中财政拨款收入3,245.18万元;年初结转和结余41.26万元。", []),
    # a budget's part and the spending's part, alike but for two digits, are two measures
    ("JX201", "national-2020", "某县妇联2021年度部门整体支出绩效自评报告\n2021年本部门一般公共预算拨款支出预算190.60万元,其中:基本支出152.00万元,项目支出38.60万元。\n2021年度支出合计186.42万元,其中:基本支出150.20万元,项目支出36.22万元。", []),
    # this year's figure in the sentence before, the change and its rate in a sentence opening "与上年相比"
    ("JX122", "national-2020", "某局2023年度部门整体支出绩效自评报告\n2023年度收、支总计均为4285.17万元。收、支与2022年度相比,增加323.78万元,增长5.74%。",
     [(2, "warning", "增长率写作5.74%，按本年4285.17万元、增加额323.78万元计算应为8.17%")]),
    ("JX122", "national-2020", "某局2023年度部门整体支出绩效自评报告\n2023年度收、支总计均为4285.17万元。收、支与2022年度相比,增加323.78万元,增长8.17%。", []),
    ("JX122", "national-2020", "某局2023年度部门整体支出绩效自评报告\n2023年度收、支总计均为4285.17万元。2022年度在职人员42人,与上年相比增长5.00%。", []),
    # last year's figure named inside "与2022年度…相比" is last year's, not this year's
    ("JX122", "national-2020", "某局2023年度部门整体支出绩效自评报告\n2023年度收、支总计均为10486.72万元。与2022年度10093.57万元相比,收、支总计各增加393.15万元,增长3.9%。", []),
    # the points lost in all, the full marks stated or the usual 100, against the score; a single lost clause right
    # after the score is the total lost; points added besides, or several totals, say nothing sure
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,满分100分,共扣4.5分,自评得分为95.8分,等级为优秀。\n",
     [(2, "error", "满分100分扣除4.5分应得95.5分，自评得分写作95.8分")]),
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,满分100分,共扣4.5分,自评得分为95.5分,等级为优秀。\n", []),
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n本次自评共扣分6分(资金使用率未达标扣4分,进度滞后扣2分),自评得分93分,等级为优。\n",
     [(2, "error", "满分100分扣除6分应得94分，自评得分写作93分")]),
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,本年度单位自评得分为86分,扣14分,自评等级为良好。\n", []),
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,本年度单位自评得分为86分,扣12分,自评等级为良好。\n",
     [(2, "error", "满分100分扣除12分应得88分，自评得分写作86分")]),
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,共扣5分,另加分2分,自评得分97分,等级为优。\n", []),
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,共扣3分,扣分合计4分,自评得分96分,等级为优。\n", []),
    # a budget's changes in the words of allocations: sent down at the start, added by name, carried in from last year
    ("JX117", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n年初提前下达专项彩票公益金3500万元(其中:中央资金3000万元,省级资金500万元);年中追加下达剩余补助"
     "资金700万元,全年共计下达4300万元。\n",
     [(2, "warning", "年初预算3500.00万元经所列追加应为4200.00万元，报告写调整后预算4300.00万元")]),
    ("JX117", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n年初提前下达专项彩票公益金3500万元(其中:中央资金3000万元,省级资金500万元);年中追加下达剩余补助"
     "资金700万元,全年共计下达4200万元。\n", []),
    ("JX117", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n3月1日提前下达36万元列入年初预算,9月5日追加下达24万元,全年预算合计62万元。\n",
     [(2, "warning", "年初预算36.00万元经所列追加应为60.00万元，报告写调整后预算62.00万元")]),
    ("JX117", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n2023年年初预算安排215.30万元,上年结余21.50万元,全年预算数合计246.80万元,全年支出230.10万元。\n",
     [(2, "warning", "年初预算215.30万元经所列上年结余应为236.80万元，报告写调整后预算246.80万元")]),
    ("JX117", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n2023年度年初预算安排我县文化馆免费开放项目资金86.00万元,主要用于场馆开放;年中省级追加下达14.00万元,"
     "全年预算数为110.00万元。项目总投资320.00万元。\n",
     [(2, "warning", "年初预算86.00万元经所列追加应为100.00万元，报告写调整后预算110.00万元")]),
    # parts named with their points first, then each with its score, then the total
    ("JX104", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n按“项目管理”(60分)和“项目绩效”(40分)两部分打分,“项目管理”得55分,“项目绩效”得36分,总分92分,"
     "自评等级为优。\n", [(2, "error", "各部分得分合计91分，与自评总分92分不符")]),
    ("JX104", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n按“项目管理”(60分)和“项目绩效”(40分)两部分打分,“项目管理”得55分,“项目绩效”得36分,总分91分,"
     "自评等级为优。\n", []),
    # the parts listed after a total named as a 成绩
    ("JX104", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经逐项打分,这次自评的总成绩为93.5分,其中投入18分、过程19分、产出29.5分、效益28分,自评等级为优。\n",
     [(2, "error", "各部分得分合计94.5分，与自评总分93.5分不符")]),
    # the report's own bands, a bound in brackets ("90分(含90分)以上"), down to a lowest band only, or "不满" for the upper
    # bound; a score below the lowest band stated is not judged
    ("JX203", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n自评总分87.5分。按照总分90分(含90分)以上为优秀、80-89分(含80分)为良好、70-79分(含70分)为合格、"
     "70分以下为不合格的标准,评价等级为优秀。\n",
     [(2, "error", "自评得分87.5分应评为“良好”，报告写“优秀”")]),
    ("JX203", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,评分结果为86.5分。依本项目绩效评价办法,评价分数90分以上为优,80分以上为良,60分以上为合格,"
     "本年度自评结果为「优」。\n", [(2, "error", "自评得分86.5分应评为“良”，报告写“优”")]),
    ("JX203", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,评分结果为56分。依本项目绩效评价办法,评价分数90分以上为优,80分以上为良,60分以上为合格,"
     "本年度自评结果为「差」。\n", []),
    ("JX203", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n该项目自评得分84分。评价等次按得分列等:90分以上为优,80分以上不满90分为良,60分以上不满80分为中,"
     "不满60分为差;本项目评定为优。\n", [(2, "error", "自评得分84分应评为“良”，报告写“优”")]),
    # a rate before money the next "；" clause gives a rate of its own is not set against that money
    ("JX103", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n下达乙分馆项目补助36万元、甲分馆补助4万元。\n"
     "2023年文化馆免费开放补助资金全年预算数40万元,资金到位率100%,甲分馆补助已及时拨付,资金执行率100%;"
     "乙分馆项目实际支出312552元,执行率86.82%。\n", []),
    # one sum set aside for a use after 其中, then other statements: no listing of parts
    ("JX101", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n年初预算安排救灾资金150万元,其中36.5万元用于兑付上年度补助,年中下达省级救灾资金20万元,上年结转省级"
     "救灾资金8.2万元,所以全年可用救灾资金为141.7万元,对受灾情况进行补助,其中:甲镇70万元、乙镇71.7万元。\n", []),
    # parts' points said with 占分值, and parts scored as 自查得分 with a 自查得分合计
    ("JX104", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n该项目自评总分值100分,其中业务考评占分值70分,得66分;财务考核占分值30分,得27分;自评得分94分,"
     "自评等级为优。\n", [(2, "error", "各部分得分合计93分，与自评总分94分不符")]),
    ("JX104", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n该项目自评总分值100分,其中业务考评占分值70分,得66分;财务考核占分值30分,得27分;自评得分93分,"
     "自评等级为优。\n", []),
    ("JX104", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n按照投入、过程、产出、效益四个方面逐项自查打分,其中投入(20分)自查得分18分,过程(20分)自查得分19分,"
     "产出(30分)自查得分28分,效益(30分)自查得分27分,自查得分合计91分,自评等级为优。\n",
     [(2, "error", "各部分得分合计92分，与自评总分91分不符")]),
    # the spending and what is left in one sentence under the year's budget stated above it: that budget, when the rate
    # the sentence states is the spending's share of it exactly
    ("JX125", "national-2020", "某县农业农村局2023年度茶产业发展补助资金项目支出绩效自评报告\n2023年下达茶产业发展补助资金250万元,用于茶园管护和加工设备购置。\n"
     "截止评价点,茶园管护补贴支出150.4万元,加工设备购置补贴支出84.6万元,合计支出235万元,资金拨付率94%,结余资金13万元退回国库。\n",
     [(3, "warning", "结余写作13万元，按预算250万元、支出235万元计算应为15.00万元")]),
    ("JX125", "national-2020", "某县农业农村局2023年度茶产业发展补助资金项目支出绩效自评报告\n2023年下达茶产业发展补助资金250万元,用于茶园管护和加工设备购置。\n"
     "截止评价点,茶园管护补贴支出150.4万元,加工设备购置补贴支出84.6万元,合计支出235万元,资金拨付率94%,结余资金15万元退回国库。\n",
     []),
    # ... no rate, or one that is not that share: the budget above may be another's, nothing is said
    ("JX125", "national-2020", "某县农业农村局2023年度茶产业发展补助资金项目支出绩效自评报告\n2023年下达茶产业发展补助资金250万元,用于茶园管护和加工设备购置。\n"
     "截止评价点,茶园管护补贴支出150.4万元,加工设备购置补贴支出84.6万元,合计支出235万元,结余资金13万元退回国库。\n",
     []),
    # points lost by one indicator or part are no total lost
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n经自评,产出指标共扣2分,效益指标扣1分,自评得分97分,等级为优秀。\n", []),
    ("JX127", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n自评得分为94分,其中时效指标共扣2分、满意度指标扣4分,等次为优秀。\n", []),
    # bands stated down to a lowest bound only, of other units' assessment in a sentence apart, judge no grade
    ("JX203", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n我局对各乡镇项目实施情况进行考核,考核得分85分以上为优秀,70分以上为良好,60分以上为合格。\n"
     "经自评,本项目自评得分88分,评价等级为良好。\n", []),
    # the adjusted budget's label saying it holds the carry-over too: more than the changes stated
    ("JX117", "national-2020", "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n年初预算安排100万元,年中追加20万元,连同上年结余资金调整后预算为150万元,实际支出140万元。\n", []),
    # a project listing's items on a sharing site's numbered chunks, one item's spending before the next item's opening:
    # each rate on its own item's figures, never the spending of the item before it (31.8 / 18)
    ("JX103", "national-2020", "1、2023年度项目支出绩效自评总报告为做好绩效评价工作,对我所2023年度项目支出绩效进行了自评。现将情况报告如下:"
     "一、本部门项目绩效目标情况(一)某市烈士陵园管理所2023年度共有3个项目1、烈士纪念设施维修项目:到位资金31. 8万元,2023年全年已拨付"
     "31. 8万元,执行率100%。具体评价范围为:独立墓墓基(台阶、墓\n2、碑等刻字;墓地周边环境整治315平方米。共支出成本31.8万元,2023年全年"
     "已实际支付31. 8万元。2、2023年退役军人事务专项资金项目:到位资金18万元, 2023年全年已拨付18万元,执行率100%。\n", []),
    # the money's own rate in words of using or paying it out, and a total row's score: stated, never "not stated"
    ("JX304", "national-2020", "某县2024年度退役士兵一次性经济补助项目支出绩效自评报告\n财政下达补助资金258.2万元,共发放258.2万元,资金发放率100%。\n", []),
    ("JX304", "national-2020", "某县2023年度项目支出绩效自评报告\n下达资金1210万元,已拨付1172.9万元,资金使用率96.93%。\n", []),
    ("JX304", "national-2020", "某县2023年度项目支出绩效自评报告\n经费累计完成支出96万元,占全年预算数(96万元)的100%。\n", []),
    ("JX302", "national-2020", "某县2023年度项目支出绩效自评报告\n一级指标 分值 得分\n合计(100分)92.5\n", []),
    ("JX304", "national-2020", "某镇2023年度部门整体支出绩效自评报告\n全镇本级支出1,326.57万元,为年初预算1,385.20万元的95.77%。\n", []),
    # a count written in tens of thousands ("3.2万余人次") against a bare target ("30000"): 32000, the target met
    ("JX110", "national-2020", "项目支出绩效自评表\n二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
     "数量指标 指标1:组织考试场次 12场 14场 10 10\n指标2:参考考生人数 30000 3.2万余人次 10 10\n", []),
    # a part written with a minus sign counts against the total; the next enumerated item ends a listing
    ("JX101", "national-2020", "2022年下达一次性经济补助资金193.6万元(其中中央直达资金205.2万元,省直达资金-11.6万元);"
     "2022年共发放一次性经济补助193.6万元,预算执行率100%。", []),
    ("JX101", "national-2020", "一是本年度支出41.3万元,其中:幼儿资助支出37.2万元,占90.07%;资助宣传及档案管理支出4.1万元,占9.93%;"
     "二是部分幼儿转学,资金结余7.3万元。", []),
    # batches set out after a comma (hand-written)
    ("JX101", "national-2020", "下达资金12000万元,分两批下达,第一批8500万元,第二批3000万元。",
     [(1, "warning", "下达资金12000.00万元与所列各项合计11500.00万元不符")]),
    # a group of projects counted as a scan read it ("等ll个项目"): its rate is not the report's
    ("JX103", "national-2020", "某县交通运输局2023年度项目支出绩效自评报告\n年初预算4371.25万元,总支出3591.63万元。"
     "农村客运候车亭建设等ll个项目预算执行进度100%,危桥改造等5个项目按进度支付。\n", []),
    # parts themselves enumerated after 其中 and a comma: one listing, adding up
    ("JX101", "national-2020", "项目资金合计100万元，其中，一是中央资金60万元、市级资金10万元；二是省级资金30万元。全年支出100万元，预算执行率100%。", []),
    # a count in 万 under a name that says so ("受益人口(万人)"): 3.2 against 3.5, short of the target with full marks
    ("JX110", "national-2020", "项目支出绩效自评表\n二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
     "数量指标 指标1:受益人口(万人) 3.5 3.2万人 10 10\n",
     [(3, "error", "未完成指标却给满分：受益人口(万人)：实际 3.2 未达指标 3.5，按完成比例 3.2/3.5 × 10 = 9.14 分，表中却填满分 10 分")]),
    # a span of years ending after the year evaluated is no other year's figure (hand-written): a winter's relief money
    # over two years, a provincial fund set for four; a year after 截至 is still one
    ("JX204", "national-2020",
     "某区2023年度冬春救助资金项目支出绩效自评报告\n财政部下达我区2023-2024年冬春临时生活困难救助资金合计1793万元。", []),
    ("JX204", "national-2020",
     "某县2020年度少数民族发展资金项目支出绩效自评报告\n2019年至2022年,省级财政每年安排少数民族发展资金2000万元。", []),
    ("JX204", "national-2020",
     "某县2020年度少数民族发展资金项目支出绩效自评报告\n至2022年省级财政安排少数民族发展资金2000万元。",
     [(2, "warning", "第2行的预算数据写的是2022年，与评价年度2020年不符")]),
    # a category's points in brackets after its score (hand-written): above them, an error; within them, none
    ("JX106", "national-2020",
     "某县文旅局2022年度项目支出绩效自评报告\n其中项目决策得分15分(分值15分),项目产出得分41分(分值40分),项目效益得分16分(分值20分)。",
     [(2, "error", "产出指标得分41分，超过其分值40分")]),
    ("JX106", "national-2020",
     "某县文旅局2022年度项目支出绩效自评报告\n其中项目决策得分15分(分值15分),项目产出得分39分(分值40分)。", []),
    # the parts of a score labelled 自评分 after 其中 are its categories' scores, not their points (hand-written)
    ("JX104", "national-2020",
     "某县医院2018年度部门整体支出绩效自评报告\n我院自评分为86.5分,其中投入指标18分、过程指标22.5分、产出指标28分、效益指标19分,"
     "绩效等级良。",
     [(2, "error", "各部分得分合计87.5分，与自评总分86.5分不符")]),
    ("JX104", "national-2020",
     "某县医院2018年度部门整体支出绩效自评报告\n我院自评分为87.5分,其中投入指标18分、过程指标22.5分、产出指标28分、效益指标19分,"
     "绩效等级良。", []),
    # a whole divided "按建设内容分为:" item by item (hand-written)
    ("JX101", "national-2020",
     "下达2021年中央水利发展资金1846万元,按建设内容分为:中小河流治理980万元,小型水库维修养护32万元,水土保持治理700万元,"
     "山洪灾害防治8万元,水利工程管理20万元。",
     [(1, "warning", "中央水利发展资金1846.00万元与所列各项合计1740.00万元不符")]),
    ("JX101", "national-2020",
     "下达2021年中央水利发展资金1740万元,按建设内容分为:中小河流治理980万元,小型水库维修养护32万元,水土保持治理700万元,"
     "山洪灾害防治8万元,水利工程管理20万元。", []),
    # one total broken down three ways, the third not adding up (hand-written): each breakdown is the first's total's
    ("JX101", "national-2020",
     "2019年全年支出决算数为94.86万元,按功能分类其构成为一般公共服务支出88.73万元,卫生健康支出6.13万元;按支出性质分类其构成为"
     "基本支出78.21万元,项目支出16.65万元;按经济分类其构成为工资福利支出58.44万元,商品和服务支出31.07万元,资本性支出6.25万元。",
     [(1, "error", "全年支出决算数为94.86万元与所列各项合计95.76万元不符")]),
    ("JX101", "national-2020",
     "2019年全年支出决算数为94.86万元,按功能分类其构成为一般公共服务支出88.73万元,卫生健康支出6.13万元;按支出性质分类其构成为"
     "基本支出78.21万元,项目支出16.65万元;按经济分类其构成为工资福利支出58.44万元,商品和服务支出31.07万元,资本性支出5.35万元。", []),
    # a part named after what kind of organ it builds ("节约型机关创建工作经费") is no saving (hand-written)
    ("JX101", "national-2020",
     "项目资金合计825.00万元,分别为:物业管理经费468.20万元、运行维护经费96.50万元、节约型机关创建工作经费12.00万元、"
     "节能改造经费238.30万元。",
     [(1, "warning", "项目资金合计825.00万元与所列各项合计815.00万元不符")]),
    # changes whose purposes are listed after their word ("追加A、B经费"), one made by another office ("区财政追加…"), money
    # clawed back ("统筹收回一般性支出"), and the carry-over introduced by 另有 (hand-written)
    ("JX117", "national-2020",
     "某县委组织部2021年度部门整体支出绩效自评报告\n2021年年初预算安排2235.68万元;年内追加党员教育培训、人才引进专项经费786.40万元,"
     "调减会议经费112.50万元;调整后预算为3134.58万元。",
     [(2, "warning", "年初预算2235.68万元经所列追加、调减应为2909.58万元，报告写调整后预算3134.58万元")]),
    ("JX117", "national-2020",
     "某州接待办2022年度部门整体支出绩效自评报告\n年初部门预算612.38万元。年内追加预算145.60万元;统筹收回一般性支出38.25万元。"
     "调整后全年预算数为729.73万元。",
     [(2, "warning", "年初预算612.38万元经所列追加、调减应为719.73万元，报告写调整后预算729.73万元")]),
    ("JX117", "national-2020",
     "某区民政局2020年度部门整体支出绩效自评报告\n2020年我局年初预算数3826.45万元;年度执行中,区财政追加疫情防控、背街小巷改造经费"
     "1290.60万元,另有上年结转结余资金48.37万元,调整后全年预算数为5117.05万元。",
     [(2, "warning", "年初预算3826.45万元经所列追加、上年结转应为5165.42万元，报告写调整后预算5117.05万元")]),
    # a 投入/过程/产出/效益 framework table, its rows printed with the cells of the groups they open (hand-written): every
    # row read, its own execution-rate row no second one besides the scheme's, its total checked against the rows
    ("JX111", "national-2020", "某市科学技术协会2019年度部门整体支出绩效自评表\n一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分\n投入(20分) 预算编制 预算编制准确性 10 准确 准确 10\n目标设置 绩效目标合理性 10 合理 合理 10\n过程(30分) 预算执行 预算执行率 20 100% 97.5% 19.5\n财务管理 资金使用合规性 10 合规 合规 10\n产出(30分) 职责履行 科普活动开展场次 30 ≥80场 86场 30\n效益(20分) 履职效益 服务对象满意度 20 ≥90% 91% 20\n总分 100 98.5\n",
     [(9, "error", "总分：表中各行得分合计 99.5 分，表中总分填 98.5 分")]),
    ("JX113", "national-2020", "某市科学技术协会2019年度部门整体支出绩效自评表\n一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分\n投入(20分) 预算编制 预算编制准确性 10 准确 准确 10\n目标设置 绩效目标合理性 10 合理 合理 10\n过程(30分) 预算执行 预算执行率 20 100% 97.5% 19.5\n财务管理 资金使用合规性 10 合规 合规 10\n产出(30分) 职责履行 科普活动开展场次 30 ≥80场 86场 30\n效益(20分) 履职效益 服务对象满意度 20 ≥90% 91% 20\n总分 100 99.5\n", []),
    ("JX111", "national-2020", "某市科学技术协会2019年度部门整体支出绩效自评表\n一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分\n投入(20分) 预算编制 预算编制准确性 10 准确 准确 10\n目标设置 绩效目标合理性 10 合理 合理 10\n过程(30分) 预算执行 预算执行率 20 100% 97.5% 19.5\n财务管理 资金使用合规性 10 合规 合规 10\n产出(30分) 职责履行 科普活动开展场次 30 ≥80场 86场 30\n效益(20分) 履职效益 服务对象满意度 20 ≥90% 91% 20\n总分 100 99.5\n", []),
    ("JX109", "national-2020", "某市科学技术协会2019年度部门整体支出绩效自评表\n一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分\n投入(20分) 预算编制 预算编制准确性 10 准确 准确 10\n目标设置 绩效目标合理性 10 合理 合理 10\n过程(30分) 预算执行 预算执行率 20 100% 90% 19.5\n财务管理 资金使用合规性 10 合规 合规 10\n产出(30分) 职责履行 科普活动开展场次 30 ≥80场 86场 30\n效益(20分) 履职效益 服务对象满意度 20 ≥90% 91% 20\n总分 100 99.5\n",
     [(5, "error", "指标得分与计分规则不符：预算执行率：实际 90% 未达指标 100%，按完成比例 90/100 × 20 = 18 分，表中填 19.5 分")]),
    # a category's weight in a weighted sum after its score is no points it may not exceed (second review)
    ("JX106", "national-2020",
     "某县2022年度项目支出绩效自评报告\n按百分制分别评分后加权汇总:产出指标得分92分(权重40),效益指标得分90分(权重30)。", []),
    # "…项目支出主要用于A、B等," then, far on the same run-on line, another table's row after its own colon: no listing of
    # the spending's uses (hand-written after a twin's false alarm)
    ("JX101", "national-2020",
     "全年执行数1542.98万元,其中基本支出执行677.4万元、项目支出执行865.58万元,项目支出主要用于文化旅游节、公共文化服务体系建设等,"
     "部门整体支出绩效自评表(2019年度)部门名称某局年度资金总额:1426.8万元1583.27万元1542.98万元97.46%", []),
    # hand-written after the tenth twin round: the year before set beside the report's own figures is a comparison
    ("JX204", "national-2020",
     "某县2020年农机购置补贴项目绩效自评报告\n2020年可用农机购置补贴资金538.32万元,其中:上年结转资金86.32万元,2020年下达中央资金452万元,"
     "较2019年下达的496万元减少44万元。\n截至2020年12月31日,实际支出501.65万元,执行率为93.19%;2019年执行数为409.68万元。",
     []),
    # (not 较 in other words, nor this year's figure in an earlier sentence)
    ("JX204", "national-2020",
     "某县2020年农机购置补贴项目绩效自评报告\n项目资金使用较为规范，2019年度实际支出409.68万元。",
     [(2, "warning", "第2行的预算数据写的是2019年，与评价年度2020年不符")]),
    ("JX204", "national-2020",
     "某县2020年农机购置补贴项目绩效自评报告\n全年预算538.32万元，实际支出501.65万元。本项目2019年度实际支出409.68万元。",
     [(2, "warning", "第2行的预算数据写的是2019年，与评价年度2020年不符")]),
    ("JX204", "national-2020",
     "某县2020年农机购置补贴项目绩效自评报告\n2019年执行数为409.68万元。", [(2, "warning", "第2行的预算数据写的是2019年，与评价年度2020年不符")]),
    # the parts of the whole stated right before them, listed before another total: no parts of that total
    ("JX101", "national-2020",
     "某馆2021年度部门整体支出绩效自评报告\n2021年度我馆部门预算收入合计168.52万元,其中基本支出104.37万元,项目支出64.15万元;"
     "全年支出合计163.08万元,预算执行率96.77%。", []),
    ("JX101", "national-2020",
     "某馆2021年度部门整体支出绩效自评报告\n2021年度我馆基本支出104.37万元,项目支出64.15万元;全年支出合计163.08万元。",
     [(2, "error", "支出合计163.08万元与所列各项合计168.52万元不符")]),
    ("JX101", "national-2020",
     "某馆2021年度部门整体支出绩效自评报告\n2021年度我馆部门预算收入合计168.52万元,其中基本支出104.37万元,项目支出64.15万元;"
     "以上支出合计170.52万元。", [(2, "warning", "支出合计170.52万元与所列各项合计168.52万元不符")]),
    ("JX101", "national-2020",
     "某馆2021年度部门整体支出绩效自评报告\n2021年度我馆部门预算收入合计168.52万元,其中基本支出104.37万元,项目支出64.15万元;"
     "上述资金实际支出合计163.08万元。", []),
    # (what was not spent against a plan is no part: "…空缺两个月，少支出600元")
    ("JX101", "national-2020",
     "某苏木2020年度防疫员补助资金绩效自评报告\n全年实际支出72400元，资金执行率99.18%。其中防疫员劳务补助支出64200元，"
     "因防疫员离职空缺两个月，少支出600元；耗材费支出8200元。", []),
    # money paid out in 元 whose figure the report states in 万元 elsewhere; not without the echo
    ("JX202", "national-2020",
     "某区2021年度道路排水配套工程绩效自评报告\n2021年该工程预算经费为1276万元,2021年支付1276万元。\n"
     "2021年该工程列入部门预算经费为1276万元,2021年实际支付1276元。",
     [(3, "error", "“1276元”以元为单位，在以万元计的报告中只有作1276万元才讲得通")]),
    ("JX202", "national-2020",
     "某区2021年度道路排水配套工程绩效自评报告\n2021年该工程预算经费为1276万元,2021年支付1276万元。\n"
     "2021年为施工方支付检测费1200元。", []),
    # (nor a standard paid out per head whose figure a budget shares, nor the 元 twin of a 万元 slip in a report in 元)
    ("JX202", "national-2020",
     "某县2021年度高龄津贴项目绩效自评报告\n全年预算300万元,实际支出296.4万元。\n90-99周岁老人按月发放300元。", []),
    ("JX202", "national-2020",
     "某县2021年度临时救助项目绩效自评报告\n全年预算850万元,实际支出846万元。\n为救助对象李某某发放临时救助金850元。", []),
    ("JX202", "national-2020",
     "某市中心医院2019年公立医院综合改革补助资金项目绩效自评报告\n项目资金520万元，其中中央补助286万元、省级补助134万元、"
     "市级配套100万元，全年支出510.6万元。\n1.年度绩效目标:落实公立医院综合改革各项任务,巩固取消药品加成成\n"
     "果,药占比控制在30%以内,百元医疗收入(不含药品收入)中消耗的卫生材\n料控制在20元以内;购置重点专科设备。", []),
    ("JX202", "national-2020",
     "某县人民医院2018年公立医院综合改革补助资金项目绩效自评报告\n项目资金590万元，全年支出576.3万元。\n药占比降至28.6%，百"
     "元医疗收入（不含药品收入）中消耗的卫生材\n料降至19.6元；门诊次均费用218元。", []),
    ("JX202", "national-2020", "某区2021年度道路工程绩效自评报告\n预算经费为1276万元,2021年实际支付1276元,执行率100%。",
     [(2, "error", "“1276元”以元为单位，在以万元计的报告中只有作1276万元才讲得通")]),
    ("JX202", "national-2020",
     "某镇2018年度防疫员补助资金绩效自评报告\n补助资金由省级补助资金5600元和州级配套资金4400元组成,共计10000元。\n"
     "省级补助资金5600元于9月到账,州级配套资金4400万元于12月到账。", []),
    # 万元 among amounts in 元, the same money stated in 元 elsewhere; not where 万元 is the report's unit, nor other money
    ("JX210", "national-2020",
     "某镇2018年度防疫员补助资金绩效自评报告\n补助资金由省级补助资金21600元和州级配套资金14400元组成,共计36000元。\n"
     "省级补助资金21600元于9月到账,州级配套资金14400万元于12月到账。",
     [(3, "error", "“14400万元”以万元为单位，而同一笔州级配套资金在第2行写作14400元，应为14400元")]),
    ("JX210", "national-2020",
     "某镇2018年度防疫员补助资金绩效自评报告\n补助资金由省级补助资金2.16万元和州级配套资金1.44万元组成。\n"
     "州级配套资金1.44万元于12月到账,其中工作经费14400元。", []),
    ("JX210", "national-2020",
     "某镇2018年度防疫员补助资金绩效自评报告\n补助资金由省级补助资金21600元和州级配套资金14400元组成,共计36000元。\n"
     "省级补助资金21600元于9月到账,县级配套资金14400万元用于道路建设。", []),
    # (the whole's score after the parts' scores with their full marks is no part's)
    ("JX106", "national-2020",
     "某区2017年度居家养老服务补贴项目绩效自评报告\n其中项目决策18分（满分20分），项目管理17分（满分20分），"
     "项目产出30分（满分35分），项目效益22分（满分25分），自评得分87分，等级为良好。", []),
    # (a heading above is no prose the page cut: the 元 slip stays found)
    ("JX202", "national-2020",
     "某医院2018年度X项目绩效自评报告\n项目预算1276万元。\n二、百元医疗收入卫生材料控制及预算执行情况\n2018年，全年实际支出1276元，执行率100%。",
     [(4, "error", "“1276元”以元为单位，在以万元计的报告中只有作1276万元才讲得通")]),
    ("JX101", "national-2020",
     "某苏木2020年度防疫员补助资金绩效自评报告\n全年实际支出73000元，其中劳务补助64200元，耗材费8200元，至少支出600元用于宣传。",
     []),
    # the parts on the line after their whole's sentence ("…万元。" / "其中：…"): read with it
    ("JX101", "national-2020",
     "某档案馆2020年度部门整体支出绩效自评报告\n当年支出总额210.50万元，预算完成率98%。\n"
     "其中：基本支出170.25万元，包括人员经费150万元、公用经费20.25万元；项目支出39.25万元。",
     [(2, "warning", "当年支出总额210.50万元与所列各项合计209.50万元不符")]),
    ("JX101", "national-2020",
     "某档案馆2020年度部门整体支出绩效自评报告\n当年支出总额209.50万元，预算完成率98%。\n"
     "其中：基本支出170.25万元，包括人员经费150万元、公用经费20.25万元；项目支出39.25万元。", []),
    # (the sections' scores as headings on them, then their sum against the stated total)
    ("JX104", "national-2020",
     "某医院2020年度X项目绩效自评报告\n经自评，该项目综合得分96分。\n（一）投入情况（20分），得19分。\n"
     "（二）过程情况（20分），得18分。\n（三）产出情况（35分），得34分。\n（四）效益情况（25分），得23分。",
     [(2, "error", "各部分得分合计94分，与自评总分96分不符")]),
    # (a column counting people beside the money is none of what the row's total adds)
    ("JX101", "national-2020",
     "某镇2021年度村级组织运转经费项目绩效自评报告\n分村情况见下表（单位：元）：\n"
     "村名\t村干部人数\t基本报酬\t办公经费\t合计\n甲村\t5\t168000\t20000\t188000\n乙村\t4\t134400\t20000\t154400\n", []),
    ("JX101", "national-2020",
     "某镇2021年度村级组织运转经费项目绩效自评报告\n分村情况见下表（单位：元）：\n"
     "村名\t村干部人数\t基本报酬\t办公经费\t合计\n甲村\t5\t168000\t20000\t189000\n乙村\t4\t134400\t20000\t154400\n",
     [(4, "error", "村名合计189000.00元与所列各项合计188000.00元不符")]),
    # (a header's 配套数 is money, summed with the rest)
    ("JX101", "national-2020",
     "某县2021年度X项目绩效自评报告\n资金来源（单位：万元）：\n项目\t上级补助\t县级配套数\t其他资金\t合计\n金额\t100\t50\t10\t160\n", []),
    # (parts on the next line far off the sentence's last amount are not its: "…结余资金40万元已上缴。" / "其中：…")
    ("JX101", "national-2020",
     "某县2022年度X项目绩效自评报告\n实际支出1,245.60万元，执行率97%。结余资金40.40万元已按规定上缴财政。\n"
     "其中：中央资金支出800.00万元，省级资金支出445.60万元。", []),
    # (figures in two items of one numbered list, each its own school district's, are no conflict, however alike)
    ("JX201", "national-2020",
     "某县教育局2023年度乡村教师生活补助项目绩效自评报告\n各学区发放情况如下：\n"
     "（3）甲学区：享受教师98人，应发35.28万元，实发34.20万元，发放率96.94%；\n"
     "（4）丙学区：享受教师131人，应发47.16万元，实发47.16万元，发放率100%；\n"
     "（8）乙学区：享受教师72人，应发43.20万元，实发43.20万元，发放率100%。\n", []),
    # (but two paragraphs of the outline naming the money so are one account: "（1）资金到位情况…" / "（2）资金使用情况…")
    ("JX201", "national-2020",
     "某县教育局2023年度乡村教师生活补助项目绩效自评报告\n（1）资金到位情况：应发130万元，实发126.45万元。\n"
     "（2）资金使用情况：截至年底，实发162.45万元。\n",
     [(2, "error", "实发前后不一致：第2行写126.45万元，第3行写162.45万元")]),
    # (the total stated again after the parts on their line is no further part: the parts are checked against it)
    ("JX104", "national-2020",
     "某旗林业和草原局2021年度部门整体支出绩效自评报告\n自评得分：93.5分\n四、绩效自评情况\n"
     "决策类指标（分值15分）得15分，过程类指标（分值20分）得18.5分，产出类指标（分值40分）得37分，"
     "效益类指标（分值25分）得22分，合计自评得分93.5分，等级为“优”。\n",
     [(2, "error", "各部分得分合计92.5分，与自评总分93.5分不符")]),
    # (the report's own budget in two numbered paragraphs of its outline is one figure: a swap is found)
    ("JX201", "national-2020",
     "某县水利局2022年度X项目绩效自评报告\n（1）本项目年初预算1286.40万元。\n（4）年初预算1268.40万元已全部拨付。\n",
     [(2, "error", "年初预算前后不一致：第2行写1286.4万元，第3行写1268.4万元")]),
    # (a part's own "总体满意度得分" is a part, not the total stated again)
    ("JX104", "national-2020",
     "某县2022年度X项目绩效自评报告\n本项目自评得分89分，其中预算执行率得分10分，产出指标得分40分，效益指标得分20分，"
     "可持续影响指标得分10分，服务对象总体满意度得分9分。\n", []),
    # (a part the reader cannot score, "满意度指标得满分", hides behind the total stated again: no alarm)
    ("JX104", "national-2020",
     "某县2022年度X项目绩效自评报告\n自评得分：95分\n本项目预算执行率得分10分，产出指标得分45分，效益指标得分30分，"
     "满意度指标得满分，合计得分95分。\n", []),
    # a qualitative row whose blank unit cell the page dropped ("定性 | 明显降低 | | 基本达到") is read, so the total is checked
    ("JX111", "national-2020", "某县农业农村局2022年度项目支出绩效自评表\n| 项目名称 | 农村人居环境整治专项 |\n"
     "| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
     "| | 年度资金总额 | 180.00 | 216.50 | 212.37 | 10 | 98.09% | 9.81 |\n"
     "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 全年完成值 | 分值 | 得分 | 未完成原因分析及改进措施 |\n"
     "| | 产出指标 | 数量指标 | 新建改建农村户厕 | ≥ | 1500 | 户 | 1526 | 40 | 40 | |\n"
     "| | 效益指标 | 经济效益指标 | 降低群众生活垃圾处理成本 | 定性 | 明显降低 | | 基本达到 | 20 | 16 | 部分偏远村收运频次不足 |\n"
     "| | | 社会效益指标 | 农村卫生厕所普及率 | ≥ | 85 | % | 87.6 | 20 | 20 | |\n"
     "| | 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥ | 90 | % | 93.5 | 10 | 10 | |\n"
     "| 总分 | | | | | | | | 100 | 96.81 | |\n",
     [(10, "error", "总分：表中各行得分合计 95.81 分，表中总分填 96.81 分")]),
    # a form printed with single spaces, its score column headed 指标得分, its total ending the unit's row
    ("JX111", "national-2020", "某街道办事处2020年度部门整体支出绩效自评表\n单位名称 某市某区古南街道办事处 自评总分 98.84\n"
     "绩效指标 一级指标 二级指标 三级指标 指标权重 指标值 实际完成值 指标得分 偏差原因分析\n"
     "产出指标 数量指标 城市管理案件办结数 30 ≥300件 326件 30\n"
     "产出指标 数量指标 新增城镇就业人数 30 ≥1500人 1424人 28.48 受疫情影响企业用工需求下降\n"
     "产出指标 时效指标 预算执行率 10 ≥95% 97.36% 10\n效益指标 社会效益指标 信访积案化解率 20 ≥90% 92.3% 20\n"
     "满意度指标 服务对象满意度指标 辖区群众满意度 10 ≥90% 91.2% 10\n",
     [(2, "error", "总分：表中各行得分合计 98.48 分，表中总分填 98.84 分")]),
    # the year's bound of the spending's progress, its figure on the line the page wrapped to, is no rate stated
    ("JX103", "national-2020", "某县自然资源局2021年度部门整体支出绩效自评报告\n全年预算3187.64万元，全年实际支出2,749.21万元，支出进度"
     "86.25%。\n扣分主要集中在预算执行方面：一是支出进度未达到年度\n90%的考核要求，扣3分；二是年中预算调整率偏高，扣1分。\n", []),
    # a funds block printed one cell a line whose last source row lost its blank 年初 cell ("上年结转" / "150" / "122"): the
    # rows read are not the whole, no sum is checked
    ("JX101", "national-2020", "某县水利局2017年度农村饮水安全巩固提升工程项目支出绩效自评表\n项目资金（万元）\n年初预算数\n全年预算数\n"
     "全年执行数\n分值\n执行率\n得分\n年度资金总额\n1500\n2180\n1863.27\n10\n85.47%\n8.55\n其中：财政拨款\n1500\n2030\n"
     "1741.27\n其他资金\n上年结转\n150\n122\n年度总体目标\n", []),
    # each part's points in brackets, then its score after a colon ("产出指标（分值50分）：得48分")
    ("JX104", "national-2020", "某市卫生健康局2022年度基本公共卫生服务项目支出绩效自评报告\n三、自评结论\n本项目自评综合得分95.52分，自评"
     "等级为“优”。具体为：\n预算执行率（分值10分）：得9.52分；\n产出指标（分值50分）：得48分，规范管理率未达目标扣2分；\n"
     "效益指标（分值30分）：得28分；\n满意度指标（分值10分）：得9分。\n",
     [(3, "error", "各部分得分合计94.52分，与自评总分95.52分不符")]),
    # what is left opening the sentence after the spending's
    ("JX125", "national-2020", "某旗2023年度草原生态保护补助奖励资金绩效自评报告\n2023年中央财政下达我旗草原生态保护补助奖励资金"
     "4456.50万元，截至2023年12月31日共兑付、支出4398.72万元，资金支出率98.70%。结余资金67.78万元，主要是部分农牧户户籍迁移。\n",
     [(2, "warning", "结余写作67.78万元，按预算4456.50万元、支出4398.72万元计算应为57.78万元")]),
    ("JX125", "national-2020", "某旗2023年度草原生态保护补助奖励资金绩效自评报告\n2023年中央财政下达我旗草原生态保护补助奖励资金"
     "4456.50万元，截至2023年12月31日共兑付、支出4398.72万元，资金支出率98.70%。结余资金57.78万元，主要是部分农牧户户籍迁移。\n",
     []),
    # a category's points, then its first part's score after the colon: no category's score
    ("JX104", "national-2020", "某县2022年度项目支出绩效自评报告\n自评总得分96分。\n产出指标（分值50分）：数量指标，得分20分；\n"
     "质量指标，得分20分；\n时效指标，得分8分。\n效益指标（分值30分）：得28分；\n满意度指标（分值10分）：得10分；\n"
     "预算执行率（分值10分）：得10分。\n", []),
    # what is left after one source's spending, or told apart, is no balance of the whole
    ("JX125", "national-2020", "某县2022年度项目支出绩效自评报告\n全年预算资金500万元，实际支出450万元，执行率90%。省级资金预算"
     "200万元，实际支出170万元，执行率85%。结余资金50万元。\n", []),
    ("JX125", "national-2020", "某县2022年度项目支出绩效自评报告\n全年预算资金500万元，实际支出450万元，执行率90%。结余资金20万元，"
     "结转资金30万元。\n", []),
    # the parts of a standard per mu, in 元, listed after 其中: per mu too, no slip for 万元
    ("JX202", "national-2020", "某县2021年度森林生态效益补偿资金项目绩效自评报告\n2021年下达补偿资金932.16万元，实际兑付920.87万元。"
     "补偿标准为每年每亩16元，其中管护补助支出15.75元，公共管护支出0.25元。\n", []),
    # (a 元 figure that is the 万元 one stated elsewhere stays a slip, standard or not)
    ("JX202", "national-2020", "某县2021年度农村道路养护项目绩效自评报告\n项目预算500万元，实际支出480万元。该项目每亩补助标准为"
     "每年500元，其中实际支出480元。\n",
     [(2, "error", "“480元”以元为单位，在以万元计的报告中只有作480万元才讲得通")]),
    # each category's points, then its score in brackets: the scores add to the total
    ("JX104", "national-2020", "某县2018年度茶叶质量安全监管项目绩效自评报告\n本项目2018年度自评得分93分。其中：项目决策15分(得15分)，"
     "项目过程25分(得22分)，项目产出35分(得34分)，项目效益25分(得22分)。\n", []),
    ("JX104", "national-2020", "某县2018年度茶叶质量安全监管项目绩效自评报告\n本项目2018年度自评得分95分。其中：项目决策15分(得15分)，"
     "项目过程25分(得22分)，项目产出35分(得34分)，项目效益25分(得22分)。\n",
     [(2, "error", "各部分得分合计93分，与自评总分95分不符")]),
    # (each part's points with its rate of scoring in brackets: the points are its score)
    ("JX104", "national-2020", "某县2018年度茶叶质量安全监管项目绩效自评报告\n本项目自评得分91分，其中：项目决策15分（得分率100%），"
     "项目过程22分（得分率88%），项目产出34分（得分率97.14%），项目效益22分（得分率88%）。\n",
     [(2, "error", "各部分得分合计93分，与自评总分91分不符")]),
    # a form's 年初预算数, 调整预算数 and 全年预算数 columns that do not add up
    ("JX117", "national-2020", "某区教育局2020年度部门整体支出绩效自评表\n年度预算申请(万元) | 年初预算数 | 调整预算数 | 全年预算数 | "
     "全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 2100.00 | 185.00 | 2295.00 | 2240.00 | 10 | 97.60% | 9.76\n",
     [(3, "warning", "年初预算2100.00万元经所列调整应为2285.00万元，报告写调整后预算2295.00万元")]),
    ("JX117", "national-2020", "某区教育局2020年度部门整体支出绩效自评表\n年度预算申请(万元) | 年初预算数 | 调整预算数 | 全年预算数 | "
     "全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 2100.00 | 195.00 | 2295.00 | 2240.00 | 10 | 97.60% | 9.76\n", []),
    # a department form's first-level rows add up to 100 with one the weights read leave out (预算管理); rows that
    # add to 90 still do not
    ("JX105", "national-2020", "某市机关事务服务中心2021年度部门整体支出绩效自评表\n年度预算资金（万元） | 年初预算数 | 全年预算数 | "
     "全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 2456.80 | 2944.02 | 2873.55 | 10 | 97.61% | 9.76\n一级指标 | 分值 | 得分 | "
     "扣分说明\n预算执行 | 10 | 9.76 | 执行率未达100%\n预算管理 | 20 | 18.5 | 追加比例偏高\n产出 | 40 | 38 | 进度滞后\n"
     "效益 | 30 | 27 | 量化不足\n自评总分 | 93.26 | 自评等级 | 优\n", []),
    ("JX105", "national-2020", "某市机关事务服务中心2021年度部门整体支出绩效自评表\n年度预算资金（万元） | 年初预算数 | 全年预算数 | "
     "全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 2456.80 | 2944.02 | 2873.55 | 10 | 97.61% | 9.76\n一级指标 | 分值 | 得分 | "
     "扣分说明\n预算执行 | 10 | 9.76 | 执行率未达100%\n产出 | 40 | 38 | 进度滞后\n效益 | 30 | 27 | 量化不足\n满意度 | 10 | 9 | 无\n"
     "自评总分 | 83.76 | 自评等级 | 良\n",
     [(3, "error", "一级指标分值合计90分，应为100分")]),
    # what was done beyond a target given in brackets right after the words that say so
    ("JX122", "national-2020", "全年开展职业技能培训3420人次，超出年度目标（3000人次）24%。",
     [(1, "warning", "超额比例写作24%，按目标3000人次、完成3420人次计算应为14.00%")]),
    ("JX122", "national-2020", "全年开展职业技能培训3420人次，超出年度目标（3000人次）14%。", []),
    # (what was done is the sentence's one figure of the target's kind; a range is no rate to check)
    ("JX122", "national-2020", "全年培训3420人次，其中线上培训3100人次，超出年度目标（3000人次）14%。", []),
    ("JX122", "national-2020", "全年开展职业技能培训3420人次，超出年度目标（3000人次）10%-15%。", []),
    ("JX122", "national-2020", "两年累计培训6420人次，超出年度目标（3000人次）14%。", []),
    # a listing with a part whose amount no figure gives: the parts read are not all of them
    ("JX101", "national-2020", "某县2023年度农村公路养护项目绩效自评报告\n全年预算420万元，其中：中央资金三百万元，省级资金一百万元，"
     "市县配套二十余万元。\n", []),
    ("JX101", "national-2020", "某县2023年度农村公路养护项目绩效自评报告\n全年预算420万元，其中：中央资金300万元，省级资金100万元，"
     "市县配套10万元。\n", [(2, "warning", "全年预算420.00万元与所列各项合计410.00万元不符")]),
    # (an approximate amount the sentence goes on with, of other money, is no part: the listing still falls short)
    ("JX101", "national-2020", "某县2023年度农村公路养护项目绩效自评报告\n全年预算420万元，其中：中央资金300万元，省级资金100万元，"
     "市县配套10万元，另有农户自筹资金数十万元。\n", [(2, "warning", "全年预算420.00万元与所列各项合计410.00万元不符")]),
    ("JX101", "national-2020", "某县2023年度农村公路养护项目绩效自评报告\n下达资金一千二百万元，其中：中央资金八百万元，"
     "省级资金三百万元，市县资金近百万元。\n", []),
]  # fmt: skip


@pytest.mark.parametrize(("code", "scheme", "text", "expected"), CASES)
def test_rule_case(code: str, scheme: str, text: str, expected: list[tuple[int | None, str, str]]) -> None:
    assert findings_for(text, code, scheme) == expected


def test_rules_docs_are_printed() -> None:
    doc = RULES["JX104"].documentation()
    assert doc.startswith("JX104 component-sum（默认级别：错误）")
    assert "会触发的写法" in doc and "不会触发的写法" in doc


def _first_characters(pattern: str) -> set[str]:
    """The characters a regular expression's matches can start with (literals, classes, alternatives)."""
    import re._parser as parser  # the standard library's own reading of a pattern

    def first(items: list) -> set[str]:  # type: ignore[type-arg]
        op, arg = items[0]
        if op is parser.LITERAL:
            return {chr(arg)}
        if op is parser.IN:
            return {chr(value) for kind, value in arg if kind is parser.LITERAL}
        if op is parser.BRANCH:
            return set().union(*(first(list(branch)) for branch in arg[1]))
        if op is parser.SUBPATTERN:
            return first(list(arg[-1]))
        raise AssertionError(f"cannot tell the first character of {pattern}")

    return first(list(parser.parse(pattern)))


def test_every_all_met_claim_starts_with_a_listed_first_character() -> None:
    from jixiao.layout.vocabulary import load_vocabulary

    claims = load_vocabulary("claims")
    listed = set(claims["first_characters"])
    for pattern in claims["all_targets_met"]:
        assert _first_characters(pattern) <= listed, pattern


def test_a_rate_whose_sentence_the_page_width_cut_is_checked_on_its_own_figures() -> None:
    # hand-written: a PDF's lines cut at the page's width, the rate's word cut after 执行; 88.36 / 95 = 93.01%
    head = (
        "某市某局2022年度部门整体支出绩效自评报告\n　　一、部门整体收支情况\n"
        "　　全年预算6166.14万元，全年支出6045.28万元，执行率98.04%。\n　　二、项目绩效情况\n"
        "　　1.卫片执法及督察整改。预算95.00万元，支出88.36万元，执行\n"
    )
    assert findings_for(head + "率93.01%。\n", "JX103") == []
    [(line, _severity, message)] = findings_for(head + "率95.01%。\n", "JX103")
    assert (line, message) == (6, "执行率写作95.01%，按所列数字计算应为93.01%")


def test_a_rate_after_the_reports_date_run_into_its_sentence_is_the_years() -> None:
    # hand-written: a cover run together, the report's date (2022年5月) before the year's figures of 2021;
    # 46917.5 / 52380 = 89.57%
    text = (
        "2021年度省级农田水利建设专项资金绩效评价报告江西省某厅2022年5月资金到位及使用状况2021年省级财政共下达专项资金52380万元,"
        "截至2021年12月31日累计支出46917.5万元,资金支出率{rate}%,结余资金按规定结转下年使用。\n"
    )
    assert findings_for(text.format(rate="89.57"), "JX103") == []
    [(_line, severity, message)] = findings_for(text.format(rate="93.57"), "JX103")
    assert (severity, message) == ("error", "执行率写作93.57%，按所列数字计算应为89.57%")
    # a month of the year itself still marks a rate of part of it
    midyear = text.format(rate="93.57").replace("截至2021年12月31日", "截至2021年9月底")
    assert findings_for(midyear, "JX103") == []


def test_a_rate_beside_the_parts_of_the_chosen_budget_is_checked_on_the_reports_figures() -> None:
    # hand-written: the budget's sources listed after 其中 stand on the rate's line; the spending is stated lines below;
    # 5913.27 / 6827.45 = 86.61%
    text = (
        "某县2022年农村供水工程资金绩效自评报告\n一、资金情况\n2022年,全县农村供水工程建设共安排资金6827.45万元。其中,中央"
        "水利发展资金3160万元、省级资金1942.8万元、县级配套1724.65万元,资金已全部到位。截至12月底已拨付项目资金5913.27万元,"
        "资金拨付进度达{rate}%。\n二、资金使用\n2022年,农村供水工程建设资金共完成支付5913.27万元,尚有914.18万元未支付。\n"
    )
    assert findings_for(text.format(rate="86.61"), "JX103") == []
    [(line, severity, message)] = findings_for(text.format(rate="88.6"), "JX103")
    assert (line, severity, message) == (3, "error", "执行率写作88.6%，按所列数字计算应为86.6%")


def test_a_shortfall_said_after_its_figure_is_read_past_before_an_arrival_rate() -> None:
    # hand-written: 1850 / 2400 = 77.08%; "还有550万元暂未到位" tells what did not arrive
    text = "中央下达资金2400万元,实际到位1850万元,还有550万元暂未到位,中央资金到位率{rate}%。\n"
    assert findings_for(text.format(rate="77.08"), "JX124") == []
    [(_line, severity, message)] = findings_for(text.format(rate="82.08"), "JX124")
    assert severity == "warning" and "82.08%" in message and "77.08%" in message


def test_an_addition_naming_whose_money_it_is_between_budgets_and_a_notice_in_brackets() -> None:
    # hand-written: 150.00 + 85.00 = 235.00; the notice's number in brackets holds no money
    text = (
        "2022年年初预算安排我局项目前期工作经费150.00万元;根据《某市财政局关于追加2022年市级财政预算内项目前期工作经费的通知》"
        "(某市财建〔2022〕97号),2022年8月16日市财政局追加我局项目前期工作经费85.00万元,调整后预算{adjusted}万元。\n"
    )
    assert findings_for(text.format(adjusted="235.00"), "JX117") == []
    [(_line, severity, message)] = findings_for(text.format(adjusted="245.00"), "JX117")
    assert (severity, message) == (
        "warning",
        "年初预算150.00万元经所列追加应为235.00万元，报告写调整后预算245.00万元",
    )
    # money in the brackets may be part of the sum: no check
    held = text.format(adjusted="245.00").replace("(某市财建〔2022〕97号)", "(含上年结转10万元)")
    assert findings_for(held, "JX117") == []


def test_a_budget_made_of_parts_and_an_execution_score_after_its_points_in_brackets() -> None:
    # hand-written: "共计148.6万元,由A、B、C三部分组成": 96.3 + 21.5 + 27.4 = 145.2; "预算执行率指标(分值10分)得10分" at a rate
    # of 338.1 / 386.4 = 87.50% earns 8.75
    parts = "预算共计{total}万元,由强制免疫补助96.3万元、强制扑杀和销毁补助21.5万元、养殖环节无害化处理补助27.4万元三部分组成。\n"
    assert findings_for(parts.format(total="145.2"), "JX101") == []
    [(_line, _severity, message)] = findings_for(parts.format(total="148.6"), "JX101")
    assert message == "预算共计148.60万元与所列各项合计145.20万元不符"
    # "由" leading to who pays, no parts it is made of
    assert (
        findings_for("项目资金148.6万元由县财政局拨付,用于购置设备96.3万元、维修21.5万元。\n", "JX101") == []
    )
    points = (
        "某县2020年中央财政农业生产发展资金386.4万元,截至年底实际支出338.1万元,预算执行率87.5%,按评分标准预算执行率指标"
        "(分值10分)得{score}分。\n"
    )
    assert findings_for(points.format(score="8.75"), "JX107") == []
    [(_line, severity, message)] = findings_for(points.format(score="10"), "JX107")
    assert (severity, message) == ("warning", "预算执行率得10分，按执行率87.50%应得8.75分")


def test_a_share_of_a_count_after_the_parts_kinds_in_brackets_and_naming_its_whole() -> None:
    # hand-written: 58 / 64 = 90.63%
    text = "在职实有64人,其中:财政全供养58人(行政20人、事业38人),占在职实有人数的{share}%,财政部分供养6人。\n"
    assert findings_for(text.format(share="90.63"), "JX120") == []
    [(_line, severity, message)] = findings_for(text.format(share="92.19"), "JX120")
    assert severity == "warning" and "92.19%" in message and "90.63%" in message
    # a share of another whole than the count's
    assert findings_for("在职实有64人,其中:财政全供养58人,占全县人口的92.19%。\n", "JX120") == []


def test_what_was_done_as_a_share_of_the_target() -> None:
    # hand-written: 2.1 / 2.4 = 87.5%
    text = "完成高标准农田建设2.1万亩,为年度任务2.4万亩的{rate}%;推广水稻集中育秧12万亩。\n"
    assert findings_for(text.format(rate="87.5"), "JX116") == []
    [(_line, severity, message)] = findings_for(text.format(rate="92.5"), "JX116")
    assert (severity, message) == ("warning", "完成率写作92.5%，按目标2.4万亩、实际完成2.1万亩计算应为87.5%")
    # a share of another quantity than a target
    assert findings_for("完成高标准农田建设2.1万亩,占全县耕地24万亩的9.25%。\n", "JX116") == []


def test_an_arrival_rate_on_the_planned_sum_of_the_sentence_before() -> None:
    # hand-written: 79.3 / 86.5 = 91.68%; the planned sum's sources listed after it are its parts
    text = (
        "项目计划资金86.5万元,其中:中央转移支付资金42万元,省级补助资金18.5万元,县级配套资金26万元。截至2022年12月31日,"
        "项目资金实际到位79.3万元,资金到位率{rate}%。\n"
    )
    assert findings_for(text.format(rate="91.68"), "JX124") == []
    [(_line, severity, message)] = findings_for(text.format(rate="96.8"), "JX124")
    assert severity == "warning" and "86.5万元" in message and "91.68%" in message
    # one level's money arrived, told after another level's sum
    assert findings_for("中央下达资金100万元。省级配套资金实际到位30万元,到位率100%。\n", "JX124") == []


def test_spending_as_a_share_of_the_adjusted_budget_and_a_rate_not_reached() -> None:
    # hand-written: 671.45 / 698.72 = 96.10%; "执行率末达到100%" (末 for 未) states no rate
    text = (
        "政协某县委员会2023年度部门整体支出绩效自评报告\n一、部门整体收支情况\n单位年初预算支出612.34万元,年中追加调整后全年预算"
        "支出698.72万元,决算支出671.45万元。全年支出决算数占调整后全年预算数的{rate}%,主要是加强预算执行进度管理。\n"
    )
    assert findings_for(text.format(rate="96.1"), "JX103") == []
    [(_line, severity, message)] = findings_for(text.format(rate="99.6"), "JX103")
    assert (severity, message) == ("error", "执行率写作99.6%，按所列数字计算应为96.1%")
    unreached = (
        "某市民政局2023年度残疾人两项补贴资金项目绩效自评报告\n全年预算1286.40万元,实际支出1234.94万元,预算执行率96.00%。\n"
        "预算执行率末达到100%,结余资金51.46万元,已按规定结转下年继续发放。\n"
    )
    assert findings_for(unreached, "JX103") == []


def test_parts_before_a_total_named_with_its_link_word_and_a_part_with_an_aside() -> None:
    # hand-written: 905.38216 + 312.60845 = 1217.99061; "决算" opening the sentence frames every part
    text = (
        "决算一般公共预算财政拨款收入905.38216万元,事业收入(医疗收入)312.60845万元,合计收入为{total}万元。\n"
    )
    assert findings_for(text.format(total="1217.99061"), "JX101") == []
    [(_line, severity, message)] = findings_for(text.format(total="1227.99061"), "JX101")
    assert (severity, message) == ("warning", "合计收入为1227.99061万元与所列各项合计1217.99061万元不符")


def test_an_arrival_with_its_own_parts_a_sum_planned_to_arrive_and_targets_named_otherwise() -> None:
    # hand-written: 45.5 / 52 = 87.5%, what arrived broken down after it; 2187 / 2450 = 89.27%, "计划到位资金" planned
    parts = (
        "2021年该专项资金计划安排52万元,其中省级资金30万元、县级配套资金22万元;截至年末实际到位45.5万元,其中省级资金30万元、"
        "县级配套资金15.5万元,资金到位率{rate}%。\n"
    )
    assert findings_for(parts.format(rate="87.5"), "JX124") == []
    [(_line, severity, _message)] = findings_for(parts.format(rate="91.5"), "JX124")
    assert severity == "warning"
    planned = "项目计划到位资金2450万元,截至2023年12月31日实际到位2187万元,资金到位率{rate}%。\n"
    assert findings_for(planned.format(rate="89.27"), "JX124") == []
    [(_line, severity, _message)] = findings_for(planned.format(rate="92.3"), "JX124")
    assert severity == "warning"
    # hand-written: 1.65 / 1.5 = 110%; 8.6 / 7.8 = 110.26%
    plan = "全年完成人工造林1.65万亩,为年度计划1.5万亩的{rate}%;完成森林抚育3.2万亩。\n"
    assert findings_for(plan.format(rate="110"), "JX116") == []
    [(_line, _severity, message)] = findings_for(plan.format(rate="112"), "JX116")
    assert message == "完成率写作112%，按目标1.5万亩、实际完成1.65万亩计算应为110%"
    task = "全年完成高标准农田建设任务8.6万亩,完成省下达年度任务7.8万亩的{rate}%;\n"
    assert findings_for(task.format(rate="110.26"), "JX116") == []
    assert len(findings_for(task.format(rate="112.8"), "JX116")) == 1


def test_a_balance_at_the_years_end() -> None:
    # hand-written: 312.46 - 298.73 = 13.73
    text = "2021年度本单位部门整体支出预算312.46万元,全年实际支出298.73万元,年末结余{left}万元。\n"
    assert findings_for(text.format(left="13.73"), "JX125") == []
    [(_line, severity, message)] = findings_for(text.format(left="15.73"), "JX125")
    assert (severity, message) == (
        "warning",
        "结余写作15.73万元，按预算312.46万元、支出298.73万元计算应为13.73万元",
    )


def test_a_share_of_the_income_total_a_change_without_its_rate_and_part_scores_named_as_the_budgets_execution() -> (
    None
):
    # hand-written: 271.35 / 286.75 = 94.63%
    share = "2020年度我馆收入合计286.75万元,其中财政拨款收入271.35万元,占收入合计的{share}%;其他收入15.40万元,占5.37%。\n"
    assert findings_for(share.format(share="94.63"), "JX103") == []
    [(_line, severity, _message)] = findings_for(share.format(share="95.63"), "JX103")
    assert severity == "error"
    # hand-written: 86 - 79 = 7
    change = "2021年底在职职工86人,较上年末的79人增加{amount}人,其中在编人员52人。\n"
    assert findings_for(change.format(amount="7"), "JX123") == []
    [(_line, severity, message)] = findings_for(change.format(amount="9"), "JX123")
    assert (severity, message) == ("warning", "增加额写作9人，按本年86人、上年79人计算应为7人")
    # hand-written: 9.5 + 46 + 28 + 9 = 92.5
    parts = (
        "经自评,2022年度某补助资金绩效自评综合得分{total}分,其中预算执行情况得分9.5分(分值10分),产出指标得分46分(分值50分),"
        "效益指标得分28分(分值30分),满意度指标得分9分(分值10分)。\n"
    )
    assert findings_for(parts.format(total="92.5"), "JX104") == []
    [(_line, severity, _message)] = findings_for(parts.format(total="94.5"), "JX104")
    assert severity == "error"


def test_a_rate_after_masked_amounts_is_not_checked_on_the_reports_figures() -> None:
    # hand-written: the copying site masked the part's figures; the report's own 196.53 / 207.75 is no base for its rate
    text = (
        "某市2022年动物防疫等补助经费绩效自评报告\n全年预算207.75万元,实际支出196.53万元,资金执行率94.6%。\n"
        "强制免疫补助资金全年共 点击查看>> 万元,拨付使用了 点击查看>> 万元,预算执行率100%。\n"
    )
    assert findings_for(text, "JX103") == []


def test_an_arrival_planned_under_a_long_name_and_execution_points_after_how_they_are_scored() -> None:
    # hand-written: 86.4 / 91.6 = 94.32%
    arrival = "2022年,省下达我县省级养老服务体系建设补助资金91.6万元,截至2022年12月31日实际到位86.4万元,资金到位率{rate}%。\n"
    assert findings_for(arrival.format(rate="94.32"), "JX124") == []
    assert len(findings_for(arrival.format(rate="98.5"), "JX124")) == 1
    # hand-written: 2198.37 / 2316.84 = 94.89%, 9.49 of 10
    points = (
        "2021年度我局全年预算数2316.84万元,全年执行数2198.37万元,预算执行率94.89%。预算执行率指标分值10分,按实际执行率计分,"
        "得{score}分。\n"
    )
    assert findings_for(points.format(score="9.49"), "JX107") == []
    [(_line, severity, message)] = findings_for(points.format(score="9.69"), "JX107")
    assert (severity, message) == ("warning", "预算执行率得9.69分，按执行率94.89%应得9.49分")


def test_a_total_set_out_item_by_item_after_分别安排() -> None:
    # hand-written: 345 + 165 = 510
    text = "2021年衔接资金{total}万元,分别安排经济林提质增效项目345万元、林下经济示范基地建设项目165万元,资金已拨付。\n"
    assert findings_for(text.format(total="510"), "JX101") == []
    [(_line, severity, message)] = findings_for(text.format(total="520"), "JX101")
    assert severity == "warning" and "520" in message and "510" in message


def test_a_bracket_opening_with_其中_a_balance_of_what_arrived_and_a_counted_total() -> None:
    # hand-written: 21 + 23 + 3 = 47 listed in the bracket of 46
    count = "我局编制人数{total}人(其中行政编制21人、事业编制23人、工勤编制3人),实际在职人数52人。\n"
    assert findings_for(count.format(total="47"), "JX114") == []
    [(_line, severity, message)] = findings_for(count.format(total="46"), "JX114")
    assert severity == "warning" and "46人" in message and "47人" in message
    # hand-written: 518.60 - 511.24 = 7.36, the spending's base the arrived money right before it
    balance = (
        "2021年城区道路清扫保洁项目经费为人民币518.60万元,2021年1-12月计划到位资金518.60万元,实际到位资金518.60万元,"
        "实际支出511.24万元,资金执行率98.58%,年末结余{left}万元。\n"
    )
    assert findings_for(balance.format(left="7.36"), "JX125") == []
    assert len(findings_for(balance.format(left="8.36"), "JX125")) == 1
    # hand-written: 48.6 + 21.3 = 69.9, the two items counted right before the total
    counted = "中央资金48.6万元,自治区配套资金21.3万元,两项共计{total}万元,用于强制免疫疫苗采购。\n"
    assert findings_for(counted.format(total="69.9"), "JX101") == []
    [(_line, severity, message)] = findings_for(counted.format(total="68.9"), "JX101")
    assert severity == "warning" and "69.90" in message


def test_money_paid_for_a_listing_and_one_source_of_a_counted_listing_are_no_parts() -> None:
    # hand-written: 32 落实, 12 of it from above, 31.248 paid for the items the 、 lists: no sum to check
    paid = (
        "保障县体育馆、全民健身中心全年免费或低收费开放。 全年落实补助资金32万元,其中上级补助12万元,"
        "已按合同支付场馆运行、水电及设施维护费用31.248万元,体育馆、全民健身中心全年对外开放。\n"
    )
    assert findings_for(paid, "JX101") == []
    # money paid is a part of money spent (hand-written: 112.5 + 12 + 41.26 = 165.76)
    spent = (
        "全年实际支出{total}万元,预算执行率96.48%。其中:普查员劳务补助112.5万元(1250人×每人900元);交通通讯补助12万元;"
        "支付甲印务有限公司、乙信息技术有限公司普查表印制及设备租赁费共计41.26万元。\n"
    )
    assert findings_for(spent.format(total="165.76"), "JX101") == []
    assert len(findings_for(spent.format(total="175.76"), "JX101")) == 1
    # the parts listed after 其中 still add up to their whole (hand-written: 20 + 12 = 32; 20 + 10 = 30)
    parts = "全年落实补助资金32万元,其中县级配套{own}万元、上级补助12万元,已全部支付。\n"
    assert findings_for(parts.format(own="20"), "JX101") == []
    assert len(findings_for(parts.format(own="10"), "JX101")) == 1
    # hand-written: 48 + 12 + 20 = 80 listed by their count, no total stated; 76.85 / 80 = 96.06%
    sources = (
        "2024年度某市图书馆免费开放补助资金项目支出绩效自评报告\n2.资金落实情况\n"
        "2024年本项目落实资金来源三项:中央补助资金48万元,省级补助资金12万元,市本级财政配套资金20万元,主要用于免费开放场馆运行、"
        "文献购置。截至2024年12月31日,项目实际支出76.85万元,执行率96.06%,未支出资金已按规定结转。\n"
    )
    assert findings_for(sources, "JX103") == []


def test_the_whole_fund_after_a_listings_semicolon_and_the_uses_of_the_budget_are_no_parts_of_a_source() -> (
    None
):
    # hand-written: 430 + 198.4 = 628.4 = 516 + 112.4; 628.4 + 150 = 778.4 (the whole fund, no part of the 628.4)
    fund = (
        "提前下达我市430万元、第二批下达198.4万元,共计628.4万元,其中中央资金516万元、省级资金{province}万元;市级财政配套安排150万元,"
        "全市专项资金合计778.4万元。\n"
    )
    assert findings_for(fund.format(province="112.4"), "JX101") == []
    # a slip in the sources still shows (516 + 102.4 = 618.4)
    assert len(findings_for(fund.format(province="102.4"), "JX101")) == 1
    # hand-written: 12 + 16.6 = 28.6 = 7.2 + 13.4 + 8, the uses the next sentence lists of the whole, the last after 和
    uses = (
        "金顶片区森林防火专项经费预算数为28.6万元,其中省级森林防火补助资金12万元、景区财政安排16.6万元。分别用于半专业扑火队员补助"
        "7.2万元(20人,每人每月300元,按12个月计)、防火物资及装备购置13.4万元和防火宣传及瞭望监控系统运维{last}万元。\n"
    )
    assert findings_for(uses.format(last="8"), "JX101") == []
    assert len(findings_for(uses.format(last="9"), "JX101")) == 1


def test_the_grants_split_and_the_years_spending_by_class_are_two_measures() -> None:
    # hand-written: 241.18 + 45.22 = 286.40 granted; 235.94 + 28.71 + 45.22 = 309.87 spent (with last year's money)
    text = (
        "2023年收入合计312.66万元,其中:财政拨款286.40万元(基本支出241.18万元、项目支出45.22万元),上年结转26.26万元;"
        "预算支出312.66万元,全年支出309.87万元,执行率99.11%,年末结余2.79万元。全年支出中人员经费235.94万元、公用经费28.71万元、"
        "项目支出45.22万元。\n"
    )
    assert findings_for(text, "JX101") == []


def test_a_sources_rate_on_the_source_its_budget_listed() -> None:
    # hand-written: 2140.6 + 1145.8 = 3286.4; 1958.32 / 2140.6 = 91.48%, 1052.17 / 1145.8 = 91.83%,
    # 3010.49 / 3286.4 = 91.60%
    text = (
        "项目绩效自评共计16项。年初预算3286.4万元,其中上级专项资金2140.6万元,县级财政拨款资金1145.8万元。上级专项资金全部到位,"
        "支出1958.32万元,预算执行率{rate}%,县级财政资金支出1052.17万元,预算执行率92%,总支出3010.49万元,执行率92%。\n"
    )
    assert findings_for(text.format(rate="91"), "JX103") == []
    # a rate no base of the text gives is still a slip
    assert findings_for(text.format(rate="81"), "JX103") != []


def test_a_change_stated_against_the_years_initial_budget() -> None:
    # hand-written: 1864.37 + 1241.55 = 3105.92
    text = "2023年部门年初预算1864.37万元,年中调整预算为3105.92万元,比年初预算增加{change}万元,全年执行数3068.74万元。\n"
    assert findings_for(text.format(change="1241.55"), "JX117") == []
    [(_line, severity, message)] = findings_for(text.format(change="1214.55"), "JX117")
    assert severity == "warning" and "3078.92" in message and "3105.92" in message
    # a change against last year's budget is no change made to this year's
    last_year = "2023年部门年初预算1864.37万元,年中调整预算为3105.92万元,比上年预算增加1214.55万元。\n"
    assert findings_for(last_year, "JX117") == []


def test_a_completion_rate_after_a_floor_target_written_不低于() -> None:
    # hand-written: 63 / 60 = 105.0%; "不低于60人次" is a floor, no ceiling
    text = "第三,重点优抚对象短期疗养人次年初指标值为不低于60人次,全年实际完成值63人次,完成率{rate}%。\n"
    assert findings_for(text.format(rate="105"), "JX116") == []
    [(_line, severity, message)] = findings_for(text.format(rate="95.2"), "JX116")
    assert severity == "warning" and "105.0%" in message


def test_a_listings_subtotal_budget_and_the_amounts_worked_out_with_standards() -> None:
    # hand-written: 0.00 + 12.71 + 6.70 = 19.41; "购置及运行费合计12.71" sums the two before it; 25.62 is the budget
    three = (
        "2020年“三公”经费支出{total}万元,其中:公务用车购置费0.00万元(比上年减少19.03万元,下降100.00%),公务用车运行维护费12.71万元,"
        "公务用车购置及运行费合计12.71万元,公务接待费6.70万元,出国(境)费0.00万元(与上年持平),“三公经费”预算25.62万元,"
        "支出控制在经费预算的75.76%。\n"
    )
    assert findings_for(three.format(total="19.41"), "JX101") == []
    assert len(findings_for(three.format(total="20.41"), "JX101")) == 1
    # hand-written: 33.6 + 60 + 48.5 + 14.7 = 156.8; each item worked out with its standard, the last labelled 支出
    uses = (
        "实际支出{total}万元,到位资金支出率97.76%。其中:按每人每年8000元标准向42名代表性传承人发放传习补助33.6万元;对12个传习所按每个"
        "5万元标准给予建设运行补助共计60万元;支付甲公司、乙公司展演及印制费用共计48.5万元;举办研修培训班4期,支出14.7万元。\n"
    )
    assert findings_for(uses.format(total="156.8"), "JX101") == []
    assert len(findings_for(uses.format(total="166.8"), "JX101")) == 1


def test_a_classing_of_the_spending_and_a_listing_after_a_part_are_no_breakdowns_of_the_amount_before() -> (
    None
):
    # the spending classed by function after the sentence of the year-end balance (hand-written: 116.06 + 72.68 + 38.16 +
    # 32.22 = 259.12, the spending)
    classed = (
        "2024年度支出合计259.12万元,比上年增加0.24万元。年末结转结余15.49万元。按支出功能分类:文化旅游体育与传媒支出116.06万元;"
        "社会保障和就业支出72.68万元;卫生健康支出38.16万元;住房保障支出32.22万元。\n"
    )
    assert findings_for(classed, "JX101") == []
    # the parts after 其中 exceed the source before the marker, itself a part of the sentence's whole (2108.30 + 955.67 =
    # 3063.97)
    sources = (
        "年度完成学生资助补助3063.97万元,中央补助2108.30万元,地方财政补助955.67万元;其中完成寄宿生生活补助612.50万元,"
        "普通高中国家助学金636万元,中职学生资助62.53万元。\n"
    )
    assert [f for f in findings_for(sources, "JX101") if f[1] == "error"] == []
    # a spending total listing its items' budgets and spending mixed
    mixed = (
        "本单位2019年项目支出43.82万元.其中:基本公共卫生服务项目预算30.16万元,支付家庭医生签约服务、健康体检费用共计18.02万元,"
        "购置心电图机11.80万元,合计支出29.82万元;乡村医生补助预算14.00万元,全额发放14.00万元。\n"
    )
    assert findings_for(mixed, "JX101") == []


def test_shares_and_rates_on_a_base_they_name_or_cannot_have() -> None:
    # a share of the works' whole cost is no share of the year's money listed (hand-written: 245.8 / 326.4 = 75.31%)
    works = "项目总投资326.4万元。2021年预算实际安排245.8万元,其中区级财政资金185.8万元、省级补助资金60万元,占项目总投资的75.31%。\n"
    assert findings_for(works, "JX103") == []
    # a share of the whole cost it lists is checked (hand-written: 29516.20 / 38642.57 = 76.38%)
    cost = "本项目总投资为38642.57万元,其中建安工程费29516.20万元,占总投资的{share}%。\n"
    assert findings_for(cost.format(share="76.38"), "JX103") == []
    assert len(findings_for(cost.format(share="78.36"), "JX103")) == 1
    # an amount paid out below the spending is no base of its rate (hand-written: 2360000元 = 236万元 < 956.67万元)
    paid = "传承人补助资金已全部拨付至个人账户,共计2360000元,项目保护资金实际支出956.67万元,执行率93.42%。\n"
    assert findings_for(paid, "JX103") == []


def test_a_classing_after_a_sentence_whose_amounts_all_fall_short_of_it() -> None:
    # hand-written: 22.92 + 18.26 = 41.18; the function classes add to 177.08, the whole spending, stated elsewhere
    text = (
        "项目支出41.18万元,其中救助管理站流浪乞讨人员救助经费22.92万元,站务设施维修经费18.26万元。按功能分类:卫生健康支出15.42万元,"
        "住房保障支出15.85万元,社会保障和就业支出145.81万元。\n"
    )
    assert findings_for(text, "JX101") == []


def test_sources_of_a_whole_listed_then_its_spending_and_sources_named_as_such() -> None:
    # hand-written after twins of real reports: the sources, then the year's spending in the same sentence (50 + 16 =
    # 66, not 68); "资金来源为" opening the sources (600 + 200 + 150 = 950, not 980)
    spent = (
        "2021年度珍稀用材树种基地建设项目绩效自评报告\n一、项目基本情况\n项目总投资68万元,其中自治区财政补助资金50万元,"
        "林场自筹资金16万元,全年实际支出65.3万元,预算执行率96.03%。\n"
    )
    assert findings_for(spent, "JX101") == [(3, "warning", "项目总投资68.00万元与所列各项合计66.00万元不符")]
    assert findings_for(spent.replace("16万元", "18万元"), "JX101") == []
    sources = (
        "新能源汽车充电基础设施建设项目绩效自评报告\n该项目2021年度总投资980万元,资金来源为中央预算内投资600万元、"
        "自治区配套资金200万元、旗级配套资金150万元。\n"
    )
    assert findings_for(sources, "JX101") == [
        (2, "warning", "该项目2021年度总投资980.00万元与所列各项合计950.00万元不符")
    ]
    assert findings_for(sources.replace("150万元", "180万元"), "JX101") == []
