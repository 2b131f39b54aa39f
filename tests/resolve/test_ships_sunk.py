"""Ships sunk were struck: an attack (RECORDS.md).  Two fixtures written without this rule code it:
"In early July they sank two bulk carriers ... in the Red Sea" (d213, a shipping report) and "4
ships sunk since November 2023" (d151, a newsletter's bullets).  "sink" is a strike only with a
vessel as its object ("sank two bulk carriers") or as the subject of its participle ("ships
sunk", "was sunk"): a ship that sank in a storm, shares and hopes that sank are not."""

from __future__ import annotations

from functools import partial

import pytest

from tests.helpers import events_of

attacks = partial(events_of, etype="attack")


@pytest.mark.parametrize("text,place,count", [
    ("Houthi forces sank two bulk carriers in the Red Sea in early July.", "Red Sea", 2),
    ("Four ships have been sunk in the Red Sea since November 2023.", "Red Sea", 4),
    ("Ukrainian naval drones sank a Russian patrol ship near Sevastopol on Tuesday.", "Sevastopol", None),
])
def test_vessels_sunk_were_struck(nlp, text, place, count):
    found = attacks(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]
    assert (found[0].get("quantity") or {}).get("value") == count


@pytest.mark.parametrize("text", [
    "The ferry sank in a storm off Sevastopol on Tuesday.",
    "Shares in the shipping firm sank 5% in London on Monday.",
    "Hopes of a ceasefire in Sevastopol sank after the talks.",
])
def test_other_sinking_is_no_strike(nlp, text):
    assert attacks(nlp, text) == [], [e["summary"] for e in attacks(nlp, text)]
