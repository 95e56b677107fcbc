"""Session 32: awards, nominations, releases, publications and interviews told in phrasings no fixture had tried (invented
sentences through the real pipeline, each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_no_event, event_names, role_texts, typed


def test_the_winner_of_a_dated_edition_won_it_then() -> None:
    # "X, winner of the 2017 Y Prize,": the year of the edition (NER takes it into the prize's name) dates the win
    a = run("Greta Solheim, winner of the 2017 Brackley Prize, has died aged 81.")
    assert [e.time for e in typed(a, "career.win")] == ["2017"]
    assert event_names(a, "career.win", "agent") == ["Greta Solheim"]
    b = run("Ada Quill, winner of the 2015 Marlow Prize for Poetry, will judge this year's entries.")
    assert [e.time for e in typed(b, "career.win")] == ["2015"]
    # ... undated, the apposition tells a state, no win
    assert_no_event(run("Tariq Osman, winner of the Marlow Prize for Poetry, will judge this year's entries."), "career.win")


def test_a_participle_after_a_name_describes_the_name() -> None:
    # "X, nominated for Y last year, opens ...": the parser made the participle X's verb; X was nominated
    a = run("Felix Amarante, nominated for three Grammys last year, opens the festival on Friday.")
    assert event_names(a, "career.nominate", "patient") == ["Felix Amarante"]
    assert event_names(a, "career.nominate", "agent") == [None]
    b = run("Lotte Baumann, shortlisted for the Kessler Prize in 2020, has written a second novel.")
    assert event_names(b, "career.nominate", "patient") == ["Lotte Baumann"]
    # ... a past tense after an apposition is the name's own act
    c = run("Its leader, Piet Ramaekers-Holm, announced on Tuesday that he would step down.")
    assert event_names(c, "politics.announce", "agent") == ["Piet Ramaekers-Holm"]


def test_a_work_noun_in_capitals_introduces_a_title() -> None:
    # "her first EP, X,", "the debut LP, X,": the title is the work put out
    a = run("Maud Ellery put out her first EP, Paper Boats, in 2016.")
    assert role_texts(a, "career.release", "work") == [["Paper Boats"]]
    b = run("Maud Ellery released the EP Paper Boats in 2016.")
    assert role_texts(b, "career.release", "work") == [["Paper Boats"]]
