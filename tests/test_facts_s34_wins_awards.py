"""Session 34: wins, awards and nominations told in phrasings no fixture had tried (invented sentences through the
real pipeline, each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_up_for_a_prize_with_for_hung_on_the_verb() -> None:
    # "X was up for best actress": the parser hangs "for" on "was", beside "up" (not under it)
    a = run("Greta Lindqvist was up for best actress at the Harbour Awards last year.")
    assert_event(a, "career.nominate", {"patient": "Greta Lindqvist", "award": "best actress"})
    assert [e.time for e in typed(a, "career.nominate")] == ["2023"]
    b = run("Ilse Marr was up for the Corben Prize in 2021.")
    assert_event(b, "career.nominate", {"patient": "Ilse Marr", "award": "Corben Prize"})
    # ... up for election, up for sale: no prize
    assert_no_event(run("Tom Hale was up for election in May."), "career.nominate")
    assert_no_event(run("The Harwick estate was up for sale in 2019."), "career.nominate")


def test_in_the_running_for_a_prize_is_a_nomination() -> None:
    a = run("Felix Okoro is in the running for the Best Newcomer award.")
    assert_event(a, "career.nominate", {"patient": "Felix Okoro", "award": "Best Newcomer"})
    b = run("Ilse Marr was still in the running for the Corben Prize in March.")
    assert_event(b, "career.nominate", {"patient": "Ilse Marr", "award": "Corben Prize"})
    c = run("Ilse Marr is in the running for best actress.")
    assert_event(c, "career.nominate", {"patient": "Ilse Marr", "award": "best actress"})
    # ... a job is no prize
    assert_no_event(run("Felix Okoro is in the running for the manager's job."), "career.nominate")


def test_a_mark_met_is_no_meeting() -> None:
    # "met the qualifying standard / time / mark": a mark reached, no two people meeting
    assert_no_event(run("The sprinter Kojo Asante met the qualifying standard for the Olympics in Accra on Saturday."), "life.meet")
    assert_no_event(run("Ines Lowe met the qualifying time in Berlin last month."), "life.meet")
    assert_no_event(run("Tom Hale met the entry requirement in 2019."), "life.meet")
    # ... a person met is still a meeting
    assert_event(run("Ada Quill met her husband, Tom Pike, at a party in 2009."), "life.meet", {"agent": "Ada Quill", "partner": "Tom Pike"})


def test_sealing_a_title_wins_it() -> None:
    a = run("Norrow City sealed the championship with a 3-0 win over Dalby on Saturday.")
    assert_event(a, "career.win", {"agent": "Norrow City", "award": "championship"})
    b = run("Ada Quill sealed her second world title in Doha on Sunday.")
    assert_event(b, "career.win", {"agent": "Ada Quill", "award": "title"})
    # ... a deal or a place in the final sealed is no prize
    assert_no_event(run("Norrow City sealed the deal with Tom Hale on Saturday."), "career.win")
    assert_no_event(run("Ada Quill sealed her place in the final on Friday."), "career.win")


def test_a_michelin_star_received_is_won() -> None:
    a = run("The chef Marisol Quintero received a Michelin star last year.")
    assert_event(a, "career.win", {"agent": "Marisol Quintero"})
    assert [e.time for e in typed(a, "career.win")] == ["2023"]
    b = run("Tomas Arrate picked up his second Michelin star in 2021.")
    assert_event(b, "career.win", {"agent": "Tomas Arrate"})
    assert_no_event(run("Tomas Arrate received a five-star review in 2021."), "career.win")


def test_a_finalist_for_a_prize_is_nominated() -> None:
    a = run("Nora Varga was one of three finalists for the Whitcombe Prize last year.")
    assert_event(a, "career.nominate", {"patient": "Nora Varga", "award": "Whitcombe Prize"})
    assert [e.time for e in typed(a, "career.nominate")] == ["2023"]
    b = run("The novelist Ada Quill, a finalist for the Whitcombe Prize in 2019, died on Monday.")
    assert event_names(b, "career.nominate", "patient") == ["Ada Quill"]
    c = run("Ada Quill was among the finalists for the Harbour Award.")
    assert_event(c, "career.nominate", {"patient": "Ada Quill"})
    # ... a contest's finalist reached a final, no prize's shortlist
    assert_no_event(run("The Wimbledon finalist Ada Quill retired on Monday."), "career.nominate")
    assert_no_event(run("Ada Quill was a finalist in the 400 metres in Oslo."), "career.nominate")


def test_the_nomination_of_a_person() -> None:
    a = run("The nomination of Rue Calder was announced on Tuesday.")
    assert_event(a, "career.nominate", {"patient": "Rue Calder"})
    b = run("Critics welcomed the nomination of Ines Moll for best director in January.")
    assert_event(b, "career.nominate", {"patient": "Ines Moll"})


def test_romping_home_in_a_cup_final_wins_it() -> None:
    a = run("Ballyknock Rovers romped home in the Leinster Cup final on Saturday.")
    assert_event(a, "career.win", {"agent": "Ballyknock Rovers"})
    b = run("Ada Quill romped home in the Harbour Stakes at Ascot on Saturday.")
    assert_event(b, "career.win", {"agent": "Ada Quill"})
    # ... a game won is no prize
    assert_no_event(run("Ada Quill romped home in the derby on Saturday."), "career.win")
