"""Acronyms a text defines for a force: "the Arakan Army (AA) ... the AA said".

News names a force once in full with its acronym in brackets and uses the acronym from then on
(wire copy, local papers, UN and NGO reports); neither the acronym nor, often, the full name is in
any lexicon, and a lexicon of acronyms would be both endless and ambiguous ("AA" is also an
anti-aircraft gun).  The text's own definition is unambiguous within that text, so the acronym
takes the norm of the name it follows, everywhere in the document.

A name the units tagger already read (a lexicon name, "Africa Command") needs nothing more than
the brackets after it.  A name no lexicon holds ("the Democratic Forces for the Liberation of
Rwanda (FDLR)") counts when it holds a force head word (units.json ``acronym_force_heads``) and
the acronym's letters are among the initials of its words, which keeps out the bracketed
acronyms of ministries, agencies and charities ("the Ministry of Defence (MoD)", "UNICEF").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .base import TokenTable, free_runs

Spans = list[tuple[int, int, str, dict[str, Any]]]

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


def is_acronym(text: str) -> bool:
    """"AA", "ATMIS", "SPLA-IO", "M23": two capitals at least, no lower-case word ("Army")."""
    return (2 <= len(text) <= 12 and _ACRONYM.fullmatch(text) is not None
            and sum(c.isupper() for c in text) >= 2 and not text[1:].islower())


def fit(acronym: str, words: list[str]) -> tuple[int, bool] | None:
    """How well the acronym can be made from the name, or None when it cannot: (how many of its
    letters are initials of the name's words, whether the first one opens the name).  Every letter
    may be an initial, counted with repeats and in any order ("FDLR": Forces Démocratiques de
    Libération du Rwanda, named in English); or all but one are, and the letters run in order
    through the name from its first initial, as Schwartz and Hearst's abbreviation finder reads
    them ("MNJTF": Multinational Joint Task Force; "SAMIM": SADC Mission in Mozambique)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not letters or not words:
        return None
    initials = Counter(w[0].upper() for w in words if w[:1].isalpha())
    need = Counter(letters)
    covered = sum(min(initials[c], n) for c, n in need.items())
    opens = words[0][:1].upper() == letters[0]
    if covered == len(letters) or (covered >= len(letters) - 1 and opens and _in_order(letters, words)):
        return covered, opens
    return None


def _in_order(letters: list[str], words: list[str]) -> bool:
    text = " ".join(words).upper()
    at = 0
    for c in letters:
        at = text.find(c, at) + 1
        if at == 0:
            return False
    return True


@dataclass(frozen=True)
class AcronymRules:
    """The data of units.json this reader needs."""

    heads: frozenset[str]
    connectors: frozenset[str]


def _bracketed(words: list[str], i: int) -> int | None:
    """End of "( ACRONYM )" starting at token ``i`` (the acronym may be split at hyphens), or None."""
    if i >= len(words) or words[i] != "(":
        return None
    for end in range(i + 2, min(i + 6, len(words))):
        if words[end] == ")":
            return end + 1 if is_acronym("".join(words[i + 1 : end])) else None
    return None


def _unknown_name(table: TokenTable, end: int, acronym: str, rules: AcronymRules, taken: bytearray,
                  units: dict[int, int]) -> int | None:
    """Start of the run of name words ending at ``end`` that makes the acronym best (most letters
    as initials, then opening with its first letter, then shortest: the words before a name are
    often capitalised too, "On Sunday the Kachin Independence Army") and holds a force head word
    or a force already read (``units``: end -> start of the units read, "Islamic State Mozambique
    Province (ISMP)"); None when there is none."""
    words, start, has_unit = table.words, end, False
    best: tuple[tuple[int, bool, int], int, bool] | None = None
    while start > 0 and end - start < 12:
        if taken[start - 1]:
            if start not in units or start == end:
                break
            start, has_unit = units[start], True
        elif words[start - 1][:1].isupper() or words[start - 1].lower() in rules.connectors \
                or words[start - 1].lower() in rules.heads:  # "the Multinational Security Support mission (MSS)"
            start -= 1
        else:
            break
        score = fit(acronym, words[start:end]) if words[start][:1].isupper() else None
        if score is not None and (best is None or (*score, start - end) > best[0]):
            best = ((*score, start - end), start, has_unit)
    if best is None:
        return None
    _, start, has_unit = best
    return start if has_unit or rules.heads.intersection(w.lower() for w in words[start:end]) else None


def defined(table: TokenTable, spans: Spans, taken: bytearray, rules: AcronymRules,
            norm_of: Any) -> dict[tuple[str, ...], tuple[dict[str, Any], Spans]]:
    """Acronym tokens -> (norm, the full-name span to add when it is a new one) for every
    "Name (ACRONYM)" of the document.  ``norm_of(start, end)`` makes the norm of an unknown name."""
    words = table.words
    out: dict[tuple[str, ...], tuple[dict[str, Any], Spans]] = {}
    known = {end: norm for _, end, label, norm in spans if label == "MIL_UNIT"}
    units = {end: start for start, end, label, _ in spans if label == "MIL_UNIT"}
    for i, word in enumerate(words):
        close = _bracketed(words, i) if word == "(" else None
        if close is None:
            continue
        key = tuple(words[i + 1 : close - 1])
        if key in out:
            continue
        if i in known:
            out[key] = (known[i], [])
            continue
        start = _unknown_name(table, i, "".join(key), rules, taken, units)
        if start is not None:
            norm = norm_of(start, i)
            out[key] = (norm, [(start, i, "MIL_UNIT", norm)])
    return out


def uses(table: TokenTable, acronyms: dict[tuple[str, ...], tuple[dict[str, Any], Spans]],
         taken: bytearray) -> Spans:
    """A MIL_UNIT span for every use of a defined acronym (the bracketed one too) and for the
    full names that no tagger had read."""
    out: Spans = []
    words = table.words
    for key, (norm, names) in acronyms.items():
        out.extend(names)
        out.extend((i, i + len(key), "MIL_UNIT", dict(norm)) for i in free_runs(words, key, taken))
    return out
