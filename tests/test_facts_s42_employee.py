"""Session 42 (EMPLOYEE): employee facts that were never produced -- the team or body a coaching verb names as its
object ("coached Fenmoor Rangers from 2016", "coaches Y"), a staff job like any other, as small invented articles
through the real pipeline; each with a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_the_team_a_coach_coaches_is_where_the_coach_works() -> None:
    a = run("Obituary\n\nTom Baxter coached Fenmoor Rangers from 2016 until 2020 and later ran a pub in Kelso.")
    assert jobs(a, "Tom Baxter")["Fenmoor Rangers"] == ("2016", "2020")
    assert posts(a, "Tom Baxter")["coach"][1:] == ("2016", "2020")
    # ... coached for a stretch in the past: over, its end not told
    b = run("Obituary\n\nTom Baxter, a retired teacher who coached Fenmoor Rangers for six years, died on Sunday.")
    assert jobs(b, "Tom Baxter") == {"Fenmoor Rangers": (None, "PAST_REF")}
    # ... a bare simple past with no stretch of its own dates nothing: the job is left to what else the article tells
    d = run("Obituary\n\nTom Baxter later coached Fenmoor Rangers to three league titles.")
    assert jobs(d, "Tom Baxter") == {}
    # ... one person's coach works for no body
    c = run("Tennis\n\nIrma Soll has been coached by Tom Baxter since she was 15. Tom Baxter had coached her brother too.")
    assert jobs(c, "Tom Baxter") == {}
