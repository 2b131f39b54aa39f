"""Small helpers shared by the tests: run a text through a pipeline and list its tags."""

from __future__ import annotations

from typing import Any


def run(nlp, text: str, published: str | None = "2024-11-01"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def tags(nlp, text: str, published: str | None = "2024-11-01", label: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    doc = run(nlp, text, published)
    return [
        (s.label_, s.text, dict(s._.norm or {}))
        for s in doc.spans["conflict_ie"]
        if label is None or s.label_ == label
    ]


def one(nlp, text: str, label: str, published: str | None = "2024-11-01") -> tuple[str, dict[str, Any]]:
    found = tags(nlp, text, published, label)
    assert len(found) == 1, f"expected one {label} in {text!r}, got {found}"
    return found[0][1], found[0][2]


def events_of(nlp, text: str, etype: str | None = None, published: str | None = "2025-06-10") -> list[dict[str, Any]]:
    """The events of ``text``, of type ``etype`` when given."""
    doc = run(nlp, text, published)
    return [e for e in doc._.events if etype is None or e["type"] == etype]
