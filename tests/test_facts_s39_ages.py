"""Ages and birth years on the right person (session 39): small invented articles, the expected ages and birth
years written before the run (article date 2024-05-06, so an age of 45 gives 1978 or 1979)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def _ages(text: str) -> dict[str, str]:
    return {subject: value for subject, value in facts_by_pair(run(text), "age") if value is not None}


def _born(text: str) -> dict[str, str]:
    return {subject: value for subject, value in facts_by_pair(run(text), "birth_year") if value is not None}


def test_an_age_told_by_at_in_a_present_clause_is_the_age_now() -> None:
    text = ("Boxer retires\nThe former world champion Dean Kettle has retired at the age of 38.\n"
            "Kettle, who won the title in 2016, said his body had told him to stop.")
    assert _ages(text) == {"Dean Kettle": "38"}
    assert _born(text)["Dean Kettle"] in ("1985", "1986")
    text = ("Writer's debut\nAt 67, retired teacher Imelda Crane has published her first novel.\n"
            "Crane began writing after her husband, Tom, died in 2019.")
    assert _ages(text) == {"Imelda Crane": "67"}
    text = ("Singer retires\nSinger Joanne Pratt is retiring at 58 after a final show in Cardiff.\n"
            "Pratt said she would miss the crowds.")
    assert _ages(text) == {"Joanne Pratt": "58"}
    text = ("Grandmother graduates\nPat Gorman has graduated from the Open University at the age of 85.\n"
            "Gorman, a great-grandmother from Sligo, began the course in 2017.")
    assert _ages(text) == {"Pat Gorman": "85"}


def test_an_at_told_in_the_past_or_a_clock_time_is_no_age_now() -> None:
    assert _ages("Early start\nCarla Munro signed for Rovers at 16 and has played 200 games.\n"
                 "Munro, the captain, scored twice on Saturday.") == {}
    assert _ages("Train times\nCommuter Ben Arkwright arrives at 7 each morning and leaves at 18.30.\n"
                 "Arkwright said the delays were worse than ever.") == {}


def test_an_age_fronted_by_now_is_the_subjects() -> None:
    text = ("Ex-nurse recalls war service\nEdith Carrow joined the Royal Navy as a nurse.\n"
            "Now 100, Carrow lives in a care home in Portsmouth. \"I was terrified,\" she said.")
    assert _ages(text) == {"Edith Carrow": "100"}
    text = "Reunion\nThe drummer Alf Kinsey left the band in 1979. Now 71, he still plays in pubs around Leeds."
    assert _ages(text) == {"Alf Kinsey": "71"}


def test_two_ages_after_two_people_go_to_each_in_turn() -> None:
    text = ("Two charged after Hull warehouse fire\nDeclan Moss and Petra Vane, aged 31 and 29, appeared before Hull "
            "magistrates on Monday.\nMoss, of Hessle Road, and Vane, of Anlaby, were remanded in custody.")
    assert _ages(text) == {"Declan Moss": "31", "Petra Vane": "29"}
    assert _born(text) == {"Declan Moss": "1992", "Petra Vane": "1994"}
    text = ("Climbers reach summit\nJonas Ekberg and his brother Nils Ekberg, 27 and 24, reached the summit of Denali "
            "on Saturday.\nJonas, the elder, said the final ridge was the hardest.")
    assert _ages(text) == {"Jonas Ekberg": "27", "Nils Ekberg": "24"}
    # scores are no ages
    assert _ages("Scores\nHearts beat Motherwell 3-1, with Lyndon Dykes and Kenny Miller, 2 and 1, the scorers.") == {}


def test_a_birthday_celebrated_now_gives_the_age() -> None:
    text = ("Mayor marks milestone\nMayor Clara Benning celebrated her 40th birthday on Sunday with a walk along the canal.\n"
            "Benning was elected in 2021.")
    assert _ages(text) == {"Clara Benning": "40"}
    text = ("Birthday\nSir Ralph Cotter marked his 100th birthday on Sunday at his home in Hampshire.\n"
            "Cotter, a former RAF pilot, received a card from the King.")
    assert _ages(text) == {"Ralph Cotter": "100"}
    # a birthday in a year long past
    assert _ages("Old birthday\nIn 2010 the actor Miles Garr celebrated his 60th birthday in Rome. Garr lives in Spain.") == {}


def test_an_age_after_the_home_town() -> None:
    text = ("Jockey banned\nThe jockey Fintan Cooley, of Naas, 34, was banned for ten days on Monday.\n"
            "Cooley's trainer, Mags Delaney, said she would appeal.")
    assert _ages(text) == {"Fintan Cooley": "34"}
    text = "Court\nA builder, Wayne Hurst, of Brixton Hill, 52, admitted the theft at Inner London Crown Court."
    assert _ages(text) == {"Wayne Hurst": "52"}


def test_an_age_in_a_year_long_past_gives_the_birth_year_only() -> None:
    text = ("Councillor re-elected\nTamsin Oduro, who was first elected at 23 in 2015, won her seat again on Thursday.\n"
            "Oduro told the Evening Post she was \"humbled\".")
    assert _ages(text) == {}
    assert _born(text) == {"Tamsin Oduro": "1991"}
    text = ("Oboist retires\nThe orchestra's principal oboist, Greta Lund, is retiring. Lund joined the orchestra at 22 "
            "in 1987.\n\"It has been my life,\" she said.")
    assert _ages(text) == {}
    assert _born(text) == {"Greta Lund": "1964"}


def test_an_age_description_is_the_main_clauses_person_not_one_in_a_subordinate_clause() -> None:
    text = ("Manager\n\nRovers named Paul Eddery as manager on Monday because their chairman, Ron Bailey, wanted "
            "experience.\n\nThe 48-year-old has signed a two-year contract.")
    assert _ages(text) == {"Paul Eddery": "48"}
    text = ("Court\n\nPolice charged Dana Welch on Friday after her neighbour, Rob Tate, complained about the noise.\n\n"
            "The 33-year-old will appear before magistrates next week.")
    assert _ages(text) == {"Dana Welch": "33"}


def test_a_paragraph_opening_with_a_full_name_is_not_cut_after_the_given_name() -> None:
    from dateline.nlp import load

    for text in ("Engaged\n\nSienna Vallory and Rafe Odell have split.", "Widow's prize\n\nThomas Greenhalgh won the prize."):
        assert len(list(load()(text).sents)) == 2, text
    text = ("Widow's prize\n\nThomas Greenhalgh won the Salt Prize on Saturday for \"Iron Tide\", his first novel since "
            "his wife, Mair, died.\n\nThe 62-year-old, who lives in Ruthin, won the same award in 2011.")
    assert _ages(text) == {"Thomas Greenhalgh": "62"}
