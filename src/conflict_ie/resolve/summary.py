"""The one-line human summary of an event, built only from its slots.

Style: "up to 2,100 North Korean soldiers flown to Kursk, Oct 23–28, 2024": qualifier in words,
numbers with thousands separators, the actor as an adjective, a verb chosen by type and mode,
and a compact date range.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import lexicon

_QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about",
    "up_to": "up to",
    "less_than": "fewer than",
    "at_least": "at least",
    "more_than": "more than",
}
_MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


_STATE_NOUNS = {"wounded", "dead", "injured", "killed", "missing", "captured"}
_CURRENCY_SIGN = {"dollar": "$", "euro": "€", "pound sterling": "£"}


def quantity_phrase(q: dict[str, Any] | None) -> str:
    if not q:
        return ""
    sign = _CURRENCY_SIGN.get(q.get("unit") or "")
    if sign and q.get("value") is not None:
        words = _QUALIFIER_WORDS.get(q.get("qualifier") or "exact", "")
        return f"{words} {sign}{number(q['value'])}".strip()
    qual = q.get("qualifier") or "exact"
    if qual == "range":
        core = f"{number(q.get('low'))}–{number(q.get('high'))}"
    elif qual == "vague":
        core = f"an estimated {number(q.get('low'))}–{number(q.get('high'))}"
    else:
        words = _QUALIFIER_WORDS.get(qual, "")
        core = f"{words} {number(q.get('value'))}".strip()
    return core


def item_phrase(q: dict[str, Any] | None, actor_adj: str) -> str:
    item = (q or {}).get("item")
    unit = (q or {}).get("unit")
    value = (q or {}).get("value")
    words = []
    if actor_adj and not (item or "").startswith(actor_adj + " "):  # "Romanian F-16s": the item says it
        words.append(actor_adj)
    if item in _STATE_NOUNS:
        item = None  # "5 wounded": the verb says it
    if item:
        irregular = lexicon.items()["plurals"]
        words.append(item if value == 1 else irregular.get(item) or (lexicon.plural(item) if not item.endswith("s") else item))
    elif unit and unit not in _CURRENCY_SIGN:
        words.append(unit)
    elif actor_adj:
        words.append("forces")
    return " ".join(words)


def date_phrase(time: dict[str, Any] | None) -> str:
    if not time:
        return ""
    try:
        start = dt.date.fromisoformat(time["start"]) if time.get("start") else None
        end = dt.date.fromisoformat(time["end"]) if time.get("end") else None
    except ValueError:
        return ""
    gran = time.get("granularity") or "day"
    if start and end and gran in ("month", "year") and start.day == 1:
        if gran == "year" and start.month == 1 and end.month == 12 and start.year == end.year:
            return str(start.year)
        if start.year == end.year and start.month == end.month:
            return f"{_MONTH[start.month - 1]} {start.year}"
    if start and end:
        if start == end:
            return f"{_MONTH[start.month - 1]} {start.day}, {start.year}"
        if start.year == end.year and start.month == end.month:
            return f"{_MONTH[start.month - 1]} {start.day}–{end.day}, {start.year}"
        if start.year == end.year:
            return f"{_MONTH[start.month - 1]} {start.day} – {_MONTH[end.month - 1]} {end.day}, {start.year}"
        return f"{_MONTH[start.month - 1]} {start.day}, {start.year} – {_MONTH[end.month - 1]} {end.day}, {end.year}"
    if start:
        return f"since {_MONTH[start.month - 1]} {start.day}, {start.year}"
    if end:
        return f"until {_MONTH[end.month - 1]} {end.day}, {end.year}"
    return ""


def _adj(actor: dict[str, Any] | None) -> str:
    if not actor or not actor.get("country"):
        return ""
    c = lexicon.countries().get(actor["country"])
    if c is None:
        return actor.get("name") or ""
    return c.adjectives[0] if c.adjectives else c.name


def _name(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    if actor.get("name"):
        return str(actor["name"])
    c = lexicon.countries().get(actor.get("country") or "")
    return c.name if c else ""


_MOVE_VERB = {"air": "flown to", "rail": "moved by rail to", "road": "moved by road to", "sea": "shipped to"}
# presence, not movement (RECORDS.md): "stationed in", "12 tanks seen near Vorukh", "5 positions held in Lebanon"
_PRESENCE_VERB = ((("station", "base", "present", "presence"), "stationed in"), (("hold", "held"), "held in"),
                  (("spot", "sight", "detect", "track"), "seen near"))
_CASUALTY_VERB = {
    "wound": "wounded", "injur": "injured", "captur": "captured", "missing": "missing", "die": "killed",
    "dead": "killed", "death": "killed", "kill": "killed", "lost": "lost", "los": "lost", "surrender": "surrendered",
}


def summarize(event: dict[str, Any]) -> str:
    etype = event["type"]
    q = event.get("quantity")
    qty = quantity_phrase(q)
    place = (event.get("location") or {}).get("name") or ""
    origin = (event.get("origin") or {}).get("name") or ""
    when = date_phrase(event.get("time"))
    actor_adj = _adj(event.get("actor"))
    trigger = (event.get("trigger") or "").lower()
    if etype == "deployment":
        head = " ".join(x for x in (qty, item_phrase(q, actor_adj)) if x) or "forces"
        presence = next((v for words, v in _PRESENCE_VERB if any(w in trigger for w in words)), None)
        verb = presence if presence and place else _MOVE_VERB.get(event.get("mode") or "", "moved to" if place else "deployed")
        verb = verb if place else verb.removesuffix(" to")  # "3 ships shipped from Norfolk", not "shipped to from"
        text = f"{head} {verb}" + (f" {place}" if place else "")
        if origin:
            text += f" from {origin}"
    elif etype == "supply":
        giver = _name(event.get("actor")) or "unknown party"
        goods = " ".join(x for x in (qty, item_phrase(q, "")) if x) or "military aid"
        text = f"{giver} supplied {goods}"
        if event.get("recipient"):
            text += f" to {_name(event['recipient'])}"
    elif etype == "training":
        trainee = _adj(event.get("recipient"))
        text = f"{(trainee + ' ') if trainee else ''}forces trained"
        if actor_adj:
            text += f" by {actor_adj} instructors"
        if place:
            text += f" in {place}"
    elif etype == "attack":
        who = f"{actor_adj} " if actor_adj else ""
        text = f"{who}attack" + (f" on {place}" if place else "")
        if qty:
            text += f" with {qty} {item_phrase(q, '')}".rstrip()
    elif etype == "casualties":
        verb = event.get("outcome") or next((v for k, v in _CASUALTY_VERB.items() if k in trigger), "killed or wounded")
        # "Russia lost 1,270 servicemen": the actor's own; "Israeli strikes killed 30 people": not
        own = any(w in trigger for w in ("lost", "los", "suffer", "casualt", "surrender"))
        head = " ".join(x for x in (qty, item_phrase(q, actor_adj if own else "")) if x) or "people"
        if (q or {}).get("item") in _STATE_NOUNS:
            verb = (q or {})["item"]
        text = f"{head} {verb}" + (f" in {place}" if place else "")
    else:  # withdrawal
        head = item_phrase(q, actor_adj) or "forces"
        if qty:
            head = f"{qty} {head}"
        prep = "to" if any(w in trigger for w in ("home", "back")) else "from"  # "returned home to Brisbane"
        text = f"{head} withdrawn" + (f" {prep} {place}" if place else "")
        if origin:  # "left Macomia town for Pemba": the place left is the origin, the other where they went
            text = f"{head} withdrawn from {origin}" + (f" to {place}" if place else "")
    if when:
        text += f", {when}"
    if event.get("modality") == "possible":
        text = "possibly: " + text
    return " ".join(text.split())
