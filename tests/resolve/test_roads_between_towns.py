"""A road named by the towns at its ends ("the Monywa-Pale road", "the Bor-Pibor road", "the
Kherson-Mykolaiv highway") places nothing at either town: what happens on it happens between
them, at the village or place the sentence names beside it.  Fixtures written blind code it so
(d250, Myanmar state media; d198, ACLED-style notes; d162, d197, d212), and most leave the place
empty when the road is all there is (d128, d240).  The rules took the road's first town."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def places(nlp, text, etype):
    return [(e.get("location") or {}).get("name") for e in events_of(nlp, text, etype)
            if e.get("modality", "asserted") == "asserted"]


@pytest.mark.parametrize("text,etype,expected", [
    ("Security forces captured two fighters who were planting mines on the Monywa-Pale road near Thayetkan "
     "village in Yinmabin Township on 8 March.", "casualties", ["Thayetkan"]),
    ("Gunmen ambushed a convoy of 9 trucks on the Bor-Pibor road near Gumuruk on 18 February, killing a driver.",
     "attack", ["Gumuruk"]),
    ("A drone hit a bus on the Kherson–Mykolaiv highway on Monday, killing two people.", "casualties", [None]),
    ("Bandits killed three travellers on the Gusau-Funtua road, police said.", "casualties", [None]),
])
def test_a_road_between_two_towns_places_nothing_at_them(nlp, text, etype, expected):
    assert places(nlp, text, etype) == expected


def test_a_town_reached_by_road_is_still_the_place(nlp):
    text = "Troops moved by road from Gao to Kidal on Monday."
    assert places(nlp, text, "deployment") == ["Kidal"]
