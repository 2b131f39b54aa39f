"""Shared record sets for the corpus view tests."""

from __future__ import annotations

import pytest

from conflict_ie.corpusview import merge

from .test_merge import KHARKIV, RU, UA, day, deployment_claims, rec


def mixed_records() -> list[dict]:
    """A deployment told three ways, a strike with deaths told twice, a battle and an undated supply."""
    return deployment_claims() + [
        rec("s1", "2024-06-02",
            {"type": "attack", "trigger": "missile strike", "actor": RU, "recipient": UA, "location": KHARKIV,
             "time": day("2024-06-01"), "source": "governor"},
            {"type": "casualties", "outcome": "killed", "recipient": UA, "location": KHARKIV,
             "quantity": {"value": 5}, "time": day("2024-06-01"), "source": "governor"}),
        rec("s2", "2024-06-03",
            {"type": "casualties", "outcome": "killed", "recipient": UA, "location": KHARKIV,
             "quantity": {"value": 7}, "time": day("2024-06-01"), "source": "police"}),
        rec("b1", "2024-07-02", {"type": "attack", "trigger": "fighting", "actor": RU, "recipient": UA,
                                 "location": {"name": "Pokrovsk", "country": "UKR", "lat": 48.28, "lon": 37.18},
                                 "time": day("2024-07-01")}),
        rec("u1", "2024-07-05", {"type": "supply", "actor": {"name": "Iran", "country": "IRN"}, "recipient": RU,
                                 "quantity": {"low": 200, "high": 300, "qualifier": "range", "item": "missile"}}),
    ]


@pytest.fixture(scope="session")
def events():
    return merge(mixed_records())
