"""Session 40: appointments, firings and resignations told across small whole articles (a headline, a body naming people
once and then by surname, pronoun, title or role), as invented texts through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, posts, typed


def test_a_title_of_another_post_by_the_same_noun_is_another_person() -> None:
    # "The housing minister, X, resigned ... the prime minister appointed Y": "the prime minister" is not X
    a = run("Minister quits over expenses row\n\nThe housing minister, Gareth Pollard, resigned on Tuesday after newspapers "
            "revealed his expenses claims. In a reshuffle the next day, the prime minister appointed Sian Beddow to replace him.")
    assert event_names(a, "career.appoint", "agent") == [None]
    assert event_names(a, "career.appoint", "patient") == ["Sian Beddow"]
    b = run("The finance minister, Leila Haddad, was sacked on Friday. Speaking in Leeds, the prime minister said Haddad "
            "had lost the confidence of the cabinet.")
    assert "the prime minister" not in [m.text for e in b.entities if e.name == "Leila Haddad" for m in e.mentions]
    # the same post told again, or the bare noun, is still the person
    c = run("The housing minister, Gareth Pollard, resigned on Tuesday. The minister said he had made an honest mistake.")
    assert "The minister" in [m.text for e in c.entities if e.name == "Gareth Pollard" for m in e.mentions]


def test_a_former_post_left_ends_though_a_later_one_is_held_now() -> None:
    # "a former judge of the Supreme Court who retired from the bench in 2022", appointed minister since: the judge's
    # post ends in 2022 (the post held now began after the leaving, so it is not the one left)
    a = run("The prime minister named Sunna Vale as justice minister on Friday. Vale, a former judge of the Supreme Court "
            "who retired from the bench in 2022, replaces Tom Reed.")
    assert posts(a, "Sunna Vale")["judge"] == ("Supreme Court", None, "2022")
    assert posts(a, "Sunna Vale")["justice minister"][2] is None
    b = run("Orvane Bank appointed Lena Marsh as its chairwoman on Monday. Marsh, a former judge of the High Court who "
            "retired from the bench in 2019, succeeds Tom Reed.")
    assert posts(b, "Lena Marsh")["judge"] == ("High Court", None, "2019")
    assert posts(b, "Lena Marsh")["chairwoman"][2] is None


def test_a_departure_noun_after_one_let_go_or_forced_out_is_that_leaving() -> None:
    # "X has let go its finance chief, Y ... Y's departure": the dismissal told again, no resignation of its own
    a = run("Orbis Telecom finance chief let go\n\nOrbis Telecom has let go its chief financial officer, Hamid Rezaei, weeks "
            "after a profit warning. A spokeswoman said Rezaei's departure was by mutual agreement.")
    assert typed(a, "career.resign") == []
    assert event_names(a, "career.fire", "patient") == ["Hamid Rezaei"]
    b = run("Fenlow Bank's chief executive, Conrad Mayhew, was forced out on Wednesday. Mayhew's departure had been expected "
            "for weeks.")
    assert typed(b, "career.resign") == []
    # a departure told with no dismissal is still the leaving
    c = run("Fenlow Bank's chief executive, Conrad Mayhew, is to leave. Mayhew's departure had been expected for weeks.")
    assert event_names(c, "career.resign", "agent") == ["Conrad Mayhew"]
