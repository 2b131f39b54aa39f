"""Tables of corpus events: ACLED-style rows for analysts who already work with ACLED, or our flat rows.

ACLED has one row per event with fixed categories; the mapping from our six types is documented in
docs/corpus.md.  Fatalities are taken only from casualty events whose outcome is ``killed`` (their
consensus figure, never a sum of claims), so that summing the column over rows counts each death once:
the attack row that the deaths belong to carries 0.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .merge import CorpusEvent, fmt_time
from .places import country_name, loc_of, region_of, same_place

ACLED_COLUMNS = [
    "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
]
FLAT_COLUMNS = [
    "event_id", "type", "outcome", "trigger", "actor", "actor_country", "recipient", "recipient_country",
    "location", "location_country", "latitude", "longitude", "start", "end", "value", "low", "high", "item",
    "unit", "n_claims", "sources", "first_reported", "disagreements", "claim_keys", "summary",
]

_AIR = re.compile(r"\b(drone|uav|air ?strike|airstrike|air raid|bomb|bombed|bombing|bombard\w*|aerial)", re.I)
_REMOTE = re.compile(r"\b(shell\w*|strike|struck|striking|missile\w*|rocket\w*|artillery|mortar\w*|fired|hit|"
                     r"explosion|explosive|ied|mine)\b", re.I)
_BASE = re.compile(r"\b(station\w*|base[ds]?|garrison\w*|establish\w*|deploy\w* permanently)\b", re.I)

STRATEGIC = "Strategic developments"


def attack_category(trigger: str | None) -> tuple[str, str]:
    """ACLED type and sub type of an attack, from the word the text used for it."""
    text = trigger or ""
    if _AIR.search(text):
        return "Explosions/Remote violence", "Air/drone strike"
    if _REMOTE.search(text):
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    return "Battles", "Armed clash"


def category(event: CorpusEvent, parent: CorpusEvent | None = None) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) of one corpus event; casualties take their attack's."""
    if event.type == "attack":
        return attack_category(event.trigger)
    if event.type == "casualties":
        return attack_category(parent.trigger) if parent else ("Violence against civilians", "Attack")
    if event.type == "deployment":
        return STRATEGIC, "Headquarters or base established" if _BASE.search(event.trigger or "") else "Other"
    if event.type == "withdrawal":
        return STRATEGIC, "Non-violent transfer of territory"
    return STRATEGIC, "Other"  # supply, training


def _same_scene(a: CorpusEvent, b: CorpusEvent) -> bool:
    """Whether a casualty event and an attack share a record and a compatible place."""
    if not {c.record_id for c in a.claims} & {c.record_id for c in b.claims} - {None}:
        return False
    if a.location is None or b.location is None:
        return True
    return same_place(loc_of(a.location), loc_of(b.location))


def parents(events: Sequence[CorpusEvent]) -> dict[str, CorpusEvent]:
    """Casualty event id -> the attack it belongs to (one reported in the same record, same place)."""
    attacks_by_record: dict[str, list[CorpusEvent]] = {}
    for ev in events:
        if ev.type == "attack":
            for rid in sorted({c.record_id for c in ev.claims if c.record_id}):
                attacks_by_record.setdefault(rid, []).append(ev)
    out: dict[str, CorpusEvent] = {}
    for ev in events:
        if ev.type != "casualties":
            continue
        candidates = {a.id: a for c in ev.claims for a in attacks_by_record.get(c.record_id or "", [])}
        for attack_id in sorted(candidates):
            if _same_scene(ev, candidates[attack_id]):
                out[ev.id] = candidates[attack_id]
                break
    return out


def _geo(event: CorpusEvent) -> dict[str, Any]:
    """country, admin1, location, coordinates and ACLED geo_precision (1 settlement, 2 region, 3 country)."""
    loc = loc_of(event.location)
    place = event.location
    region = region_of(loc.key, loc.country) if loc.kind in ("region", "city") else None
    precision = {"city": 1, "region": 2, "country": 3}.get(loc.kind or "", 3)
    return {
        "country": country_name(loc.country) if loc.country else "",
        "admin1": region.name if region else "",
        "location": place.name if place and place.name else "",
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": precision,
    }


def _fatalities(event: CorpusEvent) -> int:
    if event.type != "casualties" or event.outcome != "killed" or event.quantity is None:
        return 0
    q = event.quantity
    figure = q.value if q.value is not None else (q.low if q.low is not None else q.high)
    return int(figure or 0)


def _actor_name(actor: Any) -> str:
    return (actor.name or actor.country or "") if actor is not None else ""


def acled_row(event: CorpusEvent, parent: CorpusEvent | None = None) -> dict[str, Any]:
    """One ACLED-style row."""
    event_type, sub_type = category(event, parent)
    return {
        "event_id": event.id,
        "event_date": event.time.start.isoformat() if event.time and event.time.start else "",
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": _actor_name(event.actor),
        "actor2": _actor_name(event.recipient),
        **_geo(event),
        "source": "; ".join(event.sources) or "; ".join(sorted({c.record_id or c.key for c in event.claims})),
        "notes": event.summary,
        "fatalities": _fatalities(event),
    }


def as_events(events: Iterable[CorpusEvent | dict[str, Any]]) -> list[CorpusEvent]:
    return [e if isinstance(e, CorpusEvent) else CorpusEvent.model_validate(e) for e in events]


def export_acled(events: Iterable[CorpusEvent | dict[str, Any]]) -> list[dict[str, Any]]:
    """ACLED-style rows, one per corpus event, in the order given."""
    evs = as_events(events)
    owner = parents(evs)
    return [acled_row(ev, owner.get(ev.id)) for ev in evs]


def flat_row(event: CorpusEvent) -> dict[str, Any]:
    """Our own columns: every consensus slot, with claims reduced to their keys."""
    q, a, r, p, t = event.quantity, event.actor, event.recipient, event.location, event.time
    return {
        "event_id": event.id, "type": event.type, "outcome": event.outcome, "trigger": event.trigger,
        "actor": a.name if a else None, "actor_country": a.country if a else None,
        "recipient": r.name if r else None, "recipient_country": r.country if r else None,
        "location": p.name if p else None, "location_country": p.country if p else None,
        "latitude": p.lat if p else None, "longitude": p.lon if p else None,
        "start": t.start.isoformat() if t and t.start else None, "end": t.end.isoformat() if t and t.end else None,
        "value": q.value if q else None, "low": q.low if q else None, "high": q.high if q else None,
        "item": q.item if q else None, "unit": q.unit if q else None, "n_claims": len(event.claims),
        "sources": "; ".join(event.sources),
        "first_reported": event.first_reported.isoformat() if event.first_reported else None,
        "disagreements": " | ".join(event.disagreements), "claim_keys": "; ".join(c.key for c in event.claims),
        "summary": event.summary or fmt_time(t),
    }


def export_flat(events: Iterable[CorpusEvent | dict[str, Any]]) -> list[dict[str, Any]]:
    return [flat_row(ev) for ev in as_events(events)]


def write_csv(rows: list[dict[str, Any]], columns: list[str], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)


def write_parquet(rows: list[dict[str, Any]], columns: list[str], path: str | Path) -> None:
    """Parquet through pyarrow (the ``parquet`` extra); numbers stay numbers, missing values null."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=_schema(rows, columns)) if rows else \
        pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table.select(columns), str(path))


def _schema(rows: list[dict[str, Any]], columns: list[str]) -> Any:
    import pyarrow as pa

    floats = {"latitude", "longitude", "value", "low", "high"}
    ints = {"geo_precision", "fatalities", "n_claims"}
    kind = {c: pa.float64() if c in floats else pa.int64() if c in ints else pa.string() for c in columns}
    return pa.schema([(c, kind[c]) for c in columns])


def write_table(events: Iterable[CorpusEvent | dict[str, Any]], path: str | Path, fmt: str = "acled",
                file_format: str | None = None) -> int:
    """Write ``fmt`` rows (acled or flat) as CSV or Parquet (by suffix unless given); returns the row count."""
    rows, columns = (export_acled(events), ACLED_COLUMNS) if fmt == "acled" else (export_flat(events), FLAT_COLUMNS)
    kind = file_format or ("parquet" if str(path).endswith((".parquet", ".pq")) else "csv")
    (write_parquet if kind == "parquet" else write_csv)(rows, columns, path)
    return len(rows)
