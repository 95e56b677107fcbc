"""Session 43: courts told in paraphrases -- a life term given or got, a "for" reason the parser takes for the one given it,
an action brought at law, a suit told again as "the claim" or "the complaint" filed somewhere on some day (lending the suit
its time and place), and a second clause's subject the parser joins to the object before "and" -- as small invented
articles through the real pipeline, with the near misses they must keep."""

from __future__ import annotations

from dateline import nlp
from handmade import analyzed, assert_event, assert_no_event, event_names, typed

DCT = "2025-03-14"  # a Friday


def run(text: str):  # noqa: ANN201 (the handmade analysis)
    return analyzed(text, DCT)


def test_a_life_term_given_or_got_is_a_sentence() -> None:
    a = run("Sam Okafor was given life on Tuesday for the murder of his neighbour.")
    assert event_names(a, "legal.sentence", "patient") == ["Sam Okafor"]
    assert [e.time for e in typed(a, "legal.sentence")] == ["2025-03-11"]
    assert_event(run("The gang leader Rufus Tallent got life on Monday for the murder of a rival dealer."), "legal.sentence",
                 {"patient": "Rufus Tallent"})
    # ... life given to a town or a genre is no penalty
    assert_no_event(run("The festival gave life to the old harbour town of Kelby."), "legal.sentence")
    assert_no_event(run("Mara Voss gave life to a new kind of folk music."), "legal.sentence")


def test_a_reason_after_for_is_not_the_one_given_the_sentence() -> None:
    # "was given a life sentence for the killing": the parser tags "for" a dative; the one given it is the subject
    a = run("Imran Dosh was given a life sentence on Friday for the killing.")
    assert event_names(a, "legal.sentence", "patient") == ["Imran Dosh"]
    assert not [g for e in typed(a, "legal.sentence") for g in e.args if g.role == "patient" and g.text == "for"]
    assert [e.time for e in typed(a, "legal.sentence")] == ["2025-03-14"]
    # ... a judge handing the sentence to someone still gives it (the judge the agent, the one handed it the patient)
    b = run("Judge Ruth Amery handed Colm Pryor a life sentence on Monday.")
    assert event_names(b, "legal.sentence", "patient") == ["Colm Pryor"]


def test_an_action_brought_or_filed_against_someone_is_a_suit() -> None:
    a = run("Sylvie Marchetti brought an action against the publisher Redfern House in 2021, claiming that a biography "
            "had defamed her.")
    assert_event(a, "legal.sue", {"agent": "Sylvie Marchetti", "target": "Redfern House"})
    assert [e.time for e in typed(a, "legal.sue")] == ["2021"]
    # ... action taken against someone is no suit
    assert_no_event(run("The council took action against Harlan Moss over the fence in 2021."), "legal.sue")
    assert_no_event(run("Police brought swift action against the gang led by Harlan Moss."), "legal.sue")


def test_the_claim_lodged_later_dates_the_suit() -> None:
    a = run("Former employee Rhian Tudor is suing the retailer Bexley Stores for unfair dismissal. The claim was lodged at an "
            "employment tribunal in Cardiff in January.")
    assert_event(a, "legal.sue", {"agent": "Rhian Tudor", "target": "Bexley Stores"})
    assert [e.time for e in typed(a, "legal.sue")] == ["2025-01"]
    # ... a case told with no filing lends nothing, and makes no suit of its own
    b = run("The case against Harlan Moss collapsed on Monday.")
    assert_no_event(b, "legal.sue")


def test_the_complaint_filed_on_a_day_in_a_court_dates_and_places_the_suit() -> None:
    a = run("The photographer Ines Calder has sued the fashion brand Velmora. The complaint, filed on Monday in federal court "
            "in Boston, accuses the company of using her pictures without permission.")
    assert_event(a, "legal.sue", {"agent": "Ines Calder", "target": "Velmora", "place": "Boston"})
    assert [e.time for e in typed(a, "legal.sue")] == ["2025-03-10"]


def test_a_name_after_and_before_a_passive_is_its_subject() -> None:
    # "X cut short her tour and Y was spotted ...": the parser joins Y to "tour"
    a = run("Rumours grew last autumn, when Nora Orsmund cut short her tour and Kai Kealey-Vance was spotted leaving a "
            "rented flat in Dunmore.")
    assert_event(a, "report.seen", {"patient": "Kai Kealey-Vance"})
    doc = nlp.load()("Nora Orsmund cut short her tour and Kai Kealey-Vance was spotted leaving a flat.")
    vance = next(t for t in doc if t.text == "Vance")
    assert (vance.dep_, vance.head.lower_) == ("nsubjpass", "spotted")
    # ... a name joined to an object with no verb after it stays the object's conjunct
    doc = nlp.load()("Nora Orsmund thanked her band and Kai Kealey-Vance on Monday.")
    vance = next(t for t in doc if t.text == "Vance")
    assert vance.dep_ == "conj"


def test_a_participle_after_a_by_phrase_belongs_to_the_thing_made() -> None:
    # "A study by the physicist X, published in Y": the parser hangs "published" on the maker
    a = run("A study by the physicist Omar Haddad, published in the journal Physical Letters on Wednesday, found that the "
            "effect was real.")
    assert_event(a, "report.publish", {"agent": "Omar Haddad", "organization": "Physical Letters"})
    assert [e.time for e in typed(a, "report.publish")] == ["2025-03-12"]
    b = run("A biography of the singer by the critic Paul Dane, published last year, says she never married.")
    assert_event(b, "report.publish", {"agent": "Paul Dane"})
    doc = nlp.load()("A report by the Orwell Institute, published on Monday, found that rents had doubled.")
    published = next(t for t in doc if t.text == "published")
    assert published.head.lower_ == "report"
    # ... the maker's own participle stays the maker's ("a novel by X, born in Lima")
    doc = nlp.load()("The award went to a novel by Ana Ruiz, born in Lima in 1980.")
    born = next(t for t in doc if t.text == "born")
    assert born.head.text == "Ruiz"
