"""Munitions that fall somewhere struck it: an attack (RECORDS.md).  Three fixtures written without
this rule code it: "at least five glide bombs fell on the Shevchenkivskyi district" (d217), "only
four projectiles fell on Sunday in an uninhabited area" (d181) and "one fell in an open area near
Shlomi" (d27, optional).  "fall" is a trigger only with counted munitions as its subject: towns,
prices and soldiers that fall are not strikes.  Names are made up where the gazetteer allows."""

from __future__ import annotations

import pytest

from tests.helpers import run


def events(nlp, text, published="2025-06-10"):
    doc = run(nlp, text, published)
    return [e for e in doc._.events if e.get("modality", "asserted") == "asserted"]


@pytest.mark.parametrize("text,place,count", [
    ("At least five glide bombs fell on the Kyivskyi district of Kharkiv on Sunday.", "Kyivskyi", 5),
    ("Two rockets fell near Kidal overnight, the army said.", "Kidal", 2),
    ("Three mortar shells have fallen in Kidal since Monday.", "Kidal", 3),
])
def test_counted_munitions_falling_on_a_place_are_a_strike(nlp, text, place, count):
    found = [e for e in events(nlp, text) if e["type"] == "attack"]
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]
    assert (found[0].get("quantity") or {}).get("value") == count


@pytest.mark.parametrize("text", [
    "Kidal fell to the rebels in 2012.",
    "Prices fell in Kidal for the third month.",
    "Two soldiers fell ill in Kidal.",
    "Russian troops fell back to Kidal on Monday.",
    "Temperatures fell to minus 20 in Kidal.",
])
def test_other_things_falling_are_no_strike(nlp, text):
    assert [e for e in events(nlp, text) if e["type"] == "attack" and e["trigger"].startswith("fel")] == []
