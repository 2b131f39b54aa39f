"""MIL_UNIT: national forces, branches, formations with ordinals and echelons, named groups."""

from __future__ import annotations

import pytest

from tests.helpers import one, tags


@pytest.mark.parametrize("text,span,country,kind,echelon", [
    ("North Korean troops arrived.", "North Korean troops", "PRK", "national_force", None),
    ("Russian forces advanced.", "Russian forces", "RUS", "national_force", None),
    ("Ukrainian soldiers held the line.", "Ukrainian soldiers", "UKR", "national_force", None),
    ("Israeli troops entered the town.", "Israeli troops", "ISR", "national_force", None),
    ("The 155th Separate Naval Infantry Brigade held.", "155th Separate Naval Infantry Brigade", None, "formation", "brigade"),
    ("The 3rd Army Corps attacked.", "3rd Army Corps", None, "formation", "corps"),
    ("The 47th Mechanized Brigade withdrew.", "47th Mechanized Brigade", None, "formation", "brigade"),
    ("The 58th Combined Arms Army regrouped.", "58th Combined Arms Army", None, "formation", "army"),
    ("Fighters of the Wagner Group seized the town.", "Wagner Group", "RUS", "group", None),
    ("The Israel Defense Forces said so.", "Israel Defense Forces", "ISR", "national_force", None),
    ("Russia's Black Sea Fleet withdrew.", "Black Sea Fleet", None, "formation", "fleet"),
    ("Israel's military said it had struck.", "Israel's military", "ISR", "national_force", None),
])
def test_units(nlp, text, span, country, kind, echelon):
    got, norm = one(nlp, text, "MIL_UNIT")
    assert got == span
    if country is not None:
        assert norm["country"] == country
    assert norm["kind"] == kind
    assert norm["echelon"] == echelon


def test_branch_takes_the_possessive_country(nlp):
    got, norm = one(nlp, "Instructors came from Russia's airborne forces.", "MIL_UNIT")
    assert got == "airborne forces" and norm["country"] == "RUS" and norm["kind"] == "branch"


def test_named_formation_with_echelon(nlp):
    got, norm = one(nlp, "The Azov Brigade defended the plant.", "MIL_UNIT")
    assert "Azov" in got and norm["echelon"] == "brigade"


@pytest.mark.parametrize("text", [
    "Russian military aircraft flew over the sea.",
    "The Peace Corps sent volunteers.",
    "He lives in Russia.",
    "The wagner family gathered.",
])
def test_not_units(nlp, text):
    assert tags(nlp, text, label="MIL_UNIT") == []


# "army", "military", "navy" describe the next noun ("army trucks") unless that word is the
# subject's verb; headlines and wire leads use verbs no speech or actor list holds ("repelled",
# "retook", "demolished").  Sentences our own.
@pytest.mark.parametrize("text,span", [
    ("Ukrainian army repelled an attack near Kupiansk.", "Ukrainian army"),
    ("Sudanese army retook the bridge on Tuesday.", "Sudanese army"),
    ("The Israeli army demolished two homes in Jenin.", "Israeli army"),
    ("Russian military withdrew from the airfield.", "Russian military"),
    ("The Malian army recaptures Kidal.", "Malian army"),
])
def test_a_force_noun_before_a_verb_is_the_subject(nlp, text, span):
    got, _ = one(nlp, text, "MIL_UNIT")
    assert got == span


@pytest.mark.parametrize("text", [
    "Russian military aircraft flew over the sea.",
    "The Israeli army bulldozers razed the road.",
    "Russian military bloggers reported the loss.",
])
def test_a_force_noun_before_a_noun_describes_it(nlp, text):
    found = tags(nlp, text, label="MIL_UNIT")
    assert not any(t.endswith(("army", "military")) for _, t, _ in found), found


# a two-word echelon after an ordinal ("3rd Military District", "Third Military Region",
# "9th Military Zone", "1st Task Force"): Yemeni, Mexican, Russian and US territorial commands
@pytest.mark.parametrize("text,span", [
    ("The commander of the 3rd Military District said so.", "3rd Military District"),
    ("A drone hit a camp of the Yemeni army's Third Military Region in Sirwah.", "Third Military Region"),
    ("General Garza, commander of the 9th Military Zone, spoke on Monday.", "9th Military Zone"),
    ("The 1st Task Force moved north.", "1st Task Force"),
])
def test_an_ordinal_before_a_two_word_echelon(nlp, text, span):
    assert span in [t for _, t, _ in tags(nlp, text, label="MIL_UNIT")]
    assert not any(span.endswith(t) or t in span for _, t, _ in tags(nlp, text, label="LOCATION"))


def test_a_named_military_district(nlp):
    text = "The commander of the Southern Military District said so."
    assert "Southern Military District" in [t for _, t, _ in tags(nlp, text, label="MIL_UNIT")]
