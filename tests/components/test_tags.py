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


def test_token_table_reads_like_the_tokens() -> None:
    from conflict_ie.components.base import token_table

    nlp = conflict_ie.load("blank")
    doc = nlp.make_doc("KYIV, March 3 (Reuters) -  Up to 2,100\nNorth Korean soldiers were flown to Kursk.")
    table = token_table(doc)
    assert table.words == [t.text for t in doc] and table.lowers == [t.lower_ for t in doc]
    assert table.starts == [t.idx for t in doc] and table.orths == [t.orth for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert table.text(start, end) == doc[start:end].text
    assert token_table(doc) is table  # built once per document


def test_token_table_follows_a_retokenized_document() -> None:
    from conflict_ie.components.base import token_table

    nlp = conflict_ie.load("blank")
    doc = nlp.make_doc("North Korean soldiers arrived.")
    before = token_table(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    after = token_table(doc)
    assert after is not before and after.words == ["North Korean", "soldiers", "arrived", "."]
