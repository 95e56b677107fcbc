"""Session 55 (facts): constructions that carry a fact the pipeline missed entirely, each an invented sentence through
the real pipeline, with a near miss the rule must leave alone."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import entity_types, posts

DCT = "2025-03-10"


def _homes(a: Analysis, person: str) -> dict[str, tuple[str | None, str | None]]:
    """The person's located_in facts: place -> (from, to)."""
    return {a.entity(f.object).name: (f.valid_from, f.valid_to) for f in a.facts
            if f.relation == "located_in" and a.entity(f.subject).name == person and f.object}


def test_a_name_apposed_to_a_body_s_chair_is_a_person_with_that_post() -> None:
    a = run("The trust's chair, Dunstan Abelow-Frye, thanked the board for its patience.", DCT)
    assert entity_types(a).get("Dunstan Abelow-Frye") == "PERSON"
    assert "chair" in posts(a, "Dunstan Abelow-Frye")
    # near miss: a post noun that may name a firm ("publisher") leaves the name to its other cues
    a = run("The novel's publisher, Fenwick Lane, said sales had tripled.", DCT)
    assert entity_types(a).get("Fenwick Lane") == "ORG"


def test_the_one_after_by_holds_the_post_a_passive_verb_names() -> None:
    a = run("Alma Drobny has been coached by Bram Otterhuis since 2019.", DCT)
    assert posts(a, "Bram Otterhuis").get("coach") == (None, "2019", None)
    assert "coach" not in posts(a, "Alma Drobny")  # the one coached holds no post
    a = run("Pontardawe Quins, now coached by Hemi Tawhara, said the clubhouse would stay closed.", DCT)
    assert posts(a, "Hemi Tawhara").get("coach") == ("Pontardawe Quins", None, None)
    # near miss: a body that sits once (a jury, a hearing) has no post to hold
    a = run("The jury, chaired by the cinematographer Rodrigo Almaz, gave its prize to Ilinca Dobrev.", DCT)
    assert "chair" not in posts(a, "Rodrigo Almaz")


def test_a_home_moved_into_puts_the_mover_in_its_town() -> None:
    a = run("Maren Ostvik moved into a rented flat in Leeds in January, her spokesman said.", DCT)
    assert _homes(a, "Maren Ostvik").get("Leeds") == ("2025-01", None)
    # near miss: moving into a line of work is no home
    a = run("Maren Ostvik moved into politics in Leeds in 2019.", DCT)
    assert "Leeds" not in _homes(a, "Maren Ostvik")


def test_a_title_then_a_described_name_is_that_person_s_post() -> None:
    a = run("The chair of the judges, the critic Ilse Varnow, called the winning novel brave.", DCT)
    assert "chair of the judges" in posts(a, "Ilse Varnow")
    # near miss: a list after the comma ("the publisher and the critic X") names more than one
    a = run("The chair of the judges, the publisher and the critic Ilse Varnow met on Monday.", DCT)
    assert "chair of the judges" not in posts(a, "Ilse Varnow")
