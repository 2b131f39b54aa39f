"""A force that holds a place is there (RECORDS.md: presence is deployment).  Four fixtures written
without this rule code it: "IDF troops have held nine positions in the buffer zone" (d101),
"Eritrean troops ... hold parts of Irob district" (d125), "3,000 to 4,500 fighters ... held
Fallujah" (d136) and "Israel still holds five hilltop positions inside Lebanese territory" (d47).
"hold" is presence only with a place or a count as its object: talks, exercises, elections and
hostages held are not.  Names are made up where the gazetteer allows."""

from __future__ import annotations

from functools import partial

import pytest

from tests.helpers import events_of

deployments = partial(events_of, etype="deployment")


@pytest.mark.parametrize("text,place", [
    ("Turkey still holds four outposts inside Syrian territory.", "Syria"),
    ("Kenyan troops hold parts of Dravo district, more than a year after the truce.", "Dravo"),
    ("By the spring, an estimated 2,000 fighters held Kidal.", "Kidal"),
    ("Since January, Kenyan troops have held six positions in the buffer zone near Dravo.", "Dravo"),
])
def test_a_force_holding_a_place_is_there(nlp, text, place):
    found = deployments(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "Kenyan troops held talks with elders in Dravo on Monday.",
    "The army held a two-day exercise near Dravo.",
    "Turkey held elections in June.",
    "Kenyan officers are holding a press conference in Dravo.",
    "The court held that the strike on Dravo was unlawful.",
    "Gunmen held 12 hostages in Dravo for three days.",
])
def test_holding_talks_exercises_and_opinions_is_no_deployment(nlp, text):
    assert deployments(nlp, text) == [], [e["summary"] for e in deployments(nlp, text)]


# a force patrolling a place is there too: "are patrolling the Boni forest" (d222, written blind),
# "coalition forces patrolled Dhiban and Hajin" (d172); "patrol" as a noun ("an army patrol") is not
@pytest.mark.parametrize("text,place", [
    ("Kenyan troops patrolled Kidal on Monday.", "Kidal"),
    ("Our troops are holding the villages and are patrolling the Boni forest day and night.", "Boni forest"),
])
def test_a_force_patrolling_a_place_is_there(nlp, text, place):
    found = deployments(nlp, text)
    assert found and (found[-1].get("location") or {}).get("name") == place, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "Gunmen attacked an army patrol near Kidal on Monday.",
    "A landmine wounded five soldiers on patrol in Kidal.",
    "The mission conducted 3,412 patrols in Kidal last year.",
])
def test_a_patrol_attacked_or_counted_is_no_deployment(nlp, text):
    assert deployments(nlp, text) == [], [e["summary"] for e in deployments(nlp, text)]


def test_positions_held_without_a_count(nlp):
    found = deployments(nlp, "Azerbaijani troops still held positions on 200 square kilometres of Armenian territory.")
    assert found and (found[0].get("location") or {}).get("name") == "Armenia", [e["summary"] for e in found]


# "Ukrainian forces maintain positions in southwestern Chasiv Yar" (d227, written blind; the same
# class as d223's "held positions"): the count verbs "maintain" and "keep" are presence before places too
@pytest.mark.parametrize("text,place", [
    ("Geolocated footage indicates that Kenyan forces maintain positions in southwestern Kidal.", "Kidal"),
    ("Kenyan troops still keep positions near Kidal, the ministry said.", "Kidal"),
])
def test_positions_maintained_or_kept_are_held(nlp, text, place):
    found = deployments(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "Both sides said they would maintain the ceasefire in Kidal.",
    "The firm keeps 300 staff in Kidal.",
])
def test_ceasefires_and_staff_kept_are_no_deployment(nlp, text):
    assert deployments(nlp, text) == [], [e["summary"] for e in deployments(nlp, text)]


# "Two FC platoons and army troops were rushed to Serai Naurang from Bannu" (d228, written blind),
# "Reinforcements have been rushed to the encounter site" (d55): forces rushed somewhere are sent there
def test_forces_rushed_somewhere_are_sent_there(nlp):
    found = deployments(nlp, "Two platoons and army troops were rushed to Kidal from Gao early on Tuesday.")
    assert [((e.get("location") or {}).get("name"), (e.get("origin") or {}).get("name")) for e in found][:1] == [("Kidal", "Gao")]


@pytest.mark.parametrize("text", [
    "The wounded were rushed to hospital in Kidal.",
    "Officials rushed to condemn the attack in Kidal.",
])
def test_the_wounded_and_officials_rushing_are_no_deployment(nlp, text):
    assert deployments(nlp, text) == [], [e["summary"] for e in deployments(nlp, text)]


# "Ukraine had moved reserves to the area" (d114), "The enemy is transferring reserves from the Kursk
# region to Kotlino" (d128): reserves moved are a force, but only after a verb of the lexicon or a
# word that makes them one ("its", "fresh", "operational"), never after a commodity ("gold reserves")
@pytest.mark.parametrize("text,place", [
    ("Ukraine had moved reserves to Kidal, he said.", "Kidal"),
    ("The enemy is transferring reserves from Gao to Kidal to plug the gap.", "Kidal"),
    ("The army sent its last reserves to Kidal on Monday.", "Kidal"),
])
def test_reserves_moved_are_a_force(nlp, text, place):
    found = deployments(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "Venezuela moved its gold reserves to London.",
    "The central bank transferred foreign currency reserves to Kidal.",
    "Oil reserves fell by 3 million barrels.",
])
def test_gold_and_currency_reserves_are_no_force(nlp, text):
    assert deployments(nlp, text) == [], [e["summary"] for e in deployments(nlp, text)]
