"""LOCATION and ACTOR: gazetteer places with coordinates, states acting, adjectives that are not places."""

from __future__ import annotations

import pytest

from tests.helpers import tags


def test_city_with_country_and_coordinates(nlp):
    found = tags(nlp, "Troops were moved to Kursk.", label="LOCATION")
    assert len(found) == 1
    norm = found[0][2]
    assert norm["name"] == "Kursk" and norm["country"] == "RUS"
    assert abs(norm["lat"] - 51.73) < 0.1 and abs(norm["lon"] - 36.19) < 0.1


def test_region_word_is_part_of_the_place(nlp):
    found = tags(nlp, "They entered the Kursk region.", label="LOCATION")
    assert found[0][1] == "Kursk region" and found[0][2]["name"] == "Kursk"


@pytest.mark.parametrize("text,name,country", [
    ("Pyongyang has provided shells.", "North Korea", "PRK"),
    ("Moscow denied the report.", "Russia", "RUS"),
    ("The Kremlin said nothing.", "Russia", "RUS"),
    ("North Korea has sent troops.", "North Korea", "PRK"),
])
def test_actors(nlp, text, name, country):
    found = tags(nlp, text, label="ACTOR")
    assert len(found) == 1 and found[0][2]["country"] == country and found[0][2]["name"] == name


def test_place_after_a_preposition_is_a_location(nlp):
    assert tags(nlp, "The delegation flew to Moscow.", label="ACTOR") == []
    assert tags(nlp, "The delegation flew to Moscow.", label="LOCATION")[0][2]["country"] == "RUS"


def test_territory_of_a_demonym(nlp):
    found = tags(nlp, "Troops are stationed within Russian territory.", label="LOCATION")
    assert found[0][2]["name"] == "Russia"


@pytest.mark.parametrize("text", [
    "U.S. officials confirmed it.",
    "Defense Secretary Lloyd Austin confirmed it.",
])
def test_not_places(nlp, text):
    assert tags(nlp, text, label="LOCATION") == []


@pytest.mark.parametrize("text,span", [
    ("The Iraqi government said the strikes would continue.", "Iraqi government"),
    ("Talks with the government of Iraq resumed on Monday.", "government of Iraq"),
    ("Syria's government denied the report.", "Syria's government"),
    ("The Afghan authorities closed the border.", "Afghan authorities"),
])
def test_a_government_is_the_state_acting(nlp, text, span):
    from tests.helpers import tags

    actors = [(t, n["country"]) for _, t, n in tags(nlp, text, label="ACTOR")]
    assert [a for a, _ in actors] == [span] and actors[0][1] is not None


@pytest.mark.parametrize("text,span", [
    ("The United States strongly condemns the attack.", "United States"),
    ("Turkey remains committed to the coalition.", "Turkey"),
    ("A U.S. strike on Jan. 1 hit two vehicles.", "U.S."),
])
def test_states_acting_through_adverbs_and_their_strikes(nlp, text, span):
    from tests.helpers import tags

    assert [t for _, t, _ in tags(nlp, text, label="ACTOR")] == [span]


def test_a_state_as_an_ordinary_adjective_is_not_tagged(nlp):
    from tests.helpers import tags

    assert tags(nlp, "U.S. officials met in Baghdad.", label="ACTOR") == []


def test_a_leaders_government_is_the_state_acting(nlp):
    from tests.helpers import tags

    found = [(t, n["country"]) for _, t, n in tags(nlp, "The Asad regime used barrel bombs.", label="ACTOR")]
    assert found == [("Asad regime", "SYR")]


def test_a_users_places_are_tagged_and_the_shipped_index_stays_as_it_was(nlp, tmp_path):
    """Extra places sit beside the compact shipped index (``place_store``): a one-word and a
    two-word name are found with their coordinates, a shipped name the user redefines takes the
    user's entry, and a pipeline without the extras still knows none of it."""
    import json

    import conflict_ie

    extra = tmp_path / "places.json"
    extra.write_text(json.dumps({"places": {"places": {
        "Zorvanka": {"name": "Zorvanka", "country": "UKR", "lat": 48.1, "lon": 37.2, "kind": "city"},
        "Nova Zorvanka": {"name": "Nova Zorvanka", "country": "UKR", "lat": 48.2, "lon": 37.3},
        "Kursk": {"name": "Kursk", "country": "RUS", "lat": 51.0, "lon": 36.0, "kind": "city"},
    }}}), encoding="utf-8")
    with_extra = conflict_ie.load("blank", extra_lexicon=str(extra))
    text = "Troops were moved from Zorvanka to Nova Zorvanka and then to Kursk."
    found = {t[1]: t[2] for t in tags(with_extra, text, label="LOCATION")}
    assert found["Zorvanka"]["lat"] == 48.1 and found["Nova Zorvanka"]["lon"] == 37.3
    assert found["Kursk"]["lat"] == 51.0
    plain = {t[1]: t[2] for t in tags(nlp, text, label="LOCATION")}
    # without the extras the name is at most a place of its context ("moved ... to Nova Zorvanka"), with no coordinates
    assert plain.get("Nova Zorvanka", {}).get("lat") is None and abs(plain["Kursk"]["lat"] - 51.73) < 0.1


@pytest.mark.parametrize("text,tagged", [
    ("U.S. and coalition forces struck targets near Mosul.", []),
    ("US and allied warplanes hit the port.", []),
    ("Recruits were trained in the UK since June 2022.", ["UK"]),
    ("The UK and France sent jets.", ["UK", "France"]),
    ("It is listed as a terrorist organization by Turkey, the U.S. and the EU.", ["U.S."]),
])
def test_a_country_form_before_a_list_of_modifiers_is_an_adjective(nlp, text, tagged):
    found = [t for _, t, _ in tags(nlp, text, label="LOCATION") + tags(nlp, text, label="ACTOR")]
    assert [t for t in found if t in ("U.S.", "US", "UK", "France")] == tagged
