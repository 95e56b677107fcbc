"""Session 37: hirings told in phrasings nobody had tested ("took on X as an apprentice", "was tempted back to Y",
"have added X to their coaching staff", "came on board at Y", "landed / got a job at Y"), as invented sentences through
the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_the_one_taken_on_as_a_post_is_a_person() -> None:
    # "took on X as an apprentice": the NER read the name as a firm; the post after "as" tells a person
    a = run("Greywater Logistics took on Ada Finch as an apprentice in 2012.")
    assert event_names(a, "career.hire", "patient") == ["Ada Finch"]
    assert event_names(a, "career.hire", "agent") == ["Greywater Logistics"]
    assert role_texts(a, "career.hire", "role") == [["apprentice"]]
    b = run("Harlow Bank has brought in Ada Finch as a consultant.")
    assert event_names(b, "career.hire", "patient") == ["Ada Finch"]
    # a firm taken on as a client is no one hired
    c = run("Harlow Bank took on Corran Foods as a client in 2012.")
    assert typed(c, "career.hire") == []


def test_tempted_or_lured_back_is_a_hiring() -> None:
    a = run("Corvin Motors tempted back its former designer Hal Peters in June.")
    assert event_names(a, "career.hire", "patient") == ["Hal Peters"]
    assert event_names(a, "career.hire", "agent") == ["Corvin Motors"]
    b = run("Nina Abbot was tempted back to Corvin Motors in 2019.")
    assert event_names(b, "career.hire", "patient") == ["Nina Abbot"]
    assert event_names(b, "career.hire", "organization") == ["Corvin Motors"]
    assert [ev.time for ev in typed(b, "career.hire")] == ["2019"]
    c = run("Eli Rowe was enticed back to Marl Bank in 2020.")
    assert event_names(c, "career.hire", "organization") == ["Marl Bank"]
    # crowds tempted back: no one hired
    d = run("Cheap fares tempted back the tourists in June.")
    assert typed(d, "career.hire") == []


def test_a_person_added_to_a_staff_or_a_squad_is_hired() -> None:
    a = run("Brindle Rangers have added Kofi Asante to their coaching staff.")
    assert event_names(a, "career.hire", "patient") == ["Kofi Asante"]
    assert event_names(a, "career.hire", "agent") == ["Brindle Rangers"]
    b = run("Harwell Partners added the tax lawyer Meg Olin to its ranks in March.")
    assert event_names(b, "career.hire", "patient") == ["Meg Olin"]
    # a title added, or a name added to a list: no one hired
    c = run("Serena Pike added the Vale Open to her titles. Brindle Rangers added Kofi Asante to the guest list.")
    assert typed(c, "career.hire") == []


def test_coming_on_board_at_a_body_is_joining_it() -> None:
    a = run("Rafe Linden came on board at Mossgate Studios in 2021.")
    assert event_names(a, "career.hire", "patient") == ["Rafe Linden"]
    assert event_names(a, "career.hire", "organization") == ["Mossgate Studios"]
    assert [ev.time for ev in typed(a, "career.hire")] == ["2021"]
    b = run("Ines Vey came on board with Tarrow Books as publisher.")
    assert event_names(b, "career.hire", "organization") == ["Tarrow Books"]
    assert role_texts(b, "career.hire", "role") == [["publisher"]]
    # a place finished at, or a substitute coming on: no one joins
    c = run("Rafe Linden came second at Mossgate Athletics in 2021. Rafe Linden came on at Wembley Stadium in the 60th minute.")
    assert typed(c, "career.hire") == []


def test_a_job_landed_or_got_at_a_body_is_a_hiring_of_the_subject() -> None:
    a = run("Carla Venn landed a job at Harrow Foods in 2008.")
    assert event_names(a, "career.hire", "patient") == ["Carla Venn"]
    assert event_names(a, "career.hire", "organization") == ["Harrow Foods"]
    assert [ev.time for ev in typed(a, "career.hire")] == ["2008"]
    b = run("In 2008 Carla Venn got a job with Harrow Foods.")
    assert event_names(b, "career.hire", "patient") == ["Carla Venn"]
    assert event_names(b, "career.hire", "organization") == ["Harrow Foods"]
    # a club still lands the player it signs
    c = run("Kell Rovers have landed the striker Omar Diallo.")
    assert event_names(c, "career.hire", "patient") == ["Omar Diallo"]
    assert event_names(c, "career.hire", "agent") == ["Kell Rovers"]
    # a part or a contract landed: no one hired
    d = run("Carla Venn landed the lead role at Harrow Theatre. Kell Bank landed a £4m contract with Harrow Foods.")
    assert typed(d, "career.hire") == []


def test_work_started_at_a_body_is_a_hiring() -> None:
    a = run("Zara Ekwe started work at Lantern Software in 2011.")
    assert event_names(a, "career.hire", "patient") == ["Zara Ekwe"]
    assert event_names(a, "career.hire", "organization") == ["Lantern Software"]
    b = run("Tom Idris started work with Harrow Foods as a clerk in 1998.")
    assert event_names(b, "career.hire", "patient") == ["Tom Idris"]
    assert event_names(b, "career.hire", "organization") == ["Harrow Foods"]
    # work on a building started: no one hired
    c = run("Work started at Lantern Park in 2011. Builders started work on the Lantern Software headquarters in 2011.")
    assert typed(c, "career.hire") == []

