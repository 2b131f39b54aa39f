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
BATCH_CHARS = 2_000_000  # at most about this much text in one spaCy batch
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
# in a Python str every code point in this range is a lone surrogate (JSON "\ud800"): it cannot be
# written as UTF-8, so it is replaced by U+FFFD, one code point for one, and offsets stay true
_SURROGATE = re.compile("[\ud800-\udfff]")
# an absolute published date names its year; "yesterday" or "last Friday" would resolve against
# the machine's clock and give different output on different days
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20|21)\d\d(?!\d)")


@dataclass
class Item:
    """One input document as the readers hand it over (fields may be missing or wrong)."""

    id: Any = None
    text: Any = None
    published: Any = None
    error: ErrorInfo | None = None  # set by a reader that could not even read the line


def clean_string(value: Any) -> Any:
    """``value`` with lone surrogates replaced (strings only; anything else is returned as is)."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def parse_published(value: Any) -> tuple[dt.date | None, ErrorInfo | None]:
    """An absolute date from what a corpus gives as the publication date, or an error.

    Relative expressions ("yesterday") are refused: the same input must give the same output on
    any day, so nothing here reads the clock.
    """
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
        from .components.dates import parse_absolute

        parsed = parse_absolute(text) if len(text) < 64 and _HAS_YEAR.search(text) else None
        if parsed is not None:
            return parsed, None
    return None, ErrorInfo(type="bad_published", message=f"cannot read published date {str(value)[:80]!r} "
                           "(give an absolute date such as 2024-11-01); relative dates were left unresolved")


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
        id=_id_text(id_),
        published=published,
        text=text if with_text else None,
        tags=[Tag.model_validate(t) for t in tags],
        events=asserted,
        possible_events=possible,
        error=error,
    )


def error_record(item: Item, error: ErrorInfo, with_text: bool) -> Record:
    """The record of an input that could not be processed: its id, what could be read, the error."""
    published, _ = parse_published(clean_string(item.published)) if _plain(item.published) else (None, None)
    text = clean_string(item.text) if with_text and isinstance(item.text, str) else None
    id_ = clean_string(_id_text(item.id))
    try:
        return Record(id=id_, published=published, text=text, error=error)
    except Exception:  # noqa: BLE001 - an id or text pydantic refuses: keep the error, drop the rest
        return Record(id=None, error=error)


def _plain(value: Any) -> bool:
    return value is None or isinstance(value, (str, dt.date))


def _id_text(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return str(value)[:1000]
    except Exception:  # noqa: BLE001 - an object whose str() fails
        return repr(type(value))


def _make_doc(nlp: Language, text: str, published: dt.date | None, id_: Any) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published.isoformat() if published else None
    doc._.doc_id = _id_text(id_)
    return doc


@dataclass
class _Prepared:
    """An input after the checks that need no pipeline: its pieces to tag, or why it has none."""

    item: Item
    published: dt.date | None
    error: ErrorInfo | None
    pieces: list[tuple[int, str]]


def prepare(item: Item, max_chars: int, oversize: str) -> _Prepared:
    """Checks, cleaning and splitting of one input; never raises (a failure is the item's error)."""
    try:
        if item.error is not None:
            return _Prepared(item, None, item.error, [])
        item = Item(id=clean_string(item.id), text=clean_string(item.text), published=clean_string(item.published))
        err = check_text(item.text)
        if err is not None:
            return _Prepared(item, None, err, [])
        published, perr = parse_published(item.published)
        text: str = item.text
        if len(text) <= max_chars:
            return _Prepared(item, published, perr, [(0, text)])
        if oversize != "split":
            too_large = ErrorInfo(type="too_large", message=f"text has {len(text)} characters, over the limit of {max_chars}")
            return _Prepared(item, published, too_large, [])
        return _Prepared(item, published, perr, split_text(text, max_chars))
    except Exception as exc:  # noqa: BLE001 - reported in the record
        return _Prepared(item, None, ErrorInfo(type="bad_input", message=f"{type(exc).__name__}: {exc}"[:500]), [])


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
    if not isinstance(max_chars, int) or max_chars < 1:
        raise ValueError(f"max_chars must be a positive number of characters, not {max_chars!r}")
    if max_chars > nlp.max_length:
        nlp.max_length = max_chars + 1
    buffer: list[_Prepared] = []
    for item in items:
        buffer.append(prepare(item, max_chars, oversize))
        if len(buffer) >= batch_size * max(1, n_process) * 4:
            yield from _flush(nlp, buffer, batch_size, n_process, with_text)
            buffer = []
    if buffer:
        yield from _flush(nlp, buffer, batch_size, n_process, with_text)


def _docs(nlp: Language, buffer: list[_Prepared]) -> Iterator[tuple[Doc, tuple[int, int]]]:
    for idx, entry in enumerate(buffer):
        for p_idx, (_offset, piece) in enumerate(entry.pieces):
            yield _make_doc(nlp, piece, entry.published, entry.item.id), (idx, p_idx)


Extracted = tuple[list[dict[str, Any]], list[dict[str, Any]]]  # tags and events of one piece, offsets applied


def _extracted(doc: Doc, offset: int) -> Extracted:
    """Plain tags and events of a processed piece: the ``Doc`` itself is dropped at once, so a huge
    document split in pieces never holds more than one piece's ``Doc``."""
    return doc_tags(doc, offset), doc_events(doc, offset)


def _run_one_by_one(nlp: Language, buffer: list[_Prepared]) -> dict[tuple[int, int], Extracted | Exception]:
    """The slow path after a batch failed: each piece alone, so one bad document sinks only itself."""
    results: dict[tuple[int, int], Extracted | Exception] = {}
    for idx, entry in enumerate(buffer):
        for p_idx, (offset, piece) in enumerate(entry.pieces):
            try:
                results[(idx, p_idx)] = _extracted(nlp(_make_doc(nlp, piece, entry.published, entry.item.id)), offset)
            except Exception as exc:  # noqa: BLE001 - reported in the record
                results[(idx, p_idx)] = exc
    return results


def _flush(nlp: Language, buffer: list[_Prepared], batch_size: int, n_process: int, with_text: bool) -> Iterator[Record]:
    results: dict[tuple[int, int], Extracted | Exception] = {}
    # spaCy keeps a whole batch of Docs alive through the pipeline: bound it in characters too
    longest = max((len(piece) for entry in buffer for _, piece in entry.pieces), default=1)
    batch_size = max(1, min(batch_size, BATCH_CHARS // max(1, longest)))
    try:
        for doc, key in nlp.pipe(_docs(nlp, buffer), as_tuples=True, batch_size=batch_size, n_process=n_process):
            results[key] = _extracted(doc, buffer[key[0]].pieces[key[1]][0])
    except Exception:  # one bad document must not sink the batch: redo it one by one
        results = _run_one_by_one(nlp, buffer)
    for idx, entry in enumerate(buffer):
        try:
            yield _record_of(entry, [results.get((idx, p)) for p in range(len(entry.pieces))], with_text)
        except Exception as exc:  # noqa: BLE001 - a validation failure is reported, not raised
            yield error_record(entry.item, ErrorInfo(type="invalid_output", message=str(exc)[:500]), with_text)


def _record_of(entry: _Prepared, pieces: list[Extracted | Exception | None], with_text: bool) -> Record:
    if not entry.pieces:
        return error_record(entry.item, entry.error or ErrorInfo(type="unknown", message="no text"), with_text)
    tags: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for got in pieces:
        if not isinstance(got, tuple):
            failure = ErrorInfo(type="extraction_failed", message=f"{type(got).__name__}: {got}"[:500])
            return error_record(entry.item, failure, with_text)
        tags.extend(got[0])
        events.extend(got[1])
    return build_record(entry.item.id, entry.published, entry.item.text, tags, events, entry.error, with_text)


def extract(nlp: Language, text: str, published: Any = None, id: Any = None, with_text: bool = True) -> Record:
    """One text to one record (errors included, never raised)."""
    return next(process(nlp, [Item(id=id, text=text, published=published)], with_text=with_text))
