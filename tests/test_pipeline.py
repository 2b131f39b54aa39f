"""The pipeline as spaCy components: factories, both bases, serialization, multiprocessing, rendering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import conflict_ie
from conflict_ie.pipeline import installed_statistical

TEXT = ("Kyslytsya noted that the first group of up to 2,100 soldiers was transported to Kursk on Russian military "
        "aircraft between October 23 and October 28. Colonel General Kim Young Bok leads them.")


def _spans(doc):
    return [(s.label_, s.start_char, s.end_char, json.dumps(s._.norm, sort_keys=True)) for s in doc.spans["conflict_ie"]]


def _run(nlp, text=TEXT):
    doc = nlp.make_doc(text)
    doc._.published = "2024-11-01"
    return nlp(doc)


def test_factories_are_registered_entry_points():
    from importlib.metadata import entry_points

    # the installed package's entry points, which spaCy reads for a factory it has not imported;
    # spaCy's own registry lists only what was imported already, which made this test depend on order
    names = {e.name for e in entry_points(group="spacy_factories")}
    for name in ("conflict_ie", "conflict_ie_units", "conflict_ie_ranks", "conflict_ie_dates", "conflict_ie_places",
                 "conflict_ie_quantities", "conflict_ie_resolver"):
        assert name in names


def test_individual_components_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("conflict_ie_dates")
    nlp.add_pipe("conflict_ie_quantities")
    doc = _run(nlp)
    assert {s.label_ for s in doc.spans["conflict_ie"]} == {"DATE_RANGE", "QUANTITY"}


def test_every_label_is_produced(nlp):
    doc = _run(nlp, TEXT + " North Korean troops are in Russia. Pyongyang has provided 3.5 million shells.")
    assert {s.label_ for s in doc.spans["conflict_ie"]} == {"MIL_UNIT", "RANK", "QUANTITY", "DATE_RANGE", "LOCATION", "ACTOR"}


def test_round_trip_through_disk(nlp, tmp_path: Path):
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert _spans(_run(loaded)) == _spans(_run(nlp))
    assert _run(loaded)._.events == _run(nlp)._.events


def test_extra_lexicon_is_used_and_saved(nlp, tmp_path: Path):
    """The saved pipeline must carry the entries itself: the user's file is deleted before loading,
    and a pipeline without the extras must not tag the name (else the check proves nothing)."""
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"units": {"groups": [{"name": "Rubikon Center", "aliases": ["Rubikon"],
                                                        "country": "RUS", "kind": "group"}]}}), encoding="utf-8")
    with_extra = conflict_ie.load("blank", extra_lexicon=str(extra))
    text = "Drone operators of Rubikon struck the bridge."

    def tags_rubikon(pipeline) -> bool:
        doc = _run(pipeline, text)
        return any(s.label_ == "MIL_UNIT" and s.text == "Rubikon" for s in doc.spans["conflict_ie"])

    assert tags_rubikon(with_extra)
    assert not tags_rubikon(nlp)
    with_extra.to_disk(tmp_path / "pipe")
    extra.unlink()
    assert tags_rubikon(spacy.load(tmp_path / "pipe"))


def test_multiprocess_pipe_gives_identical_output(nlp):
    texts = [TEXT, "A Russian missile strike on Kharkiv killed at least 12 people on Friday."] * 6
    docs = []
    for text in texts:
        d = nlp.make_doc(text)
        d._.published = "2024-11-01"
        docs.append(d)
    single = [(_spans(d), d._.events) for d in nlp.pipe([_copy(nlp, d) for d in docs])]
    multi = [(_spans(d), d._.events) for d in nlp.pipe([_copy(nlp, d) for d in docs], n_process=2, batch_size=3)]
    assert single == multi


def _copy(nlp, doc):
    new = nlp.make_doc(doc.text)
    new._.published = doc._.published
    return new


def test_statistical_base_adds_on_top(nlp_stat):
    assert "parser" in nlp_stat.pipe_names and "conflict_ie" in nlp_stat.pipe_names
    doc = _run(nlp_stat)
    assert any(e["summary"] == "up to 2,100 soldiers flown to Kursk, Oct 23–28, 2024" or "2,100" in e["summary"]
               for e in doc._.events)


def test_add_pipe_on_a_loaded_statistical_pipeline():
    name = installed_statistical()
    if name is None:
        pytest.skip("no statistical English pipeline installed (pip install 'conflict-ie[model]')")
    nlp = spacy.load(name)
    nlp.add_pipe("conflict_ie")
    doc = _run(nlp)
    assert any(s.label_ == "QUANTITY" for s in doc.spans["conflict_ie"])


def test_render_is_html(nlp):
    html = conflict_ie.render(_run(nlp))
    assert html.startswith("<!DOCTYPE html>") and "QUANTITY" in html and "Events" in html


def test_extract_returns_a_validated_record():
    rec = conflict_ie.extract(TEXT, published="2024-11-01", base="blank")
    assert isinstance(rec, conflict_ie.Record) and rec.error is None
    assert any(e.mode == "air" for e in rec.events)


@pytest.mark.parametrize("text,kind", [("", "empty_text"), ("   \n ", "empty_text"), ("\x00\x01\x02" * 50, "binary")])
def test_bad_text_gives_an_error_record(text, kind):
    rec = conflict_ie.extract(text, base="blank")
    assert rec.error is not None and rec.error.type == kind


def test_bogus_published_is_reported_but_text_still_read():
    rec = conflict_ie.extract("Up to 2,100 soldiers arrived.", published="the day after", base="blank")
    assert rec.error.type == "bad_published" and rec.tags


def test_huge_document_is_split_not_lost(nlp):
    from conflict_ie.records import Item, process

    para = "Up to 2,100 soldiers were flown to Kursk on October 23.\n\n"
    rec = next(process(nlp, [Item(id="big", text=para * 200, published="2024-11-01")], max_chars=2000))
    assert rec.error is None
    assert sum(1 for t in rec.tags if t.label == "QUANTITY") == 200
    assert all(para * 200 and (para * 200)[t.start:t.end] == t.text for t in rec.tags)


@pytest.mark.parametrize("text", [
    "Some 150 soldiers, led by Col. Hector Aldana, landed at the airport on Tuesday.",
    "Sgt. First Class John Smith and Capt. Ann Lee were wounded near the border.",
    "Regional Gov. Oleh Syniehubov said Lt. Col. Ivan Petrenko was killed.",
])
def test_a_title_written_short_ends_no_sentence(nlp, text):
    """spaCy's tokenizer splits "Col." and "Sgt." (not "Gen."), and the sentencizer then cut the
    sentence at the stop; the pipeline keeps rank and title abbreviations whole."""
    doc = nlp(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
