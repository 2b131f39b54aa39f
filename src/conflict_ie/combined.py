"""``conflict_ie``: all taggers and the resolver as one component, for ``nlp.add_pipe("conflict_ie")``.

Users who want only some labels add the individual factories instead; this wrapper exists so
that the common case is one line on top of any English pipeline, and so that the taggers run in
the order their token claims rely on (units, ranks, dates, places, quantities, then events).
It sits above both ``components`` and ``resolve`` so that imports run one way: the taggers know
nothing of the resolver, and the resolver only reads the taggers' shared helpers.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList, ensure_path

from .components.base import (
    LexiconComponent,
    configured_extra,
    drop_caches,
    merge_extra,
    missing_source_error,
    span_group,
)
from .components.dates import DateTagger
from .components.places import PlaceTagger
from .components.quantities import QuantityTagger
from .components.ranks import RankTagger
from .components.units import UnitTagger
from .resolve.component import Resolver

ORDER: tuple[tuple[str, type[LexiconComponent]], ...] = (
    ("units", UnitTagger),
    ("ranks", RankTagger),
    ("dates", DateTagger),
    ("places", PlaceTagger),
    ("quantities", QuantityTagger),
)


LEXICON_FILE = "extra_lexicon.json"
RESOLVER_KEY = "triggers"  # the part of the extra lexicon that the resolver reads


def _extra_key(part: str) -> str:
    return RESOLVER_KEY if part == "resolver" else part


class ConflictIE:
    """The taggers and the resolver, with the user's extra lexicon as the component's own data.

    The extras are serialised whole (``to_disk``/``to_bytes``) and the parts are rebuilt from them
    on ``from_disk``/``from_bytes``, so a saved pipeline needs neither the user's original file
    nor the config path that named it.  The resolver has no byte serialisation of its own, which
    is why the parts are rebuilt from the restored extras rather than restored one by one.
    """

    def __init__(self, nlp: Language, name: str, extra_lexicon: dict[str, Any] | None = None, resolve: bool = True) -> None:
        self.nlp = nlp
        self.name = name
        self.resolve = resolve
        self.extra: dict[str, Any] = {}
        self.pending_source: Path | None = None  # a configured file that was missing, see configured_extra
        self.parts: list[tuple[str, Any]] = []
        self._use(extra_lexicon or {})

    def _make_part(self, key: str) -> Any:
        part_name = f"{self.name}.{key}"
        if key == "resolver":
            return Resolver(self.nlp, part_name, self.extra.get(RESOLVER_KEY, {}))
        return dict(ORDER)[key](self.nlp, part_name, self.extra.get(key, {}))

    def _use(self, extra: dict[str, Any]) -> None:
        """Take ``extra`` as the whole extra lexicon and rebuild the parts whose share changed.

        Only changed parts are rebuilt because building them (the place gazetteer above all) is
        most of the cost of loading a pipeline, and restoring a pipeline saved without extras
        into a fresh component changes nothing."""
        if not isinstance(extra, dict):
            raise TypeError(f"{self.name}: the extra lexicon must be a JSON object, not {type(extra).__name__}")
        old, self.extra = self.extra, copy.deepcopy(extra)
        current = dict(self.parts)
        keys = [key for key, _ in ORDER] + (["resolver"] if self.resolve else [])
        parts = []
        for key in keys:
            part = current.get(key)
            if part is None or old.get(_extra_key(key), {}) != self.extra.get(_extra_key(key), {}):
                part = self._make_part(key)
            parts.append((key, part))
        self.parts = parts

    def __call__(self, doc: Doc) -> Doc:
        if self.pending_source is not None:
            raise missing_source_error(self.name, self.pending_source)
        span_group(doc)  # present even when nothing is found, so readers need no special case
        for _, part in self.parts:
            doc = part(doc)
        drop_caches(doc)
        return doc

    def add_lexicon(self, data: dict[str, Any]) -> None:
        """Add user entries ({"units": {...}, "triggers": {...}, ...}) to those already held.

        This is how ``conflict_ie.load(extra_lexicon=path)`` hands over the file it read: the
        config then stores no path, and the entries travel with the pipeline's own data."""
        from . import lexicon

        self._use(merge_extra(self.extra, lexicon.validate_extra(data, "extra lexicon")))

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   extra_lexicon: Any = None) -> None:
        """spaCy's set-up hook (``[initialize.components.conflict_ie]``), never run by ``spacy.load``.

        A given lexicon (dict or path) replaces the extras, as ``SpanRuler.initialize`` replaces its
        patterns; without one the extras stay, so ``nlp.initialize()`` for training another
        component does not wipe the user's entries.  ``extra_lexicon`` is a dict or a path, typed
        ``Any`` because spaCy validates these settings with a model built from this signature,
        which cannot resolve the postponed annotation ``dict | str | Path``."""
        if extra_lexicon is None:
            return
        data = extra_lexicon if isinstance(extra_lexicon, dict) else LexiconComponent.read_extra(extra_lexicon)
        self._restore(data)

    def _restore(self, data: dict[str, Any]) -> None:
        """Saved (or initialised) extras replace whatever the factory read, and settle a missing
        configured file: the pipeline's own data is what it runs with."""
        self.pending_source = None
        self._use(data)

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        serializers = {"extra_lexicon": lambda: srsly.json_dumps(self.extra, sort_keys=True)}
        return util.to_bytes(serializers, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> ConflictIE:
        deserializers = {"extra_lexicon": lambda b: self._restore(srsly.json_loads(b))}
        util.from_bytes(bytes_data, deserializers, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        path = cast(Path, ensure_path(path))
        path.mkdir(parents=True, exist_ok=True)
        if "extra_lexicon" not in exclude:
            srsly.write_json(path / LEXICON_FILE, self.extra)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> ConflictIE:
        path = cast(Path, ensure_path(path))
        if "extra_lexicon" in exclude:
            return self
        file = path / LEXICON_FILE
        data = srsly.read_json(file) if file.exists() else _read_part_dirs(path)
        if data is not None:
            self._restore(data)
        return self


def _read_part_dirs(path: Path) -> dict[str, Any] | None:
    """The extras of a pipeline saved before they were kept in one file: one directory per part
    (``units/units.json``, ..., ``resolver/triggers.json``); None if there is none of them."""
    files = [(key, path / key / cls.file_name) for key, cls in ORDER]
    files.append((RESOLVER_KEY, path / "resolver" / "triggers.json"))
    found = [(key, file) for key, file in files if file.exists()]
    if not found:
        return None
    return {key: data for key, file in found if (data := srsly.read_json(file))}


@Language.factory(
    "conflict_ie",
    default_config={"extra_lexicon": None, "resolve": True},
    assigns=["doc.spans", "doc._.events"],
)
def make_conflict_ie(nlp: Language, name: str, extra_lexicon: str | None, resolve: bool) -> ConflictIE:
    """``extra_lexicon`` is kept so that existing configs still build, but ``conflict_ie.load``
    leaves it null and uses ``add_lexicon``.  A configured file that no longer exists is not an
    error here, since ``spacy.load`` restores the saved extras only after calling the factory;
    the component raises on its first document if nothing restored them."""
    data, missing = configured_extra(extra_lexicon)
    component = ConflictIE(nlp, name, data, resolve)
    component.pending_source = missing
    return component
