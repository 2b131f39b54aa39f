"""Forces and their ground equipment spotted somewhere are there (RECORDS.md: presence is
deployment).  Three fixtures written without these rules code it: tanks and launchers "spotted
near the Vorukh enclave" (d118, a border clash report), "two companies with armour were spotted
moving along the highway" (d128, a milblogger's post) and "air defence units have also been
spotted near Grodno" (d186, a hedged exclusive).  Detection verbs used to count only aircraft and
ships.  Sightings of munitions, drones and people who are no force stay no deployment.  Names are
made up."""

from __future__ import annotations

from functools import partial

import pytest

from tests.helpers import events_of

deployments = partial(events_of, etype="deployment")


@pytest.mark.parametrize("text,place", [
    ("Kelvorian air defence units have also been spotted near Dravo, the official said.", "Dravo"),
    ("Residents spotted 20 Kelvorian soldiers near Dravo on Monday.", "Dravo"),
    ("According to the ministry, 12 tanks have been spotted near Dravo.", "Dravo"),
    ("Residents have spotted Belarusian troops near Dravo.", "Dravo"),
    ("Witnesses sighted about 30 armoured vehicles near Dravo overnight.", "Dravo"),
])
def test_forces_and_ground_equipment_spotted_are_there(nlp, text, place):
    found = deployments(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "Air defences detected 40 drones over Dravo overnight.",
    "Belarusian air defences detected 40 drones over Dravo overnight.",  # the force is the one who looks
    "Radar tracked 12 missiles heading for Dravo.",
    "Police spotted three suspects near Dravo on Monday.",
    "Residents spotted smoke near Dravo.",
])
def test_munitions_drones_and_suspects_spotted_are_no_deployment(nlp, text):
    assert deployments(nlp, text) == [], [e["summary"] for e in deployments(nlp, text)]


def test_echelons_spotted_on_the_move_are_counted(nlp):
    found = deployments(nlp, "Yesterday evening, up to two companies with armour were spotted moving along the highway.")
    assert [((e.get("quantity") or {}).get("item"), (e.get("quantity") or {}).get("value")) for e in found] == [("company", 2)]


def test_aircraft_tracked_stay_a_deployment(nlp):
    found = deployments(nlp, "The ministry tracked 27 Kelvorian military aircraft around Dravo Island.")
    assert [(e.get("quantity") or {}).get("value") for e in found] == [27]
