"""Clause-level frames: a trigger word and the tags of the clause it stands in.

A sentence is cut into clauses at semicolons, colons and commas that are not inside a tag
(with a statistical base, at the subtree of the trigger's verb instead).  Each trigger then
sees the tags of its own clause; the slot fillers look further only where the rules in
``slots.py`` say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import lexicon

_CLAUSE_BREAKS = {";", ":", "—", "–", "(", ")"}


@dataclass
class Trigger:
    type: str
    start: int
    end: int
    text: str
    ambiguous: bool
    nominal: bool


@dataclass
class Frame:
    trigger: Trigger
    sent: Span
    clause: tuple[int, int]  # token offsets
    tags: list[Span] = field(default_factory=list)  # tags in the clause
    sent_tags: list[Span] = field(default_factory=list)


@dataclass
class TriggerLexicon:
    matcher: PhraseMatcher
    info: dict[str, tuple[str, bool, bool]]
    modes: dict[str, str]
    mode_matcher: PhraseMatcher
    hedges: set[str]
    hedge_phrases: list[tuple[str, ...]]
    negations: set[str]
    source_before: list[tuple[str, ...]]
    speech_verbs: set[str]


@cache
def _vocab_free_data() -> dict[str, Any]:
    return lexicon.triggers()


def build_lexicon(nlp: Any, extra: dict[str, Any] | None = None) -> TriggerLexicon:
    data = _vocab_free_data()
    extra = extra or {}
    make = nlp.make_doc
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    info: dict[str, tuple[str, bool, bool]] = {}
    ambiguous = {w.lower() for w in data["ambiguous_triggers"]["words"]}
    for etype, spec in data["types"].items():
        spec_extra = extra.get("types", {}).get(etype, {})
        verbs = spec["verbs"] + spec_extra.get("verbs", [])
        forms: set[str] = set()
        for lemma in verbs:
            listed = spec.get("forms", {}).get(lemma)
            forms.update(listed or [])
            forms.update(lexicon.verb_forms(lemma))
        nouns = set(spec.get("nouns", []) + spec_extra.get("nouns", []))
        phrases = set(spec.get("phrases", []) + spec_extra.get("phrases", []))
        for form in sorted(forms | nouns | phrases):
            key = f"{etype}|{form}"
            is_nominal = form in nouns and form not in forms
            info[key] = (etype, form.lower() in ambiguous, is_nominal)
            matcher.add(key, [make(form)])
    modes: dict[str, str] = {}
    mode_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for mode, words in data["modes"].items():
        for w in words:
            modes[w] = mode
            mode_matcher.add(mode, [make(w)])
    hedges = {h for h in data["hedges"] if " " not in h}
    hedge_phrases = [tuple(h.split()) for h in data["hedges"] if " " in h]
    return TriggerLexicon(
        matcher=matcher,
        info=info,
        modes=modes,
        mode_matcher=mode_matcher,
        hedges=hedges,
        hedge_phrases=hedge_phrases,
        negations=set(data["negations"]),
        source_before=[tuple(p.split()) for p in data["sources"]["before"]],
        speech_verbs=set(data["sources"]["speech_verbs"]),
    )


def find_triggers(doc: Doc, lex: TriggerLexicon) -> list[Trigger]:
    strings = doc.vocab.strings
    best: dict[int, tuple[int, str]] = {}
    for match_id, start, end in lex.matcher(doc):
        key = strings[match_id]
        if start not in best or best[start][0] < end:
            best[start] = (end, key)
    out = []
    covered = -1
    for start in sorted(best):
        end, key = best[start]
        if start < covered:
            continue
        etype, ambiguous, nominal = lex.info[key]
        out.append(Trigger(etype, start, end, doc[start:end].text, ambiguous, nominal))
        covered = end
    return out


def clause_bounds(sent: Span, trigger: Trigger, taken: bytearray) -> tuple[int, int]:
    """Token range of the clause around the trigger.

    With a dependency parse, the clause is the subtree of the trigger's governing verb, cut at
    nested clauses that carry their own trigger; without one, commas and dashes outside tags cut.
    """
    doc = sent.doc
    left = sent.start
    for i in range(trigger.start - 1, sent.start - 1, -1):
        tok = doc[i]
        if taken[i]:
            continue
        if tok.text in _CLAUSE_BREAKS or (tok.text == "," and not _list_comma(doc, i, taken)):
            left = i + 1
            break
    right = sent.end
    for i in range(trigger.end, sent.end):
        tok = doc[i]
        if taken[i]:
            continue
        if tok.text in _CLAUSE_BREAKS or (tok.text == "," and not _list_comma(doc, i, taken)):
            right = i
            break
    return left, right


def _list_comma(doc: Doc, i: int, taken: bytearray) -> bool:
    """A comma between two tags of a list ("Kursk, Belgorod and Bryansk") does not end a clause."""
    return 0 < i < len(doc) - 1 and bool(taken[i - 1]) and bool(taken[i + 1])


def first_word(sent: Span) -> str:
    for tok in sent:
        if not tok.is_space and not tok.is_punct:
            return tok.lower_
    return ""


def hedged(doc: Doc, start: int, trigger: Trigger, lex: TriggerLexicon, sent: Span) -> bool:
    """Modal or conditional words before the trigger in its clause, or a conditional sentence."""
    first = first_word(sent)
    if first in ("if", "should", "unless", "were"):
        return True
    lowers = [doc[i].lower_ for i in range(start, trigger.start)]
    if any(w in lex.hedges for w in lowers):
        return True
    joined = " ".join(lowers)
    return any(" ".join(p) in joined for p in lex.hedge_phrases)


def negated(doc: Doc, start: int, trigger: Trigger, lex: TriggerLexicon) -> bool:
    window = [doc[i].lower_ for i in range(max(start, trigger.start - 3), trigger.start)]
    return any(w in lex.negations for w in window)
