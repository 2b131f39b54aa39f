"""DATE_RANGE on the hand-checked cases of tests/data/date_cases.jsonl: one class of the dates
issue per ``class`` (future clauses, abbreviations, modifiers, year spans, month + last/next year,
"ago", named periods, weeks, the present, ranges, false dates), many anchors each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import tags

# date_cases.jsonl: the dates issue's classes; date_cases_news.jsonl: general wire news in the style of
# a standard temporal benchmark (business, politics, courts, weather), written by a helper from RECORDS.md;
# date_cases_temporal.jsonl: quarters, seasons, decades, thirds, relative and future forms those lack (a helper);
# date_cases_timebank.jsonl: 1990s-2000s business and diplomatic wire in the style of TimeBank (a helper);
# date_cases_tempeval.jsonl: multi-clause narratives in the style of TempEval-3 (a helper)
CASES = [json.loads(line) for name in ("date_cases.jsonl", "date_cases_news.jsonl", "date_cases_temporal.jsonl",
                                       "date_cases_timebank.jsonl", "date_cases_tempeval.jsonl")
         for line in (Path(__file__).parents[1] / "data" / name).read_text(encoding="utf-8").splitlines()]


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


# "Russia attacked Dnipro with ballistic missiles ... overnight on April 29" (d138), "overnight from
# Tuesday to Wednesday" (d223, written blind), "overnight on June 2 to 3" (d227): "overnight" before a
# date names the night of that date; it is no second range ending on the day of writing
@pytest.mark.parametrize("text,published,expected", [
    ("Russia attacked Dnipro overnight on April 29, killing nine.", "2025-04-29", ("2025-04-29", "2025-04-29")),
    ("Troops fired mortars overnight from Tuesday to Wednesday, the ministry said.", "2025-03-27",
     ("2025-03-25", "2025-03-26")),
    ("Fighting went on overnight on June 2 to 3 near Toretsk.", "2025-06-03", ("2025-06-02", "2025-06-03")),
])
def test_overnight_before_a_date_is_that_date(nlp, text, published, expected):
    found = [(t[1], t[2].get("start"), t[2].get("end")) for t in tags(nlp, text, published, label="DATE_RANGE")]
    assert len(found) == 1 and found[0][0].startswith("overnight") and found[0][1:] == expected, found


def test_overnight_alone_is_still_the_night_before(nlp):
    found = [(t[2].get("start"), t[2].get("end")) for t in tags(nlp, "Drones hit Kyiv overnight.", "2025-04-29",
                                                                 label="DATE_RANGE")]
    assert found == [("2025-04-28", "2025-04-29")]
