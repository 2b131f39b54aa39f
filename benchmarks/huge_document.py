"""One huge document through ``conflict_ie.records.process``: time and peak memory by size.

A document over ``max_chars`` is split at paragraph (else sentence, else space) boundaries and
the pieces run one after another, so time should grow with the size and peak memory should
stay flat.  The document is the fixtures' paragraphs repeated to the requested size.

    python benchmarks/huge_document.py --mb 1 10
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_text(size: int) -> str:
    paragraphs = []
    for file in sorted((ROOT / "fixtures").glob("*.json")):
        text = json.loads(file.read_text(encoding="utf-8"))["text"]
        paragraphs += [p for p in text.split("\n") if p.strip()]
    base = "\n\n".join(paragraphs) + "\n\n"
    return (base * (size // len(base) + 1))[:size]


def main() -> None:
    import conflict_ie
    from conflict_ie.records import Item, process

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0])
    ap.add_argument("--max-chars", type=int, default=1_000_000)
    args = ap.parse_args()
    nlp = conflict_ie.load("blank")
    next(process(nlp, [Item(id="warm", text=corpus_text(20_000), published="2024-11-01")]))  # lazy data loaded
    print("| size (MB) | seconds | seconds per MB | events | peak RSS (MB) |\n|---:|---:|---:|---:|---:|")
    for mb in args.mb:
        text = corpus_text(int(mb * 1_000_000))
        start = time.perf_counter()
        record = next(process(nlp, [Item(id="huge", text=text, published="2024-11-01")], max_chars=args.max_chars))
        took = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"| {mb:g} | {took:.1f} | {took / mb:.1f} | {len(record.events):,} | {rss:.0f} |", flush=True)


if __name__ == "__main__":
    main()
