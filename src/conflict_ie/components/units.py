"""MIL_UNIT: national forces, branches, named formations and armed groups.

Names come from ``lexicon/units.json`` and ``lexicon/countries.csv`` through ``PhraseMatcher``s;
the rules here only combine them: a demonym plus force noun is a national force, an ordinal plus
modifiers plus echelon is a formation, a branch takes the country of the demonym or possessive
that precedes it.  Anaphors ("these troops") are kept in a separate span group for the resolver.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import lexicon
from . import acronyms
from .base import (
    GROUP_KEY,
    NATIONAL_KEY,
    POSSESSIVE,
    REF_KEY,
    LexiconComponent,
    add_spans,
    claimed,
    free_runs,
    hashes,
    pattern_maker,
    positions,
    span_group,
    token_attrs,
    token_table,
)
from .place_context import capitalised, doc_prev_is_boundary


def _claimed_with(doc: Doc, spans: list[tuple[int, int, str, dict[str, Any]]]) -> bytearray:
    """The claimed-token mask with the units this tagger has read so far claimed too."""
    taken = claimed(doc)
    for start, end, _, _ in spans:
        taken[start:end] = b"\x01" * (end - start)
    return taken


_ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$", re.I)
_ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
}
_ANAPHOR_DETS = {"these", "those", "the", "such", "its", "their", "his", "her", "our", "both"}
_APOSTROPHES = ("'", "\u2019")


def apostrophe_forms(form: str) -> list[str]:
    """``form`` with straight and curly apostrophes alike: news copy mixes "Da'esh" and "Da\u2019esh"."""
    out = [form]
    for a, b in (_APOSTROPHES, _APOSTROPHES[::-1]):
        if a in form and form.replace(a, b) not in out:
            out.append(form.replace(a, b))
    return out


class UnitTagger(LexiconComponent):
    file_name = "units.json"

    def build(self) -> None:
        data = lexicon.units()
        extra = self.extra
        vocab = self.nlp.vocab
        make = pattern_maker(self.nlp)
        self.force_nouns = {w.lower() for w in data["force_nouns"] + extra.get("force_nouns", [])}
        self.echelons: dict[str, str] = {k.lower(): v for k, v in {**data["echelons"], **extra.get("echelons", {})}.items()}
        self.modifier_tokens: set[str] = set()
        for m in data["formation_modifiers"] + extra.get("formation_modifiers", []):
            self.modifier_tokens.update(t.lower_ for t in make(m))
        rules = lexicon.places_rules()
        self.verbs_after_subject = set(rules["actor_verbs"]) | set(lexicon.triggers()["sources"]["speech_verbs"]) \
            | lexicon.trigger_verbs()
        self.adjectival_nouns = {w.lower() for w in data.get("adjectival_force_nouns", ["military", "army", "navy", "naval"])}
        self.modifier_heads = {w.lower() for w in data.get("modifier_heads", [])}
        self.group_modifier_heads = self.modifier_heads | {w.lower() for w in data.get("group_modifier_heads", [])}
        self.adj_modifiers = {w.lower() for w in data["adjective_modifiers"] + extra.get("adjective_modifiers", [])}
        self.name_echelons = {w.lower() for w in data.get("name_echelons", [])}
        self.named_district_echelons = {w.lower() for w in data.get("name_echelon_phrases", [])}
        self.district_first_hashes = hashes(self.nlp, {p.split()[0] for p in self.named_district_echelons})
        self.modifier_echelons = {w.lower() for w in data.get("modifier_echelons", [])}
        self.groupings = PhraseMatcher(vocab, attr="LOWER")
        for phrase in data.get("groupings", []):
            self.groupings.add("GROUPING", [make(phrase)])

        self.entries: dict[str, dict[str, Any]] = {}
        self.named = PhraseMatcher(vocab, attr="LOWER")
        self.named_exact = PhraseMatcher(vocab, attr="ORTH")
        for section, kind in (("national_forces", "national_force"), ("groups", None), ("branches", "branch")):
            for entry in data[section] + extra.get(section, []):
                key = f"{section}:{entry['name']}"
                self.entries[key] = {
                    "name": entry["name"],
                    "country": entry.get("country"),
                    "kind": entry.get("kind") or kind or "group",
                    "echelon": entry.get("echelon"),
                    "section": section,
                    "forms": set(),
                    "need_country": set(entry.get("aliases_need_country", [])),
                }
                for listed in {entry["name"], *entry.get("aliases", []), *entry.get("aliases_need_country", [])}:
                    for form in apostrophe_forms(listed):
                        self.entries[key]["forms"].add(form)
                        matcher = self.named_exact if form.isupper() or len(form) <= 4 else self.named
                        matcher.add(key, [make(form)])

        self.demonyms: dict[str, str] = dict(lexicon.demonyms())
        self.demonyms.update(extra.get("demonyms", {}))
        self.country_names = dict(lexicon.country_names())
        self.canonical_adj = {c.iso3: (c.adjectives[0] if c.adjectives else c.name) for c in lexicon.countries().values()}
        self.echelon_hashes = hashes(self.nlp, set(self.echelons) | self.name_echelons)
        self._build_unnamed(data, rules, make)
        self.ordinal_word_hashes = hashes(self.nlp, _ORDINAL_WORDS)
        self.force_hashes = hashes(self.nlp, self.force_nouns - {"military"})
        self.det_hashes = hashes(self.nlp, _ANAPHOR_DETS)
        self.nationals = PhraseMatcher(vocab, attr="ORTH")
        for listed, iso in self.demonyms.items():
            self.nationals.add(f"DEM:{iso}", [make(form) for form in apostrophe_forms(listed)])
        for listed, iso in self.country_names.items():
            self.nationals.add(f"CTY:{iso}", [make(form) for form in apostrophe_forms(listed)])

    def _build_unnamed(self, data: dict[str, Any], rules: dict[str, Any], make: Any) -> None:
        """Forces named by no lexicon entry: groups before a group noun ("Dozo militiamen"), bare
        force nouns and phrases ("gunmen", "armed men"), places prefixed to a name ("Ohio National Guard")."""
        vocab = self.nlp.vocab
        self.place_prefixed = set(data.get("place_prefixed", []))
        self.group_nouns = PhraseMatcher(vocab, attr="LOWER")
        self.group_nouns.add("GROUP_NOUN", [make(w) for w in data.get("named_group_nouns", [])])
        self.not_names = set(rules["context"]["not_names"]) | set(self.demonyms) | set(self.country_names)
        self.bare_hashes = hashes(self.nlp, data.get("bare_force_nouns") or [])
        self.gated_nouns = {n.lower(): frozenset(w.lower() for w in before) for n, before in data.get("gated_force_nouns", {}).items()}
        self.gated_hashes = hashes(self.nlp, self.gated_nouns)
        self.bare_phrases = PhraseMatcher(vocab, attr="LOWER")
        self.bare_phrases.add("BARE", [make(p) for p in data.get("bare_force_phrases", [])])
        self.headed_heads = set(data.get("headed_name_heads", []))
        self.generic_force_words = {w.lower() for w in data.get("generic_force_words", [])}
        self.operation_words = set(data.get("operation_words", []))
        self.operation_members = {w.lower() for w in data.get("operation_members", [])}
        self.acronym_rules = acronyms.AcronymRules(
            heads=frozenset(w.lower() for w in data.get("acronym_force_heads", [])),
            connectors=frozenset(w.lower() for w in data.get("acronym_name_connectors", [])))

    # ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Candidates (lexicon names, demonym + force noun, groupings, numbered formations) read
        left to right; the first reading at a token wins and claims its tokens."""
        self.require_source()
        nationals = self._national_matches(doc)
        named_at = self._named_matches(doc, nationals)
        attrs = token_attrs(doc)
        lowers = token_table(doc).lower_hashes
        groupings = {start: end for _, start, end in self.groupings(doc)}
        grouping_starts = {max(0, s - back) for s in groupings for back in (0, 1, 2)}
        candidates = sorted(set(named_at) | set(nationals) | self._formation_starts(doc, attrs, lowers) | grouping_starts)
        spans: list[tuple[int, int, str, dict[str, Any]]] = []
        consumed = -1
        last_country: list[str | None] = [None]  # the last demonym seen, for branches named without one
        for i in candidates:
            if i <= consumed:
                continue
            found = self._read_at(doc, i, named_at, nationals, groupings, last_country)
            if found is not None:
                spans.append(found)
                consumed = found[1] - 1
        spans.extend(self._unnamed_groups(doc, spans))
        spans.extend(self._operations(doc, spans))
        spans.extend(self._headed_names(doc, spans))
        spans.extend(self._acronyms(doc, spans))
        add_spans(doc, self._numbered(doc, spans))
        self._anaphors(doc, lowers)
        self._nationals(doc, nationals)
        self._group_mentions(doc, named_at)
        return doc

    def _group_mentions(self, doc: Doc, named_at: dict[int, tuple[int, dict[str, Any]]]) -> None:
        """Armed groups named on a thing ("Houthi drones", "a Hezbollah rocket attack"): no unit
        (MIL_UNIT keeps them out), but the resolver reads whose weapons or strike they are."""
        taken = claimed(doc)
        group = span_group(doc, GROUP_KEY)
        for start, (end, entry) in sorted(named_at.items()):
            if entry["kind"] == "group" and not any(taken[start:end]) and self._modifier_use(doc, end, "group"):
                span = Span(doc, start, end, label="GROUP")
                span._.norm = {"name": entry["name"], "country": entry["country"], "kind": "group", "echelon": None}
                group.append(span)

    def _unnamed_groups(self, doc: Doc, spans: list[tuple[int, int, str, dict[str, Any]]]) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"Dozo militiamen", "Gran Grif gang members": capitalised words no lexicon holds before a
        group noun name an armed group.  A lone capitalised word opening a sentence ("Unidentified
        gunmen") says nothing, nor do demonyms and words that are no names."""
        taken = _claimed_with(doc, spans)
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        names: dict[tuple[str, ...], dict[str, Any]] = {}
        words = token_table(doc).words
        for _, k, end in self.group_nouns(doc):
            j = self._name_before(doc, k, taken)
            if j is None or any(taken[k:end]):
                continue
            norm = self._norm(doc[j:end].text, doc[j:k].text, None, "group", None)
            out.append((j, end, "MIL_UNIT", norm))
            names.setdefault(tuple(words[j:k]), norm)
        for j, end, _, _ in out:
            taken[j:end] = b"\x01" * (end - j)
        return out + self._named_again(doc, names, taken)

    def _name_before(self, doc: Doc, k: int, taken: bytearray, heads: set[str] | frozenset[str] = frozenset()) -> int | None:
        """Start of the one to three capitalised words no tagger holds right before token ``k``
        (none of them a word that is no name, nor one of ``heads``), or None when there are none or
        there is one that opens its sentence ("Unidentified gunmen", "Rebel Forces said")."""
        words = token_table(doc).words
        j = k
        while j > 0 and k - j < 3 and not taken[j - 1] and capitalised(doc[j - 1]) and words[j - 1] not in self.not_names \
                and words[j - 1] not in heads:
            j -= 1
        if j == k or (k - j == 1 and (j == 0 or doc_prev_is_boundary(doc[j]))):
            return None
        return j

    def _named_again(self, doc: Doc, names: dict[tuple[str, ...], dict[str, Any]],
                     taken: bytearray) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"the Viv Ansanm gang coalition ... who leads Viv Ansanm": a name the text has given an
        armed group is that group where it recurs alone (not inside a longer name)."""
        words = token_table(doc).words
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        for key, norm in names.items():
            for i in free_runs(words, key, taken):
                end = i + len(key)
                if (end == len(words) or not capitalised(doc[end])) and (i == 0 or not capitalised(doc[i - 1])):
                    out.append((i, end, "MIL_UNIT", self._norm(doc[i:end].text, norm["name"], None, "group", None)))
                    taken[i:end] = b"\x01" * (end - i)
        return out

    def _headed_names(self, doc: Doc, spans: list[tuple[int, int, str, dict[str, Any]]]) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"the Special Deterrence Force", "allied Joint Forces": one to three capitalised words no
        tagger holds before a capitalised force head name a force (units.json ``headed_name_heads``);
        not generic ones ("Task Force", "Armed Forces"), nor one word opening its sentence."""
        table = token_table(doc)
        words = table.words
        taken = _claimed_with(doc, spans)
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        for k, word in enumerate(words):
            if word not in self.headed_heads or taken[k]:
                continue
            j = self._name_before(doc, k, taken, self.headed_heads)
            if j is None or " ".join(words[j:k]).lower() in self.generic_force_words:
                continue  # "Task Force", "Armed Forces": no name
            text = table.text(j, k + 1)
            out.append((j, k + 1, "MIL_UNIT", self._norm(text, text, None, "group", None)))
            taken[j : k + 1] = b"\x01" * (k + 1 - j)
        return out

    def _operations(self, doc: Doc, spans: list[tuple[int, int, str, dict[str, Any]]]) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"Troops of Operation Hadin Kai": an operation named after a force noun and "of" is the
        force serving in it (units.json ``operation_words``, ``operation_members``)."""
        table = token_table(doc)
        words, lowers = table.words, table.lowers
        taken = _claimed_with(doc, spans)
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        for i, word in enumerate(words):
            if word not in self.operation_words or i < 2 or lowers[i - 1] != "of" or lowers[i - 2] not in self.operation_members:
                continue
            end = i + 1
            while end < len(words) and end - i <= 3 and capitalised(doc[end]) and not taken[end]:
                end += 1
            if end > i + 1 and not any(taken[i:end]):
                text = table.text(i, end)
                out.append((i, end, "MIL_UNIT", self._norm(text, text, None, "formation", None)))
        return out

    def _numbered(self, doc: Doc, spans: list[tuple[int, int, str, dict[str, Any]]]) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"Light Infantry Battalion 377", "Military Operations Command 15": a formation whose name
        ends in a capitalised echelon word takes the number after it as its designation (a
        number there names the formation; it counts nothing); a force whose entry names its
        echelon takes a number before it ("9 Rashtriya Rifles")."""
        table = token_table(doc)
        words = table.words
        out = []
        for start, end, label, norm in spans:
            if start > 0 and norm.get("echelon") and words[start - 1].isdigit() and len(words[start - 1]) <= 3 \
                    and (start == 1 or not words[start - 2][:1].isdigit()):
                start -= 1  # "9 Rashtriya Rifles": the number of a battalion of a force named by its battalions
                text = table.text(start, end)
                norm = self._norm(text, text, norm.get("country"), "formation", norm["echelon"])
            last = words[end - 1]
            if end < len(words) and words[end].isdigit() and len(words[end]) <= 4 and last[:1].isupper() \
                    and last.lower() in self.echelons and (end + 1 == len(words) or not words[end + 1][:1].isdigit()):
                text = table.text(start, end + 1)
                norm = self._norm(text, text, norm.get("country"), "formation", self.echelons[last.lower()])
                end += 1
            out.append((start, end, label, norm))
        return out

    def _acronyms(self, doc: Doc, spans: list[tuple[int, int, str, dict[str, Any]]]) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"the Arakan Army (AA) ... the AA": every use of an acronym the text defines for a force
        (see ``acronyms``), and the full name when no lexicon holds it."""
        table = token_table(doc)
        if "(" not in table.words:
            return []
        taken = _claimed_with(doc, spans)

        def norm_of(start: int, end: int) -> dict[str, Any]:
            words = table.words[start:end]
            country = next((iso for w in words if (iso := self.demonyms.get(w) or self.country_names.get(w))), None)
            return self._norm(table.text(start, end), table.text(start, end), country, "group", None)

        return acronyms.uses(table, acronyms.defined(table, spans, taken, self.acronym_rules, norm_of), taken)

    def _named_matches(self, doc: Doc, nationals: dict[int, tuple[int, str, str]]) -> dict[int, tuple[int, dict[str, Any]]]:
        """Start -> (end, entry) of the longest lexicon name at each token.  A name of several
        entries ("ADF": Australia's Defence Force or the Congo's Allied Democratic Forces) is the
        one whose country the text names most by name or demonym; on a tie the first found stands.
        An alias an entry shares with a better-known force (``aliases_need_country``) is that
        entry's only in a text that names its country."""
        strings = self.nlp.vocab.strings
        mentioned = Counter(iso for _, _, iso in nationals.values())
        named_at: dict[int, tuple[int, dict[str, Any]]] = {}
        for match_id, start, end in list(self.named(doc)) + list(self.named_exact(doc)):
            entry = self.entries[strings[match_id]]
            if entry["section"] == "groups" and entry["kind"] == "group":
                text = doc[start:end].text
                if text.islower() and text not in entry["forms"]:
                    continue  # group names are proper nouns: "wagner" in lower case is not the group ("al-Qaida" is)
            if not mentioned[entry["country"]] and doc[start:end].text in entry["need_country"]:
                continue  # "ADF" is Australia's only in a text that names Australia
            prev = named_at.get(start)
            if prev is None or prev[0] < end or (
                    prev[0] == end and mentioned[entry["country"]] > mentioned[prev[1]["country"]]):
                named_at[start] = (end, entry)
        return named_at

    def _national_matches(self, doc: Doc) -> dict[int, tuple[int, str, str]]:
        """Start -> (end, kind, country) of the longest demonym or country name at each token."""
        strings = self.nlp.vocab.strings
        nationals: dict[int, tuple[int, str, str]] = {}
        for match_id, start, end in self.nationals(doc):
            kind, iso = strings[match_id].split(":")
            prev = nationals.get(start)
            if prev is None or prev[0] < end:
                nationals[start] = (end, kind, iso)
        return nationals

    def _read_at(self, doc: Doc, i: int, named_at: dict[int, tuple[int, dict[str, Any]]],
                 nationals: dict[int, tuple[int, str, str]], groupings: dict[int, int],
                 last_country: list[str | None]) -> tuple[int, int, str, dict[str, Any]] | None:
        # a name of the lexicon beats demonym + force noun: "Free Syrian Army", "Sudan Liberation Army"
        if i in nationals and not (i in named_at and named_at[i][0] >= nationals[i][0]):
            end, kind, iso = nationals[i]
            found = self._national(doc, i, end, kind, iso, named_at)
            if found or kind == "DEM":
                last_country[0] = iso
            if found:
                return found
        if i in named_at:
            return self._named_unit(doc, i, named_at[i], nationals, last_country[0])
        grouping = self._grouping(doc, i, groupings)
        if grouping:
            start, end, echelon = grouping
            name = doc[start:end].text
            return start, end, "MIL_UNIT", self._norm(name, name, self._context_country(doc, start, nationals),
                                                       "formation", echelon)
        formation = self._formation(doc, i)
        if formation:
            start, end = formation
            name = doc[start:end].text
            return start, end, "MIL_UNIT", self._norm(name, name, self._context_country(doc, start, nationals),
                                                       "formation", self._echelon(doc[start:end]))
        return None

    def _named_unit(self, doc: Doc, i: int, match: tuple[int, dict[str, Any]],
                    nationals: dict[int, tuple[int, str, str]],
                    last_country: str | None) -> tuple[int, int, str, dict[str, Any]] | None:
        """A lexicon name, with the formation it heads ("Air Force Reserve Command") or the echelon after it."""
        end, entry = match
        if entry["kind"] in ("group", "branch") and self._modifier_use(doc, end, entry["kind"]):
            return None  # "Hezbollah targets", "air defence systems": the name describes something else
        country = entry["country"]
        if entry["kind"] == "branch" and country is None:
            country = self._context_country(doc, i, nationals) or last_country
        sub = self._sub_formation(doc, end) if entry["kind"] in ("branch", "national_force") else None
        if sub is not None:
            name = doc[i:sub].text
            return i, sub, "MIL_UNIT", self._norm(name, name, country, "formation", self._echelon(doc[i:sub]))
        end = self._extend_echelon(doc, end)
        if entry["kind"] == "group":
            end, country = self._country_branch(doc, end, country)
        echelon = entry.get("echelon") or (self._echelon(doc[i:end]) if entry["kind"] == "formation" else None)
        if entry["name"] in self.place_prefixed:
            i = self._place_before(doc, i)
        return i, end, "MIL_UNIT", self._norm(doc[i:end].text, entry["name"], country, entry["kind"], echelon)

    def _country_branch(self, doc: Doc, end: int, country: str | None) -> tuple[int, str | None]:
        """"ISIS-Somalia", "ISIS-Mozambique": a group's branch named by a hyphen and a country is
        one name, the group's, with that country (not a place inside it)."""
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_:
            names = lexicon.country_names()
            for size in (3, 2, 1):
                words = doc[end + 1 : end + 1 + size]
                if len(words) == size and words.text in names:
                    return end + 1 + size, names[words.text]
        return end, country

    def _place_before(self, doc: Doc, i: int) -> int:
        """"the Vermont Air National Guard": up to three capitalised words (no demonym, not opening
        the sentence) before a name that places prefix belong to the unit."""
        k = i
        while k > 0 and i - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start \
                and doc[k - 1].text not in self.demonyms and k - 1 > 0 and not doc_prev_is_boundary(doc[k - 1]):
            k -= 1
        return k

    def _nationals(self, doc: Doc, nationals: dict[int, tuple[int, str, str]]) -> None:
        """Demonyms that are not part of a unit, for the resolver's actor fallback."""
        taken = claimed(doc, {"MIL_UNIT"})
        group = span_group(doc, NATIONAL_KEY)
        for start, (end, kind, iso) in sorted(nationals.items()):
            if kind == "DEM" and not any(taken[start:end]):
                group.append(Span(doc, start, end, label=iso))

    def _verb_after_subject(self, low: str) -> bool:
        """Whether the word after "army"/"military" is the subject's verb ("the Israeli army
        demolished", "Ukrainian army repelled"), not the noun it describes ("army bulldozers"): a
        verb of the lexicons, or a past tense, which no noun after a force word takes."""
        return low in self.verbs_after_subject or (low.endswith("ed") and len(low) > 4)

    def _modifier_use(self, doc: Doc, end: int, kind: str = "branch") -> bool:
        """"Hezbollah targets", "air defence systems": the name describes the next noun.  Some heads
        only do so after a group ("Coalition members" are states; "special forces members" are forces).
        A plural name before a singular head is a subject and its verb ("Houthis claim", "the
        Houthis attack"), not a modifier ("Houthi claims")."""
        heads = self.group_modifier_heads if kind == "group" else self.modifier_heads
        if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in heads:
            return False
        words = token_table(doc).words
        return not (kind == "group" and words[end - 1].endswith("s") and not words[end].endswith("s"))

    def _norm(self, text: str, name: str, country: str | None, kind: str, echelon: str | None) -> dict[str, Any]:
        return {"name": name, "country": country, "kind": kind, "echelon": echelon}

    def _echelon(self, span: Span) -> str | None:
        for tok in reversed(span):
            if tok.lower_ in self.echelons:
                return self.echelons[tok.lower_]
        return None

    def _extend_echelon(self, doc: Doc, end: int) -> int:
        """"Azov" + "Brigade": a named group followed by an echelon word is that formation;
        "Hamas" + "fighters", "Houthi" + "rebels": a group followed by a force noun is its fighters."""
        if end < len(doc) and doc[end].lower_ in self.echelons and doc[end].lower_ not in ("army", "group", "command", "unit"):
            return end + 1
        if end < len(doc) and doc[end].lower_ in self.force_nouns and doc[end].lower_ not in self.adjectival_nouns:
            return end + 1
        # "Coalition military forces": an adjectival noun before the force noun
        if end + 1 < len(doc) and doc[end].lower_ in self.adjectival_nouns and doc[end + 1].lower_ in self.force_nouns \
                and doc[end + 1].lower_ not in self.adjectival_nouns:
            return end + 2
        return end

    def _sub_formation(self, doc: Doc, end: int) -> int | None:
        """End of title-case words and an echelon word right after a service ("Reserve Command")."""
        n = len(doc)
        k = end
        while k < n and k - end < 3 and doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in self.echelons:
            k += 1
        if k > end and k < n and doc[k].is_title and doc[k].lower_ in self.name_echelons:
            return k + 1
        return None

    def _name_words(self, doc: Doc, start: int, step: int) -> int:
        """How many title-case name words (at most two) run from ``start`` in direction ``step``."""
        count = 0
        k = start
        while 0 <= k < len(doc) and count < 2:
            tok = doc[k]
            if not (tok.is_title and tok.is_alpha) or tok.is_stop or tok.lower_ in self.echelons:
                break
            count += 1
            k += step
        return count

    def _grouping(self, doc: Doc, i: int, groupings: dict[int, int]) -> tuple[int, int, str | None] | None:
        """"Group of Forces Centre", "Battlegroup West" (name after a title-case grouping) and "the North
        group of forces" (title-case name before it)."""
        if i in groupings and doc[i].is_title:
            after = self._name_words(doc, groupings[i], 1)
            if after:
                end = groupings[i] + after
                return i, end, self._grouping_echelon(doc[i:groupings[i]])
        for back in (1, 2):
            g = i + back
            if g in groupings and self._name_words(doc, i, 1) >= back:
                return i, groupings[g], self._grouping_echelon(doc[g:groupings[g]])
        return None

    def _grouping_echelon(self, span: Span) -> str | None:
        phrase = " ".join(t.lower_ for t in span)
        return self.echelons.get(phrase) or self._echelon(span)

    def _context_country(self, doc: Doc, start: int, nationals: dict[int, tuple[int, str, str]]) -> str | None:
        """Country of a demonym or possessive right before a unit ("Russia's airborne forces")."""
        for back in range(1, 4):
            j = start - back
            if j < 0:
                break
            tok = doc[j]
            if tok.lower_ in ("'s", "’s") or tok.lower_ in self.adj_modifiers or tok.lower_ in ("the", "of"):
                continue
            for k in range(max(0, j - 3), j + 1):
                if k in nationals and nationals[k][0] == j + 1:
                    return nationals[k][2]
            break
        return None

    def _national(self, doc: Doc, i: int, end: int, kind: str, iso: str, named_at: dict[int, tuple[int, dict[str, Any]]]) -> tuple[int, int, str, dict[str, Any]] | None:
        """Demonym or country (+ 's) + modifiers + force noun or branch."""
        lowers = token_table(doc).lowers
        k = end
        n = len(doc)
        if kind == "CTY":
            if k < n and lowers[k] in POSSESSIVE:
                k += 1
            elif k in named_at and named_at[k][1]["kind"] == "branch":
                b_end = named_at[k][0]  # "a China Coast Guard ship", "the Ghana Air Force"
                text = token_table(doc).text(i, b_end)
                return i, b_end, "MIL_UNIT", self._norm(text, text, iso, "branch", None)
            else:
                return self._force_of(doc, i, end, iso)
        skipped = 0
        # "North Korean special forces troops": skip adjectives, but a force noun or a branch that
        # could be the head ("military", "airborne forces") is never skipped over
        while k < n and lowers[k] in self.adj_modifiers and skipped < 3 and k not in named_at and not (
            lowers[k] in self.force_nouns and (k + 1 >= n or lowers[k + 1] not in self.force_nouns)
        ):
            k += 1
            skipped += 1
        if k in named_at:
            b_end, entry = named_at[k]
            if entry["kind"] == "branch":
                start = k if kind == "CTY" else i
                name = entry["name"]
                return (start, b_end, "MIL_UNIT", self._norm(doc[start:b_end].text, name, entry["country"] or iso, "branch", None))
            return None
        if k < n and lowers[k] in self.force_nouns:
            stop = k + 1
            if lowers[k] in self.adjectival_nouns and stop < n and doc[stop].is_alpha and doc[stop].is_lower \
                    and lowers[stop] not in self.force_nouns and not doc[stop].is_stop \
                    and not self._verb_after_subject(lowers[stop]):
                return None  # "Russian military aircraft", "military efforts": an adjective here
            # "North Korean special forces troops": keep the last force noun
            while stop < n and lowers[stop] in self.force_nouns and stop - k < 2:
                stop += 1
            adj = self.canonical_adj.get(iso, doc[i:end].text)
            first = end if kind == "DEM" else end + 1
            name = f"{adj} {' '.join(t.lower_ for t in doc[first:stop])}".strip()
            return (i, stop, "MIL_UNIT", self._norm(doc[i:stop].text, name, iso, "national_force", None))
        return None

    def _force_of(self, doc: Doc, i: int, end: int, iso: str) -> tuple[int, int, str, dict[str, Any]] | None:
        """"the Armed Forces of the Philippines", "the security forces of Pakistan": a force noun
        (with its modifiers) and "of" before the country name that starts at ``i``."""
        lowers = token_table(doc).lowers
        k = i - 2 if i > 1 and lowers[i - 1] == "the" else i - 1
        if k < 1 or lowers[k] != "of" or lowers[k - 1] not in self.force_nouns:
            return None
        start = k - 1
        while start > 0 and k - start < 4 and lowers[start - 1] in self.adj_modifiers:
            start -= 1
        text = token_table(doc).text(start, end)
        return start, end, "MIL_UNIT", self._norm(text, text, iso, "national_force", None)

    def _formation(self, doc: Doc, i: int) -> tuple[int, int] | None:
        tok = doc[i]
        lowers = token_table(doc).lowers
        n = len(doc)
        is_ord = bool(_ORDINAL.match(tok.text)) or (tok.lower_ in _ORDINAL_WORDS and tok.is_title)
        if is_ord:
            k = i + 1
            while k < n and k - i <= 7:
                low = lowers[k]
                if k + 1 < n and f"{low} {lowers[k + 1]}" in self.echelons and doc[k + 1].is_title:
                    return i, k + 2  # "3rd Military District", "Third Military Region", "1st Task Force"
                if low in self.echelons and (doc[k].is_title or doc[k].is_lower):
                    # "3rd Army Corps": take the last echelon of a run
                    while k + 1 < n and lowers[k + 1] in self.echelons and doc[k + 1].is_title:
                        k += 1
                    return i, k + 1
                if low in self.modifier_tokens or (doc[k].is_title and doc[k].is_alpha) or low in ("-", "/"):
                    k += 1
                    continue
                break
            return None
        # Named formation: "Azov Brigade", "Golani Brigade" (title-case name + title-case echelon)
        if tok.is_title and tok.is_alpha and not tok.is_sent_start:
            k = i + 1
            while k < n and k - i < 4 and lowers[k] not in self.echelons and lowers[k] not in self.name_echelons \
                    and " ".join(lowers[k : k + 2]) not in self.named_district_echelons and (
                    (doc[k].is_title and doc[k].is_alpha) or (doc[k].text in POSSESSIVE and doc[k - 1].is_title)):
                k += 1  # "Azov", "Donbass People's": title-case words, a possessive among them
            low = lowers[k] if k < n else ""
            if k + 1 < n and f"{lowers[k]} {lowers[k + 1]}" in self.named_district_echelons and doc[k + 1].is_title:
                return i, k + 2  # "the Southern Military District", "the Central Military Region"
            if low in self.name_echelons and doc[k].is_title and not tok.is_stop and (
                low not in self.modifier_echelons or any(t.lower_ in self.modifier_tokens for t in doc[i:k])
            ):
                return i, k + 1
        return None

    def _formation_starts(self, doc: Doc, attrs: np.ndarray, lowers: list[int]) -> set[int]:
        """Ordinals ("155th", "Third") and up to three title-case words before an echelon word."""
        out = set(np.nonzero((attrs[:, 1] != 0) & (attrs[:, 3] == 0))[0].tolist())
        out.update(positions(lowers, self.ordinal_word_hashes))
        title = attrs[:, 2]
        for k in positions(lowers, self.echelon_hashes | self.district_first_hashes):
            if not title[k]:
                continue
            for back in (1, 2, 3, 4):
                if k - back >= 0 and title[k - back]:
                    out.add(k - back)
                elif not (k - back > 0 and doc[k - back].text in POSSESSIVE and title[k - back - 1]):
                    break
        return out

    def _anaphors(self, doc: Doc, lowers: list[int]) -> None:
        """"these troops", "the soldiers": kept for the resolver's context rules, not as tags."""
        group = span_group(doc, REF_KEY)
        if len(doc) < 2:
            return
        pairs = {i - 1 for i in positions(lowers, self.force_hashes) if i > 0 and lowers[i - 1] in self.det_hashes}
        for i in sorted(pairs):
            group.append(Span(doc, i, i + 2, label="MIL_UNIT_REF"))
        taken_units = claimed(doc, {"MIL_UNIT"})
        for _, start, end in self.bare_phrases(doc):
            if not any(taken_units[start:end]):  # "armed men attacked": a force, no one knows whose
                group.append(Span(doc, start, end, label="MIL_UNIT_REF"))
        # bare plurals ("ordered troops to withdraw") name a force too, without saying whose
        for i in positions(lowers, self.bare_hashes):
            if not taken_units[i] and (i - 1) not in pairs:
                group.append(Span(doc, i, i + 1, label="MIL_UNIT_REF"))
        self._gated_refs(doc, group, lowers, taken_units)

    def _gated_refs(self, doc: Doc, group: Any, lowers: list[int], taken: bytearray) -> None:
        """"had moved reserves to the area", "its last reserves": a gated force noun after one of
        its words or a trigger verb; "gold reserves" is none (units.json ``gated_force_nouns``).
        ``taken`` is the MIL_UNIT mask ``_anaphors`` read."""
        found = [i for i in positions(lowers, self.gated_hashes) if i > 0]
        if not found:
            return
        words = token_table(doc).lowers
        for i in found:
            before = self.gated_nouns[words[i]]
            if not taken[i] and (words[i - 1] in before or words[i - 1] in lexicon.trigger_verbs()):
                group.append(Span(doc, i, i + 1, label="MIL_UNIT_REF"))


@Language.factory(
    "conflict_ie_units",
    default_config={"extra_lexicon": None},
    assigns=["doc.spans"],
)
def make_units(nlp: Language, name: str, extra_lexicon: str | None) -> UnitTagger:
    """A configured ``extra_lexicon`` file that no longer exists waits for ``from_disk``: see ``configured_extra``."""
    return UnitTagger.from_config(nlp, name, extra_lexicon)
