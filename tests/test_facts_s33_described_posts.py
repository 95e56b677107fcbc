"""Session 33: posts and titles described before a name ("freshly appointed coach X"), as invented sentences through the
real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_post_told_as_freshly_taken_describes_the_one_named_to_it() -> None:
    # "freshly" beside "newly", "recently", "just": the post tagged a name, or the name's apposition
    a = run("Freshly appointed coach Mo Farrant took charge of training on Tuesday.", "2024-05-08")
    assert "Mo Farrant" in event_names(a, "career.appoint", "patient")
    assert ["coach"] in role_texts(a, "career.appoint", "role")
    b = run("Jonas Pereira, the freshly appointed head of the Maritime Authority, said the port would reopen on Friday.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Jonas Pereira"]
    assert role_texts(b, "career.appoint", "role") == [["head"]]
    c = run("Freshly elected MP Dana Orlik gave her maiden speech on Tuesday.", "2024-05-08")
    assert event_names(c, "politics.elect", "patient") == ["Dana Orlik"]
    # a thing freshly installed or painted is no one taken on
    d = run("The freshly installed software crashed on Monday. Ana Ruiz visited the freshly painted school on Tuesday.", "2024-05-08")
    assert not [ev for ev in d.events if ev.type and ev.type.startswith(("career.", "politics."))]
    assert typed(d, "career.appoint") == []


def test_the_prize_after_crowned_winner_or_champion_of_is_what_was_won() -> None:
    # "was crowned winner of Y", "was crowned the champion of Y": Y the prize or contest won, as after "named winner of Y"
    a = run("Iris Volk was finally crowned winner of the Corran Prize on Saturday.", "2024-05-08")
    assert event_names(a, "career.win", "agent") == ["Iris Volk"]
    assert "Corran Prize" in event_names(a, "career.win", "award")
    b = run("On Sunday, Lara Finch was crowned the champion of the Westmere Open.", "2024-05-08")
    assert event_names(b, "career.win", "agent") == ["Lara Finch"]
    assert "Westmere Open" in event_names(b, "career.win", "award")
    # a place after "in" is no prize
    c = run("Pell Dorrin was crowned world champion in Oslo on Sunday.", "2024-05-08")
    assert "Oslo" not in event_names(c, "career.win", "award")


def test_a_participle_told_as_new_before_a_name_counts_as_a_passive() -> None:
    # "newly crowned champion X", "newly sworn-in mayor X": verbs read in the passive only, here a participle told as new
    a = run("Newly crowned champion Iris Volk returned home on Sunday.", "2024-05-08")
    assert event_names(a, "career.win", "agent") == ["Iris Volk"]
    b = run("Iris Volk, the recently crowned world champion, thanked her coach on Sunday.", "2024-05-08")
    assert event_names(b, "career.win", "agent") == ["Iris Volk"]
    c = run("Newly sworn-in mayor Ada Fenn thanked voters on Friday.", "2024-05-08")
    assert event_names(c, "career.appoint", "patient") == ["Ada Fenn"]
    assert ["mayor"] in role_texts(c, "career.appoint", "role")
    d = run("Newly inaugurated president Tomas Grell met reporters on Friday.", "2024-05-08")
    assert event_names(d, "career.appoint", "patient") == ["Tomas Grell"]
    # no "newly": a crowned head is no winner; nor champions with no name
    e = run("The crowned champions were greeted at the airport on Sunday. The newly crowned champions left on Monday.", "2024-05-08")
    assert typed(e, "career.win") == []


def test_a_post_in_capitals_told_as_new_describes_the_name_in_apposition() -> None:
    # "the newly appointed Bishop of Y, X,": the post a title in capitals, parsed as a name, the holder in apposition
    a = run("The newly appointed Bishop of Dunmore, Peter Hale, was installed on Sunday.", "2024-05-08")
    assert "Peter Hale" in event_names(a, "career.appoint", "patient")
    assert any("Bishop" in r for r in role_texts(a, "career.appoint", "role"))
    b = run("The newly elected President of the Farmers Union, Rhys Bevan, spoke on Monday.", "2024-05-08")
    assert event_names(b, "politics.elect", "patient") == ["Rhys Bevan"]
    assert role_texts(b, "politics.elect", "role") == [["President"]]
    # a body or a building newly elected or opened names no one
    c = run("The newly elected Harbury Council met on Monday. The newly opened Tarn Museum, a glass box, drew crowds.", "2024-05-08")
    assert not [ev for ev in c.events if ev.type and ev.type.startswith(("career.", "politics."))]
