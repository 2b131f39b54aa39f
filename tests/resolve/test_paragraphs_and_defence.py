"""Classes from the d19-d22 fixtures (styles written by others, labelled before the rules): a
headline or title line is no part of the first sentence after it; defence verbs ("repelled 27
Russian assaults") name the assaulting side as the attacker; what a force is able to do is no
event ("our ability to move forces")."""

from __future__ import annotations

import pytest

from tests.helpers import run


def events(nlp, text, published="2025-03-11"):
    return [e for e in run(nlp, text, published)._.events if e.get("modality", "asserted") == "asserted"]


@pytest.mark.parametrize("text,day", [
    ("Russian Offensive Campaign Assessment, March 11, 2025\n\nRussian forces shelled Kherson on March 9.", "2025-03-09"),
    ("WORLD NEWS ROUNDUP, March 7\n\nGunmen attacked a police post near Gao, killing four officers.", None),
    ("Situation report, 2 March 2025\n\nArmed men attacked a convoy near Kidal and killed three drivers.", None),
])
def test_a_title_line_does_not_date_the_first_sentence(nlp, text, day):
    found = [e for e in events(nlp, text) if e["type"] == "attack"]
    assert found, text
    assert (found[0]["time"] or {}).get("start") == day, found[0]


@pytest.mark.parametrize("text,actor,recipient,count", [
    ("Ukrainian forces repelled 27 Russian assaults near Pokrovsk in the past day.", "RUS", "UKR", 27),
    ("Israeli troops repulsed two attacks by Hezbollah fighters near Metula on Sunday.", None, "ISR", 2),
    ("Malian soldiers repelled an attack by JNIM militants on their base near Boni.", None, "MLI", None),
    ("Russian troops repelled a Ukrainian counteroffensive near Robotyne.", "UKR", "RUS", None),
])
def test_a_repelled_attack_is_the_assailants(nlp, text, actor, recipient, count):
    found = [e for e in events(nlp, text) if e["type"] == "attack"]
    assert len(found) == 1, found
    ev = found[0]
    if actor is not None:
        assert (ev["actor"] or {}).get("country") == actor, ev
    else:
        assert (ev["actor"] or {}).get("name") in ("Hezbollah", "JNIM"), ev
    assert (ev["recipient"] or {}).get("country") == recipient, ev
    assert (ev["quantity"] or {}).get("value") == count, ev
