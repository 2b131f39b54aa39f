"""A force named before ", which"/", who" acts in the relative clause: "The RSF, which captured El
Fasher last month, said this week that it had accepted a humanitarian truce" (d249, The
Economist's 'Politics this week', written blind).  The clause starts at the pronoun, so the rules
saw a capture with no one capturing and dropped it, or kept a strike with no attacker."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def acts(nlp, text, etype):
    return [((e.get("actor") or {}).get("name"), (e.get("location") or {}).get("name"))
            for e in events_of(nlp, text, etype) if e.get("modality", "asserted") == "asserted"]


@pytest.mark.parametrize("text,etype,expected", [
    ("The RSF, which captured El Fasher last month, said this week that it had accepted a truce.",
     "attack", ("Rapid Support Forces", "El Fasher")),
    ("M23, which seized Goma in January, said on Monday it would join the talks.", "attack", ("M23", "Goma")),
    ("Ukraine's 47th Mechanized Brigade, which had been sent to Pokrovsk last week, lost two tanks.",
     "deployment", ("Ukraine", "Pokrovsk")),
])
def test_the_force_before_a_relative_pronoun_acts_in_its_clause(nlp, text, etype, expected):
    assert expected in acts(nlp, text, etype), acts(nlp, text, etype)


def test_a_place_before_a_relative_pronoun_acts_on_nothing(nlp):
    text = "The town of Gao, which was shelled overnight, has no power."
    assert [a for a, _ in acts(nlp, text, "attack")] in ([], [None])
