"""RANK: ladders, abbreviations, holders, grades, and civilian titles that are not ranks."""

from __future__ import annotations

import pytest

from tests.helpers import one, tags


@pytest.mark.parametrize("text,span,rank,person,grade", [
    ("Colonel General Kim Young Bok oversees it.", "Colonel General Kim Young Bok", "Colonel General", "Kim Young Bok", "OF-8"),
    ("Major General Shin Geum Cheol heads it.", "Major General Shin Geum Cheol", "Major General", "Shin Geum Cheol", "OF-7"),
    ("Lt. Gen. Oleksandr Syrskyi said so.", "Lt. Gen. Oleksandr Syrskyi", "Lieutenant General", "Oleksandr Syrskyi", "OF-8"),
    ("Brig. Gen. Patrick Ryder briefed reporters.", "Brig. Gen. Patrick Ryder", "Brigadier General", "Patrick Ryder", "OF-6"),
    ("Gen. Valery Gerasimov visited the front.", "Gen. Valery Gerasimov", "General", "Valery Gerasimov", "OF-9"),
    ("Col. Jane Smith commands the brigade.", "Col. Jane Smith", "Colonel", "Jane Smith", "OF-5"),
    ("Sgt. John Doe was wounded.", "Sgt. John Doe", "Sergeant", "John Doe", None),
    ("Rear Admiral John Kirby spoke.", "Rear Admiral John Kirby", "Rear Admiral", "John Kirby", "OF-7"),
])
def test_ranks_with_holders(nlp, text, span, rank, person, grade):
    got, norm = one(nlp, text, "RANK")
    assert got == span and norm["rank"] == rank and norm["person"] == person
    if grade is not None:
        assert norm["grade"] == grade


def test_rank_without_name(nlp):
    found = tags(nlp, "A Russian colonel was captured near the village.", label="RANK")
    assert [(t[1], t[2]["rank"], t[2]["person"]) for t in found] == [("colonel", "Colonel", None)]


def test_plural_ranks(nlp):
    found = tags(nlp, "Among them were three generals.", label="RANK")
    assert [t[2]["rank"] for t in found] == ["General"]


@pytest.mark.parametrize("text", [
    "President Volodymyr Zelenskyy spoke.",
    "Secretary of State Antony Blinken spoke.",
    "Attorney General Merrick Garland spoke.",
    "The General Staff said so.",
    "Major cities were hit.",
    "In general, the front held.",
    "Private companies supply drones.",
    "The general public was warned.",
])
def test_not_ranks(nlp, text):
    assert tags(nlp, text, label="RANK") == []
