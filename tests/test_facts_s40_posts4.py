"""Session 40: role facts told in phrasings nobody had tested -- a post told first and its holder after "is" ("Y's new
headteacher is X"), a post in a fronted "as" phrase ("As director of Y, she oversaw ..."), a post the tagger took for an
adjective after "became", a post's field after "of" ("made head of marketing"), a post the leaving was for ("left the team
to become ..."), and "would-be" and "first female" before a post, as small invented articles through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import posts


def test_a_post_told_first_and_its_holder_after_is() -> None:
    a = run("Academy names new head\n\nOakfield Academy's new headteacher is Sian Pryce, the trust said on Friday. Pryce, 44, "
            "replaces Martin Oyelaran.", "2024-05-06")
    assert posts(a, "Sian Pryce")["headteacher"][0] == "Oakfield Academy"
    b = run("Club news\n\nThe club's captain this season is Joe Adu. Adu joined in 2019.", "2024-05-06")
    assert "captain" in posts(b, "Joe Adu")
    c = run("Bank history\n\nIts chairman was Tom Reed until 2019, when he retired.", "2024-05-06")
    assert posts(c, "Tom Reed")["chairman"][2] == "2019"
    # a description after "is" is no name
    d = run("Club news\n\nThe winner is Tom Reed, the judges said.", "2024-05-06")
    assert posts(d, "Tom Reed") == {}


def test_a_post_in_a_fronted_as_phrase() -> None:
    a = run("Mayor marks first year\n\nIn her first year as mayor, Gwen Tallis has cut parking fees twice. Tallis said on "
            "Monday she would stand again.", "2024-05-06")
    assert "mayor" in posts(a, "Gwen Tallis")
    b = run("Bank chair named\n\nHelen Voss was named chair of Carrow Bank on Monday. As director of the Carrow Trust, Voss "
            "oversaw its merger.", "2024-05-06")
    assert posts(b, "Helen Voss")["director"][0] == "Carrow Trust"
    c = run("Move\n\nAs a child, Helen Voss lived in Leeds.", "2024-05-06")
    assert posts(c, "Helen Voss") == {}


def test_a_post_tagged_an_adjective_after_became() -> None:
    a = run("Principal retires\n\nDorothy Amadi became principal of Kelsey College in 2018. Amadi, a chemist by training, "
            "retires in July.", "2024-05-06")
    assert posts(a, "Dorothy Amadi")["principal"][:2] == ("Kelsey College", "2018")
    b = run("Head stays\n\nRuth Okafor remained principal until 2020.", "2024-05-06")
    assert posts(b, "Ruth Okafor")["principal"][2] == "2020"
    c = run("Singer\n\nRuth Okafor became famous in 2018.", "2024-05-06")
    assert posts(c, "Ruth Okafor") == {}


def test_a_post_s_field_after_of() -> None:
    a = run("Paper reshuffle\n\nLowri Trevaskis has been made head of marketing. Trevaskis joined in 2018.", "2024-05-06")
    assert "head of marketing" in posts(a, "Lowri Trevaskis")
    b = run("Gallery staff\n\nClare Arden is the gallery's head of learning.", "2024-05-06")
    assert "head of learning" in posts(b, "Clare Arden")
    c = run("Supermarket boss\n\nAnn Lee rose to head of buying in 2019.", "2024-05-06")
    assert posts(c, "Ann Lee")["head of buying"][1] == "2019"


def test_the_post_a_leaving_was_for_is_begun_not_ended() -> None:
    a = run("Coach leaves\n\nHugo Ottersby left the team to become head of performance at the national federation.",
            "2024-05-06")
    assert posts(a, "Hugo Ottersby")["head of performance"][2] is None
    b = run("Banker moves\n\nHugo Ottersby left the team to become chief executive of Fenwick Bank.", "2024-05-06")
    assert posts(b, "Hugo Ottersby")["chief executive"] == ("Fenwick Bank", None, None)
    # the post left still ends
    c = run("Coach leaves\n\nHugo Ottersby, the head coach, left the club in May to join Fenwick Rovers.", "2024-05-06")
    assert posts(c, "Hugo Ottersby")["head coach"][2] == "2024-05"


def test_would_be_and_first_female_before_a_post() -> None:
    a = run("Club row\n\nCarla Duval, the would-be president of the Fenwick Club, said on Friday she had been snubbed.",
            "2024-05-06")
    assert "president" not in posts(a, "Carla Duval")
    b = run("Bank chair named\n\nHelen Voss, who succeeded Ian Bell as chair, was the bank's first female chair.",
            "2024-05-06")
    assert "chair" in posts(b, "Helen Voss") and "female chair" not in posts(b, "Helen Voss")
    c = run("Institute\n\nAnna Tolvsen became the institute's first female director in 1982.", "2024-05-06")
    assert "director" in posts(c, "Anna Tolvsen")


def test_a_name_set_off_after_a_title_the_parser_hung_elsewhere() -> None:
    a = run("Fund wins board seat\n\nGault Creek has secured a seat on the board for its head of research, Idris Monk. Monk, "
            "52, joined the fund in 2016.", "2024-05-06")
    assert "head of research" in posts(a, "Idris Monk")
    b = run("Hospital thanks staff\n\nThe trust paid tribute to the hospital's chief executive, Anne Hale.", "2024-05-06")
    assert "chief executive" in posts(b, "Anne Hale")
    # a body after the comma is no holder
    c = run("Unit sold\n\nThe firm sold the unit to its founder, Kestrel Holdings.", "2024-05-06")
    assert not [f for f in c.facts if f.relation == "role"]


def test_a_fellow_of_a_team_is_no_post() -> None:
    a = run("Cyclist retires\n\nAnouk Vers, the Dutch cyclist, has retired. Her teammate Lotte Bran said she would be "
            "missed.", "2024-05-06")
    assert "teammate" not in posts(a, "Lotte Bran")
    b = run("Star quits\n\nThe striker Omar Dade has left Kelby Rovers. His former teammate, Joel Arna, paid tribute.",
            "2024-05-06")
    assert "teammate" not in posts(b, "Joel Arna")


def test_a_post_told_by_as_after_a_noun() -> None:
    a = run("Club legend dies\n\nArthur Penn, who managed Kelby Rovers from 1978 to 1985, has died aged 90. His successor as "
            "manager, Jim Hale, paid tribute.", "2024-05-06")
    assert "manager" in posts(a, "Jim Hale") and "manager" in posts(a, "Arthur Penn")
    b = run("Mayor re-elected\n\nGwen Tallis was re-elected on Friday. Her first term as mayor was stormy.", "2024-05-06")
    assert "mayor" in posts(b, "Gwen Tallis")
    c = run("Bank news\n\nDuring her tenure as finance director, Helen Voss cut costs by a third.", "2024-05-06")
    assert "finance director" in posts(c, "Helen Voss")
    # a part in life is no post
    d = run("Race won\n\nTom Crane won the race. His role as a father comes first, he said.", "2024-05-06")
    assert posts(d, "Tom Crane") == {}


def test_a_post_in_a_fronted_participle_with_as() -> None:
    a = run("Society vote\n\nSpeaking as president of the Kelby Society, Lena Ruud said the vote was close.", "2024-05-06")
    assert posts(a, "Lena Ruud")["president"][0] == "Kelby Society"
    b = run("Museum row\n\nSpeaking as chair of the trustees, Omar Dade said on Monday the museum would stay open.",
            "2024-05-06")
    assert "chair of the trustees" in posts(b, "Omar Dade") or "chair" in posts(b, "Omar Dade")
    c = run("Benefit cuts\n\nSpeaking as a mother, Lena Ruud said the plan was cruel.", "2024-05-06")
    assert posts(c, "Lena Ruud") == {}
