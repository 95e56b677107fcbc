"""Session 38: who hires, who is hired and to which post, told in phrasings nobody had tested ("appointed X editor",
"left at the end of the season to become manager of Y"), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_name_read_as_the_compound_of_a_post_given_is_the_one_named() -> None:
    # "appointed Lise Amand editor": the parser hangs the name on the post as its compound
    a = run("Quorra Media appointed Lise Amand editor in 2021.")
    assert role_texts(a, "career.appoint", "patient") == [["Lise Amand"]]
    assert role_texts(a, "career.appoint", "role") == [["editor"]]
    assert event_names(a, "career.appoint", "agent") == ["Quorra Media"]
    b = run("Quorra Media appointed Tom Hale editor in 2021.")
    assert role_texts(b, "career.appoint", "patient") == [["Tom Hale"]]
    assert event_names(b, "career.appoint", "patient") == ["Tom Hale"]
    # a post after a body's name is no one named to it ("appointed the Harlow Bank board")
    c = run("Quorra Media appointed Harlow Bank chairman Ivo Brand to its board.")
    assert event_names(c, "career.appoint", "patient") == ["Ivo Brand"]
    assert role_texts(c, "career.appoint", "role") == [["board"]]


def test_a_post_taken_up_after_a_time_of_the_season_is_no_prize() -> None:
    # "at the end of the season to become manager of Y": the words before a post are no apposition naming a prize
    a = run("Hugo Orne left the team at the end of the season to become manager of Harlow Rovers.")
    assert typed(a, "career.win") == []
    assert event_names(a, "career.hire", "patient") == ["Hugo Orne"]
    b = run("Ada Brisk quit at the end of the season to become chief executive at Harlow Bank.")
    assert typed(b, "career.win") == []
    assert event_names(b, "career.hire", "organization") == ["Harlow Bank"]
    # a prize named after the season's words still is one
    c = run("Kofi Brand was named player of the season by Harlow Rovers.")
    assert event_names(c, "career.win", "agent") == ["Kofi Brand"]
