"""Session 47 (EMPLOY): employee and member facts, each phrasing an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs


def test_a_description_fronted_before_the_name_is_not_the_subject() -> None:
    a = run("Maren Oakhollow was named chief executive of Pellbury Cartage on Monday. "
            "The daughter of a baker from Wexcombe, Oakhollow spent eight years at Fenwick Freight before joining Pellbury.")
    assert "Fenwick Freight" in jobs(a, "Maren Oakhollow")
    # near miss: the description alone, no name after its comma, is still the subject
    a = run("Maren Oakhollow was named chief executive of Pellbury Cartage on Monday. "
            "The daughter of a baker spent eight years at Fenwick Freight before joining Pellbury.")
    assert "Fenwick Freight" not in jobs(a, "Maren Oakhollow")


def test_a_union_official_told_by_a_description_works_for_the_union() -> None:
    a = run('"We will not accept this," said Odile Brantwhistle, a regional organiser for the Allied Bakers\' Union, '
            'which represents 4,000 workers at Corvath Mills.')
    assert "Allied Bakers' Union" in jobs(a, "Odile Brantwhistle")
    # near miss: a union's rank-and-file member told as such is its member, not on its staff
    a = run('"We will not accept this," said Odile Brantwhistle, a baker and member of the Allied Bakers\' Union, '
            'which represents 4,000 workers at Corvath Mills.')
    assert "Allied Bakers' Union" not in jobs(a, "Odile Brantwhistle")
