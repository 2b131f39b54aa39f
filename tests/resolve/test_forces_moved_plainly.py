"""Plain movements the rules missed, found among the events no rule produced at all: "the Army's
Spear Corps had also deployed troops along the foothills of Bishnupur district" (d90: an adverb
between the auxiliary and the verb made "deployed troops" a participle describing the troops);
"Russian fighters of the Africa Corps, which replaced the Wagner group in June, were flown by
helicopter to Diéma" (d73: the relative aside cut the force off its verb); "Fighters of the M23
rebel group patrol a street in Bukavu" (d241: a street is a place patrolled)."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text,place", [
    ("Lt. Col. Amit Shukla said the Army's Spear Corps had also deployed troops along the foothills of Bishnupur district.",
     "Bishnupur"),
    ("The army has now sent troops to Gao, a spokesman said.", "Gao"),
    ("A security source told AFP that Russian fighters of the Africa Corps, which replaced the Wagner group in June, "
     "were flown by helicopter to Diéma on Monday.", "Diéma"),
    ("Fighters of the M23 rebel group patrol a street in Bukavu, South Kivu province, on Tuesday.", "Bukavu"),
])
def test_the_force_moves(nlp, text, place):
    assert [(e.get("location") or {}).get("name") for e in events_of(nlp, text, "deployment")] == [place]


@pytest.mark.parametrize("text", [
    "Mobilised reservists held a rally in Gao.",
    "The army held a meeting with elders in Gao on Monday.",
])
def test_no_force_moves(nlp, text):
    assert events_of(nlp, text, "deployment") == []
