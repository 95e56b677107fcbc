"""Session 37: courts told in phrasings no fixture had tried (invented sentences through the real pipeline, each general
gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_a_sentence_changed_or_told_by_its_kind_is_its_holders_sentence() -> None:
    assert_event(run("Pia Lund's sentence was cut to four years on appeal."), "legal.sentence", {"patient": "Pia Lund"})
    assert_event(run("Judges increased Colm Reddy's sentence to ten years."), "legal.sentence", {"patient": "Colm Reddy"})
    assert_event(run("Petra Lowe's six-year sentence began last week."), "legal.sentence", {"patient": "Petra Lowe"})
    assert_event(run("Tom Hale's prison sentence ends next year."), "legal.sentence", {"patient": "Tom Hale"})
    # ... a sentence of words is no penalty
    assert_no_event(run("Maya Ruiz's opening sentence drew laughter from the hall."), "legal.sentence")
    assert_no_event(run("Her opening sentence drew laughter from Maya Ruiz."), "legal.sentence")


def test_a_sentence_changed_on_appeal_is_not_dated_by_the_change() -> None:
    a = run("Appeal judges cut Tom Hale's sentence to six years in March.")
    assert event_names(a, "legal.sentence", "patient") == ["Tom Hale"]
    assert [e.time for e in typed(a, "legal.sentence")] == [None]
    b = run("Pia Lund's sentence was reduced on appeal in 2021.")
    assert [e.time for e in typed(b, "legal.sentence")] == [None]
    # ... a sentence passed is dated by its clause
    c = run("Pia Lund was sentenced to four years in 2021.")
    assert [e.time for e in typed(c, "legal.sentence")] == ["2021"]


def test_ordered_to_serve_a_count_of_years_is_a_sentence() -> None:
    assert_event(run("Hollis Grane was ordered to serve at least 18 years."), "legal.sentence", {"patient": "Hollis Grane"})
    assert_event(run("Hollis Grane, 41, was ordered to serve 30 months."), "legal.sentence", {"patient": "Hollis Grane"})
    # ... an order to serve on a committee is none
    assert_no_event(run("Hollis Grane was ordered to serve on the committee."), "legal.sentence")


def test_spared_or_avoided_jail_is_a_sentence() -> None:
    assert_event(run("Wendell Croft, 44, was spared jail on Friday."), "legal.sentence", {"patient": "Wendell Croft"})
    assert_event(run("Nico Haller avoided jail after the hearing."), "legal.sentence", {"patient": "Nico Haller"})
    assert_event(run("Nico Haller, 29, avoided prison after admitting theft."), "legal.sentence", {"patient": "Nico Haller"})
    # ... other things spared or avoided are none
    assert_no_event(run("Ivy Moss avoided defeat in the final."), "legal.sentence")
    assert_no_event(run("Carlo Neri spared no expense on the wedding."), "legal.sentence")
    assert_no_event(run("Carlo Neri avoided the traffic on the way to the match."), "legal.sentence")


def test_a_suit_brought_by_someone_and_settled_by_another_is_against_the_settler() -> None:
    assert_event(run("Sorrel Media settled a lawsuit brought by Jana Kral."), "legal.sue", {"agent": "Jana Kral", "target": "Sorrel Media"})
    assert_event(run("Kerris Bank is fighting a claim brought by Ada Lin in the High Court."), "legal.sue",
                 {"agent": "Ada Lin", "target": "Kerris Bank"})
    # ... one who settles a suit of their own is not sued
    a = run("Jana Kral settled her lawsuit against Sorrel Media in May.")
    assert event_names(a, "legal.sue", "target") == ["Sorrel Media"]


def test_a_sentence_handed_down_to_someone_is_theirs_and_the_giver_passes_it() -> None:
    a = run("Judge Ann Cole handed down a six-year sentence to Ravi Dutt.")
    assert event_names(a, "legal.sentence", "patient") == ["Ravi Dutt"]
    assert event_names(a, "legal.sentence", "agent") == ["Ann Cole"]
    assert event_names(run("The court gave a suspended sentence to Ravi Dutt on Friday."), "legal.sentence", "patient") == ["Ravi Dutt"]
    # ... the light verb's object its patient still, and a copy of a sentence handed over none
    assert event_names(run("The judge handed Ravi Dutt a six-year sentence."), "legal.sentence", "patient") == ["Ravi Dutt"]
    assert_no_event(run("Ravi Dutt handed a copy of the sentence to Ann Cole."), "legal.sentence")


def test_sent_down_for_a_term_is_a_sentence() -> None:
    a = run("Owen Bray was sent down for six years in 2011.")
    assert event_names(a, "legal.sentence", "patient") == ["Owen Bray"]
    assert [e.time for e in typed(a, "legal.sentence")] == ["2011"]
    assert_event(run("Owen Bray, 31, was sent down for life."), "legal.sentence", {"patient": "Owen Bray"})
    # ... sent down a division or to the reserves is none
    assert_no_event(run("Owen Bray was sent down to the reserves."), "legal.sentence")
    assert_no_event(run("Owen Bray was sent down a division in 2011."), "legal.sentence")


def test_appearing_in_court_on_charges_is_being_charged() -> None:
    a = run("Owen Bray appeared in court on Monday on two charges of theft.")
    assert event_names(a, "legal.charge", "patient") == ["Owen Bray"]
    b = run("Owen Bray is due to appear at Leeds Crown Court on charges of fraud.")
    assert event_names(b, "legal.charge", "patient") == ["Owen Bray"]
    assert [e.time for e in typed(b, "legal.charge")] == [None]
    # ... appearing on a stage or a show is no charge
    assert_no_event(run("Owen Bray appeared on stage on Friday."), "legal.charge")
