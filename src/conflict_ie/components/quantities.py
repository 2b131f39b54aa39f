"""QUANTITY: numbers with their qualifier, counted item or measurement unit.

Candidates are the number-like tokens and vague amount words, found with one numpy pass over
the token attributes; all further work happens only around those tokens.  Measures ("50 kilometers") get their unit
name from quantulum3, called on the short candidate string and cached, never on the document.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import lexicon
from . import numbers
from .base import (
    LexiconComponent,
    add_spans,
    claimed,
    doc_text,
    hashes,
    positions,
    span_group,
    token_at,
    token_attrs,
)

_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")
_CALIBRE = {"mm", "-mm", "millimeter", "millimetre", "calibre", "caliber", "cm"}
_HIDDEN_NUMBER = re.compile(r"\d[\d,.]*[-–—]\d|\d(?:k|bn|mn|mln|bln)\b")
# model designations inside a counted noun: Su-34, F-16s, M777, Iskander-M, Leopard 1A5, T-72B3
_DESIGNATION = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}-?\d+[A-Za-z]*s?|[A-Z][a-z]+-[A-Z0-9]+|\d+[A-Z]+\d*[A-Za-z]*)$")
# per-document scratch state, kept in ``doc.user_data`` for the length of one call
_LOWERS_KEY = "_conflict_ie_q_lowers"
_NAMED_KEY = "_conflict_ie_q_named"
_PUNCT_STOP = {".", ",", ";", ":", "!", "?", "(", ")", '"', "“", "”", "—", "–"}


@dataclass
class _Found:
    start: int
    end: int
    norm: dict[str, Any]


@lru_cache(maxsize=4096)
def _quantulum_unit(text: str) -> str | None:
    """Unit name of a short measure string, as quantulum3 names it ("kilometre")."""
    try:
        with warnings.catch_warnings():  # it warns that its optional classifier is absent
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # imported lazily: loading it costs a second
    except ImportError:  # pragma: no cover - quantulum3 is a dependency
        return None
    try:
        found = parser.parse(text)
    except Exception:  # quantulum3 raises on odd input; a measure without unit is still a number
        return None
    for q in found:
        name = q.unit.name
        if name and name != "dimensionless":
            return name
    return None


class QuantityTagger(LexiconComponent):
    file_name = "quantities.json"

    def build(self) -> None:
        q = lexicon.qualifiers()
        extra = self.extra
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
        self.index = lexicon.item_index()
        self.item_forms = dict(self.index.forms)
        for lemma, cls in extra.get("items", {}).items():
            self.item_forms[lemma.lower()] = (lemma.lower(), cls)
            self.item_forms[lexicon.plural(lemma.lower())] = (lemma.lower(), cls)
        self.max_item_words = max(len(k.split()) for k in self.item_forms)
        self.measures = self.index.measures | {m.lower() for m in extra.get("measures", [])}
        self.time_units = self.index.time_units
        self.currency = items["currency_symbols"]
        self.unit_names = items["unit_names"]
        self.modifiers = {m.lower() for m in items["modifiers"]}
        self.age_words = {a.lower() for a in items["age"]}
        self.clock_words = {c.lower() for c in items["clock"]}
        d = lexicon.dates()
        self.months = set(d["months"])
        self.designation_blockers = set(self.months) | set(d["weekdays"])

        vague_words = {k[0] for k in self.vague} | {k[0] for k in self.collectives} | {"dozen"}
        self.anchor_hashes = hashes(self.nlp, vague_words)

    @staticmethod
    def _toks(phrase: str) -> list[str]:
        return phrase.lower().replace("-", " - ").split()

    # ------------------------------------------------------------------ helpers
    def _lower(self, doc: Doc, i: int) -> str:
        # lower-case forms of the tokens around candidates, read once per document; the cache
        # lives on the Doc, never on the component, which threads share
        cache = doc.user_data.setdefault(_LOWERS_KEY, {})
        got = cache.get(i)
        if got is None:
            got = doc[i].lower_ if 0 <= i < len(doc) else ""
            cache[i] = got
        return got

    def _match_back(self, doc: Doc, end: int, table: dict[tuple[str, ...], Any], max_len: int):
        """Longest phrase of ``table`` ending just before token ``end``; returns (start, value)."""
        words = [self._lower(doc, j) for j in range(max(0, end - max_len), end)]
        for n in range(len(words), 0, -1):
            key = tuple(words[len(words) - n :])
            if key in table:
                return end - n, table[key]
        return None

    def _match_fwd(self, doc: Doc, start: int, table: dict[tuple[str, ...], Any], max_len: int):
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
        toks = [t.text for t in doc[i : min(len(doc), i + 8)]]
        value, used = numbers.parse(toks)
        return value, i + used

    # ------------------------------------------------------------------ guards
    def _not_a_quantity(self, doc: Doc, i: int, end: int, value: float) -> bool:
        tok = doc[i]
        text = tok.text
        prev = self._lower(doc, i - 1)
        nxt = self._lower(doc, end)
        if self._is_ordinal(tok):
            return True
        if ":" in text or nxt in self.clock_words:
            return True
        # years: four digits without separator, unless a counted item follows
        if text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100:
            if not self._starts_item(doc, end):
                return True
        # days of the month next to a month name
        if prev.rstrip(".") in self.months or nxt.rstrip(".") in self.months:
            if text.isdigit() and int(text) <= 31:
                return True
        # ages: "aged 19", "19-year-old", "19 years old"
        if prev in self.age_words:
            return True
        if nxt in ("-", "year", "years") and self._lower(doc, end + 1) in ("year", "old", "-"):
            window = " ".join(self._lower(doc, j) for j in range(end, min(len(doc), end + 4)))
            if "old" in window:
                return True
        # labels and designations: "No. 5", "#3", "Resolution 2231", "Leopard 2"
        if prev in ("no.", "no", "#", "number", "nos.", "article", "paragraph", "chapter", "resolution", "flight"):
            return True
        if i > 0:
            p = doc[i - 1]
            if (
                p.is_alpha
                and p.is_title
                and not p.is_stop
                and p.lower_ not in self.designation_blockers
                and not doc.user_data[_NAMED_KEY][i - 1]
                and p.lower_ not in self.modifiers
                and (p.lower_,) not in self.before
            ):
                return True
            if p.text in ("+",):
                return True
        # scores and ratios: "beat the Yankees 4-3", "a 2:1 vote"
        if i >= 2 and doc[i - 1].text in ("-", "–", ":") and doc[i - 2].like_num:
            return True
        if nxt in ("-", "–", ":") and end + 1 < len(doc) and doc[end + 1].like_num and self._lower(doc, end + 1).isdigit() \
                and (numbers.digits_value(doc[end + 1].text) or 0) < value:
            return True
        # list markers at the start of a line: "1." "2)" "(3)"
        if (i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].text == "(") and nxt in (".", ")"):
            return True
        # phone-like: three or more bare digit groups in a row ("+380 44 123 4567")
        if text.isdigit():
            run_start, run_end = i, i + 1
            while run_start > 0 and doc[run_start - 1].text.lstrip("+").isdigit():
                run_start -= 1
            while run_end < len(doc) and doc[run_end].text.isdigit():
                run_end += 1
            if run_end - run_start >= 3:
                return True
        # calibres: "155mm shells", "155 mm"
        if nxt in ("mm", "-mm", "millimeter", "millimetre", "calibre", "caliber") and (
                self._starts_item(doc, end + 1) or self._lower(doc, end + 1) in ("and", "or", ",", "/")):
            # "155mm shells", and the first of a pair: "155mm and 105mm artillery rounds"
            return True
        return False

    def _starts_item(self, doc: Doc, j: int) -> bool:
        for n in range(self.max_item_words, 0, -1):
            key = " ".join(self._lower(doc, k) for k in range(j, min(len(doc), j + n)))
            if key in self.item_forms or key in self.measures:
                return True
        return False

    # ------------------------------------------------------------------ items
    def _find_item(self, doc: Doc, j: int, unit_spans: dict[int, Any]) -> tuple[int, str | None, str | None, bool]:
        """Look for the counted noun after the number; returns (end_token, item, measure_text, in_unit)."""
        k = j
        skipped = 0
        n = len(doc)
        while k < n and skipped <= 4:
            if k in unit_spans:
                span = unit_spans[k]
                if span.label_ == "RANK":
                    if (span._.norm or {}).get("person"):
                        break
                    rank = (span._.norm or {}).get("rank") or span.text
                    return j, rank.lower(), None, True
                head = span[-1].lower_
                lemma = self.item_forms.get(head, (None,))[0]
                if lemma is None and head in ("forces", "force", "military", "army"):
                    lemma = "troop"
                return j, lemma, None, True
            tok = doc[k]
            low = tok.lower_
            if low in _PUNCT_STOP or tok.is_space:
                break
            for m in range(self.max_item_words, 0, -1):
                if k + m > n:
                    continue
                key = " ".join(self._lower(doc, x) for x in range(k, k + m))
                if key in self.item_forms:
                    nxt = self._lower(doc, k + m)
                    if nxt in self.item_forms and k + m + 1 <= n:
                        # "two fighter squadrons", "attack helicopters": the last noun is the head
                        return k + m + 1, self.item_forms[nxt][0], None, False
                    return k + m, self.item_forms[key][0], None, False
            if low in _CALIBRE and k > j - 1 and doc[k - 1].like_num and self._starts_item(doc, k + 1):
                k += 1  # "40,000 155mm shells": the calibre describes the shells
                skipped += 1
                continue
            two = f"{low} {self._lower(doc, k + 1)}"
            if two in self.measures:  # "per cent", "square kilometres", "nautical miles"
                return k + 2, None, "percent" if two == "per cent" else doc[k : k + 2].text, False
            if low in self.measures:
                end = k + 1
                if low in ("square", "sq") and end < n:
                    end += 1
                return end, None, doc[k:end].text, False
            if low in self.time_units:
                return k, None, "__time__", False
            if k + 2 < n and doc[k + 1].text == "-" and tok.is_alpha and doc[k + 2].is_alpha:
                # hyphenated modifier split by the tokenizer: "anti - ship", "long - range"
                k += 3
                skipped += 1
                continue
            if k == j and low == "-" and self._lower(doc, k + 1) == "strong":
                k += 2  # "a 3,000-strong force"
                continue
            if low == "of" and k == j:
                k += 1
                continue
            if low in self.modifiers or (tok.is_title and tok.is_alpha) or tok.text in ("-",) or tok.like_num \
                    or _DESIGNATION.match(tok.text):
                k += 1
                skipped += 1
                continue
            # an unknown plural noun right after the number counts as the item
            if k == j and tok.is_alpha and tok.is_lower and low.endswith("s") and not low.endswith("ss") and len(low) > 3 \
                    and not tok.is_stop:
                return k + 1, "?" + (low[:-3] + "y" if low.endswith("ies") else low[:-1]), None, False
            break
        return j, None, None, False

    # ------------------------------------------------------------------ main
    def _anchors(self, doc: Doc) -> list[int]:
        """Token indexes where a quantity may start: number-like tokens, vague amount words, and
        tokens that hide a number ("2,000–3,000", "2bn")."""
        attrs = token_attrs(doc)
        found = set(np.nonzero(attrs[:, 1] != 0)[0].tolist())
        found.update(positions(attrs[:, 0].tolist(), self.anchor_hashes))
        for m in _HIDDEN_NUMBER.finditer(doc_text(doc)):
            found.add(token_at(attrs, m.start()))
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        self.require_source()
        starts = self._anchors(doc)
        if not starts:
            return doc
        # places and units before a number ("Kharkiv 12", not a designation like "Leopard 2")
        doc.user_data[_NAMED_KEY] = claimed(doc, {"LOCATION", "ACTOR", "MIL_UNIT"})
        doc.user_data[_LOWERS_KEY] = {}
        try:
            found = self._read_all(doc, starts)
        finally:
            doc.user_data.pop(_NAMED_KEY, None)
            doc.user_data.pop(_LOWERS_KEY, None)
        add_spans(doc, [(f.start, f.end, "QUANTITY", f.norm) for f in found])
        return doc

    def _read_all(self, doc: Doc, starts: list[int]) -> list[_Found]:
        taken = claimed(doc)
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
        low = doc[i].lower_
        # vague amounts: "several hundred", "tens of thousands", "dozens of"
        if low in self.vague_heads or low in self.collective_heads or low in ("a", "dozen"):
            v = self._read_vague(doc, i, unit_spans)
            if v is not None:
                return v
        rng = numbers.dash_range(doc[i].text)
        if rng is not None:
            end = i + 1
            item_end, item, measure, in_unit = self._find_item(doc, end, unit_spans)
            return self._make(doc, i, max(end, item_end), "range", None, rng[0], rng[1], item, measure)
        value, end = self._number_at(doc, i)
        if value is None:
            return None
        if self._not_a_quantity(doc, i, end, value):
            return None
        start = i
        qualifier = "exact"
        low_v = high_v = None
        # ranges: "between 2,000 and 3,000", "from 10 to 15", "2,000-3,000", "two or three"
        prev = self._lower(doc, i - 1)
        nxt = self._lower(doc, end)
        if nxt in ("and", "to", "-", "–", "—", "or") and end + 1 < len(doc) and not taken[end + 1]:
            v2, end2 = self._number_at(doc, end + 1)
            connector_ok = (
                (prev == "between" and nxt == "and")
                or (prev == "from" and nxt in ("to", "-", "–", "—"))
                or (nxt in ("-", "–", "—", "to") and prev != "from")
                or (nxt == "or" and value < 100)
            )
            if v2 is not None and connector_ok and v2 > value:
                # "2 to 3 million": the scale of the second number applies to the first
                if end - i == 1 and end2 - (end + 1) > 1 and value < 1000 <= v2:
                    scale = 10 ** (len(str(int(v2))) - len(str(int(numbers.digits_value(doc[end + 1].text) or 1))))
                    value = value * scale
                low_v, high_v, qualifier = value, v2, "range"
                if prev in ("between", "from"):
                    start = i - 1
                end = end2
        if qualifier != "range":
            hit = self._match_back(doc, i - (1 if prev in self.currency else 0), self.before, self.max_before)
            if hit is not None and not any(taken[hit[0] : i]):
                start, qualifier = hit
            after = self._match_fwd(doc, end, self.after, 3)
        else:
            after = None
        item_end, item, measure, in_unit = self._find_item(doc, after[0] if after else end, unit_spans)
        if measure == "__time__":
            return None  # a duration, not a count
        spelled = not doc[i].text[:1].isdigit()
        if item is not None and item.startswith("?"):
            # an unknown noun after a spelled-out number ("two nations", "one hand") is no count
            if spelled:
                return None
            item = item[1:]
        if spelled and item is None and measure is None and not in_unit and qualifier == "exact":
            return None
        if after is not None and qualifier == "exact":
            qualifier = after[1]
            item_end = max(item_end, after[0])
        currency = self.currency.get(doc[i - 1].text) if i > 0 else None
        if currency:
            if start == i:
                start = i - 1
            measure = measure or currency
        return self._make(doc, start, max(end, item_end), qualifier,
                          None if qualifier == "range" else value, low_v, high_v, item, measure)

    def _read_vague(self, doc: Doc, i: int, unit_spans: dict[int, Any]) -> _Found | None:
        hit = self._match_fwd(doc, i, self.collectives, 4)
        if hit is not None:
            end, value = hit
            if end < len(doc) and self._lower(doc, end) in ("of",):
                end += 1
            item_end, item, measure, _ = self._find_item(doc, end, unit_spans)
            if measure == "__time__":
                return None
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
        if measure == "__time__":
            return None
        if key in self.vague_need_item and item is None and not in_unit:
            return None
        return self._make(doc, i, max(end, item_end), "vague", None, lo, hi, item, measure)

    def _make(self, doc: Doc, start: int, end: int, qualifier: str, value: float | None,
              low: float | None, high: float | None, item: str | None, measure: str | None) -> _Found:
        if item and item.startswith("?"):
            item = item[1:]
        unit = None
        if measure:
            unit = measure if measure in self.currency.values() or measure == "percent" else _quantulum_unit("10 " + measure)
            unit = self.unit_names.get(unit, unit)
            if unit is None and measure.rstrip().endswith("%"):
                unit = "percent"
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
