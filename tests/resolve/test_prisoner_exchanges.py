"""People brought home in a prisoner exchange are no force moving, and bodies handed back are no
arms: "Ukraine has returned home 246 defenders in another prisoner exchange with Russia", "Ukraine
brings home 246 defenders from Russian captivity", "the bodies of 24 Russian servicemen were handed
over to Russia" (d253, a Ukrinform-style report written blind).  The rules read withdrawals,
deployments and a supply.  Captures told beside the exchange stay casualties, and an exchange of
fire is fighting."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def asserted(nlp, text, etype=None):
    return [e for e in events_of(nlp, text, etype) if e.get("modality", "asserted") == "asserted"]


@pytest.mark.parametrize("text", [
    "Ukraine has returned home 246 defenders in another prisoner exchange with Russia, officials said on Friday.",
    "Ukraine brings home 246 defenders from Russian captivity",
    "On August 24 Ukraine brought home 146 servicemen and eight civilians in an exchange brokered by the UAE.",
    "Russia said 84 of its soldiers had been returned from Ukraine in a swap mediated by Qatar.",
    "Ukraine received the bodies of 1,000 fallen soldiers, while the bodies of 24 Russian servicemen were handed over to Russia.",
    "The 50 Armenian prisoners were repatriated to Yerevan on Monday.",
])
def test_an_exchange_or_a_repatriation_moves_no_force(nlp, text):
    moved = [e["type"] for e in asserted(nlp, text) if e["type"] in ("deployment", "withdrawal", "supply")]
    assert moved == []


def test_a_capture_told_beside_an_exchange_stays_a_casualty(nlp):
    text = "Five Russian soldiers were captured near Sudzha hours before the prisoner exchange."
    assert [e["outcome"] for e in asserted(nlp, text, "casualties")] == ["captured"]


@pytest.mark.parametrize("text,etype", [
    ("Troops moved to Sudzha on Monday after an exchange of fire with Russian units.", "deployment"),
    ("Russian forces withdrew from Sudzha after they exchanged fire with Ukrainian troops.", "withdrawal"),
])
def test_an_exchange_of_fire_is_no_prisoner_exchange(nlp, text, etype):
    assert [e["type"] for e in asserted(nlp, text, etype)] == [etype]
