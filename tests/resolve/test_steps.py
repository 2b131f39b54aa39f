"""The resolver alone, on tags built by hand: no tagger runs in these tests.

Each Doc comes from ``nlp.make_doc`` of a blank English pipeline; the tags are written to
``doc.spans["conflict_ie"]`` with ``span._.norm`` dicts of the shapes the taggers produce
(copied from their output), and the pipeline then runs a sentencizer and the resolver only.
The sentencizer is needed: without sentence boundaries the resolver reads the whole Doc as
one sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from conflict_ie.resolve.component import Resolver
from conflict_ie.resolve.context import Context
from conflict_ie.resolve.frames import Frame, find_triggers
from conflict_ie.resolve.slots import fill, pick_quantities

PUB = "2024-11-01"

# norm shapes as the taggers write them
KURSK = {"name": "Kursk", "country": "RUS", "lat": 51.73, "lon": 36.18}
KHARKIV = {"name": "Kharkiv", "country": "UKR", "lat": 49.98, "lon": 36.25}
VUHLEDAR = {"name": "Vuhledar", "country": "UKR", "lat": 47.78, "lon": 37.25}
UKRAINE = {"name": "Ukraine", "country": "UKR", "lat": None, "lon": None}
PRK_SOLDIERS = {"name": "North Korean soldiers", "country": "PRK", "kind": "national_force", "echelon": None}
MONDAY = {"start": "2024-10-28", "end": "2024-10-28", "granularity": "day"}


def qty(value: float, qualifier: str = "exact", item: str | None = None, unit: str | None = None,
        low: float | None = None, high: float | None = None) -> dict[str, Any]:
    return {"value": value, "low": low, "high": high, "qualifier": qualifier, "item": item, "unit": unit}


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("conflict_ie_resolver")
    return nlp


@pytest.fixture(scope="module")
def resolver(nlp) -> Resolver:
    component = nlp.get_pipe("conflict_ie_resolver")
    assert isinstance(component, Resolver)
    return component


def tagged(nlp: Language, text: str, tags: list[tuple[str, str, dict[str, Any]]] | None) -> Doc:
    """``text`` as a Doc with the given (substring, label, norm) tags; ``None`` leaves no span group."""
    doc = nlp.make_doc(text)
    doc._.published = PUB
    if tags is None:
        return doc
    spans = []
    for sub, label, norm in tags:
        start = text.index(sub)
        span = doc.char_span(start, start + len(sub), label=label)
        assert span is not None, f"{sub!r} does not fall on token boundaries"
        span._.norm = norm
        spans.append(span)
    doc.spans["conflict_ie"] = spans
    return doc


def resolve(nlp: Language, text: str, tags: list[tuple[str, str, dict[str, Any]]] | None) -> list[dict[str, Any]]:
    doc = nlp(tagged(nlp, text, tags))
    assert nlp.pipe_names == ["sentencizer", "conflict_ie_resolver"]
    events: list[dict[str, Any]] = doc._.events
    return events


def only(events: list[dict[str, Any]], etype: str) -> dict[str, Any]:
    found = [e for e in events if e["type"] == etype]
    assert len(found) == 1, f"expected one {etype}, got {[e['summary'] for e in events]}"
    return found[0]


# ------------------------------------------------------------------------------- whole resolver


def test_deployment_with_quantity_place_and_time(nlp):
    text = "Up to 2,100 North Korean soldiers were transported to Kursk between October 23 and October 28."
    events = resolve(nlp, text, [
        ("Up to 2,100", "QUANTITY", qty(2100, "up_to", "soldier", high=2100)),
        ("North Korean soldiers", "MIL_UNIT", PRK_SOLDIERS),
        ("Kursk", "LOCATION", KURSK),
        ("between October 23 and October 28", "DATE_RANGE", {"start": "2024-10-23", "end": "2024-10-28", "granularity": "day"}),
    ])
    assert len(events) == 1
    ev = events[0]
    assert ev["type"] == "deployment"
    assert ev["trigger"] == "were transported"
    assert ev["actor"] == {"name": "North Korea", "country": "PRK"}
    assert ev["location"] == KURSK
    assert ev["time"] == {"start": "2024-10-23", "end": "2024-10-28", "granularity": "day"}
    assert ev["quantity"] == qty(2100, "up_to", "soldier", high=2100)
    assert ev["modality"] == "asserted"
    assert (ev["start"], ev["end"]) == (0, len(text))
    assert ev["summary"] == "up to 2,100 North Korean soldiers moved to Kursk, Oct 23–28, 2024"


def test_the_same_sentence_without_tags_gives_a_bare_event(nlp):
    """The resolver reads tags, not text: "Kursk" and the dates in the words fill no slot."""
    text = "Up to 2,100 North Korean soldiers were transported to Kursk between October 23 and October 28."
    ev = only(resolve(nlp, text, []), "deployment")
    assert [ev[k] for k in ("actor", "location", "time", "quantity")] == [None, None, None, None]
    assert ev["summary"] == "forces deployed"


def test_attack_actor_from_a_hand_built_unit(nlp):
    # the units tagger gives this formation no country; a tag that says RUS makes the actor Russia
    unit = {"name": "5th Guards Tank Brigade", "country": "RUS", "kind": "formation", "echelon": "brigade"}
    ev = only(resolve(nlp, "The 5th Guards Tank Brigade attacked Vuhledar on Monday.", [
        ("5th Guards Tank Brigade", "MIL_UNIT", unit),
        ("Vuhledar", "LOCATION", VUHLEDAR),
        ("Monday", "DATE_RANGE", MONDAY),
    ]), "attack")
    assert ev["trigger"] == "attacked"
    assert ev["actor"] == {"name": "Russia", "country": "RUS"}
    assert ev["recipient"] == {"name": "Ukraine", "country": "UKR"}
    assert ev["location"] == VUHLEDAR
    assert ev["time"] == MONDAY
    assert ev["summary"] == "Russian attack on Vuhledar, Oct 28, 2024"


def test_attack_actor_from_a_hand_built_actor_tag(nlp):
    ev = only(resolve(nlp, "Moscow launched 40 drones at Kharkiv.", [
        ("Moscow", "ACTOR", {"name": "Russia", "country": "RUS"}),
        ("40 drones", "QUANTITY", qty(40, item="drone")),
        ("Kharkiv", "LOCATION", KHARKIV),
    ]), "attack")
    assert ev["actor"] == {"name": "Russia", "country": "RUS"}
    assert ev["quantity"] == qty(40, item="drone")
    assert ev["location"] == KHARKIV


def test_unit_without_country_gives_no_actor(nlp):
    unit = {"name": "5th Guards Tank Brigade", "country": None, "kind": "formation", "echelon": "brigade"}
    ev = only(resolve(nlp, "The 5th Guards Tank Brigade attacked Vuhledar on Monday.", [
        ("5th Guards Tank Brigade", "MIL_UNIT", unit),
        ("Vuhledar", "LOCATION", VUHLEDAR),
        ("Monday", "DATE_RANGE", MONDAY),
    ]), "attack")
    assert ev["actor"] is None


def test_casualties_killed_and_a_separate_wounded(nlp):
    events = resolve(nlp, "At least 12 people were killed and 30 wounded in Kharkiv.", [
        ("At least 12 people", "QUANTITY", qty(12, "at_least", "person", low=12)),
        ("30 wounded", "QUANTITY", qty(30, item="wounded")),
        ("Kharkiv", "LOCATION", KHARKIV),
    ])
    assert [(e["type"], e["outcome"], e["quantity"]["value"]) for e in events] == [
        ("casualties", "killed", 12),
        ("casualties", "wounded", 30),
    ]
    killed, wounded = events
    assert killed["quantity"] == qty(12, "at_least", "person", low=12)
    assert wounded["quantity"] == qty(30, item="wounded")
    assert killed["location"] == wounded["location"] == KHARKIV
    assert killed["summary"] == "at least 12 people killed in Kharkiv"
    assert wounded["summary"] == "30 wounded in Kharkiv"


def test_supply_of_money(nlp):
    ev = only(resolve(nlp, "The United States has provided more than $60 billion in military aid to Ukraine.", [
        ("United States", "ACTOR", {"name": "United States", "country": "USA"}),
        ("more than $60 billion", "QUANTITY", qty(60_000_000_000, "more_than", unit="dollar", low=60_000_000_000)),
        ("Ukraine", "LOCATION", UKRAINE),
    ]), "supply")
    assert ev["actor"] == {"name": "United States", "country": "USA"}
    assert ev["recipient"] == {"name": "Ukraine", "country": "UKR"}
    assert ev["quantity"] == qty(60_000_000_000, "more_than", unit="dollar", low=60_000_000_000)
    assert ev["location"] is None


@pytest.mark.parametrize("text", [
    "North Korean soldiers were deployed on Monday. Kursk was quiet.",
    "Kursk was quiet. North Korean soldiers were deployed on Monday.",
])
def test_place_in_another_sentence_is_not_taken(nlp, text):
    ev = only(resolve(nlp, text, [
        ("North Korean soldiers", "MIL_UNIT", PRK_SOLDIERS),
        ("Monday", "DATE_RANGE", MONDAY),
        ("Kursk", "LOCATION", KURSK),
    ]), "deployment")
    assert ev["location"] is None
    assert ev["actor"] == {"name": "North Korea", "country": "PRK"}
    assert ev["time"] == MONDAY


def test_place_in_the_same_sentence_is_taken(nlp):
    """The control for the test above: the same tags, with the place inside the sentence."""
    ev = only(resolve(nlp, "North Korean soldiers were deployed to Kursk on Monday.", [
        ("North Korean soldiers", "MIL_UNIT", PRK_SOLDIERS),
        ("Kursk", "LOCATION", KURSK),
        ("Monday", "DATE_RANGE", MONDAY),
    ]), "deployment")
    assert ev["location"] == KURSK


@pytest.mark.parametrize("tags", [None, []], ids=["no-span-group", "empty-span-group"])
def test_no_tags_and_no_trigger_gives_no_event(nlp, tags):
    assert resolve(nlp, "The weather was mild in the capital.", tags) == []


def test_tags_without_a_trigger_give_no_event(nlp):
    assert resolve(nlp, "The weather in Kyiv was mild on Tuesday.", [
        ("Kyiv", "LOCATION", {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52}),
        ("Tuesday", "DATE_RANGE", {"start": "2024-10-29", "end": "2024-10-29", "granularity": "day"}),
    ]) == []


# ---------------------------------------------------------------------------------- the steps


def test_find_triggers_reads_the_trigger_lexicon(nlp, resolver):
    doc = nlp.make_doc("Germany delivered 96 attack helicopters to Ukraine.")
    found = [(t.type, t.text, t.start, t.end, t.nominal) for t in find_triggers(doc, resolver.lex)]
    assert found == [("supply", "delivered", 1, 2, False), ("attack", "attack", 3, 4, True)]


def test_select_drops_a_trigger_inside_a_count(nlp, resolver):
    """"96 attack helicopters": "attack" heads no event once a QUANTITY tag covers it."""
    text = "Germany delivered 96 attack helicopters to Ukraine."
    bare = nlp(tagged(nlp, text, []))
    triggers = find_triggers(bare, resolver.lex)
    selected = resolver._select(resolver._prepare(bare), triggers)
    assert {s: [t.text for t in ts] for s, ts in selected.items()} == {0: ["delivered", "attack"]}

    doc = nlp(tagged(nlp, text, [("96 attack helicopters", "QUANTITY", qty(96, item="attack helicopter"))]))
    selected = resolver._select(resolver._prepare(doc), find_triggers(doc, resolver.lex))
    assert {s: [t.text for t in ts] for s, ts in selected.items()} == {0: ["delivered"]}


def test_select_groups_triggers_by_sentence(nlp, resolver):
    doc = nlp(tagged(nlp, "The weather was mild. North Korean soldiers were deployed.", []))
    selected = resolver._select(resolver._prepare(doc), find_triggers(doc, resolver.lex))
    assert {s: [t.text for t in ts] for s, ts in selected.items()} == {1: ["were deployed"]}


def _supply_frame(nlp: Language, resolver: Resolver) -> Frame:
    doc = nlp(tagged(nlp, "The United States has provided more than $60 billion in military aid to Ukraine.", [
        ("United States", "ACTOR", {"name": "United States", "country": "USA"}),
        ("more than $60 billion", "QUANTITY", qty(60_000_000_000, "more_than", unit="dollar", low=60_000_000_000)),
        ("Ukraine", "LOCATION", UKRAINE),
    ]))
    (trigger,) = find_triggers(doc, resolver.lex)
    tags: list[Span] = list(doc.spans["conflict_ie"])
    return Frame(trigger, doc[0 : len(doc)], (0, len(doc)), tags, tags)


def test_fill_on_a_hand_built_frame(nlp, resolver):
    frame = _supply_frame(nlp, resolver)
    assert fill(frame, Context(), resolver.lex, refs=[]) == [{
        "type": "supply", "trigger": "provided",
        "actor": {"name": "United States", "country": "USA"},
        "recipient": {"name": "Ukraine", "country": "UKR"},
        "location": None, "origin": None, "mode": None, "time": None,
        "quantity": qty(60_000_000_000, "more_than", unit="dollar", low=60_000_000_000),
    }]


def test_pick_quantities_money_counts_for_supply_only(nlp, resolver):
    frame = _supply_frame(nlp, resolver)
    assert [q.text for q in pick_quantities(frame, "supply")] == ["more than $60 billion"]
    assert pick_quantities(frame, "deployment") == []
    assert pick_quantities(frame, "attack") == []


def test_link_adds_summaries_and_drops_the_sentence_index():
    ev = {"type": "attack", "trigger": "attacked", "actor": {"name": "Russia", "country": "RUS"}, "recipient": None,
          "location": VUHLEDAR, "origin": None, "mode": None, "time": MONDAY, "quantity": None,
          "start": 0, "end": 10, "source": None, "modality": "asserted", "_sent": 0}
    doc = spacy.blank("en").make_doc("Russian forces attacked Vuhledar on Monday.")
    (out,) = Resolver._link([ev], doc)
    assert "_sent" not in out
    assert out["summary"] == "Russian attack on Vuhledar, Oct 28, 2024"
