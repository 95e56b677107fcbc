"""Session 34: hirings and transfers told by verbs the lexicon lacked ("was traded to the X", "has enlisted X as
an adviser", "roped in X", "inked a deal with the club X"), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_player_traded_to_a_club_is_hired_by_it() -> None:
    # American sports: "was traded to X", "X traded Y to Z" (Z takes the player on; X lets them go)
    a = run("Jared Cole was traded to the Boston Comets in 2016.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Jared Cole"]
    assert event_names(a, "career.hire", "agent") == ["Boston Comets"]
    assert [ev.time for ev in typed(a, "career.hire")] == ["2016"]
    b = run("The Denver Larks traded Miles Cole to the Boston Comets in 2016.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == ["Miles Cole"]
    assert event_names(b, "career.hire", "organization") == ["Boston Comets"]
    assert [ev.time for ev in typed(b, "career.hire")] == ["2016"]
    # shares, insults or goods traded: no one hired
    c = run("Shares in Linwood Group traded at a record high on Monday. Pia Lund traded insults with Jo Weir.", "2024-05-08")
    assert typed(c, "career.hire") == []
    d = run("The Orvel Trading Company traded grain to Dunmore Mills for decades.", "2024-05-08")
    assert typed(d, "career.hire") == []


def test_a_person_enlisted_or_roped_in_by_a_body_is_hired() -> None:
    a = run("Quayside Bank has enlisted Petra Nolan as an adviser.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Petra Nolan"]
    assert event_names(a, "career.hire", "agent") == ["Quayside Bank"]
    assert role_texts(a, "career.hire", "role") == [["adviser"]]
    b = run("In March the charity Harbour Aid enlisted the former nurse Joan Pike to run its appeal.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == ["Joan Pike"]
    assert [ev.time for ev in typed(b, "career.hire")] == ["2024-03"]
    c = run("Linwood Partners has roped in the tax expert Paul Mercer.", "2024-05-08")
    assert event_names(c, "career.hire", "patient") == ["Paul Mercer"]
    assert event_names(c, "career.hire", "agent") == ["Linwood Partners"]
    e = run("Linwood Partners roped in Paul Mercer last year.", "2024-05-08")
    assert event_names(e, "career.hire", "patient") == ["Paul Mercer"]
    assert [ev.time for ev in typed(e, "career.hire")] == ["2023"]
    # enlisting in the army, enlisting someone's help: no one hired by a body
    d = run("Mo Ferris enlisted in the army in 1942. Quayside Bank enlisted the help of the police.", "2024-05-08")
    assert typed(d, "career.hire") == []


def test_a_deal_inked_with_a_club_is_a_signing() -> None:
    a = run("Winger Leo Tan has inked a three-year deal with Corby Town.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Leo Tan"]
    assert event_names(a, "career.hire", "organization") == ["Corby Town"]
    b = run("On Friday the striker Emil Sand inked a two-year contract with Hallam Rovers.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == ["Emil Sand"]
    assert [ev.time for ev in typed(b, "career.hire")] == ["2024-05-03"]
    # a contract renewed: no one hired
    c = run("Leo Tan inked a new contract with Corby Town on Friday.", "2024-05-08")
    assert typed(c, "career.hire") == []
    # two bodies inking a deal: an agreement, no one hired
    d = run("Norvik inked a supply deal with Galt Power.", "2024-05-08")
    assert typed(d, "career.hire") == []


def test_taking_on_a_rival_in_a_contest_is_no_hiring() -> None:
    # "took on X in the final / in the election": a rival faced
    a = run("Kit Ode took on Serena Lane in the final.", "2024-05-08")
    assert typed(a, "career.hire") == []
    b = run("Mia Stark will take on the reigning champion, Ana Bell, in Saturday's bout.", "2024-05-08")
    assert typed(b, "career.hire") == []
    c = run("Ron Dale took on the incumbent, Gail Moss, in the 2019 election.", "2024-05-08")
    assert typed(c, "career.hire") == []
    # a firm taking someone on is still a hiring
    d = run("Halden Herald took on Jo Fry in 2019.", "2024-05-08")
    assert event_names(d, "career.hire", "patient") == ["Jo Fry"]
    e = run("Hollis Group took on Danny Webb as a trainee in 2005.", "2024-05-08")
    assert event_names(e, "career.hire", "agent") == ["Hollis Group"]


def test_becoming_a_clubs_signing_names_the_one_signed() -> None:
    # "X became Y's third signing", as "X is Y's third signing"
    a = run("Jo Abara became Kelso Rovers' third signing on Friday.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Jo Abara"]
    assert event_names(a, "career.hire", "agent") == ["Kelso Rovers"]
    assert [ev.time for ev in typed(a, "career.hire")] == ["2024-05-03"]
    b = run("Lena Voss became Orrin Foods' first hire from a rival bank in 2019.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == ["Lena Voss"]
    assert [ev.time for ev in typed(b, "career.hire")] == ["2019"]
    # becoming a winner or a guest: no one signed
    c = run("Ada Cole became the first winner of the Orwell Prize in 1994. Tom Lake became a regular guest on the show.", "2024-05-08")
    assert typed(c, "career.hire") == []
