"""Phrasings found in session 25 (crime and courts: arrests, charges, trials, lawsuits, police
careers), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair, typed


def test_officers_from_a_force_arrest_for_the_force() -> None:
    # the officers' body is who arrests: "by detectives from X", "officers from X arrested", and a raid's "by"
    for text in ("Lena Oaks was arrested at her flat in Brinmore by detectives from the Holtby Constabulary.",
                 "Officers from the Holtby Constabulary arrested Lena Oaks on Friday.",
                 "Lena Oaks was detained on Monday during raids on three homes carried out by officers from the Holtby "
                 "Constabulary."):
        a = run(text, "2024-05-08")
        assert event_names(a, "legal.arrest", "agent") == ["Holtby Constabulary"], text


def test_the_force_is_the_police_force_in_view() -> None:
    a = run("Pia Voss, a sergeant with Kelby Police, joined the force as a constable in 1995. She retired in May 2021.",
            "2024-05-08")
    assert event_names(a, "career.hire", "organization") == ["Kelby Police"]
    assert facts_by_pair(a, "employee")[("Pia Voss", "Kelby Police")] == ("1995", "2021-05")


def test_a_payout_or_a_legal_battle_won_is_no_prize() -> None:
    for text in ("Actor Tilda Morrow wins libel payout from Daily Gleam publisher",
                 "Tilda Morrow won her legal battle with the Gleam in March."):
        assert typed(run(text, "2024-05-08"), "career.win") == [], text
    assert len(typed(run("Tilda Morrow won the Orrin Prize in March.", "2024-05-08"), "career.win")) == 1


def test_struck_on_the_head_is_no_title() -> None:
    a = run("One of the guards, Ned Farrow, was struck on the head with a bat.", "2024-05-08")
    assert ("Ned Farrow", "head") not in facts_by_pair(a, "role")


def test_an_age_at_an_event_dates_it_from_the_age_now() -> None:
    # 36 in May 2024: born 1987 or 1988; signed at 19: 2006 or 2007 (the earlier year, as from a dated birth)
    a = run("Ivy Dale, 36, grew up in Kelby. Dale, who was signed by Orrin Records at 19, left the label in 2021.", "2024-05-08")
    assert [e.time for e in typed(a, "career.hire")] == ["2006"]


def test_a_name_ending_in_wealth_is_a_firm() -> None:
    a = run("Ottoline Vardy, 52, the founder of Kerrwood Wealth, was convicted on Wednesday. Kerrwood Wealth was wound up "
            "in 2021.", "2024-05-08")
    assert {e.name: e.type for e in a.entities}["Kerrwood Wealth"] == "ORG"


def test_the_reporter_named_beside_a_description_is_the_reported_she() -> None:
    # "That employee, X, told the jury she ...": she is X, not the woman the story is about
    a = run("Ottoline Vardy, 52, was convicted on Wednesday. She was arrested in 2021. That employee, Priya Lant, who had "
            "joined Kerrwood in 2018, told the jury she had resigned the following year.", "2024-05-08")
    assert event_names(a, "career.resign", "agent") == ["Priya Lant"]


def test_an_owner_holds_a_role_and_no_job() -> None:
    a = run("Ruth Kamm, the owner of Pellam Foods, said no.", "2024-05-08")
    assert [f.value for f in a.facts if f.relation == "role"] == ["owner"]
    assert ("Ruth Kamm", "Pellam Foods") not in facts_by_pair(a, "employee")


def test_a_marriage_to_someone_makes_spouses_and_a_couple() -> None:
    # the parser hangs "to" on the verb here ("concerned ... to"): the words after "marriage to" name the spouse
    a = run("Ada Pike sued the Gleam in May. The stories concerned her marriage to the footballer Tam Grey, who plays for "
            "Dunmoor Rovers. The couple, who met on the set of a video in 2016 and married three years later, announced "
            "their separation in August last year.", "2024-05-08")
    assert facts_by_pair(a, "spouse")[("Ada Pike", "Tam Grey")] == ("2019", "2023-08")
    assert [e.time for e in typed(a, "life.marry")] == ["2019"]
    b = run("Ada Pike's marriage to Tam Grey lasted ten years.", "2024-05-08")
    assert ("Ada Pike", "Tam Grey") in facts_by_pair(b, "spouse")


def test_a_trade_is_a_role() -> None:
    a = run("Omar Fenn now works part-time as a driving instructor in Kelby.", "2024-05-08")
    assert [f.value for f in a.facts if f.relation == "role"] == ["instructor"]
    b = run("Kell, a former scaffolder, worked for the Stavenby firm Brockden Access until last summer.", "2024-05-08")
    assert facts_by_pair(b, "role")[("Kell", "scaffolder")] == (None, "PAST_REF")


def test_named_as_someone_is_no_appointment() -> None:
    for text in ("Police arrested a 34-year-old man, named locally as Ivo Marsk, on Monday.", "The victim was named as Ivo Marsk."):
        assert typed(run(text, "2024-05-08"), "career.appoint") == [], text
    a = run("Pellam Foods named Ivo Marsk as its chief executive.", "2024-05-08")
    assert len(typed(a, "career.appoint")) == 1


def test_a_description_named_as_someone_is_that_person() -> None:
    a = run("Police arrested a 34-year-old man, named locally as Ivo Marsk, on Monday.", "2024-05-08")
    assert event_names(a, "legal.arrest", "patient") == ["Ivo Marsk"]
    assert facts_by_pair(a, "age")[("Ivo Marsk", "34")]
    b = run("A woman arrested on Monday has been named as Lena Oaks.", "2024-05-08")
    assert event_names(b, "legal.arrest", "patient") == ["Lena Oaks"]


def test_the_court_a_plea_or_a_judge_is_at_is_the_place() -> None:
    for text in ("Ivo Marsk, 45, pleaded guilty to fraud at Kelby Crown Court on Monday.",
                 "A judge at Kelby Crown Court jailed Ivo Marsk for four years on Monday."):
        a = run(text, "2024-05-08")
        assert [n for t in ("legal.convict", "legal.sentence") for n in event_names(a, t, "place")] == ["Kelby Crown Court"], text


def test_a_places_officer_serves_in_the_force_named_after_it() -> None:
    a = run("Kelby Police said it would review the case. Dunmere Constabulary declined to comment. Kelby's chief constable, "
            "Anita Wray, said no. The inquiry was led by Rhona Pike, a former Kelby officer who moved to Dunmere in 2017.",
            "2024-05-08")
    jobs = facts_by_pair(a, "employee")
    assert jobs[("Anita Wray", "Kelby Police")] == (None, None)
    assert jobs[("Rhona Pike", "Kelby Police")] == (None, "PAST_REF")
    assert ("Rhona Pike", "Kelby") not in facts_by_pair(a, "located_in")
