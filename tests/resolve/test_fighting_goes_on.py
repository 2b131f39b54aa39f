"""Fighting that goes on somewhere, and a ship or site struck by a named weapon, are attacks
(RECORDS.md).  Fixtures written blind: "Fighting continued in Kursk Oblast on June 3" (d227, ISW),
"Fighting was also reported around Budalin" (d51), "Fighting then spread east to Souq al-Juma" and
"Fighting that has raged across Tripoli since Monday night" (d49), "Fighting has pitted Wazalendo
militiamen against AFC/M23 rebels since Wednesday in ... the Uvira territory" (d230); "a bulk carrier
... was hit by an anti-ship ballistic missile about 68 nautical miles west of ... Hodeidah" (d26),
"The tanker Sea Amber was targeted in the Gulf of Aden with a cruise missile" (d45).  "fighting"
and "hit" ask for a force, a count or a weapon; the subject that fights is often unnamed."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def attacks(nlp, text):
    return [(e.get("location") or {}).get("name") for e in events_of(nlp, text, "attack")]


@pytest.mark.parametrize("text,place", [
    ("Fighting continued in Kursk Oblast on June 3.", "Kursk"),
    ("Fighting was also reported around Gao on Tuesday.", "Gao"),
    ("Heavy fighting raged across Tripoli overnight.", "Tripoli"),
    ("Fighting broke out in Kidal on Sunday, residents said.", "Kidal"),
    ("Fighting then spread east to Tessalit.", "Tessalit"),
])
def test_fighting_that_goes_on_somewhere_is_an_attack(nlp, text, place):
    assert place in attacks(nlp, text), attacks(nlp, text)


@pytest.mark.parametrize("text,place", [
    ("A bulk carrier was hit by an anti-ship ballistic missile west of Hodeidah on Monday.", "Hodeidah"),
    ("The tanker Sea Amber was targeted in the Gulf of Aden with a cruise missile, he said.", "Gulf of Aden"),
    ("A fuel depot in Gao was struck by two drones overnight.", "Gao"),
])
def test_a_target_hit_by_a_named_weapon_is_an_attack(nlp, text, place):
    assert place in attacks(nlp, text), attacks(nlp, text)


@pytest.mark.parametrize("text", [
    "Fighting corruption remains a priority in Gao.",
    "The fighting season in Afghanistan begins in spring.",
    "Firefighters were fighting fires in Gao on Monday.",
    "The region around Hodeidah was hit by floods on Monday.",
    "Exports from Gao were hit by a strong dollar.",
    # told before: the strikes and the fighting of earlier sentences
    "The fighting has displaced more than 4,500 families in Gao.",
    "These strikes were conducted as part of the operation in Gao.",
])
def test_other_senses_are_no_attack(nlp, text):
    assert attacks(nlp, text) == []


def test_the_city_is_the_last_city_named_not_one_called_city(nlp):
    # d241 (wire captions, written blind): "the city" after El Obeid was read as Gaza City, named
    # two captions before, because its name ends in "City"
    text = ("Rescuers search the rubble of a house in the Sabra neighbourhood of Gaza City, June 10, 2025.\n\n"
            "Soldiers arrive in El Obeid, North Kordofan state, Sudan, June 9, 2025. The Rapid Support "
            "Forces shelled the city's eastern outskirts last week, residents said.")
    shelled = [e for e in events_of(nlp, text, "attack") if e["trigger"] == "shelled"]
    assert [(e.get("location") or {}).get("name") for e in shelled] == ["El Obeid"]


# "Last week in Burkina Faso, JNIM militants attacked an army base ... in Djibo, Soum province, on 3
# June" (d121, an ACLED overview written blind): of two dates of one event, one inside the other, the
# narrower says when
@pytest.mark.parametrize("text,expected", [
    ("Last week in Mali, militants attacked an army base in Gao, in the north, on 3 June.", ("2025-06-03", "2025-06-03")),
    ("In May, rebels attacked Kidal, residents said, on May 5.", ("2025-05-05", "2025-05-05")),
    ("The army said on Tuesday that rebels had attacked Gao last week.", ("2025-06-02", "2025-06-08")),
])
def test_the_narrower_of_two_dates_dates_the_event(nlp, text, expected):
    found = [((e.get("time") or {}).get("start"), (e.get("time") or {}).get("end")) for e in events_of(nlp, text, "attack")]
    assert found and tuple(str(x) for x in found[0]) == expected, found


def test_a_running_period_keeps_its_range(nlp):
    # "at least 1,086 people had been killed ... since January", said on a day inside that range
    text = "At least 86 people have been killed in Gao since May, officials said on Monday, June 9."
    found = [((e.get("time") or {}).get("start"), (e.get("time") or {}).get("end"))
             for e in events_of(nlp, text, "casualties")]
    assert found and str(found[0][0]) == "2025-05-01", found
