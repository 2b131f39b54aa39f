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
