"""DATE_RANGE: temporal expressions that pin time, resolved against ``Doc._.published``.

One regular expression, assembled from the vocabulary in ``lexicon/dates.json``, finds the
candidate expressions in a single pass; each candidate is then read by the grammar of its kind.
Absolute numeric dates ("12/04/2023") and any piece the grammar cannot read go to dateparser,
on the short candidate string only and behind a cache.  The conventions (most recent past
date, whole months and seasons, early/mid/late thirds) are those of shared/spec/RECORDS.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from .base import (
    LexiconComponent,
    add_spans,
    claimed,
    doc_text,
    hashes,
    positions,
    published_date,
    token_attrs,
)

_HYPHEN_YEAR = re.compile(r"(?i)\b(?:mid|early|late)-(?:19|20)\d\d\b")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
Range = tuple[dt.date | None, dt.date | None, str]

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|few|several"
)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_range(year: int, month: int) -> Range:
    return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month)), "month"


@lru_cache(maxsize=4096)
def parse_absolute(text: str) -> dt.date | None:
    """Absolute dates the grammar does not read ("12.04.2023", "2023-04-12T10:00")."""
    try:
        import dateparser  # lazily: importing it costs time and most documents never need it
    except ImportError:  # pragma: no cover
        return None
    try:
        parsed = dateparser.parse(
            text, languages=["en"], settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
        )
    except Exception:  # dateparser raises on some malformed input; then it is no date
        return None
    return parsed.date() if parsed else None


class DateTagger(LexiconComponent):
    file_name = "dates.json"

    def build(self) -> None:
        d = lexicon.dates()
        self.months: dict[str, int] = d["months"]
        self.weekdays: dict[str, int] = d["weekdays"]
        self.seasons: dict[str, list[int]] = d["seasons"]
        self.parts: dict[str, list[int]] = d["parts"]
        self.rel_days: dict[str, int | None] = d["relative_days"]
        self.rel_periods: dict[str, list[Any]] = d["relative_periods"]
        self.period_units: dict[str, int] = d["period_units"]
        self.eras: dict[str, str | None] = {**d["eras"], **self.extra.get("eras", {})}
        self.era_contexts: dict[str, list[str]] = d["era_contexts"]
        titled_months = []
        for m in self.months:
            t = m.capitalize()
            titled_months.append(t)
            if len(m) <= 4 and m != "may":
                titled_months.append(t + ".")
            titled_months.append(m.upper()) if len(m) > 3 else None
        weekday_forms = [w.capitalize() for w in self.weekdays] + [w.capitalize() + "." for w in self.weekdays if len(w) <= 5]
        M = f"(?:{_alt(titled_months)})"
        W = f"(?:{_alt(weekday_forms)})"
        D = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
        Y = r"(?:19\d\d|20\d\d)"
        DASH = r"\s*(?:-|–|—|/)\s*"
        TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
        parts = f"(?:{_alt([p for p in self.parts])})"
        season = f"(?:{_alt(list(self.seasons) + [s.capitalize() for s in self.seasons])})"
        rel_days = f"(?:{_alt(list(self.rel_days))})"
        rel_periods = f"(?:{_alt(list(self.rel_periods))})"
        units = f"(?:{_alt(list(self.period_units))})"
        eras = f"(?:{_alt(list(self.eras))})"
        NUM = rf"(?:\d+|(?i:{_NUMBER_WORDS}))"
        NUMERIC = r"(?:3[01]|[12]\d|0?[1-9])[/.](?:1[0-2]|0?[1-9])[/.](?:(?:19|20)\d\d|\d\d)"
        # One grammar per kind, with named groups; the scanning pattern is their union without names.
        self.kinds: list[tuple[str, re.Pattern[str]]] = []
        add = lambda kind, pat: self.kinds.append((kind, re.compile(pat)))  # noqa: E731
        single = (
            rf"(?:{parts}[\s-]+{M}(?:,?\s+{Y})?|{M}\s+{D}(?:,?\s+{Y})?(?!\d)|{D}\s+(?:of\s+)?{M}(?:,?\s+{Y})?|"
            rf"{M},?\s+{Y}|{M}|(?:(?:the\s+)?(?:last|this|early|late)\s+)?{season}(?:\s+(?:of\s+)?{Y})?|"
            rf"{Y}|(?:last\s+|this\s+)?{W}|\d{{4}}-\d\d-\d\d|{NUMERIC})"
        )
        add("since_era", rf"(?i:since)\s+(?P<era>{eras})\b")
        add("since", rf"(?i:since)\s+(?P<inner>{single})\b")
        add("between_md_d", rf"(?i:between|from)\s+(?P<m>{M})\s+(?P<d1>{D})(?:\s+(?:and|to|until|till|through)\s+|{DASH})(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?(?![\d\w])")
        add("between_d_dm", rf"(?i:between|from)\s+(?P<d1>{D})(?:\s+(?:and|to|until|till|through)\s+|{DASH})(?P<d2>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?")
        add("between", rf"(?i:between|from)\s+(?P<a>{single})(?:\s+(?:and|to|until|till|through)\s+|{DASH})(?P<b>{single})\b")
        add("md_range", rf"(?P<m>{M})\s+(?P<d1>{D}){DASH}(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?(?!\d)")
        add("dm_range", rf"(?:(?i:the\s+night\s+of)\s+)?(?P<d1>{D}){DASH}(?P<d2>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?")
        add("md_md", rf"(?P<a>{M}\s+{D}){TO}(?P<b>{M}\s+{D})(?:,?\s+(?P<y>{Y}))?")
        add("iso", r"(?P<iso>\b\d{4}-\d\d-\d\d)\b")
        add("numeric", rf"(?<![\d/.])(?P<num>{NUMERIC})(?![\d/])")
        add("half", rf"(?:the\s+)?(?P<half>(?i:first|second|1st|2nd))\s+half\s+of\s+(?P<y>{Y})")
        add("quarter", rf"(?:the\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+quarter\s+of\s+(?P<y>{Y})")
        add("part", rf"(?P<part>{parts})[\s-]+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?")
        add("md", rf"(?:(?i:on)\s+)?(?:{W},?\s+)?(?P<m>{M})\s+(?P<d>{D})(?:,?\s+(?P<y>{Y}))?(?![\d:])")
        add("dm", rf"(?:(?i:on)\s+)?(?:{W},?\s+)?(?:the\s+)?(?P<d>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?")
        add("my", rf"(?P<m>{M}),?\s+(?P<y>{Y})")
        add("past_n", rf"(?i:(?:over\s+|in\s+|during\s+|for\s+)?the\s+(?:past|last|previous)\s+)(?P<n>{NUM})\s+(?P<unit>{units})\b")
        add("ago", rf"(?P<n>{NUM})\s+(?P<unit>{units})\s+ago\b")
        add("rel_period", rf"(?i:(?:over\s+)?(?P<rel>{rel_periods}))\b")
        add("rel_day", rf"\b(?i:(?P<rel>{rel_days}))\b")
        add("season", rf"(?:(?P<mod>(?i:last|this|next|early|late))\s+|(?i:the\s+|in\s+the\s+))(?P<s>{season})(?:\s+(?:of\s+)?(?P<y>{Y}))?|(?P<s2>{season})\s+(?:of\s+)?(?P<y2>{Y})")
        add("weekday", rf"(?:(?P<mod>(?i:last|this|next|on|a|early|late))\s+)?(?P<w>{W})(?:\s+(?:morning|afternoon|evening|night))?")
        add("month", rf"(?P<prep>(?i:in|during|by|until|till|through|of|last|this|next|early|late|mid|since|from)|the)\s+(?P<m>{M})\b(?!\s*\d)")
        add("year", rf"(?P<prep>(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of|in|during|by|until|till|through|throughout|of|since|from|before|after|early|late|mid|around))[\s-]+(?P<y>{Y})(?![\d/.-]\d)")
        unnamed = [_NAMED_GROUP.sub("(?:", p.pattern) for _, p in self.kinds]
        scan = "|".join(f"(?:{u})" for u in unnamed)
        self.scanner = re.compile(rf"(?<![\w/])(?:{scan})(?!\w)")
        anchors = set(self.months) | set(self.weekdays) | set(self.seasons) | set(self.rel_days) | {
            w for phrase in self.rel_periods for w in phrase.split()} | {"since", "ago", "past", "previous", "last"} | {
            w.split()[-1] for w in self.eras}
        anchors |= {a + "." for a in self.months} | {a + "." for a in self.weekdays} | {"half", "quarter", "first", "second"}
        self.anchor_hashes = hashes(self.nlp, anchors - {"the", "of", "over", "a"})
        self.single_kinds = [(k, p) for k, p in self.kinds if k in ("part", "md", "dm", "my", "iso", "numeric", "season", "weekday")]

    # ------------------------------------------------------------------ resolution helpers
    def _m(self, text: str) -> int:
        return self.months[text.lower().rstrip(".")]

    @staticmethod
    def _d(text: str) -> int:
        return int(re.sub(r"\D", "", text))

    @staticmethod
    def _recent(month: int, day: int, p: dt.date | None) -> dt.date | None:
        """Year-less month/day: the most recent such day on or before ``p``."""
        if p is None:
            return None
        for year in (p.year, p.year - 1):
            try:
                cand = dt.date(year, month, day)
            except ValueError:
                continue
            if cand <= p:
                return cand
        return None

    @staticmethod
    def _date(year: int | None, month: int, day: int, p: dt.date | None) -> dt.date | None:
        if year is None:
            return DateTagger._recent(month, day, p)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    @staticmethod
    def _recent_month(month: int, p: dt.date | None) -> int | None:
        if p is None:
            return None
        return p.year if month <= p.month else p.year - 1

    def _season(self, name: str, year: int | None, mod: str | None, p: dt.date | None) -> Range:
        first, last = self.seasons[name.lower()]
        if year is None:
            if p is None:
                return None, None, "month"
            year = p.year if dt.date(p.year, first, 1) <= p else p.year - 1
            mod = (mod or "").lower()
            if mod == "last" and dt.date(year, first, 1) <= p <= self._season(name, year, None, None)[1]:
                year -= 1
            elif mod == "next":
                year += 1
            elif mod == "this" and first == 12 and p.month <= 2:
                year = p.year - 1
        end_year = year + 1 if last < first else year
        start = dt.date(year, first, 1)
        end = dt.date(end_year, last, _last_day(end_year, last))
        if mod and mod.lower() in ("early", "late"):
            # early summer: its first month; late summer: its last month
            if mod.lower() == "early":
                end = dt.date(year, first, _last_day(year, first))
            else:
                start = dt.date(end_year, last, 1)
        return start, end, "month"

    def _single(self, text: str, p: dt.date | None) -> Range | None:
        for kind, pat in self.single_kinds:
            m = pat.fullmatch(text)
            if m:
                return self._resolve(kind, m, p, text)
        m = re.fullmatch(r"(?:last\s+|this\s+)?([A-Z][a-z]+\.?)", text)
        if m and m.group(1).lower().rstrip(".") in self.months:
            month = self._m(m.group(1))
            year = self._recent_month(month, p)
            return _month_range(year, month) if year else (None, None, "month")
        if re.fullmatch(r"(?:19|20)\d\d", text):
            y = int(text)
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        return None

    def _number(self, text: str) -> int | None:
        if text.isdigit():
            return int(text)
        from .numbers import parse

        value, _ = parse(text.split())
        if value is None and text.lower() in ("few", "several"):
            return None
        return int(value) if value is not None else None

    # ------------------------------------------------------------------ the grammar
    def _resolve(self, kind: str, m: re.Match[str], p: dt.date | None, text: str) -> Range | None:
        g = m.groupdict()
        y = int(g["y"]) if g.get("y") else None
        if kind in ("md_range", "dm_range", "between_md_d", "between_d_dm"):
            month, d1, d2 = self._m(g["m"]), self._d(g["d1"]), self._d(g["d2"])
            if d2 <= d1:
                return None
            end = self._date(y, month, d2, p)
            start = self._date(end.year if end else y, month, d1, None) if (end or y) else None
            return start, end, "day"
        if kind == "md_md":
            a, b = self._single(g["a"], p), self._single(g["b"], p)
            if not a or not b:
                return None
            if y:
                a = self._single(f"{g['a']}, {y}", p)
                b = self._single(f"{g['b']}, {y}", p)
            start, end = a[0], b[1]
            if start and end and start > end:
                start = start.replace(year=start.year - 1)
            return start, end, "day"
        if kind == "between":
            a, b = self._single(g["a"], p), self._single(g["b"], p)
            if not a or not b:
                return None
            start, end = a[0], b[1]
            if start and end and start > end:
                try:
                    start = start.replace(year=end.year) if start.replace(year=end.year) <= end else start.replace(year=end.year - 1)
                except ValueError:
                    return None
            gran = a[2] if a[2] == b[2] else "day"
            return start, end, gran
        if kind == "since":
            inner = self._single(g["inner"], p)
            if not inner or inner[0] is None:
                return None
            return inner[0], p, inner[2]
        if kind == "since_era":
            era = g["era"].lower()
            value = self.eras.get(era)
            if not value:
                return None
            start = dt.date.fromisoformat(value)
            return start, p, "day"
        if kind == "iso":
            try:
                day = dt.date.fromisoformat(g["iso"])
            except ValueError:
                return None
            return day, day, "day"
        if kind == "numeric":
            day = parse_absolute(g["num"])
            return (day, day, "day") if day else None
        if kind in ("half", "quarter"):
            year = int(g["y"])
            which = (g.get("half") or g.get("q") or "").lower()
            index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}[which]
            size = 6 if kind == "half" else 3
            first = index * size + 1
            last = first + size - 1
            return dt.date(year, first, 1), dt.date(year, last, _last_day(year, last)), "month"
        if kind == "part":
            month = self._m(g["m"])
            lo, hi = self.parts[g["part"].lower().rstrip("-").strip() if g["part"].lower() != "mid-" else "mid"]
            year = y or self._recent_month(month, p)
            if year is None:
                return None, None, "day"
            return dt.date(year, month, lo), dt.date(year, month, min(hi, _last_day(year, month))), "day"
        if kind in ("md", "dm"):
            month, day = self._m(g["m"]), self._d(g["d"])
            date = self._date(y, month, day, p)
            if date is None and (y or p):
                return None
            return date, date, "day"
        if kind == "my":
            return _month_range(y, self._m(g["m"]))
        if kind == "month":
            if g["m"] in ("May", "March") and g["prep"].lower() in ("of", "this", "from", "the"):
                return None
            month = self._m(g["m"])
            prep = g["prep"].lower()
            year = self._recent_month(month, p)
            if prep == "next" and year is not None:
                year = p.year if month > p.month else p.year + 1
            if prep == "last" and year is not None and p and month == p.month:
                year -= 1
            if year is None:
                return None, None, "month"
            start, end, _ = _month_range(year, month)
            if prep in ("early", "late", "mid"):
                lo, hi = self.parts[prep]
                return dt.date(year, month, lo), dt.date(year, month, min(hi, end.day)), "day"
            if prep == "since":
                return start, p, "month"
            return start, end, "month"
        if kind == "year":
            year = int(g["y"])
            prep = g["prep"].lower()
            if prep == "since":
                return dt.date(year, 1, 1), p, "year"
            prep = " ".join(prep.replace("the ", "").split())
            part = {"early": "early", "mid": "mid", "late": "late", "beginning of": "early", "start of": "early",
                    "middle of": "mid", "end of": "late"}.get(prep)
            if part:
                first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
                return dt.date(year, first, 1), dt.date(year, last, _last_day(year, last)), "month"
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        if kind == "season":
            name = g.get("s") or g.get("s2")
            year = y or (int(g["y2"]) if g.get("y2") else None)
            return self._season(name, year, g.get("mod"), p)
        if kind == "weekday":
            mod = (g.get("mod") or "").lower()
            wd = self.weekdays[g["w"].lower().rstrip(".")]
            if p is None:
                return None, None, "day"
            back = (p.weekday() - wd) % 7
            if mod == "last" and back == 0:
                back = 7
            if mod == "next":
                fwd = (wd - p.weekday()) % 7 or 7
                day = p + dt.timedelta(days=fwd)
            else:
                day = p - dt.timedelta(days=back)
            return day, day, "day"
        if kind == "rel_day":
            off = self.rel_days.get(g["rel"].lower())
            if off is None or p is None:
                return None, None, "day"
            day = p + dt.timedelta(days=off)
            if g["rel"].lower() in ("overnight", "last night"):
                return day, p, "day"
            return day, day, "day"
        if kind == "rel_period":
            unit, n = self.rel_periods[g["rel"].lower()]
            if p is None:
                return None, None, "week" if unit in ("week", "weekend") else ("day" if unit == "days" else unit)
            if unit == "days":
                return p - dt.timedelta(days=n), p, "day"
            if unit in ("week", "weekend"):
                monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=n)
                if unit == "weekend":
                    return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day"
                if "earlier" in g["rel"].lower():
                    return monday, p, "week"
                return monday, monday + dt.timedelta(days=6), "week"
            if unit == "month":
                month_index = p.year * 12 + (p.month - 1) + n
                year, month = divmod(month_index, 12)
                start, end, _ = _month_range(year, month + 1)
                if "earlier" in g["rel"].lower():
                    end = p
                return start, end, "month"
            if unit == "year":
                year = p.year + n
                end = p if "earlier" in g["rel"].lower() else dt.date(year, 12, 31)
                return dt.date(year, 1, 1), end, "year"
            return None
        if kind in ("past_n", "ago"):
            n = self._number(g["n"])
            per = self.period_units.get(g["unit"].lower(), 0)
            if n is not None and g["unit"].lower().startswith("hour"):
                n, per = max(1, -(-n // 24)), 1  # "the past 24 hours": the day before publication to it
            if n is None or per == 0:
                return None
            if p is None:
                return None, None, "day"
            if kind == "ago":
                day = p - dt.timedelta(days=n * per)
                gran = "day" if per == 1 else ("week" if per == 7 else ("month" if per == 30 else "year"))
                return day, day, gran
            return p - dt.timedelta(days=n * per), p, "day"
        return None

    def _classify(self, text: str) -> tuple[str, re.Match[str]] | None:
        for kind, pat in self.kinds:
            m = pat.fullmatch(text)
            if m:
                return kind, m
        return None

    # ------------------------------------------------------------------ component
    def _matches(self, doc: Doc, text: str) -> list[re.Match[str]]:
        """Matches of the grammar that contain an anchor token (a number, a month or weekday name,
        a relative word).  The grammar is only tried at the anchor and the few tokens before it
        ("between", "since the start of", "on the night of"), never across the whole text."""
        attrs = token_attrs(doc)
        anchors = set(np.nonzero(attrs[:, 1] != 0)[0].tolist())
        anchors.update(positions(attrs[:, 0].tolist(), self.anchor_hashes))
        offsets = attrs[:, 4].astype(np.int64).tolist()
        for m in _HYPHEN_YEAR.finditer(text):  # "mid-2023" is one token
            anchors.add(int(np.searchsorted(attrs[:, 4].astype(np.int64), m.start(), side="right")) - 1)
        anchors = sorted(anchors)
        if not anchors:
            return []
        out: list[re.Match[str]] = []
        covered = -1
        tried: set[int] = set()
        for i in anchors:
            anchor_char = offsets[i]
            if anchor_char < covered:
                continue
            best = None
            for j in range(max(0, i - 6), i + 1):
                pos = offsets[j]
                if pos < covered or pos in tried and j != i:
                    continue
                tried.add(pos)
                m = self.scanner.match(text, pos)
                if m is not None and m.end() > anchor_char and (best is None or m.end() - m.start() > best.end() - best.start()):
                    best = m
                if best is not None:
                    break
            if best is not None:
                out.append(best)
                covered = best.end()
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        p = published_date(doc)
        taken = claimed(doc)
        spans = []
        for m in self._matches(doc, text):
            frag = m.group(0)
            got = self._classify(frag)
            if got is None:
                continue
            kind, gm = got
            if kind in ("since_era",):
                era = gm.group("era").lower()
                ctx = self.era_contexts.get(era)
                if ctx and not any(w in text.lower() for w in ctx):
                    continue
            try:
                res = self._resolve(kind, gm, p, frag)
            except (ValueError, KeyError, OverflowError):
                res = None
            if res is None:
                continue
            start_c, end_c = m.start(), m.end()
            # prepositions are context, not part of the expression (but "since" changes it)
            lead = re.match(r"(?i)(?:on|in|during|by|until|till|through|throughout|of|before|after|around|over|for|the)\s+", frag)
            if lead and kind in ("md", "dm", "weekday", "month", "year", "rel_period", "past_n", "season"):
                start_c += lead.end()
            span = doc.char_span(start_c, end_c, alignment_mode="expand")
            if span is None or any(taken[span.start : span.end]):
                continue
            start, end, gran = res
            norm = {
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
                "granularity": gran,
            }
            spans.append((span.start, span.end, "DATE_RANGE", norm))
        add_spans(doc, spans)
        return doc


@Language.factory(
    "conflict_ie_dates",
    default_config={"extra_lexicon": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str, extra_lexicon: str | None) -> DateTagger:
    return DateTagger(nlp, name, DateTagger.read_extra(extra_lexicon))
