"""``conflict_ie``: all taggers and the resolver as one component, for ``nlp.add_pipe("conflict_ie")``.

Users who want only some labels add the individual factories instead; this wrapper exists so
that the common case is one line on top of any English pipeline, and so that the taggers run in
the order their token claims rely on (units, ranks, dates, places, quantities, then events).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..resolve.component import Resolver
from .base import LexiconComponent, drop_caches, span_group
from .dates import DateTagger
from .places import PlaceTagger
from .quantities import QuantityTagger
from .ranks import RankTagger
from .units import UnitTagger

ORDER: tuple[tuple[str, type[LexiconComponent]], ...] = (
    ("units", UnitTagger),
    ("ranks", RankTagger),
    ("dates", DateTagger),
    ("places", PlaceTagger),
    ("quantities", QuantityTagger),
)


class ConflictIE:
    def __init__(self, nlp: Language, name: str, extra_lexicon: dict[str, Any] | None, resolve: bool) -> None:
        self.name = name
        self.extra = extra_lexicon or {}
        self.resolve = resolve
        self.parts: list[tuple[str, Any]] = [
            (key, cls(nlp, f"{name}.{key}", self.extra.get(key, {}))) for key, cls in ORDER
        ]
        if resolve:
            self.parts.append(("resolver", Resolver(nlp, f"{name}.resolver", self.extra.get("triggers", {}))))

    def __call__(self, doc: Doc) -> Doc:
        span_group(doc)  # present even when nothing is found, so readers need no special case
        for _, part in self.parts:
            doc = part(doc)
        drop_caches(doc)
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for key, part in self.parts:
            if hasattr(part, "to_disk"):
                part.to_disk(path / key)

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> ConflictIE:
        path = ensure_path(path)
        for key, part in self.parts:
            if hasattr(part, "from_disk") and (path / key).exists():
                part.from_disk(path / key)
        return self


def _read_extra(path: str | None) -> dict[str, Any]:
    """One user file extends any part: {"units": {...}, "ranks": {...}, "quantities": {...}, "dates": {...},
    "places": {...}, "triggers": {"types": {"attack": {"verbs": [...]}}}}."""
    return LexiconComponent.read_extra(path)


@Language.factory(
    "conflict_ie",
    default_config={"extra_lexicon": None, "resolve": True},
    assigns=["doc.spans", "doc._.events"],
)
def make_conflict_ie(nlp: Language, name: str, extra_lexicon: str | None, resolve: bool) -> ConflictIE:
    return ConflictIE(nlp, name, _read_extra(extra_lexicon), resolve)
