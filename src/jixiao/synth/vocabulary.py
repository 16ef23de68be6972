"""Words the synthetic reports are composed from: invented place names, real kinds of bureau, project
topics and indicator templates of the sort 财预〔2020〕10号 forms carry. No sentence of a real report."""

from __future__ import annotations

from dataclasses import dataclass

PLACE_FIRST = "东西南北青白安永长平新兴宁和德丰宝华泰龙凤云清河阳临武金石桃柳"
PLACE_SECOND = "山河林川源江泉溪原城峰水州丘台沙湖岭阳安宁平乐"
PLACE_SUFFIX = ("县", "县", "县", "区", "市")

BUREAUS = (
    "财政局",
    "教育局",
    "卫生健康局",
    "农业农村局",
    "自然资源局",
    "水利局",
    "交通运输局",
    "文化和旅游局",
    "民政局",
    "人力资源和社会保障局",
    "住房和城乡建设局",
    "市场监督管理局",
    "委网络安全和信息化委员会办公室",
    "统计局",
    "应急管理局",
    "林业局",
    "医疗保障局",
    "司法局",
    "退役军人事务局",
    "生态环境分局",
)
CENTRES = ("事务服务中心", "综合保障中心", "技术推广站", "监测中心", "发展服务中心")

TOPICS = (
    "农村公路养护",
    "义务教育薄弱环节改善",
    "基层医疗卫生机构能力提升",
    "高标准农田建设",
    "城乡居民养老保险",
    "网络安全保障",
    "森林防火",
    "中小河流治理",
    "文化惠民演出",
    "残疾人康复救助",
    "食品安全抽检",
    "地质灾害防治",
    "困难群众救助",
    "乡村振兴衔接",
    "应急物资储备",
    "农村饮水安全",
    "公共法律服务",
    "退役军人优抚",
    "国土空间规划编制",
    "医疗保障信息化",
)
PROJECT_FORMS = ("{topic}专项资金", "{topic}项目", "{topic}补助资金", "{topic}工作经费")


@dataclass(frozen=True)
class Quantitative:
    level1: str
    level2: str
    name: str
    operator: str
    unit: str
    low: int  # the target is drawn from [low, high]
    high: int
    step: int = 1


@dataclass(frozen=True)
class Qualitative:
    level1: str
    level2: str
    name: str
    target: str
    actual: str


OUTPUT = "产出指标"
BENEFIT = "效益指标"
SATISFACTION = "满意度指标"

OUTPUT_INDICATORS = (
    Quantitative(OUTPUT, "数量指标", "培训人次", "≥", "人次", 100, 3000, 50),
    Quantitative(OUTPUT, "数量指标", "检查覆盖单位数", "≥", "家", 10, 200),
    Quantitative(OUTPUT, "数量指标", "维修养护里程", "≥", "公里", 20, 500, 5),
    Quantitative(OUTPUT, "数量指标", "新建设施数量", "≥", "个", 2, 60),
    Quantitative(OUTPUT, "数量指标", "补助发放人数", "≥", "人", 200, 8000, 100),
    Quantitative(OUTPUT, "数量指标", "开展活动场次", "≥", "场", 4, 80),
    Quantitative(OUTPUT, "数量指标", "采购设备数量", "≥", "台", 5, 300, 5),
    Quantitative(OUTPUT, "数量指标", "覆盖行政村数", "≥", "个", 10, 300),
    Quantitative(OUTPUT, "数量指标", "改造面积", "≥", "亩", 500, 20000, 500),
    Quantitative(OUTPUT, "质量指标", "验收合格率", "≥", "%", 95, 100),
    Quantitative(OUTPUT, "质量指标", "资金拨付准确率", "=", "%", 100, 100),
    Quantitative(OUTPUT, "质量指标", "工程质量达标率", "≥", "%", 90, 100),
    Quantitative(OUTPUT, "时效指标", "资金拨付及时率", "≥", "%", 90, 100),
    Quantitative(OUTPUT, "时效指标", "项目完成及时率", "≥", "%", 90, 100),
    Quantitative(OUTPUT, "成本指标", "预算成本控制率", "≤", "%", 100, 100),
    Quantitative(OUTPUT, "成本指标", "人均补助标准", "≤", "元", 500, 3000, 100),
)
BENEFIT_INDICATORS = (
    Quantitative(BENEFIT, "社会效益指标", "受益群众人数", "≥", "人", 1000, 50000, 500),
    Quantitative(BENEFIT, "经济效益指标", "带动群众增收", "≥", "万元", 10, 500, 10),
    Quantitative(BENEFIT, "生态效益指标", "森林覆盖率", "≥", "%", 40, 75),
    Quantitative(BENEFIT, "社会效益指标", "群众知晓率", "≥", "%", 80, 95),
    Qualitative(BENEFIT, "社会效益指标", "群众生产生活条件", "明显改善", "生产生活条件得到明显改善"),
    Qualitative(BENEFIT, "社会效益指标", "公共服务水平", "有效提升", "服务效率和质量有效提升"),
    Qualitative(BENEFIT, "生态效益指标", "区域生态环境", "持续向好", "区域生态环境质量稳中向好"),
    Qualitative(BENEFIT, "可持续影响指标", "长效管护机制", "建立健全", "管护制度已建立并有效运行"),
    Qualitative(BENEFIT, "可持续影响指标", "项目持续发挥效益", "长期", "设施运行正常，持续发挥效益"),
)
SATISFACTION_INDICATORS = (
    Quantitative(SATISFACTION, "服务对象满意度指标", "服务对象满意度", "≥", "%", 85, 95),
    Quantitative(SATISFACTION, "服务对象满意度指标", "受益群众满意度", "≥", "%", 80, 95),
)

GOALS = (
    "完成{topic}年度各项任务，保障资金安全高效使用，提升公共服务水平。",
    "按计划推进{topic}工作，做到资金及时拨付、项目按期完成、群众满意。",
    "围绕{topic}目标任务，规范资金管理，提高财政资金使用效益。",
)
GOAL_RESULTS = (
    "全年{topic}任务按计划推进，资金拨付及时，主要指标基本完成。",
    "{topic}各项工作有序开展，年度目标总体实现。",
    "按期完成{topic}主要任务，项目实施效果良好。",
)
ORGANISATION = (
    "根据{place}财政局关于开展{year}年度绩效自评工作的通知，成立由主要负责同志任组长的绩效自评工作小组，"
    "对照年初设定的绩效目标逐项自评。",
    "单位成立绩效评价工作组，采取资料核查、实地查看、问卷调查等方式，收集整理相关资料，形成自评报告。",
    "按照预算绩效管理有关要求，组织财务和业务科室共同开展自评，核实资金使用和目标完成情况。",
)
PROBLEMS = (
    "预算执行进度前慢后快，资金使用效率有待提高。",
    "部分绩效指标设置不够细化，可衡量性不强。",
    "绩效运行监控不够及时，偏差纠正不够有力。",
    "项目前期论证不够充分，预算编制精准度有待提升。",
    "绩效自评结果运用不够充分。",
)
MEASURES = (
    "加强预算执行管理，按月调度资金支出进度。",
    "科学设置绩效指标，做到指标细化、量化、可衡量。",
    "强化绩效运行监控，发现偏差及时纠正。",
    "做实项目前期论证，提高预算编制质量。",
    "将自评结果与下年度预算安排挂钩。",
)
LOW_EXECUTION_REASONS = (
    "部分项目受招标采购进度影响，资金未能在年内全部支付。",
    "项目实际需求低于年初预测，结余资金按规定收回。",
    "工程建设期跨年，按合同进度支付，剩余资金结转下年使用。",
)
SHORTFALL_REASONS = (
    "受天气和施工条件影响，部分任务推迟；下一年度将提前谋划、倒排工期。",
    "实际需求低于年初预计；今后将结合往年数据合理设定指标值。",
    "部分工作受上级政策调整影响未能全部完成；将加强与上级部门沟通衔接。",
)
OVERSHOOT_REASONS = (
    "年中追加了工作任务，年初指标值未予考虑；今后将根据实际情况及时调整指标值。",
    "群众参与积极性高于预期；下年度将参考本年实际完成情况设定指标值。",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌海波宁"
POSTS = ("局长", "副局长", "主任", "副主任", "财务负责人", "科长", "会计", "四级主任科员")
TITLES = ("无", "会计师", "高级会计师", "工程师", "经济师", "助理会计师")
