"""Phrasings found in session 25 (organisations and their members: a union's executive, a band's
line-up, a company board, councillors changing party), each as an invented sentence through the
real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_args, event_names, facts_by_pair


def test_a_party_expelling_a_named_member_fires_them() -> None:
    a = run("On March 3 the Social Unity Party expelled Councillor Dana Whitlock after she voted against the plan.",
            "2024-05-08")
    assert event_args(a, "career.fire") == [{"agent": "Social Unity Party", "patient": "Dana Whitlock",
                                             "organization": "Social Unity Party"}]
    assert facts_by_pair(a, "member")[("Dana Whitlock", "Social Unity Party")] == (None, "2024-03-03")
    # a country sending diplomats home fires no one
    assert event_args(run("Norland expelled two diplomats on Monday.", "2024-05-08"), "career.fire") == []


def test_a_dated_expulsion_ends_a_membership_a_former_post_placed_before_now() -> None:
    a = run("On March 3 the Social Unity Party expelled Dana Whitlock, its former transport spokeswoman.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Dana Whitlock", "Social Unity Party")] == (None, "2024-03-03")


def test_a_party_member_since_a_year_is_a_membership_not_a_post() -> None:
    a = run("Ravi Okonedo, 52, a Liberal Union Party member since 2001, became mayor in 2019.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Ravi Okonedo", "Liberal Union Party")] == ("2001", None)
    assert not [f for f in a.facts if f.relation == "role" and f.value == "member"]
    # a member told with no body keeps the word ("the founding member X, who left")
    b = run("The guitarist joined in 2021 after the departure of the founding member Declan Orrisey, who left to pursue "
            "a solo career.", "2024-05-08")
    assert [f.value for f in b.facts if f.relation == "role" and b.entity(f.subject).name == "Declan Orrisey"] == ["member"]


def test_a_trade_unions_people_are_its_members_and_its_officials_its_staff() -> None:
    a = run("The Allied Bakers' Union will strike. Hal Brennock joined the union in 2019.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Hal Brennock", "Allied Bakers' Union")] == ("2019", None)
    assert ("Hal Brennock", "Allied Bakers' Union") not in facts_by_pair(a, "employee")
    b = run("Omar Lindqvist, an engineer who was expelled from the Harbour Workers' Union in 2020, spoke on Monday.",
            "2024-05-08")
    assert facts_by_pair(b, "member")[("Omar Lindqvist", "Harbour Workers' Union")] == (None, "2020")
    c = run("Hal Brennock, the general secretary of the National Union of Bakers, spoke.", "2024-05-08")
    assert ("Hal Brennock", "National Union of Bakers") in facts_by_pair(c, "employee")
    d = run("Hal Brennock worked at the European Union for a decade.", "2024-05-08")
    assert ("Hal Brennock", "European Union") in facts_by_pair(d, "employee")


def test_defecting_to_a_party_is_a_hiring_by_it_and_leaves_the_party_named_before() -> None:
    a = run("Mara Ellison defected to the Social Unity Party in 2018.", "2024-05-08")
    assert event_args(a, "career.hire") == [{"patient": "Mara Ellison", "organization": "Social Unity Party",
                                             "agent": "Social Unity Party"}]
    assert facts_by_pair(a, "member")[("Mara Ellison", "Social Unity Party")] == ("2018", None)  # joined, not left
    b = run("Tom Ruiz was first elected in 2015 as a member of the People's Union Party but defected to the Social Unity "
            "Party three years later.", "2024-05-08")
    assert {"agent": "Tom Ruiz", "organization": "People's Union Party"}.items() <= event_args(b, "career.resign")[0].items()
    assert facts_by_pair(b, "member")[("Tom Ruiz", "People's Union Party")][1] == "2018"
    assert facts_by_pair(b, "member")[("Tom Ruiz", "Social Unity Party")] == ("2018", None)
    c = run("Zarn Audio sued Dorran Kesselby, a senior engineer who had defected to Merrit Labs in 2021 after nine years "
            "at Zarn Audio.", "2024-05-08")
    assert {"agent": "Dorran Kesselby", "organization": "Zarn Audio"}.items() <= event_args(c, "career.resign")[0].items()
    assert event_args(run("The pilot defected to the West in 1976.", "2024-05-08"), "career.hire") == []


def test_a_former_tradesman_points_back_to_the_person_just_named() -> None:
    a = run("Desmond Arkwell spoke on Monday. The former postman was first elected in 2019.", "2024-05-08")
    assert event_names(a, "politics.elect", "patient") == ["Desmond Arkwell"]


def test_a_plural_name_whose_records_or_line_up_are_told_is_a_band_and_the_band_stands_for_it() -> None:
    a = run("Mira Castellan, whose riffs defined the Copper Wolves' early records, has left the band.", "2024-05-08")
    assert entity_types(a).get("Copper Wolves") == "ORG"
    assert event_names(a, "career.resign", "organization") == ["Copper Wolves"]
    assert facts_by_pair(a, "member")[("Mira Castellan", "Copper Wolves")] == (None, "PAST_REF")
    # a firm's plural name is no band's
    b = run("Acme Holdings sold a warehouse in May. Tom Reyes has left the band.", "2024-05-08")
    assert event_names(b, "career.resign", "organization") in ([], [None])


def test_a_union_named_after_a_workplace_is_still_a_union() -> None:
    # "Hospital", "Laboratory" in a union's name make no research or public body of it
    a = run("The Allied Union of Hospital Porters met on Monday. Ola Brant joined the union in 2018.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Ola Brant", "Allied Union of Hospital Porters")] == ("2018", None)


def test_dismissing_a_request_fires_no_one() -> None:
    a = run("The party has asked the two councillors to stand down, a request Rosa Ilves dismissed as a stunt.", "2024-05-08")
    assert event_args(a, "career.fire") == []
