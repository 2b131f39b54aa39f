"""The day a source spoke dates the speech, not the event it tells: "Army spokesman ... told Reuters
on Monday that drones delivered through Chad had struck a displacement camp near El Fasher on Sept
14" (d252, a Reuters EXCLUSIVE written blind).  A speech verb right before the date was caught
("said on Monday"); one with its object between ("told Reuters on Monday") was not."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


@pytest.mark.parametrize("text", [
    "The army spokesman told Reuters on Monday that drones had struck a displacement camp near El Fasher on Sept 14.",
    "A spokesman told the BBC on Monday that drones had struck a displacement camp near El Fasher on Sept 14.",
])
def test_the_day_a_source_spoke_to_a_paper_does_not_date_the_strike(nlp, text):
    strikes = events_of(nlp, text, "attack", published="2025-09-23")
    assert [(e["time"] or {}).get("start") for e in strikes] == ["2025-09-14"]


def test_the_place_a_source_spoke_in_is_not_the_events(nlp):
    # d86 (an EFE wire): "told reporters in Cúcuta that troops clashed with the ELN near El Tarra on Sunday
    # and that two soldiers were wounded"
    text = ("Brigadier General Rafael Ortiz told reporters in Cúcuta that troops clashed with the ELN near El Tarra "
            "on Sunday and that two soldiers were wounded.")
    assert [(e.get("location") or {}).get("name") for e in events_of(nlp, text, "casualties")] == ["El Tarra"]
