"""The scorer itself, pinned on small hand-made gold/prediction pairs (RECORDS.md rules)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from conflict_ie.scoring import evaluate, place_key, quantity_agrees, score

TEXT = "Up to 2,100 soldiers were flown to Kursk between October 23 and October 28, Kyslytsya said."
GOLD = {
    "id": "g1",
    "published": "2024-11-01",
    "text": TEXT,
    "tags": [
        {"label": "QUANTITY", "start": 0, "end": 20, "text": "Up to 2,100 soldiers",
         "norm": {"value": 2100, "low": None, "high": 2100, "qualifier": "up_to", "item": "soldier", "unit": None}},
        {"label": "LOCATION", "start": 35, "end": 40, "text": "Kursk", "norm": {"name": "Kursk"}},
        {"label": "DATE_RANGE", "start": 41, "end": 74, "text": "between October 23 and October 28",
         "norm": {"start": "2024-10-23", "end": "2024-10-28", "granularity": "day"}},
    ],
    "events": [
        {"type": "deployment", "start": 0, "end": 74, "mode": "air", "source": "Kyslytsya",
         "quantity": {"value": 2100, "low": None, "high": 2100, "qualifier": "up_to", "item": "soldier", "unit": None},
         "location": {"name": "Kursk"}, "time": {"start": "2024-10-23", "end": "2024-10-28"}},
    ],
}


def _pred(gold):
    return {gold["id"]: copy.deepcopy(gold)}


def test_perfect_prediction_scores_one():
    rep = score([GOLD], _pred(GOLD))
    for counts in rep.labels.values():
        assert counts.f1 == 1.0
    assert rep.events.f1 == 1.0
    assert rep.as_dict()["slot_accuracy"]["mode"] == 1.0


def test_empty_prediction_scores_zero():
    rep = score([GOLD], {"g1": {"tags": [], "events": []}})
    assert all(c.f1 == 0.0 and c.fn == 1 for c in rep.labels.values())
    assert rep.events.recall == 0.0


def test_overlap_with_agreeing_norm_counts_even_with_other_boundaries():
    pred = _pred(GOLD)
    pred["g1"]["tags"][0].update(start=6, end=11, text="2,100")
    assert score([GOLD], pred).labels["QUANTITY"].f1 == 1.0


def test_overlap_with_wrong_value_is_both_fp_and_fn():
    pred = _pred(GOLD)
    pred["g1"]["tags"][0]["norm"]["value"] = 2000
    pred["g1"]["tags"][0]["norm"]["high"] = 2000
    c = score([GOLD], pred).labels["QUANTITY"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_wrong_dates_do_not_match():
    pred = _pred(GOLD)
    pred["g1"]["tags"][2]["norm"]["end"] = "2024-10-29"
    c = score([GOLD], pred).labels["DATE_RANGE"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_optional_gold_is_neither_rewarded_nor_punished():
    gold = copy.deepcopy(GOLD)
    gold["tags"][1]["optional"] = True
    # found: no tp; missed: no fn; a prediction overlapping it: no fp
    found = score([gold], _pred(gold)).labels["LOCATION"]
    assert (found.tp, found.fp, found.fn) == (0, 0, 0)
    missed = score([gold], {"g1": {"tags": [], "events": []}}).labels["LOCATION"]
    assert (missed.tp, missed.fp, missed.fn) == (0, 0, 0)


def test_unrelated_prediction_is_a_false_positive():
    pred = _pred(GOLD)
    pred["g1"]["tags"].append({"label": "QUANTITY", "start": 80, "end": 85, "text": "x", "norm": {"value": 7}})
    assert score([GOLD], pred).labels["QUANTITY"].fp == 1


def test_labels_not_annotated_are_not_scored():
    gold = copy.deepcopy(GOLD)
    gold["tags"] = [t for t in gold["tags"] if t["label"] != "LOCATION"]
    pred = _pred(GOLD)
    assert "LOCATION" not in score([gold], pred).labels


@pytest.mark.parametrize("gold,pred,ok", [
    ({"value": 8000, "high": 8000, "qualifier": "up_to"}, {"value": 8000, "qualifier": "exact"}, True),
    ({"value": 8000, "high": 8000, "qualifier": "up_to"}, {"value": None, "high": 8000, "qualifier": "up_to"}, True),
    ({"value": None, "low": 200, "high": 900, "qualifier": "vague"}, {"value": None, "low": 100, "high": 300}, True),
    ({"value": None, "low": 200, "high": 900, "qualifier": "vague"}, {"value": 1000}, False),
    ({"value": None, "low": 2000, "high": 3000, "qualifier": "range"}, {"low": 2000, "high": 3000}, True),
    ({"value": None, "low": 2000, "high": 3000, "qualifier": "range"}, {"low": 2000, "high": 3500}, False),
])
def test_quantity_agreement(gold, pred, ok):
    assert quantity_agrees(gold, pred) is ok


def test_event_needs_key_slots_and_overlap():
    pred = _pred(GOLD)
    pred["g1"]["events"][0]["location"] = {"name": "the Kursk region"}
    assert score([GOLD], pred).events.f1 == 1.0
    pred["g1"]["events"][0]["location"] = {"name": "Belgorod"}
    assert score([GOLD], pred).events.tp == 0
    pred = _pred(GOLD)
    pred["g1"]["events"][0]["type"] = "supply"
    assert score([GOLD], pred).events.tp == 0


def test_possible_events_are_not_scored_as_assertions():
    pred = _pred(GOLD)
    pred["g1"]["events"][0]["modality"] = "possible"
    assert score([GOLD], pred).events.tp == 0


def test_place_key_ignores_region_words():
    assert place_key("the Kursk region") == place_key("Kursk Oblast") == "kursk"


def test_evaluate_reads_a_prediction_file(tmp_path: Path):
    import json

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "g1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    rep = evaluate(gold_dir, pred_file)
    assert rep.events.f1 == 1.0 and rep.documents == 1


def test_docbin_and_examples_are_scored_like_fixtures(tmp_path: Path):
    import spacy
    from spacy.tokens import DocBin, Span
    from spacy.training import Example

    from conflict_ie.scoring import examples_to_records, read_docbin

    nlp = spacy.blank("en")
    ref = nlp.make_doc("Up to 2,100 soldiers arrived in Kursk.")
    ref.spans["conflict_ie"] = [Span(ref, 0, 4, label="QUANTITY"), Span(ref, 6, 7, label="LOCATION")]
    db = DocBin(store_user_data=True)
    db.add(ref)
    db.to_disk(tmp_path / "gold.spacy")
    gold = read_docbin(tmp_path / "gold.spacy")
    assert [t["label"] for t in gold[0]["tags"]] == ["QUANTITY", "LOCATION"]
    pred = nlp.make_doc(ref.text)
    pred.spans["conflict_ie"] = [Span(pred, 2, 3, label="QUANTITY")]
    gold_recs, pred_recs = examples_to_records([Example(pred, ref)])
    rep = score(gold_recs, {r["id"]: r for r in pred_recs})
    assert rep.labels["QUANTITY"].tp == 1 and rep.labels["LOCATION"].fn == 1


def test_a_document_the_pipeline_failed_on_is_reported_not_only_scored_empty():
    # c11 and d44 once crashed inside the resolver; their error records scored as empty predictions
    # and the report said nothing about it
    from conflict_ie.scoring import format_text
    rep = score([GOLD], {"g1": {"tags": [], "events": [], "error": {"type": "ValueError", "message": "min() arg"}}})
    assert rep.failed == ["g1"]
    assert "failed documents: 1 (g1)" in format_text(rep)
    assert rep.as_dict()["failed"] == ["g1"]
