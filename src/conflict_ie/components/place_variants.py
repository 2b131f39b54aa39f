"""Arabic place names in the spellings news uses, found by the skeleton they share.

The gazetteer holds one or two spellings of a Syrian or Yemeni town ("Jisr ash Shughur", "Khan
Shaykhun", "Ma'arrat an Nu'man"); wires write others ("Jisr al-Shughur", "Khan Sheikhoun", "Maarat
al-Numan").  The differences are regular: the article assimilated or not, the vowels, an apostrophe
for ayn, doubled letters.  A name reduced to its skeleton (``skeleton``) drops exactly those, so
the spellings meet; the skeletons of a listed country's places are an index built with the
gazetteer (``skeleton_index``), and a text's run of capitalised words is looked up in it when no
spelling matched (``find``).  The rules are data (places.json ``arabic_spellings``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicon
from .place_store import Place

_SPLIT = re.compile(r"[\s\-‐‑–]+")
_PUNCT = frozenset({"-", "‐", "‑", "'", "‘", "’", "`"})


@dataclass(frozen=True)
class SpellingRules:
    countries: frozenset[str]
    articles: frozenset[str]
    silent: frozenset[str]
    letters: Mapping[str, str]
    min_letters: int
    max_tokens: int
    min_population: int
    min_similarity: float
    one_word_after: frozenset[str]


@cache
def rules() -> SpellingRules | None:
    """The shipped rules, or None when places.json has none."""
    data = lexicon.places_rules().get("arabic_spellings")
    if not data:
        return None
    return SpellingRules(frozenset(data["countries"]), frozenset(data["articles"]), frozenset(data["silent"]),
                         dict(data.get("letters", {})), int(data["min_letters"]), int(data["max_tokens"]),
                         int(data.get("min_population", 0)), float(data.get("min_similarity", 0.0)),
                         frozenset(data.get("one_word_after", [])))


def _word(word: str, r: SpellingRules) -> str:
    """"Shaykhun" -> "shkhn", "Ayn" -> "an": the first letter (any vowel as "a"), then the
    consonants, mapped and with doubles collapsed."""
    first = "a" if word[0] in "aeiou" else r.letters.get(word[0], word[0])
    out = [first]
    for ch in word[1:]:
        if ch in r.silent or not ch.isalpha():
            continue
        ch = r.letters.get(ch, ch)
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def _normal(text: str) -> str:
    """ASCII, lower case, one apostrophe: the form every skeleton is read from."""
    return lexicon.fold(text).lower().replace("’", "'")


def skeleton(name: str, r: SpellingRules) -> str | None:
    """The key the spellings of a name share, or None when it is too short to tell names apart:
    "Jisr al-Shughur" and "Jisr ash Shughur" -> "jsr l shghr"."""
    words = [w for w in _SPLIT.split(_normal(name)) if w.strip("'`")]
    words = [w.lstrip("'`") for w in words]
    if len(words) > 1 and words[0] in r.articles:
        words = words[1:]  # "Al Qamishli" is "Qamishli"
    parts = ["l" if w in r.articles else _word(w, r) for w in words]
    letters = sum(len(p) for p in parts)
    return " ".join(parts) if letters >= r.min_letters else None


def _plain(name: str, r: SpellingRules) -> str:
    words = [w for w in _SPLIT.split(lexicon.fold(name).lower()) if w]
    if len(words) > 1 and words[0] in r.articles:
        words = words[1:]
    return " ".join(words)


def similar(text: str, form: str, r: SpellingRules) -> bool:
    """Whether a text's spelling is near enough the gazetteer's, letters and all, to be the same
    name: the skeleton alone lets "Minister" meet "Monastir"."""
    return difflib.SequenceMatcher(None, _plain(text, r), _plain(form, r)).ratio() >= r.min_similarity


def skeleton_index(forms: Iterable[tuple[str, int, Place]], r: SpellingRules,
                   focus: frozenset[str] = frozenset()) -> dict[str, int]:
    """Skeleton -> the row of one of its place's forms, for the places of the listed countries.
    A hamlet (a known population under ``min_population``) is left out: a name respelled to meet
    it is more likely a namesake.  A skeleton two places share finds one only when it alone lies
    in a ``focus`` country, or is ten times the other's known size."""
    owners: dict[str, dict[tuple[str, str | None], tuple[int, Place]]] = {}
    for form, row, place in forms:
        if place.country not in r.countries or place.kind in ("country", "metonym") \
                or 0 < place.population < r.min_population:
            continue
        key = skeleton(form, r)
        if key is not None:
            owners.setdefault(key, {}).setdefault((place.name, place.country), (row, place))
    out: dict[str, int] = {}
    for key, held in owners.items():
        owner = _owner(list(held.values()), focus)
        if owner is not None:
            out[key] = owner
    return out


def _owner(held: list[tuple[int, Place]], focus: frozenset[str]) -> int | None:
    """The row of the one place a shared skeleton stands for, or None when it is unclear."""
    if len(held) == 1:
        return held[0][0]
    in_focus = [h for h in held if h[1].country in focus]
    if len(in_focus) == 1:
        return in_focus[0][0]
    ranked = sorted(held, key=lambda h: -h[1].population)
    if ranked[1][1].population > 0 and ranked[0][1].population >= 10 * ranked[1][1].population:
        return ranked[0][0]
    return None


def _name_word(text: str) -> bool:
    return text[:1].isupper() and text.replace("'", "").replace("’", "").isalpha()


def first_parts(index: Mapping[str, int]) -> frozenset[str]:
    """The first word of every skeleton of the index: a run whose first word has none of them
    cannot match, and is skipped without joining and reducing its longer runs."""
    return frozenset(key.split(" ", 1)[0] for key in index)


def find(words: list[str], exact: Mapping[int, int], index: Mapping[str, int], firsts: frozenset[str],
         r: SpellingRules) -> dict[int, tuple[int, int]]:
    """Start token -> (end token, row) of each run of capitalised words (with articles, hyphens
    and apostrophes inside) whose skeleton is in ``index``, longest first; ``exact`` holds the
    spans the text's own spellings found (start -> end), which a skeleton may only outgrow;
    ``firsts`` are the index's ``first_parts``."""
    found: dict[int, tuple[int, int]] = {}
    n, i, inside = len(words), 0, 0
    names = [w[:1].isupper() and _name_word(w) for w in words]  # once per word, most of them lower-case
    while i < n:
        if exact:
            inside = max(inside, exact.get(i, 0))
        if not names[i] or (i < inside and i not in exact) or not _may_open(words, i, firsts, r):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < r.max_tokens and (
                names[j] or words[j] in _PUNCT or words[j].lower() in r.articles
                or words[j] in ("’s", "'s")):
            j += 1
        hit = _longest(words, i, j, index, r)
        if hit is None or hit[0] <= exact.get(i, i):
            i += 1
            continue
        found[i] = hit
        i = inside = hit[0]
    return found


def _may_open(words: list[str], i: int, firsts: frozenset[str], r: SpellingRules) -> bool:
    """Whether the run at ``i`` may start a skeleton of the index (its first word past an article
    and the hyphen after it: "al-Shughur")."""
    k = i
    if words[k].lower() in r.articles and k + 1 < len(words):
        k += 2 if words[k + 1] in _PUNCT and k + 2 < len(words) else 1
    return (_shipped_part(words[k]) if r is rules() else _opening_part(words[k], r)) in firsts


def _opening_part(text: str, r: SpellingRules) -> str:
    """The skeleton part of one word ("" for no word)."""
    word = _normal(text).lstrip("'`")
    return _word(word, r) if word and word[0].isalpha() else ""


@lru_cache(maxsize=65536)
def _shipped_part(text: str) -> str:
    """``_opening_part`` under the shipped rules, remembered: words repeat across a corpus."""
    r = rules()
    return "" if r is None else _opening_part(text, r)


@lru_cache(maxsize=65536)
def _shipped_skeleton(name: str) -> str | None:
    """``skeleton`` under the shipped rules, remembered: a text's runs of capitalised words repeat."""
    r = rules()
    return None if r is None else skeleton(name, r)


def _longest(words: list[str], i: int, j: int, index: Mapping[str, int], r: SpellingRules) -> tuple[int, int] | None:
    """The longest run from ``i`` that ends on a capitalised word and whose skeleton is indexed."""
    for end in range(j, i, -1):
        if not _name_word(words[end - 1]):
            continue
        name = " ".join(words[i:end])
        key = _shipped_skeleton(name) if r is rules() else skeleton(name, r)
        row = index.get(key) if key is not None else None
        if row is not None:
            return end, row
    return None

