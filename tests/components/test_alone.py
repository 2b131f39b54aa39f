"""Each tagger on its own: ``spacy.blank("en")`` with only that one factory, no sentencizer.

Set-up that turned out to be needed: none beyond ``nlp.add_pipe(<factory>)``.  The factories are
found through the ``spacy_factories`` entry points (checked in a fresh interpreter below), adding
one imports its module, which registers ``Span._.norm`` and ``Doc._.published``; and the taggers
give the same tags with or without sentence boundaries, so no sentencizer is added here.

What a lone tagger finds can differ from the full pipeline only where the full pipeline lets an
earlier tagger claim the tokens first (units before quantities, dates before quantities); the
last tests pin that down.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import spacy
from spacy.language import Language

PUB = "2024-11-01"  # a Friday: "Monday" is 2024-10-28

TAGGERS = {
    "conflict_ie_units": {"MIL_UNIT"},
    "conflict_ie_ranks": {"RANK"},
    "conflict_ie_quantities": {"QUANTITY"},
    "conflict_ie_dates": {"DATE_RANGE"},
    "conflict_ie_places": {"LOCATION", "ACTOR"},
}
ALL_LABELS = set().union(*TAGGERS.values())

_PIPES: dict[tuple[str, ...], Language] = {}


def alone(*factories: str) -> Language:
    """A blank English pipeline with only the given factories, built once per test module run."""
    nlp = _PIPES.get(factories)
    if nlp is None:
        nlp = spacy.blank("en")
        for factory in factories:
            nlp.add_pipe(factory)
        _PIPES[factories] = nlp
    return nlp


def tags(factory: str | tuple[str, ...], text: str, published: str | None = PUB) -> list[tuple[str, str, dict[str, Any]]]:
    nlp = alone(*((factory,) if isinstance(factory, str) else factory))
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    group = doc.spans["conflict_ie"] if "conflict_ie" in doc.spans else []
    return [(s.label_, s.text, dict(s._.norm or {})) for s in group]


# ---------------------------------------------------------------------------------------- set-up


def test_factories_come_from_entry_points_without_importing_conflict_ie():
    """A fresh interpreter that never imports conflict_ie: ``add_pipe`` alone is enough."""
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('conflict_ie_ranks')\n"
        "doc = nlp.make_doc('Lt. Gen. Stephen J. Townsend said so.')\n"
        "doc._.published = '2024-11-01'\n"
        "doc = nlp(doc)\n"
        "print([(s.label_, s.text, s._.norm['person']) for s in doc.spans['conflict_ie']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[('RANK', 'Lt. Gen. Stephen J. Townsend', 'Stephen J. Townsend')]"


@pytest.mark.parametrize("factory", sorted(TAGGERS))
def test_pipeline_holds_only_that_component(factory):
    assert alone(factory).pipe_names == [factory]


# ----------------------------------------------------------------------------------------- units


def test_units_formation_with_ordinal_and_echelon():
    assert tags("conflict_ie_units", "the 5th Guards Tank Brigade attacked.") == [
        ("MIL_UNIT", "5th Guards Tank Brigade",
         {"name": "5th Guards Tank Brigade", "country": None, "kind": "formation", "echelon": "brigade"}),
    ]


def test_units_national_force_and_formation_in_one_sentence():
    assert tags("conflict_ie_units", "Russian troops and the 93rd Mechanized Brigade moved.") == [
        ("MIL_UNIT", "Russian troops",
         {"name": "Russian troops", "country": "RUS", "kind": "national_force", "echelon": None}),
        ("MIL_UNIT", "93rd Mechanized Brigade",
         {"name": "93rd Mechanized Brigade", "country": None, "kind": "formation", "echelon": "brigade"}),
    ]


def test_units_possessive_country():
    found = tags("conflict_ie_units", "Ukraine's 47th Brigade held the line.")
    assert found == [
        ("MIL_UNIT", "47th Brigade", {"name": "47th Brigade", "country": "UKR", "kind": "formation", "echelon": "brigade"}),
    ]


def test_units_write_anaphors_to_their_own_group_not_as_tags():
    nlp = alone("conflict_ie_units")
    doc = nlp("Ukraine's 47th Brigade said 2,100 soldiers were in Kursk.")
    assert [s.label_ for s in doc.spans["conflict_ie"]] == ["MIL_UNIT"]
    assert [(s.text, s.label_) for s in doc.spans["conflict_ie_refs"]] == [("soldiers", "MIL_UNIT_REF")]


def test_units_leave_a_state_name_alone():
    assert tags("conflict_ie_units", "Moscow denied it.") == []


# ----------------------------------------------------------------------------------------- ranks


def test_ranks_abbreviated_rank_with_holder():
    assert tags("conflict_ie_ranks", "Lt. Gen. Stephen J. Townsend said so.") == [
        ("RANK", "Lt. Gen. Stephen J. Townsend",
         {"rank": "Lieutenant General", "person": "Stephen J. Townsend", "grade": "OF-8"}),
    ]


def test_ranks_two_word_rank_spelled_out():
    assert tags("conflict_ie_ranks", "Colonel General Oleksandr Syrskyi said.") == [
        ("RANK", "Colonel General Oleksandr Syrskyi",
         {"rank": "Colonel General", "person": "Oleksandr Syrskyi", "grade": "OF-8"}),
    ]


def test_ranks_bare_rank_noun_has_no_holder():
    assert tags("conflict_ie_ranks", "Gen. Valery Gerasimov visited. The general said so.") == [
        ("RANK", "Gen. Valery Gerasimov", {"rank": "General", "person": "Valery Gerasimov", "grade": "OF-9"}),
        ("RANK", "general", {"rank": "General", "person": None, "grade": "OF-9"}),
    ]


def test_ranks_nothing_without_a_rank():
    assert tags("conflict_ie_ranks", "Ukraine's 47th Brigade said 2,100 soldiers were in Kursk.") == []


# ------------------------------------------------------------------------------------ quantities


def test_quantities_upper_bound():
    assert tags("conflict_ie_quantities", "up to 2,100 soldiers were sent.") == [
        ("QUANTITY", "up to 2,100 soldiers",
         {"value": 2100, "low": None, "high": 2100, "qualifier": "up_to", "item": "soldier", "unit": None}),
    ]


def test_quantities_lower_bound_and_money():
    assert tags("conflict_ie_quantities", "at least 18 people were killed and $500 million in aid") == [
        ("QUANTITY", "at least 18 people",
         {"value": 18, "low": 18, "high": None, "qualifier": "at_least", "item": "person", "unit": None}),
        ("QUANTITY", "$500 million",
         {"value": 500_000_000, "low": None, "high": None, "qualifier": "exact", "item": None, "unit": "dollar"}),
    ]


def test_quantities_ordinal_in_a_unit_name_is_no_count_even_alone():
    assert tags("conflict_ie_quantities", "the 155th Brigade held.") == []


def test_quantities_approximate():
    found = tags("conflict_ie_quantities", "around 3.5 million artillery shells")
    assert found == [
        ("QUANTITY", "around 3.5 million artillery shells",
         {"value": 3_500_000, "low": None, "high": None, "qualifier": "approx", "item": "artillery shell", "unit": None}),
    ]


# ----------------------------------------------------------------------------------------- dates


def test_dates_range_within_one_month():
    assert tags("conflict_ie_dates", "from Oct. 23 to 28, 2024") == [
        ("DATE_RANGE", "from Oct. 23 to 28, 2024", {"start": "2024-10-23", "end": "2024-10-28", "granularity": "day"}),
    ]


def test_dates_weekday_resolved_against_published():
    assert tags("conflict_ie_dates", "Troops arrived on Monday.") == [
        ("DATE_RANGE", "Monday", {"start": "2024-10-28", "end": "2024-10-28", "granularity": "day"}),
    ]


def test_dates_weekday_without_published_stays_open():
    assert tags("conflict_ie_dates", "Troops arrived on Monday.", published=None) == [
        ("DATE_RANGE", "Monday", {"start": None, "end": None, "granularity": "day"}),
    ]


def test_dates_month_granularity():
    assert tags("conflict_ie_dates", "It began in March 2023.") == [
        ("DATE_RANGE", "March 2023", {"start": "2023-03-01", "end": "2023-03-31", "granularity": "month"}),
    ]


def test_dates_explicit_year_ignores_published():
    with_pub = tags("conflict_ie_dates", "from Oct. 23 to 28, 2024", published="2020-01-01")
    assert with_pub[0][2] == {"start": "2024-10-23", "end": "2024-10-28", "granularity": "day"}


# ---------------------------------------------------------------------------------------- places


def test_places_city_with_country_and_coordinates():
    assert tags("conflict_ie_places", "Troops arrived in Kursk.") == [
        ("LOCATION", "Kursk", {"name": "Kursk", "country": "RUS", "lat": 51.73, "lon": 36.18}),
    ]


def test_places_capital_as_subject_is_the_state():
    assert tags("conflict_ie_places", "Moscow denied it.") == [
        ("ACTOR", "Moscow", {"name": "Russia", "country": "RUS"}),
    ]


def test_places_region_word_normalised_away():
    assert tags("conflict_ie_places", "Fighting continued in the Donetsk region.") == [
        ("LOCATION", "Donetsk region", {"name": "Donetsk", "country": "UKR", "lat": 48.02, "lon": 37.8}),
    ]


def test_places_two_cities_in_a_list():
    assert tags("conflict_ie_places", "Drones struck Kharkiv and Odesa overnight.") == [
        ("LOCATION", "Kharkiv", {"name": "Kharkiv", "country": "UKR", "lat": 49.98, "lon": 36.25}),
        ("LOCATION", "Odesa", {"name": "Odesa", "country": "UKR", "lat": 46.49, "lon": 30.74}),
    ]


def test_places_country_has_no_coordinates():
    assert tags("conflict_ie_places", "Aid went to Ukraine.") == [
        ("LOCATION", "Ukraine", {"name": "Ukraine", "country": "UKR", "lat": None, "lon": None}),
    ]


# ------------------------------------------------------------------------- only its own labels

RICH = ("Lt. Gen. Stephen J. Townsend said up to 2,100 North Korean soldiers of the 5th Guards Tank Brigade "
        "were in Kursk from Oct. 23 to 28, 2024, and Moscow denied it.")


@pytest.mark.parametrize("factory", sorted(TAGGERS))
def test_a_tagger_alone_gives_only_its_own_labels(factory):
    found = tags(factory, RICH)
    labels = {label for label, _, _ in found}
    assert labels, f"{factory} found nothing in the rich sentence"
    assert labels & (ALL_LABELS - TAGGERS[factory]) == set(), f"{factory} gave others' labels: {found}"
    assert labels <= TAGGERS[factory]


@pytest.mark.parametrize("factory", sorted(TAGGERS))
def test_a_tagger_alone_makes_no_events(factory):
    nlp = alone(factory)
    doc = nlp.make_doc("Russian forces attacked Vuhledar on Monday.")
    doc._.published = PUB
    assert nlp(doc)._.events is None


def test_rich_sentence_tags_per_tagger():
    """The exact spans each lone tagger finds in one sentence that has something for all of them."""
    spans = {f: [(label, text) for label, text, _ in tags(f, RICH)] for f in TAGGERS}
    assert spans == {
        "conflict_ie_units": [("MIL_UNIT", "North Korean soldiers"), ("MIL_UNIT", "5th Guards Tank Brigade")],
        "conflict_ie_ranks": [("RANK", "Lt. Gen. Stephen J. Townsend")],
        # alone, nothing claimed the force or the date first: see the claim-order tests below
        "conflict_ie_quantities": [("QUANTITY", "up to 2,100 North Korean soldiers"), ("QUANTITY", "28")],
        "conflict_ie_dates": [("DATE_RANGE", "from Oct. 23 to 28, 2024")],
        "conflict_ie_places": [("LOCATION", "Kursk"), ("ACTOR", "Moscow")],
    }


# ---------------------------------------------------------------------------------- claim order


def test_quantity_alone_swallows_the_force_units_first_keep_it():
    text = "about 10,000 North Korean troops arrived"
    assert [(lbl, t) for lbl, t, _ in tags("conflict_ie_quantities", text)] == [
        ("QUANTITY", "about 10,000 North Korean troops"),
    ]
    both = tags(("conflict_ie_units", "conflict_ie_quantities"), text)
    assert [(lbl, t) for lbl, t, _ in both] == [("MIL_UNIT", "North Korean troops"), ("QUANTITY", "about 10,000")]
    # the count keeps its item either way
    assert both[1][2] == {"value": 10000, "low": None, "high": None, "qualifier": "approx", "item": "troop", "unit": None}


def test_dates_first_keep_the_day_out_of_the_quantities():
    found = tags(("conflict_ie_dates", "conflict_ie_quantities"), "They stayed from Oct. 23 to 28, 2024.")
    assert [(lbl, t) for lbl, t, _ in found] == [("DATE_RANGE", "from Oct. 23 to 28, 2024")]
