"""Event arguments and times told around the trigger rather than by its own frames: a place in a
"when" / "while" clause or a participle clause of the event, a named venue the NER typed as an
organisation or an event, a time in a "when" clause, and one event told twice -- once naming who
did it and when, once naming whom.  Invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.extract.events_roles import _fronted_writer
from dateline.model import Analysis, Event
from dateline.nlp import load
from handmade import analyzed as run
from handmade import typed


def names(analysis: Analysis, event: Event, role: str) -> set[str]:
    return {analysis.entity(a.entity).name for a in event.args if a.role == role and a.entity}  # type: ignore[union-attr]


def places(analysis: Analysis, kind: str) -> list[set[str]]:
    return [names(analysis, e, "place") for e in typed(analysis, kind)]


# ---------------------------------------------------------------- places in the circumstances


def test_place_of_a_participle_clause_of_the_event() -> None:
    a = run("Maria Lopez and Tom Reyes were photographed on Sunday leaving a cafe in Lisbon.")
    assert places(a, "report.seen") and all(p == {"Lisbon"} for p in places(a, "report.seen"))


def test_place_of_a_when_clause() -> None:
    a = run("Police arrested Jan Novak on Friday when officers stopped a lorry on the motorway near Leeds.")
    assert places(a, "legal.arrest") == [{"Leeds"}]


def test_place_toured_while_it_happened() -> None:
    a = run("The novelist Clara Dunn met the architect Paul Weir in 2015 while touring Portugal.")
    assert places(a, "life.meet") == [{"Portugal"}]


def test_a_clause_with_its_own_subject_and_no_when_lends_no_place() -> None:
    a = run("Jan Novak was arrested on Friday after his brother had moved to Leeds.")
    assert places(a, "legal.arrest") == [set()]


def test_named_palace_is_where_a_minister_is_sworn_in_not_who_appoints() -> None:
    a = run("Sara Holm was sworn in as interior minister at the Marble Palace on Tuesday.")
    [event] = typed(a, "career.appoint")
    assert names(a, event, "place") == {"Marble Palace"}
    assert not names(a, event, "organization") and not names(a, event, "agent")


def test_named_festival_is_where_a_film_premieres() -> None:
    a = run("Her latest film, Blue Harbour, will premiere at the Berlin Film Festival in February.")
    assert places(a, "career.premiere") == [{"Berlin Film Festival"}]


def test_an_employer_named_after_at_stays_the_organisation() -> None:
    a = run("Anna Berg was appointed chief executive at Norland Bank in 2019.")
    [event] = typed(a, "career.appoint")
    assert names(a, event, "organization") == {"Norland Bank"} and not names(a, event, "place")


# ---------------------------------------------------------------- times of "when" clauses


def test_time_of_a_when_clause_dates_the_event() -> None:
    a = run("Lena Ortiz, who was nominated in three categories when the shortlists were announced in March, won twice.")
    assert [e.time for e in typed(a, "career.nominate")] == ["2024-03"]


def test_the_year_when_is_no_when_clause_of_the_verb() -> None:
    a = run("Tom Hale never forgot the year when his rival won in 2010.")
    forgot = [e for e in a.events if e.lemma == "forget"]
    assert forgot and all(e.time != "2010" for e in forgot)


# ---------------------------------------------------------------- one event told twice


def test_a_description_and_the_name_it_stands_for_are_one_event() -> None:
    a = run("Prime Minister Ruslan Kade fired his defence minister on Wednesday. "
            "Oskar Velt, who had been defence minister for two years, was dismissed after an inquiry.")
    [event] = typed(a, "career.fire")
    assert names(a, event, "agent") == {"Ruslan Kade"} and names(a, event, "patient") == {"Oskar Velt"}
    assert event.time == "2024-05-01"


def test_a_pronoun_and_the_name_it_stands_for_are_one_event() -> None:
    a = run("Governor Ana Ruiz signed the decree appointing him on Thursday. Tomas Aho's appointment was welcomed by business groups.")
    [event] = typed(a, "career.appoint")
    assert names(a, event, "agent") == {"Ana Ruiz"} and names(a, event, "patient") == {"Tomas Aho"}
    assert event.time == "2024-05-02"


def test_a_description_a_title_contradicts_stays_apart() -> None:
    a = run("Prime Minister Ruslan Kade fired his defence minister on Wednesday. "
            "Oskar Velt, the head of the prison service, was also dismissed.")
    fired = typed(a, "career.fire")
    assert len(fired) == 2 and not any(names(a, e, "agent") and names(a, e, "patient") for e in fired)


def test_two_named_candidates_leave_the_description_alone() -> None:
    a = run("Prime Minister Ruslan Kade fired his minister on Wednesday. "
            "Oskar Velt was dismissed after an inquiry. Mira Sand was dismissed after a scandal.")
    named = [e for e in typed(a, "career.fire") if names(a, e, "patient")]
    assert len(named) == 2 and not any(names(a, e, "agent") for e in named)


# ---------------------------------------------------------------- couples introduced by a spouse noun


def test_his_wife_named_makes_the_couple() -> None:
    a = run("Martin Doyle thanked the jury, his wife, Nora, beside him. "
            "The couple, who married in 1975, bought the Harbour Inn in 1990.")
    [wedding] = typed(a, "life.marry")
    assert names(a, wedding, "agent") | names(a, wedding, "partner") == {"Martin Doyle", "Nora"} and wedding.time == "1975"
    [purchase] = typed(a, "business.acquire")
    assert names(a, purchase, "agent") == {"Martin Doyle", "Nora"}


def test_a_spouse_noun_with_no_named_spouse_makes_no_couple() -> None:
    a = run("Martin Doyle thanked the jury, his wife beside him. The couple bought the Harbour Inn in 1990.")
    assert all(not names(a, e, "agent") for e in typed(a, "business.acquire"))


# ---------------------------------------------------------------- "a year after"


def test_a_year_after_counts_back_from_a_month() -> None:
    a = run("Ken Mori and Ines Alba married in Porto last month, a year after they met on a film set.", "2011-09-12")
    assert [e.time for e in typed(a, "life.meet")] == ["2010-08"]


def test_two_years_after_counts_back_from_a_year() -> None:
    a = run("Sam Reed resigned from the board in 2012, two years after he was elected to parliament.")
    assert [e.time for e in typed(a, "politics.elect")] == ["2010"]


# ---------------------------------------------------------------- times of interviews


def test_a_birthday_counts_from_the_birth() -> None:
    a = run("Karl Berg was born on March 3, 1937, in Graz. "
            "In an interview with the Grazer Post on his 85th birthday, he said he regretted nothing.", "2026-01-04")
    assert [e.time for e in typed(a, "report.interview")] == ["2022-03-03"]


def test_a_time_inside_what_was_said_does_not_date_the_interview() -> None:
    a = run("Speaking to The Herald, Maria Santos said she planned to reopen the east wing, closed since a roof collapse in 2017.")
    assert [e.time for e in typed(a, "report.interview")] == [None]


def test_the_interview_own_time_still_dates_it() -> None:
    a = run("Speaking to The Herald in 2017, Maria Santos said she planned to reopen the east wing.")
    assert [e.time for e in typed(a, "report.interview")] == ["2017"]


# ---------------------------------------------------------------- who published


def test_a_review_published_in_a_fronted_phrase_is_the_subject_s() -> None:
    a = run("In a review published in La Repubblica on Sunday, the critic Paolo Verdi called the film tired.")
    [event] = typed(a, "report.publish")
    assert names(a, event, "agent") == {"Paolo Verdi"}


def test_a_paper_by_a_team_led_by_someone_is_theirs() -> None:
    a = run("The team, led by the chemist Folake Ade, described the molecule in a paper published in the journal Cell Reports on Monday.")
    [event] = typed(a, "report.publish")
    assert names(a, event, "agent") == {"Folake Ade"}


def test_her_group_published_is_hers() -> None:
    a = run("Priya Nair won the medal in 1997, and her group published a widely cited study in Nature last year.")
    [event] = typed(a, "report.publish")
    assert names(a, event, "agent") == {"Priya Nair"}


def test_a_participle_with_its_own_agent_keeps_it() -> None:
    a = run("In a review published by La Repubblica on Sunday, the critic Paolo Verdi called the film tired.")
    assert all("Paolo Verdi" not in names(a, e, "agent") for e in typed(a, "report.publish"))


def test_an_interview_published_is_not_the_speaker_s_publication() -> None:
    nlp = load()
    for noun, writer in (("a review", "Verdi"), ("an interview", None)):
        doc = nlp(f"Paolo Verdi told the magazine Oggi in {noun} published last month that the film was tired.")
        published = next(t for t in doc if t.lower_ == "published")
        found = _fronted_writer(published)
        assert (found.text if found is not None else None) == writer, noun


def test_the_couple_is_the_spouses_not_the_spouse_and_the_child_named_with_him() -> None:
    a = run("Nora Obi lives in Hexham with her husband, the civil engineer Anders Lund, and their daughter, Adaeze, 15. "
            "The couple married in Leeds in 2008.")
    [wedding] = typed(a, "life.marry")
    people = names(a, wedding, "agent") | names(a, wedding, "partner")
    assert "Anders Lund" in people and "Adaeze" not in people and len(people) == 2


def test_a_pair_named_after_the_spouses_is_the_couple() -> None:
    a = run("Martin Doyle thanked the jury, his wife, Nora, beside him. Later Ann Kerr and Bill Ross left. "
            "The couple, who married in 1975, bought the Harbour Inn in 1990.")
    [purchase] = typed(a, "business.acquire")
    assert names(a, purchase, "agent") == {"Ann Kerr", "Bill Ross"}


def test_a_spouse_of_someone_else_named_last_is_not_the_couple_the_article_is_about() -> None:
    a = run("Kaia Brennan and Theo Lindqvist are engaged. Brennan was previously married to Marco Santi. "
            "Santi has since had a daughter with his girlfriend, Ines Duarte. "
            "Friends said the couple could marry next summer.")
    weddings = [e for e in typed(a, "life.marry") if e.time]
    assert weddings and all({"Marco Santi", "Ines Duarte"}.isdisjoint(names(a, e, "agent") | names(a, e, "partner")) for e in weddings)


# ---------------------------------------------------------------- "two days after the escape"


def test_a_duration_after_an_event_told_with_its_date() -> None:
    a = run("The inmates escaped from the prison in the early hours of Tuesday, October 27. "
            "The head of the prison service, Milagros Paredes, was dismissed two days after the escape.", "2015-11-06")
    assert [e.time for e in typed(a, "career.fire")] == ["2015-10-29"]


def test_an_event_the_article_dates_twice_gives_no_time() -> None:
    a = run("Two inmates escaped on Tuesday, October 20. Three more escaped on Tuesday, October 27. "
            "The head of the prison service, Milagros Paredes, was dismissed two days after the escape.", "2015-11-06")
    assert [e.time for e in typed(a, "career.fire")] == [None]


# ---------------------------------------------------------------- the occasion an article reports


AWARDS = "Amara Obi won three Golden Lyre Awards in Montreal on Sunday night. "


def test_a_later_undated_win_is_the_night_s() -> None:
    a = run(AWARDS + "Priya Lal, who was voted best newcomer, thanked her mother.", "2004-03-01")
    lal = [e for e in typed(a, "career.win") if "Priya Lal" in names(a, e, "agent")]
    assert [e.time for e in lal] == ["2004-02-29"]


def test_an_earlier_win_is_not_the_night_s() -> None:
    a = run(AWARDS + "Priya Lal, who had won best newcomer, thanked her mother.", "2004-03-01")
    lal = [e for e in typed(a, "career.win") if "Priya Lal" in names(a, e, "agent")]
    assert lal and all(e.time is None for e in lal)


def test_award_titles_of_the_year_are_no_time() -> None:
    a = run("Ken Mori was named producer of the year.", "2004-03-01")
    assert [e.time for e in typed(a, "career.win")] == [None]


def test_a_name_the_ner_missed_is_no_description_of_another_winner() -> None:
    a = run(AWARDS + "Priya Lal, who was voted best newcomer, thanked her mother.", "2004-03-01")
    assert len(typed(a, "career.win")) == 2


# ---------------------------------------------------------------- times a sentence does not lend


def test_now_does_not_date_a_merger() -> None:
    a = run("Kelp Foods is now in early talks to merge with Algen Group, according to two people.")
    merges = typed(a, "business.merge")
    assert merges and all(e.time is None for e in merges)


def test_photographs_published_are_not_dated_by_the_day_they_show() -> None:
    a = run("Maria Lopez was pictured on Saturday leaving a cafe, according to photographs published by the magazine Oggi.")
    published = typed(a, "report.publish")
    assert published and all(e.time is None for e in published)


def test_a_coordinated_clause_with_its_own_subject_keeps_its_time() -> None:
    a = run("Tom Reid did not resign despite weeks of protests, and he said on Sunday that he was disappointed.")
    assert [e.time for e in typed(a, "career.resign")] == [None]


def test_a_time_before_the_second_subject_is_the_first_clause_s() -> None:
    a = run("Ann Kerr married Tom Reid, a teacher, in 1996; the couple have two sons, Kieran and Joe.")
    assert [e.time for e in typed(a, "life.marry")] == ["1996"]


def test_where_hung_on_a_time_is_the_place_named_before_it_and_that_time() -> None:
    a = run("Ada Obi lived in Berlin for most of the 1990s, where she met her husband, the German architect Jonas Albrecht.")
    [meeting] = typed(a, "life.meet")
    assert names(a, meeting, "place") == {"Berlin"} and meeting.time == "199"


def test_that_of_a_company_is_the_company() -> None:
    a = run("Last October Reinholt Group merged its software division with that of the Dutch supplier Van Eyck Components.")
    [merger] = typed(a, "business.merge")
    assert names(a, merger, "agent") | names(a, merger, "partner") == {"Reinholt Group", "Van Eyck Components"}


def test_who_after_of_a_place_is_the_person_and_is_dated_inside_its_clause() -> None:
    a = run("The prosecutor Ana Ruiz led the case against Ramon Ibarra, the former governor of Callao, "
            "who was convicted of taking bribes in 2013.")
    [conviction] = typed(a, "legal.convict")
    assert names(a, conviction, "patient") == {"Ramon Ibarra"} and conviction.time == "2013"


def test_who_after_a_person_stays_that_person() -> None:
    a = run("The court heard from Ana Ruiz, who was arrested in Lima in 2019.")
    [arrest] = typed(a, "legal.arrest")
    assert names(a, arrest, "patient") == {"Ana Ruiz"}


def test_a_work_after_a_person_s_possessive_credits_that_person_s_win() -> None:
    a = run("The Iranian director Dariush Karimi's \"Seven Roads to Qazvin\", which won the Silver Lantern, "
            "was the strongest film in competition.")
    [win] = typed(a, "career.win")
    assert names(a, win, "agent") == {"Dariush Karimi"}


def test_a_work_not_after_a_possessive_credits_no_one() -> None:
    a = run("The director Dariush Karimi was there. \"Seven Roads to Qazvin\" won the Silver Lantern.")
    assert all(not names(a, e, "agent") for e in typed(a, "career.win"))


def test_a_first_win_told_later_is_not_the_night_s() -> None:
    a = run(AWARDS + "Priya Lal, who won her first award as a teenager, presented the last prize.", "2004-03-01")
    lal = [e for e in typed(a, "career.win") if "Priya Lal" in names(a, e, "agent")]
    assert lal and all(e.time is None for e in lal)
