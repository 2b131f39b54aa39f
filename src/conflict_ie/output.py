"""Writing records safely: one writer at a time per output, whole batches, and resume by position.

Three promises rest on this module:

- **Nothing lost on a crash.** JSONL and CSV outputs are appended a batch at a time (one write,
  then fsync); ``--resume`` reads the output back as its own ledger and continues after the last
  complete record.  Records are counted by their *position in the input* (a JSONL line is one
  record; a CSV row carries ``record_index`` and ``record_rows``), never by ``id``, which corpora
  repeat (paragraphs of one article) or leave out.
- **No two runs on one file.** The writer holds an exclusive ``flock`` on the output (on the
  temporary file for Parquet) for the whole run; a second run fails fast with a message.
- **Parquet is all or nothing.** It is written to ``<output>.partial`` and renamed at the end, so an
  interrupted run leaves the old output untouched; resuming Parquet is refused up front.
"""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import sys
from typing import Any

from .corpus import CSV_COLUMNS, NUMERIC_COLUMNS, event_rows
from .models import ErrorInfo, Record


class OutputError(Exception):
    """The output cannot be written (locked, a folder, unwritable, or not resumable): exit code 2."""


def _open_locked(path: str, truncate: bool) -> int:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except IsADirectoryError as exc:
        raise OutputError(f"{path} is a folder; give a file name for the output") from exc
    except OSError as exc:
        raise OutputError(f"cannot open {path} for writing: {exc.strerror or exc}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        os.close(fd)
        raise OutputError(f"another conflict-ie run is writing to {path}; wait for it or choose another output") from exc
    if truncate:
        os.ftruncate(fd, 0)
    return fd


def _write_all(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_END)
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]
    os.fsync(fd)


def safe_line(record: Record, with_text: bool) -> str:
    """The JSONL line of a record, serialised once; a record that cannot be serialised (or
    encoded as UTF-8) becomes its error record."""
    try:
        line = json.dumps(record.to_json_dict(with_text), ensure_ascii=False)
        line.encode("utf-8")
        return line + "\n"
    except Exception as exc:  # noqa: BLE001 - reported in the record, never raised
        error = ErrorInfo(type="invalid_output", message=f"{type(exc).__name__}: {exc}"[:500])
        return json.dumps(Record(id=_ascii(record.id), error=error).to_json_dict(False), ensure_ascii=False) + "\n"


def _ascii(value: str | None) -> str | None:
    return None if value is None else value.encode("utf-8", "replace").decode("utf-8")


class Writer:
    """Appends batches of records to one output; ``first_index`` is the input position of a batch."""

    def __init__(self, path: str, fmt: str, with_text: bool, resume: bool = False) -> None:
        self.path = path
        self.fmt = fmt
        self.with_text = with_text
        self.done = 0  # records already in the output (resume)
        self._rows: list[dict[str, Any]] = []
        self._fd: int | None = None
        if fmt == "parquet":
            self._check_parquet(resume)
            self._fd = _open_locked(f"{path}.partial", truncate=True)
        elif path != "-":
            self._fd = _open_locked(path, truncate=not resume)
            if resume:
                self.done = self._resume_point()
        self._header_needed = fmt == "csv" and self._size() == 0

    def _check_parquet(self, resume: bool) -> None:
        if self.path == "-":
            raise OutputError("Parquet output needs a file name (-o events.parquet)")
        if resume:
            raise OutputError("--resume works with JSONL and CSV outputs, not Parquet (Parquet is written at the end)")
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise OutputError("Parquet output needs pyarrow: pip install 'conflict-ie[parquet]'") from exc

    def _size(self) -> int:
        return 0 if self._fd is None else os.fstat(self._fd).st_size

    def _resume_point(self) -> int:
        assert self._fd is not None
        os.lseek(self._fd, 0, os.SEEK_SET)
        chunks = []
        while chunk := os.read(self._fd, 1 << 20):
            chunks.append(chunk)
        data = b"".join(chunks)
        keep, count = (jsonl_ledger(data) if self.fmt == "jsonl" else csv_ledger(data))
        if keep is None:
            raise OutputError(f"{self.path} does not look like an output of conflict-ie {self.fmt}; cannot resume it")
        if keep < len(data):
            os.ftruncate(self._fd, keep)  # drop a torn last line or the rows of a half-written record
        return count

    def _render(self, records: list[Record], first_index: int) -> str:
        if self.fmt == "jsonl":
            return "".join(safe_line(r, self.with_text) for r in records)
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
        if self._header_needed:
            writer.writeheader()
            self._header_needed = False
        for offset, r in enumerate(records):
            writer.writerows(indexed_rows(r, first_index + offset))
        return buf.getvalue()

    def write(self, records: list[Record], first_index: int) -> None:
        if not records:
            return
        if self.fmt == "parquet":
            for offset, r in enumerate(records):
                self._rows.extend(indexed_rows(r, first_index + offset))
            return
        data = self._render(records, first_index).encode("utf-8", "replace")
        if self._fd is None:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
            return
        try:
            _write_all(self._fd, data)
        except OSError as exc:
            raise OutputError(f"cannot write to {self.path}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        if self.fmt == "parquet":
            self._finish_parquet()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def abort(self) -> None:
        """After an interruption: release the lock; a Parquet run leaves no partial file behind."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self.fmt == "parquet":
            try:
                os.unlink(f"{self.path}.partial")
            except OSError:
                pass

    def _finish_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        partial = f"{self.path}.partial"
        schema = pa.schema([(c, pa.float64() if c in NUMERIC_COLUMNS else pa.string()) for c in CSV_COLUMNS])
        table = pa.Table.from_pylist(self._rows, schema=schema)
        try:
            pq.write_table(table, partial)
            os.replace(partial, self.path)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc


def indexed_rows(record: Record, index: int) -> list[dict[str, Any]]:
    """The flat rows of one record, each stamped with the record's input position and row count."""
    try:
        rows = event_rows(record)
    except Exception as exc:  # noqa: BLE001 - reported in the row, never raised
        rows = event_rows(Record(id=_ascii(record.id), error=ErrorInfo(type="invalid_output", message=str(exc)[:500])))
    for row in rows:
        row["record_index"] = index
        row["record_rows"] = len(rows)
    return rows


def jsonl_ledger(data: bytes) -> tuple[int | None, int]:
    """(bytes to keep, records held) of a JSONL output: every complete line is one record."""
    keep = data.rfind(b"\n") + 1
    return keep, data[:keep].count(b"\n")


def csv_ledger(data: bytes) -> tuple[int | None, int]:
    """(bytes to keep, records held) of a CSV output.

    Rows are grouped by ``record_index``; the output holds the records 0..n-1 whose groups are
    complete (``record_rows`` rows each).  Anything after the last complete record (a torn line, a
    record cut by a full disk) is dropped.  ``None`` when the file is not our CSV.
    """
    if not data:
        return 0, 0
    text = data.decode("utf-8", "replace")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if rows and "record_index" not in rows[0]:
        return None, 0
    count, kept_rows, at = 0, 0, 0
    while at < len(rows):
        group = _group(rows, at, count)
        if group is None:
            break
        count += 1
        at += group
        kept_rows = at
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows({c: r.get(c) for c in CSV_COLUMNS} for r in rows[:kept_rows])
    good = buf.getvalue().encode("utf-8")
    if not data.startswith(good):
        return None, 0
    return len(good), count


def _group(rows: list[dict[str, Any]], at: int, index: int) -> int | None:
    """Length of the complete group of record ``index`` starting at row ``at``, or None."""
    try:
        if int(float(rows[at]["record_index"])) != index:
            return None
        size = int(float(rows[at]["record_rows"]))
    except (TypeError, ValueError, KeyError):
        return None
    group = rows[at : at + size]
    if size < 1 or len(group) < size:
        return None
    for row in group:
        if row.get("record_index") != rows[at]["record_index"] or None in row.values():
            return None
    return size
