"""Issue 14.1: a pipeline shared by threads gives exactly what a sequential run gives."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import conflict_ie
from conflict_ie import pipeline

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _paragraphs() -> list[tuple[str, str]]:
    out = []
    for file in sorted(FIXTURES.glob("c*.json")):
        doc = json.loads(file.read_text(encoding="utf-8"))
        out += [(p, doc["published"]) for p in doc["text"].split("\n") if p.strip()]
    return out


def test_threads_give_the_sequential_result(nlp):
    texts = _paragraphs() * 4  # enough overlap between threads to expose shared per-document state

    def run(item: tuple[str, str]) -> str:
        return conflict_ie.extract(item[0], item[1], nlp=nlp).model_dump_json()

    sequential = [run(t) for t in texts]
    for _ in range(3):
        with ThreadPoolExecutor(4) as pool:
            parallel = list(pool.map(run, texts))
        differing = [i for i, (a, b) in enumerate(zip(sequential, parallel, strict=True)) if a != b]
        assert not differing, f"{len(differing)} of {len(texts)} records differ, first: {texts[differing[0]][0][:80]!r}"


def test_the_shared_pipeline_is_built_once(monkeypatch):
    built: list[object] = []
    real_load = pipeline.load

    def counting_load(base=None, **kw):
        built.append(base)
        return real_load(base, **kw)

    monkeypatch.setattr(pipeline, "load", counting_load)
    monkeypatch.setattr(pipeline, "_SHARED", {})
    barrier = threading.Barrier(4)

    def first_call() -> object:
        barrier.wait()
        return pipeline.shared("blank")

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda _: first_call(), range(4)))
    assert built == ["blank"]
    assert all(nlp is got[0] for nlp in got)


@pytest.mark.slow
def test_dask_dataframe_on_threads_has_one_row_per_event(nlp):
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    import dask

    from conflict_ie.corpus import event_rows
    from conflict_ie.dask import extract_dataframe

    texts = _paragraphs() * 3
    frame = pd.DataFrame({"id": [f"d{i}" for i in range(len(texts))], "text": [t for t, _ in texts],
                          "published": [p for _, p in texts]})
    expected = sum(len(event_rows(conflict_ie.extract(t, p, id=f"d{i}", nlp=nlp)))
                   for i, (t, p) in enumerate(texts))
    ddf = dd.from_pandas(frame, npartitions=8)
    with dask.config.set(scheduler="threads", num_workers=4):
        for _ in range(2):
            out = extract_dataframe(ddf, base="blank").compute()
            assert len(out) == expected
