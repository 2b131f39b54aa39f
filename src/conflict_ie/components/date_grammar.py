"""The DATE_RANGE grammar: one named regular expression per date kind, assembled from the
vocabulary of ``lexicon/dates.json``.

Order matters twice: the scanner (the union of all kinds) takes the first alternative that
matches at a position, and ``classify`` reads a candidate with the first kind that matches it
whole, so longer and more specific kinds come first.  Resolution is ``date_resolve.py``.
"""

from __future__ import annotations

import re
from typing import Any

from ..cache import digest, load_json, save_json
from .guards import lookahead

NAMED_GROUP = re.compile(r"\(\?P<\w+>")
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|few|several|a|an"
)
D = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
Y = r"(?:19\d\d|20\d\d)"
DASH = r"\s*(?:-|–|—|/)\s*"
TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
AND = r"(?:\s+(?:and|to|until|till|through)\s+|" + DASH + ")"
# "March 10 and 11", "the night of March 10 to 11": two days of one month
DAY_JOIN = r"\s+(?:and|to)\s+"
# ... unless the second number counts what follows ("on March 10 and 11 soldiers"): only a clause
# word, a preposition or punctuation may follow the range
NOT_COUNTED = r"(?!\s+(?!(?:in|on|at|near|and|or|when|after|before|as|while|but|the|a|with|by|from|to|for)\b)[a-z])"
# day first ("14/03/2024", "14.03.2024"), or month first where the second number cannot be a month ("3/14/2024")
NUMERIC = r"(?:(?:3[01]|[12]\d|0?[1-9])[/.](?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:3[01]|2\d|1[3-9]))[/.](?:(?:19|20)\d\d|\d\d)"
# a log's day/month written in two digits each ("14/03", "01/04"): a fraction is never zero-padded
DD = r"(?:3[01]|[12]\d|0[1-9])"
MM = r"(?:1[0-2]|0[1-9])"


def alt(words: Any) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # fixed order: same pattern in every process


def _title(phrase: str) -> str:
    """"fourth of july" -> "Fourth of July": names keep their small words lower-case."""
    return " ".join(w if w in ("of", "the", "and") else w[:1].upper() + w[1:] for w in phrase.split())


def _forms(d: dict[str, Any]) -> dict[str, str]:
    """The shared sub-patterns: month (M), weekday (W), season, holiday and so on."""
    # press releases, alerts and diaries write dates in capitals ("16 MAY 2024", "WEDNESDAY, SEPT. 17");
    # a bare capital abbreviation of a month ("DEC", "MAR") only counts beside a day or a year
    # (DateTagger._looks_like_date), and one of a weekday ("SAT", "SUN") never
    months = []
    for m in d["months"]:
        months += [m.capitalize(), m.upper()]
        if len(m) <= 4 and m != "may":
            months += [m.capitalize() + ".", m.upper() + "."]
    weekdays = [w.capitalize() for w in d["weekdays"]] + [w.capitalize() + "." for w in d["weekdays"] if len(w) <= 5]
    weekdays += [w.upper() for w in d["weekdays"] if len(w) > 5] + [w.upper() + "." for w in d["weekdays"] if len(w) <= 5]
    holidays = [h for h in d["holidays"] if not h.startswith("_")]
    holiday_forms = [_title(h) for h in holidays] + [_title(h).replace("'", "’") for h in holidays if "'" in h]
    seasons = list(d["seasons"])
    return {
        "M": f"(?:{alt(months)})",
        "W": f"(?:{alt(weekdays)})",
        "parts": f"(?:{alt(d['parts'])})",
        "season": f"(?:{alt(seasons + [s.capitalize() for s in seasons])})",
        "rel_days": f"(?:{alt(d['relative_days'])})",
        "anaph_days": f"(?:{alt(d['anaphoric_days'])})" if d.get("anaphoric_days") else "(?!)",
        "onset": f"(?:{alt(d['onset_verbs'])})" if d.get("onset_verbs") else "(?!)",
        "onset_gerunds": f"(?:{alt(d['onset_gerunds'])})" if d.get("onset_gerunds") else "(?!)",
        "year_heads": f"{alt(d['year_heads'])}" if d.get("year_heads") else "(?!)",
        "reporting": f"(?:{alt(d['reporting_periods'])})" if d.get("reporting_periods") else "(?!)",
        "anaph_periods": f"(?:{alt(d['anaphoric_periods'])})" if d.get("anaphoric_periods") else "(?!)",
        # "the year-earlier period" is also written "the year earlier period"
        "year_ago": f"(?:{alt(d['year_ago_periods'] + [w.replace('-', ' ') for w in d['year_ago_periods']])})"
                    if d.get("year_ago_periods") else "(?!)",
        "rel_periods": f"(?:{alt(d['relative_periods'])})",
        "units": f"(?:{alt(d['period_units'])})",
        "eras": f"(?:{alt(d['eras'])})",
        "holiday": f"(?:{alt(holiday_forms)})",
        "present": f"(?:{alt(d['present_words'])})",
        "ordinal": f"(?:{alt([o for o in d['ordinals']] + [o.capitalize() for o in d['ordinals']])})",
        "ordinal_words": alt([o for o in d["ordinals"] if o.isalpha() or "-" in o]),
        "until": alt(d.get("until_words") or ["until"]),
        "NUM": rf"(?:\d+|(?i:{NUMBER_WORDS}))",
    }


def _composite_kinds(f: dict[str, str]) -> list[tuple[str, str]]:
    """Kinds made of two dates or a date and a connective: since, between, ranges."""
    M = f["M"]
    single = (
        rf"(?:{f['parts']}[\s-]+{M}(?:,?\s+{Y})?|{M}\s*{D}(?:,?\s+{Y})?(?!\d)|{D}\s+(?:of\s+)?{M}(?:,?\s+{Y})?|"
        rf"{M},?\s+{Y}|{M}\s+(?:of\s+)?(?i:last|next|this)\s+year\b|{M}|"
        rf"(?:(?:the\s+)?(?:last|this|early|late)\s+)?{f['season']}(?:\s+(?:of\s+)?{Y})?|"
        rf"(?:(?i:early|late|mid)[\s-]+){Y}|(?:(?i:early|late|mid)[\s-]+)?(?:1[89]|20)\d0['’]?s|"
        rf"(?i:first|second|third|fourth|final)\s+(?:quarter|half)(?:\s+of\s+{Y})?|{Y}|(?:last\s+|this\s+)?(?:{f['W']}|{M})|(?i:last|this)\s+year|"
        rf"\d{{4}}-\d\d-\d\d|{NUMERIC})"
    )
    return [
        # an era with its own date after it ("since the start of the full-scale invasion in February
        # 2022") is read by since_event, the text's date winning over the era's day
        ("since_era", rf"(?i:since)\s+(?P<era>{f['eras']})\b(?!\s+(?i:in|on)\s+(?:{single})\b)"),
        # "since the war in Gaza broke out on October 7, 2023", "since the start of the operation on
        # January 21", "since the opening wave on June 13", "Since Russia's full-scale invasion of
        # Ukraine in February 2022" (d258): an event named in a few words, then its date
        ("since_event", rf"(?i:since)\s+(?:(?:[\w'’-]+\s+){{1,5}}?(?i:{f['onset']})\s+(?:(?i:on|in)\s+)?|"
                        rf"(?i:{f['onset_gerunds']})\s+(?:[\w'’-]+\s+){{1,4}}?(?i:on|in)\s+|"
                        rf"(?:(?i:the|an?)|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{1,5}}?(?i:on|in)\s+)"
                        rf"(?P<inner>{single})\b"),
        # "since the February 2021 coup", "since the 2014 invasion": "the" before a date that
        # names an event is read through; the event noun stays outside the span
        # "since the start of the year", "since the beginning of the month": from its first day
        ("since_part", r"(?i:since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+)(?P<unit>(?i:year|month|week))\b"),
        ("since", rf"(?i:since)\s+(?:the\s+)?(?P<inner>(?:(?i:beginning|start)\s+of\s+)?{single})\b"),
        ("between_md_d", rf"(?i:between|from)\s+(?P<m>{M})\s+(?P<d1>{D}){AND}(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?(?![\d\w])"),
        ("between_d_dm", rf"(?i:between|from)\s+(?P<d1>{D}){AND}(?P<d2>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?"),
        ("between", rf"(?i:between|from)\s+(?P<a>{single}){AND}(?P<b>{single})\b"),
        # "the night of Saturday to Sunday": two weekdays, the second the next one after the first
        ("night_wd", rf"(?i:the\s+night\s+of)\s+(?P<a>{f['W']})\s+(?i:to|into)\s+(?P<b>{f['W']})\b"),
        # "until Friday", "through March": from published to that date
        ("until", rf"(?i:{f['until']})\s+(?:the\s+)?(?P<inner>{single})\b"),
        # "from 2027", "from March 2026" with no end named: open-ended (ranges "from X to Y" are read above)
        ("from_open", rf"(?i:from)\s+(?P<inner>{single})\b(?!\s*(?:\d|[-–—]|(?i:to|until|till|through|and|or)\b))"),
        ("md_range", rf"(?:(?i:the\s+(?:night|weekend)\s+of)\s+)?(?P<m>{M})\s+(?P<d1>{D})(?:{DASH}|{DAY_JOIN})(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?"
                     rf"(?!\d){NOT_COUNTED}"),
        ("dm_range", rf"(?:(?i:the\s+(?:night|weekend)\s+of)\s+)?(?P<d1>{D})(?:{DASH}|{DAY_JOIN})(?P<d2>{D})\s+(?:of\s+)?(?P<m>{M})"
                     rf"(?:,?\s+(?P<y>{Y}))?"),
        ("md_md", rf"(?P<a>{M}\s*{D}){TO}(?P<b>{M}\s*{D})(?:,?\s+(?P<y>{Y}))?"),
        # "31 May–6 June 2025", "31 May to 6 June 2025": a day-month range across two months
        ("dm_dm", rf"(?P<a>{D}\s+{M}){TO}(?P<b>{D}\s+{M})(?:,?\s+(?P<y>{Y}))?"),
        # "March to May 2025", "June-August 2024": months sharing their year
        ("m_m", rf"(?P<a>{M}){TO}(?P<b>{M})\s+(?P<y>{Y})"),
        # "July-September", "the April-June quarter", "the November–January period": two months
        # joined by a dash with no year (with "to", "March to May" alone is too often no date)
        ("m_m_bare", rf"(?:(?i:the)\s+)?(?P<a>{M})\s*[-–—]\s*(?P<b>{M})(?:\s+(?P<unit>(?i:quarter|period)))?(?![\w-]|\s*\d)"),
        ("year_span", rf"(?:(?i:the|in|during|from)\s+)?(?P<y1>{Y})\s*[-–—/]\s*(?P<y2>{Y}|\d\d)(?![\d/.-]\d)"),
    ]


def _period_kinds(f: dict[str, str]) -> list[tuple[str, str]]:
    """Named and long periods: quarters, halves, fiscal years, decades, centuries, holidays."""
    return [
        ("iso", r"(?P<iso>\b\d{4}-\d\d-\d\d)\b"),
        # "31/03–06/04/2025": two day/months, the year at the end (or on both)
        ("num_range", rf"(?<![\d/.])(?P<d1>{DD})/(?P<m1>{MM})(?:/(?P<y1>{Y}))?\s*[-–—]\s*(?P<d2>{DD})/(?P<m2>{MM})/(?P<y>{Y})(?![\d/])"),
        ("numeric", rf"(?<![\d/.])(?P<num>{NUMERIC})(?![\d/])"),
        ("numeric_dm", rf"(?<![\d/.,])(?P<d>{DD})/(?P<mo>{MM})(?![\d/]|[.,]\d)"),
        # "the quarter ended Sept. 30", "the six months to June 30", "the 12 months to 31 March 2025":
        # the period that closes that day
        ("period_ended", rf"(?i:the\s+)(?:(?P<n>{f['NUM']})\s+(?P<unit>(?i:months))|(?P<unit2>(?i:quarter|half|year|fiscal\s+year)))\s+"
                         rf"(?i:ended|ending|to)\s+(?:(?P<m>{f['M']})\s*(?P<d>{D})|(?P<d2>{D})\s+(?P<m2>{f['M']}))"
                         rf"(?:,?\s+(?P<y>{Y}))?(?!\d)"),
        # "this year's second half", "last year's fourth quarter": the year before the part
        ("year_part", r"(?P<rel>(?i:this|last|next))\s+year['’]s\s+(?P<q>(?i:first|second|third|fourth|final))\s+"
                      r"(?P<unit>(?i:quarter|half))\b"),
        # "the first nine months of the year", "the last three months of 2023"
        ("months_of_year", rf"(?i:the\s+(?P<edge>first|last|final)\s+)(?P<n>{f['NUM']})\s+(?i:months)\s+(?i:of)\s+"
                           rf"(?:(?P<y>{Y})|(?P<rel>(?i:the|this|last|next))\s+(?i:year))\b"),
        ("half", rf"(?:(?i:the)\s+)?(?P<half>(?i:first|second|final|1st|2nd))(?:\s+|-)half(?:\s+of\s+(?P<y>{Y})|\s+(?P<y2>{Y})|\s+of\s+(?P<rel>(?i:the|this|last|next))\s+year)?"),
        ("h_short", rf"\bH(?P<hn>[12])\s*(?P<y>{Y})"),
        ("quarter", rf"(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))(?:\s+|-)(?:fiscal\s+)?quarter"
                    rf"(?:\s+of\s+(?P<fq>(?i:fiscal)\s+(?:(?i:year)\s+)?)?(?P<y>{Y})|\s+(?P<y2>{Y})|\s+of\s+(?P<rel>(?i:the|this|last|next))\s+year)?"),
        ("q_short", rf"\bQ(?P<qn>[1-4])(?:\s*(?P<y>{Y}))?"),
        ("fiscal", r"(?:(?i:fiscal)(?:\s+(?i:year))?\s+|FY\s?)(?P<fy>(?:19|20)\d\d|\d\d)\b"),
        ("decade", r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?:(?P<dec>(?:1[89]|20)\d0)['’]?s|['’](?P<dec2>\d0)s)\b"),
        ("century", rf"(?:(?i:the)\s+)?(?P<c>{f['ordinal']}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+[Cc]entury"),
        # "Christmas 2023", "Christmas last year", "the Boxing Day tsunami of 2004"
        ("holiday", rf"(?:(?i:the)\s+)?(?P<hol>{f['holiday']})(?:,?\s+(?P<y>{Y})|\s+(?P<rel>(?i:last|next|this))\s+(?i:year)"
                    rf"|\s+[a-z]+\s+of\s+(?P<y3>{Y}))?"),
    ]


def _single_kinds(f: dict[str, str]) -> list[tuple[str, str]]:
    """One date or period: days, months, weekdays, seasons, years, relative expressions."""
    M, W = f["M"], f["W"]
    return [
        ("part", rf"(?P<part>{f['parts']})[\s-]+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?"),
        ("month_rel_year", rf"(?P<m>{M})\s+(?:of\s+)?(?P<rel>(?i:last|next|this))\s+year\b"),
        ("md", rf"(?:(?i:on)\s+)?(?:(?P<wd>{W}),?\s+)?(?P<m>{M})\s*(?P<d>{D})(?:,?\s+(?P<y>{Y}))?(?!\d|:\d)"),
        ("dm", rf"(?:(?i:on)\s+)?(?:(?P<wd>{W}),?\s+)?(?:the\s+)?(?P<d>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?"),
        ("day_word", rf"(?:(?i:on)\s+)?(?:(?i:the)\s+)?(?P<dw>(?i:{f['ordinal_words']}))\s+(?i:of)\s+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?"),
        ("my", rf"(?P<m>{M}),?\s+(?P<y>{Y})"),
        # "began on the 10th": a day of the month, when nothing but punctuation follows
        ("month_day", r"(?i:on)\s+the\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th))(?=\s*(?:[,.;:)]|$))"),
        ("past_n", rf"(?i:(?:over\s+|in\s+|during\s+|for\s+)?the\s+(?:past|last|previous)\s+)(?P<n>{f['NUM']})\s+(?P<unit>{f['units']})\b"),
        ("within_n", rf"(?i:within\s+)(?P<n>{f['NUM']})\s+(?P<unit>{f['units']})\b"),
        ("next_n", rf"(?i:(?:over\s+|in\s+|during\s+|for\s+|within\s+)?the\s+(?:next|coming)\s+)(?P<n>{f['NUM']})\s+"
                   rf"(?P<unit>{f['units']})\b"),
        # "two winters ago": that season, counted back from the last one
        ("seasons_ago", rf"(?P<n>{f['NUM']})\s+(?P<s>{f['season']})[sS]\s+ago\b"),
        ("ago", rf"(?P<n>{f['NUM']})\s+(?P<unit>{f['units']})\s+ago\b"),
        ("weekend", r"(?:(?i:over|during|at)\s+)?(?i:the)\s+weekend\b(?!\s+of\s+\d)"),
        ("rel_period", rf"(?i:(?:over\s+)?(?P<rel>{f['rel_periods']}))\b"),
        ("rel_day", rf"\b(?i:(?P<rel>{f['rel_days']}))\b"),  # before the anaphors: "the day before yesterday"
        ("year_ago", rf"\b(?i:(?P<ya>{f['year_ago']}))\b"),
        ("anaphoric_period", rf"\b(?i:(?P<anaph>{f['anaph_periods']}))\b"),
        ("reporting_period", rf"\b(?i:(?P<rp>{f['reporting']}))\b"),
        ("anaphoric_day", rf"\b(?i:(?P<anaph>{f['anaph_days']}))\b"),
        ("anaphoric_count", rf"(?P<n>{f['NUM']})\s+(?P<unit>{f['units']})\s+(?P<dir>(?i:later|earlier))\b"),
        ("year_part_rel", r"(?P<prep>(?i:the\s+(?:end|beginning|start|middle)\s+of|early|late|mid))\s+"
                          r"(?P<rel>(?i:the|this|last|next))\s+(?P<unit>(?i:year|month|decade))\b|(?i:year[-\s]end)\b"
                          # CrisisWatch's "mid-month", "early month", and "late in the month": the month spoken of
                          r"|(?P<mpart>(?i:early|late|mid))(?:[\s-]+|\s+(?i:in\s+the)\s+)(?i:month)\b"),
        ("from_now", rf"(?P<n>{f['NUM']})\s+(?P<unit>{f['units']})\s+(?i:from\s+now|from\s+today|hence)\b"),
        ("present", rf"\b(?P<now>(?i:{f['present']}))\b"),
        # "That April", "by that autumn": a month or season of the year of the last date named
        ("that_named", rf"(?i:(?:by\s+)?that)\s+(?:(?P<m>{M})|(?P<s>{f['season']}))\b(?!\s*\d)"),
        ("season", rf"(?:(?P<mod>(?i:last|this|next|early|late))\s+|(?i:the\s+|in\s+the\s+))(?P<s>{f['season']})"
                   rf"(?:\s+(?:of\s+)?(?P<y>{Y}))?|(?P<s2>{f['season']})\s+(?:of\s+)?(?P<y2>{Y})"),
        ("weekday", rf"(?:(?P<mod>(?i:last|this|next|on|a|early|late))\s+)?(?P<w>{W})(?:\s+(?:morning|afternoon|evening|night))?"),
        ("month", rf"(?P<prep>(?i:in|during|by|until|till|through|of|last|this|next|early|late|mid|since|from|the))\s+(?P<m>{M})\b(?!\s*\d)"),
        ("year", rf"(?P<prep>(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of|the\s+year|in|during|by|until|till|through|throughout|of|since"
                 rf"|from|before|after|early|late|mid|around))[\s-]+(?P<y>{Y})(?![\d/.-]\d)"),
        # register notes: "order 2022;", "Ordered 2018 for $5.4 b" (never "ordered 2000 troops")
        ("year_head", rf"(?P<prep>(?i:{f['year_heads']}))\s+(?P<y>{Y})(?=\s*(?:[;,.)]|$)|\s+(?i:for|and)\b)"),
        ("year_mod", rf"(?P<det>(?i:a|an|the|its|their|his|her|our|this|that)|[A-Za-z]+['’]s)\s+(?P<y>{Y})"),
    ]


class LazyPattern:
    """A kind's regular expression, compiled at its first use.  Every kind is compiled anyway inside
    the scanner's union; compiled alone it only reads the groups of a match, and a text needs few
    kinds, so compiling them all up front cost about half a second of every cold start."""

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:  # two threads may both compile it: the same pattern, either stays
            compiled = self._compiled = re.compile(self.pattern)
        return compiled.fullmatch(text)


def build(d: dict[str, Any]) -> list[tuple[str, LazyPattern]]:
    """Every kind of the grammar, in the order they are tried."""
    f = _forms(d)
    kinds = _composite_kinds(f) + _period_kinds(f) + _single_kinds(f)
    return [(kind, LazyPattern(pattern)) for kind, pattern in kinds]


def scanner(kinds: list[tuple[str, LazyPattern]]) -> re.Pattern[str]:
    """The union of all kinds: finds candidates in one pass.  Each alternative is a group named
    ``k<index>`` (the kinds' own group names are dropped), so ``match.lastgroup`` tells which kind
    matched without trying every kind again.

    Each alternative is guarded by a look-ahead of the characters it can begin with
    (``guards.lookahead``): at a position where a kind cannot start, the guard fails at once instead
    of the kind's whole pattern being tried, which made the scanner about 1.5 times faster on
    news text.  The guard only rules out what the kind could never match, so the union matches
    exactly as without it."""
    alternatives = []
    for n, ((_, p), first) in enumerate(zip(kinds, _guards(kinds), strict=True)):
        alternatives.append(f"{first}(?P<k{n}>{NAMED_GROUP.sub('(?:', p.pattern)})")
    return re.compile(r"(?<![\w/])(?:" + "|".join(alternatives) + r")(?!\w)")


def _guards(kinds: list[tuple[str, LazyPattern]]) -> list[str]:
    """``guards.lookahead`` of each kind, kept in the cache directory: parsing the patterns again
    costs about 0.09 s, which every cold start would pay for a guard that never changes."""
    name = "datelook-" + digest(*(p.pattern for _, p in kinds)) + ".json"
    stored = load_json(name)
    if isinstance(stored, list) and len(stored) == len(kinds) and all(isinstance(g, str) for g in stored):
        return stored
    looks = [lookahead(p.pattern) for _, p in kinds]
    save_json(name, looks)
    return looks


def anchor_words(d: dict[str, Any]) -> set[str]:
    """Lower-case tokens one of which every date expression contains: the scanner is only tried
    around them."""
    words = set(d["months"]) | set(d["weekdays"]) | set(d["seasons"]) | set(d["relative_days"])
    words |= {w for phrase in d.get("anaphoric_days", {}) for w in phrase.split()[-1:]}
    words |= {w for phrase in d.get("anaphoric_periods", {}) for w in phrase.split()[-1:]}
    words |= {w for phrase in d.get("reporting_periods", []) for w in phrase.split()[-1:]}
    words |= {w for phrase in d["relative_periods"] for w in phrase.split()}
    words |= {w for phrase in d["present_words"] for w in phrase.split()}
    # a holiday is found by its last word ("New Year's Eve" -> "eve"): first words such as "new" or
    # "good" are too common to try the grammar at
    words |= {w.split()[-1] for w in d["eras"]} | {w.split()[-1] for w in d["holidays"] if not w.startswith("_")}
    words |= {a + "." for a in d["months"]} | {a + "." for a in d["weekdays"]}
    words |= {"since", "ago", "past", "previous", "last", "half", "quarter", "first", "second", "century", "weekend",
              "fiscal", "fy", "new", "later", "earlier", "year", "decade", "current", "preceding", "months", "fortnight",
              "within", "'", "’"}
    words |= {w for phrase in d.get("year_ago_periods", []) for w in phrase.replace("-", " ").split()[-1:]}
    return words - {"the", "of", "over", "a", "at", "as", "right"}


def dateline(d: dict[str, Any]) -> re.Pattern[str]:
    """A wire dateline at the start of a text: "KYIV, March 3, 2024 (Reuters) -", "3 March 2024 —"."""
    M = _forms(d)["M"]
    date = rf"(?:{M})\s*{D},?\s+{Y}|{D}\s+(?:of\s+)?(?:{M}),?\s+{Y}|\d{{4}}-\d\d-\d\d"
    return re.compile(rf"^\s*(?:[A-Z][\w .'’-]{{1,40}},\s+)?(?P<date>{date})\s*(?:\([^)]{{1,40}}\)|/[^/]{{1,40}}/)?\s*[-–—:]")


def starter_words(d: dict[str, Any]) -> set[str]:
    """Lower-case words an expression may begin with before its anchor: prepositions, determiners
    and modifiers of the kinds above, and the first words of eras, holidays, parts and relative
    phrases ("the start of the invasion", "New Year's Eve", "the end of", "over the past")."""
    words = {"since", "between", "from", "the", "night", "on", "in", "during", "for", "over", "last", "this", "next",
             "early", "late", "mid", "a", "an", "its", "their", "his", "her", "our", "that", "by", "until", "till",
             "through", "throughout", "of", "before", "after", "around", "fiscal", "fy", "past", "previous", "at",
             "right", "as", "earlier", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "q1", "q2",
             "q3", "q4", "h1", "h2", "same", "prior", "year", "within", "thru", "'", "’"}
    for table in ("eras", "holidays", "parts", "relative_days", "relative_periods", "present_words", "anaphoric_days",
                  "anaphoric_periods", "year_ago_periods"):
        words |= {k.split()[0] for k in d.get(table, {}) if not k.startswith("_")}
    words |= set(d["ordinals"]) | set(d["weekdays"]) | set(d["months"]) | set(d.get("year_heads", []))
    return words
