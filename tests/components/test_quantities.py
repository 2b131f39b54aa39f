"""QUANTITY: numbers, number words, scales, every qualifier, ranges, vague amounts, items, and guards."""

from __future__ import annotations

import pytest

from tests.helpers import one, tags

QUALIFIERS = [
    # text, value, low, high, qualifier, item
    ("2,100 soldiers were sent.", 2100, None, None, "exact", "soldier"),
    ("three generals arrived.", 3, None, None, "exact", "general"),
    ("twenty-five soldiers arrived.", 25, None, None, "exact", "soldier"),
    ("around 10,000 troops arrived.", 10000, None, None, "approx", "troop"),
    ("about 300 tanks arrived.", 300, None, None, "approx", "tank"),
    ("approximately 50 drones arrived.", 50, None, None, "approx", "drone"),
    ("some 2,000 fighters arrived.", 2000, None, None, "approx", "fighter"),
    ("roughly 40 missiles were fired.", 40, None, None, "approx", "missile"),
    ("an estimated 1,500 civilians fled.", 1500, None, None, "approx", "civilian"),
    ("up to 2,100 soldiers were flown.", 2100, None, 2100, "up_to", "soldier"),
    ("as many as 8,000 soldiers were moved.", 8000, None, 8000, "up_to", "soldier"),
    ("no more than 20 tanks remain.", 20, None, 20, "up_to", "tank"),
    ("at most 12 helicopters remain.", 12, None, 12, "up_to", "helicopter"),
    ("fewer than 100 tanks remain.", 100, None, 100, "less_than", "tank"),
    ("less than 30 artillery pieces remain.", 30, None, 30, "less_than", "artillery piece"),
    ("nearly 500 civilians died.", 500, None, 500, "less_than", "civilian"),
    ("almost 200 soldiers died.", 200, None, 200, "less_than", "soldier"),
    ("under 50 vehicles remain.", 50, None, 50, "less_than", "vehicle"),
    ("at least 12 people died.", 12, 12, None, "at_least", "person"),
    ("no fewer than 40 missiles were fired.", 40, 40, None, "at_least", "missile"),
    ("more than 1,000 drones were fired.", 1000, 1000, None, "more_than", "drone"),
    ("over 600 soldiers were wounded.", 600, 600, None, "more_than", "soldier"),
    ("upwards of 5,000 fighters massed.", 5000, 5000, None, "more_than", "fighter"),
    ("numbers could exceed 12,000.", 12000, 12000, None, "more_than", None),
    ("between 2,000 and 3,000 troops massed.", None, 2000, 3000, "range", "troop"),
    ("2,000-3,000 troops massed.", None, 2000, 3000, "range", "troop"),
    ("2,000–3,000 troops massed.", None, 2000, 3000, "range", "troop"),
    ("from 10 to 15 tanks were lost.", None, 10, 15, "range", "tank"),
    ("several hundred fighters massed.", None, 200, 900, "vague", "fighter"),
    ("thousands of troops massed.", None, 2000, 9999, "vague", "troop"),
    ("tens of thousands of soldiers massed.", None, 20000, 99999, "vague", "soldier"),
    ("dozens of drones were downed.", None, 24, 99, "vague", "drone"),
    ("hundreds of civilians fled.", None, 200, 999, "vague", "civilian"),
    ("a dozen tanks were lost.", 12, None, None, "exact", "tank"),
    ("two dozen drones were downed.", 24, None, None, "exact", "drone"),
    ("half a million shells were sent.", 500_000, None, None, "exact", "shell"),
    ("a 3,000-strong force gathered.", 3000, None, None, "exact", "force"),
    ("2,000 or more soldiers gathered.", 2000, 2000, None, "at_least", "soldier"),
    ("three anti-ship missiles were fired.", 3, None, None, "exact", "missile"),
]


@pytest.mark.parametrize("text,value,low,high,qualifier,item", QUALIFIERS)
def test_qualifiers_and_items(nlp, text, value, low, high, qualifier, item):
    _, norm = one(nlp, text, "QUANTITY")
    assert (norm["value"], norm["low"], norm["high"], norm["qualifier"], norm["item"]) == (value, low, high, qualifier, item)


@pytest.mark.parametrize("text,value,unit", [
    ("around 3.5 million artillery shells", 3_500_000, None),
    ("1.2 billion dollars", 1_200_000_000, "dollar"),
    ("$2.5 billion in aid", 2_500_000_000, "dollar"),
    ("approximately 50 kilometers from the border", 50, "kilometre"),
    ("30 percent of the arsenal", 30, "percent"),
    ("two hundred and fifty tanks", 250, None),
])
def test_scales_and_measures(nlp, text, value, unit):
    _, norm = one(nlp, text, "QUANTITY")
    assert norm["value"] == value
    assert norm["unit"] == unit


def test_quantity_stops_before_a_unit_but_keeps_its_noun(nlp):
    span, norm = one(nlp, "as many as 8,000 North Korean troops had been moved.", "QUANTITY")
    assert span == "as many as 8,000"
    assert norm["item"] == "troop"


@pytest.mark.parametrize("text", [
    "In 2022 the war began.",
    "The attack on October 23 failed.",
    "The 155th Separate Naval Infantry Brigade held.",
    "The 19-year-old soldier died.",
    "A soldier, aged 25, died.",
    "He was 25 years old.",
    "The strike came at 04:30.",
    "Call +380 44 123 4567 for help.",
    "Resolution 2231 was cited.",
    "Leopard 2 tanks arrived.",
    "It was the first time.",
    "On one hand, there is risk.",
    "1. Introduction",
    "Su-34 bombers struck.",
])
def test_not_quantities(nlp, text):
    assert tags(nlp, text, label="QUANTITY") == []


def test_durations_are_quantities(nlp):
    # RECORDS.md "Quantity norm": a duration is a QUANTITY whose unit is the time unit (this test
    # asserted the old convention, that durations were not quantities)
    span, norm = one(nlp, "The fighting lasted three days.", "QUANTITY")
    assert (span, norm["value"], norm["unit"], norm["item"]) == ("three days", 3, "day", None)


def test_designations_are_skipped_inside_items(nlp):
    _, norm = one(nlp, "Germany sent 18 Leopard 2 tanks.", "QUANTITY")
    assert norm["value"] == 18 and norm["item"] == "tank"


def test_calibre_is_not_the_count(nlp):
    _, norm = one(nlp, "The army fired 40,000 155mm shells.", "QUANTITY")
    assert norm["value"] == 40000 and norm["item"] == "shell"


def test_two_word_units(nlp):
    _, norm = one(nlp, "Around 40 per cent of the shells were defective.", "QUANTITY")
    assert norm["value"] == 40 and norm["unit"] == "percent" and norm["qualifier"] == "approx"
