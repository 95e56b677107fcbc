"""Phrasings found in session 22 (business and culture articles), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _facts(a, relation: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    out = {}
    for f in a.facts:
        if f.relation == relation:
            obj = f.value if relation == "role" else a.entity(f.object).name if f.object and a.entity(f.object) else f.value
            out[(a.entity(f.subject).name, obj)] = (f.valid_from, f.valid_to)
    return out


def test_a_post_held_for_a_stretch_before_becoming_is_not_the_post_taken() -> None:
    a = run("Oriane Castellet became managing director in 2017 after a decade as Pellow Textiles' sales director.", "2024-05-08")
    (appointment,) = [e for e in a.events if e.type == "career.appoint"]
    posts = [g.text for g in appointment.args if g.role == "role"]
    assert posts == ["managing director"]
    roles = _facts(a, "role")
    assert roles[("Oriane Castellet", "managing director")][0] == "2017"
    assert roles[("Oriane Castellet", "sales director")] == ("2007", "2017")  # held for the decade before, not taken then


def test_a_pronoun_subject_of_a_copular_post_holds_it() -> None:
    a = run("Quentin Abernathy-Lowe has been named editor of the Harbour Gazette. He is currently deputy editor of the "
            "Moorland Standard, a regional daily.", "2024-05-08")
    assert ("Quentin Abernathy-Lowe", "deputy editor") in _facts(a, "role")
    assert ("Quentin Abernathy-Lowe", "Moorland Standard") in _facts(a, "employee")


def test_a_non_executive_post_keeps_its_prefix() -> None:
    a = run("Solveig Marchetti-Brun was appointed a non-executive director of Tarrant Shipping in March.", "2024-05-08")
    roles = _facts(a, "role")
    assert ("Solveig Marchetti-Brun", "non-executive director") in roles
    assert ("Solveig Marchetti-Brun", "executive director") not in roles


def test_a_hyphened_modifier_before_a_kind_of_firm_describes_it() -> None:
    a = run("Tarlowe, the battery-recycling start-up set up by two researchers, said on Tuesday that it had raised $12 million.",
            "2024-05-08")
    assert [(e.name, e.type) for e in a.entities if e.name == "Tarlowe"] == [("Tarlowe", "ORG")]


def test_a_leaving_in_a_post_told_with_its_body_leaves_that_body() -> None:
    a = run("Halden Foods said on Monday that its chief operating officer, Marta Ilves, quit in February to join the carmaker "
            "Voltaris. Ilves had run the company's plants since 2015.", "2024-05-08")
    (quit,) = [e for e in a.events if e.type == "career.resign"]
    assert [a.entity(g.entity).name for g in quit.args if g.role == "organization"] == ["Halden Foods"]
    assert _facts(a, "employee")[("Marta Ilves", "Halden Foods")][1] == "2024-02"


def test_a_category_won_for_a_person_is_won_by_that_person() -> None:
    a = run("Harbour Lights, the drama directed by Oskar Veen, won best film on Sunday. The film also won best actress for "
            "Ilse Marchbank, who plays a nurse.", "2024-05-08")
    wins = [e for e in a.events if e.type == "career.win" and any(g.text == "best actress" for g in e.args)]
    (win,) = wins
    assert [a.entity(g.entity).name for g in win.args if g.role == "agent" and g.entity] == ["Ilse Marchbank"]


def test_the_museum_is_the_museum_named_before_whatever_its_type() -> None:
    a = run("Lena Holt was named director of the Bellhaven Museum on Tuesday. The museum laid off 30 staff last year.", "2024-05-08")
    (cuts,) = [e for e in a.events if e.type == "business.layoff"]
    assert [a.entity(g.entity).name for g in cuts.args if g.role == "agent" and g.entity] == ["Bellhaven Museum"]


def test_a_relative_clause_on_an_age_apposition_is_the_named_one() -> None:
    a = run("Brannock Tiles named a new finance chief. Daniel Ashwell, the 44-year-old who has been finance director of the "
            "parcel group Corrin Logistics since 2020, will join in March.", "2024-05-08")
    assert _facts(a, "employee")[("Daniel Ashwell", "Corrin Logistics")][0] == "2020"
    assert ("Daniel Ashwell", "finance director") in _facts(a, "role")


def test_one_hired_to_replace_another_takes_the_post_the_other_left() -> None:
    a = run("Amos Reed stepped down as chief executive on Wednesday, and the haulage company Brask said it had hired Lena "
            "Holt to replace him. Holt will take up the post on November 3.", "2024-05-09")
    assert _facts(a, "role")[("Lena Holt", "chief executive")] == ("2024-11-03", None)


def test_a_haulier_bought_is_a_firm_bought() -> None:
    a = run("Ardley Freight bought the Scottish haulier Kelso Transport in 2008.", "2024-05-08")
    assert [e.type for e in a.events if e.lemma == "buy"] == ["business.acquire"]
