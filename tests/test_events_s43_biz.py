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


PARAPHRASES = [  # session 43 probes that pass: each family's event told in another voice, clause or word order
    ("Brindlecombe Brewery was bought by Halvorsen Group in 2019.", "business.acquire",
     {"agent": "Halvorsen Group", "patient": "Brindlecombe Brewery"}),
    ("The chipmaker Solvane, which Praxton Industries acquired in 2016, makes sensors for cars.", "business.acquire",
     {"agent": "Praxton Industries", "patient": "Solvane"}),
    ("Greyfell Ventures took a 20% stake in the battery start-up Voltera in 2023.", "business.invest",
     {"agent": "Greyfell Ventures", "target": "Voltera"}),
    ("Corvane Motors rolled out the Elda electric van across Europe in 2021.", "business.launch",
     {"agent": "Corvane Motors", "work": "Elda"}),
    ("About 450 workers were laid off by Cromwell Textiles in 2020.", "business.layoff", {"agent": "Cromwell Textiles"}),
    ("Pathwise, co-founded by Ivo Renner and Dana Cosgrove in 2014, now employs 300 people.", "business.found",
     {"agent": "Dana Cosgrove", "organization": "Pathwise"}),
    ("Caldmore United have parted ways with manager Jens Ottoson.", "career.fire",
     {"agent": "Caldmore United", "patient": "Jens Ottoson"}),
    ("Gwen Harrow stepped down as Pellucid Media's chair on Wednesday.", "career.resign",
     {"agent": "Gwen Harrow", "organization": "Pellucid Media"}),
]


def test_paraphrases_of_each_business_event_are_read() -> None:
    for text, kind, want in PARAPHRASES:
        assert_event(run(text), kind, want)


def test_near_misses_of_business_verbs_tell_no_business_event() -> None:
    assert_no_event(run("Police launched an investigation into the fire on Monday."), "business.launch")
    assert_no_event(run("The council cut taxes last year."), "business.layoff")
    assert_no_event(run("Brenna Cole has invested heavily in her training this year."), "business.invest")
    assert_no_event(run("The striker started on the bench on Saturday."), "business.found")
    assert_no_event(run("Kerr left London in 2010 for a new life in Spain."), "career.resign")
