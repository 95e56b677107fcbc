"""Session 39: hirings, appointments and wins told across small whole articles (a headline, a body naming people once and
then by surname, pronoun or role, a time told once), as invented texts through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_title_after_the_winner_of_a_prize_given_is_the_work_won_with() -> None:
    # "Best director went to X for Y", "was awarded to X for Y": Y a title, whatever the NER made of it (a place, nothing)
    a = run("Bracken wins at Velmont\n\nThe Golden Lantern went to Sunna Bracken for Northern Lights on Saturday. "
            "Bracken, 41, thanked her cast.")
    assert role_texts(a, "career.win", "work") == [["Northern Lights"]]
    assert event_names(a, "career.win", "agent") == ["Sunna Bracken"]
    b = run("The jury's special prize went to Oskar Lindqvist for Winter Harbour. The Swede had been tipped for the top award.")
    assert event_names(b, "career.win", "work") == ["Winter Harbour"]
    c = run("The best director prize was awarded to the veteran Ruairi Dolan for Ashes of Carn.")
    assert event_names(c, "career.win", "work") == ["Ashes of Carn"]
    assert event_names(c, "career.win", "agent") == ["Ruairi Dolan"]
    # a side the winner played for is no work, nor a prize's category
    d = run("The top award went to Tom Hale for Harlow Rovers.")
    assert role_texts(d, "career.win", "work") == [[]]
    e = run("The Halvering Prize went to Ann Lee for Poetry.")
    assert all("Poetry" not in works for works in role_texts(e, "career.win", "work"))


def test_a_persons_own_hiring_by_possessive_is_the_one_hired() -> None:
    # "Her hiring follows ...": the possessor of a bare hiring noun is the one hired, the noun another mention of the hiring
    a = run("Orvane Bank has poached Miriam Seddon, the head of trading at Castell Securities. "
            "Her hiring follows the departure of Orvane's markets chief, Rupert Vance, in January.")
    hires = typed(a, "career.hire")
    assert len(hires) == 1
    assert event_names(a, "career.hire", "patient") == ["Miriam Seddon"]
    assert hires[0].time is None  # ("in January" dates the departure it follows)
    b = run("Tellmark has recruited Sandra Ohene from Avex Logistics. Ohene's recruitment was approved by the board on Friday.")
    assert "Sandra Ohene" in event_names(b, "career.hire", "patient")
    assert "Sandra Ohene" not in event_names(b, "career.hire", "agent")
    # a manager's signing of someone keeps the manager as the one signing
    c = run("Dermot Pellow became manager of Harrowgate United in May. His signing of Marek Tollan was confirmed on Friday.")
    assert event_names(c, "career.hire", "patient") == ["Marek Tollan"]
    assert "Marek Tollan" not in event_names(c, "career.hire", "agent")


def test_an_event_noun_following_another_is_not_dated_by_it() -> None:
    # "The appointment follows the sacking of X in January": January is the sacking's
    a = run("Orvane Bank has appointed Miriam Seddon as chief executive. "
            "Her appointment follows the resignation of Rupert Vance in January.")
    assert [e.time for e in typed(a, "career.appoint")] == [None]
    assert [e.time for e in typed(a, "career.resign")] == ["2024-01"]
    b = run("Harrowgate United have named Dermot Pellow as manager. The appointment follows the sacking of Ivo Brankley in March.")
    assert [e.time for e in typed(b, "career.appoint")] == [None]
    # the noun's own time still dates it
    c = run("Orvane Bank has appointed Miriam Seddon as chief executive. Her appointment in March followed a long search.")
    assert [e.time for e in typed(c, "career.appoint")] == ["2024-03"]
    d = run("Kestrel Rovers signed Marek Tollan from Ashby Town. The signing followed in March.")  # (no object: then)
    assert [e.time for e in typed(d, "career.hire")] == ["2024-03"]


def test_the_post_after_the_object_with_a_description_after_it_is_the_posts() -> None:
    # "appointed X as manager, the first former player to take the job": the parser hangs "as" on the object
    a = run("Rovers turn to old favourite\n\nHarlow Rovers have appointed Ivo Brand as manager, the first former player to "
            "take the job. Brand, 44, left the club in 2015.")
    assert event_names(a, "career.appoint", "patient") == ["Ivo Brand"]
    assert role_texts(a, "career.appoint", "role") == [["manager"]]
    b = run("The Morning Courier has named its deputy editor, Fiona Gaskell, as editor, the first woman to lead the paper.")
    assert event_names(b, "career.appoint", "patient") == ["Fiona Gaskell"]
    assert role_texts(b, "career.appoint", "role") == [["editor"]]
    c = run("Harlow Rovers have appointed Ivo Brand as manager, the youngest in the league.")
    assert role_texts(c, "career.appoint", "role") == [["manager"]]
    # one's part in a crime is still no post
    d = run("Police named Ivo Brand as a suspect, the second man to be held.")
    assert typed(d, "career.appoint") == []
