"""A force that takes a place captures it: an attack (RECORDS.md: attack covers "captured",
"seized").  Two fixtures written without this rule code it: "the RSF had also taken Dinder and
Al-Suki" (d161, a Wikipedia-style battle summary) and "his men had taken two army positions in the
east of the city" (d61, a long-form report).  "take" is a capture only with a place or a count of
positions as its object: part, place, office, hours and people taken to hospital are not."""

from __future__ import annotations

from functools import partial

import pytest

from tests.helpers import events_of

attacks = partial(events_of, etype="attack")


@pytest.mark.parametrize("text,place", [
    ("By mid-July, the RSF had also taken Kidal and Tessalit.", "Kidal"),
    ("Al-Shabaab fighters took Kidal on Monday.", "Kidal"),
    ("The commander said his men had taken two army positions in the east of Kidal.", "Kidal"),
])
def test_a_force_taking_a_place_captures_it(nlp, text, place):
    found = attacks(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "Kenyan troops took part in the exercise near Kidal.",
    "The ceremony took place in Kidal on Monday.",
    "The wounded soldiers were taken to Kidal hospital.",
    "The new governor took office in Kidal in June.",
    "The convoy took three days to reach Kidal.",
    "The army took 200 prisoners near Kidal.",
])
def test_taking_part_place_or_people_is_no_capture(nlp, text):
    assert attacks(nlp, text) == [], [e["summary"] for e in attacks(nlp, text)]
