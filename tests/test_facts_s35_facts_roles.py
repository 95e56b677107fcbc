"""Session 35: employees, members, posts and their intervals told in phrasings nobody had tested ("was appointed X in
2017 and resigned in 2022", "joined Y in 2015 and left in 2021", "Y's bassist X quit the band"), as invented sentences
through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, jobs, posts, typed


def test_an_intransitive_leaving_coordinated_with_a_passive_stays_active() -> None:
    # "was appointed ... and resigned in 2022": no one is resigned; the appointee resigns, ending the post
    a = run("Ravi Sand was appointed chief executive of Ondria Telecom in 2017 and resigned in 2022.", "2024-05-06")
    assert event_names(a, "career.resign", "agent") == ["Ravi Sand"]
    assert jobs(a, "Ravi Sand") == {"Ondria Telecom": ("2017", "2022")}
    assert posts(a, "Ravi Sand")["chief executive"] == ("Ondria Telecom", "2017", "2022")
    b = run("Lise Aune was hired by Coldharbour Bank in 2010 and stepped down as chairman in 2019.", "2024-05-06")
    assert event_names(b, "career.resign", "agent") == ["Lise Aune"]
    assert jobs(b, "Lise Aune") == {"Coldharbour Bank": ("2010", "2019")}
    c = run("Ben Ogle was elected leader of the Civic Party in 2015 and stood down in 2020.", "2024-05-06")
    assert posts(c, "Ben Ogle")["leader"] == ("Civic Party", "2015", "2020")
    # a passive shared by both verbs still makes its subject the one acted on
    d = run("Tom Hale was arrested in March and charged with fraud.", "2024-05-06")
    assert event_names(d, "legal.charge", "patient") == ["Tom Hale"]


def test_a_bare_leaving_after_a_joining_leaves_the_body_joined() -> None:
    a = run("Maya Torrin joined Quillfield Press in 2015 and left in 2021.", "2024-05-06")
    assert [ev.time for ev in typed(a, "career.resign")] == ["2021"]
    assert jobs(a, "Maya Torrin") == {"Quillfield Press": ("2015", "2021")}
    b = run("Teo Marr signed for Dunbar Athletic in 2010 and departed three years later.", "2024-05-06")
    assert jobs(b, "Teo Marr", "member") == {"Dunbar Athletic": ("2010", "2013")}
    # a person or a place left, not the body: no leaving of it
    c = run("Paul Dray joined Kestrel Rovers in 2011 and left his wife in 2014.", "2024-05-06")
    assert typed(c, "career.resign") == []
    assert jobs(c, "Paul Dray", "member") == {"Kestrel Rovers": ("2011", None)}
    d = run("Nell Ames joined the search party and left at noon.", "2024-05-06")
    assert typed(d, "career.resign") == []


def test_quitting_a_body_called_a_band_ends_the_membership() -> None:
    # a player known by a possessive title ("Y's bassist"), then "left the band": the membership ends then
    a = run("Clara Wendt, Stellan Audio's longtime bassist, left the band in 2020.", "2024-05-06")
    assert jobs(a, "Clara Wendt", "member") == {"Stellan Audio": (None, "2020")}
    b = run("Stellan Audio's bassist Clara Wendt quit the band in 2020.", "2024-05-06")
    assert jobs(b, "Clara Wendt", "member") == {"Stellan Audio": (None, "2020")}
    # stepping down as a post leaves no band
    c = run("Stellan Audio's bassist Clara Wendt stepped down as treasurer of the Harbour Trust in 2020.", "2024-05-06")
    assert jobs(c, "Clara Wendt", "member").get("Stellan Audio") == (None, None)
