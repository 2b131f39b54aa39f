"""Issue 13: lexicon files and users' extra lexicons are checked against schemas."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conflict_ie import lexicon
from conflict_ie.lexicon.schema import FILE_SCHEMAS, LexiconError, validate_data, validate_extra

SHIPPED = sorted(FILE_SCHEMAS)


def test_every_data_file_has_a_schema():
    on_disk = {p.name for p in lexicon.data_path("").iterdir() if p.suffix in (".json", ".jsonl", ".csv")}
    assert on_disk == set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_file_validates(name: str, tmp_path: Path):
    # through a copy, so that the check runs whatever the stamp cache holds
    copy = tmp_path / name
    shutil.copy(lexicon.data_path(name), copy)
    assert lexicon.read_checked(copy) is not None


@pytest.mark.parametrize("name", SHIPPED)
def test_loaders_return_what_the_plain_readers_return(name: str):
    plain = {".json": lexicon.read_json, ".jsonl": lexicon.read_jsonl, ".csv": lexicon.read_csv}
    assert lexicon.read_checked(name) == plain[Path(name).suffix](name)


def _refused(path: Path) -> LexiconError:
    with pytest.raises(LexiconError) as info:
        lexicon.read_checked(path)
    return info.value


def test_misspelled_key_in_a_shipped_file_is_refused(tmp_path: Path):
    data = lexicon.read_json("units.json")
    data["groups"][3]["echelom"] = "brigade"
    copy = tmp_path / "units.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    err = _refused(copy)
    assert err.source == "units.json"
    assert err.path == "groups[3]"
    assert str(err) == "units.json: unknown key 'echelom' at groups[3] (did you mean 'echelon'?)"


def test_misspelled_top_level_key_is_refused(tmp_path: Path):
    data = lexicon.read_json("dates.json")
    data["weekday"] = data.pop("weekdays")
    copy = tmp_path / "dates.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    msg = str(_refused(copy))
    assert msg.startswith("dates.json: unknown key 'weekday' (did you mean 'weekdays'?)")


def test_wrong_value_type_names_the_path(tmp_path: Path):
    data = lexicon.read_json("numbers.json")
    data["units"]["seven"] = "7"
    copy = tmp_path / "numbers.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    err = _refused(copy)
    assert err.path == "units.seven"
    assert "'7'" in str(err)


def test_misspelled_key_in_a_jsonl_line_names_the_line(tmp_path: Path):
    lines = lexicon.data_path("ranks.jsonl").read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    row = json.loads(lines[first])
    row["alias"] = row.pop("aliases")
    lines[first] = json.dumps(row)
    copy = tmp_path / "ranks.jsonl"
    copy.write_text("\n".join(lines), encoding="utf-8")
    err = _refused(copy)
    assert err.path == f"line {first + 1}"
    assert "unknown key 'alias'" in str(err) and "did you mean 'aliases'?" in str(err)


def test_misspelled_csv_column_is_refused(tmp_path: Path):
    text = lexicon.data_path("regions.csv").read_text(encoding="utf-8")
    copy = tmp_path / "regions.csv"
    copy.write_text(text.replace("admin_center", "admin_centre", 1), encoding="utf-8")
    msg = str(_refused(copy))
    assert msg == "regions.csv: unknown column 'admin_centre' at line 1 (did you mean 'admin_center'?)"


def test_comment_keys_are_allowed_everywhere():
    data = lexicon.read_json("units.json")
    data["_note"] = "x"
    data["groups"][0]["_note"] = "y"
    assert validate_data("units.json", data) is data


# ----------------------------------------------------------------------------- extra lexicons

GOOD_EXTRA = {
    "_doc": "my terms",
    "units": {"groups": [{"name": "Rubikon Center", "aliases": ["Rubikon"], "country": "RUS", "kind": "group"}],
              "echelons": {"tactical group": "group"}, "force_nouns": ["drone operators"],
              "demonyms": {"Ruthenian": "UKR"}},
    "ranks": {"ranks": [{"rank": "Starshyi Soldat", "grade": "OR-2", "aliases": ["Senior Soldier"],
                         "countries": ["UKR"], "ambiguous": False, "branch": "army"}]},
    "quantities": {"items": {"glide bomb": "materiel", "drone operator": "personnel"},
                   "measures": ["nautical mile"], "before": {"approx": ["in the order of"]},
                   "vague": {"a couple of hundred": [200, 300]}},
    "dates": {"eras": {"the start of the siege": "2022-03-01"}},
    "places": {"places": {"Vuhledar": {"name": "Vuhledar", "country": "UKR", "lat": 47.78, "lon": 37.25}}},
    "triggers": {"types": {"attack": {"verbs": ["storm"], "nouns": ["assault"]}}},
}


def test_good_extra_lexicon_passes():
    assert validate_extra(GOOD_EXTRA, "my_terms.json") is GOOD_EXTRA
    assert lexicon.validate_extra(GOOD_EXTRA, "my_terms.json") is GOOD_EXTRA


def test_extra_lexicon_examples_of_the_docs_pass():
    root = Path(__file__).resolve().parents[1]
    docs = [root / "README.md", *sorted((root / "docs" / "labels").glob("*.md"))]
    found = 0
    for doc in docs:
        for block in doc.read_text(encoding="utf-8").split("```json")[1:]:
            example = json.loads(block.split("```")[0])
            validate_extra(example, doc.name)
            found += 1
    assert found >= 5


def test_misspelled_top_level_key_of_an_extra_lexicon_is_refused():
    with pytest.raises(LexiconError) as info:
        validate_extra({"unitz": {"groups": []}}, "my_terms.json")
    assert str(info.value) == "my_terms.json: unknown key 'unitz' (did you mean 'units'?)"


def test_misspelled_inner_key_of_an_extra_lexicon_is_refused():
    bad = {"units": {"groups": [{"name": "Rubikon Center", "alias": ["Rubikon"]}]}}
    with pytest.raises(LexiconError) as info:
        validate_extra(bad, "my_terms.json")
    assert info.value.path == "units.groups[0]"
    assert str(info.value) == "my_terms.json: unknown key 'alias' at units.groups[0] (did you mean 'aliases'?)"


def test_unknown_event_type_of_an_extra_lexicon_is_refused():
    with pytest.raises(LexiconError, match=r"unknown key 'atack' at triggers.types \(did you mean 'attack'\?\)"):
        validate_extra({"triggers": {"types": {"atack": {"verbs": ["storm"]}}}}, "my_terms.json")


def test_wrong_value_in_an_extra_lexicon_names_the_path():
    with pytest.raises(LexiconError) as info:
        validate_extra({"quantities": {"items": {"glide bomb": "weapons"}}}, "my_terms.json")
    assert info.value.path == "quantities.items['glide bomb']"


def test_one_section_of_an_extra_lexicon():
    assert validate_extra({"eras": {"the siege": None}}, "dates.json", section="dates")
    with pytest.raises(LexiconError, match=r"my.json: unknown key 'era' at dates \(did you mean 'eras'\?\)"):
        validate_extra({"era": {}}, "my.json", section="dates")


def test_load_refuses_a_misspelled_extra_lexicon(tmp_path):
    import pytest

    import conflict_ie
    from conflict_ie.lexicon.schema import LexiconError

    bad = tmp_path / "my_terms.json"
    bad.write_text('{"units": {"grups": [{"name": "Rubikon"}]}}', encoding="utf-8")
    with pytest.raises(LexiconError, match="my_terms.json.*grups"):
        conflict_ie.load("blank", extra_lexicon=str(bad))


def _models(tp: object, seen: set[type]) -> list[type]:
    """Every pydantic model reachable from a schema type (fields, lists, dicts, unions)."""
    import typing

    from pydantic import BaseModel

    out: list[type] = []
    if typing.get_origin(tp) is not None:
        for arg in typing.get_args(tp):
            out.extend(_models(arg, seen))
    elif isinstance(tp, type) and issubclass(tp, BaseModel) and tp not in seen:
        seen.add(tp)
        out.append(tp)
        for field in tp.model_fields.values():
            out.extend(_models(field.annotation, seen))
    return out


def test_every_key_of_the_shipped_schemas_is_read_by_the_code():
    """A key the schema allows but no code reads is vocabulary that silently does nothing (issue 13):
    each field name must appear as a key ("name" or .name) somewhere in the package outside the
    schema module."""
    import re

    package = Path(lexicon.__file__).resolve().parents[1]
    code = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py") if p.name != "schema.py")
    unread = []
    for name, model in FILE_SCHEMAS.items():
        for sub in _models(model, set()):
            for field in sub.model_fields:
                quoted = re.search(r"[\"']" + re.escape(field) + r"[\"']", code)
                if field != "rows" and not quoted and not re.search(r"\." + re.escape(field) + r"\b", code):
                    unread.append(f"{name}: {sub.__name__}.{field}")
    assert unread == []
