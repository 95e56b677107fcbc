"""Session 31: who hires, who is hired and the post -- the core arguments of career events, as invented sentences
through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _roles(a, kind: str, role: str) -> list[list[str]]:  # noqa: ANN001
    return [[g.text for g in e.args if g.role == role] for e in typed(a, kind)]


def test_a_hiring_to_become_a_post_is_one_hiring_with_that_post() -> None:
    # "poached X to become its chief operating officer": the hiring's role; no appointment besides
    a = run("Corvane Bank poached Ruth Baines from its rival Hollin Bank to become its chief operating officer.", "2024-05-08")
    assert _roles(a, "career.hire", "role") == [["chief operating officer"]]
    assert typed(a, "career.appoint") == []
    b = run("The club hired the former striker Dean Colby in June to become its assistant manager.", "2024-05-08")
    assert _roles(b, "career.hire", "role") == [["assistant manager"]]
    assert typed(b, "career.appoint") == []
    c = run("Dermot Reyes was hired away from Nettlefold Bank in January to become Skelmoor's chief financial officer.",
            "2024-05-08")
    assert _roles(c, "career.hire", "role") == [["chief financial officer"]]
    assert _roles(c, "career.hire", "agent") == [["Skelmoor"]]  # the body the post is at, from the clause
    assert typed(c, "career.appoint") == []


def test_leaving_to_become_a_post_stays_as_it_was() -> None:
    # only a hiring's purpose clause: "quit to become ambassador" is still an appointment
    a = run("Lena Moss quit the bank in May to become ambassador to Norway.", "2024-05-08")
    assert _roles(a, "career.appoint", "role") == [["ambassador"]]


def test_a_post_of_a_body_told_by_a_noun_is_the_post_alone() -> None:
    # "managing director of the company": the post as written, the body an argument of its own
    a = run("Ruth Baines, its finance director since 2019, was named managing director of the company on Wednesday.",
            "2024-05-08")
    assert _roles(a, "career.appoint", "role") == [["managing director"]]
    b = run("Acme Bank named Ruth Baines chief operating officer of its parent group in March.", "2024-05-08")
    assert _roles(b, "career.appoint", "role") == [["chief operating officer"]]
    e = run("Ruth Baines was appointed head of the bank's school of finance in May.", "2024-05-08")
    assert _roles(e, "career.appoint", "role") == [["head of the bank's school of finance"]]  # no post without what it heads
    c = run("Ruth Baines was appointed director of football at the club in May.", "2024-05-08")
    assert _roles(c, "career.appoint", "role") == [["director of football"]]  # a title's own "of" stays
    d = run("Ruth Baines was appointed chair of the board in May.", "2024-05-08")
    assert _roles(d, "career.appoint", "role") == [["chair of the board"]]  # a board is no organisation of its own


def test_an_office_turned_down_is_the_role_of_the_refused_appointment() -> None:
    a = run("Dean Colby, 70, who turned down the presidency of the Farrow Film Society in 2009, died on Monday.", "2024-05-08")
    assert [(e.polarity, e.time) for e in typed(a, "career.appoint")] == [("NEG", "2009")]
    assert _roles(a, "career.appoint", "role") == [["presidency"]]
    b = run("Ruth Baines declined the editorship of the Harbour Gazette in 2015.", "2024-05-08")
    assert _roles(b, "career.appoint", "role") == [["editorship"]]
    c = run("Dean Colby was offered the chairmanship of the state railway but turned it down.", "2024-05-08")
    assert _roles(c, "career.appoint", "role") == [["chairmanship"]]
