"""Award, election and culture phrasings that recur across the development articles (session 30), each as
invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event, event_names


def _wins(a: Analysis) -> dict[str | None, list[str]]:
    """Each win's agent name -> the texts of its award arguments."""
    out: dict[str | None, list[str]] = {}
    for e in a.events:
        if e.type != "career.win":
            continue
        agent = next((a.entity(g.entity).name for g in e.args if g.role == "agent" and g.entity and a.entity(g.entity)), None)
        out.setdefault(agent, []).extend(g.text for g in e.args if g.role == "award")
    return out


def test_each_prize_of_a_list_with_its_own_recipient_is_that_ones_win() -> None:
    # "also won best actress for X and best original score for the band Y": X's win and Y's, not the film's
    a = run("VARNA — \"Salt Harbour\", the drama directed by Ines Moll, won best film at the Varna Screen Awards on "
            "Sunday. The film, which premiered in Lisbon last September, also won best actress for Kaja Brun, who plays "
            "a ferry captain, and best original score for the folk band The Quiet Oaks.", "2024-05-08")
    wins = _wins(a)
    assert wins.get("Kaja Brun") == ["best actress"]
    assert wins.get("The Quiet Oaks") == ["best original score"]
    assert "Kaja Brun" not in event_names(a, "career.premiere", "agent")
    # "took five prizes, including best film and best director for X": the director's own win besides the film's
    b = run("ARDLOW — \"Cold Harbour\", a bleak family drama, took five prizes at the Kestowe Film Awards on Saturday, "
            "including best film and best director for Ingrid Solvaag, whose first feature it is.", "2024-05-08")
    assert _wins(b).get("Ingrid Solvaag") == ["best director"]
    assert "Cold Harbour" in _wins(b)


def test_a_title_won_for_a_team_is_no_prize_list() -> None:
    a = run("The driver Tom Falk won the GT Series title for Varga Motorsport on Sunday.", "2024-05-08")
    assert list(_wins(a)) == ["Tom Falk"]


def test_a_prize_handed_to_someone_in_the_passive_is_what_was_won() -> None:
    a = run("The academy's fellowship, its highest honour, was presented to the director Oskar Lind on Friday.", "2024-05-08")
    assert_event(a, "career.win", {"agent": "Oskar Lind", "award": "fellowship"})
    b = run("The Golden Reed was awarded to the director Oskar Lind for \"Glass Days\".", "2024-05-08")
    assert_event(b, "career.win", {"agent": "Oskar Lind", "award": "Golden Reed", "work": "Glass Days"})
    c = run("Oskar Lind was presented to the Queen on Friday.", "2024-05-08")
    assert not _wins(c)


def test_the_work_after_the_winners_name_is_the_work_won_with() -> None:
    # "the prize went to the veteran X for "W"": the parser hangs "for W" on X's name
    a = run("The Grand Jury Prize went to the Argentine veteran Tomas Ruiz for \"Nowhere Land\", his ninth feature.",
            "2024-05-08")
    assert_event(a, "career.win", {"agent": "Tomas Ruiz", "work": "Nowhere Land"})
    b = run("The jury gave its top prize to the Welsh newcomer Anwen Price for \"Slate Town\" on Friday.", "2024-05-08")
    assert_event(b, "career.win", {"agent": "Anwen Price", "work": "Slate Town"})


def test_a_work_described_by_its_kind_is_what_is_nominated() -> None:
    # "her debut feature, "X", was shortlisted": the work, whatever the noun that names its kind
    a = run("Her debut feature, \"Bread for Later\", was shortlisted for the Discovery Award in 2012.", "2024-05-08")
    assert_event(a, "career.nominate", {"work": "Bread for Later", "award": "Discovery Award"})
    b = run("The documentary \"Iron Coast\" was nominated for the Grierson Award in 2020.", "2024-05-08")
    assert_event(b, "career.nominate", {"work": "Iron Coast"})


def test_despite_being_nominated_is_the_subjects_nomination() -> None:
    a = run("Kira Moss signed with Lumen Records in 2019 despite being nominated for the Harwell Prize.", "2024-05-08")
    assert_event(a, "career.nominate", {"patient": "Kira Moss", "award": "Harwell Prize"})
    b = run("The Reform candidate Ivo Brandt lost the seat in 2021 despite being shortlisted for the party's rising star "
            "award.", "2024-05-08")
    assert "Ivo Brandt" in event_names(b, "career.nominate", "patient")


def test_announcing_ones_departure_in_a_post_is_an_announcement() -> None:
    # "announced his departure in a short post / her retirement on Instagram": politics.announce, not a publication
    a = run("Jory Penn announced his departure in a short post on the band's website last Thursday.", "2024-05-08")
    assert_event(a, "politics.announce", {"agent": "Jory Penn"})
    assert not event_names(a, "report.publish", "agent")
    b = run("Ada Moss announced her retirement on Instagram on Monday.", "2024-05-08")
    assert_event(b, "politics.announce", {"agent": "Ada Moss"})
    assert not event_names(b, "report.publish", "agent")
    c = run("The singer Ada Moss announced a new album on Instagram on Monday.", "2024-05-08")
    assert event_names(c, "report.publish", "agent") == ["Ada Moss"]
