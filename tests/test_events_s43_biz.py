"""Session 43: business events -- invented paraphrases of investing and lay-offs through the real pipeline, with the
near misses each rule must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, typed


def test_a_named_backer_financing_a_named_firm_invests_in_it() -> None:
    a = run("Westerly Capital financed the solar firm Brightpan in 2015.")
    assert_event(a, "business.invest", {"agent": "Westerly Capital", "target": "Brightpan"})
    assert [e.time for e in typed(a, "business.invest")] == ["2015"]


def test_financing_a_thing_is_no_investment_in_a_body() -> None:
    assert_no_event(run("Moravia Capital has financed the new mine since 2012."), "business.invest")


def test_a_sum_received_in_funding_from_a_named_backer_is_its_investment() -> None:
    a = run("Tessaly Bio received £4 million in funding from Orbis Capital in 2020.")
    assert_event(a, "business.invest", {"agent": "Orbis Capital", "target": "Tessaly Bio"})
    assert [e.time for e in typed(a, "business.invest")] == ["2020"]


def test_applause_received_from_a_crowd_is_no_investment() -> None:
    assert_no_event(run("Tessaly Bio received a standing ovation from the crowd in Leeds."), "business.invest")


def test_jobs_lost_when_a_firm_is_to_close_a_plant_are_its_lay_off() -> None:
    # "is to close / plans to shut ... with the loss of N jobs": the subject of the governing verb cuts them
    for text, firm in (("Marston Glass is to close its Leeds plant with the loss of 500 jobs.", "Marston Glass"),
                       ("Castell Foods plans to shut two factories with the loss of 300 jobs.", "Castell Foods")):
        assert_event(run(text), "business.layoff", {"agent": firm})


def test_a_loss_that_is_no_jobs_is_no_lay_off() -> None:
    assert_no_event(run("Marston Glass is to close its Leeds plant with the loss of its biggest customer."), "business.layoff")


def test_a_past_form_the_tagger_reads_as_a_participle_dates_the_leaving_back() -> None:
    # "quit" (as "cut", "set", "shut") after a long relative clause is tagged a participle; as the clause's main verb,
    # with its subject, it is the past tense: the September before the article's May
    a = run("Wren Abbott, who chaired Fallowmere Trust for a decade, quit in September.")
    assert_event(a, "career.resign", {"agent": "Wren Abbott", "organization": "Fallowmere Trust"})
    assert [e.time for e in typed(a, "career.resign")] == ["2023-09"]


def test_a_leaving_still_to_come_keeps_its_september_ahead() -> None:
    a = run("Wren Abbott, who chaired Fallowmere Trust for a decade, will quit in September.")
    assert [e.time for e in typed(a, "career.resign")] == ["2024-09"]
