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
