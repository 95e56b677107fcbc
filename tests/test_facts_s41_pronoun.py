"""Session 41: pronoun resolution.  A first name a name list calls male (or female) is only a guess when the
text's own he/she say the other: the pronouns, unanimous, twice or more, and one of them after the person named as
its own sentence's subject, settle the gender; a pronoun after a mere mention of someone does not."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair, typed


def _gender(a, name: str) -> str | None:
    return next(e.attrs.get("gender") for e in a.entities if e.name == name)


def test_her_own_pronouns_outweigh_a_first_name_guess() -> None:
    a = run("Film prize\n\nJean Corvath, 52, has lived in Leeds since she moved there in 1999. She won the Orrin Prize in "
            "2011 for Quiet Roads. Tom Baird, the festival's chairman, said he was delighted.", "2024-05-01")
    assert _gender(a, "Jean Corvath") == "female"
    assert event_names(a, "career.win", "agent") == ["Jean Corvath"]
    assert [e.time for e in typed(a, "career.win")] == ["2011"]
    # ... and the other way round: a name the list calls female, the subject "he" twice
    b = run("Andrea Moretti, 40, has coached Lazio since he retired in 2015. He won the Coppa Fiore in 2019 with the club.",
            "2024-05-01")
    assert _gender(b, "Andrea Moretti") == "male"
    assert event_names(b, "career.win", "agent") == ["Andrea Moretti"]


def test_a_pronoun_after_a_mere_mention_leaves_the_name_guess() -> None:
    # "whom she married": the she is another's; the name's guess stands, and the later "She" is not Corvath
    a = run("Film prize\n\nThe saxophonist Jean Corvath toured with Ada Bell, whom she married in 1962. Corvath died in 1991. "
            "She won the Orrin Prize in 2011.", "2024-05-01")
    assert _gender(a, "Jean Corvath") == "male"
    assert "Jean Corvath" not in event_names(a, "career.win", "agent")
    # ... nor a "her" with two people in view and a "She" a sentence on from the name
    b = run("Film prize\n\nJean Corvath founded the Haldane Gallery in 2001. Tom Baird, the gallery's chairman, praised her. "
            "She won the Orrin Prize in 2011.", "2024-05-01")
    assert _gender(b, "Jean Corvath") == "male"
    assert event_names(b, "career.win", "agent") == [None]


def test_a_joined_clauses_subject_goes_on_from_the_first_clauses() -> None:
    # "X will not stand: he has joined Y" (parsed as the first clause the complement of the second)
    a = run("Club news\n\nTom Baird chaired Harlow Rovers until 2019. His successor, Paul Renner, will not stand again: "
            "he has joined Corby Athletic.", "2024-05-01")
    assert event_names(a, "career.hire", "patient") == ["Paul Renner"]
    assert ("Paul Renner", "Corby Athletic") in facts_by_pair(a, "member")
    # ... and "X left the club in May, and he joined Y"
    b = run("Club news\n\nTom Baird chaired Harlow Rovers until 2019. His successor, Paul Renner, left the club in May, "
            "and he joined Corby Athletic.", "2024-05-01")
    assert event_names(b, "career.hire", "patient") == ["Paul Renner"]
    assert event_names(b, "career.resign", "agent") == ["Paul Renner"]


def test_no_one_subject_goes_on_from_two() -> None:
    # "X and Y will not stand: he has joined Z": which of the two is not told
    a = run("Club news\n\nTom Baird chaired Harlow Rovers until 2019. Paul Renner and Ken Mayo will not stand again: "
            "he has joined Corby Athletic.", "2024-05-01")
    assert not {"Paul Renner", "Ken Mayo", "Tom Baird"} & set(event_names(a, "career.hire", "patient"))
    assert not any(person != "Tom Baird" and body == "Corby Athletic" for person, body in facts_by_pair(a, "member"))


_RESIGNED = ("Leo Marsh resigned as finance minister on Monday. Marsh, 61, had held the post since 2015 and said he was "
             "proud of his work. ")


def test_he_also_goes_on_from_the_last_sentences_named_subject() -> None:
    # "X named Y ... He also promoted Z": one more act of the one who acted, not of the story's topic
    a = run(_RESIGNED + "Prime Minister Ravi Dell named Ana Kerr to the post on Tuesday. He also promoted Sam Ives to "
            "deputy finance minister.", "2024-05-01")
    assert event_names(a, "career.appoint", "agent") == ["Ravi Dell", "Ravi Dell"]
    assert event_names(a, "career.appoint", "patient") == ["Ana Kerr", "Sam Ives"]
    assert [e.time for e in typed(a, "career.appoint")] == ["2024-04-30", "2024-04-30"]


def test_he_also_is_left_alone_with_two_men_in_the_last_sentence() -> None:
    a = run(_RESIGNED + "Prime Minister Ravi Dell named Tom Kerr to the post on Tuesday. He also promoted Sam Ives to "
            "deputy finance minister.", "2024-05-01")
    assert event_names(a, "career.appoint", "agent") == ["Ravi Dell", None]
    # ... and without "also", the sentence's subject is not taken on that ground
    b = run(_RESIGNED + "Prime Minister Ravi Dell named Ana Kerr to the post on Tuesday. He promoted Sam Ives to "
            "deputy finance minister.", "2024-05-01")
    assert event_names(b, "career.appoint", "agent") == ["Ravi Dell", None]
