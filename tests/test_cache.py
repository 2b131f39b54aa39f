"""The place index is built once and then read from the cache directory (cold start, issue 13)."""

from __future__ import annotations

import pickle

import spacy
from spacy.strings import get_string_id

from conflict_ie.components import places


def test_place_index_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_IE_CACHE", str(tmp_path))
    places.clear_place_index()
    nlp = spacy.blank("en")
    built = places.place_index(nlp)
    files = list(tmp_path.glob("places-*.pickle"))
    assert len(files) == 1 and places.Places(pickle.loads(files[0].read_bytes())[0])["Kursk"].country == "RUS"
    assert built.form((get_string_id("New"), get_string_id("York"))) == "New York"
    assert built.form((get_string_id("York"), get_string_id("New"))) is None
    assert 2 in built.lengths[get_string_id("New")]

    def no_rebuild():
        raise AssertionError("the gazetteer was rebuilt although the cache holds it")

    monkeypatch.setattr(places, "gazetteer", no_rebuild)
    places.clear_place_index()
    again = places.place_index(nlp)
    assert (again.places.forms, again.by_tokens, again.lengths) == (built.places.forms, built.by_tokens, built.lengths)
    assert again.places["Kursk"] == built.places["Kursk"]
    places.clear_place_index()


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CONFLICT_IE_CACHE", str(blocker / "sub"))
    places.clear_place_index()
    found = places.place_index(spacy.blank("en"))
    assert "Kursk" in found.places
    places.clear_place_index()


def test_a_new_build_replaces_the_old_ones(tmp_path, monkeypatch):
    from conflict_ie import cache

    monkeypatch.setenv("CONFLICT_IE_CACHE", str(tmp_path))
    (tmp_path / "places-old.json").write_text("{}", encoding="utf-8")
    (tmp_path / "quantulum-units-old.json").write_text("{}", encoding="utf-8")
    cache.save_pickle("places-new.pickle", ({}, {}, {}))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places-new.pickle", "quantulum-units-old.json"]
    assert cache.load_pickle("places-new.pickle") == ({}, {}, {})
