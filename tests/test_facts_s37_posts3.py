"""Session 37: posts taken and left told in phrasings nobody had tested ("have sacked manager X." with nothing after the name,
"was named the club's new head coach", "quit her role as chief executive of X", "was relieved of her duties as head coach"), as
invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_sacking_of_a_titled_name_that_ends_the_sentence() -> None:
    # "have sacked manager X.": the parser takes the name for the sentence's head and "sacked" for the title's adjective
    a = run("Dunmore Rovers have sacked manager Aiko Sato.")
    assert event_names(a, "career.fire", "patient") == ["Aiko Sato"]
    assert event_names(a, "career.fire", "agent") == ["Dunmore Rovers"]
    b = run("Kell Foods has appointed chairman Ivo Brand.")
    assert event_names(b, "career.appoint", "patient") == ["Ivo Brand"]


def test_a_post_with_an_article_after_named_is_the_post_not_the_person() -> None:
    # coreference takes "the club's new head coach" for the one named; it is the post
    a = run("Aiko Sato was named the club's new head coach in 2021.")
    assert event_names(a, "career.appoint", "patient") == ["Aiko Sato"]
    assert role_texts(a, "career.appoint", "role") == [["new head coach"]]
    b = run("Dunmore Rovers named Aiko Sato the new head coach in 2021.")
    assert role_texts(b, "career.appoint", "role") == [["new head coach"]]
    # a candidate named stands for election: no post yet; "the victim was named as X" names no one to a post
    c = run("Emeric Sallowby was named the Accord's candidate only in February. The victim was named as Aiko Sato.")
    assert typed(c, "career.appoint") == []


def test_a_post_left_told_by_a_noun_for_it() -> None:
    # "her role / her position / her duties as Y (of X)", "her job at X": the post and the body inside the noun's phrase
    a = run("Aiko Sato quit her role as chief executive of Lund Steel in 2021.")
    assert role_texts(a, "career.resign", "role") == [["chief executive"]]
    assert event_names(a, "career.resign", "organization") == ["Lund Steel"]
    b = run("Aiko Sato stepped down from her position as chair of Lund Steel in 2021.")
    assert role_texts(b, "career.resign", "role") == [["chair"]]
    assert event_names(b, "career.resign", "organization") == ["Lund Steel"]
    c = run("Nadia Frost was relieved of her duties as head coach of Portwell on Thursday.")
    assert role_texts(c, "career.fire", "role") == [["head coach"]]
    d = run("Ben Cray was dismissed from his job at Orla Insurance in 2016.")
    assert event_names(d, "career.fire", "agent") == ["Orla Insurance"]
    # a habit quit leaves no post
    e = run("Aiko Sato quit smoking in 2021.")
    assert typed(e, "career.resign") == []


def test_the_body_an_appointment_gives_charge_of() -> None:
    # "tapped / appointed to lead X", "handed the reins of X": the body led is the one the post is at
    a = run("Dev Anand Rao has been tapped to lead Orrin Capital.")
    assert event_names(a, "career.appoint", "organization") == ["Orrin Capital"]
    b = run("Rhys Penrose was handed the reins of Carrow Bank in 2019.")
    assert event_names(b, "career.appoint", "organization") == ["Carrow Bank"]
    assert event_names(b, "career.appoint", "patient") == ["Rhys Penrose"]
    # leading the attack is no body
    c = run("Dunmore Rovers chose Aiko Sato to lead the attack.")
    assert typed(c, "career.appoint") == []


def test_walked_booted_or_kicked_out_of_a_body() -> None:
    # "out of X": the parser hangs "of" on the particle it reads as a preposition
    a = run("Aiko Sato walked out of Lund Steel in 2021.")
    assert event_names(a, "career.resign", "organization") == ["Lund Steel"]
    b = run("Aiko Sato was kicked out of the Unity Party in 2019.")
    assert event_names(b, "career.fire", "patient") == ["Aiko Sato"]
    assert event_names(b, "career.fire", "organization") == ["Unity Party"]
    c = run("Aiko Sato was booted out of the cabinet in 2021.")
    assert event_names(c, "career.fire", "patient") == ["Aiko Sato"]
    # a meeting walked out of, a house or a cup knocked out of: no post
    d = run("Aiko Sato walked out of the meeting in 2021. Aiko Sato was kicked out of the house by her husband. "
            "Dunmore Rovers were booted out of the Cup in 2019.")
    assert typed(d, "career.resign") == [] and typed(d, "career.fire") == []


def test_dispensed_with_a_person_or_their_services() -> None:
    a = run("The club dispensed with the services of Aiko Sato in April.")
    assert "Aiko Sato" in event_names(a, "career.fire", "patient")
    b = run("Dunmore Rovers have dispensed with manager Aiko Sato.")
    assert event_names(b, "career.fire", "patient") == ["Aiko Sato"]
    c = run("The court dispensed with the formalities.")
    assert typed(c, "career.fire") == []


def test_the_body_left_is_the_one_the_leaver_led_in_the_main_clause() -> None:
    # "X, who stood down in 2021, ran Y for a decade": the leaving told in the relative clause, the body led in the main one
    a = run("Aiko Sato, who stood down in 2021, ran Lund Steel for a decade.")
    assert event_names(a, "career.resign", "organization") == ["Lund Steel"]
    b = run("Aiko Sato, who resigned on Friday, had led Lund Steel since 2015.")
    assert event_names(b, "career.resign", "organization") == ["Lund Steel"]
    # a body the leaver says something about is not one led
    c = run("Aiko Sato, who resigned on Friday, praised Lund Steel.")
    assert event_names(c, "career.resign", "organization") == [None]


def test_a_seat_resigned_on_a_board() -> None:
    # "resigned her seat on the board of X": the parser hangs "on the board" on the verb
    a = run("Aiko Sato resigned her seat on the board of Lund Steel in 2021.")
    assert event_names(a, "career.resign", "organization") == ["Lund Steel"]
    b = run("Tomas Berg resigned his place on the board of Dunmore Rovers last year.")
    assert event_names(b, "career.resign", "organization") == ["Dunmore Rovers"]
    # a day or grounds are no body
    c = run("Aiko Sato resigned on health grounds in 2021.")
    assert event_names(c, "career.resign", "organization") == [None]


def test_a_new_post_named_with_its_holder_beside_it() -> None:
    # "has named a new chief executive: X": the post the object, the person in apposition
    a = run("Lund Steel has named a new chief executive: Aiko Sato.")
    assert event_names(a, "career.appoint", "patient") == ["Aiko Sato"]
    assert role_texts(a, "career.appoint", "role") == [["chief executive"]]
    b = run("Dunmore Rovers have named a new captain, Aiko Sato.")
    assert role_texts(b, "career.appoint", "role") == [["captain"]]
    # a pet or a product named is no post
    c = run("The couple named their new puppy, Rex, in 2019. Lund Steel named a new product, Aiko Sato.")
    assert typed(c, "career.appoint") == []
