"""Every audit rule through the real reader and auditor: the documented examples, and hand-checked
cases per rule (code, line, message), boundaries and texts that must not fire, under each scheme."""

from __future__ import annotations

import pytest

from jixiao.audit.registry import RULES
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document

CODES = {
    "JX101", "JX102", "JX103", "JX104", "JX105", "JX106", "JX107", "JX108", "JX109", "JX110", "JX111", "JX112", "JX113", "JX114", "JX115", "JX116",
    "JX201", "JX202", "JX203", "JX204", "JX205", "JX206", "JX207", "JX208",
    "JX301", "JX302", "JX303", "JX304", "JX305",
    "JX401", "JX402", "JX403", "JX404", "JX405",
}  # fmt: skip


SOURCE_RATES = (
    "某某局2020年度项目支出绩效自评报告\n年初预算100万元,其中专项资金30万元,财政拨款资金70万元。"
    "专项资金支出20万元,预算执行率67%,财政资金支出50万元,预算执行率71%,总支出70万元,执行率70%。\n"
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
    "JX201": (1, "error", "年初预算收入前后不一致：第1行写158.5万元，第1行写154.74万元"),
    "JX202": (1, "error", "“158.5元”以元为单位，在以万元计的报告中只有作158.5万元才讲得通"),
    "JX203": (1, "error", "自评得分86分应评为“良”，报告写“优”"),
    "JX204": (3, "warning", "第3行的预算数据写的是2022年，与评价年度2023年不符"),
    "JX205": (2, "warning", "报告落款日期2023-03-14早于评价年度2023年结束"),
    "JX206": (1, "warning", "第1行的年份区间“2011—2010年”终止年早于起始年"),
    "JX207": (2, "warning", "第2行称绩效目标全部完成，但“家长满意度”实际94.6%，未达到目标≥95%"),
    "JX208": (1, "warning", "第1行的日期2012年6月14日早于它所收到或依据的文件财建〔2022〕153号的年份"),
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
CASES = [
    # sums: more than a cent per part is a mismatch (a small one only warns); up to a cent per part is 尾差
    ("JX101", "national-2020", "本年支出100.03万元，其中：基本支出50万元，项目支出50万元。",
     [(1, "warning", "本年支出100.03万元与所列各项合计100.00万元不符")]),
    ("JX101", "national-2020", "本年支出100万元，其中：基本支出50万元，项目支出50万元。", []),
    ("JX101", "national-2020", "本年支出100.02万元，其中：基本支出50万元，项目支出50万元。", []),
    ("JX102", "national-2020", "本年支出100.02万元，其中：基本支出50万元，项目支出50万元。",
     [(1, "info", "本年支出100.02万元与各项合计100.00万元相差0.02万元，属尾差")]),
    ("JX102", "national-2020", "本年支出100万元，其中：基本支出50万元，项目支出50万元。", []),
    # a total written in another unit than its parts is rounded in converting: half its last place is a tail
    ("JX101", "national-2020", "项目总投资2.35亿元，其中：中央资金15321.4万元，省级资金8179.3万元。", []),
    ("JX101", "national-2020", "支出合计320.12万元，其中：基本支出2801234.56元，项目支出400000元。", []),
    ("JX101", "national-2020", "项目总投资2.36亿元，其中：中央资金15321.4万元，省级资金8179.3万元。",
     [(1, "warning", "项目总投资23600.00万元与所列各项合计23500.70万元不符")]),
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
     [(2, "error", "未完成指标却给满分：指标1:宣传场次：实际 8 场 未达指标 10 场，按完成比例 8/10 × 12 = 9.6 分，表中却填满分 12 分")]),
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
    # a completion rate after its target and what was done, at the places it is written with, in 繁體 too; a rate
    # of something else, or counts in other units, are not compared
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
