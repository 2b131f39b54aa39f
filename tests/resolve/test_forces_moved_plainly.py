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


@pytest.mark.parametrize("text,place", [
    # d24: the unit before the comma keeps the verb after "began"; the comma after a place's state
    # ("Fort Carson, Colorado,") ends no clause, so the destination after it is the clause's
    ("This week, the 3rd Armored Brigade Combat Team, 4th Infantry Division, began deploying from Fort Carson, "
     "Colorado, to Poland.", "Poland"),
    # d151: warships kept somewhere are there
    ("The U.S. Navy still has two destroyers in the southern Red Sea, a spokesman said.", "Red Sea"),
    # d241: tanks that roll along a road
    ("Israeli tanks roll along a road on the eastern outskirts of Khan Younis on Thursday.", "Khan Younis"),
])
def test_more_forces_move(nlp, text, place):
    assert [(e.get("location") or {}).get("name") for e in events_of(nlp, text, "deployment")] == [place]


def test_a_company_with_employees_is_no_force(nlp):
    assert events_of(nlp, "The company has 2,000 employees in Kenya.", "deployment") == []
