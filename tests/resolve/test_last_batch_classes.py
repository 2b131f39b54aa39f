"""Classes seen in the last blind batch of the fourteenth session (d264-d266, scored on arrival
before these rules): "minibuses ... caught fire" is no strike (d264); "were preparing to launch
drones" trains nobody (d266); "a base of Iraq's Popular Mobilization Forces near ... al-Qaim" is at
al-Qaim, not in Iraq the owner of the force (d266)."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,etype", [
    ("Witnesses said at least four minibuses and several rickshaws caught fire after the blast.", "attack"),
    ("A US strike killed four members who Washington said were preparing to launch drones.", "training"),
])
def test_not_this_event(nlp, text, etype):
    assert events_of(nlp, text, etype) == []


def test_a_possessor_of_a_force_is_no_place(nlp):
    text = "A drone struck a base of Iraq's Popular Mobilization Forces near the border town of al-Qaim late Monday."
    assert [(e.get("location") or {}).get("name") for e in events_of(nlp, text, "attack")] == ["al-Qaim"]


@pytest.mark.parametrize("text", [
    # d173: violations of airspace "committed by" aircraft supply nothing
    "The violations were committed by eight F-16 fighter jets and three drones.",
    # d194: arms a state keeps at its bases are not handed to anyone
    "The United States keeps about 100 B61 gravity bombs at six air bases in five European countries.",
])
def test_nothing_is_supplied(nlp, text):
    assert events_of(nlp, text, "supply") == []


def test_a_sum_committed_is_still_supplied(nlp):
    assert len(events_of(nlp, "Britain has committed £3 billion to Ukraine this year.", "supply")) == 1
