from __future__ import annotations

import pytest

from conflict_ie.components import numbers


@pytest.mark.parametrize("tokens,value,used", [
    (["2,100"], 2100, 1),
    (["3.5", "million"], 3_500_000, 2),
    (["twenty", "-", "five"], 25, 3),
    (["two", "hundred", "and", "fifty"], 250, 4),
    (["one", "thousand", "two", "hundred"], 1200, 4),
    (["2bn"], 2_000_000_000, 1),
    (["10k"], 10_000, 1),
    (["soldiers"], None, 0),
])
def test_parse(tokens, value, used):
    assert numbers.parse(tokens) == (value, used)


def test_dash_range():
    assert numbers.dash_range("2,000–3,000") == (2000, 3000)
    assert numbers.dash_range("3,000-2,000") is None


def test_a_unit_word_after_a_unit_word_is_another_number():
    from conflict_ie.components import numbers

    assert numbers.parse(["five", "one", "-", "way", "drones"]) == (5, 1)  # "five one-way attack drones"
    assert numbers.parse(["twenty", "one"]) == (21, 2)
    assert numbers.parse(["one", "hundred", "five"]) == (105, 3)
