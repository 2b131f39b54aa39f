"""QUANTITY on general news sentences (economy, weather, sport, health, elections, disasters,
transport, science): the hand-checked cases of tests/data/quantity_cases_news.jsonl, values by
RECORDS.md ("Quantity norm"). A case with ``span`` null must yield no QUANTITY at all (years,
dates, times, ordinals, phone numbers, scores, model names, designations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run

# quantity_cases_news2.jsonl: a second helper-written batch (currency codes, per cent, ranges with units,
# fractions, measures, durations, vague amounts, negatives), written from RECORDS.md before any rule change;
# quantity_cases_news3.jsonl: a third (rates, areas, temperatures, percentage points, headline scales, mixed numbers);
# quantity_cases_conflict.jsonl: conflict and defence reporting (qualified tolls, vague amounts, materiel types)
CASES = [
    json.loads(line)
    for name in ("quantity_cases_news.jsonl", "quantity_cases_news2.jsonl", "quantity_cases_news3.jsonl",
                 "quantity_cases_conflict.jsonl")
    for line in (Path(__file__).parents[1] / "data" / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _quantities(nlp, text):
    doc = run(nlp, text)
    return [
        (s.start_char, s.end_char, s.text, dict(s._.norm or {}))
        for s in doc.spans["conflict_ie"]
        if s.label_ == "QUANTITY"
    ]


def _same(got, expected):
    if expected is None or got is None:
        return got is expected
    return got == pytest.approx(expected)


@pytest.mark.parametrize("case", CASES, ids=[c["span"] or f"none:{c['text'][:30]}" for c in CASES])
def test_case(nlp, case):
    text = case["text"]
    found = _quantities(nlp, text)
    if case["span"] is None:
        assert found == [], f"no QUANTITY expected in {text!r}, got {[(t, n) for _, _, t, n in found]}"
        return
    start = text.index(case["span"])
    end = start + len(case["span"])
    overlapping = [(t, n) for s, e, t, n in found if s < end and e > start]
    assert overlapping, f"{case['span']!r} not tagged in {text!r}: {[(t, n) for _, _, t, n in found]}"
    got_text, norm = overlapping[0]
    expected = {k: case[k] for k in ("value", "low", "high", "unit", "item")}
    got = {k: norm.get(k) for k in expected}
    assert got_text == case["span"], f"span: expected {case['span']!r}, got {got_text!r} {norm}"
    assert all(_same(got[k], expected[k]) for k in expected), f"norm: expected {expected}, got {got} (span {got_text!r})"
