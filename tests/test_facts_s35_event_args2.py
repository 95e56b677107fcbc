"""Event arguments, second pass -- roles crossed and bodies left unfilled -- told in phrasings no fixture article had
tested (session 35): invented sentences through the real pipeline, each fix with two wordings or more and a near miss."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names


def test_the_possessor_of_a_firing_noun_with_an_of_phrase_does_it() -> None:
    # "the club's sacking of X": the "of" names the one let go, the possessor the one letting go
    a = run("Fellbridge United's sacking of Doran Pike angered the players.")
    assert_event(a, "career.fire", {"agent": "Fellbridge United", "patient": "Doran Pike"})
    assert "Fellbridge United" not in event_names(a, "career.fire", "patient")
    b = run("Halvern Bank's dismissal of Tessa Morrow in May was unlawful, a tribunal found.")
    assert_event(b, "career.fire", {"agent": "Halvern Bank", "patient": "Tessa Morrow"})
    c = run("Mayor Ruth Calder's firing of Owen Tarrant surprised the council.")
    assert_event(c, "career.fire", {"agent": "Ruth Calder", "patient": "Owen Tarrant"})
    # ... with no "of", the possessor is still the one let go
    d = run("Doran Pike's dismissal was confirmed on Monday.")
    assert event_names(d, "career.fire", "patient") == ["Doran Pike"]
    assert "Doran Pike" not in event_names(d, "career.fire", "agent")


def test_a_name_before_a_bare_ing_form_is_the_one_it_is_done_to() -> None:
    # "after Ilkowski sacking": the parser made "sacking" a verb and the name its subject; a doer would have an object
    a = run("Fans were angry at the Ilkowski sacking.")
    assert event_names(a, "career.fire", "patient") == ["Ilkowski"]
    assert "Ilkowski" not in event_names(a, "career.fire", "agent")
    b = run("Brackenford turn to Dunwoody-Rae after Ilkowski sacking\n\nBrackenford Town have appointed Sefton Dunwoody-Rae as "
            "their new manager, a month after the club dismissed Radek Ilkowski.")
    assert "Radek Ilkowski" not in event_names(b, "career.fire", "agent")
    assert "Radek Ilkowski" in event_names(b, "career.fire", "patient")
    # ... an "-ing" with its object keeps its doer
    c = run("The board met after Halvern Bank sacking its chief executive, Tessa Morrow.")
    assert "Halvern Bank" in event_names(c, "career.fire", "agent")


def _role_texts(a, kind: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(g.text for e in a.events if e.type == kind for g in e.args if g.role == "role")


def test_a_post_named_after_its_body_is_the_title_alone() -> None:
    # "quit as Fellbridge United coach": the post is "coach", the club its body (not a role called "Fellbridge United")
    a = run("Doran Pike quit as Fellbridge United coach in March.")
    assert _role_texts(a, "career.resign") == ["coach"]
    assert_event(a, "career.resign", {"agent": "Doran Pike", "organization": "Fellbridge United"})
    b = run("Marta Quill stepped down as Greenway Party leader in 2009.")
    assert _role_texts(b, "career.resign") == ["leader"]
    assert_event(b, "career.resign", {"agent": "Marta Quill", "organization": "Greenway Party"})
    c = run("Doran Pike was named Fellbridge United manager in March.")
    assert _role_texts(c, "career.appoint") == ["manager"]
    # ... the words before the title that are no name stay in the post
    d = run("Lia Vance was appointed Treasury chief economist.")
    assert _role_texts(d, "career.appoint") == ["chief economist"]


def test_a_participle_set_off_after_the_object_is_the_objects() -> None:
    # "appointed X, sacked by Y in March, as manager": X was sacked (by Y), not the club doing the appointing
    a = run("Ashby Rovers have appointed Doran Pike, sacked by Fellbridge United in March, as manager.")
    assert_event(a, "career.fire", {"agent": "Fellbridge United", "patient": "Doran Pike"})
    assert "Ashby Rovers" not in event_names(a, "career.fire", "patient")
    b = run("Halvern Bank hired Tessa Morrow, fired by Corran Shipping last year, as its finance chief.")
    assert event_names(b, "career.fire", "patient") == ["Tessa Morrow"]
    assert_event(b, "career.hire", {"agent": "Halvern Bank", "patient": "Tessa Morrow"})
    # ... a participle after the time, or fronted, still tells of the subject
    c = run("Angered by a run of defeats, Ashby Rovers sacked Doran Pike.")
    assert_event(c, "career.fire", {"agent": "Ashby Rovers", "patient": "Doran Pike"})


def test_the_body_named_before_a_two_word_title() -> None:
    # "as Halvern Bank chief executive": the parser hangs the name as an nmod (not a compound) before "chief executive"
    a = run("Tessa Morrow resigned as Halvern Bank chief executive in May.")
    assert_event(a, "career.resign", {"agent": "Tessa Morrow", "organization": "Halvern Bank", "role": "chief executive"})
    b = run("Doran Pike was sacked as Fellbridge United first-team coach.")
    assert_event(b, "career.fire", {"patient": "Doran Pike", "organization": "Fellbridge United"})
    # ... a country before the title is no body
    c = run("Tessa Morrow was named England assistant manager.")
    assert "England" not in event_names(c, "career.appoint", "organization")


def test_a_seat_given_up_on_a_body_s_board() -> None:
    # "resigned her seat on the X board / on the board of X": the body whose board it is was left
    a = run("Tessa Morrow resigned her seat on the Halvern Bank board.")
    assert_event(a, "career.resign", {"agent": "Tessa Morrow", "organization": "Halvern Bank"})
    b = run("Tessa Morrow resigned her seat on the board of Halvern Bank.")
    assert_event(b, "career.resign", {"agent": "Tessa Morrow", "organization": "Halvern Bank"})
    # ... a board of no one named leaves the body unnamed
    c = run("Tessa Morrow resigned her seat on the board in May.")
    assert event_names(c, "career.resign", "agent") == ["Tessa Morrow"]
    assert "Halvern Bank" not in event_names(c, "career.resign", "organization")
