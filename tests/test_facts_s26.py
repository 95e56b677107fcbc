"""Phrasings found in session 26, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _posts(a, person: str) -> dict[str, tuple[str | None, str | None, str | None]]:  # noqa: ANN001
    """The person's role facts: value -> (body, from, to)."""
    return {f.value: (a.entity(f.object).name if f.object else None, f.valid_from, f.valid_to)
            for f in a.facts if f.relation == "role" and a.entity(f.subject).name == person}


def test_a_post_taken_over_as_another_leaves_the_post_held_undated() -> None:
    # "took over as chief executive": the post taken is the one given, not the finance chief's post she held
    a = run("Ines Vallor, the finance chief of Corrant Mills, took over as chief executive in January.", "2024-05-08")
    assert _posts(a, "Ines Vallor")["finance chief"][1] is None
    # with no post given, "who took over in 2019" still dates the one post the article gives her
    a = run("Ines Vallor, the chief executive of Corrant Foods, who took over in 2019, said on Monday.", "2024-05-08")
    assert _posts(a, "Ines Vallor")["chief executive"] == ("Corrant Foods", "2019", None)


def test_a_post_taken_in_the_present_of_a_timetable_begins_ahead() -> None:
    # "takes over in January" (told in May): the coming January, as "will take over in January"
    a = run("Ines Vallor takes over as chief executive of Corrant Mills in January, the company said.", "2024-05-08")
    (post,) = [e for e in a.events if e.type == "career.appoint"]
    assert post.time == "2025-01"
    a = run("Ines Vallor is stepping down as chief executive of Corrant Mills in March.", "2024-05-08")
    (left,) = [e for e in a.events if e.type == "career.resign"]
    assert left.time == "2025-03"


def _children(a) -> dict[str, tuple[list[str], str | None]]:  # noqa: ANN001
    """family.child events: child -> (parents, time)."""
    out = {}
    for e in a.events:
        if e.type == "family.child":
            names = {g.role: [] for g in e.args}
            for g in e.args:
                if g.entity:
                    names[g.role].append(a.entity(g.entity).name)
            out[names["child"][0]] = (sorted(set(names.get("parent", []))), e.time)
    return out


def test_a_child_that_followed_is_born_to_the_parents_told_just_before() -> None:
    a = run("Oda Varnes married the potter Leif Hamre in 2010. Their daughter, Sunna, arrived in 2012. "
            "A son, Eirik, followed three years later.", "2024-05-08")
    assert _children(a)["Eirik"] == (["Leif Hamre", "Oda Varnes"], "2015")
    a = run("Oda Varnes and Leif Hamre had a daughter, Sunna, in 2012, and a son, Eirik, followed in 2015.", "2024-05-08")
    assert _children(a)["Eirik"] == (["Leif Hamre", "Oda Varnes"], "2015")
    # a son who followed his mother into the trade is no birth in 1990 (his family event, named by kinship, has no time: session 34)
    a = run("Oda Varnes ran the pottery for thirty years. Her son, Eirik, followed her into the business in 1990.", "2024-05-08")
    assert _children(a).get("Eirik", ([], None))[1] is None


def _spouses(a) -> dict[str, tuple[str | None, str | None]]:  # noqa: ANN001
    return {a.entity(f.object).name: (f.valid_from, f.valid_to) for f in a.facts if f.relation == "spouse" and f.object}


def test_a_name_right_after_a_person_noun_is_the_argument_the_parser_hung_elsewhere() -> None:
    # spaCy hangs "Lind" on the verb, not on "architect": the partner is still the architect named
    a = run("Anna Berg was married to the architect Tomas Lind from 2012 until his death in 2019.", "2024-05-08")
    (wed,) = [e for e in a.events if e.type == "life.marry"]
    assert [a.entity(g.entity).name for g in wed.args if g.role == "partner" and g.entity] == ["Tomas Lind"]
    assert _spouses(a)["Tomas Lind"] == ("2012", "2019")


def test_whose_stands_for_the_named_person_the_clause_describes() -> None:
    a = run("Mira Conti, 44, whose divorce from the producer Renato Galli was finalised in July, did not attend.", "2024-05-08")
    (split,) = [e for e in a.events if e.type == "life.divorce"]
    assert sorted(a.entity(g.entity).name for g in split.args if g.entity) == ["Mira Conti", "Renato Galli"]
    assert split.time == "2023-07"
