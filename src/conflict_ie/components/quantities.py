"""QUANTITY: numbers with their qualifier, counted item or measurement unit.

Candidates are the number-like tokens and vague amount words, found with one numpy pass over
the token attributes; all further work happens only around those tokens.  The unit after a number
("50 kilometers", "12kW", "90 km/h", "$12/hour", "three days") is looked up in quantulum3's own unit
vocabulary: its surfaces and symbols, read once from the installed package into a table cached on
disk under the quantulum3 version (``unit_table``), so quantulum3 is neither imported on a warm
start nor ever called on text.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..cache import digest, load_json, save_json
from . import numbers
from .base import (
    LexiconComponent,
    add_spans,
    before_addition,
    claimed,
    doc_text,
    hashes,
    positions,
    span_group,
    token_at,
    token_attrs,
    token_table,
)
from .guards import guarded

_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")
_CALIBRE = {"mm", "-mm", "millimeter", "millimetre", "calibre", "caliber", "cm"}
_HIDDEN_NUMBER = re.compile(guarded(r"[\u00BC-\u00BE\u2150-\u215E]|\d[\d,.]*[-–—]\d|\d(?:k|bn|mn|mln|bln)\b"
                                    r"|\b\d[\d,.]*[-‑]\s+(?:to|and|or)\s+\d|(?<![\w.])−\d"))  # "−3 °C": the minus sign U+2212, which LIKE_NUM does not read
# model designations inside a counted noun: Su-34, F-16s, M777, Iskander-M, Leopard 1A5, T-72B3
_PARTITIVE = frozenset({"them", "those", "these", "whom", "which"})  # "three of them": closed-class pronouns
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.N.": an abbreviation between a count and its noun
DESIGNATION = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}-?\d+(?:[A-Za-z]+\d*)*s?|[A-Z][a-z]+-[A-Z0-9]+|\d+[A-Z]+\d*[A-Za-z]*)$")
# per-document scratch state, kept in ``doc.user_data`` for the length of one call
_NAMED_KEY = "_conflict_ie_q_named"
_TAKEN_KEY = "_conflict_ie_q_taken"
# determiners that make "the two nations" a reference rather than a count of unfamiliar nouns
_REFERRING = frozenset({"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"})
# a plural name of a weapon system: "K9s", "F-16s", "Apaches", "Bayraktars" (a lower-case letter or a digit before the "s")
_PLURAL_NAME = re.compile(r"^(?:[A-Z][A-Za-z0-9-]*[a-z0-9]|\d+[A-Za-z]*)s$")
_PUNCT_STOP = {".", ",", ";", ":", "!", "?", "(", ")", '"', "“", "”", "—", "–"}
_SCORE_FOLLOWERS = frozenset({"in", "on", "at", "out", "and", "or", "for", ".", ",", ";"})
# a number with letters glued to it: "12kW", "1,200sq", "7pc", "20′N"
_ATTACHED = re.compile(r"^([-−]?\d[\d,.]*)([^\d,.].*)$")
_HIDDEN_UNIT = re.compile(guarded(r"(?<![\w.])[-−]?\d[\d,.]*[A-Za-z%′″°]"))
_COORD = re.compile(r"^\d+(?:[.,]\d+)?[′″'\"]|[′″]")
_ACRONYM_PLURAL = re.compile(r"^([A-Z]{2,}[A-Z0-9]*)s$")
_UNIT_TABLE_FORMAT = "1"


@dataclass
class _Reading:
    """A number being read: where it starts and ends, its value, bounds and qualifier so far."""

    start: int
    end: int
    value: float
    glued: str | None = None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None


@dataclass
class _Found:
    start: int
    end: int
    norm: dict[str, Any]


def _partitive_items(doc: Doc, found: list[_Found]) -> list[_Found]:
    """"Of the 250 tanks ordered, 58 have been delivered": a bare number after a partitive that
    opens its sentence counts the partitive's item."""
    lowers = token_table(doc).lowers
    for k, here in enumerate(found):
        if here.norm.get("item") or here.norm.get("unit") or here.end - here.start != 1:
            continue
        for whole in reversed(found[:k]):
            between = lowers[whole.end : here.start]
            if whole.start < 2 or lowers[whole.start - 2 : whole.start] != ["of", "the"] or "." in between:
                continue
            if "," in between and whole.norm.get("item") and (whole.start == 2 or lowers[whole.start - 3] in (".", "\n", "\n\n")):
                here.norm = {**here.norm, "item": whole.norm["item"]}
            break
    return found


def _share_units(doc: Doc, found: list[_Found]) -> list[_Found]:
    """"45 and 50 mg", "5 or 6 km", "38, 39 and 41 degrees Celsius": a bare number listed before a
    measure shares its unit (right to left, so the whole list does)."""
    for k in range(len(found) - 2, -1, -1):
        here, nxt = found[k], found[k + 1]
        between = token_table(doc).lowers[here.end : nxt.start]
        bare = here.norm.get("unit") is None and here.norm.get("item") is None and here.end - here.start == 1
        if bare and nxt.norm.get("unit") and between and all(w in (",", "and", "or", "to") for w in between):
            here.norm = {**here.norm, "unit": nxt.norm["unit"]}
    return found


def _compound_parties(doc: Doc) -> frozenset[int]:
    """The tokens of a state or place tagged as the first part of a hyphenated modifier ("Iran" of
    "18 Iran-backed fighters", "US" of "40 US-made howitzers"), or a country right after a number
    and before more of its noun ("Twelve U.S. F-16 fighters", d265): a count may hold them."""
    words = token_table(doc).words
    n = len(words)

    def modifier(t: Span) -> bool:
        if t.end >= n:
            return False
        if words[t.end] == "-":
            return True
        after_number = t.start > 0 and (words[t.start - 1][:1].isdigit() or numbers.is_number_word(words[t.start - 1].lower()))
        return after_number and (t._.norm or {}).get("lat") is None and words[t.end][:1].isalnum()

    return frozenset(k for t in span_group(doc) if t.label_ in ("ACTOR", "LOCATION") and modifier(t)
                     for k in range(t.start, t.end))


def _quantulum_version() -> str:
    try:
        return version("quantulum3")
    except PackageNotFoundError:  # pragma: no cover - quantulum3 is a dependency
        return "absent"


def _build_unit_table() -> dict[str, Any]:
    """quantulum3's English unit vocabulary: surface (lower case, with plurals) and symbol (case
    kept) -> the names of the units they may mean, and each unit's entity ("length", "time")."""
    try:
        with warnings.catch_warnings():  # it warns that its optional classifier is absent
            warnings.simplefilter("ignore")
            from quantulum3 import load as qload
        units = qload.units("en_US")
    except ImportError:  # pragma: no cover - quantulum3 is a dependency
        return {"surfaces": {}, "symbols": {}, "entities": {}}
    return {
        "surfaces": {s: sorted(u.name for u in objs) for s, objs in units.surfaces_lower.items() if objs},
        "symbols": {s: sorted(u.name for u in objs) for s, objs in units.symbols.items() if objs},
        "entities": {name: u.entity.name for name, u in units.names.items()},
    }


@lru_cache(maxsize=1)
def _cached_unit_table() -> dict[str, Any]:
    return unit_table(fresh=True)


def unit_table(fresh: bool = False) -> dict[str, Any]:
    """The compiled quantulum3 unit table, built once per quantulum3 version and kept on disk
    (``conflict_ie.cache``): loading quantulum3's units costs seconds, reading the table milliseconds."""
    if not fresh:
        return _cached_unit_table()
    name = f"quantulum-units-{digest(_quantulum_version(), _UNIT_TABLE_FORMAT)}.json"
    table = load_json(name)
    if not isinstance(table, dict) or set(table) != {"surfaces", "symbols", "entities"}:
        table = _build_unit_table()
        save_json(name, table)
    return table


class QuantityTagger(LexiconComponent):
    file_name = "quantities.json"

    def build(self) -> None:
        q = lexicon.qualifiers()
        extra = self.extra
        # "between 2,000 and 3,000", "from 10 to 15", "2,000-3,000": the connector each opener allows
        self.range_connectors = {k: set(v) for k, v in q.get("range_connectors", {}).items()}
        self.range_words = set().union(*self.range_connectors.values()) if self.range_connectors else set()
        self.before: dict[tuple[str, ...], str] = {}
        for qual, phrases in q["before"].items():
            for p in [*phrases, *extra.get("before", {}).get(qual, [])]:
                self.before[tuple(self._toks(p))] = qual
        self.max_before = max(len(k) for k in self.before)
        self.after: dict[tuple[str, ...], str] = {}
        for qual, phrases in q["after"].items():
            for p in phrases:
                self.after[tuple(self._toks(p))] = qual
        self.vague: dict[tuple[str, ...], tuple[float, float]] = {
            tuple(self._toks(p)): (lo, hi) for p, (lo, hi) in q["vague"]["phrases"].items() if not p.startswith("_")
        }
        self.vague.update({tuple(self._toks(p)): tuple(v) for p, v in extra.get("vague", {}).items()})
        self.max_vague = max(len(k) for k in self.vague)
        self.vague_need_item = {tuple(self._toks(p)) for p in q["vague"]["need_item"]}
        self.vague_heads = {k[0] for k in self.vague} | {k[-1] for k in self.vague}
        self.collectives = {tuple(self._toks(p)): v for p, v in lexicon.numbers()["collectives"].items()}
        self.collective_heads = {k[0] for k in self.collectives}

        items = lexicon.items()
        self._build_items(items, extra)
        self.currency = items["currency_symbols"]
        self.unit_names = items["unit_names"]
        self.modifiers = {m.lower() for m in items["modifiers"]}
        self.age_words = {a.lower() for a in items["age"]}
        self.age_glue = set(items.get("age_glue", []))
        # "a girl of nine years": the nouns of one person (triggers.json) before "of" and an age
        self.age_holders = {w.lower() for w in lexicon.triggers()["types"]["casualties"].get("single_persons", [])}
        self.people_verbs = {v.lower() for v in items.get("people_verbs", [])}
        casualties = lexicon.triggers()["types"]["casualties"]
        self.toll_heads = {w.lower() for w in items.get("toll_heads", []) + casualties.get("toll_verbs", [])}
        self.subject_auxiliaries = {w.lower() for w in items.get("subject_auxiliaries", [])}
        self.gap_prepositions = {w.lower() for w in items.get("gap_prepositions", [])}
        self.clock_words = {c.lower() for c in items["clock"]}
        self._build_rates(items)
        d = lexicon.dates()
        self.months = set(d["months"])
        self.designation_blockers = set(self.months) | set(d["weekdays"])

        self.designations = {w.lower() for w in items.get("designations", [])}
        self.era = {w.lower() for w in items.get("era", [])}
        self.duration_suffixes = {w.lower() for w in items.get("duration_suffixes", [])}
        self.negative = numbers.words().negative
        self.stop_words = self.nlp.Defaults.stop_words
        self._build_units(items)

        vague_words = {k[0] for k in self.vague} | {k[0] for k in self.collectives} | {"dozen"}
        vague_words |= set(self.multiplier_numbers) | {"half"}
        self.anchor_hashes = hashes(self.nlp, vague_words | {"a", "an"})
        self._build_article_units(items)
        self.suffix_re = (
            re.compile(r"\b[A-Za-z]+-(?:" + "|".join(map(re.escape, sorted(self.duration_suffixes))) + r")\b")
            if self.duration_suffixes else None
        )

    def _build_article_units(self, items: dict[str, Any]) -> None:
        """The units one of which an article can count ("less than a mile", "roughly a minute"):
        the periods of dates.json and the singular measures of items.json."""
        periods = set(lexicon.dates()["period_units"].values()) | {"minute", "second", "century"}
        self.time_words = periods
        self.article_units = periods | {w for w in items["measures"]
                                        if w.isalpha() and w.islower() and not w.endswith("s") and len(w) > 2}

    def _build_items(self, items: dict[str, Any], extra: dict[str, Any]) -> None:
        """The counted nouns: the lexicon's items with the user's, and the systems counted by name."""
        self.index = lexicon.item_index()
        self.item_forms = dict(self.index.forms)
        for lemma, cls in extra.get("items", {}).items():
            self.item_forms[lemma.lower()] = (lemma.lower(), cls)
            self.item_forms[lexicon.plural(lemma.lower())] = (lemma.lower(), cls)
        self.max_item_words = max(len(k.split()) for k in self.item_forms)
        self.system_names = set(items.get("system_names", []))
        self.peoples = set(lexicon.demonyms())

    def _build_rates(self, items: dict[str, Any]) -> None:
        """Rates, multipliers and shares: "$4 a gallon", "four times per week", "12 km²", "a third of"."""
        self.rate_words = set(items.get("rate_words", ["per", "/"]))
        mult = items.get("multipliers") or {}
        self.multiplier_words = {w.lower() for w in mult.get("words", [])}
        self.multiplier_numbers = {k.lower(): v for k, v in mult.get("numbers", {}).items()}
        self.unit_powers = items.get("unit_powers", {})
        self.denominators = numbers.words().denominators

    def _build_units(self, items: dict[str, Any]) -> None:
        """Surface and symbol -> one quantulum3 unit name, from quantulum3's table; where it lists
        several, ``unit_preferences`` decides, then ``unit_entity_order``."""
        table = unit_table()
        self.unit_entity: dict[str, str] = dict(table["entities"])
        skip = set(items.get("not_measures", []))
        order = {e: n for n, e in enumerate(items.get("unit_entity_order", []))}
        prefs = {k: v for k, v in items.get("unit_preferences", {}).items() if not k.startswith("_")}
        self.weight_senses = {k: v for k, v in items.get("weight_senses", {}).items() if not k.startswith("_")}
        self.model_senses: dict[str, str] = dict(items.get("model_senses", {}))

        def pick(names: list[str]) -> str | None:
            names = [n for n in names if n not in skip]
            if not names:
                return None
            return min(names, key=lambda n: (order.get(self.unit_entity.get(n, ""), len(order)), n))

        self.unit_surfaces: dict[str, str] = {}
        for surface, names in table["surfaces"].items():
            got = pick(names)
            if got:
                self.unit_surfaces[surface] = got
        self.unit_symbols: dict[str, str] = {}
        for symbol, names in table["symbols"].items():
            got = pick(names)
            if got:
                self.unit_symbols[symbol] = got
        for surface, name in prefs.items():
            self.unit_symbols[surface] = name
            if surface.lower() == surface:
                self.unit_surfaces[surface] = name
        # measures quantulum3 lacks ("percentage point", "hryvnia"), shipped and the user's
        for measure in items.get("measures", []) + self.extra.get("measures", []):
            low = measure.lower()
            if "/" in low or (measure in items.get("measures", []) and (low in self.unit_symbols or measure in self.unit_symbols)):
                continue  # "km/h": a compound of two symbols; "km": a symbol quantulum3 names already
            name = self.unit_surfaces.get(low) or low
            self.unit_surfaces.setdefault(low, name)
            self.unit_surfaces.setdefault(lexicon.plural(low), name)
        self.unit_max_words = max(len(k.split()) for k in self.unit_surfaces) if self.unit_surfaces else 1

    @staticmethod
    def _toks(phrase: str) -> list[str]:
        return phrase.lower().replace("-", " - ").split()

    # ------------------------------------------------------------------ helpers
    def _lower(self, doc: Doc, i: int) -> str:
        """Lower-case form of token ``i`` ("" outside the document), from the document's token table."""
        lowers = token_table(doc).lowers
        return lowers[i] if 0 <= i < len(lowers) else ""

    def _match_back(self, doc: Doc, end: int, table: dict[tuple[str, ...], Any], max_len: int) -> tuple[int, Any] | None:
        """Longest phrase of ``table`` ending just before token ``end``; returns (start, value)."""
        words = [self._lower(doc, j) for j in range(max(0, end - max_len), end)]
        for n in range(len(words), 0, -1):
            key = tuple(words[len(words) - n :])
            if key in table:
                return end - n, table[key]
        return None

    def _match_fwd(self, doc: Doc, start: int, table: dict[tuple[str, ...], Any], max_len: int) -> tuple[int, Any] | None:
        words = [self._lower(doc, j) for j in range(start, min(len(doc), start + max_len))]
        for n in range(len(words), 0, -1):
            key = tuple(words[:n])
            if key in table:
                return start + n, table[key]
        return None

    def _is_ordinal(self, tok: Token) -> bool:
        low = tok.lower_
        return low.endswith(_ORDINAL_SUFFIX) and low[:-2].replace(",", "").isdigit()

    def _number_at(self, doc: Doc, i: int) -> tuple[float | None, int]:
        toks = token_table(doc).words[i : i + 8]
        value, used = numbers.parse(toks)
        return value, i + used

    @staticmethod
    def _glued(text: str) -> tuple[float, str] | None:
        """A number with a unit written onto it: "12kW" -> (12, "kW"); "2bn" is a scale, not this."""
        if numbers.digits_value(text) is not None:
            return None
        m = _ATTACHED.match(text)
        if not m:
            return None
        value = numbers.digits_value(m.group(1))
        return None if value is None else (value, m.group(2))

    # ------------------------------------------------------------------ units
    def _unit_words(self, texts: list[str], glued: bool) -> tuple[int, str] | None:
        """The longest unit at the start of ``texts``: (number of texts used, unit name)."""
        power = self.unit_powers.get(texts[0][-1:]) if texts and len(texts[0]) > 1 else None
        if power is not None:  # "km²": the square of the unit
            base = self._unit_words([texts[0][:-1]], glued)
            named = f"{power} {base[1]}" if base is not None else None
            return (1, named) if named is not None and named in self.unit_entity else None
        for m in range(min(len(texts), self.unit_max_words + 2), 0, -1):
            words = texts[:m]
            if any(w in _PUNCT_STOP for w in words):
                continue
            spaced = " ".join(words)
            name = self.unit_surfaces.get(spaced.lower()) or self.unit_symbols.get(spaced)
            if name is None and m > 1:
                name = self.unit_symbols.get("".join(words))  # "km / h" tokenised from "km/h"
            if name is None and m == 1 and len(spaced) > 2 and spaced.endswith("s"):
                name = self.unit_symbols.get(spaced[:-1])  # "25lbs"
            if name is None:
                continue
            word = words[0]
            if m == 1 and not glued and word.isalpha() and word.islower() and word in self.stop_words \
                    and spaced.lower() not in self.unit_surfaces:
                # a symbol that is also a word ("in", "at") only at the end of a clause: "3 1/2 in."
                nxt = texts[1] if len(texts) > 1 else ""
                if nxt and nxt not in _PUNCT_STOP:
                    continue
            return m, name
        if texts:
            word = texts[0]
            # two symbols run together: "MWh" is megawatt hour; never a lower-case word ("has" is no
            # hectare second: "$2 billion has been spent")
            if word.isalpha() and 2 <= len(word) <= 6 and not word.islower() and word.lower() not in self.stop_words:
                for cut in range(1, len(word)):
                    a, b = self.unit_symbols.get(word[:cut]), self.unit_symbols.get(word[cut:])
                    if a and b and word[:cut] not in self.stop_words:
                        return 1, f"{a} {b}"
        return None

    def _unit_at(self, doc: Doc, k: int, glued: str | None = None) -> tuple[int, str] | None:
        """A unit starting at token ``k`` (after a glued suffix such as "kW" in "12kW"):
        (end token, quantulum3 unit name), with "per"/"/" compounds ("90 km/h", "$12/hour")."""
        texts = ([glued] if glued else []) + [doc[x].text for x in range(k, min(len(doc), k + self.unit_max_words + 2))]
        hit = self._unit_words(texts, glued is not None)
        if hit is None:
            return None
        used, name = hit
        end = k + used - (1 if glued else 0)
        return self._per(doc, end, name)

    def _per(self, doc: Doc, end: int, name: str) -> tuple[int, str]:
        """A rate after a unit: "90 km/h", "$350 per kg", "$4 a gallon", "9 million barrels a day"."""
        if end < len(doc) and self._lower(doc, end) in self.rate_words and " per " not in name:
            texts = [doc[x].text for x in range(end + 1, min(len(doc), end + 1 + self.unit_max_words))]
            second = self._unit_words(texts, True) if texts else None
            if second is not None:
                return end + 1 + second[0], f"{name} per {second[1]}"
        return end, name

    def _duration_word(self, doc: Doc, i: int) -> _Found | None:
        """"month-long", "day-long": one time unit."""
        if i + 2 >= len(doc) or doc[i + 1].text != "-" or self._lower(doc, i + 2) not in self.duration_suffixes:
            return None
        name = self.unit_surfaces.get(self._lower(doc, i))
        if name is None or self.unit_entity.get(name) != "time" or self._lower(doc, i) != name:
            return None
        return self._make(doc, i, i + 3, "exact", 1, None, None, None, name)

    # ------------------------------------------------------------------ guards
    def _not_a_quantity(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """Numbers that do not count (RECORDS.md): each guard is one class of them."""
        for guard in (self._is_time_or_day, self._is_age, self._is_label, self._is_coordinate, self._is_name_number,
                      self._is_score_or_marker, self._is_phone, self._is_calibre):
            if guard(doc, i, end, value):
                return True
        return False

    def _is_time_or_day(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """Ordinals, clock times, years (unless a counted item follows), days next to a month."""
        tok, text, prev, nxt = doc[i], doc[i].text, self._lower(doc, i - 1), self._lower(doc, end)
        if self._is_ordinal(tok) or ":" in text:
            return True
        if nxt in self.clock_words:
            # "0600 hrs", "at 6 pm" tell the time; "for 3 hrs", "48 hrs" last that long
            return len(text) >= 3 or prev == "at" or not text.isdigit() or nxt not in self.unit_surfaces

        if text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100 and not self._starts_item(doc, end):
            return True
        return (prev.rstrip(".") in self.months or nxt.rstrip(".") in self.months) and text.isdigit() and int(text) <= 31

    def _is_age(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """"aged 19", "19-year-old", "19 years old", "The man, 34, was detained"."""
        prev, nxt, text = self._lower(doc, i - 1), self._lower(doc, end), doc[i].text
        k = i - 1
        while k > max(0, i - 6) and (self._lower(doc, k) in self.age_glue or doc[k].like_num):
            k -= 1  # "aged between four and 70", "aged 38 and 54": every number joined to the age word
        if prev in self.age_words or (k < i - 1 and self._lower(doc, k) in self.age_words):
            return True
        if prev == "of" and nxt in ("year", "years") and self._lower(doc, i - 2) in self.age_holders:
            return True  # "a girl of nine years"
        if nxt in ("-", "year", "years") and self._lower(doc, end + 1) in ("year", "old", "-"):
            if "old" in " ".join(self._lower(doc, j) for j in range(end, min(len(doc), end + 4))):
                return True
        return prev == "," and nxt == "," and text.isdigit() and int(text) < 120 and i >= 2 and doc[i - 2].is_alpha

    def _is_label(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """Labels and designations: "No. 5", "#3", "Resolution 2231", "500 B.C."; a lower-case label
        word before a measure is no label ("crossed the line 3 1/2 minutes ahead")."""
        if self._lower(doc, end) in self.era:
            return True
        if self._lower(doc, i - 1) not in self.designations:
            return False
        return doc[i - 1].is_title or not self._starts_item(doc, end)

    def _is_coordinate(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """"36°20′N 43°08′E"."""
        text, nxt = doc[i].text, self._lower(doc, end)
        if (nxt == "°" or text.endswith("°")) and end + 1 < len(doc) and _COORD.search(doc[end + 1].text):
            return True
        return bool(i > 0 and doc[i - 1].text in ("°", "′") or _COORD.search(text))

    def _is_name_number(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """A number after a name ("Leopard 2", "Route 1") or a letter code ("DDG 51")."""
        if i == 0:
            return False
        p, named = doc[i - 1], doc.user_data[_NAMED_KEY]
        if p.is_alpha and p.is_title and not p.is_stop and p.lower_ not in self.designation_blockers \
                and not named[i - 1] and p.lower_ not in self.modifiers and (p.lower_,) not in self.before \
                and p.text not in self.currency:  # "Rs 5,000" is money
            return True
        if p.text == "+":
            return True
        return p.is_alpha and p.is_upper and len(p.text) >= 2 and p.text not in self.unit_symbols \
            and p.text not in self.currency and not named[i - 1] and (p.lower_,) not in self.before

    def _is_score_or_marker(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """Scores and ratios ("beat the Yankees 4-3", "a 2:1 vote"); list markers ("1.", "(3)")."""
        nxt = self._lower(doc, end)
        # "2:1" and "4-3" join their numbers; "since July 13: 427 fighters" opens a list after a colon
        if i >= 2 and doc[i - 1].text in ("-", "–", ":") and doc[i - 2].like_num \
                and not (doc[i - 1].text == ":" and doc[i - 1].whitespace_):
            return True
        if nxt in ("-", "–", ":") and end + 1 < len(doc) and doc[end + 1].like_num and self._lower(doc, end + 1).isdigit() \
                and (numbers.digits_value(doc[end + 1].text) or 0) < value and not (nxt == ":" and doc[end].whitespace_):
            return True
        if self._lower(doc, i - 1) in ("a", "an") and doc[i].text.isdigit() and nxt in _SCORE_FOLLOWERS:
            return True  # "shot a 65 in the final round", "rated it a 7 out of 10": a score, not a count
        marker = doc[i].text.isdigit() and len(doc[i].text) <= 3  # "(3)" marks; "(25lbs)" measures
        return marker and (i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].text == "(") and nxt in (".", ")")

    def _is_phone(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """Three or more bare digit groups in a row ("+380 44 123 4567")."""
        words = token_table(doc).words
        if not words[i].isdigit():
            return False
        run_start, run_end = i, i + 1
        while run_start > 0 and words[run_start - 1].lstrip("+").isdigit():
            run_start -= 1
        while run_end < len(words) and words[run_end].isdigit():
            run_end += 1
        return run_end - run_start >= 3

    def _is_calibre(self, doc: Doc, i: int, end: int, value: float) -> bool:
        """"155mm shells" counts the shells; so does the first of a pair ("155mm and 105mm rounds")."""
        return self._lower(doc, end) in ("mm", "-mm", "millimeter", "millimetre", "calibre", "caliber") and (
            self._starts_item(doc, end + 1) or self._lower(doc, end + 1) in ("and", "or", ",", "/"))

    def _starts_item(self, doc: Doc, j: int) -> bool:
        for n in range(self.max_item_words, 0, -1):
            key = " ".join(self._lower(doc, k) for k in range(j, min(len(doc), j + n)))
            if key in self.item_forms or key in self.unit_surfaces:
                return True
        return False

    # ------------------------------------------------------------------ items
    def _find_item(self, doc: Doc, j: int, unit_spans: dict[int, Any], plural: bool = True,
                   glued: str | None = None) -> tuple[int, str | None, str | None, bool]:
        """Look for the counted noun or the unit after the number; returns (end_token, item,
        unit name, in_unit).  ``glued`` is a unit written onto the number ("12kW")."""
        if glued:
            u = self._unit_at(doc, j, glued)
            if u is not None:
                return u[0], None, u[1], False
            return j, None, None, False
        k = j
        skipped = 0
        n = len(doc)
        while k < n and skipped <= 4:
            if k in unit_spans:
                return self._tagged_item(unit_spans[k], j, unit_spans, plural)
            tok = doc[k]
            low = tok.lower_
            if k == j and low in ('"', "'") and self._inch_or_foot(doc, k):
                return k + 1, None, self.unit_symbols.get(low), False  # '8"', "6'": inches, feet
            if low in _PUNCT_STOP or tok.is_space:
                break
            if low in self.multiplier_words and k == j:
                return self._times(doc, k)
            compound = self._hyphen_compound(doc, k, plural)
            if isinstance(compound, tuple):
                return compound
            if compound is not None:  # "anti - ship", "bunker - buster": a modifier of the noun after it
                k, skipped = compound, skipped + 1
                continue
            known = self._known_item(doc, k, plural)
            if known is not None:
                return known
            if low in _CALIBRE and k > j - 1 and doc[k - 1].like_num and self._starts_item(doc, k + 1):
                k += 1  # "40,000 155mm shells": the calibre describes the shells
                skipped += 1
                continue
            measured = self._measured_noun(doc, k) if k == j and tok.like_num else None
            if measured is not None:
                k = measured  # "two 500-pound bombs", "four 2,000-lb bombs": the measure describes the noun
                skipped += 1
                continue
            if k == j and low == "-" and self._lower(doc, k + 1) == "strong":
                k += 2  # "a 3,000-strong force"
                continue
            if k == j or (k == j + 1 and doc[j].text == "-"):
                u = self._unit_at(doc, k)
                if u is not None:
                    return u[0], None, u[1], False
            if (low == "of" and k == j) or (low in ("and", "or") and k > j and doc[k - 1].is_title
                                            and k + 1 < n and doc[k + 1].is_title):
                k += 1  # "dozens of"; "500 Chadian and Cameroonian troops": a list of type or origin names
                continue
            head = self._noun_run(doc, k) if plural else None
            if head is not None:
                return head
            if low in self.modifiers or (tok.is_title and tok.is_alpha) or tok.text in ("-",) or tok.like_num \
                    or DESIGNATION.match(tok.text) or (tok.is_upper and tok.is_alpha and len(tok.text) > 1) \
                    or _DOTTED.match(tok.text):
                # "12 HIMARS launchers", "31 M1A1 Abrams tanks": a type name before the noun
                k += 1
                skipped += 1
                continue
            break
        return self._system_named(doc, j, k) or (j, None, None, False)

    def _item_after_unit(self, doc: Doc, k: int, plural: bool) -> bool:
        """Whether a counted noun follows a unit's name ("six Royal Thai Air Force F-16 jets", "two
        Cambodian military targets"), so that the unit describes it rather than being counted."""
        for _ in range(2):  # "PLA J-16 fighters", "RAF Typhoon FGR4 jets": a type name or two before the noun
            if k < len(doc) and (DESIGNATION.match(doc[k].text) or doc[k].text in self.system_names
                                 or (doc[k].is_title and doc[k].is_alpha)):
                k += 1
        return k < len(doc) and (self._known_item(doc, k, plural) is not None or self._noun_run(doc, k) is not None)

    def _hyphen_compound(self, doc: Doc, k: int, plural: bool) -> tuple[int, str | None, None, bool] | int | None:
        """A hyphenated compound at ``k``, split by the tokenizer: a modifier when a noun follows it
        ("12 bunker-buster bombs", "five anti-ship missiles": the index after it), else the counted
        noun itself when its last part is a plural noun ("11 narco-smugglers": the item's tuple)."""
        if not (k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k].is_alpha and doc[k + 2].is_alpha):
            return None
        if self._known_item(doc, k, plural) is not None and self._lower(doc, k) in self.modifiers:
            return None  # a listed modifier ("long-range") is read with the noun by the lexicon
        after = k + 3
        if self._known_item(doc, after, plural) is not None or self._noun_run(doc, after) is not None:
            return after
        tail = doc[k + 2]
        if plural and (self._plural_noun(tail) or (tail.lower_ in self.item_forms and tail.lower_.endswith("s"))):
            return after, f"{doc[k].lower_}-{self._singular(tail.text)}", None, False
        return after

    def _system_named(self, doc: Doc, j: int, k: int) -> tuple[int, str | None, str | None, bool] | None:
        """"six K9s", "19 F-16s", "four HIMARS", "eight Apaches": the type names skipped after the
        number are the counted noun themselves when no noun follows them, the last one a plural
        designation or a system's invariant name (items.json ``system_names``); never a people
        ("12 Palestinians")."""
        while j < k and self._lower(doc, j) in self.modifiers:
            j += 1  # "two more Typhoons", "four additional Rafales": the modifier is no part of the name
        if k <= j or k - j > 3:
            return None
        table = token_table(doc)
        text = table.text(j, k)
        last = table.words[k - 1]
        if last in self.system_names or text in self.system_names:
            return k, text, None, False
        if text in self.peoples or not _PLURAL_NAME.match(last) or last.lower() in self.item_forms:
            return None
        return k, text[:-1], None, False

    def _times(self, doc: Doc, k: int) -> tuple[int, str | None, str | None, bool]:
        """"four times per week": a count per week; "three times higher": a multiple, no item."""
        per_end, rate = self._per(doc, k + 1, "count")
        return (per_end, None, rate, False) if per_end > k + 1 else (k + 1, None, None, True)

    def _measured_noun(self, doc: Doc, k: int) -> int | None:
        """End of a hyphenated measure at ``k`` ("500 - pound") when a counted noun follows it."""
        if self._lower(doc, k + 1) not in ("-", "‑"):
            return None
        unit = self._unit_at(doc, k + 2)
        if unit is None or not (self._starts_item(doc, unit[0]) or self._noun_run(doc, unit[0])):
            return None
        return unit[0]

    def _inch_or_foot(self, doc: Doc, k: int) -> bool:
        """A straight quote written onto a number is a unit unless it closes a quotation
        ('"we lost 12"'): an even number of such quotes before it in the text."""
        if k == 0 or doc[k - 1].whitespace_ or not doc[k - 1].like_num or self.unit_symbols.get(doc[k].text) is None:
            return False
        return sum(1 for t in doc[:k] if t.text == doc[k].text) % 2 == 0

    def _tagged_item(self, span: Any, j: int, unit_spans: dict[int, Any],
                     plural: bool) -> tuple[int, str | None, str | None, bool]:
        """The counted noun is a tag of an earlier tagger: "8,000 North Korean troops", "three
        generals"; or the unit owns what is counted, after it ("Fourteen PLA aircraft"), and the
        span stops before the unit all the same."""
        if span.label_ == "MIL_UNIT" and self._item_after_unit(span.doc, span.end, plural):
            return j, *self._find_item(span.doc, span.end, unit_spans, plural)[1:3], True
        norm = span._.norm or {}
        if span.label_ == "RANK":
            if norm.get("person"):
                return j, None, None, False
            return j, (norm.get("rank") or span.text).lower(), None, True
        head = span[-1].lower_
        lemma = self.item_forms.get(head, (None,))[0]
        if lemma is None and head in ("forces", "force", "military", "army"):
            lemma = "troop"
        return j, lemma, None, True

    def _known_item(self, doc: Doc, k: int, plural: bool) -> tuple[int, str | None, str | None, bool] | None:
        """A lexicon noun at ``k``, the longest first, with the noun it modifies when one follows."""
        n = len(doc)
        for m in range(self.max_item_words, 0, -1):
            if k + m > n:
                continue
            key = " ".join(self._lower(doc, x) for x in range(k, k + m))
            if key not in self.item_forms:
                continue
            nxt = self._lower(doc, k + m)
            if nxt in self.item_forms and k + m + 1 <= n and key == self.item_forms[key][0]:
                # "two fighter squadrons", "attack helicopters": the last noun is the head (never
                # after a plural: "Two gunmen shot dead three villagers" counts the gunmen)
                return k + m + 1, self.item_forms[nxt][0], None, False
            lemma = self.item_forms[key][0]
            if plural and key == lemma and k + m < n and self._plural_noun(doc[k + m]):
                # "three town halls": a singular noun before a plural one modifies it
                return k + m + 1, f"{lemma} {self._singular(doc[k + m].text)}", None, False
            return k + m, lemma, None, False
        return None

    def _plural_noun(self, tok: Token) -> bool:
        low = tok.lower_
        return (tok.is_alpha and tok.is_lower and low.endswith("s") and not low.endswith(("ss", "us", "is"))
                and len(low) > 3 and not tok.is_stop and low not in self.item_forms
                and (low,) not in self.before and (low,) not in self.after)

    @staticmethod
    def _singular(word: str) -> str:
        low = word if word.isupper() else word.lower()
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith("ches") and len(low) > 5 and low[-5] in "aeiou":
            return low[:-1]  # "caches", "niches"
        if low.endswith(("ches", "shes", "sses", "xes", "zes")):
            return low[:-2]
        return low[:-1]

    def _noun_run(self, doc: Doc, k: int) -> tuple[int, str, None, bool] | None:
        """An unfamiliar counted noun phrase: lower-case nouns up to a plural head ("oil pump
        jacks", "cranes") or a plural acronym ("VBIEDs"); the item is the whole phrase."""
        words: list[str] = []
        x = k
        taken = doc.user_data.get(_TAKEN_KEY)
        while x < len(doc) and len(words) < 4:
            tok = doc[x]
            if taken is not None and taken[x]:
                return None  # a rank, a unit or a place another tagger holds
            if x + 2 < len(doc) and doc[x + 1].text == "-" and tok.is_alpha and tok.is_lower and doc[x + 2].is_alpha:
                tail = doc[x + 2]  # "male cattle-rustlers", "armed drug-runners": a hyphenated word of the run
                word = f"{tok.lower_}-{self._singular(tail.text) if self._plural_noun(tail) else tail.lower_}"
                if self._plural_noun(tail):
                    return x + 3, "?" + " ".join([*words, word]), None, False
                words.append(word)
                x += 3
                continue
            m = _ACRONYM_PLURAL.match(tok.text)
            if m and not words:
                return x + 1, "?" + m.group(1), None, False
            if self._plural_noun(tok):
                return x + 1, "?" + " ".join([*words, self._singular(tok.text)]), None, False
            if words and tok.lower_ in self.item_forms and tok.lower_.endswith("s"):
                # "two health workers": a known noun with unfamiliar modifiers is the head
                return x + 1, "?" + " ".join([*words, self._singular(tok.text)]), None, False
            if tok.is_alpha and tok.is_lower and not tok.is_stop and tok.lower_ not in self.modifiers \
                    and tok.lower_ not in self.unit_surfaces and (tok.lower_,) not in self.before:
                words.append(tok.lower_)
                x += 1
                continue
            return None
        return None

    # ------------------------------------------------------------------ main
    def _anchors(self, doc: Doc) -> list[int]:
        """Token indexes where a quantity may start: number-like tokens, vague amount words, and
        tokens that hide a number ("2,000–3,000", "2bn")."""
        attrs = token_attrs(doc)
        found = set(np.nonzero(attrs[:, 1] != 0)[0].tolist())
        found.update(positions(token_table(doc).lower_hashes, self.anchor_hashes))
        text = doc_text(doc)
        for m in _HIDDEN_NUMBER.finditer(text):
            found.add(token_at(attrs, m.start()))
        for m in _HIDDEN_UNIT.finditer(text):
            found.add(token_at(attrs, m.start()))
        if self.suffix_re is not None:
            for m in self.suffix_re.finditer(text):
                found.add(token_at(attrs, m.start()))
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        self.require_source()
        starts = self._anchors(doc)
        if not starts:
            return doc
        # places and units before a number ("Kharkiv 12", not a designation like "Leopard 2")
        doc.user_data[_NAMED_KEY] = claimed(doc, {"LOCATION", "ACTOR", "MIL_UNIT"})
        try:
            found = _partitive_items(doc, _share_units(doc, self._read_all(doc, starts)))
        finally:
            doc.user_data.pop(_NAMED_KEY, None)
            doc.user_data.pop(_TAKEN_KEY, None)
        taken = claimed(doc)  # the states a count may hold are looked for only when a count overlaps a tag
        nestable = _compound_parties(doc) if any(any(taken[f.start : f.end]) for f in found) else frozenset()
        add_spans(doc, [(f.start, f.end, "QUANTITY", f.norm) for f in found], nestable)
        return doc

    def _read_all(self, doc: Doc, starts: list[int]) -> list[_Found]:
        taken = claimed(doc)
        doc.user_data[_TAKEN_KEY] = taken
        # counted nouns that an earlier tagger already claimed: "8,000 North Korean troops", "three generals"
        unit_spans = {s.start: s for s in span_group(doc) if s.label_ in ("MIL_UNIT", "RANK")}
        found: list[_Found] = []
        consumed = -1
        for start in starts:
            if start <= consumed or taken[start]:
                continue
            f = self._read(doc, start, unit_spans, taken)
            if f is not None:
                found.append(f)
                consumed = f.end - 1
        return found

    def _read(self, doc: Doc, i: int, unit_spans: dict[int, Any], taken: bytearray) -> _Found | None:
        """The quantity starting at token ``i``: a word form, or a number read with its range,
        qualifier and counted item or unit."""
        special = self._read_word_forms(doc, i, unit_spans)
        if special is not None:
            return special
        number = self._article_as_one(doc, i) or self._read_number(doc, i)
        if number is None:
            return None
        r = _Reading(start=i, end=number[1], value=number[0], glued=number[2])
        if number[2] is None and i > 0 and doc[i - 1].text in self.currency and doc[i].text[:1].isdigit():
            word = self._lower(doc, r.end).rstrip(".")
            scale = numbers.money_scale(word)  # "€3.6 b." ends a sentence
            if scale is None and r.end < len(doc) and not token_table(doc).spaced(r.end - 1):
                scale = numbers.glued_scale(word)  # "£5m.": the tokenizer's abbreviation "m."
            if scale is not None:  # "$3.4 b", "€6.6 b": a register's scale letter, apart from the sum
                r.value, r.end = r.value * scale, r.end + 1
        if self._not_a_quantity(doc, i, r.end, r.value):
            return None
        if r.value == 1 and doc[i].lower_ == "one" and self._lower(doc, r.end) == "of":
            return None  # "one of the guards" picks one out, it does not count
        if self._lower(doc, i - 1) in self.negative and r.value > 0:
            r.value, r.start = -r.value, i - 1  # "minus 40 degrees"
        self._read_range(doc, i, r, taken)
        after = self._read_qualifier(doc, i, r, taken)
        return self._read_item(doc, i, r, after, unit_spans)

    def _read_word_forms(self, doc: Doc, i: int, unit_spans: dict[int, Any]) -> _Found | None:
        """Vague amounts ("several hundred", "dozens of"), duration words ("month-long") and
        dash ranges in one token ("2,000–3,000")."""
        low = doc[i].lower_
        if low in self.vague_heads or low in self.collective_heads or low in ("a", "dozen"):
            v = self._read_vague(doc, i, unit_spans)
            if v is not None:
                return v
        if doc[i].is_alpha:
            dur = self._duration_word(doc, i)
            if dur is not None:
                return dur
            share = self._multiplier_or_share(doc, i, low)
            if share is not None:
                return share
        suspended = self._suspended_range(doc, i, unit_spans)
        if suspended is not None:
            return suspended
        rng = numbers.dash_range(doc[i].text)
        if rng is not None:
            end = i + 1
            item_end, item, measure, _ = self._find_item(doc, end, unit_spans)
            return self._make(doc, i, max(end, item_end), "range", None, rng[0], rng[1], item, measure)
        return None

    def _multiplier_or_share(self, doc: Doc, i: int, low: str) -> _Found | None:
        """"twice a week" (2, count per week); "A third of adults", "Half of all spending": a
        share of what follows "of" (the span stops before it, as "Three-quarters of" does)."""
        times = self.multiplier_numbers.get(low)
        if times is not None:
            end, rate = self._per(doc, i + 1, "count")
            return self._make(doc, i, end, "exact", times, None, None, None, rate) if end > i + 1 else None
        den = self.denominators.get(low)
        if den is None or low.endswith("s") or self._lower(doc, i + 1) != "of":
            return None
        start = i - 1 if self._lower(doc, i - 1) in ("a", "one") else i
        if start == i and low != "half":
            return None  # "the third of May", "a fourth of July": a share needs "a"/"one", or is a half
        return self._make(doc, start, i + 1, "exact", 1 / den, None, None, None, None)

    def _read_number(self, doc: Doc, i: int) -> tuple[float, int, str | None] | None:
        """(value, end, glued unit) of the number at ``i``: words and digits, or a unit glued to
        the digits ("12kW"); coordinates ("36°20′N") are not numbers here."""
        value, end = self._number_at(doc, i)
        if value is not None:
            return value, end, None
        g = self._glued(doc[i].text)
        if g is None or "′" in g[1] or "″" in g[1] or g[1].lower() in self.clock_words:
            return None  # coordinates, and clock times with "pm" written on ("7.45pm")
        return g[0], i + 1, g[1]

    def _article_as_one(self, doc: Doc, i: int) -> tuple[float, int, str | None] | None:
        """"roughly a minute", "less than a mile", "a week or more": an article that a qualifier
        measures counts one of the unit after it, and "half a mile" half of one; a bare "a year" or
        "a mile away" counts nothing."""
        if doc[i].lower_ == "half" and self._lower(doc, i + 1) in ("a", "an") \
                and self._lower(doc, i + 2) in self.article_units:
            return 0.5, i + 2, None
        if doc[i].lower_ not in ("a", "an") or self._lower(doc, i + 1) not in self.article_units:
            return None
        before = self._match_back(doc, i, self.before, self.max_before)
        if before is not None and self._lower(doc, i - 1) == "over" and self._lower(doc, i + 1) in self.time_words:
            before = None  # "€3trn over a decade": during it, not more than one
        measured = before is not None or self._match_fwd(doc, i + 2, self.after, 3) is not None
        return (1.0, i + 1, None) if measured else None

    def _read_range(self, doc: Doc, i: int, r: _Reading, taken: bytearray) -> None:
        """"between 2,000 and 3,000", "from 10 to 15", "two or three", "between 20kHz and 30kHz"."""
        cur = 1 if i > 0 and doc[i - 1].text in self.currency else 0  # "between €60 and €90"
        prev, nxt = self._lower(doc, i - 1 - cur), self._lower(doc, r.end)
        end = r.end
        if nxt not in self.range_words or end + 1 >= len(doc) or taken[end + 1]:
            return
        second = end + 2 if cur and end + 2 < len(doc) and doc[end + 1].text == doc[i - 1].text else end + 1
        v2, end2 = self._number_at(doc, second)
        g2 = self._glued(doc[end + 1].text) if r.glued and v2 is None else None
        if g2 is not None and g2[1] == r.glued:
            v2, end2 = g2[0], end + 2
        allowed = self.range_connectors.get(prev, self.range_connectors.get("", set()))
        connector_ok = nxt in allowed and (nxt != "or" or r.value < 100)  # "two or three", not "100 or 200"
        if v2 is None or not connector_ok or v2 <= r.value:
            return
        # "2 to 3 million": the scale of the second number applies to the first
        if end - i == 1 and end2 - (end + 1) > 1 and r.value < 1000 <= v2:
            scale = 10 ** (len(str(int(v2))) - len(str(int(numbers.digits_value(doc[end + 1].text) or 1))))
            r.value = r.value * scale
        r.low, r.high, r.qualifier = r.value, v2, "range"
        if prev in ("between", "from") and r.start == i:
            r.start = i - 1 - cur
        r.end = end2

    def _read_qualifier(self, doc: Doc, i: int, r: _Reading, taken: bytearray) -> tuple[int, str] | None:
        """"up to", "more than" before the number (sets the reading); "or more", "-plus" after it
        (returned, applied once the item is known)."""
        if r.qualifier == "range":
            return None
        prev = self._lower(doc, i - 1)
        hit = self._match_back(doc, i - (1 if prev in self.currency else 0), self.before, self.max_before)
        if hit is not None and not any(taken[hit[0] : i]):
            r.start, r.qualifier = hit
        return self._match_fwd(doc, r.end, self.after, 3)

    def _read_item(self, doc: Doc, i: int, r: _Reading, after: tuple[int, str] | None,
                   unit_spans: dict[int, Any]) -> _Found | None:
        """The counted noun or the unit after the number, a unit range, the currency before it."""
        end, glued = r.end, r.glued
        if glued and r.qualifier == "range":
            item_end, item, measure, in_unit = self._find_item(doc, end, unit_spans, glued=glued)
            item_end = max(item_end, end)
        elif glued:
            item_end, item, measure, in_unit = self._find_item(doc, i + 1, unit_spans, glued=glued)
            if measure is None:
                return None  # "20′N", a model name "3M14"
        else:
            item_end, item, measure, in_unit = self._find_item(
                doc, after[0] if after else end, unit_spans, plural=r.value != 1)
        spelled = not doc[i].text[:1].isdigit() and doc[i].text[:1] not in "-−"
        if item is not None and item.startswith("?"):
            if spelled and self._lower(doc, r.start - 1) in _REFERRING:
                return None  # "the two nations", "both sides": a reference to things named before, not a count
            item = item[1:]
        partitive = r.value >= 2 and self._lower(doc, end) == "of" and self._lower(doc, end + 1) in _PARTITIVE
        if spelled and item is None and measure is None and not in_unit and r.qualifier == "exact" \
                and float(r.value).is_integer() and self._lower(doc, r.start - 1) not in self.people_verbs \
                and not self._toll_figure(doc, r.start) and not self._noun_left_out(doc, r.start, end) \
                and not partitive:  # "Three of them are in hospital" counts the group named before
            return None  # a spelled number counts nothing here ("one-half of the garrison" does)
        currency = self.currency.get(doc[i - 1].text) if i > 0 else None
        if currency:
            r.start = i - 1 if r.start == i else r.start
            if measure is None:
                # "$12/hour": the currency per the unit after the number
                per_end, measure = self._per(doc, end, currency)
                item_end = max(item_end, per_end)
        if measure and r.qualifier != "range":
            rng = self._unit_range(doc, item_end, measure, unit_spans)
            if rng is not None:  # "44 mg to 50 mg", "from $350 per kg to $680 per kg"
                r.low, r.high, item_end = min(r.value, rng[0]), max(r.value, rng[0]), rng[1]
                r.qualifier, after = "range", None
                lead = r.start - 1
                r.start = lead if self._lower(doc, lead) in ("between", "from") else r.start
        if after is None and r.qualifier == "exact" and item_end > end:
            after = self._match_fwd(doc, item_end, self.after, 3)  # "100 millimetres or more"
        if after is not None and r.qualifier == "exact":
            r.qualifier = after[1]
            item_end = max(item_end, after[0])
        if measure in self.weight_senses and not currency and self._weighed(doc, i, end, item_end):
            measure = self.weight_senses[measure]
        if item in self.model_senses and any(DESIGNATION.match(t.text) for t in doc[end : max(end, item_end)]):
            item = self.model_senses[item]  # "four F-35A fighters": aircraft, not combatants
        return self._make(doc, r.start, max(end, item_end), r.qualifier,
                          None if r.qualifier == "range" else r.value, r.low, r.high, item, measure)

    def _toll_figure(self, doc: Doc, i: int) -> bool:
        """"put the death toll at seven", "the toll rose to nine": a toll's figure, spelled alone."""
        return i >= 2 and self._lower(doc, i - 1) in ("to", "at") and self._lower(doc, i - 2) in self.toll_heads

    def _noun_left_out(self, doc: Doc, i: int, end: int) -> bool:
        """"Eleven soldiers were killed and one was wounded", "two battalions to Bakhmut and one to
        Siversk": a spelled number after "and" whose noun is the count's before it, left out.  It
        stands as the subject of an auxiliary (``subject_auxiliaries``) or before the preposition
        the count before it took, and a number stands earlier in the sentence."""
        before = before_addition(token_table(doc).lowers, i, 0)
        if self._lower(doc, before) != "and":
            return False
        nxt = self._lower(doc, end)
        if nxt not in self.subject_auxiliaries and not (
                nxt in self.gap_prepositions and end + 1 < len(doc) and doc[end + 1].is_title):
            return False
        for k in range(before - 1, max(before - 16, -1), -1):
            if doc[k].is_sent_start or doc[k].text in (".", ";", "?", "!"):
                return doc[k].like_num
            if doc[k].like_num and (nxt in self.subject_auxiliaries or self._lower(doc, k + 2) == nxt
                                    or self._lower(doc, k + 1) == nxt):
                return True
        return False

    def _weighed(self, doc: Doc, i: int, end: int, item_end: int) -> bool:
        """"2,000-pound bombs", "300 pounds of explosives": a weight, not money (see ``weight_senses``
        in items.json); "5 million pounds" and "40 pounds" stay money."""
        if any(self._lower(doc, k) in numbers.words().scales for k in range(i, end)):
            return False
        return self._lower(doc, end) in ("-", "‑") or self._lower(doc, item_end) == "of"

    def _suspended_range(self, doc: Doc, i: int, unit_spans: dict[int, Any]) -> _Found | None:
        """"10- to 15-year", "8- to 16-meter": the first number of a range leaves its unit to the second."""
        text = doc[i].text
        first = numbers.digits_value(text[:-1]) if len(text) > 1 and text[-1] in "-‑" else None
        if first is None or self._lower(doc, i + 1) not in ("to", "and", "or"):
            return None
        second, end = self._number_at(doc, i + 2)
        if second is None or second <= first:
            return None
        item_end, item, measure, _ = self._find_item(doc, end, unit_spans)
        if item is None and measure is None:
            return None
        return self._make(doc, i, max(end, item_end), "range", None, first, second, item, measure)

    def _unit_range(self, doc: Doc, k: int, measure: str, unit_spans: dict[int, Any]) -> tuple[float, int] | None:
        """The second end of a range written with its unit twice: "44 mg to 50 mg", "$350 per kg
        to $680 per kg"; returns (value, end token)."""
        if self._lower(doc, k) not in ("to", "and", "-", "–", "—") or k + 1 >= len(doc):
            return None
        j = k + 1
        currency = self.currency.get(doc[j].text)
        j += 1 if currency else 0
        value, end = self._number_at(doc, j)
        glued = None
        if value is None:
            g = self._glued(doc[j].text) if j < len(doc) else None
            if g is None:
                return None
            (value, glued), end = g, j + 1
        unit: str | None
        if currency:
            item_end, unit = self._per(doc, end, currency)
        else:
            item_end, _, unit, _ = self._find_item(doc, end if not glued else j + 1, unit_spans, glued=glued)
        return (value, item_end) if unit == measure else None

    def _read_vague(self, doc: Doc, i: int, unit_spans: dict[int, Any]) -> _Found | None:
        hit = self._match_fwd(doc, i, self.collectives, 4)
        if hit is not None:
            end, value = hit
            if end < len(doc) and self._lower(doc, end) in ("of",):
                end += 1
            if numbers.parse([t.text for t in doc[i : i + 8]])[1] > end - i:
                return None  # "a hundred and two": the number reader goes further
            item_end, item, measure, _ = self._find_item(doc, end, unit_spans)
            start = i
            back = self._match_back(doc, i, self.before, self.max_before)
            qualifier = "exact"
            if back is not None:
                start, qualifier = back
            return self._make(doc, start, max(end, item_end), qualifier, value, None, None, item, measure)
        hit = self._match_fwd(doc, i, self.vague, self.max_vague)
        if hit is None:
            return None
        end, (lo, hi) = hit
        key = tuple(self._lower(doc, j) for j in range(i, end))
        item_start = end
        if self._lower(doc, end) == "of":
            item_start = end + 1
        item_end, item, measure, in_unit = self._find_item(doc, item_start, unit_spans)
        if key in self.vague_need_item and item is None and not in_unit:
            return None
        return self._make(doc, i, max(end, item_end), "vague", None, lo, hi, item, measure)

    def _make(self, doc: Doc, start: int, end: int, qualifier: str, value: float | None,
              low: float | None, high: float | None, item: str | None, measure: str | None) -> _Found:
        if item and item.startswith("?"):
            item = item[1:]
        unit = None
        if measure:
            unit = self.unit_names.get(measure, measure)
        if qualifier in ("up_to", "less_than"):
            high = value
        elif qualifier in ("at_least", "more_than"):
            low = value
        norm = {"value": value, "low": low, "high": high, "qualifier": qualifier, "item": item, "unit": unit}
        return _Found(start, end, norm)


@Language.factory(
    "conflict_ie_quantities",
    default_config={"extra_lexicon": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_quantities(nlp: Language, name: str, extra_lexicon: str | None) -> QuantityTagger:
    """A configured ``extra_lexicon`` file that no longer exists waits for ``from_disk``: see ``configured_extra``."""
    return QuantityTagger.from_config(nlp, name, extra_lexicon)
