"""Session 32: career events (appointments, hirings, dismissals, resignations, retirements) in phrasings no fixture
had, as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_post_told_as_newly_taken_describes_the_one_named_as_appointed_or_hired() -> None:
    # "X, the newly appointed head of Y": an appointment of X to the post, of no time of the clause it sits in
    a = run("Jonas Pereira, the newly appointed head of the Maritime Authority, said the port would reopen on Friday.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Jonas Pereira"]
    assert role_texts(a, "career.appoint", "role") == [["head"]]
    assert event_names(a, "career.appoint", "organization") == ["Maritime Authority"]
    assert [e.time for e in typed(a, "career.appoint")] == [None]
    b = run("Marek Zielinski, Carvell Bank's newly installed chairman, promised a review.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Marek Zielinski"]
    assert role_texts(b, "career.appoint", "role") == [["chairman"]]
    c = run("Newly appointed Leeds Rhinos coach Brian Stott was unveiled on Monday.", "2024-05-08")
    assert event_names(c, "career.appoint", "patient") == ["Brian Stott"]
    assert role_texts(c, "career.appoint", "role")[0][0].endswith("coach")
    d = run("The club's newly signed striker, Ola Berg, scored twice on Saturday.", "2024-05-08")
    assert event_names(d, "career.hire", "patient") == ["Ola Berg"]
    # a thing newly signed or installed is no one taken on
    e = run("The newly signed deal with Orbis Foods was praised by Ana Ruiz on Monday.", "2024-05-08")
    f = run("Ana Ruiz toured the recently installed turbines at Harwick Dam.", "2024-05-08")
    assert not [ev for ev in e.events + f.events if ev.type and ev.type.startswith("career.")]
    # ... nor a board or software newly appointed or installed: a post is a person's
    g = run("The newly appointed board of Harwick Bank met on Monday. Tovik Bank's newly installed software failed on Tuesday.",
            "2024-05-08")
    assert typed(g, "career.appoint") == []


def test_the_doer_of_an_event_noun_told_by_by() -> None:
    # "X's hiring by Y": with the doer after "by", the possessor is the one hired (not a second hirer)
    a = run("Marla Quint's hiring by Ostara Media in 2018 was seen as a coup.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Marla Quint"]
    assert "Marla Quint" not in role_texts(a, "career.hire", "agent")[0]
    b = run("Halden Foods' takeover by Grell Group in 2019 cost 300 jobs.", "2024-05-08")
    assert event_names(b, "business.acquire", "patient") == ["Halden Foods"]
    assert event_names(b, "business.acquire", "agent") == ["Grell Group"]
    # "the sacking of X by Y": the parser hangs "by Y" on X; Y is still the one who sacked
    c = run("The sacking of Tom Reyes by Glenview Rovers was confirmed on Monday.", "2024-05-08")
    assert event_names(c, "career.fire", "patient") == ["Tom Reyes"]
    assert event_names(c, "career.fire", "agent") == ["Glenview Rovers"]
    # no "by": the possessor still does it
    d = run("Ostara Holdings' hiring of Marla Quint in 2018 was seen as a coup.", "2024-05-08")
    assert event_names(d, "career.hire", "patient") == ["Marla Quint"]


def test_taking_someone_on_is_hiring_them() -> None:
    # "took on X": the subject takes X on ("took a job" keeps its subject as the one hired)
    a = run("Software firm Pellucid took on Arjun Mehta as head of sales in 2020.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Arjun Mehta"]
    assert role_texts(a, "career.hire", "agent") == [["Software firm Pellucid"]]
    b = run("Arjun Mehta was taken on by Pellucid as a trainee in 2020.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == ["Arjun Mehta"]
    c = run("Arjun Mehta took a job at Pellucid in 2020.", "2024-05-08")
    assert event_names(c, "career.hire", "patient") == ["Arjun Mehta"]
    # a task taken on is no one hired
    d = run("Arjun Mehta took on responsibility for the firm's sales in 2020.", "2024-05-08")
    assert typed(d, "career.hire") == []


def test_walking_away_from_a_body_and_bowing_out_are_leavings() -> None:
    # "walked away from the Evening Gazette": the parser hangs "from" on "away"; the body left is the organisation
    a = run("Veteran editor Roger Lamb walked away from the Evening Gazette last week.", "2024-05-08")
    assert event_names(a, "career.resign", "agent") == ["Roger Lamb"]
    assert event_names(a, "career.resign", "organization") == ["Evening Gazette"]
    b = run("Kim Ode walked away from Harwick Bank in 2019 after a row over pay.", "2024-05-08")
    assert event_names(b, "career.resign", "organization") == ["Harwick Bank"]
    # "bows out": a leaving, not a retirement (the text says neither retired nor retirement)
    c = run("Bruno Keller bows out as Lakeside Opera's music director after 20 years.", "2024-05-08")
    assert event_names(c, "career.resign", "organization") == ["Lakeside Opera"]
    assert typed(c, "career.retire") == []
    # walking away from a crash or from talks leaves no post; bowing out of a tournament neither
    d = run("Tom Reyes walked away from the crash unhurt. Globex walked away from a merger with Harwick Bank in March.", "2024-05-08")
    e = run("Dana Voss bowed out of the Harbour Open in the second round.", "2024-05-08")
    assert typed(d, "career.resign") == typed(e, "career.resign") == typed(e, "career.retire") == []


def test_an_office_handed_to_someone_is_their_appointment_to_it() -> None:
    # "was handed the captaincy": the passive's subject is the one given the post (not the thing handed)
    a = run("Nell Brody was handed the captaincy by the coach, Ivan Petrov, in January.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Nell Brody"]
    assert role_texts(a, "career.appoint", "role") == [["captaincy"]]
    b = run("The board handed Ana Ruiz the chairmanship in 2019.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Ana Ruiz"]
    assert role_texts(b, "career.appoint", "role") == [["chairmanship"]]
    c = run("The referee handed Ana Ruiz a yellow card in the first half.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_reappointment_and_elevation_name_someone_to_a_post() -> None:
    a = run("Ruth Anand was reappointed as chair of the Westmoor Trust on Tuesday.", "2024-05-08")  # (lemmatised "reappointe")
    assert event_names(a, "career.appoint", "patient") == ["Ruth Anand"]
    assert role_texts(a, "career.appoint", "role") == [["chair"]]
    b = run("Luca Ferri's elevation to chief executive in 2016 surprised analysts.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Luca Ferri"]
    assert [e.time for e in typed(b, "career.appoint")] == ["2016"]
    c = run("The village of Olmo, at an elevation of 900 metres, lies above Lake Orta.", "2024-05-08")
    assert typed(c, "career.appoint") == []


def test_a_body_cutting_ties_with_ditching_or_giving_the_sack_to_a_person_lets_them_go() -> None:
    a = run("Brenlow Steel has cut ties with its chairman, Alan Roe.", "2024-05-08")
    assert event_names(a, "career.fire", "patient") == ["Alan Roe"]
    assert event_names(a, "career.fire", "agent") == ["Brenlow Steel"]
    b = run("Halden Rovers severed ties with the coach Joe Pratt in May.", "2024-05-08")
    assert event_names(b, "career.fire", "patient") == ["Joe Pratt"]
    c = run("Alan Roe was ditched by Brenlow Steel in 2022.", "2024-05-08")
    assert event_names(c, "career.fire", "agent") == ["Brenlow Steel"]
    d = run("Joe Pratt was given the sack by Halden Rovers on Sunday.", "2024-05-08")
    e = run("Joe Pratt got the sack from Halden Rovers in May.", "2024-05-08")
    assert event_names(d, "career.fire", "patient") == event_names(e, "career.fire", "patient") == ["Joe Pratt"]
    # fans cutting ties, a plan ditched, a boot got: no one let go
    f = run("Fans cut ties with the supporters' club in 2020.", "2024-05-08")
    g = run("Brenlow Steel ditched its plans for a new plant in 2022.", "2024-05-08")
    h = run('"Delvane paid a full price, but it gets the best-known boot in the market," said Ines Vermaelen.', "2024-05-08")
    assert typed(f, "career.fire") == typed(g, "career.fire") == typed(h, "career.fire") == []


def test_a_person_exiting_a_body_leaves_it() -> None:
    a = run("Ken Abara exited Vellum Books in 2021.", "2024-05-08")
    assert event_names(a, "career.resign", "organization") == ["Vellum Books"]
    b = run("Ken Abara, who exited Vellum Books last year, now writes for Orbit Press.", "2024-05-08")
    assert event_names(b, "career.resign", "agent") == ["Ken Abara"]
    c = run("Britain exited the European Union in 2020.", "2024-05-08")
    assert typed(c, "career.resign") == []


def test_an_arrival_at_a_body_a_recruit_and_a_swoop_are_hirings() -> None:
    a = run("Ana Ruiz's arrival at Tovik Bank in 2019 was welcomed.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Ana Ruiz"]
    assert event_names(a, "career.hire", "organization") == ["Tovik Bank"]
    b = run("Rafe Doyle has scored 40 goals since his arrival at Norbury Athletic in 2021.", "2024-05-08")
    assert [e.time for e in typed(b, "career.hire")] == ["2021"]
    c = run("Tovik Bank's newest recruit, Hana Lee, starts on Monday.", "2024-05-08")
    assert event_names(c, "career.hire", "patient") == ["Hana Lee"]
    d = run("Kestrel City have swooped for the striker Dan Oduya.", "2024-05-08")
    assert event_names(d, "career.hire", "patient") == ["Dan Oduya"]
    assert event_names(d, "career.hire", "agent") == ["Kestrel City"]
    # a storm's arrival, an arrival in a city, police recruits, a police swoop: no one hired
    e = run("The storm's arrival at Calder Bay was delayed. Ana Ruiz's arrival in London was delayed too.", "2024-05-08")
    f = run("Police recruits marched through Oslo on Monday. Police swooped on a house in Leeds on Tuesday.", "2024-05-08")
    assert typed(e, "career.hire") == typed(f, "career.hire") == []


def test_taking_on_or_up_a_role_of_a_post_is_an_appointment_to_it() -> None:
    # "took on the role of X" is no one taken on: the subject is named to the post ("took on X" hires X)
    a = run("Lena Ode took on the role of chief executive at Harwick Bank in 2019.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Lena Ode"]
    assert role_texts(a, "career.appoint", "role") == [["chief executive"]]
    assert event_names(a, "career.appoint", "organization") == ["Harwick Bank"]
    assert typed(a, "career.hire") == []
    b = run("Lena Ode took up the post of editor at the Harwick Gazette in 2019.", "2024-05-08")
    assert role_texts(b, "career.appoint", "role") == [["editor"]]
    c = run("In 2019 Lena Ode took on the chairmanship of Harwick Bank.", "2024-05-08")
    assert event_names(c, "career.appoint", "organization") == ["Harwick Bank"]
    # a stance taken is no post
    d = run("Lena Ode took the position that the law was unfair.", "2024-05-08")
    assert typed(d, "career.appoint") == []


def test_a_participle_set_off_by_commas_after_a_name_is_done_to_that_name() -> None:
    # "X, appointed Y in 2021, was sacked": the parser makes X the subject of "appointed" (a past tense, or a clause of
    # its own); no auxiliary and a comma after the subject: X was appointed, and X was sacked
    a = run("Ibrahim Sall, appointed finance minister in 2021, was sacked on Tuesday.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Ibrahim Sall"]
    assert role_texts(a, "career.appoint", "agent") == [[]]
    assert [e.time for e in typed(a, "career.fire")] == ["2024-05-07"]
    b = run("Omar Diallo, appointed interior minister in 2022, was dismissed on Monday.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Omar Diallo"]
    c = run("Kemi Shaw, appointed head coach in 2021, was sacked on Sunday.", "2024-05-08")
    assert role_texts(c, "career.appoint", "role") == [["head coach"]]
    # a name set off as an apposition keeps its verb active
    d = run("A second non-executive, Dorcas Ibekwe-Lund, stepped down on Wednesday, citing other commitments.", "2024-05-08")
    assert event_names(d, "career.resign", "agent") == ["Dorcas Ibekwe-Lund"]
    e = run("Harwick Bank, meanwhile, appointed Lena Ode as chief executive on Monday.", "2024-05-08")
    assert event_names(e, "career.appoint", "agent") == ["Harwick Bank"]


def test_the_body_of_a_job_left_is_the_organisation_left() -> None:
    # "her job at X", "her role at X": the post's body is the one left
    a = run("Lena Ode will step down from her role at Harwick Bank in June.", "2024-05-08")
    assert role_texts(a, "career.resign", "organization") == [["Harwick Bank"]]
    b = run("Lena Ode is leaving her job at Harwick Bank.", "2024-05-08")
    assert "Harwick Bank" in role_texts(b, "career.resign", "organization")[0]
    c = run("Lena Ode quit her job at Harwick Bank in 2019 to travel.", "2024-05-08")
    assert role_texts(c, "career.resign", "organization") == [["Harwick Bank"]]
    e = run("Simone Okafor has handed in her notice at Castlegate Council.", "2024-05-08")  # (notice handed in at a body)
    assert role_texts(e, "career.resign", "organization") == [["Castlegate Council"]]
    f = run("Simone Okafor handed in her notice at the end of March.", "2024-05-08")
    assert role_texts(f, "career.resign", "organization") == [[]]
    # a seat at a table is no post, and "at the age of 60" no body
    d = run("Lena Ode left her seat at the table to greet Tom Reyes.", "2024-05-08")
    assert typed(d, "career.resign") == []


def test_let_go_by_a_body() -> None:
    # "was let go by X": the parser hangs "by X" on "go"
    a = run("Lena Ode was let go by Harwick Bank in 2019.", "2024-05-08")
    assert event_names(a, "career.fire", "agent") == ["Harwick Bank"]
    b = run("The striker Dan Oduya was let go by Kestrel Rovers at the end of the season.", "2024-05-08")
    assert event_names(b, "career.fire", "patient") == ["Dan Oduya"]
    assert event_names(b, "career.fire", "agent") == ["Kestrel Rovers"]


def test_a_described_post_is_dated_by_its_own_clause_and_reins_are_no_post() -> None:
    # "X's newly elected mayor Y took office on Monday": the participle takes its own clause's day (not one of a clause under it)
    a = run("Dunmere's newly elected mayor Lena Ode took office on Monday.", "2024-05-08")
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-06"]
    b = run("Lena Ode, the newly installed chairman, opened the meeting on Monday.", "2024-05-08")
    assert [e.time for e in typed(b, "career.appoint")] == ["2024-05-06"]
    # "was handed the reins": the thing handed over, no post
    c = run("After 12 years as deputy, Hanna Lind was handed the reins at Tovik Bank in January.", "2024-05-08")
    assert event_names(c, "career.appoint", "patient") == ["Hanna Lind"]
    assert role_texts(c, "career.appoint", "role") == [[]]
