"""Phrasings found in session 22 (science, obituaries, products), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _types(a) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def test_naming_someone_to_a_post_names_no_body() -> None:
    # "the institute named X as director": a post given to a person, not a new name for the institute
    a = run("On Friday the institute named Chiamaka Oyelaran-Voss, a marine biologist who led the survey, as director "
            "of its new Tidal Research Station.", "2023-06-12")
    assert _types(a).get("Chiamaka Oyelaran-Voss") == "PERSON"


def test_a_university_team_is_no_sports_team() -> None:
    # "the Brackenfield team" of researchers: whoever joined the university is its employee, not a club's member
    a = run("Rocks from the crater puzzle Brackenfield team. The geologist Imogen Tsvetkova joined Brackenfield "
            "University in 2011 from the Orlov Mining School.", "2023-06-12")
    names = {e.id: e.name for e in a.entities}
    rels = {(f.relation, names.get(f.object)) for f in a.facts if names.get(f.subject) == "Imogen Tsvetkova"}
    assert ("employee", "Brackenfield University") in rels
    assert ("member", "Brackenfield University") not in rels


def test_a_degree_earned_is_no_prize() -> None:
    a = run("Pavlo Hrytsenko earned his doctorate at the Lviv Polytechnic in 1979 and won the Verkhovyna Medal in 1998.",
            "2023-06-12")
    wins = [e for e in a.events if e.type == "career.win"]
    assert [e.time for e in wins] == ["1998"]


def test_a_child_named_in_an_obituary_is_a_family_child_event() -> None:
    a = run("Rasmus Thorgeirsson, the glass artist, died on Sunday in Bergen. He was 79. His daughter, Sigrun "
            "Thorgeirsson, said he had been ill for some months.", "2022-10-05")
    names = {e.id: e.name for e in a.entities}
    kids = [{g.role: names.get(g.entity) for g in e.args} for e in a.events if e.type == "family.child"]
    assert {"parent": "Rasmus Thorgeirsson", "child": "Sigrun Thorgeirsson"} in kids


def test_a_living_persons_child_quoted_is_no_birth_event() -> None:
    a = run("His daughter, Sigrun Thorgeirsson, said the gallery would reopen in May.", "2022-10-05")
    assert not [e for e in a.events if e.type == "family.child"]


def test_a_person_of_a_university_is_two_names() -> None:
    # the recognizer reads "Tomasz Wielgosz of Brno University" as one organisation
    a = run("A survey led by the hydrologist Tomasz Wielgosz of Brno University found that the wells were drying.",
            "2022-10-05")
    types = _types(a)
    assert types.get("Tomasz Wielgosz") == "PERSON" and types.get("Brno University") == "ORG"


def test_a_post_in_a_unit_of_a_body_is_a_post_of_that_body() -> None:
    a = run("Ines Marchetti joined Corvale University in 2009. She was appointed head of the university's "
            "volcanology unit in 2017.", "2024-01-01")
    names = {e.id: e.name for e in a.entities}
    (appoint,) = [e for e in a.events if e.type == "career.appoint"]
    assert [names.get(g.entity) for g in appoint.args if g.role == "organization"] == ["Corvale University"]


def test_the_body_left_fires_when_no_one_else_is_said_to() -> None:
    a = run("Petra Lindvall, the head of sales at Norvane Audio, was fired in May after a row over pricing, two "
            "people said.", "2023-11-08")
    names = {e.id: e.name for e in a.entities}
    (fire,) = [e for e in a.events if e.type == "career.fire"]
    assert [names.get(g.entity) for g in fire.args if g.role == "agent"] == ["Norvane Audio"]


def test_a_second_place_in_a_verbless_conjunct_is_a_second_launch() -> None:
    a = run("Vellora Foods, the Turin snack maker, launched its oat bar in Canada in 2017 and in Japan two years later.",
            "2022-05-26")
    names = {e.id: e.name for e in a.entities}
    launches = {(e.time, names.get(next((g.entity for g in e.args if g.role == "place"), None)))
                for e in a.events if e.type == "business.launch"}
    assert launches == {("2017", "Canada"), ("2019", "Japan")}


def test_a_sum_in_pounds_or_euros_donated_is_an_investment() -> None:
    a = run("The Marrick Trust donated 3 million pounds to Ostley College in 2020.", "2024-01-01")
    names = {e.id: e.name for e in a.entities}
    (gift,) = [e for e in a.events if e.type == "business.invest"]
    assert {g.role: names.get(g.entity) for g in gift.args if g.entity} == {"agent": "Marrick Trust", "target": "Ostley College"}
    assert gift.time == "2020"


def test_a_study_led_by_someone_is_published_by_them() -> None:
    a = run("On Monday a study led by the ecologist Marta Villanueva-Shaw was published in the journal Wetland Science.",
            "2024-09-19")
    names = {e.id: e.name for e in a.entities}
    (pub,) = [e for e in a.events if e.type == "report.publish"]
    assert [names.get(g.entity) for g in pub.args if g.role == "agent"] == ["Marta Villanueva-Shaw"]


def test_leading_a_unit_of_a_body_is_working_for_it() -> None:
    a = run("Pella Orrin, who leads the Dunmore Institute's climate group, said the data were sound.", "2024-01-01")
    names = {e.id: e.name for e in a.entities}
    assert ("employee", "Pella Orrin", "Dunmore Institute") in {(f.relation, names.get(f.subject), names.get(f.object))
                                                                for f in a.facts}
