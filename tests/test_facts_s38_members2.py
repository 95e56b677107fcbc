"""Session 38: membership facts (`member`), second pass -- a re-election
(a seat held before), "a member of the city council" (a chamber no entity is made of), and the club a player joins
a team from -- as invented sentences through the real pipeline, each with two wordings or more and the near misses
they must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def test_a_reelection_keeps_the_seat_held_before() -> None:
    # "re-elected on Sunday": a member before then, since when not said
    a = run("Tibor Szal, who denies the charges, was re-elected to the regional assembly on Sunday.")
    assert facts_by_pair(a, "member").get(("Tibor Szal", "regional assembly")) == (None, None)
    b = run("Tibor Szal was reelected to the city council on Sunday.")
    assert facts_by_pair(b, "member").get(("Tibor Szal", "city council")) == (None, None)
    c = run("Tibor Szal was elected to the city council on Sunday.")
    assert facts_by_pair(c, "member").get(("Tibor Szal", "city council")) == ("2024-05-05", None)


def test_a_member_of_an_unnamed_chamber() -> None:
    # "a member of the regional assembly": a seat in the chamber as written, no post called "member of ..."
    a = run("Ondrej Falk has been a member of the regional assembly since 2008.")
    assert facts_by_pair(a, "member").get(("Ondrej Falk", "regional assembly")) == ("2008", None)
    assert not facts_by_pair(a, "role")
    b = run("Ondrej Falk, a member of the city council since 2019, criticised the plan.")
    assert facts_by_pair(b, "member").get(("Ondrej Falk", "city council")) == ("2019", None)
    # ... not "member of parliament" (a post), nor a rank in the body
    c = run("Ondrej Falk, a member of parliament, criticised the plan.")
    assert not facts_by_pair(c, "member") and ("Ondrej Falk", "member of parliament") in facts_by_pair(c, "role")
    d = run("Ondrej Falk, the youngest member of the committee, criticised the plan.")
    assert not facts_by_pair(d, "member") and not facts_by_pair(d, "role")


def test_the_club_a_player_joins_a_team_from_is_a_team() -> None:
    # "joined Olympique Sauveterre from Atlantic Stars": the club left is a team too, its player a member until then
    a = run("Thandi Moko joined Olympique Sauveterre in July 2007 from Atlantic Stars.")
    assert facts_by_pair(a, "member").get(("Thandi Moko", "Atlantic Stars")) == (None, "2007-07")
    assert not facts_by_pair(a, "employee")
    b = run("Mara Quill signed for Dunmoral Rovers from Hollins Cross on Friday.")
    assert facts_by_pair(b, "member").get(("Mara Quill", "Hollins Cross")) == (None, "2024-05-03")
    # ... not a job left for a firm
    c = run("Mara Quill joined Hartley Bank from Lloyd Oxley in 2019.")
    assert not facts_by_pair(c, "member")


def test_a_party_the_tagger_reads_as_an_adjective_before_a_legislator() -> None:
    # "a Conservative councillor": the parser makes the party an adjective of the title; she is its member
    a = run("Ross Pike, a Conservative councillor, criticised the plan.")
    assert ("Ross Pike", "Conservative") in facts_by_pair(a, "member")
    b = run("Ross Pike, a Socialist councillor since 2015, criticised the plan.")
    assert facts_by_pair(b, "member").get(("Ross Pike", "Socialist")) == ("2015", None)
    # ... not a leaning of someone with no seat, nor a nationality
    assert not facts_by_pair(run("Ross Pike, a Conservative activist, criticised the plan."), "member")
    assert not facts_by_pair(run("The Dutch striker Ross Pike criticised the plan."), "member")
