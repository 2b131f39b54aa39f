"""Words of arms production are no strikes: "U.S. production of 155mm artillery shells rose to
40,000 rounds a month" read "shells" as a verb, and "The Army had originally hoped to hit that
figure by October" as a strike (d263, a The War Zone article written blind).  And the Somali and
Pakistani governments' word for the groups they fight, "Khawarij" (d261, SONNA written blind), is
an armed group whose counted members are casualties."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text", [
    "U.S. production of 155mm artillery shells rose to 40,000 rounds a month in September.",
    "The Army had originally hoped to hit that figure by October of this year.",
    "Output hits a record as the plant adds a third shift.",
])
def test_production_words_are_no_strike(nlp, text):
    assert [e["type"] for e in events_of(nlp, text) if e["type"] == "attack"] == []


@pytest.mark.parametrize("text", [
    "Russian forces shells Kharkiv every night, the governor said.",
    "A drone hit a fuel depot in Novorossiysk overnight.",
])
def test_strikes_stay(nlp, text):
    assert "attack" in [e["type"] for e in events_of(nlp, text)]


def test_counted_khawarij_are_a_toll(nlp):
    text = "The commander told SONNA that 47 Khawarij were killed during the fighting."
    assert [(e.get("quantity") or {}).get("value") for e in events_of(nlp, text, "casualties")] == [47]
