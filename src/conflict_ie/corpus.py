"""Reading corpora and writing records: one module for every format users bring and take away.

Readers turn each input record into a ``records.Item``, whatever is wrong with it: a line that
is not JSON, a file that is not UTF-8, a missing field.  They never skip a record silently (blank
JSONL lines are the one exception: they hold no record), so the number of output records always
equals the number of input records.  Writers append whole batches atomically, which is what makes
``--resume`` safe after a kill at any moment.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .models import ErrorInfo, Record
from .records import Item

CSV_COLUMNS = [
    "id", "published", "event_index", "type", "trigger", "actor_country", "actor_name", "recipient_country",
    "quantity_value", "quantity_low", "quantity_high", "quantity_qualifier", "quantity_item", "quantity_unit",
    "location_name", "location_country", "location_lat", "location_lon", "origin_name", "mode", "time_start",
    "time_end", "source", "modality", "summary", "evidence_start", "evidence_end", "error_type", "error_message",
]


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


def read_jsonl(stream: Iterable[bytes], source: str, fields: Fields, published: str | None = None) -> Iterator[Item]:
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue  # a blank line holds no record
        line, err = decode(raw)
        if err is not None:
            yield Item(id=f"{source}:{n}", error=err)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(id=f"{source}:{n}", error=ErrorInfo(type="bad_json", message=f"line {n}: {exc.msg} at column {exc.colno}"))
            continue
        if not isinstance(obj, dict):
            yield Item(id=f"{source}:{n}", error=ErrorInfo(type="bad_json", message=f"line {n}: a JSON object was expected, "
                                                                                     f"not {type(obj).__name__}"))
            continue
        yield _item(obj, fields, f"{source}:{n}", published)


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
        if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
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
    if suffix in (".jsonl", ".ndjson", ".json"):
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


# ----------------------------------------------------------------------------- writers


class Writer:
    """Appends batches of records to an output, each batch in one write followed by fsync."""

    def __init__(self, path: str, fmt: str, with_text: bool, append: bool) -> None:
        self.path = path
        self.fmt = fmt
        self.with_text = with_text
        self._parquet_rows: list[dict[str, Any]] = []
        self._stdout: TextIO | None = sys.stdout if path == "-" else None
        if fmt == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError as exc:
                raise InputError("Parquet output needs pyarrow: pip install 'conflict-ie[parquet]'") from exc
            if path == "-":
                raise InputError("Parquet output needs a file name (-o events.parquet)")
        if self._stdout is None and not append:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb"):
                pass
        self._header_needed = fmt == "csv" and (not append or not Path(path).exists() or Path(path).stat().st_size == 0)

    def _render(self, records: list[Record]) -> str:
        if self.fmt == "jsonl":
            return "".join(json.dumps(r.to_json_dict(self.with_text), ensure_ascii=False) + "\n" for r in records)
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
        if self._header_needed:
            writer.writeheader()
            self._header_needed = False
        for r in records:
            writer.writerows(event_rows(r))
        return buf.getvalue()

    def write(self, records: list[Record]) -> None:
        if not records:
            return
        if self.fmt == "parquet":
            for r in records:
                self._parquet_rows.extend(event_rows(r))
            return
        data = self._render(records)
        if self._stdout is not None:
            self._stdout.write(data)
            self._stdout.flush()
            return
        # one write of the whole batch, then fsync: after a crash the file ends at a batch boundary
        # or, at worst, in a partial line that ``complete_lines`` drops before resuming
        with open(self.path, "ab") as fh:
            fh.write(data.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())

    def close(self) -> None:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(self._parquet_rows or [{c: None for c in CSV_COLUMNS}])
            tmp = f"{self.path}.tmp"
            pq.write_table(table, tmp)
            os.replace(tmp, self.path)


def complete_records(path: str, fmt: str) -> int:
    """How many input records an interrupted output already holds; cuts a torn last line.

    The output itself is the ledger: a JSONL line is a record; in CSV, rows carry the record id
    and the count of distinct ids is the count of records.
    """
    p = Path(path)
    if not p.exists():
        return 0
    data = p.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut != len(data):
        with open(p, "r+b") as fh:
            fh.truncate(cut)
        data = data[:cut]
    if fmt == "jsonl":
        return data.count(b"\n")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    seen: list[str] = []
    for row in rows:
        if not seen or seen[-1] != row["id"]:
            seen.append(row["id"])
    return len(seen)
