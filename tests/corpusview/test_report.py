"""The HTML report opens offline and embeds exactly the merged events; the CLI handlers' exit codes."""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

import pytest

from conflict_ie.corpusview.cli import add_commands

from .conftest import mixed_records

pytest.importorskip("plotly")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="conflict-ie")
    add_commands(ap.add_subparsers(dest="command", required=True))
    return ap


def run(*argv: str) -> int:
    args = parser().parse_args(list(argv))
    return args.func(args)


@pytest.fixture(scope="module")
def report(events, tmp_path_factory):
    from conflict_ie.corpusview.report import write_report

    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(events, path)
    return path.read_text(encoding="utf-8")


def test_report_is_self_contained(report):
    assert 'src="http' not in report and "src='http" not in report
    assert not re.search(r"<link[^>]+href=[\"']?https?:", report)
    assert "window.PlotlyGeoAssets" in report  # the world outline is inline: no topojson fetch


def test_report_embeds_the_events(report, events):
    data = re.search(r'<script type="application/json" id="corpus-events">(.*?)</script>', report, re.S).group(1)
    embedded = json.loads(data)
    assert Counter(e["type"] for e in embedded) == Counter(e.type for e in events)
    assert [e["id"] for e in embedded] == [e.id for e in events]
    assert report.count("<tr data-type=") == len(events)


def test_cli_merge_report_export(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in mixed_records()) + "\n", encoding="utf-8")
    events, html, table = tmp_path / "events.jsonl", tmp_path / "r.html", tmp_path / "events.csv"
    assert run("merge", str(records), "-o", str(events), "-q") == 0
    assert len(events.read_text().splitlines()) == 5
    assert run("report", str(events), "-o", str(html), "-q") == 0 and html.stat().st_size > 0
    assert run("export", str(events), "--format", "acled", "-o", str(table), "-q") == 0
    assert table.read_text().splitlines()[0].startswith("event_id,event_date,event_type")
    assert run("export", str(events), "--format", "parquet", "-o", str(tmp_path / "e.parquet"), "-q") == 0


def test_cli_bad_input_is_exit_2(tmp_path, capsys):
    assert run("merge", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "x.jsonl")) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "events": []}\n{not json\n', encoding="utf-8")
    assert run("merge", str(bad), "-o", str(tmp_path / "x.jsonl")) == 2
    assert run("report", str(bad), "-o", str(tmp_path / "no-such-dir" / "r.html")) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:2:" in err and "Traceback" not in err
    assert all(line.startswith("conflict-ie ") for line in err.strip().splitlines())
