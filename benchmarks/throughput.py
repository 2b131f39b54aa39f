"""Throughput and memory of conflict_ie against the tokenizer ceiling and the peer extractors.

One process, one corpus (the shared dev texts and fixtures/ repeated to the requested size),
streamed through each system in turn:

1. spaCy's tokenizer alone (``spacy.blank("en")``): the ceiling;
2. the full conflict_ie pipeline and resolver on the blank base;
3. the full pipeline on a statistical base, beside that base alone (when one is installed);
4. what users do today: quantulum3's ``parser.parse`` plus dateparser's ``search_dates`` per text.

Peak RSS is sampled in a background thread during each run.  ``--scale`` repeats run 2 at 1x, 4x
and 16x the corpus to show that time grows linearly and memory stays flat while streaming.

    python benchmarks/throughput.py                 # 1M words, all systems
    python benchmarks/throughput.py --scale         # + 1x/4x/16x on the blank base
    python benchmarks/throughput.py --markdown docs/performance.md
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = [ROOT.parent / "shared" / "corpus" / "dev", ROOT / "fixtures"]


def rss_mb() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:  # pragma: no cover - psutil is in the bench extra
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PeakRSS:
    """Highest resident set size seen while the block runs (sampled every 20 ms)."""

    def __enter__(self) -> PeakRSS:
        self.peak = rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_mb())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())


def load_texts(sources: list[Path]) -> list[str]:
    texts = []
    for src in sources:
        for path in sorted(src.glob("*.json")) if src.is_dir() else [src]:
            data = json.loads(path.read_text(encoding="utf-8"))
            for rec in data if isinstance(data, list) else [data]:
                if rec.get("text"):
                    texts.append(rec["text"])
    if not texts:
        raise SystemExit(f"no texts found in {', '.join(map(str, sources))}")
    return texts


def corpus(texts: list[str], words: int) -> Iterator[str]:
    """Texts cycled until ``words`` whitespace-separated words have been yielded (lazily)."""
    seen = 0
    for text in itertools.cycle(texts):
        if seen >= words:
            return
        seen += len(text.split())
        yield text


@dataclass
class Result:
    name: str
    words: int
    seconds: float
    peak_mb: float

    @property
    def wps(self) -> float:
        return self.words / self.seconds if self.seconds else float("inf")


def timed(name: str, texts: list[str], words: int, run) -> Result:
    gc.collect()
    counted = sum(len(t.split()) for t in corpus(texts, words))
    with PeakRSS() as mem:
        start = time.perf_counter()
        run(corpus(texts, words))
        seconds = time.perf_counter() - start
    res = Result(name, counted, seconds, mem.peak)
    print(f"  {name:<45} {res.words:>10,} words {res.seconds:>8.1f} s {res.wps:>10,.0f} w/s  peak {res.peak_mb:,.0f} MB",
          file=sys.stderr)
    return res


def make_tokenizer(texts: list[str]):
    """The ceiling, warmed up on each distinct text once, as the pipelines are."""
    import spacy

    nlp = spacy.blank("en")
    for _ in nlp.tokenizer.pipe(texts):
        pass

    def run(stream: Iterator[str]) -> None:
        for _ in nlp.tokenizer.pipe(stream, batch_size=256):
            pass

    return run


def make_conflict_ie(base: str, texts: list[str]):
    import conflict_ie

    nlp = conflict_ie.load(base)
    # warm-up: loads the lazily imported normalisers (quantulum3 costs about two seconds once)
    # and fills the tokenizer cache with each distinct text once, as for the ceiling
    nlp("Warm-up: up to 2,100 soldiers were flown 50 kilometers to Kursk on 12.04.2023.")
    for _ in nlp.pipe(texts[:50]):
        pass

    def run(stream: Iterator[str]) -> None:
        for doc in nlp.pipe(stream, batch_size=64):
            _ = doc._.events

    return run


def make_base_alone(name: str, texts: list[str]):
    import spacy

    nlp = spacy.load(name)
    for _ in nlp.pipe(texts[:50]):
        pass

    def run(stream: Iterator[str]) -> None:
        for _ in nlp.pipe(stream, batch_size=64):
            pass

    return run


def make_peers():
    """quantulum3 and dateparser, imported and warmed up before the clock starts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates
        from quantulum3 import parser

        parser.parse("50 kilometers")
        search_dates("on October 23", languages=["en"])
    return lambda stream: _peers(stream, parser, search_dates)


def _peers(stream: Iterator[str], parser, search_dates) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text in stream:
            parser.parse(text)
            search_dates(text, languages=["en"])


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import psutil

        mem = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        mem = "?"
    return f"{cpu}, {os.cpu_count()} cores, {mem} RAM, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=1_000_000, help="corpus size in words (default 1,000,000)")
    ap.add_argument("--peer-words", type=int, default=30_000,
                    help="words given to quantulum3 + search_dates (they run at a few thousand words/s)")
    ap.add_argument("--stat-words", type=int, default=200_000, help="words given to the statistical base runs")
    ap.add_argument("--scale", action="store_true", help="also run the blank pipeline at 1x, 4x and 16x --words")
    ap.add_argument("--source", action="append", type=Path, help="folders or files of records (default: dev + fixtures)")
    ap.add_argument("--markdown", type=Path, help="write the results as a markdown page")
    args = ap.parse_args(argv)

    texts = load_texts(args.source or [p for p in DEFAULT_SOURCES if p.exists()])
    print(f"corpus: {len(texts)} texts cycled; machine: {machine()}", file=sys.stderr)
    results: list[Result] = []
    results.append(timed("1. spaCy tokenizer (ceiling)", texts, args.words, make_tokenizer(texts)))
    results.append(timed("2. conflict_ie, blank base", texts, args.words, make_conflict_ie("blank", texts)))
    from conflict_ie.pipeline import installed_statistical

    stat = installed_statistical()
    if stat:
        results.append(timed(f"3a. {stat} alone", texts, args.stat_words, make_base_alone(stat, texts)))
        results.append(timed(f"3b. conflict_ie on {stat}", texts, args.stat_words, make_conflict_ie(stat, texts)))
    results.append(timed("4. quantulum3 + dateparser.search_dates", texts, args.peer_words, make_peers()))
    scaled: list[Result] = []
    if args.scale:
        run = make_conflict_ie("blank", texts)
        for factor in (1, 4, 16):
            scaled.append(timed(f"conflict_ie blank, {factor}x", texts, args.words * factor, run))

    by = {r.name[:2]: r for r in results}
    ratios = [
        ("conflict_ie blank / tokenizer ceiling", by["2."].wps / by["1."].wps, "≥ 0.20"),
        ("conflict_ie blank / quantulum3 + search_dates", by["2."].wps / by["4."].wps, "≥ 20"),
    ]
    if stat:
        ratios.append((f"conflict_ie on {stat} / {stat} alone", by["3b"].wps / by["3a"].wps, "≥ 0.75"))
    lines = [
        "| system | words | seconds | words/s | peak RSS (MB) |",
        "|---|---:|---:|---:|---:|",
        *[f"| {r.name} | {r.words:,} | {r.seconds:.1f} | {r.wps:,.0f} | {r.peak_mb:,.0f} |" for r in results + scaled],
        "",
        "| ratio | value | target |",
        "|---|---:|---|",
        *[f"| {name} | {value:.2f} | {target} |" for name, value, target in ratios],
    ]
    if scaled:
        base = scaled[0]
        lines += ["", "| scale | words | seconds | seconds per 1M words | peak RSS (MB) |", "|---|---:|---:|---:|---:|"]
        lines += [f"| {r.name.split(', ')[-1]} | {r.words:,} | {r.seconds:.1f} | {r.seconds / r.words * 1e6:.1f} | "
                  f"{r.peak_mb:,.0f} |" for r in scaled]
        lines.append(f"\nTime per word at 16x is {scaled[-1].seconds / scaled[-1].words / (base.seconds / base.words):.2f} "
                     "times that at 1x (1.00 = linear).")
    table = "\n".join(lines)
    print(table)
    if args.markdown:
        page = (
            "# Performance\n\nGenerated by `python benchmarks/throughput.py --scale --markdown docs/performance.md` "
            f"on {time.strftime('%Y-%m-%d')}.\n\nMachine: {machine()}.\n\nCorpus: the shared dev texts and `fixtures/`, "
            f"cycled to {args.words:,} words; the peers get the first {args.peer_words:,} words of the same stream and "
            f"the statistical runs the first {args.stat_words:,} (they are far slower; words/s is what is compared). "
            "Single process, `nlp.pipe(batch_size=64)`; peak RSS of the whole process, sampled during each run.\n\n"
            f"{table}\n"
        )
        args.markdown.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
