"""Session 43: coreference that feeds event arguments -- a subject pronoun is not its own verb's object ("He fired
Corley"); "the former" / "the latter" pick the first / second of two entities coordinated just before; "the trio"
counts its people; a company's "it" two sentences after it was named, with only people in between -- as small
invented articles through the real pipeline, with the near misses that must not fire."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names

FIRED = "Oliver Strand hired Ben Corley as his deputy at Marsh Capital in 2017. He fired Corley two years later."

TWO_MEN = "Tom Reyes and Carl Whitby met in Leeds on Monday. He resigned on Tuesday."

FORMER = "Greta Lindahl and Nils Sorby founded Pellworth Games in 2015. The former left the company in 2020."

LATTER = "Ruth Caine and Simon Oddie both stood for the leadership of the Fenwick Party. The latter was elected leader in May."

LATTER_BANK = "Orwell Bank and Tisdale Bank merged in 2010. The latter had been founded in 1890 by Amos Tisdale."

FORMER_OF_THREE = "Ann Lowe, Bea Kent and Cara Finch founded Tallow Labs in 2016. The former left in 2019."

FORMER_MINISTER = "The former minister Alan Pryor was arrested on Monday."

TRIO = ("Three men, Karl Duffy, Sean Mallon and Rory Keane, were arrested in Derry on Monday. "
        "The trio were charged with robbery on Wednesday.")

TRIO_BAND = ("The Velvet Crows released their debut album in 2019. The trio, from Leeds, are Amy Stokes, Ben Hale and "
             "Cal Rook. The band signed to Moth Records in 2021.")

IT_FAR = ("Orbis Freight was founded by Kurt Vale in 1987. Vale sold his stake in 2005. "
          "It was acquired by Maersland Group in 2015.")

IT_PERSON_ONLY = "Kurt Vale was born in Hull in 1950. Vale trained as an engineer. It was acquired by Maersland Group in 2015."


def test_a_subject_pronoun_is_not_its_own_verbs_object() -> None:
    a = run(FIRED, "2025-03-14")
    assert_event(a, "career.fire", {"agent": "Oliver Strand", "patient": "Ben Corley"})
    assert "Ben Corley" not in event_names(a, "career.fire", "agent")


def test_a_pronoun_between_two_men_named_together_stays_alone() -> None:
    a = run(TWO_MEN, "2025-03-14")
    assert not {"Tom Reyes", "Carl Whitby"} & set(event_names(a, "career.resign", "agent"))


def test_the_former_is_the_first_of_two_named_together() -> None:
    a = run(FORMER, "2025-03-14")
    assert event_names(a, "career.resign", "agent") == ["Greta Lindahl"]


def test_the_latter_is_the_second_of_two_named_together() -> None:
    a = run(LATTER, "2025-03-14")
    assert "Simon Oddie" in event_names(a, "politics.elect", "patient")
    assert "Ruth Caine" not in event_names(a, "politics.elect", "patient")


def test_the_latter_of_two_banks() -> None:
    a = run(LATTER_BANK, "2025-03-14")
    assert event_names(a, "business.found", "organization") == ["Tisdale Bank"]


def test_the_former_of_three_picks_no_one() -> None:
    a = run(FORMER_OF_THREE, "2025-03-14")
    assert not {"Ann Lowe", "Bea Kent", "Cara Finch"} & set(event_names(a, "career.resign", "agent"))


def test_former_before_a_noun_is_an_adjective() -> None:
    a = run(FORMER_MINISTER, "2025-03-14")
    assert_event(a, "legal.arrest", {"patient": "Alan Pryor"})


def test_the_trio_is_the_three_people_named_together() -> None:
    a = run(TRIO, "2025-03-14")
    charged = set(event_names(a, "legal.charge", "patient"))
    assert {"Karl Duffy", "Sean Mallon", "Rory Keane"} <= charged


def test_a_bands_trio_is_no_group_of_its_players() -> None:
    a = run(TRIO_BAND, "2025-03-14")
    assert "Amy Stokes" not in event_names(a, "career.release", "agent")


def test_a_companys_it_two_sentences_on_with_only_people_between() -> None:
    a = run(IT_FAR, "2025-03-14")
    assert_event(a, "business.acquire", {"agent": "Maersland Group", "patient": "Orbis Freight"})


def test_an_it_with_no_body_named_stays_alone() -> None:
    a = run(IT_PERSON_ONLY, "2025-03-14")
    assert "Kurt Vale" not in event_names(a, "business.acquire", "patient")


NAMED_HER = "Tyrell Software hired Anna Whit last year. The company named her chief executive in March."

HER_DECISIONS = "Tyrell Software hired Anna Whit last year. The company made her executive decisions easier."


def test_a_body_naming_her_to_a_compound_post_names_her() -> None:
    a = run(NAMED_HER, "2025-03-14")
    assert_event(a, "career.appoint", {"patient": "Anna Whit", "role": "chief executive", "agent": "Tyrell Software"})


def test_her_before_a_noun_that_is_no_post_gives_no_appointment() -> None:
    a = run(HER_DECISIONS, "2025-03-14")
    assert "Anna Whit" not in event_names(a, "career.appoint", "patient")


THE_MEN = ("Police arrested Jamal Ince and Craig Hoyle in Leicester on Friday. "
           "The men were charged with burglary on Saturday.")

THE_MEN_WHO = ("Police arrested Jamal Ince and Craig Hoyle in Leicester on Friday. "
               "The men who attacked them were charged with assault on Saturday.")

THE_MEN_FOR_WOMEN = "Ana Ruiz and Mei Tan were arrested in Leeds on Friday. The men were charged with assault on Saturday."


def test_the_men_are_the_two_men_named_together_just_before() -> None:
    a = run(THE_MEN, "2025-03-14")
    assert {"Jamal Ince", "Craig Hoyle"} <= set(event_names(a, "legal.charge", "patient"))


def test_the_men_said_more_of_are_other_men() -> None:
    a = run(THE_MEN_WHO, "2025-03-14")
    assert not {"Jamal Ince", "Craig Hoyle"} & set(event_names(a, "legal.charge", "patient"))


def test_the_men_are_not_two_women() -> None:
    a = run(THE_MEN_FOR_WOMEN, "2025-03-14")
    assert not {"Ana Ruiz", "Mei Tan"} & set(event_names(a, "legal.charge", "patient"))
