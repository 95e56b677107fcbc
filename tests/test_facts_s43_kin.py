"""Session 43: children, parents and ages, from invented paraphrase probes -- a child told with "who was born in 1999"
dates the parent fact; "a younger son, X" is a sibling of the child told just before; "the marriage produced a
daughter, X" is a child of the couple married; "He is 44 and has ..." and "X, who died on Monday aged 83," give ages --
as small invented articles through the real pipeline, with the near misses they must keep."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import facts_by_pair


def child_events(a: Analysis) -> set[tuple[str, str]]:
    """(parent name, child name) of each family.child event's parents and child entities."""
    out = set()
    for e in a.events:
        if e.type == "family.child":
            names = {g.role: [a.entity(x.entity).name for x in e.args if x.role == g.role and x.entity] for g in e.args}
            out.update((p, c) for p in names.get("parent", []) for c in names.get("child", []))
    return out

SON_BORN = ("Senator's family\n\n"
            "The senator Ruth Calloway has a son, Benjamin, who was born in 1999.")

SON_NAMED = ("Senator's family\n\n"
             "The senator Ruth Calloway has a son, Benjamin, who was named after her father in 1999.")


def test_a_child_told_with_a_relative_clause_of_birth_dates_the_parenthood() -> None:
    assert facts_by_pair(run(SON_BORN), "parent").get(("Ruth Calloway", "Benjamin")) == ("1999", None)


def test_another_relative_clause_dates_no_parenthood() -> None:
    # (the year of the naming is no birth told)
    assert facts_by_pair(run(SON_NAMED), "parent").get(("Ruth Calloway", "Benjamin")) == (None, None)


SIBLINGS = ("Family firm\n\n"
            "The founder, Arthur Penrose, died in 2019. His elder son, Giles Penrose, runs the company; a younger son, "
            "Rufus, is a vet.")

NO_SIBLING_TOLD = ("Village show\n\n"
                   "The founder, Arthur Penrose, opened the show in 2019. A younger son, Rufus, is a vet.")

HALF_SIBLING = ("Painter dies\n\n"
                "The painter Teodoro Alvar married Marguerite Colle in 1975. Alvar is survived by their son, Matias, and "
                "by a daughter from his first marriage, Carmen Alvar.")


def test_a_son_with_a_names_a_sibling_of_the_child_told_before() -> None:
    a = run(SIBLINGS)
    assert ("Arthur Penrose", "Rufus") in facts_by_pair(a, "parent")
    assert ("Arthur Penrose", "Rufus") in child_events(a)


def test_with_no_child_told_before_a_son_has_no_parent() -> None:
    assert not facts_by_pair(run(NO_SIBLING_TOLD), "parent")


def test_a_child_from_another_marriage_is_not_the_stepmothers() -> None:
    parents = facts_by_pair(run(HALF_SIBLING), "parent")
    assert ("Teodoro Alvar", "Carmen Alvar") in parents
    assert ("Marguerite Colle", "Carmen Alvar") not in parents


MARRIAGE_PRODUCED = ("Dancer dies\n\n"
                     "In 1980 the dancer Ilse Fenn married the painter Hugo Brandauer. The marriage produced a "
                     "daughter, Clara, in 1983.")

PARTNERSHIP_PRODUCED = ("Studio closes\n\n"
                        "The studio's partnership produced a daughter, Clara, in 1983, its founders joked.")


def test_a_child_the_marriage_produced_is_the_couples() -> None:
    parents = facts_by_pair(run(MARRIAGE_PRODUCED), "parent")
    assert parents.get(("Ilse Fenn", "Clara")) == ("1983", None)
    assert parents.get(("Hugo Brandauer", "Clara")) == ("1983", None)


def test_with_no_marriage_told_no_couple_is_a_parent() -> None:
    assert not facts_by_pair(run(PARTNERSHIP_PRODUCED), "parent")


COORDINATED_AGE = ("New coach\n\n"
                   "Kaspar Lind was appointed coach on Monday. He is 44 and has never managed a club.")

POINTS_CLEAR = ("League\n\n"
                "Kaspar Lind was appointed coach on Monday. His side is 12 points clear and has won six in a row.")

RELATIVE_DEATH = ("Tributes\n\n"
                  "Harriet Quill, who died on Friday aged 83, is survived by her sons, Edwin and Rupert.")


def test_an_age_with_a_second_clause_is_an_age() -> None:
    assert ("Kaspar Lind", "44") in facts_by_pair(run(COORDINATED_AGE), "age")


def test_a_number_of_something_else_is_no_age() -> None:
    assert not facts_by_pair(run(POINTS_CLEAR), "age")


def test_a_relative_clause_of_dying_gives_the_age() -> None:
    a = run(RELATIVE_DEATH)
    assert ("Harriet Quill", "83") in facts_by_pair(a, "age")
    assert ("Harriet Quill", "1940") in facts_by_pair(a, "birth_year")
