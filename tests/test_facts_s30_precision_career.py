"""Session 30, third round: false positives of hirings and appointments, each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _recruits(a) -> list[tuple[str, list[tuple[str, str]]]]:  # noqa: ANN001
    return [(e.type, [(g.role, g.text) for g in e.args]) for e in a.events if e.type in ("career.hire", "career.appoint")]


def test_a_recruit_told_only_by_an_indefinite_description_is_no_hiring() -> None:
    # "hired a senior sales executive", "named a new finance chief": no one named takes the post
    for text in ("Harwick Bank named a new finance chief on Monday.",
                 "Dorna Ltd has hired a senior sales executive from its rival Pellow.",
                 "Ada Pym has hired a family lawyer, friends said.",
                 "The prime minister, Tomas Weir, fired his defence minister and named a 42-year-old former lawyer to run "
                 "the treasury on Friday."):
        assert _recruits(run(text, "2024-05-08")) == [], text


def test_a_recruit_named_in_apposition_or_planned_is_kept() -> None:
    a = run("Dorna Ltd hired a new coach, Ben Tull, in March.", "2024-05-08")
    assert [(e.time, [g.text for g in e.args if g.role == "patient"]) for e in typed(a, "career.hire")] == [("2024-03", ["Ben Tull"])]
    b = run("Harwick Bank named Jo Kent as its new finance chief on Monday.", "2024-05-08")
    assert [[g.text for g in e.args if g.role == "patient"] for e in typed(b, "career.appoint")] == [["Jo Kent"]]
    c = run("Dorna Ltd plans to hire a new coach next year.", "2024-05-08")
    assert [e.modality for e in typed(c, "career.hire")] == ["planned"]


def test_the_unnamed_appointment_still_dates_the_named_moves_of_its_story() -> None:
    # dropped only after its day has dated the appointments told after it
    a = run("The prime minister, Tomas Weir, fired his defence minister and named a former lawyer to run the treasury on "
            "Wednesday. In a further surprise, Weir appointed Lena Hollis, who joined the party in June, as deputy prime "
            "minister.", "2024-05-10")
    assert [(e.time, [g.text for g in e.args if g.role == "patient"]) for e in typed(a, "career.appoint")] == \
        [("2024-05-08", ["Lena Hollis"])]


def test_naming_a_thing_after_someone_is_no_appointment() -> None:
    for text in ("Mara Quist, the dean of Harlow College, said the college was proud and would name a new sports hall "
                 "after the prize's winner.",
                 "Harlow College will name a new library after its founder."):
        assert _recruits(run(text, "2024-05-08")) == [], text
    # an appointment followed by an "after" phrase of its own stays one
    a = run("Harlow Clinic named Ida Marsh as director after a year of losses.", "2024-05-08")
    assert [[g.text for g in e.args if g.role == "patient"] for e in typed(a, "career.appoint")] == [["Ida Marsh"]]


def test_a_new_contract_is_no_hiring() -> None:
    # the README: a contract extension is neither a hiring nor an appointment
    for text in ("Jo Kent signed a new two-year contract with Harlow FC on Friday.",
                 "The band will sign a new management deal with Pell Artists in January, its manager said."):
        assert _recruits(run(text, "2024-05-08")) == [], text
    # a first contract stays a hiring, whoever signs
    for text in ("Jo Kent signed a two-year contract with Harlow FC on Friday.",
                 "Harlow FC signed Jo Kent on a three-year contract in June."):
        assert [[g.text for g in e.args if g.role == "patient"] for e in typed(run(text, "2024-05-08"), "career.hire")] \
            == [["Jo Kent"]], text
