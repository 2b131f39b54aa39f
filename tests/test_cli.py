"""The console script, driven through subprocess: every input kind, output format and error kind."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
GOOD = "Up to 2,100 soldiers were flown to Kursk between October 23 and October 28."


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "conflict_ie.cli", *args], input=stdin, capture_output=True, timeout=300)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_console_script_is_installed():
    assert shutil.which("conflict-ie") is not None


def test_jsonl_in_jsonl_out(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GOOD, "published": "2024-11-01"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = cli("extract", str(src), "-o", str(out), "--base", "blank")
    assert res.returncode == 0, res.stderr
    [rec] = lines(out)
    assert rec["id"] == "a" and rec["error"] is None and "text" not in rec
    assert rec["events"][0]["summary"] == "up to 2,100 soldiers flown to Kursk, Oct 23–28, 2024"


def test_with_text_and_default_published(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "They arrived last week."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli("extract", str(src), "-o", str(out), "--base", "blank", "--with-text", "--published", "2024-11-01").returncode == 0
    [rec] = lines(out)
    assert rec["text"] == "They arrived last week." and rec["published"] == "2024-11-01"
    assert rec["tags"][0]["norm"]["start"] == "2024-10-21"


@pytest.mark.parametrize("suffix,delimiter", [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_inputs(tmp_path: Path, suffix: str, delimiter: str):
    src = tmp_path / f"in{suffix}"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(["doc", "body", "date"])
        w.writerow(["x1", GOOD, "2024-11-01"])
        w.writerow(["x2", "Nothing to see, here.", "2024-11-01"])
    out = tmp_path / "out.jsonl"
    res = cli("extract", str(src), "-o", str(out), "--base", "blank", "--text-field", "body", "--id-field", "doc",
              "--published-field", "date")
    assert res.returncode == 0, res.stderr
    assert [r["id"] for r in lines(out)] == ["x1", "x2"]


def test_folder_of_txt_files_with_bad_encoding(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a.txt").write_bytes("Up to 2,100 soldiers.".encode("utf-16"))
    (folder / "c.txt").write_bytes(b"\xff\xfe\xfa broken \xc3\x28")
    out = tmp_path / "out.jsonl"
    res = cli("extract", str(folder), "-o", str(out), "--base", "blank", "--published", "2024-11-01")
    assert res.returncode == 1
    recs = lines(out)
    assert [r["id"] for r in recs] == ["a.txt", "b.txt", "c.txt"]
    assert recs[0]["error"] is None and recs[0]["tags"]
    assert recs[2]["error"]["type"] == "bad_encoding"
    assert b"1 of 3 records have errors" in res.stderr


def test_stdin_to_stdout():
    res = cli("extract", "-", "--base", "blank", stdin=(json.dumps({"id": "s", "text": GOOD}) + "\n").encode())
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout.decode().splitlines()[0])["id"] == "s"


def test_every_error_kind_is_a_record_and_the_batch_goes_on(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    rows = [
        json.dumps({"id": "ok", "text": GOOD, "published": "2024-11-01"}),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": "missing"}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps({"id": "binary", "text": "\u0000\u0001\u0002" * 100}),
        json.dumps({"id": "bogus-date", "text": GOOD, "published": "not a date"}),
        json.dumps({"id": "big", "text": ("Up to 2,100 soldiers were flown to Kursk. " * 30 + "\n\n") * 40}),
    ]
    src.write_bytes(("\n".join(rows) + "\n").encode() + b'{"id": "latin", "text": "caf\xe9"}\n')
    out = tmp_path / "out.jsonl"
    res = cli("extract", str(src), "-o", str(out), "--base", "blank", "--max-chars", "5000")
    assert res.returncode == 1
    recs = lines(out)
    assert len(recs) == len(rows) + 1
    kinds = {r["id"]: (r["error"] or {}).get("type") for r in recs}
    assert kinds["ok"] is None
    assert kinds["in.jsonl:2"] == "bad_json" and kinds["in.jsonl:3"] == "bad_json"
    assert kinds["missing"] == "missing_text" and kinds["number"] == "bad_text"
    assert kinds["empty"] == "empty_text" and kinds["binary"] == "binary"
    assert kinds["bogus-date"] == "bad_published"
    assert kinds["big"] is None and len([r for r in recs if r["id"] == "big"][0]["tags"]) >= 40
    assert kinds["in.jsonl:10"] == "bad_encoding"


def test_oversize_error_mode(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "big", "text": "word " * 5000}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli("extract", str(src), "-o", str(out), "--base", "blank", "--max-chars", "1000", "--oversize", "error").returncode == 1
    assert lines(out)[0]["error"]["type"] == "too_large"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_flat_event_table(tmp_path: Path, fmt: str):
    pytest.importorskip("pyarrow") if fmt == "parquet" else None
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t, "published": "2024-11-01"}) for i, t in
                             [("1", GOOD), ("2", "No events here.")]) + "\n", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    assert cli("extract", str(src), "-o", str(out), "--base", "blank").returncode == 0
    if fmt == "csv":
        rows = list(csv.DictReader(open(out, encoding="utf-8")))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["type"] == "deployment" and rows[0]["mode"] == "air"
    assert not rows[1]["type"]


def test_usage_errors_exit_2(tmp_path: Path):
    assert cli("extract", str(tmp_path / "missing.jsonl")).returncode == 2
    bad = tmp_path / "in.xml"
    bad.write_text("<a/>", encoding="utf-8")
    assert cli("extract", str(bad), "--base", "blank").returncode == 2
    assert cli("frobnicate").returncode == 2
    assert cli("extract", "-", "--base", "no_such_pipeline", stdin=b"").returncode == 2


def test_schema_matches_the_model():
    from conflict_ie.models import Record

    res = cli("schema")
    assert res.returncode == 0 and json.loads(res.stdout) == Record.model_json_schema()


def test_show_writes_html(tmp_path: Path):
    out = tmp_path / "view.html"
    res = cli("show", GOOD, "--html", str(out), "--published", "2024-11-01", "--base", "blank")
    assert res.returncode == 0, res.stderr
    html = out.read_text(encoding="utf-8")
    assert "QUANTITY" in html and "flown to Kursk" in html


def test_show_prints_tags_and_events():
    res = cli("show", GOOD, "--published", "2024-11-01", "--base", "blank")
    assert res.returncode == 0 and b"EVENT deployment" in res.stdout


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not beside the repo")
def test_evaluate_on_the_dev_corpus():
    res = cli("evaluate", str(DEV), "--base", "blank", "--json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["documents"] >= 1 and report["events"]["f1"] >= 0.8
