"""Session 36: wins, awards, nominations and elections told in phrasings no fixture had tried (invented sentences through
the real pipeline, each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_a_prize_won_by_someone_in_the_passive_names_the_winner() -> None:
    a = run("The Harwick Prize was won by Sarah Jones in 2017.")
    assert_event(a, "career.win", {"agent": "Sarah Jones", "award": "Harwick Prize"})
    assert [e.time for e in typed(a, "career.win")] == ["2017"]
    b = run("The title was won by Norrow City on Saturday.")
    assert_event(b, "career.win", {"agent": "Norrow City"})
    # ... the body that hands a prize over is no winner
    c = run("The Copley Medal was awarded to Ada Quill by the Royal Society in 2019.")
    assert event_names(c, "career.win", "agent") == ["Ada Quill"]
    assert_event(c, "career.win", {"awarder": "Royal Society"})
    d = run("Ada Quill was awarded the Copley Medal by the Royal Society.")
    assert event_names(d, "career.win", "agent") == ["Ada Quill"]
    # ... nor is one who collects it on the winner's behalf, and "one of nine won by X" is a tally
    assert_no_event(run("Her award was collected by the film's director, Paolo Ruggeri."), "career.win")
    assert_no_event(run("The prize was accepted on his behalf by his widow, Ada Quill."), "career.win")
    assert_no_event(run("Her gold was one of nine won by Valdrenia over the six days."), "career.win")


def test_a_seat_or_an_office_defended_or_retained_is_an_election() -> None:
    a = run("The Greens' Tom Abel comfortably defended his seat in Ashby North in 2017.")
    assert_event(a, "politics.elect", {"patient": "Tom Abel"})
    assert [e.time for e in typed(a, "politics.elect")] == ["2017"]
    b = run("Ola Brandt retained the mayoralty in May.")
    assert_event(b, "politics.elect", {"patient": "Ola Brandt"})
    # ... a seat on a board secured, or one to be defended, is no election won
    assert_no_event(run("Ola Brandt secured a seat on the board in 2019."), "politics.elect")
    assert_no_event(run("Ada Quill will defend her seat at the next election."), "politics.elect")
    # ... and a title retained stays a win
    assert_event(run("Kasia Nowak retained her world title in Glasgow in 2022."), "career.win", {"agent": "Kasia Nowak"})


def test_a_penalty_or_a_free_kick_won_is_no_prize() -> None:
    assert_no_event(run("The striker Leo Baptiste won a penalty in the 80th minute."), "career.win")
    assert_no_event(run("Sam Ode won a free kick on the edge of the area."), "career.win")
    assert_no_event(run("Ada Quill won two corners in the first half."), "career.win")
    assert_event(run("Sam Ode won the European Cup in 1999."), "career.win", {"agent": "Sam Ode"})


def test_second_behind_or_runner_up_to_someone_is_their_win() -> None:
    a = run("Marta Lind came second behind Ada Voss in the 1500m on Thursday.")
    assert event_names(a, "career.win", "agent") == ["Ada Voss"]
    assert [e.time for e in typed(a, "career.win")] == ["2024-05-02"]
    b = run("She finished second behind Giulia Sartorelli last year.")
    assert event_names(b, "career.win", "agent") == ["Giulia Sartorelli"]
    assert [e.time for e in typed(b, "career.win")] == ["2023"]
    c = run("Peter Holm was runner-up to Jonas Berg in the Dunmore Open in 2019.")
    assert event_names(c, "career.win", "agent") == ["Jonas Berg"]
    assert [e.time for e in typed(c, "career.win")] == ["2019"]
    d = run("Holm finished runner-up to Jonas Berg in 2018.")
    assert event_names(d, "career.win", "agent") == ["Jonas Berg"]
    e = run("Ada Quill came second to Tom Pike in the race.")
    assert event_names(e, "career.win", "agent") == ["Tom Pike"]
    # ... coming to a place, or finishing behind with no placing, wins nothing
    assert_no_event(run("Ada Quill came to Oslo in 2019 with Tom Pike."), "career.win")
    assert_no_event(run("Ada Quill finished behind Tom Pike."), "career.win")


def test_lost_to_someone_in_a_sentence_of_a_prize_is_their_win() -> None:
    a = run("Ines Moll, a nominee for best actress, lost to Cara Dune.")
    assert_event(a, "career.win", {"agent": "Cara Dune"})
    assert not [e for e in typed(a, "career.win") if e.polarity == "POS" and "Ines Moll" in event_names(a, "career.win", "agent")
                and e.certainty != "negated" and any(g.text == "Ines Moll" for g in e.args)]
    b = run("Tom Pike was shortlisted for the Harwick Prize in 2019 but lost to Ada Quill.")
    assert_event(b, "career.win", {"agent": "Ada Quill"})
    # ... a match lost, with no prize or nominee in the sentence, is no one's prize
    assert_no_event(run("Norrow City lost to Dalby Town on Saturday."), "career.win")
    assert_no_event(run("Norrow City lost to Dalby Town in their best display of the season."), "career.win")


def test_storming_or_cruising_to_gold_or_a_title_wins_it() -> None:
    a = run("The Irish sprinter Aoife Brennan stormed to gold in the 400 metres in Rome on Friday.")
    assert_event(a, "career.win", {"agent": "Aoife Brennan", "place": "Rome"})
    assert [e.time for e in typed(a, "career.win")] == ["2024-05-03"]
    assert_event(run("Norrow City cruised to the title with three games to spare."), "career.win", {"agent": "Norrow City"})
    assert_event(run("Kasia Nowak romped to a second successive world crown in Glasgow."), "career.win", {"agent": "Kasia Nowak"})
    # ... a match won, a voyage, or power swept to is no prize
    assert_no_event(run("Norrow City cruised to a 3-0 win over Dalby on Saturday."), "career.win")
    assert_no_event(run("The ferry sailed to Oslo in 2019."), "career.win")
    b = run("Ruth Okafor swept to power in 2021.")
    assert_no_event(b, "career.win")
    assert_event(b, "politics.elect", {"patient": "Ruth Okafor"})


def test_a_governors_or_mayors_race_won_is_an_election() -> None:
    a = run("Rosa Ibarra won the governor's race in 2018.")
    assert_event(a, "politics.elect", {"patient": "Rosa Ibarra"})
    assert_no_event(a, "career.win")
    assert_event(run("Tom Abel won the mayor's race in 2018."), "politics.elect", {"patient": "Tom Abel"})
    # ... a race won on foot is a prize
    b = run("Sam Ode won the race in 2018.")
    assert_no_event(b, "politics.elect")
    assert_event(b, "career.win", {"agent": "Sam Ode"})


def test_a_fronted_winner_of_a_dated_prize_won_it_then() -> None:
    a = run("Winner of the 2012 Galloway Prize, Ada Nuttall returns with a second novel.")
    assert_event(a, "career.win", {"agent": "Ada Nuttall"})
    assert [e.time for e in typed(a, "career.win")] == ["2012"]
    b = run("Winner of the Pellow Medal in 2016, Tom Pike has joined Norrow City as coach.")
    assert_event(b, "career.win", {"agent": "Tom Pike"})
    assert [e.time for e in typed(b, "career.win")] == ["2016"]
    # ... undated, a title held: no win told
    assert_no_event(run("Winner of the Galloway Prize, Ada Nuttall returns with a second novel."), "career.win")


def test_a_margin_after_by_is_no_winner() -> None:
    a = run("Hugo Lind won the Dunmore seat by 312 votes in 2015.")
    assert event_names(a, "politics.elect", "patient") == ["Hugo Lind"]
    b = run("Ada Quill won the race by two lengths on Saturday.")
    assert event_names(b, "career.win", "agent") == ["Ada Quill"]
    assert [g.text for e in typed(b, "career.win") for g in e.args if g.role == "agent"] == ["Ada Quill"]
    # ... while a passive's "by" (or a participle's) names the winner
    c = run("The title, won by Norrow City in 2019, was their first.")
    assert event_names(c, "career.win", "agent") == ["Norrow City"]


def test_the_favourite_or_a_chance_to_win_is_speculative() -> None:
    for text in ("Ada Quill is the bookmakers' favourite to win the Corben Prize.", "Ada Quill has a good chance to win the Corben Prize.",
                 "Tom Pike is the man most likely to win the Harwick Prize.", "Ada Quill is keen to win the Corben Prize.",
                 "Norrow City are favourites to sign Tom Pike."):
        events = [e for e in run(text).events if e.type]
        assert events and all(e.certainty == "speculative" for e in events), text
    # ... the first or the only one to win did win
    for text in ("Ada Quill became the first woman to win the Corben Prize in 2019.", "Tom Pike is the only Briton to win the Harwick Prize.",
                 "Ada Quill went on to win the Corben Prize in 2019."):
        assert [e.certainty for e in typed(run(text), "career.win")] == ["asserted"], text


def test_only_won_reads_its_by_as_the_winner() -> None:
    # "land claimed by X", an auction won by a bidder: no prize
    assert_no_event(run("The dispute is over land claimed by Palestinians."), "career.win")
    assert_no_event(run("The auction was won by Harwick Holdings, which bid $28 a share."), "career.win")
