"""Saved pipelines are self-contained (issue 13): the user's extra lexicon travels in the
pipeline's own data, through ``to_disk``/``spacy.load`` and ``to_bytes``/``from_bytes``, and is
never read again from the file it came from.

Every round trip is checked against a pipeline without the extras too, so a test passes only if
the extras really were saved: a loaded pipeline that merely re-read the user's file, or one that
would tag the new names anyway, fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import conflict_ie

# a new armed-group name (README "Extending the lexicons", docs/labels/MIL_UNIT.md) and a new
# attack verb for the resolver: the "triggers" part is the one the resolver, not a tagger, reads
EXTRA: dict[str, Any] = {
    "units": {"groups": [{"name": "Rubikon Center", "aliases": ["Rubikon"], "country": "RUS", "kind": "group"}]},
    "triggers": {"types": {"attack": {"verbs": ["pummel"]}}},
}
NEW_NAME = "Drone operators of Rubikon struck the bridge."
NEW_VERB = "Russian forces pummeled a bridge in Kharkiv on Friday."
SENTENCES = [
    NEW_NAME,
    NEW_VERB,
    "Kyslytsya noted that the first group of up to 2,100 soldiers was transported to Kursk on Russian military "
    "aircraft between October 23 and October 28. Colonel General Kim Young Bok leads them.",
    "A Russian missile strike on Kharkiv killed at least 12 people on Friday.",
]


def _write_extra(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "my_terms.json"
    file.write_text(json.dumps(EXTRA), encoding="utf-8")
    return file


def _doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = "2024-11-01"
    return nlp(doc)


def _output(nlp: Language) -> list[tuple[list[tuple[str, str, int, int, str]], Any]]:
    """Tags (label, text, offsets, norm) and events of every sentence: what a round trip must keep."""
    out = []
    for text in SENTENCES:
        doc = _doc(nlp, text)
        tags = [(s.label_, s.text, s.start_char, s.end_char, json.dumps(s._.norm, sort_keys=True))
                for s in doc.spans["conflict_ie"]]
        out.append((tags, doc._.events))
    return out


def _knows_extras(nlp: Language) -> tuple[bool, bool]:
    """(the new group name is a MIL_UNIT, the new verb makes an attack event)."""
    doc = _doc(nlp, NEW_NAME)  # kept in a variable: spans die with their Doc
    name = any(s.label_ == "MIL_UNIT" and s.text == "Rubikon" for s in doc.spans["conflict_ie"])
    verb = any(ev["type"] == "attack" for ev in _doc(nlp, NEW_VERB)._.events)
    return name, verb


@pytest.fixture(scope="module")
def with_extras(tmp_path_factory: pytest.TempPathFactory) -> tuple[Language, Path]:
    """The README way, ``load(..., extra_lexicon=path)``; the file is returned so a test can delete it."""
    file = _write_extra(tmp_path_factory.mktemp("user"))
    return conflict_ie.load("blank", extra_lexicon=str(file)), file


def test_pipelines_without_the_extras_do_not_know_them(nlp: Language) -> None:
    """The control for every test below: without this, "still tagged after loading" proves nothing."""
    assert _knows_extras(nlp) == (False, False)


def test_load_keeps_no_path_in_the_config(with_extras: tuple[Language, Path]) -> None:
    nlp, _ = with_extras
    assert _knows_extras(nlp) == (True, True)
    assert nlp.config["components"]["conflict_ie"]["extra_lexicon"] is None


def test_disk_round_trip_without_the_extra_file(with_extras: tuple[Language, Path], tmp_path: Path) -> None:
    nlp, file = with_extras
    before = _output(nlp)
    nlp.to_disk(tmp_path / "A")
    file.unlink()
    loaded = spacy.load(tmp_path / "A")
    assert _knows_extras(loaded) == (True, True)
    assert _output(loaded) == before


def test_bytes_round_trip_into_a_fresh_pipeline(with_extras: tuple[Language, Path], nlp: Language) -> None:
    source, _ = with_extras
    before = _output(source)
    data = source.to_bytes()
    fresh = conflict_ie.load("blank")
    assert _knows_extras(fresh) == (False, False)
    fresh.from_bytes(data)
    assert _knows_extras(fresh) == (True, True)
    assert _output(fresh) == before
    # and back: the bytes of a pipeline without extras empty a component that had them
    fresh.from_bytes(nlp.to_bytes())
    assert _knows_extras(fresh) == (False, False)
    assert _output(fresh) == _output(nlp)


def test_component_bytes_hold_the_whole_lexicon(with_extras: tuple[Language, Path]) -> None:
    component = with_extras[0].get_pipe("conflict_ie")
    restored = spacy.blank("en").add_pipe("conflict_ie").from_bytes(component.to_bytes())
    assert restored.extra == EXTRA
    assert dict(restored.parts)["resolver"].extra == EXTRA["triggers"]
    assert dict(restored.parts)["units"].extra == EXTRA["units"]


def test_a_config_path_that_is_gone_is_restored_from_the_saved_data(tmp_path: Path) -> None:
    """Configs written before the fix name the file; loading must not need it any more."""
    file = _write_extra(tmp_path / "user")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("conflict_ie", config={"extra_lexicon": str(file)})
    before = _output(nlp)
    nlp.to_disk(tmp_path / "A")
    file.unlink()
    loaded = spacy.load(tmp_path / "A")
    assert _knows_extras(loaded) == (True, True)
    assert _output(loaded) == before


def test_a_missing_file_with_nothing_saved_is_still_an_error(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_ie_ranks", config={"extra_lexicon": str(tmp_path / "typo.json")})
    with pytest.raises(FileNotFoundError, match="typo.json"):
        nlp("General Smith arrived.")
    with pytest.raises(FileNotFoundError):
        conflict_ie.load("blank", extra_lexicon=str(tmp_path / "typo.json"))


def test_a_standalone_tagger_loads_without_its_file(tmp_path: Path) -> None:
    file = tmp_path / "ranks.json"
    file.write_text(json.dumps({"ranks": [{"rank": "Sotnyk", "grade": "OF-2", "aliases": [],
                                           "countries": ["UKR"], "ambiguous": False, "branch": "army"}]}),
                    encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_ie_ranks", config={"extra_lexicon": str(file)})
    nlp.to_disk(tmp_path / "A")
    file.unlink()
    text = "Sotnyk Ivan Petrenko was captured."
    loaded = spacy.load(tmp_path / "A")
    plain = spacy.blank("en")
    plain.add_pipe("conflict_ie_ranks")
    tags = {}
    for key, pipeline in (("saved", nlp), ("loaded", loaded), ("plain", plain)):
        doc = pipeline(text)
        tags[key] = [(s.label_, s.text) for s in doc.spans.get("conflict_ie", [])]
    assert tags["loaded"] == tags["saved"] == [("RANK", "Sotnyk Ivan Petrenko")]
    assert tags["plain"] == []


def test_add_lexicon_merges_and_initialize_replaces() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("conflict_ie_units")
    component.add_lexicon({"groups": [{"name": "Rubikon Center", "aliases": ["Rubikon"], "country": "RUS"}]})
    component.add_lexicon({"groups": [{"name": "Kraken"}], "force_nouns": ["drone operators"]})
    assert [g["name"] for g in component.extra["groups"]] == ["Rubikon Center", "Kraken"]
    nlp.initialize()  # no lexicon given: training another component keeps the user's entries
    assert len(component.extra["groups"]) == 2
    component.initialize(extra_lexicon={"groups": [{"name": "Kraken"}]})
    assert component.extra == {"groups": [{"name": "Kraken"}]}
