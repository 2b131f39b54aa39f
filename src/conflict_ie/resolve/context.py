"""What carries from one clause to the next: the force being talked about, a place set by
"Once in Kursk, ...", the last speaker (for "according to him"), full names for surnames; and the
post-processing across events: elaborations merged, contradicting claims linked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span


@dataclass
class Context:
    force_counts: Counter[str] = field(default_factory=Counter)
    place_counts: Counter[str] = field(default_factory=Counter)
    places: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)  # (token, text, norm) in order
    last_actor: dict[str, str] = field(default_factory=dict)  # by event type
    last_recipient: dict[str, str] = field(default_factory=dict)
    carried_location: dict[str, Any] | None = None
    carried_until: int = -1  # token index up to which the carried location applies
    last_speaker: str | None = None
    paragraph: int = -1
    lead_time: dict[str, Any] | None = None  # the first date of the paragraph, for follow-ups without one
    lead_at: int = -1  # its token

    def see_date(self, tag: Span, paragraph: int) -> None:
        """Remember the paragraph's lead date ("On June 10, coalition forces conducted 21 strikes.
        Near Abu Kamal, five strikes ..."); a new paragraph forgets it."""
        if paragraph != self.paragraph:
            self.paragraph, self.lead_time, self.lead_at = paragraph, None, -1
        norm = tag._.norm or {}
        doc = tag.doc
        prev = doc[tag.start - 1].lower_ if tag.start > 0 else ""
        if self.lead_time is None and norm.get("start") and norm.get("end") and prev not in ("after", "before", "following"):
            self.lead_time = {"start": norm["start"], "end": norm["end"], "granularity": norm.get("granularity")}
            self.lead_at = tag.start

    def new_section(self) -> None:
        """Forget the forces, sides and places told so far: a heading line naming a country
        ("Myanmar" after the Haiti entry of a monthly roundup) opens another story."""
        self.force_counts.clear()
        self.place_counts.clear()
        self.last_actor.clear()
        self.last_recipient.clear()
        self.carried_location, self.carried_until = None, -1
        self.lead_time, self.lead_at = None, -1

    def see_unit(self, tag: Span) -> None:
        """Count the forces a text talks about, for clauses that name none ("the soldiers were moved"),
        and the countries of its places, for places the gazetteer does not know."""
        if tag.label_ == "LOCATION":
            norm = tag._.norm or {}
            if norm.get("country"):
                self.place_counts[norm["country"]] += 1
            self.places.append((tag.start, tag.text.lower(), norm))
            return
        if tag.label_ == "MIL_UNIT":
            norm = tag._.norm or {}
            country = norm.get("country")
            if country and norm.get("kind") in ("national_force", "formation", "group"):
                self.force_counts[country] += 1

    def topic_country(self) -> str | None:
        """The country the text's places are in, so far (most often named)."""
        return self.place_counts.most_common(1)[0][0] if self.place_counts else None

    def topic_force(self) -> str | None:
        if not self.force_counts:
            return None
        return self.force_counts.most_common(1)[0][0]


def full_name(doc: Doc, surname: str, titles: set[str]) -> str:
    """The fullest earlier mention of a surname ("Kyslytsya" -> "Sergiy Kyslytsya").

    Looked up only when a source is named by surname alone, so documents without one pay nothing.
    """
    best = surname
    key = doc.vocab.strings[surname] if surname in doc.vocab.strings else None
    if key is None:
        return best
    orth = doc.to_array([ORTH]).ravel()
    for i in np.nonzero(orth == key)[0].tolist():
        if i == 0:
            continue
        words = [surname]
        j = i - 1
        while j >= 0 and len(words) < 3 and doc[j].is_title and doc[j].is_alpha and doc[j].text not in titles:
            words.insert(0, doc[j].text)
            j -= 1
        if len(words) > len(best.split()):
            best = " ".join(words)
    return best


def place_key_of(event: dict[str, Any]) -> str:
    return ((event.get("location") or {}).get("name") or "").lower()



def merge_elaborations(events: list[dict[str, Any]], doc: Doc) -> list[dict[str, Any]]:
    """A bare claim followed in the next sentence by the same claim with figures is one event.

    "North Korea has been supplying Russia ... According to him, Pyongyang has provided around
    3.5 million artillery shells": the second sentence elaborates the first, so the first becomes
    part of the second's evidence instead of a separate, emptier event.
    """
    out: list[dict[str, Any]] = []
    for ev in events:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev["type"] == ev["type"]
            and prev.get("modality") == ev.get("modality")
            and not prev.get("quantity")
            and ev.get("quantity")
            and place_key_of(prev) in ("", place_key_of(ev))
            and (prev.get("actor") or {}).get("country") in (None, (ev.get("actor") or {}).get("country"))
            and prev["_sent"] + 1 == ev["_sent"]
        ):
            ev = dict(ev)
            ev["start"] = prev["start"]
            if not ev.get("recipient") and prev.get("recipient"):
                ev["recipient"] = prev["recipient"]
            if not ev.get("source") and prev.get("source"):
                ev["source"] = prev["source"]
            out[-1] = ev
            continue
        out.append(ev)
    return out


LINK_WINDOW = 64  # earlier claims of the same type and actor a claim is compared with


def _claimed_value(q: dict[str, Any]) -> Any:
    return q.get("value") if q.get("value") is not None else q.get("high")


def _contradicts(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same thing (place, item) counted differently by different sources."""
    la = ((a.get("location") or {}).get("name") or "").lower()
    lb = ((b.get("location") or {}).get("name") or "").lower()
    if la and lb and la != lb:
        return False
    qa, qb = a["quantity"], b["quantity"]
    if qa.get("item") and qb.get("item") and qa["item"] != qb["item"]:
        return False
    va, vb = _claimed_value(qa), _claimed_value(qb)
    if va is None or vb is None or va == vb:
        return False
    return not (a.get("source") == b.get("source") and a.get("source") is not None)


def link_contradictions(events: list[dict[str, Any]]) -> None:
    """Two claims about the same thing with different figures: keep both and point at each other.

    Only claims that can contradict are compared: same type and actor (a bucket), and within a
    bucket the nearest ``LINK_WINDOW`` earlier claims, so a huge document costs linear time.
    """
    buckets: dict[tuple[str, Any], list[int]] = {}
    for j, b in enumerate(events):
        if not b.get("quantity"):
            continue
        bucket = buckets.setdefault((b["type"], (b.get("actor") or {}).get("country")), [])
        for i in bucket[-LINK_WINDOW:]:
            a = events[i]
            if _contradicts(a, b):
                a.setdefault("contradicted_by", []).append(j)
                b.setdefault("contradicted_by", []).append(i)
        bucket.append(j)


def share_with_casualties(events: list[dict[str, Any]]) -> None:
    """"A strike on Kharkiv on Saturday, killing three people": the dead are where and when the strike was."""
    first_attack: dict[int, dict[str, Any]] = {}
    for ev in events:
        if ev["type"] == "attack":
            first_attack.setdefault(ev["_sent"], ev)
    for ev in events:
        other = first_attack.get(ev["_sent"]) if ev["type"] == "casualties" else None
        if other is None:
            continue
        for slot in ("location", "time"):
            if not ev.get(slot) and other.get(slot):
                ev[slot] = other[slot]
    for attack in first_attack.values():
        # "Gunmen attacked a police post, killing four officers, on Saturday": the date after the
        # dead dates the strike too, when its dead agree on one
        times = [ev["time"] for ev in events if ev["type"] == "casualties" and ev["_sent"] == attack["_sent"]
                 and ev.get("time")]
        if not attack.get("time") and times and all(t == times[0] for t in times):
            attack["time"] = times[0]


def _conflict(a: Any, b: Any) -> bool:
    return a is not None and b is not None and a != b


def merge_in_sentence(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clauses of one sentence that tell the same event ("The last French soldiers left Niger on
    Friday, completing a withdrawal of some 1,500 troops") become one event, when none of their
    slots disagree; different counts ("killed 12 and wounded 40") stay apart."""
    out: list[dict[str, Any]] = []
    for ev in events:
        target = None
        for prev in out:
            if prev["type"] != ev["type"] or prev.get("modality") != ev.get("modality"):
                continue
            if ev["type"] == "casualties" and (prev.get("outcome"), (prev.get("trigger") or "").lower()) != (
                    ev.get("outcome"), (ev.get("trigger") or "").lower()):
                continue  # "one killed and three wounded" are two outcomes
            if any(_conflict(prev.get(k), ev.get(k)) for k in ("quantity", "location", "time", "actor", "recipient")):
                continue
            target = prev
            break
        if target is None:
            out.append(ev)
            continue
        for key, value in ev.items():
            if target.get(key) is None and value is not None:
                target[key] = value
        target["start"] = min(target["start"], ev["start"])
        target["end"] = max(target["end"], ev["end"])
    return out


def _strike_of(ev: dict[str, Any], strikes: list[dict[str, Any]]) -> dict[str, Any]:
    """The strike whose dead ``ev`` counts: the last one a verb tells before it ("the second deadly
    IED attack ... this year after January 6, when Maoists blew up a DRG vehicle near Ambeli ...,
    killing eight jawans", d254; "attacked Elwak police station ..., sparking a two-hour gunfight in
    which one officer was wounded", d222), else the sentence's first."""
    # by the position of their words; never the strike made of this very killing ("shot dead 3
    # young men": ``_killings_are_attacks``), nor one told after it in the same clause
    at = ev.get("_at", ev["start"])
    before = [s for s in strikes if s.get("_at", s["start"]) < at]
    told = [s for s in before if s.get("_verbal")] or before  # a verb tells it; "a two-hour gunfight" names it
    return max(told, key=lambda s: s.get("_at", s["start"])) if told else strikes[0]


def casualties_of_strikes(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The dead and wounded of a sentence that tells a strike ("a Russian drone hit a building,
    killing one woman"; "two civilians were killed when Russian forces shelled Krasnopillia") were
    hit by that strike (the last told before them): they take its actor, place and time when
    their own clause names none, unless the strike's side is their own."""
    guessed = [e for e in events if e.pop("_place_guess", False)]
    placed = [e for e in events if e["type"] == "attack" and e.get("location")]
    for ev in guessed:
        # "shelled Kafr Nabl in Jabal al-Zawiya, 1 civilian wounded": the wounded are where it struck,
        # not at the sentence's other place
        if ev["type"] == "casualties" and placed:
            ev["location"] = _strike_of(ev, placed)["location"]
    strikes = [e for e in events if e["type"] == "attack" and e.get("actor")]
    if not strikes:
        return events
    for ev in events:
        if ev["type"] != "casualties" or ev.get("actor") is not None:
            continue
        strike = _strike_of(ev, strikes)
        side = strike["actor"].get("name")
        if side is not None and (ev.get("recipient") or {}).get("name") == side:
            # (an attacker of no known state, "armed men", is nobody's own side; an armed group is
            # not the state it fights in: al-Shabaab's dead soldiers are Somalia's)
            continue
        ev["actor"] = dict(strike["actor"])
        for key in ("location", "time"):
            if ev.get(key) is None and strike.get(key) is not None:
                ev[key] = strike[key]
    return events
