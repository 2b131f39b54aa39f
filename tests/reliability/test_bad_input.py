"""Issue 14.2 and 14.7: a bad line is its own error record, never the end of a run; the same input
gives the same output on any day; a JSON array file is read as records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import conflict_ie
from conflict_ie.corpus import Fields, read_input
from conflict_ie.records import Item, parse_published, process

CLI = [sys.executable, "-m", "conflict_ie.cli"]
GOOD = "Up to 2,100 soldiers were flown to Kursk on October 23."


def _cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout)


def test_lone_surrogate_in_the_api_is_no_exception():
    record = conflict_ie.extract("bad \ud800 x. " + GOOD, "2024-11-01", base="blank")
    assert record.error is None
    assert any(t.label == "QUANTITY" for t in record.tags)
    # offsets still point into the text the caller gave
    assert all(record.text[t.start:t.end].replace("\ufffd", "\ud800") for t in record.tags)


def test_lone_surrogate_and_deep_nesting_lines_do_not_stop_the_run(tmp_path: Path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD, "published": "2024-11-01"}),
        '{"id": "b", "text": "bad \\ud800 text about 300 soldiers", "published": "2024-11-01"}',
        '{"id": "c\\udc00", "text": "ok", "published": "2024-11-01"}',
        "[" * 100_000 + "]" * 100_000,
        '{"id": "e", "text": {"nested": ' * 3000 + "1" + "}" * 3000 + "}",
        json.dumps({"id": "f", "text": GOOD, "published": "2024-11-01"}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = _cli("extract", str(src), "-o", str(out), "--base", "blank", "--quiet")
    assert res.returncode == 1, res.stderr  # some records in error, none lost
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(lines)
    assert records[0]["id"] == "a" and records[0]["error"] is None and records[0]["events"]
    assert records[1]["error"] is None and records[1]["tags"]
    assert records[3]["error"]["type"] == "bad_json"
    assert records[4]["error"]["type"] in ("bad_json", "bad_text")
    assert records[5]["id"] == "f" and records[5]["error"] is None


def test_relative_published_is_refused_not_resolved_against_the_clock():
    assert parse_published("2024-03-05")[0].isoformat() == "2024-03-05"
    assert parse_published("March 5, 2024")[0].isoformat() == "2024-03-05"
    for relative in ("yesterday", "last Friday", "3 days ago", "today"):
        day, err = parse_published(relative)
        assert day is None and err is not None and err.type == "bad_published", relative


def test_relative_published_option_is_a_usage_error(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n", encoding="utf-8")
    res = _cli("extract", str(src), "--base", "blank", "--published", "yesterday")
    assert res.returncode == 2
    assert "absolute date" in res.stderr and "Traceback" not in res.stderr


def test_json_array_file_is_read_as_records(tmp_path: Path):
    src = tmp_path / "articles.json"
    src.write_text(json.dumps([{"id": "a", "text": GOOD}, {"id": "b", "text": "Nothing."}, 7]), encoding="utf-8")
    items = list(read_input(str(src), Fields()))
    assert [i.id for i in items[:2]] == ["a", "b"]
    assert items[2].error is not None and items[2].error.type == "bad_json"


def test_max_chars_must_be_positive(nlp):
    import pytest

    with pytest.raises(ValueError):
        list(process(nlp, [Item(id="a", text=GOOD)], max_chars=0))
    for bad in ("0", "-5"):
        res = _cli("extract", "-", "--base", "blank", "--max-chars", bad)
        assert res.returncode == 2 and "--max-chars" in res.stderr


def test_usage_errors_are_one_line_messages(tmp_path: Path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    cases = [
        ("show", str(empty), "--base", "blank"),
        ("show", str(broken), "--base", "blank"),
        ("show", GOOD, "--base", "no_such_model_xyz"),
        ("evaluate", str(tmp_path / "missing-folder")),
        ("extract", str(empty), "-o", str(tmp_path), "--base", "blank"),  # -o is a folder
        ("extract", str(empty), "-o", "/proc/forbidden/out.jsonl", "--base", "blank"),
    ]
    for args in cases:
        res = _cli(*args)
        assert res.returncode == 2, (args, res.returncode, res.stderr)
        assert "Traceback" not in res.stderr, (args, res.stderr)
        assert res.stderr.strip(), args


def test_public_functions_work_twice(nlp):
    doc = nlp(nlp.make_doc(GOOD))
    assert "<" in conflict_ie.render(doc)
    assert "<" in conflict_ie.render(doc)
    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    first = conflict_ie.evaluate(str(fixtures / "c01-ukraine-overnight-drones.json"), nlp=nlp)
    second = conflict_ie.evaluate(str(fixtures / "c01-ukraine-overnight-drones.json"), nlp=nlp)
    assert first.as_dict() == second.as_dict()
