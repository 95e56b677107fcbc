"""Session 42: a relative pronoun opening the second of two relative clauses joined by "and" ("X, who had been the MP
since 2010 and who stood down to ...") stands for the noun the first clause is hung on, as the first's does: the parser
hangs the second clause on the first as its conjunct, not on the noun."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair, typed


def test_second_relative_clause_stands_for_the_noun() -> None:
    a = run("Party news\n\nThe vote followed the departure of Anna Price, who had chaired the Harlow Party since 2012 and "
            "who left in May to become chief executive of the Orrin Trust.", "2024-06-01")
    assert event_names(a, "career.hire", "patient") == ["Anna Price"]
    assert [e.time for e in typed(a, "career.hire")] == ["2024-05"]
    assert event_names(a, "career.resign", "agent") == ["Anna Price"]
    assert not any(g.text == "who" for e in typed(a, "career.hire") for g in e.args)  # no relative pronoun left
    assert ("Anna Price", "Orrin Trust") in facts_by_pair(a, "employee")


def test_second_relative_clause_under_a_control_verb() -> None:
    # "X, who ... and who agreed to join Y": the joining is X's
    a = run("Club news\n\nThe club signed Paul Renner, who had captained Corby Athletic since 2019 and who agreed to join "
            "Harlow Rovers in May.", "2024-06-01")
    assert "Paul Renner" in event_names(a, "career.hire", "patient")
    assert not any(g.text == "who" for e in typed(a, "career.hire") for g in e.args)


def test_second_relative_clause_of_a_common_noun_stays_unresolved() -> None:
    # the clauses are about unnamed supporters: no one named is taken for them
    a = run("Party news\n\nTom Baird thanked the supporters who had waited outside and who urged the mayor to join the "
            "Harlow Party.", "2024-06-01")
    assert "Tom Baird" not in event_names(a, "career.hire", "patient")


def test_standing_down_to_take_a_post_does_not_end_it() -> None:
    # "stood down to become chief executive of Y": Y is the body joined, so the post there is not ended by the leaving
    a = run("Seat news\n\nTom Baird, who had been the seat's MP since 2010, stood down to become chief executive of the "
            "Orrin Trust.", "2024-06-01")
    assert event_names(a, "career.appoint", "patient") == ["Tom Baird"]
    assert facts_by_pair(a, "employee")[("Tom Baird", "Orrin Trust")] == (None, None)
    assert facts_by_pair(a, "role")[("Tom Baird", "Orrin Trust")] == (None, None)
    # ... while the body named as left is still the one left
    b = run("Club news\n\nTom Baird stood down as chairman of Harlow Rovers in May to become chief executive of the Orrin "
            "Trust.", "2024-06-01")
    assert facts_by_pair(b, "employee")[("Tom Baird", "Harlow Rovers")] == (None, "2024-05")
    assert facts_by_pair(b, "employee")[("Tom Baird", "Orrin Trust")] == ("2024-05", None)
