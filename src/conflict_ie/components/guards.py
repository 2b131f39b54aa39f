"""Look-ahead guards for large regular expressions: the characters a match can begin with.

Python's ``re`` skips quickly only to a literal or a character set at the very start of a
pattern.  A union of many kinds, or a pattern opening with ``\\b``, gets neither, so every
alternative is tried at every position.  ``lookahead`` makes a look-ahead of the possible first
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


def guarded(pattern: str) -> str:
    """``pattern`` behind the look-ahead of its first characters (unchanged when any may begin it)."""
    look = lookahead(pattern)
    return f"{look}(?:{pattern})" if look else pattern


def lookahead(pattern: str) -> str:
    """A look-ahead that holds wherever a match of ``pattern`` can begin, or "" when any character
    can (or the pattern can match the empty string, or uses what this reading does not follow).

    Literals, sets, groups, alternations and repeats are followed; look-arounds and anchors
    consume nothing and are skipped.  Characters read where the pattern ignores case are tested
    ignoring case (``re``'s own case folds, "ſ" for "s" and the Kelvin sign for "k" among them),
    the others exactly, so "[A-Z]" does not let every lower-case letter through."""
    try:
        parsed = re_parser.parse(pattern)
        first, nullable = _of_sequence(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except (re.error, TypeError, ValueError, AttributeError):
        return ""
    if first is None or nullable:
        return ""
    exact = _class({c for c, icase in first if not icase})
    folded = _class({c for c, icase in first if icase})
    parts = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "(?=" + "|".join(parts) + ")"


def _class(chars: set[str]) -> str:
    return "".join(sorted(c if c in _CATEGORIES.values() else re.escape(c) for c in chars))


First = set[tuple[str, bool]]  # (a character or a category such as "\\d", read ignoring case)


def _of_sequence(items: list[Any], icase: bool) -> tuple[First | None, bool]:
    """(first characters, may match empty) of a sequence of parsed elements."""
    out: First = set()
    for op, av in items:
        first, nullable = _of_element(op, av, icase)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _of_element(op: Any, av: Any, icase: bool) -> tuple[First | None, bool]:
    if op is re_constants.LITERAL:
        return {(chr(av), icase)}, False
    if op is re_constants.IN:
        members = _of_set(av)
        return (None if members is None else {(c, icase and c not in _CATEGORIES.values()) for c in members}), False
    if op is re_constants.SUBPATTERN:
        _, add, remove, items = av
        return _of_sequence(list(items), bool((icase or add & re.IGNORECASE) and not remove & re.IGNORECASE))
    if op is re_constants.ATOMIC_GROUP:
        return _of_sequence(list(av), icase)
    if op is re_constants.BRANCH:
        firsts = [_of_sequence(list(branch), icase) for branch in av[1]]
        if any(first is None for first, _ in firsts):
            return None, False
        return set().union(*(first for first, _ in firsts if first)), any(nullable for _, nullable in firsts)
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT):
        first, nullable = _of_sequence(list(av[2]), icase)
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
