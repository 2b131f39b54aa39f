"""People named one by one in a list of victims are a group each (RECORDS.md: one casualty event
per outcome and per group; "a civilian" is 1).  Fixtures written blind code it so in every position
of the list, where the rules found only the counts: "killing two health workers and a patient"
(d232, OCHA), "killing seven soldiers and a Civilian Joint Task Force (CJTF) member" (d121,
ACLED), "killing two police officers and an officer of the National Police Reserve" (d63, a Kenyan
daily), "an officer and four soldiers were martyred" (d182, an army statement), "killing a
Bangladeshi woman and a Rohingya man" (d163) and "killed a crew member and an army general" (d76),
each noun its own event.  The sentences below use other nouns and places."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def tolls(nlp, text: str) -> list[tuple[str, int | None, str | None]]:
    found = [e for e in events_of(nlp, text, "casualties") if e.get("modality", "asserted") == "asserted"]
    return sorted((e["outcome"], (e["quantity"] or {}).get("value"), (e["quantity"] or {}).get("item")) for e in found)


@pytest.mark.parametrize("text,expected", [
    # a count after the verb, then one person
    ("A drone struck the clinic in Kidal on Monday, killing three nurses and a patient.",
     [("killed", 1, "patient"), ("killed", 3, "nurse")]),
    ("Gunmen stormed the camp near Gao, killing nine soldiers and a Dozo militia member.",
     [("killed", 1, "member"), ("killed", 9, "soldier")]),
    # an acronym in brackets and a unit after "of" stay inside the person's noun phrase
    ("Jihadists raided the post at Tessit, killing four gendarmes and a Volunteers for the Defence of the "
     "Homeland (VDP) member.", [("killed", 1, "member"), ("killed", 4, "gendarme")]),
    ("Bandits ambushed the convoy near Gao, wounding six police officers and an officer of the customs service.",
     [("wounded", 1, "officer"), ("wounded", 6, "police officer")]),
    # one person, then a count, as the subject of a passive verb
    ("The army said an officer and six soldiers were killed when a mine hit their vehicle near Kidal.",
     [("killed", 1, "officer"), ("killed", 6, "soldier")]),
    ("A teacher, a nurse and two farmers were wounded in the shelling of Tessit.",
     [("wounded", 1, "nurse"), ("wounded", 1, "teacher"), ("wounded", 2, "farmer")]),
    # only people named one by one: one event per noun
    ("A shell hit a house in Tessit, killing a Tuareg woman and a Fulani herder.",
     [("killed", 1, "herder"), ("killed", 1, "woman")]),
    ("The rocket killed a crew member and an army colonel's driver near Gao.",
     [("killed", 1, "driver"), ("killed", 1, "member")]),
    ("The strike killed a mother and a child in Kidal.", [("killed", 1, "child"), ("killed", 1, "mother")]),
    # the same noun twice is one group
    ("A soldier and another soldier were wounded near Gao.", [("wounded", 2, "soldier")]),
])
def test_people_named_one_by_one_in_a_list_are_groups(nlp, text, expected):
    assert tolls(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # what follows "and" is no person, or is another clause
    ("The strike killed five soldiers and a mule near Kidal.", [("killed", 5, "soldier")]),
    ("The strike killed five soldiers and a day later the army withdrew from Kidal.", [("killed", 5, "soldier")]),
    ("The shelling killed two herders and wounded a third in Tessit.", [("killed", 2, "herder"), ("wounded", 1, "herder")]),
    # the person before the count is the one who acts, not a victim
    ("A gunman shot a guard and four civilians were wounded in Gao.",
     [("wounded", 4, "civilian")]),
    ("A drone hit a truck and four soldiers were killed near Kidal.", [("killed", 4, "soldier")]),
])
def test_no_person_added_where_none_is_a_victim(nlp, text, expected):
    assert tolls(nlp, text) == expected


# "taking all necessary and firm measures to neutralize these threats" (d238, a coalition statement
# written blind): a killing verb whose object is a threat, a plan or an attempt kills nobody
@pytest.mark.parametrize("text", [
    "The army is taking all necessary measures to neutralize these threats.",
    "Air defences eliminated the threat within minutes, the ministry said.",
    "Police said they had neutralised a plot to attack the base.",
])
def test_a_threat_neutralised_is_no_casualty(nlp, text):
    assert tolls(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Troops neutralised two terrorists who posed a threat to the base near Gao.", [("killed", 2, "terrorist")]),
    ("The drone eliminated the commander of the cell near Gao.", [("killed", 1, "commander")]),
])
def test_people_neutralised_are_still_counted(nlp, text, expected):
    assert tolls(nlp, text) == expected


# "received 163 wounded people and 27 others who were dead on arrival" (d242, an MSF release written
# blind): a count that names its own outcome keeps it, whatever the trigger of the clause says
@pytest.mark.parametrize("text,expected", [
    ("The hospital in Gao received 163 wounded people and 27 others who were dead on arrival.",
     [("killed", 27, "other"), ("wounded", 163, "person")]),
    ("Among the dead in Gao were 12 soldiers; 30 injured civilians were also counted among the dead.",
     [("killed", 12, "soldier"), ("wounded", 30, "civilian")]),
])
def test_a_count_keeps_the_outcome_it_names(nlp, text, expected):
    assert tolls(nlp, text) == expected


# "killing two soldiers and wounding eight before he was shot dead" (d233, an Israeli daily's column,
# written blind): "he" or "she" as the subject of a casualty verb is one person
@pytest.mark.parametrize("text,expected", [
    ("A gunman opened fire at a checkpoint near Gao, killing two soldiers and wounding eight before he was shot dead.",
     [("killed", 1, None), ("killed", 2, "soldier"), ("wounded", 8, None)]),
    ("The commander was travelling to Gao when he was killed by a roadside bomb.", [("killed", 1, None)]),
    ("She was wounded in the shelling of Kherson on Monday, the governor said.", [("wounded", 1, None)]),
])
def test_he_or_she_is_one_person(nlp, text, expected):
    assert tolls(nlp, text) == expected


# "Sad news from Orikhiv: the man wounded in the KAB strike has died in hospital" (d244, a regional
# administration's Telegram posts written blind): a participle that says who the people are ("the man
# wounded in ...") tells no event of its own when a later verb of the clause says what befell them
@pytest.mark.parametrize("text,expected", [
    ("The man wounded in the drone strike has died in hospital in Gao.", [("killed", 1, "man")]),
    ("A soldier injured in Tuesday's attack on Gao died on Thursday.", [("killed", 1, "soldier")]),
    ("Two civilians wounded in the shelling of Gao later died.", [("killed", 2, "civilian")]),
    ("Three soldiers were wounded in the shelling of Gao and one later died.", [("killed", 1, None), ("wounded", 3, "soldier")]),
])
def test_a_describing_participle_gives_way_to_the_verb(nlp, text, expected):
    assert tolls(nlp, text) == expected


# "In February 2024, police counted 64 bodies after an ambush at Akom village" (d240, a PNG daily
# written blind): bodies counted, or taken to a morgue, are a toll; bodies carried home are not
@pytest.mark.parametrize("text,expected", [
    ("In February 2024, police counted 64 bodies after an ambush near Gao.", [("killed", 64, "body")]),
    ("Twenty-three bodies were taken to the morgue in Gao on Monday.", [("killed", 23, "body")]),
    ("The bodies were carried home to Gao for burial.", []),
])
def test_bodies_counted_are_a_toll(nlp, text, expected):
    assert tolls(nlp, text) == expected


# "Adam Yousif, a 34-year-old MSF logistician, was killed when a shell struck his home" (d242, MSF),
# "a soldier, Staff Sgt. Noam Ben-Haim, 20, was killed in fighting" (d33): one person named with an
# apposition before "was"
@pytest.mark.parametrize("text,expected", [
    ("On Monday, Adam Kelvo, a 34-year-old logistician, was killed when a shell struck his home in Gao.",
     [("killed", 1, "logistician")]),
    ("The army said a soldier, Staff Sgt. Noam Tarn, 20, was killed in fighting near Gao on Monday.",
     [("killed", 1, "soldier")]),
])
def test_one_person_with_an_apposition(nlp, text, expected):
    assert tolls(nlp, text) == expected


def test_a_place_with_an_apposition_is_no_person(nlp):
    assert tolls(nlp, "Residents of Gao, a town in the north, were killed in the shelling.") == []
