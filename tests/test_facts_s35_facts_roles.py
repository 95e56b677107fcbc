"""Session 35: employees, members, posts and their intervals told in phrasings nobody had tested ("Y's bassist X quit
the band", "a one-time Y producer", "was head of marketing at Y", "promoted to head of sales at Y"), as invented sentences
through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_quitting_a_body_called_a_band_ends_the_membership() -> None:
    # a player known by a possessive title ("Y's bassist"), then "left the band": the membership ends then
    a = run("Clara Wendt, Stellan Audio's longtime bassist, left the band in 2020.", "2024-05-06")
    assert jobs(a, "Clara Wendt", "member") == {"Stellan Audio": (None, "2020")}
    b = run("Stellan Audio's bassist Clara Wendt quit the band in 2020.", "2024-05-06")
    assert jobs(b, "Clara Wendt", "member") == {"Stellan Audio": (None, "2020")}
    # stepping down as a post leaves no band
    c = run("Stellan Audio's bassist Clara Wendt stepped down as treasurer of the Harbour Trust in 2020.", "2024-05-06")
    assert jobs(c, "Clara Wendt", "member").get("Stellan Audio") == (None, None)


def test_one_time_before_a_post_ends_it() -> None:
    # "one-time" is three tokens ("one", "-", "time"): like "former", the post is over, its end not given
    a = run("One-time Harwell Bank chairman Ed Rusk died on Monday.", "2024-05-06")
    assert jobs(a, "Ed Rusk") == {"Harwell Bank": (None, "PAST_REF")}
    assert posts(a, "Ed Rusk")["chairman"] == ("Harwell Bank", None, "PAST_REF")
    b = run("Abel Kress, a one-time Silverline Records producer, is back.", "2024-05-06")
    assert jobs(b, "Abel Kress") == {"Silverline Records": (None, "PAST_REF")}
    c = run("Mo Tate, a one-time Ferris Rovers striker, now coaches.", "2024-05-06")
    assert jobs(c, "Mo Tate", "member") == {"Ferris Rovers": (None, "PAST_REF")}
    # "for the first time" is no "one-time"
    d = run("Ferris Rovers striker Mo Tate scored for the first time in a year on Sunday.", "2024-05-06")
    assert jobs(d, "Mo Tate", "member") == {"Ferris Rovers": (None, None)}


def test_a_post_with_of_then_at_after_the_copula_is_held_at_that_body() -> None:
    # "was head of marketing at Y": with no article the parser hangs "at Y" on "was", not on the post
    a = run("Previously, Elin Vos was head of marketing at Pinecrest Hotels.", "2024-05-06")
    assert jobs(a, "Elin Vos") == {"Pinecrest Hotels": (None, "PAST_REF")}
    assert posts(a, "Elin Vos")["head of marketing"] == ("Pinecrest Hotels", None, "PAST_REF")
    b = run("Joel Marsh was director of research at Calloway Labs from 2012 to 2018.", "2024-05-06")
    assert jobs(b, "Joel Marsh") == {"Calloway Labs": ("2012", "2018")}
    # a time or an occasion after "at" is no body
    c = run("Rob Tye was chairman at the time of the merger.", "2024-05-06")
    assert jobs(c, "Rob Tye") == {}


def test_a_description_in_a_relative_clause_on_a_name_is_not_that_name() -> None:
    # "X, who met the chairman": the relative "who" stands for X, and an object is never its own verb's subject
    a = run("Peter Crane, who interviewed the Holdway Group chairman, wrote a book.", "2024-05-06")
    assert "chairman" not in posts(a, "Peter Crane")
    b = run("Ann Vale, who sacked the manager in May, spoke on Monday.", "2024-05-06")
    assert "manager" not in posts(b, "Ann Vale")
    # a description as the relative clause's subject still stands for the one named before
    c = run("Kettle Rovers sacked Ann Vale. The manager, who joined in 2020, was furious.", "2024-05-06")
    assert posts(c, "Ann Vale")["manager"][0] == "Kettle Rovers"


def test_promoted_to_head_of_a_unit_at_a_body_names_the_post_and_the_body_apart() -> None:
    # "to head of sales at X": the parser reads "to head" as a verb and hangs "at X" on "sales" -- the post stops before it
    a = run("In 2012 Nora Quist was promoted to head of sales at Arden Paper.", "2024-05-06")
    assert posts(a, "Nora Quist") == {"head of sales": ("Arden Paper", "2012", None)}
    b = run("Ian Rowe was promoted to head of the sales team at Kell Foods.", "2024-05-06")
    assert posts(b, "Ian Rowe") == {"head of the sales team": ("Kell Foods", None, None)}
    c = run("In 2012 Nora Quist was promoted to head of sales at Arden Paper, where she had worked since 2005.", "2024-05-06")
    assert posts(c, "Nora Quist") == {"head of sales": ("Arden Paper", "2012", None)}
    # a list in the post stays whole
    e = run("In 2012 Nora Quist was promoted to head of sales, marketing and communications.", "2024-05-06")
    assert list(posts(e, "Nora Quist")) == ["head of sales, marketing and communications"]
    # a place after "at" on the post itself is where it was given, not its body
    d = run("Ana Ruiz was sworn in as foreign minister at the Presidential Palace on Monday.", "2024-05-06")
    assert jobs(d, "Ana Ruiz") == {}
