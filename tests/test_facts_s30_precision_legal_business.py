"""False positives of business events that recur across the development articles (session 30, round 3),
each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_a_play_or_tour_that_opens_in_a_relative_clause_is_no_launch() -> None:
    # "the new play by X, which opens at the Y Theatre": the relative clause hangs on the author, but it is the
    # play that opens -- a premiere, not a business opening
    a = run("She stars in Harbour Lights, the new play by the writer Tamsin Wold-Achebe, which opens at the Crane "
            "Theatre in Dunmore on June 19.", "2024-05-08")
    assert_no_event(a, "business.launch")
    b = run("He directs Salt Roads, a musical about the war that opened in Calder last week.", "2024-05-08")
    assert_no_event(b, "business.launch")
    c = run("Pell Arden is rehearsing for a concert tour of the singer Mina Sorrel, which opens in Lisbon in March.",
            "2024-05-08")
    assert_no_event(c, "business.launch")


def test_a_shop_or_plant_that_opens_in_a_relative_clause_is_still_a_launch() -> None:
    a = run("The bakery chain Corvid Loaves, which opened a shop in Dunmore in 2019, employs 40 people.", "2024-05-08")
    assert_event(a, "business.launch", {"agent": "Corvid Loaves", "place": "Dunmore"})
    b = run("Marrow Foods runs a plant in Calder, which opened in 2009.", "2024-05-08")
    assert [e.time for e in typed(b, "business.launch")] == ["2009"]


def test_a_stake_kept_is_no_investment() -> None:
    # "would keep her stake", "retains a stake": a stake held on to, none bought
    a = run("Pellam Foods bought a stake in Tavis Dairies in 2019. Greta Lorne said she would keep her stake in "
            "Tavis Dairies.", "2024-05-08")
    assert [e.time for e in typed(a, "business.invest")] == ["2019"]
    assert_event(a, "business.invest", {"agent": "Pellam Foods", "target": "Tavis Dairies"})
    b = run("The financier Arno Veldt retains a 12 per cent stake in Corlis Media.", "2024-05-08")
    assert_no_event(b, "business.invest")
    c = run("Greta Lorne has not decided whether to keep any of her own stake in Tavis Dairies.", "2024-05-08")
    assert_no_event(c, "business.invest")


def test_the_object_of_a_fronted_participle_is_not_the_main_clause_subject() -> None:
    # "Sentencing her, Judge X said ...": the judge sentences someone else; "her" is the defendant named before
    a = run("Mara Quell, 41, admitted fraud. Sentencing her, Judge Helen Rusk said she had shown no remorse.",
            "2024-05-08")
    assert_event(a, "legal.sentence", {"patient": "Mara Quell", "agent": "Helen Rusk"})
    assert "Helen Rusk" not in event_names(a, "legal.sentence", "patient")
    b = run("Tom Brack admitted theft at Calder Crown Court. Jailing him, Judge Owen Pyle said the offences were grave.",
            "2024-05-08")
    assert event_names(b, "legal.sentence", "patient") == ["Tom Brack"]
