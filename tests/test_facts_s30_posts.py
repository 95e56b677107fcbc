"""Session 30: career posts, their events and their intervals, each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs as _jobs
from handmade import posts as _posts
from handmade import typed


def test_a_former_post_dated_by_a_relative_clause_on_the_title_before_the_name() -> None:
    # "the former leader X, who ran the party from A until B": the relative clause hangs on the title, not the name
    a = run("The former leader Tom Varney, who ran the party from 2008 until 2018, spoke on Monday.", "2024-05-08")
    assert _posts(a, "Tom Varney")["leader"][1:] == ("2008", "2018")
    b = run("The former chairman Ivo Brandt, who led the company between 2001 and 2009, spoke on Monday.", "2024-05-08")
    assert _posts(b, "Ivo Brandt")["chairman"][1:] == ("2001", "2009")


def test_holding_a_brief_dates_the_post() -> None:
    # "held the health brief from 2015 until ...": a minister's post over a time, like "held the portfolio"
    a = run("Ana Ruiz, the former health minister, held the health brief from 2015 until the party lost power in 2018.",
            "2024-05-08")
    assert _posts(a, "Ana Ruiz")["health minister"][1:] == ("2015", "2018")
    b = run("Kofi Mensa, a former transport minister, had held the transport brief since 2019.", "2024-05-08")
    assert _posts(b, "Kofi Mensa")["transport minister"][1] == "2019"


def test_leading_a_party_over_a_time_is_its_leadership_not_a_job() -> None:
    a = run("Jo Kerr, 55, has led the Unity Party since 2018.", "2024-05-08")
    assert _posts(a, "Jo Kerr")["leader"] == ("Unity Party", "2018", None)
    assert "Unity Party" not in _jobs(a, "Jo Kerr")
    assert _jobs(a, "Jo Kerr", "member")["Unity Party"] == (None, None)  # the membership is older than the leadership
    b = run("Tess Marr, who led the Green Party for seven years, stepped down in November.", "2024-05-08")
    assert _posts(b, "Tess Marr")["leader"] == ("Green Party", "2016", "2023-11")
    assert _jobs(b, "Tess Marr", "member")["Green Party"] == (None, None)
    # leading a party to a result is no post; leading a company stays a job there
    c = run("Jo Kerr led the Unity Party to victory in 2019.", "2024-05-08")
    assert "leader" not in _posts(c, "Jo Kerr")
    d = run("Jo Kerr has led Acme Ltd since 2018.", "2024-05-08")
    assert _jobs(d, "Jo Kerr")["Acme Ltd"] == ("2018", None)


def test_the_race_to_succeed_someone_is_no_appointment_made() -> None:
    # "entered the race to succeed X": a candidacy; the successor takes no post of the predecessor's yet
    a = run("Tess Marr, who led the Green Party for seven years, stepped down in November. Leo Yarn, the Green Party's "
            "deputy leader, formally entered the race to succeed Tess Marr on Monday.", "2024-05-08")
    assert [e.modality is not None for e in typed(a, "career.appoint")] == [True]
    assert "leader" not in _posts(a, "Leo Yarn") and _posts(a, "Leo Yarn")["deputy leader"][2] is None
    # the infinitive parsed as the purpose of "entered": still the race's
    for text in ("Ana Bell entered the contest to succeed Tom Fry as leader on Friday, promising change.",
                 "Ana Bell, the party's treasurer, entered the race to replace Tom Fry as leader on Friday, promising change."):
        b = run(text, "2024-05-08")
        assert [e.modality is not None for e in typed(b, "career.appoint")] == [True], text
        assert "leader" not in _posts(b, "Ana Bell"), text


def test_a_calling_given_in_the_sentence_of_a_dismissal_is_the_job_lost() -> None:
    # "X fired a senior trader, Y": the trading job at X ended with the firing, as the employment did
    a = run("Late last month Harlow Bank fired a senior bond trader, Piet Morrow, over breaches of controls.", "2024-05-08")
    assert _posts(a, "Piet Morrow")["senior bond trader"][2] == "2024-04"
    assert _jobs(a, "Piet Morrow")["Harlow Bank"] == (None, "2024-04")
    b = run("Piet Morrow, a senior bond trader, was dismissed by Harlow Bank in March.", "2024-05-08")
    assert _posts(b, "Piet Morrow")["senior bond trader"][2] == "2024-03"
    # a founder stays the founder; a calling told of a name the firing reaches only by a pronoun stays
    c = run("The Bloc, whose founder Gary Mull was expelled from Green Future in 2017, won four seats.", "2024-05-08")
    assert _posts(c, "Gary Mull")["founder"][2] is None
    d = run("Efua Dark, the singer, released an album on Monday, ending a silence that began in 1992, when her old label, "
            "Corona Music, dropped her.", "2024-05-08")
    assert _posts(d, "Efua Dark")["singer"][2] is None


def test_former_after_an_age_still_ends_the_post() -> None:
    a = run("Bria Marsh, 37, a former union organiser who entered the assembly in 2021, spoke on Tuesday.", "2024-05-08")
    assert _posts(a, "Bria Marsh")["union organiser"][2] == "PAST_REF"
    b = run("Her co-defendant, Rory Glen, a 47-year-old former haulier from Bexworth, admitted fraud.", "2024-05-08")
    assert _posts(b, "Rory Glen")["haulier"][2] == "PAST_REF"
    c = run("Tom Pike, 52, a headteacher, won the seat.", "2024-05-08")
    assert _posts(c, "Tom Pike")["headteacher"][2] is None
