"""Clause and sentence starts, which every fact family uses to find the words before a number."""

from hypothesis import given
from hypothesis import strategies as st

from jixiao.extract.context import CLAUSE_BREAKS, clause_start, sentence_start

_TEXT = st.text(alphabet="预算为万元。，、；\n!x 1", max_size=40)


def test_clause_starts_after_the_nearest_break_before_the_position() -> None:
    text = "年初预算100万元，执行95万元。满意度90%"
    assert clause_start(text, text.index("95")) == text.index("执行")
    assert sentence_start(text, text.index("95")) == 0
    assert sentence_start(text, text.index("90")) == text.index("满意度")
    assert clause_start(text, text.index("95"), floor=text.index("执行") + 1) == text.index("执行") + 1


@given(_TEXT, st.data())
def test_clause_start_is_one_past_the_last_break_at_or_above_the_floor(
    text: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, len(text)))
    breaks = [index for index in range(floor, position) if text[index] in CLAUSE_BREAKS]
    assert clause_start(text, position, floor) == (breaks[-1] + 1 if breaks else floor)
