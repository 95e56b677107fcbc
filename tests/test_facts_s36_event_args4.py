"""Event arguments, fourth pass -- "it", "the company" and bodies told earlier -- in phrasings no fixture article had
tested (session 36): invented sentences through the real pipeline, each fix with two wordings or more and a near miss."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names


def test_it_in_a_relative_clause_with_its_object_relative_is_the_body_above() -> None:
    # "X now owns Y, which it bought from Z": "which" is the clause's object, so "it" is not Y but the body that owns it
    a = run("Dunmore Group now owns Plessey Foods, which it bought from Halvex in 2019.")
    assert_event(a, "business.acquire", {"agent": "Dunmore Group", "patient": "Plessey Foods"})
    b = run("Harwood Logistics runs the Fenmoor depot, which it opened in 2018.")
    assert_event(b, "business.launch", {"agent": "Harwood Logistics"})
    # ... a body named by no verb above the clause is none ("X said Y, which it acquired, would close": Y's own verb)
    c = run("Dunmore Group said Plessey Foods, which it acquired in 2019, would be closed.")
    assert "Plessey Foods" not in event_names(c, "business.acquire", "agent")


def test_it_bought_in_a_clause_a_body_reports_is_that_body() -> None:
    # "Selby Foods said Dunmore Group would buy it": one buys a company, and the body reporting is the one bought
    a = run("Selby Foods said Dunmore Group would buy it for £2bn.")
    assert_event(a, "business.acquire", {"agent": "Dunmore Group", "patient": "Selby Foods"})
    b = run("Selby Foods confirmed on Friday that Dunmore Group had agreed to acquire it.")
    assert_event(b, "business.acquire", {"agent": "Dunmore Group", "patient": "Selby Foods"})
    # ... not a person reporting, nor a verb whose object is a thing ("would run it")
    c = run("Rosa Penn said Dunmore Group would buy it.")
    assert not [n for n in event_names(c, "business.acquire", "patient") if n]
    d = run("Selby Foods owns the Fenmoor depot. Selby Foods said Dunmore Group would run it.")
    assert "Selby Foods" not in [e.name for e in d.entities if any(m.text == "it" for m in e.mentions)]


def test_a_leaving_after_a_stint_at_a_body_leaves_it() -> None:
    # "After 12 years at X, Y left in 2019": the stint tells the body left
    a = run("After 12 years at Hoxley Bank, Sam Reade left in 2019.")
    assert_event(a, "career.resign", {"agent": "Sam Reade", "organization": "Hoxley Bank"})
    b = run("Sam Reade left in 2019 after six years at Hoxley Bank.")
    assert_event(b, "career.resign", {"agent": "Sam Reade", "organization": "Hoxley Bank"})
    c = run("After a decade at Pellow Insurance, Mara Voss departed last year.")
    assert_event(c, "career.resign", {"agent": "Mara Voss", "organization": "Pellow Insurance"})
    # ... a stint in a town, an hour at a place, a wife left: no post
    d = run("After two years in Leeds, Sam Reade left for London.")
    assert not event_names(d, "career.resign", "agent")
    e = run("After an hour at Hoxley Bank, Sam Reade left.")
    assert not event_names(e, "career.resign", "agent")


def test_the_body_joined_after_a_resignation_is_not_the_one_left() -> None:
    # "X resigned and joined Y": Y is where the move led, not the body resigned from
    a = run("Alan Frew resigned and joined Marlow Bank.")
    assert_event(a, "career.hire", {"patient": "Alan Frew", "organization": "Marlow Bank"})
    assert "Marlow Bank" not in event_names(a, "career.resign", "organization")
    b = run("Alan Frew quit in June and joined Marlow Bank in August.")
    assert "Marlow Bank" not in event_names(b, "career.resign", "organization")
    # ... the body left, when named, stays
    c = run("Greta Lunn resigned from Orwell Trust and joined Marlow Bank.")
    assert_event(c, "career.resign", {"agent": "Greta Lunn", "organization": "Orwell Trust"})


def test_a_fronted_participle_with_its_agent_leaves_the_body_the_subject_of_the_passive() -> None:
    # "Founded in 2009 by X, Y was bought by Z": the parser read the participle as the passive's clausal subject and
    # hung Y in apposition on X; Y is the one bought, and the one founded
    a = run("Founded in 2009 by Ines Hale, Tarrow Systems was bought by Kelso Bank last year.")
    assert_event(a, "business.acquire", {"agent": "Kelso Bank", "patient": "Tarrow Systems"})
    assert_event(a, "business.found", {"agent": "Ines Hale", "organization": "Tarrow Systems"})
    b = run("Founded by Omar Dey in 2004, Brisk Tea was acquired by Dunmore Group in 2016.")
    assert_event(b, "business.acquire", {"agent": "Dunmore Group", "patient": "Brisk Tea"})
    # ... an agent inside a phrase the opening participle does not head stays where it is
    c = run("Speaking at a dinner hosted by Kelso Bank, Orla Quaid said she would resign.")
    assert_event(c, "career.resign", {"agent": "Orla Quaid"})
    assert "Orla Quaid" not in event_names(c, "business.acquire", "patient")
