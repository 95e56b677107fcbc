"""Headlines (session 41): a headline's event told again in the body folded into the body's telling -- its bare nouns
("defence minister", "Man") taken for the people the body names, its short word for a post giving way to the body's, its
place (a venue, a town) no bar, its counted people ("Two directors quit ...") the ones the body names.  Invented texts through
the real pipeline, each with a near miss that must stay as it was."""

from __future__ import annotations

from dateline.extract.events_merge import _headline_bare
from dateline.model import Argument
from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_headlines_bare_noun_is_the_one_the_body_names() -> None:
    # "Man charged over ...": the man the body names, one charge
    a = run("Man charged over Leeds jewellery raid\nDaniel Pryce, 34, was charged with robbery on Friday, police said.")
    assert event_names(a, "legal.charge", "patient") == ["Daniel Pryce"]
    arg = Argument("patient", 0, 3, "Man", None)
    assert _headline_bare(arg, (0, 37))
    # ... not a capitalised word inside the headline (a name the recognizer missed), nor a counted or definite phrase
    assert not _headline_bare(Argument("agent", 10, 25, "Pallarium chief", None), (0, 40))
    assert not _headline_bare(Argument("agent", 0, 13, "Two directors", None), (0, 40))
    assert not _headline_bare(Argument("patient", 0, 3, "Man", None), None)


def test_a_headlines_short_post_gives_way_to_the_bodys() -> None:
    a = run("Tarvel chief Osei steps down\nKwame Osei resigned as chief executive of Tarvel on Tuesday.")
    assert len(typed(a, "career.resign")) == 1
    assert role_texts(a, "career.resign", "role") == [["chief executive"]]
    # ... a headline's post the body does not name again stays
    b = run("Health minister Ada Kerr resigns\nAda Kerr quit the government on Tuesday.")
    assert role_texts(b, "career.resign", "role") == [["health minister"]]


def test_people_a_headline_counts_are_the_ones_the_body_names() -> None:
    text = "Two directors quit Pelham board\nMara Lind resigned from the board of Pelham Holdings on Monday."
    a = run(text + " Tom Reyes resigned from the board on Tuesday.")
    assert sorted(n or "" for n in event_names(a, "career.resign", "agent")) == ["Mara Lind", "Tom Reyes"]
    # ... fewer named than counted: the headline's count stays told
    b = run(text)
    assert len(typed(b, "career.resign")) == 2


def test_a_headlines_place_is_no_bar_to_the_bodys_telling() -> None:
    # "... at the Harbour Screen Awards" (the ceremony) and "... in Edinburgh" (its town): one win
    a = run("Ana Ruiz takes best director at the Harbour Screen Awards\n"
            "Ana Ruiz won best director at the Harbour Screen Awards in Edinburgh on Sunday.")
    assert len(typed(a, "career.win")) == 1
    # ... two places in the body are two wins
    b = run("Ana Ruiz won best director in Edinburgh on Sunday. In March she won best director in Lisbon.")
    assert len(typed(b, "career.win")) == 2
