"""Patterns searched over whole pages, compiled to skip at once the positions they cannot start at.

The regular-expression engine tries a pattern that opens with an alternation ("自评得分|综合得分|…", a
vocabulary's labels) branch by branch at every position of the text; it is where a report's reading
spends most of its time. A look-ahead for the characters the pattern can start with ("(?=[自综…])")
lets the engine skip every other position in compiled code, and changes no match. The characters are
read off the standard library's own parse of the pattern; when they cannot be told for sure (a pattern
that may match an empty string, may start with any character, or uses a back-reference), the pattern is
compiled as written.
"""

from __future__ import annotations

import re
import re._parser as parser  # type: ignore[import-not-found]  # the standard library's reading of a pattern
from collections import Counter
from typing import Any

_CATEGORIES = {
    parser.CATEGORY_DIGIT: r"\d",
    parser.CATEGORY_NOT_DIGIT: r"\D",
    parser.CATEGORY_SPACE: r"\s",
    parser.CATEGORY_NOT_SPACE: r"\S",
    parser.CATEGORY_WORD: r"\w",
    parser.CATEGORY_NOT_WORD: r"\W",
}
# what consumes no character: a look-ahead or look-behind, a line's start or end, a word boundary
_ZERO_WIDTH = (parser.ASSERT, parser.ASSERT_NOT, parser.AT)


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with a look-ahead for the characters it can start with, when they can be told."""
    try:
        parsed = parser.parse(pattern, flags)
        # (a pattern with flags of its own inline, which must open it, or case-blind or verbose is not guarded)
        inline = parsed.state.flags & ~(flags | re.UNICODE)
        opening = _opening(list(parsed)) if not inline and not flags & _UNGUARDED else None
    except (re.error, _Unknown):
        opening = None
    if opening is None or not opening[0] or opening[1] or _skips_already(parsed):
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(opening[0]))}])(?:{pattern})", flags)


_UNGUARDED = re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE


def _skips_already(parsed: Any) -> bool:
    """Whether the pattern opens with a character or a class, inside the groups it opens with ("(?P<cat>预算…"):
    the engine skips to those by itself, faster than a look-ahead lets it."""
    items = list(parsed)
    while items and items[0][0] is parser.SUBPATTERN:
        _group, add_flags, del_flags, body = items[0][1]
        if add_flags or del_flags:
            return False
        items = list(body)
    if not items:
        return False
    return items[0][0] in (parser.LITERAL, parser.IN)


class _Unknown(Exception):
    """A piece whose first characters are not read here."""


def _opening(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The class pieces a sequence's first consumed character is one of, and whether it may consume none."""
    found: set[str] = set()
    for op, argument in items:
        pieces, empty = _item(op, argument)
        found |= pieces
        if not empty:
            return found, False
    return found, True


def _item(op: Any, argument: Any) -> tuple[set[str], bool]:
    if op is parser.LITERAL:
        return {_escaped(argument)}, False
    if op is parser.IN:
        return _class(argument), False
    if op is parser.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in argument[1]:
            pieces, may_be_empty = _opening(list(branch))
            found |= pieces
            empty = empty or may_be_empty
        return found, empty
    if op is parser.SUBPATTERN:
        _group, add_flags, del_flags, body = argument
        if add_flags or del_flags:
            raise _Unknown
        return _opening(list(body))
    if op is parser.ATOMIC_GROUP:
        return _opening(list(argument))
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
        least, _most, body = argument
        pieces, empty = _opening(list(body))
        return pieces, empty or least == 0
    if op in _ZERO_WIDTH:
        return set(), True
    if op is parser.CATEGORY and argument in _CATEGORIES:
        return {_CATEGORIES[argument]}, False
    raise _Unknown  # any character, a back-reference, a character not in a class


def _class(members: list[tuple[Any, Any]]) -> set[str]:
    pieces: set[str] = set()
    for op, argument in members:
        if op is parser.LITERAL:
            pieces.add(_escaped(argument))
        elif op is parser.RANGE:
            pieces.add(f"{_escaped(argument[0])}-{_escaped(argument[1])}")
        elif op is parser.CATEGORY and argument in _CATEGORIES:
            pieces.add(_CATEGORIES[argument])
        else:
            raise _Unknown  # a negated class ("[^…]") may start with nearly anything
    return pieces


def _escaped(code: int) -> str:
    character = chr(code)
    return "\\" + character if character in "\\]^-[" else character


def screen(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A search for words one of which every match of ``pattern`` holds, read off the standard library's parse
    ("单位名称|部门名称" gives 单位 or 名称 and 部门 or 名称): a text it finds none in holds no match, and it is
    screened by the words' characters in compiled code where ``pattern`` may be tried at every character. The
    pattern itself when no words can be told (a case-blind one, or one any of whose matches may hold none)."""
    found = None if pattern.flags & _UNGUARDED else _best(list(parser.parse(pattern.pattern, pattern.flags)))
    if found is None:
        return pattern
    return re.compile(
        "|".join(re.escape(word) for word in sorted(found, key=lambda word: (-len(word), word)))
    )


Words = frozenset[str]


def _best(items: list[tuple[Any, Any]]) -> Words | None:
    found = _candidates(items)
    return max(found, key=_strength) if found else None


def _strength(words: Words) -> tuple[int, int]:
    """Longer words first, then fewer: the rarer the screen finds them."""
    return min(map(len, words)), -len(words)


def _candidates(items: list[tuple[Any, Any]]) -> list[Words]:
    """The sets of words each of which a match of the sequence ``items`` holds one of: its runs of characters,
    and its pieces' own sets."""
    found: list[Words] = []
    run = ""
    for op, argument in items:
        if op is parser.LITERAL:
            run += chr(argument)
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        words = _piece_words(op, argument)
        if words is not None:
            found.append(words)
    return [*found, frozenset({run})] if run else found


def _piece_words(op: Any, argument: Any) -> Words | None:
    if op is parser.SUBPATTERN:
        _group, add_flags, del_flags, body = argument
        return None if add_flags or del_flags else _best(list(body))
    if op is parser.ATOMIC_GROUP:
        return _best(list(argument))
    if op is parser.ASSERT and argument[0] == 1:  # a look-ahead's words stand after the match's start
        return _best(list(argument[1]))
    if op is parser.BRANCH:
        return _covering([_candidates(list(branch)) for branch in argument[1]])
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
        least, _most, body = argument
        return _best(list(body)) if least >= 1 else None
    if op is parser.IN and all(member is parser.LITERAL for member, _ in argument):
        return frozenset(chr(code) for _, code in argument)
    return None  # a class, any character, a look-behind: no word told


def _covering(branches: list[list[Words]]) -> Words | None:
    """Words one of which every branch holds: the sets that most branches have among theirs, taken in turn
    until each branch has one (unit labels all hold 位), so that the alternatives share few words."""
    if not all(branches):
        return None
    chosen: set[str] = set()
    left = branches
    while left:
        counts = Counter(words for candidates in left for words in dict.fromkeys(candidates))
        best = max(counts, key=lambda words: (counts[words], _strength(words)))
        chosen |= best
        left = [candidates for candidates in left if best not in candidates]
    return frozenset(chosen)
