"""Which parts of the expected outline a report has, found from its headings, and the evaluation team."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from jixiao.extract.context import Context
from jixiao.extract.model import TeamMember
from jixiao.ingest.document import Line
from jixiao.layout.cells import Cell, split_cells
from jixiao.layout.headings import HEADING_NUMBER, is_heading

# (canonical section, heading keywords, keywords that veto it)
SECTION_FAMILIES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    ("基本情况", re.compile(r"基本情况|概况|基本概况"), None),
    ("绩效目标", re.compile(r"绩效目标|绩效指标|目标和指标|目标、指标"), re.compile(r"实现|完成|分析|结果|问题")),
    ("自评工作开展情况", re.compile(r"(?<!综合)(?:自评|评价)(?:工作)?(?:开展|组织|情况|过程)|组织(?:实施|情况)|工作开展情况|自评的组织"), None),
    ("绩效目标实现情况", re.compile(r"(?:目标|绩效|绩效指标)(?:的)?(?:实现|完成)情况|绩效实现|绩效情况|绩效分析|指标分析|结果及分析|履职(?:完成|效果)"), None),
    ("评价结论", re.compile(r"评价结论|自评结论|(?:得分|评分)(?:情况)?(?:及|和|与)(?:评价)?结论|评价等级|自评结果(?!拟?应用)|综合评价|自评得分情况|评价结果(?!应用)"), None),
    ("存在问题", re.compile(r"存在(?:的)?(?:主要)?问题|发现的问题|问题及原因"), None),
    ("改进措施", re.compile(r"改进措施|整改措施|整改情况|建议|下一步|改进意见"), None),
    ("结果应用", re.compile(r"结果(?:拟)?应用|应用和公开|公开情况"), None),
    ("评价工作组", re.compile(r"评价工作组|工作组人员|评价小组|人员名单"), None),
    ("其他说明", re.compile(r"其他需要说明"), None),
)  # fmt: skip
_TEAM = re.compile(r"评价工作组|工作组人员|评价小组成员|人员名单")
_HEADER_WORDS = {"姓名", "工作单位", "单位", "职务", "职称", "备注", "签字", "序号"}
_POSTS = re.compile(
    r"(?:副?(?:主任|书记|局长|科长|股长|处长|部长|县长|区长|市长|主席|组长|队长|所长|站长|经理|总监)|(?:[一二三四]级)?(?:主任)?科员|办事员|会计|出纳|干部|工作人员)$"
)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾"
    "夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
    "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝冀"
    "傅萧洪谈鞠晋"
)
_WORD = re.compile(r"\S+")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@functools.lru_cache(maxsize=4096)
def section_names(heading: str) -> tuple[str, ...]:
    """Cached: reports share most of their headings."""
    return tuple(
        name
        for name, pattern, veto in SECTION_FAMILIES
        if pattern.search(heading) and not (veto and veto.search(heading))
    )


@functools.lru_cache(maxsize=4096)
def _heading_line(text: str) -> bool:
    """Cached: the outline and the team both ask it of the same lines."""
    stripped = text.strip()
    if is_heading(stripped):
        return True
    return bool(HEADING_NUMBER.match(stripped)) and len(stripped) <= 40 and "。" not in stripped


def extract_sections(ctx: Context, lines: Sequence[Line]) -> list[str]:
    found: list[str] = []
    for line in lines:
        if line.number in ctx.table_lines or not _heading_line(line.text):
            continue
        heading = line.text.strip()
        for name in section_names(heading):
            lead = len(line.text) - len(line.text.lstrip())
            ctx.add_line_fact("section", name, line.number, lead, len(line.text.rstrip()))
            if name not in found:
                found.append(name)
    return found


def _looks_like_name(text: str) -> bool:
    return (
        bool(_NAME.match(text))
        and text[0] in _SURNAMES
        and text not in _HEADER_WORDS
        and not _POSTS.search(text)
        and len(text) <= 3
    )


def _run_together(cell: Cell, unit: str | None) -> list[Cell]:
    """A row whose cells were run together ("马桂西沙区司法局副局长"): cut it at the report's unit name."""
    at = cell.text.find(unit) if unit else -1
    if unit is None or not 2 <= at <= 3 or not _looks_like_name(cell.text[:at]):
        return [cell]
    cuts = [(0, at), (at, at + len(unit)), (at + len(unit), len(cell.text))]
    return [Cell(cell.text[a:b], cell.line, cell.start + a, cell.start + b) for a, b in cuts if b > a]


def extract_team(ctx: Context, lines: Sequence[Line], unit: str | None = None) -> list[TeamMember]:
    """Members listed under the 评价工作组 heading: one per row, or one cell per line starting at each name."""
    start = next(
        (i for i, line in enumerate(lines) if _TEAM.search(line.text) and _heading_line(line.text)), None
    )
    if start is None:
        return []
    members: list[list[tuple[str, int, int, int]]] = []
    for line in lines[start + 1 :]:
        if _heading_line(line.text) and not line.text.startswith("\t"):
            break
        cells = [c for c in split_cells(line) if c.text]
        if len(cells) == 1 and " " in cells[0].text:
            cells = [Cell(m.group(), line.number, m.start(), m.end()) for m in _WORD.finditer(line.text)]
        if len(cells) == 1 and not _looks_like_name(cells[0].text):
            cells = _run_together(cells[0], unit)
        for cell in cells:
            if cell.text in _HEADER_WORDS:
                continue
            if _looks_like_name(cell.text):
                members.append([(cell.text, cell.line, cell.start, cell.end)])
            elif members:
                members[-1].append((cell.text, cell.line, cell.start, cell.end))
    team: list[TeamMember] = []
    for member in members:
        name, line_number, begin, end = member[0]
        details = [text for text, *_ in member[1:] if text != "无"]
        unit = details[0] if details else ""
        post = details[1] if len(details) > 1 else ""
        title = details[2] if len(details) > 2 else ""
        if unit and not post and (match := _POSTS.search(unit)) and match.start() > 0:
            unit, post = unit[: match.start()], unit[match.start() :]
        ctx.add_line_fact("team.member", name, line_number, begin, end)
        team.append(TeamMember(name=name, unit=unit, post=post, title=title, line=line_number))
    return team
