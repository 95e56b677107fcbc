"""Session 36: publications, interviews, releases and premieres told in phrasings no fixture had tried (invented sentences
through the real pipeline), each general gap with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, entity_types, typed


def test_a_piece_by_someone_published_is_theirs() -> None:
    # "A study by X was published in Y", "the new novel by X will be published": the author the piece is "by" publishes it
    a = run("A study by Dr Hanna Voss was published in the journal Cell Horizons on Tuesday.")
    assert_event(a, "report.publish", {"agent": "Hanna Voss", "organization": "Cell Horizons"})
    b = run("The new novel by Ruth Okoye will be published in June.")
    assert_event(b, "report.publish", {"agent": "Ruth Okoye"})
    # ... not a date after "by" ("a report due by June")
    c = run("A report by June was published by the Harwick Trust on Tuesday.")
    assert all(g.text != "June" for e in typed(c, "report.publish") for g in e.args if g.role == "agent")


def test_the_author_of_a_piece_published_publishes_it() -> None:
    # "X is the lead author of a study published in Y", "X, the lead author of the study published in Y, said"
    a = run("Dr Nils Berg is the lead author of a study published in the Journal of Coastal Research on Thursday.")
    assert_event(a, "report.publish", {"agent": "Nils Berg", "organization": "Journal of Coastal Research"})
    b = run("Nils Berg, the lead author of the study published in Coastal Research on Thursday, said the results were clear.")
    assert_event(b, "report.publish", {"agent": "Nils Berg", "organization": "Coastal Research"})
    # ... a reader of it publishes nothing (the journal it appeared in does, no author named: session 56)
    c = run("Nils Berg is a fan of a study published in Coastal Research on Thursday.")
    assert all(g.text != "Nils Berg" for e in typed(c, "report.publish") for g in e.args if g.role == "agent")


def test_a_piece_carried_out_or_co_authored_by_someone_and_published() -> None:
    # "the research, carried out by X and published in Y", "A paper co-authored by X and published last month in Y describes"
    # (the parser reading the first participle as the subject, the second as a past tense)
    a = run("The research, carried out by Dr Mei Tan and published in the journal Water Futures, found high levels of lead.")
    assert_event(a, "report.publish", {"agent": "Mei Tan", "organization": "Water Futures"})
    b = run("A paper co-authored by Ruth Abara and published last month in Physical Letters describes a new magnet.")
    assert_event(b, "report.publish", {"agent": "Ruth Abara", "organization": "Physical Letters"})
    assert [e.time for e in typed(b, "report.publish")] == ["2024-04"]
    # ... one who built a thing and sold it published nothing
    assert typed(run("The house, built by Tom Price and sold in 2019, burned down."), "report.publish") == []


def test_a_chat_or_comments_to_an_outlet_are_an_interview() -> None:
    # "in a candid chat with X magazine", "In comments to the Y, the mayor, Z, denied", "In a conversation with the Y"
    a = run("Jack Morrow opened up about his divorce in a candid chat with Glow magazine.")
    assert_event(a, "report.interview", {"agent": "Jack Morrow", "outlet": "Glow"})
    b = run("In comments to the Harlow Echo, the mayor, Dina Roe, denied the claims.")
    assert_event(b, "report.interview", {"agent": "Dina Roe", "outlet": "Harlow Echo"})
    c = run("In remarks to the Harwick Ledger on Tuesday, Tom Price said the deal was dead.")
    assert_event(c, "report.interview", {"agent": "Tom Price", "outlet": "Harwick Ledger"})
    d = run("In a conversation with the Kelso Courier, Ada Lorne said she had no regrets.")
    assert_event(d, "report.interview", {"agent": "Ada Lorne", "outlet": "Kelso Courier"})
    # ... a talk with a relative, remarks to reporters, a chat with a manager: no outlet, no interview
    assert typed(run("In a conversation with her sister, Ada Lorne said she had no regrets."), "report.interview") == []
    assert typed(run("Ada Lorne made the remarks to reporters on Friday."), "report.interview") == []
    assert typed(run("Ada Lorne had a chat with the manager, Tom Price, on Friday."), "report.interview") == []


def test_the_telling_a_denial_was_made_in_is_not_denied() -> None:
    # "denied the claims in an interview with X", "In an interview with X, Y denied ...": the interview took place
    a = run("In an interview with the Harlow Echo, the mayor, Dina Roe, denied the claims.")
    assert [e.certainty for e in typed(a, "report.interview")] == ["asserted"]
    b = run("Dina Roe denied the claims in an interview with the Harlow Echo.")
    assert [e.certainty for e in typed(b, "report.interview")] == ["asserted"]
    c = run("Dina Roe rejected the report in comments to the Harlow Echo on Friday.")
    assert [e.certainty for e in typed(c, "report.interview")] == ["asserted"]
    # ... an interview refused is still none given
    d = run("Dina Roe refused an interview with the Harlow Echo.")
    assert [e.certainty for e in typed(d, "report.interview")] in ([], ["negated"])


def test_a_work_landing_in_stores_or_hitting_shops_is_released() -> None:
    # "the album landed in stores in April", "X lands in cinemas", "X hit shops in March" (a name NER took for a person too)
    a = run("Sofia Marr's new album, Glasswork, landed in stores in April.")
    assert_event(a, "career.release", {"agent": "Sofia Marr", "work": "Glasswork"})
    b = run("Paper Lanterns landed in stores on Friday.")
    assert_event(b, "career.release", {"work": "Paper Lanterns"})
    c = run("Glass Rivers hit cinemas in March.")
    assert entity_types(c)["Glass Rivers"] == "WORK"
    assert_event(c, "career.release", {"work": "Glass Rivers"})
    d = run("Glass Rivers hit shops in March.")
    assert_event(d, "career.release", {"work": "Glass Rivers"})
    # ... a plane landing, a person landing a role, a storm hitting shops release nothing
    assert typed(run("The plane landed in Dublin on Friday."), "career.release") == []
    assert typed(run("Tom Price landed in Dublin on Friday."), "career.release") == []
    assert typed(run("Tom Price landed the role of Hamlet in 2019."), "career.release") == []
    assert typed(run("Marta Quill hit the shops on Friday."), "career.release") == []


def test_a_title_apposed_to_someones_book_is_published() -> None:
    # "X, Ruth Okoye's third novel, came out last week": a book, told by a possessive name's noun after the title
    a = run("Copper Lanterns, Ruth Okoye's third novel, came out last week.")
    assert_event(a, "report.publish", {"agent": "Ruth Okoye"})
    assert typed(a, "career.release") == []
    b = run("Copper Lanterns, Ruth Okoye's third novel, hit shelves last week.")
    assert_event(b, "report.publish", {"agent": "Ruth Okoye"})
    # ... someone's album stays a release
    c = run("Glass Rivers, Tessa Grant's third album, came out last week.")
    assert_event(c, "career.release", {"agent": "Tessa Grant", "work": "Glass Rivers"})
    assert typed(c, "report.publish") == []


def test_a_name_that_had_its_premiere_is_a_work() -> None:
    # "X had / received its world premiere at Y": "its" premiere is a work's, whatever NER made of the name
    a = run("Broken Oars had its world premiere at the Lyric Theatre in 2019.")
    assert_event(a, "career.premiere", {"work": "Broken Oars", "place": "Lyric Theatre"})
    b = run("The Salt Lamp received its world premiere at the Abbey Theatre on Thursday.")
    assert_event(b, "career.premiere", {"work": "Salt Lamp", "place": "Abbey Theatre"})
    # ... a person's own premiere is no work's
    c = run("Marta Quill had her premiere at the Abbey Theatre in 2019.")
    assert entity_types(c)["Marta Quill"] == "PERSON"


def test_staged_is_a_form_of_stage() -> None:
    # the model lemmatises "staged", "stages", "staging" as "stag": "was first staged in 1998" is a premiere
    a = run("Ali Reza's opera Night Birds was first staged in Tehran in 1998.")
    assert_event(a, "career.premiere", {"work": "Night Birds", "place": "Tehran"})
    b = run("Salt Meridian was first staged at the Abbey Theatre in 1998.")
    assert_event(b, "career.premiere", {"work": "Salt Meridian", "place": "Abbey Theatre"})
    # ... a protest or a comeback staged premieres nothing
    assert typed(run("Tom Price staged a comeback in 2019."), "career.premiere") == []


def test_a_name_first_performed_or_debuted_at_a_festival_is_a_work() -> None:
    # "X was first performed in Leeds", "X debuted at the Cork festival": only a work is (NER: an organisation or nothing)
    a = run("Salt Meridian was first performed in Leeds in 2003.")
    assert entity_types(a)["Salt Meridian"] == "WORK"
    b = run("Cold Meridian debuted at the Cork festival in February.")
    assert_event(b, "career.premiere", {"work": "Cold Meridian"})
    # ... a player's debut for a club is no premiere
    assert typed(run("Tom Price debuted for Harwick Rovers in 2019."), "career.premiere") == []


def test_an_interview_phrase_hung_on_the_subject_is_the_subjects() -> None:
    # "X, in a rare interview with Y last year, said": the parser hangs the "in" phrase on the name, not the verb
    a = run("Elena Cruz, in a rare interview with the Madrid Gazette last year, said she regretted nothing.")
    assert_event(a, "report.interview", {"agent": "Elena Cruz", "outlet": "Madrid Gazette"})
    assert [e.time for e in typed(a, "report.interview")] == ["2023"]
    b = run("Tom Baird, in comments to the Harwick Ledger, denied the report.")
    assert_event(b, "report.interview", {"agent": "Tom Baird", "outlet": "Harwick Ledger"})
    # ... a room named for interviews is none
    assert typed(run("Tom Baird in an interview room was questioned by police."), "report.interview") == []


def test_discussing_something_on_a_programme_is_an_interview() -> None:
    # "discussed the split on the X podcast", "discussed his illness on Y's breakfast show": told on a programme
    a = run("Paul Drury discussed the split on the Two Halves podcast in January.")
    assert_event(a, "report.interview", {"agent": "Paul Drury", "outlet": "Two Halves"})
    assert [g.text for e in typed(a, "report.interview") for g in e.args if g.role == "agent"] == ["Paul Drury"]
    b = run("Paul Drury discussed his illness on BBC Radio Kent's breakfast show.")
    assert_event(b, "report.interview", {"agent": "Paul Drury", "outlet": "BBC Radio Kent"})
    # ... a plan discussed on a platform, with a person or on a day is no interview
    assert typed(run("Paul Drury discussed the plan on Twitter."), "report.interview") == []
    assert typed(run("Paul Drury discussed the split with Anna Marsh."), "report.interview") == []
    assert typed(run("Paul Drury discussed the split on Monday."), "report.interview") == []


def test_a_name_which_premiered_is_a_work() -> None:
    # "X, which premiered at Cannes last year, won": "premiered" is lemmatised "premier", which the title cue did not know
    a = run("Salt Fields, which premiered at Cannes last year, won the top prize.")
    assert entity_types(a)["Salt Fields"] == "WORK"
    assert_event(a, "career.premiere", {"work": "Salt Fields", "place": "Cannes"})
    b = run("Grey Orchard, which premiered at the Kelso festival in 2019, is now on Netflix.")
    assert_event(b, "career.premiere", {"work": "Grey Orchard"})
    # ... but the director the film is "by", with the clause the film's, stays a person
    c = run("The actor won best actor for Harmattan, by the Ghanaian director Efua Boakye, which premiered on Thursday.")
    assert entity_types(c)["Efua Boakye"] == "PERSON"


def test_an_appearance_on_a_programme_or_an_interview_on_the_radio() -> None:
    # "during an appearance on the Late Late Show", "X, who was interviewed on Radio Kelso on Tuesday, said"
    a = run("Nina Falk revealed the news during an appearance on the Late Late Show on Friday.")
    assert_event(a, "report.interview", {"agent": "Nina Falk", "outlet": "Late Late Show"})
    b = run("In an appearance on BBC One's Question Time, Tom Price defended the plan.")
    assert_event(b, "report.interview", {"agent": "Tom Price", "outlet": "Question Time"})
    c = run("Falk, who was interviewed on Radio Kelso on Tuesday, said she was delighted.")
    assert_event(c, "report.interview", {"agent": "Falk", "outlet": "Radio Kelso"})
    # ... an appearance in court, for a club or on a balcony, questioning on suspicion: no interview
    assert typed(run("Tom Price made his first appearance in court on Friday."), "report.interview") == []
    assert typed(run("Tom Price made his 100th appearance for Harwick Rovers on Saturday."), "report.interview") == []
    assert typed(run("Tom Price made an appearance on the balcony."), "report.interview") == []
    assert typed(run("Tom Baird was interviewed on suspicion of murder."), "report.interview") == []


def test_a_column_written_for_a_paper_is_published_there() -> None:
    # "wrote a column for the Kelso Times", "has written articles for the Harwick Ledger since 2010"
    a = run("The journalist Ryan Hale wrote a column for the Kelso Times in 2015.")
    assert_event(a, "report.publish", {"agent": "Ryan Hale", "organization": "Kelso Times"})
    b = run("Ryan Hale has written articles for the Harwick Ledger since 2010.")
    assert_event(b, "report.publish", {"agent": "Ryan Hale", "organization": "Harwick Ledger"})
    # ... a report written for someone names no paper
    c = run("Ryan Hale wrote a report for Anna Marsh in 2015.")
    assert all(g.role != "organization" for e in typed(c, "report.publish") for g in e.args)
