"""Session 36: elections and announcements in phrasings no fixture had (voters who return a member, an announcement
that one will do something the schema also knows as an event noun), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_voters_who_return_a_member_elect_her() -> None:
    # "Voters returned X to the Assembly": X elected, the voters the electing side (never a second one elected)
    a = run("Voters returned Meta Kross to the Assembly for a third term.")
    assert event_names(a, "politics.elect", "patient") == ["Meta Kross"]
    assert role_texts(a, "politics.elect", "agent") == [["Voters"]]
    b = run("The electorate returned Omar Reid to parliament in 2019.")
    assert event_names(b, "politics.elect", "patient") == ["Omar Reid"]
    assert [e.time for e in typed(b, "politics.elect")] == ["2019"]
    c = run("Meta Kross was returned to parliament in 2019.")
    assert event_names(c, "politics.elect", "patient") == ["Meta Kross"]


def test_an_announcement_that_one_will_do_something_is_one() -> None:
    # "announced that he would join X", "announced that it would cut 200 jobs": a clause told, whatever its verb (a verb
    # the schema also knows as an event noun, "join", "cut", "close", is no noun mention of that event)
    a = run("Casimir Ondrejka, the MP for Hallow Fen, announced on Sunday that he would join the Centre Compact.")
    assert event_names(a, "politics.announce", "agent") == ["Casimir Ondrejka"]
    assert [e.time for e in typed(a, "politics.announce")] == ["2024-05-05"]
    b = run("Stellhaven Dynamics announced that it would cut 200 jobs at its plant in Dunsoll.")
    assert event_names(b, "politics.announce", "agent") == ["Stellhaven Dynamics"]
    c = run("Ada Kline declared on Tuesday that the council would close the Kenley library.")
    assert event_names(c, "politics.announce", "agent") == ["Ada Kline"]
    # an event noun announced is still that event's own mention, no announcement of its own
    d = run("Ada Kline and Tom Ashe announced their engagement on Tuesday.")
    assert typed(d, "politics.announce") == []


def test_a_name_described_as_a_newly_elected_post_in_capitals_is_elected() -> None:
    # "X, the newly elected MP for Y," (the post tagged a name, "MP", "CEO"): X is the one elected, as with "the newly
    # elected mayor of Y"
    a = run("Ines Dahl, the newly elected MP for Ashby North, gave her maiden speech.")
    assert event_names(a, "politics.elect", "patient") == ["Ines Dahl"]
    b = run("Tomas Ek, the newly elected SNP councillor for Kenley, spoke first.")
    assert event_names(b, "politics.elect", "patient") == ["Tomas Ek"]
    # a post that is not new elects no one
    c = run("Ines Dahl, the MP for Ashby North, gave her maiden speech.")
    assert typed(c, "politics.elect") == []
