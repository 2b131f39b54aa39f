"""DATE_RANGE: every form in the issue, anchored as RECORDS.md says (published 2024-11-01, a Friday)."""

from __future__ import annotations

import pytest

from tests.helpers import one, tags

CASES = [
    # text, expected span text, start, end, granularity
    ("It happened on Thursday.", "Thursday", "2024-10-31", "2024-10-31", "day"),
    ("It happened on Friday.", "Friday", "2024-11-01", "2024-11-01", "day"),
    ("It happened last Friday.", "last Friday", "2024-10-25", "2024-10-25", "day"),
    ("Troops moved between October 23 and October 28.", "between October 23 and October 28", "2024-10-23", "2024-10-28", "day"),
    ("Troops moved Oct 23–28.", "Oct 23–28", "2024-10-23", "2024-10-28", "day"),
    ("Troops moved Oct. 23-28, 2023.", "Oct. 23-28, 2023", "2023-10-23", "2023-10-28", "day"),
    ("Strikes hit the city from 1 to 5 March.", "from 1 to 5 March", "2024-03-01", "2024-03-05", "day"),
    ("Strikes hit the city between May 3 and 7.", "between May 3 and 7", "2024-05-03", "2024-05-07", "day"),
    ("The offensive stalled in late October.", "late October", "2024-10-21", "2024-10-31", "day"),
    ("The offensive stalled in early October.", "early October", "2024-10-01", "2024-10-10", "day"),
    ("The offensive stalled in mid-September.", "mid-September", "2024-09-11", "2024-09-20", "day"),
    ("The war began in March 2022.", "March 2022", "2022-03-01", "2022-03-31", "month"),
    ("Shelling continued in December.", "December", "2023-12-01", "2023-12-31", "month"),
    ("Shelling continued in November.", "November", "2024-11-01", "2024-11-30", "month"),
    ("The brigade trained last week.", "last week", "2024-10-21", "2024-10-27", "week"),
    ("The brigade trains this week.", "this week", "2024-10-28", "2024-11-03", "week"),
    ("The brigade trained last month.", "last month", "2024-10-01", "2024-10-31", "month"),
    ("Fighting has continued since February 2022.", "since February 2022", "2022-02-01", "2024-11-01", "month"),
    ("Drones struck over the past three days.", "the past three days", "2024-10-29", "2024-11-01", "day"),
    ("Drones struck over the past 24 hours.", "the past 24 hours", "2024-10-31", "2024-11-01", "day"),
    ("Drones struck five days ago.", "five days ago", "2024-10-27", "2024-10-27", "day"),
    ("The convoy left yesterday.", "yesterday", "2024-10-31", "2024-10-31", "day"),
    ("The convoy left today.", "today", "2024-11-01", "2024-11-01", "day"),
    ("The attack began in the spring.", "the spring", "2024-03-01", "2024-05-31", "month"),
    ("The attack began last summer.", "last summer", "2024-06-01", "2024-08-31", "month"),
    ("The attack began in winter 2022.", "winter 2022", "2022-12-01", "2023-02-28", "month"),
    ("The attack was on 2023-04-12.", "2023-04-12", "2023-04-12", "2023-04-12", "day"),
    ("The attack was on 24.02.2022.", "24.02.2022", "2022-02-24", "2022-02-24", "day"),
    ("The attack was on 24 February 2022.", "24 February 2022", "2022-02-24", "2022-02-24", "day"),
    ("The attack was on February 24, 2022.", "February 24, 2022", "2022-02-24", "2022-02-24", "day"),
    ("Production rose in 2023.", "2023", "2023-01-01", "2023-12-31", "year"),
    ("Drones attacked on the night of 14-15 May.", "the night of 14-15 May", "2024-05-14", "2024-05-15", "day"),
    ("Production doubled in the first half of 2024.", "the first half of 2024", "2024-01-01", "2024-06-30", "month"),
    ("Production doubled in the third quarter of 2023.", "the third quarter of 2023", "2023-07-01", "2023-09-30", "quarter"),
    ("The offensive began in mid-2023.", "mid-2023", "2023-05-01", "2023-08-31", "month"),
    ("The offensive began in early 2024.", "early 2024", "2024-01-01", "2024-04-30", "month"),
    ("Losses from 24.02.22 to 01.11.24 were counted.", "from 24.02.22 to 01.11.24", "2022-02-24", "2024-11-01", "day"),
    ("It happened on Sept. 5.", "Sept. 5", "2024-09-05", "2024-09-05", "day"),
    ("It happened on the 5th of May.", "the 5th of May", "2024-05-05", "2024-05-05", "day"),
    ("Supplies have flowed since the start of the full-scale invasion of Ukraine.",
     "since the start of the full-scale invasion", "2022-02-24", "2024-11-01", "day"),
]


@pytest.mark.parametrize("text,span,start,end,gran", CASES)
def test_forms(nlp, text, span, start, end, gran):
    got_span, norm = one(nlp, text, "DATE_RANGE")
    assert got_span == span
    assert (norm["start"], norm["end"], norm["granularity"]) == (start, end, gran)


def test_weekday_on_the_publication_day_is_that_day(nlp):
    # published on a Thursday: "on Thursday" is the very day
    _, norm = one(nlp, "They arrived on Thursday.", "DATE_RANGE", published="2024-10-31")
    assert norm["start"] == norm["end"] == "2024-10-31"


def test_yearless_date_after_publication_goes_back_a_year(nlp):
    _, norm = one(nlp, "Troops arrived on December 3.", "DATE_RANGE", published="2024-11-01")
    assert norm["start"] == "2023-12-03"


def test_without_published_relative_dates_have_null_bounds(nlp):
    _, norm = one(nlp, "Troops arrived last week.", "DATE_RANGE", published=None)
    assert norm["start"] is None and norm["end"] is None
    _, norm = one(nlp, "Troops arrived on October 3, 2024.", "DATE_RANGE", published=None)
    assert norm["start"] == "2024-10-03"


@pytest.mark.parametrize("text", [
    "Officials may decide later.",
    "The march was peaceful.",
    "He said 2,000 troops were there.",
    "It took three days to cross.",
    "The Su-34 flew 200 kilometres.",
])
def test_not_dates(nlp, text):
    assert tags(nlp, text, label="DATE_RANGE") == []


def test_invalid_calendar_day_is_dropped(nlp):
    assert tags(nlp, "The attack on February 30, 2023 failed.", label="DATE_RANGE") == []


def test_a_dateline_anchors_a_text_without_published(nlp):
    text = "KYIV, March 3, 2024 (Reuters) - Russian drones struck the city on Saturday, officials said."
    found = {t: (n["start"], n["end"]) for _, t, n in tags(nlp, text, None, "DATE_RANGE")}
    assert found["Saturday"] == ("2024-03-02", "2024-03-02")
    # published, when given, wins over the dateline; a dateline without a year anchors nothing
    found = {t: n["start"] for _, t, n in tags(nlp, text, "2024-03-10", "DATE_RANGE")}
    assert found["Saturday"] == "2024-03-09"
    found = {t: n["start"] for _, t, n in tags(nlp, "WASHINGTON, Nov 3 (Reuters) - Troops arrived on Monday.", None,
                                                  "DATE_RANGE")}
    assert found["Monday"] is None


@pytest.mark.parametrize("text", [
    "Clashes have intensified in recent days around Bakhmut.",
    "More troops will arrive in the coming weeks, the ministry said.",
])
def test_vague_periods_are_not_dates(nlp, text):
    """RECORDS.md: vague words ("recently", "the past", "years") are not tagged."""
    assert tags(nlp, text, label="DATE_RANGE") == []


@pytest.mark.parametrize("text,span", [
    ("Since September last year, at least 1,100 people have been killed.", "Since September last year"),
    ("More than 40 soldiers have died since March of last year.", "since March of last year"),
])
def test_since_a_month_of_last_year_is_one_date(nlp, text, span):
    assert [t for _, t, _ in tags(nlp, text, "2025-02-24", "DATE_RANGE")] == [span]
