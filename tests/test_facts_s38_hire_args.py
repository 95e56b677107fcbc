"""Session 38: who hires, who is hired and to which post, told in phrasings nobody had tested ("became head of research
at Y", "was made director of football"), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_post_told_as_head_of_something_is_taken_up() -> None:
    # "became / was made head of X": the post's noun stands before "of", not at the end of the phrase
    a = run("Tom Hale became head of research at Veltro Group in July.")
    assert event_names(a, "career.appoint", "patient") == ["Tom Hale"]
    assert event_names(a, "career.appoint", "organization") == ["Veltro Group"]
    assert role_texts(a, "career.appoint", "role") == [["head of research"]]
    b = run("Lena Farr will become Brennan Rovers' director of football in July.")
    assert event_names(b, "career.appoint", "patient") == ["Lena Farr"]
    assert role_texts(b, "career.appoint", "role") == [["director of football"]]
    c = run("Ivo Brand was made chief of staff at Harlow Bank in 2019.")
    assert event_names(c, "career.appoint", "patient") == ["Ivo Brand"]
    assert [ev.time for ev in typed(c, "career.appoint")] == ["2019"]
    # the head of a family, a member of a club, the coach of "his old club" (no noun of a post's body): no post read
    d = run("Tom Hale became head of the family in 1990. Nora Ekdal became a member of the chess club. "
            "Ivo Brand became coach of his old club in 1995.")
    assert typed(d, "career.appoint") == []


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
    # "at the end of the season to become head of X": the words before a post are no apposition naming a prize
    a = run("Hugo Orne left the team at the end of the season to become head of performance at the national federation.")
    assert typed(a, "career.win") == []
    assert event_names(a, "career.appoint", "patient") == ["Hugo Orne"]
    b = run("Ada Brisk quit at the end of the season to become director of coaching at the national federation.")
    assert typed(b, "career.win") == []
    assert [roles[0].startswith("director of coaching") for roles in role_texts(b, "career.appoint", "role")] == [True]
    # a prize named after the season's words still is one
    c = run("Kofi Brand was named player of the season by Harlow Rovers.")
    assert event_names(c, "career.win", "agent") == ["Kofi Brand"]
