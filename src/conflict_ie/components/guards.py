"""Look-ahead guards for large regular expressions: the characters a match can begin with.

Python's ``re`` skips quickly only to a literal or a character set at the very start of a
pattern.  A union of many kinds, or a pattern opening with ``\\b``, gets neither, so every
alternative is tried at every position.  ``guard`` puts a look-ahead of the possible first
characters in front: where none of them stands, the attempt fails at once.  The guard is read
from the parsed pattern and is a superset of what can match, so the guarded pattern finds
exactly what the plain one finds (the tests compare them at every position of sample texts).
"""

from __future__ import annotations

import re
import re._constants as re_constants  # the parsed form of a pattern (Python 3.11+)
import re._parser as re_parser
from typing import Any

_CATEGORIES = {  # the categories a character set may hold, as regex text
    re_constants.CATEGORY_DIGIT: r"\d",
    re_constants.CATEGORY_WORD: r"\w",
    re_constants.CATEGORY_SPACE: r"\s",
}


def guard(first: str | None) -> str:
    """The look-ahead for a ``first_class`` result ("" when any character may begin a match)."""
    return "" if first is None else f"(?=(?i:[{first}]))"


def guarded(pattern: str) -> str:
    """``pattern`` behind the look-ahead of its first characters."""
    first = first_class(pattern)
    return pattern if first is None else f"{guard(first)}(?:{pattern})"


def first_class(pattern: str) -> str | None:
    """The body of a character class holding every character a match of ``pattern`` can begin
    with, or None when any can (or the pattern can match the empty string, or uses what this
    reading does not follow).  Literals, sets, groups, alternations and repeats are followed;
    look-arounds and anchors consume nothing and are skipped.  Case is left to the guard, which
    ignores it: a superset is always safe."""
    try:
        first, nullable = _of_sequence(list(re_parser.parse(pattern)))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if first is None or nullable:
        return None
    return "".join(sorted(c if c in _CATEGORIES.values() else re.escape(c) for c in first))


def _of_sequence(items: list[Any]) -> tuple[set[str] | None, bool]:
    """(first characters, may match empty) of a sequence of parsed elements."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _of_element(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _of_element(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is re_constants.LITERAL:
        return {chr(av)}, False
    if op is re_constants.IN:
        return _of_set(av), False
    if op is re_constants.SUBPATTERN:
        return _of_sequence(list(av[3]))
    if op is re_constants.ATOMIC_GROUP:
        return _of_sequence(list(av))
    if op is re_constants.BRANCH:
        firsts = [_of_sequence(list(branch)) for branch in av[1]]
        if any(first is None for first, _ in firsts):
            return None, False
        return set().union(*(first for first, _ in firsts if first)), any(nullable for _, nullable in firsts)
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT):
        first, nullable = _of_sequence(list(av[2]))
        return (None, False) if first is None else (first, nullable or av[0] == 0)
    if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
        return set(), True
    return None, False  # any character, a back-reference, or what this reading does not know


def _of_set(items: Any) -> set[str] | None:
    """The members of a ``[...]`` set, categories as ``\\d``/``\\w``/``\\s``; None for a negated
    set, a negated category or a wide range."""
    chars: set[str] = set()
    for op, av in items:
        if op is re_constants.LITERAL:
            chars.add(chr(av))
        elif op is re_constants.RANGE and av[1] - av[0] <= 256:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is re_constants.CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:
            return None
    return chars
