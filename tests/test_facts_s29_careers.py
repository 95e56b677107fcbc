"""Career events (hirings, appointments, leavings) whose phrasings recur across the development articles (session 29),
each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, typed


def _resigned(a, person: str) -> list:
    return [e for e in typed(a, "career.resign") if any(g.role == "agent" and g.text == person for g in e.args)]


def test_leaving_to_take_up_a_calling_is_leaving_a_job() -> None:
    a = run("She replaces Fergus Mallin, who left in July after two years in the post to found his own start-up.", "2024-05-08")
    assert [e.time for e in _resigned(a, "Fergus Mallin")] == ["2023-07"]
    band = "The Leeds band Hollow Lanterns will tour in May. Hollow Lanterns formed in 2011, and Hollow Lanterns play tonight. "
    b = run(band + "By then the bassist, Tam Pinner, had left to train as a nurse.", "2024-05-08")
    assert_event(b, "career.resign", {"agent": "Tam Pinner", "organization": "Hollow Lanterns"})
    # the body the coordinated verb names after "at" is the one left; two people leaving are two leavings
    c = run("Mira Holt and Tom Verr met as junior associates at the law firm Dunmore Legal LLP and left together in the spring "
            "of 2022 to build their own company.", "2024-05-08")
    for person in ("Mira Holt", "Tom Verr"):
        assert_event(c, "career.resign", {"agent": person, "organization": "Dunmore Legal LLP"})
        assert [e.time for e in _resigned(c, person)] == ["2022-SP"]


def test_leaving_a_place_or_for_an_errand_is_no_resignation() -> None:
    for text in ("Anna Berg left Paris in 2010 to study in London.", "Anna Berg left early to catch a train.",
                 "The defeat left Anna Berg to fend for herself."):
        assert not _resigned(run(text, "2024-05-08"), "Anna Berg"), text


def test_founders_leaving_to_build_their_company_end_no_post_there() -> None:
    a = run("Quillbox raised money on Monday. Quillbox's co-founders, Mira Holt and Tom Verr, met at university. Tom Verr left "
            "in the spring of 2022 to build it. Quillbox grew fast, and Quillbox hired staff.", "2024-05-08")
    assert not _resigned(a, "Tom Verr")
    # a co-founder leaving for another calling leaves the body in view
    b = run("Quillbox raised money on Monday. Quillbox's co-founders, Mira Holt and Tom Verr, met at university. Tom Verr left "
            "in the spring of 2022 to teach physics. Quillbox grew fast, and Quillbox hired staff.", "2024-05-08")
    assert_event(b, "career.resign", {"agent": "Tom Verr", "organization": "Quillbox"})


def test_a_post_holder_taking_over_a_team_or_a_body_is_appointed() -> None:
    a = run("Valdrenia's head coach, Lukas Arnberg, who took over the programme in January 2023, said the results were good.",
            "2024-05-08")
    assert_event(a, "career.appoint", {"patient": "Lukas Arnberg", "role": "head coach"})
    assert [e.time for e in typed(a, "career.appoint")] == ["2023-01"]
    assert not typed(a, "business.acquire")
    b = run("The play is directed by the theatre's artistic director, Juno Pethwick, who took over the Weyland in 2022.", "2024-05-08")
    assert_event(b, "career.appoint", {"patient": "Juno Pethwick", "role": "artistic director"})
    assert not typed(b, "business.acquire")
    c = run("Anna Kelby took over the newsroom in March after Tom Fry left.", "2024-05-08")
    assert_event(c, "career.appoint", {"patient": "Anna Kelby"})


def test_taking_over_a_business_stays_a_purchase() -> None:
    a = run("The businessman Tom Fry took over Redby Rovers in 2019.", "2024-05-08")
    assert typed(a, "business.acquire") and not typed(a, "career.appoint")
    b = run("Tom Fry took over the company from his father in 1988.", "2024-05-08")
    assert not typed(b, "career.appoint")
