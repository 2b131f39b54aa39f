"""Reading corpora and writing records: one module for every format users bring and take away.

Readers turn each input record into a ``records.Item``, whatever is wrong with it: a line that
is not JSON, a file that is not UTF-8, a missing field.  They never skip a record silently (blank
JSONL lines are the one exception: they hold no record), so the number of output records always
equals the number of input records.  Writing them back out is ``output.py``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import ErrorInfo, Record
from .records import Item

CSV_COLUMNS = [
    "id", "published", "event_index", "type", "trigger", "actor_country", "actor_name", "recipient_country",
    "quantity_value", "quantity_low", "quantity_high", "quantity_qualifier", "quantity_item", "quantity_unit",
    "location_name", "location_country", "location_lat", "location_lon", "origin_name", "mode", "time_start",
    "time_end", "source", "modality", "summary", "evidence_start", "evidence_end", "error_type", "error_message",
    # position of the input record and how many rows it has: the resume ledger of CSV outputs
    "record_index", "record_rows",
]
NUMERIC_COLUMNS = frozenset({"record_index", "record_rows", "event_index", "quantity_value", "quantity_low",
                             "quantity_high", "location_lat", "location_lon", "evidence_start", "evidence_end"})


@dataclass
class Fields:
    """Names of the input fields (configurable: corpora rarely agree on them)."""

    text: str = "text"
    id: str = "id"
    published: str = "published"


class InputError(Exception):
    """An input that cannot be read at all (missing file, unknown format): exit code 2."""


# ----------------------------------------------------------------------------- decoding


def decode(data: bytes) -> tuple[str | None, ErrorInfo | None]:
    """UTF-8 first (with or without BOM), then UTF-16 when a BOM says so; else an error, never a guess."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, ErrorInfo(type="bad_encoding", message=f"not UTF-8 or UTF-16 text: {exc.reason} at byte {exc.start}")


def _item(obj: dict[str, Any], fields: Fields, default_id: str, default_published: str | None) -> Item:
    published = obj.get(fields.published, default_published)
    return Item(id=obj.get(fields.id, default_id), text=obj.get(fields.text), published=published or default_published)


# ----------------------------------------------------------------------------- readers


def parse_json(line: str) -> tuple[Any, ErrorInfo | None]:
    """A JSON value, or why not; deep nesting and other parser failures are errors, not crashes."""
    try:
        return json.loads(line), None
    except json.JSONDecodeError as exc:
        return None, ErrorInfo(type="bad_json", message=f"{exc.msg} at column {exc.colno}")
    except RecursionError:
        return None, ErrorInfo(type="bad_json", message="the JSON value is nested too deeply")
    except Exception as exc:  # noqa: BLE001 - whatever the parser raises is this record's error
        return None, ErrorInfo(type="bad_json", message=f"{type(exc).__name__}: {exc}"[:300])


def item_of(obj: Any, fields: Fields, default_id: str, published: str | None) -> Item:
    """One input record from a parsed JSON value (an object is expected)."""
    if not isinstance(obj, dict):
        return Item(id=default_id, error=ErrorInfo(type="bad_json", message=f"a JSON object was expected, "
                                                                             f"not {type(obj).__name__}"))
    return _item(obj, fields, default_id, published)


def read_jsonl(stream: Iterable[bytes], source: str, fields: Fields, published: str | None = None) -> Iterator[Item]:
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue  # a blank line holds no record
        line, err = decode(raw)
        if err is None:
            obj, err = parse_json(line)  # type: ignore[arg-type]
        if err is not None:
            yield Item(id=f"{source}:{n}", error=ErrorInfo(type=err.type, message=f"line {n}: {err.message}"))
            continue
        yield item_of(obj, fields, f"{source}:{n}", published)


def read_json(path: Path, fields: Fields, published: str | None = None) -> Iterator[Item]:
    """A ``.json`` file: an array of records, one record object, or (as many corpora name it) JSONL."""
    data = path.read_bytes()
    text, err = decode(data)
    head = (text or "").lstrip()[:1]
    if err is None and head in ("[", "{"):
        whole, whole_err = parse_json(text or "")
        if whole_err is None and isinstance(whole, list):
            for n, obj in enumerate(whole, start=1):
                yield item_of(obj, fields, f"{path.name}:{n}", published)
            return
        if whole_err is None and isinstance(whole, dict):
            yield item_of(whole, fields, f"{path.name}:1", published)
            return
        if head == "[":
            raise InputError(f"{path}: not a valid JSON array ({whole_err.message if whole_err else 'unreadable'})")
    yield from read_jsonl(io.BytesIO(data), path.name, fields, published)


def read_csv(path: Path, fields: Fields, published: str | None = None) -> Iterator[Item]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    data = path.read_bytes()
    text, err = decode(data)
    if err is not None:
        raise InputError(f"{path}: {err.message}")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if reader.fieldnames is None or fields.text not in reader.fieldnames:
        raise InputError(f"{path}: no {fields.text!r} column (columns: {', '.join(reader.fieldnames or [])})")
    for n, row in enumerate(reader, start=1):
        yield _item(row, fields, f"{path.name}:{n}", published)


def read_folder(path: Path, published: str | None = None) -> Iterator[Item]:
    for file in sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".txt"):
        text, err = decode(file.read_bytes())
        yield Item(id=file.name, text=text, published=published, error=err)


def count_records(path: Path) -> int | None:
    """Number of records in a file, cheaply, for the progress bar's ETA (None when unknown)."""
    try:
        if path.is_dir():
            return sum(1 for p in path.iterdir() if p.suffix.lower() == ".txt")
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
    except OSError:
        return None
    return None


def read_input(name: str, fields: Fields, published: str | None = None) -> Iterator[Item]:
    """Items from a JSONL/CSV/TSV file, a folder of .txt files, or ``-`` (JSONL on stdin)."""
    if name == "-":
        yield from read_jsonl(sys.stdin.buffer, "stdin", fields, published)
        return
    path = Path(name)
    if not path.exists():
        raise InputError(f"{name}: no such file or folder")
    if path.is_dir():
        yield from read_folder(path, published)
        return
    suffix = path.suffix.lower()
    if suffix == ".json":
        yield from read_json(path, fields, published)
    elif suffix in (".jsonl", ".ndjson"):
        with open(path, "rb") as fh:
            yield from read_jsonl(fh, path.name, fields, published)
    elif suffix in (".csv", ".tsv", ".tab"):
        yield from read_csv(path, fields, published)
    elif suffix == ".txt":
        text, err = decode(path.read_bytes())
        yield Item(id=path.name, text=text, published=published, error=err)
    else:
        raise InputError(f"{name}: unknown input format {suffix!r} (use .jsonl, .csv, .tsv, .txt or a folder)")


# ----------------------------------------------------------------------------- rows


def event_rows(record: Record) -> list[dict[str, Any]]:
    """The flat table: one row per event (asserted and possible), one row for a record without any."""
    base = {
        "id": record.id,
        "published": record.published.isoformat() if record.published else None,
        "error_type": record.error.type if record.error else None,
        "error_message": record.error.message if record.error else None,
    }
    rows = []
    for index, ev in enumerate([*record.events, *record.possible_events]):
        q, loc = ev.quantity, ev.location
        rows.append({
            **base,
            "event_index": index,
            "type": ev.type,
            "trigger": ev.trigger,
            "actor_country": ev.actor.country if ev.actor else None,
            "actor_name": ev.actor.name if ev.actor else None,
            "recipient_country": ev.recipient.country if ev.recipient else None,
            "quantity_value": q.value if q else None,
            "quantity_low": q.low if q else None,
            "quantity_high": q.high if q else None,
            "quantity_qualifier": q.qualifier if q else None,
            "quantity_item": q.item if q else None,
            "quantity_unit": q.unit if q else None,
            "location_name": loc.name if loc else None,
            "location_country": loc.country if loc else None,
            "location_lat": loc.lat if loc else None,
            "location_lon": loc.lon if loc else None,
            "origin_name": ev.origin.name if ev.origin else None,
            "mode": ev.mode,
            "time_start": ev.time.start.isoformat() if ev.time and ev.time.start else None,
            "time_end": ev.time.end.isoformat() if ev.time and ev.time.end else None,
            "source": ev.source,
            "modality": ev.modality,
            "summary": ev.summary,
            "evidence_start": ev.start,
            "evidence_end": ev.end,
        })
    if not rows:
        rows.append({**{c: None for c in CSV_COLUMNS}, **base})
    return [{c: row.get(c) for c in CSV_COLUMNS} for row in rows]
