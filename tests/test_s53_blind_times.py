"""Session 53: event times from the blind batch -- invented sentences through the real pipeline, with near misses."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def test_a_when_clause_right_after_a_time_is_at_that_time() -> None:
    # the parser hangs "when she stepped down" on "served", not on "last year"
    a = run("Yvette Banda served as president of the council from 2018 until last year, when she stepped down to run for "
            "mayor.", "2024-05-06")
    assert [e.time for e in typed(a, "career.resign")] == ["2023"]


def test_a_when_clause_opening_its_sentence_keeps_its_own_time() -> None:
    a = run("When she stepped down in March, Yvette Banda had served for a decade.", "2024-05-06")
    assert [e.time for e in typed(a, "career.resign")] == ["2024-03"]


def test_the_time_of_a_gerund_after_before_is_the_later_acts() -> None:
    a = run("Emil Lund began his career at the local side Tjeldvik IL before joining Hollinsgate Athletic in January 2022.")
    times = {e.lemma: e.time for e in typed(a, "career.hire")}
    assert times == {"begin": None, "join": "2022-01"}


def test_the_time_of_a_gerund_after_after_dates_the_act_just_after_it() -> None:
    a = run("After graduating in 1961, Ada Kuill took a job as a laboratory assistant at the Norland Ocean Institute.")
    assert [e.time for e in typed(a, "career.hire")] == ["1961"]


def _role_spans(a, name: str) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {f.value: (f.valid_from, f.valid_to) for f in a.facts
            if f.relation == "role" and a.entity(f.subject).name == name and f.value}


def test_running_a_body_does_not_date_a_former_calling() -> None:
    a = run("Gareth Lomax ran the Little Wren Hospice Trust from 2009 until 2020. Lomax is a former army officer.")
    assert _role_spans(a, "Gareth Lomax").get("army officer") == (None, "PAST_REF")


def test_running_a_body_dates_a_former_post_heading_one() -> None:
    a = run("Gareth Lomax, a former chief executive, ran the Little Wren Hospice Trust from 2009 until 2020.")
    assert _role_spans(a, "Gareth Lomax").get("chief executive") == ("2009", "2020")


def test_named_to_replace_someone_is_an_appointment_to_their_post() -> None:
    a = run("Acme named Tom Vale to succeed Ada Kuill as chief executive. Harriet Vale has resigned as housing minister. "
            "The prime minister, Anselm Dewhirst, named Gideon Amadiume-Pryce, a junior minister at the Treasury, to "
            "replace her.")
    rows = [(e.args, e.lemma) for e in typed(a, "career.appoint")]
    named = {g.text for args, lemma in rows if lemma == "name" for g in args if g.role == "patient"}
    assert {"Tom Vale", "Gideon Amadiume-Pryce"} <= named


def test_naming_a_child_to_honour_someone_appoints_no_one() -> None:
    a = run("Mara Quill named her son Felix to honour her father.")
    assert typed(a, "career.appoint") == []
