"""Arms deals signed by the buyer.  Fixtures written blind code "Kuwait signed a $367 million deal
for 18 TB2s in 2023" (d209, a drone exports analysis) and "Taiwan signed an $8 billion deal for 66
of the jets in 2019" (d93, Asian procurement news) as supplies to the signer, one for the count and
one for the sum; the rules knew no "deal", and read "signed a contract for" as the signer giving.
A deal or a contract that a state signs for goods makes it the receiver; the giver follows "with" or
"from".  A ceasefire or prisoner deal supplies nothing."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def supplies(nlp, text):
    return sorted(((e.get("quantity") or {}).get("value"), (e.get("actor") or {}).get("country"),
                   (e.get("recipient") or {}).get("country")) for e in events_of(nlp, text, "supply"))


@pytest.mark.parametrize("text,expected", [
    ("Kuwait signed a $367 million deal for 18 TB2s in 2023.", [(18, None, "KWT"), (367_000_000, None, "KWT")]),
    ("Taiwan signed an $8 billion deal for 66 of the jets in 2019.", [(66, None, "TWN"), (8_000_000_000, None, "TWN")]),
    ("Romania signed a contract for 54 Abrams tanks.", [(54, None, "ROU")]),
    ("Poland signed a deal with South Korea for 180 K2 tanks.", [(180, "KOR", "POL")]),
    # the signer gives when the deal says so
    ("Germany signed a contract to deliver 32 Leopard tanks to Ukraine.", [(32, "DEU", "UKR")]),
])
def test_a_state_signing_for_arms_receives_them(nlp, text, expected):
    assert supplies(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Israel and Hamas signed a ceasefire deal in Doha on Friday.",
    "The two sides reached a deal for a prisoner exchange.",
    "Ukraine and the United States signed a minerals deal in April.",
    "Two rounds of peace talks in Tanzania ended without a deal.",
    "The budget carrier VietJet signed a preliminary deal for 100 A321neos.",
])
def test_other_deals_supply_nothing(nlp, text):
    assert supplies(nlp, text) == []
