"""DATE_RANGE on the hand-checked general-news cases of tests/data/date_cases_news.jsonl (TimeBank/TempEval-3
style wire sentences: business, politics, courts, weather, conflict); same assertions as test_date_cases.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import tags

CASES = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "date_cases_news.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['class']}:{c['span'] or c['text'][:30]}" for c in CASES])
def test_case(nlp, case):
    found = tags(nlp, case["text"], case["published"], "DATE_RANGE")
    if case["span"] is None:
        assert found == [], f"no date expected in {case['text']!r}"
        return
    start = case["text"].index(case["span"])
    end = start + len(case["span"])
    overlapping = [(t, n) for _, t, n in found if case["text"].find(t) < end and case["text"].find(t) + len(t) > start]
    assert overlapping, f"{case['span']!r} not tagged in {case['text']!r}: {found}"
    text, norm = overlapping[0]
    assert (norm["start"], norm["end"]) == (case["start"], case["end"]), (text, norm, case.get("note"))
    assert norm["granularity"] == case["granularity"], (text, norm)
