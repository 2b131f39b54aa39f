"""Wounds a person died of are the cause of the death, not a second toll of wounded: "died July
20, 2025, at Landstuhl Regional Medical Center, Germany, of injuries sustained July 17 when a
one-way attack drone struck Erbil Air Base" (d247, DoD casualty releases written blind), and the
same in local-paper and wire obituaries ("succumbed to wounds", "died from injuries").  The rules
counted the dead soldier twice: killed, then wounded."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def outcomes(nlp, text):
    return sorted(((e.get("quantity") or {}).get("value"), e.get("outcome"))
                  for e in events_of(nlp, text, "casualties") if e.get("modality", "asserted") == "asserted")


@pytest.mark.parametrize("text", [
    "Sgt. Tom Reed, 34, of Laredo, Texas, died July 20 at a hospital in Germany, of injuries sustained "
    "July 17 when a drone struck Erbil Air Base, Iraq.",
    "A policeman died on Sunday in Bannu from wounds he received in the ambush on Friday.",
    "The soldier succumbed on Monday in a hospital in Dnipro to injuries sustained in shelling near Pokrovsk.",
])
def test_the_wounds_a_person_died_of_are_no_second_toll(nlp, text):
    assert outcomes(nlp, text) == [(1, "killed")]


@pytest.mark.parametrize("text,expected", [
    ("Two soldiers died and four others suffered injuries in the attack on Gao.", [(2, "killed"), (4, "wounded")]),
    ("One man died of his wounds, and 12 people were treated for injuries in Gao.", [(1, "killed"), (12, "wounded")]),
])
def test_other_injuries_in_the_sentence_stay_a_toll(nlp, text, expected):
    assert outcomes(nlp, text) == expected


def test_the_day_before_when_dates_the_strike_of_the_when_clause(nlp):
    text = ("Sgt. Tom Reed, 34, of Laredo, Texas, died July 20, 2025, at a hospital in Germany, of injuries "
            "sustained July 17 when a one-way attack unmanned aerial system struck Erbil Air Base, Iraq.")
    strikes = events_of(nlp, text, "attack", published="2025-07-22")
    assert [(e["time"] or {}).get("start") for e in strikes] == ["2025-07-17"]


