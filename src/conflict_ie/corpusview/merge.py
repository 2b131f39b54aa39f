"""Merge the events of many records into corpus events: one per happening, every claim kept.

Articles retell the same deployment or strike with other figures, dates and place names.  A
reader of a corpus wants one row per happening, with the competing claims side by side, not a
sum of them.  Two events are *compatible* when they have the same type (and, for casualties,
the same outcome), actors and recipients of the same country (or one unknown), times that
overlap or touch within the granularity of the vaguer one (an unknown time fits any), and the
same place or one inside the other (``places.same_place``).

Grouping is union-find over compatible pairs with a complete-linkage guard: two groups join only
when every distinct claim of one is compatible with every distinct claim of the other, so that a
vague claim ("an attack on Kharkiv", no date) cannot chain two different strikes into one.
Pairs are only looked for within blocks of (type, country of the place, month), swept in time
order, which keeps the work near-linear; claims without a time or a country are compared with
claims of the same type and the same place name only.  Everything is sorted by content before
it is processed, so the output does not depend on the order of the input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ..models import Actor, DateRange, Event, EventType, Place, Quantity, Record
from .places import PRECISION, Loc, loc_of, same_place

_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "season": 92, "quarter": 92, "year": 366,
              "decade": 3653, "century": 36525}
_MAX_BLOCK_MONTHS = 3  # longer spans are compared by place name only (see docs/corpus.md)

_T = TypeVar("_T")
_TypeKey = tuple[EventType, str]  # (event type, outcome or "")
_Signature = tuple[Loc, str | None, str | None, dt.date | None, dt.date | None, int]
_SortKey = tuple[_TypeKey, str, str, str, str, str]
_BlockKey = tuple[_TypeKey, str | None, tuple[int, int]]  # (type, country, (year, month))
_NameKey = tuple[_TypeKey, str | None]  # (type, place key)


class Claim(BaseModel):
    """One event as one record reported it: the evidence behind a corpus event."""

    model_config = ConfigDict(extra="forbid")

    key: str = Field(description="Stable id of the claim: '<record id>#<event index>'.")
    record_id: str | None = None
    event_index: int
    published: dt.date | None = None
    source: str | None = None
    trigger: str | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    quantity: Quantity | None = None
    location: Place | None = None
    time: DateRange | None = None
    summary: str | None = None
    start: int = Field(ge=0, description="Start of the evidence in the record's text.")
    end: int = Field(ge=0, description="End of the evidence in the record's text (exclusive).")


class CorpusEvent(BaseModel):
    """A happening as the corpus tells it: a consensus, its claims and where they disagree."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="'ce-' + hash of the sorted claim keys: stable across runs and input order.")
    type: EventType
    outcome: str | None = None
    trigger: str | None = Field(default=None, description="The most frequent trigger among the claims.")
    actor: Actor | None = None
    recipient: Actor | None = None
    location: Place | None = Field(default=None, description="The most precise place the claims give.")
    time: DateRange | None = Field(
        default=None, description="The narrowest range all claims agree on, else the union of their ranges.")
    quantity: Quantity | None = Field(
        default=None, description="Median (lower middle) of point values; low/high span every number given. "
        "Never a sum of claims.")
    first_reported: dt.date | None = Field(default=None, description="Earliest `published` among the claims.")
    sources: list[str] = Field(default_factory=list)
    disagreements: list[str] = Field(default_factory=list)
    summary: str = ""
    claims: list[Claim] = Field(default_factory=list)


# ----------------------------------------------------------------------------- claims


@dataclass(slots=True)
class _Item:
    """A claim flattened for fast comparison."""

    claim: Claim
    type_key: _TypeKey
    loc: Loc
    actor_c: str | None
    recip_c: str | None
    t0: dt.date | None
    t1: dt.date | None
    tol: int
    sort_key: _SortKey | tuple[()] = field(default=())

    def signature(self) -> _Signature:
        return (self.loc, self.actor_c, self.recip_c, self.t0, self.t1, self.tol)


def _as_record(rec: Record | dict[str, Any]) -> Record:
    return rec if isinstance(rec, Record) else Record.model_validate(rec)


def _tolerance(time: DateRange | None) -> int:
    """How far apart two times may be and still be one happening: the unit of the time's granularity."""
    if time is None:
        return 0
    if time.granularity in _UNIT_DAYS:
        return _UNIT_DAYS[time.granularity]
    if time.start and time.end:
        return max(1, min((time.end - time.start).days + 1, 366))
    return 1


def _claim_key(record: Record, index: int, event: Event) -> str:
    if record.id is not None:
        return f"{record.id}#{index}"
    payload = json.dumps([str(record.published), event.model_dump(mode="json")], sort_keys=True)
    return f"sha1:{hashlib.sha1(payload.encode()).hexdigest()[:16]}#{index}"


def _claim(record: Record, index: int, event: Event) -> Claim:
    return Claim(
        key=_claim_key(record, index, event), record_id=record.id, event_index=index,
        published=record.published, source=event.source, trigger=event.trigger, actor=event.actor,
        recipient=event.recipient, quantity=event.quantity, location=event.location, time=event.time,
        summary=event.summary, start=event.start, end=event.end,
    )


def _item(claim: Claim, event_type: EventType, outcome: str | None) -> _Item:
    time = claim.time
    t0 = time.start if time else None
    t1 = time.end if time else None
    loc = loc_of(claim.location)
    item = _Item(claim, (event_type, outcome or ""), loc,
                 claim.actor.country if claim.actor else None,
                 claim.recipient.country if claim.recipient else None, t0, t1, _tolerance(time))
    item.sort_key = (item.type_key, str(t0 or ""), str(t1 or ""), loc.country or "", loc.key or "", claim.key)
    return item


def _items(records: Iterable[Record | dict[str, Any]]) -> list[_Item]:
    """Every asserted event of every record as an item, sorted and with duplicate claims dropped."""
    items: dict[str, _Item] = {}
    for raw in records:
        record = _as_record(raw)
        for index, event in enumerate(record.events):
            claim = _claim(record, index, event)
            item = _item(claim, event.type, event.outcome)
            old = items.get(claim.key)
            if old is not None and old.claim != claim:
                # two different records under one id: keep both, told apart by content
                digest = hashlib.sha1(claim.model_dump_json().encode()).hexdigest()[:8]
                claim.key = f"{claim.key}~{digest}"
                item = _item(claim, event.type, event.outcome)
            items.setdefault(claim.key, item)
    return sorted(items.values(), key=lambda it: it.sort_key)


# ----------------------------------------------------------------------------- compatibility


def _times_fit(a: _Item, b: _Item) -> bool:
    """Overlapping or adjacent within the granularity of the vaguer one; an unknown time fits any."""
    if (a.t0 is None and a.t1 is None) or (b.t0 is None and b.t1 is None):
        return True
    lo = max(a.t0 or dt.date.min, b.t0 or dt.date.min)
    hi = min(a.t1 or dt.date.max, b.t1 or dt.date.max)
    return (lo - hi).days <= max(a.tol, b.tol)


def compatible(a: _Item, b: _Item) -> bool:
    """Whether two claims can describe the same happening."""
    return (
        a.type_key == b.type_key
        and (a.actor_c is None or b.actor_c is None or a.actor_c == b.actor_c)
        and (a.recip_c is None or b.recip_c is None or a.recip_c == b.recip_c)
        and _times_fit(a, b)
        and same_place(a.loc, b.loc)
    )


# ----------------------------------------------------------------------------- grouping


class _Groups:
    """Union-find whose unions are refused unless the two groups are compatible throughout."""

    def __init__(self, items: list[_Item]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.members: dict[int, dict[_Signature, int]] = {i: {it.signature(): i} for i, it in enumerate(items)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        a, b = self.members[ri], self.members[rj]
        if not all(compatible(self.items[x], self.items[y]) for x in a.values() for y in b.values()):
            return
        keep, drop = (ri, rj) if ri < rj else (rj, ri)
        self.parent[drop] = keep
        merged = self.members.pop(drop)
        for sig, idx in merged.items():
            self.members[keep].setdefault(sig, idx)

    def groups(self) -> list[list[_Item]]:
        out: dict[int, list[_Item]] = {}
        for i, item in enumerate(self.items):
            out.setdefault(self.find(i), []).append(item)
        return list(out.values())


def _months(item: _Item) -> list[tuple[int, int]] | None:
    """The months the claim's time touches (padded by its tolerance); None: use the loose block."""
    if item.t0 is None or item.t1 is None or item.loc.country is None:
        return None
    lo = item.t0 - dt.timedelta(days=item.tol)
    hi = item.t1 + dt.timedelta(days=item.tol)
    n = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if n > _MAX_BLOCK_MONTHS:
        return None
    return [((lo.month - 1 + k) // 12 + lo.year, (lo.month - 1 + k) % 12 + 1) for k in range(n)]


def _blocks(items: list[_Item]) -> tuple[dict[_BlockKey, list[int]], list[int], dict[_NameKey, list[int]]]:
    """Blocks by (type, country, month), the loose claims, and an index by (type, place name)."""
    blocks: dict[_BlockKey, list[int]] = {}
    loose: list[int] = []
    by_name: dict[_NameKey, list[int]] = {}
    for i, item in enumerate(items):
        by_name.setdefault((item.type_key, item.loc.key), []).append(i)
        months = _months(item)
        if months is None:
            loose.append(i)
            continue
        for month in months:
            blocks.setdefault((item.type_key, item.loc.country, month), []).append(i)
    return blocks, loose, by_name


def _sweep(groups: _Groups, block: list[int]) -> None:
    """Compare claims of one block whose padded times can meet, in start order."""
    items = groups.items
    ordered = sorted(block, key=lambda i: (items[i].t0, i))
    max_tol = max(items[i].tol for i in ordered)
    for n, i in enumerate(ordered):
        a = items[i]
        reach = a.t1 + dt.timedelta(days=a.tol + max_tol)  # type: ignore[operator]
        for j in ordered[n + 1:]:
            if items[j].t0 > reach:  # type: ignore[operator]
                break
            if compatible(a, items[j]):
                groups.join(i, j)


def _pairs_loose(groups: _Groups, loose: list[int], by_name: dict[_NameKey, list[int]]) -> None:
    """Claims without a bounded time or a country meet same-type claims of the same place name."""
    for i in loose:
        a = groups.items[i]
        for j in by_name[(a.type_key, a.loc.key)]:
            if j != i and compatible(a, groups.items[j]):
                groups.join(min(i, j), max(i, j))


def group_items(items: list[_Item]) -> list[list[_Item]]:
    """Partition sorted claims into happenings (deterministic for a given sorted list)."""
    groups = _Groups(items)
    blocks, loose, by_name = _blocks(items)
    for key in sorted(blocks, key=repr):
        _sweep(groups, blocks[key])
    _pairs_loose(groups, loose, by_name)
    return groups.groups()


# ----------------------------------------------------------------------------- consensus


def _fmt_num(x: float | int) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def fmt_quantity(q: Quantity | None) -> str:
    """"10,000", "up to 2,100", "2,000–3,000": a claim's number as a reader would say it."""
    if q is None or (q.value is None and q.low is None and q.high is None):
        return "no number"
    words = {"up_to": "up to ", "less_than": "fewer than ", "at_least": "at least ", "more_than": "more than ",
             "approx": "about "}
    if q.value is not None:
        return words.get(q.qualifier or "", "") + _fmt_num(q.value)
    if q.low is not None and q.high is not None:
        return f"{_fmt_num(q.low)}–{_fmt_num(q.high)}"
    return f"at least {_fmt_num(q.low)}" if q.low is not None else f"up to {_fmt_num(q.high)}"  # type: ignore[arg-type]


def fmt_time(t: DateRange | None) -> str:
    if t is None or (t.start is None and t.end is None):
        return "undated"
    if t.start == t.end:
        return str(t.start)
    return f"{t.start or '…'}–{t.end or '…'}"


def _label(claim: Claim) -> str:
    return claim.source or claim.record_id or claim.key


def _consensus_quantity(claims: list[Claim]) -> Quantity | None:
    """Median (lower middle, so always a figure some source gave) and the span of all numbers."""
    qs = [c.quantity for c in claims if c.quantity is not None]
    numbers = [x for q in qs for x in (q.value, q.low, q.high) if x is not None]
    if not numbers:
        return None
    points = sorted(q.value for q in qs if q.value is not None)
    value = statistics.median_low(points) if points else None
    low: int | float | None = min(numbers)
    high: int | float | None = max(numbers)
    if value is not None and low == high == value:
        low = high = None
    common = Counter((q.item, q.unit) for q in qs).most_common()
    item, unit = sorted(common, key=lambda kv: (-kv[1], repr(kv[0])))[0][0]
    qualifiers = {q.qualifier for q in qs}
    qualifier = qualifiers.pop() if len(qualifiers) == 1 and low is None else None
    return Quantity(value=value, low=low, high=high, qualifier=qualifier, item=item, unit=unit)


def fmt_consensus(q: Quantity | None) -> str:
    """"11,000 (10,000–12,000)": the consensus figure with the span of the claims."""
    if q is None:
        return "no number"
    if q.value is not None and q.low is not None and q.high is not None:
        return f"{_fmt_num(q.value)} ({_fmt_num(q.low)}–{_fmt_num(q.high)})"
    return fmt_quantity(q)


def _consensus_time(claims: list[Claim]) -> DateRange | None:
    """The narrowest range every claim agrees on, else the union of all ranges."""
    times = [c.time for c in claims if c.time is not None and (c.time.start or c.time.end)]
    if not times:
        return None
    starts = [t.start for t in times if t.start]
    ends = [t.end for t in times if t.end]
    lo, hi = (max(starts) if starts else None), (min(ends) if ends else None)
    if lo is None or hi is None or lo <= hi:
        return DateRange(start=lo, end=hi)
    return DateRange(start=min(starts), end=max(ends))


def _disagreements(claims: list[Claim], time: DateRange | None) -> list[str]:
    """Readable strings: '10,000 (Pentagon) vs 12,000 (Ukrainian intelligence)'."""
    out: list[str] = []
    by_number: dict[str, set[str]] = {}
    order: dict[str, tuple[int | float | None, str]] = {}
    for c in claims:
        if c.quantity is None:
            continue
        text = fmt_quantity(c.quantity)
        by_number.setdefault(text, set()).add(_label(c))
        q = c.quantity
        order[text] = (q.value if q.value is not None else (q.low if q.low is not None else q.high), text)
    if len(by_number) > 1:
        parts = sorted(by_number, key=lambda t: order[t])
        out.append(" vs ".join(f"{t} ({', '.join(sorted(by_number[t]))})" for t in parts))
    dated = [c for c in claims if c.time is not None and (c.time.start or c.time.end)]
    if time is not None and any(not _covers(c.time, time) for c in dated):  # type: ignore[arg-type]
        by_time: dict[str, set[str]] = {}
        for c in dated:
            by_time.setdefault(fmt_time(c.time), set()).add(_label(c))
        out.append(" vs ".join(f"{t} ({', '.join(sorted(by_time[t]))})" for t in sorted(by_time)))
    return out


def _covers(outer: DateRange, inner: DateRange) -> bool:
    return (outer.start is None or (inner.start is not None and outer.start <= inner.start)) and \
        (outer.end is None or (inner.end is not None and inner.end <= outer.end))


def _most_common(values: Iterable[_T | None]) -> _T | None:
    """Most frequent non-null value; ties go to the smallest ``repr``, so the choice is stable."""
    present = [v for v in values if v is not None]
    if len(present) <= 1:
        return present[0] if present else None
    counts = Counter(repr(v) for v in present)
    best = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return next(v for v in present if repr(v) == best)


def _best_place(items: list[_Item]) -> Place | None:
    """The most precise place (city before region before country), then the most reported."""
    placed = [it for it in items if it.claim.location is not None and it.loc.key is not None]
    if not placed:
        return None
    top = min(PRECISION.get(it.loc.kind, 1) for it in placed)
    return _most_common([it.claim.location for it in placed if PRECISION.get(it.loc.kind, 1) == top])


def _summary(ev: CorpusEvent) -> str:
    who = ev.actor.name if ev.actor and ev.actor.name else "unknown actor"
    where = ev.location.name if ev.location and ev.location.name else "unknown place"
    what = ev.type + (f" ({ev.outcome})" if ev.outcome else "")
    number = f", {fmt_consensus(ev.quantity)}" if ev.quantity else ""
    n = len(ev.claims)
    return f"{what}: {who} at {where}, {fmt_time(ev.time)}{number} [{n} claim{'s' * (n != 1)}]"


def build_event(items: list[_Item]) -> CorpusEvent:
    """One corpus event from a group of compatible claims."""
    claims = [it.claim for it in sorted(items, key=lambda it: it.claim.key)]
    time = _consensus_time(claims)
    event = CorpusEvent(
        id="ce-" + hashlib.sha1("\n".join(c.key for c in claims).encode()).hexdigest()[:16],
        type=items[0].type_key[0], outcome=items[0].type_key[1] or None,
        trigger=_most_common([c.trigger for c in claims]),
        actor=_most_common([c.actor for c in claims if c.actor and (c.actor.name or c.actor.country)]),
        recipient=_most_common([c.recipient for c in claims if c.recipient and (c.recipient.name or c.recipient.country)]),
        location=_best_place(items), time=time, quantity=_consensus_quantity(claims),
        first_reported=min((c.published for c in claims if c.published), default=None),
        sources=sorted({c.source for c in claims if c.source}),
        disagreements=_disagreements(claims, time), claims=claims,
    )
    event.summary = _summary(event)
    return event


def _event_order(ev: CorpusEvent) -> tuple[dt.date, str, str, str]:
    start = ev.time.start if ev.time and ev.time.start else dt.date.max
    return (start, ev.type, ev.location.name if ev.location and ev.location.name else "", ev.id)


def merge(records: Iterable[Record | dict[str, Any]]) -> list[CorpusEvent]:
    """Group the asserted events of ``records`` into corpus events, ordered by time, type, place, id.

    Hedged events (``possible_events``) are left out: a warning is not a happening.
    """
    items = _items(records)
    events = [build_event(group) for group in group_items(items)]
    return sorted(events, key=_event_order)


def read_events(lines: Iterable[str]) -> Iterator[CorpusEvent]:
    """Corpus events from JSON lines (the output of ``conflict-ie merge``); blank lines are skipped."""
    for line in lines:
        if line.strip():
            yield CorpusEvent.model_validate_json(line)
