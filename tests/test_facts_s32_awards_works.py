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
