"""Places named by their context: the reading a gazetteer cannot give.

Reporting names places no gazetteer holds ("Near Ayn Isa, one strike destroyed...", "in Dumbrek
(Beni, Nord-Kivu)", "Tiyas Military Airfield", "the town of Tel Tamer"), and many small villages
that a gazetteer does hold are also ordinary words or surnames.  What makes such a name a place
is the text around it: a strong cue before it ("near", "the town of", "south of"), a type word
after it ("village", "district", "area"), a feature word ("Mount", "River", "Airfield"), or a
weak cue ("in", "shelled") together with its district in brackets or its state after a comma.
The cues are data (``places.json`` ``context``); this module only reads capitalised names and
looks around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from .. import lexicon
from . import numbers
from .base import token_table

STRONG, WEAK = "strong", "weak"
Known = Callable[[int], "tuple[int, str | None] | None"]  # end and country of a gazetteer place at token i
_LIST_JOINS = (",", "and", "or")


def capitalised(tok: Token) -> bool:
    """A word written as a name: "Kelvoria", "Nu'man", "Mt." (not "ADF", not "the")."""
    return _capitalised_text(tok.text)


def _capitalised_text(text: str) -> bool:
    # str methods run in C: upper first letter, not all capitals, letters (and ' . inside)
    return text[:1].isupper() and not text.isupper() and text.replace("'", "").replace("’", "").replace(".", "").isalpha()


def doc_prev_is_boundary(tok: Token) -> bool:
    """The token after a sentence's end or a line break (a blank pipeline may have no sentences)."""
    prev = tok.doc[tok.i - 1]
    return prev.text in (".", "!", "?", ":", ";", "\n") or "\n" in prev.whitespace_ or prev.is_space


_HYPHENATED = re.compile(r"[^\s-]+|-")


def _phrases(words: list[str], lower: bool = True) -> dict[int, set[tuple[str, ...]]]:
    """Phrases by their length in words, for matching the tokens right before or after a name; a
    hyphen is a token of its own, as the tokenizer splits it ("sub-county": "sub", "-", "county")."""
    out: dict[int, set[tuple[str, ...]]] = {}
    for phrase in words:
        parts = tuple(_HYPHENATED.findall(phrase.lower() if lower else phrase))
        out.setdefault(len(parts), set()).add(parts)
    return out


@dataclass
class Found:
    """A place read from context: token span, the name without its type word, and its kind."""

    start: int
    end: int
    name: str
    kind: str  # feature, settlement, area
    country: str | None = None


def _group_words() -> set[str]:
    """One-word names of armed groups (units.json ``groups``: "Houthi", "Hamas", "Wagner"): "airstrikes
    on Houthi positions" (a coded note) names whose positions, not a village the gazetteer lacks."""
    groups = lexicon.units().get("groups", [])
    return {w for g in groups for w in (g["name"], *g.get("aliases", [])) if " " not in w and "-" not in w}


class ContextPlaces:
    """Finds capitalised names that the text presents as places; see the module docstring."""

    def __init__(self, rules: dict[str, Any], demonyms: set[str], event_words: frozenset[str] = frozenset(),
                 region_words: frozenset[str] = frozenset()) -> None:
        self.strong = _phrases(rules["strong_before"])
        self.list_openers = _phrases(rules.get("list_openers", []))
        self.plural_place_nouns = {w.lower() for w in rules.get("plural_place_nouns", [])}
        self.apposition_nouns = {w.lower() for w in rules.get("apposition_nouns", [])}
        self.apposition_followers = {w.lower() for w in rules.get("apposition_followers", [])}
        self.comma_prepositions = _phrases(rules.get("comma_prepositions", []))
        self.direction_words = {w.lower() for w in rules["direction_adjectives"]}
        self.event_locatives = {w.lower() for w in rules.get("event_locatives", [])}
        self.event_locative_blockers = frozenset(rules.get("event_locative_blockers", []))
        months, weekdays = lexicon.calendar_names()
        self.calendar = months | weekdays
        self.publication_verbs = {w.lower() for w in rules.get("publication_verbs", [])}
        self.event_words = event_words  # trigger words of triggers.json, in all their forms
        self.weak = {w.lower() for w in rules["weak_before"]}
        self.types = _phrases(rules["type_after"])
        self.region_words = region_words  # "district", "state": the words that end an area's name
        self.features_after = _phrases(rules["feature_after"], lower=False)
        self.named_features = set(rules.get("named_features", []))
        self.features_before = _phrases(rules["feature_before"], lower=False)
        self.types_before = set(rules.get("type_before", []))
        self.directions = set(rules["feature_directions"])
        self.compass = set(rules.get("compass_prefixes", []))
        self.compass_not_heads = set(rules.get("compass_not_heads", []))
        self.particles = {w.lower() for w in rules["name_particles"]}
        self.site_types = {w.lower() for w in rules.get("site_types", [])}
        self.hyphen_only = {w.lower() for w in rules.get("hyphen_only_particles", [])}
        self.not_names = set(rules["not_names"]) | demonyms | _group_words()
        self.ships = set(rules["ship_prefixes"])
        self.vessels = {w.lower() for w in rules.get("vessel_nouns", [])}
        self.max_tokens = int(rules["max_name_tokens"])
        self.cue_words = {w for w in self.weak} | {p[0] for p in self.strong.get(1, set())}
        self.strong_last = {p[-1] for phrases in [*self.strong.values(), *self.list_openers.values()] for p in phrases}
        self.type_first = {p[0] for phrases in self.types.values() for p in phrases}
        self.type_sizes = sorted(self.types, reverse=True)
        self.feature_first = {p[0] for phrases in self.features_before.values() for p in phrases}
        self.feature_words = {w for phrases in self.features_after.values() for p in phrases for w in p}

    # ------------------------------------------------------------------ reading names
    def name_end(self, doc: Doc, start: int, taken: bytearray) -> int:
        """End of the capitalised name that starts at ``start`` ("Al-Sinek", "Ma'arrat al-Nu'man",
        "Qayyarah Airfield West"), or ``start`` when none starts there."""
        table = token_table(doc)
        words, lowers, n = table.words, table.lowers, len(table.words)
        i, count = start, 0
        while i < n and not taken[i] and count < self.max_tokens:
            word = words[i]
            if _capitalised_text(word):
                count += 1
                i += 1
            elif i > start and word in "-‐" and not table.spaced(i - 1) and i + 1 < n \
                    and (_capitalised_text(words[i + 1]) or lowers[i + 1] in self.particles):
                i += 1
            elif lowers[i] in self.particles and i + 1 < n and not taken[i + 1] \
                    and (words[i + 1] == "-" or (_capitalised_text(words[i + 1]) and lowers[i] not in self.hyphen_only)):
                i += 1  # "Ma'arrat al Nu'man", "at-Tin"; but "Apache at Fort Rucker" is two names
            else:
                break
            if i < n and not table.spaced(i - 1) and words[i] in ",;:)(":
                break
        while i > start and not _capitalised_text(words[i - 1]):
            i -= 1  # a name ends in a word, not a particle or a hyphen
        return i

    def cue_before(self, doc: Doc, start: int) -> str:
        """STRONG ("near", "the town of", "south of"), WEAK ("in", "shelled") or ""."""
        if start == 0:
            return ""
        lowers = token_table(doc).lowers
        last = lowers[start - 1]
        if self.list_openers and self._after_list_opener(doc, start):
            return STRONG  # "14 settlements, including Kupiansk"
        if last not in self.strong_last and last not in self.weak and last != "the":
            return ""  # most names follow no cue: one look at the word before
        for size, phrases in self.strong.items():
            if start >= size and tuple(lowers[start - size : start]) in phrases and self._cue_case(doc[start - size]):
                return STRONG
        k = start - 1
        if k >= 0 and lowers[k] == "the":
            k -= 1
        return WEAK if k >= 0 and lowers[k] in self.weak and self._cue_case(doc[k]) else ""

    def _after_list_opener(self, doc: Doc, start: int) -> bool:
        """"key towns in Northern Iraq including Rabiyah", "14 settlements, including Kupiansk": an
        opener right before the name and a plural place noun at most six words before the opener."""
        lowers = token_table(doc).lowers
        for size, phrases in self.list_openers.items():
            if start >= size and tuple(lowers[start - size : start]) in phrases:
                return any(w in self.plural_place_nouns for w in lowers[max(0, start - size - 6) : start - size])
        return False

    @staticmethod
    def _cue_case(tok: Token) -> bool:
        """A cue is lower case, or capitalised only to start a sentence ("Near Hit," but not "the
        Near East")."""
        return tok.is_lower or tok.i == 0 or tok.is_sent_start or doc_prev_is_boundary(tok)

    def is_site(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the type words ``doc[start:end]`` name a man-made site ("Dam", "International Airport")."""
        return " ".join(token_table(doc).lowers[start:end]) in self.site_types

    def site_end(self, doc: Doc, end: int, typed: int) -> int:
        """The end of a name whose type words ``doc[end:typed]`` start with a site's word: "Sambisa
        forest area" is named "Sambisa forest", "Mosul district" only "Mosul"."""
        for stop in range(typed, end, -1):
            if self.is_site(doc, end, stop):
                return stop
        return end

    def type_after(self, doc: Doc, end: int) -> int:
        """End of a type word right after a name ("village", "district", "Local Government Area")."""
        lowers = token_table(doc).lowers
        if end >= len(lowers) or lowers[end] not in self.type_first:
            return end
        for size in self.type_sizes:
            words = tuple(lowers[end : end + size])
            if len(words) == size and words in self.types[size]:
                return end + size
        return end

    def _feature(self, doc: Doc, start: int, end: int) -> bool:
        """"Mount Sinjar", "Gulf of Aden", "Zab River", "Qayyarah Airfield West"."""
        words = token_table(doc).words
        for size, phrases in self.features_before.items():
            if end - start > size and tuple(words[start : start + size]) in phrases:
                return True
        stop = end - 1 if end - start > 1 and words[end - 1] in self.directions else end
        for size, phrases in self.features_after.items():
            if stop - start > size and tuple(words[stop - size : stop]) in phrases:
                return True
        return False

    def is_person_or_ship(self, doc: Doc, start: int) -> bool:
        """"USS Mahan", "the tanker Sea Amber", "Scott C. Dayton": a ship's or a person's name, not the town."""
        if start == 0:
            return False
        prev = token_table(doc).words[start - 1]
        return prev in self.ships or prev.lower() in self.vessels or (len(prev) == 2 and prev[0].isupper() and prev[1] == ".")

    # ------------------------------------------------------------------ finding places
    def find(self, doc: Doc, taken: bytearray, known: Known, near: Known | None = None) -> list[Found]:
        """Every name the context presents as a place, left to right.  ``known(i)`` gives the end
        and country of a gazetteer place (country, region) starting at token ``i``, or None;
        ``near(i)`` the same for any gazetteer place, towns included ("at Dumbaya, near Mopti")."""
        out: list[Found] = []
        reached = 0
        candidates = self._candidates(doc, taken)
        for i in candidates:
            if i < reached:
                continue
            end = self._name_at(doc, i, taken)
            if end == i:
                continue
            found = self._judge(doc, i, end, known, near or known)
            if found is not None:
                out.append(found)
                out.extend(self._bracketed(doc, found.end, taken))
                reached = found.end
            else:
                reached = end
        return out + self._mentioned_again(doc, taken, out, candidates)

    def _mentioned_again(self, doc: Doc, taken: bytearray, found: list[Found], candidates: list[int]) -> list[Found]:
        """A name the text has presented as a place is that place wherever it recurs ("arrived at
        the Adazi military base ... 120 troops are already in Adazi")."""
        # the name without its type word ("Gwoza Local Government Area", "Barangay Caningay")
        words = token_table(doc).words
        names = {tuple(words[f.start : f.end]) if doc[f.start : f.end].text == f.name else tuple(f.name.split()): f
                 for f in found if f.kind in ("settlement", "area")}
        if not names:
            return []
        used = bytearray(taken)
        for f in found:
            used[f.start : f.end] = b"\x01" * (f.end - f.start)
        out = []
        for i in candidates:
            if used[i]:
                continue
            for key, f in names.items():
                end = i + len(key)
                if end <= len(doc) and not any(used[i:end]) and tuple(t.text for t in doc[i:end]) == key \
                        and (end == len(doc) or not capitalised(doc[end])):
                    out.append(Found(i, end, f.name, "settlement", f.country))
                    used[i:end] = b"\x01" * (end - i)
                    break
        return out

    def _candidates(self, doc: Doc, taken: bytearray) -> list[int]:
        """Tokens that may start a name, read from the ORTH array without building a Token per
        word: a capitalised word or an article ("al-") that no tagger holds, that is no cue and no
        listed non-name, and that does not continue a capitalised word (names start at their head)."""
        texts = token_table(doc).words
        out = []
        prev_cap = False
        particles = self.particles
        for i, text in enumerate(texts):
            cap = text[:1].isupper() and _capitalised_text(text)  # most words fail the first test
            if not cap and text not in particles:
                prev_cap = False
                continue
            low = text.lower()
            # "Two port workers were killed": a number word opening a sentence is no name
            if not taken[i] and not (prev_cap and not taken[i - 1]) and low not in self.cue_words \
                    and text not in self.not_names and not numbers.is_number_word(low) and self._may_be_placed(texts, i):
                out.append(i)
            prev_cap = cap and low not in self.cue_words
        return out

    def _may_be_placed(self, texts: list[str], i: int) -> bool:
        """A cheap look, on strings, for anything that could make the name at ``i`` a place: a cue
        word before it, a feature word at its start, or a type or feature word soon after it."""
        prev = texts[i - 1].lower() if i else ""
        if prev in self.strong_last or prev in self.weak or prev == "the" or texts[i] in self.feature_first \
                or texts[i] in self.types_before:
            return True
        return any(t.lower() in self.type_first or t in self.feature_words or t == "(" or t == ","
                   for t in texts[i + 1 : i + 2 + self.max_tokens])

    def _name_at(self, doc: Doc, i: int, taken: bytearray) -> int:
        """The end of a name starting at candidate ``i`` ("Near Ayn Isa": the cue is no part of it)."""
        if not (_capitalised_text(token_table(doc).words[i]) or self._particle_start(doc, i)) or self.is_person_or_ship(doc, i):
            return i
        return self.name_end(doc, i, taken)

    def _particle_start(self, doc: Doc, i: int) -> bool:
        """"al-Mawasi", "el-Fasher": a name may start with its article."""
        table = token_table(doc)
        return table.lowers[i] in self.particles and i + 2 < len(table.words) and table.words[i + 1] == "-" \
            and not table.spaced(i) and _capitalised_text(table.words[i + 2])

    def _judge(self, doc: Doc, start: int, end: int, known: Known, near: Known) -> Found | None:
        """A place when the name is a feature, has a type word, an apposition that says what it is,
        or a cue (a weak cue, or a list that a weak cue opens, needs a district in brackets or a
        state after a comma as well)."""
        for split in range(start + 1, end):
            if self.type_after(doc, split) == end:  # "Gwoza Local Government Area"; "Tishreen Dam" keeps its word
                whole = self.is_site(doc, split, end) or doc[split].text in self.named_features  # "Kerio Valley"
                return Found(start, end, doc[start:end if whole else split].text, "feature" if whole else "area")
        if end - start > 1 and doc[start].text in self.types_before:
            return Found(start, end, doc[start + 1 : end].text, "settlement")  # "Barangay Caningay"
        name = doc[start:end].text
        typed = self.type_after(doc, end)
        if self._feature(doc, start, end):
            return Found(start, typed, name, "feature")  # "the Wadi Barada area"
        if typed > end:
            return Found(start, typed, doc[start:self.site_end(doc, end, typed)].text, "area")
        if self._describes_people(doc, end):
            return None  # "a camp of Peuhl herders", "the village of Fulani farmers": the name says who
        cue = self.cue_before(doc, start)
        if cue == STRONG or self._apposed(doc, end):
            return Found(start, end, name, "settlement")
        if cue == WEAK and self._compass_name(doc, start, end):
            return Found(start, end, name, "area")  # "in North Waziristan", "in Upper Nile"
        if not cue and self._list_cue(doc, start):
            cue = WEAK  # "in Kelvoro and Dumbaré, in central Mali": the list's cue
        if self._placed_by_neighbour(doc, start, end, near) is not None:
            return Found(start, end, name, "settlement")  # "attacked Ganse near Mozogo"
        if not cue and (area := self._address_head(doc, end, near)) is not None:
            return Found(start, end, name, "settlement", area)  # "Koya, Daraa governorate, Syria"
        if not cue and (area := self._bracket_address(doc, end, known)) is not None:
            return Found(start, end, name, "settlement", area)  # "the village chief of Diafarabé (Tenenkou, Mopti)"
        if cue != WEAK or end >= len(doc):
            return None
        if doc[end].text == "(" and end + 1 < len(doc) and capitalised(doc[end + 1]):
            return Found(start, end, name, "settlement")
        if self._beside_villages(doc, end):
            return Found(start, end, name, "settlement")  # "attacked Yangoumara and two neighbouring villages"
        if doc[end].lower_ == "in" and doc[start - 1].lower_ != "at" \
                and (hit := self._placed_after_comma(doc, end, known, near)) is not None and self._an_area(doc, end + 1, hit[0]):
            # "an assault on Moqokori in Hiiraan region"; "a strategist at Orion Capital in Singapore" is a firm
            return Found(start, end, name, "settlement", hit[1])
        if doc[end].text == "," and end + 1 < len(doc):
            hit = known(end + 1)
            if hit is not None:  # "in Kelvoria, Syria": one place with its state (merged by the tagger)
                return Found(start, end, name, "settlement", hit[1])
            hit = self._placed_after_comma(doc, end + 1, known, near)
            if hit is not None:  # "in Kelvoro, in central Mali": two places, the second the larger
                return Found(start, end, name, "settlement", hit[1])
        return Found(start, end, name, "settlement") if self._in_event(doc, start, end) else None

    @staticmethod
    def _bracket_address(doc: Doc, end: int, known: Known) -> str | None:
        """The country of an address in brackets after a name: two known places with a comma,
        as coded event notes write a village's district and region ("Diafarabé (Tenenkou, Mopti)",
        ACLED and benchmarks/coded_notes.py): a name, a comma and a known place; one known place alone
        could be anything's ("signed by John Smith (London)")."""
        words = token_table(doc).words
        if end + 1 >= len(words) or words[end] != "(" or not _capitalised_text(words[end + 1]):
            return None
        first = known(end + 1)  # the district may be a village of the gazetteer ("Tenenkou"): any name
        k = first[0] if first is not None else next((x for x in range(end + 1, min(end + 5, len(words)))
                                                     if not _capitalised_text(words[x])), end + 1)
        if k + 1 >= len(words) or words[k] != "," or (second := known(k + 1)) is None:
            return None
        return second[1] if second[0] < len(words) and words[second[0]] == ")" else None

    def _an_area(self, doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` names a country or an area with its type word ("Hiiraan
        region", "Borno State"), not a city: "attacked Biden in Washington" places no Biden."""
        lowers = token_table(doc).lowers
        return doc[start:end].text in lexicon.country_names() or self.type_after(doc, end) > end \
            or lowers[end - 1] in self.region_words

    def _beside_villages(self, doc: Doc, end: int) -> bool:
        """"Yangoumara and two neighbouring villages", "Um Sumeima and surrounding villages": "and",
        at most three lower-case words or a number, then a plural place noun (``plural_place_nouns``)."""
        lowers = token_table(doc).lowers
        if end + 2 >= len(lowers) or lowers[end] != "and":
            return False
        for k in range(end + 1, min(end + 5, len(lowers))):
            if lowers[k] in self.plural_place_nouns:
                return k > end + 1
            if not (doc[k].is_lower or doc[k].like_num):
                return False
        return False

    def _describes_people(self, doc: Doc, end: int) -> bool:
        """Whether the name stands before a lower-case plural noun of people (items.json personnel
        and civilians: "herders", "farmers", "fighters"), which it describes."""
        if end >= len(doc) or not doc[end].is_lower or not doc[end].text.endswith("s"):
            return False
        hit = lexicon.item_index().forms.get(doc[end].lower_)
        return hit is not None and hit[1] in ("personnel", "civilians")

    def _address_head(self, doc: Doc, end: int, near: Known) -> str | None:
        """The country of the area after a name written as an address's head ("Koya, Daraa
        governorate, Syria", "| Mbau, Mocímboa da Praia district,"): a comma, then a known place
        with its type word and another comma.  An address needs no cue before its head."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return None
        hit = near(end + 1)
        if hit is None:
            return None
        typed = self.type_after(doc, hit[0])
        if typed == hit[0] and token_table(doc).lowers[hit[0] - 1] not in self.region_words:
            return None  # the area has no type word after it, nor ends with one ("Borno State")
        return hit[1] if typed < len(doc) and doc[typed].text == "," else None

    def _in_event(self, doc: Doc, start: int, end: int) -> bool:
        """"struck gang hideouts in Solino", "fled toward Furcy", "moved to Buner": an event locative before the name,
        an event word near it, no digit or possessive after it, no verb of publication before the
        preposition ("reported in Haaretz") (places.json ``event_locatives``)."""
        lowers = token_table(doc).lowers
        k = start - 1
        if k < 1 or lowers[k] not in self.event_locatives:
            return False
        if lowers[k - 1] in self.publication_verbs and lowers[k] == "in":
            return False  # "reported in Haaretz", but "fighting was also reported around Budalin"
        if lowers[k - 1] in self.event_locative_blockers:
            return False  # "according to Kelvoran Media", "told reporters at ..."
        if end - start == 1 and (doc[start].text in self.compass or lowers[start] in self.calendar):
            return False  # "to North Vietnam" (the country after it is the place), "the year to March"
        after = lowers[end] if end < len(lowers) else "."
        if after[:1].isdigit() or after in ("'s", "’s"):
            return False
        return any(w in self.event_words for w in lowers[max(0, start - 12) : end + 12])

    def _apposed(self, doc: Doc, end: int) -> bool:
        """"Kelvangal, a village about 20 km from Bama": an apposition that says the name is a
        place; its noun must end the phrase ("Abubakar, a village elder" is a person)."""
        lowers = token_table(doc).lowers
        if end + 2 >= len(lowers) or lowers[end] != "," or lowers[end + 1] not in ("a", "an", "the"):
            return False
        for k in range(end + 2, min(end + 6, len(lowers))):
            if lowers[k] in self.apposition_nouns:
                after = lowers[k + 1] if k + 1 < len(lowers) else "."
                return after in self.apposition_followers or not after[:1].isalpha()
            if not lowers[k].isalpha() or doc[k].text != lowers[k]:
                return False  # only lower-case words stand between the article and the noun
        return False

    def _placed_by_neighbour(self, doc: Doc, start: int, end: int, near: Known) -> tuple[int, str | None] | None:
        """"raided Kelvangal near Kumbo", "attacked Ganse near Mozogo": a name right before "near"
        or "outside" and a known place, after a lower-case word that is no verb of speech or
        publication ("told Reuters near Kumbo") and no part of a longer name or title."""
        lowers = token_table(doc).lowers
        if end + 1 >= len(lowers) or lowers[end] not in ("near", "outside") or start == 0:
            return None
        prev = doc[start - 1]
        if not prev.is_lower or not prev.is_alpha or prev.lower_ in self.publication_verbs:
            return None
        known = near(end + 1)
        if known is not None:
            return known
        # ... or a name the gazetteer lacks, which "near" itself places ("near Mozogo")
        return (end + 2, None) if capitalised(doc[end + 1]) and doc[end + 1].is_alpha else None

    def _placed_after_comma(self, doc: Doc, i: int, known: Known, near: Known) -> tuple[int, str | None] | None:
        """"in Kelvoro, in central Mali", "at Dumbaya, near Mopti": a preposition of
        ``comma_prepositions``, perhaps a direction word, then a known area (after "in": a country,
        region or state, or a town with its type word, "in Macomia district"; after "near" and the
        like, any known place)."""
        lowers = token_table(doc).lowers
        for size, phrases in self.comma_prepositions.items():
            if tuple(lowers[i : i + size]) in phrases:
                j = i + size
                if j < len(lowers) and lowers[j] in self.direction_words:
                    j += 1
                if lowers[i] != "in":
                    return near(j)
                hit = known(j)
                if hit is None and (town := near(j)) is not None and self.type_after(doc, town[0]) > town[0]:
                    hit = town  # "raided Chai, in Macomia district": a town named with its type is an area
                return hit
        return None

    def _list_cue(self, doc: Doc, start: int) -> str:
        """The cue before the first name of a list whose later member starts at ``start``
        ("in Kelvoro and Dumbaré"): at most three names back, each one to three capitalised words."""
        words = token_table(doc).words
        i = start
        for _ in range(3):
            if i < 2 or words[i - 1] not in _LIST_JOINS:
                return ""
            j = i - 2 if words[i - 1] in ("and", "or") and words[i - 2] == "," else i - 1
            first = j
            while first > 0 and j - first < 3 and _capitalised_text(words[first - 1]):
                first -= 1
            if first == j:
                return ""
            cue = self.cue_before(doc, first)
            if cue:
                return cue
            i = first
        return ""

    def listed_with(self, doc: Doc, taken: bytearray, known: list[tuple[int, int, str | None]]) -> list[Found]:
        """Names listed with a known town ("among them Khiam, Aitaroun, Kfar Kila and Houla"):
        local reports list villages the gazetteer spells differently or lacks, and one it knows
        makes the list a list of places.  ``known`` holds (start, end, country) of the places found;
        a list is names joined by commas and a final "and"/"or", three at least, or two after a
        place cue ("hit Marjayoun and Dumbrekiyeh")."""
        words = token_table(doc).words
        place = bytearray(len(words))
        for start, end, _ in known:
            place[start:end] = b"\x01" * (end - start)
        out: list[Found] = []
        for start, end, country in known:
            for m_start, m_end in self._list_around(doc, words, taken, place, start, end):
                out.append(Found(m_start, m_end, doc[m_start:m_end].text, "settlement", country))
                place[m_start:m_end] = b"\x01" * (m_end - m_start)
        return out

    def _list_around(self, doc: Doc, words: list[str], taken: bytearray, place: bytearray, start: int,
                     end: int) -> list[tuple[int, int]]:
        """The names no tagger holds in the list that the known place ``start:end`` belongs to."""
        elements = [(start, end)]
        i = end
        while i + 1 < len(words) and words[i] in _LIST_JOINS:
            j = i + 2 if words[i] == "," and words[i + 1] in ("and", "or") else i + 1
            member = self._member_at(doc, words, taken, place, j)
            if member is None:
                break
            elements.append(member)
            i = member[1]
        i = start
        while i >= 2 and words[i - 1] in _LIST_JOINS:
            j = i - 2 if words[i - 1] in ("and", "or") and words[i - 2] == "," else i - 1
            first = j
            while first > 0 and j - first < 3 and (place[first - 1] or (capitalised(doc[first - 1]) and not taken[first - 1])):
                first -= 1
            member = self._member_at(doc, words, taken, place, first) if first < j else None
            if member is None or member[1] != j:
                break
            elements.insert(0, member)
            i = first
        joins = [w for a, b in zip(elements, elements[1:], strict=False) for w in words[a[1] : b[0]]]
        if not joins or joins[-1] not in ("and", "or") or (len(elements) < 3 and not self.cue_before(doc, elements[0][0])):
            return []
        return [(a, b) for a, b in elements if not place[a]]

    def _member_at(self, doc: Doc, words: list[str], taken: bytearray, place: bytearray, j: int) -> tuple[int, int] | None:
        """A list member starting at ``j``: a known place, or one to three capitalised words no
        tagger holds, no listed non-name and not followed by a possessive ("Zelensky's office")."""
        if j >= len(words):
            return None
        if place[j]:
            stop = j
            while stop < len(words) and place[stop] and words[stop] not in _LIST_JOINS:
                stop += 1
            return j, stop
        if taken[j] or not capitalised(doc[j]) or words[j] in self.not_names:
            return None
        stop = self.name_end(doc, j, taken)
        if stop == j or stop - j > 3 or (stop < len(words) and words[stop] in ("'s", "’s")) or words[stop - 1] in self.compass:
            return None  # "South and Central Asia": a compass word alone names no place
        return j, stop

    def _compass_name(self, doc: Doc, start: int, end: int) -> bool:
        """A compass word and a name ("North Waziristan", "Lower Shabelle"), not an institution
        ("Upper House", "Central Command") or an ocean's council ("North Atlantic Council")."""
        words = token_table(doc).words[start:end]
        return len(words) >= 2 and words[0] in self.compass and self.compass_not_heads.isdisjoint(words[1:])

    def _bracketed(self, doc: Doc, end: int, taken: bytearray) -> list[Found]:
        """"Dumbrek (Beni, Nord-Kivu)": the district and province named in brackets after a place."""
        if end >= len(doc) or doc[end].text != "(":
            return []
        out: list[Found] = []
        i = end + 1
        while i < len(doc) and doc[i].text != ")":
            stop = self.name_end(doc, i, taken) if capitalised(doc[i]) else i
            if stop > i:
                out.append(Found(i, stop, doc[i:stop].text, "area"))
                i = stop
            elif doc[i].text == "," or taken[i]:
                i += 1
            else:
                return []  # not a list of names: "(AP)", "(a town of 5,000)"
        return out if i < len(doc) else []
