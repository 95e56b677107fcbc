"""Session 42: a post or a place offered -- a speculative appointment or hiring of the one offered it (the fixtures'
convention: "an offer reported is a speculative one"), negated when the one offered turned it down -- as invented texts
through the real pipeline, each with a near miss that must stay without it."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, jobs, posts, role_texts, typed


def _offers(a, kind: str = "career.appoint") -> list[tuple[str | None, str]]:
    return [(name, e.certainty) for e, name in zip(typed(a, kind), event_names(a, kind, "patient"), strict=True) if e.lemma == "offer"]


def test_a_post_offered_is_a_speculative_appointment_of_the_one_offered_it() -> None:
    # passive, the post named after "of": the post the role
    a = run("Marco Bellini has been offered the post of assistant manager by the club.")
    assert _offers(a) == [("Marco Bellini", "speculative")]
    assert role_texts(a, "career.appoint", "role") == [["assistant manager"]]
    # active, "to" the one offered: the one offering the agent, the post its owner ("the manager's job")
    b = run("Harlow Rovers have offered the manager's job to Marco Bellini.")
    assert _offers(b) == [("Marco Bellini", "speculative")]
    assert event_names(b, "career.appoint", "agent") == ["Harlow Rovers"]
    assert role_texts(b, "career.appoint", "role") == [["manager"]]
    # the one offered the subject of a verb it hangs on, and of a shared subject
    c = run("Sarah Whitfield had been in talks with the party for weeks and was offered the post of finance minister.")
    assert _offers(c) == [("Sarah Whitfield", "speculative")]
    assert role_texts(c, "career.appoint", "role") == [["finance minister"]]


def test_a_contract_or_a_seat_at_a_body_offered_is_a_speculative_hiring_by_it() -> None:
    a = run("Marco Bellini was offered a contract by Harlow Rovers.")
    assert _offers(a, "career.hire") == [("Marco Bellini", "speculative")]
    assert event_names(a, "career.hire", "agent") == ["Harlow Rovers"]
    assert event_names(a, "career.hire", "organization") == ["Harlow Rovers"]


def test_an_offer_turned_down_is_negated() -> None:
    # "and to have turned it down", "..., who declined it" (the relative clause hung on the title before the name)
    a = run("Sarah Whitfield is understood to have been offered the role of deputy editor and to have turned it down.")
    assert _offers(a) == [("Sarah Whitfield", "negated")]
    b = run("The president had also offered the finance ministry to the former ambassador to Austria, Petar Lindqvist, "
            "who declined it.")
    assert [e.certainty for e in typed(b, "career.appoint")] == ["negated"]
    assert event_names(b, "career.appoint", "patient") == ["Petar Lindqvist"]


def test_an_offer_holds_no_post_and_makes_no_fact() -> None:
    a = run("Marco Bellini has been offered the post of assistant manager by Harlow Rovers.")
    assert posts(a, "Marco Bellini") == {}
    assert jobs(a, "Marco Bellini") == {}


def test_what_is_no_post_offered_is_no_appointment() -> None:
    # a contract extension (README: neither a hiring nor an appointment), a part in a film, jobs for many, any job
    for text in ("Harlow Rovers have offered Marco Bellini a new contract.",
                 "The director offered Sarah Whitfield a role in his new film.",
                 "The shop offered jobs to fifty local people.",
                 "She said she would offer him any job he wants."):
        a = run(text)
        assert not [e for e in a.events if e.type in ("career.appoint", "career.hire")], text


def test_the_post_offered_is_named_by_its_holder() -> None:
    # "the head coach job" (the post before the noun, the one offered read as a second object), "a role as assistant coach",
    # "the captaincy" (its holder's title), "the foreign ministry" (its minister); not "the national team job"
    cases = {"Harlow Rovers offered Marco Bellini the head coach job in March.": [["head coach"]],
             "Harlow Rovers have offered Marco Bellini a role as assistant coach.": [["assistant coach"]],
             "Marco Bellini was offered the captaincy of Harlow Rovers in 2015.": [["captain"]],
             "The president offered the foreign ministry to Sarah Whitfield in March.": [["foreign minister"]],
             "Harlow Rovers offered Marco Bellini the national team job in March.": [[]]}
    for text, want in cases.items():
        assert role_texts(run(text), "career.appoint", "role") == want, text


def test_the_body_named_inside_the_thing_offered_is_the_organisation_and_the_one_offering() -> None:
    a = run("Sarah Whitfield said she had been offered a seat on the board of Corran Mining.")
    assert _offers(a) == [("Sarah Whitfield", "speculative")]
    assert event_names(a, "career.appoint", "organization") == ["Corran Mining"]
    assert event_names(a, "career.appoint", "agent") == ["Corran Mining"]
    # ... a title offering is no agent read from coreference ("the prime minister offered her ..."): none
    b = run("Sarah Whitfield was offered the post of finance minister by the prime minister.")
    assert event_names(b, "career.appoint", "agent") == [None]


ROVERS = ("Harlow Rovers complete summer business\n\nHarlow Rovers finished their summer window on Monday. Harlow Rovers "
          "sold two players and Harlow Rovers kept their manager. ")


def _arrivals(a) -> list[tuple[str | None, str | None]]:
    return [(p, o) for e, p, o in zip(typed(a, "career.hire"), event_names(a, "career.hire", "patient"),
                                      event_names(a, "career.hire", "organization"), strict=True) if e.lemma == "arrive"]


def test_a_player_arriving_joins_the_club_the_article_is_about() -> None:
    # "arrived from the side X on a loan", "the goalkeeper X arrived on a free transfer": a hiring by the club in view
    a = run(ROVERS + "Tomas Berg, a defender, arrived from the Danish side FK Norby on a season-long loan.")
    assert _arrivals(a) == [("Tomas Berg", "Harlow Rovers")]
    assert [name for e, name in zip(typed(a, "career.hire"), event_names(a, "career.hire", "agent"), strict=True)
            if e.lemma == "arrive"] == ["Harlow Rovers"]
    b = run(ROVERS + "The third newcomer, the goalkeeper Tomas Berg, arrived on a free transfer.")
    assert _arrivals(b) == [("Tomas Berg", "Harlow Rovers")]


def test_an_arrival_at_a_place_or_told_of_no_player_joins_nothing() -> None:
    for text in ("Tomas Berg, a defender, arrived in London on Monday.",  # a place reached
                 "Tomas Berg arrived late for the meeting.",  # no move told
                 "The goalkeeper Tomas Berg arrived at the hotel on Monday.",
                 "Tomas Berg left Harlow Rovers in June. He arrived on a free transfer."):  # a pronoun: not read
        a = run(ROVERS + text)
        assert _arrivals(a) == [], text
    # ... nor with no organisation the article is about
    c = run("Tomas Berg, a defender, arrived from the Danish side FK Norby on a season-long loan.")
    assert _arrivals(c) == []
