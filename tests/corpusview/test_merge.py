"""Merging rules, one hand-made record set per rule (see docs/corpus.md)."""

from __future__ import annotations

import datetime as dt
import random

from conflict_ie.corpusview import CorpusEvent, merge
from conflict_ie.corpusview.places import loc_of, same_place
from conflict_ie.models import Record

NK = {"name": "North Korea", "country": "PRK"}
RU = {"name": "Russia", "country": "RUS"}
UA = {"name": "Ukraine", "country": "UKR"}
KURSK = {"name": "Kursk", "country": "RUS", "lat": 51.73, "lon": 36.19}
KHARKIV = {"name": "Kharkiv", "country": "UKR", "lat": 49.98, "lon": 36.25}


def rec(rid: str, published: str, *events: dict) -> dict:
    return {"id": rid, "published": published,
            "events": [{"start": 0, "end": 20, **ev} for ev in events]}


def day(d: str) -> dict:
    return {"start": d, "end": d, "granularity": "day"}


def deployment_claims() -> list[dict]:
    return [
        rec("pentagon", "2024-11-01", {"type": "deployment", "actor": NK, "location": KURSK, "source": "Pentagon",
                                       "quantity": {"value": 10000, "qualifier": "approx", "item": "troop"},
                                       "time": {"start": "2024-10-23", "end": "2024-10-28"}}),
        rec("hur", "2024-11-02", {"type": "deployment", "actor": NK, "source": "Ukrainian intelligence",
                                  "location": {"name": "the Kursk region", "country": "RUS"},
                                  "quantity": {"value": 12000, "qualifier": "exact", "item": "troop"},
                                  "time": {"start": "2024-10-21", "end": "2024-10-27", "granularity": "week"}}),
        rec("nis", "2024-10-30", {"type": "deployment", "actor": NK, "location": KURSK, "source": "NIS",
                                  "quantity": {"value": 11000, "qualifier": "exact", "item": "troop"},
                                  "time": day("2024-10-25")}),
    ]


def test_same_deployment_three_sources_is_one_event():
    events = merge(deployment_claims())
    assert len(events) == 1
    ev = events[0]
    assert len(ev.claims) == 3
    assert ev.quantity.value == 11000 and ev.quantity.low == 10000 and ev.quantity.high == 12000
    assert ev.disagreements[0] == "about 10,000 (Pentagon) vs 11,000 (NIS) vs 12,000 (Ukrainian intelligence)"
    assert ev.first_reported == dt.date(2024, 10, 30)
    assert ev.sources == ["NIS", "Pentagon", "Ukrainian intelligence"]
    assert {c.key for c in ev.claims} == {"pentagon#0", "hur#0", "nis#0"}


def test_claims_keep_their_evidence():
    claim = merge(deployment_claims())[0].claims[0]
    assert (claim.start, claim.end) == (0, 20) and claim.published is not None and claim.summary is None
    assert claim.location is not None and claim.time is not None


def test_two_attacks_a_week_apart_stay_apart():
    records = [
        rec("r1", "2024-05-02", {"type": "attack", "actor": RU, "recipient": UA, "location": KHARKIV,
                                 "trigger": "shelled", "time": day("2024-05-01")}),
        rec("r2", "2024-05-09", {"type": "attack", "actor": RU, "recipient": UA, "location": KHARKIV,
                                 "trigger": "shelled", "time": day("2024-05-08")}),
    ]
    assert len(merge(records)) == 2


def test_undated_claim_does_not_chain_two_attacks():
    records = [
        rec("r1", "2024-05-02", {"type": "attack", "actor": RU, "location": KHARKIV, "time": day("2024-05-01")}),
        rec("r2", "2024-05-09", {"type": "attack", "actor": RU, "location": KHARKIV, "time": day("2024-05-08")}),
        rec("r3", "2024-05-10", {"type": "attack", "actor": RU, "location": KHARKIV}),
    ]
    events = merge(records)
    assert len(events) == 2
    assert sorted(len(e.claims) for e in events) == [1, 2]


def test_region_and_city_inside_it_are_one_event():
    records = [
        rec("a", "2024-08-10", {"type": "attack", "actor": UA, "location": {"name": "the Kursk region", "country": "RUS"},
                                "time": day("2024-08-06")}),
        rec("b", "2024-08-10", {"type": "attack", "actor": UA, "time": day("2024-08-06"),
                                "location": {"name": "Sudzha", "country": "RUS", "lat": 51.19, "lon": 35.27}}),
    ]
    events = merge(records)
    assert len(events) == 1
    assert events[0].location.name == "Sudzha"  # the most precise place


def test_place_rules():
    kursk, region = loc_of(KURSK), loc_of({"name": "Kursk Oblast", "country": "RUS"})
    assert same_place(kursk, region)
    assert not same_place(kursk, loc_of(KHARKIV))
    assert same_place(loc_of({"name": "Russia", "country": "RUS"}), kursk)
    # a town near a region's centre, unknown to the admin data, is placed by distance
    near = loc_of({"name": "Nowhereville", "country": "RUS", "lat": 51.9, "lon": 36.3})
    assert same_place(near, kursk)
    assert not same_place(loc_of({"name": "Farville", "country": "RUS", "lat": 50.0, "lon": 36.3}), kursk)


def test_casualty_counts_are_not_summed():
    records = [
        rec("a", "2024-06-02", {"type": "casualties", "outcome": "killed", "recipient": UA, "location": KHARKIV,
                                "quantity": {"value": 5}, "source": "governor", "time": day("2024-06-01")}),
        rec("b", "2024-06-02", {"type": "casualties", "outcome": "killed", "recipient": UA, "location": KHARKIV,
                                "quantity": {"value": 7}, "source": "police", "time": day("2024-06-01")}),
        rec("c", "2024-06-02", {"type": "casualties", "outcome": "wounded", "recipient": UA, "location": KHARKIV,
                                "quantity": {"value": 20}, "time": day("2024-06-01")}),
    ]
    events = merge(records)
    killed = [e for e in events if e.outcome == "killed"]
    assert len(events) == 2 and len(killed) == 1
    q = killed[0].quantity
    assert q.value == 5 and (q.low, q.high) == (5, 7)  # lower median, never 12
    assert killed[0].disagreements == ["5 (governor) vs 7 (police)"]


def test_last_week_joins_an_exact_day_inside_it():
    records = [
        rec("a", "2024-10-30", {"type": "withdrawal", "actor": RU, "location": KHARKIV,
                                "time": {"start": "2024-10-21", "end": "2024-10-27", "granularity": "week"}}),
        rec("b", "2024-10-24", {"type": "withdrawal", "actor": RU, "location": KHARKIV, "time": day("2024-10-23")}),
    ]
    events = merge(records)
    assert len(events) == 1
    assert (events[0].time.start, events[0].time.end) == (dt.date(2024, 10, 23), dt.date(2024, 10, 23))
    assert events[0].disagreements == []


def test_time_union_when_claims_do_not_overlap():
    records = [
        rec("a", "2024-10-31", {"type": "deployment", "actor": NK, "location": KURSK, "time": day("2024-10-30")}),
        rec("b", "2024-11-01", {"type": "deployment", "actor": NK, "location": KURSK, "time": day("2024-10-31")}),
    ]
    ev = merge(records)[0]  # adjacent days in different months: one event across the month blocks
    assert (ev.time.start, ev.time.end) == (dt.date(2024, 10, 30), dt.date(2024, 10, 31))
    assert ev.disagreements == ["2024-10-30 (a) vs 2024-10-31 (b)"]


def test_different_actor_countries_do_not_merge():
    records = [
        rec("a", "2024-10-31", {"type": "supply", "actor": NK, "recipient": RU, "location": KURSK, "time": day("2024-10-30")}),
        rec("b", "2024-10-31", {"type": "supply", "actor": {"name": "Iran", "country": "IRN"}, "recipient": RU,
                                "location": KURSK, "time": day("2024-10-30")}),
        rec("c", "2024-10-31", {"type": "supply", "actor": {"name": "Pyongyang", "country": None}, "recipient": RU,
                                "location": KURSK, "time": day("2024-10-30")}),
    ]
    assert sorted(len(e.claims) for e in merge(records)) == [1, 2]


def test_records_as_models_and_possible_events_left_out():
    data = deployment_claims()
    data[0]["possible_events"] = [{"type": "attack", "start": 0, "end": 5}]
    events = merge([Record.model_validate(r) for r in data])
    assert len(events) == 1 and all(e.type == "deployment" for e in events)


def test_shuffle_invariance():
    records = deployment_claims() + [
        rec("x", "2024-05-02", {"type": "attack", "actor": RU, "location": KHARKIV, "time": day("2024-05-01")},
            {"type": "casualties", "outcome": "killed", "location": KHARKIV, "quantity": {"value": 3},
             "time": day("2024-05-01")}),
        rec("y", "2024-05-09", {"type": "attack", "actor": RU, "location": KHARKIV, "time": day("2024-05-08")}),
        rec("z", "2024-05-10", {"type": "attack", "actor": RU, "location": KHARKIV}),
        {"id": None, "published": None, "events": [{"type": "training", "start": 0, "end": 1}]},
    ]
    expected = [e.model_dump_json() for e in merge(records)]
    rng = random.Random(7)
    for _ in range(5):
        shuffled = records[:]
        rng.shuffle(shuffled)
        assert [e.model_dump_json() for e in merge(shuffled)] == expected


def test_ids_are_stable_and_schema_works():
    a, b = merge(deployment_claims()), merge(deployment_claims())
    assert a[0].id == b[0].id and a[0].id.startswith("ce-")
    schema = CorpusEvent.model_json_schema()
    assert "claims" in schema["properties"] and "Claim" in schema["$defs"]
    assert CorpusEvent.model_validate_json(a[0].model_dump_json()) == a[0]
