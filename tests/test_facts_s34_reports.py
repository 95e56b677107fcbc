"""Session 34: interviews, statements, publications and announcements told in phrasings no fixture had tried (invented
sentences through the real pipeline), each general gap with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, entity_types, typed


def test_the_subject_after_a_fronted_interview_phrase_is_the_one_interviewed() -> None:
    # "In an interview with X, the chief executive, Y, said", "In a sit-down with X, Y described": the parser hangs the
    # subject in apposition on the outlet, leaving the verb none
    a = run("In an interview with the Morvale Times, the newly appointed chief executive, Rohan Dace, said he would cut costs.")
    assert_event(a, "report.interview", {"agent": "Rohan Dace", "outlet": "Morvale Times"})
    b = run("During an interview with the Linford Courier, the landlord, Petra Zell, said the rent would rise.")
    assert_event(b, "report.interview", {"agent": "Petra Zell", "outlet": "Linford Courier"})
    c = run("In an interview with Radio Veldhaven, Mayor Ilse Brouwer said she would not stand again.")
    assert_event(c, "report.interview", {"agent": "Ilse Brouwer", "outlet": "Radio Veldhaven"})
    # ... a verb with a subject of its own keeps it: the name in apposition is the one helped, not the doer
    d = run("With the help of his brother, Tomas Lind, Erik Lind rebuilt the farm in 2010.")
    assert [c.text for e in d.events for c in e.args if c.role in ("agent", "patient") and "Tomas" in c.text] == []


def test_an_interview_under_a_fronted_participle_is_the_main_subjects() -> None:
    # "Speaking in an interview with X, Y said": the subject of the clause the participle hangs on
    a = run("Speaking in an interview with the Kelso Mercury, the former minister Anton Glass said the party had lost its way.")
    assert_event(a, "report.interview", {"agent": "Anton Glass", "outlet": "Kelso Mercury"})
    b = run("Reflecting on her career in an interview with Harbour Weekly, Ada Lorne said she had no regrets.")
    assert_event(b, "report.interview", {"agent": "Ada Lorne", "outlet": "Harbour Weekly"})
    # ... a participle with no interview under it tells none
    assert typed(run("Speaking at the conference in Leeds, Ada Lorne said she had no regrets."), "report.interview") == []


def test_a_paper_named_after_a_capital_the_is_no_person() -> None:
    # "The Harwick Ledger reported ...": no one is "the Smith", at a sentence's start too (NER: a person)
    a = run("The Harwick Ledger reported on Friday that the couple had split.")
    assert entity_types(a)["Harwick Ledger"] == "ORG"
    assert_event(a, "report.publish", {"agent": "Harwick Ledger"})
    assert entity_types(run("The Sprig goes on sale in April."))["Sprig"] != "PERSON"
    # ... but a title after it opens a person's name ("The Rev Alan Dunne", as "the Rev Alan Dunne")
    assert entity_types(run("The Rev Alan Dunne said the church would close."))["Alan Dunne"] == "PERSON"
    assert entity_types(run("On Sunday the Rev Alan Dunne said the church would close."))["Alan Dunne"] == "PERSON"


def test_a_piece_written_and_published_in_one_sentence_is_one_publication() -> None:
    # "The study, co-authored by X, was published in Y in March": the author publishes, when the journal says
    a = run("The study, co-authored by Dr Lena Marsh, was published in the journal Soil Futures in March.")
    assert [e.time for e in typed(a, "report.publish")] == ["2024-03"]
    assert_event(a, "report.publish", {"agent": "Lena Marsh", "organization": "Soil Futures"})
    b = run("The paper, co-written by Dr Omar Haddad, appeared in the journal Marine Futures last week.")
    assert [e.time for e in typed(b, "report.publish")] == ["2024-W18"]
    assert_event(b, "report.publish", {"agent": "Omar Haddad", "organization": "Marine Futures"})
    # ... a writing dated apart from the printing keeps its own date
    c = run("The memoir, written by Ines Roth in 2010, was published in 2015.")
    assert "2010" in [e.time for e in typed(c, "report.publish")]


def test_a_programme_named_today_is_no_date() -> None:
    # "told the Today programme on Tuesday", "on NBC's Today show": a programme's name, the time told elsewhere
    a = run("Helen Marsh told the Today programme on Tuesday that the cuts would be reversed.")
    assert [e.time for e in typed(a, "report.interview")] == ["2024-04-30"]
    b = run("Speaking on BBC Radio 4's Today programme on Friday, Helen Marsh said the cuts would be reversed.")
    assert [e.time for e in typed(b, "report.interview")] == ["2024-05-03"]
    c = run("Helen Marsh told NBC's Today show that she was pregnant.")
    assert [e.time for e in typed(c, "report.interview")] == [None]
    # ... "today" itself stays the article's date
    assert [t.value for t in run("Helen Marsh said today that the cuts would be reversed.").timexes] == ["2024-05-06"]


def test_a_column_for_a_paper_is_published_there() -> None:
    # "Writing in a column for X, Y argued", "In a column for X on Sunday, Y called for ...": Y published in X
    a = run("Writing in a column for the Ravensworth Observer, Clara Veitch argued that the museum should stay open.")
    assert_event(a, "report.publish", {"agent": "Clara Veitch", "organization": "Ravensworth Observer"})
    b = run("In a column for the Calder Tribune on Sunday, Senator Abel Morrow called for a ban.")
    assert_event(b, "report.publish", {"agent": "Abel Morrow", "organization": "Calder Tribune"})
    assert [e.time for e in typed(b, "report.publish")] == ["2024-05-05"]
    c = run("Tom Reyes wrote in a piece for the Kelso Mercury on Friday that the plan would fail.")
    assert_event(c, "report.publish", {"agent": "Tom Reyes", "organization": "Kelso Mercury"})
    # ... a column of smoke, or of troops, publishes nothing; a column written is one publication
    assert typed(run("A column of smoke rose over the harbour on Sunday."), "report.publish") == []
    assert typed(run("In a column of troops, Sgt Alan Pike marched to the border."), "report.publish") == []
    assert len(typed(run("Clara Veitch wrote a column for the Ravensworth Observer in 2019."), "report.publish")) == 1


def test_a_collection_of_writings_put_out_is_published() -> None:
    # "a collection of his letters, X, which appeared in 2016", "her story collection, X, appeared": a book, published
    a = run('A collection of his letters, "Dear Marlow", which appeared in 2016, sold well.')
    assert [e.time for e in typed(a, "report.publish")] == ["2016"]
    b = run('Her story collection, "Tin Lanterns", appeared from Orrel & Finch in 2011.')
    assert [e.time for e in typed(b, "report.publish")] == ["2011"]
    # ... a record whose title holds such a word stays a release
    c = run("Her second album, Salt Letters, came out in 2018.")
    assert typed(c, "report.publish") == [] and len(typed(c, "career.release")) == 1


def test_the_one_interviewing_is_the_outlet_and_police_are_none() -> None:
    # "The Ledger interviewed X": the paper is the outlet (as in "X was interviewed by the Ledger")
    a = run("The Harwick Ledger interviewed Mira Holt at her home in Selby last month.")
    assert_event(a, "report.interview", {"agent": "Mira Holt", "outlet": "Harwick Ledger"})
    b = run("Radio Selby interviewed the novelist Ada Lorne on Friday.")
    assert_event(b, "report.interview", {"agent": "Ada Lorne", "outlet": "Radio Selby"})
    # ... detectives or police interviewing someone question a witness or a suspect: no interview given to an outlet
    assert typed(run("Detectives interviewed Mira Holt on Sunday."), "report.interview") == []
    assert typed(run("Mira Holt was interviewed by detectives on Sunday."), "report.interview") == []


def test_telling_an_outlets_host_is_an_interview() -> None:
    # "told CNN's Dana Ruiz", "told the Ledger's Tom Price": a host or reporter named by the outlet they work for
    a = run("Mira Holt told CNN's Dana Ruiz on Thursday that she would run.")
    assert_event(a, "report.interview", {"agent": "Mira Holt", "outlet": "Dana Ruiz"})
    b = run("Mira Holt told the Ledger's Tom Price that she would run.")
    assert_event(b, "report.interview", {"agent": "Mira Holt", "outlet": "Tom Price"})
    # ... a friend, or someone's wife, is no interviewer
    assert typed(run("Mira Holt told Tom Price's wife, Ann Price, that she would run."), "report.interview") == []
    assert typed(run("Mira Holt told her friend Dana Ruiz that she would run."), "report.interview") == []


def test_a_death_announced_by_a_body_is_an_announcement() -> None:
    # "Her death was announced by X", "X announced the death of Y": the body's announcement (as the fixtures list it)
    a = run("Her death was announced by the Kelmore Trust, which she founded in 1988.")
    assert_event(a, "politics.announce", {"agent": "Kelmore Trust"})
    b = run("Harwick University announced the death of Professor Ada Lorne on Monday.")
    assert_event(b, "politics.announce", {"agent": "Harwick University"})
    # ... a birth announced stays the birth's own mention
    assert typed(run("Mila Grant and Theo Lund announced the birth of their son on Monday."), "politics.announce") == []
