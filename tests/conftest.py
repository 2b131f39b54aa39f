"""Shared fixtures: one pipeline per base for the whole session (building one takes a second)."""

from __future__ import annotations

import pytest

import conflict_ie
from conflict_ie.pipeline import installed_statistical


@pytest.fixture(scope="session")
def nlp():
    return conflict_ie.load("blank")


@pytest.fixture(scope="session")
def nlp_stat():
    name = installed_statistical()
    if name is None:
        pytest.skip("no statistical English pipeline installed (pip install 'conflict-ie[model]')")
    return conflict_ie.load(name)


@pytest.fixture(scope="session", params=["blank", "statistical"])
def any_nlp(request):
    """Both bases: tests using this run on the blank base and, when installed, on a statistical one."""
    if request.param == "blank":
        return conflict_ie.load("blank")
    name = installed_statistical()
    if name is None:
        pytest.skip("no statistical English pipeline installed (pip install 'conflict-ie[model]')")
    return conflict_ie.load(name)
