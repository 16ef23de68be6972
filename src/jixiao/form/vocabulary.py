"""The indicator block's vocabulary (layout/vocabulary/form.yaml), compiled once per process."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from jixiao.layout.vocabulary import load_vocabulary

_POINTS = r"(?:\s*[(（]\s*\d+(?:\.\d+)?\s*分?\s*[)）])?"


@dataclass(frozen=True)
class FormVocabulary:
    columns: dict[str, tuple[str, ...]]
    level1: re.Pattern[str]
    level2: re.Pattern[str]
    level2_loose: re.Pattern[str]
    stop: tuple[str, ...]
    block: frozenset[str]  # the merged cell heading the whole block, and pieces of a level's wrapped name
    subtotal: tuple[str, ...]
    cap_levels: tuple[str, ...]
    cap_names: tuple[str, ...]
    cap_units: frozenset[str]
    floor_names: tuple[str, ...]
    level1_of: dict[str, str]  # 二级指标 -> its 一级指标


def _whole(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives}){_POINTS}")


@functools.cache
def form_vocabulary() -> FormVocabulary:
    data = load_vocabulary("form")
    return FormVocabulary(
        columns={key: tuple(words) for key, words in data["indicator_columns"].items()},
        level1=_whole(data["level1_words"]),
        level2=_whole(data["level2_words"]),
        level2_loose=_whole(data["level2_loose_words"]),
        stop=tuple(data["stop_cells"]),
        block=frozenset(data["block_cells"] + data["level_tails"]),
        subtotal=tuple(data["subtotal_cells"]),
        cap_levels=tuple(data["cap_levels"]),
        cap_names=tuple(data["cap_names"]),
        floor_names=tuple(data["floor_names"]),
        cap_units=frozenset(data["cap_units"]),
        level1_of={two: one for one, twos in data["level1_of_level2"].items() for two in twos},
    )


def column_key(label: str, exact: bool) -> str | None:
    """The column a header label names (exact words first, then a word the label starts with)."""
    for key, words in form_vocabulary().columns.items():
        if (label in words) if exact else label.startswith(words):
            return key
    return None
