"""``Tag``: the resolver's read-only copy of a tagged span must read exactly like the span."""

from __future__ import annotations

import conflict_ie
from conflict_ie.components.base import SPAN_KEY, tags_of


def test_tags_read_like_their_spans() -> None:
    nlp = conflict_ie.load("blank")
    doc = nlp("On March 3, 2024 the 3rd Assault Brigade moved 2,100 soldiers to Kursk.")
    spans = list(doc.spans[SPAN_KEY])
    tags = tags_of(doc, SPAN_KEY)
    assert len(spans) >= 4 and len(tags) == len(spans)
    for span, tag in zip(spans, tags, strict=True):
        assert (tag.start, tag.end, tag.label, tag.label_, tag.text) == (
            span.start, span.end, span.label, span.label_, span.text)
        assert tag._.norm == span._.norm and tag._.norm is not None
        assert tag == span and tag.start_char == span.start_char and tag.doc is doc


def test_tags_of_a_missing_group_is_empty() -> None:
    nlp = conflict_ie.load("blank")
    assert tags_of(nlp.make_doc("Nothing here."), SPAN_KEY) == []
