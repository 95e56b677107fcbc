"""Session 39: parents and children -- births told in a gapped second clause, a birth "had" on a date, and a child
named only after the family event that told of it -- as small invented articles through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names, facts_by_pair, typed


def _born(a, child: str) -> list[str | None]:
    return [e.time for e in typed(a, "family.child") if any(
        g.role == "child" and g.entity and a.entity(g.entity).name == child for g in e.args)]


def test_a_second_birth_told_without_its_verb_has_its_own_time() -> None:
    # "their daughter, X, was born in 1984 and their son, Y, in 1988": Y's birth is the same verb at the second time
    a = run("Novelist wins prize\nInes Garro won the Ardent Prize on Tuesday. She married the sculptor Tomas Ibar in 1982; "
            "their daughter, Nerea, was born in 1984 and their son, Aitor, in 1988. Aitor now teaches in Bilbao.")
    assert facts_by_pair(a, "parent")[("Ines Garro", "Aitor")] == ("1988", None)
    assert facts_by_pair(a, "parent")[("Tomas Ibar", "Aitor")] == ("1988", None)
    assert _born(a, "Aitor") == ["1988"]
    assert _born(a, "Nerea") == ["1984"]
    # ... with "had" and an object: "had a daughter, X, in 1984 and a son, Y, in 1988"
    b = run("Piet Dekker married Annelies Vos in 2008. Vos had a daughter, Femke, in 2010 and a son, Joris, in 2013.")
    assert facts_by_pair(b, "parent")[("Annelies Vos", "Joris")] == ("2013", None)
    assert _born(b, "Joris") == ["2013"]
    # ... a passive subject replaced only by a person of the same kind: no one else appointed in "Acme's chief"
    c = run("Sara Holm was appointed in 2001 and Tom Ness in 2005.")
    assert sorted(n for n in event_names(c, "career.appoint", "patient") if n) == ["Sara Holm", "Tom Ness"]


def test_a_child_had_on_a_date_is_a_birth() -> None:
    # "had a son in 2012", "had twins last year": a birth, though no child is named (not "had two sons", a count)
    a = run("Rosa Mendel and Ivo Mendel had a son in 2012.")
    assert_event(a, "family.child", {"parent": "Ivo Mendel", "child": "a son"})
    assert [e.time for e in typed(a, "family.child")] == ["2012"]
    b = run("Clara Holt had twins in 2019.")
    assert [e.time for e in typed(b, "family.child")] == ["2019"]
    assert not typed(run("Ada Rowe had two sons in the 1990s."), "family.child")
    assert not typed(run("Ada Rowe had a son."), "family.child")
    assert not typed(run("Ada Rowe had a meeting in 2012."), "family.child")


def test_a_child_named_after_the_birth_told_before_is_its_child() -> None:
    # "had a son in 2012. ... Their son, Leo, now 11": the son of that birth, born then
    a = run("Potters share award\nThe potters Rosa Mendel and Ivo Mendel won the Crafts Council award on Tuesday. The couple "
            "married in 2009 and had a son in 2012. Their son, Leo, now 11, paints the glazes. \"He has a better eye than "
            "either of us,\" Rosa Mendel said.")
    assert facts_by_pair(a, "parent")[("Rosa Mendel", "Leo")] == ("2012", None)
    assert _born(a, "Leo") == ["2012"]
    assert [e for e in typed(a, "family.child") if not any(g.role == "child" and g.entity for g in e.args)] == []
    # "gave birth to twins in March. The children, A and B, ...": each is a child of that birth
    b = run("Twins for the heiress\nClarissa Harrowgate, 36, gave birth to twins in March, her spokesman said on Monday. "
            "The children, Rufus and Philippa, are her first. \"Both are thriving,\" the spokesman said.")
    assert facts_by_pair(b, "parent")[("Clarissa Harrowgate", "Rufus")] == ("2024-03", None)
    assert facts_by_pair(b, "parent")[("Clarissa Harrowgate", "Philippa")] == ("2024-03", None)
    assert _born(b, "Philippa") == ["2024-03"]
    # "adopted a son in 2015. The boy, Kian, ...": the boy is that son
    c = run("Chef opens diner\nAmir Sadeghi opened his third restaurant in Leeds on Wednesday. Sadeghi and his husband, "
            "Neil Carver, adopted a son in 2015. The boy, Kian, now helps in the kitchen at weekends.")
    assert facts_by_pair(c, "parent")[("Neil Carver", "Kian")] == ("2015", None)
    assert _born(c, "Kian") == ["2015"]
    # ... not a child of the other sex: "had a son in 2012. Their daughter, Mia, ..." is an older child, not born then
    d = run("Rosa Mendel and Ivo Mendel married in 2005 and had a son in 2012. Their daughter, Mia, studies in Leeds.")
    assert facts_by_pair(d, "parent")[("Rosa Mendel", "Mia")] == (None, None)


def test_a_second_name_after_the_first_ones_apposition_is_its_conjunct() -> None:
    # "born to A, a violinist, and B, a teacher": the parser joins B to the verb; B is a parent too
    a = run("Conductor appointed\nThe Hallam Orchestra named Yusuf Demir its conductor on Thursday. Demir was born in Izmir in "
            "1979 to Selim Demir, a violinist, and Ayla Demir, a teacher. \"Music was the family business,\" he said.")
    assert facts_by_pair(a, "parent")[("Ayla Demir", "Yusuf Demir")] == ("1979", None)
    assert_event(a, "family.child", {"parent": "Ayla Demir", "child": "Demir"})
    b = run("Poet named laureate\nThe poet Niamh Cairns was named laureate on Thursday. Cairns was born in Derry in 1975 to "
            "Brendan Cairns, a docker, and Sheila Cairns, a seamstress.")
    assert ("Sheila Cairns", "Niamh Cairns") in facts_by_pair(b, "parent")
    # ... the same for any named object: "thanked A, her lawyer, and B, a nurse"
    c = run("Mia Dale thanked Tom Reed, her lawyer, and Jane Cole, a nurse.")
    assert not facts_by_pair(c, "parent")


def test_the_subject_of_a_verb_of_holding_is_the_parent_of_each_child_named() -> None:
    # "she leaves a son, X, and a daughter, Y": both hers (the daughter joined to the son's name)
    a = run("Actress dies at 88\nMiriam Holt, the stage actress, died on Friday at her home in Bath. She was 88. She leaves a "
            "son, Gabriel Pace, and a daughter, Clara Pace.")
    kids = facts_by_pair(a, "parent")
    assert ("Miriam Holt", "Gabriel Pace") in kids and ("Miriam Holt", "Clara Pace") in kids
    b = run("Tom Reed and Ada Reed have a son, Leo Reed, and a daughter, Mia Reed.")
    assert ("Ada Reed", "Mia Reed") in facts_by_pair(b, "parent")
    # ... not what leaves a person somewhere
    assert not facts_by_pair(run("The attack left a daughter, Mia Reed, without a home."), "parent")


def test_the_birth_of_their_daughter_is_that_of_the_one_daughter_named_before() -> None:
    # "Her daughter, X, said ... their daughter was born in 1977": X's birth, both of theirs, from then
    a = run("Fado singer dies at 82\nGraca Valadares, the fado singer, died on Thursday in Lisbon. Her daughter, Ines Delaunoy, "
            "said the cause was pneumonia. Valadares married the producer Henri Delaunoy in Paris in 1975, and their daughter was "
            "born in 1977. Delaunoy died in 2009.")
    assert facts_by_pair(a, "parent")[("Graca Valadares", "Ines Delaunoy")] == ("1977", None)
    assert facts_by_pair(a, "parent")[("Henri Delaunoy", "Ines Delaunoy")] == ("1977", None)
    assert _born(a, "Ines Delaunoy") == ["1977"]
    # ... not a birth of the other sex ("their son was born in 1977": no son named)
    b = run("Fado singer dies at 82\nGraca Valadares, the fado singer, died on Thursday in Lisbon. Her daughter, Ines Delaunoy, "
            "said the cause was pneumonia. Valadares married the producer Henri Delaunoy in Paris in 1975, and their son was "
            "born in 1977.")
    assert ("Henri Delaunoy", "Ines Delaunoy") not in facts_by_pair(b, "parent")
