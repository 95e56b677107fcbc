"""Phrasings found in session 27 (fraud trials, lawsuits, police arrests and charges, appeals), each as an invented
sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def test_cleared_by_the_jury_of_a_charge_is_an_acquittal() -> None:
    a = run("Jonas Whitlow was cleared by the jury of theft.", "2024-05-08")
    assert event_names(a, "legal.acquit", "patient") == ["Jonas Whitlow"]
    b = run("Mira Cobbold was cleared by magistrates of assault in May.", "2024-05-08")
    assert [(e.time, e.certainty) for e in typed(b, "legal.acquit")] == [("2024-05", "asserted")]
    c = run("A fourth man, the plumber Ewan Rusk, was acquitted by a jury of handling stolen goods.", "2024-05-08")
    assert event_names(c, "legal.acquit", "patient") == ["Ewan Rusk"]
    # a body cleared of nothing named stays no acquittal
    assert not typed(run("The committee was cleared by the panel of all wrongdoing.", "2024-05-08"), "legal.acquit")


def test_a_quashed_or_overturned_conviction_is_an_acquittal_not_a_new_conviction() -> None:
    a = run("Lorna Pike had her conviction quashed by the Court of Appeal on Tuesday.", "2024-05-08")
    assert [e.time for e in typed(a, "legal.acquit")] == ["2024-05-07"]
    assert event_names(a, "legal.acquit", "patient") == ["Lorna Pike"]
    assert event_names(a, "legal.acquit", "agent") == ["Court of Appeal"]
    assert not typed(a, "legal.convict")
    b = run("The Court of Appeal quashed Lorna Pike's conviction for fraud in 2019.", "2024-05-08")
    assert event_names(b, "legal.acquit", "patient") == ["Lorna Pike"]
    assert event_names(b, "legal.acquit", "agent") == ["Court of Appeal"]
    assert not typed(b, "legal.convict")
    c = run("Three appeal judges overturned the conviction of the former minister Anton Greel last week.", "2024-05-08")
    assert event_names(c, "legal.acquit", "patient") == ["Anton Greel"]
    assert not typed(c, "legal.convict")
    d = run("Anton Greel was convicted in 2015. His conviction was overturned in 2018.", "2024-05-08")
    assert [e.time for e in typed(d, "legal.convict")] == ["2015"]
    assert [e.time for e in typed(d, "legal.acquit")] == ["2018"]
    # overturning something else clears no one
    assert not typed(run("The council overturned the ban on Anton Greel in May.", "2024-05-08"), "legal.acquit")


def test_who_after_a_person_from_a_town_stands_for_the_person() -> None:
    a = run("A 23-year-old woman from Lenthorpe, who was arrested on suspicion of burglary, has been bailed.", "2024-05-08")
    assert [[g.text for g in e.args if g.role == "patient"] for e in typed(a, "legal.arrest")] == [["A 23-year-old woman"]]
    b = run("Police said a 40-year-old man from Dunmore, who was detained on Sunday, had been charged with theft.", "2024-05-08")
    assert [[g.text for g in e.args if g.role == "patient"] for e in typed(b, "legal.arrest")] == [["a 40-year-old man"]]


def test_held_on_suspicion_is_an_arrest() -> None:
    a = run("A 51-year-old man held on suspicion of fraud has been bailed until March.", "2024-05-08")
    assert [[g.text for g in e.args if g.role == "patient"] for e in typed(a, "legal.arrest")] == [["A 51-year-old man"]]
    b = run("Two teenagers were held on suspicion of arson on Sunday.", "2024-05-08")
    assert [e.time for e in typed(b, "legal.arrest")] == ["2024-05-05"]
    # held without suspicion or police: no arrest
    assert not typed(run("Officers held a meeting on Sunday.", "2024-05-08"), "legal.arrest")
    assert not typed(run("The club held Dana Reyes to a two-year contract.", "2024-05-08"), "legal.arrest")


def test_released_without_charge_is_a_negated_charge() -> None:
    a = run("Dana Moult was later freed without charge.", "2024-05-08")
    assert [(event_names(a, "legal.charge", "patient"), e.certainty) for e in typed(a, "legal.charge")] == [(["Dana Moult"], "negated")]
    b = run("Police released the two men without charge on Monday.", "2024-05-08")
    assert [e.certainty for e in typed(b, "legal.charge")] == ["negated"]
    c = run("A 23-year-old woman from Lenthorpe, who was arrested on suspicion of burglary, has been released without charge.", "2024-05-08")
    assert [e.certainty for e in typed(c, "legal.charge")] == ["negated"]


def test_serving_a_sentence_tells_that_its_server_was_sentenced_at_an_earlier_unknown_time() -> None:
    a = run("Aled Pryce was released in 2019 after serving half of a four-year sentence for arson.", "2024-05-08")
    assert [(e.time, event_names(a, "legal.sentence", "patient")) for e in typed(a, "legal.sentence")] == [(None, ["Aled Pryce"])]
    b = run("Aled Pryce was freed in 2019 after serving a four-year sentence for arson.", "2024-05-08")
    assert [(e.time, event_names(b, "legal.sentence", "patient")) for e in typed(b, "legal.sentence")] == [(None, ["Aled Pryce"])]
    c = run("Aled Pryce served most of a nine-year sentence.", "2024-05-08")
    assert event_names(c, "legal.sentence", "patient") == ["Aled Pryce"]
    assert not typed(run("She finished the sentence before the end of the interview.", "2024-05-08"), "legal.sentence")


def test_a_suit_told_by_the_clause_that_brought_it_has_its_bringer_target_and_filing_time() -> None:
    a = run("A separate claim that Orvane Foods brought against Tom Pell was thrown out in October.", "2024-05-08")
    assert [(e.time, event_names(a, "legal.sue", "agent"), event_names(a, "legal.sue", "target")) for e in typed(a, "legal.sue")] \
        == [(None, ["Orvane Foods"], ["Tom Pell"])]
    b = run("The lawsuit that Orvane Foods filed against Tom Pell in 2020 was dismissed.", "2024-05-08")
    assert [(e.time, event_names(b, "legal.sue", "target")) for e in typed(b, "legal.sue")] == [("2020", ["Tom Pell"])]
    c = run("The case Kestle Mills brought against its former chairman, Ivo Lent, collapsed in May.", "2024-05-08")
    assert [(e.time, event_names(c, "legal.sue", "agent"), event_names(c, "legal.sue", "target")) for e in typed(c, "legal.sue")] \
        == [(None, ["Kestle Mills"], ["Ivo Lent"])]
    d = run("The lawsuit, filed by Orvane Foods in March, seeks damages from Tom Pell.", "2024-05-08")
    assert [e.time for e in typed(d, "legal.sue")] == ["2024-03"]


def test_the_court_of_a_trial_is_where_its_verdict_was_given() -> None:
    a = run("Tara Holm was convicted last month of fraud after a seven-week trial at Dunmere Crown Court.", "2024-05-08")
    assert event_names(a, "legal.convict", "place") == ["Dunmere Crown Court"]
    b = run("Ivo Lent was cleared of fraud following a retrial at Kelsey Crown Court in March.", "2024-05-08")
    assert event_names(b, "legal.acquit", "place") == ["Kelsey Crown Court"]


def test_an_overturned_conviction_with_a_retrial_ordered_clears_no_one() -> None:
    a = run("Three judges overturned Ivo Lent's conviction on Tuesday and ordered a retrial.", "2024-05-08")
    assert not typed(a, "legal.acquit")
    assert not typed(a, "legal.convict")


def test_a_conviction_appealed_against_is_the_conviction_told_before() -> None:
    a = run("Tara Holm was convicted of fraud in March. Her lawyer said she would appeal against her conviction.", "2024-05-08")
    assert [(e.time, e.certainty) for e in typed(a, "legal.convict")] == [("2024-03", "asserted")]
    b = run("Tara Holm was convicted of fraud in March. Her barrister, Ivo Lent, said his client intended to appeal against the conviction.",
            "2024-05-08")
    assert [e.time for e in typed(b, "legal.convict")] == ["2024-03"]


def test_prison_terms_community_orders_and_sentencing_are_sentences_not_prizes() -> None:
    a = run("Ivo Lent received a six-year prison term in March.", "2024-05-08")
    assert [e.time for e in typed(a, "legal.sentence")] == ["2024-03"]
    assert not typed(a, "career.win")
    b = run("Dana Moult was handed a four-year jail term on Friday.", "2024-05-08")
    assert event_names(b, "legal.sentence", "patient") == ["Dana Moult"]
    c = run("Tara Holm was given a three-year community order and ordered to pay £5,000 in compensation.", "2024-05-08")
    assert event_names(c, "legal.sentence", "patient") == ["Tara Holm"]
    d = run("Tara Holm's sentencing has been set for June 3.", "2024-05-08")
    assert [e.time for e in typed(d, "legal.sentence")] == ["2024-06-03"]
    e = run("Dana Moult is awaiting sentencing.", "2024-05-08")
    assert event_names(e, "legal.sentence", "patient") == ["Dana Moult"]
    # a term in office and a prize received stay what they were
    assert not typed(run("Dana Moult began her second term as mayor in May.", "2024-05-08"), "legal.sentence")
    assert typed(run("Dana Moult received an award in March.", "2024-05-08"), "career.win")


def test_proceedings_and_complaints_against_someone_named_are_suits_and_a_claim_launched_is_no_product() -> None:
    a = run("Tara Holm brought proceedings against the Kelby Herald in 2021.", "2024-05-08")
    assert [(e.time, event_names(a, "legal.sue", "target")) for e in typed(a, "legal.sue")] == [("2021", ["Kelby Herald"])]
    b = run("Tara Holm filed a complaint against Orvane Foods in federal court in March.", "2024-05-08")
    assert event_names(b, "legal.sue", "agent") == ["Tara Holm"]
    c = run("Tara Holm launched a £5m legal claim against Orvane Foods last year.", "2024-05-08")
    assert event_names(c, "legal.sue", "target") == ["Orvane Foods"]
    assert not typed(c, "business.launch")
    # a complaint to someone, or proceedings against no one named, sue no one
    assert not typed(run("Tara Holm made a complaint to the police.", "2024-05-08"), "legal.sue")
    assert not typed(run("The regulator opened proceedings against the bank.", "2024-05-08"), "legal.sue")


def test_appearing_in_court_charged_with_an_offence_is_a_charge_of_who_appeared() -> None:
    a = run("Tara Holm, 34, appeared before magistrates on Monday charged with theft.", "2024-05-08")
    assert event_names(a, "legal.charge", "patient") == ["Tara Holm"]
    b = run("Dan Reyes appeared at Kelby Magistrates' Court on Tuesday charged with murder.", "2024-05-08")
    assert event_names(b, "legal.charge", "patient") == ["Dan Reyes"]


def test_the_year_of_what_a_suit_is_over_does_not_date_the_suit() -> None:
    a = run("Tara Holm sued the Kelby Herald for libel over a 2019 article.", "2024-05-08")
    assert [e.time for e in typed(a, "legal.sue")] == [None]
    b = run("Tara Holm sued the Kelby Herald in March over a 2019 article.", "2024-05-08")
    assert [e.time for e in typed(b, "legal.sue")] == ["2024-03"]


def test_a_court_named_in_the_verdicts_clause_is_where_it_was_given() -> None:
    a = run("Tom Brayle was convicted in September of conspiracy to defraud and false accounting after a 14-week trial at Kelby Crown Court.",
            "2024-05-08")
    assert event_names(a, "legal.convict", "place") == ["Kelby Crown Court"]
    b = run("Tom Brayle, 56, was found guilty of fraud by abuse of position and money laundering at Kelby Crown Court last month.", "2024-05-08")
    assert event_names(b, "legal.convict", "place") == ["Kelby Crown Court"]
    # a court in a clause of its own is not the verdict's
    c = run("Tom Brayle was jailed for six years for offences he committed while working at Kelby Crown Court.", "2024-05-08")
    assert event_names(c, "legal.sentence", "place") == [None]


def test_a_step_of_a_case_told_after_after_is_not_dated_by_the_later_step() -> None:
    a = run("Tom Brayle was sentenced to seven years on Wednesday after a jury convicted him of fraud.", "2024-05-08")
    assert [e.time for e in typed(a, "legal.sentence")] == ["2024-05-08"]
    assert [e.time for e in typed(a, "legal.convict")] == [None]
    b = run("Tom Brayle resigned on Friday after he was charged with fraud.", "2024-05-08")
    assert [e.time for e in typed(b, "legal.charge")] == [None]
    assert [e.time for e in typed(b, "career.resign")] == ["2024-05-03"]


def test_lawyers_for_someone_sue_for_them_and_a_lawsuit_one_is_hit_with_targets_them() -> None:
    a = run("Lawyers for Tara Holm filed a lawsuit against Orvane Foods on Monday.", "2024-05-08")
    assert event_names(a, "legal.sue", "agent") == ["Tara Holm"]
    b = run("Attorneys representing Tara Holm sued Orvane Foods in March.", "2024-05-08")
    assert event_names(b, "legal.sue", "agent") == ["Tara Holm"]
    c = run("Orvane Foods was hit with a lawsuit by Tara Holm in March.", "2024-05-08")
    assert [(event_names(c, "legal.sue", "agent"), event_names(c, "legal.sue", "target"))] == [(["Tara Holm"], ["Orvane Foods"])]
    d = run("Kestle Mills slapped Orvane Foods with a lawsuit last year.", "2024-05-08")
    assert event_names(d, "legal.sue", "target") == ["Orvane Foods"]


def test_counted_people_arrested_charged_or_convicted_are_the_events_participants() -> None:
    a = run("Three guards were arrested on Saturday.", "2024-05-08")
    assert [(e.time, [g.text for g in e.args if g.role == "patient"]) for e in typed(a, "legal.arrest")] == [("2024-05-04", ["Three guards"])]
    b = run("Police arrested four protesters outside the embassy on Monday.", "2024-05-08")
    assert [g.text for e in typed(b, "legal.arrest") for g in e.args if g.role == "patient"] == ["four protesters"]
    # other events of unnamed counted people stay untold
    assert not typed(run("Three guards were sacked on Saturday.", "2024-05-08"), "career.fire")


def test_a_month_before_a_counted_noun_is_the_month_not_a_day() -> None:
    a = run("In March two brothers from Hinckley were convicted of robbing a shop and sentenced to eight years each.", "2024-05-08")
    assert [e.time for e in typed(a, "legal.convict")] == ["2024-03"]
    assert [e.time for e in typed(a, "legal.sentence")] == ["2024-03"]
    b = run("They met on March two, and married in May.", "2024-05-08")
    assert [t.value for t in b.timexes] == ["2024-03-02", "2024-05"]


def _speakers(a: object) -> list[str | None]:
    return [a.entity(c.speaker).name if c.speaker and a.entity(c.speaker) else None for c in a.claims]  # type: ignore[attr-defined]


def test_police_saying_is_the_one_police_force_the_article_names() -> None:
    a = run("Two men have been charged with theft, police said on Tuesday. Officers from Kelby Police arrested them on Monday.", "2024-05-08")
    assert _speakers(a) == ["Kelby Police"]
    b = run("Officers from Kelby Police arrested Dan Reyes on Monday. Police said Reyes had no fixed address.", "2024-05-08")
    assert _speakers(b) == ["Kelby Police"]
    # with two forces named, "police" stays unresolved
    c = run("Officers from Kelby Police and Dunmore Constabulary arrested Dan Reyes. Police said Reyes had no fixed address.", "2024-05-08")
    assert _speakers(c) == [None]


def test_a_year_on_the_event_noun_itself_still_dates_it() -> None:
    a = run("Lena Marsh spoke about her 2019 divorce from Omar Vance on Tuesday.", "2024-05-08")
    assert [e.time for e in typed(a, "life.divorce")] == ["2019"]
