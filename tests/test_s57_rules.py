"""Session 57: rules found reading development misses, each tested on an invented article (other names, other words),
with the near miss the rule must leave alone."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import facts_by_pair, named_args


def test_an_assistant_who_left_the_club_is_no_longer_its_assistant() -> None:
    a = run("Kellmoor Town sacked their manager Oskar Brandvik on Sunday. His assistant, Piers Haldane, has also left the "
            "club.")
    assert facts_by_pair(a, "role")[("Piers Haldane", "assistant")] == (None, "PAST_REF")
    # ... but one who stays keeps the post
    b = run("Kellmoor Town sacked their manager Oskar Brandvik on Sunday. His assistant, Piers Haldane, will take charge "
            "of Saturday's game.")
    assert facts_by_pair(b, "role")[("Piers Haldane", "assistant")] == (None, None)


def test_one_arrested_who_then_resigned_is_who_resigned() -> None:
    a = run("Delphine Wragg ran the Moorcastle Harbour Trust for a decade. She was arrested in May 2022 and resigned from the "
            "trust the same month.")
    assert [row.get("agent") for row in named_args(a, "career.resign")] == ["Delphine Wragg"]
    # ... while a second passive keeps the voice: who was charged is the patient
    b = run("Delphine Wragg ran the Moorcastle Harbour Trust for a decade. She was arrested in May 2022 and charged with "
            "fraud the same month.")
    assert [row.get("patient") for row in named_args(b, "legal.charge")] == ["Delphine Wragg"]


def _works(a: Analysis) -> list[str]:
    return sorted(e.name for e in a.entities if e.type == "WORK")


def test_a_title_after_a_prize_and_its_day() -> None:
    a = run("Tomasz Weyland won the Bellmarsh Prize for Poetry on Friday night for A Ledger of Small Hours. The book was "
            "published in March.")
    assert [row.get("work") for row in named_args(a, "career.win")] == ["A Ledger of Small Hours"]
    # ... but a prize won on a day for nothing named keeps no work
    b = run("Tomasz Weyland won the Bellmarsh Prize for Poetry on Friday night for the second time.")
    assert [row.get("work") for row in named_args(b, "career.win")] == [None]


def test_a_plural_possessive_inside_a_title() -> None:
    a = run("Last year's prize went to Anselm Drury for his novel The Weavers' Almanac.")
    assert _works(a) == ["The Weavers' Almanac"]
    # ... not across a possessive before a lowercase word
    b = run("Last year's prize went to Anselm Drury for his novel The Weavers' favourite son.")
    assert "The Weavers' favourite son" not in _works(b)


def test_a_where_clause_on_an_occasion_named_with_its_year() -> None:
    a = run("Born in Natal, Caio Brandão first made his name at the 2019 Pan-Atlantic Games in Recife, where he took bronze "
            "in the 200 metres. He won a world title in Fukuoka in 2023.")
    assert sorted((e.time, e.lemma) for e in a.events if e.type == "career.win") == [("2019", "take"), ("2023", "win")]
    # ... an occasion named without its year dates nothing
    b = run("Born in Natal, Caio Brandão first made his name at the Pan-Atlantic Games in Recife, where he took bronze in "
            "the 200 metres.")
    assert [e.time for e in b.events if e.type == "career.win"] == [None]
