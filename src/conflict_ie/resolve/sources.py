"""Who a sentence credits (an event's ``source``): "according to X", "X said", '"...," said X'.

A source is read as a short noun phrase next to its cue: forward after "according to" and after
an inverted speech verb ('"...," said Nazar Voloshyn'), backward before a speech verb ("the
regional military administration said", "a senior Ukrainian officer told Reuters").  A tag there
(a rank with its holder, a unit, a state) names the source outright; otherwise the phrase is a run
of capitalised words and the organisation nouns and modifiers of ``triggers.json`` ``sources``.
A pronoun is the last speaker.  The source is never the actor: it is read from the cue only.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ..components.base import POSSESSIVE, token_table
from .context import Context, full_name

_DETERMINERS = ("the", "a", "an")
_QUOTES = ('"', "”", "“", "'", "’", "''")


class SourceReader:
    """Reads the source of a sentence; built once per resolver from the ``sources`` lexicon."""

    def __init__(self, strings: Any, data: dict[str, Any], before: list[tuple[str, ...]], speech: set[str]) -> None:
        self.phrases = [(tuple(strings.add(w) for w in p), len(p)) for p in before]  # LOWER hashes
        self.speech = {strings.add(w) for w in speech}
        self.cues = self.speech | {p[0] for p, _ in self.phrases}
        self.org_nouns = set(data.get("org_nouns", []))
        self.org_modifiers = set(data.get("org_modifiers", []))
        self.titles = set(data.get("title_words", []))
        self.pronouns = set(data.get("pronouns", []))
        self.adverbs = set(data.get("verb_adverbs", []))

    def source(self, sent: Span, ctx: Context, tags: list[Span], lower: list[int]) -> str | None:
        """The source the sentence names, or None (``lower``: the LOWER hash of every token)."""
        window = lower[sent.start : sent.end]
        words = set(window)
        if not words & self.cues:
            return None
        doc = sent.doc
        for phrase, n in self.phrases:
            if phrase[0] not in words:
                continue
            for i in [k for k, w in enumerate(window) if w == phrase[0]]:
                if tuple(window[i : i + n]) == phrase:
                    return self.read(doc, sent.start + i + n, ctx, tags, forward=True)
        for i in [sent.start + k for k, w in enumerate(window) if w in self.speech]:
            if not doc[i].is_lower:
                continue  # "United States" is no speech verb
            name = self._at_speech_verb(doc, i, sent, ctx, tags)
            if name:
                return name
        return None

    def _at_speech_verb(self, doc: Doc, i: int, sent: Span, ctx: Context, tags: list[Span]) -> str | None:
        """'"...," said Nazar Voloshyn' (inverted: the name follows), else the subject before the verb,
        past adverbs, an apposition's comma and a date ("The Pentagon on Friday announced")."""
        if i > sent.start and i + 1 < sent.end and (doc[i - 1].text == "," or doc[i - 1].text in _QUOTES) \
                and not doc[i + 1].is_punct and (not doc[i + 1].is_lower or doc[i + 1].lower_ in _DETERMINERS):
            name = self.read(doc, i + 1, ctx, tags, forward=True)
            if name:
                return name
        j = i - 1
        while j >= sent.start and doc[j].lower_ in self.adverbs:
            j -= 1
        dates = [t for t in tags if t.label_ == "DATE_RANGE" and t.end == j + 1]
        if dates and dates[0].start > sent.start:
            j = dates[0].start - 1
            if j > sent.start and doc[j].lower_ in ("on", "in", "at", "late", "early"):
                j -= 1
        if j >= sent.start and doc[j].text == "," and j - 1 >= sent.start:
            j -= 1  # "Colonel General Oleksandr Syrskyi, said": skip the comma of an apposition
        return self.read(doc, j, ctx, tags, forward=False) if j >= sent.start else None

    def read(self, doc: Doc, i: int, ctx: Context, tags: list[Span], forward: bool) -> str | None:
        """The source named at token ``i``, reading forward or backward; remembered as the last speaker."""
        if not 0 <= i < len(doc):
            return None
        if doc[i].lower_ in self.pronouns:
            return ctx.last_speaker
        if forward:
            while i < len(doc) - 1 and doc[i].lower_ in _DETERMINERS:
                i += 1
        name = self._tagged(doc, i, tags)
        if name is None:
            name = self._phrase(doc, i, forward)
            if name is not None and forward:
                name = self._apposition(doc, i, tags) or name
            if name is not None and name in self.org_nouns:
                name = _earlier_name(doc, name, i) or name  # "the ministry added": the ministry named before
        if name:
            ctx.last_speaker = name
        return name

    def _tagged(self, doc: Doc, i: int, tags: list[Span]) -> str | None:
        """A rank's holder, a unit or a state tagged at ``i`` ("the 93rd Brigade said")."""
        for tag in tags:
            if tag.label_ == "RANK" and tag.start <= i < tag.end and (tag._.norm or {}).get("person"):
                person = str(tag._.norm["person"])
                return full_name(doc, person, self.titles) if " " not in person else person
        for tag in tags:
            if tag.start <= i < tag.end and tag.label_ in ("MIL_UNIT", "ACTOR"):
                start = tag.start
                if start >= 2 and doc[start - 1].lower_ in POSSESSIVE and doc[start - 2].is_title:
                    start -= 2  # "Ukraine's air force": the possessive belongs to the name
                text = doc[start : tag.end].text
                return text[4:] if text.lower().startswith("the ") else text
        return None

    def _phrase(self, doc: Doc, i: int, forward: bool) -> str | None:
        """A run of capitalised words, possessives and organisation words ("South Korea's defence
        ministry", "regional military administration", "senior Ukrainian officer")."""
        step = 1 if forward else -1
        words: list[str] = []
        j = i
        while 0 <= j < len(doc) and len(words) < 8:
            tok = doc[j]
            low = tok.lower_
            if (tok.is_title or tok.is_upper) and tok.is_alpha or low in POSSESSIVE or low in self.org_nouns \
                    or (low in self.org_modifiers and (words or forward)):
                words.append(tok.text)
                j += step
                continue
            if not forward and words and tok.is_lower and tok.is_alpha and j >= 2 and doc[j - 1].text == "-" \
                    and doc[j - 2].is_title and not doc[j - 2].whitespace_ and not doc[j - 1].whitespace_:
                words.append(doc[j - 2 : j + 1].text)  # "Russian-installed officials", "Iran-backed militia"
                j -= 3
                continue
            break
        if not forward:
            words.reverse()
        return self._clean(doc, words)

    def _clean(self, doc: Doc, words: list[str]) -> str | None:
        """Drop determiners, stray possessives and a title before a person's name; a surname alone
        becomes the fullest earlier mention."""
        while words and (words[0] in ("The", "A", "An") or words[0].lower() in POSSESSIVE):
            words.pop(0)
        while words and words[-1].lower() in POSSESSIVE:
            words.pop()
        people = _trailing_name(words, self.org_nouns, self.titles)
        if people:
            words = people  # "Kharkiv regional governor Oleh Syniehubov" -> "Oleh Syniehubov"
        if not words or (len(words) == 1 and words[0] in self.titles):
            return None
        if all(w.islower() and w in self.org_modifiers and w not in self.org_nouns for w in words):
            return None  # "regional" alone names nobody
        name = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in self.org_nouns:
            name = full_name(doc, words[0], self.titles)
        return name

    def _apposition(self, doc: Doc, i: int, tags: list[Span]) -> str | None:
        """"according to the army spokesman in the area, Captain Anthony Mwalushayi": the person
        named after the comma."""
        for k in range(i, min(len(doc), i + 10)):
            if doc[k].text in (".", ";"):
                return None
            if doc[k].text == "," and k + 1 < len(doc):
                return self._tagged(doc, k + 1, [t for t in tags if t.label_ == "RANK"])
        return None


def _trailing_name(words: list[str], org_nouns: set[str], titles: set[str]) -> list[str]:
    """The capitalised name that ends a phrase after a lower-case word or a title ("governor Oleh
    Syniehubov", "Minister Rustem Umerov"), or [] when the phrase is no such thing."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in titles and words[k - 1].lower() not in org_nouns:
        k -= 1
    if len(words) - k < 2 or k == 0:
        return []
    before = words[k - 1]
    return words[k:] if before.islower() or before in titles else []


def _earlier_name(doc: Doc, noun: str, before: int) -> str | None:
    """The fullest earlier capitalised name ending in ``noun`` ("the ministry" -> "Russian Defence
    Ministry"), or None when the text named none."""
    best: str | None = None
    lowers = token_table(doc).lowers
    for k in range(before):
        if lowers[k] != noun or not doc[k].is_title:
            continue
        j = k
        while j > 0 and doc[j - 1].is_title and doc[j - 1].is_alpha and k - j < 5 and not doc[j - 1].is_sent_start:
            j -= 1
        if j < k and (best is None or k + 1 - j > len(best.split())):
            best = doc[j : k + 1].text
    return best
