""""the island" and "the Strip" name the island or the strip the text named before: Global Times
writes "around the island" for Taiwan (d257, written blind), Times of Israel "in the Strip" for
Gaza (d256).  An island state named before is such an island; so is a place named "... Island"."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def places(nlp, text, etype):
    return [(e.get("location") or {}).get("name") for e in events_of(nlp, text, etype)]


@pytest.mark.parametrize("text,etype,expected", [
    ("China sent warships toward Taiwan on Monday. On Tuesday, 17 Chinese warships sailed around the island.",
     "deployment", "Taiwan"),
    ("Israeli strikes hit the Gaza Strip overnight. The ministry said 40 people were killed in the Strip on Sunday.",
     "casualties", "Gaza Strip"),
    ("Chinese ships were seen near Miyako Island on Monday. Two warships sailed around the island on Tuesday.",
     "deployment", "Miyako Island"),
])
def test_the_island_or_the_strip_is_the_one_named_before(nlp, text, etype, expected):
    assert places(nlp, text, etype)[-1] == expected


def test_an_island_with_no_island_named_before_stays_unplaced(nlp):
    text = "Troops entered Gao on Monday. Two warships sailed around the island on Tuesday."
    assert places(nlp, text, "deployment")[-1] is None
