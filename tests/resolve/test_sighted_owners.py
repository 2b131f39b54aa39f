"""Aircraft and ships detected are the side whose they are, not the side that saw them: "The
island's defense authority claimed that it had detected 71 PLA aircraft, 18 PLA Navy vessels ...
around the island" (d257, Global Times written blind) gave Taiwanese aircraft, and "spotted three
Chinese warships near Yonaguni" no side at all."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def sighted(nlp, text):
    return [((e.get("quantity") or {}).get("value"), (e.get("actor") or {}).get("name"))
            for e in events_of(nlp, text, "deployment")]


@pytest.mark.parametrize("text,expected", [
    ("Taiwan's defence ministry said it had detected 71 PLA aircraft and 18 PLA Navy vessels around Taiwan on Wednesday.",
     [(71, "China"), (18, "China")]),
    ("Japan's Joint Staff said it had spotted three Chinese warships near Yonaguni.", [(3, "China")]),
    ("The Finnish navy tracked two Russian corvettes in the Gulf of Finland on Sunday.", [(2, "Russia")]),
])
def test_what_is_seen_belongs_to_the_side_named_on_it(nlp, text, expected):
    assert sighted(nlp, text) == expected
