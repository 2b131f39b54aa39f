"""From documents to validated records, one per input, whatever the input looks like.

This is the edge where the plain dicts of the ``Doc`` become ``models.Record``: every record
that leaves the library passes here.  Bad input (no text, empty text, binary junk, a bogus
``published``, a document over the size limit) becomes a record with ``error`` set; an
exception inside the pipeline for one document becomes that document's error record and the
batch goes on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .components.base import SPAN_KEY
from .models import ErrorInfo, Event, Record, Tag

DEFAULT_MAX_CHARS = 1_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


@dataclass
class Item:
    """One input document as the readers hand it over (fields may be missing or wrong)."""

    id: Any = None
    text: Any = None
    published: Any = None
    error: ErrorInfo | None = None  # set by a reader that could not even read the line


def parse_published(value: Any) -> tuple[dt.date | None, ErrorInfo | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10]), None
        except ValueError:
            pass
        from .components.dates import _dateparser

        parsed = _dateparser(text) if len(text) < 64 else None
        if parsed is not None:
            return parsed, None
    return None, ErrorInfo(type="bad_published", message=f"cannot read published date {str(value)[:80]!r}; "
                           "relative dates were left unresolved")


def check_text(text: Any) -> ErrorInfo | None:
    if text is None:
        return ErrorInfo(type="missing_text", message="the record has no text field")
    if not isinstance(text, str):
        return ErrorInfo(type="bad_text", message=f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        return ErrorInfo(type="empty_text", message="the text is empty")
    sample = text[:20000]
    junk = len(_CONTROL.findall(sample))
    if "\x00" in sample or junk > max(20, len(sample) // 20):
        return ErrorInfo(type="binary", message=f"the text looks like binary data ({junk} control characters)")
    return None


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut an oversized text at paragraph (else line, else space) boundaries into pieces under the limit."""
    pieces: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + max_chars // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def doc_tags(doc: Doc, offset: int = 0) -> list[dict[str, Any]]:
    out = []
    for span in sorted(doc.spans.get(SPAN_KEY, []), key=lambda s: (s.start_char, s.end_char)):
        out.append({
            "label": span.label_,
            "start": span.start_char + offset,
            "end": span.end_char + offset,
            "text": span.text,
            "norm": dict(span._.norm or {}),
        })
    return out


def doc_events(doc: Doc, offset: int = 0) -> list[dict[str, Any]]:
    out = []
    for ev in doc._.events or []:
        ev = dict(ev)
        ev["start"] += offset
        ev["end"] += offset
        out.append(ev)
    return out


def build_record(id_: Any, published: dt.date | None, text: str | None, tags: list[dict[str, Any]],
                 events: list[dict[str, Any]], error: ErrorInfo | None, with_text: bool) -> Record:
    asserted = [Event.model_validate(e) for e in events if e.get("modality", "asserted") == "asserted"]
    possible = [Event.model_validate(e) for e in events if e.get("modality") == "possible"]
    return Record(
        id=None if id_ is None else str(id_),
        published=published,
        text=text if with_text else None,
        tags=[Tag.model_validate(t) for t in tags],
        events=asserted,
        possible_events=possible,
        error=error,
    )


def error_record(item: Item, error: ErrorInfo, with_text: bool) -> Record:
    published, _ = parse_published(item.published)
    text = item.text if with_text and isinstance(item.text, str) else None
    return Record(id=None if item.id is None else str(item.id), published=published, text=text, error=error)


def _make_doc(nlp: Language, text: str, published: dt.date | None, id_: Any) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published.isoformat() if published else None
    doc._.doc_id = None if id_ is None else str(id_)
    return doc


def process(
    nlp: Language,
    items: Iterable[Item],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    with_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    oversize: str = "split",
) -> Iterator[Record]:
    """Records for ``items``, in input order, exactly one per item."""
    if max_chars > nlp.max_length:
        nlp.max_length = max_chars + 1

    def prepared() -> Iterator[tuple[Item, dt.date | None, ErrorInfo | None, list[tuple[int, str]]]]:
        for item in items:
            if item.error is not None:
                yield item, None, item.error, []
                continue
            err = check_text(item.text)
            if err is not None:
                yield item, None, err, []
                continue
            published, perr = parse_published(item.published)
            text: str = item.text
            if len(text) > max_chars:
                if oversize != "split":
                    yield item, published, ErrorInfo(type="too_large", message=f"text has {len(text)} characters, "
                                                     f"over the limit of {max_chars}"), []
                    continue
                yield item, published, perr, split_text(text, max_chars)
            else:
                yield item, published, perr, [(0, text)]

    def docs(buffer: list) -> Iterator[tuple[Doc, tuple[int, int]]]:
        for idx, (item, published, _err, pieces) in enumerate(buffer):
            for p_idx, (_offset, piece) in enumerate(pieces):
                yield _make_doc(nlp, piece, published, item.id), (idx, p_idx)

    buffer: list = []
    for entry in prepared():
        buffer.append(entry)
        if len(buffer) >= batch_size * max(1, n_process) * 4:
            yield from _flush(nlp, buffer, docs, batch_size, n_process, with_text)
            buffer = []
    if buffer:
        yield from _flush(nlp, buffer, docs, batch_size, n_process, with_text)


def _flush(nlp: Language, buffer: list, docs: Any, batch_size: int, n_process: int, with_text: bool) -> Iterator[Record]:
    results: dict[tuple[int, int], Doc | Exception] = {}
    try:
        for doc, key in nlp.pipe(docs(buffer), as_tuples=True, batch_size=batch_size, n_process=n_process):
            results[key] = doc
    except Exception:  # one bad document must not sink the batch: redo it one by one
        results = {}
        for doc, key in docs(buffer):
            try:
                results[key] = nlp(doc)
            except Exception as exc:  # noqa: BLE001 - reported in the record
                results[key] = exc
    for idx, (item, published, err, pieces) in enumerate(buffer):
        if not pieces:
            yield error_record(item, err, with_text) if err else error_record(item, ErrorInfo(type="unknown", message="no text"), with_text)
            continue
        tags: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        failure = None
        for p_idx, (offset, _piece) in enumerate(pieces):
            got = results.get((idx, p_idx))
            if isinstance(got, Exception) or got is None:
                failure = ErrorInfo(type="extraction_failed", message=f"{type(got).__name__}: {got}"[:500])
                break
            tags.extend(doc_tags(got, offset))
            events.extend(doc_events(got, offset))
        if failure is not None:
            yield error_record(item, failure, with_text)
            continue
        try:
            yield build_record(item.id, published, item.text, tags, events, err, with_text)
        except Exception as exc:  # noqa: BLE001 - a validation failure is reported, not raised
            yield error_record(item, ErrorInfo(type="invalid_output", message=str(exc)[:500]), with_text)


def extract(nlp: Language, text: str, published: Any = None, id: Any = None, with_text: bool = True) -> Record:
    """One text to one record (errors included, never raised)."""
    return next(process(nlp, [Item(id=id, text=text, published=published)], with_text=with_text))
