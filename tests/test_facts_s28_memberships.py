"""Employment and membership phrasings that recur across the development articles (session 28), each as
invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def test_working_at_a_kind_noun_with_the_name_in_apposition_is_employment() -> None:
    # "worked at the accounting firm X": the name stands in apposition to the kind noun the preposition governs
    a = run("Mara Lind previously worked at the accounting firm Harrow Lisle for twelve years.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Mara Lind", "Harrow Lisle")] == (None, "PAST_REF")
    b = run("Joel Tarrant worked for the Dunmore firm Brockweald Access until last summer.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Joel Tarrant", "Brockweald Access")] == (None, "2023-SU")
    c = run("Anita Sorel, who teaches at the music school Harlow Conservatoire, was in the audience.", "2024-05-08")
    assert ("Anita Sorel", "Harlow Conservatoire") in facts_by_pair(c, "employee")


def test_an_analyst_who_covers_a_sector_at_a_broker_works_there() -> None:
    a = run('"It is a fair price," said Ines Marr, who covers retailers at Gillow Securities.', "2024-05-08")
    assert ("Ines Marr", "Gillow Securities") in facts_by_pair(a, "employee")
    b = run('"It is a coup," said Tom Berry, who covers the sector for the broker Dunmore Raikes.', "2024-05-08")
    assert ("Tom Berry", "Dunmore Raikes") in facts_by_pair(b, "employee")


def test_a_job_held_before_starting_or_joining_another_is_over() -> None:
    a = run("Ana Reyes worked for Kelby Bank before joining Orvane in 2019.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Ana Reyes", "Kelby Bank")][1] in ("PAST_REF", "2019")
    b = run("Carla Munt founded Tessvane in 2016. She worked at the consultancy Marr & Lodd before starting Tessvane. "
            "Munt stepped down as chief executive of Tessvane on Monday.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Carla Munt", "Marr & Lodd")] == (None, "PAST_REF")
    # ... and a leaving that names no body is not from the post told as over
    c = run("Rafe Olden co-founded Pellarine in 2012 and has run it since. He worked at the bank Corvid Capital before "
            "starting Pellarine. Olden stepped down as chief executive on Monday.", "2024-05-08")
    assert event_names(c, "career.resign", "organization") != ["Corvid Capital"]


def test_a_stint_spent_running_a_body_before_a_dated_appointment_ends_then() -> None:
    # "took over in 2019 after a decade running the X": the gerund says where the decade was spent
    a = run("Ana Dorn, who took over in 2019 after a decade running the Pellam Film Society, will stay on.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Ana Dorn", "Pellam Film Society")] == ("2009", "2019")
    b = run("Kate Mossop was appointed in 2020 after six years leading the charity Westfold Aid.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Kate Mossop", "Westfold Aid")] == ("2014", "2020")


def test_a_hyphened_playing_position_between_team_and_name_makes_a_member() -> None:
    # "the X centre-back Y": the position is one word of three tokens, as "midfielder" is one of one
    a = run("The squad includes the Harwick Rovers centre-back Sam Oyelaran.", "2024-05-08")
    assert ("Sam Oyelaran", "Harwick Rovers") in facts_by_pair(a, "member")
    b = run("Pellbury United full-back Dan Moyes, 24, signed a new contract on Monday.", "2024-05-08")
    assert ("Dan Moyes", "Pellbury United") in facts_by_pair(b, "member")
    # ... and a hyphened post stays a post: an employee with the role
    c = run("The former Acme vice-president Ann Lee spoke on Monday.", "2024-05-08")
    assert facts_by_pair(c, "employee")[("Ann Lee", "Acme")] == (None, "PAST_REF")


def test_a_stretch_spent_at_a_kind_noun_with_the_name_in_apposition_is_employment() -> None:
    a = run("Ines Vald previously spent five years at the chipmaker Tennabrook Devices.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Ines Vald", "Tennabrook Devices")] == (None, "PAST_REF")
    b = run("Jarek Vint, an engineer who had spent a decade at the logistics group Carradyne, joined in May.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Jarek Vint", "Carradyne")] == (None, "PAST_REF")
    # the name in apposition wins over a kind noun that stands for another body told before
    c = run("Quillmark bought Sonarith, a Cork-based maker of chips, last year. Quillmark has hired Ravi Kall, who ran the "
            "hardware division at the electronics maker Daesung for six years, as its chief operating officer.", "2024-05-08")
    pairs = facts_by_pair(c, "employee")
    assert pairs[("Ravi Kall", "Daesung")] == (None, "PAST_REF") and ("Ravi Kall", "Sonarith") not in pairs


def test_a_simple_past_with_a_stretch_of_time_tells_a_stint_over() -> None:
    a = run("Mara Lind worked at Harrow Lisle for twelve years.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Mara Lind", "Harrow Lisle")] == (None, "PAST_REF")
    b = run("Tom Askew, who ran the Orbury Trust for a decade, spoke at the launch.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Tom Askew", "Orbury Trust")] == (None, "PAST_REF")
    # not the present perfect: still there (since twelve years before the article: session 38)
    c = run("Mara Lind has worked at Harrow Lisle for twelve years.", "2024-05-08")
    assert facts_by_pair(c, "employee")[("Mara Lind", "Harrow Lisle")] == ("2012", None)
    # ... and a dated leaving told elsewhere dates the end
    d = run("She replaces Professor Graham Fenn, who stepped down in October 2010. Fenn, who led Marrowfield University "
            "for six years, has denied wrongdoing.", "2024-05-08")
    assert facts_by_pair(d, "employee")[("Graham Fenn", "Marrowfield University")] == ("2004", "2010-10")


def test_being_with_or_at_a_kind_noun_with_the_name_in_apposition_since_a_date_is_employment() -> None:
    a = run("Tom Berry has been with the broker Dunmore Raikes since 2015.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Tom Berry", "Dunmore Raikes")] == ("2015", None)
    b = run("Lena Holt, who has been at the insurer Corvane Mutual since 2018, will lead the team.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Lena Holt", "Corvane Mutual")] == ("2018", None)
