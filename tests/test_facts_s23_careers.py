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
