from __future__ import annotations

from conflict_ie.resolve.summary import date_phrase, quantity_phrase, summarize


def test_compact_dates():
    assert date_phrase({"start": "2024-10-23", "end": "2024-10-28", "granularity": "day"}) == "Oct 23–28, 2024"
    assert date_phrase({"start": "2024-10-23", "end": "2024-10-23", "granularity": "day"}) == "Oct 23, 2024"
    assert date_phrase({"start": "2024-10-01", "end": "2024-10-31", "granularity": "month"}) == "Oct 2024"
    assert date_phrase({"start": "2023-01-01", "end": "2023-12-31", "granularity": "year"}) == "2023"
    assert date_phrase({"start": "2024-10-30", "end": "2024-11-02", "granularity": "day"}) == "Oct 30 – Nov 2, 2024"


def test_qualifiers_in_words():
    assert quantity_phrase({"value": 2100, "high": 2100, "qualifier": "up_to"}) == "up to 2,100"
    assert quantity_phrase({"value": 10000, "qualifier": "approx"}) == "about 10,000"
    assert quantity_phrase({"low": 2000, "high": 3000, "qualifier": "range"}) == "2,000–3,000"
    assert quantity_phrase({"value": 12, "low": 12, "qualifier": "at_least"}) == "at least 12"
    assert quantity_phrase({"value": 5e9, "qualifier": "exact", "unit": "dollar"}) == "$5,000,000,000"


def test_summary_of_each_type():
    base = {"actor": {"country": "RUS"}, "recipient": None, "quantity": None, "location": {"name": "Kharkiv"},
            "origin": None, "mode": None, "time": None, "trigger": "struck"}
    assert summarize({**base, "type": "attack"}) == "Russian attack on Kharkiv"
    assert summarize({**base, "type": "withdrawal"}) == "Russian forces withdrawn from Kharkiv"
    assert summarize({**base, "type": "casualties", "trigger": "killed", "actor": None,
                      "quantity": {"value": 12, "qualifier": "at_least", "item": "civilian"}}) == \
        "at least 12 civilians killed in Kharkiv"
    assert summarize({**base, "type": "supply", "actor": {"country": "PRK"}, "recipient": {"country": "RUS"},
                      "location": None, "quantity": {"value": 3_500_000, "qualifier": "approx", "item": "artillery shell"}}) \
        == "North Korea supplied about 3,500,000 artillery shells to Russia"
    assert summarize({**base, "type": "deployment", "modality": "possible"}).startswith("possibly: ")


def test_a_movement_from_a_place_to_nowhere_named():
    # "The ARG's three ships left Norfolk" (d179): a sea movement with an origin and no destination
    # read "3 ships shipped to from Norfolk"
    q = {"value": 3, "low": None, "high": None, "qualifier": "exact", "item": "ship", "unit": None}
    ev = {"type": "deployment", "quantity": q, "location": None, "origin": {"name": "Norfolk"}, "mode": "sea",
          "time": None, "actor": None, "trigger": "left"}
    assert summarize(ev) == "3 ships shipped from Norfolk"
    assert summarize({**ev, "mode": None}) == "3 ships deployed from Norfolk"
    assert summarize({**ev, "location": {"name": "Souda Bay"}}) == "3 ships shipped to Souda Bay from Norfolk"


def test_the_actor_is_not_named_twice():
    q = {"value": 2, "low": None, "high": None, "qualifier": "exact", "item": "Romanian F-16", "unit": None}
    ev = {"type": "deployment", "quantity": q, "location": {"name": "Fetesti"}, "origin": None, "mode": None,
          "time": None, "actor": {"name": "Romania", "country": "ROU"}, "trigger": "moved"}
    assert summarize(ev) == "2 Romanian F-16s moved to Fetesti"


def test_a_withdrawal_names_the_place_left_and_the_place_reached():
    # "had left Sévaré on Friday for Gao" (d243) read "withdrawn from Gao"
    ev = {"type": "withdrawal", "quantity": None, "location": {"name": "Pemba"}, "origin": {"name": "Macomia"},
          "mode": None, "time": None, "actor": None, "trigger": "left"}
    assert summarize(ev) == "forces withdrawn from Macomia to Pemba"
    assert summarize({**ev, "location": None}) == "forces withdrawn from Macomia"
    assert summarize({**ev, "origin": None}) == "forces withdrawn from Pemba"
