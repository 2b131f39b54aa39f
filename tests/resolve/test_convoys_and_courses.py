"""What moves by itself is no delivery.  Fixtures written blind code armoured columns that roll or
drive into a town as deployments ("a convoy of some 50 armed vehicles from Zawiya was filmed
entering through the Janzour gate", "columns of armoured vehicles ... rolled into Tripoli from
Misrata", d237; "Russian tanks rolled into", d16-style wires), and munitions on their course as
strikes, the bare count after them included ("Three of the drones were heading toward Khamis
Mushait and two toward Najran", d238: "two" has no noun of its own).  A supply needs goods handed over: aid trucks that enter a
territory still bring supplies.  The places below are made up or other ones."""

from __future__ import annotations

from functools import partial

import pytest

from tests.helpers import events_of


def kinds(nlp, text):
    return sorted({e["type"] for e in events_of(nlp, text)})


deployments = partial(events_of, etype="deployment")


@pytest.mark.parametrize("text,place,count", [
    ("A convoy of some 50 armed vehicles from Zawiya was filmed entering Gao through the eastern gate.", "Gao", 50),
    ("Twelve armoured vehicles entered Gao on Tuesday.", "Gao", 12),
    ("Columns of armoured vehicles rolled into Gao from Misrata on Wednesday.", "Gao", None),
    ("Russian tanks rolled into Gao before dawn.", "Gao", None),
])
def test_armour_on_the_move_is_deployed(nlp, text, place, count):
    found = deployments(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, found
    assert (found[0].get("quantity") or {}).get("value") == count
    assert "supply" not in kinds(nlp, text)


def test_munitions_on_their_course_strike_whatever_the_count_after_them(nlp):
    # d238 has drones, which items.json does not list as munitions (a drone may be a platform)
    text = "Three of the rockets were heading toward Haifa and two toward Acre."
    assert kinds(nlp, text) == ["attack"]


@pytest.mark.parametrize("text,expected", [
    ("Fifty aid trucks entered Gaza through the Kerem Shalom crossing.", ["supply"]),
    ("Germany sent 18 tanks to Ukraine.", ["supply"]),
    ("The company rolled out a new rifle for the army.", []),
    ("Support for the plan rolled in from the provinces.", []),
])
def test_goods_and_other_senses_stay_as_they_were(nlp, text, expected):
    assert kinds(nlp, text) == expected


# "The three vessels subsequently passed between Yonaguni Island and Iriomote Island into the East
# China Sea", "The two vessels passed east through the Tsugaru Strait into the Pacific Ocean" (d144, a
# Japanese Joint Staff release written blind): ships passing through a strait move themselves
@pytest.mark.parametrize("text,place,count", [
    ("Two Chinese frigates passed through the Osumi Strait into the East China Sea.", "East China Sea", 2),
    ("The three vessels subsequently passed between Yonaguni Island and Iriomote Island into the East China Sea.",
     "East China Sea", 3),
])
def test_ships_passing_a_strait_are_deployed(nlp, text, place, count):
    found = deployments(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, found
    assert (found[0].get("quantity") or {}).get("value") == count


@pytest.mark.parametrize("text", [
    "The bill passed through parliament on Tuesday.",
    "The storm passed near Okinawa on Monday.",
    "Two years passed before the army returned to Gao.",
])
def test_other_passing_moves_no_force(nlp, text):
    assert deployments(nlp, text) == []


# "The ARG's three ships left Norfolk, Va., in late January with about 2,400 sailors" (d179, a fleet
# tracker written blind): ships and aircraft that leave a port sail on deployment, as "departed
# Norfolk" does; troops that leave a town still withdraw from it
def test_ships_that_leave_port_are_deployed(nlp):
    text = "The group's three ships left Norfolk, Va., in late January with about 2,400 sailors."
    found = deployments(nlp, text)
    # (d179 counts the 2,400 sailors "with" them too, which no rule reads yet)
    assert 3 in [(e.get("quantity") or {}).get("value") for e in found], found
    assert all((e.get("origin") or {}).get("name") == "Norfolk" and e.get("location") is None for e in found)
    assert events_of(nlp, text, "withdrawal") == []


def test_troops_that_leave_a_town_withdraw(nlp):
    assert [e["type"] for e in events_of(nlp, "Russian troops left Kherson in November 2022.")] == ["withdrawal"]


# "The USS Gerald R. Ford carrier strike group, with more than 4,000 sailors, arrived in the Caribbean
# on Sunday" (d69, US posts written blind): a warship named by its prefix moves as a force does
@pytest.mark.parametrize("text,place", [
    ("USS Carney arrived in the Red Sea on Monday.", "Red Sea"),
    ("HMS Richmond arrived in the Gulf of Aden on Tuesday.", "Gulf of Aden"),
    ("The USS Gerald R. Ford carrier strike group, with more than 4,000 sailors, arrived in the Caribbean on Sunday.",
     "Caribbean"),
])
def test_a_named_warship_arriving_is_deployed(nlp, text, place):
    found = deployments(nlp, text)
    assert found and (found[0].get("location") or {}).get("name") == place, found


def test_a_plane_carrying_a_minister_is_no_deployment(nlp):
    assert deployments(nlp, "A plane carrying the minister arrived in Kyiv.") == []
