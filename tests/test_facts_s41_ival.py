"""Session 41: validity intervals of facts otherwise right (a post ended by a past verb of running its body "until",
a stint over told in a clause coordinated inside a relative clause, a "former" with words between it and the post), as
small invented articles through the real pipeline, each with a near miss that must stay as it was."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_running_the_body_until_a_date_ends_the_post_taken_last_before_it() -> None:
    # "was named director of X in 1985 and led it until 1999 ... retired in 2003": the directorship ended in 1999
    a = run("Olaf Brandt was named director of the Kessler Institute of Hydrology in 1985 and led it until 1999. "
            "He retired in 2003.")
    assert posts(a, "Olaf Brandt")["director"] == ("Kessler Institute of Hydrology", "1985", "1999")
    # "was made its chief scientist ... and ran it until her retirement in 2004"
    b = run("Mara Quill joined the Fenwick Seed Bank in 1970. She was made its chief botanist six years later and ran it "
            "until her retirement in 2001.")
    assert posts(b, "Mara Quill")["chief botanist"] == ("Fenwick Seed Bank", "1976", "2001")
    # ... running something that is no body ends no post
    c = run("Ada Voss became chief executive of Tarn Mills in 2001. She ran the marathon until 2010.")
    assert posts(c, "Ada Voss")["chief executive"] == ("Tarn Mills", "2001", None)


def test_a_simple_past_post_coordinated_in_a_relative_clause_is_over() -> None:
    # "X, who was first elected in 2003 and served as Y, ...": served as Y once, over at a time not given
    a = run("Ruth Kline, who was first elected in 2003 and served as chief secretary to the treasury under the previous "
            "leader, lost the vote.")
    assert posts(a, "Ruth Kline")["chief secretary"][2] == "PAST_REF"
    b = run("Omar Bey, who had run the defence ministry for years and before that served as the country's ambassador to Peru, "
            "spoke on Monday.")
    assert posts(b, "Omar Bey")["ambassador"][2] == "PAST_REF"
    # ... a present one coordinated there is held still
    c = run("Ada Lind, who joined Orr Bank in 2003 and serves as its treasurer, spoke on Monday.")
    assert posts(c, "Ada Lind")["treasurer"][2] is None


def test_former_with_words_between_it_and_the_descriptor_ends_the_post() -> None:
    # "a former Treasury official": the official's post is over
    a = run("The panel included Anselm Quigley, a former Treasury official who joined the board last year.")
    assert posts(a, "Anselm Quigley")["official"][2] == "PAST_REF"
    # ... with no "former" the post stays open
    b = run("The panel included Anselm Quigley, a Treasury official who joined the board last year.")
    assert posts(b, "Anselm Quigley")["official"][2] is None


def test_a_promotion_dates_the_new_post_not_the_job_at_the_body() -> None:
    # "promoted X, who joined as a trainee in 2009, to ...": at the body before the promotion, since when not said here
    a = run("Last year the Norrby Group promoted Ida Lund, 41, who joined as a trainee in 2009, to run its logistics arm.")
    assert jobs(a, "Ida Lund")["Norrby Group"] == (None, None)
    d = run("The chief executive of Brenmoor Foods, Rafael Osei, who was promoted from finance director in 2020, keeps his seat.")
    assert posts(d, "Rafael Osei")["chief executive"] == ("Brenmoor Foods", "2020", None)
    assert jobs(d, "Rafael Osei")["Brenmoor Foods"] == (None, None)
    # ... the post the promotion gave begins then, and the job stays dated by the joining
    b = run("Tomas Weir joined the Halden Quartet in 2011, and its board promoted him to chief executive five years later.")
    assert posts(b, "Tomas Weir")["chief executive"] == ("Halden Quartet", "2016", None)
    assert jobs(b, "Tomas Weir")["Halden Quartet"] == ("2011", None)
    # ... an appointment from outside still dates the job
    c = run("Halden Quartet appointed Lea Moss as chief executive in 2020.")
    assert jobs(c, "Lea Moss")["Halden Quartet"] == ("2020", None)


def test_a_stretch_told_before_a_dated_next_step_ends_with_it() -> None:
    # "spent three years as a researcher at Y before she was recruited by Z in 2011": at Y from 2008 until 2011
    a = run("After her doctorate Lena Tarr spent three years as a researcher at Hallow Glassworks, the glassmaker, before she "
            "was recruited by Gorran University in 2011.")
    assert jobs(a, "Lena Tarr")["Hallow Glassworks"] == ("2008", "2011")
    assert posts(a, "Lena Tarr")["researcher"] == ("Hallow Glassworks", "2008", "2011")
    # ... with no next step told, over at a time not given
    b = run("Jon Pike spent five years as an engineer at Tarn Mills.")
    assert jobs(b, "Jon Pike")["Tarn Mills"] == (None, "PAST_REF")


def test_a_stretch_spent_there_is_at_the_body_named_before_it() -> None:
    # "released by Y in June, having spent six years there": at Y for six years until June
    a = run("Emeka Dovall, 31, had been without a club since he was released by Pelham Town in June, having spent six years "
            "there.", "2025-09-02")
    assert jobs(a, "Emeka Dovall", "member")["Pelham Town"] == ("2019", "2025-06")
    b = run("Tom Ince joined Orrin Bank in 2003 and spent ten years there.")
    assert jobs(b, "Tom Ince")["Orrin Bank"] == ("2003", "2013")
    # ... "there" after a town is no body
    c = run("Ruth Hale moved to Berlin in 2001 and spent six years there.")
    assert jobs(c, "Ruth Hale") == {}
