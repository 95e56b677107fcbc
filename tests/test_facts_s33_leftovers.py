"""Session 33: phrasings session 32 left unsolved (made redundant, made its chief scientist, brought X in from Y, habits),
as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_one_person_made_redundant_is_let_go() -> None:
    # "was made redundant": one person let go by the body (staff made redundant stay a lay-off)
    a = run("Lena Ott was made redundant by Carvell Foods in March.")
    assert event_names(a, "career.fire", "patient") == ["Lena Ott"]
    assert event_names(a, "career.fire", "agent") == ["Carvell Foods"]
    assert [e.time for e in typed(a, "career.fire")] == ["2024-03"]
    b = run("Orbis Bank made Gareth Pym redundant in 2019.")
    assert event_names(b, "career.fire", "patient") == ["Gareth Pym"]
    assert event_names(b, "career.fire", "agent") == ["Orbis Bank"]
    c = run("Gareth Pym, who was made redundant from Orbis Bank in 2019, now runs a bakery.")
    assert event_names(c, "career.fire", "patient") == ["Gareth Pym"]
    # staff made redundant: a lay-off, no one person let go; a road made impassable lets no one go
    d = run("Carvell Foods made 120 workers redundant in January.")
    assert typed(d, "career.fire") == [] and len(typed(d, "business.layoff")) == 1
    e = run("The storm made the road impassable, Ana Ruiz said.")
    assert typed(e, "career.fire") == []


def test_a_chief_post_made_or_become_is_an_appointment() -> None:
    # "was made its chief scientist": a post named by "chief" before its last word
    a = run("Velmont Labs grew fast. Dr Ines Calder was made its chief scientist in 2021.")
    assert event_names(a, "career.appoint", "patient") == ["Ines Calder"]
    assert role_texts(a, "career.appoint", "role")[0][0].endswith("chief scientist")
    b = run("Ines Calder was made chief scientist at Velmont Labs in 2021.")
    assert event_names(b, "career.appoint", "patient") == ["Ines Calder"]
    # "made Ines Calder its chief scientist", parsed as a clause headed by the name
    c = run("Velmont Labs made Ines Calder its chief scientist in 2021.")
    assert event_names(c, "career.appoint", "patient") == ["Ines Calder"]
    assert [e.time for e in typed(c, "career.appoint")] == ["2021"]
    # becoming a scientist is a career, not a post
    assert typed(run("Ana Ruiz became a scientist after leaving Oslo."), "career.appoint") == []


def test_a_particle_after_the_object_parsed_as_a_preposition() -> None:
    # "brought X in from Y", "brought X in as Z": "in" with no object of its own is the particle of "bring in"
    a = run("Fenwick Rangers brought Sam Okoro in from Dunmore Athletic in January.")
    assert event_names(a, "career.hire", "patient") == ["Sam Okoro"]
    assert event_names(a, "career.hire", "agent") == ["Fenwick Rangers"]
    b = run("Trescott Media brought Kara Lind in as finance director in 2022.")
    assert event_names(b, "career.hire", "patient") == ["Kara Lind"]
    assert role_texts(b, "career.hire", "role") == [["finance director"]]
    # a thing brought in is no one hired; a person brought with someone, no particle, neither
    c = run("Fenwick Rangers brought the kit in from the van on Monday.")
    d = run("Ana Ruiz brought her husband, Tom Reyes, to the gala on Monday.")
    assert typed(c, "career.hire") == typed(d, "career.hire") == []


def test_a_hiring_told_as_a_habit_is_no_event() -> None:
    # an adverb of habit, or a recurring time with no timex of its own ("a year" with a present tense)
    for text in ("Norvik typically hires 200 graduates a year.", "Carvell Bank usually recruits about 50 apprentices every autumn.",
                 "Norvik hires about 200 graduates each year."):
        assert typed(run(text), "career.hire") == [], text
    # ... but a dismissal "a year later" happened once
    a = run("Tom Reyes was sacked a year later by Fenwick Rangers.")
    assert event_names(a, "career.fire", "patient") == ["Tom Reyes"]
    # a habit in one clause leaves the event of the next
    b = run("Ana Ruiz usually works from home, but on Monday she resigned from Orbis Bank.")
    assert [e.time for e in typed(b, "career.resign")] == ["2024-05-06"]


def test_a_part_in_a_play_taken_on_is_no_post() -> None:
    # "took on the role of Lady Macbeth": being cast (no event type, README), not an appointment
    a = run("Jude Arden took on the role of Lady Macbeth at the Harbour Theatre in 2022.")
    b = run("Jude Arden takes on the role of Hamlet at the Kestrel Playhouse this autumn.")
    assert typed(a, "career.appoint") == typed(b, "career.appoint") == []
    # ... a post taken on still is one
    c = run("Jude Arden took on the role of chief executive at Orbis Bank in 2022.")
    assert event_names(c, "career.appoint", "patient") == ["Jude Arden"]
    d = run("Jude Arden stepped into the role of interim chief executive at Orbis Bank in 2022.")
    assert event_names(d, "career.appoint", "patient") == ["Jude Arden"]


def test_vows_said_are_a_wedding() -> None:
    # "said their vows", as "exchanged vows"
    a = run("The couple, Lily Marsh and Owen Dale, said their vows in Bath in 2019.")
    assert len(typed(a, "life.marry")) == 1 and [e.time for e in typed(a, "life.marry")] == ["2019"]
    b = run("Lily Marsh and Owen Dale said their wedding vows at St Mary's Church in Bath on Saturday.")
    assert [e.time for e in typed(b, "life.marry")] == ["2024-05-04"]
    # vows talked about are no wedding
    assert typed(run("Owen Dale said the vows were written by Lily Marsh."), "life.marry") == []


def test_asked_by_an_outlet_before_an_answer_is_an_interview() -> None:
    # "Asked by the BBC about X, Y said": the one asked by an outlet, answering
    a = run("Asked by the BBC about the merger, Karl Voss said talks were going well.")
    assert event_names(a, "report.interview", "agent") == ["Karl Voss"]
    b = run("When asked by Radio Harwick whether he would stand again, Tom Reyes said no.")
    assert event_names(b, "report.interview", "agent") == ["Tom Reyes"]
    # asked by no outlet, asked to do something, or asking: no interview
    for text in ("Asked by reporters about the merger, Karl Voss said talks were going well.",
                 "Karl Voss was asked by Orbis Bank to lead the review in March.",
                 "Karl Voss, asked by Orbis Bank to lead the review, said he was honoured.",
                 "Asked by a judge whether she understood, Ana Ruiz said yes.",
                 "Karl Voss asked the BBC to correct its report."):
        assert typed(run(text), "report.interview") == [], text


def test_drafted_in_with_its_object_after_in() -> None:
    # "have drafted in the veteran coach X": "in" parsed as a preposition, its object the one taken on
    a = run("Fenwick Rangers have drafted in the veteran coach Gil Harte until the end of the season.")
    assert event_names(a, "career.hire", "patient") == ["Gil Harte"]
    assert event_names(a, "career.hire", "agent") == ["Fenwick Rangers"]
    b = run("Gil Harte was drafted in 2015 by the Lakeside Hawks.")
    assert event_names(b, "career.hire", "patient") == ["Gil Harte"]
    # officers drafted in are no one named hired
    assert typed(run("Police drafted in extra officers from Leeds on Saturday."), "career.hire") == []


def test_an_event_that_nearly_happened_is_negated() -> None:
    # "nearly quit acting", "almost died": the event came close and did not happen
    a = run("In a new profile in The Ledger, Mina Sato admits she nearly quit acting.")
    assert [e.certainty for e in typed(a, "career.resign")] == ["negated"]
    b = run("Mina Sato almost died in a car crash in 2015.")
    assert [e.certainty for e in typed(b, "life.die")] == ["negated"]
    c = run("Tom Reyes was nearly sacked by Fenwick Rangers in 2022.")
    assert [e.polarity for e in typed(c, "career.fire")] == ["NEG"]
    # "nearly" of a number leaves the event told
    d = run("Tom Reyes, who joined Orbis Bank nearly a decade ago, resigned on Monday.")
    assert [e.polarity for e in typed(d, "career.hire")] == ["POS"]


def test_a_constituency_won_is_an_election() -> None:
    # "X won Ashby North": a person winning a place named by a compass word is elected there (not a prize won)
    a = run("Rhea Kaur won Ashby North in 2019.")
    assert event_names(a, "politics.elect", "patient") == ["Rhea Kaur"]
    assert role_texts(a, "politics.elect", "place") == [["Ashby North"]]
    assert typed(a, "career.win") == []
    b = run("Sara Lind won Harrow East for the Greens in 2017.")
    assert event_names(b, "politics.elect", "patient") == ["Sara Lind"]
    assert [e.time for e in typed(b, "politics.elect")] == ["2017"]
    # a club winning a league's North, a derby named by its compass word: wins
    c = run("Fenwick Rangers won the North in 2019.")
    d = run("Sara Lind won the North London derby for Fenwick Rangers in 2019.")
    assert typed(c, "politics.elect") == typed(d, "politics.elect") == []
    assert len(typed(d, "career.win")) == 1


def test_a_work_that_is_out_is_released() -> None:
    # "her new album, X, is out now": "be out" of a work named, its possessor the one releasing it
    a = run("Marnie Cole's new album, Salt Roads, is out now.")
    assert event_names(a, "career.release", "work") == ["Salt Roads"]
    assert event_names(a, "career.release", "agent") == ["Marnie Cole"]
    b = run("Salt Roads, the new album from Marnie Cole, is out now on Kestrel Records.")
    assert event_names(b, "career.release", "work") == ["Salt Roads"]
    # a book out is published
    c = run("Her memoir, Second Light, is out on Thursday.")
    assert [e.time for e in typed(c, "report.publish")] == ["2024-05-09"]
    # out of print, out injured, results out: no release
    for text in ("The album is out of print, Marnie Cole said.", "Tom Reyes is out for six weeks with a knee injury.",
                 "The results are out, and Orbis Bank made a loss."):
        d = run(text)
        assert typed(d, "career.release") == typed(d, "report.publish") == [], text


def test_the_next_holder_of_a_post_is_an_appointment_to_come() -> None:
    # "X will be Y's next chief executive", "Y's next chairman will be X": named to a post ahead
    a = run("Priya Raman will be Norvik Group's next chief executive, the company said on Monday.")
    assert event_names(a, "career.appoint", "patient") == ["Priya Raman"]
    assert role_texts(a, "career.appoint", "role")[0][0].endswith("chief executive")
    b = run("Halden Bank's next chairman will be Tomas Greer, the bank confirmed.")
    assert event_names(b, "career.appoint", "patient") == ["Tomas Greer"]
    c = run("The next manager of Fenwick Rangers will be Gil Harte, the club confirmed.")
    assert event_names(c, "career.appoint", "patient") == ["Gil Harte"]
    # the next big thing, the next test, the next speaker, an elected post: no appointment
    for text in ("Ana Ruiz will be the next big thing in British tennis.", "Tomorrow will be the next test for Ana Ruiz.",
                 "Ana Ruiz is the next speaker, the organisers said.", "Maya Ilic will be the next mayor of Brayford."):
        assert typed(run(text), "career.appoint") == [], text
