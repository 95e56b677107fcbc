"""Session 76: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair
from handmade import timed_events as _events

FOUNDER_OBITUARY = (
    "Ottavio Brenzani, who built a pasta business from one kitchen in Turin, has died at 91.\n\n"
    "Brenzani founded Brenzani Foods in 1958. The business supplied shops across Piedmont. In 1979 the company bought its "
    "rival, the Casolino Flour Company. In 1990 the firm laid off 200 workers.\n\n"
    "He married Carla Vetti in 1956. She died in 2001.\n\n"
    "He was awarded a medal in 1995. He liked to walk in the hills. His son, Dario Brenzani, said he was a hard man.\n\n"
    "\"He knew every baker,\" his daughter said.\n\n"
    "The company, which employs about 1,800 people, will open its first factory outside Italy, in Lyon, later this year.")


def test_the_company_far_from_any_firm_is_the_one_the_story_keeps_telling_of() -> None:
    a = run(FOUNDER_OBITUARY, "2016-06-21")
    assert [(t, g) for t, g, _ in _events(a, "business.launch")] == [
        ("2016", {"agent": "Brenzani Foods", "work": "its first factory", "place": "Lyon"})]
    # ... but with two firms told as often, neither is "the company" far from both
    b = run(FOUNDER_OBITUARY.replace("In 1990 the firm laid off", "Casolino Flour Company kept its brand. The Casolino Flour "
                                     "Company had its mill in Asti. In 1990 Casolino Flour Company laid off"), "2016-06-21")
    assert [g.get("agent") for t, g, _ in _events(b, "business.launch")] in ([], [None])


def test_an_infinitive_two_infinitives_below_a_plan_is_done_by_the_planner() -> None:
    a = run("Corvantis, a Bristol start-up, has raised $30 million.\n\nThe company plans to use the new money to double its "
            "headcount by the end of next year and to open an office in Lisbon, Abigail Harkness said.", "2025-03-04")
    assert [(g.get("agent"), g.get("place")) for t, g, _ in _events(a, "business.launch")] == [("Corvantis", "Lisbon")]
    # ... but a conjunct with a subject of its own is that subject's
    b = run("Corvantis, a Bristol start-up, has raised $30 million.\n\nThe company plans to use the new money to double its "
            "headcount, and Pellmarsh Foods wants to open an office in Lisbon, Abigail Harkness said.", "2025-03-04")
    assert [g.get("agent") for t, g, _ in _events(b, "business.launch")] == ["Pellmarsh Foods"]


def test_the_company_is_not_a_firm_named_once_in_passing_in_a_past_career() -> None:
    a = run("LONDON — Vantreya, the London start-up whose software books court rooms, has raised $30 million and has hired "
            "Odile Marchbank as chief executive, the company said on Tuesday.\n\nVantreya was set up in 2019. Investors "
            "value Vantreya at $200 million.\n\nMarchbank, 46, will take over on May 1. She spent ten years at a publisher "
            "before leaving in 2023. Earlier in her career she was a lawyer at the Boston firm Pelham Strand.\n\n\"It is a "
            "fine product and my job is to sell it,\" she said.\n\nThe company will launch a version of its software for "
            "judges in the autumn.", "2025-04-24")
    assert [g.get("agent") for t, g, _ in _events(a, "business.launch")] == ["Vantreya"]
    # ... but a firm told of in the sentence before is the one meant
    b = run("LONDON — Vantreya, the London start-up whose software books court rooms, has raised $30 million and has hired "
            "Odile Marchbank as chief executive, the company said on Tuesday.\n\nVantreya was set up in 2019. Investors "
            "value Vantreya at $200 million.\n\nMarchbank, 46, will take over on May 1. Her old employer, the Boston firm "
            "Pelham Strand, is thriving. The company will launch a version of its software for judges in the autumn.",
            "2025-04-24")
    assert [g.get("agent") for t, g, _ in _events(b, "business.launch")] == ["Pelham Strand"]


def test_a_pronoun_is_not_one_of_the_parents_its_fronted_phrase_names_and_a_printer_is_a_trade() -> None:
    a = run("Rosamund Peverell, the glass engraver whose bowls stand in a dozen museums, has died aged 91. Her son, Luke "
            "Peverell, said she died at home on Monday.\n\nBorn in Hull in 1934, the only child of Walter Peverell, a docker, "
            "and his wife Maud, a seamstress, she learned to draw at school. She won a place at a Leeds art school at 16."
            "\n\nIn 1958 she married the printer Alun Garside; the marriage ended in divorce in 1975.", "2025-08-18")
    assert [(t, g["patient"]) for t, g, _ in _events(a, "life.born")] == [("1934", "Rosamund Peverell")]
    assert facts_by_pair(a, "spouse") == {("Rosamund Peverell", "Alun Garside"): ("1958", "1975"),
                                          ("Walter Peverell", "Maud"): (None, None)}  # (her parents: session 77)
    assert {e.name: e.type for e in a.entities}["Alun Garside"] == "PERSON"


def test_a_joining_dated_only_by_years_later_joins_the_body_in_view() -> None:
    a = run("Kestrow Analytics has raised $20 million. Kestrow Analytics makes software for farms. Investors value Kestrow "
            "Analytics at $90 million.\n\nKestrow Analytics was founded in Leeds in 2015 by Omar Haddon; the engineer Petra "
            "Lund joined two years later.", "2025-03-27")
    assert [(t, g) for t, g, _ in _events(a, "career.hire")] == [
        ("2017", {"patient": "Petra Lund", "organization": "Kestrow Analytics", "agent": "Kestrow Analytics"})]
    # ... not a joining of something named
    b = run("Kestrow Analytics has raised $20 million. Kestrow Analytics makes software for farms. Investors value Kestrow "
            "Analytics at $90 million.\n\nKestrow Analytics was founded in Leeds in 2015 by Omar Haddon; the engineer Petra "
            "Lund joined Brackley Farms two years later.", "2025-03-27")
    assert [g["organization"] for t, g, _ in _events(b, "career.hire")] == ["Brackley Farms"]


def test_a_review_that_leads_with_an_album_by_a_band_is_about_the_band() -> None:
    a = run("The third album by the Cork band Lantern Owls arrives with a weight of expectation few Irish groups have carried "
            "in years. Salt Road, released on Friday by the label Greyhaven Records, is the first record the trio have made "
            "without the drummer Rob Fennick.\n\nGreyhaven's founder, Tilly Marr, said orders were high. The label signed the "
            "band in 2016.\n\nAnna Cole formed the group in Cork in 2012 with the bassist Ivo Marsh.", "2025-03-27")
    assert [g["organization"] for t, g, _ in _events(a, "business.found") if t == "2012"] == ["Lantern Owls"]


def test_a_birth_name_after_an_opening_born_is_the_subject_at_birth() -> None:
    a = run("Margit Sollander, the harpist, has died. She was 88.\n\nBorn Margit Oddny in Bergen in May 1936, she was the "
            "only child of Lars Oddny, a ferryman, and Sigrid Oddny, a nurse.", "2025-05-14")
    assert [(t, g["child"], g.get("place")) for t, g, _ in _events(a, "family.child")] == [("1936-05", "Margit Sollander", None)]
    # (since session 77 her own birth, with its place, stays a birth beside her parents' event, as a main-clause birth does)
    assert [(t, g["patient"], g.get("place")) for t, g, _ in _events(a, "life.born")] == [("1936-05", "Margit Sollander", "Bergen")]
    assert facts_by_pair(a, "birth_year")[("Margit Sollander", "1936")] == (None, None)


def test_a_marriage_with_its_year_and_partner_set_off_before_its_verb() -> None:
    a = run("Margit Sollander, the harpist, has died. She was 88. Her first marriage, in 1960, to the trumpeter Olav Brekke, "
            "ended in divorce in 1974. In 1979 she married Jens Holt, a Bergen pharmacist, who died in 2012.", "2025-05-14")
    assert facts_by_pair(a, "spouse") == {("Margit Sollander", "Olav Brekke"): ("1960", "1974"),
                                          ("Margit Sollander", "Jens Holt"): ("1979", "2012")}


def test_a_quoted_title_set_off_after_a_second_verbs_object_is_that_objects_name() -> None:
    a = run("Margit Sollander, the harpist, has died. She was awarded the silver medal of the Vestland Harp Guild in 1991 "
            "and published a memoir, \"The Long Strings\", in 2010.", "2025-05-14")
    assert [(t, g) for t, g, _ in _events(a, "report.publish")] == [
        ("2010", {"work": "The Long Strings", "agent": "Margit Sollander"})]
    assert [(t, "work" in g) for t, g, _ in _events(a, "career.win")] == [("1991", False)]


def test_a_post_turned_down_as_the_post_of_a_title_names_that_title() -> None:
    a = run("Margit Sollander, the harpist, has died. Friends recall that she turned down the post of the opera's music "
            "director in 1993.", "2025-05-14")
    assert [(t, g.get("role"), p) for t, g, p in _events(a, "career.appoint")] == [("1993", "music director", "NEG")]


def test_a_sacking_whose_name_the_parser_hung_on_the_telling_verb() -> None:
    a = run("Brackenby Rovers have sacked manager Tomas Ellery after a run of two wins in twelve league games, the club "
            "announced on Sunday, less than a day after a 3-0 home defeat by Oldcastle Town.", "2025-10-21")
    assert [(t, g["patient"], g["agent"]) for t, g, _ in _events(a, "career.fire")] == [
        ("2025-10-19", "Tomas Ellery", "Brackenby Rovers")]


def test_an_arrival_from_a_club_is_at_the_club_in_view_and_dates_the_post_since_ended() -> None:
    a = run("Pellham Town have sacked manager Rory Vance after a run of one win in ten games, the club announced on Sunday."
            "\n\nThe 51-year-old, who arrived from Castlemoor United in the summer of 2022, leaves with Pellham Town 20th in "
            "the table. Pellham Town play Ashby on Saturday.", "2025-10-21")
    assert [(t, g.get("organization")) for t, g, _ in _events(a, "career.hire")] == [("2022-SU", "Pellham Town")]
    assert facts_by_pair(a, "role")[("Rory Vance", "Pellham Town")] == ("2022-SU", "2025-10-19")


def test_a_relative_clause_with_no_pronoun_after_a_company_described() -> None:
    a = run("Ines Thistlewood won the Silver Otter. It was produced by Bracken Films, the Glasgow company Thistlewood founded "
            "with her sister, the producer Agnes Thistlewood, in 2015.", "2024-10-14")
    assert [(t, g["organization"], g.get("agent")) for t, g, _ in _events(a, "business.found")] == [
        ("2015", "Bracken Films", "Ines Thistlewood")]
    assert facts_by_pair(a, "located_in").get(("Bracken Films", "Glasgow")) == (None, None)


def test_leaving_a_place_as_someone_saw_it_is_no_resignation() -> None:
    a = run("The singer Maja Ostrand, 31, was photographed leaving the hospital on Monday with the newborn.", "2024-05-08")
    assert not _events(a, "career.resign")
    assert [t for t, g, _ in _events(a, "report.seen")] == ["2024-05-06"]
    # ... but a doctor leaving the hospital she worked at is told as a leaving
    b = run("The surgeon Maja Ostrand left the hospital in March to join a clinic in Oslo.", "2024-05-08")
    assert len(_events(b, "career.resign")) == 1


def test_a_parent_and_the_child_named_beside_them_are_no_pair() -> None:
    a = run("The actress Ylva Brandt and her husband, the architect Oren Castel, have welcomed a daughter.\n\nBrandt, 36, was "
            "photographed on Monday, flanked by Castel and their son, Arvid, who turned four in March.\n\nThe pair met in 2015, "
            "when Brandt rented a flat that Castel had designed.", "2024-05-08")
    assert [(t, g["agent"], g["partner"]) for t, g, _ in _events(a, "life.meet")] == [("2015", "Ylva Brandt", "Oren Castel")]


def test_what_someone_should_have_done_was_not_done() -> None:
    a = run("One senior councillor told the Herald that the party had lost its way and that Mayor Ruth Ellwood should have "
            "stepped down in 2021.", "2024-05-06")
    assert not _events(a, "career.resign")
    # ... while what someone says she did is told as done
    b = run("One senior councillor told the Herald that Mayor Ruth Ellwood stepped down in 2021.", "2024-05-06")
    assert [t for t, g, _ in _events(b, "career.resign")] == ["2021"]


def test_a_sitting_mayor_beaten_by_the_one_elected_lost_that_election() -> None:
    a = run("Harriet Amberley has been elected mayor of Dunholm.\n\nThe 52-year-old former nurse took 10,482 votes in "
            "Thursday's election, beating the sitting mayor, Graham Pettifer, by just over 1,200.", "2024-05-06")
    assert sorted((g["patient"], p) for t, g, p in _events(a, "politics.elect")) == [
        ("Graham Pettifer", "NEG"), ("Harriet Amberley", "POS")]
    # ... not one beaten in another contest the sentence dates
    b = run("Harriet Amberley has been elected mayor of Dunholm. She was elected to the county council in 2013.\n\nIn 2019 "
            "she beat the novelist Graham Pettifer in a regional quiz final.", "2024-05-06")
    assert [g["patient"] for t, g, p in _events(b, "politics.elect") if p == "NEG"] == []


def test_a_count_set_against_by_more_than_or_against_names_the_loser() -> None:
    a = run("Nerys Holm has won the Dunmore by-election for the Civic Alliance.\n\nHolm, 41, took 18,402 votes in Thursday's "
            "poll, 3,116 more than the National Reform candidate, Desmond Pryce.", "2022-05-06")
    assert [(t, g["patient"]) for t, g, p in _events(a, "politics.elect") if p == "NEG"] == [("2022-05-05", "Desmond Pryce")]
    b = run("Ruth Pennock has been elected mayor of Throxby.\n\nMs Pennock, 39, won 41,208 votes after second preferences "
            "were counted overnight, against 37,115 for Radley Elmore of the People First Party.", "2022-05-06")
    assert [g["patient"] for t, g, p in _events(b, "politics.elect") if p == "NEG"] == ["Radley Elmore"]


def test_a_candidate_placed_third_in_the_election_told_lost_it() -> None:
    a = run("Harriet Amberley has been elected mayor of Dunholm, ending twelve years of Civic Alliance control.\n\nThe "
            "47-year-old former nurse took 11,482 votes in Thursday's election, beating the sitting mayor by just over 1,900. "
            "The Green candidate, Petula Marsh-Avery, finished a distant third. Turnout was 38 per cent.", "2024-05-06")
    assert [(t, g["patient"]) for t, g, p in _events(a, "politics.elect") if p == "NEG"] == [("2024-05-02", "Petula Marsh-Avery")]
    # ... not a runner placed in a race the story tells besides
    b = run("Harriet Amberley has been elected mayor of Dunholm on Thursday. Her daughter, Petula Amberley, finished third "
            "in the 400m at the county championships.", "2024-05-06")
    assert [g["patient"] for t, g, p in _events(b, "politics.elect") if p == "NEG"] == []


def test_the_main_verb_after_a_relative_clause_naming_children_is_the_couples() -> None:
    a = run("Tobias Wrenn married the florist Ada Pelling in 2009. The couple, who have two children, Ewan, 13, and Rory, 10, "
            "divorced in 2019.", "2025-02-11")
    assert [(t, g) for t, g, _ in _events(a, "life.divorce")] == [("2019", {"agent": "Tobias Wrenn", "partner": "Ada Pelling"})]
    assert facts_by_pair(a, "spouse") == {("Tobias Wrenn", "Ada Pelling"): ("2009", "2019")}


def test_a_description_after_a_works_name_is_the_works_not_a_second_object() -> None:
    a = run("Maren Oskarsdottir has won the Fellbeck Prize for Fiction for \"The Ferryman's Ledger\", a novel about a Hull "
            "dock clerk in the winter of 1953 that two publishers turned down. She was named the winner at a dinner on "
            "Wednesday evening.", "2025-04-03")
    assert [(t, g.get("work")) for t, g, _ in _events(a, "career.win")] == [("2025-04-02", "The Ferryman's Ledger")]


def test_a_surname_then_a_comma_then_a_bodys_possessive_is_two_names() -> None:
    from spacy.tokens import Span

    from dateline import nlp
    from dateline.extract.entity_lexicon import lexicon
    from dateline.extract.name_spans import raw_spans

    # the recognizer ran one name over "Brackwater, Fenwick's" (it does so on some names: set here by hand)
    doc = nlp.load()("Fenwick was founded in 2016 by Tomas Brackwater. Brackwater, Fenwick's chief technology officer, will "
                     "join Harrowdale.")
    i = [t.i for t in doc if t.text == "Brackwater"][1]
    doc.ents = [e for e in doc.ents if not (e.start <= i + 2 and e.end >= i)] + [Span(doc, i, i + 3, label="ORG")]
    found = [(doc[s.start:s.end].text, s.label) for s in raw_spans(doc, lexicon()) if s.start >= i]
    assert found[:2] == [("Brackwater", "PERSON"), ("Fenwick", "ORG")]
    # ... not a surname no one has been named with
    doc = nlp.load()("Fenwick was founded in 2016 by Tomas Ollard. Brackwater, Fenwick's chief technology officer, will "
                     "join Harrowdale.")
    i = [t.i for t in doc if t.text == "Brackwater"][0]
    doc.ents = [e for e in doc.ents if not (e.start <= i + 2 and e.end >= i)] + [Span(doc, i, i + 3, label="ORG")]
    assert [(doc[s.start:s.end].text, s.label) for s in raw_spans(doc, lexicon()) if s.start >= i][:1] == [("Brackwater, Fenwick", "ORG")]


def test_the_job_taken_is_the_post_named_an_appointment() -> None:
    a = run("Pellmore's chief executive, Ivo Grantley, who took the job in April after nine years at the boiler maker "
            "Vantreck, said the deal was fair.", "2024-11-28")
    assert [(t, g.get("role")) for t, g, _ in _events(a, "career.appoint")] == [("2024-04", "chief executive")]
    assert not _events(a, "career.hire")
    # ... while a job taken at a body is a hiring
    b = run("Ivo Grantley took a job at Vantreck in 2015.", "2024-11-28")
    assert [g.get("organization") for t, g, _ in _events(b, "career.hire")] == ["Vantreck"]


def test_the_nth_one_to_do_something_did_it() -> None:
    a = run("Edwina Callow resigned as transport minister on Monday. She is the third minister to leave Gideon Aucklund's "
            "government since it took office two years ago.", "2024-07-10")
    assert [(t, c) for t, g, c in _events(a, "career.resign")] == [("2024-07-08", "POS")]
    assert [e.certainty for e in a.events if e.type == "career.resign"] == ["asserted"]
    # ... while an infinitive on an unranked noun is still a plan
    b = run("Edwina Callow is the minister to leave the government next, aides said.", "2024-07-10")
    assert [e.certainty for e in b.events if e.type == "career.resign"] in ([], ["speculative"])
