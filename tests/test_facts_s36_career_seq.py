"""Session 36: steps of a career told in phrasings nobody had tested ("left X for Y", "was promoted from deputy editor to
editor", "where she rose to chief engineer", "was suspended ... and dismissed that October"), as invented sentences through
the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, jobs, posts, role_texts, typed


def test_leaving_one_body_for_another_is_a_hiring_by_the_other() -> None:
    # "left X for Y": the parser hangs "for Y" on X (a resignation and a hiring, as the fixtures' README reads a move; session 5
    # had pinned "left Harrowgate Rovers for Velmont SC" as no hiring, before that README line)
    a = run("Gareth Noon left Dunfield Rovers for Aston Hale in 2018.")
    assert event_names(a, "career.resign", "organization") == ["Dunfield Rovers"]
    assert event_names(a, "career.hire", "organization") == ["Aston Hale"]
    assert [ev.time for ev in typed(a, "career.hire")] == ["2018"]
    b = run("Last year Rosa Imrie quit Fenwick Capital for Harlow Bank.")
    assert event_names(b, "career.hire", "patient") == ["Rosa Imrie"]
    assert event_names(b, "career.hire", "organization") == ["Harlow Bank"]
    # a person left for another: no one hired
    c = run("Gareth Noon left Dunfield Rovers for Ana Pell in 2018.")
    assert typed(c, "career.hire") == []


def test_a_post_promoted_to_from_another_is_the_new_one() -> None:
    # "from X to Y": the parser hangs "to Y" on the "from" phrase, or on its noun
    b = run("Nadia Vos has been promoted from deputy editor to editor of the Hale Post.")
    assert role_texts(b, "career.appoint", "role") == [["editor"]]
    assert posts(b, "Nadia Vos")["editor"][0] == "Hale Post"
    c = run("In 2019 Ivo Lant was promoted from analyst to partner.")
    assert role_texts(c, "career.appoint", "role") == [["partner"]]
    # a club promoted from one league to another appoints no one
    d = run("Dunmore Athletic were promoted from the Northern League to the Premier Division in 2019.")
    assert typed(d, "career.appoint") == []


def test_rising_to_a_post_is_an_appointment() -> None:
    a = run("Erin Vail studied physics in Leeds. In 2013 she was hired by Pellow Engineering, where she rose to chief engineer in 2019.")
    assert role_texts(a, "career.appoint", "role") == [["chief engineer"]]
    assert [ev.time for ev in typed(a, "career.appoint")] == ["2019"]
    b = run("Ama Otu rose to deputy editor of the Kell Herald in 2015.")
    assert event_names(b, "career.appoint", "patient") == ["Ama Otu"]
    assert role_texts(b, "career.appoint", "role") == [["deputy editor"]]
    # fame, a price or a stint's peak told by a participle: no dated appointment
    c = run("Ama Otu rose to fame in 2015. Shares in Kell Foods rose to a record high.")
    assert typed(c, "career.appoint") == []
    d = run("Ruth Lind spent twelve years at the Dock Workers' Union, rising to deputy general secretary, before she was "
            "elected to parliament in 2018.")
    assert typed(d, "career.appoint") == []


def test_a_dismissal_dated_by_that_month_is_passive_and_ends_the_job() -> None:
    # "was suspended ... and dismissed that October": "that" is no object, the dismissal is passive
    a = run("Vossberry, who joined Corvellan from the auditing firm Pargeter Wylde in 2011, was promoted to finance director "
            "the following year. The scheme unravelled in the summer of 2020. Vossberry was suspended within days and "
            "dismissed that October.", "2023-11-16")
    assert event_names(a, "career.fire", "patient") == ["Vossberry"]
    assert event_names(a, "career.fire", "agent") in (["Corvellan"], [None])
    assert jobs(a, "Vossberry")["Corvellan"] == ("2011", "2020-10")
    b = run("Ana Bell was arrested in Leeds in March and charged that evening.")
    assert [[g.text for g in ev.args if g.role == "patient"] for ev in typed(b, "legal.charge")] == [["Ana Bell"]]
