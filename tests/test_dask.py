"""The Dask adapter on a real LocalCluster with two worker processes: same output as one process."""

from __future__ import annotations

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import conflict_ie  # noqa: E402

TEMPLATES = [
    "Up to {n} soldiers were flown to Kursk between October {d} and October {e}.",
    "A Russian missile strike on Kharkiv killed at least {n} people on Friday, the governor said.",
    "Pyongyang has provided around {n} artillery shells to Russia.",
    "Israeli troops withdrew from Khan Younis on Sunday.",
    "",
]


def _docs(count: int = 300) -> list[dict]:
    return [
        {"id": f"d{i}", "text": TEMPLATES[i % len(TEMPLATES)].format(n=50 + i, d=1 + i % 20, e=21 + i % 7),
         "published": "2024-11-01"}
        for i in range(count)
    ]


@pytest.mark.slow
def test_bag_and_dataframe_match_the_single_process_run():
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from conflict_ie.dask import extract_bag, extract_dataframe

    docs = _docs()
    expected = [r.to_json_dict(False) for r in conflict_ie.extract_many(docs, base="blank")]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        got = extract_bag(db.from_sequence(docs, npartitions=6), base="blank").compute()
        frame = extract_dataframe(dd.from_pandas(pd.DataFrame(docs), npartitions=4), base="blank").compute()
    assert got == expected
    assert list(frame["id"].drop_duplicates()) == [d["id"] for d in docs]
    assert (frame["type"] == "deployment").sum() == sum(
        1 for r in expected for e in r["events"] + r["possible_events"] if e["type"] == "deployment")
    assert frame.loc[frame["id"] == "d4", "error_type"].iloc[0] == "empty_text"


def test_merge_bag_gives_the_events_of_merge(nlp):
    import json
    from pathlib import Path

    import dask
    import dask.bag as db

    import conflict_ie
    from conflict_ie.dask import event_order, merge_bag

    fixtures = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("*.json"))
    records = [conflict_ie.extract(d["text"], d["published"], id=d["id"], nlp=nlp).to_json_dict(False)
               for d in (json.loads(f.read_text(encoding="utf-8")) for f in fixtures)]
    expected = [e.model_dump(mode="json") for e in conflict_ie.merge(records)]
    with dask.config.set(scheduler="synchronous"):
        got = sorted(merge_bag(db.from_sequence(records, npartitions=4)).compute(), key=event_order)
    assert got == expected
