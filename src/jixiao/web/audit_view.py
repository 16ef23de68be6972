"""The change log in words: entities, actions and fields in Chinese, each change as "field: before → after",
and a link to what was changed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.decimals import fmt
from jixiao.jsonout import dumps

ENTITY_LABELS = {
    "evaluations": "自评表",
    "reports": "报告",
    "findings": "审核意见",
    "uploads": "上传",
    "units": "单位",
    "users": "账号",
}
ACTION_LABELS = {"create": "新增", "update": "修改", "delete": "删除", "merge": "合并", "rename": "改名"}
FIELD_LABELS = {
    "status": "状态",
    "return_comment": "退回意见",
    "review_score": "复核得分",
    "review_status": "审核状态",
    "review_comment": "复核意见",
    "decision_reason": "理由",
    "decided_by": "处理人",
    "decided_at": "处理时间",
    "disabled": "停用",
    "name": "名称",
    "username": "用户名",
    "role": "角色",
    "unit_id": "单位编号",
    "file_name": "文件",
    "outcome": "结果",
    "reason": "原因",
    "report_id": "报告编号",
    "evaluation_id": "自评表编号",
    "password": "密码",
    "aliases": "别名",
    "merged_into": "并入",
    "previous_id": "上一版本编号",
    "reports": "移交报告数",
    "evaluations": "移交自评表数",
    "users": "移交账号数",
    "unit_aliases": "移交别名数",
}
VALUE_LABELS = {
    "draft": "草稿",
    "submitted": "已报送财政",
    "returned": "已退回",
    "open": "待处理",
    "accepted": "已采纳",
    "dismissed": "已驳回",
    "pending": "待审核",
    "in_review": "审核中",
    "done": "已审核",
    "stored": "已审核入库",
    "replaced": "已更新",
    "version": "作为新版本入库",
    "skipped": "以前已上传过",
    "evaluation": "作为自评表收下",
    "failed": "未能处理",
    "refused": "被拒收",
    "administrator": "系统管理员",
    "reviewer": "财政审核人员",
    "unit": "单位填报人员",
}


@dataclass(frozen=True)
class Change:
    field: str
    before: str
    after: str


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal | int):
        return fmt(Decimal(value))
    if isinstance(value, str):
        return VALUE_LABELS.get(value, value)
    return "（内容）"


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[Change]:
    """The fields that differ, in words; a whole evaluation's content counts as one field."""
    before, after = before or {}, after or {}
    if "funds" in after or "indicators" in after:  # an evaluation's content, kept whole
        return [Change("自评表内容", "（原内容）" if before else "（空）", "（新内容，见原始记录）")]
    found = []
    for key in [*after, *(k for k in before if k not in after)]:
        old, new = before.get(key), after.get(key)
        if old != new:
            found.append(Change(FIELD_LABELS.get(key, key), _shown(old), _shown(new)))
    return found


def link(
    entity: str, entity_id: int | None, after: dict[str, Any] | None, report_id: int | None
) -> str | None:
    """Where the changed thing is shown, if anywhere."""
    if entity == "evaluations" and entity_id is not None:
        return f"/evaluations/{entity_id}"
    if entity == "reports" and entity_id is not None:
        return f"/reports/{entity_id}"
    if entity == "findings" and report_id is not None:
        return f"/reports/{report_id}#finding-{entity_id}"
    if entity == "uploads" and after:
        if after.get("report_id"):
            return f"/reports/{after['report_id']}"
        if after.get("evaluation_id"):
            return f"/evaluations/{after['evaluation_id']}"
    if entity in ("units", "users"):
        return "/admin"
    return None


def raw(value: dict[str, Any] | None) -> str:
    """The entry as stored, for the details under each change."""
    return dumps(value) if value is not None else "—"
