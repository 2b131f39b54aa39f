"""Aircraft and ships present somewhere are a deployment (RECORDS.md: presence is deployment), in
the styles of air-policing and airspace reports that four blind batches share: Japanese, Baltic and
Greek scrambles (d60, d74, d144, d173), counted airspace violations (d74, d97, d173), overflights of
islands (d173) and jets arriving at an allied base (d185).  Names are made up where they can be."""

from __future__ import annotations

import pytest

from tests.helpers import run


def found(nlp, text, published="2025-06-10"):
    doc = run(nlp, text, published)
    return [e for e in doc._.events if e.get("modality", "asserted") == "asserted"]


def types(nlp, text):
    return [e["type"] for e in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "Greek fighter jets were scrambled to identify and intercept the Turkish aircraft.",
    "Kelvorian F-35s of the air policing mission were scrambled to intercept them.",
    "Fighter jets were scrambled from Kelvo air base on Tuesday.",
])
def test_aircraft_scrambled_without_a_count(nlp, text):
    assert "deployment" in types(nlp, text), [e["summary"] for e in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "Officials scrambled to contain the fallout on Monday.",
    "Investors scrambled for safe assets as markets fell.",
])
def test_people_scrambling_is_no_deployment(nlp, text):
    assert types(nlp, text) == [], [e["summary"] for e in found(nlp, text)]


@pytest.mark.parametrize("text,place", [
    ("Turkish aircraft violated Greek airspace 27 times on Tuesday.", "Greece"),
    ("Russian drones violated Polish airspace in September.", "Poland"),
    ("Three MiG-31 jets violated Estonian airspace for 12 minutes on Friday.", "Estonia"),
    ("Polish airspace was repeatedly violated by drones overnight, the army said.", "Poland"),
])
def test_an_airspace_violation_is_presence_there(nlp, text, place):
    deployments = [e for e in found(nlp, text) if e["type"] == "deployment"]
    assert deployments and (deployments[0]["location"] or {}).get("name") == place, [e["summary"] for e in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "Both sides violated the ceasefire on Tuesday.",
    "Kelvoria said the strike violated international law.",
])
def test_other_violations_are_no_deployment(nlp, text):
    assert "deployment" not in types(nlp, text), [e["summary"] for e in found(nlp, text)]


@pytest.mark.parametrize("text,place", [
    ("A pair of armed F-16s overflew Lesvos at an altitude of 22,000 feet.", "Lesvos"),
    ("Two more F-16s flew over Samos shortly after noon.", "Samos"),
])
def test_an_overflight_is_presence_over_the_place(nlp, text, place):
    deployments = [e for e in found(nlp, text) if e["type"] == "deployment"]
    assert deployments and (deployments[0]["location"] or {}).get("name") == place, [e["summary"] for e in found(nlp, text)]


def test_jets_arriving_at_a_base_in_another_country_are_deployed_not_supplied(nlp):
    text = "This week, four Kelvorian F-35 jets arrived at Siauliai Air Base in Lithuania for air policing."
    assert types(nlp, text) == ["deployment"], [e["summary"] for e in found(nlp, text)]


# Ships and rotations "depart" for a deployment (d132, d160, d179): the place after the verb is
# where they leave from, the one after "for" where they go
@pytest.mark.parametrize("text,place,origin", [
    ("USS Kelvo (DDG-110) departed Norfolk, Va., on Tuesday for a scheduled deployment.", None, "Norfolk"),
    ("A rotation of 40 Kelvorian personnel departed Christchurch on Tuesday for the United Kingdom.",
     "United Kingdom", "Christchurch"),
    ("The frigate departed Darwin on Tuesday with about 190 crew.", None, "Darwin"),
])
def test_a_force_departing_deploys(nlp, text, place, origin):
    deployments = [e for e in found(nlp, text) if e["type"] == "deployment"]
    assert deployments, [e["summary"] for e in found(nlp, text)]
    assert (deployments[0]["location"] or {}).get("name") == place, deployments[0]
    assert (deployments[0]["origin"] or {}).get("name") == origin, deployments[0]


def test_a_delegation_departing_is_no_deployment(nlp):
    assert types(nlp, "The delegation departed Geneva on Friday after the talks.") == []

