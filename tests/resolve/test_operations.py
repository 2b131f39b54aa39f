"""A military or police operation that kills or is waged against someone is a strike (RECORDS.md:
attack).  Five fixtures written without this rule code it: "a police operation against the Comando
Vermelho drug gang" (d119), "carried out securing operations ... around Kantchari" (d141),
"conducted 'clearing operations' in Khenj and Paryan districts ..., killing four" (d180), "In
another operation in Lakki Marwat District ..., troops killed three khwarij" (d36) and "carried out
'retaliatory operations'" (d46).  The bare noun counts only with a word of killing or "against"
within twenty tokens, and never after peacekeeping, rescue, humanitarian or business words."""

from __future__ import annotations

from functools import partial

import pytest

from tests.helpers import events_of

attacks = partial(events_of, etype="attack")


@pytest.mark.parametrize("text,place", [
    ("More than 100 people were killed in a police operation against a drug gang in Kidal on Tuesday.", "Kidal"),
    ("The army said it had conducted clearing operations in Kidal district last week, killing four armed men.", "Kidal"),
    ("In another operation in Kidal on the night of 14/15 March, troops killed three militants.", "Kidal"),
])
def test_operations_that_kill_are_strikes(nlp, text, place):
    found = attacks(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "Two peacekeepers were killed in Kidal, where the UN peacekeeping operation has 12,000 troops.",
    "Rescue operations continued in Kidal after the quake killed 300 people.",
    "The airline resumed operations in Kidal on Monday.",
    "The operation to repair the bridge in Kidal will take three weeks.",
])
def test_other_operations_are_no_strike(nlp, text):
    assert [e for e in attacks(nlp, text) if "operation" in e["trigger"].lower()] == []


# "The USS Gerald R. Ford carrier strike group ... arrived in the Caribbean" (d69; d179 and d79 name
# strike groups too): a formation of ships, no strike
@pytest.mark.parametrize("text", [
    "The carrier strike group arrived in the Caribbean on Sunday.",
    "Two carrier strike groups are now in the Red Sea, the Navy said.",
])
def test_a_strike_group_is_no_strike(nlp, text):
    assert attacks(nlp, text) == [], [e["summary"] for e in attacks(nlp, text)]
