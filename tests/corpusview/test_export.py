"""ACLED-style and flat exports load with pandas and carry the documented columns."""

from __future__ import annotations

import pytest

from conflict_ie.corpusview.export import (
    ACLED_COLUMNS,
    FLAT_COLUMNS,
    attack_category,
    export_acled,
    write_table,
)

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def by_type(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["sub_event_type"], []).append(row)
    return out


def test_acled_rows(events):
    rows = export_acled(events)
    assert len(rows) == len(events) == 5
    assert all(list(r) == ACLED_COLUMNS for r in rows)
    deployment = next(r for r in rows if r["event_type"] == "Strategic developments" and r["actor1"] == "North Korea")
    assert deployment["sub_event_type"] == "Other" and deployment["country"] == "Russia"
    assert deployment["admin1"] == "Kursk" and deployment["geo_precision"] == 2
    assert deployment["source"] == "NIS; Pentagon; Ukrainian intelligence"
    shelling = by_type(rows)["Shelling/artillery/missile attack"]
    # the strike and its deaths share the strike's category; deaths counted once, from the consensus
    assert len(shelling) == 2 and sorted(r["fatalities"] for r in shelling) == [0, 5]
    clash = by_type(rows)["Armed clash"][0]
    assert clash["event_type"] == "Battles" and clash["geo_precision"] == 1 and clash["admin1"] == "Donetsk"
    supply = next(r for r in rows if r["actor1"] == "Iran")
    assert supply["geo_precision"] == 3 and supply["event_date"] == "" and supply["fatalities"] == 0


def test_attack_categories():
    assert attack_category("drone attack") == ("Explosions/Remote violence", "Air/drone strike")
    assert attack_category("shelled") == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert attack_category("stormed") == ("Battles", "Armed clash")
    assert attack_category(None) == ("Battles", "Armed clash")


def test_files_load_with_pandas(events, tmp_path):
    write_table(events, tmp_path / "a.csv", "acled")
    write_table(events, tmp_path / "a.parquet", "acled")
    write_table(events, tmp_path / "f.csv", "flat")
    write_table(events, tmp_path / "f.parquet", "flat")
    for name, columns in (("a", ACLED_COLUMNS), ("f", FLAT_COLUMNS)):
        csv_df = pd.read_csv(tmp_path / f"{name}.csv")
        pq_df = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert list(csv_df.columns) == list(pq_df.columns) == columns
        assert len(csv_df) == len(pq_df) == len(events)
    acled = pd.read_parquet(tmp_path / "a.parquet")
    assert acled["fatalities"].sum() == 5 and acled["fatalities"].dtype.kind == "i"
    flat = pd.read_csv(tmp_path / "f.csv")
    assert flat["n_claims"].sum() == 8


def test_empty_export(tmp_path):
    write_table([], tmp_path / "e.parquet", "acled")
    assert list(pd.read_parquet(tmp_path / "e.parquet").columns) == ACLED_COLUMNS
