"""The record models: RECORDS.md shapes validate, bad ones do not, and the published schema is current."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from conflict_ie.models import Event, Quantity, Record, Tag

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = ROOT.parent / "shared" / "corpus" / "dev"


def test_published_schema_matches_live_models():
    published = json.loads((ROOT / "docs" / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    assert published == Record.model_json_schema(), "regenerate with: conflict-ie schema > docs/schema/record.schema.json"


def test_records_md_example_event_validates():
    ev = Event.model_validate({
        "type": "deployment", "trigger": "transported", "actor": {"name": "North Korea", "country": "PRK"},
        "recipient": None,
        "quantity": {"value": 2100, "low": None, "high": 2100, "qualifier": "up_to", "item": "soldier", "unit": None},
        "location": {"name": "Kursk", "country": "RUS", "lat": 51.73, "lon": 36.19}, "origin": None, "mode": "air",
        "time": {"start": "2024-10-23", "end": "2024-10-28"}, "source": "Sergiy Kyslytsya", "start": 2569, "end": 2827,
        "summary": "up to 2,100 North Korean soldiers flown to Kursk, Oct 23–28, 2024",
    })
    assert ev.quantity.high == 2100 and ev.time.start.isoformat() == "2024-10-23"


@pytest.mark.parametrize("bad", [
    {"label": "QUANTITY", "start": 5, "end": 2, "text": "x", "norm": {}},
    {"label": "WEAPON", "start": 0, "end": 2, "text": "x", "norm": {}},
    {"label": "DATE_RANGE", "start": 0, "end": 2, "text": "x", "norm": {"start": "2024-13-01", "end": None}},
    {"label": "DATE_RANGE", "start": 0, "end": 2, "text": "x", "norm": {"start": "2024-10-05", "end": "2024-10-01"}},
    {"label": "QUANTITY", "start": 0, "end": 2, "text": "x", "norm": {"qualifier": "lots"}},
])
def test_bad_tags_are_rejected(bad):
    with pytest.raises(ValidationError):
        Tag.model_validate(bad)


def test_quantity_bounds_must_be_ordered():
    with pytest.raises(ValidationError):
        Quantity(low=10, high=5, qualifier="range")


def test_timestamp_published_is_read_as_its_date():
    assert Record(published="2024-11-01T08:30:00Z").published.isoformat() == "2024-11-01"


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="shared dev corpus not beside the repo")
def test_shared_dev_fixtures_validate():
    for path in SHARED_DEV.glob("*.json"):
        Record.model_validate(json.loads(path.read_text(encoding="utf-8")))


def test_own_fixtures_validate_and_offsets_match():
    files = sorted((ROOT / "fixtures").glob("*.json"))
    assert len(files) >= 40
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        rec = Record.model_validate(data)
        for tag in rec.tags:
            assert rec.text[tag.start : tag.end] == tag.text, (path.name, tag)
        for ev in rec.events:
            assert 0 <= ev.start < ev.end <= len(rec.text), (path.name, ev)
