"""A count of captives right after a verb of taking is captured, whatever casualty verb the
clause has: "The war in Gaza was sparked by Hamas's October 7, 2023, invasion of southern Israel, in
which terrorists killed some 1,200 people and took 251 hostages" (d256, a Times of Israel report
written blind) gave 251 hostages killed."""

from __future__ import annotations

from tests.helpers import events_of


def outcomes(nlp, text):
    return sorted(((e.get("quantity") or {}).get("value"), e.get("outcome"))
                  for e in events_of(nlp, text, "casualties") if e.get("modality", "asserted") == "asserted")


def test_captives_taken_beside_the_dead_are_captured(nlp):
    text = "Terrorists killed some 1,200 people and took 251 hostages in southern Israel on October 7, 2023."
    assert outcomes(nlp, text) == [(251, "captured"), (1200, "killed")]


def test_captives_counted_after_a_killing_verb_alone_stay_its_toll(nlp):
    assert outcomes(nlp, "The strike killed two prisoners in Gao.") == [(2, "killed")]


def test_a_toll_put_at_a_count_keeps_the_count(nlp):
    # d230 (a Radio Okapi translation written blind): "puts the toll at eleven rebels killed and two soldiers
    # wounded": the count after "toll at" is the toll's figure, not a count placed "at" somewhere
    text = "The army spokesman puts the toll at eleven rebels killed and two soldiers wounded."
    assert outcomes(nlp, text) == [(2, "wounded"), (11, "killed")]
