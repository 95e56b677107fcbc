"""Session 32: awards, nominations, releases, publications and interviews told in phrasings no fixture had tried (invented
sentences through the real pipeline, each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, role_texts, typed


def test_the_winner_of_a_dated_edition_won_it_then() -> None:
    # "X, winner of the 2017 Y Prize,": the year of the edition (NER takes it into the prize's name) dates the win
    a = run("Greta Solheim, winner of the 2017 Brackley Prize, has died aged 81.")
    assert [e.time for e in typed(a, "career.win")] == ["2017"]
    assert event_names(a, "career.win", "agent") == ["Greta Solheim"]
    b = run("Ada Quill, winner of the 2015 Marlow Prize for Poetry, will judge this year's entries.")
    assert [e.time for e in typed(b, "career.win")] == ["2015"]
    # ... undated, the apposition tells a state, no win
    assert_no_event(run("Tariq Osman, winner of the Marlow Prize for Poetry, will judge this year's entries."), "career.win")


def test_walking_away_with_a_prize_wins_it() -> None:
    a = run("Dev Raghunathan walked away with the top prize at the Asian Film Awards in Busan last night.")
    assert_event(a, "career.win", {"agent": "Dev Raghunathan", "place": "Busan"})
    b = run("The actress Juno Fairley walked off with the best actress award in Cannes on Saturday.")
    assert_event(b, "career.win", {"agent": "Juno Fairley", "place": "Cannes"})
    # ... not nothing, nor a thing taken
    assert_no_event(run("Dev Raghunathan walked away with nothing."), "career.win")
    assert_no_event(run("The thief Omar Pell walked off with a laptop."), "career.win")


def test_a_participle_after_a_name_describes_the_name() -> None:
    # "X, nominated for Y last year, opens ...": the parser made the participle X's verb; X was nominated
    a = run("Felix Amarante, nominated for three Grammys last year, opens the festival on Friday.")
    assert event_names(a, "career.nominate", "patient") == ["Felix Amarante"]
    assert event_names(a, "career.nominate", "agent") == [None]
    b = run("Lotte Baumann, shortlisted for the Kessler Prize in 2020, has written a second novel.")
    assert event_names(b, "career.nominate", "patient") == ["Lotte Baumann"]
    # ... a past tense after an apposition is the name's own act
    c = run("Its leader, Piet Ramaekers-Holm, announced on Tuesday that he would step down.")
    assert event_names(c, "politics.announce", "agent") == ["Piet Ramaekers-Holm"]


def test_an_album_or_a_memoir_unveiled_or_launched_is_put_out() -> None:
    # "unveiled their fourth album", "launched her memoir": a work released (a book, published), not a product launched
    a = run("The Harrow Sisters unveiled their fourth album, Glass Coast, last month.")
    assert_event(a, "career.release", {"agent": "Harrow Sisters", "work": "Glass Coast"})
    assert_no_event(a, "business.launch")
    b = run("The folk duo Hazel & Rook launched their debut album, Crow Road, at a gig in Bristol on Friday.")
    assert_event(b, "career.release", {"work": "Crow Road"})
    c = run("Ines Moll launched her memoir, Salt and Iron, at a bookshop in Leeds on Thursday.")
    assert_event(c, "report.publish", {"agent": "Ines Moll", "work": "Salt and Iron"})
    # ... a van is launched, and a film festival is no film
    d = run("Velta Motors unveiled its first electric van on Tuesday.")
    assert_event(d, "business.launch", {"agent": "Velta Motors"})
    assert_no_event(d, "career.release")
    assert_no_event(run("Harwick Council launched a film festival in 2019."), "career.release")


def test_writing_in_a_paper_publishes_in_it() -> None:
    # "Writing in the X Ledger, Y argued": a piece in a paper, whatever type the NER gave the paper's name
    a = run("Writing in the Harwick Ledger, the economist Priya Raman argued that rates should fall.")
    assert_event(a, "report.publish", {"agent": "Priya Raman", "organization": "Harwick Ledger"})
    b = run("Writing in the Dunmore Gazette in 2018, the historian Colm Reddy called the plan a disgrace.")
    assert_event(b, "report.publish", {"agent": "Colm Reddy"})
    assert [e.time for e in typed(b, "report.publish")] == ["2018"]
    # ... not writing somewhere that prints nothing
    assert_no_event(run("Ellen Park was writing in her garden on Sunday."), "report.publish")


def test_a_work_noun_in_capitals_introduces_a_title() -> None:
    # "her first EP, X,", "the debut LP, X,": the title is the work put out
    a = run("Maud Ellery put out her first EP, Paper Boats, in 2016.")
    assert role_texts(a, "career.release", "work") == [["Paper Boats"]]
    b = run("Maud Ellery released the EP Paper Boats in 2016.")
    assert role_texts(b, "career.release", "work") == [["Paper Boats"]]


def test_talking_to_an_outlet_is_an_interview() -> None:
    # "talked to X", "talking to X" as "spoke to X"; "spoke / opened up about Y on the Z podcast": the programme hung on the topic
    a = run("Talking to the Crossley Echo, the manager Alan Pike said his side deserved more.")
    assert_event(a, "report.interview", {"agent": "Alan Pike", "outlet": "Crossley Echo"})
    b = run("The actor Mira Holt talked to Vogue last month about her stage fright.")
    assert_event(b, "report.interview", {"agent": "Mira Holt", "outlet": "Vogue"})
    c = run("Kiri Walsh opened up about her divorce on the Loose Ends podcast last week.")
    assert_event(c, "report.interview", {"agent": "Kiri Walsh", "outlet": "Loose Ends"})
    assert [e.time for e in typed(c, "report.interview")] == ["2024-W18"]
    d = run("The actor Tom Brierley spoke candidly about his recovery on the Table Manners podcast in January.")
    assert_event(d, "report.interview", {"agent": "Tom Brierley", "outlet": "Table Manners"})
    # ... not reporters, a jury, or a day
    assert_no_event(run("The striker Pedro Alves talked to reporters after the match."), "report.interview")
    assert_no_event(run("Ingrid Moss talked to the jury for two hours on Tuesday."), "report.interview")
    assert_no_event(run("Mira Holt spoke about the plan on Monday."), "report.interview")


def test_a_race_over_a_distance_is_won_and_its_distance_is_no_year() -> None:
    # "won the 400 metres": a race, not a tally of metres; "the 1500 metres" and "the 1000m" are no year
    a = run("Kofi Owusu won the 400 metres in Oslo on Thursday.")
    assert_event(a, "career.win", {"agent": "Kofi Owusu", "place": "Oslo"})
    b = run("Kofi Owusu won the men's 10,000 metres at the Bislett Games on Thursday.")
    assert [e.time for e in typed(b, "career.win")] == ["2024-05-02"]
    c = run("Mina Park took gold in the 1500 metres in Seoul last year.")
    assert [e.time for e in typed(c, "career.win")] == ["2023"]
    d = run("Kofi Owusu took silver in the 1000m time trial in Apeldoorn in 2018.")
    assert [e.time for e in typed(d, "career.win")] == ["2018"]
    # ... races counted are no prize, and a year before a weight stays a year
    assert_no_event(run("Kofi Owusu won two races in Oslo on Thursday."), "career.win")
    assert [t.value for t in run("In 2019 tonnes of waste were dumped in the river.").timexes] == ["2019"]


def test_the_recipient_of_a_prize_won_it() -> None:
    a = run("The novelist Amos Kerr was the recipient of the 2009 Hallam Prize.")
    assert event_names(a, "career.win", "agent") == ["Amos Kerr"]
    assert [e.time for e in typed(a, "career.win")] == ["2009"]
    b = run("Amos Kerr, the recipient of the 2009 Hallam Prize, died on Monday.")
    assert [e.time for e in typed(b, "career.win")] == ["2009"]
    # ... not of a transplant, and undated in apposition a state
    assert_no_event(run("Amos Kerr was the recipient of a kidney transplant in 2009."), "career.win")
    assert_no_event(run("Amos Kerr, a recipient of the Hallam Prize, died on Monday."), "career.win")


def test_carrying_a_side_to_victory_or_emerging_victorious_wins() -> None:
    # "rode X to victory", "powered the club to the title" (as "led / captained ... to the title"); "emerged victorious",
    # "topped the podium"
    a = run("The veteran jockey Paddy Flynn rode Silver Saint to victory in the Grand National in April.")
    assert "Paddy Flynn" in event_names(a, "career.win", "agent")
    b = run("Ama Boateng powered Kelmouth Rovers to the league title in 2019.")
    assert ["Ama Boateng", "Kelmouth Rovers"] in role_texts(b, "career.win", "agent")
    c = run("The Olympic champion Ruth Okafor emerged victorious in the 400 metres in Oslo on Thursday.")
    assert_event(c, "career.win", {"agent": "Ruth Okafor", "place": "Oslo"})
    d = run("Ilse Brandt topped the podium in the giant slalom at Soelden in October.")
    assert_event(d, "career.win", {"place": "Soelden"})
    # ... not a car to a garage, a club to the brink, a poll, a crash
    assert_no_event(run("Ama Boateng drove the car to the garage on Monday."), "career.win")
    assert_no_event(run("The scandal drove Kelmouth Rovers to the brink of ruin."), "career.win")
    assert_no_event(run("Ruth Okafor emerged from the crash unhurt."), "career.win")


def test_a_work_noun_inside_a_title_makes_it_the_work() -> None:
    # "for their album Iron Bloom": the parser makes "album" part of the name; the name is the work, not the prize
    a = run("The duo were nominated for a Mercury Prize in 2017 for their album Iron Bloom.")
    assert role_texts(a, "career.nominate", "work") == [["Iron Bloom"]]
    b = run("The duo were nominated for a Lyre Award in 2012 for their single Paper Moon.")
    assert role_texts(b, "career.nominate", "work") == [["Paper Moon"]]


def test_a_title_of_the_year_is_won_not_a_person() -> None:
    # "was named Sportswoman of the Year", "was voted Footballer of the Year": the title is the prize (not a person called
    # "Sportswoman", nor a time in "the Year")
    a = run("Congratulations poured in after Maren Lyst was named Sportswoman of the Year on Tuesday.")
    assert_event(a, "career.win", {"agent": "Maren Lyst"})
    assert [e.time for e in typed(a, "career.win")] == ["2024-04-30"]
    assert "Sportswoman" not in [e.name for e in a.entities]
    b = run("Maren Lyst was voted Footballer of the Year by the writers on Tuesday.")
    assert_event(b, "career.win", {"agent": "Maren Lyst"})
    assert "Footballer" not in [e.name for e in b.entities]


def test_a_film_co_directed_is_a_collaboration() -> None:
    # "A and B co-directed the documentary Y", "co-directed the film Y with her husband, X" (as "co-wrote")
    a = run("Agnes Lindqvist and Pavel Horak co-directed the 2016 documentary Iron Shore.")
    assert role_texts(a, "career.collaborate", "partner") == [["Pavel Horak"]]
    assert role_texts(a, "career.collaborate", "work") == [["Iron Shore"]]
    b = run("Mara Olsen co-directed the film Blue Ice with her husband, Tor Olsen, in 2012.")
    assert_event(b, "career.collaborate", {"agent": "Mara Olsen", "partner": "Tor Olsen", "work": "Blue Ice"})
    # ... a film directed alone is none, nor traffic directed by two
    assert_no_event(run("Mara Olsen directed the film Blue Ice in 2012."), "career.collaborate")
    assert_no_event(run("Mara Olsen and Tor Olsen directed traffic outside the school."), "career.collaborate")


def test_taking_to_a_platform_or_tweeting_publishes() -> None:
    # "took to Instagram / social media to ...", "tweeted that ...": a post (as "posted on Instagram")
    a = run("The singer Ava Lund took to Instagram on Sunday to share a photo of her son.")
    assert_event(a, "report.publish", {"agent": "Ava Lund"})
    assert [e.time for e in typed(a, "report.publish")] == ["2024-05-05"]
    b = run("The striker Leon Amadi took to social media after the match to apologise.")
    assert_event(b, "report.publish", {"agent": "Leon Amadi"})
    c = run("Ava Lund tweeted on Sunday that she was leaving the band.")
    assert_event(c, "report.publish", {"agent": "Ava Lund"})
    # ... not a stage nor a hobby; and one's own engagement announced there is no publication (the README's convention)
    assert_no_event(run("Ava Lund took to the stage at nine."), "report.publish")
    assert_no_event(run("Ava Lund took to cycling in 2010."), "report.publish")
    assert_no_event(run("The singer Ava Lund took to Instagram on Sunday to announce her engagement."), "report.publish")
