"""Session 44: a start announced for a date after the article's ("will take over as chief executive on 1 July",
"will join Y in April") gives the post and the job from that date, when the article says so in its own voice and
dates it; a plan someone says, an undated plan and a hoped-for signing give nothing -- as small invented articles
through the real pipeline, with the near misses that must not fire."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts

DCT = "2025-03-14"

TAKE_OVER = "Nadia Ferrer will take over as chief executive of Sable Airways on 1 July."

SUCCEED = "Carla Dunn will succeed Tim Oakes as chair of Elmfield Trust in June."

JOIN_DATED = "Lucy Hart will join Brentmoor Bank in April."

JOIN_UNDATED = "Lucy Hart will join Brentmoor Bank."

SAID_WOULD = "Lucy Hart said she would join Brentmoor Bank as its finance director in April."

MAY_JOIN = "Lucy Hart may join Brentmoor Bank as its finance director in April."

PAST_APPOINTED = "Marta Velloso was appointed chief executive of Quenby Bank in 2019."


def test_a_dated_take_over_to_come_starts_the_post_and_the_job_then() -> None:
    a = run(TAKE_OVER, DCT)
    assert posts(a, "Nadia Ferrer")["chief executive"][1:] == ("2025-07-01", None)
    assert jobs(a, "Nadia Ferrer") == {"Sable Airways": ("2025-07-01", None)}


def test_a_succession_to_come_starts_the_successors_post_only() -> None:
    a = run(SUCCEED, DCT)
    assert posts(a, "Carla Dunn")["chair"][1:] == ("2025-06", None)
    assert jobs(a, "Carla Dunn") == {"Elmfield Trust": ("2025-06", None)}
    assert posts(a, "Tim Oakes") == {}  # (an end after the article's date is not given)


def test_a_dated_join_to_come_is_a_job_from_that_month() -> None:
    a = run(JOIN_DATED, DCT)
    assert jobs(a, "Lucy Hart") == {"Brentmoor Bank": ("2025-04", None)}


def test_an_undated_join_to_come_gives_no_job() -> None:
    assert jobs(run(JOIN_UNDATED, DCT), "Lucy Hart") == {}


def test_a_plan_someone_says_gives_no_job() -> None:
    a = run(SAID_WOULD, DCT)
    assert jobs(a, "Lucy Hart") == {}
    assert posts(a, "Lucy Hart") == {}


def test_a_plan_only_possible_gives_no_job() -> None:
    a = run(MAY_JOIN, DCT)
    assert jobs(a, "Lucy Hart") == {}


def test_a_past_appointment_keeps_its_start() -> None:
    a = run(PAST_APPOINTED, DCT)
    assert posts(a, "Marta Velloso")["chief executive"][1:] == ("2019", None)
    assert jobs(a, "Marta Velloso") == {"Quenby Bank": ("2019", None)}
