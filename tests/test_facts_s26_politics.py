"""Phrasings found in session 26 (party leadership contests, reshuffles, local elections, inquiries), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair, typed


def test_a_name_ending_in_a_political_family_plural_is_a_party_whose_people_are_members() -> None:
    a = run("Tom Varga left the Coastal Independents in March after a row over housing.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Tom Varga", "Coastal Independents")] == (None, "2024-03")
    assert ("Tom Varga", "Coastal Independents") not in facts_by_pair(a, "employee")
    b = run("Ana Ruiz quit the Liberal Conservatives in 2020.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Ana Ruiz", "Liberal Conservatives")] == (None, "2020")
    c = run("She defeated the incumbent, Rupert Hale of the Liberal Conservatives, in 2012.", "2024-05-08")
    assert ("Rupert Hale", "Liberal Conservatives") in facts_by_pair(c, "member")
    assert ("Rupert Hale", "Liberal Conservatives") not in facts_by_pair(c, "employee")


def test_sitting_on_a_partys_benches_is_membership_of_the_party() -> None:
    a = run("Lina Brandt, who has sat on the Civic League benches since 2012, said she would stay.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Lina Brandt", "Civic League")] == ("2012", None)
    b = run("Tom Varga sat on the Heritage Party benches from 2005 until 2019.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Tom Varga", "Heritage Party")] == ("2005", "2019")
    # a council named as a whole stays the member's body
    c = run("Ruth Amsel has served on the Westford city council since 2014.", "2024-05-08")
    assert facts_by_pair(c, "member")[("Ruth Amsel", "westford city council")] == ("2014", None)


def test_a_post_of_the_party_named_before_the_noun_party_is_held_there() -> None:
    a = run("Tom Varga, the Heritage Union party's health spokesman, spoke on Monday.", "2024-05-08")
    assert ("Tom Varga", "Heritage Union") in facts_by_pair(a, "member")
    b = run("The opposition's plan was attacked by the Liberal Reform party's transport spokesman, Jon Brask.", "2024-05-08")
    assert ("Jon Brask", "Liberal Reform") in facts_by_pair(b, "member")
    c = run("Dana Pike, the Norvik Logistics company's finance director, left.", "2024-05-08")
    assert ("Dana Pike", "Norvik Logistics") in facts_by_pair(c, "employee")


def test_a_person_named_as_a_partys_is_its_member() -> None:
    a = run("The Greens' Anna Pell won 12 per cent.", "2024-05-08")
    assert ("Anna Pell", "Greens") in facts_by_pair(a, "member")
    b = run("Labour's Jane Dorrance said the plan had failed.", "2024-05-08")
    assert ("Jane Dorrance", "Labour") in facts_by_pair(b, "member")
    c = run("Acme's Jane Dorrance said the plan had failed.", "2024-05-08")
    assert ("Jane Dorrance", "Acme") not in facts_by_pair(c, "member")


def test_returned_for_a_term_or_as_mayor_is_an_election() -> None:
    a = run("Mara Quill was returned for a third term as mayor of Westford on Thursday.", "2024-05-08")
    assert event_names(a, "politics.elect", "patient") == ["Mara Quill"]
    assert typed(a, "politics.elect")[0].time == "2024-05-02"
    b = run("In 2019 the voters of Dunmore returned Omar Feld as mayor.", "2024-05-08")
    assert event_names(b, "politics.elect", "patient") == ["Omar Feld"]
    # returning from a trip elects no one
    assert typed(run("Mara Quill returned from Paris on Thursday.", "2024-05-08"), "politics.elect") == []


def test_a_demotion_to_a_post_is_an_appointment() -> None:
    a = run("Omar Feld was demoted to minister for veterans on Friday.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Omar Feld"]
    b = run("The prime minister demoted Omar Feld to the post of junior minister in 2021.", "2024-05-08")
    assert facts_by_pair(b, "role")[("Omar Feld", "junior minister")] == ("2021", None)
    # a side sent down a division is no appointment
    assert typed(run("Westford Rovers were demoted to the second division in 2019.", "2024-05-08"), "career.appoint") == []


def test_a_brief_handed_or_passing_to_a_person_appoints_them() -> None:
    a = run("The health brief was handed to Omar Feld on Monday.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Omar Feld"]
    b = run("The trade portfolio passes to Lena Moss, who joined the cabinet in 2020.", "2024-05-08")
    assert "Lena Moss" in event_names(b, "career.appoint", "patient")
    # a ball passed on names no one to a post
    assert typed(run("The ball passed to Omar Feld in the final minute.", "2024-05-08"), "career.appoint") == []


def test_an_appointment_naming_no_post_does_not_date_a_former_one() -> None:
    a = run("The health brief was handed to Omar Feld, a former nurse, on Monday.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Omar Feld", "nurse")] == (None, "PAST_REF")
    b = run("Lena Moss, a former economist at the Bank of Norland, was appointed on Friday.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Lena Moss", "Bank of Norland")] == (None, "PAST_REF")
