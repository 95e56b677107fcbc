"""Session 34: taking up a post told without "appoint" or "hire" ("handed over to X", "succeeded her father as
chairman", "moved up to finance director", "made him captain"), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_handover_with_the_particle_names_the_one_handed_to() -> None:
    # "handed over to X" (no object: the post is understood), "handed over the reins to X", "handed control of the firm to X"
    a = run("In 2007 Ruth Galloway handed over to her nephew, Callum Reade.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Callum Reade"]
    assert [ev.time for ev in typed(a, "career.appoint")] == ["2007"]
    b = run("Last year Omar Haddad handed over the reins to his deputy, Lise Brun.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Lise Brun"]
    c = run("In 1999 Ravi Moore handed control of the firm to his son, Dev Moore.", "2024-05-08")
    assert event_names(c, "career.appoint", "patient") == ["Dev Moore"]
    assert [ev.time for ev in typed(c, "career.appoint")] == ["1999"]
    # keys, a suspect or a town handed over: no post
    d = run("Paula Grey handed over the keys to Tom Reid on Friday. The rebels handed control of the town to the army.", "2024-05-08")
    assert typed(d, "career.appoint") == []
    e = run("The suspect, Ian Cole, was handed over to Interpol on Friday.", "2024-05-08")
    assert typed(e, "career.appoint") == []


def test_a_predecessor_told_by_kin_or_rank_still_makes_a_succession() -> None:
    # "succeeded her father as head of the family firm": the one succeeded is not named, only told by kin
    a = run("Colette Ames succeeded her father as chairman in 2001.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Colette Ames"]
    assert role_texts(a, "career.appoint", "role") == [["chairman"]]
    b = run("In 2015 Jonas Brink succeeded his uncle as managing director of Brink Haulage.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Jonas Brink"]
    assert [ev.time for ev in typed(b, "career.appoint")] == ["2015"]
    # "succeeded in" appoints no one
    c = run("Colette Ames succeeded in her bid to reopen the mill in 2001.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_moving_up_to_a_post_is_an_appointment() -> None:
    a = run("Joan Pell moved up to chief operating officer in 2021.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Joan Pell"]
    assert role_texts(a, "career.appoint", "role") == [["chief operating officer"]]
    b = run("Last month Ken Ito moved up to deputy editor at the Corran Herald.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Ken Ito"]
    assert [ev.time for ev in typed(b, "career.appoint")] == ["2024-04"]
    # a place in a table or a team moved up to: no post
    c = run("Ravi Lund moved up to third in the standings on Sunday. Tia Moss moved up to the first team in 2022.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_made_with_two_objects_names_the_first_to_the_owned_post() -> None:
    # "made the Danish defender X their captain": the parser's two objects, the second the post
    a = run("Kelso Town made the Danish defender Nils Berg their captain on Friday.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Nils Berg"]
    assert role_texts(a, "career.appoint", "role") == [["captain"]]
    b = run("Kelso Town made Nils Berg their captain on Friday.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Nils Berg"]
    assert role_texts(b, "career.appoint", "role") == [["captain"]]
    # a firm made a supplier: no post
    c = run("Dunmore Foods made Hallam Steel its biggest supplier in 2019.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_made_him_captain_read_as_a_clause_names_him() -> None:
    # "the club made him captain two years later": the parser reads "captain" as a verb whose subject is "him"
    a = run("Ollie Brand joined Tessford United in 2016. The club made him captain two years later.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Ollie Brand"]
    assert [ev.time for ev in typed(a, "career.appoint")] == ["2018"]
    assert role_texts(a, "career.appoint", "role") == [["captain"]]
    # "made her skipper": "her" read as the post's owner
    b = run("Pia Lund joined Harwick Rovers in 2019. The club made her skipper a year later.", "2024-05-08")
    assert "Pia Lund" in event_names(b, "career.appoint", "patient")
    assert role_texts(b, "career.appoint", "role") == [["skipper"]]
    # "made her name", "made her debut": no post
    c = run("Ann Moss joined Harwick Rovers in 2019. The club made her debut possible. The song made her name.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_a_role_or_post_landed_names_the_post_after_of() -> None:
    # "landed the role of X at Y", "landed the post of editor": taken as "took on the role of X"
    a = run("Tom Ashworth landed the role of head of news at Radio Corran last year.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Tom Ashworth"]
    assert ["head of news"] in role_texts(a, "career.appoint", "role")
    assert "Radio Corran" in event_names(a, "career.appoint", "organization")
    assert [ev.time for ev in typed(a, "career.appoint")] == ["2023"]
    b = run("Lea Moreau landed the post of editor at the Harwick Courier in March.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Lea Moreau"]
    # a part in a play, "the role of a lifetime", a plane landing: no post
    c = run("Ana Rios landed the role of Lady Macbeth in 2019. Ana Rios landed the role of a lifetime. The plane landed at Heathrow.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_an_office_inherited_is_an_appointment() -> None:
    a = run("Hugh Penrose inherited the chairmanship of Penrose Ales from his father in 1988.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Hugh Penrose"]
    assert [ev.time for ev in typed(a, "career.appoint")] == ["1988"]
    b = run("In 2012 Tove Lind inherited the captaincy from Ines Berg.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Tove Lind"]
    # a fortune or a house inherited: no post
    c = run("Hugh Penrose inherited a fortune from his father in 1988 and inherited the house in 1990.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_stepping_into_the_breach_as_a_post() -> None:
    a = run("Nora Keel stepped into the breach as interim chief executive in March.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Nora Keel"]
    assert role_texts(a, "career.appoint", "role") == [["interim chief executive"]]
    b = run("When Ian Roe fell ill, his deputy, Sara Quist, stepped into the breach as acting headteacher.", "2024-05-08")
    assert "Sara Quist" in event_names(b, "career.appoint", "patient")
    # no post: a player filling a gap
    c = run("Joe Pike stepped into the breach at left back on Saturday.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_the_job_of_a_post_handed_or_given_names_the_post() -> None:
    # "was handed / given the job of chief executive", "was given the head coach job", "gave X the job of finance director"
    a = run("Mira Stokes was handed the job of chief executive at Fennick Foods in June 2020.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Mira Stokes"]
    assert "chief executive" in role_texts(a, "career.appoint", "role")[0]
    assert [ev.time for ev in typed(a, "career.appoint")] == ["2020-06"]
    b = run("Remy Villeneuve was given the head coach job in 2015.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Remy Villeneuve"]
    assert "head coach" in role_texts(b, "career.appoint", "role")[0]
    c = run("The board gave Ada Holm the job of finance director in 2016.", "2024-05-08")
    assert event_names(c, "career.appoint", "patient") == ["Ada Holm"]
    assert "finance director" in role_texts(c, "career.appoint", "role")[0]
    d = run("Anders Holm was given the captaincy on Friday.", "2024-05-08")
    assert event_names(d, "career.appoint", "patient") == ["Anders Holm"]
    # a part in a film, a contract, a prize: no post
    e = run("Tom Reid was given a role in the film. The council gave the contract to Ada Holm. The jury gave the prize to Ana Rios.", "2024-05-08")
    assert typed(e, "career.appoint") == []


def test_chosen_to_lead_a_body_told_by_its_noun_is_an_appointment() -> None:
    # "was picked to lead the company", "chose X to run the brewery": the charge told by an infinitive, no post word
    a = run("Owen Hale was picked to lead the company on Tuesday.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Owen Hale"]
    assert [ev.time for ev in typed(a, "career.appoint")] == ["2024-05-07"]
    b = run("Hexham Ales chose Ada Quince to run the brewery in 2019.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Ada Quince"]
    assert "Hexham Ales" in event_names(b, "career.appoint", "agent")
    # a party's leader chosen (an election), an attack led, a race run, a player picked: no appointment
    c = run("Isolde Quarmby was chosen on Saturday to lead the opposition Forward Union.", "2024-05-08")
    assert typed(c, "career.appoint") == []
    d = run("Tom Lowe was picked to lead the attack on Saturday. Ada Quince chose to run the marathon. Tom Lowe was picked for the squad.", "2024-05-08")
    assert typed(d, "career.appoint") == []


def test_brought_in_for_questioning_is_no_hiring() -> None:
    a = run("Police said Tom Reid was brought in for questioning on Friday.", "2024-05-08")
    assert typed(a, "career.hire") == []
    b = run("Ferris Daly was brought in by Stanmore Council in 2018 to run its housing department.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == ["Ferris Daly"]


def test_an_office_or_the_armband_passed_on_names_the_one_given_it() -> None:
    # "the presidency went to X", "was handed the armband", "handed him the captain's armband" (the post: captain)
    a = run("The presidency went to Ida Berg in 2017.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Ida Berg"]
    b = run("Carys Wynne was handed the armband in 2021.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Carys Wynne"]
    assert role_texts(b, "career.appoint", "role") == [[]]
    c = run("In August 2023 the manager, Ian Dale, handed Pol Ruiz the captain's armband.", "2024-05-08")
    assert event_names(c, "career.appoint", "patient") == ["Pol Ruiz"]
    assert "captain" in role_texts(c, "career.appoint", "role")[0]
    d = run("Kai Brandt assumed command of the regiment in 2015.", "2024-05-08")
    assert event_names(d, "career.appoint", "patient") == ["Kai Brandt"]
    # a prize gone to someone, a ball handed over: no post
    e = run("The first prize went to Ida Berg in 2017. Carys Wynne was handed the ball in 2021.", "2024-05-08")
    assert typed(e, "career.appoint") == []


def test_a_move_sealed_or_clinched_is_the_mover_s() -> None:
    # "sealed a move to Y": "seal" and "clinch" as light verbs, their subject the one the noun's event is of
    a = run("Defender Ola Berg sealed a move to Harwick Rovers in January.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Ola Berg"]
    assert "Harwick Rovers" in event_names(a, "career.hire", "organization")
    assert [ev.time for ev in typed(a, "career.hire")] == ["2024-01"]
    b = run("Harlan Foods clinched the acquisition of Bex Ltd in May.", "2024-05-08")
    assert event_names(b, "business.acquire", "agent") == ["Harlan Foods"]
    # a deal sealed names no move
    c = run("Harlan Foods sealed a deal with Bex Ltd in May.", "2024-05-08")
    assert typed(c, "career.hire") == [] and typed(c, "business.acquire") == []
