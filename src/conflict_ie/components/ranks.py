"""RANK: military ranks with their holder's name and NATO grade code.

The ladders live in ``lexicon/ranks.jsonl``; the context rules (civilian titles such as
"Attorney General", words that never start a name such as "Staff") in ``lexicon/rank_rules.json``.
Words that are also everyday English ("Major", "General", "Private") and abbreviations ("Gen.")
only count as ranks when a name follows them; plurals ("three generals") count without one.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .. import lexicon
from .base import LexiconComponent, add_spans, claimed, pattern_maker, span_group
from .units import apostrophe_forms

_INITIAL = re.compile(r"^[A-Z]\.$")  # "Stephen J. Townsend"


def _rating_entries(rules: dict[str, Any]) -> list[dict[str, Any]]:
    """Navy ratings with a class ("Special Warfare Operator 1st Class") or a chief prefix
    ("Chief Special Warfare Operator"), as rank entries."""
    out = []
    for rating in rules.get("ratings", []):
        for cls in rules.get("rating_classes", []):
            forms = [f"{rating} {form}" for form in cls["forms"]]
            out.append({"rank": f"{rating} {cls['canonical']}", "grade": cls["grade"], "aliases": forms, "plurals": False})
        for chief in rules.get("rating_chiefs", []):
            forms = [f"{form} {rating}" for form in chief["forms"]]
            out.append({"rank": f"{chief['canonical']} {rating}", "grade": chief["grade"], "aliases": forms, "plurals": False})
    return out


class RankTagger(LexiconComponent):
    file_name = "ranks.json"

    def build(self) -> None:
        rules = lexicon.rank_rules()
        entries = lexicon.ranks() + _rating_entries(rules) + self.extra.get("ranks", [])
        make = pattern_maker(self.nlp)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.forms: dict[str, dict[str, Any]] = {}
        for entry in entries:
            canonical = entry["rank"]
            plurals = entry.get("plurals", True)
            forms: list[tuple[str, bool]] = [(canonical, False)] + ([(lexicon.plural(canonical), True)] if plurals else [])
            for listed in entry.get("aliases", []):
                for alias in apostrophe_forms(listed):
                    forms.append((alias, False))
                    if plurals and alias.replace("-", "").replace(" ", "").isalpha() and not alias.isupper():
                        forms.append((lexicon.plural(alias), True))
            for form, is_plural in forms:
                key = f"{canonical}|{form}|{int(is_plural)}"
                self.forms[key] = {
                    "rank": canonical,
                    "grade": entry.get("grade"),
                    "plural": is_plural,
                    "single_word": len(form.split()) == 1 and "-" not in form,
                    "abbrev": "." in form or (form.isupper() and len(form) <= 5),
                    "ambiguous": bool(entry.get("ambiguous")),
                    "grade_by_country": dict(entry.get("grade_by_country") or {}),
                }
                patterns = [make(form)]
                if not form.replace(" ", "").isalpha():
                    # "Gen." splits otherwise before a name ("Gen. Smith"): the form as it stands
                    # in context too; a form of letters and spaces splits alike (a cold-start cost)
                    in_context = make(form + " Smith")
                    if len(in_context) > 1 and [t.text for t in in_context[:-1]] != [t.text for t in patterns[0]]:
                        patterns.append(in_context[:-1].as_doc())
                self.matcher.add(key, patterns)
        self.civil_before = {w.lower() for w in rules["civil_before"]}
        self.civil_exempt = {k: {v.lower() for v in vs} for k, vs in rules["civil_before_exempt"].items()}
        self.not_name = set(rules["not_name"])
        self.particles = {p.lower() for p in rules["name_particles"]}
        self.max_name = int(rules["max_name_tokens"])
        self.lower_ok = {w.lower() for w in rules["always_accept_lowercase"]}
        self.suffixes = set(rules.get("name_suffixes", []))
        # "a colonel", "a Syrian colonel", "a North Korean general": the word before a lower-case rank
        self.determiners = {w.lower() for w in rules.get("lowercase_determiners", [])}
        for country in lexicon.countries().values():
            for adjective in country.adjectives:
                self.determiners.add(make(adjective)[-1].lower_)  # "North Korean", "I-Kiribati": the last token
        self.followers = {w.lower() for w in rules.get("lowercase_followers", [])}
        # demonyms and country names never start a holder's name ("in general Russian forces")
        self.not_name |= set(lexicon.demonyms()) | set(lexicon.country_names())
        self.demonym_iso = dict(lexicon.demonyms())

    def _determined_service(self, doc: Doc, start: int) -> bool:
        """"A Royal Navy commodore": a service the units tagger read, with a determiner before it,
        stands between the determiner and a lower-case rank."""
        unit = next((s for s in span_group(doc) if s.label_ == "MIL_UNIT" and s.end == start), None)
        return unit is not None and unit.start > 0 and doc[unit.start - 1].lower_ in self.determiners

    def _country_before(self, doc: Doc, start: int) -> str | None:
        """The country a rank belongs to when the text says it right before ("a Russian lieutenant
        general", "North Korean Colonel ..."): its grade may differ from NATO's (``grade_by_country``)."""
        for size in (2, 1):
            if start >= size:
                iso = self.demonym_iso.get(doc[start - size : start].text)
                if iso:
                    return iso
        return None

    def _name(self, doc: Doc, k: int) -> int:
        """End of the personal name that starts at token ``k`` (== k when there is none)."""
        n = len(doc)
        j = k
        last_word = k  # end of the last full name word: a name never ends on an initial
        words = 0  # name words and initials; particles and hyphens ("bin", "al-") do not count
        while j < n and words < self.max_name:
            tok = doc[j]
            text = tok.text
            if _is_name_word(tok) and text not in self.not_name:
                j += 1
                words += 1
                last_word = j
            elif _INITIAL.match(text) and j + 1 < n and _is_name_word(doc[j + 1]):
                j += 1  # "Stephen J. Townsend", "J. Smith"
                words += 1
            elif text.lower() in self.particles and j > k and j + 1 < n and doc[j + 1].is_title:
                j += 1
            elif text.lower() in self.particles and j > k and j + 2 < n and doc[j + 1].text == "-" \
                    and doc[j + 2].is_title:
                j += 2  # "Ahmad al-Dalati", "Abu Bakr el-Sayed": the tokenizer splits the hyphen off
            elif j > k and text in ("-",) and j + 1 < n and doc[j + 1].is_title:
                j += 1
            else:
                break
        j = last_word
        if j > k and j < n and doc[j].text in self.suffixes:
            j += 1  # "Charles Q. Brown Jr.", "Charles H. Keating IV"
        return j

    def __call__(self, doc: Doc) -> Doc:
        self.require_source()
        matches = self.matcher(doc)
        if not matches:
            return doc
        strings = self.nlp.vocab.strings
        # a service named before the rank is a unit already ("U.S. Army General Joseph Votel"): a
        # rank form reaching into it ("Army General") gives way to the one after it ("General")
        taken = claimed(doc, {"MIL_UNIT"})
        # longest match wins at each start; overlapping shorter ones are dropped
        best: dict[int, tuple[int, str]] = {}
        for match_id, start, end in matches:
            if any(taken[start:end]):
                continue
            key = strings[match_id]
            if start not in best or best[start][0] < end:
                best[start] = (end, key)
        spans = []
        covered_to = -1
        for start in sorted(best):
            end, key = best[start]
            if start < covered_to:
                continue
            info = self.forms[key]
            span = doc[start:end]
            prev = doc[start - 1].lower_ if start > 0 else ""
            if prev in self.civil_before and info["single_word"] \
                    and info["rank"].lower() not in self.civil_exempt.get(prev, set()):
                continue  # "Secretary General"; but "Press Secretary Brig. Gen. Dana Whitcombe" is a rank
            if prev in ("-", "‑"):
                continue  # "Secretary-General", "Attorney-General": the rank word ends a civil title
                # ("Major-General" is matched whole, from its first word)
            name_end = self._name(doc, end)
            has_name = name_end > end and not info["plural"]
            text = span.text
            if text.islower():
                if text.lower() not in self.lower_ok:
                    continue
                # "lieutenant Ahmad Saleh": a lower-case title that is no everyday word, with a holder
                named = has_name and not info["ambiguous"]
                if not info["plural"] and not named:
                    if prev not in self.determiners and not self._determined_service(doc, start):
                        continue
                    # "the general said", not "the general public"; "a Syrian colonel defected"
                    if info["ambiguous"] and end < len(doc) and doc[end].is_alpha and doc[end].lower_ not in self.followers:
                        continue
            elif (info["ambiguous"] and info["single_word"]) or info["abbrev"]:
                if not has_name:
                    continue
            elif not has_name and not info["plural"] and span[0].is_sent_start and info["single_word"]:
                continue
            stop = name_end if has_name else end
            person = doc[end:stop].text if has_name else None
            grade = info["grade_by_country"].get(self._country_before(doc, start) or "", info["grade"])
            spans.append((start, stop, "RANK", {"rank": info["rank"], "person": person, "grade": grade}))
            covered_to = stop
        add_spans(doc, spans)
        return doc


def _is_name_word(tok: Any) -> bool:
    text = tok.text
    return tok.is_title and (tok.is_alpha or "-" in text or "'" in text or "\u2019" in text)


@Language.factory(
    "conflict_ie_ranks",
    default_config={"extra_lexicon": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_ranks(nlp: Language, name: str, extra_lexicon: str | None) -> RankTagger:
    """A configured ``extra_lexicon`` file that no longer exists waits for ``from_disk``: see ``configured_extra``."""
    return RankTagger.from_config(nlp, name, extra_lexicon)
