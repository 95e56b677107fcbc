"""Crime, courts and deaths told in phrasings no fixture article had tested (session 33): invented sentences through the
real pipeline, each fix with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, facts_by_pair


def _times(a, kind: str) -> list[str | None]:
    return [e.time for e in a.events if e.type == kind]


def test_handing_oneself_in_to_police_is_an_arrest() -> None:
    # "handed / turned himself in", "gave herself up to police", "surrendered to police": the subject is held
    a = run("Carl Benning handed himself in to police in Luton on Sunday.")
    assert_event(a, "legal.arrest", {"patient": "Carl Benning", "agent": "police", "place": "Luton"})
    assert _times(a, "legal.arrest") == ["2024-05-05"]
    b = run("The suspect, Lee Marr, turned himself in at a police station in Hull on Tuesday.")
    assert_event(b, "legal.arrest", {"patient": "Lee Marr", "place": "Hull"})
    c = run("Fugitive banker Rhea Dunn gave herself up to police in Madrid on Friday.")
    assert_event(c, "legal.arrest", {"patient": "Rhea Dunn", "agent": "police"})
    d = run("Dev Malik surrendered to police at a station in Bradford on Monday.")
    assert_event(d, "legal.arrest", {"patient": "Dev Malik", "agent": "police"})
    # ... not a notice handed in, a display turned in, a passport surrendered, a self given up to the music
    assert_no_event(run("Ana Ruiz handed in her notice on Friday."), "legal.arrest")
    assert_no_event(run("Tom Hale turned in a fine display on Saturday."), "legal.arrest")
    assert_no_event(run("Ana Ruiz surrendered her passport to the court."), "legal.arrest")
    assert_no_event(run("Ana Ruiz gave herself up to the music."), "legal.arrest")
    assert_no_event(run("The rebels surrendered to government forces in May."), "legal.arrest")


def test_a_court_fining_someone_in_the_active_is_a_sentence() -> None:
    # "a court / magistrates / the judge fined X £800": the one fined is sentenced (the passive was read before)
    a = run("A court in Manchester fined the builder Ivor Grebe £20,000 on Wednesday.")
    assert_event(a, "legal.sentence", {"patient": "Ivor Grebe"})
    assert _times(a, "legal.sentence") == ["2024-05-01"]
    b = run("Magistrates fined Ivor Grebe £800 for speeding.")
    assert_event(b, "legal.sentence", {"patient": "Ivor Grebe"})
    c = run("A judge fined the singer Tom Hale £500 for contempt of court.")
    assert_event(c, "legal.sentence", {"patient": "Tom Hale"})
    # ... not a firm fined by a regulator, nor a player fined by his club
    assert_no_event(run("The regulator fined Pellam Bank £5m in March."), "legal.sentence")
    assert_no_event(run("The club fined Joey Barr a week's wages."), "legal.sentence")


def test_charged_with_a_duty_is_no_charge() -> None:
    # "was charged with the care of", "charged with overseeing the review": a task given, no offence
    assert_no_event(run("The police officer Gary Bolt was charged with the care of the witness."), "legal.charge")
    assert_no_event(run("Ana Ruiz has been charged with overseeing the review."), "legal.charge")
    assert_no_event(run("The new minister, Ana Ruiz, is charged with the reform of the prison service."), "legal.charge")
    # ... but "charged with murdering his wife", "with fraud" are charges
    assert_event(run("Tom Hale was charged with murdering his wife."), "legal.charge", {"patient": "Tom Hale"})
    assert_event(run("Ana Ruiz was charged with fraud."), "legal.charge", {"patient": "Ana Ruiz"})


def test_predeceased_by_tells_a_death_that_ends_the_marriage() -> None:
    # "was predeceased by her husband, X, in 2010": X died then, and the marriage ended with him
    a = run("Maud Tilling died on Friday aged 93. She was predeceased by her husband, Edwin Tilling, in 2002.")
    assert "Edwin Tilling" in event_names(a, "life.die", "agent")
    assert facts_by_pair(a, "spouse") == {("Maud Tilling", "Edwin Tilling"): (None, "2002")}
    b = run("Grace Odell, who was predeceased by her husband Lionel in 2010, died on Friday.")
    assert sorted(_times(b, "life.die")) == ["2010", "2024-05-03"]
    assert "Lionel" in event_names(b, "life.die", "agent")
    # ... the survivor is not the one who died then
    assert event_names(b, "life.die", "agent").count("Grace Odell") == 1


def test_killed_to_death_idioms_and_the_one_killed() -> None:
    # "crushed / burnt / battered to death": a death; in the active the object died, not the killer
    a = run("Farmer Jack Ives was crushed to death by a tractor in 2014.")
    assert event_names(a, "life.die", "agent") == ["Jack Ives"] and _times(a, "life.die") == ["2014"]
    b = run("A man stabbed Tom Reid to death in 1993.")
    assert_event(b, "life.die", {"agent": "Tom Reid"})
    assert "A man" not in [g.text for e in b.events if e.type == "life.die" for g in e.args if g.role == "agent"]
    c = run("Police shot dead a gunman, Lee Cole, on Friday.")
    assert event_names(c, "life.die", "agent") == ["Lee Cole"]


def test_taking_ones_own_life_is_a_death() -> None:
    a = run("The playwright Don Eyre took his own life in 1989.")
    assert event_names(a, "life.die", "agent") == ["Don Eyre"] and _times(a, "life.die") == ["1989"]
    b = run("Singer Amy Vale, who took her own life in 2011, is the subject of a new film.")
    assert_event(b, "life.die", {"agent": "Amy Vale"})
    # ... not a life taken by someone else, nor a life taken on
    assert_no_event(run("The gunman Ray Dent took the life of a nurse."), "life.die")
    assert_no_event(run("Ray Dent took his life in a new direction in 2011."), "life.die")


def test_the_indictment_of_someone_is_their_charge() -> None:
    a = run("The indictment of Senator Ray Cobb was unsealed on Thursday.")
    assert_event(a, "legal.charge", {"patient": "Ray Cobb"})
    b = run("Ray Cobb's indictment came in 2021.")
    assert_event(b, "legal.charge", {"patient": "Ray Cobb"})
    assert _times(b, "legal.charge") == ["2021"]


def test_the_charge_that_someone_did_something_is_an_accusation() -> None:
    # "faces the charge that she misled Parliament": a claim against her, no offence charged
    assert_no_event(run("Kelly Shaw now faces the charge that she misled Parliament."), "legal.charge")
    assert_no_event(run("The minister, Kelly Shaw, faces charges that she misled MPs."), "legal.charge")
    # ... but charges of an offence are charges
    assert_event(run("Kelly Shaw faces charges of fraud."), "legal.charge", {"patient": "Kelly Shaw"})


def test_a_libel_or_privacy_action_is_a_suit() -> None:
    # "a libel / privacy action against X": the noun before "action" makes it legal, as "legal action" did
    a = run("The singer Ana Ruiz launched a privacy action against Pellam News in 2019.")
    assert_event(a, "legal.sue", {"agent": "Ana Ruiz", "target": "Pellam News"})
    b = run("The footballer Jon Keane has brought a libel action against the Daily Post.")
    assert_event(b, "legal.sue", {"agent": "Jon Keane", "target": "Daily Post"})
    # ... not a military action
    assert_no_event(run("The army took military action against the Pellam rebels in 2019."), "legal.sue")


def test_ordered_to_pay_compensation_or_do_unpaid_work_is_a_sentence() -> None:
    a = run("Kim Roper was ordered to carry out 150 hours of unpaid work on Friday.")
    assert_event(a, "legal.sentence", {"patient": "Kim Roper"})
    assert _times(a, "legal.sentence") == ["2024-05-03"]
    b = run("Mark Doyle was ordered to pay £4,000 in compensation to his victim.")
    assert_event(b, "legal.sentence", {"patient": "Mark Doyle"})
    c = run("The judge ordered Kim Roper to pay £500 in compensation.")
    assert_event(c, "legal.sentence", {"patient": "Kim Roper", "agent": "judge"})
    # ... not an order to leave, nor the noun "order" losing its own reading ("a community order")
    assert_no_event(run("Tina Holm was ordered to leave the pitch."), "legal.sentence")
    assert_event(run("Lee Foss was given a community order."), "legal.sentence", {"patient": "Lee Foss"})


def test_fined_as_the_conjunct_of_a_passive_shares_it() -> None:
    # "was banned from driving and fined £1,200": the sum the participle keeps does not make it active
    a = run("Tina Holm was banned from driving for three years and fined £1,200.")
    assert_event(a, "legal.sentence", {"patient": "Tina Holm"})
    b = run("Ola Brandt was convicted of speeding and fined £300 on Monday.")
    assert_event(b, "legal.sentence", {"patient": "Ola Brandt"})
    # ... still a person fined, not a bank
    assert_no_event(run("Pellam Bank was investigated and fined £5m in March."), "legal.sentence")


def test_a_conditional_discharge_is_a_sentence() -> None:
    a = run("Mo Sadiq was given a conditional discharge by magistrates in Hull.")
    assert_event(a, "legal.sentence", {"patient": "Mo Sadiq"})
    b = run("The judge gave Eli Shaw an absolute discharge in 2019.")
    assert_event(b, "legal.sentence", {"patient": "Eli Shaw"})
    # ... not a discharge from hospital or the army
    assert_no_event(run("Mo Sadiq was given a discharge from the army in 2019."), "legal.sentence")
    assert_no_event(run("Mo Sadiq was discharged from hospital on Friday."), "legal.sentence")


def test_the_sentencing_of_someone() -> None:
    a = run("The sentencing of Clive Barr has been postponed until June.")
    assert_event(a, "legal.sentence", {"patient": "Clive Barr"})
    b = run("Clive Barr's sentencing is set for June.")
    assert_event(b, "legal.sentence", {"patient": "Clive Barr"})


def test_appearing_in_court_accused_of_an_offence_is_a_charge() -> None:
    # "appeared before magistrates / at X Crown Court accused of murder": the parser hangs the court on the participle
    a = run("Seb Kahn appeared before magistrates on Saturday accused of murder.")
    assert_event(a, "legal.charge", {"patient": "Seb Kahn"})
    b = run("Seb Kahn, 34, appeared at Leeds Crown Court accused of fraud.")
    assert_event(b, "legal.charge", {"patient": "Seb Kahn"})
    # ... an accusation alone is no charge
    assert_no_event(run("Dana Frost is accused of stealing £40,000 from the charity."), "legal.charge")
    assert_no_event(run("The minister Dana Frost was accused of lying by her rivals."), "legal.charge")


def test_placed_under_arrest() -> None:
    a = run("Igor Rudin was placed under arrest on Wednesday.")
    assert_event(a, "legal.arrest", {"patient": "Igor Rudin"})
    assert _times(a, "legal.arrest") == ["2024-05-01"]
    b = run("Igor Rudin was placed under house arrest in 2022.")
    assert_event(b, "legal.arrest", {"patient": "Igor Rudin"})
    c = run("Police put Igor Rudin under arrest.")
    assert_event(c, "legal.arrest", {"patient": "Igor Rudin", "agent": "Police"})
    assert_no_event(run("Igor Rudin was placed under pressure by the board."), "legal.arrest")


def test_taking_someone_to_a_tribunal_is_a_suit() -> None:
    a = run("Ella Quin is taking her former employer, Pellam Foods, to an employment tribunal.")
    assert_event(a, "legal.sue", {"agent": "Ella Quin", "target": "Pellam Foods"})
    b = run("The nurse Ella Quin took Pellam Health to a tribunal in 2021.")
    assert_event(b, "legal.sue", {"agent": "Ella Quin", "target": "Pellam Health"})


def test_a_conviction_overturned_told_as_the_nouns_participle() -> None:
    # "had her conviction overturned", the participle parsed as a modifier of "conviction": cleared, no conviction told
    a = run("Pam Ward had her conviction overturned on appeal in 2018.")
    assert_event(a, "legal.acquit", {"patient": "Pam Ward"})
    assert_no_event(a, "legal.convict")
    b = run("The nurse Pam Ward saw her convictions overturned by the Court of Appeal.")
    assert_event(b, "legal.acquit", {"patient": "Pam Ward"})
    assert_no_event(b, "legal.convict")


def test_brought_back_to_face_charges() -> None:
    a = run("Rick Nolan, 44, was extradited from Spain to face charges of fraud.")
    assert_event(a, "legal.charge", {"patient": "Rick Nolan"})
    b = run("Rick Nolan returned to Britain to face charges of fraud.")
    assert_event(b, "legal.charge", {"patient": "Rick Nolan"})
    assert_no_event(run("Rick Nolan travelled to Leeds to face Rovers."), "legal.charge")


def test_serving_months_or_years_of_a_sentence() -> None:
    # "served six months of an 18-month sentence": as "served half of it", the one who served it was sentenced
    a = run("The former MP Ian Cale served six months of an 18-month sentence.")
    assert_event(a, "legal.sentence", {"patient": "Ian Cale"})
    b = run("Ian Cale was freed in 2019 after serving two years of a four-year sentence.")
    assert_event(b, "legal.sentence", {"patient": "Ian Cale"})
    assert_no_event(run("Ian Cale served six months of his term as mayor."), "legal.sentence")


def test_a_death_a_case_is_about_takes_no_time_from_the_case() -> None:
    # "charged on Thursday over / in connection with the death of X", "the inquiry into the death of X opened on Thursday":
    # the death came before, on a day the sentence does not give
    a = run("Jill Otto was charged on Thursday in connection with the death of her husband, Rob Otto.")
    assert _times(a, "legal.charge") == ["2024-05-02"] and _times(a, "life.die") == [None]
    b = run("Jill Otto was charged on Thursday over the death of Rob Otto.")
    assert _times(b, "life.die") == [None]
    c = run("The inquiry into the death of Rob Otto opened on Thursday.")
    assert _times(c, "life.die") == [None]
    # ... but a time of the death's own phrase stays
    d = run("Jill Otto was charged on Thursday over the death of Rob Otto in March.")
    assert _times(d, "life.die") == ["2024-03"]
