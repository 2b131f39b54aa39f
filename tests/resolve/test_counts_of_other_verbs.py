"""A count before a finite verb of another type is that verb's subject: "Two more Typhoons were sent
to Cyprus in April after Iran launched a missile and drone attack on Israel" (d105) gave Iran's
attack two Typhoons; "eight of its fighters had been killed and that about 40 armed vehicles had
arrived" (d49) moved the dead.  A participle is no such verb ("Two mechanised brigades trained in
Poland had been moved": the brigades moved).  Also: a modifier before a system's name is no part
of it ("two more Typhoons" count Typhoons), and aircraft over a place fly there themselves ("a pair
of armed F-16s overflew Lesvos": present, not delivered)."""

from __future__ import annotations

import pytest

from tests.helpers import events_of, tags


def counts(nlp, text, etype):
    return [(e.get("quantity") or {}).get("value") for e in events_of(nlp, text, etype)]


@pytest.mark.parametrize("text,etype", [
    ("Two more Typhoons were sent to Cyprus in April after Iran launched a missile and drone attack on Israel.", "attack"),
    ("Militia leaders said eight of its fighters had been killed and that about 40 armed vehicles had arrived in Tripoli.",
     "deployment"),
])
def test_a_count_before_another_finite_verb_is_not_this_triggers(nlp, text, etype):
    assert 8 not in counts(nlp, text, etype) and 2 not in counts(nlp, text, etype)


def test_a_count_before_a_participle_still_moves(nlp):
    text = "Two mechanised brigades trained in Poland had been moved to the Zaporizhzhia region in early November."
    assert counts(nlp, text, "deployment") == [2]


@pytest.mark.parametrize("text,item", [
    ("Two more Typhoons were sent to Cyprus.", "Typhoon"),
    ("Four additional Rafales landed at Souda Bay.", "Rafale"),
])
def test_a_modifier_is_no_part_of_a_systems_name(nlp, text, item):
    assert [n["item"] for _, _, n in tags(nlp, text, label="QUANTITY")] == [item]


def test_aircraft_over_a_place_are_present_not_delivered(nlp):
    text = "At 10.42 a.m., a pair of armed F-16s overflew Lesvos at an altitude of 22,000 feet."
    assert [(e["type"], (e.get("location") or {}).get("name")) for e in events_of(nlp, text)] == [("deployment", "Lesvos")]
