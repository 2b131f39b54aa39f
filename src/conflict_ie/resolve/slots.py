"""Filling an event's slots from the tags of its clause (and, where the rules say so, its sentence
and the carried context).

Without a parse, roles come from position and the preposition before a tag: the unit before
the trigger is the agent, "to"/"into" mark a destination, "from" an origin, "by" the agent of a
passive.  With a parse, ``nsubj``/``nsubjpass``/``agent``/``dobj`` arcs decide instead.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from .. import lexicon
from ..components import numbers
from ..components.base import before_addition, span_group, token_table
from ..components.date_resolve import last_day
from ..components.quantities import DESIGNATION
from .context import Context
from .frames import DETERMINERS, PASSIVE_AUX, Frame, TriggerLexicon, munition_items, outcome_of

_DEST = {"to", "into", "toward", "towards", "in", "within", "inside", "at", "near", "across", "on", "throughout", "onto",
         "around", "outside", "off", "along"}
_ORIGIN = {"from", "out"}
SUBSET_TAILS = frozenset({("of", "them"), ("of", "whom")})  # "37 of them": a part of a group named before
_BE_FORMS = {"been", "was", "were", "is", "are", "being", "be", "get", "got", "getting"}
_CURRENCIES = {"dollar", "euro", "pound sterling", "hryvnia", "rouble", "yuan", "won", "shekel"}
_STATE_ITEMS = {"wounded", "dead", "injured", "killed", "missing", "captured"}
_PERSONNEL_TYPES = {"deployment", "training", "casualties", "withdrawal"}


def _norm(span: Span) -> dict[str, Any]:
    return dict(span._.norm or {})


def _prep_before(doc: Doc, span: Span) -> str:
    lowers = token_table(doc).lowers
    i = span.start - 1
    while i >= 0 and lowers[i] in ("the", "a", "an"):
        i -= 1
    return lowers[i] if i >= 0 else ""


def item_class(q: dict[str, Any]) -> str | None:
    item = q.get("item")
    if not item:
        return None
    forms = lexicon.item_index().forms
    hit = forms.get(item.lower())
    if hit is None and " " in item:
        hit = forms.get(item.lower().rsplit(" ", 1)[1])  # "armored medical treatment vehicle": its head
    if hit is None and "-" in item:
        hit = forms.get(item.lower().rsplit("-", 1)[1])  # "narco-terrorist": the head after the hyphen
    if hit is None and DESIGNATION.match(item):
        return "materiel"  # "12 TB2s", "18 K9s": arms counted by their model alone
    return hit[1] if hit else "other"


@cache
def type_words(etype: str, key: str) -> frozenset[str]:
    """A word list of one event type's entry in triggers.json ("casualties", "not_victims"), as a set."""
    return frozenset(lexicon.triggers()["types"].get(etype, {}).get(key, []))


def pick_quantities(frame: Frame, etype: str) -> list[Span]:
    """Counts of people or materiel in the clause; never a distance, a percentage or a sum of money."""
    out = []
    for tag in frame.tags:
        if tag.label_ != "QUANTITY":
            continue
        q = _norm(tag)
        if q.get("unit") and not (etype == "supply" and q["unit"] in _CURRENCIES):
            continue
        cls = item_class(q)
        if etype == "casualties" and q.get("item") in _STATE_ITEMS and not tag.start <= frame.trigger.start < tag.end:
            continue  # "three others wounded" counts the wounded, whatever other trigger stands near
        if etype == "casualties" and _not_victims(frame, tag):
            continue  # "tens of thousands displaced", "32,108 displaced people"
        if cls is None and etype == "casualties" and (tag.start in (frame.trigger.end, frame.trigger.end + 1)
                                                      or _toll_figure(frame, tag) or _bare_subject(frame, tag)):
            out.append(tag)  # "wounded more than 40", "Fatalities: 3", "the death toll rose to 12", "and 11 injured"
            continue
        if cls is None and q.get("unit"):
            if not _converted(frame, tag):
                out.append(tag)  # a sum of money given as aid, once: "worth 1.2 billion euros ($1.39bn)"
            continue
        if etype in ("supply", "attack") and (cls in ("personnel", "civilians") or (
                cls in (None, "other") and _members_counted(frame, tag))):
            continue  # people are not what is delivered or fired ("30 Naxals": members of a group)
        if etype in ("deployment", "training", "withdrawal") and cls == "civilians":
            continue  # civilians are not a force that moves or trains
        if cls == "objectives" and etype != "attack" and not _held_count(frame, tag):
            continue  # positions, targets and strikes are counted by attacks only, and by what holds them
        if etype in _PERSONNEL_TYPES and cls == "materiel" and etype not in ("deployment", "withdrawal"):
            continue
        if cls is None and etype in ("attack", "deployment") and _count_of_times(tag):
            out.append(tag)  # "attacked 8 settlements 412 times", "scrambled jets 704 times": the count of sorties
            continue
        if cls is None and _gapped_count(frame, tag):
            out.append(tag)  # "sent 500 soldiers to Kidal and 300 to Gao": the noun of the count before, left out
            continue
        if cls is None and _of_them_people(frame, tag) and etype in ("casualties", *_PERSONNEL_TYPES):
            out.append(tag)  # "Fourteen of them ... were killed", "1,300 of them remain in Goma"
            continue
        if cls is None and not (_unit_follows(frame, tag) or _bare_subject(frame, tag)):
            continue  # a bare number counts only as its verb's subject ("58 have been handed to the brigade")
        out.append(tag)
    # "60 targets at 16 sites": a count after a place preposition says where, when another count says what
    if len(out) > 1:
        doc = frame.sent.doc
        heads = _toll_heads()  # "put the toll at eleven rebels killed" (d230): the toll's figure, no place
        located = [t for t in out if t.start > 0 and doc[t.start - 1].lower_ in ("at", "in", "across", "near", "on", "from")
                   and not (t.start > 1 and doc[t.start - 1].lower_ == "at" and doc[t.start - 2].lower_ in heads)]
        if len(located) < len(out):
            out = [t for t in out if t not in located]
    # "more than 60 targets at 16 Houthi sites": a count of a known kind outranks counts of other nouns
    known = [t for t in out if item_class(t._.norm or {}) not in ("other", None) or (t._.norm or {}).get("unit")]
    if known and etype != "casualties":
        out = [t for t in out if t in known or item_class(t._.norm or {}) is None]
    return out


def _converted(frame: Frame, tag: Span) -> bool:
    """A sum in brackets right after another sum: the same money in another currency ("worth 1.2
    billion euros ($1.39bn)", d246), not a second supply."""
    words = token_table(frame.sent.doc).words
    return tag.start > 1 and words[tag.start - 1] == "(" and any(
        t.label_ == "QUANTITY" and t.end == tag.start - 1 and (t._.norm or {}).get("unit") for t in frame.sent_tags)


@cache
def _toll_heads() -> frozenset[str]:
    """items.json ``toll_heads``: "toll", "dead", "casualties" ("put the toll at seven")."""
    return frozenset(lexicon.items().get("toll_heads", []))


def _threat_object(frame: Frame) -> bool:
    """Whether a killing verb's object, within three lower-case words after it, is a threat, a plan
    or an attempt (triggers.json casualties ``non_victim_objects``), not people."""
    lowers, trig = token_table(frame.sent.doc).lowers, frame.trigger
    for k in range(trig.end, min(trig.end + 4, frame.sent.end)):
        if lowers[k] in type_words("casualties", "non_victim_objects"):
            return trig.verbal
        if not lowers[k].isalpha() or not frame.sent.doc[k].is_lower:
            return False
    return False


def _not_victims(frame: Frame, tag: Span) -> bool:
    """A count of people displaced, freed or rescued: the word right after it ("tens of thousands
    displaced"), or in its item when the count is no object of the trigger ("80 dead, 20 wounded
    and 32,108 displaced people"; but "killing 11 displaced people" counts victims)."""
    words = type_words("casualties", "not_victims")
    lowers = token_table(frame.sent.doc).lowers
    if tag.end < len(lowers) and lowers[tag.end] in words:
        return True
    item = ((tag._.norm or {}).get("item") or "").lower().split()
    return not words.isdisjoint(item) and tag.start != frame.trigger.end


def _count_of_times(tag: Span) -> bool:
    """"412 times", "at least nine times": a count of strikes or sorties, not of things."""
    return tag.text.lower().endswith(" times")


def _bare_subject(frame: Frame, tag: Span) -> bool:
    """"... and more than 1,300 reported missing", "and 11 injured": a bare count right before its
    verb, with at most auxiliaries or "reported" between them."""
    lowers = token_table(frame.sent.doc).lowers
    between = lowers[tag.end : frame.trigger.start]
    if tuple(between[:2]) in SUBSET_TAILS:
        between = between[2:]  # "354 hostages had been freed, 37 of them injured"
    return tag.end <= frame.trigger.start and len(between) <= 3 and all(w in _AUX or w == "reported" for w in between)


def unit_after(tags: list[Span], count: Span) -> Span | None:
    """The unit named right after a count, as its counted noun ("Fourteen Maoists", "8,000 North
    Korean troops"): the count's span stops before the name."""
    return next((t for t in tags if t.label_ == "MIL_UNIT" and t.start in (count.end, count.end + 1)), None)


def _members_counted(frame: Frame, tag: Span) -> bool:
    """"30 Naxals were killed": a count of a group's members, the group's name ending the noun
    phrase (not "12 ISIL tactical units", where the name describes what is counted)."""
    doc = frame.sent.doc
    unit = unit_after(frame.tags, tag)
    if unit is None:
        return False
    nxt = doc[unit.end] if unit.end < len(doc) else None  # "ISIL-held buildings", "ISIL tactical units": a modifier
    return nxt is None or (not nxt.is_alpha and nxt.text not in ("-", "–")) or nxt.is_stop


def _toll_figure(frame: Frame, tag: Span) -> bool:
    """"the death toll rose to 12", "the number of injured has risen to 7": the figure a toll
    reaches, after the trigger, a rise verb and "to"/"at"."""
    lowers = token_table(frame.sent.doc).lowers
    k = tag.start
    if k - 1 >= frame.trigger.end and lowers[k - 1] in type_words("casualties", "toll_verbs_direct"):
        return True  # "the number of terrorists neutralized ... has reached 1,847"
    if k - 1 == frame.trigger.end and lowers[k - 1] == "at":
        return True  # "put the death toll at seven", "the number of dead at 12"
    return k - 2 >= frame.trigger.end and lowers[k - 1] in ("to", "at") and lowers[k - 2] in type_words("casualties", "toll_verbs")


def _unit_follows(frame: Frame, tag: Span) -> bool:
    return unit_after(frame.tags, tag) is not None or (tag._.norm or {}).get("item") is not None


def _country_of(span: Span) -> str | None:
    return (span._.norm or {}).get("country")


def _actor(country: str | None) -> dict[str, Any] | None:
    if not country:
        return None
    c = lexicon.countries().get(country)
    return {"name": c.name if c else None, "country": country}


def agents_and_patients(frame: Frame, has_parse: bool = False) -> tuple[list[Span], list[Span], list[Span]]:
    """Units/actors before the trigger, after it, and after a passive "by"."""
    doc = frame.sent.doc
    trig = frame.trigger
    before, after, by = [], [], []
    for tag in frame.tags:
        if tag.label_ not in ("MIL_UNIT", "ACTOR"):
            continue
        if tag.end <= trig.start:
            before.append(tag)
        elif tag.start >= trig.end:
            if _prep_before(doc, tag) == "by" or doc[max(tag.start - 2, 0)].lower_ == "by":
                by.append(tag)
            else:
                after.append(tag)
    if has_parse:
        head = doc[trig.start]
        subj = [t for t in frame.tags if t.label_ in ("MIL_UNIT", "ACTOR") and t.root.dep_ in ("nsubj", "nsubjpass")
                and t.root.head == head]
        if subj:
            before = subj + [t for t in before if t not in subj]
    return before, after, by


def mode_in(modes: list[tuple[int, str]], clause: tuple[int, int]) -> str | None:
    """The first means of transport ("by train", "aircraft") named in the clause; ``modes`` is
    sorted by token, so this is a binary search, not a scan of the document."""
    at = bisect_left(modes, (clause[0], ""))
    if at < len(modes) and modes[at][0] < clause[1]:
        return modes[at][1]
    return None


_AUX = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "later",
                  "allegedly", "all", "both"})
_SINGLE = frozenset({"a", "an", "one", "the", "another", "her", "his"})  # "a woman and her child": 2
# what may stand before a subject that lists people one by one ("The army said an officer and ...")
_LIST_OPENERS = frozenset({"said", "says", "that", ":", "when", "while", "after", '"', "“", "—"})


@cache
def _persons() -> dict[str, str]:
    """Singular person nouns (lexicon items of people) -> lemma, for counts given as "a civilian"."""
    out = {form: lemma for form, (lemma, cls) in lexicon.item_index().forms.items()
           if cls in ("personnel", "civilians") and form == lemma.lower()}
    out.update({w: w for w in lexicon.triggers()["types"]["casualties"].get("single_persons", [])})
    return out


def _np_token(doc: Doc, k: int) -> bool:
    """Tokens a plain noun phrase of people is made of: determiners, adjectives, "67-year-old",
    the nouns themselves, and the "and"/comma of a coordination."""
    tok = doc[k]
    if k > 0 and tok.lower_ in lexicon.trigger_verbs() and doc[k - 1].lower_ in ("and", ","):
        return False  # "killed a soldier and wounded four others": a second verb ends the people named
    return tok.lower_ in _SINGLE or tok.lower_ in ("and", ",", "-") or tok.like_num or tok.lower_ in _persons() or (
        tok.is_alpha and (not tok.is_stop or tok.lower_ in type_words("casualties", "np_adjectives"))
        and not tok.lower_.endswith("ing")  # "killing a fisherman and abducting five": a second verb ends it
        and (tok.is_lower or (tok.is_title or tok.is_upper) and k > frame_start(doc, k)))  # "a FARC commander"


def _of_them_people(frame: Frame, tag: Span) -> bool:
    """"Fourteen of them", "1,300 of them", "six of whom": a count of the people counted last, in
    this sentence or the one before (d234); "Ten of them" after "40 drones" counts goods."""
    doc, lowers = frame.sent.doc, token_table(frame.sent.doc).lowers
    if tag.end + 1 >= len(lowers) or lowers[tag.end] != "of" or lowers[tag.end + 1] not in _OF_THEM:
        return False
    since = doc[frame.sent.start - 1].sent.start if frame.sent.start > 0 else 0
    before = [t for t in span_group(doc) if t.label_ == "QUANTITY" and since <= t.start < tag.start
              and (t._.norm or {}).get("item")]
    return bool(before) and item_class(before[-1]._.norm or {}) in ("personnel", "civilians")


_OF_THEM = frozenset({"them", "those", "these", "whom"})


def frame_start(doc: Doc, k: int) -> int:
    """Index of the first token of ``doc[k]``'s sentence (title case there says nothing)."""
    return doc[k].sent.start if doc.has_annotation("SENT_START") else 0


def _people_in(doc: Doc, start: int, end: int, inner: frozenset[int] = frozenset()) -> list[tuple[int, str | None]]:
    """People named one by one in ``doc[start:end]`` ("a mother and a child", "the victim"), one
    group per noun in the order named, never a word ``inner`` holds (inside a unit's name): RECORDS.md counts one casualty event per group, and the
    fixtures written blind code "a Bangladeshi woman and a Rohingya man" (d163) and "a crew member
    and an army general" (d76) as two people of one each."""
    persons = _persons()
    groups: dict[str, int] = {}
    for k in range(start, end):
        low = doc[k].lower_
        nxt = k + 4 if k + 3 < end and doc[k + 1].text == "(" and doc[k + 3].text == ")" else k + 1
        if low not in persons or (nxt < end and (doc[nxt].lower_ in persons or doc[nxt].lower_ in ("'s", "’s"))):
            continue  # "border guard", "Task Force (CJTF) member", "a colonel's driver": the last noun is the head
        if k in inner:
            continue  # "a Civilian Joint Task Force (CJTF) member": a word inside a unit's name
        if k + 1 < end and doc[k + 1].lower_ in _described_heads():
            continue  # "the ISIL terrorist group", "a militant camp": a person noun describing another noun
        # the article may stand before an age ("a 62-year-old man": six tokens back)
        if any(doc[d].lower_ in _SINGLE for d in range(k - 1, max(start, k - 8) - 1, -1)):
            groups[persons[low]] = groups.get(persons[low], 0) + 1
    return [(count, noun) for noun, count in groups.items()]


@cache
def _described_heads() -> frozenset[str]:
    """Nouns a person noun may describe ("terrorist group", "militant hideout"): units.json's
    ``modifier_heads`` with the words for a group."""
    data = lexicon.units()
    return frozenset(w.lower() for w in data.get("modifier_heads", []) + data.get("group_words", []))


def _subject_or_object_people(frame: Frame, before: int) -> list[tuple[int, str | None]]:
    """People named one by one as the subject (ending at ``before``) or right after the trigger."""
    doc = frame.sent.doc
    lo, hi = frame.clause
    before = _before_unit_of(frame, before)
    k = before
    while k >= lo and _np_token(doc, k):
        k -= 1
    inner = _unit_inner(frame)
    groups = _people_in(doc, k + 1, before + 1, inner)
    if groups:
        return groups
    rel = next((r for r in range(before, lo - 1, -1) if doc[r].lower_ in ("who", "whom")), None)
    if rel is not None:  # "A 67-year-old man who had been pulled from the rubble succumbed"
        k = rel - 1
        while k >= lo and _np_token(doc, k):
            k -= 1
        groups = _people_in(doc, k + 1, rel, inner)
        if groups:
            return groups
    if frame.trigger.end < hi and doc[frame.trigger.end].lower_ in _SINGLE:
        return _people_in(doc, frame.trigger.end, _np_end(frame, frame.trigger.end), inner)
    return []


def _np_end(frame: Frame, k: int) -> int:
    """The end of the people's noun phrases that start at ``k``, at most ten steps on: plain noun
    phrase tokens (``_np_token``), a possessive ("an army colonel's driver"), an acronym in brackets
    and a unit's name, a step each ("a Civilian Joint Task Force (CJTF) member", d121)."""
    doc, hi = frame.sent.doc, frame.clause[1]
    units = {t.start: t.end for t in frame.sent_tags if t.label_ == "MIL_UNIT" and t.start >= k}
    for _ in range(10):
        if k >= hi:
            break
        if k in units:
            k = units[k]
        elif doc[k].text == "(" and k + 2 < hi and doc[k + 2].text == ")":
            k += 3
        elif doc[k].lower_ not in _speech_words() and (_np_token(doc, k) or (k > 0 and doc[k].lower_ in ("'s", "’s"))):
            k += 1
        else:
            break
    return min(k, hi)


def _before_unit_of(frame: Frame, k: int) -> int:
    """The end of a person's noun phrase before "of" and the unit the person belongs to ("A jawan
    of the District Reserve Guard (DRG) was killed"), or ``k`` itself when no such unit ends there."""
    doc = frame.sent.doc
    units = [t for t in frame.tags if t.label_ == "MIL_UNIT"]
    j = k
    while j >= frame.clause[0] and (doc[j].text in ("(", ")") or doc[j].lower_ == "the"
                                    or any(t.start <= j < t.end for t in units)):
        j -= 1
    return j - 1 if j < k and j >= frame.clause[0] and doc[j].lower_ == "of" else k


def _apposed_person(frame: Frame, j: int) -> list[dict[str, Any]]:
    """One person named with an apposition right before "was" ("Adam Yousif, a 34-year-old MSF
    logistician, was killed", d242; "a soldier, Staff Sgt. Noam Ben-Haim, 20, was killed", d33): the
    apposition's noun after "a"/"an", or the person noun before a name and an age."""
    doc, lowers = frame.sent.doc, token_table(frame.sent.doc).lowers
    if j < frame.sent.start + 2 or lowers[j] != "," or lowers[j + 1] != "was":
        return []
    c1 = next((k for k in range(j - 1, max(frame.sent.start, j - 10) - 1, -1) if lowers[k] == ","), None)
    if c1 is None or c1 + 1 >= j:
        return []
    seg = lowers[c1 + 1 : j]
    if seg[0] in ("a", "an") and doc[j - 1].is_lower and doc[j - 1].is_alpha and doc[c1 - 1].is_title:
        return [_count(1, seg[-1])]  # "Adam Yousif, a 34-year-old logistician, was"
    if len(seg) == 1 and doc[c1 + 1].like_num:  # "..., Staff Sgt. Noam Ben-Haim, 20, was"
        c0 = next((k for k in range(c1 - 1, max(frame.sent.start, c1 - 10) - 1, -1) if lowers[k] == ","), None)
        if c0 is not None and c0 >= 2 and lowers[c0 - 2] in ("a", "an") and lowers[c0 - 1] in _persons():
            return [_count(1, _persons()[lowers[c0 - 1]])]
    return []


def _count(value: int, item: str | None) -> dict[str, Any]:
    return {"value": value, "low": None, "high": None, "qualifier": "exact", "item": item, "unit": None}


def implicit_counts(frame: Frame) -> list[dict[str, Any]]:
    """Casualty counts that are no QUANTITY tag: a bare number as the subject ("and nine were
    wounded", "three others wounded") or people named one by one ("a civilian was killed", "the
    victim died"; "killing a mother and a child": a mother, a child).  RECORDS.md: "a civilian" is 1."""
    doc = frame.sent.doc
    trig = frame.trigger
    j = trig.start - 1
    # the auxiliaries and adverbs between the subject and its verb ("was slightly wounded")
    while j >= frame.clause[0] and (doc[j].lower_ in _AUX or (doc[j].is_lower and doc[j].lower_.endswith("ly"))):
        j -= 1
    item = None
    if j >= frame.clause[0] and doc[j].lower_ in ("others", "more", "people", "persons"):
        item = "person" if doc[j].lower_ in ("people", "persons") else None
        j -= 1
    if j >= frame.clause[0] and doc[j].lower_ in ("he", "she") and item is None:
        return [_count(1, None)]  # "before he was shot dead", "she was wounded": one person (d233)
    apposed = _apposed_person(frame, j)
    if apposed:
        return apposed
    dated = any(t.label_ == "DATE_RANGE" and t.start <= j < t.end for t in frame.sent_tags)  # "on July 30 killed"
    if j >= frame.clause[0] and not dated and (doc[j].like_num or numbers.is_number_word(doc[j].lower_)):
        value, used = numbers.parse([doc[j].text])
        if value is not None and used == 1 and value < 10_000 and not (doc[j].text.isdigit() and len(doc[j].text) == 4):
            return [_count(int(value), item)]
    groups = _subject_or_object_people(frame, j) or _ranked_persons(frame, j)
    if not groups and _named_after(frame):
        groups = [(1, None)]  # "two gunmen shot dead Abdullah Mama, 42": one man named
    return [_count(count, noun) for count, noun in groups or _one_more_of(frame)]


# what may follow "a third" when it is one more person: the clause's end or a place or time after it
# ("wounded a third in Tessit"), never "of" ("a third of the market")
_AFTER_ONE_MORE = frozenset({",", ".", ";", "and", "'s", "’s", "in", "near", "at", "on", "during", "when"})


def _one_more_of(frame: Frame) -> list[tuple[int, str | None]]:
    """"killing two SDF members and wounding a third", "killed three farmers and wounded a fourth":
    an article and an ordinal (dates.json ``ordinals``) as the object of an active verb are one
    more person of the group counted before it in the sentence; "a third of the market" is not."""
    lowers, trig = token_table(frame.sent.doc).lowers, frame.trigger
    k = trig.end
    if not trig.verbal or k + 1 >= frame.sent.end or lowers[k] not in ("a", "an"):
        return []
    after = lowers[k + 2] if k + 2 < frame.sent.end else "."
    if lowers[k + 1] not in lexicon.dates().get("ordinals", {}) or lowers[k + 1] in ("first", "second") \
            or after not in _AFTER_ONE_MORE:
        return []
    before = [t for t in frame.sent_tags if t.label_ == "QUANTITY" and t.end <= trig.start]
    return [(1, (before[-1]._.norm or {}).get("item"))] if before else []


def _named_after(frame: Frame) -> bool:
    """Whether an active killing verb's object is a person's name: two or more capitalised words
    no tag holds, after at most two lower-case words of the person's job, then a comma, a full
    stop, "and" or the clause's end ("shot dead Abdullah Mama, 42", "killing police sergeant Afrim Bunjaku and")."""
    doc, trig = frame.sent.doc, frame.trigger
    if not trig.verbal or (trig.start > 0 and doc[trig.start - 1].lower_ in _AUX):
        return False
    first = trig.end
    while first < min(trig.end + 2, frame.sent.end) and doc[first].is_lower and doc[first].is_alpha \
            and not doc[first].is_stop and not numbers.is_number_word(doc[first].lower_):
        first += 1
    k = first
    while k < frame.sent.end and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k - first < 2 or any(t.start < k and trig.end < t.end for t in frame.sent_tags):
        return False
    return k >= frame.sent.end or doc[k].text in (",", ".", ";") or doc[k].lower_ == "and"


def _ranked_persons(frame: Frame, before: int) -> list[tuple[int, str | None]]:
    """"killed Col. Ahmed Nasser", "Maj. Gen. Hsu and Capt. Lin were wounded": officers named with
    their rank, as the subject (ending at ``before``) or right after the trigger, one person each."""
    doc, trig = frame.sent.doc, frame.trigger
    ranks = sorted((t for t in frame.sent_tags if t.label_ == "RANK" and (t._.norm or {}).get("person")),
                   key=lambda t: t.start)
    run: list[Span] = []
    for tag in ranks:
        joined = run and all(w.lower_ in ("and", ",") for w in doc[run[-1].end : tag.start])
        if joined or (not run and (tag.start == trig.end or tag.end == before + 1)):
            run.append(tag)
        elif run:
            break
    if not run or not (run[0].start == trig.end or run[-1].end == before + 1):
        return _one_ranked_subject(frame, ranks)
    names = {(t._.norm or {}).get("rank", "").lower() for t in run}
    return [(len(run), names.pop() if len(names) == 1 else "person")]


def _one_ranked_subject(frame: Frame, named: list[Span]) -> list[tuple[int, str | None]]:
    """One officer as the subject, with an apposition between him and the verb ("Sgt. Eitan
    Mizrahi, 24, from Haifa, fell during combat"), or named by his rank alone after "a" ("A
    reserve captain ... was severely injured"): one person, when no count stands before the verb."""
    doc, trig = frame.sent.doc, frame.trigger
    if any(t.label_ == "QUANTITY" and t.start < trig.start for t in frame.sent_tags):
        return []
    if named and named[0].start == frame.sent.start and named[0].end < trig.start and len(named) == 1 \
            and doc[named[0].end].text == ",":
        return [(1, (named[0]._.norm or {}).get("rank", "").lower() or None)]
    bare = [t for t in frame.sent_tags if t.label_ == "RANK" and t.end <= trig.start and not (t._.norm or {}).get("person")]
    if len(bare) == 1 and any(doc[k].lower_ in ("a", "an") for k in range(max(frame.sent.start, bare[0].start - 2), bare[0].start)):
        return [(1, (bare[0]._.norm or {}).get("rank", "").lower() or None)]
    return []


def people_beside_counts(frame: Frame, quantities: list[Span]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """People named one by one beside the counts of a list of victims, before the counts and after
    them: a group each (RECORDS.md: one event per group).  Before: "killed a Cambodian soldier and
    two civilians", "an officer and four soldiers were martyred" (d182).  After: "Two teachers and a
    gold miner were shot dead", "killing two health workers and a patient" (d232, d121, d63)."""
    doc = frame.sent.doc
    trig = frame.trigger
    first, last = min(q.start for q in quantities), max(q.end for q in quantities)
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None
    if first > trig.end + 1 and doc[trig.end].lower_ in _SINGLE and doc[first - 1].lower_ == "and":
        before = _plain((trig.end, first - 1), doc)
    elif len(quantities) == 1 and last <= trig.start and first > frame.clause[0] and doc[first - 1].lower_ == "and" \
            and all(doc[k].lower_ in _AUX for k in range(last, trig.start)):
        before = _singles_before(frame, first - 1)  # the count is the verb's subject ("... four soldiers were martyred")
    if last + 1 < trig.start and doc[last].lower_ == "and" and doc[last + 1].lower_ in _SINGLE:
        # "Two teachers and a gold miner were shot dead": after the count, up to the verb's auxiliaries
        end = trig.start
        while end > last + 1 and doc[end - 1].lower_ in _AUX:
            end -= 1
        after = _plain((last + 1, end), doc)
    elif first >= trig.end and last + 1 < frame.clause[1] and doc[last].lower_ == "and" and doc[last + 1].lower_ in _SINGLE:
        after = (last + 1, _np_end(frame, last + 1))  # "killing two health workers and a patient"
    if after is not None and after[1] < frame.sent.end and frame.sent.doc[after[1]].lower_ in _speech_words():
        after = None  # "killed 18 civilians on Monday, two residents and a local official said": the speakers
    return _counts_in(frame, before), _counts_in(frame, after)


def _counts_in(frame: Frame, span: tuple[int, int] | None) -> list[dict[str, Any]]:
    """One count per group of people named in ``span``."""
    return [_count(count, noun) for count, noun in _people_in(frame.sent.doc, *span, _unit_inner(frame))] if span else []


def _unit_inner(frame: Frame) -> frozenset[int]:
    """The tokens inside the sentence's unit names, all but the last ("Civilian" of "Civilian Joint
    Task Force"; "soldier" of "a Cambodian soldier" is a person)."""
    return frozenset(k for t in frame.sent_tags if t.label_ == "MIL_UNIT" for k in range(t.start, t.end - 1))


@cache
def _speech_words() -> frozenset[str]:
    return frozenset(lexicon.triggers()["sources"]["speech_verbs"])


def _plain(span: tuple[int, int], doc: Doc) -> tuple[int, int] | None:
    """``span`` when it is a plain noun phrase of people, else None."""
    return span if all(_np_token(doc, k) for k in range(*span)) else None


def _singles_before(frame: Frame, conj: int) -> tuple[int, int] | None:
    """The people named one by one before the "and" at ``conj`` that opens the subject's count
    ("an officer and four soldiers were martyred", "A teacher, a nurse and two farmers were
    wounded"): each an article, at most three words and a person noun, the first one opening the
    clause or the sentence or following "said", "that" or a colon.  "A gunman shot a guard and four
    civilians were wounded" names the one who shoots: no such list."""
    doc, persons, lo = frame.sent.doc, _persons(), frame.sent.start
    k = conj - 1
    while k > lo and doc[k].lower_ in persons:
        j = k - 1
        while j > max(lo, k - 4) and doc[j].lower_ not in _SINGLE and doc[j].text != "," and _np_token(doc, j):
            j -= 1
        if doc[j].lower_ not in ("a", "an", "another", "one"):
            return None
        if j > lo and doc[j - 1].lower_ in (",", "and"):
            k = j - 2  # "A teacher, a nurse and ...": one more before
            continue
        return (j, conj) if j in (lo, frame.clause[0]) or doc[j - 1].lower_ in _LIST_OPENERS else None
    return None


@dataclass
class Slots:
    """What the slot rules of one frame share: its parties before and after the trigger (by the
    parse when there is one, by position when not), and the tags of its clause by label."""

    frame: Frame
    ctx: Context
    lex: TriggerLexicon
    etype: str
    before: list[Span]
    after: list[Span]
    by: list[Span]
    has_ref: bool
    units: list[Span]
    actors: list[Span]
    nationals: list[Span]
    groups: list[Span] = field(default_factory=list)  # "Houthi drones": a group named on its weapons
    doc: Doc = field(init=False)  # plain attributes, not properties: the rules read them often
    trig: Any = field(init=False)
    speaker: Span | None = field(init=False)  # the side of a first-person quotation (``speaker_tag``)
    place_guessed: bool = field(init=False, default=False)  # the place is the sentence's, not the clause's

    def __post_init__(self) -> None:
        self.doc = self.frame.sent.doc
        self.trig = self.frame.trigger
        self.speaker = speaker_tag(self)


def fill(frame: Frame, ctx: Context, lex: TriggerLexicon, refs: list[Span], nationals: list[Span] | None = None,
         rivals: list[Any] | None = None, view: Any = None, groups: list[Span] | None = None) -> list[dict[str, Any]]:
    """The events of one frame: one per counted quantity, or one without a quantity.

    Select (the type, which may turn a movement of goods into a supply) -> fill each slot by its
    own rules -> check that the clause carries enough for an event of the type.  ``rivals`` are
    the other triggers of the same type in the clause: each quantity goes to the nearest trigger
    ("killed at least 12 people and wounded more than 40").
    """
    doc = frame.sent.doc
    etype = _select_type(frame, refs)
    if etype == "supply" and _gives_training(frame):
        return []  # "provide training to 200 pilots", "Training is delivered by": the training trigger tells it
    before, after, by = agents_and_patients(frame, view.has_parse if view is not None else doc.has_annotation("DEP"))
    s = Slots(frame, ctx, lex, etype, before, after, by, any(frame.clause[0] <= r.start < frame.clause[1] for r in refs),
              [t for t in frame.tags if t.label_ == "MIL_UNIT"], [t for t in frame.tags if t.label_ == "ACTOR"],
              nationals or [], groups or [])
    actor, recipient = fill_giver_taker(s) if etype in ("supply", "training") else (fill_actor(s), None)
    if etype == "supply" and _signed_only(s) and not (_signed_for(s) and recipient is not None):
        return []  # "ended without a deal", "VietJet signed a preliminary deal": no state buys arms
    location, origin = fill_place(s)
    time = fill_time(s)
    quantities = fill_quantities(s, rivals or [])
    if etype == "deployment" and _deployment_verb(s.trig, "need_place") and not _deployment_verb(s.trig, "count_verbs"):
        quantities = [q for q in quantities if q.start < s.trig.start]  # "troops operating in X located 12 launchers"
    if etype == "casualties" and quantities and _active_with_object(frame):
        quantities = [q for q in quantities if q.start > s.trig.start]  # "Three gunmen killed a village chief": the killers
    if etype == "deployment" and detected(s.trig):
        quantities = [q for q in quantities if sighted_count(q)]
        if not quantities and not _sighted_force(s):
            return []  # "detected 40 drones", "tracked 3 suspects": no force is present
    implicit = implicit_counts(frame) if etype == "casualties" and not quantities else []
    before_counts, after_counts = people_beside_counts(frame, quantities) if etype == "casualties" and quantities else ([], [])
    stated_actors = s.actors + [n for n in s.nationals if n.start < s.trig.start and frame.clause[0] <= n.start]
    if s.speaker is not None:
        stated_actors.append(s.speaker)  # '"We struck 23 launch sites," the Israeli military said'
    if etype == "casualties" and not quantities and not implicit and _threat_object(frame):
        return []  # "measures to neutralize these threats": nobody killed
    if not implicit and not _enough(etype, s.trig, frame, s.units, stated_actors, s.has_ref, quantities, location,
                                        time, recipient, lex.reversed_supply):
        return []
    if etype in ("attack", "casualties"):
        recipient = fill_target(s, actor, location, quantities)
    base = {"type": etype, "trigger": s.trig.text, "actor": actor, "recipient": recipient, "location": location,
            "origin": origin, "mode": fill_mode(s, view), "time": time}
    if s.place_guessed:
        base["_place_guess"] = True  # the sentence's place: its strike's place wins (``casualties_of_strikes``)
    if implicit:
        return [{**base, "quantity": q} for q in implicit]
    if before_counts or after_counts:  # "killed a Cambodian soldier and two civilians": two groups, two events
        counted = [dict(_norm(q)) for q in quantities]
        return [{**base, "quantity": q} for q in before_counts + counted + after_counts]
    if not quantities:
        # "bombed Nasir, Ulang and Longechuk counties": one strike, at the first place named (RECORDS.md:
        # one event per trigger and count; d68, d71 and d76, written blind, code a list so)
        return [{**base, "quantity": None}]
    own = own_places(s, quantities)
    return [{**base, **_placed(etype, own.get(q.start)), **_named_outcome(s, q), "quantity": dict(_norm(q))}
            for q in quantities]


def _named_outcome(s: Slots, tag: Span) -> dict[str, Any]:
    """A casualty count that names its own outcome inside it ("163 wounded people" beside "27
    others who were dead on arrival", d242): ``{"_outcome": ...}`` for the component, else nothing."""
    if s.etype != "casualties":
        return {}
    lowers = token_table(s.doc).lowers
    for outcome, cues in s.lex.outcomes:
        if any(lowers[k] in cues for k in range(tag.start, tag.end - 1)):
            return {"_outcome": outcome}
    if tag.start > 0 and lowers[tag.start - 1] in type_words("casualties", "captive_takers") \
            and lowers[tag.end - 1] in type_words("casualties", "captive_nouns"):
        return {"_outcome": "captured"}  # "killed some 1,200 people and took 251 hostages" (d256)
    return {}


def _placed(etype: str, place: Span | None) -> dict[str, Any]:
    """The slot a gapped count's own place fills: the recipient of a supply, else the location."""
    if place is None:
        return {}
    if etype == "supply":
        return {"recipient": _actor(_country_of(place))}
    return {"location": {k: _norm(place).get(k) for k in ("name", "country", "lat", "lon")}}


def _signed_for(s: Slots) -> bool:
    """A deal or contract (triggers.json supply ``signed_nouns``) with a verb of signing up to five
    words before it ("Kuwait signed a $367 million deal for 18 TB2s"): the signer is the buyer."""
    if s.trig.text.lower() not in type_words("supply", "signed_nouns"):
        return False
    lowers = token_table(s.doc).lowers
    if s.trig.end + 1 < len(lowers) and lowers[s.trig.end] == "to" and lowers[s.trig.end + 1] in _supply_verb_forms():
        return False  # "signed a contract to deliver 32 jets to Poland": the signer gives
    verbs = type_words("supply", "signing_verbs")
    return any(lowers[k] in verbs for k in range(max(s.frame.sent.start, s.trig.start - 6), s.trig.start))


def _signed_only(s: Slots) -> bool:
    return s.trig.text.lower() in type_words("supply", "signed_only")


@cache
def _supply_verb_forms() -> frozenset[str]:
    return frozenset(f.lower() for f in lexicon.listed_forms(lexicon.triggers()["types"]["supply"], "verbs"))


def fill_giver_taker(s: Slots) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Supply and training: the giver is the actor, the receiver the recipient."""
    doc, trig, etype = s.doc, s.trig, s.etype
    # "were trained by", not "has been supplying": a participle after a form of "be"
    passive = trig.start > 0 and doc[trig.start - 1].lower_ in _BE_FORMS and not trig.text.lower().endswith("ing")
    giver = s.by or ([] if passive else [t for t in s.before if _country_of(t)])
    taker = [t for t in s.after if _country_of(t)]
    if (s.by or passive) and not taker:
        taker = [t for t in s.before if _country_of(t)]
    if trig.nominal and not s.by:
        # "the training of North Korean troops by Russian instructors", "deliveries of shells to Ukraine"
        giver, taker = [t for t in s.before if _country_of(t)], [t for t in s.after if _country_of(t)]
        if etype == "training" and not taker:
            # "1,500 Ukrainian troops completed a course": those before a nominal training are trainees
            giver, taker = [], [t for t in s.before if _country_of(t) and t.label_ == "MIL_UNIT"]
    signed = etype == "supply" and _signed_for(s)
    reversed_supply = etype == "supply" and (trig.text.lower() in s.lex.reversed_supply or signed)
    if reversed_supply:
        # "Poland will buy 96 helicopters from the United States", "signed a deal with South Korea for":
        # the subject receives
        giver = [t for t in s.frame.tags if t.label_ in ("LOCATION", "ACTOR") and t.start >= trig.end
                 and _prep_before(doc, t) in (("from", "with") if signed else ("from",))]
        taker = [t for t in s.before if _country_of(t)]
    actor = _actor(_country_of(giver[0])) if giver else None
    own = (actor or _actor(s.ctx.last_actor.get("supply")) or {}).get("country")
    taker = [t for t in taker if _country_of(t) != own]  # "drawn from Department of Defense inventories for Ukraine"
    recipient = _actor(_country_of(taker[0])) if taker else None
    if etype != "supply":
        return actor, recipient
    for tag in s.frame.tags:
        # "provided Ukraine with", "supplying Russia", "deliveries to Kyiv"
        if tag.label_ in ("LOCATION", "ACTOR") and recipient is None and tag.start >= trig.end and not reversed_supply \
                and (_prep_before(doc, tag) in ("to", "with", "for") or tag.start == trig.end):
            recipient = _actor(_country_of(tag))
    recipient = recipient or _actor(s.ctx.last_recipient.get("supply"))
    if actor is None and s.ctx.last_actor.get("supply"):
        actor = _actor(s.ctx.last_actor["supply"])
    return actor, recipient


def fill_actor(s: Slots) -> dict[str, Any] | None:
    """Whose forces act: the force nearest before the trigger ("Kyiv said 12,000 North Korean troops
    were moved": the troops, not the speaker); a demonym on the trigger ("a Russian missile
    strike"); a state acting when no force is named; never the source of the claim."""
    trig, clause = s.trig, s.frame.clause
    if s.etype == "deployment" and detected(trig) and (owner := _sighted_owner(s)) is not None:
        return owner  # "detected 71 PLA aircraft", "spotted three Chinese warships": theirs, not the watcher's
    if s.etype == "casualties":
        by = _agent_after_by(s)
        if by is not None or _victims_before(s):
            return by  # "were killed by Russian shelling"; "140 Ukrainian servicemen were eliminated": no agent here
    if trig.text.lower() in s.lex.interceptions:
        attacker = _owner_after(s, None) or next(
            (_unit_actor(t) for t in [*s.after, *s.by] if t.label_ == "MIL_UNIT"), None) or next(
            (_unit_actor(g) for g in s.groups if trig.end <= g.start < s.frame.clause[1]), None)
        if attacker is not None:
            return attacker  # "shot down 23 Ukrainian drones", "repelled two attacks by Hezbollah fighters"
    named_on = next((g for g in s.groups if clause[0] <= g.start and 0 <= trig.start - g.end <= 2
                     and _weapon_or_strike(s, g.end)), None)
    if s.etype == "attack" and named_on is not None:
        return _unit_actor(named_on)  # "a Houthi missile attack", "Hezbollah rockets struck"
    if s.etype == "attack" and (trig.nominal or _victims_before(s)):
        by = _agent_after_by(s)  # "an attack by Hezbollah fighters", "Kherson was struck by Russian drones"
        if by is not None:
            return by
    units_before = [t for t in s.before if _country_of(t) and t.label_ == "MIL_UNIT" and not _hit_before(s, t)]
    ends = {t.end for t in units_before}
    units_before = [t for t in units_before if not (t.start > 0 and t.start - 1 in ends and s.doc[t.start - 1].text == "(")]
    if len(units_before) > 1 and _companion(s, units_before[-1]):
        units_before = units_before[:-1]  # "Ugandan troops serving with the Somali army arrived": the troops
    states_before = [t for t in s.before if _country_of(t) and t.label_ == "ACTOR"]
    units_after = [t for t in s.after if _country_of(t) and t.label_ == "MIL_UNIT"]
    adjective = [n for n in s.nationals if clause[0] <= n.start and 0 <= trig.start - n.end <= 2]
    if adjective and trig.nominal:
        return _actor(adjective[-1].label_)  # "in a Russian drone attack": the demonym names the attacker
    subject = _materiel_subject(s)
    if subject is not None and not (units_before and units_before[-1].start > subject.start):
        return _actor(subject.label_)  # "X said Israeli warplanes and artillery struck": the warplanes' side
    if units_before:
        return _unit_actor(units_before[-1])
    if adjective:
        return _actor(adjective[-1].label_)  # "Israeli airstrikes"
    if states_before:
        return _actor(_country_of(states_before[-1]))
    if units_after and s.etype not in ("attack", "casualties"):
        return _actor(_country_of(units_after[0]))  # forces after a strike or a killing are the side hit
    stateless = _stateless_force(s)
    if stateless is not None:
        return stateless  # "Armed men attacked", "Coalition military forces conducted 21 strikes"
    speaker = _speaker_side(s) or _pronoun_speaker(s)
    if speaker is not None:
        return speaker
    if s.etype != "casualties" and (s.has_ref or any(t.label_ == "QUANTITY" for t in s.frame.tags) or s.units
                                    or _weapon_subject(s)):
        # (the dead take the actor of their sentence's strike instead: ``casualties_of_strikes``)
        last = s.ctx.last_actor
        guess = _actor(last.get(s.etype) or last.get("deployment") or s.ctx.topic_force())
        counted = {t.end for t in s.frame.sent_tags if t.label_ == "QUANTITY" and t.start >= trig.end}
        hit = {_country_of(t) for t in s.frame.sent_tags if t.label_ == "MIL_UNIT" and t.start in counted}
        hit |= {_country_of(t) for t in s.before if t.label_ == "MIL_UNIT" and _hit_before(s, t)}
        if s.etype == "attack" and guess is not None and guess["country"] in hit:
            return None  # "a roadside bomb killed two Nigerian soldiers": the side hit is no attacker
        return guess
    return None


def _sighted_owner(s: Slots) -> dict[str, Any] | None:
    """The side named on a count of what was detected: a demonym inside it ("three Chinese
    warships") or a force right after its number ("71 PLA aircraft", d257)."""
    for q in s.frame.tags:
        if q.label_ != "QUANTITY" or q.start < s.trig.end:
            continue
        unit = next((t for t in s.frame.tags if t.label_ == "MIL_UNIT" and q.start <= t.start <= q.end
                     and _country_of(t)), None)
        if unit is not None:
            return _unit_actor(unit)
        national = next((n for n in s.nationals if q.start <= n.start < q.end), None)
        if national is not None:
            return _actor(national.label_)
    return None


def _weapon_subject(s: Slots) -> bool:
    """"a drone hit a residential building", "a guided bomb struck the street", "the occupiers
    struck": a strike whose subject is a weapon or the text's word for the other side, by the side
    the text has named as attacking."""
    return s.etype == "attack" and s.trig.verbal and (_weapon_before(s.frame) or _enemy_before(s.frame))


@cache
def _enemy_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.units().get("enemy_nouns", []))


def _companion(s: Slots, unit: Span) -> bool:
    """Whether ``unit`` is named as the force another serves with or fights beside ("serving with
    the Somali National Army", "alongside the Nigerien army", "under ATMIS"), not the subject."""
    lowers = token_table(s.doc).lowers
    k = unit.start - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    return k >= 0 and lowers[k] in ("with", "alongside", "under", "beside")


def _stateless_force(s: Slots) -> dict[str, Any] | None:
    """A force of no state before the trigger acts by its name: a group without a country
    ("Coalition military forces"; a state's formation of unknown state gives no actor) or a bare force noun and its adjectives ("Armed men",
    "unidentified gunmen", "Bandits") that no tag holds."""
    if s.etype == "casualties" and _victims_before(s):
        return None
    named = [t for t in s.before if t.label_ == "MIL_UNIT" and not _country_of(t) and (t._.norm or {}).get("name")
             and (t._.norm or {}).get("kind") == "group" and not _hit_before(s, t)]  # a state's formation: unknown state
    if named:
        return {"name": (named[-1]._.norm or {})["name"], "country": None}
    lowers, taken = token_table(s.doc).lowers, {k for t in s.frame.sent_tags for k in range(t.start, t.end)}
    bare = _bare_nouns()
    k = next((k for k in range(s.trig.start - 1, s.frame.clause[0] - 1, -1) if lowers[k] in bare and k not in taken), None)
    if k is None or (k > 0 and s.doc[k - 1].is_stop and lowers[k - 1] not in ("armed", "unknown")):
        return None  # "the gunmen", "their militants": an anaphor, whose side the text named before
    first = k
    while first > s.frame.clause[0] and s.doc[first - 1].is_alpha and not s.doc[first - 1].is_stop \
            and first - 1 not in taken and k - first < 2:
        first -= 1
    return {"name": " ".join(lowers[first : k + 1]), "country": None}


@cache
def _bare_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.units().get("stateless_force_nouns", []))


def _pronoun_speaker(s: Slots) -> dict[str, Any] | None:
    """"AFRICOM said it carried out an airstrike", "the army said its forces struck": a pronoun
    right after the speech verb names the speaker, the last state or force before that verb."""
    lowers, sent = token_table(s.doc).lowers, s.frame.sent
    for v in range(s.trig.start - 1, max(sent.start, s.trig.start - 8) - 1, -1):
        if lowers[v] not in s.lex.speech_verbs:
            continue
        p = v + 2 if v + 1 < s.trig.start and lowers[v + 1] == "that" else v + 1
        if p >= s.trig.start or lowers[p] not in s.lex.third_person:
            return None
        tags = [t for t in s.frame.sent_tags if t.end <= v and t.label_ in ("MIL_UNIT", "ACTOR")]
        return _unit_actor(tags[-1]) if tags else None
    return None


def _materiel_subject(s: Slots) -> Span | None:
    """The demonym of materiel that is the trigger's subject ("Israeli warplanes and artillery
    struck", "Russian drones and missiles hit"): only weapons, "and" and commas stand between
    the demonym and a verbal trigger."""
    if not s.trig.verbal or s.etype != "attack":
        return None
    lowers, forms = token_table(s.doc).lowers, lexicon.item_index().forms
    for n in reversed(s.nationals):
        if not s.frame.clause[0] <= n.start < n.end < s.trig.start:
            continue
        between = lowers[n.end : s.trig.start]
        kinds = [forms.get(w, ("", ""))[1] for w in between if w not in (",", "and")]
        if kinds and all(k == "materiel" for k in kinds):
            return n
        return None  # only the demonym nearest the trigger can be its subject's
    return None


def _weapon_or_strike(s: Slots, k: int) -> bool:
    """Whether the word after a group's name is a weapon or a strike ("Houthi drones", "a Hezbollah
    attack"), not what is struck ("ISIL targets", "Hezbollah positions")."""
    word = token_table(s.doc).lowers[k] if k < len(s.doc) else ""
    hit = lexicon.item_index().forms.get(word)
    return (hit is not None and hit[1] == "materiel") or (k == s.trig.start and word not in type_words("attack", "struck_nouns"))


def _speaker_side(s: Slots) -> dict[str, Any] | None:
    """'"We destroyed three tanks," the Ukrainian General Staff said': a side speaking of itself
    ("we", "our units") inside a quotation acts for the speaker (see ``speaker_tag``)."""
    tag = s.speaker
    if tag is None:
        return None
    return _unit_actor(tag) if tag.label_ in ("MIL_UNIT", "ACTOR") else _actor(tag.label_)


def speaker_tag(s: Slots) -> Span | None:
    """The tag naming the side of a first-person quotation around the trigger: the first state,
    force or demonym of the words outside the quotation, or None when they name none."""
    table = token_table(s.doc)
    sent, trig, clause = s.frame.sent, s.trig, s.frame.clause
    if s.lex.first_person.isdisjoint(table.lowers[clause[0] : trig.start]):
        return None
    marks = [k for k in range(sent.start, sent.end) if table.words[k] in s.lex.quote_marks]
    if len(marks) < 2 or not marks[0] < trig.start < marks[-1]:
        return None
    outside = [t for t in [*s.frame.sent_tags, *s.nationals] if not marks[0] <= t.start <= marks[-1]]
    for tag in sorted(outside, key=lambda t: t.start):
        if (tag.label_ in ("MIL_UNIT", "ACTOR") and _country_of(tag)) or tag in s.nationals:
            return tag
    return None


def _unit_actor(tag: Span) -> dict[str, Any] | None:
    """A state's forces act for the state; an armed group ("JNIM militants") acts in its own name."""
    norm = tag._.norm or {}
    if norm.get("kind") == "group" and norm.get("name"):
        return {"name": norm["name"], "country": norm.get("country")}
    return _actor(norm.get("country"))


def _victims_before(s: Slots) -> bool:
    """Whether the trigger's subject is the side hit: a passive ("were killed", "had been captured")
    or a verb whose subject suffers it ("died", "lost", "surrendered"), or a noun ("deaths")."""
    if not s.trig.verbal:
        return True
    first = s.doc[s.trig.start].lower_
    if first in type_words("casualties", "victim_subject"):
        return True
    k = s.trig.start - 1
    return k >= s.frame.clause[0] and s.doc[k].lower_ in ("was", "were", "been", "being", "is", "are", "be", "got")


def _hit_before(s: Slots, unit: Span) -> bool:
    """"Three Israeli soldiers were wounded by a missile fired from Lebanon": a force that is the
    subject of a casualty standing between it and this trigger was hit; it did not fire."""
    victims = type_words("casualties", "victim_subject")
    for other in s.frame.others:
        if other.type != "casualties" or not unit.end <= other.start < s.trig.start:
            continue
        first = other.text.lower().split()[0]
        if first in victims or first in PASSIVE_AUX:
            return True
    return False


def _agent_after_by(s: Slots) -> dict[str, Any] | None:
    """"killed by Russian forces", "killed by Russian shelling": the agent after a passive's "by"."""
    if s.by:
        return _unit_actor(s.by[0]) if s.by[0].label_ == "MIL_UNIT" else _actor(_country_of(s.by[0]))
    for n in s.nationals:
        if n.start >= 1 and s.doc[n.start - 1].lower_ == "by" and n.start >= s.trig.end:
            return _actor(n.label_)
    return None


def fill_target(s: Slots, actor: dict[str, Any] | None, location: dict[str, Any] | None,
                quantities: list[Span]) -> dict[str, Any] | None:
    """The side attacked or hit (RECORDS.md ``recipient``): forces or a state after the trigger
    ("Russian forces shelled Ukrainian forces"), the nationality of the people counted, else the
    country of the place when the actor is another country."""
    own = (actor or {}).get("country")
    victims_before = s.etype == "casualties" and _victims_before(s)
    hit = _victims_side(s) if victims_before else None
    if hit is not None:
        return hit
    after = [] if victims_before else s.after  # "... when Russian forces shelled"
    for tag in after:
        country = _country_of(tag)
        if country and country != own and tag.label_ in ("MIL_UNIT", "ACTOR"):
            return _actor(country)
    struck = next((g for g in s.groups if s.trig.end <= g.start < s.frame.clause[1] and not _weapon_or_strike(s, g.end)), None)
    if struck is not None and not victims_before:
        return _unit_actor(struck)  # "strikes against ISIS targets", "hit a JNIM position"
    for q in quantities:
        unit = next((t for t in s.frame.tags if t.label_ == "MIL_UNIT" and t.start == q.end), None)
        if unit is not None and _country_of(unit):
            return _actor(_country_of(unit))  # "140 Ukrainian servicemen"
    intercepted = s.trig.text.lower() in s.lex.interceptions
    # "Israeli air defences shot down an Iranian drone", "Malian soldiers repelled an attack by JNIM":
    # the force before a defence verb is the side attacked (a state's forces; the attacker may be a
    # group of the same country)
    defenders = [t for t in s.before if _country_of(t) and t.label_ in ("MIL_UNIT", "ACTOR")
                 and (t._.norm or {}).get("kind") != "group"] if intercepted else []
    if defenders and (_country_of(defenders[-1]) != own or (actor or {}).get("name") != _actor_name(own)):
        return _actor(_country_of(defenders[-1]))
    owner = None if victims_before or intercepted else _owner_after(s, own)
    if owner is not None:
        return owner
    place_country = (location or {}).get("country")
    if _civilians_hit(s):
        # a place the gazetteer does not know ("near Eringeti") is in the country of the armed group
        # that struck there, or of the text's other places
        group = (actor or {}).get("country") if (actor or {}).get("name") != _actor_name((actor or {}).get("country")) else None
        country = place_country or (sentence_place(s.frame) or {}).get("country") or group or s.ctx.topic_country()
        if country:
            return {"name": "civilians", "country": country}  # the people of the place, whoever struck
    if place_country and place_country != own:
        return _actor(place_country)
    return None


def _civilians_hit(s: Slots) -> bool:
    """Whether the sentence counts civilians killed, wounded or taken ("killing one woman and
    wounding four people", "Nine civilians were killed"); "casualties" or "victims" may be anyone's."""
    neutral = _neutral_victims()
    for t in s.frame.sent_tags:
        if t.label_ == "QUANTITY":
            item = (t._.norm or {}).get("item")
            if item and item not in neutral and item_class(t._.norm) == "civilians":
                return True
    return False


@cache
def _neutral_victims() -> frozenset[str]:
    return frozenset(lexicon.items().get("neutral_victims", []))


def _actor_name(country: str | None) -> str | None:
    return (_actor(country) or {}).get("name")


def _victims_side(s: Slots) -> dict[str, Any] | None:
    """"Russia had lost 1,270 servicemen", "A Ukrainian serviceman surrendered", "35 Boko Haram
    fighters were killed": the side of the subject nearest the trigger; never the speaker ("The
    Nigerian Army said ...")."""
    lowers = token_table(s.doc).lowers
    speech = s.lex.speech_verbs
    sides = [t for t in s.before if t.label_ in ("MIL_UNIT", "ACTOR") and speech.isdisjoint(lowers[t.end : t.end + 2])
             and (_country_of(t) or (t._.norm or {}).get("kind") == "group")]
    names = [n for n in s.nationals if s.frame.clause[0] <= n.start < s.trig.start]
    if not sides and not names:
        return None
    tag = max([*sides, *names], key=lambda t: t.start)
    if tag in names:
        return _actor(tag.label_)
    return _unit_actor(tag) if tag.label_ == "MIL_UNIT" else _actor(_country_of(tag))


def _owner_after(s: Slots, own: str | None) -> dict[str, Any] | None:
    """"destroyed two Russian helicopters", "hit an Israeli tank": a demonym on what the trigger
    acts on names the side hit; not one naming where a weapon was made ("Iranian-made drones") or
    what the attacker used ("with Iranian drones")."""
    table = token_table(s.doc)
    clause_end = s.frame.clause[1]
    for n in s.nationals:
        if not s.trig.end <= n.start < clause_end or n.label_ == own:
            continue
        if n.end < len(table.words) and table.words[n.end] in ("-", "‑"):
            continue
        if any(w in ("with", "using", "by", "from") for w in table.lowers[max(s.trig.end, n.start - 3) : n.start]):
            continue
        return _actor(n.label_)
    return None


_HEADER_WORDS = 14  # a longer stretch before a colon is a sentence, not an entry's address


def fill_place(s: Slots) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Where it happens (or the destination) and where a movement starts, most specific first."""
    location, origin = _places_by_preposition(s)
    doc, trig, etype = s.doc, s.trig, s.etype
    if etype == "casualties" and (bracketed := _bracket_place(s)) is not None:
        location = bracketed  # "followed by Donetsk region (74 killed, 212 injured)"
    if etype == "deployment" and (space := _violated_space(s)) is not None:
        location = space  # "Polish airspace was violated by drones": the subject is the place
    if location is None and etype == "withdrawal" and origin is not None:
        location, origin = origin, None
    if location is None and etype != "supply":  # after a supply verb a place is its recipient
        for tag in s.frame.tags:
            if location is not None:
                break
            if tag.label_ == "LOCATION" and tag.start > trig.start and _prep_before(doc, tag) not in _ORIGIN \
                    and s.frame.owns(tag) and not (origin and _norm(tag).get("name") == origin.get("name")) \
                    and not (origin and _addresses_origin(s, tag)):
                location = _norm(tag)  # ... never the place left ("departed Norfolk")
            elif etype == "attack" and tag.label_ == "ACTOR" and tag.start == trig.end:
                location = _norm(tag)  # "Russia attacked Ukraine with 87 drones": the country attacked
    ctx = s.ctx
    if location is None and etype == "casualties":
        location = _relative_place(s)  # "the June 2014 raid on Mpeketoni, in which about 60 people were killed"
    if location is None:
        location = _header_place(s)
    if location is None:
        location = _anaphoric_place(s)
    if location is None and ctx.carried_location is not None and s.frame.clause[0] <= ctx.carried_until:
        location = dict(ctx.carried_location)
        s.place_guessed = etype == "casualties"  # "In the Segou region, ... attacked a post in Niono, killing three"
    if location is None and etype in ("attack", "casualties"):
        location = sentence_place(s.frame, s.lex.source_before, s.lex.speech_verbs)
        s.place_guessed = location is not None
    location = _narrowed(s, location)
    keys = ("name", "country", "lat", "lon")
    return ({k: location.get(k) for k in keys} if location is not None else None,
            {k: origin.get(k) for k in keys} if origin is not None else None)


def _relative_place(s: Slots) -> dict[str, Any] | None:
    """The place of the strike a relative clause goes back to (``_relative_head``): the first
    place after its noun, before the comma ("raid on Mpeketoni, in which ...")."""
    head = _relative_head(s)
    if head is None:
        return None
    place = next((t for t in s.frame.sent_tags if t.label_ == "LOCATION" and head.end <= t.start < s.frame.clause[0]), None)
    return _norm(place) if place is not None else None


def _bracket_place(s: Slots) -> dict[str, Any] | None:
    """The place right before the brackets a toll stands in ("Sumy (two killed, five wounded) and
    Chernihiv (one killed)"): a bracketed toll after a place is that place's, as tables and
    monthly round-ups write them; the clause's own place is some other row's."""
    words = token_table(s.doc).words
    k = int(s.trig.start) - 1
    while k >= s.frame.sent.start and words[k] not in ("(", ")"):
        k -= 1
    if k < s.frame.sent.start or words[k] != "(":
        return None
    place = next((t for t in s.frame.sent_tags if t.label_ == "LOCATION" and t.end == k), None)
    return _norm(place) if place is not None else None


def _addresses_origin(s: Slots, tag: Span) -> bool:
    """A place after a comma right after the place a movement started from is that place's
    address ("from Fort Carson, Colorado, to Poland", d24), not the destination."""
    words = token_table(s.doc).words
    return tag.start > 1 and words[tag.start - 1] == "," and any(
        t.label_ == "LOCATION" and t.end == tag.start - 1 and _prep_before(s.doc, t) in _ORIGIN for t in s.frame.tags)


def _violated_space(s: Slots) -> dict[str, Any] | None:
    """The airspace or waters a trigger that needs them names ("violated Greek airspace", "Polish
    airspace was violated"), before or after it in the clause."""
    context = s.lex.needs_context.get(s.trig.text.lower())
    if not context:
        return None
    lowers = token_table(s.doc).lowers
    return next((_norm(t) for t in s.frame.tags if t.label_ == "LOCATION" and s.frame.owns(t)
                 and not context.isdisjoint(lowers[t.start : t.end])), None)


def _header_place(s: Slots) -> dict[str, Any] | None:
    """An entry of an incident log heads its line with its address before a colon, widest first
    ("31/03 – Ulang County, Doma payam: SSPDF air strike ..."): the last place of that address."""
    doc = s.doc
    text, at = token_table(doc).full, doc[s.trig.start].idx  # the table's text: ``doc.text`` is rebuilt per call
    line = text.rfind("\n", 0, at) + 1
    colon = text.find(": ", line, at)  # not "3:15"
    if colon < 0 or len(text[line:colon].split()) > _HEADER_WORDS:
        return None
    places = sorted((t for t in s.frame.sent_tags if t.label_ == "LOCATION" and t.start_char >= line
                     and t.end_char <= colon), key=lambda t: t.start)
    # an address is two places or more joined by commas; one place ("NARATHIWAT:", "Ituri:") or a
    # list ("Hasakah and Aleppo:") heads a section whose sentences name their own places
    gaps = [text[a.end_char : b.start_char] for a, b in zip(places, places[1:], strict=False)]
    address = len(places) > 1 and all("," in gap and " and " not in gap for gap in gaps)
    return _norm(places[-1]) if address else None


@cache
def _division_nouns() -> frozenset[str]:
    return frozenset(lexicon.places_rules().get("division_nouns", []))


@cache
def _compass() -> frozenset[str]:
    return frozenset(lexicon.places_rules().get("compass_points", []))


@cache
def _apposition_references() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in lexicon.places_rules().get("apposition_references", []))


def _reference_point(doc: Doc, tag: Span, tags: list[Span]) -> Span | None:
    """The place a compass phrase or an apposition locates by ``tag`` ("Ras Isa port north of
    Hodeidah" -> Ras Isa port; "Singa, the capital of Sennar State" -> Singa), or None when ``tag``
    is no such reference point."""
    lowers = token_table(doc).lowers
    for words in _apposition_references():
        k = tag.start - len(words)
        if k > 1 and tuple(lowers[k : tag.start]) == words and lowers[k - 1] == ",":
            # "entered Singa, the capital of Sennar State": the state locates the town before the comma
            return next((t for t in tags if t.label_ == "LOCATION" and t.end == k - 1), None)
    if tag.start < 2 or lowers[tag.start - 1] != "of" or lowers[tag.start - 2] not in _compass():
        return None
    return next((t for t in tags if t.label_ == "LOCATION" and 0 <= tag.start - 2 - t.end <= 2), None)


def _names_a_noun(s: Slots, tag: Span) -> bool:
    """Whether a place name describes the noun after it ("attacked Amhara civilians"): then the
    place is no object of the verb."""
    lowers = token_table(s.doc).lowers
    nxt = lowers[tag.end] if tag.end < len(lowers) else ""
    return nxt in lexicon.item_index().forms or nxt in _force_words()


def _anaphoric_place(s: Slots) -> dict[str, Any] | None:
    """"bombed the village", "in the township", "in the city": the place of that kind the text
    named last ("Let Pan Hla village", "Tabayin Township"); for a town noun, else the last town
    (a place the gazetteer placed)."""
    lowers, nouns = token_table(s.doc).lowers, _anaphoric_nouns()
    taken = {k for t in s.frame.sent_tags for k in range(t.start, t.end)}
    at = next((k + 1 for k in range(s.frame.clause[0], s.frame.clause[1] - 1)
               if lowers[k] == "the" and lowers[k + 1] in nouns and k + 1 not in taken), None)
    if at is None:
        return None
    earlier = [(text, norm) for start, text, norm in s.ctx.places if start < at]
    # "Let Pan Hla village", "Tabayin Township"; but "Gaza City" is a name, not a city told as such
    typed = next((norm for text, norm in reversed(earlier) if text.endswith(lowers[at]) and lowers[at] != "city"), None)
    if typed is None and lowers[at] in _division_nouns():
        # "killed in the state": the last first-level division named ("Chhattisgarh", "Sinaloa")
        divisions = lexicon.division_names()
        typed = next((norm for text, norm in reversed(earlier) if norm.get("name") in divisions), None)
    if typed is None and lowers[at] in ("city", "town", "village"):
        # the last place named that is no country and no district or province ("Residents of
        # Quiterajo, in Macomia district, said ... entered the village": Quiterajo; "the city" after
        # El Obeid is El Obeid, whatever Gaza City was named before it, d241)
        wider = region_words()
        typed = next((norm for text, norm in reversed(earlier) if norm.get("name") not in _country_names()
                      and text.split()[-1].lower() not in wider), None)
    if typed is None and lowers[at] == "island":
        # "around the island" after Taiwan (d257): the last island state named
        typed = next((norm for text, norm in reversed(earlier) if norm.get("country") in _island_states()
                      and norm.get("lat") is None), None)
    if typed is None and lowers[at] == "capital":
        typed = _capital_of(earlier)  # "to help secure the capital": Juba, after South Sudan
    return dict(typed) if typed is not None else None


@cache
def _island_states() -> frozenset[str]:
    """places.json ``island_states``: states that are an island ("the island" after Taiwan)."""
    return frozenset(lexicon.places_rules().get("island_states", []))


def _capital_of(earlier: list[tuple[str, dict[str, Any]]]) -> dict[str, Any] | None:
    """The capital of the country of the last place named (countries.csv)."""
    iso = next((norm.get("country") for _, norm in reversed(earlier) if norm.get("country")), None)
    country = lexicon.countries().get(iso) if iso else None
    if country is None or not country.capital:
        return None
    return {"name": country.capital, "country": iso, "lat": None, "lon": None}


@cache
def region_words() -> frozenset[str]:
    """Words that name a wider area after a place ("Kupiansk district", "Kherson region")."""
    return frozenset(lexicon.places_rules().get("region_words", []))


@cache
def _anaphoric_nouns() -> frozenset[str]:
    return frozenset(lexicon.places_rules().get("anaphoric_place_nouns", []))


@cache
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in lexicon.countries().values())


def _taken_from(s: Slots, tag: Span) -> bool:
    """People abducted or captured "from" a place after the verb were taken there ("abducted 25
    people from Kaura Namoda"); soldiers killed "from Georgia" only come from there."""
    return s.etype == "casualties" and tag.start > s.trig.start and outcome_of(s.trig.text, s.lex) == "captured"


def _places_by_preposition(s: Slots) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Places of the clause read by their preposition: "to", "in", "near" ... mark where, "from" an origin."""
    doc, trig, etype, tags = s.doc, s.trig, s.etype, s.frame.tags
    location = origin = None
    location_before = False
    measure_ends = {t.end for t in tags if t.label_ == "QUANTITY" and (t._.norm or {}).get("unit")}
    for tag in tags:
        if tag.label_ != "LOCATION" or not s.frame.owns(tag):
            continue
        prep = _placing_prep(doc, tag, tags)
        if prep in ("in", "at", "near") and etype in ("deployment", "withdrawal", "supply") and _inside_origin(s.frame, tag):
            prep = "from"  # "from the Army Prepositioned Stocks site in Powidz to the training area" (d251)
        if trig.verbal and tag.start == trig.end and (etype == "withdrawal" or _deployment_verb(trig, "departure_verbs")
                                                      or _leaving(trig)):
            origin = origin or _norm(tag)  # "left Macomia town for Pemba", "departed Norfolk": the place left
            continue
        if prep == "for" and etype in ("withdrawal", "deployment") and location is None:
            location = _norm(tag)  # ... and the place they left for
            continue
        if prep in _ORIGIN:
            # "50 kilometers from the border" is a distance, not where a movement started
            if any(e in (tag.start - 1, tag.start - 2) for e in measure_ends):
                continue
            if origin is None and etype in ("deployment", "withdrawal", "supply"):
                origin = _norm(tag)
            elif (etype == "withdrawal" or _taken_from(s, tag)) and location is None:
                location = _norm(tag)  # "abducted 25 people from Kaura Namoda": where they were taken
            continue
        if etype == "supply" and (prep in ("to", "with", "for", "from") or tag.start == trig.end):
            continue  # the recipient or the seller, not a place
        if _possessor(doc, tag, tags):
            continue  # "into Russia's Kursk region": the region, not the country
        if etype == "attack" and trig.verbal and (tag.start == trig.end or (
                tag.start == trig.end + 1 and doc[trig.end].lower_ == "the")) and not _names_a_noun(s, tag):
            location, location_before = _norm(tag), False  # "shelled Kafr Nabl in Jabal al-Zawiya": the town struck
            continue
        placed = _reference_point(doc, tag, s.frame.sent_tags)
        if placed is not None:  # "Ras Isa port north of Hodeidah": the reference point is no second place
            location = location or _norm(placed)
            continue
        if (prep in _DEST or (prep == "of" and etype in ("attack", "casualties"))) and (
                location is None or (location_before and tag.start >= trig.end)):
            # a place after the trigger outranks one in the subject ("soldiers of the brigade in
            # Latvia arrived at the Adazi base"): the first after it, else the first before it
            location, location_before = _norm(tag), tag.end <= trig.start
    return location, origin


@cache
def _shared_areas() -> frozenset[str]:
    """Lines, seas and areas of no single country (regions.csv rows without iso3): "Line of Control"."""
    return frozenset(r.name for r in lexicon.regions() if not r.iso3)


def _narrowed(s: Slots, location: dict[str, Any] | None) -> dict[str, Any] | None:
    """"along the Line of Control in Poonch district", "along the LoC in the Keran sector of
    Kupwara": a line, sea or area of no single country (``_shared_areas``), then "in" and a
    place, which is where on it."""
    if location is None or location.get("name") not in _shared_areas():
        return location
    tags = [t for t in s.frame.sent_tags if t.label_ == "LOCATION"]
    at = next((t for t in tags if (t._.norm or {}).get("name") == location.get("name")), None)
    if at is None:
        return location
    lowers = token_table(s.doc).lowers
    end = at.end
    if end < len(lowers) and lowers[end] == "(" and ")" in lowers[end : end + 4]:
        end = lowers.index(")", end) + 1  # "the Line of Control (LoC) in the Keran sector"
    for tag in tags:
        if end < tag.start <= end + 2 and "in" in lowers[end : tag.start]:
            return _norm(tag)
    return location


def fill_time(s: Slots) -> dict[str, Any] | None:
    """The date of the clause nearest the trigger; "after the July coup" dates another event."""
    doc, trig = s.doc, s.trig
    gone_back = _time_gone_back_to(s)
    if gone_back is not None:
        return gone_back
    dates = [t for t in s.frame.tags if t.label_ == "DATE_RANGE" and s.frame.owns(t)
             and (_prep_before(doc, t) not in ("after", "before", "following") or _opens_when(doc, t, trig))]
    # "said on Wednesday that 1,086 people had been killed since January": the day of the statement
    # yields to a date of the event itself
    dates = [t for t in dates if not _speech_date(s, t)] or dates
    if not dates:
        # "On 23 March 2019, Dozo militiamen attacked ...": a date opening the sentence dates it all
        first = min((t.start for t in (*s.frame.others, trig)), default=trig.start)
        sentence_dates = [t for t in s.frame.sent_tags if t.label_ == "DATE_RANGE"]
        if all(t.end <= first for t in sentence_dates):  # else the nearest of them decides, later
            dates = sentence_dates
    if not dates:
        return None
    tag = min(dates, key=lambda t: min(abs(t.start - trig.end), abs(trig.start - t.end)))
    tag = _narrower_date(s, tag)
    n = _norm(tag)
    named = _named_since(s, tag)
    if named is not None:
        return named  # "since the June 2014 raid on Mpeketoni, in which 60 people were killed": June 2014
    if _when_of_since(doc, tag, trig):
        return _own_period(n) or {"start": n.get("start"), "end": n.get("start"), "granularity": n.get("granularity")}
    if s.etype == "casualties" and _as_of(doc, tag):
        # "As of 30 November 2024, the battle had killed ...": everyone up to that day
        return {"start": None, "end": n.get("end"), "granularity": n.get("granularity")}
    return {"start": n.get("start"), "end": n.get("end"), "granularity": n.get("granularity")}


def _time_gone_back_to(s: Slots) -> dict[str, Any] | None:
    """The date of what a clause opened after a comma goes back to: the since-date before ", when"
    ("since October 2011, when KDF troops crossed into Somalia", d63: its own month), or the date
    of the strike an "in which" clause names ("Hamas's October 7, 2023, invasion of southern
    Israel, in which ...", d256)."""
    since_when = next((t for t in s.frame.sent_tags if t.label_ == "DATE_RANGE" and t.end <= s.frame.clause[0] <= t.end + 2
                       and _when_of_since(s.doc, t, s.trig)), None)
    if since_when is not None and (period := _own_period(_norm(since_when))) is not None:
        return period
    head = _relative_head(s) if s.etype == "casualties" else None
    before = [t for t in s.frame.sent_tags if t.label_ == "DATE_RANGE" and head.start - 2 <= t.end <= head.start] if head else []
    if not before:
        return None
    n = _norm(before[-1])
    return _named_since(s, before[-1]) or {"start": n.get("start"), "end": n.get("end"), "granularity": n.get("granularity")}


def _relative_head(s: Slots) -> Any | None:
    """The strike a relative clause goes back to ("the June 2014 raid on Mpeketoni, in which about
    60 people were killed", d222; "Hamas's October 7, 2023, invasion of southern Israel, in which
    terrorists killed ...", d256): the last noun of attack before the comma that opens "in which",
    "during which" or "where"."""
    lowers = token_table(s.doc).lowers
    k = s.frame.clause[0]
    if k < len(lowers) and lowers[k] == ",":
        k += 1
    opens = (lowers[k : k + 2] in (["in", "which"], ["during", "which"])) or (k < len(lowers) and lowers[k] == "where")
    if not opens or k == 0 or lowers[k - 1] != "," or s.trig.start < k:
        return None
    heads = [t for t in s.frame.others if t.type == "attack" and t.nominal and t.end < k]
    return max(heads, key=lambda t: t.start) if heads else None


def _named_since(s: Slots, tag: Span) -> dict[str, Any] | None:
    """A "since" date right before a noun of attack dates that attack alone, and the clause that
    goes back to it: the raid of "since the June 2014 raid on Mpeketoni" was in June 2014 (its
    whole month, or day or year), while the main clause runs since then."""
    lowers = token_table(s.doc).lowers
    if lowers[tag.start] != "since":
        return None
    head = s.trig if (s.trig.type == "attack" and s.trig.nominal) else _relative_head(s)
    if head is None or tag.end != head.start:
        return None
    return _own_period(_norm(tag))


def _own_period(n: dict[str, Any]) -> dict[str, Any] | None:
    """The day, month or year a "since" date starts with, alone: "since October 2011, when KDF troops
    crossed into Somalia" is October 2011 for the crossing (d63)."""
    start, gran = n.get("start"), n.get("granularity")
    if not start or gran not in ("day", "month", "year"):
        return None
    year, month = int(str(start)[:4]), int(str(start)[5:7])
    end = str(start) if gran == "day" else f"{year}-12-31" if gran == "year" else f"{year}-{month:02d}-{last_day(year, month):02d}"
    return {"start": str(start), "end": end, "granularity": gran}


def _opens_when(doc: Doc, tag: Span, trig: Any) -> bool:
    """"after January 6, when Maoists blew up a DRG vehicle ..., killing eight jawans" (d254): the
    date a "when" clause goes back to dates the triggers of that clause."""
    lowers = token_table(doc).lowers
    return tag.end + 1 < int(trig.start) and lowers[tag.end : tag.end + 2] == [",", "when"]


def _narrower_date(s: Slots, tag: Span) -> Span:
    """The chosen date, or a later one of the sentence inside its range (``narrower_inside``),
    never one after "after"/"before" or the day of a statement (``_speech_date`` reads only dates
    before the trigger, so it is not asked here)."""
    later = [t for t in s.frame.sent_tags if t.label_ == "DATE_RANGE" and t.start >= s.trig.end
             and _prep_before(s.doc, t) not in ("after", "before", "following")]
    return narrower_inside(tag, later)  # (the day of a statement: narrower_inside's own check)


def narrower_inside(tag: Span, others: list[Span]) -> Span:
    """"Last week in Burkina Faso, JNIM militants attacked ... in Djibo, Soum province, on 3 June"
    (d121): of two dates of one event, one inside the other's range, the narrower says when; the
    first such of ``others``, else ``tag``."""
    n, lowers = _norm(tag), token_table(tag.doc).lowers
    lo, hi = n.get("start"), n.get("end")
    if not lo or not hi or n.get("granularity") not in ("week", "month") or lowers[tag.start] in _RUNNING:
        return tag  # "since January", "over the past week": a running period holds every later date
    for t in sorted(others, key=lambda t: t.start):
        m = _norm(t)
        said = any(lowers[k] in _speech_words() for k in range(max(0, t.start - 2), t.start))
        if t is not tag and m.get("granularity") == "day" and not said and m.get("start") and m.get("end") \
                and lo <= m["start"] and m["end"] <= hi:
            return t  # ... never the day a statement was made ("said on Thursday")
    return tag


_RUNNING = frozenset({"since", "over", "in", "during", "throughout", "for", "until", "till", "from"})


def _as_of(doc: Doc, tag: Span) -> bool:
    """Whether a date is the day a running figure stands at ("as of Feb. 15", "as at 30 June"),
    with the words inside its span or before it."""
    lowers = token_table(doc).lowers
    return lowers[tag.start : tag.start + 2] in (["as", "of"], ["as", "at"]) \
        or (tag.start >= 2 and lowers[tag.start - 2 : tag.start] in (["as", "of"], ["as", "at"]))


def _when_of_since(doc: Doc, tag: Span, trig: Any) -> bool:
    """"Since the opening wave on June 13, when 200 jets struck ...": the "when" clause tells of
    the event the "since" names, on its own day, not of the whole time since."""
    lowers = token_table(doc).lowers
    return lowers[tag.start] == "since" and _opens_when(doc, tag, trig) and "," not in lowers[tag.end + 2 : trig.start]


def _speech_date(s: Slots, tag: Span) -> bool:
    """Whether a date dates a speech verb ("said on Wednesday", "told reporters Monday") before the trigger."""
    lowers = token_table(s.doc).lowers
    k = tag.start - 1
    if k >= 0 and lowers[k] == "on":
        k -= 1
    if tag.end > s.trig.start:
        return False
    # the verb right before, or before its object ("told Reuters on Monday", "told the BBC on Monday")
    for j in range(k, max(k - 3, -1), -1):
        if lowers[j] in s.lex.speech_verbs:
            return True
        if not lowers[j].isalpha() or lowers[j] == "that":
            return False
    return False


def fill_mode(s: Slots, view: Any) -> str | None:
    """Air, rail, road or sea: from the trigger ("flown", "shipped") or a means named in the clause."""
    mode = s.lex.modes.get(s.trig.text.lower()) if s.etype == "deployment" else None
    if s.etype in ("deployment", "supply") and mode is None and view is not None:
        mode = mode_in(view.modes, s.frame.clause)
    return mode


@cache
def _gap_prepositions() -> frozenset[str]:
    """"500 soldiers to Kidal and 300 to Gao": the prepositions of where (items.json, shared with the quantity tagger)."""
    return frozenset(lexicon.items().get("gap_prepositions", []))


def _active_with_object(frame: Frame) -> bool:
    """Whether a casualty verb is active with its object after it ("two gunmen shot dead Abdullah
    Mama", "Three gunmen killed a village chief"): then a count before it counts the killers."""
    trig, doc = frame.trigger, frame.sent.doc
    if not trig.verbal or trig.end >= frame.clause[1] or (trig.start > 0 and doc[trig.start - 1].lower_ in _BE_FORMS | _AUX):
        return False
    nxt = doc[trig.end]
    if any(t.start == trig.end and t.label_ in ("DATE_RANGE", "LOCATION") for t in frame.sent_tags):
        return False  # "killed Monday", "killed Kidal residents"
    return nxt.lower_ in DETERMINERS or numbers.is_number_word(nxt.lower_) or nxt.like_num or (nxt.is_title and nxt.is_alpha)


def _select_type(frame: Frame, refs: list[Span]) -> str:
    """The event type a trigger's clause makes of it: a movement of goods is a supply ("Germany
    sent 18 tanks to Ukraine"), munitions on a course a strike ("15 projectiles were identified
    crossing from Lebanon"; ``course_verbs``); what is detected somewhere is there, never delivered;
    ships that leave port sail on deployment."""
    etype = frame.trigger.type
    if etype == "withdrawal" and _leaving(frame.trigger) and (_platform_before(frame) or any(
            t.label_ == "QUANTITY" and t.end <= frame.trigger.start and platform_count(t) for t in frame.tags)):
        return "deployment"  # "The ARG's three ships left Norfolk": ships leaving port sail on deployment (d179)
    if etype != "deployment":
        return etype
    if _deployment_verb(frame.trigger, "course_verbs") and _munitions_only(frame):
        return "attack"
    if not detected(frame.trigger) and not _describes_goods(frame) and not _kept_at_home(frame) and (
            _goods_not_forces(frame, refs) or _state_ships_abroad(frame, refs)):
        return "supply"  # "Germany sent 18 tanks to Ukraine": goods move, no force does
    return etype


def _leaving(trig: Any) -> bool:
    """A form of the withdrawal verb "leave" ("left Norfolk")."""
    return trig.text.lower().rsplit(" ", 1)[-1] in verb_forms("withdrawal", "leave")


@cache
def verb_forms(etype: str, lemma: str) -> frozenset[str]:
    """Every form, lower-cased, of one verb of an event type in triggers.json ("leave": "left", ...)."""
    return frozenset(f.lower() for f in lexicon.trigger_forms(lexicon.triggers()["types"][etype], lemma))


def _kept_at_home(frame: Frame) -> bool:
    """"Brazil sent 28 armored vehicles to Boa Vista": a state moving arms to a place of its own
    country deploys them; nothing goes to another party."""
    trig = frame.trigger
    states = {_country_of(t) for t in frame.tags if t.label_ == "ACTOR" and t.end <= trig.start} - {None}
    places = [t for t in frame.tags if t.label_ == "LOCATION" and t.start >= trig.end and _prep_before(frame.sent.doc, t) in _DEST]
    return bool(states) and bool(places) and _country_of(places[0]) in states


def _munitions_only(frame: Frame) -> bool:
    """Whether the clause counts munitions and nothing else ("Approximately 15 projectiles were
    identified crossing", "40 rockets flew toward Haifa"; items.json ``munitions``)."""
    # counts told before a toll ahead of this trigger are the toll's ("Three villagers were injured
    # when two mortar shells landed")
    since = max((o.end for o in frame.others if o.type == "casualties" and o.end <= frame.trigger.start),
                default=frame.sent.start)
    counted = [(t._.norm or {}).get("item") or "" for t in frame.tags if t.label_ == "QUANTITY" and t.start >= since]
    heads = [c.lower().rsplit(" ", 1)[-1] for c in counted if c]  # "and two toward Najran": the drones again
    return bool(heads) and all(h in munition_items() for h in heads)


def _gives_training(frame: Frame) -> bool:
    """A supply verb whose goods are training: a training trigger one or two words before or after it."""
    trig = frame.trigger
    return any(o.type == "training" and (0 <= int(trig.start) - int(o.end) <= 2 or 0 <= int(o.start) - int(trig.end) <= 2)
               for o in frame.others)


def _gapped_count(frame: Frame, tag: Span) -> bool:
    """Whether a bare count repeats the shape of a counted one before it, with the noun left out:
    "500 soldiers to Kidal and 300 to Gao", "120 soldiers from Latvia and another 40 from Lithuania".
    The same preposition after both counts is the sign; a bare number after a place ("Kidal, a town
    of 25,000") is none."""
    lowers = token_table(frame.sent.doc).lowers
    before = before_addition(lowers, tag.start, frame.sent.start)
    if lowers[before] not in ("and", ",") or tag.end >= frame.sent.end or lowers[tag.end] not in _gap_prepositions():
        return False
    # the counted one takes the same preposition, right after it or after its verb ("23 terrorists
    # were neutralised near Tessit, 11 near Déou")
    return any(t.label_ == "QUANTITY" and t.end < before and (t._.norm or {}).get("item")
               and lowers[tag.end] in (lowers[k] for k in _gap_prepositions_after(frame, t, before))
               for t in frame.tags)


_GAP_VERB = 4  # words a verb group may take between a count and its preposition ("were neutralised near")


def _gap_prepositions_after(frame: Frame, q: Span, stop: int) -> list[int]:
    """The tokens of ``gap_prepositions`` right after a count and its unit, or after its verb
    ("500 soldiers to Kidal", "23 terrorists were neutralised near Tessit"), before ``stop``."""
    lowers = token_table(frame.sent.doc).lowers
    start = _after_unit(frame, q)
    return [k for k in range(start, min(start + _GAP_VERB, stop)) if lowers[k] in _gap_prepositions()]


def _after_unit(frame: Frame, q: Span) -> int:
    """The token after a count and the unit it counts ("two battalions", "500 Marines of the 3rd Brigade" stops at the unit)."""
    unit = next((t for t in frame.tags if t.label_ == "MIL_UNIT" and t.start == q.end), None)
    return unit.end if unit is not None else q.end


def own_places(s: Slots, quantities: list[Span]) -> dict[int, Span]:
    """The place each count of a gapped list is sent to or taken from ("500 soldiers to Kidal and
    300 to Gao"): the first place after the preposition that follows the count, before the next
    count.  Empty unless at least two counts name their own place."""
    lowers = token_table(s.doc).lowers
    places: dict[int, Span] = {}
    preps: set[str] = set()
    for q, nxt in zip(quantities, [*(q.start for q in quantities[1:]), s.frame.clause[1]], strict=True):
        # the preposition right after the count, or after its verb ("were neutralised near Tessit")
        preps_after = _gap_prepositions_after(s.frame, q, min(nxt, s.frame.sent.end))
        after = preps_after[0] if preps_after else s.frame.sent.end
        if after < s.frame.sent.end:
            # "to Kidal", "to the prison in Machala": the first place before the next count
            place = next((t for t in s.frame.tags if t.label_ in ("LOCATION", "ACTOR") and after < t.start
                          and t.end <= min(nxt, after + 7)), None)
            if place is not None:
                places[q.start] = place
                preps.add(lowers[after])
    # one preposition for all ("to Kidal ... to Gao"); "at Malbork, alongside 170 from Coningsby" is no list
    return places if len(places) > 1 and len(preps) == 1 else {}


def fill_quantities(s: Slots, rivals: list[Any]) -> list[Span]:
    """The counts of the clause that belong to this trigger (the nearest of its rivals)."""
    quantities = pick_quantities(s.frame, s.etype)
    trig = s.trig

    lowers = token_table(s.doc).lowers

    def distance(t: Any, q: Span) -> int:
        gap = min(abs(q.start - int(t.end)), abs(int(t.start) - q.end))
        if q.end <= int(t.start) <= q.end + 2 and t.verbal and lowers[q.end] == "and" \
                and lowers[int(t.start)] not in _AUX:
            return len(lowers)  # "killed three civilians and wounded four": the count is the object of the verb before
        if int(t.end) < len(lowers) and int(t.end) == q.start - 1 and lowers[int(t.end)] == "and" \
                and any(r.verbal and r.type == t.type and int(r.start) >= q.end for r in (*s.frame.others, trig)):
            return len(lowers)  # "a soldier was killed and 14 people ... were wounded": the later verb's subject
        # "1,100 people have been killed and more than 1,300 reported missing": a count after "and"
        # is the subject of the verb that follows it rather than the object of the one before
        return gap + 1 if int(t.end) <= q.start and "and" in lowers[int(t.end) : q.start] else gap

    # "Two more Typhoons were sent to Cyprus in April after Iran launched a missile and drone attack":
    # a count before a finite verb of another type (an auxiliary with it) is that verb's subject,
    # not this later trigger's ("brigades trained in Poland had been moved": a participle is no verb)
    taken = [o for o in s.frame.others if o.verbal and o.type != trig.type and o.end <= int(trig.start)
             and (o.text.lower().split()[0] in PASSIVE_AUX or (o.start > 0 and lowers[o.start - 1] in PASSIVE_AUX))]
    return [q for q in quantities
            if distance(trig, q) < len(lowers) and all(distance(trig, q) <= distance(r, q) for r in rivals)
            and not any(q.end <= o.start for o in taken)]


def _enough_forces(etype: str, trig: Any, frame: Frame, found: tuple[bool, bool, bool], actors: list[Span],
                   quantities: list[Span], location: Any) -> bool:
    """``_enough`` for a movement or a presence: a force, people of one, or platforms that move
    themselves; ``found`` says whether the clause names a force, counts people, and has aircraft or
    ships as the subject of their own movement."""
    force, people, airborne = found
    if etype == "deployment" and location is None and _deployment_verb(trig, "need_place"):
        return False  # "served in the army for 20 years": membership, no presence anywhere
    if etype == "deployment" and _deployment_verb(trig, "place_verbs") and not (people and _deployment_verb(trig, "count_verbs")):
        # "Israel still holds five hilltop positions inside Lebanese territory": a state or a force holding a place
        # ("maintains 1,500 soldiers in Djibouti" counts people: a count verb's own rule below)
        return location is not None and (force or people or bool(actors) or _bare_force_before(frame))
    if etype == "deployment" and not people and _deployment_verb(trig, "count_verbs") \
            and not (location is not None and any(platform_count(q) for q in quantities)):
        return False  # "The company has 2,000 employees in Kenya": no force held there (but "still has two
        # destroyers in the southern Red Sea", d151: warships kept somewhere are there)
    # "three destroyers sailed into the Pacific": counted ships or aircraft, the verb's subject
    # or aircraft and ships sent, built up or detected somewhere ("sent 45 aircraft toward the island")
    moving = any(item_class(q._.norm or {}) == "materiel" and (
        trig.text.lower() in _sortie_verbs() or platform_count(q)) for q in quantities)
    # "12 tanks have been spotted near", "two companies were spotted": a force seen there
    moving = moving or (detected(trig) and any(sighted_count(q) for q in quantities))
    # "Brazil sent 28 armored vehicles to Boa Vista": a state moving arms within its borders
    kept = bool(actors) and location is not None and any(item_class(q._.norm or {}) == "materiel" for q in quantities)
    return force or people or _bare_force_before(frame) or moving or kept or airborne


def _enough(etype: str, trig: Any, frame: Frame, units: list[Span], actors: list[Span], has_ref: bool,
            quantities: list[Span], location: Any, time: Any, recipient: Any, purchases: set[str]) -> bool:
    """Whether the clause carries what an event of this type is about, beyond its trigger word.

    A movement needs a force (a unit, "these troops", or a count of people); a strike needs an
    attacker and a place, time or count; a delivery needs goods or both parties.  Ambiguous
    trigger words ("moved", "lost", "hit") ask for a force or a count in any case.
    """
    force = bool(units or has_ref)
    if etype == "casualties":
        people = [q for q in quantities if item_class(q._.norm or {}) != "materiel"]
    else:
        people = [q for q in quantities if item_class(q._.norm or {}) == "personnel" or _of_them_people(frame, q)]
    if etype == "deployment" and location and (trig.text.lower() in type_words("deployment", "presence_nouns")
                                               or _deployment_verb(trig, "presence_verbs")):
        return True  # "their presence was confirmed near Pokrovsk", "overflew Lesvos": presence is deployment
    weapon_hit = etype == "attack" and trig.verbal and location is not None and (_weapon_before(frame) or _weapon_by(frame))
    # "Fighting continued in Kursk Oblast", "Fighting was also reported around Budalin": fighting goes on there
    weapon_hit = weapon_hit or (etype == "attack" and trig.nominal and location is not None and _goes_on(frame))
    # "Greek fighter jets were scrambled", "two more F-16s flew over Samos": aircraft and ships named
    # as the subject of their own movement, with or without a count
    airborne = etype == "deployment" and _self_moving(trig, token_table(frame.sent.doc).lowers) and _platform_before(frame)
    # "columns of armoured vehicles rolled into Tripoli", "Twelve armoured vehicles entered Gao": armour drives itself
    airborne = airborne or (etype == "deployment" and _deployment_verb(trig, "ground_course_verbs") and _armour_before(frame))
    # "USS Carney arrived in the Red Sea": a warship named by its prefix is a force wherever it goes
    airborne = airborne or (etype == "deployment" and trig.verbal and location is not None and _named_ship_before(frame))
    if trig.ambiguous and not (force or quantities or (actors and location) or weapon_hit or airborne):
        return False  # "Russia fired a missile at Dnipro": a state acting on a place is enough; "a shell hit the hospital"
    if etype == "withdrawal" and trig.text.lower() in type_words("withdrawal", "force_only"):
        return force  # "23 crew members were evacuated": people taken to safety, no force withdrawing
    if etype in ("deployment", "withdrawal"):
        return _enough_forces(etype, trig, frame, (force, bool(people), airborne), actors, quantities, location)
    if etype == "training":
        return force or recipient is not None or bool(people)  # "About 1,800 recruits began the course"
    if etype == "supply" and _business_sale(frame, quantities, purchases):
        return False  # "Sales slipped 6.5 percent to $612 million"
    if etype == "supply":
        goods = [q for q in quantities if item_class(q._.norm or {}) == "materiel" or (q._.norm or {}).get("unit")]
        if trig.ambiguous:
            return bool(goods)  # "the General Staff gave the opposite version": giving nothing countable
        return bool(goods) or (bool(actors) and recipient is not None) or (force and recipient is not None)
    if etype == "attack" and _seized_goods(trig, quantities, frame):
        return False  # "40 firearms had been seized": a haul, not a strike
    if etype == "attack":
        attacker = force or bool(actors) or weapon_hit or _enemy_before(frame)
        if trig.nominal:
            # "A drone attack on a power station in Omdurman ... on Monday": a place and a day are
            # enough; so are a place or a day and the deaths told beside it, after ("an airstrike on
            # a market in En Nahud killed 23 people", "Clashes ... in April 2021 left 50 dead") or
            # before ("two people were injured in a drone attack on Kherson")
            killed = not _told_before(frame) and any(
                o.type == "casualties" and (0 < o.start - trig.end <= 15 or 0 < trig.start - o.end <= 15)
                for o in frame.others)
            return (attacker and bool(location or time or quantities)) or bool(location and time) \
                or bool(killed and (location or time)) or _strike_that_kills(frame)
        # "The hospital has been shelled at least nine times since January": a count of strikes
        struck = any(_count_of_times(q) for q in quantities)
        return attacker or bool(location and (time or quantities)) or (struck and time is not None)
    if etype == "casualties":
        return bool(people) or (force and trig.verbal)  # "were killed" with a force; "heavy losses" needs a count
    return True


_TOLD_BEFORE = frozenset({"the", "this", "that", "these", "those", "in", "of", "after", "from"})


def _told_before(frame: Frame) -> bool:
    """"injured in the strike", "the battle had killed": a definite noun of attack names a strike
    the text has told already, no new one."""
    start = frame.trigger.start
    return start > 0 and token_table(frame.sent.doc).lowers[start - 1] in _DEFINITE


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _strike_that_kills(frame: Frame) -> bool:
    """A strike noun as the subject of a killing verb ("an air strike killed a farmer", "Ukrainian
    shelling killed 10") or its agent after "by" ("31 wounded by Ukrainian shelling"): a strike that
    kills is an attack as well as its dead (RECORDS.md), whoever and wherever."""
    trig = frame.trigger
    lowers = token_table(frame.sent.doc).lowers
    if any(w in _TOLD_BEFORE for w in lowers[max(frame.sent.start, int(trig.start) - 3) : int(trig.start)]):
        return False  # "the strikes killed at least 492", "injured in the strike died": a strike told before
    for o in frame.others:
        if o.type != "casualties":
            continue
        if o.verbal and 0 <= int(o.start) - int(trig.end) <= 1:
            return True  # "an air strike killed", "the shelling also killed"
        if 0 < int(trig.start) - int(o.end) <= 4 and "by" in lowers[int(o.end) : int(trig.start)]:
            return True  # "killed and 31 wounded by Ukrainian shelling"
    return False


@cache
def _sale_words() -> tuple[frozenset[str], frozenset[str]]:
    sales = lexicon.triggers()["types"]["supply"].get("business_sales", {})
    return frozenset(sales.get("words", [])), frozenset(sales.get("arms_words", []))


def _business_sale(frame: Frame, quantities: list[Span], purchases: set[str]) -> bool:
    """A sale word with no arms in its clause: no counted materiel and none of the arms words
    ("earned $198 million on sales of $2.6 billion" is a business's, "the sale of $2 billion in
    arms" a supply)."""
    words, arms = _sale_words()
    low = frame.trigger.text.lower()
    purchase = low in purchases
    if low not in words and not purchase:
        return False
    if any(item_class(q._.norm or {}) == "materiel" for q in quantities):
        return False
    if purchase and any(t.label_ in ("ACTOR", "LOCATION") and _country_of(t) and frame.owns(t) for t in frame.tags):
        return False  # "Poland bought Patriot systems for $10 billion": a state buys arms
    if any(t.label_ == "ACTOR" and _country_of(t) for t in frame.tags):
        return False  # "Washington approved a $385 million sale of F-16 spare parts": a state sells
    lowers = token_table(frame.sent.doc).lowers[frame.clause[0] : frame.clause[1]]
    return arms.isdisjoint(lowers)


def _seized_goods(trig: Any, quantities: list[Span], frame: Frame) -> bool:
    """Whether a seizure verb's objects are a haul (triggers.json ``types.attack.seizures``): all
    its counted objects are arms, vehicles or goods ("seizing two pick-up trucks and three
    rifles"), or nothing is counted and something is weighed ("1.2 tonnes of cocaine")."""
    verbs, goods, measures = _seizures()
    if trig.text.lower() not in verbs:
        return False
    if quantities:
        return all(((q._.norm or {}).get("item") or "").split(" ")[-1] in goods for q in quantities)
    return any(t.label_ == "QUANTITY" and t.start >= trig.end and (t._.norm or {}).get("unit") in measures
               for t in frame.tags)


@cache
def _seizures() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.triggers()["types"]["attack"].get("seizures") or {}
    return frozenset(data.get("verbs", [])), frozenset(data.get("goods", [])), frozenset(data.get("measures", []))


def sentence_place(frame: Frame, source_cues: list[tuple[str, ...]] | None = None,
                   speech_verbs: set[str] | None = None) -> dict[str, Any] | None:
    """A strike or its dead without a place in their clause are where the sentence says ("a drone
    dropped an explosive on a car in Orikhiv; a civilian was killed"): the nearest place named
    with a locative preposition in the same sentence, never one in the source it cites
    ("according to Donetsk Oblast Military Administration Head ...")."""
    doc = frame.sent.doc
    trig = frame.trigger
    lowers = token_table(doc).lowers
    cues = source_cues or []
    tags = [t for t in frame.sent_tags if not any(tuple(lowers[max(0, t.start - len(c)) : t.start]) == c for c in cues)]
    # "in Khyber Pakhtunkhwa's Lakki Marwat District": the district, placed by the "in" before its province
    named = [t for t in tags if t.label_ == "LOCATION" and not _possessor(doc, t, tags) and not _fled_to(lowers, t)
             and not _moved_to(frame, t)]
    places = [t for t in named if _placing_prep(doc, t, tags) in _DEST | {"of"} and _reference_point(doc, t, tags) is None]
    if not places:
        # "attacked Ogossagou (Bankass, Mopti), killing 157", "in central Baghdad (Baghdad, Baghdad)":
        # any place of the sentence that is no origin, and not the district or province in brackets
        places = [t for t in named if _placing_prep(doc, t, tags) not in _ORIGIN and not _in_brackets(doc, t)]
    if not places:
        return None
    # "The health ministry in Ramallah said Israeli fire had killed ...": the speaker's place is no site
    places = without_speakers_places(doc, places, frame.sent.start, trig.start, speech_verbs or set())
    if not places:
        return None  # "..., Ukraine's General Staff said": the only place names the speaker
    # the first place named before the trigger is the event's site ("attacked the village of Niega,
    # in the commune of Dablo in Sanmatenga province, killing 12"); else the nearest after it
    before = [t for t in places if t.end <= trig.start]
    best = before[0] if before else min(places, key=lambda t: abs(t.start - trig.end))
    return _norm(best)


def _fled_to(lowers: list[str], tag: Span) -> bool:
    """A place people fled or were evacuated to ("and some 12,000 fled towards El Obeid", d249):
    where the survivors went, not where the dead were killed (a word of triggers.json casualties
    ``not_victims`` and a preposition of direction right before the place)."""
    k = tag.start - 1
    if k > 0 and lowers[k] == "the":
        k -= 1
    return k > 0 and lowers[k] in _FLIGHT_PREPS and lowers[k - 1] in type_words("casualties", "not_victims")


_FLIGHT_PREPS = frozenset({"to", "towards", "toward", "into", "across", "for"})


def _moved_to(frame: Frame, tag: Span) -> bool:
    """A place a force of the sentence withdrew to, right after the verb ("and after four days of
    fighting the garrison withdrew towards El Obeid", d259): where it went, not where the strike
    was (a place a force entered is: "entered Singa ... and overran the headquarters")."""
    return any(o.type == "withdrawal" and o.verbal and 0 <= tag.start - o.end <= 3 for o in frame.others)


def without_speakers_places(doc: Doc, tags: list[Span], first: int, trig_start: int, speech_verbs: set[str]) -> list[Span]:
    """``tags`` without the places before the last verb of speech between ``first`` and the
    trigger ("The health ministry in Ramallah said Israeli fire had killed 12 people in Jenin"),
    when the reported words name a place of their own: the speaker's place is not the event's."""
    table = token_table(doc)
    lowers = table.lowers
    # "..., Kosovo Police said": a place naming the speaker after its claim
    tags = [t for t in tags if not (t.label_ == "LOCATION" and t.start > trig_start and _names_speaker(table, t, speech_verbs))]
    said = next((k for k in range(trig_start - 1, first - 1, -1) if lowers[k] in speech_verbs), None)
    if said is None or not any(t.label_ == "LOCATION" and t.start > said for t in tags):
        return tags
    # "told reporters in Cúcuta that troops clashed ... near El Tarra" (d86): where the words were said
    that = next((k for k in range(said + 1, min(said + 8, trig_start)) if lowers[k] == "that"), said)
    if not any(t.label_ == "LOCATION" and t.start > that for t in tags):
        that = said
    return [t for t in tags if not (t.label_ == "LOCATION" and t.end <= that)]


def _names_speaker(table: Any, tag: Span, speech_verbs: set[str]) -> bool:
    """Whether a place is part of the name of who speaks ("Kosovo Police said", "Kenya's army said")."""
    k = tag.end
    if k < len(table.lowers) and table.lowers[k] in ("'s", "’s"):
        k += 1
    while k < len(table.words) and k < tag.end + 3 and table.words[k][:1].isupper():
        k += 1
    return k < len(table.lowers) and k > tag.end and table.lowers[k] in speech_verbs


def _inside_origin(frame: Frame, tag: Span) -> bool:
    """Whether the place locates the noun of a "from" phrase ("from the storage site in Powidz",
    "from their base at Rukla"): "from" within six words back, with only words of that noun
    phrase between (no punctuation, no other preposition, no verb: "ordered from the United
    States arrived in Taiwan", "from deploying troops in Illinois")."""
    table = token_table(frame.sent.doc)
    lowers, words = table.lowers, table.words
    verbs = {t.start for t in (*frame.others, frame.trigger)}
    for k in range(tag.start - 2, max(tag.start - 8, -1), -1):
        if lowers[k] in _ORIGIN:
            return True
        if not lowers[k].isalpha() or lowers[k] in _DEST or lowers[k] in _ORIGIN_STOPS or k in verbs \
                or (words[k].islower() and lowers[k].endswith(("ed", "ing"))):
            return False
    return False


_ORIGIN_STOPS = frozenset({"and", "or", "to", "into", "toward", "towards", "of", "with", "by"})


def _placing_prep(doc: Doc, tag: Span, tags: list[Span]) -> str:
    """The preposition that places ``tag``; for a place named with its possessor ("into Russia's
    Kursk region") the one before the possessor, and for one named after a settlement noun ("in
    the border town of Zalambessa", "to positions in the towns of Chamaa") the one before that."""
    prep = _prep_before(doc, tag)
    if prep in ("'s", "’s"):
        owner = next((t for t in tags if t.end == tag.start - 1), None)
        return _prep_before(doc, owner) if owner is not None else prep
    lowers: list[str] = token_table(doc).lowers
    if prep == "of" and tag.start > 1 and lowers[tag.start - 2] in _settlement_nouns():
        for k in range(tag.start - 3, max(tag.start - 7, -1), -1):
            if lowers[k] in _DEST or lowers[k] in _ORIGIN:
                return lowers[k]
            if not lowers[k].isalpha():
                break
    return prep


@cache
def _settlement_nouns() -> frozenset[str]:
    """"town", "villages", "district": the nouns of places.json's cues "town of", "villages of" that
    are kinds of place ("type_after"), not "the fall of" or "north of"."""
    context = lexicon.places_rules()["context"]
    # "city" is no type_after ("Gaza City" is a name), yet "the city of Gaza" names the kind
    kinds = {w.lower() for w in context["type_after"]} | {"city"}
    kinds |= {lexicon.plural(w) for w in kinds}
    return frozenset(c.split()[0] for c in context["strong_before"]
                     if c.endswith(" of") and len(c.split()) == 2 and c.split()[0] in kinds)


def _possessor(doc: Doc, tag: Span, tags: list[Span]) -> bool:
    """Whether a place is the wider area of the place named next to it: it owns the next ("Russia's
    Kursk region", "Khyber Pakhtunkhwa's Lakki Marwat District") or the force named next, or contains the one before
    ("Dand-e-Patan district of Paktia province"); the narrower is where it happens."""
    lowers = token_table(doc).lowers
    if tag.end + 1 < len(lowers) and lowers[tag.end] in ("'s", "’s") and any(
            t.label_ in ("LOCATION", "MIL_UNIT") and t.start == tag.end + 1 for t in tags):
        return True  # ... or its force ("a base of Iraq's Popular Mobilization Forces near al-Qaim", d266)
    return tag.start > 1 and lowers[tag.start - 1] == "of" and any(
        t.label_ == "LOCATION" and t.end == tag.start - 1 and lowers[t.end - 1] in region_words() for t in tags)


def _in_brackets(doc: Doc, tag: Span) -> bool:
    """Whether a tag stands inside "( ... )" of its sentence ("Orikhiv (Polohy, Zaporizhzhia)")."""
    words: list[str] = token_table(doc).words
    for k in range(tag.start - 1, tag.sent.start - 1, -1):  # ``tag.sent`` walks the document: read once
        if words[k] in ("(", ")"):
            return words[k] == "("
    return False


def _bare_force_before(frame: Frame) -> bool:
    """"A third brigade ... was redeployed": an echelon or force noun as the subject is a force,
    even when no country makes it a MIL_UNIT tag."""
    doc = frame.sent.doc
    words = _force_words()
    if any(doc[k].lower_ in words for k in range(frame.clause[0], frame.trigger.start)):
        return True
    # the subject before an apposition ("A third brigade, equipped with Leopard tanks, was moved")
    subject = range(frame.sent.start, min(frame.sent.start + 4, frame.trigger.start))
    commas = sum(1 for k in range(frame.sent.start, frame.clause[0]) if doc[k].text == ",")
    apposition = commas == 2 and doc[frame.clause[0] - 1].text == ","  # "SUBJECT, apposition, VERB"
    return apposition and any(doc[k].lower_ in words for k in subject)


@cache
def _force_words() -> frozenset[str]:
    units = lexicon.units()
    echelons = {e.lower() for e in units["echelons"]}
    return frozenset(echelons | {lexicon.plural(e) for e in echelons} | {w.lower() for w in units["force_nouns"]})


def _enemy_before(frame: Frame) -> bool:
    """"The occupiers struck", "the enemy attacked": the text's word for the other side is a force."""
    lowers = token_table(frame.sent.doc).lowers
    return not _enemy_nouns().isdisjoint(lowers[frame.clause[0] : frame.trigger.start])


def _weapon_before(frame: Frame) -> bool:
    """"a guided bomb struck", "a drone hit": a weapon as the subject stands for an unnamed attacker."""
    return _names_materiel(token_table(frame.sent.doc).lowers[frame.clause[0] : frame.trigger.start])


def _names_materiel(words: list[str]) -> bool:
    """Whether one of ``words``, or two of them in a row ("explosive device"), is an items.json
    materiel form."""
    forms = lexicon.item_index().forms
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return any(forms.get(w, ("", ""))[1] == "materiel" for w in words + pairs)


def _weapon_by(frame: Frame) -> bool:
    """"was hit by an anti-ship ballistic missile", "was targeted ... with a cruise missile": a
    passive strike whose weapon follows "by" or "with" within eight words stands for an attacker."""
    lowers, trig = token_table(frame.sent.doc).lowers, frame.trigger
    if trig.start == 0 or lowers[trig.start - 1] not in PASSIVE_AUX:
        return False
    for k in range(trig.end, min(trig.end + 8, frame.clause[1])):
        if lowers[k] in ("by", "with"):
            return _names_materiel(lowers[k + 1 : min(k + 6, frame.clause[1])])
    return False


_BACK = frozenset({"the", "these", "this", "those", "that", "its", "their", "such"})


def _goes_on(frame: Frame) -> bool:
    """A nominal trigger right before a verb of triggers.json attack ``ongoing_verbs``, adverbs
    between ("Fighting then spread", "Fighting was also reported"), and no article or demonstrative
    before it, which refers back to fighting told before ("The fighting has displaced")."""
    lowers, trig = token_table(frame.sent.doc).lowers, frame.trigger
    j = trig.start - 1
    while j >= frame.sent.start and frame.sent.doc[j].is_lower and frame.sent.doc[j].is_alpha and lowers[j] not in _BACK:
        j -= 1  # "Heavy fighting", "renewed heavy fighting"
    if j >= frame.sent.start and lowers[j] in _BACK:
        return False  # "The fighting has displaced", "These strikes were conducted": told before
    k = trig.end
    while k < frame.sent.end and k < trig.end + 3 and (lowers[k].endswith("ly") or lowers[k] in ("then", "also", "again", "still")):
        k += 1
    return k < frame.sent.end and lowers[k] in type_words("attack", "ongoing_verbs")


def _describes_goods(frame: Frame) -> bool:
    """"two drones heading toward the ship": a participle right after counted goods describes
    their course; nothing is delivered to anyone."""
    trig = frame.trigger
    return trig.text.lower().endswith("ing") and any(
        t.label_ == "QUANTITY" and t.end == trig.start and item_class(t._.norm or {}) == "materiel" for t in frame.tags)


@cache
def _sortie_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.triggers()["types"]["deployment"].get("sortie_verbs", []))


@cache
def _platforms() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.items().get("platforms", []))


def _self_moving(trig: Any, lowers: list[str]) -> bool:
    """A verb of a sortie or of flight ("scrambled", "sailed", "flew"): what the platform does
    itself.  "flown" with no auxiliary before it describes ("bombers flown from the United States")."""
    word = trig.text.lower().rsplit(" ", 1)[-1]
    if word in _participles_only() and (trig.start == 0 or lowers[trig.start - 1] not in PASSIVE_AUX | {"be", "being"}):
        return False
    return _verb_of_sortie(word)


def _verb_of_sortie(word: str) -> bool:
    """A form of triggers.json's ``sortie_verbs`` or of "fly": what ships and aircraft do themselves."""
    return word in _sortie_verbs() or word in verb_forms("deployment", "fly")


@cache
def _participles_only() -> frozenset[str]:
    """Forms that are only a past participle ("flown"), never a past tense."""
    return frozenset(f for f in verb_forms("deployment", "fly") | _sortie_verbs() if f.endswith("wn"))


@cache
def _platform_words() -> frozenset[str]:
    """The head words of items.json's military platforms and their plurals ("jets", "fighters",
    "warships"); "ships" or "aircraft" may be anyone's (``civil_platforms``)."""
    items = lexicon.items()
    civil = {w.lower() for w in items.get("civil_platforms", [])}
    heads = {w.lower().rsplit(" ", 1)[-1] for w in items.get("platforms", [])} - civil
    return frozenset(heads | {lexicon.plural(w) for w in heads})


def _armour_before(frame: Frame) -> bool:
    """Tanks or armoured vehicles (items.json ``ground_platforms``) named before the trigger in its
    clause, counted or not ("Russian tanks", "columns of armoured vehicles")."""
    lowers, armour = token_table(frame.sent.doc).lowers, _ground_platforms()
    for k in range(frame.clause[0], frame.trigger.start):
        one, two = lowers[k].removesuffix("s"), f"{lowers[k - 1]} {lowers[k]}".removesuffix("s") if k else ""
        if one in armour or two in armour:
            return True
    return False


def _named_ship_before(frame: Frame) -> bool:
    """A ship named by its prefix (places.json ``ship_prefixes``: "USS", "HMS") before the trigger."""
    words, ships = token_table(frame.sent.doc).words, _ship_prefixes()
    return any(words[k] in ships for k in range(frame.sent.start, frame.trigger.start))


def _platform_before(frame: Frame) -> bool:
    """Aircraft or ships named before the trigger in its clause: a platform noun ("Greek fighter
    jets") or a model designation ("F-35s", "MiG-31 jets"), counted or not; or a ship named by its
    prefix anywhere before it in the sentence ("USS Kelvo (DDG-110) departed": the hull number in
    brackets closes a clause)."""
    table = token_table(frame.sent.doc)
    words = _platform_words()
    return any(table.lowers[k] in words or DESIGNATION.match(table.words[k])
               for k in range(frame.clause[0], frame.trigger.start)) or _named_ship_before(frame)


@cache
def _ship_prefixes() -> frozenset[str]:
    return frozenset(lexicon.places_rules()["context"].get("ship_prefixes", []))


def _armour_count(tag: Span) -> bool:
    """A count of tanks or armoured vehicles (items.json ``ground_platforms``), by its item or the
    two last words of its text ("some 50 armed vehicles": item "vehicle")."""
    item = ((tag._.norm or {}).get("item") or "").lower()
    tail = " ".join(tag.text.lower().split()[-2:]).removesuffix("s")
    return bool({item, item.rsplit(" ", 1)[-1], tail} & _ground_platforms())


def platform_count(tag: Span) -> bool:
    """A count of aircraft or ships ("27 Chinese military aircraft", "six F-16 jets")."""
    item = ((tag._.norm or {}).get("item") or "").lower()
    return item in _platforms() or item.rsplit(" ", 1)[-1] in _platforms()


def _held_count(frame: Frame, tag: Span) -> bool:
    """The places a place verb holds, counted as its object ("holds five hilltop positions")."""
    trig = frame.trigger
    return _deployment_verb(trig, "place_verbs") and trig.end <= tag.start <= trig.end + 2


def sighted_count(tag: Span) -> bool:
    """A count whose sighting places a force ("12 tanks spotted near", "two companies were
    spotted", "tracked 27 aircraft"): platforms, crewed ground equipment (items.json
    ``ground_platforms``), people of a force and echelons; not drones, munitions or suspects."""
    item = ((tag._.norm or {}).get("item") or "").lower()
    head = item.rsplit(" ", 1)[-1]
    return platform_count(tag) or item in _ground_platforms() or head in _ground_platforms() \
        or item_class(tag._.norm or {}) == "personnel" or head in _force_words()


def _sighted_force(s: Slots) -> bool:
    """A force named as what is seen: before a passive detection verb ("air defence units have
    been spotted near Grodno") or after an active one ("spotted Kelvorian troops"), never the
    one who looks ("Air defences detected 40 drones")."""
    trig, lowers = s.trig, token_table(s.frame.sent.doc).lowers
    passive = (trig.start > 0 and lowers[trig.start - 1] in _BE_FORMS) or trig.text.lower().split()[0] in _BE_FORMS
    return any((u.end <= trig.start) == passive for u in s.units)


@cache
def _ground_platforms() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.items().get("ground_platforms", []))


@cache
def _deployment_verb_forms(key: str) -> frozenset[str]:
    """Every form of the deployment verbs that triggers.json lists under ``key``."""
    return lexicon.listed_forms(lexicon.triggers()["types"]["deployment"], key)


def _deployment_verb(trig: Any, key: str) -> bool:
    """Whether the trigger's verb ("were spotted": "spotted") is one listed under ``key``."""
    return trig.text.lower().rsplit(" ", 1)[-1] in _deployment_verb_forms(key)


def detected(trig: Any) -> bool:
    """"detected 27 aircraft", "were spotted": a detection verb, a deployment only for platforms."""
    return _deployment_verb(trig, "detection_verbs")


def _goods_not_forces(frame: Frame, refs: list[Span]) -> bool:
    units = any(t.label_ == "MIL_UNIT" for t in frame.tags) or any(frame.clause[0] <= r.start < frame.clause[1] for r in refs)
    if units:
        return False
    goods = [t for t in frame.tags if t.label_ == "QUANTITY" and item_class(t._.norm or {}) == "materiel"]
    if goods and (_deployment_verb(frame.trigger, "presence_verbs") or _deployment_verb(frame.trigger, "count_verbs")):
        # "a pair of armed F-16s overflew Lesvos": aircraft present over a place fly themselves; "The
        # United States keeps about 100 B61 gravity bombs at six air bases" (d194): arms kept somewhere
        return False
    if goods and all(platform_count(t) for t in goods) and not _country_after_to(frame, ("to", "in", "into"), sites=False):
        return False  # "sent 45 aircraft toward the island": aircraft and ships move themselves
    if goods and all(_armour_count(t) for t in goods) and _deployment_verb(frame.trigger, "ground_course_verbs"):
        return False  # "50 armed vehicles ... entering through the Janzour gate": armour drives itself
    classes = [item_class(t._.norm or {}) for t in frame.tags if t.label_ == "QUANTITY"]
    # "three destroyers sailed into the Pacific", "jets were scrambled": ships and aircraft on a
    # sortie move themselves (triggers.json sortie_verbs); goods sent or delivered are a supply
    return "materiel" in classes and "personnel" not in classes and "civilians" not in classes \
        and not _verb_of_sortie(frame.trigger.text.lower().rsplit(" ", 1)[-1])  # "three MiG-31s flew to ..."


def _state_ships_abroad(frame: Frame, refs: list[Span]) -> bool:
    """"Britain is sending Storm Shadow missiles to Ukraine": a state sends something, no force is
    named, and the destination is a country: a delivery, not a deployment."""
    trig = frame.trigger
    if any(t.label_ == "MIL_UNIT" for t in frame.tags) or any(frame.clause[0] <= r.start < frame.clause[1] for r in refs):
        return False
    state_before = any(t.label_ == "ACTOR" and t.end <= trig.start for t in frame.tags)
    return state_before and (_country_after_to(frame) or _country_given(frame))


def _country_given(frame: Frame) -> bool:
    """"Britain sent Ukraine military aid worth £1.5bn", "Germany sent Ukraine 18 tanks": a country
    right after the verb and before its object receives, as one after "to" does."""
    end = frame.trigger.end
    return any(t.start == end and t.label_ in ("LOCATION", "ACTOR") and (t._.norm or {}).get("lat") is None
               and (t._.norm or {}).get("country") and t.end < frame.clause[1] for t in frame.tags)


def _country_after_to(frame: Frame, preps: tuple[str, ...] = ("to",), sites: bool = True) -> bool:
    """"... to Ukraine": a country as the destination after the trigger.  With ``sites=False`` a
    country that only says where a named site is does not count ("arrived at Siauliai Air Base in
    Lithuania": jets based there, not jets handed over)."""
    doc, trig = frame.sent.doc, frame.trigger
    places = [t for t in frame.tags if t.label_ == "LOCATION"]
    return any(t.start >= trig.end and _prep_before(doc, t) in preps
               and (t._.norm or {}).get("lat") is None and (t._.norm or {}).get("country")
               and (sites or not any(o.end == t.start - 1 for o in places)) for t in places)
