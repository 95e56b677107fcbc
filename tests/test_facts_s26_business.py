"""Phrasings found in session 26 (business news: funding rounds, takeovers, lay-offs, executives
coming and going), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_args, event_names, facts_by_pair, typed


def test_company_names_closed_by_a_trade_word_are_organisations() -> None:
    a = run("Dovrin Outdoor hired a designer from Lattimer Apparel, and Pennick Spirits bought Quorvant Health.", "2024-05-08")
    types = entity_types(a)
    assert types["Dovrin Outdoor"] == types["Pennick Spirits"] == types["Quorvant Health"] == "ORG"
    b = run("Shares in Kestrow Appliances fell after Harlan Ales and Tennison Care reported losses.", "2024-05-08")
    assert entity_types(b)["Tennison Care"] == "ORG"


def test_a_company_bought_is_not_a_person_hired() -> None:
    # "which" stands for a thing: the company the tagger took for a person is bought, not hired
    a = run("Renwick Tiles, which was bought by Ardley Group in 2019, declined to comment.", "2024-05-08")
    assert event_names(a, "business.acquire", "agent") == ["Ardley Group"]
    assert typed(a, "career.hire") == []
    # no one's first name: a company, whatever the tagger says
    b = run("Harl Motors agreed to buy Fennick Parts in May.", "2024-05-08")
    assert event_names(b, "business.acquire", "patient") == ["Fennick Parts"]
    assert typed(b, "career.hire") == []
    # a person bought by a club is still signed
    c = run("Darwen Rovers bought Marco Tellini from Lusso in 2019.", "2024-05-08")
    assert event_names(c, "career.hire", "patient") == ["Marco Tellini"]


def test_declining_to_comment_on_a_departure_does_not_deny_it() -> None:
    a = run("Anna Velt left Brisco Foods in June. Brisco declined to comment on her departure.", "2024-05-08")
    leavings = typed(a, "career.resign")
    assert len(leavings) == 1 and leavings[0].polarity == "POS" and leavings[0].time == "2024-06"
    b = run("Harl Motors completed its purchase of Fennick Parts in May. Fennick refused to discuss the takeover.",
            "2024-05-08")
    assert all(e.polarity == "POS" for e in typed(b, "business.acquire"))


def test_each_investor_in_a_round_is_an_investment_of_its_own() -> None:
    a = run("Existing investors Halcott Ventures and Brede Capital also took part in the round, which was led by "
            "Mintern Partners.", "2024-05-08")
    assert sorted(event_names(a, "business.invest", "agent")) == ["Brede Capital", "Halcott Ventures", "Mintern Partners"]
    # "with participation from Y": Y invested too
    b = run("The round was led by Sarn Capital, with participation from Tovey Partners.", "2024-05-08")
    assert sorted(event_names(b, "business.invest", "agent")) == ["Sarn Capital", "Tovey Partners"]
    c = run("Pellow raised $20 million from Ambry Ventures, with backing from Ostrow Capital.", "2024-05-08")
    assert sorted(event_names(c, "business.invest", "agent")) == ["Ambry Ventures", "Ostrow Capital"]


def test_a_round_dated_by_its_own_relative_clause() -> None:
    a = run("Brindle Labs has raised £22 million. The round, which closed last Friday, was led by Okra Lane Capital.",
            "2024-05-08")
    led = [e for e in typed(a, "business.invest") if e.lemma == "lead"]
    assert [e.time for e in led] == ["2024-05-03"]


def test_the_company_in_a_relative_clause_is_not_its_subject() -> None:
    a = run("Brindle Labs has raised $20 million, it said on Monday. Harrel Capital, which first backed the company in "
            "2019, also invested.", "2024-05-08")
    backed = [e for e in typed(a, "business.invest") if e.lemma == "back"]
    assert [(e.time, event_args(a, "business.invest")[typed(a, "business.invest").index(e)].get("agent")) for e in backed] \
        == [("2019", "Harrel Capital")]
    assert event_names(a, "business.invest", "target")[typed(a, "business.invest").index(backed[0])] == "Brindle Labs"


def test_a_stake_sold_or_cashed_in_is_no_investment() -> None:
    for text in ("Rolf Anders will receive about £90 million for his stake in Kemble Foods.",
                 "Harrow Capital sold its stake in Kemble Foods last year."):
        assert typed(run(text, "2024-05-08"), "business.invest") == [], text
    a = run("Harrow Capital took a stake in Kemble Foods in 2021.", "2024-05-08")
    assert event_names(a, "business.invest", "agent") == ["Harrow Capital"]


def test_jobs_that_will_go_are_a_lay_off() -> None:
    a = run("Harl Motors said on Monday that about 300 jobs would go at its plant in Dunmere.", "2024-05-08")
    assert event_names(a, "business.layoff", "agent") == ["Harl Motors"]
    b = run("About 120 posts are to go at Pellow Bank's head office, the lender said.", "2024-05-08")
    assert event_names(b, "business.layoff", "agent") == ["Pellow Bank"]
    c = run("Brisco Foods will close its factory in Yarnby with the loss of 450 jobs.", "2024-05-08")
    assert event_names(c, "business.layoff", "agent") == ["Brisco Foods"]
    # going somewhere, money going on something: no one's job
    for text in ("He will go to Paris next week with his wife, Anna Velt.", "The money will go on new engineers, Harl Motors said."):
        assert typed(run(text, "2024-05-08"), "business.layoff") == [], text


def test_a_resignation_called_for_is_no_resignation() -> None:
    a = run("Its chief executive, Maren Holt, is stepping down with immediate effect, Pellow Bank said on Wednesday. "
            "An investor group called for her resignation in a letter to the board in January.", "2024-05-08")
    assert [e.time for e in typed(a, "career.resign")] == ["2024-05-08"]
    b = run("Tomas Rijn resigned as chairman of Hallam Steel on Friday. Shareholders had demanded his resignation in March.",
            "2024-05-08")
    assert [e.time for e in typed(b, "career.resign")] == ["2024-05-03"]
    assert facts_by_pair(b, "employee")[("Tomas Rijn", "Hallam Steel")] == (None, "2024-05-03")


def test_an_untagged_name_before_who_is_a_person() -> None:
    from dateline.extract.entity_lexicon import lexicon
    from dateline.extract.name_missed import missed_people_and_orgs
    from dateline.nlp import load

    doc = load()("Halvard Oystrem, who started Hamling & Roe in 1994, will stay on. The Copper Wolves, who formed in 2001, split.")
    doc.ents = []  # as if the tagger had found no name at all
    found = [(doc[s.start : s.end].text, s.label) for s in missed_people_and_orgs(doc, [], lexicon())]
    assert ("Halvard Oystrem", "PERSON") in found
    assert not any("Wolves" in text for text, _ in found)  # "the X, who": perhaps a band
    a = run("Halvard Oystrem, who started Hamling & Roe in his father's garage in 1994, will stay on as an adviser. "
            "Oystrem told the Fenby Echo he was proud.", "2024-05-08")
    assert entity_types(a)["Halvard Oystrem"] == "PERSON"
    assert event_names(a, "report.interview", "agent") == ["Halvard Oystrem"]


def test_joining_from_a_rival_is_into_the_body_whose_post_the_person_holds() -> None:
    a = run("Corbel Foods, Harling Mills and Wexley Bakeries all bid. Corbel Foods made the highest offer. Harling Mills "
            "declined to comment. Its chief executive, Leona Dray, who joined from Wexley Bakeries in 2019, said nothing.",
            "2024-05-08")
    hires = event_args(a, "career.hire")
    assert len(hires) == 1 and hires[0]["patient"] == "Leona Dray" and hires[0]["organization"] == "Harling Mills"
    b = run("She reports to Delmar Outdoor's chief executive, Fintan Orrey. Orrey, 55, who was recruited from the "
            "sportswear group Ruskin Sport in 2020, has bought three rivals. Tallis Group and Wern Capital declined to comment.",
            "2024-05-08")
    assert event_names(b, "career.hire", "organization") == ["Delmar Outdoor"]
    assert facts_by_pair(b, "employee")[("Fintan Orrey", "Delmar Outdoor")] == ("2020", None)


def test_a_fronted_founding_participle_founds_the_clauses_subject() -> None:
    a = run("Founded in 2019 by Anya Rees, a former paramedic, and Tom Bexley, Cardwise now sells to 90 clinics.", "2024-05-08")
    assert event_names(a, "business.found", "organization") == ["Cardwise"]
    b = run("Founded in 2019 by Anya Rees and Tom Bexley, Cardwise Labs now sells to 90 clinics.", "2024-05-08")
    assert event_names(b, "business.found", "organization") == ["Cardwise Labs"]
    c = run("Founded in 1998, Quernby Mills employs 300 people.", "2024-05-08")
    assert event_names(c, "business.found", "organization") == ["Quernby Mills"]
    # a founder's relative, in apposition, is no company
    d = run("Founded by his father, Tom Brisk, the firm now employs 40 people.", "2024-05-08")
    assert event_names(d, "business.found", "organization") in ([], [None])


def test_who_after_a_dated_post_in_apposition_is_the_person() -> None:
    a = run("Sorrel Labs hired Dana Fike, its finance director since 2021, who was named managing director of the unit on "
            "Wednesday.", "2024-05-08")
    assert event_args(a, "career.appoint") == [{"patient": "Dana Fike", "role": "managing director of the unit"}]
    b = run("The board thanked Dana Fike, its longest-serving director, who was appointed chief executive in March.",
            "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Dana Fike"]


def test_as_after_a_relative_clause_is_the_post_the_hiring_gives() -> None:
    a = run("Last month Cardwise Health brought in Omar Dunn, the 52-year-old who spent nine years at its rival Brisk Labs, "
            "as chief technology officer.", "2024-05-08")
    assert {"patient": "Omar Dunn", "role": "chief technology officer"}.items() <= event_args(a, "career.hire")[0].items()
    assert facts_by_pair(a, "role")[("Omar Dunn", "Cardwise Health")] == ("2024-04", None)
    assert facts_by_pair(a, "employee")[("Omar Dunn", "Brisk Labs")] == (None, "PAST_REF")
    b = run("Tollpath Labs hired Lena Orr, who ran the finance team at Harl Bank for a decade, as chief financial officer "
            "in March.", "2024-05-08")
    assert {"patient": "Lena Orr", "role": "chief financial officer"}.items() <= event_args(b, "career.hire")[0].items()


def test_investors_named_by_including_participating_or_as_backers() -> None:
    a = run("Brindle Labs has raised $30 million. Existing investors Tovey Partners and Sarn Capital also participated.",
            "2024-05-08")
    assert {"Tovey Partners", "Sarn Capital"} <= set(event_names(a, "business.invest", "agent"))
    b = run("Brindle Labs has raised $30 million from investors including Tovey Partners and Sarn Capital.", "2024-05-08")
    assert sorted(event_names(b, "business.invest", "agent")) == ["Sarn Capital", "Tovey Partners"]
    c = run("Brindle Labs has raised $30 million, with Tovey Partners and Sarn Capital also participating.", "2024-05-08")
    assert sorted(event_names(c, "business.invest", "agent")) == ["Sarn Capital", "Tovey Partners"]
    d = run("Brindle Labs has raised $30 million. Its backers include Tovey Partners and Sarn Capital.", "2024-05-08")
    assert {"Tovey Partners", "Sarn Capital"} <= set(event_names(d, "business.invest", "agent"))
    for text in ("The team includes Tom Bexley and Anya Rees.", "Harl Partners participated in the talks."):
        assert typed(run(text, "2024-05-08"), "business.invest") == [], text


def test_a_move_with_immediate_effect_is_of_the_articles_day() -> None:
    a = run("Pellow Bank reported a loss. Its chief executive, Maren Holt, is stepping down with immediate effect.", "2024-05-08")
    assert [e.time for e in typed(a, "career.resign")] == ["2024-05-08"]
    assert facts_by_pair(a, "employee")[("Maren Holt", "Pellow Bank")] == (None, "2024-05-08")
    b = run("Tomas Rijn has resigned as chairman of Hallam Steel, effective immediately.", "2024-05-08")
    assert [e.time for e in typed(b, "career.resign")] == ["2024-05-08"]
    # told by someone else that it had happened: when they told it, not the article's day
    c = run("The company told the exchange that Dana Fike had been appointed interim chief executive with immediate effect.",
            "2024-05-08")
    assert [e.time for e in typed(c, "career.appoint")] == [None]


def test_a_post_held_for_years_ends_that_many_years_after_it_began() -> None:
    a = run("Mara Quint became managing director of Hollin Mills in 1983 and held the job for 24 years.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Mara Quint", "Hollin Mills")] == ("1983", "2007")
    b = run("Mara Quint was appointed chief executive of Hollin Mills in 2001. She held the post for a decade.", "2024-05-08")
    assert facts_by_pair(b, "role")[("Mara Quint", "Hollin Mills")] == ("2001", "2011")
    c = run("Mara Quint was named chair of Hollin Mills in 2021 and will hold the job for five years.", "2024-05-08")
    assert facts_by_pair(c, "role")[("Mara Quint", "Hollin Mills")] == ("2021", None)


def test_the_company_joined_after_a_stint_is_not_the_one_left() -> None:
    a = run("A chemist by training, Lena Orr spent six years at the drinks group Harl Spirits before joining the family firm "
            "in 2014 as head of quality.", "2024-05-08")
    assert event_names(a, "career.hire", "organization") in ([], [None])
    assert facts_by_pair(a, "employee")[("Lena Orr", "Harl Spirits")] == ("2008", "2014")
    b = run("Tollpath Labs makes locks. Lena Orr worked for five years at Brisk Labs before joining the company in 2010.",
            "2024-05-08")
    assert event_names(b, "career.hire", "organization") == ["Tollpath Labs"]
    assert facts_by_pair(b, "employee")[("Lena Orr", "Tollpath Labs")] == ("2010", None)


def test_the_body_worked_at_is_in_the_town_of_the_verb() -> None:
    a = run("He worked at Tollmarsh Ales in Barnholt for a decade.", "2024-05-08")
    assert ("Tollmarsh Ales", "Barnholt") in facts_by_pair(a, "located_in")
    b = run("She taught at Harcombe College in Dunmere until 2010.", "2024-05-08")
    assert ("Harcombe College", "Dunmere") in facts_by_pair(b, "located_in")
    c = run("He worked in Leeds for two years.", "2024-05-08")
    assert not [k for k in facts_by_pair(c, "located_in") if k[1] == "Leeds" and k[0] != "He"]
