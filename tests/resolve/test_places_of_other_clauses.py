"""Places a sentence names for something else are not the event's: where survivors fled ("At least
70 people were killed on Tuesday ... and some 12,000 fled towards El Obeid", d249, The Economist
written blind), where a moved force's origin stands ("moved 44 ... tanks by rail from the Army
Prepositioned Stocks site in Powidz to the training area", d251, a DVIDS story written blind), and
the earlier strike a "when" clause goes back to ("the second deadly IED attack ... in Bijapur this
year after January 6, when Maoists blew up a DRG vehicle near Ambeli ..., killing eight jawans",
d254, an Indian Express report written blind)."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def slots(nlp, text, etype, published="2025-06-10"):
    return [((e.get("quantity") or {}).get("value"), (e.get("location") or {}).get("name"),
             (e.get("origin") or {}).get("name"), (e.get("time") or {}).get("start"))
            for e in events_of(nlp, text, etype, published=published) if e.get("modality", "asserted") == "asserted"]


def test_where_survivors_fled_is_not_where_the_dead_were_killed(nlp):
    text = "At least 70 people were killed on Tuesday, according to local doctors, and some 12,000 fled towards El Obeid."
    assert [loc for _, loc, _, _ in slots(nlp, text, "casualties")] == [None]


def test_a_place_of_the_origin_noun_is_the_origin(nlp):
    text = ("The battalion moved 44 Abrams tanks by rail from the Army Prepositioned Stocks site in Powidz to the "
            "training area in early May.")
    assert [(loc, origin) for _, loc, origin, _ in slots(nlp, text, "deployment")] == [(None, "Powidz")]


def test_the_dead_of_a_when_clause_are_its_strikes(nlp):
    text = ("It is the second deadly IED attack on security forces in Bijapur this year after January 6, when "
            "Maoists blew up a DRG vehicle near Ambeli on the Kutru-Bedre road, killing eight jawans.")
    assert slots(nlp, text, "casualties", "2025-09-14") == [(8, "Ambeli", None, "2025-01-06")]


def actors(nlp, text):
    return [(e.get("actor") or {}).get("name") for e in events_of(nlp, text, "casualties")]


def test_an_armed_group_kills_soldiers_of_the_state_it_fights_in(nlp):
    # the dead took no actor when the group's country was their own: al-Shabaab (SOM) and Somali soldiers
    assert actors(nlp, "Al-Shabaab fighters attacked a base in Gedo on Monday, killing three Somali soldiers.") == ["al-Shabaab"]


def test_a_state_does_not_kill_its_own_soldiers_by_its_strike(nlp):
    assert actors(nlp, "Russian forces shelled Kupiansk, killing two Russian soldiers.") == [None]


def test_the_event_a_since_phrase_names_keeps_its_own_month(nlp):
    # "Al-Shabaab has staged repeated attacks in Lamu since the June 2014 raid on Mpeketoni, in which about
    # 60 people were killed" (d222, a Kenyan daily written blind): the raid and its dead are of June 2014,
    # the main clause's attacks run since then
    text = ("Al-Shabaab has staged repeated attacks in Lamu since the June 2014 raid on Mpeketoni, in which about "
            "60 people were killed.")
    got = [(e["type"], (e.get("location") or {}).get("name"), (e.get("time") or {}).get("start"), (e.get("time") or {}).get("end"))
           for e in events_of(nlp, text) if e["type"] == "casualties"]
    assert got == [("casualties", "Mpeketoni", "2014-06-01", "2014-06-30")]


def test_where_a_force_withdrew_to_is_no_strike_site(nlp):
    # d259 (a Wikipedia battle article written blind): "RSF columns advancing south ... attacked Bara ...,
    # and after four days of fighting the garrison withdrew towards El Obeid"
    text = ("RSF columns advancing south from Jabrat al-Sheikh attacked Bara from the north and west on 23 October, "
            "and after four days of fighting the garrison withdrew towards El Obeid.")
    assert [loc for _, loc, _, _ in slots(nlp, text, "attack")] == ["Bara"]


@pytest.mark.parametrize("text,etype,expected", [
    # d63: "since October 2011, when KDF troops crossed into Somalia": the crossing's own month
    ("Mandera and Lamu counties have borne the brunt of cross-border raids since October 2011, when KDF troops "
     "crossed into Somalia.", "deployment", ("2011-10-01", "2011-10-31")),
    # d210: "since February 2024, when US forces hit 85 targets": the whole month, not its first day
    ("The strikes were the heaviest since February 2024, when US forces hit 85 targets in the two countries.",
     "attack", ("2024-02-01", "2024-02-29")),
])
def test_a_when_clause_after_since_is_dated_by_its_own_period(nlp, text, etype, expected):
    got = [((e.get("time") or {}).get("start"), (e.get("time") or {}).get("end")) for e in events_of(nlp, text, etype)]
    assert expected in got, got
