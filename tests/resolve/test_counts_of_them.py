"""A count followed by "of them" counts people named before: the group the sentence before
counted.  Fixtures written blind: "Fourteen of them, serving with the SADC Mission ..., were killed
in late January" and "Roughly 1,300 of them remain confined to bases in and around Goma" (d234, a
South African daily), "About 1,200 of them were sent to Charlotte and Lee counties" (d176, a
hurricane report).  The count has no noun of its own; the rules dropped it or the event."""

from __future__ import annotations

import pytest

from tests.helpers import events_of


def counted(nlp, text, etype):
    return [((e.get("quantity") or {}).get("value"), (e.get("location") or {}).get("name"))
            for e in events_of(nlp, text, etype) if e.get("modality", "asserted") == "asserted"]


@pytest.mark.parametrize("text,etype,expected", [
    ("Sixteen soldiers have died since January. Fourteen of them, serving with the UN mission, were killed "
     "in late January when rebels overran Gao.", "casualties", (14, "Gao")),
    ("The guard has 3,000 members. About 1,200 of them were sent to Gao overnight.", "deployment", (1200, "Gao")),
    ("Some 2,900 troops went to Mali in 2023. Roughly 1,300 of them remain in and around Gao.", "deployment", (1300, "Gao")),
    ("Forty soldiers were captured. Twelve of those were later released near Gao, and six of whom were wounded.",
     "casualties", (6, "Gao")),
])
def test_a_count_of_them_counts_people(nlp, text, etype, expected):
    assert expected in counted(nlp, text, etype), counted(nlp, text, etype)


@pytest.mark.parametrize("text", [
    "The ministry bought 40 drones. Ten of them were sent to Gao.",
])
def test_a_count_of_them_after_goods_moves_no_force(nlp, text):
    assert counted(nlp, text, "deployment") == []


# "About 3,800 soldiers from the 2nd Armored Brigade Combat Team, 3rd Infantry Division, have begun
# arriving in Poland" (d245, a Defense News piece written blind): the count opens the sentence, and an
# aside between commas names the unit before the verb; the clause after the aside still moves them
@pytest.mark.parametrize("text,expected", [
    ("About 3,800 soldiers from the 2nd Armored Brigade Combat Team, 3rd Infantry Division, have begun "
     "arriving in Poland.", (3800, "Poland")),
    ("Some 500 troops of the 82nd Airborne Division, based at Fort Bragg, arrived in Kuwait on Monday.", (500, "Kuwait")),
])
def test_a_subject_count_before_an_aside_moves_with_the_verb(nlp, text, expected):
    assert expected in counted(nlp, text, "deployment"), counted(nlp, text, "deployment")


def test_a_count_in_another_clause_is_not_borrowed(nlp):
    text = "Officials said 40 people attended the meeting, and troops arrived in Gao on Monday."
    assert (40, "Gao") not in counted(nlp, text, "deployment")


def test_arms_counted_before_an_aside_strike_with_the_verb(nlp):
    # "371 drones of various modifications, mostly FPVs, attacked Huliaipole, Orikhiv, ..." (d244)
    text = "371 drones of various modifications, mostly FPVs, attacked Huliaipole, Orikhiv and Stepnohirsk."
    assert (371, "Huliaipole") in counted(nlp, text, "attack"), counted(nlp, text, "attack")


def test_a_count_after_a_speakers_colon_opens_the_sentence(nlp):
    # d203 (a Hansard answer): "The Minister for the Armed Forces (Helen Carrow): Two Royal Navy warships,
    # the destroyer HMS Diamond and the frigate HMS Richmond, are deployed to the Red Sea"
    text = ("The Minister (Jane Doe): Two Royal Navy warships, the destroyer HMS Kelvo and the frigate HMS Tarn, "
            "are deployed to the Red Sea.")
    assert (2, "Red Sea") in counted(nlp, text, "deployment"), counted(nlp, text, "deployment")
