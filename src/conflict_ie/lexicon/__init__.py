"""Loads the data files that hold every word list the components use.

Everything a domain expert may want to extend (a rank, a unit name, a trigger verb, a city to
ignore) is a line in one of the files beside this module; code never hard-codes vocabulary.
Each loader is cached: a process reads each file once, however many pipelines it builds.
``extra`` files given by users are merged by the components, not here, so that the shipped
data stays immutable and shareable between pipelines.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

_PKG = "conflict_ie.lexicon"


def data_path(name: str) -> Path:
    return Path(str(resources.files(_PKG).joinpath(name)))


def _path_of(name: str | Path) -> Path:
    return Path(name) if isinstance(name, Path) or "/" in str(name) else data_path(str(name))


def read_json(name: str | Path) -> Any:
    with open(_path_of(name), encoding="utf-8") as fh:
        return json.load(fh)


def _jsonl_rows(text: str) -> tuple[list[dict[str, Any]], list[int]]:
    """Rows of a JSONL text (blank and "#" lines skipped) and the line number of each."""
    rows, lines = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(json.loads(line))
            lines.append(number)
    return rows, lines


def read_jsonl(name: str | Path) -> list[dict[str, Any]]:
    return _jsonl_rows(_path_of(name).read_text(encoding="utf-8"))[0]


def _csv_rows(fh: Any) -> list[dict[str, str]]:
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def read_csv(name: str | Path) -> list[dict[str, str]]:
    with open(_path_of(name), encoding="utf-8", newline="") as fh:
        return _csv_rows(fh)


# ----------------------------------------------------------------------------- checked reading
#
# Every file is checked against its schema (schema.py) when it is loaded.  Building the pydantic
# schemas costs ~100-150 ms, so a shipped file whose bytes, together with schema.py's, have
# already passed is not checked again: a stamp named by their hash is left in the user's cache
# directory.  Editing a data file or the schema changes the hash, so the next load checks again.
# Files given by path (copies, users' files) are always checked.


def _stamp_dir() -> Path:
    from ..cache import cache_dir

    return cache_dir() / "lexicon-checked"


@cache
def _schema_digest() -> bytes | None:
    try:
        return hashlib.sha256(data_path("schema.py").read_bytes()).digest()
    except OSError:
        return None


def _stamp(schema: str, raw: bytes) -> Path | None:
    digest = _schema_digest()
    if digest is None:
        return None
    return _stamp_dir() / hashlib.sha256(digest + schema.encode() + b"\0" + raw).hexdigest()


def _leave_stamp(stamp: Path | None) -> None:
    if stamp is None:
        return
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
    except OSError:
        pass  # a read-only home: the check simply runs again next time


def read_checked(name: str | Path, schema: str | None = None) -> Any:
    """Read a lexicon file (JSON, JSONL or CSV, by suffix) and check it against the schema of
    ``schema`` (default: the file's own name, e.g. "units.json"); returns what ``read_json``,
    ``read_jsonl`` or ``read_csv`` return.  Raises ``LexiconError`` naming the file and key path."""
    shipped = not (isinstance(name, Path) or "/" in str(name))
    path = _path_of(name)
    schema = schema or path.name
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    lines = None
    if path.suffix == ".jsonl":
        data, lines = _jsonl_rows(text)
    elif path.suffix == ".csv":
        data = _csv_rows(io.StringIO(text, newline=""))
    else:
        data = json.loads(text)
    stamp = _stamp(schema, raw) if shipped else None
    if stamp is not None and stamp.exists():
        return data
    from .schema import validate_data

    validate_data(schema, data, path.name, lines)
    _leave_stamp(stamp)
    return data


def validate_extra(data: dict[str, Any], source: str, section: str | None = None) -> dict[str, Any]:
    """Check a user's extra lexicon (the whole file, or one tagger's ``section`` of it) and return
    it unchanged; raises ``LexiconError`` naming ``source`` and the key path."""
    from .schema import validate_extra as _validate_extra

    return _validate_extra(data, source, section)


def __getattr__(name: str) -> Any:
    if name == "LexiconError":  # without importing pydantic models at ``import conflict_ie.lexicon``
        from .schema import LexiconError

        return LexiconError
    raise AttributeError(name)


def split_bar(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def plural(word: str) -> str:
    """Regular English plural of the last word; irregular ones live in the data files."""
    head, _, last = word.rpartition(" ")
    lower = last.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        last = last + "es"
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif lower.endswith("man") and not lower.endswith("human"):
        last = last[:-3] + "men"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last


def trigger_forms(spec: dict[str, Any], lemma: str) -> list[str]:
    """Every form of trigger verb ``lemma`` of one event type's entry in triggers.json: the lemma
    with its listed ``forms`` when the entry lists any, else the regular forms derived from it.

    The listed forms are the whole set, never added to the derived ones: they are listed because
    the verb is irregular ("flew", "struck") or because a derived form is a noun that must not
    trigger ("stations", "ships", "arms", "lands").  Every reader of the triggers (the frame
    matcher, particles, casualty outcomes, the places' event words) goes through here, so that
    they agree on what a trigger word is."""
    listed = spec.get("forms", {}).get(lemma)
    return sorted({lemma, *listed}) if listed else verb_forms(lemma)


def listed_forms(spec: dict[str, Any], key: str) -> frozenset[str]:
    """Every form, lower-cased, of the verbs one event type's entry lists under ``key``
    ("count_verbs", "place_verbs", "detection_verbs", ...): the sub-lists that gate or colour a
    trigger, read the same way by the frame matcher and the slot rules."""
    return frozenset(f.lower() for verb in spec.get(key, []) for f in trigger_forms(spec, verb))


@cache
def trigger_verbs() -> frozenset[str]:
    """Every form of every event verb of triggers.json, lower-cased ("repelled", "retook",
    "captures"): the verbs a force or a state acts with."""
    return frozenset(form.lower() for spec in triggers()["types"].values()
                     for verb in spec["verbs"] for form in trigger_forms(spec, verb))


def verb_forms(lemma: str) -> list[str]:
    """-s, -ed and -ing forms of a regular verb (irregular ones are listed in triggers.json)."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return sorted(forms)


# ----------------------------------------------------------------------------- countries


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    alt_names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capital: str
    capital_alt: tuple[str, ...]
    metonyms: tuple[str, ...]


@cache
def countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for row in read_checked("countries.csv"):
        out[row["iso3"]] = Country(
            iso3=row["iso3"],
            name=row["name"],
            alt_names=tuple(split_bar(row.get("alt_names", ""))),
            adjectives=tuple(split_bar(row.get("adjectives", ""))),
            people=tuple(split_bar(row.get("people", ""))),
            capital=row.get("capital", ""),
            capital_alt=tuple(split_bar(row.get("capital_alt", ""))),
            metonyms=tuple(split_bar(row.get("metonyms", ""))),
        )
    return out


@cache
def demonyms() -> dict[str, str]:
    """Adjective and people forms ("North Korean", "North Koreans", "U.S.") -> ISO3."""
    out: dict[str, str] = {}
    for c in countries().values():
        for form in (*c.adjectives, *c.people):
            out.setdefault(form, c.iso3)
    return out


@cache
def country_names() -> dict[str, str]:
    """Every name of a country ("Russia", "Russian Federation", "DPRK") -> ISO3."""
    out: dict[str, str] = {}
    for c in countries().values():
        for form in (c.name, *c.alt_names):
            out.setdefault(form, c.iso3)
    return out


@dataclass(frozen=True)
class Region:
    iso3: str | None  # seas and areas that span countries have none
    name: str
    alt_names: tuple[str, ...]
    type: str
    admin_center: str


@cache
def regions() -> list[Region]:
    return [
        Region(
            iso3=row["iso3"] or None,
            name=row["name"],
            alt_names=tuple(split_bar(row.get("alt_names", ""))),
            type=row.get("type", ""),
            admin_center=row.get("admin_center", ""),
        )
        for row in read_checked("regions.csv")
    ]


def fold(name: str) -> str:
    """ASCII form of a name ("Khān Yūnis" -> "Khan Yunis"), as English news mostly writes it."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("‘", "").replace("’", "'")


# a division's name as news writes it: capitalised words, with hyphens or apostrophes inside
_GOOD_NAME = re.compile(r"^[A-Z][A-Za-z'’]+(?:[ -][A-Za-z'’]+)*$")
ARABIC_ARTICLE = re.compile(r"^(?:Al|An|Ar|As|Ash|Ad|Adh|Az)[ -]")


@cache
def subdivisions() -> dict[str, frozenset[tuple[str, str]]]:
    """Surface form -> (ASCII name, ISO3) of the first-level divisions of every country (ISO
    3166-2, from pycountry) that places.json's ``subdivisions`` admits: under the ISO name, its
    ASCII folding, without the Arabic article ("Anbar" for "Al Anbār") and the news spellings of
    ``aliases`` (named by the first of them: "East Java" for "Jawa Timur").  A form two countries share keeps both owners ("Punjab")."""
    rules = places_rules().get("subdivisions")
    if not rules:
        return {}
    import pycountry

    iso2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    types, generic, shortest = set(rules["types"]), set(rules["generic"]), rules["min_length"]
    aliases: dict[str, list[str]] = rules.get("aliases", {})
    units = {sub.code for sub in pycountry.subdivisions if sub.type in set(rules.get("parent_units", []))}
    found: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        iso3 = iso2_to_3.get(sub.country_code)
        if (sub.parent_code is not None and sub.parent_code not in units) or sub.type not in types or iso3 is None:
            continue  # a second-level division; one under an island group is first-level all the same
        name = re.sub(r"\s*[(\[].*?[)\]]", "", sub.name).strip()
        ascii_name = fold(name)
        for form in {name, ascii_name, ARABIC_ARTICLE.sub("", ascii_name)}:
            if len(form) >= shortest and form not in generic and _GOOD_NAME.match(fold(form)):
                found.setdefault(form, set()).add((ascii_name, iso3))
        news = aliases.get(sub.name, [])
        for form in news:  # listed by hand: no length floor ("Aceh"); named as news names it ("East Java")
            found.setdefault(form, set()).add((news[0], iso3))
    return {form: frozenset(owners) for form, owners in found.items()}


@cache
def division_names() -> frozenset[str]:
    """Names of first-level divisions (regions.csv and ISO 3166-2): what "the state" or "the
    province" may stand for."""
    names = {form for reg in regions() if reg.iso3 for form in (reg.name, *reg.alt_names)}
    return frozenset(names | set(subdivisions()))


# ----------------------------------------------------------------------------- others


@cache
def units() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("units.json"))


@cache
def ranks() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], read_checked("ranks.jsonl"))


@cache
def rank_rules() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("rank_rules.json"))


@cache
def numbers() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("numbers.json"))


@cache
def qualifiers() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("qualifiers.json"))


@cache
def items() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("items.json"))


@cache
def dates() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("dates.json"))


@cache
def calendar_names() -> tuple[frozenset[str], frozenset[str]]:
    """The month and the weekday names with their abbreviations, lower-case (dates.json): for the
    taggers and rules outside the date tagger that must know a date word ("on July 30 killed")."""
    d = dates()
    return frozenset(w.lower() for w in d["months"]), frozenset(w.lower() for w in d["weekdays"])


@cache
def triggers() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("triggers.json"))


@cache
def places_rules() -> dict[str, Any]:
    return cast(dict[str, Any], read_checked("places.json"))


@dataclass
class ItemIndex:
    """Counted nouns by surface form (singular and plural) -> (lemma, class)."""

    forms: dict[str, tuple[str, str]] = field(default_factory=dict)
    measures: set[str] = field(default_factory=set)
    time_units: set[str] = field(default_factory=set)
    max_words: int = 1


@cache
def item_index() -> ItemIndex:
    data = items()
    idx = ItemIndex()
    irregular = {k.lower(): v.lower() for k, v in data["plurals"].items()}
    for cls in ("personnel", "civilians", "materiel", "objectives"):
        for lemma in data.get(cls, []):
            low = lemma.lower()
            idx.forms.setdefault(low, (lemma if lemma.isupper() else low, cls))
            pl = irregular.get(low) or plural(low)
            idx.forms.setdefault(pl, (lemma if lemma.isupper() else low, cls))
            idx.max_words = max(idx.max_words, len(low.split()))
    # peoples count as persons: "43,000 Palestinians", "12 Ukrainians"
    if data_path("countries.csv").exists():
        for c in countries().values():
            for people in c.people:
                if people.endswith("s") and " " not in people.strip():
                    lemma = people[:-1]
                    idx.forms.setdefault(people.lower(), (lemma, "civilians"))
    for unit in data["measures"]:
        idx.measures.add(unit.lower())
        idx.measures.add(plural(unit.lower()))
    for unit in data["time"]:
        idx.time_units.add(unit)
        idx.time_units.add(plural(unit))
    return idx
