"""Event classes of issue 9 that failed on text written by others, each in sentences of its own
(not the fixtures'): dates that are not modals, casualty outcomes and counts, retractions,
presence, lists of goods, the country attacked, the most specific leading place."""

from __future__ import annotations

import pytest

from tests.helpers import run


def events(nlp, text, published="2024-06-07"):
    doc = run(nlp, text, published)
    return [e for e in doc._.events if e.get("modality", "asserted") == "asserted"], doc._.events


def casualties(nlp, text):
    found, _ = events(nlp, text)
    return sorted((e["outcome"], (e["quantity"] or {}).get("value")) for e in found if e["type"] == "casualties")


def test_the_month_may_is_not_a_hedge(nlp):
    asserted, every = events(nlp, "On 3 May 2023, militants attacked a checkpoint near Gao, killing 4 soldiers.")
    assert {e["type"] for e in asserted} == {"attack", "casualties"}
    assert all(e.get("modality") == "asserted" for e in every)
    _, every = events(nlp, "Militants may attack checkpoints near Gao.")
    assert every and all(e.get("modality") == "possible" for e in every)


@pytest.mark.parametrize("text,expected", [
    ("Three civilians were killed and two were injured in the strike on Izium.", [("killed", 3), ("wounded", 2)]),
    ("Five people died in the blast in Marib, including two children.", [("killed", 5)]),
    ("A shepherd was killed by a landmine near Marib on Sunday.", [("killed", 1)]),
    ("The drone strike on Kherson killed a woman and a boy.", [("killed", 1), ("killed", 1)]),  # one per person named
    ("Two fighters succumbed to their wounds in hospital in Goma.", [("killed", 2)]),
    ("Kurdish forces said they had neutralised 12 militants near Hasakah.", [("killed", 12)]),
    ("Six soldiers were captured and four went missing near Bakhmut.", [("captured", 6), ("missing", 4)]),
])
def test_casualty_outcomes_and_counts(nlp, text, expected):
    assert casualties(nlp, text) == expected


def test_a_death_the_sentence_takes_back_is_not_asserted(nlp):
    assert ("killed", 1) not in casualties(
        nlp, "A medic initially reported dead after the shelling of Orikhiv later turned up alive.")


def test_presence_with_a_place_is_a_deployment(nlp):
    found, _ = events(nlp, "Their presence was confirmed near Bakhmut on Monday, the brigade said.")
    deployments = [e for e in found if e["type"] == "deployment"]
    assert [e["location"]["name"] for e in deployments] == ["Bakhmut"]


def test_a_list_of_goods_gives_one_supply_per_item(nlp):
    found, _ = events(nlp, "The latest shipment includes 300 drones, 40 trucks and 1,000 rifles, the ministry said.")
    assert sorted(e["quantity"]["value"] for e in found if e["type"] == "supply") == [40, 300, 1000]


def test_the_country_attacked_is_the_place(nlp):
    found, _ = events(nlp, "Russia attacked Ukraine with 50 drones overnight.")
    attack = next(e for e in found if e["type"] == "attack")
    assert attack["location"]["name"] == "Ukraine" and attack["quantity"]["value"] == 50


def test_the_most_specific_leading_place(nlp):
    found, _ = events(nlp, "In Syria, near Deir ez-Zor, two strikes destroyed an ISIS oil well.")
    attack = next(e for e in found if e["type"] == "attack")
    assert attack["location"]["name"] == "Deir ez-Zor"


def test_a_weapon_as_subject_stands_for_the_attacker(nlp):
    found, _ = events(nlp, "A guided bomb struck a school in Kharkiv, killing three people.")
    assert [e["location"]["name"] for e in found if e["type"] == "attack"] == ["Kharkiv"]
    assert [e["location"]["name"] for e in found if e["type"] == "casualties"] == ["Kharkiv"]


def test_each_trigger_takes_its_own_place_and_time(nlp):
    found, _ = events(nlp, "Three battalions trained in Germany had been moved to the Kherson region in early March, "
                           "an officer said.")
    deployment = next(e for e in found if e["type"] == "deployment")
    assert deployment["location"]["name"] == "Kherson"
    assert deployment["time"]["start"] == "2024-03-01"


def test_a_nominal_subject_shares_the_predicate(nlp):
    found, _ = events(nlp, "Russian shelling killed four people in Nikopol on Saturday.")
    attack = next(e for e in found if e["type"] == "attack")
    assert attack["location"]["name"] == "Nikopol" and attack["time"]["start"] == "2024-06-01"


def test_follow_ups_take_the_paragraphs_lead_date_and_a_new_paragraph_forgets_it(nlp):
    text = ("On June 3, coalition forces conducted 14 strikes in Syria. Near Raqqa, five strikes destroyed two tunnels.\n\n"
            "Near Mosul, three strikes destroyed a mortar position.")
    found, _ = events(nlp, text)
    times = {e["location"]["name"]: (e["time"] or {}).get("start") for e in found if e["type"] == "attack" and e["location"]}
    assert times.get("Raqqa") == "2024-06-03"
    assert times.get("Mosul") is None


@pytest.mark.parametrize("text", [
    "He said three of its fighters were killed and that 40 firearms had been seized.",
    "Police seized 12 rifles and 3,000 rounds of ammunition in Gao on Monday.",
    "Soldiers confiscated 25 AK-47 rifles during a search of the village.",
])
def test_seized_arms_are_no_attack(nlp, text):
    assert not any(e["type"] == "attack" for e in run(nlp, text, "2024-06-12")._.events)


def test_a_seized_town_is_still_an_attack(nlp):
    assert any(e["type"] == "attack" for e in run(nlp, "Rebels seized the town of Bunagana on Monday.", "2024-06-12")._.events)


@pytest.mark.parametrize("text,count", [
    ("Humanitarian partners report that at least 30 civilians remain unaccounted for in Sinja.", 30),
    ("Twelve fishermen have disappeared off the coast near Hodeidah since the strike.", 12),
])
def test_people_unaccounted_for_are_missing(nlp, text, count):
    found = [e for e in run(nlp, text, "2024-06-12")._.events if e["type"] == "casualties"]
    assert found and found[0]["outcome"] == "missing" and found[0]["quantity"]["value"] == count, found


@pytest.mark.parametrize("text,etype", [
    ("12:30 IED blast hit a military bus in Daraa countryside, 4 soldiers wounded.", "deployment"),
    ("Rescuers reached a passenger ship near Hodeidah after the strike.", "deployment"),
])
def test_a_verb_of_movement_used_as_a_noun_after_an_adjective(nlp, text, etype):
    assert not any(e["type"] == etype for e in run(nlp, text, "2024-02-13")._.events)


def test_the_military_still_ships_tanks(nlp):
    events = run(nlp, "The military shipped 30 tanks to the front by rail.", "2024-02-13")._.events
    assert events, events


@pytest.mark.parametrize("text,etype,place", [
    ("The Indian Navy said on Tuesday it had deployed a second destroyer, INS Kolkata, to the Gulf of Aden.",
     "deployment", "Gulf of Aden"),
    ("The Royal Navy sent its newest frigate, HMS Richmond, to the Red Sea last month.", "deployment", "Red Sea"),
])
def test_a_name_in_apposition_keeps_the_clause_whole(nlp, text, etype, place):
    found = [e for e in run(nlp, text, "2024-07-16")._.events if e["type"] == etype]
    assert found and (found[0]["location"] or {}).get("name") == place, found


@pytest.mark.parametrize("text,etype,place", [
    ("Nearly 3,000 troops of the Assam Rifles have been inducted into the Jammu region ahead of the elections.",
     "deployment", "Jammu"),
    ("US and British warplanes struck Ras Isa port north of Hodeidah with 3 raids today.", "attack", "Ras Isa"),
    # facility words are dropped from a place's name, as fixtures d18, d21 and d30 do (d31 keeps them)
    ("Israeli strikes hit targets near Damascus International Airport overnight, SANA said.", "attack",
     "Damascus International Airport"),  # a site keeps its word (d31, d49)
])
def test_inductions_reference_points_and_airports(nlp, text, etype, place):
    found = [e for e in run(nlp, text, "2024-08-22")._.events if e["type"] == etype]
    assert found and {(e["location"] or {}).get("name") for e in found} == {place}, found


def test_suspicious_movement_is_no_deployment(nlp):
    text = "Alert troops observed suspicious movement near the fence late on Tuesday and challenged the intruders."
    assert not any(e["type"] == "deployment" for e in run(nlp, text, "2024-08-22")._.events)


@pytest.mark.parametrize("text,count,outcome", [
    ("A 67-year-old man who had been pulled from the rubble succumbed to his wounds in hospital overnight.", 1, "killed"),
    ("A woman who was injured in Monday's strike died in hospital on Wednesday.", 1, "killed"),
])
def test_a_person_before_a_relative_clause_is_counted(nlp, text, count, outcome):
    found = [e for e in run(nlp, text, "2024-09-25")._.events if e["type"] == "casualties" and e.get("outcome") == outcome]
    assert found and found[0]["quantity"]["value"] == count, found


# ----------------------------------------------------------------------------- regional idioms of death and the dead's place
# South Asian military releases and local papers (fixture d36) write deaths their own way, and
# many reports name the district inside its province with a possessive.  Sentences our own.
@pytest.mark.parametrize("text,expected", [
    ("Six FC soldiers were martyred when a roadside bomb struck their vehicle near Kelvogur.", [("killed", 6)]),
    ("Two soldiers embraced shahadat during the exchange of fire.", [("killed", 2)]),
    ("Resultantly, five terrorists were sent to hell, the statement said.", [("killed", 5)]),
    ("Three sepoys embraced martyrdom while fighting gallantly.", [("killed", 3)]),
    ("Villagers lynched four suspected gang members in Kelvoria on Sunday.", [("killed", 4)]),
])
def test_regional_idioms_of_death(nlp, text, expected):
    assert casualties(nlp, text) == expected


def test_the_khwarij_are_people(nlp):
    assert casualties(nlp, "Troops killed three khwarij and injured two others in Lakki Marwat.") == [
        ("killed", 3), ("wounded", 2)]


def test_a_district_named_with_its_province_possessive_is_the_place(nlp):
    found, _ = events(nlp, "In another operation in Khyber Pakhtunkhwa's Lakki Marwat District on Friday, "
                           "troops killed three militants, the army said.")
    places = {e["location"]["name"] for e in found if e["type"] == "casualties" and e["location"]}
    assert places == {"Lakki Marwat"}, places


# ----------------------------------------------------------------------------- movements, clashes and dates as regional and wire reports write them
# Fixtures d35-d41 (Nigeria, Mozambique, Haiti, Philippines, UK defence press).  Sentences our own.
def _one(nlp, text, etype, published="2024-05-15"):
    found, _ = events(nlp, text, published)
    hits = [e for e in found if e["type"] == etype]
    assert hits, [e["summary"] for e in found]
    return hits[0]


def _place(nlp, text, etype, published="2024-05-15"):
    """The place of the first event of that type (fails when there is none)."""
    return (_one(nlp, text, etype, published)["location"] or {}).get("name")


def test_a_count_before_a_list_of_demonyms_counts_the_force(nlp):
    e = _one(nlp, "Last week, the task force moved about 500 Chadian and Cameroonian troops to Monguno.", "deployment")
    assert (e["quantity"] or {}).get("value") == 500 and (e["quantity"] or {}).get("item") == "troop", e


def test_plural_contingents_are_forces_that_withdraw(nlp):
    e = _one(nlp, "Botswana and Lesotho withdrew their contingents in April.", "withdrawal")
    assert e["time"]["start"] == "2024-04-01", e


def test_left_one_place_for_another(nlp):
    e = _one(nlp, "On 12 May, about 200 South African troops left Macomia town for Pemba, handing over their base.",
             "withdrawal")
    assert e["location"]["name"] == "Pemba" and (e.get("origin") or {}).get("name") == "Macomia", e


@pytest.mark.parametrize("text,etype,place", [
    ("Some 150 Guatemalan soldiers, led by Col. Hector Aldana, landed at Kelvo airport on Tuesday.", "deployment", "Kelvo airport"),
    ("Ukrainian soldiers, backed by armoured vehicles, fought Russian troops for six hours in Bakhmut.", "attack", "Bakhmut"),
])
def test_an_agent_phrase_between_commas_keeps_the_clause_whole(nlp, text, etype, place):
    assert _place(nlp, text, etype) == place


@pytest.mark.parametrize("text", [
    "Two rebels were killed in an encounter with soldiers in Kelvoria on Tuesday morning.",
    "The firefight with the gunmen lasted 20 minutes near Kelvoria.",
])
def test_encounters_and_firefights_are_clashes(nlp, text):
    _one(nlp, text, "attack")


def test_members_left_is_what_remains_not_a_withdrawal(nlp):
    found, _ = events(nlp, "The front has fewer than 40 armed members left, the general said.")
    assert not [e for e in found if e["type"] == "withdrawal"], [e["summary"] for e in found]


@pytest.mark.parametrize("text,published,start", [
    ("The UN office said on Wednesday that at least 1,086 people had been killed across Haiti since January.",
     "2025-03-20", "2025-01-01"),
    # the day a statement was made yields to the event's own date
    ("The UN office (OHCHR) said on Wednesday that at least 1,086 people had been killed in gang violence "
     "across Haiti since January, and the IOM said 4,200 people had fled.", "2025-03-20", "2025-01-01"),
    # the one date of the sentence dates its event, though a comma stands between them
    ('Troops "neutralised" four members of the front in a rural zone of Argelia, Cauca, last Thursday, '
     "the army said in a communique on Sunday.", "2025-01-27", "2025-01-23"),
])
def test_the_date_of_the_deaths_not_of_the_statement(nlp, text, published, start):
    assert _one(nlp, text, "casualties", published)["time"]["start"] == start


# ----------------------------------------------------------------------------- the most specific place (fixtures d42-d45)
@pytest.mark.parametrize("text,etype,place", [
    ("The army and its allies clashed with the RSF around Bara in North Kordofan on Sunday.", "attack", "Bara"),
    ("In El Fasher, the capital of North Darfur, the RSF shelled a shelter on Sunday, killing nine people.",
     "attack", "El Fasher"),
    ("In the Segou region, JNIM fighters attacked a gendarmerie post in Niono on Monday, killing three gendarmes.",
     "casualties", "Niono"),
])
def test_the_settlement_not_the_region_around_it(nlp, text, etype, place):
    assert _place(nlp, text, etype, "2025-03-13") == place


@pytest.mark.parametrize("text,etype", [
    ("The Houthis targeted the Liberian-flagged container ship Kelvo Bay in the Red Sea with six missiles.", "supply"),
    ("The air force carried out strikes on a terrorist gathering east of Boni on Wednesday.", "deployment"),
    ("Several motorcycles were destroyed and a stock of fuel was neutralised, the army said.", "casualties"),
    ("Early on Monday, RSF drones struck a power station in northern Omdurman.", "deployment"),
])
def test_nouns_that_look_like_triggers_and_things_that_are_no_casualties(nlp, text, etype):
    found, _ = events(nlp, text, "2025-03-13")
    assert not [e for e in found if e["type"] == etype], [e["summary"] for e in found]


def test_killing_one_and_abducting_others(nlp):
    assert casualties(nlp, "On 10 May, insurgents in motorboats attacked a fishing dhow off Pemba, killing a fisherman "
                           "and abducting five crew members.") == [("captured", 5), ("killed", 1)]


@pytest.mark.parametrize("text,etype,place", [
    ("A FAMa supply convoy came under fire on Tuesday on the road near Boni.", "attack", "Boni"),
    ("Two soldiers were killed and the assailants fled towards Mopti, it said.", "withdrawal", "Mopti"),
])
def test_convoys_under_fire_and_attackers_in_flight(nlp, text, etype, place):
    assert _place(nlp, text, etype, "2025-03-13") == place


def test_a_count_of_times_counts_the_attacks(nlp):
    found, _ = events(nlp, "In Zaporizhzhia Oblast, Russian forces attacked 8 settlements 412 times over the past day.",
                      "2025-04-15")
    counts = sorted((e["quantity"] or {}).get("value") for e in found if e["type"] == "attack")
    assert counts == [8, 412], counts


def test_a_place_named_again_without_its_settlement_word_and_a_feature_referred_to(nlp):
    found, _ = events(nlp, "Two rebels were killed in Barangay Kelvoy, Candoni, on Tuesday. Police said 30 policemen "
                           "were deployed to Kelvoy to secure the site. A ship fired water cannon near Kelvo Shoal, "
                           "the shoal where about a dozen Philippine Marines are stationed.", "2025-04-24")
    assert [(e["location"] or {}).get("name") for e in found if e["type"] == "deployment"] == ["Kelvoy", "Kelvo Shoal"], \
        [e["summary"] for e in found]


@pytest.mark.parametrize("text,place", [
    ("The RSF overran Zamzam in April, forcing more than 400,000 people to flee.", "Zamzam"),
    ("On 14 March 2025, an intelligence based operation was conducted by the security forces in the general area "
     "of Datta Khel, the ISPR said.", "Datta Khel"),
    ("Israel launched a military operation in Jenin on Monday, the army said.", "Jenin"),
])
def test_overran_and_combat_operations_are_strikes(nlp, text, place):
    assert _place(nlp, text, "attack", "2025-09-15") == place


def test_fleeing_before_a_noun_describes_it(nlp):
    found, _ = events(nlp, "He said a Nigerian Air Force jet struck fleeing fighters near the shores of Lake Chad.", "2025-05-15")
    assert not [e for e in found if e["type"] == "withdrawal"], [e["summary"] for e in found]


def test_the_village_is_the_village_named_before_not_its_district(nlp):
    assert _place(nlp, "Residents of Kelvorajo, in Macomia district, said about 30 insurgents entered the village on 11 May.",
                  "deployment") == "Kelvorajo"


def test_a_province_after_its_district_and_of_is_no_place_of_its_own(nlp):
    assert _place(nlp, "Afghan forces captured two Pakistani outposts opposite Dand-e-Patan district of Paktia province "
                       "on Sunday.", "attack", "2025-10-13") == "Dand-e-Patan"


def test_a_strike_that_kills_is_a_strike_where_it_hit(nlp):
    assert _place(nlp, "The rights group said an army airstrike on a market in En Nahud, in West Kordofan, killed 23 people "
                       "and wounded dozens.", "attack", "2025-09-15") == "En Nahud"


# ----------------------------------------------------------------------------- every real form of a trigger verb
# Headlines and bulletins write the present tense ("Army captures ...", "Gunmen slay ..."); a verb
# whose forms triggers.json lists (irregular, or with a noun form that must not trigger) missed the
# -s form of several verbs.  Sentences our own.
@pytest.mark.parametrize("text,etype", [
    ("Sudanese army captures Wad Madani", "attack"),
    ("Ukrainian army repulses Russians near Kupiansk", "attack"),
    ("Navy ferries 300 troops to Kelvora island", "deployment"),
    ("Militia gathers 2,000 fighters near Kelvora", "deployment"),
    ("Kelvoria pulls back its troops from the border", "withdrawal"),
    ("British instructor teaches 40 Kelvorian recruits mine clearance", "training"),
])
def test_present_tense_event_verbs(nlp, text, etype):
    found, _ = events(nlp, text)
    assert etype in {e["type"] for e in found}, [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "The Kelvorian navy ships sailed from Kelvora on Monday.",
    "Heads of the two armies met in Kelvora.",
    "The brigade lands were flooded near Kelvora.",
])
def test_noun_forms_of_trigger_verbs_trigger_nothing(nlp, text):
    found, _ = events(nlp, text)
    assert not found, [e["summary"] for e in found]


# ----------------------------------------------------------------------------- another sense, further away or across a hyphen
# Coded notes write "left 2 soldiers, including a lieutenant, and 4 separatists dead"; defence
# press writes "live-fire drills" and wires "a cease-fire".  Sentences our own.
@pytest.mark.parametrize("text", [
    "The clash lasted two hours and left 2 soldiers, including a lieutenant, and 4 rebels dead.",
    "Some 1,500 soldiers of the brigade held live-fire drills at the Kelvora range last week.",
    "A cease-fire between the two sides took effect in Kelvora on Sunday.",
])
def test_another_sense_of_the_trigger_word(nlp, text):
    found, _ = events(nlp, text)
    assert not [e for e in found if e["type"] in ("withdrawal", "attack")], [e["summary"] for e in found]


# ----------------------------------------------------------------------------- people are never what an attack counts
# Indian, Turkish and Sahel reports count people and groups by name ("30 Naxals"); the counts
# themselves are in CASUALTY_COUNTS below.  Sentences our own.
@pytest.mark.parametrize("text", [
    "Security forces killed 12 terrorists in an operation near Kelvora on Monday.",
    "On March 20, 30 Naxals were killed in two separate encounters in Kelvora.",
    "Troops killed 9 bandits in a raid on their camp.",
])
def test_people_are_no_count_of_an_attack(nlp, text):
    found, _ = events(nlp, text)
    counts = [(e["quantity"] or {}).get("value") for e in found if e["type"] == "attack"]
    assert not any(c in (12, 30, 9) for c in counts), [e["summary"] for e in found]


# ----------------------------------------------------------------------------- bombs that go off, and tolls that reach a figure
# Ministry briefings and local papers: "an IED exploded", "a blast killed", "the number of
# terrorists neutralized has reached 1,847".  Sentences our own.
@pytest.mark.parametrize("text", [
    "A soldier was wounded when an IED exploded near Kelvora on Tuesday.",
    "A car bomb detonated outside a police station in Kelvora, police said.",
    "A blast at a market in Kelvora killed five people on Friday.",
])
def test_bombs_that_go_off_are_attacks(nlp, text):
    found, _ = events(nlp, text)
    assert "attack" in {e["type"] for e in found}, [e["summary"] for e in found]


@pytest.mark.parametrize("text,value", [
    ("The number of terrorists neutralized since Jan. 1 has reached 1,847, the ministry said.", 1847),
    ("The number of people killed in the clashes has passed 300, officials said.", 300),
])
def test_a_toll_reaching_a_figure(nlp, text, value):
    found, _ = events(nlp, text)
    assert [(e["quantity"] or {}).get("value") for e in found if e["type"] == "casualties"] == [value], found


# ----------------------------------------------------------------------------- "in the state": the division named before
# Indian, Mexican, Nigerian and US reports say "the state" for the state named earlier
# ("Chhattisgarh", "Sinaloa", "Borno").  Sentences our own.
@pytest.mark.parametrize("text,place", [
    ("Troops were sent to Chhattisgarh last month. With this, 148 Maoists have been killed in the state so far this year.",
     "Chhattisgarh"),
    ("Violence has surged in Sinaloa. At least 1,100 people have been killed in the state since September.", "Sinaloa"),
])
def test_the_state_is_the_division_named_before(nlp, text, place):
    found, _ = events(nlp, text)
    hits = [e for e in found if e["type"] == "casualties"]
    assert hits and (hits[-1]["location"] or {}).get("name") == place, [e["summary"] for e in found]


def test_the_state_that_acts_is_no_place(nlp):
    found, _ = events(nlp, "Gunmen killed 12 villagers in Zamfara. The state said it would deploy more police.")
    assert all((e["location"] or {}).get("name") in (None, "Zamfara") for e in found)


# ----------------------------------------------------------------------------- procurement as defence trade press writes it
# "ordered 250 tanks", "a contract for 152 howitzers was signed", "58 have been handed to the
# brigade".  An order to people ("ordered troops to withdraw") and contract soldiers are no supply.
@pytest.mark.parametrize("text,etype,value", [
    ("Kelvoria ordered 250 Abrams tanks from the United States in 2022.", "supply", 250),
    ("A contract for 152 K9 howitzers was signed in December 2023.", "supply", 152),
    ("Of the 250 tanks ordered, 58 have been handed to the 1st Armoured Brigade.", "supply", 58),
    # ships and aircraft that move: defence ministries report ships that sail, jets scrambled and
    # bombers flown in, counted by the vessels or aircraft themselves (RECORDS.md: forces moved)
    ("The Chinese aircraft carrier and three destroyers sailed into the Pacific on Wednesday.", "deployment", 3),
    ("The Japanese air force scrambled fighter jets 704 times in fiscal 2024.", "deployment", 704),
    ("Two U.S. Air Force B-1B bombers flew in from Guam for the drill.", "deployment", 2),
])
def test_procurement_and_sorties_counted(nlp, text, etype, value):
    found, _ = events(nlp, text)
    assert value in [(e["quantity"] or {}).get("value") for e in found if e["type"] == etype], \
        [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    "The general ordered 300 troops to withdraw from Kelvora.",  # an order to people
    "Russia has recruited 30,000 contract soldiers since January.",
    # maritime advisories: a ship named after its owner's flag, a weapon against ships
    "The Houthis said they had targeted the British-owned ship Sofia Trader in the Red Sea.",
    "CENTCOM said a Houthi anti-ship ballistic missile struck the vessel on Wednesday.",
])
def test_orders_contract_soldiers_and_ships_are_no_supply(nlp, text):
    found, _ = events(nlp, text)
    assert "supply" not in {e["type"] for e in found}, [e["summary"] for e in found]


# ----------------------------------------------------------------------------- a group's cells
def test_cells_of_a_group_are_its_fighters(nlp):
    found, _ = events(nlp, "ISIS cells ambushed a military convoy east of Palmyra on Wednesday.")
    assert [e for e in found if e["type"] == "attack" and e["actor"]], [e["summary"] for e in found]


# ----------------------------------------------------------------------------- weapons fired do not move as forces
def test_weapons_fired_are_no_deployment(nlp):
    found, _ = events(nlp, "North Korea fired three ballistic missiles into the East Sea on Thursday.")
    assert "deployment" not in {e["type"] for e in found}, [e["summary"] for e in found]


# ----------------------------------------------------------------------------- the speaker's place is not the event's
@pytest.mark.parametrize("text,place", [
    ("The Palestinian health ministry in Ramallah said Israeli fire had killed 12 people in Jenin since Sunday.", "Jenin"),
    ("Officials in Kharkiv told reporters that shelling hit Kupiansk on Monday.", "Kupiansk"),
])
def test_the_speakers_place_is_not_the_events(nlp, text, place):
    found, _ = events(nlp, text)
    assert found and all((e["location"] or {}).get("name") == place for e in found), [e["summary"] for e in found]


# ----------------------------------------------------------------------------- strikes counted in times
def test_a_place_struck_a_number_of_times_is_an_attack(nlp):
    found, _ = events(nlp, "The hospital has been shelled at least nine times since January, the WHO says.", "2025-08-21")
    assert [(e["quantity"] or {}).get("value") for e in found if e["type"] == "attack"] == [9], found


# ----------------------------------------------------------------------------- casualty counts as the sixth session's fixtures write them
# One table, one test; each group is a class of d54-d65 (sentences our own):
CASUALTY_COUNTS = [
    # headlines and bulletins in the present tense ("Army captures", "Gunmen slay"): every real
    # form of a trigger verb, not only those triggers.json happened to list
    ("Troops detain 14 suspected militants in raid near Kelvora", [("captured", 14)]),
    ("Gunmen slay six farmers in Kelvoria village", [("killed", 6)]),
    ("Army neutralizes 9 terrorists in border operation", [("killed", 9)]),
    ("Roadside bomb injures four soldiers near Kelvora", [("wounded", 4)]),
    ("Militants behead two hostages in Kelvoria", [("killed", 2)]),
    ("Police say the mob lynches three suspects every month in the district", [("killed", 3)]),
    ("The unit reported capturing 15 fighters during the night raid.", [("captured", 15)]),
    # the people counted as wires and police releases name them ("jawans", "ultras", groups by
    # name), a count standing apart from its verb, one person as "a jawan of the DRG"
    ("Fourteen Maoists, including a divisional commander, were killed in an encounter in Kelvora on Saturday.",
     [("killed", 14)]),
    ("A jawan of the District Reserve Guard (DRG) was killed in the gunfight.", [("killed", 1)]),
    ("A Turkish soldier was slightly wounded when a mine went off in Kelvora.", [("wounded", 1)]),
    ("Earlier, 31 ultras were gunned down in an encounter near Kelvora.", [("killed", 31)]),
    ("A gendarme was killed and two vigilantes were wounded in the ambush.", [("killed", 1), ("wounded", 2)]),
    # a count after "and" belongs to the verb after it
    ("At least 1,100 people have been killed and more than 1,300 reported missing in the state.",
     [("killed", 1100), ("missing", 1300)]),
    ("Four soldiers were killed and 11 injured in the ambush, the army said.", [("killed", 4), ("wounded", 11)]),
    ("11 soldiers, among them a colonel, were killed and 5 others were injured on Wednesday.",
     [("killed", 11), ("wounded", 5)]),
    # a toll broken into groups that add up to it (monitors, OCHA): one event per group beside the
    # total (RECORDS.md: one per outcome and per group); a subset ("including five children") is none
    ("Monitors documented the death of 14 people in the past 24 hours, including 3 civilians, 5 soldiers and 6 gunmen.",
     [("killed", 3), ("killed", 5), ("killed", 6), ("killed", 14)]),
    ("29 people (8 civilians, 12 soldiers and 9 gunmen) were killed in clashes in Kelvora.",
     [("killed", 8), ("killed", 9), ("killed", 12), ("killed", 29)]),
    ("11 soldiers, among them a colonel, were killed in the ambush near Kelvora.", [("killed", 11)]),
]


@pytest.mark.parametrize("text,expected", CASUALTY_COUNTS)
def test_casualty_counts(nlp, text, expected):
    assert casualties(nlp, text) == expected


# a force going home is a withdrawal, whatever verb carries it (releases of defence ministries: d132,
# d133, d153), and the place is where it goes
@pytest.mark.parametrize("text,count,place", [
    ("The previous rotation of around 80 personnel from the 7th Brigade returned home to Brisbane on Sunday.",
     80, "Brisbane"),
    ("Four Polish F-16 fighter jets ended their rotation at Siauliai and flew back to Poland on 31 December.",
     4, "Poland"),
    ("The last 200 French soldiers came home from Niger on Friday.", 200, None),
    ("About 150 Kelvorian peacekeepers sailed home to Kelport after a year in Lebanon.", 150, "Kelport"),
])
def test_a_force_going_home_withdraws(nlp, text, count, place):
    found, _ = events(nlp, text, "2025-09-18")
    drawn = [e for e in found if e["type"] == "withdrawal"]
    assert drawn and (drawn[0]["quantity"] or {}).get("value") == count, [e["summary"] for e in found]
    assert place is None or (drawn[0]["location"] or {}).get("name") == place, drawn[0]
    assert not [e for e in found if e["type"] == "deployment"], [e["summary"] for e in found]


@pytest.mark.parametrize("text,outcome,count", [
    ("The number of injured has grown to 61, including eight children, he said.", "wounded", 61),
])
def test_a_toll_that_grows(nlp, text, outcome, count):
    assert (outcome, count) in casualties(nlp, text)


# a buyer that "takes delivery" receives, as one that receives (defence trade news, d149)
def test_taking_delivery_is_receiving(nlp):
    found, _ = events(nlp, "Poland took delivery of the first four of its 32 F-35A fighters at Lask Air Base on Monday.",
                      "2025-11-20")
    supplies = [e for e in found if e["type"] == "supply"]
    assert supplies and (supplies[0]["recipient"] or {}).get("name") == "Poland", [e["summary"] for e in found]
    assert not [e for e in found if e["type"] in ("deployment", "training")], [e["summary"] for e in found]


# a verb of attack before the force it strikes is the verb of its subject, not an adjective ("the
# wounded soldiers", "trained troops"): "Gunmen attacked soldiers", "Russia shelled troops" (d162)
@pytest.mark.parametrize("text,etype", [
    ("Terrorists ambushed troops near Kelngamdu on Wednesday.", "attack"),
    ("Gunmen attacked soldiers at a checkpoint near Kelvo on Monday.", "attack"),
    ("Russia shelled troops near Kelvo on Monday.", "attack"),
    ("Militants killed soldiers in an ambush near Kelvo.", "casualties"),
])
def test_a_verb_before_a_force_after_its_subject_is_no_adjective(nlp, text, etype):
    found, _ = events(nlp, text, "2025-05-17")
    assert etype in [e["type"] for e in found], [e["summary"] for e in found]


@pytest.mark.parametrize("text,etype", [
    ("The wounded soldiers were flown to Kyiv on Monday.", "casualties"),
    ("Hundreds of trained soldiers arrived in Kelvo.", "training"),
    ("Newly mobilised reservists joined the brigade.", "deployment"),
])
def test_a_participle_after_an_article_describes_the_force(nlp, text, etype):
    found, _ = events(nlp, text, "2025-05-17")
    assert [e for e in found if e["type"] == etype and (e.get("trigger") or "").lower() in
            ("wounded", "trained", "mobilised")] == [], [e["summary"] for e in found]


@pytest.mark.parametrize("text", [
    # the plural of every noun of attack is one too ("aerial bombardments", "ambushes",
    # "incursions"; the nouns list gave some plurals and not others: d120)
    "Between 18 and 20 July, the SSPDF carried out aerial bombardments on Kelayod, killing 14 civilians.",
    "Repeated incursions near Kelvo killed two herders last week.",
    "Three ambushes on the Kelvo road killed nine soldiers in May.",
    # a bomber who "blew himself up" and saboteurs who "blew up" a bridge attack (d180's Kabul
    # bombing, d85's railway track); the words were no trigger at all
    "At least nine people were killed when a suicide bomber blew himself up near a bank in Kelvabad on Wednesday.",
    "Militants blew up a railway bridge near Kelvo on Sunday.",
    "Two attackers blew themselves up outside a police station in Kelvabad on Friday.",
])
def test_words_of_attack_met_on_unseen_text(nlp, text):
    found, _ = events(nlp, text, "2025-07-24")
    assert "attack" in [e["type"] for e in found], [e["summary"] for e in found]


# people abducted "from" a place were taken there: the place of the casualties, not an origin of
# movement to skip (d121's "In Zamfara state, bandits abducted 25 people from Kaura Namoda")
@pytest.mark.parametrize("text,place", [
    ("In Katsina state, bandits abducted 25 people from Funtua.", "Funtua"),
    ("Gunmen kidnapped 12 students from Kelvoria village on Monday.", "Kelvoria"),
])
def test_people_taken_from_a_place_were_taken_there(nlp, text, place):
    found, _ = events(nlp, text, "2025-06-10")
    taken = [e for e in found if e["type"] == "casualties"]
    assert taken and (taken[0]["location"] or {}).get("name") == place, [e["summary"] for e in found]


# Bodies found are people killed (d94's "Their bodies were found on 15 October", d197's cartel war
# report, and the optional ones of d119 and d143); a city's homicides are killings too
@pytest.mark.parametrize("text,count", [
    ("Early Sunday, the bodies of six men were found in Kelvo.", 6),
    ("Police recovered 12 bodies from a mass grave near Kelvo on Monday.", 12),
    ("Prosecutors recorded 19 homicides in Kelvo in the last 24 hours.", 19),
])
def test_bodies_found_and_homicides_are_deaths(nlp, text, count):
    assert ("killed", count) in casualties(nlp, text), casualties(nlp, text)


def test_bodies_carried_home_are_no_new_deaths(nlp):
    assert casualties(nlp, "The bodies of the two pilots were carried to Kelvo for burial.") == []


# A noun of attack in a sentence that tells its dead is that strike, whether the deaths come
# before it ("were injured in a drone attack on ...", "killing six of them in an exchange of
# fire near ...") or it caused them ("Clashes ... in April 2021 left more than 50 people dead"):
# seen in d118, d168, d182 (three batches); the attack was dropped and only the toll kept
@pytest.mark.parametrize("text", [
    "Clashes on the disputed border in April 2021 left more than 50 people dead on both sides.",
    "Two people were injured in a drone attack on Kelvo's Dumbrek district.",
    "Soldiers later pursued the attackers, killing six of them in an exchange of fire near Kelvo.",
])
def test_a_noun_of_attack_with_its_dead_is_an_attack(nlp, text):
    found, _ = events(nlp, text, "2025-05-17")
    assert {"attack", "casualties"} <= {e["type"] for e in found}, [e["summary"] for e in found]


def test_deaths_beside_no_noun_of_attack_make_no_attack(nlp):
    found, _ = events(nlp, "Five people died in a road accident near Kelvo on Monday.", "2025-05-17")
    assert "attack" not in [e["type"] for e in found], [e["summary"] for e in found]


def test_deaths_beside_a_strike_told_before_make_no_new_attack(nlp):
    found, _ = events(nlp, "A 16-year-old girl injured in the strike died at a clinic on Tuesday.", "2025-05-17")
    assert "attack" not in [e["type"] for e in found], [e["summary"] for e in found]


# Arms counted by their model alone ("12 TB2s", "18 K9s") are materiel: a purchase or an order of
# them is a supply (d209's export analysis; register and procurement styles of d103, d142, d149)
@pytest.mark.parametrize("text,count", [
    ("Kelvoria bought 12 TB2s in 2019.", 12),
    ("Kelvoria, which ordered 24 TB2s in 2021, took delivery of the last of them in October 2022.", 24),
    ("Kelvoria ordered 18 K9s from Hanwha in 2023.", 18),
])
def test_arms_counted_by_model_are_supplied(nlp, text, count):
    found, _ = events(nlp, text, "2025-09-17")
    supplies = [e for e in found if e["type"] == "supply"]
    assert supplies and (supplies[0]["quantity"] or {}).get("value") == count, [e["summary"] for e in found]


# US arms-sale notices (DSCA; d142, d177, d215 in three batches): "approved a possible sale" and
# "a possible Foreign Military Sale" are terms of art, an approval made, not a hedge
@pytest.mark.parametrize("text", [
    "In April 2025, the Department of State approved a possible sale to Kelvoria of 20 F-16 aircraft.",
    "The State Department has made a determination approving a possible Foreign Military Sale to the "
    "Government of Kelvoria of AIM-120 missiles for an estimated cost of $86 million.",
])
def test_an_approved_possible_sale_is_a_supply(nlp, text):
    found, every = events(nlp, text, "2025-06-20")
    assert "supply" in [e["type"] for e in found], [(e["summary"], e.get("modality")) for e in every]


def test_a_possible_purchase_stays_possible(nlp):
    found, every = events(nlp, "Kelvoria may buy 20 F-16 aircraft from the United States.", "2025-06-20")
    assert "supply" not in [e["type"] for e in found] and every, [(e["summary"], e.get("modality")) for e in every]


# "in the towns of Chamaa and Bayada in the Tyre district", "in the border town of Zalambessa ...
# in Ethiopia's Tigray region": the settlement named after "the town of" is where it happens, not
# the wider area after it (d125, d140: the place's preposition stands before "the town of")
@pytest.mark.parametrize("text,etype,place", [
    ("The army deployed some 400 soldiers on Sunday to positions in the towns of Kelvo and Dumbrek in the Tyre district.",
     "deployment", "Kelvo"),
    ("Eritrean troops are still stationed in the border town of Kelvoro, in Ethiopia's Tigray region.", "deployment", "Kelvoro"),
    ("Gunmen attacked the village of Kelvara in Zamfara state on Friday.", "attack", "Kelvara"),
])
def test_a_settlement_named_after_the_town_of_is_the_place(nlp, text, etype, place):
    found, _ = events(nlp, text, "2025-06-20")
    hits = [e for e in found if e["type"] == etype]
    assert hits and (hits[0]["location"] or {}).get("name") == place, [e["summary"] for e in found]


# troops "fighting in" a country they were sent to are there (presence is deployment), but soldiers
# who "were fighting near Bara" are in a battle (d191): only "fighting in" reads as presence
@pytest.mark.parametrize("text,etype", [
    ("Soldiers of the 5th Infantry Division were fighting near Kelvo this week, the army said.", "attack"),
    ("North Korean troops are fighting in Kursk alongside Russian forces.", "deployment"),
])
def test_fighting_near_a_place_is_a_battle_fighting_in_a_country_presence(nlp, text, etype):
    found, _ = events(nlp, text, "2025-05-09")
    assert etype in [e["type"] for e in found], [e["summary"] for e in found]
