"""Drills that are launched are an exercise, not a strike: "The Chinese People's Liberation Army
(PLA) Eastern Theater Command on Wednesday launched a two-day joint exercise code-named 'Strait
Thunder-2025B' in the Taiwan Strait" and the headline "PLA launches ... drills around Taiwan
island" (d257, Global Times, written blind) were read as Chinese attacks on Taiwan.  A verb of
attack whose object is an exercise is the exercise's; what it fires stays a strike."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def types(nlp, text):
    return sorted(e["type"] for e in events_of(nlp, text) if e.get("modality", "asserted") == "asserted")


@pytest.mark.parametrize("text", [
    "The PLA Eastern Theater Command on Wednesday launched a two-day joint exercise code-named Strait Thunder in the Taiwan Strait.",
    "Russia launched large-scale naval drills in the Baltic Sea on Monday.",
    "PLA launches 'Strait Thunder' drills around Taiwan island",
    "NATO is launching its annual Steadfast Noon nuclear exercise over Belgium and the North Sea this week.",
])
def test_an_exercise_launched_is_no_attack(nlp, text):
    assert "attack" not in types(nlp, text)


@pytest.mark.parametrize("text", [
    "Russia launched 40 missiles at Kyiv overnight, hours after the end of its naval drills.",
    "North Korea launched two ballistic missiles into the sea during joint US-South Korean drills on Monday.",
])
def test_what_is_fired_during_drills_is_still_a_strike(nlp, text):
    assert "attack" in types(nlp, text)
