"""Score the QUANTITY tagger on quantulum3's own test sentences (issue 11).

quantulum3 ships its test cases inside the installed package (``quantulum3/_lang/en_US/tests/
quantities*.json``: a sentence and the quantities expected in it, with value, unit and surface).
For each expected quantity this counts a hit when a QUANTITY tag overlaps its surface with the same
value (for a range, the midpoint, as quantulum3 gives it), and a unit hit when, besides, the unit
is the one quantulum3 names (after ``items.json`` ``unit_names``, e.g. "percentage" -> "percent").
Expected quantities that shared/spec/RECORDS.md rules out are skipped and listed by category.

    python benchmarks/quantulum_suite.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

_NUMBER_WORD = re.compile(r"^[A-Za-z\- &,]+$")


def cases() -> list[dict]:
    import quantulum3

    folder = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests"
    out = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for case in json.loads((folder / name).read_text(encoding="utf-8")):
            out.append(case)
    return out


def skip_reason(text: str, start: int, exp: dict) -> str | None:
    """Why the spec rules this expected quantity out, or None when it is one to find."""
    surface, unit, value = exp["surface"], exp["unit"], exp["value"]
    before = text[:start].rstrip()
    after = text[start + len(surface):].lstrip()
    if unit == "dimensionless":
        if re.fullmatch(r"\d{4}", surface) and 1000 <= float(value) <= 2100:
            return "years and dates (RECORDS.md: not a QUANTITY)"
        if re.fullmatch(r"[\d.]+", surface) and re.search(r"(?:\b[A-Z][\w]*|\d\w*)$", before) and not before.endswith("."):
            return "numbers that name rather than count, after a name ('English 101', 'Core i7 860')"
        if _NUMBER_WORD.match(surface) and float(value).is_integer():
            word = re.match(r"[A-Za-z]+", after)
            if word is None or word.group(0).lower() in {"of", "in", "is", "at", "you", "and"}:
                return "spelled-out number without a counted noun (QUANTITY.md)"
    if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion|"
                     r"half|halves|thirds?|sixth|ninety|zero)\b", surface, re.I):
        return "a unit named without a number ('a penny', 'absolute zero', 'a dozen')"
    if re.search(r"\d\s*[ap]m\b", surface):
        return "'am'/'pm' after a number read as a time of day (RECORDS.md: times are not quantities)"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the expected quantities not found")
    args = ap.parse_args()

    import conflict_ie
    from conflict_ie import lexicon

    unit_names = lexicon.items()["unit_names"]
    skipped: Counter[str] = Counter()
    total = value_hits = unit_total = unit_hits = 0
    misses = []
    for case in cases():
        text = case["req"]
        record = conflict_ie.extract(text, base="blank")
        tags = [t for t in record.tags if t.label == "QUANTITY"]
        pos = 0
        for exp in case["res"]:
            start = text.find(exp["surface"], pos)
            if start < 0:
                start = text.find(exp["surface"])
            pos = max(pos, start + 1)
            end = start + len(exp["surface"])
            reason = skip_reason(text, start, exp)
            if reason:
                skipped[reason] += 1
                continue
            total += 1
            want = float(exp["value"])
            has_unit = exp["unit"] != "dimensionless"
            unit_total += has_unit
            found_value = found_unit = False
            for t in tags:
                if t.start >= end or start >= t.end:
                    continue
                n = t.norm
                got = [n.get("value")]
                if n.get("low") is not None and n.get("high") is not None:
                    got.append((n["low"] + n["high"]) / 2)
                if any(g is not None and abs(float(g) - want) <= 1e-6 * max(1.0, abs(want)) for g in got):
                    found_value = True
                    if has_unit and n.get("unit") == unit_names.get(exp["unit"], exp["unit"]):
                        found_unit = True
            value_hits += found_value
            unit_hits += found_unit
            if not found_value or (has_unit and not found_unit):
                misses.append((exp["surface"], exp["value"], exp["unit"], [(t.text, t.norm.get("value"), t.norm.get("unit")) for t in tags], text))
    print(f"expected quantities scored: {total}")
    print(f"value recall: {value_hits / total:.3f} ({value_hits}/{total})")
    print(f"unit recall (value and unit, where quantulum3 gives a unit): {unit_hits / unit_total:.3f} ({unit_hits}/{unit_total})")
    print(f"skipped: {sum(skipped.values())}")
    for reason, count in skipped.most_common():
        print(f"  {count:3d}  {reason}")
    if args.misses:
        for miss in misses:
            print("MISS", miss)


if __name__ == "__main__":
    main()
