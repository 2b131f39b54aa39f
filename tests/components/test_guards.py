"""``guards.lookahead`` reads the first characters of a pattern; ``guarded`` must match exactly
as the plain pattern does, which is checked at every position of texts made to tempt it."""

from __future__ import annotations

import re

import pytest

from conflict_ie.components.dates import _TOKEN_ANCHORS
from conflict_ie.components.guards import guarded, lookahead
from conflict_ie.components.quantities import _HIDDEN_NUMBER, _HIDDEN_UNIT


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"since\s+\d+", "(?=[s])"),
        (r"(?i:between)\s+x", "(?=(?i:[b]))"),  # read ignoring case where the pattern ignores it
        (r"(?i)between", "(?=(?i:[b]))"),
        (r"(?i:(?-i:Q)1)", "(?=[Q])"),
        (r"(?:on|in)\s+(?P<m>May|June)", "(?=[io])"),
        (r"(?:the\s+)?year", "(?=[ty])"),  # an optional first word: the next one may begin it
        (r"[0-3]?\d", r"(?=[0123\d])"),  # \d holds digits of every script: kept as a category
        (r"(?i:[a-c])|\d", r"(?=[\d]|(?i:[abc]))"),  # a category is never case-folded
        (r"(?<!\w)(?=x)xy", "(?=[x])"),  # look-arounds consume nothing
        (r"\b[QH][1-4]\b|−\d", "(?=[HQ−])"),
        (r"[-a]", r"(?=[\-a])"),  # escaped inside the class
        (r"[^a]bc", ""),  # a negated set
        (r"\Dx", ""),  # a negated category
        (r".x", ""),
        (r"(?:a|)b", "(?=[ab])"),
        (r"x?", ""),  # a pattern that can match the empty string cannot be guarded
    ],
)
def test_lookahead(pattern: str, expected: str) -> None:
    assert lookahead(pattern) == expected


TEMPTING = [
    "In mid-2023 and the late-1990s, the ’90s, Q3, H1 and FY 2024, troops (2019–2021) left on Sept.5.",
    "About 2,000-3,000 men, 2bn dollars, 5 to 7 tanks, ½ of them and ¾ of those, at −3 °C, 12km away.",
    "١٢/٠٣/٢٠٢٤ in Arabic digits, ３ in full width, 14/03/24, 'twenty' and 5-ton trucks, 9mm, 40%.",
    "Kelvin \u212a, long ſ, dotted İ, and the end; MID-2024 and Early-1990, EARLY-2020 fy2024.",
]


def _unguarded(pattern: str) -> str:
    """The pattern ``guarded`` was given: what follows the look-ahead, inside "(?:...)"."""
    for k in range(len(pattern)):
        if pattern.startswith("(?:", k) and lookahead(pattern[k + 3 : -1]) == pattern[:k]:
            return pattern[k + 3 : -1]
    raise AssertionError(f"not a guarded pattern: {pattern[:40]}")


@pytest.mark.parametrize("folded", ["\u212a", "K", "k"])
def test_case_folds_pass_the_guard_as_they_match(folded: str) -> None:
    plain = r"(?i:k)m"
    assert re.match(guarded(plain), folded + "m") and re.match(plain, folded + "m")


@pytest.mark.parametrize("compiled", [_TOKEN_ANCHORS, _HIDDEN_NUMBER, _HIDDEN_UNIT])
def test_guarded_whole_text_patterns_match_as_the_plain_ones(compiled: re.Pattern[str]) -> None:
    assert compiled.pattern.startswith("(?=")  # the module compiled the guarded form
    plain = re.compile(_unguarded(compiled.pattern))
    for text in TEMPTING:
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(len(text)):
            a, b = compiled.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_guarded_leaves_unguardable_patterns_alone() -> None:
    assert guarded(r".+") == r".+"
    assert guarded(r"ab") == r"(?=[a])(?:ab)"
    assert guarded(r"(?i:ab)") == r"(?=(?i:[a]))(?:(?i:ab))"
