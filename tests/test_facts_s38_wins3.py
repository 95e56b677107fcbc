"""Session 38: wins told in phrasings no fixture had tried, third pass (invented sentences through the real pipeline,
each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, entity_types, event_names, typed


def test_the_first_or_youngest_one_to_win_is_the_one_who_became_it() -> None:
    a = run("Anouk Verhagen became the first Dutch woman to win the race in 2019.")
    assert_event(a, "career.win", {"agent": "Anouk Verhagen", "award": "race"})
    assert [e.time for e in typed(a, "career.win")] == ["2019"]
    b = run("On Sunday Tomas Berg became the first man to win the Harrow Open.")
    assert event_names(b, "career.win", "agent") == ["Tomas Berg"]
    assert [e.time for e in typed(b, "career.win")] == ["2024-05-05"]
    c = run("Anouk Verhagen became the youngest player to win the title in 2021.")
    assert event_names(c, "career.win", "agent") == ["Anouk Verhagen"]
    # ... a first to lead a party wins nothing
    assert_no_event(run("Anouk Verhagen became the first woman to lead the party in 2019."), "career.win")


def test_a_title_after_a_best_category_prize_and_its_for_is_the_work() -> None:
    a = run("Tariq Haddad won the best director prize for Desert Wind in 2019.")
    assert entity_types(a).get("Desert Wind") == "WORK"
    assert_event(a, "career.win", {"agent": "Tariq Haddad", "work": "Desert Wind"})
    b = run("Ines Moll collected the best actress award for Summer Rain at the festival on Saturday.")
    assert entity_types(b).get("Summer Rain") == "WORK"
    assert_event(b, "career.win", {"agent": "Ines Moll", "work": "Summer Rain"})
    # ... a person's name after it is the one it went to
    assert entity_types(run("The best actress award for Maria Lopez came as a surprise.")).get("Maria Lopez") == "PERSON"


def test_a_gerund_after_a_predicate_noun_takes_the_copulas_subject() -> None:
    # "after winning" hung by the parser on "champions", not on the verb
    a = run("Fenwick City are the reigning champions after winning the league in 2023.")
    assert_event(a, "career.win", {"agent": "Fenwick City", "award": "league"})
    assert [e.time for e in typed(a, "career.win")] == ["2023"]
    b = run("Ada Bell is the world champion after winning the final in Doha on Sunday.")
    assert event_names(b, "career.win", "agent") == ["Ada Bell"]
    assert [e.time for e in typed(b, "career.win")] == ["2024-05-05"]
    # ... a match ahead wins nothing
    assert_no_event(run("Fenwick City are the favourites before playing Rovers on Saturday."), "career.win")
