"""Session 34: wins, awards and nominations told in phrasings no fixture had tried (invented sentences through the
real pipeline, each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, role_texts, typed


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
    a = run("Ballyknock Rovers romped home in the All-Ireland final on Saturday.")
    assert_event(a, "career.win", {"agent": "Ballyknock Rovers"})
    b = run("Ada Quill romped home in the Harbour Stakes at Ascot on Saturday.")
    assert_event(b, "career.win", {"agent": "Ada Quill"})
    # ... a game or a cup tie won is no prize
    assert_no_event(run("Ada Quill romped home in the derby on Saturday."), "career.win")
    assert_no_event(run("Kelso Wanderers cruised to victory in the cup on Saturday."), "career.win")


def test_a_work_told_by_the_noun_in_apposition_wins_for_its_maker() -> None:
    # "Salt Road, Ada Quill's third novel, won": the work (the apposed noun says so), its owner the agent
    a = run("Salt Road, Ada Quill's third novel, won the Corben Prize on Tuesday.")
    assert_event(a, "career.win", {"agent": "Ada Quill", "work": "Salt Road"})
    b = run("Harrow Lights, Tom Hale's debut album, won the Lyre Award in 2019.")
    assert_event(b, "career.win", {"agent": "Tom Hale", "work": "Harrow Lights"})
    # ... a person in apposition is no work
    c = run("Tom Hale, Ada Quill's husband, won the Corben Prize on Tuesday.")
    assert event_names(c, "career.win", "agent") == ["Tom Hale"]
    assert event_names(c, "career.win", "work") == [None]


def test_pipping_or_edging_a_rival_to_the_title() -> None:
    a = run("Dunmore Harriers pipped Kelso Wanderers to the title on Saturday.")
    assert_event(a, "career.win", {"agent": "Dunmore Harriers", "award": "title"})
    b = run("Ada Quill edged Ines Moll to the Corben Prize in 2019.")
    assert_event(b, "career.win", {"agent": "Ada Quill", "award": "Corben Prize"})
    # ... to the line, the punch: no prize; shares edging higher: no one
    assert_no_event(run("Ada Quill edged Ines Moll to the line in Lyon on Tuesday."), "career.win")
    assert_no_event(run("Tom Hale beat Ivo Marek to the punch on Sunday."), "career.win")
    assert_no_event(run("Shares in Harwick Mills edged higher on Friday."), "career.win")


def test_prevailing_or_being_victorious_in_a_contest() -> None:
    a = run("Kofi Mensah prevailed in the final against Ivo Marek in Madrid on Sunday.")
    assert_event(a, "career.win", {"agent": "Kofi Mensah", "place": "Madrid"})
    b = run("Ruth Abel was victorious in the women's race in Vienna on Sunday.")
    assert_event(b, "career.win", {"agent": "Ruth Abel", "place": "Vienna"})
    c = run("Kelso Wanderers were victorious at the Harbour Cup in 2019.")
    assert_event(c, "career.win", {"agent": "Kelso Wanderers", "award": "Harbour Cup"})
    # ... a by-election is an election; a court case, a derby or a day's game is no prize
    assert_event(run("Labour were victorious in the Dunmore by-election on Thursday."), "politics.elect", {"patient": "Labour"})
    assert_no_event(run("Harwick Council was victorious in court on Friday."), "career.win")
    assert_no_event(run("Harwick Council prevailed in court on Friday."), "career.win")
    assert_no_event(run("Kelso Wanderers were victorious in the derby on Saturday."), "career.win")
    assert_no_event(run("Kelso Wanderers were victorious on Saturday."), "career.win")


def test_declared_the_winner() -> None:
    a = run("Ada Quill was declared the winner of the Corben Prize on Tuesday.")
    assert_event(a, "career.win", {"agent": "Ada Quill", "award": "Corben Prize"})
    b = run("Tom Hale was declared champion in Doha on Sunday.")
    assert_event(b, "career.win", {"agent": "Tom Hale"})
    # ... of a by-election: elected; declared bankrupt: no win
    c = run("Marisol Tennant was declared the winner of Thursday's by-election.")
    assert_event(c, "politics.elect", {"patient": "Marisol Tennant"})
    assert_no_event(c, "career.win")
    assert_no_event(run("Tom Hale was declared bankrupt in 2019."), "career.win")


def test_capturing_a_title() -> None:
    a = run("Mirela Kovac captured her first major title in Paris in June 2008.")
    assert_event(a, "career.win", {"agent": "Mirela Kovac", "place": "Paris"})
    b = run("Kelso Wanderers captured the Harbour Cup in 2019.")
    assert_event(b, "career.win", {"agent": "Kelso Wanderers"})
    assert_no_event(run("Rebels captured the town of Harwick on Friday."), "career.win")
    assert_no_event(run("The film captured the mood of the country in 2019."), "career.win")


def test_a_medallist_dated_won_then() -> None:
    a = run("Ruth Okafor, the Olympic silver medallist in 2021, retired on Monday.")
    assert [e.time for e in typed(a, "career.win")] == ["2021"]
    assert event_names(a, "career.win", "agent") == ["Ruth Okafor"]
    b = run("Ivo Marek, the 2016 Olympic bronze medallist, has died aged 61.")
    assert [e.time for e in typed(b, "career.win")] == ["2016"]
    # ... undated, a description
    assert_no_event(run("The Olympic medallist Ruth Okafor retired on Monday."), "career.win")


def test_a_cap_or_a_race_to_sign_someone_is_no_prize() -> None:
    # "won her first cap": picked for the side; "won the race to sign X": a contest to do something
    assert_no_event(run("Ada Quill won her first cap for England in 2019."), "career.win")
    assert_no_event(run("Tom Hale won his 50th cap against Wales on Saturday."), "career.win")
    a = run("Kelso Wanderers won the race to sign Tom Hale on Friday.")
    assert_no_event(a, "career.win")
    assert_event(a, "career.hire", {"patient": "Tom Hale", "organization": "Kelso Wanderers"})
    assert_no_event(run("Harwick Rovers won the battle to keep their striker, Ivo Marek, in January."), "career.win")
    # ... a race run is still won
    assert_event(run("Ada Quill won the race in Vienna on Sunday."), "career.win", {"agent": "Ada Quill", "place": "Vienna"})


def test_put_forward_for_a_prize() -> None:
    a = run("Ada Quill was put forward for the Corben Prize by her publisher in 2019.")
    assert_event(a, "career.nominate", {"patient": "Ada Quill", "award": "Corben Prize"})
    b = run("Tom Hale was put forward for the Lyre Award in March.")
    assert_event(b, "career.nominate", {"patient": "Tom Hale", "award": "Lyre Award"})
    # ... a proposal put forward, or a man put forward as a candidate: no prize
    assert_no_event(run("Tom Hale put forward a proposal on Friday."), "career.nominate")
    assert_no_event(run("Tom Hale was put forward as a candidate in 2019."), "career.nominate")



def test_a_list_read_as_appositions_names_no_owner() -> None:
    # "publishes the Journal, Barron's magazine, ...": a list of objects, not a work and its owner
    a = run("Dow Jones, which owns 67% of Telerate, publishes The Wall Street Journal, Barron's magazine, community newspapers "
            "and operates financial news services.")
    assert all("Barron" not in t for ts in role_texts(a, "report.publish", "agent") for t in ts)
