"""Phrasings found across the development articles in session 29 (founding, buying, launching, investing, suing and where
companies are), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, entity_types, facts_by_pair, typed


def test_a_named_body_s_founder_founded_it_at_no_time_the_clause_tells() -> None:
    a = run("Brisk Labs's founder, Hanna Tolve, told reporters on Monday that the company was worth more.", "2024-05-08")
    assert_event(a, "business.found", {"agent": "Hanna Tolve", "organization": "Brisk Labs"})
    assert [e.time for e in typed(a, "business.found")] == [None]
    b = run("Ilse Marr, the founder of Kestrel Audio, resigned as chair in June.", "2024-05-08")
    assert_event(b, "business.found", {"agent": "Ilse Marr", "organization": "Kestrel Audio"})
    assert [e.time for e in typed(b, "business.found")] == [None]
    c = run("Tidemark's co-founders, Ana Rull and Ben Corr, have joined the product team.", "2024-05-08")
    assert_event(c, "business.found", {"agent": "Ana Rull", "organization": "Tidemark"})


def test_a_founder_named_after_the_founding_is_told_adds_no_second_founding() -> None:
    a = run("Kestrel Audio was founded in 2012 by Ilse Marr. On Monday Ilse Marr, the founder of Kestrel Audio, said it "
            "had been a good year.", "2024-05-08")
    assert [e.time for e in typed(a, "business.found")] == ["2012"]
    b = run("Parvel Wealth's founder, Oona Brisk, who set up Parvel Wealth in Leeds in 2011, was convicted on Wednesday.", "2024-05-08")
    assert [e.time for e in typed(b, "business.found")] == ["2011"]


def test_a_founder_of_an_unnamed_body_or_of_one_only_pointed_at_founds_nothing_here() -> None:
    a = run("The fund's founder, Colm Harte, said on Wednesday that the board should look again.", "2024-05-08")
    assert not typed(a, "business.found")
    b = run("Renna Group said on Monday that its founder, Ivo Drake, would retire.", "2024-05-08")
    assert not typed(b, "business.found")




def test_the_company_is_not_the_outlet_someone_just_spoke_to() -> None:
    a = run("Orrin Devices launched its first tablet on Monday, its chief executive, Adaeze Nwosu, said. The launch had been "
            "planned for October but was pushed back, Nwosu told The Verge. The company laid off about 40 of its 230 "
            "employees last April.", "2024-05-08")
    assert_event(a, "business.layoff", {"agent": "Orrin Devices"})
    b = run("Brisk Labs opened its first plant in Leeds on Monday, its founder, Ana Kell, said. The opening had been delayed "
            "by a year, Kell told Reuters. The firm cut 40 jobs last April.", "2024-05-08")
    assert_event(b, "business.layoff", {"agent": "Brisk Labs"})


def test_a_bare_name_told_before_the_founder_of_the_same_name_is_the_firm_whatever_its_last_word() -> None:
    a = run("The cookware maker Kessock Homeware has settled a dispute with a chef. Kessock, which is based in Morwick, was "
            "sued in 2022 by Ada Brill. The company's founder, Edmund Kessock, retired in 2019.", "2024-05-08")
    assert ("Kessock Homeware", "Morwick") in facts_by_pair(a, "located_in")
    assert ("Edmund Kessock", "Morwick") not in facts_by_pair(a, "located_in")
    assert_event(a, "legal.sue", {"agent": "Ada Brill", "target": "Kessock Homeware"})
    b = run("The ferry operator Tallis Ferries has named a new chair. Tallis, which is based in Dunmore, said on Monday that "
            "its founder, Piet Tallis, would retire in June.", "2024-05-08")
    assert ("Tallis Ferries", "Dunmore") in facts_by_pair(b, "located_in")
    assert ("Piet Tallis", "Dunmore") not in facts_by_pair(b, "located_in")


def test_a_newspaper_called_by_its_last_word_after_its_full_name_is_the_same_paper() -> None:
    a = run("Tom Bell, who edited the Wexmoor Gazette for a decade, told the Gazette on Monday that he would retire.", "2024-05-08")
    assert "Gazette" not in entity_types(a)
    assert_event(a, "report.interview", {"agent": "Tom Bell", "outlet": "Wexmoor Gazette"})
    b = run("Ana Kell joined the Dunmore Herald in 2003. She became editor of the Herald in 2019, the paper said.", "2024-05-08")
    assert "Herald" not in entity_types(b)
    assert_event(b, "career.appoint", {"role": "editor", "organization": "Dunmore Herald"})


def test_opening_a_review_or_the_books_and_unveiling_a_cabinet_or_a_new_signing_launch_nothing() -> None:
    for text in ("The regulator, which opened an in-depth review in June, cleared the deal.",
                 "The museum will open a retrospective of his work in March.",
                 "\"We hope the new president opens the books,\" said Ada Brill.",
                 "She is expected to unveil her shadow cabinet by Friday.",
                 "\"I always said I would come home,\" Tom Ashby said at his unveiling on August 8."):
        assert not typed(run(text, "2024-05-08"), "business.launch"), text
    a = run("Brisk Labs unveiled its first phone, the Kestrel, on Monday.", "2024-05-08")
    assert_event(a, "business.launch", {"agent": "Brisk Labs", "work": "Kestrel"})
    b = run("Brisk Labs opened its first shop in Leeds in March.", "2024-05-08")
    assert typed(b, "business.launch") or typed(b, "business.found")


def test_a_person_taking_over_something_no_name_calls_a_company_buys_nothing() -> None:
    a = run("Valdrenia's head coach, Lukas Arnhold, who took over the programme in January 2023, resigned.", "2024-05-08")
    assert not typed(a, "business.acquire")
    b = run("Eero Halonen will retire at the end of the year to take over his family's car dealership in Tampere.", "2024-05-08")
    assert not typed(b, "business.acquire")
    c = run("Kestrel Group took over the business in 2019.", "2024-05-08")
    assert_event(c, "business.acquire", {"agent": "Kestrel Group"})
    d = run("The businessman Ana Kell took over Brisk Labs in 2019.", "2024-05-08")
    assert_event(d, "business.acquire", {"agent": "Ana Kell", "patient": "Brisk Labs"})


def test_a_sum_from_a_named_body_with_no_receiver_told_goes_to_the_article_s_body() -> None:
    a = run("Harcourt Vale University has named Ilse Marr as its vice-chancellor, the university said on Monday. Marr, 52, "
            "joins Harcourt Vale University from Dunmore College. The university's finances were helped this month by a "
            "£12 million donation from the Harland Foundation.", "2024-05-08")
    assert_event(a, "business.invest", {"agent": "Harland Foundation", "target": "Harcourt Vale University"})
    b = run("Strathallan Institute has opened a malaria laboratory in Dundee, Strathallan Institute said on Monday. "
            "Strathallan Institute employs 400 scientists. The laboratory will be paid for by a £6 million grant from the "
            "Caldwell Foundation.", "2024-05-08")
    assert_event(b, "business.invest", {"agent": "Caldwell Foundation", "target": "Strathallan Institute"})
