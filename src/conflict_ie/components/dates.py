"""DATE_RANGE: temporal expressions that pin time, resolved against ``Doc._.published``.

The grammar (``date_grammar.py``, built from ``lexicon/dates.json``) finds candidate expressions
around anchor tokens only; each candidate is read by the resolver of its kind
(``date_resolve.py``: pure calendar arithmetic).  This module does what needs the document: the
tense of the clause around a date (future cues move incomplete dates forward, as RECORDS.md
says), the guards against words that only look like dates ("The Sun", "the fall of Aleppo",
"This Week", "today's youth"), and the spans.  Absolute numeric dates ("12/04/2023") go to
dateparser, on the short candidate string only and behind a cache.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from . import date_grammar as grammar
from .base import (
    LexiconComponent,
    add_spans,
    claimed,
    doc_text,
    hashes,
    positions,
    published_date,
    token_attrs,
    token_table,
)
from .date_resolve import RESOLVERS, TENSED, Anchor, Range, Vocab
from .guards import guarded

# expressions hidden inside one token: "mid-2023", "1990s", "Q3", "H1", "FY2025", "2011-2012", "Nov.3rd"
_TOKEN_ANCHORS = re.compile(guarded(  # scanned over the whole text: the guard skips most positions at once
    r"(?i:\b(?:mid|early|late)-(?:19|20)\d\d)\b|\b(?:1[89]|20)\d0['’]?s\b|['’]\d0s\b|\b[QH][1-4]\b|\bFY\s?\d|"
    r"\b(?:19|20)\d\d\s*[-–—/]\s*\d|\b[A-Z][a-z]{2,3}\.\d|\b\d\d?/\d\d?/\d\d"
))
_HEADLINE_TO = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,4}to\s+[a-z]+\b")
_LEAD = re.compile(r"(?i)(?:on|in|during|by|until|till|through|throughout|of|before|after|around|over|for|at|the)\s+")
_TRIM_LEAD = frozenset({"md", "dm", "month_day", "weekday", "month", "year", "rel_period", "past_n", "next_n", "season", "weekend", "holiday",
                        "year_span"})


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


def _counts_from_last(kind: str, gm: re.Match[str], last_day: bool) -> bool:
    """Whether an anaphor counts from the last date the text named rather than the publication day:
    periods always ("the following year" after "in 2019"); days only after a single day ("the
    next day" after "on 4 March", not after "in March")."""
    if kind == "anaphoric_period":
        return True
    if kind == "anaphoric_count":
        return last_day or gm.group("unit").lower().rstrip("s") not in ("hour", "day", "week")
    return kind == "anaphoric_day" and last_day


def _cue_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w'’])(?:" + grammar.alt(words) + r")(?![\w])")


# a clause with one of these (or a past form) has a verb of its own; a sentence ends at these
# (capitalised only as the clause's first word: "Visiting the summit on Wednesday", not "Boxing Day")
_ING_FORM = re.compile(r"\b[a-z]{3,}ing\b|^\W*[A-Z][a-z]{2,}ing\b")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|our)\s+$")


def _attributive(window: str, m: re.Match[str]) -> bool:
    """A participle cue after an article describes a noun ("departed ... for a scheduled deployment",
    "a planned port visit"): it says nothing of the clause's tense ("is scheduled to" does)."""
    return m.group(0).lower().endswith("ed") and _DETERMINER_BEFORE.search(window, 0, m.start()) is not None


def _future_wins(fut: list[int], past: list[int], start: int) -> bool:
    """Future when a future cue is there and none of the past cues stands nearer to the date."""
    if not fut:
        return False
    nearest = min(fut, key=lambda i: abs(i - start))
    return all(abs(nearest - start) <= abs(i - start) for i in past)


class DateTagger(LexiconComponent):
    file_name = "dates.json"

    def build(self) -> None:
        d = lexicon.dates()
        eras = {**d["eras"], **self.extra.get("eras", {})}
        self.vocab = Vocab(
            months=d["months"], weekdays=d["weekdays"], seasons=d["seasons"], parts=d["parts"],
            rel_days=d["relative_days"], anaphoric_days=d.get("anaphoric_days", {}),
            anaphoric_periods=d.get("anaphoric_periods", {}), rel_periods=d["relative_periods"], period_units=d["period_units"],
            eras=eras, holidays={k: v for k, v in d["holidays"].items() if not k.startswith("_")},
            ordinals=d["ordinals"], present=d["present_words"], fiscal_start=int(d["fiscal_year_start_month"]),
            number=_number,
        )
        self.era_contexts: dict[str, list[str]] = d["era_contexts"]
        self.kinds = grammar.build({**d, "eras": eras})
        self.scanner = grammar.scanner(self.kinds)
        self.single_kinds = [(k, p) for k, p in self.kinds if k in ("part", "md", "dm", "my", "iso", "numeric", "season", "weekday", "year", "rel_period",
                                                                        "decade", "quarter", "half", "month_rel_year")]
        self.anchor_hashes = hashes(self.nlp, grammar.anchor_words({**d, "eras": eras}))
        self.starter_hashes = self.anchor_hashes | hashes(self.nlp, grammar.starter_words({**d, "eras": eras}))
        self.possessive_hashes = hashes(self.nlp, ["'s", "’s"])
        self.dateline = grammar.dateline({**d, "eras": eras})
        self.until_negations = frozenset(d.get("until_negations", []))
        self.future_cues = _cue_pattern(d["future_markers"])
        self.past_cues = _cue_pattern(d["past_markers"])
        # a past form, not after "be"/"been"/"being"/"is"/"are" (a passive: "will be sent", "when
        # the draw is made")
        self.past_forms = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )\b(?:[a-z]{3,}ed|"
                                     + grammar.alt(d.get("past_forms", [])) + r")\b")
        self.speech_verbs = frozenset(lexicon.triggers()["sources"]["speech_verbs"])
        # a full stop ends a clause, the periods of "a.m.", "U.S." or "3.5" do not (a word or a
        # lower-case word follows them)
        self.clause_breaks = re.compile(r"\.(?![\w.]|\s+[a-z])|[;:!?\"“”()\[\]]|,\s|(?i:\b(?:"
                                        + grammar.alt(d["clause_breaks"]) + r")\b)")
        self.abbrev_weekdays = {w for w in d["weekday_abbreviations_need_period_or_date"] if w in d["weekdays"]}
        self.generic_after_today = set(d["generic_after_today"])
        names = d.get("names_with_dates", [])
        self.date_names = re.compile(r"\b(?:" + grammar.alt(names) + r")\b") if names else None
        heads = d.get("name_heads", [])
        self.name_heads = re.compile(r"\s+(?:" + grammar.alt(heads) + r")\b") if heads else None
        self.habitual = re.compile(r"(?i)\b(?:" + grammar.alt(d.get("habitual_words", [])) + r")\s+$") if d.get("habitual_words") else None
        self.counted_nouns = {form for form in lexicon.item_index().forms if " " not in form and form.endswith("s")}
        self.night_leads = frozenset(w.lower() for w in d.get("night_leads", []))

    # ------------------------------------------------------------------ reading one candidate
    def _single(self, text: str, a: Anchor) -> Range | None:
        """A date inside a composite ("between X and Y", "since X")."""
        for kind, pat in self.single_kinds:
            m = pat.fullmatch(text)
            if m:
                return self._resolve(kind, m, a)
        m = re.fullmatch(r"(?:last\s+|this\s+)?([A-Z][a-z]+\.?)", text)
        if m and m.group(1).lower().rstrip(".") in self.vocab.months:
            return RESOLVERS["month"]({"m": m.group(1), "prep": ""}, a, self.vocab)
        if re.fullmatch(r"(?:19|20)\d\d", text):
            y = int(text)
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        return None

    def _resolve(self, kind: str, m: re.Match[str], a: Anchor) -> Range | None:
        g = m.groupdict()
        if kind in ("between", "md_md", "dm_dm", "m_m", "night_wd"):
            return self._two_dates(kind, g, a)
        if kind == "m_m_bare":
            return _as_quarter(self._two_dates("m_m", g, a), g.get("unit"))
        if kind == "until":
            return self._until(g, a)
        if kind in ("since", "since_event", "from_open"):
            # "since the summer": a bare season reads as "the summer"
            inner = self._single(g["inner"], Anchor(a.published, a.future)) or self._single("the " + g["inner"], Anchor(a.published))
            if inner is None:
                return None
            if inner[0] is None:
                return None, None, inner[2]  # no published date to count from: a date with no bounds
            # "since the beginning of 2025" starts on a day, the first of the year
            grain = "day" if re.match(r"(?i)(?:beginning|start)\s+of\b", g["inner"]) else inner[2]
            return inner[0], None if kind == "from_open" else a.published, grain
        if kind == "numeric":
            day = parse_absolute(g["num"])
            return (day, day, "day") if day else None
        return RESOLVERS[kind](g, a, self.vocab)

    def _until(self, g: dict[str, Any], a: Anchor) -> Range | None:
        """"until Friday", "through March": from ``published`` to the end of that date (as "since X"
        runs from X to it); a date before ``published`` keeps only its end."""
        inner = self._until_inner(g, a)
        if inner is None or inner[1] is None:
            return None
        p = a.published
        return (p if p is not None and p <= inner[1] else None), inner[1], inner[2]

    def _until_inner(self, g: dict[str, Any], a: Anchor) -> Range | None:
        """The date an until word names ("until the fourth quarter of 2025"), read forward."""
        return self._single(g["inner"], Anchor(a.published, True)) or self._single("the " + g["inner"], Anchor(a.published, True))

    def _two_dates(self, kind: str, g: dict[str, Any], a: Anchor) -> Range | None:
        """"between March 4 and April 9", "from Aug. 3 to Sept. 19", "between 1998 and 2001"."""
        y = g.get("y")
        first, second = (f"{g['a']}, {y}", f"{g['b']}, {y}") if y else (g["a"], g["b"])
        a_range, b_range = self._single(first, a), self._single(second, a)
        if not a_range or not b_range:
            return None
        start, end = a_range[0], b_range[1]
        if start and end and start > end and a_range[0] == a_range[1] and b_range[0] == b_range[1] \
                and (start - end).days < 7:
            end += dt.timedelta(days=7)  # "from Friday to Monday": the Monday after that Friday
        if start and end and start > end:
            try:
                start = start.replace(year=end.year) if start.replace(year=end.year) <= end else start.replace(year=end.year - 1)
            except ValueError:
                return None
        gran = a_range[2] if a_range[2] == b_range[2] and kind in ("between", "m_m") else "day"
        if kind == "night_wd" and start and end and (end - start).days != 1:
            return None  # "the night of Saturday to Sunday": two days in a row
        return start, end, gran

    def _classify(self, text: str, hint: str | None = None) -> tuple[str, re.Match[str]] | None:
        """The kind of a candidate and its groups: the scanner's alternative first (``hint``,
        "k<index>"), else the first kind that reads the whole text."""
        if hint is not None:
            kind, pat = self.kinds[int(hint[1:])]
            m = pat.fullmatch(text)
            if m:
                return kind, m
        for kind, pat in self.kinds:
            m = pat.fullmatch(text)
            if m:
                return kind, m
        return None

    # ------------------------------------------------------------------ context of a candidate
    def _future(self, text: str, start: int, end: int) -> bool:
        """Whether the clause around ``text[start:end]`` speaks of the future (RECORDS.md's cues).

        The clause runs to the nearest break (punctuation, "that", "which", "and" …) on each side,
        so "said on Monday that exercises will begin" keeps Monday in the past.  A past cue
        nearer to the date than the future cue wins ("troops were due ... but left on Friday").
        """
        left = max(0, start - 160)
        for brk in self.clause_breaks.finditer(text, left):  # no endpos: a break's look-ahead reads past it
            if brk.end() > start:
                break
            left = brk.end()
        right_m = self.clause_breaks.search(text, end, min(len(text), end + 160))
        right = right_m.start() if right_m else min(len(text), end + 160)
        window = text[left:right]
        if (left == 0 or text[left - 1] == "\n") and _HEADLINE_TO.match(window):
            return True  # "Blinken to visit China on Wednesday": a headline's infinitive is "is to"
        fut = self._future_cues_at(window, left)
        past = [m.start() + left for m in self.past_cues.finditer(window)]
        if not fut and not past and not _ING_FORM.search(window) and not self.past_forms.search(window):
            return self._sentence_future(text, start, end)
        return _future_wins(fut, past, start)

    def _future_cues_at(self, window: str, left: int) -> list[int]:
        """Offsets in the text (``window`` starts at ``left``) of the future cues that speak of the
        clause, not of a noun ("a scheduled deployment")."""
        return [m.start() + left for m in self.future_cues.finditer(window) if not _attributive(window, m)]

    def _sentence_future(self, text: str, start: int, end: int) -> bool:
        """A date whose clause has no verb ("From 1 February, jets will ...", "... and Kashmir from
        August 30", "and again on Veterans Day") takes the tense of its sentence: the cue nearest
        to it, where any past form ("attacked") is a past cue and a verb of speech ("officials said")
        is none: it tells when the claim was made, not the clause's tense."""
        left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
        right_m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
        window = text[left : right_m.start() if right_m else min(len(text), end + 300)]
        fut = self._future_cues_at(window, left)
        cues = [*self.past_cues.finditer(window), *self.past_forms.finditer(window)]
        past = [m.start() + left for m in cues if m.group(0).lower() not in self.speech_verbs]
        return _future_wins(fut, past, start)

    def _looks_like_date(self, kind: str, gm: re.Match[str], text: str, end: int) -> bool:
        """Guards against words that only look like dates."""
        after = text[end : end + 40]
        if kind == "weekday":
            w = gm.group("w")
            if w.lower() in self.abbrev_weekdays and not w.endswith("."):
                return False  # "The Sun", "Sat" as a verb
            if re.match(r"\s+[A-Z][a-z]", after) and not re.match(r"\s+(?:" + gm.re.pattern[:0] + r"[A-Z][a-z]+\s+\d)", after):
                return False  # "The Sunday Times", "Monday Night Football"
        if kind == "season" and not (gm.group("y") or gm.groupdict().get("y2")) and re.match(r"\s+of\s+(?!(?:19|20)\d\d)", after):
            return False  # "the fall of Aleppo"
        if kind == "rel_period" and re.search(r"\b(?:Week|Month|Year)\b", gm.group(0)) and not gm.group(0).isupper():
            return False  # a title: "This Week"
        possessed = re.match(r"['’]s\s+(\w+)", after)
        if kind == "rel_day" and gm.group("rel").lower() == "today" and possessed:
            return possessed.group(1).lower() not in self.generic_after_today  # "today's youth"
        if kind == "year_mod":
            # "a 2012 raid", "the 2003 invasion" — but "the 2000 troops" counts troops
            word = re.match(r"\s+([A-Za-z][\w-]*)", after)
            return word is not None and word.group(1).lower() not in self.counted_nouns
        if kind == "month" and gm.group("prep").lower() == "the" and not re.match(r"\s+[a-z]", after):
            return False  # "the March offensive", not "the May" of a name
        if kind == "month" and gm.group("m").isupper() and len(gm.group("m").rstrip(".")) <= 4:
            return False  # "the DEC appeal", "in MAR": an acronym; "14 MAR 2025" is read as a day
        if kind == "holiday" and gm.group(0).lower() == "may day" and not re.match(r"\s*(?:,|\.|$|\s+(?:rally|rallies|march|marches|parade|parades|protests?|holiday))", after):
            return False
        return True

    def _inside_name(self, kind: str, m: re.Match[str], text: str) -> bool:
        """A date word inside a name ("the Mail on Sunday", "6th of October City", "a 1990s-style
        approach"): dates.json ``names_with_dates`` and ``name_heads``."""
        if self.date_names is not None:
            for name in self.date_names.finditer(text, max(0, m.start() - 30), min(len(text), m.end() + 30)):
                if name.start() < m.end() and m.start() < name.end():
                    return True
        if kind in ("dm", "md", "day_word") and self.name_heads is not None and self.name_heads.match(text, m.end()):
            return True
        return kind == "decade" and text.startswith("-style", m.end())

    def _era_ok(self, kind: str, gm: re.Match[str], text: str) -> bool:
        if kind != "since_era":
            return True
        ctx = self.era_contexts.get(gm.group("era").lower())
        return not ctx or any(w in text.lower() for w in ctx)

    # ------------------------------------------------------------------ component
    def _matches(self, doc: Doc, text: str) -> list[re.Match[str]]:
        """Matches of the grammar that contain an anchor token (a number, a month or weekday name,
        a relative word).  The grammar is only tried at the anchor and the few tokens before it
        ("between", "since the start of", "on the night of"), never across the whole text; of the
        matches found there, the one reaching furthest wins ("on February 12-13", not "on February 12")."""
        attrs, table = token_attrs(doc), token_table(doc)
        lowers, offsets = table.lower_hashes, table.starts
        anchors = set(np.nonzero(attrs[:, 1] != 0)[0].tolist())
        anchors.update(positions(lowers, self.anchor_hashes))
        for m in _TOKEN_ANCHORS.finditer(text):
            anchors.add(bisect_right(offsets, m.start()) - 1)  # the token holding the match's start
        out: list[re.Match[str]] = []
        covered = -1
        missed: set[int] = set()  # positions where the grammar matched nothing: not tried again
        starters, possessive, n = self.starter_hashes, self.possessive_hashes, len(lowers)
        for i in sorted(anchors):
            if offsets[i] < covered:
                continue
            best: re.Match[str] | None = None
            for j in range(max(0, i - 6), i + 1):
                if offsets[j] < covered or offsets[j] in missed or (
                        j != i and lowers[j] not in starters and not text[offsets[j]].isdigit()
                        and not (j + 1 < n and lowers[j + 1] in possessive)):
                    continue  # no kind of the grammar can start here (see starter_words)
                hit = self.scanner.match(text, offsets[j])
                if hit is None:
                    missed.add(offsets[j])
                elif hit.end() > offsets[i]:
                    best = hit
                    break
            if best is not None and best.start() < offsets[i]:
                at_anchor = self.scanner.match(text, offsets[i])  # "on February 12-13": the longer reading
                if at_anchor is not None and at_anchor.end() > best.end():
                    best = at_anchor
            if best is not None:
                out.append(best)
                covered = best.end()
        return out

    def _candidate(self, m: re.Match[str], text: str, p: dt.date | None, previous: Range | None = None,
                   post: dt.date | None = None) -> tuple[int, int, dict[str, Any]] | None:
        """Character span and norm of one match, or None when it is no date.  ``previous`` is the
        last date named before it: its start anchors "the following day" (after a single day
        only) and "the previous year", and the whole of it "the year-earlier period".  ``post``
        is the date of the post it stands in (``_post_header``): "today", "yesterday", weekdays
        and "last week" count from it; dates with a month keep their year from ``p``."""
        got = self._classify(m.group(0), m.lastgroup)
        if got is None:
            return None
        kind, gm = got
        if post is not None and kind in _DEICTIC:
            p = post
        last = previous[0] if previous is not None else None
        if last is not None and _counts_from_last(kind, gm, previous is not None and previous[0] == previous[1]):
            p = last
        elif kind in ("anaphoric_count", "anaphoric_period") and previous is None and m.group(0).lower().endswith("later"):
            p = None  # "A month later" with no date named before it: nothing to count from ("ten days earlier" counts back from published)
        if not self._era_ok(kind, gm, text) or not self._looks_like_date(kind, gm, text, m.end()) \
                or self._inside_name(kind, m, text):
            return None
        if kind in ("weekday", "month") and self.habitual is not None and self.habitual.search(text, max(0, m.start() - 8), m.start()):
            return None  # "every Monday": a habit
        future = kind in TENSED and p is not None and self._future(text, m.start(), m.end())
        # "would not reach Taiwan until the fourth quarter of 2025": when it happens, the date itself
        negated_until = kind == "until" and self._negated_before(text, m.start())
        try:
            res = self._until_inner(gm.groupdict(), Anchor(p, True)) if negated_until \
                else self._resolve(kind, gm, Anchor(p, future, previous))
        except (ValueError, KeyError, OverflowError):
            return None
        if res is None:
            return None
        start_c = m.start()
        lead = _LEAD.match(m.group(0))
        if lead and kind in _TRIM_LEAD:
            start_c += lead.end()  # prepositions are context, not part of the expression (but "since" is)
        if kind in ("year_mod", "year_head"):
            start_c = m.start() + gm.start("y")  # "the 2008 war", "order 2022": the year alone
        if negated_until:
            start_c = m.start() + gm.start("inner")
        start, end, gran = res
        norm = {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None, "granularity": gran}
        return start_c, m.end(), norm

    def _negated_before(self, text: str, at: int) -> bool:
        """A negation (dates.json ``until_negations``) between the sentence's start and ``at``."""
        window = text[max(0, at - 80) : at]
        window = window[window.rfind(". ") + 1 :]
        words = re.findall(r"[a-z’']+", window.lower())
        return any(w in self.until_negations or w.endswith(("n't", "n’t")) for w in words)

    def _dateline_date(self, text: str) -> dt.date | None:
        """The date of a dateline ("KYIV, March 3, 2024 (Reuters) -"): the reference date of a
        text without ``published`` (RECORDS.md); a dateline without a year gives none."""
        m = self.dateline.match(text[:120])
        if m is None:
            return None
        got = self._classify(m.group("date"))
        res = self._resolve(got[0], got[1], Anchor(None)) if got else None
        return res[0] if res and res[0] == res[1] else None

    def __call__(self, doc: Doc) -> Doc:
        self.require_source()
        text = doc_text(doc)
        p = published_date(doc) or self._dateline_date(text)
        taken = claimed(doc)
        spans = []
        previous: Range | None = None
        post: dt.date | None = None
        for m in self._matches(doc, text):
            found = self._candidate(m, text, p, previous, post)
            if found is None:
                continue
            if found[2]["start"]:
                norm = found[2]
                previous = (dt.date.fromisoformat(norm["start"]), dt.date.fromisoformat(norm["end"]) if norm["end"] else None,
                            norm["granularity"])
                header = _post_header(text, m)
                if header == "post" and norm["start"] == norm["end"]:
                    post = previous[0]  # "Oct. 28 | Hegseth (X)": the post's "yesterday" is Oct. 27
                elif header == "dateline":
                    post = None  # a wire story after the posts counts from published again
            span = doc.char_span(found[0], found[1], alignment_mode="expand")
            if span is None or any(taken[span.start : span.end]):
                continue
            spans.append((span.start, span.end, "DATE_RANGE", found[2]))
        add_spans(doc, self._nights_of_dates(doc, spans))
        return doc

    def _nights_of_dates(self, doc: Doc, spans: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
        """"overnight on April 29", "overnight from Tuesday to Wednesday": a night word (dates.json
        ``night_leads``) right before a date, "on", "from" or "of" between, is one range with that
        date and takes its days, not the night before the day of writing."""
        lowers = token_table(doc).lowers
        out: list[tuple[int, int, str, Any]] = []
        for span in spans:
            last = out[-1] if out else None
            if last is not None and " ".join(lowers[last[0] : last[1]]) in self.night_leads \
                    and all(lowers[k] in ("on", "from", "of") for k in range(last[1], span[0])) and span[0] - last[1] <= 1:
                out[-1] = (last[0], span[1], span[2], span[3])
                continue
            out.append(span)
        return out


_HEADER_BAR = re.compile(r"[ \t]*\|")
# the kinds that count from the day of writing ("today", "on Monday", "last week", "two days ago")
_DEICTIC = frozenset({"rel_day", "rel_period", "weekday", "night_wd", "weekend", "past_n", "ago", "within_n",
                      "next_n", "from_now", "present"})


_DATELINE_PLACE = re.compile(r"[A-Z][\w .'’-]{1,40},(?:\s*[A-Z][\w .'’-]{1,30},)?\s*")
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]")


def _as_quarter(found: Range | None, unit: str | None) -> Range | None:
    """"the April-June quarter": three months from a quarter's first month, named as a quarter,
    are that quarter (TimeML's value); any other range keeps its months."""
    if found is None or not unit or unit.lower() != "quarter" or found[0] is None or found[1] is None:
        return found
    start, end = found[0], found[1]
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return (start, end, "quarter") if months == 3 and start.month % 3 == 1 else found


def _post_header(text: str, m: re.Match[str]) -> str | None:
    """"post": a date heading a post, a live-blog entry or a statement in a series ("Sept. 2 |
    Secretary of Defense (X)"); the relative dates of the lines after it count from it, until
    the next header.  "dateline": a dateline opening a line ("WASHINGTON, Nov 17 (Reuters) -"),
    which ends the posts before it (``published`` wins over a dateline, as for the whole text)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    head = text[line_start : m.start()]
    if not head.strip():
        return "post" if _HEADER_BAR.match(text, m.end()) is not None else None
    if _DATELINE_PLACE.fullmatch(head) is not None and _DATELINE_END.match(text, m.end()) is not None:
        return "dateline"
    return None


def _number(text: str) -> int | None:
    """A count in "three days ago", "a year ago", "24 hours"."""
    if text.isdigit():
        return int(text)
    if text.lower() in ("a", "an"):
        return 1
    from .numbers import parse

    value, _ = parse(text.split())
    return int(value) if value is not None and text.lower() not in ("few", "several") else None


@Language.factory(
    "conflict_ie_dates",
    default_config={"extra_lexicon": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str, extra_lexicon: str | None) -> DateTagger:
    """A configured ``extra_lexicon`` file that no longer exists waits for ``from_disk``: see ``configured_extra``."""
    return DateTagger.from_config(nlp, name, extra_lexicon)
