"""The resolver component: tags in, ``Doc._.events`` out.

It reads only the spans the taggers left (and the parse, when the base pipeline has one) and
the trigger vocabulary of ``lexicon/triggers.json``; it never re-reads raw text.  Events are
plain dicts on the ``Doc`` so that ``nlp.pipe(n_process=...)`` can ship them between processes;
``conflict_ie.models`` validates them at the edge.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lexicon
from ..components.base import (
    GROUP_KEY,
    NATIONAL_KEY,
    REF_KEY,
    SPAN_KEY,
    doc_text,
    sentence_starts,
    tags_of,
    token_table,
)
from .context import (
    Context,
    casualties_of_strikes,
    link_contradictions,
    merge_elaborations,
    merge_in_sentence,
    share_with_casualties,
)
from .frames import (
    PASSIVE_AUX,
    RELATIVE,
    Frame,
    build_lexicon,
    clause_bounds,
    doc_view,
    find_triggers,
    first_word,
    hedged,
    negated,
    outcome_of,
)
from .slots import (
    SUBSET_TAILS,
    fill,
    implicit_counts,
    item_class,
    narrower_inside,
    platform_count,
    region_words,
    unit_after,
    without_speakers_places,
)
from .sources import SourceReader
from .summary import summarize

_AUX_WORDS = PASSIVE_AUX | {"is", "are", "being"}


@cache
def _participle_openers() -> frozenset[str]:
    return frozenset(lexicon.triggers().get("participle_openers", []))


def _opens_noun_phrase(doc: Doc, k: int) -> bool:
    """Whether a participle at ``k`` begins or continues a noun phrase ("the wounded soldiers",
    "hundreds of trained soldiers", "newly mobilised reservists"): nothing before it, a
    punctuation mark, a number or a word of ``participle_openers``; after its subject ("Gunmen
    attacked soldiers") it is the verb."""
    if k == 0:
        return True
    prev = doc[k - 1]
    return prev.is_punct or prev.like_num or prev.is_space or prev.lower_ in _participle_openers()


_PERFECT_AUX = frozenset({"has", "have", "had", "been"})


def _after_auxiliary(doc: Doc, start: int) -> bool:
    """An auxiliary before the participle, across adverbs ("had also deployed troops", "has now
    sent soldiers", d90): a verb with its object, not a participle describing the force."""
    lowers = token_table(doc).lowers
    k = start - 1
    while k >= 0 and start - k <= 3 and (lowers[k] in _AUX_ADVERBS or lowers[k].endswith("ly")):
        k -= 1
    return k >= 0 and lowers[k] in _PERFECT_AUX


_AUX_ADVERBS = frozenset({"also", "already", "now", "since", "just", "still", "again", "then", "not", "never", "reportedly"})


def _background(doc: Doc, trig: Any, sent_triggers: list[Any]) -> bool:
    """"A woman who was injured in Monday's strike died on Wednesday": a casualty verb in a
    relative clause tells how the person came to the main verb's fate; that later verb is the
    event (the sentence asserts the death, and the wounding only as background)."""
    if trig.type != "casualties" or not any(o.type == "casualties" and o.start > trig.end for o in sent_triggers):
        return False
    lowers = token_table(doc).lowers
    k = trig.start - 1
    while k >= 0 and lowers[k] in _AUX_WORDS and trig.start - k <= 3:
        k -= 1
    return k >= 0 and lowers[k] in RELATIVE


def _subject_before_aside(sent: Span, sent_tags: list[Span], clause: tuple[int, int], trig: Any,
                          others: tuple[Any, ...]) -> Span | None:
    """The count that opens the sentence when an aside between commas stands between it and the
    clause of the verb ("About 3,800 soldiers from the 2nd Armored Brigade Combat Team, 3rd Infantry
    Division, have begun arriving", d245; "Some 500 troops of the 82nd Airborne Division, based at
    Fort Bragg, arrived"; for a strike, arms: "371 drones ..., mostly FPVs, attacked", d244): a count
    of people or platforms within the sentence's first three tokens, no verb of another trigger
    before this one ("Two soldiers ... were wounded and brought to a hospital": the count is the
    wounded's), and a comma right before the clause."""
    doc = sent.doc
    if clause[0] <= sent.start or doc[clause[0] - 1].text != "," or any(o.verbal and o.end <= trig.start for o in others):
        return None
    # the sentence's head: after a speaker's colon or a line break ("The Minister (Helen Carrow): Two
    # Royal Navy warships, the destroyer HMS Diamond and ..., are deployed to the Red Sea", d203)
    head = max([k + 1 for k in range(sent.start, clause[0]) if doc[k].text.endswith(":") or doc[k].is_space], default=sent.start)
    first = next((t for t in sent_tags if t.label_ == "QUANTITY" and head <= t.start < clause[0]), None)
    if first is None or first.start > head + 2:
        return None
    cls = item_class(first._.norm or {})
    if trig.type == "attack":  # "371 drones of various modifications, mostly FPVs, attacked Huliaipole" (d244)
        return first if cls == "materiel" else None
    return first if cls == "personnel" or platform_count(first) else None


@cache
def _route_words() -> frozenset[str]:
    """The first words of places.json ``route_nouns`` ("road", "highway", "supply" of "supply route")."""
    return frozenset(w.split()[0].lower() for w in lexicon.places_rules().get("route_nouns", []))


_DASHES = frozenset({"-", "–"})


def _road_end(tag: Span) -> bool:
    """A town named as one end of a road ("the Monywa-Pale road", "the Kherson–Mykolaiv highway"):
    what happens on the road happens between the towns, at neither (d250, d198, d162), so the
    resolver never takes it for an event's place."""
    if tag.label_ != "LOCATION":
        return False
    table = token_table(tag.doc)
    words, lowers, n = table.words, table.lowers, len(table.words)
    if tag.start >= 2 and words[tag.start - 1] in _DASHES and words[tag.start - 2][:1].isupper():
        return tag.end < n and lowers[tag.end] in _route_words()  # the second town
    k = tag.end + 1
    if tag.end >= n or words[tag.end] not in _DASHES or k >= n or not words[k][:1].isupper():
        return False
    while k < min(n, tag.end + 4) and words[k][:1].isupper():
        k += 1  # the second town's name ("the Bor-Pibor road", "the Geneina-Adre Crossing road")
    return k < n and lowers[k] in _route_words()


_RELATIVE_SUBJECTS = frozenset({"which", "who"})
# verbs of aspect before the trigger that keep the unit before the comma its subject ("the 3rd Armored
# Brigade Combat Team, 4th Infantry Division, began deploying from Fort Carson", d24)
_ASPECT_VERBS = frozenset({"began", "begun", "begin", "begins", "started", "start", "starts", "continued",
                           "continue", "continues", "finished", "completed", "to", "has", "have", "had", "also"})


def _unit_before_aside(doc: Doc, sent_tags: list[Span], clause: tuple[int, int]) -> list[Span]:
    """The force before a relative aside that the clause's verb goes on from ("Russian fighters of
    the Africa Corps, which replaced the Wagner group in June, were flown by helicopter to Diéma",
    d73): the unit right before ", which"/", who" of the aside that ends at the clause's comma."""
    k = clause[0] - 1
    if k < 1 or doc[k].text != ",":
        return []
    opener = next((j for j in range(k - 1, max(k - 16, 0), -1) if doc[j].text == ","), None)
    if opener is None or opener + 1 >= k or doc[opener + 1].lower_ not in _RELATIVE_SUBJECTS:
        return []
    return [t for t in sent_tags if t.label_ == "MIL_UNIT" and t.end == opener]


_PARTICIPLE_PREPS = frozenset({"in", "by", "during", "at", "near", "on", "when", "while"})


def _what_befell(doc: Doc, sent_triggers: list[Any], lex: Any) -> dict[int, Any]:
    """"the man wounded in the KAB strike has died", "Two civilians wounded in the shelling later
    died" (d244, d28): a wounding participle right after the people it describes, no auxiliary
    before it and a preposition after it, names them; a later verb of death tells what befell them.
    By the id of the participle, that verb, whose outcome the participle's count takes (the verb is
    dropped: its subject is the participle's)."""
    out: dict[int, Any] = {}
    for trig in sent_triggers:
        if trig.type != "casualties" or trig.end - trig.start != 1 or not trig.text.lower().endswith("ed"):
            continue
        prev = doc[trig.start - 1] if trig.start > 0 else None
        if prev is None or not prev.is_alpha or prev.lower_ in PASSIVE_AUX or prev.lower_ in ("and", "or", "been", "be"):
            continue
        if trig.end + 1 >= len(doc) or doc[trig.end].lower_ not in _PARTICIPLE_PREPS or doc[trig.end + 1].lower_ in ("least", "most"):
            continue  # "mortar fire killed a soldier", "killed at least 12": a verb with its object, no participle
        if outcome_of(trig.text, lex) != "wounded":
            continue  # "Nine people detained at Diafarabé ... remain missing" tells both (d25)
        later = next((o for o in sent_triggers if o.type == "casualties" and o.start > trig.end and o.verbal
                      and outcome_of(o.text, lex) == "killed"), None)
        if later is not None:
            out[id(trig)] = later
    return out


_NOT_FIRE = r"(?![-\w])(?!\s+(?:of\s+)?(?:fire|gunfire|shots|artillery)\b)"


def _exchange_rules(data: dict[str, Any]) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """triggers.json ``exchanges`` as (pattern of cues, event types they drop): the cues as whole
    words, never before "fire" ("an exchange of fire", "exchanged fire" are fighting)."""
    rules = []
    for cues, types in ((data.get("cues", []), data.get("types", [])), (data.get("remains", []), data.get("remains_types", []))):
        if cues and types:
            words = "|".join(re.escape(c.lower()) for c in sorted(cues, key=len, reverse=True))
            rules.append((re.compile(rf"(?<![-\w])(?:{words}){_NOT_FIRE}"), frozenset(types)))
    return rules


def _exchanged(text: str, triggers: list[Any], rules: list[tuple[re.Pattern[str], frozenset[str]]]) -> list[Any]:
    """Drop the movements of a sentence that tells a prisoner exchange or a repatriation ("Ukraine
    has returned home 246 defenders in another prisoner exchange", "the bodies of 24 Russian
    servicemen were handed over to Russia", d253): people brought home are no force moving,
    bodies handed back no arms; captures and strikes told beside them stay.  ``text`` is the
    sentence's, lower-cased."""
    if not rules or not any(t.type in ("deployment", "withdrawal", "supply") for t in triggers):
        return triggers
    dropped = frozenset().union(*(types for pattern, types in rules if pattern.search(text)))
    return [t for t in triggers if t.type not in dropped]


def _conflict_triggers(sent: Span, triggers: list[Any], cues: dict[str, frozenset[str]]) -> list[Any]:
    """Drop the strikes and deaths of other news (triggers.json ``not_conflict``): a sentence
    about a match ("Torino's attack scored three goals") has none; one about an accident or a
    disaster ("a bus collided with a truck, killing 12") has no deaths of war, unless a strike, a
    weapon or armed men are told in it too."""
    words = set(token_table(sent.doc).lowers[sent.start : sent.end])
    if not cues.get("sport", frozenset()).isdisjoint(words):
        return [t for t in triggers if t.type not in ("attack", "casualties")]
    if not cues.get("accident", frozenset()).isdisjoint(words) and cues.get("weapons", frozenset()).isdisjoint(words) \
            and not any(t.type == "attack" and t.verbal for t in triggers):
        return [t for t in triggers if t.type != "casualties"]  # but "a drone crashed into a block, killing two"
    return triggers


@cache
def _attack_killings() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.triggers()["types"]["casualties"].get("implies_attack", []))


def _killings_are_attacks(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"gunmen shot dead three members of a family": with no strike in the sentence, a killing told
    by how it was done is an attack too, in the killing's place and time (triggers.json
    ``implies_attack``)."""
    if any(ev["type"] == "attack" for ev in events):
        return events
    killings = [ev for ev in events if ev["type"] == "casualties" and (ev.get("trigger") or "").lower() in _attack_killings()]
    if not killings:
        return events
    ev = killings[0]
    keep = ("actor", "location", "time", "source", "modality", "_sent", "start", "end", "trigger", "origin", "mode")
    attack = {**{k: ev.get(k) for k in keep}, "type": "attack", "quantity": None, "recipient": ev.get("recipient")}
    if attack["location"] is None:
        attack["location"] = next((e.get("location") for e in events if e.get("location")), None)
    # "armed men entered the village and shot dead a man": the entry is the raid, no deployment
    return [attack, *(e for e in events if not (e["type"] == "deployment" and e.get("quantity") is None))]


def _refers_back(doc: Doc, trig: Any, words: dict[str, frozenset[str]]) -> bool:
    """"moved its brigade to the sector after the attack": a strike named again after a word of
    time and a determiner, with nothing after it that makes it a new one ("after the attack on
    Kidal"), or one a superlative follows ("The raid was the deadliest ...") (triggers.json
    ``refers_back``)."""
    if trig.type not in ("attack", "casualties") or trig.start < 1 or trig.end - trig.start > 1:
        return False  # a determiner or a superlative before the word makes it a noun, whatever its forms
    lowers = token_table(doc).lowers
    before = (lowers[trig.start - 2] if trig.start > 1 else ""), lowers[trig.start - 1]
    determiners = words.get("determiners", frozenset())
    if before[1] in determiners and lowers[trig.end : trig.end + 2] in (["was", "the"], ["is", "the"], ["were", "the"]) \
            and trig.end + 2 < len(lowers) and lowers[trig.end + 2] in words.get("superlatives", ()):
        return True  # "The raid was the deadliest on Chadian forces since March 2020": told before
    if before[1] in determiners and trig.end < len(lowers) and lowers[trig.end] in words.get("aftermath", ()):
        return True  # "the attack showed Moscow was mocking peace efforts": what came of one told before
    if not (before[1] in determiners and before[0] in words.get("openers", ())) \
            and not (before[1] in words.get("superlatives", ()) and before[0] in determiners) \
            and not _condemned(lowers, trig.start, words):
        return False  # "after the attack"; "in the deadliest attack ever suffered by the army"
    return trig.end >= len(lowers) or lowers[trig.end] not in words.get("continuations", ())


def _condemned(lowers: list[str], start: int, words: dict[str, frozenset[str]]) -> bool:
    """"condemned the strikes", "denounced the horrific cross-border raids": a strike a reaction
    verb takes as its object, a determiner and at most four words of description between."""
    determiners = words.get("determiners", frozenset())
    for k in range(start - 1, max(start - 7, 0), -1):
        if lowers[k] in determiners:
            return lowers[k - 1] in words.get("reactions", ()) or (
                k > 1 and lowers[k - 1] in ("strongly", "firmly") and lowers[k - 2] in words.get("reactions", ()))
        if not lowers[k][:1].isalpha() and lowers[k] != "-":
            return False
    return False


_DATELINE_ENDS = (")", "-", "–", "—", "(", ":")  # "NEW DELHI, May 11:" in South Asian papers


def _dateline(doc: Doc, tag: Span) -> bool:
    """A date in a dateline ("(Nairobi, 27 March 2025) –", "KYIV, March 4 (Reuters) -") dates the
    report, not its events: only a place, commas and an opening bracket stand between the line's
    start and the date, and a bracket or a dash follows it.  The tag stays; no event takes it."""
    if tag.label_ != "DATE_RANGE":
        return False
    table = token_table(doc)
    words, line = table.words, table.full.rfind("\n", 0, tag.start_char) + 1
    k = tag.start
    while k > 0 and table.starts[k - 1] >= line and k > tag.start - 6:
        w = words[k - 1]
        if not (w in ("(", ",") or w[:1].isupper()):
            return False
        k -= 1
    if k == tag.start or (k > 0 and table.starts[k - 1] >= line) or words[tag.start - 1] != ",":
        return False  # a dateline puts a comma between its place and its date ("Around 12 March (month of)" is none)
    after = words[tag.end : tag.end + 4]
    return bool(after) and (after[0] in _DATELINE_ENDS or (after[0] == "(" and ")" in after))


def _heading(state: _DocState, tag: Span) -> bool:
    """Whether a place or state tag is a heading of its own: alone on its line, at the start of
    the text or after a blank line ("\n\nMyanmar\nUnchanged. ...")."""
    if tag.label_ not in ("LOCATION", "ACTOR") or not state.newlines:
        return False
    text = doc_text(tag.doc)
    line_start = text.rfind("\n", 0, tag.start_char) + 1
    line_end = text.find("\n", tag.end_char)
    if line_end < 0 or text[line_start:line_end].strip() != tag.text:
        return False
    return line_start == 0 or text[max(0, line_start - 2) : line_start] == "\n\n" or not text[:line_start].strip()


def _names_who_withdraw(trig: Any, sent_triggers: list[Any]) -> bool:
    """"The previous rotation of 80 personnel ... returned home", "ended their rotation at Siauliai
    and flew back": a noun of deployment a few words before a verb of withdrawal names the force
    that goes, not a second movement."""
    return trig.type == "deployment" and not trig.verbal and any(
        o.type == "withdrawal" and o.verbal and 0 < o.start - trig.end <= _WITHDRAW_REACH for o in sent_triggers)


_WITHDRAW_REACH = 15  # tokens from the noun to the verb, about a subject's length


def _same_happening(trig: Any, other: Any) -> bool:
    """A trigger between the dead and a date that still dates them: another outcome of the same
    toll ("15 were killed and 40 wounded ... on Saturday") or the strike named as a noun ("in a
    suicide bombing at a market on Saturday")."""
    nominal = not other.verbal or other.text.lower().endswith("ing")  # "killed in a suicide bombing", "in shelling"
    if trig.type == "attack" and other.type == "attack" and not trig.verbal and trig.start < other.start:
        return True  # "Airstrikes by the SAF hit villages ... last week": the strike and its own verb
    return trig.type == "casualties" and (other.type == "casualties" or (other.type == "attack" and nominal))


@cache
def _breakdown_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The openers (as token tuples) and the stops of a list of groups (triggers.json)."""
    casualties = lexicon.triggers()["types"]["casualties"]
    return (tuple(tuple(o.split()) for o in casualties.get("breakdown_openers", [])),
            frozenset(casualties.get("breakdown_stops", [])))


def breakdown(doc: Doc, tags: list[Span], total: Span, stop: int) -> list[Span]:
    """The counts of the groups a total is broken into, right after it or after a short phrase
    ("29 people (8 civilians, 12 soldiers and 9 gunmen)", "14 people in the past 24 hours,
    including 3 civilians, 5 soldiers and 6 gunmen"): one casualties event each (RECORDS.md: one
    per outcome and per group).  None when another count stands between the total and the list."""
    lowers = token_table(doc).lowers
    openers, stops = _breakdown_words()
    for k in range(total.end, min(stop, total.end + 9)):
        opener = next((o for o in openers if tuple(lowers[k : k + len(o)]) == o), None)
        if opener is not None:
            j = k + len(opener)
            end = next((i for i in range(j, stop) if lowers[i] in stops), stop)
            parts = [t for t in tags if t.label_ == "QUANTITY" and j <= t.start and t.end <= end
                     and tuple(lowers[t.end : t.end + 2]) not in SUBSET_TAILS]  # "six of them women"
            # a partition of the total, not a subset ("18 people, including five children" is one toll)
            values: list[float] = [v for t in parts if (v := (t._.norm or {}).get("value")) is not None]
            whole = (total._.norm or {}).get("value")
            return parts if len(parts) > 1 and len(values) == len(parts) and sum(values) == whole else []
        if any(t.label_ == "QUANTITY" and t.start == k for t in tags):
            return []
    return []


def _fits(events: list[dict[str, Any]]) -> bool:
    """Whether events count what their type is about: people for casualties, objectives or arms
    for attacks."""
    for ev in events:
        q = ev.get("quantity")
        if not q:
            continue
        cls = item_class(q)
        if ev["type"] == "casualties" and cls in ("personnel", "civilians", None):
            return True
        if ev["type"] == "attack" and cls in ("objectives", "materiel"):
            return True
    return False


@dataclass
class _Masks:
    """Token masks of one document's tags: what the trigger selection and the clause rules read."""

    taken: bytearray
    blocking: bytearray
    in_quantity: bytearray
    dated: bytearray
    quantity_heads: set[int]
    placed: bytearray  # LOCATION tags: "from Fort Carson, Colorado, to Poland" (``frames.doc_view``)

    @classmethod
    def of(cls, doc: Doc, tags: list[Span]) -> _Masks:
        n = len(doc)
        m = cls(bytearray(n), bytearray(n), bytearray(n), bytearray(n), set(), bytearray(n))
        for tag in tags:
            ones = b"\x01" * (tag.end - tag.start)
            m.taken[tag.start : tag.end] = ones
            if tag.label_ == "LOCATION":
                m.placed[tag.start : tag.end] = ones
            if tag.label_ == "DATE_RANGE":
                m.dated[tag.start : tag.end] = ones  # and an adverb of time inside a trigger ("are currently stationed") blocks nothing
            elif tag.label_ == "QUANTITY":
                m.in_quantity[tag.start : tag.end] = ones
                m.quantity_heads.add(tag.end - 1)
            else:
                m.blocking[tag.start : tag.end] = ones
        m.mark_items_past_units(doc, tags)
        return m

    def in_date(self, trig: Any) -> bool:
        """"since the first raid on March 3": a trigger inside a date names the time, not an event
        (a date inside a trigger, "are currently stationed", blocks nothing)."""
        start, end = int(trig.start), int(trig.end)
        return start > 0 and all(self.dated[start - 1 : end])

    def mark_items_past_units(self, doc: Doc, tags: list[Span]) -> None:
        """"two Cambodian military targets": a count whose span stops before the unit owning what
        it counts; the counted noun after the unit is inside the count ("targets" is no verb)."""
        units = {t.start: t for t in tags if t.label_ == "MIL_UNIT"}
        for tag in tags:
            unit = units.get(tag.end) if tag.label_ == "QUANTITY" else None
            head = ((tag._.norm or {}).get("item") or "").rsplit(" ", 1)[-1].lower()
            if unit is None or not head:
                continue
            ends = [k + 1 for k in range(unit.end, min(unit.end + 3, len(doc))) if doc[k].lower_.startswith(head)]
            if ends:
                self.in_quantity[unit.end : ends[0]] = b"\x01" * (ends[0] - unit.end)


@dataclass
class _DocState:
    """Everything the resolver knows about the document it is reading (never kept on ``self``)."""

    doc: Doc
    tags: list[Span]
    refs: list[Span]
    masks: _Masks
    bounds: list[int]
    refs_by_sent: dict[int, list[Span]]
    nationals_by_sent: dict[int, list[Span]]
    view: Any
    ctx: Context
    newlines: list[int]  # character offsets of line breaks: paragraphs, for lead dates
    paragraphs: list[int]  # the paragraph of each line: a header line belongs to the line after it
    groups_by_sent: dict[int, list[Span]]  # group names on things ("Houthi drones")

    def paragraph(self, char: int) -> int:
        """The paragraph of the line holding character ``char``."""
        return self.paragraphs[bisect_right(self.newlines, char)] if self.newlines else 0


_NEWLINE = re.compile("\n")
_LINE_ENDS = ('.', '!', '?', '"', '”', '’', ')', ';')


def _paragraph_ids(text: str) -> list[int]:
    """The paragraph of each line.  A line that ends with no full stop (a header such as
    "ISY0089 | 25 March 2025 | Koya, Daraa governorate, Syria") opens the paragraph of the line
    after it, whose events it dates; every other line is a paragraph of its own."""
    ids: list[int] = []
    previous = ""
    for line in text.split("\n"):
        if ids and not (previous and not previous.endswith(_LINE_ENDS) and line.strip()):
            ids.append(ids[-1] + 1)
        else:
            ids.append(ids[-1] if ids else 0)
        previous = line.strip()
    return ids


def _by_sentence(spans: list[Span], bounds: list[int]) -> dict[int, list[Span]]:
    out: dict[int, list[Span]] = {}
    for span in spans:
        out.setdefault(bisect_right(bounds, span.start) - 1, []).append(span)
    return out


class Resolver:
    def __init__(self, nlp: Language, name: str, extra: dict[str, Any] | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.extra = extra or {}
        self.lex = build_lexicon(nlp, self.extra)
        self._hash_lexicon()
        self.list_openers = frozenset(lexicon.triggers()["types"]["supply"].get("list_openers", []))
        self.retraction_cues = re.compile("|".join(re.escape(c) for c in self.lex.retractions) or "(?!)")
        self.report_retraction_cues = re.compile("|".join(re.escape(c) for c in self.lex.report_retractions) or "(?!)")
        self.exchanges = _exchange_rules(lexicon.triggers().get("exchanges") or {})

    def _hash_lexicon(self) -> None:
        data = {**lexicon.triggers()["sources"], **self.extra.get("sources", {})}
        self.sources = SourceReader(self.nlp.vocab.strings, data, self.lex.source_before, set(self.lex.speech_verbs))

    # spaCy serialisation: the vocabulary is shipped with the package; only extras are saved
    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        import json

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "triggers.json").write_text(json.dumps(self.extra, sort_keys=True), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> Resolver:
        import json

        file = Path(path) / "triggers.json"
        if file.exists():
            self.extra = json.loads(file.read_text(encoding="utf-8"))
            self.lex = build_lexicon(self.nlp, self.extra)
            self._hash_lexicon()
        return self

    # ------------------------------------------------------------------ main: select -> collect -> fill -> link
    def __call__(self, doc: Doc) -> Doc:
        """Events of the document.  All per-document state lives in a ``_DocState`` made here,
        never on ``self``: one resolver serves many threads."""
        triggers = find_triggers(doc, self.lex)
        if not triggers:
            doc._.events = []
            return doc
        state = self._prepare(doc)
        events: list[dict[str, Any]] = []
        tag_index = 0
        for s_no, sent_triggers in sorted(self._select(state, triggers).items()):
            sent = doc[state.bounds[s_no] : state.bounds[s_no + 1]]
            sent_tags, tag_index = self._sentence_tags(state, sent, tag_index)
            events.extend(self._sentence_events(state, s_no, sent, sent_tags, sent_triggers))
        doc._.events = self._link(events, doc)
        return doc

    def _prepare(self, doc: Doc) -> _DocState:
        tags = sorted((t for t in tags_of(doc, SPAN_KEY) if not _dateline(doc, t)), key=lambda s: (s.start, s.end))
        refs, nationals, groups = tags_of(doc, REF_KEY), tags_of(doc, NATIONAL_KEY), tags_of(doc, GROUP_KEY)
        masks = _Masks.of(doc, tags)
        bounds = sentence_starts(doc)
        # anaphors and demonyms by sentence: a frame only ever looks inside its own clause, and
        # scanning the whole document's lists for every trigger made huge documents quadratic
        text = doc_text(doc)
        newlines = [m.start() for m in _NEWLINE.finditer(text)] if "\n" in text else []
        paragraphs = _paragraph_ids(text) if newlines else [0]
        return _DocState(doc, tags, refs, masks, bounds, _by_sentence(refs, bounds), _by_sentence(nationals, bounds),
                         doc_view(doc, self.lex, masks.taken, masks.dated, masks.placed), Context(), newlines, paragraphs,
                         _by_sentence(groups, bounds))

    def _select(self, state: _DocState, triggers: list[Any]) -> dict[int, list[Any]]:
        """Triggers that can head an event, by sentence: not a participle describing a force
        ("trained soldiers"), not inside another tag, and inside a count only as its head noun
        ("three assaults", "five wounded", not "96 Apache attack helicopters")."""
        m = state.masks
        adjectival = self._adjectival_participles(state.doc, triggers, state.tags, state.refs)
        by_sent: dict[int, list[Any]] = {}
        for trig in triggers:
            counted = any(m.in_quantity[trig.start : trig.end])
            if id(trig) in adjectival or any(m.blocking[trig.start : trig.end]) or m.in_date(trig) \
                    or _refers_back(state.doc, trig, self.lex.refers_back) or (
                counted and not ((trig.type == "attack" and trig.nominal) or trig.type == "casualties")
            ) or (counted and trig.end - 1 not in m.quantity_heads):
                continue
            by_sent.setdefault(bisect_right(state.bounds, trig.start) - 1, []).append(trig)
        return {k: [t for t in trigs if not _names_who_withdraw(t, trigs)] for k, trigs in by_sent.items()}

    @staticmethod
    def _sentence_tags(state: _DocState, sent: Span, tag_index: int) -> tuple[list[Span], int]:
        """The tags of ``sent``; the context sees every tag up to its end, in order."""
        sent_tags = []
        tags = state.tags
        while tag_index < len(tags) and tags[tag_index].start < sent.end:
            if _heading(state, tags[tag_index]):
                state.ctx.new_section()
            state.ctx.see_unit(tags[tag_index])
            if tags[tag_index].label_ == "DATE_RANGE":
                state.ctx.see_date(tags[tag_index], state.paragraph(tags[tag_index].start_char))
            if tags[tag_index].start >= sent.start and not _road_end(tags[tag_index]):
                sent_tags.append(tags[tag_index])
            tag_index += 1
        return sent_tags, tag_index

    def _sentence_events(self, state: _DocState, s_no: int, sent: Span, sent_tags: list[Span],
                         sent_triggers: list[Any]) -> list[dict[str, Any]]:
        """Collect each trigger's clause and arguments, fill its events, keep one per clause and count."""
        ctx, view = state.ctx, state.view
        sent_triggers = [t for t in sent_triggers if not _background(sent.doc, t, sent_triggers)]
        sent_triggers = _conflict_triggers(sent, sent_triggers, self.lex.not_conflict)
        sent_text = doc_text(sent.doc)[sent.start_char : sent.end_char].lower()
        sent_triggers = _exchanged(sent_text, sent_triggers, self.exchanges)
        befell = _what_befell(sent.doc, sent_triggers, self.lex)  # "the man wounded in X has died"
        told_by_participle = {id(v) for v in befell.values()}
        sent_triggers = [t for t in sent_triggers if id(t) not in told_by_participle]
        self._carry_location(sent, sent_tags, ctx, view)
        source = self.sources.source(sent, ctx, sent_tags, view.lower)
        if self.report_retraction_cues.search(sent_text):
            return []  # "An earlier version of this article said ...": a report taken back
        retracted = bool(self.retraction_cues.search(sent_text))
        dated_sentence = any(t.label_ == "DATE_RANGE" for t in sent_tags)
        clauses = {id(trig): self._clause(view, sent, trig, sent_triggers) for trig in sent_triggers}
        by_clause: dict[tuple[int, int, str], dict[str, Any]] = {}
        sentence_events: list[dict[str, Any]] = []
        for trig in sent_triggers:
            clause = clauses[id(trig)]
            if negated(view, clause[0], trig, self.lex):
                continue
            others = tuple(t for t in sent_triggers if t is not trig)
            frame = Frame(trig, sent, clause, self._clause_tags(sent, sent_tags, trig, clause, others), sent_tags, others)
            rivals = [r for r in sent_triggers if r is not trig and r.type == trig.type and clauses[id(r)] == clause]
            found = self._frame_events(state, s_no, frame, rivals)
            modality = "possible" if hedged(view, clause[0], trig, self.lex, sent) else "asserted"
            for ev in found:
                if ev["type"] == "casualties" and id(trig) in befell:
                    ev["outcome"] = outcome_of(befell[id(trig)].text, self.lex)
                if ev["type"] == "casualties" and ev.get("outcome") == "killed" and retracted:
                    continue  # "initially reported dead ... later found alive"
                ev.update(source=source, modality=modality, _sent=s_no)
                if ev.get("time") is None:
                    ev["time"] = self._sentence_time(trig, sent_tags, sent_triggers) or (
                        None if dated_sentence else self._lead_time(state, sent))
                if self._keep(by_clause, clause, ev):
                    sentence_events.append(ev)
                    self._remember(ctx, ev)
        return casualties_of_strikes(merge_in_sentence(_killings_are_attacks(sentence_events)))

    def _clause_tags(self, sent: Span, sent_tags: list[Span], trig: Any, clause: tuple[int, int],
                     others: tuple[Any, ...] = ()) -> list[Span]:
        """The tags a trigger's clause owns, plus the ones it borrows from before it."""
        doc = sent.doc
        clause_tags = without_speakers_places(doc, [t for t in sent_tags if clause[0] <= t.start < clause[1]],
                                              sent.start, trig.start, self.lex.speech_verbs)
        # "The 3rd Assault Brigade, sent to reinforce the town": the unit before the comma
        # "The RSF, which captured El Fasher last month, said ..." (d249): the force before the pronoun
        relative = doc[clause[0]].lower_ in _RELATIVE_SUBJECTS and trig.start - clause[0] <= 3
        lead = [t for t in sent_tags if (t.label_ == "MIL_UNIT" or (relative and t.label_ == "ACTOR"))
                and t.end == clause[0] - 1 and doc[t.end].text == ","] or _unit_before_aside(doc, sent_tags, clause)
        aspect = all(w in _ASPECT_VERBS for w in token_table(doc).lowers[clause[0] : trig.start])  # "began deploying"
        if lead and (trig.start == clause[0] or relative or aspect) and trig.type in ("deployment", "withdrawal", "attack") \
                and not any(t.label_ == "MIL_UNIT" for t in clause_tags):
            # "About 3,800 soldiers from the 2nd ABCT, 3rd Infantry Division, have begun arriving": the count too
            counted = _subject_before_aside(sent, sent_tags, clause, trig, others) if trig.verbal else None
            return ([counted] if counted is not None and counted not in clause_tags else []) + lead + clause_tags
        # the clause's own counts: before the verb or right after it ("and 5 others were injured" belongs to another)
        own_counts = [t for t in clause_tags if t.label_ == "QUANTITY" and (
            t.start < trig.start or (t.start <= trig.end + 1 and doc[trig.end].lower_ != "and"))]
        if trig.type == "casualties" and trig.verbal and not own_counts:
            # "At least 18 people, including five children, were killed": the subject count stands
            # before the appositions, at the head of the sentence ...
            # ("23 soldiers were killed and 31 others, including a major, were captured": after the verb before)
            after = max([o.end for o in others if o.verbal and o.end <= clause[0]], default=sent.start)
            subject = next((t for t in sent_tags if t.label_ == "QUANTITY" and after <= t.start < clause[0]), None)
            passive = trig.text.lower().split()[0] in PASSIVE_AUX or (
                trig.start > 0 and doc[trig.start - 1].lower_ in ("were", "was", "been"))
            # ... unless the clause names its own ("and nine were wounded", "a civilian was killed")
            own = implicit_counts(Frame(trig, sent, clause, clause_tags, sent_tags))
            if subject is not None and passive and not own:
                # ... with the group it counts ("Fourteen Maoists, including ...": the span stops before the name)
                named = unit_after(sent_tags, subject)
                return [subject, *([named] if named else []), *breakdown(doc, sent_tags, subject, clause[0]), *clause_tags]
        if trig.type in ("deployment", "withdrawal", "attack") and trig.verbal and not own_counts:
            borrowed = _subject_before_aside(sent, sent_tags, clause, trig, others)
            if borrowed is not None:  # "About 3,800 soldiers from the 2nd ABCT, 3rd Infantry Division, have begun arriving"
                return [borrowed, *clause_tags]
        if trig.type == "casualties":
            # "the death of 14 people in the past 24 hours, including 3 civilians, 5 soldiers and 6 gunmen"
            parts = [p for q in clause_tags if q.label_ == "QUANTITY" for p in breakdown(doc, sent_tags, q, sent.end)]
            return clause_tags + [p for p in parts if p not in clause_tags]
        return clause_tags

    def _frame_events(self, state: _DocState, s_no: int, frame: Frame, rivals: list[Any]) -> list[dict[str, Any]]:
        """The events of one trigger, read the way that fits: "captured 15 servicemen" is casualties,
        "captured the town" an attack."""
        refs, nationals = state.refs_by_sent.get(s_no, []), state.nationals_by_sent.get(s_no, [])
        groups = state.groups_by_sent.get(s_no, [])
        trig = frame.trigger
        found = fill(frame, state.ctx, self.lex, refs, nationals, rivals, state.view, groups)
        for alt in trig.alternatives:
            alt_frame = replace(frame, trigger=replace(trig, type=alt, alternatives=()))
            other = fill(alt_frame, state.ctx, self.lex, refs, nationals, rivals, state.view, groups)
            if other and (not found or (_fits(other) and not _fits(found))):
                found = other
        doc, clause = frame.sent.doc, frame.clause
        for ev in found:
            ev["start"] = doc[clause[0]].idx
            ev["end"] = doc[clause[1] - 1].idx + len(doc[clause[1] - 1])
            # where its word stands, and whether a verb tells it or a noun names it (``casualties_of_strikes``)
            ev["_at"], ev["_verbal"] = int(trig.start), bool(trig.verbal)
            if ev["type"] == "casualties":  # a count may name its own ("163 wounded people")
                ev["outcome"] = ev.pop("_outcome", None) or outcome_of(trig.text, self.lex)
        return found

    @staticmethod
    def _keep(by_clause: dict[tuple[int, int, str], dict[str, Any]], clause: tuple[int, int], ev: dict[str, Any]) -> bool:
        """One event per clause, type and count: a second trigger of the same ("sent ... deployed")
        only fills the first one's empty slots."""
        q = ev.get("quantity") or {}
        key = (clause[0], clause[1], ev["type"] + repr(sorted(q.items())))
        old = by_clause.get(key)
        if old is None:
            by_clause[key] = ev
            return True
        for slot, value in ev.items():
            if old.get(slot) is None and value is not None:
                old[slot] = value
        return False

    @staticmethod
    def _remember(ctx: Context, ev: dict[str, Any]) -> None:
        """Asserted events set who acts and who receives for the sentences that follow."""
        if ev.get("modality") != "asserted":
            return
        if ev.get("actor"):
            ctx.last_actor[ev["type"]] = ev["actor"]["country"]
        if ev.get("recipient"):
            ctx.last_recipient[ev["type"]] = ev["recipient"]["country"]

    @staticmethod
    def _link(events: list[dict[str, Any]], doc: Doc) -> list[dict[str, Any]]:
        """Across sentences: casualties share their strike's place and time, elaborations merge,
        contradicting claims point at each other; then every event gets its summary."""
        share_with_casualties(events)
        events = merge_elaborations(events, doc)
        link_contradictions([ev for ev in events if ev.get("modality") == "asserted"])
        for ev in events:
            ev.pop("_sent", None)
            ev.pop("_verbal", None)
            ev.pop("_at", None)
            ev["summary"] = summarize(ev)
        return events

    def _clause(self, view: Any, sent: Span, trig: Any, sent_triggers: list[Any]) -> tuple[int, int]:
        """The trigger's clause; after a supply trigger, a list of goods ("the package includes 12
        tanks, 4 guns and 20,000 rounds") runs on through its commas to the end of the sentence,
        unless a verb of supply before it already governs the list ("will send a package including")."""
        start, end = clause_bounds(view, sent, trig)
        governed = any(t.type in ("supply", "deployment") and t.verbal and t.start < trig.start for t in sent_triggers)
        if trig.type == "supply" and not governed:
            doc = sent.doc
            window = range(trig.end, min(end + 1, trig.end + 4))
            if any(doc[k].lower_ in self.list_openers for k in window if k < len(doc)):
                end = sent.end
            elif self._opens_list_later(doc, trig, sent, sent_triggers):
                end = sent.end  # "The package, the 64th tranche of ..., includes: • 12 vehicles; • ..."
        return start, end

    def _opens_list_later(self, doc: Doc, trig: Any, sent: Span, sent_triggers: list[Any]) -> bool:
        """Whether the sentence's verb after an apposition is a list opener ("includes:"), with no
        other trigger between the package noun and it; after a verb of supply, the package noun it
        governs may stand between ("pledged a new military aid package worth 1.2 billion euros,
        including two IRIS-T systems, ...", d246)."""
        for k in range(trig.end, sent.end):
            if any(t.start == k and not (trig.verbal and t.type == "supply" and t.nominal)
                   for t in sent_triggers if t is not trig):
                return False
            if doc[k].lower_ in self.list_openers and doc[k].text != ":":
                return True
        return False

    @staticmethod
    def _adjectival_participles(doc: Doc, triggers: list[Any], tags: list[Span], refs: list[Span]) -> set[int]:
        """"mobilised reservists", "trained soldiers": a participle before the force it describes; a
        verb of attack or death is one only where it opens a noun phrase ("the wounded soldiers", not
        "Gunmen attacked soldiers")."""
        force_starts = {t.start for t in tags if t.label_ == "MIL_UNIT"} | {r.start for r in refs}
        return {
            id(t) for t in triggers
            if t.end - t.start == 1 and t.text.lower().endswith(("ed", "en")) and t.end in force_starts
            and (_opens_noun_phrase(doc, t.start) if t.type in ("attack", "casualties") else not _after_auxiliary(doc, t.start))
        }

    @staticmethod
    def _lead_time(state: _DocState, sent: Span) -> dict[str, Any] | None:
        """The paragraph's lead date, for an event in a later sentence of it that names none
        (never the publication date: a text that does not date an event leaves it undated)."""
        ctx = state.ctx
        if ctx.lead_time is None or ctx.lead_at >= sent.start:
            return None
        if state.paragraph(sent.start_char) != ctx.paragraph:
            return None
        return dict(ctx.lead_time)

    @staticmethod
    def _sentence_time(trig: Any, sent_tags: list[Span], sent_triggers: list[Any]) -> dict[str, Any] | None:
        """A date elsewhere in the sentence ("entered Goma, the largest city in eastern Congo, on
        Monday") when no other trigger stands between it and this one; a date that opens the
        sentence ("On 5 October 2023, a drone attack ... killing 89") dates all of its triggers,
        and a date right before "when" the triggers of the when-clause (d247)."""
        if not sent_tags:
            return None
        first = min((t.start for t in sent_triggers), default=trig.start)
        fitting = []
        lowers = token_table(sent_tags[0].doc).lowers
        for tag in sent_tags:
            if tag.label_ != "DATE_RANGE":
                continue
            lo, hi = sorted((trig.start, tag.start))
            if tag.end < trig.start and tag.end < len(lowers) and lowers[tag.end] == "when":
                fitting.append(tag)  # "of injuries sustained July 17 when a drone struck": the when-clause's day
                continue
            if tag.end > first and any(lo < other.start < hi and not _same_happening(trig, other)
                                       for other in sent_triggers if other is not trig):
                continue
            fitting.append(tag)
        if not fitting:
            return None
        nearest = min(fitting, key=lambda t: abs(t.start - trig.start))
        # "Last week in Burkina Faso, JNIM militants attacked ... on 3 June": the narrower date inside it
        norm = narrower_inside(nearest, [t for t in fitting if t.start > trig.start])._.norm or {}
        return {"start": norm.get("start"), "end": norm.get("end"), "granularity": norm.get("granularity")}

    def _carry_location(self, sent: Span, tags: list[Span], ctx: Context, view: Any) -> None:
        """"Once in Kursk, these soldiers were moved ...": the place holds for the rest of the sentence."""
        if len(sent) < 3:
            return
        doc = sent.doc
        first_hash = first_word(view, sent)
        first = self.nlp.vocab.strings[first_hash] if first_hash else ""
        carried = None
        for tag in tags:
            if tag.label_ != "LOCATION" or tag.start - sent.start > (5 if carried is None else carried.end - sent.start + 4):
                continue
            after = doc[tag.end].text if tag.end < len(doc) else ""
            if carried is not None and doc[tag.end - 1].lower_ in region_words():
                continue  # "In the village of Petropavlivka, Kupiansk district, ...": the district is wider
            if carried is not None and doc[tag.start - 1].lower_ == "of":
                continue  # "In El Fasher, the capital of North Darfur, ...": an apposition's reference
            if after == "," and first in ("once", "in", "at", "inside", "after", "upon", "there", "near"):
                carried = tag  # "In Iraq, near Al Qaim, one strike ...": the last, most specific place
        if carried is not None:
            ctx.carried_location = dict(carried._.norm or {})
            ctx.carried_until = sent.end


@Language.factory(
    "conflict_ie_resolver",
    default_config={"extra_lexicon": None},
    requires=["doc.spans"],
    assigns=["doc._.events"],
)
def make_resolver(nlp: Language, name: str, extra_lexicon: str | None) -> Resolver:
    import json

    extra = json.loads(Path(extra_lexicon).read_text(encoding="utf-8")) if extra_lexicon else {}
    return Resolver(nlp, name, extra)
