"""Whose forces act (``actor``) and who is hit (``recipient``): failure classes on unseen text (issue 9).

An actor is the agent of the trigger; the people killed, captured or lost are the side hit
(``recipient``), never the actor.  Prefer no actor to a guess.  Styles: daily loss bulletins,
coded notes, casualty updates with several groups.
"""

from __future__ import annotations

import pytest

import conflict_ie

PUB = "2024-11-01"


def first_event(nlp, text, etype):
    """The first event of ``etype`` extracted from ``text`` (the test fails when there is none)."""
    found = [e for e in conflict_ie.extract(text, PUB, nlp=nlp).events if e.type == etype]
    assert found, f"no {etype} event in {text!r}"
    return found[0]


def casualties(nlp, text):
    record = conflict_ie.extract(text, PUB, nlp=nlp)
    return [e for e in record.events if e.type == "casualties"]


@pytest.mark.parametrize("text,victim", [
    ("In the Kursk direction, up to 140 Ukrainian servicemen were eliminated.", "UKR"),
    ("Separately, the General Staff said Russia had lost 1,270 servicemen over the past day.", "RUS"),
    ("Dozens of Malian soldiers were killed in an ambush near Tinzaouaten.", "MLI"),
    ("A Ukrainian serviceman surrendered near Korenevo, the ministry added.", "UKR"),
    ("Two Russian soldiers died of their wounds in hospital.", "RUS"),
])
def test_the_dead_are_the_side_hit_not_the_actor(nlp, text, victim):
    found = casualties(nlp, text)
    assert found, text
    event = found[0]
    assert event.actor is None or event.actor.country != victim
    assert event.recipient is not None and event.recipient.country == victim


@pytest.mark.parametrize("text,actor", [
    ("Russian forces killed 12 Ukrainian soldiers near Bakhmut.", "RUS"),
    ("Twelve civilians were killed by Russian shelling in Kherson.", "RUS"),
    ("The Ukrainian army eliminated more than 500 Russian servicemen near Pokrovsk.", "UKR"),
])
def test_the_killer_is_the_actor(nlp, text, actor):
    event = casualties(nlp, text)[0]
    assert event.actor is not None and event.actor.country == actor


def test_an_armed_group_acts_in_its_own_name(nlp):
    record = conflict_ie.extract("On 14 May 2023, JNIM militants attacked an army detachment in Djibo, killing 7 soldiers.",
                                 PUB, nlp=nlp)
    attack = next(e for e in record.events if e.type == "attack")
    assert attack.actor is not None and attack.actor.name is not None and "Mali" not in attack.actor.name


@pytest.mark.parametrize("text,withdrawal", [
    ("Russian troops pulled back from Kherson.", True),
    ("Russian troops pulled out of Kherson.", True),
    ("Rescuers pulled 12 soldiers from the rubble in Kherson.", False),  # "pull" needs its particle
])
def test_a_verb_that_needs_its_particle(nlp, text, withdrawal):
    record = conflict_ie.extract(text, PUB, nlp=nlp)
    assert any(e.type == "withdrawal" for e in record.events) is withdrawal


def test_a_package_with_a_bullet_list(nlp):
    """State Department style: the package noun, an apposition, then "includes:" and bullets."""
    text = ("The Department of State on Friday announced a new package of security assistance for Ukraine "
            "valued at up to $125 million. The package, the 64th tranche of equipment drawn from Department "
            "of Defense inventories for Ukraine since August 2021, includes:\n• Stinger missiles;\n"
            "• 12 armored medical treatment vehicles;\n• more than 3 million rounds of small arms ammunition.")
    supplies = [e for e in conflict_ie.extract(text, "2024-08-23", nlp=nlp).events if e.type == "supply"]
    assert sorted(e.quantity.value for e in supplies if e.quantity) == [12, 3_000_000, 125_000_000]
    assert {(e.actor.country, e.recipient.country) for e in supplies} == {("USA", "UKR")}


@pytest.mark.parametrize("text,place", [
    ("On 9 May 2022, a Russian drone dropped an explosive on a car in Orikhiv (Zaporizhzhia).", "Orikhiv"),
    ("Houthi militants fired one anti-ship ballistic missile toward the Gulf of Aden.", "Gulf of Aden"),
])
def test_strikes_by_dropped_munitions_and_longest_sea_names(nlp, text, place):
    attacks = [e for e in conflict_ie.extract(text, PUB, nlp=nlp).events if e.type == "attack"]
    assert [e.location.name for e in attacks] == [place]


def test_a_drop_in_prices_is_no_attack(nlp):
    assert conflict_ie.extract("Oil prices dropped 5 percent in Kyiv on Monday.", PUB, nlp=nlp).events == []


def test_an_echelon_named_before_an_apposition_is_the_force_moved(nlp):
    text = "A third brigade, equipped with Leopard tanks, was redeployed to Donetsk."
    moves = [e for e in conflict_ie.extract(text, PUB, nlp=nlp).events if e.type == "deployment"]
    assert [e.location.name for e in moves] == ["Donetsk"]


def test_the_dead_of_a_relative_clause_are_the_group_hit(nlp):
    text = "The U.S. military said it conducted an airstrike in Somalia that killed three al-Shabaab militants."
    dead = [e for e in conflict_ie.extract(text, PUB, nlp=nlp).events if e.type == "casualties"]
    assert [(e.actor.country, e.recipient.country, e.quantity.value) for e in dead] == [("USA", "SOM", 3)]


def test_a_toll_and_its_bombing_share_the_date(nlp):
    text = "At least 15 people were killed and 40 wounded in a suicide bombing at a market in Mogadishu on Saturday."
    dead = [e for e in conflict_ie.extract(text, "2024-11-14", nlp=nlp).events if e.type == "casualties"]
    assert [str(e.time.start) for e in dead] == ["2024-11-09", "2024-11-09"]


@pytest.mark.parametrize("text,types", [
    ("The attack, which Iraqi officials blamed on Islamic State, left four soldiers dead.", ["casualties"]),
    ("Ukrainian forces shot down 76 of the drones, while 95 were lost to electronic jamming.", ["attack"]),
])
def test_other_senses_of_left_and_lost(nlp, text, types):
    assert [e.type for e in conflict_ie.extract(text, PUB, nlp=nlp).events] == types


def test_a_named_person_with_an_acronym_is_one_dead(nlp):
    text = "Colombian troops killed a FARC dissident commander in a bombing raid, the defence minister said."
    dead = [e for e in conflict_ie.extract(text, PUB, nlp=nlp).events if e.type == "casualties"]
    assert [(e.quantity.value, e.actor.country) for e in dead] == [(1, "COL")]


def test_the_counted_dead_are_no_attacker(nlp):
    text = "A roadside bomb killed two Nigerian soldiers in Borno State on Friday, military sources said."
    attacks = [e for e in conflict_ie.extract(text, PUB, nlp=nlp).events if e.type == "attack"]
    assert all(e.actor is None or e.actor.country != "NGA" for e in attacks)


def test_a_toll_of_killed_or_wounded_has_no_single_outcome(nlp):
    text = "Ukraine's General Staff said 1,230 Russian soldiers had been killed or wounded in the past 24 hours."
    toll = [e for e in conflict_ie.extract(text, PUB, nlp=nlp).events if e.type == "casualties"]
    assert [(e.quantity.value, e.outcome, e.recipient.country) for e in toll] == [(1230, None, "RUS")]


# ----------------------------------------------------------------------------- forces of no state
@pytest.mark.parametrize("text,etype,name", [
    ("Armed men attacked the village of Niéga on Sunday, killing 12 civilians.", "attack", "armed men"),
    ("On 19 May 2023, unidentified gunmen shot dead a civilian near Bourzanga.", "casualties", "unidentified gunmen"),
    ("On June 10, Coalition military forces conducted 21 strikes against ISIS targets near Raqqa.", "attack", "coalition"),
    ("Bandits abducted 40 villagers in Zamfara on Tuesday.", "casualties", "bandits"),
])
def test_a_force_of_no_state_acts_by_its_name(nlp, text, etype, name):
    event = first_event(nlp, text, etype)
    assert event.actor is not None and event.actor.country is None and name in (event.actor.name or "").lower(), event.actor


# ----------------------------------------------------------------------------- "X said it struck"
@pytest.mark.parametrize("text,etype,actor", [
    ('US Africa Command (AFRICOM) said it carried out an airstrike "in coordination with the Federal Government" '
     'near Wanlaweyn on June 11.', "attack", "USA"),
    ("The Israeli military said it struck 40 Hezbollah targets in southern Lebanon overnight.", "attack", "ISR"),
    ("Hezbollah said its fighters fired a salvo of about 30 rockets at Kiryat Shmona on Tuesday.", "attack", "LBN"),
])
def test_a_pronoun_after_the_speaker_is_the_speaker(nlp, text, etype, actor):
    event = first_event(nlp, text, etype)
    assert event.actor is not None and event.actor.country == actor, event.actor


# ----------------------------------------------------------------------------- a weapon as the subject
@pytest.mark.parametrize("text,actor", [
    ("Russian forces launched 40 drones at Ukraine overnight. In the Odesa region, a drone hit a residential "
     "building, killing one woman.", "RUS"),
    ("Russian troops shelled 14 settlements in the Kharkiv region. In Kharkiv, a guided bomb struck a residential "
     "street at about 12:20.", "RUS"),
    ("Israeli jets struck Hezbollah targets in the Nabatieh area. Later, a drone struck a car near Tyre.", "ISR"),
])
def test_a_weapon_as_subject_carries_the_texts_attacker(nlp, text, actor):
    record = conflict_ie.extract(text, PUB, nlp=nlp)
    attacks = [e for e in record.events if e.type == "attack"]
    assert len(attacks) >= 2 and attacks[-1].actor is not None and attacks[-1].actor.country == actor, attacks


def test_a_weapon_as_subject_in_a_text_without_an_attacker_has_no_actor(nlp):
    record = conflict_ie.extract("In the Odesa region, a drone hit a residential building, killing one woman.", PUB, nlp=nlp)
    assert all(e.actor is None for e in record.events), record.events


# ----------------------------------------------------------------------------- who is hit: a group's positions, civilians
@pytest.mark.parametrize("text,etype,name", [
    ("On June 10, Coalition military forces conducted 21 strikes against ISIS targets near Raqqa.", "attack", "Islamic State"),
    ("On 23 May 2023, a Burkinabe army drone strike hit a JNIM position near Arbinda, killing dozens of militants.",
     "attack", "JNIM"),
    ("Israeli jets struck Hezbollah positions in the Bekaa Valley on Tuesday.", "attack", "Hezbollah"),
])
def test_a_groups_positions_make_the_group_the_side_hit(nlp, text, etype, name):
    event = first_event(nlp, text, etype)
    assert event.recipient is not None and event.recipient.name == name, event.recipient


@pytest.mark.parametrize("text,etype,country", [
    ("Nine civilians were killed and three others wounded in an attack by ADF rebels on villages near Eringeti.",
     "casualties", "COD"),
    ("In the Odesa region, a Russian drone hit a residential building, killing one woman and wounding four people.",
     "attack", "UKR"),
    ("Insecurity persists in Burkina Faso. Armed men attacked the village of Niéga in Sanmatenga province on Sunday, "
     "killing 20 villagers.", "casualties", "BFA"),
])
def test_civilians_killed_are_the_side_hit_of_the_places_country(nlp, text, etype, country):
    event = first_event(nlp, text, etype)
    assert event.recipient is not None and event.recipient.country == country, event.recipient
    assert event.recipient.name == "civilians"


@pytest.mark.parametrize("text,actor,count", [
    ("About 300 Ugandan troops serving with the African Union Transition Mission in Somalia (ATMIS) arrived in "
     "Wanlaweyn from Afgoye on Wednesday.", "UGA", 300),
    ("About 300 Ugandan troops serving with the Somali National Army arrived in Wanlaweyn on Wednesday.", "UGA", 300),
    ("Some 200 Chadian soldiers fighting alongside the Nigerien army were deployed to Diffa.", "TCD", 200),
])
def test_the_force_a_subject_serves_with_is_not_the_actor(nlp, text, actor, count):
    event = first_event(nlp, text, "deployment")
    assert event.actor is not None and event.actor.country == actor and event.quantity.value == count, event


@pytest.mark.parametrize("text,actor", [
    ("Russian troops shelled 14 settlements in the Kharkiv region. The occupiers struck the city's Kyivskyi district "
     "with a guided aerial bomb.", "RUS"),
    ("Russian forces launched 40 drones overnight. In the morning the enemy attacked the Kharkiv district with "
     "6 Shahed drones.", "RUS"),
])
def test_the_enemy_is_the_texts_attacker(nlp, text, actor):
    record = conflict_ie.extract(text, PUB, nlp=nlp)
    attacks = [e for e in record.events if e.type == "attack"]
    assert len(attacks) >= 2 and attacks[-1].actor is not None and attacks[-1].actor.country == actor, attacks
