"""Hirings and appointments that recurring phrasings of the development articles told and the rules missed
(session 31): each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names


def test_staff_brought_along_by_a_new_head_are_hired() -> None:
    # "will bring his assistant, X, with him", "brings with her the analyst Y": a hiring each
    a = run("The new manager, Joel Frampton, will bring his long-time assistant, Carys Whitlow, with him from Dunford.")
    assert "Carys Whitlow" in event_names(a, "career.hire", "patient")
    b = run("Hanne Vik has signed a three-year contract and brings with her the analyst Tomas Reiby and the scout Ida Lunn.")
    assert {"Tomas Reiby", "Ida Lunn"} <= set(event_names(b, "career.hire", "patient"))
    # ... not a companion: "brought her husband with her to the gala"
    assert_no_event(run("Hanne Vik brought her husband, Olav Reiby, with her to the gala."), "career.hire")
    # ... and "brought in X" is still a signing
    c = run("Kelmouth Rovers have brought in the striker Ade Bamford on loan.")
    assert "Ade Bamford" in event_names(c, "career.hire", "patient")


def test_a_players_replacement_in_a_band_is_a_hiring_by_the_band() -> None:
    # "X, who replaced the original drummer Y in 2003": the band took X in (no post)
    text = ("The Lantern Mile, the Glasgow band, will tour again in May. The Lantern Mile play six dates. The Lantern Mile "
            "formed in 1998. The drummer, Ossie Fenwick, who replaced the original drummer Bram Cottier in 2003, will not take part.")
    a = run(text)
    assert_event(a, "career.hire", {"patient": "Ossie Fenwick", "organization": "Lantern Mile"})
    assert [e.time for e in a.events if e.type == "career.hire"] == ["2003"]
    # ... passive: "was replaced by X"
    b = run("The Lantern Mile, the Glasgow band, will tour again in May. The Lantern Mile play six dates. The Lantern Mile "
            "formed in 1998. Their singer, Ada Rusk, was replaced by Maria Lopez in 2016.")
    assert_event(b, "career.hire", {"patient": "Maria Lopez", "organization": "Lantern Mile"})
    # ... elsewhere, an appointment needs its post: "X replaced Y in 2003" in a firm is no hiring
    c = run("Acme Holdings makes pumps. Acme Holdings employs 400 people. Acme Holdings was founded in 1950. "
            "Ossie Fenwick, who replaced Bram Cottier in 2003, will retire.")
    assert "Ossie Fenwick" not in event_names(c, "career.hire", "patient")


def test_a_successor_sworn_in_or_confirmed_is_appointed() -> None:
    # "His successor, X, was sworn in on Wednesday": X appointed (to the post the other left)
    a = run("Tom Hale was dismissed on Tuesday. His successor, Aurora Brisk, was sworn in at the palace on Wednesday.")
    assert_event(a, "career.appoint", {"patient": "Aurora Brisk"})
    assert [e.time for e in a.events if e.type == "career.appoint"] == ["2024-05-01"]
    b = run("Tom Hale was sacked on Monday. His replacement, Viktor Zelenko, was confirmed last Thursday.")
    assert_event(b, "career.appoint", {"patient": "Viktor Zelenko"})
    # ... not a witness sworn in, nor a report confirmed
    assert_no_event(run("A witness, Tom Hale, was sworn in on Monday."), "career.appoint")
    assert_no_event(run("The report was confirmed on Monday."), "career.appoint")
