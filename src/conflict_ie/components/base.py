"""What every tagger shares: the span group, the ``Span._.norm`` / ``Doc._.published`` extensions,
the bookkeeping of which tokens are already claimed, and disk serialisation of user lexicons.

Taggers run in a fixed order (units, ranks, dates, places, quantities) and each one only claims
tokens that no earlier tagger claimed, so "155th" inside a brigade name never becomes a quantity
and "2024" inside a date never becomes one either.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

import numpy as np
from spacy.attrs import IDX, IS_DIGIT, IS_TITLE, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import ensure_path

SPAN_KEY = "conflict_ie"
REF_KEY = "conflict_ie_refs"  # anaphors such as "these troops": read by the resolver, not tags
NATIONAL_KEY = "conflict_ie_nationals"  # demonyms outside units ("a Russian missile strike"): resolver only
GROUP_KEY = "conflict_ie_group_mentions"  # group names on a thing ("Houthi drones", "Hezbollah rockets"): resolver only


def register_extensions() -> None:
    if not Span.has_extension("norm"):
        Span.set_extension("norm", default=None)
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
    if not Doc.has_extension("events"):
        Doc.set_extension("events", default=None)
    if not Doc.has_extension("doc_id"):
        Doc.set_extension("doc_id", default=None)


register_extensions()


def published_date(doc: Doc) -> dt.date | None:
    """``Doc._.published`` as a date, whatever form the user gave it in (date, datetime, ISO str)."""
    value = doc._.published
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


TEXT_KEY = "_conflict_ie_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy rebuilds it from the tokens at every access,
    which costs about as much as tokenising.  The combined component drops the cache at the end."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else token_table(doc).full  # the table stores it (built from its words)


class TokenTable:
    """The words of a document as plain strings, built once per document.

    ``doc[i]`` builds a ``Token`` object and ``.text``/``.lower_`` look the string up again at every
    access; the taggers and the resolver read the words around their anchors several hundred
    times per document, which cost more than tokenising it.  Kept beside the document (see
    ``token_table``), never on a component, which threads share."""

    __slots__ = ("words", "lowers", "orths", "lower_hashes", "starts", "full", "attrs", "_doc")

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, LOWER, IDX, SPACY]).tolist() if len(doc) else []
        self.orths = [o for o, _, _, _ in arr]
        self.lower_hashes = [low for _, low, _, _ in arr]
        self.words = words = [strings[o] for o in self.orths]
        self.lowers = [strings[low] for _, low, _, _ in arr]
        self.starts = [int(idx) for _, _, idx, _ in arr]
        full = doc.user_data.get(TEXT_KEY)
        if full is None:  # the text from the words and their spaces: no Token object, unlike ``doc.text``
            full = doc.user_data[TEXT_KEY] = "".join([w + " " if row[3] else w for w, row in zip(words, arr, strict=True)])
        self.full: str = full
        self.attrs: np.ndarray | None = None  # token_attrs, read at its first use
        self._doc = weakref.ref(doc)

    def spaced(self, i: int) -> bool:
        """Whether a space follows token ``i`` (``bool(doc[i].whitespace_)``, without a ``Token``)."""
        after = self.starts[i] + len(self.words[i])
        nxt = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.full)
        return nxt > after and self.full[after] == " "

    def text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` as the document writes it (``doc[start:end].text``)."""
        if start >= end:
            return ""
        return self.full[self.starts[start] : self.starts[end - 1] + len(self.words[end - 1])]


def free_runs(words: list[str], key: tuple[str, ...], taken: bytearray) -> Iterator[int]:
    """Starts of the runs of ``words`` equal to ``key`` that no tag holds, left to right.  ``taken``
    is read as each run is reached, so a caller that claims a run stops the runs it overlaps."""
    n = len(key)
    for i in range(len(words) - n + 1):
        if words[i] == key[0] and tuple(words[i : i + n]) == key and not any(taken[i : i + n]):
            yield i


_TABLES: weakref.WeakKeyDictionary[Doc, TokenTable] = weakref.WeakKeyDictionary()
_LAST: TokenTable | None = None


def token_table(doc: Doc) -> TokenTable:
    """The document's ``TokenTable``, built at the first call and kept while the document lives.

    Held in a weak mapping rather than ``doc.user_data``: user data is saved with the document
    (``to_bytes``, ``DocBin``), and a tagger used alone, outside the combined component that
    drops the working caches, would leave the table there."""
    global _LAST
    last = _LAST
    if last is not None and last._doc() is doc and len(last.words) == len(doc):
        return last  # the same document as the call before: most calls, and cheaper than the mapping
    table = _TABLES.get(doc)
    if table is None or len(table.words) != len(doc):
        table = TokenTable(doc)
        _TABLES[doc] = table
    _LAST = table  # one reference assignment: threads see the old or the new table
    return table


POSSESSIVE = ("'s", "’s")  # the possessive clitic as the tokenizer splits it, straight and curly
_ADDITIVES = ("another", "a", "further")  # "and another 150", "and a further 12"


def before_addition(lowers: list[str], i: int, floor: int) -> int:
    """The token before a count at ``i``, past the words that add it to one named before ("and
    another 150 to Poland": the "and"); never below ``floor``.  Shared by the quantity tagger and
    the resolver, which both read gapped counts ("500 soldiers to Kidal and 300 to Gao")."""
    k = i - 1
    while k > floor and lowers[k] in _ADDITIVES:
        k -= 1
    return k


def pattern_maker(nlp: Language) -> Any:
    """The function that tokenises match patterns: ``nlp.make_doc`` itself, so patterns split
    exactly as documents do.

    Tokenising many patterns fills the tokenizer's cache with strings no document holds, and a
    full cache made later documents slower (spaCy 3.8); the components call ``flush_patterns``
    after building, and the gazetteer's tens of thousands of names are tokenised only once per
    machine, into the place index of the cache directory.  (A scratch copy of the tokenizer
    did the same job at the price of building a second English tokenizer: ~0.5 s of every
    cold start.)
    """
    return nlp.make_doc


def flush_patterns(nlp: Language) -> None:
    """Empty the tokenizer's cache of the patterns just tokenised (see ``pattern_maker``)."""
    flush = getattr(nlp.tokenizer, "_flush_cache", None)
    if callable(flush):
        flush()


def hashes(nlp: Language, words: Any) -> frozenset[int]:
    """The vocabulary hashes of lower-cased words, to find anchor tokens by set membership."""
    return frozenset(nlp.vocab.strings.add(w.lower()) for w in words)


def positions(lowers: list[int], wanted: frozenset[int]) -> list[int]:
    """Indexes of the tokens whose LOWER hash is in ``wanted``: a set lookup per token is cheaper
    than ``np.isin`` on the short arrays of news articles."""
    return [i for i, h in enumerate(lowers) if h in wanted]


def token_attrs(doc: Doc) -> np.ndarray:
    """LOWER, LIKE_NUM, IS_TITLE, IS_DIGIT, IDX (character offset), ORTH of every token, in one C call.

    The taggers look for rare anchor tokens (numbers, month names, echelon words); finding them
    with numpy over this array instead of a Python loop or a token ``Matcher`` keeps the cost of a
    document close to the cost of tokenising it.
    """
    if not len(doc):
        return np.zeros((0, 6), dtype=np.uint64)
    table = token_table(doc)
    if table.attrs is None:
        table.attrs = doc.to_array([LOWER, LIKE_NUM, IS_TITLE, IS_DIGIT, IDX, ORTH])
        table.attrs.flags.writeable = False  # shared by the taggers: read only
    return table.attrs


def token_at(attrs: np.ndarray, char: int) -> int:
    """Index of the token that contains character offset ``char``."""
    return int(np.searchsorted(attrs[:, 4].astype(np.int64), char, side="right")) - 1


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of every sentence start, with ``len(doc)`` appended: from the SENT_START array,
    which is far cheaper than building ``doc.sents``.  A blank line also ends a sentence: a title
    or dateline without a full stop ("Daily Assessment, March 11, 2025") is no part of the first
    sentence after it, though the sentencizer and parsers read them as one; nor is a line of a
    feed or a list opening with a clock time or a bullet part of the line before it."""
    if not len(doc):
        return [0]
    starts = doc.to_array([SENT_START]).astype(np.int64).ravel()
    bounds = set(np.nonzero(starts == 1)[0].tolist()) | {0}
    words = token_table(doc).words
    bounds |= {i + 1 for i, w in enumerate(words) if i + 1 < len(words) and "\n" in w
               and (w.count("\n") >= 2 or _CLOCK.match(words[i + 1])
                    or (_BULLET.match(words[i + 1]) and (i == 0 or words[i - 1] not in (":", ";", ","))))}
    return [*sorted(bounds), len(doc)]


# a line that opens with a clock time or a bullet is a report of its own ("07:40 Turkish drone hit a
# vehicle", "- Russian drones struck Odesa"): live feeds and lists leave out the full stops.  Bullets
# after "includes:" or ending in ";" continue their sentence (a package's list of items).
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d$")
_BULLET = re.compile(r"[-–—•*·▪●]$")


def span_group(doc: Doc, key: str = SPAN_KEY) -> SpanGroup:
    if key not in doc.spans:
        doc.spans[key] = []
    group: SpanGroup = doc.spans[key]  # SpanGroups.__getitem__ is untyped
    return group


MASK_KEY = "_conflict_ie_mask"


def claimed(doc: Doc, labels: set[str] | None = None) -> bytearray:
    """One byte per token, 1 where an earlier tagger placed a span (of ``labels`` if given).

    The masks are kept in ``doc.user_data`` (one per label set, valid while the group keeps its
    size; dropped by the combined component), since iterating a SpanGroup builds a Python object,
    and three ``Token`` objects, per span each time."""
    key = MASK_KEY if labels is None else MASK_KEY + ":" + ",".join(sorted(labels))
    cached = doc.user_data.get(key)
    if cached is not None and len(cached) == len(doc) and len(span_group(doc)) == doc.user_data.get(key + "_n", -1):
        return bytearray(cached)
    mask = bytearray(len(doc))
    count = 0
    if SPAN_KEY in doc.spans:
        for span in doc.spans[SPAN_KEY]:
            count += 1
            if labels is None or span.label_ in labels:
                mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    doc.user_data[key] = bytes(mask)
    doc.user_data[key + "_n"] = count
    return mask


def cached_count(doc: Doc) -> int:
    count: int = doc.user_data.get(MASK_KEY + "_n", -1)
    return count


def add_spans(doc: Doc, spans: list[tuple[int, int, str, dict[str, Any]]], nestable: frozenset[int] = frozenset()) -> None:
    """Add (start_token, end_token, label, norm) spans to the group, longest first without overlaps;
    a span may hold the earlier tags on the tokens of ``nestable`` ("at least 18 Iran-backed
    fighters" holds the ACTOR "Iran", as the fixtures nest them)."""
    if not spans:
        return
    group = span_group(doc)
    taken = claimed(doc)
    spans = sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0]))
    chosen = []
    for start, end, label, norm in spans:
        if start >= end or (any(taken[start:end]) and (not nestable or any(
                taken[k] and k not in nestable for k in range(start, end)))):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, label, norm))
    for start, end, label, norm in sorted(chosen):
        span = Span(doc, start, end, label=label)
        span._.norm = norm
        group.append(span)
    doc.user_data[MASK_KEY] = bytes(taken)
    doc.user_data[MASK_KEY + "_n"] = len(group)


class _Norm:
    """What ``span._`` gives the readers of a ``Tag``: its ``norm``, read once."""

    __slots__ = ("norm",)

    def __init__(self, norm: dict[str, Any] | None) -> None:
        self.norm = norm


class Tag(Span):
    """A tagged span whose ``label_``, ``text`` and ``_.norm`` are plain attributes.

    On a ``Span`` each of them is rebuilt at every access (the label from the string store, the
    text from the tokens, the norm through an ``Underscore`` and a ``user_data`` look-up): about
    7 µs for the three, and the resolver's rules read them thousands of times per document.  A
    ``Tag`` is a ``Span`` (same doc, offsets, label, equality), so everything else about it works
    as before; it is a read-only copy, made once per document by ``tags_of``.
    """

    # shadow the Cython properties so that the instance attributes set in ``of`` are found first
    label_ = ""
    text = ""
    _ = None  # type: ignore[assignment]

    @classmethod
    def of(cls, span: Span, table: TokenTable | None = None) -> Tag:
        """The ``Tag`` of ``span``; ``table`` is its document's token table, when the caller has it."""
        doc, start, end = span.doc, span.start, span.end
        tag = cls(doc, start, end, label=span.label)
        text = (table or token_table(doc)).text(start, end)
        tag.__dict__.update(label_=span.label_, text=text, _=_Norm(span._.norm))
        return tag


def tags_of(doc: Doc, key: str) -> list[Span]:
    """The spans of ``doc.spans[key]`` as ``Tag`` objects (none when the group is absent)."""
    if key not in doc.spans:
        return []
    table = token_table(doc)
    return [Tag.of(span, table) for span in doc.spans[key]]


def drop_caches(doc: Doc) -> None:
    """Remove the working caches from ``doc.user_data`` so that they are not pickled or saved."""
    for key in [k for k in doc.user_data if k == TEXT_KEY or (isinstance(k, str) and k.startswith(MASK_KEY))]:
        doc.user_data.pop(key, None)


def merge_extra(base: dict[str, Any], more: dict[str, Any]) -> dict[str, Any]:
    """``more`` laid over ``base`` without changing either: nested dicts merge, lists gain the items
    they lack, anything else is replaced.  Lets ``add_lexicon`` be called several times (one file
    per team, say) without the later call dropping what an earlier one added."""
    out = dict(base)
    for key, value in more.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge_extra(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


def configured_extra(path: str | Path | None) -> tuple[dict[str, Any], Path | None]:
    """The extras a factory's ``extra_lexicon`` config names, and the path if it no longer exists.

    ``spacy.load`` calls the factory with the saved config *before* ``from_disk`` restores the
    extras saved with the pipeline, so a file that was moved or deleted since must not fail here;
    the component remembers the path and fails on its first document only if nothing restored it.
    """
    if not path:
        return {}, None
    file = Path(path)
    if not file.exists():
        return {}, file
    return LexiconComponent.read_extra(file), None


def missing_source_error(name: str, path: Path) -> FileNotFoundError:
    return FileNotFoundError(
        f"{name}: extra_lexicon {str(path)!r} does not exist and no saved lexicon was loaded "
        f"(from_disk/from_bytes); fix the path or add the entries with add_lexicon()"
    )


_T = TypeVar("_T", bound="LexiconComponent")


class LexiconComponent:
    """Base of the taggers: holds a user's extra lexicon entries and saves them with the pipeline.

    The shipped data files are part of the package, so ``to_disk`` only writes what the user
    added; ``from_disk`` reads it back and rebuilds the matchers, which gives identical output
    after ``nlp.to_disk`` / ``spacy.load`` without the user's original file.
    """

    file_name = "extra.json"

    def __init__(self, nlp: Language, name: str, extra: dict[str, Any] | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.extra: dict[str, Any] = extra or {}
        self.pending_source: Path | None = None  # a configured file that was missing, see configured_extra
        self.build()
        flush_patterns(self.nlp)

    def build(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def from_config(cls: type[_T], nlp: Language, name: str, path: str | Path | None) -> _T:
        """What the factories build: the extras of ``path`` if it exists, else none until restored."""
        data, missing = configured_extra(path)
        component = cls(nlp, name, data)
        component.pending_source = missing
        return component

    def require_source(self) -> None:
        """Raise if the configured extra lexicon was missing and nothing restored the extras."""
        if self.pending_source is not None:
            raise missing_source_error(self.name, self.pending_source)

    @staticmethod
    def read_extra(path: str | Path | None) -> dict[str, Any]:
        if not path:
            return {}
        with open(path, encoding="utf-8") as fh:
            return cast(dict[str, Any], json.load(fh))

    def add_lexicon(self, data: dict[str, Any]) -> None:
        """Add entries in code rather than through a config path, so nothing outside the pipeline
        is needed to load it again: the entries are saved by ``to_disk``/``to_bytes``."""
        self.extra = merge_extra(self.extra, data)
        self.build()
        flush_patterns(self.nlp)

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   extra_lexicon: Any = None) -> None:
        """spaCy's set-up hook (``[initialize.components.<name>]``), which ``spacy.load`` never runs.

        A given lexicon replaces the extras, as ``SpanRuler.initialize`` replaces its patterns;
        without one the extras stay, so ``nlp.initialize()`` for training another component does
        not wipe the user's entries.  ``extra_lexicon`` is a dict or a path, typed ``Any`` because
        spaCy validates these settings with a model built from this signature, which cannot
        resolve the postponed annotation ``dict | str | Path``."""
        if extra_lexicon is None:
            return
        data = extra_lexicon if isinstance(extra_lexicon, dict) else self.read_extra(extra_lexicon)
        self._restore(data)

    def _restore(self, data: dict[str, Any]) -> None:
        """Take ``data`` as the whole extra lexicon; rebuild only if it differs (building the place
        matcher costs most of a second, and a fresh component already holds the empty lexicon)."""
        self.pending_source = None
        if data != self.extra:
            self.extra = data
            self.build()
            flush_patterns(self.nlp)

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = cast(Path, ensure_path(path))
        path.mkdir(parents=True, exist_ok=True)
        with open(path / self.file_name, "w", encoding="utf-8") as fh:
            json.dump(self.extra, fh, ensure_ascii=False, indent=1, sort_keys=True)

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> LexiconComponent:
        path = cast(Path, ensure_path(path))
        file = path / self.file_name
        if file.exists():
            with open(file, encoding="utf-8") as fh:
                self._restore(json.load(fh))
        return self

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return json.dumps(self.extra, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> LexiconComponent:
        self._restore(json.loads(data.decode("utf-8")))
        return self
