"""Session 38: employment facts told in phrasings nobody had tested ("X, previously at Y,", "X, now with Y,", "Y employs
X as a welder", "a tenant of Y", "an inmate at Y", "an ex-Y trader"), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_a_name_set_off_with_an_adverb_and_at_or_with_tells_where_one_worked() -> None:
    # "X, previously at Y," as "X, formerly of Y,": a job over, its end not told; "now with Y": the job held now
    a = run("Ruth Okonjo, previously at Hallam Insurance, joins Bexley Mutual as finance director.")
    assert jobs(a, "Ruth Okonjo")["Hallam Insurance"] == (None, "PAST_REF")
    b = run("Tom Brandt, formerly with Corrie Logistics, said on Monday the rules were unclear.")
    assert jobs(b, "Tom Brandt") == {"Corrie Logistics": (None, "PAST_REF")}
    c = run("Ruth Okonjo, now with Hallam Insurance, said the rules were unclear.")
    assert jobs(c, "Ruth Okonjo") == {"Hallam Insurance": (None, None)}
    # a place is no employer, and "at" with no such word is left alone
    d = run("Ruth Okonjo, now at Oxford, said the rules were unclear.")
    assert jobs(d, "Ruth Okonjo") == {}


def test_an_employer_as_subject_of_employ() -> None:
    # the active voice: "Y employs X as a welder", "Y, which employed X until 2020,"
    a = run("Kinsale Robotics employs Anders Holt as a welder.")
    assert jobs(a, "Anders Holt") == {"Kinsale Robotics": (None, None)}
    assert "welder" in posts(a, "Anders Holt")
    b = run("Kinsale Robotics, which employed Anders Holt until 2020, denied the claims on Monday.")
    assert jobs(b, "Anders Holt") == {"Kinsale Robotics": (None, "2020")}
    c = run("Kinsale Robotics employed the engineer Anders Holt from 2011 to 2019.")
    assert jobs(c, "Anders Holt") == {"Kinsale Robotics": ("2011", "2019")}
    # a person employing someone makes no employer of that person
    d = run("Greta Lind employs Mary Quint as her driver.")
    assert jobs(d, "Mary Quint") == {}


def test_who_lives_or_is_held_somewhere_is_not_on_its_staff() -> None:
    a = run("Agnes Tuil, a tenant of Brookfield Housing, complained about damp.")
    assert jobs(a, "Agnes Tuil") == {} and posts(a, "Agnes Tuil") == {}
    b = run("Agnes Tuil, an inmate at Fenwick Prison, died on Monday.")
    assert jobs(b, "Agnes Tuil") == {}
    c = run("Agnes Tuil, a prisoner at Fenwick Prison, was attacked on Monday.")
    assert jobs(c, "Agnes Tuil") == {}
    # its staff still are
    d = run("Agnes Tuil, a prison officer at Fenwick Prison, was attacked on Monday.")
    assert jobs(d, "Agnes Tuil") == {"Fenwick Prison": (None, None)}


def test_an_ex_before_a_name_is_no_part_of_it() -> None:
    # "an ex-Y trader": a former job at Y (the name is Y, not "ex-Y")
    a = run("The court heard that Lionel Fisk, an ex-Tolland Bank trader, had hidden the losses.")
    assert jobs(a, "Lionel Fisk") == {"Tolland Bank": (None, "PAST_REF")}
    b = run("Lionel Fisk, the ex-Harwick Rovers manager, was appointed on Monday.")
    assert jobs(b, "Lionel Fisk") == {"Harwick Rovers": (None, "PAST_REF")}


def test_a_job_at_a_branch_of_a_body_is_a_job_at_the_body() -> None:
    # "a cashier at the Leeds branch of Y", "an engineer with the Leeds division of Y": Y's staff
    a = run("Kofi Mensah, a cashier at the Leeds branch of Lantern Bank, was robbed.")
    assert jobs(a, "Kofi Mensah") == {"Lantern Bank": (None, None)}
    b = run("Kofi Mensah, an employee at the Brant Street branch of Lantern Bank, was robbed.")
    assert jobs(b, "Kofi Mensah") == {"Lantern Bank": (None, None)}
    c = run("Sam Idris, an engineer with the Leeds division of Corla Motors, filed the patent.")
    assert jobs(c, "Sam Idris") == {"Corla Motors": (None, None)}
    # a customer there is none
    d = run("Mona Reyes, a customer at the Kelburn branch of Lantern Bank, was hurt.")
    assert jobs(d, "Mona Reyes") == {}


def test_a_job_told_formerly_at_a_body_is_over() -> None:
    a = run("Ines Alba, a scientist formerly at Vexa Pharma, founded Quell.")
    assert jobs(a, "Ines Alba") == {"Vexa Pharma": (None, "PAST_REF")}
    b = run("Ines Alba, an engineer previously with Vexa Pharma, founded Quell.")
    assert jobs(b, "Ines Alba") == {"Vexa Pharma": (None, "PAST_REF")}
    c = run("Ines Alba, a scientist at Vexa Pharma, founded Quell.")
    assert jobs(c, "Ines Alba") == {"Vexa Pharma": (None, None)}


def test_employed_at_a_body() -> None:
    # "was employed at Y", "employed as a nurse at Y" (as "employed by Y")
    a = run("Juan Soto, who was employed at Osterfeld Glass until 2020, sued the company.")
    assert jobs(a, "Juan Soto") == {"Osterfeld Glass": (None, "2020")}
    b = run("Juan Soto was employed at Osterfeld Glass from 2011 to 2015.")
    assert jobs(b, "Juan Soto") == {"Osterfeld Glass": ("2011", "2015")}
    c = run("Juan Soto, who was employed as a nurse at Osterfeld Hospital, sued.")
    assert jobs(c, "Juan Soto") == {"Osterfeld Hospital": (None, None)}


def test_a_building_named_as_a_workplace_is_an_employer() -> None:
    # the tagger calls "Fenwick Hospital" a facility: joining, quitting or a title told with it is a job there
    a = run("Amy Cole, who quit Fenwick Hospital in 2019, was praised.")
    assert jobs(a, "Amy Cole") == {"Fenwick Hospital": (None, "2019")}
    b = run("Amy Cole, who joined Fenwick Hospital as a porter in 2001, was praised.")
    assert jobs(b, "Amy Cole") == {"Fenwick Hospital": ("2001", None)}
    c = run("Amy Cole, a Fenwick Hospital nurse since 2001, was praised.")
    assert jobs(c, "Amy Cole") == {"Fenwick Hospital": ("2001", None)}
    # a stadium is a venue, no employer
    d = run("Amy Cole joined Wembley Stadium in 2019.")
    assert jobs(d, "Amy Cole") == {}
