"""Session 43 (prizes and works): the noun an object "that" of a relative clause stands for, and an apposition the parser
hung on the verb -- invented texts through the real pipeline, each with a near miss that must stay as it was."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args, typed


def _args(a, kind: str) -> list[tuple[dict[str, str | None], str | None]]:
    """Each event of a type: (role -> entity name or text, time)."""
    return list(zip(named_args(a, kind), (e.time for e in typed(a, kind)), strict=True))


def test_an_object_that_of_a_relative_clause_is_the_noun_it_describes() -> None:
    # "the album that X released in 2015": the tagger reads "that" as a conjunction the parser makes the verb's object
    a = run('"Bright Static", the award-winning album that Corin Hale released in 2015, is being reissued.')
    assert _args(a, "career.release") == [({"work": "Bright Static", "agent": "Corin Hale"}, "2015")]
    # ... not a "that" opening a reported clause: the band that released it is still the one named there
    b = run("She said that the band Orla released a new album in 2015.")
    assert _args(b, "career.release") == [({"agent": "Orla", "work": "a new album"}, "2015")]


def test_a_name_after_the_object_it_describes_is_its_apposition() -> None:
    # "released their debut single, "Neon Fox", in 2011": the parser hung the title on the verb
    a = run('The Harrow Boys released their debut single, "Neon Fox", in 2011.')
    assert _args(a, "career.release") == [({"agent": "Harrow Boys", "work": "Neon Fox"}, "2011")]
    # ... not a name that is the subject of a clause of its own after the comma
    b = run("The label released their debut single, Tom Hale said on Monday.")
    assert all(row.get("work") != "Tom Hale" for row, _ in _args(b, "career.release"))
    # ... and a club letting a player go, the player named in apposition, stays a dismissal
    c = run("Kelby Rovers released the striker, Tom Ash, in May.")
    assert _args(c, "career.fire") == [({"agent": "Kelby Rovers", "patient": "Tom Ash", "organization": "Kelby Rovers"}, "2024-05")]
    assert not typed(c, "career.release")
