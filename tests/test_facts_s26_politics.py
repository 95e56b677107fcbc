"""Phrasings found in session 26 (party leadership contests, reshuffles, local elections, inquiries), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


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
    assert facts_by_pair(c, "member")[("Ruth Amsel", "Westford city council")] == ("2014", None)


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
