"""Session 79: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import timed_events as _events


def _types(a) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def test_a_headline_bare_person_noun_is_the_lead_described_so() -> None:
    a = run("Geologist behind deep-sea mapping wins Harrowgate Medal\n\nOSLO — Ingrid Fallvik-Amundsen, a geologist whose "
            "maps of the ocean floor guide cable layers, has won the Harrowgate Medal, the Tessel Society said on Tuesday.",
            "2025-03-13")
    wins = [g for _, g, _ in _events(a, "career.win")]
    assert wins == [{"agent": "Ingrid Fallvik-Amundsen", "award": "Harrowgate Medal"}]
    # ... only the story's first-named person, and only with the headline's own words: "finance minister" is not her
    b = run("Finance minister quits in row over budget\n\nPrime Minister Halla Brynjolfsdottir lost her finance minister on "
            "Sunday when Einar Thorvaldsson resigned over the budget.", "2025-03-13")
    person = next(e for e in b.entities if e.name == "Halla Brynjolfsdottir")
    assert not any(m.text.lower() == "finance minister" for m in person.mentions)


def test_a_year_owning_the_prize_won_is_its_edition_not_the_day() -> None:
    a = run("Tomasz Wielbrandt, a physicist, has won this year's Ostrava Prize for Optics, the Hallam Trust announced on "
            "Thursday.", "2025-10-10")
    assert [str(t) for t, _, _ in _events(a, "career.win")] == ["2025-10-09"]
    # ... a year the sentence alone gives still dates it
    b = run("Tomasz Wielbrandt, a physicist, has won this year's Ostrava Prize for Optics.", "2025-10-10")
    assert [str(t) for t, _, _ in _events(b, "career.win")] == ["2025"]


def test_a_headline_quitting_government_is_not_also_the_party_left() -> None:
    a = run("Brennvoll quits government, defects to opposition\n\nVARNHOLM, March 12 (Norwire) — Junior fisheries "
            "minister Aksel Brennvoll resigned from the government on Monday and announced he was leaving the governing "
            "Civic Harbour Party to join the opposition Tidewater Alliance.", "2019-03-12")
    left = sorted(str(g.get("organization")) for _, g, _ in _events(a, "career.resign"))
    assert left == ["Civic Harbour Party", "the government"]
