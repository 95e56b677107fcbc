"""Phrasings found in session 26 (party leadership contests, reshuffles, local elections, inquiries), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_args, event_names, facts_by_pair, typed


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


def test_who_after_a_body_named_in_a_persons_description_is_the_person() -> None:
    a = run("The job went to Lena Moss, a former analyst at Norvik Bank who won her seat in 2021.", "2024-05-08")
    assert event_names(a, "politics.elect", "patient") == ["Lena Moss"]
    b = run("Lena Moss, a former analyst at Norvik Bank who was elected in 2021, spoke.", "2024-05-08")
    assert event_names(b, "politics.elect", "patient") == ["Lena Moss"]
    c = run("The prize went to Omar Feld, a teacher in Leeds who was arrested in 2019.", "2024-05-08")
    assert event_names(c, "legal.arrest", "patient") == ["Omar Feld"]


def test_entering_or_being_returned_to_a_chamber_is_an_election_to_it() -> None:
    a = run("Jon Salt entered parliament in 2015 and joined the cabinet two years later.", "2024-05-08")
    assert event_args(a, "politics.elect")[0].get("organization") == "parliament"
    b = run("Ada Lark, a nurse who entered congress in 1999, spoke.", "2024-05-08")
    assert event_args(b, "politics.elect")[0].get("organization") == "congress"
    # the object of an idiom that is no chamber stays part of the trigger
    assert "partner" not in event_args(run("Omar Feld tied the knot in 2019.", "2024-05-08"), "life.marry")[0]


def test_being_brought_into_the_cabinet_is_an_appointment() -> None:
    a = run("Lena Moss entered parliament in 2017 and was brought into the cabinet two years later.", "2024-05-08")
    assert [(e.time, {g.role: g.text for g in e.args}.get("organization")) for e in typed(a, "career.appoint")] \
        == [("2019", "the cabinet")]
    b = run("The prime minister brought Omar Feld into government in 2021.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Omar Feld"]
    c = run("The prime minister brought four new faces into the cabinet in 2021.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_a_possessive_in_a_who_clause_is_the_clauses_noun() -> None:
    a = run("Carl Brin was chosen on Monday to lead the Green Union. The 51-year-old beat Tom Reyes, who had been the "
            "favourite. Brin replaces Omar Feld, 68, who announced his resignation in November after a poor result.", "2024-05-08")
    assert event_names(a, "career.resign", "agent") == ["Omar Feld"]
    b = run("Anna Pell was chosen on Monday to lead the Green Union. The 51-year-old beat Carl Brin, who had been the "
            "favourite. Pell replaces Ruth Hale, 59, who announced her departure in May after a poor result.", "2024-05-08")
    assert event_names(b, "career.resign", "agent") == ["Ruth Hale"]


def test_a_post_ends_when_an_announced_leaving_is_made() -> None:
    a = run("Omar Feld has been leader of the party since 2016. He announced his resignation in November and formally "
            "stood down on Saturday.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Omar Feld", "leader")] == ("2016", "2024-05-04")
    b = run("Ana Ruiz, chief executive of Norvik since 2012, announced her retirement in January. She retired in April.",
            "2024-05-08")
    assert facts_by_pair(b, "employee")[("Ana Ruiz", "Norvik")] == ("2012", "2024-04")
    # announced and not yet made: the announcement still dates the end
    c = run("Omar Feld has been leader of the party since 2016. He announced his resignation in November.", "2024-05-08")
    assert facts_by_pair(c, "role")[("Omar Feld", "leader")] == ("2016", "2023-11")


def test_a_partys_deputy_or_backbencher_named_with_it_is_its_member() -> None:
    a = run("Civic League deputy Lena Moss said no.", "2024-05-08")
    assert ("Lena Moss", "Civic League") in facts_by_pair(a, "member")
    assert ("Lena Moss", "Civic League") not in facts_by_pair(a, "employee")
    b = run("Tom Reyes, a Harbour Forum backbencher, voted against the budget.", "2024-05-08")
    assert ("Tom Reyes", "Harbour Forum") in facts_by_pair(b, "member")
    # a company's deputy chief executive stays on its staff
    c = run("The Acme deputy chief executive Lena Moss said no.", "2024-05-08")
    assert ("Lena Moss", "Acme") in facts_by_pair(c, "employee")


def test_representing_a_body_in_a_chamber_is_membership_of_it() -> None:
    a = run("Lena Moss, who represents the Civic League in parliament, voted against.", "2024-05-08")
    assert ("Lena Moss", "Civic League") in facts_by_pair(a, "member")
    b = run("Since 2015 Tom Reyes has represented the Harbour Alliance on the city council.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Tom Reyes", "Harbour Alliance")] == ("2015", None)
    c = run("Tom Reyes represented Norvik Bank in the talks.", "2024-05-08")
    assert ("Tom Reyes", "Norvik Bank") not in facts_by_pair(c, "member")


def test_a_person_named_as_an_organisations_or_an_organisation_as_a_persons() -> None:
    a = run("Norvik Bank's Lena Moss said the rates would rise.", "2024-05-08")
    assert ("Lena Moss", "Norvik Bank") in facts_by_pair(a, "employee")
    b = run("Kelby Rovers' Tom Reyes scored twice on Saturday.", "2024-05-08")
    assert ("Tom Reyes", "Kelby Rovers") in facts_by_pair(b, "member")
    c = run("In June Councillor Dmitri Koval quit Gordon Allard's Civic Alliance and joined Harpreet Singh's Lakehaven "
            "Forward party.", "2024-05-08")
    assert ("Gordon Allard", "Civic Alliance") in facts_by_pair(c, "member")
    assert ("Harpreet Singh", "Lakehaven Forward") in facts_by_pair(c, "member")


def test_that_morning_or_evening_is_of_the_day_told_about() -> None:
    a = run("She was suspended on Friday after the Echo published the messages that morning.", "2024-05-08")
    assert [(t.text, t.value) for t in a.timexes] == [("Friday", "2024-05-03"), ("that morning", "2024-05-03TMO")]
    b = run("On March 3 the council met. That evening Tom Reyes resigned.", "2024-05-08")
    assert [e.time for e in typed(b, "career.resign")] == ["2024-03-03"]
    # "this morning" is the article's day
    c = run("Tom Reyes said this morning that the talks had failed.", "2024-05-08")
    assert [t.value for t in c.timexes] == ["2024-05-08TMO"]
