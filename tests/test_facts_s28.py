"""Phrasings found in session 28, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _posts(a, person: str) -> dict[str, tuple[str | None, str | None, str | None]]:  # noqa: ANN001
    """The person's role facts: value -> (body, from, to)."""
    return {f.value: (a.entity(f.object).name if f.object else None, f.valid_from, f.valid_to)
            for f in a.facts if f.relation == "role" and a.entity(f.subject).name == person}


def test_a_post_held_at_a_body_ends_when_the_holder_leaves_it() -> None:
    # the signing ends the membership of the old club; the captaincy held there ends with it
    a = run("Kelso Athletic signed the Selby Town captain Tom Avery on Monday. "
            "Avery joined Selby Town in 2015 and was made captain in 2019.", "2024-05-08")
    assert _posts(a, "Tom Avery")["captain"] == ("Selby Town", "2019", "2024-05-06")
    # a sale told by the old club, the post told with no body: the only body held before the move
    a = run("Selby Town sold their captain, Tom Avery, to Kelso Athletic on Monday. "
            "Avery had captained Selby Town since 2019.", "2024-05-08")
    assert _posts(a, "Tom Avery")["captain"] == ("Selby Town", "2019", "2024-05-06")


def test_a_post_begun_after_the_leaving_is_not_ended_by_it() -> None:
    # the new club's post starts with the move: it stays open
    a = run("Kelso Athletic signed the Selby Town captain Tom Avery on Monday. "
            "Avery joined Selby Town in 2015 and was made captain in 2019.", "2024-05-08")
    memberships = {a.entity(f.object).name: (f.valid_from, f.valid_to) for f in a.facts
                   if f.relation == "member" and a.entity(f.subject).name == "Tom Avery"}
    assert memberships["Kelso Athletic"] == ("2024-05-06", None)


def test_an_appointment_naming_no_post_dates_the_one_post_held() -> None:
    # "X's head coach, Y ... was appointed by X in May 2021": the post since then
    a = run("The Dalby Rugby Union's head coach, Ravi Kell, named his squad on Monday. "
            "Kell was appointed by the Dalby Rugby Union in May 2021.", "2024-05-08")
    assert _posts(a, "Ravi Kell")["head coach"] == ("Dalby Rugby Union", "2021-05", None)
    # no body on either side: a succession told in a relative clause
    a = run("The festival's director, Ana Pirro, said ticket sales had risen. Pirro, who succeeded "
            "the festival's founder, Carlo Benni, when he retired in 2009, announced a new section on Sunday.", "2024-05-08")
    assert _posts(a, "Ana Pirro")["director"] == (None, "2009", None)


def test_an_appointment_by_another_body_does_not_date_the_post() -> None:
    # the post is told at one body, the appointment by another: the bank's chairmanship stays undated
    a = run("The Tarrow Bank chairman, Ian Ross, spoke on Monday. Ross was appointed by the Hale Trust in 2015.", "2024-05-08")
    assert _posts(a, "Ian Ross")["chairman"] == ("Tarrow Bank", None, None)
    # the same with the appointing body named first and another verb
    a = run("The Velmor Bank chief executive, Ana Ruiz, spoke on Monday. The Orvik Foundation named Ruiz in 2016.", "2024-05-08")
    assert _posts(a, "Ana Ruiz")["chief executive"][1] is None


def test_a_successor_does_not_inherit_a_founding() -> None:
    # one succeeds a founder in the post the founder held, not in having founded the company
    a = run("Mara Lind succeeded the company's co-founder, Jon Berg, who retired in 2019.", "2024-05-08")
    assert "co-founder" not in _posts(a, "Mara Lind")
    a = run("The gallery's founder, Ruth Amis, retired in 2015 and was succeeded by Tom Hale.", "2024-05-08")
    assert "founder" not in _posts(a, "Tom Hale")
    # a post the predecessor gave up is still handed on
    a = run("The band's drummer, Ivo Lark, quit in 2019 and was replaced by Nell Roe.", "2024-05-08")
    assert _posts(a, "Nell Roe")["drummer"][1] == "2019"


def test_a_hyphenated_modifier_stays_whole_in_a_post() -> None:
    # the tokenizer splits "infectious-disease": the post is the whole word with its noun, not "disease specialist"
    a = run("Ana Ruiz, an infectious-disease specialist, said the risk was low.", "2024-05-08")
    assert "infectious-disease specialist" in _posts(a, "Ana Ruiz")
    # a former post, told before the name
    a = run("Tom Hale, a former emergency-room nurse, won the seat.", "2024-05-08")
    assert _posts(a, "Tom Hale")["emergency-room nurse"][2] == "PAST_REF"
    a = run("The anti-corruption prosecutor Jorge Ruiz resigned.", "2024-05-08")
    assert "anti-corruption prosecutor" in _posts(a, "Jorge Ruiz")
    # an adjective of time or praise is still dropped whole ("long-time", "award-winning")
    a = run("The long-time editor, Paul Ferr, retired.", "2024-05-08")
    assert set(_posts(a, "Paul Ferr")) == {"editor"}
