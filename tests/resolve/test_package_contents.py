"""The contents of a package listed after the sum and a comma are supplied too: "Germany pledged a
new military aid package worth 1.2 billion euros ($1.39bn), including two IRIS-T air defence
systems, 40,000 artillery shells and 300 reconnaissance drones" (d246, an Al Jazeera list of key
events written blind).  The list ran on only when its opener stood within four words of the verb;
and a sum converted in brackets is the same money, not a second supply."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def supplied(nlp, text):
    return [((e.get("quantity") or {}).get("value"), (e.get("quantity") or {}).get("item") or (e.get("quantity") or {}).get("unit"))
            for e in events_of(nlp, text, "supply") if e.get("modality", "asserted") == "asserted"]


def test_a_country_right_after_the_verb_receives(nlp):
    text = "Britain sent Ukraine military aid worth £1.5bn last year."
    assert [((e.get("recipient") or {}).get("name"), (e.get("quantity") or {}).get("value"))
            for e in events_of(nlp, text, "supply")] == [("Ukraine", 1500000000)]


@pytest.mark.parametrize("text,expected", [
    ("Germany pledged a new military aid package worth 1.2 billion euros ($1.39bn), including two IRIS-T air "
     "defence systems, 40,000 artillery shells and 300 reconnaissance drones, the minister said.",
     [(1200000000, "euro"), (2, "air defence system"), (40000, "artillery shell"), (300, "reconnaissance drone")]),
    ("Norway announced a package of military aid for Ukraine worth $300 million, which includes 12 "
     "howitzers and 4,000 rounds of ammunition.",
     [(300000000, "dollar"), (12, "howitzer"), (4000, "round")]),
])
def test_the_goods_listed_after_a_package_are_supplied(nlp, text, expected):
    got = supplied(nlp, text)
    assert [v for v, _ in got] == [v for v, _ in expected], got


def test_a_sum_converted_in_brackets_is_the_same_money(nlp):
    text = "Britain sent Ukraine military aid worth £1.5bn ($2bn) last year, the minister said."
    assert [v for v, _ in supplied(nlp, text)] == [1500000000]


def test_an_eu_assistance_measure_is_a_supply(nlp):
    # the Council of the EU's European Peace Facility releases (d258, written blind)
    text = ("Since 2021, the Council has adopted assistance measures worth €262 million for Moldova and "
            "€40 million for Armenia.")
    assert [((e.get("recipient") or {}).get("name"), (e.get("quantity") or {}).get("value"))
            for e in events_of(nlp, text, "supply")] == [("Moldova", 262000000), ("Armenia", 40000000)]
