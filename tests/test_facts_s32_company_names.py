"""Company names the recogniser misses or mistypes (session 32): invented one-word names in the argument slot of a
business verb whose frame wants an organisation, each as invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event, assert_no_event


def _type_of(a: Analysis, name: str) -> str | None:
    return next((e.type for e in a.entities if e.name == name), None)


def test_a_company_acquired_in_the_passive_and_its_buyer_are_organisations() -> None:
    # "X was acquired by Y": people are not acquired, and what acquires a company named nowhere else is one too
    a = run("Markets were quiet. Voltra was acquired by Orbex on Tuesday.")
    assert _type_of(a, "Voltra") == "ORG" and _type_of(a, "Orbex") == "ORG"
    assert_event(a, "business.acquire", {"patient": "Voltra", "agent": "Orbex"})
    b = run("Shares rose. Pellory has been acquired by Tarvion for $400m, the companies said on Monday.")
    assert _type_of(b, "Pellory") == "ORG" and _type_of(b, "Tarvion") == "ORG"
    assert_event(b, "business.acquire", {"patient": "Pellory", "agent": "Tarvion"})


def test_a_person_hired_in_the_passive_stays_a_person() -> None:
    a = run("Markets were quiet. Ilse Brandt was hired by Kestrix on Monday.")
    assert _type_of(a, "Ilse Brandt") == "PERSON"
    assert_event(a, "career.hire", {"patient": "Ilse Brandt"})


def test_a_word_no_dictionary_has_cutting_jobs_is_a_company() -> None:
    # the tagger takes an unknown capitalised word for a common noun; "axing" has the lemma "ax"
    a = run("Markets were quiet. Torvane is axing 300 jobs, the carmaker said on Monday.")
    assert _type_of(a, "Torvane") == "ORG"
    assert_event(a, "business.layoff", {"agent": "Torvane"})
    b = run("Markets were quiet. Quillaby is to trim 80 roles at its Derby plant.")
    assert_event(b, "business.layoff", {"agent": "Quillaby"})
    c = run("Markets were quiet. Hexwell eliminated 45 positions on Friday.")
    assert_event(c, "business.layoff", {"agent": "Hexwell"})


def test_a_company_trimming_a_forecast_cuts_no_jobs() -> None:
    a = run("Markets were quiet. Ferrago trimmed its forecast on Monday.")
    assert_no_event(a, "business.layoff")


def test_a_name_founded_is_an_organisation() -> None:
    a = run("Markets were quiet. Ruth Alder co-founded Brightmoor in 2015 with a university friend.")
    assert _type_of(a, "Brightmoor") == "ORG"
    assert_event(a, "business.found", {"agent": "Ruth Alder", "organization": "Brightmoor"})
    b = run("Markets were quiet. Dunmore Pike founded Cobalt Loop in 2019.")
    assert _type_of(b, "Cobalt Loop") == "ORG"
    assert_event(b, "business.found", {"organization": "Cobalt Loop"})


def test_a_name_that_sacks_its_own_staff_is_an_organisation() -> None:
    # "its" chief executive, manager, offer: the subject is no person
    a = run("Markets were quiet. Yarrow sacked its chief executive, Neve Holt, on Monday.")
    assert _type_of(a, "Yarrow") == "ORG"
    assert_event(a, "career.fire", {"patient": "Neve Holt", "organization": "Yarrow"})
    b = run("Markets were quiet. Harnvale has dismissed its head coach, Aldo Brisk, after a poor run.")
    assert _type_of(b, "Harnvale") == "ORG"


def test_a_name_that_sacks_her_agent_is_no_organisation() -> None:
    a = run("Markets were quiet. Hadley Rooke sacked her agent on Monday.")
    assert _type_of(a, "Hadley Rooke") != "ORG"


def test_a_surname_set_off_by_a_post_in_a_body_is_a_person() -> None:
    a = run("Markets were quiet. Halbrook, the chief executive of Cindral, resigned on Friday.")
    assert _type_of(a, "Halbrook") == "PERSON"
    assert_event(a, "career.resign", {"agent": "Halbrook"})
    b = run("Markets were quiet. Fenwright, the chief executive of Solvay Brands, stepped down on Friday.")
    assert _type_of(b, "Fenwright") == "PERSON"
    assert_event(b, "career.resign", {"agent": "Fenwright"})


def test_a_name_set_off_by_a_maker_of_goods_is_no_person() -> None:
    a = run("Markets were quiet. Torvale, the maker of Quillo bikes, cut 40 jobs on Friday.")
    assert _type_of(a, "Torvale") != "PERSON"
