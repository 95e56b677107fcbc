"""Phrasings found in session 23 (careers: boardrooms, universities, cabinets, club staff), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def test_a_firm_named_after_its_founder_keeps_its_short_form() -> None:
    # "Tessaly" alone is the company "Tessaly Instruments" (a company word like Sensors, Optics,
    # Electronics, Engineering), not its founder "Gwen Tessaly", named only at the end
    a = run("Tessaly Instruments has poached Ana Ruiz from a rival. Tessaly bought the lens maker Orrin Optics in "
            "2020. Tessaly was founded by Gwen Tessaly in 1955.", "2024-05-08")
    assert "Tessaly Instruments" in event_names(a, "business.acquire", "agent")
    assert "Tessaly Instruments" in event_names(a, "business.found", "organization")
    assert ("Ana Ruiz", "Tessaly Instruments") in facts_by_pair(a, "employee")


def test_were_let_go_is_a_dismissal_of_each_person_listed_with_a_title() -> None:
    a = run("The labour minister, Jan Hurtak, and the culture minister, Dana Kolarova, were also let go on Monday.",
            "2024-05-08")
    assert sorted(n for n in event_names(a, "career.fire", "patient") if n) == ["Dana Kolarova", "Jan Hurtak"]
    roles = facts_by_pair(a, "role")
    assert roles.get(("Jan Hurtak", "labour minister")) == (None, "2024-05-06")
    assert roles.get(("Dana Kolarova", "culture minister")) == (None, "2024-05-06")
    assert ("Jan Hurtak", "culture minister") not in roles


def test_let_go_of_a_thing_is_no_dismissal() -> None:
    a = run("Mara Veldt let go of the rope on Monday.", "2024-05-08")
    assert event_names(a, "career.fire", "patient") == []


def test_two_people_leaving_a_club_leave_one_each() -> None:
    a = run("His assistant, Dan Kemble, and the fitness coach Aro Tamm also left the club on Monday.", "2024-05-08")
    assert sorted(n for n in event_names(a, "career.resign", "agent") if n) == ["Aro Tamm", "Dan Kemble"]


def test_a_clubs_coaching_staff_are_employees_not_members() -> None:
    # appointed with no post named, and an assistant: staff of the club, not its players
    a = run("Redvale Town sacked Tom Baird on Monday and appointed Paolo Ricci as his replacement. Baird's assistant, "
            "Dan Kemble, also left the club.", "2024-05-08")
    employees, members = facts_by_pair(a, "employee"), facts_by_pair(a, "member")
    assert ("Paolo Ricci", "Redvale Town") in employees and ("Paolo Ricci", "Redvale Town") not in members
    assert ("Dan Kemble", "Redvale Town") in employees and ("Dan Kemble", "Redvale Town") not in members


def test_made_a_professor_is_an_appointment_dated_by_a_relative_time() -> None:
    a = run("Elsa Brandt joined Corvin University in 2009 and was made a professor two years later.", "2024-05-08")
    assert [(e.time, [g.text for g in e.args if g.role == "role"]) for e in a.events if e.type == "career.appoint"] \
        == [("2011", ["professor"])]
    assert facts_by_pair(a, "role").get(("Elsa Brandt", "professor")) == ("2011", None)


def test_between_two_years_bounds_a_membership_or_a_job() -> None:
    a = run("Ivo Hranac, who played for Redvale Town between 2011 and 2014, is now a coach.", "2024-05-08")
    assert facts_by_pair(a, "member").get(("Ivo Hranac", "Redvale Town")) == ("2011", "2014")
    b = run("Ivo Hranac worked at Corvin Labs between 2011 and 2014.", "2024-05-08")
    assert facts_by_pair(b, "employee").get(("Ivo Hranac", "Corvin Labs")) == ("2011", "2014")


def test_a_surname_told_first_takes_the_first_name_written_with_it_later() -> None:
    # the headline names him by surname; the article's first sentence in full, NER missing both words
    a = run("Tessaly shake-up: Quarrington quits as chief steps up\n\nOsric Quarrington, who spent nine years at the helm "
            "of Tessaly Instruments, stepped down as chief executive on Tuesday. Quarrington, 61, joined the firm in 2008.",
            "2024-05-08")
    assert "Osric Quarrington" in {e.name for e in a.entities if e.type == "PERSON"}
    assert facts_by_pair(a, "employee").get(("Osric Quarrington", "Tessaly Instruments")) == ("2008", "2024-05-07")


def test_among_those_sacked_and_also_let_go_take_the_date_of_the_dismissals_told_before() -> None:
    a = run("The prime minister dismissed three of his ministers on Tuesday. Among those sacked was the transport minister, "
            "Petra Olsavska, 52. The labour minister, Jan Hurtak, and the culture minister, Dana Kolarova, were also let go.",
            "2024-05-08")
    fired = {n: e.time for e in a.events if e.type == "career.fire" for g in e.args
             if g.role == "patient" and g.entity and (n := a.entity(g.entity).name)}
    assert fired == {"Petra Olsavska": "2024-05-07", "Jan Hurtak": "2024-05-07", "Dana Kolarova": "2024-05-07"}
    assert facts_by_pair(a, "role").get(("Petra Olsavska", "transport minister")) == (None, "2024-05-07")


def test_an_undated_dismissal_with_no_also_keeps_no_time_from_another_persons() -> None:
    a = run("Tom Reyes was sacked by Alder Town on Monday. Lia Chen was sacked by Brook Rovers.", "2024-05-08")
    assert {e.time for e in a.events if e.type == "career.fire" and any(g.text == "Lia Chen" for g in e.args)} == {None}


def test_a_description_after_the_age_is_the_persons_post() -> None:
    a = run("Ravi Kellaway, 58, a cardiologist who has led the clinic since 2017, was told of the decision.", "2024-05-08")
    assert ("Ravi Kellaway", "cardiologist") in facts_by_pair(a, "role")


def test_a_financial_controller_is_a_post() -> None:
    a = run("Pavel Kuhn, the group's financial controller, said no.", "2024-05-08")
    assert any(p == "Pavel Kuhn" and "controller" in str(v) for p, v in facts_by_pair(a, "role"))


def test_a_ministry_going_to_someone_appoints_them() -> None:
    a = run("The economy ministry goes to Vesna Pavlic, until now a deputy minister.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Vesna Pavlic"]
    b = run("The money went to Vesna Pavlic.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == []


def test_an_age_description_with_hyphenated_words_is_still_the_last_subject() -> None:
    # "The 54-year-old Dutch-born chemist": nine tokens, five words
    a = run("Ines Vaal was chosen in November. The 54-year-old Dutch-born chemist succeeds Malcolm Ferr.", "2024-05-08")
    assert facts_by_pair(a, "age").get(("Ines Vaal", "54")) is not None
    assert event_names(a, "career.appoint", "patient") == ["Ines Vaal"]


def test_put_in_charge_is_an_appointment() -> None:
    a = run("The club put his assistant, Rory Gell, in temporary charge on Monday.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Rory Gell"]
    b = run("Police put Rory Gell in a cell on Monday.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == []


def test_a_body_named_after_two_places_is_one_name() -> None:
    a = run("Dr Mari Quell, the medical director of the Ashby and Tarrow Hospitals NHS Trust, said no.", "2024-05-08")
    assert ("Mari Quell", "Ashby and Tarrow Hospitals NHS Trust") in facts_by_pair(a, "employee")


def test_poached_to_become_is_said_of_the_one_poached() -> None:
    for text in ("Corvin Labs has poached Ana Ruiz from its rival Delta Optics, where she ran the defence division, to become "
                 "chief operating officer.",
                 "In a separate move, Tessaly has poached Ana Ruiz from its rival Delta Optics, where she ran the defence "
                 "division, to become chief operating officer."):
        a = run(text, "2024-05-08")
        # (a hiring with its post, README: recruited to a body is career.hire, "joined X as chief executive" its role --
        # the reading of the dev fixture this sentence comes from; session 31 changed it from an appointment)
        assert event_names(a, "career.hire", "patient") == ["Ana Ruiz"]
        assert event_names(a, "career.appoint", "patient") == []
        assert "chief operating officer" in {f.value for f in a.facts if f.relation == "role"}


def test_a_post_told_as_previously_held_is_over() -> None:
    a = run("Alder Town appointed Ysolde Marlow, previously head of recruitment at Bremley City, as its first sporting "
            "director last month.", "2024-05-08")
    assert facts_by_pair(a, "employee").get(("Ysolde Marlow", "Bremley City")) == (None, "PAST_REF")
    roles = {f.value: (f.valid_from, f.valid_to) for f in a.facts if f.relation == "role"}
    assert roles.get("head of recruitment") == (None, "PAST_REF")


def test_been_at_a_body_since_joining_it_is_a_stint_from_the_joining() -> None:
    a = run("The club's captain, Femi Adebayo, who has been at Alder Town since joining from Brook Rovers as a teenager in "
            "2016, said the players were sorry.", "2024-05-08")
    assert facts_by_pair(a, "member").get(("Femi Adebayo", "Alder Town")) == ("2016", None)
    b = run("Pavel Kuhn has been at Corvin Labs since 2019.", "2024-05-08")
    assert facts_by_pair(b, "employee").get(("Pavel Kuhn", "Corvin Labs")) == ("2019", None)
    c = run("Pavel Kuhn has been at Corvin Hospital since Monday.", "2024-05-08")
    assert facts_by_pair(c, "employee") == {}


def test_promoted_to_take_her_place_as_a_post_names_the_post() -> None:
    a = run("Pavel Kuhn was promoted to take her place as finance director.", "2024-05-08")
    assert [g.text for e in a.events if e.type == "career.appoint" for g in e.args if g.role == "role"] == ["finance director"]
    b = run("Harwick Foods names Lena Osterberg chief executive as Paul Drummond prepares to retire", "2024-05-08")
    assert "Paul Drummond" not in event_names(b, "career.appoint", "patient")


def test_a_chain_of_also_dismissals_takes_the_first_date() -> None:
    a = run("The prime minister dismissed three of his ministers on Tuesday. Among those sacked was the transport minister, "
            "Petra Olsavska, 52. She had held the post since 2021. The labour minister, Jan Hurtak, and the culture minister, "
            "Dana Kolarova, were also let go.", "2024-05-08")
    assert {e.time for e in a.events if e.type == "career.fire"} == {"2024-05-07"}


def test_held_the_post_since_dates_the_one_post_held() -> None:
    a = run("The transport minister, Petra Olsavska, was sacked on Tuesday. She had held the post since January 2021.",
            "2024-05-08")
    roles = {f.value: (f.valid_from, f.valid_to) for f in a.facts if f.relation == "role"}
    assert roles.get("transport minister") == ("2021-01", "2024-05-07")


def test_joined_as_a_post_with_no_body_named_is_taking_the_post() -> None:
    a = run("Teodora Vale, a former partner at the consultancy Harlow Finch, joined as a non-executive director on "
            "November 1.", "2024-05-08")
    roles = {f.value: (f.valid_from, f.valid_to) for f in a.facts if f.relation == "role"}
    assert roles.get("non-executive director") == ("2023-11-01", None)
    b = run("Rita Osei joined the director on stage.", "2024-05-08")
    assert not [e for e in b.events if e.type in ("career.hire", "career.appoint")]


def test_a_post_after_was_previously_is_over_however_the_parser_tags_it() -> None:
    for text in ("Rita Osei, who was previously provost of Lindberg College, said no.",  # "provost" a noun made acomp
                 "Ines Marrow-Tesk, who was previously provost of Lindberg College in Uppsala, was chosen in November "
                 "from a shortlist of four."):  # ... and tagged an adjective
        a = run(text, "2024-05-08")
        assert {f.value: f.valid_to for f in a.facts if f.relation == "role"} == {"provost": "PAST_REF"}
        assert [f.valid_to for f in a.facts if f.relation == "employee"] == ["PAST_REF"]
