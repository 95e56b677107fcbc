"""Phrasings found in session 27 (boardroom reshuffles, hirings and departures at companies, universities, hospitals and
newspapers), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, facts_by_pair, typed


def test_leaving_with_no_body_named_to_take_up_another_post_is_a_resignation() -> None:
    a = run("Osric Tamm, the club's finance chief, left in 2019 to join the insurer Gale Mutual.", "2024-05-08")
    assert [e.time for e in typed(a, "career.resign")] == ["2019"]
    assert_event(a, "career.resign", {"agent": "Osric Tamm"})
    assert facts_by_pair(a, "role")[("Osric Tamm", "finance chief")] == (None, "2019")
    b = run("Corvin Dale, the marketing director, left last month to become chief executive of the brewer Hobbs Ridley.", "2024-05-08")
    assert_event(b, "career.resign", {"agent": "Corvin Dale"})
    assert [e.time for e in typed(b, "career.resign")] == ["2024-04"]
    c = run("Sara Holm will leave at the end of June to run the charity Brightwell Trust.", "2024-05-08")
    assert_event(c, "career.resign", {"agent": "Sara Holm"})
    d = run("Her predecessor, Anton Rusk, who left in July after two years in the post to set up his own firm, said nothing.", "2024-05-08")
    assert_event(d, "career.resign", {"agent": "Anton Rusk"})
    # leaving a place to do something else is no resignation
    e = run("Anton Rusk left the house at noon to fetch help.", "2024-05-08")
    assert_no_event(e, "career.resign")
    f = run("Anton Rusk left early to catch a train.", "2024-05-08")
    assert_no_event(f, "career.resign")


def test_a_leaving_with_nothing_left_named_is_from_the_organisation_in_view() -> None:
    about = "Harlow Ceramics makes tiles. Harlow Ceramics said sales rose. Harlow Ceramics hired Ada Crane in 2020. "
    a = run(about + "Her predecessor, Tom Vey, who left in March to run a charity, said nothing.", "2024-05-08")
    assert_event(a, "career.resign", {"agent": "Tom Vey", "organization": "Harlow Ceramics"})
    assert facts_by_pair(a, "employee")[("Tom Vey", "Harlow Ceramics")] == (None, "2024-03")
    b = run(about + "Tom Vey quit in January to join Orwell Foods.", "2024-05-08")
    assert_event(b, "career.resign", {"agent": "Tom Vey", "organization": "Harlow Ceramics"})
    assert facts_by_pair(b, "employee")[("Tom Vey", "Orwell Foods")] == ("2024-01", None)
    # the body the sentence has the person join is not the one left; a title owned by "its" names another body
    c = run(about + "Tom Vey left Orwell Foods in January. He left in March to join Harlow Ceramics.", "2024-05-08")
    assert not any(e.time == "2024-03" and any(g.role == "organization" and g.text == "Harlow Ceramics" for g in e.args)
                   for e in typed(c, "career.resign"))
    d = run("Harlow Ceramics makes tiles. Harlow Ceramics said sales rose. Harlow Ceramics hired Ada Crane. The deal ends a bad year "
            "at Brill Glass. Its head of design, Pia Moss, quit in March.", "2024-05-08")
    assert ("Pia Moss", "Harlow Ceramics") not in facts_by_pair(d, "employee")


def test_hired_or_lured_away_from_a_body_is_a_hiring_that_ends_the_old_job() -> None:
    # (session 38: a June not yet begun on 8 May, told in the past, is the June before)
    a = run("Tomasz Fell was hired away from Brevard Consulting in June.", "2024-05-08")
    assert [e.time for e in typed(a, "career.hire")] == ["2023-06"]
    assert_event(a, "career.hire", {"patient": "Tomasz Fell"})
    assert facts_by_pair(a, "employee")[("Tomasz Fell", "Brevard Consulting")] == (None, "2023-06")
    b = run("Ostery Bank lured Marta Quist away from the insurer Vell Credit last year.", "2024-05-08")
    assert_event(b, "career.hire", {"agent": "Ostery Bank", "patient": "Marta Quist"})
    assert facts_by_pair(b, "employee")[("Marta Quist", "Vell Credit")] == (None, "2023")
    assert facts_by_pair(b, "employee")[("Marta Quist", "Ostery Bank")] == ("2023", None)


def test_the_body_a_passive_hiring_came_from_is_not_the_one_joined() -> None:
    # the only organisation named is the one left, described by its kind ("from the consultancy X")
    a = run("Tomasz Fell was hired from the consultancy Brevard Lane in June.", "2024-05-08")
    assert not any(g.role == "organization" and "Brevard" in g.text for e in typed(a, "career.hire") for g in e.args)
    assert facts_by_pair(a, "employee")[("Tomasz Fell", "Brevard Lane")] == (None, "2024-06")
    b = run("Marta Quist was hired away from the bank Vell Credit in 2019.", "2024-05-08")
    assert not any(g.role == "organization" and "Vell" in g.text for e in typed(b, "career.hire") for g in e.args)


def test_who_after_a_body_named_with_its_kind_inside_an_apposition_is_the_person() -> None:
    a = run("Marta Quist, the former head of the bank Tallow Credit, who joined Ostery in March, spoke.", "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Marta Quist", "organization": "Ostery"})
    b = run("The job will go to Marta Quist, the former chief of the insurer Tallow Credit, who was hired away from "
            "the bank Vell Mutual in March to become Ostery's finance director.", "2024-05-08")
    # (session 31: the post a hiring takes someone to is that hiring's role, as the development annotation of this
    # phrasing lists it -- one career.hire, no second appointment)
    assert_event(b, "career.hire", {"patient": "Marta Quist", "role": "finance director"})


def test_joining_as_a_junior_post_with_no_body_named_is_a_hiring() -> None:
    a = run("Nils Oberg joined as an apprentice in 2011.", "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Nils Oberg", "role": "apprentice"})
    assert [e.time for e in typed(a, "career.hire")] == ["2011"]
    b = run("Nils Oberg, who joined as a graduate in 2018, was promoted to head of sales.", "2024-05-08")
    assert_event(b, "career.hire", {"patient": "Nils Oberg", "role": "graduate"})
    c = run("Dana Holt joined as a junior reporter in 1994 and rose through the ranks.", "2024-05-08")
    assert_event(c, "career.hire", {"patient": "Dana Holt", "role": "junior reporter"})
    # joining people in doing something is no hiring
    d = run("Dana Holt joined fellow scientists in signing the letter.", "2024-05-08")
    assert_no_event(d, "career.hire")


def test_promoted_to_a_post_the_parser_read_as_a_verb_names_the_post() -> None:
    a = run("Lena Varga was promoted to editor last week.", "2024-05-08")
    assert_event(a, "career.appoint", {"patient": "Lena Varga", "role": "editor"})
    assert facts_by_pair(a, "role")[("Lena Varga", "editor")] == ("2024-W18", None)
    b = run("Lena Varga, who had been deputy editor since 2016, was promoted to editor last week.", "2024-05-08")
    assert facts_by_pair(b, "role")[("Lena Varga", "deputy editor")] == ("2016", "2024-W18")
    assert facts_by_pair(b, "role")[("Lena Varga", "editor")] == ("2024-W18", None)
    c = run("Tom Hale was promoted to partner in 2012.", "2024-05-08")
    assert_event(c, "career.appoint", {"patient": "Tom Hale", "role": "partner"})


def test_a_cofounder_named_with_with_belongs_to_the_body_founded() -> None:
    # the leaving's body is not the one joined afterwards when the person also co-founded another
    a = run("Tom Vey co-founded Kessel Group with Ana Lind in 2017. Lind, 38, stepped down from the board on Friday. "
            "She is now a partner at the venture firm Gantry Capital, which she joined last year.", "2024-05-08")
    assert not any(g.role == "organization" and "Gantry" in g.text for e in typed(a, "career.resign") for g in e.args)
    assert facts_by_pair(a, "employee")[("Ana Lind", "Gantry Capital")] == ("2023", None)
    b = run("Ana Lind founded Orbel Labs with Tom Vey in 2015. Vey stepped down as a director in March. He is now an adviser "
            "at the insurer Calder Mutual, which he joined last year.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Tom Vey", "Calder Mutual")] == ("2023", None)


def test_leaving_for_another_company_is_a_resignation_besides_the_hiring() -> None:
    a = run("Harlow Ceramics makes tiles. Harlow Ceramics said sales rose. Harlow Ceramics hired Ada Crane in 2020. "
            "Tom Vey, its best-known designer, left in April for the rival Brill Glass.", "2024-05-08")
    assert_event(a, "career.resign", {"agent": "Tom Vey", "organization": "Harlow Ceramics"})
    assert_event(a, "career.hire", {"patient": "Tom Vey", "organization": "Brill Glass"})
    assert facts_by_pair(a, "employee")[("Tom Vey", "Harlow Ceramics")] == (None, "2024-04")
    b = run("Maria Lindqvist left in March for the insurer Tarn Insurance.", "2024-05-08")
    assert_event(b, "career.resign", {"agent": "Maria Lindqvist"})
    assert facts_by_pair(b, "employee")[("Maria Lindqvist", "Tarn Insurance")] == ("2024-03", None)  # the new job goes on
    # a player leaving for another side leaves his club too (session 47: three development articles read a transfer so,
    # "left for the Scottish club X", "leaving for Y in 2016", "has left for Y after eight years at the club"; one does not)
    c = run("Their captain, Rory Dean, left for the German side Kessing.", "2024-05-08")
    assert_event(c, "career.resign", {"agent": "Rory Dean"})
    assert_event(c, "career.hire", {"patient": "Rory Dean", "organization": "Kessing"})
