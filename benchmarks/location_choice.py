"""Why the location of an event found is wrong: a report on the fixtures, by kind of miss.

Why it exists: when an event of the right type is found, its location is the slot that fails
most (about 240 required events of the fixtures in the eleventh session). Before changing how a
place is chosen, one should know whether the gold place was tagged at all and what was chosen
instead. For each required gold event with a location whose overlapping predicted events of its
type all disagree on the place, the report says which of three kinds the miss is:

- gold place not tagged in the evidence: the place comes from another sentence (an anaphor, "the
  village"), or no tagger found it ("Jikmir", "Tower 22");
- tagged, another chosen: a wider area ("Tigray" for "Zalambessa"), a neighbour, a place of the
  subject or of a title;
- tagged, none chosen: the place was there and the event has no location.

Usage: ``python benchmarks/location_choice.py [--base blank|auto] [--examples N] [fixture dirs]``
(default: ``fixtures``). Counts first, then up to N examples per kind.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path
from typing import Any

from conflict_ie import scoring

KINDS = ("gold place not tagged in the evidence", "tagged, another chosen", "tagged, none chosen")


def _kind(gold_event: dict[str, Any], tags: list[dict[str, Any]], chosen: dict[str, Any] | None) -> str:
    in_span = [t for t in tags if gold_event["start"] <= t["start"] < gold_event["end"]]
    if not any(scoring.place_agrees(gold_event["location"], t.get("norm") or {}) for t in in_span):
        return KINDS[0]
    return KINDS[2] if not chosen else KINDS[1]


def misses(docs: list[dict[str, Any]], base: str) -> list[tuple[str, str]]:
    """(kind, one line of example) for every location miss of an event that was found."""
    preds = scoring.predict(docs, base=base)
    out = []
    for doc in docs:
        pred = preds[doc["id"]]
        tags = [t for t in pred.get("tags", []) if t["label"] == "LOCATION"]
        for ge in doc.get("events", []):
            if ge.get("optional") or not (ge.get("location") or {}).get("name"):
                continue
            found = [pe for pe in pred.get("events", []) if pe["type"] == ge["type"] and scoring._overlap(ge, pe)]
            if not found or any(scoring.place_agrees(ge["location"], pe.get("location") or {}) for pe in found):
                continue
            chosen = found[0].get("location")
            line = (f"{doc['id'][:24]} gold={ge['location']['name']!r} chosen={(chosen or {}).get('name')!r} | "
                    f"{doc['text'][ge['start']:ge['end']][:120]!r}")
            out.append((_kind(ge, tags, chosen), line))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["fixtures"])
    parser.add_argument("--base", default="blank")
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args()
    docs = [d for p in args.paths for f in sorted(Path(p).glob("*.json")) for d in scoring.read_gold(f)]
    found = misses(docs, args.base)
    counts = collections.Counter(kind for kind, _ in found)
    for kind in KINDS:
        print(f"{counts[kind]:5d}  {kind}")
    for kind in KINDS:
        print(f"\n== {kind}")
        for line in [line for k, line in found if k == kind][: args.examples]:
            print("  ", line)


if __name__ == "__main__":
    main()
