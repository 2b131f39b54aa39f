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

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import lexicon
from ..components.base import POSSESSIVE, SPAN_KEY, flush_patterns, pattern_maker, token_table

_CLAUSE_BREAKS = {";", ":", "—", "–", "(", ")"}
# a trigger phrase opening with one of these is passive or perfect ("were killed", "have been wounded")
PASSIVE_AUX = frozenset({"was", "were", "been", "had", "have", "has"})
# the pronouns that open a relative clause ("troops that deployed", "a woman who was injured")
RELATIVE = frozenset({"that", "which", "who"})


@dataclass
class Trigger:
    type: str
    start: int
    end: int
    text: str
    ambiguous: bool
    nominal: bool
    alternatives: tuple[str, ...] = ()
    verbal: bool = True  # the form is a verb or a verbal phrase ("killed"), not only a noun ("losses")


@dataclass
class Frame:
    trigger: Trigger
    sent: Span
    clause: tuple[int, int]  # token offsets
    tags: list[Span] = field(default_factory=list)  # tags in the clause
    sent_tags: list[Span] = field(default_factory=list)
    others: tuple[Trigger, ...] = ()  # the sentence's other triggers: whose arguments are whose

    def owns(self, tag: Span) -> bool:
        """Whether a tag is this trigger's argument rather than another's: a tag that follows
        another trigger standing nearer before it ("brigades trained in Poland had been moved to
        Zaporizhzhia": Poland is where they trained) belongs to that trigger.  Tags before every
        trigger (subjects, leading places) are shared."""
        trig = self.trigger
        prior = [t for t in (*self.others, trig) if t.end <= tag.start]
        if not prior:
            return True
        nearest = max(prior, key=lambda t: (t.end, t is trig))
        if nearest is trig and self._opens_next_clause(tag):
            return False  # "killed 11 miners in April, and in March a teacher was killed": the second's
        if nearest is trig or nearest.start == trig.start or not nearest.verbal or self._counted(nearest):
            # a noun ("during a one-day exercise on Monday", "repelled 19 assaults near Udachne")
            # takes no argument from a verb
            return True
        doc = self.sent.doc
        if trig.nominal and trig.start < nearest.start:
            return True  # "Ukrainian shelling killed two people in Belgorod on Saturday": the subject shares
        # "sent to reinforce the town last week": a purpose clause shares with its main verb
        return nearest.start > 0 and doc[nearest.start - 1].lower_ == "to" and trig.start < nearest.start


    def _counted(self, trig: Trigger) -> bool:
        """A trigger word that is the noun a count counts ("19 Russian assaults"): a noun here."""
        return any(t.label_ == "QUANTITY" and t.start < trig.start and trig.end <= t.end for t in self.sent_tags)

    def _opens_next_clause(self, tag: Span) -> bool:
        """A tag right after "and" (or "and" and a preposition) that opens a clause whose own finite
        verb follows it ("..., and in March a teacher was killed")."""
        doc = self.sent.doc
        k = tag.start - 1
        if k >= 0 and doc[k].lower_ in ("in", "on", "at", "during", "since", "by"):
            k -= 1
        if k < 0 or doc[k].lower_ != "and":
            return False
        return any(t.start >= tag.end and t.verbal and not t.text.lower().endswith("ing") for t in self.others)


@dataclass
class TriggerLexicon:
    matcher: PhraseMatcher
    info: dict[str, tuple[str, bool, bool, bool]]
    modes: dict[str, str]
    mode_matcher: PhraseMatcher
    source_before: list[tuple[str, ...]]
    speech_verbs: set[str]
    type_rank: dict[str, int] = field(default_factory=dict)  # event types in triggers.json's order
    hedge_hashes: set[int] = field(default_factory=set)
    hedge_phrase_hashes: list[tuple[int, ...]] = field(default_factory=list)
    negation_hashes: set[int] = field(default_factory=set)
    cessation_hashes: set[int] = field(default_factory=set)
    not_conflict: dict[str, frozenset[str]] = field(default_factory=dict)  # "sport", "accident": other news
    refers_back: dict[str, frozenset[str]] = field(default_factory=dict)  # "after the attack": told before
    conditional_hashes: set[int] = field(default_factory=set)
    blockers: dict[str, set[str]] = field(default_factory=dict)
    blockers_before: dict[str, set[str]] = field(default_factory=dict)
    reversed_supply: set[str] = field(default_factory=set)
    noun_forms: frozenset[str] = frozenset()  # trigger words listed as nouns too ("exercise", "strike")
    needs_particle: dict[str, frozenset[str]] = field(default_factory=dict)  # "pulled" only with "back"/"out"
    needs_context: dict[str, frozenset[str]] = field(default_factory=dict)  # "violated" only near "airspace"
    context_windows: dict[str, int] = field(default_factory=dict)  # how far needs_context looks, when not 8 tokens
    blockers_within: dict[str, frozenset[str]] = field(default_factory=dict)  # "left four soldiers dead"
    blockers_remaining: dict[str, frozenset[str]] = field(default_factory=dict)  # "has 40 members left"
    blockers_preceding: dict[str, frozenset[str]] = field(default_factory=dict)  # "shot down a drone flying"
    blockers_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "launched a joint exercise"
    blockers_causes: dict[str, frozenset[str]] = field(default_factory=dict)  # "died ... of injuries"
    cause_links: frozenset[str] = frozenset()
    outcomes: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # casualty outcome by trigger word
    retractions: tuple[str, ...] = ()  # a death taken back
    report_retractions: tuple[str, ...] = ()  # a report taken back: no event of the sentence stands
    first_person: frozenset[str] = frozenset()  # "we", "our": a speaker's own side
    third_person: frozenset[str] = frozenset()  # "said it struck": the speaker's side
    noun_adjectives: frozenset[str] = frozenset()  # "a military bus": the bare verb as a noun
    agent_participles: frozenset[str] = frozenset()  # ", led by Col. Aldana,": an aside
    aside_openers: tuple[tuple[str, ...], ...] = ()  # ", under the command of Col. Villacis,": an aside
    comitatives: tuple[tuple[str, ...], ...] = ()  # ", alongside 170 personnel": companions of the clause
    count_verbs: frozenset[str] = frozenset()  # "has 2,500 troops in Iraq": a trigger only before a count
    # "held Fallujah", "had taken two army positions": triggers only before a place; each form's words that
    # may stand between it and the place ("parts of") and the places it may count ("positions")
    place_verbs: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    munition_verbs: frozenset[str] = frozenset()  # "five glide bombs fell on": only after counted munitions
    vessel_verbs: frozenset[str] = frozenset()  # "sank two bulk carriers": only with a vessel as the object
    vessel_participles: frozenset[str] = frozenset()  # "4 ships sunk": the vessel may stand before these
    vessels: frozenset[str] = frozenset()  # the vessels, singular and plural
    request_hashes: set[int] = field(default_factory=set)  # "called on Ankara to withdraw": a demand
    term_hedge_hashes: frozenset[int] = frozenset()  # "possible" in "approved a possible sale"
    approval_hashes: frozenset[int] = frozenset()  # "approved", "approving"
    verb_lemmas: frozenset[str] = frozenset()  # the bare forms of the trigger verbs
    quote_marks: frozenset[str] = frozenset()
    interceptions: frozenset[str] = frozenset()  # air defence: the demonym on the object is the attacker


def outcome_of(trigger_text: str, lex: TriggerLexicon) -> str | None:
    """The casualty outcome a trigger reports ("were wounded" -> wounded), from triggers.json."""
    text = trigger_text.lower()
    words = set(text.split())
    found = [outcome for outcome, cues in lex.outcomes if words & cues or text in cues]
    # "killed or wounded", "dead and injured": a toll of both, no single outcome (a phrase listed
    # whole, such as "died of wounds", is one outcome)
    whole = [outcome for outcome, cues in lex.outcomes if text in cues]
    if whole:
        return whole[0]
    return found[0] if len(set(found)) == 1 else None


@cache
def _vocab_free_data() -> dict[str, Any]:
    return lexicon.triggers()


def build_lexicon(nlp: Any, extra: dict[str, Any] | None = None) -> TriggerLexicon:
    data = _vocab_free_data()
    extra = extra or {}
    make = pattern_maker(nlp)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    info: dict[str, tuple[str, bool, bool, bool]] = {}
    ambiguous = {w.lower() for w in data["ambiguous_triggers"]["words"]}
    for etype, spec in data["types"].items():
        spec_extra = extra.get("types", {}).get(etype, {})
        verbs = spec["verbs"] + spec_extra.get("verbs", [])
        forms: set[str] = set()
        for lemma in verbs:
            forms.update(lexicon.trigger_forms(spec, lemma))
        nouns = _with_plurals(etype, set(spec.get("nouns", []) + spec_extra.get("nouns", [])))
        phrases = set(spec.get("phrases", []) + spec_extra.get("phrases", []))
        for form in sorted(forms | nouns | phrases):
            key = f"{etype}|{form}"
            is_nominal = form in nouns
            info[key] = (etype, form.lower() in ambiguous, is_nominal, form in forms or form in phrases)
            matcher.add(key, [make(form)])
    modes: dict[str, str] = {}
    mode_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for mode, words in data["modes"].items():
        for w in words:
            modes[w] = mode
            mode_matcher.add(mode, [make(w)])
    hedges = {h for h in data["hedges"] if " " not in h}
    hedge_phrases = [tuple(h.split()) for h in data["hedges"] if " " in h]
    strings = nlp.vocab.strings

    flush_patterns(nlp)
    return TriggerLexicon(
        type_rank={etype: i for i, etype in enumerate(data["types"])},
        hedge_hashes={strings.add(w) for w in hedges},
        hedge_phrase_hashes=[tuple(strings.add(w) for w in p) for p in hedge_phrases],
        **_word_hashes(data, strings),
        not_conflict={k: frozenset(v) for k, v in data.get("not_conflict", {}).items()},
        refers_back={k: frozenset(v) for k, v in data.get("refers_back", {}).items() if not k.startswith("_")},
        conditional_hashes={strings.add(w) for w in ("if", "should", "unless", "were")},
        **_blockers(data),
        reversed_supply=set(data.get("reversed_supply", {}).get("words", [])),
        matcher=matcher,
        info=info,
        modes=modes,
        mode_matcher=mode_matcher,
        source_before=[tuple(p.split()) for p in data["sources"]["before"]],
        speech_verbs=set(data["sources"]["speech_verbs"]),
        noun_forms=frozenset(n.lower() for spec in data["types"].values() for n in spec.get("nouns", [])),
        needs_particle=_particle_forms(data),
        needs_context=_particle_forms(data, "need_context"),
        outcomes=_outcome_cues(data),
        retractions=tuple(data["types"]["casualties"]["retractions"]),
        report_retractions=tuple((data.get("report_retractions") or {}).get("words", [])),
        first_person=frozenset(data["sources"].get("first_person", [])),
        third_person=frozenset(data["sources"].get("third_person", [])),
        **_clause_words(data),
        **_object_verb_words(data),
        verb_lemmas=frozenset(v.lower() for spec in data["types"].values() for v in spec["verbs"]),
        quote_marks=frozenset(data["sources"].get("quote_marks", [])),
        interceptions=frozenset(data.get("interceptions", {}).get("words", [])),
    )


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def _with_plurals(etype: str, nouns: set[str]) -> set[str]:
    """The nouns of attack with their plurals ("bombardments", "ambushes", "incursions"), which the
    list gives for some and not others; a noun in "-s" or "-ing" ("clashes", "shelling") keeps its form."""
    if etype != "attack":
        return nouns
    last = [n.rsplit(" ", 1)[-1].lower() for n in nouns]
    return nouns | {lexicon.plural(n) for n, w in zip(nouns, last, strict=True) if not w.endswith(("s", "ing"))}


def _blocked(lex: TriggerLexicon, low: str, start: int, end: int, lowers: list[str]) -> bool:
    """Whether the words around a trigger word give it another sense (triggers.json ``blockers``)."""
    n = len(lowers)
    blocked = lex.blockers.get(low)
    if blocked is not None and (not blocked or (end < n and lowers[end] in blocked)):
        return True  # "shot down 42 drones": air defence, not an attack
    within = lex.blockers_within.get(low)
    if within and any(w in within for w in _rest_of_clause(lowers, end, 12)):
        return True  # "left four soldiers dead", "left 2 soldiers, including a lieutenant, and 4 rebels dead"
    particles = lex.needs_particle.get(low)
    if particles and (end >= n or lowers[end] not in particles):
        return True  # "pulled the wounded from the rubble": no withdrawal without "back"/"out"
    context = lex.needs_context.get(low)
    window = lex.context_windows.get(low, 8)
    if context and context.isdisjoint(lowers[max(0, start - window) : end + window]):
        return True  # "violated the ceasefire": a deployment only in another state's airspace or waters
    blocked_before = lex.blockers_before.get(low)
    before = start - 2 if start > 1 and lowers[start - 1] == "-" else start - 1  # "live-fire", "cease-fire"
    if blocked_before and before >= 0 and lowers[before] in blocked_before:
        return True  # "by train": a mode of transport, not training
    owner = next((k - 1 for k in (start - 1, start - 2) if k > 0 and lowers[k] in POSSESSIVE), -1)
    if blocked_before and owner >= 0 and lowers[owner] in blocked_before:
        return True  # "the union's first strike": the owner before a possessive says so too
    preceding = lex.blockers_preceding.get(low)
    if preceding and any(w in preceding for w in _clause_before(lowers, start, 6)):
        return True  # "shot down a Shahed drone flying at 2,000 metres": the target described
    if _cause_of_death(lex, low, start, lowers) or _other_object(lex, low, end, lowers):
        return True
    remaining = lex.blockers_remaining.get(low, frozenset())
    # "the front has fewer than 40 armed members left,": what remains, at the end of its clause
    return bool(remaining) and (end >= n or not lowers[end][:1].isalpha()) \
        and any(w in remaining for w in lowers[max(0, start - 6) : start])


def _cause_of_death(lex: TriggerLexicon, low: str, start: int, lowers: list[str]) -> bool:
    """"died July 20 at Landstuhl, of injuries sustained July 17", "succumbed on Monday to his
    wounds": the wounds a person died of, after a link word (one possessive or article may stand
    between) and a death word earlier in the sentence, tell the cause of that death, no toll."""
    deaths = lex.blockers_causes.get(low)
    if not deaths:
        return False
    k = start - 1
    if k > 0 and lowers[k] in _CAUSE_OWNERS:
        k -= 1
    if k < 0 or lowers[k] not in lex.cause_links:
        return False
    for w in reversed(lowers[max(0, k - 30) : k]):
        if w in (".", ";", "!", "?"):
            return False
        if w in deaths:
            return True
    return False


_CAUSE_OWNERS = frozenset({"his", "her", "their", "its", "the"})


def _other_object(lex: TriggerLexicon, low: str, end: int, lowers: list[str]) -> bool:
    """"launched a two-day joint exercise", "launches 'Strait Thunder' drills" (d257): an object of
    triggers.json ``blockers.objects`` within six words, before punctuation other than quotes and
    hyphens, or a preposition ("launched 40 missiles ... during drills" stays a strike)."""
    objects = lex.blockers_objects.get(low)
    if not objects:
        return False
    for w in lowers[end : end + 6]:
        if w in objects:
            return True
        if w in _OBJECT_STOPS or not (w[:1].isalnum() or w in ("'", '"', "‘", "’", "“", "”", "-")):
            return False
    return False


_OBJECT_STOPS = frozenset({"at", "on", "in", "into", "during", "toward", "towards", "against", "from", "over",
                           "across", "near", "around", "after", "before", "as", "while", "and"})


def _clause_before(lowers: list[str], start: int, most: int) -> list[str]:
    """Up to ``most`` words before ``start``, back to the nearest punctuation."""
    out: list[str] = []
    for k in range(start - 1, max(start - most - 1, -1), -1):
        if not lowers[k][:1].isalnum():
            break
        out.append(lowers[k])
    return out


def _rest_of_clause(lowers: list[str], end: int, most: int) -> list[str]:
    """Up to ``most`` words after a trigger, stopping at the end of its sentence or clause."""
    out = []
    for w in lowers[end : end + most]:
        if w in (".", ";", ":", "?", "!"):
            break
        out.append(w)
    return out


def _noun_after_adjective(lex: TriggerLexicon, low: str, start: int, end: int, words: list[str]) -> bool:
    """A trigger word that a noun adjective makes a noun of another sense (triggers.json
    ``noun_adjectives``): the bare verb after a determiner and the adjective ("a military bus",
    "a passenger ship") or before a name ("the container ship Kestrel Bay"), and an "-ing" word no
    type lists as a noun ("a terrorist gathering")."""
    if start < 2 or words[start - 1].lower() not in lex.noun_adjectives:
        return False
    determined = words[start - 2].lower() in DETERMINERS or words[start - 2].endswith("flagged")
    named = end < len(words) and words[end][:1].isupper()
    if low in lex.verb_lemmas:
        return determined or named
    return determined and low.endswith("ing") and low not in lex.noun_forms


def _after_determiner(doc: Doc, start: int) -> bool:
    """A determiner before the word, across a hyphenated or numeric modifier ("a one-day exercise")."""
    table = token_table(doc)
    words = table.words
    k = start - 1
    while k >= 0 and start - k <= 4 and (words[k] in ("-", "–") or (k > 0 and words[k - 1] in ("-", "–"))
                                        or doc[k].like_num):
        k -= 1
    return k >= 0 and table.lowers[k] in DETERMINERS


def _blockers(data: dict[str, Any]) -> dict[str, Any]:
    """The words that give a trigger word another sense, by where they stand (triggers.json
    ``blockers``: after it, before it, within six words after it, before it when it ends its clause)."""
    b = data.get("blockers", {})
    return {"blockers": {k: set(v) for k, v in b.get("after", {}).items()},
            "blockers_before": {k: set(v) for k, v in b.get("before", {}).items()},
            "blockers_within": {k: frozenset(v) for k, v in b.get("within", {}).items()},
            "blockers_remaining": {k: frozenset(v) for k, v in b.get("remaining", {}).items()},
            "blockers_preceding": {k: frozenset(v) for k, v in b.get("preceding", {}).items()},
            "blockers_objects": {k: frozenset(v) for k, v in b.get("objects", {}).items()},
            "blockers_causes": {k: frozenset(v) for k, v in b.get("causes", {}).items()},
            "cause_links": frozenset(b.get("cause_links", []))}


def _word_hashes(data: dict[str, Any], strings: Any) -> dict[str, Any]:
    """The vocabulary hashes of the words that negate, stop or request an event."""
    return {"negation_hashes": {strings.add(w) for w in data["negations"]},
            "cessation_hashes": {strings.add(w) for w in data.get("cessations", [])},
            "request_hashes": {strings.add(w) for w in data.get("requests", [])},
            "term_hedge_hashes": frozenset(strings.add(w) for w in (data.get("approved_terms") or {}).get("hedges", [])),
            "approval_hashes": frozenset(strings.add(w) for w in (data.get("approved_terms") or {}).get("approvals", []))}


def _object_verb_words(data: dict[str, Any]) -> dict[str, Any]:
    """The verbs that are triggers only beside the right words: the deployment ``count_verbs``
    (before a count), each type's ``place_verbs`` (before a place: "held Fallujah", "had taken
    Dinder"; every form mapped to its type's ``place_objects`` and ``place_counts``) and
    ``munition_verbs`` (after counted munitions: "five glide bombs fell on") and ``vessel_verbs``
    (with a vessel as the object, or before a participle: "sank two bulk carriers", "4 ships sunk")."""
    places: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for spec in data["types"].values():
        objects = frozenset(w.lower() for w in spec.get("place_objects", []))
        counts = frozenset(w.lower() for w in spec.get("place_counts", []))
        places.update(dict.fromkeys(lexicon.listed_forms(spec, "place_verbs"), (objects, counts)))
    specs, attack = list(data["types"].values()), data["types"]["attack"]
    windows = {f.lower(): n for spec in specs for lemma, n in spec.get("context_window", {}).items()
               for f in lexicon.trigger_forms(spec, lemma)}
    return {"count_verbs": lexicon.listed_forms(data["types"]["deployment"], "count_verbs"), "place_verbs": places,
            "munition_verbs": frozenset().union(*(lexicon.listed_forms(spec, "munition_verbs") for spec in specs)),
            "context_windows": windows, "vessel_verbs": lexicon.listed_forms(attack, "vessel_verbs"),
            "vessel_participles": frozenset(w.lower() for w in attack.get("vessel_participles", [])),
            "vessels": frozenset(f for w in attack.get("vessels", []) for f in (w.lower(), lexicon.plural(w.lower())))}


def _place_follows(doc: Doc, end: int, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A place as the object of a place verb: a LOCATION tag after nothing but the verb's
    ``place_objects`` ("held Fallujah", "hold parts of Irob district"), or a count of its
    ``place_counts`` ("holds five hilltop positions"); never "held talks in Doha" or "held 12 hostages"."""
    tags = {t.start: t for t in doc.spans[SPAN_KEY] if t.label_ in ("LOCATION", "QUANTITY")} if SPAN_KEY in doc.spans else {}
    lowers = token_table(doc).lowers
    objects, counts = words
    for k in range(end, min(end + 5, len(doc))):
        tag = tags.get(k)
        if tag is not None and tag.label_ == "LOCATION":
            return True
        if tag is not None:
            item = ((tag._.norm or {}).get("item") or "").lower()
            return item.rsplit(" ", 1)[-1] in counts
        if lowers[k] in counts or (lowers[k].endswith("s") and lowers[k][:-1] in counts):
            return True  # "held positions on Armenian territory": places held, named after them
        if lowers[k] not in objects:
            return False
    return False


def _munitions_before(doc: Doc, start: int) -> bool:
    """Counted munitions as the subject right before a munition verb ("five glide bombs fell",
    "three mortar shells have fallen"): a QUANTITY tag of an items.json munition ending there."""
    lowers = token_table(doc).lowers
    k = start
    while k > 0 and lowers[k - 1] in ("have", "has", "had", "also", "reportedly"):
        k -= 1
    for tag in doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else []:
        if tag.label_ == "QUANTITY" and tag.end == k:
            item = ((tag._.norm or {}).get("item") or "").lower()
            return item.rsplit(" ", 1)[-1] in munition_items()
    return False


def _vessel_beside(lowers: list[str], start: int, end: int, participle: bool, vessels: frozenset[str]) -> bool:
    """A vessel as the object of a vessel verb, within five words and before any punctuation ("sank
    two bulk carriers", "sank a Russian patrol ship"), or, for a participle, as its subject within
    three words ("4 ships sunk", "the tanker was sunk")."""
    for k in range(end, min(end + 5, len(lowers))):
        if lowers[k] in vessels:
            return True
        if not lowers[k][:1].isalnum():
            break
    back = range(start - 1, max(-1, start - 4), -1) if participle else range(0)
    return any(lowers[k] in vessels for k in back)


@cache
def munition_items() -> frozenset[str]:
    """items.json ``munitions``, lower-cased: what is fired, not driven or flown (read here and by
    the slot rules' ``_munitions_only``)."""
    return frozenset(w.lower() for w in lexicon.items().get("munitions", []))


def _count_follows(doc: Doc, end: int, qualifier_words: frozenset[str]) -> bool:
    """A number within the three words after ``end``, the words before it those of the count's
    qualifiers ("has about 2,500 troops", "maintains some 1,500 soldiers", "has more than 900";
    never "had fired four missiles", whose number is the object of another verb)."""
    for k in range(end, min(end + 4, len(doc))):
        if doc[k].like_num:
            return True
        if doc[k].lower_ not in qualifier_words:
            return False
    return False


@cache
def _qualifier_words() -> frozenset[str]:
    """The words of the qualifiers that stand before a number (qualifiers.json ``before``)."""
    before = lexicon.qualifiers().get("before", {})
    return frozenset(w for phrases in before.values() for p in phrases for w in p.lower().split())


def _clause_words(data: dict[str, Any]) -> dict[str, Any]:
    """The words that shape clauses: adjectives of trigger nouns, asides after a comma (", led
    by"), companions after a comma (", alongside")."""
    return {"noun_adjectives": frozenset((data.get("noun_adjectives") or {}).get("words", [])),
            "agent_participles": frozenset((data.get("agent_participles") or {}).get("words", [])),
            "aside_openers": tuple(tuple(w.split()) for w in (data.get("aside_openers") or {}).get("words", [])),
            "comitatives": tuple(tuple(w.split()) for w in (data.get("comitatives") or {}).get("words", []))}


def _outcome_cues(data: dict[str, Any]) -> list[tuple[str, frozenset[str]]]:
    """The casualty outcomes and their cue words, each casualty verb among them with all its forms
    ("abduct": "abducting" too), so that no inflection reports no outcome."""
    casualties = data["types"]["casualties"]
    forms = {lemma.lower(): lexicon.trigger_forms(casualties, lemma) for lemma in casualties["verbs"]}
    # a cue in any form of a casualty verb ("beheaded") stands for all of them ("behead", "beheads")
    lemma_of = {form.lower(): lemma for lemma, fs in forms.items() for form in fs}
    out = []
    for outcome, cues in casualties["outcomes"].items():
        if outcome.startswith("_"):
            continue
        words = set(cues)
        for cue in cues:
            if cue.lower() in lemma_of:
                words.update(forms[lemma_of[cue.lower()]])
        out.append((outcome, frozenset(words)))
    return out


def _particle_forms(data: dict[str, Any], key: str = "need_particle") -> dict[str, frozenset[str]]:
    """Each form of a verb that counts only with a particle ("pull": "pulled back", never "pulled
    the bodies from the rubble") -> the particles it needs, from ``need_particle`` in triggers.json;
    with ``key="need_context"``, the words one of which must stand near it ("violated": "airspace")."""
    out: dict[str, frozenset[str]] = {}
    for spec in data["types"].values():
        for lemma, particles in spec.get(key, {}).items():
            if particles:
                for form in lexicon.trigger_forms(spec, lemma):
                    out[form.lower()] = frozenset(p.lower() for p in particles)
    return out


def find_triggers(doc: Doc, lex: TriggerLexicon) -> list[Trigger]:
    strings = doc.vocab.strings
    # the longest of overlapping matches wins; on a tie the later one, which holds the particle ("flown out")
    # on the same words, the type listed first in triggers.json ("captures": the attack before the
    # casualties; the other is read as an alternative), whatever order the matcher gives
    rank = lex.type_rank
    matches = sorted(((start, end, strings[mid]) for mid, start, end in lex.matcher(doc)),
                     key=lambda m: (m[0] - m[1], -m[0], rank.get(m[2].split("|", 1)[0], 0)))
    # one word may trigger several types ("captured": people taken, or a town seized); keep them all
    types_at: dict[tuple[int, int], list[str]] = {}
    for start, end, key in matches:
        types_at.setdefault((start, end), []).append(lex.info[key][0])
    taken = bytearray(len(doc))
    chosen = []
    for start, end, key in matches:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, key))
    out = []
    table = token_table(doc)
    lowers, n = table.lowers, len(doc)
    for start, end, key in sorted(chosen):
        etype, ambiguous, nominal, verbal = lex.info[key]
        text = table.text(start, end)
        first = doc[start]
        if first.is_title and not first.is_sent_start and start > 0 and not doc[start - 1].is_punct and end - start < 3:
            continue  # a capitalised word inside a sentence is a name ("Storm Shadow", "Operation Strike");
            # a title-case term of three words or more is the lexicon's ("a possible Foreign Military Sale")
        if end < n and table.words[end] in ("-", "–") and table.starts[end] == table.starts[end - 1] + len(table.words[end - 1]):
            continue  # part of a compound: "cross-border", "strike-capable"
        low = text.lower()
        placed = low in lex.place_verbs and _place_follows(doc, end, lex.place_verbs[low])
        if _blocked(lex, low, start, end, lowers) or (
                low in lex.count_verbs and not placed and not _count_follows(doc, end, _qualifier_words())) or (
                low in lex.place_verbs and low not in lex.count_verbs and not placed) or (
                low in lex.munition_verbs and not _munitions_before(doc, start)) or (
                low in lex.vessel_verbs and not _vessel_beside(lowers, start, end, low in lex.vessel_participles, lex.vessels)):
            continue
        alternatives = tuple(t for t in types_at.get((start, end), ()) if t != lex.info[key][0])
        # "three assaults" counts the noun; "on July 30 killed" is a date before a verb
        counted = start > 0 and doc[start - 1].like_num and not (start > 1 and lowers[start - 2].rstrip(".") in lexicon.calendar_names()[0])
        relative = start > 0 and lowers[start - 1] in RELATIVE and low.endswith("ed")
        after_determiner = not relative and _after_determiner(doc, start)
        noun_too = low.endswith("ing") or nominal or low in lex.noun_forms
        if verbal and not relative and (after_determiner or counted) and noun_too:
            # "the killing of", "a one-day exercise", "three assaults": a noun here ("that killed": a verb)
            verbal, nominal = False, True
        elif verbal and after_determiner and not noun_too:
            continue  # "targeted the ship", "a supply convoy": a verb of the lexicon used as a noun
        elif _noun_after_adjective(lex, low, start, end, table.words):
            continue  # "a military bus", "a terrorist gathering", "the container ship Kestrel Bay": a noun
        out.append(Trigger(etype, start, end, text, ambiguous, nominal, alternatives, verbal))
    return out


@dataclass
class DocView:
    """Per-document values the frame rules read, built once with numpy and kept as Python lists:
    token lookups through ``doc[i]`` cost more than all the rules together, and the rules read
    short slices, where a list is cheaper than an array."""

    lower: list[int]  # LOWER hashes
    breaks: list[bool]  # tokens that end a clause (outside tags)
    content: list[bool]  # neither space nor punctuation
    modes: list[tuple[int, str]]
    has_parse: bool = False
    # ``lower`` with the tokens of dates blanked: the month "May" is never the modal "may"
    modal: list[int] | None = None


def doc_view(doc: Doc, lex: TriggerLexicon, taken: bytearray, dated: bytearray | None = None,
             placed: bytearray | None = None) -> DocView:
    """The document's view: LOWER hashes from its token table, clause breaks and content words
    from the ORTH hashes and the punctuation and space flags."""
    table = token_table(doc)
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    strings = doc.vocab.strings
    break_hashes = {strings.add(b) for b in _CLAUSE_BREAKS}
    hard = np.array([o in break_hashes for o in table.orths], dtype=bool)
    comma = np.array(table.orths, dtype=np.uint64) == strings.add(",")
    tagged = np.frombuffer(bytes(taken), dtype=np.uint8).astype(bool) if len(taken) else np.zeros(0, dtype=bool)
    # a comma between two tags of a list ("Kursk, Belgorod and Bryansk") does not end a clause
    list_comma = np.zeros(len(doc), dtype=bool)
    if len(doc) > 2:
        list_comma[1:-1] = tagged[:-2] & tagged[2:]
    breaks = (hard | (comma & ~list_comma)) & ~tagged
    if placed is not None and any(placed):
        _addresses(table.words, placed, breaks)
    _brackets(table, tagged, breaks)
    _appositions(table.words, breaks)
    _agent_phrases(table.lowers, breaks, lex.agent_participles)
    _asides(table.lowers, breaks, lex.aside_openers)
    _companions(table.lowers, breaks, lex.comitatives)
    content = (flags[:, 0] == 0) & (flags[:, 1] == 0)
    # a mode word inside a compound ("an anti-ship missile", "surface-to-air") says nothing of the movement
    modes = sorted((start, strings[mid]) for mid, start, _ in lex.mode_matcher(doc)
                   if not (start > 0 and table.words[start - 1] in ("-", "‑")))
    lower = table.lower_hashes
    modal = [0 if d else h for h, d in zip(lower, dated, strict=True)] if dated is not None and any(dated) else lower
    return DocView(lower, breaks.tolist(), content.tolist(), modes, doc.has_annotation("DEP"), modal)


def _addresses(words: list[str], placed: bytearray, breaks: np.ndarray) -> None:
    """The comma that closes a place's address ("from Fort Carson, Colorado, to Poland", d24): a
    place, a comma, a place, then this comma (``placed`` marks the places); the clause runs on."""
    for k in range(3, len(words)):
        if words[k] != "," or not placed[k - 1] or not breaks[k]:
            continue
        r = k - 1
        while r > 0 and placed[r - 1]:
            r -= 1
        if r >= 2 and words[r - 1] == "," and placed[r - 2]:
            breaks[k] = False


def _brackets(table: Any, tagged: np.ndarray, breaks: np.ndarray) -> None:
    """Brackets that end no clause, found in one pass: around nothing but a tag ("the African
    Union Transition Mission in Somalia (ATMIS) arrived"), around an acronym right after a name
    ("the Military Demarcation Line (MDL) in"; not "Cotonou (AFP)"), or glued to the word before
    and closed within three words ("No. 3(F) Squadron arrived"): an acronym, a place's district or
    part of a name, not an aside."""
    words = table.words
    n = len(words)
    for k, w in enumerate(words):
        if w == ")" and k > 0 and "(" in words[k - 1] and ")" not in words[k - 1]:
            breaks[k] = False  # the tokenizer keeps "3(F" together and splits the ")" off
        if w != "(":
            continue
        close = next((j for j in range(k + 2, min(k + 6, n)) if words[j] == ")"), None)
        if close is None:
            continue
        acronym = close == k + 2 and k > 1 and tagged[k - 1] and tagged[k - 2] and words[k + 1].isupper() \
            and words[k + 1].isalpha()
        glued = close < k + 4 and k > 0 and not table.spaced(k - 1)
        if bool(tagged[k + 1 : close].all()) or acronym or glued:
            breaks[k] = breaks[close] = False


def _appositions(words: list[str], breaks: np.ndarray) -> None:
    """"deployed a second destroyer, INS Kolkata, to the Gulf of Aden": a name of one to four
    capitalised words between two commas, right after a lower-case noun, is an apposition; its
    commas end no clause."""
    for k in (k for k, w in enumerate(words) if w == "," and k > 0 and words[k - 1].isalpha() and words[k - 1].islower()):
        close = next((j for j in range(k + 2, min(k + 6, len(words))) if words[j] == ","), None)
        if close is not None and all(w[:1].isupper() or w in ("-", "'s") for w in words[k + 1 : close]):
            breaks[k] = breaks[close] = False


def _agent_phrases(lowers: list[str], breaks: np.ndarray, participles: frozenset[str]) -> None:
    """"Some 150 soldiers, led by Col. Aldana, landed at the airport": a participle and "by"
    right after a comma, with a second comma within ten words, say who leads or helps the
    subject; the commas of that aside end no clause."""
    for k in (k for k, w in enumerate(lowers[:-2]) if w == "," and lowers[k + 1] in participles and lowers[k + 2] == "by"):
        close = next((j for j in range(k + 3, min(k + 13, len(lowers))) if lowers[j] == ","), None)
        while close is not None:
            breaks[k] = breaks[close] = False
            # ", led by Milan Radoicic, vice-president of the Srpska Lista party, ambushed": the
            # leader's own apposition ("<job> of ...") belongs to the aside too
            k, close = close, None
            if "of" in lowers[k + 2 : k + 5] and lowers[k + 1][:1].isalpha():
                close = next((j for j in range(k + 3, min(k + 13, len(lowers))) if lowers[j] == ","), None)


def _asides(lowers: list[str], breaks: np.ndarray, openers: tuple[tuple[str, ...], ...]) -> None:
    """"350 soldiers, under the command of Colonel Villacis, were deployed": an aside opened by one
    of triggers.json's ``aside_openers`` right after a comma and closed by the next comma within
    twelve words; its commas end no clause."""
    for k in (k for k, w in enumerate(lowers) if w == ","):
        opener = next((o for o in openers if tuple(lowers[k + 1 : k + 1 + len(o)]) == o), None)
        if opener is None:
            continue
        first = k + 1 + len(opener)
        close = next((j for j in range(first, min(first + 12, len(lowers))) if lowers[j] == ","), None)
        if close is not None:
            breaks[k] = breaks[close] = False


def _companions(lowers: list[str], breaks: np.ndarray, comitatives: tuple[tuple[str, ...], ...]) -> None:
    """"Six jets arrived at Malbork, alongside around 170 personnel": the comma before a word of
    company (``comitatives``) ends no clause."""
    for k in (k for k, w in enumerate(lowers) if w == "," and breaks[k]):
        if any(tuple(lowers[k + 1 : k + 1 + len(c)]) == c for c in comitatives):
            breaks[k] = False


def clause_bounds(view: DocView, sent: Span, trigger: Trigger) -> tuple[int, int]:
    """Token range of the clause around the trigger: cut at semicolons, colons, dashes, brackets and
    commas that are not inside tags or between the items of a list."""
    breaks = view.breaks
    left = next((k + 1 for k in range(trigger.start - 1, sent.start - 1, -1) if breaks[k]), sent.start)
    first = trigger.end
    if first < sent.end and breaks[first] and sent.doc[first].text == ":":
        first += 1  # "Fatalities: 3", "Killed: 5": a label and its value are one clause
    right = next((k for k in range(first, sent.end) if breaks[k]), sent.end)
    return left, right


def first_word(view: DocView, sent: Span) -> int:
    """Lower-case hash of the first word of the sentence (0 when there is none)."""
    content = view.content
    return next((view.lower[k] for k in range(sent.start, sent.end) if content[k]), 0)


def _is_question(sent: Span) -> bool:
    """Whether the sentence's last word or mark is a question mark."""
    words = token_table(sent.doc).words[sent.start : sent.end]
    return next((w for w in reversed(words) if not w.isspace()), "") == "?"


_TO_HASH = get_string_id("to")


def hedged(view: DocView, start: int, trigger: Trigger, lex: TriggerLexicon, sent: Span) -> bool:
    """Modal or conditional words before the trigger in its clause, a conditional sentence, or a
    question ("Have Belarusian troops moved toward the border?")."""
    if first_word(view, sent) in lex.conditional_hashes or _is_question(sent):
        return True
    window = (view.modal if view.modal is not None else view.lower)[start : trigger.start]
    present = set(window)
    hedges = lex.hedge_hashes & present
    if hedges and not (hedges <= lex.term_hedge_hashes and not lex.approval_hashes.isdisjoint(present)):
        return True  # ... but "approved a possible sale" is an approval made (approved_terms)
    if window and window[-1] == _TO_HASH and not lex.request_hashes.isdisjoint(present):
        return True  # "called on Ankara to withdraw its troops": a demand
    for phrase in lex.hedge_phrase_hashes:
        if phrase[0] not in present:
            continue
        n = len(phrase)
        for i, w in enumerate(window):
            if w == phrase[0] and tuple(window[i : i + n]) == phrase:
                return True
    return False


def negated(view: DocView, start: int, trigger: Trigger, lex: TriggerLexicon) -> bool:
    """A negation before the trigger in its clause ("did not attack"), or an event that stops
    ("agreed to halt its strikes", "suspended attacks on convoys", "to stop selling fuel")."""
    if not lex.negation_hashes.isdisjoint(view.lower[max(start, trigger.start - 6) : trigger.start]):
        return True
    return not lex.cessation_hashes.isdisjoint(view.lower[max(start, trigger.start - 3) : trigger.start])
