"""Session 59: rules found reading development misses and the probes, each tested on an invented article (other names,
other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args


def _appointed(a) -> list[tuple]:
    return [(e.type, e.time, e.certainty, {x.role: x.text for x in e.args}.get("role")) for e in a.events if e.type == "career.appoint"]


def test_the_elected_one_sworn_in_later_takes_the_post() -> None:
    a = run("Odile Marchetti-Vance was elected mayor of Brantwick on Tuesday, beating two rivals. She will be sworn in on "
            "January 8.", "2026-11-05")
    assert _appointed(a) == [("career.appoint", "2027-01-08", "speculative", "mayor")]
    # ... but not an oath years after the election (another post, another story), nor the oath of one never elected
    b = run("Odile Marchetti-Vance was elected mayor of Brantwick in 2019. She was sworn in on Friday after the court hearing.",
            "2026-11-05")
    assert _appointed(b) == []
    c = run("Odile Marchetti-Vance was elected mayor of Brantwick on Tuesday. Her rival, Piet Oosterbaan, was sworn in on "
            "Friday before giving evidence.", "2026-11-05")
    assert [row.get("patient") for row in named_args(c, "career.appoint")] == []
