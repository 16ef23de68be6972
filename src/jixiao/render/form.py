"""The paper form's vocabulary: titles, labels, and what an indicator's cells show.

The exporter writes these words and the importer looks for them (and for the variants real
sheets use), so both sides share this one module instead of two copies of the same strings.
"""

from __future__ import annotations

import re

from jixiao.decimals import fmt
from jixiao.model.evaluation import Indicator, Kind

SUPPLEMENT_SHEET = "补充信息"
DASH = "—"
EMPTY_MARKS = frozenset({"", "—", "-", "－", "——", "/", "／", "无"})
NOT_APPLICABLE = "不适用"
_SPACES = re.compile(r"\s+")
_BRACKETS = str.maketrans("（）：", "():")


def normalise_label(text: str) -> str:
    """Header and label text compared without spaces, line breaks or full-width brackets."""
    return _SPACES.sub("", text).translate(_BRACKETS).rstrip(":")


def form_title(kind: Kind) -> str:
    return f"{kind.value}绩效自评表"


def funds_label(kind: Kind) -> str:
    return "项目资金（万元）" if kind is Kind.PROJECT else "部门预算资金（万元）"


def unit_label(kind: Kind) -> str:
    return "实施单位" if kind is Kind.PROJECT else "单位名称"


FUND_ROW_LABELS = {
    "total": "年度资金总额",
    "appropriation": "其中：本年财政拨款",
    "carryover": "上年结转资金",
    "other": "其他资金",
}
FUND_HEADERS = ("年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分")
GOAL_LABEL = "年度总体目标"
GOAL_HEADERS = ("预期目标", "实际完成情况")
INDICATOR_BLOCK_LABEL = "绩效指标"
INDICATOR_HEADERS = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
)
TOTAL_LABEL = "总分"
GRADE_LABEL = "自评等级"


def level_cell(text: str) -> str:
    """An empty 一级/二级指标 is written as a dash, so that it is not read as "same as above"."""
    return text or DASH


def target_cell(indicator: Indicator) -> str:
    """年度指标值 as the form prints it: "≥30000条", or the wording of a qualitative target."""
    return indicator.target_label()


def actual_cell(indicator: Indicator) -> str:
    """实际完成值: the tier words for a qualitative indicator that has one, else value and unit."""
    if indicator.is_qualitative and indicator.tier is not None:
        return indicator.tier.value
    if indicator.actual is not None:
        return f"{fmt(indicator.actual)}{indicator.unit or ''}"
    return indicator.actual_text or (indicator.tier.value if indicator.tier else "")
