"""Session 45 (lead): "the club made him captain in 2018", where the parser reads the post as a noun heading a small
clause ("him captain"), is an appointment to that post -- as small invented articles through the real pipeline, with a
near miss that must not fire."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_no_event, named_args, posts

DCT = "2025-02-06"

MADE_CAPTAIN = ("Tobias Orrin, the Kelby Athletic midfielder, will retire at the end of the season. Kelby, who paid a "
                "record fee to prise him away from Wenbury in the summer of 2015, made him captain in 2018.")

MADE_CLEAR = "Kelby Athletic made it clear in 2018 that the midfielder Tobias Orrin would stay."


def test_made_him_captain_is_an_appointment_dated_and_a_post_from_then() -> None:
    a = run(MADE_CAPTAIN, DCT)
    appointed = [args for args in named_args(a, "career.appoint") if args.get("patient") == "Tobias Orrin"]
    assert appointed and appointed[0].get("role") == "captain"
    assert posts(a, "Tobias Orrin")["captain"][1] == "2018"


def test_made_it_clear_is_no_appointment() -> None:
    assert_no_event(run(MADE_CLEAR, DCT), "career.appoint")
