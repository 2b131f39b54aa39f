"""The date scanner's guards (``components/guards.py``) may only rule out positions where a kind
could never match: the scanner must find exactly what the plain union of the kinds finds."""

from __future__ import annotations

import re

from conflict_ie import lexicon
from conflict_ie.components import date_grammar as grammar

SENTENCES = [
    "Troops arrived on March 3, 2024 and left between 5 and 9 April.",
    "Since the start of the invasion, strikes fell on the night of 12-13 May.",
    "In the first quarter of 2025 and in FY2024, spending rose; next Tuesday the vote comes.",
    "Two weeks ago, three days later, last year, this month, the 1990s and mid-2023.",
    "ſince 14/03/2024, until further notice, from 2019 to 2021, early last week.",
    "The ceasefire of 6 October 2023 held until Q3; on Christmas Eve and New Year's Day, shelling.",
]


def test_guarded_scanner_finds_what_the_plain_union_finds() -> None:
    kinds = grammar.build(lexicon.dates())
    guarded = grammar.scanner(kinds)
    plain = re.compile(
        r"(?<![\w/])(?:"
        + "|".join(f"(?P<k{n}>{grammar.NAMED_GROUP.sub('(?:', p.pattern)})" for n, (_, p) in enumerate(kinds))
        + r")(?!\w)"
    )
    found = 0
    for text in SENTENCES:
        for pos in range(len(text)):
            a, b = guarded.match(text, pos), plain.match(text, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (text, pos)
            found += a is not None
    assert found > 20  # the sentences hold dates of many kinds
