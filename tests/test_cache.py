"""The place index is built once and then read from the cache directory (cold start, issue 13)."""

from __future__ import annotations

import json

import spacy

from conflict_ie.components import places


def test_place_index_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_IE_CACHE", str(tmp_path))
    places._place_index.cache_clear()
    nlp = spacy.blank("en")
    built, tokens = places.place_index(nlp)
    files = list(tmp_path.glob("places-*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text(encoding="utf-8"))["places"]
    assert tokens["New York"] == ["New", "York"]

    def no_rebuild():
        raise AssertionError("the gazetteer was rebuilt although the cache holds it")

    monkeypatch.setattr(places, "gazetteer", no_rebuild)
    places._place_index.cache_clear()
    again, _ = places.place_index(nlp)
    assert again == built
    places._place_index.cache_clear()


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CONFLICT_IE_CACHE", str(blocker / "sub"))
    places._place_index.cache_clear()
    found, _ = places.place_index(spacy.blank("en"))
    assert "Kursk" in found
    places._place_index.cache_clear()
