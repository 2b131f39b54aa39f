"""Throughput and peak memory of ``conflict_ie.corpusview.merge`` on synthetic corpora.

Each size runs in its own process so that peak RSS (``resource.getrusage``) is that size's alone.
The corpus is made of happenings (type, actor, place, day) each retold by 1–4 records with other
figures, a vaguer time ("that week") or the region instead of the city, so merging has real work.

    python benchmarks/merge.py                 # 10k and 100k events
    python benchmarks/merge.py 10000 100000 1000000
"""

from __future__ import annotations

import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time

TYPES = ["deployment", "supply", "training", "attack", "casualties", "withdrawal"]
ACTORS = [("Russia", "RUS"), ("Ukraine", "UKR"), ("North Korea", "PRK"), ("Iran", "IRN"), (None, None)]


def places() -> list[dict]:
    """Regions of the shipped lexicon that have a centre with coordinates, as reported places."""
    from conflict_ie.components.places import fold
    from conflict_ie.corpusview.places import _city_admin1  # noqa: F401  (warms the index)
    from conflict_ie.lexicon import regions

    out = []
    for reg in regions():
        if reg.iso3 and reg.admin_center:
            out.append({"name": reg.name, "country": reg.iso3, "lat": None, "lon": None,
                        "city": fold(reg.admin_center)})
    return out


def corpus(n_events: int, seed: int = 1) -> list[dict]:
    """About ``n_events`` events in records of one event each."""
    rng = random.Random(seed)
    spots = places()
    base = dt.date(2023, 1, 1)
    records: list[dict] = []
    while len(records) < n_events:
        etype, (actor, iso) = rng.choice(TYPES), rng.choice(ACTORS)
        spot, when = rng.choice(spots), base + dt.timedelta(days=rng.randrange(730))
        figure = rng.randrange(1, 20000)
        for k in range(rng.randint(1, 4)):
            records.append(_claim(rng, len(records), etype, actor, iso, spot, when, figure, k))
    return records[:n_events]


def _claim(rng: random.Random, n: int, etype: str, actor: str | None, iso: str | None, spot: dict,
           when: dt.date, figure: int, k: int) -> dict:
    name = spot["city"] if k % 2 else f"the {spot['name']} region"
    if k == 2:
        monday = when - dt.timedelta(days=when.weekday())
        time_ = {"start": str(monday), "end": str(monday + dt.timedelta(days=6)), "granularity": "week"}
    else:
        time_ = {"start": str(when), "end": str(when), "granularity": "day"}
    event = {"type": etype, "start": 0, "end": 50, "source": f"source {rng.randrange(50)}",
             "actor": {"name": actor, "country": iso} if actor else None,
             "location": {"name": name, "country": spot["country"]}, "time": time_,
             "quantity": {"value": figure + rng.randrange(-figure // 5 - 1, figure // 5 + 2) if k else figure},
             "outcome": "killed" if etype == "casualties" else None}
    return {"id": f"r{n}", "published": str(when + dt.timedelta(days=1 + k)), "events": [event]}


def measure(n: int) -> dict:
    from conflict_ie.corpusview import merge
    from conflict_ie.corpusview.places import regions

    t0 = time.perf_counter()
    regions()
    warm = time.perf_counter() - t0
    records = corpus(n)
    t0 = time.perf_counter()
    events = merge(records)
    took = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"events_in": n, "corpus_events": len(events), "seconds": round(took, 2),
            "events_per_s": round(n / took), "peak_rss_mb": round(rss_mb), "index_build_s": round(warm, 2)}


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        print(json.dumps(measure(int(argv[1]))))
        return
    for n in [int(a) for a in argv] or [10_000, 100_000]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        print(out.stdout.strip(), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
