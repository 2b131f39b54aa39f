"""Scoring predictions against hand-labelled fixtures, by the rules of shared/spec/RECORDS.md.

- A gold tag is found when a predicted tag of the same label overlaps it and its norm agrees:
  QUANTITY by value (or the bound its qualifier sets, or overlapping low–high for vague),
  DATE_RANGE by start and end, RANK by rank; MIL_UNIT, LOCATION and ACTOR by overlap alone.
- A predicted tag that matches no gold tag is a false positive, unless it overlaps an optional
  one.  Optional gold items are neither rewarded nor punished.
- A gold event is found when a predicted event of the same type overlaps its evidence and agrees
  on every key slot the gold fills: quantity, location (name without case, "the" and words
  such as region/area/oblast), time (start and end).
- A fixture may list the labels it annotated exhaustively in ``labels``; without that list, the
  labels that occur in its tags are the ones scored.  Predictions of other labels are ignored
  for that document, so a fixture that labels only quantities does not punish found places.
  Events are scored when ``labels`` includes "EVENT" or when there is no ``labels`` list.

Run ``python -m conflict_ie.evaluate GOLD [--pred PRED.jsonl] [--markdown]``.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import EVENT_TYPES, LABELS, Record

KEY_SLOTS = ("quantity", "location", "time")
REPORTED_SLOTS = ("actor", "recipient", "quantity", "location", "origin", "time", "mode", "source")
_PLACE_WORDS = re.compile(
    r"\b(the|region|regions|area|areas|oblast|province|governorate|district|krai|republic|city|state|territory|border)\b"
)


# ----------------------------------------------------------------------------- reading


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Fixtures from a folder of .json files, a .json file, or a .jsonl file (sorted by id)."""
    path = Path(path)
    docs: list[dict[str, Any]] = []
    files = sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        if file.suffix == ".jsonl":
            with open(file, encoding="utf-8") as fh:
                docs.extend(json.loads(line) for line in fh if line.strip())
        else:
            data = json.loads(file.read_text(encoding="utf-8"))
            docs.extend(data if isinstance(data, list) else [data])
    return docs


def read_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[str(rec.get("id"))] = rec
    return out


def read_docbin(path: str | Path, nlp: Any = None) -> list[dict[str, Any]]:
    """Records from a spaCy DocBin, so that spaCy training data can be scored the same way.

    Spans come from ``doc.spans["conflict_ie"]`` when present, else from ``doc.ents``; norms from
    ``Span._.norm`` when the DocBin kept user data.  A gold tag without a norm is matched by
    overlap alone.
    """
    import spacy
    from spacy.tokens import DocBin

    from .components.base import SPAN_KEY

    nlp = nlp or spacy.blank("en")
    out = []
    for i, doc in enumerate(DocBin().from_disk(path).get_docs(nlp.vocab)):
        spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else list(doc.ents)
        tags = [
            {"label": s.label_, "start": s.start_char, "end": s.end_char, "text": s.text, "norm": dict(s._.norm or {})}
            for s in spans
            if s.label_ in LABELS
        ]
        out.append({"id": doc.user_data.get("id", f"docbin-{i}"), "published": doc._.published, "text": doc.text,
                    "tags": tags, "events": []})
    return out


def examples_to_records(examples: Iterable[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Gold and predicted records from spaCy ``Example`` objects (reference vs predicted docs)."""
    from .records import doc_events, doc_tags

    gold, pred = [], []
    for i, eg in enumerate(examples):
        gid = f"example-{i}"
        gold.append({"id": gid, "text": eg.reference.text, "tags": doc_tags(eg.reference), "events": doc_events(eg.reference)})
        pred.append({"id": gid, "text": eg.predicted.text, "tags": doc_tags(eg.predicted), "events": doc_events(eg.predicted)})
    return gold, pred


# ----------------------------------------------------------------------------- agreement


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _interval(q: dict[str, Any]) -> tuple[float, float] | None:
    lo, hi, v = q.get("low"), q.get("high"), q.get("value")
    if lo is not None or hi is not None:
        lo = lo if lo is not None else (v if v is not None else hi)
        hi = hi if hi is not None else (v if v is not None else lo)
        assert lo is not None and hi is not None  # one of them was given, and fills the other
        return float(lo), float(hi)
    if v is not None:
        return float(v), float(v)
    return None


def quantity_agrees(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if not gold:
        return True
    if not pred:
        return False
    qual = gold.get("qualifier")
    if qual == "vague" or (gold.get("value") is None and qual != "range"):
        g, p = _interval(gold), _interval(pred)
        return g is not None and p is not None and g[0] <= p[1] and p[0] <= g[1]
    if gold.get("value") is not None:
        v = gold["value"]
        return _close(pred.get("value"), v) or (
            pred.get("value") is None and (_close(pred.get("high"), v) or _close(pred.get("low"), v))
        )
    # range
    return _close(gold.get("low"), pred.get("low")) and _close(gold.get("high"), pred.get("high"))


def date_agrees(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if not gold:
        return True
    if not pred:
        return False
    return str(gold.get("start")) == str(pred.get("start")) and str(gold.get("end")) == str(pred.get("end"))


def place_key(name: str | None) -> str:
    if not name:
        return ""
    key = _PLACE_WORDS.sub(" ", name.lower())
    return " ".join(key.replace("’", "'").split())


def place_agrees(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if not gold:
        return True
    if not pred:
        return False
    return place_key(gold.get("name")) == place_key(pred.get("name"))


def tag_agrees(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    label = gold["label"]
    g, p = gold.get("norm") or {}, pred.get("norm") or {}
    if not g:
        return True
    if label == "QUANTITY":
        return quantity_agrees(g, p)
    if label == "DATE_RANGE":
        return date_agrees(g, p)
    if label == "RANK":
        return (g.get("rank") or "").lower() == (p.get("rank") or "").lower() if g.get("rank") else True
    return True


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])  # int offsets: the same value


def event_agrees(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold["type"] != pred["type"] or not _overlap(gold, pred):
        return False
    if gold.get("quantity") and not quantity_agrees(gold["quantity"], pred.get("quantity") or {}):
        return False
    if gold.get("location") and gold["location"].get("name") and not place_agrees(gold["location"], pred.get("location") or {}):
        return False
    if gold.get("time") and (gold["time"].get("start") or gold["time"].get("end")) and not date_agrees(gold["time"], pred.get("time") or {}):
        return False
    return True


def slot_agrees(slot: str, gold: Any, pred: Any) -> bool:
    if pred is None:
        return False
    if slot in ("actor", "recipient"):
        return (gold.get("country") or "") == (pred.get("country") or "") if gold.get("country") else \
            (gold.get("name") or "").lower() == (pred.get("name") or "").lower()
    if slot == "quantity":
        return quantity_agrees(gold, pred)
    if slot in ("location", "origin"):
        return place_agrees(gold, pred)
    if slot == "time":
        return date_agrees(gold, pred)
    return str(gold).lower() == str(pred).lower()


# ----------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    labels: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    events: Counts = field(default_factory=Counts)
    slots: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    qualifiers: list[int] = field(default_factory=lambda: [0, 0])
    errors: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    failed: list[str] = field(default_factory=list)  # documents whose prediction is an error record

    def as_dict(self, with_errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents,
            "failed": list(self.failed),
            "labels": {k: v.as_dict() for k, v in sorted(self.labels.items())},
            "events": self.events.as_dict(),
            "slot_accuracy": {k: round(c / t, 4) if t else None for k, (c, t) in sorted(self.slots.items())},
            "qualifier_accuracy": round(self.qualifiers[0] / self.qualifiers[1], 4) if self.qualifiers[1] else None,
        }
        if with_errors:
            out["errors"] = self.errors
        return out


def _match(gold_items: list[dict[str, Any]], pred_items: list[dict[str, Any]], agrees: Any) -> tuple[dict[int, int], set[int]]:
    """Greedy one-to-one matching; returns gold index -> pred index, and preds excused by optional gold."""
    matched: dict[int, int] = {}
    used: set[int] = set()
    order = sorted(range(len(gold_items)), key=lambda i: bool(gold_items[i].get("optional")))
    for gi in order:
        g = gold_items[gi]
        for pi, p in enumerate(pred_items):
            if pi in used:
                continue
            if agrees(g, p):
                matched[gi] = pi
                used.add(pi)
                break
    excused = set()
    for pi, p in enumerate(pred_items):
        if pi in used:
            continue
        for g in gold_items:
            if g.get("optional") and _overlap(g, p) and g.get("label", g.get("type")) == p.get("label", p.get("type")):
                excused.add(pi)
                break
    return matched, excused


def score_document(gold: dict[str, Any], pred: dict[str, Any], report: Report) -> None:
    report.documents += 1
    gold_tags = gold.get("tags") or []
    declared = gold.get("labels")
    # RECORDS.md: ``labels`` names the tag labels annotated exhaustively, plus "EVENT" when the
    # events are; without it, the labels of the tags and the events are scored
    labels = set(declared) - {"EVENT"} if declared else {t["label"] for t in gold_tags}
    pred_tags = [t for t in (pred.get("tags") or []) if t["label"] in labels]
    for label in sorted(labels):
        g_items = [t for t in gold_tags if t["label"] == label]
        p_items = [t for t in pred_tags if t["label"] == label]
        matched, excused = _match(g_items, p_items, lambda g, p: _overlap(g, p) and tag_agrees(g, p))
        counts = report.labels[label]
        for gi, g in enumerate(g_items):
            if g.get("optional"):
                continue
            if gi in matched:
                counts.tp += 1
                if label == "QUANTITY" and (g.get("norm") or {}).get("qualifier"):
                    report.qualifiers[1] += 1
                    report.qualifiers[0] += int(g["norm"]["qualifier"] == (p_items[matched[gi]].get("norm") or {}).get("qualifier"))
            else:
                counts.fn += 1
                report.errors.append({"id": gold.get("id"), "kind": "fn", "label": label, "text": g.get("text"),
                                      "start": g["start"], "norm": g.get("norm")})
        optional_matched = {matched[gi] for gi, g in enumerate(g_items) if g.get("optional") and gi in matched}
        for pi, p in enumerate(p_items):
            if pi in matched.values() or pi in excused or pi in optional_matched:
                continue
            counts.fp += 1
            report.errors.append({"id": gold.get("id"), "kind": "fp", "label": label, "text": p.get("text"),
                                  "start": p["start"], "norm": p.get("norm")})
    if declared and "EVENT" not in declared:
        return
    # events
    g_events = gold.get("events") or []
    p_events = [e for e in (pred.get("events") or []) if e.get("modality", "asserted") == "asserted"]
    matched, excused = _match(g_events, p_events, event_agrees)
    text = gold.get("text") or ""
    for gi, g in enumerate(g_events):
        if g.get("optional"):
            continue
        if gi in matched:
            report.events.tp += 1
            p = p_events[matched[gi]]
            for slot in REPORTED_SLOTS:
                if g.get(slot):
                    report.slots[slot][1] += 1
                    report.slots[slot][0] += int(slot_agrees(slot, g[slot], p.get(slot)))
        else:
            report.events.fn += 1
            report.errors.append({"id": gold.get("id"), "kind": "fn", "label": f"event:{g['type']}",
                                  "text": text[g["start"]: g["end"]], "start": g["start"],
                                  "norm": {k: g.get(k) for k in KEY_SLOTS}})
    for pi, p in enumerate(p_events):
        if pi in matched.values() or pi in excused:
            continue
        report.events.fp += 1
        report.errors.append({"id": gold.get("id"), "kind": "fp", "label": f"event:{p['type']}",
                              "text": text[p["start"]: p["end"]], "start": p["start"], "norm": {"summary": p.get("summary")}})


def score(gold_docs: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> Report:
    report = Report()
    for gold in gold_docs:
        pred = preds.get(str(gold.get("id")), {"tags": [], "events": []})
        if pred.get("error"):
            report.failed.append(str(gold.get("id")))  # scored as empty, and said so
        score_document(gold, pred, report)
    return report


def predict(gold_docs: list[dict[str, Any]], base: str | None = None, nlp: Any = None) -> dict[str, dict[str, Any]]:
    from .pipeline import load
    from .records import Item, process

    nlp = nlp or load(base)
    items = [Item(id=d.get("id"), text=d.get("text"), published=d.get("published")) for d in gold_docs]
    return {str(r.id): r.model_dump(mode="json") for r in process(nlp, items)}


def evaluate(gold: Any, pred: Any = None, *, base: str | None = None, nlp: Any = None) -> Report:
    gold_docs = read_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    if pred is None:
        preds = predict(gold_docs, base=base, nlp=nlp)
    elif isinstance(pred, (str, Path)):
        preds = read_predictions(pred)
    else:
        preds = {str(r.id if isinstance(r, Record) else r.get("id")): (r.model_dump(mode="json") if isinstance(r, Record) else r)
                 for r in pred}
    return score(gold_docs, preds)


# ----------------------------------------------------------------------------- baselines


def baseline_predictions(gold_docs: list[dict[str, Any]], which: str) -> dict[str, dict[str, Any]]:
    """What users do today, scored by the same rules: quantulum3 alone, dateparser's search_dates alone."""
    import datetime as dt

    out: dict[str, dict[str, Any]] = {}
    for d in gold_docs:
        text = d.get("text") or ""
        tags: list[dict[str, Any]] = []
        if which == "quantulum3":
            from quantulum3 import parser

            for q in parser.parse(text):
                start, end = q.span
                unit = q.unit.name if q.unit.name != "dimensionless" else None
                tags.append({"label": "QUANTITY", "start": start, "end": end, "text": text[start:end],
                             "norm": {"value": q.value, "low": None, "high": None, "qualifier": "exact",
                                      "item": None, "unit": unit}})
        elif which == "search_dates":
            from dateparser.search import search_dates

            base = dt.datetime.fromisoformat(d["published"]) if d.get("published") else None
            settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"} if base else {"PREFER_DATES_FROM": "past"}
            pos = 0
            for found, when in search_dates(text, languages=["en"], settings=settings) or []:
                start = text.find(found, pos)
                if start < 0:
                    start = text.find(found)
                if start < 0:
                    continue
                pos = start + len(found)
                day = when.date().isoformat()
                tags.append({"label": "DATE_RANGE", "start": start, "end": start + len(found), "text": found,
                             "norm": {"start": day, "end": day, "granularity": "day"}})
        out[str(d.get("id"))] = {"tags": tags, "events": []}
    return out


# ----------------------------------------------------------------------------- presentation


def format_text(report: Report, errors: bool = False) -> str:
    lines = [f"documents: {report.documents}", f"{'label':<12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    if report.failed:
        lines.insert(1, f"failed documents: {len(report.failed)} ({', '.join(report.failed)})")
    for label, c in sorted(report.labels.items()):
        lines.append(f"{label:<12}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    c = report.events
    lines.append(f"{'EVENTS':<12}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    if report.slots:
        lines.append("slot accuracy: " + ", ".join(f"{k} {a / t:.2f} ({a}/{t})" for k, (a, t) in sorted(report.slots.items()) if t))
    if report.qualifiers[1]:
        lines.append(f"qualifier accuracy: {report.qualifiers[0] / report.qualifiers[1]:.2f} ({report.qualifiers[0]}/{report.qualifiers[1]})")
    if errors:
        for e in report.errors:
            lines.append(f"{e['kind'].upper()} {e['id']} {e['label']} @{e['start']}: {e['text']!r} {json.dumps(e.get('norm'), ensure_ascii=False)}")
    return "\n".join(lines)


_PRODUCES = {"quantulum3 alone": {"QUANTITY"}, "dateparser search_dates alone": {"DATE_RANGE"}}


def _row(name: str, report: Report, labels: tuple[str, ...]) -> str:
    produced = _PRODUCES.get(name)
    cells = []
    for label in labels:
        c = report.labels.get(label)
        shown = c is not None and (c.tp + c.fp + c.fn) and (produced is None or label in produced)
        cells.append(f"{c.f1:.2f}" if c is not None and shown else "–")
    e = report.events
    cells.append(f"{e.f1:.2f}" if (e.tp + e.fp + e.fn) and produced is None else "–")
    return f"| {name} | " + " | ".join(cells) + " |"


def markdown(sections: dict[str, dict[str, Report]]) -> str:
    labels = LABELS
    head = "| system | " + " | ".join(labels) + " | events |\n|---|" + "---|" * (len(labels) + 1)
    parts = []
    for corpus, systems in sections.items():
        parts.append(f"### {corpus}\n\nF1 by the rules of RECORDS.md (– where the system or the gold has no such item).\n\n{head}")
        for name, rep in systems.items():
            parts.append(_row(name, rep, labels))
        detail = next(iter(systems.values()))
        parts.append("\nDetail for the first row: \n\n```\n" + format_text(detail) + "\n```\n")
    return "\n".join(parts)


def scorecard(corpora: dict[str, str | Path], bases: tuple[str, ...] = ("blank", "auto"), baselines: bool = True) -> str:
    from .pipeline import installed_statistical, load

    sections: dict[str, dict[str, Report]] = {}
    pipelines = {}
    for b in bases:
        if b == "auto":
            stat = installed_statistical()
            if stat is None:
                continue
            pipelines[f"conflict_ie on {stat}"] = load(stat)
        else:
            pipelines[f"conflict_ie on {b}"] = load(b)
    for corpus, path in corpora.items():
        gold_docs = read_gold(path)
        systems: dict[str, Report] = {}
        for name, nlp in pipelines.items():
            systems[name] = score(gold_docs, predict(gold_docs, nlp=nlp))
        if baselines:
            systems["quantulum3 alone"] = score(gold_docs, baseline_predictions(gold_docs, "quantulum3"))
            systems["dateparser search_dates alone"] = score(gold_docs, baseline_predictions(gold_docs, "search_dates"))
        sections[f"{corpus} ({len(gold_docs)} documents)"] = systems
    header = (
        "# Accuracy\n\n"
        "Regenerate with `python -m conflict_ie.evaluate ../shared/corpus/dev fixtures ../shared/corpus/re3d "
        "--markdown > docs/accuracy.md`. Each corpus shows the blank and the statistical base side by side, and the "
        "peers (quantulum3, dateparser's `search_dates`) on the labels they produce. re3d gives spans without values "
        "(overlap F1) and annotates no events; its conventions differ from ours (its README).\n\n"
        "Scores follow the rules of RECORDS.md (see `conflict_ie/scoring.py`): a tag counts when a predicted tag of "
        "its label overlaps it and its norm agrees; an event when a predicted event of its type overlaps its evidence "
        "and agrees on quantity, location and time. The peers are scored by the same rules on the labels they "
        "produce (quantulum3: QUANTITY; dateparser's `search_dates`: DATE_RANGE).\n\n"
        "Caveat: the fixtures were written by the engineer who wrote the rules, and the rules were corrected on them, "
        "so these figures are an optimistic estimate. Held-out news will score lower.\n\n"
    )
    return header + markdown(sections)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m conflict_ie.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", help="fixture folder(s) or file(s)")
    ap.add_argument("--pred", help="predictions (JSONL of records); default: run the pipeline")
    ap.add_argument("--base", default=None, help="base pipeline (blank, auto, or a name)")
    ap.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--markdown", action="store_true", help="the scorecard of docs/accuracy.md (all systems, all corpora)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # usage errors exit 2, --help 0
        return int(exc.code or 0)
    missing = [g for g in [*args.gold, *([args.pred] if args.pred else [])] if not Path(g).exists()]
    if missing:
        print(f"conflict-ie evaluate: {', '.join(missing)}: no such file or folder", file=sys.stderr)
        return 2
    try:
        return _run(args)
    except (OSError, ValueError) as exc:
        print(f"conflict-ie evaluate: {exc}", file=sys.stderr)
        return 2


def _run(args: Any) -> int:
    if args.markdown:
        corpora = {("shared dev corpus" if Path(g).name == "dev" else Path(g).name or str(g)): g for g in args.gold}
        print(scorecard(corpora))
        return 0
    gold_docs = [d for g in args.gold for d in read_gold(g)]
    report = evaluate(gold_docs, args.pred, base=args.base)
    if args.json:
        print(json.dumps(report.as_dict(with_errors=args.errors), indent=1, ensure_ascii=False))
    else:
        print(format_text(report, errors=args.errors))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())


__all__ = ["EVENT_TYPES", "Report", "evaluate", "score", "read_gold", "scorecard"]
