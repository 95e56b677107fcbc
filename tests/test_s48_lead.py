"""Session 48 (lead): short plain sentences of the paraphrase kind -- "Kelbrook Town sacked manager X on Saturday, three
months after he signed ...", "Harrow Vale FC sacked manager X", "X left Tamsin Games in 2021", "A and B met ... They
married", "Its founder, X, left a year later" -- as small invented articles through the real pipeline, with near misses."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args, typed

DCT = "2025-03-14"


def _fires(a: object) -> list[tuple[str | None, str | None]]:
    return [(f.get("agent"), f.get("patient")) for f in named_args(a, "career.fire")]


def test_a_club_of_several_words_sacking_its_titled_manager_fires_him() -> None:
    a = run("Ostmarch City FC sacked manager Corin Vellacott on Sunday.", DCT)
    assert _fires(a) == [("Ostmarch City FC", "Corin Vellacott")]
    assert [f.time for f in typed(a, "career.fire")] == ["2025-03-09"]


def test_a_sacking_before_a_clause_of_time_is_the_main_clause() -> None:
    a = run("Kelbrook Town sacked manager Aron Lisle on Saturday, three months after he signed a new contract.", "2024-11-20")
    assert _fires(a) == [("Kelbrook Town", "Aron Lisle")]
    assert [f.time for f in typed(a, "career.fire")] == ["2024-11-16"]


def test_a_title_before_a_name_with_no_verb_to_take_it_fires_no_one() -> None:
    a = run("Kelbrook Town manager Aron Lisle was in the stands on Saturday.", DCT)
    assert not typed(a, "career.fire")


def test_a_firm_named_for_games_is_a_body_left() -> None:
    a = run("Ivo Sallenby left Tamsin Games in 2021. He joined Brockwell Studios a year later as creative director.", DCT)
    assert [(r.get("agent"), r.get("organization")) for r in named_args(a, "career.resign")] == [("Ivo Sallenby", "Tamsin Games")]
    assert {e.name: e.type for e in a.entities}["Tamsin Games"] == "ORG"


def test_games_told_with_the_article_stay_a_sporting_event() -> None:
    a = run("Ivo Sallenby won silver at the Carrowmere Games in 2022.", DCT)
    assert {e.name: e.type for e in a.entities}.get("Carrowmere Games") == "EVENT"


def test_a_pair_who_met_are_people_and_their_plural_pronoun_marries_them() -> None:
    a = run("Ilka Marrow and Tobin Essery met at Durham in 2011. They married in 2016 and divorced last year.", DCT)
    types = {e.name: e.type for e in a.entities}
    assert types["Ilka Marrow"] == types["Tobin Essery"] == "PERSON"
    assert [{m.get("agent"), m.get("partner")} for m in named_args(a, "life.marry")] == [{"Ilka Marrow", "Tobin Essery"}]
    marriages = typed(a, "life.marry")
    assert [m.time for m in marriages] == ["2016"]
    assert [d.time for d in typed(a, "life.divorce")] == ["2024"]


def test_a_founder_told_by_the_body_s_pronoun_who_left_resigned_from_it() -> None:
    a = run("Harlon Kitchens was sold to Avenmore Group in 2021. Its founder, Dev Rastogi, left a year later.", DCT)
    assert [r.get("agent") for r in named_args(a, "career.resign")] == ["Dev Rastogi"]
    resigns = typed(a, "career.resign")
    assert [r.time for r in resigns] == ["2022"]
    assert [r.get("organization") for r in named_args(a, "career.resign")] == ["Harlon Kitchens"]


def test_a_founder_who_left_the_room_resigned_nothing() -> None:
    a = run("Harlon Kitchens was sold to Avenmore Group in 2021. Its founder, Dev Rastogi, left early on the day of the sale.", DCT)
    assert not typed(a, "career.resign")


def test_a_name_ner_took_for_a_body_in_a_list_of_people_is_a_person() -> None:
    a = run("Tarnwick Labs has hired three engineers: Mira Osei, Olusegun Adair and Pella Vance.", DCT)
    assert {e.name: e.type for e in a.entities}["Olusegun Adair"] == "PERSON"
    assert sorted(h.get("patient") or "" for h in named_args(a, "career.hire")) == ["Mira Osei", "Olusegun Adair", "Pella Vance"]


def test_people_listed_after_a_plural_post_hold_that_post() -> None:
    a = run("Tarnwick Labs has hired three engineers: Mira Osei, Olusegun Adair and Pella Vance.", DCT)
    roles = {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role"}
    assert roles == {("Mira Osei", "engineer"), ("Olusegun Adair", "engineer"), ("Pella Vance", "engineer")}


def test_people_listed_after_a_plural_with_words_between_hold_no_post_of_it() -> None:
    a = run("Two researchers from her team in Leeds, the radiologist Mira Osei and the chemist Pella Vance, will join in May.", DCT)
    roles = {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role"}
    assert ("Mira Osei", "researcher") not in roles and ("Pella Vance", "researcher") not in roles


def test_an_event_told_with_will_is_speculative_yet_its_post_is_held_from_the_date() -> None:
    a = run("Orla Penhaligon will join Castwick Bank as chief executive on June 2.", DCT)
    assert [e.certainty for e in typed(a, "career.hire")] == ["speculative"]
    jobs = {(a.entity(f.subject).name, a.entity(f.object).name): f.valid_from for f in a.facts if f.relation == "employee"}
    assert jobs == {("Orla Penhaligon", "Castwick Bank"): "2025-06-02"}  # a start the article announces, held from its date


def test_a_retirement_told_ahead_is_speculative_and_a_past_one_asserted() -> None:
    a = run("Hal Trevenna, the Corrow Athletic captain, will retire at the end of the season.", DCT)
    assert [e.certainty for e in typed(a, "career.retire")] == ["speculative"]
    b = run("Hal Trevenna, the Corrow Athletic captain, retired at the end of last season.", DCT)
    assert [e.certainty for e in typed(b, "career.retire")] == ["asserted"]


def test_arrangements_ahead_are_speculative() -> None:
    a = run("Sir Brannoc Hale, who is retiring in the summer, founded the clinic in 1990.", DCT)
    assert [e.certainty for e in typed(a, "career.retire")] == ["speculative"]
    b = run("Talvi Orsk is due to release her fifth album, Salt Year, in May.", DCT)
    assert [e.certainty for e in typed(b, "career.release")] == ["speculative"]
    c = run("Wenna Pryce is set to become finance commissioner.", DCT)
    assert [e.certainty for e in typed(c, "career.appoint")] == ["speculative"]


def test_a_progressive_of_the_present_day_is_no_plan() -> None:
    a = run("Sir Brannoc Hale is retiring today after 30 years at the clinic.", DCT)
    assert [e.certainty for e in typed(a, "career.retire")] == ["asserted"]


def test_giving_up_a_job_is_a_resignation_and_giving_up_a_habit_is_none() -> None:
    a = run("The translator Felix Brannock gave up his job at a Harlow bank in 2009 to look after their twins.", DCT)
    assert [r.get("agent") for r in named_args(a, "career.resign")] == ["Felix Brannock"]
    assert [r.time for r in typed(a, "career.resign")] == ["2009"]
    roles = {(a.entity(f.subject).name, f.value): f.valid_to for f in a.facts if f.relation == "role"}
    assert roles.get(("Felix Brannock", "translator"), "missing") is None  # the bank job ends, not his calling
    assert not any(a.entity(f.object).name.startswith("Harlow") for f in a.facts if f.relation == "employee" and f.object)
    b = run("Felix Brannock gave up chocolate for Lent in 2009.", DCT)
    assert not typed(b, "career.resign")


def test_relinquishing_a_chairmanship_is_a_resignation() -> None:
    a = run("Tomas Hale relinquished the chairmanship of Harlow Mills in 2019.", DCT)
    assert [e.time for e in typed(a, "career.resign")] == ["2019"]
