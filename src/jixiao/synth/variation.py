"""Wording as different units write it: the renderer's phrases swapped for equivalents found in published
reports, and figures printed with or without trailing zeros, with or without a space before the unit.

A variation never changes a value, so the truth recorded for a report holds for every wording of it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from jixiao.render.report_text import Block, Heading, Paragraph, Report

PHRASES: dict[str, tuple[str, ...]] = {
    "本部门": ("本部门", "我单位", "本单位"),
    "本项目": ("本项目", "该项目"),
    "全年预算数": ("全年预算数", "调整后预算数", "全年预算"),
    "全年执行数": ("全年执行数", "全年实际支出", "实际执行数"),
    "预算执行率为": ("预算执行率为", "预算执行率", "执行率为"),
    "自评得分": ("自评得分", "自评总分", "综合自评得分"),
    "自评等级为": ("自评等级为", "评价等级为", "综合评定等级为"),
}
_AMOUNT = re.compile(r"(\d+)\.(\d+)(万元|分)")


@dataclass(frozen=True)
class Wording:
    phrases: dict[str, str]
    drop_zeros: bool  # 110.00万元 -> 110万元
    space_before_unit: bool  # 110.00 万元
    ascii_colon: bool

    def describe(self) -> list[str]:
        changed = [f"{a}→{b}" for a, b in self.phrases.items() if a != b]
        flags = {
            "drop_zeros": "去掉末尾的0",
            "space_before_unit": "数字与单位间加空格",
            "ascii_colon": "半角冒号",
        }
        return changed + [label for name, label in flags.items() if getattr(self, name)]


def random_wording(rng: random.Random) -> Wording:
    return Wording(
        phrases={phrase: rng.choice(options) for phrase, options in PHRASES.items()},
        drop_zeros=rng.random() < 0.3,
        space_before_unit=rng.random() < 0.2,
        ascii_colon=rng.random() < 0.2,
    )


def _figures(wording: Wording, text: str) -> str:
    def figure(match: re.Match[str]) -> str:
        digits = match[2].rstrip("0") if wording.drop_zeros else match[2]
        number = f"{match[1]}.{digits}" if digits else match[1]
        return f"{number} {match[3]}" if wording.space_before_unit else f"{number}{match[3]}"

    return _AMOUNT.sub(figure, text)


def reword_text(wording: Wording, text: str) -> str:
    for phrase, chosen in wording.phrases.items():
        text = text.replace(phrase, chosen)
    text = _figures(wording, text)
    return text.replace("：", ":") if wording.ascii_colon else text


def reword(report: Report, wording: Wording) -> Report:
    blocks: list[Block] = []
    for block in report.blocks:
        if isinstance(block, Paragraph):
            blocks.append(Paragraph(reword_text(wording, block.text)))
        elif isinstance(block, Heading):
            blocks.append(block)
        else:
            rows = tuple(tuple(reword_text(wording, cell) for cell in row) for row in block.rows)
            blocks.append(replace(block, rows=rows))
    return replace(report, blocks=tuple(blocks))
