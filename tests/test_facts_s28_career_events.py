"""Career events (hirings, appointments, leavings, dismissals, retirements, elections) whose phrasings recur across the
development articles (session 28), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, facts_by_pair, typed


def test_leaving_to_take_a_post_at_a_company_is_a_hiring_by_it() -> None:
    # "quit to become chief financial officer of the insurer Y": Y hires, as "left X for Y" (no appointment)
    a = run("Lena Ortiz, the bank's head of risk, quit in March to become chief financial officer of the insurer Garland Mutual.",
            "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Lena Ortiz", "organization": "Garland Mutual", "role": "chief financial officer"})
    assert [e.time for e in typed(a, "career.hire")] == ["2024-03"]
    assert not typed(a, "career.appoint")
    assert_event(a, "career.resign", {"agent": "Lena Ortiz"})
    # the relative clause, an adverbial "to become", a future leaving
    b = run("The dean, Piet Varn, who is leaving in the autumn to become managing director of the charity Oakfield Trust, "
            "declined to comment.", "2024-05-08")
    assert_event(b, "career.hire", {"patient": "Piet Varn", "organization": "Oakfield Trust", "role": "managing director"})
    assert not any(g.role == "organization" and g.text == "Oakfield Trust" for e in typed(b, "career.resign") for g in e.args)
    # a company not named ("a rival") is a hiring too, with the post only
    c = run("Mara Quell, who left in July to become chief executive of a rival, was not replaced.", "2024-05-08")
    assert_event(c, "career.hire", {"patient": "Mara Quell", "role": "chief executive"})


def test_leaving_to_coach_a_club_is_a_hiring_by_the_club_not_a_body_left() -> None:
    a = run("Bristane was appointed in 2023 in succession to Henrik Sollberg, who left to coach the Danish club Ostervik Rangers.",
            "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Henrik Sollberg", "organization": "Ostervik Rangers"})
    assert not any(g.role == "organization" and g.text == "Ostervik Rangers" for e in typed(a, "career.resign") for g in e.args)
    b = run("Tomas Wendt quit in 2019 to manage the football club Redford Town.", "2024-05-08")
    assert_event(b, "career.hire", {"patient": "Tomas Wendt", "organization": "Redford Town"})
    pair = next((k for k in facts_by_pair(b, "member") if k == ("Tomas Wendt", "Redford Town")), None) \
        or ("Tomas Wendt", "Redford Town")
    joined = facts_by_pair(b, "member").get(pair) or facts_by_pair(b, "employee").get(pair)
    assert joined is not None and joined[1] is None  # the body joined is not ended by the leaving


def test_leaving_to_take_a_post_with_no_company_stays_an_appointment() -> None:
    a = run("Miriam Holt left parliament in April to become ambassador to Norway.", "2024-05-08")
    assert not typed(a, "career.hire")
