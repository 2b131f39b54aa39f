"""conflict_ie: structured, checkable events from conflict and military news.

Public API: ``load``, ``extract``, ``extract_many``, ``evaluate``, ``render`` and the record models.
Everything else is internal and may change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .models import Actor, DateRange, Event, Place, Quantity, Record, Tag
from .pipeline import load
from .pipeline import shared as _shared

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "DateRange",
    "Event",
    "Place",
    "Quantity",
    "Record",
    "Tag",
    "__version__",
    "evaluate",
    "extract",
    "extract_many",
    "load",
    "merge",
    "render",
]


def extract(text: str, published: Any = None, *, id: Any = None, base: str | None = None, nlp: Any = None) -> Record:
    """Tags and events of one text as a validated ``Record`` (bad input gives ``error``, not an exception).

    Thread-safe: threads may call it at once; the default pipeline is built once and shared.
    """
    from .records import extract as _extract

    return _extract(nlp or _shared(base), text, published=published, id=id)


def extract_many(items: Iterable[dict[str, Any]], *, base: str | None = None, nlp: Any = None,
                 batch_size: int = 64, n_process: int = 1, with_text: bool = False) -> Iterator[Record]:
    """Records for dicts with ``id``, ``text`` and ``published``, one per input, in order."""
    from .records import Item, process

    stream = (Item(id=d.get("id"), text=d.get("text"), published=d.get("published")) for d in items)
    yield from process(nlp or _shared(base), stream, batch_size=batch_size, n_process=n_process, with_text=with_text)


def evaluate(gold: Any, pred: Any = None, *, base: str | None = None, nlp: Any = None) -> Any:
    """Score predictions (or the pipeline itself) against fixtures; see ``conflict_ie.scoring``."""
    from .scoring import evaluate as _evaluate

    return _evaluate(gold, pred, base=base, nlp=nlp)


def render(doc: Any, *, page: bool = True, jupyter: bool = False) -> str:
    """displaCy HTML of the tags (span style) and the events of a processed ``Doc``."""
    from .display import render as _render

    return _render(doc, page=page, jupyter=jupyter)


def merge(records: Iterable[Any]) -> list[Any]:
    """Corpus events (``CorpusEvent``) from many records: one per happening, with every claim, its
    source and the disagreements between them; see docs/corpus.md."""
    from .corpusview.merge import merge as _merge

    return _merge(records)
