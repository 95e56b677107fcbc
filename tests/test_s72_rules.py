"""Session 72: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import timed_events as _events


def _lost(a) -> list[tuple[str | None, str]]:
    """The elections told as not won: (time, the one who lost)."""
    return sorted((t, g.get("patient", "")) for t, g, p in _events(a, "politics.elect") if p == "NEG")


def test_the_incumbent_defeated_in_apposition_lost_the_election() -> None:
    a = run("Rosalind Hetherway was elected mayor of Cotterbridge on Tuesday, defeating the three-term incumbent Alfred "
            "Quarles of the Civic Union by 1,200 votes.", "2021-11-04")
    assert _lost(a) == [("2021-11-02", "Alfred Quarles")]
    b = run("Rosalind Hetherway was elected mayor of Cotterbridge on Tuesday, defeating the council's long-serving leader, "
            "Alfred Quarles, in a close contest.", "2021-11-04")
    assert _lost(b) == [("2021-11-02", "Alfred Quarles")]
    # ... a party beaten is no person losing
    c = run("Rosalind Hetherway was elected mayor of Cotterbridge on Tuesday, defeating the governing party in a close "
            "contest.", "2021-11-04")
    assert _lost(c) == []


def test_an_election_ending_someones_years_in_office_was_lost_by_them() -> None:
    a = run("Rosalind Hetherway was elected mayor of Cotterbridge on Tuesday, ending Alfred Quarles's twelve years in "
            "charge of the town hall.", "2021-11-04")
    b = run("Rosalind Hetherway was elected mayor of Cotterbridge on Tuesday, ending the nine-year tenure of Mayor Alfred "
            "Quarles.", "2021-11-04")
    assert _lost(a) == _lost(b) == [("2021-11-02", "Alfred Quarles")]
    # ... years of a party's rule end with no person beaten
    c = run("Rosalind Hetherway was elected mayor of Cotterbridge on Tuesday, ending 16 years of Liberal control of the "
            "town hall.", "2021-11-04")
    assert _lost(c) == []


def test_a_mayor_elected_undated_and_the_one_unseated_take_the_polls_day_not_a_council_seat_won_before() -> None:
    text = ("Former teacher Rosalind Hetherway has been elected mayor of Cotterbridge, unseating Alfred Quarles, who had "
            "held the post since 2012.\n\nHetherway took 9,412 votes to the mayor's 8,077 in Thursday's poll.\n\n"
            "She was elected to Cotterbridge Borough Council in 2018.")
    a = run(text, "2023-05-06")
    won = sorted((t, g.get("patient"), g.get("role")) for t, g, p in _events(a, "politics.elect") if p == "POS")
    assert won == [("2018", "Rosalind Hetherway", None), ("2023-05-04", "Rosalind Hetherway", "mayor")]
    assert _lost(a) == [("2023-05-04", "Alfred Quarles")]
    # ... and a councillor elected to the council she sits on is one election ("elected councillor", "elected to the council")
    b = run("Rosalind Hetherway was elected councillor for Nettle ward in 2018. She was elected to Cotterbridge Borough "
            "Council with 61 per cent of the vote.", "2023-05-06")
    assert [t for t, _, p in _events(b, "politics.elect") if p == "POS"] == ["2018"]


def _works(a) -> set[str]:
    return {e.name for e in a.entities if e.type == "WORK"}


def test_quoted_titles_listed_with_a_known_work_and_after_a_possessive_name_are_works() -> None:
    a = run('Vintila, 52, made his name with "Three Bridges," which won the jury prize in 2009, and followed it with "The '
            'Ferryman\'s Orchard" in 2014 and "Five Rivers" in 2019.', "2024-03-01")
    assert {"Three Bridges", "Five Rivers"} <= _works(a)
    b = run('Harcourt Releasing has acquired North American rights to Sorin Mateescu\'s "Two Mills," hours after the film '
            'premiered at the festival.', "2024-03-01")
    assert "Two Mills" in _works(b)
    # ... a nickname between a given name and a surname stays part of the name, beside a work in the sentence
    c = run('Margaret "Peggy" Arkwright, whose recording of "Harbour Lights" became a hit in 1961, has died.', "2024-03-01")
    assert "Peggy" not in _works(c) and "Harbour Lights" in _works(c)


def test_a_title_case_headlines_verb_cut_out_of_the_name_it_follows() -> None:
    text = ("Harcourt Nabs European Rights to Vintila's 'Three Bridges' After Lisbrook Bow\n\nHarcourt Releasing has "
            "acquired European rights to Sorin Vintila's \"Three Bridges,\" a day after its premiere. Harcourt plans a "
            "spring release. Harcourt was launched in 2015 by the producer Ada Kessing.")
    a = run(text, "2024-03-01")
    assert not any(e.name.startswith("Harcourt Nabs") for e in a.entities)
    assert [(t, g.get("agent"), g.get("organization")) for t, g, _ in _events(a, "business.found")] == [
        ("2015", "Ada Kessing", "Harcourt Releasing")]
    # ... a headline in sentence case keeps a name whose word looks like a verb ("Democrats")
    b = run("Tamsin Orvell quits Liberal Democrats for Green Party, weeks after her election\n\nTamsin Orvell has left the "
            "Liberal Democrats and joined the Green Party, she said on Tuesday.", "2024-03-01")
    assert "Liberal Democrats" in {e.name for e in b.entities}


def test_the_couple_after_the_parents_vows_is_the_story_couple() -> None:
    text = ("The folk singer Maisie Trelawny, 31, wed her longtime boyfriend, the rower Callum Vosper, 33, on Saturday at "
            "her family's farm near Penhallow.\n\nHer parents, Gerald Trelawny and Ruth Kessell, said their own vows "
            "there in 1985.\n\nThe couple met in 2016 at a festival in Bristol. They got engaged in March 2020.")
    a = run(text, "2021-09-20")
    pairs = {(ty, t, frozenset((g.get("agent"), g.get("partner")))) for ty in ("life.meet", "life.engage")
             for t, g, _ in _events(a, ty)}
    assert pairs == {("life.meet", "2016", frozenset({"Maisie Trelawny", "Callum Vosper"})),
                     ("life.engage", "2020-03", frozenset({"Maisie Trelawny", "Callum Vosper"}))}
    # ... in the parents' own paragraph, the pair is the parents
    b = run(text.replace("said their own vows there in 1985.\n\nThe couple met", "said their own vows there in 1985. The "
                         "couple met"), "2021-09-20")
    assert {frozenset((g.get("agent"), g.get("partner"))) for _, g, _ in _events(b, "life.meet")} == {
        frozenset({"Gerald Trelawny", "Ruth Kessell"})}


def _times(a) -> list[tuple[str, str]]:
    return [(x.text, x.value) for x in a.timexes]


def test_a_title_of_the_year_is_no_time_and_lends_no_year() -> None:
    a = run("Her second album came out in March 2018 and earned her a nomination for songwriter of the year at the "
            "Harbour Awards that November.", "2021-09-20")
    assert _times(a) == [("March 2018", "2018-03"), ("that November", "2018-11")]
    # ... the end, the rest or the first half of the year, and the year's races, are times
    b = run("She won three of the year's nine races and will retire at the end of the year.", "2021-09-20")
    assert [v for _, v in _times(b)] == ["2021", "2021"]


def test_a_person_sharing_her_own_news_online_announces_it() -> None:
    a = run("The breakfast presenter Rhoswen Talfryn, 34, announced the happy news on Instagram on Sunday, sharing a "
            "black-and-white snap of the baby's hand.", "2024-05-08")
    assert [(t, g.get("agent")) for t, g, _ in _events(a, "politics.announce")] == [("2024-05-05", "Rhoswen Talfryn")]
    assert _events(a, "report.publish") == []
    # ... a photograph shared is a post published, and a company's news shared is its own news told
    b = run("The breakfast presenter Rhoswen Talfryn shared a photograph of the ring on Instagram on Sunday.", "2024-05-08")
    assert [g.get("agent") for _, g, _ in _events(b, "report.publish")] == ["Rhoswen Talfryn"]
    assert _events(b, "politics.announce") == []


def test_a_date_closing_a_relative_clause_dates_its_verb_wherever_the_parser_hung_it() -> None:
    a = run("Tobias Grell, who joined Harbour FM from rival station Wave 105 in 2017, has been its drive-time host since "
            "2018.", "2023-06-08")
    assert [(t, g.get("patient")) for t, g, _ in _events(a, "career.hire")] == [("2017", "Tobias Grell")]
    # ... not a date told in another clause inside the commas (the station's sale, not his joining)
    b = run("Tobias Grell, who joined Harbour FM after the station was sold in 2017, has been its drive-time host since "
            "2018.", "2023-06-08")
    assert [t for t, _, _ in _events(b, "career.hire")] == [None]


def test_a_signing_told_undated_takes_the_day_its_contract_was_signed() -> None:
    text = ("Harcastle Albion have signed the Welsh winger Dylan Prothero-Vane from Ashgrove Town for a club-record fee.\n\n"
            "The 24-year-old passed a medical on Tuesday morning and signed a four-year contract that afternoon.")
    a = run(text, "2025-08-29")
    assert [(t, g.get("patient")) for t, g, _ in _events(a, "career.hire")] == [("2025-08-26", "Dylan Prothero-Vane")]
    # ... not a contract someone else signed the next day
    b = run(text.replace("The 24-year-old passed a medical on Tuesday morning and signed a four-year contract that "
                         "afternoon.", "The club's manager, Rhys Haverford, signed a new contract on Tuesday."), "2025-08-29")
    assert [t for t, _, _ in _events(b, "career.hire")] == [None]


def test_what_a_person_also_did_takes_the_day_of_her_act_told_just_before() -> None:
    text = ("Imelda Tarrant, the MP for Corby Fields, has defected from the Civic Party to the Forward Union. Ms Tarrant "
            "announced the move at a rally in Corby on Saturday. She also resigned as the Civic Party's transport "
            "spokeswoman, a post she had held since 2021.")
    a = run(text, "2024-03-14")
    assert ("2024-03-09", "transport spokeswoman") in {(t, g.get("role")) for t, g, _ in _events(a, "career.resign")}
    # ... not after an act of someone else's
    b = run(text.replace("Ms Tarrant announced the move", "The Forward Union leader, Osric Bellamy, announced the move"),
            "2024-03-14")
    assert (None, "transport spokeswoman") in {(t, g.get("role")) for t, g, _ in _events(b, "career.resign")}


def test_a_prize_for_a_category_won_with_a_work_names_the_work_whichever_word_for_hangs_on() -> None:
    a = run("The poet Idris Fennimore has won the £25,000 Harrowgate prize for poetry with Salt Ledgers, a collection "
            "about his grandfather's trawler.", "2019-11-14")
    assert [(g.get("agent"), g.get("work")) for _, g, _ in _events(a, "career.win")] == [("Idris Fennimore", "Salt Ledgers")]
    # ... a category with its own determiner keeps its phrase ("for his poetry with its sea imagery": the poetry's)
    b = run("The poet Idris Fennimore has won the Harrowgate prize for his poetry with its sea imagery.", "2019-11-14")
    assert "its sea imagery" not in {g.get("work") for _, g, _ in _events(b, "career.win")}


def test_the_award_presented_at_the_ceremony_is_the_prize_won() -> None:
    a = run("The poet Idris Fennimore has won the £25,000 Harrowgate prize for poetry with Salt Ledgers, a collection about "
            "trawlers. Fennimore, 52, was presented with the award at a ceremony in Leeds on Wednesday night.", "2019-11-14")
    assert [(t, g.get("agent")) for t, g, _ in _events(a, "career.win")] == [("2019-11-13", "Idris Fennimore")]
    # ... not an award of another year
    b = run("The poet Idris Fennimore has won the £25,000 Harrowgate prize for poetry with Salt Ledgers, a collection about "
            "trawlers. Fennimore, 52, was first presented with the award in 2011.", "2019-11-14")
    assert len(_events(b, "career.win")) == 2
