"""The place gazetteer in the compact form the cache holds: columns, not 200k tuples.

Reading the index is most of a cold start's own cost.  As a dict of 210k tuples of six Python
objects (and 210k tuples of token hashes as keys) the pickle took ~0.4 s to read; as a few
strings, typed arrays and two int-to-int dicts it takes a fraction of that.  ``Place`` objects are
made at lookup, for the few forms a text names.

A name is found by the hash of the tuple of its tokens' ``ORTH`` hashes.  Those are ints, whose
hash does not depend on ``PYTHONHASHSEED``; the cache name includes the Python version, whose tuple
hash might change.  Two names with one hash are refused at build (``build`` raises), and a text's
n-gram that is no name matches a key by chance with odds of about 10^-14 per lookup.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple


class Place(NamedTuple):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # country, capital, metonym, region, city, village
    population: int = 0


def _codes(values: Iterable[str | None]) -> tuple[list[str | None], array[int]]:
    """A small table of the distinct values and each row's index into it (countries, kinds)."""
    table: dict[str | None, int] = {}
    index = array("H", (table.setdefault(v, len(table)) for v in values))
    return list(table), index


def _floats(values: Iterable[float | None]) -> array[float]:
    return array("d", (math.nan if v is None else v for v in values))


class Places:
    """Places by surface form: ``form in places``, ``places[form]``, ``places.get(form)``."""

    def __init__(self, data: tuple[Any, ...]) -> None:
        forms, names, countries, country_ix, lats, lons, kinds, kind_ix, populations = data
        self.forms: list[str] = forms.split("\n") if forms else []
        self._row = {form: i for i, form in enumerate(self.forms)}
        self._names: list[str] = names.split("\n") if names else []
        self._countries, self._country_ix = countries, country_ix
        self._lats, self._lons = lats, lons
        self._kinds, self._kind_ix, self._populations = kinds, kind_ix, populations
        self._extra: dict[str, Place] = {}

    @classmethod
    def of(cls, places: Mapping[str, Place]) -> Places:
        forms = list(places)
        rows = list(places.values())
        countries, country_ix = _codes(p.country for p in rows)
        kinds, kind_ix = _codes(p.kind for p in rows)
        data = ("\n".join(forms), "\n".join("" if p.name == f else p.name for f, p in zip(forms, rows, strict=True)),
                countries, country_ix, _floats(p.lat for p in rows), _floats(p.lon for p in rows),
                kinds, kind_ix, array("q", (p.population for p in rows)))
        return cls(data)

    def data(self) -> tuple[Any, ...]:
        """What the cache stores: ``Places(places.data())`` gives the same places back."""
        names = "\n".join(self._names)
        return ("\n".join(self.forms), names, self._countries, self._country_ix, self._lats, self._lons,
                self._kinds, self._kind_ix, self._populations)

    def row(self, i: int) -> Place:
        lat, lon = self._lats[i], self._lons[i]
        return Place(self._names[i] or self.forms[i], self._countries[self._country_ix[i]],
                     None if lat != lat else lat, None if lon != lon else lon,  # NaN stands for None
                     self._kinds[self._kind_ix[i]] or "", self._populations[i])

    def __contains__(self, form: object) -> bool:
        return form in self._extra or form in self._row

    def __getitem__(self, form: str) -> Place:
        place = self._extra.get(form)
        return place if place is not None else self.row(self._row[form])

    def get(self, form: str, default: Any = None) -> Any:
        return self[form] if form in self else default

    def with_extra(self, extra: Mapping[str, Place]) -> Places:
        """A copy that also holds a user's places (which win over shipped ones of the same form);
        their forms follow the shipped ones in ``forms``, in the order given."""
        copy = object.__new__(Places)
        copy.__dict__.update(self.__dict__)
        copy.forms = [*self.forms, *extra]
        copy._extra = {**self._extra, **extra}
        return copy


def name_keys(names: Iterable[tuple[tuple[int, ...], int]]) -> dict[int, int]:
    """(token hashes of a name, its row) -> {hash of the token hashes: row}; two names with one
    hash are refused, so a lookup can trust the row it finds."""
    keys: dict[int, int] = {}
    for tokens, row in names:
        if keys.setdefault(hash(tokens), row) != row:
            raise ValueError(f"two place names share a key hash (rows {keys[hash(tokens)]} and {row})")
    return keys


def lengths_by_first(keys: Iterable[tuple[int, ...]],
                     base: Mapping[int, tuple[int, ...]] | None = None) -> dict[int, tuple[int, ...]]:
    """The token lengths of the names that start with each first token, longest first, added to
    those of ``base``; the few distinct tuples are shared, so the cache stores each once."""
    lengths: dict[int, set[int]] = {first: set(sizes) for first, sizes in (base or {}).items()}
    for key in keys:
        if key:
            lengths.setdefault(key[0], set()).add(len(key))
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}
    out = {}
    for first, sizes in lengths.items():
        ordered = tuple(sorted(sizes, reverse=True))
        out[first] = shared.setdefault(ordered, ordered)
    return out
