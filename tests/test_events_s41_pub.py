"""Announcements and publications (session 41, family PUB): invented texts through the real pipeline, each rule with
a case that fires and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event


def _announces(a) -> list:
    return [e for e in a.events if e.type == "politics.announce"]


def test_a_deed_done_told_by_announce_is_no_announcement() -> None:
    # "announced that it had hired X": the hiring's report, no announcement of its own
    a = run("The Tarrow Institute announced on Tuesday that it had hired the chemist Mira Olsen.")
    assert_no_event(a, "politics.announce")
    assert_event(a, "career.hire", {"patient": "Mira Olsen"})
    b = run("Brackley Town have signed the Danish winger Lars Holm from Orrin Rovers, the club announced on Friday.")
    assert_no_event(b, "politics.announce")
    c = run("Pellmark, the Leeds start-up, has raised $20 million in a round led by Greyfield Capital, the company announced on Monday.")
    assert_no_event(c, "politics.announce")


def test_what_is_to_come_or_ones_own_leaving_announced_stays_an_announcement() -> None:
    # "announced that he would retire": a decision made known, dated at the announcement
    a = run("The conductor Tomas Weller announced on Tuesday that he would retire at the end of the season.")
    events = _announces(a)
    assert events and events[0].time == "2024-04-30", [(e.time, e.text) for e in events]
    assert_event(a, "politics.announce", {"agent": "Tomas Weller"})
    # ... and one's own leaving, done, told the same way
    b = run("Karin Dahl announced on Tuesday that she had left the Liberal Union.")
    assert_event(b, "politics.announce", {"agent": "Karin Dahl"})
    # ... and a company's plan
    c = run("Orvane Steel announced on Tuesday that it would cut 300 jobs at its plant in Rotherham.")
    assert_event(c, "politics.announce", {"agent": "Orvane Steel"})


def _interview_times(a) -> list:
    return [e.time for e in a.events if e.type == "report.interview"]


def test_what_is_said_after_the_ceremony_is_said_on_the_night_the_article_reports() -> None:
    # "Speaking to the daily X after the ceremony, Y said ...": an interview given that night, to a paper too
    lede = "BRANTFORD — The poet Ilse Marwick won the Corran Prize for Poetry on Saturday night for \"Low Water\".\n\n"
    a = run(lede + "The judges were chaired by the critic Tomas Lind. Speaking to the Brantford Courier after the ceremony, "
            "Lind said the panel had been unanimous.")
    assert "2024-05-04" in _interview_times(a), [(e.type, e.text, e.time) for e in a.events]
    # ... but speaking to a paper with no occasion named is not placed on that night
    b = run(lede + "The judges were chaired by the critic Tomas Lind. Speaking to the Brantford Courier, Lind said the panel had been unanimous.")
    assert _interview_times(b) == [None], [(e.type, e.text, e.time) for e in b.events]


def _journals(a) -> list:
    return [g.text for e in a.events if e.type == "report.publish" for g in e.args if g.role == "organization"]


def test_a_journal_named_inside_what_was_published_is_where_it_was_published() -> None:
    # "published the results of her trial in the journal X": the parser hangs "in the journal" on "trial"
    a = run("Mara Quist is a physicist at Holm University. Quist published the results of her trial in the journal Optics Letters in 2019.")
    assert_event(a, "report.publish", {"agent": "Mara Quist", "organization": "Optics Letters"})
    assert [e.time for e in a.events if e.type == "report.publish"] == ["2019"]
    # ... but a place of the study is no journal
    b = run("Mara Quist is a physicist at Holm University. Quist published the results of her trial in Norway in 2019.")
    assert _journals(b) == [], [(e.type, [(g.role, g.text) for g in e.args]) for e in b.events]


def test_what_is_to_come_told_with_be_to_is_announced() -> None:
    # "announced that their son is to marry X": a wedding to come, made known by the parents
    a = run("Lord Harwell and his wife, Clara, announced on Saturday that their son Piers is to marry the vet Ann Holt.")
    assert_event(a, "politics.announce", {"agent": "Clara"})
    assert [e.time for e in _announces(a)] == ["2024-05-04"]
    # "X are to reunite for a tour in October, the band announced on Tuesday"
    b = run("The Quiet Engines are to reunite for a ten-date tour in October, the band announced on Tuesday.")
    assert_event(b, "politics.announce", {"agent": "the band"})
    assert [e.time for e in _announces(b)] == ["2024-04-30"]
    # ... not a state told ("that profits were higher")
    assert_no_event(run("Orvane Steel announced on Tuesday that profits were higher."), "politics.announce")


def test_a_song_written_is_no_publication() -> None:
    # "claiming he had co-written the song X": music written, nothing published for readers
    a = run("The producer Dmitri Lusk sued the rapper Jax Moran in 2020, claiming he had co-written the song \"Paper Crown\".")
    assert_no_event(a, "report.publish")
    assert_event(a, "legal.sue", {"agent": "Dmitri Lusk", "target": "Jax Moran"})
    # ... a book written still is
    b = run("Jax Moran wrote a memoir, \"Paper Crown\", in 2019.")
    assert_event(b, "report.publish", {"agent": "Jax Moran", "work": "Paper Crown"})
    assert [e.time for e in b.events if e.type == "report.publish"] == ["2019"]


def test_writing_in_a_memo_or_a_writer_taken_for_the_work_is_no_publication() -> None:
    # "In a memo seen by X, Y wrote that ...": a message to staff, nothing published
    a = run("In a memo seen by the Harwick Ledger, Tom Vale wrote that the company had \"grown too fast\".")
    assert_no_event(a, "report.publish")
    # ... a piece written in a paper is published there
    b = run("Tom Vale wrote in the Harwick Ledger on Sunday that the company had \"grown too fast\".")
    assert_event(b, "report.publish", {"agent": "Tom Vale", "organization": "Harwick Ledger"})
    assert [e.time for e in b.events if e.type == "report.publish"] == ["2024-05-05"]
    # "every novel I write": the writer is no work
    assert_no_event(run("\"Every novel I write is a letter to a town I have lost,\" Ana Roth says."), "report.publish")


def test_the_teller_after_an_object_is_the_subject_of_the_telling() -> None:
    from dateline import nlp

    # "X have won the Y Medal, the Z Society announced on Monday": the parser hangs the teller on the medal
    text = "The scientists behind the Orla probe have won the Vantor Medal, the International Planetary Society announced on Monday."
    doc = nlp.load()(text)
    teller = next(t for t in doc if t.text == "Society")
    assert (teller.dep_, teller.head.text) == ("nsubj", "announced")
    a = run(text)
    assert not [e for e in _announces(a) if not any(g.role == "agent" for g in e.args)]
    assert_event(a, "career.win", {"award": "Vantor Medal"})
    # ... a verb that tells nothing is not made a telling ("the prize the Z Society founded in 1990": a relative clause
    # with no pronoun, session 76, whose subject the Society is -- not an announcer of the win)
    doc = nlp.load()("The scientists have won the Vantor Medal, the prize the International Planetary Society founded in 1990.")
    assert [(t.dep_, t.head.text, t.head.dep_) for t in doc if t.text == "Society"] == [("nsubj", "founded", "relcl")]
    assert not _announces(run("The scientists have won the Vantor Medal, the prize the International Planetary Society founded in 1990."))
