"""Two classes seen in communiqués and wire copy written by others: a side speaking of itself in
the first person ("We destroyed ...", the speaker named after the quote) acts; materiel counted with
a demonym ("three Russian tanks", "two Israeli drones") belongs to the side attacked."""

from __future__ import annotations

import pytest

from tests.helpers import run


def first(nlp, text, etype, published="2024-11-14"):
    doc = run(nlp, text, published)
    found = [e for e in doc._.events if e["type"] == etype]
    assert found, f"no {etype} event in {text!r}: {doc._.events}"
    return found[0]


def side(slot):
    return (slot or {}).get("country")


@pytest.mark.parametrize("text,etype,actor", [
    ('"We destroyed three Russian tanks near Pokrovsk overnight," the Ukrainian General Staff said.', "attack", "UKR"),
    ('"Our units struck an ammunition depot in Kherson region," the Russian Defence Ministry said on Telegram.',
     "attack", "RUS"),
    ('"We struck 23 launch sites since midnight," a spokesman for the Israeli military told reporters.',
     "attack", "ISR"),
    ('The Houthis said in a statement: "We targeted the ship with two missiles in the Gulf of Aden."', "attack", "YEM"),
])
def test_first_person_quotes_act_for_the_speaker(nlp, text, etype, actor):
    assert side(first(nlp, text, etype)["actor"]) == actor


def test_a_quote_without_a_speaker_of_known_side_names_no_actor(nlp):
    ev = first(nlp, '"We destroyed three tanks near Pokrovsk overnight," the spokesman said.', "attack")
    assert side(ev["actor"]) is None


@pytest.mark.parametrize("text,etype,recipient", [
    ('"We destroyed three Russian tanks near Pokrovsk overnight," the Ukrainian General Staff said.', "attack", "RUS"),
    ("Ukrainian forces destroyed two Russian helicopters at an airfield near Luhansk.", "attack", "RUS"),
    ("Hezbollah said it destroyed an Israeli tank in southern Lebanon.", "attack", "ISR"),
])
def test_counted_materiel_of_a_side_names_the_side_hit(nlp, text, etype, recipient):
    assert side(first(nlp, text, etype)["recipient"]) == recipient


@pytest.mark.parametrize("text", [
    'The Houthis said in a statement: "We targeted the ship with two missiles in the Gulf of Aden."',
    "A missile hit the ship as it sailed past Hodeidah.",
    "The crew abandoned the supply convoy after the ambush.",
])
def test_a_verb_of_supply_used_as_a_noun_is_no_supply(nlp, text):
    doc = run(nlp, text, "2024-11-14")
    assert not [e for e in doc._.events if e["type"] == "supply"], doc._.events


@pytest.mark.parametrize("text,actor,recipient", [
    # air defence: what is shot down is the attacker's weapon (d03's convention)
    ("Air defences downed 40 Ukrainian drones over the Belgorod region, the ministry said.", "UKR", "RUS"),
    ("Israeli air defences shot down an Iranian drone over Eilat on Sunday.", "IRN", "ISR"),
])
def test_what_air_defence_shoots_down_names_the_attacker(nlp, text, actor, recipient):
    ev = first(nlp, text, "attack")
    assert (side(ev["actor"]), side(ev["recipient"])) == (actor, recipient)


def test_interception_words_are_attack_triggers():
    from conflict_ie import lexicon

    data = lexicon.triggers()
    attack = data["types"]["attack"]
    forms = set(attack.get("verbs", [])) | set(attack.get("phrases", [])) | {
        f for listed in attack.get("forms", {}).values() for f in listed}
    assert set(data["interceptions"]["words"]) <= forms


@pytest.mark.parametrize("text", [
    "Three Israeli soldiers were wounded by an anti-tank missile fired from Lebanon, the IDF said.",
    "Two Ukrainian servicemen were killed by a glide bomb dropped on their position near Kupiansk.",
    "Five Malian soldiers died when a drone launched from the north struck their convoy.",
])
def test_the_side_hit_does_not_fire_the_weapon_that_hit_it(nlp, text):
    doc = run(nlp, text, "2024-11-14")
    hit = {side(e["recipient"]) for e in doc._.events if e["type"] == "casualties"}
    attackers = {side(e["actor"]) for e in doc._.events if e["type"] == "attack"}
    assert hit and None not in hit
    assert not hit & attackers, doc._.events


@pytest.mark.parametrize("text,speaker", [
    ("Pakistan's army said 12 militants were killed in an intelligence-based operation in North Waziristan.",
     "Pakistan"),
    ("The Nigerian Army said 35 Boko Haram fighters were killed in Borno state on Tuesday.", "Nigeria"),
    ("Somalia's National Army said 20 al-Shabaab militants were killed near Bardhere.", "Somalia"),
])
def test_the_speaker_is_not_the_side_hit(nlp, text, speaker):
    ev = first(nlp, text, "casualties")
    assert (ev["recipient"] or {}).get("name") != speaker, ev


@pytest.mark.parametrize("text,actor", [
    ("A Houthi missile attack hit a Greek-owned tanker in the Red Sea on Monday.", "Houthis"),
    ("Hezbollah rockets struck Kiryat Shmona on Sunday, wounding two people.", "Hezbollah"),
    ("The frigate shot down two Houthi drones over the Red Sea on Monday.", "Houthis"),
])
def test_a_group_named_on_its_weapons_acts(nlp, text, actor):
    ev = first(nlp, text, "attack")
    assert (ev["actor"] or {}).get("name") == actor, ev


def test_a_group_named_on_a_target_does_not_act(nlp):
    ev = first(nlp, "Israeli jets struck Hezbollah targets in southern Lebanon on Sunday.", "attack")
    assert (ev["actor"] or {}).get("country") == "ISR", ev


# a state's materiel as the subject acts for the state, whoever reports it
@pytest.mark.parametrize("text,etype,actor", [
    ("Lebanon's state-run National News Agency said Israeli warplanes and artillery struck at least eight "
     "villages in southern Lebanon on Tuesday.", "attack", "ISR"),
    ("Syria's state news agency SANA said Israeli jets struck an air base near Homs.", "attack", "ISR"),
    ("Ukraine's air force said Russian drones and missiles hit energy facilities in Lviv overnight.", "attack", "RUS"),
    ("Pakistan said Indian artillery shelled three villages along the Line of Control.", "attack", "IND"),
])
def test_materiel_with_a_demonym_as_subject_acts(nlp, text, etype, actor):
    assert side(first(nlp, text, etype)["actor"]) == actor


# "the regime", "the junta" as a modifier: the government of the text's country acts
@pytest.mark.parametrize("text,actor", [
    ("Syria news, Idlib.\nRegime artillery shelled Kafr Nabl, 1 civilian wounded.", "SYR"),
    ("A junta Y-12 aircraft dropped two bombs on Let Pan Hla village in Tabayin Township, Sagaing Region.", "MMR"),
    ("In Sudan's capital Khartoum, government warplanes struck a market on Monday.", "SDN"),
])
def test_a_government_noun_before_weapons_names_the_countrys_side(nlp, text, actor):
    assert side(first(nlp, text, "attack")["actor"]) == actor
