"""Session 37: releases, nominations and premieres told in phrasings no fixture had tried (invented sentences through the
real pipeline), each general gap with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, typed


def test_up_for_a_prize_with_up_parsed_as_a_preposition() -> None:
    # "X is up for best actress at the Y Awards": the parser makes "up" a preposition with "for" under it
    a = run("Lena Ortiz is up for best actress at the Silver Gull Awards.")
    assert_event(a, "career.nominate", {"patient": "Lena Ortiz", "award": "best actress"})
    b = run("Lena Ortiz is up for a Bafta at next month's awards.")
    assert_event(b, "career.nominate", {"patient": "Lena Ortiz", "award": "Bafta"})
    # ... up for election, or up at dawn, is no nomination
    assert typed(run("The mayor, Tom Vale, is up for election in May."), "career.nominate") == []
    assert typed(run("Tom Vale was up at dawn on Sunday."), "career.nominate") == []


def test_a_premiere_at_a_named_body_is_there() -> None:
    # "premiered at Sundance", "opened at the Almeida Theatre", "received its premiere at the Royal Opera House": the venue
    # or festival the NER typed as an organisation is where the work was first shown
    a = run("Ravi Sen's documentary Salt Roads premiered at Sundance in January.")
    assert_event(a, "career.premiere", {"work": "Salt Roads", "place": "Sundance"})
    b = run("Tom Hale's new play, Lifeboat, opened at the Almeida Theatre last night.")
    assert_event(b, "career.premiere", {"work": "Lifeboat", "place": "Almeida Theatre"})
    c = run("The opera Lanterns received its premiere at the Royal Opera House in 2011.")
    assert_event(c, "career.premiere", {"work": "Lanterns", "place": "Royal Opera House"})
    # ... a body the work is not shown at, further down, is no venue ("at" under another noun)
    d = run("The opera Lanterns, by the composer Tom Hale, premiered in 2011.")
    assert all(g.role != "place" for e in typed(d, "career.premiere") for g in e.args)


def test_a_record_issued_is_released() -> None:
    # "Redfern Records issued the band's debut album in 1979", "the album X was issued on vinyl in 1985"
    a = run("Redfern Records issued the band's debut album in 1979.")
    assert_event(a, "career.release", {"agent": "Redfern Records", "work": "debut album"})
    assert [e.time for e in typed(a, "career.release")] == ["1979"]
    b = run("Her second record, Harbour Lights, was issued by Redfern Records in 1985.")
    assert_event(b, "career.release", {"work": "Harbour Lights"})
    # ... a statement, a warning or a warrant issued is no release
    assert typed(run("The ministry issued a warning on Tuesday."), "career.release") == []
    assert typed(run("The band issued a statement on Tuesday denying the claims."), "career.release") == []
    assert typed(run("The court issued a warrant for Tom Hale's arrest in 2019."), "career.release") == []


def test_made_in_collaboration_with_someone() -> None:
    # "recorded the album in collaboration with X", "wrote the score for Y in collaboration with X": the subject of the verb
    # the phrase hangs on collaborated with X (on what that verb made)
    a = run("Nell Aubrey recorded the album in collaboration with Tam Okafor in 2019.")
    assert_event(a, "career.collaborate", {"agent": "Nell Aubrey", "partner": "Tam Okafor"})
    assert [e.time for e in typed(a, "career.collaborate")] == ["2019"]
    b = run("In 2016 Tam Okafor wrote the score for Low Bridges in collaboration with Nell Aubrey.")
    assert_event(b, "career.collaborate", {"agent": "Tam Okafor", "partner": "Nell Aubrey"})


def test_paired_up_with_someone() -> None:
    # "has paired up with the producer X for a new single", "paired up with X in 2018 to record Y"
    a = run("Nell Aubrey has paired up with Tam Okafor for a new single.")
    assert_event(a, "career.collaborate", {"agent": "Nell Aubrey", "partner": "Tam Okafor"})
    b = run("Nell Aubrey paired up with Tam Okafor in 2018 to record Lowland.")
    assert_event(b, "career.collaborate", {"agent": "Nell Aubrey", "partner": "Tam Okafor"})
    # ... paired with police, or drawn against someone, is no collaboration
    assert typed(run("The company paired up with police to catch the thieves."), "career.collaborate") == []
    assert typed(run("Nell Aubrey was paired with Tam Okafor in the first round."), "career.collaborate") == []


def test_among_the_nominees_are_named_after_the_copula() -> None:
    # "Among the nominees for the Y Prize are A and B", "Among the finalists for the Y Prize this year is the poet X": the
    # inverted copula names those nominated after it
    a = run("Among the nominees for the Kelso Prize are Ines Vald and Tomas Greer.")
    assert_event(a, "career.nominate", {"patient": "Ines Vald", "award": "Kelso Prize"})
    assert_event(a, "career.nominate", {"patient": "Tomas Greer"})
    b = run("Among the finalists for the Orwin Prize this year is the poet Tomas Greer.")
    assert_event(b, "career.nominate", {"patient": "Tomas Greer", "award": "Orwin Prize"})
    # ... the guests at a party, or the contenders for a league title, are no nominees
    assert typed(run("Among the guests at the party was Ines Vald."), "career.nominate") == []
    assert typed(run("Among the contenders for the title is Harwick Town."), "career.nominate") == []
