"""Session 38: the validity intervals of facts, second pass (a post dated by a verb of holding it, a stint
closed by a leaving told in the same breath), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_a_premier_or_provost_is_a_post_a_verb_of_holding_dates() -> None:
    # "premier", "provost", "rector": posts held at one body, which "has led ... since" dates like a minister's
    a = run("Otto Brandt, the regional premier, has led the region since 2015.")
    assert posts(a, "Otto Brandt")["regional premier"][1:] == ("2015", None)
    b = run("Premier Otto Brandt has headed the province since 2015.")
    assert posts(b, "Otto Brandt")["premier"][1:] == ("2015", None)
    c = run("Otto Brandt, the premier, led the province between 2009 and 2015.")
    assert posts(c, "Otto Brandt")["premier"][1:] == ("2009", "2015")
    d = run("Helen Marsh, the provost of Tarrow Institute, has led it since 2019.")
    assert posts(d, "Helen Marsh")["provost"][1:] == ("2019", None)


def test_a_leaving_told_after_a_joining_without_a_body_of_its_own_left_the_body_joined() -> None:
    # "joined X in 2008 and left in 2013": the stint at X began and ended then
    a = run("Tom Reid joined Harlow Bank in 2008 and left in 2013.")
    assert jobs(a, "Tom Reid")["Harlow Bank"] == ("2008", "2013")
    b = run("Tom Reid joined Harlow Bank in 2008, leaving in 2013.")
    assert jobs(b, "Tom Reid")["Harlow Bank"] == ("2008", "2013")
    # a body of its own was left instead, or a person: the body joined stays open
    c = run("Sara Lind joined Harlow Bank in 2008 and left Fenwick Capital in 2013.")
    assert jobs(c, "Sara Lind") == {"Harlow Bank": ("2008", None), "Fenwick Capital": (None, "2013")}
    d = run("Tom Reid joined Harlow Bank in 2008 and left his wife in 2013.")
    assert jobs(d, "Tom Reid")["Harlow Bank"] == ("2008", None)


def test_a_stretch_of_years_still_held_began_that_many_years_before_the_article() -> None:
    # (the article of these sentences is dated 2024): "has led Y for six years" began in 2018
    a = run("Julia Crane has led Harlow Bank for six years.")
    assert jobs(a, "Julia Crane")["Harlow Bank"] == ("2018", None)
    b = run("Helen Marsh, who has spent the past seven years at Tarrow Institute, will move on.")
    assert jobs(b, "Helen Marsh")["Tarrow Institute"] == ("2017", None)
    c = run("Tom Reid, who has worked for Gatehold Secure for eleven years, was charged.")
    assert jobs(c, "Tom Reid")["Gatehold Secure"] == ("2013", None)
    # a stretch over (a past or past perfect verb) says nothing of when it began
    d = run("Tom Reid had worked at Harlow Bank for ten years.")
    assert jobs(d, "Tom Reid")["Harlow Bank"][0] is None


def test_an_appointment_by_a_body_with_no_post_named_dates_the_one_post_known_there() -> None:
    a = run("Dunmore Athletic's coach, Henrik Moss, was a teacher when the club appointed him in 2003.")
    assert posts(a, "Henrik Moss")["coach"][1:] == ("2003", None)
    assert posts(a, "Henrik Moss")["teacher"][1] is None  # (a post elsewhere, not the one taken)
    b = run("Harlow Bank's chief executive, Julia Crane, said the bank had appointed her in 2017 to cut costs.")
    assert posts(b, "Julia Crane")["chief executive"][1:] == ("2017", None)
    # a joining (not an appointment) with no post named leaves the post undated: she may have risen to it later
    c = run("Julia Crane, Harlow Bank's chief executive, joined the bank in 2008.")
    assert posts(c, "Julia Crane")["chief executive"][1] is None


def test_a_post_named_with_a_stretch_of_years_began_that_many_years_before() -> None:
    # held still ("for the past six years"): before the article (dated 2024)
    a = run("Julia Crane, Harlow Bank's chief executive for the past six years, said profits rose.")
    assert posts(a, "Julia Crane")["chief executive"][1:] == ("2018", None)
    # ended on a date told: before that end
    b = run("The club's manager for the last three years, Tom Reid, was sacked on Sunday.")
    assert posts(b, "Tom Reid")["manager"][1:] == ("2021", "2024-05-05")
    c = run("Tom Reid, the club's manager for three years, was sacked on Sunday.")
    assert posts(c, "Tom Reid")["manager"][1:] == ("2021", "2024-05-05")
    # a stretch neither recent nor ended says nothing of when it began
    d = run("Tom Reid, a teacher for ten years, said he was tired.")
    assert posts(d, "Tom Reid")["teacher"][1] is None
