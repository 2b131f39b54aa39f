"""Property tests: whatever comes in, exactly one record per input comes out, in order, and
nothing raises (random text, random JSON lines, random bytes; the API and the command line)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conflict_ie
from conflict_ie import cli, pipeline

WORDS = ["Up to", "2,100", "soldiers", "were", "flown to", "Kursk", "on", "May", "3", "killed", "12", "civilians",
         "Russian forces", "shelled", "\ud800", "\x00", "\n\n", "$425 million", "Gen.", "between", "and", "2024", "-"]
texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
values = st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), texts, st.lists(st.integers(), max_size=3),
                   st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
records = st.fixed_dictionaries({}, optional={"id": values, "text": st.one_of(texts, values), "published": values})
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                          HealthCheck.too_slow])


@SETTINGS
@given(st.lists(records, max_size=6))
def test_extract_many_gives_one_record_per_input(nlp, items):
    out = list(conflict_ie.extract_many(items, nlp=nlp, batch_size=2))
    assert len(out) == len(items)
    for item, record in zip(items, out, strict=True):
        if isinstance(item.get("id"), str) and "\ud800" not in item["id"] and "\udc00" not in item["id"]:
            assert record.id == item["id"]
        json.dumps(record.to_json_dict(True))  # always serialisable


@SETTINGS
@given(st.lists(st.one_of(records.map(lambda r: json.dumps(r, default=str).encode("utf-8", "surrogatepass")),
                          st.binary(max_size=80)), max_size=6))
def test_command_line_gives_one_line_per_input_line(nlp, tmp_path_factory, monkeypatch, lines):
    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    monkeypatch.setattr(pipeline, "load", lambda base=None, **kw: nlp)
    folder = tmp_path_factory.mktemp("cli")
    src, out = folder / "in.jsonl", folder / "out.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    code = cli.main(["extract", str(src), "-o", str(out), "--quiet", "--batch-size", "2"])
    assert code in (0, 1)
    expected = sum(1 for line in lines if line.strip())  # blank lines hold no record
    produced = Path(out).read_text(encoding="utf-8").splitlines()
    assert len(produced) == expected
    assert all(isinstance(json.loads(p), dict) for p in produced)
