"""Session 33: titles and bands NER mistypes, typed from what the text does to them (released, recorded, directed,
starred in, premiered, "best actress for"): invented sentences through the real pipeline, each general gap with two
wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, entity_types, event_names


def test_the_object_of_a_release_or_a_recording_is_a_title() -> None:
    # "released X", "recorded X", "directed X": NER makes the invented title a firm or a person
    a = run("The Marrow Kites released Lowland Fires on Friday.")
    assert entity_types(a)["Lowland Fires"] == "WORK"
    assert_event(a, "career.release", {"agent": "Marrow Kites", "work": "Lowland Fires"})
    assert entity_types(run("Saltmarsh Choir will release Grey Lanterns next month."))["Grey Lanterns"] == "WORK"
    assert entity_types(run("Ilse Varga directed Quiet Ferry on a budget of two million euros."))["Quiet Ferry"] == "WORK"
    # ... a person released (by a club, by the police) stays a person
    assert entity_types(run("Harwick Town released Kofi Mensah on Monday."))["Kofi Mensah"] == "PERSON"
    assert entity_types(run("Police released Marta Ilves without charge on Sunday."))["Marta Ilves"] == "PERSON"


def test_what_one_stars_in_is_a_title() -> None:
    a = run("Tomas Reyn starred in Cold Orchard, which won the Golden Sail in 2021.")
    assert entity_types(a)["Cold Orchard"] == "WORK"
    assert entity_types(run("Lena Voss co-starred in Glass Harbour in 2019."))["Glass Harbour"] == "WORK"
    # ... a known place one starred in stays a place
    assert entity_types(run("Lena Voss starred in London for two seasons."))["London"] == "GPE"


def test_a_title_told_premiered_or_released_in_a_clause() -> None:
    # "X, which premiered in Venice", "X, which was released in 2019", fronted "Released in March, X has sold ..."
    a = run("Ilse Varga directed Quiet Ferry, which premiered in Venice last year.")
    assert_event(a, "career.premiere", {"work": "Quiet Ferry", "place": "Venice"})
    assert entity_types(a)["Quiet Ferry"] == "WORK"
    assert entity_types(run("Amber Gulls, which was released in 2019, sold 40,000 copies."))["Amber Gulls"] == "WORK"
    assert entity_types(run("Released in March, Paper Gulls has sold 40,000 copies."))["Paper Gulls"] == "WORK"
    # ... a band which released a record, one released from prison, are no titles
    assert entity_types(run("Pale Arcade, which released three albums, split up in 2015."))["Pale Arcade"] != "WORK"
    assert entity_types(run("Released from prison in March, Oskar Lind said he would write a book."))["Oskar Lind"] == "PERSON"


def test_best_actress_for_a_title_wins_for_the_title() -> None:
    # "won best actress for X": X is the work, not the winner
    a = run("Neve Arden won best actress for Stone Gardens on Sunday.")
    assert entity_types(a)["Stone Gardens"] == "WORK"
    assert event_names(a, "career.win", "agent") == ["Neve Arden"]
    b = run("Pavel Dorn won best director for Winter Orchard at the Lisbon festival.")
    assert entity_types(b)["Winter Orchard"] == "WORK"
    assert_event(b, "career.win", {"agent": "Pavel Dorn", "work": "Winter Orchard"})


def test_a_capitalised_plural_owning_a_record_is_a_band() -> None:
    # "Copper Ravens' second album", "The Bright Hollows' debut single X": NER saw no name; a plural owning a record is a band
    a = run("Copper Ravens' second album, Night Ferries, comes out in June.")
    assert entity_types(a)["Copper Ravens"] == "ORG"
    assert_event(a, "career.release", {"agent": "Copper Ravens", "work": "Night Ferries"})
    b = run("The Bright Hollows' debut single Paper Moon is out on Friday.")
    assert entity_types(b)["Paper Moon"] == "WORK"
    assert_event(b, "career.release", {"agent": "Bright Hollows", "work": "Paper Moon"})
    # ... a family's kitchen is no band's
    assert "Hendersons" not in entity_types(run("The Hendersons' new kitchen cost a fortune."))


def test_a_work_noun_tagged_an_adjective_before_a_title() -> None:
    # "the Lanterns' debut single Paper Moon": the tagger makes "single" an adjective compounded with the title, NER the
    # title (and the one-word band) a person
    a = run("The Lanterns' debut single Paper Moon is out on Friday.")
    assert entity_types(a) == {"Lanterns": "ORG", "Paper Moon": "WORK"}
    assert_event(a, "career.release", {"agent": "Lanterns", "work": "Paper Moon"})
    b = run("The Bright Hollows' debut single Paper Moon is out on Friday.")
    assert entity_types(b)["Paper Moon"] == "WORK"
    # ... "her debut single X" already was a work
    assert entity_types(run("Her debut single Paper Moon is out on Friday."))["Paper Moon"] == "WORK"


def test_whoever_owns_a_memoir_or_a_novel_is_a_person() -> None:
    # "Kenji Morrow's memoir": NER made a firm of a first name and a dictionary word; only a person has a memoir
    a = run("Kenji Morrow's memoir, Ashes and Brine, was published last week.")
    assert entity_types(a)["Kenji Morrow"] == "PERSON"
    assert_event(a, "report.publish", {"agent": "Kenji Morrow", "work": "Ashes and Brine"})
    assert entity_types(run("Kenji Morrow's novel, Salt Wind, was shortlisted on Tuesday."))["Kenji Morrow"] == "PERSON"
    # ... a publisher's novel is still a publisher's
    assert entity_types(run("Harbour Press's new novel sold well."))["Harbour Press"] == "ORG"


def test_a_name_run_on_past_its_verb_into_the_object_is_cut() -> None:
    # NER read "the Ember Wrens released Grey Road Home" as one title: a band, its verb, its record
    a = run("Folk band the Ember Wrens released Grey Road Home in 2019.")
    assert entity_types(a) == {"Ember Wrens": "ORG", "Grey Road Home": "WORK"}
    assert_event(a, "career.release", {"agent": "Ember Wrens", "work": "Grey Road Home"})
    b = run("Folk band the Ember Wrens released Long Road Home in 2019.")
    assert entity_types(b).get("Ember Wrens") == "ORG"
    assert "Ember Wrens released Long Road Home" not in entity_types(b)
