"""Issue 14.3 and 14.4: resume by input position (duplicate ids, torn records), outputs protected
from being their own input and from a second writer, Parquet all or nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conflict_ie.output import OutputError, Writer, csv_ledger

CLI = [sys.executable, "-m", "conflict_ie.cli"]
TEXTS = [
    "A Russian missile strike on Kharkiv killed at least {n} people and wounded {m} on Friday.",
    "Up to {n} soldiers were flown to Kursk on October {d}.",
    "Nothing happened here on day {d}.",
]


def _corpus(path: Path, count: int, same_id: bool = True) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            text = TEXTS[i % len(TEXTS)].format(n=10 + i, m=3 + i, d=1 + i % 28)
            # paragraphs of one article share an id: resume must not count by id
            fh.write(json.dumps({"id": "article-1" if same_id else f"d{i}", "text": text, "published": "2024-11-01"}) + "\n")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300)


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_csv_resume_with_duplicate_ids_and_a_torn_record(tmp_path: Path):
    src, full, out = tmp_path / "in.jsonl", tmp_path / "full.csv", tmp_path / "out.csv"
    _corpus(src, 30)
    assert _cli("extract", str(src), "-o", str(full), "--base", "blank", "--quiet").returncode == 0
    reference = _rows(full)
    data = full.read_bytes()
    # a crash (or a full disk) in the middle of the rows of a multi-row record
    multi = next(r for r in reference if r["record_rows"] not in ("1", "1.0") and int(r["record_index"]) > 5)
    cut_rows = [r for r in reference if int(r["record_index"]) < int(multi["record_index"])]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(reference[0]))
    writer.writeheader()
    writer.writerows(cut_rows)
    writer.writerow(multi)  # only the first row of that record
    torn = buf.getvalue().encode("utf-8") + b"article-1,2024-11-01,0,att"
    assert data.startswith(buf.getvalue().encode("utf-8"))
    out.write_bytes(torn)
    res = _cli("extract", str(src), "-o", str(out), "--base", "blank", "--quiet", "--resume")
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == data


def test_csv_ledger_counts_positions_not_ids():
    from conflict_ie.corpus import CSV_COLUMNS
    from conflict_ie.models import Record
    from conflict_ie.output import indexed_rows

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for index in range(3):  # three records with one id
        writer.writerows(indexed_rows(Record(id="same"), index))
    complete = buf.getvalue().encode("utf-8")
    assert csv_ledger(complete) == (len(complete), 3)
    assert csv_ledger(complete + b"same,2024")[1] == 3  # torn row dropped
    assert csv_ledger(complete + b"same,2024")[0] == len(complete)
    assert csv_ledger(b"")[1] == 0
    assert csv_ledger(b"id,text\nx,y\n")[0] is None  # not our CSV: resume is refused


def test_output_equal_to_input_is_refused(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    _corpus(src, 3)
    before = src.read_bytes()
    res = _cli("extract", str(src), "-o", str(src), "--base", "blank")
    assert res.returncode == 2 and "also an input" in res.stderr
    assert src.read_bytes() == before


def test_a_second_writer_fails_fast(tmp_path: Path):
    out = tmp_path / "out.jsonl"
    first = Writer(str(out), "jsonl", with_text=False)
    try:
        with pytest.raises(OutputError, match="another conflict-ie run"):
            Writer(str(out), "jsonl", with_text=False)
        src = tmp_path / "in.jsonl"
        _corpus(src, 2)
        res = _cli("extract", str(src), "-o", str(out), "--base", "blank")
        assert res.returncode == 2 and "another conflict-ie run" in res.stderr
    finally:
        first.close()


def test_parquet_is_all_or_nothing_and_refuses_resume(tmp_path: Path):
    pytest.importorskip("pyarrow")
    out = tmp_path / "events.parquet"
    out.write_bytes(b"old content")
    writer = Writer(str(out), "parquet", with_text=False)
    writer.abort()  # what Ctrl-C does
    assert out.read_bytes() == b"old content"
    assert not Path(f"{out}.partial").exists()
    src = tmp_path / "in.jsonl"
    _corpus(src, 2)
    res = _cli("extract", str(src), "-o", str(out), "--base", "blank", "--resume")
    assert res.returncode == 2 and "Parquet" in res.stderr
    res = _cli("extract", str(src), "-o", str(out), "--base", "blank", "--quiet")
    assert res.returncode == 0, res.stderr
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert sorted(set(table.column("record_index").to_pylist())) == [0.0, 1.0]


def test_unwritable_output_is_exit_2(tmp_path: Path):
    if os.geteuid() == 0:
        target = "/proc/version"  # root may write anywhere else
    else:
        locked = tmp_path / "ro"
        locked.mkdir(mode=0o500)
        target = str(locked / "out.jsonl")
    src = tmp_path / "in.jsonl"
    _corpus(src, 2)
    res = _cli("extract", str(src), "-o", target, "--base", "blank")
    assert res.returncode == 2 and "Traceback" not in res.stderr
