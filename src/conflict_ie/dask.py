"""Running the pipeline on a Dask cluster, for corpora beyond one machine.

Each worker process loads the pipeline once (module-level cache keyed by base) and reuses it for
every partition it is given; loading it per partition would cost seconds each time.  Records
come out exactly as from ``conflict_ie.extract_many``; the dataframe path gives the flat events
table of ``conflict-ie extract --format csv``.
"""

from __future__ import annotations

from typing import Any

from .corpus import CSV_COLUMNS, NUMERIC_COLUMNS, event_rows
from .records import Item, process


def _worker_nlp(base: str | None) -> Any:
    from .pipeline import shared

    return shared(base)


def _records(partition: list[dict[str, Any]], base: str | None, with_text: bool,
             text: str = "text", id: str = "id", published: str = "published") -> list[Any]:
    nlp = _worker_nlp(base)
    items = [Item(id=d.get(id), text=d.get(text), published=d.get(published)) for d in partition]
    return list(process(nlp, items, with_text=with_text))


def _partition_to_dicts(partition: list[dict[str, Any]], base: str | None, with_text: bool) -> list[dict[str, Any]]:
    return [r.to_json_dict(with_text) for r in _records(partition, base, with_text)]


def extract_bag(bag: Any, base: str | None = None, with_text: bool = False) -> Any:
    """A bag of record dicts (RECORDS.md shape) from a bag of ``{"id", "text", "published"}`` dicts."""
    return bag.map_partitions(_partition_to_dicts, base, with_text)


def _frame_partition(df: Any, text: str, id: str, published: str, base: str | None) -> Any:
    import pandas as pd

    rows = [
        {c: (row.get(c) if isinstance(row, dict) else None) for c in (text, id, published)}
        for row in df.to_dict(orient="records")
    ]
    out: list[dict[str, Any]] = []
    for record in _records(rows, base, False, text, id, published):
        out.extend(event_rows(record))
    frame = pd.DataFrame(out, columns=CSV_COLUMNS)
    return frame.astype(_META_DTYPES)


_META_DTYPES = {c: ("float64" if c in NUMERIC_COLUMNS else "object") for c in CSV_COLUMNS}


def extract_dataframe(ddf: Any, text: str = "text", id: str = "id", published: str = "published",
                      base: str | None = None) -> Any:
    """The flat events table (one row per event, one row for a record without events) of a dataframe."""
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype=t) for c, t in _META_DTYPES.items()})
    return ddf.map_partitions(_frame_partition, text, id, published, base, meta=meta)


# ----------------------------------------------------------------------------- corpus merge


def _partition_items(partition: list[Any]) -> list[tuple[Any, Any]]:
    """(type key, claim item) for every asserted event of the records of one partition."""
    from .corpusview.merge import _items

    return [(item.type_key, item) for item in _items(partition)]


def _merge_group(pair: tuple[Any, list[tuple[Any, Any]]]) -> list[Any]:
    from .corpusview.merge import build_event, group_items

    items = sorted((item for _, item in pair[1]), key=lambda it: it.sort_key)
    # a record read twice gives the same claims twice: keep one (as merge does within a partition)
    unique, seen = [], set()
    for item in items:
        if item.claim.key not in seen:
            seen.add(item.claim.key)
            unique.append(item)
    return [build_event(group).model_dump(mode="json") for group in group_items(unique)]


def merge_bag(bag: Any) -> Any:
    """``conflict_ie.merge`` on a Dask bag of records (``Record`` models or their dicts): a bag of
    corpus-event dicts, the same events ``merge`` gives in one process.

    Events of different types (or, for casualties, outcomes) never merge, so the claims are
    grouped by that key across the cluster and each group is merged where it lands: the work
    spreads over at most as many tasks as there are event types and outcomes (about ten).
    Order the result with ``sorted(..., key=conflict_ie.dask.event_order)`` when it matters.
    """
    keyed = bag.map_partitions(_partition_items)
    return keyed.groupby(lambda pair: pair[0]).map(_merge_group).flatten()


def event_order(event: dict[str, Any]) -> tuple[str, str, str, str]:
    """The order ``conflict_ie.merge`` returns events in (time, type, place, id), for dicts."""
    time = (event.get("time") or {}).get("start") or "9999-12-31"
    place = (event.get("location") or {}).get("name") or ""
    return (time, event["type"], place, event["id"])
