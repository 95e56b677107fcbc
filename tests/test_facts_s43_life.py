"""Session 43, weddings and couples: a divorce noun ends a marriage when its sentence names the pair, a pair "have been
married", widows, "A and B's wedding" and "has remarried" -- invented texts through the real pipeline; each rule with a
sentence it must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_args, facts_by_pair, typed


def test_a_divorce_noun_whose_sentence_names_the_pair_ends_their_marriage() -> None:
    a = run("Nadia Korvel filed for divorce from the banker Stefan Lisk in January 2023.")
    assert facts_by_pair(a, "spouse") == {("Nadia Korvel", "Stefan Lisk"): (None, "2023-01")}
    b = run("Crispin Hollis and Margot Delacey finalised their divorce in 2021.")
    assert facts_by_pair(b, "spouse") == {("Crispin Hollis", "Margot Delacey"): (None, "2021")}
    # ... but "his divorce", its other party only the one he was last paired with, tells no marriage of theirs
    c = run("Tom Reyes and Ada Moss met in 2019. They kept it quiet at first because of his divorce, a friend said.")
    assert ("Tom Reyes", "Ada Moss") not in facts_by_pair(c, "spouse") and ("Ada Moss", "Tom Reyes") not in facts_by_pair(c, "spouse")


def test_a_pair_who_have_been_married_are_spouses() -> None:
    a = run("Ruth Ambler and Cyril Ambler have been married for 40 years.")
    assert facts_by_pair(a, "spouse") == {("Ruth Ambler", "Cyril Ambler"): (None, None)}
    # ... one person "married with two children" names no spouse
    b = run("Ruth Ambler is married with two children.")
    assert facts_by_pair(b, "spouse") == {}


def test_a_widow_is_the_spouse_of_a_marriage_a_death_ended() -> None:
    a = run("Ines Albarran, the widow of the painter Jaume Rovira, opened the exhibition on Sunday.")
    assert facts_by_pair(a, "spouse") == {("Jaume Rovira", "Ines Albarran"): (None, "PAST_REF")}
    b = run("Hugo Brand died in 2019. His widow, Ella Brand, runs the farm.")
    assert facts_by_pair(b, "spouse") == {("Hugo Brand", "Ella Brand"): (None, "2019")}
    # ... a widow played in a film is no one's
    c = run("Lena Moss plays a widow in the new film by Ivo Hart.")
    assert facts_by_pair(c, "spouse") == {}


def test_a_wedding_two_names_own_together_is_theirs() -> None:
    a = run("Abigail Stone and Marcus Tey's wedding took place in Rome in May 2023.")
    assert event_args(a, "life.marry") == [{"agent": "Abigail Stone", "partner": "Marcus Tey", "place": "Rome"}]
    assert [e.time for e in typed(a, "life.marry")] == ["2023-05"]
    b = run("Abigail Stone and Marcus Tey's divorce was finalised in May 2023.")
    assert event_args(b, "life.divorce") == [{"agent": "Abigail Stone", "partner": "Marcus Tey"}]
    assert facts_by_pair(b, "spouse") == {("Abigail Stone", "Marcus Tey"): (None, "2023-05")}
    # ... one name's wedding stays one name's
    c = run("Abigail Stone's wedding took place in Rome in May 2023.")
    assert event_args(c, "life.marry") == [{"agent": "Abigail Stone", "place": "Rome"}]


def test_remarrying_is_to_someone_new() -> None:
    a = run("The actress Gemma Royle, whose divorce from the producer Sam Kirby was finalised in 2019, has remarried.")
    assert event_args(a, "life.marry") == [{"agent": "Gemma Royle"}]
    # ... while a plain wedding still finds the partner the pair was named with
    b = run("Tom Reyes and Ada Moss met in 2015. Reyes proposed in Lisbon in 2017.")
    assert event_args(b, "life.engage") == [{"agent": "Reyes", "place": "Lisbon", "partner": "Ada Moss"}]
