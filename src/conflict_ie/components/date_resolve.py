"""Calendar arithmetic for DATE_RANGE: (expression groups, anchor, tense) -> (start, end, granularity).

Pure functions, no spaCy: each date kind of the grammar (``date_grammar.py``) has one resolver
here, looked up in ``RESOLVERS``.  The conventions are those of shared/spec/RECORDS.md:

- an incomplete date (no year; a weekday, month, season, quarter or holiday) is the most recent
  one on or before ``published``, or the next one on or after it when its clause speaks of the
  future (``Anchor.future``);
- "N units ago" counts calendar units back and keeps the unit's granularity;
- without ``published``, whatever needs it gets null bounds rather than a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Range = tuple[dt.date | None, dt.date | None, str]
NULL_DAY: Range = (None, None, "day")


@dataclass(frozen=True)
class Anchor:
    """What an expression is resolved against: the publication day and the clause's tense."""

    published: dt.date | None
    future: bool = False
    previous: Range | None = None  # the last date the text named before this one, for "the year-earlier period"


@dataclass(frozen=True)
class Vocab:
    """The parts of ``lexicon/dates.json`` the resolvers read."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, list[int]]
    parts: dict[str, list[int]]
    rel_days: dict[str, int | None]
    anaphoric_days: dict[str, int]
    anaphoric_periods: dict[str, list[Any]]
    rel_periods: dict[str, list[Any]]
    period_units: dict[str, str]
    eras: dict[str, str | None]
    holidays: dict[str, dict[str, Any]]
    ordinals: dict[str, int]
    present: dict[str, int]
    fiscal_start: int
    number: Callable[[str], int | None]

    def month(self, text: str) -> int:
        return self.months[text.lower().rstrip(".")]


# ----------------------------------------------------------------------------- calendar helpers


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_range(year: int, month: int) -> Range:
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month)), "month"


def year_range(first: int, last: int | None = None, gran: str = "year") -> Range:
    return dt.date(first, 1, 1), dt.date(last or first, 12, 31), gran


def day_of(g: dict[str, Any], key: str = "d") -> int:
    return int(re.sub(r"\D", "", g[key]))


def year_of(g: dict[str, Any], *keys: str) -> int | None:
    for key in keys or ("y",):
        if g.get(key):
            return int(g[key])
    return None


def nearest_day(month: int, day: int, a: Anchor) -> dt.date | None:
    """A year-less day: the most recent on or before ``published`` (the next one in a future clause)."""
    p = a.published
    if p is None:
        return None
    years = (p.year, p.year + 1) if a.future else (p.year, p.year - 1)
    for year in years:
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if (cand >= p) if a.future else (cand <= p):
            return cand
    return None


def nearest_month_year(month: int, a: Anchor) -> int | None:
    """The year of a year-less month: the most recent that has begun, or the next in a future clause."""
    p = a.published
    if p is None:
        return None
    if a.future:
        return p.year if month >= p.month else p.year + 1
    return p.year if month <= p.month else p.year - 1


def full_date(year: int | None, month: int, day: int, a: Anchor) -> dt.date | None:
    if year is None:
        return nearest_day(month, day, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    y, m = divmod(index, 12)
    return y, m + 1


# ----------------------------------------------------------------------------- days and months


def r_day(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"October 23", "23 October 2024", "Nov.3rd", "on Friday, Oct. 4"."""
    day = full_date(year_of(g), v.month(g["m"]), day_of(g), a)
    if g.get("wd") and not g.get("y") and day is not None:
        day = _weekday_year(day, v.weekdays[g["wd"].lower().rstrip(".")], a) or day
    if day is None and (g.get("y") or a.published):
        return None
    return day, day, "day"


def _weekday_year(day: dt.date, weekday: int, a: Anchor) -> dt.date | None:
    """A year-less day named with its weekday ("WEDNESDAY, SEPT. 17", "Friday, Jan. 9") is in the
    year nearest ``published`` whose calendar agrees, before or after it: a diary's headings name
    days to come with no future word."""
    if day.weekday() == weekday or a.published is None:
        return None
    p = a.published
    fits = []
    for year in (p.year - 1, p.year, p.year + 1):
        try:
            cand = day.replace(year=year)
        except ValueError:
            continue
        if cand.weekday() == weekday:
            fits.append(cand)
    return min(fits, key=lambda c: abs((c - p).days), default=None)


def r_month_day(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"on the 10th": that day of the month of ``published``, or of the month before when it has
    not come yet (the next month's in a future clause)."""
    p, day = a.published, day_of(g)
    if p is None:
        return NULL_DAY
    step = (1 if day < p.day else 0) if a.future else (-1 if day > p.day else 0)
    y, m = shift_months(p.year, p.month, step)
    if day > last_day(y, m):
        return None
    return dt.date(y, m, day), dt.date(y, m, day), "day"


def r_day_word(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the first of October", "the twenty-third of May 2024"."""
    day = v.ordinals.get(g["dw"].lower())
    if day is None:
        return None
    got = full_date(year_of(g), v.month(g["m"]), day, a)
    if got is None and (g.get("y") or a.published):
        return None
    return got, got, "day"


def r_day_range(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"Oct 23–28", "14-15 May", "between May 3 and 7"."""
    month, d1, d2, y = v.month(g["m"]), day_of(g, "d1"), day_of(g, "d2"), year_of(g)
    if d2 <= d1:
        return None
    end = full_date(y, month, d2, a)
    start = full_date(end.year if end else y, month, d1, Anchor(None)) if (end or y) else None
    return start, end, "day"


def r_month_year(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    return month_range(int(g["y"]), v.month(g["m"]))


def r_month_rel_year(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"April next year", "June last year", "March of this year"."""
    if a.published is None:
        return None, None, "month"
    offset = {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
    return month_range(a.published.year + offset, v.month(g["m"]))


def r_month(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """A month without a year: "in December", "the March offensive", "late October", "next May"."""
    month = v.month(g["m"])
    prep = (g.get("prep") or "").lower()
    p = a.published
    year = nearest_month_year(month, Anchor(p, a.future or prep == "next"))
    if prep == "next" and p is not None and month == p.month:
        year = p.year + 1
    if prep == "last" and year is not None and p is not None and month == p.month:
        year -= 1
    if year is None:
        return None, None, "month"
    start, end, _ = month_range(year, month)
    if prep in ("early", "late", "mid"):
        lo, hi = v.parts[prep]
        return dt.date(year, month, lo), dt.date(year, month, min(hi, last_day(year, month))), "day"
    if prep == "since":
        return start, p, "month"
    return start, end, "month"


def r_part(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"early March", "mid-September 2023", "the end of May"."""
    month = v.month(g["m"])
    key = g["part"].lower().rstrip("-").strip()
    lo, hi = v.parts["mid" if key == "mid-" else key]
    year = year_of(g) or nearest_month_year(month, a)
    if year is None:
        return NULL_DAY
    return dt.date(year, month, lo), dt.date(year, month, min(hi, last_day(year, month))), "day"


def r_weekday(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"on Thursday" (that very day when published on a Thursday), "last Friday", "next Tuesday"."""
    mod = (g.get("mod") or "").lower()
    wd = v.weekdays[g["w"].lower().rstrip(".")]
    p = a.published
    if p is None:
        return NULL_DAY
    if mod == "next" or (a.future and mod not in ("last",)):
        fwd = (wd - p.weekday()) % 7
        if mod == "next" and fwd == 0:
            fwd = 7
        day = p + dt.timedelta(days=fwd)
    else:
        back = (p.weekday() - wd) % 7
        if mod == "last" and back == 0:
            back = 7
        day = p - dt.timedelta(days=back)
    return day, day, "day"


# ----------------------------------------------------------------------------- years and long periods


def r_year(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"in 2023", "since 2014", "early 2024", "the end of 2022", "a 2012 raid"."""
    year = int(g["y"])
    prep = " ".join((g.get("prep") or "").lower().replace("the ", "").split())
    if prep == "since":
        return dt.date(year, 1, 1), a.published, "year"
    part = {"early": "early", "mid": "mid", "late": "late", "beginning of": "early", "start of": "early",
            "middle of": "mid", "end of": "late"}.get(prep)
    if part:
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return dt.date(year, first, 1), dt.date(year, last, last_day(year, last)), "month"
    return year_range(year)


def r_year_span(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"2011-2012", "1992-95", "1967–73": one range of whole years."""
    first, tail = int(g["y1"]), g["y2"]
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if last <= first or last - first > 50:
        return None
    return year_range(first, last)


def r_decade(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the 1990s", "the late 1980s", "the mid-'90s": the whole decade (TimeML's 198X); a decade
    written with two digits is the latest of that name begun by ``published``."""
    if g.get("dec2"):
        p = a.published or dt.date.today()
        start = p.year // 100 * 100 + int(g["dec2"])
        start -= 100 if start > p.year else 0
    else:
        start = int(g["dec"])
    if start % 10:
        return None
    return dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade"


def r_century(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the 20th century": 1900–1999 (TimeML's value 19)."""
    raw = g["c"].lower()
    n = v.ordinals.get(raw) or (int(re.sub(r"\D", "", raw)) if re.sub(r"\D", "", raw) else None)
    if not n or n > 22:
        return None
    return dt.date((n - 1) * 100 or 1, 1, 1), dt.date((n - 1) * 100 + 99, 12, 31), "century"


def _part_of_year(index: int, size: int, year: int | None, a: Anchor, gran: str) -> Range:
    """Quarter or half ``index`` (0-based) of ``year``; without a year, the most recent one that has
    begun (the next one in a future clause)."""
    first = index * size + 1
    if year is None:
        p = a.published
        if p is None:
            return None, None, gran
        year = p.year
        begun = dt.date(year, first, 1) <= p
        if a.future and dt.date(year, first + size - 1, last_day(year, first + size - 1)) < p:
            year += 1
        elif not a.future and not begun:
            year -= 1
    last = first + size - 1
    return dt.date(year, first, 1), dt.date(year, last, last_day(year, last)), gran


def _ordinal_part(g: dict[str, Any], v: Vocab, keys: tuple[str, str], size: int, a: Anchor, gran: str) -> Range | None:
    """Quarter or half named by a digit ("Q3", "H2") or an ordinal ("third", "second")."""
    raw = g.get(keys[0]) or g.get(keys[1]) or ""
    index = 12 // size - 1 if raw.lower() == "final" else (int(raw) if raw.isdigit() else v.ordinals[raw.lower()]) - 1
    if not 0 <= index < 12 // size:
        return None
    year = year_of(g, "y", "y2") or _rel_year(g, a)
    if g.get("fq") and year is not None and v.fiscal_start != 1:
        # "the first quarter of fiscal 2025": counted from the fiscal year's first month (in 2024)
        y, m = shift_months(year - 1, v.fiscal_start, index * size)
        y2, m2 = shift_months(y, m, size - 1)
        return dt.date(y, m, 1), dt.date(y2, m2, last_day(y2, m2)), gran
    return _part_of_year(index, size, year, a, gran)


def _rel_year(g: dict[str, Any], a: Anchor) -> int | None:
    """The year of "of last year", "this year's": ``published``'s, one back or one on (None
    without a publication date or such words)."""
    rel = (g.get("rel") or "").lower()
    if not rel or a.published is None:
        return None
    return a.published.year + {"last": -1, "next": 1}.get(rel, 0)


def r_year_part(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"this year's second half", "last year's fourth quarter"."""
    if g["unit"].lower() == "half":
        return _ordinal_part({**g, "half": g["q"]}, v, ("hn", "half"), 6, a, "month")
    return _ordinal_part(g, v, ("qn", "q"), 3, a, "quarter")


def r_months_of_year(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the first nine months of the year" (January to September), "the last three months of 2023"."""
    n, year = v.number(g["n"]), year_of(g) or _rel_year(g, a)
    if n is None or not 1 <= n <= 12:
        return None
    if year is None:
        return None, None, "month"
    first, last = (1, n) if g["edge"].lower() == "first" else (13 - n, 12)
    return dt.date(year, first, 1), dt.date(year, last, last_day(year, last)), "month"


def r_period_ended(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the quarter ended Sept. 30", "the six months to June 30", "the year ending March 31, 2024",
    "the 12 months to 31 March 2025": the period that closes on that day (the most recent such day
    when no year is named)."""
    end = full_date(year_of(g), v.month(g["m"] or g["m2"]), day_of(g, "d" if g["d"] else "d2"), a)
    if end is None:
        return None, None, "month"
    unit = (g.get("unit2") or g.get("unit") or "").lower().split()[-1]  # "fiscal year" -> "year"
    months = {"quarter": 3, "half": 6, "year": 12}.get(unit) or v.number(g.get("n") or "")
    if not months or months > 24:
        return None
    nxt = end + dt.timedelta(days=1)
    y, m = shift_months(nxt.year, nxt.month, -months)
    start = dt.date(y, m, min(nxt.day, last_day(y, m)))
    return start, end, {"quarter": "quarter", "year": "year"}.get(unit, "month")


def r_quarter(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the third quarter of 2023", "Q3 2024", "the fourth quarter"."""
    return _ordinal_part(g, v, ("qn", "q"), 3, a, "quarter")


def r_half(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the first half of 2024", "H2 2023", "the second half"."""
    return _ordinal_part(g, v, ("hn", "half"), 6, a, "month")


def r_fiscal(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"fiscal 2025", "FY2025": from the fiscal start month of the year before."""
    raw = g["fy"]
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    start_month = v.fiscal_start
    if start_month == 1:
        return year_range(year)
    end_month = start_month - 1
    return dt.date(year - 1, start_month, 1), dt.date(year, end_month, last_day(year, end_month)), "year"


def r_season(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"last summer", "in the spring", "winter 2022" (meteorological seasons, whole months)."""
    name = (g.get("s") or g.get("s2") or "").lower()
    year = year_of(g, "y", "y2")
    mod = (g.get("mod") or "").lower()
    first, last = v.seasons[name]
    if year is None:
        year = _season_year(first, last, mod, a)
        if year is None:
            return None, None, "month"
    end_year = year + 1 if last < first else year
    start = dt.date(year, first, 1)
    end = dt.date(end_year, last, last_day(end_year, last))
    if mod == "early":
        end = dt.date(year, first, last_day(year, first))
    elif mod == "late":
        start = dt.date(end_year, last, 1)
    return start, end, "month"


def _season_year(first: int, last: int, mod: str, a: Anchor) -> int | None:
    p = a.published
    if p is None:
        return None
    year = p.year if dt.date(p.year, first, 1) <= p else p.year - 1
    end_year = year + 1 if last < first else year
    ongoing = dt.date(year, first, 1) <= p <= dt.date(end_year, last, last_day(end_year, last))
    if mod == "last" and ongoing:
        return year - 1
    if mod == "next" or (a.future and not ongoing and mod != "last"):
        return year + 1
    if mod == "this" and first == 12 and p.month <= 2:
        return p.year - 1
    return year


def holiday_date(rule: dict[str, Any], year: int) -> dt.date:
    """The date of a holiday in ``year``: fixed, nth/last weekday of a month, or (Orthodox) Easter."""
    kind = rule.get("rule", "fixed")
    if kind == "fixed":
        return dt.date(year, rule["month"], rule["day"])
    if kind in ("easter", "orthodox_easter"):
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        day: dt.date = easter(year, EASTER_ORTHODOX if kind == "orthodox_easter" else EASTER_WESTERN)
        return day + dt.timedelta(days=rule.get("offset", 0))
    month, weekday, offset = rule["month"], rule["weekday"], dt.timedelta(days=rule.get("offset", 0))
    if kind == "weekday_on_or_after":  # US Election Day: the Tuesday after the first Monday of November
        first = dt.date(year, month, rule["day"])
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7) + offset
    if kind == "nth_weekday":  # Thanksgiving; Black Friday is the day after it (offset 1)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (rule["n"] - 1)) + offset
    last = dt.date(year, month, last_day(year, month))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7) + offset


def r_holiday(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"Christmas", "Thanksgiving Day", "Easter 2024", "New Year's Eve"."""
    key = re.sub(r"\s+", " ", g["hol"].lower().replace("’", "'"))
    rule = v.holidays.get(key)
    if rule is None:
        return None
    year = year_of(g, "y", "y3") or _rel_year(g, a)  # "Christmas last year"
    if year is None:
        p = a.published
        if p is None:
            return NULL_DAY
        this = holiday_date(rule, p.year)
        if a.future:
            year = p.year if this >= p else p.year + 1
        else:
            year = p.year if this <= p else p.year - 1
    day = holiday_date(rule, year)
    return day, day, "day"


# ----------------------------------------------------------------------------- relative expressions


def r_rel_day(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"yesterday", "today", "last night", "overnight"."""
    rel = g["rel"].lower()
    off = v.rel_days.get(rel)
    if off is None or a.published is None:
        return NULL_DAY
    day = a.published + dt.timedelta(days=off)
    if rel in ("overnight", "last night"):
        return day, a.published, "day"
    return day, day, "day"


def r_anaphoric_day(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the following day", "the day before", "later that day": days from the anchor, which the
    tagger sets to the last date the text named (else the publication day)."""
    phrase = " ".join(g["anaph"].lower().split())
    off = v.anaphoric_days.get(phrase)
    if off is None or a.published is None:
        return NULL_DAY
    day = a.published + dt.timedelta(days=off)
    # "the previous night": the evening before and the small hours after, as "last night"
    return day, day + dt.timedelta(days=1) if "night" in phrase else day, "day"


def r_anaphoric_period(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the previous year", "the following week", "a week later": periods from the anchor (the last
    date the text named, else the publication day)."""
    unit, n = v.anaphoric_periods[" ".join(g["anaph"].lower().split())]
    return NULL_DAY if a.published is None else _shifted(a.published, unit, n)


def r_reporting_period(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the reporting period": the last range the text named, when it spans a week or more."""
    prev = a.previous
    if prev is None or prev[0] is None or prev[1] is None or (prev[1] - prev[0]).days < 6:
        return None
    return prev


def r_year_ago(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the year-earlier period", "the same quarter last year": the last date the text named, one
    year back, at its granularity; nothing when the text has named none."""
    prev = a.previous
    if prev is None or prev[0] is None or prev[1] is None:
        return None
    return _year_back(prev[0]), _year_back(prev[1]), prev[2]


def _year_back(day: dt.date) -> dt.date:
    return dt.date(day.year - 1, day.month, min(day.day, last_day(day.year - 1, day.month)))


def _shifted(p: dt.date, unit: str, n: int) -> Range:
    """The single day ``n`` days from ``p`` (unit "days"), or the calendar week, month, quarter,
    year or decade ``n`` of them from ``p``'s."""
    if unit == "days":
        day = p + dt.timedelta(days=n)
        return day, day, "day"
    if unit == "week":
        monday = monday_of(p) + dt.timedelta(weeks=n)
        return monday, monday + dt.timedelta(days=6), "week"
    if unit == "month":
        return month_range(*shift_months(p.year, p.month, n))
    if unit == "quarter":
        y, m = shift_months(p.year, (p.month - 1) // 3 * 3 + 1, 3 * n)
        return dt.date(y, m, 1), dt.date(y, m + 2, last_day(y, m + 2)), "quarter"
    if unit == "decade":
        first = p.year // 10 * 10 + 10 * n
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade"
    return year_range(p.year + n)


def r_present(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"now", "currently": the published day."""
    return a.published, a.published, "day"


def r_rel_period(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"last week" (the previous Monday–Sunday), "this month", "the current quarter", "the past week"
    (seven days back).  "Earlier this month" is the month, as TimeML values it: "earlier" says
    when in it, as "later this year" does."""
    rel = " ".join(g["rel"].lower().split())
    unit, n = v.rel_periods[rel]
    p = a.published
    if p is None:
        return None, None, "week" if unit in ("week", "weekend") else ("day" if unit == "days" else unit)
    if unit == "days":
        return p - dt.timedelta(days=n), p, "day"
    if unit == "weekend":
        monday = monday_of(p) + dt.timedelta(weeks=n)
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day"
    return _shifted(p, unit, n)


def r_weekend(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the weekend", "over the weekend": the most recent Saturday–Sunday (the next in a future clause)."""
    p = a.published
    if p is None:
        return NULL_DAY
    saturday = monday_of(p) + dt.timedelta(days=5)
    if saturday > p and not a.future:
        saturday -= dt.timedelta(weeks=1)
    return saturday, saturday + dt.timedelta(days=1), "day"


def _count_of(g: dict[str, Any], v: Vocab) -> tuple[int, str] | None:
    """The count and calendar unit of "three days", "a year", "24 hours", or None."""
    n = v.number(g["n"])
    unit = v.period_units.get(g["unit"].lower())
    if n is not None and unit == "decade":
        return n * 10, "year"  # "a decade ago": the year ten years back
    if n is not None and unit == "fortnight":
        return n * 2, "week"  # "a fortnight ago": the week two weeks back
    return None if n is None or unit is None else (n, unit)


CountedResolver = Callable[[int, str, dt.date, dict[str, Any]], Range | None]


def _counted(fn: CountedResolver) -> Callable[[dict[str, Any], Anchor, Vocab], Range | None]:
    """The opening every counted kind shares ("three days ago", "the next two weeks", "a year
    earlier"): the count and its calendar unit read from the text (no date without them), a null
    day without a publication date; ``fn`` gets the count, the unit, the anchor day and the groups."""

    def resolve(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
        count, p = _count_of(g, v), a.published
        if count is None:
            return None
        if p is None:
            return NULL_DAY
        return fn(count[0], count[1], p, g)

    resolve.__doc__ = fn.__doc__
    return resolve


@_counted
def r_ago(n: int, unit: str, p: dt.date, g: dict[str, Any]) -> Range | None:
    """"three days ago" (that day), "five weeks ago" (that Monday–Sunday week), "two years ago"
    (that calendar year), "a month ago" (that calendar month)."""
    return _counted_shift(p, unit, n, -1)


def _counted_shift(p: dt.date, unit: str, n: int, sign: int) -> Range:
    """The day ``n`` days (or whole days of hours) from ``p``, back (``sign`` -1) or on (1); or the
    calendar week, month or year ``n`` of them away: "three days ago", "two weeks from now"."""
    days = {"hour": n // 24, "day": n}.get(unit)
    return _shifted(p, "days", sign * days) if days is not None else _shifted(p, unit, sign * n)


@_counted
def r_anaphoric_count(n: int, unit: str, p: dt.date, g: dict[str, Any]) -> Range | None:
    """"three days later", "two weeks later" (that day), "five months later" (that month), "a year
    earlier" (that year): counted from the anchor, the last date named or else the publication day."""
    n = -n if g["dir"].lower() == "earlier" else n
    days = {"hour": n // 24, "day": n, "week": 7 * n}.get(unit)
    return _shifted(p, "days", days) if days is not None else _shifted(p, unit, n)


def r_year_part_rel(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"the end of the year", "early next year", "late last month", "by year-end": as "the end of
    2024" for the year meant (the last ten days or so of a month); "the end of the decade" is
    the decade, as TimeML values it."""
    if a.published is None:
        return NULL_DAY
    rel = (g.get("rel") or ("the" if g.get("mpart") else "")).lower()
    step = -1 if rel == "last" else 1 if rel == "next" else 0
    prep = " ".join((g.get("prep") or g.get("mpart") or "the end of").lower().split())
    unit = (g.get("unit") or ("month" if g.get("mpart") else "year")).lower()
    if unit == "decade":
        return _shifted(a.published, "decade", step)
    if unit == "month":
        # "the end of the month" after "on 3 August": the month spoken of, the last one named
        base = a.previous[0] if rel == "the" and a.previous is not None and a.previous[0] is not None else a.published
        y, m = shift_months(base.year, base.month, step)
        first, last = v.parts.get(prep, [21, 31])  # "the end of", "early", "mid": lexicon/dates.json parts
        return dt.date(y, m, first), dt.date(y, m, min(last, last_day(y, m))), "day"
    return r_year({"y": str(a.published.year + step), "prep": prep}, a, v)


@_counted
def r_next_n(n: int, unit: str, p: dt.date, g: dict[str, Any]) -> Range | None:
    """"the next three weeks", "the coming two days": from published to that many units on."""
    if unit in ("hour", "day", "week"):
        return p, p + dt.timedelta(days={"hour": -(-n // 24), "day": n, "week": 7 * n}[unit]), "day"
    y, m = shift_months(p.year, p.month, n * (12 if unit == "year" else 1))
    return p, dt.date(y, m, min(p.day, last_day(y, m))), "day"


@_counted
def r_from_now(n: int, unit: str, p: dt.date, g: dict[str, Any]) -> Range | None:
    """"10 days from now", "two weeks from today": "ago" counted forward."""
    return _counted_shift(p, unit, n, 1)


@_counted
def r_past_n(n: int, unit: str, p: dt.date, g: dict[str, Any]) -> Range | None:
    """"the past three days", "the last 24 hours", "the past two weeks": back from published to it."""
    if unit == "hour":
        return p - dt.timedelta(days=max(1, -(-n // 24))), p, "day"
    if unit in ("day", "week"):
        return p - dt.timedelta(days=n * (7 if unit == "week" else 1)), p, "day"
    if unit == "month":
        y, m = shift_months(p.year, p.month, -n)
        return dt.date(y, m, min(p.day, last_day(y, m))), p, "day"
    return dt.date(p.year - n, p.month, min(p.day, last_day(p.year - n, p.month))), p, "day"


def r_iso(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    day = dt.date.fromisoformat(g["iso"])
    return day, day, "day"


def r_since_era(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    value = v.eras.get(g["era"].lower())
    if not value:
        return None
    return dt.date.fromisoformat(value), a.published, "day"


def r_that_named(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"That April", "that winter": in the year of the last date the text named (the winter a
    January or February named lies in); with none named, no date."""
    prev = a.previous
    if prev is None or prev[0] is None:
        return None
    # the year the last date ends in ("that spring" after the winter of 2023-24 is 2024's), unless
    # it is a long or open span ("since 2004"), whose start is the year spoken of
    short = prev[1] is not None and (prev[1] - prev[0]).days <= 366
    year = (prev[1] if short and prev[1] is not None else prev[0]).year
    if g.get("m"):
        return month_range(year, v.month(g["m"]))
    first, last = v.seasons[g["s"].lower()]
    if last < first and prev[0].month <= last:
        year -= 1
    return r_season({"s": g["s"], "y": str(year)}, a, v)


def r_seasons_ago(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"two winters ago": the season ``n`` back from the last one ("last winter" is one ago)."""
    n = v.number(g["n"])
    first, last = v.seasons[g["s"].lower()]
    year = _season_year(first, last, "last", a)
    if n is None or year is None:
        return None
    return r_season({"s": g["s"], "y": str(year - (n - 1))}, a, v)


def r_since_part(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"since the start of the year": from the first day of the year (month, week) of published to it."""
    p = a.published
    if p is None:
        return None, None, "day"
    unit = g["unit"].lower()
    first = dt.date(p.year, 1, 1) if unit == "year" else dt.date(p.year, p.month, 1) if unit == "month" else monday_of(p)
    return first, p, "day"


def r_numeric_dm(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"14/03" in a log: the most recent such day (the next in a future clause)."""
    day = nearest_day(int(g["mo"]), int(g["d"]), a)
    if day is None and a.published:
        return None
    return day, day, "day"


def r_num_range(g: dict[str, Any], a: Anchor, v: Vocab) -> Range | None:
    """"31/03–06/04/2025": the first day takes the last's year unless it has its own, or falls after it."""
    try:
        end = dt.date(int(g["y"]), int(g["m2"]), int(g["d2"]))
        start = dt.date(int(g.get("y1") or g["y"]), int(g["m1"]), int(g["d1"]))
        if start > end and not g.get("y1"):
            start = start.replace(year=end.year - 1)
    except ValueError:
        return None
    return (start, end, "day") if start <= end else None


RESOLVERS: dict[str, Callable[[dict[str, Any], Anchor, Vocab], Range | None]] = {
    "md": r_day, "dm": r_day, "md_range": r_day_range, "dm_range": r_day_range, "between_md_d": r_day_range,
    "between_d_dm": r_day_range, "my": r_month_year, "month_rel_year": r_month_rel_year, "month": r_month,
    "part": r_part, "weekday": r_weekday, "year": r_year, "year_head": r_year, "year_mod": r_year, "year_span": r_year_span,
    "decade": r_decade, "century": r_century, "quarter": r_quarter, "q_short": r_quarter, "half": r_half,
    "h_short": r_half, "fiscal": r_fiscal, "season": r_season, "holiday": r_holiday, "rel_day": r_rel_day,
    "anaphoric_day": r_anaphoric_day, "anaphoric_period": r_anaphoric_period, "year_ago": r_year_ago,
    "reporting_period": r_reporting_period,
    "month_day": r_month_day, "day_word": r_day_word, "year_part": r_year_part, "period_ended": r_period_ended, "months_of_year": r_months_of_year, "anaphoric_count": r_anaphoric_count,
    "year_part_rel": r_year_part_rel, "from_now": r_from_now, "next_n": r_next_n, "within_n": r_next_n,
    "present": r_present, "rel_period": r_rel_period, "weekend": r_weekend, "ago": r_ago, "past_n": r_past_n,
    "iso": r_iso, "since_era": r_since_era, "numeric_dm": r_numeric_dm, "num_range": r_num_range,
    "that_named": r_that_named, "seasons_ago": r_seasons_ago, "since_part": r_since_part,
}

# kinds whose value depends on the tense of their clause (incomplete dates)
TENSED = frozenset({"md", "dm", "month_day", "day_word", "night_wd", "period_ended", "md_range", "dm_range", "between_md_d", "between_d_dm", "month", "part", "weekday",
                    "quarter", "half", "season", "holiday", "weekend", "between", "md_md", "dm_dm", "m_m", "m_m_bare", "from_open", "numeric_dm"})
