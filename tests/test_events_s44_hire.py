"""Session 44 (HIRE): hirings and appointments found from paraphrase probes -- the giver of a post named by "by" after
the post ("was appointed ambassador to Peru by President X": the parser hangs "by" on the post), the "as" phrase of a
move hung on the body's name ("returned to X as manager, ten years after ...": the verb's, so the post is told), and a
list of people hired where the recognizer took one name for a body's ("hired A, B and C"); as small invented articles
through the real pipeline, each with a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names, jobs, named_args, typed


def test_the_giver_of_a_post_named_by_by_after_the_post() -> None:
    a = run("Envoy\n\nKatrin Oduya was appointed ambassador to Peru by President Anselm Trive on Friday.")
    assert_event(a, "career.appoint", {"patient": "Katrin Oduya", "agent": "Anselm Trive"})
    b = run("Police\n\nSergeant Idris Pallow was promoted to inspector by Hallam Constabulary in 2023.")
    assert_event(b, "career.appoint", {"patient": "Idris Pallow", "agent": "Hallam Constabulary", "role": "inspector"})
    c = run("Bank\n\nMei Lindqvist was appointed finance director by Corvane Bank last week.")
    assert_event(c, "career.appoint", {"patient": "Mei Lindqvist", "agent": "Corvane Bank", "role": "finance director"})
    # ... a "by" inside a phrase of its own on the post ("a panel set up by X"): not the appointment's giver
    d = run("Panel\n\nMei Lindqvist was appointed head of a panel set up by Corvane Bank last week.")
    assert "Corvane Bank" not in event_names(d, "career.appoint", "agent")


def test_the_as_phrase_of_a_move_hung_on_the_body() -> None:
    a = run("Return\n\nGunnar Solheim has returned to Brakefield Town as manager, ten years after leaving the club.")
    assert_event(a, "career.appoint", {"patient": "Gunnar Solheim", "organization": "Brakefield Town", "role": "manager"})
    assert not [e for e in typed(a, "career.hire") if e.lemma == "return"]
    # ... "as" after a name that is a person's, not a body: a comparison, nothing moved to
    b = run("Return\n\nGunnar Solheim has returned to Brakefield Town, ten years after leaving the club.")
    assert not typed(b, "career.appoint")


def test_a_list_of_people_hired_with_one_name_taken_for_a_bodys() -> None:
    a = run("Hires\n\nTressel Robotics has hired Suvi Marjanen, Olusegun Adair and Pia Fenwick.")
    hired = {row.get("patient") for row in named_args(a, "career.hire")}
    assert {"Suvi Marjanen", "Olusegun Adair", "Pia Fenwick"} <= hired
    assert set(event_names(a, "career.hire", "agent")) == {"Tressel Robotics"}
    # ... a firm hired with no people listed beside it: still no hiring of a body
    b = run("Lawyers\n\nTressel Robotics has hired the law firm Kettle Marsh to fight the claim.")
    assert not typed(b, "career.hire")


def test_the_body_whose_recruit_a_name_is() -> None:
    a = run("Debut\n\nCarrow Athletic's new recruit Tobi Henshaw scored on Saturday.")
    assert_event(a, "career.hire", {"patient": "Tobi Henshaw", "agent": "Carrow Athletic"})
    # ... a pronoun's recruit: the one hired, no body named
    b = run("Debut\n\nHis new recruit Tobi Henshaw scored on Saturday.")
    assert event_names(b, "career.hire", "agent") == [None]


def test_a_body_that_drafts_a_player_is_a_team() -> None:
    a = run("Draft\n\nOwen Brisco was drafted by the Marston Herons in 2020.")
    assert jobs(a, "Owen Brisco", "member") == {"Marston Herons": ("2020", None)}
    assert jobs(a, "Owen Brisco") == {}
    # ... a firm that hires someone stays an employer
    b = run("Hire\n\nOwen Brisco was hired by Tallis Kestrel Partners in 2020.")
    assert "Tallis Kestrel Partners" in jobs(b, "Owen Brisco")
