"""Session 37: the validity intervals of facts told in phrasings nobody had tested (a stint told over by a "before" clause
or by the past perfect, a title read with "then"), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_a_stint_followed_by_a_before_clause_is_over() -> None:
    # "worked at Y before she joined Z": over, its end not given (the README's PAST_REF)
    a = run("Sarah Kent worked at Harlow Bank before she joined the Treasury in 2015.")
    assert jobs(a, "Sarah Kent")["Harlow Bank"] == (None, "PAST_REF")
    b = run("David Marsh taught at Ashby Grammar School before he was elected to parliament.")
    assert jobs(b, "David Marsh")["Ashby Grammar School"] == (None, "PAST_REF")
    # ... and a post held "as" one
    c = run("Mark Howell worked as an accountant before he founded Brisk Rail in 2009.")
    assert posts(c, "Mark Howell")["accountant"][2] == "PAST_REF"
    d = run("Emma Stone served as a nurse before she became an MP.")
    assert posts(d, "Emma Stone")["nurse"][2] == "PAST_REF"
    # a stint still held, or one to come, stays open
    e = run("Laura Dean, who has worked at Harlow Bank since 2012, was promoted on Friday.")
    assert jobs(e, "Laura Dean")["Harlow Bank"] == ("2012", None)
    f = run("Tom Reid works at Harlow Bank and will stay there.")
    assert jobs(f, "Tom Reid")["Harlow Bank"] == (None, None)


def test_a_stint_told_in_the_past_perfect_is_over_unless_a_leaving_dates_it() -> None:
    a = run("Peter Lang, who had played for Dunmore Athletic, joined the coaching staff.")
    assert jobs(a, "Peter Lang", "member")["Dunmore Athletic"] == (None, "PAST_REF")
    b = run("Anna Price, who had worked at Harlow Bank, was hired by Fenwick Capital in 2020.")
    assert jobs(b, "Anna Price")["Harlow Bank"] == (None, "PAST_REF")
    assert jobs(b, "Anna Price")["Fenwick Capital"] == ("2020", None)
    c = run("James Cole had served on the board of Orbin Labs for a decade.")
    assert jobs(c, "James Cole", "member")["Orbin Labs"] == (None, "PAST_REF")
    # ... a leaving told later dates the end instead
    d = run("Anna Price, who had worked at Harlow Bank since 2012, was sacked by the bank in March 2020.")
    assert jobs(d, "Anna Price")["Harlow Bank"] == ("2012", "2020-03")


def test_the_then_or_one_time_holder_of_a_post_holds_the_post_not_a_then_post() -> None:
    # "the then mayor": the post is "mayor" (over), as "the former mayor" is
    a = run("The deal was signed by the then mayor, Rachel Dunn.")
    assert posts(a, "Rachel Dunn") == {"mayor": (None, None, "PAST_REF")}
    b = run("The then chief executive of Arrow Gas, Miles Trent, approved the deal in 2012.")
    assert posts(b, "Miles Trent")["chief executive"][2] == "PAST_REF"
    c = run("The one-time finance minister Rachel Dunn has died.")
    assert posts(c, "Rachel Dunn") == {"finance minister": (None, None, "PAST_REF")}
    # "then" as the next step of a story is no part of the post, and does not end it
    d = run("In 2019 Rachel Dunn was then appointed chief executive of Arrow Gas.")
    assert posts(d, "Rachel Dunn")["chief executive"][1:] == ("2019", None)


def test_a_post_one_was_before_a_later_step_is_over() -> None:
    a = run("Kate Moss was a teacher in Leeds before she moved to Harlow Bank in 2012.")
    assert posts(a, "Kate Moss")["teacher"][2] == "PAST_REF"
    b = run("Before he went into politics, Owen Bryce was a barrister.")
    assert posts(b, "Owen Bryce")["barrister"][2] == "PAST_REF"
    # a post one is, or was when something happened, stays open
    c = run("Kate Moss is a teacher in Leeds.")
    assert posts(c, "Kate Moss")["teacher"][2] is None
    d = run("Owen Bryce was a barrister when he met his wife.")
    assert posts(d, "Owen Bryce")["barrister"][2] is None


def test_ex_before_the_body_of_a_post_ends_it() -> None:
    # the parser makes "ex" of "the ex-Acme chief executive" a nominal modifier of the post
    a = run("Rhoda Keene, the ex-Tarvin Group chief executive, has joined Ashgate.")
    assert posts(a, "Rhoda Keene")["chief executive"] == ("Tarvin Group", None, "PAST_REF")
    assert jobs(a, "Rhoda Keene")["Tarvin Group"] == (None, "PAST_REF")
    b = run("The ex-Harlow Bank economist Rhoda Keene spoke at the conference.")
    assert posts(b, "Rhoda Keene")["economist"][2] == "PAST_REF"
    # ... the post of a body named without it stays open
    c = run("Rhoda Keene, the Tarvin Group chief executive, has joined the board of Ashgate.")
    assert posts(c, "Rhoda Keene")["chief executive"] == ("Tarvin Group", None, None)


def test_a_stint_told_aside_in_the_simple_past_is_over() -> None:
    # "X, who worked at Y, has died": over, its end not given (as "X, who was Y's head of treasury")
    a = run("Laura Dean, who worked at Harlow Bank, has died.")
    assert jobs(a, "Laura Dean")["Harlow Bank"] == (None, "PAST_REF")
    b = run("Laura Dean, who served as Harlow Bank's chief economist, has died.")
    assert posts(b, "Laura Dean")["chief economist"][2] == "PAST_REF"
    # ... a leaving told dates the end instead; a stint told now stays open
    c = run("Laura Dean, who worked at Harlow Bank, resigned in March.")
    assert jobs(c, "Laura Dean")["Harlow Bank"] == (None, "2024-03")
    d = run("Laura Dean, who serves as Harlow Bank's chief economist, spoke at the conference.")
    assert posts(d, "Laura Dean")["chief economist"][2] is None
