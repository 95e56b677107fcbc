"""Trigger phrasings no development article had tested (session 32, missed triggers): invented sentences,
each through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names


def test_calling_it_a_day_is_a_retirement_of_one_person() -> None:
    # "called it a day", "to call it quits" is not in the lexicon: only the "it" idiom of the key "call it day"
    a = run("The goalkeeper Ben Ruddle called it a day on Sunday after 18 seasons at Harwick Town.")
    assert_event(a, "career.retire", {"agent": "Ben Ruddle"})
    b = run("The veteran striker Joe Kline has decided to call it a day.")
    assert_event(b, "career.retire", {"agent": "Joe Kline"})
    # ... a couple or a band calling it a day splits up: no career ended
    assert_no_event(run("Saoirse Lane and Tom Vale had quietly called it a day, a friend said."), "career.retire")
    assert_no_event(run("The pair had quietly called it a day in February, a friend said."), "career.retire")
    # ... and "called a day of action" is no idiom
    assert_no_event(run("The union leader Dana Wolde called a day of action for Friday."), "career.retire")


def test_named_or_placed_on_a_shortlist_is_a_nomination() -> None:
    # "was named on the shortlist", "earned a place on the shortlist": the shortlist a verb puts someone on
    a = run("Ruth Kale was named on the shortlist for the Carwen Prize on Monday.")
    assert "Ruth Kale" in event_names(a, "career.nominate", "patient")
    b = run("Ruth Kale earned a place on the shortlist for the Carwen Prize.")
    assert "Ruth Kale" in event_names(b, "career.nominate", "patient")
    c = run("The poet Omar Bek secured a spot on the longlist for the Halden Prize.")
    assert "Omar Bek" in event_names(c, "career.nominate", "patient")
    # ... not a place in a final, nor a name on a guest list
    assert_no_event(run("Ruth Kale earned a place in the final at Harlow."), "career.nominate")
    assert_no_event(run("Ruth Kale was named on the guest list for the gala."), "career.nominate")


def test_coming_out_on_top_is_a_win_not_a_release() -> None:
    # "came out on top at the X Open": the particle verb's idiom (the particle in the key), a win
    a = run("Omar Bek came out on top at the Stellan Open on Sunday.")
    assert_event(a, "career.win", {"agent": "Omar Bek"})
    assert_no_event(a, "career.release")
    b = run("Dana Wolde came out on top in the women's final at the Harlow Open.")
    assert_event(b, "career.win", {"agent": "Dana Wolde"})
    # ... an album "came out on" a label is still a release, and "came on top of" no win
    c = run("Her debut album, Paper Lanterns, came out on Lantern Records in 2019.")
    assert_event(c, "career.release", {"work": "Paper Lanterns"})
    assert_no_event(run("The defeat came on top of a bad week for Dana Wolde."), "career.win")


def test_securing_the_services_or_signature_of_someone_is_a_hiring() -> None:
    # "secured the services / the signature of X", "enlisted the services of X": X taken on
    a = run("Corby Athletic have secured the services of the winger Joss Ealing.")
    assert_event(a, "career.hire", {"agent": "Corby Athletic", "patient": "Joss Ealing"})
    b = run("Dunmore Rovers secured the signature of defender Pete Alcott on Friday.")
    assert_event(b, "career.hire", {"agent": "Dunmore Rovers", "patient": "Pete Alcott"})
    c = run("Lexon Media has enlisted the services of Ada Brown, a former Vellum executive.")
    assert_event(c, "career.hire", {"patient": "Ada Brown"})
    # ... not a signature on a deal, nor a service secured for someone
    assert_no_event(run("Dunmore Rovers secured a signature on the stadium deal."), "career.hire")
    assert_no_event(run("Corby Athletic secured a bus service for its fans."), "career.hire")


def test_drafted_in_is_a_hiring() -> None:
    # "was drafted in as interim manager of X": the particle verb, as "brought in"
    a = run("Gil Harte has been drafted in as interim manager of Fenwick Rangers.")
    assert_event(a, "career.hire", {"patient": "Gil Harte", "role": "interim manager"})
    b = run("The analyst Mira Olin was drafted in by Quillstone Capital last month.")
    assert_event(b, "career.hire", {"patient": "Mira Olin"})
    # ... police drafted in to control a crowd are no one hired
    assert_no_event(run("Police were drafted in to control the crowd at Harlow."), "career.hire")


def test_the_latest_hire_or_recruit_at_a_body_is_hired_there() -> None:
    # "X is the latest hire / recruit at Y": the noun equated with a person, the body after "at"
    a = run("Mira Olin is the latest hire at Quillstone Capital.")
    assert_event(a, "career.hire", {"patient": "Mira Olin", "organization": "Quillstone Capital"})
    b = run("Mira Olin is the latest recruit at Quillstone Capital.")
    assert_event(b, "career.hire", {"patient": "Mira Olin", "organization": "Quillstone Capital"})
    c = run("Quillstone Capital's newest hire, Mira Olin, starts in June.")
    assert_event(c, "career.hire", {"patient": "Mira Olin"})
    # ... car hire is no one hired
    assert_no_event(run("The car hire firm Zipcar is the latest hire at the airport."), "career.hire")
