"""RANK: military ranks with their holder's name and NATO grade code.

The ladders live in ``lexicon/ranks.jsonl``; the context rules (civilian titles such as
"Attorney General", words that never start a name such as "Staff") in ``lexicon/rank_rules.json``.
Words that are also everyday English ("Major", "General", "Private") and abbreviations ("Gen.")
only count as ranks when a name follows them; plurals ("three generals") count without one.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .. import lexicon
from .base import LexiconComponent, add_spans, pattern_maker

_FOLLOWERS_OK = {
    "said", "says", "who", "was", "is", "has", "had", "and", "in", "of", "from", "to", "at", "told", "added",
    "wrote", "noted", "commanding", "leading", "responsible", "in charge", "overseeing", "were", "are",
}
_DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "five", "several", "senior", "top", "retired", "former",
                "serving", "another", "other", "his", "her", "their", "its", "russian", "ukrainian", "american",
                "israeli", "north", "korean", "chinese", "british", "iranian", "u.s.", "us", "high-ranking", "ranking"}


class RankTagger(LexiconComponent):
    file_name = "ranks.json"

    def build(self) -> None:
        rules = lexicon.rank_rules()
        entries = lexicon.ranks() + self.extra.get("ranks", [])
        make = pattern_maker(self.nlp)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.forms: dict[str, dict[str, Any]] = {}
        for entry in entries:
            canonical = entry["rank"]
            forms: list[tuple[str, bool]] = [(canonical, False), (lexicon.plural(canonical), True)]
            for alias in entry.get("aliases", []):
                forms.append((alias, False))
                if alias.replace("-", "").replace(" ", "").isalpha() and not alias.isupper():
                    forms.append((lexicon.plural(alias), True))
            for form, is_plural in forms:
                key = f"{canonical}|{form}|{int(is_plural)}"
                self.forms[key] = {
                    "rank": canonical,
                    "grade": entry.get("grade"),
                    "plural": is_plural,
                    "single_word": len(form.split()) == 1 and "-" not in form,
                    "abbrev": "." in form or (form.isupper() and len(form) <= 5),
                    "ambiguous": bool(entry.get("ambiguous")),
                }
                patterns = [make(form)]
                in_context = make(form + " Smith")
                if len(in_context) > 1 and [t.text for t in in_context[:-1]] != [t.text for t in patterns[0]]:
                    patterns.append(in_context[:-1].as_doc())
                self.matcher.add(key, patterns)
        self.civil_before = {w.lower() for w in rules["civil_before"]}
        self.civil_exempt = {k: {v.lower() for v in vs} for k, vs in rules["civil_before_exempt"].items()}
        self.not_name = set(rules["not_name"])
        self.particles = {p.lower() for p in rules["name_particles"]}
        self.max_name = int(rules["max_name_tokens"])
        self.lower_ok = {w.lower() for w in rules["always_accept_lowercase"]}

    def _name(self, doc: Doc, k: int) -> int:
        """End of the personal name that starts at token ``k`` (== k when there is none)."""
        n = len(doc)
        j = k
        while j < n and j - k < self.max_name:
            tok = doc[j]
            text = tok.text
            if tok.is_title and text not in self.not_name and (tok.is_alpha or "-" in text or "'" in text):
                j += 1
            elif text.lower() in self.particles and j > k and j + 1 < n and doc[j + 1].is_title:
                j += 1
            elif j > k and text in ("-",) and j + 1 < n and doc[j + 1].is_title:
                j += 1
            else:
                break
        return j

    def __call__(self, doc: Doc) -> Doc:
        self.require_source()
        matches = self.matcher(doc)
        if not matches:
            return doc
        strings = self.nlp.vocab.strings
        # longest match wins at each start; overlapping shorter ones are dropped
        best: dict[int, tuple[int, str]] = {}
        for match_id, start, end in matches:
            key = strings[match_id]
            if start not in best or best[start][0] < end:
                best[start] = (end, key)
        spans = []
        covered_to = -1
        for start in sorted(best):
            end, key = best[start]
            if start < covered_to:
                continue
            info = self.forms[key]
            span = doc[start:end]
            prev = doc[start - 1].lower_ if start > 0 else ""
            if prev in self.civil_before and info["rank"].lower() not in self.civil_exempt.get(prev, set()):
                continue
            name_end = self._name(doc, end)
            has_name = name_end > end and not info["plural"]
            text = span.text
            if text.islower():
                if text.lower() not in self.lower_ok:
                    continue
                if not info["plural"]:
                    nxt = doc[end].lower_ if end < len(doc) else "."
                    if prev not in _DETERMINERS or (doc[end].is_alpha and nxt not in _FOLLOWERS_OK if end < len(doc) else False):
                        continue
            elif (info["ambiguous"] and info["single_word"]) or info["abbrev"]:
                if not has_name:
                    continue
            elif not has_name and not info["plural"] and span[0].is_sent_start and info["single_word"]:
                continue
            stop = name_end if has_name else end
            person = doc[end:stop].text if has_name else None
            spans.append((start, stop, "RANK", {"rank": info["rank"], "person": person, "grade": info["grade"]}))
            covered_to = stop
        add_spans(doc, spans)
        return doc


@Language.factory(
    "conflict_ie_ranks",
    default_config={"extra_lexicon": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_ranks(nlp: Language, name: str, extra_lexicon: str | None) -> RankTagger:
    """A configured ``extra_lexicon`` file that no longer exists waits for ``from_disk``: see ``configured_extra``."""
    return RankTagger.from_config(nlp, name, extra_lexicon)
