"""Session 41 (ROLEF): role and employee facts that were never produced -- callings missing from the titles (a potter, a
climate modeller, an instrument's player), a hyphened post the tagger split ("director-general"), a post whose name
needs its field ("the speaker of parliament, X"), a plural title counted as many as the names before it ("A and B, two
engineers"), the first post of a career ("began her career as a lecturer at Y"), and an aide at the body of the one
assisted ("His assistant, X, resigned too"), as small invented articles through the real pipeline; each with a near
miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_callings_and_instrument_players_named_before_a_name() -> None:
    a = run("Panel named\n\nThe panel included the climate modeller Teodor Vasko and the geneticist Mira Holt.")
    assert posts(a, "Teodor Vasko") == {"climate modeller": (None, None, None)}
    b = run("Album out\n\nThe record features the Malian kora player Bakary Sane on three songs.")
    assert posts(b, "Bakary Sane") == {"kora player": (None, None, None)}
    c = run("Farewell\n\nHe lives in Lyon with his wife, the potter Claire Dumas, whom he married in 1976.")
    assert posts(c, "Claire Dumas") == {"potter": (None, None, None)}
    d = run("Vesey data\n\nPetra Lind, a climate modeller at the Vesey Institute, said the data were clear.")
    assert posts(d, "Petra Lind")["climate modeller"][0] == "Vesey Institute"
    assert "Vesey Institute" in jobs(d, "Petra Lind")
    # ... a sport's player is no post (the fixtures' convention): no role
    e = run("Match report\n\nThe football player Tom Reed scored twice on Saturday.")
    assert posts(e, "Tom Reed") == {}


def test_a_hyphened_post_the_tagger_split_and_its_name_read_as_an_adverbial() -> None:
    a = run("Probe plans\n\nThe Northern Space Agency will build a probe. The agency's director-general, Dana Wirth, said it "
            "would cost more.")
    assert posts(a, "Dana Wirth")["director-general"][0] == "Northern Space Agency"
    assert "Northern Space Agency" in jobs(a, "Dana Wirth")
    # ... "general" as an adjective of its own is no post
    b = run("Probe plans\n\nThe general mood, Dana Wirth said, was calm.")
    assert posts(b, "Dana Wirth") == {}


def test_a_post_named_with_its_field() -> None:
    a = run("State visit\n\nThe ceremony was attended by the speaker of parliament, Hedda Rosk.")
    assert "speaker of parliament" in posts(a, "Hedda Rosk")
    b = run("Reshuffle\n\nThe deputy speaker of parliament, Bruno Kalk, spoke on Monday.")
    assert "deputy speaker of parliament" in posts(b, "Bruno Kalk")
    # ... "the speaker" alone may be a device or a guest at a conference: no post
    c = run("Conference\n\nThe speaker, Tom Reed, thanked the audience at the conference.")
    assert posts(c, "Tom Reed") == {}


def test_a_plural_title_counted_as_many_as_the_names_before_it() -> None:
    a = run("Start-up\n\nThe company was set up in 2015 by Ada Wren and Piet Dorn, two engineers who met at university.")
    assert posts(a, "Ada Wren") == {"engineer": (None, None, None)}
    assert posts(a, "Piet Dorn") == {"engineer": (None, None, None)}
    # ... three engineers for two names: a third one unnamed, and whose is the title is not said
    b = run("Start-up\n\nThe company was set up in 2015 by Ada Wren and Piet Dorn, three engineers who met at university.")
    assert posts(b, "Ada Wren") == {} and posts(b, "Piet Dorn") == {}


def test_the_first_post_of_a_career() -> None:
    a = run("New director\n\nMara Lee began her career as a lecturer at Dunhallow College in Cork.")
    assert posts(a, "Mara Lee") == {"lecturer": ("Dunhallow College", None, "PAST_REF")}
    assert jobs(a, "Mara Lee") == {"Dunhallow College": (None, "PAST_REF")}
    # ... a career begun at a body, no post told: as before, held from then
    b = run("New director\n\nMara Lee began her career at Teal Bank in 1998.")
    assert jobs(b, "Mara Lee") == {"Teal Bank": ("1998", None)}
    # ... a career still to begin is no post held
    c = run("New director\n\nMara Lee will begin her career as a lecturer at Dunhallow College in May.")
    assert posts(c, "Mara Lee") == {} and jobs(c, "Mara Lee") == {}


def test_an_aide_works_at_the_body_of_the_one_assisted() -> None:
    a = run("Rovers sack Poe\n\nIan Poe, the manager of Holt Rovers, was sacked on Monday. His assistant, Colm Bray, resigned "
            "too.")
    assert "Holt Rovers" in jobs(a, "Colm Bray")
    b = run("Bank news\n\nMara Lee is head of retail at Teal Bank. Teal Bank said her deputy, Lewin Hart, would run the "
            "division for now.")
    assert jobs(b, "Lewin Hart") == {"Teal Bank": (None, None)}
    # ... one's lawyer is of a firm of their own
    c = run("Court\n\nMara Lee is a partner at Crane Law. Her lawyer, Tom Vale, declined to comment.")
    assert jobs(c, "Tom Vale") == {}
    # ... an aide told at a body of its own is there, not at the boss's
    d = run("Moves\n\nMara Lee is a partner at Crane Law. Her assistant at Dunford Bank, Tom Vale, stayed there.")
    assert jobs(d, "Tom Vale") == {"Dunford Bank": (None, None)}


def test_a_colleague_at_a_body_worked_there() -> None:
    a = run("Tributes\n\n\"She listens,\" said Reuben Achter, a former colleague at the Whitlow Institute who now teaches at the "
            "University of Hallam.")
    assert jobs(a, "Reuben Achter")["Whitlow Institute"] == (None, "PAST_REF")
    assert posts(a, "Reuben Achter") == {}  # a colleague holds no post of that name
    # ... a colleague with no body told is a relation, no job
    b = run("Tributes\n\nHer colleague, Tom Reed, praised her.")
    assert jobs(b, "Tom Reed") == {}
