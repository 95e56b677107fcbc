"""Phrasings found in session 25, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def _post(a, person: str, value: str) -> tuple[str | None, str | None]:  # noqa: ANN001
    """The interval of the person's role fact with this value (its employer aside)."""
    (found,) = [(f.valid_from, f.valid_to) for f in a.facts
                if f.relation == "role" and f.value == value and a.entity(f.subject).name == person]
    return found


def test_one_hired_who_will_join_later_holds_the_post_from_then() -> None:
    a = run("Harlow Bank said it had recruited Mina Osei as its chief financial officer. She will join in July.", "2024-05-08")
    assert _post(a, "Mina Osei", "chief financial officer") == ("2024-07", None)
    assert facts_by_pair(a, "employee")[("Mina Osei", "Harlow Bank")] == ("2024-07", None)


def test_a_joining_told_of_the_past_does_not_date_a_new_post() -> None:
    # "who joined in 2015": the bank employed her before; the post given on Monday is not from 2015
    a = run("Harlow Bank named Mina Osei chief executive on Monday. Osei, who joined in 2015, was its finance director.", "2024-05-08")
    assert _post(a, "Mina Osei", "chief executive") == ("2024-05-06", None)
    # joining something else ("the board") is no start of the post given
    a = run("Harlow Bank said it had recruited Mina Osei as its chief financial officer. She will join the board in July.", "2024-05-08")
    assert _post(a, "Mina Osei", "chief financial officer")[0] != "2024-07"


def test_the_society_federation_or_academy_is_the_body_named_x_of_y() -> None:
    # the type noun leads the name ("the Society of X"): "the society" is that body
    a = run("Owen Pryce led the Society of Harrowgate Authors until 2019. The society appointed Mia Lund as chair in 2020.", "2024-05-08")
    (post,) = [e for e in a.events if e.type == "career.appoint"]
    assert [a.entity(g.entity).name for g in post.args if g.role == "agent" and g.entity] == ["Society of Harrowgate Authors"]
    a = run("Owen Pryce led the Federation of Castlemere Builders until 2019. The federation dismissed Mia Lund in 2020.", "2024-05-08")
    (fired,) = [e for e in a.events if e.type == "career.fire"]
    assert [a.entity(g.entity).name for g in fired.args if g.role == "organization" and g.entity] == ["Federation of Castlemere Builders"]


def test_it_that_sued_is_the_company_in_view() -> None:
    a = run("Harlow Audio employs about 2,300 people. It sued Tivaro Labs in 2019.", "2024-05-08")
    (suit,) = [e for e in a.events if e.type == "legal.sue"]
    assert [a.entity(g.entity).name for g in suit.args if g.role == "agent" and g.entity] == ["Harlow Audio"]


def test_the_marriage_that_ended_in_divorce_is_the_one_just_told() -> None:
    a = run("Eudora Blakely married the painter Hugh Dorrance in Paris in 1962. The marriage ended in divorce in 1970.", "2024-05-08")
    assert [(e.time, _names(a, e)) for e in a.events if e.type == "life.divorce"] == [
        ("1970", {"agent": "Eudora Blakely", "partner": "Hugh Dorrance"})]
    # a wedding told further back is not "the marriage" (and "their marriage" is left to its own words)
    a = run("Eudora Blakely married Hugh Dorrance in 1962. She moved to Paris in 1965 and toured widely. The band broke up in "
            "1968. The marriage ended in divorce in 1970.", "2024-05-08")
    assert [e for e in a.events if e.type == "life.divorce"] == []


def _names(a, event) -> dict[str, str]:  # noqa: ANN001
    return {x.role: a.entity(x.entity).name for x in event.args if x.entity}


def test_gave_birth_with_her_husband_names_the_other_parent() -> None:
    a = run("Lena Marsh gave birth to a son, Teo, with her husband, the drummer Nils Amar, in 2019.", "2024-05-08")
    assert facts_by_pair(a, "parent") == {("Lena Marsh", "Teo"): ("2019", None), ("Nils Amar", "Teo"): ("2019", None)}
    a = run("Lena Marsh gave birth to a son, Teo, with the help of a midwife in 2019.", "2024-05-08")
    assert facts_by_pair(a, "parent") == {("Lena Marsh", "Teo"): ("2019", None)}
