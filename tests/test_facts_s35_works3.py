"""Session 35: works put out and shown (premieres, releases, collaborations) told in phrasings no fixture tested:
invented sentences through the real pipeline, each general gap with two wordings or more and the near miss it must
not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, entity_types, role_texts


def test_the_one_a_premiered_or_released_work_is_by_puts_it_on() -> None:
    # "the world premiere of X, a cantata by Y", "X, the new film from Y", "a play by the playwright Y": Y premieres it
    assert_event(run("The season opens on September 18 with the world premiere of Ashfield Requiem, a cantata by the composer Ilse Moreau."),
                 "career.premiere", {"work": "Ashfield Requiem", "agent": "Ilse Moreau"})
    assert_event(run("The festival opened with the world premiere of Iron Psalms, the new film from Daniel Foster."), "career.premiere",
                 {"work": "Iron Psalms", "agent": "Daniel Foster"})
    assert_event(run("They were seen leaving the premiere of a play by the playwright Daniel Foster."), "career.premiere",
                 {"agent": "Daniel Foster"})
    assert_event(run("Iron Psalms, the new album by Sarah Whitlock, will be released in May."), "career.release",
                 {"work": "Iron Psalms", "agent": "Sarah Whitlock"})
    # ... a place the work is from makes no one its maker
    a = run("The festival opened with the world premiere of Iron Psalms, the new film from Ireland.")
    assert role_texts(a, "career.premiere", "agent") == [[]]


def test_a_title_with_its_year_in_brackets_came_out_that_year() -> None:
    # "her third album, X (2012),", "recorded thirty albums, among them "X" (1974) and "Y" (1988)": each came out that year
    a = run("Sarah Whitlock's third album, Iron Psalms (2012), was recorded in Berlin.")
    assert_event(a, "career.release", {"agent": "Sarah Whitlock", "work": "Iron Psalms"})
    assert [e.time for e in a.events if e.type == "career.release"] == ["2012"]
    a = run('Marta Quintela died on Sunday. She recorded more than thirty albums, among them "Rua Sem Sol" (1974) and '
            '"Cais Velho" (1988), which sold half a million copies.')
    assert sorted((e.time, [g.text for g in e.args if g.role == "work"][0]) for e in a.events if e.type == "career.release") == [
        ("1974", "Rua Sem Sol"), ("1988", "Cais Velho")]
    assert_event(a, "career.release", {"agent": "Marta Quintela", "work": "Cais Velho"})
    # ... a film one starred in, dated so, is no release of one's own
    assert_no_event(run("Daniel Foster starred in Cold Orchard (2004), a thriller set in Maine."), "career.release")


def test_who_a_work_was_premiered_by_premieres_it() -> None:
    # "X was premiered / first performed by the Y Orchestra": the orchestra gives the premiere
    assert_event(run("Salt Meridian was premiered by the Hallé in Manchester in 2003."), "career.premiere",
                 {"work": "Salt Meridian", "agent": "Hallé"})
    assert_event(run("The cantata was first performed by the Kelso Symphony Orchestra in 1951."), "career.premiere",
                 {"agent": "Kelso Symphony Orchestra"})
    # ... shown by a broadcaster is no premiere at all
    assert_no_event(run("The film was shown by the BBC in 2003."), "career.premiere")


def test_the_work_two_people_made_together_named_after_on_or_in() -> None:
    # "worked with X on Y", "starred opposite X in Y": the parser hangs "on Y" / "in Y" on the partner, and NER makes
    # the invented title a person or a place
    a = run("Anna Weller worked with James Holloway on Low Bridges in 2014.")
    assert entity_types(a)["Low Bridges"] == "WORK"
    assert_event(a, "career.collaborate", {"agent": "Anna Weller", "partner": "James Holloway", "work": "Low Bridges"})
    a = run("Anna Weller starred opposite Michael Reyes in Winter Quarters.")
    assert entity_types(a)["Winter Quarters"] == "WORK"
    assert_event(a, "career.collaborate", {"agent": "Anna Weller", "partner": "Michael Reyes", "work": "Winter Quarters"})
    assert_event(run("Anna Weller starred alongside Michael Reyes in the 2011 thriller Winter Quarters."), "career.collaborate",
                 {"partner": "Michael Reyes", "work": "Winter Quarters"})
    # ... a town where they starred together is where, no work
    a = run("Anna Weller starred alongside Michael Reyes in Boston in 2014.")
    assert role_texts(a, "career.collaborate", "work") == [[]]


def test_teaming_up_with_the_police_or_a_charity_makes_no_work() -> None:
    assert_no_event(run("Anna Weller teamed up with police to find her stolen guitar."), "career.collaborate")
    assert_no_event(run("Anna Weller has partnered with local charities since 2019."), "career.collaborate")
    # ... teaming up with a singer does
    assert_event(run("Anna Weller teamed up with the rapper Tom Barker for a new single."), "career.collaborate",
                 {"agent": "Anna Weller", "partner": "Tom Barker"})


def test_a_title_ner_missed_that_came_out_or_arrives_in_cinemas() -> None:
    # "X came out in 2019", "X arrives in cinemas on June 14": a title opening its sentence, whatever NER made of it
    a = run("Cold Lanterns came out in 2019.")
    assert entity_types(a)["Cold Lanterns"] == "WORK"
    assert_event(a, "career.release", {"work": "Cold Lanterns"})
    assert_event(run("Paper Rivers came out in the spring of 2019."), "career.release", {"work": "Paper Rivers"})
    a = run("Iron Dunes arrives in cinemas on June 14.")
    assert entity_types(a)["Iron Dunes"] == "WORK"
    assert_event(a, "career.release", {"work": "Iron Dunes"})
    # ... a person coming out (as gay, in 2019) puts nothing out
    for text in ("Tom Baird came out in 2019.", "Harriet Vale came out in 2019."):
        a = run(text)
        assert entity_types(a)[text.split(" came")[0]] == "PERSON"
        assert_no_event(a, "career.release")


def test_the_title_in_apposition_to_a_collaboration_is_its_work() -> None:
    # "X's collaboration with Y, the album Z,", "her duet with Y, "Z",": Z is what they made together
    assert_event(run("Sarah Kemp's collaboration with James Holloway, the album Low Bridges, came out in 2014."), "career.collaborate",
                 {"agent": "Sarah Kemp", "partner": "James Holloway", "work": "Low Bridges"})
    assert_event(run('Her 2019 collaboration with Tom Barker, "The Long Night Home", was nominated for a Grammy.'), "career.collaborate",
                 {"work": "The Long Night Home"})
    # ... a collaboration that ended names no work, nor does the partner's description
    assert role_texts(run("Sarah Kemp's collaboration with James Holloway ended in 2014."), "career.collaborate", "work") == [[]]
    assert role_texts(run("Her duet with her husband, James Holloway, reached number four."), "career.collaborate", "work") == [[]]


def test_returning_with_a_record_puts_it_out() -> None:
    # "returned in 2021 with X, her first album in eight years", "returned with a new album": the comeback record
    assert_event(run("Sarah Kemp returned in 2021 with Salt Lantern, her first album in eight years."), "career.release",
                 {"agent": "Sarah Kemp", "work": "Salt Lantern"})
    assert_event(run("The Kelso Kites returned with a new album in March."), "career.release", {"agent": "Kelso Kites", "work": "album"})
    # ... returning with one's family, or to a club, puts nothing out
    assert_no_event(run("Sarah Kemp returned with her family to Leeds in 2019."), "career.release")
    assert_no_event(run("Sarah Kemp returned to Kelso Town in 2019."), "career.release")


def test_the_first_performance_or_screening_of_a_work_is_its_premiere() -> None:
    # "gave the first performance of X", "the first screening / staging of X": as "was first performed / screened"
    assert_event(run("The orchestra gave the first performance of Iron Dunes, a cantata by Sarah Kemp, in 2019."), "career.premiere",
                 {"work": "Iron Dunes", "agent": "Sarah Kemp"})
    assert_event(run("The first screening of Iron Dunes took place at the Curzon in Soho on Friday."), "career.premiere",
                 {"work": "Iron Dunes"})
    assert_event(run("The first staging of Salt Lantern, her new opera, was in Leeds in May."), "career.premiere", {"work": "Salt Lantern"})
    # ... a later performance, or a singer's first at a venue, premieres nothing
    assert_no_event(run("The orchestra gave the last performance of Iron Dunes, a cantata by Sarah Kemp, in 2019."), "career.premiere")
    assert_no_event(run("Her first performance at the Proms came in 2009."), "career.premiere")


def test_a_title_ner_missed_told_released_by_a_participle() -> None:
    # "X, released in March, topped the charts", "X, published in 2011, sold a million copies"
    a = run("Paper Rivers, released in March, topped the charts.")
    assert entity_types(a)["Paper Rivers"] == "WORK"
    assert_event(a, "career.release", {"work": "Paper Rivers"})
    a = run("Copper Lanterns, published in 2011, sold a million copies.")
    assert entity_types(a)["Copper Lanterns"] == "WORK"
    # ... a person released from prison is no title
    a = run("Tom Baird, released from prison in March, spoke to reporters.")
    assert entity_types(a)["Tom Baird"] == "PERSON"
    assert_no_event(a, "career.release")
