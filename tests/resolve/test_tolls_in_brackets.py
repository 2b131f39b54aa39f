"""A toll in brackets right after a place is that place's toll: "followed by Donetsk region (74
killed, 212 injured)" in OHCHR's monthly civilian-harm update (d193), and the same habit in
ministry round-ups and regional bulletins ("in Sumy (two killed, five wounded) and Chernihiv (one
killed)").  The rules gave every bracketed toll the first place of the sentence."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def placed(nlp, text):
    return sorted(((e.get("quantity") or {}).get("value"), (e.get("location") or {}).get("name"))
                  for e in events_of(nlp, text, "casualties") if e.get("modality", "asserted") == "asserted")


@pytest.mark.parametrize("text,expected", [
    ("The highest toll was in Kharkiv, with 51 civilians killed and 246 injured, followed by Donetsk region "
     "(74 killed, 212 injured) and Kherson region (28 killed, 196 injured).",
     [(28, "Kherson"), (51, "Kharkiv"), (74, "Donetsk"), (196, "Kherson"), (212, "Donetsk"), (246, "Kharkiv")]),
    ("Shelling hit Sumy (two killed, five wounded) and Chernihiv (one killed) overnight, officials said.",
     [(1, "Chernihiv"), (2, "Sumy"), (5, "Sumy")]),
    ("Casualties were reported in Gao (12 dead) and in Timbuktu (at least 4 wounded) on Monday.",
     [(4, "Timbuktu"), (12, "Gao")]),
])
def test_a_toll_in_brackets_takes_the_place_before_them(nlp, text, expected):
    assert placed(nlp, text) == expected


def test_a_bracketed_aside_without_a_place_before_keeps_the_clause_place(nlp):
    text = "Three soldiers (two of them officers) were killed in Gao on Monday."
    assert (3, "Gao") in placed(nlp, text)
