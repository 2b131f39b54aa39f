"""Reading numbers written the ways news writes them: "2,100", "3.5 million", "twenty-five",
"two hundred and fifty", "2bn", "a dozen".

Kept apart from the quantity tagger because the date tagger reads day numbers and the
resolver reads nothing else: one reader, one set of rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .. import lexicon

_DIGITS = re.compile(r"^[+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\d{1,3}(?:\s\d{3})+$")
_VULGAR = re.compile(r"^(?:\d{1,3}(?:,\d{3})*|\d+)?[\u00BC-\u00BE\u2150-\u215E]$")
_ATTACHED_SCALE = re.compile(r"^(\d+(?:[.,]\d+)?)([a-z]{1,3})$", re.I)
_DASH_RANGE = re.compile(r"^(\d[\d,.]*)[-–—](\d[\d,.]*)$")
_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_GROUP = re.compile(r"^\d{3}$")
_SMALL = re.compile(r"^\d{1,3}$")
_MINUS = ("-", "−", "–")


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    digit_only_scales: frozenset[str]
    attached_only: frozenset[str]
    money_letters: dict[str, int]
    collectives: dict[str, int]
    denominators: dict[str, int]
    negative: frozenset[str]


@cache
def words() -> NumberWords:
    data = lexicon.numbers()
    return NumberWords(
        units=data["units"],
        tens=data["tens"],
        scales=data["scales"],
        digit_only_scales=frozenset(data["scale_abbreviations_need_digits"]),
        attached_only=frozenset(data.get("scale_abbreviations_attached_only", [])),
        money_letters=data.get("scale_letters_after_money", {}),
        collectives=data["collectives"],
        denominators=data.get("denominators", {}),
        negative=frozenset(data.get("negative", [])),
    )


def digits_value(text: str) -> float | None:
    """The value of one numeric token ("2,100", "3.5", "2bn", "−40"), or None."""
    if len(text) > 1 and text[0] in _MINUS and text[1].isdigit():
        value = digits_value(text[1:])
        return None if value is None else -value
    if _DIGITS.match(text):
        return _num(float(text.replace(",", "").replace(" ", "")))
    if _VULGAR.match(text):
        # "1½", "¾": a vulgar fraction character after the whole number (unicodedata knows its value)
        whole = text[:-1]
        return _num((float(whole.replace(",", "")) if whole else 0.0) + unicodedata.numeric(text[-1]))
    m = _ATTACHED_SCALE.match(text)
    if m:
        scale = words().scales.get(m.group(2).lower())
        if scale is not None and m.group(2).lower() in words().digit_only_scales:
            return _num(float(m.group(1).replace(",", "")) * scale)  # "2bn", "1.2tn": the abbreviations of numbers.json
    return None


def dash_range(text: str) -> tuple[float, float] | None:
    """A token such as "2,000–3,000" as (low, high)."""
    m = _DASH_RANGE.match(text)
    if not m:
        return None
    low, high = digits_value(m.group(1)), digits_value(m.group(2))
    if low is None or high is None or low >= high:
        return None
    return low, high


def fraction_value(text: str) -> float | None:
    """A written fraction token ("1/2", "3/4") below one, or None ("9/11", "24/7" are not)."""
    m = _FRACTION.match(text)
    if not m:
        return None
    num, den = int(m.group(1)), int(m.group(2))
    if num == 0 or num >= den or den not in (2, 3, 4, 8, 16):
        return None
    return num / den


def is_number_word(lower: str) -> bool:
    w = words()
    return lower in w.units or lower in w.tens or (lower in w.scales and lower not in w.digit_only_scales)


def _num(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def parse(tokens: list[str]) -> tuple[float | None, int]:
    """Parse a number from the start of ``tokens``; return (value, number of tokens used).

    Handles digits followed by scale words ("3.5 million"), space-grouped thousands ("25 000"),
    mixed numbers and fractions ("3 1/2", "1/2"), number words with hyphens and "and"
    ("two hundred and fifty", "twenty-five"), "a hundred", and fractions after spelled numbers
    ("two thirds", "two and a half").
    """
    if not tokens:
        return None, 0
    value = digits_value(tokens[0])
    if value is not None:
        return _parse_digits(tokens, value)
    frac = fraction_value(tokens[0])  # "1/2 inch"
    if frac is not None:
        return frac, 1
    value, used = _parse_words(tokens)
    if value is None:
        return None, 0
    return _with_fraction(tokens, value, used)


def _parse_digits(tokens: list[str], value: float) -> tuple[float | None, int]:
    w, n, i = words(), len(tokens), 1
    # groups of three digits after a space: "25 000"
    while _SMALL.match(tokens[i - 1]) and i < n and _GROUP.match(tokens[i]) and (i > 1 or value > 0):
        value = _num(value * 1000 + int(tokens[i]))
        i += 1
    # a mixed number: "3 1/2"
    if i == 1 and i < n and float(value).is_integer():
        frac = fraction_value(tokens[i])
        if frac is not None:
            return _num(value + frac), 2
    # digits may be followed by scale words: "3.5 million", "1.2 bn", "10 thousand"
    while i < n and tokens[i].lower() in w.scales and tokens[i].lower() not in w.attached_only:
        value = _num(value * w.scales[tokens[i].lower()])
        i += 1
    return value, i


def _parse_words(tokens: list[str]) -> tuple[float | None, int]:
    """Number words: (value, tokens used), or (None, 0)."""
    w, n = words(), len(tokens)
    first = tokens[0].lower()
    total = current = 0.0
    i = used = 0
    seen = False
    if n > 1 and first == "a" and tokens[1].lower() in w.scales and tokens[1].lower() not in w.digit_only_scales:
        current, seen, i, used = 1, True, 1, 1  # "a hundred and two"
    while i < n:
        low = tokens[i].lower()
        if (low in w.units or low in w.tens) and seen and (current % 10 or 10 <= current % 100 < 20):
            break  # "five one-way drones": a unit or a ten follows only a ten ("twenty-one") or a scale
        if low in w.units or low in w.tens:
            current += w.units.get(low, 0) + w.tens.get(low, 0)
        elif low in w.scales and low not in w.digit_only_scales:
            if not seen and not current:
                break
            if w.scales[low] == 100:
                current = (current or 1) * 100
            else:
                total, current = total + (current or 1) * w.scales[low], 0
        elif low in ("-", "and") and seen and i + 1 < n and (tokens[i + 1].lower() in w.units or tokens[i + 1].lower() in w.tens):
            i += 1
            continue
        else:
            break
        seen, i = True, i + 1
        used = i
    if not seen or (used == 1 and first == "a"):
        return None, 0
    return total + current, used


def _with_fraction(tokens: list[str], value: float, used: int) -> tuple[float | None, int]:
    """Fractions after a spelled number: "two thirds", "one-half", "two and a half"."""
    w = words()
    rest = [t.lower() for t in tokens[used : used + 3]]
    if rest[:1] and rest[0] in w.denominators and value < 20:
        return value / w.denominators[rest[0]], used + 1
    if rest[:2] and rest[0] == "-" and rest[1] in w.denominators and value < 20:
        return value / w.denominators[rest[1]], used + 2
    if rest[:3] and rest[0] == "and" and rest[1] in ("a", "one") and rest[2] in w.denominators:
        return _num(value + 1 / w.denominators[rest[2]]), used + 3
    return _num(value), used


def glued_scale(word: str) -> float | None:
    """The scale of an abbreviation that scales only written onto digits ("m", "bn", "k"): for a
    sum whose scale the tokenizer split off with the sentence's full stop ("£5m." -> "5", "m.")."""
    w = words()
    return float(w.scales[word]) if word in w.digit_only_scales and word in w.scales else None


def money_scale(word: str) -> float | None:
    """The scale of a letter that scales only when written onto digits ("2b"), when it follows a
    sum of money with a space ("$3.4 b"), or of a letter that scales money only ("$2.174T"): after a
    currency it cannot be a unit."""
    w = words()
    if word in w.money_letters:
        return float(w.money_letters[word])
    return float(w.scales[word]) if word in w.attached_only and word in w.scales else None
