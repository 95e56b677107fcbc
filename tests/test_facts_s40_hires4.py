"""Session 40: hirings told across small whole articles (a headline, a body naming people once and then by surname,
pronoun or role, a time told once), as invented texts through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def test_a_hiring_noun_standing_as_a_title_before_a_name_is_that_persons_hiring() -> None:
    # "Rovers' latest recruit Tom Hale", "the club's new signing Chidi Okeke" (no comma): the one hired, and the clause
    # the title stands in ("scored on Saturday", "says ... on Saturday") does not date the hiring
    a = run("Dunmore's new signing eyes debut\n\nDunmore Athletic's new signing Chidi Okeke says he is ready to make his "
            "debut against Fairleigh on Saturday. The winger cost £2 million.")
    assert event_names(a, "career.hire", "patient") == ["Chidi Okeke"]
    assert [e.time for e in typed(a, "career.hire")] == [None]
    b = run("Harlow Rovers won again on Saturday. Rovers' latest recruit Tom Hale scored twice in the first half.")
    assert event_names(b, "career.hire", "patient") == ["Tom Hale"]
    assert [e.time for e in typed(b, "career.hire")] == [None]
    c = run("The club's record signing Ivo Brankley was injured in March.")
    assert event_names(c, "career.hire", "patient") == ["Ivo Brankley"]
    assert [e.time for e in typed(c, "career.hire")] == [None]
    # the noun's own time still dates it
    d = run("Kelso Town's summer signing Dan Moore scored in March.")
    assert [e.time for e in typed(d, "career.hire")] == ["2024-SU"]
    # a title of another kind before a name tells no hiring
    e = run("Harlow Rovers won again on Saturday. Rovers' top scorer Tom Hale scored twice in the first half.")
    assert typed(e, "career.hire") == []


def test_a_passive_gerund_off_the_second_of_two_verbs_sharing_a_subject_is_done_to_that_subject() -> None:
    # "X trained in Y and worked at Z before being recruited by W": X recruited (as with one verb: "X worked at Z
    # before being recruited by W")
    a = run("Ndlovu to lead Fenwick research\n\nDr Thandi Ndlovu trained in Cape Town and worked for a decade at Groote "
            "Schuur Hospital before being recruited by the Fenwick Institute in 2014 as head of immunology. She will now "
            "run its research division, the institute said on Tuesday.")
    assert event_names(a, "career.hire", "patient") == ["Thandi Ndlovu"]
    assert event_names(a, "career.hire", "agent") == ["Fenwick Institute"]
    assert [e.time for e in typed(a, "career.hire")] == ["2014"]
    b = run("Mark Oduya played for Ashby Town and captained the side before being signed by Harlow Rovers in 2012.")
    assert event_names(b, "career.hire", "patient") == ["Mark Oduya"]
    c = run("Jane Pike studied law and worked at Brill & Keyes until being poached by Marlow Partners in 2019.")
    assert event_names(c, "career.hire", "patient") == ["Jane Pike"]
    assert event_names(c, "career.hire", "agent") == ["Marlow Partners"]


def test_one_of_a_group_named_in_apposition_is_the_one_hired() -> None:
    # "One of them, X, joined the force": the count stands for the name in apposition to it
    a = run("Norcastle police hire investigators\n\nNorcastle Constabulary has taken on forty civilian investigators to "
            "tackle fraud. One of them, Amira Hassan, joined the force from the accountancy firm Brill & Keyes in August.")
    assert event_names(a, "career.hire", "patient") == ["Amira Hassan"]
    assert event_names(a, "career.hire", "organization") == ["Norcastle Constabulary"]
    b = run("Ashby Town have had a busy week. One of their new players, Marek Tollan, joined the club from Harlow Rovers on Friday.")
    assert event_names(b, "career.hire", "patient") == ["Marek Tollan"]


def test_the_body_a_rival_is_of_is_not_the_body_joined() -> None:
    # "joined Harlow's neighbours Ashby Town": Ashby Town joined, not Harlow
    a = run("Harlow Rovers lost again on Saturday. Their former captain Orla Byrne joined Harlow's neighbours Ashby Town in 2019.")
    hires = typed(a, "career.hire")
    assert len(hires) == 1
    assert {a.entity(g.entity).name for g in hires[0].args if g.role == "organization" and g.entity} == {"Ashby Town"}
    b = run("Orla Byrne joined Harlow's rivals Ashby Town in 2019.")
    assert {b.entity(g.entity).name for e in typed(b, "career.hire") for g in e.args if g.role == "organization" and g.entity} \
        == {"Ashby Town"}
    # a group of the body's own still tells the body
    c = run("Harlow Rovers lost again. Orla Byrne joined Harlow's staff in 2019.")
    assert event_names(c, "career.hire", "organization") == ["Harlow Rovers"]


def test_a_club_named_with_its_town_signing_a_player_is_a_body_the_recognizer_missed() -> None:
    # a headline naming the club by its town alone ("Brookfield sign X") can hide "Brookfield Town" in the body from the
    # recognizer; a name ending in a club's word that signs someone is the club
    a = run("Brookfield sign Adeyemi\n\nBrookfield Town have signed the defender Kola Adeyemi on an 18-month deal. Adeyemi, "
            "27, was released by Castlemere in the summer.")
    assert event_names(a, "career.hire", "agent") == ["Brookfield Town"]
    assert event_names(a, "career.hire", "patient") == ["Kola Adeyemi"]
    b = run("Wexley sign Tallis\n\nWexley Rovers have snapped up the striker Ben Tallis from Corby. Tallis, 24, scored 20 "
            "goals last season.")
    assert event_names(b, "career.hire", "agent") == ["Wexley Rovers"]


def test_a_body_noun_stands_for_a_name_ending_in_its_plural_or_its_kind_of_word() -> None:
    # "the studio" for "Pinefold Studios" (its plural), "the label" for "Corvel Records": the one hiring
    a = run("Pinefold Studios made a loss last year. The studio has now taken on the animator Grace Lee to lead its next feature.")
    assert event_names(a, "career.hire", "agent") == ["Pinefold Studios"]
    b = run("Corvel Records had a strong year. The label has signed the singer Mia Hart.")
    assert event_names(b, "career.hire", "agent") == ["Corvel Records"]
    c = run("Greyling Pictures had a hit in March. The studio has hired the animator Yuki Tanabe.")
    assert event_names(c, "career.hire", "agent") == ["Greyling Pictures"]
    # a noun of another kind is not that name
    d = run("Corvel Records had a strong year. The studio has hired the engineer Mia Hart.")
    assert "Corvel Records" not in event_names(d, "career.hire", "agent")


def test_a_player_penning_a_deal_with_a_club_is_signed_by_it() -> None:
    # "penned a three-year deal with X" as "inked" / "signed": X took the player on
    a = run("Tollan joins Harlow\n\nMarek Tollan has penned a three-year deal with Harlow Rovers. The striker, 24, scored 19 "
            "goals for Ashby Town last season.")
    assert event_names(a, "career.hire", "patient") == ["Marek Tollan"]
    assert event_names(a, "career.hire", "agent") == ["Harlow Rovers"]
    b = run("The striker Ivo Brankley penned a two-year contract with Kelso United in June.")
    assert event_names(b, "career.hire", "agent") == ["Kelso United"]
    # writing is no signing: "penned a column", and a contract penned with no one named signs no law either
    c = run("Ruth Dale penned a column for the Harbour Times in May.")
    assert typed(c, "career.hire") == [] and typed(c, "politics.sign") == []
    d = run("Marek Tollan penned a new contract on Friday.")
    assert typed(d, "career.hire") == [] and typed(d, "politics.sign") == []
